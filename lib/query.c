/* Filtered walks over the timeline and the participations.
 *
 * Plan: among the filter dimensions that have inverted lists (countries,
 * bodies, areas, kinds; for participations countries and bodies) the walk is
 * driven by the one whose selected lists are shortest in total, merging them
 * in index order; the date range drives instead when its slice of the
 * timeline is shorter. Every other filter is a predicate on the candidates.
 * All memory a walk needs is allocated when filters are added, so the
 * next-calls never allocate, and capartner_query_reset keeps it, so a query
 * reused for the same shape of filters allocates nothing again. */
#include "lookup.h"

#include <stdlib.h>
#include <string.h>

enum { PENDING_MAX = 16 };

/* A set of selected record indexes in one dimension. */
struct selection {
    uint32_t *values; /* in the order added, without repeats */
    size_t count, capacity;
    bool *member; /* member[record] for membership tests; universe entries */
    size_t universe;
};

/* One inverted list being walked, or with list NULL a slice of the table
 * (the candidates are the positions themselves). */
struct cursor {
    const uint32_t *list;
    size_t next, end; /* forward: next..end; reverse: end counts down */
};

struct walk {
    struct cursor *cursors; /* one per value of the driving selection */
    size_t cursor_count;
    /* walked when no list drives: the preferred records (all records when
     * alternatives are included) in the date range's slice, after the
     * open-ended events that begin before it */
    struct cursor slice, open_ended;
    bool use_lists;
    bool started;
};

/* Which tests a candidate takes beyond the preferred bit: none, only the
 * date range, only the as-of date, or any mix with the other selections. */
enum shape { TESTS_NONE, TESTS_RANGE, TESTS_AS_OF, TESTS_MIXED };

/* What a candidate must pass: a walk copies it into locals once a fill. */
struct check {
    const uint32_t *skip; /* the alternatives' bits; NULL when they are included */
    bool range;           /* events: the date range */
    bool range_certainly; /* CERTAINLY: wholly in it; POSSIBLY: overlapping */
    int32_t range_from, range_to;
    bool as_of;           /* participations: the as-of date */
    bool as_of_certainly; /* CERTAINLY: HELD; POSSIBLY: not NOT_HELD */
    int32_t as_of_day;    /* the earliest day of the as-of date */
    bool others;          /* the selections other than the driving one (plan()) */
    enum shape shape;     /* (plan()) */
};

struct capartner_query {
    capartner_query_kind kind;
    capartner_order order;
    bool include_alternatives;
    struct selection countries, bodies, areas, kinds, roles;
    struct check check;
    bool last_certain; /* of the match next_* returned last */
    /* the driving selection and its CSR lists, chosen by plan() */
    const struct selection *driver;
    const uint32_t *driver_first, *driver_lists;
    size_t cursor_capacity;
    struct walk walk, scratch; /* scratch serves capartner_query_count */
    /* matches the walk has found and the one-at-a-time next calls have not
     * returned yet: they take them from here, found a batch at a time */
    size_t pending[PENDING_MAX];
    size_t pending_next, pending_count;
};

/* ------------------------------------------------------------ selections */

static capartner_status selection_add(struct selection *set, uint32_t value, size_t universe) {
    if (set->member == NULL) {
        set->member = calloc(universe == 0 ? 1 : universe, sizeof *set->member);
        if (set->member == NULL)
            return CAPARTNER_ERR_NO_MEMORY;
        set->universe = universe;
    }
    if (set->member[value])
        return CAPARTNER_OK;
    if (set->count == set->capacity) {
        size_t capacity = set->capacity == 0 ? 4 : set->capacity * 2;
        uint32_t *values = realloc(set->values, capacity * sizeof *values);
        if (values == NULL)
            return CAPARTNER_ERR_NO_MEMORY;
        set->values = values;
        set->capacity = capacity;
    }
    set->values[set->count++] = value;
    set->member[value] = true;
    return CAPARTNER_OK;
}

/* Empties the selection and keeps its storage. */
static void selection_clear(struct selection *set) {
    for (size_t i = 0; i < set->count; i++)
        set->member[set->values[i]] = false;
    set->count = 0;
}

static void selection_free(struct selection *set) {
    free(set->values);
    free(set->member);
}

static bool selection_allows(const struct selection *set, uint32_t value) {
    return set->count == 0 || set->member[value];
}

