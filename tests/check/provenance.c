/* Provenance: every record of every table cites an existing source, primary
 * citations name a section and paragraph of the primary document, and facts
 * the primary document cannot state cite another source. Also the text of
 * every record: valid UTF-8, ids well formed. */
#include "support.h"

#include <string.h>

#define PRIMARY_ID "nato-central-asia-2016"

/* Paragraphs per section of the primary document (headings not counted),
 * counted in nato-relations-with-central-asia-2016-02-22.txt. */
static const struct {
    const char *title;
    unsigned paragraphs;
} primary_sections[] = {
    {"NATO’s relations with Central Asia", 5},
    {"Shared regional security challenges", 4},
    {"Afghanistan-related security cooperation and the importance of regional cooperation", 4},
    {"Partnership for Peace: a tailored framework for cooperation", 2},
    {"Partnership values", 2},
    {"Multilateral dimension", 2},
    {"A brief country-by-country overview", 6},
    {"Defence and security sector reform", 14},
    {"Disaster-preparedness and response", 4},
    {"Science and the environment", 3},
    {"Public diplomacy", 3},
};
enum { PRIMARY_SECTION_COUNT = sizeof primary_sections / sizeof primary_sections[0] };

static unsigned primary_paragraphs(const capartner_section *section) {
    for (size_t i = 0; i < PRIMARY_SECTION_COUNT; i++)
        if (strcmp(capartner_section_title(section), primary_sections[i].title) == 0)
            return primary_sections[i].paragraphs;
    ck_abort_msg("section %s (\"%s\") is not a heading of the primary document",
                 capartner_section_id(section), capartner_section_title(section));
    return 0;
}

/* Checks one record's citation; returns its source. */
static const capartner_source *check_citation(const capartner_citation *citation, const char *what,
                                              const char *id) {
    ck_assert_msg(citation != NULL, "%s %s has no citation", what, id);
    const capartner_source *source = capartner_citation_source(citation);
    ck_assert_msg(source != NULL, "%s %s cites no source", what, id);
    size_t index = capartner_source_index(source);
    ck_assert_msg(index < capartner_source_count(), "%s %s cites a source outside the table", what,
                  id);
    const capartner_source *listed;
    cp_assert_status(capartner_source_at(index, &listed), CAPARTNER_OK);
    ck_assert_ptr_eq(listed, source);

    const capartner_section *section = capartner_citation_section(citation);
    unsigned paragraph = capartner_citation_paragraph(citation);
    if (section != NULL) {
        ck_assert_msg(capartner_section_source(section) == source,
                      "%s %s cites section %s of another source", what, id,
                      capartner_section_id(section));
        ck_assert_msg(paragraph >= 1, "%s %s cites section %s without a paragraph", what, id,
                      capartner_section_id(section));
    } else {
        ck_assert_msg(paragraph == 0, "%s %s cites paragraph %u of no section", what, id,
                      paragraph);
    }
    if (capartner_source_kind_of(source) == CAPARTNER_SOURCE_PRIMARY) {
        ck_assert_msg(section != NULL, "%s %s cites the primary document without a section", what,
                      id);
        ck_assert_msg(paragraph <= primary_paragraphs(section),
                      "%s %s cites paragraph %u of \"%s\", which has %u", what, id, paragraph,
                      capartner_section_title(section), primary_paragraphs(section));
    }
    return source;
}

static bool is_primary(const capartner_source *source) {
    return capartner_source_kind_of(source) == CAPARTNER_SOURCE_PRIMARY;
}

/* ----------------------------------------------------------- sources */

