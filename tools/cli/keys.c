/* What the user typed, turned into records, dates and enum values. */
#include "keys.h"

#include "text.h"

#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------------- suggestions */

static void consider_labelled(struct suggest *suggest, const char *key, const char *code,
                              const char *kind, const char *name, bool labelled) {
    char display[600];
    bool same = strcmp(key, name) == 0 || name[0] == '\0';
    if (labelled)
        snprintf(display, sizeof display, "%s (%s%s%s)", key, kind, same ? "" : ": ",
                 same ? "" : name);
    else if (same)
        snprintf(display, sizeof display, "%s", key);
    else
        snprintf(display, sizeof display, "%s (%s)", key, name);
    (void)code;
    suggest_consider(suggest, key, display);
}

void consider_countries(struct suggest *suggest, bool labelled) {
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *c;
        if (capartner_country_at(i, &c) != CAPARTNER_OK)
            continue;
        const char *code = capartner_country_alpha2(c), *name = capartner_country_name(c);
        consider_labelled(suggest, code, code, "country", name, labelled);
        consider_labelled(suggest, capartner_country_alpha3(c), code, "country", name, labelled);
        for (size_t j = 0; j < capartner_country_name_count(c); j++) {
            const capartner_name *n;
            if (capartner_country_name_at(c, j, &n) == CAPARTNER_OK)
                consider_labelled(suggest, capartner_name_text(n), code, "country", code, labelled);
        }
    }
}

void consider_bodies(struct suggest *suggest, bool labelled) {
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *b;
        if (capartner_body_at(i, &b) != CAPARTNER_OK)
            continue;
        const char *id = capartner_body_id(b), *name = capartner_body_name(b);
        const char *acronym = capartner_body_acronym(b);
        if (acronym[0] != '\0')
            consider_labelled(suggest, acronym, id, "body", name, labelled);
        consider_labelled(suggest, id, id, "body", name, labelled);
        consider_labelled(suggest, name, id, "body", acronym[0] ? acronym : id, labelled);
        for (size_t j = 0; j < capartner_body_name_count(b); j++) {
            const capartner_name *n;
            if (capartner_body_name_at(b, j, &n) == CAPARTNER_OK)
                consider_labelled(suggest, capartner_name_text(n), id, "body",
                                  acronym[0] ? acronym : id, labelled);
        }
    }
}

void consider_places(struct suggest *suggest, bool labelled) {
    for (size_t i = 0; i < capartner_place_count(); i++) {
        const capartner_place *p;
        if (capartner_place_at(i, &p) != CAPARTNER_OK)
            continue;
        const char *id = capartner_place_id(p), *name = capartner_place_name(p);
        consider_labelled(suggest, id, id, "place", name, labelled);
        consider_labelled(suggest, name, id, "place", "", labelled);
        for (size_t j = 0; j < capartner_place_name_count(p); j++) {
            const capartner_name *n;
            if (capartner_place_name_at(p, j, &n) == CAPARTNER_OK)
                consider_labelled(suggest, capartner_name_text(n), id, "place", name, labelled);
        }
    }
}

void consider_areas(struct suggest *suggest, bool labelled) {
    for (size_t i = 0; i < capartner_area_count(); i++) {
        const capartner_area *a;
        if (capartner_area_at(i, &a) != CAPARTNER_OK)
            continue;
        const char *id = capartner_area_id(a);
        consider_labelled(suggest, id, id, "area", capartner_area_name(a), labelled);
        consider_labelled(suggest, capartner_area_name(a), id, "area", id, labelled);
    }
}

/* The code-like key and the name of a suggested record, by its table. */
static void record_code_and_name(const capartner_suggestion *found, const char **code,
                                 const char **name, const char **kind, bool *is_code) {
    const char *key = found->key;
    switch (found->type) {
    case CAPARTNER_RECORD_COUNTRY: {
        const capartner_country *c = NULL;
        capartner_country_at(found->index, &c);
        *code = capartner_country_alpha2(c), *name = capartner_country_name(c), *kind = "country";
        *is_code = strcmp(key, *code) == 0 || strcmp(key, capartner_country_alpha3(c)) == 0 ||
                   strcmp(key, capartner_country_id(c)) == 0;
        return;
    }
    case CAPARTNER_RECORD_BODY: {
        const capartner_body *b = NULL;
        capartner_body_at(found->index, &b);
        const char *acronym = capartner_body_acronym(b);
        *code = acronym[0] != '\0' ? acronym : capartner_body_id(b);
        *name = capartner_body_name(b), *kind = "body";
        *is_code = strcmp(key, acronym) == 0 || strcmp(key, capartner_body_id(b)) == 0;
        return;
    }
    case CAPARTNER_RECORD_PLACE: {
        const capartner_place *p = NULL;
        capartner_place_at(found->index, &p);
        *code = capartner_place_id(p), *name = capartner_place_name(p), *kind = "place";
        *is_code = strcmp(key, *code) == 0;
        return;
    }
    default: {
        const capartner_area *a = NULL;
        capartner_area_at(found->index, &a);
        *code = capartner_area_id(a), *name = capartner_area_name(a), *kind = "area";
        *is_code = strcmp(key, *code) == 0;
        return;
    }
    }
}

