#!/usr/bin/env python3
"""Writes a synthetic dataset in the real schema (data/README.md) for the
scaling benchmark: the nine TSV files, valid for the data compiler.

    bench/gen_synthetic.py --events 100000 --output /tmp/synthetic-1e5

Sizes grow with the number of events N, in roughly the real data's
proportions: countries N/5 (capped at 676, the number of ISO alpha-2 codes
AA..ZZ; numeric codes allow 999, alpha-2 is the tighter bound), places N/4,
bodies N/2, areas N/8, participations N, sources N/100 with 10 sections
each. Every country has four names (en short and official, fr, ru), every
body and place two (fr or en, and ru) so that folding of accented Latin and
of Cyrillic is exercised at every size.

A few records are "hot", so that filtered walks have a number of matches
proportional to N at every size: country KZ is in ~20% of events and ~10% of
participations, body pfp in ~5% of events, the first area in ~10%. Dates are
spread over 1990..2024 with every precision and qualifier. About 3% of
events and participations are alternatives of a preferred record.

Deterministic: the same --events and --seed give byte-identical files.
Python 3 standard library only.
"""
import argparse
import os
import random
import re
import string
import sys

YEARS = (1990, 2024)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def library_enums():
    """Each enumeration's names as lib/enums.c spells them, the words of the
    data files ({"role": ["member", ...], ...}): read from the one place they
    are defined, so that a kind added there is generated here too."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "lib",
                        "enums.c")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    arrays = re.finditer(r"static const char \*const (\w+)_names\[[^\]]*\] = \{(.*?)\};", text,
                         re.S)
    return {m.group(1): re.findall(r'"([^"]*)"', m.group(2)) for m in arrays}


ENUMS = library_enums()
BODY_KINDS, ROLES, EVENT_KINDS = ENUMS["body_kind"], ENUMS["role"], ENUMS["event_kind"]
PLACE_KINDS, SOURCE_KINDS = ENUMS["place_kind"], ENUMS["source_kind"]
CITE = ["source", "section", "paragraph"]


def first_day(text):
    """The first day of an unqualified date text, as YYYYMMDD."""
    parts = [int(p) for p in text.split("-")]
    return parts[0] * 10000 + (parts[1] if len(parts) > 1 else 1) * 100 + \
        (parts[2] if len(parts) > 2 else 1)


def last_day(text):
    """The last day of an unqualified date text, as YYYYMMDD."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return parts[0] * 10000 + parts[1] * 100 + parts[2]
    month = parts[1] if len(parts) > 1 else 12
    leap = parts[0] % 4 == 0 and (parts[0] % 100 != 0 or parts[0] % 400 == 0)
    days = 29 if month == 2 and leap else DAYS[month - 1]
    return parts[0] * 10000 + month * 100 + days


