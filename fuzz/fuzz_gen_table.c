/* libFuzzer harness for the data compiler's reading of a table (tools/gen
 * load.c): the first byte picks one of the nine tables, the rest are that
 * table's file. Any bytes must be read or refused with a message, never a
 * crash, an out-of-bounds access, undefined behaviour or a leak. The
 * messages go to stderr (run with -close_fd_mask=2 to keep them quiet). */
#include "dataset.h"
#include "load.h"
#include "schema.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    enum table table = (enum table)(data[0] % TABLE_COUNT);
    size_t length = size - 1;
    /* load_file's contract: a NUL after the bytes, owned by the dataset */
    char *contents = malloc(length + 1);
    if (contents == NULL)
        return 0;
    memcpy(contents, data + 1, length);
    contents[length] = '\0';
    struct dataset dataset;
    memset(&dataset, 0, sizeof dataset);
    load_table(&dataset, table, contents, length);
    dataset_free(&dataset);
    return 0;
}
