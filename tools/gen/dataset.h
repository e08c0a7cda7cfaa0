/* The dataset in memory while it is checked and written out: per table, one
 * row of cells per record (schema.h numbers them). A cell holds the field's
 * text as written (pointing into the loaded file, which stays in memory;
 * never NULL, "" when empty or not valid UTF-8) and its value: the number,
 * date or enum value read from it, or, once link.c ran, the index of the
 * record it names (CAPARTNER_NONE when empty or unknown). */
#ifndef GEN_DATASET_H
#define GEN_DATASET_H

#include "diag.h"
#include "schema.h"
#include "util.h"

#define NONE CAPARTNER_NONE

union value {
    uint32_t number;
    capartner_date date;
    struct {
        uint32_t first, count; /* into the table's list of that column */
    } list;
};

struct cell {
    const char *text;
    union value value;
};

struct table_data {
    struct cell *cells; /* count rows of schema_tables[].cell_count */
    uint32_t *lines;    /* each record's line in the file */
    size_t count, capacity;
    struct strmap ids;              /* id -> record index (names have none) */
    struct u32vec lists[MAX_CELLS]; /* the items of the COL_LIST columns */
    char *file;                     /* the file's contents, split in place */
};

/* Where a key came from, for messages. */
struct key_origin {
    enum table table;
    uint32_t line;
    int column;
};

/* One lookup key of a record, case-folded. */
struct key {
    const char *folded;
    uint32_t length, hash, record;
    struct key_origin origin;
};

struct keys {
    struct key *items;
    size_t count, capacity;
};

struct dataset {
    struct table_data tables[TABLE_COUNT];
    struct table_data citations; /* CITATION_CELLS a row, distinct, first seen first */
    uint32_t *name_order;        /* names in output order (grouped by owner) */
    size_t name_order_count;
    uint32_t *event_order; /* events in timeline order (file indexes) */
    struct keys keys[TABLE_COUNT];
    capartner_date as_of; /* the newest `published` of the sources */
    char digest[65];
    struct arena arena; /* texts made by the compiler */
};

static inline struct cell *cell_at(const struct dataset *data, enum table table, size_t record,
                                   int cell) {
    return &data->tables[table].cells[record * schema_tables[table].cell_count + (size_t)cell];
}

/* Makes room for `capacity` records in all. */
void dataset_reserve(struct table_data *table, size_t cell_count, size_t capacity);
/* A new record of `table` (all cells "" and 0), its index in *index. */
struct cell *dataset_add_record(struct table_data *table, size_t cell_count, uint32_t line,
                                uint32_t *index);
void dataset_free(struct dataset *data);

/* An error at a record's line, in column `column` of `table`. */
void dataset_error(enum table table, uint32_t line, int column, const char *format, ...)
    DIAG_PRINTF(4, 5);

#endif
