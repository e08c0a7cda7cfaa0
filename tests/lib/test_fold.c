/* lib/fold.c's fast paths against its own definition: capartner_fold_key
 * takes runs of ASCII, runs of Cyrillic (U+0400..U+047F, by table) and other
 * two-byte characters without the general decode, fold and encode; for
 * every code point, alone and between others, it must give exactly what
 * the general path gives (capartner_fold_code_point, re-encoded), and the
 * same statuses for malformed and overlong input. */
#include "utf8.h"

#include <stdio.h>
#include <string.h>

static int failures;

static void fail(const char *what, const char *input) {
    if (++failures <= 20) {
        fprintf(stderr, "FAIL %s:", what);
        for (const unsigned char *p = (const unsigned char *)input; *p; p++)
            fprintf(stderr, " %02X", *p);
        fputc('\n', stderr);
    }
}

/* `input` folds to `expected` with a roomy buffer, and to KEY_TOO_LONG with
 * one byte too few for it. */
static void expect_fold(const char *input, const char *expected) {
    char out[64];
    size_t length = 99;
    if (capartner_fold_key(input, out, sizeof out, &length) != CAPARTNER_OK ||
        length != strlen(expected) || strcmp(out, expected) != 0) {
        fail("fold", input);
        return;
    }
    if (capartner_fold_key(input, out, length, &length) != CAPARTNER_ERR_KEY_TOO_LONG ||
        length != 0)
        fail("one byte short", input);
}

static void expect_status(const char *input, capartner_status expected) {
    char out[64];
    size_t length = 99;
    if (capartner_fold_key(input, out, sizeof out, &length) != expected || length != 0)
        fail("status", input);
}

int main(void) {
    size_t checked = 0;
    for (uint32_t c = 1; c <= 0x10FFFF; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        char one[5] = {0}, lower[5] = {0};
        capartner_utf8_encode(c, one);
        capartner_utf8_encode(capartner_fold_code_point(c), lower);
        expect_fold(one, lower);
        /* inside runs of each fast path: ASCII, Cyrillic, Latin-1 */
        char input[64], expected[64];
        snprintf(input, sizeof input, "Q%s%sЖé%s", one, one, one);
        snprintf(expected, sizeof expected, "q%s%sжé%s", lower, lower, lower);
        expect_fold(input, expected);
        checked += 2;
    }
    /* malformed: a lead byte without its continuation, at the end or
     * before ASCII; a lone continuation; an overlong form; a surrogate */
    static const char *const malformed[] = {"\xD0",     "\xD1",         "\xD0\x41",
                                            "Ж\xD1",    "\x80",         "Ж\x80",
                                            "\xC0\xAF", "\xED\xA0\x80", "\xF5\x80\x80\x80"};
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++)
        expect_status(malformed[i], CAPARTNER_ERR_INVALID_UTF8);
    if (failures != 0) {
        fprintf(stderr, "%d failures in %zu strings\n", failures, checked);
        return 1;
    }
    printf("folding: %zu strings, fast paths agree with capartner_fold_code_point\n", checked);
    return 0;
}
