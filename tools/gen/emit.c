/* The generated C file. Every record is one line of integer initialisers
 * made from its table's field list (schema.c); strings become offsets into
 * one pool, interned in the order they are written, and the pool itself is
 * written last. Nothing depends on hash-table layout or on anything but the
 * data, so equal input gives equal output.
 *
 * Large datasets are written in a second form: the tables' bytes go to a
 * binary file, little-endian in the layout of lib/internal.h, and the C
 * file defines each table as a label on an assembler `.incbin` of its
 * slice of that file. A C compiler takes minutes and gigabytes for a
 * million records of initialisers (docs/performance.md); the assembler
 * copies the bytes. That form needs GCC or Clang on an ELF target, which
 * the C file checks. */
#include "emit.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* A table written to the blob: a label on [offset, offset + size). */
struct blob_table {
    char symbol[64];
    uint64_t offset, size;
};

struct pool_string {
    const char *text;
    uint32_t length;
};

struct emitter {
    struct dataset *data;
    FILE *out;
    FILE *blob; /* NULL: the tables are written as C initialisers */
    uint64_t blob_size;
    struct blob_table *tables;
    size_t table_count, table_capacity;
    /* the pool: distinct strings in first-use order, each followed by a NUL */
    struct strmap pool_offsets;
    struct pool_string *strings;
    size_t string_count, string_capacity;
    uint64_t pool_size;
};

static void put(struct emitter *e, const char *text) {
    fputs(text, e->out);
}

/* The pool offset of text, which must outlive the emitter. */
static uint32_t pool_add(struct emitter *e, const char *text, size_t length) {
    uint32_t offset = e->pool_size <= UINT32_MAX - 1 ? (uint32_t)e->pool_size : 0;
    uint32_t known = strmap_put(&e->pool_offsets, text, length, offset);
    if (known != STRMAP_MISSING)
        return known;
    struct pool_string *string =
        grow_one(&e->strings, &e->string_count, &e->string_capacity, sizeof *string);
    *string = (struct pool_string){text, (uint32_t)length};
    e->pool_size += length + 1;
    return offset;
}

/* ---------------------------------------------------------------- fields */

static void blob_bytes(struct emitter *e, const void *bytes, size_t length) {
    fwrite(bytes, 1, length, e->blob);
    e->blob_size += length;
}

static void u32_field(struct emitter *e, uint32_t value) {
    if (e->blob != NULL) {
        unsigned char bytes[4] = {(unsigned char)value, (unsigned char)(value >> 8),
                                  (unsigned char)(value >> 16), (unsigned char)(value >> 24)};
        blob_bytes(e, bytes, sizeof bytes);
    } else if (value == NONE) {
        put(e, "0xffffffff,");
    } else {
        /* above INT32_MAX a decimal constant would be long or long long */
        fprintf(e->out, value > 2147483647u ? "%" PRIu32 "u," : "%" PRIu32 ",", value);
    }
}

static void i32_field(struct emitter *e, int32_t value) {
    if (e->blob != NULL)
        u32_field(e, (uint32_t)value);
    else
        fprintf(e->out, "%" PRId32 ",", value);
}

static void u64_field(struct emitter *e, uint64_t value) {
    if (e->blob != NULL) {
        u32_field(e, (uint32_t)value);
        u32_field(e, (uint32_t)(value >> 32));
    } else {
        fprintf(e->out, "0x%" PRIx64 "ull,", value);
    }
}

static void date_field(struct emitter *e, capartner_date date) {
    if (e->blob != NULL) {
        /* capartner_date: int16_t year, four bytes, two of padding (zero) */
        uint16_t year = (uint16_t)date.year;
        unsigned char bytes[8] = {(unsigned char)year, (unsigned char)(year >> 8),
                                  date.month,          date.day,
                                  date.precision,      date.qualifier};
        blob_bytes(e, bytes, sizeof bytes);
    } else {
        fprintf(e->out, "{%d,%u,%u,%u,%u,{0,0}},", (int)date.year, (unsigned)date.month,
                (unsigned)date.day, (unsigned)date.precision, (unsigned)date.qualifier);
    }
}

/* Text of the C form only: braces and line breaks. */
static void put_c(struct emitter *e, const char *text) {
    if (e->blob == NULL)
        put(e, text);
}

