/* The public header on its own, as C (tests/abi/header-test.sh builds this
 * with gcc and clang, as C99, C11 and C17, under -Wall -Wextra -Wpedantic
 * -Werror and more, links it to the shared library and runs it).
 *
 * Nothing is included before capartner.h: the header must bring everything
 * it needs (size_t, int16_t, ...). It is included twice: the include guard
 * must hold. */
#include "capartner.h"
#include "capartner.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* capartner_date is a frozen 8-byte value type passed by value across the
 * ABI: its layout is part of the contract (docs/api-stability.md). A C99
 * static assertion: a negative array size fails to compile. */
#define HEADER_ASSERT(name, condition) typedef char header_assert_##name[(condition) ? 1 : -1]
HEADER_ASSERT(date_size, sizeof(capartner_date) == 8);
HEADER_ASSERT(date_year, offsetof(capartner_date, year) == 0);
HEADER_ASSERT(date_month, offsetof(capartner_date, month) == 2);
HEADER_ASSERT(date_day, offsetof(capartner_date, day) == 3);
HEADER_ASSERT(date_precision, offsetof(capartner_date, precision) == 4);
HEADER_ASSERT(date_qualifier, offsetof(capartner_date, qualifier) == 5);
HEADER_ASSERT(date_reserved, offsetof(capartner_date, reserved) == 6);
HEADER_ASSERT(version_number, CAPARTNER_VERSION_NUMBER == CAPARTNER_VERSION_MAJOR * 10000 +
                                                              CAPARTNER_VERSION_MINOR * 100 +
                                                              CAPARTNER_VERSION_PATCH);

int main(void) {
    const capartner_country *country = NULL;
    capartner_date date;
    char text[CAPARTNER_DATE_TEXT_BYTES];

    /* The header and the library it is linked to agree on the version. */
    if (capartner_version_number() != CAPARTNER_VERSION_NUMBER ||
        strcmp(capartner_version(), CAPARTNER_VERSION_STRING) != 0) {
        fprintf(stderr, "header says %s, library says %s\n", CAPARTNER_VERSION_STRING,
                capartner_version());
        return 1;
    }
    if (capartner_date_parse("early 2014", &date) != CAPARTNER_OK ||
        capartner_date_format(date, text, sizeof text) != CAPARTNER_OK ||
        strcmp(text, "early 2014") != 0) {
        fprintf(stderr, "date round trip failed\n");
        return 1;
    }
    if (capartner_country_find("KZ", &country) != CAPARTNER_OK) {
        fprintf(stderr, "KZ not found\n");
        return 1;
    }
    printf("%s %s\n", capartner_version(), capartner_country_alpha3(country));
    return 0;
}
