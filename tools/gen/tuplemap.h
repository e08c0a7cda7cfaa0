/* An open-addressing map from triples of uint32_t to uint32_t values, for
 * the keys link.c de-duplicates (section ordinals, preferred names). A string map
 * would need each key copied into the arena, where it stayed until the end
 * of the run, and 24-byte entries besides; here the key is in the entry. */
#ifndef GEN_TUPLEMAP_H
#define GEN_TUPLEMAP_H

#include <stddef.h>
#include <stdint.h>

#define TUPLEMAP_MISSING UINT32_MAX

struct tuplemap_entry {
    uint32_t key[3];
    uint32_t value; /* TUPLEMAP_MISSING for an empty slot */
};

struct tuplemap {
    struct tuplemap_entry *entries;
    size_t capacity; /* a power of two, or 0 */
    size_t count;
};

/* Inserts key -> value (value != TUPLEMAP_MISSING) unless key is present;
 * returns the value already there, or TUPLEMAP_MISSING when it inserted. */
uint32_t tuplemap_put(struct tuplemap *map, uint32_t a, uint32_t b, uint32_t c, uint32_t value);
/* Makes room for `count` keys in all, so that inserting them never grows
 * the map (no old table beside the new one, no rehashing). */
void tuplemap_reserve(struct tuplemap *map, size_t count);
void tuplemap_free(struct tuplemap *map);

#endif
