// The public header from C++ (tests/abi/header-test.sh builds this with g++
// and clang++, as C++98, C++11 and C++20, under -Wall -Wextra -Wpedantic
// -Werror, links it to the shared library and runs it).
//
// Linking is the real test of the header's extern "C": without it every
// call below would name a C++-mangled symbol the library does not have.
#include "capartner.h"
#include "capartner.h"

#include <cstddef>
#include <cstdio>
#include <cstring>

#if __cplusplus >= 201103L
static_assert(sizeof(capartner_date) == 8, "capartner_date is a frozen 8-byte value type");
static_assert(offsetof(capartner_date, precision) == 4, "capartner_date layout changed");
#endif

int main() {
    const capartner_country *country = 0;
    capartner_date date;
    char text[CAPARTNER_DATE_TEXT_BYTES];

    if (capartner_version_number() != CAPARTNER_VERSION_NUMBER ||
        std::strcmp(capartner_version(), CAPARTNER_VERSION_STRING) != 0) {
        std::fprintf(stderr, "header says %s, library says %s\n", CAPARTNER_VERSION_STRING,
                     capartner_version());
        return 1;
    }
    if (capartner_date_parse("early 2014", &date) != CAPARTNER_OK ||
        capartner_date_format(date, text, sizeof text) != CAPARTNER_OK ||
        std::strcmp(text, "early 2014") != 0) {
        std::fprintf(stderr, "date round trip failed\n");
        return 1;
    }
    // Enum types are distinct types in C++: the header's parse functions
    // take typed out parameters.
    capartner_role role = CAPARTNER_ROLE_MEMBER;
    if (capartner_role_parse("host", &role) != CAPARTNER_OK || role != CAPARTNER_ROLE_HOST) {
        std::fprintf(stderr, "role parse failed\n");
        return 1;
    }
    if (capartner_country_find("KZ", &country) != CAPARTNER_OK) {
        std::fprintf(stderr, "KZ not found\n");
        return 1;
    }
    capartner_query *query = 0;
    if (capartner_query_new(CAPARTNER_QUERY_EVENTS, &query) != CAPARTNER_OK) {
        std::fprintf(stderr, "query_new failed\n");
        return 1;
    }
    capartner_query_free(query);
    std::printf("%s %s\n", capartner_version(), capartner_country_alpha3(country));
    return 0;
}
