"""The records: countries, bodies, places, areas, sources, sections, citations,
names, participations and events.

A record object holds a handle into the library's static, read-only tables and
reads its fields from the library when asked, so creating one costs nothing and
a record never goes stale. Records are immutable, hashable and compare equal
when they are the same record. Absent optional strings are ``""`` (as in C);
absent references and numbers are ``None``; dates are :class:`PartialDate`.

Every table class has ``count()``, ``at(index)``, ``find(key)`` and ``all()``.
"""

from __future__ import annotations

import ctypes
from typing import (
    Any,
    Callable,
    ClassVar,
    Dict,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
)

from . import _library
from ._library import lib
from .dates import DateLike, PartialDate
from .enums import BodyKind, EventKind, NameKind, PlaceKind, Role, SourceKind
from .errors import Error, OutOfRangeError, Status

__all__ = [
    "Source",
    "Section",
    "Citation",
    "Name",
    "Country",
    "Body",
    "Place",
    "Area",
    "Participation",
    "Event",
]

R = TypeVar("R", bound="_Record")
T = TypeVar("T", bound="_Table")


def _out_handle(function: Callable[..., int], *arguments: Any) -> int:
    """Calls a C function whose last argument is a ``const T **out``."""
    out = ctypes.c_void_p()
    function(*arguments, ctypes.byref(out))
    assert out.value is not None
    return out.value


def _with_key(function: Callable[..., int], key: Any, *rest: Any) -> int:
    """Like _out_handle for lookups by key; errors name the key."""
    try:
        return _out_handle(function, _library.key(key), *rest)
    except Error as error:
        raise type(error)(error.status, where=f"{function.__name__}({key!r})") from None


class _Record:
    """A handle into the library's static tables."""

    __slots__ = ("_handle",)
    _handle: int

    def __init__(self, handle: int) -> None:
        if not handle:
            raise ValueError(f"{type(self).__name__} needs a non-NULL handle")
        object.__setattr__(self, "_handle", handle)

    @classmethod
    def _wrap(cls: Type[R], handle: Optional[int]) -> Optional[R]:
        return None if not handle else cls(handle)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} records are read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} records are read-only")

    def __eq__(self, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return bool(other._handle == self._handle)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._handle))

    def __copy__(self: R) -> R:
        return self

    def __deepcopy__(self: R, memo: Dict[int, Any]) -> R:
        return self

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} records cannot be pickled")


class _Table(_Record):
    """A record of a table with count/at/find (and an id)."""

    __slots__ = ()
    _c: ClassVar[str]  # the C name: "country" for capartner_country_*

    @classmethod
    def count(cls) -> int:
        """How many records the table has."""
        return int(getattr(lib, f"capartner_{cls._c}_count")())

    @classmethod
    def at(cls: Type[T], index: int) -> T:
        """The record at an index, 0 <= index < count() (OutOfRangeError otherwise)."""
        if index < 0:
            index += cls.count()
        if index < 0:
            raise OutOfRangeError(Status.OUT_OF_RANGE, where=f"capartner_{cls._c}_at")
        return cls(_out_handle(getattr(lib, f"capartner_{cls._c}_at"), index))

    @classmethod
    def find(cls: Type[T], key: str) -> T:
        """The record with this key (NotFoundError, a LookupError, when none)."""
        return cls(_with_key(getattr(lib, f"capartner_{cls._c}_find"), key))

    @classmethod
    def all(cls: Type[T]) -> Tuple[T, ...]:
        """Every record, in table order."""
        return tuple(cls.at(i) for i in range(cls.count()))

    @classmethod
    def coerce(cls: Type[T], value: Union[T, str]) -> T:
        """The record itself, or the record a key names."""
        if isinstance(value, cls):
            return value
        if isinstance(value, (str, bytes)):
            return cls.find(value)  # type: ignore[arg-type]
        raise TypeError(f"expected {cls.__name__} or a key, not {type(value).__name__}")

    @property
    def id(self) -> str:
        """The stable id."""
        return _library.text(getattr(lib, f"capartner_{self._c}_id")(self._handle))

    def __reduce__(self) -> Any:
        return (type(self).find, (self.id,))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.id!r})"


class _Indexed(_Table):
    __slots__ = ()

    @property
    def index(self) -> int:
        """The position in the table: ``Cls.at(r.index) == r``."""
        return int(getattr(lib, f"capartner_{self._c}_index")(self._handle))


def _names(count: Callable[[int], int], at: Callable[..., int], handle: int) -> Tuple["Name", ...]:
    return tuple(Name(_out_handle(at, handle, i)) for i in range(count(handle)))


