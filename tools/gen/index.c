/* What the library looks records up by: names grouped by owner, events in
 * timeline order, and each table's lookup keys (its key columns, case-
 * folded, and its owners' names), with keys shared by two records refused. */
#include "index.h"

#include <stdlib.h>
#include <string.h>

/* ----------------------------------------------------------------- names */

/* A place's `name` column is its current English name: when names.tsv gives
 * the place no preferred English short name, that column becomes one, so
 * every place answers capartner_place_name_on. */
static void add_place_names(struct dataset *data) {
    size_t place_count = data->tables[TABLE_PLACES].count;
    bool *named = xcalloc(place_count + 1, sizeof *named);
    for (size_t i = 0; i < data->tables[TABLE_NAMES].count; i++) {
        const struct cell *name = cell_at(data, TABLE_NAMES, i, 0);
        if (name[NAME_OWNER_KIND].value.number == OWNER_PLACE &&
            name[NAME_OWNER].value.number != NONE && name[NAME_PREFERRED].value.number != 0 &&
            name[NAME_KIND].value.number == CAPARTNER_NAME_SHORT &&
            strcmp(name[NAME_LANGUAGE].text, "en") == 0)
            named[name[NAME_OWNER].value.number] = true;
    }
    for (uint32_t i = 0; i < (uint32_t)place_count; i++) {
        if (named[i])
            continue;
        const struct cell *place = cell_at(data, TABLE_PLACES, i, 0);
        uint32_t index;
        struct cell *name = dataset_add_record(&data->tables[TABLE_NAMES], NAME_CELLS,
                                               data->tables[TABLE_PLACES].lines[i], &index);
        name[NAME_OWNER_KIND].value.number = OWNER_PLACE;
        name[NAME_OWNER].value.number = i;
        name[NAME_LANGUAGE].text = "en";
        name[NAME_KIND].value.number = CAPARTNER_NAME_SHORT;
        name[NAME_TEXT].text = place[PLACE_NAME].text;
        name[NAME_PREFERRED].value.number = 1;
        name[NAME_CITATION].value.number = place[PLACE_CITATION].value.number;
    }
    free(named);
}

/* The owners' cells that say where their names are. */
static const int name_first_cells[OWNER_KINDS] = {COUNTRY_NAME_FIRST, BODY_NAME_FIRST,
                                                  PLACE_NAME_FIRST};

/* Output order: the countries' names (country by country), then the
 * bodies', then the places'; each owner's names in file order. A counting
 * sort keeps it linear. */
static void group_names(struct dataset *data) {
    size_t bases[OWNER_KINDS + 1] = {0};
    for (size_t kind = 0; kind < OWNER_KINDS; kind++)
        bases[kind + 1] = bases[kind] + data->tables[schema_owner_tables[kind]].count;
    size_t slots = bases[OWNER_KINDS], name_count = data->tables[TABLE_NAMES].count;
    uint32_t *first = xcalloc(slots + 2, sizeof *first);
    uint32_t *slot_of = xmalloc(xmul(name_count + 1, sizeof *slot_of));
    for (size_t i = 0; i < name_count; i++) {
        const struct cell *name = cell_at(data, TABLE_NAMES, i, 0);
        slot_of[i] = name[NAME_OWNER].value.number == NONE
                         ? NONE
                         : (uint32_t)(bases[name[NAME_OWNER_KIND].value.number] +
                                      name[NAME_OWNER].value.number);
        if (slot_of[i] != NONE)
            first[slot_of[i] + 1]++;
    }
    for (size_t slot = 0; slot < slots; slot++)
        first[slot + 1] += first[slot];
    data->name_order_count = first[slots];
    data->name_order = xmalloc(xmul(data->name_order_count + 1, sizeof *data->name_order));
    uint32_t *next = xmalloc(xmul(slots + 1, sizeof *next));
    memcpy(next, first, (slots + 1) * sizeof *next);
    for (size_t i = 0; i < name_count; i++)
        if (slot_of[i] != NONE)
            data->name_order[next[slot_of[i]]++] = (uint32_t)i;
    for (size_t kind = 0; kind < OWNER_KINDS; kind++) {
        enum table owners = schema_owner_tables[kind];
        for (size_t i = 0; i < data->tables[owners].count; i++) {
            struct cell *cells = cell_at(data, owners, i, name_first_cells[kind]);
            cells[0].value.number = first[bases[kind] + i];
            cells[1].value.number = first[bases[kind] + i + 1] - first[bases[kind] + i];
        }
    }
    free(next);
    free(slot_of);
    free(first);
}

/* ---------------------------------------------------------------- events */

/* qsort has no context argument */
static const struct dataset *sorted_data;

/* Timeline order (capartner_date_compare), ties by id. */
static int compare_events(const void *a, const void *b) {
    const struct cell *x = cell_at(sorted_data, TABLE_EVENTS, *(const uint32_t *)a, 0);
    const struct cell *y = cell_at(sorted_data, TABLE_EVENTS, *(const uint32_t *)b, 0);
    int order = capartner_date_compare(x[EVENT_DATE].value.date, y[EVENT_DATE].value.date);
    return order != 0 ? order : strcmp(x[EVENT_ID].text, y[EVENT_ID].text);
}

/* Lays the events' lists out in timeline order and makes their
 * alternative_of a timeline position. */
