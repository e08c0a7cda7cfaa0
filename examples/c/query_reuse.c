/* One query reused in a loop: for each country named, how many of its
 * relations are certainly held, and how many possibly, on one date. The
 * query is made once and emptied with capartner_query_reset for each
 * country, so the loop allocates nothing.
 *
 *     capartner-query-reuse DATE COUNTRY...      e.g. 2016-01-01 KZ KG */
#include <capartner.h>

#include <stdio.h>

static int fail(const char *what, capartner_status status) {
    fprintf(stderr, "capartner-query-reuse: %s: %s\n", what, capartner_strerror(status));
    return 1;
}

/* The number of the country's relations held on the date in that mode. */
static capartner_status count_held(capartner_query *query, const capartner_country *country,
                                   capartner_date date, capartner_certainty mode, size_t *count) {
    capartner_status status = capartner_query_reset(query, CAPARTNER_QUERY_PARTICIPATIONS);
    if (status == CAPARTNER_OK)
        status = capartner_query_add_country(query, country);
    if (status == CAPARTNER_OK)
        status = capartner_query_set_as_of(query, date, mode);
    if (status == CAPARTNER_OK)
        status = capartner_query_count(query, count);
    return status;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: capartner-query-reuse DATE COUNTRY...\n");
        return 2;
    }
    capartner_date date;
    capartner_status status = capartner_date_parse(argv[1], &date);
    if (status != CAPARTNER_OK)
        return fail(argv[1], status);
    capartner_query *query;
    if ((status = capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query)) != CAPARTNER_OK)
        return fail("query", status);
    int exit_status = 0;
    printf("relations held on %s: certainly, possibly\n", argv[1]);
    for (int i = 2; i < argc; i++) {
        const capartner_country *country;
        size_t certainly, possibly;
        if ((status = capartner_country_find(argv[i], &country)) != CAPARTNER_OK ||
            (status = count_held(query, country, date, CAPARTNER_CERTAINLY, &certainly)) !=
                CAPARTNER_OK ||
            (status = count_held(query, country, date, CAPARTNER_POSSIBLY, &possibly)) !=
                CAPARTNER_OK) {
            exit_status = fail(argv[i], status); /* report it, go on with the others */
            continue;
        }
        printf("  %-12s %2zu, %2zu\n", capartner_country_name(country), certainly, possibly);
    }
    capartner_query_free(query);
    return exit_status;
}
