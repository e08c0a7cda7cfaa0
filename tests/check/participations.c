/* Participations: who takes part in what, as of when; the query walk over
 * them against a brute-force filter; alternatives. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------ brute-force check */

struct filter {
    const capartner_country *countries[4];
    size_t country_count;
    const capartner_body *bodies[4];
    size_t body_count;
    capartner_role roles[4];
    size_t role_count;
    const char *as_of; /* NULL: none */
    bool alternatives;
    capartner_order order;
};

static bool filter_allows(const struct filter *filter, const capartner_participation *p) {
    if (!filter->alternatives && !capartner_participation_is_preferred(p))
        return false;
    if (filter->as_of != NULL && !capartner_participation_held_on(p, cp_date(filter->as_of)))
        return false;
    bool country = filter->country_count == 0, body = filter->body_count == 0,
         role = filter->role_count == 0;
    for (size_t i = 0; i < filter->country_count; i++)
        country |= capartner_participation_country(p) == filter->countries[i];
    for (size_t i = 0; i < filter->body_count; i++)
        body |= capartner_participation_body(p) == filter->bodies[i];
    for (size_t i = 0; i < filter->role_count; i++)
        role |= capartner_participation_role(p) == filter->roles[i];
    return country && body && role;
}

static capartner_query *filter_query(const struct filter *filter) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    for (size_t i = 0; i < filter->country_count; i++)
        cp_assert_status(capartner_query_add_country(query, filter->countries[i]), CAPARTNER_OK);
    for (size_t i = 0; i < filter->body_count; i++)
        cp_assert_status(capartner_query_add_body(query, filter->bodies[i]), CAPARTNER_OK);
    for (size_t i = 0; i < filter->role_count; i++)
        cp_assert_status(capartner_query_add_role(query, filter->roles[i]), CAPARTNER_OK);
    if (filter->as_of != NULL)
        cp_assert_status(capartner_query_set_as_of_text(query, filter->as_of), CAPARTNER_OK);
    cp_assert_status(capartner_query_include_alternatives(query, filter->alternatives),
                     CAPARTNER_OK);
    cp_assert_status(capartner_query_set_order(query, filter->order), CAPARTNER_OK);
    return query;
}

/* The walk returns exactly the brute-force matches, in index order (or its
 * reverse); query_count agrees. Returns the number of matches. */
static size_t check_filter(const struct filter *filter) {
    size_t total = capartner_participation_count();
    const capartner_participation **expected = calloc(total + 1, sizeof *expected);
    ck_assert_ptr_nonnull(expected);
    size_t expected_count = 0;
    for (size_t i = 0; i < total; i++) {
        size_t index = filter->order == CAPARTNER_ORDER_OLDEST_FIRST ? i : total - 1 - i;
        const capartner_participation *p;
        cp_assert_status(capartner_participation_at(index, &p), CAPARTNER_OK);
        if (filter_allows(filter, p))
            expected[expected_count++] = p;
    }
    capartner_query *query = filter_query(filter);
    size_t counted = 99999;
    cp_assert_status(capartner_query_count(query, &counted), CAPARTNER_OK);
    ck_assert_uint_eq(counted, expected_count);
    size_t got = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        ck_assert_msg(got < expected_count, "extra match %s", capartner_participation_id(p));
        ck_assert_msg(p == expected[got], "match %zu is %s, expected %s", got,
                      capartner_participation_id(p), capartner_participation_id(expected[got]));
        got++;
    }
    ck_assert_uint_eq(got, expected_count);
    /* the end stays the end; events never come out of this query */
    ck_assert_ptr_null(capartner_query_next_participation(query));
    ck_assert_ptr_null(capartner_query_next_event(query));
    capartner_query_free(query);
    free(expected);
    return expected_count;
}

static const capartner_country *partner(size_t i) {
    static const char *const codes[] = {"KZ", "KG", "TJ", "TM", "UZ"};
    return cp_country(codes[i % 5]);
}

