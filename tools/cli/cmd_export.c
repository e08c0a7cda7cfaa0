/* capartner export: the whole dataset as JSON, CSV, TSV or SQL, and the
 * JSON Schema of the JSON export. Every format has the same tables and
 * columns (records.c). */
#include "args.h"
#include "escape.h"
#include "explorer.h"
#include "json.h"
#include "output.h"
#include "platform.h"
#include "records.h"
#include "suggest.h"
#include "text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT_FORMAT_VERSION 1

enum { OPT_TABLE = 1, OPT_PREFIX, OPT_DROP };

static const struct option_spec export_options[] = {
    {OPT_TABLE, "table", 't', "NAME", "only this table (repeat for several); see below"},
    {OPT_PREFIX, "prefix", 0, "PREFIX",
     "sql: put PREFIX before every table name (e.g. capartner_)"},
    {OPT_DROP, "drop", 0, NULL, "sql: drop the tables first (DROP TABLE IF EXISTS), to load again"},
};
#define OPTION_COUNT (sizeof export_options / sizeof export_options[0])

#define EXPORT_FORMATS                                                                             \
    ((1u << FORMAT_JSON) | (1u << FORMAT_CSV) | (1u << FORMAT_TSV) | (1u << FORMAT_SQL) |          \
     (1u << FORMAT_SCHEMA) | (1u << FORMAT_HTML))

static const char export_help[] =
    "Usage: capartner export --format json|csv|tsv|sql|schema|html [OPTIONS]\n"
    "\n"
    "The whole dataset, every table:\n"
    "  json    one document: {\"format\": \"capartner-export\", ..., \"tables\": {...}},\n"
    "          described by docs/capartner.schema.json (capartner export --format schema)\n"
    "  csv     one file per table (RFC 4180, header row) in the directory --output DIR;\n"
    "          with one --table, to standard output\n"
    "  tsv     the same with tabs (\\t, \\n, \\r, \\\\ escaped)\n"
    "  sql     CREATE TABLE and INSERT statements in one transaction, for SQLite and\n"
    "          PostgreSQL:  capartner export --format sql | sqlite3 capartner.db\n"
    "                       capartner export --format sql | psql -d mydb\n"
    "  schema  the JSON Schema of the json export\n"
    "  html    the explorer: one self-contained page to search and browse every\n"
    "          record and the timeline offline:  capartner export --format html > explorer.html\n"
    "\n"
    "Absent values are null (JSON, SQL) or empty (CSV, TSV); booleans are true/false\n"
    "in JSON and 1/0 elsewhere; dates keep the dataset's text form (\"early 2014\").\n";

struct export {
    struct cli *cli;
    bool selected[TABLE_COUNT];
    const char *prefix;
    bool drop;
};

/* ----------------------------------------------------------------- JSON */

static void write_json(const struct export *export) {
    struct json json;
    json_init(&json, export->cli->out);
    json_object_begin(&json);
    json_key(&json, "format");
    json_string(&json, "capartner-export");
    json_key(&json, "format_version");
    json_int(&json, EXPORT_FORMAT_VERSION);
    json_key(&json, "library_version");
    json_string(&json, capartner_version());
    json_key(&json, "data_as_of");
    json_string(&json, capartner_data_as_of());
    json_key(&json, "data_digest");
    json_string(&json, capartner_data_digest());
    json_key(&json, "tables");
    json_object_begin(&json);
    for (int t = 0; t < TABLE_COUNT; t++) {
        if (!export->selected[t])
            continue;
        struct table table;
        fill_table(&table, (enum record_table)t);
        json_key(&json, table.name);
        json_array_begin(&json);
        for (size_t r = 0; r < table.row_count; r++)
            json_row(&json, &table, r, NULL, true);
        json_array_end(&json);
        table_free(&table);
    }
    json_object_end(&json);
    json_object_end(&json);
    json_finish(&json);
}

/* ----------------------------------------------------------------- HTML */

