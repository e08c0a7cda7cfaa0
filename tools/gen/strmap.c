/* The string map: word-at-a-time hashing, linear probing, at most half full. */
#include "strmap.h"

#include "util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Eight bytes per step instead of FNV-1a's one: the pool hashes every text
 * the compiler writes (about ten million at 10^6 events), summaries of up to
 * 1000 bytes among them. The tail is read bytewise; a final avalanche
 * spreads every input bit to the low bits, which pick the slot. */
uint32_t strmap_hash(const char *bytes, size_t length) {
    uint64_t hash = 0x9e3779b97f4a7c15u ^ (uint64_t)length;
    size_t i = 0;
    for (; i + 8 <= length; i += 8) {
        uint64_t word;
        memcpy(&word, bytes + i, sizeof word);
        hash = (hash ^ word) * 0xff51afd7ed558ccdu;
        hash ^= hash >> 32;
    }
    uint64_t tail = 0;
    for (size_t shift = 0; i < length; i++, shift += 8)
        tail |= (uint64_t)(unsigned char)bytes[i] << shift;
    hash = (hash ^ tail) * 0xc4ceb9fe1a85ec53u;
    hash ^= hash >> 29;
    hash *= 0xff51afd7ed558ccdu;
    hash ^= hash >> 32;
    return (uint32_t)hash;
}

/* Whether NUL-terminated `stored` is the `length` bytes of key. Keys are
 * short (ids): a plain loop beats a call to strncmp, and stops at a
 * shorter stored key's NUL, where key has none. */
static bool same_key(const char *stored, const char *key, size_t length) {
    for (size_t i = 0; i < length; i++)
        if (stored[i] != key[i])
            return false;
    return stored[length] == '\0';
}

static struct strmap_entry *find_slot(struct strmap_entry *entries, size_t capacity,
                                      const char *key, size_t length, uint32_t hash) {
    size_t mask = capacity - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        struct strmap_entry *entry = &entries[slot];
        if (entry->key == NULL || (entry->hash == hash && same_key(entry->key, key, length)))
            return entry;
    }
}

uint32_t strmap_get(const struct strmap *map, const char *key, size_t length) {
    if (map->capacity == 0)
        return STRMAP_MISSING;
    const struct strmap_entry *entry =
        find_slot(map->entries, map->capacity, key, length, strmap_hash(key, length));
    return entry->key == NULL ? STRMAP_MISSING : entry->value;
}

void strmap_prefetch_slot(const struct strmap *map, uint32_t hash) {
    if (map->capacity != 0)
        __builtin_prefetch(&map->entries[hash & (map->capacity - 1)]);
}

void strmap_prefetch_key(const struct strmap *map, uint32_t hash) {
    if (map->capacity == 0)
        return;
    const struct strmap_entry *entry = &map->entries[hash & (map->capacity - 1)];
    if (entry->key != NULL && entry->hash == hash)
        __builtin_prefetch(entry->key);
}

static void rehash(struct strmap *map, size_t capacity) {
    struct strmap_entry *entries = xcalloc_table(capacity, sizeof *entries);
    for (size_t i = 0; i < map->capacity; i++) {
        const struct strmap_entry *old = &map->entries[i];
        if (old->key == NULL)
            continue;
        /* the keys are distinct: the first empty slot is the one */
        size_t mask = capacity - 1, slot = old->hash & mask;
        while (entries[slot].key != NULL)
            slot = (slot + 1) & mask;
        entries[slot] = *old;
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
    return strmap_put_hashed(map, key, length, strmap_hash(key, length), value);
}

uint32_t strmap_put_hashed(struct strmap *map, const char *key, size_t length, uint32_t hash,
                           uint32_t value) {
    if ((map->count + 1) * 2 > map->capacity)
        grow(map);
    struct strmap_entry *entry = find_slot(map->entries, map->capacity, key, length, hash);
    if (entry->key != NULL)
        return entry->value;
    entry->key = key;
    entry->hash = hash;
    entry->value = value;
    map->count++;
    return STRMAP_MISSING;
}

void strmap_move_keys(struct strmap *map,
                      const char *(*key_of)(const void *context, uint32_t value),
                      const void *context) {
    for (size_t i = 0; i < map->capacity; i++)
        if (map->entries[i].key != NULL)
            map->entries[i].key = key_of(context, map->entries[i].value);
}

void strmap_free(struct strmap *map) {
    free(map->entries);
    map->entries = NULL;
    map->capacity = map->count = 0;
}
