"""The library's enumerations as ``IntEnum`` classes.

``str(member)`` and ``member.label`` give the spelling the data files and the C
name functions use (``Role.ON_HOLD.label == "on_hold"``); ``Cls.parse(text)``
goes the other way and raises :class:`capartner.NotFoundError` for an unknown word.
Wherever the API takes an enum value it also takes that spelling.
"""

from __future__ import annotations

import ctypes
import enum
from typing import Any, Callable, Optional, Type, TypeVar, Union

from . import _library
from ._library import lib
from .errors import InvalidInputError, NotFoundError, OutOfRangeError, Status

__all__ = [
    "BodyKind",
    "Role",
    "EventKind",
    "NameKind",
    "SourceKind",
    "PlaceKind",
    "Precision",
    "Qualifier",
    "QueryKind",
    "Order",
    "Certainty",
    "Holding",
]

E = TypeVar("E", bound="_Enum")
_LABELS: "dict[Any, str]" = {}


class _Enum(enum.IntEnum):
    """Shared behaviour: label (C spelling), parse, coerce."""

    @classmethod
    def _name_function(cls) -> Optional[Callable[[int], bytes]]:
        return None

    @classmethod
    def _parse_function(cls) -> Optional[Callable[..., int]]:
        return None

    @property
    def label(self) -> str:
        """The spelling in the data files (from the C name function where there is one)."""
        label = _LABELS.get((type(self), int(self)))
        if label is None:
            function = self._name_function()
            label = self.name.lower() if function is None else _library.text(function(int(self)))
            _LABELS[(type(self), int(self))] = label  # one entry per member: bounded
        return label

    def __str__(self) -> str:
        return self.label

    def __format__(self, spec: str) -> str:
        return format(self.label, spec)

    @classmethod
    def parse(cls: Type[E], text: str) -> E:
        """The member spelled ``text`` (case-sensitive, the data files' spelling)."""
        function = cls._parse_function()
        if function is not None:
            out = ctypes.c_int()
            function(_library.key(text, "text"), ctypes.byref(out))
            return cls(out.value)
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if text == "":
            raise InvalidInputError(Status.EMPTY_KEY, where=f"{cls.__name__}.parse")
        for member in cls:
            if member.label == text:
                return member
        raise NotFoundError(Status.NOT_FOUND, f"no {cls.__name__} is spelled {text!r}")

    @classmethod
    def coerce(cls: Type[E], value: Union[E, int, str], what: str = "") -> E:
        """A member from a member, its integer value or its spelling.

        An unknown spelling or value raises InvalidInputError (a ValueError) quoting it
        and listing the spellings; ``what`` names the argument in that message."""
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            try:
                return cls.parse(value)
            except (NotFoundError, InvalidInputError):
                raise InvalidInputError(Status.INVALID_ARGUMENT, cls._unknown(value, what)) \
                    from None
        if isinstance(value, int) and not isinstance(value, bool):
            try:
                return cls(value)
            except ValueError:
                raise OutOfRangeError(Status.OUT_OF_RANGE, cls._unknown(value, what)) from None
        raise TypeError(f"expected {cls.__name__}, int or str, not {type(value).__name__}")

    @classmethod
    def _unknown(cls, value: Any, what: str) -> str:
        spellings = ", ".join(member.label for member in cls)
        return f"{what or cls.__name__} {value!r} is not one of: {spellings}"


class BodyKind(_Enum):
    """``capartner_body_kind``: what sort of body, programme or thing a body is."""

    ORGANIZATION = 0
    COUNCIL = 1
    COMMAND = 2
    PROGRAMME = 3
    MECHANISM = 4
    PROJECT = 5
    OPERATION = 6
    CENTRE = 7
    UNIT = 8
    EXERCISE = 9
    OFFICE = 10
    PROCESS = 11
    PLAN = 12
    ROUTE = 13
    DOCUMENT = 14
    INSTITUTION = 15
    CONCEPT = 16
    TREATY = 17
    HEADQUARTERS = 18

    @classmethod
    def _name_function(cls) -> Any:
        return lib.capartner_body_kind_name

    @classmethod
    def _parse_function(cls) -> Any:
        return lib.capartner_body_kind_parse