static void relayout_events(struct dataset *data, const uint32_t *rank) {
    struct table_data *events = &data->tables[TABLE_EVENTS];
    const struct table_schema *schema = &schema_tables[TABLE_EVENTS];
    for (int column = 0; column < (int)schema->column_count; column++) {
        enum column_type type = schema->columns[column].type;
        if (type == COL_ALTERNATIVE)
            for (size_t i = 0; i < events->count; i++) {
                struct cell *cell = cell_at(data, TABLE_EVENTS, i, column);
                if (cell->value.number != NONE)
                    cell->value.number = rank[cell->value.number];
            }
        if (type != COL_LIST)
            continue;
        struct u32vec old = events->lists[column], *list = &events->lists[column];
        *list = (struct u32vec){0};
        for (size_t position = 0; position < events->count; position++) {
            struct cell *cell = cell_at(data, TABLE_EVENTS, data->event_order[position], column);
            uint32_t first = cell->value.list.first;
            cell->value.list.first = (uint32_t)list->count;
            for (uint32_t i = 0; i < cell->value.list.count; i++)
                u32vec_push(list, old.items[first + i]);
        }
        free(old.items);
    }
}

/* Timeline order: by date (capartner_date_compare), ties by id. */
static void sort_events(struct dataset *data) {
    size_t count = data->tables[TABLE_EVENTS].count;
    data->event_order = xmalloc(xmul(count + 1, sizeof *data->event_order));
    for (size_t i = 0; i < count; i++)
        data->event_order[i] = (uint32_t)i;
    sorted_data = data;
    qsort(data->event_order, count, sizeof *data->event_order, compare_events);
    sorted_data = NULL;
    uint32_t *rank = xmalloc(xmul(count + 1, sizeof *rank));
    for (size_t i = 0; i < count; i++)
        rank[data->event_order[i]] = (uint32_t)i;
    relayout_events(data, rank);
    free(rank);
}

/* ------------------------------------------------------------------ keys */

/* Adds `text` as a candidate key of record `record` of `table`; "" adds
 * nothing, nor does text that does not fold (load.c reported it). */
static void add_key(struct dataset *data, enum table table, uint32_t record, const char *text,
                    struct key_origin origin) {
    char folded[4 * CAPARTNER_MAX_KEY_BYTES + 1];
    size_t length;
    if (text[0] == '\0' ||
        capartner_fold_key(text, folded, sizeof folded, &length) != CAPARTNER_OK ||
        length > CAPARTNER_MAX_KEY_BYTES)
        return;
    struct keys *keys = &data->keys[table];
    struct key *key = grow_one(&keys->items, &keys->count, &keys->capacity, sizeof *key);
    *key = (struct key){arena_strndup(&data->arena, folded, length), (uint32_t)length,
                        capartner_key_hash(folded, length), record, origin};
}

/* Keeps the first of equal keys, in order, and reports an equal key of
 * another record. */
static void drop_repeated_keys(struct dataset *data, enum table owner) {
    struct keys *keys = &data->keys[owner];
    struct strmap seen = {0}; /* folded key -> position among the kept */
    size_t kept = 0;
    for (size_t i = 0; i < keys->count; i++) {
        struct key key = keys->items[i];
        struct key_origin here = key.origin;
        uint32_t existing = strmap_put(&seen, key.folded, key.length, (uint32_t)kept);
        if (existing == STRMAP_MISSING) {
            keys->items[kept++] = key;
            continue;
        }
        const struct key *other = &keys->items[existing];
        const struct key_origin *origin = &other->origin;
        /* two equal ids are a duplicate id, which load.c reported */
        bool duplicate_id = origin->table == here.table && origin->column == 0 && here.column == 0;
        if (other->record == key.record || duplicate_id)
            continue;
        uint32_t other_record =
            owner == TABLE_EVENTS ? data->event_order[other->record] : other->record;
        dataset_error(here.table, here.line, here.column,
                      "key \"%s\" (case-folded) is already a key of %s \"%s\" (%s:%lu: %s)",
                      key.folded, schema_tables[owner].word,
                      cell_at(data, owner, other_record, 0)->text, diag_path(origin->table),
                      (unsigned long)origin->line,
                      schema_tables[origin->table].columns[origin->column].name);
    }
    keys->count = kept;
    strmap_free(&seen);
}

/* The keys of `table`: each record's key columns, then its names. */
static void build_keys(struct dataset *data, enum table table) {
    const struct table_schema *schema = &schema_tables[table];
    const struct table_data *records = &data->tables[table];
    for (uint32_t record = 0; record < records->count; record++) {
        /* events by timeline position */
        uint32_t index = table == TABLE_EVENTS ? data->event_order[record] : record;
        const struct cell *cells = cell_at(data, table, index, 0);
        for (int column = 0; column < (int)schema->column_count; column++)
            if (schema->columns[column].key &&
                (schema->columns[column].type != COL_NUMERIC || cells[column].value.number != 0))
                add_key(data, table, record, cells[column].text,
                        (struct key_origin){table, records->lines[index], column});
    }
    for (size_t kind = 0; kind < OWNER_KINDS; kind++) {
        if (schema_owner_tables[kind] != table)
            continue;
        for (size_t i = 0; i < data->name_order_count; i++) {
            uint32_t name = data->name_order[i];
            const struct cell *cells = cell_at(data, TABLE_NAMES, name, 0);
            if (cells[NAME_OWNER_KIND].value.number == kind)
                add_key(data, table, cells[NAME_OWNER].value.number, cells[NAME_TEXT].text,
                        (struct key_origin){TABLE_NAMES, data->tables[TABLE_NAMES].lines[name],
                                            NAME_TEXT});
        }
    }
    drop_repeated_keys(data, table);
}

void index_dataset(struct dataset *data) {
    add_place_names(data);
    group_names(data);
    sort_events(data);
    for (size_t i = 0; i < KEY_TABLES; i++)
        build_keys(data, schema_key_tables[i]);
}
