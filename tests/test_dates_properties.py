"""Properties every resolved date keeps, whatever the text, the anchor or the machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from builder.calendar import MONTH_NAMES, WEEKDAY_NAMES, Day
from builder.dates import DateError, EventOffset, resolve
from tests.test_dates import RESOLVED

days = st.builds(
    lambda number: Day.from_number(number),
    st.integers(min_value=Day(-2000, 1, 1).number, max_value=Day(2200, 12, 31).number),
)
modern_days = st.builds(
    lambda number: Day.from_number(number),
    st.integers(min_value=Day(1900, 1, 1).number, max_value=Day(2100, 12, 31).number),
)
months = st.sampled_from(MONTH_NAMES)
years = st.integers(min_value=1000, max_value=2999)
phrases = st.one_of(
    st.builds(lambda w: f"on {w}", st.sampled_from(WEEKDAY_NAMES)),
    st.builds(
        lambda w, q: f"{q} {w}",
        st.sampled_from(WEEKDAY_NAMES),
        st.sampled_from(["last", "next", "this"]),
    ),
    st.sampled_from(
        [
            "last week",
            "this week",
            "next week",
            "last month",
            "last year",
            "yesterday",
            "earlier this month",
        ]
    ),
    st.builds(
        lambda p, m, y: f"{p} {m} {y}", st.sampled_from(["early", "mid", "late"]), months, years
    ),
    st.builds(
        lambda s, y: f"{s} {y}", st.sampled_from(["spring", "summer", "autumn", "winter"]), years
    ),
    st.builds(lambda d, m: f"{d} {m}", st.integers(1, 28), months),
    st.builds(lambda m: f"in {m}", months),
    st.builds(
        lambda a, b, m, y: f"{min(a, b)}–{max(a, b)} {m} {y}",
        st.integers(1, 28),
        st.integers(1, 28),
        months,
        years,
    ),
    st.builds(lambda q, y: f"Q{q} {y}", st.integers(1, 4), years),
    st.builds(lambda n: f"{n} days ago", st.integers(0, 400)),
)


@given(phrases, modern_days)
def test_earliest_is_never_after_latest(text: str, anchor: Day) -> None:
    value = resolve(text, anchor)
    assert not isinstance(value, EventOffset)
    assert value.earliest <= value.latest


@given(days)
def test_iso_days_round_trip(day: Day) -> None:
    value = resolve(day.iso())
    assert not isinstance(value, EventOffset)
    assert (value.earliest, value.latest, value.precision, value.edtf) == (
        day,
        day,
        "day",
        day.iso(),
    )


edtf_texts = st.one_of(
    days.map(Day.iso),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(0, 9999), st.integers(1, 12)),
    st.builds(lambda y: f"{y:04d}", st.integers(0, 9999)),
    st.builds(
        lambda y, c: f"{y:04d}-{c}",
        st.integers(0, 9998),
        st.sampled_from([21, 22, 23, 24, 33, 34, 35, 36, 40, 41]),
    ),
    st.builds(lambda d: f"{d // 10:03d}X", st.integers(0, 9999)),
)
qualifiers = st.sampled_from(["", "~", "?", "%"])


@given(edtf_texts, qualifiers)
def test_edtf_round_trips(text: str, qualifier: str) -> None:
    value = resolve(text + qualifier)
    assert not isinstance(value, EventOffset)
    assert value.edtf == text + qualifier
    again = resolve(value.edtf)
    assert again == value


@given(days, days)
def test_edtf_intervals_round_trip(a: Day, b: Day) -> None:
    first, last = min(a, b), max(a, b)
    value = resolve(f"{first.iso()}/{last.iso()}")
    assert not isinstance(value, EventOffset)
    assert (value.earliest, value.latest) == (first, last)
    assert resolve(value.edtf) == value


@settings(max_examples=30)
@given(st.text(max_size=40), modern_days)
def test_any_text_is_resolved_or_refused_with_a_reason(text: str, anchor: Day) -> None:
    try:
        value = resolve(text, anchor)
    except DateError as error:
        message = error.message
        value = None
    else:
        message = "resolved"
    assert message
    assert value is None or isinstance(value, EventOffset) or value.earliest <= value.latest


_SCRIPT = """
import json, sys
from freezegun import freeze_time
from builder.calendar import parse_iso_day
from builder.dates import resolve
cases = json.load(sys.stdin)
with freeze_time(sys.argv[1]):
    out = []
    for text, anchor, language, order in cases:
        value = resolve(text, parse_iso_day(anchor) if anchor else None, language, order)
        out.append([value.earliest.iso(), value.latest.iso(), value.precision, value.edtf])
print(json.dumps(out))
"""


def _run_elsewhere(zone: str, locale: str, clock: str) -> list[object]:
    cases = [[r[0], r[1].iso() if r[1] else None, r[2], r[3]] for r in RESOLVED]
    env = {**os.environ, "TZ": zone, "LC_ALL": locale, "LANG": locale}
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, clock],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parent.parent,
        check=True,
    )
    return json.loads(result.stdout)


def test_results_do_not_depend_on_time_zone_locale_or_clock() -> None:
    here = _run_elsewhere("UTC", "C.UTF-8", "2025-04-10 12:00:00")
    elsewhere = _run_elsewhere("Pacific/Kiritimati", "tr_TR.UTF-8", "1987-02-28 23:59:59")
    another = _run_elsewhere("America/Anchorage", "C", "2031-12-31 00:00:01")
    assert here == elsewhere == another
    assert len(here) == len(RESOLVED)
