/*
 * Out of memory: every allocation the library makes, made to fail in turn.
 *
 * Only queries allocate (capartner_query_new and the filters that add a
 * value: add_country, add_body, add_area, add_kind, add_role). Each scenario
 * below builds a query filter by filter; it runs once with no failure for
 * the expected matches, then again for N = 1, 2, ... with the Nth allocation
 * failing (the malloc interposer of tests/interposer/), until a run sees no
 * failure. In every run:
 *  - the call whose allocation failed returns CAPARTNER_ERR_NO_MEMORY (a
 *    failed capartner_query_new leaves its out parameter NULL), and no other
 *    call fails;
 *  - the failed filter call, repeated, succeeds: the query was left as it
 *    was and usable;
 *  - the walk and the count then give the same matches as the run without
 *    a failure;
 *  - after capartner_query_free no block is left: no leak on any path.
 *
 * Not sanitizer-safe (ASan owns malloc): labelled "nomem", not "unit", so the
 * sanitizer stage of tools/check skips it.
 */
#include "interposer.h"

#include <capartner.h>

#include <stdio.h>
#include <stdlib.h>

enum step_kind { RESET_EVENTS, RESET_PARTICIPATIONS, COUNTRY, BODY, AREA, KIND, ROLE };
struct step {
    enum step_kind kind;
    size_t value;
};

enum { MAX_STEPS = 1024 };
struct scenario {
    const char *name;
    capartner_query_kind first_kind;
    struct step steps[MAX_STEPS];
    size_t step_count;
};

static int failures;

static void fail(const struct scenario *s, size_t fail_at, const char *what) {
    fprintf(stderr, "FAIL: %s, allocation %zu failing: %s\n", s->name, fail_at, what);
    failures++;
}

static void add_step(struct scenario *s, enum step_kind kind, size_t value) {
    if (s->step_count == MAX_STEPS) {
        fprintf(stderr, "FAIL: %s has too many steps\n", s->name);
        exit(1);
    }
    s->steps[s->step_count++] = (struct step){kind, value};
}

static capartner_status apply(capartner_query *query, struct step step) {
    const capartner_country *country;
    const capartner_body *body;
    const capartner_area *area;
    switch (step.kind) {
    case RESET_EVENTS:
        return capartner_query_reset(query, CAPARTNER_QUERY_EVENTS);
    case RESET_PARTICIPATIONS:
        return capartner_query_reset(query, CAPARTNER_QUERY_PARTICIPATIONS);
    case COUNTRY:
        capartner_country_at(step.value, &country);
        return capartner_query_add_country(query, country);
    case BODY:
        capartner_body_at(step.value, &body);
        return capartner_query_add_body(query, body);
    case AREA:
        capartner_area_at(step.value, &area);
        return capartner_query_add_area(query, area);
    case KIND:
        return capartner_query_add_kind(query, (capartner_event_kind)step.value);
    case ROLE:
        return capartner_query_add_role(query, (capartner_role)step.value);
    }
    return CAPARTNER_ERR_INVALID_ARGUMENT;
}

/* What the walk found: how many matches, and their indexes folded together. */
struct matches {
    bool walked;
    size_t count, counted, digest;
};

static struct matches walk(capartner_query *query) {
    struct matches m = {true, 0, 0, 0};
    size_t batch[64], filled;
    while (capartner_query_next_indexes(query, batch, 64, &filled) == CAPARTNER_OK && filled > 0)
        for (size_t i = 0; i < filled; i++, m.count++)
            m.digest = m.digest * 31 + batch[i] + 1;
    if (capartner_query_count(query, &m.counted) != CAPARTNER_OK)
        m.counted = (size_t)-1;
    return m;
}

/* One run with the fail_at-th allocation failing (0: none). Returns whether
 * the planned failure happened; *found gets the walk's matches. */
