/* Bad input to every function that takes a pointer, key, index or enum:
 * the documented status, out parameters cleared, accessors on NULL handles
 * returning "" / 0 / NULL, and never a crash. */
#include "support.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

/* Keys every lookup must refuse, with the status it must give. */
struct bad_key {
    const char *key;
    capartner_status status;
    const char *what;
};

static char long_key[CAPARTNER_MAX_KEY_BYTES + 2];         /* 256 bytes */
static char longest_key[CAPARTNER_MAX_KEY_BYTES + 1];      /* 255 bytes */
static char long_cyrillic[CAPARTNER_MAX_KEY_BYTES + 2];    /* 256 bytes of "Ж" */
static char longest_cyrillic[CAPARTNER_MAX_KEY_BYTES + 1]; /* 254 bytes of "Ж" and "a" */

static void make_keys(void) {
    memset(long_key, 'a', CAPARTNER_MAX_KEY_BYTES + 1);
    long_key[CAPARTNER_MAX_KEY_BYTES + 1] = '\0';
    memset(longest_key, 'a', CAPARTNER_MAX_KEY_BYTES);
    longest_key[CAPARTNER_MAX_KEY_BYTES] = '\0';
    for (size_t i = 0; i + 1 < CAPARTNER_MAX_KEY_BYTES + 1; i += 2)
        memcpy(long_cyrillic + i, "\xd0\x96", 2);
    long_cyrillic[CAPARTNER_MAX_KEY_BYTES + 1] = '\0';
    for (size_t i = 0; i + 1 < CAPARTNER_MAX_KEY_BYTES; i += 2)
        memcpy(longest_cyrillic + i, "\xd0\x96", 2);
    longest_cyrillic[CAPARTNER_MAX_KEY_BYTES - 1] = 'a';
    longest_cyrillic[CAPARTNER_MAX_KEY_BYTES] = '\0';
    ck_assert_uint_eq(strlen(long_key), 256);
    ck_assert_uint_eq(strlen(longest_key), 255);
    ck_assert_uint_eq(strlen(long_cyrillic), 256);
    ck_assert_uint_eq(strlen(longest_cyrillic), 255);
}

/* Filled by make_keys(); the arrays' addresses are constants. */
static const struct bad_key bad_keys[] = {
    {NULL, CAPARTNER_ERR_NULL_ARGUMENT, "NULL"},
    {"", CAPARTNER_ERR_EMPTY_KEY, "\"\""},
    {long_key, CAPARTNER_ERR_KEY_TOO_LONG, "256 bytes"},
    {long_cyrillic, CAPARTNER_ERR_KEY_TOO_LONG, "256 bytes of Cyrillic"},
    {longest_key, CAPARTNER_ERR_NOT_FOUND, "255 bytes"},
    {longest_cyrillic, CAPARTNER_ERR_NOT_FOUND, "255 bytes of Cyrillic"},
    {"\xff", CAPARTNER_ERR_INVALID_UTF8, "0xFF"},
    {"\xc3\x28", CAPARTNER_ERR_INVALID_UTF8, "C3 28"},
    {"\xc0\xaf", CAPARTNER_ERR_INVALID_UTF8, "overlong '/'"},
    {"\xe0\x80\xaf", CAPARTNER_ERR_INVALID_UTF8, "overlong 3-byte '/'"},
    {"\xed\xa0\x80", CAPARTNER_ERR_INVALID_UTF8, "surrogate"},
    {"\xf4\x90\x80\x80", CAPARTNER_ERR_INVALID_UTF8, "above U+10FFFF"},
    {"Kazakhstan\xd0", CAPARTNER_ERR_INVALID_UTF8, "truncated sequence"},
    {"\x80", CAPARTNER_ERR_INVALID_UTF8, "lone continuation"},
    {"no such key", CAPARTNER_ERR_NOT_FOUND, "unknown key"},
    {"zz-unknown-id", CAPARTNER_ERR_NOT_FOUND, "unknown id"},
};
enum { BAD_KEY_COUNT = sizeof bad_keys / sizeof bad_keys[0] };

