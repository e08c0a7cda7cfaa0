/* Small helpers: growable arrays, a string map and an arena for texts that
 * live until the end of the run. Allocation failures end the program
 * (tools/common/xalloc.h). */
#ifndef GEN_UTIL_H
#define GEN_UTIL_H

#include "xalloc.h"

#include <stddef.h>
#include <stdint.h>

/* Makes room for one more element of `size` bytes in *items (which holds
 * *count of *capacity) and returns a pointer to it, zeroed. */
void *grow_one(void *items_pointer, size_t *count, size_t *capacity, size_t size);

struct u32vec {
    uint32_t *items;
    size_t count, capacity;
};
void u32vec_push(struct u32vec *vec, uint32_t value);

/* Texts that live until arena_free. */
struct arena {
    struct arena_chunk *chunks;
    char *next;
    size_t left;
};
/* A NUL-terminated copy of `length` bytes of text. */
char *arena_strndup(struct arena *arena, const char *text, size_t length);
void arena_free(struct arena *arena);

/* A map from byte strings to uint32_t values, by open addressing. It keeps
 * the caller's pointers: keys must outlive it. Nothing the compiler writes
 * depends on its layout (it is only looked up, never walked). */
#define STRMAP_MISSING UINT32_MAX
struct strmap {
    struct strmap_slot *slots;
    size_t capacity; /* of slots: 0 or a power of two */
    struct strmap_entry *entries;
    size_t count, entry_capacity;
};
uint32_t strmap_get(const struct strmap *map, const char *key, size_t length);
/* Inserts key -> value unless key is there; returns the value already
 * there, or STRMAP_MISSING when it inserted. */
uint32_t strmap_put(struct strmap *map, const char *key, size_t length, uint32_t value);
void strmap_free(struct strmap *map);

#endif
