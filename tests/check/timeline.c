/* The timeline: the event walk in order, every filter alone and combined,
 * each checked against a brute-force filter over capartner_event_at; and
 * events the source states. */
#include "support.h"

#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------- brute-force filter */

struct filter {
    const capartner_country *countries[4];
    size_t country_count;
    const capartner_body *bodies[4];
    size_t body_count;
    const capartner_area *areas[4];
    size_t area_count;
    capartner_event_kind kinds[4];
    size_t kind_count;
    const char *from, *to; /* both NULL: no range; one NULL: open end */
    bool has_range;
    capartner_certainty mode;
    bool alternatives;
    capartner_order order;
};

static bool filter_allows(const struct filter *filter, const capartner_event *event) {
    if (!filter->alternatives && !capartner_event_is_preferred(event))
        return false;
    if (filter->has_range) {
        int32_t from = filter->from == NULL ? 0 : cp_earliest(cp_date(filter->from));
        int32_t to = filter->to == NULL ? 99991231 : cp_latest(cp_date(filter->to));
        capartner_date date = capartner_event_date(event);
        int32_t earliest = cp_earliest(date), latest = cp_latest(date);
        bool match = filter->mode == CAPARTNER_CERTAINLY ? earliest >= from && latest <= to
                                                         : earliest <= to && latest >= from;
        if (!match)
            return false;
    }
    bool country = filter->country_count == 0, body = filter->body_count == 0,
         area = filter->area_count == 0, kind = filter->kind_count == 0;
    for (size_t i = 0; i < filter->country_count; i++)
        country |= cp_event_has_country(event, filter->countries[i]);
    for (size_t i = 0; i < filter->body_count; i++)
        body |= cp_event_has_body(event, filter->bodies[i]);
    for (size_t i = 0; i < filter->area_count; i++)
        area |= cp_event_has_area(event, filter->areas[i]);
    for (size_t i = 0; i < filter->kind_count; i++)
        kind |= capartner_event_kind_of(event) == filter->kinds[i];
    return country && body && area && kind;
}

/* Sets the filter's filters on a new query, or on `reused` emptied by
 * capartner_query_reset. */
static capartner_query *filter_query(const struct filter *filter, capartner_query *reused) {
    capartner_query *query = reused;
    if (reused != NULL)
        cp_assert_status(capartner_query_reset(reused, CAPARTNER_QUERY_EVENTS), CAPARTNER_OK);
    else
        cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    /* filters in an order unlike the dimensions' so the plan is exercised */
    for (size_t i = 0; i < filter->kind_count; i++)
        cp_assert_status(capartner_query_add_kind(query, filter->kinds[i]), CAPARTNER_OK);
    if (filter->has_range)
        cp_assert_status(
            capartner_query_set_range_text(query, filter->from, filter->to, filter->mode),
            CAPARTNER_OK);
    for (size_t i = 0; i < filter->area_count; i++)
        cp_assert_status(capartner_query_add_area(query, filter->areas[i]), CAPARTNER_OK);
    for (size_t i = 0; i < filter->country_count; i++)
        cp_assert_status(capartner_query_add_country(query, filter->countries[i]), CAPARTNER_OK);
    for (size_t i = 0; i < filter->body_count; i++)
        cp_assert_status(capartner_query_add_body(query, filter->bodies[i]), CAPARTNER_OK);
    cp_assert_status(capartner_query_include_alternatives(query, filter->alternatives),
                     CAPARTNER_OK);
    cp_assert_status(capartner_query_set_order(query, filter->order), CAPARTNER_OK);
    return query;
}

static size_t checks_run;

/* The walk returns exactly the brute-force matches in index order (or its
 * reverse); query_count agrees without moving the walk. */
static size_t check_filter(const struct filter *filter) {
    size_t total = capartner_event_count();
    const capartner_event **expected = calloc(total + 1, sizeof *expected);
    ck_assert_ptr_nonnull(expected);
    size_t expected_count = 0;
    for (size_t i = 0; i < total; i++) {
        size_t index = filter->order == CAPARTNER_ORDER_OLDEST_FIRST ? i : total - 1 - i;
        const capartner_event *event;
        cp_assert_status(capartner_event_at(index, &event), CAPARTNER_OK);
        if (filter_allows(filter, event))
            expected[expected_count++] = event;
    }
    capartner_query *query = filter_query(filter, NULL);
    size_t got = 0, counted = 99999;
    for (const capartner_event *event; (event = capartner_query_next_event(query));) {
        ck_assert_msg(got < expected_count, "extra match %s", capartner_event_id(event));
        ck_assert_msg(event == expected[got], "match %zu is %s, expected %s", got,
                      capartner_event_id(event), capartner_event_id(expected[got]));
        got++;
        /* counting half-way does not move the walk */
        if (got == expected_count / 2) {
            cp_assert_status(capartner_query_count(query, &counted), CAPARTNER_OK);
            ck_assert_uint_eq(counted, expected_count);
        }
    }
    ck_assert_uint_eq(got, expected_count);
    cp_assert_status(capartner_query_count(query, &counted), CAPARTNER_OK);
    ck_assert_uint_eq(counted, expected_count);
    ck_assert_ptr_null(capartner_query_next_event(query));
    ck_assert_ptr_null(capartner_query_next_participation(query));
    capartner_query_free(query);
    /* the same matches in batches of indexes, from one query reset and
     * reused for every filter */
    cp_check_batches(filter_query(filter, cp_reused_query()), CAPARTNER_QUERY_EVENTS,
                     (const void *const *)expected, expected_count);
    free(expected);
    checks_run++;
    return expected_count;
}

