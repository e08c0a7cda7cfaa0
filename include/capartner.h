/*
 * libcapartner — NATO's partnerships with the Central Asian states, compiled
 * into static tables.
 *
 * This header is the whole public contract. Everything it declares is stable
 * as described in docs/api-stability.md; everything else is internal.
 *
 * Conventions
 *  - Records (countries, bodies, places, areas, sources, sections, citations,
 *    names, participations, events) are reached through opaque const handles.
 *    Handles point into read-only static tables: they never need freeing and
 *    stay valid for the life of the process.
 *  - Strings are UTF-8, NUL-terminated and static. An absent optional string
 *    is "" (never NULL) so that FFI callers need no NULL checks.
 *  - Functions that can fail return capartner_status and write their result
 *    through an out parameter; on failure the out parameter is set to NULL
 *    (or zero) so a caller never reads a stale value.
 *  - Accessors given a NULL handle return "" / 0 / NULL: they never crash;
 *    the capartner_*_index functions return SIZE_MAX for NULL.
 *  - Nothing here allocates except capartner_query_new; nothing needs
 *    initialisation; every call is thread-safe (the data is immutable; a
 *    query object must not be shared between threads without a lock).
 */
#ifndef CAPARTNER_H
#define CAPARTNER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- export */

#if defined(_WIN32) && defined(CAPARTNER_SHARED_BUILD)
#define CAPARTNER_API __declspec(dllexport)
#elif defined(_WIN32) && defined(CAPARTNER_SHARED)
#define CAPARTNER_API __declspec(dllimport)
#elif defined(__GNUC__) && __GNUC__ >= 4
#define CAPARTNER_API __attribute__((visibility("default")))
#else
#define CAPARTNER_API
#endif

/* --------------------------------------------------------------- version */

/* The library version. CMake reads these lines: they are the one place the
 * version is written. */
#define CAPARTNER_VERSION_MAJOR 0
#define CAPARTNER_VERSION_MINOR 1
#define CAPARTNER_VERSION_PATCH 0
#define CAPARTNER_VERSION_STRING "0.1.0"
/* MAJOR * 10000 + MINOR * 100 + PATCH, for compile-time comparisons. */
#define CAPARTNER_VERSION_NUMBER                                                                   \
    (CAPARTNER_VERSION_MAJOR * 10000 + CAPARTNER_VERSION_MINOR * 100 + CAPARTNER_VERSION_PATCH)

/* The version of the library actually loaded, e.g. "0.1.0". */
CAPARTNER_API const char *capartner_version(void);
/* CAPARTNER_VERSION_NUMBER of the library actually loaded. */
CAPARTNER_API int capartner_version_number(void);

/* The data version, made by the data compiler from the data files: the as-of
 * date (the newest content date among the sources, ISO-8601) and a
 * SHA-256 digest (lowercase hex) of the data files in a fixed order. */
CAPARTNER_API const char *capartner_data_as_of(void);
CAPARTNER_API const char *capartner_data_digest(void);

/* ---------------------------------------------------------------- status */

/* Append-only: values are never renumbered or removed. */
typedef enum capartner_status {
    CAPARTNER_OK = 0,
    CAPARTNER_ERR_NULL_ARGUMENT = 1,    /* a required pointer argument was NULL */
    CAPARTNER_ERR_EMPTY_KEY = 2,        /* a key or text argument was "" */
    CAPARTNER_ERR_KEY_TOO_LONG = 3,     /* longer than CAPARTNER_MAX_KEY_BYTES */
    CAPARTNER_ERR_INVALID_UTF8 = 4,     /* text argument is not valid UTF-8 */
    CAPARTNER_ERR_NOT_FOUND = 5,        /* well-formed key with no record */
    CAPARTNER_ERR_OUT_OF_RANGE = 6,     /* index or enum value out of range */
    CAPARTNER_ERR_INVALID_DATE = 7,     /* date text or value not a valid date */
    CAPARTNER_ERR_INVALID_ARGUMENT = 8, /* e.g. a filter the query kind lacks */
    CAPARTNER_ERR_NO_MEMORY = 9         /* only capartner_query_new can say this */
} capartner_status;

/* Longest key accepted by the lookup functions, in bytes. */
#define CAPARTNER_MAX_KEY_BYTES 255

/* A short English description of a status; "unknown status" for others. */
CAPARTNER_API const char *capartner_strerror(capartner_status status);

/* ----------------------------------------------------------------- dates */

