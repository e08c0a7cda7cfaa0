/* capartner timeline, capartner participations: the library's two queries. */
#include "args.h"
#include "keys.h"
#include "output.h"
#include "records.h"
#include "svg.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

enum {
    OPT_COUNTRY = 1,
    OPT_BODY,
    OPT_AREA,
    OPT_KIND,
    OPT_ROLE,
    OPT_FROM,
    OPT_TO,
    OPT_POSSIBLY,
    OPT_AS_OF,
    OPT_ORDER,
    OPT_NEWEST,
    OPT_OLDEST,
    OPT_ALTERNATIVES,
    OPT_LIMIT
};

static const struct option_spec timeline_options[] = {
    {OPT_COUNTRY, "country", 'c', "KEY",
     "events involving this country (code or name in any language); repeat or "
     "separate with commas for several"},
    {OPT_BODY, "body", 'b', "KEY", "events involving this body (id, acronym or name)"},
    {OPT_AREA, "area", 'a', "KEY", "events in this area of cooperation (id or name)"},
    {OPT_KIND, "kind", 'k', "KIND", "events of this kind (see below)"},
    {OPT_FROM, "from", 0, "DATE", "events from this date on (inclusive)"},
    {OPT_TO, "to", 0, "DATE", "events up to this date (inclusive)"},
    {OPT_POSSIBLY, "possibly", 0, NULL,
     "also the events that may fall in the range, marked (default: those certainly in it)"},
    {OPT_ORDER, "order", 0, "ORDER", "oldest (the default) or newest first"},
    {OPT_NEWEST, "newest-first", 'r', NULL, "the same as --order newest"},
    {OPT_OLDEST, "oldest-first", 0, NULL, "the same as --order oldest"},
    {OPT_ALTERNATIVES, "alternatives", 0, NULL,
     "also the statements the dataset does not prefer where sources disagree"},
    {OPT_LIMIT, "limit", 'n', "N", "at most N events"},
};

static const struct option_spec participation_options[] = {
    {OPT_COUNTRY, "country", 'c', "KEY",
     "this country's participations (code or name); repeat or separate with commas"},
    {OPT_BODY, "body", 'b', "KEY", "participations in this body (id, acronym or name)"},
    {OPT_AREA, "area", 'a', "KEY",
     "relations about this area of cooperation (id or name; the relation's area column)"},
    {OPT_ROLE, "role", 0, "ROLE", "participations in this role (see below)"},
    {OPT_AS_OF, "as-of", 0, "DATE",
     "only the relations certainly held on this date; the status column is for this date"},
    {OPT_POSSIBLY, "possibly", 0, NULL,
     "with --as-of: also the relations whose status then is unknown"},
    {OPT_ORDER, "order", 0, "ORDER", "oldest (the default: dataset order) or newest first"},
    {OPT_NEWEST, "newest-first", 'r', NULL, "the same as --order newest"},
    {OPT_OLDEST, "oldest-first", 0, NULL, "the same as --order oldest"},
    {OPT_ALTERNATIVES, "alternatives", 0, NULL,
     "also the statements the dataset does not prefer where sources disagree"},
    {OPT_LIMIT, "limit", 'n', "N", "at most N participations"},
};

#define COUNT_OF(array) (sizeof array / sizeof array[0])

static const char timeline_help[] =
    "Usage: capartner timeline [OPTIONS]\n"
    "       capartner timeline --format svg > timeline.svg\n"
    "\n"
    "The events of NATO's partnerships with the Central Asian states, oldest first.\n"
    "Several values of one filter are alternatives (--country KZ --country KG: either);\n"
    "different filters must all hold (--country KZ --area public-diplomacy: both).\n"
    "Dates: YYYY, YYYY-MM or YYYY-MM-DD, optionally after early, mid, late, circa,\n"
    "before or after. A range keeps the events certainly inside it: '2013' is in\n"
    "--from 2013 --to 2013, 'after 2001-09-11' is not. --possibly adds the events that\n"
    "may fall in it ('2013' in --from 2013-06 --to 2013-08), with a 'certain' column.\n"
    "\n"
    "--format svg draws the timeline: one lane per country, events as marks coloured\n"
    "by area of cooperation, participations in programmes as bars.\n";

static const char participations_help[] =
    "Usage: capartner participations [OPTIONS]\n"
    "\n"
    "Who takes part in what: a country's role in a body (member, participant, on_hold,\n"
    "host, ...) from a start to an end, as reported. The status column says whether\n"
    "the relation held on the --as-of date (else on the data's as-of date): held,\n"
    "not_held, or unknown where the sources do not tell (before a start they do not\n"
    "give, after the last source that reports it). --as-of DATE keeps the relations\n"
    "certainly held then; --possibly adds those whose status is unknown.\n"
    "\n"
    "Example: capartner participations --body PARP --as-of 2013-06\n";

