/* Partial dates: parsing, formatting, intervals, timeline order, and what a
 * date range filter matches. */
#include "support.h"

#include <stdio.h>
#include <string.h>

/* ----------------------------------------------------------------- parse */

START_TEST(test_parse_precisions) {
    capartner_date date;
    cp_assert_status(capartner_date_parse("2013", &date), CAPARTNER_OK);
    ck_assert_int_eq(date.year, 2013);
    ck_assert_int_eq(date.month, 0);
    ck_assert_int_eq(date.day, 0);
    ck_assert_int_eq(date.precision, CAPARTNER_PRECISION_YEAR);
    ck_assert_int_eq(date.qualifier, CAPARTNER_QUALIFIER_NONE);
    ck_assert_int_eq(date.reserved[0], 0);
    ck_assert_int_eq(date.reserved[1], 0);

    cp_assert_status(capartner_date_parse("2013-12", &date), CAPARTNER_OK);
    ck_assert_int_eq(date.year, 2013);
    ck_assert_int_eq(date.month, 12);
    ck_assert_int_eq(date.day, 0);
    ck_assert_int_eq(date.precision, CAPARTNER_PRECISION_MONTH);

    cp_assert_status(capartner_date_parse("2013-12-05", &date), CAPARTNER_OK);
    ck_assert_int_eq(date.year, 2013);
    ck_assert_int_eq(date.month, 12);
    ck_assert_int_eq(date.day, 5);
    ck_assert_int_eq(date.precision, CAPARTNER_PRECISION_DAY);

    cp_assert_status(capartner_date_parse("unknown", &date), CAPARTNER_OK);
    ck_assert_int_eq(date.year, 0);
    ck_assert_int_eq(date.month, 0);
    ck_assert_int_eq(date.day, 0);
    ck_assert_int_eq(date.precision, CAPARTNER_PRECISION_UNKNOWN);
    ck_assert_int_eq(date.qualifier, CAPARTNER_QUALIFIER_NONE);

    cp_assert_status(capartner_date_parse("0001-01-01", &date), CAPARTNER_OK);
    cp_assert_status(capartner_date_parse("9999-12-31", &date), CAPARTNER_OK);
    ck_assert_int_eq(date.year, 9999);
}
END_TEST

START_TEST(test_parse_every_qualifier) {
    static const struct {
        const char *word;
        capartner_qualifier qualifier;
        bool day_allowed; /* early/mid/late need year or month precision */
    } qualifiers[] = {
        {"early", CAPARTNER_QUALIFIER_EARLY, false},  {"mid", CAPARTNER_QUALIFIER_MID, false},
        {"late", CAPARTNER_QUALIFIER_LATE, false},    {"circa", CAPARTNER_QUALIFIER_CIRCA, true},
        {"before", CAPARTNER_QUALIFIER_BEFORE, true}, {"after", CAPARTNER_QUALIFIER_AFTER, true},
    };
    static const struct {
        const char *text;
        capartner_precision precision;
    } bases[] = {{"2014", CAPARTNER_PRECISION_YEAR},
                 {"2014-06", CAPARTNER_PRECISION_MONTH},
                 {"2014-06-15", CAPARTNER_PRECISION_DAY}};
    for (size_t q = 0; q < sizeof qualifiers / sizeof qualifiers[0]; q++) {
        for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++) {
            char text[64];
            strcpy(text, qualifiers[q].word);
            strcat(text, " ");
            strcat(text, bases[b].text);
            capartner_date date;
            capartner_status status = capartner_date_parse(text, &date);
            if (bases[b].precision == CAPARTNER_PRECISION_DAY && !qualifiers[q].day_allowed) {
                ck_assert_msg(status == CAPARTNER_ERR_INVALID_DATE, "\"%s\" accepted", text);
                continue;
            }
            ck_assert_msg(status == CAPARTNER_OK, "\"%s\": %s", text, capartner_strerror(status));
            ck_assert_int_eq(date.qualifier, qualifiers[q].qualifier);
            ck_assert_int_eq(date.precision, bases[b].precision);
            ck_assert_int_eq(date.year, 2014);
        }
    }
}
END_TEST

