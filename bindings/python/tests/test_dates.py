"""PartialDate: parsing, text, bounds, order, conversions."""

from __future__ import annotations

import dataclasses
import datetime
import unittest

import capartner
from capartner import PartialDate, Precision, Qualifier

D = datetime.date


class Parsing(unittest.TestCase):
    def test_forms(self) -> None:
        cases = {
            "2013": (2013, 0, 0, Precision.YEAR, Qualifier.NONE),
            "2013-12": (2013, 12, 0, Precision.MONTH, Qualifier.NONE),
            "2013-12-05": (2013, 12, 5, Precision.DAY, Qualifier.NONE),
            "early 2014": (2014, 0, 0, Precision.YEAR, Qualifier.EARLY),
            "mid 2014-06": (2014, 6, 0, Precision.MONTH, Qualifier.MID),
            "late 2014": (2014, 0, 0, Precision.YEAR, Qualifier.LATE),
            "circa 1995": (1995, 0, 0, Precision.YEAR, Qualifier.CIRCA),
            "before 2016-02-22": (2016, 2, 22, Precision.DAY, Qualifier.BEFORE),
            "after 2014": (2014, 0, 0, Precision.YEAR, Qualifier.AFTER),
            "unknown": (0, 0, 0, Precision.UNKNOWN, Qualifier.NONE),
        }
        for text, fields in cases.items():
            with self.subTest(text=text):
                date = PartialDate.parse(text)
                self.assertEqual(
                    (date.year, date.month, date.day, date.precision, date.qualifier), fields
                )
                self.assertEqual(date.text, text)
                self.assertEqual(str(date), text)
                self.assertEqual(PartialDate(text), date)
                self.assertEqual(repr(date), f"PartialDate({text!r})")

    def test_invalid(self) -> None:
        for text in ("2014-02-30", "2014-13", "14", "2014-1", "early 2014-01-05", "soon 2014",
                     "2014 ", "0000"):
            with self.subTest(text=text):
                with self.assertRaises(capartner.InvalidDateError) as caught:
                    PartialDate.parse(text)
                self.assertEqual(caught.exception.status, capartner.Status.INVALID_DATE)
                self.assertIsInstance(caught.exception, ValueError)
        with self.assertRaises(capartner.InvalidInputError) as empty:
            PartialDate.parse("")
        self.assertEqual(empty.exception.status, capartner.Status.EMPTY_KEY)
        with self.assertRaises(capartner.InvalidInputError):
            PartialDate.parse("2014\x00")
        with self.assertRaises(TypeError):
            PartialDate.parse(2014)  # type: ignore[arg-type]

    def test_leap_day(self) -> None:
        self.assertEqual(PartialDate.parse("2012-02-29").day, 29)
        with self.assertRaises(capartner.InvalidDateError):
            PartialDate(2013, 2, 29)


class Construction(unittest.TestCase):
    def test_precision_follows_fields(self) -> None:
        self.assertEqual(PartialDate(2013).precision, Precision.YEAR)
        self.assertEqual(PartialDate(2013, 12).precision, Precision.MONTH)
        self.assertEqual(PartialDate(2013, 12, 5).precision, Precision.DAY)
        self.assertEqual(PartialDate().precision, Precision.UNKNOWN)
        self.assertEqual(PartialDate.unknown(), PartialDate())
        self.assertEqual(PartialDate(2014, qualifier="early").text, "early 2014")
        self.assertEqual(PartialDate(2014, 6, precision=Precision.MONTH, qualifier=Qualifier.LATE),
                         PartialDate("late 2014-06"))

    def test_refuses_invalid(self) -> None:
        for arguments in ((2014, 2, 30), (10000,), (-1,), (2014, 13), (2014, 0, 5),
                          (0, 0, 0, Precision.UNKNOWN, Qualifier.EARLY),
                          (2014, 1, 5, Precision.DAY, Qualifier.EARLY),
                          (2014, 0, 0, Precision.DAY)):
            with self.subTest(arguments=arguments):
                with self.assertRaises(capartner.InvalidDateError):
                    PartialDate(*arguments)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            PartialDate(2014.0)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            PartialDate("2014", 1)
        with self.assertRaises(capartner.OutOfRangeError):
            PartialDate(2014, qualifier=9)

    def test_frozen_and_hashable(self) -> None:
        date = PartialDate(2013, 12)
        with self.assertRaises(dataclasses.FrozenInstanceError):
            date.year = 2014  # type: ignore[misc]
        self.assertEqual(len({date, PartialDate("2013-12"), PartialDate(2013)}), 2)
        self.assertTrue(dataclasses.is_dataclass(date))

    def test_coerce_and_from_date(self) -> None:
        self.assertEqual(PartialDate.coerce("2013"), PartialDate(2013))
        self.assertEqual(PartialDate.coerce(2013), PartialDate(2013))
        self.assertEqual(PartialDate.coerce(D(2013, 12, 5)), PartialDate(2013, 12, 5))
        self.assertEqual(PartialDate.from_date(datetime.datetime(2013, 12, 5, 10, 0)),
                         PartialDate(2013, 12, 5))
        same = PartialDate(1999)
        self.assertIs(PartialDate.coerce(same), same)
        with self.assertRaises(TypeError):
            PartialDate.coerce(1.5)  # type: ignore[arg-type]


