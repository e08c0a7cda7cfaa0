/* A table of text cells with typed columns: what every list, query and
 * export builds, and what the writers in output.c print. */
#ifndef CAPARTNER_CLI_TABLE_H
#define CAPARTNER_CLI_TABLE_H

#include <capartner.h>

#include <stdbool.h>
#include <stddef.h>

enum cell_type {
    CELL_TEXT, /* text; an empty value is absent */
    CELL_INT,  /* decimal integer */
    CELL_BOOL, /* "1" or "0" */
    CELL_LIST, /* ids joined with "," (ids never contain a comma) */
    CELL_DATE  /* a date in the dataset's text form ("early 2014", "2013-12") */
};

struct column {
    const char *name;
    enum cell_type type;
    int shown;               /* 1: in the default text view; 0: not; TEXT_ONLY */
    const char *references;  /* the table an id column points to, or NULL */
    bool required;           /* never absent */
    const char *description; /* one line, for docs and the JSON Schema */
};

/* A column shown in text only: a convenience for reading that the data
 * formats (JSON, CSV, TSV) leave out. */
#define TEXT_ONLY 2

struct table {
    const char *name;
    const struct column *columns;
    size_t column_count;
    char **cells; /* row-major; NULL is an absent value */
    size_t row_count, row_capacity;
    size_t filled; /* cells written in the row being built */
};

void table_init(struct table *table, const char *name, const struct column *columns,
                size_t column_count);
void table_free(struct table *table);

/* Rows are built left to right: table_row() starts one, each put_* fills the
 * next cell. */
void table_row(struct table *table);
void put_text(struct table *table, const char *text); /* NULL or "" is absent */
void put_int(struct table *table, long long value);
void put_int_or_absent(struct table *table, long long value, bool present);
void put_bool(struct table *table, int value);
void put_date(struct table *table, capartner_date date); /* unknown is absent */
void put_owned(struct table *table, char *text);         /* takes ownership; NULL is absent */

const char *table_cell(const struct table *table, size_t row, size_t column);
/* Index of the column of that name, or -1. */
int table_column_index(const struct table *table, const char *name);

/* The columns to print: an ordered selection. */
struct view {
    size_t *columns;
    size_t count;
};

/* --columns LIST, or every column (all=true), or the shown ones. Returns 0 or
 * EXIT_USAGE after naming an unknown column. */
struct cli;
int view_make(const struct cli *cli, const struct table *table, bool all, struct view *view);
void view_free(struct view *view);

/* The text form of a date, or "" when unknown (static for the call). */
void date_text(capartner_date date, char buffer[CAPARTNER_DATE_TEXT_BYTES]);

#endif