typedef enum capartner_precision {
    CAPARTNER_PRECISION_UNKNOWN = 0, /* no date known */
    CAPARTNER_PRECISION_YEAR = 1,
    CAPARTNER_PRECISION_MONTH = 2,
    CAPARTNER_PRECISION_DAY = 3
} capartner_precision;

typedef enum capartner_qualifier {
    CAPARTNER_QUALIFIER_NONE = 0,
    CAPARTNER_QUALIFIER_EARLY = 1,  /* first third of the year or month */
    CAPARTNER_QUALIFIER_MID = 2,    /* middle third */
    CAPARTNER_QUALIFIER_LATE = 3,   /* last third */
    CAPARTNER_QUALIFIER_CIRCA = 4,  /* about: same interval, flagged uncertain */
    CAPARTNER_QUALIFIER_BEFORE = 5, /* some time before the stated date */
    CAPARTNER_QUALIFIER_AFTER = 6   /* some time after the stated date */
} capartner_qualifier;

/* A possibly partial date: a frozen value type, 8 bytes.
 * month is 0 unless precision >= MONTH; day is 0 unless precision == DAY.
 *
 * Each date stands for an interval of days [earliest, latest] (see
 * capartner_date_bounds): "2014" is 2014-01-01..2014-12-31, "early 2014" is
 * January–April, "mid" May–August, "late" September–December (for a month:
 * days 1–10, 11–20, 21–end); "before X" ends the day before X begins and
 * "after X" begins the day after X ends; "circa X" is X's interval. */
typedef struct capartner_date {
    int16_t year;      /* 1..9999 when known, 0 when unknown */
    uint8_t month;     /* 1..12 or 0 */
    uint8_t day;       /* 1..31 or 0 */
    uint8_t precision; /* capartner_precision */
    uint8_t qualifier; /* capartner_qualifier */
    uint8_t reserved[2];
} capartner_date;

/* Parses "2013", "2013-12", "2013-12-05", optionally preceded by one of
 * "early ", "mid ", "late ", "circa ", "before ", "after ", or "unknown".
 * Checks calendar validity (2014-02-30 is refused). */
CAPARTNER_API capartner_status capartner_date_parse(const char *text, capartner_date *out);

/* Writes the text form ("early 2014", "2013-12") into buffer, NUL-terminated.
 * Needs at most CAPARTNER_DATE_TEXT_BYTES bytes. */
#define CAPARTNER_DATE_TEXT_BYTES 24
CAPARTNER_API capartner_status capartner_date_format(capartner_date date, char *buffer,
                                                     size_t buffer_size);

/* The interval a date stands for, as yyyymmdd integers (20140101). Unknown
 * dates, and the open end of before/after, give 0 and 99991231. */
CAPARTNER_API capartner_status capartner_date_bounds(capartner_date date, int32_t *earliest,
                                                     int32_t *latest);

/* Timeline order: by earliest day, then the wider interval first ("2014"
 * before "2014-01" before "2014-01-01"), then the qualifier; unknown (and
 * invalid) dates last. Returns <0, 0, >0. */
CAPARTNER_API int capartner_date_compare(capartner_date a, capartner_date b);

/* --------------------------------------------------------------- handles */

typedef struct capartner_source capartner_source;
typedef struct capartner_section capartner_section;
typedef struct capartner_citation capartner_citation;
typedef struct capartner_name capartner_name;
typedef struct capartner_country capartner_country;
typedef struct capartner_body capartner_body;
typedef struct capartner_place capartner_place;
typedef struct capartner_area capartner_area;
typedef struct capartner_participation capartner_participation;
typedef struct capartner_event capartner_event;

/* ----------------------------------------------------------------- enums */

/* Each enum has _COUNT, a name function (the data files' spelling, "" when
 * out of range) and a parse function (case-sensitive, the same spelling). */

