/* Enum names and parsers: the data files' spellings, round trips, bounds. */
#include "support.h"

#include <string.h>

/* Every name of an enum is non-empty, distinct and valid; COUNT and beyond
 * give "". */
#define CHECK_NAMES(name_function, type, count)                                                    \
    do {                                                                                           \
        for (int i_ = 0; i_ < (int)(count); i_++) {                                                \
            const char *text_ = name_function((type)i_);                                           \
            ck_assert_ptr_nonnull(text_);                                                          \
            ck_assert_msg(text_[0] != '\0', "%s(%d) is empty", #name_function, i_);                \
            for (int j_ = 0; j_ < i_; j_++)                                                        \
                ck_assert_str_ne(text_, name_function((type)j_));                                  \
        }                                                                                          \
        cp_assert_empty(name_function((type)(count)));                                             \
        cp_assert_empty(name_function((type)99));                                                  \
        cp_assert_empty(name_function((type)-1));                                                  \
    } while (0)

/* parse(name(v)) == v for every value. */
#define CHECK_ROUND_TRIP(name_function, parse_function, type, count)                               \
    do {                                                                                           \
        for (int i_ = 0; i_ < (int)(count); i_++) {                                                \
            type parsed_ = (type)-1;                                                               \
            cp_assert_status(parse_function(name_function((type)i_), &parsed_), CAPARTNER_OK);     \
            ck_assert_int_eq((int)parsed_, i_);                                                    \
        }                                                                                          \
    } while (0)

START_TEST(test_body_kinds) {
    CHECK_NAMES(capartner_body_kind_name, capartner_body_kind, CAPARTNER_BODY_KIND_COUNT);
    CHECK_ROUND_TRIP(capartner_body_kind_name, capartner_body_kind_parse, capartner_body_kind,
                     CAPARTNER_BODY_KIND_COUNT);
    /* the spellings of data/README.md, in order */
    static const char *const spellings[] = {
        "organization", "council",   "command", "programme",   "mechanism",
        "project",      "operation", "centre",  "unit",        "exercise",
        "office",       "process",   "plan",    "route",       "document",
        "institution",  "concept",   "treaty",  "headquarters"};
    ck_assert_uint_eq(sizeof spellings / sizeof spellings[0], CAPARTNER_BODY_KIND_COUNT);
    for (int i = 0; i < CAPARTNER_BODY_KIND_COUNT; i++)
        ck_assert_str_eq(capartner_body_kind_name((capartner_body_kind)i), spellings[i]);
}
END_TEST

START_TEST(test_roles) {
    CHECK_NAMES(capartner_role_name, capartner_role, CAPARTNER_ROLE_COUNT);
    CHECK_ROUND_TRIP(capartner_role_name, capartner_role_parse, capartner_role,
                     CAPARTNER_ROLE_COUNT);
    static const char *const spellings[] = {"member",
                                            "participant",
                                            "on_hold",
                                            "interest_expressed",
                                            "requested",
                                            "host",
                                            "lead_nation",
                                            "lead_contributor",
                                            "contributor",
                                            "represented",
                                            "beneficiary",
                                            "transit_provider",
                                            "supporter",
                                            "owner",
                                            "diplomatic_mission",
                                            "military_representative",
                                            "encouraged",
                                            "promoter",
                                            "cooperating",
                                            "in_talks"};
    ck_assert_uint_eq(sizeof spellings / sizeof spellings[0], CAPARTNER_ROLE_COUNT);
    for (int i = 0; i < CAPARTNER_ROLE_COUNT; i++)
        ck_assert_str_eq(capartner_role_name((capartner_role)i), spellings[i]);
}
END_TEST

START_TEST(test_event_kinds) {
    CHECK_NAMES(capartner_event_kind_name, capartner_event_kind, CAPARTNER_EVENT_KIND_COUNT);
    CHECK_ROUND_TRIP(capartner_event_kind_name, capartner_event_kind_parse, capartner_event_kind,
                     CAPARTNER_EVENT_KIND_COUNT);
    static const char *const spellings[] = {
        "establishment", "accession",  "agreement", "summit",      "request", "exercise",
        "training",      "assistance", "opening",   "closing",     "crisis",  "recognition",
        "operation",     "renaming",   "milestone", "ministerial", "visit",   "conference"};
    ck_assert_uint_eq(sizeof spellings / sizeof spellings[0], CAPARTNER_EVENT_KIND_COUNT);
    for (int i = 0; i < CAPARTNER_EVENT_KIND_COUNT; i++)
        ck_assert_str_eq(capartner_event_kind_name((capartner_event_kind)i), spellings[i]);
}
END_TEST

START_TEST(test_other_kinds) {
    CHECK_NAMES(capartner_name_kind_name, capartner_name_kind, CAPARTNER_NAME_KIND_COUNT);
    CHECK_NAMES(capartner_source_kind_name, capartner_source_kind, CAPARTNER_SOURCE_KIND_COUNT);
    CHECK_NAMES(capartner_place_kind_name, capartner_place_kind, CAPARTNER_PLACE_KIND_COUNT);
    CHECK_NAMES(capartner_precision_name, capartner_precision, CAPARTNER_PRECISION_DAY + 1);
    CHECK_NAMES(capartner_qualifier_name, capartner_qualifier, CAPARTNER_QUALIFIER_AFTER + 1);
    CHECK_NAMES(capartner_holding_name, capartner_holding, CAPARTNER_HOLDING_COUNT);
    CHECK_NAMES(capartner_certainty_name, capartner_certainty, CAPARTNER_CERTAINTY_COUNT);
    ck_assert_str_eq(capartner_holding_name(CAPARTNER_HOLDING_UNKNOWN), "unknown");
    ck_assert_str_eq(capartner_holding_name(CAPARTNER_HOLDING_HELD), "held");
    ck_assert_str_eq(capartner_holding_name(CAPARTNER_HOLDING_NOT_HELD), "not_held");
    ck_assert_str_eq(capartner_certainty_name(CAPARTNER_CERTAINLY), "certainly");
    ck_assert_str_eq(capartner_certainty_name(CAPARTNER_POSSIBLY), "possibly");
    ck_assert_str_eq(capartner_name_kind_name(CAPARTNER_NAME_SHORT), "short");
    ck_assert_str_eq(capartner_name_kind_name(CAPARTNER_NAME_OFFICIAL), "official");
    ck_assert_str_eq(capartner_name_kind_name(CAPARTNER_NAME_ACRONYM), "acronym");
    ck_assert_str_eq(capartner_name_kind_name(CAPARTNER_NAME_ALIAS), "alias");
    ck_assert_str_eq(capartner_source_kind_name(CAPARTNER_SOURCE_PRIMARY), "primary");
    ck_assert_str_eq(capartner_source_kind_name(CAPARTNER_SOURCE_OFFICIAL), "official");
    ck_assert_str_eq(capartner_source_kind_name(CAPARTNER_SOURCE_SECONDARY), "secondary");
    ck_assert_str_eq(capartner_source_kind_name(CAPARTNER_SOURCE_REFERENCE), "reference");
    ck_assert_str_eq(capartner_place_kind_name(CAPARTNER_PLACE_CITY), "city");
    ck_assert_str_eq(capartner_place_kind_name(CAPARTNER_PLACE_RIVER), "river");
    ck_assert_str_eq(capartner_place_kind_name(CAPARTNER_PLACE_REGION), "region");
    /* the qualifier names are the words the date syntax uses */
    for (int q = CAPARTNER_QUALIFIER_EARLY; q <= CAPARTNER_QUALIFIER_AFTER; q++) {
        char text[32];
        strcpy(text, capartner_qualifier_name((capartner_qualifier)q));
        strcat(text, " 2014");
        capartner_date date;
        cp_assert_status(capartner_date_parse(text, &date), CAPARTNER_OK);
        ck_assert_int_eq(date.qualifier, q);
    }
}
END_TEST

START_TEST(test_parse_is_exact_and_case_sensitive) {
    capartner_role role = CAPARTNER_ROLE_HOST;
    cp_assert_status(capartner_role_parse("On_hold", &role), CAPARTNER_ERR_NOT_FOUND);
    ck_assert_int_eq(role, 0);
    cp_assert_status(capartner_role_parse("on hold", &role), CAPARTNER_ERR_NOT_FOUND);
    cp_assert_status(capartner_role_parse("on_hold ", &role), CAPARTNER_ERR_NOT_FOUND);
    cp_assert_status(capartner_role_parse("on_hol", &role), CAPARTNER_ERR_NOT_FOUND);
    cp_assert_status(capartner_role_parse("on_hold", &role), CAPARTNER_OK);
    ck_assert_int_eq(role, CAPARTNER_ROLE_ON_HOLD);
    capartner_body_kind kind;
    cp_assert_status(capartner_body_kind_parse("Programme", &kind), CAPARTNER_ERR_NOT_FOUND);
    cp_assert_status(capartner_body_kind_parse("program", &kind), CAPARTNER_ERR_NOT_FOUND);
    cp_assert_status(capartner_body_kind_parse("center", &kind), CAPARTNER_ERR_NOT_FOUND);
    cp_assert_status(capartner_body_kind_parse("organisation", &kind), CAPARTNER_ERR_NOT_FOUND);
    cp_assert_status(capartner_body_kind_parse("centre", &kind), CAPARTNER_OK);
    ck_assert_int_eq(kind, CAPARTNER_BODY_CENTRE);
    capartner_event_kind event_kind;
    cp_assert_status(capartner_event_kind_parse("SUMMIT", &event_kind), CAPARTNER_ERR_NOT_FOUND);
    cp_assert_status(capartner_event_kind_parse("summit", &event_kind), CAPARTNER_OK);
    ck_assert_int_eq(event_kind, CAPARTNER_EVENT_SUMMIT);
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("enums");
    TCase *tcase = cp_tcase("enums");
    tcase_add_test(tcase, test_body_kinds);
    tcase_add_test(tcase, test_roles);
    tcase_add_test(tcase, test_event_kinds);
    tcase_add_test(tcase, test_other_kinds);
    tcase_add_test(tcase, test_parse_is_exact_and_case_sensitive);
    suite_add_tcase(suite, tcase);
    return suite;
}
