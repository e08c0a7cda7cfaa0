"""timeline(), participations() and Query, checked against the C library.

Three independent references: a brute-force filter over every record (through
the table functions, not the query engine), capartner_query_count called
through a ctypes view declared in the test itself, and the C library's own
walk read through that view.
"""

from __future__ import annotations

import ctypes
import datetime
import gc
import unittest
from typing import List, Optional

import capartner
from capartner import (Event, EventKind, Holding, Order, Participation, PartialDate, Query,
                       Role)
from support import raw_find, raw_library

RAW = raw_library()


def raw_event_ids(country: Optional[str] = None, since: Optional[str] = None,
                  until: Optional[str] = None, possibly: bool = False) -> List[str]:
    """Event ids of a C query built and walked through the test's own ctypes view."""
    query = ctypes.c_void_p()
    assert RAW.capartner_query_new(0, ctypes.byref(query)) == 0
    try:
        if country is not None:
            handle = raw_find(RAW, "capartner_country_find", country)
            assert RAW.capartner_query_add_country(query, handle) == 0
        if since is not None or until is not None:
            assert RAW.capartner_query_set_range_text(
                query, since and since.encode(), until and until.encode(), 1 if possibly else 0
            ) == 0
        count = ctypes.c_size_t()
        assert RAW.capartner_query_count(query, ctypes.byref(count)) == 0
        ids = []
        while True:
            event = RAW.capartner_query_next_event(query)
            if not event:
                break
            ids.append(RAW.capartner_event_id(event).decode())
        assert len(ids) == count.value
        return ids
    finally:
        RAW.capartner_query_free(query)


def raw_participation_ids(body: str) -> List[str]:
    query = ctypes.c_void_p()
    assert RAW.capartner_query_new(1, ctypes.byref(query)) == 0
    try:
        assert RAW.capartner_query_add_body(query, raw_find(RAW, "capartner_body_find", body)) == 0
        ids = []
        while True:
            record = RAW.capartner_query_next_participation(query)
            if not record:
                break
            ids.append(RAW.capartner_participation_id(record).decode())
        return ids
    finally:
        RAW.capartner_query_free(query)


def ids(records: object) -> List[str]:
    return [record.id for record in records]  # type: ignore[attr-defined]


