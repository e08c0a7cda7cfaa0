"""The records: countries, bodies, places, areas, sources, sections, citations,
names, participations and events.

A record object stands for one row of the library's static, read-only tables.
The data never changes, so each record has exactly one object: ``country("KZ")
is country("Kazakhstan")``. It is made the first time the record is reached and
reads each field from the library once, the first time it is asked for, keeping
the value. Records are immutable and hashable, and compare equal only to
themselves. Absent optional strings are ``""`` (as in C); absent references and
numbers are ``None``; dates are :class:`PartialDate`. ``to_dict()`` gives the row
of the ``capartner`` command's JSON export (absent values ``None``).

Every table class has ``count()``, ``at(index)``, ``find(key)`` (also named
``lookup``: raises :class:`NotFoundError`, a ``LookupError``), ``get(key)``
(``None`` when nothing matches) and ``all()``.
"""

from __future__ import annotations

import ctypes
import enum
from typing import (
    Any,
    Callable,
    ClassVar,
    Dict,
    Iterable,
    List,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
)

from . import _library
from ._library import lib
from .dates import DateLike, PartialDate
from .enums import BodyKind, Certainty, EventKind, Holding, NameKind, PlaceKind, Role, SourceKind
from .errors import Error, NotFoundError, OutOfRangeError, Status

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


def _with_key(function: Callable[..., int], what: str, key: Any, *rest: Any) -> int:
    """Like _out_handle for lookups by key; errors quote the key."""
    try:
        return _out_handle(function, _library.key(key), *rest)
    except Error as error:
        raise type(error)(error.status, where=f"{what}({key!r})") from None


class _field:
    """A field read from the library once, on first use, then kept on the record.

    A non-data descriptor: the value it stores in the record's ``__dict__`` hides it,
    so later reads are plain attribute reads."""

    def __init__(self, read: Callable[[Any], Any]) -> None:
        self.read = read
        self.name = read.__name__
        self.__doc__ = read.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, record: Any, owner: Optional[type] = None) -> Any:
        if record is None:
            return self
        value = self.read(record)
        record.__dict__[self.name] = value
        return value


def _text(value: Optional[bytes]) -> str:
    return "" if value is None else value.decode("utf-8")


def _or_none(text: str) -> Optional[str]:
    return text or None


def _date_or_none(date: PartialDate) -> Optional[str]:
    return date.text if date.is_known else None


def _shown(value: Any) -> Any:
    """A field as repr shows it: enums by their spelling."""
    return value.label if isinstance(value, enum.Enum) else value


def _id_or_none(record: Optional["_Table"]) -> Optional[str]:
    return None if record is None else record.id


class _Record:
    """One row of the library's static tables: one object per row."""

    _handle: int
    _instances: ClassVar[Dict[int, Any]]
    _fields: ClassVar[Tuple[str, ...]] = ()  # what repr shows

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._instances = {}

    def __new__(cls: Type[R], handle: int) -> R:
        record = cls._instances.get(handle)
        if record is not None:
            return record
        if not handle:
            raise ValueError(f"{cls.__name__} needs a non-NULL handle")
        record = object.__new__(cls)
        record.__dict__["_handle"] = handle
        # setdefault: when two threads race, both get the first object stored
        return cls._instances.setdefault(handle, record)  # type: ignore[no-any-return]

    @classmethod
    def _wrap(cls: Type[R], handle: Optional[int]) -> Optional[R]:
        if not handle:
            return None
        return cls._instances.get(handle) or cls(handle)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} records are read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} records are read-only")

    def __copy__(self: R) -> R:
        return self

    def __deepcopy__(self: R, memo: Dict[int, Any]) -> R:
        return self

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} records cannot be pickled")

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={_shown(getattr(self, name))!r}" for name in self._fields)
        return f"{type(self).__name__}({fields})"

    def to_dict(self) -> Dict[str, Any]:
        """The record as the ``capartner`` command's JSON export writes it."""
        raise NotImplementedError  # pragma: no cover - every record class defines it


