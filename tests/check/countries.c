/* Countries: lookups by code and by name in any language and case, names,
 * capitals, Correlates of War codes, the five partners. */
#include "support.h"

#include <stdio.h>
#include <string.h>

struct partner {
    const char *alpha2, *alpha3;
    int numeric;
    const char *name, *capital;
    int cow_code;
    const char *cow_abbreviation;
};

/* supplementary-facts.md, "Reference data for countries" and COW codes */
static const struct partner partners[] = {
    {"KZ", "KAZ", 398, "Kazakhstan", "Astana", 705, "KZK"},
    {"KG", "KGZ", 417, "Kyrgyzstan", "Bishkek", 703, "KYR"},
    {"TJ", "TJK", 762, "Tajikistan", "Dushanbe", 702, "TAJ"},
    {"TM", "TKM", 795, "Turkmenistan", "Ashgabat", 701, "TKM"},
    {"UZ", "UZB", 860, "Uzbekistan", "Tashkent", 704, "UZB"},
};
enum { PARTNER_COUNT = sizeof partners / sizeof partners[0] };

static const capartner_country *by_alpha2(const char *code) {
    const capartner_country *country = NULL;
    cp_assert_status(capartner_country_by_alpha2(code, &country), CAPARTNER_OK);
    ck_assert_ptr_nonnull(country);
    return country;
}

/* find(key) gives the country with that alpha-2 code */
static void assert_finds(const char *key, const char *alpha2) {
    const capartner_country *country = NULL;
    capartner_status status = capartner_country_find(key, &country);
    ck_assert_msg(status == CAPARTNER_OK, "find(\"%s\"): %s", key, capartner_strerror(status));
    ck_assert_msg(country == by_alpha2(alpha2), "find(\"%s\") gave %s, expected %s", key,
                  capartner_country_id(country), alpha2);
}

