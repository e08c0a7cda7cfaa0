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

START_TEST(test_schema_kinds) {
    /* the Berlin meeting of April 2011 was of foreign ministers, no summit */
    ck_assert_int_eq(
        capartner_event_kind_of(cp_event("2011-04-berlin-partnership-policy-endorsed")),
        CAPARTNER_EVENT_MINISTERIAL);
    ck_assert_int_eq(
        capartner_event_kind_of(cp_event("2011-04-15-berlin-partnership-policy-endorsed")),
        CAPARTNER_EVENT_MINISTERIAL);
    ck_assert_int_eq(capartner_event_kind_of(cp_event("2010-11-lisbon-summit-strategic-concept")),
                     CAPARTNER_EVENT_SUMMIT);
    /* visits and credentials presented are visits, no milestones */
    ck_assert_int_eq(capartner_event_kind_of(cp_event("2013-04-10-rahmon-at-nato-hq")),
                     CAPARTNER_EVENT_VISIT);
    ck_assert_int_eq(capartner_event_kind_of(cp_event("2020-01-09-uz-credentials-to-nato")),
                     CAPARTNER_EVENT_VISIT);
    ck_assert_int_eq(capartner_event_kind_of(cp_event("2014-pfp-20th-anniversary")),
                     CAPARTNER_EVENT_MILESTONE);
    /* the EAPC Security Forum in Astana (June 2009) was a forum: no summit, no
     * meeting of ministers */
    ck_assert_int_eq(capartner_event_kind_of(cp_event("2009-06-24-eapc-security-forum-astana")),
                     CAPARTNER_EVENT_CONFERENCE);
    ck_assert_int_eq(capartner_event_kind_of(cp_event("2009-06-25-sg-keynote-astana-forum")),
                     CAPARTNER_EVENT_CONFERENCE);
    /* NATO Headquarters and SHAPE are headquarters; Allied Command Operations
     * a command */
    ck_assert_int_eq(capartner_body_kind_of(cp_body("NATO Headquarters")),
                     CAPARTNER_BODY_HEADQUARTERS);
    ck_assert_int_eq(capartner_body_kind_of(cp_body("SHAPE")), CAPARTNER_BODY_HEADQUARTERS);
    ck_assert_int_eq(capartner_body_kind_of(cp_body("aco")), CAPARTNER_BODY_COMMAND);
}
END_TEST

/* The countries holding a role in a body (preferred statements), as bits of
 * their indexes. */
static unsigned countries_in_role(const char *body, capartner_role role) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, cp_body(body)), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_role(query, role), CAPARTNER_OK);
    unsigned countries = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));)
        countries |= 1u << capartner_country_index(capartner_participation_country(p));
    capartner_query_free(query);
    return countries;
}

static unsigned country_bits(const char *const *ids, size_t count) {
    unsigned bits = 0;
    for (size_t i = 0; i < count; i++)
        bits |= 1u << capartner_country_index(cp_country(ids[i]));
    return bits;
}

START_TEST(test_representation_is_a_role) {
    /* "all five Central Asian partners have established diplomatic
     * representation to NATO Headquarters"; "Kazakhstan and Uzbekistan also
     * have military representatives" there */
    static const char *const five[] = {"KZ", "KG", "TJ", "TM", "UZ"};
    static const char *const military[] = {"KZ", "UZ"};
    ck_assert_uint_eq(countries_in_role("nato-hq", CAPARTNER_ROLE_DIPLOMATIC_MISSION),
                      country_bits(five, 5));
    ck_assert_uint_eq(countries_in_role("nato-hq", CAPARTNER_ROLE_MILITARY_REPRESENTATIVE),
                      country_bits(military, 2));
    ck_assert_uint_eq(countries_in_role("nato-hq", CAPARTNER_ROLE_REPRESENTED), 0);
    /* the same nine rows as before the audit, under their ids */
    ck_assert_int_eq(capartner_participation_role(cp_participation("uz-nato-hq-military")),
                     CAPARTNER_ROLE_MILITARY_REPRESENTATIVE);
}
END_TEST

