/* The spans of a participation (docs/data-model.md, "Certain, possible,
 * unknown"): the days it certainly held and the days it possibly held. One
 * rule, shared with the data compiler, which stores each participation's
 * spans so that an "as of" walk compares integers instead of decoding
 * partial dates. */
#include "internal.h"

static int32_t min_day(int32_t a, int32_t b) {
    return a < b ? a : b;
}

static int32_t max_day(int32_t a, int32_t b) {
    return a > b ? a : b;
}

static bool known(capartner_date date) {
    return date.precision != CAPARTNER_PRECISION_UNKNOWN;
}

/* The last day held by a relation that ends on `end` (the day it ends is
 * no longer held); open ends stay open. */
static int32_t last_before(int32_t end) {
    return end == CAPARTNER_OPEN_LATEST ? CAPARTNER_OPEN_LATEST : capartner_day_before(end);
}

/* The earliest and latest days a relation may end: its own end's or its
 * body's, whichever may come first; open with neither. */
static void end_bounds(const struct capartner_span_input *in, int32_t *first, int32_t *last) {
    *first = *last = CAPARTNER_OPEN_LATEST;
    if (known(in->ended))
        capartner_date_interval(in->ended, first, last);
    if (known(in->body_ended)) {
        int32_t body_end_first, body_end_last;
        capartner_date_interval(in->body_ended, &body_end_first, &body_end_last);
        *first = min_day(*first, body_end_first);
        *last = min_day(*last, body_end_last);
    }
}

void capartner_span_of(const struct capartner_span_input *in, struct capartner_span *out) {
    int32_t start_first = CAPARTNER_OPEN_EARLIEST, start_last = CAPARTNER_OPEN_LATEST, end_first,
            end_last;
    if (known(in->started))
        capartner_date_interval(in->started, &start_first, &start_last);
    if (known(in->body_started)) {
        /* nothing takes part in a body before the body exists */
        int32_t body_first, unused;
        capartner_date_interval(in->body_started, &body_first, &unused);
        start_first = max_day(start_first, body_first);
    }
    /* the relation's end, or its body's, bounds the possible span; only its
     * own stated end makes days before it certain */
    end_bounds(in, &end_first, &end_last);
    out->possible_first = start_first;
    out->possible_last = last_before(end_last);
    /* certain from the latest possible start to the day before the earliest
     * possible end; with no start stated there is no latest start, and with
     * no end stated no earliest end: only evidence makes those certain */
    out->certain_first =
        known(in->started) ? max_day(start_last, start_first) : CAPARTNER_OPEN_LATEST;
    out->certain_last = known(in->ended) ? last_before(end_first) : CAPARTNER_OPEN_EARLIEST;
}

static const capartner_date no_evidence; /* precision UNKNOWN */

capartner_date capartner_record_evidence(capartner_date reported, capartner_date source_date,
                                         capartner_date record_ended) {
    capartner_date date = known(reported) ? reported : source_date;
    /* "before X" and "after X" name no period in which it held, nor does
     * "circa X": about X, no day of it certain (counted over its widened
     * interval, it would make days certain that X itself is not) */
    if (!known(date) || date.qualifier == CAPARTNER_QUALIFIER_BEFORE ||
        date.qualifier == CAPARTNER_QUALIFIER_AFTER || date.qualifier == CAPARTNER_QUALIFIER_CIRCA)
        return no_evidence;
    if (known(record_ended)) {
        /* a record dated on or after its own end tells a history */
        int32_t date_first, date_last, end_first, end_last;
        capartner_date_interval(date, &date_first, &date_last);
        capartner_date_interval(record_ended, &end_first, &end_last);
        if (date_last >= end_first)
            return no_evidence;
    }
    return date;
}

void capartner_span_add_evidence(const struct capartner_span_input *in, capartner_date evidence,
                                 struct capartner_span *span) {
    if (!known(evidence))
        return;
    /* a source reports the relation holding over the evidence's interval:
     * certain then (from its start, within the possible span), and on to it
     * when no end is stated; each report widens the span, so a later one
     * never undoes an earlier. Not when it is not before the end (a
     * history, not a status), nor when it is over before the relation can
     * have begun (a statement that disagrees) */
    int32_t evidence_first, evidence_last, end_first, end_last;
    capartner_date_interval(evidence, &evidence_first, &evidence_last);
    end_bounds(in, &end_first, &end_last);
    bool ended = known(in->ended) || known(in->body_ended);
    if ((ended && evidence_last >= end_first) || evidence_last < span->possible_first)
        return;
    span->certain_first =
        max_day(min_day(span->certain_first, evidence_first), span->possible_first);
    if (!known(in->ended))
        span->certain_last = max_day(span->certain_last, evidence_last);
}