/* Starts table `symbol`: "type symbol bounds = {" in C; in the binary form,
 * a new 8-aligned slice of the blob. */
static void begin_table(struct emitter *e, const char *type, const char *symbol,
                        const char *bounds) {
    if (e->blob == NULL) {
        fprintf(e->out, "%s %s%s = {", type, symbol, bounds);
        return;
    }
    static const unsigned char zeros[8] = {0};
    blob_bytes(e, zeros, (size_t)((8 - e->blob_size % 8) % 8));
    struct blob_table *table =
        grow_one(&e->tables, &e->table_count, &e->table_capacity, sizeof *table);
    snprintf(table->symbol, sizeof table->symbol, "%s", symbol);
    table->offset = e->blob_size;
}

static void end_table(struct emitter *e) {
    if (e->blob == NULL)
        put(e, "};\n\n");
    else
        e->tables[e->table_count - 1].size = e->blob_size - e->tables[e->table_count - 1].offset;
}

/* `type symbol[]` = { values } (signed when `is_signed`), 16 a line, with a
 * dummy 0 when empty. */
static void number_array(struct emitter *e, const char *type, const char *symbol,
                         const char *bounds, const uint32_t *values, size_t count, bool is_signed) {
    begin_table(e, type, symbol, bounds);
    if (count == 0)
        put_c(e, "0 /* empty */");
    for (size_t i = 0; i < count; i++) {
        if (i % 16 == 0)
            put_c(e, "\n");
        if (is_signed)
            i32_field(e, (int32_t)values[i]);
        else
            u32_field(e, values[i]);
    }
    put_c(e, "\n");
    end_table(e);
}

static void u32_array(struct emitter *e, const char *symbol, const uint32_t *values, size_t count) {
    number_array(e, "const uint32_t", symbol, "[]", values, count, false);
}

/* ---------------------------------------------------------------- records */

static void emit_field(struct emitter *e, struct field field, const struct cell *cells) {
    const struct cell *cell = &cells[field.cell];
    int32_t earliest, latest;
    char date_text[CAPARTNER_DATE_TEXT_BYTES];
    switch (field.kind) {
    case FIELD_TEXT:
        u32_field(e, pool_add(e, cell->text, strlen(cell->text)));
        break;
    case FIELD_U32:
        u32_field(e, cell->value.number);
        break;
    case FIELD_DATE:
        date_field(e, cell->value.date);
        break;
    case FIELD_DATE_TEXT: {
        capartner_date_format(cell->value.date, date_text, sizeof date_text);
        size_t length = strlen(date_text);
        uint32_t offset = strmap_get(&e->pool_offsets, date_text, length);
        if (offset == STRMAP_MISSING) /* a lasting copy for the pool */
            offset = pool_add(e, arena_strndup(&e->data->arena, date_text, length), length);
        u32_field(e, offset);
        break;
    }
    case FIELD_EARLIEST:
    case FIELD_LATEST:
        capartner_date_interval(cell->value.date, &earliest, &latest);
        i32_field(e, field.kind == FIELD_EARLIEST ? earliest : latest);
        break;
    case FIELD_LIST_FIRST:
        u32_field(e, cell->value.list.first);
        break;
    case FIELD_LIST_COUNT:
        u32_field(e, cell->value.list.count);
        break;
    }
}

/* The records of `schema` (struct capartner_<word>) as capartner_data_<plural>:
 * `count` rows of schema->cell_count cells from `rows`, in `order` (record
 * indexes) or in their own order when it is NULL; after their count
 * (capartner_data_<word>_count) when `counted`. */
static void emit_records(struct emitter *e, const struct table_schema *schema, const char *plural,
                         const struct cell *rows, size_t count, const uint32_t *order,
                         bool counted) {
    if (counted)
        fprintf(e->out, "const uint32_t capartner_data_%s_count = %lu;\n", schema->word,
                (unsigned long)count);
    char type[64], symbol[64];
    snprintf(type, sizeof type, "const struct capartner_%s", schema->word);
    snprintf(symbol, sizeof symbol, "capartner_data_%s", plural);
    begin_table(e, type, symbol, "[]");
    put_c(e, "\n");
    const struct field *fields = schema->fields;
    if (count == 0 && e->blob == NULL) {
        /* an empty C array is not legal: one record of zeros */
        put(e, "{");
        for (size_t f = 0; f < schema->field_count; f++)
            put(e, fields[f].kind == FIELD_DATE ? &",{0,0,0,0,0,{0,0}}"[f == 0] : &",0"[f == 0]);
        put(e, "},\n");
    }
    for (size_t i = 0; i < count; i++) {
        size_t row = order != NULL ? order[i] : i;
        put_c(e, "{");
        for (size_t f = 0; f < schema->field_count; f++)
            emit_field(e, fields[f], &rows[row * schema->cell_count]);
        put_c(e, "},\n");
    }
    end_table(e);
}

