/* Names grouping, timeline order and lookup keys. */
#include "index.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE CAPARTNER_NONE

/* ----------------------------------------------------------------- names */

/* A place's `name` column is its current English name: when names.tsv gives
 * the place no preferred English short name, that column becomes one, so
 * every place answers capartner_place_name_on. */
static void add_place_names(struct dataset *data) {
    size_t place_count = data->counts[TABLE_PLACES];
    bool *named = xcalloc(place_count + 1, sizeof *named);
    for (size_t i = 0; i < data->counts[TABLE_NAMES]; i++) {
        const struct m_name *name = &data->names[i];
        if (name->owner_kind == OWNER_PLACE && name->owner != NONE && name->preferred &&
            name->kind == CAPARTNER_NAME_SHORT && strcmp(name->language, "en") == 0)
            named[name->owner] = true;
    }
    size_t missing = 0;
    for (size_t i = 0; i < place_count; i++)
        missing += !named[i];
    size_t count = data->counts[TABLE_NAMES];
    data->names = xrealloc(data->names, xmul(count + missing + 1, sizeof *data->names));
    data->capacities[TABLE_NAMES] = count + missing + 1;
    for (uint32_t i = 0; i < (uint32_t)place_count; i++) {
        if (named[i])
            continue;
        const struct m_place *place = &data->places[i];
        struct m_name *name = &data->names[count++];
        memset(name, 0, sizeof *name);
        name->language = "en";
        name->text = place->name;
        name->owner_kind = OWNER_PLACE;
        name->owner = i;
        name->kind = CAPARTNER_NAME_SHORT;
        name->preferred = 1;
        name->line = place->line;
        name->cite = place->cite;
    }
    data->counts[TABLE_NAMES] = count;
    free(named);
}

/* Output order: the countries' names (country by country), then the
 * bodies', then the places'; each owner's names in file order. A counting
 * sort keeps it linear. */
static void group_names(struct dataset *data) {
    static const enum table owner_tables[OWNER_KINDS] = {TABLE_COUNTRIES, TABLE_BODIES,
                                                         TABLE_PLACES};
    size_t bases[OWNER_KINDS + 1];
    bases[0] = 0;
    for (size_t kind = 0; kind < OWNER_KINDS; kind++)
        bases[kind + 1] = bases[kind] + data->counts[owner_tables[kind]];
    /* slot of owner (kind, index) is bases[kind] + index */
    size_t slots = bases[OWNER_KINDS];
    uint32_t *first = xcalloc(slots + 1, sizeof *first);
    size_t name_count = data->counts[TABLE_NAMES];
    for (size_t i = 0; i < name_count; i++) {
        const struct m_name *name = &data->names[i];
        if (name->owner != NONE)
            first[bases[name->owner_kind] + name->owner + 1]++;
    }
    for (size_t slot = 0; slot < slots; slot++)
        first[slot + 1] += first[slot];
    data->name_output_count = first[slots];
    data->name_order = xmalloc(xmul(data->name_output_count, sizeof *data->name_order));
    uint32_t *next = xmalloc(xmul(slots + 1, sizeof *next));
    memcpy(next, first, (slots + 1) * sizeof *next);
    for (size_t i = 0; i < name_count; i++) {
        const struct m_name *name = &data->names[i];
        if (name->owner != NONE)
            data->name_order[next[bases[name->owner_kind] + name->owner]++] = (uint32_t)i;
    }
    for (size_t i = 0; i < data->counts[TABLE_COUNTRIES]; i++) {
        size_t slot = bases[OWNER_COUNTRY] + i;
        data->countries[i].name_first = first[slot];
        data->countries[i].name_count = first[slot + 1] - first[slot];
    }
    for (size_t i = 0; i < data->counts[TABLE_BODIES]; i++) {
        size_t slot = bases[OWNER_BODY] + i;
        data->bodies[i].name_first = first[slot];
        data->bodies[i].name_count = first[slot + 1] - first[slot];
    }
    for (size_t i = 0; i < data->counts[TABLE_PLACES]; i++) {
        size_t slot = bases[OWNER_PLACE] + i;
        data->places[i].name_first = first[slot];
        data->places[i].name_count = first[slot + 1] - first[slot];
    }
    free(next);
    free(first);
}

