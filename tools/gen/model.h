/* The dataset in memory while it is checked and written out.
 *
 * Text fields point into the loaded files (split in place, NUL-terminated),
 * and once their table is linked into dataset.arena, where link.c copies
 * them before it frees the table's file; they are never NULL: absent text
 * is "". A reference is kept as written, in `dataset.refs` beside the
 * records rather than in them, until link.c resolves it to a record index
 * (CAPARTNER_NONE when absent or unresolved) and frees the table's
 * references with its file. Records keep their file order; only the events
 * are reordered, by index.c, through `event_order`. */
#ifndef GEN_MODEL_H
#define GEN_MODEL_H

#include "internal.h"
#include "diag.h"
#include "strmap.h"
#include "util.h"

/* The tables, in the order the digest covers them. */
enum table {
    TABLE_SOURCES,
    TABLE_SECTIONS,
    TABLE_COUNTRIES,
    TABLE_PLACES,
    TABLE_NAMES,
    TABLE_BODIES,
    TABLE_AREAS,
    TABLE_PARTICIPATIONS,
    TABLE_EVENTS,
    TABLE_COUNT
};

struct table_info {
    const char *file;           /* "events.tsv" */
    const char *const *columns; /* the header, in order */
    size_t column_count;
};
extern const struct table_info table_infos[TABLE_COUNT];

/* Column numbers, 0-based, as in data/README.md. Citation columns close
 * every table but sources and sections. */
enum {
    SOURCE_ID,
    SOURCE_KIND,
    SOURCE_TITLE,
    SOURCE_PUBLISHER,
    SOURCE_URL,
    SOURCE_PUBLISHED,
    SOURCE_CONTENT_DATE,
    SOURCE_NOTE,
    SOURCE_COLUMNS
};
enum { SECTION_ID, SECTION_SOURCE, SECTION_ORDINAL, SECTION_TITLE, SECTION_COLUMNS };
enum {
    COUNTRY_ID,
    COUNTRY_ALPHA2,
    COUNTRY_ALPHA3,
    COUNTRY_NUMERIC,
    COUNTRY_PARTNER,
    COUNTRY_CAPITAL,
    COUNTRY_COW_CODE,
    COUNTRY_COW_ABBREVIATION,
    COUNTRY_NOTE,
    COUNTRY_COLUMNS
};
enum { PLACE_ID, PLACE_KIND, PLACE_NAME, PLACE_COUNTRY, PLACE_COLUMNS };
enum {
    NAME_OWNER,
    NAME_LANGUAGE,
    NAME_KIND,
    NAME_TEXT,
    NAME_PREFERRED,
    NAME_VALID_FROM,
    NAME_VALID_TO,
    NAME_COLUMNS
};
enum {
    BODY_ID,
    BODY_KIND,
    BODY_ACRONYM,
    BODY_NAME,
    BODY_PARENT,
    BODY_PLACE,
    BODY_STARTED,
    BODY_ENDED,
    BODY_SUMMARY,
    BODY_COLUMNS
};
enum { AREA_ID, AREA_NAME, AREA_SUMMARY, AREA_COLUMNS };
enum {
    PARTICIPATION_ID,
    PARTICIPATION_COUNTRY,
    PARTICIPATION_BODY,
    PARTICIPATION_ROLE,
    PARTICIPATION_STARTED,
    PARTICIPATION_ENDED,
    PARTICIPATION_REPORTED,
    PARTICIPATION_SUMMARY,
    PARTICIPATION_ALTERNATIVE_OF,
    PARTICIPATION_COLUMNS
};
enum {
    EVENT_ID,
    EVENT_DATE,
    EVENT_KIND,
    EVENT_PLACE,
    EVENT_COUNTRIES,
    EVENT_BODIES,
    EVENT_AREAS,
    EVENT_SUMMARY,
    EVENT_ALTERNATIVE_OF,
    EVENT_COLUMNS
};
/* Offsets of the citation columns after a table's own columns. */
enum { CITE_SOURCE, CITE_SECTION, CITE_PARAGRAPH, CITE_COLUMNS };

/* The languages of names.tsv. */
enum { MODEL_LANGUAGE_COUNT = 8 };
extern const char *const model_languages[MODEL_LANGUAGE_COUNT];

/* Longest text fields, in bytes. */
enum { MAX_ID_BYTES = 255, MAX_NAME_BYTES = 255, MAX_TEXT_BYTES = 1000 };

/* The slots of a record's references in dataset.refs: the citation's two
 * first (in every table but sources and sections), then the table's own. */
enum { REF_CITE_SOURCE, REF_CITE_SECTION, REF_OWN };
enum { REF_SECTION_SOURCE };
enum { REF_COUNTRY_CAPITAL = REF_OWN };
enum { REF_PLACE_COUNTRY = REF_OWN };
enum { REF_NAME_OWNER = REF_OWN };
enum { REF_BODY_PARENT = REF_OWN, REF_BODY_PLACE };
enum { REF_PARTICIPATION_COUNTRY = REF_OWN, REF_PARTICIPATION_BODY, REF_PARTICIPATION_ALTERNATIVE };
enum {
    REF_EVENT_PLACE = REF_OWN,
    REF_EVENT_COUNTRIES,
    REF_EVENT_BODIES,
    REF_EVENT_AREAS,
    REF_EVENT_ALTERNATIVE
};
/* The number of reference slots of a record, per table. */
extern const unsigned char model_ref_counts[TABLE_COUNT];
enum { MODEL_MAX_REFS = REF_EVENT_ALTERNATIVE + 1 };
/* A reference slot holds the text's offset in the table's file, 4 bytes
 * where a pointer takes 8; this one stands for "" outside the file. */
