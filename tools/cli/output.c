/* Writes tables and field lists in the format the user chose. */
#include "output.h"

#include "escape.h"
#include "json.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- cells */

char *cell_display(const struct column *column, const char *cell) {
    if (cell == NULL)
        return xstrdup("");
    if (column->type == CELL_BOOL)
        return xstrdup(strcmp(cell, "0") != 0 ? "yes" : "no");
    if (column->type == CELL_LIST) {
        size_t commas = 0;
        for (const char *p = cell; *p != '\0'; p++)
            commas += *p == ',';
        char *out = xmalloc(strlen(cell) + commas + 1), *q = out;
        for (const char *p = cell; *p != '\0'; p++) {
            *q++ = *p;
            if (*p == ',')
                *q++ = ' ';
        }
        *q = '\0';
        return out;
    }
    /* text output is one line per cell: controls become spaces */
    char *out = xstrdup(cell);
    for (char *p = out; *p != '\0'; p++)
        if ((unsigned char)*p < 0x20)
            *p = ' ';
    return out;
}

/* ------------------------------------------------------------- wrapping */

struct segment {
    size_t start, length, width;
};

/* Splits text into lines of at most `width` columns, at spaces where it can. */
static size_t wrap(const char *text, size_t width, struct segment **out) {
    size_t capacity = 4, count = 0;
    struct segment *lines = xmalloc(capacity * sizeof *lines);
    size_t length = strlen(text), position = 0;
    if (width == 0)
        width = 1;
    if (length == 0) {
        lines[0].start = lines[0].length = lines[0].width = 0;
        *out = lines;
        return 1;
    }
    do {
        /* find the longest prefix from position that fits */
        size_t end = position, used = 0, last_space = 0, width_at_space = 0;
        bool have_space = false;
        while (end < length) {
            uint32_t code_point;
            size_t consumed = capartner_utf8_decode(text + end, &code_point);
            if (consumed == 0) {
                consumed = 1;
                code_point = '?';
            }
            size_t w = (size_t)code_point_width(code_point);
            if (used + w > width)
                break;
            if (code_point == ' ') {
                last_space = end;
                width_at_space = used;
                have_space = true;
            }
            used += w;
            end += consumed;
            if ((code_point == '-' || code_point == '_') && end < length && used < width &&
                !(text[end] >= '0' && text[end] <= '9')) {
                /* a line may also break after a hyphen, keeping it */
                last_space = end;
                width_at_space = used;
                have_space = true;
            }
        }
        size_t line_end = end, line_width = used, next = end;
        if (end < length && end > position && text[end] == ' ') {
            next = end + 1; /* the line ends with a whole word */
        } else if (end < length && have_space && last_space > position) {
            line_end = last_space;
            line_width = width_at_space;
            next = text[last_space] == ' ' ? last_space + 1 : last_space;
        } else if (end == position) { /* a character wider than the column */
            uint32_t code_point;
            size_t consumed = capartner_utf8_decode(text + end, &code_point);
            next = line_end = end + (consumed == 0 ? 1 : consumed);
            line_width = width;
        }
        if (count == capacity) {
            capacity *= 2;
            lines = xrealloc(lines, capacity * sizeof *lines);
        }
        lines[count].start = position;
        lines[count].length = line_end - position;
        lines[count].width = line_width;
        count++;
        position = next;
        if (position < length && text[position] == ' ' && next == line_end)
            position++; /* a line that ended just before a space: drop the space */
    } while (position < length);
    *out = lines;
    return count;
}

/* ---------------------------------------------------------------- text */

static void put_repeat(FILE *out, const char *piece, size_t times) {
    for (size_t i = 0; i < times; i++)
        fputs(piece, out);
}

/* The box's pieces: line drawing on a UTF-8 terminal, ASCII elsewhere. */
struct box_pieces {
    const char *horizontal, *vertical;
    const char *top[3], *middle[3], *bottom[3]; /* left, crossing, right */
};
static const struct box_pieces utf8_box = {
    "─", "│", {"┌", "┬", "┐"}, {"├", "┼", "┤"}, {"└", "┴", "┘"}};
