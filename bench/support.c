/* capartner-bench: errors, folding, mixed-case keys, a string map, TSV reading. */
#define _POSIX_C_SOURCE 200809L

#include "bench.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *const impl_names[IMPL_COUNT] = {"capartner", "sqlite", "linear"};

void die(const char *format, ...) {
    va_list args;
    va_start(args, format);
    fputs("capartner-bench: ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    exit(1);
}

/* xmalloc and the like come from tools/common/xalloc.c; this is their
 * message. */
_Noreturn void out_of_memory(void) {
    die("out of memory");
}

char *xstrdup(const char *text) {
    size_t length = strlen(text) + 1;
    char *copy = xmalloc(length);
    memcpy(copy, text, length);
    return copy;
}

double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int compare_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Folds with the library's own folding; dies on text it refuses. */
size_t fold(const char *text, char out[KEY_BYTES]) {
    size_t length;
    if (capartner_fold_key(text, out, KEY_BYTES, &length) != CAPARTNER_OK)
        die("cannot fold \"%s\"", text);
    return length;
}

/* Folded text as a new string. */
char *fold_dup(const char *text) {
    char folded[KEY_BYTES];
    fold(text, folded);
    return xstrdup(folded);
}

/* Upper case of the lower-case letters the data uses (ASCII, Latin-1,
 * basic Cyrillic), for making mixed-case keys. */
static uint32_t upper_case(uint32_t c) {
    if (c >= 'a' && c <= 'z')
        return c - 0x20;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
        return c - 0x20;
    if (c >= 0x430 && c <= 0x44F)
        return c - 0x20;
    if (c >= 0x450 && c <= 0x45F)
        return c - 0x50;
    return c;
}

/* "kazakhstan" -> "KaZaKhStAn": every other letter upper case, in any
 * script; the result is a key a user might type and the library must fold. */
char *mixed_case(const char *text) {
    char folded[KEY_BYTES];
    size_t length = fold(text, folded);
    char *out = xmalloc(length + 1);
    size_t o = 0;
    bool upper = true;
    for (size_t i = 0; i < length;) {
        unsigned char lead = (unsigned char)folded[i];
        uint32_t c;
        size_t n;
        if (lead < 0x80) {
            c = lead, n = 1;
        } else if ((lead & 0xE0) == 0xC0) {
            c = (uint32_t)(lead & 0x1F) << 6 | ((unsigned char)folded[i + 1] & 0x3Fu), n = 2;
        } else {
            /* 3- and 4-byte characters: copied as they are */
            n = (lead & 0xF0) == 0xE0 ? 3 : 4;
            memcpy(out + o, folded + i, n);
            o += n, i += n;
            continue;
        }
        uint32_t u = upper ? upper_case(c) : c;
        upper = !upper;
        if (u < 0x80) {
            out[o++] = (char)u;
        } else {
            out[o++] = (char)(0xC0 | (u >> 6));
            out[o++] = (char)(0x80 | (u & 0x3F));
        }
        i += n;
    }
    out[o] = '\0';
    return out;
}

/* ---------------------------------------------------- a string -> index map */

static uint64_t hash_text(const char *text) {
    uint64_t h = 1469598103934665603u;
    for (; *text != '\0'; text++)
        h = (h ^ (unsigned char)*text) * 1099511628211u;
    return h;
}

void strmap_init(struct strmap *map, size_t count) {
    size_t size = 16;
    while (size < count * 2)
        size *= 2;
    map->keys = xcalloc(size, sizeof *map->keys);
    map->values = xcalloc(size, sizeof *map->values);
    map->mask = size - 1;
}

void strmap_put(struct strmap *map, const char *key, uint32_t value) {
    size_t slot = (size_t)hash_text(key) & map->mask;
    while (map->keys[slot] != NULL && strcmp(map->keys[slot], key) != 0)
        slot = (slot + 1) & map->mask;
    map->keys[slot] = key;
    map->values[slot] = value;
}

/* UINT32_MAX when absent. */
uint32_t strmap_get(const struct strmap *map, const char *key) {
    size_t slot = (size_t)hash_text(key) & map->mask;
    while (map->keys[slot] != NULL) {
        if (strcmp(map->keys[slot], key) == 0)
            return map->values[slot];
        slot = (slot + 1) & map->mask;
    }
    return UINT32_MAX;
}

void strmap_free(struct strmap *map) {
    free(map->keys);
    free(map->values);
}

/* ---------------------------------------------------------- TSV reading */

void table_read(struct table *t, const char *dir, const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.tsv", dir, name);
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        die("%s: %s", path, strerror(errno));
    if (fseek(file, 0, SEEK_END) != 0)
        die("%s: cannot seek", path);
    long size = ftell(file);
    if (size < 0 || fseek(file, 0, SEEK_SET) != 0)
        die("%s: cannot seek", path);
    t->buffer = xmalloc((size_t)size + 1);
    if (fread(t->buffer, 1, (size_t)size, file) != (size_t)size)
        die("%s: read error", path);
    fclose(file);
    t->buffer[size] = '\0';

    size_t lines = 1;
    for (long i = 0; i < size; i++)
        lines += t->buffer[i] == '\n';
    t->rows = xmalloc(lines * sizeof *t->rows);
    t->count = 0;
    t->header = NULL;
    char *cursor = t->buffer;
    while (*cursor != '\0') {
        char *line = cursor;
        char *end = strchr(cursor, '\n');
        if (end != NULL) {
            *end = '\0';
            cursor = end + 1;
        } else {
            cursor += strlen(cursor);
        }
        if (line[0] == '\0' || line[0] == '#')
            continue;
        size_t fields = 1;
        for (char *c = line; *c != '\0'; c++)
            fields += *c == '\t';
        char **row = xmalloc(fields * sizeof *row);
        size_t f = 0;
        row[f++] = line;
        for (char *c = line; *c != '\0'; c++)
            if (*c == '\t') {
                *c = '\0';
                row[f++] = c + 1;
            }
        if (t->header == NULL) {
            t->header = row;
            t->columns = fields;
        } else {
            if (fields != t->columns)
                die("%s: a row has %zu fields, the header %zu", path, fields, t->columns);
            t->rows[t->count++] = row;
        }
    }
    if (t->header == NULL)
        die("%s: no header", path);
}

size_t column(const struct table *t, const char *name) {
    for (size_t i = 0; i < t->columns; i++)
        if (strcmp(t->header[i], name) == 0)
            return i;
    die("no column %s", name);
    return 0;
}

void table_free(struct table *t) {
    for (size_t i = 0; i < t->count; i++)
        free(t->rows[i]);
    free(t->rows);
    free(t->header);
    free(t->buffer);
}

/* "a,b,c" split in place. */
const char **split_list(char *text, uint32_t *count) {
    *count = 0;
    if (text[0] == '\0')
        return NULL;
    uint32_t n = 1;
    for (const char *c = text; *c != '\0'; c++)
        n += *c == ',';
    const char **items = xmalloc(n * sizeof *items);
    items[(*count)++] = text;
    for (char *c = text; *c != '\0'; c++)
        if (*c == ',') {
            *c = '\0';
            items[(*count)++] = c + 1;
        }
    return items;
}

capartner_date parse_date(const char *text) {
    capartner_date date = {0, 0, 0, 0, 0, {0, 0}};
    if (text[0] != '\0' && capartner_date_parse(text, &date) != CAPARTNER_OK)
        die("bad date \"%s\"", text);
    return date;
}

int32_t earliest_of(capartner_date date) {
    int32_t earliest, latest;
    capartner_date_bounds(date, &earliest, &latest);
    return earliest;
}
