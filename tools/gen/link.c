/* Reference resolution and the rules that span records. */
#include "link.h"

#include "tuplemap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE CAPARTNER_NONE

/* Resolves `ref` (may be "") to a record of `target`; reports an unknown id
 * against (table, line, column). */
static uint32_t resolve(const struct dataset *data, enum table target, const char *ref,
                        enum table table, uint32_t line, size_t column) {
    if (ref[0] == '\0')
        return NONE;
    uint32_t index = strmap_get(&data->ids[target], ref, strlen(ref));
    if (index == STRMAP_MISSING) {
        model_error(table, line, column, "unknown %s \"%s\"", model_record_word(target), ref);
        return NONE;
    }
    return index;
}

static const char *const owner_prefixes[OWNER_KINDS] = {"country:", "body:", "place:"};
static const enum table owner_tables[OWNER_KINDS] = {TABLE_COUNTRIES, TABLE_BODIES, TABLE_PLACES};

/* ----------------------------------------------------------- prefetching */

/* Each reference is a lookup at a random place in a large id map, then a
 * read of the stored key it compares: two cache misses that a loop over
 * records takes one after the other. The references of the records ahead
 * are known, so each loop prefetches: the map slots of the record
 * SLOT_AHEAD records on, then the stored keys of the one KEY_AHEAD on
 * (whose slots have arrived by then). A hint only: nothing depends on it. */
enum { SLOT_AHEAD = 16, KEY_AHEAD = 8 };

typedef void (*prefetch_fn)(const struct strmap *map, uint32_t hash);

/* The table reference `slot` of `table` points into; for a name's owner,
 * the one its prefix names (moving *ref past it); TABLE_COUNT for none. */
static enum table ref_target(enum table table, size_t slot, const char **ref) {
    if (slot == REF_CITE_SOURCE && table != TABLE_SECTIONS && table != TABLE_SOURCES)
        return TABLE_SOURCES;
    if (slot == REF_CITE_SECTION && table != TABLE_SECTIONS && table != TABLE_SOURCES)
        return TABLE_SECTIONS;
    switch (table) {
    case TABLE_SECTIONS:
        return TABLE_SOURCES;
    case TABLE_COUNTRIES:
        return TABLE_PLACES;
    case TABLE_PLACES:
        return TABLE_COUNTRIES;
    case TABLE_NAMES:
        for (size_t kind = 0; kind < OWNER_KINDS; kind++) {
            size_t length = strlen(owner_prefixes[kind]);
            if (strncmp(*ref, owner_prefixes[kind], length) == 0) {
                *ref += length;
                return owner_tables[kind];
            }
        }
        return TABLE_COUNT;
    case TABLE_BODIES:
        return slot == REF_BODY_PARENT ? TABLE_BODIES : TABLE_PLACES;
    case TABLE_PARTICIPATIONS:
        return slot == REF_PARTICIPATION_COUNTRY ? TABLE_COUNTRIES
               : slot == REF_PARTICIPATION_BODY  ? TABLE_BODIES
                                                 : TABLE_PARTICIPATIONS;
    case TABLE_EVENTS:
        return slot == REF_EVENT_PLACE       ? TABLE_PLACES
               : slot == REF_EVENT_COUNTRIES ? TABLE_COUNTRIES
               : slot == REF_EVENT_BODIES    ? TABLE_BODIES
               : slot == REF_EVENT_AREAS     ? TABLE_AREAS
                                             : TABLE_EVENTS;
    default:
        return TABLE_COUNT;
    }
}

static void prefetch_record(const struct dataset *data, enum table table, size_t index,
                            prefetch_fn prefetch) {
    if (index >= data->counts[table])
        return;
    for (size_t slot = 0; slot < model_ref_counts[table]; slot++) {
        const char *ref = model_ref(data, table, index, slot);
        enum table target = ref_target(table, slot, &ref);
        if (target == TABLE_COUNT)
            continue;
        /* one id, or a list of them */
        while (ref[0] != '\0') {
            const char *comma = strchr(ref, ',');
            size_t length = comma != NULL ? (size_t)(comma - ref) : strlen(ref);
            prefetch(&data->ids[target], strmap_hash(ref, length));
            if (comma == NULL)
                break;
            ref = comma + 1;
        }
    }
}