void consider_nearest_records(struct suggest *suggest, const char *mistyped, unsigned types) {
    capartner_suggestion found[2 * SUGGEST_MAX];
    size_t count = 0;
    if (capartner_suggest(mistyped, found, sizeof found / sizeof found[0], &count) != CAPARTNER_OK)
        return;
    for (size_t i = 0; i < count; i++) {
        if ((types & (1u << found[i].type)) == 0)
            continue;
        const char *code, *name, *kind;
        bool is_code;
        record_code_and_name(&found[i], &code, &name, &kind, &is_code);
        const char *label = is_code ? name : code;
        char display[600];
        if (strcmp(found[i].key, label) == 0 || label[0] == '\0')
            snprintf(display, sizeof display, "%s (%s)", found[i].key, kind);
        else
            snprintf(display, sizeof display, "%s (%s: %s)", found[i].key, kind, label);
        suggest_offer(suggest, display, found[i].distance);
    }
}

void consider_sources(struct suggest *suggest, bool labelled) {
    for (size_t i = 0; i < capartner_source_count(); i++) {
        const capartner_source *s;
        if (capartner_source_at(i, &s) == CAPARTNER_OK)
            consider_labelled(suggest, capartner_source_id(s), "", "source", "", labelled);
    }
}

void consider_sections(struct suggest *suggest, bool labelled) {
    for (size_t i = 0; i < capartner_section_count(); i++) {
        const capartner_section *s;
        if (capartner_section_at(i, &s) == CAPARTNER_OK)
            consider_labelled(suggest, capartner_section_id(s), "", "section", "", labelled);
    }
}

void consider_participations(struct suggest *suggest, bool labelled) {
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *p;
        if (capartner_participation_at(i, &p) == CAPARTNER_OK)
            consider_labelled(suggest, capartner_participation_id(p), "", "participation", "",
                              labelled);
    }
}

void consider_events(struct suggest *suggest, bool labelled) {
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *e;
        if (capartner_event_at(i, &e) == CAPARTNER_OK)
            consider_labelled(suggest, capartner_event_id(e), "", "event", "", labelled);
    }
}

/* ------------------------------------------------------------ records */

int key_status(const struct cli *cli, const char *what, const char *key, capartner_status status,
               const char *kind_name, const char *hint) {
    char *printable = text_printable(key);
    int code;
    switch (status) {
    case CAPARTNER_ERR_NOT_FOUND:
        cli_error(cli, "%s '%s': no %s has this key%s", what, printable, kind_name,
                  hint != NULL ? hint : "");
        code = EXIT_NOT_FOUND;
        break;
    case CAPARTNER_ERR_EMPTY_KEY:
        code = cli_usage_error(cli, "%s: the key is empty; give a %s's code, id or name", what,
                               kind_name);
        break;
    case CAPARTNER_ERR_KEY_TOO_LONG:
        code = cli_usage_error(cli, "%s: the key is longer than %d bytes", what,
                               CAPARTNER_MAX_KEY_BYTES);
        break;
    case CAPARTNER_ERR_INVALID_UTF8:
        code = cli_usage_error(cli, "%s '%s': not valid UTF-8", what, printable);
        break;
    default:
        code = cli_usage_error(cli, "%s '%s': %s", what, printable, capartner_strerror(status));
        break;
    }
    free(printable);
    return code;
}

typedef void (*consider_fn)(struct suggest *, bool);

static int not_found(const struct cli *cli, const char *what, const char *key,
                     capartner_status status, const char *kind_name, consider_fn consider) {
    char hint[1024] = "";
    if (status == CAPARTNER_ERR_NOT_FOUND) {
        struct suggest suggest;
        suggest_init(&suggest, key);
        consider(&suggest, false);
        suggest_format(&suggest, hint, sizeof hint);
        suggest_free(&suggest);
        if (hint[0] == '\0' && consider == consider_areas) {
            /* few enough to list them all */
            size_t used = (size_t)snprintf(hint, sizeof hint, "; valid:");
            for (size_t i = 0; i < capartner_area_count() && used < sizeof hint; i++) {
                const capartner_area *area;
                if (capartner_area_at(i, &area) == CAPARTNER_OK)
                    used += (size_t)snprintf(hint + used, sizeof hint - used, "%s %s", i ? "," : "",
                                             capartner_area_id(area));
            }
        }
    }
    return key_status(cli, what, key, status, kind_name, hint);
}

