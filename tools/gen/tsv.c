/* TSV reading: lines, comments, the header and field splitting. */
#include "tsv.h"

#include "diag.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *tsv_read_file(size_t file, const char *path, size_t *size) {
    *size = 0;
    FILE *stream = fopen(path, "rb");
    if (stream == NULL) {
        diag_error(file, 0, "(file)", "cannot open: %s", strerror(errno));
        return NULL;
    }
    /* the size is a hint: the loop below reads whatever is there */
    size_t capacity = 1 << 16;
    if (fseek(stream, 0, SEEK_END) == 0) {
        long end = ftell(stream);
        if (end > 0 && (unsigned long)end < SIZE_MAX - 2)
            capacity = (size_t)end + 2;
        rewind(stream);
    }
    size_t length = 0;
    char *data = xmalloc(capacity);
    for (;;) {
        if (capacity - length < 2) {
            capacity = xmul(capacity, 2);
            data = xrealloc(data, capacity);
        }
        size_t got = fread(data + length, 1, capacity - length - 1, stream);
        length += got;
        if (got == 0)
            break;
    }
    bool failed = ferror(stream) != 0;
    fclose(stream);
    if (failed) {
        diag_error(file, 0, "(file)", "cannot read");
        free(data);
        return NULL;
    }
    data[length] = '\0';
    *size = length;
    return data;
}

size_t tsv_line_count(const char *data, size_t size) {
    size_t count = 1;
    const char *end = data + size;
    for (const char *at = data; (at = memchr(at, '\n', (size_t)(end - at))) != NULL; at++)
        count++;
    return count;
}

/* Takes the next line off the buffer: returns it NUL-terminated (without
 * its LF) with its length and number, or NULL at the end. */
static char *next_line(struct tsv_reader *reader, size_t *length, uint32_t *number) {
    if (reader->cursor >= reader->end)
        return NULL;
    char *line = reader->cursor;
    char *newline = memchr(line, '\n', (size_t)(reader->end - line));
    char *stop = newline != NULL ? newline : reader->end;
    /* the line and its end are about to be written (the wait stops at the
     * buffer's end: the NUL after it is no part of the digest) */
    if (stop >= reader->writable && reader->guard != NULL)
        reader->writable = reader->data + reader->guard->wait(reader->guard->context,
                                                              (size_t)(stop - reader->data) + 1);
    *stop = '\0';
    *length = (size_t)(stop - line);
    *number = reader->next_line++;
    reader->cursor = newline != NULL ? newline + 1 : reader->end;
    return line;
}

/* Reports lines that no field can contain (CR, NUL). */
static bool line_is_clean(const struct tsv_reader *reader, const char *line, size_t length,
                          uint32_t number) {
    if (memchr(line, '\r', length) != NULL) {
        diag_error(reader->file, number, "(line)", "carriage return (CR): use LF line endings");
        return false;
    }
    if (strlen(line) != length) {
        diag_error(reader->file, number, "(line)", "NUL byte in the line");
        return false;
    }
    return true;
}

/* Splits at tabs; returns the number of fields (at most max + 1: the
 * caller only needs to know there were too many). */
static size_t split(char *line, char **fields, size_t max) {
    size_t count = 0;
    char *field = line;
    for (;;) {
        char *tab = strchr(field, '\t');
        if (count < max)
            fields[count] = field;
        count++;
        if (tab == NULL)
            break;
        *tab = '\0';
        field = tab + 1;
    }
    return count;
}

bool tsv_begin(struct tsv_reader *reader, size_t file, char *data, size_t size,
               const char *const *columns, size_t column_count, const struct tsv_guard *guard) {
    memset(reader, 0, sizeof *reader);
    reader->file = file;
    reader->data = data;
    reader->cursor = data;
    reader->end = data + size;
    reader->guard = guard;
    reader->writable = data;
    reader->next_line = 1;
    reader->columns = columns;
    reader->column_count = column_count;

    size_t length;
    uint32_t number;
    char *line;
    while ((line = next_line(reader, &length, &number)) != NULL && (length == 0 || line[0] == '#'))
        continue;
    if (line == NULL) {
        diag_error(file, 1, "(header)", "no header line");
        return false;
    }
    if (!line_is_clean(reader, line, length, number))
        return false;
    char *names[TSV_MAX_COLUMNS + 1];
    size_t count = split(line, names, TSV_MAX_COLUMNS + 1);
    for (size_t i = 0; i < column_count; i++) {
        if (i >= count) {
            diag_error(file, number, columns[i], "header lacks column %lu \"%s\"",
                       (unsigned long)(i + 1), columns[i]);
            return false;
        }
        if (strcmp(names[i], columns[i]) != 0) {
            diag_error(file, number, columns[i], "header column %lu is \"%s\", expected \"%s\"",
                       (unsigned long)(i + 1), names[i], columns[i]);
            return false;
        }
    }
    if (count > column_count) {
        diag_error(file, number, "(header)", "header has %lu columns, expected %lu",
                   (unsigned long)count, (unsigned long)column_count);
        return false;
    }
    return true;
}

bool tsv_next(struct tsv_reader *reader) {
    size_t length;
    uint32_t number;
    char *line;
    while ((line = next_line(reader, &length, &number)) != NULL) {
        if (length == 0 || line[0] == '#')
            continue;
        if (!line_is_clean(reader, line, length, number))
            continue;
        size_t count = split(line, reader->fields, TSV_MAX_COLUMNS);
        if (count != reader->column_count) {
            diag_error(reader->file, number, "(line)", "%lu fields, expected %lu",
                       (unsigned long)count, (unsigned long)reader->column_count);
            continue;
        }
        reader->line = number;
        return true;
    }
    return false;
}
