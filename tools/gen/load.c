/* Row parsing and per-field checks. */
#include "load.h"

#include "tsv.h"

#include <stdio.h>
#include <string.h>

/* The row being loaded. */
struct row {
    enum table table;
    uint32_t line;
    char **fields;
};

#define ROW_ERROR(row, column, ...) model_error((row)->table, (row)->line, (column), __VA_ARGS__)

/* ------------------------------------------------------------ text fields */

/* Checks a text field: UTF-8, no control characters, no leading or
 * trailing space, at most max bytes, present when required. Returns the
 * field, or "" when it is not valid UTF-8 (so later messages can quote it). */
static const char *text_field(const struct row *row, size_t column, bool required, size_t max) {
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

/* An id: [a-z0-9][a-z0-9-]*, required. */
static const char *id_field(const struct row *row, size_t column) {
    const char *value = text_field(row, column, true, MAX_ID_BYTES);
    if (value[0] == '\0')
        return value;
    bool valid = value[0] != '-';
    for (const char *c = value; *c != '\0' && valid; c++)
        valid = is_id_char(*c);
    if (!valid)
        ROW_ERROR(row, column,
                  "\"%s\" is not an id (lower-case letters a-z, digits and '-', not starting "
                  "with '-')",
                  value);
    return value;
}

/* A reference to another record's id, resolved later by link.c. */
static const char *ref_field(const struct row *row, size_t column, bool required) {
    return text_field(row, column, required, MAX_ID_BYTES);
}

/* `count` upper-case letters A-Z. */
static bool is_upper_code(const char *value, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (value[i] < 'A' || value[i] > 'Z')
            return false;
    return value[count] == '\0';
}

/* ------------------------------------------------------------------ dates */

static bool starts_with(const char *text, const char *prefix) {
    return strncmp(text, prefix, strlen(prefix)) == 0;
}

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

/* A date, or the unknown date when empty (an error when required). */
static capartner_date date_field(const struct row *row, size_t column, bool required) {
    capartner_date date = {0, 0, 0, 0, 0, {0, 0}};
    const char *value = text_field(row, column, required, 64);
    if (value[0] == '\0')
        return date;
    if (strcmp(value, "unknown") == 0) {
        ROW_ERROR(row, column, "write an unknown date as an empty field, not \"unknown\"");
        return date;
    }
    if (capartner_date_parse(value, &date) == CAPARTNER_OK)
        return date;
    /* say why, when it is one of the common mistakes */
    static const char *const qualifiers[] = {"early ", "mid ",    "late ",
                                             "circa ", "before ", "after "};
    const char *bare_text = value;
    for (size_t i = 0; i < sizeof qualifiers / sizeof qualifiers[0]; i++)
        if (starts_with(value, qualifiers[i]))
            bare_text = value + strlen(qualifiers[i]);
    capartner_date bare;
    bool thirds =
        starts_with(value, "early ") || starts_with(value, "mid ") || starts_with(value, "late ");
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
    return (capartner_date){0, 0, 0, 0, 0, {0, 0}};
}

/* ------------------------------------------------------------------ enums */

struct enum_type {
    uint32_t count;
    const char *(*name_at)(uint32_t value);
    /* the library's parser, when it has one; otherwise names are compared */
    bool (*parse)(const char *text, uint32_t *value);
};

static const char *source_kind_at(uint32_t value) {
    return capartner_source_kind_name((capartner_source_kind)value);
}
static const char *place_kind_at(uint32_t value) {
    return capartner_place_kind_name((capartner_place_kind)value);
}
static const char *name_kind_at(uint32_t value) {
    return capartner_name_kind_name((capartner_name_kind)value);
}
static const char *body_kind_at(uint32_t value) {
    return capartner_body_kind_name((capartner_body_kind)value);
}
static const char *role_at(uint32_t value) {
    return capartner_role_name((capartner_role)value);
}
static const char *event_kind_at(uint32_t value) {
    return capartner_event_kind_name((capartner_event_kind)value);
}

static bool parse_body_kind(const char *text, uint32_t *value) {
    capartner_body_kind kind;
    if (capartner_body_kind_parse(text, &kind) != CAPARTNER_OK)
        return false;
    *value = (uint32_t)kind;
    return true;
}
static bool parse_role(const char *text, uint32_t *value) {
    capartner_role role;
    if (capartner_role_parse(text, &role) != CAPARTNER_OK)
        return false;
    *value = (uint32_t)role;
    return true;
}
static bool parse_event_kind(const char *text, uint32_t *value) {
    capartner_event_kind kind;
    if (capartner_event_kind_parse(text, &kind) != CAPARTNER_OK)
        return false;
    *value = (uint32_t)kind;
    return true;
}

static const struct enum_type source_kinds = {CAPARTNER_SOURCE_KIND_COUNT, source_kind_at, NULL};
static const struct enum_type place_kinds = {CAPARTNER_PLACE_KIND_COUNT, place_kind_at, NULL};
static const struct enum_type name_kinds = {CAPARTNER_NAME_KIND_COUNT, name_kind_at, NULL};
static const struct enum_type body_kinds = {CAPARTNER_BODY_KIND_COUNT, body_kind_at,
                                            parse_body_kind};
static const struct enum_type roles = {CAPARTNER_ROLE_COUNT, role_at, parse_role};
static const struct enum_type event_kinds = {CAPARTNER_EVENT_KIND_COUNT, event_kind_at,
                                             parse_event_kind};

/* A required enum value; 0 after an error. */
static uint32_t enum_field(const struct row *row, size_t column, const struct enum_type *type) {
    const char *value = text_field(row, column, true, 64);
    if (value[0] == '\0')
        return 0;
    uint32_t result = 0;
    if (type->parse != NULL) {
        if (type->parse(value, &result))
            return result;
    } else {
        for (uint32_t i = 0; i < type->count; i++)
            if (strcmp(type->name_at(i), value) == 0)
                return i;
    }
    char expected[512];
    size_t used = 0;
    expected[0] = '\0';
    for (uint32_t i = 0; i < type->count && used < sizeof expected; i++) {
        int written = snprintf(expected + used, sizeof expected - used, "%s%s", i > 0 ? ", " : "",
                               type->name_at(i));
        if (written < 0)
            break;
        used += (size_t)written;
    }
    ROW_ERROR(row, column, "unknown value \"%s\" (expected one of: %s)", value, expected);
    return 0;
}

/* ------------------------------------------------------ booleans, numbers */

static uint32_t bool_field(const struct row *row, size_t column) {
    const char *value = text_field(row, column, true, 16);
    if (strcmp(value, "yes") == 0)
        return 1;
    if (value[0] != '\0' && strcmp(value, "no") != 0)
        ROW_ERROR(row, column, "\"%s\" is not a boolean (expected yes or no)", value);
    return 0;
}

/* A decimal integer in [min, max] without sign or leading zeros; 0 when
 * empty (an error when required). */
static uint32_t int_field(const struct row *row, size_t column, bool required, uint32_t min,
                          uint32_t max) {
    const char *value = text_field(row, column, required, 16);
    if (value[0] == '\0')
        return 0;
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
        return 0;
    }
    return (uint32_t)result;
}

