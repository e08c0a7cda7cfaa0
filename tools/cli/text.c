/* UTF-8 text: validation, case folding, display width, quoting for messages. */
#include "text.h"

#include "cli.h"

#include <string.h>

size_t utf8_decode(const char *text, uint32_t *code_point) {
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
        if ((s[i] & 0xC0) != 0x80) /* also stops at the terminating NUL */
            return 0;
        value = (value << 6) | (s[i] & 0x3Fu);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    *code_point = value;
    return length;
}

size_t utf8_encode(uint32_t c, char *out) {
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

bool utf8_valid(const char *text, size_t *bad_offset) {
    size_t offset = 0;
    while (text[offset] != '\0') {
        uint32_t code_point;
        size_t length = utf8_decode(text + offset, &code_point);
        if (length == 0) {
            if (bad_offset != NULL)
                *bad_offset = offset;
            return false;
        }
        offset += length;
    }
    return true;
}

static bool is_even(uint32_t c) {
    return (c & 1u) == 0;
}

uint32_t fold_code_point(uint32_t c) {
    if (c >= 'A' && c <= 'Z')
        return c + 0x20;
    if (c < 0xC0)
        return c;
    if (c <= 0xDE)
        return c == 0xD7 ? c : c + 0x20; /* Latin-1, except the multiplication sign */
    if (c == 0x130)
        return 'i';
    if (c == 0x178)
        return 0xFF;
    if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return is_even(c) ? c + 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return is_even(c) ? c : c + 1;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
        return is_even(c) ? c + 1 : c;
    if (c == 0x4C0)
        return 0x4CF;
    if (c >= 0x4C1 && c <= 0x4CE)
        return is_even(c) ? c : c + 1;
    return c;
}

char *text_fold(const char *text) {
    size_t length = strlen(text);
    /* folding never lengthens a character's encoding */
    char *out = xmalloc(length + 1);
    size_t in = 0, produced = 0;
    while (text[in] != '\0') {
        uint32_t code_point;
        size_t consumed = utf8_decode(text + in, &code_point);
        if (consumed == 0) {
            out[produced++] = text[in++];
            continue;
        }
        char encoded[4];
        size_t written = utf8_encode(fold_code_point(code_point), encoded);
        if (written > consumed) { /* cannot happen with the table above */
            memcpy(out + produced, text + in, consumed);
            produced += consumed;
        } else {
            memcpy(out + produced, encoded, written);
            produced += written;
        }
        in += consumed;
    }
    out[produced] = '\0';
    return out;
}

uint32_t *text_code_points(const char *text, bool fold, size_t *count) {
    size_t length = strlen(text);
    uint32_t *points = xmalloc((length + 1) * sizeof *points);
    size_t n = 0, in = 0;
    while (text[in] != '\0') {
        uint32_t code_point;
        size_t consumed = utf8_decode(text + in, &code_point);
        if (consumed == 0) {
            code_point = 0xFFFD;
            consumed = 1;
        }
        points[n++] = fold ? fold_code_point(code_point) : code_point;
        in += consumed;
    }
    *count = n;
    return points;
}

int code_point_width(uint32_t c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 0;
    if ((c >= 0x300 && c <= 0x36F) || (c >= 0x483 && c <= 0x489) || (c >= 0x200B && c <= 0x200F) ||
        (c >= 0xFE00 && c <= 0xFE0F))
        return 0; /* combining marks, zero-width spaces, variation selectors */
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
        (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

size_t text_width_bytes(const char *text, size_t bytes) {
    size_t width = 0, in = 0;
    while (in < bytes && text[in] != '\0') {
        uint32_t code_point;
        size_t consumed = utf8_decode(text + in, &code_point);
        if (consumed == 0) {
            width++;
            in++;
            continue;
        }
        width += (size_t)code_point_width(code_point);
        in += consumed;
    }
    return width;
}

size_t text_width(const char *text) {
    return text_width_bytes(text, strlen(text));
}

char *text_printable(const char *text) {
    size_t length = strlen(text);
    char *out = xmalloc(length * 4 + 1);
    size_t in = 0, produced = 0;
    static const char hex[] = "0123456789abcdef";
    while (text[in] != '\0') {
        uint32_t code_point;
        size_t consumed = utf8_decode(text + in, &code_point);
        if (consumed == 0 || code_point < 0x20 || code_point == 0x7F) {
            unsigned char byte = (unsigned char)text[in];
            out[produced++] = '\\';
            out[produced++] = 'x';
            out[produced++] = hex[byte >> 4];
            out[produced++] = hex[byte & 15];
            in++;
            continue;
        }
        memcpy(out + produced, text + in, consumed);
        produced += consumed;
        in += consumed;
    }
    out[produced] = '\0';
    return out;
}

bool text_contains(const char *haystack, const char *needle) {
    return strstr(haystack, needle) != NULL;
}
