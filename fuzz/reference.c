/* Independent oracles for the fuzz harnesses (reference.h). */
#include "reference.h"

#include <string.h>

static const char *context_what = "";
static const char *context_bytes = NULL;
static size_t context_length = 0;

void fuzz_set_context(const char *what, const char *bytes, size_t length) {
    context_what = what;
    context_bytes = bytes;
    context_length = length;
}

_Noreturn void fuzz_fail(const char *file, int line, const char *condition) {
    fprintf(stderr, "\n*** invariant failed at %s:%d: %s\n*** while: %s\n", file, line, condition,
            context_what);
    if (context_bytes != NULL) {
        fputs("*** input: \"", stderr);
        for (size_t i = 0; i < context_length && i < 512; i++) {
            unsigned char c = (unsigned char)context_bytes[i];
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
                fputc(c, stderr);
            else
                fprintf(stderr, "\\x%02x", c);
        }
        fputs(context_length > 512 ? "\"...\n" : "\"\n", stderr);
    }
    abort();
}

bool fuzz_skip(const char *issue) {
    const char *list = getenv("CAPARTNER_FUZZ_SKIP");
    if (list == NULL)
        return false;
    size_t length = strlen(issue);
    for (const char *at = list; (at = strstr(at, issue)) != NULL; at += length) {
        bool starts = at == list || at[-1] == ',';
        bool ends = at[length] == '\0' || at[length] == ',';
        if (starts && ends)
            return true;
    }
    return false;
}

bool ref_status_known(capartner_status status) {
    switch (status) {
    case CAPARTNER_OK:
    case CAPARTNER_ERR_NULL_ARGUMENT:
    case CAPARTNER_ERR_EMPTY_KEY:
    case CAPARTNER_ERR_KEY_TOO_LONG:
    case CAPARTNER_ERR_INVALID_UTF8:
    case CAPARTNER_ERR_NOT_FOUND:
    case CAPARTNER_ERR_OUT_OF_RANGE:
    case CAPARTNER_ERR_INVALID_DATE:
    case CAPARTNER_ERR_INVALID_ARGUMENT:
    case CAPARTNER_ERR_NO_MEMORY:
        return true;
    }
    return false;
}

/* ------------------------------------------------------------------ UTF-8 */

static bool in(unsigned char byte, unsigned low, unsigned high) {
    return byte >= low && byte <= high;
}

size_t ref_utf8_decode(const unsigned char *s, uint32_t *code_point) {
    /* Table 3-7: the allowed range of each byte after the first */
    unsigned char b0 = s[0];
    if (b0 == 0)
        return 0;
    if (b0 <= 0x7F) {
        *code_point = b0;
        return 1;
    }
    size_t length;
    unsigned low1 = 0x80, high1 = 0xBF;
    if (in(b0, 0xC2, 0xDF)) {
        length = 2;
    } else if (b0 == 0xE0) {
        length = 3, low1 = 0xA0;
    } else if (in(b0, 0xE1, 0xEC) || in(b0, 0xEE, 0xEF)) {
        length = 3;
    } else if (b0 == 0xED) {
        length = 3, high1 = 0x9F;
    } else if (b0 == 0xF0) {
        length = 4, low1 = 0x90;
    } else if (in(b0, 0xF1, 0xF3)) {
        length = 4;
    } else if (b0 == 0xF4) {
        length = 4, high1 = 0x8F;
    } else {
        return 0;
    }
    if (!in(s[1], low1, high1))
        return 0;
    for (size_t i = 2; i < length; i++)
        if (!in(s[i], 0x80, 0xBF))
            return 0;
    uint32_t value = length == 2 ? (b0 & 0x1Fu) : length == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (size_t i = 1; i < length; i++)
        value = value << 6 | (s[i] & 0x3Fu);
    *code_point = value;
    return length;
}

bool ref_utf8_valid(const char *text) {
    const unsigned char *s = (const unsigned char *)text;
    while (*s != 0) {
        uint32_t code_point;
        size_t length = ref_utf8_decode(s, &code_point);
        if (length == 0)
            return false;
        s += length;
    }
    return true;
}

