/* capartner show KEY: one record by any key, with everything the library
 * knows about it: names in every language, codes, partnerships and their
 * status, events, citations. */
#include "args.h"
#include "json.h"
#include "keys.h"
#include "output.h"
#include "records.h"
#include "suggest.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_TYPE = 1, OPT_AS_OF };

static const struct option_spec show_options[] = {
    {OPT_TYPE, "type", 't', "TYPE",
     "look the key up only as this type: country, body, place, area, participation, event, "
     "source or section (or write TYPE:KEY)"},
    {OPT_AS_OF, "as-of", 0, "DATE",
     "the date for the status of partnerships (default: the data's as-of date)"},
};
#define OPTION_COUNT (sizeof show_options / sizeof show_options[0])

static const char show_help[] =
    "Usage: capartner show KEY... [OPTIONS]\n"
    "\n"
    "One record by any key: a country by its ISO code (KZ, KAZ, 398) or any of its names\n"
    "in any language (Kazakhstan, Казахстан, Қазақстан); a body by id, acronym or name\n"
    "(PfP, PARP, 'Partnership for Peace'); a place, an area of cooperation, a\n"
    "participation, an event, a source or a section by id or name. Keys ignore case.\n"
    "\n"
    "A country or body comes with its names, its partnerships and their status on the\n"
    "--as-of date (else the data's as-of date): held, ended, not yet, or unknown where\n"
    "the sources do not tell ('unknown since 2014-05-01': after the last source that\n"
    "reports it), and the citation of every statement. When a key names\n"
    "records of several types, the first of country, body, place, area, participation,\n"
    "event, source, section is shown and the others are noted; --type or TYPE:KEY\n"
    "chooses. JSON is an object (an array for several keys); CSV and TSV give the\n"
    "record's row of its table, as in 'capartner export'.\n";

enum show_type {
    SHOW_COUNTRY,
    SHOW_BODY,
    SHOW_PLACE,
    SHOW_AREA,
    SHOW_PARTICIPATION,
    SHOW_EVENT,
    SHOW_SOURCE,
    SHOW_SECTION,
    SHOW_TYPE_COUNT
};

static const char *const type_names[SHOW_TYPE_COUNT + 1] = {
    "country", "body", "place", "area", "participation", "event", "source", "section", NULL};

/* -------------------------------------------------------------- lookup */

static capartner_status find_as(enum show_type type, const char *key, const void **out) {
/* The find functions differ only in the record type they return. */
#define FIND(kind)                                                                                 \
    {                                                                                              \
        const capartner_##kind *record;                                                            \
        capartner_status status = capartner_##kind##_find(key, &record);                           \
        *out = record;                                                                             \
        return status;                                                                             \
    }
    switch (type) {
    case SHOW_COUNTRY:
        FIND(country)
    case SHOW_BODY:
        FIND(body)
    case SHOW_PLACE:
        FIND(place)
    case SHOW_AREA:
        FIND(area)
    case SHOW_PARTICIPATION:
        FIND(participation)
    case SHOW_EVENT:
        FIND(event)
    case SHOW_SOURCE:
        FIND(source)
    default:
        FIND(section)
    }
#undef FIND
}

/* The library's record type of a type whose records have names, or -1. */
static int named_record_type(enum show_type type) {
    switch (type) {
    case SHOW_COUNTRY:
        return CAPARTNER_RECORD_COUNTRY;
    case SHOW_BODY:
        return CAPARTNER_RECORD_BODY;
    case SHOW_PLACE:
        return CAPARTNER_RECORD_PLACE;
    case SHOW_AREA:
        return CAPARTNER_RECORD_AREA;
    default:
        return -1;
    }
}

/* Candidates among the ids of a type without names. */
static void consider_type(struct suggest *suggest, enum show_type type) {
    switch (type) {
    case SHOW_PARTICIPATION:
        consider_participations(suggest, true);
        break;
    case SHOW_EVENT:
        consider_events(suggest, true);
        break;
    case SHOW_SOURCE:
        consider_sources(suggest, true);
        break;
    default:
        consider_sections(suggest, true);
        break;
    }
}

static int type_parse(const char *text) {
    for (int i = 0; i < SHOW_TYPE_COUNT; i++)
        if (strcmp(type_names[i], text) == 0)
            return i;
    return -1;
}

/* ------------------------------------------------------------- helpers */

struct show {
    struct cli *cli;
    capartner_date as_of;
    const char *as_of_text;
    /* sources cited in text output, listed at the end */
    const capartner_source **cited;
    size_t cited_count, cited_capacity;
};

/* The footnote number of a source: its place in the Sources list, from 1. */
static size_t note_source(struct show *show, const capartner_source *source) {
    for (size_t i = 0; i < show->cited_count; i++)
        if (show->cited[i] == source)
            return i + 1;
    if (show->cited_count == show->cited_capacity) {
        show->cited_capacity = show->cited_capacity == 0 ? 8 : show->cited_capacity * 2;
        show->cited = xrealloc((void *)show->cited, show->cited_capacity * sizeof *show->cited);
    }
    show->cited[show->cited_count++] = source;
    return show->cited_count;
}

/* "[1] §intro ¶4": the source by its number in the Sources list below. */
static char *citation_short(struct show *show, const capartner_citation *citation) {
    size_t number = note_source(show, capartner_citation_source(citation));
    const capartner_section *section = capartner_citation_section(citation);
    unsigned paragraph = capartner_citation_paragraph(citation);
    char paragraph_text[24] = "";
    if (paragraph != 0)
        snprintf(paragraph_text, sizeof paragraph_text, " ¶%u", paragraph);
    return xasprintf("[%zu]%s%s%s", number, section ? " §" : "",
                     section ? capartner_section_id(section) : "", paragraph_text);
}

