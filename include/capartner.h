/**
 * @file capartner.h
 * @brief libcapartner — NATO's partnerships with the Central Asian states,
 * compiled into static tables.
 *
 * This header is the whole public contract. Everything it declares is stable
 * as described in docs/api-stability.md; everything else is internal. Each
 * function is documented here, in Doxygen form, grouped by section; the
 * sections are the man pages of section 3 (libcapartner(3) lists them).
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
 *  - Nothing here allocates except capartner_query_new and adding filters
 *    (a reset query reuses that memory); nothing needs
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

/** @cond INTERNAL */
#if defined(_WIN32) && defined(CAPARTNER_SHARED_BUILD)
#define CAPARTNER_API __declspec(dllexport)
#elif defined(_WIN32) && defined(CAPARTNER_SHARED)
#define CAPARTNER_API __declspec(dllimport)
#elif defined(__GNUC__) && __GNUC__ >= 4
#define CAPARTNER_API __attribute__((visibility("default")))
#else
#define CAPARTNER_API
#endif
/** @endcond */

/* --------------------------------------------------------------- version */

/**
 * @defgroup capartner_versions Versions
 * The library's version (at compile time and at run time) and the data's.
 *
 * The macros give the version of the header a program was compiled with;
 * the functions give the version of the library actually loaded, which may
 * be newer (docs/api-stability.md). The data compiled into the library has a
 * version of its own: its as-of date and a digest.
 * @{
 */

/* CMake reads these lines: they are the one place the version is written. */
/** The major version of this header. @since 0.2.0 */
#define CAPARTNER_VERSION_MAJOR 0
/** The minor version of this header. @since 0.2.0 */
#define CAPARTNER_VERSION_MINOR 2
/** The patch version of this header. @since 0.2.0 */
#define CAPARTNER_VERSION_PATCH 0
/** The version of this header as text, "MAJOR.MINOR.PATCH". @since 0.2.0 */
#define CAPARTNER_VERSION_STRING "0.2.0"
/** MAJOR * 10000 + MINOR * 100 + PATCH, for compile-time comparisons. @since 0.2.0 */
#define CAPARTNER_VERSION_NUMBER                                                                   \
    (CAPARTNER_VERSION_MAJOR * 10000 + CAPARTNER_VERSION_MINOR * 100 + CAPARTNER_VERSION_PATCH)

/**
 * The version of the library actually loaded.
 * @return the version text, e.g. "0.2.0" (static)
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_version(void);
/**
 * The version number of the library actually loaded.
 * @return CAPARTNER_VERSION_NUMBER as the loaded library was built
 * @since 0.2.0
 */
CAPARTNER_API int capartner_version_number(void);

/**
 * The data version's date, made by the data compiler from the data files.
 * @return the newest content date among the sources, ISO-8601 (static)
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_data_as_of(void);
/**
 * The data version's digest.
 * @return a SHA-256 digest (64 lowercase hex digits, static) of the data
 *         files in a fixed order: equal digests mean equal data
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_data_digest(void);

/** @} */

/* ---------------------------------------------------------------- status */

/**
 * @defgroup capartner_errors Errors
 * The status every call that can fail returns, and its description.
 *
 * A function that can fail returns a capartner_status and writes its result
 * through an out parameter, which it sets to NULL (or 0) on failure.
 * @{
 */

/**
 * What a call that can fail reports. Append-only: values are never
 * renumbered or removed.
 * @since 0.2.0
 */
typedef enum capartner_status {
    CAPARTNER_OK = 0,                   /**< success */
    CAPARTNER_ERR_NULL_ARGUMENT = 1,    /**< a required pointer argument was NULL */
    CAPARTNER_ERR_EMPTY_KEY = 2,        /**< a key or text argument was "" */
    CAPARTNER_ERR_KEY_TOO_LONG = 3,     /**< longer than CAPARTNER_MAX_KEY_BYTES */
    CAPARTNER_ERR_INVALID_UTF8 = 4,     /**< text argument is not valid UTF-8 */
    CAPARTNER_ERR_NOT_FOUND = 5,        /**< well-formed key with no record */
    CAPARTNER_ERR_OUT_OF_RANGE = 6,     /**< index or enum value out of range */
    CAPARTNER_ERR_INVALID_DATE = 7,     /**< date text or value not a valid date */
    CAPARTNER_ERR_INVALID_ARGUMENT = 8, /**< e.g. a filter the query kind lacks */
    CAPARTNER_ERR_NO_MEMORY = 9         /**< only capartner_query_new and filters can say this */
} capartner_status;

/** Longest key accepted by the lookup functions, in bytes. @since 0.2.0 */
#define CAPARTNER_MAX_KEY_BYTES 255

/**
 * Describes a status.
 * @param status any value, also one that is not a capartner_status
 * @return a short English description (static); "unknown status" for a
 *         value that is not a capartner_status
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_strerror(capartner_status status);

/** @} */

/* ----------------------------------------------------------------- dates */

/**
 * @defgroup capartner_dates Dates
 * Partial dates ("early 2014", "2013-12"), their text form, the interval of
 * days each stands for, and timeline order.
 *
 * Each date stands for an interval of days [earliest, latest] (see
 * capartner_date_bounds): "2014" is 2014-01-01..2014-12-31, "early 2014" is
 * January–April, "mid" May–August, "late" September–December (for a month:
 * days 1–10, 11–20, 21–end); "before X" ends the day before X begins and
 * "after X" begins the day after X ends; "circa X" is X's interval widened
 * by one unit of X's precision on each side, since about X may fall just
 * outside it ("circa 2000" is 1999-01-01..2001-12-31, "circa 2013-05" is
 * 2013-04-01..2013-06-30, "circa 2013-05-10" is 2013-05-09..2013-05-11;
 * never before year 1 nor after 9999). docs/data-model.md says how answers
 * about time use them.
 * @{
 */

/** How much of a date is known. @since 0.2.0 */
typedef enum capartner_precision {
    CAPARTNER_PRECISION_UNKNOWN = 0, /**< no date known */
    CAPARTNER_PRECISION_YEAR = 1,    /**< the year only */
    CAPARTNER_PRECISION_MONTH = 2,   /**< the year and month */
    CAPARTNER_PRECISION_DAY = 3      /**< a day */
} capartner_precision;

/** A word narrowing or widening a date. @since 0.2.0 */
typedef enum capartner_qualifier {
    CAPARTNER_QUALIFIER_NONE = 0,   /**< the date as stated */
    CAPARTNER_QUALIFIER_EARLY = 1,  /**< first third of the year or month */
    CAPARTNER_QUALIFIER_MID = 2,    /**< middle third */
    CAPARTNER_QUALIFIER_LATE = 3,   /**< last third */
    CAPARTNER_QUALIFIER_CIRCA = 4,  /**< about: one year, month or day more on each side */
    CAPARTNER_QUALIFIER_BEFORE = 5, /**< some time before the stated date */
    CAPARTNER_QUALIFIER_AFTER = 6   /**< some time after the stated date */
} capartner_qualifier;

/**
 * @brief A possibly partial date: a frozen value type, 8 bytes.
 *
 * month is 0 unless precision >= MONTH; day is 0 unless precision == DAY.
 * @since 0.2.0
 */
typedef struct capartner_date {
    int16_t year;        /**< 1..9999 when known, 0 when unknown */
    uint8_t month;       /**< 1..12 or 0 */
    uint8_t day;         /**< 1..31 or 0 */
    uint8_t precision;   /**< a capartner_precision */
    uint8_t qualifier;   /**< a capartner_qualifier */
    uint8_t reserved[2]; /**< 0 */
} capartner_date;

