/* capartner-gen: compiles the data files into the C tables of the library.
 *
 *   capartner-gen --data-dir DIR --output FILE.c [--format auto|c|incbin]
 *
 * Reads DIR/sources.tsv … DIR/events.tsv, checks every rule of
 * data/README.md, and writes FILE.c (through FILE.c.tmp and a rename) only
 * when there is no error. Errors go to stderr as FILE:LINE: COLUMN: message;
 * the exit status is 0 on success, 1 on data or output errors, 2 on usage.
 *
 * Large datasets (INCBIN_RECORDS records or more) are written as FILE.c plus
 * FILE.c.bin, the tables' bytes, which FILE.c includes with the assembler's
 * .incbin (see emit.c): a C compiler needs minutes and gigabytes for a
 * million records of initialisers. --format forces one form. */
#if defined(__ELF__)
#define _POSIX_C_SOURCE 200809L /* getcwd */
#endif
#include "diag.h"
#include "digest.h"
#include "emit.h"
#include "index.h"
#include "link.h"
#include "load.h"
#include "model.h"
#include "phase.h"
#include "sha256.h"
#include "tsv.h"

#if defined(__ELF__)
#include <unistd.h>
#define INCBIN_AVAILABLE 1
#else
#define INCBIN_AVAILABLE 0
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* From this many records on, --format auto writes the .incbin form. The
 * real data has about five hundred. */
enum { INCBIN_RECORDS = 20000 };

enum format { FORMAT_AUTO, FORMAT_C, FORMAT_INCBIN };

static const char usage[] =
    "usage: capartner-gen --data-dir DIR --output FILE.c\n"
    "\n"
    "Checks the nine TSV data files in DIR (see data/README.md) and writes the\n"
    "library's static tables as C source to FILE.c. On any error it prints\n"
    "FILE:LINE: COLUMN: message lines, writes nothing, and exits with status 1.\n"
    "\n"
    "  --data-dir DIR   directory of sources.tsv, sections.tsv, ..., events.tsv\n"
    "  --output FILE.c  the C file to write (via FILE.c.tmp, renamed on success)\n"
    "  --format FORM    auto (default): c below 20000 records, incbin from there;\n"
    "                   c: the tables as C initialisers (any C compiler);\n"
    "                   incbin: the tables in FILE.c.bin, included by FILE.c with\n"
    "                   the assembler's .incbin (GCC or Clang, ELF targets)\n"
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

/* Reads every file and loads each table, digesting the files in table
 * order on a second thread meanwhile (digest.h). Returns false when a whole
 * table could not be read (missing file, wrong header): checking references
 * into it would only repeat that error. */
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
        if (data->buffers[table] == NULL) {
            sha256_update(&digest, file, strlen(file) + 1);
            complete = false;
            continue;
        }
        struct digest_job *job = digest_start(&digest, file, data->buffers[table], size);
        struct tsv_guard guard = {digest_wait, job};
        if (!load_table(data, (enum table)table, data->buffers[table], size, &guard))
            complete = false;
        /* the next file's bytes follow this one's in the digest */
        digest_finish(job);
    }
    unsigned char bytes[32];
    sha256_final(&digest, bytes);
    sha256_hex(bytes, data->digest);
    return complete;
}

/* A copy of text with suffix appended. */
static char *concat(const char *text, const char *suffix) {
    char *joined = xmalloc(strlen(text) + strlen(suffix) + 1);
    strcpy(joined, text);
    strcat(joined, suffix);
    return joined;
}

/* The absolute path of output.bin for .incbin, or NULL when there is none
 * that the assembler could read back (no getcwd, or '"', '\\' or control
 * characters in it). */
static char *blob_path_for(const char *output) {
#if INCBIN_AVAILABLE
    char *path;
    if (output[0] == '/') {
        path = concat(output, ".bin");
    } else {
        char directory[4096];
        if (getcwd(directory, sizeof directory) == NULL)
            return NULL;
        char *prefix = concat(directory, "/");
        char *relative = concat(output, ".bin");
        path = concat(prefix, relative);
        free(prefix);
        free(relative);
    }
    for (const char *c = path; *c != '\0'; c++)
        if (*c == '"' || *c == '\\' || (unsigned char)*c < 0x20) {
            free(path);
            return NULL;
        }
    return path;
#else
    (void)output;
    return NULL;
#endif
}

