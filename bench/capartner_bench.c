/*
 * capartner-bench: libcapartner against SQLite and a linear scan, side by
 * side, in one process.
 *
 *   capartner-bench [--quick] [--data-dir DIR] [--lib-only] [--results FILE]
 *                   [--only OP] [--impl capartner|sqlite|linear] [--fixed N]
 *
 * The three implementations answer the same questions over the same records:
 *
 *  - capartner: the library's static tables (linked statically, or the
 *    shared library for capartner-bench-shared);
 *  - sqlite: an in-memory SQLite database loaded from the same TSV files,
 *    with an index on every column a query looks up, prepared statements
 *    reused (reset + bind + step), as an application would;
 *  - linear: the records parsed from the same TSV files into C arrays of
 *    structs and searched by a plain loop (strcasecmp for ASCII codes, a
 *    compare of case-folded names for names in any script).
 *
 * Before timing anything the three are checked to give the same answers
 * (the same record for every key, the same matches in the same order for
 * every walk); a disagreement is reported and the exit status is 2.
 *
 * Timing: CLOCK_MONOTONIC around batches of calls, the batch size chosen so
 * that one batch lasts at least 2 ms (0.2 ms with --quick); the three
 * implementations are interleaved in each of 11 rounds (3 with --quick) so
 * that a load spike hits them alike; the median batch gives ns per
 * operation. Every result feeds a volatile sink so nothing is optimised
 * away.
 */
#define _POSIX_C_SOURCE 200809L

#include <capartner.h>

#include "internal.h" /* capartner_fold_key: the baselines fold exactly as the library does */
#include "xalloc.h"

#include <sqlite3.h>

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#ifndef CAPARTNER_BENCH_DATA_DIR
#define CAPARTNER_BENCH_DATA_DIR "data"
#endif

/* At most this many distinct keys per lookup operation: spread evenly over
 * the table, cycled through in the timing loop. Keeps the working set the
 * same at every dataset size (see docs/performance.md). */
enum { MAX_KEYS = 1024, KEY_BYTES = CAPARTNER_MAX_KEY_BYTES + 1 };

enum impl { IMPL_CAPARTNER, IMPL_SQLITE, IMPL_LINEAR, IMPL_COUNT };
static const char *const impl_names[IMPL_COUNT] = {"capartner", "sqlite", "linear"};

static volatile uint64_t sink;

/* ------------------------------------------------------------ utilities */

__attribute__((format(printf, 1, 2), noreturn)) static void die(const char *format, ...);
static void die(const char *format, ...) {
    va_list args;
    va_start(args, format);
    fputs("capartner-bench: ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    exit(1);
}

/* xmalloc and the like come from tools/common/xalloc.c; this is their
 * message. */
_Noreturn void out_of_memory(void) {
    die("out of memory");
}

static char *xstrdup(const char *text) {
    size_t length = strlen(text) + 1;
    char *copy = xmalloc(length);
    memcpy(copy, text, length);
    return copy;
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int compare_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Folds with the library's own folding; dies on text it refuses. */
static size_t fold(const char *text, char out[KEY_BYTES]) {
    size_t length;
    if (capartner_fold_key(text, out, KEY_BYTES, &length) != CAPARTNER_OK)
        die("cannot fold \"%s\"", text);
    return length;
}

/* Folded text as a new string. */
static char *fold_dup(const char *text) {
    char folded[KEY_BYTES];
    fold(text, folded);
    return xstrdup(folded);
}

/* Upper case of the lower-case letters the data uses (ASCII, Latin-1,
 * basic Cyrillic), for making mixed-case keys. */
static uint32_t upper_case(uint32_t c) {
    if (c >= 'a' && c <= 'z')
        return c - 0x20;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
        return c - 0x20;
    if (c >= 0x430 && c <= 0x44F)
        return c - 0x20;
    if (c >= 0x450 && c <= 0x45F)
        return c - 0x50;
    return c;
}

/* "kazakhstan" -> "KaZaKhStAn": every other letter upper case, in any
 * script; the result is a key a user might type and the library must fold. */
static char *mixed_case(const char *text) {
    char folded[KEY_BYTES];
    size_t length = fold(text, folded);
    char *out = xmalloc(length + 1);
    size_t o = 0;
    bool upper = true;
    for (size_t i = 0; i < length;) {
        unsigned char lead = (unsigned char)folded[i];
        uint32_t c;
        size_t n;
        if (lead < 0x80) {
            c = lead, n = 1;
        } else if ((lead & 0xE0) == 0xC0) {
            c = (uint32_t)(lead & 0x1F) << 6 | ((unsigned char)folded[i + 1] & 0x3Fu), n = 2;
        } else {
            /* 3- and 4-byte characters: copied as they are */
            n = (lead & 0xF0) == 0xE0 ? 3 : 4;
            memcpy(out + o, folded + i, n);
            o += n, i += n;
            continue;
        }
        uint32_t u = upper ? upper_case(c) : c;
        upper = !upper;
        if (u < 0x80) {
            out[o++] = (char)u;
        } else {
            out[o++] = (char)(0xC0 | (u >> 6));
            out[o++] = (char)(0x80 | (u & 0x3F));
        }
        i += n;
    }
    out[o] = '\0';
    return out;
}

/* ---------------------------------------------------- a string -> index map */

struct strmap {
    const char **keys;
    uint32_t *values;
    size_t mask;
};

static uint64_t hash_text(const char *text) {
    uint64_t h = 1469598103934665603u;
    for (; *text != '\0'; text++)
        h = (h ^ (unsigned char)*text) * 1099511628211u;
    return h;
}

static void strmap_init(struct strmap *map, size_t count) {
    size_t size = 16;
    while (size < count * 2)
        size *= 2;
    map->keys = xcalloc(size, sizeof *map->keys);
    map->values = xcalloc(size, sizeof *map->values);
    map->mask = size - 1;
}

static void strmap_put(struct strmap *map, const char *key, uint32_t value) {
    size_t slot = (size_t)hash_text(key) & map->mask;
    while (map->keys[slot] != NULL && strcmp(map->keys[slot], key) != 0)
        slot = (slot + 1) & map->mask;
    map->keys[slot] = key;
    map->values[slot] = value;
}

/* UINT32_MAX when absent. */
static uint32_t strmap_get(const struct strmap *map, const char *key) {
    size_t slot = (size_t)hash_text(key) & map->mask;
    while (map->keys[slot] != NULL) {
        if (strcmp(map->keys[slot], key) == 0)
            return map->values[slot];
        slot = (slot + 1) & map->mask;
    }
    return UINT32_MAX;
}

static void strmap_free(struct strmap *map) {
    free(map->keys);
    free(map->values);
}

/* ---------------------------------------------------------- TSV reading */

struct table {
    char *buffer;
    char **header;
    size_t columns;
    char ***rows; /* rows[i][column] */
    size_t count;
};

static void table_read(struct table *t, const char *dir, const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.tsv", dir, name);
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        die("%s: %s", path, strerror(errno));
    if (fseek(file, 0, SEEK_END) != 0)
        die("%s: cannot seek", path);
    long size = ftell(file);
    if (size < 0 || fseek(file, 0, SEEK_SET) != 0)
        die("%s: cannot seek", path);
    t->buffer = xmalloc((size_t)size + 1);
    if (fread(t->buffer, 1, (size_t)size, file) != (size_t)size)
        die("%s: read error", path);
    fclose(file);
    t->buffer[size] = '\0';

    size_t lines = 1;
    for (long i = 0; i < size; i++)
        lines += t->buffer[i] == '\n';
    t->rows = xmalloc(lines * sizeof *t->rows);
    t->count = 0;
    t->header = NULL;
    char *cursor = t->buffer;
    while (*cursor != '\0') {
        char *line = cursor;
        char *end = strchr(cursor, '\n');
        if (end != NULL) {
            *end = '\0';
            cursor = end + 1;
        } else {
            cursor += strlen(cursor);
        }
        if (line[0] == '\0' || line[0] == '#')
            continue;
        size_t fields = 1;
        for (char *c = line; *c != '\0'; c++)
            fields += *c == '\t';
        char **row = xmalloc(fields * sizeof *row);
        size_t f = 0;
        row[f++] = line;
        for (char *c = line; *c != '\0'; c++)
            if (*c == '\t') {
                *c = '\0';
                row[f++] = c + 1;
            }
        if (t->header == NULL) {
            t->header = row;
            t->columns = fields;
        } else {
            if (fields != t->columns)
                die("%s: a row has %zu fields, the header %zu", path, fields, t->columns);
            t->rows[t->count++] = row;
        }
    }
    if (t->header == NULL)
        die("%s: no header", path);
}

static size_t column(const struct table *t, const char *name) {
    for (size_t i = 0; i < t->columns; i++)
        if (strcmp(t->header[i], name) == 0)
            return i;
    die("no column %s", name);
    return 0;
}

static void table_free(struct table *t) {
    for (size_t i = 0; i < t->count; i++)
        free(t->rows[i]);
    free(t->rows);
    free(t->header);
    free(t->buffer);
}

/* "a,b,c" split in place. */
static const char **split_list(char *text, uint32_t *count) {
    *count = 0;
    if (text[0] == '\0')
        return NULL;
    uint32_t n = 1;
    for (const char *c = text; *c != '\0'; c++)
        n += *c == ',';
    const char **items = xmalloc(n * sizeof *items);
    items[(*count)++] = text;
    for (char *c = text; *c != '\0'; c++)
        if (*c == ',') {
            *c = '\0';
            items[(*count)++] = c + 1;
        }
    return items;
}

static capartner_date parse_date(const char *text) {
    capartner_date date = {0, 0, 0, 0, 0, {0, 0}};
    if (text[0] != '\0' && capartner_date_parse(text, &date) != CAPARTNER_OK)
        die("bad date \"%s\"", text);
    return date;
}

static int32_t earliest_of(capartner_date date) {
    int32_t earliest, latest;
    capartner_date_bounds(date, &earliest, &latest);
    return earliest;
}

/* ---------------------------------------------------- the baseline model */

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
    int32_t start_day, end_day; /* NO_DAY when not stated (see held_on) */
};

struct l_event {
    const char *id;
    capartner_date date;
    int32_t earliest, latest;
    bool preferred;
    const char **countries, **bodies, **areas; /* ids, as in the file */
    uint32_t country_count, body_count, area_count;
};

struct baseline {
    struct table tables[6];
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
    sqlite3 *db;
};

static int compare_events(const void *a, const void *b) {
    const struct l_event *x = a, *y = b;
    int order = capartner_date_compare(x->date, y->date);
    return order != 0 ? order : strcmp(x->id, y->id);
}

static void sql_exec(sqlite3 *db, const char *sql) {
    char *error = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &error) != SQLITE_OK)
        die("sqlite: %s: %s", error, sql);
}

