/* capartner list KIND: the records of a kind, with filters. */
#include "args.h"
#include "keys.h"
#include "output.h"
#include "records.h"
#include "suggest.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_PARTNER = 1, OPT_KIND, OPT_PARENT, OPT_COUNTRY, OPT_SOURCE, OPT_OWNER, OPT_LANGUAGE };

static const struct option_spec list_options[] = {
    {OPT_PARTNER, "partner", 'p', NULL, "countries: only the five Central Asian partners"},
    {OPT_KIND, "kind", 'k', "KIND",
     "bodies, places, sources, names: only this kind (repeat for several)"},
    {OPT_PARENT, "parent", 0, "KEY", "bodies: only those directly under this body"},
    {OPT_COUNTRY, "country", 'c', "KEY", "places: only those in this country"},
    {OPT_SOURCE, "source", 0, "ID", "sections: only those of this source"},
    {OPT_OWNER, "owner", 0, "KEY", "names: only the names of this country, body or place"},
    {OPT_LANGUAGE, "language", 'l', "CODE", "names: only names in this language (en, ru, kk, ...)"},
};
#define OPTION_COUNT (sizeof list_options / sizeof list_options[0])

static const char list_help[] =
    "Usage: capartner list KIND [FILTERS] [OPTIONS]\n"
    "\n"
    "The records of one kind, in dataset order. KIND is one of:\n"
    "  countries       [--partner]\n"
    "  bodies          [--kind KIND] [--parent KEY]     (programmes, councils, ...)\n"
    "  places          [--kind city|river|region] [--country KEY]\n"
    "  areas                                            (areas of cooperation)\n"
    "  sources         [--kind primary|official|secondary|reference]\n"
    "  sections        [--source ID]\n"
    "  names           [--owner KEY] [--language CODE] [--kind short|official|acronym|alias]\n"
    "  participations  (the same as 'capartner participations', with its filters)\n"
    "  events          (the same as 'capartner timeline', with its filters)\n"
    "The singular works too (country, body, ...). JSON, CSV and TSV have every column\n"
    "of the table (as in 'capartner export'); text shows the main ones.\n";

enum list_kind {
    LIST_COUNTRIES,
    LIST_BODIES,
    LIST_PLACES,
    LIST_AREAS,
    LIST_SOURCES,
    LIST_SECTIONS,
    LIST_NAMES,
    LIST_PARTICIPATIONS,
    LIST_EVENTS,
    LIST_KIND_COUNT
};

static const char *const kind_plural[LIST_KIND_COUNT + 1] = {
    "countries", "bodies", "places",         "areas",  "sources",
    "sections",  "names",  "participations", "events", NULL};
static const char *const kind_singular[LIST_KIND_COUNT] = {
    "country", "body", "place", "area", "source", "section", "name", "participation", "event"};

/* Which options each kind takes. */
static bool option_applies(enum list_kind kind, int option) {
    switch (option) {
    case OPT_PARTNER:
        return kind == LIST_COUNTRIES;
    case OPT_KIND:
        return kind == LIST_BODIES || kind == LIST_PLACES || kind == LIST_SOURCES ||
               kind == LIST_NAMES;
    case OPT_PARENT:
        return kind == LIST_BODIES;
    case OPT_COUNTRY:
        return kind == LIST_PLACES;
    case OPT_SOURCE:
        return kind == LIST_SECTIONS;
    case OPT_OWNER:
    case OPT_LANGUAGE:
        return kind == LIST_NAMES;
    default:
        return false;
    }
}

static int find_kind(const char *word) {
    for (int i = 0; i < LIST_KIND_COUNT; i++)
        if (strcmp(word, kind_plural[i]) == 0 || strcmp(word, kind_singular[i]) == 0)
            return i;
    return -1;
}

