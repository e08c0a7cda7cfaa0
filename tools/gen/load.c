/* Reading the data files: each whole into memory, then line by line, split
 * in place at tabs; every field checked as its column's description says
 * (schema.c) and kept in a cell. References stay text until link.c. */
#include "load.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_COLUMNS = 16 };

/* The row being loaded. */
struct row {
    enum table table;
    uint32_t line;
    char **fields;
};

#define ROW_ERROR(row, column, ...) dataset_error((row)->table, (row)->line, (column), __VA_ARGS__)

/* ------------------------------------------------------------------ files */

char *load_file(size_t file, const char *path, size_t *size) {
    *size = 0;
    FILE *stream = fopen(path, "rb");
    if (stream == NULL) {
        diag_error(file, 0, "(file)", "cannot open: %s", strerror(errno));
        return NULL;
    }
    size_t length = 0, capacity = 1 << 16;
    char *data = xmalloc(capacity);
    for (;;) {
        if (capacity - length < 2)
            data = xrealloc(data, capacity = xmul(capacity, 2));
        size_t got = fread(data + length, 1, capacity - length - 1, stream);
        length += got;
        if (got == 0)
            break;
    }
    int error = ferror(stream) ? errno : 0;
    fclose(stream);
    if (error != 0) {
        diag_error(file, 0, "(file)", "cannot read: %s", strerror(error));
        free(data);
        return NULL;
    }
    data = xrealloc(data, length + 1); /* give back what the doubling left */
    data[length] = '\0';
    *size = length;
    return data;
}

/* ------------------------------------------------------------------ lines */

struct reader {
    enum table table;
    char *cursor, *end;
    uint32_t next_line;
};

/* The next line, NUL-terminated in place, with its length and number; NULL
 * at the end. */
static char *next_line(struct reader *reader, size_t *length, uint32_t *number) {
    if (reader->cursor >= reader->end)
        return NULL;
    char *line = reader->cursor;
    char *newline = memchr(line, '\n', (size_t)(reader->end - line));
    char *stop = newline != NULL ? newline : reader->end;
    *stop = '\0';
    *length = (size_t)(stop - line);
    *number = reader->next_line++;
    reader->cursor = newline != NULL ? newline + 1 : reader->end;
    return line;
}

/* Reports lines that no field can contain (CR, NUL). */
static bool line_is_clean(enum table table, const char *line, size_t length, uint32_t number) {
    if (memchr(line, '\r', length) != NULL) {
        diag_error(table, number, "(line)", "carriage return (CR): use LF line endings");
        return false;
    }
    if (strlen(line) != length) {
        diag_error(table, number, "(line)", "NUL byte in the line");
        return false;
    }
    return true;
}

/* Splits at tabs; returns the number of fields (at most max + 1 are kept
 * track of: the caller only needs to know there were too many). */
static size_t split(char *line, char **fields, size_t max) {
    size_t count = 0;
    for (char *field = line;;) {
        char *tab = strchr(field, '\t');
        if (count < max)
            fields[count] = field;
        count++;
        if (tab == NULL)
            return count;
        *tab = '\0';
        field = tab + 1;
    }
}

static bool is_blank_or_comment(const char *line, size_t length) {
    return length == 0 || line[0] == '#';
}

/* Reads the header; false (reported) when it is missing or wrong. */
static bool read_header(struct reader *reader) {
    const struct table_schema *schema = &schema_tables[reader->table];
    size_t length;
    uint32_t number;
    char *line;
    while ((line = next_line(reader, &length, &number)) != NULL &&
           is_blank_or_comment(line, length))
        continue;
    if (line == NULL) {
        diag_error(reader->table, 1, "(header)", "no header line");
        return false;
    }
    if (!line_is_clean(reader->table, line, length, number))
        return false;
    char *names[MAX_COLUMNS + 1];
    size_t count = split(line, names, MAX_COLUMNS + 1);
    for (size_t i = 0; i < schema->column_count; i++) {
        const char *expected = schema->columns[i].name;
        if (i >= count) {
            diag_error(reader->table, number, expected, "header lacks column %lu \"%s\"",
                       (unsigned long)(i + 1), expected);
            return false;
        }
        if (strcmp(names[i], expected) != 0) {
            diag_error(reader->table, number, expected,
                       "header column %lu is \"%s\", expected \"%s\"", (unsigned long)(i + 1),
                       names[i], expected);
            return false;
        }
    }
    if (count > schema->column_count) {
        diag_error(reader->table, number, "(header)", "header has %lu columns, expected %lu",
                   (unsigned long)count, (unsigned long)schema->column_count);
        return false;
    }
    return true;
}

