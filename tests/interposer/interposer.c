/* The malloc interposer (interposer.h). */
#define _GNU_SOURCE

#include "interposer.h"

#include <stdlib.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);
extern void __libc_free(void *pointer);

static volatile bool watching;
static volatile size_t calls, fail_at;
static volatile long live;
static volatile bool failed;

void interposer_start(size_t fail_at_call) {
    calls = 0;
    live = 0;
    failed = false;
    fail_at = fail_at_call;
    watching = true;
}

void interposer_resume(void) {
    watching = true;
}

void interposer_stop(void) {
    watching = false;
}

size_t interposer_calls(void) {
    return calls;
}

long interposer_live(void) {
    return live;
}

bool interposer_failed(void) {
    return failed;
}

/* Counts one allocation call; false when this one is to fail. */
static bool allowed(void) {
    if (!watching)
        return true;
    if (++calls == fail_at) {
        failed = true;
        return false;
    }
    return true;
}

/* A block handed out while watching. */
static void *born(void *pointer) {
    if (watching && pointer != NULL)
        live++;
    return pointer;
}

void *malloc(size_t size) {
    return allowed() ? born(__libc_malloc(size)) : NULL;
}

void *calloc(size_t count, size_t size) {
    return allowed() ? born(__libc_calloc(count, size)) : NULL;
}

void *realloc(void *pointer, size_t size) {
    if (!allowed())
        return NULL;
    void *moved = __libc_realloc(pointer, size);
    /* a new block only when there was none (realloc(p, 0) is not used here) */
    return pointer == NULL ? born(moved) : moved;
}

void *aligned_alloc(size_t alignment, size_t size) {
    return allowed() ? born(__libc_memalign(alignment, size)) : NULL;
}

int posix_memalign(void **out, size_t alignment, size_t size) {
    *out = allowed() ? born(__libc_memalign(alignment, size)) : NULL;
    return *out == NULL ? 12 /* ENOMEM */ : 0;
}

void free(void *pointer) {
    if (watching && pointer != NULL)
        live--;
    __libc_free(pointer);
}

/* volatile: the compiler may not drop a malloc/free pair it can see */
static void *volatile probe;

bool interposer_works(void) {
    interposer_start(0);
    probe = malloc(16);
    interposer_stop();
    bool seen = interposer_calls() == 1 && interposer_live() == 1;
    free(probe);
    return seen;
}