/* "[1] section "Introduction", paragraph 4" */
static char *citation_long(struct show *show, const capartner_citation *citation) {
    size_t number = note_source(show, capartner_citation_source(citation));
    const capartner_section *section = capartner_citation_section(citation);
    unsigned paragraph = capartner_citation_paragraph(citation);
    char *section_text =
        section ? xasprintf(", section \"%s\"", capartner_section_title(section)) : xstrdup("");
    char *paragraph_text = paragraph ? xasprintf(", paragraph %u", paragraph) : xstrdup("");
    char *text =
        xasprintf("[%zu] %s%s%s", number, capartner_source_id(capartner_citation_source(citation)),
                  section_text, paragraph_text);
    free(section_text);
    free(paragraph_text);
    return text;
}

static void json_citation(struct json *json, const capartner_citation *citation) {
    const capartner_source *source = capartner_citation_source(citation);
    const capartner_section *section = capartner_citation_section(citation);
    unsigned paragraph = capartner_citation_paragraph(citation);
    json_key(json, "citation");
    json_object_begin(json);
    json_key(json, "source");
    json_string(json, capartner_source_id(source));
    json_key(json, "source_title");
    json_string(json, capartner_source_title(source));
    json_key(json, "source_url");
    const char *url = capartner_source_url(source);
    json_string(json, url[0] ? url : NULL);
    json_key(json, "section");
    json_string(json, section ? capartner_section_id(section) : NULL);
    json_key(json, "section_title");
    json_string(json, section ? capartner_section_title(section) : NULL);
    json_key(json, "paragraph");
    if (paragraph)
        json_int(json, paragraph);
    else
        json_null(json);
    json_object_end(json);
}

static char *date_string(capartner_date date) {
    char text[CAPARTNER_DATE_TEXT_BYTES];
    date_text(date, text);
    return xstrdup(text);
}

/* "2014 (2014-01-01 to 2014-12-31)" for an imprecise date. */
static char *date_with_interval(capartner_date date, const char *text) {
    int32_t earliest = 0, latest = 0;
    capartner_date_bounds(date, &earliest, &latest);
    if (date.precision == CAPARTNER_PRECISION_DAY && date.qualifier == CAPARTNER_QUALIFIER_NONE)
        return xstrdup(text);
    char from[16] = "the beginning", to[16] = "the end";
    if (earliest > 0)
        snprintf(from, sizeof from, "%04d-%02d-%02d", (int)(earliest / 10000),
                 (int)(earliest / 100 % 100), (int)(earliest % 100));
    if (latest > 0 && latest < 99991231)
        snprintf(to, sizeof to, "%04d-%02d-%02d", (int)(latest / 10000), (int)(latest / 100 % 100),
                 (int)(latest % 100));
    return xasprintf("%s (some day from %s to %s)", text, from, to);
}

static size_t events_count(const capartner_country *country, const capartner_body *body,
                           const capartner_area *area) {
    capartner_query *query = NULL;
    size_t count = 0;
    if (capartner_query_new(CAPARTNER_QUERY_EVENTS, &query) != CAPARTNER_OK)
        return 0;
    if (country != NULL)
        capartner_query_add_country(query, country);
    if (body != NULL)
        capartner_query_add_body(query, body);
    if (area != NULL)
        capartner_query_add_area(query, area);
    capartner_query_count(query, &count);
    capartner_query_free(query);
    return count;
}

/* --------------------------------------------------------- the blocks */

static const struct column name_block_columns[] = {
    {"language", CELL_TEXT, 1, NULL, true, ""},    {"kind", CELL_TEXT, 1, NULL, true, ""},
    {"text", CELL_TEXT, 1, NULL, true, ""},        {"preferred", CELL_BOOL, 1, NULL, true, ""},
    {"valid_from", CELL_DATE, 1, NULL, false, ""}, {"valid_to", CELL_DATE, 1, NULL, false, ""},
    {"source", CELL_TEXT, 0, NULL, true, ""},      {"section", CELL_TEXT, 0, NULL, false, ""},
    {"paragraph", CELL_INT, 0, NULL, false, ""},   {"cited", CELL_TEXT, TEXT_ONLY, NULL, true, ""},
};

/* The same cells twice: a country's partnerships show the body, a body's
 * participants the country (as "Name (id)" in text; JSON has both fields). */
static const struct column partnership_block_columns[] = {
    {"id", CELL_TEXT, 0, NULL, true, ""},
    {"country", CELL_TEXT, 0, NULL, true, ""},
    {"body", CELL_TEXT, 0, NULL, true, ""},
    {"body_name", CELL_TEXT, 0, NULL, true, ""},
    {"body", CELL_TEXT, TEXT_ONLY, NULL, true, ""}, /* "Name (id)" */
    {"role", CELL_TEXT, 1, NULL, true, ""},
    {"started", CELL_DATE, 1, NULL, false, ""},
    {"ended", CELL_DATE, 1, NULL, false, ""},
    {"reported", CELL_DATE, 1, NULL, false, ""},
    {"status", CELL_TEXT, 0, NULL, true, ""},         /* held, not_held, unknown */
    {"status", CELL_TEXT, TEXT_ONLY, NULL, true, ""}, /* "unknown since 2014-05-01" */
    {"summary", CELL_TEXT, 0, NULL, false, ""},
    {"alternative_of", CELL_TEXT, 0, NULL, false, ""},
    {"source", CELL_TEXT, 0, NULL, true, ""},
    {"section", CELL_TEXT, 0, NULL, false, ""},
    {"paragraph", CELL_INT, 0, NULL, false, ""},
    {"cited", CELL_TEXT, TEXT_ONLY, NULL, true, ""},
};