/* A table's records: the names grouped by owner, the events in timeline
 * order, the others in file order. */
static void emit_table(struct emitter *e, enum table table) {
    const struct dataset *data = e->data;
    const struct table_data *records = &data->tables[table];
    const char *file = schema_tables[table].file;
    char plural[32];
    snprintf(plural, sizeof plural, "%.*s", (int)(strlen(file) - 4), file);
    if (table == TABLE_NAMES)
        emit_records(e, &schema_tables[table], plural, records->cells, data->name_order_count,
                     data->name_order, true);
    else
        emit_records(e, &schema_tables[table], plural, records->cells, records->count,
                     table == TABLE_EVENTS ? data->event_order : NULL, true);
}

/* -------------------------------------------------------- derived tables */

/* The members of record `item` of `table` in the cell's column: its list,
 * or its one value. */
static size_t members(const struct dataset *data, enum table table, size_t item, int cell,
                      const uint32_t **items) {
    const struct cell *value = cell_at(data, table, item, cell);
    if (schema_tables[table].columns[cell].type != COL_LIST) {
        *items = &value->value.number;
        return 1;
    }
    *items = data->tables[table].lists[cell].items + value->value.list.first;
    return value->value.list.count;
}

/* An inverted list in CSR form: for each of `universe` members, the
 * positions of the records of `table` (events in timeline order) that
 * have it in `cell`, ascending. */
static void emit_inverted(struct emitter *e, const char *name, size_t universe, enum table table,
                          int cell) {
    const struct dataset *data = e->data;
    size_t count = data->tables[table].count;
    const uint32_t *order = table == TABLE_EVENTS ? data->event_order : NULL;
    uint32_t *first = xcalloc(universe + 1, sizeof *first);
    const uint32_t *items;
    for (size_t item = 0; item < count; item++)
        for (size_t i = 0, n = members(data, table, order ? order[item] : item, cell, &items);
             i < n; i++)
            first[items[i] + 1]++;
    for (size_t member = 0; member < universe; member++)
        first[member + 1] += first[member];
    uint32_t *values = xmalloc(xmul(first[universe] + 1, sizeof *values));
    uint32_t *next = xmalloc(xmul(universe + 1, sizeof *next));
    memcpy(next, first, (universe + 1) * sizeof *next);
    for (size_t item = 0; item < count; item++)
        for (size_t i = 0, n = members(data, table, order ? order[item] : item, cell, &items);
             i < n; i++)
            values[next[items[i]]++] = (uint32_t)item;
    char symbol[64];
    snprintf(symbol, sizeof symbol, "capartner_data_%s_first", name);
    u32_array(e, symbol, first, universe + 1);
    snprintf(symbol, sizeof symbol, "capartner_data_%s", name);
    u32_array(e, symbol, values, first[universe]);
    free(next);
    free(values);
    free(first);
}

/* A list of record positions and its length: capartner_data_<name> and
 * capartner_data_<name>_count. */
static void emit_positions(struct emitter *e, const char *name, const uint32_t *values,
                           size_t count) {
    fprintf(e->out, "const uint32_t capartner_data_%s_count = %lu;\n", name, (unsigned long)count);
    char symbol[96];
    snprintf(symbol, sizeof symbol, "capartner_data_%s", name);
    u32_array(e, symbol, values, count);
}

/* One bit per record, set for an alternative statement, and the positions
 * of the preferred records: events in timeline order, participations in
 * file order. */