/* The next well-formed row into fields; malformed lines are reported and
 * skipped. False at the end. */
static bool next_row(struct reader *reader, char **fields, uint32_t *row_line) {
    size_t columns = schema_tables[reader->table].column_count;
    size_t length;
    uint32_t number;
    char *line;
    while ((line = next_line(reader, &length, &number)) != NULL) {
        if (is_blank_or_comment(line, length) ||
            !line_is_clean(reader->table, line, length, number))
            continue;
        size_t count = split(line, fields, MAX_COLUMNS);
        if (count != columns) {
            diag_error(reader->table, number, "(line)", "%lu fields, expected %lu",
                       (unsigned long)count, (unsigned long)columns);
            continue;
        }
        *row_line = number;
        return true;
    }
    return false;
}

/* ------------------------------------------------------------ text fields */

/* Checks a text field: UTF-8, no control characters, no leading or
 * trailing space, at most max bytes, present when required. Returns the
 * field, or "" when it is not valid UTF-8 (so later messages can quote it). */
static const char *text_field(const struct row *row, int column, bool required, size_t max) {
    const char *value = row->fields[column];
    size_t length = strlen(value);
    if (length == 0) {
        if (required)
            ROW_ERROR(row, column, "required, but empty");
        return value;
    }
    if (!capartner_utf8_valid(value)) {
        ROW_ERROR(row, column, "not valid UTF-8");
        return "";
    }
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)value[i];
        if (c < 0x20 || c == 0x7f) {
            ROW_ERROR(row, column, "control character 0x%02x at byte %lu", c,
                      (unsigned long)(i + 1));
            return value;
        }
    }
    if (value[0] == ' ' || value[length - 1] == ' ')
        ROW_ERROR(row, column, "leading or trailing space in \"%s\"", value);
    if (length > max)
        ROW_ERROR(row, column, "%lu bytes long, at most %lu allowed", (unsigned long)length,
                  (unsigned long)max);
    return value;
}

static bool is_id_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

static void read_id(const struct row *row, int column, const struct column *info,
                    struct cell *cell) {
    (void)info;
    const char *value = cell->text;
    bool valid = value[0] != '-';
    for (const char *c = value; *c != '\0' && valid; c++)
        valid = is_id_char(*c);
    if (!valid)
        ROW_ERROR(row, column,
                  "\"%s\" is not an id (lower-case letters a-z, digits and '-', not starting "
                  "with '-')",
                  value);
}

/* `count` upper-case letters A-Z. */
static bool is_upper_code(const char *value, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (value[i] < 'A' || value[i] > 'Z')
            return false;
    return value[count] == '\0';
}

static void read_code(const struct row *row, int column, const struct column *info,
                      struct cell *cell) {
    if (!is_upper_code(cell->text, info->max))
        ROW_ERROR(row, column, "\"%s\" is not %s", cell->text, info->what);
}

static void read_numeric(const struct row *row, int column, const struct column *info,
                         struct cell *cell) {
    (void)info;
    const char *value = cell->text;
    bool valid = strlen(value) == 3;
    uint32_t number = 0;
    for (size_t i = 0; i < 3 && valid; i++) {
        valid = value[i] >= '0' && value[i] <= '9';
        number = number * 10 + (uint32_t)(value[i] - '0');
    }
    if (!valid || number == 0)
        ROW_ERROR(row, column,
                  "\"%s\" is not an ISO 3166-1 numeric code (three digits, 001 to 999)", value);
    cell->value.number = valid ? number : 0;
}

/* ------------------------------------------------------------------ dates */