static size_t encode(uint32_t c, char *out) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | c >> 6);
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | c >> 12);
        out[1] = (char)(0x80 | (c >> 6 & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | c >> 18);
    out[1] = (char)(0x80 | (c >> 12 & 0x3F));
    out[2] = (char)(0x80 | (c >> 6 & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* --------------------------------------------------------------- case */

/* Blocks where upper and lower case alternate: `upper_parity` is the
 * parity (0 even, 1 odd) of the capital letters. */
struct alternating {
    uint32_t first, last;
    uint32_t upper_parity;
};

static const struct alternating alternating_blocks[] = {
    {0x0100, 0x012F, 0}, /* Latin Extended-A: Ā ā … Į į */
    {0x0132, 0x0137, 0}, /* Ĳ ĳ … Ķ ķ */
    {0x0139, 0x0148, 1}, /* Ĺ ĺ … Ň ň */
    {0x014A, 0x0177, 0}, /* Ŋ ŋ … Ŷ ŷ */
    {0x0179, 0x017E, 1}, /* Ź ź … Ž ž */
    {0x0460, 0x0481, 0}, /* Ѡ ѡ … Ҁ ҁ */
    {0x048A, 0x04BF, 0}, /* Ҋ ҋ … Ҿ ҿ (Kazakh Ғ Қ Ң Ү Ұ Һ, Tajik Ҳ Ҷ) */
    {0x04C1, 0x04CE, 1}, /* Ӂ ӂ … Ӎ ӎ */
    {0x04D0, 0x052F, 0}, /* Ӑ ӑ … (Kazakh Ә Ө, Tajik Ӣ Ӯ) */
};

uint32_t ref_lower(uint32_t c) {
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c == 0x0130) /* İ: the library folds it to a plain i */
        return 'i';
    if (c == 0x0178) /* Ÿ */
        return 0xFF;
    if (c >= 0x0400 && c <= 0x040F) /* Ѐ … Џ */
        return c + 80;
    if (c >= 0x0410 && c <= 0x042F) /* А … Я */
        return c + 32;
    if (c == 0x04C0) /* palochka */
        return 0x04CF;
    for (size_t i = 0; i < sizeof alternating_blocks / sizeof alternating_blocks[0]; i++) {
        const struct alternating *block = &alternating_blocks[i];
        if (c >= block->first && c <= block->last && (c & 1u) == block->upper_parity)
            return c + 1;
    }
    return c;
}

uint32_t ref_upper(uint32_t c) {
    if (c >= 'a' && c <= 'z')
        return c - 32;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
        return c - 32;
    if (c == 0xFF)
        return 0x0178;
    if (c >= 0x0450 && c <= 0x045F)
        return c - 80;
    if (c >= 0x0430 && c <= 0x044F)
        return c - 32;
    if (c == 0x04CF)
        return 0x04C0;
    for (size_t i = 0; i < sizeof alternating_blocks / sizeof alternating_blocks[0]; i++) {
        const struct alternating *block = &alternating_blocks[i];
        if (c > block->first && c <= block->last && (c & 1u) != block->upper_parity)
            return c - 1;
    }
    return c;
}

/* --------------------------------------------------------------- folding */

/* Latin letters with diacritics by their base letter: Unicode's canonical
 * decompositions, and the letters with a stroke or without a dot that have
 * none (ı ø đ ł ħ ŧ ŀ), spelled out as text. */
static const struct {
    char base;
    const char *letters;
} latin_groups[] = {
    {'a', "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ"},
    {'b', "ḂḃḄḅḆḇ"},
    {'c', "ÇçĆćĈĉĊċČčḈḉ"},
    {'d', "ĎďĐđḊḋḌḍḎḏḐḑḒḓ"},
    {'e', "ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ"},
    {'f', "Ḟḟ"},
    {'g', "ĜĝĞğĠġĢģǦǧǴǵḠḡ"},
    {'h', "ĤĥĦħȞȟḢḣḤḥḦḧḨḩḪḫẖ"},
    {'i', "ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐȈȉȊȋḬḭḮḯỈỉỊị"},
    {'j', "Ĵĵǰ"},
    {'k', "ĶķǨǩḰḱḲḳḴḵ"},
    {'l', "ĹĺĻļĽľĿŀŁłḶḷḸḹḺḻḼḽ"},
    {'m', "ḾḿṀṁṂṃ"},
    {'n', "ÑñŃńŅņŇňǸǹṄṅṆṇṈṉṊṋ"},
    {'o', "ÒÓÔÕÖØòóôõöøŌōŎŏŐőƠơǑǒǪǫǬǭǾǿȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ"},
    {'p', "ṔṕṖṗ"},
    {'r', "ŔŕŖŗŘřȐȑȒȓṘṙṚṛṜṝṞṟ"},
    {'s', "ŚśŜŝŞşŠšȘșṠṡṢṣṤṥṦṧṨṩ"},
    {'t', "ŢţŤťŦŧȚțṪṫṬṭṮṯṰṱẗ"},
    {'u', "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự"},
    {'v', "ṼṽṾṿ"},
    {'w', "ŴŵẀẁẂẃẄẅẆẇẈẉẘ"},
    {'x', "ẊẋẌẍ"},
    {'y', "ÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ"},
    {'z', "ŹźŻżŽžẐẑẒẓẔẕ"},
};

/* The groups above as a table by code point, made on first use: decoding the
 * text for every code point made the folding most of a run's time. */
enum { LATIN_TABLE_END = 0x1F00 };

static uint32_t base_letter(uint32_t c) {
    static char base_of[LATIN_TABLE_END]; /* 0: not a letter of the groups */
    static bool made;
    if (!made) {
        for (size_t i = 0; i < sizeof latin_groups / sizeof latin_groups[0]; i++) {
            const unsigned char *s = (const unsigned char *)latin_groups[i].letters;
            uint32_t letter;
            for (size_t length; (length = ref_utf8_decode(s, &letter)) != 0; s += length) {
                FUZZ_CHECK(letter < LATIN_TABLE_END);
                base_of[letter] = latin_groups[i].base;
            }
        }
        made = true;
    }
    return c < LATIN_TABLE_END && base_of[c] != 0 ? (unsigned char)base_of[c] : c;
}

uint32_t ref_fold_point(uint32_t c) {
    static const uint32_t apostrophes[] = {'`',   0xB4,   0x2B9,  0x2BB,  0x2BC, 0x2BE,
                                           0x2BF, 0x2018, 0x2019, 0x201B, 0x2032};
    for (size_t i = 0; i < sizeof apostrophes / sizeof apostrophes[0]; i++)
        if (c == apostrophes[i])
            return '\'';
    if (c == 0xA0 || (c >= '\t' && c <= '\r'))
        return ' ';
    uint32_t base = base_letter(c);
    return base != c ? base : ref_lower(c);
}

size_t ref_fold(const char *text, char *out, size_t *untrimmed) {
    const unsigned char *s = (const unsigned char *)text;
    size_t length = 0;
    while (*s != 0) {
        uint32_t code_point;
        size_t consumed = ref_utf8_decode(s, &code_point);
        if (consumed == 0) {
            out[0] = '\0';
            return SIZE_MAX;
        }
        s += consumed;
        /* a combining mark after a Latin letter: a decomposed letter */
        if (code_point >= 0x300 && code_point <= 0x36F && length > 0 && out[length - 1] >= 'a' &&
            out[length - 1] <= 'z')
            continue;
        length += encode(ref_fold_point(code_point), out + length);
    }
    if (untrimmed != NULL)
        *untrimmed = length;
    size_t start = 0;
    while (start < length && out[start] == ' ')
        start++;
    while (length > start && out[length - 1] == ' ')
        length--;
    memmove(out, out + start, length - start);
    out[length - start] = '\0';
    return length - start;
}

void ref_change_case(const char *text, char *out, bool upper) {
    const unsigned char *s = (const unsigned char *)text;
    size_t length = 0;
    while (*s != 0) {
        uint32_t code_point;
        size_t consumed = ref_utf8_decode(s, &code_point);
        if (consumed == 0)
            break;
        uint32_t changed = upper ? ref_upper(code_point) : ref_lower(code_point);
        if (code_point == 0x0130)
            changed = code_point; /* İ -> i is one byte shorter: leave it */
        length += encode(changed, out + length);
        s += consumed;
    }
    out[length] = '\0';
}

capartner_status ref_key_status(const char *key) {
    size_t length = strlen(key);
    if (length == 0)
        return CAPARTNER_ERR_EMPTY_KEY;
    if (length > CAPARTNER_MAX_KEY_BYTES)
        return CAPARTNER_ERR_KEY_TOO_LONG;
    if (!ref_utf8_valid(key))
        return CAPARTNER_ERR_INVALID_UTF8;
    return CAPARTNER_OK;
}

/* ------------------------------------------------------------------ dates */

static bool leap_year(int year) {
    return year % 400 == 0 || (year % 4 == 0 && year % 100 != 0);
}

static int month_length(int year, int month) {
    switch (month) {
    case 2:
        return leap_year(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
        return 30;
    default:
        return 31;
    }
}

bool ref_date_valid(capartner_date d) {
    if (d.reserved[0] != 0 || d.reserved[1] != 0 || d.qualifier > CAPARTNER_QUALIFIER_AFTER)
        return false;
    if (d.precision == CAPARTNER_PRECISION_UNKNOWN)
        return d.year == 0 && d.month == 0 && d.day == 0 && d.qualifier == 0;
    if (d.precision > CAPARTNER_PRECISION_DAY || d.year < 1 || d.year > 9999)
        return false;
    bool has_month = d.precision >= CAPARTNER_PRECISION_MONTH;
    bool has_day = d.precision == CAPARTNER_PRECISION_DAY;
    if (has_month ? d.month < 1 || d.month > 12 : d.month != 0)
        return false;
    if (has_day ? d.day < 1 || d.day > month_length(d.year, d.month) : d.day != 0)
        return false;
    /* early/mid/late of one day means nothing */
    if (has_day &&
        (d.qualifier == CAPARTNER_QUALIFIER_EARLY || d.qualifier == CAPARTNER_QUALIFIER_MID ||
         d.qualifier == CAPARTNER_QUALIFIER_LATE))
        return false;
    /* nothing lies before 0001-01-01 or after 9999-12-31 */
    bool first_day_of_calendar =
        d.year == 1 && (!has_month || d.month == 1) && (!has_day || d.day == 1);
    bool last_day_of_calendar =
        d.year == 9999 && (!has_month || d.month == 12) && (!has_day || d.day == 31);
    if ((d.qualifier == CAPARTNER_QUALIFIER_BEFORE && first_day_of_calendar) ||
        (d.qualifier == CAPARTNER_QUALIFIER_AFTER && last_day_of_calendar))
        return false;
    return true;
}

static const char *const qualifier_prefixes[] = {"early ", "mid ",    "late ",
                                                 "circa ", "before ", "after "};

static bool digits(const char *text, int count, int *value) {
    *value = 0;
    for (int i = 0; i < count; i++) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        *value = *value * 10 + (text[i] - '0');
    }
    return true;
}

capartner_status ref_date_parse(const char *text, capartner_date *out) {
    memset(out, 0, sizeof *out);
    if (text[0] == '\0')
        return CAPARTNER_ERR_EMPTY_KEY;
    if (strcmp(text, "unknown") == 0)
        return CAPARTNER_OK;
    if (!ref_utf8_valid(text))
        return CAPARTNER_ERR_INVALID_UTF8;
    capartner_date d;
    memset(&d, 0, sizeof d);
    for (size_t i = 0; i < 6; i++) {
        size_t length = strlen(qualifier_prefixes[i]);
        if (strncmp(text, qualifier_prefixes[i], length) == 0) {
            d.qualifier = (uint8_t)(i + 1);
            text += length;
            break;
        }
    }
    /* YYYY, YYYY-MM or YYYY-MM-DD and nothing else */
    size_t length = strlen(text);
    int year = 0, month = 0, day = 0;
    if (length != 4 && length != 7 && length != 10)
        return CAPARTNER_ERR_INVALID_DATE;
    if (!digits(text, 4, &year))
        return CAPARTNER_ERR_INVALID_DATE;
    d.precision = CAPARTNER_PRECISION_YEAR;
    if (length >= 7) {
        if (text[4] != '-' || !digits(text + 5, 2, &month))
            return CAPARTNER_ERR_INVALID_DATE;
        d.precision = CAPARTNER_PRECISION_MONTH;
    }
    if (length == 10) {
        if (text[7] != '-' || !digits(text + 8, 2, &day))
            return CAPARTNER_ERR_INVALID_DATE;
        d.precision = CAPARTNER_PRECISION_DAY;
    }
    d.year = (int16_t)year;
    d.month = (uint8_t)month;
    d.day = (uint8_t)day;
    if (!ref_date_valid(d))
        return CAPARTNER_ERR_INVALID_DATE;
    *out = d;
    return CAPARTNER_OK;
}

/* Days since 0000-03-01 of a proleptic Gregorian date, and back: the day
 * before and after are found by arithmetic, not by calendar cases. */
static long day_number(int year, int month, int day) {
    if (month <= 2)
        year -= 1, month += 12;
    long y = year;
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (month - 3) + 2) / 5 + day - 1;
}

static int32_t ymd_of_day_number(long n) {
    /* search the year, then the month: slow and obviously right */
    int year = (int)(n / 366);
    while (day_number(year + 1, 1, 1) <= n)
        year++;
    int month = 1;
    while (month < 12 && day_number(year, month + 1, 1) <= n)
        month++;
    int day = (int)(n - day_number(year, month, 1)) + 1;
    return (int32_t)(year * 10000 + month * 100 + day);
}

static long day_number_of(int32_t ymd) {
    return day_number((int)(ymd / 10000), (int)(ymd / 100 % 100), (int)(ymd % 100));
}

int32_t ref_day_add(int32_t ymd, int days) {
    return ymd_of_day_number(day_number_of(ymd) + days);
}

enum { OPEN_FIRST = 0, OPEN_LAST = 99991231 };

/* "circa": a year, month or day (the date's precision) more on each side,
 * within years 1..9999 */
static void ref_circa_widen(capartner_date d, int32_t *first, int32_t *last) {
    int year = d.year, month = d.month;
    if (d.precision == CAPARTNER_PRECISION_YEAR) {
        *first = year > 1 ? (int32_t)((year - 1) * 10000 + 101) : 10101;
        *last = year < 9999 ? (int32_t)((year + 1) * 10000 + 1231) : 99991231;
    } else if (d.precision == CAPARTNER_PRECISION_MONTH) {
        int before_year = month > 1 ? year : year - 1, before_month = month > 1 ? month - 1 : 12;
        int after_year = month < 12 ? year : year + 1, after_month = month < 12 ? month + 1 : 1;
        *first = before_year >= 1 ? (int32_t)(before_year * 10000 + before_month * 100 + 1) : 10101;
        *last = after_year <= 9999 ? (int32_t)(after_year * 10000 + after_month * 100 +
                                               month_length(after_year, after_month))
                                   : 99991231;
    } else {
        *first = *first == 10101 ? 10101 : ref_day_add(*first, -1);
        *last = *last == 99991231 ? 99991231 : ref_day_add(*last, 1);
    }
}

void ref_date_bounds(capartner_date d, int32_t *earliest, int32_t *latest) {
    if (d.precision == CAPARTNER_PRECISION_UNKNOWN) {
        *earliest = OPEN_FIRST;
        *latest = OPEN_LAST;
        return;
    }
    int year = d.year;
    int32_t first, last;
    if (d.precision == CAPARTNER_PRECISION_YEAR) {
        int first_month = 1, last_month = 12;
        if (d.qualifier == CAPARTNER_QUALIFIER_EARLY)
            last_month = 4;
        else if (d.qualifier == CAPARTNER_QUALIFIER_MID)
            first_month = 5, last_month = 8;
        else if (d.qualifier == CAPARTNER_QUALIFIER_LATE)
            first_month = 9;
        first = (int32_t)(year * 10000 + first_month * 100 + 1);
        last = (int32_t)(year * 10000 + last_month * 100 + month_length(year, last_month));
    } else if (d.precision == CAPARTNER_PRECISION_MONTH) {
        int first_day = 1, last_day = month_length(year, d.month);
        if (d.qualifier == CAPARTNER_QUALIFIER_EARLY)
            last_day = 10;
        else if (d.qualifier == CAPARTNER_QUALIFIER_MID)
            first_day = 11, last_day = 20;
        else if (d.qualifier == CAPARTNER_QUALIFIER_LATE)
            first_day = 21;
        first = (int32_t)(year * 10000 + d.month * 100 + first_day);
        last = (int32_t)(year * 10000 + d.month * 100 + last_day);
    } else {
        first = last = (int32_t)(year * 10000 + d.month * 100 + d.day);
    }
    if (d.qualifier == CAPARTNER_QUALIFIER_CIRCA)
        ref_circa_widen(d, &first, &last);
    if (d.qualifier == CAPARTNER_QUALIFIER_BEFORE) {
        *earliest = OPEN_FIRST;
        *latest = first == 10101 ? OPEN_FIRST : ymd_of_day_number(day_number_of(first) - 1);
    } else if (d.qualifier == CAPARTNER_QUALIFIER_AFTER) {
        *earliest = last == 99991231 ? OPEN_LAST : ymd_of_day_number(day_number_of(last) + 1);
        *latest = OPEN_LAST;
    } else {
        *earliest = first;
        *latest = last;
    }
}

int ref_date_compare(capartner_date a, capartner_date b) {
    bool a_unknown = a.precision == CAPARTNER_PRECISION_UNKNOWN;
    bool b_unknown = b.precision == CAPARTNER_PRECISION_UNKNOWN;
    if (a_unknown || b_unknown)
        return (int)a_unknown - (int)b_unknown;
    int32_t a_first, a_last, b_first, b_last;
    ref_date_bounds(a, &a_first, &a_last);
    ref_date_bounds(b, &b_first, &b_last);
    if (a_first != b_first)
        return a_first < b_first ? -1 : 1;
    if (a_last != b_last)
        return a_last > b_last ? -1 : 1; /* the wider interval first */
    return (int)a.qualifier - (int)b.qualifier;
}
