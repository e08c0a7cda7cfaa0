/* lib/span.c's rule on relations built here, independent of the data: a
 * record and its alternative each reporting the relation holding, given in
 * either order, make it certain from the older report to the newer
 * (docs/data-model.md, "two reports"); evidence that is a history, names no
 * period (before, after, circa) or disagrees with the start is ignored. */
#include "internal.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int failures;

static capartner_date date(const char *text) {
    capartner_date out = {0};
    if (text[0] != '\0' && capartner_date_parse(text, &out) != CAPARTNER_OK) {
        fprintf(stderr, "FAIL: cannot parse %s\n", text);
        failures++;
    }
    return out;
}

/* The spans of a relation with the given start and end (body open) that two
 * records report on `reported[0]` and `reported[1]`, added in that order. An
 * end written "body DATE" is the body's end, the relation's own unknown. */
static struct capartner_span spans(const char *started, const char *ended,
                                   const char *const reported[2]) {
    bool body_end = strncmp(ended, "body ", 5) == 0;
    struct capartner_span_input input = {date(started), date(body_end ? "" : ended), date(""),
                                         date(body_end ? ended + 5 : "")};
    struct capartner_span span;
    capartner_span_of(&input, &span);
    for (int i = 0; i < 2; i++)
        capartner_span_add_evidence(
            &input, capartner_record_evidence(date(reported[i]), date("early 2014"), date("")),
            &span);
    return span;
}

static void expect(const char *what, const char *started, const char *ended, const char *first,
                   const char *second, int32_t certain_first, int32_t certain_last) {
    for (int order = 0; order < 2; order++) {
        const char *const reported[2] = {order ? second : first, order ? first : second};
        struct capartner_span span = spans(started, ended, reported);
        if (span.certain_first != certain_first || span.certain_last != certain_last) {
            fprintf(stderr, "FAIL %s (order %d): certain %d..%d, expected %d..%d\n", what, order,
                    span.certain_first, span.certain_last, certain_first, certain_last);
            failures++;
        }
    }
}

static void expect_status(const char *what, const char *day_text, capartner_holding expected) {
    const char *const reported[2] = {"2014", "2017"};
    struct capartner_span span = spans("", "", reported);
    int32_t day, unused;
    capartner_date_interval(date(day_text), &day, &unused);
    if (capartner_span_status(&span, day) != expected) {
        fprintf(stderr, "FAIL %s: %s is %s, expected %s\n", what, day_text,
                capartner_holding_name(capartner_span_status(&span, day)),
                capartner_holding_name(expected));
        failures++;
    }
}

int main(void) {
    /* two reports, 2014 and 2017: held certainly 2014..2017, unknown after */
    expect("two reports", "", "", "2014", "2017", 20140101, 20171231);
    expect_status("two reports", "2013-12-31", CAPARTNER_HOLDING_UNKNOWN);
    expect_status("two reports", "2014-01-01", CAPARTNER_HOLDING_HELD);
    expect_status("two reports", "2015-07", CAPARTNER_HOLDING_HELD);
    expect_status("two reports", "2017-12-31", CAPARTNER_HOLDING_HELD);
    expect_status("two reports", "2018", CAPARTNER_HOLDING_UNKNOWN);
    /* a record with no date of its own reports its source's content date */
    expect("the source's date", "", "", "", "2017-12-12", 20140101, 20171212);
    /* with a stated start, the older report makes certain the days before
     * the latest possible start */
    expect("start stated", "2002", "", "2002-02-20", "early 2014", 20020220, 20140430);
    /* with a stated end, from the oldest report to the day before the end */
    expect("end stated", "", "2016-06", "2014", "2015", 20140101, 20160531);
    /* the body's end bounds the possible span but, unlike the relation's
     * own end, makes no day before it certain: only the reports do */
    expect("body ended", "", "body 2016-06", "2014", "2015", 20140101, 20151231);
    const char *const reports[2] = {"2014", "2015"};
    if (spans("", "body 2016-06", reports).possible_last != 20160629) {
        fprintf(stderr, "FAIL body ended: possible after the body's last possible day\n");
        failures++;
    }
    /* a report on or after the end tells a history: only the other counts */
    expect("after the end", "", "2016-06", "2017", "2015", 20150101, 20160531);
    /* a report over before the start disagrees with it: ignored */
    expect("before the start", "2010", "", "2005", "2012", 20101231, 20121231);
    /* "before X" and "after X" name no period in which it held */
    expect("no period", "", "", "before 2012", "2013", 20130101, 20131231);
    expect("none", "", "", "after 2012", "before 2013", 99991231, 0);
    /* nor does "circa X": about X, no day of it is certain */
    expect("about", "", "", "circa 2012", "2013", 20130101, 20131231);
    expect("about a day", "", "", "circa 2012-05-10", "before 2013", 99991231, 0);
    return failures == 0 ? 0 : 1;
}
