/* Helpers for records that own a slice of the names table. */
#ifndef CAPARTNER_NAMES_H
#define CAPARTNER_NAMES_H

#include "lookup.h"

capartner_status capartner_name_slice_at(uint32_t first, uint32_t count, size_t index,
                                         const capartner_name **out);
/* The preferred name of a kind in a language within a slice. */
capartner_status capartner_name_slice_find(uint32_t first, uint32_t count, const char *language,
                                           capartner_name_kind kind, const capartner_name **out);

#endif