int key_country(const struct cli *cli, const char *what, const char *key,
                const capartner_country **out) {
    capartner_status status = capartner_country_find(key, out);
    return status == CAPARTNER_OK
               ? 0
               : not_found(cli, what, key, status, "country", consider_countries);
}

int key_body(const struct cli *cli, const char *what, const char *key, const capartner_body **out) {
    capartner_status status = capartner_body_find(key, out);
    return status == CAPARTNER_OK ? 0 : not_found(cli, what, key, status, "body", consider_bodies);
}

int key_area(const struct cli *cli, const char *what, const char *key, const capartner_area **out) {
    capartner_status status = capartner_area_find(key, out);
    return status == CAPARTNER_OK ? 0 : not_found(cli, what, key, status, "area", consider_areas);
}

int key_source(const struct cli *cli, const char *what, const char *key,
               const capartner_source **out) {
    capartner_status status = capartner_source_find(key, out);
    return status == CAPARTNER_OK ? 0
                                  : not_found(cli, what, key, status, "source", consider_sources);
}

/* --------------------------------------------------------------- dates */

static const char *const qualifiers[] = {"early", "mid", "late", "circa", "before", "after", NULL};

static bool all_digits(const char *text, size_t length) {
    for (size_t i = 0; i < length; i++)
        if (text[i] < '0' || text[i] > '9')
            return false;
    return true;
}

static int number(const char *text, size_t length) {
    int value = 0;
    for (size_t i = 0; i < length; i++)
        value = value * 10 + (text[i] - '0');
    return value;
}

static int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

/* Why text is not a date, as precisely as we can tell. */
static void date_problem(const char *text, char *reason, size_t size) {
    const char *rest = text, *space = strchr(text, ' ');
    reason[0] = '\0';
    if (space != NULL) {
        size_t length = (size_t)(space - text);
        bool known = false;
        for (size_t i = 0; qualifiers[i] != NULL; i++)
            if (strlen(qualifiers[i]) == length && strncmp(text, qualifiers[i], length) == 0)
                known = true;
        if (!known) {
            char *word = xmalloc(length + 1);
            memcpy(word, text, length);
            word[length] = '\0';
            char hint[200] = "";
            suggest_word(word, qualifiers, hint, sizeof hint);
            char *printable = text_printable(word);
            if (hint[0] != '\0') /* "; did you mean early?" as "(did you mean early?)" */
                snprintf(reason, size, "'%s' is not a qualifier (%s)", printable, hint + 2);
            else
                snprintf(reason, size, "'%s' is not a qualifier", printable);
            free(printable);
            free(word);
            return;
        }
        rest = space + 1;
    }
    size_t length = strlen(rest);
    if (length >= 7 && length <= 10 && all_digits(rest, 4) && rest[4] == '-' &&
        all_digits(rest + 5, 2)) {
        int year = number(rest, 4), month = number(rest + 5, 2);
        if (month < 1 || month > 12) {
            snprintf(reason, size, "there is no month %02d (months are 01 to 12)", month);
            return;
        }
        if (length == 10 && rest[7] == '-' && all_digits(rest + 8, 2)) {
            int day = number(rest + 8, 2);
            if (day < 1 || day > days_in_month(year == 0 ? 1 : year, month)) {
                snprintf(reason, size, "%04d-%02d has %d days", year, month,
                         days_in_month(year == 0 ? 1 : year, month));
                return;
            }
            if (space != NULL && (strncmp(text, "early", 5) == 0 || strncmp(text, "mid", 3) == 0 ||
                                  strncmp(text, "late", 4) == 0)) {
                snprintf(reason, size, "early, mid and late apply to a year or a month, not a day");
                return;
            }
        }
    }
    if (length == 4 && all_digits(rest, 4) && number(rest, 4) == 0) {
        snprintf(reason, size, "there is no year 0000");
        return;
    }
}

int parse_date_arg(const struct cli *cli, const char *what, const char *text, capartner_date *out) {
    capartner_status status = capartner_date_parse(text, out);
    if (status == CAPARTNER_OK)
        return 0;
    char reason[300];
    date_problem(text, reason, sizeof reason);
    char *printable = text_printable(text);
    int code = cli_usage_error(
        cli,
        "%s '%s' is not a valid date%s%s; use YYYY, YYYY-MM or YYYY-MM-DD (2014, 2014-06, "
        "2014-06-30), optionally after early, mid, late, circa, before or after",
        what, printable, reason[0] ? ": " : "", reason);
    free(printable);
    return code;
}

