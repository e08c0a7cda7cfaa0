/* Linking: every reference resolved to the index of the record it names, as
 * the columns' descriptions say (schema.c), and the rules that span
 * records: intervals in order, `reported` dates a source can report,
 * alternatives that name a preferred record, citations whose section belongs
 * to their source, one preferred name per owner, language and kind, section
 * ordinals unique within their source, no cycle of parent bodies. */
#include "link.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Resolves `ref` (may be "") to a record of `target`; reports an unknown id
 * against (table, line, column). */
static uint32_t resolve(const struct dataset *data, enum table target, const char *ref,
                        enum table table, uint32_t line, int column) {
    if (ref[0] == '\0')
        return NONE;
    uint32_t index = strmap_get(&data->tables[target].ids, ref, strlen(ref));
    if (index == STRMAP_MISSING) {
        dataset_error(table, line, column, "unknown %s \"%s\"", schema_tables[target].word, ref);
        return NONE;
    }
    return index;
}

/* Puts a key made of numbers (and text) into a map of such keys, copied
 * into the arena; returns what strmap_put returns, or STRMAP_MISSING when
 * the key does not fit. */
static uint32_t put_tuple(struct dataset *data, struct strmap *map, const char *key, int length,
                          uint32_t value) {
    if (length < 0 || (size_t)length >= 64)
        return STRMAP_MISSING;
    return strmap_put(map, arena_strndup(&data->arena, key, (size_t)length), (size_t)length, value);
}

/* ------------------------------------------------------------- citations */

/* Resolves a record's citation and interns it among the distinct ones. */
static void link_citation(struct dataset *data, struct strmap *seen, enum table table,
                          uint32_t index, uint32_t line) {
    int first = schema_tables[table].citation - 3;
    struct cell *cells = cell_at(data, table, index, 0);
    const char *source_ref = cells[first].text;
    uint32_t source = resolve(data, TABLE_SOURCES, source_ref, table, line, first);
    uint32_t section = resolve(data, TABLE_SECTIONS, cells[first + 1].text, table, line, first + 1);
    if (source != NONE && section != NONE) {
        uint32_t owner = cell_at(data, TABLE_SECTIONS, section, SECTION_SOURCE)->value.number;
        if (owner != NONE && owner != source) {
            dataset_error(table, line, first + 1,
                          "section \"%s\" belongs to source \"%s\", not to \"%s\"",
                          cell_at(data, TABLE_SECTIONS, section, SECTION_ID)->text,
                          cell_at(data, TABLE_SOURCES, owner, SOURCE_ID)->text, source_ref);
            section = NONE;
        }
    }
    cells[first].value.number = source;
    cells[first + 1].value.number = section;
    if (source == NONE)
        return;
    uint32_t triple[3] = {source, section, cells[first + 2].value.number};
    uint32_t known = put_tuple(data, seen, (const char *)triple, (int)sizeof triple,
                               (uint32_t)data->citations.count);
    if (known == STRMAP_MISSING) {
        struct cell *row = dataset_add_record(&data->citations, CITATION_CELLS, 0, &known);
        for (size_t i = 0; i < CITATION_CELLS; i++)
            row[i].value.number = triple[i];
    }
    cells[schema_tables[table].citation].value.number = known;
}

/* ------------------------------------------------------------- columns */

/* Whether every day of a is before every day of b (both known). ("before X"
 * dates have no earliest day, so comparing earliest days would put every one
 * of them first.) */
static bool certainly_before(capartner_date a, capartner_date b) {
    if (a.precision == CAPARTNER_PRECISION_UNKNOWN || b.precision == CAPARTNER_PRECISION_UNKNOWN)
        return false;
    int32_t a_earliest, a_latest, b_earliest, b_latest;
    capartner_date_interval(a, &a_earliest, &a_latest);
    capartner_date_interval(b, &b_earliest, &b_latest);
    return a_latest < b_earliest;
}

