/* Shared lookup and handle plumbing for the record accessors. */
#ifndef CAPARTNER_LOOKUP_H
#define CAPARTNER_LOOKUP_H

#include "internal.h"

/* NULL, empty or overlong key: the matching status; otherwise OK. */
capartner_status capartner_check_key(const char *key);

/* Validates, folds and looks a key up. On failure *record is CAPARTNER_NONE. */
capartner_status capartner_find_key(const struct capartner_key_index *index, const char *key,
                                    uint32_t *record);

/* What every table's NAME_at(index, &out) checks: somewhere to put the
 * record (has_out), and an index below count. *record is the index, or
 * CAPARTNER_NONE on failure. */
static inline capartner_status capartner_table_at(size_t index, size_t count, bool has_out,
                                                  uint32_t *record) {
    *record = CAPARTNER_NONE;
    if (!has_out)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (index >= count)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    *record = (uint32_t)index;
    return CAPARTNER_OK;
}

/* What every table's NAME_find(key, &out) does: the record with this key in
 * the table's key index, or CAPARTNER_NONE and the status saying why. */
static inline capartner_status capartner_table_find(const struct capartner_key_index *keys,
                                                    const char *key, bool has_out,
                                                    uint32_t *record) {
    *record = CAPARTNER_NONE;
    if (!has_out)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    return capartner_find_key(keys, key, record);
}

/* Record by table index; NULL for CAPARTNER_NONE. */
#define CAPARTNER_RECORD_OR_NULL(records, index)                                                   \
    ((index) == CAPARTNER_NONE ? NULL : &(records)[index])

static const capartner_date capartner_unknown_date = {0, 0, 0, 0, 0, {0, 0}};

#endif