/* Called at the top of each linking loop, for record `index`. */
static void prefetch_refs(const struct dataset *data, enum table table, size_t index) {
    prefetch_record(data, table, index + SLOT_AHEAD, strmap_prefetch_slot);
    prefetch_record(data, table, index + KEY_AHEAD, strmap_prefetch_key);
}

/* ------------------------------------------------------------- citations */

/* The distinct citations seen: a set of indexes into dataset.citations,
 * which holds the keys. A slot is 4 bytes (the index plus 1; 0 when empty),
 * where a map entry with its key would take 16, and the table is sized once
 * for the most citations there can be (one a record), so it never grows: at
 * 10^6 events the map took 128 MiB and 192 MiB while it grew. */
struct citation_set {
    uint32_t *slots;
    size_t mask; /* capacity - 1, a power of two */
};

static void citation_set_init(struct citation_set *set, const struct dataset *data) {
    size_t records = 0;
    for (size_t table = 0; table < TABLE_COUNT; table++)
        records += data->counts[table];
    size_t capacity = 64;
    while (capacity < xmul(records, 2))
        capacity = xmul(capacity, 2);
    set->slots = xcalloc(capacity, sizeof *set->slots);
    set->mask = capacity - 1;
}

static uint32_t hash_citation(uint32_t source, uint32_t section, uint32_t paragraph) {
    uint64_t hash = ((uint64_t)source << 32 | section) * 0x9e3779b97f4a7c15u;
    hash = (hash ^ (hash >> 29) ^ paragraph) * 0xff51afd7ed558ccdu;
    hash ^= hash >> 32;
    return (uint32_t)hash;
}

static uint32_t intern_citation(struct dataset *data, struct citation_set *seen, uint32_t source,
                                uint32_t section, uint32_t paragraph) {
    size_t slot = hash_citation(source, section, paragraph) & seen->mask;
    for (;; slot = (slot + 1) & seen->mask) {
        uint32_t stored = seen->slots[slot];
        if (stored == 0)
            break;
        const struct m_citation *citation = &data->citations[stored - 1];
        if (citation->source == source && citation->section == section &&
            citation->paragraph == paragraph)
            return stored - 1;
    }
    uint32_t index = (uint32_t)data->citation_count;
    struct m_citation *citation = grow_one(&data->citations, &data->citation_count,
                                           &data->citation_capacity, sizeof *citation);
    citation->source = source;
    citation->section = section;
    citation->paragraph = paragraph;
    seen->slots[slot] = index + 1;
    return index;
}

/* Citations are resolved record by record, where their errors belong, and
 * interned afterwards in the same order, a batch at a time: the set's slots
 * and the citations they point to are at random places, and a pass over a
 * batch of resolved triples knows what it will probe next and prefetches
 * it. The order, hence every citation's index, is the same. */
enum { CITE_BATCH = 4096 };

struct citations {
    struct citation_set set;
    struct m_citation pending[CITE_BATCH]; /* resolved, not yet interned */
    struct m_cite *cites[CITE_BATCH];      /* where each one's index goes */
    size_t pending_count;
};

