/* Areas of cooperation. */
#include "lookup.h"

size_t capartner_area_count(void) {
    return capartner_data_area_count;
}

capartner_status capartner_area_at(size_t index, const capartner_area **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_at(index, capartner_data_area_count, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_areas, record);
    return status;
}

capartner_status capartner_area_find(const char *key, const capartner_area **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_find(&capartner_data_area_keys, key, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_areas, record);
    return status;
}

size_t capartner_area_index(const capartner_area *area) {
    return area == NULL ? (size_t)-1 : (size_t)(area - capartner_data_areas);
}

const char *capartner_area_id(const capartner_area *area) {
    return area == NULL ? "" : capartner_text_at(area->id);
}

const char *capartner_area_name(const capartner_area *area) {
    return area == NULL ? "" : capartner_text_at(area->name);
}

const char *capartner_area_summary(const capartner_area *area) {
    return area == NULL ? "" : capartner_text_at(area->summary);
}

const capartner_citation *capartner_area_citation(const capartner_area *area) {
    return area == NULL ? NULL : &capartner_data_citations[area->citation];
}
