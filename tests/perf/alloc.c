/*
 * Zero heap allocations in lookups and iteration steps.
 *
 * The malloc interposer (tests/interposer/) counts every allocation in the
 * process while it watches. Watching, this runs tens of
 * thousands of lookups (every key of every record, in upper, lower and mixed
 * case, plus misses and bad input), every accessor of every record, the date
 * functions, and full walks of filtered queries (capartner_query_next_*,
 * capartner_query_next_indexes and capartner_query_count, after a rewind).
 * Creating a query and adding filters may allocate: those run with counting
 * off. Then a loop of queries of every kind, each filter set on one query
 * emptied by capartner_query_reset, runs twice: the first pass may allocate
 * (the filters' storage), the second, with counting on, must not.
 *
 * Not sanitizer-safe (ASan owns malloc): labelled "perf" only.
 */
#include "interposer.h"

#include <capartner.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile size_t sink;
static size_t calls; /* API calls made while counting */
static int failures;

/* Counts one API call; a function call, so CALL may appear twice in one
 * expression without unsequenced side effects. */
static int note_call(void) {
    calls++;
    return 0;
}
#define CALL(expression) (note_call(), (expression))

/* Each record must be found by its own id (this also checks that the
 * library's and the data compiler's key hashing agree). */
static void expect_found(int found, const char *table, const char *id) {
    if (!found) {
        fprintf(stderr, "FAIL: %s \"%s\" not found by its id\n", table, id);
        failures++;
    }
}

static void fail(const char *what) {
    fprintf(stderr, "FAIL: %s\n", what);
    failures++;
}

/* Upper-cases ASCII letters into out. */
static void ascii_upper(const char *text, char *out, size_t size) {
    size_t i = 0;
    for (; text[i] != '\0' && i + 1 < size; i++)
        out[i] = (char)(text[i] >= 'a' && text[i] <= 'z' ? text[i] - 0x20 : text[i]);
    out[i] = '\0';
}

/* Alternating ASCII case: "KaZaKhStAn". */
static void ascii_mixed(const char *text, char *out, size_t size) {
    size_t i = 0;
    for (; text[i] != '\0' && i + 1 < size; i++) {
        char c = text[i];
        if (i % 2 == 0 && c >= 'a' && c <= 'z')
            c = (char)(c - 0x20);
        else if (i % 2 == 1 && c >= 'A' && c <= 'Z')
            c = (char)(c + 0x20);
        out[i] = c;
    }
    out[i] = '\0';
}

/* Looks a key up in every table, as given and in two other cases. */
static void find_everywhere(const char *key) {
    char variants[3][CAPARTNER_MAX_KEY_BYTES + 1];
    snprintf(variants[0], sizeof variants[0], "%s", key);
    ascii_upper(key, variants[1], sizeof variants[1]);
    ascii_mixed(key, variants[2], sizeof variants[2]);
    for (int v = 0; v < 3; v++) {
        const char *k = variants[v];
        const capartner_country *country;
        const capartner_body *body;
        const capartner_place *place;
        const capartner_area *area;
        const capartner_source *source;
        const capartner_section *section;
        const capartner_event *event;
        const capartner_participation *participation;
        sink += (size_t)CALL(capartner_country_find(k, &country));
        sink += (size_t)CALL(capartner_country_by_alpha2(k, &country));
        sink += (size_t)CALL(capartner_country_by_alpha3(k, &country));
        sink += (size_t)CALL(capartner_body_find(k, &body));
        sink += (size_t)CALL(capartner_place_find(k, &place));
        sink += (size_t)CALL(capartner_area_find(k, &area));
        sink += (size_t)CALL(capartner_source_find(k, &source));
        sink += (size_t)CALL(capartner_section_find(k, &section));
        sink += (size_t)CALL(capartner_event_find(k, &event));
        sink += (size_t)CALL(capartner_participation_find(k, &participation));
    }
}

static void touch_citation(const capartner_citation *citation) {
    sink += (size_t)CALL(capartner_citation_source(citation));
    sink += (size_t)CALL(capartner_citation_section(citation));
    sink += CALL(capartner_citation_paragraph(citation));
}

