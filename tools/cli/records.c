/* The tables of the dataset: schemas and row builders. */
#include "records.h"

#include "cli.h"

#include <stdlib.h>
#include <string.h>

#define COLUMNS(array) array, sizeof array / sizeof array[0]

/* The citation every record carries. */
#define CITATION_COLUMNS                                                                           \
    {"source", CELL_TEXT, false, "sources", true, "the source cited (sources.id)"},                \
        {"section",  CELL_TEXT, false,                                                             \
         "sections", false,     "the section of that source (sections.id), if any"},               \
    {                                                                                              \
        "paragraph", CELL_INT, false, NULL, false,                                                 \
            "1-based paragraph within the section, if the source has numbered places"              \
    }

static const struct column dataset_columns[] = {
    {"key", CELL_TEXT, true, NULL, true,
     "library_version, data_as_of, data_digest or format_version"},
    {"value", CELL_TEXT, true, NULL, true, "its value"},
};

static const struct column source_columns[] = {
    {"id", CELL_TEXT, true, NULL, true, "stable id"},
    {"kind", CELL_TEXT, true, NULL, true, "primary, official, secondary or reference"},
    {"title", CELL_TEXT, true, NULL, true, "the document's title"},
    {"publisher", CELL_TEXT, false, NULL, false, "who published it"},
    {"url", CELL_TEXT, false, NULL, false, "where it is"},
    {"published", CELL_DATE, true, NULL, false, "publication or last-update date"},
    {"content_date", CELL_DATE, true, NULL, false,
     "the date the content describes (the publication date when not given)"},
    {"note", CELL_TEXT, false, NULL, false, "what a reader needs to weigh the source"},
};

static const struct column section_columns[] = {
    {"id", CELL_TEXT, true, NULL, true, "stable id"},
    {"source", CELL_TEXT, true, "sources", true, "the source it belongs to (sources.id)"},
    {"ordinal", CELL_INT, true, NULL, true, "1-based order within the source"},
    {"title", CELL_TEXT, true, NULL, true, "the heading as printed"},
};

static const struct column country_columns[] = {
    {"id", CELL_TEXT, true, NULL, true, "ISO 3166-1 alpha-2 code, the stable id"},
    {"alpha2", CELL_TEXT, false, NULL, true, "ISO 3166-1 alpha-2 code"},
    {"alpha3", CELL_TEXT, true, NULL, true, "ISO 3166-1 alpha-3 code"},
    {"numeric", CELL_INT, true, NULL, true, "ISO 3166-1 numeric code"},
    {"name", CELL_TEXT, true, NULL, true, "preferred English short name"},
    {"partner", CELL_BOOL, true, NULL, true, "one of the five Central Asian partners"},
    {"capital", CELL_TEXT, false, NULL, false, "the capital (places.id), if given"},
    {"codes_source", CELL_TEXT, true, "sources", false,
     "the source of the codes and capital (sources.id)"},
    {"cow_code", CELL_INT, false, NULL, false, "Correlates of War state code, if given"},
    {"cow_abbreviation", CELL_TEXT, false, NULL, false,
     "Correlates of War state abbreviation, if given"},
    {"cow_source", CELL_TEXT, false, "sources", false,
     "the source of the COW code (sources.id), if given"},
    {"note", CELL_TEXT, false, NULL, false, "why the country is in the dataset"},
    CITATION_COLUMNS,
};

static const struct column place_columns[] = {
    {"id", CELL_TEXT, true, NULL, true, "stable id"},
    {"kind", CELL_TEXT, true, NULL, true, "city, river or region"},
    {"name", CELL_TEXT, true, NULL, true, "current English name"},
    {"country", CELL_TEXT, true, "countries", false, "the country (countries.id), if any"},
    CITATION_COLUMNS,
};

static const struct column name_columns[] = {
    {"owner_type", CELL_TEXT, true, NULL, true, "country, body or place"},
    {"owner", CELL_TEXT, true, NULL, true, "the owner's id in countries, bodies or places"},
    {"language", CELL_TEXT, true, NULL, true, "ISO 639-1 language code"},
    {"kind", CELL_TEXT, true, NULL, true, "short, official, acronym or alias"},
    {"text", CELL_TEXT, true, NULL, true, "the name as written"},
    {"preferred", CELL_BOOL, true, NULL, true,
     "the preferred name of its owner, language and kind"},
    {"valid_from", CELL_DATE, true, NULL, false, "in use from (absent: always or unknown)"},
    {"valid_to", CELL_DATE, true, NULL, false, "in use until, exclusive (absent: still)"},
    CITATION_COLUMNS,
};