class _KeyMemo:
    """The library's answers to the keys the data itself spells, asked once.

    A lookup by a key exactly as the data writes it ("KZ", "kz", "Kazakhstan") is
    answered from this dict without a call into C; any other key goes to the
    library. The dict is filled on first use by asking the library about every
    spelling of every record (as written, lower and upper case): it holds the C
    answer for a fixed set of keys taken from the data, so it gives the same results
    and never grows with the keys callers pass."""

    __slots__ = ("_find", "_spellings", "_answers")

    def __init__(self, find: Callable[[str], Any], spellings: Callable[[], Iterable[str]]):
        self._find = find
        self._spellings = spellings
        self._answers: Optional[Dict[str, Any]] = None

    def answers(self) -> Dict[str, Any]:
        answers = self._answers
        if answers is None:
            answers = {}
            for text in self._spellings():
                for key in (text, text.lower(), text.upper()):
                    if key and key not in answers:
                        try:
                            answers[key] = self._find(key)
                        except Error:
                            pass
            self._answers = answers
        return answers


def _did_you_mean(key: Any, cls: type) -> str:
    """"; did you mean Kyrgyzstan?" for a key that found nothing, from the library's
    suggestions of this table (one more C call, on the error path only)."""
    from . import suggest

    try:
        near = [record for record in suggest(key, 3) if isinstance(record, cls)]
    except Error:
        return ""
    if not near:
        return ""
    names = " or ".join(repr(str(record)) for record in near[:2])
    return f"; did you mean {names}?"


class _Table(_Record):
    """A record of a table with count/at/find/get (and an id)."""

    _c: ClassVar[str]  # the C name: "country" for capartner_country_*
    _find_name: ClassVar[str]  # "capartner_country_find", looked up on lib at each call
    _memo: ClassVar[_KeyMemo]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_c" in cls.__dict__:
            cls._find_name = f"capartner_{cls._c}_find"
            cls._memo = _KeyMemo(cls._find_in_c, cls._spellings)

    @classmethod
    def _spellings(cls) -> Iterable[str]:
        """The keys the data spells for this table's records."""
        return [record.id for record in cls.all()]

    @classmethod
    def _find_in_c(cls: Type[T], key: Any) -> T:
        """One call of capartner_<table>_find; errors quote the key."""
        if type(key) is str and "\0" not in key:
            data = key.encode("utf-8", "surrogatepass")
        else:
            data = _library.key(key)
        out = ctypes.c_void_p()
        try:
            getattr(lib, cls._find_name)(data, ctypes.byref(out))
        except NotFoundError as error:
            raise NotFoundError(error.status, f"{error.status.message}{_did_you_mean(key, cls)}",
                                where=f"{cls.__name__}.find({key!r})") from None
        except Error as error:
            raise type(error)(error.status, where=f"{cls.__name__}.find({key!r})") from None
        handle = out.value
        return cls._instances.get(handle) or cls(handle)  # type: ignore[arg-type]

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
            raise OutOfRangeError(Status.OUT_OF_RANGE, f"no {cls.__name__} at index {index}")
        try:
            return cls(_out_handle(getattr(lib, f"capartner_{cls._c}_at"), index))
        except OutOfRangeError:
            raise OutOfRangeError(
                Status.OUT_OF_RANGE, f"no {cls.__name__} at index {index}: there are {cls.count()}"
            ) from None

    @classmethod
    def find(cls: Type[T], key: str) -> T:
        """The record with this key (NotFoundError, a LookupError, when none)."""
        if type(key) is str:
            found = cls._memo.answers().get(key)
            if found is not None:
                return found  # type: ignore[no-any-return]
        return cls._find_in_c(key)

    @classmethod
    def lookup(cls: Type[T], key: str) -> T:
        """The same as find: raises NotFoundError (a LookupError) when nothing matches."""
        return cls.find(key)

    @classmethod
    def get(cls: Type[T], key: str) -> Optional[T]:
        """The record with this key, or None when nothing matches (a malformed key, such
        as "", still raises InvalidInputError)."""
        if type(key) is str:
            found = cls._memo.answers().get(key)
            if found is not None:
                return found  # type: ignore[no-any-return]
        try:
            return cls._find_in_c(key)
        except NotFoundError:
            return None

    @classmethod
    def all(cls: Type[T]) -> Tuple[T, ...]:
        """Every record, in table order."""
        rows = cls.__dict__.get("_all")
        if rows is None:
            # the tables are static: one C call per record, once per class
            rows = tuple(cls.at(i) for i in range(cls.count()))
            setattr(cls, "_all", rows)
        return rows  # type: ignore[no-any-return]

    @classmethod
    def coerce(cls: Type[T], value: Union[T, str]) -> T:
        """The record itself, or the record a key names."""
        if isinstance(value, cls):
            return value
        if isinstance(value, (str, bytes)):
            return cls.find(value)  # type: ignore[arg-type]
        raise TypeError(f"expected {cls.__name__} or a key, not {type(value).__name__}")

    @_field
    def id(self) -> str:
        """The stable id."""
        return _text(getattr(lib, f"capartner_{self._c}_id")(self._handle))

    def __reduce__(self) -> Any:
        return (type(self).find, (self.id,))


