/* The triple map: linear probing, at most three quarters full (a 16-byte
 * entry holds its key, so a probe reads no more memory than the entry:
 * longer runs cost little, and at a million keys the table is half the
 * size). */
#include "tuplemap.h"

#include "util.h"

#include <stdbool.h>
#include <stdlib.h>

static uint32_t hash_triple(uint32_t a, uint32_t b, uint32_t c) {
    uint64_t hash = ((uint64_t)a << 32 | b) * 0x9e3779b97f4a7c15u;
    hash = (hash ^ (hash >> 29) ^ c) * 0xff51afd7ed558ccdu;
    hash ^= hash >> 32;
    return (uint32_t)hash;
}

static struct tuplemap_entry *find_slot(struct tuplemap_entry *entries, size_t capacity,
                                        const uint32_t key[3]) {
    size_t mask = capacity - 1;
    for (size_t slot = hash_triple(key[0], key[1], key[2]) & mask;; slot = (slot + 1) & mask) {
        struct tuplemap_entry *entry = &entries[slot];
        if (entry->value == TUPLEMAP_MISSING ||
            (entry->key[0] == key[0] && entry->key[1] == key[1] && entry->key[2] == key[2]))
            return entry;
    }
}

static void rehash(struct tuplemap *map, size_t capacity) {
    struct tuplemap_entry *entries = xcalloc_table(capacity, sizeof *entries);
    for (size_t i = 0; i < capacity; i++)
        entries[i].value = TUPLEMAP_MISSING;
    for (size_t i = 0; i < map->capacity; i++) {
        const struct tuplemap_entry *old = &map->entries[i];
        if (old->value != TUPLEMAP_MISSING)
            *find_slot(entries, capacity, old->key) = *old;
    }
    free(map->entries);
    map->entries = entries;
    map->capacity = capacity;
}

static bool too_full(size_t count, size_t capacity) {
    return count * 4 > capacity * 3;
}

void tuplemap_reserve(struct tuplemap *map, size_t count) {
    size_t capacity = map->capacity == 0 ? 64 : map->capacity;
    while (too_full(count, capacity))
        capacity = xmul(capacity, 2);
    if (capacity > map->capacity)
        rehash(map, capacity);
}

uint32_t tuplemap_put(struct tuplemap *map, uint32_t a, uint32_t b, uint32_t c, uint32_t value) {
    if (map->capacity == 0 || too_full(map->count + 1, map->capacity))
        rehash(map, map->capacity == 0 ? 64 : xmul(map->capacity, 2));
    const uint32_t key[3] = {a, b, c};
    struct tuplemap_entry *entry = find_slot(map->entries, map->capacity, key);
    if (entry->value != TUPLEMAP_MISSING)
        return entry->value;
    entry->key[0] = a;
    entry->key[1] = b;
    entry->key[2] = c;
    entry->value = value;
    map->count++;
    return TUPLEMAP_MISSING;
}

void tuplemap_free(struct tuplemap *map) {
    free(map->entries);
    map->entries = NULL;
    map->capacity = map->count = 0;
}