# ------------------------------------------------------------ provenance


class Source(_Indexed):
    """A document the data comes from."""

    __slots__ = ()
    _c = "source"

    @property
    def kind(self) -> SourceKind:
        return SourceKind(lib.capartner_source_kind_of(self._handle))

    @property
    def title(self) -> str:
        return _library.text(lib.capartner_source_title(self._handle))

    @property
    def publisher(self) -> str:
        return _library.text(lib.capartner_source_publisher(self._handle))

    @property
    def url(self) -> str:
        return _library.text(lib.capartner_source_url(self._handle))

    @property
    def published(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_source_published(self._handle))

    @property
    def content_date(self) -> PartialDate:
        """The date the content describes: the date of the source's evidence
        ("early 2014" for a page published in 2016); the publication date
        when the data gives none."""
        return PartialDate._from_c(lib.capartner_source_content_date(self._handle))

    @property
    def note(self) -> str:
        return _library.text(lib.capartner_source_note(self._handle))

    def __str__(self) -> str:
        return self.title


class Section(_Table):
    """A titled part of a source, in document order."""

    __slots__ = ()
    _c = "section"

    @property
    def source(self) -> Source:
        return Source(lib.capartner_section_source(self._handle))

    @property
    def ordinal(self) -> int:
        """1-based position within the source."""
        return int(lib.capartner_section_ordinal(self._handle))

    @property
    def title(self) -> str:
        return _library.text(lib.capartner_section_title(self._handle))

    def __str__(self) -> str:
        return self.title


class Citation(_Record):
    """Where a record comes from: a source, a section and a paragraph."""

    __slots__ = ()

    @property
    def source(self) -> Source:
        return Source(lib.capartner_citation_source(self._handle))

    @property
    def section(self) -> Optional[Section]:
        return Section._wrap(lib.capartner_citation_section(self._handle))

    @property
    def paragraph(self) -> Optional[int]:
        """1-based paragraph within the section; None when the source has no numbered place."""
        value = int(lib.capartner_citation_paragraph(self._handle))
        return value or None

    def __repr__(self) -> str:
        section = self.section
        parts = [repr(self.source.id)]
        if section is not None:
            parts.append(f"section={section.id!r}")
        if self.paragraph is not None:
            parts.append(f"paragraph={self.paragraph}")
        return f"Citation({', '.join(parts)})"


class _Cited(_Indexed):
    __slots__ = ()

    @property
    def citation(self) -> Citation:
        """Where the record comes from."""
        return Citation(getattr(lib, f"capartner_{self._c}_citation")(self._handle))


# ----------------------------------------------------------------- names


class Name(_Record):
    """A name of a country, body or place in one language, with when it was in use."""

    __slots__ = ()

    @property
    def text(self) -> str:
        return _library.text(lib.capartner_name_text(self._handle))

    @property
    def language(self) -> str:
        """ISO 639-1: "en", "fr", "ru", "kk", "ky", "tg", "tk", "uz"."""
        return _library.text(lib.capartner_name_language(self._handle))

    @property
    def kind(self) -> NameKind:
        return NameKind(lib.capartner_name_kind_of(self._handle))

    @property
    def is_preferred(self) -> bool:
        return bool(lib.capartner_name_is_preferred(self._handle))

    @property
    def valid_from(self) -> PartialDate:
        """When the name came into use (unknown when always)."""
        return PartialDate._from_c(lib.capartner_name_valid_from(self._handle))

    @property
    def valid_to(self) -> PartialDate:
        """When the name went out of use (unknown when still in use)."""
        return PartialDate._from_c(lib.capartner_name_valid_to(self._handle))

    def valid_at(self, date: DateLike) -> bool:
        """Whether the name was in use on a date."""
        return bool(lib.capartner_name_valid_at(self._handle, PartialDate.coerce(date)._to_c()))

    @property
    def citation(self) -> Citation:
        return Citation(lib.capartner_name_citation(self._handle))

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Name({self.text!r}, {self.language!r}, {self.kind.label!r})"


# ------------------------------------------------------------- countries