class _Indexed(_Table):
    @_field
    def index(self) -> int:
        """The position in the table: ``Cls.at(r.index) is r``."""
        return int(getattr(lib, f"capartner_{self._c}_index")(self._handle))


def _names(count: Callable[[int], int], at: Callable[..., int], handle: int) -> Tuple["Name", ...]:
    return tuple(Name(_out_handle(at, handle, i)) for i in range(count(handle)))


def _citation_columns(citation: "Citation") -> Dict[str, Any]:
    section = citation.section
    return {
        "source": citation.source.id,
        "section": None if section is None else section.id,
        "paragraph": citation.paragraph,
    }


# ------------------------------------------------------------ provenance


class Source(_Indexed):
    """A document the data comes from."""

    _c = "source"
    _fields = ("id", "title")

    @_field
    def kind(self) -> SourceKind:
        return SourceKind(lib.capartner_source_kind_of(self._handle))

    @_field
    def title(self) -> str:
        return _text(lib.capartner_source_title(self._handle))

    @_field
    def publisher(self) -> str:
        return _text(lib.capartner_source_publisher(self._handle))

    @_field
    def url(self) -> str:
        return _text(lib.capartner_source_url(self._handle))

    @_field
    def published(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_source_published(self._handle))

    @_field
    def content_date(self) -> PartialDate:
        """The date the content describes: the date of the source's evidence
        ("early 2014" for a page published in 2016); the publication date
        when the data gives none."""
        return PartialDate._from_c(lib.capartner_source_content_date(self._handle))

    @_field
    def note(self) -> str:
        return _text(lib.capartner_source_note(self._handle))

    def to_dict(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.label,
            "title": self.title,
            "publisher": _or_none(self.publisher),
            "url": _or_none(self.url),
            "published": _date_or_none(self.published),
            "content_date": _date_or_none(self.content_date),
            "note": _or_none(self.note),
        }

    def __str__(self) -> str:
        return self.title


class Section(_Indexed):
    """A titled part of a source, in document order."""

    _c = "section"
    _fields = ("id", "title")

    @_field
    def source(self) -> Source:
        return Source(lib.capartner_section_source(self._handle))

    @_field
    def ordinal(self) -> int:
        """1-based position within the source."""
        return int(lib.capartner_section_ordinal(self._handle))

    @_field
    def title(self) -> str:
        return _text(lib.capartner_section_title(self._handle))

    def to_dict(self) -> Dict[str, Any]:
        return {"id": self.id, "source": self.source.id, "ordinal": self.ordinal,
                "title": self.title}

    def __str__(self) -> str:
        return self.title


class Citation(_Record):
    """Where a record comes from: a source, a section and a paragraph."""

    @_field
    def source(self) -> Source:
        return Source(lib.capartner_citation_source(self._handle))

    @_field
    def section(self) -> Optional[Section]:
        return Section._wrap(lib.capartner_citation_section(self._handle))

    @_field
    def paragraph(self) -> Optional[int]:
        """1-based paragraph within the section; None when the source has no numbered place."""
        value = int(lib.capartner_citation_paragraph(self._handle))
        return value or None

    def to_dict(self) -> Dict[str, Any]:
        """``source``, ``section`` and ``paragraph``, as the export's rows carry them."""
        return _citation_columns(self)

    def __repr__(self) -> str:
        section = self.section
        parts = [repr(self.source.id)]
        if section is not None:
            parts.append(f"section={section.id!r}")
        if self.paragraph is not None:
            parts.append(f"paragraph={self.paragraph}")
        return f"Citation({', '.join(parts)})"


