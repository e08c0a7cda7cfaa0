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
    capartner_certainty mode;
    bool alternatives;
    capartner_order order;
};

static bool filter_allows(const struct filter *filter, const capartner_participation *p) {
    if (!filter->alternatives && !capartner_participation_is_preferred(p))
        return false;
    if (filter->as_of != NULL) {
        capartner_holding status = capartner_participation_status_on(p, cp_date(filter->as_of));
        if (filter->mode == CAPARTNER_CERTAINLY ? status != CAPARTNER_HOLDING_HELD
                                                : status == CAPARTNER_HOLDING_NOT_HELD)
            return false;
    }
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

/* Sets the filter's filters on a new query, or on `reused` emptied by
 * capartner_query_reset. */
static capartner_query *filter_query(const struct filter *filter, capartner_query *reused) {
    capartner_query *query = reused;
    if (reused != NULL)
        cp_assert_status(capartner_query_reset(reused, CAPARTNER_QUERY_PARTICIPATIONS),
                         CAPARTNER_OK);
    else
        cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    for (size_t i = 0; i < filter->country_count; i++)
        cp_assert_status(capartner_query_add_country(query, filter->countries[i]), CAPARTNER_OK);
    for (size_t i = 0; i < filter->body_count; i++)
        cp_assert_status(capartner_query_add_body(query, filter->bodies[i]), CAPARTNER_OK);
    for (size_t i = 0; i < filter->role_count; i++)
        cp_assert_status(capartner_query_add_role(query, filter->roles[i]), CAPARTNER_OK);
    if (filter->as_of != NULL)
        cp_assert_status(capartner_query_set_as_of_text(query, filter->as_of, filter->mode),
                         CAPARTNER_OK);
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
    capartner_query *query = filter_query(filter, NULL);
    size_t counted = 99999;
    cp_assert_status(capartner_query_count(query, &counted), CAPARTNER_OK);
    ck_assert_uint_eq(counted, expected_count);
    size_t got = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        ck_assert_msg(got < expected_count, "extra match %s", capartner_participation_id(p));
        ck_assert_msg(p == expected[got], "match %zu is %s, expected %s", got,
                      capartner_participation_id(p), capartner_participation_id(expected[got]));
        /* each match marked: certain when held on the date */
        bool certain =
            filter->as_of == NULL ||
            capartner_participation_status_on(p, cp_date(filter->as_of)) == CAPARTNER_HOLDING_HELD;
        ck_assert_int_eq(capartner_query_is_certain(query), certain);
        got++;
    }
    ck_assert_uint_eq(got, expected_count);
    /* the end stays the end; events never come out of this query */
    ck_assert_ptr_null(capartner_query_next_participation(query));
    ck_assert_ptr_null(capartner_query_next_event(query));
    capartner_query_free(query);
    /* the same matches in batches of indexes, from one query reset and
     * reused for every filter */
    cp_check_batches(filter_query(filter, cp_reused_query()), CAPARTNER_QUERY_PARTICIPATIONS,
                     (const void *const *)expected, expected_count);
    free(expected);
    return expected_count;
}

static const capartner_country *partner(size_t i) {
    static const char *const codes[] = {"KZ", "KG", "TJ", "TM", "UZ"};
    return cp_country(codes[i % 5]);
}

START_TEST(test_walk_matches_brute_force) {
    struct filter filter;
    static const char *const dates[] = {NULL,         "1994",       "2002-06", "2007", "2012",
                                        "early 2014", "2016-02-22", "2016-03", "2020"};
    for (int variant = 0; variant < 8; variant++) {
        int alternatives = variant & 1, order = variant >> 1 & 1, mode = variant >> 2;
        {
            memset(&filter, 0, sizeof filter);
            filter.mode = (capartner_certainty)mode;
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

#define ROLE(r) (1u << CAPARTNER_ROLE_##r)
/* the roles that are no taking part in the body (include/capartner.h) */
#define NOT_TAKING_PART (ROLE(ENCOURAGED) | ROLE(PROMOTER) | ROLE(COOPERATING) | ROLE(IN_TALKS))

/* The roles of taking part that country holds in body on a date (preferred
 * statements), certainly or possibly. */
static unsigned roles_in(const char *country, const char *body, const char *date,
                         capartner_certainty mode) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country(country)), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, cp_body(body)), CAPARTNER_OK);
    if (date != NULL)
        cp_assert_status(capartner_query_set_as_of_text(query, date, mode), CAPARTNER_OK);
    unsigned roles = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        ck_assert_ptr_eq(capartner_participation_country(p), cp_country(country));
        ck_assert_ptr_eq(capartner_participation_body(p), cp_body(body));
        roles |= 1u << capartner_participation_role(p);
    }
    capartner_query_free(query);
    return roles & ~NOT_TAKING_PART;
}