/* Reports `date` (at column) when it is certainly before `bound` (or after
 * it when !before): "DATE is before [WHAT ]BOUNDSUFFIX". */
static void check_order(enum table table, uint32_t line, int column, capartner_date date,
                        capartner_date bound, bool before, const char *what, const char *suffix) {
    if (before ? !certainly_before(date, bound) : !certainly_before(bound, date))
        return;
    char date_text[CAPARTNER_DATE_TEXT_BYTES], bound_text[CAPARTNER_DATE_TEXT_BYTES];
    capartner_date_format(date, date_text, sizeof date_text);
    capartner_date_format(bound, bound_text, sizeof bound_text);
    dataset_error(table, line, column, "%s is %s %s%s%s%s", date_text, before ? "before" : "after",
                  what, what[0] != '\0' ? " " : "", bound_text, suffix);
}

/* A date no later than another of its record (a source's content date is
 * at most its publication date: a document cannot describe days after it
 * was written), which it takes when empty. */
static void link_date_until(enum table table, uint32_t line, int column, struct cell *cells) {
    const struct column *info = &schema_tables[table].columns[column];
    capartner_date *date = &cells[column].value.date, until = cells[info->until].value.date;
    if (date->precision == CAPARTNER_PRECISION_UNKNOWN)
        *date = until;
    else
        check_order(table, line, column, until, *date, true, info->what, "");
}

/* alternative_of: the id of another, preferred record of the same table. */
static uint32_t link_alternative(const struct dataset *data, enum table table, uint32_t index,
                                 uint32_t line, int column, const char *ref) {
    uint32_t target = resolve(data, table, ref, table, line, column);
    if (target == NONE)
        return NONE;
    if (target == index) {
        dataset_error(table, line, column, "a record cannot be an alternative of itself");
        return NONE;
    }
    const char *target_ref = cell_at(data, table, target, column)->text;
    if (target_ref[0] != '\0') {
        dataset_error(table, line, column,
                      "\"%s\" is itself an alternative (of \"%s\"): name the preferred record", ref,
                      target_ref);
        return NONE;
    }
    return target;
}

/* Resolves a comma-separated list of ids into the table's list of that
 * column; sets the cell's slice of it. */
static void link_list(struct dataset *data, enum table table, uint32_t line, int column,
                      struct cell *cell) {
    struct u32vec *out = &data->tables[table].lists[column];
    enum table target = schema_tables[table].columns[column].target;
    const char *text = cell->text;
    cell->value.list.first = (uint32_t)out->count;
    bool malformed = false;
    for (const char *cursor = text; text[0] != '\0';) {
        const char *comma = strchr(cursor, ',');
        size_t length = comma != NULL ? (size_t)(comma - cursor) : strlen(cursor);
        if (length == 0 || length > MAX_ID_BYTES || memchr(cursor, ' ', length) != NULL) {
            if (!malformed)
                dataset_error(table, line, column,
                              "\"%s\" is not a list of ids separated by ',' (no spaces, no "
                              "empty items)",
                              text);
            malformed = true;
        } else {
            char id[MAX_ID_BYTES + 1];
            memcpy(id, cursor, length);
            id[length] = '\0';
            uint32_t index = resolve(data, target, id, table, line, column);
            bool repeated = false;
            for (size_t i = cell->value.list.first; i < out->count && index != NONE; i++)
                repeated |= out->items[i] == index;
            if (repeated)
                dataset_error(table, line, column, "\"%s\" is listed twice", id);
            else if (index != NONE)
                u32vec_push(out, index);
        }
        if (comma == NULL)
            break;
        cursor = comma + 1;
    }
    cell->value.list.count = (uint32_t)(out->count - cell->value.list.first);
}

