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

static int32_t earliest_day(capartner_date date) {
    int32_t earliest, latest;
    capartner_date_interval(date, &earliest, &latest);
    return earliest;
}

/* When the relation began, for "held on" purposes. A stated start wins. With
 * no stated start, a relation that has ended is known to have held before its
 * end, so it counts from the body's start (open when that is unknown too); a
 * relation still open counts from the date it was reported. */
static int32_t effective_start_day(const struct capartner_participation *p) {
    capartner_date start = p->started;
    if (start.precision == CAPARTNER_PRECISION_UNKNOWN)
        start = p->ended.precision != CAPARTNER_PRECISION_UNKNOWN
                    ? capartner_data_bodies[p->body].started
                    : p->reported;
    return start.precision == CAPARTNER_PRECISION_UNKNOWN ? INT32_MIN : earliest_day(start);
}

int capartner_participation_held_on(const capartner_participation *p, capartner_date date) {
    if (p == NULL || !capartner_date_valid(date) || date.precision == CAPARTNER_PRECISION_UNKNOWN)
        return 0;
    int32_t day = earliest_day(date);
    if (effective_start_day(p) > day)
        return 0;
    /* an end "before X" means the role was gone by X: its interval's last day
     * is the day before X, so the relation no longer holds from X on */
    if (p->ended.precision != CAPARTNER_PRECISION_UNKNOWN) {
        int32_t end_first, end_last;
        capartner_date_interval(p->ended, &end_first, &end_last);
        int32_t end_day =
            p->ended.qualifier == CAPARTNER_QUALIFIER_BEFORE ? end_last + 1 : end_first;
        if (day >= end_day)
            return 0;
    }
    return 1;
}

const capartner_citation *capartner_participation_citation(const capartner_participation *p) {
    return p == NULL ? NULL : &capartner_data_citations[p->citation];
}