static void intern_pending(struct dataset *data, struct citations *citations) {
    const struct m_citation *pending = citations->pending;
    const struct citation_set *set = &citations->set;
    size_t count = citations->pending_count;
    for (size_t i = 0; i < count; i++) {
        if (i + SLOT_AHEAD < count) {
            const struct m_citation *ahead = &pending[i + SLOT_AHEAD];
            __builtin_prefetch(
                &set->slots[hash_citation(ahead->source, ahead->section, ahead->paragraph) &
                            set->mask]);
        }
        if (i + KEY_AHEAD < count) {
            const struct m_citation *ahead = &pending[i + KEY_AHEAD];
            uint32_t stored =
                set->slots[hash_citation(ahead->source, ahead->section, ahead->paragraph) &
                           set->mask];
            if (stored != 0)
                __builtin_prefetch(&data->citations[stored - 1]);
        }
        citations->cites[i]->index = intern_citation(data, &citations->set, pending[i].source,
                                                     pending[i].section, pending[i].paragraph);
    }
    citations->pending_count = 0;
}

static void link_cite(struct dataset *data, struct citations *citations, enum table table,
                      uint32_t index, uint32_t line, size_t first_column, struct m_cite *cite) {
    const char *source_ref = model_ref(data, table, index, REF_CITE_SOURCE);
    uint32_t source =
        resolve(data, TABLE_SOURCES, source_ref, table, line, first_column + CITE_SOURCE);
    uint32_t section =
        resolve(data, TABLE_SECTIONS, model_ref(data, table, index, REF_CITE_SECTION), table, line,
                first_column + CITE_SECTION);
    if (source != NONE && section != NONE) {
        const struct m_section *record = &data->sections[section];
        if (record->source != NONE && record->source != source) {
            model_error(table, line, first_column + CITE_SECTION,
                        "section \"%s\" belongs to source \"%s\", not to \"%s\"", record->id,
                        data->sources[record->source].id, source_ref);
            section = NONE;
        }
    }
    if (source == NONE)
        return;
    if (citations->pending_count == CITE_BATCH)
        intern_pending(data, citations);
    size_t slot = citations->pending_count++;
    citations->pending[slot] = (struct m_citation){source, section, cite->paragraph};
    citations->cites[slot] = cite;
}

/* ------------------------------------------------------------------ dates */

/* Reports an end that is certainly before its start: the start's earliest
 * day after the end's latest day. ("before X" ends have no earliest day, so
 * comparing earliest days would refuse every one of them.) */
static void check_interval(enum table table, uint32_t line, size_t column, capartner_date started,
                           capartner_date ended, const char *start_word) {
    if (started.precision == CAPARTNER_PRECISION_UNKNOWN ||
        ended.precision == CAPARTNER_PRECISION_UNKNOWN)
        return;
    int32_t start_earliest, start_latest, end_earliest, end_latest;
    capartner_date_interval(started, &start_earliest, &start_latest);
    capartner_date_interval(ended, &end_earliest, &end_latest);
    if (start_earliest > end_latest) {
        char start_text[CAPARTNER_DATE_TEXT_BYTES], end_text[CAPARTNER_DATE_TEXT_BYTES];
        capartner_date_format(started, start_text, sizeof start_text);
        capartner_date_format(ended, end_text, sizeof end_text);
        model_error(table, line, column, "%s is before %s %s", end_text, start_word, start_text);
    }
}

/* A source's content date: `published` when not given, never after it (a
 * document cannot describe days after it was written). The newest one is
 * the dataset's as-of date. */
static void link_content_date(struct dataset *data, struct m_source *source) {
    if (source->content_date.precision == CAPARTNER_PRECISION_UNKNOWN)
        source->content_date = source->published;
    else
        check_interval(TABLE_SOURCES, source->line, SOURCE_CONTENT_DATE, source->content_date,
                       source->published, "the content date");
    if (source->content_date.precision != CAPARTNER_PRECISION_UNKNOWN &&
        (data->as_of.precision == CAPARTNER_PRECISION_UNKNOWN ||
         capartner_date_compare(source->content_date, data->as_of) > 0))
        data->as_of = source->content_date;
}

/* ---------------------------------------------------------- alternatives */