START_TEST(test_find_kazakhstan_every_way) {
    static const char *const keys[] = {
        "KZ",
        "kz",
        "Kz",
        "KAZ",
        "kaz",
        "Kaz",
        "398",
        "Kazakhstan",
        "KAZAKHSTAN",
        "kazakhstan",
        "kAZAKHSTAN",
        "Republic of Kazakhstan",
        "REPUBLIC OF KAZAKHSTAN",
        "republic of kazakhstan",
        /* French */
        "République du Kazakhstan",
        "RÉPUBLIQUE DU KAZAKHSTAN",
        "république du kazakhstan",
        /* Russian */
        "Казахстан",
        "КАЗАХСТАН",
        "казахстан",
        "кАЗАХСТАН",
        "Республика Казахстан",
        "РЕСПУБЛИКА КАЗАХСТАН",
        /* Kazakh: Қ U+049A / қ U+049B */
        "Қазақстан",
        "ҚАЗАҚСТАН",
        "қазақстан",
        "Қазақстан Республикасы",
        "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ",
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        assert_finds(keys[i], "KZ");
}
END_TEST

START_TEST(test_find_other_partners_every_way) {
    static const struct {
        const char *key, *alpha2;
    } keys[] = {
        {"KG", "KG"},
        {"kgz", "KG"},
        {"417", "KG"},
        {"Kyrgyzstan", "KG"},
        {"Kyrgyz Republic", "KG"},
        {"the Kyrgyz Republic", "KG"},
        {"THE KYRGYZ REPUBLIC", "KG"},
        {"Kirghizistan", "KG"},
        {"République kirghize", "KG"},
        {"RÉPUBLIQUE KIRGHIZE", "KG"},
        {"Киргизия", "KG"},
        {"КИРГИЗИЯ", "KG"},
        {"Кыргызстан", "KG"},
        {"кыргызстан", "KG"},
        {"Кыргызская Республика", "KG"},
        {"Республика Кыргызстан", "KG"},
        {"Кыргыз Республикасы", "KG"},
        {"TJ", "TJ"},
        {"TJK", "TJ"},
        {"762", "TJ"},
        {"Tajikistan", "TJ"},
        {"Republic of Tajikistan", "TJ"},
        {"Tadjikistan", "TJ"},
        {"République du Tadjikistan", "TJ"},
        {"Таджикистан", "TJ"},
        {"Республика Таджикистан", "TJ"},
        /* Tajik: Ҷ U+04B6 / ҷ U+04B7 */
        {"Тоҷикистон", "TJ"},
        {"ТОҶИКИСТОН", "TJ"},
        {"Ҷумҳурии Тоҷикистон", "TJ"},
        {"ҶУМҲУРИИ ТОҶИКИСТОН", "TJ"},
        {"TM", "TM"},
        {"tkm", "TM"},
        {"795", "TM"},
        {"Turkmenistan", "TM"},
        {"Turkménistan", "TM"},
        {"TURKMÉNISTAN", "TM"},
        {"Туркменистан", "TM"},
        {"Туркмения", "TM"},
        {"Türkmenistan", "TM"},
        {"TÜRKMENISTAN", "TM"},
        {"UZ", "UZ"},
        {"UZB", "UZ"},
        {"860", "UZ"},
        {"Uzbekistan", "UZ"},
        {"Republic of Uzbekistan", "UZ"},
        {"Ouzbékistan", "UZ"},
        {"OUZBÉKISTAN", "UZ"},
        {"République d'Ouzbékistan", "UZ"},
        {"Узбекистан", "UZ"},
        {"Республика Узбекистан", "UZ"},
        /* Uzbek Latin with U+02BB MODIFIER LETTER TURNED COMMA */
        {"Oʻzbekiston", "UZ"},
        {"OʻZBEKISTON", "UZ"},
        {"oʻzbekiston", "UZ"},
        /* the apostrophes people type for it: ASCII, backquote, U+2019, U+02BC */
        {"O'zbekiston", "UZ"},
        {"O`zbekiston", "UZ"},
        {"O’zbekiston", "UZ"},
        {"Oʼzbekiston Respublikasi", "UZ"},
        /* without diacritics, decomposed, between spaces */
        {"Ouzbekistan", "UZ"},
        {"Republique kirghize", "KG"},
        {"Turkme\u0301nistan", "TM"},
        {" Kazakhstan", "KZ"},
        {"Kazakhstan \t", "KZ"},
        {"\u00a0Tajikistan\u00a0", "TJ"},
        {"  kz  ", "KZ"},
        {"Oʻzbekiston Respublikasi", "UZ"},
        {"AF", "AF"},
        {"AFG", "AF"},
        {"004", "AF"},
        {"Afghanistan", "AF"},
        {"Afganistan", NULL},
        /* former, transliterated and ASCII forms, from the sources of 2003-2021 */
        {"Kazakstan", "KZ"},
        {"Kazakh SSR", "KZ"},
        {"Kazakh Soviet Socialist Republic", "KZ"},
        {"Kirghizia", "KG"},
        {"KIRGHIZIA", "KG"},
        {"Kirghiz SSR", "KG"},
        {"Republic of Kyrgyzstan", "KG"},
        {"Turkmenia", "TM"},
        {"Turkmen SSR", "TM"},
        {"Tajik Soviet Socialist Republic", "TJ"},
        {"Tojikiston", "TJ"},
        {"O'zbekiston", "UZ"},
        {"o'zbekiston respublikasi", "UZ"},
        {"Uzbek SSR", "UZ"},
        {"Kazakhstn", NULL},
        {"Kirgizia", NULL},
        {"Central Asia", NULL},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        if (keys[i].alpha2 != NULL) {
            assert_finds(keys[i].key, keys[i].alpha2);
        } else {
            const capartner_country *country = by_alpha2("KZ");
            cp_assert_status(capartner_country_find(keys[i].key, &country),
                             CAPARTNER_ERR_NOT_FOUND);
            ck_assert_ptr_null(country);
        }
    }
}
END_TEST

START_TEST(test_by_alpha2) {
    const capartner_country *country;
    for (int i = 0; i < PARTNER_COUNT; i++) {
        country = by_alpha2(partners[i].alpha2);
        ck_assert_str_eq(capartner_country_alpha2(country), partners[i].alpha2);
        ck_assert_str_eq(capartner_country_id(country), partners[i].alpha2);
    }
    ck_assert_ptr_eq(by_alpha2("kz"), by_alpha2("KZ"));
    ck_assert_ptr_eq(by_alpha2("kZ"), by_alpha2("KZ"));
    /* wrong shapes: well-formed keys that are no alpha-2 code */
    static const char *const not_codes[] = {"K",   "KAZ",        "K1", "1K", "K-", "K ", " K",
                                            "398", "Kazakhstan", "ҚЗ", "ZZ", "XK", "QQ"};
    for (size_t i = 0; i < sizeof not_codes / sizeof not_codes[0]; i++) {
        country = by_alpha2("UZ");
        cp_assert_status(capartner_country_by_alpha2(not_codes[i], &country),
                         CAPARTNER_ERR_NOT_FOUND);
        ck_assert_ptr_null(country);
    }
}
END_TEST

START_TEST(test_by_alpha3) {
    const capartner_country *country;
    for (int i = 0; i < PARTNER_COUNT; i++) {
        cp_assert_status(capartner_country_by_alpha3(partners[i].alpha3, &country), CAPARTNER_OK);
        ck_assert_ptr_eq(country, by_alpha2(partners[i].alpha2));
        ck_assert_str_eq(capartner_country_alpha3(country), partners[i].alpha3);
    }
    cp_assert_status(capartner_country_by_alpha3("kaz", &country), CAPARTNER_OK);
    ck_assert_ptr_eq(country, by_alpha2("KZ"));
    cp_assert_status(capartner_country_by_alpha3("Afg", &country), CAPARTNER_OK);
    ck_assert_ptr_eq(country, by_alpha2("AF"));
    static const char *const not_codes[] = {"KZ",  "KAZA", "KA",  "KA1",        "K Z",
                                            "398", "ZZZ",  "AAA", "kazakhstan", "КАЗ"};
    for (size_t i = 0; i < sizeof not_codes / sizeof not_codes[0]; i++) {
        country = by_alpha2("UZ");
        cp_assert_status(capartner_country_by_alpha3(not_codes[i], &country),
                         CAPARTNER_ERR_NOT_FOUND);
        ck_assert_ptr_null(country);
    }
}
END_TEST

START_TEST(test_by_numeric) {
    const capartner_country *country;
    for (int i = 0; i < PARTNER_COUNT; i++) {
        cp_assert_status(capartner_country_by_numeric(partners[i].numeric, &country), CAPARTNER_OK);
        ck_assert_ptr_eq(country, by_alpha2(partners[i].alpha2));
        ck_assert_int_eq(capartner_country_numeric(country), partners[i].numeric);
    }
    cp_assert_status(capartner_country_by_numeric(4, &country), CAPARTNER_OK);
    ck_assert_ptr_eq(country, by_alpha2("AF"));
    /* 999 and 1 are no ISO 3166-1 codes */
    country = by_alpha2("UZ");
    cp_assert_status(capartner_country_by_numeric(999, &country), CAPARTNER_ERR_NOT_FOUND);
    ck_assert_ptr_null(country);
    cp_assert_status(capartner_country_by_numeric(1, &country), CAPARTNER_ERR_NOT_FOUND);
    /* outside 1..999 */
    static const int out_of_range[] = {0, -1, -398, 1000, 1398, 2147483647, -2147483647 - 1};
    for (size_t i = 0; i < sizeof out_of_range / sizeof out_of_range[0]; i++) {
        country = by_alpha2("UZ");
        cp_assert_status(capartner_country_by_numeric(out_of_range[i], &country),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        ck_assert_ptr_null(country);
    }
}
END_TEST

/* Every country is found by its id, each code, its name and each of its
 * names, with the case of every ASCII and basic Cyrillic letter swapped.
 * The Cyrillic pairs, as UTF-8 (U+0400..045F): U+0400..040F <-> U+0450..045F
 * is D0 80..8F <-> D1 90..9F; U+0410..041F <-> U+0430..043F is D0 90..9F <->
 * D0 B0..BF; U+0420..042F <-> U+0440..044F is D0 A0..AF <-> D1 80..8F. */
static void swap_case(char *text) {
    unsigned char *s = (unsigned char *)text;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z') {
            *s = (unsigned char)(*s - 32);
        } else if (*s >= 'A' && *s <= 'Z') {
            *s = (unsigned char)(*s + 32);
        } else if ((s[0] == 0xD0 || s[0] == 0xD1) && (s[1] & 0xC0) == 0x80) {
            unsigned lead = s[0], next = s[1];
            if (lead == 0xD0 && next <= 0x8F)
                lead = 0xD1, next += 0x10;
            else if (lead == 0xD1 && next >= 0x90 && next <= 0x9F)
                lead = 0xD0, next -= 0x10;
            else if (lead == 0xD0 && next <= 0x9F)
                next += 0x20;
            else if (lead == 0xD0 && next >= 0xB0)
                next -= 0x20;
            else if (lead == 0xD0) /* A0..AF */
                lead = 0xD1, next -= 0x20;
            else if (next <= 0x8F) /* D1 80..8F */
                lead = 0xD0, next += 0x20;
            s[0] = (unsigned char)lead;
            s[1] = (unsigned char)next;
            s++;
        }
    }
}

