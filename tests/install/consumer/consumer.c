/* A program that uses an installed libcapartner the way any other program
 * would. tests/install/run.sh builds it against the installed tree (with
 * pkg-config, with pkg-config --static, and with find_package), runs it and
 * checks what it prints:
 *
 *   country: KZ Kazakhstan KAZ 398
 *   events: <all events> total, <n> for KZ
 *   library version: <version> (<version number>) header <version>
 *   data version: <as-of> <sha-256>
 *   loaded from: <the file that holds capartner_version>
 *
 * The last line shows the library the dynamic loader found, by the name it
 * was loaded under: for the shared library that is its SONAME,
 * libcapartner.so.<SOVERSION>, so all three versions are visible at run time.
 * For a static link it is the program itself. */
#define _GNU_SOURCE 1 /* dladdr */
#include <capartner.h>

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

static int fail(const char *what, capartner_status status) {
    fprintf(stderr, "consumer: %s: %s\n", what, capartner_strerror(status));
    return 1;
}

int main(void) {
    const capartner_country *kz = NULL;
    capartner_query *query = NULL;
    size_t kz_events = 0;
    capartner_status status;

    if ((status = capartner_country_find("KZ", &kz)) != CAPARTNER_OK)
        return fail("KZ", status);
    printf("country: %s %s %s %03d\n", capartner_country_alpha2(kz), capartner_country_name(kz),
           capartner_country_alpha3(kz), capartner_country_numeric(kz));

    if ((status = capartner_query_new(CAPARTNER_QUERY_EVENTS, &query)) != CAPARTNER_OK)
        return fail("capartner_query_new", status);
    if ((status = capartner_query_add_country(query, kz)) != CAPARTNER_OK ||
        (status = capartner_query_count(query, &kz_events)) != CAPARTNER_OK) {
        capartner_query_free(query);
        return fail("query", status);
    }
    capartner_query_free(query);
    printf("events: %zu total, %zu for KZ\n", capartner_event_count(), kz_events);

    printf("library version: %s (%d) header %s\n", capartner_version(), capartner_version_number(),
           CAPARTNER_VERSION_STRING);
    printf("data version: %s %s\n", capartner_data_as_of(), capartner_data_digest());

    {
        /* dladdr takes an object pointer; ISO C has no function-to-object
         * pointer conversion, so copy the bits. */
        const char *(*function)(void) = capartner_version;
        void *address;
        Dl_info info;
        memcpy(&address, &function, sizeof address);
        if (dladdr(address, &info) == 0 || info.dli_fname == NULL) {
            fprintf(stderr, "consumer: dladdr found no object for capartner_version\n");
            return 1;
        }
        printf("loaded from: %s\n", info.dli_fname);
    }
    return 0;
}