static const struct box_pieces ascii_box = {
    "-", "|", {"+", "+", "+"}, {"+", "+", "+"}, {"+", "+", "+"}};

static const struct box_pieces *box_pieces(const struct cli *cli) {
    return cli->ascii ? &ascii_box : &utf8_box;
}

static void rule(FILE *out, const struct box_pieces *box, const size_t *widths, size_t count,
                 const char *const ends[3]) {
    fputs(ends[0], out);
    for (size_t i = 0; i < count; i++) {
        put_repeat(out, box->horizontal, widths[i] + 2);
        fputs(i + 1 == count ? ends[2] : ends[1], out);
    }
    putc('\n', out);
}

/* The width of the longest piece of text that wrap() will not break: words
 * end at spaces, and after '-' and '_'. */
static size_t longest_word(const char *text) {
    size_t longest = 0, current = 0;
    for (size_t i = 0; text[i] != '\0';) {
        uint32_t code_point;
        size_t consumed = capartner_utf8_decode(text + i, &code_point);
        if (consumed == 0) {
            consumed = 1;
            code_point = '?';
        }
        i += consumed;
        if (code_point == ' ') {
            current = 0;
            continue;
        }
        current += (size_t)code_point_width(code_point);
        if (current > longest)
            longest = current;
        if ((code_point == '-' || code_point == '_') && !(text[i] >= '0' && text[i] <= '9'))
            current = 0; /* "Euro-Atlantic" may break, "2016-02-22" may not */
    }
    return longest;
}

/* Shrinks the widest columns until the table fits the terminal, each down
 * to its longest word at most. False when even that is too wide: then the
 * rows are written as records (write_records), never split mid-word. */
static bool fit(size_t *widths, const size_t *words, size_t count, size_t total_width) {
    size_t overhead = 1 + 3 * count;
    for (;;) {
        size_t sum = overhead;
        for (size_t i = 0; i < count; i++)
            sum += widths[i];
        if (sum <= total_width)
            return true;
        /* first the column with the most room to give */
        size_t widest = count, most = 0;
        for (size_t i = 0; i < count; i++) {
            if (widths[i] > words[i] && widths[i] - words[i] > most) {
                most = widths[i] - words[i];
                widest = i;
            }
        }
        if (widest == count)
            return false;
        widths[widest]--;
    }
}

/* A value after its label, wrapped at spaces to the width left of the
 * terminal: under the label's end when there is room, else on lines of its
 * own, indented by 4. */
static void write_wrapped_value(FILE *out, const char *value, size_t indent, size_t width) {
    size_t value_width = width > indent ? width - indent : 0;
    if (value_width < 12 && width > 4 + 12) {
        indent = 4;
        value_width = width - indent;
        putc('\n', out);
        put_repeat(out, " ", indent);
    }
    struct segment *lines;
    size_t count = wrap(value, value_width, &lines);
    for (size_t line = 0; line < count; line++) {
        if (line > 0)
            put_repeat(out, " ", indent);
        fwrite(value + lines[line].start, 1, lines[line].length, out);
        putc('\n', out);
    }
    free(lines);
}

/* A table too wide for the terminal, row by row: "column  value" lines,
 * a rule between rows. cells holds the header row, then the rows. */
static void write_records(struct cli *cli, char **cells, size_t count, size_t rows) {
    FILE *out = cli->out;
    size_t width = (size_t)cli->width, label_width = 0;
    for (size_t i = 0; i < count; i++)
        if (text_width(cells[i]) > label_width)
            label_width = text_width(cells[i]);
    for (size_t r = 1; r <= rows; r++) {
        if (r > 1) {
            put_repeat(out, box_pieces(cli)->horizontal, width < 40 ? width : 40);
            putc('\n', out);
        }
        for (size_t i = 0; i < count; i++) {
            const char *value = cells[r * count + i];
            if (value[0] == '\0')
                continue;
            fputs(cells[i], out);
            put_repeat(out, " ", label_width - text_width(cells[i]) + 2);
            write_wrapped_value(out, value, label_width + 2, width);
        }
    }
}

