"""A reading turned into a Gregorian `DateValue`, by the same rules for every calendar:

- a day is that civil (daytime) day; a Hijri day may differ by one day either side where the
  month is begun by sighting the moon, so it is widened to that window and marked uncertain,
  unless a stated weekday or a Gregorian date beside it settles it;
- a month or a year is its whole span of Gregorian days (precision month / year);
- a month or festival without a year is the occurrence years.py counts from the anchor;
- the words around the date must be known (context.py): anything else is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.calendar import WEEKDAY_NAMES, Day
from builder.dates.calendars.context import Context, context
from builder.dates.calendars.years import year_of
from builder.dates.errors import DateRefused
from builder.dates.values import make_value
from builder.display import day_text

if TYPE_CHECKING:
    from builder.dates.calendars.shared import Reading
    from builder.model import DateValue


def value_of(reading: Reading, anchor: Day | None) -> DateValue:
    """The Gregorian value of a reading, checked against what the words around it say."""
    found = context(reading)
    year = year_of(reading, anchor)
    if reading.month is not None:
        try:
            reading.calendar.month_in(year, reading.month)
        except ValueError as error:
            raise DateRefused(f"{reading.text!r}: {error}", "say which month") from None
    first, last = _span(reading, year)
    described = reading.described_in(year)
    if reading.festival is not None or reading.day is not None:
        return _day_value(reading, found, first, last, described)
    precision = "year" if reading.month is None else "month"
    return _span_value(reading, found, (first, last), precision, described)


def _span(reading: Reading, year: int) -> tuple[Day, Day]:
    try:
        return reading.span_in(year)
    except (ValueError, OverflowError) as error:
        named_a_day = reading.day is not None or reading.festival is not None
        raise DateRefused(
            f"{reading.text!r} is not a real {reading.calendar.label} date: {error}",
            f"check the {'day, month and year' if named_a_day else 'month and year'} "
            "against the source",
        ) from None


def _day_value(
    reading: Reading, found: Context, first: Day, last: Day, described: str
) -> DateValue:
    """A day (or a feast's days), settled by a Gregorian twin or a weekday when there is one."""
    window = reading.calendar.window
    candidates = [first.plus_days(shift) for shift in range(-window, window + 1)]
    if found.gregorian is not None:
        twin = found.gregorian[0]
        if found.gregorian[0] != found.gregorian[1] or twin not in candidates:
            raise DateRefused(
                f"{reading.text!r} gives two dates that disagree: {described} is "
                f"{_days_text(candidates)}, not {found.gregorian_text}",
                "check both dates against the source, and keep the one it vouches for",
            )
        first, last = twin, twin.plus_days(last.number - first.number)
        candidates = [twin]
    if found.weekday is not None:
        named = WEEKDAY_NAMES[found.weekday]
        matching = [day for day in candidates if day.weekday == found.weekday]
        if not matching:
            raise DateRefused(
                f"{reading.text!r}: {described} is {_days_text(candidates)}, not a {named}",
                "check the weekday and the date against the source",
            )
        shift = matching[0].number - first.number if len(candidates) > 1 else 0
        first, last = first.plus_days(shift), last.plus_days(shift)
        candidates = [first]
    unsettled = window if len(candidates) > 1 else 0
    part = reading.festival.part if reading.festival is not None else None
    return _value(
        reading, found, (first, last), "day", described, unsettled, is_range=last > first, part=part
    )


def _span_value(
    reading: Reading, found: Context, span: tuple[Day, Day], precision: str, described: str
) -> DateValue:
    """A month or year: its whole span, widened by the sighting window where there is one."""
    window = reading.calendar.window
    if found.weekday is not None:
        raise DateRefused(
            f"{reading.text!r} names a weekday but no day", "write the day of the month too"
        )
    first, last = span
    if found.gregorian is not None:
        g_first, g_last = found.gregorian
        if g_last < first.plus_days(-window) or g_first > last.plus_days(window):
            raise DateRefused(
                f"{reading.text!r} gives two dates that disagree: {described} is "
                f"{_days_text([first])} to {_days_text([last])}, not {found.gregorian_text}",
                "check both dates against the source, and keep the one it vouches for",
            )
    return _value(reading, found, span, precision, described, window)


def _value(
    reading: Reading,
    found: Context,
    span: tuple[Day, Day],
    precision: str,
    described: str,
    window: int,
    **extra: object,
) -> DateValue:
    """The value, widened by `window` days either side and uncertain where sighting leaves its
    first day open."""
    first, last = span
    if window:
        first, last = first.plus_days(-window), last.plus_days(window)
    return make_value(
        first,
        last,
        precision,
        approximate=found.approximate,
        uncertain=bool(window),
        calendar=reading.calendar.name,
        calendar_date=described,
        **extra,  # type: ignore[arg-type]
    )


def _days_text(days: list[Day]) -> str:
    """ "8 April 2025, 9 April 2025 or 10 April 2025": the days a calendar date may be."""
    texts = [day_text(day) for day in days]
    return texts[0] if len(texts) == 1 else f"{', '.join(texts[:-1])} or {texts[-1]}"
