/* The faults a data audit found, each asserted fixed: kinds, dates, links and
 * citations of concrete records (CHANGELOG.md, Data, lists them by id). */
#include "support.h"

#include <string.h>

static const char *date_text(capartner_date date) {
    static char buffer[CAPARTNER_DATE_TEXT_BYTES];
    return cp_date_text(date, buffer);
}

static const char *cited_source(const capartner_citation *citation) {
    return capartner_source_id(capartner_citation_source(citation));
}

START_TEST(test_event_kinds) {
    /* Tajikistan destroyed its own mines: no one assisted it */
    ck_assert_int_eq(capartner_event_kind_of(cp_event("2004-tj-destroys-mine-stockpile")),
                     CAPARTNER_EVENT_MILESTONE);
}
END_TEST

START_TEST(test_events_claim_no_more_than_their_paragraph) {
    /* the NACC was founded in December 1991; the five joined in 1992 */
    const capartner_event *founded = cp_event("1991-12-nacc-established");
    ck_assert_uint_eq(capartner_event_country_count(founded), 0);
    /* the Partnership Action Plan against Terrorism's launch names no partner */
    ck_assert_uint_eq(capartner_event_country_count(cp_event("after-2001-09-11-papt-launched")), 0);
    /* the partnership policy of April 2011 is not part of the Lisbon event of 2010 */
    ck_assert(!cp_event_has_body(cp_event("2010-11-lisbon-partnership-reform-launched"),
                                 cp_body("partnership-policy-2011")));
    /* "since 2006": the exercise may be older than Kazakhstan's hosting of it */
    ck_assert_int_eq(capartner_body_started(cp_body("Steppe Eagle")).precision,
                     CAPARTNER_PRECISION_UNKNOWN);
    ck_assert_int_eq(capartner_participation_started(cp_participation("kz-steppe-eagle-host")).year,
                     2006);
}
END_TEST

START_TEST(test_bodies_end_where_their_events_say) {
    ck_assert_str_eq(date_text(capartner_body_ended(cp_body("ISAF"))), "2014-12-28");
    ck_assert_str_eq(date_text(capartner_event_date(cp_event("2014-12-28-isaf-ends"))),
                     "2014-12-28");
    const capartner_body *resolute = cp_body("Resolute Support");
    ck_assert_str_eq(date_text(capartner_body_started(resolute)), "2015-01-01");
    ck_assert_str_eq(date_text(capartner_body_ended(resolute)), "2021-08-30");
    ck_assert_ptr_eq(capartner_body_parent(resolute), cp_body("nato"));
    ck_assert_str_eq(cited_source(capartner_body_citation(resolute)), "nato-news-115564");
    ck_assert_str_eq(date_text(capartner_body_ended(cp_body("nlo"))), "2017-04-01");
    /* the NACC and its successor both belong to NATO */
    ck_assert_ptr_eq(capartner_body_parent(cp_body("NACC")), cp_body("nato"));
    ck_assert_ptr_eq(capartner_body_parent(cp_body("EAPC")), cp_body("nato"));
}
END_TEST

START_TEST(test_citations_name_the_source_that_states_the_fact) {
    struct {
        const char *event, *source;
    } const events[] = {
        {"1992-central-asia-joins-nacc", "nacc-statement-1992-03-10"},
        {"1992-03-10-nacc-extraordinary-meeting", "nacc-statement-1992-03-10"},
        {"2010-11-19-strategic-concept-adopted", "nato-news-68172"},
        {"2013-03-nlo-moves-to-tashkent", "uzdaily-nlo"},
        {"2013-07-nlo-accredited", "uzdaily-nlo"},
        {"2014-05-16-nlo-office-opening", "rferl-nlo"},
        {"2014-12-02-resolute-support-decided", "nato-news-115564"},
        {"2015-01-01-resolute-support-begins", "resolute-support-encyclopedia"},
    };
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++)
        ck_assert_str_eq(cited_source(capartner_event_citation(cp_event(events[i].event))),
                         events[i].source);
    ck_assert_str_eq(
        cited_source(capartner_participation_citation(cp_participation("kz-nlo-host"))),
        "uzdaily-nlo");
    ck_assert_str_eq(cited_source(capartner_participation_citation(
                         cp_participation("kz-ipap-participant-2006-01-31"))),
                     "nato-topics-49290-2012");
}
END_TEST