static void write_box_row(FILE *out, const struct box_pieces *box, char *const *cells,
                          const size_t *widths, size_t count) {
    struct segment **lines = xcalloc(count, sizeof *lines);
    size_t *line_counts = xcalloc(count, sizeof *line_counts);
    size_t height = 1;
    for (size_t i = 0; i < count; i++) {
        line_counts[i] = wrap(cells[i], widths[i], &lines[i]);
        if (line_counts[i] > height)
            height = line_counts[i];
    }
    for (size_t line = 0; line < height; line++) {
        fputs(box->vertical, out);
        for (size_t i = 0; i < count; i++) {
            putc(' ', out);
            size_t width = 0;
            if (line < line_counts[i]) {
                fwrite(cells[i] + lines[i][line].start, 1, lines[i][line].length, out);
                width = lines[i][line].width;
            }
            put_repeat(out, " ", widths[i] > width ? widths[i] - width : 0);
            putc(' ', out);
            fputs(box->vertical, out);
        }
        putc('\n', out);
    }
    for (size_t i = 0; i < count; i++)
        free(lines[i]);
    free((void *)lines);
    free(line_counts);
}

void write_text_table(struct cli *cli, const struct table *table, const struct view *view) {
    FILE *out = cli->out;
    size_t count = view->count;
    if (count == 0)
        return;
    /* the display text of every cell */
    char **cells = xcalloc((table->row_count + 1) * count, sizeof *cells);
    size_t *widths = xcalloc(count, sizeof *widths), *words = xcalloc(count, sizeof *words);
    for (size_t i = 0; i < count; i++) {
        cells[i] = xstrdup(table->columns[view->columns[i]].name);
        widths[i] = text_width(cells[i]);
        words[i] = longest_word(cells[i]);
    }
    for (size_t r = 0; r < table->row_count; r++) {
        for (size_t i = 0; i < count; i++) {
            size_t column = view->columns[i];
            char *text = cell_display(&table->columns[column], table_cell(table, r, column));
            size_t width = text_width(text), word = longest_word(text);
            if (width > widths[i])
                widths[i] = width;
            if (word > words[i])
                words[i] = word;
            cells[(r + 1) * count + i] = text;
        }
    }
    const struct box_pieces *box = box_pieces(cli);
    if (cli->box && cli->width > 0 && !fit(widths, words, count, (size_t)cli->width)) {
        write_records(cli, cells, count, table->row_count);
    } else if (cli->box) {
        rule(out, box, widths, count, box->top);
        write_box_row(out, box, cells, widths, count);
        rule(out, box, widths, count, box->middle);
        for (size_t r = 0; r < table->row_count; r++)
            write_box_row(out, box, cells + (r + 1) * count, widths, count);
        rule(out, box, widths, count, box->bottom);
    } else {
        for (size_t r = 0; r <= table->row_count; r++) {
            for (size_t i = 0; i < count; i++) {
                const char *text = cells[r * count + i];
                fputs(text, out);
                if (i + 1 < count) {
                    size_t width = text_width(text);
                    put_repeat(out, " ", widths[i] - width + 2);
                }
            }
            putc('\n', out);
        }
    }
    for (size_t i = 0; i < (table->row_count + 1) * count; i++)
        free(cells[i]);
    free((void *)cells);
    free(widths);
    free(words);
}

/* ------------------------------------------------------------ csv, tsv */

void write_csv_table(FILE *out, const struct table *table, const struct view *view, bool tsv) {
    const char *separator = tsv ? "\t" : ",";
    const char *line_end = tsv ? "\n" : "\r\n";
    for (size_t i = 0; i < view->count; i++) {
        fputs(i == 0 ? "" : separator, out);
        const char *name = table->columns[view->columns[i]].name;
        if (tsv)
            escape_tsv(out, name);
        else
            escape_csv(out, name);
    }
    fputs(line_end, out);
    for (size_t r = 0; r < table->row_count; r++) {
        for (size_t i = 0; i < view->count; i++) {
            fputs(i == 0 ? "" : separator, out);
            const char *cell = table_cell(table, r, view->columns[i]);
            if (cell == NULL)
                continue;
            if (tsv)
                escape_tsv(out, cell);
            else
                escape_csv(out, cell);
        }
        fputs(line_end, out);
    }
}