static void print_vocabulary(FILE *out, const char *title, int count, const char *(*name)(int)) {
    fprintf(out, "\n%s:", title);
    size_t column = strlen(title) + 1;
    for (int i = 0; i < count; i++) {
        const char *word = name(i);
        if (column + strlen(word) + 2 > 78) {
            fputs("\n ", out);
            column = 1;
        }
        fprintf(out, " %s%s", word, i + 1 < count ? "," : "\n");
        column += strlen(word) + 2;
    }
}

static const char *event_kind_word(int i) {
    return capartner_event_kind_name((capartner_event_kind)i);
}

static const char *role_word(int i) {
    return capartner_role_name((capartner_role)i);
}

/* ------------------------------------------------------ repeatable keys */

struct picked {
    const void **items;
    size_t count, capacity;
};

static void pick(struct picked *picked, const void *item) {
    for (size_t i = 0; i < picked->count; i++)
        if (picked->items[i] == item)
            return;
    if (picked->count == picked->capacity) {
        picked->capacity = picked->capacity == 0 ? 4 : picked->capacity * 2;
        picked->items = xrealloc((void *)picked->items, picked->capacity * sizeof *picked->items);
    }
    picked->items[picked->count++] = item;
}

typedef int (*resolve_fn)(const struct cli *, const char *, const char *, const void **);

static int resolve_country(const struct cli *cli, const char *what, const char *key,
                           const void **out) {
    const capartner_country *c = NULL;
    int code = key_country(cli, what, key, &c);
    *out = c;
    return code;
}

static int resolve_body(const struct cli *cli, const char *what, const char *key,
                        const void **out) {
    const capartner_body *b = NULL;
    int code = key_body(cli, what, key, &b);
    *out = b;
    return code;
}

static int resolve_area(const struct cli *cli, const char *what, const char *key,
                        const void **out) {
    const capartner_area *a = NULL;
    int code = key_area(cli, what, key, &a);
    *out = a;
    return code;
}

/* The whole value if it is a key (names may hold commas), else each
 * comma-separated part. */
static int pick_keys(const struct cli *cli, const char *what, const char *value, resolve_fn resolve,
                     capartner_status (*find)(const char *, const void **), struct picked *picked) {
    const void *item = NULL;
    if (strchr(value, ',') != NULL && find(value, &item) == CAPARTNER_OK) {
        pick(picked, item);
        return 0;
    }
    if (strchr(value, ',') == NULL) {
        int code = resolve(cli, what, value, &item);
        if (code == 0)
            pick(picked, item);
        return code;
    }
    char *copy = xstrdup(value);
    int code = 0;
    for (char *part = copy;;) {
        char *comma = strchr(part, ',');
        if (comma != NULL)
            *comma = '\0';
        int part_code = resolve(cli, what, part, &item);
        if (part_code == 0)
            pick(picked, item);
        else if (code == 0 || part_code == EXIT_USAGE)
            code = part_code;
        if (comma == NULL)
            break;
        part = comma + 1;
    }
    free(copy);
    return code;
}

static capartner_status find_country(const char *key, const void **out) {
    const capartner_country *c = NULL;
    capartner_status status = capartner_country_find(key, &c);
    *out = c;
    return status;
}

static capartner_status find_body(const char *key, const void **out) {
    const capartner_body *b = NULL;
    capartner_status status = capartner_body_find(key, &b);
    *out = b;
    return status;
}

static capartner_status find_area(const char *key, const void **out) {
    const capartner_area *a = NULL;
    capartner_status status = capartner_area_find(key, &a);
    *out = a;
    return status;
}

/* ---------------------------------------------------------- the filters */

struct filters {
    struct picked countries, bodies, areas;
    capartner_event_kind kinds[CAPARTNER_EVENT_KIND_COUNT];
    size_t kind_count;
    capartner_role roles[CAPARTNER_ROLE_COUNT];
    size_t role_count;
    const char *from, *to, *as_of;
    capartner_date from_date, to_date, as_of_date;
    bool possibly, alternatives;
    capartner_order order;
    size_t limit;                            /* 0: no limit */
    const struct option_value *order_option; /* the first that set the order */
};

static void filters_free(struct filters *filters) {
    free((void *)filters->countries.items);
    free((void *)filters->bodies.items);
    free((void *)filters->areas.items);
}

