/* Parsing the rows of each table into the model, with every check that
 * needs only the row itself: text, ids, dates, enums, booleans, integers,
 * and duplicate ids. References are kept as written for link.c. */
#ifndef GEN_LOAD_H
#define GEN_LOAD_H

#include "model.h"
#include "tsv.h"

/* Loads table `table` from its file contents (split in place, behind guard
 * when not NULL; the buffer must stay alive as long as the dataset).
 * Returns false when the header is missing or wrong, so that no row could
 * be read. */
bool load_table(struct dataset *data, enum table table, char *contents, size_t size,
                const struct tsv_guard *guard);

#endif
