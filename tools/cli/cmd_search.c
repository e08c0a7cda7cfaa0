/* capartner search WORDS: names, summaries, notes and titles. */
#include "args.h"
#include "keys.h"
#include "output.h"
#include "suggest.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_TYPE = 1, OPT_LIMIT };

static const struct option_spec search_options[] = {
    {OPT_TYPE, "type", 't', "TYPE",
     "only records of this type: country, body, place, area, participation, event, source "
     "or section (repeat for several)"},
    {OPT_LIMIT, "limit", 'n', "N", "at most N results"},
};
#define OPTION_COUNT (sizeof search_options / sizeof search_options[0])

static const char search_help[] =
    "Usage: capartner search WORD... [OPTIONS]\n"
    "\n"
    "Records whose names (in every language), summaries, notes or titles contain every\n"
    "word, ignoring case (Latin and Cyrillic). Words match inside words: 'diplom'\n"
    "finds 'Public diplomacy'. Results come by type (countries, bodies, places,\n"
    "areas, participations, events, sources, sections), then in dataset order; the\n"
    "field column says where the text was found. Use 'capartner show ID' for a record.\n";

enum record_type {
    TYPE_COUNTRY,
    TYPE_BODY,
    TYPE_PLACE,
    TYPE_AREA,
    TYPE_PARTICIPATION,
    TYPE_EVENT,
    TYPE_SOURCE,
    TYPE_SECTION,
    TYPE_COUNT
};

static const char *const type_names[TYPE_COUNT + 1] = {
    "country", "body", "place", "area", "participation", "event", "source", "section", NULL};

static const struct column result_columns[] = {
    {"type", CELL_TEXT, true, NULL, true,
     "country, body, place, area, participation, event, "
     "source or section"},
    {"id", CELL_TEXT, true, NULL, true, "the record's id (capartner show ID)"},
    {"name", CELL_TEXT, false, NULL, true, "the record's name or date"},
    {"field", CELL_TEXT, true, NULL, true, "where the words were found"},
    {"text", CELL_TEXT, true, NULL, true, "the text of that field"},
};

/* The text fields of one record; a name's field is labelled with its
 * language, which the library holds (no list of languages here). */
struct haystack {
    const char *fields[64];
    const char *labels[64];
    const char *languages[64]; /* NULL but for names */
    size_t count;
};

static void add_in(struct haystack *h, const char *label, const char *language, const char *text) {
    if (text != NULL && text[0] != '\0' && h->count < 64) {
        h->labels[h->count] = label;
        h->languages[h->count] = language;
        h->fields[h->count] = text;
        h->count++;
    }
}

static void add(struct haystack *h, const char *label, const char *text) {
    add_in(h, label, NULL, text);
}

static void add_name(struct haystack *h, const capartner_name *name) {
    add_in(h, "name", capartner_name_language(name), capartner_name_text(name));
}

struct search {
    char **words; /* folded */
    size_t word_count;
    struct table *results;
    size_t limit;
};

/* Adds a result when every word is in some field; the field reported is
 * the one holding the most words (the first of those). */
static void match(struct search *search, const struct haystack *h, const char *type, const char *id,
                  const char *name) {
    if (search->limit != 0 && search->results->row_count >= search->limit)
        return;
    size_t best = h->count, best_hits = 0;
    bool *found = xcalloc(search->word_count, sizeof *found);
    for (size_t f = 0; f < h->count; f++) {
        char *folded = text_fold(h->fields[f]);
        size_t hits = 0;
        for (size_t w = 0; w < search->word_count; w++) {
            if (text_contains(folded, search->words[w])) {
                found[w] = true;
                hits++;
            }
        }
        free(folded);
        if (hits > best_hits) {
            best_hits = hits;
            best = f;
        }
    }
    bool all = true;
    for (size_t w = 0; w < search->word_count; w++)
        all &= found[w];
    free(found);
    if (!all || best == h->count)
        return;
    table_row(search->results);
    put_text(search->results, type);
    put_text(search->results, id);
    put_text(search->results, name);
    if (h->languages[best] != NULL)
        put_owned(search->results, xasprintf("%s (%s)", h->labels[best], h->languages[best]));
    else
        put_text(search->results, h->labels[best]);
    put_text(search->results, h->fields[best]);
}

