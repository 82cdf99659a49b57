"""The timeline's layout arithmetic (builder/timeline.py): which grid rows each day, stretch and
mark gets. The browser sizes the rows; tests/test_timeline_browser.py measures the drawn page."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import pytest

from builder.calendar import Day
from builder.pipeline import load_chronology
from builder.timeline import Gap, Month, layout
from tests.synthetic import chronology_site

if TYPE_CHECKING:
    from pathlib import Path

    from builder.timeline import Timeline

STORYLINES = (
    "north:\n  title: North\n  description: N.\nsouth:\n  title: South\n  description: S.\n"
)


def events_file(index: int, date: str, end: str | None, storyline: str | None) -> str:
    text = f"title: Event {index}\ndate: {date}\n"
    if end:
        text += f"end: {end}\n"
    if storyline:
        text += f"storyline: {storyline}\n"
    return text + (
        "sources:\n  - publisher: P\n    title: T\n"
        f"    url: https://example.org/{index}\n    published: 2025-12-31\n"
    )


def timeline_of(write_events, events: list[tuple[str, str | None, str | None]]) -> Timeline:  # type: ignore[no-untyped-def]
    files = {"storylines.yml": STORYLINES}
    for index, (date, end, storyline) in enumerate(events):
        files[f"e{index}.yml"] = events_file(index, date, end, storyline)
    chronology = load_chronology(write_events(files))
    assert chronology.problems == ()
    lanes = {key: i for i, key in enumerate(chronology.storylines)}
    return layout(chronology.events, lanes)


def months(timeline: Timeline) -> list[Month]:
    return [part for part in timeline.parts if isinstance(part, Month)]


def ticks(month: Month) -> list[tuple[str, str, int, int, bool]]:
    return [(t.first.iso()[5:], t.last.iso()[5:], t.start, t.end, t.is_gap) for t in month.ticks]


def marks(month: Month) -> list[tuple[str, str, int, int, int | None, int, int]]:
    """(title, shape, start, end, label row, lane, track) of each mark, in order."""
    return [
        (m.event.title, m.shape, m.start, m.end, m.label_row, m.lane, m.track) for m in month.marks
    ]


CASES = {
    "a day with two events is one band two rows tall": (
        [("9 April 2025", None, "north"), ("9 April 2025", None, "south"),
         ("10 April 2025", None, "north")],
        [[("04-09", "04-09", 1, 3, False), ("04-10", "04-10", 3, 4, False)]],
        [[("Event 0", "point", 1, 2, 1, 0, 0), ("Event 1", "point", 2, 3, 2, 1, 0),
          ("Event 2", "point", 3, 4, 3, 0, 0)]],
    ),
    "days without events between two days are one compressed row": (
        [("9 April 2025", None, "north"), ("12 April 2025", None, "north")],
        [[("04-09", "04-09", 1, 2, False), ("04-10", "04-11", 2, 3, True),
          ("04-12", "04-12", 3, 4, False)]],
        [[("Event 0", "point", 1, 2, 1, 0, 0), ("Event 1", "point", 3, 4, 3, 0, 0)]],
    ),
    "a month-long date covers the month, a day inside it keeps its own row": (
        [("April 2025", None, "north"), ("9 April 2025", None, "north")],
        [[("04-01", "04-01", 1, 2, False), ("04-02", "04-08", 2, 3, True),
          ("04-09", "04-09", 3, 4, False), ("04-10", "04-30", 4, 5, True)]],
        [[("Event 0", "within", 1, 5, 1, 0, 0), ("Event 1", "point", 3, 4, 3, 0, 0)]],
    ),
    "a span into the next month goes on there, from the month's first day": (
        [("28 March 2025", "2 April 2025", "north"), ("5 April 2025", None, "south")],
        [[("03-28", "03-28", 1, 2, False), ("03-29", "03-31", 2, 3, True)],
         [("04-01", "04-04", 1, 2, True), ("04-05", "04-05", 2, 3, False)]],
        [[("Event 0", "span", 1, 3, 1, 0, 0)],
         [("Event 0", "span", 1, 2, None, 0, 0), ("Event 1", "point", 2, 3, 2, 1, 0)]],
    ),
    "overlapping bars of one storyline stand side by side, of two storylines in their lanes": (
        [("1 April 2025", "10 April 2025", "north"), ("3 April 2025", "5 April 2025", "north"),
         ("4 April 2025", "6 April 2025", "south")],
        [[("04-01", "04-01", 1, 2, False), ("04-02", "04-02", 2, 3, True),
          ("04-03", "04-03", 3, 4, False), ("04-04", "04-04", 4, 5, False),
          ("04-05", "04-30", 5, 6, True)]],
        [[("Event 0", "span", 1, 6, 1, 0, 0), ("Event 1", "span", 3, 6, 3, 0, 1),
          ("Event 2", "span", 4, 6, 4, 1, 0)]],
    ),
    "events without a storyline get a lane after the author's": (
        [("9 April 2025", None, None), ("9 April 2025", None, "south")],
        [[("04-09", "04-09", 1, 3, False)]],
        [[("Event 0", "point", 1, 2, 1, 2, 0), ("Event 1", "point", 2, 3, 2, 1, 0)]],
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_layout(write_events, case: str) -> None:  # type: ignore[no-untyped-def]
    events, expected_ticks, expected_marks = CASES[case]
    timeline = timeline_of(write_events, events)
    assert [ticks(m) for m in months(timeline)] == expected_ticks
    assert [marks(m) for m in months(timeline)] == expected_marks


def test_months_without_events_are_cut_out_and_counted(write_events) -> None:  # type: ignore[no-untyped-def]
    timeline = timeline_of(
        write_events, [("9 January 2025", None, None), ("9 April 2025", None, None)]
    )
    assert [type(p).__name__ for p in timeline.parts] == ["Month", "Gap", "Month"]
    gap = timeline.parts[1]
    assert isinstance(gap, Gap)
    assert gap.text == "2 months without new events"
    assert [m.anchor for m in months(timeline)] == ["y2025-m01", "y2025-m04"]
    assert (timeline.first, timeline.last) == (Day(2025, 1, 9), Day(2025, 4, 9))


def test_the_overview_counts_events_by_month_and_cuts_empty_years(write_events) -> None:  # type: ignore[no-untyped-def]
    timeline = timeline_of(
        write_events,
        [("9 April 2020", None, None), ("April 2025", None, None), ("30 April 2025", None, None),
         ("1 December 2025", None, None)],
    )  # fmt: skip
    years = [(y.year, y.counts, y.years_before) for y in timeline.overview]
    assert years == [
        (2020, (0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0), 0),
        (2025, (0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1), 4),
    ]
    assert timeline.most_in_a_month == 2
    assert Gap(4 * 12 + 7).text == "4 years without new events"


@pytest.fixture(scope="module")
def thousand_events(tmp_path_factory: pytest.TempPathFactory) -> Timeline:
    root: Path = tmp_path_factory.mktemp("thousand")
    chronology_site(root, 1000)
    chronology = load_chronology(root / "events")
    lanes = {key: i for i, key in enumerate(chronology.storylines)}
    return layout(chronology.events, lanes)


def test_every_label_stands_in_its_marks_band_at_1000_events(thousand_events: Timeline) -> None:
    labelled = 0
    for month in months(thousand_events):
        lines = [(t.start, t.end) for t in month.ticks]
        # The axis covers every row once, in order.
        assert lines[0][0] == 1
        assert lines[-1][1] == month.rows + 1
        assert all(a[1] == b[0] for a, b in pairwise(lines))
        for mark in month.marks:
            assert 1 <= mark.start < mark.end <= month.rows + 1
            if mark.label_row is not None:
                labelled += 1
                assert mark.start <= mark.label_row < mark.end
                day = mark.event.date.value.earliest
                own = next(t for t in month.ticks if t.first == day and not t.is_gap)
                assert own.start <= mark.label_row < own.end
    assert labelled == 1000
    # The page grows with the events, not with the span: one row per event and at most one
    # compressed row between two of them.
    rows = sum(m.rows for m in months(thousand_events))
    assert rows <= 2 * 1000 + 2 * len(months(thousand_events))