static unsigned roles_on(const char *country, const char *body, const char *date) {
    return roles_in(country, body, date, CAPARTNER_CERTAINLY);
}

static unsigned roles_possibly(const char *country, const char *body, const char *date) {
    return roles_in(country, body, date, CAPARTNER_POSSIBLY);
}

START_TEST(test_parp_statuses) {
    /* "Kazakhstan began participating in 2002. Uzbekistan and Kyrgyzstan
     * joined the process in 2002 and 2007, respectively. However, their
     * participation has been on hold for a number of years now. Tajikistan
     * has also expressed initial interest in PARP." */
    ck_assert_uint_eq(roles_possibly("KG", "PARP", "2006"), ROLE(ON_HOLD));
    ck_assert_uint_eq(roles_on("KG", "PARP", "2006"), 0);
    /* joined in 2007, on hold "for a number of years" by early 2014: the
     * pause began before 2013, the data does not say when */
    ck_assert_uint_eq(roles_on("KG", "PARP", "2008"), 0);
    ck_assert_uint_eq(roles_possibly("KG", "PARP", "2008"), ROLE(PARTICIPANT) | ROLE(ON_HOLD));
    ck_assert_uint_eq(roles_on("KG", "PARP", "2013-06"), ROLE(ON_HOLD));
    ck_assert_uint_eq(roles_on("UZ", "PARP", "early 2014"), ROLE(ON_HOLD));
    ck_assert_uint_eq(roles_possibly("UZ", "PARP", "2003"), ROLE(PARTICIPANT) | ROLE(ON_HOLD));
    /* past the source's content date nothing is certain; the participant
     * roles ended before 2013 */
    ck_assert_uint_eq(roles_on("KG", "PARP", "2016-03"), 0);
    ck_assert_uint_eq(roles_possibly("KG", "PARP", "2016-03"), ROLE(ON_HOLD));
    ck_assert_uint_eq(roles_possibly("UZ", "PARP", "2016-03"), ROLE(ON_HOLD));
    ck_assert_uint_eq(roles_on("KZ", "PARP", "2001"), 0);
    ck_assert_uint_eq(roles_possibly("KZ", "PARP", "2001"), 0);
    ck_assert_uint_eq(roles_on("KZ", "PARP", "2003"), ROLE(PARTICIPANT));
    ck_assert_uint_eq(roles_on("KZ", "PARP", "2014-03"), ROLE(PARTICIPANT));
    /* NATO's May 2022 page still reports Kazakhstan's PARP work since 2002:
     * certain to that page's date, unknown after it */
    ck_assert_uint_eq(roles_on("KZ", "PARP", "2016-03"), ROLE(PARTICIPANT));
    ck_assert_uint_eq(roles_on("KZ", "PARP", "2022-05-23"), ROLE(PARTICIPANT));
    ck_assert_uint_eq(roles_on("KZ", "PARP", "2022-06"), 0);
    ck_assert_uint_eq(roles_possibly("KZ", "PARP", "2022-06"), ROLE(PARTICIPANT));
    ck_assert_uint_eq(roles_on("TJ", "PARP", "early 2014"), ROLE(INTEREST_EXPRESSED));
    /* NATO's 2019 page: Tajikistan "has participated" in PARP, in no
     * period it names: a relation of its own, certain on no date */
    ck_assert_uint_eq(roles_on("TJ", "PARP", NULL), ROLE(INTEREST_EXPRESSED) | ROLE(PARTICIPANT));
    ck_assert_uint_eq(roles_on("TJ", "PARP", "2019-03-21"), 0);
    ck_assert_uint_eq(roles_possibly("TJ", "PARP", "2019-03-21"),
                      ROLE(INTEREST_EXPRESSED) | ROLE(PARTICIPANT));
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
                       : strcmp(country, "TJ") == 0 ? 8u
                                                    : 0u;
        ck_assert_msg(bit != 0, "%s participates in PARP", country);
        if (bit == 8u) /* Tajikistan's 2019 page gives no year */
            ck_assert_int_eq(capartner_participation_started(p).precision,
                             CAPARTNER_PRECISION_UNKNOWN);
        else
            ck_assert_int_eq(year, bit == 4u ? 2007 : 2002);
        seen |= bit;
    }
    ck_assert_uint_eq(seen, 15);
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
    /* lead contributor per the primary page; a contributor of 100,000 euros
     * per the February 2012 report of the signing */
    ck_assert_uint_eq(roles_jp, ROLE(LEAD_CONTRIBUTOR) | ROLE(CONTRIBUTOR));
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
    /* all five, as of the source's content */
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, pfp), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_as_of_text(query, "early 2014", CAPARTNER_CERTAINLY),
                     CAPARTNER_OK);
    bool member[5] = {false, false, false, false, false};
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));)
        for (size_t i = 0; i < 5; i++)
            member[i] |= capartner_participation_country(p) == partner(i);
    capartner_query_free(query);
    for (size_t i = 0; i < 5; i++)
        ck_assert_msg(member[i], "%s not in PfP in early 2014", capartner_country_id(partner(i)));
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
 * alternatives of it, with the two statements of its May 2022 page (the
 * 1995 entry again; its PfP exercises). */
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

    /* by default only the preferred statement; all five on request */
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
        ck_assert_uint_eq(count, include ? 5 : 1);
    }
}
END_TEST

