/* fuzz_query: the input is a small program of query operations. The harness
 * keeps a model of the query (its filters and how far the walk has gone)
 * and checks every answer against a brute-force filter over all records,
 * recomputed from the public accessors (fuzz/README.md). */
#include "capartner.h"
#include "reference.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ------------------------------------------------------------- the input */

struct input {
    const uint8_t *data;
    size_t size, position;
};

static bool input_left(const struct input *in) {
    return in->position < in->size;
}

/* The next byte, 0 once the input is used up. */
static uint8_t take(struct input *in) {
    return in->position < in->size ? in->data[in->position++] : 0;
}

static uint16_t take16(struct input *in) {
    uint16_t high = take(in);
    return (uint16_t)(high << 8 | take(in));
}

/* A date straight from 8 input bytes: mostly invalid. */
static capartner_date take_raw_date(struct input *in) {
    uint8_t bytes[sizeof(capartner_date)];
    for (size_t i = 0; i < sizeof bytes; i++)
        bytes[i] = take(in);
    capartner_date date;
    memcpy(&date, bytes, sizeof date);
    return date;
}

/* A date built field by field: often valid, sometimes just out of range. */
static capartner_date take_shaped_date(struct input *in) {
    static const int16_t years[] = {1, 1989, 9999, 0, 10000, -1};
    capartner_date date;
    memset(&date, 0, sizeof date);
    uint8_t year = take(in);
    date.year = year < 240 ? (int16_t)(1985 + year % 45) : years[year % 6u];
    date.month = (uint8_t)(take(in) % 14);
    date.day = (uint8_t)(take(in) % 33);
    uint8_t shape = take(in);
    date.precision = (uint8_t)(shape % 5);
    date.qualifier = (uint8_t)(shape / 5 % 8);
    if (date.precision == CAPARTNER_PRECISION_UNKNOWN && shape < 200)
        date.year = 0, date.month = 0, date.day = 0, date.qualifier = 0;
    if (date.precision == CAPARTNER_PRECISION_YEAR && shape < 200)
        date.month = 0, date.day = 0;
    if (date.precision == CAPARTNER_PRECISION_MONTH && shape < 200)
        date.day = 0;
    return date;
}

/* A date of the data or one at its edges: an event's date, a participation's
 * start, end or report date, or a body's start, as it is, or the first or
 * last day of its interval, or the day before or after that, or with another
 * qualifier. Range and as-of filters are most likely wrong at these. */
static capartner_date take_data_date(struct input *in) {
    capartner_date date;
    memset(&date, 0, sizeof date);
    uint8_t which = take(in);
    uint16_t index = take16(in);
    uint8_t edit = take(in);
    if (which % 3 == 0 && capartner_event_count() > 0) {
        const capartner_event *event = NULL;
        FUZZ_CHECK(capartner_event_at(index % capartner_event_count(), &event) == CAPARTNER_OK);
        date = capartner_event_date(event);
    } else if (which % 3 == 1 && capartner_participation_count() > 0) {
        const capartner_participation *p = NULL;
        FUZZ_CHECK(capartner_participation_at(index % capartner_participation_count(), &p) ==
                   CAPARTNER_OK);
        date = which / 3 % 3 == 0   ? capartner_participation_started(p)
               : which / 3 % 3 == 1 ? capartner_participation_ended(p)
                                    : capartner_participation_reported(p);
    } else if (capartner_body_count() > 0) {
        const capartner_body *body = NULL;
        FUZZ_CHECK(capartner_body_at(index % capartner_body_count(), &body) == CAPARTNER_OK);
        date = which / 3 % 2 == 0 ? capartner_body_started(body) : capartner_body_ended(body);
    }
    if (date.precision == CAPARTNER_PRECISION_UNKNOWN || edit % 6 == 0)
        return date;
    if (edit % 6 == 5) {
        date.qualifier = (uint8_t)(edit / 6 % 7);
        return date;
    }
    int32_t earliest, latest;
    FUZZ_CHECK(capartner_date_bounds(date, &earliest, &latest) == CAPARTNER_OK);
    int32_t day = edit % 6 == 1 || edit % 6 == 3 ? earliest : latest;
    if (day == 0 || day == 99991231)
        return date;
    if (edit % 6 == 3)
        day = ref_day_add(day, -1);
    else if (edit % 6 == 4)
        day = ref_day_add(day, 1);
    memset(&date, 0, sizeof date);
    date.year = (int16_t)(day / 10000);
    date.month = (uint8_t)(day / 100 % 100);
    date.day = (uint8_t)(day % 100);
    date.precision = CAPARTNER_PRECISION_DAY;
    /* sometimes as before/after that day, or as its month or year */
    switch (edit / 6 % 8) {
    case 1:
        date.qualifier = CAPARTNER_QUALIFIER_BEFORE;
        break;
    case 2:
        date.qualifier = CAPARTNER_QUALIFIER_AFTER;
        break;
    case 3:
        date.precision = CAPARTNER_PRECISION_MONTH, date.day = 0;
        break;
    case 4:
        date.precision = CAPARTNER_PRECISION_YEAR, date.day = 0, date.month = 0;
        break;
    default:
        break;
    }
    return date;
}

