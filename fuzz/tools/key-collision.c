/* Finds a lower-case ASCII key of LENGTH bytes (default 200, at most 255)
 * whose capartner_key_hash equals that of one of the keys given: the input
 * that makes capartner_key_lookup compare a short stored key with a long
 * query (fuzz/README.md, bug 2). Random fuzzing cannot find one: the 32-bit
 * hash must match exactly.
 *
 *   clang -O2 -std=c11 -Iinclude -Ilib fuzz/tools/key-collision.c lib/fold.c \
 *         -o key-collision
 *   ./key-collision "public diplomacy" "civil emergency planning" ...
 *
 * Give it the folded keys at the end of the string pool (the last lines of
 * <build>/generated/capartner_data.c): a collision with one of them makes
 * the comparison read past the pool. Prints the key, the key it collides
 * with, and both hashes. The 192-byte prefix is hashed once; only the last
 * 8 bytes vary, so a collision with one of eight targets takes a second. */
#include "utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    size_t length = 200;
    const char *length_text = getenv("LENGTH");
    if (length_text != NULL)
        length = (size_t)strtoul(length_text, NULL, 10);
    if (argc < 2 || length < 9 || length > 255) {
        fputs("usage: [LENGTH=9..255] key-collision KEY...\n", stderr);
        return 2;
    }
    size_t count = (size_t)argc - 1;
    uint32_t *targets = malloc(count * sizeof *targets);
    if (targets == NULL)
        return 1;
    for (size_t i = 0; i < count; i++)
        targets[i] = capartner_key_hash(argv[i + 1], strlen(argv[i + 1]));

    /* the hash's four lanes after the fixed prefix (lib/fold.c) */
    char key[256];
    memset(key, 'q', length);
    key[length] = '\0';
    const uint64_t multiplier = 0x9E3779B97F4A7C15u;
    uint64_t a = 0x243F6A8885A308D3u, b = 0x13198A2E03707344u, c = 0xA4093822299F31D0u,
             d = 0x082EFA98EC4E6C89u;
    for (size_t i = 0; i < length - 8; i++) {
        uint64_t next = (a ^ (unsigned char)key[i]) * multiplier;
        a = b, b = c, c = d, d = next;
    }
    for (uint64_t counter = 0; counter < (uint64_t)1 << 40; counter++) {
        char tail[8];
        uint64_t value = counter;
        for (int j = 0; j < 8; j++, value /= 26)
            tail[j] = (char)('a' + value % 26);
        uint64_t la = a, lb = b, lc = c, ld = d;
        for (int j = 0; j < 8; j++) {
            uint64_t next = (la ^ (unsigned char)tail[j]) * multiplier;
            la = lb, lb = lc, lc = ld, ld = next;
        }
        uint64_t hash = la ^ (lb << 16 | lb >> 48) ^ (lc << 32 | lc >> 32) ^ (ld << 48 | ld >> 16) ^
                        (uint64_t)length;
        hash ^= hash >> 32;
        hash *= 0xBF58476D1CE4E5B9u;
        hash ^= hash >> 29;
        for (size_t i = 0; i < count; i++) {
            if ((uint32_t)hash != targets[i])
                continue;
            memcpy(key + length - 8, tail, 8);
            /* the shortcut must agree with the library's own hash */
            uint32_t check = capartner_key_hash(key, length);
            printf("%s\t%s\t%u\t%u\n", key, argv[i + 1], (unsigned)(uint32_t)hash, (unsigned)check);
            return check == (uint32_t)hash ? 0 : 1;
        }
    }
    return 1;
}