START_TEST(test_walk_matches_brute_force) {
    struct filter filter;
    static const char *const dates[] = {NULL,   "1994",       "2002-06", "2007",
                                        "2012", "2016-02-22", "2016-03", "2020"};
    for (int alternatives = 0; alternatives < 2; alternatives++) {
        for (int order = 0; order < 2; order++) {
            memset(&filter, 0, sizeof filter);
            filter.alternatives = alternatives;
            filter.order = (capartner_order)order;
            /* no filter: everything preferred */
            size_t all = check_filter(&filter);
            ck_assert_uint_gt(all, 0);
            /* each date alone */
            for (size_t d = 0; d < sizeof dates / sizeof dates[0]; d++) {
                filter.as_of = dates[d];
                check_filter(&filter);
            }
            filter.as_of = NULL;
            /* each country, alone and with each date */
            for (size_t c = 0; c < capartner_country_count(); c++) {
                cp_assert_status(capartner_country_at(c, &filter.countries[0]), CAPARTNER_OK);
                filter.country_count = 1;
                for (size_t d = 0; d < sizeof dates / sizeof dates[0]; d++) {
                    filter.as_of = dates[d];
                    check_filter(&filter);
                }
                filter.as_of = NULL;
            }
            /* each body, alone and with each partner */
            for (size_t b = 0; b < capartner_body_count(); b++) {
                memset(filter.countries, 0, sizeof filter.countries);
                filter.country_count = 0;
                cp_assert_status(capartner_body_at(b, &filter.bodies[0]), CAPARTNER_OK);
                filter.body_count = 1;
                check_filter(&filter);
                for (size_t c = 0; c < 5; c++) {
                    filter.countries[0] = partner(c);
                    filter.country_count = 1;
                    check_filter(&filter);
                }
                filter.country_count = 0;
            }
            filter.body_count = 0;
            /* each role, alone, with each partner, with a date */
            for (int r = 0; r < CAPARTNER_ROLE_COUNT; r++) {
                filter.roles[0] = (capartner_role)r;
                filter.role_count = 1;
                check_filter(&filter);
                filter.as_of = "2016-02-22";
                check_filter(&filter);
                filter.as_of = NULL;
                for (size_t c = 0; c < 5; c++) {
                    filter.countries[0] = partner(c);
                    filter.country_count = 1;
                    check_filter(&filter);
                }
                filter.country_count = 0;
            }
            /* several values per dimension (OR) */
            filter.role_count = 0;
            for (size_t c = 0; c < 5; c++) {
                filter.countries[0] = partner(c);
                filter.countries[1] = partner(c + 1);
                filter.countries[2] = partner(c + 3);
                filter.country_count = 3;
                check_filter(&filter);
                filter.bodies[0] = cp_body("PARP");
                filter.bodies[1] = cp_body("PfP");
                filter.body_count = 2;
                check_filter(&filter);
                filter.roles[0] = CAPARTNER_ROLE_PARTICIPANT;
                filter.roles[1] = CAPARTNER_ROLE_ON_HOLD;
                filter.roles[2] = CAPARTNER_ROLE_MEMBER;
                filter.role_count = 3;
                check_filter(&filter);
                filter.as_of = "2012";
                check_filter(&filter);
                filter.as_of = NULL;
                filter.role_count = 0;
                filter.body_count = 0;
            }
        }
    }
}
END_TEST

/* ----------------------------------------------------------- facts */

/* The roles country holds in body on a date (preferred statements). */
static unsigned roles_on(const char *country, const char *body, const char *date) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country(country)), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, cp_body(body)), CAPARTNER_OK);
    if (date != NULL)
        cp_assert_status(capartner_query_set_as_of_text(query, date), CAPARTNER_OK);
    unsigned roles = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        ck_assert_ptr_eq(capartner_participation_country(p), cp_country(country));
        ck_assert_ptr_eq(capartner_participation_body(p), cp_body(body));
        roles |= 1u << capartner_participation_role(p);
    }
    capartner_query_free(query);
    return roles;
}

#define ROLE(r) (1u << CAPARTNER_ROLE_##r)

