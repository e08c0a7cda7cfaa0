/* capartner-bench: what its files share. The files, one concern each:
 *
 *   capartner_bench.c  the command: options, the run, the summary lines
 *   support.c          errors, folding, mixed-case keys, a string map, TSV reading
 *   records.c          the records parsed from the TSV files into C arrays
 *   ops.c              the operations measured, their keys and filters, the
 *                      library's side, and the check that all three agree
 *   sqlite_baseline.c  the same records in an in-memory SQLite database
 *   linear_baseline.c  plain loops over the C arrays
 *   harness.c          timing: batch sizes, interleaved rounds, medians
 *   report.c           the table, the targets, the results file
 */
#ifndef CAPARTNER_BENCH_H
#define CAPARTNER_BENCH_H

#include <capartner.h>

#include "internal.h" /* capartner_fold_key: the baselines fold exactly as the library does */
#include "xalloc.h"

#include <sqlite3.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef CAPARTNER_BENCH_DATA_DIR
#define CAPARTNER_BENCH_DATA_DIR "data"
#endif

/* At most this many distinct keys per lookup operation: spread evenly over
 * the table, cycled through in the timing loop. Keeps the working set the
 * same at every dataset size (see docs/performance.md). */
enum { MAX_KEYS = 1024, KEY_BYTES = CAPARTNER_MAX_KEY_BYTES + 1 };

enum impl { IMPL_CAPARTNER, IMPL_SQLITE, IMPL_LINEAR, IMPL_COUNT };
extern const char *const impl_names[IMPL_COUNT];

/* ------------------------------------------------------------ support.c */

__attribute__((format(printf, 1, 2), noreturn)) void die(const char *format, ...);
char *xstrdup(const char *text);
double now_ns(void);
int compare_double(const void *a, const void *b);
/* Folds with the library's own folding; dies on text it refuses. */
size_t fold(const char *text, char out[KEY_BYTES]);
/* Folded text as a new string. */
char *fold_dup(const char *text);
/* "kazakhstan" -> "KaZaKhStAn": every other letter upper case, in any
 * script; the result is a key a user might type and the library must fold. */
char *mixed_case(const char *text);

/* A string -> index map. */
struct strmap {
    const char **keys;
    uint32_t *values;
    size_t mask;
};
void strmap_init(struct strmap *map, size_t count);
void strmap_put(struct strmap *map, const char *key, uint32_t value);
/* UINT32_MAX when absent. */
uint32_t strmap_get(const struct strmap *map, const char *key);
void strmap_free(struct strmap *map);

/* A TSV file read whole, split in place. */
struct table {
    char *buffer;
    char **header;
    size_t columns;
    char ***rows; /* rows[i][column] */
    size_t count;
};
void table_read(struct table *t, const char *dir, const char *name);
size_t column(const struct table *t, const char *name);
void table_free(struct table *t);
/* "a,b,c" split in place. */
const char **split_list(char *text, uint32_t *count);
capartner_date parse_date(const char *text);
int32_t earliest_of(capartner_date date);

/* ------------------------------------------------------------ records.c */

enum { NO_DAY = -1 };

struct l_country {
    const char *id, *alpha2;
    int numeric;
};

struct l_name { /* a country's name in any language, for the name lookups */
    const char *folded;
    uint32_t country;
};

struct l_body {
    const char *id, *acronym;
    capartner_date started;
};

struct l_participation {
    const char *country; /* the country's id, as in the file */
    bool preferred;
    int32_t first_day, last_day; /* the days it certainly held (first > last: none) */
};

struct l_event {
    const char *id;
    capartner_date date;
    int32_t earliest, latest;
    bool preferred;
    const char **countries, **bodies, **areas; /* ids, as in the file */
    uint32_t country_count, body_count, area_count;
};

enum { T_COUNTRIES, T_NAMES, T_BODIES, T_AREAS, T_PARTICIPATIONS, T_EVENTS, T_COUNT };

/* Both baselines: the records as C arrays, and the SQLite database. */
struct baseline {
    struct table tables[T_COUNT];
    struct l_country *countries;
    size_t country_count;
    struct l_name *names;
    size_t name_count;
    struct l_body *bodies;
    size_t body_count;
    struct l_participation *participations;
    size_t participation_count;
    struct l_event *events; /* in timeline order */
    size_t event_count;
    struct strmap country_ids, body_ids, area_ids; /* id -> record index */
    sqlite3 *db;
};

