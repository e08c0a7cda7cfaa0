/* The programmes and the partners taking part in each: every body of kind
 * programme, with the countries that are members or participants of it and
 * the dates the data gives (the relations' preferred statements).
 *
 *     capartner-programmes */
#include <capartner.h>

#include <stdio.h>

static int fail(const char *what, capartner_status status) {
    fprintf(stderr, "capartner-programmes: %s: %s\n", what, capartner_strerror(status));
    return 1;
}

/* The query keeps the relations of one body in which a country takes part;
 * roles such as "encouraged" or "in_talks" are not taking part. */
static capartner_status select_taking_part(capartner_query *query, const capartner_body *body) {
    capartner_status status = capartner_query_reset(query, CAPARTNER_QUERY_PARTICIPATIONS);
    if (status == CAPARTNER_OK)
        status = capartner_query_add_body(query, body);
    if (status == CAPARTNER_OK)
        status = capartner_query_add_role(query, CAPARTNER_ROLE_MEMBER);
    if (status == CAPARTNER_OK)
        status = capartner_query_add_role(query, CAPARTNER_ROLE_PARTICIPANT);
    return status;
}

int main(void) {
    capartner_query *query;
    capartner_status status = capartner_query_new(CAPARTNER_QUERY_PARTICIPATIONS, &query);
    if (status != CAPARTNER_OK)
        return fail("query", status);
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *body;
        if ((status = capartner_body_at(i, &body)) != CAPARTNER_OK)
            break;
        if (capartner_body_kind_of(body) != CAPARTNER_BODY_PROGRAMME)
            continue;
        if ((status = select_taking_part(query, body)) != CAPARTNER_OK)
            break;
        printf("%s\n", capartner_body_name(body));
        size_t taking_part = 0;
        for (const capartner_participation *p; (p = capartner_query_next_participation(query));
             taking_part++)
            printf("  %-12s %-11s %s to %s\n",
                   capartner_country_name(capartner_participation_country(p)),
                   capartner_role_name(capartner_participation_role(p)),
                   capartner_participation_started_text(p), capartner_participation_ended_text(p));
        if (taking_part == 0)
            printf("  (no partner as member or participant)\n");
    }
    capartner_query_free(query);
    return status == CAPARTNER_OK ? 0 : fail("programmes", status);
}
