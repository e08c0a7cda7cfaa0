/* capartner timeline --format svg: one lane per country, events as marks
 * coloured by area of cooperation, participations as bars, a legend, and a
 * title naming the data version. Self-contained SVG 1.1 (no scripts, no
 * external fonts or images). */
#include "svg.h"

#include "escape.h"
#include "table.h"
#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- geometry */

enum {
    LEFT = 210, /* the lane labels */
    RIGHT = 40,
    TOP = 96,      /* title, subtitle and axis above the lanes */
    MARK_ROW = 18, /* height of a row of event marks */
    BAR_ROW = 17,  /* height of a row of bars */
    LANE_PAD = 7,
    LANE_MIN = 46,
    RADIUS = 6
};

static const double CHAR_WIDTH = 5.9; /* average advance at 10.5px (DejaVu Sans is widest) */

/* Font sizes in pixels, as the style sheet below sets them: the layout
 * estimates every text's width from them, so texts never overlap. */
static const double BAR_LABEL_SIZE = 10.5, MARK_LABEL_SIZE = 9, LEGEND_SIZE = 11.5,
                    EVENT_KEY_SIZE = 11, LINE_HEIGHT = 15, TITLE_SIZE = 20, SUBTITLE_SIZE = 12.5;

/* The estimated width of a text at a font size. */
static double text_pixels(const char *text, double font_size) {
    return CHAR_WIDTH * font_size / 10.5 * (double)text_width(text);
}

/* A colour per area, by area index: distinct on white and for most forms
 * of colour blindness in neighbouring pairs. */
static const char *const palette[] = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#17becf", "#bcbd22", "#1f2d4d", "#7f3c8d", "#a0cbe8", "#ffbe7d", "#86bcb6"};
#define PALETTE_SIZE (sizeof palette / sizeof palette[0])
static const char NO_AREA[] = "#a0a0a0";

static double fractional_year(int32_t day) {
    int year = (int)(day / 10000), month = (int)(day / 100 % 100), d = (int)(day % 100);
    if (month == 0)
        month = 1;
    if (d == 0)
        d = 1;
    static const int before_month[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return year + (before_month[month - 1] + d - 1) / 365.25;
}

struct scale {
    int first_year, last_year; /* the axis runs from Jan 1 first_year to Jan 1 last_year */
    double pixels_per_year;
};

static double x_of(const struct scale *scale, double year) {
    return LEFT + (year - scale->first_year) * scale->pixels_per_year;
}

/* --------------------------------------------------------------- model */

struct mark {
    const capartner_event *event;
    double x, x_from, x_to; /* x_from < x_to when the date is an interval */
    size_t number;          /* its line in the list of events below the lanes */
    double start, extent;   /* what it covers: its date's span, the dot, its number */
    int row;
};

struct bar {
    const capartner_participation *participation;
    double x0, x1;
    double c0, c1;   /* the days it certainly held, when `certain` */
    bool certain;    /* some day is certain */
    bool open_start; /* the sources give no earliest start */
    char *label;
    double start, extent; /* x of the start and end of the bar and its label */
    double label_x;       /* where the label starts: inside the bar when it fits */
    int row;
};

struct lane {
    const capartner_country *country; /* NULL: events naming no country */
    struct mark *marks;
    size_t mark_count, mark_capacity;
    struct bar *bars;
    size_t bar_count, bar_capacity;
    int mark_rows, bar_rows;
    double y, height;
};

static void lane_add_mark(struct lane *lane, const struct mark *mark) {
    if (lane->mark_count == lane->mark_capacity) {
        lane->mark_capacity = lane->mark_capacity ? lane->mark_capacity * 2 : 8;
        lane->marks = xrealloc(lane->marks, lane->mark_capacity * sizeof *lane->marks);
    }
    lane->marks[lane->mark_count++] = *mark;
}

static void lane_add_bar(struct lane *lane, const struct bar *bar) {
    if (lane->bar_count == lane->bar_capacity) {
        lane->bar_capacity = lane->bar_capacity ? lane->bar_capacity * 2 : 8;
        lane->bars = xrealloc(lane->bars, lane->bar_capacity * sizeof *lane->bars);
    }
    lane->bars[lane->bar_count++] = *bar;
}

static int compare_marks(const void *a, const void *b) {
    double x = ((const struct mark *)a)->start, y = ((const struct mark *)b)->start;
    return (x > y) - (x < y);
}

static int compare_bars(const void *a, const void *b) {
    const struct bar *p = a, *q = b;
    if (p->start != q->start)
        return (p->start > q->start) - (p->start < q->start);
    return (p->x1 < q->x1) - (p->x1 > q->x1);
}

/* Greedy rows: each item goes to the first row whose last item ends at least
 * gap before it starts. ends[] holds each row's end; past ROWS_MAX rows,
 * items share the last one rather than growing the picture without bound. */
enum { ROWS_MAX = 64 };

static int first_free_row(const double *ends, int *rows, double start, double gap) {
    int row = 0;
    while (row < *rows && start - ends[row] < gap)
        row++;
    if (row == *rows) {
        if (*rows == ROWS_MAX)
            row = ROWS_MAX - 1;
        else
            (*rows)++;
    }
    return row;
}

static int pack_marks(struct mark *marks, size_t count) {
    double ends[ROWS_MAX];
    int rows = 0;
    if (count == 0)
        return 0; /* marks may be NULL, which qsort does not allow */
    qsort(marks, count, sizeof *marks, compare_marks);
    for (size_t i = 0; i < count; i++) {
        marks[i].row = first_free_row(ends, &rows, marks[i].start, 3);
        ends[marks[i].row] = marks[i].extent;
    }
    return rows;
}

static int pack_bars(struct bar *bars, size_t count) {
    double ends[ROWS_MAX];
    int rows = 0;
    if (count == 0)
        return 0; /* bars may be NULL, which qsort does not allow */
    qsort(bars, count, sizeof *bars, compare_bars);
    for (size_t i = 0; i < count; i++) {
        bars[i].row = first_free_row(ends, &rows, bars[i].start, 6);
        ends[bars[i].row] = bars[i].extent;
    }
    return rows;
}

/* -------------------------------------------------------------- output */

static void text_attr(FILE *out, const char *name, const char *value) {
    fprintf(out, " %s=\"", name);
    escape_xml(out, value);
    putc('"', out);
}

static void element_text(FILE *out, double x, double y, const char *css_class, const char *text) {
    fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\">", x, y, css_class);
    escape_xml(out, text);
    fputs("</text>\n", out);
}

