/* The generated C file. Every record is one line of integer initialisers;
 * strings become pool offsets, interned in the order they are written, and
 * the pool itself is written last. Nothing depends on hash-table layout or
 * on anything but the data, so equal input gives equal output.
 *
 * Large datasets are written in a second form (emit_dataset's `blob`): the
 * tables' bytes go to a binary file, little-endian in the layout of
 * lib/internal.h, and the C file defines each table as a label on an
 * assembler `.incbin` of its slice of that file. A C compiler needs minutes
 * and gigabytes for a million records of initialisers; the assembler copies
 * the bytes. That form needs GCC or Clang on an ELF target, which the C
 * file checks. */
#include "emit.h"

#include "index.h"
#include "out.h"
#include "pool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE CAPARTNER_NONE

/* A table written to the blob: a label on [offset, offset + size). */
struct blob_table {
    char symbol[64];
    uint64_t offset, size;
};

struct emitter {
    const struct dataset *data;
    struct out out;
    struct pool pool;
    /* the binary form: tables go to `blob`, labels to the C file */
    struct out *blob;
    uint64_t blob_size;
    struct blob_table *tables;
    size_t table_count, table_capacity;
};

/* ---------------------------------------------------------------- fields */

static void put(struct emitter *e, const char *text) {
    out_text(&e->out, text);
}

/* Raw little-endian bytes of the binary form. */
static void blob_u32(struct emitter *e, uint32_t value) {
    unsigned char bytes[4] = {(unsigned char)value, (unsigned char)(value >> 8),
                              (unsigned char)(value >> 16), (unsigned char)(value >> 24)};
    out_bytes(e->blob, bytes, sizeof bytes);
    e->blob_size += sizeof bytes;
}

/* An integer field followed by a comma. */
static void u32_field(struct emitter *e, uint32_t value) {
    if (e->blob != NULL) {
        blob_u32(e, value);
        return;
    }
    if (value == NONE) {
        put(e, "0xffffffff,");
        return;
    }
    out_u32(&e->out, value);
    /* above INT32_MAX a decimal constant would be long or long long */
    put(e, value > 2147483647u ? "u," : ",");
}

static void text_field(struct emitter *e, const char *text) {
    u32_field(e, pool_add(&e->pool, text));
}

/* Each text written is a pool lookup at a random place: the loops over
 * records start loading the pool slots of the texts of the record
 * POOL_AHEAD on (pool_prefetch), so that their misses overlap. */
enum { POOL_AHEAD = 8 };

static void prefetch_texts(const struct emitter *e, const char *const *texts, size_t count) {
    for (size_t i = 0; i < count; i++)
        pool_prefetch(&e->pool, texts[i]);
}

/* A 64-bit unsigned field. */
static void u64_field(struct emitter *e, uint64_t value) {
    if (e->blob != NULL) {
        blob_u32(e, (uint32_t)value);
        blob_u32(e, (uint32_t)(value >> 32));
        return;
    }
    char text[32];
    snprintf(text, sizeof text, "0x%llxull,", (unsigned long long)value);
    put(e, text);
}

static void i32_field(struct emitter *e, int32_t value) {
    if (e->blob != NULL) {
        blob_u32(e, (uint32_t)value);
        return;
    }
    out_i32(&e->out, value);
    out_char(&e->out, ',');
}

static void date_field(struct emitter *e, capartner_date date) {
    if (e->blob != NULL) {
        /* struct capartner_date: int16_t year, then six bytes */
        uint16_t year = (uint16_t)date.year;
        unsigned char bytes[8] = {(unsigned char)year,
                                  (unsigned char)(year >> 8),
                                  date.month,
                                  date.day,
                                  date.precision,
                                  date.qualifier,
                                  0,
                                  0};
        out_bytes(e->blob, bytes, sizeof bytes);
        e->blob_size += sizeof bytes;
        return;
    }
    out_char(&e->out, '{');
    out_i32(&e->out, date.year);
    out_char(&e->out, ',');
    out_u32(&e->out, date.month);
    out_char(&e->out, ',');
    out_u32(&e->out, date.day);
    out_char(&e->out, ',');
    out_u32(&e->out, date.precision);
    out_char(&e->out, ',');
    out_u32(&e->out, date.qualifier);
    put(e, ",{0,0}},");
}

#define ZERO_DATE "{0,0,0,0,0,{0,0}}"

static void put_newline(struct emitter *e) {
    if (e->blob == NULL)
        out_char(&e->out, '\n');
}

static void begin_record(struct emitter *e) {
    if (e->blob == NULL)
        out_char(&e->out, '{');
}

/* Closes a record's initialiser (a trailing comma inside braces is valid C). */
static void end_record(struct emitter *e) {
    if (e->blob == NULL)
        put(e, "},\n");
}

/* The dummy record that keeps an empty C array legal; the binary form
 * needs none (an empty table is an empty label). */
static void empty_record(struct emitter *e, const char *initialiser) {
    if (e->blob == NULL)
        put(e, initialiser);
}

/* Starts table `symbol` of element type `type`: "type symbol[] = {" in C;
 * in the binary form, a new 8-aligned slice of the blob. */