/* ------------------------------------------------------------- citations */

static void cite_fields(const struct row *row, size_t first_column, struct m_cite *cite,
                        const char **refs) {
    refs[REF_CITE_SOURCE] = text_field(row, first_column + CITE_SOURCE, false, MAX_ID_BYTES);
    if (refs[REF_CITE_SOURCE][0] == '\0' && row->fields[first_column + CITE_SOURCE][0] == '\0')
        ROW_ERROR(row, first_column + CITE_SOURCE, "required: every record cites a source");
    refs[REF_CITE_SECTION] = ref_field(row, first_column + CITE_SECTION, false);
    cite->paragraph = int_field(row, first_column + CITE_PARAGRAPH, false, 1, 1000000);
    cite->index = 0;
}

/* ------------------------------------------------------------------- ids */

/* Registers a record's id; reports a duplicate. */
static void register_id(struct dataset *data, const struct row *row, size_t column, const char *id,
                        uint32_t index) {
    if (id[0] == '\0')
        return;
    uint32_t first = strmap_put(&data->ids[row->table], id, strlen(id), index);
    if (first != STRMAP_MISSING)
        ROW_ERROR(row, column, "duplicate id \"%s\" (first on line %lu)", id,
                  (unsigned long)model_record_line(data, row->table, first));
}