/* The explorer page, with the JSON export inside (explorer.c). */
static int write_html(const struct export *export) {
    struct cli *cli = export->cli;
    FILE *data = tmpfile();
    if (data == NULL) {
        cli_error(cli, "cannot write a temporary file for the page's data: %s", strerror(errno));
        return EXIT_FAILURE_IO;
    }
    FILE *out = cli->out;
    cli->out = data;
    write_json(export);
    cli->out = out;
    int code = 0;
    if (ferror(data) || fflush(data) != 0) {
        cli_error(cli, "cannot write a temporary file for the page's data: %s", strerror(errno));
        code = EXIT_FAILURE_IO;
    } else {
        code = explorer_write(cli, data);
    }
    fclose(data);
    return code;
}

/* ------------------------------------------------------------ CSV, TSV */

static int write_files(const struct export *export, bool tsv) {
    struct cli *cli = export->cli;
    size_t selected = 0;
    int single = -1;
    for (int t = 0; t < TABLE_COUNT; t++)
        if (export->selected[t]) {
            selected++;
            single = t;
        }
    const char *directory = cli->output_path;
    if (directory == NULL || strcmp(directory, "-") == 0) {
        if (selected != 1)
            return cli_usage_error(cli,
                                   "%s writes one file per table: give a directory with "
                                   "--output DIR (or one --table NAME for standard output)",
                                   tsv ? "tsv" : "csv");
        struct table table;
        fill_table(&table, (enum record_table)single);
        struct view view;
        int code = view_make(cli, &table, true, &view);
        if (code == 0)
            write_csv_table(stdout, &table, &view, tsv);
        view_free(&view);
        table_free(&table);
        return code;
    }
    if (!platform_make_directory(directory)) {
        cli_error(cli, "--output '%s': cannot create the directory: %s", directory,
                  strerror(errno));
        return EXIT_FAILURE_IO;
    }
    for (int t = 0; t < TABLE_COUNT; t++) {
        if (!export->selected[t])
            continue;
        char *path = xasprintf("%s/%s.%s", directory, schemas[t].name, tsv ? "tsv" : "csv");
        FILE *file = fopen(path, "wb");
        if (file == NULL) {
            cli_error(cli, "cannot write %s: %s", path, strerror(errno));
            free(path);
            return EXIT_FAILURE_IO;
        }
        struct table table;
        fill_table(&table, (enum record_table)t);
        struct view view;
        const char *columns = cli->columns;
        cli->columns = NULL; /* every column in every file */
        view_make(cli, &table, true, &view);
        cli->columns = columns;
        write_csv_table(file, &table, &view, tsv);
        view_free(&view);
        table_free(&table);
        bool failed = ferror(file) != 0;
        if (fclose(file) != 0 || failed) {
            cli_error(cli, "cannot write %s: %s", path, strerror(errno));
            free(path);
            return EXIT_FAILURE_IO;
        }
        free(path);
    }
    return 0;
}

/* ------------------------------------------------------------------ SQL */

static void sql_name(FILE *out, const char *prefix, const char *name) {
    fprintf(out, "\"%s%s\"", prefix, name);
}

static void sql_create(const struct export *export, int t) {
    FILE *out = export->cli->out;
    const struct schema *schema = &schemas[t];
    fprintf(out, "\n-- %s: %s\n", schema->name, schema->description);
    fputs("CREATE TABLE ", out);
    sql_name(out, export->prefix, schema->name);
    fputs(" (\n", out);
    for (size_t c = 0; c < schema->column_count; c++) {
        const struct column *column = &schema->columns[c];
        fprintf(out, "  \"%s\" %s", column->name,
                column->type == CELL_INT || column->type == CELL_BOOL ? "INTEGER" : "TEXT");
        if (column->required)
            fputs(" NOT NULL", out);
        if (schema->primary_key != NULL && strcmp(schema->primary_key, column->name) == 0)
            fputs(" PRIMARY KEY", out);
        /* a reference to a table already created (or itself) and exported */
        int target = column->references != NULL ? schema_find(column->references) : -1;
        if (target >= 0 && target <= t && export->selected[target]) {
            fputs(" REFERENCES ", out);
            sql_name(out, export->prefix, schemas[target].name);
            fputs(" (\"id\") DEFERRABLE INITIALLY DEFERRED", out);
        }
        if (c + 1 < schema->column_count ||
            (schema->primary_key != NULL && strchr(schema->primary_key, ',') != NULL))
            fputc(',', out);
        fputc('\n', out);
    }
    if (schema->primary_key != NULL && strchr(schema->primary_key, ',') != NULL) {
        fputs("  PRIMARY KEY (", out);
        char *key = xstrdup(schema->primary_key);
        bool first = true;
        for (char *part = strtok(key, ", "); part != NULL; part = strtok(NULL, ", ")) {
            fprintf(out, "%s\"%s\"", first ? "" : ", ", part);
            first = false;
        }
        free(key);
        fputs(")\n", out);
    }
    fputs(");\n", out);
}