/* Runs a find function over the bad keys: the status, and *out cleared. */
#define CHECK_FIND(function, type, valid_key)                                                      \
    do {                                                                                           \
        make_keys();                                                                               \
        const struct bad_key *bad_ = bad_keys;                                                     \
        const type *valid_ = NULL;                                                                 \
        cp_assert_status(function(valid_key, &valid_), CAPARTNER_OK);                              \
        ck_assert_ptr_nonnull(valid_);                                                             \
        for (size_t i_ = 0; i_ < BAD_KEY_COUNT; i_++) {                                            \
            const type *out_ = valid_;                                                             \
            capartner_status status_ = function(bad_[i_].key, &out_);                              \
            ck_assert_msg(status_ == bad_[i_].status, "%s(%s): got %s, expected %s", #function,    \
                          bad_[i_].what, capartner_strerror(status_),                              \
                          capartner_strerror(bad_[i_].status));                                    \
            ck_assert_msg(out_ == NULL, "%s(%s) left *out set", #function, bad_[i_].what);         \
        }                                                                                          \
        cp_assert_status(function(valid_key, NULL), CAPARTNER_ERR_NULL_ARGUMENT);                  \
        cp_assert_status(function(NULL, NULL), CAPARTNER_ERR_NULL_ARGUMENT);                       \
    } while (0)

/* at(count), at(SIZE_MAX), at(0, NULL). */
#define CHECK_AT(function, type, count)                                                            \
    do {                                                                                           \
        const type *valid_ = NULL;                                                                 \
        cp_assert_status(function(0, &valid_), CAPARTNER_OK);                                      \
        const size_t indexes_[] = {(count), (count) + 1, SIZE_MAX, SIZE_MAX / 2};                  \
        for (size_t i_ = 0; i_ < sizeof indexes_ / sizeof indexes_[0]; i_++) {                     \
            const type *out_ = valid_;                                                             \
            cp_assert_status(function(indexes_[i_], &out_), CAPARTNER_ERR_OUT_OF_RANGE);           \
            ck_assert_ptr_null(out_);                                                              \
        }                                                                                          \
        cp_assert_status(function(0, NULL), CAPARTNER_ERR_NULL_ARGUMENT);                          \
        cp_assert_status(function((count), NULL), CAPARTNER_ERR_NULL_ARGUMENT);                    \
    } while (0)

START_TEST(test_find_functions) {
    CHECK_FIND(capartner_country_find, capartner_country, "KZ");
    CHECK_FIND(capartner_body_find, capartner_body, "PfP");
    CHECK_FIND(capartner_place_find, capartner_place, "Tashkent");
    CHECK_FIND(capartner_area_find, capartner_area, "public-diplomacy");
    CHECK_FIND(capartner_source_find, capartner_source, "nato-central-asia-2016");
    CHECK_FIND(capartner_section_find, capartner_section, "defence-reform");
    CHECK_FIND(capartner_participation_find, capartner_participation, "kg-parp-on-hold");
    CHECK_FIND(capartner_event_find, capartner_event, "2013-12-deep-uzbekistan");
}
END_TEST

START_TEST(test_at_functions) {
    CHECK_AT(capartner_country_at, capartner_country, capartner_country_count());
    CHECK_AT(capartner_body_at, capartner_body, capartner_body_count());
    CHECK_AT(capartner_place_at, capartner_place, capartner_place_count());
    CHECK_AT(capartner_area_at, capartner_area, capartner_area_count());
    CHECK_AT(capartner_source_at, capartner_source, capartner_source_count());
    CHECK_AT(capartner_section_at, capartner_section, capartner_section_count());
    CHECK_AT(capartner_participation_at, capartner_participation, capartner_participation_count());
    CHECK_AT(capartner_event_at, capartner_event, capartner_event_count());
}
END_TEST

START_TEST(test_country_codes) {
    make_keys();
    const capartner_country *kz = cp_country("KZ");
    const struct bad_key *bad = bad_keys;
    for (size_t i = 0; i < BAD_KEY_COUNT; i++) {
        const capartner_country *out = kz;
        capartner_status status = capartner_country_by_alpha2(bad[i].key, &out);
        ck_assert_msg(status == bad[i].status, "by_alpha2(%s): got %s, expected %s", bad[i].what,
                      capartner_strerror(status), capartner_strerror(bad[i].status));
        ck_assert_ptr_null(out);
        out = kz;
        status = capartner_country_by_alpha3(bad[i].key, &out);
        ck_assert_msg(status == bad[i].status, "by_alpha3(%s): got %s, expected %s", bad[i].what,
                      capartner_strerror(status), capartner_strerror(bad[i].status));
        ck_assert_ptr_null(out);
    }
    /* invalid UTF-8 after a code-shaped prefix */
    const capartner_country *out = kz;
    cp_assert_status(capartner_country_by_alpha2("KZ\xff", &out), CAPARTNER_ERR_INVALID_UTF8);
    ck_assert_ptr_null(out);
    cp_assert_status(capartner_country_by_alpha3("KAZ\xc0\xaf", &out), CAPARTNER_ERR_INVALID_UTF8);
    cp_assert_status(capartner_country_by_alpha2("KZ", NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_country_by_alpha3("KAZ", NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_country_by_numeric(398, NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    const int numbers[] = {0, -1, 1000, INT_MAX, INT_MIN};
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        out = kz;
        cp_assert_status(capartner_country_by_numeric(numbers[i], &out),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        ck_assert_ptr_null(out);
    }
}
END_TEST

/* The language argument of capartner_country_name_in is a text argument. */
/* capartner_suggest: every key the finds refuse is refused with the same
 * status, *count is 0 and out untouched; a key that is merely unknown is
 * not an error (it is what suggestions are for); a NULL out only with no
 * room asked for. */
START_TEST(test_suggest) {
    make_keys();
    capartner_suggestion out[3];
    const capartner_suggestion untouched = {CAPARTNER_RECORD_AREA, 12345, "untouched", 77};
    size_t count = 99;
    for (size_t i = 0; i < BAD_KEY_COUNT; i++) {
        for (size_t j = 0; j < 3; j++)
            out[j] = untouched;
        count = 99;
        capartner_status status = capartner_suggest(bad_keys[i].key, out, 3, &count);
        if (bad_keys[i].status == CAPARTNER_ERR_NOT_FOUND) {
            ck_assert_msg(status == CAPARTNER_OK, "suggest(%s): %s", bad_keys[i].what,
                          capartner_strerror(status));
            ck_assert_uint_le(count, 3);
            continue;
        }
        ck_assert_msg(status == bad_keys[i].status, "suggest(%s): got %s, expected %s",
                      bad_keys[i].what, capartner_strerror(status),
                      capartner_strerror(bad_keys[i].status));
        ck_assert_uint_eq(count, 0);
        for (size_t j = 0; j < 3; j++) /* field by field: the padding is undefined */
            ck_assert(out[j].type == untouched.type && out[j].index == untouched.index &&
                      out[j].key == untouched.key && out[j].distance == untouched.distance);
    }
    /* spaces only fold to nothing */
    count = 99;
    cp_assert_status(capartner_suggest("   ", out, 3, &count), CAPARTNER_ERR_EMPTY_KEY);
    ck_assert_uint_eq(count, 0);
    cp_assert_status(capartner_suggest("Kirgizstan", out, 3, NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    count = 99;
    cp_assert_status(capartner_suggest("Kirgizstan", NULL, 1, &count), CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_uint_eq(count, 0);
    count = 99;
    cp_assert_status(capartner_suggest("Kirgizstan", NULL, 0, &count), CAPARTNER_OK);
    ck_assert_uint_eq(count, 0);
}
END_TEST

START_TEST(test_country_name_in) {
    make_keys();
    const capartner_country *kz = cp_country("KZ");
    const capartner_name *name;
    cp_assert_status(capartner_country_name_in(kz, "en", CAPARTNER_NAME_SHORT, &name),
                     CAPARTNER_OK);
    const capartner_name *valid = name;
    const struct bad_key *bad = bad_keys;
    for (size_t i = 0; i < BAD_KEY_COUNT; i++) {
        if (bad[i].status == CAPARTNER_ERR_INVALID_UTF8)
            continue; /* test_country_name_in_invalid_utf8 */
        name = valid;
        capartner_status status =
            capartner_country_name_in(kz, bad[i].key, CAPARTNER_NAME_SHORT, &name);
        ck_assert_msg(status == bad[i].status, "name_in(language %s): got %s, expected %s",
                      bad[i].what, capartner_strerror(status), capartner_strerror(bad[i].status));
        ck_assert_ptr_null(name);
    }
    const int kinds[] = {CAPARTNER_NAME_KIND_COUNT, 99, -1, INT_MAX};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        name = valid;
        cp_assert_status(capartner_country_name_in(kz, "en", (capartner_name_kind)kinds[i], &name),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        ck_assert_ptr_null(name);
    }
    name = valid;
    cp_assert_status(capartner_country_name_in(NULL, "en", CAPARTNER_NAME_SHORT, &name),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_ptr_null(name);
    cp_assert_status(capartner_country_name_in(kz, "en", CAPARTNER_NAME_SHORT, NULL),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_country_name_in(NULL, "en", CAPARTNER_NAME_SHORT, NULL),
                     CAPARTNER_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(test_country_name_in_invalid_utf8) {
    make_keys();
    const capartner_country *kz = cp_country("KZ");
    const struct bad_key *bad = bad_keys;
    for (size_t i = 0; i < BAD_KEY_COUNT; i++) {
        if (bad[i].status != CAPARTNER_ERR_INVALID_UTF8)
            continue;
        const capartner_name *name = (const capartner_name *)kz;
        capartner_status status =
            capartner_country_name_in(kz, bad[i].key, CAPARTNER_NAME_SHORT, &name);
        ck_assert_msg(status == bad[i].status, "name_in(language %s): got %s, expected %s",
                      bad[i].what, capartner_strerror(status), capartner_strerror(bad[i].status));
        ck_assert_ptr_null(name);
    }
}
END_TEST

/* name_at and the event link accessors: NULL owner, index == count, NULL out. */
#define CHECK_SLICE(function, owner, count, type)                                                  \
    do {                                                                                           \
        const type *valid_ = NULL;                                                                 \
        if ((count) > 0)                                                                           \
            cp_assert_status(function(owner, 0, &valid_), CAPARTNER_OK);                           \
        const type *out_ = valid_;                                                                 \
        cp_assert_status(function(owner, (count), &out_), CAPARTNER_ERR_OUT_OF_RANGE);             \
        ck_assert_ptr_null(out_);                                                                  \
        out_ = valid_;                                                                             \
        cp_assert_status(function(owner, SIZE_MAX, &out_), CAPARTNER_ERR_OUT_OF_RANGE);            \
        ck_assert_ptr_null(out_);                                                                  \
        out_ = valid_;                                                                             \
        cp_assert_status(function(NULL, 0, &out_), CAPARTNER_ERR_NULL_ARGUMENT);                   \
        ck_assert_ptr_null(out_);                                                                  \
        cp_assert_status(function(owner, 0, NULL), CAPARTNER_ERR_NULL_ARGUMENT);                   \
        cp_assert_status(function(NULL, 0, NULL), CAPARTNER_ERR_NULL_ARGUMENT);                    \
    } while (0)

START_TEST(test_slices) {
    const capartner_country *kz = cp_country("KZ");
    CHECK_SLICE(capartner_country_name_at, kz, capartner_country_name_count(kz), capartner_name);
    const capartner_body *parp = cp_body("PARP");
    CHECK_SLICE(capartner_body_name_at, parp, capartner_body_name_count(parp), capartner_name);
    const capartner_body *nato = cp_body("NATO");
    CHECK_SLICE(capartner_body_name_at, nato, capartner_body_name_count(nato), capartner_name);
    const capartner_place *astana = cp_place("Astana");
    CHECK_SLICE(capartner_place_name_at, astana, capartner_place_name_count(astana),
                capartner_name);
    const capartner_place *osh = cp_place("Osh");
    CHECK_SLICE(capartner_place_name_at, osh, capartner_place_name_count(osh), capartner_name);
    const capartner_event *deep = cp_event("2013-12-deep-uzbekistan");
    CHECK_SLICE(capartner_event_country_at, deep, capartner_event_country_count(deep),
                capartner_country);
    CHECK_SLICE(capartner_event_body_at, deep, capartner_event_body_count(deep), capartner_body);
    CHECK_SLICE(capartner_event_area_at, deep, capartner_event_area_count(deep), capartner_area);
    /* an event without countries */
    const capartner_event *eadrcc = cp_event("1998-eadrcc-established");
    ck_assert_uint_eq(capartner_event_country_count(eadrcc), 0);
    CHECK_SLICE(capartner_event_country_at, eadrcc, capartner_event_country_count(eadrcc),
                capartner_country);
}
END_TEST

START_TEST(test_enum_names_out_of_range) {
    const int values[] = {-1, 99, 1000, INT_MAX, INT_MIN};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        int v = values[i];
        cp_assert_empty(capartner_body_kind_name((capartner_body_kind)v));
        cp_assert_empty(capartner_role_name((capartner_role)v));
        cp_assert_empty(capartner_event_kind_name((capartner_event_kind)v));
        cp_assert_empty(capartner_name_kind_name((capartner_name_kind)v));
        cp_assert_empty(capartner_source_kind_name((capartner_source_kind)v));
        cp_assert_empty(capartner_place_kind_name((capartner_place_kind)v));
        cp_assert_empty(capartner_precision_name((capartner_precision)v));
        cp_assert_empty(capartner_qualifier_name((capartner_qualifier)v));
        cp_assert_empty(capartner_holding_name((capartner_holding)v));
        cp_assert_empty(capartner_certainty_name((capartner_certainty)v));
    }
    cp_assert_empty(capartner_holding_name(CAPARTNER_HOLDING_COUNT));
    cp_assert_empty(capartner_certainty_name(CAPARTNER_CERTAINTY_COUNT));
    cp_assert_empty(capartner_body_kind_name(CAPARTNER_BODY_KIND_COUNT));
    cp_assert_empty(capartner_role_name(CAPARTNER_ROLE_COUNT));
    cp_assert_empty(capartner_event_kind_name(CAPARTNER_EVENT_KIND_COUNT));
    cp_assert_empty(capartner_name_kind_name(CAPARTNER_NAME_KIND_COUNT));
    cp_assert_empty(capartner_source_kind_name(CAPARTNER_SOURCE_KIND_COUNT));
    cp_assert_empty(capartner_place_kind_name(CAPARTNER_PLACE_KIND_COUNT));
    cp_assert_empty(capartner_precision_name((capartner_precision)4));
    cp_assert_empty(capartner_qualifier_name((capartner_qualifier)7));
}
END_TEST

/* The parsers' text is a text argument like a key: NULL, "", invalid UTF-8
 * get their own statuses; a well-formed unknown word is NOT_FOUND. */
#define CHECK_PARSE(function, type, valid_text)                                                    \
    do {                                                                                           \
        make_keys();                                                                               \
        type out_ = (type)5;                                                                       \
        cp_assert_status(function(NULL, &out_), CAPARTNER_ERR_NULL_ARGUMENT);                      \
        ck_assert_int_eq((int)out_, 0);                                                            \
        cp_assert_status(function(valid_text, NULL), CAPARTNER_ERR_NULL_ARGUMENT);                 \
        out_ = (type)5;                                                                            \
        cp_assert_status(function("", &out_), CAPARTNER_ERR_EMPTY_KEY);                            \
        ck_assert_int_eq((int)out_, 0);                                                            \
        cp_assert_status(function("no-such-word", &out_), CAPARTNER_ERR_NOT_FOUND);                \
        ck_assert_int_eq((int)out_, 0);                                                            \
        cp_assert_status(function(longest_key, &out_), CAPARTNER_ERR_NOT_FOUND);                   \
        cp_assert_status(function("on\xc2\xa0hold", &out_), CAPARTNER_ERR_NOT_FOUND);              \
        /* no word is that long: not found, or refused as too long for a key */                    \
        capartner_status long_ = function(long_key, &out_);                                        \
        ck_assert_msg(long_ == CAPARTNER_ERR_NOT_FOUND || long_ == CAPARTNER_ERR_KEY_TOO_LONG,     \
                      "%s(256 bytes): %s", #function, capartner_strerror(long_));                  \
        ck_assert_int_eq((int)out_, 0);                                                            \
    } while (0)

START_TEST(test_enum_parsers) {
    CHECK_PARSE(capartner_body_kind_parse, capartner_body_kind, "centre");
    CHECK_PARSE(capartner_role_parse, capartner_role, "host");
    CHECK_PARSE(capartner_event_kind_parse, capartner_event_kind, "summit");
}
END_TEST

#define CHECK_PARSE_UTF8(function, type)                                                           \
    do {                                                                                           \
        static const char *const invalid_[] = {"\xff", "\xc3\x28", "\xc0\xaf", "member\xff"};      \
        for (size_t i_ = 0; i_ < 4; i_++) {                                                        \
            type out_ = (type)5;                                                                   \
            capartner_status status_ = function(invalid_[i_], &out_);                              \
            ck_assert_msg(status_ == CAPARTNER_ERR_INVALID_UTF8, "%s(invalid %zu): got %s",        \
                          #function, i_, capartner_strerror(status_));                             \
            ck_assert_int_eq((int)out_, 0);                                                        \
        }                                                                                          \
    } while (0)

START_TEST(test_body_kind_parse_invalid_utf8) {
    CHECK_PARSE_UTF8(capartner_body_kind_parse, capartner_body_kind);
}
END_TEST

START_TEST(test_role_parse_invalid_utf8) {
    CHECK_PARSE_UTF8(capartner_role_parse, capartner_role);
}
END_TEST

START_TEST(test_event_kind_parse_invalid_utf8) {
    CHECK_PARSE_UTF8(capartner_event_kind_parse, capartner_event_kind);
}
END_TEST

START_TEST(test_date_functions) {
    make_keys();
    capartner_date date;
    memset(&date, 0x33, sizeof date);
    capartner_date zero;
    memset(&zero, 0, sizeof zero);
    cp_assert_status(capartner_date_parse(NULL, &date), CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(memcmp(&date, &zero, sizeof date), 0);
    cp_assert_status(capartner_date_parse("2013", NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_date_parse(NULL, NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    memset(&date, 0x33, sizeof date);
    cp_assert_status(capartner_date_parse("", &date), CAPARTNER_ERR_EMPTY_KEY);
    ck_assert_int_eq(memcmp(&date, &zero, sizeof date), 0);
    memset(&date, 0x33, sizeof date);
    cp_assert_status(capartner_date_parse(long_key, &date), CAPARTNER_ERR_INVALID_DATE);
    ck_assert_int_eq(memcmp(&date, &zero, sizeof date), 0);
    /* a valid date followed by 250 spaces is still not a date */
    char padded[300];
    memset(padded, ' ', sizeof padded);
    memcpy(padded, "2013", 4);
    padded[sizeof padded - 1] = '\0';
    cp_assert_status(capartner_date_parse(padded, &date), CAPARTNER_ERR_INVALID_DATE);

    capartner_date valid = cp_date("2013");
    char buffer[CAPARTNER_DATE_TEXT_BYTES];
    cp_assert_status(capartner_date_format(valid, NULL, 0), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_date_format(valid, NULL, sizeof buffer),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_date_format(valid, buffer, 0), CAPARTNER_ERR_OUT_OF_RANGE);
    int32_t earliest = 5, latest = 5;
    cp_assert_status(capartner_date_bounds(valid, NULL, NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_date_bounds(valid, &earliest, NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(earliest, 0);
    cp_assert_status(capartner_date_bounds(valid, NULL, &latest), CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(latest, 0);
    capartner_date garbage;
    memset(&garbage, 0xEE, sizeof garbage);
    earliest = latest = 5;
    cp_assert_status(capartner_date_bounds(garbage, &earliest, &latest),
                     CAPARTNER_ERR_INVALID_DATE);
    ck_assert_int_eq(earliest, 0);
    ck_assert_int_eq(latest, 0);
    cp_assert_status(capartner_date_format(garbage, buffer, sizeof buffer),
                     CAPARTNER_ERR_INVALID_DATE);
    /* comparing garbage is defined (no crash), and unknown stays last */
    (void)capartner_date_compare(garbage, valid);
    (void)capartner_date_compare(garbage, garbage);
}
END_TEST

/* Date text that is not UTF-8 is refused as such, as keys are; the query
 * functions taking date text say the same. */
START_TEST(test_query_date_text_invalid_utf8) {
    capartner_query *events, *participations;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &events), CAPARTNER_OK);
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &participations),
                     CAPARTNER_OK);
    cp_assert_status(capartner_query_set_range_text(events, "\xff", NULL, CAPARTNER_POSSIBLY),
                     CAPARTNER_ERR_INVALID_UTF8);
    cp_assert_status(capartner_query_set_range_text(events, "2013", "\xc3\x28", CAPARTNER_POSSIBLY),
                     CAPARTNER_ERR_INVALID_UTF8);
    cp_assert_status(
        capartner_query_set_as_of_text(participations, "\xc0\xaf", CAPARTNER_CERTAINLY),
        CAPARTNER_ERR_INVALID_UTF8);
    capartner_query_free(events);
    capartner_query_free(participations);
}
END_TEST

/* Text that is not UTF-8 is refused as such, in dates as in keys. */
START_TEST(test_date_parse_invalid_utf8) {
    static const char *const invalid[] = {"\xff", "\xc3\x28", "\xc0\xaf", "2013\xff",
                                          "early\xc2\xa0\x32\x30\x31\x33"};
    for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
        capartner_date date;
        capartner_status status = capartner_date_parse(invalid[i], &date);
        /* "early" + U+00A0 is valid UTF-8 but no date */
        capartner_status expected =
            i == 4 ? CAPARTNER_ERR_INVALID_DATE : CAPARTNER_ERR_INVALID_UTF8;
        ck_assert_msg(status == expected, "date_parse(invalid %zu): got %s, expected %s", i,
                      capartner_strerror(status), capartner_strerror(expected));
    }
}
END_TEST

START_TEST(test_place_name_on_and_held_on) {
    const capartner_place *astana = cp_place("Astana");
    const capartner_name *name = (const capartner_name *)astana;
    capartner_date garbage;
    memset(&garbage, 0xEE, sizeof garbage);
    cp_assert_status(capartner_place_name_on(astana, garbage, &name), CAPARTNER_ERR_INVALID_DATE);
    ck_assert_ptr_null(name);
    name = (const capartner_name *)astana;
    cp_assert_status(capartner_place_name_on(NULL, cp_date("2014"), &name),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_ptr_null(name);
    cp_assert_status(capartner_place_name_on(astana, cp_date("2014"), NULL),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_place_name_on(NULL, garbage, NULL), CAPARTNER_ERR_NULL_ARGUMENT);

    const capartner_participation *p = cp_participation("kz-parp-participant");
    ck_assert_int_eq(capartner_participation_held_on(p, cp_date("2010")), 1);
    ck_assert_int_eq(capartner_participation_held_on(p, garbage), 0);
    ck_assert_int_eq(capartner_participation_held_on(p, cp_date("unknown")), 0);
    ck_assert_int_eq(capartner_participation_held_on(NULL, cp_date("2010")), 0);
    ck_assert_int_eq(capartner_participation_status_on(p, cp_date("2010")), CAPARTNER_HOLDING_HELD);
    ck_assert_int_eq(capartner_participation_status_on(p, garbage), CAPARTNER_HOLDING_UNKNOWN);
    ck_assert_int_eq(capartner_participation_status_on(p, cp_date("unknown")),
                     CAPARTNER_HOLDING_UNKNOWN);
    ck_assert_int_eq(capartner_participation_status_on(NULL, cp_date("2010")),
                     CAPARTNER_HOLDING_UNKNOWN);
    int32_t first = 1, last = 1;
    cp_assert_status(capartner_participation_span(NULL, CAPARTNER_CERTAINLY, &first, &last),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(first, 0);
    ck_assert_int_eq(last, 0);
    cp_assert_status(capartner_participation_span(p, CAPARTNER_CERTAINLY, NULL, &last),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_participation_span(p, CAPARTNER_POSSIBLY, &first, NULL),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    for (int mode = -1; mode < 4; mode += 3)
        cp_assert_status(capartner_participation_span(p, (capartner_certainty)mode, &first, &last),
                         CAPARTNER_ERR_OUT_OF_RANGE);

    cp_assert_status(capartner_place_name_on(astana, cp_date("2014"), &name), CAPARTNER_OK);
    ck_assert_int_eq(capartner_name_valid_on(name, cp_date("2014")), 1);
    ck_assert_int_eq(capartner_name_valid_on(name, garbage), 0);
    ck_assert_int_eq(capartner_name_valid_on(NULL, cp_date("2014")), 0);
}
END_TEST

/* ------------------------------------------------------------ queries */

START_TEST(test_query_new_and_free) {
    capartner_query *query = (capartner_query *)&query;
    const int kinds[] = {2, 99, -1, INT_MAX};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        query = (capartner_query *)&query;
        cp_assert_status(capartner_query_new((capartner_query_kind)kinds[i], &query),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        ck_assert_ptr_null(query);
    }
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, NULL),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    capartner_query_free(NULL);
}
END_TEST

START_TEST(test_query_null) {
    const capartner_date date = cp_date("2013");
    size_t count = 7;
    cp_assert_status(capartner_query_add_country(NULL, cp_country("KZ")),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_add_body(NULL, cp_body("PfP")), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_add_area(NULL, cp_area("public-diplomacy")),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_add_kind(NULL, CAPARTNER_EVENT_SUMMIT),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_add_role(NULL, CAPARTNER_ROLE_HOST),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_set_order(NULL, CAPARTNER_ORDER_NEWEST_FIRST),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_include_alternatives(NULL, 1), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_set_range(NULL, date, date, CAPARTNER_POSSIBLY),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_set_range_text(NULL, "2013", "2014", CAPARTNER_POSSIBLY),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_set_as_of(NULL, date, CAPARTNER_CERTAINLY),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_set_as_of_text(NULL, "2013", CAPARTNER_CERTAINLY),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_rewind(NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_count(NULL, &count), CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_uint_eq(count, 0);
    cp_assert_status(capartner_query_count(NULL, NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_ptr_null(capartner_query_next_event(NULL));
    ck_assert_int_eq(capartner_query_is_certain(NULL), 0);
    ck_assert_ptr_null(capartner_query_next_participation(NULL));
    size_t indexes[4] = {7, 7, 7, 7};
    count = 99;
    cp_assert_status(capartner_query_next_indexes(NULL, indexes, 4, &count),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_uint_eq(count, 0);
    cp_assert_status(capartner_query_reset(NULL, CAPARTNER_QUERY_EVENTS),
                     CAPARTNER_ERR_NULL_ARGUMENT);

    capartner_query *events, *participations;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &events), CAPARTNER_OK);
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &participations),
                     CAPARTNER_OK);
    capartner_query *both[] = {events, participations};
    for (size_t i = 0; i < 2; i++) {
        cp_assert_status(capartner_query_add_country(both[i], NULL), CAPARTNER_ERR_NULL_ARGUMENT);
        cp_assert_status(capartner_query_add_body(both[i], NULL), CAPARTNER_ERR_NULL_ARGUMENT);
        cp_assert_status(capartner_query_count(both[i], NULL), CAPARTNER_ERR_NULL_ARGUMENT);
        /* no room, or nowhere to say how many: refused, and the walk does not move */
        indexes[0] = 7;
        count = 99;
        cp_assert_status(capartner_query_next_indexes(both[i], NULL, 4, &count),
                         CAPARTNER_ERR_NULL_ARGUMENT);
        ck_assert_uint_eq(count, 0);
        cp_assert_status(capartner_query_next_indexes(both[i], indexes, 4, NULL),
                         CAPARTNER_ERR_NULL_ARGUMENT);
        ck_assert_uint_eq(indexes[0], 7);
        /* a capacity of 0 with no array is a valid empty request */
        cp_assert_status(capartner_query_next_indexes(both[i], NULL, 0, &count), CAPARTNER_OK);
        ck_assert_uint_eq(count, 0);
        cp_assert_status(capartner_query_next_indexes(both[i], indexes, 1, &count), CAPARTNER_OK);
        ck_assert_uint_eq(count, 1);
        /* the first match: the refused calls skipped nothing */
        cp_assert_status(capartner_query_rewind(both[i]), CAPARTNER_OK);
        ck_assert_uint_eq(indexes[0],
                          i == 0 ? capartner_event_index(capartner_query_next_event(events))
                                 : capartner_participation_index(
                                       capartner_query_next_participation(participations)));
    }
    cp_assert_status(capartner_query_add_area(events, NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_query_set_as_of_text(participations, NULL, CAPARTNER_CERTAINLY),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    capartner_query_free(events);
    capartner_query_free(participations);
}
END_TEST

/* The number of matches of a query, which a refused call must not change. */
static size_t matches(capartner_query *query) {
    size_t count;
    cp_assert_status(capartner_query_count(query, &count), CAPARTNER_OK);
    return count;
}

START_TEST(test_query_wrong_kind) {
    capartner_query *events, *participations;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &events), CAPARTNER_OK);
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &participations),
                     CAPARTNER_OK);
    size_t all_events = matches(events), all_participations = matches(participations);
    /* events only: kind, range */
    cp_assert_status(capartner_query_add_kind(participations, CAPARTNER_EVENT_SUMMIT),
                     CAPARTNER_ERR_INVALID_ARGUMENT);
    cp_assert_status(capartner_query_set_range(participations, cp_date("2013"), cp_date("2014"),
                                               CAPARTNER_POSSIBLY),
                     CAPARTNER_ERR_INVALID_ARGUMENT);
    cp_assert_status(
        capartner_query_set_range_text(participations, "2013", "2014", CAPARTNER_CERTAINLY),
        CAPARTNER_ERR_INVALID_ARGUMENT);
    /* participations only: role, as-of */
    cp_assert_status(capartner_query_add_role(events, CAPARTNER_ROLE_HOST),
                     CAPARTNER_ERR_INVALID_ARGUMENT);
    cp_assert_status(capartner_query_set_as_of(events, cp_date("2013"), CAPARTNER_CERTAINLY),
                     CAPARTNER_ERR_INVALID_ARGUMENT);
    cp_assert_status(capartner_query_set_as_of_text(events, "2013", CAPARTNER_CERTAINLY),
                     CAPARTNER_ERR_INVALID_ARGUMENT);
    /* refused filters leave the queries as they were */
    ck_assert_uint_eq(matches(events), all_events);
    ck_assert_uint_eq(matches(participations), all_participations);
    /* a query of one kind never yields the other */
    ck_assert_ptr_null(capartner_query_next_participation(events));
    ck_assert_ptr_null(capartner_query_next_event(participations));
    ck_assert_ptr_nonnull(capartner_query_next_event(events));
    ck_assert_ptr_nonnull(capartner_query_next_participation(participations));
    capartner_query_free(events);
    capartner_query_free(participations);
}
END_TEST

START_TEST(test_query_out_of_range) {
    make_keys();
    capartner_query *events, *participations;
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &events), CAPARTNER_OK);
    cp_assert_status(capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &participations),
                     CAPARTNER_OK);
    size_t all_events = matches(events), all_participations = matches(participations);
    const int values[] = {-1, 99, INT_MAX, INT_MIN};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        int v = values[i];
        cp_assert_status(capartner_query_add_kind(events, (capartner_event_kind)v),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        cp_assert_status(capartner_query_add_role(participations, (capartner_role)v),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        cp_assert_status(capartner_query_reset(events, (capartner_query_kind)v),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        cp_assert_status(capartner_query_set_order(events, (capartner_order)v),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        cp_assert_status(capartner_query_set_range(events, cp_date("2013"), cp_date("2014"),
                                                   (capartner_certainty)v),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        cp_assert_status(
            capartner_query_set_as_of(participations, cp_date("2013"), (capartner_certainty)v),
            CAPARTNER_ERR_OUT_OF_RANGE);
        cp_assert_status(
            capartner_query_set_as_of_text(participations, "2013", (capartner_certainty)v),
            CAPARTNER_ERR_OUT_OF_RANGE);
    }
    cp_assert_status(capartner_query_add_kind(events, CAPARTNER_EVENT_KIND_COUNT),
                     CAPARTNER_ERR_OUT_OF_RANGE);
    cp_assert_status(capartner_query_add_role(participations, CAPARTNER_ROLE_COUNT),
                     CAPARTNER_ERR_OUT_OF_RANGE);
    cp_assert_status(capartner_query_set_order(participations, (capartner_order)2),
                     CAPARTNER_ERR_OUT_OF_RANGE);

    /* dates */
    capartner_date garbage;
    memset(&garbage, 0xEE, sizeof garbage);
    cp_assert_status(
        capartner_query_set_range(events, garbage, cp_date("2014"), CAPARTNER_POSSIBLY),
        CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(
        capartner_query_set_range(events, cp_date("2014"), garbage, CAPARTNER_POSSIBLY),
        CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(
        capartner_query_set_range(events, cp_date("2014"), cp_date("2013"), CAPARTNER_POSSIBLY),
        CAPARTNER_ERR_INVALID_ARGUMENT);
    cp_assert_status(capartner_query_set_range_text(events, "2013-02-29", NULL, CAPARTNER_POSSIBLY),
                     CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(capartner_query_set_range_text(events, NULL, "2013-13", CAPARTNER_POSSIBLY),
                     CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(capartner_query_set_range_text(events, long_key, NULL, CAPARTNER_POSSIBLY),
                     CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(capartner_query_set_as_of(participations, garbage, CAPARTNER_CERTAINLY),
                     CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(
        capartner_query_set_as_of(participations, cp_date("unknown"), CAPARTNER_CERTAINLY),
        CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(capartner_query_set_as_of_text(participations, "unknown", CAPARTNER_CERTAINLY),
                     CAPARTNER_ERR_INVALID_DATE);
    cp_assert_status(capartner_query_set_as_of_text(participations, "", CAPARTNER_CERTAINLY),
                     CAPARTNER_ERR_EMPTY_KEY);
    cp_assert_status(
        capartner_query_set_as_of_text(participations, "2013-02-29", CAPARTNER_CERTAINLY),
        CAPARTNER_ERR_INVALID_DATE);

    /* refused calls left the queries as they were */
    ck_assert_uint_eq(matches(events), all_events);
    ck_assert_uint_eq(matches(participations), all_participations);
    capartner_query_free(events);
    capartner_query_free(participations);
}
END_TEST

/* ---------------------------------------------------- NULL handles */

START_TEST(test_accessors_on_null) {
    capartner_date zero;
    memset(&zero, 0, sizeof zero);
    capartner_date date;
#define ASSERT_UNKNOWN(expr)                                                                       \
    do {                                                                                           \
        date = (expr);                                                                             \
        ck_assert_msg(memcmp(&date, &zero, sizeof date) == 0, "%s is not the unknown date",        \
                      #expr);                                                                      \
    } while (0)

    cp_assert_empty(capartner_source_id(NULL));
    ck_assert_int_eq(capartner_source_kind_of(NULL), 0);
    cp_assert_empty(capartner_source_title(NULL));
    cp_assert_empty(capartner_source_publisher(NULL));
    cp_assert_empty(capartner_source_url(NULL));
    ASSERT_UNKNOWN(capartner_source_published(NULL));
    ASSERT_UNKNOWN(capartner_source_content_date(NULL));
    cp_assert_empty(capartner_source_note(NULL));

    cp_assert_empty(capartner_section_id(NULL));
    ck_assert_ptr_null(capartner_section_source(NULL));
    ck_assert_uint_eq(capartner_section_ordinal(NULL), 0);
    cp_assert_empty(capartner_section_title(NULL));

    ck_assert_ptr_null(capartner_citation_source(NULL));
    ck_assert_ptr_null(capartner_citation_section(NULL));
    ck_assert_uint_eq(capartner_citation_paragraph(NULL), 0);

    cp_assert_empty(capartner_name_text(NULL));
    cp_assert_empty(capartner_name_language(NULL));
    ck_assert_int_eq(capartner_name_kind_of(NULL), 0);
    ck_assert_int_eq(capartner_name_is_preferred(NULL), 0);
    ASSERT_UNKNOWN(capartner_name_valid_from(NULL));
    ASSERT_UNKNOWN(capartner_name_valid_to(NULL));
    ck_assert_int_eq(capartner_name_valid_on(NULL, cp_date("2014")), 0);
    ck_assert_ptr_null(capartner_name_citation(NULL));

    cp_assert_empty(capartner_country_id(NULL));
    cp_assert_empty(capartner_country_alpha2(NULL));
    cp_assert_empty(capartner_country_alpha3(NULL));
    ck_assert_int_eq(capartner_country_numeric(NULL), 0);
    cp_assert_empty(capartner_country_name(NULL));
    ck_assert_int_eq(capartner_country_is_partner(NULL), 0);
    cp_assert_empty(capartner_country_note(NULL));
    ck_assert_ptr_null(capartner_country_capital(NULL));
    ck_assert_int_eq(capartner_country_cow_code(NULL), 0);
    cp_assert_empty(capartner_country_cow_abbreviation(NULL));
    ck_assert_ptr_null(capartner_country_codes_source(NULL));
    ck_assert_ptr_null(capartner_country_cow_source(NULL));
    ck_assert_uint_eq(capartner_country_name_count(NULL), 0);
    ck_assert_ptr_null(capartner_country_citation(NULL));

    cp_assert_empty(capartner_body_id(NULL));
    ck_assert_int_eq(capartner_body_kind_of(NULL), 0);
    cp_assert_empty(capartner_body_acronym(NULL));
    cp_assert_empty(capartner_body_name(NULL));
    cp_assert_empty(capartner_body_summary(NULL));
    ck_assert_ptr_null(capartner_body_parent(NULL));
    ASSERT_UNKNOWN(capartner_body_started(NULL));
    ASSERT_UNKNOWN(capartner_body_ended(NULL));
    ck_assert_ptr_null(capartner_body_place(NULL));
    ck_assert_uint_eq(capartner_body_name_count(NULL), 0);
    ck_assert_ptr_null(capartner_body_citation(NULL));

    cp_assert_empty(capartner_place_id(NULL));
    cp_assert_empty(capartner_place_name(NULL));
    ck_assert_int_eq(capartner_place_kind_of(NULL), 0);
    ck_assert_ptr_null(capartner_place_country(NULL));
    ck_assert_uint_eq(capartner_place_name_count(NULL), 0);
    ck_assert_ptr_null(capartner_place_citation(NULL));

    cp_assert_empty(capartner_area_id(NULL));
    cp_assert_empty(capartner_area_name(NULL));
    cp_assert_empty(capartner_area_summary(NULL));
    ck_assert_ptr_null(capartner_area_citation(NULL));

    cp_assert_empty(capartner_participation_id(NULL));
    ck_assert_ptr_null(capartner_participation_country(NULL));
    ck_assert_ptr_null(capartner_participation_body(NULL));
    ck_assert_int_eq(capartner_participation_role(NULL), 0);
    ck_assert_ptr_null(capartner_participation_area(NULL));
    ASSERT_UNKNOWN(capartner_participation_started(NULL));
    ASSERT_UNKNOWN(capartner_participation_ended(NULL));
    ASSERT_UNKNOWN(capartner_participation_reported(NULL));
    cp_assert_empty(capartner_participation_started_text(NULL));
    cp_assert_empty(capartner_participation_ended_text(NULL));
    cp_assert_empty(capartner_participation_reported_text(NULL));
    cp_assert_empty(capartner_participation_summary(NULL));
    ck_assert_int_eq(capartner_participation_is_preferred(NULL), 0);
    ck_assert_ptr_null(capartner_participation_alternative_of(NULL));
    ck_assert_int_eq(capartner_participation_held_on(NULL, cp_date("2014")), 0);
    ck_assert_ptr_null(capartner_participation_citation(NULL));

    cp_assert_empty(capartner_event_id(NULL));
    ASSERT_UNKNOWN(capartner_event_date(NULL));
    cp_assert_empty(capartner_event_date_text(NULL));
    ck_assert_int_eq(capartner_event_kind_of(NULL), 0);
    cp_assert_empty(capartner_event_summary(NULL));
    ck_assert_ptr_null(capartner_event_place(NULL));
    ck_assert_uint_eq(capartner_event_country_count(NULL), 0);
    ck_assert_uint_eq(capartner_event_body_count(NULL), 0);
    ck_assert_uint_eq(capartner_event_area_count(NULL), 0);
    ck_assert_int_eq(capartner_event_is_preferred(NULL), 0);
    ck_assert_ptr_null(capartner_event_alternative_of(NULL));
    ck_assert_ptr_null(capartner_event_citation(NULL));
#undef ASSERT_UNKNOWN
}
END_TEST

/* index(NULL) must not pass for a record's index (0 would name the first
 * record): it is at least the table's count. */
START_TEST(test_index_of_null) {
    ck_assert_uint_ge(capartner_source_index(NULL), capartner_source_count());
    ck_assert_uint_ge(capartner_section_index(NULL), capartner_section_count());
    ck_assert_uint_ge(capartner_country_index(NULL), capartner_country_count());
    ck_assert_uint_ge(capartner_body_index(NULL), capartner_body_count());
    ck_assert_uint_ge(capartner_place_index(NULL), capartner_place_count());
    ck_assert_uint_ge(capartner_area_index(NULL), capartner_area_count());
    ck_assert_uint_ge(capartner_participation_index(NULL), capartner_participation_count());
    ck_assert_uint_ge(capartner_event_index(NULL), capartner_event_count());
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("bad_input");
    TCase *lookups = cp_tcase("lookups");
    tcase_add_test(lookups, test_find_functions);
    tcase_add_test(lookups, test_at_functions);
    tcase_add_test(lookups, test_country_codes);
    tcase_add_test(lookups, test_country_name_in);
    tcase_add_test(lookups, test_suggest);
    tcase_add_test(lookups, test_country_name_in_invalid_utf8);
    tcase_add_test(lookups, test_slices);
    suite_add_tcase(suite, lookups);
    TCase *values = cp_tcase("values");
    tcase_add_test(values, test_enum_names_out_of_range);
    tcase_add_test(values, test_enum_parsers);
    tcase_add_test(values, test_body_kind_parse_invalid_utf8);
    tcase_add_test(values, test_role_parse_invalid_utf8);
    tcase_add_test(values, test_event_kind_parse_invalid_utf8);
    tcase_add_test(values, test_date_functions);
    tcase_add_test(values, test_date_parse_invalid_utf8);
    tcase_add_test(values, test_place_name_on_and_held_on);
    suite_add_tcase(suite, values);
    TCase *queries = cp_tcase("queries");
    tcase_add_test(queries, test_query_new_and_free);
    tcase_add_test(queries, test_query_null);
    tcase_add_test(queries, test_query_wrong_kind);
    tcase_add_test(queries, test_query_out_of_range);
    tcase_add_test(queries, test_query_date_text_invalid_utf8);
    suite_add_tcase(suite, queries);
    TCase *handles = cp_tcase("handles");
    tcase_add_test(handles, test_accessors_on_null);
    tcase_add_test(handles, test_index_of_null);
    suite_add_tcase(suite, handles);
    return suite;
}
