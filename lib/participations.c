/* Participations: a country's role in a body over time. */
#include "lookup.h"

CAPARTNER_DEFINE_TABLE(participation, capartner_data_participations,
                       capartner_data_participation_count, capartner_data_participation_keys)
CAPARTNER_DEFINE_INDEX(participation, capartner_data_participations)

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

capartner_date capartner_participation_started(const capartner_participation *p) {
    return p == NULL ? capartner_unknown_date : p->started;
}

capartner_date capartner_participation_ended(const capartner_participation *p) {
    return p == NULL ? capartner_unknown_date : p->ended;
}

capartner_date capartner_participation_reported(const capartner_participation *p) {
    return p == NULL ? capartner_unknown_date : p->reported;
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

bool capartner_participation_held_at(uint32_t index, int32_t day) {
    return capartner_data_participation_held_from[index] <= day &&
           day < capartner_data_participation_held_until[index];
}

int capartner_participation_held_on(const capartner_participation *p, capartner_date date) {
    if (p == NULL || !capartner_date_valid(date) || date.precision == CAPARTNER_PRECISION_UNKNOWN)
        return 0;
    int32_t day, unused;
    capartner_date_interval(date, &day, &unused);
    return capartner_participation_held_at((uint32_t)(p - capartner_data_participations), day);
}

const capartner_citation *capartner_participation_citation(const capartner_participation *p) {
    return p == NULL ? NULL : &capartner_data_citations[p->citation];
}