static sqlite3_stmt *sql_prepare(sqlite3 *db, const char *sql) {
    sqlite3_stmt *stmt;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
        die("sqlite: %s: %s", sqlite3_errmsg(db), sql);
    return stmt;
}

static void sql_step_done(sqlite3 *db, sqlite3_stmt *stmt) {
    if (sqlite3_step(stmt) != SQLITE_DONE)
        die("sqlite: %s", sqlite3_errmsg(db));
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
}

static void bind_int_or_null(sqlite3_stmt *stmt, int index, int32_t value) {
    if (value == NO_DAY)
        sqlite3_bind_null(stmt, index);
    else
        sqlite3_bind_int(stmt, index, value);
}

static const char schema[] =
    "CREATE TABLE countries(idx INTEGER PRIMARY KEY, id TEXT NOT NULL,"
    "  alpha2 TEXT NOT NULL COLLATE NOCASE UNIQUE, numeric INTEGER NOT NULL);"
    "CREATE INDEX countries_numeric ON countries(numeric);"
    /* names of countries, all languages: SQLite's NOCASE folds ASCII only, so
     * the folded form (Latin and Cyrillic) is stored and the key is folded in
     * C before it is bound */
    "CREATE TABLE country_names(folded TEXT NOT NULL, country INTEGER NOT NULL);"
    "CREATE INDEX country_names_folded ON country_names(folded);"
    "CREATE TABLE bodies(idx INTEGER PRIMARY KEY, id TEXT NOT NULL, acronym TEXT COLLATE NOCASE);"
    "CREATE INDEX bodies_acronym ON bodies(acronym);"
    "CREATE TABLE participations(idx INTEGER PRIMARY KEY, country INTEGER NOT NULL,"
    "  preferred INTEGER NOT NULL, start_day INTEGER, end_day INTEGER);"
    "CREATE INDEX participations_country ON participations(country);"
    /* ord: position in the timeline order */
    "CREATE TABLE events(ord INTEGER PRIMARY KEY, id TEXT NOT NULL, earliest INTEGER NOT NULL,"
    "  latest INTEGER NOT NULL, preferred INTEGER NOT NULL);"
    "CREATE INDEX events_earliest ON events(earliest);"
    "CREATE TABLE event_countries(country INTEGER, ord INTEGER, PRIMARY KEY(country, ord))"
    "  WITHOUT ROWID;"
    "CREATE TABLE event_bodies(body INTEGER, ord INTEGER, PRIMARY KEY(body, ord)) WITHOUT ROWID;"
    "CREATE TABLE event_areas(area INTEGER, ord INTEGER, PRIMARY KEY(area, ord)) WITHOUT ROWID;";