/* ------------------------------------------- the model, rule by rule */

enum { OPEN_FIRST = 0, OPEN_LAST = 99991231 };

static bool known(capartner_date date) {
    return date.precision != CAPARTNER_PRECISION_UNKNOWN;
}

static int32_t day_before(int32_t day) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = day / 10000, month = day / 100 % 100;
    if (day == OPEN_FIRST || day == OPEN_LAST)
        return day;
    if (day % 100 > 1)
        return day - 1;
    if (month == 1)
        return (year - 1) * 10000 + 1231;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return year * 10000 + (month - 1) * 100 + (month == 3 && leap ? 29 : days[month - 2]);
}

/* What a record reports: the relation holding on its `reported` date, else
 * on its source's content date; nothing when that is not before its end. */
static bool record_evidence(const capartner_participation *r, capartner_date *out) {
    capartner_date date = capartner_participation_reported(r);
    if (!known(date))
        date = capartner_source_content_date(
            capartner_citation_source(capartner_participation_citation(r)));
    capartner_date ended = capartner_participation_ended(r);
    if (!known(date) || (known(ended) && cp_latest(date) >= cp_earliest(ended)))
        return false;
    /* "before X", "after X" and "circa X" name no period it held in */
    if (date.qualifier == CAPARTNER_QUALIFIER_BEFORE ||
        date.qualifier == CAPARTNER_QUALIFIER_AFTER || date.qualifier == CAPARTNER_QUALIFIER_CIRCA)
        return false;
    *out = date;
    return true;
}

/* Widens p's certain span over the evidence of every record that states its
 * relation (its preferred record and that one's alternatives): from the
 * oldest to the newest, each ignored when over before the possible start or
 * not before the end. */
static void widen_by_evidence(const capartner_participation *p, bool has_end, int32_t end_first,
                              const int32_t possible[2], int32_t certain[2]) {
    const capartner_participation *preferred = capartner_participation_alternative_of(p);
    if (preferred == NULL)
        preferred = p;
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *r;
        cp_assert_status(capartner_participation_at(i, &r), CAPARTNER_OK);
        capartner_date date;
        if ((r != preferred && capartner_participation_alternative_of(r) != preferred) ||
            !record_evidence(r, &date) || (has_end && cp_latest(date) >= end_first) ||
            cp_latest(date) < possible[0])
            continue;
        if (cp_earliest(date) < certain[0])
            certain[0] = cp_earliest(date) < possible[0] ? possible[0] : cp_earliest(date);
        if (!known(capartner_participation_ended(p)) && cp_latest(date) > certain[1])
            certain[1] = cp_latest(date);
    }
}

