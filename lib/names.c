/* Names and aliases of countries, bodies and places. */
#include "names.h"

#include <string.h>

const char *capartner_name_text(const capartner_name *name) {
    return name == NULL ? "" : capartner_text_at(name->text);
}

const char *capartner_name_language(const capartner_name *name) {
    return name == NULL ? "" : capartner_text_at(name->language);
}

capartner_name_kind capartner_name_kind_of(const capartner_name *name) {
    return name == NULL ? CAPARTNER_NAME_SHORT : (capartner_name_kind)name->kind;
}

int capartner_name_is_preferred(const capartner_name *name) {
    return name != NULL && name->preferred != 0;
}

capartner_date capartner_name_valid_from(const capartner_name *name) {
    return name == NULL ? capartner_unknown_date : name->valid_from;
}

capartner_date capartner_name_valid_to(const capartner_name *name) {
    return name == NULL ? capartner_unknown_date : name->valid_to;
}

/* A name is in use from the first day of valid_from up to, not including,
 * the first day of valid_to: a renaming day belongs to the new name. */
int capartner_name_valid_on(const capartner_name *name, capartner_date date) {
    if (name == NULL || !capartner_date_valid(date) ||
        date.precision == CAPARTNER_PRECISION_UNKNOWN)
        return 0;
    int32_t day, unused;
    capartner_date_interval(date, &day, &unused);
    int32_t from = 0, to = 0;
    if (name->valid_from.precision != CAPARTNER_PRECISION_UNKNOWN) {
        capartner_date_interval(name->valid_from, &from, &unused);
        if (day < from)
            return 0;
    }
    if (name->valid_to.precision != CAPARTNER_PRECISION_UNKNOWN) {
        capartner_date_interval(name->valid_to, &to, &unused);
        if (day >= to)
            return 0;
    }
    return 1;
}

const capartner_citation *capartner_name_citation(const capartner_name *name) {
    return name == NULL ? NULL : &capartner_data_citations[name->citation];
}

capartner_status capartner_name_slice_at(uint32_t first, uint32_t count, size_t index,
                                         const capartner_name **out) {
    if (out == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    *out = NULL;
    if (index >= count)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    *out = &capartner_data_names[first + index];
    return CAPARTNER_OK;
}

capartner_status capartner_name_slice_find(uint32_t first, uint32_t count, const char *language,
                                           capartner_name_kind kind, const capartner_name **out) {
    if (out == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    *out = NULL;
    capartner_status status = capartner_check_key(language);
    if (status != CAPARTNER_OK)
        return status;
    if (!capartner_utf8_valid(language))
        return CAPARTNER_ERR_INVALID_UTF8;
    if ((unsigned)kind >= CAPARTNER_NAME_KIND_COUNT)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    for (uint32_t i = first; i < first + count; i++) {
        const struct capartner_name *name = &capartner_data_names[i];
        if (name->preferred && name->kind == (uint32_t)kind &&
            strcmp(capartner_text_at(name->language), language) == 0) {
            *out = name;
            return CAPARTNER_OK;
        }
    }
    return CAPARTNER_ERR_NOT_FOUND;
}