START_TEST(test_parse_refuses_malformed) {
    static const char *const bad[] = {
        "13",
        "201",
        "20134",
        "2013-1",
        "2013-123",
        "2013-12-5",
        "2013-12-055",
        "2013/12",
        "2013-12-05x",
        "2013-",
        "2013-12-",
        " 2013",
        "2013 ",
        "early",
        "early ",
        "early  2013",
        "Early 2013",
        "EARLY 2013",
        "early2013",
        "before unknown",
        "unknown 2013",
        "Unknown",
        "early mid 2013",
        "before after 2013",
        "about 2013",
        "+2013",
        "-2013",
        "2013-+1",
        "x",
        "0000",
        "0000-01-01",
        "2013-00",
        "2013-13",
        "2013-00-10",
        "2013-01-00",
        "2013-01-32",
        "2013-04-31",
        "2013-06-31",
        "2013-09-31",
        "2013-11-31",
        "2014-02-30",
        "2013-02-29",
        "1900-02-29",
        "2100-02-29",
        "early 2013-12-05",
        "mid 2013-12-05",
        "late 2013-12-05",
        /* no day lies before 0001-01-01 or after 9999-12-31 */
        "before 0001",
        "before 0001-01",
        "before 0001-01-01",
        "after 9999",
        "after 9999-12",
        "after 9999-12-31",
        "2013\t",
        "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x91\xef\xbc\x93",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        capartner_date date;
        memset(&date, 0x5A, sizeof date);
        capartner_status status = capartner_date_parse(bad[i], &date);
        ck_assert_msg(status == CAPARTNER_ERR_INVALID_DATE, "\"%s\": got %s", bad[i],
                      capartner_strerror(status));
        /* the out parameter is cleared, never stale */
        capartner_date zero;
        memset(&zero, 0, sizeof zero);
        ck_assert_msg(memcmp(&date, &zero, sizeof date) == 0, "\"%s\" left a value", bad[i]);
    }
}
END_TEST

