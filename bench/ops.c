/* capartner-bench: the operations measured. Each has a run function per
 * implementation; lookups cycle through up to MAX_KEYS keys spread over the
 * table, walks use one filter value. Before timing, check_ops makes sure
 * the three give the same answers. */
#include "bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------ the library's side */

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

/* Walks take their matches as the library offers a whole walk: a batch of
 * indexes a call (capartner_query_next_indexes), until a batch comes back
 * short, which happens only at the end of the walk. */
enum { WALK_BATCH = 64 };

static uint64_t cap_walk(struct op *op, size_t n) {
    uint64_t sum = 0;
    size_t indexes[WALK_BATCH], count;
    for (size_t i = 0; i < n; i++) {
        capartner_query_rewind(op->query);
        do {
            if (capartner_query_next_indexes(op->query, indexes, WALK_BATCH, &count) !=
                CAPARTNER_OK)
                break;
            for (size_t k = 0; k < count; k++)
                sum += indexes[k];
        } while (count == WALK_BATCH);
    }
    return sum;
}

/* The same walk one call a match, as capartner_query_next_event. */
static uint64_t cap_walk_events_step(struct op *op, size_t n) {
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        capartner_query_rewind(op->query);
        for (const capartner_event *e; (e = capartner_query_next_event(op->query)) != NULL;)
            sum += (uintptr_t)e;
    }
    return sum;
}

/* -- sqlite: every call resets, binds, steps */

/* ---------------------------------------------- answers, for the checks */

/* One lookup's answer as a record index (-1 when not found). */
static long cap_answer_lookup(const struct op *op, size_t k) {
    if (op->run[IMPL_CAPARTNER] == cap_acronym) {
        const capartner_body *body;
        if (capartner_body_find(op->keys[k], &body) == CAPARTNER_OK)
            return (long)capartner_body_index(body);
        return -1;
    }
    const capartner_country *c = NULL;
    if (op->run[IMPL_CAPARTNER] == cap_alpha2)
        capartner_country_by_alpha2(op->keys[k], &c);
    else if (op->run[IMPL_CAPARTNER] == cap_numeric)
        capartner_country_by_numeric(op->numbers[k], &c);
    else
        capartner_country_find(op->keys[k], &c);
    return c != NULL ? (long)capartner_country_index(c) : -1;
}

/* A walk's matches as an order-sensitive checksum of record indexes, taken
 * one call a match; 0 unless the batches give the same. */
static uint64_t cap_answer_walk(struct op *op, size_t *matches) {
    bool participations = strcmp(op->name, "as-of") == 0;
    uint64_t sum = 1, batch_sum = 1;
    size_t batch_matches = 0, index, count;
    *matches = 0;
    capartner_query_rewind(op->query);
    for (;; ++*matches) {
        const capartner_participation *p =
            participations ? capartner_query_next_participation(op->query) : NULL;
        const capartner_event *e = participations ? NULL : capartner_query_next_event(op->query);
        if (p == NULL && e == NULL)
            break;
        sum = mix(sum, p != NULL ? capartner_participation_index(p) : capartner_event_index(e));
    }
    capartner_query_rewind(op->query);
    while (capartner_query_next_indexes(op->query, &index, 1, &count) == CAPARTNER_OK && count > 0)
        batch_sum = mix(batch_sum, index), batch_matches++;
    capartner_query_rewind(op->query);
    return batch_sum == sum && batch_matches == *matches ? sum : 0;
}

static long answer_lookup(const struct op *op, enum impl impl, size_t k) {
    return impl == IMPL_CAPARTNER ? cap_answer_lookup(op, k)
           : impl == IMPL_SQLITE  ? sql_answer_lookup(op, k)
                                  : lin_answer_lookup(op, k);
}

static uint64_t answer_walk(struct op *op, enum impl impl, size_t *matches) {
    return impl == IMPL_CAPARTNER ? cap_answer_walk(op, matches)
           : impl == IMPL_SQLITE  ? sql_answer_walk(op, matches)
                                  : lin_answer_walk(op, matches);
}

