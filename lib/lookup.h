/* Shared lookup and handle plumbing for the record accessors. */
#ifndef CAPARTNER_LOOKUP_H
#define CAPARTNER_LOOKUP_H

#include "internal.h"

/* NULL, empty or overlong key: the matching status; otherwise OK. */
capartner_status capartner_check_key(const char *key);

/* Validates, folds and looks a key up. On failure *record is CAPARTNER_NONE. */
capartner_status capartner_find_key(const struct capartner_key_index *index, const char *key,
                                    uint32_t *record);

/* Defines the functions every table has: count, at(index), find(key) and
 * index(handle). TABLE is the record struct and handle name suffix. */
#define CAPARTNER_DEFINE_TABLE(name, records, record_count, keys)                                  \
    size_t capartner_##name##_count(void) {                                                        \
        return record_count;                                                                       \
    }                                                                                              \
    capartner_status capartner_##name##_at(size_t index, const capartner_##name **out) {           \
        if (out == NULL)                                                                           \
            return CAPARTNER_ERR_NULL_ARGUMENT;                                                    \
        *out = NULL;                                                                               \
        if (index >= record_count)                                                                 \
            return CAPARTNER_ERR_OUT_OF_RANGE;                                                     \
        *out = &records[index];                                                                    \
        return CAPARTNER_OK;                                                                       \
    }                                                                                              \
    capartner_status capartner_##name##_find(const char *key, const capartner_##name **out) {      \
        if (out == NULL)                                                                           \
            return CAPARTNER_ERR_NULL_ARGUMENT;                                                    \
        *out = NULL;                                                                               \
        uint32_t found;                                                                            \
        capartner_status status = capartner_find_key(&keys, key, &found);                          \
        if (status == CAPARTNER_OK)                                                                \
            *out = &records[found];                                                                \
        return status;                                                                             \
    }

/* index(handle) is public only for some tables; the others use this. */
#define CAPARTNER_DEFINE_INDEX(name, records)                                                      \
    size_t capartner_##name##_index(const capartner_##name *record) {                              \
        return record == NULL ? (size_t)-1 : (size_t)(record - records);                           \
    }

/* Record by table index; NULL for CAPARTNER_NONE. */
#define CAPARTNER_RECORD_OR_NULL(records, index)                                                   \
    ((index) == CAPARTNER_NONE ? NULL : &(records)[index])

static const capartner_date capartner_unknown_date = {0, 0, 0, 0, 0, {0, 0}};

#endif
