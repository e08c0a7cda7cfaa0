/* capartner: every answer libcapartner has, at the terminal.
 *
 *     capartner [COMMON OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]
 *
 * This file checks the arguments, finds the command and writes the output
 * file; the commands live in cmd_*.c. */
#include "cli.h"

#include "args.h"
#include "platform.h"
#include "suggest.h"
#include "text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct command {
    const char *name;
    int (*run)(struct cli *cli, int argc, char **argv);
    const char *summary;
};

static const struct command commands[] = {
    {"show", cmd_show, "one record by any key: a country, body, place, area, event, ..."},
    {"list", cmd_list, "the records of a kind, with filters"},
    {"timeline", cmd_timeline, "events, filtered by country, body, area, kind and dates"},
    {"participations", cmd_participations, "who takes part in what, and the status as of a date"},
    {"search", cmd_search, "search names, summaries and notes for words"},
    {"stats", cmd_stats, "the number of records in each table"},
    {"version", cmd_version, "the library and data versions"},
    {"export", cmd_export, "the whole dataset as JSON, CSV, TSV or SQL"},
};
#define COMMAND_COUNT (sizeof commands / sizeof commands[0])

static void print_help(FILE *out) {
    fputs("Usage: capartner COMMAND [ARGUMENTS] [OPTIONS]\n"
          "\n"
          "NATO's partnerships with the Central Asian states, from libcapartner.\n"
          "\n"
          "Commands:\n",
          out);
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        fprintf(out, "  %-16s %s\n", commands[i].name, commands[i].summary);
    fputs("  help COMMAND     the help of a command (same as COMMAND --help)\n"
          "\n"
          "Every command takes -f/--format FORMAT (text, table, plain, json, csv, tsv;\n"
          "svg for timeline; sql for export), -o/--output FILE and -h/--help.\n"
          "Text output is a table on a terminal and plain columns in a pipe.\n"
          "\n"
          "Examples:\n"
          "  capartner show KZ                      Kazakhstan: names, codes, partnerships\n"
          "  capartner show PfP                     the Partnership for Peace\n"
          "  capartner timeline --country KZ        Kazakhstan's timeline\n"
          "  capartner participations --body PARP --as-of 2016-03\n"
          "  capartner timeline --format svg > timeline.svg\n"
          "  capartner export --format sql | sqlite3 capartner.db\n"
          "\n"
          "Exit status: 0 found, 1 not found (or nothing matched), 2 usage error,\n"
          "3 output could not be written. See capartner(1).\n",
          out);
}

static void print_version(FILE *out) {
    fprintf(out, "capartner %s (libcapartner %s, data as of %s)\n", CAPARTNER_VERSION_STRING,
            capartner_version(), capartner_data_as_of());
}

/* Every argument must be UTF-8: names are compared as text. One that is not
 * is taken in the locale's character set (Latin-1, KOI8-R ...) and converted;
 * the converted copies live as long as the program. */
static int check_arguments(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        size_t offset = 0;
        if (utf8_valid(argv[i], &offset))
            continue;
        char *converted = platform_locale_to_utf8(argv[i]);
        if (converted != NULL && utf8_valid(converted, NULL)) {
            argv[i] = converted;
            continue;
        }
        free(converted);
        char *printable = text_printable(argv[i]);
        fprintf(stderr,
                "capartner: argument %d '%s' is not valid UTF-8 (byte 0x%02x at offset %zu) "
                "nor text in the locale's character set; arguments must be text\n",
                i, printable, (unsigned)(unsigned char)argv[i][offset], offset);
        free(printable);
        return EXIT_USAGE;
    }
    return 0;
}

int cli_open_output(struct cli *cli) {
    cli->out = stdout;
    if (cli->output_path != NULL && strcmp(cli->output_path, "-") != 0) {
        cli->out = fopen(cli->output_path, "wb");
        if (cli->out == NULL) {
            cli_error(cli, "--output '%s': cannot write: %s", cli->output_path, strerror(errno));
            cli->out = stdout;
            return EXIT_FAILURE_IO;
        }
    }
    bool terminal = cli->out == stdout && platform_is_terminal(stdout);
    cli->box = cli->format == FORMAT_TABLE || (cli->format == FORMAT_TEXT && terminal);
    cli->ascii = !platform_locale_is_utf8();
    cli->width = 0;
    if (terminal)
        cli->width = platform_terminal_width();
    else if (cli->box && getenv("COLUMNS") != NULL)
        cli->width = platform_terminal_width();
    return 0;
}

