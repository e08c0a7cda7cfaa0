/* capartner timeline --format svg: the timeline as a picture. */
#ifndef CAPARTNER_CLI_SVG_H
#define CAPARTNER_CLI_SVG_H

#include "cli.h"

#include <stdint.h>

struct timeline_selection {
    const capartner_event **events; /* the events to draw, any order */
    size_t event_count;
    const capartner_country **countries; /* --country values (lanes even without events) */
    size_t country_count;
    const capartner_body **bodies; /* --body values: only these programmes as bars */
    size_t body_count;
    int include_alternatives;
    int32_t range_from, range_to; /* yyyymmdd; 0 when the end is open */
    const char *filters;          /* a readable summary of the filters, or "" */
};

/* One lane per country named by the events (or the filter), events as marks
 * coloured by area, participations as bars; a legend; the data version in
 * the title. */
void svg_write_timeline(struct cli *cli, const struct timeline_selection *selection);

#endif
