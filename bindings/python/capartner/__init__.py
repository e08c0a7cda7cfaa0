"""libcapartner for Python: NATO's partnerships with the Central Asian states.

A ctypes binding of the C library, standard library only::

    import capartner

    for event in capartner.timeline(country="KZ"):
        print(event.date_text, event.summary)

Lookups (:func:`country`, :func:`body`, ...) return immutable record objects and
raise :class:`NotFoundError` (a ``LookupError``) for unknown keys and
:class:`InvalidInputError` (a ``ValueError``) for malformed ones.
:func:`timeline` and :func:`participations` take their filters as keyword
arguments and return iterators. Dates are :class:`PartialDate` values with a
precision and a qualifier, convertible to :class:`datetime.date`.

The shared library is found through ``CAPARTNER_LIBRARY``, then next to this
package, then the system's library search (see ``capartner._library``).
"""

from __future__ import annotations

import ctypes
import json
from typing import Any, Tuple, Union

from . import _library
from .dates import DateLike, PartialDate
from .enums import (
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
)
from .errors import (
    Error,
    InvalidDateError,
    InvalidInputError,
    NoMemoryError,
    NotFoundError,
    OutOfRangeError,
    Status,
)
from .query import Query, participations, timeline
from .tables import Table, areas, bodies, countries, events, places, sections, sources
from .records import (
    Area,
    Body,
    Citation,
    Country,
    Event,
    Name,
    Participation,
    Place,
    Section,
    Source,
    to_json_value,
)

__version__ = "0.2.0"

__all__ = [
    # library and data
    "version",
    "version_number",
    "data_as_of",
    "data_digest",
    "strerror",
    "library_path",
    "to_json",
    "Table",
    # lookups
    "country",
    "countries",
    "body",
    "bodies",
    "place",
    "places",
    "area",
    "areas",
    "source",
    "sources",
    "section",
    "sections",
    "participation",
    "event",
    "events",
    "suggest",
    # queries
    "timeline",
    "participations",
    "Query",
    # records
    "Country",
    "Body",
    "Place",
    "Area",
    "Source",
    "Section",
    "Citation",
    "Name",
    "Participation",
    "Event",
    # dates and enums
    "PartialDate",
    "DateLike",
    "Precision",
    "Qualifier",
    "BodyKind",
    "Role",
    "EventKind",
    "NameKind",
    "SourceKind",
    "PlaceKind",
    "QueryKind",
    "Order",
    "Certainty",
    "Holding",
    # errors
    "Status",
    "Error",
    "NotFoundError",
    "InvalidInputError",
    "InvalidDateError",
    "OutOfRangeError",
    "NoMemoryError",
]


# ------------------------------------------------------- library and data


def version() -> str:
    """The version of the C library actually loaded, e.g. "0.2.0"."""
    return _library.text(_library.lib.capartner_version())


def version_number() -> int:
    """MAJOR * 10000 + MINOR * 100 + PATCH of the C library loaded."""
    return int(_library.lib.capartner_version_number())


def data_as_of() -> str:
    """The data's as-of date (ISO 8601): the newest publication date among the sources."""
    return _library.text(_library.lib.capartner_data_as_of())


def data_digest() -> str:
    """SHA-256 (lowercase hex) of the data files the library was built from."""
    return _library.text(_library.lib.capartner_data_digest())


def strerror(status: Union[Status, int]) -> str:
    """The library's English description of a status."""
    return _library.strerror(int(status))


def library_path() -> str:
    """The absolute path of the shared library loaded."""
    return _library.path


def to_json(value: Any, **options: Any) -> str:
    """``json.dumps`` that writes records as the ``capartner`` command's JSON export
    does (``to_dict()``), lists of them as arrays, and UTF-8 text as it is."""
    options.setdefault("ensure_ascii", False)
    return json.dumps(value, default=to_json_value, **options)


# ---------------------------------------------------------------- lookups


def country(key: Union[str, int]) -> Country:
    """A country by any key: "KZ", "KAZ", 398, "Kazakhstan", "Казахстан" ..."""
    return Country.find(key)



def body(key: str) -> Body:
    """A body by id, acronym, name or alias: "parp", "PfP", "Partnership for Peace"."""
    return Body.find(key)



def place(key: str) -> Place:
    """A place by id or any of its names: "astana", "Akmola"."""
    return Place.find(key)



def area(key: str) -> Area:
    """An area of cooperation by id or name."""
    return Area.find(key)


def suggest(key: str, limit: int = 5) -> Tuple[Union[Country, Body, Place, Area], ...]:
    """The records whose keys are nearest to one that found nothing, best first:
    ``suggest("Kirgizstan")[0]`` is Kyrgyzstan. Compared as the lookups compare
    keys (case, diacritics, apostrophes and spaces aside); () when nothing is close.
    """
    if limit <= 0:
        return ()
    found = (_library.CSuggestion * limit)()
    count = ctypes.c_size_t()
    try:
        _library.lib.capartner_suggest(_library.key(key), found, limit, ctypes.byref(count))
    except Error as error:
        raise type(error)(error.status, where=f"suggest({key!r})") from None
    tables = (Country, Body, Place, Area)
    return tuple(tables[s.type].at(s.index) for s in found[: count.value])


def source(id: str) -> Source:
    return Source.find(id)



def section(id: str) -> Section:
    return Section.find(id)



def participation(id: str) -> Participation:
    """A participation by id (see :func:`participations` for filtered walks)."""
    return Participation.find(id)


def event(id: str) -> Event:
    """An event by id (see :func:`timeline` for filtered walks)."""
    return Event.find(id)


