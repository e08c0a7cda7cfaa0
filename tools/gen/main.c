/* capartner-gen: compiles the data files into the C tables of the library.
 *
 *   capartner-gen --data-dir DIR --output FILE.c [--format auto|c|incbin]
 *
 * Reads DIR/sources.tsv … DIR/events.tsv, checks every rule of
 * data/README.md, and writes FILE.c (through FILE.c.tmp and a rename) only
 * when there is no error. Errors go to stderr as FILE:LINE: COLUMN: message;
 * the exit status is 0 on success, 1 on data or output errors, 2 on usage.
 *
 * The passes (load, link, index, emit), each over every table in the order
 * of schema.h, and what each file does: tools/gen/README.md. Large datasets
 * (INCBIN_RECORDS records or more) are written as FILE.c plus FILE.c.bin
 * (emit.c); --format forces one form. */
#define _POSIX_C_SOURCE 200809L /* getcwd, lstat */
#if defined(__ELF__)
#include <unistd.h>
#define INCBIN_AVAILABLE 1
#else
#define INCBIN_AVAILABLE 0
#endif

#include "emit.h"
#include "index.h"
#include "link.h"
#include "load.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

/* text and suffix joined, with a '/' between when `slash` and text lacks it */
static char *join(const char *text, const char *suffix, bool slash) {
    size_t length = strlen(text);
    bool add_slash = slash && length > 0 && text[length - 1] != '/';
    char *joined = xmalloc(length + 1 + strlen(suffix) + 1);
    strcpy(joined, text);
    strcpy(joined + length, add_slash ? "/" : "");
    strcat(joined, suffix);
    return joined;
}

/* Reads and loads every table, digesting the files in table order. False
 * when a whole table could not be read (missing file, wrong header):
 * checking references into it would only repeat that error. */
static bool load_all(struct dataset *data, const char *directory, char **paths) {
    struct sha256_ctx digest;
    sha256_init(&digest);
    bool complete = true;
    for (size_t table = 0; table < TABLE_COUNT; table++) {
        const char *file = schema_tables[table].file;
        paths[table] = join(directory, file, true);
        diag_set_path(table, paths[table]);
        sha256_update(&digest, strlen(file) + 1, (const uint8_t *)file);
        size_t size;
        char *contents = load_file(table, paths[table], &size);
        if (contents == NULL) {
            complete = false;
            continue;
        }
        sha256_update(&digest, size, (const uint8_t *)contents);
        if (!load_table(data, (enum table)table, contents, size))
            complete = false;
    }
    uint8_t bytes[SHA256_DIGEST_SIZE];
    sha256_digest(&digest, sizeof bytes, bytes);
    for (size_t i = 0; i < sizeof bytes; i++)
        snprintf(data->digest + 2 * i, 3, "%02x", bytes[i]);
    return complete;
}

/* The absolute path of output.bin for .incbin, or NULL when there is none
 * that the assembler could read back (no getcwd, or '"', '\\' or control
 * characters in it). */
