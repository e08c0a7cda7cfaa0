/* Enum spellings: the same words the data files use (data/README.md). */
#include "internal.h"

#include <string.h>

static const char *const body_kind_names[CAPARTNER_BODY_KIND_COUNT] = {
    "organization", "council",     "command",  "programme", "mechanism",   "project", "operation",
    "centre",       "unit",        "exercise", "office",    "process",     "plan",    "route",
    "document",     "institution", "concept",  "treaty",    "headquarters"};

static const char *const role_names[CAPARTNER_ROLE_COUNT] = {"member",
                                                             "participant",
                                                             "on_hold",
                                                             "interest_expressed",
                                                             "requested",
                                                             "host",
                                                             "lead_nation",
                                                             "lead_contributor",
                                                             "contributor",
                                                             "represented",
                                                             "beneficiary",
                                                             "transit_provider",
                                                             "supporter",
                                                             "owner",
                                                             "diplomatic_mission",
                                                             "military_representative",
                                                             "encouraged",
                                                             "promoter",
                                                             "cooperating",
                                                             "in_talks"};

static const char *const event_kind_names[CAPARTNER_EVENT_KIND_COUNT] = {
    "establishment", "accession",  "agreement", "summit",      "request", "exercise",
    "training",      "assistance", "opening",   "closing",     "crisis",  "recognition",
    "operation",     "renaming",   "milestone", "ministerial", "visit",   "conference"};

static const char *const name_kind_names[CAPARTNER_NAME_KIND_COUNT] = {"short", "official",
                                                                       "acronym", "alias"};

static const char *const source_kind_names[CAPARTNER_SOURCE_KIND_COUNT] = {
    "primary", "official", "secondary", "reference"};

static const char *const place_kind_names[CAPARTNER_PLACE_KIND_COUNT] = {"city", "river", "region"};

static const char *const precision_names[] = {"unknown", "year", "month", "day"};

static const char *const qualifier_names[] = {"none",  "early",  "mid",  "late",
                                              "circa", "before", "after"};

static const char *const holding_names[CAPARTNER_HOLDING_COUNT] = {"unknown", "held", "not_held"};

static const char *const certainty_names[CAPARTNER_CERTAINTY_COUNT] = {"certainly", "possibly"};

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

/* What every capartner_TYPE_parse does: *found is the value text names
 * (0 when it names none); the status says why not. */
static capartner_status parse_enum(const char *const *names, size_t count, const char *text,
                                   bool has_out, int *found) {
    *found = 0;
    if (text == NULL || !has_out)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (text[0] == '\0')
        return CAPARTNER_ERR_EMPTY_KEY;
    int value = parse_in(names, count, text);
    if (value < 0)
        return capartner_utf8_valid(text) ? CAPARTNER_ERR_NOT_FOUND : CAPARTNER_ERR_INVALID_UTF8;
    *found = value;
    return CAPARTNER_OK;
}

const char *capartner_body_kind_name(capartner_body_kind kind) {
    return name_in(body_kind_names, COUNT_OF(body_kind_names), (int)kind);
}

capartner_status capartner_body_kind_parse(const char *text, capartner_body_kind *out) {
    int found;
    capartner_status status =
        parse_enum(body_kind_names, COUNT_OF(body_kind_names), text, out != NULL, &found);
    if (out != NULL)
        *out = (capartner_body_kind)found;
    return status;
}

const char *capartner_role_name(capartner_role role) {
    return name_in(role_names, COUNT_OF(role_names), (int)role);
}

capartner_status capartner_role_parse(const char *text, capartner_role *out) {
    int found;
    capartner_status status =
        parse_enum(role_names, COUNT_OF(role_names), text, out != NULL, &found);
    if (out != NULL)
        *out = (capartner_role)found;
    return status;
}

const char *capartner_event_kind_name(capartner_event_kind kind) {
    return name_in(event_kind_names, COUNT_OF(event_kind_names), (int)kind);
}

capartner_status capartner_event_kind_parse(const char *text, capartner_event_kind *out) {
    int found;
    capartner_status status =
        parse_enum(event_kind_names, COUNT_OF(event_kind_names), text, out != NULL, &found);
    if (out != NULL)
        *out = (capartner_event_kind)found;
    return status;
}

const char *capartner_name_kind_name(capartner_name_kind kind) {
    return name_in(name_kind_names, COUNT_OF(name_kind_names), (int)kind);
}

const char *capartner_source_kind_name(capartner_source_kind kind) {
    return name_in(source_kind_names, COUNT_OF(source_kind_names), (int)kind);
}

const char *capartner_place_kind_name(capartner_place_kind kind) {
    return name_in(place_kind_names, COUNT_OF(place_kind_names), (int)kind);
}

const char *capartner_precision_name(capartner_precision precision) {
    return name_in(precision_names, COUNT_OF(precision_names), (int)precision);
}

const char *capartner_qualifier_name(capartner_qualifier qualifier) {
    return name_in(qualifier_names, COUNT_OF(qualifier_names), (int)qualifier);
}

const char *capartner_holding_name(capartner_holding holding) {
    return name_in(holding_names, COUNT_OF(holding_names), (int)holding);
}

const char *capartner_certainty_name(capartner_certainty certainty) {
    return name_in(certainty_names, COUNT_OF(certainty_names), (int)certainty);
}
