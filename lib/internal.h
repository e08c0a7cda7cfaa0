/*
 * Private to the library and the data compiler (tools/gen).
 *
 * The record structs below are the layout of the tables that tools/gen
 * writes into <build>/generated/capartner_data.c. They hold only integers:
 * strings are offsets into one pool and references are table indexes, so the
 * tables need no load-time relocation.
 */
#ifndef CAPARTNER_INTERNAL_H
#define CAPARTNER_INTERNAL_H

#include "capartner.h"
#include "utf8.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A missing reference (no parent, no place, no section, not an alternative). */
#define CAPARTNER_NONE UINT32_MAX

/* Offsets into capartner_data_pool; offset 0 is "". */
typedef uint32_t capartner_text;

struct capartner_citation {
    uint32_t source;    /* index into sources */
    uint32_t section;   /* index into sections or CAPARTNER_NONE */
    uint32_t paragraph; /* 1-based, 0 when none */
};

struct capartner_source {
    capartner_text id, title, publisher, url, note;
    capartner_date published;
    capartner_date content_date; /* the compiler fills in `published` when not given */
    uint32_t kind;               /* capartner_source_kind */
};

struct capartner_section {
    capartner_text id, title;
    uint32_t source;
    uint32_t ordinal;
};

/* Names are grouped by owner: a country's names are names[first, first+count). */
struct capartner_name {
    capartner_text text;
    capartner_text language;
    uint32_t kind; /* capartner_name_kind */
    uint32_t preferred;
    capartner_date valid_from, valid_to;
    uint32_t citation;
};

struct capartner_country {
    capartner_text id, alpha2, alpha3, name, note, cow_abbreviation;
    uint32_t numeric, cow_code, partner;
    uint32_t capital; /* place index or CAPARTNER_NONE */
    uint32_t name_first, name_count;
    uint32_t citation;
    /* the sources of the codes and capital, and of the COW code (source
     * indexes; cow_source is CAPARTNER_NONE when no COW code is given) */
    uint32_t codes_source, cow_source;
};

struct capartner_body {
    capartner_text id, acronym, name, summary;
    uint32_t kind; /* capartner_body_kind */
    uint32_t parent, place;
    capartner_date started, ended;
    uint32_t name_first, name_count;
    uint32_t citation;
};

struct capartner_place {
    capartner_text id, name;
    uint32_t kind; /* capartner_place_kind */
    uint32_t country;
    uint32_t name_first, name_count;
    uint32_t citation;
};

struct capartner_area {
    capartner_text id, name, summary;
    uint32_t citation;
};

struct capartner_participation {
    capartner_text id, summary;
    uint32_t country, body;
    uint32_t role; /* capartner_role */
    uint32_t area; /* area index or CAPARTNER_NONE */
    capartner_date started, ended, reported;
    capartner_text started_text, ended_text, reported_text; /* the dates' text forms */
    uint32_t alternative_of;
    uint32_t citation;
};

/* The open ends of day intervals: the earliest day of a date with no known
 * start, the latest of one with no known end. */
enum { CAPARTNER_OPEN_EARLIEST = 0, CAPARTNER_OPEN_LATEST = 99991231 };

/* The days a participation certainly held and the days it possibly held, as
 * inclusive yyyymmdd intervals; a span is empty when first > last. Open ends
 * are CAPARTNER_OPEN_EARLIEST and _LATEST (as capartner_date_bounds). certain is within possible
 * (the data compiler checks it). */
struct capartner_span {
    int32_t certain_first, certain_last;
    int32_t possible_first, possible_last;
};

/* Events are stored in timeline order; an event's index is its position. */
struct capartner_event {
    capartner_text id, summary, date_text;
    capartner_date date;
    int32_t earliest, latest; /* capartner_date_bounds of date */
    uint32_t kind;            /* capartner_event_kind */
    uint32_t place;
    uint32_t country_first, country_count; /* into capartner_data_event_countries */
    uint32_t body_first, body_count;       /* into capartner_data_event_bodies */
    uint32_t area_first, area_count;       /* into capartner_data_event_areas */
    uint32_t alternative_of;
    uint32_t citation;
};