static const struct column relation_block_columns[] = {
    {"id", CELL_TEXT, 0, NULL, true, ""},
    {"country", CELL_TEXT, 0, NULL, true, ""},
    {"body", CELL_TEXT, 0, NULL, true, ""},
    {"country_name", CELL_TEXT, 0, NULL, true, ""},
    {"country", CELL_TEXT, TEXT_ONLY, NULL, true, ""}, /* "Name (KZ)" */
    {"role", CELL_TEXT, 1, NULL, true, ""},
    {"started", CELL_DATE, 1, NULL, false, ""},
    {"ended", CELL_DATE, 1, NULL, false, ""},
    {"reported", CELL_DATE, 1, NULL, false, ""},
    {"status", CELL_TEXT, 0, NULL, true, ""},         /* held, not_held, unknown */
    {"status", CELL_TEXT, TEXT_ONLY, NULL, true, ""}, /* "unknown since 2014-05-01" */
    {"summary", CELL_TEXT, 0, NULL, false, ""},
    {"alternative_of", CELL_TEXT, 0, NULL, false, ""},
    {"source", CELL_TEXT, 0, NULL, true, ""},
    {"section", CELL_TEXT, 0, NULL, false, ""},
    {"paragraph", CELL_INT, 0, NULL, false, ""},
    {"cited", CELL_TEXT, TEXT_ONLY, NULL, true, ""},
};

static const struct column body_block_columns[] = {
    {"id", CELL_TEXT, 1, NULL, true, ""},
    {"kind", CELL_TEXT, 1, NULL, true, ""},
    {"acronym", CELL_TEXT, 1, NULL, false, ""},
    {"name", CELL_TEXT, 1, NULL, true, ""},
};

static const struct column event_block_columns[] = {
    {"id", CELL_TEXT, 1, NULL, true, ""},        {"date", CELL_DATE, 1, NULL, true, ""},
    {"kind", CELL_TEXT, 1, NULL, true, ""},      {"summary", CELL_TEXT, 1, NULL, true, ""},
    {"source", CELL_TEXT, 0, NULL, true, ""},    {"section", CELL_TEXT, 0, NULL, false, ""},
    {"paragraph", CELL_INT, 0, NULL, false, ""}, {"cited", CELL_TEXT, TEXT_ONLY, NULL, true, ""},
};

static const struct column section_block_columns[] = {
    {"id", CELL_TEXT, 1, NULL, true, ""},
    {"ordinal", CELL_INT, 1, NULL, true, ""},
    {"title", CELL_TEXT, 1, NULL, true, ""},
};

#define TABLE_OF(table, name, columns)                                                             \
    table_init(table, name, columns, sizeof columns / sizeof columns[0])

static void put_citation_cells(struct show *show, struct table *t,
                               const capartner_citation *citation) {
    put_text(t, capartner_source_id(capartner_citation_source(citation)));
    put_text(t, capartner_section_id(capartner_citation_section(citation)));
    unsigned paragraph = capartner_citation_paragraph(citation);
    put_int_or_absent(t, paragraph, paragraph != 0);
    put_owned(t, citation_short(show, citation));
}

static void name_rows(struct show *show, struct table *t, size_t count,
                      capartner_status (*at)(const void *, size_t, const capartner_name **),
                      const void *owner) {
    TABLE_OF(t, "names", name_block_columns);
    for (size_t i = 0; i < count; i++) {
        const capartner_name *n;
        if (at(owner, i, &n) != CAPARTNER_OK)
            continue;
        table_row(t);
        put_text(t, capartner_name_language(n));
        put_text(t, capartner_name_kind_name(capartner_name_kind_of(n)));
        put_text(t, capartner_name_text(n));
        put_bool(t, capartner_name_is_preferred(n));
        put_date(t, capartner_name_valid_from(n));
        put_date(t, capartner_name_valid_to(n));
        put_citation_cells(show, t, capartner_name_citation(n));
    }
}

static capartner_status country_name_at(const void *owner, size_t i, const capartner_name **out) {
    return capartner_country_name_at(owner, i, out);
}
static capartner_status body_name_at(const void *owner, size_t i, const capartner_name **out) {
    return capartner_body_name_at(owner, i, out);
}
static capartner_status place_name_at(const void *owner, size_t i, const capartner_name **out) {
    return capartner_place_name_at(owner, i, out);
}

/* A row of partnership_block_columns (naming the body) or of
 * relation_block_columns (naming the country). */
static void relation_row(struct show *show, struct table *t, const capartner_participation *p,
                         bool names_body) {
    const capartner_body *b = capartner_participation_body(p);
    const capartner_country *c = capartner_participation_country(p);
    table_row(t);
    put_text(t, capartner_participation_id(p));
    put_text(t, capartner_country_id(c));
    put_text(t, capartner_body_id(b));
    put_text(t, names_body ? capartner_body_name(b) : capartner_country_name(c));
    put_owned(t, names_body
                     ? xasprintf("%s (%s)", capartner_body_name(b), capartner_body_id(b))
                     : xasprintf("%s (%s)", capartner_country_name(c), capartner_country_id(c)));
    put_text(t, capartner_role_name(capartner_participation_role(p)));
    put_date(t, capartner_participation_started(p));
    put_date(t, capartner_participation_ended(p));
    put_date(t, capartner_participation_reported(p));
    put_text(t, capartner_holding_name(capartner_participation_status_on(p, show->as_of)));
    put_owned(t, participation_status_text(p, show->as_of));
    put_text(t, capartner_participation_summary(p));
    put_text(t, capartner_participation_id(capartner_participation_alternative_of(p)));
    put_citation_cells(show, t, capartner_participation_citation(p));
}