static bool run(const struct scenario *s, size_t fail_at, struct matches *found) {
    interposer_start(fail_at);
    capartner_query *query = (capartner_query *)&failures; /* stale: must become NULL */
    capartner_status status = capartner_query_new(s->first_kind, &query);
    if (interposer_failed()) {
        interposer_stop();
        if (status != CAPARTNER_ERR_NO_MEMORY || query != NULL)
            fail(s, fail_at, "capartner_query_new: not NO_MEMORY with a NULL query");
        if (interposer_live() != 0)
            fail(s, fail_at, "capartner_query_new left a block");
        return true;
    }
    if (status != CAPARTNER_OK) {
        interposer_stop();
        fail(s, fail_at, "capartner_query_new failed without a failed allocation");
        return false;
    }
    for (size_t i = 0; i < s->step_count; i++) {
        bool failed_before = interposer_failed();
        status = apply(query, s->steps[i]);
        if (interposer_failed() && !failed_before) {
            if (status != CAPARTNER_ERR_NO_MEMORY)
                fail(s, fail_at, "the failing call did not say NO_MEMORY");
            status = apply(query, s->steps[i]); /* the failure lost nothing */
        }
        if (status != CAPARTNER_OK) {
            fail(s, fail_at, "a call failed without a failed allocation, or its retry failed");
            break;
        }
    }
    *found = walk(query);
    capartner_query_free(query);
    interposer_stop();
    if (interposer_live() != 0)
        fail(s, fail_at, "blocks left after capartner_query_free (a leak)");
    return interposer_failed();
}

/* Every allocation of the scenario, made to fail in turn. Returns how many
 * allocations it makes. */
static size_t fail_each(const struct scenario *s) {
    struct matches expected = {false, 0, 0, 0};
    if (run(s, 0, &expected))
        fail(s, 0, "a failure without one planned");
    size_t allocations = interposer_calls();
    if (expected.count == 0 || expected.counted != expected.count)
        fail(s, 0, "no matches, or the count disagrees with the walk");
    for (size_t n = 1; n <= allocations + 1; n++) {
        struct matches found = {false, 0, 0, 0};
        if (run(s, n, &found) != (n <= allocations))
            fail(s, n, "the planned failure did not happen (or happened past the end)");
        /* (a failed capartner_query_new leaves no query to walk) */
        if (found.walked && (found.count != expected.count || found.counted != expected.counted ||
                             found.digest != expected.digest))
            fail(s, n, "the query's matches differ from the run without a failure");
    }
    printf("%s: %zu steps, %zu allocations, each failed in turn; %zu matches\n", s->name,
           s->step_count, allocations, expected.count);
    return allocations;
}

static struct scenario scenarios[3];

/* Events by every country, every other body, every area and every kind. */
static void events_scenario(struct scenario *s) {
    for (size_t i = 0; i < capartner_country_count(); i++)
        add_step(s, COUNTRY, i);
    for (size_t i = 0; i < capartner_body_count(); i += 2)
        add_step(s, BODY, i);
    for (size_t i = 0; i < capartner_area_count(); i++)
        add_step(s, AREA, i);
    for (size_t i = 0; i < CAPARTNER_EVENT_KIND_COUNT; i++)
        add_step(s, KIND, i);
}

/* Participations by every body, every country and every role. */
static void participations_scenario(struct scenario *s) {
    for (size_t i = 0; i < capartner_body_count(); i++)
        add_step(s, BODY, i);
    for (size_t i = 0; i < capartner_country_count(); i++)
        add_step(s, COUNTRY, i);
    for (size_t i = 0; i < CAPARTNER_ROLE_COUNT; i++)
        add_step(s, ROLE, i);
}

int main(void) {
    if (!interposer_works()) {
        fprintf(stderr, "FAIL: the malloc interposer is not in effect\n");
        return 1;
    }
    scenarios[0] = (struct scenario){.name = "events query", .first_kind = CAPARTNER_QUERY_EVENTS};
    events_scenario(&scenarios[0]);
    scenarios[1] = (struct scenario){.name = "participations query",
                                     .first_kind = CAPARTNER_QUERY_PARTICIPATIONS};
    participations_scenario(&scenarios[1]);
    /* one query reset between kinds: the storage it keeps, then new storage */
    scenarios[2] = (struct scenario){.name = "reset query", .first_kind = CAPARTNER_QUERY_EVENTS};
    events_scenario(&scenarios[2]);
    add_step(&scenarios[2], RESET_PARTICIPATIONS, 0);
    participations_scenario(&scenarios[2]);
    add_step(&scenarios[2], RESET_EVENTS, 0);
    for (size_t i = 0; i < capartner_area_count(); i++)
        add_step(&scenarios[2], AREA, i);

    size_t total = 0;
    for (size_t i = 0; i < sizeof scenarios / sizeof scenarios[0]; i++)
        total += fail_each(&scenarios[i]);
    /* query_new's block, a selection's flags and values, the cursors: at
     * least that many, or the failures were never where they matter */
    if (total < 10)
        fprintf(stderr, "FAIL: only %zu allocations seen\n", total), failures++;
    return failures == 0 ? 0 : 1;
}