/* The spans docs/data-model.md defines, computed from the public fields. */
static void expected_spans(const capartner_participation *p, int32_t certain[2],
                           int32_t possible[2]) {
    const capartner_body *body = capartner_participation_body(p);
    capartner_date started = capartner_participation_started(p);
    capartner_date ended = capartner_participation_ended(p);
    capartner_date body_started = capartner_body_started(body),
                   body_ended = capartner_body_ended(body);
    /* the earliest possible start, no earlier than the body's */
    possible[0] = known(started) ? cp_earliest(started) : OPEN_FIRST;
    if (known(body_started) && cp_earliest(body_started) > possible[0])
        possible[0] = cp_earliest(body_started);
    /* the end: the relation's or its body's, whichever may come first */
    bool has_end = known(ended) || known(body_ended);
    int32_t end_first = OPEN_LAST, end_last = OPEN_LAST;
    if (known(ended))
        end_first = cp_earliest(ended), end_last = cp_latest(ended);
    if (known(body_ended)) {
        if (cp_earliest(body_ended) < end_first)
            end_first = cp_earliest(body_ended);
        if (cp_latest(body_ended) < end_last)
            end_last = cp_latest(body_ended);
    }
    possible[1] = has_end ? day_before(end_last) : OPEN_LAST;
    /* certain from the latest possible start to the day before the
     * earliest possible end */
    certain[0] = known(started) ? cp_latest(started) : OPEN_LAST;
    if (certain[0] < possible[0])
        certain[0] = possible[0];
    certain[1] = known(ended) ? day_before(end_first) : OPEN_FIRST;
    /* and over every date a source reports it holding */
    widen_by_evidence(p, has_end, end_first, possible, certain);
}

START_TEST(test_spans_follow_the_rule) {
    static const char *const dates[] = {"1991-12-25", "1992-06", "1994",       "1994-06-01",
                                        "2002",       "2007-01", "2010",       "2013-12",
                                        "early 2014", "2014-05", "2016-02-22", "2025"};
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *p;
        cp_assert_status(capartner_participation_at(i, &p), CAPARTNER_OK);
        const char *id = capartner_participation_id(p);
        int32_t certain[2], possible[2], first, last;
        expected_spans(p, certain, possible);
        cp_assert_status(capartner_participation_span(p, CAPARTNER_CERTAINLY, &first, &last),
                         CAPARTNER_OK);
        ck_assert_msg(first == certain[0] && last == certain[1],
                      "%s certain %d..%d, expected %d..%d", id, first, last, certain[0],
                      certain[1]);
        cp_assert_status(capartner_participation_span(p, CAPARTNER_POSSIBLY, &first, &last),
                         CAPARTNER_OK);
        ck_assert_msg(first == possible[0] && last == possible[1],
                      "%s possible %d..%d, expected %d..%d", id, first, last, possible[0],
                      possible[1]);
        /* the certain span lies within the possible one */
        ck_assert_msg(certain[0] > certain[1] ||
                          (certain[0] >= possible[0] && certain[1] <= possible[1]),
                      "%s certain beyond possible", id);
        /* every relation can have held on some day */
        ck_assert_msg(possible[0] <= possible[1], "%s can never have held", id);
        for (size_t d = 0; d < sizeof dates / sizeof dates[0]; d++) {
            int32_t day = cp_earliest(cp_date(dates[d]));
            capartner_holding expected =
                certain[0] <= day && day <= certain[1]   ? CAPARTNER_HOLDING_HELD
                : day < possible[0] || day > possible[1] ? CAPARTNER_HOLDING_NOT_HELD
                                                         : CAPARTNER_HOLDING_UNKNOWN;
            capartner_holding status = capartner_participation_status_on(p, cp_date(dates[d]));
            ck_assert_msg(status == expected, "%s on %s: %s, expected %s", id, dates[d],
                          capartner_holding_name(status), capartner_holding_name(expected));
            ck_assert_int_eq(capartner_participation_held_on(p, cp_date(dates[d])),
                             expected == CAPARTNER_HOLDING_HELD);
        }
        ck_assert_int_eq(capartner_participation_status_on(p, cp_date("unknown")),
                         CAPARTNER_HOLDING_UNKNOWN);
    }
}
END_TEST

