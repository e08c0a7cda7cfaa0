/* The string pool: distinct strings in first-use order, each followed by a
 * NUL; offset 0 is "". */
#ifndef GEN_POOL_H
#define GEN_POOL_H

#include "strmap.h"
#include "util.h"

#include <stdbool.h>

struct pool_string {
    const char *text;
    uint32_t length;
};

struct pool {
    struct strmap offsets; /* text -> offset */
    struct pool_string *strings;
    size_t count, capacity;
    uint64_t size;       /* bytes, NULs included */
    struct arena *arena; /* holds copies of transient texts */
};

void pool_init(struct pool *pool, struct arena *arena);
/* The offset of text, adding it when new. `text` must outlive the pool;
 * pool_add_copy copies it when new instead. */
uint32_t pool_add(struct pool *pool, const char *text);
uint32_t pool_add_copy(struct pool *pool, const char *text, size_t length);
/* False once the pool outgrew 32-bit offsets. */
bool pool_fits(const struct pool *pool);
void pool_free(struct pool *pool);

#endif