/* Links the columns of one record, in column order. */
static void link_record(struct dataset *data, struct strmap *citations, enum table table,
                        uint32_t index) {
    const struct table_schema *schema = &schema_tables[table];
    uint32_t line = data->tables[table].lines[index];
    struct cell *cells = cell_at(data, table, index, 0);
    if (schema->citation >= 0 && schema->cite_first)
        link_citation(data, citations, table, index, line);
    for (int column = 0; column < (int)schema->column_count; column++) {
        const struct column *info = &schema->columns[column];
        struct cell *cell = &cells[column];
        if (info->type == COL_REF)
            cell->value.number = resolve(data, info->target, cell->text, table, line, column);
        else if (info->type == COL_ALTERNATIVE)
            cell->value.number = link_alternative(data, table, index, line, column, cell->text);
        else if (info->type == COL_LIST)
            link_list(data, table, line, column, cell);
        else if (info->type == COL_DATE && info->start != 0)
            check_order(table, line, column, cell->value.date, cells[info->start].value.date, true,
                        schema->columns[info->start].name, "");
        else if (info->type == COL_DATE && info->until != 0)
            link_date_until(table, line, column, cells);
    }
    if (schema->citation >= 0 && !schema->cite_first)
        link_citation(data, citations, table, index, line);
}

/* A participation's `reported` date: a source reports no day after the one
 * its content describes (its content date, else its publication date), and
 * no day before the relation and its body can have begun. */
static void check_reported(const struct dataset *data, uint32_t index) {
    const struct cell *p = cell_at(data, TABLE_PARTICIPATIONS, index, 0);
    uint32_t line = data->tables[TABLE_PARTICIPATIONS].lines[index];
    uint32_t source = p[PARTICIPATION_CITE_SOURCE].value.number;
    uint32_t body = p[PARTICIPATION_BODY].value.number;
    capartner_date reported = p[PARTICIPATION_REPORTED].value.date;
    capartner_date started = p[PARTICIPATION_STARTED].value.date;
    char words[MAX_ID_BYTES + 64];
    if (source != NONE) {
        const struct cell *s = cell_at(data, TABLE_SOURCES, source, 0);
        snprintf(words, sizeof words, ", the %s date of source \"%s\"",
                 s[SOURCE_CONTENT_DATE].text[0] != '\0' ? "content" : "publication",
                 s[SOURCE_ID].text);
        check_order(TABLE_PARTICIPATIONS, line, PARTICIPATION_REPORTED, reported,
                    s[SOURCE_CONTENT_DATE].value.date, false, "", words);
    }
    if (certainly_before(reported, started) || body == NONE) {
        check_order(TABLE_PARTICIPATIONS, line, PARTICIPATION_REPORTED, reported, started, true,
                    "started", "");
        return;
    }
    snprintf(words, sizeof words, ", the start of body \"%s\"",
             cell_at(data, TABLE_BODIES, body, BODY_ID)->text);
    check_order(TABLE_PARTICIPATIONS, line, PARTICIPATION_REPORTED, reported,
                cell_at(data, TABLE_BODIES, body, BODY_STARTED)->value.date, true, "", words);
}

/* -------------------------------------------------------- section rules */

static void check_ordinal(struct dataset *data, struct strmap *ordinals, uint32_t index) {
    const struct cell *cells = cell_at(data, TABLE_SECTIONS, index, 0);
    uint32_t source = cells[SECTION_SOURCE].value.number;
    uint32_t ordinal = cells[SECTION_ORDINAL].value.number;
    if (source == NONE || ordinal == 0)
        return;
    uint32_t key[2] = {source, ordinal};
    uint32_t first = put_tuple(data, ordinals, (const char *)key, (int)sizeof key, index);
    if (first != STRMAP_MISSING)
        dataset_error(TABLE_SECTIONS, data->tables[TABLE_SECTIONS].lines[index], SECTION_ORDINAL,
                      "ordinal %lu is taken in source \"%s\" (by section \"%s\")",
                      (unsigned long)ordinal, cells[SECTION_SOURCE].text,
                      cell_at(data, TABLE_SECTIONS, first, SECTION_ID)->text);
}

