/* The description of the data: one entry per table, listing its columns
 * (how each is read and checked, what it refers to, whether it is a lookup
 * key) and the fields of its record in the library (lib/internal.h), in
 * struct order. load.c, link.c, index.c and emit.c walk these descriptions
 * instead of knowing the tables; schema.c checks at compile time that the
 * record fields match lib/internal.h's structs member for member. */
#ifndef GEN_SCHEMA_H
#define GEN_SCHEMA_H

#include "internal.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The tables, in the order they are read, linked and digested. */
enum table {
    TABLE_SOURCES,
    TABLE_SECTIONS,
    TABLE_COUNTRIES,
    TABLE_PLACES,
    TABLE_NAMES,
    TABLE_BODIES,
    TABLE_AREAS,
    TABLE_PARTICIPATIONS,
    TABLE_EVENTS,
    TABLE_COUNT
};

/* Cells of each table: its columns in file order (data/README.md), then
 * the values the compiler derives. Tables with a citation end with its
 * three columns and the citation's index among the distinct ones. */
#define CITATION_CELLS(prefix)                                                                     \
    prefix##_CITE_SOURCE, prefix##_CITE_SECTION, prefix##_PARAGRAPH, prefix##_CITATION
/* clang-format off */
enum { SOURCE_ID, SOURCE_KIND, SOURCE_TITLE, SOURCE_PUBLISHER, SOURCE_URL, SOURCE_PUBLISHED,
       SOURCE_CONTENT_DATE, SOURCE_NOTE, SOURCE_CELLS };
enum { SECTION_ID, SECTION_SOURCE, SECTION_ORDINAL, SECTION_TITLE, SECTION_CELLS };
enum { COUNTRY_ID, COUNTRY_ALPHA2, COUNTRY_ALPHA3, COUNTRY_NUMERIC, COUNTRY_PARTNER,
       COUNTRY_CAPITAL, COUNTRY_CODES_SOURCE, COUNTRY_COW_CODE, COUNTRY_COW_ABBREVIATION,
       COUNTRY_COW_SOURCE, COUNTRY_NOTE,
       CITATION_CELLS(COUNTRY), COUNTRY_NAME, COUNTRY_NAME_FIRST, COUNTRY_NAME_COUNT,
       COUNTRY_CELLS };
enum { PLACE_ID, PLACE_KIND, PLACE_NAME, PLACE_COUNTRY, CITATION_CELLS(PLACE), PLACE_NAME_FIRST,
       PLACE_NAME_COUNT, PLACE_CELLS };
enum { NAME_OWNER, NAME_LANGUAGE, NAME_KIND, NAME_TEXT, NAME_PREFERRED, NAME_VALID_FROM,
       NAME_VALID_TO, CITATION_CELLS(NAME), NAME_OWNER_KIND, NAME_CELLS };
enum { BODY_ID, BODY_KIND, BODY_ACRONYM, BODY_NAME, BODY_PARENT, BODY_PLACE, BODY_STARTED,
       BODY_ENDED, BODY_SUMMARY, CITATION_CELLS(BODY), BODY_NAME_FIRST, BODY_NAME_COUNT,
       BODY_CELLS };
enum { AREA_ID, AREA_NAME, AREA_SUMMARY, CITATION_CELLS(AREA), AREA_CELLS };
enum { PARTICIPATION_ID, PARTICIPATION_COUNTRY, PARTICIPATION_BODY, PARTICIPATION_ROLE,
       PARTICIPATION_AREA, PARTICIPATION_STARTED, PARTICIPATION_ENDED, PARTICIPATION_REPORTED, PARTICIPATION_SUMMARY,
       PARTICIPATION_ALTERNATIVE_OF, CITATION_CELLS(PARTICIPATION), PARTICIPATION_CELLS };
enum { EVENT_ID, EVENT_DATE, EVENT_KIND, EVENT_PLACE, EVENT_COUNTRIES, EVENT_BODIES, EVENT_AREAS,
       EVENT_SUMMARY, EVENT_ALTERNATIVE_OF, CITATION_CELLS(EVENT), EVENT_CELLS };