#define MODEL_REF_EMPTY UINT32_MAX

struct m_cite {
    uint32_t paragraph; /* 0 when empty */
    uint32_t index;     /* into dataset.citations */
};

struct m_source {
    const char *id, *title, *publisher, *url, *note;
    capartner_date published;
    /* the date the content describes; `published` when the file leaves it empty */
    capartner_date content_date;
    uint32_t kind, line;
};

struct m_section {
    const char *id, *title;
    uint32_t source, ordinal, line;
};

struct m_country {
    const char *id, *alpha2, *alpha3, *note, *cow_abbreviation;
    const char *name; /* the preferred en short name, set by link.c */
    uint32_t numeric, cow_code, partner, capital;
    uint32_t name_first, name_count;
    uint32_t line;
    struct m_cite cite;
};

struct m_place {
    const char *id, *name;
    uint32_t kind, country, name_first, name_count, line;
    struct m_cite cite;
};

enum owner_kind { OWNER_COUNTRY, OWNER_BODY, OWNER_PLACE, OWNER_KINDS };

struct m_name {
    const char *language, *text;
    uint32_t owner_kind; /* enum owner_kind, OWNER_KINDS when unresolved */
    uint32_t owner;      /* record index or CAPARTNER_NONE */
    uint32_t kind, preferred, line;
    capartner_date valid_from, valid_to;
    struct m_cite cite;
};

struct m_body {
    const char *id, *acronym, *name, *summary;
    uint32_t kind, parent, place, name_first, name_count, line;
    capartner_date started, ended;
    struct m_cite cite;
};

struct m_area {
    const char *id, *name, *summary;
    uint32_t line;
    struct m_cite cite;
};

struct m_participation {
    const char *id, *summary;
    uint32_t country, body, role, alternative_of, line;
    capartner_date started, ended, reported;
    struct m_cite cite;
};

/* A list column's resolved ids: dataset.<list>[first, first + count). */
struct m_list {
    uint32_t first, count;
};

struct m_event {
    const char *id, *summary;
    capartner_date date;
    uint32_t kind, place, alternative_of, line; /* alternative_of: file index */
    struct m_list countries, bodies, areas;
    struct m_cite cite;
};

struct m_citation {
    uint32_t source, section, paragraph;
};

/* One lookup key of a record, case-folded. */
struct m_key {
    const char *folded; /* in dataset.arena */
    uint32_t length, hash, record;
};

struct m_keys {
    struct m_key *items;
    size_t count, capacity;
};

struct dataset {
    struct m_source *sources;
    struct m_section *sections;
    struct m_country *countries;
    struct m_place *places;
    struct m_name *names;
    struct m_body *bodies;
    struct m_area *areas;
    struct m_participation *participations;
    struct m_event *events;
    size_t counts[TABLE_COUNT], capacities[TABLE_COUNT];

    /* the references as written, per table, model_ref_counts[table] a
     * record (see model_refs); NULL once link.c resolved them */
    uint32_t *refs[TABLE_COUNT];

    /* id -> record index (file order), per table; names have none */
    struct strmap ids[TABLE_COUNT];

    /* event link lists in file order of the events, resolved indexes */
    struct u32vec event_countries, event_bodies, event_areas;

    /* distinct citations, first seen first */
    struct m_citation *citations;
    size_t citation_count, citation_capacity;

    /* names in output order (grouped by owner): name_order[i] is a file index */
    uint32_t *name_order;
    size_t name_output_count;

    /* events in timeline order: event_order[i] is a file index;
     * event_rank is the inverse */
    uint32_t *event_order, *event_rank;

    /* lookup keys per table (names: unused) */
    struct m_keys keys[TABLE_COUNT];

    /* the file contents, split in place */
    char *buffers[TABLE_COUNT];
    /* the as-of date: newest content date among the sources */
    capartner_date as_of;
    char digest[65];

    struct arena arena;
};

void dataset_free(struct dataset *data);
/* Frees every record array but the countries', and the event link lists,
 * the name and event orders and the citations (their counts become 0); the
 * countries, the keys and the texts (the arena) stay. */
void dataset_free_records(struct dataset *data);

/* Reference `slot` of record `index` of `table`. */
static inline const char *model_ref(const struct dataset *data, enum table table, size_t index,
                                    size_t slot) {
    uint32_t offset = data->refs[table][index * model_ref_counts[table] + slot];
    return offset == MODEL_REF_EMPTY ? "" : data->buffers[table] + offset;
}
/* All the references of record `index` of `table`, into refs. */
void model_refs(const struct dataset *data, enum table table, size_t index,
                const char *refs[MODEL_MAX_REFS]);

/* Reports an error at a record's line, in column `column` of `table`. */
void model_error(enum table table, uint32_t line, size_t column, const char *format, ...)
    DIAG_PRINTF(4, 5);
/* The id of record `index` of `table` (names: their text). */
const char *model_record_id(const struct dataset *data, enum table table, uint32_t index);
/* The line of record `index` of `table`. */
uint32_t model_record_line(const struct dataset *data, enum table table, uint32_t index);
/* The singular word for a record of `table` ("country"). */
const char *model_record_word(enum table table);

#endif
