/* The deduplicating string pool: open addressing with linear probing, at
 * most three quarters full. At 10^6 events it holds about ten million
 * strings, so the table is what decides the emit phase's time and memory:
 * one hash per added text, one probe sequence for lookup and insertion. */
#include "pool.h"

#include "strmap.h"

#include <stdlib.h>
#include <string.h>

static void rehash(struct pool *pool, size_t capacity) {
    struct pool_slot *slots = xcalloc_table(capacity, sizeof *slots);
    size_t mask = capacity - 1;
    for (size_t i = 0; i < pool->slot_capacity; i++) {
        struct pool_slot old = pool->slots[i];
        if (old.string == 0)
            continue;
        size_t slot = old.hash & mask;
        while (slots[slot].string != 0)
            slot = (slot + 1) & mask;
        slots[slot] = old;
    }
    free(pool->slots);
    pool->slots = slots;
    pool->slot_capacity = capacity;
}

static uint32_t add(struct pool *pool, const char *text, size_t length, uint32_t hash, bool copy) {
    size_t mask = pool->slot_capacity - 1;
    size_t slot = hash & mask;
    for (; pool->slots[slot].string != 0; slot = (slot + 1) & mask) {
        if (pool->slots[slot].hash != hash)
            continue;
        const struct pool_string *known = &pool->strings[pool->slots[slot].string - 1];
        /* the same pointer (a key that is its record's id) needs no read */
        if (known->length == length &&
            (known->text == text || memcmp(known->text, text, length) == 0))
            return known->offset;
    }
    if (copy)
        text = arena_strndup(pool->arena, text, length);
    uint32_t offset = pool->size <= UINT32_MAX - 1 ? (uint32_t)pool->size : 0;
    struct pool_string *string =
        grow_one(&pool->strings, &pool->count, &pool->capacity, sizeof *string);
    string->text = text;
    string->length = (uint32_t)length;
    string->offset = offset;
    pool->size += length + 1;
    pool->slots[slot].hash = hash;
    pool->slots[slot].string = (uint32_t)pool->count;
    if (pool->count * 4 > pool->slot_capacity * 3)
        rehash(pool, xmul(pool->slot_capacity, 2));
    return offset;
}

void pool_init(struct pool *pool, struct arena *arena, size_t expected) {
    memset(pool, 0, sizeof *pool);
    pool->arena = arena;
    /* the strings array is reserved whole: pages never written cost no
     * memory, and it is never copied by growing */
    pool->capacity = expected < 16 ? 16 : expected;
    pool->strings = xmalloc(xmul(pool->capacity, sizeof *pool->strings));
    /* the slots, though, are all touched: sized for two thirds of the hint,
     * since many of the texts written are repeats */
    size_t capacity = 64;
    while (capacity < expected / 3 * 2 * 4 / 3)
        capacity = xmul(capacity, 2);
    rehash(pool, capacity);
    pool_add(pool, "");
}

uint32_t pool_hash(const char *text, size_t length) {
    return strmap_hash(text, length);
}

uint32_t pool_add(struct pool *pool, const char *text) {
    size_t length = strlen(text);
    return add(pool, text, length, pool_hash(text, length), false);
}

uint32_t pool_add_copy(struct pool *pool, const char *text, size_t length) {
    return add(pool, text, length, pool_hash(text, length), true);
}

uint32_t pool_add_hashed(struct pool *pool, const char *text, size_t length, uint32_t hash) {
    return add(pool, text, length, hash, false);
}

void pool_prefetch_hashed(const struct pool *pool, uint32_t hash) {
    __builtin_prefetch(&pool->slots[hash & (pool->slot_capacity - 1)]);
}

void pool_prefetch(const struct pool *pool, const char *text) {
    pool_prefetch_hashed(pool, pool_hash(text, strlen(text)));
}

bool pool_fits(const struct pool *pool) {
    return pool->size <= UINT32_MAX;
}

void pool_free(struct pool *pool) {
    free(pool->slots);
    free(pool->strings);
    pool->slots = NULL;
    pool->strings = NULL;
    pool->slot_capacity = pool->count = pool->capacity = 0;
}
