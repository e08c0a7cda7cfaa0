/* The SHA extensions' rounds (sha256_x86.h). The state lives in two
 * registers as ABEF and CDGH, the order sha256rnds2 works on; each group of
 * four rounds adds its four constants to four message words, and the
 * message schedule of the later rounds is built by sha256msg1/sha256msg2
 * four words at a time, three groups ahead of its use. */
#include "sha256_x86.h"

#include "sha256.h"

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>

#define SHA256_X86_TARGET __attribute__((target("sha,sse4.1,ssse3")))

bool sha256_x86_available(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    bool ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    bool sha = (b >> 29) & 1;
    return ssse3 && sse41 && sha;
}

SHA256_X86_TARGET void sha256_x86_compress(uint32_t state[8], const unsigned char block[64]) {
    /* message words are big-endian */
    const __m128i byte_swap = _mm_set_epi8(12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);
    __m128i low = _mm_loadu_si128((const __m128i *)(const void *)&state[0]);  /* DCBA */
    __m128i high = _mm_loadu_si128((const __m128i *)(const void *)&state[4]); /* HGFE */
    low = _mm_shuffle_epi32(low, 0xb1);                                       /* CDAB */
    high = _mm_shuffle_epi32(high, 0x1b);                                     /* EFGH */
    __m128i abef = _mm_alignr_epi8(low, high, 8);
    __m128i cdgh = _mm_blend_epi16(high, low, 0xf0);
    __m128i abef_saved = abef, cdgh_saved = cdgh;

    __m128i message[4];
    for (int group = 0; group < 16; group++) {
        __m128i *words = &message[group % 4];
        if (group < 4)
            *words = _mm_shuffle_epi8(
                _mm_loadu_si128((const __m128i *)(const void *)(block + 16 * group)), byte_swap);
        __m128i sum = _mm_add_epi32(
            *words,
            _mm_loadu_si128((const __m128i *)(const void *)&sha256_round_constants[4 * group]));
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sum);
        if (group >= 3 && group <= 14) {
            /* finish the next group's words: w[t-16] + s0 + w[t-7], then s1 */
            __m128i *next = &message[(group + 1) % 4];
            *next = _mm_add_epi32(*next, _mm_alignr_epi8(*words, message[(group + 3) % 4], 4));
            *next = _mm_sha256msg2_epu32(*next, *words);
        }
        sum = _mm_shuffle_epi32(sum, 0x0e);
        abef = _mm_sha256rnds2_epu32(abef, cdgh, sum);
        if (group >= 1 && group <= 12) {
            /* start the words of three groups on: w[t-16] + s0 */
            __m128i *previous = &message[(group + 3) % 4];
            *previous = _mm_sha256msg1_epu32(*previous, *words);
        }
    }
    abef = _mm_add_epi32(abef, abef_saved);
    cdgh = _mm_add_epi32(cdgh, cdgh_saved);

    __m128i feba = _mm_shuffle_epi32(abef, 0x1b);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xb1);
    _mm_storeu_si128((__m128i *)(void *)&state[0], _mm_blend_epi16(feba, dchg, 0xf0));
    _mm_storeu_si128((__m128i *)(void *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

#else

bool sha256_x86_available(void) {
    return false;
}

void sha256_x86_compress(uint32_t state[8], const unsigned char block[64]) {
    (void)state;
    (void)block;
}

#endif
