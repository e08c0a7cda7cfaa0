/* Small helpers of the data compiler: checked allocation (xalloc.h), growable
 * arrays and an arena for strings that live until the end of the run. */
#ifndef GEN_UTIL_H
#define GEN_UTIL_H

#include "xalloc.h"

#include <stddef.h>
#include <stdint.h>

/* Makes room for one more element of `size` bytes in *items (which holds
 * *count of *capacity) and returns a pointer to it, zeroed. */
void *grow_one(void *items_pointer, size_t *count, size_t *capacity, size_t size);

/* xcalloc for a large table probed at random (a hash table's slots): backs
 * it with huge pages where the system offers them. Freed with free. */
void *xcalloc_table(size_t count, size_t size);

/* A growable array of uint32_t. */
struct u32vec {
    uint32_t *items;
    size_t count, capacity;
};
void u32vec_push(struct u32vec *vec, uint32_t value);
void u32vec_free(struct u32vec *vec);

/* Strings and small blobs that live until arena_free. */
struct arena_chunk;
struct arena {
    struct arena_chunk *chunks;
    char *next;
    size_t left;
};
void *arena_alloc(struct arena *arena, size_t size);
/* A NUL-terminated copy of length bytes. */
char *arena_strndup(struct arena *arena, const char *text, size_t length);
void arena_free(struct arena *arena);

#endif
