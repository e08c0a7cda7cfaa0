/* The deduplicating string pool. */
#include "pool.h"

#include <stdlib.h>
#include <string.h>

static uint32_t add(struct pool *pool, const char *text, size_t length, bool copy) {
    uint32_t offset = strmap_get(&pool->offsets, text, length);
    if (offset != STRMAP_MISSING)
        return offset;
    if (copy)
        text = arena_strndup(pool->arena, text, length);
    offset = pool->size <= UINT32_MAX - 1 ? (uint32_t)pool->size : 0;
    struct pool_string *string =
        grow_one(&pool->strings, &pool->count, &pool->capacity, sizeof *string);
    string->text = text;
    string->length = (uint32_t)length;
    pool->size += length + 1;
    strmap_put(&pool->offsets, text, length, offset);
    return offset;
}

void pool_init(struct pool *pool, struct arena *arena) {
    memset(pool, 0, sizeof *pool);
    pool->arena = arena;
    add(pool, "", 0, false);
}

uint32_t pool_add(struct pool *pool, const char *text) {
    return add(pool, text, strlen(text), false);
}

uint32_t pool_add_copy(struct pool *pool, const char *text, size_t length) {
    return add(pool, text, length, true);
}

bool pool_fits(const struct pool *pool) {
    return pool->size <= UINT32_MAX;
}

void pool_free(struct pool *pool) {
    strmap_free(&pool->offsets);
    free(pool->strings);
    pool->strings = NULL;
    pool->count = pool->capacity = 0;
}
