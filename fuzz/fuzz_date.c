/* libFuzzer harness for the date parser (capartner_date_parse) and what
 * builds on it: any bytes are parsed; a refused text leaves a zeroed date; an
 * accepted one formats, and its text form parses back to the same date
 * (round trip), its bounds are ordered, and it compares equal to itself and
 * consistently with a second date parsed from the other half of the input. */
#include <capartner.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int condition) {
    if (!condition)
        abort();
}

static int parse(const uint8_t *data, size_t size, capartner_date *out) {
    char text[64];
    if (size >= sizeof text)
        size = sizeof text - 1;
    memcpy(text, data, size);
    text[size] = '\0';
    capartner_status status = capartner_date_parse(text, out);
    if (status != CAPARTNER_OK) {
        const capartner_date zero = {0};
        check(memcmp(out, &zero, sizeof zero) == 0);
        return 0;
    }
    return 1;
}

static void check_accepted(capartner_date date) {
    char text[CAPARTNER_DATE_TEXT_BYTES];
    check(capartner_date_format(date, text, sizeof text) == CAPARTNER_OK);
    check(strlen(text) < sizeof text);
    capartner_date again;
    check(capartner_date_parse(text, &again) == CAPARTNER_OK);
    check(capartner_date_compare(date, again) == 0);
    char small[4];
    if (capartner_date_format(date, small, sizeof small) == CAPARTNER_OK)
        check(strlen(small) < sizeof small); /* else refused: it does not fit */
    int32_t earliest, latest;
    if (capartner_date_bounds(date, &earliest, &latest) == CAPARTNER_OK)
        check(earliest <= latest);
    check(capartner_date_compare(date, date) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    size_t half = size / 2;
    capartner_date a, b;
    int a_ok = parse(data, half, &a);
    int b_ok = parse(data + half, size - half, &b);
    if (a_ok)
        check_accepted(a);
    if (b_ok)
        check_accepted(b);
    if (a_ok && b_ok) {
        int ab = capartner_date_compare(a, b), ba = capartner_date_compare(b, a);
        check((ab < 0 && ba > 0) || (ab > 0 && ba < 0) || (ab == 0 && ba == 0));
    }
    return 0;
}
