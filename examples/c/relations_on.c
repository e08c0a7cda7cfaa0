/* A country's relations on a date, each with its three-valued status: held
 * (the sources make it certain), not held (certainly not), or unknown (the
 * sources allow either — e.g. after the last one that reports it).
 *
 *     capartner-relations-on COUNTRY DATE      e.g. KG 2016-03 */
#include <capartner.h>

#include <stdio.h>

static int fail(const char *what, capartner_status status) {
    fprintf(stderr, "capartner-relations-on: %s: %s\n", what, capartner_strerror(status));
    return 1;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: capartner-relations-on COUNTRY DATE\n");
        return 2;
    }
    const capartner_country *country;
    capartner_date date;
    capartner_status status = capartner_country_find(argv[1], &country);
    if (status != CAPARTNER_OK)
        return fail(argv[1], status);
    if ((status = capartner_date_parse(argv[2], &date)) != CAPARTNER_OK)
        return fail(argv[2], status);

    capartner_query *query;
    if ((status = capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query)) != CAPARTNER_OK)
        return fail("query", status);
    if ((status = capartner_query_add_country(query, country)) != CAPARTNER_OK) {
        capartner_query_free(query);
        return fail("query", status);
    }
    printf("%s on %s:\n", capartner_country_name(country), argv[2]);
    for (const capartner_participation *p; (p = capartner_query_next_participation(query));) {
        capartner_holding holding = capartner_participation_status_on(p, date);
        const capartner_body *body = capartner_participation_body(p);
        printf("  %-8s  %-18s %s (%s to %s)\n", capartner_holding_name(holding),
               capartner_role_name(capartner_participation_role(p)), capartner_body_name(body),
               capartner_participation_started_text(p), capartner_participation_ended_text(p));
    }
    capartner_query_free(query);
    return 0;
}
