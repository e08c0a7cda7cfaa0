/* Shared by the Check suites: the runner, and helpers that look records up
 * and fail the current test when they are missing. */
#ifndef CAPARTNER_TESTS_SUPPORT_H
#define CAPARTNER_TESTS_SUPPORT_H

#include <capartner.h>
#include <check.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Each suite file defines this; support.c's main runs it. */
Suite *capartner_test_suite(void);

/* A test case with a timeout generous enough for the sanitizer build. */
TCase *cp_tcase(const char *name);

/* Parses a date that the test knows to be valid. */
capartner_date cp_date(const char *text);
/* The text form of a date, in a static buffer (one per call site is enough). */
const char *cp_date_text(capartner_date date, char buffer[CAPARTNER_DATE_TEXT_BYTES]);
/* capartner_date_bounds of a date the test knows to be valid. */
int32_t cp_earliest(capartner_date date);
int32_t cp_latest(capartner_date date);

const capartner_country *cp_country(const char *key);
const capartner_body *cp_body(const char *key);
const capartner_place *cp_place(const char *key);
const capartner_area *cp_area(const char *key);
const capartner_source *cp_source(const char *id);
const capartner_section *cp_section(const char *id);
const capartner_event *cp_event(const char *id);
const capartner_participation *cp_participation(const char *id);

/* Event links. */
bool cp_event_has_country(const capartner_event *event, const capartner_country *country);
bool cp_event_has_body(const capartner_event *event, const capartner_body *body);
bool cp_event_has_area(const capartner_event *event, const capartner_area *area);

/* Rewinds the query and walks it with capartner_query_next_indexes in
 * batches of 3 or of 64 (in turn): the walk must give exactly the records
 * `expected` (events or participations, as `kind` says), in order, then 0
 * more; leaves it rewound. */
void cp_check_batches(capartner_query *query, capartner_query_kind kind,
                      const void *const *expected, size_t count);
/* One query for the whole test program, for tests of capartner_query_reset. */
capartner_query *cp_reused_query(void);
/* True when text is well-formed UTF-8 (checked independently of the library). */
bool cp_utf8_valid(const char *text);

/* Asserts a string result is "" (not NULL). */
#define cp_assert_empty(expr)                                                                      \
    do {                                                                                           \
        const char *cp_text_ = (expr);                                                             \
        ck_assert_msg(cp_text_ != NULL && cp_text_[0] == '\0', "%s is not \"\"", #expr);           \
    } while (0)

/* Asserts a status, naming both statuses on failure. */
#define cp_assert_status(expr, expected)                                                           \
    do {                                                                                           \
        capartner_status cp_got_ = (expr);                                                         \
        capartner_status cp_want_ = (expected);                                                    \
        ck_assert_msg(cp_got_ == cp_want_, "%s: got %d (%s), expected %d (%s)", #expr,             \
                      (int)cp_got_, capartner_strerror(cp_got_), (int)cp_want_,                    \
                      capartner_strerror(cp_want_));                                               \
    } while (0)

#endif