static void search_countries(struct search *s) {
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *c;
        if (capartner_country_at(i, &c) != CAPARTNER_OK)
            continue;
        struct haystack h = {{0}, {0}, {0}, 0};
        add(&h, "name", capartner_country_name(c));
        for (size_t j = 0; j < capartner_country_name_count(c); j++) {
            const capartner_name *n;
            if (capartner_country_name_at(c, j, &n) == CAPARTNER_OK)
                add_name(&h, n);
        }
        add(&h, "note", capartner_country_note(c));
        match(s, &h, "country", capartner_country_id(c), capartner_country_name(c));
    }
}

static void search_bodies(struct search *s) {
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *b;
        if (capartner_body_at(i, &b) != CAPARTNER_OK)
            continue;
        struct haystack h = {{0}, {0}, {0}, 0};
        add(&h, "acronym", capartner_body_acronym(b));
        add(&h, "name", capartner_body_name(b));
        for (size_t j = 0; j < capartner_body_name_count(b); j++) {
            const capartner_name *n;
            if (capartner_body_name_at(b, j, &n) == CAPARTNER_OK)
                add_name(&h, n);
        }
        add(&h, "summary", capartner_body_summary(b));
        match(s, &h, "body", capartner_body_id(b), capartner_body_name(b));
    }
}

static void search_places(struct search *s) {
    for (size_t i = 0; i < capartner_place_count(); i++) {
        const capartner_place *p;
        if (capartner_place_at(i, &p) != CAPARTNER_OK)
            continue;
        struct haystack h = {{0}, {0}, {0}, 0};
        add(&h, "name", capartner_place_name(p));
        for (size_t j = 0; j < capartner_place_name_count(p); j++) {
            const capartner_name *n;
            if (capartner_place_name_at(p, j, &n) == CAPARTNER_OK)
                add_name(&h, n);
        }
        match(s, &h, "place", capartner_place_id(p), capartner_place_name(p));
    }
}

static void search_areas(struct search *s) {
    for (size_t i = 0; i < capartner_area_count(); i++) {
        const capartner_area *a;
        if (capartner_area_at(i, &a) != CAPARTNER_OK)
            continue;
        struct haystack h = {{0}, {0}, {0}, 0};
        add(&h, "name", capartner_area_name(a));
        add(&h, "summary", capartner_area_summary(a));
        match(s, &h, "area", capartner_area_id(a), capartner_area_name(a));
    }
}

static void search_participations(struct search *s) {
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *p;
        if (capartner_participation_at(i, &p) != CAPARTNER_OK)
            continue;
        struct haystack h = {{0}, {0}, {0}, 0};
        add(&h, "summary", capartner_participation_summary(p));
        match(s, &h, "participation", capartner_participation_id(p),
              capartner_role_name(capartner_participation_role(p)));
    }
}

static void search_events(struct search *s) {
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *e;
        if (capartner_event_at(i, &e) != CAPARTNER_OK)
            continue;
        struct haystack h = {{0}, {0}, {0}, 0};
        add(&h, "summary", capartner_event_summary(e));
        match(s, &h, "event", capartner_event_id(e), capartner_event_date_text(e));
    }
}

static void search_sources(struct search *s) {
    for (size_t i = 0; i < capartner_source_count(); i++) {
        const capartner_source *src;
        if (capartner_source_at(i, &src) != CAPARTNER_OK)
            continue;
        struct haystack h = {{0}, {0}, {0}, 0};
        add(&h, "title", capartner_source_title(src));
        add(&h, "publisher", capartner_source_publisher(src));
        add(&h, "note", capartner_source_note(src));
        match(s, &h, "source", capartner_source_id(src), capartner_source_title(src));
    }
}

