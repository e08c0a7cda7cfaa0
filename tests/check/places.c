/* Places and the names they had over time. */
#include "support.h"

#include <string.h>

START_TEST(test_tashkent) {
    const capartner_place *tashkent = cp_place("Tashkent");
    ck_assert_ptr_eq(cp_place("tashkent"), tashkent);
    ck_assert_ptr_eq(cp_place("TASHKENT"), tashkent);
    ck_assert_str_eq(capartner_place_name(tashkent), "Tashkent");
    ck_assert_int_eq(capartner_place_kind_of(tashkent), CAPARTNER_PLACE_CITY);
    const capartner_country *uzbekistan = cp_country("UZ");
    ck_assert_ptr_eq(capartner_place_country(tashkent), uzbekistan);
    ck_assert_ptr_eq(capartner_country_capital(uzbekistan), tashkent);
}
END_TEST

/* "The preferred English name in use on a date": on the day of the primary
 * document every place had a name, its current one (Astana was Astana then
 * as now). A place with no rows in names.tsv still has its name. */
START_TEST(test_every_place_has_a_name_in_2016) {
    for (size_t i = 0; i < capartner_place_count(); i++) {
        const capartner_place *place;
        cp_assert_status(capartner_place_at(i, &place), CAPARTNER_OK);
        const capartner_name *name = NULL;
        capartner_status status = capartner_place_name_on(place, cp_date("2016-02-22"), &name);
        ck_assert_msg(status == CAPARTNER_OK, "%s: name on 2016-02-22: %s",
                      capartner_place_id(place), capartner_strerror(status));
        ck_assert_str_eq(capartner_name_text(name), capartner_place_name(place));
        ck_assert_str_eq(capartner_name_language(name), "en");
    }
}
END_TEST

START_TEST(test_places_of_the_source) {
    static const struct {
        const char *name, *country;
        capartner_place_kind kind;
    } places[] = {
        {"Almaty", "KZ", CAPARTNER_PLACE_CITY},   {"Bishkek", "KG", CAPARTNER_PLACE_CITY},
        {"Osh", "KG", CAPARTNER_PLACE_CITY},      {"Samarkand", "UZ", CAPARTNER_PLACE_CITY},
        {"Andijan", "UZ", CAPARTNER_PLACE_CITY},  {"Dushanbe", "TJ", CAPARTNER_PLACE_CITY},
        {"Ashgabat", "TM", CAPARTNER_PLACE_CITY}, {"Kabul", "AF", CAPARTNER_PLACE_CITY},
        {"Brussels", "BE", CAPARTNER_PLACE_CITY}, {"Mons", "BE", CAPARTNER_PLACE_CITY},
    };
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
        const capartner_place *place = cp_place(places[i].name);
        ck_assert_str_eq(capartner_place_name(place), places[i].name);
        ck_assert_int_eq(capartner_place_kind_of(place), places[i].kind);
        ck_assert_msg(capartner_place_country(place) == cp_country(places[i].country),
                      "%s is in %s, expected %s", places[i].name,
                      capartner_country_id(capartner_place_country(place)), places[i].country);
    }
    /* "the river Panj, which marks the border between Tajikistan and Afghanistan" */
    ck_assert_int_eq(capartner_place_kind_of(cp_place("Panj")), CAPARTNER_PLACE_RIVER);
}
END_TEST

/* capartner_place_name_on's answer for Astana at a date. */
static const char *astana_on(const char *date) {
    const capartner_name *name = NULL;
    capartner_status status = capartner_place_name_on(cp_place("Astana"), cp_date(date), &name);
    ck_assert_msg(status == CAPARTNER_OK, "name on %s: %s", date, capartner_strerror(status));
    ck_assert_str_eq(capartner_name_language(name), "en");
    ck_assert_msg(capartner_name_valid_on(name, cp_date(date)), "name on %s not valid then", date);
    return capartner_name_text(name);
}

START_TEST(test_astana_names_over_time) {
    const capartner_place *astana = cp_place("Astana");
    /* every name it had is a key */
    ck_assert_ptr_eq(cp_place("Akmola"), astana);
    ck_assert_ptr_eq(cp_place("Nur-Sultan"), astana);
    ck_assert_ptr_eq(cp_place("NUR-SULTAN"), astana);
    ck_assert_ptr_eq(cp_place("astana"), astana);
    ck_assert_str_eq(capartner_place_name(astana), "Astana");
    ck_assert_ptr_eq(capartner_place_country(astana), cp_country("KZ"));
    ck_assert_ptr_eq(capartner_country_capital(cp_country("KZ")), astana);

    /* the capital moved from Almaty in 1997, when the city was named Akmola */
    ck_assert_str_eq(astana_on("1997"), "Akmola");
    ck_assert_str_eq(astana_on("1997-12-10"), "Akmola");
    /* renamed Astana in 1998 */
    ck_assert_str_eq(astana_on("1999"), "Astana");
    ck_assert_str_eq(astana_on("2016-02-22"), "Astana");
    /* Nur-Sultan by decree of 23 Mar 2019: the renaming day belongs to the new name */
    ck_assert_str_eq(astana_on("2019-03-22"), "Astana");
    ck_assert_str_eq(astana_on("2019-03-23"), "Nur-Sultan");
    ck_assert_str_eq(astana_on("2020"), "Nur-Sultan");
    /* Astana again from 19 Sep 2022: TASS has the decree signed on the 17th
     * and in force from its publication on the 19th */
    ck_assert_str_eq(astana_on("2022-09-18"), "Nur-Sultan");
    ck_assert_str_eq(astana_on("2022-09-19"), "Astana");
    ck_assert_str_eq(astana_on("2026"), "Astana");

    /* the names carry their validity */
    bool found_nur_sultan = false;
    for (size_t i = 0; i < capartner_place_name_count(astana); i++) {
        const capartner_name *name;
        cp_assert_status(capartner_place_name_at(astana, i, &name), CAPARTNER_OK);
        if (strcmp(capartner_name_text(name), "Nur-Sultan") != 0)
            continue;
        found_nur_sultan = true;
        capartner_date from = capartner_name_valid_from(name);
        capartner_date to = capartner_name_valid_to(name);
        ck_assert_int_eq(cp_earliest(from), 20190323);
        ck_assert_int_eq(cp_earliest(to), 20220919);
        ck_assert_int_eq(capartner_name_valid_on(name, cp_date("2018")), 0);
        ck_assert_int_eq(capartner_name_valid_on(name, cp_date("2021")), 1);
        ck_assert_int_eq(capartner_name_valid_on(name, cp_date("2023")), 0);
        /* an unknown date is not a date the name was in use */
        ck_assert_int_eq(capartner_name_valid_on(name, cp_date("unknown")), 0);
    }
    ck_assert(found_nur_sultan);
}
END_TEST