static const capartner_country *partner(size_t i) {
    static const char *const codes[] = {"KZ", "KG", "TJ", "TM", "UZ"};
    return cp_country(codes[i % 5]);
}

struct range {
    const char *from, *to;
};
static const struct range ranges[] = {
    {"2013", "2013"},
    {"1991", "1997"},
    {"2002-02", "2002-11"},
    {"2004", "2007-06"},
    {"2014", NULL},
    {NULL, "2001"},
    {"2013-12", "2013-12"},
    {"2016-02-22", NULL},
    {"early 2005", "2005"},
    {"before 2000", "2010"},
    /* the ranges above, then (for the range alone, walked without a driving
     * list) ranges before and after every event, with no match or only the
     * open-ended ones, a day without events, and the first day of an
     * open-ended event */
    {"1900", "1950"},
    {"2090", "2099"},
    {"1993-02-03", "1993-02-03"},
    {"2001-09-12", "2001-09-12"},
};
enum { RANGE_COUNT = 10, ALL_RANGES = sizeof ranges / sizeof ranges[0] };

/* Runs the block that follows for both orders and both alternatives settings. */
#define FOR_ORDER_AND_ALTERNATIVES(filter)                                                         \
    for (int alt_ = 0; alt_ < 2; alt_++)                                                           \
        for (int order_ = 0; order_ < 2; order_++)                                                 \
            if (((filter).alternatives = alt_, (filter).order = (capartner_order)order_, 1))

START_TEST(test_single_filters) {
    struct filter filter;
    memset(&filter, 0, sizeof filter);
    FOR_ORDER_AND_ALTERNATIVES(filter) {
        ck_assert_uint_gt(check_filter(&filter), 0);
        filter.country_count = 1;
        for (size_t i = 0; i < capartner_country_count(); i++) {
            cp_assert_status(capartner_country_at(i, &filter.countries[0]), CAPARTNER_OK);
            check_filter(&filter);
        }
        filter.country_count = 0;
        filter.body_count = 1;
        for (size_t i = 0; i < capartner_body_count(); i++) {
            cp_assert_status(capartner_body_at(i, &filter.bodies[0]), CAPARTNER_OK);
            check_filter(&filter);
        }
        filter.body_count = 0;
        filter.area_count = 1;
        for (size_t i = 0; i < capartner_area_count(); i++) {
            cp_assert_status(capartner_area_at(i, &filter.areas[0]), CAPARTNER_OK);
            check_filter(&filter);
        }
        filter.area_count = 0;
        filter.kind_count = 1;
        for (int kind = 0; kind < CAPARTNER_EVENT_KIND_COUNT; kind++) {
            filter.kinds[0] = (capartner_event_kind)kind;
            check_filter(&filter);
        }
        filter.kind_count = 0;
        filter.has_range = true;
        for (size_t r = 0; r < ALL_RANGES; r++) {
            filter.from = ranges[r].from;
            filter.to = ranges[r].to;
            filter.mode = CAPARTNER_POSSIBLY;
            size_t overlaps = check_filter(&filter);
            filter.mode = CAPARTNER_CERTAINLY;
            ck_assert_uint_le(check_filter(&filter), overlaps);
        }
        filter.has_range = false;
    }
}
END_TEST

START_TEST(test_several_values_per_dimension) {
    struct filter filter;
    memset(&filter, 0, sizeof filter);
    FOR_ORDER_AND_ALTERNATIVES(filter) {
        /* country pairs and triples: OR within the dimension */
        for (size_t a = 0; a < 5; a++) {
            for (size_t b = 0; b < 5; b++) {
                filter.countries[0] = partner(a);
                filter.countries[1] = partner(b);
                filter.country_count = 2;
                size_t pair = check_filter(&filter);
                filter.countries[2] = cp_country("AF");
                filter.country_count = 3;
                ck_assert_uint_ge(check_filter(&filter), pair);
            }
        }
        filter.country_count = 0;
        /* body pairs, area pairs, kind pairs */
        size_t bodies = capartner_body_count();
        for (size_t i = 0; i + 1 < bodies; i += 3) {
            cp_assert_status(capartner_body_at(i, &filter.bodies[0]), CAPARTNER_OK);
            cp_assert_status(capartner_body_at(bodies - 1 - i, &filter.bodies[1]), CAPARTNER_OK);
            filter.body_count = 2;
            check_filter(&filter);
        }
        filter.body_count = 0;
        size_t areas = capartner_area_count();
        for (size_t i = 0; i < areas; i++) {
            for (size_t j = i + 1; j < areas; j++) {
                cp_assert_status(capartner_area_at(i, &filter.areas[0]), CAPARTNER_OK);
                cp_assert_status(capartner_area_at(j, &filter.areas[1]), CAPARTNER_OK);
                filter.area_count = 2;
                check_filter(&filter);
            }
        }
        filter.area_count = 0;
        for (int k = 0; k < CAPARTNER_EVENT_KIND_COUNT; k++) {
            filter.kinds[0] = (capartner_event_kind)k;
            filter.kinds[1] = (capartner_event_kind)((k + 5) % CAPARTNER_EVENT_KIND_COUNT);
            filter.kinds[2] = (capartner_event_kind)((k + 11) % CAPARTNER_EVENT_KIND_COUNT);
            filter.kind_count = 3;
            check_filter(&filter);
        }
        filter.kind_count = 0;
        /* adding the same value twice changes nothing */
        filter.countries[0] = partner(0);
        filter.countries[1] = partner(0);
        filter.country_count = 1;
        size_t once = check_filter(&filter);
        filter.country_count = 2;
        ck_assert_uint_eq(check_filter(&filter), once);
        filter.country_count = 0;
    }
}
END_TEST

