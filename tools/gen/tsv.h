/* Reading the TSV files: the whole file into memory, then one row at a
 * time, split in place into NUL-terminated fields. Comment lines (`#`) and
 * empty lines are skipped; the header must be exactly the expected columns. */
#ifndef GEN_TSV_H
#define GEN_TSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { TSV_MAX_COLUMNS = 16 };

/* Reads a file into a NUL-terminated buffer (free() it). Reports an error
 * against diag file `file` and returns NULL when it cannot. */
char *tsv_read_file(size_t file, const char *path, size_t *size);

/* The number of lines in data (an upper bound of the rows), for sizing. */
size_t tsv_line_count(const char *data, size_t size);

/* Holds back writes into the buffer while another thread still reads it
 * (digest.h): wait(context, offset) returns once the first `offset` bytes may
 * be overwritten, with how many may. */
struct tsv_guard {
    size_t (*wait)(void *context, size_t offset);
    void *context;
};

struct tsv_reader {
    size_t file; /* for diag */
    char *data, *cursor, *end;
    char *writable; /* with a guard: bytes before it may be split */
    const struct tsv_guard *guard;
    uint32_t next_line; /* number of the line at cursor */
    const char *const *columns;
    size_t column_count;
    uint32_t line;                 /* the current row's line number */
    char *fields[TSV_MAX_COLUMNS]; /* the current row's fields */
};

/* Starts reading data[0, size) and checks the header. Returns false (after
 * reporting) when the header is missing or wrong: the rows are then unread.
 * guard may be NULL. */
bool tsv_begin(struct tsv_reader *reader, size_t file, char *data, size_t size,
               const char *const *columns, size_t column_count, const struct tsv_guard *guard);
/* Moves to the next well-formed row; malformed lines are reported and
 * skipped. Returns false at the end. */
bool tsv_next(struct tsv_reader *reader);

#endif
