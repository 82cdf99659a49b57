"""The visual timeline's layout: time on a true scale, each event a point or a span as long as
its dates, long stretches without events cut out and marked. Pure arithmetic, so the page is
drawn by HTML and CSS alone (it reads the same without JavaScript, and in print)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.calendar import MONTH_NAMES, Day

if TYPE_CHECKING:
    from builder.model import Event

MIN_PIXELS_PER_DAY = 6
MAX_PIXELS_PER_DAY = 40
GAP_DAYS = 45  # a stretch this long without events is cut out of the scale
LABEL_HEIGHT = 60  # room for a date line and two lines of title
POINT_HEIGHT = 6


@dataclass(frozen=True)
class Mark:
    event: Event
    top: int  # where its span starts on the scale, in pixels from the segment's top
    height: int
    lane: int
    label_top: int
    is_point: bool


@dataclass(frozen=True)
class Segment:
    first: Day
    last: Day
    height: int
    ticks: tuple[tuple[int, str], ...]
    marks: tuple[Mark, ...]
    scale: int  # pixels per day


@dataclass(frozen=True)
class Gap:
    months: int
    days: int

    @property
    def text(self) -> str:
        if self.months >= 2:
            return f"{self.months} months without events"
        return f"{self.days} days without events"


def _span(event: Event) -> tuple[int, int]:
    end = event.end if event.end is not None else event.date
    return event.date.value.earliest.number, end.value.latest.number + 1


def layout(events: tuple[Event, ...], lanes: dict[str | None, int]) -> tuple[Segment | Gap, ...]:
    """Segments of the timeline, in order, with the gaps cut out between them."""
    groups: list[list[Event]] = []
    group_end = None
    for event in events:
        start, end = _span(event)
        if group_end is None or start > group_end + GAP_DAYS:
            groups.append([])
            group_end = end
        groups[-1].append(event)
        group_end = max(group_end, end)
    scale = pixels_per_day(groups)
    parts: list[Segment | Gap] = []
    previous_end: int | None = None
    for group in groups:
        start = min(_span(e)[0] for e in group)
        end = max(_span(e)[1] for e in group)
        if previous_end is not None:
            days = start - previous_end
            parts.append(Gap(round(days / 30.44), days))
        parts.append(_segment(group, start, end, lanes, scale))
        previous_end = end
    return tuple(parts)


def pixels_per_day(groups: list[list[Event]]) -> int:
    """One scale for the whole page, roomy enough for the densest stretch's labels.

    Each segment keeps the same scale, so lengths compare across the page; the densest
    segment decides it, within bounds, so labels stay near their marks.
    """
    needed = MIN_PIXELS_PER_DAY
    for group in groups:
        start = min(_span(e)[0] for e in group)
        end = max(_span(e)[1] for e in group)
        needed = max(needed, -(-LABEL_HEIGHT * len(group) // max(end - start, 1)))
    return min(needed, MAX_PIXELS_PER_DAY)


def _segment(
    group: list[Event], start: int, end: int, lanes: dict[str | None, int], scale: int
) -> Segment:
    marks = []
    next_label = 0
    for event in group:
        first, last = _span(event)
        top = (first - start) * scale
        days = last - first
        is_point = days <= 1
        height = POINT_HEIGHT if is_point else days * scale
        label_top = max(top, next_label)
        next_label = label_top + LABEL_HEIGHT
        marks.append(Mark(event, top, height, lanes.get(event.storyline, 0), label_top, is_point))
    scale_height = (end - start) * scale
    height = max(scale_height, next_label, LABEL_HEIGHT)
    first_day, last_day = Day.from_number(start), Day.from_number(end - 1)
    return Segment(first_day, last_day, height, _ticks(start, end, scale), tuple(marks), scale)


def _ticks(start: int, end: int, scale: int) -> tuple[tuple[int, str], ...]:
    """A tick at the segment's start and at each first of the month inside it."""
    first = Day.from_number(start)
    ticks = [(0, f"{first.day} {MONTH_NAMES[first.month - 1][:3]} {first.year}")]
    month = Day(first.year, first.month, 1).plus_months(1)
    while month.number < end:
        top = (month.number - start) * scale
        if top >= 24:  # not on top of the segment's first tick
            ticks.append((top, f"{MONTH_NAMES[month.month - 1][:3]} {month.year}"))
        month = month.plus_months(1)
    return tuple(ticks)
