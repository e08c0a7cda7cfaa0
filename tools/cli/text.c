/* UTF-8 text: validation, case folding, display width, quoting for messages. */
#include "text.h"

#include "cli.h"

#include <string.h>

bool utf8_valid(const char *text, size_t *bad_offset) {
    size_t offset = 0;
    while (text[offset] != '\0') {
        uint32_t code_point;
        size_t length = capartner_utf8_decode(text + offset, &code_point);
        if (length == 0) {
            if (bad_offset != NULL)
                *bad_offset = offset;
            return false;
        }
        offset += length;
    }
    return true;
}

char *text_fold(const char *text) {
    size_t length = strlen(text);
    /* folding never lengthens a character's encoding */
    char *out = xmalloc(length + 1);
    size_t in = 0, produced = 0;
    while (text[in] != '\0') {
        uint32_t code_point;
        size_t consumed = capartner_utf8_decode(text + in, &code_point);
        if (consumed == 0) {
            out[produced++] = text[in++];
            continue;
        }
        char encoded[4];
        size_t written = capartner_utf8_encode(capartner_fold_code_point(code_point), encoded);
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
        size_t consumed = capartner_utf8_decode(text + in, &code_point);
        if (consumed == 0) {
            code_point = 0xFFFD;
            consumed = 1;
        }
        points[n++] = fold ? capartner_fold_code_point(code_point) : code_point;
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
        size_t consumed = capartner_utf8_decode(text + in, &code_point);
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
        size_t consumed = capartner_utf8_decode(text + in, &code_point);
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
