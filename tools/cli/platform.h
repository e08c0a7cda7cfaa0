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
/* Whether the locale's character set (LC_ALL, LC_CTYPE, LANG) is UTF-8. */
bool platform_locale_is_utf8(void);
/* Text in the locale's character set converted to UTF-8 (malloc'd), or
 * NULL when the locale is UTF-8 already or the text does not convert. */
char *platform_locale_to_utf8(const char *text);
/* Creates a directory (and succeeds if it exists). */
bool platform_make_directory(const char *path);

#endif