/* ---------------------------------------------------------------- tables */

/* Keeps a record's references as offsets into its table's file. */
static void store_refs(struct dataset *data, enum table table, uint32_t index,
                       const char *const refs[MODEL_MAX_REFS]) {
    const char *file = data->buffers[table];
    uint32_t *slots = data->refs[table] + (size_t)index * model_ref_counts[table];
    for (size_t slot = 0; slot < model_ref_counts[table]; slot++)
        slots[slot] = refs[slot][0] == '\0' ? MODEL_REF_EMPTY : (uint32_t)(refs[slot] - file);
}

static uint32_t next_index(struct dataset *data, enum table table) {
    if (data->counts[table] >= CAPARTNER_NONE - 1) {
        diag_fatal("%s: too many records", table_infos[table].file);
        return 0;
    }
    return (uint32_t)data->counts[table];
}

static void load_source(struct dataset *data, const struct row *row) {
    uint32_t index = next_index(data, TABLE_SOURCES);
    struct m_source *record = grow_one(&data->sources, &data->counts[TABLE_SOURCES],
                                       &data->capacities[TABLE_SOURCES], sizeof *record);
    record->line = row->line;
    record->id = id_field(row, SOURCE_ID);
    record->kind = enum_field(row, SOURCE_KIND, &source_kinds);
    record->title = text_field(row, SOURCE_TITLE, true, MAX_TEXT_BYTES);
    record->publisher = text_field(row, SOURCE_PUBLISHER, true, MAX_TEXT_BYTES);
    record->url = text_field(row, SOURCE_URL, false, MAX_TEXT_BYTES);
    record->published = date_field(row, SOURCE_PUBLISHED, false);
    record->content_date = date_field(row, SOURCE_CONTENT_DATE, false);
    record->note = text_field(row, SOURCE_NOTE, false, MAX_TEXT_BYTES);
    register_id(data, row, SOURCE_ID, record->id, index);
}

static void load_section(struct dataset *data, const struct row *row) {
    uint32_t index = next_index(data, TABLE_SECTIONS);
    const char *refs[MODEL_MAX_REFS];
    struct m_section *record = grow_one(&data->sections, &data->counts[TABLE_SECTIONS],
                                        &data->capacities[TABLE_SECTIONS], sizeof *record);
    record->line = row->line;
    record->id = id_field(row, SECTION_ID);
    refs[REF_SECTION_SOURCE] = ref_field(row, SECTION_SOURCE, true);
    record->source = CAPARTNER_NONE;
    record->ordinal = int_field(row, SECTION_ORDINAL, true, 1, 1000000);
    record->title = text_field(row, SECTION_TITLE, true, MAX_TEXT_BYTES);
    store_refs(data, TABLE_SECTIONS, index, refs);
    register_id(data, row, SECTION_ID, record->id, index);
}

