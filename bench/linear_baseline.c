/* capartner-bench: the linear baseline. Plain loops over the records parsed
 * into C arrays: strcasecmp for ASCII codes, a compare of case-folded names
 * for names in any script. */
#include "bench.h"

#include <string.h>
#include <strings.h>

uint64_t lin_alpha2(struct op *op, size_t n) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *key = op->keys[k];
        for (size_t c = 0; c < b->country_count; c++)
            if (strcasecmp(b->countries[c].alpha2, key) == 0) {
                sum += c;
                break;
            }
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

uint64_t lin_numeric(struct op *op, size_t n) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int key = op->numbers[k];
        for (size_t c = 0; c < b->country_count; c++)
            if (b->countries[c].numeric == key) {
                sum += c;
                break;
            }
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

/* Names in any script: fold the key once (as the library does), then
 * compare against the pre-folded names of every country in every language.
 * (strcasecmp folds ASCII only: it would miss "КАЗАХСТАН" and "OUZBÉKISTAN".) */
uint64_t lin_country_name(struct op *op, size_t n) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    size_t k = 0;
    char folded[KEY_BYTES];
    for (size_t i = 0; i < n; i++) {
        fold(op->keys[k], folded);
        for (size_t j = 0; j < b->name_count; j++)
            if (strcmp(b->names[j].folded, folded) == 0) {
                sum += b->names[j].country;
                break;
            }
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

uint64_t lin_acronym(struct op *op, size_t n) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *key = op->keys[k];
        for (size_t j = 0; j < b->body_count; j++)
            if (strcasecmp(b->bodies[j].acronym, key) == 0) {
                sum += j;
                break;
            }
        if (++k == op->key_count)
            k = 0;
    }
    return sum;
}

static bool has_id(const char **ids, uint32_t count, const char *id) {
    for (uint32_t i = 0; i < count; i++)
        if (strcmp(ids[i], id) == 0)
            return true;
    return false;
}

enum walk_filter {
    FILTER_NONE,
    FILTER_COUNTRY,
    FILTER_BODY,
    FILTER_AREA,
    FILTER_RANGE,         /* certainly in the range: dated wholly inside it */
    FILTER_RANGE_POSSIBLY /* possibly in it: the dates overlap */
};

/* Whether a walk with this filter yields the event. */
static bool event_matches(const struct op *op, const struct l_event *e, enum walk_filter filter) {
    if (!e->preferred)
        return false;
    switch (filter) {
    case FILTER_COUNTRY:
        return has_id(e->countries, e->country_count, op->filter_id);
    case FILTER_BODY:
        return has_id(e->bodies, e->body_count, op->filter_id);
    case FILTER_AREA:
        return has_id(e->areas, e->area_count, op->filter_id);
    case FILTER_RANGE:
        return e->earliest >= op->range_from && e->latest <= op->range_to;
    case FILTER_RANGE_POSSIBLY:
        return e->earliest <= op->range_to && e->latest >= op->range_from;
    case FILTER_NONE:
        break;
    }
    return true;
}

static uint64_t lin_walk(struct op *op, size_t n, enum walk_filter filter) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < b->event_count; j++)
            if (event_matches(op, &b->events[j], filter))
                sum += j;
    return sum;
}

uint64_t lin_timeline(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_NONE);
}
uint64_t lin_by_country(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_COUNTRY);
}
uint64_t lin_by_body(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_BODY);
}
uint64_t lin_by_area(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_AREA);
}
uint64_t lin_by_range(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_RANGE);
}
uint64_t lin_by_range_possibly(struct op *op, size_t n) {
    return lin_walk(op, n, FILTER_RANGE_POSSIBLY);
}

/* Whether the as-of walk yields the participation: the op's country's,
 * preferred, certainly held on the op's day. */
static bool held_on_day(const struct op *op, const struct l_participation *p) {
    return p->preferred && strcmp(p->country, op->filter_id) == 0 && p->first_day <= op->day &&
           op->day <= p->last_day;
}

uint64_t lin_as_of(struct op *op, size_t n) {
    const struct baseline *b = op->base;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < b->participation_count; j++)
            if (held_on_day(op, &b->participations[j]))
                sum += j;
    return sum;
}

long lin_answer_lookup(const struct op *op, size_t k) {
    const struct baseline *b = op->base;
    const char *key = op->keys != NULL ? op->keys[k] : NULL;
    char folded[KEY_BYTES];
    long result = -1;
    if (op->run[IMPL_LINEAR] == lin_alpha2) {
        for (size_t c = 0; c < b->country_count && result < 0; c++)
            if (strcasecmp(b->countries[c].alpha2, key) == 0)
                result = (long)c;
    } else if (op->run[IMPL_LINEAR] == lin_numeric) {
        for (size_t c = 0; c < b->country_count && result < 0; c++)
            if (b->countries[c].numeric == op->numbers[k])
                result = (long)c;
    } else if (op->run[IMPL_LINEAR] == lin_country_name) {
        fold(key, folded);
        for (size_t j = 0; j < b->name_count && result < 0; j++)
            if (strcmp(b->names[j].folded, folded) == 0)
                result = b->names[j].country;
    } else {
        for (size_t j = 0; j < b->body_count && result < 0; j++)
            if (strcasecmp(b->bodies[j].acronym, key) == 0)
                result = (long)j;
    }
    return result;
}

uint64_t lin_answer_walk(const struct op *op, size_t *matches) {
    const struct baseline *b = op->base;
    uint64_t sum = 1;
    *matches = 0;
    if (op->run[IMPL_LINEAR] == lin_as_of) {
        for (size_t j = 0; j < b->participation_count; j++)
            if (held_on_day(op, &b->participations[j])) {
                sum = mix(sum, j);
                ++*matches;
            }
        return sum;
    }
    /* the walk functions add indexes; re-run the predicate here */
    enum walk_filter filter = op->run[IMPL_LINEAR] == lin_by_country ? FILTER_COUNTRY
                              : op->run[IMPL_LINEAR] == lin_by_body  ? FILTER_BODY
                              : op->run[IMPL_LINEAR] == lin_by_area  ? FILTER_AREA
                              : op->run[IMPL_LINEAR] == lin_by_range ? FILTER_RANGE
                              : op->run[IMPL_LINEAR] == lin_by_range_possibly
                                  ? FILTER_RANGE_POSSIBLY
                                  : FILTER_NONE;
    for (size_t j = 0; j < b->event_count; j++)
        if (event_matches(op, &b->events[j], filter)) {
            sum = mix(sum, j);
            ++*matches;
        }
    return sum;
}