static void search_sections(struct search *s) {
    for (size_t i = 0; i < capartner_section_count(); i++) {
        const capartner_section *sec;
        if (capartner_section_at(i, &sec) != CAPARTNER_OK)
            continue;
        struct haystack h = {{0}, {0}, {0}, 0};
        add(&h, "title", capartner_section_title(sec));
        match(s, &h, "section", capartner_section_id(sec), capartner_section_title(sec));
    }
}

static int parse_type(const struct cli *cli, const char *value, bool *selected) {
    for (int i = 0; i < TYPE_COUNT; i++) {
        if (strcmp(type_names[i], value) == 0) {
            selected[i] = true;
            return 0;
        }
    }
    char hint[200] = "";
    suggest_word(value, type_names, hint, sizeof hint);
    char *printable = text_printable(value);
    int code = cli_usage_error(cli,
                               "--type '%s' is not a type of record; valid: country, body, "
                               "place, area, participation, event, source, section%s",
                               printable, hint);
    free(printable);
    return code;
}

int cmd_search(struct cli *cli, int argc, char **argv) {
    struct args args;
    int code = args_parse(cli, search_options, OPTION_COUNT, FORMATS_TABULAR, argc, argv, &args);
    if (code == 0 && args.help) {
        fputs(search_help, stdout);
        args_print_options(stdout, search_options, OPTION_COUNT, FORMATS_TABULAR);
        args_free(&args);
        return EXIT_FOUND;
    }
    bool selected[TYPE_COUNT] = {false};
    bool any_type = false;
    size_t limit = 0;
    for (size_t i = 0; code == 0 && i < args.option_count; i++) {
        if (args.options[i].id == OPT_TYPE) {
            code = parse_type(cli, args.options[i].value, selected);
            any_type = true;
        } else if (args.options[i].id == OPT_LIMIT) {
            code = parse_count(cli, "--limit", args.options[i].value, &limit);
        }
    }
    /* the words: every argument, split at spaces */
    struct search search = {NULL, 0, NULL, limit};
    if (code == 0) {
        search.words = xcalloc(argc > 0 ? (size_t)argc * 8 + 1 : 1, sizeof *search.words);
        size_t capacity = argc > 0 ? (size_t)argc * 8 : 1;
        for (size_t i = 0; i < args.positional_count; i++) {
            char *folded = text_fold(args.positionals[i]);
            for (char *word = strtok(folded, " \t"); word != NULL; word = strtok(NULL, " \t")) {
                if (search.word_count == capacity) {
                    capacity *= 2;
                    search.words = xrealloc(search.words, capacity * sizeof *search.words);
                }
                search.words[search.word_count++] = xstrdup(word);
            }
            free(folded);
        }
        if (search.word_count == 0)
            code = cli_usage_error(cli, "what to search for? give one or more words, e.g. "
                                        "capartner search diplomacy");
    }
    args_free(&args);
    if (code == 0)
        code = cli_open_output(cli);
    if (code == 0) {
        struct table results;
        table_init(&results, "results", result_columns,
                   sizeof result_columns / sizeof result_columns[0]);
        search.results = &results;
        void (*searchers[TYPE_COUNT])(struct search *) = {
            search_countries,      search_bodies, search_places,  search_areas,
            search_participations, search_events, search_sources, search_sections};
        for (int t = 0; t < TYPE_COUNT; t++)
            if (!any_type || selected[t])
                searchers[t](&search);
        code = output_table(cli, &results);
        if (code == 0 && results.row_count == 0) {
            cli_error(cli, "nothing matches every word");
            code = EXIT_NOT_FOUND;
        }
        table_free(&results);
    }
    for (size_t i = 0; i < search.word_count; i++)
        free(search.words[i]);
    free((void *)search.words);
    return code;
}