/* ----------------------------------------------------------- name rules */

/* Resolves a name's owner (and which kind of record it is); false when
 * there is none. */
static bool link_owner(struct dataset *data, uint32_t index, uint32_t line) {
    struct cell *cells = cell_at(data, TABLE_NAMES, index, 0);
    const char *ref = cells[NAME_OWNER].text;
    cells[NAME_OWNER_KIND].value.number = OWNER_KINDS;
    cells[NAME_OWNER].value.number = NONE;
    if (ref[0] == '\0')
        return false;
    for (uint32_t kind = 0; kind < OWNER_KINDS; kind++) {
        size_t length = strlen(schema_owner_prefixes[kind]);
        if (strncmp(ref, schema_owner_prefixes[kind], length) == 0) {
            cells[NAME_OWNER_KIND].value.number = kind;
            cells[NAME_OWNER].value.number = resolve(data, schema_owner_tables[kind], ref + length,
                                                     TABLE_NAMES, line, NAME_OWNER);
            return cells[NAME_OWNER].value.number != NONE;
        }
    }
    dataset_error(TABLE_NAMES, line, NAME_OWNER,
                  "\"%s\" is not an owner (expected country:ID, body:ID or place:ID)", ref);
    return false;
}

/* One preferred name per owner, language and kind; the preferred English
 * short name of a country is its name. */
static void check_preferred(struct dataset *data, struct strmap *preferred, uint32_t index) {
    const struct cell *cells = cell_at(data, TABLE_NAMES, index, 0);
    uint32_t line = data->tables[TABLE_NAMES].lines[index];
    if (!link_owner(data, index, line) || cells[NAME_PREFERRED].value.number == 0)
        return;
    uint32_t owner_kind = cells[NAME_OWNER_KIND].value.number;
    uint32_t owner = cells[NAME_OWNER].value.number, kind = cells[NAME_KIND].value.number;
    const char *language = cells[NAME_LANGUAGE].text;
    char key[64];
    int length = snprintf(key, sizeof key, "%u:%lu:%u:%s", (unsigned)owner_kind,
                          (unsigned long)owner, (unsigned)kind, language);
    if (length < 0 || (size_t)length >= sizeof key)
        return; /* an overlong language, reported already */
    uint32_t first = put_tuple(data, preferred, key, length, index);
    if (first != STRMAP_MISSING) {
        dataset_error(TABLE_NAMES, line, NAME_PREFERRED,
                      "a second preferred %s name in \"%s\" of %s (the first is on line %lu)",
                      capartner_name_kind_name((capartner_name_kind)kind), language,
                      cells[NAME_OWNER].text,
                      (unsigned long)data->tables[TABLE_NAMES].lines[first]);
        return;
    }
    if (owner_kind == OWNER_COUNTRY && kind == CAPARTNER_NAME_SHORT && strcmp(language, "en") == 0)
        cell_at(data, TABLE_COUNTRIES, owner, COUNTRY_NAME)->text = cells[NAME_TEXT].text;
}

static void check_country_names(const struct dataset *data) {
    for (size_t i = 0; i < data->tables[TABLE_COUNTRIES].count; i++) {
        const struct cell *cells = cell_at(data, TABLE_COUNTRIES, i, 0);
        if (cells[COUNTRY_NAME].text[0] == '\0' && cells[COUNTRY_ID].text[0] != '\0')
            dataset_error(TABLE_COUNTRIES, data->tables[TABLE_COUNTRIES].lines[i], COUNTRY_ID,
                          "country %s has no preferred en short name in names.tsv",
                          cells[COUNTRY_ID].text);
    }
}

