/* "Did you mean ...?": the records whose keys are closest to a key that
 * finds nothing, by edit distance between folded forms. No allocation:
 * everything lives on the stack, bounded by CAPARTNER_MAX_KEY_BYTES. */
#include "lookup.h"

#include <string.h>

/* A folded key as code points. */
struct folded {
    char bytes[CAPARTNER_MAX_KEY_BYTES + 1];
    size_t byte_length;
    uint32_t points[CAPARTNER_MAX_KEY_BYTES];
    size_t length;
};

static bool fold_points(const char *text, struct folded *out) {
    if (capartner_fold_key(text, out->bytes, sizeof out->bytes, &out->byte_length) != CAPARTNER_OK)
        return false;
    out->length = 0;
    for (size_t at = 0; at < out->byte_length;)
        at += capartner_utf8_decode(out->bytes + at, &out->points[out->length++]);
    return true;
}

/* Optimal string alignment distance (insertions, deletions, substitutions,
 * adjacent transpositions), or limit + 1 once it must exceed the limit. */
static unsigned edit_distance(const struct folded *a, const struct folded *b, unsigned limit) {
    size_t difference = a->length > b->length ? a->length - b->length : b->length - a->length;
    if (difference > limit)
        return limit + 1;
    uint16_t rows[3][CAPARTNER_MAX_KEY_BYTES + 1];
    uint16_t *before = rows[0], *previous = rows[1], *current = rows[2];
    for (size_t j = 0; j <= b->length; j++)
        previous[j] = (uint16_t)j;
    for (size_t i = 1; i <= a->length; i++) {
        current[0] = (uint16_t)i;
        uint16_t row_best = current[0];
        for (size_t j = 1; j <= b->length; j++) {
            unsigned cost = a->points[i - 1] == b->points[j - 1] ? 0u : 1u;
            unsigned best = previous[j] + 1u;
            if (current[j - 1] + 1u < best)
                best = current[j - 1] + 1u;
            if (previous[j - 1] + cost < best)
                best = previous[j - 1] + cost;
            if (i > 1 && j > 1 && a->points[i - 1] == b->points[j - 2] &&
                a->points[i - 2] == b->points[j - 1] && before[j - 2] + 1u < best)
                best = before[j - 2] + 1u;
            current[j] = (uint16_t)best;
            if (current[j] < row_best)
                row_best = current[j];
        }
        if (row_best > limit)
            return limit + 1;
        uint16_t *spare = before;
        before = previous;
        previous = current;
        current = spare;
    }
    return previous[b->length] > limit ? limit + 1 : previous[b->length];
}

struct suggester {
    struct folded query;
    unsigned limit;
    capartner_suggestion *out;
    size_t capacity, count;
};

static bool ranks_before(const capartner_suggestion *a, const capartner_suggestion *b) {
    if (a->distance != b->distance)
        return a->distance < b->distance;
    if (a->type != b->type)
        return a->type < b->type;
    return a->index < b->index;
}

/* Keeps the `capacity` best records, each once, by (distance, type, index). */
static void offer(struct suggester *s, capartner_suggestion candidate) {
    size_t at = s->count;
    for (size_t i = 0; i < s->count; i++) {
        if (s->out[i].type == candidate.type && s->out[i].index == candidate.index) {
            if (!ranks_before(&candidate, &s->out[i]))
                return;
            at = i;
            break;
        }
    }
    if (at == s->count) {
        if (s->count < s->capacity)
            s->count++;
        else if (s->count == 0 || !ranks_before(&candidate, &s->out[s->count - 1]))
            return;
        at = s->count - 1;
    }
    while (at > 0 && ranks_before(&candidate, &s->out[at - 1])) {
        s->out[at] = s->out[at - 1];
        at--;
    }
    s->out[at] = candidate;
}

/* Scores one key of a record. A key that begins with what was typed (three
 * letters or more) counts as the largest distance still suggested. */
static void consider(struct suggester *s, capartner_record_type type, size_t index,
                     capartner_text text) {
    const char *key = capartner_text_at(text);
    struct folded folded;
    if (key[0] == '\0' || !fold_points(key, &folded))
        return;
    unsigned distance = edit_distance(&s->query, &folded, s->limit);
    if (distance > s->limit && s->query.length >= 3 && folded.byte_length > s->query.byte_length &&
        memcmp(folded.bytes, s->query.bytes, s->query.byte_length) == 0)
        distance = s->limit;
    if (distance <= s->limit)
        offer(s, (capartner_suggestion){type, index, key, distance});
}

static void consider_names(struct suggester *s, capartner_record_type type, size_t index,
                           uint32_t first, uint32_t count) {
    for (uint32_t i = first; i < first + count; i++)
        consider(s, type, index, capartner_data_names[i].text);
}

/* The keys of every record, as the data compiler indexes them (see the key
 * indexes in internal.h), numeric codes aside. */
static void consider_all(struct suggester *s) {
    for (size_t i = 0; i < capartner_data_country_count; i++) {
        const struct capartner_country *c = &capartner_data_countries[i];
        consider(s, CAPARTNER_RECORD_COUNTRY, i, c->alpha2);
        consider(s, CAPARTNER_RECORD_COUNTRY, i, c->alpha3);
        consider(s, CAPARTNER_RECORD_COUNTRY, i, c->id);
        consider_names(s, CAPARTNER_RECORD_COUNTRY, i, c->name_first, c->name_count);
    }
    for (size_t i = 0; i < capartner_data_body_count; i++) {
        const struct capartner_body *b = &capartner_data_bodies[i];
        consider(s, CAPARTNER_RECORD_BODY, i, b->acronym);
        consider(s, CAPARTNER_RECORD_BODY, i, b->id);
        consider(s, CAPARTNER_RECORD_BODY, i, b->name);
        consider_names(s, CAPARTNER_RECORD_BODY, i, b->name_first, b->name_count);
    }
    for (size_t i = 0; i < capartner_data_place_count; i++) {
        const struct capartner_place *p = &capartner_data_places[i];
        consider(s, CAPARTNER_RECORD_PLACE, i, p->id);
        consider(s, CAPARTNER_RECORD_PLACE, i, p->name);
        consider_names(s, CAPARTNER_RECORD_PLACE, i, p->name_first, p->name_count);
    }
    for (size_t i = 0; i < capartner_data_area_count; i++) {
        consider(s, CAPARTNER_RECORD_AREA, i, capartner_data_areas[i].id);
        consider(s, CAPARTNER_RECORD_AREA, i, capartner_data_areas[i].name);
    }
}

capartner_status capartner_suggest(const char *key, capartner_suggestion *out, size_t capacity,
                                   size_t *count) {
    if (count != NULL)
        *count = 0;
    if (count == NULL || (out == NULL && capacity > 0))
        return CAPARTNER_ERR_NULL_ARGUMENT;
    capartner_status status = capartner_check_key(key);
    if (status != CAPARTNER_OK)
        return status;
    struct suggester s = {.out = out, .capacity = capacity};
    if (!fold_points(key, &s.query))
        return CAPARTNER_ERR_INVALID_UTF8;
    if (s.query.length == 0)
        return CAPARTNER_ERR_EMPTY_KEY;
    /* one typo in a short key, two in a word, three in a longer name */
    s.limit = s.query.length <= 3 ? 1u : s.query.length <= 6 ? 2u : 3u;
    consider_all(&s);
    *count = s.count;
    return CAPARTNER_OK;
}