static bool check_walk(struct op *op, bool baselines) {
    bool ok = true;
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
    return ok;
}

static bool check_lookup(struct op *op, bool baselines) {
    bool ok = true;
    op->matches = 1;
    for (size_t k = 0; k < op->key_count; k++) {
        long expected = answer_lookup(op, IMPL_CAPARTNER, k);
        if (expected < 0) {
            fprintf(stderr, "capartner-bench: %s: capartner does not find key %zu\n", op->label, k);
            ok = false;
        }
        for (int impl = IMPL_SQLITE; baselines && impl < IMPL_COUNT; impl++) {
            long got = answer_lookup(op, (enum impl)impl, k);
            if (got != expected) {
                fprintf(stderr, "capartner-bench: %s: key %s: %s gives %ld, capartner %ld\n",
                        op->label, op->keys != NULL ? op->keys[k] : "(number)", impl_names[impl],
                        got, expected);
                ok = false;
            }
        }
    }
    return ok;
}

bool check_ops(struct op *ops, size_t count, bool baselines) {
    bool ok = true;
    for (size_t i = 0; i < count; i++)
        if (!(ops[i].kind == OP_WALK ? check_walk(&ops[i], baselines)
                                     : check_lookup(&ops[i], baselines)))
            ok = false;
    return ok;
}

/* ------------------------------------------------------------- the setup */

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

/* The lookup of country by alpha-2 (every country's code, alternately upper
 * and lower case) and by numeric code. */
static size_t add_code_ops(struct op *ops, size_t n, struct baseline *b) {
    struct op *op = &ops[n++];
    op->name = "alpha2";
    op->kind = OP_LOOKUP_TEXT;
    size_t count = capartner_country_count(), samples = sample_count(count);
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
    return n;
}

/* Country by name in English, French and Russian, mixed case. */
static size_t add_name_ops(struct op *ops, size_t n, struct baseline *b) {
    static const char *const languages[][2] = {
        {"name-en", "en"}, {"name-fr", "fr"}, {"name-ru", "ru"}};
    for (size_t l = 0; l < 3; l++) {
        struct op *op = &ops[n];
        op->name = languages[l][0];
        op->kind = OP_LOOKUP_TEXT;
        name_keys(op, languages[l][1]);
        if (op->key_count == 0) {
            memset(op, 0, sizeof *op);
            continue;
        }
        n++;
        snprintf(op->label, sizeof op->label, "country by name, %s (%.24s, ...)", languages[l][1],
                 op->keys[0]);
        op->run[IMPL_CAPARTNER] = cap_country_name;
        op->run[IMPL_SQLITE] = sql_lookup_folded;
        op->run[IMPL_LINEAR] = lin_country_name;
        op->stmt = prepare_if(b, "SELECT country FROM country_names WHERE folded = ?1 LIMIT 1");
    }
    return n;
}

/* Body by acronym, mixed case ("pFp"), the walks' programme first. */
static size_t add_acronym_op(struct op *ops, size_t n, const struct options *o,
                             struct baseline *b) {
    struct op *op = &ops[n];
    op->name = "acronym";
    op->kind = OP_LOOKUP_TEXT;
    size_t count = capartner_body_count();
    size_t *with_acronym = xcalloc(count, sizeof *with_acronym), acronyms = 0;
    for (size_t i = 0; i < count; i++) {
        const capartner_body *body;
        capartner_body_at(i, &body);
        if (capartner_body_acronym(body)[0] != '\0')
            with_acronym[acronyms++] = i;
    }
    size_t samples = sample_count(acronyms);
    for (size_t i = 0; i < samples; i++) {
        const capartner_body *body;
        capartner_body_at(with_acronym[sample(acronyms, i, samples)], &body);
        add_key(op, mixed_case(capartner_body_acronym(body)));
    }
    free(with_acronym);
    if (op->key_count == 0) {
        memset(op, 0, sizeof *op);
        return n;
    }
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
    return n + 1;
}

/* The walks' filter values: the options', or the most frequent. */
struct filters {
    const capartner_country *country;
    const capartner_body *body;
    const capartner_area *area; /* NULL when there are no areas */
    capartner_date as_of, from, to;
};

