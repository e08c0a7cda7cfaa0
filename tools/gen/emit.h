/* Writing the generated C file (see emit.c). */
#ifndef GEN_EMIT_H
#define GEN_EMIT_H

#include "dataset.h"

#include <stdio.h>

/* Writes the tables of the checked dataset to `out`, or, when `blob` is
 * not NULL, their bytes to `blob` and to `out` the C that includes them
 * from blob_path. False when the data does not fit the library's tables;
 * write errors are left in the streams (ferror). */
bool emit_dataset(struct dataset *data, FILE *out, FILE *blob, const char *blob_path);

#endif
