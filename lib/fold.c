/* UTF-8 validation and the case folding that makes lookups case-insensitive.
 * Shared by the library (folding a query) and tools/gen (folding the keys it
 * indexes), so both sides always agree. */
#include "internal.h"

#include <string.h>

/* Decodes one well-formed UTF-8 sequence (no overlongs, no surrogates, at
 * most U+10FFFF). Returns its length, or 0 when malformed. */
size_t capartner_utf8_decode(const char *text, uint32_t *code_point) {
    const unsigned char *s = (const unsigned char *)text;
    unsigned char lead = s[0];
    if (lead < 0x80) {
        *code_point = lead;
        return 1;
    }
    size_t length;
    uint32_t value, minimum;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, value = lead & 0x1Fu, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, value = lead & 0x0Fu, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, value = lead & 0x07u, minimum = 0x10000;
    } else {
        return 0;
    }
    for (size_t i = 1; i < length; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (s[i] & 0x3Fu);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    *code_point = value;
    return length;
}

static bool is_even(uint32_t c) {
    return (c & 1u) == 0;
}

/* Lower case for the Latin and Cyrillic letters the dataset's languages use.
 * Every mapping keeps the UTF-8 length or shortens it (U+0130 -> 'i').
 * Tested by range, Latin below U+0400 and Cyrillic from it, so that a
 * Cyrillic letter takes a handful of comparisons. */