/* alternative_of: the id of another, preferred record of the same table. */
static uint32_t link_alternative(const struct dataset *data, enum table table, uint32_t index,
                                 uint32_t line, size_t column, const char *ref,
                                 const char *(*ref_of)(const struct dataset *, uint32_t)) {
    uint32_t target = resolve(data, table, ref, table, line, column);
    if (target == NONE)
        return NONE;
    if (target == index) {
        model_error(table, line, column, "a record cannot be an alternative of itself");
        return NONE;
    }
    const char *target_ref = ref_of(data, target);
    if (target_ref[0] != '\0') {
        model_error(table, line, column,
                    "\"%s\" is itself an alternative (of \"%s\"): name the preferred record", ref,
                    target_ref);
        return NONE;
    }
    return target;
}

static const char *participation_alternative(const struct dataset *data, uint32_t index) {
    return model_ref(data, TABLE_PARTICIPATIONS, index, REF_PARTICIPATION_ALTERNATIVE);
}

static const char *event_alternative(const struct dataset *data, uint32_t index) {
    return model_ref(data, TABLE_EVENTS, index, REF_EVENT_ALTERNATIVE);
}

/* ----------------------------------------------------------------- names */

/* The preferred names seen, by owner, language and kind. A name in one of
 * the known languages is keyed by numbers (no text key to format and copy
 * for each of a million names); any other language, which load.c reported,
 * by the formatted text, as before. */
struct preferred_names {
    struct tuplemap known;
    struct strmap other;
};

/* Registers preferred name `index`; *first is the index of an earlier
 * preferred name of the same owner, language and kind, or STRMAP_MISSING.
 * False when an overlong language keeps the name out. */
static bool first_preferred(struct dataset *data, struct preferred_names *preferred,
                            const struct m_name *name, uint32_t index, uint32_t *first) {
    for (uint32_t language = 0; language < MODEL_LANGUAGE_COUNT; language++) {
        if (strcmp(name->language, model_languages[language]) != 0)
            continue;
        uint32_t found = tuplemap_put(&preferred->known, name->owner_kind << 8 | language,
                                      name->owner, name->kind, index);
        *first = found == TUPLEMAP_MISSING ? STRMAP_MISSING : found;
        return true;
    }
    char key[64];
    int length = snprintf(key, sizeof key, "%u:%lu:%u:%s", (unsigned)name->owner_kind,
                          (unsigned long)name->owner, (unsigned)name->kind, name->language);
    if (length < 0 || (size_t)length >= sizeof key)
        return false;
    char *stored = arena_strndup(&data->arena, key, (size_t)length);
    *first = strmap_put(&preferred->other, stored, (size_t)length, index);
    return true;
}