/**
 * Parses a date's text form.
 * @param text "2013", "2013-12", "2013-12-05", optionally preceded by one of
 *        "early ", "mid ", "late ", "circa ", "before ", "after "; or "unknown"
 * @param out the date; an unknown date on failure
 * @retval CAPARTNER_OK parsed
 * @retval CAPARTNER_ERR_NULL_ARGUMENT text or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY text is ""
 * @retval CAPARTNER_ERR_INVALID_UTF8 text is not UTF-8
 * @retval CAPARTNER_ERR_INVALID_DATE not one of the forms, or no such day
 *         (2014-02-30 is refused), or a time outside the calendar of years
 *         1 to 9999 ("before 0001", "after 9999-12", which name no day)
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_date_parse(const char *text, capartner_date *out);

/** The size of a buffer that holds any date's text form. @since 0.2.0 */
#define CAPARTNER_DATE_TEXT_BYTES 24
/**
 * Writes a date's text form ("early 2014", "2013-12", "unknown"), the form
 * capartner_date_parse reads.
 * @param date the date
 * @param buffer where to write it, NUL-terminated ("" on failure)
 * @param buffer_size the buffer's size; CAPARTNER_DATE_TEXT_BYTES always suffices
 * @retval CAPARTNER_OK written
 * @retval CAPARTNER_ERR_NULL_ARGUMENT buffer is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE buffer_size is 0 or too small
 * @retval CAPARTNER_ERR_INVALID_DATE date is not a valid date
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_date_format(capartner_date date, char *buffer,
                                                     size_t buffer_size);

/**
 * The interval of days a date stands for.
 * @param date the date
 * @param earliest its first day as a yyyymmdd integer (20140101); 0 for an
 *        unknown date and the open start of "before X"
 * @param latest its last day; 99991231 for an unknown date and the open end
 *        of "after X"
 * @retval CAPARTNER_OK written
 * @retval CAPARTNER_ERR_NULL_ARGUMENT earliest or latest is NULL
 * @retval CAPARTNER_ERR_INVALID_DATE date is not a valid date
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_date_bounds(capartner_date date, int32_t *earliest,
                                                     int32_t *latest);

/**
 * Compares two dates in timeline order: by earliest day, then the wider
 * interval first ("2014" before "2014-01" before "2014-01-01"), then the
 * qualifier; unknown (and invalid) dates last.
 * @param a a date
 * @param b another
 * @return <0 when a comes first, 0 when they are equal, >0 when b does
 * @since 0.2.0
 */
CAPARTNER_API int capartner_date_compare(capartner_date a, capartner_date b);

/** @} */

/* --------------------------------------------------------------- handles */

/**
 * A source: a document the data comes from.
 * @ingroup capartner_provenance
 * @since 0.2.0
 */
typedef struct capartner_source capartner_source;
/**
 * A section of a source.
 * @ingroup capartner_provenance
 * @since 0.2.0
 */
typedef struct capartner_section capartner_section;
/**
 * Where a record's statement is found: source, section, paragraph.
 * @ingroup capartner_provenance
 * @since 0.2.0
 */
typedef struct capartner_citation capartner_citation;
/**
 * A name of a country, body or place in one language.
 * @ingroup capartner_names
 * @since 0.2.0
 */
typedef struct capartner_name capartner_name;
/**
 * A country.
 * @ingroup capartner_countries
 * @since 0.2.0
 */
typedef struct capartner_country capartner_country;
/**
 * A body: an organisation, programme, mechanism, operation, ...
 * @ingroup capartner_bodies
 * @since 0.2.0
 */
typedef struct capartner_body capartner_body;
/**
 * A place: a city, river or region.
 * @ingroup capartner_places
 * @since 0.2.0
 */
typedef struct capartner_place capartner_place;
/**
 * An area of cooperation.
 * @ingroup capartner_areas
 * @since 0.2.0
 */
typedef struct capartner_area capartner_area;
/**
 * A participation: a country's role in a body over time.
 * @ingroup capartner_participations
 * @since 0.2.0
 */
typedef struct capartner_participation capartner_participation;
/**
 * An event of the timeline.
 * @ingroup capartner_events
 * @since 0.2.0
 */
typedef struct capartner_event capartner_event;

/* ----------------------------------------------------------------- enums */

/**
 * @defgroup capartner_enums Enumerations
 * The kinds of records, roles and answers about time, with their names.
 *
 * Each enum has a _COUNT value (except the append-only capartner_status), a
 * name function (the data files' spelling, "" when out of range) and, for
 * those a user filters by, a parse function (case-sensitive, the same
 * spelling).
 * @{
 */

/** What kind of body a body is. @since 0.2.0 */
typedef enum capartner_body_kind {
    CAPARTNER_BODY_ORGANIZATION = 0, /**< NATO, the UN, the Aga Khan Development Network */
    CAPARTNER_BODY_COUNCIL = 1,      /**< NAC, NACC, EAPC */
    CAPARTNER_BODY_COMMAND = 2,      /**< commands, divisions */
    CAPARTNER_BODY_PROGRAMME = 3,    /**< PfP, DEEP, SPS, retraining programme */
    CAPARTNER_BODY_MECHANISM = 4,    /**< IPAP, PARP, the Trust Fund mechanism */
    CAPARTNER_BODY_PROJECT = 5,      /**< one trust-fund project, TAPI */
    CAPARTNER_BODY_OPERATION = 6,    /**< ISAF, Resolute Support */
    CAPARTNER_BODY_CENTRE = 7,       /**< EADRCC, KAZCENT, training centres */
    CAPARTNER_BODY_UNIT = 8,         /**< KAZBAT, KAZBRIG */
    CAPARTNER_BODY_EXERCISE = 9,     /**< Steppe Eagle */
    CAPARTNER_BODY_OFFICE = 10,      /**< the NATO Liaison Officer in Central Asia */
    CAPARTNER_BODY_PROCESS = 11,     /**< Istanbul Process / Heart of Asia */
    CAPARTNER_BODY_PLAN = 12,        /**< PAP-T, the UN Joint Plan of Action */
    CAPARTNER_BODY_ROUTE = 13,       /**< the Northern line of communication */
    CAPARTNER_BODY_DOCUMENT = 14,    /**< PfP Framework Document, Strategic Concept */
    CAPARTNER_BODY_INSTITUTION = 15, /**< universities, libraries */
    CAPARTNER_BODY_CONCEPT = 16,     /**< Operational Capability Concept */
    CAPARTNER_BODY_TREATY = 17,      /**< Ottawa Convention */
    /** NATO Headquarters, SHAPE. */
    CAPARTNER_BODY_HEADQUARTERS = 18,
    CAPARTNER_BODY_KIND_COUNT = 19 /**< the number of kinds */
} capartner_body_kind;

/**
 * A country's role in a body ("member", "participant", "on_hold",
 * "interest_expressed", "requested", "host", "lead_nation",
 * "lead_contributor", "contributor", "represented", "beneficiary",
 * "transit_provider", "supporter", "owner", "diplomatic_mission",
 * "military_representative", "encouraged", "promoter", "cooperating",
 * "in_talks": data/README.md). The last four are no taking part in the
 * body (docs/data-model.md).
 * @since 0.2.0
 */
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
    /** a diplomatic mission at the body (NATO Headquarters) */
    CAPARTNER_ROLE_DIPLOMATIC_MISSION = 14,
    /** military representatives at the body */
    CAPARTNER_ROLE_MILITARY_REPRESENTATIVE = 15,
    /** NATO urges the country to take part (no taking part) */
    CAPARTNER_ROLE_ENCOURAGED = 16,
    /** the country passes on its experience of the body (no taking part) */
    CAPARTNER_ROLE_PROMOTER = 17,
    /** the country works with the body on an area (capartner_participation_area) */
    CAPARTNER_ROLE_COOPERATING = 18,
    /** the country talks with the body on closer work in an area */
    CAPARTNER_ROLE_IN_TALKS = 19,
    CAPARTNER_ROLE_COUNT = 20 /**< the number of roles */
} capartner_role;