class Country(_Cited):
    """A country: the five Central Asian partners and every other country the
    sources name in a role."""

    __slots__ = ()
    _c = "country"

    @classmethod
    def find(cls, key: Union[str, int]) -> "Country":  # type: ignore[override]
        """Any key: alpha-2, alpha-3, numeric (``398`` or ``"398"``), or any name or alias in
        any language, case-insensitive."""
        if isinstance(key, int) and not isinstance(key, bool):
            return cls.by_numeric(key)
        return cls(_with_key(lib.capartner_country_find, key))

    @classmethod
    def by_alpha2(cls, code: str) -> "Country":
        return cls(_with_key(lib.capartner_country_by_alpha2, code))

    @classmethod
    def by_alpha3(cls, code: str) -> "Country":
        return cls(_with_key(lib.capartner_country_by_alpha3, code))

    @classmethod
    def by_numeric(cls, code: int) -> "Country":
        try:
            return cls(_out_handle(lib.capartner_country_by_numeric, code))
        except Error as error:
            raise type(error)(error.status, where=f"capartner_country_by_numeric({code})") from None

    @classmethod
    def coerce(cls, value: Union["Country", str, int]) -> "Country":  # type: ignore[override]
        if isinstance(value, Country):
            return value
        if isinstance(value, (str, bytes, int)) and not isinstance(value, bool):
            return cls.find(value)  # type: ignore[arg-type]
        raise TypeError(f"expected Country or a key, not {type(value).__name__}")

    @property
    def alpha2(self) -> str:
        return _library.text(lib.capartner_country_alpha2(self._handle))

    @property
    def alpha3(self) -> str:
        return _library.text(lib.capartner_country_alpha3(self._handle))

    @property
    def numeric(self) -> int:
        """ISO 3166-1 numeric code."""
        return int(lib.capartner_country_numeric(self._handle))

    @property
    def name(self) -> str:
        """The preferred English short name, e.g. "Kazakhstan"."""
        return _library.text(lib.capartner_country_name(self._handle))

    @property
    def is_partner(self) -> bool:
        """True for the five Central Asian partners."""
        return bool(lib.capartner_country_is_partner(self._handle))

    @property
    def note(self) -> str:
        """Why a non-partner country is in the dataset."""
        return _library.text(lib.capartner_country_note(self._handle))

    @property
    def capital(self) -> Optional["Place"]:
        return Place._wrap(lib.capartner_country_capital(self._handle))

    @property
    def cow_code(self) -> Optional[int]:
        """Correlates of War state code, None when not given."""
        return int(lib.capartner_country_cow_code(self._handle)) or None

    @property
    def cow_abbreviation(self) -> str:
        """Correlates of War abbreviation, "" when not given."""
        return _library.text(lib.capartner_country_cow_abbreviation(self._handle))

    @property
    def names(self) -> Tuple[Name, ...]:
        """Every name and alias, in every language."""
        return _names(lib.capartner_country_name_count, lib.capartner_country_name_at, self._handle)

    def name_in(self, language: str = "en", kind: Union[NameKind, str] = NameKind.SHORT) -> Name:
        """The preferred name of a kind in a language (NotFoundError when there is none)."""
        kind = NameKind.coerce(kind)
        try:
            return Name(
                _out_handle(
                    lib.capartner_country_name_in, self._handle, _library.key(language), kind
                )
            )
        except Error as error:
            raise type(error)(
                error.status,
                where=f"capartner_country_name_in({self.id!r}, {language!r}, {kind.label!r})",
            ) from None

    def __str__(self) -> str:
        return self.name


# ---------------------------------------------------------------- bodies


class Body(_Cited):
    """A NATO body, programme, mechanism, operation, centre, unit, exercise, office …"""

    __slots__ = ()
    _c = "body"

    @property
    def kind(self) -> BodyKind:
        return BodyKind(lib.capartner_body_kind_of(self._handle))

    @property
    def acronym(self) -> str:
        return _library.text(lib.capartner_body_acronym(self._handle))

    @property
    def name(self) -> str:
        return _library.text(lib.capartner_body_name(self._handle))

    @property
    def summary(self) -> str:
        return _library.text(lib.capartner_body_summary(self._handle))

    @property
    def parent(self) -> Optional["Body"]:
        return Body._wrap(lib.capartner_body_parent(self._handle))

    @property
    def started(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_body_started(self._handle))

    @property
    def ended(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_body_ended(self._handle))

    @property
    def place(self) -> Optional["Place"]:
        return Place._wrap(lib.capartner_body_place(self._handle))

    @property
    def names(self) -> Tuple[Name, ...]:
        return _names(lib.capartner_body_name_count, lib.capartner_body_name_at, self._handle)

    def __str__(self) -> str:
        return self.name


# ---------------------------------------------------------------- places