/* DDDD, DDDD-DD or DDDD-DD-DD. */
static bool has_date_shape(const char *text) {
    static const char *const shapes[] = {"DDDD", "DDDD-DD", "DDDD-DD-DD"};
    for (size_t i = 0; i < 3; i++) {
        const char *shape = shapes[i];
        if (strlen(shape) != strlen(text))
            continue;
        bool match = true;
        for (size_t j = 0; shape[j] != '\0' && match; j++)
            match = shape[j] == 'D' ? text[j] >= '0' && text[j] <= '9' : text[j] == shape[j];
        if (match)
            return true;
    }
    return false;
}

/* A date; the unknown date after an error. */
static void read_date(const struct row *row, int column, const struct column *info,
                      struct cell *cell) {
    (void)info;
    const char *value = cell->text;
    if (strcmp(value, "unknown") == 0) {
        ROW_ERROR(row, column, "write an unknown date as an empty field, not \"unknown\"");
        return;
    }
    if (capartner_date_parse(value, &cell->value.date) == CAPARTNER_OK)
        return;
    cell->value.date = (capartner_date){0, 0, 0, 0, 0, {0, 0}};
    /* say why, when it is one of the common mistakes */
    const char *bare_text = value;
    capartner_qualifier qualifier = CAPARTNER_QUALIFIER_NONE;
    for (capartner_qualifier q = CAPARTNER_QUALIFIER_EARLY; q <= CAPARTNER_QUALIFIER_AFTER; q++) {
        size_t length = strlen(capartner_qualifier_name(q));
        if (strncmp(value, capartner_qualifier_name(q), length) == 0 && value[length] == ' ') {
            qualifier = q;
            bare_text = value + length + 1;
        }
    }
    capartner_date bare;
    bool thirds = qualifier >= CAPARTNER_QUALIFIER_EARLY && qualifier <= CAPARTNER_QUALIFIER_LATE;
    if (thirds && capartner_date_parse(bare_text, &bare) == CAPARTNER_OK &&
        bare.precision == CAPARTNER_PRECISION_DAY)
        ROW_ERROR(row, column, "\"%s\": early, mid and late need a year or a month, not a day",
                  value);
    else if (has_date_shape(bare_text))
        ROW_ERROR(row, column, "\"%s\" is not on the calendar", value);
    else
        ROW_ERROR(row, column,
                  "\"%s\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD, optionally after early, "
                  "mid, late, circa, before or after and a space)",
                  value);
}

/* ------------------------------------------------------ enums and numbers */

static void read_enum(const struct row *row, int column, const struct column *info,
                      struct cell *cell) {
    const struct enum_values *values = info->values;
    const char *value = cell->text;
    for (uint32_t i = 0; i < values->count; i++)
        if (strcmp(values->name_at(i), value) == 0) {
            cell->value.number = i;
            return;
        }
    char expected[512];
    size_t used = 0;
    expected[0] = '\0';
    for (uint32_t i = 0; i < values->count && used < sizeof expected; i++) {
        int written = snprintf(expected + used, sizeof expected - used, "%s%s", i > 0 ? ", " : "",
                               values->name_at(i));
        if (written < 0)
            break;
        used += (size_t)written;
    }
    ROW_ERROR(row, column, "unknown %s \"%s\" (expected one of: %s)", info->what, value, expected);
}

static void read_bool(const struct row *row, int column, const struct column *info,
                      struct cell *cell) {
    (void)info;
    cell->value.number = strcmp(cell->text, "yes") == 0;
    if (!cell->value.number && strcmp(cell->text, "no") != 0)
        ROW_ERROR(row, column, "\"%s\" is not a boolean (expected yes or no)", cell->text);
}

/* A decimal integer in [min, max] without sign or leading zeros. */
static void read_int(const struct row *row, int column, const struct column *info,
                     struct cell *cell) {
    const char *value = cell->text;
    uint32_t min = info->min, max = info->max;
    uint64_t result = 0;
    bool valid = value[0] != '0';
    for (const char *c = value; *c != '\0' && valid; c++) {
        valid = *c >= '0' && *c <= '9';
        result = result * 10 + (uint64_t)(*c - '0');
        if (result > max)
            valid = false;
    }
    if (!valid || result < min) {
        ROW_ERROR(row, column,
                  "\"%s\" is not an integer from %lu to %lu (no sign, no leading zeros)", value,
                  (unsigned long)min, (unsigned long)max);
        return;
    }
    cell->value.number = (uint32_t)result;
}