static void resolve_filters(const struct options *o, struct filters *f) {
    if (capartner_country_find(o->country, &f->country) != CAPARTNER_OK) {
        const char *id = most_frequent(0);
        if (id == NULL || capartner_country_find(id, &f->country) != CAPARTNER_OK)
            die("no countries");
    }
    if (capartner_body_find(o->body, &f->body) != CAPARTNER_OK) {
        const char *id = most_frequent(1);
        if (id == NULL || capartner_body_find(id, &f->body) != CAPARTNER_OK)
            die("no bodies");
    }
    f->area = NULL;
    if (o->area == NULL || capartner_area_find(o->area, &f->area) != CAPARTNER_OK) {
        const char *id = most_frequent(2);
        if (id != NULL)
            capartner_area_find(id, &f->area);
    }
    if (capartner_date_parse(o->as_of, &f->as_of) != CAPARTNER_OK ||
        capartner_date_parse(o->range_from, &f->from) != CAPARTNER_OK ||
        capartner_date_parse(o->range_to, &f->to) != CAPARTNER_OK)
        die("bad date in --as-of or --range");
}

/* The participations of the country as of a date. */
static void set_up_as_of(struct op *op, const struct options *o, const struct filters *f,
                         struct baseline *b) {
    op->name = "as-of";
    op->kind = OP_WALK;
    op->filter_id = capartner_country_id(f->country);
    op->day = earliest_of(f->as_of);
    snprintf(op->label, sizeof op->label, "participations: %s as of %s", op->filter_id, o->as_of);
    if (capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &op->query) != CAPARTNER_OK ||
        capartner_query_add_country(op->query, f->country) != CAPARTNER_OK ||
        capartner_query_set_as_of(op->query, f->as_of, CAPARTNER_CERTAINLY) != CAPARTNER_OK)
        die("cannot set up the as-of query");
    op->run[IMPL_CAPARTNER] = cap_walk;
    op->run[IMPL_SQLITE] = sql_walk;
    op->run[IMPL_LINEAR] = lin_as_of;
    op->stmt = prepare_if(b, "SELECT idx FROM participations WHERE country = ?1 AND preferred"
                             " AND first_day <= ?2 AND ?2 <= last_day ORDER BY idx");
    if (op->stmt != NULL) {
        sqlite3_bind_int(op->stmt, 1, index_of(b, "country", op->filter_id));
        sqlite3_bind_int(op->stmt, 2, op->day);
    }
}

enum walk {
    WALK_ALL,
    WALK_ALL_STEP,
    WALK_COUNTRY,
    WALK_BODY,
    WALK_AREA,
    WALK_RANGE,
    WALK_RANGE_POSSIBLY,
    WALK_COUNT
};

struct walk_spec {
    const char *name, *kind; /* kind: the filter's record kind, for index_of */
    run_fn linear;
    const char *sql;
};

static const struct walk_spec walk_specs[WALK_COUNT] = {
    {"timeline", NULL, lin_timeline, "SELECT ord FROM events WHERE preferred ORDER BY ord"},
    {"timeline-step", NULL, lin_timeline, "SELECT ord FROM events WHERE preferred ORDER BY ord"},
    {"country", "country", lin_by_country,
     "SELECT e.ord FROM event_countries c JOIN events e ON e.ord = c.ord"
     " WHERE c.country = ?1 AND e.preferred ORDER BY c.ord"},
    {"body", "body", lin_by_body,
     "SELECT e.ord FROM event_bodies b JOIN events e ON e.ord = b.ord"
     " WHERE b.body = ?1 AND e.preferred ORDER BY b.ord"},
    {"area", "area", lin_by_area,
     "SELECT e.ord FROM event_areas a JOIN events e ON e.ord = a.ord"
     " WHERE a.area = ?1 AND e.preferred ORDER BY a.ord"},
    {"range", NULL, lin_by_range,
     "SELECT ord FROM events WHERE preferred AND earliest >= ?1 AND latest <= ?2"
     " ORDER BY ord"},
    {"range-possibly", NULL, lin_by_range_possibly,
     "SELECT ord FROM events WHERE preferred AND earliest <= ?2 AND latest >= ?1"
     " ORDER BY ord"},
};

