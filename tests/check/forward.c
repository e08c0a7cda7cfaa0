/* The relations brought forward by NATO's later pages (issue 11): each
 * partner's relations held certainly on the content date of the newest page
 * that reports them, unknown from the day after, and the primary page's
 * early-2014 answers unchanged by the later reports. */
#include "support.h"

static capartner_holding status_of(const char *id, const char *date) {
    return capartner_participation_status_on(cp_participation(id), cp_date(date));
}

/* The relation is held on the newest report's date and unknown the day
 * after: a later page extends what the sources say, and nothing past it is
 * inferred. */
static void assert_held_until(const char *id, const char *newest, const char *day_after) {
    ck_assert_msg(status_of(id, newest) == CAPARTNER_HOLDING_HELD, "%s not held on %s", id, newest);
    ck_assert_msg(status_of(id, day_after) == CAPARTNER_HOLDING_UNKNOWN, "%s not unknown on %s", id,
                  day_after);
}

/* PfP: each partner's newest NATO page still reports it; the relation keeps
 * the signature date as its start. */
START_TEST(test_pfp_held_on_the_newest_pages) {
    /* Kazakhstan: pages of 12 Dec 2017 and 23 May 2022 */
    ck_assert_int_eq(status_of("kz-pfp-participant", "2017-12-12"), CAPARTNER_HOLDING_HELD);
    assert_held_until("kz-pfp-participant", "2022-05-23", "2022-05-24");
    /* Kyrgyzstan and Uzbekistan: their 2017 pages */
    assert_held_until("kg-pfp-participant", "2017-12-12", "2017-12-13");
    assert_held_until("uz-pfp-participant", "2017-12-13", "2017-12-14");
    /* Tajikistan: the page of 21 March 2019 */
    assert_held_until("tj-pfp-participant", "2019-03-21", "2019-03-22");
    /* Turkmenistan: no page after the primary's early 2014 dates its content
     * (the 2016 copy is "before May 2012") */
    ck_assert_int_eq(status_of("tm-pfp-participant", "early 2014"), CAPARTNER_HOLDING_HELD);
    ck_assert_int_eq(status_of("tm-pfp-participant", "2016"), CAPARTNER_HOLDING_UNKNOWN);
    /* held from the signature, all the way */
    ck_assert_int_eq(status_of("kz-pfp-participant", "1994-05-27"), CAPARTNER_HOLDING_HELD);
    ck_assert_int_eq(status_of("kz-pfp-participant", "1994-05-26"), CAPARTNER_HOLDING_NOT_HELD);
    ck_assert_int_eq(status_of("uz-pfp-participant", "2010-06"), CAPARTNER_HOLDING_HELD);
}
END_TEST

/* Kazakhstan's relations on its 23 May 2022 page: EAPC, PARP, IPAP, PTEC
 * (KAZCENT) and Steppe Eagle's hosting. */