static int parse_order(const struct cli *cli, const char *value, capartner_order *order) {
    if (strcmp(value, "oldest") == 0 || strcmp(value, "oldest-first") == 0) {
        *order = CAPARTNER_ORDER_OLDEST_FIRST;
        return 0;
    }
    if (strcmp(value, "newest") == 0 || strcmp(value, "newest-first") == 0) {
        *order = CAPARTNER_ORDER_NEWEST_FIRST;
        return 0;
    }
    return cli_usage_error(cli, "--order '%s': valid: oldest or newest", value);
}

/* A positional argument, which these commands take none of: a key is
 * shown as the filter it might have been meant for; an option after "--"
 * is told that "--" made it an argument. */
static int unexpected_argument(const struct cli *cli, const char *argument) {
    char *printable = text_printable(argument);
    int code;
    if (argument[0] == '-')
        code = cli_usage_error(cli,
                               "unexpected argument '%s': after '--' it is not an option; "
                               "this command takes options only (drop the '--')",
                               printable);
    else
        code = cli_usage_error(cli,
                               "unexpected argument '%s'; filters are options, e.g. "
                               "--country %s",
                               printable, printable);
    free(printable);
    return code;
}

/* One order, however spelled: a second option asking for the other order
 * is refused rather than silently winning. */
static int set_order(const struct cli *cli, struct filters *filters, capartner_order order,
                     const struct option_value *option) {
    const struct option_value *first = filters->order_option;
    if (first != NULL && filters->order != order) {
        char first_text[80], second_text[80];
        snprintf(first_text, sizeof first_text, "--%s%s%s", first->name, first->value ? " " : "",
                 first->value ? first->value : "");
        snprintf(second_text, sizeof second_text, "--%s%s%s", option->name,
                 option->value ? " " : "", option->value ? option->value : "");
        return cli_usage_error(cli, "%s conflicts with %s: give one order", second_text,
                               first_text);
    }
    filters->order = order;
    filters->order_option = option;
    return 0;
}

/* Reads the options into filters; every bad value is reported, the worst
 * exit code wins (usage over not found). */
static int read_filters(const struct cli *cli, const struct args *args, struct filters *filters) {
    int code = 0;
    for (size_t i = 0; i < args->option_count; i++) {
        const struct option_value *option = &args->options[i];
        char what[40];
        snprintf(what, sizeof what, "--%s", option->name);
        int result = 0;
        switch (option->id) {
        case OPT_COUNTRY:
            result = pick_keys(cli, what, option->value, resolve_country, find_country,
                               &filters->countries);
            break;
        case OPT_BODY:
            result = pick_keys(cli, what, option->value, resolve_body, find_body, &filters->bodies);
            break;
        case OPT_AREA:
            result = pick_keys(cli, what, option->value, resolve_area, find_area, &filters->areas);
            break;
        case OPT_KIND: {
            capartner_event_kind kind;
            result = parse_event_kind(cli, what, option->value, &kind);
            if (result == 0 && filters->kind_count < CAPARTNER_EVENT_KIND_COUNT)
                filters->kinds[filters->kind_count++] = kind;
            break;
        }
        case OPT_ROLE: {
            capartner_role role;
            result = parse_role(cli, what, option->value, &role);
            if (result == 0 && filters->role_count < CAPARTNER_ROLE_COUNT)
                filters->roles[filters->role_count++] = role;
            break;
        }
        case OPT_FROM:
            filters->from = option->value;
            result = parse_date_arg(cli, what, option->value, &filters->from_date);
            break;
        case OPT_TO:
            filters->to = option->value;
            result = parse_date_arg(cli, what, option->value, &filters->to_date);
            break;
        case OPT_AS_OF:
            filters->as_of = option->value;
            result = parse_date_arg(cli, what, option->value, &filters->as_of_date);
            if (result == 0 && filters->as_of_date.precision == CAPARTNER_PRECISION_UNKNOWN)
                result = cli_usage_error(cli, "--as-of needs a known date, not 'unknown'");
            break;
        case OPT_POSSIBLY:
            filters->possibly = true;
            break;
        case OPT_ALTERNATIVES:
            filters->alternatives = true;
            break;
        case OPT_ORDER: {
            capartner_order order = CAPARTNER_ORDER_OLDEST_FIRST;
            result = parse_order(cli, option->value, &order);
            if (result == 0)
                result = set_order(cli, filters, order, option);
            break;
        }
        case OPT_NEWEST:
            result = set_order(cli, filters, CAPARTNER_ORDER_NEWEST_FIRST, option);
            break;
        case OPT_OLDEST:
            result = set_order(cli, filters, CAPARTNER_ORDER_OLDEST_FIRST, option);
            break;
        case OPT_LIMIT:
            result = parse_count(cli, what, option->value, &filters->limit);
            break;
        default:
            break;
        }
        if (result == EXIT_USAGE || (result != 0 && code == 0))
            code = result;
    }
    return code;
}

