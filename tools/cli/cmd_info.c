/* capartner version, capartner stats. */
#include "args.h"
#include "json.h"
#include "output.h"
#include "records.h"

#include <stdlib.h>

static const char version_help[] =
    "Usage: capartner version [OPTIONS]\n"
    "\n"
    "The versions of the command, of the library loaded, and of the data compiled\n"
    "into it (the as-of date: the newest publication date among the sources; the\n"
    "digest: SHA-256 of the data files).\n";

static const struct column version_columns[] = {
    {"key", CELL_TEXT, true, NULL, true, "what"},
    {"value", CELL_TEXT, true, NULL, true, "its value"},
};

int cmd_version(struct cli *cli, int argc, char **argv) {
    struct args args;
    int code = args_parse(cli, NULL, 0, FORMATS_TABULAR, argc, argv, &args);
    if (code == 0 && args.help) {
        fputs(version_help, stdout);
        args_print_options(stdout, NULL, 0, FORMATS_TABULAR);
        args_free(&args);
        return EXIT_FOUND;
    }
    if (code == 0 && args.positional_count > 0)
        code = cli_usage_error(cli, "unexpected argument '%s'; version takes none",
                               args.positionals[0]);
    args_free(&args);
    if (code != 0)
        return code;
    if ((code = cli_open_output(cli)) != 0)
        return code;

    char number[16];
    snprintf(number, sizeof number, "%d", capartner_version_number());
    const char *keys[] = {"cli_version",    "library_version", "library_version_number",
                          "header_version", "data_as_of",      "data_digest"};
    const char *values[] = {
        CAPARTNER_VERSION_STRING, capartner_version(),    number,
        CAPARTNER_VERSION_STRING, capartner_data_as_of(), capartner_data_digest()};
    size_t count = sizeof keys / sizeof keys[0];
    if (cli->format == FORMAT_JSON && cli->columns == NULL) {
        struct json json;
        json_init(&json, cli->out);
        json_object_begin(&json);
        for (size_t i = 0; i < count; i++) {
            json_key(&json, keys[i]);
            if (i == 2)
                json_int(&json, capartner_version_number());
            else
                json_string(&json, values[i]);
        }
        json_object_end(&json);
        json_finish(&json);
        return EXIT_FOUND;
    }
    if (cli->format == FORMAT_TEXT || cli->format == FORMAT_TABLE || cli->format == FORMAT_PLAIN) {
        if (cli->columns == NULL) {
            fprintf(cli->out, "capartner %s\nlibcapartner %s\ndata as of %s\ndata digest %s\n",
                    CAPARTNER_VERSION_STRING, capartner_version(), capartner_data_as_of(),
                    capartner_data_digest());
            return EXIT_FOUND;
        }
    }
    struct table table;
    table_init(&table, "version", version_columns, 2);
    for (size_t i = 0; i < count; i++) {
        table_row(&table);
        put_text(&table, keys[i]);
        put_text(&table, values[i]);
    }
    code = output_table(cli, &table);
    table_free(&table);
    return code;
}

static const char stats_help[] = "Usage: capartner stats [OPTIONS]\n"
                                 "\n"
                                 "The number of rows in each table of the dataset (the tables of\n"
                                 "'capartner export'), as the library reports them.\n";

static const struct column stats_columns[] = {
    {"table", CELL_TEXT, true, NULL, true, "the table"},
    {"rows", CELL_INT, true, NULL, true, "its number of rows"},
    {"preferred", CELL_INT, true, NULL, false,
     "rows that are the preferred statement (participations and events)"},
    {"description", CELL_TEXT, true, NULL, true, "what the table holds"},
};

static void count_links(size_t *countries, size_t *bodies, size_t *areas) {
    *countries = *bodies = *areas = 0;
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *event;
        if (capartner_event_at(i, &event) != CAPARTNER_OK)
            continue;
        *countries += capartner_event_country_count(event);
        *bodies += capartner_event_body_count(event);
        *areas += capartner_event_area_count(event);
    }
}

int cmd_stats(struct cli *cli, int argc, char **argv) {
    struct args args;
    int code = args_parse(cli, NULL, 0, FORMATS_TABULAR, argc, argv, &args);
    if (code == 0 && args.help) {
        fputs(stats_help, stdout);
        args_print_options(stdout, NULL, 0, FORMATS_TABULAR);
        args_free(&args);
        return EXIT_FOUND;
    }
    if (code == 0 && args.positional_count > 0)
        code =
            cli_usage_error(cli, "unexpected argument '%s'; stats takes none", args.positionals[0]);
    args_free(&args);
    if (code != 0)
        return code;
    if ((code = cli_open_output(cli)) != 0)
        return code;

    size_t preferred_participations = 0, preferred_events = 0;
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *p;
        if (capartner_participation_at(i, &p) == CAPARTNER_OK)
            preferred_participations += capartner_participation_is_preferred(p) != 0;
    }
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *e;
        if (capartner_event_at(i, &e) == CAPARTNER_OK)
            preferred_events += capartner_event_is_preferred(e) != 0;
    }
    size_t link_countries, link_bodies, link_areas;
    count_links(&link_countries, &link_bodies, &link_areas);
    size_t rows[TABLE_COUNT] = {
        [TABLE_DATASET] = 4,
        [TABLE_SOURCES] = capartner_source_count(),
        [TABLE_SECTIONS] = capartner_section_count(),
        [TABLE_COUNTRIES] = capartner_country_count(),
        [TABLE_PLACES] = capartner_place_count(),
        [TABLE_NAMES] = names_total(),
        [TABLE_BODIES] = capartner_body_count(),
        [TABLE_AREAS] = capartner_area_count(),
        [TABLE_PARTICIPATIONS] = capartner_participation_count(),
        [TABLE_EVENTS] = capartner_event_count(),
        [TABLE_EVENT_COUNTRIES] = link_countries,
        [TABLE_EVENT_BODIES] = link_bodies,
        [TABLE_EVENT_AREAS] = link_areas,
    };
    struct table table;
    table_init(&table, "stats", stats_columns, sizeof stats_columns / sizeof stats_columns[0]);
    for (int i = TABLE_SOURCES; i < TABLE_COUNT; i++) {
        table_row(&table);
        put_text(&table, schemas[i].name);
        put_int(&table, (long long)rows[i]);
        if (i == TABLE_PARTICIPATIONS)
            put_int(&table, (long long)preferred_participations);
        else if (i == TABLE_EVENTS)
            put_int(&table, (long long)preferred_events);
        else
            put_text(&table, NULL);
        put_text(&table, schemas[i].description);
    }
    code = output_table(cli, &table);
    table_free(&table);
    return code;
}
