/* A country's events between two dates: those certainly in the range, then
 * those whose partial date ("2013", "after 2001-09-11") only may fall in it.
 *
 *     capartner-timeline-range COUNTRY FROM TO      e.g. TJ 2001 2002 */
#include <capartner.h>

#include <stdio.h>

static int fail(const char *what, capartner_status status) {
    fprintf(stderr, "capartner-timeline-range: %s: %s\n", what, capartner_strerror(status));
    return 1;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: capartner-timeline-range COUNTRY FROM TO\n");
        return 2;
    }
    const capartner_country *country;
    capartner_status status = capartner_country_find(argv[1], &country);
    if (status != CAPARTNER_OK)
        return fail(argv[1], status);
    capartner_query *query;
    if ((status = capartner_query_new(CAPARTNER_QUERY_EVENTS, &query)) != CAPARTNER_OK)
        return fail("query", status);
    /* POSSIBLY matches both kinds; capartner_query_is_certain tells them apart */
    if ((status = capartner_query_add_country(query, country)) != CAPARTNER_OK ||
        (status = capartner_query_set_range_text(query, argv[2], argv[3], CAPARTNER_POSSIBLY)) !=
            CAPARTNER_OK) {
        capartner_query_free(query);
        return fail("range", status);
    }
    for (int certain = 1; certain >= 0; certain--) {
        printf(certain ? "%s, %s to %s, certainly:\n" : "possibly:\n",
               capartner_country_name(country), argv[2], argv[3]);
        capartner_query_rewind(query);
        for (const capartner_event *e; (e = capartner_query_next_event(query));)
            if (capartner_query_is_certain(query) == certain)
                printf("  %-22s %s\n", capartner_event_date_text(e), capartner_event_summary(e));
    }
    capartner_query_free(query);
    return 0;
}