class _Cited(_Indexed):
    @_field
    def citation(self) -> Citation:
        """Where the record comes from."""
        return Citation(getattr(lib, f"capartner_{self._c}_citation")(self._handle))


# ----------------------------------------------------------------- names


class Name(_Record):
    """A name of a country, body or place in one language, with when it was in use."""

    _fields = ("text", "language", "kind")

    @_field
    def text(self) -> str:
        return _text(lib.capartner_name_text(self._handle))

    @_field
    def language(self) -> str:
        """ISO 639-1: "en", "fr", "ru", "kk", "ky", "tg", "tk", "uz"."""
        return _text(lib.capartner_name_language(self._handle))

    @_field
    def kind(self) -> NameKind:
        return NameKind(lib.capartner_name_kind_of(self._handle))

    @_field
    def is_preferred(self) -> bool:
        return bool(lib.capartner_name_is_preferred(self._handle))

    @_field
    def valid_from(self) -> PartialDate:
        """When the name came into use (unknown when always)."""
        return PartialDate._from_c(lib.capartner_name_valid_from(self._handle))

    @_field
    def valid_to(self) -> PartialDate:
        """When the name went out of use (unknown when still in use)."""
        return PartialDate._from_c(lib.capartner_name_valid_to(self._handle))

    def valid_on(self, date: DateLike) -> bool:
        """Whether the name was in use on a date."""
        return bool(lib.capartner_name_valid_on(self._handle, PartialDate.coerce(date)._to_c()))

    @_field
    def citation(self) -> Citation:
        return Citation(lib.capartner_name_citation(self._handle))

    def to_dict(self) -> Dict[str, Any]:
        """The columns of the export's ``names`` table that belong to the name itself."""
        return {
            "language": self.language,
            "kind": self.kind.label,
            "text": self.text,
            "preferred": self.is_preferred,
            "valid_from": _date_or_none(self.valid_from),
            "valid_to": _date_or_none(self.valid_to),
            **_citation_columns(self.citation),
        }

    def __str__(self) -> str:
        return self.text


# ------------------------------------------------------------- countries


