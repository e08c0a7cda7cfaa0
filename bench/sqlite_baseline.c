/* capartner-bench: the SQLite baseline. The records in an in-memory
 * database with an index on every column a query looks up; prepared
 * statements reused (reset + bind + step), as an application would. */
#include "bench.h"

#include <stdio.h>

static void sql_exec(sqlite3 *db, const char *sql) {
    char *error = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &error) != SQLITE_OK)
        die("sqlite: %s: %s", error, sql);
}

sqlite3_stmt *sql_prepare(sqlite3 *db, const char *sql) {
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
    "  preferred INTEGER NOT NULL, first_day INTEGER, last_day INTEGER);"
    "CREATE INDEX participations_country ON participations(country);"
    /* ord: position in the timeline order */
    "CREATE TABLE events(ord INTEGER PRIMARY KEY, id TEXT NOT NULL, earliest INTEGER NOT NULL,"
    "  latest INTEGER NOT NULL, preferred INTEGER NOT NULL);"
    "CREATE INDEX events_earliest ON events(earliest);"
    "CREATE TABLE event_countries(country INTEGER, ord INTEGER, PRIMARY KEY(country, ord))"
    "  WITHOUT ROWID;"
    "CREATE TABLE event_bodies(body INTEGER, ord INTEGER, PRIMARY KEY(body, ord)) WITHOUT ROWID;"
    "CREATE TABLE event_areas(area INTEGER, ord INTEGER, PRIMARY KEY(area, ord)) WITHOUT ROWID;";

static void insert_countries(struct baseline *b) {
    sqlite3_stmt *insert = sql_prepare(b->db, "INSERT INTO countries VALUES(?1, ?2, ?3, ?4)");
    for (size_t i = 0; i < b->country_count; i++) {
        const struct l_country *c = &b->countries[i];
        sqlite3_bind_int(insert, 1, (int)i);
        sqlite3_bind_text(insert, 2, c->id, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, c->alpha2, -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 4, c->numeric);
        sql_step_done(b->db, insert);
    }
    sqlite3_finalize(insert);
}

static void insert_names(struct baseline *b) {
    sqlite3_stmt *insert = sql_prepare(b->db, "INSERT INTO country_names VALUES(?1, ?2)");
    for (size_t i = 0; i < b->name_count; i++) {
        const struct l_name *name = &b->names[i];
        sqlite3_bind_text(insert, 1, name->folded, -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 2, (int)name->country);
        sql_step_done(b->db, insert);
    }
    sqlite3_finalize(insert);
}

static void insert_bodies(struct baseline *b) {
    sqlite3_stmt *insert = sql_prepare(b->db, "INSERT INTO bodies VALUES(?1, ?2, ?3)");
    for (size_t i = 0; i < b->body_count; i++) {
        const struct l_body *body = &b->bodies[i];
        sqlite3_bind_int(insert, 1, (int)i);
        sqlite3_bind_text(insert, 2, body->id, -1, SQLITE_STATIC);
        if (body->acronym[0] != '\0')
            sqlite3_bind_text(insert, 3, body->acronym, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(insert, 3);
        sql_step_done(b->db, insert);
    }
    sqlite3_finalize(insert);
}

static void insert_participations(struct baseline *b) {
    sqlite3_stmt *insert =
        sql_prepare(b->db, "INSERT INTO participations VALUES(?1, ?2, ?3, ?4, ?5)");
    for (size_t i = 0; i < b->participation_count; i++) {
        const struct l_participation *p = &b->participations[i];
        sqlite3_bind_int(insert, 1, (int)i);
        sqlite3_bind_int(insert, 2, (int)strmap_get(&b->country_ids, p->country));
        sqlite3_bind_int(insert, 3, p->preferred);
        bind_int_or_null(insert, 4, p->first_day);
        bind_int_or_null(insert, 5, p->last_day);
        sql_step_done(b->db, insert);
    }
    sqlite3_finalize(insert);
}

/* Events in timeline order (ord), and their links to countries, bodies and areas. */
static void insert_events(struct baseline *b) {
    sqlite3_stmt *insert = sql_prepare(b->db, "INSERT INTO events VALUES(?1, ?2, ?3, ?4, ?5)");
    sqlite3_stmt *links[3] = {sql_prepare(b->db, "INSERT INTO event_countries VALUES(?1, ?2)"),
                              sql_prepare(b->db, "INSERT INTO event_bodies VALUES(?1, ?2)"),
                              sql_prepare(b->db, "INSERT INTO event_areas VALUES(?1, ?2)")};
    const struct strmap *maps[3] = {&b->country_ids, &b->body_ids, &b->area_ids};
    for (size_t i = 0; i < b->event_count; i++) {
        const struct l_event *e = &b->events[i];
        sqlite3_bind_int(insert, 1, (int)i);
        sqlite3_bind_text(insert, 2, e->id, -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 3, e->earliest);
        sqlite3_bind_int(insert, 4, e->latest);
        sqlite3_bind_int(insert, 5, e->preferred);
        sql_step_done(b->db, insert);
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
}

void sqlite_load(struct baseline *b) {
    if (sqlite3_open(":memory:", &b->db) != SQLITE_OK)
        die("sqlite3_open failed");
    sql_exec(b->db, schema);
    sql_exec(b->db, "BEGIN");
    insert_countries(b);
    insert_names(b);
    insert_bodies(b);
    insert_participations(b);
    insert_events(b);
    sql_exec(b->db, "COMMIT");
    sql_exec(b->db, "ANALYZE");
}

/* -- the operations: every call resets, binds, steps */

uint64_t sql_lookup_text(struct op *op, size_t n) {
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
uint64_t sql_lookup_folded(struct op *op, size_t n) {
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

uint64_t sql_lookup_number(struct op *op, size_t n) {
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
uint64_t sql_walk(struct op *op, size_t n) {
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        sqlite3_reset(op->stmt);
        while (sqlite3_step(op->stmt) == SQLITE_ROW)
            sum += (uint64_t)sqlite3_column_int(op->stmt, 0);
    }
    return sum;
}

long sql_answer_lookup(const struct op *op, size_t k) {
    char folded[KEY_BYTES];
    long result = -1;
    sqlite3_reset(op->stmt);
    if (op->kind == OP_LOOKUP_NUMBER) {
        sqlite3_bind_int(op->stmt, 1, op->numbers[k]);
    } else if (op->run[IMPL_SQLITE] == sql_lookup_folded) {
        size_t length = fold(op->keys[k], folded);
        sqlite3_bind_text(op->stmt, 1, folded, (int)length, SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_text(op->stmt, 1, op->keys[k], -1, SQLITE_TRANSIENT);
    }
    if (sqlite3_step(op->stmt) == SQLITE_ROW)
        result = sqlite3_column_int(op->stmt, 0);
    sqlite3_reset(op->stmt);
    return result;
}

uint64_t sql_answer_walk(struct op *op, size_t *matches) {
    uint64_t sum = 1;
    *matches = 0;
    sqlite3_reset(op->stmt);
    while (sqlite3_step(op->stmt) == SQLITE_ROW) {
        sum = mix(sum, (uint64_t)sqlite3_column_int(op->stmt, 0));
        ++*matches;
    }
    sqlite3_reset(op->stmt);
    return sum;
}
