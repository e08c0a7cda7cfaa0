/* The tables the data compiler writes for the walks (lib/query.c), against
 * the records they are derived from: the preferred records' positions, the
 * open-ended events, and the running maximum of the other events' latest
 * days. A wrong entry here makes a walk skip or repeat a match. */
#include "internal.h"

#include <stdio.h>

static int failures;

static void expect(bool ok, const char *what, size_t at) {
    if (!ok) {
        fprintf(stderr, "FAIL: %s at %zu\n", what, at);
        failures++;
    }
}

static bool alternative(const uint32_t *bits, size_t index) {
    return (bits[index / 32] >> (index % 32) & 1u) != 0;
}

/* `list` holds, in ascending order, exactly the positions below `count`
 * that `wanted` selects. */
static void expect_positions(const uint32_t *list, size_t list_count, size_t count,
                             bool (*wanted)(size_t), const char *what) {
    size_t k = 0;
    for (size_t i = 0; i < count; i++)
        if (wanted(i)) {
            expect(k < list_count && list[k] == i, what, i);
            k++;
        }
    expect(k == list_count, what, k);
}

static bool preferred_event(size_t i) {
    return !alternative(capartner_data_event_alternatives, i);
}

static bool preferred_participation(size_t i) {
    return !alternative(capartner_data_participation_alternatives, i);
}

static bool open_ended_event(size_t i) {
    return capartner_data_events[i].latest == CAPARTNER_OPEN_LATEST;
}

int main(void) {
    size_t events = capartner_data_event_count;
    expect_positions(capartner_data_event_preferred, capartner_data_event_preferred_count, events,
                     preferred_event, "preferred events");
    expect_positions(
        capartner_data_participation_preferred, capartner_data_participation_preferred_count,
        capartner_data_participation_count, preferred_participation, "preferred participations");
    expect_positions(capartner_data_event_open_ended, capartner_data_event_open_ended_count, events,
                     open_ended_event, "open-ended events");
    /* the real data has both kinds, so the walks' paths for them are taken */
    expect(capartner_data_event_open_ended_count > 0, "an open-ended event", 0);
    expect(capartner_data_event_preferred_count < events, "an alternative event", 0);
    int32_t maximum = CAPARTNER_OPEN_EARLIEST;
    for (size_t i = 0; i < events; i++) {
        const struct capartner_event *event = &capartner_data_events[i];
        if (!open_ended_event(i) && event->latest > maximum)
            maximum = event->latest;
        expect(capartner_data_event_latest_prefix_max[i] == maximum, "latest-day maximum", i);
        expect(i == 0 || capartner_data_events[i - 1].earliest <= event->earliest,
               "timeline in earliest-day order", i);
    }
    if (failures == 0)
        printf("walk tables: %zu events (%u preferred, %u open-ended), %u participations\n", events,
               (unsigned)capartner_data_event_preferred_count,
               (unsigned)capartner_data_event_open_ended_count,
               (unsigned)capartner_data_participation_count);
    return failures == 0 ? 0 : 1;
}