/* The kind is the first argument that is not an option or an option's value. */
static int locate_kind(int argc, char **argv) {
    static const char *const with_value[] = {
        "-f", "--format",  "-o",       "--output", "--columns", "-k",         "--kind", "--parent",
        "-c", "--country", "--source", "--owner",  "-l",        "--language", NULL};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            return i + 1 < argc ? i + 1 : -1;
        if (argv[i][0] != '-' || argv[i][1] == '\0')
            return i;
        for (size_t j = 0; with_value[j] != NULL; j++)
            if (strcmp(argv[i], with_value[j]) == 0) {
                i++;
                break;
            }
    }
    return -1;
}

/* Filters, collected from the options. */
struct list_filters {
    bool partner;
    int kinds[32];
    size_t kind_count;
    const capartner_body *parent;
    const capartner_country *country;
    const capartner_source *source;
    const char *owner_type, *owner_id;
    const char *languages[16];
    size_t language_count;
};

static bool kind_selected(const struct list_filters *filters, int kind) {
    if (filters->kind_count == 0)
        return true;
    for (size_t i = 0; i < filters->kind_count; i++)
        if (filters->kinds[i] == kind)
            return true;
    return false;
}

static int parse_kind_value(const struct cli *cli, enum list_kind list, const char *value,
                            int *out) {
    switch (list) {
    case LIST_BODIES: {
        capartner_body_kind kind;
        int code = parse_body_kind(cli, "--kind", value, &kind);
        *out = (int)kind;
        return code;
    }
    case LIST_PLACES: {
        capartner_place_kind kind;
        int code = parse_place_kind(cli, "--kind", value, &kind);
        *out = (int)kind;
        return code;
    }
    case LIST_SOURCES: {
        capartner_source_kind kind;
        int code = parse_source_kind(cli, "--kind", value, &kind);
        *out = (int)kind;
        return code;
    }
    default: {
        capartner_name_kind kind;
        int code = parse_name_kind(cli, "--kind", value, &kind);
        *out = (int)kind;
        return code;
    }
    }
}

/* --owner: a country, body or place, tried in that order. */
static int parse_owner(const struct cli *cli, const char *value, struct list_filters *filters) {
    const capartner_country *country;
    const capartner_body *body;
    const capartner_place *place;
    if (capartner_country_find(value, &country) == CAPARTNER_OK) {
        filters->owner_type = "country";
        filters->owner_id = capartner_country_id(country);
        return 0;
    }
    if (capartner_body_find(value, &body) == CAPARTNER_OK) {
        filters->owner_type = "body";
        filters->owner_id = capartner_body_id(body);
        return 0;
    }
    capartner_status status = capartner_place_find(value, &place);
    if (status == CAPARTNER_OK) {
        filters->owner_type = "place";
        filters->owner_id = capartner_place_id(place);
        return 0;
    }
    char hint[512] = "";
    if (status == CAPARTNER_ERR_NOT_FOUND) {
        struct suggest suggest;
        suggest_init(&suggest, value);
        consider_countries(&suggest, true);
        consider_bodies(&suggest, true);
        consider_places(&suggest, true);
        suggest_format(&suggest, hint, sizeof hint);
        suggest_free(&suggest);
    }
    return key_status(cli, "--owner", value, status, "country, body or place", hint);
}