static void touch_date(capartner_date date) {
    char text[CAPARTNER_DATE_TEXT_BYTES];
    int32_t earliest, latest;
    capartner_date parsed;
    sink += (size_t)CALL(capartner_date_format(date, text, sizeof text));
    sink += (size_t)CALL(capartner_date_bounds(date, &earliest, &latest));
    sink += (size_t)CALL(capartner_date_parse(text, &parsed));
    sink += (size_t)CALL(capartner_date_compare(date, parsed));
}

static void touch_name(const capartner_name *name) {
    sink += strlen(CALL(capartner_name_text(name)));
    sink += strlen(CALL(capartner_name_language(name)));
    sink += (size_t)CALL(capartner_name_kind_of(name));
    sink += (size_t)CALL(capartner_name_is_preferred(name));
    touch_date(CALL(capartner_name_valid_from(name)));
    touch_date(CALL(capartner_name_valid_to(name)));
    sink += (size_t)CALL(capartner_name_valid_on(name, capartner_name_valid_from(name)));
    touch_citation(CALL(capartner_name_citation(name)));
    find_everywhere(capartner_name_text(name));
}

/* Every country: every accessor and every key it can be found by. */
static void every_country(void) {
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *c, *again;
        const capartner_name *name;
        CALL(capartner_country_at(i, &c));
        find_everywhere(CALL(capartner_country_id(c)));
        expect_found(CALL(capartner_country_find(capartner_country_id(c), &again)) ==
                             CAPARTNER_OK &&
                         again == c,
                     "country", capartner_country_id(c));
        find_everywhere(CALL(capartner_country_alpha3(c)));
        sink += (size_t)CALL(capartner_country_by_numeric(capartner_country_numeric(c), &again));
        char numeric[8];
        snprintf(numeric, sizeof numeric, "%03d", capartner_country_numeric(c));
        find_everywhere(numeric);
        sink += strlen(CALL(capartner_country_alpha2(c))) +
                strlen(CALL(capartner_country_name(c))) + strlen(CALL(capartner_country_note(c))) +
                strlen(CALL(capartner_country_cow_abbreviation(c)));
        sink += (size_t)CALL(capartner_country_is_partner(c)) +
                (size_t)CALL(capartner_country_cow_code(c)) +
                (size_t)CALL(capartner_country_capital(c)) + CALL(capartner_country_index(c));
        for (size_t n = 0; n < CALL(capartner_country_name_count(c)); n++) {
            CALL(capartner_country_name_at(c, n, &name));
            touch_name(name);
        }
        sink += (size_t)CALL(capartner_country_name_in(c, "ru", CAPARTNER_NAME_SHORT, &name));
        touch_citation(CALL(capartner_country_citation(c)));
    }
}

/* Every body: every accessor and every key it can be found by. */
static void every_body(void) {
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *b;
        const capartner_name *name;
        const capartner_body *found;
        CALL(capartner_body_at(i, &b));
        find_everywhere(CALL(capartner_body_id(b)));
        expect_found(CALL(capartner_body_find(capartner_body_id(b), &found)) == CAPARTNER_OK &&
                         found == b,
                     "body", capartner_body_id(b));
        find_everywhere(CALL(capartner_body_acronym(b)));
        find_everywhere(CALL(capartner_body_name(b)));
        sink += strlen(CALL(capartner_body_summary(b))) + (size_t)CALL(capartner_body_kind_of(b)) +
                (size_t)CALL(capartner_body_parent(b)) + (size_t)CALL(capartner_body_place(b)) +
                CALL(capartner_body_index(b));
        touch_date(CALL(capartner_body_started(b)));
        touch_date(CALL(capartner_body_ended(b)));
        for (size_t n = 0; n < CALL(capartner_body_name_count(b)); n++) {
            CALL(capartner_body_name_at(b, n, &name));
            touch_name(name);
        }
        touch_citation(CALL(capartner_body_citation(b)));
    }
}