class Place(_Cited):
    """A city, river or region, with the names it had over time."""

    __slots__ = ()
    _c = "place"

    @property
    def name(self) -> str:
        """The current English name."""
        return _library.text(lib.capartner_place_name(self._handle))

    @property
    def kind(self) -> PlaceKind:
        return PlaceKind(lib.capartner_place_kind_of(self._handle))

    @property
    def country(self) -> Optional[Country]:
        return Country._wrap(lib.capartner_place_country(self._handle))

    @property
    def names(self) -> Tuple[Name, ...]:
        return _names(lib.capartner_place_name_count, lib.capartner_place_name_at, self._handle)

    def name_on(self, date: DateLike) -> Name:
        """The preferred English name in use on a date ("Akmola" in 1997)."""
        partial = PartialDate.coerce(date)
        try:
            return Name(_out_handle(lib.capartner_place_name_on, self._handle, partial._to_c()))
        except Error as error:
            raise type(error)(
                error.status, where=f"capartner_place_name_on({self.id!r}, {partial.text!r})"
            ) from None

    def __str__(self) -> str:
        return self.name


# ----------------------------------------------------------------- areas


class Area(_Cited):
    """An area of cooperation."""

    __slots__ = ()
    _c = "area"

    @property
    def name(self) -> str:
        return _library.text(lib.capartner_area_name(self._handle))

    @property
    def summary(self) -> str:
        return _library.text(lib.capartner_area_summary(self._handle))

    def __str__(self) -> str:
        return self.name


# -------------------------------------------------------- participations


class Participation(_Cited):
    """A country's role in a body from ``started`` to ``ended``, as reported on ``reported``."""

    __slots__ = ()
    _c = "participation"

    @property
    def country(self) -> Country:
        return Country(lib.capartner_participation_country(self._handle))

    @property
    def body(self) -> Body:
        return Body(lib.capartner_participation_body(self._handle))

    @property
    def role(self) -> Role:
        return Role(lib.capartner_participation_role(self._handle))

    @property
    def started(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_participation_started(self._handle))

    @property
    def ended(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_participation_ended(self._handle))

    @property
    def reported(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_participation_reported(self._handle))

    @property
    def summary(self) -> str:
        return _library.text(lib.capartner_participation_summary(self._handle))

    @property
    def is_preferred(self) -> bool:
        """False when another record states the same relation and the dataset prefers it."""
        return bool(lib.capartner_participation_is_preferred(self._handle))

    @property
    def alternative_of(self) -> Optional["Participation"]:
        """The preferred record this one is an alternative to, or None."""
        return Participation._wrap(lib.capartner_participation_alternative_of(self._handle))

    def held_on(self, date: DateLike) -> bool:
        """Whether the relation held on a date."""
        return bool(
            lib.capartner_participation_held_on(self._handle, PartialDate.coerce(date)._to_c())
        )

    def __str__(self) -> str:
        return f"{self.country.name} {self.role.label} {self.body.acronym or self.body.name}"


# ---------------------------------------------------------------- events


class Event(_Cited):
    """A dated statement: one entry of the timeline."""

    __slots__ = ()
    _c = "event"

    @property
    def date(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_event_date(self._handle))

    @property
    def date_text(self) -> str:
        """The date's text form, e.g. "early 2014"."""
        return _library.text(lib.capartner_event_date_text(self._handle))

    @property
    def kind(self) -> EventKind:
        return EventKind(lib.capartner_event_kind_of(self._handle))

    @property
    def summary(self) -> str:
        """One line in the dataset's own words."""
        return _library.text(lib.capartner_event_summary(self._handle))

    @property
    def place(self) -> Optional[Place]:
        return Place._wrap(lib.capartner_event_place(self._handle))

    @property
    def countries(self) -> Tuple[Country, ...]:
        count = lib.capartner_event_country_count(self._handle)
        return tuple(
            Country(_out_handle(lib.capartner_event_country_at, self._handle, i))
            for i in range(count)
        )

    @property
    def bodies(self) -> Tuple[Body, ...]:
        count = lib.capartner_event_body_count(self._handle)
        return tuple(
            Body(_out_handle(lib.capartner_event_body_at, self._handle, i)) for i in range(count)
        )

    @property
    def areas(self) -> Tuple[Area, ...]:
        count = lib.capartner_event_area_count(self._handle)
        return tuple(
            Area(_out_handle(lib.capartner_event_area_at, self._handle, i)) for i in range(count)
        )

    @property
    def is_preferred(self) -> bool:
        return bool(lib.capartner_event_is_preferred(self._handle))

    @property
    def alternative_of(self) -> Optional["Event"]:
        return Event._wrap(lib.capartner_event_alternative_of(self._handle))

    def __str__(self) -> str:
        return f"{self.date_text} {self.summary}"

