/* The buffered C writer. */
#include "out.h"

#include <string.h>

void out_init(struct out *out, FILE *stream) {
    out->stream = stream;
    out->failed = false;
    out->used = 0;
}

static void drain(struct out *out) {
    if (out->used > 0 && fwrite(out->buffer, 1, out->used, out->stream) != out->used)
        out->failed = true;
    out->used = 0;
}

/* Room for `bytes` more bytes (bytes <= the buffer size). */
static char *reserve(struct out *out, size_t bytes) {
    if (sizeof out->buffer - out->used < bytes)
        drain(out);
    return out->buffer + out->used;
}

void out_text(struct out *out, const char *text) {
    size_t length = strlen(text);
    while (length > 0) {
        size_t chunk = length < sizeof out->buffer ? length : sizeof out->buffer;
        memcpy(reserve(out, chunk), text, chunk);
        out->used += chunk;
        text += chunk;
        length -= chunk;
    }
}

void out_bytes(struct out *out, const void *bytes, size_t length) {
    const char *cursor = bytes;
    while (length > 0) {
        size_t chunk = length < sizeof out->buffer ? length : sizeof out->buffer;
        memcpy(reserve(out, chunk), cursor, chunk);
        out->used += chunk;
        cursor += chunk;
        length -= chunk;
    }
}

void out_char(struct out *out, char c) {
    *reserve(out, 1) = c;
    out->used++;
}

void out_u32(struct out *out, uint32_t value) {
    char digits[10];
    size_t count = 0;
    do {
        digits[count++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    char *at = reserve(out, count);
    for (size_t i = 0; i < count; i++)
        at[i] = digits[count - 1 - i];
    out->used += count;
}

void out_i32(struct out *out, int32_t value) {
    if (value < 0) {
        /* never INT32_MIN here; dates are non-negative, but stay general */
        out_char(out, '-');
        out_u32(out, (uint32_t)(-(int64_t)value));
        return;
    }
    out_u32(out, (uint32_t)value);
}

static void literal_body(struct out *out, const char *text, size_t length) {
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c == '?') {
            char *at = reserve(out, 4);
            at[0] = '\\';
            at[1] = (char)('0' + (c >> 6));
            at[2] = (char)('0' + ((c >> 3) & 7));
            at[3] = (char)('0' + (c & 7));
            out->used += 4;
        } else {
            out_char(out, (char)c);
        }
    }
}

void out_literal(struct out *out, const char *text, size_t length) {
    out_char(out, '"');
    literal_body(out, text, length);
    out_char(out, '"');
}

void out_literal_nul(struct out *out, const char *text, size_t length) {
    out_char(out, '"');
    literal_body(out, text, length);
    out_text(out, "\\000\"");
}

bool out_flush(struct out *out) {
    drain(out);
    if (fflush(out->stream) != 0)
        out->failed = true;
    return !out->failed;
}
