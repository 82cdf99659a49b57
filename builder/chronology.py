"""Ordering, grouping and indexing events: what the pages are made of, computed once."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.calendar import MONTH_NAMES, format_year
from builder.names import unique_slugs

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from builder.model import Event


@dataclass(frozen=True)
class MonthGroup:
    label: str
    anchor: str  # the HTML id of its heading
    events: tuple[Event, ...]


@dataclass(frozen=True)
class YearGroup:
    label: str
    anchor: str
    months: tuple[MonthGroup, ...]


@dataclass(frozen=True)
class Term:
    """A tag, actor or place: its name as written, its slug, and its events in order."""

    name: str
    slug: str
    events: tuple[Event, ...]


def group_by_year_and_month(events: Iterable[Event]) -> tuple[YearGroup, ...]:
    """Events (already in order) grouped in one pass; an event goes where its earliest day is."""
    years = []
    by_year = itertools.groupby(events, key=lambda e: e.date.value.earliest.year)
    for year, in_year in by_year:
        months = []
        for month, in_month in itertools.groupby(
            in_year, key=lambda e: e.date.value.earliest.month
        ):
            label = f"{MONTH_NAMES[month - 1]} {format_year(year)}"
            months.append(MonthGroup(label, f"{year}-{month:02d}", tuple(in_month)))
        years.append(YearGroup(format_year(year), str(year), tuple(months)))
    return tuple(years)


def index_by(events: Iterable[Event], names: Callable[[Event], Iterable[str]]) -> tuple[Term, ...]:
    """Terms in alphabetical order, each with a unique slug and its events in chronological order."""
    found: dict[str, list[Event]] = {}
    for event in events:
        for name in dict.fromkeys(names(event)):
            found.setdefault(name, []).append(event)
    ordered = sorted(found, key=lambda n: (n.casefold(), n))
    slugs = unique_slugs(ordered)
    return tuple(Term(name, slugs[name], tuple(found[name])) for name in ordered)


def neighbours(events: tuple[Event, ...]) -> dict[str, tuple[Event | None, Event | None]]:
    """Each event's previous and next event in time."""
    padded = (None, *events, None)
    return {
        event.id: (padded[i], padded[i + 2])  # type: ignore[misc]
        for i, event in enumerate(events)
    }


def relations(events: tuple[Event, ...]) -> dict[str, tuple[Event, ...]]:
    """Related events both ways: if a names b, b's page shows a too."""
    by_id = {event.id: event for event in events}
    related: dict[str, dict[str, None]] = {event.id: {} for event in events}
    for event in events:
        for other in event.related:
            if other in by_id:
                related[event.id][other] = None
                related[other][event.id] = None
    order = {event.id: i for i, event in enumerate(events)}
    return {
        key: tuple(by_id[other] for other in sorted(values, key=order.__getitem__))
        for key, values in related.items()
    }
