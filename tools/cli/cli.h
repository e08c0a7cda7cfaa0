/* The capartner command: what every part of it shares. */
#ifndef CAPARTNER_CLI_H
#define CAPARTNER_CLI_H

#include "xalloc.h"

#include <capartner.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Exit codes (docs/cli.md). */
enum {
    EXIT_FOUND = 0,     /* the answer was found and written */
    EXIT_NOT_FOUND = 1, /* a key names no record, or nothing matched */
    EXIT_USAGE = 2,     /* a bad command, option, value, date or argument */
    EXIT_FAILURE_IO = 3 /* output could not be written, or out of memory */
};

enum format {
    FORMAT_TEXT,  /* box-drawn table on a terminal, plain columns otherwise */
    FORMAT_TABLE, /* always the box-drawn table */
    FORMAT_PLAIN, /* always plain columns */
    FORMAT_JSON,
    FORMAT_CSV,
    FORMAT_TSV,
    FORMAT_SVG,    /* timeline only */
    FORMAT_SQL,    /* export only */
    FORMAT_SCHEMA, /* export only: the JSON Schema of the JSON export */
    FORMAT_HTML,   /* export only: the explorer page */
    FORMAT_COUNT
};

/* Formats a command accepts, as a bit set of (1u << format). */
#define FORMATS_TABULAR                                                                            \
    ((1u << FORMAT_TEXT) | (1u << FORMAT_TABLE) | (1u << FORMAT_PLAIN) | (1u << FORMAT_JSON) |     \
     (1u << FORMAT_CSV) | (1u << FORMAT_TSV))

/* The state of one run. */
struct cli {
    const char *command; /* the subcommand's name, for messages */
    FILE *out;           /* stdout, or the --output file */
    enum format format;
    const char *output_path; /* --output, or NULL */
    const char *columns;     /* --columns, or NULL */
    bool box;                /* text output: draw a box (terminal) or plain columns */
    int width;               /* terminal width for wrapping; 0 = never wrap */
    bool ascii;              /* the terminal's charset is not UTF-8: ASCII box drawing */
};

/* Messages on stderr: "capartner <command>: ...". */
#if defined(__GNUC__)
#define CLI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CLI_PRINTF(a, b)
#endif
void cli_error(const struct cli *cli, const char *format, ...) CLI_PRINTF(2, 3);
/* cli_error, then "Try 'capartner <command> --help'." Returns EXIT_USAGE. */
int cli_usage_error(const struct cli *cli, const char *format, ...) CLI_PRINTF(2, 3);

/* Copies with xmalloc (xalloc.h), so never NULL: out of memory exits 3. */
char *xstrdup(const char *text);
/* printf into a fresh allocation. */
char *xasprintf(const char *format, ...) CLI_PRINTF(1, 2);

/* Opens --output (or keeps stdout) and decides between a box and plain
 * columns for text output. Returns 0 or EXIT_FAILURE_IO after a message. */
int cli_open_output(struct cli *cli);

/* The name of a format ("json"), and its parse; -1 when unknown. */
const char *format_name(enum format format);
int format_parse(const char *text);

/* Commands: argv[0] is the command name. Each returns an exit code. */
int cmd_show(struct cli *cli, int argc, char **argv);
int cmd_list(struct cli *cli, int argc, char **argv);
int cmd_timeline(struct cli *cli, int argc, char **argv);
int cmd_participations(struct cli *cli, int argc, char **argv);
int cmd_search(struct cli *cli, int argc, char **argv);
int cmd_version(struct cli *cli, int argc, char **argv);
int cmd_stats(struct cli *cli, int argc, char **argv);
int cmd_export(struct cli *cli, int argc, char **argv);

#endif
