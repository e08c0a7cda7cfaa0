/* Partial dates: parsing, text form, the interval a date stands for, order. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

static const char *const qualifier_words[] = {"",      "early",  "mid",  "late",
                                              "circa", "before", "after"};

static int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

static bool fields_valid(capartner_date date) {
    if (date.reserved[0] != 0 || date.reserved[1] != 0 ||
        date.qualifier > CAPARTNER_QUALIFIER_AFTER)
        return false;
    switch (date.precision) {
    case CAPARTNER_PRECISION_UNKNOWN:
        return date.year == 0 && date.month == 0 && date.day == 0 &&
               date.qualifier == CAPARTNER_QUALIFIER_NONE;
    case CAPARTNER_PRECISION_YEAR:
        return date.year >= 1 && date.year <= 9999 && date.month == 0 && date.day == 0;
    case CAPARTNER_PRECISION_MONTH:
        return date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 &&
               date.day == 0;
    case CAPARTNER_PRECISION_DAY:
        /* early/mid/late of a single day means nothing */
        return date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 &&
               date.day >= 1 && date.day <= days_in_month(date.year, date.month) &&
               (date.qualifier < CAPARTNER_QUALIFIER_EARLY ||
                date.qualifier > CAPARTNER_QUALIFIER_LATE);
    default:
        return false;
    }
}