static void emit_alternative_bits(struct emitter *e, enum table table, int cell) {
    const struct dataset *data = e->data;
    size_t count = data->tables[table].count, preferred_count = 0;
    uint32_t *bits = xcalloc(count / 32 + 1, sizeof *bits);
    uint32_t *preferred = xmalloc(xmul(count + 1, sizeof *preferred));
    for (size_t i = 0; i < count; i++) {
        size_t record = table == TABLE_EVENTS ? data->event_order[i] : i;
        if (cell_at(data, table, record, cell)->value.number != NONE)
            bits[i / 32] |= 1u << (i % 32);
        else
            preferred[preferred_count++] = (uint32_t)i;
    }
    char symbol[64];
    snprintf(symbol, sizeof symbol, "capartner_data_%s_alternatives", schema_tables[table].word);
    u32_array(e, symbol, bits, count / 32 + 1);
    snprintf(symbol, sizeof symbol, "%s_preferred", schema_tables[table].word);
    emit_positions(e, symbol, preferred, preferred_count);
    free(preferred);
    free(bits);
}

/* Running maximum of the events' latest days, in timeline order, leaving
 * out the open-ended events (no last day), which are listed apart: one
 * "after 2001" would otherwise hold the maximum at the open end from there. */
static void emit_prefix_max(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->tables[TABLE_EVENTS].count, open_count = 0;
    uint32_t *values = xmalloc(xmul(count + 1, sizeof *values));
    uint32_t *open = xmalloc(xmul(count + 1, sizeof *open));
    int32_t maximum = CAPARTNER_OPEN_EARLIEST, earliest, latest;
    for (size_t i = 0; i < count; i++) {
        capartner_date_interval(
            cell_at(data, TABLE_EVENTS, data->event_order[i], EVENT_DATE)->value.date, &earliest,
            &latest);
        if (latest == CAPARTNER_OPEN_LATEST)
            open[open_count++] = (uint32_t)i;
        else if (latest > maximum)
            maximum = latest;
        values[i] = (uint32_t)maximum;
    }
    number_array(e, "const int32_t", "capartner_data_event_latest_prefix_max", "[]", values, count,
                 true);
    emit_positions(e, "event_open_ended", open, open_count);
    free(open);
    free(values);
}

/* The evidence of participation record p (capartner_record_evidence); its
 * source's content date is its publication date when none is given (link.c). */
static capartner_date evidence_of(const struct dataset *data, const struct cell *p) {
    uint32_t source = p[PARTICIPATION_CITE_SOURCE].value.number;
    capartner_date none = {0, 0, 0, 0, 0, {0, 0}};
    return capartner_record_evidence(
        p[PARTICIPATION_REPORTED].value.date,
        source == NONE ? none
                       : cell_at(data, TABLE_SOURCES, source, SOURCE_CONTENT_DATE)->value.date,
        p[PARTICIPATION_ENDED].value.date);
}

/* Each participation's spans (lib/span.c), so that an "as of" walk reads
 * them per candidate instead of the record: from its dates, widened by the
 * evidence of every record of its relation (the preferred record and its
 * alternatives, chained through `next` from `first`). */
static void emit_spans(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->tables[TABLE_PARTICIPATIONS].count;
    uint32_t *first = xmalloc(xmul(count + 1, sizeof *first));
    uint32_t *next = xmalloc(xmul(count + 1, sizeof *next));
    uint32_t *values = xcalloc(4 * count + 4, sizeof *values);
    memset(first, 0xff, count * sizeof *first); /* NONE */
    for (size_t i = count; i-- > 0;) {
        uint32_t group =
            cell_at(data, TABLE_PARTICIPATIONS, i, PARTICIPATION_ALTERNATIVE_OF)->value.number;
        if (group == NONE)
            group = (uint32_t)i;
        next[i] = first[group];
        first[group] = (uint32_t)i;
    }
    for (size_t i = 0; i < count; i++) {
        const struct cell *p = cell_at(data, TABLE_PARTICIPATIONS, i, 0);
        uint32_t group = p[PARTICIPATION_ALTERNATIVE_OF].value.number;
        uint32_t body = p[PARTICIPATION_BODY].value.number;
        struct capartner_span_input input = {
            p[PARTICIPATION_STARTED].value.date, p[PARTICIPATION_ENDED].value.date,
            cell_at(data, TABLE_BODIES, body, BODY_STARTED)->value.date,
            cell_at(data, TABLE_BODIES, body, BODY_ENDED)->value.date};
        struct capartner_span span;
        capartner_span_of(&input, &span);
        for (uint32_t r = first[group == NONE ? i : group]; r != NONE; r = next[r])
            capartner_span_add_evidence(
                &input, evidence_of(data, cell_at(data, TABLE_PARTICIPATIONS, r, 0)), &span);
        values[4 * i] = (uint32_t)span.certain_first;
        values[4 * i + 1] = (uint32_t)span.certain_last;
        values[4 * i + 2] = (uint32_t)span.possible_first;
        values[4 * i + 3] = (uint32_t)span.possible_last;
    }
    number_array(e, "const int32_t", "capartner_data_participation_span_days", "[]", values,
                 4 * count, true);
    free(values);
    free(next);
    free(first);
}