static void baseline_load(struct baseline *b, const char *dir) {
    enum { T_COUNTRIES, T_NAMES, T_BODIES, T_AREAS, T_PARTICIPATIONS, T_EVENTS };
    static const char *const names[] = {"countries", "names",          "bodies",
                                        "areas",     "participations", "events"};
    for (size_t i = 0; i < 6; i++)
        table_read(&b->tables[i], dir, names[i]);

    if (sqlite3_open(":memory:", &b->db) != SQLITE_OK)
        die("sqlite3_open failed");
    sql_exec(b->db, schema);
    sql_exec(b->db, "BEGIN");

    /* countries */
    struct table *t = &b->tables[T_COUNTRIES];
    size_t c_id = column(t, "id"), c_alpha2 = column(t, "alpha2"), c_numeric = column(t, "numeric");
    b->country_count = t->count;
    b->countries = xcalloc(t->count, sizeof *b->countries);
    struct strmap country_ids;
    strmap_init(&country_ids, t->count);
    sqlite3_stmt *insert = sql_prepare(b->db, "INSERT INTO countries VALUES(?1, ?2, ?3, ?4)");
    for (size_t i = 0; i < t->count; i++) {
        struct l_country *c = &b->countries[i];
        c->id = t->rows[i][c_id];
        c->alpha2 = t->rows[i][c_alpha2];
        c->numeric = atoi(t->rows[i][c_numeric]);
        strmap_put(&country_ids, c->id, (uint32_t)i);
        sqlite3_bind_int(insert, 1, (int)i);
        sqlite3_bind_text(insert, 2, c->id, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, c->alpha2, -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 4, c->numeric);
        sql_step_done(b->db, insert);
    }
    sqlite3_finalize(insert);

    /* names of countries */
    t = &b->tables[T_NAMES];
    size_t n_owner = column(t, "owner"), n_text = column(t, "text");
    b->names = xcalloc(t->count, sizeof *b->names);
    insert = sql_prepare(b->db, "INSERT INTO country_names VALUES(?1, ?2)");
    for (size_t i = 0; i < t->count; i++) {
        const char *owner = t->rows[i][n_owner];
        if (strncmp(owner, "country:", 8) != 0)
            continue;
        uint32_t country = strmap_get(&country_ids, owner + 8);
        if (country == UINT32_MAX)
            die("names.tsv: unknown owner %s", owner);
        struct l_name *name = &b->names[b->name_count++];
        name->folded = fold_dup(t->rows[i][n_text]);
        name->country = country;
        sqlite3_bind_text(insert, 1, name->folded, -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 2, (int)country);
        sql_step_done(b->db, insert);
    }
    sqlite3_finalize(insert);

    /* bodies */
    t = &b->tables[T_BODIES];
    size_t b_id = column(t, "id"), b_acronym = column(t, "acronym"),
           b_started = column(t, "started");
    b->body_count = t->count;
    b->bodies = xcalloc(t->count, sizeof *b->bodies);
    struct strmap body_ids;
    strmap_init(&body_ids, t->count);
    insert = sql_prepare(b->db, "INSERT INTO bodies VALUES(?1, ?2, ?3)");
    for (size_t i = 0; i < t->count; i++) {
        struct l_body *body = &b->bodies[i];
        body->id = t->rows[i][b_id];
        body->acronym = t->rows[i][b_acronym];
        body->started = parse_date(t->rows[i][b_started]);
        strmap_put(&body_ids, body->id, (uint32_t)i);
        sqlite3_bind_int(insert, 1, (int)i);
        sqlite3_bind_text(insert, 2, body->id, -1, SQLITE_STATIC);
        if (body->acronym[0] != '\0')
            sqlite3_bind_text(insert, 3, body->acronym, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(insert, 3);
        sql_step_done(b->db, insert);
    }
    sqlite3_finalize(insert);

    /* areas: ids only */
    t = &b->tables[T_AREAS];
    size_t a_id = column(t, "id");
    struct strmap area_ids;
    strmap_init(&area_ids, t->count);
    for (size_t i = 0; i < t->count; i++)
        strmap_put(&area_ids, t->rows[i][a_id], (uint32_t)i);

    /* participations: the "held on" bounds of docs/data-model.md, once */
    t = &b->tables[T_PARTICIPATIONS];
    size_t p_country = column(t, "country"), p_body = column(t, "body"),
           p_started = column(t, "started"), p_ended = column(t, "ended"),
           p_reported = column(t, "reported"), p_alternative = column(t, "alternative_of");
    b->participation_count = t->count;
    b->participations = xcalloc(t->count, sizeof *b->participations);
    insert = sql_prepare(b->db, "INSERT INTO participations VALUES(?1, ?2, ?3, ?4, ?5)");
    for (size_t i = 0; i < t->count; i++) {
        struct l_participation *p = &b->participations[i];
        char **row = t->rows[i];
        p->country = row[p_country];
        p->preferred = row[p_alternative][0] == '\0';
        /* the start that counts: the stated one; else, for a relation that
         * has ended, the body's start; else the date it was reported */
        capartner_date start = parse_date(row[p_started]);
        capartner_date ended = parse_date(row[p_ended]);
        if (start.precision == CAPARTNER_PRECISION_UNKNOWN) {
            uint32_t body = strmap_get(&body_ids, row[p_body]);
            if (body == UINT32_MAX)
                die("participations.tsv: unknown body %s", row[p_body]);
            start = ended.precision != CAPARTNER_PRECISION_UNKNOWN ? b->bodies[body].started
                                                                   : parse_date(row[p_reported]);
        }
        p->start_day = start.precision != CAPARTNER_PRECISION_UNKNOWN ? earliest_of(start) : NO_DAY;
        p->end_day = NO_DAY;
        if (ended.precision != CAPARTNER_PRECISION_UNKNOWN) {
            int32_t first, last;
            capartner_date_bounds(ended, &first, &last);
            p->end_day = ended.qualifier == CAPARTNER_QUALIFIER_BEFORE ? last + 1 : first;
        }
        uint32_t country = strmap_get(&country_ids, p->country);
        if (country == UINT32_MAX)
            die("participations.tsv: unknown country %s", p->country);
        sqlite3_bind_int(insert, 1, (int)i);
        sqlite3_bind_int(insert, 2, (int)country);
        sqlite3_bind_int(insert, 3, p->preferred);
        bind_int_or_null(insert, 4, p->start_day);
        bind_int_or_null(insert, 5, p->end_day);
        sql_step_done(b->db, insert);
    }
    sqlite3_finalize(insert);

    /* events, sorted into timeline order */
    t = &b->tables[T_EVENTS];
    size_t e_id = column(t, "id"), e_date = column(t, "date"), e_countries = column(t, "countries"),
           e_bodies = column(t, "bodies"), e_areas = column(t, "areas"),
           e_alternative = column(t, "alternative_of");
    b->event_count = t->count;
    b->events = xcalloc(t->count, sizeof *b->events);
    for (size_t i = 0; i < t->count; i++) {
        struct l_event *e = &b->events[i];
        char **row = t->rows[i];
        e->id = row[e_id];
        e->date = parse_date(row[e_date]);
        capartner_date_bounds(e->date, &e->earliest, &e->latest);
        e->preferred = row[e_alternative][0] == '\0';
        e->countries = split_list(row[e_countries], &e->country_count);
        e->bodies = split_list(row[e_bodies], &e->body_count);
        e->areas = split_list(row[e_areas], &e->area_count);
    }
    qsort(b->events, b->event_count, sizeof *b->events, compare_events);
    insert = sql_prepare(b->db, "INSERT INTO events VALUES(?1, ?2, ?3, ?4, ?5)");
    sqlite3_stmt *links[3] = {sql_prepare(b->db, "INSERT INTO event_countries VALUES(?1, ?2)"),
                              sql_prepare(b->db, "INSERT INTO event_bodies VALUES(?1, ?2)"),
                              sql_prepare(b->db, "INSERT INTO event_areas VALUES(?1, ?2)")};
    for (size_t i = 0; i < b->event_count; i++) {
        const struct l_event *e = &b->events[i];
        sqlite3_bind_int(insert, 1, (int)i);
        sqlite3_bind_text(insert, 2, e->id, -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 3, e->earliest);
        sqlite3_bind_int(insert, 4, e->latest);
        sqlite3_bind_int(insert, 5, e->preferred);
        sql_step_done(b->db, insert);
        const struct strmap *maps[3] = {&country_ids, &body_ids, &area_ids};
        const char **lists[3] = {e->countries, e->bodies, e->areas};
        uint32_t counts[3] = {e->country_count, e->body_count, e->area_count};
        for (size_t k = 0; k < 3; k++)
            for (uint32_t j = 0; j < counts[k]; j++) {
                uint32_t target = strmap_get(maps[k], lists[k][j]);
                if (target == UINT32_MAX)
                    die("events.tsv: %s: unknown reference %s", e->id, lists[k][j]);
                sqlite3_bind_int(links[k], 1, (int)target);
                sqlite3_bind_int(links[k], 2, (int)i);
                sql_step_done(b->db, links[k]);
            }
    }
    sqlite3_finalize(insert);
    for (size_t k = 0; k < 3; k++)
        sqlite3_finalize(links[k]);
    sql_exec(b->db, "COMMIT");
    sql_exec(b->db, "ANALYZE");
    strmap_free(&country_ids);
    strmap_free(&body_ids);
    strmap_free(&area_ids);
}

static void baseline_free(struct baseline *b) {
    for (size_t i = 0; i < b->name_count; i++)
        free((char *)b->names[i].folded);
    for (size_t i = 0; i < b->event_count; i++) {
        free(b->events[i].countries);
        free(b->events[i].bodies);
        free(b->events[i].areas);
    }
    free(b->countries);
    free(b->names);
    free(b->bodies);
    free(b->participations);
    free(b->events);
    for (size_t i = 0; i < 6; i++)
        table_free(&b->tables[i]);
    if (b->db != NULL)
        sqlite3_close(b->db);
}

/* ------------------------------------------------------------ operations */

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

/* Mixes a record index into an order-sensitive checksum. */
static inline uint64_t mix(uint64_t sum, uint64_t value) {
    return (sum ^ (value + 1)) * 1099511628211u;
}

/* -- capartner */

static uint64_t cap_alpha2(struct op *op, size_t n) {
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const capartner_country *c;
        capartner_country_by_alpha2(op->keys[k], &c);
        sum += (uintptr_t)c;
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

static uint64_t cap_numeric(struct op *op, size_t n) {
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const capartner_country *c;
        capartner_country_by_numeric(op->numbers[k], &c);
        sum += (uintptr_t)c;
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

static uint64_t cap_country_name(struct op *op, size_t n) {
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const capartner_country *c;
        capartner_country_find(op->keys[k], &c);
        sum += (uintptr_t)c;
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

static uint64_t cap_acronym(struct op *op, size_t n) {
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const capartner_body *b;
        capartner_body_find(op->keys[k], &b);
        sum += (uintptr_t)b;
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

static uint64_t cap_walk_events(struct op *op, size_t n) {
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        capartner_query_rewind(op->query);
        for (const capartner_event *e; (e = capartner_query_next_event(op->query)) != NULL;)
            sum += (uintptr_t)e;
    }
    return sum;
}

static uint64_t cap_walk_participations(struct op *op, size_t n) {
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        capartner_query_rewind(op->query);
        for (const capartner_participation *p;
             (p = capartner_query_next_participation(op->query)) != NULL;)
            sum += (uintptr_t)p;
    }
    return sum;
}

/* -- sqlite: every call resets, binds, steps */

static uint64_t sql_lookup_text(struct op *op, size_t n) {
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        sqlite3_reset(op->stmt);
        sqlite3_bind_text(op->stmt, 1, op->keys[k], -1, SQLITE_STATIC);
        if (sqlite3_step(op->stmt) == SQLITE_ROW)
            sum += (uint64_t)sqlite3_column_int(op->stmt, 0);
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

/* Names: the key is folded in C first (SQLite's NOCASE is ASCII-only). */
static uint64_t sql_lookup_folded(struct op *op, size_t n) {
    uint64_t sum = 0;
    size_t k = 0;
    char folded[KEY_BYTES];
    for (size_t i = 0; i < n; i++) {
        size_t length = fold(op->keys[k], folded);
        sqlite3_reset(op->stmt);
        sqlite3_bind_text(op->stmt, 1, folded, (int)length, SQLITE_STATIC);
        if (sqlite3_step(op->stmt) == SQLITE_ROW)
            sum += (uint64_t)sqlite3_column_int(op->stmt, 0);
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

static uint64_t sql_lookup_number(struct op *op, size_t n) {
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        sqlite3_reset(op->stmt);
        sqlite3_bind_int(op->stmt, 1, op->numbers[k]);
        if (sqlite3_step(op->stmt) == SQLITE_ROW)
            sum += (uint64_t)sqlite3_column_int(op->stmt, 0);
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

/* Walks: the statement's parameters were bound once, like the library's
 * filters; each run resets and steps through every row. */
static uint64_t sql_walk(struct op *op, size_t n) {
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        sqlite3_reset(op->stmt);
        while (sqlite3_step(op->stmt) == SQLITE_ROW)
            sum += (uint64_t)sqlite3_column_int(op->stmt, 0);
    }
    return sum;
}

/* -- linear scans over the parsed records */

static uint64_t lin_alpha2(struct op *op, size_t n) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *key = op->keys[k];
        for (size_t c = 0; c < b->country_count; c++)
            if (strcasecmp(b->countries[c].alpha2, key) == 0) {
                sum += c;
                break;
            }
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

static uint64_t lin_numeric(struct op *op, size_t n) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int key = op->numbers[k];
        for (size_t c = 0; c < b->country_count; c++)
            if (b->countries[c].numeric == key) {
                sum += c;
                break;
            }
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

/* Names in any script: fold the key once (as the library does), then
 * compare against the pre-folded names of every country in every language.
 * (strcasecmp folds ASCII only: it would miss "КАЗАХСТАН" and "OUZBÉKISTAN".) */
static uint64_t lin_country_name(struct op *op, size_t n) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    size_t k = 0;
    char folded[KEY_BYTES];
    for (size_t i = 0; i < n; i++) {
        fold(op->keys[k], folded);
        for (size_t j = 0; j < b->name_count; j++)
            if (strcmp(b->names[j].folded, folded) == 0) {
                sum += b->names[j].country;
                break;
            }
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

static uint64_t lin_acronym(struct op *op, size_t n) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *key = op->keys[k];
        for (size_t j = 0; j < b->body_count; j++)
            if (strcasecmp(b->bodies[j].acronym, key) == 0) {
                sum += j;
                break;
            }
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

static bool has_id(const char **ids, uint32_t count, const char *id) {
    for (uint32_t i = 0; i < count; i++)
        if (strcmp(ids[i], id) == 0)
            return true;
    return false;
}

enum walk_filter { FILTER_NONE, FILTER_COUNTRY, FILTER_BODY, FILTER_AREA, FILTER_RANGE };

static uint64_t lin_walk(struct op *op, size_t n, enum walk_filter filter) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < b->event_count; j++) {
            const struct l_event *e = &b->events[j];
            if (!e->preferred)
                continue;
            bool match = true;
            switch (filter) {
            case FILTER_COUNTRY:
                match = has_id(e->countries, e->country_count, op->filter_id);
                break;
            case FILTER_BODY:
                match = has_id(e->bodies, e->body_count, op->filter_id);
                break;
            case FILTER_AREA:
                match = has_id(e->areas, e->area_count, op->filter_id);
                break;
            case FILTER_RANGE:
                match = e->earliest <= op->range_to && e->latest >= op->range_from;
                break;
            case FILTER_NONE:
                break;
            }
            if (match)
                sum += j;
        }
    }
    return sum;
}

static uint64_t lin_timeline(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_NONE);
}
static uint64_t lin_by_country(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_COUNTRY);
}
static uint64_t lin_by_body(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_BODY);
}
static uint64_t lin_by_area(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_AREA);
}
static uint64_t lin_by_range(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_RANGE);
}