static int read_list_filters(const struct cli *cli, enum list_kind kind, const struct args *args,
                             struct list_filters *filters) {
    int code = 0;
    for (size_t i = 0; i < args->option_count; i++) {
        const struct option_value *option = &args->options[i];
        int result = 0;
        if (!option_applies(kind, option->id)) {
            const char *takers = "";
            switch (option->id) {
            case OPT_PARTNER:
                takers = "countries";
                break;
            case OPT_KIND:
                takers = "bodies, places, sources and names";
                break;
            case OPT_PARENT:
                takers = "bodies";
                break;
            case OPT_COUNTRY:
                takers = "places (for events or participations: capartner timeline or "
                         "participations --country)";
                break;
            case OPT_SOURCE:
                takers = "sections";
                break;
            default:
                takers = "names";
                break;
            }
            result = cli_usage_error(cli, "--%s does not apply to %s; it applies to %s",
                                     option->name, kind_plural[kind], takers);
        } else {
            switch (option->id) {
            case OPT_PARTNER:
                filters->partner = true;
                break;
            case OPT_KIND: {
                int value = 0;
                result = parse_kind_value(cli, kind, option->value, &value);
                if (result == 0 && filters->kind_count < 32)
                    filters->kinds[filters->kind_count++] = value;
                break;
            }
            case OPT_PARENT:
                result = key_body(cli, "--parent", option->value, &filters->parent);
                break;
            case OPT_COUNTRY:
                result = key_country(cli, "--country", option->value, &filters->country);
                break;
            case OPT_SOURCE:
                result = key_source(cli, "--source", option->value, &filters->source);
                break;
            case OPT_OWNER:
                result = parse_owner(cli, option->value, filters);
                break;
            case OPT_LANGUAGE:
                if (filters->language_count < 16)
                    filters->languages[filters->language_count++] = option->value;
                break;
            default:
                break;
            }
        }
        if (result == EXIT_USAGE || (result != 0 && code == 0))
            code = result;
    }
    return code;
}

static bool language_selected(const struct list_filters *filters, const char *language) {
    if (filters->language_count == 0)
        return true;
    for (size_t i = 0; i < filters->language_count; i++)
        if (strcmp(filters->languages[i], language) == 0)
            return true;
    return false;
}

static void fill(struct table *table, enum list_kind kind, const struct list_filters *f) {
    switch (kind) {
    case LIST_COUNTRIES:
        table_for(table, &schemas[TABLE_COUNTRIES]);
        for (size_t i = 0; i < capartner_country_count(); i++) {
            const capartner_country *c;
            if (capartner_country_at(i, &c) == CAPARTNER_OK &&
                (!f->partner || capartner_country_is_partner(c)))
                row_country(table, c);
        }
        break;
    case LIST_BODIES:
        table_for(table, &schemas[TABLE_BODIES]);
        for (size_t i = 0; i < capartner_body_count(); i++) {
            const capartner_body *b;
            if (capartner_body_at(i, &b) == CAPARTNER_OK &&
                kind_selected(f, (int)capartner_body_kind_of(b)) &&
                (f->parent == NULL || capartner_body_parent(b) == f->parent))
                row_body(table, b);
        }
        break;
    case LIST_PLACES:
        table_for(table, &schemas[TABLE_PLACES]);
        for (size_t i = 0; i < capartner_place_count(); i++) {
            const capartner_place *p;
            if (capartner_place_at(i, &p) == CAPARTNER_OK &&
                kind_selected(f, (int)capartner_place_kind_of(p)) &&
                (f->country == NULL || capartner_place_country(p) == f->country))
                row_place(table, p);
        }
        break;
    case LIST_AREAS:
        fill_table(table, TABLE_AREAS);
        break;
    case LIST_SOURCES:
        table_for(table, &schemas[TABLE_SOURCES]);
        for (size_t i = 0; i < capartner_source_count(); i++) {
            const capartner_source *s;
            if (capartner_source_at(i, &s) == CAPARTNER_OK &&
                kind_selected(f, (int)capartner_source_kind_of(s)))
                row_source(table, s);
        }
        break;
    case LIST_SECTIONS:
        table_for(table, &schemas[TABLE_SECTIONS]);
        for (size_t i = 0; i < capartner_section_count(); i++) {
            const capartner_section *s;
            if (capartner_section_at(i, &s) == CAPARTNER_OK &&
                (f->source == NULL || capartner_section_source(s) == f->source))
                row_section(table, s);
        }
        break;
    default: {
        /* names: build them all, keep the matching rows */
        struct table all;
        fill_table(&all, TABLE_NAMES);
        table_for(table, &schemas[TABLE_NAMES]);
        for (size_t r = 0; r < all.row_count; r++) {
            const char *owner_type = table_cell(&all, r, 0), *owner = table_cell(&all, r, 1);
            const char *language = table_cell(&all, r, 2), *kind_text = table_cell(&all, r, 3);
            if (f->owner_type != NULL &&
                (strcmp(owner_type, f->owner_type) != 0 || strcmp(owner, f->owner_id) != 0))
                continue;
            if (!language_selected(f, language))
                continue;
            if (f->kind_count > 0) {
                bool selected = false;
                for (size_t k = 0; k < f->kind_count; k++)
                    selected |= strcmp(capartner_name_kind_name((capartner_name_kind)f->kinds[k]),
                                       kind_text) == 0;
                if (!selected)
                    continue;
            }
            table_row(table);
            for (size_t c = 0; c < all.column_count; c++)
                put_text(table, table_cell(&all, r, c));
        }
        table_free(&all);
        break;
    }
    }
}