START_TEST(test_name_on_bad_arguments) {
    const capartner_place *astana = cp_place("Astana");
    const capartner_name *name = (const capartner_name *)astana;
    cp_assert_status(capartner_place_name_on(astana, cp_date("unknown"), &name),
                     CAPARTNER_ERR_INVALID_DATE);
    ck_assert_ptr_null(name);
    capartner_date bad = cp_date("2014-06");
    bad.month = 13;
    name = (const capartner_name *)astana;
    cp_assert_status(capartner_place_name_on(astana, bad, &name), CAPARTNER_ERR_INVALID_DATE);
    ck_assert_ptr_null(name);
    name = (const capartner_name *)astana;
    cp_assert_status(capartner_place_name_on(NULL, cp_date("2014"), &name),
                     CAPARTNER_ERR_NULL_ARGUMENT);
    ck_assert_ptr_null(name);
    cp_assert_status(capartner_place_name_on(astana, cp_date("2014"), NULL),
                     CAPARTNER_ERR_NULL_ARGUMENT);
}
END_TEST

/* Every place is found by its id, its name and each of its names, and its
 * name on any date is one of its English names valid then. */
START_TEST(test_every_place) {
    size_t count = capartner_place_count();
    ck_assert_uint_ge(count, 10);
    for (size_t i = 0; i < count; i++) {
        const capartner_place *place, *found;
        cp_assert_status(capartner_place_at(i, &place), CAPARTNER_OK);
        ck_assert_uint_eq(capartner_place_index(place), i);
        ck_assert_int_lt(capartner_place_kind_of(place), CAPARTNER_PLACE_KIND_COUNT);
        cp_assert_status(capartner_place_find(capartner_place_id(place), &found), CAPARTNER_OK);
        ck_assert_ptr_eq(found, place);
        cp_assert_status(capartner_place_find(capartner_place_name(place), &found), CAPARTNER_OK);
        ck_assert_ptr_eq(found, place);
        size_t names = capartner_place_name_count(place);
        for (size_t n = 0; n < names; n++) {
            const capartner_name *name;
            cp_assert_status(capartner_place_name_at(place, n, &name), CAPARTNER_OK);
            cp_assert_status(capartner_place_find(capartner_name_text(name), &found), CAPARTNER_OK);
            ck_assert_ptr_eq(found, place);
        }
        const capartner_name *past_end = NULL;
        cp_assert_status(capartner_place_name_at(place, names, &past_end),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        ck_assert_ptr_null(past_end);

        static const char *const dates[] = {"1991",       "1997-06", "2005-05-13",
                                            "2016-02-22", "2019-06", "2024"};
        for (size_t d = 0; d < sizeof dates / sizeof dates[0]; d++) {
            const capartner_name *name = NULL;
            capartner_status status = capartner_place_name_on(place, cp_date(dates[d]), &name);
            if (status == CAPARTNER_ERR_NOT_FOUND) {
                ck_assert_ptr_null(name);
                continue;
            }
            cp_assert_status(status, CAPARTNER_OK);
            ck_assert_str_eq(capartner_name_language(name), "en");
            ck_assert(capartner_name_valid_on(name, cp_date(dates[d])));
            /* one of this place's names */
            bool own = false;
            for (size_t n = 0; n < names; n++) {
                const capartner_name *candidate;
                cp_assert_status(capartner_place_name_at(place, n, &candidate), CAPARTNER_OK);
                own |= candidate == name;
            }
            ck_assert(own);
        }
    }
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("places");
    TCase *tcase = cp_tcase("places");
    tcase_add_test(tcase, test_tashkent);
    tcase_add_test(tcase, test_places_of_the_source);
    tcase_add_test(tcase, test_astana_names_over_time);
    tcase_add_test(tcase, test_name_on_bad_arguments);
    tcase_add_test(tcase, test_every_place);
    tcase_add_test(tcase, test_every_place_has_a_name_in_2016);
    suite_add_tcase(suite, tcase);
    return suite;
}
