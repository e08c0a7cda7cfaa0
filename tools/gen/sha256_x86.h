/* SHA-256's block function on the x86 SHA extensions: about four times the
 * speed of the portable one, which keeps the digest thread (digest.h) ahead
 * of the loader. Elsewhere, or on CPUs without them, it is never used. */
#ifndef GEN_SHA256_X86_H
#define GEN_SHA256_X86_H

#include <stdbool.h>
#include <stdint.h>

/* True when this build and this CPU can run sha256_x86_compress. */
bool sha256_x86_available(void);
/* Hashes one 64-byte block into state, as FIPS 180-4's compression does. */
void sha256_x86_compress(uint32_t state[8], const unsigned char block[64]);

#endif