typedef enum capartner_body_kind {
    CAPARTNER_BODY_ORGANIZATION = 0, /* NATO, the UN, the Aga Khan Development Network */
    CAPARTNER_BODY_COUNCIL = 1,      /* NAC, NACC, EAPC */
    CAPARTNER_BODY_COMMAND = 2,      /* headquarters, commands, divisions */
    CAPARTNER_BODY_PROGRAMME = 3,    /* PfP, DEEP, SPS, retraining programme */
    CAPARTNER_BODY_MECHANISM = 4,    /* IPAP, PARP, the Trust Fund mechanism */
    CAPARTNER_BODY_PROJECT = 5,      /* one trust-fund project, TAPI */
    CAPARTNER_BODY_OPERATION = 6,    /* ISAF, Resolute Support */
    CAPARTNER_BODY_CENTRE = 7,       /* EADRCC, KAZCENT, training centres */
    CAPARTNER_BODY_UNIT = 8,         /* KAZBAT, KAZBRIG */
    CAPARTNER_BODY_EXERCISE = 9,     /* Steppe Eagle */
    CAPARTNER_BODY_OFFICE = 10,      /* the NATO Liaison Officer in Central Asia */
    CAPARTNER_BODY_PROCESS = 11,     /* Istanbul Process / Heart of Asia */
    CAPARTNER_BODY_PLAN = 12,        /* PAP-T, the UN Joint Plan of Action */
    CAPARTNER_BODY_ROUTE = 13,       /* the Northern line of communication */
    CAPARTNER_BODY_DOCUMENT = 14,    /* PfP Framework Document, Strategic Concept */
    CAPARTNER_BODY_INSTITUTION = 15, /* universities, libraries */
    CAPARTNER_BODY_CONCEPT = 16,     /* Operational Capability Concept */
    CAPARTNER_BODY_TREATY = 17,      /* Ottawa Convention */
    CAPARTNER_BODY_KIND_COUNT = 18
} capartner_body_kind;

typedef enum capartner_role {
    CAPARTNER_ROLE_MEMBER = 0,
    CAPARTNER_ROLE_PARTICIPANT = 1,
    CAPARTNER_ROLE_ON_HOLD = 2,
    CAPARTNER_ROLE_INTEREST_EXPRESSED = 3,
    CAPARTNER_ROLE_REQUESTED = 4,
    CAPARTNER_ROLE_HOST = 5,
    CAPARTNER_ROLE_LEAD_NATION = 6,
    CAPARTNER_ROLE_LEAD_CONTRIBUTOR = 7,
    CAPARTNER_ROLE_CONTRIBUTOR = 8,
    CAPARTNER_ROLE_REPRESENTED = 9,
    CAPARTNER_ROLE_BENEFICIARY = 10,
    CAPARTNER_ROLE_TRANSIT_PROVIDER = 11,
    CAPARTNER_ROLE_SUPPORTER = 12,
    CAPARTNER_ROLE_OWNER = 13,
    CAPARTNER_ROLE_COUNT = 14
} capartner_role;

typedef enum capartner_event_kind {
    CAPARTNER_EVENT_ESTABLISHMENT = 0, /* a body or programme is created or launched */
    CAPARTNER_EVENT_ACCESSION = 1,     /* a country joins or begins taking part */
    CAPARTNER_EVENT_AGREEMENT = 2,     /* a plan or programme is agreed or begins */
    CAPARTNER_EVENT_SUMMIT = 3,        /* a summit or ministerial decision */
    CAPARTNER_EVENT_REQUEST = 4,
    CAPARTNER_EVENT_EXERCISE = 5,
    CAPARTNER_EVENT_TRAINING = 6,   /* courses, workshops */
    CAPARTNER_EVENT_ASSISTANCE = 7, /* disaster relief, demilitarisation */
    CAPARTNER_EVENT_OPENING = 8,    /* an office, centre or library opens */
    CAPARTNER_EVENT_CLOSING = 9,
    CAPARTNER_EVENT_CRISIS = 10, /* attacks, unrest, upheaval */
    CAPARTNER_EVENT_RECOGNITION = 11,
    CAPARTNER_EVENT_OPERATION = 12, /* command taken, mission begun or ended */
    CAPARTNER_EVENT_RENAMING = 13,
    CAPARTNER_EVENT_MILESTONE = 14, /* anniversaries, status reports */
    CAPARTNER_EVENT_KIND_COUNT = 15
} capartner_event_kind;

typedef enum capartner_name_kind {
    CAPARTNER_NAME_SHORT = 0,
    CAPARTNER_NAME_OFFICIAL = 1,
    CAPARTNER_NAME_ACRONYM = 2,
    CAPARTNER_NAME_ALIAS = 3,
    CAPARTNER_NAME_KIND_COUNT = 4
} capartner_name_kind;

typedef enum capartner_source_kind {
    CAPARTNER_SOURCE_PRIMARY = 0,   /* the dataset's primary document */
    CAPARTNER_SOURCE_OFFICIAL = 1,  /* other NATO or government texts */
    CAPARTNER_SOURCE_SECONDARY = 2, /* press, encyclopedias */
    CAPARTNER_SOURCE_REFERENCE = 3, /* code lists such as ISO 3166 */
    CAPARTNER_SOURCE_KIND_COUNT = 4
} capartner_source_kind;