START_TEST(test_parp_statuses) {
    /* "Kazakhstan began participating in 2002. Uzbekistan and Kyrgyzstan
     * joined the process in 2002 and 2007, respectively. However, their
     * participation has been on hold for a number of years now. Tajikistan
     * has also expressed initial interest in PARP." */
    ck_assert_uint_eq(roles_on("KG", "PARP", "2006"), 0);
    ck_assert_uint_eq(roles_on("KG", "PARP", "2008"), ROLE(PARTICIPANT));
    ck_assert_uint_eq(roles_on("KG", "PARP", "2012"), ROLE(PARTICIPANT));
    ck_assert_uint_eq(roles_on("KG", "PARP", "2016-03"), ROLE(ON_HOLD));
    ck_assert_uint_eq(roles_on("UZ", "PARP", "2003"), ROLE(PARTICIPANT));
    ck_assert_uint_eq(roles_on("UZ", "PARP", "2016-03"), ROLE(ON_HOLD));
    ck_assert_uint_eq(roles_on("KZ", "PARP", "2001"), 0);
    ck_assert_uint_eq(roles_on("KZ", "PARP", "2003"), ROLE(PARTICIPANT));
    ck_assert_uint_eq(roles_on("KZ", "PARP", "2016-03"), ROLE(PARTICIPANT));
    ck_assert_uint_eq(roles_on("TJ", "PARP", "2016-02-22"), ROLE(INTEREST_EXPRESSED));
    ck_assert_uint_eq(roles_on("TJ", "PARP", NULL), ROLE(INTEREST_EXPRESSED));
    ck_assert_uint_eq(roles_on("TM", "PARP", NULL), 0);
    /* the start years as the source states them */
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, cp_body("PARP")), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_role(query, CAPARTNER_ROLE_PARTICIPANT), CAPARTNER_OK);
    unsigned seen = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        const char *country = capartner_country_id(capartner_participation_country(p));
        int year = capartner_participation_started(p).year;
        unsigned bit = strcmp(country, "KZ") == 0   ? 1u
                       : strcmp(country, "UZ") == 0 ? 2u
                       : strcmp(country, "KG") == 0 ? 4u
                                                    : 0u;
        ck_assert_msg(bit != 0, "%s participates in PARP", country);
        ck_assert_int_eq(year, bit == 4u ? 2007 : 2002);
        seen |= bit;
    }
    ck_assert_uint_eq(seen, 7);
    capartner_query_free(query);
}
END_TEST

START_TEST(test_liaison_officer_and_representation) {
    /* "Tashkent agreed to host the NATO Liaison Officer in Central Asia"; NATO's
     * archived page: in Uzbekistan from 2013 until the closure on 1 April 2017.
     * The two statements agree, so both are preferred (neither is an
     * alternative of the other). */
    capartner_query *hosts;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &hosts), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(hosts, cp_country("UZ")), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(hosts, cp_body("nlo")), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_role(hosts, CAPARTNER_ROLE_HOST), CAPARTNER_OK);
    unsigned hosted = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(hosts));) {
        ck_assert_int_eq(capartner_participation_is_preferred(p), 1);
        ck_assert_ptr_null(capartner_participation_alternative_of(p));
        if (strcmp(capartner_participation_id(p), "uz-nlo-host-2013") == 0) {
            ck_assert_int_eq(capartner_participation_started(p).year, 2013);
            capartner_date ended = capartner_participation_ended(p);
            ck_assert_int_eq(ended.year * 10000 + ended.month * 100 + ended.day, 20170401);
            hosted |= 1u;
        } else {
            ck_assert_str_eq(capartner_participation_id(p), "uz-nlo-host");
            hosted |= 2u;
        }
    }
    ck_assert_uint_eq(hosted, 3);
    capartner_query_free(hosts);
    /* "Kazakhstan and Kyrgyzstan are represented in the Military Partnership
     * Division at Allied Command Operations" */
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_role(query, CAPARTNER_ROLE_REPRESENTED), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, cp_body("Military Partnership Division")),
                     CAPARTNER_OK);
    unsigned seen = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        const char *country = capartner_country_id(capartner_participation_country(p));
        seen |= strcmp(country, "KZ") == 0 ? 1u : strcmp(country, "KG") == 0 ? 2u : 4u;
    }
    ck_assert_uint_eq(seen, 3);
    capartner_query_free(query);
}
END_TEST

/* The body a country's trust-fund project is about: the projects led by
 * lead_nation, found through the participations. */