START_TEST(test_country_codes_cite_reference_sources) {
    /* the primary page states no code, capital or COW code: a reference does */
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *country;
        cp_assert_status(capartner_country_at(i, &country), CAPARTNER_OK);
        const capartner_source *codes = capartner_country_codes_source(country);
        ck_assert_ptr_nonnull(codes);
        ck_assert_int_eq(capartner_source_kind_of(codes), CAPARTNER_SOURCE_REFERENCE);
        const capartner_source *cow = capartner_country_cow_source(country);
        if (capartner_country_cow_code(country) == 0) {
            ck_assert_ptr_null(cow);
        } else {
            ck_assert_ptr_nonnull(cow);
            ck_assert_str_eq(capartner_source_id(cow), "cow-states-2016");
        }
    }
    ck_assert_str_eq(capartner_source_id(capartner_country_codes_source(cp_country("KZ"))),
                     "ca-reference-table");
    ck_assert_str_eq(capartner_source_id(capartner_country_codes_source(cp_country("BE"))),
                     "debian-iso-codes");
    ck_assert_int_eq(capartner_country_cow_code(cp_country("TJ")), 702);
    ck_assert_ptr_null(capartner_country_codes_source(NULL));
    ck_assert_ptr_null(capartner_country_cow_source(NULL));
}
END_TEST

static const char *area_of(const char *participation) {
    return capartner_area_id(capartner_participation_area(cp_participation(participation)));
}

START_TEST(test_facts_that_needed_schema) {
    /* NATO "encourages all Central Asian partners to fully participate in the
     * Heart of Asia process": a role that is no taking part */
    static const char *const five[] = {"KZ", "KG", "TJ", "TM", "UZ"};
    ck_assert_uint_eq(countries_in_role("istanbul-process", CAPARTNER_ROLE_ENCOURAGED),
                      country_bits(five, 5));
    ck_assert_uint_eq(countries_in_role("istanbul-process", CAPARTNER_ROLE_MEMBER),
                      1u << capartner_country_index(cp_country("AF")));
    /* Tajikistan: interest in civil emergency planning; talks on border
     * security and public diplomacy */
    const capartner_participation *interest = cp_participation("tj-nato-cep-interest");
    ck_assert_int_eq(capartner_participation_role(interest), CAPARTNER_ROLE_INTEREST_EXPRESSED);
    ck_assert_ptr_eq(capartner_participation_area(interest), cp_area("civil-emergency-planning"));
    ck_assert_str_eq(area_of("tj-nato-border-security-talks"), "border-security");
    ck_assert_str_eq(area_of("tj-nato-public-diplomacy-talks"), "public-diplomacy");
    ck_assert_int_eq(
        capartner_participation_role(cp_participation("tj-nato-public-diplomacy-talks")),
        CAPARTNER_ROLE_IN_TALKS);
    /* Uzbekistan: defence education reform and public diplomacy */
    ck_assert_str_eq(area_of("uz-nato-defence-education-cooperation"), "defence-education");
    ck_assert_str_eq(area_of("uz-nato-public-diplomacy-cooperation"), "public-diplomacy");
    /* the relations about an area, found by a query */
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_area(query, cp_area("public-diplomacy")), CAPARTNER_OK);
    unsigned found = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        ck_assert_ptr_eq(capartner_participation_area(p), cp_area("public-diplomacy"));
        found |=
            strcmp(capartner_participation_id(p), "tj-nato-public-diplomacy-talks") == 0 ? 1u
            : strcmp(capartner_participation_id(p), "uz-nato-public-diplomacy-cooperation") == 0
                ? 2u
                : 4u;
    }
    ck_assert_uint_eq(found, 3);
    size_t count = 0;
    cp_assert_status(capartner_query_add_country(query, cp_country("UZ")), CAPARTNER_OK);
    cp_assert_status(capartner_query_count(query, &count), CAPARTNER_OK);
    ck_assert_uint_eq(count, 1);
    capartner_query_free(query);
    /* Allied help for KAZBAT and KAZBRIG */
    ck_assert_str_eq(area_of("kz-nato-interoperability-beneficiary"), "interoperability");
    /* a relation about the body as a whole has no area */
    ck_assert_ptr_null(capartner_participation_area(cp_participation("kz-parp-participant")));
    ck_assert_ptr_null(capartner_participation_area(NULL));
    /* Kazakhstan shares its PARP experience: it promotes PARP, and its
     * participation stays the one record it was */
    const capartner_participation *promoter = cp_participation("kz-parp-promoter");
    ck_assert_int_eq(capartner_participation_role(promoter), CAPARTNER_ROLE_PROMOTER);
    ck_assert_int_eq(capartner_participation_status_on(promoter, cp_date("early 2014")),
                     CAPARTNER_HOLDING_HELD);
    /* (and Tajikistan, whose 2019 page says it has participated) */
    ck_assert_uint_eq(countries_in_role("parp", CAPARTNER_ROLE_PARTICIPANT),
                      country_bits((const char *const[]){"KZ", "KG", "UZ", "TJ"}, 4));
    /* most partners take part in the EADRCC's activities: not attributed */
    const capartner_body *activities = cp_body("eadrcc-activities");
    ck_assert_ptr_eq(capartner_body_parent(activities), cp_body("EADRCC"));
    ck_assert_uint_eq(capartner_citation_paragraph(capartner_body_citation(activities)), 3);
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
        "after 2013-05");
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
    /* news_72368 dates the endorsement 15 April 2011 and names no 14 April */
    const char *berlin =
        capartner_event_summary(cp_event("2011-04-15-berlin-partnership-policy-endorsed"));
    ck_assert_ptr_nonnull(strstr(berlin, "15 April 2011"));
    ck_assert_ptr_null(strstr(berlin, "14"));
}
END_TEST

