/* Growable arrays, the string map and the arena (util.h). */
#include "util.h"

#include "utf8.h" /* capartner_key_hash: the library's hash of keys */

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* xalloc.h: the compiler cannot recover, and has written nothing yet. */
_Noreturn void out_of_memory(void) {
    fputs("capartner-gen: out of memory\n", stderr);
    exit(2);
}

void *grow_one(void *items_pointer, size_t *count, size_t *capacity, size_t size) {
    char **items = items_pointer;
    if (*count == *capacity) {
        *capacity = *capacity == 0 ? 16 : xmul(*capacity, 2);
        *items = xrealloc(*items, xmul(*capacity, size));
    }
    char *element = *items + *count * size;
    memset(element, 0, size);
    (*count)++;
    return element;
}

void u32vec_push(struct u32vec *vec, uint32_t value) {
    *(uint32_t *)grow_one(&vec->items, &vec->count, &vec->capacity, sizeof value) = value;
}

/* ------------------------------------------------------------------ arena */

struct arena_chunk {
    struct arena_chunk *next;
    char bytes[];
};

enum { ARENA_CHUNK_BYTES = 1 << 20 };

char *arena_strndup(struct arena *arena, const char *text, size_t length) {
    size_t size = length + 1;
    if (size > arena->left) {
        size_t bytes = size > ARENA_CHUNK_BYTES ? size : ARENA_CHUNK_BYTES;
        struct arena_chunk *chunk = xmalloc(sizeof *chunk + bytes);
        chunk->next = arena->chunks;
        arena->chunks = chunk;
        arena->next = chunk->bytes;
        arena->left = bytes;
    }
    char *copy = arena->next;
    memcpy(copy, text, length);
    copy[length] = '\0';
    arena->next += size;
    arena->left -= size;
    return copy;
}

void arena_free(struct arena *arena) {
    while (arena->chunks != NULL) {
        struct arena_chunk *next = arena->chunks->next;
        free(arena->chunks);
        arena->chunks = next;
    }
    arena->next = NULL;
    arena->left = 0;
}

/* ------------------------------------------------------------- string map */

/* The entries lie in insertion order; the table of slots, at most half
 * full, holds each entry's hash and number (plus 1; 0 when empty): 8 bytes
 * a slot, so that the slack of open addressing costs little and a probe
 * reads an entry only when the hashes match. */
struct strmap_slot {
    uint32_t hash, entry;
};

struct strmap_entry {
    const char *key;
    uint32_t length, hash, value;
};

/* The slot of key, or the empty slot where it belongs. */
static struct strmap_slot *find(const struct strmap *map, const char *key, size_t length,
                                uint32_t hash) {
    size_t mask = map->capacity - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        struct strmap_slot *at = &map->slots[slot];
        if (at->entry == 0)
            return at;
        const struct strmap_entry *entry = &map->entries[at->entry - 1];
        if (at->hash == hash && entry->length == length && memcmp(entry->key, key, length) == 0)
            return at;
    }
}

uint32_t strmap_get(const struct strmap *map, const char *key, size_t length) {
    if (map->capacity == 0)
        return STRMAP_MISSING;
    uint32_t entry = find(map, key, length, capartner_key_hash(key, length))->entry;
    return entry == 0 ? STRMAP_MISSING : map->entries[entry - 1].value;
}

static void rehash(struct strmap *map, size_t capacity) {
    free(map->slots);
    map->slots = xcalloc(capacity, sizeof *map->slots);
    map->capacity = capacity;
    for (size_t i = 0; i < map->count; i++) {
        const struct strmap_entry *entry = &map->entries[i];
        *find(map, entry->key, entry->length, entry->hash) =
            (struct strmap_slot){entry->hash, (uint32_t)i + 1};
    }
}

uint32_t strmap_put(struct strmap *map, const char *key, size_t length, uint32_t value) {
    if ((map->count + 1) * 2 > map->capacity)
        rehash(map, map->capacity == 0 ? 64 : xmul(map->capacity, 2));
    uint32_t hash = capartner_key_hash(key, length);
    struct strmap_slot *slot = find(map, key, length, hash);
    if (slot->entry != 0)
        return map->entries[slot->entry - 1].value;
    struct strmap_entry *entry =
        grow_one(&map->entries, &map->count, &map->entry_capacity, sizeof *entry);
    *entry = (struct strmap_entry){key, (uint32_t)length, hash, value};
    *slot = (struct strmap_slot){hash, (uint32_t)map->count};
    return STRMAP_MISSING;
}

void strmap_free(struct strmap *map) {
    free(map->slots);
    free(map->entries);
    memset(map, 0, sizeof *map);
}