/* True when the selection is empty or one of `links` is selected. */
static bool selection_allows_any(const struct selection *set, const uint32_t *links,
                                 uint32_t count) {
    if (set->count == 0)
        return true;
    for (uint32_t i = 0; i < count; i++)
        if (set->member[links[i]])
            return true;
    return false;
}

/* --------------------------------------------------------------- matching */

static bool is_alternative(const uint32_t *bits, uint32_t index) {
    return (bits[index / 32] >> (index % 32) & 1u) != 0;
}

/* A selection that must be tested on each candidate: not empty, and not the
 * driving one, which holds by construction (every candidate comes from the
 * lists of its selected values). */
static bool to_test(const capartner_query *query, const struct selection *set) {
    return set->count > 0 && set != query->driver;
}

static bool event_within(const struct check *check, const struct capartner_event *event) {
    return event->earliest >= check->range_from && event->latest <= check->range_to;
}

static bool event_in_range(const struct check *check, const struct capartner_event *event) {
    return check->range_certainly
               ? event_within(check, event)
               : event->earliest <= check->range_to && event->latest >= check->range_from;
}

/* The spans sit in their own compact table: no record read. */
static capartner_holding as_of_status(const struct check *check, uint32_t index) {
    struct capartner_span span = capartner_participation_spans_at(index);
    return capartner_span_status(&span, check->as_of_day);
}

static bool as_of_holds(const struct check *check, uint32_t index) {
    capartner_holding status = as_of_status(check, index);
    return check->as_of_certainly ? status == CAPARTNER_HOLDING_HELD
                                  : status != CAPARTNER_HOLDING_NOT_HELD;
}

/* The selections other than the driving one, on an event's links. */
static bool event_others_match(const capartner_query *query, uint32_t index) {
    const struct capartner_event *event = &capartner_data_events[index];
    return (!to_test(query, &query->kinds) || selection_allows(&query->kinds, event->kind)) &&
           (!to_test(query, &query->countries) ||
            selection_allows_any(&query->countries,
                                 capartner_data_event_countries + event->country_first,
                                 event->country_count)) &&
           (!to_test(query, &query->bodies) ||
            selection_allows_any(&query->bodies, capartner_data_event_bodies + event->body_first,
                                 event->body_count)) &&
           (!to_test(query, &query->areas) ||
            selection_allows_any(&query->areas, capartner_data_event_areas + event->area_first,
                                 event->area_count));
}

/* The same on a participation's fields. */
static bool participation_others_match(const capartner_query *query, uint32_t index) {
    const struct capartner_participation *p = &capartner_data_participations[index];
    /* a relation about the body as a whole is in no area */
    return selection_allows(&query->countries, p->country) &&
           selection_allows(&query->bodies, p->body) && selection_allows(&query->roles, p->role) &&
           selection_allows_any(&query->areas, &p->area, p->area == CAPARTNER_NONE ? 0 : 1);
}

/* Whether a preferred candidate (or any, when alternatives are included)
 * matches the other tests. The walks pass a copy of query->check held in
 * locals, and its shape as a constant (see walk_fill): the date range and
 * as-of tests then cost a few instructions, and only the other selections
 * cost a call. */
static inline bool keeps(const capartner_query *query, const struct check *check, enum shape shape,
                         uint32_t candidate) {
    if (shape == TESTS_NONE)
        return true;
    if (shape == TESTS_RANGE)
        return event_in_range(check, &capartner_data_events[candidate]);
    if (shape == TESTS_AS_OF)
        return as_of_holds(check, candidate);
    if (check->range && !event_in_range(check, &capartner_data_events[candidate]))
        return false;
    if (check->as_of && !as_of_holds(check, candidate))
        return false;
    if (!check->others)
        return true;
    return query->kind == CAPARTNER_QUERY_EVENTS ? event_others_match(query, candidate)
                                                 : participation_others_match(query, candidate);
}

static uint32_t record_count(const capartner_query *query) {
    return query->kind == CAPARTNER_QUERY_EVENTS ? capartner_data_event_count
                                                 : capartner_data_participation_count;
}

/* ------------------------------------------------------------------ plan */

/* Puts the walk back at its start. */
static void restart(capartner_query *query) {
    query->walk.started = false;
    query->pending_next = query->pending_count = 0;
}

static size_t lists_length(const struct selection *set, const uint32_t *first) {
    size_t total = 0;
    for (size_t i = 0; i < set->count; i++)
        total += first[set->values[i] + 1] - first[set->values[i]];
    return total;
}