/** What kind of event an event is. @since 0.2.0 */
typedef enum capartner_event_kind {
    CAPARTNER_EVENT_ESTABLISHMENT = 0, /**< a body or programme is created or launched */
    CAPARTNER_EVENT_ACCESSION = 1,     /**< a country joins or begins taking part */
    CAPARTNER_EVENT_AGREEMENT = 2,     /**< a plan or programme is agreed or begins */
    CAPARTNER_EVENT_SUMMIT = 3,        /**< a summit of heads of state and its decisions */
    CAPARTNER_EVENT_REQUEST = 4,       /**< a country asks for something */
    CAPARTNER_EVENT_EXERCISE = 5,      /**< a military or civil exercise */
    CAPARTNER_EVENT_TRAINING = 6,      /**< courses, workshops */
    CAPARTNER_EVENT_ASSISTANCE = 7,    /**< disaster relief, demilitarisation */
    CAPARTNER_EVENT_OPENING = 8,       /**< an office, centre or library opens */
    CAPARTNER_EVENT_CLOSING = 9,       /**< one closes */
    CAPARTNER_EVENT_CRISIS = 10,       /**< attacks, unrest, upheaval */
    CAPARTNER_EVENT_RECOGNITION = 11,  /**< a state is recognised */
    CAPARTNER_EVENT_OPERATION = 12,    /**< command taken, mission begun or ended */
    CAPARTNER_EVENT_RENAMING = 13,     /**< a place or body is renamed */
    CAPARTNER_EVENT_MILESTONE = 14,    /**< anniversaries, status reports */
    /** a meeting of ministers and its decisions */
    CAPARTNER_EVENT_MINISTERIAL = 15,
    /** visits, talks, credentials presented */
    CAPARTNER_EVENT_VISIT = 16,
    /** a forum or conference: neither a summit nor a meeting of ministers */
    CAPARTNER_EVENT_CONFERENCE = 17,
    CAPARTNER_EVENT_KIND_COUNT = 18 /**< the number of kinds */
} capartner_event_kind;

/** What kind of name a name is. @since 0.2.0 */
typedef enum capartner_name_kind {
    CAPARTNER_NAME_SHORT = 0,     /**< the name in everyday use */
    CAPARTNER_NAME_OFFICIAL = 1,  /**< the formal name */
    CAPARTNER_NAME_ACRONYM = 2,   /**< an acronym */
    CAPARTNER_NAME_ALIAS = 3,     /**< another spelling people use */
    CAPARTNER_NAME_KIND_COUNT = 4 /**< the number of kinds */
} capartner_name_kind;

/** What kind of document a source is. @since 0.2.0 */
typedef enum capartner_source_kind {
    CAPARTNER_SOURCE_PRIMARY = 0,   /**< the dataset's primary document */
    CAPARTNER_SOURCE_OFFICIAL = 1,  /**< other NATO or government texts */
    CAPARTNER_SOURCE_SECONDARY = 2, /**< press, encyclopedias */
    CAPARTNER_SOURCE_REFERENCE = 3, /**< code lists such as ISO 3166 */
    CAPARTNER_SOURCE_KIND_COUNT = 4 /**< the number of kinds */
} capartner_source_kind;

/** What kind of place a place is. @since 0.2.0 */
typedef enum capartner_place_kind {
    CAPARTNER_PLACE_CITY = 0,      /**< a city */
    CAPARTNER_PLACE_RIVER = 1,     /**< a river */
    CAPARTNER_PLACE_REGION = 2,    /**< a region */
    CAPARTNER_PLACE_KIND_COUNT = 3 /**< the number of kinds */
} capartner_place_kind;

/**
 * Three-valued answers about time (docs/data-model.md): a relation held on a
 * date when the data makes it certain, did not hold when it is certainly
 * outside what the data allows, and is unknown in between.
 * @since 0.2.0
 */
typedef enum capartner_holding {
    CAPARTNER_HOLDING_UNKNOWN = 0,  /**< the data allows either */
    CAPARTNER_HOLDING_HELD = 1,     /**< certainly held */
    CAPARTNER_HOLDING_NOT_HELD = 2, /**< certainly not held */
    CAPARTNER_HOLDING_COUNT = 3     /**< the number of values */
} capartner_holding;

/**
 * The two modes of the date filters (a range of events, an "as of" date of
 * relations): CERTAINLY matches what the data makes certain (an event dated
 * wholly inside the range, a relation certainly held), POSSIBLY also what it
 * allows (an event that may fall in the range, a relation whose holding is
 * unknown); capartner_query_is_certain tells which a match is.
 * @since 0.2.0
 */
typedef enum capartner_certainty {
    CAPARTNER_CERTAINLY = 0,      /**< what the data makes certain */
    CAPARTNER_POSSIBLY = 1,       /**< also what it allows */
    CAPARTNER_CERTAINTY_COUNT = 2 /**< the number of modes */
} capartner_certainty;

/**
 * Names a body kind.
 * @param kind the kind
 * @return its spelling in the data files ("programme"); "" when out of range
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_body_kind_name(capartner_body_kind kind);
/**
 * Parses a body kind's name.
 * @param text the spelling capartner_body_kind_name gives (case-sensitive)
 * @param out the kind
 * @retval CAPARTNER_OK parsed
 * @retval CAPARTNER_ERR_NULL_ARGUMENT text or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY text is ""
 * @retval CAPARTNER_ERR_INVALID_UTF8 text is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no kind has this name
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_body_kind_parse(const char *text,
                                                         capartner_body_kind *out);
/**
 * Names a role.
 * @param role the role
 * @return its spelling in the data files ("on_hold"); "" when out of range
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_role_name(capartner_role role);
/**
 * Parses a role's name.
 * @param text the spelling capartner_role_name gives (case-sensitive)
 * @param out the role
 * @retval CAPARTNER_OK parsed
 * @retval CAPARTNER_ERR_NULL_ARGUMENT text or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY text is ""
 * @retval CAPARTNER_ERR_INVALID_UTF8 text is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no role has this name
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_role_parse(const char *text, capartner_role *out);
/**
 * Names an event kind.
 * @param kind the kind
 * @return its spelling in the data files ("accession"); "" when out of range
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_event_kind_name(capartner_event_kind kind);
/**
 * Parses an event kind's name.
 * @param text the spelling capartner_event_kind_name gives (case-sensitive)
 * @param out the kind
 * @retval CAPARTNER_OK parsed
 * @retval CAPARTNER_ERR_NULL_ARGUMENT text or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY text is ""
 * @retval CAPARTNER_ERR_INVALID_UTF8 text is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no kind has this name
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_event_kind_parse(const char *text,
                                                          capartner_event_kind *out);
/**
 * Names a name kind.
 * @param kind the kind
 * @return its name, one of "short", "official", "acronym" or "alias"; "" when out of range
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_name_kind_name(capartner_name_kind kind);
/**
 * Names a source kind.
 * @param kind the kind
 * @return its name, one of "primary", "official", "secondary" or "reference"; "" when out of range
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_source_kind_name(capartner_source_kind kind);
/**
 * Names a place kind.
 * @param kind the kind
 * @return its name, one of "city", "river" or "region"; "" when out of range
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_place_kind_name(capartner_place_kind kind);
/**
 * Names a precision.
 * @param precision the precision
 * @return its name, one of "unknown", "year", "month" or "day"; "" when out of range
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_precision_name(capartner_precision precision);
/**
 * Names a qualifier.
 * @param qualifier the qualifier
 * @return its name, one of "none", "early", "mid", "late", "circa", "before" or "after"; ""
 *         when out of range
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_qualifier_name(capartner_qualifier qualifier);
/**
 * Names a holding.
 * @param holding the answer
 * @return its name, one of "unknown", "held" or "not_held"; "" when out of range
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_holding_name(capartner_holding holding);
/**
 * Names a certainty mode.
 * @param certainty the mode
 * @return its name, one of "certainly" or "possibly"; "" when out of range
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_certainty_name(capartner_certainty certainty);

/** @} */

/* ------------------------------------------------------------ provenance */

/**
 * @defgroup capartner_provenance Provenance
 * Sources, their sections, and the citation every record carries.
 *
 * Every record has exactly one citation: a source, an optional section, and
 * a paragraph within it (1-based; 0 when the source has no numbered place).
 * @{
 */