/* One slot of an open-addressing hash index of case-folded keys. A key of
 * at most CAPARTNER_INLINE_KEY_BYTES bytes (codes, acronyms, short ids) is
 * in the slot itself, so that finding it reads nothing else; a longer one
 * is in the pool. */
struct capartner_key_slot {
    uint32_t hash;   /* capartner_key_hash of the folded key */
    uint32_t record; /* record index, CAPARTNER_NONE for an empty slot */
    /* a short key: capartner_inline_key of it, whose low byte (the key's
     * first) is never 0; a long key: its pool offset << 8, low byte 0 */
    uint64_t key;
};
#define CAPARTNER_INLINE_KEY_BYTES 8

/* A hash index: slot_count is a power of two, at most half full
 * (tools/gen/index.c, index_slot_count). */
struct capartner_key_index {
    const struct capartner_key_slot *slots;
    uint32_t slot_count;
};

/* An alpha-3 code packed as (c1 << 16 | c2 << 8 | c3), upper case. */
struct capartner_alpha3_entry {
    uint32_t code;
    uint32_t country;
};

/* ------------------------------------------------------ generated tables */

extern const char capartner_data_pool[];
extern const char capartner_data_as_of_text[];
extern const char capartner_data_digest_text[];

extern const struct capartner_citation capartner_data_citations[];
extern const struct capartner_source capartner_data_sources[];
extern const struct capartner_section capartner_data_sections[];
extern const struct capartner_name capartner_data_names[];
extern const struct capartner_country capartner_data_countries[];
extern const struct capartner_body capartner_data_bodies[];
extern const struct capartner_place capartner_data_places[];
extern const struct capartner_area capartner_data_areas[];
extern const struct capartner_participation capartner_data_participations[];
extern const struct capartner_event capartner_data_events[];

extern const uint32_t capartner_data_citation_count, capartner_data_source_count,
    capartner_data_section_count, capartner_data_name_count, capartner_data_country_count,
    capartner_data_body_count, capartner_data_place_count, capartner_data_area_count,
    capartner_data_participation_count, capartner_data_event_count;

/* Event link lists: each event's countries, bodies and areas (record indexes). */
extern const uint32_t capartner_data_event_countries[];
extern const uint32_t capartner_data_event_bodies[];
extern const uint32_t capartner_data_event_areas[];

/* Inverted lists in CSR form: the events of country c are
 * capartner_data_country_events[first[c] .. first[c+1]), ascending. */
extern const uint32_t capartner_data_country_events_first[]; /* country_count + 1 */
extern const uint32_t capartner_data_country_events[];
extern const uint32_t capartner_data_body_events_first[]; /* body_count + 1 */
extern const uint32_t capartner_data_body_events[];
extern const uint32_t capartner_data_area_events_first[]; /* area_count + 1 */
extern const uint32_t capartner_data_area_events[];
extern const uint32_t capartner_data_kind_events_first[]; /* CAPARTNER_EVENT_KIND_COUNT + 1 */
extern const uint32_t capartner_data_kind_events[];
extern const uint32_t capartner_data_country_participations_first[]; /* country_count + 1 */
extern const uint32_t capartner_data_country_participations[];
extern const uint32_t capartner_data_body_participations_first[]; /* body_count + 1 */
extern const uint32_t capartner_data_body_participations[];

/* Bit i of word i / 32 is set when record i is an alternative (alternative_of
 * is not CAPARTNER_NONE): events by timeline position, participations by
 * index. (count / 32 + 1 words.) */
extern const uint32_t capartner_data_event_alternatives[];
extern const uint32_t capartner_data_participation_alternatives[];
/* capartner_span_of each participation, in table order. */
extern const int32_t capartner_data_participation_span_days[]; /* 4 a participation */

/* The spans of participation `index`. */
static inline struct capartner_span capartner_participation_spans_at(uint32_t index) {
    const int32_t *days = capartner_data_participation_span_days + 4 * (size_t)index;
    struct capartner_span span = {days[0], days[1], days[2], days[3]};
    return span;
}