static uint64_t lin_as_of(struct op *op, size_t n) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < b->participation_count; j++) {
            const struct l_participation *p = &b->participations[j];
            if (p->preferred && strcmp(p->country, op->filter_id) == 0 &&
                (p->start_day == NO_DAY || p->start_day <= op->day) &&
                (p->end_day == NO_DAY || op->day < p->end_day))
                sum += j;
        }
    return sum;
}

/* ----------------------------------------------- answers, for the checks */

/* One lookup's answer as a record index (-1 when not found). */
static long answer_lookup(const struct op *op, enum impl impl, size_t k) {
    const char *key = op->keys != NULL ? op->keys[k] : NULL;
    int number = op->numbers != NULL ? op->numbers[k] : 0;
    char folded[KEY_BYTES];
    long result = -1;
    if (impl == IMPL_CAPARTNER) {
        if (op->run[IMPL_CAPARTNER] == cap_acronym) {
            const capartner_body *body;
            if (capartner_body_find(key, &body) == CAPARTNER_OK)
                result = (long)capartner_body_index(body);
        } else {
            const capartner_country *c = NULL;
            if (op->run[IMPL_CAPARTNER] == cap_alpha2)
                capartner_country_by_alpha2(key, &c);
            else if (op->run[IMPL_CAPARTNER] == cap_numeric)
                capartner_country_by_numeric(number, &c);
            else
                capartner_country_find(key, &c);
            if (c != NULL)
                result = (long)capartner_country_index(c);
        }
    } else if (impl == IMPL_SQLITE) {
        sqlite3_reset(op->stmt);
        if (op->kind == OP_LOOKUP_NUMBER) {
            sqlite3_bind_int(op->stmt, 1, number);
        } else if (op->run[IMPL_SQLITE] == sql_lookup_folded) {
            size_t length = fold(key, folded);
            sqlite3_bind_text(op->stmt, 1, folded, (int)length, SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_text(op->stmt, 1, key, -1, SQLITE_TRANSIENT);
        }
        if (sqlite3_step(op->stmt) == SQLITE_ROW)
            result = sqlite3_column_int(op->stmt, 0);
        sqlite3_reset(op->stmt);
    } else {
        const struct baseline *b = op->base;
        if (op->run[IMPL_LINEAR] == lin_alpha2) {
            for (size_t c = 0; c < b->country_count && result < 0; c++)
                if (strcasecmp(b->countries[c].alpha2, key) == 0)
                    result = (long)c;
        } else if (op->run[IMPL_LINEAR] == lin_numeric) {
            for (size_t c = 0; c < b->country_count && result < 0; c++)
                if (b->countries[c].numeric == number)
                    result = (long)c;
        } else if (op->run[IMPL_LINEAR] == lin_country_name) {
            fold(key, folded);
            for (size_t j = 0; j < b->name_count && result < 0; j++)
                if (strcmp(b->names[j].folded, folded) == 0)
                    result = b->names[j].country;
        } else {
            for (size_t j = 0; j < b->body_count && result < 0; j++)
                if (strcasecmp(b->bodies[j].acronym, key) == 0)
                    result = (long)j;
        }
    }
    return result;
}

/* A walk's matches as an order-sensitive checksum of record indexes. */
static uint64_t answer_walk(struct op *op, enum impl impl, size_t *matches) {
    uint64_t sum = 1;
    *matches = 0;
    if (impl == IMPL_CAPARTNER) {
        capartner_query_rewind(op->query);
        if (op->run[IMPL_CAPARTNER] == cap_walk_participations) {
            for (const capartner_participation *p;
                 (p = capartner_query_next_participation(op->query)) != NULL; ++*matches)
                sum = mix(sum, capartner_participation_index(p));
        } else {
            for (const capartner_event *e; (e = capartner_query_next_event(op->query)) != NULL;
                 ++*matches)
                sum = mix(sum, capartner_event_index(e));
        }
        capartner_query_rewind(op->query);
    } else if (impl == IMPL_SQLITE) {
        sqlite3_reset(op->stmt);
        while (sqlite3_step(op->stmt) == SQLITE_ROW) {
            sum = mix(sum, (uint64_t)sqlite3_column_int(op->stmt, 0));
            ++*matches;
        }
        sqlite3_reset(op->stmt);
    } else {
        const struct baseline *b = op->base;
        if (op->run[IMPL_LINEAR] == lin_as_of) {
            for (size_t j = 0; j < b->participation_count; j++) {
                const struct l_participation *p = &b->participations[j];
                if (p->preferred && strcmp(p->country, op->filter_id) == 0 &&
                    (p->start_day == NO_DAY || p->start_day <= op->day) &&
                    (p->end_day == NO_DAY || op->day < p->end_day)) {
                    sum = mix(sum, j);
                    ++*matches;
                }
            }
        } else {
            /* the walk functions add indexes; re-run the predicate here */
            enum walk_filter filter = op->run[IMPL_LINEAR] == lin_by_country ? FILTER_COUNTRY
                                      : op->run[IMPL_LINEAR] == lin_by_body  ? FILTER_BODY
                                      : op->run[IMPL_LINEAR] == lin_by_area  ? FILTER_AREA
                                      : op->run[IMPL_LINEAR] == lin_by_range ? FILTER_RANGE
                                                                             : FILTER_NONE;
            for (size_t j = 0; j < b->event_count; j++) {
                const struct l_event *e = &b->events[j];
                if (!e->preferred)
                    continue;
                bool match = true;
                if (filter == FILTER_COUNTRY)
                    match = has_id(e->countries, e->country_count, op->filter_id);
                else if (filter == FILTER_BODY)
                    match = has_id(e->bodies, e->body_count, op->filter_id);
                else if (filter == FILTER_AREA)
                    match = has_id(e->areas, e->area_count, op->filter_id);
                else if (filter == FILTER_RANGE)
                    match = e->earliest <= op->range_to && e->latest >= op->range_from;
                if (match) {
                    sum = mix(sum, j);
                    ++*matches;
                }
            }
        }
    }
    return sum;
}

/* ------------------------------------------------------------- the setup */

struct options {
    bool quick, lib_only;
    const char *data_dir, *results, *only, *impl;
    const char *country, *body, *area, *range_from, *range_to, *as_of;
    size_t fixed;
};

/* Up to MAX_KEYS indexes spread evenly over [0, count). */
static size_t sample(size_t count, size_t i, size_t samples) {
    return samples >= count ? i : i * count / samples;
}

static size_t sample_count(size_t count) {
    return count < MAX_KEYS ? count : MAX_KEYS;
}

static void add_key(struct op *op, char *key) {
    if (op->keys == NULL)
        op->keys = xcalloc(MAX_KEYS, sizeof *op->keys);
    op->keys[op->key_count++] = key;
}

/* The most frequent id in one link list of the events (countries, bodies or
 * areas), by the library's own accessors. */
static const char *most_frequent(int which) {
    size_t universe = which == 0   ? capartner_country_count()
                      : which == 1 ? capartner_body_count()
                                   : capartner_area_count();
    if (universe == 0)
        return NULL;
    size_t *counts = xcalloc(universe, sizeof *counts);
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *e;
        capartner_event_at(i, &e);
        size_t n = which == 0   ? capartner_event_country_count(e)
                   : which == 1 ? capartner_event_body_count(e)
                                : capartner_event_area_count(e);
        for (size_t j = 0; j < n; j++) {
            size_t index;
            if (which == 0) {
                const capartner_country *c;
                capartner_event_country_at(e, j, &c);
                index = capartner_country_index(c);
            } else if (which == 1) {
                const capartner_body *b;
                capartner_event_body_at(e, j, &b);
                index = capartner_body_index(b);
            } else {
                const capartner_area *a;
                capartner_event_area_at(e, j, &a);
                index = capartner_area_index(a);
            }
            counts[index]++;
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < universe; i++)
        if (counts[i] > counts[best])
            best = i;
    free(counts);
    if (which == 0) {
        const capartner_country *c;
        capartner_country_at(best, &c);
        return capartner_country_id(c);
    }
    if (which == 1) {
        const capartner_body *b;
        capartner_body_at(best, &b);
        return capartner_body_id(b);
    }
    const capartner_area *a;
    capartner_area_at(best, &a);
    return capartner_area_id(a);
}

static void name_keys(struct op *op, const char *language) {
    size_t count = capartner_country_count(), samples = sample_count(count);
    for (size_t i = 0; i < samples; i++) {
        const capartner_country *c;
        const capartner_name *name;
        capartner_country_at(sample(count, i, samples), &c);
        if (capartner_country_name_in(c, language, CAPARTNER_NAME_SHORT, &name) == CAPARTNER_OK)
            add_key(op, mixed_case(capartner_name_text(name)));
    }
}

static int index_of(struct baseline *b, const char *kind, const char *id) {
    if (b == NULL)
        return -1;
    if (strcmp(kind, "country") == 0) {
        for (size_t i = 0; i < b->country_count; i++)
            if (strcmp(b->countries[i].id, id) == 0)
                return (int)i;
    } else if (strcmp(kind, "body") == 0) {
        for (size_t i = 0; i < b->body_count; i++)
            if (strcmp(b->bodies[i].id, id) == 0)
                return (int)i;
    } else {
        struct table *areas = &b->tables[3];
        size_t a_id = column(areas, "id");
        for (size_t i = 0; i < areas->count; i++)
            if (strcmp(areas->rows[i][a_id], id) == 0)
                return (int)i;
    }
    die("no %s %s in the TSV files", kind, id);
    return -1;
}

static sqlite3_stmt *prepare_if(struct baseline *b, const char *sql) {
    return b == NULL ? NULL : sql_prepare(b->db, sql);
}

static size_t build_ops(struct op *ops, const struct options *o, struct baseline *b) {
    size_t n = 0;
    struct op *op;
    size_t count, samples;

    /* country by alpha-2: every country's code, alternately upper and lower case */
    op = &ops[n++];
    op->name = "alpha2";
    op->kind = OP_LOOKUP_TEXT;
    count = capartner_country_count(), samples = sample_count(count);
    for (size_t i = 0; i < samples; i++) {
        const capartner_country *c;
        capartner_country_at(sample(count, i, samples), &c);
        char *key = xstrdup(capartner_country_alpha2(c));
        if (i % 2 == 1)
            for (char *p = key; *p != '\0'; p++)
                *p = (char)(*p - 'A' + 'a');
        add_key(op, key);
    }
    snprintf(op->label, sizeof op->label, "country by alpha-2 (%s, ...)", op->keys[0]);
    op->run[IMPL_CAPARTNER] = cap_alpha2;
    op->run[IMPL_SQLITE] = sql_lookup_text;
    op->run[IMPL_LINEAR] = lin_alpha2;
    op->stmt = prepare_if(b, "SELECT idx FROM countries WHERE alpha2 = ?1");

    op = &ops[n++];
    op->name = "numeric";
    op->kind = OP_LOOKUP_NUMBER;
    op->numbers = xcalloc(MAX_KEYS, sizeof *op->numbers);
    for (size_t i = 0; i < samples; i++) {
        const capartner_country *c;
        capartner_country_at(sample(count, i, samples), &c);
        op->numbers[op->key_count++] = capartner_country_numeric(c);
    }
    snprintf(op->label, sizeof op->label, "country by numeric (%03d, ...)", op->numbers[0]);
    op->run[IMPL_CAPARTNER] = cap_numeric;
    op->run[IMPL_SQLITE] = sql_lookup_number;
    op->run[IMPL_LINEAR] = lin_numeric;
    op->stmt = prepare_if(b, "SELECT idx FROM countries WHERE numeric = ?1");

    static const char *const languages[][2] = {
        {"name-en", "en"}, {"name-fr", "fr"}, {"name-ru", "ru"}};
    for (size_t l = 0; l < 3; l++) {
        op = &ops[n++];
        op->name = languages[l][0];
        op->kind = OP_LOOKUP_TEXT;
        name_keys(op, languages[l][1]);
        if (op->key_count == 0) {
            n--;
            continue;
        }
        snprintf(op->label, sizeof op->label, "country by name, %s (%.24s, ...)", languages[l][1],
                 op->keys[0]);
        op->run[IMPL_CAPARTNER] = cap_country_name;
        op->run[IMPL_SQLITE] = sql_lookup_folded;
        op->run[IMPL_LINEAR] = lin_country_name;
        op->stmt = prepare_if(b, "SELECT country FROM country_names WHERE folded = ?1 LIMIT 1");
    }

    /* body by acronym: mixed case ("pFp") */
    op = &ops[n++];
    op->name = "acronym";
    op->kind = OP_LOOKUP_TEXT;
    count = capartner_body_count();
    size_t *with_acronym = xcalloc(count, sizeof *with_acronym), acronyms = 0;
    for (size_t i = 0; i < count; i++) {
        const capartner_body *body;
        capartner_body_at(i, &body);
        if (capartner_body_acronym(body)[0] != '\0')
            with_acronym[acronyms++] = i;
    }
    samples = sample_count(acronyms);
    for (size_t i = 0; i < samples; i++) {
        const capartner_body *body;
        capartner_body_at(with_acronym[sample(acronyms, i, samples)], &body);
        add_key(op, mixed_case(capartner_body_acronym(body)));
    }
    free(with_acronym);
    if (op->key_count == 0) {
        n--;
    } else {
        /* the programme of the walks (pfp) first, for the label */
        const capartner_body *pfp;
        if (capartner_body_find(o->body, &pfp) == CAPARTNER_OK &&
            capartner_body_acronym(pfp)[0] != '\0') {
            free(op->keys[0]);
            op->keys[0] = mixed_case(capartner_body_acronym(pfp));
        }
        snprintf(op->label, sizeof op->label, "body by acronym (%s, ...)", op->keys[0]);
        op->run[IMPL_CAPARTNER] = cap_acronym;
        op->run[IMPL_SQLITE] = sql_lookup_text;
        op->run[IMPL_LINEAR] = lin_acronym;
        op->stmt = prepare_if(b, "SELECT idx FROM bodies WHERE acronym = ?1 LIMIT 1");
    }

    /* the filter values */
    const capartner_country *country;
    if (capartner_country_find(o->country, &country) != CAPARTNER_OK) {
        const char *id = most_frequent(0);
        if (id == NULL || capartner_country_find(id, &country) != CAPARTNER_OK)
            die("no countries");
    }
    const capartner_body *body;
    if (capartner_body_find(o->body, &body) != CAPARTNER_OK) {
        const char *id = most_frequent(1);
        if (id == NULL || capartner_body_find(id, &body) != CAPARTNER_OK)
            die("no bodies");
    }
    const capartner_area *area = NULL;
    if (o->area == NULL || capartner_area_find(o->area, &area) != CAPARTNER_OK) {
        const char *id = most_frequent(2);
        if (id != NULL)
            capartner_area_find(id, &area);
    }
    capartner_date as_of, from, to;
    if (capartner_date_parse(o->as_of, &as_of) != CAPARTNER_OK ||
        capartner_date_parse(o->range_from, &from) != CAPARTNER_OK ||
        capartner_date_parse(o->range_to, &to) != CAPARTNER_OK)
        die("bad date in --as-of or --range");

    /* participations of the country as of a date */
    op = &ops[n++];
    op->name = "as-of";
    op->kind = OP_WALK;
    op->filter_id = capartner_country_id(country);
    op->day = earliest_of(as_of);
    snprintf(op->label, sizeof op->label, "participations: %s as of %s", op->filter_id, o->as_of);
    if (capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &op->query) != CAPARTNER_OK ||
        capartner_query_add_country(op->query, country) != CAPARTNER_OK ||
        capartner_query_set_as_of(op->query, as_of) != CAPARTNER_OK)
        die("cannot set up the as-of query");
    op->run[IMPL_CAPARTNER] = cap_walk_participations;
    op->run[IMPL_SQLITE] = sql_walk;
    op->run[IMPL_LINEAR] = lin_as_of;
    op->stmt = prepare_if(b, "SELECT idx FROM participations WHERE country = ?1 AND preferred"
                             " AND (start_day IS NULL OR start_day <= ?2)"
                             " AND (end_day IS NULL OR ?2 < end_day) ORDER BY idx");
    if (op->stmt != NULL) {
        sqlite3_bind_int(op->stmt, 1, index_of(b, "country", op->filter_id));
        sqlite3_bind_int(op->stmt, 2, op->day);
    }

    /* timeline walks */
    struct {
        const char *name, *id, *kind;
        run_fn linear;
        const char *sql;
    } walks[] = {
        {"timeline", NULL, NULL, lin_timeline,
         "SELECT ord FROM events WHERE preferred ORDER BY ord"},
        {"country", capartner_country_id(country), "country", lin_by_country,
         "SELECT e.ord FROM event_countries c JOIN events e ON e.ord = c.ord"
         " WHERE c.country = ?1 AND e.preferred ORDER BY c.ord"},
        {"body", capartner_body_id(body), "body", lin_by_body,
         "SELECT e.ord FROM event_bodies b JOIN events e ON e.ord = b.ord"
         " WHERE b.body = ?1 AND e.preferred ORDER BY b.ord"},
        {"area", area != NULL ? capartner_area_id(area) : NULL, "area", lin_by_area,
         "SELECT e.ord FROM event_areas a JOIN events e ON e.ord = a.ord"
         " WHERE a.area = ?1 AND e.preferred ORDER BY a.ord"},
        {"range", NULL, NULL, lin_by_range,
         "SELECT ord FROM events WHERE preferred AND earliest <= ?2 AND latest >= ?1"
         " ORDER BY ord"},
    };
    for (size_t w = 0; w < sizeof walks / sizeof walks[0]; w++) {
        if (strcmp(walks[w].name, "area") == 0 && area == NULL)
            continue;
        op = &ops[n++];
        op->name = walks[w].name;
        op->kind = OP_WALK;
        op->filter_id = walks[w].id;
        if (capartner_query_new(CAPARTNER_QUERY_EVENTS, &op->query) != CAPARTNER_OK)
            die("out of memory");
        capartner_status status = CAPARTNER_OK;
        if (w == 0) {
            snprintf(op->label, sizeof op->label, "timeline: all");
        } else if (w == 1) {
            snprintf(op->label, sizeof op->label, "timeline: country %s", op->filter_id);
            status = capartner_query_add_country(op->query, country);
        } else if (w == 2) {
            snprintf(op->label, sizeof op->label, "timeline: body %s", op->filter_id);
            status = capartner_query_add_body(op->query, body);
        } else if (w == 3) {
            snprintf(op->label, sizeof op->label, "timeline: area %.30s", op->filter_id);
            status = capartner_query_add_area(op->query, area);
        } else {
            snprintf(op->label, sizeof op->label, "timeline: %s..%s", o->range_from, o->range_to);
            status = capartner_query_set_range(op->query, from, to, CAPARTNER_RANGE_OVERLAPS);
            int32_t unused;
            capartner_date_bounds(from, &op->range_from, &unused);
            capartner_date_bounds(to, &unused, &op->range_to);
        }
        if (status != CAPARTNER_OK)
            die("cannot set up the %s walk", walks[w].name);
        op->run[IMPL_CAPARTNER] = cap_walk_events;
        op->run[IMPL_SQLITE] = sql_walk;
        op->run[IMPL_LINEAR] = walks[w].linear;
        op->stmt = prepare_if(b, walks[w].sql);
        if (op->stmt != NULL && walks[w].kind != NULL)
            sqlite3_bind_int(op->stmt, 1, index_of(b, walks[w].kind, op->filter_id));
        if (op->stmt != NULL && w == 4) {
            sqlite3_bind_int(op->stmt, 1, op->range_from);
            sqlite3_bind_int(op->stmt, 2, op->range_to);
        }
    }
    for (size_t i = 0; i < n; i++)
        ops[i].base = b;
    return n;
}

