/* fuzz_lookup: the input, as one NUL-terminated key, goes to every function
 * that takes a key or text (fuzz/README.md lists the invariants checked). */
#include "capartner.h"
#include "reference.h"
#include "utf8.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A non-NULL value the out parameters start with, so that a failing call
 * that forgets to clear its out parameter is caught. */
static char stale_target;
#define STALE(type) ((const type *)(const void *)&stale_target)

/* Checks a lookup status against the key's shape: EMPTY_KEY, KEY_TOO_LONG
 * and INVALID_UTF8 exactly when the key is so (in that order), else OK or
 * NOT_FOUND. */
static void check_key_status(capartner_status status, const char *key) {
    FUZZ_CHECK(ref_status_known(status));
    capartner_status expected = ref_key_status(key);
    if (expected != CAPARTNER_OK)
        FUZZ_CHECK(status == expected);
    else
        FUZZ_CHECK(status == CAPARTNER_OK || status == CAPARTNER_ERR_NOT_FOUND);
}

/* Folded keys compare equal (both sides folded by the reference). */
static bool same_key(const char *a, const char *b) {
    size_t a_length = strlen(a), b_length = strlen(b);
    char *a_folded = malloc(a_length + 1), *b_folded = malloc(b_length + 1);
    FUZZ_CHECK(a_folded != NULL && b_folded != NULL);
    size_t a_size = ref_fold(a, a_folded, NULL), b_size = ref_fold(b, b_folded, NULL);
    bool same = a_size != SIZE_MAX && a_size == b_size && strcmp(a_folded, b_folded) == 0;
    free(a_folded);
    free(b_folded);
    return same;
}

