/* A first tour of libcapartner: one country's profile and timeline, the
 * PARP participants with their statuses, and the events of 2013.
 *
 *     capartner-example [COUNTRY]      (default KZ; any code or name) */
#include <capartner.h>

#include <stdio.h>

static int fail(const char *what, capartner_status status) {
    fprintf(stderr, "capartner-example: %s: %s\n", what, capartner_strerror(status));
    return 1;
}

static void print_event(const capartner_event *event) {
    printf("  %-16s %s\n", capartner_event_date_text(event), capartner_event_summary(event));
}

int main(int argc, char **argv) {
    const char *key = argc > 1 ? argv[1] : "KZ";
    const capartner_country *country;
    capartner_status status = capartner_country_find(key, &country);
    if (status != CAPARTNER_OK)
        return fail(key, status);

    /* 1. the profile */
    const capartner_name *official = NULL;
    capartner_country_name_in(country, "en", CAPARTNER_NAME_OFFICIAL, &official);
    printf("%s (%s, %s, %03d)%s%s\n", capartner_country_name(country),
           capartner_country_alpha2(country), capartner_country_alpha3(country),
           capartner_country_numeric(country), official ? " — " : "",
           official ? capartner_name_text(official) : "");

    capartner_query *query;
    if ((status = capartner_query_new(CAPARTNER_QUERY_EVENTS, &query)) != CAPARTNER_OK)
        return fail("query", status);
    capartner_query_add_country(query, country);
    printf("\nTimeline of %s:\n", capartner_country_name(country));
    for (const capartner_event *e; (e = capartner_query_next_event(query)) != NULL;)
        print_event(e);
    capartner_query_free(query);

    /* 2. PARP participants and their statuses */
    const capartner_body *parp;
    if ((status = capartner_body_find("PARP", &parp)) != CAPARTNER_OK)
        return fail("PARP", status);
    if ((status = capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query)) != CAPARTNER_OK)
        return fail("query", status);
    capartner_query_add_body(query, parp);
    printf("\n%s (%s):\n", capartner_body_name(parp), capartner_body_acronym(parp));
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        char started[CAPARTNER_DATE_TEXT_BYTES] = "";
        capartner_date start = capartner_participation_started(p);
        if (start.precision != CAPARTNER_PRECISION_UNKNOWN)
            capartner_date_format(start, started, sizeof started);
        printf("  %-12s %-20s %s\n", capartner_country_name(capartner_participation_country(p)),
               capartner_role_name(capartner_participation_role(p)), started);
    }
    capartner_query_free(query);

    /* 3. the timeline of 2013 */
    if ((status = capartner_query_new(CAPARTNER_QUERY_EVENTS, &query)) != CAPARTNER_OK)
        return fail("query", status);
    capartner_query_set_range_text(query, "2013", "2013", CAPARTNER_CERTAINLY);
    printf("\nEvents of 2013:\n");
    for (const capartner_event *e; (e = capartner_query_next_event(query)) != NULL;)
        print_event(e);
    capartner_query_free(query);

    printf("\nlibcapartner %s, data as of %s\n", capartner_version(), capartner_data_as_of());
    return 0;
}
