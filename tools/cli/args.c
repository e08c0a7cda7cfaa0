/* Command-line options. */
#include "args.h"

#include "suggest.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

static const struct option_spec common_specs[] = {
    {OPTION_FORMAT, "format", 'f', "FORMAT", "output format (see below)"},
    {OPTION_OUTPUT, "output", 'o', "FILE", "write to FILE instead of standard output"},
    {OPTION_COLUMNS, "columns", 0, "LIST",
     "only these columns, comma-separated, in this order (table outputs)"},
    {OPTION_HELP, "help", 'h', NULL, "show this help and exit"},
};
#define COMMON_COUNT (sizeof common_specs / sizeof common_specs[0])

void formats_list(unsigned allowed, char *buffer, size_t buffer_size) {
    size_t used = 0, total = 0, seen = 0;
    for (int f = 0; f < FORMAT_COUNT; f++)
        if (allowed & (1u << f))
            total++;
    buffer[0] = '\0';
    for (int f = 0; f < FORMAT_COUNT && used < buffer_size; f++) {
        if (!(allowed & (1u << f)))
            continue;
        const char *separator = seen == 0 ? "" : seen + 1 == total ? " or " : ", ";
        used += (size_t)snprintf(buffer + used, buffer_size - used, "%s%s", separator,
                                 format_name((enum format)f));
        seen++;
    }
}

/* The option a long name spells: exactly, or as the only option it begins
 * (getopt_long's rule: --coun for --country). NULL when none; *ambiguous is
 * set when several begin with it. */
static const struct option_spec *find_long(const struct option_spec *specs, size_t count,
                                           const char *name, size_t length, bool *ambiguous) {
    const struct option_spec *prefixed = NULL;
    size_t prefixed_count = 0;
    *ambiguous = false;
    for (size_t i = 0; i < count + COMMON_COUNT; i++) {
        const struct option_spec *spec = i < count ? &specs[i] : &common_specs[i - count];
        if (strncmp(spec->name, name, length) != 0)
            continue;
        if (strlen(spec->name) == length)
            return spec;
        prefixed = spec;
        prefixed_count++;
    }
    if (prefixed_count > 1)
        *ambiguous = true;
    return prefixed_count == 1 ? prefixed : NULL;
}

/* "--c is ambiguous: --country, --columns". */
static int ambiguous_option(struct cli *cli, const struct option_spec *specs, size_t count,
                            const char *name, size_t length) {
    char candidates[400] = "";
    size_t used = 0;
    for (size_t i = 0; i < count + COMMON_COUNT && used < sizeof candidates; i++) {
        const struct option_spec *spec = i < count ? &specs[i] : &common_specs[i - count];
        if (strncmp(spec->name, name, length) == 0)
            used += (size_t)snprintf(candidates + used, sizeof candidates - used, "%s--%s",
                                     used == 0 ? "" : ", ", spec->name);
    }
    char *printable = text_printable(name);
    int code = cli_usage_error(cli, "option '--%.*s' is ambiguous: %s", (int)length, printable,
                               candidates);
    free(printable);
    return code;
}

static const struct option_spec *find_short(const struct option_spec *specs, size_t count,
                                            char name) {
    for (size_t i = 0; i < count; i++)
        if (specs[i].short_name != 0 && specs[i].short_name == name)
            return &specs[i];
    for (size_t i = 0; i < COMMON_COUNT; i++)
        if (common_specs[i].short_name == name)
            return &common_specs[i];
    return NULL;
}

static int unknown_option(struct cli *cli, const struct option_spec *specs, size_t count,
                          const char *argument) {
    struct suggest suggest;
    suggest_init(&suggest, argument);
    char spelled[80];
    for (size_t i = 0; i < count; i++) {
        snprintf(spelled, sizeof spelled, "--%s", specs[i].name);
        suggest_consider(&suggest, spelled, NULL);
    }
    for (size_t i = 0; i < COMMON_COUNT; i++) {
        snprintf(spelled, sizeof spelled, "--%s", common_specs[i].name);
        suggest_consider(&suggest, spelled, NULL);
    }
    char hint[256];
    suggest_format(&suggest, hint, sizeof hint);
    suggest_free(&suggest);
    char *printable = text_printable(argument);
    int code = cli_usage_error(cli, "unknown option '%s'%s", printable, hint);
    free(printable);
    return code;
}

static int apply_common(struct cli *cli, const struct option_spec *spec, const char *value,
                        unsigned allowed, struct args *out) {
    switch (spec->id) {
    case OPTION_FORMAT: {
        int format = format_parse(value);
        if (format < 0 || !(allowed & (1u << format))) {
            char valid[160], hint[200] = "";
            formats_list(allowed, valid, sizeof valid);
            if (format < 0) {
                const char *names[FORMAT_COUNT + 1];
                size_t n = 0;
                for (int f = 0; f < FORMAT_COUNT; f++)
                    if (allowed & (1u << f))
                        names[n++] = format_name((enum format)f);
                names[n] = NULL;
                suggest_word(value, names, hint, sizeof hint);
            }
            char *printable = text_printable(value);
            int code = cli_usage_error(cli, "--format '%s' is not available here; valid: %s%s",
                                       printable, valid, hint);
            free(printable);
            return code;
        }
        cli->format = (enum format)format;
        return 0;
    }
    case OPTION_OUTPUT:
        if (value[0] == '\0')
            return cli_usage_error(cli, "--output needs a file name");
        cli->output_path = value;
        return 0;
    case OPTION_COLUMNS:
        cli->columns = value;
        return 0;
    case OPTION_HELP:
        out->help = true;
        return 0;
    default:
        return 0;
    }
}