static void begin_table(struct emitter *e, const char *type, const char *symbol,
                        const char *bounds) {
    if (e->blob == NULL) {
        put(e, type);
        put(e, " ");
        put(e, symbol);
        put(e, bounds);
        put(e, " = {");
        return;
    }
    static const unsigned char zeros[8] = {0};
    size_t padding = (size_t)((8 - e->blob_size % 8) % 8);
    out_bytes(e->blob, zeros, padding);
    e->blob_size += padding;
    struct blob_table *table =
        grow_one(&e->tables, &e->table_count, &e->table_capacity, sizeof *table);
    snprintf(table->symbol, sizeof table->symbol, "%s", symbol);
    table->offset = e->blob_size;
}

static void end_table(struct emitter *e) {
    if (e->blob == NULL) {
        put(e, "};\n\n");
        return;
    }
    struct blob_table *table = &e->tables[e->table_count - 1];
    table->size = e->blob_size - table->offset;
}

static void count_line(struct emitter *e, const char *name, size_t count) {
    put(e, "const uint32_t ");
    put(e, name);
    put(e, " = ");
    out_u32(&e->out, (uint32_t)count);
    put(e, ";\n");
}

/* `type symbol bounds` = { values } with a dummy 0 when empty. */
static void u32_array(struct emitter *e, const char *type, const char *symbol, const char *bounds,
                      const uint32_t *values, size_t count) {
    begin_table(e, type, symbol, bounds);
    if (count == 0)
        empty_record(e, "0 /* empty */");
    for (size_t i = 0; i < count; i++) {
        if (i % 16 == 0)
            put_newline(e);
        u32_field(e, values[i]);
    }
    put_newline(e);
    end_table(e);
}

/* ---------------------------------------------------------------- tables */

static void emit_citations(struct emitter *e) {
    const struct dataset *data = e->data;
    count_line(e, "capartner_data_citation_count", data->citation_count);
    begin_table(e, "const struct capartner_citation", "capartner_data_citations", "[]");
    put_newline(e);
    if (data->citation_count == 0)
        empty_record(e, "{0,0,0},\n");
    for (size_t i = 0; i < data->citation_count; i++) {
        const struct m_citation *c = &data->citations[i];
        begin_record(e);
        u32_field(e, c->source);
        u32_field(e, c->section);
        u32_field(e, c->paragraph);
        end_record(e);
    }
    end_table(e);
}

static void emit_sources(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_SOURCES];
    count_line(e, "capartner_data_source_count", count);
    begin_table(e, "const struct capartner_source", "capartner_data_sources", "[]");
    put_newline(e);
    if (count == 0)
        empty_record(e, "{0,0,0,0,0," ZERO_DATE "," ZERO_DATE ",0},\n");
    for (size_t i = 0; i < count; i++) {
        const struct m_source *s = &data->sources[i];
        if (i + POOL_AHEAD < count) {
            const struct m_source *ahead = &data->sources[i + POOL_AHEAD];
            prefetch_texts(e,
                           (const char *const[]){ahead->id, ahead->title, ahead->publisher,
                                                 ahead->url, ahead->note},
                           5);
        }
        begin_record(e);
        text_field(e, s->id);
        text_field(e, s->title);
        text_field(e, s->publisher);
        text_field(e, s->url);
        text_field(e, s->note);
        date_field(e, s->published);
        date_field(e, s->content_date);
        u32_field(e, s->kind);
        end_record(e);
    }
    end_table(e);
}

static void emit_sections(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_SECTIONS];
    count_line(e, "capartner_data_section_count", count);
    begin_table(e, "const struct capartner_section", "capartner_data_sections", "[]");
    put_newline(e);
    if (count == 0)
        empty_record(e, "{0,0,0,0},\n");
    for (size_t i = 0; i < count; i++) {
        const struct m_section *s = &data->sections[i];
        if (i + POOL_AHEAD < count) {
            const struct m_section *ahead = &data->sections[i + POOL_AHEAD];
            prefetch_texts(e, (const char *const[]){ahead->id, ahead->title}, 2);
        }
        begin_record(e);
        text_field(e, s->id);
        text_field(e, s->title);
        u32_field(e, s->source);
        u32_field(e, s->ordinal);
        end_record(e);
    }
    end_table(e);
}

/* Names are written grouped by owner, a jump in memory from one to the
 * next: prefetched in stages, as the events are (prefetch_event). */
static void prefetch_name(const struct emitter *e, size_t position) {
    enum { RECORD_AHEAD = 24, TEXT_AHEAD = 12, SLOT_AHEAD = 6 };
    const struct dataset *data = e->data;
    size_t count = data->name_output_count;
    if (position + RECORD_AHEAD < count)
        __builtin_prefetch(&data->names[data->name_order[position + RECORD_AHEAD]]);
    if (position + TEXT_AHEAD < count)
        __builtin_prefetch(data->names[data->name_order[position + TEXT_AHEAD]].text);
    if (position + SLOT_AHEAD < count) {
        const struct m_name *n = &data->names[data->name_order[position + SLOT_AHEAD]];
        prefetch_texts(e, (const char *const[]){n->text, n->language}, 2);
    }
}

