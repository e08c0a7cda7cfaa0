/* The library's folding, printed for the explorer's test to compare
 * with the page's port of it (tools/cli/explorer/fold.js):
 *   fold_dump code-points   every code point capartner_fold_code_point changes, "X Y" in hex
 *   fold_dump lines         each line of standard input through capartner_fold_key */
#include "utf8.h"

#include <stdio.h>
#include <string.h>

static int dump_code_points(void) {
    for (uint32_t c = 1; c <= 0x10FFFF; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        uint32_t lower = capartner_fold_code_point(c);
        if (lower != c)
            printf("%X %X\n", (unsigned)c, (unsigned)lower);
    }
    return 0;
}

static int dump_lines(void) {
    char line[1024], folded[1024];
    while (fgets(line, sizeof line, stdin) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        if (capartner_fold_key(line, folded, sizeof folded, NULL) != CAPARTNER_OK)
            return 1;
        puts(folded);
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "code-points") == 0)
        return dump_code_points();
    if (argc == 2 && strcmp(argv[1], "lines") == 0)
        return dump_lines();
    fputs("usage: fold_dump code-points|lines\n", stderr);
    return 2;
}
