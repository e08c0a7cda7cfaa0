/* Sources, their sections, and citations: where every record comes from. */
#include "lookup.h"

CAPARTNER_DEFINE_TABLE(source, capartner_data_sources, capartner_data_source_count,
                       capartner_data_source_keys)
CAPARTNER_DEFINE_INDEX(source, capartner_data_sources)

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

CAPARTNER_DEFINE_TABLE(section, capartner_data_sections, capartner_data_section_count,
                       capartner_data_section_keys)

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
