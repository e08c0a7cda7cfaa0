/* The escaping of each output syntax (tools/cli/escape.c): JSON, CSV, TSV,
 * SQL and XML, on the awkward characters the dataset could ever hold. */
#include "escape.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

typedef void (*escape_fn)(FILE *, const char *);

static void expect(const char *name, escape_fn escape, const char *input, const char *expected) {
    FILE *file = tmpfile();
    if (file == NULL) {
        perror("tmpfile");
        exit(2);
    }
    escape(file, input);
    long length = ftell(file);
    rewind(file);
    char buffer[512];
    size_t got = fread(buffer, 1, sizeof buffer - 1, file);
    buffer[got] = '\0';
    fclose(file);
    if (length < 0 || (size_t)length != got || strcmp(buffer, expected) != 0) {
        fprintf(stderr, "FAIL %s: input \"%s\"\n  expected [%s]\n  got      [%s]\n", name, input,
                expected, buffer);
        failures++;
    }
}

int main(void) {
    /* JSON: quotes, backslashes, control characters; UTF-8 passes through;
     * an invalid byte becomes U+FFFD */
    expect("json plain", escape_json, "Kazakhstan", "\"Kazakhstan\"");
    expect("json quote", escape_json, "say \"hi\"", "\"say \\\"hi\\\"\"");
    expect("json backslash", escape_json, "a\\b", "\"a\\\\b\"");
    expect("json controls", escape_json, "a\nb\tc\rd\be\ff", "\"a\\nb\\tc\\rd\\be\\ff\"");
    expect("json other control", escape_json, "x\x01y\x1f", "\"x\\u0001y\\u001f\"");
    expect("json delete", escape_json, "\x7f", "\"\\u007f\"");
    expect("json utf-8", escape_json, "Тоҷикистон Türkmenistan", "\"Тоҷикистон Türkmenistan\"");
    expect("json invalid utf-8", escape_json,
           "a\xff"
           "b",
           "\"a\\ufffdb\"");
    expect("json truncated utf-8", escape_json, "a\xd0", "\"a\\ufffd\"");
    expect("json empty", escape_json, "", "\"\"");

    /* CSV (RFC 4180): quote when needed, double the quotes */
    expect("csv plain", escape_csv, "Kazakhstan", "Kazakhstan");
    expect("csv comma", escape_csv, "a,b", "\"a,b\"");
    expect("csv quote", escape_csv, "say \"hi\"", "\"say \"\"hi\"\"\"");
    expect("csv newline", escape_csv, "a\nb", "\"a\nb\"");
    expect("csv carriage return", escape_csv, "a\rb", "\"a\rb\"");
    expect("csv edge spaces", escape_csv, " a ", "\" a \"");
    expect("csv inner space", escape_csv, "a b", "a b");
    expect("csv utf-8", escape_csv, "Қазақстан", "Қазақстан");

    /* TSV: backslash escapes for the separator and line ends */
    expect("tsv plain", escape_tsv, "a b", "a b");
    expect("tsv tab", escape_tsv, "a\tb", "a\\tb");
    expect("tsv newline", escape_tsv, "a\nb\rc", "a\\nb\\rc");
    expect("tsv backslash", escape_tsv, "a\\b", "a\\\\b");
    expect("tsv comma and quote", escape_tsv, "a,\"b\"", "a,\"b\"");

    /* SQL: single quotes doubled, nothing else touched */
    expect("sql plain", escape_sql, "PfP", "'PfP'");
    expect("sql quote", escape_sql, "NATO's", "'NATO''s'");
    expect("sql backslash", escape_sql, "a\\b", "'a\\b'");
    expect("sql utf-8", escape_sql, "Казахстан", "'Казахстан'");

    /* XML: the five specials as entities, forbidden controls dropped */
    expect("xml specials", escape_xml, "a&b<c>d\"e'f", "a&amp;b&lt;c&gt;d&quot;e&apos;f");
    expect("xml controls", escape_xml,
           "a\x01\x1f"
           "b\tc",
           "ab\tc");
    expect("xml utf-8", escape_xml, "Ўзбекистон", "Ўзбекистон");

    if (failures != 0) {
        fprintf(stderr, "%d escaping checks failed\n", failures);
        return 1;
    }
    printf("all escaping checks passed\n");
    return 0;
}
