/* Version macros and functions, the data version, status texts. */
#include "support.h"

#include <stdio.h>
#include <string.h>

START_TEST(test_version_macros_match_runtime) {
    char expected[32];
    snprintf(expected, sizeof expected, "%d.%d.%d", CAPARTNER_VERSION_MAJOR,
             CAPARTNER_VERSION_MINOR, CAPARTNER_VERSION_PATCH);
    ck_assert_str_eq(CAPARTNER_VERSION_STRING, expected);
    ck_assert_str_eq(capartner_version(), CAPARTNER_VERSION_STRING);
    ck_assert_int_eq(capartner_version_number(), CAPARTNER_VERSION_NUMBER);
    ck_assert_int_eq(CAPARTNER_VERSION_NUMBER, CAPARTNER_VERSION_MAJOR * 10000 +
                                                   CAPARTNER_VERSION_MINOR * 100 +
                                                   CAPARTNER_VERSION_PATCH);
    /* MINOR and PATCH must fit their two decimal digits in the number */
    ck_assert_int_lt(CAPARTNER_VERSION_MINOR, 100);
    ck_assert_int_lt(CAPARTNER_VERSION_PATCH, 100);
    /* the same pointer every time: a static string */
    ck_assert_ptr_eq(capartner_version(), capartner_version());
}
END_TEST

START_TEST(test_data_as_of_is_newest_source_date) {
    const char *as_of = capartner_data_as_of();
    ck_assert_ptr_nonnull(as_of);
    /* ISO-8601: YYYY, YYYY-MM or YYYY-MM-DD, no qualifier */
    capartner_date date;
    cp_assert_status(capartner_date_parse(as_of, &date), CAPARTNER_OK);
    ck_assert_int_ne(date.precision, CAPARTNER_PRECISION_UNKNOWN);
    ck_assert_int_eq(date.qualifier, CAPARTNER_QUALIFIER_NONE);

    /* the newest content date among the sources (a content date is never
     * after its publication date, and stands for it when not given) */
    ck_assert_uint_gt(capartner_source_count(), 0);
    capartner_date newest = {0};
    bool any = false;
    for (size_t i = 0; i < capartner_source_count(); i++) {
        const capartner_source *source;
        cp_assert_status(capartner_source_at(i, &source), CAPARTNER_OK);
        capartner_date content = capartner_source_content_date(source);
        if (content.precision == CAPARTNER_PRECISION_UNKNOWN)
            continue;
        ck_assert_msg(cp_latest(content) <= cp_latest(date),
                      "source %s is newer than the data's as-of date %s",
                      capartner_source_id(source), as_of);
        /* the newest is the one ending last: "2022-09" covers "2022-09-19" */
        if (!any || cp_latest(content) > cp_latest(newest) ||
            (cp_latest(content) == cp_latest(newest) &&
             capartner_date_compare(content, newest) > 0))
            newest = content;
        any = true;
    }
    ck_assert_msg(any, "no source has a content date");
    char text[CAPARTNER_DATE_TEXT_BYTES];
    ck_assert_str_eq(as_of, cp_date_text(newest, text));
    /* the primary document was last updated on 22 Feb 2016 */
    ck_assert_str_ge(as_of, "2016-02-22");
}
END_TEST

START_TEST(test_data_digest_is_sha256_hex) {
    const char *digest = capartner_data_digest();
    ck_assert_ptr_nonnull(digest);
    ck_assert_uint_eq(strlen(digest), 64);
    size_t zeros = 0;
    for (size_t i = 0; i < 64; i++) {
        char c = digest[i];
        ck_assert_msg((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'),
                      "digest character %zu is '%c', not lowercase hex", i, c);
        zeros += c == '0';
    }
    ck_assert_msg(zeros < 64, "digest is all zeros");
    ck_assert_ptr_eq(capartner_data_digest(), capartner_data_digest());
}
END_TEST

static const capartner_status all_statuses[] = {
    CAPARTNER_OK,
    CAPARTNER_ERR_NULL_ARGUMENT,
    CAPARTNER_ERR_EMPTY_KEY,
    CAPARTNER_ERR_KEY_TOO_LONG,
    CAPARTNER_ERR_INVALID_UTF8,
    CAPARTNER_ERR_NOT_FOUND,
    CAPARTNER_ERR_OUT_OF_RANGE,
    CAPARTNER_ERR_INVALID_DATE,
    CAPARTNER_ERR_INVALID_ARGUMENT,
    CAPARTNER_ERR_NO_MEMORY,
};
enum { STATUS_COUNT = sizeof all_statuses / sizeof all_statuses[0] };

START_TEST(test_status_values_are_frozen) {
    /* append-only: these numbers are ABI */
    for (int i = 0; i < STATUS_COUNT; i++)
        ck_assert_int_eq((int)all_statuses[i], i);
    ck_assert_int_eq(CAPARTNER_MAX_KEY_BYTES, 255);
}
END_TEST

START_TEST(test_strerror_every_status) {
    const char *unknown = capartner_strerror((capartner_status)STATUS_COUNT);
    ck_assert_ptr_nonnull(unknown);
    ck_assert_str_eq(unknown, "unknown status");
    for (int i = 0; i < STATUS_COUNT; i++) {
        const char *text = capartner_strerror(all_statuses[i]);
        ck_assert_ptr_nonnull(text);
        ck_assert_msg(strlen(text) > 3, "status %d has no description", i);
        ck_assert_str_ne(text, unknown);
        ck_assert_msg(cp_utf8_valid(text), "status %d text is not UTF-8", i);
        /* every status has its own text */
        for (int j = 0; j < i; j++)
            ck_assert_str_ne(text, capartner_strerror(all_statuses[j]));
    }
    ck_assert_str_eq(capartner_strerror(CAPARTNER_OK), "success");
    /* the limit the message mentions is the real one */
    ck_assert_ptr_nonnull(strstr(capartner_strerror(CAPARTNER_ERR_KEY_TOO_LONG), "255"));
}
END_TEST

START_TEST(test_strerror_out_of_range) {
    const int values[] = {-1, 10, 11, 99, 1000, -2147483647 - 1, 2147483647};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        ck_assert_str_eq(capartner_strerror((capartner_status)values[i]), "unknown status");
}
END_TEST

START_TEST(test_date_struct_is_frozen) {
    /* "a frozen value type, 8 bytes" */
    ck_assert_uint_eq(sizeof(capartner_date), 8);
    ck_assert_uint_eq(CAPARTNER_DATE_TEXT_BYTES, 24);
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("version");
    TCase *version = cp_tcase("version");
    tcase_add_test(version, test_version_macros_match_runtime);
    tcase_add_test(version, test_data_as_of_is_newest_source_date);
    tcase_add_test(version, test_data_digest_is_sha256_hex);
    tcase_add_test(version, test_date_struct_is_frozen);
    suite_add_tcase(suite, version);
    TCase *status = cp_tcase("status");
    tcase_add_test(status, test_status_values_are_frozen);
    tcase_add_test(status, test_strerror_every_status);
    tcase_add_test(status, test_strerror_out_of_range);
    suite_add_tcase(suite, status);
    return suite;
}