class Country(_Cited):
    """A country: the five Central Asian partners and every other country the
    sources name in a role."""

    _c = "country"
    _fields = ("alpha_2", "name")

    @classmethod
    def _spellings(cls) -> Iterable[str]:
        for country in cls.all():
            yield from (country.id, country.alpha2, country.alpha3, str(country.numeric))
            yield from (name.text for name in country.names)

    @classmethod
    def find(cls, key: Union[str, int]) -> "Country":  # type: ignore[override]
        """Any key: alpha-2, alpha-3, numeric (``398`` or ``"398"``), or any name or alias in
        any language, case-insensitive."""
        if type(key) is str:
            found = cls._memo.answers().get(key)
            if found is not None:
                return found  # type: ignore[no-any-return]
        elif isinstance(key, int) and not isinstance(key, bool):
            return cls.by_numeric(key)
        return cls._find_in_c(key)

    @classmethod
    def get(  # type: ignore[override]
        cls,
        key: Union[str, int, None] = None,
        *,
        alpha_2: Optional[str] = None,
        alpha_3: Optional[str] = None,
        numeric: Union[str, int, None] = None,
        name: Optional[str] = None,
    ) -> Optional["Country"]:
        """The country matching, or None (pycountry's ``countries.get``): one key
        (any, as :meth:`find`) or one keyword, ``alpha_2``, ``alpha_3``, ``numeric``
        or ``name`` (any name or alias)."""
        if alpha_2 is not None and key is None and alpha_3 is None and numeric is None \
                and name is None:  # the common case first: one dict lookup
            found = _alpha2_memo.answers().get(alpha_2) if isinstance(alpha_2, str) else None
            if found is not None:
                return found  # type: ignore[no-any-return]
        given = [(field, value) for field, value in (
            ("key", key), ("alpha_2", alpha_2), ("alpha_3", alpha_3), ("numeric", numeric),
            ("name", name)) if value is not None]
        if len(given) != 1:
            raise TypeError("Country.get takes exactly one key or keyword (alpha_2, alpha_3, "
                            f"numeric, name); got {len(given)}")
        field, value = given[0]
        try:
            if field == "alpha_2":
                return cls.by_alpha2(value)  # type: ignore[arg-type]
            if field == "alpha_3":
                return cls.by_alpha3(value)  # type: ignore[arg-type]
            if field == "numeric":
                return cls.by_numeric(value)
            return cls.find(value)
        except NotFoundError:
            return None

    @classmethod
    def by_alpha2(cls, code: str) -> "Country":
        """By ISO 3166-1 alpha-2 code, any case."""
        try:
            return _alpha2_memo.answers()[code]  # type: ignore[no-any-return]
        except (KeyError, TypeError):
            return cls(_with_key(lib.capartner_country_by_alpha2, "Country.by_alpha2", code))

    @classmethod
    def by_alpha3(cls, code: str) -> "Country":
        """By ISO 3166-1 alpha-3 code, any case."""
        try:
            return _alpha3_memo.answers()[code]  # type: ignore[no-any-return]
        except (KeyError, TypeError):
            return cls(_with_key(lib.capartner_country_by_alpha3, "Country.by_alpha3", code))

    @classmethod
    def by_numeric(cls, code: Union[int, str]) -> "Country":
        """By ISO 3166-1 numeric code (``398`` or ``"398"``)."""
        if isinstance(code, str):
            if not code.strip().isdigit():
                raise InvalidNumericCode(code)
            number = int(code)
        elif isinstance(code, int) and not isinstance(code, bool):
            number = code
        else:
            raise TypeError(f"a numeric code is int or str, not {type(code).__name__}")
        try:
            return cls(_out_handle(lib.capartner_country_by_numeric, number))
        except Error as error:
            raise type(error)(error.status, where=f"Country.by_numeric({code!r})") from None

    @classmethod
    def coerce(cls, value: Union["Country", str, int]) -> "Country":  # type: ignore[override]
        if isinstance(value, Country):
            return value
        if isinstance(value, (str, bytes, int)) and not isinstance(value, bool):
            return cls.find(value)  # type: ignore[arg-type]
        raise TypeError(f"expected Country or a key, not {type(value).__name__}")

    @_field
    def alpha2(self) -> str:
        return _text(lib.capartner_country_alpha2(self._handle))

    @property
    def alpha_2(self) -> str:
        """The same as alpha2 (pycountry's spelling)."""
        return self.alpha2

    @_field
    def alpha3(self) -> str:
        return _text(lib.capartner_country_alpha3(self._handle))

    @property
    def alpha_3(self) -> str:
        """The same as alpha3 (pycountry's spelling)."""
        return self.alpha3

    @_field
    def numeric(self) -> int:
        """ISO 3166-1 numeric code."""
        return int(lib.capartner_country_numeric(self._handle))

    @_field
    def name(self) -> str:
        """The preferred English short name, e.g. "Kazakhstan"."""
        return _text(lib.capartner_country_name(self._handle))

    @_field
    def is_partner(self) -> bool:
        """True for the five Central Asian partners."""
        return bool(lib.capartner_country_is_partner(self._handle))

    @_field
    def note(self) -> str:
        """Why a non-partner country is in the dataset."""
        return _text(lib.capartner_country_note(self._handle))

    @_field
    def capital(self) -> Optional["Place"]:
        return Place._wrap(lib.capartner_country_capital(self._handle))

    @_field
    def cow_code(self) -> Optional[int]:
        """Correlates of War state code, None when not given."""
        return int(lib.capartner_country_cow_code(self._handle)) or None

    @_field
    def cow_abbreviation(self) -> str:
        """Correlates of War abbreviation, "" when not given."""
        return _text(lib.capartner_country_cow_abbreviation(self._handle))

    @_field
    def codes_source(self) -> Source:
        """The reference source of the codes and capital (the citation is the note's)."""
        return Source(lib.capartner_country_codes_source(self._handle))

    @_field
    def cow_source(self) -> Optional[Source]:
        """The reference source of the COW code, None when no code is given."""
        return Source._wrap(lib.capartner_country_cow_source(self._handle))

    @_field
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
                where=f"Country.name_in({self.id!r}, {language!r}, {kind.label!r})",
            ) from None

    def to_dict(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "alpha2": self.alpha2,
            "alpha3": self.alpha3,
            "numeric": self.numeric,
            "name": self.name,
            "partner": self.is_partner,
            "capital": _id_or_none(self.capital),
            "codes_source": self.codes_source.id,
            "cow_code": self.cow_code,
            "cow_abbreviation": _or_none(self.cow_abbreviation),
            "cow_source": _id_or_none(self.cow_source),
            "note": _or_none(self.note),
            **_citation_columns(self.citation),
        }

    def __str__(self) -> str:
        return self.name