START_TEST(test_combined_filters) {
    struct filter filter;
    memset(&filter, 0, sizeof filter);
    size_t areas = capartner_area_count(), bodies = capartner_body_count();
    FOR_ORDER_AND_ALTERNATIVES(filter) {
        /* country + area */
        for (size_t c = 0; c < 5; c++) {
            filter.countries[0] = partner(c);
            filter.country_count = 1;
            filter.area_count = 1;
            for (size_t a = 0; a < areas; a++) {
                cp_assert_status(capartner_area_at(a, &filter.areas[0]), CAPARTNER_OK);
                check_filter(&filter);
            }
            filter.area_count = 0;
            /* country + range, both modes */
            filter.has_range = true;
            for (size_t r = 0; r < RANGE_COUNT; r++) {
                filter.from = ranges[r].from;
                filter.to = ranges[r].to;
                filter.mode = CAPARTNER_POSSIBLY;
                check_filter(&filter);
                filter.mode = CAPARTNER_CERTAINLY;
                check_filter(&filter);
            }
            filter.has_range = false;
            /* country + kind */
            filter.kind_count = 1;
            for (int k = 0; k < CAPARTNER_EVENT_KIND_COUNT; k++) {
                filter.kinds[0] = (capartner_event_kind)k;
                check_filter(&filter);
            }
            filter.kind_count = 0;
        }
        filter.country_count = 0;
        /* body + kind + range */
        for (size_t b = 0; b < bodies; b++) {
            cp_assert_status(capartner_body_at(b, &filter.bodies[0]), CAPARTNER_OK);
            filter.body_count = 1;
            filter.kind_count = 2;
            filter.kinds[0] = CAPARTNER_EVENT_ACCESSION;
            filter.kinds[1] = (capartner_event_kind)(b % CAPARTNER_EVENT_KIND_COUNT);
            filter.has_range = true;
            for (size_t r = 0; r < RANGE_COUNT; r += 2) {
                filter.from = ranges[r].from;
                filter.to = ranges[r].to;
                filter.mode = (capartner_certainty)(r / 2 % 2);
                check_filter(&filter);
            }
            filter.has_range = false;
            filter.kind_count = 0;
            /* body + country */
            filter.countries[0] = partner(b);
            filter.country_count = 1;
            check_filter(&filter);
            filter.country_count = 0;
        }
        filter.body_count = 0;
        /* all dimensions at once */
        for (size_t c = 0; c < 5; c++) {
            filter.countries[0] = partner(c);
            filter.countries[1] = partner(c + 2);
            filter.country_count = 2;
            filter.bodies[0] = cp_body("PfP");
            filter.bodies[1] = cp_body("DEEP");
            filter.bodies[2] = cp_body("PARP");
            filter.body_count = 3;
            for (size_t a = 0; a < areas; a++) {
                cp_assert_status(capartner_area_at(a, &filter.areas[0]), CAPARTNER_OK);
                filter.area_count = 1;
                filter.kinds[0] = CAPARTNER_EVENT_ACCESSION;
                filter.kinds[1] = CAPARTNER_EVENT_AGREEMENT;
                filter.kinds[2] = CAPARTNER_EVENT_TRAINING;
                filter.kind_count = 3;
                filter.has_range = true;
                filter.from = "1994";
                filter.to = "2014";
                filter.mode = (capartner_certainty)(a % 2);
                check_filter(&filter);
            }
            filter.area_count = 0;
            filter.kind_count = 0;
            filter.has_range = false;
        }
        filter.country_count = 0;
        filter.body_count = 0;
    }
    ck_assert_uint_gt(checks_run, 100);
}
END_TEST

/* ------------------------------------------------------------- the walk */

START_TEST(test_full_walk_in_timeline_order) {
    size_t total = capartner_event_count();
    ck_assert_uint_ge(total, 40);
    /* the table itself is in timeline order, ties by id */
    for (size_t i = 0; i < total; i++) {
        const capartner_event *event, *found;
        cp_assert_status(capartner_event_at(i, &event), CAPARTNER_OK);
        ck_assert_uint_eq(capartner_event_index(event), i);
        cp_assert_status(capartner_event_find(capartner_event_id(event), &found), CAPARTNER_OK);
        ck_assert_ptr_eq(found, event);
        if (i == 0)
            continue;
        const capartner_event *previous;
        cp_assert_status(capartner_event_at(i - 1, &previous), CAPARTNER_OK);
        int order =
            capartner_date_compare(capartner_event_date(previous), capartner_event_date(event));
        ck_assert_msg(order < 0 || (order == 0 && strcmp(capartner_event_id(previous),
                                                         capartner_event_id(event)) < 0),
                      "%s (%s) before %s (%s)", capartner_event_id(previous),
                      capartner_event_date_text(previous), capartner_event_id(event),
                      capartner_event_date_text(event));
    }

    /* the unfiltered walk: every preferred event, non-decreasing dates */
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    const capartner_event **forward = calloc(total, sizeof *forward);
    ck_assert_ptr_nonnull(forward);
    size_t count = 0, preferred = 0;
    for (size_t i = 0; i < total; i++) {
        const capartner_event *event;
        cp_assert_status(capartner_event_at(i, &event), CAPARTNER_OK);
        preferred += capartner_event_is_preferred(event) != 0;
    }
    for (const capartner_event *event; (event = capartner_query_next_event(query));) {
        ck_assert_uint_lt(count, total);
        ck_assert(capartner_event_is_preferred(event));
        if (count > 0)
            ck_assert_int_le(capartner_date_compare(capartner_event_date(forward[count - 1]),
                                                    capartner_event_date(event)),
                             0);
        forward[count++] = event;
    }
    ck_assert_uint_eq(count, preferred);
    ck_assert_uint_lt(preferred, total); /* the data has alternatives */

    /* newest first is exactly the reverse */
    cp_assert_status(capartner_query_set_order(query, CAPARTNER_ORDER_NEWEST_FIRST), CAPARTNER_OK);
    size_t back = 0;
    for (const capartner_event *event; (event = capartner_query_next_event(query));) {
        ck_assert_uint_lt(back, count);
        ck_assert_ptr_eq(event, forward[count - 1 - back]);
        back++;
    }
    ck_assert_uint_eq(back, count);
    capartner_query_free(query);
    free(forward);
}
END_TEST