START_TEST(test_berlin_meeting_cites_a_source_that_names_the_place) {
    /* news_72368 names no place: the endorsement of 15 April carries none */
    const capartner_event *endorsed = cp_event("2011-04-15-berlin-partnership-policy-endorsed");
    ck_assert_ptr_null(capartner_event_place(endorsed));
    ck_assert_str_eq(cited_source(capartner_event_citation(endorsed)), "nato-news-72368");
    /* the Foreign Office's page of 14 April: two days in Berlin from 14 April */
    const capartner_event *meeting = cp_event("2011-04-14-berlin-foreign-ministers-meeting");
    ck_assert_ptr_eq(capartner_event_place(meeting), cp_place("Berlin"));
    ck_assert_str_eq(date_text(capartner_event_date(meeting)), "2011-04-14");
    ck_assert_int_eq(capartner_event_kind_of(meeting), CAPARTNER_EVENT_MINISTERIAL);
    ck_assert_ptr_nonnull(strstr(capartner_event_summary(meeting), "two days"));
    ck_assert_str_eq(cited_source(capartner_event_citation(meeting)),
                     "auswaertiges-amt-2011-04-14");
    ck_assert_ptr_eq(capartner_event_alternative_of(meeting),
                     cp_event("2011-04-berlin-partnership-policy-endorsed"));
    const capartner_source *office = cp_source("auswaertiges-amt-2011-04-14");
    ck_assert_ptr_nonnull(strstr(capartner_source_url(office), "110414-AM-Treffen-Beginn"));
    ck_assert_str_eq(date_text(capartner_source_published(office)), "2011-04-14");
}
END_TEST

START_TEST(test_andijan_dated_as_its_source_states) {
    /* RFE/RL of 10 June 2005 names 13 May, no unrest of 12-13 May */
    const capartner_event *andijan = cp_event("2005-05-13-andijan-events");
    ck_assert_str_eq(date_text(capartner_event_date(andijan)), "2005-05-13");
    ck_assert_ptr_nonnull(strstr(capartner_event_summary(andijan), "13 May 2005"));
    ck_assert_ptr_null(strstr(capartner_event_summary(andijan), "12"));
    const capartner_source *report = cp_source("rferl-2005-06-10");
    ck_assert_str_eq(capartner_source_url(report), "rferl.org/a/1059204.html");
    ck_assert_str_eq(capartner_source_title(report), "Russia, NATO Split Over Uzbekistan");
}
END_TEST

START_TEST(test_nacc_ends_when_its_successor_begins) {
    /* the EAPC Basic Document, dated 30 May 1997, names the EAPC the NACC's
     * successor; the NACC's end is that event's date */
    const capartner_body *nacc = cp_body("NACC");
    ck_assert_str_eq(date_text(capartner_body_ended(nacc)), "1997-05-30");
    const capartner_event *basic = cp_event("1997-05-30-eapc-basic-document");
    ck_assert(cp_event_has_body(basic, nacc));
    ck_assert_str_eq(cited_source(capartner_event_citation(basic)), "eapc-basic-document-1997");
    ck_assert_str_eq(date_text(capartner_body_started(cp_body("EAPC"))), "1997-05-30");
}
END_TEST

