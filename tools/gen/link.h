/* Linking the loaded records (see link.c). */
#ifndef GEN_LINK_H
#define GEN_LINK_H

#include "dataset.h"

/* Resolves every reference and checks the rules that span records,
 * reporting what breaks them. */
void link_dataset(struct dataset *data);

#endif