START_TEST(test_count_rewind_and_restart) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country("KZ")), CAPARTNER_OK);
    size_t count;
    cp_assert_status(capartner_query_count(query, &count), CAPARTNER_OK);
    ck_assert_uint_ge(count, 5);
    const capartner_event *first = capartner_query_next_event(query);
    const capartner_event *second = capartner_query_next_event(query);
    ck_assert_ptr_nonnull(first);
    ck_assert_ptr_nonnull(second);
    ck_assert_ptr_ne(first, second);
    /* counting does not move the walk */
    size_t again;
    cp_assert_status(capartner_query_count(query, &again), CAPARTNER_OK);
    ck_assert_uint_eq(again, count);
    const capartner_event *third = capartner_query_next_event(query);
    ck_assert_ptr_nonnull(third);
    ck_assert_ptr_ne(third, second);
    ck_assert_ptr_ne(third, first);
    /* rewind restarts */
    cp_assert_status(capartner_query_rewind(query), CAPARTNER_OK);
    ck_assert_ptr_eq(capartner_query_next_event(query), first);
    ck_assert_ptr_eq(capartner_query_next_event(query), second);
    /* the walk ends after count results and stays ended */
    size_t rest = 2;
    while (capartner_query_next_event(query) != NULL)
        rest++;
    ck_assert_uint_eq(rest, count);
    ck_assert_ptr_null(capartner_query_next_event(query));
    cp_assert_status(capartner_query_rewind(query), CAPARTNER_OK);
    ck_assert_ptr_eq(capartner_query_next_event(query), first);
    /* changing a filter restarts the walk too */
    capartner_query_next_event(query);
    cp_assert_status(capartner_query_add_kind(query, capartner_event_kind_of(first)), CAPARTNER_OK);
    ck_assert_ptr_eq(capartner_query_next_event(query), first);
    cp_assert_status(capartner_query_set_order(query, CAPARTNER_ORDER_NEWEST_FIRST), CAPARTNER_OK);
    const capartner_event *last = NULL;
    for (const capartner_event *event; (event = capartner_query_next_event(query));)
        last = event;
    ck_assert_ptr_eq(last, first);
    capartner_query_free(query);
}
END_TEST

/* A reset query is a new one: no filters, oldest first, preferred only,
 * at its start, of the kind given; and is_certain follows the batches. */
START_TEST(test_reset_empties_the_query) {
    capartner_query *query, *fresh;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &fresh), CAPARTNER_OK);
    size_t all, count;
    cp_assert_status(capartner_query_count(fresh, &all), CAPARTNER_OK);
    const capartner_event *oldest = capartner_query_next_event(fresh);
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country("KZ")), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_kind(query, CAPARTNER_EVENT_EXERCISE), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, "2003", "2015", CAPARTNER_POSSIBLY),
                     CAPARTNER_OK);
    cp_assert_status(capartner_query_set_order(query, CAPARTNER_ORDER_NEWEST_FIRST), CAPARTNER_OK);
    cp_assert_status(capartner_query_include_alternatives(query, 1), CAPARTNER_OK);
    cp_assert_status(capartner_query_count(query, &count), CAPARTNER_OK);
    ck_assert_uint_lt(count, all);
    ck_assert_ptr_nonnull(capartner_query_next_event(query));
    /* to participations and back */
    cp_assert_status(capartner_query_reset(query, CAPARTNER_QUERY_PARTICIPATIONS), CAPARTNER_OK);
    ck_assert_ptr_null(capartner_query_next_event(query));
    const capartner_participation *p = capartner_query_next_participation(query);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(capartner_participation_is_preferred(p), 1);
    cp_assert_status(capartner_query_reset(query, CAPARTNER_QUERY_EVENTS), CAPARTNER_OK);
    cp_assert_status(capartner_query_count(query, &count), CAPARTNER_OK);
    ck_assert_uint_eq(count, all);
    ck_assert_ptr_eq(capartner_query_next_event(query), oldest);
    /* one match a call, then the rest in a batch: nothing skipped or repeated */
    cp_assert_status(capartner_query_rewind(query), CAPARTNER_OK);
    const capartner_event *first = capartner_query_next_event(query);
    const capartner_event *second = capartner_query_next_event(query);
    size_t rest[256], rest_count;
    cp_assert_status(capartner_query_next_indexes(query, rest, 256, &rest_count), CAPARTNER_OK);
    ck_assert_uint_eq(rest_count + 2, all);
    ck_assert_ptr_eq(first, oldest);
    ck_assert_uint_gt(rest[0], capartner_event_index(second));
    cp_assert_status(capartner_query_rewind(query), CAPARTNER_OK);
    for (size_t i = 0; i < 2; i++)
        capartner_query_next_event(query);
    ck_assert_uint_eq(capartner_event_index(capartner_query_next_event(query)), rest[0]);
    cp_assert_status(capartner_query_rewind(query), CAPARTNER_OK);
    /* a filter added after the reset is the only one */
    cp_assert_status(capartner_query_add_country(query, cp_country("TM")), CAPARTNER_OK);
    for (const capartner_event *e; (e = capartner_query_next_event(query));)
        ck_assert(cp_event_has_country(e, cp_country("TM")));
    /* in POSSIBLY mode, is_certain tells about the last index of a batch */
    cp_assert_status(capartner_query_reset(query, CAPARTNER_QUERY_EVENTS), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, "2013", "2013", CAPARTNER_POSSIBLY),
                     CAPARTNER_OK);
    size_t index, filled;
    size_t certain = 0, uncertain = 0;
    while (capartner_query_next_indexes(query, &index, 1, &filled) == CAPARTNER_OK && filled) {
        const capartner_event *e;
        cp_assert_status(capartner_event_at(index, &e), CAPARTNER_OK);
        capartner_date date = capartner_event_date(e);
        int within = cp_earliest(date) >= 20130101 && cp_latest(date) <= 20131231;
        ck_assert_int_eq(capartner_query_is_certain(query), within);
        within ? certain++ : uncertain++;
    }
    ck_assert_uint_gt(certain, 0);
    ck_assert_uint_gt(uncertain, 0); /* "after 2001-09-11" may fall in 2013 */
    ck_assert_int_eq(capartner_query_is_certain(query), 0);
    capartner_query_free(query);
    capartner_query_free(fresh);
}
END_TEST