static capartner_date take_date(struct input *in) {
    switch (take(in) % 3) {
    case 0:
        return take_data_date(in);
    case 1:
        return take_raw_date(in);
    default:
        return take_shaped_date(in);
    }
}

/* ------------------------------------------------------------- the model */

#define MAX_RECORDS 4096

struct model {
    capartner_query *query; /* NULL when there is none */
    capartner_query_kind kind;
    capartner_order order;
    bool alternatives;
    bool countries[MAX_RECORDS], bodies[MAX_RECORDS], areas[MAX_RECORDS];
    bool kinds[CAPARTNER_EVENT_KIND_COUNT], roles[CAPARTNER_ROLE_COUNT];
    size_t country_count, body_count, area_count, kind_count, role_count;
    bool has_range;
    int32_t range_from, range_to;
    capartner_certainty range_mode;
    bool has_as_of;
    capartner_date as_of;
    /* the walk: how many next-calls since it (re)started, and the last
     * record returned */
    size_t walked;
    const void *last;
    /* the brute-force answer, in walk order; computed again only after a
     * change (restart), not for every next-call */
    size_t expected[MAX_RECORDS];
    size_t expected_count;
    bool expected_known;
};

static struct model model;

static void model_reset(capartner_query *query, capartner_query_kind kind) {
    memset(&model, 0, sizeof model);
    model.query = query;
    model.kind = kind;
}

/* A filter was changed or the walk rewound: it starts again. */
static void restart(void) {
    model.walked = 0;
    model.last = NULL;
    model.expected_known = false;
}

static bool event_matches(const capartner_event *event) {
    if (!model.alternatives && !capartner_event_is_preferred(event))
        return false;
    if (model.has_range) {
        int32_t earliest, latest;
        FUZZ_CHECK(capartner_date_bounds(capartner_event_date(event), &earliest, &latest) ==
                   CAPARTNER_OK);
        bool overlaps = earliest <= model.range_to && latest >= model.range_from;
        bool within = earliest >= model.range_from && latest <= model.range_to;
        if (model.range_mode == CAPARTNER_CERTAINLY ? !within : !overlaps)
            return false;
    }
    if (model.kind_count > 0 && !model.kinds[capartner_event_kind_of(event)])
        return false;
    if (model.country_count > 0) {
        bool any = false;
        for (size_t i = 0; i < capartner_event_country_count(event); i++) {
            const capartner_country *country = NULL;
            FUZZ_CHECK(capartner_event_country_at(event, i, &country) == CAPARTNER_OK);
            any = any || model.countries[capartner_country_index(country)];
        }
        if (!any)
            return false;
    }
    if (model.body_count > 0) {
        bool any = false;
        for (size_t i = 0; i < capartner_event_body_count(event); i++) {
            const capartner_body *body = NULL;
            FUZZ_CHECK(capartner_event_body_at(event, i, &body) == CAPARTNER_OK);
            any = any || model.bodies[capartner_body_index(body)];
        }
        if (!any)
            return false;
    }
    if (model.area_count > 0) {
        bool any = false;
        for (size_t i = 0; i < capartner_event_area_count(event); i++) {
            const capartner_area *area = NULL;
            FUZZ_CHECK(capartner_event_area_at(event, i, &area) == CAPARTNER_OK);
            any = any || model.areas[capartner_area_index(area)];
        }
        if (!any)
            return false;
    }
    return true;
}