static const struct column body_columns[] = {
    {"id", CELL_TEXT, true, NULL, true, "stable id"},
    {"kind", CELL_TEXT, true, NULL, true,
     "organization, council, command, programme, mechanism, project, operation, centre, "
     "unit, exercise, office, process, plan, route, document, institution, concept, treaty or "
     "headquarters"},
    {"acronym", CELL_TEXT, true, NULL, false, "e.g. PfP"},
    {"name", CELL_TEXT, true, NULL, true, "full English name"},
    {"parent", CELL_TEXT, false, "bodies", false, "the body it belongs to (bodies.id)"},
    {"place", CELL_TEXT, false, "places", false, "where it sits (places.id)"},
    {"started", CELL_DATE, true, NULL, false, "when it was created"},
    {"ended", CELL_DATE, true, NULL, false, "when it ended"},
    {"summary", CELL_TEXT, false, NULL, false, "one sentence"},
    CITATION_COLUMNS,
};

static const struct column area_columns[] = {
    {"id", CELL_TEXT, true, NULL, true, "stable id"},
    {"name", CELL_TEXT, true, NULL, true, "English name"},
    {"summary", CELL_TEXT, true, NULL, false, "one sentence"},
    CITATION_COLUMNS,
};

#define PARTICIPATION_HEAD_COLUMNS                                                                 \
    {"id", CELL_TEXT, false, NULL, true, "stable id"},                                             \
        {"country", CELL_TEXT, true, "countries", true, "the country (countries.id)"},             \
        {"body", CELL_TEXT, true, "bodies", true, "the body (bodies.id)"},                         \
        {"role",                                                                                   \
         CELL_TEXT,                                                                                \
         true,                                                                                     \
         NULL,                                                                                     \
         true,                                                                                     \
         "member, participant, on_hold, interest_expressed, requested, host, lead_nation, "        \
         "lead_contributor, contributor, represented, beneficiary, transit_provider, "             \
         "supporter, owner, diplomatic_mission, military_representative, encouraged, "             \
         "promoter, cooperating or in_talks"},                                                     \
    {                                                                                              \
        "area", CELL_TEXT, false, "areas", false,                                                  \
            "the area of cooperation the relation is about (areas.id), if any"                     \
    }

#define PARTICIPATION_TAIL_COLUMNS                                                                 \
    {"started", CELL_DATE, true, NULL, false, "when the role began, if stated"},                   \
        {"ended", CELL_DATE, true, NULL, false, "when it ended, if it did"},                       \
        {"reported", CELL_DATE, true,                                                              \
         NULL,       false,     "the date a source reports it holding (its content date)"},        \
        {"certain_first", CELL_TEXT,                                                               \
         false,           NULL,                                                                    \
         false,           "first day it certainly held, YYYY-MM-DD (absent: no day is certain)"},  \
        {"certain_last", CELL_TEXT,                                                                \
         false,          NULL,                                                                     \
         false,          "last day it certainly held, YYYY-MM-DD (absent: no day is certain)"},    \
        {"possible_first",                                                                         \
         CELL_TEXT,                                                                                \
         false,                                                                                    \
         NULL,                                                                                     \
         false,                                                                                    \
         "first day it possibly held, YYYY-MM-DD (absent: open; after possible_last: none)"},      \
        {"possible_last", CELL_TEXT,                                                               \
         false,           NULL,                                                                    \
         false,           "last day it possibly held, YYYY-MM-DD (absent: open)"},                 \
        {"summary", CELL_TEXT, false, NULL, false, "one sentence"},                                \
        {"alternative_of",                                                                         \
         CELL_TEXT,                                                                                \
         false,                                                                                    \
         "participations",                                                                         \
         false,                                                                                    \
         "absent for the preferred statement; else the preferred one (participations.id)"},        \
        CITATION_COLUMNS

/* The status on a date: the export's is on the data's as-of date. */
static const struct column participation_columns[] = {
    PARTICIPATION_HEAD_COLUMNS,
    {"status", CELL_TEXT, true, NULL, true,
     "held, unknown or not_held on the date asked, in the export data_as_of "
     "(docs/data-model.md)"},
    PARTICIPATION_TAIL_COLUMNS,
};