/* Checks that the implementations agree; counts the matches of walks. */
static bool check_ops(struct op *ops, size_t count, bool baselines) {
    bool ok = true;
    for (size_t i = 0; i < count; i++) {
        struct op *op = &ops[i];
        if (op->kind == OP_WALK) {
            size_t matches[IMPL_COUNT];
            uint64_t sums[IMPL_COUNT];
            sums[IMPL_CAPARTNER] = answer_walk(op, IMPL_CAPARTNER, &matches[IMPL_CAPARTNER]);
            op->matches = matches[IMPL_CAPARTNER];
            for (int impl = IMPL_SQLITE; baselines && impl < IMPL_COUNT; impl++) {
                sums[impl] = answer_walk(op, (enum impl)impl, &matches[impl]);
                if (sums[impl] != sums[IMPL_CAPARTNER] || matches[impl] != op->matches) {
                    fprintf(stderr, "capartner-bench: %s: %s finds %zu matches, capartner %zu%s\n",
                            op->label, impl_names[impl], matches[impl], op->matches,
                            matches[impl] == op->matches ? " (in another order)" : "");
                    ok = false;
                }
            }
            continue;
        }
        op->matches = 1;
        for (size_t k = 0; k < op->key_count; k++) {
            long expected = answer_lookup(op, IMPL_CAPARTNER, k);
            if (expected < 0) {
                fprintf(stderr, "capartner-bench: %s: capartner does not find key %zu\n", op->label,
                        k);
                ok = false;
            }
            for (int impl = IMPL_SQLITE; baselines && impl < IMPL_COUNT; impl++) {
                long got = answer_lookup(op, (enum impl)impl, k);
                if (got != expected) {
                    fprintf(stderr, "capartner-bench: %s: key %s: %s gives %ld, capartner %ld\n",
                            op->label, op->keys != NULL ? op->keys[k] : "(number)",
                            impl_names[impl], got, expected);
                    ok = false;
                }
            }
        }
    }
    return ok;
}