/* Flushes and closes the output; a write error is exit status 3. */
static int close_output(struct cli *cli, int code) {
    bool failed = false;
    if (cli->out != NULL && cli->out != stdout) {
        failed = ferror(cli->out) != 0;
        if (fclose(cli->out) != 0)
            failed = true;
    }
    if (fflush(stdout) != 0 || ferror(stdout))
        failed = true;
    if (failed) {
        cli_error(cli, "could not write the output: %s", strerror(errno));
        return EXIT_FAILURE_IO;
    }
    return code;
}

static const struct command *find_command(const char *name) {
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

static int unknown_command(const char *name) {
    const char *names[COMMAND_COUNT + 2];
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        names[i] = commands[i].name;
    names[COMMAND_COUNT] = "help";
    names[COMMAND_COUNT + 1] = NULL;
    char hint[200] = "";
    suggest_word(name, names, hint, sizeof hint);
    char *printable = text_printable(name);
    fprintf(stderr, "capartner: unknown command '%s'%s\n", printable, hint);
    fputs("Commands: show, list, timeline, participations, search, stats, version, export, "
          "help.\nTry 'capartner --help'.\n",
          stderr);
    free(printable);
    return EXIT_USAGE;
}

int main(int argc, char **argv) {
    int code = check_arguments(argc, argv);
    if (code != 0)
        return code;
    struct cli cli = {0};
    cli.out = stdout;
    cli.format = FORMAT_TEXT;

    /* options before the command: --help, --version, and the common ones */
    int first = 1;
    while (first < argc && argv[first][0] == '-' && argv[first][1] != '\0') {
        const char *option = argv[first];
        if (strcmp(option, "--help") == 0 || strcmp(option, "-h") == 0) {
            print_help(stdout);
            return close_output(&cli, EXIT_FOUND);
        }
        if (strcmp(option, "--version") == 0 || strcmp(option, "-V") == 0) {
            print_version(stdout);
            return close_output(&cli, EXIT_FOUND);
        }
        bool takes_value = strcmp(option, "--format") == 0 || strcmp(option, "-f") == 0 ||
                           strcmp(option, "--output") == 0 || strcmp(option, "-o") == 0 ||
                           strcmp(option, "--columns") == 0;
        bool joined =
            strncmp(option, "--format=", 9) == 0 || strncmp(option, "--output=", 9) == 0 ||
            strncmp(option, "--columns=", 10) == 0 || (option[1] == 'f' && option[2] != '\0') ||
            (option[1] == 'o' && option[2] != '\0');
        if (!takes_value && !joined) {
            char *printable = text_printable(option);
            fprintf(stderr,
                    "capartner: unknown option '%s' before the command; valid there: --help, "
                    "--version, --format, --output, --columns\nTry 'capartner --help'.\n",
                    printable);
            free(printable);
            return EXIT_USAGE;
        }
        first += takes_value ? 2 : 1;
        if (first > argc) {
            fprintf(stderr, "capartner: option %s needs a value\nTry 'capartner --help'.\n",
                    option);
            return EXIT_USAGE;
        }
    }
    if (first >= argc) {
        print_help(stderr);
        return EXIT_USAGE;
    }

    const char *name = argv[first];
    bool help = false;
    if (strcmp(name, "help") == 0) {
        if (first + 1 >= argc) {
            print_help(stdout);
            return close_output(&cli, EXIT_FOUND);
        }
        name = argv[first + 1];
        help = true;
    }
    const struct command *command = find_command(name);
    if (command == NULL)
        return unknown_command(name);
    cli.command = command->name;

    /* the command sees: its name, then the options given before it, then the rest */
    char **command_argv = xcalloc((size_t)argc + 2, sizeof *command_argv);
    int command_argc = 0;
    command_argv[command_argc++] = (char *)command->name;
    for (int i = 1; i < first; i++)
        command_argv[command_argc++] = argv[i];
    if (help) {
        command_argv[command_argc++] = (char *)"--help";
    } else {
        for (int i = first + 1; i < argc; i++)
            command_argv[command_argc++] = argv[i];
    }
    code = command->run(&cli, command_argc, command_argv);
    free((void *)command_argv);
    return close_output(&cli, code);
}
