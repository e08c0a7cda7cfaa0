/* Allocation that ends the program on failure (see xalloc.h). */
#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>

/* A zero-byte request still gets a unique pointer, so that NULL always
 * means failure. */
void *xmalloc(size_t size) {
    void *pointer = malloc(size == 0 ? 1 : size);
    if (pointer == NULL)
        out_of_memory();
    return pointer;
}

void *xcalloc(size_t count, size_t size) {
    void *pointer = calloc(count == 0 ? 1 : count, size == 0 ? 1 : size);
    if (pointer == NULL)
        out_of_memory();
    return pointer;
}

void *xrealloc(void *pointer, size_t size) {
    void *resized = realloc(pointer, size == 0 ? 1 : size);
    if (resized == NULL)
        out_of_memory();
    return resized;
}

size_t xmul(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size)
        out_of_memory();
    return count * size;
}
