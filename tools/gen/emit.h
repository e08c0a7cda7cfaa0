/* Writes the checked, indexed dataset as the C source of the generated
 * tables declared in lib/internal.h. */
#ifndef GEN_EMIT_H
#define GEN_EMIT_H

#include "model.h"

#include <stdbool.h>
#include <stdio.h>

/* Writes the C file to `stream`. With a `blob` stream, the tables' bytes go
 * there instead and the C file includes them from `blob_path` (absolute,
 * without '"' or '\\') with .incbin: see emit.c. Returns false when writing
 * failed (reported). The records are freed on the way (once written, before
 * the key indexes, the part that needs the most memory): only
 * dataset_free may follow. */
bool emit_dataset(struct dataset *data, FILE *stream, FILE *blob, const char *blob_path);

#endif
