/* The manual's THREAD SAFETY promise: every call may run in many threads at
 * once with no initialisation. Several threads look up every key and walk
 * filtered timelines (each with its own query) at the same time, and each
 * result must equal the one computed alone beforehand. Under the sanitizer
 * build this also runs with ASan and UBSan watching. */
#include "support.h"

#include <pthread.h>
#include <string.h>

enum { THREADS = 4, ROUNDS = 50 };

/* What one thread computes: a checksum of every lookup's record and of the
 * event order of one walk per country. */
static uint64_t work(void) {
    uint64_t sum = 0;
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *country, *found;
        if (capartner_country_at(i, &country) != CAPARTNER_OK)
            return 0;
        for (size_t n = 0; n < capartner_country_name_count(country); n++) {
            const capartner_name *name;
            if (capartner_country_name_at(country, n, &name) != CAPARTNER_OK ||
                capartner_country_find(capartner_name_text(name), &found) != CAPARTNER_OK)
                return 0;
            sum = sum * 31 + capartner_country_index(found);
        }
        capartner_query *query;
        if (capartner_query_new(CAPARTNER_QUERY_EVENTS, &query) != CAPARTNER_OK)
            return 0;
        capartner_query_add_country(query, country);
        capartner_query_set_range_text(query, "1994", "2014", CAPARTNER_RANGE_OVERLAPS);
        for (const capartner_event *e; (e = capartner_query_next_event(query)) != NULL;)
            sum = sum * 31 + capartner_event_index(e) + 1;
        capartner_query_free(query);
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
