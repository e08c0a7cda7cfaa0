/* The little the command needs from the operating system. */
#ifndef CAPARTNER_CLI_PLATFORM_H
#define CAPARTNER_CLI_PLATFORM_H

#include <stdbool.h>
#include <stdio.h>

/* True when the stream is a terminal. */
bool platform_is_terminal(FILE *stream);
/* The width of the terminal on standard output: $COLUMNS when set, else
 * what the terminal reports, else 80. */
int platform_terminal_width(void);
/* Creates a directory (and succeeds if it exists). */
bool platform_make_directory(const char *path);

#endif