START_TEST(test_trust_fund_lead_nations) {
    /* "In Tajikistan, a NATO/PfP Trust Fund project led by the United
     * Kingdom and involving Japan as a lead contributor"; in Kyrgyzstan "a
     * possible new NATO/PfP Trust Fund project, led by Turkey and involving
     * Switzerland" */
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_role(query, CAPARTNER_ROLE_LEAD_NATION), CAPARTNER_OK);
    const capartner_body *uk_project = NULL, *turkish_project = NULL;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        const capartner_body *body = capartner_participation_body(p);
        ck_assert_int_eq(capartner_body_kind_of(body), CAPARTNER_BODY_PROJECT);
        const char *country = capartner_country_id(capartner_participation_country(p));
        if (strcmp(country, "GB") == 0)
            uk_project = body;
        else if (strcmp(country, "TR") == 0)
            turkish_project = body;
    }
    capartner_query_free(query);
    ck_assert_ptr_nonnull(uk_project);
    ck_assert_ptr_nonnull(turkish_project);
    ck_assert_ptr_ne(uk_project, turkish_project);
    /* both belong to the Trust Fund mechanism */
    const capartner_body *mechanism = capartner_body_parent(uk_project);
    ck_assert_ptr_nonnull(mechanism);
    ck_assert_int_eq(capartner_body_kind_of(mechanism), CAPARTNER_BODY_MECHANISM);
    ck_assert_ptr_eq(capartner_body_parent(turkish_project), mechanism);

    /* Japan: lead contributor of the UK-led project */
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, uk_project), CAPARTNER_OK);
    unsigned roles_jp = 0, roles_tj = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        const char *country = capartner_country_id(capartner_participation_country(p));
        if (strcmp(country, "JP") == 0)
            roles_jp |= 1u << capartner_participation_role(p);
        if (strcmp(country, "TJ") == 0)
            roles_tj |= 1u << capartner_participation_role(p);
    }
    capartner_query_free(query);
    ck_assert_uint_eq(roles_jp, ROLE(LEAD_CONTRIBUTOR));
    ck_assert_msg(roles_tj & (ROLE(BENEFICIARY) | ROLE(HOST)), "TJ has no role in its project");

    /* Switzerland is involved in the Turkish-led one; Kyrgyzstan requested it */
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, turkish_project), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country("CH")), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country("KG")), CAPARTNER_OK);
    unsigned roles_ch = 0, roles_kg = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        bool swiss = capartner_participation_country(p) == cp_country("CH");
        *(swiss ? &roles_ch : &roles_kg) |= 1u << capartner_participation_role(p);
    }
    capartner_query_free(query);
    ck_assert_msg(roles_ch & (ROLE(CONTRIBUTOR) | ROLE(LEAD_CONTRIBUTOR) | ROLE(SUPPORTER)),
                  "Switzerland has no contributing role");
    ck_assert_msg(roles_kg & ROLE(REQUESTED), "Kyrgyzstan did not request the project");
}
END_TEST

START_TEST(test_pfp_membership) {
    /* four joined shortly after the 1994 launch; Tajikistan in 2002 */
    const capartner_body *pfp = cp_body("PfP");
    static const char *const early[] = {"KZ", "KG", "TM", "UZ"};
    for (size_t i = 0; i < 4; i++) {
        unsigned roles = roles_on(early[i], "PfP", "1996");
        ck_assert_msg(roles != 0, "%s not in PfP in 1996", early[i]);
    }
    ck_assert_uint_eq(roles_on("TJ", "PfP", "2001"), 0);
    ck_assert_uint_ne(roles_on("TJ", "PfP", "2003"), 0);
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, pfp), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country("TJ")), CAPARTNER_OK);
    const capartner_participation *tj = capartner_query_next_participation(query);
    ck_assert_ptr_nonnull(tj);
    ck_assert_int_eq(capartner_participation_started(tj).year, 2002);
    capartner_query_free(query);
    /* all five, on the day of the source */
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, pfp), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_as_of_text(query, "2016-02-22"), CAPARTNER_OK);
    bool member[5] = {false, false, false, false, false};
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));)
        for (size_t i = 0; i < 5; i++)
            member[i] |= capartner_participation_country(p) == partner(i);
    capartner_query_free(query);
    for (size_t i = 0; i < 5; i++)
        ck_assert_msg(member[i], "%s not in PfP on 2016-02-22", capartner_country_id(partner(i)));
}
END_TEST

/* Alternatives: each names a preferred record of the same relation; they
 * are left out unless asked for. */
