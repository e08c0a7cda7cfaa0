/* Participations: a country's role in a body over time. */
#include "lookup.h"

size_t capartner_participation_count(void) {
    return capartner_data_participation_count;
}

capartner_status capartner_participation_at(size_t index, const capartner_participation **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_at(index, capartner_data_participation_count, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_participations, record);
    return status;
}

capartner_status capartner_participation_find(const char *key,
                                              const capartner_participation **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_find(&capartner_data_participation_keys, key, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_participations, record);
    return status;
}

size_t capartner_participation_index(const capartner_participation *participation) {
    return participation == NULL ? (size_t)-1
                                 : (size_t)(participation - capartner_data_participations);
}

const char *capartner_participation_id(const capartner_participation *p) {
    return p == NULL ? "" : capartner_text_at(p->id);
}

const capartner_country *capartner_participation_country(const capartner_participation *p) {
    return p == NULL ? NULL : &capartner_data_countries[p->country];
}

const capartner_body *capartner_participation_body(const capartner_participation *p) {
    return p == NULL ? NULL : &capartner_data_bodies[p->body];
}

capartner_role capartner_participation_role(const capartner_participation *p) {
    return p == NULL ? CAPARTNER_ROLE_MEMBER : (capartner_role)p->role;
}

const capartner_area *capartner_participation_area(const capartner_participation *p) {
    return p == NULL ? NULL : CAPARTNER_RECORD_OR_NULL(capartner_data_areas, p->area);
}

capartner_date capartner_participation_started(const capartner_participation *p) {
    return p == NULL ? capartner_unknown_date : p->started;
}

capartner_date capartner_participation_ended(const capartner_participation *p) {
    return p == NULL ? capartner_unknown_date : p->ended;
}

capartner_date capartner_participation_reported(const capartner_participation *p) {
    return p == NULL ? capartner_unknown_date : p->reported;
}

const char *capartner_participation_started_text(const capartner_participation *p) {
    return p == NULL ? "" : capartner_text_at(p->started_text);
}

const char *capartner_participation_ended_text(const capartner_participation *p) {
    return p == NULL ? "" : capartner_text_at(p->ended_text);
}

const char *capartner_participation_reported_text(const capartner_participation *p) {
    return p == NULL ? "" : capartner_text_at(p->reported_text);
}

const char *capartner_participation_summary(const capartner_participation *p) {
    return p == NULL ? "" : capartner_text_at(p->summary);
}

int capartner_participation_is_preferred(const capartner_participation *p) {
    return p != NULL && p->alternative_of == CAPARTNER_NONE;
}

const capartner_participation *
capartner_participation_alternative_of(const capartner_participation *p) {
    return p == NULL ? NULL
                     : CAPARTNER_RECORD_OR_NULL(capartner_data_participations, p->alternative_of);
}

capartner_holding capartner_participation_status_on(const capartner_participation *p,
                                                    capartner_date date) {
    if (p == NULL || !capartner_date_valid(date) || date.precision == CAPARTNER_PRECISION_UNKNOWN)
        return CAPARTNER_HOLDING_UNKNOWN;
    int32_t day, unused;
    capartner_date_interval(date, &day, &unused);
    struct capartner_span span =
        capartner_participation_spans_at((uint32_t)(p - capartner_data_participations));
    return capartner_span_status(&span, day);
}

capartner_status capartner_participation_span(const capartner_participation *p,
                                              capartner_certainty mode, int32_t *first,
                                              int32_t *last) {
    if (first != NULL)
        *first = 0;
    if (last != NULL)
        *last = 0;
    if (p == NULL || first == NULL || last == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (mode != CAPARTNER_CERTAINLY && mode != CAPARTNER_POSSIBLY)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    struct capartner_span span =
        capartner_participation_spans_at((uint32_t)(p - capartner_data_participations));
    *first = mode == CAPARTNER_CERTAINLY ? span.certain_first : span.possible_first;
    *last = mode == CAPARTNER_CERTAINLY ? span.certain_last : span.possible_last;
    return CAPARTNER_OK;
}

int capartner_participation_held_on(const capartner_participation *p, capartner_date date) {
    return capartner_participation_status_on(p, date) == CAPARTNER_HOLDING_HELD;
}

const capartner_citation *capartner_participation_citation(const capartner_participation *p) {
    return p == NULL ? NULL : &capartner_data_citations[p->citation];
}