#define EVENT_HEAD_COLUMNS                                                                         \
    {"id", CELL_TEXT, false, NULL, true, "stable id"},                                             \
        {"position", CELL_INT, false, NULL, true, "0-based position in timeline order"},           \
        {"date", CELL_DATE, true, NULL, true, "the date as stated (\"early 2014\", \"2013-12\")"}, \
        {"date_earliest", CELL_TEXT,                                                               \
         false,           NULL,                                                                    \
         false,           "first day the date can mean, YYYY-MM-DD (absent: open)"},               \
        {"date_latest", CELL_TEXT, false,                                                          \
         NULL,          false,     "last day the date can mean, YYYY-MM-DD (absent: open)"},       \
        {"kind",                                                                                   \
         CELL_TEXT,                                                                                \
         true,                                                                                     \
         NULL,                                                                                     \
         true,                                                                                     \
         "establishment, accession, agreement, summit, request, exercise, training, "              \
         "assistance, opening, closing, crisis, recognition, operation, renaming, milestone, "     \
         "ministerial, visit or conference"},                                                      \
    {                                                                                              \
        "place", CELL_TEXT, false, "places", false, "where (places.id), if stated"                 \
    }

#define EVENT_TAIL_COLUMNS                                                                         \
    {"summary", CELL_TEXT, true, NULL, true, "one line"},                                          \
        {"alternative_of",                                                                         \
         CELL_TEXT,                                                                                \
         false,                                                                                    \
         "events",                                                                                 \
         false,                                                                                    \
         "absent for the preferred statement; else the preferred one (events.id)"},                \
        CITATION_COLUMNS

static const struct column event_columns[] = {EVENT_HEAD_COLUMNS, EVENT_TAIL_COLUMNS};

static const struct column timeline_columns[] = {
    EVENT_HEAD_COLUMNS,
    {"countries", CELL_LIST, true, "countries", false, "the countries involved (countries.id)"},
    {"bodies", CELL_LIST, false, "bodies", false, "the bodies involved (bodies.id)"},
    {"areas", CELL_LIST, false, "areas", false, "the areas of cooperation (areas.id)"},
    EVENT_TAIL_COLUMNS,
};

static const struct column event_country_columns[] = {
    {"event", CELL_TEXT, true, "events", true, "events.id"},
    {"country", CELL_TEXT, true, "countries", true, "countries.id"},
};
static const struct column event_body_columns[] = {
    {"event", CELL_TEXT, true, "events", true, "events.id"},
    {"body", CELL_TEXT, true, "bodies", true, "bodies.id"},
};
static const struct column event_area_columns[] = {
    {"event", CELL_TEXT, true, "events", true, "events.id"},
    {"area", CELL_TEXT, true, "areas", true, "areas.id"},
};

const struct schema schemas[TABLE_COUNT] = {
    {"dataset", COLUMNS(dataset_columns), "key",
     "the versions of the library, the data and the export format"},
    {"sources", COLUMNS(source_columns), "id", "the documents cited"},
    {"sections", COLUMNS(section_columns), "id", "the titled parts of a source"},
    {"countries", COLUMNS(country_columns), "id",
     "the five Central Asian partners and every other country the sources name in a role"},
    {"places", COLUMNS(place_columns), "id", "cities, rivers and regions"},
    {"names", COLUMNS(name_columns), NULL,
     "names and aliases of countries, bodies and places in every language"},
    {"bodies", COLUMNS(body_columns), "id",
     "NATO bodies, programmes, mechanisms, operations, centres and the like"},
    {"areas", COLUMNS(area_columns), "id", "areas of cooperation"},
    {"participations", COLUMNS(participation_columns), "id",
     "a country's role in a body, from a start to an end, as reported; its certain and "
     "possible spans and its status on the data's as-of date"},
    {"events", COLUMNS(event_columns), "id", "the timeline, in timeline order"},
    {"event_countries", COLUMNS(event_country_columns), "event, country",
     "the countries each event involves"},
    {"event_bodies", COLUMNS(event_body_columns), "event, body", "the bodies each event involves"},
    {"event_areas", COLUMNS(event_area_columns), "event, area",
     "the areas of cooperation of each event"},
};

const struct schema timeline_schema = {"events", COLUMNS(timeline_columns), "id",
                                       "events with their countries, bodies and areas"};