/**
 * The number of sources.
 * @return the size of the sources table
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_source_count(void);
/**
 * A source by its index.
 * @param index 0 to capartner_source_count() - 1
 * @param out the source; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_source_at(size_t index, const capartner_source **out);
/**
 * A source by its id ("nato-central-asia-2016").
 * @param id the id, compared folded as every key is
 * @param out the source; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT id or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY id is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG id is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 id is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no source has this id
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_source_find(const char *id, const capartner_source **out);
/**
 * A source's index.
 * @param source the source
 * @return its index in the table; SIZE_MAX for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_source_index(const capartner_source *source);
/**
 * A source's id.
 * @param source the source
 * @return its id; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_source_id(const capartner_source *source);
/**
 * A source's kind.
 * @param source the source
 * @return its kind; CAPARTNER_SOURCE_PRIMARY (0) for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_source_kind capartner_source_kind_of(const capartner_source *source);
/**
 * A source's title.
 * @param source the source
 * @return its title; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_source_title(const capartner_source *source);
/**
 * A source's publisher.
 * @param source the source
 * @return its publisher; "" when not given or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_source_publisher(const capartner_source *source);
/**
 * A source's address.
 * @param source the source
 * @return its URL; "" when it has none or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_source_url(const capartner_source *source);
/**
 * When a source was published.
 * @param source the source
 * @return its publication date; an unknown date when not given or for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_date capartner_source_published(const capartner_source *source);
/**
 * The date a source's content describes ("early 2014" for a page published
 * in 2016 whose facts stop in early 2014): the date of the source's evidence
 * (docs/data-model.md).
 * @param source the source
 * @return the content date; the publication date when the data gives none;
 *         an unknown date for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_date capartner_source_content_date(const capartner_source *source);
/**
 * A note on a source (which version of a page it is, what it covers).
 * @param source the source
 * @return the note; "" when there is none or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_source_note(const capartner_source *source);

/**
 * The number of sections of all sources (in document order).
 * @return the size of the sections table
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_section_count(void);
/**
 * A section by its index.
 * @param index 0 to capartner_section_count() - 1
 * @param out the section; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_section_at(size_t index, const capartner_section **out);
/**
 * A section by its id.
 * @param id the id, compared folded as every key is
 * @param out the section; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT id or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY id is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG id is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 id is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no section has this id
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_section_find(const char *id,
                                                      const capartner_section **out);
/**
 * A section's index.
 * @param section the section
 * @return its index in the table; SIZE_MAX for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_section_index(const capartner_section *section);
/**
 * A section's id.
 * @param section the section
 * @return its id; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_section_id(const capartner_section *section);
/**
 * The source a section belongs to.
 * @param section the section
 * @return its source; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_source *capartner_section_source(const capartner_section *section);
/**
 * A section's place in its source.
 * @param section the section
 * @return its number in the source, from 1; 0 for NULL
 * @since 0.2.0
 */
CAPARTNER_API unsigned capartner_section_ordinal(const capartner_section *section);
/**
 * A section's title.
 * @param section the section
 * @return its title; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_section_title(const capartner_section *section);

/**
 * The source a citation cites.
 * @param c the citation (from a record's _citation function)
 * @return the source; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_source *capartner_citation_source(const capartner_citation *c);
/**
 * The section a citation cites.
 * @param c the citation
 * @return the section; NULL when the citation names none, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_section *capartner_citation_section(const capartner_citation *c);
/**
 * The paragraph a citation cites.
 * @param c the citation
 * @return the paragraph within the section, from 1; 0 when the source has
 *         no numbered place, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API unsigned capartner_citation_paragraph(const capartner_citation *c);

/** @} */

/* --------------------------------------------------------------- names */

/**
 * @defgroup capartner_names Names
 * The names of countries, bodies and places, in each language and over time.
 *
 * A name is in one language (ISO 639-1: "en", "fr", "ru", "kk", "ky", "tg",
 * "tk", "uz"), of one kind, and in use in an interval (unknown dates when
 * always). Exactly one name per record, kind and language is preferred.
 * Records list their names with capartner_country_name_at,
 * capartner_body_name_at and capartner_place_name_at.
 * @{
 */

/**
 * A name's text.
 * @param name the name
 * @return the text ("Қазақстан"); "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_name_text(const capartner_name *name);
/**
 * A name's language.
 * @param name the name
 * @return the ISO 639-1 code ("kk"); "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_name_language(const capartner_name *name);
/**
 * A name's kind.
 * @param name the name
 * @return its kind; CAPARTNER_NAME_SHORT (0) for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_name_kind capartner_name_kind_of(const capartner_name *name);
/**
 * Whether a name is the preferred one of its record, kind and language.
 * @param name the name
 * @return 1 when preferred; 0 when not, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API int capartner_name_is_preferred(const capartner_name *name);
/**
 * When a name came into use.
 * @param name the name
 * @return the date; an unknown date when always (or not stated), or for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_date capartner_name_valid_from(const capartner_name *name);
/**
 * When a name went out of use.
 * @param name the name
 * @return the date; an unknown date when still in use (or not stated), or for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_date capartner_name_valid_to(const capartner_name *name);
/**
 * Whether a name was in use on a date.
 * @param name the name
 * @param date the date
 * @return 1 if it was (open ends always match); 0 if not, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API int capartner_name_valid_on(const capartner_name *name, capartner_date date);
/**
 * A name's citation.
 * @param name the name
 * @return where the name is attested; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_citation *capartner_name_citation(const capartner_name *name);

/** @} */

/* ------------------------------------------------------------- countries */

/**
 * @defgroup capartner_countries Countries
 * The five Central Asian partners and every other country the sources name
 * in a role: codes, names, capitals.
 * @{
 */

/**
 * The number of countries.
 * @return the size of the countries table
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_country_count(void);
/**
 * A country by its index.
 * @param index 0 to capartner_country_count() - 1
 * @param out the country; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_country_at(size_t index, const capartner_country **out);
/**
 * A country by any key: alpha-2, alpha-3, numeric ("398"), or any name or
 * alias in any language, compared folded: case aside (Latin and Cyrillic),
 * Latin letters without diacritics, every apostrophe mark as ', spaces
 * around dropped. Allocates nothing.
 * @param key the key ("KZ", "Kazakhstan", "Казахстан", "O'zbekiston")
 * @param out the country; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT key or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY key is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG key is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 key is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no country has this key (capartner_suggest
 *         names the nearest)
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_country_find(const char *key,
                                                      const capartner_country **out);
/**
 * A country by its ISO 3166-1 alpha-2 code, without the name index.
 * @param code two ASCII letters, either case ("kz")
 * @param out the country; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT code or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY code is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG code is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 code is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND not two letters, or no country has this code
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_country_by_alpha2(const char *code,
                                                           const capartner_country **out);
/**
 * A country by its ISO 3166-1 alpha-3 code, without the name index.
 * @param code three ASCII letters, either case ("KAZ")
 * @param out the country; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT code or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY code is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG code is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 code is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND not three letters, or no country has this code
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_country_by_alpha3(const char *code,
                                                           const capartner_country **out);
/**
 * A country by its ISO 3166-1 numeric code.
 * @param code the code (398)
 * @param out the country; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE code is not in 1..999
 * @retval CAPARTNER_ERR_NOT_FOUND no country has this code
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_country_by_numeric(int code,
                                                            const capartner_country **out);
/**
 * A country's index.
 * @param country the country
 * @return its index in the table; SIZE_MAX for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_country_index(const capartner_country *country);
/**
 * A country's id.
 * @param country the country
 * @return its id ("KZ"); "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_country_id(const capartner_country *country);
/**
 * A country's alpha-2 code.
 * @param country the country
 * @return the code ("KZ"); "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_country_alpha2(const capartner_country *country);
/**
 * A country's alpha-3 code.
 * @param country the country
 * @return the code ("KAZ"); "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_country_alpha3(const capartner_country *country);
/**
 * A country's numeric code.
 * @param country the country
 * @return the code (398); 0 for NULL
 * @since 0.2.0
 */
CAPARTNER_API int capartner_country_numeric(const capartner_country *country);
/**
 * A country's name.
 * @param country the country
 * @return the preferred English short name ("Kazakhstan"); "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_country_name(const capartner_country *country);
/**
 * Whether a country is one of the five Central Asian partners.
 * @param country the country
 * @return 1 for Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and
 *         Uzbekistan; 0 for the others and for NULL
 * @since 0.2.0
 */
