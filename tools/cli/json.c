/* A streaming JSON writer. */
#include "json.h"

#include "escape.h"

#include <stdlib.h>
#include <string.h>

void json_init(struct json *json, FILE *out) {
    memset(json, 0, sizeof *json);
    json->out = out;
}

static bool is_inline(const struct json *json) {
    return json->inline_from != 0 && json->depth >= json->inline_from;
}

/* Separator and indentation before a value or key at the current depth. */
static void before_item(struct json *json) {
    if (json->after_key) {
        json->after_key = false;
        return;
    }
    if (json->depth == 0)
        return;
    if (json->has_items[json->depth])
        putc(',', json->out);
    json->has_items[json->depth] = true;
    if (is_inline(json))
        return; /* inline_space() adds the blank */
    putc('\n', json->out);
    for (int i = 0; i < json->depth; i++)
        fputs("  ", json->out);
}

static void inline_space(struct json *json, bool first) {
    if (is_inline(json) && !first)
        putc(' ', json->out);
}

static void begin(struct json *json, char bracket, bool single_line) {
    bool first = json->after_key || json->depth == 0 || !json->has_items[json->depth];
    bool was_key = json->after_key;
    before_item(json);
    if (!was_key)
        inline_space(json, first);
    putc(bracket, json->out);
    if (json->depth + 1 >= JSON_MAX_DEPTH)
        abort(); /* the commands never nest this deep */
    json->depth++;
    json->has_items[json->depth] = false;
    if (single_line && json->inline_from == 0)
        json->inline_from = json->depth;
}

static void end(struct json *json, char bracket) {
    bool had_items = json->has_items[json->depth];
    bool was_inline = is_inline(json);
    json->depth--;
    if (had_items && !was_inline) {
        putc('\n', json->out);
        for (int i = 0; i < json->depth; i++)
            fputs("  ", json->out);
    }
    putc(bracket, json->out);
    if (json->inline_from != 0 && json->depth < json->inline_from)
        json->inline_from = 0;
}

void json_object_begin(struct json *json) {
    begin(json, '{', false);
}

void json_object_begin_inline(struct json *json) {
    begin(json, '{', true);
}

void json_object_end(struct json *json) {
    end(json, '}');
}

void json_array_begin(struct json *json) {
    begin(json, '[', false);
}

void json_array_begin_inline(struct json *json) {
    begin(json, '[', true);
}

void json_array_end(struct json *json) {
    end(json, ']');
}

static void value_prefix(struct json *json) {
    bool first = json->after_key || json->depth == 0 || !json->has_items[json->depth];
    bool was_key = json->after_key;
    before_item(json);
    if (!was_key)
        inline_space(json, first);
}

void json_key(struct json *json, const char *key) {
    value_prefix(json);
    escape_json(json->out, key);
    fputs(": ", json->out);
    json->after_key = true;
}

void json_string(struct json *json, const char *text) {
    value_prefix(json);
    if (text == NULL)
        fputs("null", json->out);
    else
        escape_json(json->out, text);
}

void json_null(struct json *json) {
    value_prefix(json);
    fputs("null", json->out);
}

void json_int(struct json *json, long long value) {
    value_prefix(json);
    fprintf(json->out, "%lld", value);
}

void json_bool(struct json *json, bool value) {
    value_prefix(json);
    fputs(value ? "true" : "false", json->out);
}

void json_finish(struct json *json) {
    putc('\n', json->out);
}

void json_cell(struct json *json, const struct column *column, const char *cell) {
    if (cell == NULL) {
        if (column->type == CELL_LIST) {
            json_array_begin_inline(json);
            json_array_end(json);
        } else {
            json_null(json);
        }
        return;
    }
    switch (column->type) {
    case CELL_INT:
        value_prefix(json);
        fputs(cell, json->out); /* written by put_int: a decimal integer */
        break;
    case CELL_BOOL:
        json_bool(json, strcmp(cell, "0") != 0);
        break;
    case CELL_LIST: {
        json_array_begin_inline(json);
        const char *start = cell;
        for (;;) {
            const char *comma = strchr(start, ',');
            size_t length = comma != NULL ? (size_t)(comma - start) : strlen(start);
            char *item = malloc(length + 1);
            if (item == NULL)
                abort();
            memcpy(item, start, length);
            item[length] = '\0';
            json_string(json, item);
            free(item);
            if (comma == NULL)
                break;
            start = comma + 1;
        }
        json_array_end(json);
        break;
    }
    default:
        json_string(json, cell);
    }
}

void json_row(struct json *json, const struct table *table, size_t row, const struct view *view,
              bool single_line) {
    if (single_line)
        json_object_begin_inline(json);
    else
        json_object_begin(json);
    size_t count = view != NULL ? view->count : table->column_count;
    for (size_t i = 0; i < count; i++) {
        size_t column = view != NULL ? view->columns[i] : i;
        json_key(json, table->columns[column].name);
        json_cell(json, &table->columns[column], table_cell(table, row, column));
    }
    json_object_end(json);
}

void json_row_members(struct json *json, const struct table *table, size_t row) {
    for (size_t column = 0; column < table->column_count; column++) {
        if (table->columns[column].shown == TEXT_ONLY)
            continue;
        json_key(json, table->columns[column].name);
        json_cell(json, &table->columns[column], table_cell(table, row, column));
    }
}