static void relation_rows(struct show *show, struct table *t, const capartner_country *country,
                          const capartner_body *body) {
    if (country != NULL)
        TABLE_OF(t, "participations", partnership_block_columns);
    else
        TABLE_OF(t, "participations", relation_block_columns);
    capartner_query *query = NULL;
    if (capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query) != CAPARTNER_OK)
        return;
    if (country != NULL)
        capartner_query_add_country(query, country);
    if (body != NULL)
        capartner_query_add_body(query, body);
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));)
        relation_row(show, t, p, country != NULL);
    capartner_query_free(query);
}

static void body_row(struct table *t, const capartner_body *b) {
    table_row(t);
    put_text(t, capartner_body_id(b));
    put_text(t, capartner_body_kind_name(capartner_body_kind_of(b)));
    put_text(t, capartner_body_acronym(b));
    put_text(t, capartner_body_name(b));
}

static void event_row(struct show *show, struct table *t, const capartner_event *e) {
    table_row(t);
    put_text(t, capartner_event_id(e));
    put_text(t, capartner_event_date_text(e));
    put_text(t, capartner_event_kind_name(capartner_event_kind_of(e)));
    put_text(t, capartner_event_summary(e));
    put_citation_cells(show, t, capartner_event_citation(e));
}

/* ------------------------------------------------------ a record, built */

#define MAX_BLOCKS 4
#define MAX_EXTRAS 4

struct record {
    const char *type;
    char *heading;
    struct table main; /* the record's row of its export table */
    struct fields fields;
    const capartner_citation *citation;
    struct {
        const char *title, *key;
        struct table table;
    } blocks[MAX_BLOCKS];
    size_t block_count;
    struct {
        const char *key;
        char *text;      /* a string, or NULL for a number */
        long long value; /* the number */
    } extras[MAX_EXTRAS];
    size_t extra_count;
    char *footer;
};

static struct table *block(struct record *record, const char *title, const char *key) {
    record->blocks[record->block_count].title = title;
    record->blocks[record->block_count].key = key;
    return &record->blocks[record->block_count++].table;
}

static void extra_text(struct record *record, const char *key, const char *text) {
    record->extras[record->extra_count].key = key;
    record->extras[record->extra_count].text = xstrdup(text);
    record->extra_count++;
}

static void extra_number(struct record *record, const char *key, long long value) {
    record->extras[record->extra_count].key = key;
    record->extras[record->extra_count].text = NULL;
    record->extras[record->extra_count].value = value;
    record->extra_count++;
}

static void record_free(struct record *record) {
    free(record->heading);
    table_free(&record->main);
    fields_free(&record->fields);
    for (size_t i = 0; i < record->block_count; i++)
        table_free(&record->blocks[i].table);
    for (size_t i = 0; i < record->extra_count; i++)
        free(record->extras[i].text);
    free(record->footer);
}

static void build_country(struct show *show, struct record *r, const capartner_country *c) {
    r->type = "country";
    r->heading = xasprintf("%s — country %s%s", capartner_country_name(c), capartner_country_id(c),
                           capartner_country_is_partner(c) ? ", a Central Asian partner" : "");
    table_for(&r->main, &schemas[TABLE_COUNTRIES]);
    row_country(&r->main, c);
    r->citation = capartner_country_citation(c);
    fields_add_owned(&r->fields, "codes",
                     xasprintf("%s · %s · %03d", capartner_country_alpha2(c),
                               capartner_country_alpha3(c), capartner_country_numeric(c)));
    const capartner_name *official = NULL;
    if (capartner_country_name_in(c, "en", CAPARTNER_NAME_OFFICIAL, &official) == CAPARTNER_OK)
        fields_add(&r->fields, "official name", capartner_name_text(official));
    const capartner_place *capital = capartner_country_capital(c);
    if (capital != NULL)
        fields_add(&r->fields, "capital", capartner_place_name(capital));
    fields_add(&r->fields, "codes from", capartner_source_title(capartner_country_codes_source(c)));
    if (capartner_country_cow_code(c) != 0)
        fields_add_owned(&r->fields, "COW code",
                         xasprintf("%d %s (%s)", capartner_country_cow_code(c),
                                   capartner_country_cow_abbreviation(c),
                                   capartner_source_title(capartner_country_cow_source(c))));
    fields_add(&r->fields, "note", capartner_country_note(c));
    fields_add_owned(&r->fields, "cited", citation_long(show, r->citation));

    name_rows(show, block(r, "Names", "names"), capartner_country_name_count(c), country_name_at,
              c);
    relation_rows(show, block(r, "Partnerships", "participations"), c, NULL);
    extra_text(r, "status_as_of", show->as_of_text);
    size_t events = events_count(c, NULL, NULL);
    extra_number(r, "event_count", (long long)events);
    r->footer = xasprintf("Partnership status as of %s.\nEvents: %zu — capartner "
                          "timeline --country %s",
                          show->as_of_text, events, capartner_country_id(c));
}