/* --------------------------------------------------------------- enums */

static int parse_enum(const struct cli *cli, const char *what, const char *text, int count,
                      const char *(*name_of)(int), const char *vocabulary, int *out) {
    /* accept "on-hold" for "on_hold" */
    char *normal = xstrdup(text);
    for (char *p = normal; *p != '\0'; p++)
        if (*p == '-')
            *p = '_';
    for (int i = 0; i < count; i++) {
        if (strcmp(name_of(i), normal) == 0) {
            free(normal);
            *out = i;
            return 0;
        }
    }
    const char **names = xcalloc((size_t)count + 1, sizeof *names);
    size_t used = 0;
    char valid[1024] = "";
    for (int i = 0; i < count; i++) {
        names[i] = name_of(i);
        if (used < sizeof valid)
            used += (size_t)snprintf(valid + used, sizeof valid - used, "%s%s", i == 0 ? "" : ", ",
                                     names[i]);
    }
    char hint[200] = "";
    suggest_word(normal, names, hint, sizeof hint);
    char *printable = text_printable(text);
    int code = cli_usage_error(cli, "%s '%s' is not a %s; valid: %s%s", what, printable, vocabulary,
                               valid, hint);
    free(printable);
    free((void *)names);
    free(normal);
    return code;
}

static const char *event_kind_at(int value) {
    return capartner_event_kind_name((capartner_event_kind)value);
}
static const char *role_at(int value) {
    return capartner_role_name((capartner_role)value);
}
static const char *body_kind_at(int value) {
    return capartner_body_kind_name((capartner_body_kind)value);
}
static const char *place_kind_at(int value) {
    return capartner_place_kind_name((capartner_place_kind)value);
}
static const char *source_kind_at(int value) {
    return capartner_source_kind_name((capartner_source_kind)value);
}
static const char *name_kind_at(int value) {
    return capartner_name_kind_name((capartner_name_kind)value);
}

int parse_event_kind(const struct cli *cli, const char *what, const char *text,
                     capartner_event_kind *out) {
    int value = 0;
    int code = parse_enum(cli, what, text, CAPARTNER_EVENT_KIND_COUNT, event_kind_at,
                          "kind of event", &value);
    *out = (capartner_event_kind)value;
    return code;
}

int parse_role(const struct cli *cli, const char *what, const char *text, capartner_role *out) {
    int value = 0;
    int code = parse_enum(cli, what, text, CAPARTNER_ROLE_COUNT, role_at, "role", &value);
    *out = (capartner_role)value;
    return code;
}

int parse_body_kind(const struct cli *cli, const char *what, const char *text,
                    capartner_body_kind *out) {
    int value = 0;
    int code = parse_enum(cli, what, text, CAPARTNER_BODY_KIND_COUNT, body_kind_at, "kind of body",
                          &value);
    *out = (capartner_body_kind)value;
    return code;
}

int parse_place_kind(const struct cli *cli, const char *what, const char *text,
                     capartner_place_kind *out) {
    int value = 0;
    int code = parse_enum(cli, what, text, CAPARTNER_PLACE_KIND_COUNT, place_kind_at,
                          "kind of place", &value);
    *out = (capartner_place_kind)value;
    return code;
}

int parse_source_kind(const struct cli *cli, const char *what, const char *text,
                      capartner_source_kind *out) {
    int value = 0;
    int code = parse_enum(cli, what, text, CAPARTNER_SOURCE_KIND_COUNT, source_kind_at,
                          "kind of source", &value);
    *out = (capartner_source_kind)value;
    return code;
}

int parse_name_kind(const struct cli *cli, const char *what, const char *text,
                    capartner_name_kind *out) {
    int value = 0;
    int code = parse_enum(cli, what, text, CAPARTNER_NAME_KIND_COUNT, name_kind_at, "kind of name",
                          &value);
    *out = (capartner_name_kind)value;
    return code;
}

int parse_count(const struct cli *cli, const char *what, const char *text, size_t *out) {
    size_t value = 0;
    bool ok = text[0] != '\0' && strlen(text) <= 9;
    for (const char *p = text; ok && *p != '\0'; p++) {
        if (*p < '0' || *p > '9')
            ok = false;
        else
            value = value * 10 + (size_t)(*p - '0');
    }
    if (!ok || value == 0) {
        char *printable = text_printable(text);
        int code = cli_usage_error(cli, "%s '%s' is not a positive whole number", what, printable);
        free(printable);
        return code;
    }
    *out = value;
    return 0;
}
