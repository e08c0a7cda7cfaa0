/* A table of text cells with typed columns. */
#include "table.h"

#include "cli.h"
#include "suggest.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

void table_init(struct table *table, const char *name, const struct column *columns,
                size_t column_count) {
    memset(table, 0, sizeof *table);
    table->name = name;
    table->columns = columns;
    table->column_count = column_count;
    table->filled = column_count;
}

void table_free(struct table *table) {
    size_t cells = table->row_count * table->column_count;
    for (size_t i = 0; i < cells; i++)
        free(table->cells[i]);
    free(table->cells);
    memset(table, 0, sizeof *table);
}

void table_row(struct table *table) {
    if (table->row_count == table->row_capacity) {
        size_t capacity = table->row_capacity == 0 ? 16 : table->row_capacity * 2;
        table->cells =
            xrealloc(table->cells, capacity * table->column_count * sizeof *table->cells);
        table->row_capacity = capacity;
    }
    char **row = table->cells + table->row_count * table->column_count;
    for (size_t i = 0; i < table->column_count; i++)
        row[i] = NULL;
    table->row_count++;
    table->filled = 0;
}

void put_owned(struct table *table, char *text) {
    if (table->filled >= table->column_count) { /* a builder bug: more cells than columns */
        fprintf(stderr, "capartner: internal error: too many cells in table %s\n", table->name);
        abort();
    }
    if (text != NULL && text[0] == '\0') {
        free(text);
        text = NULL;
    }
    table->cells[(table->row_count - 1) * table->column_count + table->filled++] = text;
}

void put_text(struct table *table, const char *text) {
    put_owned(table, text == NULL || text[0] == '\0' ? NULL : xstrdup(text));
}

void put_int(struct table *table, long long value) {
    put_owned(table, xasprintf("%lld", value));
}

void put_int_or_absent(struct table *table, long long value, bool present) {
    put_owned(table, present ? xasprintf("%lld", value) : NULL);
}

void put_bool(struct table *table, int value) {
    put_owned(table, xstrdup(value ? "1" : "0"));
}

void date_text(capartner_date date, char buffer[CAPARTNER_DATE_TEXT_BYTES]) {
    buffer[0] = '\0';
    if (date.precision != CAPARTNER_PRECISION_UNKNOWN &&
        capartner_date_format(date, buffer, CAPARTNER_DATE_TEXT_BYTES) != CAPARTNER_OK)
        buffer[0] = '\0';
}

void put_date(struct table *table, capartner_date date) {
    char text[CAPARTNER_DATE_TEXT_BYTES];
    date_text(date, text);
    put_text(table, text);
}

const char *table_cell(const struct table *table, size_t row, size_t column) {
    return table->cells[row * table->column_count + column];
}

int table_column_index(const struct table *table, const char *name) {
    for (size_t i = 0; i < table->column_count; i++)
        if (strcmp(table->columns[i].name, name) == 0)
            return (int)i;
    return -1;
}

int view_make(const struct cli *cli, const struct table *table, bool all, struct view *view) {
    view->columns = xcalloc(table->column_count + 1, sizeof *view->columns);
    view->count = 0;
    if (cli->columns == NULL) {
        for (size_t i = 0; i < table->column_count; i++)
            if (all ? table->columns[i].shown != TEXT_ONLY : table->columns[i].shown != 0)
                view->columns[view->count++] = i;
        return 0;
    }
    char *list = xstrdup(cli->columns);
    size_t capacity = table->column_count;
    for (char *start = list;;) {
        char *comma = strchr(start, ',');
        if (comma != NULL)
            *comma = '\0';
        int index = start[0] == '\0' ? -1 : table_column_index(table, start);
        if (index < 0) {
            const char **names = xcalloc(table->column_count + 1, sizeof *names);
            for (size_t i = 0; i < table->column_count; i++)
                names[i] = table->columns[i].name;
            char hint[200] = "";
            suggest_word(start, names, hint, sizeof hint);
            size_t used = 0;
            char valid[1024] = "";
            for (size_t i = 0; i < table->column_count && used < sizeof valid; i++)
                used += (size_t)snprintf(valid + used, sizeof valid - used, "%s%s",
                                         i == 0 ? "" : ", ", names[i]);
            char *printable = text_printable(start);
            cli_usage_error(cli, "--columns: '%s' is not a column of %s; valid: %s%s", printable,
                            table->name, valid, hint);
            free(printable);
            free((void *)names);
            free(list);
            view_free(view);
            return EXIT_USAGE;
        }
        if (view->count == capacity) {
            capacity *= 2;
            view->columns = xrealloc(view->columns, capacity * sizeof *view->columns);
        }
        view->columns[view->count++] = (size_t)index;
        if (comma == NULL)
            break;
        start = comma + 1;
    }
    free(list);
    return 0;
}

void view_free(struct view *view) {
    free(view->columns);
    view->columns = NULL;
    view->count = 0;
}