def scaled(n, divisor, minimum):
    return max(minimum, n // divisor)


class Writer:
    """One TSV file: header, then rows (lists of strings)."""

    def __init__(self, directory, table, columns):
        self.file = open(os.path.join(directory, table + ".tsv"), "w", encoding="utf-8",
                         newline="\n")
        self.file.write("\t".join(columns) + "\n")
        self.rows = []

    def row(self, fields):
        self.rows.append("\t".join(fields))
        if len(self.rows) >= 50000:
            self.flush()

    def flush(self):
        if self.rows:
            self.file.write("\n".join(self.rows) + "\n")
            self.rows = []

    def close(self):
        self.flush()
        self.file.close()


class Generator:
    def __init__(self, events, seed):
        self.n = events
        self.rng = random.Random(seed)
        self.countries = min(676, scaled(events, 5, 8))
        self.places = scaled(events, 4, 4)
        self.bodies = scaled(events, 2, 4)
        self.areas = scaled(events, 8, 2)
        self.participations = max(4, events)
        self.sources = scaled(events, 100, 2)
        self.sections = self.sources * 10
        self.content_dates = []  # each source's content date (else publication)
        self.body_starts = []  # each body's start, "" when none

    # ----------------------------------------------------------- helpers

    def date(self, year=None, allow_qualifier=True):
        """A random valid date text; returns (text, year)."""
        rng = self.rng
        y = year if year is not None else rng.randint(*YEARS)
        r = rng.random()
        if r < 0.40:
            m = rng.randint(1, 12)
            leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
            last = 29 if m == 2 and leap else DAYS[m - 1]
            text = "%04d-%02d-%02d" % (y, m, rng.randint(1, last))
            qualifiers = ["circa", "before", "after"]
        elif r < 0.70:
            text = "%04d-%02d" % (y, rng.randint(1, 12))
            qualifiers = ["early", "mid", "late", "circa", "before", "after"]
        else:
            text = "%04d" % y
            qualifiers = ["early", "mid", "late", "circa", "before", "after"]
        if allow_qualifier and rng.random() < 0.10:
            text = rng.choice(qualifiers) + " " + text
        return text, y

    def cite(self):
        section = self.rng.randrange(self.sections)
        return ["src-%d" % (section // 10), "sec-%d" % section, str(self.rng.randint(1, 40))]

    def pick(self, count, hot_probability, hot=0):
        """An index in [0, count): `hot` with the given probability."""
        if self.rng.random() < hot_probability:
            return hot
        return self.rng.randrange(count)

    # ----------------------------------------------------------- tables

    def write(self, directory):
        os.makedirs(directory, exist_ok=True)
        self.write_sources(directory)
        self.write_countries_and_places(directory)
        self.write_bodies_and_names(directory)
        self.write_areas(directory)
        self.write_participations(directory)
        self.write_events(directory)

    def write_sources(self, directory):
        w = Writer(directory, "sources", ["id", "kind", "title", "publisher", "url", "published",
                                          "content_date", "note"])
        for i in range(self.sources):
            kind = SOURCE_KINDS[0] if i == 0 else self.rng.choice(SOURCE_KINDS[1:])
            published = "%04d-%02d-%02d" % (self.rng.randint(2000, 2024), self.rng.randint(1, 12),
                                            self.rng.randint(1, 28))
            # every other source describes its year of publication, the rest its day
            content_date = published[:4] if i % 2 else ""
            self.content_dates.append(content_date or published)
            w.row(["src-%d" % i, kind, "Synthetic source %d" % i, "Synthetic publisher",
                   "https://example.org/src-%d" % i, published, content_date,
                   "Generated for the benchmark."])
        w.close()
        w = Writer(directory, "sections", ["id", "source", "ordinal", "title"])
        for i in range(self.sections):
            w.row(["sec-%d" % i, "src-%d" % (i // 10), str(i % 10 + 1), "Section %d" % i])
        w.close()

    def country_codes(self):
        letters = string.ascii_uppercase
        codes = [a + b for a in letters for b in letters if a + b != "KZ"]
        self.rng.shuffle(codes)
        codes = ["KZ"] + codes[: self.countries - 1]
        numerics = [n for n in range(1, 1000) if n != 398]
        self.rng.shuffle(numerics)
        numerics = [398] + numerics[: self.countries - 1]
        return codes, numerics

    def write_countries_and_places(self, directory):
        codes, numerics = self.country_codes()
        self.codes = codes
        # places first: a country's capital is one of its places
        place_country = []
        capital = {}
        w = Writer(directory, "places", ["id", "kind", "name", "country"] + CITE)
        for i in range(self.places):
            country = self.rng.randrange(self.countries) if self.rng.random() < 0.8 else None
            place_country.append(country)
            if country is not None and country not in capital:
                capital[country] = i
            w.row(["p%d" % i, self.rng.choice(PLACE_KINDS), "Town %d" % i,
                   codes[country] if country is not None else ""] + self.cite())
        w.close()
        w = Writer(directory, "countries", ["id", "alpha2", "alpha3", "numeric", "partner",
                                            "capital", "codes_source", "cow_code",
                                            "cow_abbreviation", "cow_source", "note"]
                   + CITE)
        for i, code in enumerate(codes):
            alpha3 = "KAZ" if code == "KZ" else code + "Q"
            cow = self.rng.random() < 0.5
            w.row([code, code, alpha3, "%03d" % numerics[i], "yes" if i < 5 else "no",
                   "p%d" % capital[i] if i in capital else "", "src-0",
                   str(self.rng.randint(1, 999)) if cow else "", code + "C" if cow else "",
                   "src-0" if cow else "", "Synthetic country %d." % i] + self.cite())
        w.close()
        self.place_country = place_country

    def write_bodies_and_names(self, directory):
        names = Writer(directory, "names", ["owner", "language", "kind", "text", "preferred",
                                            "valid_from", "valid_to"] + CITE)
        for i, code in enumerate(self.codes):
            owner = "country:" + code
            if code == "KZ":
                texts = [("en", "short", "Kazakhstan"), ("en", "official", "Republic of Kazakhstan"),
                         ("fr", "short", "Kazakhstan"), ("ru", "short", "Казахстан")]
            else:
                texts = [("en", "short", "Synthland %d" % i),
                         ("en", "official", "Republic of Synthland %d" % i),
                         ("fr", "short", "Pays synthétique %d" % i),
                         ("ru", "short", "Синтетия %d" % i)]
            for language, kind, text in texts:
                names.row([owner, language, kind, text, "yes", "", ""] + self.cite())
        for i in range(self.places):
            names.row(["place:p%d" % i, "en", "short", "Town %d" % i, "yes", "", ""] + self.cite())
            names.row(["place:p%d" % i, "ru", "short", "Город %d" % i, "yes", "", ""] + self.cite())

        w = Writer(directory, "bodies", ["id", "kind", "acronym", "name", "parent", "place",
                                         "started", "ended", "summary"] + CITE)
        for i in range(self.bodies):
            if i == 0:
                body_id, kind, acronym, name = "pfp", "programme", "PfP", "Partnership for Peace"
                fr, ru = "Partenariat pour la paix", "Партнёрство ради мира"
            else:
                body_id = "b%d" % i
                kind = self.rng.choice(BODY_KINDS)
                acronym = "B%dX" % i if self.rng.random() < 0.7 else ""
                name = "Synthetic body %d" % i
                fr, ru = "Organe synthétique %d" % i, "Синтетический орган %d" % i
            parent = "b%d" % self.rng.randrange(1, i) if i > 1 and self.rng.random() < 0.3 else ""
            place = "p%d" % self.rng.randrange(self.places) if self.rng.random() < 0.2 else ""
            started, ended = "", ""
            if self.rng.random() < 0.6:
                started, year = self.date(allow_qualifier=False)
                if self.rng.random() < 0.2 and year < YEARS[1]:
                    ended, _ = self.date(self.rng.randint(year + 1, YEARS[1]), False)
            self.body_starts.append(started)
            w.row([body_id, kind, acronym, name, parent, place, started, ended,
                   "A synthetic body."] + self.cite())
            names.row(["body:" + body_id, "fr", "short", fr, "yes", "", ""] + self.cite())
            names.row(["body:" + body_id, "ru", "short", ru, "yes", "", ""] + self.cite())
        w.close()
        names.close()

    def write_areas(self, directory):
        w = Writer(directory, "areas", ["id", "name", "summary"] + CITE)
        for i in range(self.areas):
            w.row(["area-%d" % i, "Area %d" % i, "A synthetic area of cooperation."] + self.cite())
        w.close()

    def write_participations(self, directory):
        w = Writer(directory, "participations", ["id", "country", "body", "role", "area", "started",
                                                 "ended", "reported", "summary",
                                                 "alternative_of"] + CITE)
        preferred = []
        for i in range(self.participations):
            alternative = ""
            if preferred and self.rng.random() < 0.03:
                j, country, body = self.rng.choice(preferred)
                alternative = "pa%d" % j
            else:
                country = self.pick(self.countries, 0.10)
                body = self.pick(self.bodies, 0.05)
            started, ended = "", ""
            year = self.rng.randint(*YEARS)
            if self.rng.random() < 0.8:
                started, year = self.date(year, False)
            if self.rng.random() < 0.3 and year < YEARS[1]:
                end_year = self.rng.randint(year + 1, YEARS[1])
                ended, _ = self.date(end_year, False)
                if self.rng.random() < 0.2:
                    ended = "before %04d" % end_year
            reported, _ = self.date(self.rng.randint(year, YEARS[1]), False)
            role, citation = self.rng.choice(ROLES), self.cite()
            # a source reports no day after its content date, nor before the
            # relation or its body began (the compiler refuses it): else the
            # record reports its source's content date (empty)
            content = self.content_dates[int(citation[0][len("src-"):])]
            begins = [last_day(reported) < first_day(d) for d in (started, self.body_starts[body])
                      if d]
            if first_day(reported) > last_day(content) or any(begins):
                reported = ""
            if not alternative:
                preferred.append((i, country, body))
            w.row(["pa%d" % i, self.codes[country], "pfp" if body == 0 else "b%d" % body,
                   role, "", started, ended, reported, "A synthetic relation.",
                   alternative] + citation)
        w.close()

    def write_events(self, directory):
        w = Writer(directory, "events", ["id", "date", "kind", "place", "countries", "bodies",
                                         "areas", "summary", "alternative_of"] + CITE)
        rng = self.rng
        preferred = []
        for i in range(self.n):
            date, _ = self.date()
            bare = date.split(" ")[-1]
            event_id = "%s-e%d" % (bare, i)
            countries = set()
            if rng.random() < 0.20:
                countries.add(0)
            for _ in range(rng.randint(1, 2)):
                countries.add(rng.randrange(self.countries))
            bodies = set()
            if rng.random() < 0.05:
                bodies.add(0)
            for _ in range(rng.randint(0, 2)):
                bodies.add(rng.randrange(self.bodies))
            areas = set()
            if rng.random() < 0.10:
                areas.add(0)
            if rng.random() < 0.5:
                areas.add(rng.randrange(self.areas))
            place = "p%d" % rng.randrange(self.places) if rng.random() < 0.5 else ""
            alternative = ""
            if preferred and rng.random() < 0.03:
                alternative = rng.choice(preferred)
            else:
                preferred.append(event_id)
            w.row([event_id, date, rng.choice(EVENT_KINDS), place,
                   ",".join(self.codes[c] for c in sorted(countries)),
                   ",".join("pfp" if b == 0 else "b%d" % b for b in sorted(bodies)),
                   ",".join("area-%d" % a for a in sorted(areas)),
                   "Synthetic event %d." % i, alternative] + self.cite())
        w.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, required=True, help="number of events")
    parser.add_argument("--output", required=True, help="directory to write the nine files to")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args()
    if args.events < 1:
        parser.error("--events must be at least 1")
    generator = Generator(args.events, args.seed)
    generator.write(args.output)
    print("%s: %d events, %d countries, %d places, %d bodies, %d areas, %d participations, "
          "%d sources, %d sections" % (args.output, generator.n, generator.countries,
                                        generator.places, generator.bodies, generator.areas,
                                        generator.participations, generator.sources,
                                        generator.sections), file=sys.stderr)


if __name__ == "__main__":
    main()