static void emit_names(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->name_output_count;
    count_line(e, "capartner_data_name_count", count);
    begin_table(e, "const struct capartner_name", "capartner_data_names", "[]");
    put_newline(e);
    if (count == 0)
        empty_record(e, "{0,0,0,0," ZERO_DATE "," ZERO_DATE ",0},\n");
    for (size_t i = 0; i < count; i++) {
        prefetch_name(e, i);
        const struct m_name *n = &data->names[data->name_order[i]];
        begin_record(e);
        text_field(e, n->text);
        text_field(e, n->language);
        u32_field(e, n->kind);
        u32_field(e, n->preferred);
        date_field(e, n->valid_from);
        date_field(e, n->valid_to);
        u32_field(e, n->cite.index);
        end_record(e);
    }
    end_table(e);
}

static void emit_countries(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_COUNTRIES];
    count_line(e, "capartner_data_country_count", count);
    begin_table(e, "const struct capartner_country", "capartner_data_countries", "[]");
    put_newline(e);
    if (count == 0)
        empty_record(e, "{0,0,0,0,0,0,0,0,0,0,0,0,0},\n");
    for (size_t i = 0; i < count; i++) {
        const struct m_country *c = &data->countries[i];
        if (i + POOL_AHEAD < count) {
            const struct m_country *ahead = &data->countries[i + POOL_AHEAD];
            prefetch_texts(e,
                           (const char *const[]){ahead->id, ahead->alpha2, ahead->alpha3,
                                                 ahead->name, ahead->note, ahead->cow_abbreviation},
                           6);
        }
        begin_record(e);
        text_field(e, c->id);
        text_field(e, c->alpha2);
        text_field(e, c->alpha3);
        text_field(e, c->name);
        text_field(e, c->note);
        text_field(e, c->cow_abbreviation);
        u32_field(e, c->numeric);
        u32_field(e, c->cow_code);
        u32_field(e, c->partner);
        u32_field(e, c->capital);
        u32_field(e, c->name_first);
        u32_field(e, c->name_count);
        u32_field(e, c->cite.index);
        end_record(e);
    }
    end_table(e);
}

static void emit_bodies(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_BODIES];
    count_line(e, "capartner_data_body_count", count);
    begin_table(e, "const struct capartner_body", "capartner_data_bodies", "[]");
    put_newline(e);
    if (count == 0)
        empty_record(e, "{0,0,0,0,0,0,0," ZERO_DATE "," ZERO_DATE ",0,0,0},\n");
    for (size_t i = 0; i < count; i++) {
        const struct m_body *b = &data->bodies[i];
        if (i + POOL_AHEAD < count) {
            const struct m_body *ahead = &data->bodies[i + POOL_AHEAD];
            prefetch_texts(
                e, (const char *const[]){ahead->id, ahead->acronym, ahead->name, ahead->summary},
                4);
        }
        begin_record(e);
        text_field(e, b->id);
        text_field(e, b->acronym);
        text_field(e, b->name);
        text_field(e, b->summary);
        u32_field(e, b->kind);
        u32_field(e, b->parent);
        u32_field(e, b->place);
        date_field(e, b->started);
        date_field(e, b->ended);
        u32_field(e, b->name_first);
        u32_field(e, b->name_count);
        u32_field(e, b->cite.index);
        end_record(e);
    }
    end_table(e);
}

static void emit_places(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_PLACES];
    count_line(e, "capartner_data_place_count", count);
    begin_table(e, "const struct capartner_place", "capartner_data_places", "[]");
    put_newline(e);
    if (count == 0)
        empty_record(e, "{0,0,0,0,0,0,0},\n");
    for (size_t i = 0; i < count; i++) {
        const struct m_place *p = &data->places[i];
        if (i + POOL_AHEAD < count) {
            const struct m_place *ahead = &data->places[i + POOL_AHEAD];
            prefetch_texts(e, (const char *const[]){ahead->id, ahead->name}, 2);
        }
        begin_record(e);
        text_field(e, p->id);
        text_field(e, p->name);
        u32_field(e, p->kind);
        u32_field(e, p->country);
        u32_field(e, p->name_first);
        u32_field(e, p->name_count);
        u32_field(e, p->cite.index);
        end_record(e);
    }
    end_table(e);
}

static void emit_areas(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_AREAS];
    count_line(e, "capartner_data_area_count", count);
    begin_table(e, "const struct capartner_area", "capartner_data_areas", "[]");
    put_newline(e);
    if (count == 0)
        empty_record(e, "{0,0,0,0},\n");
    for (size_t i = 0; i < count; i++) {
        const struct m_area *a = &data->areas[i];
        if (i + POOL_AHEAD < count) {
            const struct m_area *ahead = &data->areas[i + POOL_AHEAD];
            prefetch_texts(e, (const char *const[]){ahead->id, ahead->name, ahead->summary}, 3);
        }
        begin_record(e);
        text_field(e, a->id);
        text_field(e, a->name);
        text_field(e, a->summary);
        u32_field(e, a->cite.index);
        end_record(e);
    }
    end_table(e);
}

