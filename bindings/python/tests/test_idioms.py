"""The idioms Python users bring from pycountry and the standard library: get and
lookup, reprs with the key fields, one object per record, dicts and JSON in the
export's shape, ValueErrors that quote the bad value."""

from __future__ import annotations

import json
import unittest

import capartner
from capartner import Area, Body, Country, Event, Participation, Place, Section, Source
from capartner.records import _alpha2_memo

TABLES = [Source, Section, Country, Body, Place, Area, Participation, Event]


class GetAndLookup(unittest.TestCase):
    def test_get_is_none_when_nothing_matches(self) -> None:
        kz = capartner.country("KZ")
        self.assertIs(capartner.countries.get(alpha_2="KZ"), kz)
        self.assertIs(capartner.countries.get(alpha_2="kz"), kz)
        self.assertIs(capartner.countries.get(alpha_3="KAZ"), kz)
        self.assertIs(capartner.countries.get(numeric="398"), kz)
        self.assertIs(capartner.countries.get(numeric=398), kz)
        self.assertIs(capartner.countries.get(name="Казахстан"), kz)
        self.assertIs(capartner.countries.get("kazakhstan"), kz)
        self.assertIsNone(capartner.countries.get(alpha_2="XX"))
        self.assertIsNone(capartner.countries.get(alpha_3="KAZX"))
        self.assertIsNone(capartner.countries.get(numeric=999))
        self.assertIsNone(capartner.countries.get("Atlantis"))
        self.assertIsNone(capartner.bodies.get("no-such-body"))
        self.assertIs(capartner.bodies.get("PfP"), capartner.body("pfp"))
        with self.assertRaises(TypeError):
            capartner.countries.get(alpha_2="KZ", alpha_3="KAZ")
        with self.assertRaises(TypeError):
            capartner.countries.get()
        with self.assertRaisesRegex(ValueError, r"'3x8'"):
            capartner.countries.get(numeric="3x8")
        with self.assertRaises(ValueError):  # malformed, not merely unknown
            capartner.countries.get("")

    def test_lookup_raises_lookup_error(self) -> None:
        self.assertIs(capartner.countries.lookup("Kazakhstan"), capartner.country("KZ"))
        self.assertIs(capartner.places.lookup("Akmola"), capartner.place("astana"))
        with self.assertRaisesRegex(LookupError, r"'Atlantis'"):
            capartner.countries.lookup("Atlantis")
        with self.assertRaises(LookupError):
            capartner.areas.lookup("no-such-area")

    def test_not_found_suggests_the_nearest_names(self) -> None:
        with self.assertRaisesRegex(LookupError, r"'Kirgizstan'.*did you mean 'Kyrgyzstan'\?"):
            capartner.country("Kirgizstan")
        with self.assertRaisesRegex(LookupError, r"did you mean 'Partnership for Peace'\?"):
            capartner.body("Parnership for Peace")
        with self.assertRaises(LookupError) as caught:
            capartner.country("Atlantis")
        self.assertNotIn("did you mean", str(caught.exception))

    def test_tables_are_sequences(self) -> None:
        self.assertEqual(len(capartner.countries), Country.count())
        self.assertEqual(tuple(capartner.countries), capartner.countries())
        self.assertIs(capartner.events[0], Event.at(0))
        self.assertIn("Country", repr(capartner.countries))

    def test_code_answers_do_not_grow_with_bad_keys(self) -> None:
        answers = Country._memo.answers()
        before = (len(answers), len(_alpha2_memo.answers()))
        for number in range(500):
            self.assertIsNone(Country.get(f"no-such-country-{number}"))
            self.assertIsNone(Country.get(alpha_2=f"Q{number % 10}"))
        self.assertEqual((len(answers), len(_alpha2_memo.answers())), before)
        # the answers are the library's: a few of them asked of C again
        for key in ("KZ", "kz", "KAZ", "398", "Kazakhstan", "kazakhstan", "Казахстан"):
            self.assertIs(answers[key], Country._find_in_c(key))


class OneObjectPerRecord(unittest.TestCase):
    def test_same_object_every_time(self) -> None:
        self.assertIs(capartner.country("KZ"), capartner.country("Kazakhstan"))
        self.assertIs(capartner.country("KZ"), Country.at(capartner.country("KZ").index))
        first = list(capartner.timeline(country="KZ"))
        second = list(capartner.timeline(country="KZ"))
        self.assertEqual(len(first), len(second))
        for a, b in zip(first, second):
            self.assertIs(a, b)
        self.assertIs(first[0].countries[0], Country.find(first[0].countries[0].id))

    def test_fields_are_read_once_and_stay(self) -> None:
        event = Event.at(0)
        summary = event.summary
        self.assertIs(event.summary, summary)
        self.assertIs(event.countries, event.countries)
        with self.assertRaises(AttributeError):
            event.summary = "changed"  # type: ignore[misc]
        self.assertIs(event.summary, summary)


class Reprs(unittest.TestCase):
    def test_key_fields(self) -> None:
        self.assertEqual(repr(capartner.country("KZ")), "Country(alpha_2='KZ', name='Kazakhstan')")
        self.assertEqual(repr(capartner.body("pfp")),
                         "Body(id='pfp', acronym='PfP', name='Partnership for Peace')")
        self.assertEqual(repr(capartner.place("astana")), "Place(id='astana', name='Astana')")
        event = capartner.event("1994-05-27-kz-joins-pfp")
        self.assertEqual(repr(event), "Event(id='1994-05-27-kz-joins-pfp', date_text='1994-05-27')")
        participation = capartner.participation("kz-pfp-participant")
        self.assertEqual(repr(participation),
                         "Participation(id='kz-pfp-participant', role='participant')")


class Dicts(unittest.TestCase):
    def test_country_row(self) -> None:
        row = capartner.country("KZ").to_dict()
        self.assertEqual(row["alpha3"], "KAZ")
        self.assertEqual(row["numeric"], 398)
        self.assertIs(row["partner"], True)
        self.assertEqual(row["capital"], "astana")
        self.assertEqual(row["source"], capartner.country("KZ").citation.source.id)

    def test_event_row_has_lists_and_nulls(self) -> None:
        row = capartner.event("1994-05-27-kz-joins-pfp").to_dict()
        self.assertEqual(row["countries"], ["KZ"])
        self.assertEqual(row["date_earliest"], "1994-05-27")
        self.assertIsNone(row["place"])
        self.assertIsNone(row["alternative_of"])

    def test_every_record_to_json(self) -> None:
        for cls in TABLES:
            with self.subTest(table=cls.__name__):
                records = cls.all()
                decoded = json.loads(capartner.to_json(records))
                self.assertEqual(len(decoded), len(records))
                for record, row in zip(records, decoded):
                    self.assertEqual(row, record.to_dict())
                    self.assertEqual(row["id"], record.id)
                    self.assertNotIn("", row.values())  # absent values are null
        kz = capartner.country("KZ")
        self.assertIn("Казахстан", capartner.to_json(kz.names))
        with self.assertRaises(TypeError):
            capartner.to_json(object())


if __name__ == "__main__":
    unittest.main()
