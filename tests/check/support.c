/* The runner every suite shares, and the lookup helpers of support.h. */
#include "support.h"

#include <stdlib.h>

TCase *cp_tcase(const char *name) {
    TCase *tcase = tcase_create(name);
    /* brute-force cross-checks run long under ASan + UBSan */
    tcase_set_timeout(tcase, 120);
    return tcase;
}

capartner_date cp_date(const char *text) {
    capartner_date date;
    capartner_status status = capartner_date_parse(text, &date);
    ck_assert_msg(status == CAPARTNER_OK, "date \"%s\": %s", text, capartner_strerror(status));
    return date;
}

const char *cp_date_text(capartner_date date, char buffer[CAPARTNER_DATE_TEXT_BYTES]) {
    capartner_status status = capartner_date_format(date, buffer, CAPARTNER_DATE_TEXT_BYTES);
    ck_assert_msg(status == CAPARTNER_OK, "format: %s", capartner_strerror(status));
    return buffer;
}

int32_t cp_earliest(capartner_date date) {
    int32_t earliest, latest;
    cp_assert_status(capartner_date_bounds(date, &earliest, &latest), CAPARTNER_OK);
    return earliest;
}

int32_t cp_latest(capartner_date date) {
    int32_t earliest, latest;
    cp_assert_status(capartner_date_bounds(date, &earliest, &latest), CAPARTNER_OK);
    return latest;
}

#define CP_DEFINE_LOOKUP(helper, type, function)                                                   \
    const type *helper(const char *key) {                                                          \
        const type *record = NULL;                                                                 \
        capartner_status status = function(key, &record);                                          \
        ck_assert_msg(status == CAPARTNER_OK && record != NULL, "%s(\"%s\"): %s", #function, key,  \
                      capartner_strerror(status));                                                 \
        return record;                                                                             \
    }

CP_DEFINE_LOOKUP(cp_country, capartner_country, capartner_country_find)
CP_DEFINE_LOOKUP(cp_body, capartner_body, capartner_body_find)
CP_DEFINE_LOOKUP(cp_place, capartner_place, capartner_place_find)
CP_DEFINE_LOOKUP(cp_area, capartner_area, capartner_area_find)
CP_DEFINE_LOOKUP(cp_source, capartner_source, capartner_source_find)
CP_DEFINE_LOOKUP(cp_section, capartner_section, capartner_section_find)
CP_DEFINE_LOOKUP(cp_event, capartner_event, capartner_event_find)
CP_DEFINE_LOOKUP(cp_participation, capartner_participation, capartner_participation_find)

bool cp_event_has_country(const capartner_event *event, const capartner_country *country) {
    for (size_t i = 0; i < capartner_event_country_count(event); i++) {
        const capartner_country *linked;
        cp_assert_status(capartner_event_country_at(event, i, &linked), CAPARTNER_OK);
        if (linked == country)
            return true;
    }
    return false;
}

bool cp_event_has_body(const capartner_event *event, const capartner_body *body) {
    for (size_t i = 0; i < capartner_event_body_count(event); i++) {
        const capartner_body *linked;
        cp_assert_status(capartner_event_body_at(event, i, &linked), CAPARTNER_OK);
        if (linked == body)
            return true;
    }
    return false;
}

bool cp_event_has_area(const capartner_event *event, const capartner_area *area) {
    for (size_t i = 0; i < capartner_event_area_count(event); i++) {
        const capartner_area *linked;
        cp_assert_status(capartner_event_area_at(event, i, &linked), CAPARTNER_OK);
        if (linked == area)
            return true;
    }
    return false;
}

/* RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF. */
bool cp_utf8_valid(const char *text) {
    const unsigned char *s = (const unsigned char *)text;
    while (*s != 0) {
        unsigned char c = *s;
        size_t length;
        uint32_t value, minimum;
        if (c < 0x80) {
            s++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            length = 2, value = c & 0x1Fu, minimum = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3, value = c & 0x0Fu, minimum = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4, value = c & 0x07u, minimum = 0x10000;
        } else {
            return false;
        }
        for (size_t i = 1; i < length; i++) {
            if ((s[i] & 0xC0) != 0x80)
                return false;
            value = value << 6 | (s[i] & 0x3Fu);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return false;
        s += length;
    }
    return true;
}

int main(void) {
    SRunner *runner = srunner_create(capartner_test_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

void cp_check_batches(capartner_query *query, capartner_query_kind kind,
                      const void *const *expected, size_t count) {
    /* the calls take the sizes in turn: the suites make thousands */
    static const size_t sizes[] = {3, 64};
    static size_t calls;
    size_t size = sizes[calls++ % 2], batch[64], got = 0, filled;
    cp_assert_status(capartner_query_rewind(query), CAPARTNER_OK);
    do {
        cp_assert_status(capartner_query_next_indexes(query, batch, size, &filled), CAPARTNER_OK);
        ck_assert_uint_le(filled, size);
        /* a short batch only at the end */
        ck_assert(filled == size || got + filled == count);
        for (size_t i = 0; i < filled; i++, got++) {
            ck_assert_msg(got < count, "extra match, index %zu", batch[i]);
            size_t want = kind == CAPARTNER_QUERY_EVENTS
                              ? capartner_event_index(expected[got])
                              : capartner_participation_index(expected[got]);
            ck_assert_msg(batch[i] == want, "match %zu is index %zu, expected %zu", got, batch[i],
                          want);
        }
    } while (filled > 0);
    ck_assert_uint_eq(got, count);
    /* the end stays the end */
    cp_assert_status(capartner_query_next_indexes(query, batch, 64, &filled), CAPARTNER_OK);
    ck_assert_uint_eq(filled, 0);
    cp_assert_status(capartner_query_rewind(query), CAPARTNER_OK);
}

capartner_query *cp_reused_query(void) {
    static capartner_query *reused;
    if (reused == NULL)
        cp_assert_status(capartner_query_new(CAPARTNER_QUERY_EVENTS, &reused), CAPARTNER_OK);
    return reused;
}