/* Whether one of a record's names (through name_at) is the key. */
#define NAMES_HOLD_KEY(name, record, key, holds)                                                   \
    do {                                                                                           \
        size_t count_ = capartner_##name##_name_count(record);                                     \
        for (size_t i_ = 0; i_ < count_ && !(holds); i_++) {                                       \
            const capartner_name *n_ = NULL;                                                       \
            FUZZ_CHECK(capartner_##name##_name_at(record, i_, &n_) == CAPARTNER_OK);               \
            (holds) = same_key(capartner_name_text(n_), key);                                      \
        }                                                                                          \
    } while (0)

/* Case variants of the key find the same record with the same status. */
#define CHECK_CASE_VARIANTS(name, key, status, record)                                             \
    do {                                                                                           \
        if ((status) != CAPARTNER_OK && (status) != CAPARTNER_ERR_NOT_FOUND)                       \
            break;                                                                                 \
        char *variant_ = malloc(strlen(key) + 1);                                                  \
        FUZZ_CHECK(variant_ != NULL);                                                              \
        for (int upper_ = 0; upper_ < 2; upper_++) {                                               \
            ref_change_case(key, variant_, upper_ != 0);                                           \
            FUZZ_CHECK(strlen(variant_) == strlen(key));                                           \
            const capartner_##name *other_ = NULL;                                                 \
            FUZZ_CHECK(capartner_##name##_find(variant_, &other_) == (status));                    \
            FUZZ_CHECK(other_ == (record));                                                        \
        }                                                                                          \
        free(variant_);                                                                            \
    } while (0)

/* find(key): status by the key's shape, out NULL on failure; on success the
 * record is in the table at its index, its id finds it again, and the key
 * is one of the keys the header promises for that table. */
#define DEFINE_FIND_CHECK(name, keys_of)                                                           \
    static const capartner_##name *check_##name##_find(const char *key) {                          \
        fuzz_set_context("capartner_" #name "_find", key, strlen(key));                            \
        const capartner_##name *record = STALE(capartner_##name);                                  \
        capartner_status status = capartner_##name##_find(key, &record);                           \
        check_key_status(status, key);                                                             \
        CHECK_CASE_VARIANTS(name, key, status, status == CAPARTNER_OK ? record : NULL);            \
        if (status != CAPARTNER_OK) {                                                              \
            FUZZ_CHECK(record == NULL);                                                            \
            return NULL;                                                                           \
        }                                                                                          \
        FUZZ_CHECK(record != NULL);                                                                \
        const capartner_##name *again = NULL;                                                      \
        FUZZ_CHECK(capartner_##name##_find(capartner_##name##_id(record), &again) ==               \
                   CAPARTNER_OK);                                                                  \
        FUZZ_CHECK(again == record);                                                               \
        bool holds = false;                                                                        \
        keys_of(record, key, holds);                                                               \
        FUZZ_CHECK(holds);                                                                         \
        return record;                                                                             \
    }

#define DEFINE_INDEX_CHECK(name)                                                                   \
    static void check_##name##_index(const capartner_##name *record) {                             \
        size_t index = capartner_##name##_index(record);                                           \
        FUZZ_CHECK(index < capartner_##name##_count());                                            \
        const capartner_##name *at = NULL;                                                         \
        FUZZ_CHECK(capartner_##name##_at(index, &at) == CAPARTNER_OK && at == record);             \
    }

#define ID_HOLDS(name, record, key, holds) (holds) = same_key(capartner_##name##_id(record), key)

static void country_keys(const capartner_country *c, const char *key, bool *holds) {
    char numeric[8];
    snprintf(numeric, sizeof numeric, "%03d", capartner_country_numeric(c));
    *holds = same_key(capartner_country_id(c), key) || same_key(capartner_country_alpha2(c), key) ||
             same_key(capartner_country_alpha3(c), key) ||
             (capartner_country_numeric(c) != 0 && same_key(numeric, key));
    NAMES_HOLD_KEY(country, c, key, *holds);
}
#define COUNTRY_KEYS(record, key, holds) country_keys(record, key, &(holds))

static void body_keys(const capartner_body *b, const char *key, bool *holds) {
    *holds = same_key(capartner_body_id(b), key) ||
             (capartner_body_acronym(b)[0] != '\0' && same_key(capartner_body_acronym(b), key)) ||
             same_key(capartner_body_name(b), key);
    NAMES_HOLD_KEY(body, b, key, *holds);
}
#define BODY_KEYS(record, key, holds) body_keys(record, key, &(holds))

static void place_keys(const capartner_place *p, const char *key, bool *holds) {
    *holds = same_key(capartner_place_id(p), key) || same_key(capartner_place_name(p), key);
    NAMES_HOLD_KEY(place, p, key, *holds);
}
#define PLACE_KEYS(record, key, holds) place_keys(record, key, &(holds))

#define AREA_KEYS(record, key, holds)                                                              \
    (holds) = same_key(capartner_area_id(record), key) || same_key(capartner_area_name(record), key)
#define SOURCE_KEYS(record, key, holds) ID_HOLDS(source, record, key, holds)
#define SECTION_KEYS(record, key, holds) ID_HOLDS(section, record, key, holds)
#define PARTICIPATION_KEYS(record, key, holds) ID_HOLDS(participation, record, key, holds)
#define EVENT_KEYS(record, key, holds) ID_HOLDS(event, record, key, holds)

DEFINE_FIND_CHECK(country, COUNTRY_KEYS)
DEFINE_FIND_CHECK(body, BODY_KEYS)
DEFINE_FIND_CHECK(place, PLACE_KEYS)
DEFINE_FIND_CHECK(area, AREA_KEYS)
DEFINE_FIND_CHECK(source, SOURCE_KEYS)
DEFINE_FIND_CHECK(section, SECTION_KEYS)
DEFINE_FIND_CHECK(participation, PARTICIPATION_KEYS)
DEFINE_FIND_CHECK(event, EVENT_KEYS)

DEFINE_INDEX_CHECK(country)
DEFINE_INDEX_CHECK(body)
DEFINE_INDEX_CHECK(place)
DEFINE_INDEX_CHECK(area)
DEFINE_INDEX_CHECK(source)
DEFINE_INDEX_CHECK(section)
DEFINE_INDEX_CHECK(participation)
DEFINE_INDEX_CHECK(event)

/* ----------------------------------------------------------- countries */

static bool is_letters(const char *key, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (!((key[i] >= 'a' && key[i] <= 'z') || (key[i] >= 'A' && key[i] <= 'Z')))
            return false;
    return key[count] == '\0';
}

static bool same_ascii_ignoring_case(const char *a, const char *b) {
    for (;; a++, b++) {
        char x = *a >= 'a' && *a <= 'z' ? (char)(*a - 32) : *a;
        char y = *b >= 'a' && *b <= 'z' ? (char)(*b - 32) : *b;
        if (x != y)
            return false;
        if (x == '\0')
            return true;
    }
}

/* by_alpha2 / by_alpha3: a code is exactly 2 (3) ASCII letters; any other
 * well-formed key is NOT_FOUND. A found country has that code, and find()
 * finds the same country by it. */
static void check_country_code(const char *key, size_t letters,
                               capartner_status (*by_code)(const char *,
                                                           const capartner_country **),
                               const char *(*code_of)(const capartner_country *),
                               const capartner_country *found_by_key) {
    fuzz_set_context(letters == 2 ? "capartner_country_by_alpha2" : "capartner_country_by_alpha3",
                     key, strlen(key));
    const capartner_country *country = STALE(capartner_country);
    capartner_status status = by_code(key, &country);
    check_key_status(status, key);
    /* the code of the country find() found, in any case, is found as a code */
    if (found_by_key != NULL && same_ascii_ignoring_case(code_of(found_by_key), key))
        FUZZ_CHECK(status == CAPARTNER_OK);
    if (status != CAPARTNER_OK) {
        FUZZ_CHECK(country == NULL);
        return;
    }
    FUZZ_CHECK(is_letters(key, letters));
    FUZZ_CHECK(country != NULL);
    FUZZ_CHECK(same_ascii_ignoring_case(code_of(country), key));
    FUZZ_CHECK(found_by_key == country);
}

static bool all_digits(const char *key) {
    if (key[0] == '\0')
        return false;
    for (const char *c = key; *c != '\0'; c++)
        if (*c < '0' || *c > '9')
            return false;
    return true;
}

/* name_in(country, key as the language, kind), for every country and kind
 * and one kind out of range. */
static void check_name_in(const char *key) {
    fuzz_set_context("capartner_country_name_in", key, strlen(key));
    capartner_status shape = ref_key_status(key);
    for (size_t c = 0; c < capartner_country_count(); c++) {
        const capartner_country *country = NULL;
        FUZZ_CHECK(capartner_country_at(c, &country) == CAPARTNER_OK);
        for (int k = 0; k <= CAPARTNER_NAME_KIND_COUNT; k++) {
            const capartner_name *name = STALE(capartner_name);
            capartner_status status =
                capartner_country_name_in(country, key, (capartner_name_kind)k, &name);
            FUZZ_CHECK(ref_status_known(status));
            if (shape != CAPARTNER_OK)
                FUZZ_CHECK(status == shape);
            else if (k == CAPARTNER_NAME_KIND_COUNT)
                FUZZ_CHECK(status == CAPARTNER_ERR_OUT_OF_RANGE);
            else
                FUZZ_CHECK(status == CAPARTNER_OK || status == CAPARTNER_ERR_NOT_FOUND);
            if (status != CAPARTNER_OK) {
                FUZZ_CHECK(name == NULL);
                continue;
            }
            /* the preferred name of that kind in exactly that language, one
             * of the country's own names */
            FUZZ_CHECK(strcmp(capartner_name_language(name), key) == 0);
            FUZZ_CHECK(capartner_name_kind_of(name) == (capartner_name_kind)k);
            FUZZ_CHECK(capartner_name_is_preferred(name));
            bool own = false;
            for (size_t i = 0; i < capartner_country_name_count(country) && !own; i++) {
                const capartner_name *n = NULL;
                FUZZ_CHECK(capartner_country_name_at(country, i, &n) == CAPARTNER_OK);
                own = n == name;
            }
            FUZZ_CHECK(own);
        }
    }
    const capartner_name *name = STALE(capartner_name);
    FUZZ_CHECK(capartner_country_name_in(NULL, key, CAPARTNER_NAME_SHORT, &name) ==
               CAPARTNER_ERR_NULL_ARGUMENT);
    FUZZ_CHECK(name == NULL);
}

static void check_countries(const char *key) {
    const capartner_country *country = check_country_find(key);
    if (country != NULL)
        check_country_index(country);
    check_country_code(key, 2, capartner_country_by_alpha2, capartner_country_alpha2, country);
    check_country_code(key, 3, capartner_country_by_alpha3, capartner_country_alpha3, country);
    /* a three-digit key is the numeric code: find() and by_numeric agree */
    if (all_digits(key) && strlen(key) == 3) {
        fuzz_set_context("capartner_country_by_numeric", key, strlen(key));
        const capartner_country *by_numeric = STALE(capartner_country);
        capartner_status status = capartner_country_by_numeric(atoi(key), &by_numeric);
        if (atoi(key) == 0) {
            FUZZ_CHECK(status == CAPARTNER_ERR_OUT_OF_RANGE);
        } else {
            FUZZ_CHECK(status == CAPARTNER_OK || status == CAPARTNER_ERR_NOT_FOUND);
            if (status == CAPARTNER_OK)
                FUZZ_CHECK(capartner_country_numeric(by_numeric) == atoi(key));
        }
        if (status != CAPARTNER_OK)
            FUZZ_CHECK(by_numeric == NULL);
        FUZZ_CHECK(by_numeric == country);
    }
    check_name_in(key);
}

/* --------------------------------------------------------------- enums */

#define CHECK_ENUM_PARSE(type, parse, name_of, count, key)                                         \
    do {                                                                                           \
        fuzz_set_context(#parse, key, strlen(key));                                                \
        type value_ = (type)7;                                                                     \
        capartner_status status_ = parse(key, &value_);                                            \
        FUZZ_CHECK(ref_status_known(status_));                                                     \
        int expected_ = -1;                                                                        \
        for (int i_ = 0; i_ < (int)(count); i_++)                                                  \
            if (strcmp(name_of((type)i_), key) == 0)                                               \
                expected_ = i_;                                                                    \
        if (expected_ >= 0) {                                                                      \
            FUZZ_CHECK(status_ == CAPARTNER_OK);                                                   \
            FUZZ_CHECK((int)value_ == expected_);                                                  \
            FUZZ_CHECK(strcmp(name_of(value_), key) == 0);                                         \
        } else {                                                                                   \
            capartner_status shape_ = ref_key_status(key);                                         \
            /* the enum parsers need not check the key length */                                   \
            if (shape_ == CAPARTNER_ERR_KEY_TOO_LONG)                                              \
                shape_ = ref_utf8_valid(key) ? CAPARTNER_OK : CAPARTNER_ERR_INVALID_UTF8;          \
            FUZZ_CHECK(status_ == (shape_ == CAPARTNER_OK ? CAPARTNER_ERR_NOT_FOUND : shape_) ||   \
                       status_ == CAPARTNER_ERR_KEY_TOO_LONG);                                     \
            FUZZ_CHECK((int)value_ == 0);                                                          \
        }                                                                                          \
    } while (0)

static void check_enums(const char *key) {
    CHECK_ENUM_PARSE(capartner_body_kind, capartner_body_kind_parse, capartner_body_kind_name,
                     CAPARTNER_BODY_KIND_COUNT, key);
    CHECK_ENUM_PARSE(capartner_role, capartner_role_parse, capartner_role_name,
                     CAPARTNER_ROLE_COUNT, key);
    CHECK_ENUM_PARSE(capartner_event_kind, capartner_event_kind_parse, capartner_event_kind_name,
                     CAPARTNER_EVENT_KIND_COUNT, key);
}

/* --------------------------------------------------------------- dates */

static bool same_date(capartner_date a, capartner_date b) {
    return memcmp(&a, &b, sizeof a) == 0;
}

/* A date the query and record functions are then given. */
static void check_date_uses(capartner_date date) {
    /* order against every event date agrees with the reference */
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *event = NULL;
        FUZZ_CHECK(capartner_event_at(i, &event) == CAPARTNER_OK);
        capartner_date other = capartner_event_date(event);
        int order = capartner_date_compare(date, other);
        FUZZ_CHECK(ref_sign(order) == ref_sign(ref_date_compare(date, other)));
        FUZZ_CHECK(ref_sign(capartner_date_compare(other, date)) == -ref_sign(order));
    }
    FUZZ_CHECK(capartner_date_compare(date, date) == 0);

    bool known = date.precision != CAPARTNER_PRECISION_UNKNOWN;
    for (size_t i = 0; i < capartner_place_count(); i++) {
        const capartner_place *place = NULL;
        FUZZ_CHECK(capartner_place_at(i, &place) == CAPARTNER_OK);
        const capartner_name *name = STALE(capartner_name);
        capartner_status status = capartner_place_name_on(place, date, &name);
        if (!known) {
            FUZZ_CHECK(status == CAPARTNER_ERR_INVALID_DATE);
        } else {
            FUZZ_CHECK(status == CAPARTNER_OK || status == CAPARTNER_ERR_NOT_FOUND);
        }
        if (status != CAPARTNER_OK) {
            FUZZ_CHECK(name == NULL);
            continue;
        }
        FUZZ_CHECK(strcmp(capartner_name_language(name), "en") == 0);
        FUZZ_CHECK(capartner_name_valid_on(name, date) == 1);
    }
}

/* Text to date: status by the reference parser; the same fields; the text
 * form is the input again (the syntax has one spelling per date); bounds as
 * the reference computes them. */
static void check_date_parse(const char *key) {
    fuzz_set_context("capartner_date_parse", key, strlen(key));
    capartner_date date;
    memset(&date, 0x5A, sizeof date);
    capartner_status status = capartner_date_parse(key, &date);
    FUZZ_CHECK(ref_status_known(status));
    capartner_date expected;
    capartner_status expected_status = ref_date_parse(key, &expected);
    FUZZ_CHECK(status == expected_status);
    if (status != CAPARTNER_OK) {
        capartner_date zero;
        memset(&zero, 0, sizeof zero);
        FUZZ_CHECK(same_date(date, zero));
        return;
    }
    FUZZ_CHECK(same_date(date, expected));

    char text[CAPARTNER_DATE_TEXT_BYTES];
    FUZZ_CHECK(capartner_date_format(date, text, sizeof text) == CAPARTNER_OK);
    FUZZ_CHECK(strcmp(text, key) == 0);
    capartner_date again;
    FUZZ_CHECK(capartner_date_parse(text, &again) == CAPARTNER_OK);
    FUZZ_CHECK(same_date(again, date));

    /* a buffer one byte short is refused, and left as "" */
    size_t length = strlen(text);
    char *short_buffer = malloc(length);
    FUZZ_CHECK(short_buffer != NULL);
    if (length > 0) {
        memset(short_buffer, 'x', length);
        FUZZ_CHECK(capartner_date_format(date, short_buffer, length) == CAPARTNER_ERR_OUT_OF_RANGE);
        FUZZ_CHECK(short_buffer[0] == '\0');
    }
    free(short_buffer);

    int32_t earliest = -1, latest = -1, ref_earliest, ref_latest;
    FUZZ_CHECK(capartner_date_bounds(date, &earliest, &latest) == CAPARTNER_OK);
    FUZZ_CHECK(earliest <= latest);
    ref_date_bounds(date, &ref_earliest, &ref_latest);
    FUZZ_CHECK(earliest == ref_earliest);
    FUZZ_CHECK(latest == ref_latest);

    check_date_uses(date);
}

/* ------------------------------------------------------------- queries */

/* The events a range selects, brute force from the accessors. */
static size_t events_in_range(int32_t from, int32_t to, capartner_certainty mode) {
    size_t count = 0;
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *event = NULL;
        FUZZ_CHECK(capartner_event_at(i, &event) == CAPARTNER_OK);
        if (!capartner_event_is_preferred(event))
            continue;
        int32_t earliest, latest;
        FUZZ_CHECK(capartner_date_bounds(capartner_event_date(event), &earliest, &latest) ==
                   CAPARTNER_OK);
        bool match = mode == CAPARTNER_CERTAINLY ? earliest >= from && latest <= to
                                                 : earliest <= to && latest >= from;
        if (match)
            count++;
    }
    return count;
}

/* set_range_text with the key as from, to or both: succeeds exactly when
 * the key parses (open ends for NULL and ""), and the walk then yields the
 * brute-force matches. */
static void check_range_text(const char *key) {
    fuzz_set_context("capartner_query_set_range_text", key, strlen(key));
    capartner_date date;
    capartner_status parsed = ref_date_parse(key, &date);
    int32_t earliest = 0, latest = 99991231;
    if (parsed == CAPARTNER_OK)
        ref_date_bounds(date, &earliest, &latest);
    if (parsed == CAPARTNER_OK && date.precision == CAPARTNER_PRECISION_UNKNOWN)
        earliest = 0, latest = 99991231;
    if (parsed == CAPARTNER_ERR_EMPTY_KEY)
        parsed = CAPARTNER_OK; /* "" is an open end */

    struct {
        const char *from, *to;
        int32_t range_from, range_to;
    } cases[] = {{key, NULL, earliest, 99991231},
                 {NULL, key, 0, latest},
                 {key, key, earliest, latest},
                 {key, "", earliest, 99991231}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        for (int m = 0; m <= 2; m++) {
            capartner_query *query = NULL;
            FUZZ_CHECK(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query) == CAPARTNER_OK);
            capartner_status status = capartner_query_set_range_text(
                query, cases[c].from, cases[c].to, (capartner_certainty)m);
            FUZZ_CHECK(ref_status_known(status));
            if (parsed != CAPARTNER_OK)
                FUZZ_CHECK(status == parsed);
            else if (m == 2)
                FUZZ_CHECK(status == CAPARTNER_ERR_OUT_OF_RANGE);
            else
                FUZZ_CHECK(status == CAPARTNER_OK);
            if (status == CAPARTNER_OK) {
                size_t expected =
                    events_in_range(cases[c].range_from, cases[c].range_to, (capartner_certainty)m);
                size_t counted = 0, walked = 0;
                FUZZ_CHECK(capartner_query_count(query, &counted) == CAPARTNER_OK);
                const capartner_event *event;
                while ((event = capartner_query_next_event(query)) != NULL) {
                    int32_t e, l;
                    FUZZ_CHECK(capartner_date_bounds(capartner_event_date(event), &e, &l) ==
                               CAPARTNER_OK);
                    if (m == CAPARTNER_CERTAINLY)
                        FUZZ_CHECK(e >= cases[c].range_from && l <= cases[c].range_to);
                    else
                        FUZZ_CHECK(e <= cases[c].range_to && l >= cases[c].range_from);
                    walked++;
                }
                FUZZ_CHECK(walked == expected && counted == expected);
            }
            capartner_query_free(query);
        }
    }
    /* a participations query has no date range */
    capartner_query *query = NULL;
    FUZZ_CHECK(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query) == CAPARTNER_OK);
    capartner_status status = capartner_query_set_range_text(query, key, key, CAPARTNER_POSSIBLY);
    FUZZ_CHECK(status == (parsed != CAPARTNER_OK ? parsed : CAPARTNER_ERR_INVALID_ARGUMENT));
    capartner_query_free(query);
}

