"""Whole tables as pycountry-style databases: ``capartner.countries.get(alpha_2="KZ")``.

Each table object is iterable, has a length, ``get`` (``None`` when nothing
matches), ``lookup`` (``LookupError`` when nothing matches) and, called, returns
every record as a tuple (``capartner.countries()``, as in earlier versions).
"""

from __future__ import annotations

from typing import Any, Callable, Generic, Iterator, Optional, Tuple, Type, TypeVar

from .records import Area, Body, Country, Event, Participation, Place, Section, Source, _Table

__all__ = ["Table", "countries", "bodies", "places", "areas", "sources", "sections",
           "participations_table", "events"]

T = TypeVar("T", bound=_Table)


class Table(Generic[T]):
    """The records of one table, in table order."""

    __slots__ = ("record_class", "get", "lookup")

    def __init__(self, record_class: Type[T]) -> None:
        self.record_class = record_class
        # the record class's own methods: no extra call per lookup
        self.get = record_class.get
        self.lookup = record_class.lookup

    def __call__(self) -> Tuple[T, ...]:
        """Every record, as a tuple."""
        return self.record_class.all()

    def __iter__(self) -> Iterator[T]:
        return iter(self.record_class.all())

    def __len__(self) -> int:
        return self.record_class.count()

    def __getitem__(self, index: int) -> T:
        return self.record_class.at(index)

    get: Callable[..., Optional[T]]
    """The record a key names, or None (``countries.get(alpha_2="KZ")`` takes pycountry's
    keywords too)."""
    lookup: Callable[[Any], T]
    """The record a key names; raises NotFoundError (a LookupError) when none."""

    def __repr__(self) -> str:
        return f"<capartner table of {len(self)} {self.record_class.__name__} records>"


countries: Table[Country] = Table(Country)
bodies: Table[Body] = Table(Body)
places: Table[Place] = Table(Place)
areas: Table[Area] = Table(Area)
sources: Table[Source] = Table(Source)
sections: Table[Section] = Table(Section)
participations_table: Table[Participation] = Table(Participation)
events: Table[Event] = Table(Event)
