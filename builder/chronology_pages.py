"""How the chronology is cut into pages: one page, or, when it is large, an index and a page per
year, a page per month for a year that is large itself, and for a month that is large too, pages
of consecutive days; so that no page a reader opens lists more than `split_above` events, unless
a single day holds more."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.chronology import MonthGroup, YearGroup, group_by_year_and_month

if TYPE_CHECKING:
    from builder.model import Event

ORDERS = ("oldest-first", "newest-first")
# About 650 bytes of HTML an entry: 1,000 entries make a page of about 0.7 MB with the theme's.
SPLIT_ABOVE = 1000


@dataclass(frozen=True)
class ChronologyPart:
    """One page of a split chronology: a year, a month of a large year, or days of a large month."""

    uri: str  # "chronology/2025.md"; "chronology/2025-04.md", a month; "chronology/2025-04-11.md"
    label: str  # "2025", "April 2025", "April 2025, 11–20"
    years: tuple[YearGroup, ...]  # its one year, with all of its months, one, or part of one
    count: int


@dataclass(frozen=True)
class IndexMonth:
    label: str
    count: int
    uri: str  # the page it is on
    anchor: str  # its heading's id there


@dataclass(frozen=True)
class IndexYear:
    label: str
    anchor: str
    count: int
    uri: str  # the year's page, or its first month's
    months: tuple[IndexMonth, ...]


def ordered_years(events: tuple[Event, ...], order: str) -> tuple[YearGroup, ...]:
    """Years, months and the events in them oldest first, or all three newest first."""
    if order not in ORDERS:
        raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
    return group_by_year_and_month(events if order == "oldest-first" else reversed(events))


def chronology_parts(
    years: tuple[YearGroup, ...], split_above: int, base: str = "chronology"
) -> tuple[ChronologyPart, ...]:
    """The pages of a listing of more than `split_above` events, () if it stays one page: the
    chronology's (chronology/2025.md), or a storyline's or term's (base: "tags/talks")."""
    counts = [sum(len(month.events) for month in year.months) for year in years]
    if sum(counts) <= split_above:
        return ()
    parts: list[ChronologyPart] = []
    for year, count in zip(years, counts, strict=True):
        if count <= split_above:
            parts.append(ChronologyPart(f"{base}/{year.anchor}.md", year.label, (year,), count))
            continue
        for month in year.months:
            if len(month.events) <= split_above:
                alone = YearGroup(year.label, year.anchor, (month,))
                uri = f"{base}/{month.anchor}.md"
                parts.append(ChronologyPart(uri, month.label, (alone,), len(month.events)))
                continue
            for events in _runs_of_days(month.events, split_above):
                days = sorted({event.date.value.earliest.day for event in events})
                span = f"{days[0]}–{days[-1]}" if len(days) > 1 else f"{days[0]}"
                piece = MonthGroup(month.label, month.anchor, events)
                parts.append(
                    ChronologyPart(
                        f"{base}/{month.anchor}-{days[0]:02d}.md",
                        f"{month.label}, {span}",
                        (YearGroup(year.label, year.anchor, (piece,)),),
                        len(events),
                    )
                )
    return tuple(parts)


def _runs_of_days(events: tuple[Event, ...], limit: int) -> list[tuple[Event, ...]]:
    """A month's events cut between days into runs of at most `limit` (a day is never cut)."""
    runs: list[list[Event]] = [[]]
    for _, on_day in itertools.groupby(events, key=lambda event: event.date.value.earliest):
        day = list(on_day)
        if runs[-1] and len(runs[-1]) + len(day) > limit:
            runs.append([])
        runs[-1].extend(day)
    return [tuple(run) for run in runs]


def chronology_index(parts: tuple[ChronologyPart, ...]) -> tuple[IndexYear, ...]:
    """The split chronology's front page: each year with its count and months, each linked."""
    index = []
    for anchor, in_year in itertools.groupby(parts, key=lambda part: part.years[0].anchor):
        pieces = tuple(in_year)
        months = tuple(
            # a year's page lists its months; a month's (or its days') page is named for them
            IndexMonth(
                month.label if part.label == part.years[0].label else part.label,
                len(month.events),
                part.uri,
                f"m{month.anchor}",
            )
            for part in pieces
            for month in part.years[0].months
        )
        label = pieces[0].years[0].label
        index.append(IndexYear(label, anchor, sum(p.count for p in pieces), pieces[0].uri, months))
    return tuple(index)


def part_of_each_event(parts: tuple[ChronologyPart, ...]) -> dict[str, str]:
    """{event id: the uri of the chronology page that lists it}, for a split chronology."""
    return {
        event.id: part.uri
        for part in parts
        for year in part.years
        for month in year.months
        for event in month.events
    }