/* set_as_of_text: succeeds exactly when the key is a known date; the walk
 * yields the preferred participations held on it. */
static void check_as_of_text(const char *key) {
    fuzz_set_context("capartner_query_set_as_of_text", key, strlen(key));
    capartner_date date;
    capartner_status parsed = ref_date_parse(key, &date);
    capartner_status expected = parsed;
    if (parsed == CAPARTNER_OK && date.precision == CAPARTNER_PRECISION_UNKNOWN)
        expected = CAPARTNER_ERR_INVALID_DATE;

    capartner_query *query = NULL;
    FUZZ_CHECK(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query) == CAPARTNER_OK);
    capartner_status status = capartner_query_set_as_of_text(query, key, CAPARTNER_CERTAINLY);
    FUZZ_CHECK(status == expected);
    if (status == CAPARTNER_OK) {
        size_t brute = 0;
        for (size_t i = 0; i < capartner_participation_count(); i++) {
            const capartner_participation *p = NULL;
            FUZZ_CHECK(capartner_participation_at(i, &p) == CAPARTNER_OK);
            if (capartner_participation_is_preferred(p) &&
                capartner_participation_held_on(p, date) == 1)
                brute++;
        }
        size_t walked = 0, counted = 0;
        const capartner_participation *p;
        while ((p = capartner_query_next_participation(query)) != NULL) {
            FUZZ_CHECK(capartner_participation_held_on(p, date) == 1);
            walked++;
        }
        FUZZ_CHECK(capartner_query_count(query, &counted) == CAPARTNER_OK);
        FUZZ_CHECK(walked == brute && counted == brute);
    }
    capartner_query_free(query);

    /* an events query has no as-of date */
    FUZZ_CHECK(capartner_query_new(CAPARTNER_QUERY_EVENTS, &query) == CAPARTNER_OK);
    status = capartner_query_set_as_of_text(query, key, CAPARTNER_CERTAINLY);
    FUZZ_CHECK(status == (parsed != CAPARTNER_OK ? parsed : CAPARTNER_ERR_INVALID_ARGUMENT) ||
               (expected != CAPARTNER_OK && status == expected));
    capartner_query_free(query);
}