static capartner_holding status_of(const char *id, const char *date) {
    return capartner_participation_status_on(cp_participation(id), cp_date(date));
}

/* ISAF ended on 2014-12-28 (the data's own event): its supporters are no
 * longer supporters in 2020, and were in 2014. */
START_TEST(test_isaf_support_ends_with_isaf) {
    static const char *const ids[] = {"kz-isaf-supporter", "kg-isaf-supporter", "tj-isaf-supporter",
                                      "uz-isaf-supporter"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        ck_assert_int_eq(status_of(ids[i], "2020"), CAPARTNER_HOLDING_NOT_HELD);
        ck_assert_int_eq(status_of(ids[i], "2014-12-28"), CAPARTNER_HOLDING_NOT_HELD);
        ck_assert_int_eq(status_of(ids[i], "2014-06"), CAPARTNER_HOLDING_HELD);
        /* the source does not say since when */
        ck_assert_int_eq(status_of(ids[i], "2010"), CAPARTNER_HOLDING_UNKNOWN);
    }
    ck_assert_uint_eq(roles_possibly("KZ", "ISAF", "2020"), 0);
    ck_assert_uint_eq(roles_on("KZ", "ISAF", "2014-06"), ROLE(SUPPORTER));
}
END_TEST

/* An undated relation is not "not held" before its report: unknown. */
START_TEST(test_undated_relations_unknown_before_their_report) {
    static const char *const ids[] = {"tj-papt-participant", "tj-sps-participant",
                                      "tj-nato-hq-diplomatic", "tj-ottawa-convention-member"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        ck_assert_int_eq(status_of(ids[i], "2010"), CAPARTNER_HOLDING_UNKNOWN);
        ck_assert_int_eq(status_of(ids[i], "early 2014"), CAPARTNER_HOLDING_HELD);
    }
    /* listed in 2010 when asked for what possibly held, each marked */
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country("TJ")), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_as_of_text(query, "2010", CAPARTNER_POSSIBLY),
                     CAPARTNER_OK);
    size_t found = 0, certain = 0;
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
            found += strcmp(capartner_participation_id(p), ids[i]) == 0;
        certain += (size_t)capartner_query_is_certain(query);
    }
    capartner_query_free(query);
    ck_assert_uint_eq(found, 4);
    /* only EAPC and PfP are certain then */
    ck_assert_uint_eq(certain, 2);
    ck_assert_uint_eq(roles_on("TJ", "EAPC", "2010"), ROLE(MEMBER));
    ck_assert_uint_eq(roles_on("TJ", "PfP", "2010"), ROLE(PARTICIPANT));
}
END_TEST

/* "All five Central Asian countries were early participants in the North
 * Atlantic Cooperation Council" (1991-1997); they joined in 1992. */
START_TEST(test_nacc_early_participants) {
    static const char *const five[] = {"KZ", "KG", "TJ", "TM", "UZ"};
    for (size_t i = 0; i < 5; i++) {
        ck_assert_uint_eq(roles_possibly(five[i], "NACC", "1991-12-25"), 0);
        ck_assert_uint_eq(roles_possibly(five[i], "NACC", "1992-06"), ROLE(PARTICIPANT));
        ck_assert_msg(roles_on(five[i], "NACC", "1995") == ROLE(PARTICIPANT),
                      "%s is no NACC participant as of 1995", five[i]);
        ck_assert_uint_eq(roles_possibly(five[i], "NACC", "1998"), 0);
        /* the NACC ended when the EAPC replaced it on 30 May 1997 */
        ck_assert_uint_eq(roles_possibly(five[i], "NACC", "1997-05-29"), ROLE(PARTICIPANT));
        ck_assert_uint_eq(roles_possibly(five[i], "NACC", "1997-06"), 0);
        ck_assert_uint_eq(roles_on(five[i], "EAPC", "1998"), ROLE(MEMBER));
        /* the EAPC did not exist before 30 May 1997 */
        ck_assert_uint_eq(roles_possibly(five[i], "EAPC", "1997-05-29"), 0);
    }
}
END_TEST

/* Past the last source that reports a relation, no answer is "held": as of
 * the data's date, Uzbekistan no longer hosts the liaison office (it closed
 * in 2017) and Turkey's possible project is unknown. */
