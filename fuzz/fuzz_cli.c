/* libFuzzer harness for the capartner command's argument handling: the input
 * is split at NUL bytes into arguments, which are run through the command's
 * own main() (compiled in as capartner_cli_main), with stdout going to
 * /dev/null. Every argument vector must end in one of the documented exit
 * statuses (0 found, 1 not found, 2 usage error), never a crash, a leak or
 * undefined behaviour. Options that name files (--output, -o) are dropped:
 * the harness must not write files. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int capartner_cli_main(int argc, char **argv);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_ARGUMENTS = 16, MAX_INPUT = 512 };

static int names_a_file(const char *argument) {
    return strncmp(argument, "--o", 3) == 0 || (argument[0] == '-' && argument[1] == 'o');
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    if (freopen("/dev/null", "w", stdout) == NULL)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > MAX_INPUT)
        return 0;
    char buffer[MAX_INPUT + 1];
    memcpy(buffer, data, size);
    buffer[size] = '\0';
    char *argv[MAX_ARGUMENTS + 2] = {"capartner"};
    int argc = 1;
    for (size_t start = 0; start <= size && argc <= MAX_ARGUMENTS;) {
        char *argument = buffer + start;
        size_t length = strlen(argument);
        if (!names_a_file(argument))
            argv[argc++] = argument;
        start += length + 1;
    }
    argv[argc] = NULL;
    int status = capartner_cli_main(argc, argv);
    if (status < 0 || status > 2)
        abort();
    clearerr(stdout);
    return 0;
}
