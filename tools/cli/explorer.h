/* capartner export --format html: the explorer page, one self-contained
 * HTML file (docs/cli.md). Its script, stylesheet and template are the files
 * in tools/cli/explorer/, embedded at build time. */
#ifndef CAPARTNER_CLI_EXPLORER_H
#define CAPARTNER_CLI_EXPLORER_H

#include "cli.h"

/* Writes the page to cli->out. `data` holds the JSON export, read from its
 * start; it is embedded with every '<' escaped, so no text of the data can
 * end the script element that carries it. Returns 0, or EXIT_FAILURE_IO
 * after a message. */
int explorer_write(struct cli *cli, FILE *data);

#endif