static capartner_certainty certainty_of(const struct filters *filters) {
    return filters->possibly ? CAPARTNER_POSSIBLY : CAPARTNER_CERTAINLY;
}

static int build_query(const struct cli *cli, capartner_query_kind kind,
                       const struct filters *filters, capartner_query **out) {
    capartner_query *query = NULL;
    if (capartner_query_new(kind, &query) != CAPARTNER_OK) {
        cli_error(cli, "out of memory");
        return EXIT_FAILURE_IO;
    }
    capartner_status status = CAPARTNER_OK;
    for (size_t i = 0; i < filters->countries.count && status == CAPARTNER_OK; i++)
        status = capartner_query_add_country(query, filters->countries.items[i]);
    for (size_t i = 0; i < filters->bodies.count && status == CAPARTNER_OK; i++)
        status = capartner_query_add_body(query, filters->bodies.items[i]);
    for (size_t i = 0; i < filters->areas.count && status == CAPARTNER_OK; i++)
        status = capartner_query_add_area(query, filters->areas.items[i]);
    for (size_t i = 0; i < filters->kind_count && status == CAPARTNER_OK; i++)
        status = capartner_query_add_kind(query, filters->kinds[i]);
    for (size_t i = 0; i < filters->role_count && status == CAPARTNER_OK; i++)
        status = capartner_query_add_role(query, filters->roles[i]);
    if (status == CAPARTNER_OK)
        status = capartner_query_set_order(query, filters->order);
    if (status == CAPARTNER_OK)
        status = capartner_query_include_alternatives(query, filters->alternatives);
    if (status == CAPARTNER_OK && filters->as_of != NULL)
        status = capartner_query_set_as_of(query, filters->as_of_date, certainty_of(filters));
    if (status == CAPARTNER_OK && (filters->from != NULL || filters->to != NULL)) {
        capartner_date open = {0, 0, 0, 0, 0, {0, 0}};
        status = capartner_query_set_range(query, filters->from != NULL ? filters->from_date : open,
                                           filters->to != NULL ? filters->to_date : open,
                                           certainty_of(filters));
        if (status == CAPARTNER_ERR_INVALID_ARGUMENT) {
            capartner_query_free(query);
            return cli_usage_error(cli, "--from %s is after --to %s; give the earlier date first",
                                   filters->from, filters->to);
        }
    }
    if (status == CAPARTNER_ERR_NO_MEMORY) {
        capartner_query_free(query);
        cli_error(cli, "out of memory");
        return EXIT_FAILURE_IO;
    }
    if (status != CAPARTNER_OK) {
        capartner_query_free(query);
        return cli_usage_error(cli, "%s", capartner_strerror(status));
    }
    *out = query;
    return 0;
}

static void describe_picked(char *buffer, size_t size, size_t *used, const char *label,
                            const struct picked *picked, const char *(*id)(const void *)) {
    if (picked->count == 0 || *used >= size)
        return;
    *used += (size_t)snprintf(buffer + *used, size - *used, "%s%s ", *used ? " · " : "", label);
    for (size_t i = 0; i < picked->count && *used < size; i++)
        *used += (size_t)snprintf(buffer + *used, size - *used, "%s%s", i ? ", " : "",
                                  id(picked->items[i]));
}

static const char *country_code(const void *c) {
    return capartner_country_alpha2(c);
}
static const char *body_label(const void *b) {
    const char *acronym = capartner_body_acronym(b);
    return acronym[0] ? acronym : capartner_body_id(b);
}
static const char *area_name(const void *a) {
    return capartner_area_name(a);
}

static void describe_filters(const struct filters *filters, char *buffer, size_t size) {
    size_t used = 0;
    buffer[0] = '\0';
    describe_picked(buffer, size, &used, "countries", &filters->countries, country_code);
    describe_picked(buffer, size, &used, "bodies", &filters->bodies, body_label);
    describe_picked(buffer, size, &used, "areas", &filters->areas, area_name);
    for (size_t i = 0; i < filters->kind_count && used < size; i++)
        used += (size_t)snprintf(buffer + used, size - used, "%s%s",
                                 i == 0 ? (used ? " · kinds " : "kinds ") : ", ",
                                 capartner_event_kind_name(filters->kinds[i]));
    if ((filters->from != NULL || filters->to != NULL) && used < size)
        used += (size_t)snprintf(buffer + used, size - used, "%s%s%s to %s", used ? " · " : "",
                                 filters->possibly ? "possibly " : "",
                                 filters->from ? filters->from : "the start",
                                 filters->to ? filters->to : "the end");
}