START_TEST(test_parse_leap_years) {
    capartner_date date;
    cp_assert_status(capartner_date_parse("2012-02-29", &date), CAPARTNER_OK);
    ck_assert_int_eq(date.day, 29);
    cp_assert_status(capartner_date_parse("2013-02-29", &date), CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(capartner_date_parse("2000-02-29", &date), CAPARTNER_OK);
    cp_assert_status(capartner_date_parse("1900-02-29", &date), CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(capartner_date_parse("2016-02-29", &date), CAPARTNER_OK);
    cp_assert_status(capartner_date_parse("2013-02-28", &date), CAPARTNER_OK);
    cp_assert_status(capartner_date_parse("circa 2012-02-29", &date), CAPARTNER_OK);
    cp_assert_status(capartner_date_parse("before 2013-02-29", &date), CAPARTNER_ERR_INVALID_DATE);
    /* every month's last day, and the day after it */
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int month = 1; month <= 12; month++) {
        char text[32];
        snprintf(text, sizeof text, "2013-%02d-%02d", month, days[month - 1]);
        cp_assert_status(capartner_date_parse(text, &date), CAPARTNER_OK);
        snprintf(text, sizeof text, "2013-%02d-%02d", month, days[month - 1] + 1);
        cp_assert_status(capartner_date_parse(text, &date), CAPARTNER_ERR_INVALID_DATE);
    }
}
END_TEST

/* ---------------------------------------------------------------- format */

START_TEST(test_format_round_trips) {
    static const char *const texts[] = {
        "2013",          "2013-12",          "2013-12-05",        "early 2014",
        "mid 2014",      "late 2014",        "early 2014-02",     "mid 2014-02",
        "late 2014-02",  "circa 2014",       "circa 2014-06",     "circa 2014-06-15",
        "before 2014",   "before 2014-03",   "before 2014-03-01", "after 2014",
        "after 2014-02", "after 2012-02-29", "unknown",           "0001",
        "9999-12-31",    "0042-01",          "2012-02-29",        "before 9999-12-31",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        capartner_date date;
        cp_assert_status(capartner_date_parse(texts[i], &date), CAPARTNER_OK);
        char buffer[CAPARTNER_DATE_TEXT_BYTES];
        memset(buffer, 'x', sizeof buffer);
        cp_assert_status(capartner_date_format(date, buffer, sizeof buffer), CAPARTNER_OK);
        ck_assert_str_eq(buffer, texts[i]);
        /* and the text parses back to the same value */
        capartner_date again;
        cp_assert_status(capartner_date_parse(buffer, &again), CAPARTNER_OK);
        ck_assert_int_eq(memcmp(&date, &again, sizeof date), 0);
        ck_assert_int_eq(capartner_date_compare(date, again), 0);
    }
}
END_TEST

START_TEST(test_format_buffer_sizes) {
    capartner_date date = cp_date("before 2013-12-05");
    const size_t length = strlen("before 2013-12-05");
    char buffer[CAPARTNER_DATE_TEXT_BYTES];
    /* exactly enough */
    cp_assert_status(capartner_date_format(date, buffer, length + 1), CAPARTNER_OK);
    ck_assert_str_eq(buffer, "before 2013-12-05");
    /* one byte short: refused, and the buffer holds "" rather than a truncation */
    memset(buffer, 'x', sizeof buffer);
    cp_assert_status(capartner_date_format(date, buffer, length), CAPARTNER_ERR_OUT_OF_RANGE);
    ck_assert_str_eq(buffer, "");
    memset(buffer, 'x', sizeof buffer);
    cp_assert_status(capartner_date_format(date, buffer, 1), CAPARTNER_ERR_OUT_OF_RANGE);
    ck_assert_int_eq(buffer[0], '\0');
    ck_assert_int_eq(buffer[1], 'x');
    /* size 0: nothing may be written */
    memset(buffer, 'x', sizeof buffer);
    cp_assert_status(capartner_date_format(date, buffer, 0), CAPARTNER_ERR_OUT_OF_RANGE);
    ck_assert_int_eq(buffer[0], 'x');
    cp_assert_status(capartner_date_format(date, NULL, sizeof buffer), CAPARTNER_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(test_format_longest_fits) {
    /* the longest text forms fit CAPARTNER_DATE_TEXT_BYTES */
    static const char *const longest[] = {"before 9999-12-31", "circa 9999-12-31",
                                          "after 9999-12-30", "early 9999-12", "unknown"};
    for (size_t i = 0; i < sizeof longest / sizeof longest[0]; i++) {
        char buffer[CAPARTNER_DATE_TEXT_BYTES];
        cp_assert_status(capartner_date_format(cp_date(longest[i]), buffer, sizeof buffer),
                         CAPARTNER_OK);
        ck_assert_uint_lt(strlen(buffer), CAPARTNER_DATE_TEXT_BYTES);
    }
}
END_TEST

static capartner_date raw_date(int year, int month, int day, int precision, int qualifier) {
    capartner_date date;
    memset(&date, 0, sizeof date);
    date.year = (int16_t)year;
    date.month = (uint8_t)month;
    date.day = (uint8_t)day;
    date.precision = (uint8_t)precision;
    date.qualifier = (uint8_t)qualifier;
    return date;
}

START_TEST(test_invalid_values_refused) {
    const capartner_date bad[] = {
        raw_date(2013, 13, 0, CAPARTNER_PRECISION_MONTH, 0),
        raw_date(2013, 0, 0, CAPARTNER_PRECISION_MONTH, 0),
        raw_date(2013, 2, 29, CAPARTNER_PRECISION_DAY, 0),
        raw_date(2013, 1, 0, CAPARTNER_PRECISION_DAY, 0),
        raw_date(0, 0, 0, CAPARTNER_PRECISION_YEAR, 0),
        raw_date(10000, 0, 0, CAPARTNER_PRECISION_YEAR, 0),
        raw_date(-5, 0, 0, CAPARTNER_PRECISION_YEAR, 0),
        raw_date(2013, 5, 0, CAPARTNER_PRECISION_YEAR, 0),  /* month on a year date */
        raw_date(2013, 5, 4, CAPARTNER_PRECISION_MONTH, 0), /* day on a month date */
        raw_date(2013, 0, 0, 4, 0),                         /* no such precision */
        raw_date(2013, 0, 0, CAPARTNER_PRECISION_YEAR, 7),  /* no such qualifier */
        raw_date(2013, 12, 5, CAPARTNER_PRECISION_DAY, CAPARTNER_QUALIFIER_EARLY),
        raw_date(2013, 0, 0, CAPARTNER_PRECISION_UNKNOWN, 0), /* unknown with a year */
        raw_date(0, 0, 0, CAPARTNER_PRECISION_UNKNOWN, CAPARTNER_QUALIFIER_BEFORE),
        raw_date(1, 1, 1, CAPARTNER_PRECISION_DAY, CAPARTNER_QUALIFIER_BEFORE),
        raw_date(9999, 0, 0, CAPARTNER_PRECISION_YEAR, CAPARTNER_QUALIFIER_AFTER),
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char buffer[CAPARTNER_DATE_TEXT_BYTES] = "stale";
        cp_assert_status(capartner_date_format(bad[i], buffer, sizeof buffer),
                         CAPARTNER_ERR_INVALID_DATE);
        ck_assert_str_eq(buffer, "");
        int32_t earliest = 1, latest = 1;
        cp_assert_status(capartner_date_bounds(bad[i], &earliest, &latest),
                         CAPARTNER_ERR_INVALID_DATE);
    }
    /* the reserved bytes must be zero */
    capartner_date reserved = cp_date("2013");
    reserved.reserved[0] = 1;
    char buffer[CAPARTNER_DATE_TEXT_BYTES];
    cp_assert_status(capartner_date_format(reserved, buffer, sizeof buffer),
                     CAPARTNER_ERR_INVALID_DATE);
}
END_TEST

/* ---------------------------------------------------------------- bounds */

static void assert_bounds(const char *text, int32_t earliest, int32_t latest) {
    int32_t got_earliest = -1, got_latest = -1;
    cp_assert_status(capartner_date_bounds(cp_date(text), &got_earliest, &got_latest),
                     CAPARTNER_OK);
    ck_assert_msg(got_earliest == earliest && got_latest == latest,
                  "bounds of \"%s\": got %d..%d, expected %d..%d", text, (int)got_earliest,
                  (int)got_latest, (int)earliest, (int)latest);
}

START_TEST(test_bounds_year) {
    assert_bounds("2014", 20140101, 20141231);
    assert_bounds("early 2014", 20140101, 20140430);
    assert_bounds("mid 2014", 20140501, 20140831);
    assert_bounds("late 2014", 20140901, 20141231);
    assert_bounds("before 2014", 0, 20131231);
    assert_bounds("after 2014", 20150101, 99991231);
    /* next to the calendar's ends: a day is left (0001-01-01, 9999-12-31) */
    assert_bounds("before 0001-01-02", 0, 10101);
    assert_bounds("before 0002", 0, 11231);
    assert_bounds("after 9999-12-30", 99991231, 99991231);
    assert_bounds("after 9998", 99990101, 99991231);
    assert_bounds("early 2012", 20120101, 20120430);
}
END_TEST

START_TEST(test_bounds_month) {
    assert_bounds("2014-02", 20140201, 20140228);
    assert_bounds("2012-02", 20120201, 20120229);
    assert_bounds("2014-04", 20140401, 20140430);
    assert_bounds("2014-12", 20141201, 20141231);
    assert_bounds("early 2014-02", 20140201, 20140210);
    assert_bounds("mid 2014-02", 20140211, 20140220);
    assert_bounds("late 2014-02", 20140221, 20140228);
    assert_bounds("late 2012-02", 20120221, 20120229);
    assert_bounds("late 2014-01", 20140121, 20140131);
    assert_bounds("late 2014-04", 20140421, 20140430);
    assert_bounds("before 2014-03", 0, 20140228);
    assert_bounds("before 2012-03", 0, 20120229);
    assert_bounds("before 2014-01", 0, 20131231);
    assert_bounds("after 2014-02", 20140301, 99991231);
    assert_bounds("after 2014-12", 20150101, 99991231);
    assert_bounds("after 2012-01", 20120201, 99991231);
}
END_TEST

START_TEST(test_bounds_day_and_unknown) {
    assert_bounds("2014-06-15", 20140615, 20140615);
    assert_bounds("before 2014-01-01", 0, 20131231);
    assert_bounds("before 2014-03-01", 0, 20140228);
    assert_bounds("before 2012-03-01", 0, 20120229);
    assert_bounds("before 2014-06-15", 0, 20140614);
    assert_bounds("after 2013-12-31", 20140101, 99991231);
    assert_bounds("after 2012-02-28", 20120229, 99991231);
    assert_bounds("after 2013-02-28", 20130301, 99991231);
    assert_bounds("after 2014-06-15", 20140616, 99991231);
    assert_bounds("unknown", 0, 99991231);
}
END_TEST

/* "circa X" may fall just outside X: one unit of X's precision more on each
 * side, across month and year ends, within the calendar's years 1..9999. */
START_TEST(test_bounds_circa_one_unit_wider) {
    assert_bounds("circa 2014", 20130101, 20151231);
    assert_bounds("circa 2000", 19990101, 20011231);
    assert_bounds("circa 2013-05", 20130401, 20130630);
    assert_bounds("circa 2014-06", 20140501, 20140731);
    assert_bounds("circa 2014-01", 20131201, 20140228);
    assert_bounds("circa 2014-12", 20141101, 20150131);
    assert_bounds("circa 2012-03", 20120201, 20120430); /* a leap February */
    assert_bounds("circa 2013-05-10", 20130509, 20130511);
    assert_bounds("circa 2014-06-15", 20140614, 20140616);
    assert_bounds("circa 2014-01-01", 20131231, 20140102);
    assert_bounds("circa 2014-12-31", 20141230, 20150101);
    assert_bounds("circa 2012-03-01", 20120229, 20120302);
    assert_bounds("circa 2013-03-01", 20130228, 20130302);
    /* the calendar's edges: no year 0, no year 10000 */
    assert_bounds("circa 0001", 10101, 21231);
    assert_bounds("circa 0001-01", 10101, 10228);
    assert_bounds("circa 0001-01-01", 10101, 10102);
    assert_bounds("circa 9999", 99980101, 99991231);
    assert_bounds("circa 9999-12", 99991101, 99991231);
    assert_bounds("circa 9999-12-31", 99991230, 99991231);
}
END_TEST

START_TEST(test_bounds_null_outputs) {
    int32_t value = 7;
    cp_assert_status(capartner_date_bounds(cp_date("2014"), NULL, &value),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(value, 0);
    value = 7;
    cp_assert_status(capartner_date_bounds(cp_date("2014"), &value, NULL),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(value, 0);
    cp_assert_status(capartner_date_bounds(cp_date("2014"), NULL, NULL),
                     CAPARTNER_ERR_NULL_ARGUMENT);
}
END_TEST

/* ----------------------------------------------------------------- order */

static int sign(int value) {
    return (value > 0) - (value < 0);
}

static int compare_text(const char *a, const char *b) {
    return sign(capartner_date_compare(cp_date(a), cp_date(b)));
}

/* a strictly before b, and b strictly after a */
static void assert_before(const char *a, const char *b) {
    ck_assert_msg(compare_text(a, b) < 0, "\"%s\" is not before \"%s\"", a, b);
    ck_assert_msg(compare_text(b, a) > 0, "\"%s\" is not after \"%s\"", b, a);
}

START_TEST(test_order_wider_first) {
    assert_before("2014", "2014-01");
    assert_before("2014-01", "2014-01-01");
    assert_before("2014", "2014-01-01");
    assert_before("2014", "early 2014");
    assert_before("early 2014", "2014-01");
    assert_before("2014-01", "early 2014-01");
    assert_before("early 2014-01", "2014-01-01");
    assert_before("2013-12-31", "2014");
    assert_before("2014-01-01", "2014-01-02");
    assert_before("2014-01-31", "2014-02");
    assert_before("early 2014", "mid 2014");
    assert_before("mid 2014", "late 2014");
    assert_before("2014-04", "mid 2014");
    assert_before("late 2014", "2014-09-01");
}
END_TEST

START_TEST(test_order_qualifiers) {
    assert_before("before 2014", "2014");
    assert_before("before 2014", "2013");
    /* both open at the start: the one reaching further is wider, so first */
    assert_before("before 2014-06", "before 2014");
    assert_before("after 2014-06", "after 2014");
    assert_before("2014-12-31", "after 2014");
    assert_before("2014", "after 2014");
    assert_before("after 2014", "2015-01-02");
    /* "after 2014" starts on 2015-01-01, as "2015" does, but is open-ended: wider */
    assert_before("after 2014", "2015");
    /* "circa X" begins a unit before X: it comes first */
    assert_before("circa 2014", "2014");
    assert_before("circa 2014", "2013-01-02");
    assert_before("2012-12-31", "circa 2014");
    assert_before("circa 2014-06-15", "2014-06-14");
    assert_before("2014-06-13", "circa 2014-06-15");
    ck_assert_int_eq(compare_text("2014-06", "2014-06"), 0);
    /* the same interval and qualifier: equal */
    ck_assert_int_eq(compare_text("before 2014", "before 2014-01"), 0);
    ck_assert_int_eq(compare_text("circa 2014", "circa 2014"), 0);
}
END_TEST

START_TEST(test_order_unknown_last) {
    assert_before("9999-12-31", "unknown");
    assert_before("after 9999-12-30", "unknown");
    assert_before("before 0002", "unknown");
    assert_before("2014", "unknown");
    ck_assert_int_eq(compare_text("unknown", "unknown"), 0);
}
END_TEST

/* The order is a total preorder consistent with the intervals' first days. */
START_TEST(test_order_is_consistent) {
    static const char *const texts[] = {
        "2012",          "2012-02-29",    "before 2013",       "2013",
        "early 2013",    "mid 2013",      "late 2013",         "circa 2013",
        "after 2013",    "2013-01",       "early 2013-01",     "2013-01-01",
        "2013-01-10",    "mid 2013-01",   "2013-01-11",        "late 2013-01",
        "2013-05",       "2013-12",       "2013-12-31",        "before 2013-12",
        "after 2013-12", "2014",          "before 2014",       "after 2012-12-31",
        "unknown",       "circa 2013-05", "before 2013-05-01", "after 2013-04-30",
        "2013-09",       "late 2013-12",
    };
    enum { N = sizeof texts / sizeof texts[0] };
    capartner_date dates[N];
    for (size_t i = 0; i < N; i++)
        dates[i] = cp_date(texts[i]);
    for (size_t i = 0; i < N; i++) {
        ck_assert_int_eq(capartner_date_compare(dates[i], dates[i]), 0);
        for (size_t j = 0; j < N; j++) {
            int ij = sign(capartner_date_compare(dates[i], dates[j]));
            int ji = sign(capartner_date_compare(dates[j], dates[i]));
            ck_assert_msg(ij == -ji, "compare(%s, %s) not antisymmetric", texts[i], texts[j]);
            bool i_unknown = dates[i].precision == CAPARTNER_PRECISION_UNKNOWN;
            bool j_unknown = dates[j].precision == CAPARTNER_PRECISION_UNKNOWN;
            if (i_unknown || j_unknown) {
                ck_assert_int_eq(ij, (int)i_unknown - (int)j_unknown);
                continue;
            }
            int32_t ei = cp_earliest(dates[i]), ej = cp_earliest(dates[j]);
            int32_t li = cp_latest(dates[i]), lj = cp_latest(dates[j]);
            if (ei != ej)
                ck_assert_msg(ij == (ei < ej ? -1 : 1), "%s vs %s: not by first day", texts[i],
                              texts[j]);
            else if (li != lj)
                ck_assert_msg(ij == (li > lj ? -1 : 1), "%s vs %s: not wider first", texts[i],
                              texts[j]);
            for (size_t k = 0; k < N; k++) {
                int jk = sign(capartner_date_compare(dates[j], dates[k]));
                int ik = sign(capartner_date_compare(dates[i], dates[k]));
                if (ij <= 0 && jk <= 0)
                    ck_assert_msg(ik <= 0, "%s <= %s <= %s but not %s <= %s", texts[i], texts[j],
                                  texts[k], texts[i], texts[k]);
            }
        }
    }
}
END_TEST

/* ------------------------------------------------------ range filter modes */

/* The preferred events a range query returns, as a membership array. */
static void range_matches(const char *from, const char *to, capartner_certainty mode,
                          bool *matched) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, from, to, mode), CAPARTNER_OK);
    memset(matched, 0, capartner_event_count() * sizeof *matched);
    for (const capartner_event *event; (event = capartner_query_next_event(query)) != NULL;) {
        size_t index = capartner_event_index(event);
        ck_assert_uint_lt(index, capartner_event_count());
        ck_assert_msg(!matched[index], "event %s returned twice", capartner_event_id(event));
        matched[index] = true;
    }
    capartner_query_free(query);
}

/* OVERLAPS: any day of the event's interval may fall in the range; WITHIN:
 * all of it does. Checked for every event against its bounds. */
static void check_range(const char *from, const char *to) {
    size_t count = capartner_event_count();
    bool overlaps[1024], within[1024];
    ck_assert_uint_le(count, 1024);
    range_matches(from, to, CAPARTNER_POSSIBLY, overlaps);
    range_matches(from, to, CAPARTNER_CERTAINLY, within);
    int32_t range_from = from == NULL ? 0 : cp_earliest(cp_date(from));
    int32_t range_to = to == NULL ? 99991231 : cp_latest(cp_date(to));
    for (size_t i = 0; i < count; i++) {
        const capartner_event *event;
        cp_assert_status(capartner_event_at(i, &event), CAPARTNER_OK);
        capartner_date date = capartner_event_date(event);
        int32_t earliest = cp_earliest(date), latest = cp_latest(date);
        bool preferred = capartner_event_is_preferred(event) != 0;
        bool expect_overlaps = preferred && earliest <= range_to && latest >= range_from;
        bool expect_within = preferred && earliest >= range_from && latest <= range_to;
        ck_assert_msg(overlaps[i] == expect_overlaps, "%s..%s OVERLAPS: event %s (%s) %s",
                      from ? from : "open", to ? to : "open", capartner_event_id(event),
                      capartner_event_date_text(event), overlaps[i] ? "matched" : "missed");
        ck_assert_msg(within[i] == expect_within, "%s..%s WITHIN: event %s (%s) %s",
                      from ? from : "open", to ? to : "open", capartner_event_id(event),
                      capartner_event_date_text(event), within[i] ? "matched" : "missed");
        ck_assert(!within[i] || overlaps[i]);
    }
}

START_TEST(test_range_modes_against_bounds) {
    check_range("2013", "2013");
    check_range("2013-06", "2013-08");
    check_range("2002", "2007");
    check_range("early 2014", "early 2014");
    check_range("1991-12", "1994-01-10");
    check_range("before 2000", "2005");
    check_range("2010", "after 2012");
    check_range("2016-02-22", "2016-02-22");
    check_range(NULL, "2004");
    check_range("2014", NULL);
    check_range(NULL, NULL);
    /* every event's first and last day as range ends: the walk's binary
     * searches must keep a record that touches the range by one day */
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *event;
        cp_assert_status(capartner_event_at(i, &event), CAPARTNER_OK);
        capartner_date date = capartner_event_date(event);
        const int32_t days[] = {cp_earliest(date), cp_latest(date)};
        for (size_t d = 0; d < 2; d++) {
            if (days[d] < 10101 || days[d] >= 99991231)
                continue; /* an open end */
            char day[32];
            snprintf(day, sizeof day, "%04d-%02d-%02d", (int)(days[d] / 10000),
                     (int)(days[d] / 100 % 100), (int)(days[d] % 100));
            check_range(day, day);
            check_range(day, NULL);
            check_range(NULL, day);
        }
    }
    /* every event's own date as the range */
    for (size_t i = 0; i < capartner_event_count(); i += 7) {
        const capartner_event *event;
        cp_assert_status(capartner_event_at(i, &event), CAPARTNER_OK);
        check_range(capartner_event_date_text(event), capartner_event_date_text(event));
    }
}
END_TEST

/* The header's example: a year-precision record overlaps June–August of its
 * year but does not lie within it; a day-precision one lies within itself. */
START_TEST(test_range_year_event_overlaps_summer) {
    const capartner_event *year_event = NULL, *day_event = NULL;
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *event;
        cp_assert_status(capartner_event_at(i, &event), CAPARTNER_OK);
        capartner_date date = capartner_event_date(event);
        if (!capartner_event_is_preferred(event) || date.qualifier != CAPARTNER_QUALIFIER_NONE)
            continue;
        if (date.precision == CAPARTNER_PRECISION_YEAR && year_event == NULL)
            year_event = event;
        if (date.precision == CAPARTNER_PRECISION_DAY && day_event == NULL)
            day_event = event;
    }
    ck_assert_ptr_nonnull(year_event);
    ck_assert_ptr_nonnull(day_event);

    capartner_date date = capartner_event_date(year_event);
    char from[16], to[16];
    snprintf(from, sizeof from, "%04d-06", date.year);
    snprintf(to, sizeof to, "%04d-08", date.year);
    bool found_overlaps = false, found_within = false;
    for (int mode = 0; mode < 2; mode++) {
        capartner_query *query;
        cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
        cp_assert_status(capartner_query_set_range_text(query, from, to, (capartner_certainty)mode),
                         CAPARTNER_OK);
        for (const capartner_event *event; (event = capartner_query_next_event(query));)
            if (event == year_event)
                *(mode == CAPARTNER_POSSIBLY ? &found_overlaps : &found_within) = true;
        capartner_query_free(query);
    }
    ck_assert_msg(found_overlaps, "%s (%s) not in %s..%s OVERLAPS", capartner_event_id(year_event),
                  capartner_event_date_text(year_event), from, to);
    ck_assert_msg(!found_within, "%s (%s) in %s..%s WITHIN", capartner_event_id(year_event),
                  capartner_event_date_text(year_event), from, to);

    const char *day = capartner_event_date_text(day_event);
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, day, day, CAPARTNER_CERTAINLY),
                     CAPARTNER_OK);
    bool found = false;
    for (const capartner_event *event; (event = capartner_query_next_event(query));) {
        ck_assert_str_eq(capartner_event_date_text(event), day);
        found |= event == day_event;
    }
    ck_assert(found);
    capartner_query_free(query);
}
END_TEST