static void assert_key_finds(const char *key, const capartner_country *expected) {
    const capartner_country *found = NULL;
    capartner_status status = capartner_country_find(key, &found);
    ck_assert_msg(status == CAPARTNER_OK && found == expected, "find(\"%s\") gave %s (%s), not %s",
                  key, capartner_country_id(found), capartner_strerror(status),
                  capartner_country_id(expected));
    char swapped[512];
    ck_assert_uint_lt(strlen(key), sizeof swapped);
    strcpy(swapped, key);
    swap_case(swapped);
    status = capartner_country_find(swapped, &found);
    ck_assert_msg(status == CAPARTNER_OK && found == expected, "find(\"%s\") gave %s (%s), not %s",
                  swapped, capartner_country_id(found), capartner_strerror(status),
                  capartner_country_id(expected));
}

START_TEST(test_every_key_of_every_country) {
    size_t count = capartner_country_count();
    ck_assert_uint_ge(count, 6);
    for (size_t i = 0; i < count; i++) {
        const capartner_country *country;
        cp_assert_status(capartner_country_at(i, &country), CAPARTNER_OK);
        ck_assert_uint_eq(capartner_country_index(country), i);
        const char *alpha2 = capartner_country_alpha2(country);
        const char *alpha3 = capartner_country_alpha3(country);
        ck_assert_uint_eq(strlen(alpha2), 2);
        ck_assert_uint_eq(strlen(alpha3), 3);
        ck_assert_str_eq(capartner_country_id(country), alpha2);
        for (int c = 0; c < 3; c++) {
            ck_assert(alpha3[c] >= 'A' && alpha3[c] <= 'Z');
            if (c < 2)
                ck_assert(alpha2[c] >= 'A' && alpha2[c] <= 'Z');
        }
        int numeric = capartner_country_numeric(country);
        ck_assert_int_ge(numeric, 1);
        ck_assert_int_le(numeric, 999);

        const capartner_country *found;
        cp_assert_status(capartner_country_by_alpha2(alpha2, &found), CAPARTNER_OK);
        ck_assert_ptr_eq(found, country);
        cp_assert_status(capartner_country_by_alpha3(alpha3, &found), CAPARTNER_OK);
        ck_assert_ptr_eq(found, country);
        cp_assert_status(capartner_country_by_numeric(numeric, &found), CAPARTNER_OK);
        ck_assert_ptr_eq(found, country);

        char code[8];
        snprintf(code, sizeof code, "%03d", numeric);
        assert_key_finds(code, country);
        assert_key_finds(alpha2, country);
        assert_key_finds(alpha3, country);
        assert_key_finds(capartner_country_name(country), country);
        size_t names = capartner_country_name_count(country);
        ck_assert_uint_ge(names, 1);
        for (size_t n = 0; n < names; n++) {
            const capartner_name *name;
            cp_assert_status(capartner_country_name_at(country, n, &name), CAPARTNER_OK);
            assert_key_finds(capartner_name_text(name), country);
        }
    }
}
END_TEST