/* ------------------------------------------------------------- measuring */

/* One batch of n calls, in ns. Not inlined: `callgrind --toggle-collect`
 * counts the instructions of exactly this function (bench/instructions.sh). */
__attribute__((noinline)) uint64_t capartner_bench_batch(struct op *op, enum impl impl, size_t n);
__attribute__((noinline)) uint64_t capartner_bench_batch(struct op *op, enum impl impl, size_t n) {
    return op->run[impl](op, n);
}

static double time_batch(struct op *op, enum impl impl, size_t n) {
    double start = now_ns();
    sink += capartner_bench_batch(op, impl, n);
    return now_ns() - start;
}

/* Measures the implementations of one op, interleaved; fills op->ns. */
static void measure(struct op *op, const bool impls[IMPL_COUNT], double min_batch_ns, int rounds) {
    size_t batch[IMPL_COUNT];
    for (int impl = 0; impl < IMPL_COUNT; impl++) {
        if (!impls[impl])
            continue;
        size_t n = 1;
        for (;;) {
            double elapsed = time_batch(op, (enum impl)impl, n);
            if (elapsed >= min_batch_ns)
                break;
            /* grow towards the target, at most 16x at a time */
            double factor = elapsed <= 0 ? 16 : 1.25 * min_batch_ns / elapsed;
            n = (size_t)((double)n * (factor > 16 ? 16 : factor < 2 ? 2 : factor));
        }
        batch[impl] = n;
    }
    double samples[IMPL_COUNT][32];
    for (int r = 0; r < rounds; r++)
        for (int impl = 0; impl < IMPL_COUNT; impl++)
            if (impls[impl])
                samples[impl][r] =
                    time_batch(op, (enum impl)impl, batch[impl]) / (double)batch[impl];
    for (int impl = 0; impl < IMPL_COUNT; impl++) {
        if (!impls[impl])
            continue;
        qsort(samples[impl], (size_t)rounds, sizeof(double), compare_double);
        op->ns[impl] = samples[impl][rounds / 2];
        op->measured[impl] = true;
    }
}