/* ---------------------------------------------------------------- events */

/* An event's place in the timeline, as capartner_date_compare orders its
 * date, copied out of the records: sorting these compact entries touches no
 * record but for ties, where the records' ids decide. */
struct event_key {
    int32_t earliest, latest; /* 0 when unknown */
    uint8_t unknown, qualifier;
    uint32_t event; /* file index */
};

/* qsort has no context argument */
static const struct m_event *sorted_events;

static int compare_int(int32_t a, int32_t b) {
    return (a > b) - (a < b);
}

/* The same sign as capartner_date_compare on the dates, then by id. */
static int compare_events(const void *a, const void *b) {
    const struct event_key *x = a, *y = b;
    int order = (int)x->unknown - (int)y->unknown;
    if (order == 0)
        order = compare_int(x->earliest, y->earliest);
    if (order == 0)
        order = -compare_int(x->latest, y->latest); /* the wider interval first */
    if (order == 0)
        order = compare_int(x->qualifier, y->qualifier);
    return order != 0 ? order : strcmp(sorted_events[x->event].id, sorted_events[y->event].id);
}

/* Timeline order: by date (capartner_date_compare), ties by id. */
static void sort_events(struct dataset *data) {
    size_t count = data->counts[TABLE_EVENTS];
    data->event_order = xmalloc(xmul(count, sizeof *data->event_order));
    data->event_rank = xmalloc(xmul(count, sizeof *data->event_rank));
    struct event_key *keys = xcalloc(count + 1, sizeof *keys);
    for (size_t i = 0; i < count; i++) {
        capartner_date date = data->events[i].date;
        struct event_key *key = &keys[i];
        key->event = (uint32_t)i;
        /* as capartner_date_compare: an invalid date sorts with the unknown */
        key->unknown = date.precision == CAPARTNER_PRECISION_UNKNOWN || !capartner_date_valid(date);
        if (!key->unknown) {
            capartner_date_interval(date, &key->earliest, &key->latest);
            key->qualifier = date.qualifier;
        }
    }
    sorted_events = data->events;
    qsort(keys, count, sizeof *keys, compare_events);
    sorted_events = NULL;
    for (size_t i = 0; i < count; i++) {
        data->event_order[i] = keys[i].event;
        data->event_rank[keys[i].event] = (uint32_t)i;
    }
    free(keys);
}

/* ------------------------------------------------------------------ keys */

/* Where a key came from, for messages. */
struct key_origin {
    enum table table;
    uint32_t line;
    size_t column;
};

struct key_builder {
    struct dataset *data;
    enum table table; /* the index being built */
    /* keys->items holds the candidates until end_keys drops the repeats */
    struct key_origin *origins;
    size_t origin_capacity;
};

/* Adds `text` as a candidate key of record `record`; "" adds nothing. The
 * key may point at `text`, which must live as long as the dataset. */
static void add_key(struct key_builder *builder, uint32_t record, const char *text,
                    enum table table, uint32_t line, size_t column) {
    if (text[0] == '\0')
        return;
    char folded[4 * CAPARTNER_MAX_KEY_BYTES + 1];
    size_t length;
    capartner_status status = capartner_fold_key(text, folded, sizeof folded, &length);
    if (status != CAPARTNER_OK || length > CAPARTNER_MAX_KEY_BYTES) {
        /* invalid UTF-8 and overlong text are reported by load.c */
        return;
    }
    struct m_keys *keys = &builder->data->keys[builder->table];
    /* Most keys (ids) fold to themselves: those point at the loaded text,
     * which lives as long, instead of taking a copy (about 60 MiB at 10^6
     * events). */
    const char *stored = strncmp(folded, text, length) == 0 && text[length] == '\0'
                             ? text
                             : arena_strndup(&builder->data->arena, folded, length);
    size_t position = keys->count;
    struct m_key *key = grow_one(&keys->items, &keys->count, &keys->capacity, sizeof *key);
    key->folded = stored;
    key->length = (uint32_t)length;
    key->hash = capartner_key_hash(folded, length);
    key->record = record;
    if (position >= builder->origin_capacity) {
        builder->origin_capacity =
            builder->origin_capacity == 0 ? 64 : 2 * builder->origin_capacity;
        builder->origins =
            xrealloc(builder->origins, xmul(builder->origin_capacity, sizeof *builder->origins));
    }
    builder->origins[position] = (struct key_origin){table, line, column};
}

