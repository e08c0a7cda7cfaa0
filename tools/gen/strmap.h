/* An open-addressing map from byte strings to uint32_t values. The map
 * stores the caller's pointers: the keys must outlive it. Only lookups use
 * it, never iteration, so nothing the compiler writes depends on its layout.
 * A stored key must have its NUL at `length` (a looked-up one need not). */
#ifndef GEN_STRMAP_H
#define GEN_STRMAP_H

#include <stddef.h>
#include <stdint.h>

#define STRMAP_MISSING UINT32_MAX

/* 16 bytes: the key's length is where its NUL is (keys are NUL-terminated). */
struct strmap_entry {
    const char *key; /* NULL for an empty slot */
    uint32_t hash;
    uint32_t value;
};

struct strmap {
    struct strmap_entry *entries;
    size_t capacity; /* a power of two, or 0 */
    size_t count;
};

/* The hash the map uses, for tables that keep their own slots (pool.c). */
uint32_t strmap_hash(const char *bytes, size_t length);
/* The value of key, or STRMAP_MISSING. */
uint32_t strmap_get(const struct strmap *map, const char *key, size_t length);
/* Hints for a lookup of a key whose hash is known some steps ahead: a loop
 * over records at random places in the map overlaps its cache misses by
 * calling strmap_prefetch_slot some records ahead, then, once the slot is
 * in cache, strmap_prefetch_key (which reads it) to load the stored key
 * the lookup will compare. */
void strmap_prefetch_slot(const struct strmap *map, uint32_t hash);
void strmap_prefetch_key(const struct strmap *map, uint32_t hash);
/* Inserts key -> value unless key is present; returns the value already
 * there, or STRMAP_MISSING when it inserted. */
uint32_t strmap_put(struct strmap *map, const char *key, size_t length, uint32_t value);
/* strmap_put with the key's hash given: any 32-bit hash of the key, as long
 * as every key of the map is put and looked up with the same one (a
 * caller that has a hash of its own need not compute the map's). */
uint32_t strmap_put_hashed(struct strmap *map, const char *key, size_t length, uint32_t hash,
                           uint32_t value);
/* Makes room for `count` entries in all, so that inserting them never grows
 * the map (a speed-up only). */
void strmap_reserve(struct strmap *map, size_t count);
/* Points every stored key at an equal string elsewhere: key_of(context,
 * value) returns it (so that the strings the keys were in can be freed). */
void strmap_move_keys(struct strmap *map,
                      const char *(*key_of)(const void *context, uint32_t value),
                      const void *context);
void strmap_free(struct strmap *map);

#endif
