/* The string pool: distinct strings in first-use order, each followed by a
 * NUL; offset 0 is "". */
#ifndef GEN_POOL_H
#define GEN_POOL_H

#include "util.h"

#include <stdbool.h>

struct pool_string {
    const char *text;
    uint32_t length;
    uint32_t offset;
};

/* A slot of the de-duplication table: the string's hash beside its number,
 * so that a probe compares hashes without touching the string (8 bytes a
 * slot, where a general map entry takes 24). */
struct pool_slot {
    uint32_t hash;
    uint32_t string; /* index into strings, plus 1; 0 for an empty slot */
};

struct pool {
    struct pool_slot *slots;
    size_t slot_capacity; /* a power of two */
    struct pool_string *strings;
    size_t count, capacity;
    uint64_t size;       /* bytes, NULs included */
    struct arena *arena; /* holds copies of transient texts */
};

/* `expected`: about how many strings will be added (a hint that sizes the
 * tables once; the pool grows past it if need be). */
void pool_init(struct pool *pool, struct arena *arena, size_t expected);
/* The offset of text, adding it when new. `text` must outlive the pool;
 * pool_add_copy copies it when new instead. */
uint32_t pool_add(struct pool *pool, const char *text);
uint32_t pool_add_copy(struct pool *pool, const char *text, size_t length);
/* pool_add for a text whose length and pool_hash are known. */
uint32_t pool_add_hashed(struct pool *pool, const char *text, size_t length, uint32_t hash);
/* The hash pool_add_hashed takes. */
uint32_t pool_hash(const char *text, size_t length);
/* A hint that `text` will be added soon: starts loading the table slot its
 * lookup will read, so that loops over records spread at random in memory
 * overlap their cache misses instead of taking them one by one. */
void pool_prefetch(const struct pool *pool, const char *text);
void pool_prefetch_hashed(const struct pool *pool, uint32_t hash);
/* False once the pool outgrew 32-bit offsets. */
bool pool_fits(const struct pool *pool);
void pool_free(struct pool *pool);

#endif