static const struct column timeline_marked_columns[] = {
    EVENT_HEAD_COLUMNS,
    {"countries", CELL_LIST, true, "countries", false, "the countries involved (countries.id)"},
    {"bodies", CELL_LIST, false, "bodies", false, "the bodies involved (bodies.id)"},
    {"areas", CELL_LIST, false, "areas", false, "the areas of cooperation (areas.id)"},
    EVENT_TAIL_COLUMNS,
    {"certain", CELL_BOOL, true, NULL, true,
     "whether the event's date lies wholly in the range (else it only may)"},
};

const struct schema timeline_marked_schema = {
    "events", COLUMNS(timeline_marked_columns), "id",
    "events with their countries, bodies and areas, each marked certain or not"};

const struct schema participation_status_schema = {
    "participations", COLUMNS(participation_columns), "id",
    "a country's role in a body with its status on a date"};

void table_for(struct table *table, const struct schema *schema) {
    table_init(table, schema->name, schema->columns, schema->column_count);
}

int schema_find(const char *name) {
    for (int i = 0; i < TABLE_COUNT; i++)
        if (strcmp(schemas[i].name, name) == 0)
            return i;
    return -1;
}

/* ------------------------------------------------------------- builders */

static void put_citation(struct table *table, const capartner_citation *citation) {
    put_text(table, capartner_source_id(capartner_citation_source(citation)));
    put_text(table, capartner_section_id(capartner_citation_section(citation)));
    unsigned paragraph = capartner_citation_paragraph(citation);
    put_int_or_absent(table, paragraph, paragraph != 0);
}

void row_dataset(struct table *table, const char *key, const char *value) {
    table_row(table);
    put_text(table, key);
    put_text(table, value);
}

void row_source(struct table *table, const capartner_source *source) {
    table_row(table);
    put_text(table, capartner_source_id(source));
    put_text(table, capartner_source_kind_name(capartner_source_kind_of(source)));
    put_text(table, capartner_source_title(source));
    put_text(table, capartner_source_publisher(source));
    put_text(table, capartner_source_url(source));
    put_date(table, capartner_source_published(source));
    put_date(table, capartner_source_content_date(source));
    put_text(table, capartner_source_note(source));
}

void row_section(struct table *table, const capartner_section *section) {
    table_row(table);
    put_text(table, capartner_section_id(section));
    put_text(table, capartner_source_id(capartner_section_source(section)));
    put_int(table, capartner_section_ordinal(section));
    put_text(table, capartner_section_title(section));
}

void row_country(struct table *table, const capartner_country *country) {
    table_row(table);
    put_text(table, capartner_country_id(country));
    put_text(table, capartner_country_alpha2(country));
    put_text(table, capartner_country_alpha3(country));
    put_int(table, capartner_country_numeric(country));
    put_text(table, capartner_country_name(country));
    put_bool(table, capartner_country_is_partner(country));
    put_text(table, capartner_place_id(capartner_country_capital(country)));
    put_text(table, capartner_source_id(capartner_country_codes_source(country)));
    int cow = capartner_country_cow_code(country);
    put_int_or_absent(table, cow, cow != 0);
    put_text(table, capartner_country_cow_abbreviation(country));
    put_text(table, capartner_source_id(capartner_country_cow_source(country)));
    put_text(table, capartner_country_note(country));
    put_citation(table, capartner_country_citation(country));
}

void row_place(struct table *table, const capartner_place *place) {
    table_row(table);
    put_text(table, capartner_place_id(place));
    put_text(table, capartner_place_kind_name(capartner_place_kind_of(place)));
    put_text(table, capartner_place_name(place));
    put_text(table, capartner_country_id(capartner_place_country(place)));
    put_citation(table, capartner_place_citation(place));
}

void row_name(struct table *table, const char *owner_type, const char *owner,
              const capartner_name *name) {
    table_row(table);
    put_text(table, owner_type);
    put_text(table, owner);
    put_text(table, capartner_name_language(name));
    put_text(table, capartner_name_kind_name(capartner_name_kind_of(name)));
    put_text(table, capartner_name_text(name));
    put_bool(table, capartner_name_is_preferred(name));
    put_date(table, capartner_name_valid_from(name));
    put_date(table, capartner_name_valid_to(name));
    put_citation(table, capartner_name_citation(name));
}

