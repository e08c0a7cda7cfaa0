/* Command-line options: long (--name value, --name=value, or any unambiguous
 * beginning of the name, as getopt_long takes them) and short (-f json,
 * -fjson), anywhere among the positional arguments; "--" ends the options. */
#ifndef CAPARTNER_CLI_ARGS_H
#define CAPARTNER_CLI_ARGS_H

#include "cli.h"

#include <stdbool.h>
#include <stddef.h>

struct option_spec {
    int id;                 /* the command's own number for the option */
    const char *name;       /* long name, without the dashes */
    char short_name;        /* 0 when none */
    const char *value_name; /* NULL for a flag, else e.g. "DATE" */
    const char *help;
};

struct option_value {
    int id;
    const char *name;  /* the long name, for messages ("--country") */
    const char *value; /* NULL for a flag */
};

struct args {
    struct option_value *options; /* in the order given */
    size_t option_count;
    char **positionals;
    size_t positional_count;
    bool help;
};

/* The options every command has; their ids are negative. */
enum { OPTION_FORMAT = -1, OPTION_OUTPUT = -2, OPTION_COLUMNS = -3, OPTION_HELP = -4 };

/* Parses argv[1..argc) against the command's options and the common ones.
 * Common options are applied to cli (format, output path, columns); the
 * format is checked against allowed_formats (a bit set of 1u << format).
 * Returns 0, or EXIT_USAGE after a message naming the bad argument. */
int args_parse(struct cli *cli, const struct option_spec *specs, size_t spec_count,
               unsigned allowed_formats, int argc, char **argv, struct args *out);
void args_free(struct args *args);

/* Prints the options of a command (and the common ones) for --help. */
void args_print_options(FILE *out, const struct option_spec *specs, size_t spec_count,
                        unsigned allowed_formats);

/* "json, csv or tsv" for the formats in the set, into buffer. */
void formats_list(unsigned allowed_formats, char *buffer, size_t buffer_size);

#endif
