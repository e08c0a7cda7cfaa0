/* NATO bodies, programmes, mechanisms, operations, centres and the like. */
#include "names.h"

size_t capartner_body_count(void) {
    return capartner_data_body_count;
}

capartner_status capartner_body_at(size_t index, const capartner_body **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_at(index, capartner_data_body_count, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_bodies, record);
    return status;
}

capartner_status capartner_body_find(const char *key, const capartner_body **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_find(&capartner_data_body_keys, key, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_bodies, record);
    return status;
}

size_t capartner_body_index(const capartner_body *body) {
    return body == NULL ? (size_t)-1 : (size_t)(body - capartner_data_bodies);
}

const char *capartner_body_id(const capartner_body *body) {
    return body == NULL ? "" : capartner_text_at(body->id);
}

capartner_body_kind capartner_body_kind_of(const capartner_body *body) {
    return body == NULL ? CAPARTNER_BODY_ORGANIZATION : (capartner_body_kind)body->kind;
}

const char *capartner_body_acronym(const capartner_body *body) {
    return body == NULL ? "" : capartner_text_at(body->acronym);
}

const char *capartner_body_name(const capartner_body *body) {
    return body == NULL ? "" : capartner_text_at(body->name);
}

const char *capartner_body_summary(const capartner_body *body) {
    return body == NULL ? "" : capartner_text_at(body->summary);
}

const capartner_body *capartner_body_parent(const capartner_body *body) {
    return body == NULL ? NULL : CAPARTNER_RECORD_OR_NULL(capartner_data_bodies, body->parent);
}

capartner_date capartner_body_started(const capartner_body *body) {
    return body == NULL ? capartner_unknown_date : body->started;
}

capartner_date capartner_body_ended(const capartner_body *body) {
    return body == NULL ? capartner_unknown_date : body->ended;
}

const capartner_place *capartner_body_place(const capartner_body *body) {
    return body == NULL ? NULL : CAPARTNER_RECORD_OR_NULL(capartner_data_places, body->place);
}

size_t capartner_body_name_count(const capartner_body *body) {
    return body == NULL ? 0 : body->name_count;
}

capartner_status capartner_body_name_at(const capartner_body *body, size_t index,
                                        const capartner_name **out) {
    if (body == NULL) {
        if (out != NULL)
            *out = NULL;
        return CAPARTNER_ERR_NULL_ARGUMENT;
    }
    return capartner_name_slice_at(body->name_first, body->name_count, index, out);
}

const capartner_citation *capartner_body_citation(const capartner_body *body) {
    return body == NULL ? NULL : &capartner_data_citations[body->citation];
}