START_TEST(test_sources) {
    size_t count = capartner_source_count(), primaries = 0;
    ck_assert_uint_ge(count, 2);
    for (size_t i = 0; i < count; i++) {
        const capartner_source *source, *found;
        cp_assert_status(capartner_source_at(i, &source), CAPARTNER_OK);
        ck_assert_uint_eq(capartner_source_index(source), i);
        cp_assert_status(capartner_source_find(capartner_source_id(source), &found), CAPARTNER_OK);
        ck_assert_ptr_eq(found, source);
        ck_assert_int_lt(capartner_source_kind_of(source), CAPARTNER_SOURCE_KIND_COUNT);
        ck_assert_msg(capartner_source_title(source)[0] != '\0', "source %zu has no title", i);
        ck_assert_msg(capartner_source_publisher(source)[0] != '\0', "%s has no publisher",
                      capartner_source_id(source));
        char text[CAPARTNER_DATE_TEXT_BYTES];
        cp_assert_status(
            capartner_date_format(capartner_source_published(source), text, sizeof text),
            CAPARTNER_OK);
        /* the content describes days up to its publication, never later */
        capartner_date content = capartner_source_content_date(source),
                       published = capartner_source_published(source);
        ck_assert_msg(content.precision != CAPARTNER_PRECISION_UNKNOWN ||
                          published.precision == CAPARTNER_PRECISION_UNKNOWN,
                      "%s: a publication date but no content date", capartner_source_id(source));
        if (published.precision != CAPARTNER_PRECISION_UNKNOWN)
            ck_assert_msg(cp_earliest(content) <= cp_latest(published),
                          "%s: content dated after its publication", capartner_source_id(source));
        primaries += is_primary(source);
    }
    ck_assert_uint_eq(primaries, 1);

    const capartner_source *primary = cp_source(PRIMARY_ID);
    ck_assert_int_eq(capartner_source_kind_of(primary), CAPARTNER_SOURCE_PRIMARY);
    ck_assert_str_eq(capartner_source_title(primary), "NATO’s relations with Central Asia");
    ck_assert_str_eq(capartner_source_publisher(primary), "NATO");
    /* "Last updated: 22 Feb. 2016 16:58" */
    char text[CAPARTNER_DATE_TEXT_BYTES];
    ck_assert_str_eq(cp_date_text(capartner_source_published(primary), text), "2016-02-22");
    /* its facts stop in early 2014 ("in early 2014 ... negotiating a fourth
     * IPAP"; the 20th anniversary of PfP "in 2014") */
    ck_assert_str_eq(cp_date_text(capartner_source_content_date(primary), text), "early 2014");
}
END_TEST

START_TEST(test_sections) {
    size_t count = capartner_section_count();
    ck_assert_uint_ge(count, PRIMARY_SECTION_COUNT);
    const capartner_source *primary = cp_source(PRIMARY_ID);
    size_t primary_count = 0;
    for (size_t i = 0; i < count; i++) {
        const capartner_section *section, *found;
        cp_assert_status(capartner_section_at(i, &section), CAPARTNER_OK);
        ck_assert_uint_eq(capartner_section_index(section), i);
        cp_assert_status(capartner_section_find(capartner_section_id(section), &found),
                         CAPARTNER_OK);
        ck_assert_ptr_eq(found, section);
        const capartner_source *source = capartner_section_source(section);
        ck_assert_ptr_nonnull(source);
        ck_assert_uint_ge(capartner_section_ordinal(section), 1);
        ck_assert_msg(capartner_section_title(section)[0] != '\0', "section %s has no title",
                      capartner_section_id(section));
        /* ordinals unique within a source */
        for (size_t j = 0; j < i; j++) {
            const capartner_section *other;
            cp_assert_status(capartner_section_at(j, &other), CAPARTNER_OK);
            ck_assert_msg(capartner_section_source(other) != source ||
                              capartner_section_ordinal(other) !=
                                  capartner_section_ordinal(section),
                          "sections %s and %s share ordinal %u", capartner_section_id(other),
                          capartner_section_id(section), capartner_section_ordinal(section));
        }
        if (source != primary)
            continue;
        primary_count++;
        /* the headings in document order */
        unsigned ordinal = capartner_section_ordinal(section);
        ck_assert_uint_le(ordinal, PRIMARY_SECTION_COUNT);
        ck_assert_str_eq(capartner_section_title(section), primary_sections[ordinal - 1].title);
    }
    ck_assert_uint_eq(primary_count, PRIMARY_SECTION_COUNT);
}
END_TEST

/* ----------------------------------------------------- every record */