static void title_element(FILE *out, const char *text) {
    fputs("<title>", out);
    escape_xml(out, text);
    fputs("</title>", out);
}

static const char *area_colour(const capartner_area *area) {
    return area == NULL ? NO_AREA : palette[capartner_area_index(area) % PALETTE_SIZE];
}

/* A mark: a circle, or a pie of one slice per area. */
static void draw_mark(FILE *out, const struct mark *mark, double y, bool alternative) {
    const capartner_event *e = mark->event;
    size_t areas = capartner_event_area_count(e);
    /* the tooltip */
    fputs("<g class=\"event\"", out);
    text_attr(out, "data-event", capartner_event_id(e));
    fputs(">", out);
    {
        size_t length = 0;
        char buffer[1400];
        length += (size_t)snprintf(buffer + length, sizeof buffer - length, "%s — %s",
                                   capartner_event_date_text(e), capartner_event_summary(e));
        for (size_t i = 0; i < areas && length < sizeof buffer; i++) {
            const capartner_area *a = NULL;
            capartner_event_area_at(e, i, &a);
            length += (size_t)snprintf(buffer + length, sizeof buffer - length, "%s%s",
                                       i == 0 ? " [" : ", ", capartner_area_name(a));
        }
        if (areas > 0 && length < sizeof buffer)
            snprintf(buffer + length, sizeof buffer - length, "]");
        title_element(out, buffer);
    }
    if (mark->x_to - mark->x_from > 2 * RADIUS) {
        const capartner_area *first = NULL;
        if (areas > 0)
            capartner_event_area_at(e, 0, &first);
        fprintf(out,
                "<rect class=\"span\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" "
                "rx=\"4\" fill=\"%s\"/>",
                mark->x_from, y - 4, mark->x_to - mark->x_from, 8, area_colour(first));
    }
    const char *extra = alternative ? " stroke-dasharray=\"2 2\" fill-opacity=\"0.35\"" : "";
    if (areas <= 1) {
        const capartner_area *a = NULL;
        if (areas == 1)
            capartner_event_area_at(e, 0, &a);
        fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"%s/>", mark->x, y, RADIUS,
                area_colour(a), extra);
    } else {
        const double pi = 3.14159265358979323846;
        for (size_t i = 0; i < areas; i++) {
            const capartner_area *a = NULL;
            capartner_event_area_at(e, i, &a);
            double from = -pi / 2 + 2 * pi * (double)i / (double)areas;
            double to = -pi / 2 + 2 * pi * (double)(i + 1) / (double)areas;
            fprintf(out,
                    "<path d=\"M%.2f,%.2f L%.2f,%.2f A%d,%d 0 %d,1 %.2f,%.2f Z\" fill=\"%s\"%s/>",
                    mark->x, y, mark->x + RADIUS * cos(from), y + RADIUS * sin(from), RADIUS,
                    RADIUS, to - from > pi ? 1 : 0, mark->x + RADIUS * cos(to),
                    y + RADIUS * sin(to), area_colour(a), extra);
        }
        fprintf(out, "<circle class=\"ring\" cx=\"%.1f\" cy=\"%.1f\" r=\"%d\"/>", mark->x, y,
                RADIUS);
    }
    char number[24];
    snprintf(number, sizeof number, "%zu", mark->number);
    element_text(out, mark->x + RADIUS + 2, y + 3, "mark-label", number);
    fputs("</g>\n", out);
}

static void draw_bar(FILE *out, const struct bar *bar, double y) {
    const capartner_participation *p = bar->participation;
    const capartner_body *body = capartner_participation_body(p);
    capartner_role role = capartner_participation_role(p);
    char started[CAPARTNER_DATE_TEXT_BYTES], ended[CAPARTNER_DATE_TEXT_BYTES],
        reported[CAPARTNER_DATE_TEXT_BYTES];
    date_text(capartner_participation_started(p), started);
    date_text(capartner_participation_ended(p), ended);
    date_text(capartner_participation_reported(p), reported);
    char tooltip[1200];
    snprintf(tooltip, sizeof tooltip, "%s in %s: %s, %s%s%s%s (reported %s). %s",
             capartner_country_name(capartner_participation_country(p)), capartner_body_name(body),
             capartner_role_name(role), started[0] ? "from " : "start not stated", started,
             ended[0] ? " to " : ", no end stated", ended, reported[0] ? reported : "—",
             capartner_participation_summary(p));
    const char *css = role == CAPARTNER_ROLE_ON_HOLD ? "bar hold" : "bar";
    fputs("<g", out);
    text_attr(out, "class", "participation");
    text_attr(out, "data-participation", capartner_participation_id(p));
    fputs(">", out);
    title_element(out, tooltip);
    /* faded over the days it possibly held, solid over those it certainly held */
    double width = bar->x1 - bar->x0 < 3 ? 3 : bar->x1 - bar->x0;
    fprintf(out,
            "<rect class=\"%s possible%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" "
            "rx=\"3\"/>",
            css, bar->open_start ? " from-report" : "", bar->x0, y, width, BAR_ROW - 4);
    if (bar->certain) {
        double certain_width = bar->c1 - bar->c0 < 3 ? 3 : bar->c1 - bar->c0;
        fprintf(out,
                "<rect class=\"%s certain\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                "height=\"%d\" rx=\"3\"/>",
                css, bar->c0, y, certain_width, BAR_ROW - 4);
    }
    element_text(out, bar->label_x, y + BAR_ROW - 8, "bar-label", bar->label);
    fputs("</g>\n", out);
}