CAPARTNER_API int capartner_country_is_partner(const capartner_country *country);
/**
 * Why a country is in the dataset.
 * @param country the country
 * @return its role in the sources, in the dataset's words; "" when not
 *         given, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_country_note(const capartner_country *country);
/**
 * A country's capital.
 * @param country the country
 * @return the capital; NULL when the data has none, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_place *capartner_country_capital(const capartner_country *country);
/**
 * A country's Correlates of War state code.
 * @param country the country
 * @return the code; 0 when not given, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API int capartner_country_cow_code(const capartner_country *country);
/**
 * A country's Correlates of War abbreviation.
 * @param country the country
 * @return the abbreviation ("KZK"); "" when not given, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_country_cow_abbreviation(const capartner_country *country);
/**
 * The source of a country's codes and capital: a reference source (a code
 * list or checked table), since the country's citation is its note's.
 * @param country the country
 * @return the source ("ca-reference-table", "debian-iso-codes"); NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_source *
capartner_country_codes_source(const capartner_country *country);
/**
 * The source of a country's Correlates of War code.
 * @param country the country
 * @return the source ("cow-states-2016"); NULL when no COW code is given, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_source *
capartner_country_cow_source(const capartner_country *country);
/**
 * The number of a country's names.
 * @param country the country
 * @return how many names it has in every language; 0 for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_country_name_count(const capartner_country *country);
/**
 * One of a country's names.
 * @param country the country
 * @param index 0 to capartner_country_name_count() - 1
 * @param out the name; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT country or out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_country_name_at(const capartner_country *country,
                                                         size_t index, const capartner_name **out);
/**
 * A country's preferred name of a kind in a language.
 * @param country the country
 * @param language an ISO 639-1 code ("ru")
 * @param kind the kind of name
 * @param out the name; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT country, language or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY language is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG language is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 language is not UTF-8
 * @retval CAPARTNER_ERR_OUT_OF_RANGE kind is not a capartner_name_kind
 * @retval CAPARTNER_ERR_NOT_FOUND the country has no such name
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_country_name_in(const capartner_country *country,
                                                         const char *language,
                                                         capartner_name_kind kind,
                                                         const capartner_name **out);
/**
 * A country's citation.
 * @param country the country
 * @return where the country's record comes from; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_citation *
capartner_country_citation(const capartner_country *country);

/** @} */

/* ---------------------------------------------------- bodies, programmes */

/**
 * @defgroup capartner_bodies Bodies and programmes
 * Organisations, councils, programmes, mechanisms, operations, centres,
 * exercises and the other bodies countries take part in.
 * @{
 */

/**
 * The number of bodies.
 * @return the size of the bodies table
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_body_count(void);
/**
 * A body by its index.
 * @param index 0 to capartner_body_count() - 1
 * @param out the body; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_body_at(size_t index, const capartner_body **out);
/**
 * A body by its id, acronym, name or alias, compared folded as
 * capartner_country_find compares: "pfp", "PARP", "Partnership for Peace".
 * @param key the key
 * @param out the body; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT key or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY key is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG key is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 key is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no body has this key
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_body_find(const char *key, const capartner_body **out);
/**
 * A body's index.
 * @param body the body
 * @return its index in the table; SIZE_MAX for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_body_index(const capartner_body *body);
/**
 * A body's id.
 * @param body the body
 * @return its id ("pfp"); "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_body_id(const capartner_body *body);
/**
 * A body's kind.
 * @param body the body
 * @return its kind; CAPARTNER_BODY_ORGANIZATION (0) for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_body_kind capartner_body_kind_of(const capartner_body *body);
/**
 * A body's acronym.
 * @param body the body
 * @return the acronym ("PfP"); "" when it has none, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_body_acronym(const capartner_body *body);
/**
 * A body's name.
 * @param body the body
 * @return its preferred English name; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_body_name(const capartner_body *body);
/**
 * What a body is, in one line of the dataset's own words.
 * @param body the body
 * @return the summary; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_body_summary(const capartner_body *body);
/**
 * The body a body belongs to (a programme's organisation).
 * @param body the body
 * @return the parent; NULL when it has none, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_body *capartner_body_parent(const capartner_body *body);
/**
 * When a body was created or launched.
 * @param body the body
 * @return the date; an unknown date when not stated, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_date capartner_body_started(const capartner_body *body);
/**
 * When a body ended.
 * @param body the body
 * @return the date; an unknown date when it has not ended or the data does
 *         not say, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_date capartner_body_ended(const capartner_body *body);
/**
 * Where a body is.
 * @param body the body
 * @return its seat or location; NULL when the data gives none, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_place *capartner_body_place(const capartner_body *body);
/**
 * The number of a body's names.
 * @param body the body
 * @return how many names it has in every language; 0 for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_body_name_count(const capartner_body *body);
/**
 * One of a body's names.
 * @param body the body
 * @param index 0 to capartner_body_name_count() - 1
 * @param out the name; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT body or out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_body_name_at(const capartner_body *body, size_t index,
                                                      const capartner_name **out);
/**
 * A body's citation.
 * @param body the body
 * @return where the body's record comes from; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_citation *capartner_body_citation(const capartner_body *body);

/** @} */

/* ---------------------------------------------------------------- places */

/**
 * @defgroup capartner_places Places
 * Cities, rivers and regions, with their names over time.
 * @{
 */

/**
 * The number of places.
 * @return the size of the places table
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_place_count(void);
/**
 * A place by its index.
 * @param index 0 to capartner_place_count() - 1
 * @param out the place; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_place_at(size_t index, const capartner_place **out);
/**
 * A place by its id or any of its names, past ones included ("Akmola"
 * finds Astana), compared folded as capartner_country_find compares.
 * @param key the key
 * @param out the place; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT key or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY key is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG key is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 key is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no place has this key
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_place_find(const char *key, const capartner_place **out);
/**
 * A place's index.
 * @param place the place
 * @return its index in the table; SIZE_MAX for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_place_index(const capartner_place *place);
/**
 * A place's id.
 * @param place the place
 * @return its id; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_place_id(const capartner_place *place);
/**
 * A place's name.
 * @param place the place
 * @return its preferred English name today; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_place_name(const capartner_place *place);
/**
 * A place's kind.
 * @param place the place
 * @return its kind; CAPARTNER_PLACE_CITY (0) for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_place_kind capartner_place_kind_of(const capartner_place *place);
/**
 * The country a place is in.
 * @param place the place
 * @return the country; NULL when the data gives none, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_country *capartner_place_country(const capartner_place *place);
/**
 * The number of a place's names.
 * @param place the place
 * @return how many names it has, past ones included; 0 for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_place_name_count(const capartner_place *place);
/**
 * One of a place's names.
 * @param place the place
 * @param index 0 to capartner_place_name_count() - 1
 * @param out the name; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT place or out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_place_name_at(const capartner_place *place, size_t index,
                                                       const capartner_name **out);
/**
 * The preferred English name a place had on a date ("Akmola" in 1997).
 * @param place the place
 * @param date a known, valid date (its earliest day counts)
 * @param out the name; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT place or out is NULL
 * @retval CAPARTNER_ERR_INVALID_DATE date is invalid or unknown
 * @retval CAPARTNER_ERR_NOT_FOUND no English name of the place was in use then
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_place_name_on(const capartner_place *place,
                                                       capartner_date date,
                                                       const capartner_name **out);
/**
 * A place's citation.
 * @param place the place
 * @return where the place's record comes from; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_citation *capartner_place_citation(const capartner_place *place);

/** @} */

/* ------------------------------------------------- areas of cooperation */

/**
 * @defgroup capartner_areas Areas of cooperation
 * The fields events belong to (public diplomacy, border security, ...).
 * @{
 */

/**
 * The number of areas.
 * @return the size of the areas table
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_area_count(void);
/**
 * An area by its index.
 * @param index 0 to capartner_area_count() - 1
 * @param out the area; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_area_at(size_t index, const capartner_area **out);
/**
 * An area by its id or name, compared folded as capartner_country_find compares.
 * @param key the key ("public-diplomacy")
 * @param out the area; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT key or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY key is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG key is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 key is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no area has this key
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_area_find(const char *key, const capartner_area **out);
/**
 * An area's index.
 * @param area the area
 * @return its index in the table; SIZE_MAX for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_area_index(const capartner_area *area);
/**
 * An area's id.
 * @param area the area
 * @return its id; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_area_id(const capartner_area *area);
/**
 * An area's name.
 * @param area the area
 * @return its English name; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_area_name(const capartner_area *area);
/**
 * What an area covers, in one line of the dataset's own words.
 * @param area the area
 * @return the summary; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_area_summary(const capartner_area *area);
/**
 * An area's citation.
 * @param area the area
 * @return where the area's record comes from; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_citation *capartner_area_citation(const capartner_area *area);

/** @} */

