/* Escaping for each output syntax. */
#include "escape.h"

#include "text.h"

#include <stdint.h>
#include <string.h>

void escape_json(FILE *out, const char *text) {
    static const char hex[] = "0123456789abcdef";
    putc('"', out);
    for (size_t i = 0; text[i] != '\0';) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 0x80) {
            uint32_t code_point;
            size_t length = capartner_utf8_decode(text + i, &code_point);
            if (length == 0) {
                fputs("\\ufffd", out);
                i++;
            } else {
                fwrite(text + i, 1, length, out);
                i += length;
            }
            continue;
        }
        switch (c) {
        case '"':
            fputs("\\\"", out);
            break;
        case '\\':
            fputs("\\\\", out);
            break;
        case '\n':
            fputs("\\n", out);
            break;
        case '\r':
            fputs("\\r", out);
            break;
        case '\t':
            fputs("\\t", out);
            break;
        case '\b':
            fputs("\\b", out);
            break;
        case '\f':
            fputs("\\f", out);
            break;
        default:
            if (c < 0x20 || c == 0x7F) {
                fputs("\\u00", out);
                putc(hex[c >> 4], out);
                putc(hex[c & 15], out);
            } else {
                putc((char)c, out);
            }
        }
        i++;
    }
    putc('"', out);
}

/* text between quote characters, a quote inside written twice: how both CSV
 * and SQL escape their quote. */
static void put_quoted(FILE *out, const char *text, char quote) {
    putc(quote, out);
    for (const char *p = text; *p != '\0'; p++) {
        if (*p == quote)
            putc(quote, out);
        putc(*p, out);
    }
    putc(quote, out);
}

void escape_csv(FILE *out, const char *text) {
    size_t length = strlen(text);
    int quote = strpbrk(text, ",\"\r\n") != NULL ||
                (length > 0 && (text[0] == ' ' || text[length - 1] == ' '));
    if (!quote) {
        fputs(text, out);
        return;
    }
    put_quoted(out, text, '"');
}

void escape_tsv(FILE *out, const char *text) {
    for (const char *p = text; *p != '\0'; p++) {
        switch (*p) {
        case '\\':
            fputs("\\\\", out);
            break;
        case '\t':
            fputs("\\t", out);
            break;
        case '\n':
            fputs("\\n", out);
            break;
        case '\r':
            fputs("\\r", out);
            break;
        default:
            putc(*p, out);
        }
    }
}

void escape_sql(FILE *out, const char *text) {
    put_quoted(out, text, '\'');
}

void escape_xml(FILE *out, const char *text) {
    for (const char *p = text; *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;
        switch (c) {
        case '&':
            fputs("&amp;", out);
            break;
        case '<':
            fputs("&lt;", out);
            break;
        case '>':
            fputs("&gt;", out);
            break;
        case '"':
            fputs("&quot;", out);
            break;
        case '\'':
            fputs("&apos;", out);
            break;
        default:
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                putc((char)c, out);
        }
    }
}
