/* The "held on" rule of participations (docs/data-model.md), as the interval
 * of days a relation held. Shared with the data compiler, which stores the
 * interval per participation so that an "as of" walk reads two integers
 * instead of decoding partial dates. */
#include "internal.h"

static int32_t earliest_day(capartner_date date) {
    int32_t earliest, latest;
    capartner_date_interval(date, &earliest, &latest);
    return earliest;
}

void capartner_held_days(capartner_date started, capartner_date ended, capartner_date reported,
                         capartner_date body_started, int32_t *from, int32_t *until) {
    /* A stated start wins. With none, a relation that has ended is known to
     * have held before its end, so it counts from the body's start (open when
     * that is unknown too); a relation still open counts from its report. */
    capartner_date start = started;
    if (start.precision == CAPARTNER_PRECISION_UNKNOWN)
        start = ended.precision != CAPARTNER_PRECISION_UNKNOWN ? body_started : reported;
    *from = start.precision == CAPARTNER_PRECISION_UNKNOWN ? INT32_MIN : earliest_day(start);
    *until = INT32_MAX;
    if (ended.precision != CAPARTNER_PRECISION_UNKNOWN) {
        /* an end "before X" means the role was gone by X: its interval's last
         * day is the day before X, so the relation no longer holds from X on */
        int32_t end_first, end_last;
        capartner_date_interval(ended, &end_first, &end_last);
        *until = ended.qualifier == CAPARTNER_QUALIFIER_BEFORE ? end_last + 1 : end_first;
    }
}