static void check_names(const char *what, const char *id, size_t count,
                        capartner_status (*name_at)(const void *, size_t, const capartner_name **),
                        const void *owner) {
    for (size_t n = 0; n < count; n++) {
        const capartner_name *name;
        cp_assert_status(name_at(owner, n, &name), CAPARTNER_OK);
        const capartner_source *source = check_citation(capartner_name_citation(name), what, id);
        /* the primary document is in English */
        if (strcmp(capartner_name_language(name), "en") != 0)
            ck_assert_msg(!is_primary(source), "%s %s: %s name \"%s\" cites the primary document",
                          what, id, capartner_name_language(name), capartner_name_text(name));
        /* nor can it know a name that came into use after it */
        capartner_date from = capartner_name_valid_from(name), to = capartner_name_valid_to(name);
        if ((from.precision && cp_earliest(from) > 20160222) ||
            (to.precision && cp_earliest(to) > 20160222))
            ck_assert_msg(!is_primary(source),
                          "%s %s: name \"%s\" (after 2016) cites the "
                          "primary document",
                          what, id, capartner_name_text(name));
    }
}

static capartner_status country_name_at(const void *owner, size_t index,
                                        const capartner_name **out) {
    return capartner_country_name_at(owner, index, out);
}
static capartner_status body_name_at(const void *owner, size_t index, const capartner_name **out) {
    return capartner_body_name_at(owner, index, out);
}
static capartner_status place_name_at(const void *owner, size_t index, const capartner_name **out) {
    return capartner_place_name_at(owner, index, out);
}

START_TEST(test_every_record_cites) {
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *c;
        cp_assert_status(capartner_country_at(i, &c), CAPARTNER_OK);
        check_citation(capartner_country_citation(c), "country", capartner_country_id(c));
        check_names("country", capartner_country_id(c), capartner_country_name_count(c),
                    country_name_at, c);
    }
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *b;
        cp_assert_status(capartner_body_at(i, &b), CAPARTNER_OK);
        check_citation(capartner_body_citation(b), "body", capartner_body_id(b));
        check_names("body", capartner_body_id(b), capartner_body_name_count(b), body_name_at, b);
    }
    for (size_t i = 0; i < capartner_place_count(); i++) {
        const capartner_place *p;
        cp_assert_status(capartner_place_at(i, &p), CAPARTNER_OK);
        check_citation(capartner_place_citation(p), "place", capartner_place_id(p));
        check_names("place", capartner_place_id(p), capartner_place_name_count(p), place_name_at,
                    p);
    }
    for (size_t i = 0; i < capartner_area_count(); i++) {
        const capartner_area *a;
        cp_assert_status(capartner_area_at(i, &a), CAPARTNER_OK);
        check_citation(capartner_area_citation(a), "area", capartner_area_id(a));
    }
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *p;
        cp_assert_status(capartner_participation_at(i, &p), CAPARTNER_OK);
        const char *id = capartner_participation_id(p);
        const capartner_source *source =
            check_citation(capartner_participation_citation(p), "participation", id);
        /* "reported: the date the statement describes", never after the
         * content date of its source */
        capartner_date reported = capartner_participation_reported(p),
                       content = capartner_source_content_date(source);
        char reported_text[CAPARTNER_DATE_TEXT_BYTES], content_text[CAPARTNER_DATE_TEXT_BYTES];
        if (reported.precision != CAPARTNER_PRECISION_UNKNOWN &&
            content.precision != CAPARTNER_PRECISION_UNKNOWN)
            ck_assert_msg(cp_earliest(reported) <= cp_latest(content),
                          "participation %s reported %s, its source %s describes %s", id,
                          cp_date_text(reported, reported_text), capartner_source_id(source),
                          cp_date_text(content, content_text));
    }
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *e;
        cp_assert_status(capartner_event_at(i, &e), CAPARTNER_OK);
        const capartner_source *source =
            check_citation(capartner_event_citation(e), "event", capartner_event_id(e));
        /* what happened after 22 Feb 2016 cannot come from the primary document */
        if (cp_earliest(capartner_event_date(e)) > 20160222)
            ck_assert_msg(!is_primary(source), "event %s cites the primary document",
                          capartner_event_id(e));
        /* nor can what it does not date that precisely: a source's date is
         * never later than the source */
        capartner_date published = capartner_source_published(source);
        if (published.precision != CAPARTNER_PRECISION_UNKNOWN)
            ck_assert_msg(cp_earliest(capartner_event_date(e)) <= cp_latest(published),
                          "event %s (%s) is dated after its source %s", capartner_event_id(e),
                          capartner_event_date_text(e), capartner_source_id(source));
    }
}
END_TEST