static bool participation_matches(const capartner_participation *p) {
    if (!model.alternatives && !capartner_participation_is_preferred(p))
        return false;
    if (model.has_as_of && capartner_participation_held_on(p, model.as_of) != 1)
        return false;
    if (model.country_count > 0 &&
        !model.countries[capartner_country_index(capartner_participation_country(p))])
        return false;
    if (model.body_count > 0 &&
        !model.bodies[capartner_body_index(capartner_participation_body(p))])
        return false;
    if (model.role_count > 0 && !model.roles[capartner_participation_role(p)])
        return false;
    /* a relation about the body as a whole is in no area */
    const capartner_area *area = capartner_participation_area(p);
    if (model.area_count > 0 && (area == NULL || !model.areas[capartner_area_index(area)]))
        return false;
    return true;
}

/* The brute-force answer: every record in table order (the timeline order
 * for events), reversed for newest first. */
static void compute_expected(void) {
    if (model.expected_known)
        return;
    model.expected_known = true;
    bool events = model.kind == CAPARTNER_QUERY_EVENTS;
    size_t count = events ? capartner_event_count() : capartner_participation_count();
    FUZZ_CHECK(count <= MAX_RECORDS);
    model.expected_count = 0;
    for (size_t n = 0; n < count; n++) {
        size_t i = model.order == CAPARTNER_ORDER_OLDEST_FIRST ? n : count - 1 - n;
        bool match;
        if (events) {
            const capartner_event *event = NULL;
            FUZZ_CHECK(capartner_event_at(i, &event) == CAPARTNER_OK);
            match = event_matches(event);
        } else {
            const capartner_participation *p = NULL;
            FUZZ_CHECK(capartner_participation_at(i, &p) == CAPARTNER_OK);
            match = participation_matches(p);
        }
        if (match)
            model.expected[model.expected_count++] = i;
    }
}

/* ------------------------------------------------------- status checks */

/* A call's status: OK when no error applies, else one of the errors that
 * apply (the header does not rank them). */
#define MAX_ERRORS 4
struct expectation {
    capartner_status errors[MAX_ERRORS];
    size_t count;
};

static void expect_error(struct expectation *e, bool applies, capartner_status error) {
    if (applies && e->count < MAX_ERRORS)
        e->errors[e->count++] = error;
}

static void check_status(const struct expectation *e, capartner_status status) {
    FUZZ_CHECK(ref_status_known(status));
    if (e->count == 0) {
        FUZZ_CHECK(status == CAPARTNER_OK);
        return;
    }
    bool listed = false;
    for (size_t i = 0; i < e->count; i++)
        listed = listed || status == e->errors[i];
    FUZZ_CHECK(listed);
}

/* ----------------------------------------------------------- operations */

enum operation {
    OP_NEW,
    OP_ADD_COUNTRY,
    OP_ADD_BODY,
    OP_ADD_AREA,
    OP_ADD_KIND,
    OP_ADD_ROLE,
    OP_SET_RANGE,
    OP_SET_AS_OF,
    OP_SET_ORDER,
    OP_INCLUDE_ALTERNATIVES,
    OP_NEXT,
    OP_COUNT,
    OP_REWIND,
    OP_DRAIN,
    OP_FREE,
    OP_DATES,
    OP_COUNT_OF_OPERATIONS
};

static void op_new(struct input *in) {
    fuzz_set_context("capartner_query_new", NULL, 0);
    capartner_query_free(model.query);
    model_reset(NULL, CAPARTNER_QUERY_EVENTS);
    int kind = take(in) % 3;
    capartner_query *query = (capartner_query *)(void *)&model;
    capartner_status status = capartner_query_new((capartner_query_kind)kind, &query);
    if (kind == 2) {
        FUZZ_CHECK(status == CAPARTNER_ERR_OUT_OF_RANGE);
        FUZZ_CHECK(query == NULL);
        return;
    }
    FUZZ_CHECK(status == CAPARTNER_OK && query != NULL);
    model_reset(query, (capartner_query_kind)kind);
}