void row_body(struct table *table, const capartner_body *body) {
    table_row(table);
    put_text(table, capartner_body_id(body));
    put_text(table, capartner_body_kind_name(capartner_body_kind_of(body)));
    put_text(table, capartner_body_acronym(body));
    put_text(table, capartner_body_name(body));
    put_text(table, capartner_body_id(capartner_body_parent(body)));
    put_text(table, capartner_place_id(capartner_body_place(body)));
    put_date(table, capartner_body_started(body));
    put_date(table, capartner_body_ended(body));
    put_text(table, capartner_body_summary(body));
    put_citation(table, capartner_body_citation(body));
}

void row_area(struct table *table, const capartner_area *area) {
    table_row(table);
    put_text(table, capartner_area_id(area));
    put_text(table, capartner_area_name(area));
    put_text(table, capartner_area_summary(area));
    put_citation(table, capartner_area_citation(area));
}

/* yyyymmdd as YYYY-MM-DD; the open ends (0, 99991231) are absent. */
static char *iso_day(int32_t day) {
    if (day <= 0 || day >= 99991231)
        return NULL;
    return xasprintf("%04d-%02d-%02d", (int)(day / 10000), (int)(day / 100 % 100),
                     (int)(day % 100));
}

capartner_date data_as_of_date(void) {
    capartner_date date;
    if (capartner_date_parse(capartner_data_as_of(), &date) != CAPARTNER_OK)
        return (capartner_date){0, 0, 0, 0, 0, {0, 0}};
    return date;
}

/* A span's first and last day, absent at an open end. With no day, the
 * certain span (never open) is absent; the possible span, never empty with
 * an open end, keeps its days, the first after the last. */
static void put_span(struct table *table, const capartner_participation *p,
                     capartner_certainty mode) {
    int32_t first = 0, last = 0;
    capartner_participation_span(p, mode, &first, &last);
    if (mode == CAPARTNER_CERTAINLY && first > last)
        first = last = 0;
    put_owned(table, iso_day(first));
    put_owned(table, iso_day(last));
}

void row_participation_on(struct table *table, const capartner_participation *p,
                          capartner_date date) {
    table_row(table);
    put_text(table, capartner_participation_id(p));
    put_text(table, capartner_country_id(capartner_participation_country(p)));
    put_text(table, capartner_body_id(capartner_participation_body(p)));
    put_text(table, capartner_role_name(capartner_participation_role(p)));
    put_text(table, capartner_area_id(capartner_participation_area(p)));
    put_text(table, capartner_holding_name(capartner_participation_status_on(p, date)));
    put_date(table, capartner_participation_started(p));
    put_date(table, capartner_participation_ended(p));
    put_date(table, capartner_participation_reported(p));
    put_span(table, p, CAPARTNER_CERTAINLY);
    put_span(table, p, CAPARTNER_POSSIBLY);
    put_text(table, capartner_participation_summary(p));
    put_text(table, capartner_participation_id(capartner_participation_alternative_of(p)));
    put_citation(table, capartner_participation_citation(p));
}

void row_participation(struct table *table, const capartner_participation *p) {
    row_participation_on(table, p, data_as_of_date());
}

/* The day after a yyyymmdd day. */
static int32_t day_after(int32_t day) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = (int)(day / 10000), month = (int)(day / 100 % 100);
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int last = month == 2 && leap ? 29 : days[month - 1];
    if (day % 100 < last)
        return day + 1;
    return month < 12 ? year * 10000 + (month + 1) * 100 + 1 : (year + 1) * 10000 + 101;
}

char *participation_status_text(const capartner_participation *p, capartner_date date) {
    int32_t day = 0, unused, certain_first, certain_last, possible_first, possible_last;
    capartner_date_bounds(date, &day, &unused);
    capartner_participation_span(p, CAPARTNER_CERTAINLY, &certain_first, &certain_last);
    capartner_participation_span(p, CAPARTNER_POSSIBLY, &possible_first, &possible_last);
    switch (capartner_participation_status_on(p, date)) {
    case CAPARTNER_HOLDING_HELD:
        return xstrdup("held");
    case CAPARTNER_HOLDING_NOT_HELD:
        return xstrdup(day > possible_last ? "ended" : "not yet");
    default:
        break;
    }
    /* unknown: past the last evidence, or before a start the sources do not give */
    char *edge = NULL;
    if (certain_first <= certain_last && day > certain_last && certain_last < 99991231)
        edge = iso_day(day_after(certain_last));
    else if (certain_first <= certain_last && day < certain_first)
        edge = iso_day(certain_first);
    if (edge == NULL)
        return xstrdup("unknown");
    char *text = xasprintf("unknown %s %s", day > certain_last ? "since" : "until", edge);
    free(edge);
    return text;
}