/* alpha-3 entries: two cells, the code and the country */
static int compare_alpha3(const void *a, const void *b) {
    uint32_t x = ((const struct cell *)a)->value.number, y = ((const struct cell *)b)->value.number;
    return (x > y) - (x < y);
}

/* The countries by alpha-2 and numeric code (direct tables) and by alpha-3
 * (sorted). */
static void emit_code_tables(struct emitter *e) {
    const struct dataset *data = e->data;
    size_t count = data->tables[TABLE_COUNTRIES].count;
    uint32_t by_alpha2[26 * 26] = {0}, by_numeric[1000] = {0};
    struct cell(*by_alpha3)[2] = xcalloc(count + 1, sizeof *by_alpha3);
    for (size_t i = 0; i < count; i++) {
        const struct cell *c = cell_at(data, TABLE_COUNTRIES, i, 0);
        const unsigned char *a2 = (const unsigned char *)c[COUNTRY_ALPHA2].text;
        const unsigned char *a3 = (const unsigned char *)c[COUNTRY_ALPHA3].text;
        by_alpha2[(a2[0] - 'A') * 26 + (a2[1] - 'A')] = (uint32_t)i + 1;
        by_numeric[c[COUNTRY_NUMERIC].value.number] = (uint32_t)i + 1;
        by_alpha3[i][0].value.number = (uint32_t)a3[0] << 16 | (uint32_t)a3[1] << 8 | a3[2];
        by_alpha3[i][1].value.number = (uint32_t)i;
    }
    number_array(e, "const uint32_t", "capartner_data_country_by_alpha2", "[26 * 26]", by_alpha2,
                 26 * 26, false);
    number_array(e, "const uint32_t", "capartner_data_country_by_numeric", "[1000]", by_numeric,
                 1000, false);
    qsort(by_alpha3, count, sizeof *by_alpha3, compare_alpha3);
    static const struct field alpha3_fields[] = {{FIELD_U32, 0}, {FIELD_U32, 1}};
    static const struct table_schema alpha3 = {
        .word = "alpha3_entry", .cell_count = 2, .fields = alpha3_fields, .field_count = 2};
    emit_records(e, &alpha3, "country_by_alpha3", by_alpha3[0], count, NULL, false);
    free(by_alpha3);
}

/* ----------------------------------------------------------- key indexes */

/* Slots for `keys` keys: a power of two, at least 8, at most half full. */
static uint32_t index_slot_count(size_t keys) {
    uint64_t count = 8;
    while (count < 2 * (uint64_t)keys)
        count *= 2;
    if (count > UINT32_MAX / 2) {
        diag_fatal("too many keys for one index (%lu)", (unsigned long)keys);
        return 8;
    }
    return (uint32_t)count;
}

/* One key slot (lib/internal.h): hash, record, and the key itself when
 * short, its pool offset when long. */
static void emit_key_slot(struct emitter *e, const struct key *key) {
    if (key == NULL && e->blob == NULL) {
        put(e, "{0,0xffffffff,0},\n");
        return;
    }
    put_c(e, "{");
    u32_field(e, key != NULL ? key->hash : 0);
    u32_field(e, key != NULL ? key->record : NONE);
    uint64_t value = 0;
    if (key != NULL && key->length <= CAPARTNER_INLINE_KEY_BYTES) {
        char padded[CAPARTNER_INLINE_KEY_BYTES] = {0};
        memcpy(padded, key->folded, key->length);
        value = capartner_inline_key(padded);
    } else if (key != NULL) {
        value = (uint64_t)pool_add(e, key->folded, key->length) << 8;
    }
    u64_field(e, value);
    put_c(e, "},\n");
}

/* The open-addressing index of a table's keys: slots in key order by
 * linear probing, as capartner_key_lookup probes them. */