uint32_t capartner_fold_code_point(uint32_t c) {
    if (c < 0x400) {
        if (c < 0xC0)
            return c - 'A' < 26u ? c + 0x20 : c;
        if (c <= 0xDE)
            return c == 0xD7 ? c : c + 0x20; /* Latin-1, except the multiplication sign */
        if (c < 0x100 || c > 0x17E)
            return c;
        if (c == 0x130)
            return 'i'; /* Turkish dotted capital I */
        if (c == 0x178)
            return 0xFF;
        if (c <= 0x12F || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return is_even(c) ? c + 1 : c;
        if ((c >= 0x139 && c <= 0x148) || c >= 0x179)
            return is_even(c) ? c : c + 1;
        return c;
    }
    if (c <= 0x40F)
        return c + 0x50;
    if (c <= 0x42F)
        return c + 0x20;
    if (c < 0x460 || c > 0x52F)
        return c;
    if (c <= 0x481 || (c >= 0x48A && c <= 0x4BF) || c >= 0x4D0)
        return is_even(c) ? c + 1 : c;
    if (c == 0x4C0)
        return 0x4CF; /* palochka */
    if (c >= 0x4C1 && c <= 0x4CE)
        return is_even(c) ? c : c + 1;
    return c;
}

size_t capartner_utf8_encode(uint32_t c, char *out) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* The lower case of U+0400 + i as UTF-8, for i in 0..127 (capartner_fold_code_point's
 * mapping, spelled out as constants so that folding a Cyrillic letter is a
 * table load): U+0400..040F -> U+0450..045F, U+0410..042F -> U+0430..044F,
 * U+0430..045F stay, U+0460..047F even -> odd. */
#define CYRILLIC_LOWER_CP(i)                                                                       \
    (0x400u + (i) + ((i) < 0x10 ? 0x50u : (i) < 0x30 ? 0x20u : (i) >= 0x60 ? (~(i)&1u) : 0u))
#define CYRILLIC_LOWER(i)                                                                          \
    {                                                                                              \
        (unsigned char)(0xC0u | CYRILLIC_LOWER_CP(i) >> 6),                                        \
            (unsigned char)(0x80u | (CYRILLIC_LOWER_CP(i) & 0x3Fu))                                \
    }
#define CYRILLIC_LOWER_4(i)                                                                        \
    CYRILLIC_LOWER(i), CYRILLIC_LOWER((i) + 1u), CYRILLIC_LOWER((i) + 2u), CYRILLIC_LOWER((i) + 3u)
#define CYRILLIC_LOWER_16(i)                                                                       \
    CYRILLIC_LOWER_4(i), CYRILLIC_LOWER_4((i) + 4u), CYRILLIC_LOWER_4((i) + 8u),                   \
        CYRILLIC_LOWER_4((i) + 12u)
static const unsigned char cyrillic_lower[128][2] = {
    CYRILLIC_LOWER_16(0u),  CYRILLIC_LOWER_16(16u), CYRILLIC_LOWER_16(32u),
    CYRILLIC_LOWER_16(48u), CYRILLIC_LOWER_16(64u), CYRILLIC_LOWER_16(80u),
    CYRILLIC_LOWER_16(96u), CYRILLIC_LOWER_16(112u)};

capartner_status capartner_fold_key(const char *text, char *out, size_t out_size,
                                    size_t *out_length) {
    if (out_length != NULL)
        *out_length = 0;
    if (out == NULL || out_size == 0)
        return CAPARTNER_ERR_KEY_TOO_LONG;
    out[0] = '\0';
    const unsigned char *cursor = (const unsigned char *)text;
    size_t length = 0;
    while (*cursor != '\0') {
        if (*cursor < 0x80) {
            /* the common case, a run of ASCII: no decoding needed */
            do {
                if (length + 1 >= out_size)
                    return CAPARTNER_ERR_KEY_TOO_LONG;
                unsigned char c = *cursor++;
                out[length++] = (char)((unsigned)(c - 'A') < 26u ? c + 0x20 : c);
            } while (*cursor != '\0' && *cursor < 0x80);
            continue;
        }
        unsigned char lead = cursor[0], next = cursor[1];
        if ((lead & 0xFEu) == 0xD0 && (next & 0xC0) == 0x80) {
            /* a run of U+0400..U+047F, the Russian alphabet and more: one
             * table load and one two-byte store a letter, no decoding and
             * no branch on the letter (mixed case would mispredict) */
            for (;;) {
                if (length + 2 >= out_size)
                    return CAPARTNER_ERR_KEY_TOO_LONG;
                memcpy(out + length, cyrillic_lower[(lead & 1u) << 6 | (next & 0x3Fu)], 2);
                length += 2;
                cursor += 2;
                lead = cursor[0];
                if ((lead & 0xFEu) != 0xD0)
                    break;
                next = cursor[1]; /* there: cursor[0] is not the NUL */
                if ((next & 0xC0) != 0x80)
                    break;
            }
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF && (next & 0xC0) == 0x80) {
            /* other two-byte characters (Latin-1, Latin Extended-A, more
             * Cyrillic): the lead byte range excludes overlong forms, so no
             * general decoding is needed; capartner_fold_code_point keeps them within two
             * bytes or shortens them to one (U+0130 -> 'i') */
            uint32_t lower =
                capartner_fold_code_point((uint32_t)(lead & 0x1Fu) << 6 | (next & 0x3Fu));
            size_t produced = lower < 0x80 ? 1 : 2;
            if (length + produced >= out_size)
                return CAPARTNER_ERR_KEY_TOO_LONG;
            if (produced == 1) {
                out[length++] = (char)lower;
            } else {
                out[length++] = (char)(0xC0 | (lower >> 6));
                out[length++] = (char)(0x80 | (lower & 0x3F));
            }
            cursor += 2;
            continue;
        }
        uint32_t code_point;
        size_t consumed = capartner_utf8_decode((const char *)cursor, &code_point);
        if (consumed == 0) {
            out[0] = '\0';
            return CAPARTNER_ERR_INVALID_UTF8;
        }
        char encoded[4];
        size_t produced = capartner_utf8_encode(capartner_fold_code_point(code_point), encoded);
        if (length + produced >= out_size)
            return CAPARTNER_ERR_KEY_TOO_LONG;
        for (size_t i = 0; i < produced; i++)
            out[length++] = encoded[i];
        cursor += consumed;
    }
    out[length] = '\0';
    if (out_length != NULL)
        *out_length = length;
    return CAPARTNER_OK;
}

bool capartner_utf8_valid(const char *text) {
    const unsigned char *cursor = (const unsigned char *)text;
    while (*cursor != '\0') {
        uint32_t code_point;
        size_t consumed = capartner_utf8_decode((const char *)cursor, &code_point);
        if (consumed == 0)
            return false;
        cursor += consumed;
    }
    return true;
}

/* The key hash. FNV-1a's single chain of one multiply per byte made hashing
 * the slowest step of a lookup by a long name (a Cyrillic name is 15-25
 * bytes): here byte i feeds lane i mod 4, so four chains of multiplies run
 * side by side, and a final avalanche spreads every bit into the low bits
 * that pick a slot. Bytes are read one at a time, so the value does not
 * depend on the host's byte order. */
uint32_t capartner_key_hash(const char *bytes, size_t length) {
    const unsigned char *p = (const unsigned char *)bytes;
    const uint64_t multiplier = 0x9E3779B97F4A7C15u;
    uint64_t a = 0x243F6A8885A308D3u, b = 0x13198A2E03707344u, c = 0xA4093822299F31D0u,
             d = 0x082EFA98EC4E6C89u;
    /* four bytes at a time, one to each lane (fewer instructions per byte) */
    size_t i = 0;
    for (; i + 4 <= length; i += 4) {
        a = (a ^ p[i]) * multiplier;
        b = (b ^ p[i + 1]) * multiplier;
        c = (c ^ p[i + 2]) * multiplier;
        d = (d ^ p[i + 3]) * multiplier;
    }
    /* the last 0..3 bytes: the lanes rotate, `next` continuing the chain of
     * four bytes ago, as if the whole key had been taken byte by byte this
     * way (four rotations are the identity, which the loop above skips) */
    for (; i < length; i++) {
        uint64_t next = (a ^ p[i]) * multiplier;
        a = b;
        b = c;
        c = d;
        d = next;
    }
    uint64_t hash =
        a ^ (b << 16 | b >> 48) ^ (c << 32 | c >> 32) ^ (d << 48 | d >> 16) ^ (uint64_t)length;
    hash ^= hash >> 32;
    hash *= 0xBF58476D1CE4E5B9u;
    hash ^= hash >> 29;
    return (uint32_t)hash;
}