static char *bar_label(const capartner_participation *p) {
    const capartner_body *body = capartner_participation_body(p);
    const char *acronym = capartner_body_acronym(body);
    const char *name = acronym[0] ? acronym : capartner_body_name(body);
    capartner_role role = capartner_participation_role(p);
    if (role == CAPARTNER_ROLE_MEMBER || role == CAPARTNER_ROLE_PARTICIPANT)
        return xstrdup(name);
    char *role_text = xstrdup(capartner_role_name(role));
    for (char *c = role_text; *c != '\0'; c++)
        if (*c == '_')
            *c = ' ';
    char *label = xasprintf("%s · %s", name, role_text);
    free(role_text);
    return label;
}

/* -------------------------------------------------------------- layout */

struct legend_item {
    double x, y;
    const char *colour;
    const char *label;
};

/* The key to the marks and bars: a sample of each and what it means. */
enum key_sample { KEY_EVENT, KEY_SPAN, KEY_BAR, KEY_HOLD, KEY_FROM_REPORT, KEY_ITEMS };

static const struct key_item {
    double sample_width;
    const char *text;
} key_items[KEY_ITEMS] = {
    [KEY_EVENT] = {18, "event (one slice per area), numbered as in the list of events"},
    [KEY_SPAN] = {48, "date known only to the year or month"},
    [KEY_BAR] = {54, "participation: solid where certain, faded where possible; it stops where "
                     "the evidence stops"},
    [KEY_HOLD] = {54, "on hold"},
    [KEY_FROM_REPORT] = {54, "dashed outline: began by the date shown (start not stated)"},
};

/* Where everything goes, in pixels: computed once by layout_timeline, then
 * read by the drawing steps. */
struct layout {
    int32_t data_day; /* the data's "as of" date: the axis when nothing is dated */
    struct lane *lanes;
    size_t lane_count;
    struct scale scale;
    double x_min, x_max; /* the ends of the axis */
    double width, height;
    double lanes_bottom, legend_top, key_y;
    double key_x[KEY_ITEMS], key_row_y[KEY_ITEMS]; /* where each item of the key goes */
    struct legend_item items[PALETTE_SIZE * 4 + 1];
    size_t item_count;
    char title[512], subtitle[1024];
    const capartner_event **events; /* the events in timeline order, numbered from 1 */
    size_t event_count;
    double events_top; /* the list of events */
};

static int32_t as_of_day(void) {
    capartner_date date;
    int32_t earliest = 0, latest = 0;
    if (capartner_date_parse(capartner_data_as_of(), &date) == CAPARTNER_OK)
        capartner_date_bounds(date, &earliest, &latest);
    return earliest;
}

static int lane_of(const struct layout *layout, const capartner_country *country) {
    for (size_t i = 0; i < layout->lane_count; i++)
        if (layout->lanes[i].country == country)
            return (int)i;
    return -1;
}

static int compare_lanes(const void *a, const void *b) {
    const struct lane *p = a, *q = b;
    if (p->country == NULL || q->country == NULL)
        return (p->country == NULL) - (q->country == NULL);
    int partner =
        capartner_country_is_partner(q->country) - capartner_country_is_partner(p->country);
    if (partner != 0)
        return partner;
    size_t x = capartner_country_index(p->country), y = capartner_country_index(q->country);
    return (x > y) - (x < y);
}

/* The lanes: the filter's countries, then every country the events name,
 * then one for the events naming no country (when no country is filtered). */
static void layout_lanes(struct layout *layout, const struct timeline_selection *selection) {
    layout->lanes = xcalloc(capartner_country_count() + 1, sizeof *layout->lanes);
    for (size_t i = 0; i < selection->country_count; i++)
        if (lane_of(layout, selection->countries[i]) < 0)
            layout->lanes[layout->lane_count++].country = selection->countries[i];
    bool other_lane = false;
    for (size_t i = 0; i < selection->event_count; i++) {
        const capartner_event *e = selection->events[i];
        size_t n = capartner_event_country_count(e);
        if (n == 0 && selection->country_count == 0)
            other_lane = true;
        for (size_t j = 0; j < n; j++) {
            const capartner_country *c = NULL;
            capartner_event_country_at(e, j, &c);
            if (selection->country_count > 0 && lane_of(layout, c) < 0)
                continue; /* filtered by country: only those lanes */
            if (lane_of(layout, c) < 0)
                layout->lanes[layout->lane_count++].country = c;
        }
    }
    if (other_lane)
        layout->lanes[layout->lane_count++].country = NULL;
    qsort(layout->lanes, layout->lane_count, sizeof *layout->lanes, compare_lanes);
}

/* Widens [*low, *high] (in years) to the events' dates. */
static void span_events(const struct timeline_selection *selection, double *low, double *high) {
    for (size_t i = 0; i < selection->event_count; i++) {
        int32_t earliest = 0, latest = 0;
        capartner_date_bounds(capartner_event_date(selection->events[i]), &earliest, &latest);
        if (earliest > 0 && fractional_year(earliest) < *low)
            *low = fractional_year(earliest);
        if (latest > 0 && latest < 99991231 && fractional_year(latest) > *high)
            *high = fractional_year(latest);
        if (earliest > 0 && fractional_year(earliest) > *high)
            *high = fractional_year(earliest);
        if (latest > 0 && latest < 99991231 && fractional_year(latest) < *low)
            *low = fractional_year(latest);
    }
}