/* ---------------------------------------------------------------- facts */

/* The preferred events with all of these: country (or NULL), body (or
 * NULL), kind (or -1), within the year range. */
static size_t find_events(const char *country, const char *body, int kind, const char *from,
                          const char *to, const capartner_event **first) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    if (country != NULL)
        cp_assert_status(capartner_query_add_country(query, cp_country(country)), CAPARTNER_OK);
    if (body != NULL)
        cp_assert_status(capartner_query_add_body(query, cp_body(body)), CAPARTNER_OK);
    if (kind >= 0)
        cp_assert_status(capartner_query_add_kind(query, (capartner_event_kind)kind), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, from, to, CAPARTNER_CERTAINLY),
                     CAPARTNER_OK);
    size_t count;
    cp_assert_status(capartner_query_count(query, &count), CAPARTNER_OK);
    if (first != NULL)
        *first = capartner_query_next_event(query);
    capartner_query_free(query);
    return count;
}

START_TEST(test_tajikistan_joins_pfp_2002) {
    const capartner_event *event = NULL;
    /* "Tajikistan joined later, in 2002" */
    ck_assert_uint_eq(find_events("TJ", "PfP", CAPARTNER_EVENT_ACCESSION, "2002", "2002", &event),
                      1);
    ck_assert_int_eq(capartner_event_date(event).year, 2002);
    /* and not before */
    ck_assert_uint_eq(find_events("TJ", "PfP", CAPARTNER_EVENT_ACCESSION, NULL, "2001", NULL), 0);
    /* the other four joined shortly after the 1994 launch */
    static const char *const early[] = {"KZ", "KG", "TM", "UZ"};
    for (size_t i = 0; i < 4; i++)
        ck_assert_msg(
            find_events(early[i], "PfP", CAPARTNER_EVENT_ACCESSION, "1994", "1995", NULL) == 1,
            "%s did not join PfP in 1994-1995", early[i]);
}
END_TEST

START_TEST(test_uzbekistan_deep_december_2013) {
    /* "in December 2013 NATO began the implementation of a DEEP with Uzbekistan" */
    const capartner_event *event = cp_event("2013-12-deep-uzbekistan");
    capartner_date date = capartner_event_date(event);
    ck_assert_int_eq(date.year, 2013);
    ck_assert_int_eq(date.month, 12);
    ck_assert_int_eq(date.precision, CAPARTNER_PRECISION_MONTH);
    ck_assert_str_eq(capartner_event_date_text(event), "2013-12");
    ck_assert(cp_event_has_country(event, cp_country("UZ")));
    ck_assert(cp_event_has_body(event, cp_body("DEEP")));
    ck_assert_int_eq(capartner_event_is_preferred(event), 1);
    const capartner_event *found = NULL;
    ck_assert_uint_eq(find_events("UZ", "DEEP", -1, "2013-12", "2013-12", &found), 1);
    ck_assert_ptr_eq(found, event);
}
END_TEST

START_TEST(test_events_of_2013) {
    /* the source's 2013: the Samarkand SPS workshop (May), Steppe Eagle 2013,
     * the DEEP with Uzbekistan (December); supplementary: the NATO Liaison
     * Officer based in Tashkent from March 2013 */
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, "2013", "2013", CAPARTNER_CERTAINLY),
                     CAPARTNER_OK);
    bool samarkand = false, deep = false, steppe_eagle = false, may = false;
    size_t count = 0;
    for (const capartner_event *event; (event = capartner_query_next_event(query));) {
        count++;
        capartner_date date = capartner_event_date(event);
        ck_assert_int_eq(date.year, 2013);
        samarkand |= capartner_event_place(event) == cp_place("Samarkand");
        may |= capartner_event_place(event) == cp_place("Samarkand") && date.month == 5;
        deep |= strcmp(capartner_event_id(event), "2013-12-deep-uzbekistan") == 0;
        steppe_eagle |= cp_event_has_body(event, cp_body("Steppe Eagle"));
    }
    capartner_query_free(query);
    ck_assert(samarkand);
    ck_assert(may);
    ck_assert(deep);
    ck_assert(steppe_eagle);

    /* the dataset's 2013, oldest first: the year-wide dates first (Steppe
     * Eagle 2013, Uzbekistan's first IPCP and its entry into DEEP, by id), the
     * liaison office moving to Tashkent (March), President Rahmon at NATO
     * (10 April), the Samarkand workshop (May), the office's accreditation
     * (July), KAZBAT's evaluation (August), President Atambayev at NATO
     * (17 September), the OCC conference in Almaty (October), the DEEP with
     * Uzbekistan (December) */
    static const char *const ids[] = {"2013-steppe-eagle",
                                      "2013-uz-first-ipcp",
                                      "2013-uz-joins-deep",
                                      "2013-03-nlo-moves-to-tashkent",
                                      "2013-04-10-rahmon-at-nato-hq",
                                      "2013-05-sps-samarkand-workshop",
                                      "2013-07-nlo-accredited",
                                      "2013-08-kazbat-evaluated",
                                      "2013-09-17-atambayev-at-nato-hq",
                                      "2013-10-kz-peacekeepers-declared-ready",
                                      "2013-12-deep-uzbekistan"};
    ck_assert_uint_eq(count, sizeof ids / sizeof ids[0]);
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, "2013", "2013", CAPARTNER_CERTAINLY),
                     CAPARTNER_OK);
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        ck_assert_ptr_eq(capartner_query_next_event(query), cp_event(ids[i]));
    ck_assert_ptr_null(capartner_query_next_event(query));
    capartner_query_free(query);
}
END_TEST

