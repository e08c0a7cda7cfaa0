/* The explorer page: tools/cli/explorer/page.html with its markers
 * (@NAME@) replaced by the stylesheet, the script, the data and the
 * timeline. Every text from the data reaches the page escaped for where it
 * lands: the JSON inside a script element with '<' as \u003c, the SVG's
 * texts as XML entities (svg.c), and the script builds the rest of the page
 * with textContent, never markup. */
#include "explorer.h"

#include "escape.h"
#include "svg.h"
#include "utf8.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Generated from tools/cli/explorer/ by cmake/embed-text.cmake. */
extern const char *const explorer_page[];
extern const char *const explorer_style[];
extern const char *const explorer_script[];
extern const char explorer_script_sha256[];

static void write_lines(FILE *out, const char *const *lines) {
    for (size_t i = 0; lines[i] != NULL; i++)
        fputs(lines[i], out);
}

/* The JSON export, compacted (no white space between tokens: a smaller page
 * that parses sooner) and with '<' escaped: '<' only occurs inside JSON
 * strings, where \u003c means the same, so neither "</script>" nor "<!--"
 * can occur. */
static void copy_json(FILE *from, FILE *out) {
    bool in_string = false, escaped = false;
    for (int c; (c = getc(from)) != EOF;) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            continue;
        }
        if (c == '<')
            fputs("\\u003c", out);
        else
            putc(c, out);
    }
}

/* The SVG without its XML declaration, which HTML does not take. */
static void copy_svg(FILE *from, FILE *out) {
    int c = getc(from);
    if (c == '<' && (c = getc(from)) == '?') {
        while ((c = getc(from)) != EOF && c != '\n')
            ;
    } else if (c != EOF) {
        putc('<', out);
        putc(c, out);
    }
    for (; (c = getc(from)) != EOF;)
        putc(c, out);
}

/* The timeline of every preferred event, as `capartner timeline --format svg`
 * draws it, into a temporary file. */
static FILE *timeline_svg(struct cli *cli) {
    FILE *file = tmpfile();
    if (file == NULL)
        return NULL;
    size_t count = capartner_event_count(), used = 0;
    const capartner_event **events = xcalloc(count + 1, sizeof *events);
    for (size_t i = 0; i < count; i++) {
        const capartner_event *event = NULL;
        if (capartner_event_at(i, &event) == CAPARTNER_OK && capartner_event_is_preferred(event))
            events[used++] = event;
    }
    struct timeline_selection selection = {events, used, NULL, 0, NULL, 0, 0, 0, 0, ""};
    FILE *out = cli->out;
    cli->out = file;
    svg_write_timeline(cli, &selection);
    cli->out = out;
    free((void *)events);
    if (ferror(file) || fflush(file) != 0) {
        fclose(file);
        return NULL;
    }
    rewind(file);
    return file;
}

/* The library's folding of every code point it changes, as the JSON array
 * [from, to, from, to, ...]: the page folds with the very mapping of
 * lib/fold.c, so the two cannot drift apart (fold.js applies it). */
static void write_fold_table(FILE *out) {
    bool first = true;
    putc('[', out);
    for (uint32_t c = 1; c <= 0x10FFFF; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        uint32_t folded = capartner_fold_code_point(c);
        if (folded != c) {
            fprintf(out, "%s%lu,%lu", first ? "" : ",", (unsigned long)c, (unsigned long)folded);
            first = false;
        }
    }
    putc(']', out);
}

static void write_csp(FILE *out) {
    /* no fetch, image, font, frame or form of any kind; only this script */
    fprintf(out,
            "default-src 'none'; script-src 'sha256-%s'; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'",
            explorer_script_sha256);
}

static void write_style(FILE *out) {
    write_lines(out, explorer_style);
}

static void write_script(FILE *out) {
    write_lines(out, explorer_script);
}

static void write_as_of(FILE *out) {
    escape_xml(out, capartner_data_as_of());
}

static void write_version(FILE *out) {
    escape_xml(out, capartner_version());
}

static void write_digest(FILE *out) {
    escape_xml(out, capartner_data_digest());
}

/* The markers of page.html that need nothing but the output. */
static const struct {
    const char *name;
    void (*write)(FILE *out);
} markers[] = {{"CSP", write_csp},         {"STYLE", write_style}, {"SCRIPT", write_script},
               {"FOLD", write_fold_table}, {"AS_OF", write_as_of}, {"VERSION", write_version},
               {"DIGEST", write_digest}};

/* One marker's value; DATA and TIMELINE are the files written before. */
static void write_marker(FILE *out, const char *name, size_t length, FILE *data, FILE *svg) {
    for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++) {
        if (strlen(markers[i].name) == length && strncmp(name, markers[i].name, length) == 0) {
            markers[i].write(out);
            return;
        }
    }
    if (length == 4 && strncmp(name, "DATA", 4) == 0)
        copy_json(data, out);
    else if (length == 8 && strncmp(name, "TIMELINE", 8) == 0)
        copy_svg(svg, out);
    else /* a marker this program does not know: a build defect the tests catch */
        fprintf(out, "@%.*s@", (int)length, name);
}

int explorer_write(struct cli *cli, FILE *data) {
    FILE *svg = timeline_svg(cli);
    if (svg == NULL) {
        cli_error(cli, "cannot write a temporary file for the timeline: %s", strerror(errno));
        return EXIT_FAILURE_IO;
    }
    rewind(data);
    FILE *out = cli->out;
    for (size_t i = 0; explorer_page[i] != NULL; i++) {
        const char *line = explorer_page[i];
        for (const char *at; (at = strchr(line, '@')) != NULL;) {
            const char *end = strchr(at + 1, '@');
            if (end == NULL)
                break;
            fwrite(line, 1, (size_t)(at - line), out);
            write_marker(out, at + 1, (size_t)(end - at - 1), data, svg);
            line = end + 1;
        }
        fputs(line, out);
    }
    fclose(svg);
    return 0;
}
