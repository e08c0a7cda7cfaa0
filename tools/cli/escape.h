/* Escaping for each output syntax. Every function writes one value. */
#ifndef CAPARTNER_CLI_ESCAPE_H
#define CAPARTNER_CLI_ESCAPE_H

#include <stdio.h>

/* A JSON string literal with its quotes: ", \ and control characters
 * escaped, UTF-8 passed through, invalid bytes replaced by U+FFFD. */
void escape_json(FILE *out, const char *text);
/* An RFC 4180 field: quoted (with "" for ") when it holds a comma, quote,
 * CR or LF, or begins or ends with a space; otherwise as it is. */
void escape_csv(FILE *out, const char *text);
/* A TSV field: backslash, tab, LF and CR written as \\, \t, \n and \r. */
void escape_tsv(FILE *out, const char *text);
/* An SQL string literal: '...' with ' doubled (standard SQL; SQLite and
 * PostgreSQL with standard_conforming_strings, the default). */
void escape_sql(FILE *out, const char *text);
/* XML character data or attribute value: & < > " ' as entities; control
 * characters XML 1.0 forbids are dropped. */
void escape_xml(FILE *out, const char *text);

#endif