static void link_names(struct dataset *data, struct citations *citations) {
    struct preferred_names preferred = {{0}, {0}};
    size_t preferred_count = 0;
    for (size_t i = 0; i < data->counts[TABLE_NAMES]; i++)
        preferred_count += data->names[i].preferred != 0;
    tuplemap_reserve(&preferred.known, preferred_count);
    for (size_t i = 0; i < data->counts[TABLE_NAMES]; i++) {
        struct m_name *name = &data->names[i];
        prefetch_refs(data, TABLE_NAMES, i);
        const char *owner_ref = model_ref(data, TABLE_NAMES, i, REF_NAME_OWNER);
        link_cite(data, citations, TABLE_NAMES, (uint32_t)i, name->line, NAME_COLUMNS, &name->cite);
        check_interval(TABLE_NAMES, name->line, NAME_VALID_TO, name->valid_from, name->valid_to,
                       "valid_from");
        if (owner_ref[0] == '\0')
            continue;
        for (uint32_t kind = 0; kind < OWNER_KINDS; kind++) {
            size_t length = strlen(owner_prefixes[kind]);
            if (strncmp(owner_ref, owner_prefixes[kind], length) == 0) {
                name->owner_kind = kind;
                name->owner = resolve(data, owner_tables[kind], owner_ref + length, TABLE_NAMES,
                                      name->line, NAME_OWNER);
                break;
            }
        }
        if (name->owner_kind == OWNER_KINDS) {
            model_error(TABLE_NAMES, name->line, NAME_OWNER,
                        "\"%s\" is not an owner (expected country:ID, body:ID or place:ID)",
                        owner_ref);
            continue;
        }
        if (name->owner == NONE || !name->preferred)
            continue;
        uint32_t first;
        if (!first_preferred(data, &preferred, name, (uint32_t)i, &first))
            continue; /* an overlong language, reported already */
        if (first != STRMAP_MISSING) {
            model_error(TABLE_NAMES, name->line, NAME_PREFERRED,
                        "a second preferred %s name in \"%s\" of %s (the first is on line %lu)",
                        capartner_name_kind_name((capartner_name_kind)name->kind), name->language,
                        owner_ref, (unsigned long)data->names[first].line);
            continue;
        }
        if (name->owner_kind == OWNER_COUNTRY && name->kind == CAPARTNER_NAME_SHORT &&
            strcmp(name->language, "en") == 0)
            data->countries[name->owner].name = name->text;
    }
    tuplemap_free(&preferred.known);
    strmap_free(&preferred.other);
    for (size_t i = 0; i < data->counts[TABLE_COUNTRIES]; i++) {
        const struct m_country *country = &data->countries[i];
        if (country->name[0] == '\0' && country->id[0] != '\0')
            model_error(TABLE_COUNTRIES, country->line, COUNTRY_ID,
                        "country %s has no preferred en short name in names.tsv", country->id);
    }
}

/* ---------------------------------------------------------------- bodies */

/* Reports each cycle of parents once, at the body where the walk closes it. */
static void check_parent_cycles(const struct dataset *data) {
    size_t count = data->counts[TABLE_BODIES];
    enum { UNSEEN, ON_PATH, DONE };
    unsigned char *state = xcalloc(count, 1);
    uint32_t *path = xmalloc(xmul(count, sizeof *path));
    for (size_t start = 0; start < count; start++) {
        size_t length = 0;
        uint32_t body = (uint32_t)start;
        while (body != NONE && state[body] == UNSEEN) {
            state[body] = ON_PATH;
            path[length++] = body;
            body = data->bodies[body].parent;
        }
        if (body != NONE && state[body] == ON_PATH) {
            const struct m_body *record = &data->bodies[body];
            model_error(TABLE_BODIES, record->line, BODY_PARENT,
                        "the parents of \"%s\" form a cycle (it is its own ancestor)", record->id);
        }
        for (size_t i = 0; i < length; i++)
            state[path[i]] = DONE;
    }
    free(path);
    free(state);
}

/* ---------------------------------------------------------------- events */

/* Resolves a comma-separated list of ids into `out`; returns its slice. */
static struct m_list link_list(struct dataset *data, struct u32vec *out, enum table target,
                               const char *text, uint32_t line, size_t column) {
    struct m_list list = {(uint32_t)out->count, 0};
    if (text[0] == '\0')
        return list;
    char id[MAX_ID_BYTES + 1];
    const char *cursor = text;
    bool malformed = false;
    for (;;) {
        const char *comma = strchr(cursor, ',');
        size_t length = comma != NULL ? (size_t)(comma - cursor) : strlen(cursor);
        if (length == 0 || length > MAX_ID_BYTES || memchr(cursor, ' ', length) != NULL) {
            if (!malformed)
                model_error(TABLE_EVENTS, line, column,
                            "\"%s\" is not a list of ids separated by ',' (no spaces, no empty "
                            "items)",
                            text);
            malformed = true;
        } else {
            memcpy(id, cursor, length);
            id[length] = '\0';
            uint32_t index = resolve(data, target, id, TABLE_EVENTS, line, column);
            if (index != NONE) {
                bool repeated = false;
                for (size_t i = list.first; i < out->count && !repeated; i++)
                    repeated = out->items[i] == index;
                if (repeated)
                    model_error(TABLE_EVENTS, line, column, "\"%s\" is listed twice", id);
                else
                    u32vec_push(out, index);
            }
        }
        if (comma == NULL)
            break;
        cursor = comma + 1;
    }
    list.count = (uint32_t)(out->count - list.first);
    return list;
}