typedef enum capartner_place_kind {
    CAPARTNER_PLACE_CITY = 0,
    CAPARTNER_PLACE_RIVER = 1,
    CAPARTNER_PLACE_REGION = 2,
    CAPARTNER_PLACE_KIND_COUNT = 3
} capartner_place_kind;

/* Three-valued answers about time (docs/data-model.md): a relation held on a
 * date when the data makes it certain, did not hold when it is certainly
 * outside what the data allows, and is unknown in between. */
typedef enum capartner_holding {
    CAPARTNER_HOLDING_UNKNOWN = 0,
    CAPARTNER_HOLDING_HELD = 1,
    CAPARTNER_HOLDING_NOT_HELD = 2,
    CAPARTNER_HOLDING_COUNT = 3
} capartner_holding;

/* The two modes of the date filters (a range of events, an "as of" date of
 * relations): CERTAINLY matches what the data makes certain (an event dated
 * wholly inside the range, a relation certainly held), POSSIBLY also what it
 * allows (an event that may fall in the range, a relation whose holding is
 * unknown); capartner_query_is_certain tells which a match is. */
typedef enum capartner_certainty {
    CAPARTNER_CERTAINLY = 0,
    CAPARTNER_POSSIBLY = 1,
    CAPARTNER_CERTAINTY_COUNT = 2
} capartner_certainty;

CAPARTNER_API const char *capartner_body_kind_name(capartner_body_kind kind);
CAPARTNER_API capartner_status capartner_body_kind_parse(const char *text,
                                                         capartner_body_kind *out);
CAPARTNER_API const char *capartner_role_name(capartner_role role);
CAPARTNER_API capartner_status capartner_role_parse(const char *text, capartner_role *out);
CAPARTNER_API const char *capartner_event_kind_name(capartner_event_kind kind);
CAPARTNER_API capartner_status capartner_event_kind_parse(const char *text,
                                                          capartner_event_kind *out);
CAPARTNER_API const char *capartner_name_kind_name(capartner_name_kind kind);
CAPARTNER_API const char *capartner_source_kind_name(capartner_source_kind kind);
CAPARTNER_API const char *capartner_place_kind_name(capartner_place_kind kind);
CAPARTNER_API const char *capartner_precision_name(capartner_precision precision);
CAPARTNER_API const char *capartner_qualifier_name(capartner_qualifier qualifier);
/* "unknown", "held", "not_held"; "certainly", "possibly". */
CAPARTNER_API const char *capartner_holding_name(capartner_holding holding);
CAPARTNER_API const char *capartner_certainty_name(capartner_certainty certainty);

/* ------------------------------------------------------------ provenance */

/* Sources: the documents the data comes from. */
CAPARTNER_API size_t capartner_source_count(void);
CAPARTNER_API capartner_status capartner_source_at(size_t index, const capartner_source **out);
CAPARTNER_API capartner_status capartner_source_find(const char *id, const capartner_source **out);
CAPARTNER_API size_t capartner_source_index(const capartner_source *source);
CAPARTNER_API const char *capartner_source_id(const capartner_source *source);
CAPARTNER_API capartner_source_kind capartner_source_kind_of(const capartner_source *source);
CAPARTNER_API const char *capartner_source_title(const capartner_source *source);
CAPARTNER_API const char *capartner_source_publisher(const capartner_source *source);
CAPARTNER_API const char *capartner_source_url(const capartner_source *source);
CAPARTNER_API capartner_date capartner_source_published(const capartner_source *source);
/* The date the content describes ("early 2014" for a page published in 2016
 * whose facts stop in early 2014); the publication date when the data gives
 * none. It is the date of the source's evidence (docs/data-model.md). */
CAPARTNER_API capartner_date capartner_source_content_date(const capartner_source *source);
CAPARTNER_API const char *capartner_source_note(const capartner_source *source);

/* Sections of a source, in document order. */
CAPARTNER_API size_t capartner_section_count(void);
CAPARTNER_API capartner_status capartner_section_at(size_t index, const capartner_section **out);
CAPARTNER_API capartner_status capartner_section_find(const char *id,
                                                      const capartner_section **out);
CAPARTNER_API size_t capartner_section_index(const capartner_section *section);
CAPARTNER_API const char *capartner_section_id(const capartner_section *section);
CAPARTNER_API const capartner_source *capartner_section_source(const capartner_section *section);
CAPARTNER_API unsigned capartner_section_ordinal(const capartner_section *section);
CAPARTNER_API const char *capartner_section_title(const capartner_section *section);

