/* Enum spellings: the same words the data files use (data/README.md). */
#include "internal.h"

#include <string.h>

static const char *const body_kind_names[CAPARTNER_BODY_KIND_COUNT] = {
    "organization", "council", "command",  "programme",   "mechanism", "project",
    "operation",    "centre",  "unit",     "exercise",    "office",    "process",
    "plan",         "route",   "document", "institution", "concept",   "treaty"};

static const char *const role_names[CAPARTNER_ROLE_COUNT] = {
    "member",      "participant", "on_hold",     "interest_expressed",
    "requested",   "host",        "lead_nation", "lead_contributor",
    "contributor", "represented", "beneficiary", "transit_provider",
    "supporter",   "owner"};

static const char *const event_kind_names[CAPARTNER_EVENT_KIND_COUNT] = {
    "establishment", "accession",   "agreement",  "summit",   "request",
    "exercise",      "training",    "assistance", "opening",  "closing",
    "crisis",        "recognition", "operation",  "renaming", "milestone"};

static const char *const name_kind_names[CAPARTNER_NAME_KIND_COUNT] = {"short", "official",
                                                                       "acronym", "alias"};

static const char *const source_kind_names[CAPARTNER_SOURCE_KIND_COUNT] = {
    "primary", "official", "secondary", "reference"};

static const char *const place_kind_names[CAPARTNER_PLACE_KIND_COUNT] = {"city", "river", "region"};

static const char *const precision_names[] = {"unknown", "year", "month", "day"};

static const char *const qualifier_names[] = {"none",  "early",  "mid",  "late",
                                              "circa", "before", "after"};

#define COUNT_OF(array) (sizeof(array) / sizeof((array)[0]))

static const char *name_in(const char *const *names, size_t count, int value) {
    return value >= 0 && (size_t)value < count ? names[value] : "";
}

/* Index of text in names, or -1. */
static int parse_in(const char *const *names, size_t count, const char *text) {
    for (size_t i = 0; i < count; i++)
        if (strcmp(names[i], text) == 0)
            return (int)i;
    return -1;
}

#define DEFINE_ENUM_NAME(function, type, table)                                                    \
    const char *function(type value) {                                                             \
        return name_in(table, COUNT_OF(table), (int)value);                                        \
    }

#define DEFINE_ENUM_PARSE(function, type, table)                                                   \
    capartner_status function(const char *text, type *out) {                                       \
        if (out != NULL)                                                                           \
            *out = (type)0;                                                                        \
        if (text == NULL || out == NULL)                                                           \
            return CAPARTNER_ERR_NULL_ARGUMENT;                                                    \
        if (text[0] == '\0')                                                                       \
            return CAPARTNER_ERR_EMPTY_KEY;                                                        \
        int found = parse_in(table, COUNT_OF(table), text);                                        \
        if (found < 0)                                                                             \
            return capartner_utf8_valid(text) ? CAPARTNER_ERR_NOT_FOUND                            \
                                              : CAPARTNER_ERR_INVALID_UTF8;                        \
        *out = (type)found;                                                                        \
        return CAPARTNER_OK;                                                                       \
    }

DEFINE_ENUM_NAME(capartner_body_kind_name, capartner_body_kind, body_kind_names)
DEFINE_ENUM_PARSE(capartner_body_kind_parse, capartner_body_kind, body_kind_names)
DEFINE_ENUM_NAME(capartner_role_name, capartner_role, role_names)
DEFINE_ENUM_PARSE(capartner_role_parse, capartner_role, role_names)
DEFINE_ENUM_NAME(capartner_event_kind_name, capartner_event_kind, event_kind_names)
DEFINE_ENUM_PARSE(capartner_event_kind_parse, capartner_event_kind, event_kind_names)
DEFINE_ENUM_NAME(capartner_name_kind_name, capartner_name_kind, name_kind_names)
DEFINE_ENUM_NAME(capartner_source_kind_name, capartner_source_kind, source_kind_names)
DEFINE_ENUM_NAME(capartner_place_kind_name, capartner_place_kind, place_kind_names)
DEFINE_ENUM_NAME(capartner_precision_name, capartner_precision, precision_names)
DEFINE_ENUM_NAME(capartner_qualifier_name, capartner_qualifier, qualifier_names)
