/* The tables of the dataset as the command exports and lists them: one
 * schema per table (columns, types, keys, descriptions) and a row builder
 * per record kind. The export, list, show and query commands all use these,
 * so every format has the same columns. */
#ifndef CAPARTNER_CLI_RECORDS_H
#define CAPARTNER_CLI_RECORDS_H

#include "table.h"

#include <capartner.h>

enum record_table {
    TABLE_DATASET,
    TABLE_SOURCES,
    TABLE_SECTIONS,
    TABLE_COUNTRIES,
    TABLE_PLACES,
    TABLE_NAMES,
    TABLE_BODIES,
    TABLE_AREAS,
    TABLE_PARTICIPATIONS,
    TABLE_EVENTS,
    TABLE_EVENT_COUNTRIES,
    TABLE_EVENT_BODIES,
    TABLE_EVENT_AREAS,
    TABLE_COUNT
};

struct schema {
    const char *name;
    const struct column *columns;
    size_t column_count;
    const char *primary_key; /* column list, or NULL */
    const char *description;
};

/* In the order the export writes them (references point backwards, except
 * countries.capital and the self-references). */
extern const struct schema schemas[TABLE_COUNT];
/* The timeline: events with their countries, bodies and areas as lists. */
extern const struct schema timeline_schema;
/* The same with a last column: whether each event is certainly in the range. */
extern const struct schema timeline_marked_schema;
/* Participations with their status (held, unknown, not_held) on a date: the
 * columns of schemas[TABLE_PARTICIPATIONS], whose status is on the data's
 * as-of date. */
extern const struct schema participation_status_schema;

void table_for(struct table *table, const struct schema *schema);
/* The index of a table by name ("events"), or -1. */
int schema_find(const char *name);

/* Row builders: append one row to a table made with table_for(). */
void row_dataset(struct table *table, const char *key, const char *value);
void row_source(struct table *table, const capartner_source *source);
void row_section(struct table *table, const capartner_section *section);
void row_country(struct table *table, const capartner_country *country);
void row_place(struct table *table, const capartner_place *place);
void row_name(struct table *table, const char *owner_type, const char *owner,
              const capartner_name *name);
void row_body(struct table *table, const capartner_body *body);
void row_area(struct table *table, const capartner_area *area);
/* A participation with its spans and its status on the data's as-of date
 * (row_participation) or on `date`. */
void row_participation(struct table *table, const capartner_participation *participation);
void row_participation_on(struct table *table, const capartner_participation *participation,
                          capartner_date date);
/* The data's as-of date (capartner_data_as_of); unknown when it has none. */
capartner_date data_as_of_date(void);
/* With links (the timeline schema) or without (the events table). */
void row_event(struct table *table, const capartner_event *event, bool with_links);
/* A relation's status on a date in words: "held", "ended", "not yet",
 * "unknown since 2014-05-01" (past its last evidence), "unknown until
 * 2014-01-01" (before the sources make it certain), "unknown". Caller frees. */
char *participation_status_text(const capartner_participation *participation, capartner_date date);
/* For timeline_marked_schema. */
void row_event_marked(struct table *table, const capartner_event *event, bool certain);

/* Every row of a table of the dataset. */
void fill_table(struct table *table, enum record_table which);

/* All names of a country, body or place as rows of the names table. */
void rows_names_of_country(struct table *table, const capartner_country *country);
void rows_names_of_body(struct table *table, const capartner_body *body);
void rows_names_of_place(struct table *table, const capartner_place *place);

/* "pfp,parp" style lists of an event's links; caller frees. */
char *event_countries_list(const capartner_event *event);
char *event_bodies_list(const capartner_event *event);
char *event_areas_list(const capartner_event *event);

/* The total number of names (the library counts them per owner). */
size_t names_total(void);

#endif
