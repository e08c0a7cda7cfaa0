/* Cross-record checks: references resolve (to the right table, and a
 * section to its own source), body parents form no cycle, alternatives
 * point at preferred records, names have one preferred per owner, language
 * and kind, every country has a preferred English short name, started
 * precedes ended. Also interns the citations (first seen first) and finds
 * the as-of date. */
#ifndef GEN_LINK_H
#define GEN_LINK_H

#include "model.h"

void link_dataset(struct dataset *data);

#endif