/* ------------------------------------------------- specific citations */

static void assert_cites_primary(const capartner_citation *citation, const char *section_id,
                                 unsigned paragraph) {
    ck_assert_ptr_eq(capartner_citation_source(citation), cp_source(PRIMARY_ID));
    ck_assert_ptr_eq(capartner_citation_section(citation), cp_section(section_id));
    ck_assert_uint_eq(capartner_citation_paragraph(citation), paragraph);
}

START_TEST(test_primary_citations_point_at_the_fact) {
    /* paragraph 11 of "Defence and security sector reform": "in December
     * 2013 NATO began the implementation of a DEEP with Uzbekistan" */
    assert_cites_primary(capartner_event_citation(cp_event("2013-12-deep-uzbekistan")),
                         "defence-reform", 11);
    /* paragraph 6 there: PARP, "Kazakhstan began participating in 2002" */
    assert_cites_primary(capartner_participation_citation(cp_participation("kz-parp-participant")),
                         "defence-reform", 6);
    assert_cites_primary(capartner_participation_citation(cp_participation("kg-parp-on-hold")),
                         "defence-reform", 6);
    assert_cites_primary(capartner_participation_citation(cp_participation("tj-parp-interest")),
                         "defence-reform", 6);
    /* paragraph 12: the Trust Fund project in Tajikistan led by the UK */
    assert_cites_primary(
        capartner_participation_citation(cp_participation("gb-tf-tajikistan-lead")),
        "defence-reform", 12);
    /* paragraph 14: retraining in Kyrgyzstan from 2009; Turkey's project */
    assert_cites_primary(
        capartner_participation_citation(cp_participation("tr-tf-kyrgyzstan-lead")),
        "defence-reform", 14);
    /* "The EADRCC was created in 1998": paragraph 2 of disaster preparedness */
    assert_cites_primary(capartner_event_citation(cp_event("1998-eadrcc-established")),
                         "disaster-preparedness", 2);
    /* "Tashkent agreed to host the NATO Liaison Officer": overview, paragraph 6 */
    assert_cites_primary(capartner_participation_citation(cp_participation("uz-nlo-host")),
                         "country-overview", 6);
    /* "(Tajikistan joined later, in 2002)": the introduction's paragraph 4,
     * or "the last of the Central Asian countries to join the PfP programme
     * in 2002": the overview's paragraph 4 */
    const capartner_citation *tj = capartner_event_citation(cp_event("2002-tj-joins-pfp"));
    ck_assert_ptr_eq(capartner_citation_source(tj), cp_source(PRIMARY_ID));
    ck_assert_uint_eq(capartner_citation_paragraph(tj), 4);
    ck_assert(capartner_citation_section(tj) == cp_section("intro") ||
              capartner_citation_section(tj) == cp_section("country-overview"));
}
END_TEST

