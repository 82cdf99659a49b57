"""The calendar year of a month or feast named without one: "Ramadan", "last Passover",
"Eid al-Fitr 2025".

With "last", "this" or "next" it is counted from the anchor; alone it is the occurrence that
holds the anchor, or the nearest one when it lies within `NEAREST_DAYS`; with a Gregorian year
it is the one occurrence that begins in that year.
"""

from __future__ import annotations

from builder.calendar import Day
from builder.dates.calendars.shared import Reading
from builder.dates.errors import DateRefused

# A month or festival named without a year is read only when its nearest occurrence lies within
# this many days of the anchor (about four months: measured on newswire, the nearest occurrence is
# right within that distance); a lunar year is 354 days, so the other one is then far away.
NEAREST_DAYS = 120

# How many calendar years either side of a year to look for an occurrence: a lunar year is 11
# days shorter than a Gregorian one, so the occurrence meant may lie in a neighbouring year.
_SEARCH = 2


def year_of(reading: Reading, anchor: Day | None) -> int:
    """The calendar year the reading is in: its own, or one counted from the anchor."""
    if reading.year is not None:
        return reading.year
    if reading.gregorian_year is not None:
        return _year_in_gregorian(reading, reading.gregorian_year)
    if anchor is None:
        raise DateRefused(
            f"{reading.text!r} has no year, and there is no anchor to count from",
            "write the year, or give the source's publication date",
        )
    current = _calendar_year(reading, anchor, "the anchor")
    occurrences = _occurrences(reading, current)
    if reading.relation == "this":
        if not any(year == current for year, _, _ in occurrences):
            raise DateRefused(
                f"{reading.text!r}: the current year has no such month",
                "check the date against the source",
            )
        return current
    if reading.relation is None:
        return _nearest(reading, anchor, occurrences)
    if reading.relation == "last":
        years = [year for year, _, last in occurrences if last < anchor][-1:]
    else:
        years = [year for year, first, _ in occurrences if first > anchor][:1]
    if not years:
        raise DateRefused(
            f"{reading.text!r}: no such occurrence around the anchor",
            "check the date against the source",
        )
    return years[0]


def _nearest(reading: Reading, anchor: Day, occurrences: list[tuple[int, Day, Day]]) -> int:
    """The occurrence holding the anchor, else the nearest within NEAREST_DAYS (the earlier on a
    tie); refused when it is further, since the one before or after may then be meant."""
    for year, first, last in occurrences:
        if first <= anchor <= last:
            return year
    distances = sorted(
        (min(abs(first.number - anchor.number), abs(last.number - anchor.number)), year)
        for year, first, last in occurrences
    )
    if distances and distances[0][0] <= NEAREST_DAYS:
        return distances[0][1]
    raise DateRefused(
        f"{reading.text!r} has no year, and its nearest occurrence is more than {NEAREST_DAYS} "
        "days from the anchor, so it may be the one before or the one after",
        "write the year, or 'last …' / 'next …'",
    )


def _year_in_gregorian(reading: Reading, gregorian_year: int) -> int:
    """ "Eid al-Fitr 2025": the calendar year whose occurrence begins in that Gregorian year;
    refused when none does, or two do (a lunar feast can fall twice in one Gregorian year)."""
    middle = _calendar_year(reading, Day(gregorian_year, 7, 1), str(gregorian_year))
    years = [
        year for year, first, _ in _occurrences(reading, middle) if first.year == gregorian_year
    ]
    if len(years) == 1:
        return years[0]
    label = reading.calendar.label
    raise DateRefused(
        f"{reading.text!r}: {gregorian_year} has {'two' if years else 'no'} such {label} dates",
        f"write the {label} year instead",
    )


def _calendar_year(reading: Reading, day: Day, what: str) -> int:
    """The calendar year a Gregorian day falls in; refused outside the calendar's range."""
    try:
        return reading.calendar.from_day(day)[0]
    except (ValueError, OverflowError) as error:
        raise DateRefused(
            f"{reading.text!r}: {what} is outside the calendar: {error}",
            "check the date against the source",
        ) from None


def _occurrences(reading: Reading, around: int) -> list[tuple[int, Day, Day]]:
    """(year, first, last) of the date in each calendar year near `around` that has it."""
    found = []
    for year in range(around - _SEARCH, around + _SEARCH + 1):
        try:
            first, last = reading.span_in(year)
        except (ValueError, OverflowError):
            continue
        found.append((year, first, last))
    return found
