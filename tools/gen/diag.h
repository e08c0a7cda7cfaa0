/* Error messages of the data compiler: "FILE:LINE: COLUMN: message" on
 * stderr, at most DIAG_MAX_PER_FILE shown per file (all are counted). */
#ifndef GEN_DIAG_H
#define GEN_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

enum { DIAG_MAX_FILES = 16, DIAG_MAX_PER_FILE = 50 };

#if defined(__GNUC__)
#define DIAG_PRINTF(format_index, first_arg)                                                       \
    __attribute__((format(printf, format_index, first_arg)))
#else
#define DIAG_PRINTF(format_index, first_arg)
#endif

/* Names file number `file` (0 .. DIAG_MAX_FILES-1) in messages. */
void diag_set_path(size_t file, const char *path);
const char *diag_path(size_t file);
/* One error at line `line` (1-based; 0 for the file as a whole) in `column`. */
void diag_error(size_t file, uint32_t line, const char *column, const char *format, ...)
    DIAG_PRINTF(4, 5);
void diag_verror(size_t file, uint32_t line, const char *column, const char *format,
                 va_list arguments) DIAG_PRINTF(4, 0);
/* An error not tied to a data file (command line, output). */
void diag_fatal(const char *format, ...) DIAG_PRINTF(1, 2);
size_t diag_error_count(void);
/* Prints how many errors were not shown, per file. */
void diag_summary(void);

#endif
