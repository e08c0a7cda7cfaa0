"""Loading libcapartner and declaring its functions: the one place that knows C.

The shared library is searched for, in this order:

1. the path in the environment variable ``CAPARTNER_LIBRARY`` (when it is set,
   nothing else is tried: a wrong path is an error, not a fallback);
2. the absolute path ``cmake --install`` wrote into ``capartner/_paths.py``
   (only an installed package has that file);
3. next to this package: ``libcapartner.so.0``, ``libcapartner.so``,
   ``libcapartner.0.dylib``, ``libcapartner.dylib`` or ``capartner.dll`` in the
   ``capartner`` package directory;
4. ``ctypes.util.find_library("capartner")`` (the system's library paths);
5. the dynamic loader's own search for ``libcapartner.so.0`` (``LD_LIBRARY_PATH``,
   the ld.so cache).

When none loads, importing :mod:`capartner` raises ``ImportError`` naming every
place that was tried.

Every public C function is declared in :data:`FUNCTIONS` with its result and
argument types; functions returning ``capartner_status`` get an ``errcheck``
that raises the matching :class:`capartner.errors.Error`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from ctypes import (
    POINTER,
    c_char_p,
    c_int,
    c_int16,
    c_int32,
    c_size_t,
    c_uint,
    c_uint8,
    c_void_p,
)
from typing import Any, Callable, List, Mapping, Optional, Sequence, Tuple

from .errors import Status, error_class

__all__ = ["lib", "path", "CDate", "FUNCTIONS", "locate", "strerror", "DATE_TEXT_BYTES"]

#: The major version this binding is written for: the ABI (SOVERSION) it expects.
ABI_MAJOR = 0
DATE_TEXT_BYTES = 24  # CAPARTNER_DATE_TEXT_BYTES
MAX_KEY_BYTES = 255  # CAPARTNER_MAX_KEY_BYTES
OPEN_EARLIEST = 0
OPEN_LATEST = 99991231


class CDate(ctypes.Structure):
    """``capartner_date``: 8 bytes, passed and returned by value."""

    _fields_ = [
        ("year", c_int16),
        ("month", c_uint8),
        ("day", c_uint8),
        ("precision", c_uint8),
        ("qualifier", c_uint8),
        ("reserved", c_uint8 * 2),
    ]


class CSuggestion(ctypes.Structure):
    """``capartner_suggestion``: a record close to a key that found nothing."""

    _fields_ = [
        ("type", c_int),
        ("index", c_size_t),
        ("key", c_char_p),
        ("distance", c_uint),
    ]


# Short names for the table below.
_STR = c_char_p  # const char * (UTF-8, static, never NULL)
_PTR = c_void_p  # a const handle (NULL becomes None)
_OUT = POINTER(c_void_p)  # const T ** out
_SIZE = c_size_t
_INT = c_int
_ENUM = c_int
_UINT = c_uint
_DATE = CDate
_STATUS = object()  # marker: returns capartner_status, checked by errcheck

#: (name, result type, argument types) for every function of include/capartner.h.
FUNCTIONS: Sequence[Tuple[str, Any, Sequence[Any]]] = (
    # version
    ("capartner_version", _STR, ()),
    ("capartner_version_number", _INT, ()),
    ("capartner_data_as_of", _STR, ()),
    ("capartner_data_digest", _STR, ()),
    ("capartner_strerror", _STR, (_ENUM,)),
    # dates
    ("capartner_date_parse", _STATUS, (c_char_p, POINTER(CDate))),
    ("capartner_date_format", _STATUS, (_DATE, ctypes.c_char_p, _SIZE)),
    ("capartner_date_bounds", _STATUS, (_DATE, POINTER(c_int32), POINTER(c_int32))),
    ("capartner_date_compare", _INT, (_DATE, _DATE)),
    # enums
    ("capartner_body_kind_name", _STR, (_ENUM,)),
    ("capartner_body_kind_parse", _STATUS, (c_char_p, POINTER(c_int))),
    ("capartner_role_name", _STR, (_ENUM,)),
    ("capartner_role_parse", _STATUS, (c_char_p, POINTER(c_int))),
    ("capartner_event_kind_name", _STR, (_ENUM,)),
    ("capartner_event_kind_parse", _STATUS, (c_char_p, POINTER(c_int))),
    ("capartner_name_kind_name", _STR, (_ENUM,)),
    ("capartner_source_kind_name", _STR, (_ENUM,)),
    ("capartner_place_kind_name", _STR, (_ENUM,)),
    ("capartner_precision_name", _STR, (_ENUM,)),
    ("capartner_qualifier_name", _STR, (_ENUM,)),
    ("capartner_holding_name", _STR, (_ENUM,)),
    ("capartner_certainty_name", _STR, (_ENUM,)),
    # sources
    ("capartner_source_count", _SIZE, ()),
    ("capartner_source_at", _STATUS, (_SIZE, _OUT)),
    ("capartner_source_find", _STATUS, (c_char_p, _OUT)),
    ("capartner_source_index", _SIZE, (_PTR,)),
    ("capartner_source_id", _STR, (_PTR,)),
    ("capartner_source_kind_of", _ENUM, (_PTR,)),
    ("capartner_source_title", _STR, (_PTR,)),
    ("capartner_source_publisher", _STR, (_PTR,)),
    ("capartner_source_url", _STR, (_PTR,)),
    ("capartner_source_published", _DATE, (_PTR,)),
    ("capartner_source_content_date", _DATE, (_PTR,)),
    ("capartner_source_note", _STR, (_PTR,)),
    # sections
    ("capartner_section_count", _SIZE, ()),
    ("capartner_section_at", _STATUS, (_SIZE, _OUT)),
    ("capartner_section_find", _STATUS, (c_char_p, _OUT)),
    ("capartner_section_id", _STR, (_PTR,)),
    ("capartner_section_index", _SIZE, (_PTR,)),
    ("capartner_section_source", _PTR, (_PTR,)),
    ("capartner_section_ordinal", _UINT, (_PTR,)),
    ("capartner_section_title", _STR, (_PTR,)),
    # citations
    ("capartner_citation_source", _PTR, (_PTR,)),
    ("capartner_citation_section", _PTR, (_PTR,)),
    ("capartner_citation_paragraph", _UINT, (_PTR,)),
    # names
    ("capartner_name_text", _STR, (_PTR,)),
    ("capartner_name_language", _STR, (_PTR,)),
    ("capartner_name_kind_of", _ENUM, (_PTR,)),
    ("capartner_name_is_preferred", _INT, (_PTR,)),
    ("capartner_name_valid_from", _DATE, (_PTR,)),
    ("capartner_name_valid_to", _DATE, (_PTR,)),
    ("capartner_name_valid_on", _INT, (_PTR, _DATE)),
    ("capartner_name_citation", _PTR, (_PTR,)),
    # countries
    ("capartner_country_count", _SIZE, ()),
    ("capartner_country_at", _STATUS, (_SIZE, _OUT)),
    ("capartner_country_find", _STATUS, (c_char_p, _OUT)),
    ("capartner_country_by_alpha2", _STATUS, (c_char_p, _OUT)),
    ("capartner_country_by_alpha3", _STATUS, (c_char_p, _OUT)),
    ("capartner_country_by_numeric", _STATUS, (_INT, _OUT)),
    ("capartner_country_index", _SIZE, (_PTR,)),
    ("capartner_country_id", _STR, (_PTR,)),
    ("capartner_country_alpha2", _STR, (_PTR,)),
    ("capartner_country_alpha3", _STR, (_PTR,)),
    ("capartner_country_numeric", _INT, (_PTR,)),
    ("capartner_country_name", _STR, (_PTR,)),
    ("capartner_country_is_partner", _INT, (_PTR,)),
    ("capartner_country_note", _STR, (_PTR,)),
    ("capartner_country_capital", _PTR, (_PTR,)),
    ("capartner_country_cow_code", _INT, (_PTR,)),
    ("capartner_country_cow_abbreviation", _STR, (_PTR,)),
    ("capartner_country_codes_source", _PTR, (_PTR,)),
    ("capartner_country_cow_source", _PTR, (_PTR,)),
    ("capartner_country_name_count", _SIZE, (_PTR,)),
    ("capartner_country_name_at", _STATUS, (_PTR, _SIZE, _OUT)),
    ("capartner_country_name_in", _STATUS, (_PTR, c_char_p, _ENUM, _OUT)),
    ("capartner_country_citation", _PTR, (_PTR,)),
    # bodies
    ("capartner_body_count", _SIZE, ()),
    ("capartner_body_at", _STATUS, (_SIZE, _OUT)),
    ("capartner_body_find", _STATUS, (c_char_p, _OUT)),
    ("capartner_body_index", _SIZE, (_PTR,)),
    ("capartner_body_id", _STR, (_PTR,)),
    ("capartner_body_kind_of", _ENUM, (_PTR,)),
    ("capartner_body_acronym", _STR, (_PTR,)),
    ("capartner_body_name", _STR, (_PTR,)),
    ("capartner_body_summary", _STR, (_PTR,)),
    ("capartner_body_parent", _PTR, (_PTR,)),
    ("capartner_body_started", _DATE, (_PTR,)),
    ("capartner_body_ended", _DATE, (_PTR,)),
    ("capartner_body_place", _PTR, (_PTR,)),
    ("capartner_body_name_count", _SIZE, (_PTR,)),
    ("capartner_body_name_at", _STATUS, (_PTR, _SIZE, _OUT)),
    ("capartner_body_citation", _PTR, (_PTR,)),
    # places
    ("capartner_place_count", _SIZE, ()),
    ("capartner_place_at", _STATUS, (_SIZE, _OUT)),
    ("capartner_place_find", _STATUS, (c_char_p, _OUT)),
    ("capartner_place_index", _SIZE, (_PTR,)),
    ("capartner_place_id", _STR, (_PTR,)),
    ("capartner_place_name", _STR, (_PTR,)),
    ("capartner_place_kind_of", _ENUM, (_PTR,)),
    ("capartner_place_country", _PTR, (_PTR,)),
    ("capartner_place_name_count", _SIZE, (_PTR,)),
    ("capartner_place_name_at", _STATUS, (_PTR, _SIZE, _OUT)),
    ("capartner_place_name_on", _STATUS, (_PTR, _DATE, _OUT)),
    ("capartner_place_citation", _PTR, (_PTR,)),
    # areas
    ("capartner_area_count", _SIZE, ()),
    ("capartner_area_at", _STATUS, (_SIZE, _OUT)),
    ("capartner_area_find", _STATUS, (c_char_p, _OUT)),
    ("capartner_area_index", _SIZE, (_PTR,)),
    ("capartner_area_id", _STR, (_PTR,)),
    ("capartner_area_name", _STR, (_PTR,)),
    ("capartner_area_summary", _STR, (_PTR,)),
    ("capartner_area_citation", _PTR, (_PTR,)),
    # participations
    ("capartner_participation_count", _SIZE, ()),
    ("capartner_participation_at", _STATUS, (_SIZE, _OUT)),
    ("capartner_participation_find", _STATUS, (c_char_p, _OUT)),
    ("capartner_participation_index", _SIZE, (_PTR,)),
    ("capartner_participation_id", _STR, (_PTR,)),
    ("capartner_participation_country", _PTR, (_PTR,)),
    ("capartner_participation_body", _PTR, (_PTR,)),
    ("capartner_participation_role", _ENUM, (_PTR,)),
    ("capartner_participation_area", _PTR, (_PTR,)),
    ("capartner_participation_started", _DATE, (_PTR,)),
    ("capartner_participation_ended", _DATE, (_PTR,)),
    ("capartner_participation_reported", _DATE, (_PTR,)),
    ("capartner_participation_started_text", _STR, (_PTR,)),
    ("capartner_participation_ended_text", _STR, (_PTR,)),
    ("capartner_participation_reported_text", _STR, (_PTR,)),
    ("capartner_participation_summary", _STR, (_PTR,)),
    ("capartner_participation_is_preferred", _INT, (_PTR,)),
    ("capartner_participation_alternative_of", _PTR, (_PTR,)),
    ("capartner_participation_held_on", _INT, (_PTR, _DATE)),
    ("capartner_participation_status_on", _ENUM, (_PTR, _DATE)),
    ("capartner_participation_span", _STATUS, (_PTR, _ENUM, POINTER(c_int32), POINTER(c_int32))),
    ("capartner_participation_citation", _PTR, (_PTR,)),
    # events
    ("capartner_event_count", _SIZE, ()),
    ("capartner_event_at", _STATUS, (_SIZE, _OUT)),
    ("capartner_event_find", _STATUS, (c_char_p, _OUT)),
    ("capartner_event_index", _SIZE, (_PTR,)),
    ("capartner_event_id", _STR, (_PTR,)),
    ("capartner_event_date", _DATE, (_PTR,)),
    ("capartner_event_date_text", _STR, (_PTR,)),
    ("capartner_event_kind_of", _ENUM, (_PTR,)),
    ("capartner_event_summary", _STR, (_PTR,)),
    ("capartner_event_place", _PTR, (_PTR,)),
    ("capartner_event_country_count", _SIZE, (_PTR,)),
    ("capartner_event_country_at", _STATUS, (_PTR, _SIZE, _OUT)),
    ("capartner_event_body_count", _SIZE, (_PTR,)),
    ("capartner_event_body_at", _STATUS, (_PTR, _SIZE, _OUT)),
    ("capartner_event_area_count", _SIZE, (_PTR,)),
    ("capartner_event_area_at", _STATUS, (_PTR, _SIZE, _OUT)),
    ("capartner_event_is_preferred", _INT, (_PTR,)),
    ("capartner_event_alternative_of", _PTR, (_PTR,)),
    ("capartner_event_citation", _PTR, (_PTR,)),
    # queries
    ("capartner_query_new", _STATUS, (_ENUM, _OUT)),
    ("capartner_query_free", None, (_PTR,)),
    ("capartner_query_add_country", _STATUS, (_PTR, _PTR)),
    ("capartner_query_add_body", _STATUS, (_PTR, _PTR)),
    ("capartner_query_set_order", _STATUS, (_PTR, _ENUM)),
    ("capartner_query_include_alternatives", _STATUS, (_PTR, _INT)),
    ("capartner_query_add_area", _STATUS, (_PTR, _PTR)),
    ("capartner_query_add_kind", _STATUS, (_PTR, _ENUM)),
    ("capartner_query_set_range", _STATUS, (_PTR, _DATE, _DATE, _ENUM)),
    ("capartner_query_set_range_text", _STATUS, (_PTR, c_char_p, c_char_p, _ENUM)),
    ("capartner_query_add_role", _STATUS, (_PTR, _ENUM)),
    ("capartner_query_set_as_of", _STATUS, (_PTR, _DATE, _ENUM)),
    ("capartner_query_set_as_of_text", _STATUS, (_PTR, c_char_p, _ENUM)),
    ("capartner_query_is_certain", _INT, (_PTR,)),
    ("capartner_query_rewind", _STATUS, (_PTR,)),
    ("capartner_query_next_event", _PTR, (_PTR,)),
    ("capartner_query_next_participation", _PTR, (_PTR,)),
    ("capartner_query_count", _STATUS, (_PTR, POINTER(c_size_t))),
    ("capartner_query_next_indexes", _STATUS,
     (_PTR, POINTER(c_size_t), c_size_t, POINTER(c_size_t))),
    ("capartner_query_reset", _STATUS, (_PTR, _ENUM)),
    # suggestions
    ("capartner_suggest", _STATUS, (c_char_p, POINTER(CSuggestion), _SIZE, POINTER(c_size_t))),
)


def _check_status(result: int, function: Any, arguments: Tuple[Any, ...]) -> int:
    """errcheck for every function returning capartner_status."""
    if result != Status.OK:
        raise error_class(result)(result, where=function.__name__)
    return result


def declare(library: ctypes.CDLL) -> None:
    """Sets restype, argtypes (and errcheck for status results) on every function."""
    for name, restype, argtypes in FUNCTIONS:
        try:
            function = getattr(library, name)
        except AttributeError:
            raise ImportError(
                f"capartner: the loaded library {library._name!r} has no {name}: "
                "it is older than this binding"
            ) from None
        function.argtypes = list(argtypes)
        if restype is _STATUS:
            function.restype = c_int
            function.errcheck = _check_status
        else:
            function.restype = restype


# ------------------------------------------------------------------ search

_NEXT_TO_PACKAGE = (
    "libcapartner.so.0",
    "libcapartner.so",
    "libcapartner.0.dylib",
    "libcapartner.dylib",
    "capartner.dll",
)
_SONAME = "libcapartner.so.0"


def locate(
    environ: Mapping[str, str],
    package_dir: str,
    find_library: Callable[[str], Optional[str]] = ctypes.util.find_library,
    load: Callable[[str], ctypes.CDLL] = ctypes.CDLL,
    installed: Optional[str] = None,
) -> Tuple[ctypes.CDLL, str]:
    """Finds and loads the library; returns it and the path or name it was loaded by.

    Raises ImportError naming every candidate tried when none loads."""
    tried: List[str] = []

    override = environ.get("CAPARTNER_LIBRARY")
    if override:
        try:
            return load(override), override
        except OSError as error:
            raise ImportError(
                f"capartner: cannot load the library named by CAPARTNER_LIBRARY={override!r}: "
                f"{error}"
            ) from error

    candidates: List[Tuple[str, str]] = []
    if installed:
        candidates.append((installed, f"{installed} (installed with the package)"))
    for file_name in _NEXT_TO_PACKAGE:
        candidate = os.path.join(package_dir, file_name)
        if os.path.exists(candidate):
            candidates.append((candidate, f"{candidate} (next to the package)"))
        else:
            tried.append(f"{candidate} (next to the package): no such file")
    found = find_library("capartner")
    if found:
        candidates.append((found, f"{found} (ctypes.util.find_library)"))
    else:
        tried.append("ctypes.util.find_library('capartner'): nothing found")
    candidates.append((_SONAME, f"{_SONAME} (the dynamic loader's search path)"))

    for name, description in candidates:
        try:
            return load(name), name
        except OSError as error:
            tried.append(f"{description}: {error}")

    raise ImportError(
        "capartner: cannot find the libcapartner shared library. Set CAPARTNER_LIBRARY to "
        "its path (e.g. build/libcapartner.so.0), put it next to the capartner package, or "
        "install it. Tried:\n  " + "\n  ".join(tried)
    )


def _installed_library() -> Optional[str]:
    """The path cmake --install wrote into _paths.py, or None (not installed that way)."""
    try:
        from ._paths import LIBRARY  # type: ignore[import]
    except ImportError:
        return None
    return str(LIBRARY)


def absolute_path(library: ctypes.CDLL, where: str) -> str:
    """The absolute path of the file the loader mapped for ``library``: dladdr on one
    of its functions, for a library loaded by name (the soname, find_library)."""
    if os.path.isabs(where):
        return where

    class _DlInfo(ctypes.Structure):
        _fields_ = [("fname", ctypes.c_char_p), ("fbase", ctypes.c_void_p),
                    ("sname", ctypes.c_char_p), ("saddr", ctypes.c_void_p)]

    try:
        dladdr = ctypes.CDLL(None).dladdr
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        return os.path.abspath(where) if os.path.exists(where) else where
    dladdr.argtypes = [ctypes.c_void_p, ctypes.POINTER(_DlInfo)]
    dladdr.restype = ctypes.c_int
    info = _DlInfo()
    address = ctypes.cast(library.capartner_version, ctypes.c_void_p)
    if dladdr(address, ctypes.byref(info)) and info.fname:
        return os.path.abspath(os.fsdecode(info.fname))
    return os.path.abspath(where)  # pragma: no cover


def _load() -> Tuple[ctypes.CDLL, str]:
    library, where = locate(os.environ, os.path.dirname(os.path.abspath(__file__)),
                            installed=_installed_library())
    where = absolute_path(library, where)
    declare(library)
    major = library.capartner_version_number() // 10000
    if major != ABI_MAJOR:
        raise ImportError(
            f"capartner: {where} is libcapartner {library.capartner_version().decode()}, "
            f"this binding needs major version {ABI_MAJOR}"
        )
    return library, where


lib: Any
path: str
lib, path = _load()


# ----------------------------------------------------------- conversions

def text(value: Optional[bytes]) -> str:
    """A static C string as str ("" for NULL, which the library never returns)."""
    return "" if value is None else value.decode("utf-8")


def key(value: Any, what: str = "key") -> bytes:
    """A str (or bytes) argument as NUL-terminated UTF-8 bytes.

    Lone surrogates are passed through so that the library, not the encoder, says
    the text is not UTF-8; an embedded NUL (which C would silently cut at) is refused."""
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
    elif isinstance(value, (bytes, bytearray)):
        data = bytes(value)
    else:
        raise TypeError(f"{what} must be str, not {type(value).__name__}")
    if b"\0" in data:
        from .errors import InvalidInputError

        raise InvalidInputError(
            Status.INVALID_ARGUMENT, f"{what} contains a NUL character", where="capartner"
        )
    return data


_STRERROR: dict = {}


def strerror(status: int) -> str:
    """capartner_strerror, asked once per status (statuses are a small enum: the messages
    kept are bounded by it; other numbers are not kept)."""
    message = _STRERROR.get(status)
    if message is None:
        message = text(lib.capartner_strerror(status))
        if 0 <= status < 64:
            _STRERROR[status] = message
    return message


if ctypes.sizeof(CDate) != 8:  # pragma: no cover
    raise ImportError("capartner: unexpected capartner_date layout")