/* Events of a range: by default those certainly in it. An event dated
 * "after 2001-09-11" may fall in 2013 or in 2030, so it is in neither unless
 * asked for what possibly is, and then it is marked. */
static size_t range_walk(const char *country, const char *from, const char *to,
                         capartner_certainty mode, size_t *uncertain, bool *open_ended) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country(country)), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, from, to, mode), CAPARTNER_OK);
    int32_t range_first = cp_earliest(cp_date(from)),
            range_last = to != NULL ? cp_latest(cp_date(to)) : 99991231;
    size_t count = 0;
    *uncertain = 0;
    *open_ended = false;
    for (const capartner_event *event; (event = capartner_query_next_event(query));) {
        count++;
        capartner_date date = capartner_event_date(event);
        bool within = cp_earliest(date) >= range_first && cp_latest(date) <= range_last;
        ck_assert_int_eq(capartner_query_is_certain(query), within);
        ck_assert_msg(mode == CAPARTNER_POSSIBLY || within, "%s (%s) is not certainly in %s..%s",
                      capartner_event_id(event), capartner_event_date_text(event), from,
                      to != NULL ? to : "");
        *uncertain += !within;
        *open_ended |= date.qualifier == CAPARTNER_QUALIFIER_AFTER;
    }
    ck_assert_int_eq(capartner_query_is_certain(query), 0); /* no match: nothing certain */
    capartner_query_free(query);
    return count;
}

START_TEST(test_ranges_certainly_by_default) {
    size_t uncertain;
    bool open_ended;
    /* Uzbekistan in 2013: no "after 2001-09-11" at the end */
    size_t certain = range_walk("UZ", "2013", "2013", CAPARTNER_CERTAINLY, &uncertain, &open_ended);
    ck_assert_uint_gt(certain, 0);
    ck_assert(!open_ended);
    size_t possible = range_walk("UZ", "2013", "2013", CAPARTNER_POSSIBLY, &uncertain, &open_ended);
    ck_assert_uint_eq(possible, certain + uncertain);
    /* Kazakhstan from 2030: nothing is certain; open-ended events may be */
    ck_assert_uint_eq(range_walk("KZ", "2030", NULL, CAPARTNER_CERTAINLY, &uncertain, &open_ended),
                      0);
    size_t maybe = range_walk("KZ", "2030", NULL, CAPARTNER_POSSIBLY, &uncertain, &open_ended);
    ck_assert_uint_gt(maybe, 0);
    ck_assert_uint_eq(uncertain, maybe);
    ck_assert(open_ended);
}
END_TEST

/* Matches of the whole timeline in a range; counts those dated "after". */
static size_t timeline_range(const char *from, const char *to, capartner_certainty mode,
                             size_t *after) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, from, to, mode), CAPARTNER_OK);
    size_t count = 0;
    *after = 0;
    for (const capartner_event *event; (event = capartner_query_next_event(query)); count++)
        *after += capartner_event_date(event).qualifier == CAPARTNER_QUALIFIER_AFTER;
    capartner_query_free(query);
    return count;
}

/* Before the first event nothing falls; after the last only the events
 * with no last day may, and every one of them does. */
START_TEST(test_ranges_outside_the_data) {
    size_t after;
    for (int mode = 0; mode < 2; mode++)
        ck_assert_uint_eq(timeline_range("1900", "1950", (capartner_certainty)mode, &after), 0);
    ck_assert_uint_eq(timeline_range("2090", "2099", CAPARTNER_CERTAINLY, &after), 0);
    size_t open_ended = timeline_range("2090", "2099", CAPARTNER_POSSIBLY, &after);
    ck_assert_uint_ge(open_ended, 2); /* "after 2001-09-11" and another */
    ck_assert_uint_eq(after, open_ended);
    /* the same events, and the rest of those overlapping, in a range that
     * begins long after they do */
    size_t later = timeline_range("2016", "2016", CAPARTNER_POSSIBLY, &after);
    ck_assert_uint_gt(later, open_ended);
    ck_assert_uint_eq(after, open_ended);
}
END_TEST

/* Whether the event is among the matches of a range; *certain says how it
 * was marked. */
static bool event_in_range(const char *id, const char *from, const char *to,
                           capartner_certainty mode, bool *certain) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, from, to, mode), CAPARTNER_OK);
    bool found = false;
    *certain = false;
    for (const capartner_event *event; !found && (event = capartner_query_next_event(query));)
        if (event == cp_event(id)) {
            found = true;
            *certain = capartner_query_is_certain(query) != 0;
        }
    capartner_query_free(query);
    return found;
}