/* Every place: every accessor and every key it can be found by. */
static void every_place(void) {
    for (size_t i = 0; i < capartner_place_count(); i++) {
        const capartner_place *p;
        const capartner_name *name;
        const capartner_place *found;
        CALL(capartner_place_at(i, &p));
        find_everywhere(CALL(capartner_place_id(p)));
        expect_found(CALL(capartner_place_find(capartner_place_id(p), &found)) == CAPARTNER_OK &&
                         found == p,
                     "place", capartner_place_id(p));
        find_everywhere(CALL(capartner_place_name(p)));
        sink += (size_t)CALL(capartner_place_kind_of(p)) +
                (size_t)CALL(capartner_place_country(p)) + CALL(capartner_place_index(p));
        for (size_t n = 0; n < CALL(capartner_place_name_count(p)); n++) {
            CALL(capartner_place_name_at(p, n, &name));
            touch_name(name);
        }
        capartner_date date;
        capartner_date_parse("2000", &date);
        sink += (size_t)CALL(capartner_place_name_on(p, date, &name));
        touch_citation(CALL(capartner_place_citation(p)));
    }
}

/* Every area: every accessor and every key it can be found by. */
static void every_area(void) {
    for (size_t i = 0; i < capartner_area_count(); i++) {
        const capartner_area *a;
        CALL(capartner_area_at(i, &a));
        find_everywhere(CALL(capartner_area_id(a)));
        find_everywhere(CALL(capartner_area_name(a)));
        sink += strlen(CALL(capartner_area_summary(a))) + CALL(capartner_area_index(a));
        touch_citation(CALL(capartner_area_citation(a)));
    }
}

/* Every source: every accessor and every key it can be found by. */
static void every_source(void) {
    for (size_t i = 0; i < capartner_source_count(); i++) {
        const capartner_source *s;
        CALL(capartner_source_at(i, &s));
        find_everywhere(CALL(capartner_source_id(s)));
        sink += strlen(CALL(capartner_source_title(s))) +
                strlen(CALL(capartner_source_publisher(s))) +
                strlen(CALL(capartner_source_url(s))) + strlen(CALL(capartner_source_note(s))) +
                (size_t)CALL(capartner_source_kind_of(s)) + CALL(capartner_source_index(s));
        touch_date(CALL(capartner_source_published(s)));
        touch_date(CALL(capartner_source_content_date(s)));
    }
}

/* Every section: every accessor and every key it can be found by. */
static void every_section(void) {
    for (size_t i = 0; i < capartner_section_count(); i++) {
        const capartner_section *s;
        CALL(capartner_section_at(i, &s));
        find_everywhere(CALL(capartner_section_id(s)));
        sink += strlen(CALL(capartner_section_title(s))) + CALL(capartner_section_ordinal(s)) +
                (size_t)CALL(capartner_section_source(s));
    }
}

/* Every participation: every accessor and every key it can be found by. */
static void every_participation(void) {
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *p;
        const capartner_participation *found;
        CALL(capartner_participation_at(i, &p));
        find_everywhere(CALL(capartner_participation_id(p)));
        expect_found(CALL(capartner_participation_find(capartner_participation_id(p), &found)) ==
                             CAPARTNER_OK &&
                         found == p,
                     "participation", capartner_participation_id(p));
        sink += (size_t)CALL(capartner_participation_country(p)) +
                (size_t)CALL(capartner_participation_body(p)) +
                (size_t)CALL(capartner_participation_role(p)) +
                strlen(CALL(capartner_participation_summary(p))) +
                (size_t)CALL(capartner_participation_is_preferred(p)) +
                (size_t)CALL(capartner_participation_alternative_of(p)) +
                CALL(capartner_participation_index(p));
        touch_date(CALL(capartner_participation_started(p)));
        touch_date(CALL(capartner_participation_ended(p)));
        touch_date(CALL(capartner_participation_reported(p)));
        sink +=
            (size_t)CALL(capartner_participation_held_on(p, capartner_participation_reported(p)));
        touch_citation(CALL(capartner_participation_citation(p)));
    }
}

