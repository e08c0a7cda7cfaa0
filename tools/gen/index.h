/* Name order, timeline order and lookup keys (see index.c). */
#ifndef GEN_INDEX_H
#define GEN_INDEX_H

#include "dataset.h"

/* Orders the names and events and builds every table's keys, reporting
 * keys shared by two records. */
void index_dataset(struct dataset *data);

#endif
