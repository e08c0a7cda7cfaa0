/* A malloc interposer for the tests that watch the heap (tests/perf/alloc.c,
 * tests/nomem/no_memory.c): it replaces malloc, calloc, realloc, free and the
 * aligned allocators for the whole process — the library's calls and libc's
 * own alike — forwarding to glibc's __libc_* entry points. While watching it
 * counts allocation calls and the blocks still live, and can make one
 * allocation fail.
 *
 * Not sanitizer-safe (ASan and valgrind own malloc): the tests that link it
 * are not labelled "unit", so tools/check's sanitizer stage skips them. */
#ifndef CAPARTNER_TESTS_INTERPOSER_H
#define CAPARTNER_TESTS_INTERPOSER_H

#include <stdbool.h>
#include <stddef.h>

/* Starts watching with the counts at zero; the fail_at-th allocation call
 * from now returns NULL (0: none fails). */
void interposer_start(size_t fail_at);
/* Watches again without resetting the counts. */
void interposer_resume(void);
void interposer_stop(void);
/* Allocation calls seen while watching. */
size_t interposer_calls(void);
/* Blocks allocated while watching minus those freed while watching. */
long interposer_live(void);
/* Whether the planned failure has happened. */
bool interposer_failed(void);
/* Fails unless an allocation made here is seen: the interposer is in effect. */
bool interposer_works(void);

#endif