/* Lord Robertson recalls in July 2003 a visit "three years ago": about 2000,
 * which may be 1999 or 2001, so certain only over 1999..2001. */
START_TEST(test_circa_is_certain_only_a_unit_wider) {
    static const char *const visit = "2000-sg-robertson-visits-kazakhstan";
    bool certain;
    ck_assert(!event_in_range(visit, "2000", "2000", CAPARTNER_CERTAINLY, &certain));
    ck_assert(event_in_range(visit, "2000", "2000", CAPARTNER_POSSIBLY, &certain));
    ck_assert(!certain);
    ck_assert(event_in_range(visit, "2001", "2001", CAPARTNER_POSSIBLY, &certain));
    ck_assert(!certain);
    ck_assert(event_in_range(visit, "1999", "1999", CAPARTNER_POSSIBLY, &certain));
    ck_assert(!certain);
    ck_assert(!event_in_range(visit, "2002", "2002", CAPARTNER_POSSIBLY, &certain));
    ck_assert(!event_in_range(visit, "1998", "1998", CAPARTNER_POSSIBLY, &certain));
    ck_assert(event_in_range(visit, "1999", "2001", CAPARTNER_CERTAINLY, &certain));
    ck_assert(certain);
    ck_assert(event_in_range(visit, "1999", "2001", CAPARTNER_POSSIBLY, &certain));
    ck_assert(certain);
    ck_assert(!event_in_range(visit, "1999-02", "2001", CAPARTNER_CERTAINLY, &certain));
    ck_assert(!event_in_range(visit, "1999", "2001-11", CAPARTNER_CERTAINLY, &certain));
}
END_TEST

START_TEST(test_dated_facts_of_the_source) {
    const capartner_event *event;
    /* NACC "established by the Alliance in December 1991" */
    ck_assert_uint_ge(
        find_events(NULL, "NACC", CAPARTNER_EVENT_ESTABLISHMENT, "1991-12", "1991-12", &event), 1);
    /* "The EADRCC was created in 1998" */
    ck_assert_uint_eq(
        find_events(NULL, "EADRCC", CAPARTNER_EVENT_ESTABLISHMENT, "1998", "1998", &event), 1);
    /* Kazakhstan's IPAP in 2006 */
    ck_assert_uint_ge(find_events("KZ", "IPAP", -1, "2006", "2006", NULL), 1);
    /* Kyrgyzstan agreed to participate in PARP in 2007 */
    ck_assert_uint_ge(find_events("KG", "PARP", -1, "2007", "2007", NULL), 1);
    /* Kazakhstan requested a DEEP in 2007 */
    ck_assert_uint_ge(find_events("KZ", "DEEP", CAPARTNER_EVENT_REQUEST, "2007", "2007", NULL), 1);
    /* floods in southern Kyrgyzstan, 2005; snowfall, 2006: EADRCC assistance */
    ck_assert_uint_ge(find_events("KG", "EADRCC", -1, "2005", "2005", NULL), 1);
    ck_assert_uint_ge(find_events("KG", "EADRCC", -1, "2006", "2006", NULL), 1);
    /* Andijan, May 2005 */
    ck_assert_uint_ge(find_events("UZ", NULL, CAPARTNER_EVENT_CRISIS, "2005-05", "2005-05", &event),
                      1);
    ck_assert_ptr_eq(capartner_event_place(event), cp_place("Andijan"));
    /* NATO took command of ISAF in 2003 */
    ck_assert_uint_ge(find_events(NULL, "ISAF", -1, "2003", "2003", NULL), 1);
    /* Tajikistan destroyed its last anti-personnel mines in 2004 (Ottawa Convention) */
    ck_assert_uint_ge(find_events("TJ", "Ottawa Convention", -1, "2004", "2004", NULL), 1);
    /* the retraining programme in Kyrgyzstan began in 2009 */
    ck_assert_uint_ge(find_events("KG", NULL, -1, "2009", "2009", NULL), 1);
    /* KAZCENT recognised as a PTEC in 2010 */
    ck_assert_uint_ge(
        find_events("KZ", "KAZCENT", CAPARTNER_EVENT_RECOGNITION, "2010", "2010", NULL), 1);
    /* the SPS course in Bishkek, June 2012 */
    ck_assert_uint_ge(
        find_events("KG", "SPS", CAPARTNER_EVENT_TRAINING, "2012-06", "2012-06", &event), 1);
    ck_assert_ptr_eq(capartner_event_place(event), cp_place("Bishkek"));
    /* the NATO Depository Library in Tashkent, 2014 */
    ck_assert_uint_ge(find_events("UZ", NULL, CAPARTNER_EVENT_OPENING, "2014", "2014", NULL), 1);
}
END_TEST

