/* capartner-gen: compiles the data files into the C tables of the library.
 *
 *   capartner-gen --data-dir DIR --output FILE.c
 *
 * Reads DIR/sources.tsv … DIR/events.tsv, checks every rule of
 * data/README.md, and writes FILE.c (through FILE.c.tmp and a rename) only
 * when there is no error. Errors go to stderr as FILE:LINE: COLUMN: message;
 * the exit status is 0 on success, 1 on data or output errors, 2 on usage. */
#include "diag.h"
#include "emit.h"
#include "index.h"
#include "link.h"
#include "load.h"
#include "model.h"
#include "sha256.h"
#include "tsv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: capartner-gen --data-dir DIR --output FILE.c\n"
    "\n"
    "Checks the nine TSV data files in DIR (see data/README.md) and writes the\n"
    "library's static tables as C source to FILE.c. On any error it prints\n"
    "FILE:LINE: COLUMN: message lines, writes nothing, and exits with status 1.\n"
    "\n"
    "  --data-dir DIR   directory of sources.tsv, sections.tsv, ..., events.tsv\n"
    "  --output FILE.c  the C file to write (via FILE.c.tmp, renamed on success)\n"
    "  --help           show this text\n";

static char *join_path(const char *directory, const char *file) {
    size_t length = strlen(directory);
    bool slash = length > 0 && directory[length - 1] != '/';
    char *path = xmalloc(length + (slash ? 1 : 0) + strlen(file) + 1);
    strcpy(path, directory);
    if (slash)
        strcat(path, "/");
    strcat(path, file);
    return path;
}

/* Reads every file, digesting them in table order, and loads each table.
 * Returns false when a whole table could not be read (missing file, wrong
 * header): checking references into it would only repeat that error. */
static bool load_all(struct dataset *data, const char *directory, char **paths) {
    struct sha256 digest;
    sha256_init(&digest);
    bool complete = true;
    for (size_t table = 0; table < TABLE_COUNT; table++) {
        const char *file = table_infos[table].file;
        paths[table] = join_path(directory, file);
        diag_set_path(table, paths[table]);
        size_t size = 0;
        data->buffers[table] = tsv_read_file(table, paths[table], &size);
        sha256_update(&digest, file, strlen(file) + 1);
        if (data->buffers[table] == NULL) {
            complete = false;
            continue;
        }
        sha256_update(&digest, data->buffers[table], size);
        if (!load_table(data, (enum table)table, data->buffers[table], size))
            complete = false;
    }
    unsigned char bytes[32];
    sha256_final(&digest, bytes);
    sha256_hex(bytes, data->digest);
    return complete;
}

/* Writes through output.tmp and renames; removes the temporary on failure. */
static bool write_output(const struct dataset *data, const char *output) {
    char *temporary = xmalloc(strlen(output) + sizeof ".tmp");
    strcpy(temporary, output);
    strcat(temporary, ".tmp");
    bool ok = false;
    FILE *stream = fopen(temporary, "wb");
    if (stream == NULL) {
        diag_fatal("cannot create %s: %s", temporary, strerror(errno));
    } else {
        ok = emit_dataset(data, stream);
        if (fclose(stream) != 0) {
            diag_fatal("cannot write %s: %s", temporary, strerror(errno));
            ok = false;
        }
        if (ok && rename(temporary, output) != 0) {
            diag_fatal("cannot rename %s to %s: %s", temporary, output, strerror(errno));
            ok = false;
        }
        if (!ok)
            remove(temporary);
    }
    free(temporary);
    return ok;
}

int main(int argc, char **argv) {
    const char *directory = NULL, *output = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(usage, stdout);
            return 0;
        }
        if (strcmp(argv[i], "--data-dir") == 0 && i + 1 < argc) {
            directory = argv[++i];
        } else if (strcmp(argv[i], "--output") == 0 && i + 1 < argc) {
            output = argv[++i];
        } else {
            fprintf(stderr, "capartner-gen: unexpected argument \"%s\"\n%s", argv[i], usage);
            return 2;
        }
    }
    if (directory == NULL || output == NULL) {
        fputs(usage, stderr);
        return 2;
    }

    struct dataset data;
    memset(&data, 0, sizeof data);
    char *paths[TABLE_COUNT] = {NULL};
    if (load_all(&data, directory, paths)) {
        link_dataset(&data);
        index_dataset(&data);
    }

    bool ok = diag_error_count() == 0;
    if (ok) {
        ok = write_output(&data, output);
    } else {
        diag_summary();
        size_t errors = diag_error_count();
        fprintf(stderr, "capartner-gen: %lu error%s; nothing written\n", (unsigned long)errors,
                errors == 1 ? "" : "s");
        /* leave no stale output that looks up to date */
        remove(output);
    }
    dataset_free(&data);
    for (size_t table = 0; table < TABLE_COUNT; table++)
        free(paths[table]);
    return ok ? 0 : 1;
}