/* clang-format on */
enum { MAX_CELLS = 16 };

/* How a column is read, checked and linked. */
enum column_type {
    COL_ID,           /* the record's own id: [a-z0-9][a-z0-9-]*, unique */
    COL_CODE,         /* `max` upper-case letters A-Z (country codes) */
    COL_NUMERIC,      /* an ISO 3166-1 numeric code, 001 to 999 */
    COL_TEXT,         /* free text */
    COL_ENUM,         /* one of the names of `values` (a `what`: "value", "language") */
    COL_BOOL,         /* yes or no */
    COL_INT,          /* a decimal integer in [min, max] */
    COL_DATE,         /* a date (capartner_date_parse) */
    COL_REF,          /* the id of a record of `target` */
    COL_LIST,         /* ids of records of `target`, comma-separated */
    COL_ALTERNATIVE,  /* the id of a preferred record of the same table */
    COL_OWNER,        /* country:ID, body:ID or place:ID (linked by link.c's names rule) */
    COL_CITE_SOURCE,  /* the citation: a source id (required), */
    COL_CITE_SECTION, /* a section of that source (and a COL_INT paragraph) */
};

/* An enumeration of the library (capartner.h): value i is called name_at(i). */
struct enum_values {
    uint32_t count;
    const char *(*name_at)(uint32_t value);
};

struct column {
    const char *name; /* as in the header */
    enum column_type type;
    bool required;
    uint32_t max_bytes; /* longest text accepted */
    uint32_t min, max;  /* COL_INT; COL_CODE: max is the number of letters */
    enum table target;  /* COL_REF, COL_LIST */
    const struct enum_values *values;
    const char *what; /* for messages: COL_CODE, COL_ENUM, COL_DATE with `until` */
    bool same_as_id;  /* COL_CODE: it must equal the record's id (column 0) */
    /* COL_DATE: the column of the date this one must not precede (`start`), or
     * not follow and takes when empty (`until`); 0, the id, when none */
    int start, until;
    bool key; /* the text is a lookup key of the record */
};

/* How a field of a library record is made from a cell. */
enum field_kind {
    FIELD_TEXT,       /* the cell's text, as a pool offset */
    FIELD_U32,        /* the cell's value */
    FIELD_DATE,       /* the cell's date */
    FIELD_DATE_TEXT,  /* the cell's date formatted, as a pool offset */
    FIELD_EARLIEST,   /* the first day of the cell's date (yyyymmdd) */
    FIELD_LATEST,     /* the last day */
    FIELD_LIST_FIRST, /* where the cell's list starts in its table's list */
    FIELD_LIST_COUNT, /* its length */
};

struct field {
    enum field_kind kind;
    int cell;
};

struct table_schema {
    const char *file; /* "events.tsv" */
    const char *word; /* "event": in messages, and struct capartner_event */
    const struct column *columns;
    size_t column_count, cell_count;
    const struct field *fields; /* of struct capartner_<symbol> */
    size_t field_count;
    int citation;    /* the cell of the citation index, or -1 */
    bool cite_first; /* link the citation before the other columns */
};

extern const struct table_schema schema_tables[TABLE_COUNT];

/* The citations' record (struct capartner_citation) from its three cells. */
enum { CITATION_SOURCE, CITATION_SECTION, CITATION_PARAGRAPH, CITATION_CELLS };
extern const struct table_schema schema_citations;

/* What a name's owner column may name: "country:" and the id of a country. */
enum owner_kind { OWNER_COUNTRY, OWNER_BODY, OWNER_PLACE, OWNER_KINDS };
extern const char *const schema_owner_prefixes[OWNER_KINDS];
extern const enum table schema_owner_tables[OWNER_KINDS];

/* The tables with a lookup index, in the order of lib/internal.h's
 * declarations: the order the indexes are built (and checked) and written. */
enum { KEY_TABLES = 8 };
extern const enum table schema_key_tables[KEY_TABLES];

enum { MAX_ID_BYTES = 255, MAX_NAME_BYTES = 255, MAX_TEXT_BYTES = 1000 };

#endif
