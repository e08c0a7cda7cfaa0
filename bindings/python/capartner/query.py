"""Queries: filtered walks over the timeline and the participations.

Most code needs only :func:`timeline` and :func:`participations`, which return
iterators and free the C query when the iteration ends (or the iterator is
garbage-collected). :class:`Query` is the lower level: a reusable walk with a
:meth:`Query.count`, to be closed (``with Query(...) as q:``).

Within one filter values are alternatives (country KZ or KG); across filters all
must hold (country KZ and area public-diplomacy). By default only the statements
the dataset prefers are returned, oldest first.
"""

from __future__ import annotations

import ctypes
from typing import Any, Iterable, Iterator, List, Optional, TypeVar, Union, cast

from . import _library
from ._library import lib
from .dates import DateLike, PartialDate
from .enums import Certainty, EventKind, Order, QueryKind, Role
from .errors import InvalidDateError, InvalidInputError
from .records import Area, Body, Country, Event, Participation

__all__ = ["Query", "timeline", "participations", "CountryKey", "BodyKey", "AreaKey"]

CountryKey = Union[Country, str, int]
"""A Country, or any key of one: "KZ", "KAZ", 398, "Kazakhstan", "Казахстан"."""
BodyKey = Union[Body, str]
"""A Body, or its id, acronym, name or alias: "parp", "PfP"."""
AreaKey = Union[Area, str]
"""An Area, or its id or name."""

V = TypeVar("V")
Many = Union[V, Iterable[V], None]


def _many(value: Any) -> List[Any]:
    """None → [], a single value → [value], any other iterable → list(value)."""
    if value is None:
        return []
    if isinstance(value, (str, bytes, int, Country, Body, Area, EventKind, Role)):
        return [value]
    return list(value)


def _is_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


# C queries closed and kept for reuse: a new Query takes one and empties it
# (capartner_query_reset, one C call) instead of allocating, and closing one
# costs no call. list.append and list.pop are atomic, so threads may share it.
_spare_handles: List[int] = []
_SPARE_HANDLES_MAX = 8

# How many matches a walk takes from C in one call (capartner_query_next_indexes).
_BATCH = 64


