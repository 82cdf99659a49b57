"""The visual timeline's layout: month by month, each day with events a band on the axis as tall
as its labels need, each event's label inside its own date's band, stretches without events
compressed and marked.

The scale adapts to the events (the page grows with the number of events, not with the densest
day times the span), and says so: every band is labelled with its day, every compressed stretch
with its length. Each month is one CSS grid; this module only numbers its rows, so the browser
sizes them to the labels and a mark can never drift from its label (and a reader without
JavaScript, or on paper, gets the same). Pure arithmetic, tested in tests/test_timeline.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import groupby
from typing import TYPE_CHECKING

from builder.calendar import MONTH_NAMES, Day, format_iso_year, format_year, month_end

if TYPE_CHECKING:
    from collections.abc import Callable

    from builder.model import Event

MAX_TRACKS = 3  # overlapping bars of one storyline side by side, then on top of each other


@dataclass(frozen=True)
class Row:
    """One grid row: an event's label, or a compressed stretch of days without events."""

    first: Day
    last: Day
    event: Event | None = None


@dataclass(frozen=True)
class Tick:
    """A band on the axis: the rows of one day with events, or one compressed stretch."""

    first: Day
    last: Day
    start: int  # first grid line (1-based)
    end: int  # the grid line after it
    is_gap: bool = False

    @property
    def text(self) -> str:
        if self.is_gap:
            days = self.last.number - self.first.number + 1
            return f"{days} day{'s' if days != 1 else ''}"
        return f"{self.first.day} {MONTH_NAMES[self.first.month - 1][:3]}"


@dataclass(frozen=True)
class Mark:
    """An event's mark in one month: its band (grid lines) and where its label stands."""

    event: Event
    shape: str  # "point": one day; "span": from one day to another; "within": somewhere in it
    lane: int
    start: int
    end: int
    label_row: int | None  # None: the part of a span that began in an earlier month
    track: int = 0
    continued: bool = False  # began before this month
    continues: bool = False  # goes on after this month

    @property
    def label_line(self) -> int:
        """The label's row counted from the mark's first row (for the grid's subgrid)."""
        return (self.label_row or self.start) - self.start + 1