static void emit_participations(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_PARTICIPATIONS];
    count_line(e, "capartner_data_participation_count", count);
    begin_table(e, "const struct capartner_participation", "capartner_data_participations", "[]");
    put_newline(e);
    if (count == 0)
        empty_record(e, "{0,0,0,0,0," ZERO_DATE "," ZERO_DATE "," ZERO_DATE ",0,0},\n");
    for (size_t i = 0; i < count; i++) {
        const struct m_participation *p = &data->participations[i];
        if (i + POOL_AHEAD < count) {
            const struct m_participation *ahead = &data->participations[i + POOL_AHEAD];
            prefetch_texts(e, (const char *const[]){ahead->id, ahead->summary}, 2);
        }
        begin_record(e);
        text_field(e, p->id);
        text_field(e, p->summary);
        u32_field(e, p->country);
        u32_field(e, p->body);
        u32_field(e, p->role);
        date_field(e, p->started);
        date_field(e, p->ended);
        date_field(e, p->reported);
        u32_field(e, p->alternative_of);
        u32_field(e, p->cite.index);
        end_record(e);
    }
    end_table(e);
}

/* Timeline order is a jump in memory from one event to the next, and from
 * each to its texts and their pool slots: a chain of cache misses that
 * prefetching, in stages, overlaps. The record comes first, then the
 * texts it points to, then (once they are in cache to be hashed) the pool
 * slots they will probe. */
static void prefetch_event(const struct emitter *e, size_t position) {
    enum { RECORD_AHEAD = 24, TEXT_AHEAD = 12, SLOT_AHEAD = 6 };
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_EVENTS];
    if (position + RECORD_AHEAD < count) {
        const struct m_event *ev = &data->events[data->event_order[position + RECORD_AHEAD]];
        __builtin_prefetch(ev);
        __builtin_prefetch((const char *)ev + sizeof *ev - 1);
    }
    if (position + TEXT_AHEAD < count) {
        const struct m_event *ev = &data->events[data->event_order[position + TEXT_AHEAD]];
        __builtin_prefetch(ev->id);
        __builtin_prefetch(ev->summary);
    }
    if (position + SLOT_AHEAD < count) {
        const struct m_event *ev = &data->events[data->event_order[position + SLOT_AHEAD]];
        pool_prefetch(&e->pool, ev->id);
        pool_prefetch(&e->pool, ev->summary);
    }
}

static void emit_events(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_EVENTS];
    count_line(e, "capartner_data_event_count", count);
    begin_table(e, "const struct capartner_event", "capartner_data_events", "[]");
    put_newline(e);
    if (count == 0)
        empty_record(e, "{0,0,0," ZERO_DATE ",0,0,0,0,0,0,0,0,0,0,0,0},\n");
    /* link lists are written in timeline order: first = running offset */
    uint32_t country_first = 0, body_first = 0, area_first = 0;
    for (size_t i = 0; i < count; i++) {
        prefetch_event(e, i);
        const struct m_event *ev = &data->events[data->event_order[i]];
        char date_text[CAPARTNER_DATE_TEXT_BYTES];
        capartner_date_format(ev->date, date_text, sizeof date_text);
        int32_t earliest, latest;
        capartner_date_interval(ev->date, &earliest, &latest);
        begin_record(e);
        text_field(e, ev->id);
        text_field(e, ev->summary);
        u32_field(e, pool_add_copy(&e->pool, date_text, strlen(date_text)));
        date_field(e, ev->date);
        i32_field(e, earliest);
        i32_field(e, latest);
        u32_field(e, ev->kind);
        u32_field(e, ev->place);
        u32_field(e, country_first);
        u32_field(e, ev->countries.count);
        u32_field(e, body_first);
        u32_field(e, ev->bodies.count);
        u32_field(e, area_first);
        u32_field(e, ev->areas.count);
        u32_field(e, ev->alternative_of == NONE ? NONE : data->event_rank[ev->alternative_of]);
        u32_field(e, ev->cite.index);
        end_record(e);
        country_first += ev->countries.count;
        body_first += ev->bodies.count;
        area_first += ev->areas.count;
    }
    end_table(e);
}

/* ------------------------------------------------------- inverted lists */

/* The members of item `item` (an event by timeline position, or a
 * participation) in one dimension. */
typedef size_t (*members_fn)(const struct dataset *data, size_t item, const uint32_t **members);

static size_t event_countries(const struct dataset *data, size_t item, const uint32_t **members) {
    const struct m_event *ev = &data->events[data->event_order[item]];
    *members = data->event_countries.items + ev->countries.first;
    return ev->countries.count;
}

static size_t event_bodies(const struct dataset *data, size_t item, const uint32_t **members) {
    const struct m_event *ev = &data->events[data->event_order[item]];
    *members = data->event_bodies.items + ev->bodies.first;
    return ev->bodies.count;
}

static size_t event_areas(const struct dataset *data, size_t item, const uint32_t **members) {
    const struct m_event *ev = &data->events[data->event_order[item]];
    *members = data->event_areas.items + ev->areas.first;
    return ev->areas.count;
}

