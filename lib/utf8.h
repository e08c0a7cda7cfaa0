/* UTF-8 decoding and the case folding behind every case-insensitive key.
 * Private, but compiled into the library, the data compiler and the CLI
 * (lib/fold.c) so that all three fold text the same way. */
#ifndef CAPARTNER_UTF8_H
#define CAPARTNER_UTF8_H

#include "capartner.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one well-formed UTF-8 sequence (no overlongs, no surrogates, at
 * most U+10FFFF). Returns its length, or 0 when malformed; stops at NUL. */
size_t capartner_utf8_decode(const char *text, uint32_t *code_point);
/* Encodes a code point; returns 1..4 bytes written. */
size_t capartner_utf8_encode(uint32_t code_point, char *out);
/* Validates UTF-8 of a NUL-terminated string. */
bool capartner_utf8_valid(const char *text);

/* Lower case for the Latin and Cyrillic letters of the dataset's languages,
 * Latin letters without diacritics (Ü -> u, ı -> i), the apostrophe marks
 * (ʻ ʼ ‘ ’ ` ´ ′) as ', white space as a space; other code points are
 * returned unchanged. A folded character's UTF-8 form is never longer than
 * the original's. */
uint32_t capartner_fold_code_point(uint32_t code_point);

/* Checks UTF-8 and writes the folded form into out, NUL-terminated: each
 * code point by capartner_fold_code_point, combining marks after a Latin
 * letter dropped (a decomposed Ü), spaces around the text trimmed.
 * Returns OK, INVALID_UTF8, or KEY_TOO_LONG when the folded form, before
 * trimming, needs more than out_size - 1 bytes. */
capartner_status capartner_fold_key(const char *text, char *out, size_t out_size,
                                    size_t *out_length);
/* The 32-bit hash of the key indexes. */
uint32_t capartner_key_hash(const char *bytes, size_t length);
/* A key of 1..8 bytes as a number, for a key slot: `padded` is 8 bytes, the
 * key's then zeros. Byte i is bits 8i..8i+7 on every host (compilers make
 * the loop one load where that is the host's order). */
static inline uint64_t capartner_inline_key(const char padded[8]) {
    const unsigned char *bytes = (const unsigned char *)padded;
    uint64_t key = 0;
    for (unsigned i = 0; i < 8; i++)
        key |= (uint64_t)bytes[i] << (8 * i);
    return key;
}

#endif
