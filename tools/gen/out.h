/* Buffered output of C source text: integers, plain text and escaped
 * string literals, without printf on the hot paths. */
#ifndef GEN_OUT_H
#define GEN_OUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum { OUT_BUFFER_BYTES = 1 << 18 };

struct out_writer;

/* Full buffers go to a writer thread where there is one: the kernel's copy
 * into the page cache (a tenth of the compiler's time at 10^6 events) then
 * runs beside the work that fills the next buffer. */
struct out {
    FILE *stream;
    bool failed; /* a write failed (the writer's failures are in `writer`) */
    size_t used;
    char *buffer;              /* being filled, OUT_BUFFER_BYTES */
    struct out_writer *writer; /* NULL: writes in the caller's thread */
};

void out_init(struct out *out, FILE *stream);
void out_text(struct out *out, const char *text);
void out_char(struct out *out, char c);
void out_u32(struct out *out, uint32_t value);
void out_i32(struct out *out, int32_t value);
/* A C string literal of length bytes of text, i.e. "text". Bytes a C
 * compiler could misread are written as three-digit octal escapes: ", \, ?
 * (trigraphs), and any byte below 0x20 or 0x7f; never \x, which would
 * swallow following hex digits. out_literal_nul adds an explicit NUL byte
 * ("text\000") for strings concatenated into one array. */
void out_literal(struct out *out, const char *text, size_t length);
void out_literal_nul(struct out *out, const char *text, size_t length);
/* length raw bytes (the binary form of the tables). */
void out_bytes(struct out *out, const void *bytes, size_t length);
/* Writes what is buffered and ends the writer: the out cannot be used
 * again. False when anything failed. */
bool out_flush(struct out *out);

#endif