START_TEST(test_alternatives) {
    size_t total = capartner_participation_count(), alternatives = 0;
    for (size_t i = 0; i < total; i++) {
        const capartner_participation *p;
        cp_assert_status(capartner_participation_at(i, &p), CAPARTNER_OK);
        const capartner_participation *preferred = capartner_participation_alternative_of(p);
        ck_assert_int_eq(capartner_participation_is_preferred(p), preferred == NULL);
        if (preferred == NULL)
            continue;
        alternatives++;
        ck_assert_int_eq(capartner_participation_is_preferred(preferred), 1);
        ck_assert_ptr_null(capartner_participation_alternative_of(preferred));
        ck_assert_ptr_eq(capartner_participation_country(p),
                         capartner_participation_country(preferred));
        ck_assert_ptr_eq(capartner_participation_body(p), capartner_participation_body(preferred));
    }
    ck_assert_msg(alternatives > 0, "no alternative participation in the data");

    for (int include = 0; include < 2; include++) {
        capartner_query *query;
        cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
        if (include)
            cp_assert_status(capartner_query_include_alternatives(query, 7), CAPARTNER_OK);
        size_t seen = 0, seen_alternatives = 0;
        for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
            seen++;
            seen_alternatives += !capartner_participation_is_preferred(p);
        }
        size_t counted;
        cp_assert_status(capartner_query_count(query, &counted), CAPARTNER_OK);
        ck_assert_uint_eq(counted, seen);
        ck_assert_uint_eq(seen, include ? total : total - alternatives);
        ck_assert_uint_eq(seen_alternatives, include ? alternatives : 0);
        /* switching back off */
        cp_assert_status(capartner_query_include_alternatives(query, 0), CAPARTNER_OK);
        cp_assert_status(capartner_query_count(query, &counted), CAPARTNER_OK);
        ck_assert_uint_eq(counted, total - alternatives);
        capartner_query_free(query);
    }
}
END_TEST

/* Kazakhstan's PfP accession: 27 May 1994 (secondary sources) preferred;
 * the primary document's undated statement and NATO's later "1995" kept as
 * alternatives of it. */
START_TEST(test_kazakhstan_pfp_alternatives) {
    const capartner_participation *preferred = cp_participation("kz-pfp-participant");
    ck_assert_int_eq(capartner_participation_is_preferred(preferred), 1);
    char text[CAPARTNER_DATE_TEXT_BYTES];
    ck_assert_str_eq(cp_date_text(capartner_participation_started(preferred), text), "1994-05-27");
    const capartner_participation *later = cp_participation("kz-pfp-participant-1995");
    ck_assert_int_eq(capartner_participation_is_preferred(later), 0);
    ck_assert_ptr_eq(capartner_participation_alternative_of(later), preferred);
    ck_assert_int_eq(capartner_participation_started(later).year, 1995);
    const capartner_participation *primary = cp_participation("kz-pfp-participant-primary");
    ck_assert_ptr_eq(capartner_participation_alternative_of(primary), preferred);

    /* by default only the preferred statement; all three on request */
    for (int include = 0; include < 2; include++) {
        capartner_query *query;
        cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
        cp_assert_status(capartner_query_add_country(query, cp_country("KZ")), CAPARTNER_OK);
        cp_assert_status(capartner_query_add_body(query, cp_body("PfP")), CAPARTNER_OK);
        cp_assert_status(capartner_query_include_alternatives(query, include), CAPARTNER_OK);
        bool seen[3] = {false, false, false};
        size_t count = 0;
        for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
            count++;
            seen[0] |= p == preferred;
            seen[1] |= p == later;
            seen[2] |= p == primary;
        }
        capartner_query_free(query);
        ck_assert(seen[0]);
        ck_assert_int_eq(seen[1], include);
        ck_assert_int_eq(seen[2], include);
        ck_assert_uint_eq(count, include ? 3 : 1);
    }
}
END_TEST

/* held_on against the documented rule, for every record and several dates. */
START_TEST(test_held_on_rule) {
    static const char *const dates[] = {"1991-12", "1994",    "1994-06-01", "2002",    "2007-01-01",
                                        "2010",    "2013-12", "2016-02-22", "2016-03", "2025"};
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *p;
        cp_assert_status(capartner_participation_at(i, &p), CAPARTNER_OK);
        capartner_date started = capartner_participation_started(p);
        capartner_date reported = capartner_participation_reported(p);
        capartner_date ended = capartner_participation_ended(p);
        /* no stated start: an ended relation counts from its body's start,
         * an open one from its report (docs/data-model.md) */
        capartner_date start = started.precision ? started
                               : ended.precision
                                   ? capartner_body_started(capartner_participation_body(p))
                                   : reported;
        for (size_t d = 0; d < sizeof dates / sizeof dates[0]; d++) {
            int32_t day = cp_earliest(cp_date(dates[d]));
            bool held = true;
            if (start.precision != CAPARTNER_PRECISION_UNKNOWN && cp_earliest(start) > day)
                held = false;
            if (ended.precision != CAPARTNER_PRECISION_UNKNOWN) {
                /* "before X": gone by X's first day */
                int32_t end_day = ended.qualifier == CAPARTNER_QUALIFIER_BEFORE
                                      ? cp_latest(ended) + 1
                                      : cp_earliest(ended);
                if (day >= end_day)
                    held = false;
            }
            ck_assert_msg(capartner_participation_held_on(p, cp_date(dates[d])) == held,
                          "%s held on %s: expected %d", capartner_participation_id(p), dates[d],
                          held);
        }
        ck_assert_int_eq(capartner_participation_held_on(p, cp_date("unknown")), 0);
    }
}
END_TEST

