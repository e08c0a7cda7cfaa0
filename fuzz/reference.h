/* Independent re-implementations that the fuzz harnesses check the library
 * against: written from the header's and data/README.md's words, not from
 * lib/, so that a shared mistake is unlikely. */
#ifndef CAPARTNER_FUZZ_REFERENCE_H
#define CAPARTNER_FUZZ_REFERENCE_H

#include "capartner.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Aborts (libFuzzer saves the input) when an invariant does not hold. */
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            fuzz_fail(__FILE__, __LINE__, #condition);                                             \
    } while (0)

/* Prints the failed condition and the context (fuzz_set_context) and aborts. */
_Noreturn void fuzz_fail(const char *file, int line, const char *condition);
/* A description of the current step for fuzz_fail, printed escaped. */
void fuzz_set_context(const char *what, const char *bytes, size_t length);

/* True when the environment variable CAPARTNER_FUZZ_SKIP names `issue`
 * (a comma-separated list): lets a long fuzzing run go on past a known,
 * reported bug. The smoke tests never set it. */
bool fuzz_skip(const char *issue);

/* Every value of capartner_status. */
bool ref_status_known(capartner_status status);

/* Decodes one code point by Unicode's table of well-formed byte sequences
 * (Table 3-7): its length, or 0 when malformed or at the NUL. */
size_t ref_utf8_decode(const unsigned char *text, uint32_t *code_point);
bool ref_utf8_valid(const char *text);

/* Simple lower case of the Latin and Cyrillic letters the library folds
 * (ASCII, Latin-1, Latin Extended-A, Cyrillic and Cyrillic Supplement). */
uint32_t ref_lower(uint32_t code_point);
/* The opposite mapping, for making case variants of a key. */
uint32_t ref_upper(uint32_t code_point);

/* What the library folds a code point to: ref_lower, then Latin letters
 * without diacritics, apostrophe marks as ', white space as a space. */
uint32_t ref_fold_point(uint32_t code_point);
/* Folds valid UTF-8 into out (NUL-terminated) by ref_fold_point, dropping
 * combining marks after a Latin letter and the spaces around: the folded
 * length, or SIZE_MAX when the text is not valid UTF-8; *untrimmed (when
 * not NULL) the length before the spaces went. out needs strlen(text) + 1. */
size_t ref_fold(const char *text, char *out, size_t *untrimmed);
/* Rewrites text (valid UTF-8) with every letter upper-cased (upper=true) or
 * lower-cased, keeping its byte length; out needs strlen(text) + 1. */
void ref_change_case(const char *text, char *out, bool upper);

/* The status a lookup of `key` must give when the key is well-formed and
 * simply absent: EMPTY_KEY, KEY_TOO_LONG or INVALID_UTF8 in that order,
 * else CAPARTNER_OK (meaning "OK or NOT_FOUND"). */
capartner_status ref_key_status(const char *key);

/* Date validity, text parsing, bounds and order by the header's rules. */
bool ref_date_valid(capartner_date date);
/* CAPARTNER_OK, EMPTY_KEY, INVALID_UTF8 or INVALID_DATE, as documented. */
capartner_status ref_date_parse(const char *text, capartner_date *out);
/* Valid dates only. */
void ref_date_bounds(capartner_date date, int32_t *earliest, int32_t *latest);
int ref_date_compare(capartner_date a, capartner_date b);
/* yyyymmdd plus `days` (may be negative), on the proleptic calendar. */
int32_t ref_day_add(int32_t ymd, int days);

static inline int ref_sign(int value) {
    return (value > 0) - (value < 0);
}

#endif
