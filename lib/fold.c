/* UTF-8 validation and the folding that makes lookups forgiving: case, Latin
 * diacritics, apostrophe marks and surrounding spaces.
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

/* The base letter of each Latin letter with diacritics, from Unicode's
 * canonical decompositions (its first code point, lower case), plus the
 * letters written with a stroke or without a dot that have none (ı ø đ ł ħ
 * ŧ ŀ): `Türkmenistan` and `Qırğızstan` are typed without them. '-' keeps
 * the letter (Æ ß Ð Þ …). U+00C0..U+024F, then U+1E00..U+1EFF. */
static const char latin_base[] =
    "aaaaaa-ceeeeiiii-nooooo-ouuuuy--aaaaaa-ceeeeiiii-nooooo-ouuuuy-y" /* U+00C0 */
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii--jjkk-lllllll" /* U+0100 */
    "lllnnnnnn---oooooo--rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz-" /* U+0140 */
    "--------------------------------oo-------------uu---------------" /* U+0180 */
    "-------------aaiioouuuuuuuuuu-aaaa----ggkkoooo--j---gg--nnaa--oo" /* U+01C0 */
    "aaaaeeeeiiiioooorrrruuuusstt--hh------aaeeooooooooyy------------" /* U+0200 */
    "----------------";                                                /* U+0240 */
static const char latin_additional_base[] =
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"  /* U+1E00 */
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"  /* U+1E40 */
    "wwwwwwwwwwxxxxyyzzzzzzhtwy------aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"  /* U+1E80 */
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy------"; /* U+1EC0 */

/* Whether a code point is one of the marks written for an apostrophe (the
 * Uzbek oʻ and gʻ, the Turkmen and Kazakh transliterations): all fold to
 * ASCII '. */
static bool is_apostrophe(uint32_t c) {
    return c == '`' || c == 0xB4 || c == 0x2B9 || c == 0x2BB || c == 0x2BC || c == 0x2BE ||
           c == 0x2BF || c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032;
}

/* ASCII folded: letters to lower case, tab and the other white space to a
 * space, the backquote to an apostrophe. */
#define ASCII_FOLD(c)                                                                              \
    ((c)-0x41u < 26u ? (c) + 0x20u : (c) == 0x60u ? 0x27u : (c)-9u < 5u ? 0x20u : (c))
#define ASCII_FOLD_4(c)                                                                            \
    ASCII_FOLD(c), ASCII_FOLD((c) + 1u), ASCII_FOLD((c) + 2u), ASCII_FOLD((c) + 3u)
#define ASCII_FOLD_16(c)                                                                           \
    ASCII_FOLD_4(c), ASCII_FOLD_4((c) + 4u), ASCII_FOLD_4((c) + 8u), ASCII_FOLD_4((c) + 12u)
static const unsigned char ascii_fold[128] = {
    ASCII_FOLD_16(0u),  ASCII_FOLD_16(16u), ASCII_FOLD_16(32u), ASCII_FOLD_16(48u),
    ASCII_FOLD_16(64u), ASCII_FOLD_16(80u), ASCII_FOLD_16(96u), ASCII_FOLD_16(112u)};

/* Lower case for the Latin and Cyrillic letters the dataset's languages use,
 * Latin letters without their diacritics, apostrophe marks as ', the
 * no-break space as a space. Every mapping keeps the UTF-8 length or
 * shortens it (U+0130 -> 'i', U+2019 -> '). Tested by range, Latin below
 * U+0400 and Cyrillic from it, so that a Cyrillic letter takes a handful of
 * comparisons. */
uint32_t capartner_fold_code_point(uint32_t c) {
    if (c < 0x400) {
        if (c < 0x80)
            return ascii_fold[c];
        if (c < 0xC0)
            return c == 0xA0 ? ' ' : c == 0xB4 ? '\'' : c;
        if (c < 0x250 && latin_base[c - 0xC0] != '-')
            return (unsigned char)latin_base[c - 0xC0];
        if (c <= 0xDE)
            return c == 0xD7 ? c : c + 0x20; /* Latin-1, except the multiplication sign */
        if (is_apostrophe(c))
            return '\'';
        if (c < 0x100 || c > 0x17E)
            return c;
        if ((c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177) || c <= 0x12F)
            return is_even(c) ? c + 1 : c;
        if ((c >= 0x139 && c <= 0x148) || c >= 0x179)
            return is_even(c) ? c : c + 1;
        return c;
    }
    if (c <= 0x40F)
        return c + 0x50;
    if (c <= 0x42F)
        return c + 0x20;
    if (c < 0x460)
        return c;
    if (c > 0x52F) {
        if (c >= 0x1E00 && c <= 0x1EFF && latin_additional_base[c - 0x1E00] != '-')
            return (unsigned char)latin_additional_base[c - 0x1E00];
        return is_apostrophe(c) ? '\'' : c;
    }
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

/* A combining diacritical mark (U+0300..U+036F) right after a Latin letter:
 * the decomposed form of a letter with diacritics, which folds to the bare
 * letter. Marks after other letters stay. */
static bool is_mark_after_latin(uint32_t code_point, const char *out, size_t length) {
    if (code_point < 0x300 || code_point > 0x36F || length == 0)
        return false;
    unsigned char last = (unsigned char)out[length - 1];
    return (unsigned)(last - 'a') < 26u;
}

/* Drops the spaces around the folded text (a name pasted with its
 * surroundings) and ends it with zeros over what it drops: a short key is
 * read as 8 bytes. Returns the new length. */
static size_t trim_spaces(char *out, size_t length) {
    size_t end = length;
    while (end > 0 && out[end - 1] == ' ')
        end--;
    size_t start = 0;
    while (start < end && out[start] == ' ')
        start++;
    if (start > 0)
        memmove(out, out + start, end - start);
    memset(out + (end - start), 0, length - (end - start) + 1);
    return end - start;
}

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
                out[length++] = (char)ascii_fold[*cursor++];
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
            /* other two-byte characters (Latin-1, Latin Extended-A and -B,
             * combining marks, more Cyrillic): the lead byte range excludes
             * overlong forms, so no general decoding is needed;
             * capartner_fold_code_point keeps them within two bytes or
             * shortens them to one (U+0130 -> 'i', U+00E9 -> 'e') */
            uint32_t code_point = (uint32_t)(lead & 0x1Fu) << 6 | (next & 0x3Fu);
            cursor += 2;
            if (is_mark_after_latin(code_point, out, length))
                continue;
            uint32_t lower = capartner_fold_code_point(code_point);
            size_t produced = lower < 0x80 ? 1 : 2;
            if (length + produced >= out_size)
                return CAPARTNER_ERR_KEY_TOO_LONG;
            if (produced == 1) {
                out[length++] = (char)lower;
            } else {
                out[length++] = (char)(0xC0 | (lower >> 6));
                out[length++] = (char)(0x80 | (lower & 0x3F));
            }
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
    /* rare: tested first so that a plain key pays two compares */
    if (length > 0 && (out[0] == ' ' || out[length - 1] == ' '))
        length = trim_spaces(out, length);
    else
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