static void sql_inserts(const struct export *export, int t) {
    FILE *out = export->cli->out;
    struct table table;
    fill_table(&table, (enum record_table)t);
    for (size_t r = 0; r < table.row_count; r++) {
        fputs("INSERT INTO ", out);
        sql_name(out, export->prefix, table.name);
        fputs(" VALUES (", out);
        for (size_t c = 0; c < table.column_count; c++) {
            const char *cell = table_cell(&table, r, c);
            if (c > 0)
                fputs(", ", out);
            if (cell == NULL)
                fputs("NULL", out);
            else if (table.columns[c].type == CELL_INT || table.columns[c].type == CELL_BOOL)
                fputs(cell, out);
            else
                escape_sql(out, cell);
        }
        fputs(");\n", out);
    }
    table_free(&table);
}

static void write_sql(const struct export *export) {
    FILE *out = export->cli->out;
    fprintf(out,
            "-- NATO's partnerships with the Central Asian states: libcapartner %s,\n"
            "-- data as of %s (digest %s).\n"
            "-- Standard SQL for SQLite and PostgreSQL, in one transaction:\n"
            "--   sqlite3 capartner.db < capartner.sql     psql -d DB -f capartner.sql\n"
            "-- Tables and columns: docs/cli.md and docs/json-schema.md.\n",
            capartner_version(), capartner_data_as_of(), capartner_data_digest());
    fputs("BEGIN;\n", out);
    if (export->drop) {
        for (int t = TABLE_COUNT - 1; t >= 0; t--) {
            if (!export->selected[t])
                continue;
            fputs("DROP TABLE IF EXISTS ", out);
            sql_name(out, export->prefix, schemas[t].name);
            fputs(";\n", out);
        }
    }
    for (int t = 0; t < TABLE_COUNT; t++)
        if (export->selected[t])
            sql_create(export, t);
    for (int t = 0; t < TABLE_COUNT; t++) {
        if (!export->selected[t])
            continue;
        fprintf(out, "\n-- %s\n", schemas[t].name);
        sql_inserts(export, t);
    }
    fputs("COMMIT;\n", out);
}

/* --------------------------------------------------------- JSON Schema */