static void emit_key_index(struct emitter *e, enum table table) {
    const struct keys *keys = &e->data->keys[table];
    const char *word = schema_tables[table].word;
    uint32_t slot_count = index_slot_count(keys->count), mask = slot_count - 1;
    uint32_t *slots = xmalloc(xmul(slot_count, sizeof *slots));
    memset(slots, 0xff, slot_count * sizeof *slots); /* NONE */
    for (size_t k = 0; k < keys->count; k++) {
        uint32_t slot = keys->items[k].hash & mask;
        while (slots[slot] != NONE)
            slot = (slot + 1) & mask;
        slots[slot] = (uint32_t)k;
    }
    /* the slots: static in C; in the binary form a hidden label */
    char symbol[64], bounds[24];
    snprintf(symbol, sizeof symbol, "%s%s_key_slots", e->blob != NULL ? "capartner_data_" : "",
             word);
    snprintf(bounds, sizeof bounds, "[%lu]", (unsigned long)slot_count);
    if (e->blob == NULL)
        put(e, "static ");
    else
        fprintf(e->out,
                "extern const struct capartner_key_slot %s[] "
                "__attribute__((visibility(\"hidden\")));\n",
                symbol);
    begin_table(e, "const struct capartner_key_slot", symbol, bounds);
    put_c(e, "\n");
    for (uint32_t i = 0; i < slot_count; i++)
        emit_key_slot(e, slots[i] == NONE ? NULL : &keys->items[slots[i]]);
    if (e->blob == NULL)
        put(e, "};\n");
    else
        end_table(e);
    fprintf(e->out, "const struct capartner_key_index capartner_data_%s_keys = {%s, %lu};\n\n",
            word, symbol, (unsigned long)slot_count);
    free(slots);
}

/* ------------------------------------------------------ versions and pool */

/* A C string literal of the bytes of text: bytes a C compiler could misread
 * are three-digit octal escapes (", \, ? for trigraphs, control bytes),
 * never \x, which would swallow the hex digits after it. */
static void put_literal(struct emitter *e, const char *text, size_t length, bool nul) {
    fputc('"', e->out);
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c == '?')
            fprintf(e->out, "\\%03o", c);
        else
            fputc(c, e->out);
    }
    put(e, nul ? "\\000\"" : "\"");
}

static void emit_versions(struct emitter *e) {
    char as_of[CAPARTNER_DATE_TEXT_BYTES] = "";
    if (e->data->as_of.precision != CAPARTNER_PRECISION_UNKNOWN)
        capartner_date_format(e->data->as_of, as_of, sizeof as_of);
    put(e, "const char capartner_data_as_of_text[] = ");
    put_literal(e, as_of, strlen(as_of), false);
    put(e, ";\nconst char capartner_data_digest_text[] = ");
    put_literal(e, e->data->digest, strlen(e->data->digest), false);
    put(e, ";\n\n");
}