class InvalidNumericCode(Error, ValueError):
    """A numeric country code given as text that is not a number."""

    def __init__(self, code: str) -> None:
        super().__init__(Status.INVALID_ARGUMENT,
                         f"a numeric country code is digits, not {code!r}")


def _codes(field: str) -> Callable[[], Iterable[str]]:
    return lambda: [getattr(country, field) for country in Country.all()]


_alpha2_memo = _KeyMemo(
    lambda code: Country(_out_handle(lib.capartner_country_by_alpha2, _library.key(code))),
    _codes("alpha2"))
_alpha3_memo = _KeyMemo(
    lambda code: Country(_out_handle(lib.capartner_country_by_alpha3, _library.key(code))),
    _codes("alpha3"))


# ---------------------------------------------------------------- bodies


class Body(_Cited):
    """A NATO body, programme, mechanism, operation, centre, unit, exercise, office …"""

    _c = "body"
    _fields = ("id", "acronym", "name")

    @classmethod
    def _spellings(cls) -> Iterable[str]:
        for body in cls.all():
            yield from (body.id, body.acronym)
            yield from (name.text for name in body.names)

    @_field
    def kind(self) -> BodyKind:
        return BodyKind(lib.capartner_body_kind_of(self._handle))

    @_field
    def acronym(self) -> str:
        return _text(lib.capartner_body_acronym(self._handle))

    @_field
    def name(self) -> str:
        return _text(lib.capartner_body_name(self._handle))

    @_field
    def summary(self) -> str:
        return _text(lib.capartner_body_summary(self._handle))

    @_field
    def parent(self) -> Optional["Body"]:
        return Body._wrap(lib.capartner_body_parent(self._handle))

    @_field
    def started(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_body_started(self._handle))

    @_field
    def ended(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_body_ended(self._handle))

    @_field
    def place(self) -> Optional["Place"]:
        return Place._wrap(lib.capartner_body_place(self._handle))

    @_field
    def names(self) -> Tuple[Name, ...]:
        return _names(lib.capartner_body_name_count, lib.capartner_body_name_at, self._handle)

    def to_dict(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.label,
            "acronym": _or_none(self.acronym),
            "name": self.name,
            "parent": _id_or_none(self.parent),
            "place": _id_or_none(self.place),
            "started": _date_or_none(self.started),
            "ended": _date_or_none(self.ended),
            "summary": _or_none(self.summary),
            **_citation_columns(self.citation),
        }

    def __str__(self) -> str:
        return self.name


# ---------------------------------------------------------------- places


class Place(_Cited):
    """A city, river or region, with the names it had over time."""

    _c = "place"
    _fields = ("id", "name")

    @classmethod
    def _spellings(cls) -> Iterable[str]:
        for place in cls.all():
            yield place.id
            yield from (name.text for name in place.names)

    @_field
    def name(self) -> str:
        """The current English name."""
        return _text(lib.capartner_place_name(self._handle))

    @_field
    def kind(self) -> PlaceKind:
        return PlaceKind(lib.capartner_place_kind_of(self._handle))

    @_field
    def country(self) -> Optional[Country]:
        return Country._wrap(lib.capartner_place_country(self._handle))

    @_field
    def names(self) -> Tuple[Name, ...]:
        return _names(lib.capartner_place_name_count, lib.capartner_place_name_at, self._handle)

    def name_on(self, date: DateLike) -> Name:
        """The preferred English name in use on a date ("Akmola" in 1997)."""
        partial = PartialDate.coerce(date)
        try:
            return Name(_out_handle(lib.capartner_place_name_on, self._handle, partial._to_c()))
        except Error as error:
            raise type(error)(
                error.status, where=f"Place.name_on({self.id!r}, {partial.text!r})"
            ) from None

    def to_dict(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.label,
            "name": self.name,
            "country": _id_or_none(self.country),
            **_citation_columns(self.citation),
        }

    def __str__(self) -> str:
        return self.name