/* ------------------------------------------------------------- dispatch */

int output_table(struct cli *cli, const struct table *table) {
    struct view view;
    bool all = cli->format == FORMAT_JSON || cli->format == FORMAT_CSV || cli->format == FORMAT_TSV;
    /* text-only columns never reach the data formats */
    int code = view_make(cli, table, all, &view);
    if (code != 0)
        return code;
    switch (cli->format) {
    case FORMAT_JSON: {
        struct json json;
        json_init(&json, cli->out);
        json_array_begin(&json);
        for (size_t r = 0; r < table->row_count; r++)
            json_row(&json, table, r, &view, true);
        json_array_end(&json);
        json_finish(&json);
        break;
    }
    case FORMAT_CSV:
    case FORMAT_TSV:
        write_csv_table(cli->out, table, &view, cli->format == FORMAT_TSV);
        break;
    default:
        if (table->row_count > 0)
            write_text_table(cli, table, &view);
        break;
    }
    view_free(&view);
    return 0;
}

void output_titled_table(struct cli *cli, const char *title, const struct table *table) {
    struct view view;
    const char *columns = cli->columns;
    cli->columns = NULL; /* --columns is for the main table, not the blocks of show */
    view_make(cli, table, false, &view);
    cli->columns = columns;
    fprintf(cli->out, "\n%s (%zu)\n", title, table->row_count);
    if (table->row_count > 0)
        write_text_table(cli, table, &view);
    view_free(&view);
}

/* --------------------------------------------------------------- fields */

void fields_add_owned(struct fields *fields, const char *key, char *value) {
    if (value == NULL || value[0] == '\0') {
        free(value);
        return;
    }
    if (fields->count == fields->capacity) {
        fields->capacity = fields->capacity == 0 ? 16 : fields->capacity * 2;
        fields->items = xrealloc(fields->items, fields->capacity * sizeof *fields->items);
    }
    fields->items[fields->count].key = key;
    fields->items[fields->count].value = value;
    fields->count++;
}

void fields_add(struct fields *fields, const char *key, const char *value) {
    if (value != NULL && value[0] != '\0')
        fields_add_owned(fields, key, xstrdup(value));
}

void fields_free(struct fields *fields) {
    for (size_t i = 0; i < fields->count; i++)
        free(fields->items[i].value);
    free(fields->items);
    memset(fields, 0, sizeof *fields);
}

void output_fields(struct cli *cli, const char *heading, const struct fields *fields) {
    FILE *out = cli->out;
    if (heading != NULL && cli->box && cli->width > 0)
        write_wrapped_value(out, heading, 0, (size_t)cli->width);
    else if (heading != NULL)
        fprintf(out, "%s\n", heading);
    size_t key_width = 0;
    for (size_t i = 0; i < fields->count; i++) {
        size_t width = text_width(fields->items[i].key);
        if (width > key_width)
            key_width = width;
    }
    size_t indent = 2 + key_width + 2;
    bool wrapped = cli->box && cli->width > 0;
    for (size_t i = 0; i < fields->count; i++) {
        char *value = cell_display(&(struct column){"", CELL_TEXT, false, NULL, false, ""},
                                   fields->items[i].value);
        fprintf(out, "  %s", fields->items[i].key);
        put_repeat(out, " ", key_width - text_width(fields->items[i].key) + 2);
        if (wrapped)
            write_wrapped_value(out, value, indent, (size_t)cli->width);
        else
            fprintf(out, "%s\n", value);
        free(value);
    }
}

void output_paragraph(struct cli *cli, const char *text) {
    if (!cli->box || cli->width <= 0) {
        fprintf(cli->out, "%s\n", text);
        return;
    }
    /* line by line, each wrapped at spaces to the terminal */
    for (const char *line = text;;) {
        size_t length = strcspn(line, "\n");
        char *copy = xasprintf("%.*s", (int)length, line);
        write_wrapped_value(cli->out, copy, 0, (size_t)cli->width);
        free(copy);
        if (line[length] == '\0')
            break;
        line += length + 1;
    }
}