/* The participations of the lane countries (in the filter's bodies), or NULL
 * when no lane is a country's. */
static capartner_query *participations_query(const struct layout *layout,
                                             const struct timeline_selection *selection) {
    bool any_country_lane = false;
    for (size_t i = 0; i < layout->lane_count; i++)
        any_country_lane |= layout->lanes[i].country != NULL;
    capartner_query *query = NULL;
    if (!any_country_lane ||
        capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query) != CAPARTNER_OK)
        return NULL;
    for (size_t i = 0; i < layout->lane_count; i++)
        if (layout->lanes[i].country != NULL)
            capartner_query_add_country(query, layout->lanes[i].country);
    for (size_t i = 0; i < selection->body_count; i++)
        capartner_query_add_body(query, selection->bodies[i]);
    capartner_query_include_alternatives(query, selection->include_alternatives);
    return query;
}

/* A participation's bar in days (yyyymmdd), or false when it has none. A bar
 * runs over the days the relation possibly held, solid where it certainly
 * held (docs/data-model.md); with no end stated it stops where the evidence
 * stops. A relation with neither start nor end stated is drawn only when it
 * is a change of status (on hold, interest expressed, requested): the others
 * would all be the same few months of their source's content (capartner
 * participations lists them all). */
static bool participation_span(const capartner_participation *p, int32_t *start, int32_t *end,
                               struct bar *bar) {
    capartner_role role = capartner_participation_role(p);
    bool dated = capartner_participation_started(p).precision != CAPARTNER_PRECISION_UNKNOWN ||
                 capartner_participation_ended(p).precision != CAPARTNER_PRECISION_UNKNOWN;
    if (!dated && role != CAPARTNER_ROLE_ON_HOLD && role != CAPARTNER_ROLE_INTEREST_EXPRESSED &&
        role != CAPARTNER_ROLE_REQUESTED)
        return false;
    int32_t certain_first, certain_last, possible_first, possible_last;
    capartner_participation_span(p, CAPARTNER_CERTAINLY, &certain_first, &certain_last);
    capartner_participation_span(p, CAPARTNER_POSSIBLY, &possible_first, &possible_last);
    bar->certain = certain_first <= certain_last;
    *start = possible_first > 0 ? possible_first : bar->certain ? certain_first : 0;
    *end = possible_last < 99991231 ? possible_last : bar->certain ? certain_last : 0;
    bar->open_start = possible_first == 0;
    bar->c0 = fractional_year(bar->certain ? certain_first : *start);
    bar->c1 = fractional_year(bar->certain ? certain_last : *start);
    return *start != 0 && *end != 0 && *start <= *end;
}

/* The bars within the range filter, x0 and x1 in years; widens [*low, *high]
 * to them. */
static struct bar *collect_bars(const struct layout *layout,
                                const struct timeline_selection *selection, double *low,
                                double *high, size_t *count) {
    capartner_query *query = participations_query(layout, selection);
    struct bar *bars = NULL;
    size_t capacity = 0;
    *count = 0;
    for (const capartner_participation *p;
         query != NULL && (p = capartner_query_next_participation(query)) != NULL;) {
        struct bar bar = {.participation = p};
        int32_t start, end;
        if (!participation_span(p, &start, &end, &bar))
            continue;
        /* the range filter: skip bars wholly outside it */
        if (selection->range_from > 0 && end < selection->range_from)
            continue;
        if (selection->range_to > 0 && start > selection->range_to)
            continue;
        if (*count == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            bars = xrealloc(bars, capacity * sizeof *bars);
        }
        bar.x0 = fractional_year(start);
        bar.x1 = fractional_year(end);
        if (bar.x0 < *low)
            *low = bar.x0;
        if (bar.x1 > *high)
            *high = bar.x1;
        bars[(*count)++] = bar;
    }
    capartner_query_free(query);
    return bars;
}

/* Whole years from low to high (or the range filter) at a readable scale. */
static void layout_scale(struct layout *layout, const struct timeline_selection *selection,
                         double low, double high) {
    if (selection->range_from > 0)
        low = fractional_year(selection->range_from);
    if (selection->range_to > 0 && selection->range_to < 99991231)
        high = fractional_year(selection->range_to);
    if (low > high) { /* nothing dated: a one-year axis around the data date */
        low = fractional_year(layout->data_day > 0 ? layout->data_day : 20000101);
        high = low;
    }
    struct scale *scale = &layout->scale;
    scale->first_year = (int)floor(low);
    scale->last_year = (int)floor(high) + 1;
    int years = scale->last_year - scale->first_year;
    scale->pixels_per_year = 1250.0 / years;
    if (scale->pixels_per_year < 36)
        scale->pixels_per_year = 36;
    if (scale->pixels_per_year > 120)
        scale->pixels_per_year = 120;
    double plot_width = years * scale->pixels_per_year;
    layout->width = LEFT + plot_width + RIGHT;
    if (layout->width < 960)
        layout->width = 960;
    layout->x_min = x_of(scale, scale->first_year);
    layout->x_max = x_of(scale, scale->last_year);
}

static int compare_events(const void *a, const void *b) {
    size_t x = capartner_event_index(*(const capartner_event *const *)a),
           y = capartner_event_index(*(const capartner_event *const *)b);
    return (x > y) - (x < y);
}

/* The events in timeline order: the list below the lanes, whose line numbers
 * label the marks (a picture made into an image keeps no tooltip). */