START_TEST(test_eapc_founded_on_30_may_1997) {
    /* the 29 May alternative rested on a page's date stamp alone: withdrawn */
    const capartner_event *withdrawn;
    cp_assert_status(capartner_event_find("1997-05-29-eapc-chairmans-summary", &withdrawn),
                     CAPARTNER_ERR_NOT_FOUND);
    const capartner_event *founded = cp_event("1997-05-30-eapc-established");
    ck_assert_str_eq(date_text(capartner_event_date(founded)), "1997-05-30");
    ck_assert_ptr_eq(capartner_event_alternative_of(founded), cp_event("1997-eapc-established"));
}
END_TEST

START_TEST(test_liaison_office_move_keeps_its_alternatives) {
    /* March 2013 (UzDaily) and June or July 2013 (a press report of May 2013) */
    const capartner_participation *preferred = cp_participation("uz-nlo-host-2013");
    ck_assert_ptr_eq(
        capartner_participation_alternative_of(cp_participation("uz-nlo-host-2013-03")), preferred);
    ck_assert_ptr_eq(
        capartner_participation_alternative_of(cp_participation("uz-nlo-host-mid-2013")),
        preferred);
    ck_assert_str_eq(
        date_text(capartner_participation_started(cp_participation("uz-nlo-host-mid-2013"))),
        "mid 2013");
}
END_TEST

START_TEST(test_links_and_summaries) {
    /* Kazakhstan's secondee sits in the EADRCC's Operations Centre */
    ck_assert_ptr_eq(capartner_participation_body(cp_participation("kz-eadrcc-represented")),
                     cp_body("eadrcc-operations-centre"));
    /* "Central Asian nations have provided support to ... ISAF" names no
     * Turkmen support: the record is withdrawn */
    const capartner_participation *withdrawn;
    cp_assert_status(capartner_participation_find("tm-isaf-supporter", &withdrawn),
                     CAPARTNER_ERR_NOT_FOUND);
    /* the Kyrgyz Republic's Russian official name is Кыргызская Республика;
     * the iso-codes form is an alias */
    const capartner_country *kg = cp_country("KG");
    for (size_t i = 0; i < capartner_country_name_count(kg); i++) {
        const capartner_name *name;
        cp_assert_status(capartner_country_name_at(kg, i, &name), CAPARTNER_OK);
        if (strcmp(capartner_name_text(name), "Республика Кыргызстан") == 0)
            ck_assert_int_eq(capartner_name_kind_of(name), CAPARTNER_NAME_ALIAS);
    }
    /* "a particularly active partner", cited where the source says it */
    const capartner_citation *kz = capartner_country_citation(cp_country("KZ"));
    ck_assert_str_eq(capartner_section_id(capartner_citation_section(kz)), "country-overview");
    ck_assert_uint_eq(capartner_citation_paragraph(kz), 2);
}
END_TEST

START_TEST(test_sources_have_addresses_and_dates) {
    ck_assert_str_eq(capartner_source_url(cp_source("prague-summit-declaration-2002")),
                     "nato.int/cps/en/natohq/official_texts_19552.htm");
    ck_assert_str_eq(date_text(capartner_source_published(cp_source("nato-pr-2002-022"))),
                     "2002-02-20");
    ck_assert_str_eq(date_text(capartner_source_published(cp_source("tass-1509513"))),
                     "2022-09-19");
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("corrections");
    TCase *tc = cp_tcase("audit");
    tcase_add_test(tc, test_event_kinds);
    tcase_add_test(tc, test_events_claim_no_more_than_their_paragraph);
    tcase_add_test(tc, test_bodies_end_where_their_events_say);
    tcase_add_test(tc, test_citations_name_the_source_that_states_the_fact);
    tcase_add_test(tc, test_eapc_founded_on_30_may_1997);
    tcase_add_test(tc, test_liaison_office_move_keeps_its_alternatives);
    tcase_add_test(tc, test_links_and_summaries);
    tcase_add_test(tc, test_sources_have_addresses_and_dates);
    suite_add_tcase(suite, tc);
    return suite;
}
