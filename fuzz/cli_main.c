/* The capartner command's main(), renamed for the fuzz_cli harness. */
#define main capartner_cli_main
int capartner_cli_main(int argc, char **argv);
#include "../tools/cli/main.c"
