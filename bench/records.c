/* capartner-bench: the records of the TSV files parsed into C arrays, the
 * form the linear baseline scans and the SQLite baseline is loaded from. */
#include "bench.h"

#include <stdlib.h>
#include <string.h>

static int compare_events(const void *a, const void *b) {
    const struct l_event *x = a, *y = b;
    int order = capartner_date_compare(x->date, y->date);
    return order != 0 ? order : strcmp(x->id, y->id);
}

static void load_countries(struct baseline *b) {
    const struct table *t = &b->tables[T_COUNTRIES];
    size_t c_id = column(t, "id"), c_alpha2 = column(t, "alpha2"), c_numeric = column(t, "numeric");
    b->country_count = t->count;
    b->countries = xcalloc(t->count, sizeof *b->countries);
    strmap_init(&b->country_ids, t->count);
    for (size_t i = 0; i < t->count; i++) {
        struct l_country *c = &b->countries[i];
        c->id = t->rows[i][c_id];
        c->alpha2 = t->rows[i][c_alpha2];
        c->numeric = atoi(t->rows[i][c_numeric]);
        strmap_put(&b->country_ids, c->id, (uint32_t)i);
    }
}

/* The names of countries, folded once. */
static void load_names(struct baseline *b) {
    const struct table *t = &b->tables[T_NAMES];
    size_t n_owner = column(t, "owner"), n_text = column(t, "text");
    b->names = xcalloc(t->count, sizeof *b->names);
    for (size_t i = 0; i < t->count; i++) {
        const char *owner = t->rows[i][n_owner];
        if (strncmp(owner, "country:", 8) != 0)
            continue;
        uint32_t country = strmap_get(&b->country_ids, owner + 8);
        if (country == UINT32_MAX)
            die("names.tsv: unknown owner %s", owner);
        struct l_name *name = &b->names[b->name_count++];
        name->folded = fold_dup(t->rows[i][n_text]);
        name->country = country;
    }
}

static void load_bodies(struct baseline *b) {
    const struct table *t = &b->tables[T_BODIES];
    size_t b_id = column(t, "id"), b_acronym = column(t, "acronym"),
           b_started = column(t, "started");
    b->body_count = t->count;
    b->bodies = xcalloc(t->count, sizeof *b->bodies);
    strmap_init(&b->body_ids, t->count);
    for (size_t i = 0; i < t->count; i++) {
        struct l_body *body = &b->bodies[i];
        body->id = t->rows[i][b_id];
        body->acronym = t->rows[i][b_acronym];
        body->started = parse_date(t->rows[i][b_started]);
        strmap_put(&b->body_ids, body->id, (uint32_t)i);
    }
}

/* Areas: ids only. */
static void load_areas(struct baseline *b) {
    const struct table *t = &b->tables[T_AREAS];
    size_t a_id = column(t, "id");
    strmap_init(&b->area_ids, t->count);
    for (size_t i = 0; i < t->count; i++)
        strmap_put(&b->area_ids, t->rows[i][a_id], (uint32_t)i);
}

/* Participations: the certain spans of docs/data-model.md, once. Their rule
 * weighs the sources' content dates and the alternatives, so they are taken
 * from the library, as a user would store them in a table. */
static void load_participations(struct baseline *b) {
    const struct table *t = &b->tables[T_PARTICIPATIONS];
    size_t p_id = column(t, "id"), p_country = column(t, "country"),
           p_alternative = column(t, "alternative_of");
    b->participation_count = t->count;
    b->participations = xcalloc(t->count, sizeof *b->participations);
    for (size_t i = 0; i < t->count; i++) {
        struct l_participation *p = &b->participations[i];
        char **row = t->rows[i];
        p->country = row[p_country];
        p->preferred = row[p_alternative][0] == '\0';
        const capartner_participation *record;
        if (capartner_participation_at(i, &record) != CAPARTNER_OK ||
            strcmp(capartner_participation_id(record), row[p_id]) != 0 ||
            capartner_participation_span(record, CAPARTNER_CERTAINLY, &p->first_day,
                                         &p->last_day) != CAPARTNER_OK)
            die("participations.tsv: row %zu is not the library's participation %zu", i, i);
        if (strmap_get(&b->country_ids, p->country) == UINT32_MAX)
            die("participations.tsv: unknown country %s", p->country);
    }
}

/* Events, sorted into timeline order. */
static void load_events(struct baseline *b) {
    const struct table *t = &b->tables[T_EVENTS];
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
}

void baseline_load(struct baseline *b, const char *dir) {
    static const char *const names[T_COUNT] = {"countries", "names",          "bodies",
                                               "areas",     "participations", "events"};
    for (size_t i = 0; i < T_COUNT; i++)
        table_read(&b->tables[i], dir, names[i]);
    load_countries(b);
    load_names(b);
    load_bodies(b);
    load_areas(b);
    load_participations(b);
    load_events(b);
    sqlite_load(b);
}

void baseline_free(struct baseline *b) {
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
    strmap_free(&b->country_ids);
    strmap_free(&b->body_ids);
    strmap_free(&b->area_ids);
    for (size_t i = 0; i < T_COUNT; i++)
        table_free(&b->tables[i]);
    if (b->db != NULL)
        sqlite3_close(b->db);
}