START_TEST(test_claims_no_more_than_the_paragraph_says) {
    /* NATO "began the implementation" of the DEEP and of the retraining
     * programme: assistance, no agreement; the Samarkand "workshop" is no
     * training course */
    struct {
        const char *event;
        capartner_event_kind kind;
    } const kinds[] = {
        {"2013-12-deep-uzbekistan", CAPARTNER_EVENT_ASSISTANCE},
        {"2009-kg-retraining-programme-begins", CAPARTNER_EVENT_ASSISTANCE},
        {"2013-05-sps-samarkand-workshop", CAPARTNER_EVENT_CONFERENCE},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        ck_assert_int_eq(capartner_event_kind_of(cp_event(kinds[i].event)), kinds[i].kind);
    /* the destruction "helped it meet its obligations" under the convention */
    ck_assert_ptr_nonnull(
        strstr(capartner_event_summary(cp_event("2004-tj-destroys-mine-stockpile")), "helps"));
    ck_assert_ptr_nonnull(
        strstr(capartner_participation_summary(cp_participation("tj-ottawa-convention-member")),
               "helped"));
    /* the visit of 9-15 March 2005 was the envoy's first "since he was
     * introduced" to the region's leaders in October 2004, and the cited
     * paragraph gives only the visit */
    ck_assert_ptr_null(
        strstr(capartner_event_summary(cp_event("2005-03-09-simmons-visits-kz-uz")), "first"));
    /* "Tashkent agreed to host" the officer: the government, no place */
    ck_assert_ptr_null(
        strstr(capartner_participation_summary(cp_participation("uz-nlo-host")), "in Tashkent"));
}
END_TEST

START_TEST(test_sources_have_addresses_and_dates) {
    ck_assert_str_eq(date_text(capartner_source_published(cp_source("nato-pr-2002-022"))),
                     "2002-02-20");
    ck_assert_str_eq(date_text(capartner_source_published(cp_source("tass-1509513"))),
                     "2022-09-19");
    ck_assert_str_eq(date_text(capartner_source_published(cp_source("nato-news-72368"))),
                     "2011-04-15");
    ck_assert_str_eq(capartner_source_title(cp_source("rferl-2005-11-23")),
                     "Uzbekistan Bans Some NATO Use Of Territory, Airspace");
    /* addresses a stored copy of the page confirms */
    struct {
        const char *source, *url;
    } const addresses[] = {
        {"prague-summit-declaration-2002", "nato.int/cps/en/natohq/official_texts_19552.htm"},
        {"nato-central-asia-2016", "nato.int/cps/fr/natohq/topics_107957.htm?selectedLocale=en"},
        {"rferl-2005-11-23", "rferl.org/amp/1063213.html"},
        {"rferl-gandhara-2014-12-28",
         "gandhara.rferl.org/a/afghanistan-nato-ends-combat-mission/26767351.html"},
        {"uz-pfp-news-digest", "uzland.narod.ru/text018.htm"},
        {"pfp-signatures-secondary", "mediawiki.feverous.co.uk/index.php/Partnership_for_Peace"},
        {"resolute-support-encyclopedia", "en.wikipedia.org/wiki/Resolute_Support_Mission"},
    };
    for (size_t i = 0; i < sizeof addresses / sizeof addresses[0]; i++)
        ck_assert_str_eq(capartner_source_url(cp_source(addresses[i].source)), addresses[i].url);
}
END_TEST

/* Records citing sources other than the primary page, read against the cited
 * paragraph of the stored copy: each said something only a neighbouring
 * paragraph (or no part of the page) states. */
START_TEST(test_other_sources_claim_no_more_than_their_paragraph) {
    /* words the summary used for a claim its paragraph does not make */
    struct {
        const char *event, *word;
    } const words[] = {
        /* topics_49290 lists the IPAPs by date, no "first in Central Asia" */
        {"2006-01-31-kz-first-ipap", "first"},
        /* the 27th EAPC member to join PfP, not the 27th country */
        {"2002-02-20-tj-joins-pfp", "27th country"},
        /* the communiqué is of 28 June; it names no 29 June */
        {"2004-06-istanbul-summit", "29"},
        /* "his first visit to the region" is news_74505's first paragraph */
        {"2011-05-10-appathurai-visits-bishkek", "first"},
        /* the presidents, the threats: later paragraphs of the NATO Update */
        {"2003-07-09-sg-visits-kazakhstan-kyrgyzstan", "presidents"},
        {"2005-09-29-simmons-visits-kg-kz", "cabinet"},
        {"2006-04-09-sps-talks-ashgabat", "foreign minister"},
        {"2008-04-09-kz-first-ipap-cycle-complete", "success"},
        {"2008-11-28-uz-melange-agreement", "Samarkand"},
        {"2009-06-24-sps-information-day-almaty", "results"},
        {"2009-06-24-sg-meets-nazarbayev-astana", "Afghanistan"},
        {"2009-11-26-uz-melange-destruction-launched", "1,100"},
        {"2011-02-28-otunbayeva-at-nato-hq", "reform"},
        {"2011-05-12-appathurai-in-astana", "14 May"},
        {"2012-01-31-tj-trust-fund-signed", "munitions"},
        {"2014-11-10-pfp-anniversary-bishkek", "conference"},
        {"2004-10-20-sg-in-kyrgyzstan-kazakhstan", "drug"},
        {"2005-09-10-kz-military-language-institute", "English"},
        /* "democratic control over the armed forces", not civilian control */
        {"2012-tj-ipcp-signed", "civilian"},
        /* Kazakhstan and Kyrgyzstan are in a footnote, not in the paragraph */
        {"2020-09-14-deep-clearing-house", "Kazakhstan"},
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        ck_assert_msg(strstr(capartner_event_summary(cp_event(words[i].event)), words[i].word) ==
                          NULL,
                      "%s still says \"%s\"", words[i].event, words[i].word);
    /* bodies and countries named only outside the cited paragraph */
    struct {
        const char *event, *body;
    } const bodies[] = {
        {"2014-11-10-pfp-anniversary-bishkek", "kg-diplomatic-academy"},
        {"2011-05-appathurai-in-tashkent", "uwed"},
        {"2011-05-12-appathurai-in-astana", "ipap"},
        {"2005-09-29-simmons-visits-kg-kz", "pfp"},
        {"2006-04-09-sps-talks-ashgabat", "virtual-silk-highway"},
        {"2009-06-24-sps-information-day-almaty", "sps-melange-uzbekistan"},
        {"2006-12-04-nazarbayev-at-nato-hq", "secretary-general"},
        {"2016-02-10-nlo-meets-uz-ministers", "pfp"},
        {"2003-04-ferghana-2003-exercise", "eapc"},
        {"2005-09-10-kz-military-language-institute", "pfp"},
    };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
        ck_assert_msg(!cp_event_has_body(cp_event(bodies[i].event), cp_body(bodies[i].body)),
                      "%s still involves %s", bodies[i].event, bodies[i].body);
    ck_assert(!cp_event_has_country(cp_event("2012-01-31-tj-trust-fund-signed"), cp_country("GB")));
    ck_assert(
        !cp_event_has_country(cp_event("2009-06-24-sps-information-day-almaty"), cp_country("UZ")));
    ck_assert_uint_eq(capartner_event_country_count(cp_event("2020-09-14-deep-clearing-house")), 0);
    /* places no cited paragraph states: credentials presented with no place
     * named, the officer "based in Uzbekistan", an ITAR-TASS dateline */
    static const char *const placeless[] = {
        "2021-09-kz-credentials-to-nato",
        "2023-09-07-tm-credentials-to-nato",
        "2025-kz-credentials-to-nato",
        "2016-02-10-nlo-meets-uz-ministers",
        "2013-03-nlo-moves-to-tashkent",
        "2011-05-12-appathurai-in-astana",
        /* news_110150: "a visit to Uzbekistan"; the Academy of State
         * Governance, with no city */
        "2014-05-16-appathurai-meets-uz-ministers",
        "2014-05-16-appathurai-lecture-tashkent",
        /* Unipath: a course "for Uzbek officers", no city */
        "2015-07-uz-english-course",
    };
    for (size_t i = 0; i < sizeof placeless / sizeof placeless[0]; i++)
        ck_assert_msg(capartner_event_place(cp_event(placeless[i])) == NULL, "%s has a place",
                      placeless[i]);
    /* the Bishkek meeting's day is not in news_74505 (10-13 May for three
     * countries) */
    ck_assert_str_eq(
        date_text(capartner_event_date(cp_event("2011-05-10-appathurai-visits-bishkek"))),
        "2011-05");
    /* a planning conference is no exercise */
    ck_assert_int_eq(capartner_event_kind_of(cp_event("2019-steppe-eagle-planning-conference")),
                     CAPARTNER_EVENT_CONFERENCE);
    /* the paragraph that states the fact */
    ck_assert_uint_eq(capartner_citation_paragraph(
                          capartner_event_citation(cp_event("2010-08-simmons-meets-kz-fm"))),
                      2);
    ck_assert_uint_eq(capartner_citation_paragraph(
                          capartner_event_citation(cp_event("2015-12-09-nlo-visits-dushanbe"))),
                      1);
}
END_TEST

START_TEST(test_relations_bodies_names_claim_no_more_than_their_paragraph) {
    /* the digest says the minister "signed his country up" for PfP, naming no
     * Framework Document; the IPAP page lists the day, not a first in the region */
    ck_assert_ptr_null(strstr(
        capartner_participation_summary(cp_participation("uz-pfp-participant")), "Framework"));
    ck_assert_ptr_null(
        strstr(capartner_participation_summary(cp_participation("kz-ipap-participant-2006-01-31")),
               "first"));
    /* a report of 29 May 2013 expects the office in June or July: it starts
     * after May, and the report is no evidence that it was hosted that day */
    const capartner_participation *expected = cp_participation("uz-nlo-host-mid-2013");
    ck_assert_str_eq(capartner_participation_reported_text(expected), "unknown");
    ck_assert_int_ne(capartner_participation_status_on(expected, cp_date("2013-05-29")),
                     CAPARTNER_HOLDING_HELD);
    /* the launch day of the melange project is in paragraph 1; the mobile
     * plant, the virtual highway's research networks and the IPP's joint
     * agreement are not in the paragraphs their records cited */
    ck_assert_uint_eq(capartner_citation_paragraph(capartner_participation_citation(
                          cp_participation("uz-sps-melange-beneficiary"))),
                      1);
    ck_assert_ptr_null(strstr(capartner_body_summary(cp_body("sps-melange-uzbekistan")), "mobile"));
    ck_assert_ptr_null(strstr(capartner_body_summary(cp_body("virtual-silk-highway")), "research"));
    ck_assert_str_eq(
        capartner_section_id(capartner_citation_section(capartner_body_citation(cp_body("ipp")))),
        "tj10-practice");
    /* "Afghan and Central Asian personnel" is on the Turkmen page, not in the
     * Tajik visit's paragraph; news_115564 names no ISAF */
    ck_assert_str_eq(cited_source(capartner_body_citation(cp_body("nrc-counter-narcotics"))),
                     "nato-topics-50317-copy");
    ck_assert_ptr_null(strstr(capartner_body_summary(cp_body("resolute-support")), "ISAF"));
}
END_TEST

/* Three records a later audit read again against their sources' words. */
START_TEST(test_dates_and_links_claim_no_more_than_their_source) {
    /* the Prague declaration is issued on 21 November 2002 and names no second
     * day; NATO's IPAP page says only that the plans were launched at the
     * Prague Summit of November 2002 */
    const capartner_event *prague = cp_event("2002-11-prague-summit-ipap");
    ck_assert_ptr_null(strstr(capartner_event_summary(prague), "22"));
    ck_assert_str_eq(cited_source(capartner_event_citation(prague)), "nato-topics-49290-2012");
    ck_assert_str_eq(date_text(capartner_event_date(prague)), "2002-11");
    /* Unipath: KAZBAT "was evaluated by NATO officials with the goal of
     * gaining certification" during Steppe Eagle 2013; it names no
     * Operational Capability Concept and no certification gained */
    const capartner_event *evaluation = cp_event("2013-08-kazbat-evaluated");
    ck_assert(!cp_event_has_body(evaluation, cp_body("occ")));
    ck_assert(cp_event_has_body(evaluation, cp_body("kazbat")));
    ck_assert(cp_event_has_body(evaluation, cp_body("steppe-eagle")));
    ck_assert_int_eq(capartner_event_kind_of(evaluation), CAPARTNER_EVENT_EXERCISE);
    /* Lord Robertson in Almaty on 10 July 2003: "I last visited your country
     * three years ago" (paragraph 1): about 2000, no certain year */
    const capartner_event *visit = cp_event("2000-sg-robertson-visits-kazakhstan");
    capartner_date date = capartner_event_date(visit);
    ck_assert_int_eq(date.qualifier, CAPARTNER_QUALIFIER_CIRCA);
    ck_assert_str_eq(date_text(date), "circa 2000");
    ck_assert_ptr_nonnull(strstr(capartner_event_summary(visit), "three years"));
    const capartner_citation *citation = capartner_event_citation(visit);
    ck_assert_str_eq(cited_source(citation), "nato-speech-2003-07-10");
    ck_assert_uint_eq(capartner_citation_paragraph(citation), 1);
}
END_TEST

/* Records met while reading those three, each saying a little more than its
 * source. */
START_TEST(test_news_records_claim_no_more_than_their_source) {
    /* news_69950, paragraph 5: a transit agreement with NATO for non-lethal
     * cargo to Afghanistan; ISAF is in paragraph 2 */
    const capartner_event *transit = cp_event("2009-uz-transit-agreement");
    ck_assert(!cp_event_has_body(transit, cp_body("isaf")));
    ck_assert(cp_event_has_body(transit, cp_body("nato")));
    /* Unipath: "more than 1,500 personnel", not troops */
    ck_assert_ptr_null(
        strstr(capartner_event_summary(cp_event("2013-08-05-steppe-eagle")), "troops"));
    /* Asia-Plus: the office is in Tashkent, the interview's place is not said */
    ck_assert_ptr_null(capartner_event_place(cp_event("2016-11-nlo-closure-announced")));
    /* the item of 4 October 2013 says the OCC conference took place, with no
     * month; Tengrinews (21 January 2014) puts it in October */
    const capartner_event *conference = cp_event("2013-10-occ-conference-almaty");
    const capartner_event *october = cp_event("2013-10-kz-peacekeepers-declared-ready");
    ck_assert_str_eq(date_text(capartner_event_date(conference)), "2013");
    ck_assert_ptr_eq(capartner_event_alternative_of(conference), october);
    ck_assert_str_eq(date_text(capartner_event_date(october)), "2013-10");
    ck_assert_str_eq(cited_source(capartner_event_citation(october)), "tengrinews-2014-01-21");
    ck_assert_uint_eq(capartner_citation_paragraph(capartner_event_citation(october)), 2);
    ck_assert_ptr_eq(capartner_event_place(october), cp_place("almaty"));
    /* news_68172 dates the adoption at the Lisbon meeting and names no other
     * day of the summit */
    ck_assert_ptr_null(strstr(
        capartner_event_summary(cp_event("2010-11-19-strategic-concept-adopted")), "first day"));
    /* the Atlantic Council's first paragraph: the president appealed to NATO;
     * the envoy is the next paragraph, and no paragraph names a city */
    const capartner_event *appeal = cp_event("2011-05-10-kg-asks-border-help");
    ck_assert_ptr_null(strstr(capartner_event_summary(appeal), "envoy"));
    ck_assert_ptr_null(capartner_event_place(appeal));
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("corrections");
    TCase *tc = cp_tcase("audit");
    tcase_add_test(tc, test_event_kinds);
    tcase_add_test(tc, test_schema_kinds);
    tcase_add_test(tc, test_representation_is_a_role);
    tcase_add_test(tc, test_country_codes_cite_reference_sources);
    tcase_add_test(tc, test_facts_that_needed_schema);
    tcase_add_test(tc, test_events_claim_no_more_than_their_paragraph);
    tcase_add_test(tc, test_bodies_end_where_their_events_say);
    tcase_add_test(tc, test_citations_name_the_source_that_states_the_fact);
    tcase_add_test(tc, test_eapc_founded_on_30_may_1997);
    tcase_add_test(tc, test_liaison_office_move_keeps_its_alternatives);
    tcase_add_test(tc, test_links_and_summaries);
    tcase_add_test(tc, test_berlin_meeting_cites_a_source_that_names_the_place);
    tcase_add_test(tc, test_andijan_dated_as_its_source_states);
    tcase_add_test(tc, test_nacc_ends_when_its_successor_begins);
    tcase_add_test(tc, test_claims_no_more_than_the_paragraph_says);
    tcase_add_test(tc, test_sources_have_addresses_and_dates);
    tcase_add_test(tc, test_other_sources_claim_no_more_than_their_paragraph);
    tcase_add_test(tc, test_relations_bodies_names_claim_no_more_than_their_paragraph);
    tcase_add_test(tc, test_dates_and_links_claim_no_more_than_their_source);
    tcase_add_test(tc, test_news_records_claim_no_more_than_their_source);
    suite_add_tcase(suite, tc);
    return suite;
}
