/* The string map: FNV-1a hashing, linear probing, at most half full. */
#include "strmap.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

static uint32_t hash_bytes(const char *bytes, size_t length) {
    uint32_t hash = 2166136261u;
    for (size_t i = 0; i < length; i++) {
        hash ^= (unsigned char)bytes[i];
        hash *= 16777619u;
    }
    /* spread the low bits, which pick the slot */
    hash ^= hash >> 15;
    hash *= 0x2c1b3c6du;
    hash ^= hash >> 12;
    return hash;
}

static struct strmap_entry *find_slot(struct strmap_entry *entries, size_t capacity,
                                      const char *key, size_t length, uint32_t hash) {
    size_t mask = capacity - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        struct strmap_entry *entry = &entries[slot];
        if (entry->key == NULL || (entry->hash == hash && entry->length == length &&
                                   memcmp(entry->key, key, length) == 0))
            return entry;
    }
}

uint32_t strmap_get(const struct strmap *map, const char *key, size_t length) {
    if (map->capacity == 0)
        return STRMAP_MISSING;
    const struct strmap_entry *entry =
        find_slot(map->entries, map->capacity, key, length, hash_bytes(key, length));
    return entry->key == NULL ? STRMAP_MISSING : entry->value;
}

static void rehash(struct strmap *map, size_t capacity) {
    struct strmap_entry *entries = xcalloc(capacity, sizeof *entries);
    for (size_t i = 0; i < map->capacity; i++) {
        const struct strmap_entry *old = &map->entries[i];
        if (old->key != NULL)
            *find_slot(entries, capacity, old->key, old->length, old->hash) = *old;
    }
    free(map->entries);
    map->entries = entries;
    map->capacity = capacity;
}

static void grow(struct strmap *map) {
    rehash(map, map->capacity == 0 ? 64 : xmul(map->capacity, 2));
}

void strmap_reserve(struct strmap *map, size_t count) {
    size_t capacity = map->capacity == 0 ? 64 : map->capacity;
    while (capacity < xmul(count, 2))
        capacity = xmul(capacity, 2);
    if (capacity > map->capacity)
        rehash(map, capacity);
}

uint32_t strmap_put(struct strmap *map, const char *key, size_t length, uint32_t value) {
    if ((map->count + 1) * 2 > map->capacity)
        grow(map);
    uint32_t hash = hash_bytes(key, length);
    struct strmap_entry *entry = find_slot(map->entries, map->capacity, key, length, hash);
    if (entry->key != NULL)
        return entry->value;
    entry->key = key;
    entry->length = (uint32_t)length;
    entry->hash = hash;
    entry->value = value;
    map->count++;
    return STRMAP_MISSING;
}

void strmap_free(struct strmap *map) {
    free(map->entries);
    map->entries = NULL;
    map->capacity = map->count = 0;
}