START_TEST(test_exactly_five_partners) {
    size_t partner_count = 0;
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *country;
        cp_assert_status(capartner_country_at(i, &country), CAPARTNER_OK);
        if (!capartner_country_is_partner(country)) {
            /* why a non-partner is in the dataset */
            ck_assert_msg(capartner_country_note(country)[0] != '\0', "%s has no note",
                          capartner_country_id(country));
            continue;
        }
        ck_assert_int_eq(capartner_country_is_partner(country), 1);
        partner_count++;
        bool listed = false;
        for (int p = 0; p < PARTNER_COUNT; p++)
            listed |= strcmp(capartner_country_alpha2(country), partners[p].alpha2) == 0;
        ck_assert_msg(listed, "%s is marked a partner", capartner_country_id(country));
    }
    ck_assert_uint_eq(partner_count, 5);
    ck_assert_int_eq(capartner_country_is_partner(by_alpha2("AF")), 0);
}
END_TEST

START_TEST(test_partner_profiles) {
    for (int i = 0; i < PARTNER_COUNT; i++) {
        const capartner_country *country = by_alpha2(partners[i].alpha2);
        ck_assert_str_eq(capartner_country_name(country), partners[i].name);
        ck_assert_str_eq(capartner_country_alpha3(country), partners[i].alpha3);
        ck_assert_int_eq(capartner_country_numeric(country), partners[i].numeric);
        ck_assert_int_eq(capartner_country_cow_code(country), partners[i].cow_code);
        ck_assert_str_eq(capartner_country_cow_abbreviation(country), partners[i].cow_abbreviation);
        const capartner_place *capital = capartner_country_capital(country);
        ck_assert_ptr_nonnull(capital);
        ck_assert_str_eq(capartner_place_name(capital), partners[i].capital);
        ck_assert_int_eq(capartner_place_kind_of(capital), CAPARTNER_PLACE_CITY);
        ck_assert_ptr_eq(capartner_place_country(capital), country);
    }
    const capartner_country *afghanistan = by_alpha2("AF");
    ck_assert_str_eq(capartner_country_name(afghanistan), "Afghanistan");
    ck_assert_str_eq(capartner_country_alpha3(afghanistan), "AFG");
    ck_assert_int_eq(capartner_country_numeric(afghanistan), 4);
    ck_assert_int_eq(capartner_country_cow_code(afghanistan), 700);
    ck_assert_str_eq(capartner_country_cow_abbreviation(afghanistan), "AFG");
}
END_TEST