/* The positions of the preferred records, ascending (events by timeline
 * position, participations by index): a walk without alternatives steps
 * through these instead of testing each record's bit. */
extern const uint32_t capartner_data_event_preferred[], capartner_data_event_preferred_count;
extern const uint32_t capartner_data_participation_preferred[],
    capartner_data_participation_preferred_count;

/* Running maximum of events[0..i].latest, leaving out the open-ended events
 * (latest CAPARTNER_OPEN_LATEST): lets a date-range walk that takes
 * overlapping events find its first candidate by binary search. The
 * open-ended events are listed apart, by timeline position. */
extern const int32_t capartner_data_event_latest_prefix_max[];
extern const uint32_t capartner_data_event_open_ended[], capartner_data_event_open_ended_count;

/* Direct code tables: value is country index + 1, 0 when unassigned. */
extern const uint32_t capartner_data_country_by_alpha2[26 * 26];
extern const uint32_t capartner_data_country_by_numeric[1000];
/* Sorted by code. */
extern const struct capartner_alpha3_entry capartner_data_country_by_alpha3[];

/* Hash indexes of folded keys. Countries: id, codes, every name. Bodies: id,
 * acronym, name, every name. Places: id, name, every name. Areas: id, name.
 * The rest: id. */
extern const struct capartner_key_index capartner_data_country_keys, capartner_data_body_keys,
    capartner_data_place_keys, capartner_data_area_keys, capartner_data_source_keys,
    capartner_data_section_keys, capartner_data_participation_keys, capartner_data_event_keys;

/* ------------------------------------ helpers shared with the data compiler */

/* Date helpers. The interval of a date as yyyymmdd integers. */
void capartner_date_interval(capartner_date date, int32_t *earliest, int32_t *latest);
bool capartner_date_valid(capartner_date date);

/* The day before a yyyymmdd day, across month and year ends. */
int32_t capartner_day_before(int32_t day);

/* What a participation's spans follow from (lib/span.c, docs/data-model.md):
 * its stated start and end and its body's start and end. */
struct capartner_span_input {
    capartner_date started, ended, body_started, body_ended;
};

/* The spans the input's dates alone give; then each evidence of the
 * relation widens the certain span (capartner_span_add_evidence). */
void capartner_span_of(const struct capartner_span_input *in, struct capartner_span *out);
/* The date a record reports its relation holding: `reported`, else the cited
 * source's date (its content date, else its publication date); unknown when
 * that names no period ("before X", "after X") or is not before the record's
 * own end (a history, not a status). */
capartner_date capartner_record_evidence(capartner_date reported, capartner_date source_date,
                                         capartner_date record_ended);
/* Makes the days of one evidence of the relation certain (from the relation's
 * earliest possible start), and with no end stated the days up to it: the
 * certain span runs from the oldest evidence to the newest. Evidence over
 * before the possible start or not before the earliest end is ignored. Call it
 * for the evidence of every record stating the relation (the preferred record
 * and its alternatives). */
void capartner_span_add_evidence(const struct capartner_span_input *in, capartner_date evidence,
                                 struct capartner_span *span);
/* held on the day when certain, not held outside the possible span, unknown
 * between (inline: an "as of" walk asks it of every candidate) */
static inline capartner_holding capartner_span_status(const struct capartner_span *span,
                                                      int32_t day) {
    if (span->certain_first <= day && day <= span->certain_last)
        return CAPARTNER_HOLDING_HELD;
    if (day < span->possible_first || day > span->possible_last)
        return CAPARTNER_HOLDING_NOT_HELD;
    return CAPARTNER_HOLDING_UNKNOWN;
}

/* Looks a folded key up: record index or CAPARTNER_NONE. A key of at most
 * CAPARTNER_INLINE_KEY_BYTES bytes must be followed by zeros up to that many
 * bytes (its NUL and more). */
uint32_t capartner_key_lookup(const struct capartner_key_index *index, const char *folded,
                              size_t length);

/* Pool text by offset. */
static inline const char *capartner_text_at(capartner_text offset) {
    return capartner_data_pool + offset;
}

#endif /* CAPARTNER_INTERNAL_H */