/* -------------------------------------------------------- participations */

/**
 * @defgroup capartner_participations Participations
 * A relation between a country and a body: a role held from a start to an
 * end (unknown when open or not stated), as last reported on a date; and
 * whether it held on a date, three-valued (docs/data-model.md).
 * @{
 */

/**
 * The number of participations.
 * @return the size of the participations table
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_participation_count(void);
/**
 * A participation by its index.
 * @param index 0 to capartner_participation_count() - 1
 * @param out the participation; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_participation_at(size_t index,
                                                          const capartner_participation **out);
/**
 * A participation by its id ("kz-pfp-participant-1995").
 * @param id the id, compared folded as every key is
 * @param out the participation; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT id or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY id is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG id is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 id is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no participation has this id
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_participation_find(const char *id,
                                                            const capartner_participation **out);
/**
 * A participation's index.
 * @param p the participation
 * @return its index in the table; SIZE_MAX for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_participation_index(const capartner_participation *p);
/**
 * A participation's id.
 * @param p the participation
 * @return its id; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_participation_id(const capartner_participation *p);
/**
 * The country of a participation.
 * @param p the participation
 * @return the country; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_country *
capartner_participation_country(const capartner_participation *p);
/**
 * The body of a participation.
 * @param p the participation
 * @return the body; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_body *capartner_participation_body(const capartner_participation *p);
/**
 * The role of a participation.
 * @param p the participation
 * @return the country's role in the body; CAPARTNER_ROLE_MEMBER (0) for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_role capartner_participation_role(const capartner_participation *p);
/**
 * The area of cooperation a participation is about (Tajikistan's interest
 * in civil emergency planning).
 * @param p the participation
 * @return the area; NULL when the relation is about the body as a whole, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_area *capartner_participation_area(const capartner_participation *p);
/**
 * When a participation began.
 * @param p the participation
 * @return the date; an unknown date when not stated, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_date capartner_participation_started(const capartner_participation *p);
/**
 * When a participation ended.
 * @param p the participation
 * @return the date; an unknown date when open or not stated, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_date capartner_participation_ended(const capartner_participation *p);
/**
 * When a source last reported a participation.
 * @param p the participation
 * @return the date; an unknown date when not stated, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_date capartner_participation_reported(const capartner_participation *p);
/**
 * When a participation began, as text: capartner_date_format's form of
 * capartner_participation_started.
 * @param p the participation
 * @return the text, e.g. "1995" or "unknown" (static, no buffer needed); ""
 *         for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_participation_started_text(const capartner_participation *p);
/**
 * When a participation ended, as text: capartner_date_format's form of
 * capartner_participation_ended.
 * @param p the participation
 * @return the text, e.g. "before 2013" or "unknown" (static); "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_participation_ended_text(const capartner_participation *p);
/**
 * When a source last reported a participation, as text: capartner_date_format's
 * form of capartner_participation_reported.
 * @param p the participation
 * @return the text, e.g. "2017-12-12" or "unknown" (static); "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_participation_reported_text(const capartner_participation *p);
/**
 * What a participation is, in one line of the dataset's own words.
 * @param p the participation
 * @return the summary; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_participation_summary(const capartner_participation *p);
/**
 * Whether the dataset prefers a participation's statement.
 * @param p the participation
 * @return 1 unless another participation states the same relation
 *         differently and the dataset prefers that one (see
 *         capartner_participation_alternative_of); 0 for NULL
 * @since 0.2.0
 */
CAPARTNER_API int capartner_participation_is_preferred(const capartner_participation *p);
/**
 * The preferred statement an alternative one differs from.
 * @param p the participation
 * @return the preferred participation; NULL when p is preferred, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_participation *
capartner_participation_alternative_of(const capartner_participation *p);
/**
 * Whether a relation held on a date (its earliest day): HELD within its
 * certain span, NOT_HELD outside its possible span, UNKNOWN between — e.g.
 * after the last source that reports it, when no end is stated
 * (docs/data-model.md).
 * @param p the participation
 * @param date the date
 * @return the answer; CAPARTNER_HOLDING_UNKNOWN for NULL and for an invalid
 *         or unknown date
 * @since 0.2.0
 */
CAPARTNER_API capartner_holding capartner_participation_status_on(const capartner_participation *p,
                                                                  capartner_date date);
/**
 * The days a relation certainly or possibly held, as yyyymmdd like
 * capartner_date_bounds: open ends are 0 and 99991231, and first > last
 * when there are none.
 * @param p the participation
 * @param mode CAPARTNER_CERTAINLY or CAPARTNER_POSSIBLY
 * @param first the first day (0 on failure)
 * @param last the last day (0 on failure)
 * @retval CAPARTNER_OK written
 * @retval CAPARTNER_ERR_NULL_ARGUMENT p, first or last is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE mode is not a capartner_certainty
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_participation_span(const capartner_participation *p,
                                                            capartner_certainty mode,
                                                            int32_t *first, int32_t *last);
/**
 * Whether a relation certainly held on a date.
 * @param p the participation
 * @param date the date
 * @return 1 when capartner_participation_status_on gives HELD, else 0
 * @since 0.2.0
 */
CAPARTNER_API int capartner_participation_held_on(const capartner_participation *p,
                                                  capartner_date date);
/**
 * A participation's citation.
 * @param p the participation
 * @return where the participation is stated; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_citation *
capartner_participation_citation(const capartner_participation *p);

/** @} */

/* ---------------------------------------------------------------- events */

/**
 * @defgroup capartner_events Events
 * The timeline: what happened when, to which countries, bodies and areas.
 * Events are indexed in timeline order (capartner_date_compare, then id).
 * @{
 */

/**
 * The number of events.
 * @return the size of the events table
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_event_count(void);
/**
 * An event by its index (timeline order).
 * @param index 0 to capartner_event_count() - 1
 * @param out the event; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_event_at(size_t index, const capartner_event **out);
/**
 * An event by its id.
 * @param id the id, compared folded as every key is
 * @param out the event; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT id or out is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY id is ""
 * @retval CAPARTNER_ERR_KEY_TOO_LONG id is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 id is not UTF-8
 * @retval CAPARTNER_ERR_NOT_FOUND no event has this id
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_event_find(const char *id, const capartner_event **out);
/**
 * An event's index.
 * @param event the event
 * @return its index in the table (its place in the timeline); SIZE_MAX for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_event_index(const capartner_event *event);
/**
 * An event's id.
 * @param event the event
 * @return its id; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_event_id(const capartner_event *event);
/**
 * When an event happened.
 * @param event the event
 * @return its date; an unknown date for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_date capartner_event_date(const capartner_event *event);
/**
 * An event's date as text, as capartner_date_format writes it.
 * @param event the event
 * @return the text, e.g. "early 2014" (static, no buffer needed); "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_event_date_text(const capartner_event *event);
/**
 * An event's kind.
 * @param event the event
 * @return its kind; CAPARTNER_EVENT_ESTABLISHMENT (0) for NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_event_kind capartner_event_kind_of(const capartner_event *event);
/**
 * What happened, in one line of the dataset's own words.
 * @param event the event
 * @return the summary; "" for NULL
 * @since 0.2.0
 */
