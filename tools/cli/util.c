/* Messages, allocation and format names shared by every command. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__)
__attribute__((format(printf, 2, 0)))
#endif
static void
vmessage(const struct cli *cli, const char *format, va_list arguments) {
    fflush(stdout);
    if (cli != NULL && cli->command != NULL)
        fprintf(stderr, "capartner %s: ", cli->command);
    else
        fputs("capartner: ", stderr);
    vfprintf(stderr, format, arguments);
    fputc('\n', stderr);
}

void cli_error(const struct cli *cli, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    vmessage(cli, format, arguments);
    va_end(arguments);
}

int cli_usage_error(const struct cli *cli, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    vmessage(cli, format, arguments);
    va_end(arguments);
    if (cli != NULL && cli->command != NULL)
        fprintf(stderr, "Try 'capartner %s --help'.\n", cli->command);
    else
        fputs("Try 'capartner --help'.\n", stderr);
    return EXIT_USAGE;
}

_Noreturn void out_of_memory(void) {
    fputs("capartner: out of memory\n", stderr);
    exit(EXIT_FAILURE_IO);
}

char *xstrdup(const char *text) {
    size_t length = strlen(text);
    char *copy = xmalloc(length + 1);
    memcpy(copy, text, length + 1);
    return copy;
}

char *xasprintf(const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int length = vsnprintf(NULL, 0, format, arguments);
    va_end(arguments);
    if (length < 0)
        out_of_memory();
    char *text = xmalloc((size_t)length + 1);
    va_start(arguments, format);
    vsnprintf(text, (size_t)length + 1, format, arguments);
    va_end(arguments);
    return text;
}

static const char *const format_names[FORMAT_COUNT] = {"text", "table", "plain", "json",   "csv",
                                                       "tsv",  "svg",   "sql",   "schema", "html"};

const char *format_name(enum format format) {
    return (unsigned)format < FORMAT_COUNT ? format_names[format] : "";
}

int format_parse(const char *text) {
    for (int i = 0; i < FORMAT_COUNT; i++)
        if (strcmp(format_names[i], text) == 0)
            return i;
    return -1;
}
