"""Resolved values: bounds, precision and their EDTF, and dates moved from another event."""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder import edtf
from builder.calendar import Day, format_iso_year, month_end
from builder.dates.errors import DateRefused
from builder.model import DateValue


@dataclass(frozen=True)
class EventOffset:
    """A date given relative to another event: resolved once that event's date is known."""

    target: str
    days: int = 0
    months: int = 0

    def apply(self, value: DateValue) -> DateValue:
        def shift(day: Day) -> Day:
            return day.plus_months(self.months).plus_days(self.days)

        first, last = shift(value.earliest), shift(value.latest)
        end = value.latest
        if not self.days and end == month_end(end.year, end.month):
            last = month_end(last.year, last.month)  # "a month after April": all of May
        return make_value(
            first,
            last,
            self._precision(value.precision),
            approximate=value.approximate,
            uncertain=value.uncertain,
            is_range=value.is_range,
        )

    def _precision(self, precision: str) -> str:
        """What a shifted span still is: "a week after spring 2025" is no season, but a span of
        days; "a month after April" is still a month; no clock time survives a shift."""
        if precision == "minute":
            return "day"
        if precision == "week":
            return precision if self.days % 7 == 0 and not self.months else "day"
        if precision in ("season", "quarter"):
            return precision if not self.days and self.months % 3 == 0 else "day"
        return precision if not self.days else "day"


# --- values --------------------------------------------------------------------------------


def make_value(
    first: Day,
    last: Day,
    precision: str,
    *,
    approximate: bool = False,
    uncertain: bool = False,
    part: str | None = None,
    is_range: bool = False,
    time: str | None = None,
    code: str | None = None,
    calendar: str | None = None,
    calendar_date: str | None = None,
) -> DateValue:
    """A value with its EDTF string; `code` is the EDTF for a season/quarter, without qualifier."""
    q = edtf.qualifier(approximate, uncertain)
    if code is None:
        code = _edtf_code(first, last, precision, time)
    if "/" in code:
        start, end = code.split("/")
        text = f"{start}{q}/{end}{q}"
    else:
        text = f"{code}{q}"
    return DateValue(
        first, last, precision, text, approximate, uncertain, part, is_range, time,
        calendar, calendar_date,
    )  # fmt: skip


def _edtf_code(first: Day, last: Day, precision: str, time: str | None) -> str:
    if precision == "minute":
        return f"{first.iso()}T{time}"
    whole_years = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    whole_months = first.day == 1 and last == month_end(last.year, last.month)
    decade = whole_years and first.year % 10 == 0 and 0 <= first.year == last.year - 9
    if precision == "decade" and decade:
        return f"{first.year // 10:03d}X"
    if precision in ("century", "decade", "year") and whole_years:
        start, end = format_iso_year(first.year), format_iso_year(last.year)
    elif precision in ("year", "month") and whole_months:
        start = f"{format_iso_year(first.year)}-{first.month:02d}"
        end = f"{format_iso_year(last.year)}-{last.month:02d}"
    else:
        start, end = first.iso(), last.iso()
    return start if start == end else f"{start}/{end}"


def bare_code(value: DateValue) -> str:
    """The value's EDTF without its ~ ? % qualifiers, to qualify again or join into a range."""
    return re.sub(r"[~?%]", "", value.edtf)


def day_value(first: Day, **flags: object) -> DateValue:
    return make_value(first, first, "day", **flags)  # type: ignore[arg-type]


def month_value(year: int, month: int, part: str | None = None, **flags: bool) -> DateValue:
    if part is None:
        return make_value(Day(year, month, 1), month_end(year, month), "month", **flags)
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}[part]
    last = month_end(year, month) if last_day is None else Day(year, month, last_day)
    flags["approximate"] = True  # the bounds of "early April" are a convention, not a report
    return make_value(Day(year, month, first_day), last, "month", part=part, **flags)


def year_value(year: int, part: str | None = None, **flags: bool) -> DateValue:
    if part is None:
        return make_value(Day(year, 1, 1), Day(year, 12, 31), "year", **flags)
    first_month = {"early": 1, "mid": 5, "late": 9}[part]
    flags["approximate"] = True
    return make_value(
        Day(year, first_month, 1), month_end(year, first_month + 3), "year", part=part, **flags
    )


def checked_day(year: int, month: int, day: int, text: str) -> Day:
    try:
        return Day.checked(year, month, day)
    except ValueError as error:
        raise DateRefused(f"{text!r} is not a real date: {error}") from None