int cmd_list(struct cli *cli, int argc, char **argv) {
    int position = locate_kind(argc, argv);
    int kind = position > 0 ? find_kind(argv[position]) : -1;
    if (kind == LIST_EVENTS || kind == LIST_PARTICIPATIONS) {
        /* the queries: forward everything but the kind */
        char **rest = xcalloc((size_t)argc + 1, sizeof *rest);
        int count = 0;
        rest[count++] = argv[0];
        for (int i = 1; i < argc; i++)
            if (i != position)
                rest[count++] = argv[i];
        cli->command = kind == LIST_EVENTS ? "timeline" : "participations";
        int code = kind == LIST_EVENTS ? cmd_timeline(cli, count, rest)
                                       : cmd_participations(cli, count, rest);
        free((void *)rest);
        return code;
    }

    struct args args;
    int code = args_parse(cli, list_options, OPTION_COUNT, FORMATS_TABULAR, argc, argv, &args);
    if (code == 0 && args.help) {
        fputs(list_help, stdout);
        args_print_options(stdout, list_options, OPTION_COUNT, FORMATS_TABULAR);
        args_free(&args);
        return EXIT_FOUND;
    }
    if (code == 0 && args.positional_count == 0)
        code = cli_usage_error(cli, "which records? give a kind: countries, bodies, places, "
                                    "areas, sources, sections, names, participations or events");
    if (code == 0 && kind < 0) {
        const char *word = args.positionals[0];
        char hint[200] = "";
        const char *words[2 * LIST_KIND_COUNT + 1];
        for (int i = 0; i < LIST_KIND_COUNT; i++) {
            words[i] = kind_plural[i];
            words[LIST_KIND_COUNT + i] = kind_singular[i];
        }
        words[2 * LIST_KIND_COUNT] = NULL;
        suggest_word(word, words, hint, sizeof hint);
        char *printable = text_printable(word);
        code = cli_usage_error(cli,
                               "'%s' is not a kind of record; valid: countries, bodies, places, "
                               "areas, sources, sections, names, participations, events%s",
                               printable, hint);
        free(printable);
    }
    if (code == 0 && args.positional_count > 1)
        code = cli_usage_error(cli, "unexpected argument '%s' after the kind '%s'",
                               args.positionals[1], args.positionals[0]);
    struct list_filters filters;
    memset(&filters, 0, sizeof filters);
    if (code == 0)
        code = read_list_filters(cli, (enum list_kind)kind, &args, &filters);
    args_free(&args);
    if (code == 0)
        code = cli_open_output(cli);
    if (code != 0)
        return code;

    struct table table;
    fill(&table, (enum list_kind)kind, &filters);
    code = output_table(cli, &table);
    size_t rows = table.row_count;
    table_free(&table);
    if (code == 0 && rows == 0) {
        cli_error(cli, "no %s match these filters", kind_plural[kind]);
        code = EXIT_NOT_FOUND;
    }
    return code;
}
