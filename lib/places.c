/* Places (cities, rivers, regions) and the names they had over time. */
#include "names.h"

#include <string.h>

size_t capartner_place_count(void) {
    return capartner_data_place_count;
}

capartner_status capartner_place_at(size_t index, const capartner_place **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_at(index, capartner_data_place_count, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_places, record);
    return status;
}

capartner_status capartner_place_find(const char *key, const capartner_place **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_find(&capartner_data_place_keys, key, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_places, record);
    return status;
}

size_t capartner_place_index(const capartner_place *place) {
    return place == NULL ? (size_t)-1 : (size_t)(place - capartner_data_places);
}

const char *capartner_place_id(const capartner_place *place) {
    return place == NULL ? "" : capartner_text_at(place->id);
}

const char *capartner_place_name(const capartner_place *place) {
    return place == NULL ? "" : capartner_text_at(place->name);
}

capartner_place_kind capartner_place_kind_of(const capartner_place *place) {
    return place == NULL ? CAPARTNER_PLACE_CITY : (capartner_place_kind)place->kind;
}

const capartner_country *capartner_place_country(const capartner_place *place) {
    return place == NULL ? NULL
                         : CAPARTNER_RECORD_OR_NULL(capartner_data_countries, place->country);
}

size_t capartner_place_name_count(const capartner_place *place) {
    return place == NULL ? 0 : place->name_count;
}

capartner_status capartner_place_name_at(const capartner_place *place, size_t index,
                                         const capartner_name **out) {
    if (place == NULL) {
        if (out != NULL)
            *out = NULL;
        return CAPARTNER_ERR_NULL_ARGUMENT;
    }
    return capartner_name_slice_at(place->name_first, place->name_count, index, out);
}

/* Among the English names in use on the date, a preferred one wins. */
capartner_status capartner_place_name_on(const capartner_place *place, capartner_date date,
                                         const capartner_name **out) {
    if (out == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    *out = NULL;
    if (place == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (!capartner_date_valid(date) || date.precision == CAPARTNER_PRECISION_UNKNOWN)
        return CAPARTNER_ERR_INVALID_DATE;
    for (uint32_t i = 0; i < place->name_count; i++) {
        const struct capartner_name *name = &capartner_data_names[place->name_first + i];
        if (strcmp(capartner_text_at(name->language), "en") != 0 ||
            !capartner_name_valid_on(name, date))
            continue;
        if (*out == NULL || (name->preferred && !(*out)->preferred))
            *out = name;
    }
    return *out == NULL ? CAPARTNER_ERR_NOT_FOUND : CAPARTNER_OK;
}

const capartner_citation *capartner_place_citation(const capartner_place *place) {
    return place == NULL ? NULL : &capartner_data_citations[place->citation];
}
