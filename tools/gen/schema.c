/* The description of every table (schema.h), and the compile-time check
 * that each record description matches lib/internal.h: for each table a
 * mirror struct is declared from the field list, and every member must sit
 * at the same offset with the same size as in the library's struct, which
 * must be no larger. A field added, dropped, reordered or retyped on either
 * side stops the build. */
#include "schema.h"

/* ---------------------------------------------------------------- enums */

/* Each enumeration of the library as a column reads it: its count and the
 * names capartner_TYPE_name gives. */
#define ENUM_VALUES(values, type, count)                                                           \
    static const char *values##_at(uint32_t value) {                                               \
        return capartner_##type##_name((capartner_##type)value);                                   \
    }                                                                                              \
    static const struct enum_values values = {count, values##_at};
ENUM_VALUES(source_kinds, source_kind, CAPARTNER_SOURCE_KIND_COUNT)
ENUM_VALUES(place_kinds, place_kind, CAPARTNER_PLACE_KIND_COUNT)
ENUM_VALUES(name_kinds, name_kind, CAPARTNER_NAME_KIND_COUNT)
ENUM_VALUES(body_kinds, body_kind, CAPARTNER_BODY_KIND_COUNT)
ENUM_VALUES(roles, role, CAPARTNER_ROLE_COUNT)
ENUM_VALUES(event_kinds, event_kind, CAPARTNER_EVENT_KIND_COUNT)

static const char *const language_names[] = {"en", "fr", "ru", "kk", "ky", "tg", "tk", "uz"};
static const char *language_at(uint32_t value) {
    return language_names[value];
}
static const struct enum_values languages = {sizeof language_names / sizeof language_names[0],
                                             language_at};

const char *const schema_owner_prefixes[OWNER_KINDS] = {"country:", "body:", "place:"};
const enum table schema_owner_tables[OWNER_KINDS] = {TABLE_COUNTRIES, TABLE_BODIES, TABLE_PLACES};
const enum table schema_key_tables[KEY_TABLES] = {
    TABLE_COUNTRIES, TABLE_BODIES,   TABLE_PLACES,         TABLE_AREAS,
    TABLE_SOURCES,   TABLE_SECTIONS, TABLE_PARTICIPATIONS, TABLE_EVENTS};

/* -------------------------------------------------------------- columns */

#define ID(column_name)                                                                            \
    { column_name, COL_ID, .required = true, .key = true }
#define TEXT(column_name, is_required, bytes)                                                      \
    { column_name, COL_TEXT, .required = is_required, .max_bytes = bytes }
#define KEY_TEXT(column_name, is_required, bytes)                                                  \
    { column_name, COL_TEXT, .required = is_required, .max_bytes = bytes, .key = true }
#define ENUM(column_name, names)                                                                   \
    { column_name, COL_ENUM, .required = true, .values = &names, .what = "value" }
#define BOOL(column_name)                                                                          \
    { column_name, COL_BOOL, .required = true }
#define INT(column_name, is_required, low, high)                                                   \
    { column_name, COL_INT, .required = is_required, .min = low, .max = high }
#define DATE(column_name, is_required)                                                             \
    { column_name, COL_DATE, .required = is_required }
/* a date that ends the interval `start_column` starts */
#define END_DATE(column_name, start_column)                                                        \
    { column_name, COL_DATE, .start = start_column }
/* a date no later than the date in `end_column`, which it is when empty */
#define DATE_UNTIL(column_name, end_column, description)                                           \
    { column_name, COL_DATE, .what = description, .until = end_column }
#define REF(column_name, is_required, table)                                                       \
    { column_name, COL_REF, .required = is_required, .target = table }
#define LIST(column_name, table)                                                                   \
    { column_name, COL_LIST, .target = table }
#define ALTERNATIVE                                                                                \
    { "alternative_of", COL_ALTERNATIVE, .required = false }
#define CITATION                                                                                   \
    {"source", COL_CITE_SOURCE, .target = TABLE_SOURCES},                                          \
        {"section", COL_CITE_SECTION, .target = TABLE_SECTIONS},                                   \
        INT("paragraph", false, 1, 1000000)
#define CODE(column_name, bytes, letters, description, is_id)                                      \
    {                                                                                              \
        column_name, COL_CODE, .required = true, .max_bytes = bytes, .max = letters,               \
                               .what = description, .same_as_id = is_id, .key = true               \
    }

static const struct column source_columns[] = {
    ID("id"),
    ENUM("kind", source_kinds),
    TEXT("title", true, MAX_TEXT_BYTES),
    TEXT("publisher", true, MAX_TEXT_BYTES),
    TEXT("url", false, MAX_TEXT_BYTES),
    DATE("published", false),
    DATE_UNTIL("content_date", SOURCE_PUBLISHED, "the content date"),
    TEXT("note", false, MAX_TEXT_BYTES),
};

static const struct column section_columns[] = {
    ID("id"),
    REF("source", true, TABLE_SOURCES),
    INT("ordinal", true, 1, 1000000),
    TEXT("title", true, MAX_TEXT_BYTES),
};

static const struct column country_columns[] = {
    CODE("id", MAX_ID_BYTES, 2, "an ISO 3166-1 alpha-2 code (two letters A-Z)", false),
    CODE("alpha2", 2, 2, "an alpha-2 code (two letters A-Z)", true),
    CODE("alpha3", 3, 3, "an alpha-3 code (three letters A-Z)", false),
    {"numeric", COL_NUMERIC, .required = true, .key = true},
    BOOL("partner"),
    REF("capital", false, TABLE_PLACES),
    REF("codes_source", true, TABLE_SOURCES),
    INT("cow_code", false, 1, 999),
    TEXT("cow_abbreviation", false, MAX_NAME_BYTES),
    REF("cow_source", false, TABLE_SOURCES),
    TEXT("note", false, MAX_TEXT_BYTES),
    CITATION,
};

static const struct column place_columns[] = {
    ID("id"),
    ENUM("kind", place_kinds),
    KEY_TEXT("name", true, MAX_NAME_BYTES),
    REF("country", false, TABLE_COUNTRIES),
    CITATION,
};

static const struct column name_columns[] = {
    {"owner", COL_OWNER, .required = true},
    {"language", COL_ENUM, .required = true, .max_bytes = 8, .values = &languages,
     .what = "language"},
    ENUM("kind", name_kinds),
    TEXT("text", true, MAX_NAME_BYTES),
    BOOL("preferred"),
    DATE("valid_from", false),
    END_DATE("valid_to", NAME_VALID_FROM),
    CITATION,
};

static const struct column body_columns[] = {
    ID("id"),
    ENUM("kind", body_kinds),
    KEY_TEXT("acronym", false, MAX_NAME_BYTES),
    KEY_TEXT("name", true, MAX_NAME_BYTES),
    REF("parent", false, TABLE_BODIES),
    REF("place", false, TABLE_PLACES),
    DATE("started", false),
    END_DATE("ended", BODY_STARTED),
    TEXT("summary", true, MAX_TEXT_BYTES),
    CITATION,
};

static const struct column area_columns[] = {
    ID("id"),
    KEY_TEXT("name", true, MAX_NAME_BYTES),
    TEXT("summary", true, MAX_TEXT_BYTES),
    CITATION,
};

static const struct column participation_columns[] = {
    ID("id"),
    REF("country", true, TABLE_COUNTRIES),
    REF("body", true, TABLE_BODIES),
    ENUM("role", roles),
    REF("area", false, TABLE_AREAS),
    DATE("started", false),
    END_DATE("ended", PARTICIPATION_STARTED),
    DATE("reported", false),
    TEXT("summary", true, MAX_TEXT_BYTES),
    ALTERNATIVE,
    CITATION,
};

static const struct column event_columns[] = {
    ID("id"),
    DATE("date", true),
    ENUM("kind", event_kinds),
    REF("place", false, TABLE_PLACES),
    LIST("countries", TABLE_COUNTRIES),
    LIST("bodies", TABLE_BODIES),
    LIST("areas", TABLE_AREAS),
    TEXT("summary", true, MAX_TEXT_BYTES),
    ALTERNATIVE,
    CITATION,
};

/* -------------------------------------------------------------- records */

/* F(record, member, kind, cell): member `member` of struct capartner_<record>
 * (lib/internal.h), in order, is made from `cell` as `kind` (schema.h). */
/* clang-format off */
#define SOURCE_FIELDS(F) \
    F(source, id, TEXT, SOURCE_ID)                                             \
    F(source, title, TEXT, SOURCE_TITLE)                                       \
    F(source, publisher, TEXT, SOURCE_PUBLISHER)                               \
    F(source, url, TEXT, SOURCE_URL)                                           \
    F(source, note, TEXT, SOURCE_NOTE)                                         \
    F(source, published, DATE, SOURCE_PUBLISHED)                               \
    F(source, content_date, DATE, SOURCE_CONTENT_DATE)                               \
    F(source, kind, U32, SOURCE_KIND)
#define SECTION_FIELDS(F) \
    F(section, id, TEXT, SECTION_ID)                                           \
    F(section, title, TEXT, SECTION_TITLE)                                     \
    F(section, source, U32, SECTION_SOURCE)                                    \
    F(section, ordinal, U32, SECTION_ORDINAL)
#define NAME_FIELDS(F) \
    F(name, text, TEXT, NAME_TEXT)                                             \
    F(name, language, TEXT, NAME_LANGUAGE)                                     \
    F(name, kind, U32, NAME_KIND)                                              \
    F(name, preferred, U32, NAME_PREFERRED)                                    \
    F(name, valid_from, DATE, NAME_VALID_FROM)                                 \
    F(name, valid_to, DATE, NAME_VALID_TO)                                     \
    F(name, citation, U32, NAME_CITATION)
#define COUNTRY_FIELDS(F) \
    F(country, id, TEXT, COUNTRY_ID)                                           \
    F(country, alpha2, TEXT, COUNTRY_ALPHA2)                                   \
    F(country, alpha3, TEXT, COUNTRY_ALPHA3)                                   \
    F(country, name, TEXT, COUNTRY_NAME)                                       \
    F(country, note, TEXT, COUNTRY_NOTE)                                       \
    F(country, cow_abbreviation, TEXT, COUNTRY_COW_ABBREVIATION)               \
    F(country, numeric, U32, COUNTRY_NUMERIC)                                  \
    F(country, cow_code, U32, COUNTRY_COW_CODE)                                \
    F(country, partner, U32, COUNTRY_PARTNER)                                  \
    F(country, capital, U32, COUNTRY_CAPITAL)                                  \
    F(country, name_first, U32, COUNTRY_NAME_FIRST)                            \
    F(country, name_count, U32, COUNTRY_NAME_COUNT)                            \
    F(country, citation, U32, COUNTRY_CITATION)                                \
    F(country, codes_source, U32, COUNTRY_CODES_SOURCE)                        \
    F(country, cow_source, U32, COUNTRY_COW_SOURCE)
#define BODY_FIELDS(F) \
    F(body, id, TEXT, BODY_ID)                                                 \
    F(body, acronym, TEXT, BODY_ACRONYM)                                       \
    F(body, name, TEXT, BODY_NAME)                                             \
    F(body, summary, TEXT, BODY_SUMMARY)                                       \
    F(body, kind, U32, BODY_KIND)                                              \
    F(body, parent, U32, BODY_PARENT)                                          \
    F(body, place, U32, BODY_PLACE)                                            \
    F(body, started, DATE, BODY_STARTED)                                       \
    F(body, ended, DATE, BODY_ENDED)                                           \
    F(body, name_first, U32, BODY_NAME_FIRST)                                  \
    F(body, name_count, U32, BODY_NAME_COUNT)                                  \
    F(body, citation, U32, BODY_CITATION)
#define PLACE_FIELDS(F) \
    F(place, id, TEXT, PLACE_ID)                                               \
    F(place, name, TEXT, PLACE_NAME)                                           \
    F(place, kind, U32, PLACE_KIND)                                            \
    F(place, country, U32, PLACE_COUNTRY)                                      \
    F(place, name_first, U32, PLACE_NAME_FIRST)                                \
    F(place, name_count, U32, PLACE_NAME_COUNT)                                \
    F(place, citation, U32, PLACE_CITATION)
#define AREA_FIELDS(F) \
    F(area, id, TEXT, AREA_ID)                                                 \
    F(area, name, TEXT, AREA_NAME)                                             \
    F(area, summary, TEXT, AREA_SUMMARY)                                       \
    F(area, citation, U32, AREA_CITATION)
#define PARTICIPATION_FIELDS(F) \
    F(participation, id, TEXT, PARTICIPATION_ID)                               \
    F(participation, summary, TEXT, PARTICIPATION_SUMMARY)                     \
    F(participation, country, U32, PARTICIPATION_COUNTRY)                      \
    F(participation, body, U32, PARTICIPATION_BODY)                            \
    F(participation, role, U32, PARTICIPATION_ROLE)                            \
    F(participation, area, U32, PARTICIPATION_AREA)                            \
    F(participation, started, DATE, PARTICIPATION_STARTED)                     \
    F(participation, ended, DATE, PARTICIPATION_ENDED)                         \
    F(participation, reported, DATE, PARTICIPATION_REPORTED)                   \
    F(participation, started_text, DATE_TEXT, PARTICIPATION_STARTED)          \
    F(participation, ended_text, DATE_TEXT, PARTICIPATION_ENDED)              \
    F(participation, reported_text, DATE_TEXT, PARTICIPATION_REPORTED)        \
    F(participation, alternative_of, U32, PARTICIPATION_ALTERNATIVE_OF)        \
    F(participation, citation, U32, PARTICIPATION_CITATION)
#define EVENT_FIELDS(F) \
    F(event, id, TEXT, EVENT_ID)                                               \
    F(event, summary, TEXT, EVENT_SUMMARY)                                     \
    F(event, date_text, DATE_TEXT, EVENT_DATE)                                 \
    F(event, date, DATE, EVENT_DATE)                                           \
    F(event, earliest, EARLIEST, EVENT_DATE)                                   \
    F(event, latest, LATEST, EVENT_DATE)                                       \
    F(event, kind, U32, EVENT_KIND)                                            \
    F(event, place, U32, EVENT_PLACE)                                          \
    F(event, country_first, LIST_FIRST, EVENT_COUNTRIES)                       \
    F(event, country_count, LIST_COUNT, EVENT_COUNTRIES)                       \
    F(event, body_first, LIST_FIRST, EVENT_BODIES)                             \
    F(event, body_count, LIST_COUNT, EVENT_BODIES)                             \
    F(event, area_first, LIST_FIRST, EVENT_AREAS)                              \
    F(event, area_count, LIST_COUNT, EVENT_AREAS)                              \
    F(event, alternative_of, U32, EVENT_ALTERNATIVE_OF)                        \
    F(event, citation, U32, EVENT_CITATION)
#define CITATION_FIELDS(F) \
    F(citation, source, U32, CITATION_SOURCE)                                  \
    F(citation, section, U32, CITATION_SECTION)                                \
    F(citation, paragraph, U32, CITATION_PARAGRAPH)
/* clang-format on */

/* the C type each field kind writes */
typedef capartner_text mirror_TEXT, mirror_U32, mirror_DATE_TEXT, mirror_LIST_FIRST,
    mirror_LIST_COUNT;
typedef capartner_date mirror_DATE;
typedef int32_t mirror_EARLIEST, mirror_LATEST;

#define MIRROR_MEMBER(record, member, kind, cell) mirror_##kind member;
#define FIELD_ENTRY(record, member, kind, cell) {FIELD_##kind, cell},
#define MEMBER_OF(type, member) (((struct type *)0)->member)
#define CHECK_MEMBER(record, member, kind, cell)                                                   \
    _Static_assert(offsetof(struct mirror_##record, member) ==                                     \
                           offsetof(struct capartner_##record, member) &&                          \
                       sizeof MEMBER_OF(mirror_##record, member) ==                                \
                           sizeof MEMBER_OF(capartner_##record, member),                           \
                   "tools/gen/schema.c and lib/internal.h differ on " #record "." #member);
#define RECORD(record, FIELDS)                                                                     \
    struct mirror_##record {                                                                       \
        FIELDS(MIRROR_MEMBER)                                                                      \
    };                                                                                             \
    FIELDS(CHECK_MEMBER)                                                                           \
    _Static_assert(sizeof(struct mirror_##record) == sizeof(struct capartner_##record),            \
                   "lib/internal.h's struct capartner_" #record " has fields schema.c lacks");     \
    static const struct field record##_fields[] = {FIELDS(FIELD_ENTRY)};

RECORD(source, SOURCE_FIELDS)
RECORD(section, SECTION_FIELDS)
RECORD(name, NAME_FIELDS)
RECORD(country, COUNTRY_FIELDS)
RECORD(body, BODY_FIELDS)
RECORD(place, PLACE_FIELDS)
RECORD(area, AREA_FIELDS)
RECORD(participation, PARTICIPATION_FIELDS)
RECORD(event, EVENT_FIELDS)
RECORD(citation, CITATION_FIELDS)

#define COUNT_OF(array) (sizeof(array) / sizeof((array)[0]))

const struct table_schema schema_citations = {.word = "citation",
                                              .cell_count = CITATION_CELLS,
                                              .fields = citation_fields,
                                              .field_count = COUNT_OF(citation_fields)};

#define TABLE(file_name, record, columns, cells, citation_cell, first)                             \
    {                                                                                              \
        file_name, #record, columns, COUNT_OF(columns), cells, record##_fields,                    \
            COUNT_OF(record##_fields), citation_cell, first                                        \
    }

const struct table_schema schema_tables[TABLE_COUNT] = {
    TABLE("sources.tsv", source, source_columns, SOURCE_CELLS, -1, false),
    TABLE("sections.tsv", section, section_columns, SECTION_CELLS, -1, false),
    TABLE("countries.tsv", country, country_columns, COUNTRY_CELLS, COUNTRY_CITATION, false),
    TABLE("places.tsv", place, place_columns, PLACE_CELLS, PLACE_CITATION, false),
    /* names link their citation first: the order their messages have always had */
    TABLE("names.tsv", name, name_columns, NAME_CELLS, NAME_CITATION, true),
    TABLE("bodies.tsv", body, body_columns, BODY_CELLS, BODY_CITATION, false),
    TABLE("areas.tsv", area, area_columns, AREA_CELLS, AREA_CITATION, false),
    TABLE("participations.tsv", participation, participation_columns, PARTICIPATION_CELLS,
          PARTICIPATION_CITATION, false),
    TABLE("events.tsv", event, event_columns, EVENT_CELLS, EVENT_CITATION, false),
};