static size_t event_kind(const struct dataset *data, size_t item, const uint32_t **members) {
    *members = &data->events[data->event_order[item]].kind;
    return 1;
}

static size_t participation_country(const struct dataset *data, size_t item,
                                    const uint32_t **members) {
    *members = &data->participations[item].country;
    return 1;
}

static size_t participation_body(const struct dataset *data, size_t item,
                                 const uint32_t **members) {
    *members = &data->participations[item].body;
    return 1;
}

/* CSR: first[universe + 1] and the items of each member, ascending. */
static void emit_inverted(struct emitter *e, const char *name, size_t universe, size_t items,
                          members_fn members) {
    const struct dataset *data = e->data;
    uint32_t *first = xcalloc(universe + 1, sizeof *first);
    for (size_t item = 0; item < items; item++) {
        const uint32_t *list;
        size_t count = members(data, item, &list);
        for (size_t i = 0; i < count; i++)
            first[list[i] + 1]++;
    }
    for (size_t member = 0; member < universe; member++)
        first[member + 1] += first[member];
    size_t total = first[universe];
    uint32_t *values = xmalloc(xmul(total, sizeof *values));
    uint32_t *next = xmalloc(xmul(universe + 1, sizeof *next));
    memcpy(next, first, (universe + 1) * sizeof *next);
    for (size_t item = 0; item < items; item++) {
        const uint32_t *list;
        size_t count = members(data, item, &list);
        for (size_t i = 0; i < count; i++)
            values[next[list[i]]++] = (uint32_t)item;
    }
    char symbol[64];
    snprintf(symbol, sizeof symbol, "capartner_data_%s_first", name);
    u32_array(e, "const uint32_t", symbol, "[]", first, universe + 1);
    snprintf(symbol, sizeof symbol, "capartner_data_%s", name);
    u32_array(e, "const uint32_t", symbol, "[]", values, total);
    free(next);
    free(values);
    free(first);
}

/* An event link list (countries, bodies or areas), in timeline order. */
static void emit_event_links(struct emitter *e, const char *symbol, size_t total,
                             members_fn members) {
    const struct dataset *data = e->data;
    uint32_t *values = xmalloc(xmul(total, sizeof *values));
    size_t used = 0;
    for (size_t item = 0; item < data->counts[TABLE_EVENTS]; item++) {
        const uint32_t *list;
        size_t count = members(data, item, &list);
        memcpy(values + used, list, count * sizeof *values);
        used += count;
    }
    u32_array(e, "const uint32_t", symbol, "[]", values, used);
    free(values);
}

/* One bit per record, set for an alternative statement (alternative_of
 * given): events in timeline order, participations in file order. A walk
 * tests it without touching the record, which matters once the tables
 * outgrow the caches. */
static void emit_alternative_bits(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t events = data->counts[TABLE_EVENTS];
    size_t participations = data->counts[TABLE_PARTICIPATIONS];
    uint32_t *bits = xcalloc(events / 32 + 1, sizeof *bits);
    for (size_t i = 0; i < events; i++)
        if (data->events[data->event_order[i]].alternative_of != NONE)
            bits[i / 32] |= 1u << (i % 32);
    u32_array(e, "const uint32_t", "capartner_data_event_alternatives", "[]", bits,
              events / 32 + 1);
    free(bits);
    bits = xcalloc(participations / 32 + 1, sizeof *bits);
    for (size_t i = 0; i < participations; i++)
        if (data->participations[i].alternative_of != NONE)
            bits[i / 32] |= 1u << (i % 32);
    u32_array(e, "const uint32_t", "capartner_data_participation_alternatives", "[]", bits,
              participations / 32 + 1);
    free(bits);
}

/* Each participation's held interval (lib/held.c), so that an "as of" walk
 * reads two integers per candidate instead of the record. */
static void emit_held_days(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_PARTICIPATIONS];
    int32_t *from = xcalloc(count + 1, sizeof *from);
    int32_t *until = xcalloc(count + 1, sizeof *until);
    for (size_t i = 0; i < count; i++) {
        const struct m_participation *p = &data->participations[i];
        capartner_held_days(p->started, p->ended, p->reported, data->bodies[p->body].started,
                            &from[i], &until[i]);
    }
    const char *symbols[2] = {"capartner_data_participation_held_from",
                              "capartner_data_participation_held_until"};
    const int32_t *values[2] = {from, until};
    for (size_t table = 0; table < 2; table++) {
        begin_table(e, "const int32_t", symbols[table], "[]");
        if (count == 0)
            empty_record(e, "0 /* empty */");
        for (size_t i = 0; i < count; i++) {
            if (i % 16 == 0)
                put_newline(e);
            i32_field(e, values[table][i]);
        }
        put_newline(e);
        end_table(e);
    }
    free(from);
    free(until);
}