/* ------------------------------------------------------------------ rows */

/* How each type of column is read beyond its text: the longest text it
 * takes (the column's max_bytes when it gives one), and what checks it and
 * reads its value (texts, and references, which link.c resolves: nothing). */
typedef void read_value(const struct row *row, int column, const struct column *info,
                        struct cell *cell);
static const struct {
    size_t max_bytes;
    read_value *read;
} column_types[] = {
    [COL_ID] = {MAX_ID_BYTES, read_id},
    [COL_CODE] = {0, read_code},
    [COL_NUMERIC] = {3, read_numeric},
    [COL_TEXT] = {0, NULL},
    [COL_ENUM] = {64, read_enum},
    [COL_BOOL] = {16, read_bool},
    [COL_INT] = {16, read_int},
    [COL_DATE] = {64, read_date},
    [COL_REF] = {MAX_ID_BYTES, NULL},
    [COL_LIST] = {SIZE_MAX, NULL},
    [COL_ALTERNATIVE] = {MAX_ID_BYTES, NULL},
    [COL_OWNER] = {MAX_ID_BYTES + 16, NULL},
    [COL_CITE_SOURCE] = {MAX_ID_BYTES, NULL},
    [COL_CITE_SECTION] = {MAX_ID_BYTES, NULL},
};

/* Checks field `column` and reads its value into its cell. */
static void read_field(const struct row *row, int column, struct cell *cells) {
    const struct column *info = &schema_tables[row->table].columns[column];
    struct cell *cell = &cells[column];
    size_t max = info->max_bytes != 0 ? info->max_bytes : column_types[info->type].max_bytes;
    const char *text = cell->text =
        text_field(row, column, info->required && info->type != COL_CITE_SOURCE, max);
    if (info->type == COL_CITE_SOURCE && text[0] == '\0' && row->fields[column][0] == '\0')
        ROW_ERROR(row, column, "required: every record cites a source");
    if (info->type == COL_CODE && info->same_as_id &&
        (text[0] == '\0' || is_upper_code(text, info->max))) {
        if (strcmp(cells[0].text, text) != 0)
            ROW_ERROR(row, column, "\"%s\" differs from the id \"%s\"", text, cells[0].text);
        return;
    }
    if (text[0] != '\0' && column_types[info->type].read != NULL)
        column_types[info->type].read(row, column, info, cell);
}

static void load_row(struct dataset *data, const struct row *row) {
    enum table table = row->table;
    const struct table_schema *schema = &schema_tables[table];
    struct table_data *records = &data->tables[table];
    if (records->count >= NONE - 1) {
        diag_fatal("%s: too many records", schema->file);
        return;
    }
    uint32_t index;
    struct cell *cells = dataset_add_record(records, schema->cell_count, row->line, &index);
    for (size_t column = 0; column < schema->column_count; column++)
        read_field(row, (int)column, cells);
    /* the record's id: column 0 of every table but the names */
    if (schema->columns[0].type == COL_OWNER || cells[0].text[0] == '\0')
        return;
    uint32_t first = strmap_put(&records->ids, cells[0].text, strlen(cells[0].text), index);
    if (first != STRMAP_MISSING)
        ROW_ERROR(row, 0, "duplicate id \"%s\" (first on line %lu)", cells[0].text,
                  (unsigned long)records->lines[first]);
}

bool load_table(struct dataset *data, enum table table, char *contents, size_t size) {
    struct reader reader = {table, contents, contents + size, 1};
    data->tables[table].file = contents;
    if (!read_header(&reader))
        return false;
    /* the rows are at most the lines: room for them at once */
    size_t lines = 1;
    for (const char *at = contents; (at = memchr(at, '\n', (size_t)(contents + size - at))); at++)
        lines++;
    dataset_reserve(&data->tables[table], schema_tables[table].cell_count, lines);
    char *fields[MAX_COLUMNS];
    struct row row = {table, 0, fields};
    while (next_row(&reader, fields, &row.line))
        load_row(data, &row);
    return true;
}
