/* "Did you mean ...?": the closest known keys to a mistyped one. */
#ifndef CAPARTNER_CLI_SUGGEST_H
#define CAPARTNER_CLI_SUGGEST_H

#include <stddef.h>
#include <stdint.h>

#define SUGGEST_MAX 3

struct suggest {
    uint32_t *query; /* folded code points of the mistyped key */
    size_t query_length;
    size_t limit; /* the largest distance still worth suggesting */
    struct {
        char *display;
        size_t score;
        size_t order;
    } best[SUGGEST_MAX];
    size_t best_count;
    size_t considered;
};

/* Edit distance (insertions, deletions, substitutions and transpositions of
 * adjacent characters) between two code-point strings. */
size_t edit_distance(const uint32_t *a, size_t a_length, const uint32_t *b, size_t b_length);

void suggest_init(struct suggest *suggest, const char *mistyped);
/* A known key, and what to print if it is suggested (e.g. "KG (Kyrgyzstan)");
 * display NULL means the key itself. Keys are compared case-insensitively. */
void suggest_consider(struct suggest *suggest, const char *key, const char *display);
/* A candidate already scored (an edit distance), e.g. by capartner_suggest. */
void suggest_offer(struct suggest *suggest, const char *display, size_t score);
/* Appends " did you mean A, B or C?" to buffer (empty when nothing is close). */
void suggest_format(const struct suggest *suggest, char *buffer, size_t buffer_size);
void suggest_free(struct suggest *suggest);

/* One-call form over a NULL-terminated list of words. */
void suggest_word(const char *mistyped, const char *const *words, char *buffer, size_t buffer_size);

#endif