static void emit_prefix_max(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_EVENTS];
    begin_table(e, "const int32_t", "capartner_data_event_latest_prefix_max", "[]");
    if (count == 0)
        empty_record(e, "0 /* empty */");
    int32_t maximum = 0;
    for (size_t i = 0; i < count; i++) {
        int32_t earliest, latest;
        capartner_date_interval(data->events[data->event_order[i]].date, &earliest, &latest);
        if (i == 0 || latest > maximum)
            maximum = latest;
        if (i % 16 == 0)
            put_newline(e);
        i32_field(e, maximum);
    }
    put_newline(e);
    end_table(e);
}

/* ----------------------------------------------------------- code tables */

static int compare_alpha3(const void *a, const void *b) {
    uint32_t x = ((const struct capartner_alpha3_entry *)a)->code;
    uint32_t y = ((const struct capartner_alpha3_entry *)b)->code;
    return (x > y) - (x < y);
}

static void emit_code_tables(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->counts[TABLE_COUNTRIES];
    uint32_t by_alpha2[26 * 26] = {0};
    uint32_t by_numeric[1000] = {0};
    struct capartner_alpha3_entry *by_alpha3 = xmalloc(xmul(count, sizeof *by_alpha3));
    for (size_t i = 0; i < count; i++) {
        const struct m_country *c = &data->countries[i];
        const unsigned char *a2 = (const unsigned char *)c->alpha2;
        const unsigned char *a3 = (const unsigned char *)c->alpha3;
        by_alpha2[(a2[0] - 'A') * 26 + (a2[1] - 'A')] = (uint32_t)i + 1;
        by_numeric[c->numeric] = (uint32_t)i + 1;
        by_alpha3[i].code = (uint32_t)a3[0] << 16 | (uint32_t)a3[1] << 8 | a3[2];
        by_alpha3[i].country = (uint32_t)i;
    }
    u32_array(e, "const uint32_t", "capartner_data_country_by_alpha2", "[26 * 26]", by_alpha2,
              26 * 26);
    u32_array(e, "const uint32_t", "capartner_data_country_by_numeric", "[1000]", by_numeric, 1000);
    qsort(by_alpha3, count, sizeof *by_alpha3, compare_alpha3);
    begin_table(e, "const struct capartner_alpha3_entry", "capartner_data_country_by_alpha3", "[]");
    put_newline(e);
    if (count == 0)
        empty_record(e, "{0,0},\n");
    for (size_t i = 0; i < count; i++) {
        begin_record(e);
        u32_field(e, by_alpha3[i].code);
        u32_field(e, by_alpha3[i].country);
        end_record(e);
    }
    end_table(e);
    free(by_alpha3);
}

/* ----------------------------------------------------------- key indexes */

/* A key slot's `key` (lib/internal.h): a short key itself, a long one's
 * pool offset. */
static uint64_t slot_key(struct emitter *e, const struct m_key *key, uint32_t pool_hash) {
    if (key->length <= CAPARTNER_INLINE_KEY_BYTES) {
        char padded[CAPARTNER_INLINE_KEY_BYTES] = {0};
        memcpy(padded, key->folded, key->length);
        return capartner_inline_key(padded);
    }
    return (uint64_t)pool_add_hashed(&e->pool, key->folded, key->length, pool_hash) << 8;
}

static void emit_key_index(struct emitter *e, enum table table, const char *name) {
    const struct m_keys *keys = &e->data->keys[table];
    uint32_t slot_count = index_slot_count(keys->count);
    uint32_t mask = slot_count - 1;
    uint32_t *slots = xmalloc(xmul(slot_count, sizeof *slots));
    for (uint32_t i = 0; i < slot_count; i++)
        slots[i] = NONE;
    for (size_t k = 0; k < keys->count; k++) {
        uint32_t slot = keys->items[k].hash & mask;
        while (slots[slot] != NONE)
            slot = (slot + 1) & mask;
        slots[slot] = (uint32_t)k;
    }
    /* The slots are written in slot order, which is hash order: every key
     * is a jump in memory, and so is its pool lookup. What can be done in
     * key order is, first (each key's pool hash, reading the keys where
     * they lie in a row); the slot loop then prefetches a few slots ahead. */
    uint32_t *pool_hashes = xcalloc(keys->count + 1, sizeof *pool_hashes);
    for (size_t k = 0; k < keys->count; k++)
        if (keys->items[k].length > CAPARTNER_INLINE_KEY_BYTES)
            pool_hashes[k] = pool_hash(keys->items[k].folded, keys->items[k].length);
    enum { AHEAD = 16 };
    /* the slots: static in C; in the binary form a hidden label */
    char symbol[64], bounds[24];
    snprintf(symbol, sizeof symbol, "%s_key_slots", name);
    snprintf(bounds, sizeof bounds, "[%lu]", (unsigned long)slot_count);
    if (e->blob == NULL) {
        put(e, "static ");
    } else {
        snprintf(symbol, sizeof symbol, "capartner_data_%s_key_slots", name);
        put(e, "extern const struct capartner_key_slot ");
        put(e, symbol);
        put(e, "[] __attribute__((visibility(\"hidden\")));\n");
    }
    begin_table(e, "const struct capartner_key_slot", symbol, bounds);
    put_newline(e);
    for (uint32_t i = 0; i < slot_count; i++) {
        if (i + AHEAD < slot_count && slots[i + AHEAD] != NONE) {
            uint32_t ahead = slots[i + AHEAD];
            __builtin_prefetch(&keys->items[ahead]);
            if (keys->items[ahead].length > CAPARTNER_INLINE_KEY_BYTES)
                pool_prefetch_hashed(&e->pool, pool_hashes[ahead]);
        }
        if (slots[i] == NONE && e->blob == NULL) {
            put(e, "{0,0xffffffff,0},\n");
            continue;
        }
        begin_record(e);
        if (slots[i] == NONE) {
            u32_field(e, 0);
            u32_field(e, NONE);
            u64_field(e, 0);
        } else {
            const struct m_key *key = &keys->items[slots[i]];
            u32_field(e, key->hash);
            u32_field(e, key->record);
            u64_field(e, slot_key(e, key, pool_hashes[slots[i]]));
        }
        end_record(e);
    }
    if (e->blob == NULL)
        put(e, "};\n");
    else
        end_table(e);
    put(e, "const struct capartner_key_index capartner_data_");
    put(e, name);
    put(e, "_keys = {");
    put(e, symbol);
    put(e, ", ");
    out_u32(&e->out, slot_count);
    put(e, "};\n");
    out_char(&e->out, '\n');
    free(pool_hashes);
    free(slots);
}

