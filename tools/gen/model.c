/* The tables' files and columns, and helpers on records. */
#include "model.h"

#include <stdarg.h>
#include <stdlib.h>

#define CITATION_COLUMNS "source", "section", "paragraph"

static const char *const source_columns[] = {"id",  "kind",      "title",        "publisher",
                                             "url", "published", "content_date", "note"};
static const char *const section_columns[] = {"id", "source", "ordinal", "title"};
static const char *const country_columns[] = {
    "id",      "alpha2",   "alpha3",           "numeric", "partner",
    "capital", "cow_code", "cow_abbreviation", "note",    CITATION_COLUMNS};
static const char *const place_columns[] = {"id", "kind", "name", "country", CITATION_COLUMNS};
static const char *const name_columns[] = {"owner",     "language",   "kind",     "text",
                                           "preferred", "valid_from", "valid_to", CITATION_COLUMNS};
static const char *const body_columns[] = {"id",      "kind",          "acronym", "name",
                                           "parent",  "place",         "started", "ended",
                                           "summary", CITATION_COLUMNS};
static const char *const area_columns[] = {"id", "name", "summary", CITATION_COLUMNS};
static const char *const participation_columns[] = {
    "id",    "country",  "body",    "role",           "started",
    "ended", "reported", "summary", "alternative_of", CITATION_COLUMNS};
static const char *const event_columns[] = {
    "id",     "date",  "kind",    "place",          "countries",
    "bodies", "areas", "summary", "alternative_of", CITATION_COLUMNS};

const char *const model_languages[MODEL_LANGUAGE_COUNT] = {"en", "fr", "ru", "kk",
                                                           "ky", "tg", "tk", "uz"};

#define TABLE(file, columns)                                                                       \
    { file, columns, sizeof(columns) / sizeof(columns[0]) }

const struct table_info table_infos[TABLE_COUNT] = {
    TABLE("sources.tsv", source_columns),    TABLE("sections.tsv", section_columns),
    TABLE("countries.tsv", country_columns), TABLE("places.tsv", place_columns),
    TABLE("names.tsv", name_columns),        TABLE("bodies.tsv", body_columns),
    TABLE("areas.tsv", area_columns),        TABLE("participations.tsv", participation_columns),
    TABLE("events.tsv", event_columns),
};

void model_error(enum table table, uint32_t line, size_t column, const char *format, ...) {
    const char *name =
        column < table_infos[table].column_count ? table_infos[table].columns[column] : "?";
    va_list arguments;
    va_start(arguments, format);
    diag_verror((size_t)table, line, name, format, arguments);
    va_end(arguments);
}

const char *model_record_id(const struct dataset *data, enum table table, uint32_t index) {
    switch (table) {
    case TABLE_SOURCES:
        return data->sources[index].id;
    case TABLE_SECTIONS:
        return data->sections[index].id;
    case TABLE_COUNTRIES:
        return data->countries[index].id;
    case TABLE_PLACES:
        return data->places[index].id;
    case TABLE_NAMES:
        return data->names[index].text;
    case TABLE_BODIES:
        return data->bodies[index].id;
    case TABLE_AREAS:
        return data->areas[index].id;
    case TABLE_PARTICIPATIONS:
        return data->participations[index].id;
    case TABLE_EVENTS:
        return data->events[index].id;
    case TABLE_COUNT:
        break;
    }
    return "";
}

uint32_t model_record_line(const struct dataset *data, enum table table, uint32_t index) {
    switch (table) {
    case TABLE_SOURCES:
        return data->sources[index].line;
    case TABLE_SECTIONS:
        return data->sections[index].line;
    case TABLE_COUNTRIES:
        return data->countries[index].line;
    case TABLE_PLACES:
        return data->places[index].line;
    case TABLE_NAMES:
        return data->names[index].line;
    case TABLE_BODIES:
        return data->bodies[index].line;
    case TABLE_AREAS:
        return data->areas[index].line;
    case TABLE_PARTICIPATIONS:
        return data->participations[index].line;
    case TABLE_EVENTS:
        return data->events[index].line;
    case TABLE_COUNT:
        break;
    }
    return 0;
}

const char *model_record_word(enum table table) {
    static const char *const words[TABLE_COUNT] = {
        "source", "section", "country", "place", "name", "body", "area", "participation", "event"};
    return (size_t)table < TABLE_COUNT ? words[table] : "record";
}

const unsigned char model_ref_counts[TABLE_COUNT] = {0,
                                                     REF_SECTION_SOURCE + 1,
                                                     REF_COUNTRY_CAPITAL + 1,
                                                     REF_PLACE_COUNTRY + 1,
                                                     REF_NAME_OWNER + 1,
                                                     REF_BODY_PLACE + 1,
                                                     REF_OWN,
                                                     REF_PARTICIPATION_ALTERNATIVE + 1,
                                                     REF_EVENT_ALTERNATIVE + 1};

void model_refs(const struct dataset *data, enum table table, size_t index,
                const char *refs[MODEL_MAX_REFS]) {
    for (size_t slot = 0; slot < model_ref_counts[table]; slot++)
        refs[slot] = model_ref(data, table, index, slot);
}

void dataset_free_records(struct dataset *data) {
    free(data->sources);
    free(data->sections);
    free(data->names);
    free(data->bodies);
    free(data->places);
    free(data->areas);
    free(data->participations);
    free(data->events);
    data->sources = NULL;
    data->sections = NULL;
    data->names = NULL;
    data->bodies = NULL;
    data->places = NULL;
    data->areas = NULL;
    data->participations = NULL;
    data->events = NULL;
    u32vec_free(&data->event_countries);
    u32vec_free(&data->event_bodies);
    u32vec_free(&data->event_areas);
    free(data->citations);
    free(data->name_order);
    free(data->event_order);
    free(data->event_rank);
    data->citations = NULL;
    data->name_order = data->event_order = data->event_rank = NULL;
    /* no loop by count may reach the freed arrays */
    for (size_t table = 0; table < TABLE_COUNT; table++)
        if (table != TABLE_COUNTRIES)
            data->counts[table] = 0;
    data->citation_count = data->name_output_count = 0;
}

void dataset_free(struct dataset *data) {
    dataset_free_records(data);
    free(data->countries);
    for (size_t table = 0; table < TABLE_COUNT; table++) {
        strmap_free(&data->ids[table]);
        free(data->keys[table].items);
        free(data->buffers[table]);
        free(data->refs[table]);
    }
    arena_free(&data->arena);
}