class Timeline(unittest.TestCase):
    def test_kazakhstan_matches_the_c_library(self) -> None:
        events = list(capartner.timeline(country="KZ"))
        self.assertTrue(events)
        self.assertTrue(all(isinstance(e, Event) for e in events))
        self.assertEqual(ids(events), raw_event_ids("KZ"))
        kz = capartner.country("KZ")
        brute = [e for e in Event.all() if e.is_preferred and kz in e.countries]
        self.assertEqual(events, brute)

    def test_every_country_matches_brute_force(self) -> None:
        for country in capartner.countries():
            with self.subTest(country=country.id):
                expected = [e for e in Event.all() if e.is_preferred and country in e.countries]
                self.assertEqual(list(capartner.timeline(country=country)), expected)
                self.assertEqual(len(Query.events(country=country)), len(expected))

    def test_whole_timeline(self) -> None:
        everything = list(capartner.timeline())
        self.assertEqual(everything, [e for e in Event.all() if e.is_preferred])
        self.assertEqual(ids(everything), raw_event_ids())
        self.assertEqual(RAW.capartner_event_count(), Event.count())
        with_alternatives = list(capartner.timeline(include_alternatives=True))
        self.assertEqual(with_alternatives, list(Event.all()))
        self.assertGreater(len(with_alternatives), len(everything))  # the data has alternatives
        newest = list(capartner.timeline(newest_first=True))
        self.assertEqual(newest, everything[::-1])

    def test_date_ranges(self) -> None:
        start, end = datetime.date(2013, 1, 1), datetime.date(2013, 12, 31)

        def bounds(e: Event) -> tuple:
            first, last = e.date.bounds()
            return first, last

        overlapping = [e for e in capartner.events() if e.is_preferred
                       and bounds(e)[0] <= 20131231 and bounds(e)[1] >= 20130101]
        within = [e for e in capartner.events() if e.is_preferred
                  and bounds(e)[0] >= 20130101 and bounds(e)[1] <= 20131231]
        self.assertTrue(within)
        for since, until in (("2013", "2013"), (PartialDate(2013), PartialDate(2013)),
                             (start, end), (2013, 2013), ("2013-01-01", "2013-12-31")):
            with self.subTest(since=since, until=until):
                self.assertEqual(list(capartner.timeline(since=since, until=until)), within)
                self.assertEqual(
                    list(capartner.timeline(since=since, until=until, possibly=True)),
                    overlapping)
        self.assertEqual(ids(within), raw_event_ids(since="2013", until="2013"))
        self.assertEqual(ids(overlapping),
                         raw_event_ids(since="2013", until="2013", possibly=True))
        # each answer of a possibly query is marked
        with Query.events(country="UZ", since="2013", until="2013", possibly=True) as query:
            marks = {event.id: query.is_certain for event in iter(query.next, None)}
        self.assertTrue(marks["2013-12-deep-uzbekistan"])
        self.assertEqual(list(capartner.timeline(country="KZ", since="2030")), [])
        self.assertTrue(list(capartner.timeline(country="KZ", since="2030", possibly=True)))
        # one open end
        after = list(capartner.timeline(since="2019"))
        self.assertEqual(after, [e for e in capartner.events()
                                 if e.is_preferred and bounds(e)[0] >= 20190101])
        before = list(capartner.timeline(until=datetime.date(1993, 1, 1)))
        self.assertEqual(before, [e for e in capartner.events()
                                  if e.is_preferred and bounds(e)[1] <= 19930101])
        maybe_after = list(capartner.timeline(since="2019", possibly=True))
        self.assertEqual(maybe_after, [e for e in capartner.events()
                                       if e.is_preferred and bounds(e)[1] >= 20190101])
        self.assertEqual(list(capartner.timeline(since="", until="")), list(capartner.timeline()))
        self.assertEqual(list(capartner.timeline(since=PartialDate(), until=2013)),
                         list(capartner.timeline(until="2013")))

    def test_filters_combine(self) -> None:
        kz, kg = capartner.country("KZ"), capartner.country("KG")
        either = list(capartner.timeline(countries=[kz, "KG"]))
        self.assertEqual(either, [e for e in capartner.events() if e.is_preferred
                                  and (kz in e.countries or kg in e.countries)])
        self.assertEqual(list(capartner.timeline(country="KZ", countries="KG")), either)
        area = capartner.area("public-diplomacy")
        both = list(capartner.timeline(country=kz, area=area))
        self.assertEqual(both, [e for e in capartner.events() if e.is_preferred
                                and kz in e.countries and area in e.areas])
        body = capartner.body("pfp")
        self.assertEqual(list(capartner.timeline(body="PfP")),
                         [e for e in capartner.events() if e.is_preferred and body in e.bodies])
        self.assertEqual(list(capartner.timeline(bodies=["pfp", body])),
                         list(capartner.timeline(body=body)))
        self.assertEqual(list(capartner.timeline(areas=["public-diplomacy"])),
                         [e for e in capartner.events() if e.is_preferred and area in e.areas])
        kinds = [EventKind.SUMMIT, "exercise"]
        self.assertEqual(list(capartner.timeline(kinds=kinds)),
                         [e for e in capartner.events() if e.is_preferred
                          and e.kind in (EventKind.SUMMIT, EventKind.EXERCISE)])
        self.assertEqual(list(capartner.timeline(kind="summit")),
                         [e for e in capartner.events()
                          if e.is_preferred and e.kind == EventKind.SUMMIT])

    def test_bad_filters_raise_at_once(self) -> None:
        with self.assertRaises(capartner.NotFoundError):
            capartner.timeline(country="Atlantis")
        with self.assertRaises(capartner.InvalidDateError):
            capartner.timeline(since="2014-02-30")
        with self.assertRaisesRegex(ValueError, r"2014-02-30"):
            capartner.timeline(since="2014-02-30")
        with self.assertRaisesRegex(capartner.InvalidInputError,
                                    r"reversed: since='2015' begins after until='2014'"):
            capartner.timeline(since="2015", until="2014")  # reversed range
        with self.assertRaisesRegex(ValueError, r"kind 'party' is not one of: .*summit"):
            capartner.timeline(kind="party")
        with self.assertRaisesRegex(ValueError, r"role 'bogus' is not one of: member, "):
            capartner.participations(role="bogus")
        with self.assertRaisesRegex(ValueError, r"as_of='2016-13'"):
            capartner.participations(as_of="2016-13")
        with self.assertRaises(TypeError):
            capartner.timeline(country=2.5)  # type: ignore[arg-type]

    def test_iterator_frees_its_query(self) -> None:
        iterator = capartner.timeline(country="KZ")
        first = next(iterator)
        self.assertIsInstance(first, Event)
        query = iterator.gi_frame.f_locals["query"]  # type: ignore[attr-defined]
        self.assertFalse(query.closed)
        iterator.close()  # abandoned early: the finally block frees it
        self.assertTrue(query.closed)
        exhausted = capartner.timeline(country="KZ")
        list(exhausted)
        self.assertIsNone(exhausted.gi_frame)  # type: ignore[attr-defined]

    def test_many_unstarted_iterators_do_not_leak(self) -> None:
        for _ in range(2000):
            capartner.timeline(country="KZ")  # never started: Query.__del__ frees it
        gc.collect()