CAPARTNER_API const char *capartner_event_summary(const capartner_event *event);
/**
 * Where an event happened.
 * @param event the event
 * @return the place; NULL when the data gives none, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_place *capartner_event_place(const capartner_event *event);
/**
 * The number of countries an event concerns.
 * @param event the event
 * @return the count; 0 for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_event_country_count(const capartner_event *event);
/**
 * One of the countries an event concerns.
 * @param event the event
 * @param index 0 to capartner_event_country_count() - 1
 * @param out the country; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT event or out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_event_country_at(const capartner_event *event,
                                                          size_t index,
                                                          const capartner_country **out);
/**
 * The number of bodies an event concerns.
 * @param event the event
 * @return the count; 0 for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_event_body_count(const capartner_event *event);
/**
 * One of the bodies an event concerns.
 * @param event the event
 * @param index 0 to capartner_event_body_count() - 1
 * @param out the body; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT event or out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_event_body_at(const capartner_event *event, size_t index,
                                                       const capartner_body **out);
/**
 * The number of areas an event belongs to.
 * @param event the event
 * @return the count; 0 for NULL
 * @since 0.2.0
 */
CAPARTNER_API size_t capartner_event_area_count(const capartner_event *event);
/**
 * One of the areas an event belongs to.
 * @param event the event
 * @param index 0 to capartner_event_area_count() - 1
 * @param out the area; NULL on failure
 * @retval CAPARTNER_OK found
 * @retval CAPARTNER_ERR_NULL_ARGUMENT event or out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE index is not below the count
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_event_area_at(const capartner_event *event, size_t index,
                                                       const capartner_area **out);
/**
 * Whether the dataset prefers an event's statement.
 * @param event the event
 * @return 1 unless another event states the same thing differently and the
 *         dataset prefers that one; 0 for NULL
 * @since 0.2.0
 */
CAPARTNER_API int capartner_event_is_preferred(const capartner_event *event);
/**
 * The preferred statement an alternative event differs from.
 * @param event the event
 * @return the preferred event; NULL when event is preferred, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_event *capartner_event_alternative_of(const capartner_event *event);
/**
 * An event's citation.
 * @param event the event
 * @return where the event is stated; NULL for NULL
 * @since 0.2.0
 */
CAPARTNER_API const capartner_citation *capartner_event_citation(const capartner_event *event);

/** @} */

/* --------------------------------------------------------------- queries */

/**
 * @defgroup capartner_queries Queries
 * Walks of the events (the timeline) or the participations with filters.
 *
 * Within one dimension values are alternatives (country KZ or KG); across
 * dimensions all must hold (country KZ and area public-diplomacy). By
 * default only preferred statements are returned, events oldest first and
 * participations in table order (grouped as in the data file);
 * CAPARTNER_ORDER_NEWEST_FIRST reverses either.
 *
 * Creating a query and adding filters may allocate; capartner_query_next_*
 * never does, and a query emptied by capartner_query_reset is reused without
 * allocating. A filtered walk visits only the index lists of the most
 * selective dimension, so it costs O(matches) rather than O(all events); a
 * date range starts where a binary search of the timeline puts it.
 * A query must not be used by two threads at once without a lock.
 * @{
 */

/**
 * A query: its filters and the position of its walk. Made by
 * capartner_query_new, freed by capartner_query_free, emptied for reuse by
 * capartner_query_reset. Its size is not part of the ABI: a query lives
 * only where capartner_query_new puts it.
 * @since 0.2.0
 */
typedef struct capartner_query capartner_query;

/** What a query walks. @since 0.2.0 */
typedef enum capartner_query_kind {
    CAPARTNER_QUERY_EVENTS = 0,        /**< the events, in timeline order */
    CAPARTNER_QUERY_PARTICIPATIONS = 1 /**< the participations, in table order */
} capartner_query_kind;

/** The direction of a walk. @since 0.2.0 */
typedef enum capartner_order {
    CAPARTNER_ORDER_OLDEST_FIRST = 0, /**< timeline (or table) order */
    CAPARTNER_ORDER_NEWEST_FIRST = 1  /**< the reverse */
} capartner_order;

/**
 * Makes a query with no filter.
 * @param kind what it walks
 * @param out the query, to free with capartner_query_free; NULL on failure
 * @retval CAPARTNER_OK made
 * @retval CAPARTNER_ERR_NULL_ARGUMENT out is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE kind is not a capartner_query_kind
 * @retval CAPARTNER_ERR_NO_MEMORY out of memory
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_new(capartner_query_kind kind,
                                                   capartner_query **out);
/**
 * Frees a query.
 * @param query the query; NULL is allowed and does nothing
 * @since 0.2.0
 */
CAPARTNER_API void capartner_query_free(capartner_query *query);
/**
 * Keeps the matches that concern a country (both kinds); each call adds an
 * alternative.
 * @param query the query
 * @param country the country
 * @retval CAPARTNER_OK added; the walk restarts
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query or country is NULL
 * @retval CAPARTNER_ERR_NO_MEMORY out of memory; the query is as it was, and usable
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_add_country(capartner_query *query,
                                                           const capartner_country *country);
/**
 * Keeps the matches that concern a body (both kinds); each call adds an
 * alternative.
 * @param query the query
 * @param body the body
 * @retval CAPARTNER_OK added; the walk restarts
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query or body is NULL
 * @retval CAPARTNER_ERR_NO_MEMORY out of memory; the query is as it was, and usable
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_add_body(capartner_query *query,
                                                        const capartner_body *body);
/**
 * Sets the direction of the walk (both kinds).
 * @param query the query
 * @param order oldest (table order) or newest first
 * @retval CAPARTNER_OK set
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE order is not a capartner_order
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_set_order(capartner_query *query,
                                                         capartner_order order);
/**
 * Whether the walk also returns the alternative statements (both kinds).
 * @param query the query
 * @param include nonzero to return them, 0 (the default) for the preferred only
 * @retval CAPARTNER_OK set
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query is NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_include_alternatives(capartner_query *query,
                                                                    int include);
/**
 * Keeps the events of an area, or the participations about it
 * (capartner_participation_area; a relation about the body as a whole is in
 * no area); each call adds an alternative.
 * @param query the query
 * @param area the area
 * @retval CAPARTNER_OK added; the walk restarts
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query or area is NULL
 * @retval CAPARTNER_ERR_NO_MEMORY out of memory; the query is as it was, and usable
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_add_area(capartner_query *query,
                                                        const capartner_area *area);
/**
 * Keeps the events of a kind (events only); each call adds an alternative.
 * @param query the query
 * @param kind the kind
 * @retval CAPARTNER_OK added; the walk restarts
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query is NULL
 * @retval CAPARTNER_ERR_INVALID_ARGUMENT the query walks participations
 * @retval CAPARTNER_ERR_OUT_OF_RANGE kind is not a capartner_event_kind
 * @retval CAPARTNER_ERR_NO_MEMORY out of memory; the query is as it was, and usable
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_add_kind(capartner_query *query,
                                                        capartner_event_kind kind);
/**
 * Keeps the events in a range of dates (events only). The range is
 * inclusive at both ends; either end may be an unknown date, which leaves
 * that end open. CERTAINLY matches an event whose date lies wholly in the
 * range ("after 2001-09-11" is not in 2013), POSSIBLY one whose date may
 * fall in it ("2013" matches 2013-06..2013-08).
 * @param query the query
 * @param from the first date (its earliest day counts)
 * @param to the last date (its latest day counts)
 * @param mode CAPARTNER_CERTAINLY or CAPARTNER_POSSIBLY
 * @retval CAPARTNER_OK set, replacing an earlier range; the walk restarts
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query is NULL
 * @retval CAPARTNER_ERR_INVALID_ARGUMENT the query walks participations, or
 *         the range is reversed
 * @retval CAPARTNER_ERR_OUT_OF_RANGE mode is not a capartner_certainty
 * @retval CAPARTNER_ERR_INVALID_DATE from or to is not a valid date
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_set_range(capartner_query *query,
                                                         capartner_date from, capartner_date to,
                                                         capartner_certainty mode);
/**
 * capartner_query_set_range with the dates as text ("2013", "2014-06").
 * @param query the query
 * @param from the first date; NULL or "" leaves the start open
 * @param to the last date; NULL or "" leaves the end open
 * @param mode CAPARTNER_CERTAINLY or CAPARTNER_POSSIBLY
 * @retval CAPARTNER_OK set; the walk restarts
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query is NULL
 * @retval CAPARTNER_ERR_INVALID_UTF8 a date text is not UTF-8
 * @retval CAPARTNER_ERR_INVALID_DATE a date text is not a date
 * @retval CAPARTNER_ERR_INVALID_ARGUMENT the query walks participations, or
 *         the range is reversed
 * @retval CAPARTNER_ERR_OUT_OF_RANGE mode is not a capartner_certainty
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_set_range_text(capartner_query *query,
                                                              const char *from, const char *to,
                                                              capartner_certainty mode);
/**
 * Keeps the participations of a role (participations only); each call adds
 * an alternative.
 * @param query the query
 * @param role the role
 * @retval CAPARTNER_OK added; the walk restarts
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query is NULL
 * @retval CAPARTNER_ERR_INVALID_ARGUMENT the query walks events
 * @retval CAPARTNER_ERR_OUT_OF_RANGE role is not a capartner_role
 * @retval CAPARTNER_ERR_NO_MEMORY out of memory; the query is as it was, and usable
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_add_role(capartner_query *query,
                                                        capartner_role role);
/**
 * Keeps the relations held on a date (participations only; see
 * capartner_participation_status_on): CERTAINLY those HELD, POSSIBLY those
 * HELD or UNKNOWN.
 * @param query the query
 * @param date a known date (its earliest day counts)
 * @param mode CAPARTNER_CERTAINLY or CAPARTNER_POSSIBLY
 * @retval CAPARTNER_OK set, replacing an earlier date; the walk restarts
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query is NULL
 * @retval CAPARTNER_ERR_INVALID_ARGUMENT the query walks events
 * @retval CAPARTNER_ERR_OUT_OF_RANGE mode is not a capartner_certainty
 * @retval CAPARTNER_ERR_INVALID_DATE date is invalid or unknown
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_set_as_of(capartner_query *query,
                                                         capartner_date date,
                                                         capartner_certainty mode);
/**
 * capartner_query_set_as_of with the date as text ("2014-06").
 * @param query the query
 * @param date the date's text
 * @param mode CAPARTNER_CERTAINLY or CAPARTNER_POSSIBLY
 * @retval CAPARTNER_OK set; the walk restarts
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query or date is NULL
 * @retval CAPARTNER_ERR_EMPTY_KEY date is ""
 * @retval CAPARTNER_ERR_INVALID_UTF8 date is not UTF-8
 * @retval CAPARTNER_ERR_INVALID_DATE date is not a known date
 * @retval CAPARTNER_ERR_INVALID_ARGUMENT the query walks events
 * @retval CAPARTNER_ERR_OUT_OF_RANGE mode is not a capartner_certainty
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_set_as_of_text(capartner_query *query,
                                                              const char *date,
                                                              capartner_certainty mode);
/**
 * Restarts the walk (changing a filter also restarts it).
 * @param query the query
 * @retval CAPARTNER_OK restarted
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query is NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_rewind(capartner_query *query);
/**
 * The next event of an events query's walk. Allocates nothing.
 * @param query the query
 * @return the next match; NULL at the end, and for a NULL or
 *         participations query
 * @since 0.2.0
 */