static void emit_pool(struct emitter *e) {
    if (e->blob != NULL) {
        begin_table(e, "const char", "capartner_data_pool", "[]");
        for (size_t i = 0; i < e->string_count; i++)
            blob_bytes(e, e->strings[i].text, e->strings[i].length + 1);
        end_table(e);
        return;
    }
    fprintf(e->out,
            "/* the string pool: %lu strings, each followed by a NUL; offset 0 is \"\" */\n"
            "const char capartner_data_pool[] =\n",
            (unsigned long)e->string_count);
    for (size_t i = 0; i < e->string_count; i++) {
        put_literal(e, e->strings[i].text, e->strings[i].length, true);
        put(e, "\n");
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
    fprintf(e->out,
            "/* The tables are the bytes of %s,\n"
            " * included by the assembler: see tools/gen/emit.c. */\n"
            "#if !defined(__ELF__) || !(defined(__GNUC__) || defined(__clang__))\n"
            "#error \"these tables are included with .incbin: GCC or Clang on an ELF target\"\n"
            "#endif\n"
            "#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__\n"
            "#error \"the tables' binary file is little-endian\"\n"
            "#endif\n",
            blob_path);
    for (size_t i = 0; i < sizeof layouts / sizeof layouts[0]; i++)
        fprintf(e->out,
                "_Static_assert(sizeof(%s) == %lu, \"the tables' binary file has another record "
                "layout\");\n",
                layouts[i].type, (unsigned long)layouts[i].size);
    put(e, "__asm__(\"\\t.pushsection .rodata\\n\"\n");
    for (size_t i = 0; i < e->table_count; i++) {
        const struct blob_table *t = &e->tables[i];
        const char *s = t->symbol;
        fprintf(e->out,
                "        \"\\t.balign 8\\n\\t.globl %s\\n\\t.hidden %s\\n"
                "\\t.type %s, STT_OBJECT\\n\\t.size %s, %" PRIu64 "\\n%s:\\n\"\n",
                s, s, s, s, t->size, s);
        if (t->size > 0)
            fprintf(e->out, "        \"\\t.incbin \\\"%s\\\", %" PRIu64 ", %" PRIu64 "\\n\"\n",
                    blob_path, t->offset, t->size);
    }
    put(e, "        \"\\t.popsection\\n\");\n");
}

/* ------------------------------------------------------------------ main */

static void emit_tables(struct emitter *e) {
    /* the order of lib/internal.h's declarations */
    static const enum table record_order[] = {TABLE_SOURCES,   TABLE_SECTIONS,       TABLE_NAMES,
                                              TABLE_COUNTRIES, TABLE_BODIES,         TABLE_PLACES,
                                              TABLE_AREAS,     TABLE_PARTICIPATIONS, TABLE_EVENTS};
    const struct dataset *data = e->data;
    const struct table_data *events = &data->tables[TABLE_EVENTS];
    emit_records(e, &schema_citations, "citations", data->citations.cells, data->citations.count,
                 NULL, true);
    for (size_t i = 0; i < sizeof record_order / sizeof record_order[0]; i++)
        emit_table(e, record_order[i]);
    const int lists[] = {EVENT_COUNTRIES, EVENT_BODIES, EVENT_AREAS};
    for (size_t i = 0; i < 3; i++) {
        char symbol[64];
        snprintf(symbol, sizeof symbol, "capartner_data_event_%s",
                 schema_tables[TABLE_EVENTS].columns[lists[i]].name);
        u32_array(e, symbol, events->lists[lists[i]].items, events->lists[lists[i]].count);
    }
    size_t countries = data->tables[TABLE_COUNTRIES].count,
           bodies = data->tables[TABLE_BODIES].count;
    emit_inverted(e, "country_events", countries, TABLE_EVENTS, EVENT_COUNTRIES);
    emit_inverted(e, "body_events", bodies, TABLE_EVENTS, EVENT_BODIES);
    emit_inverted(e, "area_events", data->tables[TABLE_AREAS].count, TABLE_EVENTS, EVENT_AREAS);
    emit_inverted(e, "kind_events", CAPARTNER_EVENT_KIND_COUNT, TABLE_EVENTS, EVENT_KIND);
    emit_alternative_bits(e, TABLE_EVENTS, EVENT_ALTERNATIVE_OF);
    emit_alternative_bits(e, TABLE_PARTICIPATIONS, PARTICIPATION_ALTERNATIVE_OF);
    emit_inverted(e, "country_participations", countries, TABLE_PARTICIPATIONS,
                  PARTICIPATION_COUNTRY);
    emit_inverted(e, "body_participations", bodies, TABLE_PARTICIPATIONS, PARTICIPATION_BODY);
    emit_prefix_max(e);
    emit_spans(e);
    emit_code_tables(e);
    for (size_t i = 0; i < KEY_TABLES; i++)
        emit_key_index(e, schema_key_tables[i]);
    emit_versions(e);
}

bool emit_dataset(struct dataset *data, FILE *out, FILE *blob, const char *blob_path) {
    struct emitter e = {.data = data, .out = out, .blob = blob};
    pool_add(&e, "", 0);
    put(&e, "/* generated by capartner-gen from the data files \xe2\x80\x94 do not edit */\n");
    put(&e, "#include \"internal.h\"\n\n");
    emit_tables(&e);
    bool fits = e.pool_size <= UINT32_MAX;
    if (fits)
        emit_pool(&e);
    else
        diag_fatal("the string pool exceeds 4 GiB");
    if (blob != NULL)
        emit_incbin(&e, blob_path);
    strmap_free(&e.pool_offsets);
    free(e.strings);
    free(e.tables);
    return fits;
}
