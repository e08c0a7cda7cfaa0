/* Growable arrays and the string arena; the compiler's out-of-memory exit. */
#if defined(__linux__)
/* madvise and MADV_HUGEPAGE are outside strict C11 */
#define _DEFAULT_SOURCE
#include <sys/mman.h>
#endif

#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* xalloc.h: the compiler has no way to recover, and nothing half-written is
 * left (see main.c). */
_Noreturn void out_of_memory(void) {
    fputs("capartner-gen: out of memory\n", stderr);
    exit(2);
}

void *grow_one(void *items_pointer, size_t *count, size_t *capacity, size_t size) {
    char **items = items_pointer;
    if (*count == *capacity) {
        size_t new_capacity = *capacity == 0 ? 16 : *capacity * 2;
        *items = xrealloc(*items, xmul(new_capacity, size));
        *capacity = new_capacity;
    }
    char *element = *items + *count * size;
    memset(element, 0, size);
    (*count)++;
    return element;
}

void *xcalloc_table(size_t count, size_t size) {
    size_t bytes = xmul(count, size);
    void *table = xcalloc(count, size);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    /* The hash tables are probed at random: at 10^6 events the pool's slots
     * alone take 128 MiB, so with 4 KiB pages nearly every probe misses the
     * TLB as well as the cache. Where transparent huge pages are opt-in
     * ("madvise"), ask for them on the 2 MiB-aligned interior. At the load
     * the tables keep, random slots touch every page anyway, so this costs
     * no memory; a refusal only costs the speed-up. */
    enum { HUGE_PAGE = 2u << 20 };
    if (bytes >= 2 * (size_t)HUGE_PAGE) {
        uintptr_t start = ((uintptr_t)table + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
        uintptr_t end = ((uintptr_t)table + bytes) & ~(uintptr_t)(HUGE_PAGE - 1);
        if (end > start)
            (void)madvise((void *)start, end - start, MADV_HUGEPAGE);
    }
#endif
    return table;
}

void u32vec_push(struct u32vec *vec, uint32_t value) {
    uint32_t *slot = grow_one(&vec->items, &vec->count, &vec->capacity, sizeof *vec->items);
    *slot = value;
}

void u32vec_free(struct u32vec *vec) {
    free(vec->items);
    vec->items = NULL;
    vec->count = vec->capacity = 0;
}

struct arena_chunk {
    struct arena_chunk *previous;
    /* the chunk's bytes follow */
};

enum { ARENA_CHUNK_BYTES = 1 << 20 };

void *arena_alloc(struct arena *arena, size_t size) {
    if (size > arena->left) {
        size_t bytes = size > ARENA_CHUNK_BYTES / 4 ? size : ARENA_CHUNK_BYTES;
        struct arena_chunk *chunk = xmalloc(sizeof *chunk + bytes);
        chunk->previous = arena->chunks;
        arena->chunks = chunk;
        arena->next = (char *)(chunk + 1);
        arena->left = bytes;
    }
    char *result = arena->next;
    arena->next += size;
    arena->left -= size;
    return result;
}

char *arena_strndup(struct arena *arena, const char *text, size_t length) {
    char *copy = arena_alloc(arena, length + 1);
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

void arena_free(struct arena *arena) {
    struct arena_chunk *chunk = arena->chunks;
    while (chunk != NULL) {
        struct arena_chunk *previous = chunk->previous;
        free(chunk);
        chunk = previous;
    }
    arena->chunks = NULL;
    arena->next = NULL;
    arena->left = 0;
}