class Participations(unittest.TestCase):
    def test_parp_matches_the_c_library(self) -> None:
        parp = capartner.body("PARP")
        found = list(capartner.participations(body="PARP"))
        self.assertTrue(found)
        self.assertEqual(ids(found), raw_participation_ids("parp"))
        self.assertEqual(found, [p for p in Participation.all() if p.is_preferred and p.body == parp])
        statuses = {(p.country.alpha2, p.role) for p in found}
        self.assertIn(("KG", Role.ON_HOLD), statuses)
        self.assertIn(("KZ", Role.PARTICIPANT), statuses)

    def test_filters(self) -> None:
        everything = Participation.all()
        kg = capartner.country("KG")
        self.assertEqual(list(capartner.participations(country="KG")),
                         [p for p in everything if p.is_preferred and p.country == kg])
        self.assertEqual(list(capartner.participations(countries=["KG", "KZ"], role="on_hold")),
                         [p for p in everything if p.is_preferred and p.role == Role.ON_HOLD
                          and p.country.alpha2 in ("KG", "KZ")])
        self.assertEqual(list(capartner.participations(roles=[Role.HOST, Role.MEMBER])),
                         [p for p in everything if p.is_preferred
                          and p.role in (Role.HOST, Role.MEMBER)])
        self.assertEqual(list(capartner.participations(bodies=["parp", "pfp"])),
                         [p for p in everything if p.is_preferred
                          and p.body.id in ("parp", "pfp")])
        self.assertEqual(list(capartner.participations(include_alternatives=True)),
                         list(everything))
        self.assertEqual(list(capartner.participations(newest_first=True)),
                         list(capartner.participations())[::-1])

    def test_as_of(self) -> None:
        for as_of in ("2012", "2016-03", datetime.date(2016, 3, 1), PartialDate(2005)):
            with self.subTest(as_of=as_of):
                expected = [p for p in Participation.all()
                            if p.is_preferred and p.status_on(as_of) == Holding.HELD]
                self.assertEqual(list(capartner.participations(as_of=as_of)), expected)
                possible = [p for p in Participation.all()
                            if p.is_preferred and p.status_on(as_of) != Holding.NOT_HELD]
                self.assertEqual(list(capartner.participations(as_of=as_of, possibly=True)),
                                 possible)
        kg_2012 = {p.role for p in capartner.participations(country="KG", body="parp",
                                                            as_of="2012", possibly=True)}
        kg_2013 = {p.role for p in capartner.participations(country="KG", body="parp",
                                                            as_of="2013-06")}
        self.assertEqual(kg_2012, {Role.PARTICIPANT, Role.ON_HOLD})
        self.assertEqual(kg_2013, {Role.ON_HOLD})
        self.assertEqual(list(capartner.participations(body="ISAF", as_of="2020", possibly=True)),
                         [])
        with self.assertRaises(capartner.InvalidDateError):
            capartner.participations(as_of="unknown")
        with self.assertRaises(capartner.InvalidDateError):
            capartner.participations(as_of=PartialDate())


