"""Dates counted from the anchor: days, weekdays, weeks, months and years before or after it."""

from __future__ import annotations

import re

from builder.calendar import WEEKDAY_NAMES, Day, iso_week_of, month_end
from builder.dates.errors import DateRefused
from builder.dates.values import day_value, make_value, month_value, year_value
from builder.dates.words import WEEKDAYS, amount
from builder.model import DateValue

# --- relative to the anchor ----------------------------------------------------------------

_RELATIVE_DAY = {
    "today": 0, "yesterday": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip
_RELATIVE_DAY_WITH_WEEKDAY = re.compile(
    r"^(?:(?P<relative>today|yesterday|tomorrow)\s+(?:on\s+)?(?P<weekday>[a-z]+)|"
    r"(?P<weekday2>[a-z]+)\s+(?P<relative2>today|yesterday|tomorrow))$"
)
_IN_DAYS = re.compile(r"^in\s+(\w+)\s+(day|week)s?$")
_AGO = re.compile(r"^(\w+)\s+(day|week|month|year)s?\s+ago$")
_PERIOD = re.compile(r"^(?:(last|this|next|earlier this|later this)\s+)(week|weekend|month|year)$")
_WEEKDAY = re.compile(
    r"^(?:on\s+)?(?:(last|this|next|past)\s+)?([a-z]+)\.?"
    r"(?:\s+(?:morning|afternoon|evening|night|overnight))?$"
)


def needs_anchor(text: str, anchor: Day | None) -> Day:
    if anchor is None:
        raise DateRefused(
            f"{text!r} is relative, and there is no date to resolve it against",
            "give the source's `published` date, or an `anchor:` for this date",
        )
    return anchor


def relative(text: str, anchor: Day | None) -> DateValue | None:
    if text in _RELATIVE_DAY:
        return day_value(needs_anchor(text, anchor).plus_days(_RELATIVE_DAY[text]))
    if match := _RELATIVE_DAY_WITH_WEEKDAY.match(text):
        relative, weekday = (
            match["relative"] or match["relative2"],
            match["weekday"] or match["weekday2"],
        )
        if weekday in WEEKDAYS:
            day = needs_anchor(text, anchor).plus_days(_RELATIVE_DAY[relative])
            if day.weekday != WEEKDAYS[weekday]:
                raise DateRefused(
                    f"{text!r}: {relative} was {WEEKDAY_NAMES[day.weekday]} {day.iso()}, "
                    f"not a {WEEKDAY_NAMES[WEEKDAYS[weekday]]}",
                    "check the source's publication date, or the weekday",
                )
            return day_value(day)
    if match := _IN_DAYS.match(text):
        return _days_from(needs_anchor(text, anchor), amount(match[1]), match[2])
    if match := _AGO.match(text):
        count, unit = amount(match[1]), match[2]
        base = needs_anchor(text, anchor)
        if unit in ("day", "week"):
            return _days_from(base, -count, unit)
        then = base.plus_months(-count * (1 if unit == "month" else 12))
        if unit == "month":
            return month_value(then.year, then.month, approximate=True)
        return year_value(then.year, approximate=True)
    if match := _PERIOD.match(text):
        return _period(match[1], match[2], needs_anchor(text, anchor))
    if (match := _WEEKDAY.match(text)) and match[2] in WEEKDAYS:
        return _weekday(match[1], WEEKDAYS[match[2]], needs_anchor(text, anchor))
    return None


def _days_from(base: Day, amount: int, unit: str) -> DateValue:
    """N days or weeks from the anchor; "a week ago" is approximate, "two days ago" is not."""
    days = amount * (1 if unit == "day" else 7)
    return day_value(base.plus_days(days), approximate=unit == "week")


def _period(which: str, unit: str, anchor: Day) -> DateValue:
    step = {"last": -1, "this": 0, "next": 1}.get(which, 0)
    if unit in ("week", "weekend"):
        monday, sunday = iso_week_of(anchor.plus_days(7 * step))
        if unit == "weekend":
            return make_value(monday.plus_days(5), sunday, "day", is_range=True)
        first, last = monday, sunday
        precision = "week"
    elif unit == "month":
        moved = Day(anchor.year, anchor.month, 1).plus_months(step)
        first, last = moved, month_end(moved.year, moved.month)
        precision = "month"
    else:
        first, last = Day(anchor.year + step, 1, 1), Day(anchor.year + step, 12, 31)
        precision = "year"
    if which == "earlier this":
        return make_value(first, anchor, precision, part="earlier")
    if which == "later this":
        return make_value(anchor, last, precision, part="later")
    return make_value(first, last, precision)


def _weekday(which: str | None, weekday: int, anchor: Day) -> DateValue:
    back = (anchor.weekday - weekday) % 7
    if which in (None, "past"):
        return day_value(anchor.plus_days(-back))
    if which == "last":
        return day_value(anchor.plus_days(-(back or 7)))
    if which == "next":
        return day_value(anchor.plus_days((weekday - anchor.weekday) % 7 or 7))
    monday, _ = iso_week_of(anchor)
    return day_value(monday.plus_days(weekday))