static void load_country(struct dataset *data, const struct row *row) {
    uint32_t index = next_index(data, TABLE_COUNTRIES);
    const char *refs[MODEL_MAX_REFS];
    struct m_country *record = grow_one(&data->countries, &data->counts[TABLE_COUNTRIES],
                                        &data->capacities[TABLE_COUNTRIES], sizeof *record);
    record->line = row->line;
    record->id = text_field(row, COUNTRY_ID, true, MAX_ID_BYTES);
    if (record->id[0] != '\0' && !is_upper_code(record->id, 2))
        ROW_ERROR(row, COUNTRY_ID, "\"%s\" is not an ISO 3166-1 alpha-2 code (two letters A-Z)",
                  record->id);
    record->alpha2 = text_field(row, COUNTRY_ALPHA2, true, 2);
    if (record->alpha2[0] != '\0' && !is_upper_code(record->alpha2, 2))
        ROW_ERROR(row, COUNTRY_ALPHA2, "\"%s\" is not an alpha-2 code (two letters A-Z)",
                  record->alpha2);
    else if (strcmp(record->id, record->alpha2) != 0)
        ROW_ERROR(row, COUNTRY_ALPHA2, "\"%s\" differs from the id \"%s\"", record->alpha2,
                  record->id);
    record->alpha3 = text_field(row, COUNTRY_ALPHA3, true, 3);
    if (record->alpha3[0] != '\0' && !is_upper_code(record->alpha3, 3))
        ROW_ERROR(row, COUNTRY_ALPHA3, "\"%s\" is not an alpha-3 code (three letters A-Z)",
                  record->alpha3);
    const char *numeric = text_field(row, COUNTRY_NUMERIC, true, 3);
    if (numeric[0] != '\0') {
        bool valid = strlen(numeric) == 3;
        for (size_t i = 0; i < 3 && valid; i++)
            valid = numeric[i] >= '0' && numeric[i] <= '9';
        if (valid)
            record->numeric =
                (uint32_t)((numeric[0] - '0') * 100 + (numeric[1] - '0') * 10 + (numeric[2] - '0'));
        if (!valid || record->numeric == 0)
            ROW_ERROR(row, COUNTRY_NUMERIC,
                      "\"%s\" is not an ISO 3166-1 numeric code (three digits, 001 to 999)",
                      numeric);
    }
    record->partner = bool_field(row, COUNTRY_PARTNER);
    refs[REF_COUNTRY_CAPITAL] = ref_field(row, COUNTRY_CAPITAL, false);
    record->capital = CAPARTNER_NONE;
    record->cow_code = int_field(row, COUNTRY_COW_CODE, false, 1, 999);
    record->cow_abbreviation = text_field(row, COUNTRY_COW_ABBREVIATION, false, MAX_NAME_BYTES);
    record->note = text_field(row, COUNTRY_NOTE, false, MAX_TEXT_BYTES);
    record->name = "";
    cite_fields(row, COUNTRY_COLUMNS, &record->cite, refs);
    store_refs(data, TABLE_COUNTRIES, index, refs);
    register_id(data, row, COUNTRY_ID, record->id, index);
}

static void load_place(struct dataset *data, const struct row *row) {
    uint32_t index = next_index(data, TABLE_PLACES);
    const char *refs[MODEL_MAX_REFS];
    struct m_place *record = grow_one(&data->places, &data->counts[TABLE_PLACES],
                                      &data->capacities[TABLE_PLACES], sizeof *record);
    record->line = row->line;
    record->id = id_field(row, PLACE_ID);
    record->kind = enum_field(row, PLACE_KIND, &place_kinds);
    record->name = text_field(row, PLACE_NAME, true, MAX_NAME_BYTES);
    refs[REF_PLACE_COUNTRY] = ref_field(row, PLACE_COUNTRY, false);
    record->country = CAPARTNER_NONE;
    cite_fields(row, PLACE_COLUMNS, &record->cite, refs);
    store_refs(data, TABLE_PLACES, index, refs);
    register_id(data, row, PLACE_ID, record->id, index);
}

static void load_name(struct dataset *data, const struct row *row) {
    uint32_t index = next_index(data, TABLE_NAMES);
    const char *refs[MODEL_MAX_REFS];
    struct m_name *record = grow_one(&data->names, &data->counts[TABLE_NAMES],
                                     &data->capacities[TABLE_NAMES], sizeof *record);
    record->line = row->line;
    refs[REF_NAME_OWNER] = text_field(row, NAME_OWNER, true, MAX_ID_BYTES + 16);
    record->owner_kind = OWNER_KINDS;
    record->owner = CAPARTNER_NONE;
    record->language = text_field(row, NAME_LANGUAGE, true, 8);
    if (record->language[0] != '\0') {
        bool known = false;
        for (size_t i = 0; i < MODEL_LANGUAGE_COUNT && !known; i++)
            known = strcmp(model_languages[i], record->language) == 0;
        if (!known)
            ROW_ERROR(row, NAME_LANGUAGE,
                      "unknown language \"%s\" (expected one of: en, fr, ru, kk, ky, tg, tk, uz)",
                      record->language);
    }
    record->kind = enum_field(row, NAME_KIND, &name_kinds);
    record->text = text_field(row, NAME_TEXT, true, MAX_NAME_BYTES);
    record->preferred = bool_field(row, NAME_PREFERRED);
    record->valid_from = date_field(row, NAME_VALID_FROM, false);
    record->valid_to = date_field(row, NAME_VALID_TO, false);
    cite_fields(row, NAME_COLUMNS, &record->cite, refs);
    store_refs(data, TABLE_NAMES, index, refs);
}