class QueryObject(unittest.TestCase):
    def test_low_level_walk(self) -> None:
        with Query(capartner.QueryKind.EVENTS) as query:
            self.assertEqual(query.kind, capartner.QueryKind.EVENTS)
            query.add_country("KZ").add_kind("exercise").set_order(Order.NEWEST_FIRST)
            total = query.count()
            self.assertEqual(len(query), total)
            first = query.next()
            self.assertIsInstance(first, Event)
            self.assertEqual(query.count(), total)  # count does not move the walk
            rest = []
            while (event := query.next()) is not None:
                rest.append(event)
            self.assertEqual(len(rest) + 1, total)
            self.assertIsNone(query.next())
            query.rewind()
            self.assertEqual(query.next(), first)
            self.assertEqual(list(query), [first] + rest)  # iterating rewinds
            self.assertEqual(list(query), [first] + rest)
            self.assertIn("matches", repr(query))
        self.assertTrue(query.closed)
        self.assertIn("closed", repr(query))
        with self.assertRaises(ValueError):
            query.next()
        with self.assertRaises(ValueError):
            query.count()
        query.close()  # twice is fine

    def test_a_closed_query_is_reused_empty(self) -> None:
        with Query("participations") as query:
            query.add_country("KZ").set_as_of("2012").set_order(Order.NEWEST_FIRST)
            handle = query._handle
        with Query("events") as again:
            self.assertEqual(again._handle, handle)  # the same C query, emptied
            self.assertEqual(again.kind, capartner.QueryKind.EVENTS)
            self.assertEqual(list(again), [e for e in Event.all() if e.is_preferred])
        # the spares are bounded: past eight, a closed query is freed
        from capartner import query as query_module

        many = [Query("events") for _ in range(12)]
        for each in many:
            each.close()
        self.assertEqual(len(query_module._spare_handles), 8)

    def test_batches_match_steps_and_cross_into_c_rarely(self) -> None:
        from capartner import _library

        names = ["capartner_query_new", "capartner_query_reset", "capartner_query_free",
                 "capartner_query_rewind", "capartner_query_next_event",
                 "capartner_query_next_indexes", "capartner_query_add_country"]
        calls = {name: 0 for name in names}
        originals = {name: getattr(_library.lib, name) for name in names}

        def counting(name: str):  # type: ignore[no-untyped-def]
            def proxy(*arguments):  # type: ignore[no-untyped-def]
                calls[name] += 1
                return originals[name](*arguments)
            return proxy

        list(capartner.timeline(country="KZ"))  # a spare C query to reuse
        for name in names:
            setattr(_library.lib, name, counting(name))
        try:
            events = list(capartner.timeline(country="KZ"))
        finally:
            for name in names:
                setattr(_library.lib, name, originals[name])
        self.assertEqual(ids(events), raw_event_ids("KZ"))
        self.assertGreater(len(events), 20)
        # reset + add_country + one batch + the empty batch that ends the walk
        self.assertEqual(calls, {**{name: 0 for name in names}, "capartner_query_reset": 1,
                                 "capartner_query_add_country": 1,
                                 "capartner_query_next_indexes": 2})
        # a POSSIBLY walk steps one match a call, so that is_certain tells each
        with Query("events") as query:
            query.set_range("2013", "2013", possibly=True)
            marks = []
            for event in query:
                marks.append(query.is_certain)
            self.assertIn(True, marks)
            self.assertIn(False, marks)  # "after 2001-09-11" may fall in 2013

    def test_set_range_and_as_of_variants(self) -> None:
        with Query("events") as query:
            query.set_range(PartialDate(2013), PartialDate(2013), possibly=True)
            by_value = list(query)
            query.set_range("2013", "2013", possibly=True)
            self.assertEqual(list(query), by_value)
            query.set_range(None, None)
            self.assertEqual(list(query), list(capartner.timeline()))
            query.include_alternatives()
            self.assertEqual(len(query), Event.count())
            query.include_alternatives(False)
            self.assertEqual(list(query), list(capartner.timeline()))
        with Query(capartner.QueryKind.PARTICIPATIONS) as query:
            query.add_body(capartner.body("parp")).add_role(Role.ON_HOLD)
            query.set_as_of(PartialDate("2016-03"), possibly=True)
            by_value = list(query)
            self.assertEqual(len(by_value), 2)  # Kyrgyzstan's and Uzbekistan's, unknown then
            query.set_as_of("2016-03", possibly=True)
            self.assertEqual(list(query), by_value)
            query.set_as_of(datetime.date(2016, 3, 1), possibly=True)
            self.assertEqual(list(query), by_value)
            self.assertTrue(all(isinstance(p, Participation) for p in by_value))

    def test_wrong_kind(self) -> None:
        with Query("participations") as query:
            for call in (lambda: query.add_kind("summit"),
                         lambda: query.set_range("2013", "2014")):
                with self.assertRaises(capartner.InvalidInputError) as caught:
                    call()
                self.assertEqual(caught.exception.status, capartner.Status.INVALID_ARGUMENT)
        with Query("events") as query:
            with self.assertRaises(capartner.InvalidInputError):
                query.add_role("host")
            with self.assertRaises(capartner.InvalidInputError):
                query.set_as_of("2014")
            with self.assertRaises(capartner.OutOfRangeError):
                query.add_kind(99)
            with self.assertRaises(capartner.OutOfRangeError):
                query.set_order(5)
        with self.assertRaises(capartner.OutOfRangeError):
            Query(7)


if __name__ == "__main__":
    unittest.main()
