/* SHA-256 (FIPS 180-4), for the digest of the data files. */
#ifndef GEN_SHA256_H
#define GEN_SHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct sha256 {
    uint32_t state[8];
    uint64_t length; /* bytes hashed so far */
    unsigned char block[64];
    size_t used;      /* bytes in block */
    bool accelerated; /* the x86 SHA extensions (sha256_x86.h) are used */
};

/* K, the 64 round constants (FIPS 180-4, 4.2.2), for both block functions. */
extern const uint32_t sha256_round_constants[64];

void sha256_init(struct sha256 *context);
void sha256_update(struct sha256 *context, const void *bytes, size_t length);
/* Writes the 32-byte digest. */
void sha256_final(struct sha256 *context, unsigned char digest[32]);
/* Writes the digest as 64 lowercase hex digits and a NUL. */
void sha256_hex(const unsigned char digest[32], char hex[65]);

#endif