static size_t record_count(const struct dataset *data) {
    size_t records = 0;
    for (size_t table = 0; table < TABLE_COUNT; table++)
        records += data->counts[table];
    return records;
}

/* Closes a stream written to temporary and renames it to final; false (and
 * reported) on any failure. */
static bool finish(FILE *stream, const char *temporary, const char *final, bool ok) {
    if (fclose(stream) != 0) {
        diag_fatal("cannot write %s: %s", temporary, strerror(errno));
        ok = false;
    }
    if (ok && rename(temporary, final) != 0) {
        diag_fatal("cannot rename %s to %s: %s", temporary, final, strerror(errno));
        ok = false;
    }
    return ok;
}

/* Writes through output.tmp (and output.bin.tmp) and renames, the .bin first;
 * removes the temporaries on failure, and a stale output.bin when the tables
 * are written as C. */
static bool write_output(struct dataset *data, const char *output, enum format format) {
    char *blob_path = NULL;
    if (format == FORMAT_INCBIN ||
        (format == FORMAT_AUTO && record_count(data) >= INCBIN_RECORDS)) {
        blob_path = blob_path_for(output);
        if (blob_path == NULL && format == FORMAT_INCBIN) {
            diag_fatal("--format incbin: no usable absolute path for %s.bin on this system",
                       output);
            return false;
        }
    }
    char *temporary = concat(output, ".tmp");
    char *blob_temporary = blob_path != NULL ? concat(blob_path, ".tmp") : NULL;
    bool ok = false;
    FILE *stream = fopen(temporary, "wb");
    FILE *blob = blob_temporary != NULL ? fopen(blob_temporary, "wb") : NULL;
    if (stream == NULL) {
        diag_fatal("cannot create %s: %s", temporary, strerror(errno));
    } else if (blob_temporary != NULL && blob == NULL) {
        diag_fatal("cannot create %s: %s", blob_temporary, strerror(errno));
    } else {
        ok = emit_dataset(data, stream, blob, blob_path);
        if (blob != NULL) {
            ok = finish(blob, blob_temporary, blob_path, ok);
            blob = NULL;
        }
        ok = finish(stream, temporary, output, ok);
        stream = NULL;
    }
    if (stream != NULL)
        fclose(stream);
    if (blob != NULL)
        fclose(blob);
    if (!ok) {
        remove(temporary);
        if (blob_temporary != NULL)
            remove(blob_temporary);
    } else if (blob_path == NULL) {
        char *stale = concat(output, ".bin");
        remove(stale);
        free(stale);
    }
    free(temporary);
    free(blob_temporary);
    free(blob_path);
    return ok;
}

int main(int argc, char **argv) {
    const char *directory = NULL, *output = NULL;
    enum format format = FORMAT_AUTO;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(usage, stdout);
            return 0;
        }
        if (strcmp(argv[i], "--data-dir") == 0 && i + 1 < argc) {
            directory = argv[++i];
        } else if (strcmp(argv[i], "--output") == 0 && i + 1 < argc) {
            output = argv[++i];
        } else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            const char *form = argv[++i];
            if (strcmp(form, "auto") == 0) {
                format = FORMAT_AUTO;
            } else if (strcmp(form, "c") == 0) {
                format = FORMAT_C;
            } else if (strcmp(form, "incbin") == 0 && INCBIN_AVAILABLE) {
                format = FORMAT_INCBIN;
            } else {
                fprintf(stderr, "capartner-gen: unknown or unavailable --format \"%s\"\n%s", form,
                        usage);
                return 2;
            }
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
    phase_begin();
    if (load_all(&data, directory, paths)) {
        phase_end("load");
        link_dataset(&data);
        phase_end("link");
        index_dataset(&data);
        phase_end("index");
    }

    bool ok = diag_error_count() == 0;
    if (ok) {
        ok = write_output(&data, output, format);
        phase_end("emit");
    } else {
        diag_summary();
        size_t errors = diag_error_count();
        fprintf(stderr, "capartner-gen: %lu error%s; nothing written\n", (unsigned long)errors,
                errors == 1 ? "" : "s");
        /* leave no stale output that looks up to date */
        remove(output);
        char *stale = concat(output, ".bin");
        remove(stale);
        free(stale);
    }
    dataset_free(&data);
    for (size_t table = 0; table < TABLE_COUNT; table++)
        free(paths[table]);
    return ok ? 0 : 1;
}