START_TEST(test_cow_codes_consistent) {
    /* a code and its abbreviation come together, and no two countries share one */
    size_t count = capartner_country_count();
    for (size_t i = 0; i < count; i++) {
        const capartner_country *a;
        cp_assert_status(capartner_country_at(i, &a), CAPARTNER_OK);
        int code = capartner_country_cow_code(a);
        const char *abbreviation = capartner_country_cow_abbreviation(a);
        ck_assert_int_eq(code == 0, abbreviation[0] == '\0');
        if (code == 0)
            continue;
        ck_assert_int_gt(code, 0);
        ck_assert_uint_eq(strlen(abbreviation), 3);
        for (size_t j = 0; j < i; j++) {
            const capartner_country *b;
            cp_assert_status(capartner_country_at(j, &b), CAPARTNER_OK);
            ck_assert_int_ne(capartner_country_cow_code(b), code);
        }
    }
}
END_TEST

static const char *name_in(const char *alpha2, const char *language, capartner_name_kind kind) {
    const capartner_name *name = NULL;
    capartner_status status = capartner_country_name_in(by_alpha2(alpha2), language, kind, &name);
    ck_assert_msg(status == CAPARTNER_OK, "%s %s %s: %s", alpha2, language,
                  capartner_name_kind_name(kind), capartner_strerror(status));
    ck_assert_str_eq(capartner_name_language(name), language);
    ck_assert_int_eq(capartner_name_kind_of(name), kind);
    ck_assert_int_eq(capartner_name_is_preferred(name), 1);
    return capartner_name_text(name);
}