class Bounds(unittest.TestCase):
    def test_intervals(self) -> None:
        cases = {
            "2014": (D(2014, 1, 1), D(2014, 12, 31)),
            "2013-12": (D(2013, 12, 1), D(2013, 12, 31)),
            "2012-02": (D(2012, 2, 1), D(2012, 2, 29)),
            "early 2014": (D(2014, 1, 1), D(2014, 4, 30)),
            "mid 2014": (D(2014, 5, 1), D(2014, 8, 31)),
            "late 2014": (D(2014, 9, 1), D(2014, 12, 31)),
            "early 2013-12": (D(2013, 12, 1), D(2013, 12, 10)),
            "mid 2013-12": (D(2013, 12, 11), D(2013, 12, 20)),
            "late 2013-12": (D(2013, 12, 21), D(2013, 12, 31)),
            "circa 2014": (D(2013, 1, 1), D(2015, 12, 31)),
            "before 2016-02-22": (None, D(2016, 2, 21)),
            "after 2014": (D(2015, 1, 1), None),
            "unknown": (None, None),
            "9999": (D(9999, 1, 1), D(9999, 12, 31)),
        }
        for text, (earliest, latest) in cases.items():
            with self.subTest(text=text):
                date = PartialDate(text)
                self.assertEqual(date.earliest, earliest)
                self.assertEqual(date.latest, latest)
        self.assertEqual(PartialDate("before 2016-02-22").bounds(), (0, 20160221))
        self.assertEqual(PartialDate().bounds(), (0, 99991231))

    def test_to_date(self) -> None:
        self.assertEqual(PartialDate("mid 2014").to_date(), D(2014, 5, 1))
        self.assertEqual(PartialDate("2013-12-05").to_date(), D(2013, 12, 5))
        self.assertEqual(PartialDate("after 2014").to_date(), D(2015, 1, 1))
        with self.assertRaises(ValueError):
            PartialDate().to_date()
        with self.assertRaises(ValueError):
            PartialDate("before 2014").to_date()

    def test_truth(self) -> None:
        self.assertFalse(PartialDate())
        self.assertTrue(PartialDate(2014))
        self.assertTrue(PartialDate(2014).is_known)


class Order(unittest.TestCase):
    def test_timeline_order(self) -> None:
        ordered = [PartialDate(t) for t in (
            "before 2014", "circa 2014-01-01", "2014", "early 2014", "2014-01", "2014-01-01",
            "mid 2014", "late 2014", "after 2014", "unknown")]
        for a, b in zip(ordered, ordered[1:]):
            with self.subTest(a=a, b=b):
                self.assertLess(a, b)
                self.assertLessEqual(a, b)
                self.assertGreater(b, a)
                self.assertGreaterEqual(b, a)
                self.assertLess(a.compare(b), 0)
                self.assertGreater(b.compare(a), 0)
        self.assertEqual(sorted(reversed(ordered)), ordered)
        self.assertEqual(PartialDate(2014).compare("2014"), 0)
        self.assertLessEqual(PartialDate(2014), PartialDate(2014))
        with self.assertRaises(TypeError):
            PartialDate(2014) < "2015"  # type: ignore[operator]  # noqa: B015
        with self.assertRaises(TypeError):
            PartialDate(2014) <= 1  # type: ignore[operator]  # noqa: B015
        with self.assertRaises(TypeError):
            PartialDate(2014) > None  # type: ignore[operator]  # noqa: B015
        with self.assertRaises(TypeError):
            PartialDate(2014) >= 1.0  # type: ignore[operator]  # noqa: B015


if __name__ == "__main__":
    unittest.main()