/* Keeps the first of equal candidates, in order, and reports an equal key
 * of another record. A second pass rather than a check in add_key: the
 * candidates are known, so the map is sized once and each probe, at a
 * random place in it, is prefetched some candidates ahead. The messages
 * come in the same order. */
static void drop_repeated_keys(struct key_builder *builder) {
    enum { SLOT_AHEAD = 16, KEY_AHEAD = 8 };
    struct m_keys *keys = &builder->data->keys[builder->table];
    struct strmap seen = {0}; /* folded key -> position among the kept */
    strmap_reserve(&seen, keys->count);
    size_t kept = 0;
    /* the map is keyed by the keys' own hash (capartner_key_hash), known */
    for (size_t i = 0; i < keys->count; i++) {
        if (i + SLOT_AHEAD < keys->count)
            strmap_prefetch_slot(&seen, keys->items[i + SLOT_AHEAD].hash);
        if (i + KEY_AHEAD < keys->count)
            strmap_prefetch_key(&seen, keys->items[i + KEY_AHEAD].hash);
        struct m_key key = keys->items[i];
        struct key_origin here = builder->origins[i];
        uint32_t existing =
            strmap_put_hashed(&seen, key.folded, key.length, key.hash, (uint32_t)kept);
        if (existing == STRMAP_MISSING) {
            keys->items[kept] = key;
            builder->origins[kept] = here;
            kept++;
            continue;
        }
        const struct m_key *other = &keys->items[existing];
        const struct key_origin *origin = &builder->origins[existing];
        /* two equal ids are a duplicate id, which load.c reported */
        bool duplicate_id = origin->table == here.table && origin->column == 0 && here.column == 0;
        if (other->record != key.record && !duplicate_id) {
            enum table owner = builder->table;
            uint32_t other_record =
                owner == TABLE_EVENTS ? builder->data->event_order[other->record] : other->record;
            model_error(here.table, here.line, here.column,
                        "key \"%s\" (case-folded) is already a key of %s \"%s\" (%s:%lu: %s)",
                        key.folded, model_record_word(owner),
                        model_record_id(builder->data, owner, other_record),
                        diag_path((size_t)origin->table), (unsigned long)origin->line,
                        table_infos[origin->table].columns[origin->column]);
        }
    }
    keys->count = kept;
    strmap_free(&seen);
    /* the array grew by doubling for the candidates: give back the rest */
    keys->items = xrealloc(keys->items, xmul(kept + 1, sizeof *keys->items));
    keys->capacity = kept + 1;
}

/* Adds the names of owners of one kind, as keys of their owners. */
static void add_name_keys(struct key_builder *builder, enum owner_kind kind) {
    const struct dataset *data = builder->data;
    for (size_t i = 0; i < data->name_output_count; i++) {
        const struct m_name *name = &data->names[data->name_order[i]];
        if (name->owner_kind == (uint32_t)kind)
            add_key(builder, name->owner, name->text, TABLE_NAMES, name->line, NAME_TEXT);
    }
}

static void begin_keys(struct key_builder *builder, struct dataset *data, enum table table) {
    memset(builder, 0, sizeof *builder);
    builder->data = data;
    builder->table = table;
}

static void end_keys(struct key_builder *builder) {
    drop_repeated_keys(builder);
    free(builder->origins);
}