START_TEST(test_names_in_languages) {
    const capartner_name_kind SHORT = CAPARTNER_NAME_SHORT, OFFICIAL = CAPARTNER_NAME_OFFICIAL;
    ck_assert_str_eq(name_in("KZ", "en", SHORT), "Kazakhstan");
    ck_assert_str_eq(name_in("KZ", "en", OFFICIAL), "Republic of Kazakhstan");
    ck_assert_str_eq(name_in("KZ", "fr", SHORT), "Kazakhstan");
    ck_assert_str_eq(name_in("KZ", "fr", OFFICIAL), "République du Kazakhstan");
    ck_assert_str_eq(name_in("KZ", "ru", SHORT), "Казахстан");
    ck_assert_str_eq(name_in("KZ", "ru", OFFICIAL), "Республика Казахстан");
    ck_assert_str_eq(name_in("KZ", "kk", SHORT), "Қазақстан");
    ck_assert_str_eq(name_in("KZ", "kk", OFFICIAL), "Қазақстан Республикасы");

    ck_assert_str_eq(name_in("KG", "en", SHORT), "Kyrgyzstan");
    ck_assert_str_eq(name_in("KG", "en", OFFICIAL), "Kyrgyz Republic");
    ck_assert_str_eq(name_in("KG", "fr", SHORT), "Kirghizistan");
    ck_assert_str_eq(name_in("KG", "fr", OFFICIAL), "République kirghize");
    /* the table's forms are preferred over the alternatives */
    ck_assert_str_eq(name_in("KG", "ru", SHORT), "Киргизия");
    ck_assert_str_eq(name_in("KG", "ru", OFFICIAL), "Кыргызская Республика");
    ck_assert_str_eq(name_in("KG", "ky", SHORT), "Кыргызстан");
    ck_assert_str_eq(name_in("KG", "ky", OFFICIAL), "Кыргыз Республикасы");

    ck_assert_str_eq(name_in("TJ", "en", OFFICIAL), "Republic of Tajikistan");
    ck_assert_str_eq(name_in("TJ", "fr", SHORT), "Tadjikistan");
    ck_assert_str_eq(name_in("TJ", "ru", SHORT), "Таджикистан");
    ck_assert_str_eq(name_in("TJ", "tg", SHORT), "Тоҷикистон");
    ck_assert_str_eq(name_in("TJ", "tg", OFFICIAL), "Ҷумҳурии Тоҷикистон");

    ck_assert_str_eq(name_in("TM", "fr", SHORT), "Turkménistan");
    ck_assert_str_eq(name_in("TM", "ru", SHORT), "Туркменистан");
    ck_assert_str_eq(name_in("TM", "tk", SHORT), "Türkmenistan");

    ck_assert_str_eq(name_in("UZ", "en", OFFICIAL), "Republic of Uzbekistan");
    ck_assert_str_eq(name_in("UZ", "fr", SHORT), "Ouzbékistan");
    ck_assert_str_eq(name_in("UZ", "fr", OFFICIAL), "République d'Ouzbékistan");
    ck_assert_str_eq(name_in("UZ", "ru", OFFICIAL), "Республика Узбекистан");
    ck_assert_str_eq(name_in("UZ", "uz", SHORT), "Oʻzbekiston");
    ck_assert_str_eq(name_in("UZ", "uz", OFFICIAL), "Oʻzbekiston Respublikasi");

    ck_assert_str_eq(name_in("AF", "ru", SHORT), "Афганистан");

    /* no such language or kind */
    const capartner_name *name = NULL;
    cp_assert_status(capartner_country_name_in(by_alpha2("KZ"), "de", SHORT, &name),
                     CAPARTNER_ERR_NOT_FOUND);
    ck_assert_ptr_null(name);
    cp_assert_status(capartner_country_name_in(by_alpha2("KZ"), "EN", SHORT, &name),
                     CAPARTNER_ERR_NOT_FOUND);
    cp_assert_status(
        capartner_country_name_in(by_alpha2("KZ"), "en", CAPARTNER_NAME_ACRONYM, &name),
        CAPARTNER_ERR_NOT_FOUND);
}
END_TEST

