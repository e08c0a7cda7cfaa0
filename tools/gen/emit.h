/* Writes the checked, indexed dataset as the C source of the generated
 * tables declared in lib/internal.h. */
#ifndef GEN_EMIT_H
#define GEN_EMIT_H

#include "model.h"

#include <stdbool.h>
#include <stdio.h>

/* Returns false when writing failed (reported). */
bool emit_dataset(const struct dataset *data, FILE *stream);

#endif
