/* Writes tables and field lists in the format the user chose. */
#ifndef CAPARTNER_CLI_OUTPUT_H
#define CAPARTNER_CLI_OUTPUT_H

#include "cli.h"
#include "table.h"

/* A table in cli->format (text, table, plain, json, csv or tsv), with the
 * --columns selection or the default view. JSON is an array of objects.
 * Returns 0 or EXIT_USAGE for a bad --columns. */
int output_table(struct cli *cli, const struct table *table);

/* A table as text with a title line above it ("Names (3)"), for show. */
void output_titled_table(struct cli *cli, const char *title, const struct table *table);

/* Text writers used by the above. */
void write_text_table(struct cli *cli, const struct table *table, const struct view *view);
void write_csv_table(FILE *out, const struct table *table, const struct view *view, bool tsv);

/* Key/value lines for show: "  name      Kazakhstan", wrapped on a terminal. */
struct field {
    const char *key;
    char *value; /* owned; NULL or "" is skipped */
};
struct fields {
    struct field *items;
    size_t count, capacity;
};
void fields_add(struct fields *fields, const char *key, const char *value);
void fields_add_owned(struct fields *fields, const char *key, char *value);
void output_fields(struct cli *cli, const char *heading, const struct fields *fields);
void fields_free(struct fields *fields);

/* The text a cell shows in text output: yes/no for booleans, "a, b" for lists. */
char *cell_display(const struct column *column, const char *cell);

/* Text of one or more lines, wrapped at spaces to a terminal's width. */
void output_paragraph(struct cli *cli, const char *text);

#endif