/* ------------------------------------------------------------- versions */

static void emit_versions(struct emitter *e) {
    const struct dataset *data = e->data;
    char as_of[CAPARTNER_DATE_TEXT_BYTES] = "";
    if (data->as_of.precision != CAPARTNER_PRECISION_UNKNOWN)
        capartner_date_format(data->as_of, as_of, sizeof as_of);
    put(e, "const char capartner_data_as_of_text[] = ");
    out_literal(&e->out, as_of, strlen(as_of));
    put(e, ";\nconst char capartner_data_digest_text[] = ");
    out_literal(&e->out, data->digest, strlen(data->digest));
    put(e, ";\n\n");
}

static void emit_pool(struct emitter *e) {
    if (e->blob != NULL) {
        begin_table(e, "const char", "capartner_data_pool", "[]");
        for (size_t i = 0; i < e->pool.count; i++) {
            const struct pool_string *s = &e->pool.strings[i];
            out_bytes(e->blob, s->text, s->length);
            out_bytes(e->blob, "", 1);
            e->blob_size += (uint64_t)s->length + 1;
        }
        end_table(e);
        return;
    }
    put(e, "/* the string pool: ");
    out_u32(&e->out, (uint32_t)e->pool.count);
    put(e, " strings, each followed by a NUL; offset 0 is \"\" */\n");
    put(e, "const char capartner_data_pool[] =\n");
    for (size_t i = 0; i < e->pool.count; i++) {
        const struct pool_string *s = &e->pool.strings[i];
        out_literal_nul(&e->out, s->text, s->length);
        out_char(&e->out, '\n');
    }
    put(e, ";\n");
}

/* The binary form's half in the C file: checks that the target reads the
 * blob as it was written, then one label per table on an .incbin slice. */
static void emit_incbin(struct emitter *e, const char *blob_path) {
    static const struct {
        const char *type;
        size_t size;
    } layouts[] = {
        {"struct capartner_citation", sizeof(struct capartner_citation)},
        {"struct capartner_source", sizeof(struct capartner_source)},
        {"struct capartner_section", sizeof(struct capartner_section)},
        {"struct capartner_name", sizeof(struct capartner_name)},
        {"struct capartner_country", sizeof(struct capartner_country)},
        {"struct capartner_body", sizeof(struct capartner_body)},
        {"struct capartner_place", sizeof(struct capartner_place)},
        {"struct capartner_area", sizeof(struct capartner_area)},
        {"struct capartner_participation", sizeof(struct capartner_participation)},
        {"struct capartner_event", sizeof(struct capartner_event)},
        {"struct capartner_key_slot", sizeof(struct capartner_key_slot)},
        {"struct capartner_alpha3_entry", sizeof(struct capartner_alpha3_entry)},
        {"capartner_date", sizeof(capartner_date)},
    };
    put(e, "/* The tables are the bytes of ");
    put(e, blob_path);
    put(e, ",\n * included by the assembler: see tools/gen/emit.c. */\n"
           "#if !defined(__ELF__) || !(defined(__GNUC__) || defined(__clang__))\n"
           "#error \"these tables are included with .incbin: GCC or Clang on an ELF target\"\n"
           "#endif\n"
           "#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__\n"
           "#error \"the tables' binary file is little-endian\"\n"
           "#endif\n");
    for (size_t i = 0; i < sizeof layouts / sizeof layouts[0]; i++) {
        put(e, "_Static_assert(sizeof(");
        put(e, layouts[i].type);
        put(e, ") == ");
        out_u32(&e->out, (uint32_t)layouts[i].size);
        put(e, ", \"the tables' binary file has another record layout\");\n");
    }
    put(e, "__asm__(\"\\t.pushsection .rodata\\n\"\n");
    for (size_t i = 0; i < e->table_count; i++) {
        const struct blob_table *t = &e->tables[i];
        char line[512];
        snprintf(line, sizeof line,
                 "        \"\\t.balign 8\\n\\t.globl %s\\n\\t.hidden %s\\n"
                 "\\t.type %s, STT_OBJECT\\n\\t.size %s, %llu\\n%s:\\n\"\n",
                 t->symbol, t->symbol, t->symbol, t->symbol, (unsigned long long)t->size,
                 t->symbol);
        put(e, line);
        if (t->size > 0) {
            put(e, "        \"\\t.incbin \\\"");
            put(e, blob_path);
            snprintf(line, sizeof line, "\\\", %llu, %llu\\n\"\n", (unsigned long long)t->offset,
                     (unsigned long long)t->size);
            put(e, line);
        }
    }
    put(e, "        \"\\t.popsection\\n\");\n");
}