/* A citation: source, optional section (NULL), paragraph within the section
 * (1-based; 0 when the source has no numbered place), and whether the cited
 * statement is the one the dataset prefers where sources disagree. Every
 * record has exactly one citation. */
CAPARTNER_API const capartner_source *capartner_citation_source(const capartner_citation *c);
CAPARTNER_API const capartner_section *capartner_citation_section(const capartner_citation *c);
CAPARTNER_API unsigned capartner_citation_paragraph(const capartner_citation *c);

/* --------------------------------------------------------------- names */

/* A name of a country, body or place in one language (ISO 639-1: "en",
 * "fr", "ru", "kk", "ky", "tg", "tk", "uz"), with the interval in which it
 * was in use (unknown dates when always). Exactly one name per record, kind
 * and language is preferred. */
CAPARTNER_API const char *capartner_name_text(const capartner_name *name);
CAPARTNER_API const char *capartner_name_language(const capartner_name *name);
CAPARTNER_API capartner_name_kind capartner_name_kind_of(const capartner_name *name);
CAPARTNER_API int capartner_name_is_preferred(const capartner_name *name);
CAPARTNER_API capartner_date capartner_name_valid_from(const capartner_name *name);
CAPARTNER_API capartner_date capartner_name_valid_to(const capartner_name *name);
/* 1 if the name was in use on that date (open ends always match). */
CAPARTNER_API int capartner_name_valid_on(const capartner_name *name, capartner_date date);
CAPARTNER_API const capartner_citation *capartner_name_citation(const capartner_name *name);

/* ------------------------------------------------------------- countries */

CAPARTNER_API size_t capartner_country_count(void);
CAPARTNER_API capartner_status capartner_country_at(size_t index, const capartner_country **out);
/* Any key: alpha-2, alpha-3, numeric ("398"), or any name or alias in any
 * language, compared folded: case aside (Latin and Cyrillic), Latin letters
 * without diacritics, every apostrophe mark as ', spaces around dropped. */
CAPARTNER_API capartner_status capartner_country_find(const char *key,
                                                      const capartner_country **out);
CAPARTNER_API capartner_status capartner_country_by_alpha2(const char *code,
                                                           const capartner_country **out);
CAPARTNER_API capartner_status capartner_country_by_alpha3(const char *code,
                                                           const capartner_country **out);
CAPARTNER_API capartner_status capartner_country_by_numeric(int code,
                                                            const capartner_country **out);
CAPARTNER_API size_t capartner_country_index(const capartner_country *country);
CAPARTNER_API const char *capartner_country_id(const capartner_country *country);
CAPARTNER_API const char *capartner_country_alpha2(const capartner_country *country);
CAPARTNER_API const char *capartner_country_alpha3(const capartner_country *country);
CAPARTNER_API int capartner_country_numeric(const capartner_country *country);
/* The preferred English short name, e.g. "Kazakhstan". */
CAPARTNER_API const char *capartner_country_name(const capartner_country *country);
/* 1 for the five Central Asian partners. */
CAPARTNER_API int capartner_country_is_partner(const capartner_country *country);
/* Why a non-partner country is in the dataset (its role in the sources). */
CAPARTNER_API const char *capartner_country_note(const capartner_country *country);
CAPARTNER_API const capartner_place *capartner_country_capital(const capartner_country *country);
/* Correlates of War state code and abbreviation; 0 and "" when not given. */
CAPARTNER_API int capartner_country_cow_code(const capartner_country *country);
CAPARTNER_API const char *capartner_country_cow_abbreviation(const capartner_country *country);
CAPARTNER_API size_t capartner_country_name_count(const capartner_country *country);
CAPARTNER_API capartner_status capartner_country_name_at(const capartner_country *country,
                                                         size_t index, const capartner_name **out);
/* The preferred name of a kind in a language; NOT_FOUND if there is none. */
CAPARTNER_API capartner_status capartner_country_name_in(const capartner_country *country,
                                                         const char *language,
                                                         capartner_name_kind kind,
                                                         const capartner_name **out);
CAPARTNER_API const capartner_citation *
capartner_country_citation(const capartner_country *country);

/* ---------------------------------------------------- bodies, programmes */

CAPARTNER_API size_t capartner_body_count(void);
CAPARTNER_API capartner_status capartner_body_at(size_t index, const capartner_body **out);
/* Id, acronym, name or alias, case-insensitive: "pfp", "PARP", "Partnership
 * for Peace". */
