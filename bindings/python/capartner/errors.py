"""Status codes and the exceptions they become.

Every C call that returns a ``capartner_status`` is checked in one place
(``capartner._library``); a status other than ``OK`` raises one of these:

=====================  =========================================  ======================
status                 exception                                  also a
=====================  =========================================  ======================
NOT_FOUND              :class:`NotFoundError`                     ``LookupError``
OUT_OF_RANGE           :class:`OutOfRangeError`                   ``ValueError``, ``IndexError``
INVALID_DATE           :class:`InvalidDateError`                  ``ValueError``
NULL_ARGUMENT,         :class:`InvalidInputError`                 ``ValueError``
EMPTY_KEY,
KEY_TOO_LONG,
INVALID_UTF8,
INVALID_ARGUMENT
NO_MEMORY              :class:`NoMemoryError`                     ``MemoryError``
=====================  =========================================  ======================

All of them are :class:`Error`, which carries the :class:`Status` as ``.status``.
"""

from __future__ import annotations

import enum
from typing import Dict, Optional, Type

__all__ = [
    "Status",
    "Error",
    "NotFoundError",
    "InvalidInputError",
    "InvalidDateError",
    "OutOfRangeError",
    "NoMemoryError",
    "error_class",
]


class Status(enum.IntEnum):
    """``capartner_status``: the result of a C call that can fail."""

    OK = 0
    NULL_ARGUMENT = 1
    EMPTY_KEY = 2
    KEY_TOO_LONG = 3
    INVALID_UTF8 = 4
    NOT_FOUND = 5
    OUT_OF_RANGE = 6
    INVALID_DATE = 7
    INVALID_ARGUMENT = 8
    NO_MEMORY = 9

    @property
    def message(self) -> str:
        """The library's English description (``capartner_strerror``)."""
        from . import _library

        return _library.strerror(int(self))

    def __str__(self) -> str:
        return self.name.lower()


class Error(Exception):
    """A libcapartner call failed. ``status`` says how; ``str()`` says it in English."""

    status: Status

    def __init__(self, status: int, message: Optional[str] = None, *, where: str = "") -> None:
        try:
            self.status = Status(status)
        except ValueError:  # a status newer than this binding
            self.status = status  # type: ignore[assignment]
        if message is None:
            from . import _library

            message = _library.strerror(int(status))
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class NotFoundError(Error, LookupError):
    """A well-formed key that names no record (``NOT_FOUND``)."""


class InvalidInputError(Error, ValueError):
    """An argument the library refuses: empty, too long, not UTF-8, wrong for the call."""


class InvalidDateError(InvalidInputError):
    """Date text or a date value that is not a valid date (``INVALID_DATE``)."""


class OutOfRangeError(InvalidInputError, IndexError):
    """An index or an enum value out of range (``OUT_OF_RANGE``)."""


class NoMemoryError(Error, MemoryError):
    """The library could not allocate a query (``NO_MEMORY``)."""


_CLASSES: Dict[int, Type[Error]] = {
    Status.NULL_ARGUMENT: InvalidInputError,
    Status.EMPTY_KEY: InvalidInputError,
    Status.KEY_TOO_LONG: InvalidInputError,
    Status.INVALID_UTF8: InvalidInputError,
    Status.NOT_FOUND: NotFoundError,
    Status.OUT_OF_RANGE: OutOfRangeError,
    Status.INVALID_DATE: InvalidDateError,
    Status.INVALID_ARGUMENT: InvalidInputError,
    Status.NO_MEMORY: NoMemoryError,
}


def error_class(status: int) -> Type[Error]:
    """The exception class raised for a status (:class:`Error` for unknown ones)."""
    return _CLASSES.get(status, Error)
