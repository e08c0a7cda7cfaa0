/* The manual's THREAD SAFETY promise: every call may run in many threads at
 * once with no initialisation. Eight threads look up every name of every
 * record, parse and format dates, read citations, and make and walk every kind
 * of query (events by country, range, order and kind; participations by
 * country, as-of date and body) at the same time; each result must equal the
 * one computed alone beforehand. Under the sanitizer build this also runs with
 * ASan and UBSan watching, and in the CAPARTNER_TSAN build with ThreadSanitizer
 * (tools/check), where tests/tsan/planted_race.c proves TSan is active. */
#include "support.h"

#include <pthread.h>
#include <string.h>

/* Eight threads, as many as the issue of ThreadSanitizer asks for; in the
 * CAPARTNER_TSAN build this suite is the data-race check. */
enum { THREADS = 8, ROUNDS = 10 };

static uint64_t mix(uint64_t sum, uint64_t value) {
    return sum * 31 + value + 1;
}

/* Every name of every record found again by its text. */
static uint64_t lookups(void) {
    uint64_t sum = 0;
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *country, *found;
        const capartner_name *name;
        if (capartner_country_at(i, &country) != CAPARTNER_OK)
            return 0;
        for (size_t n = 0; n < capartner_country_name_count(country); n++) {
            if (capartner_country_name_at(country, n, &name) != CAPARTNER_OK ||
                capartner_country_find(capartner_name_text(name), &found) != CAPARTNER_OK)
                return 0;
            sum = mix(sum, capartner_country_index(found));
        }
        if (capartner_country_by_alpha3(capartner_country_alpha3(country), &found) == CAPARTNER_OK)
            sum = mix(sum, capartner_country_index(found));
        if (capartner_country_name_in(country, "ru", CAPARTNER_NAME_SHORT, &name) == CAPARTNER_OK)
            sum = mix(sum, (unsigned char)capartner_name_text(name)[0]);
    }
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *body, *found;
        const capartner_name *name;
        if (capartner_body_at(i, &body) != CAPARTNER_OK)
            return 0;
        for (size_t n = 0; n < capartner_body_name_count(body); n++)
            if (capartner_body_name_at(body, n, &name) == CAPARTNER_OK &&
                capartner_body_find(capartner_name_text(name), &found) == CAPARTNER_OK)
                sum = mix(sum, capartner_body_index(found));
    }
    capartner_date year_2000;
    if (capartner_date_parse("2000", &year_2000) != CAPARTNER_OK)
        return 0;
    for (size_t i = 0; i < capartner_place_count(); i++) {
        const capartner_place *place, *found;
        const capartner_name *name;
        if (capartner_place_at(i, &place) != CAPARTNER_OK ||
            capartner_place_find(capartner_place_id(place), &found) != CAPARTNER_OK)
            return 0;
        if (capartner_place_name_on(place, year_2000, &name) == CAPARTNER_OK)
            sum = mix(sum, (unsigned char)capartner_name_text(name)[0]);
    }
    for (size_t i = 0; i < capartner_area_count(); i++) {
        const capartner_area *area, *found;
        if (capartner_area_at(i, &area) != CAPARTNER_OK ||
            capartner_area_find(capartner_area_name(area), &found) != CAPARTNER_OK)
            return 0;
        sum = mix(sum, capartner_area_index(found));
    }
    return sum;
}

/* Each event's date text parsed, formatted and compared; its citation read. */
static uint64_t dates_and_citations(void) {
    uint64_t sum = 0;
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *event;
        capartner_date date;
        char text[CAPARTNER_DATE_TEXT_BYTES];
        if (capartner_event_at(i, &event) != CAPARTNER_OK ||
            capartner_date_parse(capartner_event_date_text(event), &date) != CAPARTNER_OK ||
            capartner_date_format(date, text, sizeof text) != CAPARTNER_OK)
            return 0;
        sum = mix(sum, (uint64_t)(capartner_date_compare(date, capartner_event_date(event)) + 1));
        const capartner_citation *citation = capartner_event_citation(event);
        sum = mix(sum, capartner_source_index(capartner_citation_source(citation)));
    }
    return sum;
}

/* Sums a walk's matches; a query made, filtered, walked, rewound and freed. */
static uint64_t walk(capartner_query *query) {
    uint64_t sum = 0;
    size_t count = 0;
    if (capartner_query_count(query, &count) != CAPARTNER_OK)
        return 0;
    for (const capartner_event *e; (e = capartner_query_next_event(query)) != NULL;)
        sum = mix(sum, capartner_event_index(e));
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));)
        sum = mix(sum, capartner_participation_index(p));
    capartner_query_rewind(query);
    return mix(sum, count);
}

static uint64_t queries(void) {
    uint64_t sum = 0;
    capartner_query *query;
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *country;
        if (capartner_country_at(i, &country) != CAPARTNER_OK)
            return 0;
        if (capartner_query_new(CAPARTNER_QUERY_EVENTS, &query) != CAPARTNER_OK)
            return 0;
        capartner_query_add_country(query, country);
        capartner_query_set_range_text(query, "1994", "2014", CAPARTNER_POSSIBLY);
        capartner_query_set_order(query, (capartner_order)(i % 2));
        sum = mix(sum, walk(query));
        capartner_query_free(query);
        if (capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query) != CAPARTNER_OK)
            return 0;
        capartner_query_add_country(query, country);
        capartner_query_set_as_of_text(query, "2010", CAPARTNER_POSSIBLY);
        sum = mix(sum, walk(query));
        capartner_query_free(query);
    }
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *body;
        if (capartner_body_at(i, &body) != CAPARTNER_OK ||
            capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query) != CAPARTNER_OK)
            return 0;
        capartner_query_add_body(query, body);
        capartner_query_include_alternatives(query, 1);
        sum = mix(sum, walk(query));
        capartner_query_free(query);
    }
    for (int kind = 0; kind < CAPARTNER_EVENT_KIND_COUNT; kind++) {
        if (capartner_query_new(CAPARTNER_QUERY_EVENTS, &query) != CAPARTNER_OK)
            return 0;
        capartner_query_add_kind(query, (capartner_event_kind)kind);
        sum = mix(sum, walk(query));
        capartner_query_free(query);
    }
    return sum;
}

/* What one thread computes: a checksum of every kind of lookup and query. */
static uint64_t work(void) {
    uint64_t parts[] = {lookups(), dates_and_citations(), queries()};
    uint64_t sum = 0;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        if (parts[i] == 0)
            return 0;
        sum = mix(sum, parts[i]);
    }
    return sum;
}

static void *run(void *result) {
    uint64_t sum = 0;
    for (int round = 0; round < ROUNDS; round++)
        sum ^= work() + (uint64_t)round;
    *(uint64_t *)result = sum;
    return NULL;
}

START_TEST(test_concurrent_lookups_and_walks_agree) {
    uint64_t expected = 0;
    run(&expected);
    ck_assert_uint_ne(work(), 0); /* the work found something to check */
    pthread_t threads[THREADS];
    uint64_t results[THREADS];
    memset(results, 0, sizeof results);
    for (int t = 0; t < THREADS; t++)
        ck_assert_int_eq(pthread_create(&threads[t], NULL, run, &results[t]), 0);
    for (int t = 0; t < THREADS; t++) {
        ck_assert_int_eq(pthread_join(threads[t], NULL), 0);
        ck_assert_uint_eq(results[t], expected);
    }
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("threads");
    TCase *tcase = cp_tcase("concurrency");
    tcase_add_test(tcase, test_concurrent_lookups_and_walks_agree);
    suite_add_tcase(suite, tcase);
    return suite;
}