/* Reads the TSV files of dir into the C arrays, then into SQLite. */
void baseline_load(struct baseline *b, const char *dir);
void baseline_free(struct baseline *b);

/* ---------------------------------------------------------------- ops.c */

enum op_kind { OP_LOOKUP_TEXT, OP_LOOKUP_NUMBER, OP_WALK };

struct op;
/* Runs the operation n times; returns a checksum of what it found. Lookups
 * cycle through the op's keys. */
typedef uint64_t (*run_fn)(struct op *op, size_t n);

struct op {
    const char *name; /* short name for --only and the results file */
    char label[64];   /* the table's row label */
    enum op_kind kind;
    run_fn run[IMPL_COUNT];
    /* lookups: the keys */
    char **keys;
    int *numbers;
    size_t key_count;
    /* walks: the library's query, SQLite's statement, the filter values */
    capartner_query *query;
    sqlite3_stmt *stmt;
    const char *filter_id; /* country, body or area id */
    int filter_index;      /* its record index (SQLite) */
    int32_t day, range_from, range_to;
    size_t matches; /* per run, for walks; 1 for lookups */
    struct baseline *base;
    double ns[IMPL_COUNT];
    bool measured[IMPL_COUNT];
};

enum { OPS_MAX = 16 };

struct options {
    bool quick, lib_only;
    const char *data_dir, *results, *only, *impl;
    const char *country, *body, *area, *range_from, *range_to, *as_of;
    size_t fixed;
};

/* Mixes a record index into an order-sensitive checksum. */
static inline uint64_t mix(uint64_t sum, uint64_t value) {
    return (sum ^ (value + 1)) * 1099511628211u;
}

/* Sets up the operations (b is NULL without baselines); returns their count. */
size_t build_ops(struct op *ops, const struct options *o, struct baseline *b);
/* Checks that the implementations agree; counts the matches of walks. */
bool check_ops(struct op *ops, size_t count, bool baselines);
void free_ops(struct op *ops, size_t count);

/* ---------------------------------------------------- sqlite_baseline.c */

/* Fills b->db from the C arrays (b->events already in timeline order). */
void sqlite_load(struct baseline *b);
sqlite3_stmt *sql_prepare(sqlite3 *db, const char *sql);
uint64_t sql_lookup_text(struct op *op, size_t n);
uint64_t sql_lookup_folded(struct op *op, size_t n);
uint64_t sql_lookup_number(struct op *op, size_t n);
uint64_t sql_walk(struct op *op, size_t n);
/* One lookup's answer as a record index (-1 when not found). */
long sql_answer_lookup(const struct op *op, size_t k);
/* A walk's matches as an order-sensitive checksum of record indexes. */
uint64_t sql_answer_walk(struct op *op, size_t *matches);

/* ---------------------------------------------------- linear_baseline.c */

uint64_t lin_alpha2(struct op *op, size_t n);
uint64_t lin_numeric(struct op *op, size_t n);
uint64_t lin_country_name(struct op *op, size_t n);
uint64_t lin_acronym(struct op *op, size_t n);
uint64_t lin_timeline(struct op *op, size_t n);
uint64_t lin_by_country(struct op *op, size_t n);
uint64_t lin_by_body(struct op *op, size_t n);
uint64_t lin_by_area(struct op *op, size_t n);
uint64_t lin_by_range(struct op *op, size_t n);
uint64_t lin_by_range_possibly(struct op *op, size_t n);
uint64_t lin_as_of(struct op *op, size_t n);
long lin_answer_lookup(const struct op *op, size_t k);
uint64_t lin_answer_walk(const struct op *op, size_t *matches);

/* ------------------------------------------------------------ harness.c */

/* One batch of n calls. Not inlined: `callgrind --toggle-collect` counts
 * the instructions of exactly this function (bench/instructions.sh). */
__attribute__((noinline)) uint64_t capartner_bench_batch(struct op *op, enum impl impl, size_t n);
/* Runs n calls of each selected implementation, untimed (--fixed). */
void run_fixed(struct op *op, const bool impls[IMPL_COUNT], size_t n);
/* Measures the implementations of one op, interleaved; fills op->ns. */
void measure(struct op *op, const bool impls[IMPL_COUNT], double min_batch_ns, int rounds);

/* ------------------------------------------------------------- report.c */

void print_table(const struct op *ops, size_t count);
void print_targets(const struct op *ops, size_t count, bool baselines);
void write_results(const char *path, const struct op *ops, size_t count);

#endif
