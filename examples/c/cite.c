/* Where a statement comes from: the source, section and paragraph an event or
 * a participation cites.
 *
 *     capartner-cite ID...      an event's or a participation's id */
#include <capartner.h>

#include <stdio.h>

static void print_citation(const capartner_citation *citation) {
    const capartner_source *source = capartner_citation_source(citation);
    printf("  source:    %s (%s)\n", capartner_source_title(source), capartner_source_id(source));
    if (capartner_source_publisher(source)[0] != '\0')
        printf("  publisher: %s\n", capartner_source_publisher(source));
    if (capartner_source_url(source)[0] != '\0')
        printf("  url:       %s\n", capartner_source_url(source));
    const capartner_section *section = capartner_citation_section(citation);
    if (section != NULL)
        printf("  section:   %u, %s\n", capartner_section_ordinal(section),
               capartner_section_title(section));
    if (capartner_citation_paragraph(citation) > 0)
        printf("  paragraph: %u\n", capartner_citation_paragraph(citation));
}

int main(int argc, char **argv) {
    int missing = 0;
    for (int i = 1; i < argc; i++) {
        const capartner_event *event;
        const capartner_participation *participation;
        if (capartner_event_find(argv[i], &event) == CAPARTNER_OK) {
            printf("%s  %s\n", capartner_event_date_text(event), capartner_event_summary(event));
            print_citation(capartner_event_citation(event));
        } else if (capartner_participation_find(argv[i], &participation) == CAPARTNER_OK) {
            printf("%s\n", capartner_participation_summary(participation));
            print_citation(capartner_participation_citation(participation));
        } else {
            fprintf(stderr, "capartner-cite: %s: no event or participation has this id\n", argv[i]);
            missing = 1;
        }
    }
    return missing;
}