START_TEST(test_no_answer_past_the_evidence) {
    const char *as_of = capartner_data_as_of();
    ck_assert_int_eq(status_of("uz-nlo-host", as_of), CAPARTNER_HOLDING_NOT_HELD);
    ck_assert_int_eq(status_of("uz-nlo-host", "early 2014"), CAPARTNER_HOLDING_HELD);
    ck_assert_int_eq(status_of("tr-tf-kyrgyzstan-lead", as_of), CAPARTNER_HOLDING_UNKNOWN);
    ck_assert_int_eq(status_of("tr-tf-kyrgyzstan-lead", "early 2014"), CAPARTNER_HOLDING_HELD);
    /* its certain span stops at the content date of its source */
    int32_t first, last;
    cp_assert_status(capartner_participation_span(cp_participation("tr-tf-kyrgyzstan-lead"),
                                                  CAPARTNER_CERTAINLY, &first, &last),
                     CAPARTNER_OK);
    ck_assert_int_eq(first, 20140101);
    ck_assert_int_eq(last, 20140430);
    /* nothing is certain past the data's evidence */
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_as_of_text(query, as_of, CAPARTNER_CERTAINLY),
                     CAPARTNER_OK);
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));)
        ck_assert_msg(strcmp(capartner_participation_id(p), "uz-nlo-host") != 0 &&
                          strcmp(capartner_participation_id(p), "tr-tf-kyrgyzstan-lead") != 0,
                      "%s held as of %s", capartner_participation_id(p), as_of);
    capartner_query_free(query);
}
END_TEST

/* Reports of one relation, in early 2014 (the primary page, an undated
 * record), on 2017-12-12 and 2022-05-23 (NATO's country page, its
 * alternatives): held certainly from the oldest to the newest, unknown
 * after. The later reports do not make the earlier one's date unknown. */
START_TEST(test_reports_hold_from_the_oldest_to_the_newest) {
    const capartner_participation *primary = cp_participation("kz-pfp-participant-primary");
    ck_assert_int_eq(capartner_participation_started(primary).precision,
                     CAPARTNER_PRECISION_UNKNOWN);
    ck_assert_int_eq(capartner_participation_ended(primary).precision, CAPARTNER_PRECISION_UNKNOWN);
    int32_t first, last;
    cp_assert_status(capartner_participation_span(primary, CAPARTNER_CERTAINLY, &first, &last),
                     CAPARTNER_OK);
    ck_assert_int_eq(first, 20140101);
    ck_assert_int_eq(last, 20220523);
    ck_assert_int_eq(status_of("kz-pfp-participant-primary", "early 2014"), CAPARTNER_HOLDING_HELD);
    ck_assert_int_eq(status_of("kz-pfp-participant-primary", "2016"), CAPARTNER_HOLDING_HELD);
    ck_assert_int_eq(status_of("kz-pfp-participant-primary", "2017-12-13"), CAPARTNER_HOLDING_HELD);
    ck_assert_int_eq(status_of("kz-pfp-participant-primary", "2022-05-24"),
                     CAPARTNER_HOLDING_UNKNOWN);
    ck_assert_int_eq(status_of("kz-pfp-participant-primary", "2013"), CAPARTNER_HOLDING_UNKNOWN);
    /* an alternative's older report makes days before the stated year's end
     * certain: Tajikistan joined in 2002, signed on 2002-02-20; its newest
     * report is NATO's page of 21 March 2019 */
    cp_assert_status(capartner_participation_span(cp_participation("tj-pfp-participant"),
                                                  CAPARTNER_CERTAINLY, &first, &last),
                     CAPARTNER_OK);
    ck_assert_int_eq(first, 20020220);
    ck_assert_int_eq(last, 20190321);
    ck_assert_int_eq(status_of("tj-pfp-participant", "2002-06"), CAPARTNER_HOLDING_HELD);
}
END_TEST

/* Kyrgyzstan and Uzbekistan in PARP: participants, then on hold from some
 * day before 2013 that the source does not give; the two spans meet in that
 * uncertain window, never at an invented day. */
