/* UTF-8 text: validation, case folding, display width, quoting for messages. */
#ifndef CAPARTNER_CLI_TEXT_H
#define CAPARTNER_CLI_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decoding and case folding come from the library's own (lib/fold.c). */
#include "utf8.h"

/* True when text is valid UTF-8; otherwise *bad_offset is the first bad byte. */
bool utf8_valid(const char *text, size_t *bad_offset);

/* A freshly allocated case-folded copy; invalid bytes are copied as they are. */
char *text_fold(const char *text);
/* Code points of text (folded when fold is true); *count set; caller frees. */
uint32_t *text_code_points(const char *text, bool fold, size_t *count);

/* Columns a string takes on a terminal: one per code point, none for
 * combining marks and controls, two for wide East Asian characters. */
size_t text_width(const char *text);
size_t text_width_bytes(const char *text, size_t bytes);
/* Width of one code point (0, 1 or 2). */
int code_point_width(uint32_t code_point);

/* A copy safe to print in a message: control characters and invalid bytes
 * become \xHH. Caller frees. */
char *text_printable(const char *text);

/* True when haystack contains needle; both already folded. */
bool text_contains(const char *haystack, const char *needle);

#endif
