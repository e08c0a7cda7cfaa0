/* Sources, their sections, and citations: where every record comes from. */
#include "lookup.h"

size_t capartner_source_count(void) {
    return capartner_data_source_count;
}

capartner_status capartner_source_at(size_t index, const capartner_source **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_at(index, capartner_data_source_count, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_sources, record);
    return status;
}

capartner_status capartner_source_find(const char *key, const capartner_source **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_find(&capartner_data_source_keys, key, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_sources, record);
    return status;
}

size_t capartner_source_index(const capartner_source *source) {
    return source == NULL ? (size_t)-1 : (size_t)(source - capartner_data_sources);
}

const char *capartner_source_id(const capartner_source *source) {
    return source == NULL ? "" : capartner_text_at(source->id);
}

capartner_source_kind capartner_source_kind_of(const capartner_source *source) {
    return source == NULL ? CAPARTNER_SOURCE_PRIMARY : (capartner_source_kind)source->kind;
}

const char *capartner_source_title(const capartner_source *source) {
    return source == NULL ? "" : capartner_text_at(source->title);
}

const char *capartner_source_publisher(const capartner_source *source) {
    return source == NULL ? "" : capartner_text_at(source->publisher);
}

const char *capartner_source_url(const capartner_source *source) {
    return source == NULL ? "" : capartner_text_at(source->url);
}

capartner_date capartner_source_published(const capartner_source *source) {
    return source == NULL ? capartner_unknown_date : source->published;
}

capartner_date capartner_source_content_date(const capartner_source *source) {
    return source == NULL ? capartner_unknown_date : source->content_date;
}

const char *capartner_source_note(const capartner_source *source) {
    return source == NULL ? "" : capartner_text_at(source->note);
}

size_t capartner_section_count(void) {
    return capartner_data_section_count;
}

capartner_status capartner_section_at(size_t index, const capartner_section **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_at(index, capartner_data_section_count, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_sections, record);
    return status;
}

capartner_status capartner_section_find(const char *key, const capartner_section **out) {
    uint32_t record;
    capartner_status status =
        capartner_table_find(&capartner_data_section_keys, key, out != NULL, &record);
    if (out != NULL)
        *out = CAPARTNER_RECORD_OR_NULL(capartner_data_sections, record);
    return status;
}

size_t capartner_section_index(const capartner_section *section) {
    return section == NULL ? (size_t)-1 : (size_t)(section - capartner_data_sections);
}

const char *capartner_section_id(const capartner_section *section) {
    return section == NULL ? "" : capartner_text_at(section->id);
}

const capartner_source *capartner_section_source(const capartner_section *section) {
    return section == NULL ? NULL : &capartner_data_sources[section->source];
}

unsigned capartner_section_ordinal(const capartner_section *section) {
    return section == NULL ? 0 : section->ordinal;
}

const char *capartner_section_title(const capartner_section *section) {
    return section == NULL ? "" : capartner_text_at(section->title);
}

const capartner_source *capartner_citation_source(const capartner_citation *citation) {
    return citation == NULL ? NULL : &capartner_data_sources[citation->source];
}

const capartner_section *capartner_citation_section(const capartner_citation *citation) {
    return citation == NULL ? NULL
                            : CAPARTNER_RECORD_OR_NULL(capartner_data_sections, citation->section);
}

unsigned capartner_citation_paragraph(const capartner_citation *citation) {
    return citation == NULL ? 0 : citation->paragraph;
}