/* First index in [0, count) whose value is > limit: the values ascend and
 * are read at `stride` bytes apart, at position list[i] (or i when list is
 * NULL). */
static size_t first_above(const uint32_t *list, const int32_t *values, size_t stride, size_t count,
                          int32_t limit) {
    size_t low = 0, high = count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        size_t at = list != NULL ? list[middle] : middle;
        if (*(const int32_t *)((const char *)values + at * stride) > limit)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

/* What a walk steps through when no list drives it: `list` (the preferred
 * records, or with NULL every record) from `start` to `end`, after the first
 * `open_ended` entries of capartner_data_event_open_ended. */
struct slice {
    const uint32_t *list;
    size_t start, end, open_ended;
};

/* The slice that can hold the date range's events, found by binary search:
 * no event before `start` can match (it begins before range_from, or in
 * POSSIBLY mode ends before it) but the open-ended ones, and every event
 * from `end` on begins after range_to. */
static struct slice table_slice(const capartner_query *query) {
    bool events = query->kind == CAPARTNER_QUERY_EVENTS;
    struct slice slice = {NULL, 0, record_count(query), 0};
    if (!query->include_alternatives) {
        slice.list =
            events ? capartner_data_event_preferred : capartner_data_participation_preferred;
        slice.end = events ? capartner_data_event_preferred_count
                           : capartner_data_participation_preferred_count;
    }
    if (!events || !query->check.range)
        return slice;
    const struct check *check = &query->check;
    const int32_t *earliest = &capartner_data_events[0].earliest;
    size_t count = slice.end, stride = sizeof(struct capartner_event);
    /* an event certainly in the range begins in it, and the timeline is in
     * order of the earliest day; one that may fall in it can begin before
     * it: the running maximum of the latest days bounds those, but for the
     * open-ended events, which overlap every range from their first day */
    if (check->range_certainly)
        slice.start = first_above(slice.list, earliest, stride, count, check->range_from - 1);
    else
        slice.start = first_above(slice.list, capartner_data_event_latest_prefix_max,
                                  sizeof(int32_t), count, check->range_from - 1);
    slice.end = first_above(slice.list, earliest, stride, count, check->range_to);
    if (!check->range_certainly) {
        /* those before both bounds: they begin by range_to */
        size_t bound = slice.end < slice.start ? slice.end : slice.start;
        int32_t position = (int32_t)(bound == count       ? capartner_data_event_count
                                     : slice.list != NULL ? slice.list[bound]
                                                          : bound);
        slice.open_ended =
            first_above(NULL, (const int32_t *)capartner_data_event_open_ended, sizeof(uint32_t),
                        capartner_data_event_open_ended_count, position - 1);
    }
    if (slice.end < slice.start)
        slice.end = slice.start;
    return slice;
}

static void consider(capartner_query *query, const struct selection *set, const uint32_t *first,
                     const uint32_t *lists, size_t *best) {
    if (set->count == 0)
        return;
    size_t length = lists_length(set, first);
    if (length < *best) {
        *best = length;
        query->driver = set;
        query->driver_first = first;
        query->driver_lists = lists;
    }
}

/* Chooses the driving dimension; called whenever a filter changes. */
static void plan(capartner_query *query) {
    struct slice slice = table_slice(query);
    size_t best = slice.end - slice.start + slice.open_ended;
    query->driver = NULL;
    if (query->kind == CAPARTNER_QUERY_EVENTS) {
        consider(query, &query->countries, capartner_data_country_events_first,
                 capartner_data_country_events, &best);
        consider(query, &query->bodies, capartner_data_body_events_first,
                 capartner_data_body_events, &best);
        consider(query, &query->areas, capartner_data_area_events_first, capartner_data_area_events,
                 &best);
        consider(query, &query->kinds, capartner_data_kind_events_first, capartner_data_kind_events,
                 &best);
    } else {
        consider(query, &query->countries, capartner_data_country_participations_first,
                 capartner_data_country_participations, &best);
        consider(query, &query->bodies, capartner_data_body_participations_first,
                 capartner_data_body_participations, &best);
    }
    query->check.others = to_test(query, &query->kinds) || to_test(query, &query->countries) ||
                          to_test(query, &query->bodies) || to_test(query, &query->areas) ||
                          to_test(query, &query->roles);
    const struct check *check = &query->check;
    query->check.shape = !check->range && !check->as_of && !check->others  ? TESTS_NONE
                         : check->range && !check->as_of && !check->others ? TESTS_RANGE
                         : !check->range && check->as_of && !check->others ? TESTS_AS_OF
                                                                           : TESTS_MIXED;
    query->check.skip = query->include_alternatives ? NULL
                        : query->kind == CAPARTNER_QUERY_EVENTS
                            ? capartner_data_event_alternatives
                            : capartner_data_participation_alternatives;
    restart(query);
}

/* ------------------------------------------------------------------ walk */

static void walk_start(const capartner_query *query, struct walk *walk) {
    bool forward = query->order == CAPARTNER_ORDER_OLDEST_FIRST;
    walk->started = true;
    walk->use_lists = query->driver != NULL;
    if (!walk->use_lists) {
        struct slice slice = table_slice(query);
        walk->slice.list = slice.list;
        walk->slice.next = forward ? slice.start : slice.end;
        walk->slice.end = forward ? slice.end : slice.start;
        walk->open_ended.list = capartner_data_event_open_ended;
        walk->open_ended.next = forward ? 0 : slice.open_ended;
        walk->open_ended.end = forward ? slice.open_ended : 0;
        return;
    }
    walk->cursor_count = query->driver->count;
    for (size_t i = 0; i < walk->cursor_count; i++) {
        uint32_t value = query->driver->values[i];
        struct cursor *cursor = &walk->cursors[i];
        cursor->list = query->driver_lists;
        size_t begin = query->driver_first[value], finish = query->driver_first[value + 1];
        cursor->next = forward ? begin : finish;
        cursor->end = forward ? finish : begin;
    }
}

/* The next candidate of a merge of ascending lists, without repeats. */
static bool merge_next(struct walk *walk, bool forward, uint32_t *candidate) {
    bool found = false;
    uint32_t best = 0;
    for (size_t i = 0; i < walk->cursor_count; i++) {
        const struct cursor *cursor = &walk->cursors[i];
        if (cursor->next == cursor->end)
            continue;
        uint32_t value = forward ? cursor->list[cursor->next] : cursor->list[cursor->next - 1];
        if (!found || (forward ? value < best : value > best)) {
            best = value;
            found = true;
        }
    }
    if (!found)
        return false;
    for (size_t i = 0; i < walk->cursor_count; i++) {
        struct cursor *cursor = &walk->cursors[i];
        if (cursor->next == cursor->end)
            continue;
        if (forward && cursor->list[cursor->next] == best)
            cursor->next++;
        else if (!forward && cursor->list[cursor->next - 1] == best)
            cursor->next--;
    }
    *candidate = best;
    return true;
}

/* Steps one cursor (a slice of the table, or one country's or body's
 * list), writing the matches to `out`; returns how many. `shape` is
 * check->shape, passed as a constant by fill_shaped so that the compiler
 * makes a loop for each shape with only its own tests. */
static inline size_t fill_from_cursor(const capartner_query *query, const struct check *check,
                                      enum shape shape, struct cursor *cursor, bool forward,
                                      size_t *restrict out, size_t capacity) {
    const uint32_t *list = cursor->list;
    size_t next = cursor->next, end = cursor->end, filled = 0;
    while (next != end && filled < capacity) {
        /* a candidate fills at most one entry: as many steps as there is
         * room, and the inner loop checks no room */
        size_t steps = forward ? end - next : next - end;
        if (steps > capacity - filled)
            steps = capacity - filled;
        for (; steps > 0; steps--) {
            size_t at = forward ? next++ : --next;
            uint32_t candidate = list != NULL ? list[at] : (uint32_t)at;
            if ((check->skip == NULL || !is_alternative(check->skip, candidate)) &&
                keeps(query, check, shape, candidate))
                out[filled++] = candidate;
        }
    }
    cursor->next = next;
    return filled;
}

/* fill_from_cursor with the tests of the query's shape, held in locals. */
static size_t fill_shaped(const capartner_query *query, const struct check *tests,
                          struct cursor *cursor, bool forward, size_t *restrict out,
                          size_t capacity) {
    const struct check check = *tests;
    switch (check.shape) {
    case TESTS_NONE:
        return fill_from_cursor(query, &check, TESTS_NONE, cursor, forward, out, capacity);
    case TESTS_RANGE:
        return fill_from_cursor(query, &check, TESTS_RANGE, cursor, forward, out, capacity);
    case TESTS_AS_OF:
        return fill_from_cursor(query, &check, TESTS_AS_OF, cursor, forward, out, capacity);
    default:
        return fill_from_cursor(query, &check, TESTS_MIXED, cursor, forward, out, capacity);
    }
}

/* Writes the indexes of up to `capacity` next matches to `out`; returns
 * how many (fewer only at the end of the walk). */
static size_t walk_fill(const capartner_query *query, struct walk *walk, size_t *restrict out,
                        size_t capacity) {
    if (!walk->started)
        walk_start(query, walk);
    bool forward = query->order == CAPARTNER_ORDER_OLDEST_FIRST;
    const struct check *check = &query->check;
    size_t filled = 0;
    if (walk->use_lists && walk->cursor_count > 1) {
        uint32_t candidate;
        while (filled < capacity && merge_next(walk, forward, &candidate))
            if ((check->skip == NULL || !is_alternative(check->skip, candidate)) &&
                keeps(query, check, check->shape, candidate))
                out[filled++] = candidate;
        return filled;
    }
    if (walk->use_lists)
        return fill_shaped(query, check, &walk->cursors[0], forward, out, capacity);
    /* the open-ended events before the slice begin before it; the slice
     * holds no alternatives to leave out */
    struct check in_slice = *check;
    in_slice.skip = NULL;
    if (forward && walk->open_ended.next != walk->open_ended.end)
        filled = fill_shaped(query, check, &walk->open_ended, forward, out, capacity);
    filled += fill_shaped(query, &in_slice, &walk->slice, forward, out + filled, capacity - filled);
    if (!forward && walk->open_ended.next != walk->open_ended.end)
        filled +=
            fill_shaped(query, check, &walk->open_ended, forward, out + filled, capacity - filled);
    return filled;
}

/* The next match for the one-at-a-time calls. */
static bool walk_next(capartner_query *query, uint32_t *match) {
    if (query->pending_next == query->pending_count) {
        query->pending_count = walk_fill(query, &query->walk, query->pending, PENDING_MAX);
        query->pending_next = 0;
        if (query->pending_count == 0)
            return false;
    }
    *match = (uint32_t)query->pending[query->pending_next++];
    return true;
}

/* ------------------------------------------------------------ public API */

capartner_status capartner_query_new(capartner_query_kind kind, capartner_query **out) {
    if (out == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    *out = NULL;
    if (kind != CAPARTNER_QUERY_EVENTS && kind != CAPARTNER_QUERY_PARTICIPATIONS)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    capartner_query *query = calloc(1, sizeof *query);
    if (query == NULL)
        return CAPARTNER_ERR_NO_MEMORY;
    query->kind = kind;
    query->order = CAPARTNER_ORDER_OLDEST_FIRST;
    plan(query);
    *out = query;
    return CAPARTNER_OK;
}

capartner_status capartner_query_reset(capartner_query *query, capartner_query_kind kind) {
    if (query == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (kind != CAPARTNER_QUERY_EVENTS && kind != CAPARTNER_QUERY_PARTICIPATIONS)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    selection_clear(&query->countries);
    selection_clear(&query->bodies);
    selection_clear(&query->areas);
    selection_clear(&query->kinds);
    selection_clear(&query->roles);
    query->kind = kind;
    query->order = CAPARTNER_ORDER_OLDEST_FIRST;
    query->include_alternatives = false;
    query->check.range = false;
    query->check.as_of = false;
    query->last_certain = false;
    plan(query);
    return CAPARTNER_OK;
}

void capartner_query_free(capartner_query *query) {
    if (query == NULL)
        return;
    selection_free(&query->countries);
    selection_free(&query->bodies);
    selection_free(&query->areas);
    selection_free(&query->kinds);
    selection_free(&query->roles);
    free(query->walk.cursors);
    free(query->scratch.cursors);
    free(query);
}

/* Keeps room for one cursor per value of the largest selection. */
static capartner_status reserve_cursors(capartner_query *query, size_t needed) {
    if (needed <= query->cursor_capacity)
        return CAPARTNER_OK;
    size_t capacity = needed < 8 ? 8 : needed * 2;
    struct cursor *walk = realloc(query->walk.cursors, capacity * sizeof *walk);
    if (walk == NULL)
        return CAPARTNER_ERR_NO_MEMORY;
    query->walk.cursors = walk;
    struct cursor *scratch = realloc(query->scratch.cursors, capacity * sizeof *scratch);
    if (scratch == NULL)
        return CAPARTNER_ERR_NO_MEMORY;
    query->scratch.cursors = scratch;
    query->cursor_capacity = capacity;
    return CAPARTNER_OK;
}

static capartner_status add_to(capartner_query *query, struct selection *set, uint32_t value,
                               size_t universe) {
    capartner_status status = reserve_cursors(query, set->count + 1);
    if (status == CAPARTNER_OK)
        status = selection_add(set, value, universe);
    plan(query);
    return status;
}

capartner_status capartner_query_add_country(capartner_query *query,
                                             const capartner_country *country) {
    if (query == NULL || country == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    return add_to(query, &query->countries, (uint32_t)capartner_country_index(country),
                  capartner_data_country_count);
}

capartner_status capartner_query_add_body(capartner_query *query, const capartner_body *body) {
    if (query == NULL || body == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    return add_to(query, &query->bodies, (uint32_t)capartner_body_index(body),
                  capartner_data_body_count);
}

capartner_status capartner_query_add_area(capartner_query *query, const capartner_area *area) {
    if (query == NULL || area == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    return add_to(query, &query->areas, (uint32_t)capartner_area_index(area),
                  capartner_data_area_count);
}

capartner_status capartner_query_add_kind(capartner_query *query, capartner_event_kind kind) {
    if (query == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (query->kind != CAPARTNER_QUERY_EVENTS)
        return CAPARTNER_ERR_INVALID_ARGUMENT;
    if ((unsigned)kind >= CAPARTNER_EVENT_KIND_COUNT)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    return add_to(query, &query->kinds, (uint32_t)kind, CAPARTNER_EVENT_KIND_COUNT);
}

capartner_status capartner_query_add_role(capartner_query *query, capartner_role role) {
    if (query == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (query->kind != CAPARTNER_QUERY_PARTICIPATIONS)
        return CAPARTNER_ERR_INVALID_ARGUMENT;
    if ((unsigned)role >= CAPARTNER_ROLE_COUNT)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    /* roles have no inverted lists: a predicate only, no cursor needed */
    capartner_status status = selection_add(&query->roles, (uint32_t)role, CAPARTNER_ROLE_COUNT);
    plan(query);
    return status;
}

capartner_status capartner_query_set_order(capartner_query *query, capartner_order order) {
    if (query == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (order != CAPARTNER_ORDER_OLDEST_FIRST && order != CAPARTNER_ORDER_NEWEST_FIRST)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    query->order = order;
    plan(query);
    return CAPARTNER_OK;
}

capartner_status capartner_query_include_alternatives(capartner_query *query, int include) {
    if (query == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    query->include_alternatives = include != 0;
    plan(query);
    return CAPARTNER_OK;
}

capartner_status capartner_query_set_range(capartner_query *query, capartner_date from,
                                           capartner_date to, capartner_certainty mode) {
    if (query == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (query->kind != CAPARTNER_QUERY_EVENTS)
        return CAPARTNER_ERR_INVALID_ARGUMENT;
    if (mode != CAPARTNER_CERTAINLY && mode != CAPARTNER_POSSIBLY)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    if (!capartner_date_valid(from) || !capartner_date_valid(to))
        return CAPARTNER_ERR_INVALID_DATE;
    int32_t from_first, from_last, to_first, to_last;
    capartner_date_interval(from, &from_first, &from_last);
    capartner_date_interval(to, &to_first, &to_last);
    int32_t range_from =
        from.precision == CAPARTNER_PRECISION_UNKNOWN ? CAPARTNER_OPEN_EARLIEST : from_first;
    int32_t range_to =
        to.precision == CAPARTNER_PRECISION_UNKNOWN ? CAPARTNER_OPEN_LATEST : to_last;
    if (range_from > range_to)
        return CAPARTNER_ERR_INVALID_ARGUMENT;
    query->check.range = true;
    query->check.range_from = range_from;
    query->check.range_to = range_to;
    query->check.range_certainly = mode == CAPARTNER_CERTAINLY;
    plan(query);
    return CAPARTNER_OK;
}

/* NULL or "" is an open end. */
static capartner_status parse_optional_date(const char *text, capartner_date *out) {
    if (text == NULL || text[0] == '\0') {
        *out = capartner_unknown_date;
        return CAPARTNER_OK;
    }
    return capartner_date_parse(text, out);
}

capartner_status capartner_query_set_range_text(capartner_query *query, const char *from,
                                                const char *to, capartner_certainty mode) {
    if (query == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    capartner_date from_date, to_date;
    capartner_status status = parse_optional_date(from, &from_date);
    if (status == CAPARTNER_OK)
        status = parse_optional_date(to, &to_date);
    if (status != CAPARTNER_OK)
        return status;
    return capartner_query_set_range(query, from_date, to_date, mode);
}

capartner_status capartner_query_set_as_of(capartner_query *query, capartner_date date,
                                           capartner_certainty mode) {
    if (query == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (query->kind != CAPARTNER_QUERY_PARTICIPATIONS)
        return CAPARTNER_ERR_INVALID_ARGUMENT;
    if (mode != CAPARTNER_CERTAINLY && mode != CAPARTNER_POSSIBLY)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    if (!capartner_date_valid(date) || date.precision == CAPARTNER_PRECISION_UNKNOWN)
        return CAPARTNER_ERR_INVALID_DATE;
    query->check.as_of = true;
    query->check.as_of_certainly = mode == CAPARTNER_CERTAINLY;
    int32_t unused;
    capartner_date_interval(date, &query->check.as_of_day, &unused);
    plan(query);
    return CAPARTNER_OK;
}

capartner_status capartner_query_set_as_of_text(capartner_query *query, const char *date,
                                                capartner_certainty mode) {
    if (query == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    capartner_date parsed;
    capartner_status status = capartner_date_parse(date, &parsed);
    if (status != CAPARTNER_OK)
        return status;
    return capartner_query_set_as_of(query, parsed, mode);
}

capartner_status capartner_query_rewind(capartner_query *query) {
    if (query == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    restart(query);
    return CAPARTNER_OK;
}

/* Whether a match is certain: in POSSIBLY mode, an event that may fall
 * outside the range or a relation whose holding is unknown is not. */
static bool match_certain(const capartner_query *query, uint32_t index) {
    if (query->kind == CAPARTNER_QUERY_EVENTS)
        return !query->check.range || event_within(&query->check, &capartner_data_events[index]);
    return !query->check.as_of || as_of_status(&query->check, index) == CAPARTNER_HOLDING_HELD;
}

const capartner_event *capartner_query_next_event(capartner_query *query) {
    uint32_t match;
    if (query != NULL)
        query->last_certain = false;
    if (query == NULL || query->kind != CAPARTNER_QUERY_EVENTS || !walk_next(query, &match))
        return NULL;
    query->last_certain = match_certain(query, match);
    return &capartner_data_events[match];
}

const capartner_participation *capartner_query_next_participation(capartner_query *query) {
    uint32_t match;
    if (query != NULL)
        query->last_certain = false;
    if (query == NULL || query->kind != CAPARTNER_QUERY_PARTICIPATIONS || !walk_next(query, &match))
        return NULL;
    query->last_certain = match_certain(query, match);
    return &capartner_data_participations[match];
}

int capartner_query_is_certain(const capartner_query *query) {
    return query != NULL && query->last_certain;
}

capartner_status capartner_query_next_indexes(capartner_query *query, size_t *indexes,
                                              size_t capacity, size_t *count) {
    if (count != NULL)
        *count = 0;
    if (query == NULL || count == NULL || (indexes == NULL && capacity > 0))
        return CAPARTNER_ERR_NULL_ARGUMENT;
    query->last_certain = false;
    size_t filled = 0;
    while (filled < capacity && query->pending_next < query->pending_count)
        indexes[filled++] = query->pending[query->pending_next++];
    if (filled < capacity)
        filled += walk_fill(query, &query->walk, indexes + filled, capacity - filled);
    if (filled > 0)
        query->last_certain = match_certain(query, (uint32_t)indexes[filled - 1]);
    *count = filled;
    return CAPARTNER_OK;
}

capartner_status capartner_query_count(capartner_query *query, size_t *out) {
    if (out != NULL)
        *out = 0;
    if (query == NULL || out == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    query->scratch.started = false;
    size_t matches[64], count = 0, filled;
    while ((filled = walk_fill(query, &query->scratch, matches, 64)) > 0)
        count += filled;
    *out = count;
    return CAPARTNER_OK;
}
