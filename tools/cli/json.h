/* A streaming JSON writer: indented, with single-line containers on request. */
#ifndef CAPARTNER_CLI_JSON_H
#define CAPARTNER_CLI_JSON_H

#include "table.h"

#include <stdbool.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 32

struct json {
    FILE *out;
    int depth;
    int inline_from; /* depth at which single-line output began; 0 = none */
    bool has_items[JSON_MAX_DEPTH];
    bool after_key;
};

void json_init(struct json *json, FILE *out);
void json_object_begin(struct json *json);
/* A container whose contents stay on one line. */
void json_object_begin_inline(struct json *json);
void json_object_end(struct json *json);
void json_array_begin(struct json *json);
void json_array_begin_inline(struct json *json);
void json_array_end(struct json *json);
void json_key(struct json *json, const char *key);
void json_string(struct json *json, const char *text); /* NULL writes null */
void json_null(struct json *json);
void json_int(struct json *json, long long value);
void json_bool(struct json *json, bool value);
/* Ends the document with a newline. */
void json_finish(struct json *json);

/* A cell by its column type: null when absent, a number, true/false, an
 * array of ids for a list, a string otherwise. */
void json_cell(struct json *json, const struct column *column, const char *cell);
/* The members of a row (key: value pairs) inside an object already begun. */
void json_row_members(struct json *json, const struct table *table, size_t row);
/* One row as an object of the view's columns (all columns when view is NULL). */
void json_row(struct json *json, const struct table *table, size_t row, const struct view *view,
              bool single_line);

#endif