CAPARTNER_API const capartner_event *capartner_query_next_event(capartner_query *query);
/**
 * The next participation of a participations query's walk. Allocates nothing.
 * @param query the query
 * @return the next match; NULL at the end, and for a NULL or events query
 * @since 0.2.0
 */
CAPARTNER_API const capartner_participation *
capartner_query_next_participation(capartner_query *query);
/**
 * Whether the match the walk returned last is certain.
 * @param query the query
 * @return 1 when it is certain (no date filter, an event wholly in the
 *         range, a relation HELD on the as-of date); 0 when it is only
 *         possible (POSSIBLY mode), when there is none, or for NULL
 * @since 0.2.0
 */
CAPARTNER_API int capartner_query_is_certain(const capartner_query *query);
/**
 * Counts the matches without moving the walk.
 * @param query the query
 * @param out the number of matches (0 on failure)
 * @retval CAPARTNER_OK counted
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query or out is NULL
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_count(capartner_query *query, size_t *out);

/**
 * Takes the next matches in one call, as record indexes.
 *
 * Moves the walk as far as `capacity` calls of capartner_query_next_event
 * (or capartner_query_next_participation) would, and writes the index of
 * each match in order: an event's position in the timeline
 * (capartner_event_at), a participation's index (capartner_participation_at).
 * A whole walk is then one call per `capacity` matches instead of one per
 * match, and a binding crosses into C once per batch. Allocates nothing.
 * Entries of `indexes` past `*count` may be overwritten.
 * capartner_query_is_certain then tells about the last index written.
 * @param query the query (either kind)
 * @param indexes room for `capacity` indexes; NULL only when capacity is 0
 * @param capacity how many indexes to write at most
 * @param count set to how many were written: fewer than `capacity` only at
 *        the end of the walk, 0 when the walk is over (0 on failure)
 * @retval CAPARTNER_OK the next matches written (none at the end)
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query or count is NULL, or indexes is
 *         NULL with a capacity above 0; the walk has not moved
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_next_indexes(capartner_query *query, size_t *indexes,
                                                            size_t capacity, size_t *count);
/**
 * Empties a query for reuse: no filters, oldest first, preferred statements
 * only, the walk at its start, of the kind given.
 *
 * The query keeps the memory its filters took, so a loop that resets one
 * query and adds no more values per filter than it held before allocates
 * nothing (the test perf-alloc runs such a loop over every kind of filter).
 * @param query the query to empty
 * @param kind CAPARTNER_QUERY_EVENTS or CAPARTNER_QUERY_PARTICIPATIONS
 * @retval CAPARTNER_OK emptied, of that kind
 * @retval CAPARTNER_ERR_NULL_ARGUMENT query is NULL
 * @retval CAPARTNER_ERR_OUT_OF_RANGE kind is neither; the query is unchanged
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_query_reset(capartner_query *query,
                                                     capartner_query_kind kind);

/** @} */

/* ----------------------------------------------------------- suggestions */

/**
 * @defgroup capartner_suggestions Suggestions
 * The records nearest to a key that found nothing ("did you mean
 * Kyrgyzstan?").
 * @{
 */

/** Which table a suggestion's record is in. @since 0.2.0 */
typedef enum capartner_record_type {
    CAPARTNER_RECORD_COUNTRY = 0, /**< capartner_country_at */
    CAPARTNER_RECORD_BODY = 1,    /**< capartner_body_at */
    CAPARTNER_RECORD_PLACE = 2,   /**< capartner_place_at */
    CAPARTNER_RECORD_AREA = 3     /**< capartner_area_at */
} capartner_record_type;

/** @brief A record whose key is close to one that found nothing. @since 0.2.0 */
typedef struct capartner_suggestion {
    capartner_record_type type; /**< the table: capartner_country_at(index, ...) etc. */
    size_t index;               /**< the record's index in it */
    const char *key;            /**< its closest key as the data spells it (static) */
    unsigned distance;          /**< edits between the folded keys (see capartner_suggest) */
} capartner_suggestion;

/**
 * The countries, bodies, places and areas whose keys (ids, codes, acronyms,
 * names and aliases in every language) are nearest to a key, compared
 * folded as the finds compare them: edit distance (insertions, deletions,
 * substitutions, swaps of neighbours) of at most 1 for a key of up to 3
 * letters, 2 up to 6, 3 beyond; a key beginning with what was typed (3
 * letters or more) counts as that largest distance. Each record appears
 * once, at its closest key; best first (by distance, then type, then
 * index). Allocates nothing.
 * @param key what was typed
 * @param out the caller's array of at least capacity suggestions
 * @param capacity how many to write at most
 * @param count how many were written (0 when nothing is close)
 * @retval CAPARTNER_OK written
 * @retval CAPARTNER_ERR_NULL_ARGUMENT key or count is NULL, or out is NULL
 *         with capacity > 0
 * @retval CAPARTNER_ERR_EMPTY_KEY key is "" or spaces only
 * @retval CAPARTNER_ERR_KEY_TOO_LONG key is longer than CAPARTNER_MAX_KEY_BYTES
 * @retval CAPARTNER_ERR_INVALID_UTF8 key is not UTF-8
 * @since 0.2.0
 */
CAPARTNER_API capartner_status capartner_suggest(const char *key, capartner_suggestion *out,
                                                 size_t capacity, size_t *count);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* CAPARTNER_H */