static void load_body(struct dataset *data, const struct row *row) {
    uint32_t index = next_index(data, TABLE_BODIES);
    const char *refs[MODEL_MAX_REFS];
    struct m_body *record = grow_one(&data->bodies, &data->counts[TABLE_BODIES],
                                     &data->capacities[TABLE_BODIES], sizeof *record);
    record->line = row->line;
    record->id = id_field(row, BODY_ID);
    record->kind = enum_field(row, BODY_KIND, &body_kinds);
    record->acronym = text_field(row, BODY_ACRONYM, false, MAX_NAME_BYTES);
    record->name = text_field(row, BODY_NAME, true, MAX_NAME_BYTES);
    refs[REF_BODY_PARENT] = ref_field(row, BODY_PARENT, false);
    record->parent = CAPARTNER_NONE;
    refs[REF_BODY_PLACE] = ref_field(row, BODY_PLACE, false);
    record->place = CAPARTNER_NONE;
    record->started = date_field(row, BODY_STARTED, false);
    record->ended = date_field(row, BODY_ENDED, false);
    record->summary = text_field(row, BODY_SUMMARY, true, MAX_TEXT_BYTES);
    cite_fields(row, BODY_COLUMNS, &record->cite, refs);
    store_refs(data, TABLE_BODIES, index, refs);
    register_id(data, row, BODY_ID, record->id, index);
}

static void load_area(struct dataset *data, const struct row *row) {
    uint32_t index = next_index(data, TABLE_AREAS);
    const char *refs[MODEL_MAX_REFS];
    struct m_area *record = grow_one(&data->areas, &data->counts[TABLE_AREAS],
                                     &data->capacities[TABLE_AREAS], sizeof *record);
    record->line = row->line;
    record->id = id_field(row, AREA_ID);
    record->name = text_field(row, AREA_NAME, true, MAX_NAME_BYTES);
    record->summary = text_field(row, AREA_SUMMARY, true, MAX_TEXT_BYTES);
    cite_fields(row, AREA_COLUMNS, &record->cite, refs);
    store_refs(data, TABLE_AREAS, index, refs);
    register_id(data, row, AREA_ID, record->id, index);
}

static void load_participation(struct dataset *data, const struct row *row) {
    uint32_t index = next_index(data, TABLE_PARTICIPATIONS);
    const char *refs[MODEL_MAX_REFS];
    struct m_participation *record =
        grow_one(&data->participations, &data->counts[TABLE_PARTICIPATIONS],
                 &data->capacities[TABLE_PARTICIPATIONS], sizeof *record);
    record->line = row->line;
    record->id = id_field(row, PARTICIPATION_ID);
    refs[REF_PARTICIPATION_COUNTRY] = ref_field(row, PARTICIPATION_COUNTRY, true);
    record->country = CAPARTNER_NONE;
    refs[REF_PARTICIPATION_BODY] = ref_field(row, PARTICIPATION_BODY, true);
    record->body = CAPARTNER_NONE;
    record->role = enum_field(row, PARTICIPATION_ROLE, &roles);
    record->started = date_field(row, PARTICIPATION_STARTED, false);
    record->ended = date_field(row, PARTICIPATION_ENDED, false);
    record->reported = date_field(row, PARTICIPATION_REPORTED, false);
    record->summary = text_field(row, PARTICIPATION_SUMMARY, true, MAX_TEXT_BYTES);
    refs[REF_PARTICIPATION_ALTERNATIVE] = ref_field(row, PARTICIPATION_ALTERNATIVE_OF, false);
    record->alternative_of = CAPARTNER_NONE;
    cite_fields(row, PARTICIPATION_COLUMNS, &record->cite, refs);
    store_refs(data, TABLE_PARTICIPATIONS, index, refs);
    register_id(data, row, PARTICIPATION_ID, record->id, index);
}