static char *join_ids(size_t count, const char *(*id_at)(const capartner_event *, size_t),
                      const capartner_event *event) {
    size_t length = 0;
    for (size_t i = 0; i < count; i++)
        length += strlen(id_at(event, i)) + 1;
    char *out = xmalloc(length + 1);
    out[0] = '\0';
    size_t used = 0;
    for (size_t i = 0; i < count; i++) {
        const char *id = id_at(event, i);
        if (i > 0)
            out[used++] = ',';
        memcpy(out + used, id, strlen(id) + 1);
        used += strlen(id);
    }
    return out;
}

static const char *event_country_id(const capartner_event *event, size_t index) {
    const capartner_country *country = NULL;
    capartner_event_country_at(event, index, &country);
    return capartner_country_id(country);
}

static const char *event_body_id(const capartner_event *event, size_t index) {
    const capartner_body *body = NULL;
    capartner_event_body_at(event, index, &body);
    return capartner_body_id(body);
}

static const char *event_area_id(const capartner_event *event, size_t index) {
    const capartner_area *area = NULL;
    capartner_event_area_at(event, index, &area);
    return capartner_area_id(area);
}

char *event_countries_list(const capartner_event *event) {
    return join_ids(capartner_event_country_count(event), event_country_id, event);
}

char *event_bodies_list(const capartner_event *event) {
    return join_ids(capartner_event_body_count(event), event_body_id, event);
}

char *event_areas_list(const capartner_event *event) {
    return join_ids(capartner_event_area_count(event), event_area_id, event);
}

void row_event(struct table *table, const capartner_event *event, bool with_links) {
    table_row(table);
    put_text(table, capartner_event_id(event));
    put_int(table, (long long)capartner_event_index(event));
    put_text(table, capartner_event_date_text(event));
    int32_t earliest = 0, latest = 0;
    capartner_date_bounds(capartner_event_date(event), &earliest, &latest);
    put_owned(table, iso_day(earliest));
    put_owned(table, iso_day(latest));
    put_text(table, capartner_event_kind_name(capartner_event_kind_of(event)));
    put_text(table, capartner_place_id(capartner_event_place(event)));
    if (with_links) {
        put_owned(table, event_countries_list(event));
        put_owned(table, event_bodies_list(event));
        put_owned(table, event_areas_list(event));
    }
    put_text(table, capartner_event_summary(event));
    put_text(table, capartner_event_id(capartner_event_alternative_of(event)));
    put_citation(table, capartner_event_citation(event));
}

void row_event_marked(struct table *table, const capartner_event *event, bool certain) {
    row_event(table, event, true);
    put_bool(table, certain);
}

/* ---------------------------------------------------------------- names */

void rows_names_of_country(struct table *table, const capartner_country *country) {
    for (size_t i = 0; i < capartner_country_name_count(country); i++) {
        const capartner_name *name;
        if (capartner_country_name_at(country, i, &name) == CAPARTNER_OK)
            row_name(table, "country", capartner_country_id(country), name);
    }
}

void rows_names_of_body(struct table *table, const capartner_body *body) {
    for (size_t i = 0; i < capartner_body_name_count(body); i++) {
        const capartner_name *name;
        if (capartner_body_name_at(body, i, &name) == CAPARTNER_OK)
            row_name(table, "body", capartner_body_id(body), name);
    }
}

void rows_names_of_place(struct table *table, const capartner_place *place) {
    for (size_t i = 0; i < capartner_place_name_count(place); i++) {
        const capartner_name *name;
        if (capartner_place_name_at(place, i, &name) == CAPARTNER_OK)
            row_name(table, "place", capartner_place_id(place), name);
    }
}

size_t names_total(void) {
    size_t total = 0;
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *country;
        if (capartner_country_at(i, &country) == CAPARTNER_OK)
            total += capartner_country_name_count(country);
    }
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *body;
        if (capartner_body_at(i, &body) == CAPARTNER_OK)
            total += capartner_body_name_count(body);
    }
    for (size_t i = 0; i < capartner_place_count(); i++) {
        const capartner_place *place;
        if (capartner_place_at(i, &place) == CAPARTNER_OK)
            total += capartner_place_name_count(place);
    }
    return total;
}

