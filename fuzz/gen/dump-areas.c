/* Prints every area as id, name and summary separated by tabs, one per line:
 * expect-refusal.cmake builds it against a library compiled from an
 * accepted dataset and compares the lines with that dataset's areas.tsv, so
 * text goes through the generated C string literals and back unchanged. */
#include "capartner.h"

#include <stdio.h>

int main(void) {
    for (size_t i = 0; i < capartner_area_count(); i++) {
        const capartner_area *area = NULL;
        if (capartner_area_at(i, &area) != CAPARTNER_OK)
            return 1;
        printf("%s\t%s\t%s\n", capartner_area_id(area), capartner_area_name(area),
               capartner_area_summary(area));
    }
    return 0;
}