/* A COW code cites the source that states it, and a COW source has a code. */
static void check_cow_sources(const struct dataset *data) {
    for (size_t i = 0; i < data->tables[TABLE_COUNTRIES].count; i++) {
        const struct cell *cells = cell_at(data, TABLE_COUNTRIES, i, 0);
        bool has_code = cells[COUNTRY_COW_CODE].text[0] != '\0';
        if (has_code != (cells[COUNTRY_COW_SOURCE].text[0] != '\0'))
            dataset_error(TABLE_COUNTRIES, data->tables[TABLE_COUNTRIES].lines[i],
                          has_code ? COUNTRY_COW_SOURCE : COUNTRY_COW_CODE,
                          has_code ? "a cow_code needs the cow_source that states it"
                                   : "a cow_source without a cow_code");
    }
}

/* ----------------------------------------------------------- body rules */

/* Reports each cycle of parents once, at the body where the walk closes it. */
static void check_parent_cycles(const struct dataset *data) {
    size_t count = data->tables[TABLE_BODIES].count;
    enum { UNSEEN, ON_PATH, DONE };
    unsigned char *state = xcalloc(count, 1);
    uint32_t *path = xmalloc(xmul(count, sizeof *path));
    for (size_t start = 0; start < count; start++) {
        size_t length = 0;
        uint32_t body = (uint32_t)start;
        while (body != NONE && state[body] == UNSEEN) {
            state[body] = ON_PATH;
            path[length++] = body;
            body = cell_at(data, TABLE_BODIES, body, BODY_PARENT)->value.number;
        }
        if (body != NONE && state[body] == ON_PATH)
            dataset_error(TABLE_BODIES, data->tables[TABLE_BODIES].lines[body], BODY_PARENT,
                          "the parents of \"%s\" form a cycle (it is its own ancestor)",
                          cell_at(data, TABLE_BODIES, body, BODY_ID)->text);
        for (size_t i = 0; i < length; i++)
            state[path[i]] = DONE;
    }
    free(path);
    free(state);
}

/* ------------------------------------------------------------------ main */

/* The as-of date must cover every source: "2022-09" ends after "2022-09-19". */
static bool ends_later(capartner_date a, capartner_date b) {
    int32_t a_earliest, a_latest, b_earliest, b_latest;
    capartner_date_bounds(a, &a_earliest, &a_latest);
    capartner_date_bounds(b, &b_earliest, &b_latest);
    return a_latest > b_latest || (a_latest == b_latest && capartner_date_compare(a, b) > 0);
}

/* The dataset's as-of date: the content date of its sources that ends last. */
static void find_as_of(struct dataset *data) {
    for (size_t i = 0; i < data->tables[TABLE_SOURCES].count; i++) {
        capartner_date date = cell_at(data, TABLE_SOURCES, i, SOURCE_CONTENT_DATE)->value.date;
        if (date.precision != CAPARTNER_PRECISION_UNKNOWN &&
            (data->as_of.precision == CAPARTNER_PRECISION_UNKNOWN || ends_later(date, data->as_of)))
            data->as_of = date;
    }
}

void link_dataset(struct dataset *data) {
    struct strmap citations = {0}, ordinals = {0}, preferred = {0};
    for (size_t table = 0; table < TABLE_COUNT; table++) {
        for (uint32_t i = 0; i < data->tables[table].count; i++) {
            link_record(data, &citations, (enum table)table, i);
            if (table == TABLE_SECTIONS)
                check_ordinal(data, &ordinals, i);
            else if (table == TABLE_NAMES)
                check_preferred(data, &preferred, i);
            else if (table == TABLE_PARTICIPATIONS)
                check_reported(data, i);
        }
        if (table == TABLE_SOURCES)
            find_as_of(data);
        else if (table == TABLE_COUNTRIES)
            check_cow_sources(data);
        else if (table == TABLE_NAMES)
            check_country_names(data);
        else if (table == TABLE_BODIES)
            check_parent_cycles(data);
    }
    strmap_free(&citations);
    strmap_free(&ordinals);
    strmap_free(&preferred);
    /* the ids served the linking only */
    for (size_t table = 0; table < TABLE_COUNT; table++)
        strmap_free(&data->tables[table].ids);
}
