/* NATO bodies, programmes, mechanisms, operations, centres and the like. */
#include "names.h"

CAPARTNER_DEFINE_TABLE(body, capartner_data_bodies, capartner_data_body_count,
                       capartner_data_body_keys)
CAPARTNER_DEFINE_INDEX(body, capartner_data_bodies)

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