/* ------------------------------------------------------------- reporting */

/* Prints text left-aligned in `width` columns, counting UTF-8 characters
 * rather than bytes (printf's widths count bytes). */
static void print_padded(const char *text, int width) {
    int columns = 0;
    for (const char *c = text; *c != '\0'; c++)
        columns += ((unsigned char)*c & 0xC0) != 0x80;
    fputs(text, stdout);
    for (; columns < width; columns++)
        putchar(' ');
}

static void format_ns(char *out, size_t size, double ns) {
    if (ns < 10)
        snprintf(out, size, "%.2f ns", ns);
    else if (ns < 1000)
        snprintf(out, size, "%.1f ns", ns);
    else if (ns < 1e6)
        snprintf(out, size, "%.2f us", ns / 1e3);
    else
        snprintf(out, size, "%.2f ms", ns / 1e6);
}

static void format_ratio(char *out, size_t size, const struct op *op, enum impl impl) {
    if (!op->measured[impl] || !op->measured[IMPL_CAPARTNER])
        snprintf(out, size, "-");
    else
        snprintf(out, size, "%.1fx", op->ns[impl] / op->ns[IMPL_CAPARTNER]);
}

static const struct op *find_op(const struct op *ops, size_t count, const char *name) {
    for (size_t i = 0; i < count; i++)
        if (strcmp(ops[i].name, name) == 0 && ops[i].measured[IMPL_CAPARTNER])
            return &ops[i];
    return NULL;
}

static void print_table(const struct op *ops, size_t count, bool baselines) {
    printf("\n%-40s %9s %11s %11s %11s %9s %9s %10s\n", "operation (ns per operation)", "matches",
           "capartner", "sqlite", "linear", "sqlite/", "linear/", "capartner");
    printf("%-40s %9s %11s %11s %11s %9s %9s %10s\n", "", "", "", "", "", "capartner", "capartner",
           "per match");
    for (size_t i = 0; i < count; i++) {
        const struct op *op = &ops[i];
        if (!op->measured[IMPL_CAPARTNER] && !op->measured[IMPL_SQLITE] &&
            !op->measured[IMPL_LINEAR])
            continue;
        char cells[IMPL_COUNT][24], ratios[2][16], per_match[24] = "";
        for (int impl = 0; impl < IMPL_COUNT; impl++) {
            if (op->measured[impl])
                format_ns(cells[impl], sizeof cells[impl], op->ns[impl]);
            else
                snprintf(cells[impl], sizeof cells[impl], "-");
        }
        format_ratio(ratios[0], sizeof ratios[0], op, IMPL_SQLITE);
        format_ratio(ratios[1], sizeof ratios[1], op, IMPL_LINEAR);
        if (op->kind == OP_WALK && op->matches > 0 && op->measured[IMPL_CAPARTNER])
            format_ns(per_match, sizeof per_match, op->ns[IMPL_CAPARTNER] / (double)op->matches);
        print_padded(op->label, 40);
        printf(" %9zu %11s %11s %11s %9s %9s %10s\n", op->matches, cells[IMPL_CAPARTNER],
               cells[IMPL_SQLITE], cells[IMPL_LINEAR], ratios[0], ratios[1], per_match);
    }
    (void)baselines;
}