START_TEST(test_kazakhstan_2022) {
    static const char *const ids[] = {"kz-eapc-member", "kz-parp-participant",
                                      "kz-ipap-participant", "kz-ptec-member",
                                      "kz-steppe-eagle-host"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        assert_held_until(ids[i], "2022-05-23", "2022-05-24");
    /* its delegation to NATO: credentials presented in September 2021 and
     * August 2025 */
    ck_assert_int_eq(status_of("kz-nato-hq-diplomatic", "2021-09"), CAPARTNER_HOLDING_HELD);
    assert_held_until("kz-nato-hq-diplomatic", "2025-08-21", "2025-08-22");
    /* DEEP: among the programme countries of the 2020 clearing house */
    assert_held_until("kz-deep-participant", "2020-09-25", "2020-09-26");
    /* PAP-T: last reported on the 2017 page */
    assert_held_until("kz-papt-participant", "2017-12-12", "2017-12-13");
}
END_TEST

/* The primary page's early-2014 answers stay held where a later report of
 * the same relation is newer: evidence spans from the oldest report to the
 * newest. */
START_TEST(test_early_2014_answers_kept) {
    static const char *const ids[] = {"kz-deep-participant",   "kz-nato-hq-diplomatic",
                                      "kz-papt-participant",   "kz-ptec-member",
                                      "tj-sps-participant",    "tm-nato-hq-diplomatic",
                                      "uz-nato-hq-diplomatic", "uz-sps-participant"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        ck_assert_msg(status_of(ids[i], "early 2014") == CAPARTNER_HOLDING_HELD,
                      "%s not held in early 2014", ids[i]);
        ck_assert_msg(status_of(ids[i], "2014-03-01") == CAPARTNER_HOLDING_HELD,
                      "%s not held on 2014-03-01", ids[i]);
    }
    /* and held on to the later report */
    assert_held_until("tm-nato-hq-diplomatic", "2023-09-09", "2023-09-10");
    assert_held_until("uz-nato-hq-diplomatic", "2020-01-09", "2020-01-10");
    assert_held_until("tj-sps-participant", "2015-12-09", "2015-12-10");
    assert_held_until("uz-sps-participant", "2014-05-16", "2014-05-17");
    /* an older report extends the span back: Turkmenistan's SPS projects in
     * April 2006, Kazakhstan's SPS information day of June 2009 */
    ck_assert_int_eq(status_of("tm-sps-participant", "2006-04"), CAPARTNER_HOLDING_HELD);
    ck_assert_int_eq(status_of("tm-sps-participant", "2010"), CAPARTNER_HOLDING_HELD);
    ck_assert_int_eq(status_of("tm-sps-participant", "2005"), CAPARTNER_HOLDING_UNKNOWN);
    ck_assert_int_eq(status_of("kz-sps-participant", "2009-06-24"), CAPARTNER_HOLDING_HELD);
}
END_TEST

/* A later page that repeats an earlier status in the present tense does not
 * undo a reported pause: Kyrgyzstan's and Uzbekistan's PARP participation
 * ended before 2013, whatever the 2016 and 2017 pages say. */
START_TEST(test_parp_pause_not_undone) {
    ck_assert_int_eq(status_of("kg-parp-participant", "2017-12-12"), CAPARTNER_HOLDING_NOT_HELD);
    ck_assert_int_eq(status_of("uz-parp-participant", "2017-12-13"), CAPARTNER_HOLDING_NOT_HELD);
    ck_assert_ptr_eq(
        capartner_participation_alternative_of(cp_participation("kg-parp-participant-2017")),
        cp_participation("kg-parp-participant"));
}
END_TEST

/* Relations the primary page does not have, from the later pages. */
START_TEST(test_new_relations) {
    /* Tajikistan's IPCP, signed in 2012, on its 2017 and 2019 pages */
    assert_held_until("tj-ipcp-participant-2013", "2019-03-21", "2019-03-22");
    ck_assert_int_eq(status_of("tj-ipcp-participant-2013", "2017-12-12"), CAPARTNER_HOLDING_HELD);
    ck_assert_int_eq(status_of("tj-ipcp-participant-2013", "2011"), CAPARTNER_HOLDING_NOT_HELD);
    /* Kyrgyzstan's DEEP programme: active at the end of 2017, in 2020 */
    ck_assert_int_eq(status_of("kg-deep-participant-2017", "2017-12-12"), CAPARTNER_HOLDING_HELD);
    assert_held_until("kg-deep-participant-2017", "2020-09-25", "2020-09-26");
    /* the Kyrgyz depository library, since 2009, reported in November 2014 */
    ck_assert_int_eq(status_of("kg-depository-library-host", "2010"), CAPARTNER_HOLDING_HELD);
    assert_held_until("kg-depository-library-host", "2014-11-25", "2014-11-26");
    /* Uzbekistan's IPCP on its 2016 and 2017 pages */
    ck_assert_int_eq(status_of("uz-ipcp-participant-2017", "2016-03-03"), CAPARTNER_HOLDING_HELD);
    assert_held_until("uz-ipcp-participant-2017", "2017-12-13", "2017-12-14");
    /* "has participated in PARP" on Tajikistan's 2019 page names no period:
     * no answer on that page's date */
    ck_assert_int_eq(status_of("tj-parp-participant-2019", "2019-03-21"),
                     CAPARTNER_HOLDING_UNKNOWN);
}
END_TEST

/* The as-of query: on 2022-05-23 Kazakhstan's relations certainly held
 * include the seven its newest page (or a later report) states: PfP, EAPC,
 * PARP, IPAP, PTEC, Steppe Eagle's hosting and its delegation at NATO
 * Headquarters; every one listed is held that day. */
START_TEST(test_kazakhstan_as_of_2022) {
    static const char *const bodies[] = {"PfP",  "EAPC",         "PARP",   "IPAP",
                                         "PTEC", "steppe-eagle", "nato-hq"};
    enum { BODY_COUNT = sizeof bodies / sizeof bodies[0] };
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country("KZ")), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_as_of_text(query, "2022-05-23", CAPARTNER_CERTAINLY),
                     CAPARTNER_OK);
    bool seen[BODY_COUNT] = {false};
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        ck_assert_int_eq(capartner_participation_status_on(p, cp_date("2022-05-23")),
                         CAPARTNER_HOLDING_HELD);
        for (size_t i = 0; i < BODY_COUNT; i++)
            seen[i] |= capartner_participation_body(p) == cp_body(bodies[i]);
    }
    capartner_query_free(query);
    for (size_t i = 0; i < BODY_COUNT; i++)
        ck_assert_msg(seen[i], "KZ in %s not held on 2022-05-23", bodies[i]);
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("forward");
    TCase *facts = cp_tcase("facts");
    tcase_add_test(facts, test_pfp_held_on_the_newest_pages);
    tcase_add_test(facts, test_kazakhstan_2022);
    tcase_add_test(facts, test_early_2014_answers_kept);
    tcase_add_test(facts, test_parp_pause_not_undone);
    tcase_add_test(facts, test_new_relations);
    tcase_add_test(facts, test_kazakhstan_as_of_2022);
    suite_add_tcase(suite, facts);
    return suite;
}