static void build_keys(struct dataset *data) {
    struct key_builder builder;

    begin_keys(&builder, data, TABLE_COUNTRIES);
    for (size_t i = 0; i < data->counts[TABLE_COUNTRIES]; i++) {
        const struct m_country *c = &data->countries[i];
        uint32_t record = (uint32_t)i;
        add_key(&builder, record, c->id, TABLE_COUNTRIES, c->line, COUNTRY_ID);
        add_key(&builder, record, c->alpha2, TABLE_COUNTRIES, c->line, COUNTRY_ALPHA2);
        add_key(&builder, record, c->alpha3, TABLE_COUNTRIES, c->line, COUNTRY_ALPHA3);
        if (c->numeric != 0) {
            char numeric[16];
            snprintf(numeric, sizeof numeric, "%03u", (unsigned)c->numeric);
            /* add_key may keep the text itself: give it a lasting copy */
            const char *lasting = arena_strndup(&data->arena, numeric, strlen(numeric));
            add_key(&builder, record, lasting, TABLE_COUNTRIES, c->line, COUNTRY_NUMERIC);
        }
    }
    add_name_keys(&builder, OWNER_COUNTRY);
    end_keys(&builder);

    begin_keys(&builder, data, TABLE_BODIES);
    for (size_t i = 0; i < data->counts[TABLE_BODIES]; i++) {
        const struct m_body *b = &data->bodies[i];
        add_key(&builder, (uint32_t)i, b->id, TABLE_BODIES, b->line, BODY_ID);
        add_key(&builder, (uint32_t)i, b->acronym, TABLE_BODIES, b->line, BODY_ACRONYM);
        add_key(&builder, (uint32_t)i, b->name, TABLE_BODIES, b->line, BODY_NAME);
    }
    add_name_keys(&builder, OWNER_BODY);
    end_keys(&builder);

    begin_keys(&builder, data, TABLE_PLACES);
    for (size_t i = 0; i < data->counts[TABLE_PLACES]; i++) {
        const struct m_place *p = &data->places[i];
        add_key(&builder, (uint32_t)i, p->id, TABLE_PLACES, p->line, PLACE_ID);
        add_key(&builder, (uint32_t)i, p->name, TABLE_PLACES, p->line, PLACE_NAME);
    }
    add_name_keys(&builder, OWNER_PLACE);
    end_keys(&builder);

    begin_keys(&builder, data, TABLE_AREAS);
    for (size_t i = 0; i < data->counts[TABLE_AREAS]; i++) {
        const struct m_area *a = &data->areas[i];
        add_key(&builder, (uint32_t)i, a->id, TABLE_AREAS, a->line, AREA_ID);
        add_key(&builder, (uint32_t)i, a->name, TABLE_AREAS, a->line, AREA_NAME);
    }
    end_keys(&builder);

    begin_keys(&builder, data, TABLE_SOURCES);
    for (size_t i = 0; i < data->counts[TABLE_SOURCES]; i++)
        add_key(&builder, (uint32_t)i, data->sources[i].id, TABLE_SOURCES, data->sources[i].line,
                SOURCE_ID);
    end_keys(&builder);

    begin_keys(&builder, data, TABLE_SECTIONS);
    for (size_t i = 0; i < data->counts[TABLE_SECTIONS]; i++)
        add_key(&builder, (uint32_t)i, data->sections[i].id, TABLE_SECTIONS, data->sections[i].line,
                SECTION_ID);
    end_keys(&builder);

    begin_keys(&builder, data, TABLE_PARTICIPATIONS);
    for (size_t i = 0; i < data->counts[TABLE_PARTICIPATIONS]; i++)
        add_key(&builder, (uint32_t)i, data->participations[i].id, TABLE_PARTICIPATIONS,
                data->participations[i].line, PARTICIPATION_ID);
    end_keys(&builder);

    /* events by timeline position */
    begin_keys(&builder, data, TABLE_EVENTS);
    for (size_t i = 0; i < data->counts[TABLE_EVENTS]; i++) {
        const struct m_event *e = &data->events[data->event_order[i]];
        add_key(&builder, (uint32_t)i, e->id, TABLE_EVENTS, e->line, EVENT_ID);
    }
    end_keys(&builder);
}

uint32_t index_slot_count(size_t keys) {
    uint64_t count = 8;
    while (count < 2 * (uint64_t)keys)
        count *= 2;
    if (count > UINT32_MAX / 2) {
        diag_fatal("too many keys for one index (%lu)", (unsigned long)keys);
        return 8;
    }
    return (uint32_t)count;
}

void index_dataset(struct dataset *data) {
    add_place_names(data);
    group_names(data);
    sort_events(data);
    build_keys(data);
}
