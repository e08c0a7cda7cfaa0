/* Areas of cooperation. */
#include "lookup.h"

CAPARTNER_DEFINE_TABLE(area, capartner_data_areas, capartner_data_area_count,
                       capartner_data_area_keys)
CAPARTNER_DEFINE_INDEX(area, capartner_data_areas)

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