START_TEST(test_supplementary_records_cite_other_sources) {
    /* facts from supplementary-facts.md, each with its own source */
    static const struct {
        const char *event;
        capartner_source_kind kind;
    } events[] = {
        {"2002-02-20-tj-joins-pfp", CAPARTNER_SOURCE_OFFICIAL},
        {"1991-12-20-nacc-inaugurated", CAPARTNER_SOURCE_OFFICIAL},
        {"2006-01-31-kz-first-ipap", CAPARTNER_SOURCE_OFFICIAL},
        {"2005-05-13-andijan-events", CAPARTNER_SOURCE_SECONDARY},
        {"1994-05-27-kz-joins-pfp", CAPARTNER_SOURCE_SECONDARY},
        {"1995-kz-joins-pfp", CAPARTNER_SOURCE_OFFICIAL},
        {"2014-12-28-isaf-ends", CAPARTNER_SOURCE_SECONDARY},
        {"2015-01-01-resolute-support-begins", CAPARTNER_SOURCE_SECONDARY},
        {"2014-12-02-resolute-support-decided", CAPARTNER_SOURCE_OFFICIAL},
        {"2017-04-01-nlo-office-closed", CAPARTNER_SOURCE_OFFICIAL},
        {"2019-03-23-astana-renamed-nur-sultan", CAPARTNER_SOURCE_SECONDARY},
        {"2022-09-17-nur-sultan-renamed-astana", CAPARTNER_SOURCE_SECONDARY},
    };
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        const capartner_citation *citation = capartner_event_citation(cp_event(events[i].event));
        const capartner_source *source = capartner_citation_source(citation);
        ck_assert_msg(capartner_source_kind_of(source) == events[i].kind,
                      "%s cites %s, a %s source", events[i].event, capartner_source_id(source),
                      capartner_source_kind_name(capartner_source_kind_of(source)));
    }
    /* the primary document names none of these three capitals */
    static const char *const places[] = {"Astana", "Dushanbe", "Ashgabat"};
    for (size_t i = 0; i < 3; i++)
        ck_assert_msg(
            !is_primary(capartner_citation_source(capartner_place_citation(cp_place(places[i])))),
            "%s cites the primary document", places[i]);
    /* Tajikistan's PfP accession: the primary says 2002, the press release
     * 20 Feb 2002; the day is an alternative with its own source */
    const capartner_event *day = cp_event("2002-02-20-tj-joins-pfp");
    ck_assert_ptr_eq(capartner_event_alternative_of(day), cp_event("2002-tj-joins-pfp"));
    ck_assert_ptr_eq(capartner_citation_source(capartner_event_citation(day)),
                     cp_source("nato-pr-2002-022"));
}
END_TEST

/* --------------------------------------------------------- text */

static void check_text(const char *text, const char *what, bool may_be_empty) {
    ck_assert_msg(text != NULL, "%s is NULL", what);
    ck_assert_msg(cp_utf8_valid(text), "%s is not UTF-8", what);
    size_t length = strlen(text);
    ck_assert_msg(may_be_empty || length > 0, "%s is empty", what);
    if (length > 0)
        ck_assert_msg(text[0] != ' ' && text[length - 1] != ' ', "%s \"%s\" has outer spaces", what,
                      text);
}