/* "All five Central Asian countries were early participants in the North
 * Atlantic Cooperation Council" (1991-1997; they joined in 1992). */
START_TEST(test_nacc_early_participants) {
    static const char *const five[] = {"KZ", "KG", "TJ", "TM", "UZ"};
    for (size_t i = 0; i < 5; i++) {
        ck_assert_msg(roles_on(five[i], "NACC", "1995") == ROLE(PARTICIPANT),
                      "%s is no NACC participant as of 1995", five[i]);
        ck_assert_uint_eq(roles_on(five[i], "NACC", "1998"), 0);
        ck_assert_uint_eq(roles_on(five[i], "EAPC", "1998"), ROLE(MEMBER));
    }
}
END_TEST

/* A relation that never held on any day cannot be found by any as-of
 * query: its start (or, unknown, its body's start) must come before its end. */
START_TEST(test_every_relation_held_some_day) {
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *p;
        cp_assert_status(capartner_participation_at(i, &p), CAPARTNER_OK);
        capartner_date ended = capartner_participation_ended(p);
        if (ended.precision == CAPARTNER_PRECISION_UNKNOWN)
            continue;
        capartner_date started = capartner_participation_started(p);
        capartner_date start =
            started.precision ? started : capartner_body_started(capartner_participation_body(p));
        char day[16];
        int32_t first = start.precision ? cp_earliest(start) : 0;
        if (first < 10101) /* open start ("before X", unknown): the first day there is */
            first = 10101;
        snprintf(day, sizeof day, "%04d-%02d-%02d", (int)(first / 10000), (int)(first / 100 % 100),
                 (int)(first % 100));
        char ended_text[CAPARTNER_DATE_TEXT_BYTES];
        ck_assert_msg(capartner_participation_held_on(p, cp_date(day)),
                      "%s never held: from %s (its start, else its body's start) to %s",
                      capartner_participation_id(p), day, cp_date_text(ended, ended_text));
    }
}
END_TEST

START_TEST(test_every_participation) {
    size_t total = capartner_participation_count();
    ck_assert_uint_ge(total, 20);
    for (size_t i = 0; i < total; i++) {
        const capartner_participation *p, *found;
        cp_assert_status(capartner_participation_at(i, &p), CAPARTNER_OK);
        ck_assert_uint_eq(capartner_participation_index(p), i);
        cp_assert_status(capartner_participation_find(capartner_participation_id(p), &found),
                         CAPARTNER_OK);
        ck_assert_ptr_eq(found, p);
        ck_assert_ptr_nonnull(capartner_participation_country(p));
        ck_assert_ptr_nonnull(capartner_participation_body(p));
        ck_assert_int_lt(capartner_participation_role(p), CAPARTNER_ROLE_COUNT);
        ck_assert_msg(capartner_participation_summary(p)[0] != '\0', "%s has no summary",
                      capartner_participation_id(p));
        capartner_date started = capartner_participation_started(p);
        capartner_date ended = capartner_participation_ended(p);
        if (started.precision != CAPARTNER_PRECISION_UNKNOWN &&
            ended.precision != CAPARTNER_PRECISION_UNKNOWN)
            ck_assert_msg(cp_earliest(started) <= cp_latest(ended), "%s ends before it starts",
                          capartner_participation_id(p));
    }
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("participations");
    TCase *walk = cp_tcase("walk");
    tcase_add_test(walk, test_walk_matches_brute_force);
    tcase_add_test(walk, test_alternatives);
    tcase_add_test(walk, test_held_on_rule);
    tcase_add_test(walk, test_every_participation);
    suite_add_tcase(suite, walk);
    TCase *facts = cp_tcase("facts");
    tcase_add_test(facts, test_parp_statuses);
    tcase_add_test(facts, test_liaison_officer_and_representation);
    tcase_add_test(facts, test_trust_fund_lead_nations);
    tcase_add_test(facts, test_pfp_membership);
    tcase_add_test(facts, test_kazakhstan_pfp_alternatives);
    tcase_add_test(facts, test_nacc_early_participants);
    tcase_add_test(facts, test_every_relation_held_some_day);
    suite_add_tcase(suite, facts);
    return suite;
}