/* Non-preferred forms exist as names of their own. */
static bool has_name(const capartner_country *country, const char *language,
                     capartner_name_kind kind, const char *text, int preferred) {
    for (size_t i = 0; i < capartner_country_name_count(country); i++) {
        const capartner_name *name;
        cp_assert_status(capartner_country_name_at(country, i, &name), CAPARTNER_OK);
        if (strcmp(capartner_name_language(name), language) == 0 &&
            capartner_name_kind_of(name) == kind && strcmp(capartner_name_text(name), text) == 0)
            return capartner_name_is_preferred(name) == preferred;
    }
    return false;
}

START_TEST(test_alternative_names_not_preferred) {
    const capartner_country *kg = by_alpha2("KG");
    /* «Кыргызстан» is also Russian; iso-codes' «Республика Кыргызстан» is an alias */
    bool ru_short_alternative = has_name(kg, "ru", CAPARTNER_NAME_SHORT, "Кыргызстан", 0) ||
                                has_name(kg, "ru", CAPARTNER_NAME_ALIAS, "Кыргызстан", 0) ||
                                has_name(kg, "ru", CAPARTNER_NAME_ALIAS, "Кыргызстан", 1);
    ck_assert_msg(ru_short_alternative, "KG has no non-preferred Russian «Кыргызстан»");
    ck_assert(has_name(kg, "ru", CAPARTNER_NAME_ALIAS, "Республика Кыргызстан", 0) ||
              has_name(kg, "ru", CAPARTNER_NAME_ALIAS, "Республика Кыргызстан", 1) ||
              has_name(kg, "ru", CAPARTNER_NAME_OFFICIAL, "Республика Кыргызстан", 0));
    const capartner_country *tm = by_alpha2("TM");
    ck_assert(has_name(tm, "ru", CAPARTNER_NAME_SHORT, "Туркмения", 0) ||
              has_name(tm, "ru", CAPARTNER_NAME_ALIAS, "Туркмения", 0) ||
              has_name(tm, "ru", CAPARTNER_NAME_ALIAS, "Туркмения", 1));
}
END_TEST

/* One preferred name per language and kind at most; an English short name
 * always, and it is capartner_country_name. */
START_TEST(test_preferred_names_unique) {
    for (size_t i = 0; i < capartner_country_count(); i++) {
        const capartner_country *country;
        cp_assert_status(capartner_country_at(i, &country), CAPARTNER_OK);
        size_t count = capartner_country_name_count(country);
        for (size_t a = 0; a < count; a++) {
            const capartner_name *first;
            cp_assert_status(capartner_country_name_at(country, a, &first), CAPARTNER_OK);
            ck_assert_int_lt(capartner_name_kind_of(first), CAPARTNER_NAME_KIND_COUNT);
            ck_assert_uint_eq(strlen(capartner_name_language(first)), 2);
            if (!capartner_name_is_preferred(first))
                continue;
            const capartner_name *looked_up;
            cp_assert_status(capartner_country_name_in(country, capartner_name_language(first),
                                                       capartner_name_kind_of(first), &looked_up),
                             CAPARTNER_OK);
            ck_assert_ptr_eq(looked_up, first);
            for (size_t b = 0; b < a; b++) {
                const capartner_name *second;
                cp_assert_status(capartner_country_name_at(country, b, &second), CAPARTNER_OK);
                ck_assert_msg(!capartner_name_is_preferred(second) ||
                                  capartner_name_kind_of(second) != capartner_name_kind_of(first) ||
                                  strcmp(capartner_name_language(second),
                                         capartner_name_language(first)) != 0,
                              "%s has two preferred %s names in %s", capartner_country_id(country),
                              capartner_name_kind_name(capartner_name_kind_of(first)),
                              capartner_name_language(first));
            }
        }
        const capartner_name *english;
        cp_assert_status(capartner_country_name_in(country, "en", CAPARTNER_NAME_SHORT, &english),
                         CAPARTNER_OK);
        ck_assert_str_eq(capartner_name_text(english), capartner_country_name(country));
        const capartner_name *past_end = english;
        cp_assert_status(capartner_country_name_at(country, count, &past_end),
                         CAPARTNER_ERR_OUT_OF_RANGE);
        ck_assert_ptr_null(past_end);
    }
}
END_TEST

/* capartner_suggest: the nearest records, best first, each once, into the
 * caller's array; nothing when nothing is close; bad input refused. */