/* ------------------------------------------------------------ compaction */

/* A lasting copy of text in the arena ("" and the languages need none). */
static const char *keep(struct dataset *data, const char *text) {
    if (text[0] == '\0')
        return "";
    return arena_strndup(&data->arena, text, strlen(text));
}

static const char *keep_language(struct dataset *data, const char *text) {
    for (size_t i = 0; i < MODEL_LANGUAGE_COUNT; i++)
        if (strcmp(text, model_languages[i]) == 0)
            return model_languages[i];
    return keep(data, text);
}

struct id_context {
    const struct dataset *data;
    enum table table;
};

static const char *record_id(const void *context, uint32_t index) {
    const struct id_context *ids = context;
    return model_record_id(ids->data, ids->table, index);
}

/* Copies the texts the later phases use out of a table's file into the
 * arena, then frees the file and the table's references as written: the
 * rest of the file (references, dates, kinds, citations, the tabs) served
 * the loading and the table's own linking only. Each table is compacted as
 * soon as it is linked (its id map then points at the copies), so that the
 * files are never all in memory beside their copies. */
static void compact_table(struct dataset *data, enum table table) {
    size_t count = data->counts[table];
    for (size_t i = 0; i < count; i++) {
        switch (table) {
        case TABLE_SOURCES: {
            struct m_source *r = &data->sources[i];
            r->id = keep(data, r->id);
            r->title = keep(data, r->title);
            r->publisher = keep(data, r->publisher);
            r->url = keep(data, r->url);
            r->note = keep(data, r->note);
            break;
        }
        case TABLE_SECTIONS: {
            struct m_section *r = &data->sections[i];
            r->id = keep(data, r->id);
            r->title = keep(data, r->title);
            break;
        }
        case TABLE_COUNTRIES: {
            /* `name`, "" until link_names sets it, is kept with the names */
            struct m_country *r = &data->countries[i];
            r->id = keep(data, r->id);
            r->alpha2 = keep(data, r->alpha2);
            r->alpha3 = keep(data, r->alpha3);
            r->note = keep(data, r->note);
            r->cow_abbreviation = keep(data, r->cow_abbreviation);
            break;
        }
        case TABLE_PLACES: {
            struct m_place *r = &data->places[i];
            r->id = keep(data, r->id);
            r->name = keep(data, r->name);
            break;
        }
        case TABLE_NAMES: {
            struct m_name *r = &data->names[i];
            r->language = keep_language(data, r->language);
            r->text = keep(data, r->text);
            break;
        }
        case TABLE_BODIES: {
            struct m_body *r = &data->bodies[i];
            r->id = keep(data, r->id);
            r->acronym = keep(data, r->acronym);
            r->name = keep(data, r->name);
            r->summary = keep(data, r->summary);
            break;
        }
        case TABLE_AREAS: {
            struct m_area *r = &data->areas[i];
            r->id = keep(data, r->id);
            r->name = keep(data, r->name);
            r->summary = keep(data, r->summary);
            break;
        }
        case TABLE_PARTICIPATIONS: {
            struct m_participation *r = &data->participations[i];
            r->id = keep(data, r->id);
            r->summary = keep(data, r->summary);
            break;
        }
        case TABLE_EVENTS: {
            struct m_event *r = &data->events[i];
            r->id = keep(data, r->id);
            r->summary = keep(data, r->summary);
            break;
        }
        case TABLE_COUNT:
            break;
        }
    }
    if (table == TABLE_NAMES)
        for (size_t i = 0; i < data->counts[TABLE_COUNTRIES]; i++)
            data->countries[i].name = keep(data, data->countries[i].name);
    /* the id map's keys move to the copies */
    if (table != TABLE_NAMES)
        strmap_move_keys(&data->ids[table], record_id, &(struct id_context){data, table});
    free(data->buffers[table]);
    data->buffers[table] = NULL;
    free(data->refs[table]);
    data->refs[table] = NULL;
}

