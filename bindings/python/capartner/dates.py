"""Partial dates: ``capartner_date`` as a frozen dataclass."""

from __future__ import annotations

import ctypes
import dataclasses
import datetime
from typing import Any, Optional, Tuple, Union

from . import _library
from ._library import OPEN_EARLIEST, OPEN_LATEST, CDate, lib
from .enums import Precision, Qualifier
from .errors import InvalidDateError, Status

__all__ = ["PartialDate", "DateLike"]


@dataclasses.dataclass(frozen=True, init=False, eq=True, repr=False)
class PartialDate:
    """A possibly partial date: ``2013``, ``2013-12``, ``2013-12-05``, ``early 2014``,
    ``before 2016-02-22`` or unknown.

    Each date stands for an interval of days, :attr:`earliest` .. :attr:`latest`
    ("2014" is 2014-01-01..2014-12-31, "mid 2014" is May–August). Dates order as on
    the timeline (``capartner_date_compare``): by earliest day, the wider interval
    first, then the qualifier, unknown dates last.

    Build one from text, ``PartialDate("early 2014")``, or from fields,
    ``PartialDate(2013, 12)`` (the precision follows from which fields are given);
    :meth:`from_date` takes a :class:`datetime.date`. Invalid dates raise
    :class:`capartner.InvalidDateError` (a ``ValueError``)."""

    year: int
    """1..9999, or 0 when the date is unknown."""
    month: int
    """1..12, or 0 unless the precision is MONTH or DAY."""
    day: int
    """1..31, or 0 unless the precision is DAY."""
    precision: Precision
    qualifier: Qualifier

    def __init__(
        self,
        year: Union[int, str] = 0,
        month: int = 0,
        day: int = 0,
        precision: Union[Precision, int, str, None] = None,
        qualifier: Union[Qualifier, int, str] = Qualifier.NONE,
    ) -> None:
        if isinstance(year, str):
            if month or day or precision is not None or qualifier != Qualifier.NONE:
                raise TypeError("PartialDate(text) takes no other arguments")
            parsed = PartialDate.parse(year)
            year, month, day = parsed.year, parsed.month, parsed.day
            precision, qualifier = parsed.precision, parsed.qualifier
        for name, value in (("year", year), ("month", month), ("day", day)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"{name} must be int, not {type(value).__name__}")
        if precision is None:
            if year == 0:
                precision = Precision.UNKNOWN
            elif day:
                precision = Precision.DAY
            elif month:
                precision = Precision.MONTH
            else:
                precision = Precision.YEAR
        precision = Precision.coerce(precision)
        qualifier = Qualifier.coerce(qualifier)
        if not (0 <= year <= 9999 and 0 <= month <= 12 and 0 <= day <= 31):
            raise InvalidDateError(Status.INVALID_DATE, f"not a valid date: {year}-{month}-{day}")
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "qualifier", qualifier)
        self.text  # validates through the library (capartner_date_format)

    # ------------------------------------------------------------ builders

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Parses ``"2013"``, ``"2013-12"``, ``"2013-12-05"``, optionally after ``early``,
        ``mid``, ``late``, ``circa``, ``before`` or ``after``, or ``"unknown"``."""
        out = CDate()
        lib.capartner_date_parse(_library.key(text, "date text"), ctypes.byref(out))
        return cls._from_c(out)

    @classmethod
    def from_date(cls, value: datetime.date) -> "PartialDate":
        """The day of a :class:`datetime.date` (or datetime), at day precision."""
        return cls(value.year, value.month, value.day, Precision.DAY)

    @classmethod
    def unknown(cls) -> "PartialDate":
        """The unknown date."""
        return cls()

    @classmethod
    def coerce(cls, value: "DateLike") -> "PartialDate":
        """A PartialDate from a PartialDate, date text, a :class:`datetime.date` or a year."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        if isinstance(value, datetime.date):
            return cls.from_date(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(value)
        raise TypeError(
            f"expected a PartialDate, date text, datetime.date or year, not {type(value).__name__}"
        )

    @classmethod
    def _from_c(cls, value: CDate) -> "PartialDate":
        date = object.__new__(cls)
        object.__setattr__(date, "year", int(value.year))
        object.__setattr__(date, "month", int(value.month))
        object.__setattr__(date, "day", int(value.day))
        object.__setattr__(date, "precision", Precision(value.precision))
        object.__setattr__(date, "qualifier", Qualifier(value.qualifier))
        return date

    def _to_c(self) -> CDate:
        return CDate(self.year, self.month, self.day, int(self.precision), int(self.qualifier))

    # -------------------------------------------------------------- views

    @property
    def text(self) -> str:
        """The text form, ``"early 2014"``, ``"2013-12"``, ``"unknown"``."""
        buffer = ctypes.create_string_buffer(_library.DATE_TEXT_BYTES)
        lib.capartner_date_format(self._to_c(), buffer, len(buffer))
        return _library.text(buffer.value)

    @property
    def is_known(self) -> bool:
        """False for the unknown date."""
        return self.precision != Precision.UNKNOWN

    def bounds(self) -> Tuple[int, int]:
        """The interval as yyyymmdd integers (``capartner_date_bounds``); open ends are
        0 and 99991231."""
        earliest, latest = ctypes.c_int32(), ctypes.c_int32()
        lib.capartner_date_bounds(self._to_c(), ctypes.byref(earliest), ctypes.byref(latest))
        return earliest.value, latest.value

    @property
    def earliest(self) -> Optional[datetime.date]:
        """The first day the date may mean; None when open (unknown, ``before X``)."""
        first, _ = self.bounds()
        return None if first == OPEN_EARLIEST else _day(first)

    @property
    def latest(self) -> Optional[datetime.date]:
        """The last day the date may mean; None when open (unknown, ``after X``)."""
        _, last = self.bounds()
        if last == OPEN_LATEST and (
            not self.is_known or self.qualifier == Qualifier.AFTER
        ):
            return None
        return _day(last)

    def to_date(self) -> datetime.date:
        """The earliest day as a :class:`datetime.date` ("mid 2014" is 2014-05-01).

        Raises ValueError when the start is open (unknown dates, ``before X``)."""
        earliest = self.earliest
        if earliest is None:
            raise ValueError(f"the date {self.text!r} has no earliest day")
        return earliest

    def compare(self, other: "DateLike") -> int:
        """<0, 0 or >0 in timeline order (``capartner_date_compare``)."""
        return int(lib.capartner_date_compare(self._to_c(), PartialDate.coerce(other)._to_c()))

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.compare(other) < 0

    def __le__(self, other: Any) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.compare(other) <= 0

    def __gt__(self, other: Any) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.compare(other) > 0

    def __ge__(self, other: Any) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.compare(other) >= 0

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"PartialDate({self.text!r})"

    def __bool__(self) -> bool:
        return self.is_known


def _day(yyyymmdd: int) -> datetime.date:
    return datetime.date(yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100)


DateLike = Union[PartialDate, str, datetime.date, int]
"""What the API accepts wherever it takes a date."""