static void build_body(struct show *show, struct record *r, const capartner_body *b) {
    r->type = "body";
    const char *acronym = capartner_body_acronym(b);
    r->heading =
        xasprintf("%s%s%s%s — %s %s", capartner_body_name(b), acronym[0] ? " (" : "", acronym,
                  acronym[0] ? ")" : "", capartner_body_kind_name(capartner_body_kind_of(b)),
                  capartner_body_id(b));
    table_for(&r->main, &schemas[TABLE_BODIES]);
    row_body(&r->main, b);
    r->citation = capartner_body_citation(b);
    const capartner_body *parent = capartner_body_parent(b);
    if (parent != NULL)
        fields_add_owned(
            &r->fields, "part of",
            xasprintf("%s (%s)", capartner_body_name(parent), capartner_body_id(parent)));
    const capartner_place *place = capartner_body_place(b);
    if (place != NULL)
        fields_add_owned(&r->fields, "place",
                         xasprintf("%s, %s", capartner_place_name(place),
                                   capartner_country_name(capartner_place_country(place))));
    fields_add_owned(&r->fields, "started", date_string(capartner_body_started(b)));
    fields_add_owned(&r->fields, "ended", date_string(capartner_body_ended(b)));
    fields_add(&r->fields, "summary", capartner_body_summary(b));
    fields_add_owned(&r->fields, "cited", citation_long(show, r->citation));

    name_rows(show, block(r, "Names", "names"), capartner_body_name_count(b), body_name_at, b);
    relation_rows(show, block(r, "Participants", "participations"), NULL, b);
    struct table *children = block(r, "Parts", "parts");
    TABLE_OF(children, "parts", body_block_columns);
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *other;
        if (capartner_body_at(i, &other) == CAPARTNER_OK && capartner_body_parent(other) == b)
            body_row(children, other);
    }
    extra_text(r, "status_as_of", show->as_of_text);
    size_t events = events_count(NULL, b, NULL);
    extra_number(r, "event_count", (long long)events);
    r->footer = xasprintf("Participation status as of %s.\nEvents: %zu — capartner "
                          "timeline --body %s",
                          show->as_of_text, events, capartner_body_id(b));
}

static void build_place(struct show *show, struct record *r, const capartner_place *p) {
    r->type = "place";
    r->heading =
        xasprintf("%s — %s %s", capartner_place_name(p),
                  capartner_place_kind_name(capartner_place_kind_of(p)), capartner_place_id(p));
    table_for(&r->main, &schemas[TABLE_PLACES]);
    row_place(&r->main, p);
    r->citation = capartner_place_citation(p);
    const capartner_country *country = capartner_place_country(p);
    if (country != NULL)
        fields_add_owned(
            &r->fields, "country",
            xasprintf("%s (%s)", capartner_country_name(country), capartner_country_id(country)));
    fields_add_owned(&r->fields, "cited", citation_long(show, r->citation));
    name_rows(show, block(r, "Names", "names"), capartner_place_name_count(p), place_name_at, p);
    struct table *bodies = block(r, "Bodies here", "bodies");
    TABLE_OF(bodies, "bodies", body_block_columns);
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *b;
        if (capartner_body_at(i, &b) == CAPARTNER_OK && capartner_body_place(b) == p)
            body_row(bodies, b);
    }
    struct table *events = block(r, "Events here", "events");
    TABLE_OF(events, "events", event_block_columns);
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *e;
        if (capartner_event_at(i, &e) == CAPARTNER_OK && capartner_event_place(e) == p &&
            capartner_event_is_preferred(e))
            event_row(show, events, e);
    }
}

static void build_area(struct show *show, struct record *r, const capartner_area *a) {
    r->type = "area";
    r->heading =
        xasprintf("%s — area of cooperation %s", capartner_area_name(a), capartner_area_id(a));
    table_for(&r->main, &schemas[TABLE_AREAS]);
    row_area(&r->main, a);
    r->citation = capartner_area_citation(a);
    fields_add(&r->fields, "summary", capartner_area_summary(a));
    fields_add_owned(&r->fields, "cited", citation_long(show, r->citation));
    size_t events = events_count(NULL, NULL, a);
    extra_number(r, "event_count", (long long)events);
    r->footer =
        xasprintf("Events: %zu — capartner timeline --area %s", events, capartner_area_id(a));
}

static void build_participation(struct show *show, struct record *r,
                                const capartner_participation *p) {
    const capartner_country *c = capartner_participation_country(p);
    const capartner_body *b = capartner_participation_body(p);
    r->type = "participation";
    r->heading = xasprintf(
        "%s in %s: %s — participation %s", capartner_country_name(c), capartner_body_name(b),
        capartner_role_name(capartner_participation_role(p)), capartner_participation_id(p));
    table_for(&r->main, &participation_status_schema);
    row_participation_on(&r->main, p, show->as_of);
    r->citation = capartner_participation_citation(p);
    fields_add_owned(&r->fields, "country",
                     xasprintf("%s (%s)", capartner_country_name(c), capartner_country_id(c)));
    fields_add_owned(&r->fields, "body",
                     xasprintf("%s (%s)", capartner_body_name(b), capartner_body_id(b)));
    fields_add(&r->fields, "role", capartner_role_name(capartner_participation_role(p)));
    const capartner_area *area = capartner_participation_area(p);
    if (area != NULL)
        fields_add_owned(&r->fields, "area",
                         xasprintf("%s (%s)", capartner_area_name(area), capartner_area_id(area)));
    fields_add_owned(&r->fields, "started", date_string(capartner_participation_started(p)));
    fields_add_owned(&r->fields, "ended", date_string(capartner_participation_ended(p)));
    fields_add_owned(&r->fields, "reported", date_string(capartner_participation_reported(p)));
    char *status = participation_status_text(p, show->as_of);
    fields_add_owned(&r->fields, "status", xasprintf("%s on %s", status, show->as_of_text));
    free(status);
    fields_add(&r->fields, "summary", capartner_participation_summary(p));
    const capartner_participation *preferred = capartner_participation_alternative_of(p);
    if (preferred != NULL)
        fields_add_owned(
            &r->fields, "alternative",
            xasprintf("the dataset prefers %s", capartner_participation_id(preferred)));
    fields_add_owned(&r->fields, "cited", citation_long(show, r->citation));
    extra_text(r, "status_as_of", show->as_of_text);
    struct table *alternatives = block(r, "Other statements of this relation", "alternatives");
    TABLE_OF(alternatives, "alternatives", relation_block_columns);
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *o;
        if (capartner_participation_at(i, &o) == CAPARTNER_OK &&
            capartner_participation_alternative_of(o) == p)
            relation_row(show, alternatives, o, false);
    }
}