CAPARTNER_API capartner_status capartner_body_find(const char *key, const capartner_body **out);
CAPARTNER_API size_t capartner_body_index(const capartner_body *body);
CAPARTNER_API const char *capartner_body_id(const capartner_body *body);
CAPARTNER_API capartner_body_kind capartner_body_kind_of(const capartner_body *body);
CAPARTNER_API const char *capartner_body_acronym(const capartner_body *body);
CAPARTNER_API const char *capartner_body_name(const capartner_body *body);
CAPARTNER_API const char *capartner_body_summary(const capartner_body *body);
CAPARTNER_API const capartner_body *capartner_body_parent(const capartner_body *body);
CAPARTNER_API capartner_date capartner_body_started(const capartner_body *body);
CAPARTNER_API capartner_date capartner_body_ended(const capartner_body *body);
CAPARTNER_API const capartner_place *capartner_body_place(const capartner_body *body);
CAPARTNER_API size_t capartner_body_name_count(const capartner_body *body);
CAPARTNER_API capartner_status capartner_body_name_at(const capartner_body *body, size_t index,
                                                      const capartner_name **out);
CAPARTNER_API const capartner_citation *capartner_body_citation(const capartner_body *body);

/* ---------------------------------------------------------------- places */

CAPARTNER_API size_t capartner_place_count(void);
CAPARTNER_API capartner_status capartner_place_at(size_t index, const capartner_place **out);
CAPARTNER_API capartner_status capartner_place_find(const char *key, const capartner_place **out);
CAPARTNER_API size_t capartner_place_index(const capartner_place *place);
CAPARTNER_API const char *capartner_place_id(const capartner_place *place);
CAPARTNER_API const char *capartner_place_name(const capartner_place *place);
CAPARTNER_API capartner_place_kind capartner_place_kind_of(const capartner_place *place);
CAPARTNER_API const capartner_country *capartner_place_country(const capartner_place *place);
CAPARTNER_API size_t capartner_place_name_count(const capartner_place *place);
CAPARTNER_API capartner_status capartner_place_name_at(const capartner_place *place, size_t index,
                                                       const capartner_name **out);
/* The preferred English name in use on a date ("Akmola" in 1997). */
CAPARTNER_API capartner_status capartner_place_name_on(const capartner_place *place,
                                                       capartner_date date,
                                                       const capartner_name **out);
CAPARTNER_API const capartner_citation *capartner_place_citation(const capartner_place *place);

/* ------------------------------------------------- areas of cooperation */

CAPARTNER_API size_t capartner_area_count(void);
CAPARTNER_API capartner_status capartner_area_at(size_t index, const capartner_area **out);
CAPARTNER_API capartner_status capartner_area_find(const char *key, const capartner_area **out);
CAPARTNER_API size_t capartner_area_index(const capartner_area *area);
CAPARTNER_API const char *capartner_area_id(const capartner_area *area);
CAPARTNER_API const char *capartner_area_name(const capartner_area *area);
CAPARTNER_API const char *capartner_area_summary(const capartner_area *area);
CAPARTNER_API const capartner_citation *capartner_area_citation(const capartner_area *area);

/* -------------------------------------------------------- participations */

/* A relation between a country and a body: a role held from `started` to
 * `ended` (unknown when open or not stated), as last reported on `reported`. */
CAPARTNER_API size_t capartner_participation_count(void);
CAPARTNER_API capartner_status capartner_participation_at(size_t index,
                                                          const capartner_participation **out);
CAPARTNER_API capartner_status capartner_participation_find(const char *id,
                                                            const capartner_participation **out);
CAPARTNER_API size_t capartner_participation_index(const capartner_participation *p);
CAPARTNER_API const char *capartner_participation_id(const capartner_participation *p);
CAPARTNER_API const capartner_country *
capartner_participation_country(const capartner_participation *p);
CAPARTNER_API const capartner_body *capartner_participation_body(const capartner_participation *p);
CAPARTNER_API capartner_role capartner_participation_role(const capartner_participation *p);
CAPARTNER_API capartner_date capartner_participation_started(const capartner_participation *p);
CAPARTNER_API capartner_date capartner_participation_ended(const capartner_participation *p);
CAPARTNER_API capartner_date capartner_participation_reported(const capartner_participation *p);
CAPARTNER_API const char *capartner_participation_summary(const capartner_participation *p);
/* 1 unless another participation states the same relation differently and
 * the dataset prefers that one (see capartner_participation_alternative_of). */