START_TEST(test_suggest) {
    capartner_suggestion found[4];
    size_t count = 99;
    cp_assert_status(capartner_suggest("Kirgizstan", found, 4, &count), CAPARTNER_OK);
    ck_assert_uint_ge(count, 1);
    ck_assert_int_eq(found[0].type, CAPARTNER_RECORD_COUNTRY);
    ck_assert_uint_eq(found[0].index, capartner_country_index(by_alpha2("KG")));
    ck_assert_str_eq(found[0].key, "Kyrgyzstan");
    ck_assert_uint_eq(found[0].distance, 2);
    for (size_t i = 1; i < count; i++) {
        ck_assert_uint_le(found[i - 1].distance, found[i].distance);
        ck_assert(found[i].type != found[0].type || found[i].index != found[0].index);
    }

    /* a typo in a body's acronym, a swap in a place's name, a prefix */
    cp_assert_status(capartner_suggest("PRAP", found, 1, &count), CAPARTNER_OK);
    ck_assert_uint_eq(count, 1);
    ck_assert_int_eq(found[0].type, CAPARTNER_RECORD_BODY);
    const capartner_body *body = NULL;
    cp_assert_status(capartner_body_at(found[0].index, &body), CAPARTNER_OK);
    ck_assert_str_eq(capartner_body_id(body), "parp");
    cp_assert_status(capartner_suggest("Tadjik", found, 1, &count), CAPARTNER_OK);
    ck_assert_uint_eq(count, 1);
    ck_assert_uint_eq(found[0].index, capartner_country_index(by_alpha2("TJ")));

    cp_assert_status(capartner_suggest("zzzzzzzzzzzzzz", found, 4, &count), CAPARTNER_OK);
    ck_assert_uint_eq(count, 0);
    cp_assert_status(capartner_suggest("Kazakstan", NULL, 0, &count), CAPARTNER_OK);
    ck_assert_uint_eq(count, 0);
    cp_assert_status(capartner_suggest("Kazakstan", NULL, 1, &count), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_suggest("Kazakstan", found, 1, NULL), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_suggest(NULL, found, 1, &count), CAPARTNER_ERR_NULL_ARGUMENT);
    cp_assert_status(capartner_suggest("", found, 1, &count), CAPARTNER_ERR_EMPTY_KEY);
    cp_assert_status(capartner_suggest("  ", found, 1, &count), CAPARTNER_ERR_EMPTY_KEY);
    cp_assert_status(capartner_suggest("\xff", found, 1, &count), CAPARTNER_ERR_INVALID_UTF8);
    char long_key[CAPARTNER_MAX_KEY_BYTES + 2];
    memset(long_key, 'a', sizeof long_key - 1);
    long_key[sizeof long_key - 1] = '\0';
    cp_assert_status(capartner_suggest(long_key, found, 1, &count), CAPARTNER_ERR_KEY_TOO_LONG);
    ck_assert_uint_eq(count, 0);
}
END_TEST

Suite *capartner_test_suite(void) {
    Suite *suite = suite_create("countries");
    TCase *lookup = cp_tcase("lookup");
    tcase_add_test(lookup, test_find_kazakhstan_every_way);
    tcase_add_test(lookup, test_find_other_partners_every_way);
    tcase_add_test(lookup, test_by_alpha2);
    tcase_add_test(lookup, test_by_alpha3);
    tcase_add_test(lookup, test_by_numeric);
    tcase_add_test(lookup, test_every_key_of_every_country);
    tcase_add_test(lookup, test_suggest);
    suite_add_tcase(suite, lookup);
    TCase *fields = cp_tcase("fields");
    tcase_add_test(fields, test_exactly_five_partners);
    tcase_add_test(fields, test_partner_profiles);
    tcase_add_test(fields, test_cow_codes_consistent);
    suite_add_tcase(suite, fields);
    TCase *names = cp_tcase("names");
    tcase_add_test(names, test_names_in_languages);
    tcase_add_test(names, test_alternative_names_not_preferred);
    tcase_add_test(names, test_preferred_names_unique);
    suite_add_tcase(suite, names);
    return suite;
}