/* ----------------------------------------------------------- whole table */

static void fill_links(struct table *table, enum record_table which) {
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *event;
        if (capartner_event_at(i, &event) != CAPARTNER_OK)
            continue;
        const char *event_id = capartner_event_id(event);
        size_t count = which == TABLE_EVENT_COUNTRIES ? capartner_event_country_count(event)
                       : which == TABLE_EVENT_BODIES  ? capartner_event_body_count(event)
                                                      : capartner_event_area_count(event);
        for (size_t j = 0; j < count; j++) {
            table_row(table);
            put_text(table, event_id);
            put_text(table, which == TABLE_EVENT_COUNTRIES ? event_country_id(event, j)
                            : which == TABLE_EVENT_BODIES  ? event_body_id(event, j)
                                                           : event_area_id(event, j));
        }
    }
}

void fill_table(struct table *table, enum record_table which) {
    table_for(table, &schemas[which]);
    switch (which) {
    case TABLE_DATASET: {
        char format_version[16];
        snprintf(format_version, sizeof format_version, "%d", 1);
        row_dataset(table, "format_version", format_version);
        row_dataset(table, "library_version", capartner_version());
        row_dataset(table, "data_as_of", capartner_data_as_of());
        row_dataset(table, "data_digest", capartner_data_digest());
        break;
    }
    case TABLE_SOURCES:
        for (size_t i = 0; i < capartner_source_count(); i++) {
            const capartner_source *source;
            if (capartner_source_at(i, &source) == CAPARTNER_OK)
                row_source(table, source);
        }
        break;
    case TABLE_SECTIONS:
        for (size_t i = 0; i < capartner_section_count(); i++) {
            const capartner_section *section;
            if (capartner_section_at(i, &section) == CAPARTNER_OK)
                row_section(table, section);
        }
        break;
    case TABLE_COUNTRIES:
        for (size_t i = 0; i < capartner_country_count(); i++) {
            const capartner_country *country;
            if (capartner_country_at(i, &country) == CAPARTNER_OK)
                row_country(table, country);
        }
        break;
    case TABLE_PLACES:
        for (size_t i = 0; i < capartner_place_count(); i++) {
            const capartner_place *place;
            if (capartner_place_at(i, &place) == CAPARTNER_OK)
                row_place(table, place);
        }
        break;
    case TABLE_NAMES:
        for (size_t i = 0; i < capartner_country_count(); i++) {
            const capartner_country *country;
            if (capartner_country_at(i, &country) == CAPARTNER_OK)
                rows_names_of_country(table, country);
        }
        for (size_t i = 0; i < capartner_body_count(); i++) {
            const capartner_body *body;
            if (capartner_body_at(i, &body) == CAPARTNER_OK)
                rows_names_of_body(table, body);
        }
        for (size_t i = 0; i < capartner_place_count(); i++) {
            const capartner_place *place;
            if (capartner_place_at(i, &place) == CAPARTNER_OK)
                rows_names_of_place(table, place);
        }
        break;
    case TABLE_BODIES:
        for (size_t i = 0; i < capartner_body_count(); i++) {
            const capartner_body *body;
            if (capartner_body_at(i, &body) == CAPARTNER_OK)
                row_body(table, body);
        }
        break;
    case TABLE_AREAS:
        for (size_t i = 0; i < capartner_area_count(); i++) {
            const capartner_area *area;
            if (capartner_area_at(i, &area) == CAPARTNER_OK)
                row_area(table, area);
        }
        break;
    case TABLE_PARTICIPATIONS:
        for (size_t i = 0; i < capartner_participation_count(); i++) {
            const capartner_participation *p;
            if (capartner_participation_at(i, &p) == CAPARTNER_OK)
                row_participation(table, p);
        }
        break;
    case TABLE_EVENTS:
        for (size_t i = 0; i < capartner_event_count(); i++) {
            const capartner_event *event;
            if (capartner_event_at(i, &event) == CAPARTNER_OK)
                row_event(table, event, false);
        }
        break;
    case TABLE_EVENT_COUNTRIES:
    case TABLE_EVENT_BODIES:
    case TABLE_EVENT_AREAS:
        fill_links(table, which);
        break;
    default:
        break;
    }
}
