"""Enumerations and the mapping of status codes to exceptions."""

from __future__ import annotations

import ctypes
import unittest

import capartner
from capartner import (
    BodyKind,
    EventKind,
    NameKind,
    Order,
    PlaceKind,
    Precision,
    Qualifier,
    QueryKind,
    Certainty,
    Holding,
    Role,
    SourceKind,
    Status,
)
from capartner import _library

SPELLINGS = {
    BodyKind: ["organization", "council", "command", "programme", "mechanism", "project",
               "operation", "centre", "unit", "exercise", "office", "process", "plan", "route",
               "document", "institution", "concept", "treaty", "headquarters"],
    Role: ["member", "participant", "on_hold", "interest_expressed", "requested", "host",
           "lead_nation", "lead_contributor", "contributor", "represented", "beneficiary",
           "transit_provider", "supporter", "owner", "diplomatic_mission",
           "military_representative", "encouraged", "promoter", "cooperating", "in_talks"],
    EventKind: ["establishment", "accession", "agreement", "summit", "request", "exercise",
                "training", "assistance", "opening", "closing", "crisis", "recognition",
                "operation", "renaming", "milestone", "ministerial", "visit",
                "conference"],
    NameKind: ["short", "official", "acronym", "alias"],
    SourceKind: ["primary", "official", "secondary", "reference"],
    PlaceKind: ["city", "river", "region"],
    Precision: ["unknown", "year", "month", "day"],
    Qualifier: ["none", "early", "mid", "late", "circa", "before", "after"],
    QueryKind: ["events", "participations"],
    Order: ["oldest_first", "newest_first"],
    Certainty: ["certainly", "possibly"],
    Holding: ["unknown", "held", "not_held"],
}


class Enums(unittest.TestCase):
    def test_labels_and_parse(self) -> None:
        for cls, words in SPELLINGS.items():
            with self.subTest(enum=cls.__name__):
                self.assertEqual([member.label for member in cls], words)
                self.assertEqual([int(member) for member in cls], list(range(len(words))))
                for member, word in zip(cls, words):
                    self.assertEqual(str(member), word)
                    self.assertEqual(f"{member:>3}", format(word, ">3"))
                    self.assertIs(cls.parse(word), member)
                    self.assertIs(cls.coerce(word), member)
                    self.assertIs(cls.coerce(int(member)), member)
                    self.assertIs(cls.coerce(member), member)
                with self.assertRaises(capartner.NotFoundError):
                    cls.parse("no-such-word")
                with self.assertRaises(capartner.InvalidInputError):
                    cls.parse("")
                with self.assertRaises(capartner.OutOfRangeError):
                    cls.coerce(len(words))
                with self.assertRaises(TypeError):
                    cls.coerce(1.0)  # type: ignore[arg-type]
                with self.assertRaises(TypeError):
                    cls.coerce(True)  # type: ignore[arg-type]

    def test_parse_is_case_sensitive(self) -> None:
        with self.assertRaises(capartner.NotFoundError):
            Role.parse("On_Hold")
        with self.assertRaises(TypeError):
            Precision.parse(3)  # type: ignore[arg-type]

    def test_c_name_functions_outside_range(self) -> None:
        lib = _library.lib
        for function in ("capartner_body_kind_name", "capartner_role_name",
                         "capartner_event_kind_name", "capartner_name_kind_name",
                         "capartner_source_kind_name", "capartner_place_kind_name",
                         "capartner_precision_name", "capartner_qualifier_name",
                         "capartner_holding_name", "capartner_certainty_name"):
            self.assertEqual(getattr(lib, function)(99), b"")
            self.assertEqual(getattr(lib, function)(-1), b"")


class ErrorMapping(unittest.TestCase):
    EXPECTED = {
        Status.NULL_ARGUMENT: (capartner.InvalidInputError, ValueError),
        Status.EMPTY_KEY: (capartner.InvalidInputError, ValueError),
        Status.KEY_TOO_LONG: (capartner.InvalidInputError, ValueError),
        Status.INVALID_UTF8: (capartner.InvalidInputError, ValueError),
        Status.NOT_FOUND: (capartner.NotFoundError, LookupError),
        Status.OUT_OF_RANGE: (capartner.OutOfRangeError, ValueError),
        Status.INVALID_DATE: (capartner.InvalidDateError, ValueError),
        Status.INVALID_ARGUMENT: (capartner.InvalidInputError, ValueError),
        Status.NO_MEMORY: (capartner.NoMemoryError, MemoryError),
    }

    def test_every_status_has_its_class(self) -> None:
        self.assertEqual(set(self.EXPECTED), set(Status) - {Status.OK})
        for status, (cls, builtin) in self.EXPECTED.items():
            with self.subTest(status=status.name):
                error_class = capartner.errors.error_class(status)
                self.assertIs(error_class, cls)
                error = error_class(status, where="here")
                self.assertIsInstance(error, capartner.Error)
                self.assertIsInstance(error, builtin)
                self.assertEqual(error.status, status)
                self.assertEqual(str(error), f"here: {capartner.strerror(status)}")
        self.assertIsInstance(capartner.OutOfRangeError(Status.OUT_OF_RANGE), IndexError)
        self.assertIs(capartner.errors.error_class(42), capartner.Error)
        unknown = capartner.Error(42)
        self.assertEqual(unknown.status, 42)
        self.assertEqual(str(unknown), "unknown status")

    def test_statuses_from_real_calls(self) -> None:
        """Each status the lookups can return, provoked through the public API."""
        cases = [
            (lambda: capartner.country("Atlantis"), Status.NOT_FOUND),
            (lambda: capartner.country(""), Status.EMPTY_KEY),
            (lambda: capartner.country("x" * 256), Status.KEY_TOO_LONG),
            (lambda: capartner.body("x" * 255), Status.NOT_FOUND),
            (lambda: capartner.country(b"\xff\xfe"), Status.INVALID_UTF8),
            (lambda: capartner.country("\udc80"), Status.INVALID_UTF8),
            (lambda: capartner.place("\x00astana"), Status.INVALID_ARGUMENT),
            (lambda: capartner.Event.at(10**6), Status.OUT_OF_RANGE),
            (lambda: capartner.PartialDate("2014-02-30"), Status.INVALID_DATE),
            (lambda: capartner.Query("participations").add_kind("summit"),
             Status.INVALID_ARGUMENT),
        ]
        for call, status in cases:
            with self.subTest(status=status.name):
                with self.assertRaises(capartner.Error) as caught:
                    call()
                self.assertEqual(caught.exception.status, status)
                self.assertIsInstance(caught.exception, capartner.errors.error_class(status))

    def test_null_argument_from_c(self) -> None:
        """NULL_ARGUMENT cannot come from the Pythonic API; the raw call maps it."""
        with self.assertRaises(capartner.InvalidInputError) as caught:
            _library.lib.capartner_country_find(None, ctypes.byref(ctypes.c_void_p()))
        self.assertEqual(caught.exception.status, Status.NULL_ARGUMENT)
        self.assertIn("capartner_country_find", str(caught.exception))

    def test_key_type(self) -> None:
        with self.assertRaises(TypeError):
            capartner.body(3)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            capartner.country(2.5)  # type: ignore[arg-type]


if __name__ == "__main__":
    unittest.main()
