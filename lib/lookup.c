/* Exact, case-insensitive key lookup in the generated hash indexes. */
#include "lookup.h"

#include <string.h>

uint32_t capartner_key_lookup(const struct capartner_key_index *index, const char *folded,
                              size_t length) {
    uint32_t hash = capartner_key_hash(folded, length);
    /* a short key is compared as a number; 0 matches no slot */
    uint64_t inline_key = length <= CAPARTNER_INLINE_KEY_BYTES ? capartner_inline_key(folded) : 0;
    uint32_t mask = index->slot_count - 1;
    for (uint32_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const struct capartner_key_slot *entry = &index->slots[slot];
        if (entry->record == CAPARTNER_NONE)
            return CAPARTNER_NONE;
        if (entry->hash != hash)
            continue;
        if (inline_key != 0) {
            if (entry->key == inline_key)
                return entry->record;
        } else if ((entry->key & 0xFF) == 0 &&
                   /* strcmp, not memcmp: a stored key may be shorter than the
                    * query and end right at the pool's end, so no byte past
                    * its NUL may be read */
                   strcmp(capartner_text_at((capartner_text)(entry->key >> 8)), folded) == 0) {
            return entry->record;
        }
    }
}

capartner_status capartner_check_key(const char *key) {
    if (key == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    if (key[0] == '\0')
        return CAPARTNER_ERR_EMPTY_KEY;
    if (memchr(key, '\0', CAPARTNER_MAX_KEY_BYTES + 1) == NULL)
        return CAPARTNER_ERR_KEY_TOO_LONG;
    return CAPARTNER_OK;
}

capartner_status capartner_find_key(const struct capartner_key_index *index, const char *key,
                                    uint32_t *record) {
    *record = CAPARTNER_NONE;
    if (key == NULL || key[0] == '\0')
        return capartner_check_key(key);
    /* Fold first: folding never lengthens text and stops past 255 bytes, so
     * when it succeeds and key[length] ends the key, the key is no longer
     * than its folded form and the length check (a scan of up to 256 bytes)
     * is not needed. Otherwise check as the contract orders it: an overlong
     * key is KEY_TOO_LONG even when it is also invalid UTF-8. */
    char folded[CAPARTNER_MAX_KEY_BYTES + 1];
    /* zeros after a short key: capartner_key_lookup reads 8 bytes of it */
    memset(folded, 0, CAPARTNER_INLINE_KEY_BYTES);
    size_t length;
    capartner_status status = capartner_fold_key(key, folded, sizeof folded, &length);
    if (status != CAPARTNER_OK || key[length] != '\0') {
        capartner_status checked = capartner_check_key(key);
        if (checked != CAPARTNER_OK)
            return checked;
        if (status != CAPARTNER_OK)
            return status;
    }
    *record = capartner_key_lookup(index, folded, length);
    return *record == CAPARTNER_NONE ? CAPARTNER_ERR_NOT_FOUND : CAPARTNER_OK;
}