static void number_events(struct layout *layout, const struct timeline_selection *selection) {
    layout->events = xcalloc(selection->event_count + 1, sizeof *layout->events);
    for (size_t i = 0; i < selection->event_count; i++)
        layout->events[i] = selection->events[i];
    layout->event_count = selection->event_count;
    if (layout->event_count > 0)
        qsort((void *)layout->events, layout->event_count, sizeof *layout->events, compare_events);
}

static size_t event_number(const struct layout *layout, const capartner_event *event) {
    size_t low = 0, high = layout->event_count;
    size_t index = capartner_event_index(event);
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (capartner_event_index(layout->events[middle]) < index)
            low = middle + 1;
        else
            high = middle;
    }
    return low + 1;
}

/* Each event's mark in the lane of each of its countries, clipped to the
 * axis, with its number to the right of the dot. */
static void place_marks(struct layout *layout, const struct timeline_selection *selection) {
    for (size_t i = 0; i < selection->event_count; i++) {
        const capartner_event *e = selection->events[i];
        int32_t earliest = 0, latest = 0;
        capartner_date_bounds(capartner_event_date(e), &earliest, &latest);
        double from = earliest > 0 ? fractional_year(earliest) : fractional_year(latest);
        double to = latest > 0 && latest < 99991231 ? fractional_year(latest + 1) : from;
        if (latest > 0 && latest < 99991231 && (latest % 100) >= 28)
            to = fractional_year(latest) + 1 / 365.25;
        struct mark mark = {.event = e,
                            .x_from = x_of(&layout->scale, from),
                            .x_to = x_of(&layout->scale, to),
                            .number = event_number(layout, e)};
        if (mark.x_from < layout->x_min)
            mark.x_from = layout->x_min;
        if (mark.x_to > layout->x_max)
            mark.x_to = layout->x_max;
        mark.x = (mark.x_from + mark.x_to) / 2;
        char number[24];
        snprintf(number, sizeof number, "%zu", mark.number);
        double label_end = mark.x + RADIUS + 2 + text_pixels(number, MARK_LABEL_SIZE);
        mark.start = mark.x_from < mark.x - RADIUS ? mark.x_from : mark.x - RADIUS;
        mark.extent = mark.x_to > label_end ? mark.x_to : label_end;
        if (mark.extent + RIGHT > layout->width)
            layout->width = mark.extent + RIGHT;
        size_t n = capartner_event_country_count(e);
        if (n == 0) {
            int lane = lane_of(layout, NULL);
            if (lane >= 0)
                lane_add_mark(&layout->lanes[lane], &mark);
        }
        for (size_t j = 0; j < n; j++) {
            const capartner_country *c = NULL;
            capartner_event_country_at(e, j, &c);
            int lane = lane_of(layout, c);
            if (lane >= 0)
                lane_add_mark(&layout->lanes[lane], &mark);
        }
    }
}

/* A bar's label inside the bar when it fits; else after it, or before it
 * when after would pass the end of the axis and there is room: never over
 * the bar's edge. start and extent cover the bar and its label. */
static void place_bar_label(const struct layout *layout, struct bar *bar) {
    double width = text_pixels(bar->label, BAR_LABEL_SIZE);
    bar->start = bar->x0;
    bar->extent = bar->x1;
    if (width + 8 <= bar->x1 - bar->x0) {
        bar->label_x = bar->x0 + 4;
    } else if (bar->x1 + 4 + width > layout->x_max && bar->x0 - 4 - width >= LEFT) {
        bar->label_x = bar->x0 - 4 - width;
        bar->start = bar->label_x;
    } else {
        bar->label_x = bar->x1 + 4;
        bar->extent = bar->label_x + width;
    }
}

/* Each bar (x0 and x1 in years) in its country's lane, in pixels clipped to
 * the axis, with its label; the picture widens to the labels. */
static void place_bars(struct layout *layout, const struct bar *bars, size_t count) {
    for (size_t i = 0; i < count; i++) {
        struct bar bar = bars[i];
        int lane = lane_of(layout, capartner_participation_country(bar.participation));
        if (lane < 0)
            continue;
        bar.x0 = x_of(&layout->scale, bar.x0);
        bar.x1 = x_of(&layout->scale, bar.x1);
        bar.c0 = x_of(&layout->scale, bar.c0);
        bar.c1 = x_of(&layout->scale, bar.c1);
        bar.x0 = bar.x0 < layout->x_min ? layout->x_min : bar.x0;
        bar.x1 = bar.x1 > layout->x_max ? layout->x_max : bar.x1;
        bar.c0 = bar.c0 < bar.x0 ? bar.x0 : bar.c0;
        bar.c1 = bar.c1 > bar.x1 ? bar.x1 : bar.c1;
        bar.label = bar_label(bar.participation);
        place_bar_label(layout, &bar);
        if (bar.extent + RIGHT > layout->width)
            layout->width = bar.extent + RIGHT;
        lane_add_bar(&layout->lanes[lane], &bar);
    }
}

/* Rows within each lane, and the lanes one below the other. */
static void stack_lanes(struct layout *layout) {
    double y = TOP;
    for (size_t i = 0; i < layout->lane_count; i++) {
        struct lane *lane = &layout->lanes[i];
        lane->mark_rows = pack_marks(lane->marks, lane->mark_count);
        lane->bar_rows = pack_bars(lane->bars, lane->bar_count);
        double height = 2 * LANE_PAD + lane->mark_rows * MARK_ROW + lane->bar_rows * BAR_ROW +
                        (lane->mark_rows > 0 && lane->bar_rows > 0 ? 4 : 0);
        lane->y = y;
        lane->height = height < LANE_MIN ? LANE_MIN : height;
        y += lane->height;
    }
    layout->lanes_bottom = y;
}

/* Writes text in lines of at most max_width pixels, broken at spaces, the
 * first at (x, y) (when out is not NULL); returns the number of lines. */
