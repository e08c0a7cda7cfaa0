/* Reading the data files into the dataset (see load.c). */
#ifndef GEN_LOAD_H
#define GEN_LOAD_H

#include "dataset.h"

/* The whole file at path, NUL-terminated (free() it); NULL after reporting
 * why against diag file `file`. */
char *load_file(size_t file, const char *path, size_t *size);
/* Loads the rows of `table` from its file's contents, which the dataset
 * keeps (and splits in place). False when the file has no usable header:
 * its rows are then unread. */
bool load_table(struct dataset *data, enum table table, char *contents, size_t size);

#endif