/* The date range of a walk: certainly in it (the library's default) or
 * possibly. */
static capartner_status set_up_range(struct op *op, enum walk w, const struct options *o,
                                     const struct filters *f) {
    bool possibly = w == WALK_RANGE_POSSIBLY;
    snprintf(op->label, sizeof op->label, "timeline: %s..%s%s", o->range_from, o->range_to,
             possibly ? ", possibly" : "");
    int32_t unused;
    capartner_date_bounds(f->from, &op->range_from, &unused);
    capartner_date_bounds(f->to, &unused, &op->range_to);
    return capartner_query_set_range(op->query, f->from, f->to,
                                     possibly ? CAPARTNER_POSSIBLY : CAPARTNER_CERTAINLY);
}

/* A walk of the timeline, whole or by one filter. */
static void set_up_walk(struct op *op, enum walk w, const struct options *o,
                        const struct filters *f, struct baseline *b) {
    const struct walk_spec *spec = &walk_specs[w];
    op->name = spec->name;
    op->kind = OP_WALK;
    if (capartner_query_new(CAPARTNER_QUERY_EVENTS, &op->query) != CAPARTNER_OK)
        die("out of memory");
    capartner_status status = CAPARTNER_OK;
    op->run[IMPL_CAPARTNER] = cap_walk;
    if (w == WALK_ALL) {
        snprintf(op->label, sizeof op->label, "timeline: all");
    } else if (w == WALK_ALL_STEP) {
        snprintf(op->label, sizeof op->label, "timeline: all, a call a match");
        op->run[IMPL_CAPARTNER] = cap_walk_events_step;
    } else if (w == WALK_COUNTRY) {
        op->filter_id = capartner_country_id(f->country);
        snprintf(op->label, sizeof op->label, "timeline: country %s", op->filter_id);
        status = capartner_query_add_country(op->query, f->country);
    } else if (w == WALK_BODY) {
        op->filter_id = capartner_body_id(f->body);
        snprintf(op->label, sizeof op->label, "timeline: body %s", op->filter_id);
        status = capartner_query_add_body(op->query, f->body);
    } else if (w == WALK_AREA) {
        op->filter_id = capartner_area_id(f->area);
        snprintf(op->label, sizeof op->label, "timeline: area %.30s", op->filter_id);
        status = capartner_query_add_area(op->query, f->area);
    } else {
        status = set_up_range(op, w, o, f);
    }
    if (status != CAPARTNER_OK)
        die("cannot set up the %s walk", spec->name);
    op->run[IMPL_SQLITE] = sql_walk;
    op->run[IMPL_LINEAR] = spec->linear;
    op->stmt = prepare_if(b, spec->sql);
    if (op->stmt != NULL && spec->kind != NULL)
        sqlite3_bind_int(op->stmt, 1, index_of(b, spec->kind, op->filter_id));
    if (op->stmt != NULL && (w == WALK_RANGE || w == WALK_RANGE_POSSIBLY)) {
        sqlite3_bind_int(op->stmt, 1, op->range_from);
        sqlite3_bind_int(op->stmt, 2, op->range_to);
    }
}

size_t build_ops(struct op *ops, const struct options *o, struct baseline *b) {
    size_t n = add_code_ops(ops, 0, b);
    n = add_name_ops(ops, n, b);
    n = add_acronym_op(ops, n, o, b);
    struct filters f;
    resolve_filters(o, &f);
    set_up_as_of(&ops[n++], o, &f, b);
    for (int w = 0; w < WALK_COUNT; w++)
        if (w != WALK_AREA || f.area != NULL)
            set_up_walk(&ops[n++], (enum walk)w, o, &f, b);
    for (size_t i = 0; i < n; i++)
        ops[i].base = b;
    return n;
}

void free_ops(struct op *ops, size_t count) {
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
}