static void check_id(const char *id) {
    check_text(id, "id", false);
    ck_assert_msg(id[0] != '-', "id \"%s\"", id);
    for (const char *c = id; *c; c++)
        ck_assert_msg((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-',
                      "id \"%s\"", id);
}

/* One fact per partner from the newest version of NATO's page on it that a
 * stored copy holds (data/README.md lists the versions). */
static void assert_cites(const char *event_id, const char *source_id, const char *section_id,
                         const char *date) {
    const capartner_event *event = cp_event(event_id);
    const capartner_citation *citation = capartner_event_citation(event);
    ck_assert_ptr_eq(capartner_citation_source(citation), cp_source(source_id));
    ck_assert_ptr_eq(capartner_citation_section(citation), cp_section(section_id));
    ck_assert_int_eq(capartner_date_compare(capartner_event_date(event), cp_date(date)), 0);
}

START_TEST(test_newest_country_pages) {
    /* Kazakhstan, 23 May 2022: KAZCENT accredited in December 2010, sharper
     * than the primary page's 2010, so an alternative of it */
    ck_assert_int_eq(
        capartner_date_compare(capartner_source_published(cp_source("nato-topics-49598-2022")),
                               cp_date("2022-05-23")),
        0);
    assert_cites("2010-12-kazcent-accredited-ptec", "nato-topics-49598-2022", "kz22-capabilities",
                 "2010-12");
    ck_assert_ptr_eq(capartner_event_alternative_of(cp_event("2010-12-kazcent-accredited-ptec")),
                     cp_event("2010-kazcent-recognised-ptec"));
    /* Kyrgyzstan, 12 Dec 2017: the English course at AUCA from February 2015 */
    assert_cites("2015-02-kg-english-programme", "nato-topics-49607", "kg17-defence-reform",
                 "2015-02");
    /* Tajikistan, 21 Mar 2019: its third section is the one on capabilities */
    const capartner_section *capabilities = cp_section("tj19-capabilities");
    ck_assert_ptr_eq(capartner_section_source(capabilities), cp_source("nato-topics-50312-2019"));
    ck_assert_str_eq(capartner_section_title(capabilities),
                     "Building capabilities and interoperability");
    /* Turkmenistan, last updated 7 Apr 2016, describes a time before the
     * Chicago Summit of May 2012 */
    const capartner_source *turkmenistan = cp_source("nato-topics-50317");
    ck_assert_int_eq(
        capartner_date_compare(capartner_source_published(turkmenistan), cp_date("2016-04-07")), 0);
    ck_assert_int_eq(capartner_date_compare(capartner_source_content_date(turkmenistan),
                                            cp_date("before 2012-05")),
                     0);
    /* Uzbekistan, 13 Dec 2017: Germany at the Termez airfield from 2002 */
    assert_cites("2002-uz-termez-for-germany", "nato-topics-22839", "uz17-security", "2002");
    ck_assert(cp_event_has_country(cp_event("2002-uz-termez-for-germany"), cp_country("DE")));
}
END_TEST

START_TEST(test_texts_and_ids) {
    for (size_t i = 0; i < capartner_source_count(); i++) {
        const capartner_source *s;
        cp_assert_status(capartner_source_at(i, &s), CAPARTNER_OK);
        check_id(capartner_source_id(s));
        check_text(capartner_source_title(s), "source title", false);
        check_text(capartner_source_url(s), "source url", true);
        check_text(capartner_source_note(s), "source note", true);
    }
    for (size_t i = 0; i < capartner_section_count(); i++) {
        const capartner_section *s;
        cp_assert_status(capartner_section_at(i, &s), CAPARTNER_OK);
        check_id(capartner_section_id(s));
    }
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *c;
        cp_assert_status(capartner_country_at(i, &c), CAPARTNER_OK);
        check_text(capartner_country_name(c), "country name", false);
        check_text(capartner_country_note(c), "country note", true);
        for (size_t n = 0; n < capartner_country_name_count(c); n++) {
            const capartner_name *name;
            cp_assert_status(capartner_country_name_at(c, n, &name), CAPARTNER_OK);
            check_text(capartner_name_text(name), "name", false);
        }
    }
    for (size_t i = 0; i < capartner_body_count(); i++) {
        const capartner_body *b;
        cp_assert_status(capartner_body_at(i, &b), CAPARTNER_OK);
        check_id(capartner_body_id(b));
        check_text(capartner_body_name(b), "body name", false);
        check_text(capartner_body_acronym(b), "body acronym", true);
        check_text(capartner_body_summary(b), "body summary", false);
    }
    for (size_t i = 0; i < capartner_place_count(); i++) {
        const capartner_place *p;
        cp_assert_status(capartner_place_at(i, &p), CAPARTNER_OK);
        check_id(capartner_place_id(p));
        check_text(capartner_place_name(p), "place name", false);
    }
    for (size_t i = 0; i < capartner_area_count(); i++) {
        const capartner_area *a;
        cp_assert_status(capartner_area_at(i, &a), CAPARTNER_OK);
        check_id(capartner_area_id(a));
        check_text(capartner_area_name(a), "area name", false);
        check_text(capartner_area_summary(a), "area summary", false);
    }
    for (size_t i = 0; i < capartner_participation_count(); i++) {
        const capartner_participation *p;
        cp_assert_status(capartner_participation_at(i, &p), CAPARTNER_OK);
        check_id(capartner_participation_id(p));
        check_text(capartner_participation_summary(p), "participation summary", false);
    }
    for (size_t i = 0; i < capartner_event_count(); i++) {
        const capartner_event *e;
        cp_assert_status(capartner_event_at(i, &e), CAPARTNER_OK);
        check_id(capartner_event_id(e));
        check_text(capartner_event_summary(e), "event summary", false);
    }
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("provenance");
    TCase *tcase = cp_tcase("provenance");
    tcase_add_test(tcase, test_sources);
    tcase_add_test(tcase, test_sections);
    tcase_add_test(tcase, test_every_record_cites);
    tcase_add_test(tcase, test_primary_citations_point_at_the_fact);
    tcase_add_test(tcase, test_supplementary_records_cite_other_sources);
    tcase_add_test(tcase, test_texts_and_ids);
    tcase_add_test(tcase, test_newest_country_pages);
    suite_add_tcase(suite, tcase);
    return suite;
}
