/* The digest of the data files, computed on a second thread while the main
 * thread loads the same buffer: the SHA-256 of 375 MB (10^6 events) would
 * otherwise add 1.2 s to the load phase (0.3 s with the SHA extensions,
 * sha256_x86.h). Loading splits the buffer in place, so it may only write
 * behind the digest: digest_wait says how far that is. */
#ifndef GEN_DIGEST_H
#define GEN_DIGEST_H

#include "sha256.h"

#include <stddef.h>

struct digest_job;

/* Starts digesting `name` (with its NUL), then bytes[0, size), into
 * context. The bytes must stay unchanged until digest_wait allows otherwise. */
struct digest_job *digest_start(struct sha256 *context, const char *name, const char *bytes,
                                size_t size);
/* Waits until the first `offset` bytes (at most size) are digested and
 * returns how many are, at least `offset`. */
size_t digest_wait(void *job, size_t offset);
/* Waits for the whole buffer and frees the job. */
void digest_finish(struct digest_job *job);

#endif