/* The columns of one day as YYYY-MM-DD: an event's bounds, a relation's spans. */
static bool iso_day_column(const char *name) {
    static const char *const names[] = {"date_earliest", "date_latest",    "certain_first",
                                        "certain_last",  "possible_first", "possible_last"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    return false;
}

static void schema_type(struct json *json, const struct column *column) {
    const char *type = column->type == CELL_INT    ? "integer"
                       : column->type == CELL_BOOL ? "boolean"
                                                   : "string";
    json_key(json, "type");
    if (column->required) {
        json_string(json, type);
    } else {
        json_array_begin_inline(json);
        json_string(json, type);
        json_string(json, "null");
        json_array_end(json);
    }
    if (column->type == CELL_DATE) {
        json_key(json, "pattern");
        json_string(json,
                    "^((early|mid|late|circa|before|after) )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
    } else if (iso_day_column(column->name)) {
        json_key(json, "pattern");
        json_string(json, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    }
}

/* A string property of the export's header: {"type": "string", "pattern"
 * (unless NULL), "description"}. */
static void schema_string_property(struct json *json, const char *name, const char *pattern,
                                   const char *description) {
    json_key(json, name);
    json_object_begin_inline(json);
    json_key(json, "type");
    json_string(json, "string");
    if (pattern != NULL) {
        json_key(json, "pattern");
        json_string(json, pattern);
    }
    json_key(json, "description");
    json_string(json, description);
    json_object_end(json);
}

/* The header's properties: the format, its version, the library and data versions. */
static void schema_header_properties(struct json *json) {
    json_key(json, "format");
    json_object_begin_inline(json);
    json_key(json, "const");
    json_string(json, "capartner-export");
    json_object_end(json);
    json_key(json, "format_version");
    json_object_begin_inline(json);
    json_key(json, "const");
    json_int(json, EXPORT_FORMAT_VERSION);
    json_key(json, "description");
    json_string(json, "changes only when a table or column is removed or changes meaning");
    json_object_end(json);
    schema_string_property(json, "library_version", NULL,
                           "the version of libcapartner that wrote the export");
    schema_string_property(json, "data_as_of", NULL,
                           "the newest publication date among the cited sources");
    schema_string_property(json, "data_digest", "^[0-9a-f]{64}$",
                           "SHA-256 of the data files: identifies the data version");
}

/* "tables": every table, an array of rows of its definition in $defs. */
static void schema_tables_property(struct json *json) {
    json_key(json, "tables");
    json_object_begin(json);
    json_key(json, "type");
    json_string(json, "object");
    json_key(json, "required");
    json_array_begin_inline(json);
    for (int t = 0; t < TABLE_COUNT; t++)
        json_string(json, schemas[t].name);
    json_array_end(json);
    json_key(json, "additionalProperties");
    json_bool(json, false);
    json_key(json, "properties");
    json_object_begin(json);
    for (int t = 0; t < TABLE_COUNT; t++) {
        char *ref = xasprintf("#/$defs/%s", schemas[t].name);
        json_key(json, schemas[t].name);
        json_object_begin_inline(json);
        json_key(json, "type");
        json_string(json, "array");
        json_key(json, "items");
        json_object_begin_inline(json);
        json_key(json, "$ref");
        json_string(json, ref);
        json_object_end(json);
        json_object_end(json);
        free(ref);
    }
    json_object_end(json);
    json_object_end(json);
}

/* The definition of a row of one table: every column, its type and meaning. */
static void schema_table_definition(struct json *json, const struct schema *schema) {
    json_key(json, schema->name);
    json_object_begin(json);
    json_key(json, "description");
    char *description = schema->primary_key != NULL
                            ? xasprintf("A row of %s: %s. Key: %s.", schema->name,
                                        schema->description, schema->primary_key)
                            : xasprintf("A row of %s: %s.", schema->name, schema->description);
    json_string(json, description);
    free(description);
    json_key(json, "type");
    json_string(json, "object");
    json_key(json, "required");
    json_array_begin_inline(json);
    for (size_t c = 0; c < schema->column_count; c++)
        json_string(json, schema->columns[c].name);
    json_array_end(json);
    json_key(json, "additionalProperties");
    json_bool(json, false);
    json_key(json, "properties");
    json_object_begin(json);
    for (size_t c = 0; c < schema->column_count; c++) {
        const struct column *column = &schema->columns[c];
        json_key(json, column->name);
        json_object_begin_inline(json);
        schema_type(json, column);
        json_key(json, "description");
        json_string(json, column->description);
        json_object_end(json);
    }
    json_object_end(json);
    json_object_end(json);
}

static void write_schema(const struct export *export) {
    struct json json;
    json_init(&json, export->cli->out);
    json_object_begin(&json);
    json_key(&json, "$schema");
    json_string(&json, "https://json-schema.org/draft/2020-12/schema");
    json_key(&json, "title");
    json_string(&json, "libcapartner export");
    json_key(&json, "description");
    json_string(&json, "The output of 'capartner export --format json': every table of the "
                       "dataset of NATO's partnerships with the Central Asian states. Every "
                       "row has every column; an absent value is null.");
    json_key(&json, "type");
    json_string(&json, "object");
    json_key(&json, "required");
    json_array_begin_inline(&json);
    const char *top[] = {"format",     "format_version", "library_version",
                         "data_as_of", "data_digest",    "tables"};
    for (size_t i = 0; i < sizeof top / sizeof top[0]; i++)
        json_string(&json, top[i]);
    json_array_end(&json);
    json_key(&json, "additionalProperties");
    json_bool(&json, false);
    json_key(&json, "properties");
    json_object_begin(&json);
    schema_header_properties(&json);
    schema_tables_property(&json);
    json_object_end(&json);
    json_key(&json, "$defs");
    json_object_begin(&json);
    for (int t = 0; t < TABLE_COUNT; t++)
        schema_table_definition(&json, &schemas[t]);
    json_object_end(&json);
    json_object_end(&json);
    json_finish(&json);
}

/* -------------------------------------------------------------- command */

static int select_table(struct export *export, const char *name) {
    char *normal = xstrdup(name);
    for (char *p = normal; *p != '\0'; p++)
        if (*p == '-')
            *p = '_';
    int t = schema_find(normal);
    free(normal);
    if (t >= 0) {
        export->selected[t] = true;
        return 0;
    }
    const char *names[TABLE_COUNT + 1];
    size_t used = 0;
    char valid[512] = "";
    for (int i = 0; i < TABLE_COUNT; i++) {
        names[i] = schemas[i].name;
        used +=
            (size_t)snprintf(valid + used, sizeof valid - used, "%s%s", i ? ", " : "", names[i]);
    }
    names[TABLE_COUNT] = NULL;
    char hint[200] = "";
    suggest_word(name, names, hint, sizeof hint);
    char *printable = text_printable(name);
    int code = cli_usage_error(export->cli, "--table '%s' is not a table; valid: %s%s", printable,
                               valid, hint);
    free(printable);
    return code;
}

static bool identifier(const char *text) {
    if (text[0] == '\0')
        return true;
    if (!((text[0] >= 'a' && text[0] <= 'z') || (text[0] >= 'A' && text[0] <= 'Z') ||
          text[0] == '_'))
        return false;
    for (const char *p = text; *p != '\0'; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '_'))
            return false;
    return strlen(text) <= 40;
}

int cmd_export(struct cli *cli, int argc, char **argv) {
    struct args args;
    int code = args_parse(cli, export_options, OPTION_COUNT, EXPORT_FORMATS, argc, argv, &args);
    if (code == 0 && args.help) {
        fputs(export_help, stdout);
        args_print_options(stdout, export_options, OPTION_COUNT, EXPORT_FORMATS);
        fputs("\nTables:", stdout);
        for (int t = 0; t < TABLE_COUNT; t++)
            printf("%s %s", t ? "," : "", schemas[t].name);
        fputs(".\n", stdout);
        args_free(&args);
        return EXIT_FOUND;
    }
    struct export export;
    memset(&export, 0, sizeof export);
    export.cli = cli;
    export.prefix = "";
    bool any_table = false;
    for (size_t i = 0; code == 0 && i < args.option_count; i++) {
        const struct option_value *option = &args.options[i];
        if (option->id == OPT_TABLE) {
            code = select_table(&export, option->value);
            any_table = true;
        } else if (option->id == OPT_PREFIX) {
            export.prefix = option->value;
            if (!identifier(option->value)) {
                char *printable = text_printable(option->value);
                code = cli_usage_error(cli,
                                       "--prefix '%s': use letters, digits and _ (not first), "
                                       "at most 40",
                                       printable);
                free(printable);
            }
        } else if (option->id == OPT_DROP) {
            export.drop = true;
        }
    }
    if (code == 0 && args.positional_count > 0)
        code = cli_usage_error(cli, "unexpected argument '%s'; export takes options only",
                               args.positionals[0]);
    if (code == 0 && cli->format == FORMAT_TEXT)
        code = cli_usage_error(cli, "which format? give --format json, csv, tsv, sql or html "
                                    "(or schema for the JSON Schema)");
    if (code == 0 && cli->columns != NULL)
        code = cli_usage_error(cli, "--columns does not apply to export: it writes every column");
    if (code == 0 && (export.drop || export.prefix[0] != '\0') && cli->format != FORMAT_SQL)
        code = cli_usage_error(cli, "--prefix and --drop apply to --format sql only");
    if (code == 0 && any_table && cli->format == FORMAT_HTML)
        code = cli_usage_error(cli, "--table does not apply to --format html: the page holds "
                                    "every table");
    args_free(&args);
    if (code != 0)
        return code;
    if (!any_table)
        for (int t = 0; t < TABLE_COUNT; t++)
            export.selected[t] = true;

    if (cli->format == FORMAT_CSV || cli->format == FORMAT_TSV)
        return write_files(&export, cli->format == FORMAT_TSV);
    if ((code = cli_open_output(cli)) != 0)
        return code;
    switch (cli->format) {
    case FORMAT_JSON:
        write_json(&export);
        break;
    case FORMAT_SQL:
        write_sql(&export);
        break;
    case FORMAT_HTML:
        return write_html(&export);
    default:
        write_schema(&export);
        break;
    }
    return 0;
}