static size_t wrap_text(FILE *out, const char *text, double x, double y, double max_width,
                        double font_size, const char *css_class) {
    size_t lines = 0, length = strlen(text);
    char *line = xmalloc(length + 1);
    const char *p = text;
    while (*p != '\0') {
        size_t used = 0;
        const char *fits = p; /* the end of what fits so far */
        for (const char *q = p; *q != '\0';) {
            const char *word_end = strchr(q, ' ');
            if (word_end == NULL)
                word_end = q + strlen(q);
            memcpy(line, p, (size_t)(word_end - p));
            line[word_end - p] = '\0';
            if (used > 0 && text_pixels(line, font_size) > max_width)
                break;
            used = (size_t)(word_end - p);
            fits = word_end;
            q = *word_end == ' ' ? word_end + 1 : word_end;
        }
        memcpy(line, p, used);
        line[used] = '\0';
        if (out != NULL)
            element_text(out, x, y + (double)lines * LINE_HEIGHT, css_class, line);
        lines++;
        p = *fits == ' ' ? fits + 1 : fits;
    }
    free(line);
    return lines;
}

/* The list of events below the key: "12  2014-06 — summary", wrapped to the
 * picture's width; drawn when out is not NULL. Returns its number of lines. */
static size_t list_events(FILE *out, const struct layout *layout) {
    size_t lines = 0;
    double x = LEFT + 36, max_width = layout->width - RIGHT - x;
    for (size_t i = 0; i < layout->event_count; i++) {
        const capartner_event *e = layout->events[i];
        double y = layout->events_top + 20 + (double)lines * LINE_HEIGHT;
        char *text = xasprintf("%s — %s", capartner_event_date_text(e), capartner_event_summary(e));
        if (out != NULL) {
            char number[24];
            snprintf(number, sizeof number, "%zu", i + 1);
            fputs("<g class=\"event-item\"", out);
            text_attr(out, "data-event", capartner_event_id(e));
            fputs(">", out);
            element_text(out, LEFT, y, "event-number", number);
        }
        lines += wrap_text(out, text, x, y, max_width, EVENT_KEY_SIZE, "event-key");
        if (out != NULL)
            fputs("</g>\n", out);
        free(text);
    }
    return lines;
}

/* The title naming the data version and the subtitle naming the filters;
 * the picture widens to them. */
static void layout_heading(struct layout *layout, const struct timeline_selection *selection) {
    snprintf(layout->title, sizeof layout->title,
             "NATO's partnerships with Central Asia: timeline — data as of %s",
             capartner_data_as_of());
    snprintf(layout->subtitle, sizeof layout->subtitle,
             "%zu event%s%s%s · libcapartner %s · data digest %.12s… · one lane per country; "
             "marks are events, bars are participations",
             selection->event_count, selection->event_count == 1 ? "" : "s",
             selection->filters[0] ? " · " : "", selection->filters, capartner_version(),
             capartner_data_digest());
    double title_end = 24 + text_pixels(layout->title, TITLE_SIZE),
           subtitle_end = 24 + text_pixels(layout->subtitle, SUBTITLE_SIZE);
    double end = title_end > subtitle_end ? title_end : subtitle_end;
    if (end + RIGHT > layout->width)
        layout->width = end + RIGHT;
}

/* Appends a legend item at (*x, *y), starting a new row when it would pass
 * the right margin. */
static void legend_add(struct layout *layout, double *x, double *y, const char *colour,
                       const char *label) {
    double item_width = 24 + text_pixels(label, LEGEND_SIZE) + 18;
    if (*x + item_width > layout->width - RIGHT) {
        *x = LEFT;
        *y += 20;
    }
    struct legend_item *item = &layout->items[layout->item_count++];
    item->x = *x;
    item->y = *y;
    item->colour = colour;
    item->label = label;
    *x += item_width;
}

/* The legend below the lanes: the areas the events name, in rows, then the
 * key to the marks; the picture's height follows. */
static void layout_legend(struct layout *layout, const struct timeline_selection *selection) {
    bool area_used[PALETTE_SIZE * 4] = {false};
    bool no_area = false;
    for (size_t i = 0; i < selection->event_count; i++) {
        size_t n = capartner_event_area_count(selection->events[i]);
        if (n == 0)
            no_area = true;
        for (size_t j = 0; j < n; j++) {
            const capartner_area *a = NULL;
            capartner_event_area_at(selection->events[i], j, &a);
            size_t index = capartner_area_index(a);
            if (index < sizeof area_used)
                area_used[index] = true;
        }
    }
    layout->legend_top = layout->lanes_bottom + 34;
    double x = LEFT, y = layout->legend_top + 22;
    size_t area_total = capartner_area_count();
    for (size_t a = 0; a < area_total && a < sizeof area_used; a++) {
        if (!area_used[a])
            continue;
        const capartner_area *area = NULL;
        capartner_area_at(a, &area);
        legend_add(layout, &x, &y, area_colour(area), capartner_area_name(area));
    }
    if (no_area)
        legend_add(layout, &x, &y, NO_AREA, "no area");
    layout->key_y = y + 34;
    /* the key's items flow left to right, in rows within the picture */
    x = LEFT;
    y = layout->key_y;
    for (int k = 0; k < KEY_ITEMS; k++) {
        double width = key_items[k].sample_width + text_pixels(key_items[k].text, LEGEND_SIZE);
        if (x > LEFT && x + width > layout->width - RIGHT) {
            x = LEFT;
            y += 22;
        }
        layout->key_x[k] = x;
        layout->key_row_y[k] = y;
        x += width + 24;
    }
    layout->events_top = y + 34;
    layout->height = layout->events_top + 20 + (double)list_events(NULL, layout) * LINE_HEIGHT + 24;
}