static int record(struct cli *cli, const struct option_spec *spec, const char *value,
                  unsigned allowed, struct args *out) {
    if (spec->id < 0)
        return apply_common(cli, spec, value, allowed, out);
    out->options[out->option_count].id = spec->id;
    out->options[out->option_count].name = spec->name;
    out->options[out->option_count].value = value;
    out->option_count++;
    return 0;
}

static int missing_value(struct cli *cli, const struct option_spec *spec) {
    return cli_usage_error(cli, "option --%s needs a value (%s)", spec->name, spec->value_name);
}

int args_parse(struct cli *cli, const struct option_spec *specs, size_t spec_count,
               unsigned allowed_formats, int argc, char **argv, struct args *out) {
    memset(out, 0, sizeof *out);
    size_t capacity = argc > 0 ? (size_t)argc : 1;
    out->options = xcalloc(capacity, sizeof *out->options);
    out->positionals = xcalloc(capacity, sizeof *out->positionals);
    bool options_ended = false;
    for (int i = 1; i < argc; i++) {
        char *argument = argv[i];
        if (options_ended || argument[0] != '-' || argument[1] == '\0') {
            out->positionals[out->positional_count++] = argument;
            continue;
        }
        if (strcmp(argument, "--") == 0) {
            options_ended = true;
            continue;
        }
        const struct option_spec *spec;
        const char *value = NULL;
        if (argument[1] == '-') {
            const char *name = argument + 2;
            const char *equals = strchr(name, '=');
            size_t length = equals != NULL ? (size_t)(equals - name) : strlen(name);
            bool ambiguous;
            spec = find_long(specs, spec_count, name, length, &ambiguous);
            if (ambiguous)
                return ambiguous_option(cli, specs, spec_count, name, length);
            if (spec == NULL) {
                if (equals != NULL) {
                    char *bare = xstrdup(argument);
                    bare[equals - argument] = '\0';
                    int code = unknown_option(cli, specs, spec_count, bare);
                    free(bare);
                    return code;
                }
                return unknown_option(cli, specs, spec_count, argument);
            }
            if (spec->value_name == NULL) {
                if (equals != NULL)
                    return cli_usage_error(cli, "option --%s takes no value", spec->name);
            } else if (equals != NULL) {
                value = equals + 1;
            } else if (i + 1 < argc) {
                value = argv[++i];
            } else {
                return missing_value(cli, spec);
            }
        } else {
            spec = find_short(specs, spec_count, argument[1]);
            if (spec == NULL) {
                char bare[3] = {'-', argument[1], '\0'};
                return unknown_option(cli, specs, spec_count, bare);
            }
            if (spec->value_name == NULL) {
                if (argument[2] != '\0')
                    return unknown_option(cli, specs, spec_count, argument);
            } else if (argument[2] != '\0') {
                value = argument + 2;
            } else if (i + 1 < argc) {
                value = argv[++i];
            } else {
                return missing_value(cli, spec);
            }
        }
        int code = record(cli, spec, value, allowed_formats, out);
        if (code != 0)
            return code;
    }
    return 0;
}

void args_free(struct args *args) {
    free(args->options);
    free(args->positionals);
    memset(args, 0, sizeof *args);
}

static void print_spec(FILE *out, const struct option_spec *spec) {
    char left[64];
    if (spec->short_name != 0)
        snprintf(left, sizeof left, "-%c, --%s%s%s", spec->short_name, spec->name,
                 spec->value_name ? " " : "", spec->value_name ? spec->value_name : "");
    else
        snprintf(left, sizeof left, "    --%s%s%s", spec->name, spec->value_name ? " " : "",
                 spec->value_name ? spec->value_name : "");
    if (strlen(left) > 24)
        fprintf(out, "  %s\n  %-24s  ", left, "");
    else
        fprintf(out, "  %-24s  ", left);
    /* the help, wrapped at 79 columns under its start */
    size_t column = 28;
    const char *word = spec->help;
    while (*word != '\0') {
        size_t length = strcspn(word, " ");
        if (column > 28 && column + 1 + length > 79) {
            fprintf(out, "\n%28s", "");
            column = 28;
        } else if (column > 28) {
            putc(' ', out);
            column++;
        }
        fwrite(word, 1, length, out);
        column += length;
        word += length;
        while (*word == ' ')
            word++;
    }
    putc('\n', out);
}

void args_print_options(FILE *out, const struct option_spec *specs, size_t spec_count,
                        unsigned allowed_formats) {
    if (spec_count > 0) {
        fputs("\nOptions:\n", out);
        for (size_t i = 0; i < spec_count; i++)
            print_spec(out, &specs[i]);
    }
    fputs("\nCommon options:\n", out);
    for (size_t i = 0; i < COMMON_COUNT; i++) {
        if (common_specs[i].id == OPTION_COLUMNS &&
            (allowed_formats & FORMATS_TABULAR) != FORMATS_TABULAR)
            continue;
        print_spec(out, &common_specs[i]);
    }
    char valid[160];
    formats_list(allowed_formats, valid, sizeof valid);
    fprintf(out, "\nFormats: %s.\n", valid);
    if (allowed_formats & (1u << FORMAT_TEXT))
        fputs("  text (the default) draws a table on a terminal and writes plain aligned\n"
              "  columns when the output is a pipe or a file; table and plain force one.\n",
              out);
}