/* Adds a country, body or area by index; an index past the table gives no
 * handle, and adding NULL must fail without touching the query. */
#define DEFINE_ADD_RECORD(name, selected, selected_count)                                          \
    static void op_add_##name(struct input *in) {                                                  \
        fuzz_set_context("capartner_query_add_" #name, NULL, 0);                                   \
        size_t table = capartner_##name##_count();                                                 \
        FUZZ_CHECK(table <= MAX_RECORDS);                                                          \
        size_t index = take16(in) % (table + 4);                                                   \
        const capartner_##name *record = (const capartner_##name *)(const void *)&model;           \
        capartner_status status = capartner_##name##_at(index, &record);                           \
        FUZZ_CHECK(status == (index < table ? CAPARTNER_OK : CAPARTNER_ERR_OUT_OF_RANGE));         \
        FUZZ_CHECK((record != NULL) == (index < table));                                           \
        status = capartner_query_add_##name(model.query, record);                                  \
        struct expectation e = {{0}, 0};                                                           \
        expect_error(&e, model.query == NULL || record == NULL, CAPARTNER_ERR_NULL_ARGUMENT);      \
        check_status(&e, status);                                                                  \
        if (status != CAPARTNER_OK)                                                                \
            return;                                                                                \
        FUZZ_CHECK(capartner_##name##_index(record) == index);                                     \
        if (!model.selected[index]) {                                                              \
            model.selected[index] = true;                                                          \
            model.selected_count++;                                                                \
        }                                                                                          \
        restart();                                                                                 \
    }

DEFINE_ADD_RECORD(country, countries, country_count)
DEFINE_ADD_RECORD(body, bodies, body_count)
DEFINE_ADD_RECORD(area, areas, area_count)

static void op_add_kind(struct input *in) {
    fuzz_set_context("capartner_query_add_kind", NULL, 0);
    int kind = take(in) % 20 - 2;
    capartner_status status = capartner_query_add_kind(model.query, (capartner_event_kind)kind);
    struct expectation e = {{0}, 0};
    expect_error(&e, model.query == NULL, CAPARTNER_ERR_NULL_ARGUMENT);
    expect_error(&e, model.query != NULL && model.kind != CAPARTNER_QUERY_EVENTS,
                 CAPARTNER_ERR_INVALID_ARGUMENT);
    expect_error(&e, kind < 0 || kind >= CAPARTNER_EVENT_KIND_COUNT, CAPARTNER_ERR_OUT_OF_RANGE);
    check_status(&e, status);
    if (status != CAPARTNER_OK)
        return;
    if (!model.kinds[kind]) {
        model.kinds[kind] = true;
        model.kind_count++;
    }
    restart();
}

static void op_add_role(struct input *in) {
    fuzz_set_context("capartner_query_add_role", NULL, 0);
    int role = take(in) % 19 - 2;
    capartner_status status = capartner_query_add_role(model.query, (capartner_role)role);
    struct expectation e = {{0}, 0};
    expect_error(&e, model.query == NULL, CAPARTNER_ERR_NULL_ARGUMENT);
    expect_error(&e, model.query != NULL && model.kind != CAPARTNER_QUERY_PARTICIPATIONS,
                 CAPARTNER_ERR_INVALID_ARGUMENT);
    expect_error(&e, role < 0 || role >= CAPARTNER_ROLE_COUNT, CAPARTNER_ERR_OUT_OF_RANGE);
    check_status(&e, status);
    if (status != CAPARTNER_OK)
        return;
    if (!model.roles[role]) {
        model.roles[role] = true;
        model.role_count++;
    }
    restart();
}

static void op_set_range(struct input *in) {
    fuzz_set_context("capartner_query_set_range", NULL, 0);
    capartner_date from = take_date(in), to = take_date(in);
    int mode = take(in) % 3;
    capartner_status status =
        capartner_query_set_range(model.query, from, to, (capartner_certainty)mode);
    bool valid = ref_date_valid(from) && ref_date_valid(to);
    int32_t range_from = 0, range_to = 99991231, unused;
    if (valid && from.precision != CAPARTNER_PRECISION_UNKNOWN)
        ref_date_bounds(from, &range_from, &unused);
    if (valid && to.precision != CAPARTNER_PRECISION_UNKNOWN)
        ref_date_bounds(to, &unused, &range_to);
    struct expectation e = {{0}, 0};
    expect_error(&e, model.query == NULL, CAPARTNER_ERR_NULL_ARGUMENT);
    expect_error(&e, model.query != NULL && model.kind != CAPARTNER_QUERY_EVENTS,
                 CAPARTNER_ERR_INVALID_ARGUMENT);
    expect_error(&e, mode == 2, CAPARTNER_ERR_OUT_OF_RANGE);
    expect_error(&e, !valid, CAPARTNER_ERR_INVALID_DATE);
    expect_error(&e, valid && range_from > range_to, CAPARTNER_ERR_INVALID_ARGUMENT);
    check_status(&e, status);
    if (status != CAPARTNER_OK)
        return;
    model.has_range = true;
    model.range_from = range_from;
    model.range_to = range_to;
    model.range_mode = (capartner_certainty)mode;
    restart();
}

static void op_set_as_of(struct input *in) {
    fuzz_set_context("capartner_query_set_as_of", NULL, 0);
    capartner_date date = take_date(in);
    capartner_status status = capartner_query_set_as_of(model.query, date, CAPARTNER_CERTAINLY);
    struct expectation e = {{0}, 0};
    expect_error(&e, model.query == NULL, CAPARTNER_ERR_NULL_ARGUMENT);
    expect_error(&e, model.query != NULL && model.kind != CAPARTNER_QUERY_PARTICIPATIONS,
                 CAPARTNER_ERR_INVALID_ARGUMENT);
    expect_error(&e, !ref_date_valid(date) || date.precision == CAPARTNER_PRECISION_UNKNOWN,
                 CAPARTNER_ERR_INVALID_DATE);
    check_status(&e, status);
    if (status != CAPARTNER_OK)
        return;
    model.has_as_of = true;
    model.as_of = date;
    restart();
}

static void op_set_order(struct input *in) {
    fuzz_set_context("capartner_query_set_order", NULL, 0);
    int order = take(in) % 3;
    capartner_status status = capartner_query_set_order(model.query, (capartner_order)order);
    struct expectation e = {{0}, 0};
    expect_error(&e, model.query == NULL, CAPARTNER_ERR_NULL_ARGUMENT);
    expect_error(&e, order == 2, CAPARTNER_ERR_OUT_OF_RANGE);
    check_status(&e, status);
    if (status != CAPARTNER_OK)
        return;
    model.order = (capartner_order)order;
    restart();
}

static void op_include_alternatives(struct input *in) {
    fuzz_set_context("capartner_query_include_alternatives", NULL, 0);
    int include = (int)(int8_t)take(in);
    capartner_status status = capartner_query_include_alternatives(model.query, include);
    FUZZ_CHECK(status == (model.query == NULL ? CAPARTNER_ERR_NULL_ARGUMENT : CAPARTNER_OK));
    if (status != CAPARTNER_OK)
        return;
    model.alternatives = include != 0;
    restart();
}

/* One next-call: the next brute-force match, in order, then NULL for ever. */
static void next_one(bool wrong_kind) {
    fuzz_set_context("capartner_query_next_*", NULL, 0);
    bool events = model.kind == CAPARTNER_QUERY_EVENTS;
    if (model.query == NULL || wrong_kind) {
        /* a NULL or wrong-kind query answers NULL and the walk stays put */
        if (model.query == NULL || events)
            FUZZ_CHECK(capartner_query_next_participation(model.query) == NULL);
        if (model.query == NULL || !events)
            FUZZ_CHECK(capartner_query_next_event(model.query) == NULL);
        return;
    }
    compute_expected();
    const void *got;
    const void *want = NULL;
    if (events) {
        const capartner_event *event = capartner_query_next_event(model.query);
        if (model.walked < model.expected_count) {
            const capartner_event *expected = NULL;
            FUZZ_CHECK(capartner_event_at(model.expected[model.walked], &expected) == CAPARTNER_OK);
            want = expected;
        }
        /* the timeline order, by capartner_date_compare */
        if (event != NULL && model.last != NULL) {
            int order = capartner_date_compare(capartner_event_date(model.last),
                                               capartner_event_date(event));
            if (model.order == CAPARTNER_ORDER_OLDEST_FIRST)
                FUZZ_CHECK(order <= 0);
            else
                FUZZ_CHECK(order >= 0);
        }
        if (event != NULL)
            FUZZ_CHECK(event_matches(event));
        got = event;
    } else {
        const capartner_participation *p = capartner_query_next_participation(model.query);
        if (model.walked < model.expected_count) {
            const capartner_participation *expected = NULL;
            FUZZ_CHECK(capartner_participation_at(model.expected[model.walked], &expected) ==
                       CAPARTNER_OK);
            want = expected;
        }
        if (p != NULL)
            FUZZ_CHECK(participation_matches(p));
        got = p;
    }
    FUZZ_CHECK(got == want);
    if (got != NULL) {
        model.walked++;
        model.last = got;
    }
}

static void op_next(struct input *in) {
    uint8_t byte = take(in);
    size_t times = 1 + (size_t)(byte % 32);
    for (size_t i = 0; i < times; i++)
        next_one(byte >= 224 && i == 0);
}

static void op_count(void) {
    fuzz_set_context("capartner_query_count", NULL, 0);
    size_t count = 12345;
    capartner_status status = capartner_query_count(model.query, &count);
    if (model.query == NULL) {
        FUZZ_CHECK(status == CAPARTNER_ERR_NULL_ARGUMENT && count == 0);
        return;
    }
    FUZZ_CHECK(status == CAPARTNER_OK);
    compute_expected();
    FUZZ_CHECK(count == model.expected_count);
    FUZZ_CHECK(capartner_query_count(model.query, NULL) == CAPARTNER_ERR_NULL_ARGUMENT);
    /* counting does not move the walk: the next match is still the one due */
    next_one(false);
}

static void op_rewind(void) {
    fuzz_set_context("capartner_query_rewind", NULL, 0);
    capartner_status status = capartner_query_rewind(model.query);
    FUZZ_CHECK(status == (model.query == NULL ? CAPARTNER_ERR_NULL_ARGUMENT : CAPARTNER_OK));
    if (status == CAPARTNER_OK)
        restart();
}

/* count() equals the number of next-calls after a rewind. */
static void op_drain(void) {
    if (model.query == NULL)
        return;
    fuzz_set_context("rewind, next until NULL, count", NULL, 0);
    FUZZ_CHECK(capartner_query_rewind(model.query) == CAPARTNER_OK);
    restart();
    size_t count = 0, walked = 0;
    FUZZ_CHECK(capartner_query_count(model.query, &count) == CAPARTNER_OK);
    bool events = model.kind == CAPARTNER_QUERY_EVENTS;
    while ((events ? (const void *)capartner_query_next_event(model.query)
                   : (const void *)capartner_query_next_participation(model.query)) != NULL) {
        walked++;
        FUZZ_CHECK(walked <= MAX_RECORDS);
    }
    FUZZ_CHECK(walked == count);
    compute_expected();
    FUZZ_CHECK(count == model.expected_count);
    model.walked = count;
    model.last = NULL; /* order was checked by the count of matches only */
    /* at the end the walk stays at the end */
    FUZZ_CHECK((events ? (const void *)capartner_query_next_event(model.query)
                       : (const void *)capartner_query_next_participation(model.query)) == NULL);
}

static void op_free(void) {
    capartner_query_free(model.query);
    model_reset(NULL, CAPARTNER_QUERY_EVENTS);
}

/* The date functions on arbitrary date values: no crash, the documented
 * status, and for valid dates the reference's bounds and order. */
static void op_dates(struct input *in) {
    fuzz_set_context("capartner_date_* on date values", NULL, 0);
    capartner_date a = take_date(in), b = take_date(in);
    bool a_valid = ref_date_valid(a), b_valid = ref_date_valid(b);

    /* the header promises an order for any two values, not only for valid
     * dates; tests/check/bad_input.c says so too (fuzz/README.md, bug 1) */
    if ((a_valid && b_valid) || !fuzz_skip("compare-invalid-date")) {
        int ab = capartner_date_compare(a, b), ba = capartner_date_compare(b, a);
        FUZZ_CHECK(ref_sign(ab) == -ref_sign(ba));
        FUZZ_CHECK(capartner_date_compare(a, a) == 0);
        if (a_valid && b_valid)
            FUZZ_CHECK(ref_sign(ab) == ref_sign(ref_date_compare(a, b)));
    }

    int32_t earliest = 5, latest = 5;
    capartner_status status = capartner_date_bounds(a, &earliest, &latest);
    FUZZ_CHECK(status == (a_valid ? CAPARTNER_OK : CAPARTNER_ERR_INVALID_DATE));
    if (a_valid) {
        int32_t ref_earliest, ref_latest;
        ref_date_bounds(a, &ref_earliest, &ref_latest);
        FUZZ_CHECK(earliest == ref_earliest && latest == ref_latest);
        FUZZ_CHECK(earliest <= latest);
    } else {
        FUZZ_CHECK(earliest == 0 && latest == 0);
    }

    char text[CAPARTNER_DATE_TEXT_BYTES];
    status = capartner_date_format(a, text, sizeof text);
    FUZZ_CHECK(status == (a_valid ? CAPARTNER_OK : CAPARTNER_ERR_INVALID_DATE));
    if (a_valid) {
        capartner_date again;
        FUZZ_CHECK(capartner_date_parse(text, &again) == CAPARTNER_OK);
        FUZZ_CHECK(memcmp(&again, &a, sizeof a) == 0);
    } else {
        FUZZ_CHECK(text[0] == '\0');
    }

    bool usable = a_valid && a.precision != CAPARTNER_PRECISION_UNKNOWN;
    size_t participations = capartner_participation_count();
    if (participations > 0) {
        const capartner_participation *p = NULL;
        FUZZ_CHECK(capartner_participation_at(take16(in) % participations, &p) == CAPARTNER_OK);
        int held = capartner_participation_held_on(p, a);
        FUZZ_CHECK(held == 0 || (held == 1 && usable));
    }
    size_t places = capartner_place_count();
    if (places > 0) {
        const capartner_place *place = NULL;
        FUZZ_CHECK(capartner_place_at(take16(in) % places, &place) == CAPARTNER_OK);
        const capartner_name *name = (const capartner_name *)(const void *)&model;
        status = capartner_place_name_on(place, a, &name);
        if (!usable)
            FUZZ_CHECK(status == CAPARTNER_ERR_INVALID_DATE);
        else
            FUZZ_CHECK(status == CAPARTNER_OK || status == CAPARTNER_ERR_NOT_FOUND);
        FUZZ_CHECK((status == CAPARTNER_OK) == (name != NULL));
        if (name != NULL)
            FUZZ_CHECK(capartner_name_valid_on(name, a) == 1);
    }
}

/* --------------------------------------------------------------- driver */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct input in = {data, size, 0};
    model_reset(NULL, CAPARTNER_QUERY_EVENTS);
    /* most programs want a query: start with one, of the kind of byte 0 */
    op_new(&in);
    while (input_left(&in)) {
        switch ((enum operation)(take(&in) % OP_COUNT_OF_OPERATIONS)) {
        case OP_NEW:
            op_new(&in);
            break;
        case OP_ADD_COUNTRY:
            op_add_country(&in);
            break;
        case OP_ADD_BODY:
            op_add_body(&in);
            break;
        case OP_ADD_AREA:
            op_add_area(&in);
            break;
        case OP_ADD_KIND:
            op_add_kind(&in);
            break;
        case OP_ADD_ROLE:
            op_add_role(&in);
            break;
        case OP_SET_RANGE:
            op_set_range(&in);
            break;
        case OP_SET_AS_OF:
            op_set_as_of(&in);
            break;
        case OP_SET_ORDER:
            op_set_order(&in);
            break;
        case OP_INCLUDE_ALTERNATIVES:
            op_include_alternatives(&in);
            break;
        case OP_NEXT:
            op_next(&in);
            break;
        case OP_COUNT:
            op_count();
            break;
        case OP_REWIND:
            op_rewind();
            break;
        case OP_DRAIN:
            op_drain();
            break;
        case OP_FREE:
            op_free();
            break;
        case OP_DATES:
            op_dates(&in);
            break;
        case OP_COUNT_OF_OPERATIONS:
            break;
        }
    }
    op_free();
    return 0;
}
