/* Library and data versions, and status texts. */
#include "internal.h"

const char *capartner_version(void) {
    return CAPARTNER_VERSION_STRING;
}

int capartner_version_number(void) {
    return CAPARTNER_VERSION_NUMBER;
}

const char *capartner_data_as_of(void) {
    return capartner_data_as_of_text;
}

const char *capartner_data_digest(void) {
    return capartner_data_digest_text;
}

const char *capartner_strerror(capartner_status status) {
    switch (status) {
    case CAPARTNER_OK:
        return "success";
    case CAPARTNER_ERR_NULL_ARGUMENT:
        return "a required argument is NULL";
    case CAPARTNER_ERR_EMPTY_KEY:
        return "the key is empty";
    case CAPARTNER_ERR_KEY_TOO_LONG:
        return "the key is longer than 255 bytes";
    case CAPARTNER_ERR_INVALID_UTF8:
        return "the text is not valid UTF-8";
    case CAPARTNER_ERR_NOT_FOUND:
        return "no record has this key";
    case CAPARTNER_ERR_OUT_OF_RANGE:
        return "index or value out of range";
    case CAPARTNER_ERR_INVALID_DATE:
        return "not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally after "
               "early, mid, late, circa, before or after)";
    case CAPARTNER_ERR_INVALID_ARGUMENT:
        return "invalid argument for this call";
    case CAPARTNER_ERR_NO_MEMORY:
        return "out of memory";
    }
    return "unknown status";
}