START_TEST(test_parp_hold_has_no_invented_day) {
    static const char *const countries[] = {"kg", "uz"};
    for (size_t i = 0; i < 2; i++) {
        char participant[32], on_hold[32];
        snprintf(participant, sizeof participant, "%s-parp-participant", countries[i]);
        snprintf(on_hold, sizeof on_hold, "%s-parp-on-hold", countries[i]);
        /* on hold by early 2014, no longer a participant then */
        ck_assert_int_eq(status_of(on_hold, "early 2014"), CAPARTNER_HOLDING_HELD);
        ck_assert_int_eq(status_of(participant, "early 2014"), CAPARTNER_HOLDING_NOT_HELD);
        ck_assert_int_eq(status_of(participant, "2015-06"), CAPARTNER_HOLDING_NOT_HELD);
        /* in 2012 either may hold: the switch is somewhere before 2013 */
        ck_assert_int_eq(status_of(participant, "2012"), CAPARTNER_HOLDING_UNKNOWN);
        ck_assert_int_eq(status_of(on_hold, "2012"), CAPARTNER_HOLDING_UNKNOWN);
        ck_assert_int_eq(status_of(on_hold, "2013-01"), CAPARTNER_HOLDING_HELD);
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

/* Each date's text is capartner_date_format's form of it, with no buffer. */
START_TEST(test_date_texts_are_the_formatted_dates) {
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *p;
        cp_assert_status(capartner_participation_at(i, &p), CAPARTNER_OK);
        const struct {
            capartner_date date;
            const char *text;
        } dates[] = {
            {capartner_participation_started(p), capartner_participation_started_text(p)},
            {capartner_participation_ended(p), capartner_participation_ended_text(p)},
            {capartner_participation_reported(p), capartner_participation_reported_text(p)},
        };
        for (size_t d = 0; d < sizeof dates / sizeof dates[0]; d++) {
            char formatted[CAPARTNER_DATE_TEXT_BYTES];
            cp_assert_status(capartner_date_format(dates[d].date, formatted, sizeof formatted),
                             CAPARTNER_OK);
            ck_assert_str_eq(dates[d].text, formatted);
        }
    }
}
END_TEST

START_TEST(test_parp_participation_date_texts) {
    const capartner_participation *p;
    cp_assert_status(capartner_participation_find("kg-parp-participant", &p), CAPARTNER_OK);
    ck_assert_str_eq(capartner_participation_started_text(p), "2007");
    ck_assert_str_eq(capartner_participation_ended_text(p), "before 2013");
    ck_assert_str_eq(capartner_participation_reported_text(p), "early 2014");
    cp_assert_status(capartner_participation_find("kz-pfp-participant-1995", &p), CAPARTNER_OK);
    ck_assert_str_eq(capartner_participation_started_text(p), "1995");
    ck_assert_str_eq(capartner_participation_ended_text(p), "unknown");
    ck_assert_str_eq(capartner_participation_reported_text(p), "2017-12-12");
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("participations");
    TCase *walk = cp_tcase("walk");
    tcase_add_test(walk, test_walk_matches_brute_force);
    tcase_add_test(walk, test_alternatives);
    tcase_add_test(walk, test_spans_follow_the_rule);
    tcase_add_test(walk, test_every_participation);
    tcase_add_test(walk, test_date_texts_are_the_formatted_dates);
    suite_add_tcase(suite, walk);
    TCase *facts = cp_tcase("facts");
    tcase_add_test(facts, test_parp_statuses);
    tcase_add_test(facts, test_parp_participation_date_texts);
    tcase_add_test(facts, test_liaison_officer_and_representation);
    tcase_add_test(facts, test_trust_fund_lead_nations);
    tcase_add_test(facts, test_pfp_membership);
    tcase_add_test(facts, test_kazakhstan_pfp_alternatives);
    tcase_add_test(facts, test_nacc_early_participants);
    tcase_add_test(facts, test_isaf_support_ends_with_isaf);
    tcase_add_test(facts, test_undated_relations_unknown_before_their_report);
    tcase_add_test(facts, test_no_answer_past_the_evidence);
    tcase_add_test(facts, test_parp_hold_has_no_invented_day);
    tcase_add_test(facts, test_reports_hold_from_the_oldest_to_the_newest);
    suite_add_tcase(suite, facts);
    return suite;
}
