/* Events of the timeline and their links to countries, bodies and areas. */
#include "lookup.h"

size_t capartner_event_count(void) {
    return capartner_data_event_count;
}

capartner_status capartner_event_at(size_t index, const capartner_event **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_at(index, capartner_data_event_count, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_events, record);
    return status;
}

capartner_status capartner_event_find(const char *key, const capartner_event **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_find(&capartner_data_event_keys, key, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_events, record);
    return status;
}

size_t capartner_event_index(const capartner_event *event) {
    return event == NULL ? (size_t)-1 : (size_t)(event - capartner_data_events);
}

const char *capartner_event_id(const capartner_event *event) {
    return event == NULL ? "" : capartner_text_at(event->id);
}

capartner_date capartner_event_date(const capartner_event *event) {
    return event == NULL ? capartner_unknown_date : event->date;
}

const char *capartner_event_date_text(const capartner_event *event) {
    return event == NULL ? "" : capartner_text_at(event->date_text);
}

capartner_event_kind capartner_event_kind_of(const capartner_event *event) {
    return event == NULL ? CAPARTNER_EVENT_ESTABLISHMENT : (capartner_event_kind)event->kind;
}

const char *capartner_event_summary(const capartner_event *event) {
    return event == NULL ? "" : capartner_text_at(event->summary);
}

const capartner_place *capartner_event_place(const capartner_event *event) {
    return event == NULL ? NULL : CAPARTNER_RECORD_OR_NULL(capartner_data_places, event->place);
}

/* The index-th entry of an event's link list, as a record of `records`. */
#define LINK_AT(event, index, out, first, count, links, records)                                   \
    do {                                                                                           \
        if ((out) == NULL)                                                                         \
            return CAPARTNER_ERR_NULL_ARGUMENT;                                                    \
        *(out) = NULL;                                                                             \
        if ((event) == NULL)                                                                       \
            return CAPARTNER_ERR_NULL_ARGUMENT;                                                    \
        if ((index) >= (event)->count)                                                             \
            return CAPARTNER_ERR_OUT_OF_RANGE;                                                     \
        *(out) = &(records)[(links)[(event)->first + (index)]];                                    \
        return CAPARTNER_OK;                                                                       \
    } while (0)

size_t capartner_event_country_count(const capartner_event *event) {
    return event == NULL ? 0 : event->country_count;
}

capartner_status capartner_event_country_at(const capartner_event *event, size_t index,
                                            const capartner_country **out) {
    LINK_AT(event, index, out, country_first, country_count, capartner_data_event_countries,
            capartner_data_countries);
}

size_t capartner_event_body_count(const capartner_event *event) {
    return event == NULL ? 0 : event->body_count;
}

capartner_status capartner_event_body_at(const capartner_event *event, size_t index,
                                         const capartner_body **out) {
    LINK_AT(event, index, out, body_first, body_count, capartner_data_event_bodies,
            capartner_data_bodies);
}

size_t capartner_event_area_count(const capartner_event *event) {
    return event == NULL ? 0 : event->area_count;
}

capartner_status capartner_event_area_at(const capartner_event *event, size_t index,
                                         const capartner_area **out) {
    LINK_AT(event, index, out, area_first, area_count, capartner_data_event_areas,
            capartner_data_areas);
}

int capartner_event_is_preferred(const capartner_event *event) {
    return event != NULL && event->alternative_of == CAPARTNER_NONE;
}

const capartner_event *capartner_event_alternative_of(const capartner_event *event) {
    return event == NULL ? NULL
                         : CAPARTNER_RECORD_OR_NULL(capartner_data_events, event->alternative_of);
}

const capartner_citation *capartner_event_citation(const capartner_event *event) {
    return event == NULL ? NULL : &capartner_data_citations[event->citation];
}