class Role(_Enum):
    """``capartner_role``: a country's role in a body."""

    MEMBER = 0
    PARTICIPANT = 1
    ON_HOLD = 2
    INTEREST_EXPRESSED = 3
    REQUESTED = 4
    HOST = 5
    LEAD_NATION = 6
    LEAD_CONTRIBUTOR = 7
    CONTRIBUTOR = 8
    REPRESENTED = 9
    BENEFICIARY = 10
    TRANSIT_PROVIDER = 11
    SUPPORTER = 12
    OWNER = 13
    DIPLOMATIC_MISSION = 14
    MILITARY_REPRESENTATIVE = 15
    ENCOURAGED = 16
    PROMOTER = 17
    COOPERATING = 18
    IN_TALKS = 19

    @classmethod
    def _name_function(cls) -> Any:
        return lib.capartner_role_name

    @classmethod
    def _parse_function(cls) -> Any:
        return lib.capartner_role_parse


class EventKind(_Enum):
    """``capartner_event_kind``: what sort of event an event is."""

    ESTABLISHMENT = 0
    ACCESSION = 1
    AGREEMENT = 2
    SUMMIT = 3
    REQUEST = 4
    EXERCISE = 5
    TRAINING = 6
    ASSISTANCE = 7
    OPENING = 8
    CLOSING = 9
    CRISIS = 10
    RECOGNITION = 11
    OPERATION = 12
    RENAMING = 13
    MILESTONE = 14
    MINISTERIAL = 15
    VISIT = 16
    CONFERENCE = 17

    @classmethod
    def _name_function(cls) -> Any:
        return lib.capartner_event_kind_name

    @classmethod
    def _parse_function(cls) -> Any:
        return lib.capartner_event_kind_parse


class NameKind(_Enum):
    """``capartner_name_kind``."""

    SHORT = 0
    OFFICIAL = 1
    ACRONYM = 2
    ALIAS = 3

    @classmethod
    def _name_function(cls) -> Any:
        return lib.capartner_name_kind_name


class SourceKind(_Enum):
    """``capartner_source_kind``."""

    PRIMARY = 0
    OFFICIAL = 1
    SECONDARY = 2
    REFERENCE = 3

    @classmethod
    def _name_function(cls) -> Any:
        return lib.capartner_source_kind_name


class PlaceKind(_Enum):
    """``capartner_place_kind``."""

    CITY = 0
    RIVER = 1
    REGION = 2

    @classmethod
    def _name_function(cls) -> Any:
        return lib.capartner_place_kind_name


class Precision(_Enum):
    """``capartner_precision``: how much of a date is known."""

    UNKNOWN = 0
    YEAR = 1
    MONTH = 2
    DAY = 3

    @classmethod
    def _name_function(cls) -> Any:
        return lib.capartner_precision_name


class Qualifier(_Enum):
    """``capartner_qualifier``: early/mid/late, circa, before/after."""

    NONE = 0
    EARLY = 1
    MID = 2
    LATE = 3
    CIRCA = 4
    BEFORE = 5
    AFTER = 6

    @classmethod
    def _name_function(cls) -> Any:
        return lib.capartner_qualifier_name


class QueryKind(_Enum):
    """``capartner_query_kind``: what a :class:`capartner.Query` walks."""

    EVENTS = 0
    PARTICIPATIONS = 1


class Order(_Enum):
    """``capartner_order``."""

    OLDEST_FIRST = 0
    NEWEST_FIRST = 1


class Certainty(_Enum):
    """``capartner_certainty``: the two modes of the date filters. CERTAINLY (the
    default) matches what the data makes certain, POSSIBLY also what it allows."""

    CERTAINLY = 0
    POSSIBLY = 1

    @classmethod
    def _name_function(cls) -> Any:
        return lib.capartner_certainty_name


class Holding(_Enum):
    """``capartner_holding``: whether a relation held on a date. UNKNOWN where
    the sources do not tell (docs/data-model.md)."""

    UNKNOWN = 0
    HELD = 1
    NOT_HELD = 2

    @classmethod
    def _name_function(cls) -> Any:
        return lib.capartner_holding_name