/* Every event: every accessor and every key it can be found by. */
static void every_event(void) {
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *e;
        const capartner_event *found;
        CALL(capartner_event_at(i, &e));
        find_everywhere(CALL(capartner_event_id(e)));
        expect_found(CALL(capartner_event_find(capartner_event_id(e), &found)) == CAPARTNER_OK &&
                         found == e,
                     "event", capartner_event_id(e));
        sink += strlen(CALL(capartner_event_date_text(e))) +
                strlen(CALL(capartner_event_summary(e))) +
                (size_t)CALL(capartner_event_kind_of(e)) + (size_t)CALL(capartner_event_place(e)) +
                (size_t)CALL(capartner_event_is_preferred(e)) +
                (size_t)CALL(capartner_event_alternative_of(e)) + CALL(capartner_event_index(e));
        touch_date(CALL(capartner_event_date(e)));
        for (size_t k = 0; k < CALL(capartner_event_country_count(e)); k++) {
            const capartner_country *c;
            sink += (size_t)CALL(capartner_event_country_at(e, k, &c));
        }
        for (size_t k = 0; k < CALL(capartner_event_body_count(e)); k++) {
            const capartner_body *b;
            sink += (size_t)CALL(capartner_event_body_at(e, k, &b));
        }
        for (size_t k = 0; k < CALL(capartner_event_area_count(e)); k++) {
            const capartner_area *a;
            sink += (size_t)CALL(capartner_event_area_at(e, k, &a));
        }
        touch_citation(CALL(capartner_event_citation(e)));
    }
}

