/* Countries: lookups by code or name, and their fields. */
#include "names.h"

#include <stdlib.h>
#include <string.h>

size_t capartner_country_count(void) {
    return capartner_data_country_count;
}

capartner_status capartner_country_at(size_t index, const capartner_country **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_at(index, capartner_data_country_count, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_countries, record);
    return status;
}

capartner_status capartner_country_find(const char *key, const capartner_country **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_find(&capartner_data_country_keys, key, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_countries, record);
    return status;
}

size_t capartner_country_index(const capartner_country *country) {
    return country == NULL ? (size_t)-1 : (size_t)(country - capartner_data_countries);
}

/* Setting bit 0x20 lowers an ASCII letter and maps no other byte into
 * 'a'..'z': one comparison for either case, no branch on the case (mixed-case
 * input would otherwise mispredict). */
static bool is_ascii_letter(char c) {
    return (unsigned)(((unsigned char)c | 0x20u) - 'a') < 26u;
}

static unsigned letter_value(char c) {
    return ((unsigned char)c | 0x20u) - 'a';
}

/* Upper case of an ASCII letter (only letters are given). */
static char upper(char c) {
    return (char)((unsigned char)c & 0xDFu);
}

/* OK for exactly `length` ASCII letters; a well-formed key of another shape
 * is simply not a code of this kind (NOT_FOUND). */
static capartner_status check_code(const char *code, size_t length) {
    /* the common case first: exactly `length` letters, then the end (reads
     * stop at the first byte that is not a letter, so never past the NUL) */
    if (code != NULL) {
        size_t letters = 0;
        while (letters < length && is_ascii_letter(code[letters]))
            letters++;
        if (letters == length && code[length] == '\0')
            return CAPARTNER_OK;
    }
    capartner_status status = capartner_check_key(code);
    if (status != CAPARTNER_OK)
        return status;
    for (size_t i = 0; i < length; i++)
        if (!is_ascii_letter(code[i]))
            return capartner_utf8_valid(code) ? CAPARTNER_ERR_NOT_FOUND
                                              : CAPARTNER_ERR_INVALID_UTF8;
    if (code[length] != '\0')
        return capartner_utf8_valid(code) ? CAPARTNER_ERR_NOT_FOUND : CAPARTNER_ERR_INVALID_UTF8;
    return CAPARTNER_OK;
}

static capartner_status found_or_not(uint32_t index_plus_one, const capartner_country **out) {
    if (index_plus_one == 0)
        return CAPARTNER_ERR_NOT_FOUND;
    *out = &capartner_data_countries[index_plus_one - 1];
    return CAPARTNER_OK;
}

capartner_status capartner_country_by_alpha2(const char *code, const capartner_country **out) {
    if (out == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    *out = NULL;
    capartner_status status = check_code(code, 2);
    if (status != CAPARTNER_OK)
        return status;
    return found_or_not(
        capartner_data_country_by_alpha2[letter_value(code[0]) * 26 + letter_value(code[1])], out);
}

static int compare_alpha3(const void *key, const void *entry) {
    uint32_t code = *(const uint32_t *)key;
    uint32_t other = ((const struct capartner_alpha3_entry *)entry)->code;
    return (code > other) - (code < other);
}

capartner_status capartner_country_by_alpha3(const char *code, const capartner_country **out) {
    if (out == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    *out = NULL;
    capartner_status status = check_code(code, 3);
    if (status != CAPARTNER_OK)
        return status;
    uint32_t packed =
        (uint32_t)upper(code[0]) << 16 | (uint32_t)upper(code[1]) << 8 | (uint32_t)upper(code[2]);
    const struct capartner_alpha3_entry *entry =
        bsearch(&packed, capartner_data_country_by_alpha3, capartner_data_country_count,
                sizeof *entry, compare_alpha3);
    return found_or_not(entry == NULL ? 0 : entry->country + 1, out);
}

capartner_status capartner_country_by_numeric(int code, const capartner_country **out) {
    if (out == NULL)
        return CAPARTNER_ERR_NULL_ARGUMENT;
    *out = NULL;
    if (code < 1 || code > 999)
        return CAPARTNER_ERR_OUT_OF_RANGE;
    return found_or_not(capartner_data_country_by_numeric[code], out);
}

const char *capartner_country_id(const capartner_country *country) {
    return country == NULL ? "" : capartner_text_at(country->id);
}

const char *capartner_country_alpha2(const capartner_country *country) {
    return country == NULL ? "" : capartner_text_at(country->alpha2);
}

const char *capartner_country_alpha3(const capartner_country *country) {
    return country == NULL ? "" : capartner_text_at(country->alpha3);
}

int capartner_country_numeric(const capartner_country *country) {
    return country == NULL ? 0 : (int)country->numeric;
}

const char *capartner_country_name(const capartner_country *country) {
    return country == NULL ? "" : capartner_text_at(country->name);
}

int capartner_country_is_partner(const capartner_country *country) {
    return country != NULL && country->partner != 0;
}

const char *capartner_country_note(const capartner_country *country) {
    return country == NULL ? "" : capartner_text_at(country->note);
}

const capartner_place *capartner_country_capital(const capartner_country *country) {
    return country == NULL ? NULL
                           : CAPARTNER_RECORD_OR_NULL(capartner_data_places, country->capital);
}

int capartner_country_cow_code(const capartner_country *country) {
    return country == NULL ? 0 : (int)country->cow_code;
}

const char *capartner_country_cow_abbreviation(const capartner_country *country) {
    return country == NULL ? "" : capartner_text_at(country->cow_abbreviation);
}

const capartner_source *capartner_country_codes_source(const capartner_country *country) {
    return country == NULL
               ? NULL
               : CAPARTNER_RECORD_OR_NULL(capartner_data_sources, country->codes_source);
}

const capartner_source *capartner_country_cow_source(const capartner_country *country) {
    return country == NULL ? NULL
                           : CAPARTNER_RECORD_OR_NULL(capartner_data_sources, country->cow_source);
}

size_t capartner_country_name_count(const capartner_country *country) {
    return country == NULL ? 0 : country->name_count;
}

capartner_status capartner_country_name_at(const capartner_country *country, size_t index,
                                           const capartner_name **out) {
    if (country == NULL) {
        if (out != NULL)
            *out = NULL;
        return CAPARTNER_ERR_NULL_ARGUMENT;
    }
    return capartner_name_slice_at(country->name_first, country->name_count, index, out);
}

capartner_status capartner_country_name_in(const capartner_country *country, const char *language,
                                           capartner_name_kind kind, const capartner_name **out) {
    if (country == NULL) {
        if (out != NULL)
            *out = NULL;
        return CAPARTNER_ERR_NULL_ARGUMENT;
    }
    return capartner_name_slice_find(country->name_first, country->name_count, language, kind, out);
}

const capartner_citation *capartner_country_citation(const capartner_country *country) {
    return country == NULL ? NULL : &capartner_data_citations[country->citation];
}