CAPARTNER_API int capartner_participation_is_preferred(const capartner_participation *p);
CAPARTNER_API const capartner_participation *
capartner_participation_alternative_of(const capartner_participation *p);
/* Whether the relation held on a date (its earliest day): HELD within its
 * certain span, NOT_HELD outside its possible span, UNKNOWN between — e.g.
 * after the last source that reports it, when no end is stated
 * (docs/data-model.md). UNKNOWN for NULL and for an invalid or unknown date. */
CAPARTNER_API capartner_holding capartner_participation_status_on(const capartner_participation *p,
                                                                  capartner_date date);
/* The days the relation certainly (CAPARTNER_CERTAINLY) or possibly
 * (CAPARTNER_POSSIBLY) held, as yyyymmdd like capartner_date_bounds: open
 * ends are 0 and 99991231, and first > last when there are none. */
CAPARTNER_API capartner_status capartner_participation_span(const capartner_participation *p,
                                                            capartner_certainty mode,
                                                            int32_t *first, int32_t *last);
/* 1 when capartner_participation_status_on gives HELD, else 0. */
CAPARTNER_API int capartner_participation_held_on(const capartner_participation *p,
                                                  capartner_date date);
CAPARTNER_API const capartner_citation *
capartner_participation_citation(const capartner_participation *p);

/* ---------------------------------------------------------------- events */

/* Events are indexed in timeline order (capartner_date_compare, then id). */
CAPARTNER_API size_t capartner_event_count(void);
CAPARTNER_API capartner_status capartner_event_at(size_t index, const capartner_event **out);
CAPARTNER_API capartner_status capartner_event_find(const char *id, const capartner_event **out);
CAPARTNER_API size_t capartner_event_index(const capartner_event *event);
CAPARTNER_API const char *capartner_event_id(const capartner_event *event);
CAPARTNER_API capartner_date capartner_event_date(const capartner_event *event);
/* The date's text form, e.g. "early 2014" (static, no buffer needed). */
CAPARTNER_API const char *capartner_event_date_text(const capartner_event *event);
CAPARTNER_API capartner_event_kind capartner_event_kind_of(const capartner_event *event);
/* One line in the dataset's own words. */
CAPARTNER_API const char *capartner_event_summary(const capartner_event *event);
CAPARTNER_API const capartner_place *capartner_event_place(const capartner_event *event);
CAPARTNER_API size_t capartner_event_country_count(const capartner_event *event);
CAPARTNER_API capartner_status capartner_event_country_at(const capartner_event *event,
                                                          size_t index,
                                                          const capartner_country **out);
CAPARTNER_API size_t capartner_event_body_count(const capartner_event *event);
CAPARTNER_API capartner_status capartner_event_body_at(const capartner_event *event, size_t index,
                                                       const capartner_body **out);
CAPARTNER_API size_t capartner_event_area_count(const capartner_event *event);
CAPARTNER_API capartner_status capartner_event_area_at(const capartner_event *event, size_t index,
                                                       const capartner_area **out);
CAPARTNER_API int capartner_event_is_preferred(const capartner_event *event);
CAPARTNER_API const capartner_event *capartner_event_alternative_of(const capartner_event *event);
CAPARTNER_API const capartner_citation *capartner_event_citation(const capartner_event *event);

/* --------------------------------------------------------------- queries */

/* A query walks events (the timeline) or participations with filters.
 * Within one dimension values are alternatives (country KZ or KG); across
 * dimensions all must hold (country KZ and area public-diplomacy). By
 * default only preferred statements are returned, events oldest first and
 * participations in table order (grouped as in the data file);
 * CAPARTNER_ORDER_NEWEST_FIRST reverses either.
 *
 * Creating a query and adding filters may allocate; capartner_query_next_*
 * never does. A filtered walk visits only the index lists of the most
 * selective dimension, so it costs O(matches) rather than O(all events). */
typedef struct capartner_query capartner_query;

typedef enum capartner_query_kind {
    CAPARTNER_QUERY_EVENTS = 0,
    CAPARTNER_QUERY_PARTICIPATIONS = 1
} capartner_query_kind;

typedef enum capartner_order {
    CAPARTNER_ORDER_OLDEST_FIRST = 0,
    CAPARTNER_ORDER_NEWEST_FIRST = 1
} capartner_order;

CAPARTNER_API capartner_status capartner_query_new(capartner_query_kind kind,
                                                   capartner_query **out);
/* NULL is allowed. */
CAPARTNER_API void capartner_query_free(capartner_query *query);
/* Both kinds. */
CAPARTNER_API capartner_status capartner_query_add_country(capartner_query *query,
                                                           const capartner_country *country);
