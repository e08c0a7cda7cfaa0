/* "Did you mean ...?": the closest known keys to a mistyped one. */
#include "suggest.h"

#include "cli.h"
#include "text.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

size_t edit_distance(const uint32_t *a, size_t a_length, const uint32_t *b, size_t b_length) {
    /* optimal string alignment distance over three rolling rows */
    size_t *rows = xmalloc(3 * (b_length + 1) * sizeof *rows);
    size_t *before = rows, *previous = rows + (b_length + 1), *current = rows + 2 * (b_length + 1);
    for (size_t j = 0; j <= b_length; j++)
        previous[j] = j;
    for (size_t i = 1; i <= a_length; i++) {
        current[0] = i;
        for (size_t j = 1; j <= b_length; j++) {
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t best = previous[j] + 1;
            if (current[j - 1] + 1 < best)
                best = current[j - 1] + 1;
            if (previous[j - 1] + cost < best)
                best = previous[j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                before[j - 2] + 1 < best)
                best = before[j - 2] + 1;
            current[j] = best;
        }
        size_t *spare = before;
        before = previous;
        previous = current;
        current = spare;
    }
    size_t distance = previous[b_length];
    free(rows);
    return distance;
}

void suggest_init(struct suggest *suggest, const char *mistyped) {
    memset(suggest, 0, sizeof *suggest);
    suggest->query = text_code_points(mistyped, true, &suggest->query_length);
    size_t n = suggest->query_length;
    suggest->limit = n <= 3 ? 1 : n <= 6 ? 2 : 3;
}

void suggest_consider(struct suggest *suggest, const char *key, const char *display) {
    if (key == NULL || key[0] == '\0')
        return;
    if (display == NULL)
        display = key;
    size_t length;
    uint32_t *points = text_code_points(key, true, &length);
    /* the distance is at least the difference in length: past the limit,
     * the table need not be filled (most keys, and a run over every id) */
    size_t difference = length > suggest->query_length ? length - suggest->query_length
                                                       : suggest->query_length - length;
    size_t score = difference > suggest->limit
                       ? suggest->limit + 1
                       : edit_distance(suggest->query, suggest->query_length, points, length);
    /* a key that begins with what was typed is a good guess too */
    if (suggest->query_length >= 3 && length > suggest->query_length &&
        memcmp(points, suggest->query, suggest->query_length * sizeof *points) == 0 &&
        score > suggest->limit)
        score = suggest->limit;
    free(points);
    suggest_offer(suggest, display, score);
}

void suggest_offer(struct suggest *suggest, const char *display, size_t score) {
    size_t order = suggest->considered++;
    if (score > suggest->limit)
        return;
    char *folded_display = text_fold(display);
    for (size_t i = 0; i < suggest->best_count; i++) {
        char *other = text_fold(suggest->best[i].display);
        bool same = strcmp(other, folded_display) == 0;
        free(other);
        if (same) {
            free(folded_display);
            if (score < suggest->best[i].score)
                suggest->best[i].score = score;
            return;
        }
    }
    free(folded_display);
    /* keep the SUGGEST_MAX best by (score, order) */
    size_t slot = suggest->best_count;
    if (slot == SUGGEST_MAX) {
        slot = SUGGEST_MAX - 1;
        if (suggest->best[slot].score <= score)
            return;
        free(suggest->best[slot].display);
    } else {
        suggest->best_count++;
    }
    suggest->best[slot].display = xstrdup(display);
    suggest->best[slot].score = score;
    suggest->best[slot].order = order;
    while (slot > 0 && suggest->best[slot - 1].score > suggest->best[slot].score) {
        char *display_swap = suggest->best[slot - 1].display;
        size_t score_swap = suggest->best[slot - 1].score,
               order_swap = suggest->best[slot - 1].order;
        suggest->best[slot - 1] = suggest->best[slot];
        suggest->best[slot].display = display_swap;
        suggest->best[slot].score = score_swap;
        suggest->best[slot].order = order_swap;
        slot--;
    }
}

void suggest_format(const struct suggest *suggest, char *buffer, size_t buffer_size) {
    if (buffer_size == 0)
        return;
    buffer[0] = '\0';
    if (suggest->best_count == 0)
        return;
    /* only the closest ones: a distance-1 guess hides distance-2 guesses */
    size_t best_score = suggest->best[0].score, shown = 0;
    const char *shown_display[SUGGEST_MAX];
    for (size_t i = 0; i < suggest->best_count; i++)
        if (suggest->best[i].score == best_score)
            shown_display[shown++] = suggest->best[i].display;
    size_t used = (size_t)snprintf(buffer, buffer_size, "; did you mean ");
    for (size_t i = 0; i < shown && used < buffer_size; i++) {
        const char *separator = i == 0 ? "" : i + 1 == shown ? " or " : ", ";
        used += (size_t)snprintf(buffer + used, buffer_size - used, "%s%s", separator,
                                 shown_display[i]);
    }
    if (used < buffer_size)
        snprintf(buffer + used, buffer_size - used, "?");
}

void suggest_free(struct suggest *suggest) {
    free(suggest->query);
    for (size_t i = 0; i < suggest->best_count; i++)
        free(suggest->best[i].display);
    memset(suggest, 0, sizeof *suggest);
}

void suggest_word(const char *mistyped, const char *const *words, char *buffer,
                  size_t buffer_size) {
    struct suggest suggest;
    suggest_init(&suggest, mistyped);
    for (size_t i = 0; words[i] != NULL; i++)
        suggest_consider(&suggest, words[i], NULL);
    suggest_format(&suggest, buffer, buffer_size);
    suggest_free(&suggest);
}