/* ------------------------------------------------------------------ main */

void link_dataset(struct dataset *data) {
    /* large: on the heap */
    struct citations *citations = xmalloc(sizeof *citations);
    citations->pending_count = 0;
    citation_set_init(&citations->set, data);

    for (size_t i = 0; i < data->counts[TABLE_SOURCES]; i++)
        link_content_date(data, &data->sources[i]);
    compact_table(data, TABLE_SOURCES);

    struct tuplemap ordinals = {0};
    for (size_t i = 0; i < data->counts[TABLE_SECTIONS]; i++) {
        struct m_section *section = &data->sections[i];
        prefetch_refs(data, TABLE_SECTIONS, i);
        const char *source_ref = model_ref(data, TABLE_SECTIONS, i, REF_SECTION_SOURCE);
        section->source =
            resolve(data, TABLE_SOURCES, source_ref, TABLE_SECTIONS, section->line, SECTION_SOURCE);
        if (section->source == NONE || section->ordinal == 0)
            continue;
        uint32_t first = tuplemap_put(&ordinals, section->source, section->ordinal, 0, (uint32_t)i);
        if (first != TUPLEMAP_MISSING)
            model_error(TABLE_SECTIONS, section->line, SECTION_ORDINAL,
                        "ordinal %lu is taken in source \"%s\" (by section \"%s\")",
                        (unsigned long)section->ordinal, source_ref, data->sections[first].id);
    }
    tuplemap_free(&ordinals);
    compact_table(data, TABLE_SECTIONS);

    for (size_t i = 0; i < data->counts[TABLE_COUNTRIES]; i++) {
        struct m_country *country = &data->countries[i];
        const char *refs[MODEL_MAX_REFS];
        model_refs(data, TABLE_COUNTRIES, i, refs);
        country->capital = resolve(data, TABLE_PLACES, refs[REF_COUNTRY_CAPITAL], TABLE_COUNTRIES,
                                   country->line, COUNTRY_CAPITAL);
        link_cite(data, citations, TABLE_COUNTRIES, (uint32_t)i, country->line, COUNTRY_COLUMNS,
                  &country->cite);
    }
    compact_table(data, TABLE_COUNTRIES);

    for (size_t i = 0; i < data->counts[TABLE_PLACES]; i++) {
        struct m_place *place = &data->places[i];
        prefetch_refs(data, TABLE_PLACES, i);
        const char *refs[MODEL_MAX_REFS];
        model_refs(data, TABLE_PLACES, i, refs);
        place->country = resolve(data, TABLE_COUNTRIES, refs[REF_PLACE_COUNTRY], TABLE_PLACES,
                                 place->line, PLACE_COUNTRY);
        link_cite(data, citations, TABLE_PLACES, (uint32_t)i, place->line, PLACE_COLUMNS,
                  &place->cite);
    }
    compact_table(data, TABLE_PLACES);

    link_names(data, citations);
    compact_table(data, TABLE_NAMES);

    for (size_t i = 0; i < data->counts[TABLE_BODIES]; i++) {
        struct m_body *body = &data->bodies[i];
        prefetch_refs(data, TABLE_BODIES, i);
        const char *refs[MODEL_MAX_REFS];
        model_refs(data, TABLE_BODIES, i, refs);
        body->parent = resolve(data, TABLE_BODIES, refs[REF_BODY_PARENT], TABLE_BODIES, body->line,
                               BODY_PARENT);
        body->place =
            resolve(data, TABLE_PLACES, refs[REF_BODY_PLACE], TABLE_BODIES, body->line, BODY_PLACE);
        check_interval(TABLE_BODIES, body->line, BODY_ENDED, body->started, body->ended, "started");
        link_cite(data, citations, TABLE_BODIES, (uint32_t)i, body->line, BODY_COLUMNS,
                  &body->cite);
    }
    check_parent_cycles(data);
    compact_table(data, TABLE_BODIES);

    for (size_t i = 0; i < data->counts[TABLE_AREAS]; i++) {
        struct m_area *area = &data->areas[i];
        prefetch_refs(data, TABLE_AREAS, i);
        link_cite(data, citations, TABLE_AREAS, (uint32_t)i, area->line, AREA_COLUMNS, &area->cite);
    }
    compact_table(data, TABLE_AREAS);

    for (size_t i = 0; i < data->counts[TABLE_PARTICIPATIONS]; i++) {
        struct m_participation *p = &data->participations[i];
        prefetch_refs(data, TABLE_PARTICIPATIONS, i);
        const char *refs[MODEL_MAX_REFS];
        model_refs(data, TABLE_PARTICIPATIONS, i, refs);
        p->country = resolve(data, TABLE_COUNTRIES, refs[REF_PARTICIPATION_COUNTRY],
                             TABLE_PARTICIPATIONS, p->line, PARTICIPATION_COUNTRY);
        p->body = resolve(data, TABLE_BODIES, refs[REF_PARTICIPATION_BODY], TABLE_PARTICIPATIONS,
                          p->line, PARTICIPATION_BODY);
        check_interval(TABLE_PARTICIPATIONS, p->line, PARTICIPATION_ENDED, p->started, p->ended,
                       "started");
        p->alternative_of = link_alternative(
            data, TABLE_PARTICIPATIONS, (uint32_t)i, p->line, PARTICIPATION_ALTERNATIVE_OF,
            refs[REF_PARTICIPATION_ALTERNATIVE], participation_alternative);
        link_cite(data, citations, TABLE_PARTICIPATIONS, (uint32_t)i, p->line,
                  PARTICIPATION_COLUMNS, &p->cite);
    }
    compact_table(data, TABLE_PARTICIPATIONS);

    for (size_t i = 0; i < data->counts[TABLE_EVENTS]; i++) {
        struct m_event *event = &data->events[i];
        prefetch_refs(data, TABLE_EVENTS, i);
        const char *refs[MODEL_MAX_REFS];
        model_refs(data, TABLE_EVENTS, i, refs);
        event->place = resolve(data, TABLE_PLACES, refs[REF_EVENT_PLACE], TABLE_EVENTS, event->line,
                               EVENT_PLACE);
        event->countries = link_list(data, &data->event_countries, TABLE_COUNTRIES,
                                     refs[REF_EVENT_COUNTRIES], event->line, EVENT_COUNTRIES);
        event->bodies = link_list(data, &data->event_bodies, TABLE_BODIES, refs[REF_EVENT_BODIES],
                                  event->line, EVENT_BODIES);
        event->areas = link_list(data, &data->event_areas, TABLE_AREAS, refs[REF_EVENT_AREAS],
                                 event->line, EVENT_AREAS);
        event->alternative_of =
            link_alternative(data, TABLE_EVENTS, (uint32_t)i, event->line, EVENT_ALTERNATIVE_OF,
                             refs[REF_EVENT_ALTERNATIVE], event_alternative);
        link_cite(data, citations, TABLE_EVENTS, (uint32_t)i, event->line, EVENT_COLUMNS,
                  &event->cite);
    }
    compact_table(data, TABLE_EVENTS);

    intern_pending(data, citations);
    free(citations->set.slots);
    free(citations);
    /* the id maps served the linking only: free them before indexing and
     * writing */
    for (size_t table = 0; table < TABLE_COUNT; table++)
        strmap_free(&data->ids[table]);
}