# ----------------------------------------------------------------- areas


class Area(_Cited):
    """An area of cooperation."""

    _c = "area"
    _fields = ("id", "name")

    @classmethod
    def _spellings(cls) -> Iterable[str]:
        for area in cls.all():
            yield from (area.id, area.name)

    @_field
    def name(self) -> str:
        return _text(lib.capartner_area_name(self._handle))

    @_field
    def summary(self) -> str:
        return _text(lib.capartner_area_summary(self._handle))

    def to_dict(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "summary": _or_none(self.summary),
            **_citation_columns(self.citation),
        }

    def __str__(self) -> str:
        return self.name


# -------------------------------------------------------- participations


def _data_as_of() -> PartialDate:
    """The data's as-of date; unknown when the data has none."""
    try:
        return PartialDate.parse(_text(lib.capartner_data_as_of()))
    except (Error, ValueError):
        return PartialDate.unknown()


def _span_day(yyyymmdd: int) -> Optional[str]:
    """A span's bound as YYYY-MM-DD; None at an open end (0, 99991231)."""
    if yyyymmdd <= 0 or yyyymmdd >= 99991231:
        return None
    return f"{yyyymmdd // 10000:04d}-{yyyymmdd // 100 % 100:02d}-{yyyymmdd % 100:02d}"


class Participation(_Cited):
    """A country's role in a body from ``started`` to ``ended``, as reported on ``reported``."""

    _c = "participation"
    _fields = ("id", "role")

    @_field
    def country(self) -> Country:
        return Country(lib.capartner_participation_country(self._handle))

    @_field
    def body(self) -> Body:
        return Body(lib.capartner_participation_body(self._handle))

    @_field
    def role(self) -> Role:
        return Role(lib.capartner_participation_role(self._handle))

    @_field
    def area(self) -> Optional[Area]:
        """The area of cooperation the relation is about, None for the body as a whole."""
        return Area._wrap(lib.capartner_participation_area(self._handle))

    @_field
    def started(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_participation_started(self._handle))

    @_field
    def ended(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_participation_ended(self._handle))

    @_field
    def reported(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_participation_reported(self._handle))

    @_field
    def started_text(self) -> str:
        """``started``'s text form, e.g. "1995" or "unknown"."""
        return _text(lib.capartner_participation_started_text(self._handle))

    @_field
    def ended_text(self) -> str:
        """``ended``'s text form, e.g. "before 2013" or "unknown"."""
        return _text(lib.capartner_participation_ended_text(self._handle))

    @_field
    def reported_text(self) -> str:
        """``reported``'s text form, e.g. "2017-12-12"."""
        return _text(lib.capartner_participation_reported_text(self._handle))

    @_field
    def summary(self) -> str:
        return _text(lib.capartner_participation_summary(self._handle))

    @_field
    def is_preferred(self) -> bool:
        """False when another record states the same relation and the dataset prefers it."""
        return bool(lib.capartner_participation_is_preferred(self._handle))

    @_field
    def alternative_of(self) -> Optional["Participation"]:
        """The preferred record this one is an alternative to, or None."""
        return Participation._wrap(lib.capartner_participation_alternative_of(self._handle))

    def held_on(self, date: DateLike) -> bool:
        """Whether the relation certainly held on a date (``status_on`` is HELD)."""
        return bool(
            lib.capartner_participation_held_on(self._handle, PartialDate.coerce(date)._to_c())
        )

    def status_on(self, date: DateLike) -> Holding:
        """HELD, NOT_HELD, or UNKNOWN where the sources do not tell: before a
        start they do not give, after the last source that reports it
        (docs/data-model.md)."""
        return Holding(
            lib.capartner_participation_status_on(self._handle, PartialDate.coerce(date)._to_c())
        )

    def span(self, mode: Union[Certainty, str, int] = Certainty.CERTAINLY) -> Tuple[int, int]:
        """The days the relation certainly (or possibly) held, as yyyymmdd integers
        like :meth:`PartialDate.bounds`: open ends are 0 and 99991231, and
        first > last when there are none."""
        first, last = ctypes.c_int32(), ctypes.c_int32()
        lib.capartner_participation_span(
            self._handle, Certainty.coerce(mode), ctypes.byref(first), ctypes.byref(last)
        )
        return first.value, last.value

    def _span_columns(self, mode: Certainty, prefix: str) -> Dict[str, Optional[str]]:
        """A span's days as the export writes them: None at an open end; an
        empty certain span (never open) is None at both ends."""
        first, last = self.span(mode)
        if mode == Certainty.CERTAINLY and first > last:
            first = last = 0
        return {prefix + "_first": _span_day(first), prefix + "_last": _span_day(last)}

    def to_dict(self) -> Dict[str, Any]:
        """The export's row: with the spans and the status on the data's as-of date."""
        return {
            "id": self.id,
            "country": self.country.id,
            "body": self.body.id,
            "role": self.role.label,
            "area": _id_or_none(self.area),
            "status": self.status_on(_data_as_of()).label,
            "started": _date_or_none(self.started),
            "ended": _date_or_none(self.ended),
            "reported": _date_or_none(self.reported),
            **self._span_columns(Certainty.CERTAINLY, "certain"),
            **self._span_columns(Certainty.POSSIBLY, "possible"),
            "summary": _or_none(self.summary),
            "alternative_of": _id_or_none(self.alternative_of),
            **_citation_columns(self.citation),
        }

    def __str__(self) -> str:
        return f"{self.country.name} {self.role.label} {self.body.acronym or self.body.name}"