/* Reads exactly `width` digits. */
static bool read_digits(const char **cursor, int width, int *value) {
    int result = 0;
    for (int i = 0; i < width; i++) {
        char c = (*cursor)[i];
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *cursor += width;
    *value = result;
    return true;
}

capartner_status capartner_date_parse(const char *text, capartner_date *out) {
    if (out != NULL)
        memset(out, 0, sizeof *out);
    if (text == NULL || out == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (text[0] == '\0')
        return CAPARTNER_ERR_EMPTY_KEY;
    if (strcmp(text, "unknown") == 0)
        return CAPARTNER_OK;
    if (!capartner_utf8_valid(text))
        return CAPARTNER_ERR_INVALID_UTF8;

    capartner_date date = {0};
    const char *cursor = text;
    for (uint8_t q = CAPARTNER_QUALIFIER_EARLY; q <= CAPARTNER_QUALIFIER_AFTER; q++) {
        size_t word_length = strlen(qualifier_words[q]);
        if (strncmp(cursor, qualifier_words[q], word_length) == 0 && cursor[word_length] == ' ') {
            date.qualifier = q;
            cursor += word_length + 1;
            break;
        }
    }
    int year = 0, month = 0, day = 0;
    if (!read_digits(&cursor, 4, &year))
        return CAPARTNER_ERR_INVALID_DATE;
    date.precision = CAPARTNER_PRECISION_YEAR;
    if (*cursor == '-') {
        cursor++;
        if (!read_digits(&cursor, 2, &month))
            return CAPARTNER_ERR_INVALID_DATE;
        date.precision = CAPARTNER_PRECISION_MONTH;
        if (*cursor == '-') {
            cursor++;
            if (!read_digits(&cursor, 2, &day))
                return CAPARTNER_ERR_INVALID_DATE;
            date.precision = CAPARTNER_PRECISION_DAY;
        }
    }
    if (*cursor != '\0')
        return CAPARTNER_ERR_INVALID_DATE;
    date.year = (int16_t)year;
    date.month = (uint8_t)month;
    date.day = (uint8_t)day;
    if (!capartner_date_valid(date))
        return CAPARTNER_ERR_INVALID_DATE;
    *out = date;
    return CAPARTNER_OK;
}

capartner_status capartner_date_format(capartner_date date, char *buffer, size_t buffer_size) {
    if (buffer == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (buffer_size == 0)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    buffer[0] = '\0';
    if (!capartner_date_valid(date))
        return CAPARTNER_ERR_INVALID_DATE;
    char text[CAPARTNER_DATE_TEXT_BYTES];
    const char *word = qualifier_words[date.qualifier];
    const char *space = word[0] != '\0' ? " " : "";
    switch (date.precision) {
    case CAPARTNER_PRECISION_YEAR:
        snprintf(text, sizeof text, "%s%s%04d", word, space, date.year);
        break;
    case CAPARTNER_PRECISION_MONTH:
        snprintf(text, sizeof text, "%s%s%04d-%02d", word, space, date.year, date.month);
        break;
    case CAPARTNER_PRECISION_DAY:
        snprintf(text, sizeof text, "%s%s%04d-%02d-%02d", word, space, date.year, date.month,
                 date.day);
        break;
    default:
        snprintf(text, sizeof text, "unknown");
        break;
    }
    if (strlen(text) >= buffer_size)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    memcpy(buffer, text, strlen(text) + 1);
    return CAPARTNER_OK;
}

static int32_t ymd(int year, int month, int day) {
    return (int32_t)(year * 10000 + month * 100 + day);
}

/* The exact interval of the stated period, before any before/after. */
static void period_interval(capartner_date date, int32_t *earliest, int32_t *latest) {
    int year = date.year, month = date.month;
    switch (date.precision) {
    case CAPARTNER_PRECISION_YEAR: {
        /* early/mid/late: January–April, May–August, September–December */
        int first_month = 1, last_month = 12;
        if (date.qualifier >= CAPARTNER_QUALIFIER_EARLY &&
            date.qualifier <= CAPARTNER_QUALIFIER_LATE) {
            first_month = 1 + (date.qualifier - CAPARTNER_QUALIFIER_EARLY) * 4;
            last_month = first_month + 3;
        }
        *earliest = ymd(year, first_month, 1);
        *latest = ymd(year, last_month, days_in_month(year, last_month));
        return;
    }
    case CAPARTNER_PRECISION_MONTH: {
        int first_day = 1, last_day = days_in_month(year, month);
        if (date.qualifier == CAPARTNER_QUALIFIER_EARLY)
            last_day = 10;
        else if (date.qualifier == CAPARTNER_QUALIFIER_MID)
            first_day = 11, last_day = 20;
        else if (date.qualifier == CAPARTNER_QUALIFIER_LATE)
            first_day = 21;
        *earliest = ymd(year, month, first_day);
        *latest = ymd(year, month, last_day);
        return;
    }
    case CAPARTNER_PRECISION_DAY:
        *earliest = *latest = ymd(year, month, date.day);
        return;
    default:
        *earliest = CAPARTNER_OPEN_EARLIEST;
        *latest = CAPARTNER_OPEN_LATEST;
        return;
    }
}

/* "before" the calendar's first day or "after" its last names no day at all:
 * its interval would have to be made up (a day of 9999 for "after 9999"). */
static bool outside_calendar(capartner_date date) {
    int32_t first, last;
    period_interval(date, &first, &last);
    return (date.qualifier == CAPARTNER_QUALIFIER_BEFORE && first == ymd(1, 1, 1)) ||
           (date.qualifier == CAPARTNER_QUALIFIER_AFTER && last == ymd(9999, 12, 31));
}

bool capartner_date_valid(capartner_date date) {
    return fields_valid(date) && !outside_calendar(date);
}

/* yyyymmdd of the day before / after, across month and year ends. */
int32_t capartner_day_before(int32_t day) {
    int year = (int)(day / 10000), month = (int)(day / 100 % 100), d = (int)(day % 100);
    if (d > 1)
        return day - 1;
    if (month > 1)
        return ymd(year, month - 1, days_in_month(year, month - 1));
    return year > 1 ? ymd(year - 1, 12, 31) : CAPARTNER_OPEN_EARLIEST;
}

static int32_t day_after(int32_t day) {
    int year = (int)(day / 10000), month = (int)(day / 100 % 100), d = (int)(day % 100);
    if (d < days_in_month(year, month))
        return day + 1;
    if (month < 12)
        return ymd(year, month + 1, 1);
    return year < 9999 ? ymd(year + 1, 1, 1) : CAPARTNER_OPEN_LATEST;
}

/* The year, month or day (by precision) that holds day, as a date. */
static capartner_date unit_holding(int32_t day, uint8_t precision) {
    capartner_date unit = {.year = (int16_t)(day / 10000), .precision = precision};
    if (precision >= CAPARTNER_PRECISION_MONTH)
        unit.month = (uint8_t)(day / 100 % 100);
    if (precision == CAPARTNER_PRECISION_DAY)
        unit.day = (uint8_t)(day % 100);
    return unit;
}

/* "circa X" may fall just outside X: one more year, month or day (X's own
 * precision) on each side, within the calendar (years 1 to 9999). */
static void widen_by_one_unit(uint8_t precision, int32_t *first, int32_t *last) {
    int32_t before = capartner_day_before(*first), unused;
    if (before != CAPARTNER_OPEN_EARLIEST)
        period_interval(unit_holding(before, precision), first, &unused);
    /* past 9999-12-31 day_after stays on it (the open end is that day) */
    period_interval(unit_holding(day_after(*last), precision), &unused, last);
}

void capartner_date_interval(capartner_date date, int32_t *earliest, int32_t *latest) {
    int32_t first, last;
    period_interval(date, &first, &last);
    if (date.precision == CAPARTNER_PRECISION_UNKNOWN) {
        *earliest = first;
        *latest = last;
    } else if (date.qualifier == CAPARTNER_QUALIFIER_BEFORE) {
        *earliest = CAPARTNER_OPEN_EARLIEST;
        *latest = capartner_day_before(first);
    } else if (date.qualifier == CAPARTNER_QUALIFIER_AFTER) {
        *earliest = day_after(last);
        *latest = CAPARTNER_OPEN_LATEST;
    } else {
        if (date.qualifier == CAPARTNER_QUALIFIER_CIRCA)
            widen_by_one_unit(date.precision, &first, &last);
        *earliest = first;
        *latest = last;
    }
}

capartner_status capartner_date_bounds(capartner_date date, int32_t *earliest, int32_t *latest) {
    if (earliest != NULL)
        *earliest = 0;
    if (latest != NULL)
        *latest = 0;
    if (earliest == NULL || latest == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (!capartner_date_valid(date))
        return CAPARTNER_ERR_INVALID_DATE;
    capartner_date_interval(date, earliest, latest);
    return CAPARTNER_OK;
}

static int compare_int(int32_t a, int32_t b) {
    return (a > b) - (a < b);
}

int capartner_date_compare(capartner_date a, capartner_date b) {
    /* an invalid date has no interval: it sorts with the unknown ones */
    bool a_unknown = a.precision == CAPARTNER_PRECISION_UNKNOWN || !capartner_date_valid(a);
    bool b_unknown = b.precision == CAPARTNER_PRECISION_UNKNOWN || !capartner_date_valid(b);
    if (a_unknown || b_unknown)
        return (int)a_unknown - (int)b_unknown;
    int32_t a_first, a_last, b_first, b_last;
    capartner_date_interval(a, &a_first, &a_last);
    capartner_date_interval(b, &b_first, &b_last);
    int order = compare_int(a_first, b_first);
    if (order == 0)
        order = -compare_int(a_last, b_last); /* the wider interval first */
    if (order == 0)
        order = compare_int(a.qualifier, b.qualifier);
    return order;
}