/* ------------------------------------------------------------- commands */

static int run_query(struct cli *cli, int argc, char **argv, bool events) {
    const struct option_spec *specs = events ? timeline_options : participation_options;
    size_t spec_count = events ? COUNT_OF(timeline_options) : COUNT_OF(participation_options);
    unsigned formats = FORMATS_TABULAR | (events ? 1u << FORMAT_SVG : 0u);
    struct args args;
    int code = args_parse(cli, specs, spec_count, formats, argc, argv, &args);
    if (code == 0 && args.help) {
        fputs(events ? timeline_help : participations_help, stdout);
        args_print_options(stdout, specs, spec_count, formats);
        if (events)
            print_vocabulary(stdout, "Kinds", CAPARTNER_EVENT_KIND_COUNT, event_kind_word);
        else
            print_vocabulary(stdout, "Roles", CAPARTNER_ROLE_COUNT, role_word);
        args_free(&args);
        return EXIT_FOUND;
    }
    if (code == 0 && args.positional_count > 0)
        code = unexpected_argument(cli, args.positionals[0]);
    struct filters filters;
    memset(&filters, 0, sizeof filters);
    if (code == 0)
        code = read_filters(cli, &args, &filters);
    args_free(&args);
    capartner_query *query = NULL;
    if (code == 0)
        code = build_query(cli, events ? CAPARTNER_QUERY_EVENTS : CAPARTNER_QUERY_PARTICIPATIONS,
                           &filters, &query);
    if (code == 0)
        code = cli_open_output(cli);
    if (code != 0) {
        capartner_query_free(query);
        filters_free(&filters);
        return code;
    }

    size_t matches = 0;
    if (events && cli->format == FORMAT_SVG) {
        size_t total = 0;
        capartner_query_count(query, &total);
        if (filters.limit != 0 && total > filters.limit)
            total = filters.limit;
        const capartner_event **list = xcalloc(total + 1, sizeof *list);
        for (const capartner_event *e; matches < total && (e = capartner_query_next_event(query));)
            list[matches++] = e;
        char described[512];
        describe_filters(&filters, described, sizeof described);
        struct timeline_selection selection = {list,
                                               matches,
                                               (const capartner_country **)filters.countries.items,
                                               filters.countries.count,
                                               (const capartner_body **)filters.bodies.items,
                                               filters.bodies.count,
                                               filters.alternatives,
                                               0,
                                               0,
                                               described};
        int32_t unused;
        if (filters.from != NULL)
            capartner_date_bounds(filters.from_date, &selection.range_from, &unused);
        if (filters.to != NULL)
            capartner_date_bounds(filters.to_date, &unused, &selection.range_to);
        svg_write_timeline(cli, &selection);
        free((void *)list);
    } else {
        struct table table;
        bool marked = events && filters.possibly;
        if (events)
            table_for(&table, marked ? &timeline_marked_schema : &timeline_schema);
        else
            table_for(&table, &participation_status_schema);
        capartner_date status_date = filters.as_of != NULL ? filters.as_of_date : data_as_of_date();
        if (events) {
            for (const capartner_event *e; (filters.limit == 0 || matches < filters.limit) &&
                                           (e = capartner_query_next_event(query)) != NULL;
                 matches++) {
                if (marked)
                    row_event_marked(&table, e, capartner_query_is_certain(query));
                else
                    row_event(&table, e, true);
            }
        } else {
            for (const capartner_participation *p;
                 (filters.limit == 0 || matches < filters.limit) &&
                 (p = capartner_query_next_participation(query)) != NULL;
                 matches++)
                row_participation_on(&table, p, status_date);
        }
        code = output_table(cli, &table);
        table_free(&table);
    }
    capartner_query_free(query);
    filters_free(&filters);
    if (code == 0 && matches == 0) {
        bool dated = events ? filters.from != NULL || filters.to != NULL : filters.as_of != NULL;
        cli_error(cli, "no %s match these filters%s", events ? "events" : "participations",
                  dated && !filters.possibly ? " (certainly; --possibly for what may)" : "");
        code = EXIT_NOT_FOUND;
    }
    return code;
}

int cmd_timeline(struct cli *cli, int argc, char **argv) {
    return run_query(cli, argc, argv, true);
}

int cmd_participations(struct cli *cli, int argc, char **argv) {
    return run_query(cli, argc, argv, false);
}