/* Misses and bad input take the same paths. */
static void misses_and_bad_input(void) {
    static const char *const bad[] = {"",    "no-such-record", "\xff\xfe", "Z", "ZZZZ",
                                      "999", "КАЗАХСТАН-НЕТ",  "ÀÉÎÕÜ"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        find_everywhere(bad[i]);
    char long_key[600];
    memset(long_key, 'a', sizeof long_key - 1);
    long_key[sizeof long_key - 1] = '\0';
    find_everywhere(long_key);
    const capartner_country *c;
    sink += (size_t)CALL(capartner_country_find(NULL, &c));
    sink += (size_t)CALL(capartner_country_by_numeric(0, &c));
    sink += (size_t)CALL(capartner_country_by_numeric(1000, &c));
    sink += strlen(CALL(capartner_strerror(CAPARTNER_ERR_NOT_FOUND)));
    sink += strlen(CALL(capartner_version())) + strlen(CALL(capartner_data_as_of())) +
            strlen(CALL(capartner_data_digest()));
}

/* Every record, every accessor, and every key it can be found by. */
static void lookups_and_accessors(void) {
    every_country();
    every_body();
    every_place();
    every_area();
    every_source();
    every_section();
    every_participation();
    every_event();
    misses_and_bad_input();
}

/* ------------------------------------------------------------- queries */

enum { MAX_QUERIES = 4096 };
static capartner_query *queries[MAX_QUERIES];
static size_t query_count;

static capartner_query *new_query(capartner_query_kind kind) {
    capartner_query *q;
    if (query_count == MAX_QUERIES || capartner_query_new(kind, &q) != CAPARTNER_OK) {
        fail("capartner_query_new");
        exit(1);
    }
    queries[query_count++] = q;
    return q;
}

/* Queries of every filter dimension, built with counting off. */
static void build_queries(void) {
    capartner_date from, to, as_of;
    capartner_date_parse("2005", &from);
    capartner_date_parse("2015-06", &to);
    capartner_date_parse("2012-01-01", &as_of);
    for (int order = 0; order < 2; order++) {
        for (int alternatives = 0; alternatives < 2; alternatives++) {
            capartner_query *q = new_query(CAPARTNER_QUERY_EVENTS);
            capartner_query_set_order(q, (capartner_order)order);
            capartner_query_include_alternatives(q, alternatives);
            q = new_query(CAPARTNER_QUERY_EVENTS);
            capartner_query_set_order(q, (capartner_order)order);
            capartner_query_set_range(q, from, to, (capartner_certainty)alternatives);
            q = new_query(CAPARTNER_QUERY_PARTICIPATIONS);
            capartner_query_set_order(q, (capartner_order)order);
            capartner_query_include_alternatives(q, alternatives);
            q = new_query(CAPARTNER_QUERY_PARTICIPATIONS);
            capartner_query_set_as_of(q, as_of, CAPARTNER_CERTAINLY);
        }
        for (size_t i = 0; i < capartner_country_count() && query_count + 8 < MAX_QUERIES; i++) {
            const capartner_country *c;
            capartner_country_at(i, &c);
            capartner_query *q = new_query(CAPARTNER_QUERY_EVENTS);
            capartner_query_set_order(q, (capartner_order)order);
            capartner_query_add_country(q, c);
            q = new_query(CAPARTNER_QUERY_EVENTS);
            capartner_query_add_country(q, c);
            capartner_query_set_range(q, from, to, CAPARTNER_POSSIBLY);
            q = new_query(CAPARTNER_QUERY_PARTICIPATIONS);
            capartner_query_set_order(q, (capartner_order)order);
            capartner_query_add_country(q, c);
            capartner_query_set_as_of(q, as_of, CAPARTNER_CERTAINLY);
        }
        for (size_t i = 0; i < capartner_body_count() && query_count + 8 < MAX_QUERIES; i++) {
            const capartner_body *b;
            capartner_body_at(i, &b);
            capartner_query *q = new_query(CAPARTNER_QUERY_EVENTS);
            capartner_query_set_order(q, (capartner_order)order);
            capartner_query_add_body(q, b);
            q = new_query(CAPARTNER_QUERY_PARTICIPATIONS);
            capartner_query_add_body(q, b);
            capartner_query_add_role(q, CAPARTNER_ROLE_PARTICIPANT);
            capartner_query_add_role(q, CAPARTNER_ROLE_MEMBER);
        }
        for (size_t i = 0; i < capartner_area_count() && query_count + 8 < MAX_QUERIES; i++) {
            const capartner_area *a;
            capartner_area_at(i, &a);
            capartner_query *q = new_query(CAPARTNER_QUERY_EVENTS);
            capartner_query_set_order(q, (capartner_order)order);
            capartner_query_add_area(q, a);
        }
        for (int kind = 0; kind < CAPARTNER_EVENT_KIND_COUNT; kind++) {
            capartner_query *q = new_query(CAPARTNER_QUERY_EVENTS);
            capartner_query_set_order(q, (capartner_order)order);
            capartner_query_add_kind(q, (capartner_event_kind)kind);
        }
        /* several values in several dimensions: merges of many lists */
        capartner_query *q = new_query(CAPARTNER_QUERY_EVENTS);
        capartner_query_set_order(q, (capartner_order)order);
        for (size_t i = 0; i < capartner_country_count(); i++) {
            const capartner_country *c;
            capartner_country_at(i, &c);
            capartner_query_add_country(q, c);
        }
        q = new_query(CAPARTNER_QUERY_EVENTS);
        capartner_query_set_order(q, (capartner_order)order);
        for (size_t i = 0; i < capartner_body_count(); i += 2) {
            const capartner_body *b;
            capartner_body_at(i, &b);
            capartner_query_add_body(q, b);
        }
        for (size_t i = 0; i < capartner_area_count(); i += 2) {
            const capartner_area *a;
            capartner_area_at(i, &a);
            capartner_query_add_area(q, a);
        }
    }
}

/* Walks a query to the end: one match a call, then in batches. */
static void walk_query(capartner_query *q) {
    sink += (size_t)CALL(capartner_query_rewind(q));
    for (const capartner_event *e; (e = CALL(capartner_query_next_event(q))) != NULL;)
        sink += (size_t)e;
    for (const capartner_participation *p;
         (p = CALL(capartner_query_next_participation(q))) != NULL;)
        sink += (size_t)p;
    sink += (size_t)CALL(capartner_query_rewind(q));
    size_t batch[16], filled;
    while (CALL(capartner_query_next_indexes(q, batch, 16, &filled)) == CAPARTNER_OK && filled > 0)
        sink += batch[filled - 1] + (size_t)CALL(capartner_query_is_certain(q));
    size_t count;
    sink += (size_t)CALL(capartner_query_count(q, &count)) + count;
}

static void walk_queries(void) {
    for (size_t i = 0; i < query_count; i++)
        for (int pass = 0; pass < 2; pass++)
            walk_query(queries[i]);
}

/* Queries of every kind and filter, one after the other on the same query
 * object, each walked to the end: what a server answering requests does. */
static size_t reused_queries(capartner_query *q) {
    size_t made = 0;
    capartner_date as_of;
    capartner_date_parse("2012-01-01", &as_of);
    for (size_t i = 0; i < capartner_country_count(); i++, made += 4) {
        const capartner_country *c;
        capartner_country_at(i, &c);
        CALL(capartner_query_reset(q, CAPARTNER_QUERY_EVENTS));
        CALL(capartner_query_add_country(q, c));
        CALL(capartner_query_set_range_text(q, "2005", "2015-06", CAPARTNER_POSSIBLY));
        CALL(capartner_query_set_order(q, CAPARTNER_ORDER_NEWEST_FIRST));
        walk_query(q);
        CALL(capartner_query_reset(q, CAPARTNER_QUERY_PARTICIPATIONS));
        CALL(capartner_query_add_country(q, c));
        CALL(capartner_query_set_as_of(q, as_of, CAPARTNER_CERTAINLY));
        CALL(capartner_query_add_role(q, CAPARTNER_ROLE_PARTICIPANT));
        walk_query(q);
        /* several values in several dimensions */
        CALL(capartner_query_reset(q, CAPARTNER_QUERY_EVENTS));
        for (size_t k = 0; k <= i % 5; k++) {
            const capartner_country *other;
            capartner_country_at((i + k) % capartner_country_count(), &other);
            CALL(capartner_query_add_country(q, other));
        }
        CALL(capartner_query_add_kind(q, (capartner_event_kind)(i % CAPARTNER_EVENT_KIND_COUNT)));
        CALL(capartner_query_include_alternatives(q, (int)(i % 2)));
        walk_query(q);
        CALL(capartner_query_reset(q, CAPARTNER_QUERY_PARTICIPATIONS));
        CALL(capartner_query_set_as_of_text(q, "2016-02", CAPARTNER_POSSIBLY));
        walk_query(q);
    }
    for (size_t i = 0; i < capartner_body_count(); i++, made += 2) {
        const capartner_body *b;
        capartner_body_at(i, &b);
        CALL(capartner_query_reset(q, CAPARTNER_QUERY_EVENTS));
        CALL(capartner_query_add_body(q, b));
        walk_query(q);
        CALL(capartner_query_reset(q, CAPARTNER_QUERY_PARTICIPATIONS));
        CALL(capartner_query_add_body(q, b));
        CALL(capartner_query_add_role(q, CAPARTNER_ROLE_MEMBER));
        walk_query(q);
    }
    for (size_t i = 0; i < capartner_area_count(); i++, made++) {
        const capartner_area *a;
        capartner_area_at(i, &a);
        CALL(capartner_query_reset(q, CAPARTNER_QUERY_EVENTS));
        CALL(capartner_query_add_area(q, a));
        walk_query(q);
    }
    return made;
}

int main(void) {
    /* the counter must see an allocation, or the test proves nothing */
    if (!interposer_works()) {
        fprintf(stderr, "FAIL: the malloc interposer is not in effect\n");
        return 1;
    }

    interposer_start(0);
    for (int round = 0; round < 3; round++)
        lookups_and_accessors();
    interposer_stop();
    size_t lookup_calls = calls, lookup_allocations = interposer_calls();
    if (lookup_allocations != 0)
        fail("lookups and accessors allocated");

    build_queries(); /* may allocate */
    calls = 0;
    interposer_start(0);
    walk_queries();
    interposer_stop();
    size_t walk_calls = calls, walk_allocations = interposer_calls();
    if (walk_allocations != 0)
        fail("query walks (next, count, rewind) allocated");

    for (size_t i = 0; i < query_count; i++)
        capartner_query_free(queries[i]);

    capartner_query *reused;
    if (capartner_query_new(CAPARTNER_QUERY_EVENTS, &reused) != CAPARTNER_OK) {
        fail("capartner_query_new");
        return 1;
    }
    reused_queries(reused); /* the first pass may allocate the filters' storage */
    calls = 0;
    interposer_start(0);
    size_t reused_count = reused_queries(reused);
    interposer_stop();
    size_t reuse_calls = calls, reuse_allocations = interposer_calls();
    if (reuse_allocations != 0)
        fail("a loop of queries on one reset query allocated");
    capartner_query_free(reused);

    printf("lookups and accessors: %zu calls, %zu heap allocations\n", lookup_calls,
           lookup_allocations);
    printf("query walks: %zu queries, %zu calls, %zu heap allocations\n", query_count, walk_calls,
           walk_allocations);
    printf("reused query: %zu queries, %zu calls, %zu heap allocations\n", reused_count,
           reuse_calls, reuse_allocations);
    if (lookup_calls < 1000 || walk_calls < 1000 || reuse_calls < 1000)
        fail("too few calls to prove anything");
    return failures == 0 ? 0 : 1;
}