/* -------------------------------------------------------------- folding */

/* The library's folding (fast paths for ASCII and Cyrillic) against the
 * reference, into a buffer of exactly out_size bytes. */
static void check_fold(const char *key, size_t out_size) {
    fuzz_set_context("capartner_fold_key", key, strlen(key));
    FUZZ_CHECK(capartner_utf8_valid(key) == ref_utf8_valid(key));
    uint32_t code_point = 0, ref_code_point = 0;
    size_t decoded = capartner_utf8_decode(key, &code_point);
    size_t ref_decoded = ref_utf8_decode((const unsigned char *)key, &ref_code_point);
    if (key[0] != '\0') {
        FUZZ_CHECK(decoded == ref_decoded);
        if (decoded != 0) {
            FUZZ_CHECK(code_point == ref_code_point);
            char encoded[4];
            FUZZ_CHECK(capartner_utf8_encode(code_point, encoded) == decoded);
            FUZZ_CHECK(memcmp(encoded, key, decoded) == 0);
            FUZZ_CHECK(capartner_fold_code_point(code_point) == ref_fold_point(code_point));
        }
    }

    size_t key_length = strlen(key);
    char *expected = malloc(key_length + 1);
    char *out = malloc(out_size);
    FUZZ_CHECK(expected != NULL && out != NULL);
    size_t untrimmed = 0;
    size_t expected_length = ref_fold(key, expected, &untrimmed);
    size_t length = 12345;
    capartner_status status = capartner_fold_key(key, out, out_size, &length);
    if (expected_length == SIZE_MAX) {
        FUZZ_CHECK(status == CAPARTNER_ERR_INVALID_UTF8 || status == CAPARTNER_ERR_KEY_TOO_LONG);
    } else if (untrimmed >= out_size) {
        FUZZ_CHECK(status == CAPARTNER_ERR_KEY_TOO_LONG);
    } else {
        FUZZ_CHECK(status == CAPARTNER_OK);
        FUZZ_CHECK(length == expected_length);
        FUZZ_CHECK(strcmp(out, expected) == 0);
    }
    if (status != CAPARTNER_OK)
        FUZZ_CHECK(length == 0);
    free(out);
    free(expected);
}

/* ------------------------------------------------------------------ main */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* a NUL-terminated copy, exactly as long as needed, so that ASan sees
     * any read past the end of the key */
    char *key = malloc(size + 1);
    if (key == NULL)
        return 0;
    memcpy(key, data, size);
    key[size] = '\0';

    check_countries(key);
    const capartner_body *body = check_body_find(key);
    if (body != NULL)
        check_body_index(body);
    const capartner_place *place = check_place_find(key);
    if (place != NULL)
        check_place_index(place);
    const capartner_area *area = check_area_find(key);
    if (area != NULL)
        check_area_index(area);
    const capartner_source *source = check_source_find(key);
    if (source != NULL)
        check_source_index(source);
    const capartner_section *section = check_section_find(key);
    if (section != NULL)
        check_section_index(section);
    const capartner_participation *participation = check_participation_find(key);
    if (participation != NULL)
        check_participation_index(participation);
    const capartner_event *event = check_event_find(key);
    if (event != NULL)
        check_event_index(event);

    check_enums(key);
    check_date_parse(key);
    check_range_text(key);
    check_as_of_text(key);
    check_fold(key, CAPARTNER_MAX_KEY_BYTES + 1);
    check_fold(key, 1 + size % 64);

    free(key);
    return 0;
}