static char *names_of_links(const capartner_event *e, int which) {
    size_t count = which == 0   ? capartner_event_country_count(e)
                   : which == 1 ? capartner_event_body_count(e)
                                : capartner_event_area_count(e);
    char *text = xstrdup("");
    for (size_t i = 0; i < count; i++) {
        char *item;
        if (which == 0) {
            const capartner_country *c = NULL;
            capartner_event_country_at(e, i, &c);
            item = xasprintf("%s (%s)", capartner_country_name(c), capartner_country_id(c));
        } else if (which == 1) {
            const capartner_body *b = NULL;
            capartner_event_body_at(e, i, &b);
            const char *acronym = capartner_body_acronym(b);
            item = xasprintf("%s (%s)", acronym[0] ? acronym : capartner_body_name(b),
                             capartner_body_id(b));
        } else {
            const capartner_area *a = NULL;
            capartner_event_area_at(e, i, &a);
            item = xasprintf("%s (%s)", capartner_area_name(a), capartner_area_id(a));
        }
        char *joined = xasprintf("%s%s%s", text, i ? ", " : "", item);
        free(text);
        free(item);
        text = joined;
    }
    return text;
}

static void build_event(struct show *show, struct record *r, const capartner_event *e) {
    r->type = "event";
    r->heading = xasprintf("%s — event %s", capartner_event_date_text(e), capartner_event_id(e));
    table_for(&r->main, &timeline_schema);
    row_event(&r->main, e, true);
    r->citation = capartner_event_citation(e);
    fields_add(&r->fields, "summary", capartner_event_summary(e));
    fields_add_owned(&r->fields, "date",
                     date_with_interval(capartner_event_date(e), capartner_event_date_text(e)));
    fields_add(&r->fields, "kind", capartner_event_kind_name(capartner_event_kind_of(e)));
    const capartner_place *place = capartner_event_place(e);
    if (place != NULL)
        fields_add_owned(
            &r->fields, "place",
            xasprintf("%s (%s)", capartner_place_name(place), capartner_place_id(place)));
    fields_add_owned(&r->fields, "countries", names_of_links(e, 0));
    fields_add_owned(&r->fields, "bodies", names_of_links(e, 1));
    fields_add_owned(&r->fields, "areas", names_of_links(e, 2));
    const capartner_event *preferred = capartner_event_alternative_of(e);
    if (preferred != NULL)
        fields_add_owned(&r->fields, "alternative",
                         xasprintf("the dataset prefers %s", capartner_event_id(preferred)));
    fields_add_owned(&r->fields, "cited", citation_long(show, r->citation));
    struct table *alternatives = block(r, "Other statements of this event", "alternatives");
    TABLE_OF(alternatives, "alternatives", event_block_columns);
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *o;
        if (capartner_event_at(i, &o) == CAPARTNER_OK && capartner_event_alternative_of(o) == e)
            event_row(show, alternatives, o);
    }
}

