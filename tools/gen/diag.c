/* Error reporting with a per-file cap. */
#include "diag.h"

#include <stdio.h>

static const char *paths[DIAG_MAX_FILES];
static size_t counts[DIAG_MAX_FILES];
static size_t total;

void diag_set_path(size_t file, const char *path) {
    if (file < DIAG_MAX_FILES)
        paths[file] = path;
}

const char *diag_path(size_t file) {
    return file < DIAG_MAX_FILES && paths[file] != NULL ? paths[file] : "?";
}

void diag_verror(size_t file, uint32_t line, const char *column, const char *format,
                 va_list arguments) {
    total++;
    if (file >= DIAG_MAX_FILES)
        file = DIAG_MAX_FILES - 1;
    if (++counts[file] > DIAG_MAX_PER_FILE)
        return;
    fprintf(stderr, "%s:%lu: %s: ", diag_path(file), (unsigned long)line, column);
    vfprintf(stderr, format, arguments);
    fputc('\n', stderr);
}

void diag_error(size_t file, uint32_t line, const char *column, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    diag_verror(file, line, column, format, arguments);
    va_end(arguments);
}

void diag_fatal(const char *format, ...) {
    total++;
    fputs("capartner-gen: ", stderr);
    va_list arguments;
    va_start(arguments, format);
    vfprintf(stderr, format, arguments);
    va_end(arguments);
    fputc('\n', stderr);
}

size_t diag_error_count(void) {
    return total;
}

void diag_summary(void) {
    for (size_t file = 0; file < DIAG_MAX_FILES; file++)
        if (counts[file] > DIAG_MAX_PER_FILE)
            fprintf(stderr, "%s: %lu more errors not shown\n", diag_path(file),
                    (unsigned long)(counts[file] - DIAG_MAX_PER_FILE));
}