CAPARTNER_API capartner_status capartner_query_add_body(capartner_query *query,
                                                        const capartner_body *body);
CAPARTNER_API capartner_status capartner_query_set_order(capartner_query *query,
                                                         capartner_order order);
CAPARTNER_API capartner_status capartner_query_include_alternatives(capartner_query *query,
                                                                    int include);
/* Events only. The range is inclusive at both ends; either end may be an
 * unknown date, which leaves that end open. CERTAINLY matches an event whose
 * date lies wholly in the range ("after 2001-09-11" is not in 2013),
 * POSSIBLY one whose date may fall in it ("2013" matches 2013-06..2013-08). */
CAPARTNER_API capartner_status capartner_query_add_area(capartner_query *query,
                                                        const capartner_area *area);
CAPARTNER_API capartner_status capartner_query_add_kind(capartner_query *query,
                                                        capartner_event_kind kind);
CAPARTNER_API capartner_status capartner_query_set_range(capartner_query *query,
                                                         capartner_date from, capartner_date to,
                                                         capartner_certainty mode);
/* The same with date text ("2013", "2014-06"); NULL or "" leaves an end open. */
CAPARTNER_API capartner_status capartner_query_set_range_text(capartner_query *query,
                                                              const char *from, const char *to,
                                                              capartner_certainty mode);
/* Participations only: roles, and the relations held on a date (see
 * capartner_participation_status_on): CERTAINLY those HELD, POSSIBLY those
 * HELD or UNKNOWN. */
CAPARTNER_API capartner_status capartner_query_add_role(capartner_query *query,
                                                        capartner_role role);
CAPARTNER_API capartner_status capartner_query_set_as_of(capartner_query *query,
                                                         capartner_date date,
                                                         capartner_certainty mode);
CAPARTNER_API capartner_status capartner_query_set_as_of_text(capartner_query *query,
                                                              const char *date,
                                                              capartner_certainty mode);
/* Restarts the walk; changing a filter also restarts it. */
CAPARTNER_API capartner_status capartner_query_rewind(capartner_query *query);
/* The next match, or NULL at the end (and for a NULL or wrong-kind query). */
CAPARTNER_API const capartner_event *capartner_query_next_event(capartner_query *query);
CAPARTNER_API const capartner_participation *
capartner_query_next_participation(capartner_query *query);
/* 1 when the match the walk returned last is certain (no date filter, an
 * event wholly in the range, a relation HELD on the as-of date), 0 when it is
 * only possible (POSSIBLY mode) or when there is none. */
CAPARTNER_API int capartner_query_is_certain(const capartner_query *query);
/* Counts the matches without moving the walk. */
CAPARTNER_API capartner_status capartner_query_count(capartner_query *query, size_t *out);

/* ----------------------------------------------------------- suggestions */

/* Which table a suggestion's record is in. */
typedef enum capartner_record_type {
    CAPARTNER_RECORD_COUNTRY = 0,
    CAPARTNER_RECORD_BODY = 1,
    CAPARTNER_RECORD_PLACE = 2,
    CAPARTNER_RECORD_AREA = 3
} capartner_record_type;

/* A record whose key is close to one that found nothing. */
typedef struct capartner_suggestion {
    capartner_record_type type; /* the table: capartner_country_at(index, ...) etc. */
    size_t index;               /* the record's index in it */
    const char *key;            /* its closest key as the data spells it (static) */
    unsigned distance;          /* edits between the folded keys (see capartner_suggest) */
} capartner_suggestion;

/* The countries, bodies, places and areas whose keys (ids, codes, acronyms,
 * names and aliases in every language) are nearest to `key`, compared
 * folded as the finds compare them: edit distance (insertions, deletions,
 * substitutions, swaps of neighbours) of at most 1 for a key of up to 3
 * letters, 2 up to 6, 3 beyond; a key beginning with what was typed (3
 * letters or more) counts as that largest distance. Each record appears
 * once, at its closest key; best first (by distance, then type, then
 * index). Writes up to `capacity` suggestions to `out` and their number to
 * *count (0 when nothing is close); allocates nothing. Returns OK,
 * NULL_ARGUMENT (key or count NULL, or out NULL with capacity > 0),
 * EMPTY_KEY (also a key of spaces only), KEY_TOO_LONG or INVALID_UTF8. */
CAPARTNER_API capartner_status capartner_suggest(const char *key, capartner_suggestion *out,
                                                 size_t capacity, size_t *count);

#ifdef __cplusplus
}
#endif

#endif /* CAPARTNER_H */