static void print_targets(const struct op *ops, size_t count, bool baselines) {
    printf("\ntargets\n");
    const char *codes[] = {"alpha2", "numeric"};
    for (size_t i = 0; i < 2; i++) {
        const struct op *op = find_op(ops, count, codes[i]);
        if (op == NULL)
            continue;
        printf("  ");
        print_padded(op->label, 44);
        printf(" %8.2f ns  <= 5 ns          %s\n", op->ns[IMPL_CAPARTNER],
               op->ns[IMPL_CAPARTNER] <= 5 ? "met" : "MISSED");
        if (baselines && op->measured[IMPL_SQLITE])
            printf("  "), print_padded(op->label, 44),
                printf(" %8.1fx     >= 50x SQLite    %s\n",
                       op->ns[IMPL_SQLITE] / op->ns[IMPL_CAPARTNER],
                       op->ns[IMPL_SQLITE] / op->ns[IMPL_CAPARTNER] >= 50 ? "met" : "MISSED");
    }
    const char *names[] = {"name-en", "name-fr", "name-ru"};
    for (size_t i = 0; i < 3; i++) {
        const struct op *op = find_op(ops, count, names[i]);
        if (op == NULL)
            continue;
        printf("  ");
        print_padded(op->label, 44);
        printf(" %8.2f ns  <= 25 ns         %s\n", op->ns[IMPL_CAPARTNER],
               op->ns[IMPL_CAPARTNER] <= 25 ? "met" : "MISSED");
        if (baselines && op->measured[IMPL_LINEAR])
            printf("  "), print_padded(op->label, 44),
                printf(" %8.1fx     > linear scan    %s\n",
                       op->ns[IMPL_LINEAR] / op->ns[IMPL_CAPARTNER],
                       op->ns[IMPL_LINEAR] > op->ns[IMPL_CAPARTNER] ? "met" : "MISSED");
    }
    const struct op *all = find_op(ops, count, "timeline");
    if (all != NULL && all->matches > 0) {
        double per_event = all->ns[IMPL_CAPARTNER] / (double)all->matches;
        printf("  filtered walks cost O(matches): ns per match, against %.2f ns per event of the"
               " whole walk\n",
               per_event);
        const char *filtered[] = {"country", "body", "area", "range"};
        for (size_t i = 0; i < 4; i++) {
            const struct op *op = find_op(ops, count, filtered[i]);
            if (op == NULL || op->matches == 0)
                continue;
            double per_match = op->ns[IMPL_CAPARTNER] / (double)op->matches;
            printf("  ");
            print_padded(op->label, 44);
            printf(" %8.2f ns per match (%zu matches of %zu; the whole walk costs %.2f ns per"
                   " match of this one)\n",
                   per_match, op->matches, all->matches,
                   all->ns[IMPL_CAPARTNER] / (double)op->matches);
        }
    }
    const struct op *as_of = find_op(ops, count, "as-of");
    if (as_of != NULL && as_of->matches > 0) {
        printf("  ");
        print_padded(as_of->label, 44);
        printf(" %8.2f ns per match (%zu matches; candidates: the country's participations)\n",
               as_of->ns[IMPL_CAPARTNER] / (double)as_of->matches, as_of->matches);
    }
}

static void write_results(const char *path, const struct op *ops, size_t count) {
    FILE *file = fopen(path, "w");
    if (file == NULL)
        die("%s: %s", path, strerror(errno));
    fprintf(file, "op\timpl\tns_per_op\tmatches\tns_per_match\n");
    for (size_t i = 0; i < count; i++)
        for (int impl = 0; impl < IMPL_COUNT; impl++) {
            const struct op *op = &ops[i];
            if (!op->measured[impl])
                continue;
            double per_match = op->matches > 0 ? op->ns[impl] / (double)op->matches : 0;
            fprintf(file, "%s\t%s\t%.3f\t%zu\t%.3f\n", op->name, impl_names[impl], op->ns[impl],
                    op->matches, per_match);
        }
    fclose(file);
}

static void usage(FILE *out) {
    fputs("usage: capartner-bench [options]\n"
          "  --quick            a smoke run: short batches, 3 rounds (CI)\n"
          "  --data-dir DIR     the TSV files the baselines load (default: the compiled-in\n"
          "                     data directory, " CAPARTNER_BENCH_DATA_DIR ")\n"
          "  --lib-only         measure the library only: no SQLite, no linear scan\n"
          "  --results FILE     also write the results as TSV\n"
          "  --only OP          one operation: alpha2 numeric name-en name-fr name-ru acronym\n"
          "                     as-of timeline country body area range\n"
          "  --impl IMPL        one implementation: capartner sqlite linear\n"
          "  --fixed N          run each measured operation exactly N times, once, and print\n"
          "                     nothing else (for callgrind: bench/instructions.sh)\n"
          "  --country ID --body ID --area ID    the walks' filters (default KZ, pfp, and\n"
          "                     the most frequent area; the most frequent when absent)\n"
          "  --range FROM TO    the date-range walk (default 2010 2014)\n"
          "  --as-of DATE       the participations' date (default 2015-01-01)\n",
          out);
}

int main(int argc, char **argv) {
    struct options o = {false,  false,  CAPARTNER_BENCH_DATA_DIR,
                        NULL,   NULL,   NULL,
                        "KZ",   "pfp",  NULL,
                        "2010", "2014", "2015-01-01",
                        0};
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        bool more = i + 1 < argc;
        if (strcmp(arg, "--quick") == 0) {
            o.quick = true;
        } else if (strcmp(arg, "--lib-only") == 0) {
            o.lib_only = true;
        } else if (strcmp(arg, "--data-dir") == 0 && more) {
            o.data_dir = argv[++i];
        } else if (strcmp(arg, "--results") == 0 && more) {
            o.results = argv[++i];
        } else if (strcmp(arg, "--only") == 0 && more) {
            o.only = argv[++i];
        } else if (strcmp(arg, "--impl") == 0 && more) {
            o.impl = argv[++i];
        } else if (strcmp(arg, "--fixed") == 0 && more) {
            o.fixed = (size_t)strtoull(argv[++i], NULL, 10);
        } else if (strcmp(arg, "--country") == 0 && more) {
            o.country = argv[++i];
        } else if (strcmp(arg, "--body") == 0 && more) {
            o.body = argv[++i];
        } else if (strcmp(arg, "--area") == 0 && more) {
            o.area = argv[++i];
        } else if (strcmp(arg, "--range") == 0 && i + 2 < argc) {
            o.range_from = argv[++i];
            o.range_to = argv[++i];
        } else if (strcmp(arg, "--as-of") == 0 && more) {
            o.as_of = argv[++i];
        } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return 1;
        }
    }

    bool impls[IMPL_COUNT] = {true, !o.lib_only, !o.lib_only};
    if (o.impl != NULL) {
        bool known = false;
        for (int impl = 0; impl < IMPL_COUNT; impl++) {
            impls[impl] = strcmp(o.impl, impl_names[impl]) == 0;
            known = known || impls[impl];
        }
        if (!known)
            die("unknown implementation %s", o.impl);
    }
    bool baselines = impls[IMPL_SQLITE] || impls[IMPL_LINEAR];

    double load_start = now_ns();
    struct baseline base;
    memset(&base, 0, sizeof base);
    if (baselines)
        baseline_load(&base, o.data_dir);
    double load_ms = (now_ns() - load_start) / 1e6;

    struct op ops[16];
    memset(ops, 0, sizeof ops);
    size_t count = build_ops(ops, &o, baselines ? &base : NULL);
    bool agree = check_ops(ops, count, baselines);

    if (o.fixed > 0) {
        /* callgrind mode: exactly N calls of each selected operation */
        for (size_t i = 0; i < count; i++)
            if (o.only == NULL || strcmp(o.only, ops[i].name) == 0)
                for (int impl = 0; impl < IMPL_COUNT; impl++)
                    if (impls[impl])
                        sink += capartner_bench_batch(&ops[i], (enum impl)impl, o.fixed);
        return agree ? 0 : 2;
    }

    printf("libcapartner %s, data as of %s (digest %.12s), %zu countries, %zu bodies, %zu "
           "participations, %zu events\n",
           capartner_version(), capartner_data_as_of(), capartner_data_digest(),
           capartner_country_count(), capartner_body_count(), capartner_participation_count(),
           capartner_event_count());
    if (baselines)
        printf("baselines loaded from %s in %.0f ms: SQLite %s in memory with indexes;"
               " linear scans over the parsed records\n",
               o.data_dir, load_ms, sqlite3_libversion());
    printf("answers checked: %s\n",
           agree ? "the implementations agree" : "DISAGREEMENT (see above): results are suspect");
    int rounds = o.quick ? 3 : 11;
    double min_batch_ns = o.quick ? 2e5 : 2e6;
    printf("%s: median of %d rounds, batches of at least %.1f ms, implementations interleaved\n",
           o.quick ? "quick mode" : "full mode", rounds, min_batch_ns / 1e6);
    fflush(stdout);

    for (size_t i = 0; i < count; i++)
        if (o.only == NULL || strcmp(o.only, ops[i].name) == 0)
            measure(&ops[i], impls, min_batch_ns, rounds);

    print_table(ops, count, baselines);
    print_targets(ops, count, baselines);
    if (o.results != NULL)
        write_results(o.results, ops, count);

    for (size_t i = 0; i < count; i++) {
        if (ops[i].keys != NULL)
            for (size_t k = 0; k < ops[i].key_count; k++)
                free(ops[i].keys[k]);
        free(ops[i].keys);
        free(ops[i].numbers);
        capartner_query_free(ops[i].query);
        if (ops[i].stmt != NULL)
            sqlite3_finalize(ops[i].stmt);
    }
    if (baselines)
        baseline_free(&base);
    return agree ? 0 : 2;
}
