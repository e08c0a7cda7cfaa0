/* Allocation for the command-line programs (capartner, capartner-gen): a
 * tool has no way to recover from running out of memory, so these never
 * return NULL. The library itself reports CAPARTNER_ERR_NO_MEMORY instead
 * and must not use them. */
#ifndef CAPARTNER_TOOLS_XALLOC_H
#define CAPARTNER_TOOLS_XALLOC_H

#include <stddef.h>

/* Defined once by each program: its message and exit code. */
_Noreturn void out_of_memory(void);

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *pointer, size_t size);
/* count * size, ending the program on overflow. */
size_t xmul(size_t count, size_t size);

#endif