START_TEST(test_alternatives_excluded_by_default) {
    size_t total = capartner_event_count(), alternatives = 0;
    const capartner_event *alternative = NULL;
    for (size_t i = 0; i < total; i++) {
        const capartner_event *event;
        cp_assert_status(capartner_event_at(i, &event), CAPARTNER_OK);
        const capartner_event *preferred = capartner_event_alternative_of(event);
        ck_assert_int_eq(capartner_event_is_preferred(event), preferred == NULL);
        if (preferred == NULL)
            continue;
        alternatives++;
        alternative = event;
        /* an alternative names a preferred record, which has none itself */
        ck_assert_int_eq(capartner_event_is_preferred(preferred), 1);
        ck_assert_ptr_null(capartner_event_alternative_of(preferred));
    }
    ck_assert_ptr_nonnull(alternative);

    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    size_t count;
    cp_assert_status(capartner_query_count(query, &count), CAPARTNER_OK);
    ck_assert_uint_eq(count, total - alternatives);
    for (const capartner_event *event; (event = capartner_query_next_event(query));)
        ck_assert_ptr_ne(event, alternative);
    cp_assert_status(capartner_query_include_alternatives(query, 1), CAPARTNER_OK);
    cp_assert_status(capartner_query_count(query, &count), CAPARTNER_OK);
    ck_assert_uint_eq(count, total);
    bool seen = false;
    for (const capartner_event *event; (event = capartner_query_next_event(query));)
        seen |= event == alternative;
    ck_assert(seen);
    capartner_query_free(query);

    /* Kazakhstan's PfP accession: 1994 preferred, NATO's later "1995" an alternative */
    const capartner_event *kz = NULL;
    ck_assert_uint_eq(find_events("KZ", "PfP", CAPARTNER_EVENT_ACCESSION, NULL, NULL, &kz), 1);
    ck_assert_int_eq(capartner_event_date(kz).year, 1994);
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_country(query, cp_country("KZ")), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_body(query, cp_body("PfP")), CAPARTNER_OK);
    cp_assert_status(capartner_query_add_kind(query, CAPARTNER_EVENT_ACCESSION), CAPARTNER_OK);
    cp_assert_status(capartner_query_include_alternatives(query, 1), CAPARTNER_OK);
    bool alternative_1995 = false;
    for (const capartner_event *event; (event = capartner_query_next_event(query));)
        alternative_1995 |=
            capartner_event_alternative_of(event) == kz && capartner_event_date(event).year == 1995;
    ck_assert(alternative_1995);
    capartner_query_free(query);
}
END_TEST

START_TEST(test_every_event_is_well_formed) {
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *event;
        cp_assert_status(capartner_event_at(i, &event), CAPARTNER_OK);
        const char *id = capartner_event_id(event);
        capartner_date date = capartner_event_date(event);
        ck_assert_msg(date.precision != CAPARTNER_PRECISION_UNKNOWN, "%s has no date", id);
        char text[CAPARTNER_DATE_TEXT_BYTES];
        ck_assert_str_eq(capartner_event_date_text(event), cp_date_text(date, text));
        ck_assert_int_lt(capartner_event_kind_of(event), CAPARTNER_EVENT_KIND_COUNT);
        ck_assert_msg(capartner_event_summary(event)[0] != '\0', "%s has no summary", id);
        /* "<date>-<slug>": the id starts with the date's text, '-' for ' ';
         * ids are stable, so a "circa" added to a published date may be
         * missing from it */
        char prefix[CAPARTNER_DATE_TEXT_BYTES + 1];
        strcpy(prefix, text);
        for (char *c = prefix; *c; c++)
            *c = *c == ' ' ? '-' : *c;
        strcat(prefix, "-");
        const char *expected = prefix;
        if (date.qualifier == CAPARTNER_QUALIFIER_CIRCA && strncmp(id, "circa-", 6) != 0)
            expected += strlen("circa-");
        ck_assert_msg(strncmp(id, expected, strlen(expected)) == 0, "%s does not start with %s", id,
                      expected);
        /* links are records, without repeats */
        for (size_t c = 0; c < capartner_event_country_count(event); c++) {
            const capartner_country *country, *other;
            cp_assert_status(capartner_event_country_at(event, c, &country), CAPARTNER_OK);
            for (size_t d = 0; d < c; d++) {
                cp_assert_status(capartner_event_country_at(event, d, &other), CAPARTNER_OK);
                ck_assert_ptr_ne(country, other);
            }
        }
        const capartner_country *none = (const capartner_country *)event;
        cp_assert_status(
            capartner_event_country_at(event, capartner_event_country_count(event), &none),
            CAPARTNER_ERR_OUT_OF_RANGE);
        ck_assert_ptr_null(none);
        const capartner_body *no_body = (const capartner_body *)event;
        cp_assert_status(
            capartner_event_body_at(event, capartner_event_body_count(event), &no_body),
            CAPARTNER_ERR_OUT_OF_RANGE);
        ck_assert_ptr_null(no_body);
        const capartner_area *no_area = (const capartner_area *)event;
        cp_assert_status(
            capartner_event_area_at(event, capartner_event_area_count(event), &no_area),
            CAPARTNER_ERR_OUT_OF_RANGE);
        ck_assert_ptr_null(no_area);
    }
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("timeline");
    TCase *walk = cp_tcase("walk");
    tcase_add_test(walk, test_full_walk_in_timeline_order);
    tcase_add_test(walk, test_count_rewind_and_restart);
    tcase_add_test(walk, test_reset_empties_the_query);
    tcase_add_test(walk, test_every_event_is_well_formed);
    suite_add_tcase(suite, walk);
    TCase *filters = cp_tcase("filters");
    tcase_add_test(filters, test_single_filters);
    tcase_add_test(filters, test_several_values_per_dimension);
    tcase_add_test(filters, test_combined_filters);
    suite_add_tcase(suite, filters);
    TCase *facts = cp_tcase("facts");
    tcase_add_test(facts, test_tajikistan_joins_pfp_2002);
    tcase_add_test(facts, test_uzbekistan_deep_december_2013);
    tcase_add_test(facts, test_events_of_2013);
    tcase_add_test(facts, test_ranges_certainly_by_default);
    tcase_add_test(facts, test_ranges_outside_the_data);
    tcase_add_test(facts, test_circa_is_certain_only_a_unit_wider);
    tcase_add_test(facts, test_dated_facts_of_the_source);
    tcase_add_test(facts, test_alternatives_excluded_by_default);
    suite_add_tcase(suite, facts);
    return suite;
}