/* How many texts the tables below add to the pool, at most: their text
 * fields (see the emit_* functions) and the keys. It sizes the pool once. */
static size_t pool_bound(const struct dataset *data) {
    const size_t *counts = data->counts;
    size_t bound = 1 + 5 * counts[TABLE_SOURCES] + 2 * counts[TABLE_SECTIONS] +
                   2 * data->name_output_count + 6 * counts[TABLE_COUNTRIES] +
                   4 * counts[TABLE_BODIES] + 2 * counts[TABLE_PLACES] + 3 * counts[TABLE_AREAS] +
                   2 * counts[TABLE_PARTICIPATIONS] + 3 * counts[TABLE_EVENTS];
    for (size_t table = 0; table < TABLE_COUNT; table++)
        bound += data->keys[table].count;
    return bound;
}

bool emit_dataset(struct dataset *data, FILE *stream, FILE *blob, const char *blob_path) {
    struct arena arena = {0};
    struct emitter e;
    memset(&e, 0, sizeof e);
    e.data = data;
    out_init(&e.out, stream);
    struct out *blob_out = NULL;
    if (blob != NULL) {
        blob_out = xmalloc(sizeof *blob_out);
        out_init(blob_out, blob);
        e.blob = blob_out;
    }
    pool_init(&e.pool, &arena, pool_bound(data));
    put(&e, "/* generated by capartner-gen from the data files \xe2\x80\x94 do not edit */\n");
    put(&e, "#include \"internal.h\"\n\n");
    emit_citations(&e);
    emit_sources(&e);
    emit_sections(&e);
    emit_names(&e);
    emit_countries(&e);
    emit_bodies(&e);
    emit_places(&e);
    emit_areas(&e);
    emit_participations(&e);
    emit_events(&e);
    emit_event_links(&e, "capartner_data_event_countries", data->event_countries.count,
                     event_countries);
    emit_event_links(&e, "capartner_data_event_bodies", data->event_bodies.count, event_bodies);
    emit_event_links(&e, "capartner_data_event_areas", data->event_areas.count, event_areas);

    size_t event_count = data->counts[TABLE_EVENTS];
    size_t participation_count = data->counts[TABLE_PARTICIPATIONS];
    emit_inverted(&e, "country_events", data->counts[TABLE_COUNTRIES], event_count,
                  event_countries);
    emit_inverted(&e, "body_events", data->counts[TABLE_BODIES], event_count, event_bodies);
    emit_inverted(&e, "area_events", data->counts[TABLE_AREAS], event_count, event_areas);
    emit_inverted(&e, "kind_events", CAPARTNER_EVENT_KIND_COUNT, event_count, event_kind);
    emit_alternative_bits(&e);
    emit_inverted(&e, "country_participations", data->counts[TABLE_COUNTRIES], participation_count,
                  participation_country);
    emit_inverted(&e, "body_participations", data->counts[TABLE_BODIES], participation_count,
                  participation_body);
    emit_prefix_max(&e);
    emit_held_days(&e);
    emit_code_tables(&e);
    /* what follows reads the keys and the countries only */
    dataset_free_records(data);

    emit_key_index(&e, TABLE_COUNTRIES, "country");
    emit_key_index(&e, TABLE_BODIES, "body");
    emit_key_index(&e, TABLE_PLACES, "place");
    emit_key_index(&e, TABLE_AREAS, "area");
    emit_key_index(&e, TABLE_SOURCES, "source");
    emit_key_index(&e, TABLE_SECTIONS, "section");
    emit_key_index(&e, TABLE_PARTICIPATIONS, "participation");
    emit_key_index(&e, TABLE_EVENTS, "event");
    emit_versions(&e);

    bool fits = pool_fits(&e.pool);
    if (fits)
        emit_pool(&e);
    else
        diag_fatal("the string pool exceeds 4 GiB");
    if (blob_out != NULL)
        emit_incbin(&e, blob_path);
    /* both, whatever the first gives: out_flush also ends its writer thread */
    bool text_written = out_flush(&e.out);
    bool blob_written = blob_out == NULL || out_flush(blob_out);
    bool written = text_written && blob_written;
    if (!written)
        diag_fatal("cannot write the output");
    pool_free(&e.pool);
    arena_free(&arena);
    free(e.tables);
    free(blob_out);
    return fits && written;
}