START_TEST(test_range_arguments) {
    capartner_query *query;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query), CAPARTNER_OK);
    /* an empty range */
    cp_assert_status(capartner_query_set_range_text(query, "2014", "2013", CAPARTNER_POSSIBLY),
                     CAPARTNER_ERR_INVALID_ARGUMENT);
    cp_assert_status(
        capartner_query_set_range_text(query, "2013-12-02", "2013-12-01", CAPARTNER_CERTAINLY),
        CAPARTNER_ERR_INVALID_ARGUMENT);
    /* one day is a range */
    cp_assert_status(
        capartner_query_set_range_text(query, "2013-12-01", "2013-12-01", CAPARTNER_CERTAINLY),
        CAPARTNER_OK);
    /* "" and NULL are open ends, "unknown" too */
    cp_assert_status(capartner_query_set_range_text(query, "", "2013", CAPARTNER_POSSIBLY),
                     CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(query, "2013", "", CAPARTNER_POSSIBLY),
                     CAPARTNER_OK);
    cp_assert_status(
        capartner_query_set_range_text(query, "unknown", "unknown", CAPARTNER_POSSIBLY),
        CAPARTNER_OK);
    cp_assert_status(
        capartner_query_set_range_text(query, "2013-02-29", "2014", CAPARTNER_POSSIBLY),
        CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(capartner_query_set_range_text(query, "2013", "2014", (capartner_certainty)2),
                     CAPARTNER_ERR_OUT_OF_RANGE);
    capartner_query_free(query);
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("dates");
    TCase *parse = cp_tcase("parse");
    tcase_add_test(parse, test_parse_precisions);
    tcase_add_test(parse, test_parse_every_qualifier);
    tcase_add_test(parse, test_parse_refuses_malformed);
    tcase_add_test(parse, test_parse_leap_years);
    suite_add_tcase(suite, parse);
    TCase *format = cp_tcase("format");
    tcase_add_test(format, test_format_round_trips);
    tcase_add_test(format, test_format_buffer_sizes);
    tcase_add_test(format, test_format_longest_fits);
    tcase_add_test(format, test_invalid_values_refused);
    suite_add_tcase(suite, format);
    TCase *bounds = cp_tcase("bounds");
    tcase_add_test(bounds, test_bounds_year);
    tcase_add_test(bounds, test_bounds_month);
    tcase_add_test(bounds, test_bounds_day_and_unknown);
    tcase_add_test(bounds, test_bounds_circa_one_unit_wider);
    tcase_add_test(bounds, test_bounds_null_outputs);
    suite_add_tcase(suite, bounds);
    TCase *order = cp_tcase("order");
    tcase_add_test(order, test_order_wider_first);
    tcase_add_test(order, test_order_qualifiers);
    tcase_add_test(order, test_order_unknown_last);
    tcase_add_test(order, test_order_is_consistent);
    suite_add_tcase(suite, order);
    TCase *range = cp_tcase("range");
    tcase_add_test(range, test_range_modes_against_bounds);
    tcase_add_test(range, test_range_year_event_overlaps_summer);
    tcase_add_test(range, test_range_arguments);
    suite_add_tcase(suite, range);
    return suite;
}