static void layout_timeline(struct layout *layout, const struct timeline_selection *selection) {
    memset(layout, 0, sizeof *layout);
    layout->data_day = as_of_day();
    layout_lanes(layout, selection);
    double low = 1e9, high = -1e9;
    span_events(selection, &low, &high);
    size_t bar_count = 0;
    struct bar *bars = collect_bars(layout, selection, &low, &high, &bar_count);
    layout_scale(layout, selection, low, high);
    number_events(layout, selection);
    place_marks(layout, selection);
    place_bars(layout, bars, bar_count);
    free(bars);
    stack_lanes(layout);
    layout_heading(layout, selection);
    layout_legend(layout, selection);
}

static void free_layout(struct layout *layout) {
    for (size_t i = 0; i < layout->lane_count; i++) {
        for (size_t b = 0; b < layout->lanes[i].bar_count; b++)
            free(layout->lanes[i].bars[b].label);
        free(layout->lanes[i].bars);
        free(layout->lanes[i].marks);
    }
    free(layout->lanes);
    free((void *)layout->events);
}

/* ------------------------------------------------------------- drawing */

static const char svg_defs[] =
    "<defs>\n"
    "<style>\n"
    "text { font-family: 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', "
    "'Liberation Sans', sans-serif; fill: #1f2933; }\n"
    ".title { font-size: 20px; font-weight: 600; }\n"
    ".subtitle { font-size: 12.5px; fill: #52606d; }\n"
    ".year { font-size: 11px; fill: #52606d; text-anchor: middle; }\n"
    ".lane-name { font-size: 13px; font-weight: 600; }\n"
    ".lane-code { font-size: 11px; fill: #616e7c; }\n"
    ".bar-label { font-size: 10.5px; fill: #1f2933; }\n"
    ".legend-title { font-size: 12px; font-weight: 600; }\n"
    ".legend { font-size: 11.5px; }\n"
    ".mark-label { font-size: 9px; fill: #3e4c59; }\n"
    ".event-number { font-size: 11px; font-weight: 600; }\n"
    ".event-key { font-size: 11px; }\n"
    ".note { font-size: 11px; fill: #616e7c; }\n"
    ".grid { stroke: #e4e7eb; stroke-width: 1; }\n"
    ".grid-major { stroke: #cbd2d9; stroke-width: 1; }\n"
    ".lane-bg { fill: #f5f7fa; }\n"
    ".lane-line { stroke: #d9dee4; stroke-width: 1; }\n"
    ".bar { fill: #c9d6e8; stroke: #6b7f99; stroke-width: 0.8; }\n"
    ".bar.hold { fill: #ffffff; stroke: #6b7f99; stroke-dasharray: 4 2; }\n"
    ".bar.from-report { stroke-dasharray: 2 2; }\n"
    ".bar.possible { fill-opacity: 0.3; stroke-opacity: 0.5; }\n"
    ".span { opacity: 0.28; }\n"
    ".event circle, .event path { stroke: #ffffff; stroke-width: 1; }\n"
    ".event circle.ring { fill: none; stroke: #1f2933; stroke-width: 0.6; }\n"
    ".axis { stroke: #7b8794; stroke-width: 1; }\n"
    "</style>\n"
    "</defs>\n";

/* The document's start: its title and description, styles, the background,
 * and the visible title and subtitle. */
static void draw_heading(FILE *out, const struct layout *layout,
                         const struct timeline_selection *selection) {
    fprintf(out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%.0f\" "
            "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
            "aria-labelledby=\"svg-title svg-desc\">\n",
            layout->width, layout->height, layout->width, layout->height);
    fputs("<title id=\"svg-title\">", out);
    escape_xml(out, layout->title);
    fputs("</title>\n<desc id=\"svg-desc\">", out);
    fprintf(out,
            "%zu events in %zu lanes, one per country; libcapartner %s, data digest %s. Made by "
            "capartner timeline --format svg.",
            selection->event_count, layout->lane_count, capartner_version(),
            capartner_data_digest());
    fputs("</desc>\n", out);
    fputs(svg_defs, out);
    fprintf(out, "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>\n",
            layout->width, layout->height);
    element_text(out, 24, 34, "title", layout->title);
    element_text(out, 24, 56, "subtitle", layout->subtitle);
}