@dataclass(frozen=True)
class CalendarMonth:
    """A month as the page names it: its anchor, its number for the script, its name."""

    year: int
    month: int

    @property
    def anchor(self) -> str:
        return f"y{format_iso_year(self.year)}-m{self.month:02d}"

    @property
    def index(self) -> int:
        """Months since year 0: what the page script compares."""
        return month_index(self.year, self.month)

    @property
    def name(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {format_year(self.year)}"


@dataclass(frozen=True)
class Month(CalendarMonth):
    rows: int
    ticks: tuple[Tick, ...]
    marks: tuple[Mark, ...]

    @property
    def count(self) -> int:
        return sum(1 for mark in self.marks if mark.label_row is not None)


@dataclass(frozen=True)
class Gap:
    """Whole months without a new event, cut out between two months."""

    months: int

    @property
    def text(self) -> str:
        if self.months >= 24:
            return f"{self.months // 12} years without new events"
        return f"{self.months} month{'s' if self.months != 1 else ''} without new events"


@dataclass(frozen=True)
class OverviewYear:
    year: int
    counts: tuple[int, ...]  # events beginning in each of its twelve months
    years_before: int = 0  # years without events cut out before this one

    @property
    def label(self) -> str:
        return format_year(self.year)

    @property
    def months(self) -> tuple[OverviewMonth, ...]:
        return tuple(
            OverviewMonth(self.year, month, count) for month, count in enumerate(self.counts, 1)
        )


@dataclass(frozen=True)
class OverviewMonth(CalendarMonth):
    count: int


@dataclass(frozen=True)
class Timeline:
    parts: tuple[Month | Gap, ...]
    overview: tuple[OverviewYear, ...]
    most_in_a_month: int
    lane_count: int
    first: Day | None
    last: Day | None


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def extent(event: Event) -> tuple[Day, Day]:
    """The first and last day the event may have taken place on."""
    return event.date.value.earliest, (event.end or event.date).value.latest


def shape(event: Event) -> str:
    first, last = extent(event)
    if first == last:
        return "point"
    if event.end is not None or event.date.value.is_range:
        return "span"
    return "within"  # one date known only to a week, a month, a year: a band, not a duration


def layout(events: tuple[Event, ...], lanes: dict[str | None, int]) -> Timeline:
    """The timeline of `events` (in date order); `lanes` numbers the storylines, in the order
    the author set; events without a known storyline get a lane after them."""
    lane_count = len(lanes)
    if any(event.storyline not in lanes for event in events):
        lane_count += 1

    def lane(event: Event) -> int:
        return lanes.get(event.storyline, len(lanes))

    parts: list[Month | Gap] = []
    carried: list[Event] = []  # spans that go on past the month laid out last
    previous: int | None = None
    for (year, month), group in groupby(events, key=_month_of):
        index = month_index(year, month)
        if previous is not None and index - previous > 1:
            parts.append(Gap(index - previous - 1))
        first_day = Day(year, month, 1)
        carried = [e for e in carried if extent(e)[1] >= first_day]
        month_events = list(group)
        parts.append(_month(year, month, month_events, carried, lane))
        last_day = month_end(year, month)
        carried = [e for e in (*carried, *month_events) if extent(e)[1] > last_day]
        previous = index
    days = [d for e in events for d in extent(e)]
    return Timeline(
        tuple(parts),
        overview(events),
        max((p.count for p in parts if isinstance(p, Month)), default=0),
        max(lane_count, 1),
        min(days, default=None),
        max(days, default=None),
    )


def _month_of(event: Event) -> tuple[int, int]:
    first = event.date.value.earliest
    return first.year, first.month


def rows_of_month(year: int, month: int, events: list[Event], lead: bool, trail: bool) -> list[Row]:
    """A row per event, in order; a compressed row for each stretch without events between
    two days with events, and before the first (`lead`) or after the last (`trail`) when a
    mark reaches into that stretch."""
    first_of_month, last_of_month = Day(year, month, 1), month_end(year, month)
    rows: list[Row] = []
    day_before = first_of_month.plus_days(-1) if lead else None
    for event in events:
        day = event.date.value.earliest
        if day_before is not None and day.number - day_before.number > 1:
            rows.append(Row(day_before.plus_days(1), day.plus_days(-1)))
        rows.append(Row(day, day, event))
        day_before = day
    if trail and day_before is not None and day_before < last_of_month:
        rows.append(Row(day_before.plus_days(1), last_of_month))
    return rows


def ticks_of(rows: list[Row]) -> tuple[Tick, ...]:
    """The axis: one band per day with events (all its rows), one per compressed stretch."""
    ticks = []
    line = 1
    for (first, last, is_event), group in groupby(
        rows, key=lambda r: (r.first, r.last, r.event is not None)
    ):
        count = len(list(group)) if is_event else 1
        ticks.append(Tick(first, last, line, line + count, is_gap=not is_event))
        line += count
    return tuple(ticks)


def band(ticks: tuple[Tick, ...], first: Day, last: Day) -> tuple[int, int]:
    """The grid lines of the rows covering the days first..last (the ticks they touch)."""
    touched = [t for t in ticks if t.first <= last and t.last >= first]
    return touched[0].start, touched[-1].end


def _month(
    year: int, month: int, events: list[Event], carried: list[Event], lane: Callable[[Event], int]
) -> Month:
    first_of_month, last_of_month = Day(year, month, 1), month_end(year, month)
    first_event_day = events[0].date.value.earliest
    last_event_day = events[-1].date.value.earliest
    reaches_after = any(extent(e)[1] > last_event_day for e in (*carried, *events))
    rows = rows_of_month(
        year, month, events, lead=bool(carried) and first_event_day > first_of_month,
        trail=reaches_after,
    )  # fmt: skip
    ticks = ticks_of(rows)
    marks: list[Mark] = []
    for event in carried:
        last = min(extent(event)[1], last_of_month)
        start, end = band(ticks, first_of_month, last)
        marks.append(
            Mark(event, shape(event), lane(event), start, end, None, continued=True,
                 continues=extent(event)[1] > last_of_month)
        )  # fmt: skip
    label_rows = {id(row.event): line for line, row in enumerate(rows, 1) if row.event}
    for event in events:
        first, last = extent(event)
        form = shape(event)
        row = label_rows[id(event)]
        if form == "point":
            start, end = row, row + 1
        else:
            start, end = band(ticks, first, min(last, last_of_month))
        marks.append(
            Mark(event, form, lane(event), start, end, row, continues=last > last_of_month)
        )
    return Month(year, month, len(rows), ticks, tuple(_with_tracks(marks)))


def _with_tracks(marks: list[Mark]) -> list[Mark]:
    """Bars of one storyline that overlap stand side by side (up to MAX_TRACKS), so a short
    span inside a long one still shows; points are drawn over the bars."""
    busy: dict[int, list[int]] = {}  # lane: the grid line each of its tracks is busy until
    tracks: dict[int, int] = {}  # index in `marks`: its track
    bars = [i for i, m in enumerate(marks) if m.shape != "point"]
    for i in sorted(bars, key=lambda i: (marks[i].start, -marks[i].end)):
        mark = marks[i]
        ends = busy.setdefault(mark.lane, [])
        track = next((t for t, end in enumerate(ends) if end <= mark.start), len(ends))
        if track == len(ends):
            ends.append(mark.end)
        else:
            ends[track] = mark.end
        tracks[i] = track % MAX_TRACKS
    return [replace(m, track=tracks.get(i, 0)) for i, m in enumerate(marks)]


def overview(events: tuple[Event, ...]) -> tuple[OverviewYear, ...]:
    """Events beginning in each month, year by year; runs of years without any are cut out."""
    counts: dict[int, list[int]] = {}
    for event in events:
        first = event.date.value.earliest
        counts.setdefault(first.year, [0] * 12)[first.month - 1] += 1
    years = []
    previous = None
    for year in sorted(counts):
        skipped = year - previous - 1 if previous is not None else 0
        years.append(OverviewYear(year, tuple(counts[year]), skipped))
        previous = year
    return tuple(years)


@dataclass(frozen=True)
class TimelinePart:
    """One page of a large timeline: a year, or one month of a year that is large itself."""

    uri: str  # "timeline/2025.md", "timeline/2025-04.md"
    label: str  # "2025", "April 2025"
    parts: tuple[Month | Gap, ...]

    @property
    def count(self) -> int:
        return sum(part.count for part in self.parts if isinstance(part, Month))

    @property
    def events(self) -> tuple[Event, ...]:
        """The events whose labels are on this page, in order."""
        return tuple(
            mark.event
            for month in self.parts
            if isinstance(month, Month)
            for mark in month.marks
            if mark.label_row is not None
        )


def split(timeline: Timeline, split_above: int) -> tuple[TimelinePart, ...]:
    """The pages of a timeline of more than `split_above` events, () if it stays one page: as
    the chronology is split, so that a page stays quick to load at 10,000 events and more."""
    months = [part for part in timeline.parts if isinstance(part, Month)]
    if sum(month.count for month in months) <= split_above:
        return ()
    # A gap goes with the month before it; gaps at a page's edges are dropped (the overview
    # shows the empty months, and the pages link to each other).
    years: dict[int, list[Month | Gap]] = {}
    year = months[0].year
    for part in timeline.parts:
        if isinstance(part, Month):
            year = part.year
        years.setdefault(year, []).append(part)
    pages: list[TimelinePart] = []
    for year, in_year in years.items():
        kept = _without_outer_gaps(in_year)
        if sum(part.count for part in kept if isinstance(part, Month)) <= split_above:
            uri = f"timeline/{format_iso_year(year)}.md"
            pages.append(TimelinePart(uri, format_year(year), tuple(kept)))
            continue
        for month in (part for part in kept if isinstance(part, Month)):
            uri = f"timeline/{format_iso_year(year)}-{month.month:02d}.md"
            pages.append(TimelinePart(uri, month.name, (month,)))
    return tuple(pages)


def _without_outer_gaps(parts: list[Month | Gap]) -> list[Month | Gap]:
    while parts and isinstance(parts[0], Gap):
        parts.pop(0)
    while parts and isinstance(parts[-1], Gap):
        parts.pop()
    return parts


def page_of_each_month(parts: tuple[TimelinePart, ...]) -> dict[int, str]:
    """{month index: the uri of the page that draws it}; {} when the timeline is one page."""
    return {
        month.index: part.uri for part in parts for month in part.parts if isinstance(month, Month)
    }


def page_of_each_event(parts: tuple[TimelinePart, ...]) -> dict[str, str]:
    """{event id: the uri of the page with its label}; {} when the timeline is one page."""
    return {
        mark.event.id: part.uri
        for part in parts
        for month in part.parts
        if isinstance(month, Month)
        for mark in month.marks
        if mark.label_row is not None
    }