static char *blob_path_for(const char *output) {
#if INCBIN_AVAILABLE
    char *path, directory[4096];
    if (output[0] == '/') {
        path = join(output, ".bin", false);
    } else {
        if (getcwd(directory, sizeof directory) == NULL)
            return NULL;
        char *relative = join(output, ".bin", false);
        path = join(directory, relative, true);
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

/* Flushes and closes a stream written to temporary and renames it to
 * final; false (and reported, naming the file and the cause) on any
 * failure, or when `ok` is false already. */
static bool finish(FILE *stream, const char *temporary, const char *final, bool ok) {
    bool written = fflush(stream) == 0 && !ferror(stream);
    int error = errno;
    if (fclose(stream) != 0 && written) {
        written = false;
        error = errno;
    }
    if (!written) {
        diag_fatal("cannot write %s: %s", temporary, strerror(error));
        return false;
    }
    if (ok && rename(temporary, final) != 0) {
        diag_fatal("cannot rename %s to %s: %s", temporary, final, strerror(errno));
        return false;
    }
    return ok;
}

/* Writes through output.tmp (and output.bin.tmp) and renames, the .bin first;
 * removes the temporaries on failure, and a stale output.bin when the tables
 * are written as C. */
static bool write_output(struct dataset *data, const char *output, enum format format) {
    char *blob_path = NULL;
    size_t records = 0;
    for (size_t table = 0; table < TABLE_COUNT; table++)
        records += data->tables[table].count;
    if (format == FORMAT_INCBIN || (format == FORMAT_AUTO && records >= INCBIN_RECORDS)) {
        blob_path = blob_path_for(output);
        if (blob_path == NULL && format == FORMAT_INCBIN) {
            diag_fatal("--format incbin: no usable absolute path for %s.bin on this system",
                       output);
            return false;
        }
    }
    char *temporary = join(output, ".tmp", false);
    char *blob_temporary = blob_path != NULL ? join(blob_path, ".tmp", false) : NULL;
    bool ok = false;
    FILE *stream = fopen(temporary, "wb");
    FILE *blob = blob_temporary != NULL && stream != NULL ? fopen(blob_temporary, "wb") : NULL;
    if (stream == NULL) {
        diag_fatal("cannot create %s: %s", temporary, strerror(errno));
    } else if (blob_temporary != NULL && blob == NULL) {
        diag_fatal("cannot create %s: %s", blob_temporary, strerror(errno));
        fclose(stream);
    } else {
        ok = emit_dataset(data, stream, blob, blob_path);
        if (blob != NULL)
            ok = finish(blob, blob_temporary, blob_path, ok);
        ok = finish(stream, temporary, output, ok);
    }
    if (!ok) {
        remove(temporary);
        if (blob_temporary != NULL)
            remove(blob_temporary);
    } else if (blob_path == NULL) {
        char *stale = join(output, ".bin", false);
        remove(stale);
        free(stale);
    }
    free(temporary);
    free(blob_temporary);
    free(blob_path);
    return ok;
}

/* Parses the command line; 0 to go on, else the exit status. */
static int parse_arguments(int argc, char **argv, const char **directory, const char **output,
                           enum format *format) {
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(usage, stdout);
            return -1;
        }
        if (strcmp(argv[i], "--data-dir") == 0 && i + 1 < argc) {
            *directory = argv[++i];
        } else if (strcmp(argv[i], "--output") == 0 && i + 1 < argc) {
            *output = argv[++i];
        } else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            const char *form = argv[++i];
            if (strcmp(form, "auto") == 0) {
                *format = FORMAT_AUTO;
            } else if (strcmp(form, "c") == 0) {
                *format = FORMAT_C;
            } else if (strcmp(form, "incbin") == 0 && INCBIN_AVAILABLE) {
                *format = FORMAT_INCBIN;
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
    if (*directory == NULL || *output == NULL) {
        fputs(usage, stderr);
        return 2;
    }
    return 0;
}

int main(int argc, char **argv) {
    const char *directory = NULL, *output = NULL;
    enum format format = FORMAT_AUTO;
    int status = parse_arguments(argc, argv, &directory, &output, &format);
    if (status != 0)
        return status < 0 ? 0 : status;
    /* the output is replaced by renaming a new file over it, and removed on
     * error: never do that to a device, a pipe or a directory (/dev/null) */
    struct stat output_status;
    if (lstat(output, &output_status) == 0 && !S_ISREG(output_status.st_mode)) {
        fprintf(stderr, "capartner-gen: cannot write %s: not a regular file\n", output);
        return 1;
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
        ok = write_output(&data, output, format);
    } else {
        diag_summary();
        size_t errors = diag_error_count();
        fprintf(stderr, "capartner-gen: %lu error%s; nothing written\n", (unsigned long)errors,
                errors == 1 ? "" : "s");
        /* leave no stale output that looks up to date */
        char *stale = join(output, ".bin", false);
        remove(output);
        remove(stale);
        free(stale);
    }
    dataset_free(&data);
    for (size_t table = 0; table < TABLE_COUNT; table++)
        free(paths[table]);
    return ok ? 0 : 1;
}