/* The years along the top and their grid lines down through the lanes. */
static void draw_axis(FILE *out, const struct layout *layout) {
    const struct scale *scale = &layout->scale;
    int step = scale->pixels_per_year >= 30 ? 1 : 2;
    fprintf(out, "<g class=\"axis-years\">\n");
    for (int year = scale->first_year; year <= scale->last_year; year++) {
        double x = x_of(scale, year);
        fprintf(out, "<line class=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                year % 5 == 0 ? "grid-major" : "grid", x, TOP - 6, x, layout->lanes_bottom);
        if (year < scale->last_year && (year - scale->first_year) % step == 0) {
            char label[16];
            snprintf(label, sizeof label, "%d", year);
            if (scale->pixels_per_year < 30)
                snprintf(label, sizeof label, "’%02d", year % 100);
            element_text(out, x + scale->pixels_per_year / 2, TOP - 10, "year", label);
        }
    }
    fprintf(out, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>\n", LEFT,
            TOP - 2, layout->x_max, TOP - 2);
    fputs("</g>\n", out);
}

/* A lane: its background, the country's name and codes, its bars and marks. */
static void draw_lane(FILE *out, const struct layout *layout, size_t index) {
    const struct lane *lane = &layout->lanes[index];
    const capartner_country *c = lane->country;
    if (c != NULL) {
        fputs("<g class=\"lane\"", out);
        text_attr(out, "data-country", capartner_country_id(c));
        fputs(">\n", out);
    } else {
        fputs("<g class=\"lane-other\">\n", out);
    }
    if (index % 2 == 0)
        fprintf(out,
                "<rect class=\"lane-bg\" x=\"0\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\"/>\n",
                lane->y, layout->width, lane->height);
    fprintf(out, "<line class=\"lane-line\" x1=\"0\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>\n",
            lane->y + lane->height, layout->width, lane->y + lane->height);
    double label_y = lane->y + lane->height / 2;
    if (c != NULL) {
        element_text(out, 24, label_y - 1, "lane-name", capartner_country_name(c));
        char code[64];
        snprintf(code, sizeof code, "%s · %s%s", capartner_country_alpha2(c),
                 capartner_country_alpha3(c), capartner_country_is_partner(c) ? " · partner" : "");
        element_text(out, 24, label_y + 14, "lane-code", code);
    } else {
        element_text(out, 24, label_y - 1, "lane-name", "No country named");
        element_text(out, 24, label_y + 14, "lane-code", "events naming no country");
    }
    double bars_top = lane->y + LANE_PAD + lane->mark_rows * MARK_ROW +
                      (lane->mark_rows > 0 && lane->bar_rows > 0 ? 4 : 0);
    if (lane->mark_rows == 0 || lane->bar_rows == 0) /* centre a lone kind */
        bars_top = lane->y + (lane->height - lane->bar_rows * BAR_ROW) / 2 + 2;
    for (size_t b = 0; b < lane->bar_count; b++)
        draw_bar(out, &lane->bars[b], bars_top + lane->bars[b].row * BAR_ROW);
    double marks_top = lane->y + LANE_PAD + MARK_ROW / 2.0;
    if (lane->bar_rows == 0)
        marks_top = lane->y + (lane->height - lane->mark_rows * MARK_ROW) / 2 + MARK_ROW / 2.0;
    for (size_t m = 0; m < lane->mark_count; m++)
        draw_mark(out, &lane->marks[m], marks_top + lane->marks[m].row * MARK_ROW,
                  !capartner_event_is_preferred(lane->marks[m].event));
    fputs("</g>\n", out);
}

/* A sample bar of the given class. */
static void draw_key_bar(FILE *out, double x, double y, const char *css_class) {
    fprintf(out, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"46\" height=\"%d\" rx=\"3\"/>",
            css_class, x, y - 6, BAR_ROW - 4);
}

/* The key to the marks and bars: each sample and what it means. */
static void draw_key(FILE *out, const struct layout *layout) {
    element_text(out, 24, layout->key_y + 4, "legend-title", "Marks");
    for (int k = 0; k < KEY_ITEMS; k++) {
        double x = layout->key_x[k], y = layout->key_row_y[k];
        switch ((enum key_sample)k) {
        case KEY_EVENT:
            fprintf(out,
                    "<path d=\"M%.1f,%.1f L%.1f,%.1f A%d,%d 0 0,1 %.1f,%.1f Z\" fill=\"%s\"/>"
                    "<path d=\"M%.1f,%.1f L%.1f,%.1f A%d,%d 0 0,1 %.1f,%.1f Z\" fill=\"%s\"/>",
                    x + 7, y, x + 7, y - RADIUS, RADIUS, RADIUS, x + 7, y + RADIUS, palette[0],
                    x + 7, y, x + 7, y + RADIUS, RADIUS, RADIUS, x + 7, y - RADIUS, palette[1]);
            break;
        case KEY_SPAN:
            fprintf(out,
                    "<rect class=\"span\" x=\"%.1f\" y=\"%.1f\" width=\"40\" height=\"8\" "
                    "rx=\"4\" fill=\"%s\"/><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"/>",
                    x, y - 4, palette[0], x + 20, y, RADIUS, palette[0]);
            break;
        case KEY_BAR:
            draw_key_bar(out, x, y, "bar possible");
            fprintf(out,
                    "<rect class=\"bar certain\" x=\"%.1f\" y=\"%.1f\" width=\"23\" "
                    "height=\"%d\" rx=\"3\"/>",
                    x, y - 6, BAR_ROW - 4);
            break;
        case KEY_HOLD:
            draw_key_bar(out, x, y, "bar hold");
            break;
        default:
            draw_key_bar(out, x, y, "bar from-report");
            break;
        }
        element_text(out, x + key_items[k].sample_width, y + 4, "legend", key_items[k].text);
    }
}

/* The areas of cooperation present, then the key. */
static void draw_legend(FILE *out, const struct layout *layout) {
    fputs("<g class=\"legend\">\n", out);
    element_text(out, 24, layout->legend_top + 26, "legend-title", "Areas of cooperation");
    for (size_t i = 0; i < layout->item_count; i++) {
        const struct legend_item *item = &layout->items[i];
        fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"/>", item->x + 7, item->y,
                RADIUS, item->colour);
        element_text(out, item->x + 18, item->y + 4, "legend", item->label);
    }
    draw_key(out, layout);
    if (layout->event_count > 0)
        element_text(out, 24, layout->events_top + 20, "legend-title", "Events");
    list_events(out, layout);
    fputs("</g>\n", out);
}

void svg_write_timeline(struct cli *cli, const struct timeline_selection *selection) {
    FILE *out = cli->out;
    struct layout layout;
    layout_timeline(&layout, selection);
    draw_heading(out, &layout, selection);
    draw_axis(out, &layout);
    for (size_t i = 0; i < layout.lane_count; i++)
        draw_lane(out, &layout, i);
    if (layout.lane_count == 0)
        element_text(out, LEFT, TOP + 30, "note", "No events match these filters.");
    draw_legend(out, &layout);
    element_text(out, 24, layout.height - 10, "note",
                 "Each mark's number is its line in the list of events; hover a mark or a bar "
                 "for its text. Source: libcapartner; sources of every statement: capartner "
                 "show ID.");
    fputs("</svg>\n", out);
    free_layout(&layout);
}
