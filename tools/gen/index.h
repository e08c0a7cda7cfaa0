/* Orders and indexes the checked dataset: names grouped by owner, events
 * in timeline order, and the case-folded lookup keys of every table
 * (refusing a key two records share). */
#ifndef GEN_INDEX_H
#define GEN_INDEX_H

#include "model.h"

void index_dataset(struct dataset *data);

/* The slot count of a hash index of `keys` keys: the smallest power of two
 * at least twice as large, and at least 8. */
uint32_t index_slot_count(size_t keys);

#endif