class Query:
    """A filtered walk over events (``QueryKind.EVENTS``) or participations.

    The add/set methods return the query, so they chain. Iterating a query
    rewinds it first, so it can be walked again; :meth:`next` steps it by hand.
    A query owns C memory: use ``with`` or :meth:`close` (it is also freed when
    garbage-collected). A query must not be shared between threads without a lock.
    """

    _handle: Optional[int]

    def __init__(self, kind: Union[QueryKind, str] = QueryKind.EVENTS) -> None:
        self._handle = None
        self._kind = QueryKind.coerce(kind)
        self._possibly = False  # a POSSIBLY filter: matches may be uncertain
        self._moved = False  # stepped since made or rewound
        try:
            handle = _spare_handles.pop()
        except IndexError:
            out = ctypes.c_void_p()
            lib.capartner_query_new(self._kind, ctypes.byref(out))
            self._handle = out.value
        else:
            self._handle = handle
            lib.capartner_query_reset(handle, self._kind)

    # ---------------------------------------------------------- lifetime

    @property
    def kind(self) -> QueryKind:
        return self._kind

    @property
    def closed(self) -> bool:
        return self._handle is None

    def close(self) -> None:
        """Frees the C query (or keeps it for the next Query); further use raises
        ValueError. Safe to call twice."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if len(_spare_handles) < _SPARE_HANDLES_MAX:
            _spare_handles.append(handle)
        else:
            lib.capartner_query_free(handle)

    def __enter__(self) -> "Query":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # pragma: no cover - interpreter shutdown
            pass

    def _live(self) -> int:
        if self._handle is None:
            raise ValueError("the query is closed")
        return self._handle

    # ----------------------------------------------------------- filters

    def add_country(self, country: CountryKey) -> "Query":
        """Matches records involving this country (or any other added one)."""
        lib.capartner_query_add_country(self._live(), Country.coerce(country)._handle)
        return self

    def add_body(self, body: BodyKey) -> "Query":
        """Matches records involving this body (or any other added one)."""
        lib.capartner_query_add_body(self._live(), Body.coerce(body)._handle)
        return self

    def add_area(self, area: AreaKey) -> "Query":
        """Matches events in this area of cooperation, or participations about it (or another added one)."""
        lib.capartner_query_add_area(self._live(), Area.coerce(area)._handle)
        return self

    def add_kind(self, kind: Union[EventKind, str, int]) -> "Query":
        """Events only: matches events of this kind (or another added one)."""
        lib.capartner_query_add_kind(self._live(), EventKind.coerce(kind, "kind"))
        return self

    def add_role(self, role: Union[Role, str, int]) -> "Query":
        """Participations only: matches this role (or another added one)."""
        lib.capartner_query_add_role(self._live(), Role.coerce(role, "role"))
        return self

    def set_order(self, order: Union[Order, str, int]) -> "Query":
        lib.capartner_query_set_order(self._live(), Order.coerce(order, "order"))
        return self

    def include_alternatives(self, include: bool = True) -> "Query":
        """Also return the statements the dataset does not prefer."""
        lib.capartner_query_include_alternatives(self._live(), 1 if include else 0)
        return self

    def set_range(
        self,
        since: Optional[DateLike] = None,
        until: Optional[DateLike] = None,
        *,
        possibly: bool = False,
    ) -> "Query":
        """Events only: dated from ``since``'s earliest day to ``until``'s latest day,
        inclusive; None (or "") leaves an end open. An event whose date is an interval
        matches when it lies entirely inside the range (it certainly falls in it), or
        with ``possibly=True`` when it may (see :attr:`is_certain`)."""
        mode = Certainty.POSSIBLY if possibly else Certainty.CERTAINLY
        handle = self._live()
        self._possibly = self._possibly or possibly
        try:
            if _is_text(since) and _is_text(until):
                lib.capartner_query_set_range_text(
                    handle,
                    None if since is None else _library.key(since, "since"),
                    None if until is None else _library.key(until, "until"),
                    mode,
                )
            else:
                start = PartialDate() if since in (None, "") else PartialDate.coerce(
                    cast(Any, since))
                end = PartialDate() if until in (None, "") else PartialDate.coerce(
                    cast(Any, until))
                lib.capartner_query_set_range(handle, start._to_c(), end._to_c(), mode)
        except InvalidDateError as error:
            raise InvalidDateError(
                error.status, f"since={since!r}, until={until!r}: {error.status.message}"
            ) from None
        except InvalidInputError as error:
            if self._kind != QueryKind.EVENTS:
                raise InvalidInputError(
                    error.status, "a date range is for events queries; participations take as_of"
                ) from None
            raise InvalidInputError(
                error.status, f"the range is reversed: since={since!r} begins after "
                f"until={until!r} ends"
            ) from None
        return self

    def set_as_of(self, date: DateLike, *, possibly: bool = False) -> "Query":
        """Participations only: the relations certainly held on a date, or with
        ``possibly=True`` also those whose status then is unknown."""
        mode = Certainty.POSSIBLY if possibly else Certainty.CERTAINLY
        self._possibly = self._possibly or possibly
        try:
            if isinstance(date, str):
                lib.capartner_query_set_as_of_text(
                    self._live(), _library.key(date, "as_of"), mode)
            else:
                lib.capartner_query_set_as_of(
                    self._live(), PartialDate.coerce(date)._to_c(), mode)
        except InvalidDateError as error:
            raise InvalidDateError(error.status, f"as_of={date!r}: {error.status.message}") \
                from None
        except InvalidInputError as error:
            raise InvalidInputError(error.status, "as_of is for participations queries") \
                from None
        return self

    @property
    def is_certain(self) -> bool:
        """Whether the match returned last is certain: an event wholly in the range,
        a relation held on the as-of date (False when only possible)."""
        return bool(lib.capartner_query_is_certain(self._live()))

    # -------------------------------------------------------------- walk

    def rewind(self) -> "Query":
        """Restarts the walk."""
        lib.capartner_query_rewind(self._live())
        self._moved = False
        return self

    def next(self) -> Union[Event, Participation, None]:
        """The next match, or None at the end."""
        self._moved = True
        if self._kind == QueryKind.EVENTS:
            return Event._wrap(lib.capartner_query_next_event(self._live()))
        return Participation._wrap(lib.capartner_query_next_participation(self._live()))

    def count(self) -> int:
        """How many records match (does not move the walk)."""
        out = ctypes.c_size_t()
        lib.capartner_query_count(self._live(), ctypes.byref(out))
        return int(out.value)

    def __len__(self) -> int:
        return self.count()

    def __iter__(self) -> Iterator[Any]:
        handle = ctypes.c_void_p(self._live())  # converted once, not at every step
        if self._moved:
            lib.capartner_query_rewind(handle)
        self._moved = True
        if self._possibly:
            return self._steps(handle)
        return self._batches(handle)

    def _batches(self, handle: ctypes.c_void_p) -> Iterator[Any]:
        # One C call per 64 matches; the record objects are the ones kept for each
        # row (records are made once). Every match of a query without a POSSIBLY
        # filter is certain, so is_certain stays true as it would step by step.
        rows = (Event if self._kind == QueryKind.EVENTS else Participation).all()
        indexes = (ctypes.c_size_t * _BATCH)()
        filled = ctypes.c_size_t()
        fill, filled_ref = lib.capartner_query_next_indexes, ctypes.byref(filled)
        while True:
            fill(handle, indexes, _BATCH, filled_ref)
            count = filled.value
            if count == 0:
                return
            for i in indexes[:count]:
                yield rows[i]

    def _steps(self, handle: ctypes.c_void_p) -> Iterator[Any]:
        # One C call per match, so that is_certain tells about each one.
        if self._kind == QueryKind.EVENTS:
            step, kept, make = lib.capartner_query_next_event, Event._instances, Event
        else:
            step = lib.capartner_query_next_participation
            kept, make = Participation._instances, Participation
        while True:
            found = step(handle)
            if not found:
                return
            yield kept.get(found) or make(found)

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"{self.count()} matches"
        return f"<capartner.Query {self._kind.label} ({state})>"

    # ---------------------------------------------------------- builders

    @classmethod
    def events(
        cls,
        *,
        country: Many[CountryKey] = None,
        countries: Many[CountryKey] = None,
        body: Many[BodyKey] = None,
        bodies: Many[BodyKey] = None,
        area: Many[AreaKey] = None,
        areas: Many[AreaKey] = None,
        kind: Many[Union[EventKind, str]] = None,
        kinds: Many[Union[EventKind, str]] = None,
        since: Optional[DateLike] = None,
        until: Optional[DateLike] = None,
        possibly: bool = False,
        newest_first: bool = False,
        include_alternatives: bool = False,
    ) -> "Query":
        """An events query with the filters of :func:`timeline`."""
        query = cls(QueryKind.EVENTS)
        try:
            for value in _many(country) + _many(countries):
                query.add_country(value)
            for value in _many(body) + _many(bodies):
                query.add_body(value)
            for value in _many(area) + _many(areas):
                query.add_area(value)
            for value in _many(kind) + _many(kinds):
                query.add_kind(value)
            if since not in (None, "") or until not in (None, ""):
                query.set_range(since, until, possibly=possibly)
            if newest_first:
                query.set_order(Order.NEWEST_FIRST)
            if include_alternatives:
                query.include_alternatives(True)
        except BaseException:
            query.close()
            raise
        return query

    @classmethod
    def participations(
        cls,
        *,
        country: Many[CountryKey] = None,
        countries: Many[CountryKey] = None,
        body: Many[BodyKey] = None,
        bodies: Many[BodyKey] = None,
        role: Many[Union[Role, str]] = None,
        roles: Many[Union[Role, str]] = None,
        area: Many[AreaKey] = None,
        areas: Many[AreaKey] = None,
        as_of: Optional[DateLike] = None,
        possibly: bool = False,
        newest_first: bool = False,
        include_alternatives: bool = False,
    ) -> "Query":
        """A participations query with the filters of :func:`participations`."""
        query = cls(QueryKind.PARTICIPATIONS)
        try:
            for value in _many(country) + _many(countries):
                query.add_country(value)
            for value in _many(body) + _many(bodies):
                query.add_body(value)
            for value in _many(role) + _many(roles):
                query.add_role(value)
            for value in _many(area) + _many(areas):
                query.add_area(value)
            if as_of not in (None, ""):
                query.set_as_of(cast(DateLike, as_of), possibly=possibly)
            if newest_first:
                query.set_order(Order.NEWEST_FIRST)
            if include_alternatives:
                query.include_alternatives(True)
        except BaseException:
            query.close()
            raise
        return query


def _drain(query: Query) -> Iterator[Any]:
    """Yields every match once, then frees the query (also when abandoned early)."""
    with query:
        yield from query


def timeline(
    *,
    country: Many[CountryKey] = None,
    countries: Many[CountryKey] = None,
    body: Many[BodyKey] = None,
    bodies: Many[BodyKey] = None,
    area: Many[AreaKey] = None,
    areas: Many[AreaKey] = None,
    kind: Many[Union[EventKind, str]] = None,
    kinds: Many[Union[EventKind, str]] = None,
    since: Optional[DateLike] = None,
    until: Optional[DateLike] = None,
    possibly: bool = False,
    newest_first: bool = False,
    include_alternatives: bool = False,
) -> Iterator[Event]:
    """The events matching every filter given, in timeline order.

    ``country``/``countries``, ``body``/``bodies``, ``area``/``areas`` and
    ``kind``/``kinds`` each take one value or a list (records, keys, or for kinds
    an :class:`EventKind` or its spelling); values of one filter are alternatives.
    ``since``/``until`` bound the dates (text like "2013" or "2014-06", a
    :class:`PartialDate`, a :class:`datetime.date` or a year); an event dated by
    an interval matches when it lies inside the range (certainly in it), or with
    ``possibly=True`` when it may fall in it ("after 2001-09-11" in 2013). Bad keys raise at once (NotFoundError, InvalidInputError),
    not on the first ``next()``.

    >>> for event in timeline(country="KZ", since="2013", until="2013"):  # doctest: +SKIP
    ...     print(event.date_text, event.summary)
    """
    query = Query.events(
        country=country,
        countries=countries,
        body=body,
        bodies=bodies,
        area=area,
        areas=areas,
        kind=kind,
        kinds=kinds,
        since=since,
        until=until,
        possibly=possibly,
        newest_first=newest_first,
        include_alternatives=include_alternatives,
    )
    return cast(Iterator[Event], _drain(query))


def participations(
    *,
    country: Many[CountryKey] = None,
    countries: Many[CountryKey] = None,
    body: Many[BodyKey] = None,
    bodies: Many[BodyKey] = None,
    role: Many[Union[Role, str]] = None,
    roles: Many[Union[Role, str]] = None,
    area: Many[AreaKey] = None,
    areas: Many[AreaKey] = None,
    as_of: Optional[DateLike] = None,
    possibly: bool = False,
    newest_first: bool = False,
    include_alternatives: bool = False,
) -> Iterator[Participation]:
    """The participations matching every filter given, in table order.

    ``area`` keeps the relations about that area of cooperation
    (:attr:`Participation.area`). ``as_of`` keeps the relations certainly held on that date (``"2016-03"``, a
    :class:`PartialDate` or a :class:`datetime.date`), with ``possibly=True``
    also those whose status then is unknown (:meth:`Participation.status_on`).

    >>> for p in participations(body="PARP"):  # doctest: +SKIP
    ...     print(p.country.name, p.role)
    """
    query = Query.participations(
        country=country,
        countries=countries,
        body=body,
        bodies=bodies,
        role=role,
        roles=roles,
        area=area,
        areas=areas,
        as_of=as_of,
        possibly=possibly,
        newest_first=newest_first,
        include_alternatives=include_alternatives,
    )
    return cast(Iterator[Participation], _drain(query))