static void load_event(struct dataset *data, const struct row *row) {
    uint32_t index = next_index(data, TABLE_EVENTS);
    const char *refs[MODEL_MAX_REFS];
    struct m_event *record = grow_one(&data->events, &data->counts[TABLE_EVENTS],
                                      &data->capacities[TABLE_EVENTS], sizeof *record);
    record->line = row->line;
    record->id = id_field(row, EVENT_ID);
    record->date = date_field(row, EVENT_DATE, true);
    record->kind = enum_field(row, EVENT_KIND, &event_kinds);
    refs[REF_EVENT_PLACE] = ref_field(row, EVENT_PLACE, false);
    record->place = CAPARTNER_NONE;
    refs[REF_EVENT_COUNTRIES] = text_field(row, EVENT_COUNTRIES, false, SIZE_MAX);
    refs[REF_EVENT_BODIES] = text_field(row, EVENT_BODIES, false, SIZE_MAX);
    refs[REF_EVENT_AREAS] = text_field(row, EVENT_AREAS, false, SIZE_MAX);
    record->summary = text_field(row, EVENT_SUMMARY, true, MAX_TEXT_BYTES);
    refs[REF_EVENT_ALTERNATIVE] = ref_field(row, EVENT_ALTERNATIVE_OF, false);
    record->alternative_of = CAPARTNER_NONE;
    cite_fields(row, EVENT_COLUMNS, &record->cite, refs);
    store_refs(data, TABLE_EVENTS, index, refs);
    register_id(data, row, EVENT_ID, record->id, index);
}

/* Makes room for `count` records of `table`. */
#define RESERVE(array, table)                                                                      \
    do {                                                                                           \
        if (data->capacities[table] < count) {                                                     \
            data->array = xrealloc(data->array, xmul(count, sizeof *data->array));                 \
            data->capacities[table] = count;                                                       \
        }                                                                                          \
    } while (0)

static void reserve_records(struct dataset *data, enum table table, size_t count) {
    switch (table) {
    case TABLE_SOURCES:
        RESERVE(sources, TABLE_SOURCES);
        break;
    case TABLE_SECTIONS:
        RESERVE(sections, TABLE_SECTIONS);
        break;
    case TABLE_COUNTRIES:
        RESERVE(countries, TABLE_COUNTRIES);
        break;
    case TABLE_PLACES:
        RESERVE(places, TABLE_PLACES);
        break;
    case TABLE_NAMES:
        RESERVE(names, TABLE_NAMES);
        break;
    case TABLE_BODIES:
        RESERVE(bodies, TABLE_BODIES);
        break;
    case TABLE_AREAS:
        RESERVE(areas, TABLE_AREAS);
        break;
    case TABLE_PARTICIPATIONS:
        RESERVE(participations, TABLE_PARTICIPATIONS);
        break;
    case TABLE_EVENTS:
        RESERVE(events, TABLE_EVENTS);
        break;
    case TABLE_COUNT:
        break;
    }
}

bool load_table(struct dataset *data, enum table table, char *contents, size_t size,
                const struct tsv_guard *guard) {
    static void (*const loaders[TABLE_COUNT])(struct dataset *, const struct row *) = {
        load_source, load_section, load_country,       load_place, load_name,
        load_body,   load_area,    load_participation, load_event};
    const struct table_info *info = &table_infos[table];
    if (size >= MODEL_REF_EMPTY) {
        /* the references are kept as 32-bit offsets into the file */
        diag_fatal("%s: larger than 4 GiB", info->file);
        return false;
    }
    struct tsv_reader reader;
    if (!tsv_begin(&reader, (size_t)table, contents, size, info->columns, info->column_count,
                   guard))
        return false;
    /* size the table and its id map once: the rows are at most the lines */
    size_t lines = tsv_line_count(contents, size);
    reserve_records(data, table, lines);
    size_t ref_count = table < TABLE_COUNT ? model_ref_counts[table] : 0;
    if (ref_count > 0)
        data->refs[table] =
            xrealloc(data->refs[table], xmul(xmul(lines + 1, ref_count), sizeof(uint32_t)));
    if (table != TABLE_NAMES)
        strmap_reserve(&data->ids[table], lines);
    while (tsv_next(&reader)) {
        struct row row = {table, reader.line, reader.fields};
        loaders[table](data, &row);
    }
    return true;
}