static size_t count_citing(const capartner_source *source) {
    size_t count = 0;
#define COUNT_TABLE(kind)                                                                          \
    for (size_t i = 0; i < capartner_##kind##_count(); i++) {                                      \
        const capartner_##kind *record;                                                            \
        if (capartner_##kind##_at(i, &record) == CAPARTNER_OK &&                                   \
            capartner_citation_source(capartner_##kind##_citation(record)) == source)              \
            count++;                                                                               \
    }
    COUNT_TABLE(country)
    COUNT_TABLE(place)
    COUNT_TABLE(body)
    COUNT_TABLE(area)
    COUNT_TABLE(participation)
    COUNT_TABLE(event)
#undef COUNT_TABLE
    return count;
}

static void build_source(struct show *show, struct record *r, const capartner_source *s) {
    (void)show;
    r->type = "source";
    r->heading = xasprintf("%s — source %s", capartner_source_title(s), capartner_source_id(s));
    table_for(&r->main, &schemas[TABLE_SOURCES]);
    row_source(&r->main, s);
    fields_add(&r->fields, "kind", capartner_source_kind_name(capartner_source_kind_of(s)));
    fields_add(&r->fields, "publisher", capartner_source_publisher(s));
    fields_add(&r->fields, "url", capartner_source_url(s));
    fields_add_owned(&r->fields, "published", date_string(capartner_source_published(s)));
    fields_add_owned(&r->fields, "content as of", date_string(capartner_source_content_date(s)));
    fields_add(&r->fields, "note", capartner_source_note(s));
    size_t citing = count_citing(s);
    fields_add_owned(&r->fields, "cited by",
                     xasprintf("%zu records (countries, places, bodies, areas, participations, "
                               "events)",
                               citing));
    extra_number(r, "cited_by", (long long)citing);
    struct table *sections = block(r, "Sections", "sections");
    TABLE_OF(sections, "sections", section_block_columns);
    for (size_t i = 0; i < capartner_section_count(); i++) {
        const capartner_section *sec;
        if (capartner_section_at(i, &sec) == CAPARTNER_OK && capartner_section_source(sec) == s) {
            table_row(sections);
            put_text(sections, capartner_section_id(sec));
            put_int(sections, capartner_section_ordinal(sec));
            put_text(sections, capartner_section_title(sec));
        }
    }
}

static void build_section(struct show *show, struct record *r, const capartner_section *s) {
    (void)show;
    const capartner_source *source = capartner_section_source(s);
    r->type = "section";
    r->heading = xasprintf("%s — section %s", capartner_section_title(s), capartner_section_id(s));
    table_for(&r->main, &schemas[TABLE_SECTIONS]);
    row_section(&r->main, s);
    fields_add_owned(
        &r->fields, "source",
        xasprintf("%s (%s)", capartner_source_title(source), capartner_source_id(source)));
    fields_add_owned(&r->fields, "ordinal", xasprintf("%u", capartner_section_ordinal(s)));
    fields_add(&r->fields, "url", capartner_source_url(source));
}

static void build(struct show *show, struct record *r, enum show_type type, const void *item) {
    memset(r, 0, sizeof *r);
    switch (type) {
    case SHOW_COUNTRY:
        build_country(show, r, item);
        break;
    case SHOW_BODY:
        build_body(show, r, item);
        break;
    case SHOW_PLACE:
        build_place(show, r, item);
        break;
    case SHOW_AREA:
        build_area(show, r, item);
        break;
    case SHOW_PARTICIPATION:
        build_participation(show, r, item);
        break;
    case SHOW_EVENT:
        build_event(show, r, item);
        break;
    case SHOW_SOURCE:
        build_source(show, r, item);
        break;
    default:
        build_section(show, r, item);
        break;
    }
}

/* ------------------------------------------------------------- writers */

static void write_text(struct show *show, const struct record *r) {
    struct cli *cli = show->cli;
    output_fields(cli, r->heading, &r->fields);
    for (size_t i = 0; i < r->block_count; i++) {
        if (r->blocks[i].table.row_count == 0 && strcmp(r->blocks[i].key, "participations") != 0)
            continue; /* an empty optional block says nothing */
        output_titled_table(cli, r->blocks[i].title, &r->blocks[i].table);
    }
    if (r->footer != NULL) {
        putc('\n', cli->out);
        output_paragraph(cli, r->footer);
    }
}

static void write_sources(struct show *show) {
    if (show->cited_count == 0)
        return;
    struct fields fields = {0};
    char(*numbers)[24] = xcalloc(show->cited_count, sizeof *numbers);
    for (size_t i = 0; i < show->cited_count; i++) {
        const capartner_source *s = show->cited[i];
        const char *url = capartner_source_url(s), *publisher = capartner_source_publisher(s);
        char published[CAPARTNER_DATE_TEXT_BYTES];
        date_text(capartner_source_published(s), published);
        snprintf(numbers[i], sizeof numbers[i], "[%zu]", i + 1);
        fields_add_owned(&fields, numbers[i],
                         xasprintf("%s: %s.%s%s%s%s%s%s", capartner_source_id(s),
                                   capartner_source_title(s), publisher[0] ? " " : "", publisher,
                                   published[0] ? (publisher[0] ? ", " : " ") : "", published,
                                   url[0] ? ". " : "", url));
    }
    fputc('\n', show->cli->out);
    output_fields(show->cli, "Sources", &fields);
    fields_free(&fields);
    free((void *)numbers);
}

static void write_json(struct json *json, const struct record *r) {
    json_object_begin(json);
    json_key(json, "type");
    json_string(json, r->type);
    json_row_members(json, &r->main, 0);
    if (r->citation != NULL)
        json_citation(json, r->citation);
    for (size_t i = 0; i < r->extra_count; i++) {
        json_key(json, r->extras[i].key);
        if (r->extras[i].text != NULL)
            json_string(json, r->extras[i].text);
        else
            json_int(json, r->extras[i].value);
    }
    for (size_t i = 0; i < r->block_count; i++) {
        const struct table *t = &r->blocks[i].table;
        json_key(json, r->blocks[i].key);
        json_array_begin(json);
        for (size_t row = 0; row < t->row_count; row++) {
            json_object_begin_inline(json);
            json_row_members(json, t, row);
            json_object_end(json);
        }
        json_array_end(json);
    }
    json_object_end(json);
}

/* ------------------------------------------------------------- command */

struct match {
    enum show_type type;
    const void *item;
};

/* Looks a key up as every type (or one); 0, EXIT_NOT_FOUND or EXIT_USAGE. */
static int resolve(struct cli *cli, const char *key, int only_type, struct match *out) {
    /* TYPE:KEY */
    const char *colon = strchr(key, ':');
    if (only_type < 0 && colon != NULL) {
        size_t length = (size_t)(colon - key);
        for (int t = 0; t < SHOW_TYPE_COUNT; t++) {
            if (strlen(type_names[t]) == length && strncmp(type_names[t], key, length) == 0) {
                only_type = t;
                key = colon + 1;
                break;
            }
        }
    }
    struct match found[SHOW_TYPE_COUNT];
    size_t found_count = 0;
    capartner_status worst = CAPARTNER_ERR_NOT_FOUND;
    for (int t = 0; t < SHOW_TYPE_COUNT; t++) {
        if (only_type >= 0 && t != only_type)
            continue;
        const void *item = NULL;
        capartner_status status = find_as((enum show_type)t, key, &item);
        if (status == CAPARTNER_OK) {
            found[found_count].type = (enum show_type)t;
            found[found_count].item = item;
            found_count++;
        } else if (status != CAPARTNER_ERR_NOT_FOUND) {
            worst = status;
        }
    }
    if (found_count == 0) {
        char hint[600] = "";
        if (worst == CAPARTNER_ERR_NOT_FOUND) {
            struct suggest suggest;
            suggest_init(&suggest, key);
            /* names through the library's suggestions, the other ids here */
            unsigned named = 0;
            for (int t = 0; t < SHOW_TYPE_COUNT; t++) {
                if (only_type >= 0 && t != only_type)
                    continue;
                int record_type = named_record_type((enum show_type)t);
                if (record_type >= 0)
                    named |= 1u << record_type;
                else
                    consider_type(&suggest, (enum show_type)t);
            }
            consider_nearest_records(&suggest, key, named);
            suggest_format(&suggest, hint, sizeof hint);
            suggest_free(&suggest);
        }
        const char *kind = only_type >= 0 ? type_names[only_type] : "record";
        return key_status(cli, "key", key, worst, kind, hint);
    }
    if (found_count > 1) {
        char others[300] = "";
        size_t used = 0;
        for (size_t i = 1; i < found_count && used < sizeof others; i++)
            used += (size_t)snprintf(others + used, sizeof others - used, "%s%s", i > 1 ? ", " : "",
                                     type_names[found[i].type]);
        char *printable = text_printable(key);
        cli_error(cli,
                  "note: '%s' also names a %s; showing the %s (choose with --type or "
                  "TYPE:KEY)",
                  printable, others, type_names[found[0].type]);
        free(printable);
    }
    *out = found[0];
    return 0;
}

int cmd_show(struct cli *cli, int argc, char **argv) {
    unsigned formats = FORMATS_TABULAR;
    struct args args;
    int code = args_parse(cli, show_options, OPTION_COUNT, formats, argc, argv, &args);
    if (code == 0 && args.help) {
        fputs(show_help, stdout);
        args_print_options(stdout, show_options, OPTION_COUNT, formats);
        args_free(&args);
        return EXIT_FOUND;
    }
    struct show show = {cli, {0, 0, 0, 0, 0, {0, 0}}, capartner_data_as_of(), NULL, 0, 0};
    int only_type = -1;
    if (capartner_date_parse(show.as_of_text, &show.as_of) != CAPARTNER_OK)
        show.as_of_text = ""; /* no data date: every status is unknown */
    for (size_t i = 0; code == 0 && i < args.option_count; i++) {
        const struct option_value *option = &args.options[i];
        if (option->id == OPT_TYPE) {
            only_type = type_parse(option->value);
            if (only_type < 0) {
                char hint[200] = "";
                suggest_word(option->value, type_names, hint, sizeof hint);
                char *printable = text_printable(option->value);
                code = cli_usage_error(cli,
                                       "--type '%s' is not a type of record; valid: "
                                       "country, body, place, area, participation, event, "
                                       "source, section%s",
                                       printable, hint);
                free(printable);
            }
        } else if (option->id == OPT_AS_OF) {
            code = parse_date_arg(cli, "--as-of", option->value, &show.as_of);
            show.as_of_text = option->value;
        }
    }
    if (code == 0 && args.positional_count == 0)
        code = cli_usage_error(cli, "which record? give a key, e.g. capartner show KZ, "
                                    "capartner show PfP");
    if (code != 0) {
        args_free(&args);
        return code;
    }

    /* look every key up first: errors before any output */
    struct match *matches = xcalloc(args.positional_count, sizeof *matches);
    size_t match_count = 0;
    int lookup_code = 0;
    for (size_t i = 0; i < args.positional_count; i++) {
        int result = resolve(cli, args.positionals[i], only_type, &matches[match_count]);
        if (result == 0)
            match_count++;
        else if (result == EXIT_USAGE || lookup_code == 0)
            lookup_code = result;
    }
    args_free(&args);
    if (lookup_code == EXIT_USAGE || match_count == 0) {
        free(matches);
        return lookup_code;
    }
    if ((code = cli_open_output(cli)) != 0) {
        free(matches);
        return code;
    }

    struct json json;
    json_init(&json, cli->out);
    if (cli->format == FORMAT_JSON && match_count > 1)
        json_array_begin(&json);
    for (size_t i = 0; i < match_count; i++) {
        struct record record;
        build(&show, &record, matches[i].type, matches[i].item);
        switch (cli->format) {
        case FORMAT_JSON:
            write_json(&json, &record);
            break;
        case FORMAT_CSV:
        case FORMAT_TSV:
            if (i > 0)
                fputs(cli->format == FORMAT_CSV ? "\r\n" : "\n", cli->out);
            code = output_table(cli, &record.main);
            break;
        default:
            if (i > 0)
                fputs("\n\n", cli->out);
            write_text(&show, &record);
            break;
        }
        record_free(&record);
    }
    if (cli->format == FORMAT_JSON) {
        if (match_count > 1)
            json_array_end(&json);
        json_finish(&json);
    } else if (cli->format != FORMAT_CSV && cli->format != FORMAT_TSV) {
        write_sources(&show);
    }
    free((void *)show.cited);
    free(matches);
    return code != 0 ? code : lookup_code;
}