# ---------------------------------------------------------------- events


def _day_text(day: Any) -> Optional[str]:
    return None if day is None else day.isoformat()


class Event(_Cited):
    """A dated statement: one entry of the timeline."""

    _c = "event"
    _fields = ("id", "date_text")

    @_field
    def date(self) -> PartialDate:
        return PartialDate._from_c(lib.capartner_event_date(self._handle))

    @_field
    def date_text(self) -> str:
        """The date's text form, e.g. "early 2014"."""
        return _text(lib.capartner_event_date_text(self._handle))

    @_field
    def kind(self) -> EventKind:
        return EventKind(lib.capartner_event_kind_of(self._handle))

    @_field
    def summary(self) -> str:
        """One line in the dataset's own words."""
        return _text(lib.capartner_event_summary(self._handle))

    @_field
    def place(self) -> Optional[Place]:
        return Place._wrap(lib.capartner_event_place(self._handle))

    @_field
    def countries(self) -> Tuple[Country, ...]:
        count = lib.capartner_event_country_count(self._handle)
        return tuple(
            Country(_out_handle(lib.capartner_event_country_at, self._handle, i))
            for i in range(count)
        )

    @_field
    def bodies(self) -> Tuple[Body, ...]:
        count = lib.capartner_event_body_count(self._handle)
        return tuple(
            Body(_out_handle(lib.capartner_event_body_at, self._handle, i)) for i in range(count)
        )

    @_field
    def areas(self) -> Tuple[Area, ...]:
        count = lib.capartner_event_area_count(self._handle)
        return tuple(
            Area(_out_handle(lib.capartner_event_area_at, self._handle, i)) for i in range(count)
        )

    @_field
    def is_preferred(self) -> bool:
        return bool(lib.capartner_event_is_preferred(self._handle))

    @_field
    def alternative_of(self) -> Optional["Event"]:
        return Event._wrap(lib.capartner_event_alternative_of(self._handle))

    def to_dict(self) -> Dict[str, Any]:
        """The row of ``capartner timeline --format json``: the export's events row with
        the countries, bodies and areas as lists of ids."""
        date = self.date
        return {
            "id": self.id,
            "position": self.index,
            "date": self.date_text,
            "date_earliest": _day_text(date.earliest),
            "date_latest": _day_text(date.latest),
            "kind": self.kind.label,
            "place": _id_or_none(self.place),
            "countries": [country.id for country in self.countries],
            "bodies": [body.id for body in self.bodies],
            "areas": [area.id for area in self.areas],
            "summary": self.summary,
            "alternative_of": _id_or_none(self.alternative_of),
            **_citation_columns(self.citation),
        }

    def __str__(self) -> str:
        return f"{self.date_text} {self.summary}"


def to_json_value(value: Any) -> Any:
    """``json.dumps``'s ``default``: records as their ``to_dict()``, dates as text,
    enums as their spelling."""
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, PartialDate):
        return _date_or_none(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")

