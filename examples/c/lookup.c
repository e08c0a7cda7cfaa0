/* Looks countries up by any key — a code, or a name in any language — and
 * says why when a key finds nothing, with the nearest names.
 *
 *     capartner-lookup KEY...        e.g. KZ Казахстан "O'zbekiston" Kirgizstan
 *
 * Exits 1 when a key finds no country. */
#include <capartner.h>

#include <stdio.h>

/* "did you mean Kyrgyzstan?" from the records nearest to the key. */
static void suggest_countries(const char *key) {
    capartner_suggestion near[3];
    size_t count;
    if (capartner_suggest(key, near, 3, &count) != CAPARTNER_OK)
        return;
    for (size_t i = 0; i < count; i++)
        if (near[i].type == CAPARTNER_RECORD_COUNTRY) {
            printf("  did you mean %s?\n", near[i].key);
            return;
        }
}

int main(int argc, char **argv) {
    int missing = 0;
    for (int i = 1; i < argc; i++) {
        const capartner_country *country;
        capartner_status status = capartner_country_find(argv[i], &country);
        if (status == CAPARTNER_OK) {
            printf("%s: %s %s (%s, %03d)\n", argv[i], capartner_country_alpha2(country),
                   capartner_country_name(country), capartner_country_alpha3(country),
                   capartner_country_numeric(country));
            continue;
        }
        missing = 1;
        /* NOT_FOUND is a well-formed key naming nothing; the others say the
         * key itself is wrong (empty, too long, not UTF-8) */
        printf("%s: %s\n", argv[i], capartner_strerror(status));
        if (status == CAPARTNER_ERR_NOT_FOUND)
            suggest_countries(argv[i]);
    }
    return missing;
}
