"""Proleptic Gregorian days that work for any year, BCE included (astronomical numbering).

`datetime.date` stops at year 1, and a chronology reaches "44 BC" (= year -43), so day
arithmetic is done on day numbers computed with Howard Hinnant's civil-date algorithms.
"""

from __future__ import annotations

from datetime import date as _date
from typing import NamedTuple

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


class Day(NamedTuple):
    """A calendar day; `year` is astronomical (0 = 1 BC, -43 = 44 BC)."""

    year: int
    month: int
    day: int

    @classmethod
    def checked(cls, year: int, month: int, day: int) -> Day:
        """The day, or ValueError naming why it does not exist."""
        if not 1 <= month <= 12:
            raise ValueError(f"there is no month {month}")
        last = days_in_month(year, month)
        if not 1 <= day <= last:
            raise ValueError(
                f"{MONTH_NAMES[month - 1]} {format_year(year)} has {last} days, not {day}"
            )
        return cls(year, month, day)

    @classmethod
    def from_number(cls, number: int) -> Day:
        z = number + 719468
        era = (z if z >= 0 else z - 146096) // 146097
        doe = z - era * 146097
        yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
        doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
        mp = (5 * doy + 2) // 153
        day = doy - (153 * mp + 2) // 5 + 1
        month = mp + 3 if mp < 10 else mp - 9
        return cls(yoe + era * 400 + (month <= 2), month, day)

    @property
    def number(self) -> int:
        """Days since 1970-01-01."""
        y = self.year - (self.month <= 2)
        era = (y if y >= 0 else y - 399) // 400
        yoe = y - era * 400
        mp = self.month + (-3 if self.month > 2 else 9)
        doy = (153 * mp + 2) // 5 + self.day - 1
        doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
        return era * 146097 + doe - 719468

    @property
    def weekday(self) -> int:
        """Monday is 0, as in `datetime`."""
        return (self.number + 3) % 7

    def plus_days(self, days: int) -> Day:
        return Day.from_number(self.number + days)

    def plus_months(self, months: int) -> Day:
        index = self.year * 12 + self.month - 1 + months
        year, month = divmod(index, 12)
        return Day(year, month + 1, min(self.day, days_in_month(year, month + 1)))

    def iso(self) -> str:
        return f"{format_iso_year(self.year)}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()


def format_iso_year(year: int) -> str:
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def format_year(year: int) -> str:
    """A year as a reader writes it: 2025, 44 BC."""
    return f"{1 - year} BC" if year <= 0 else str(year)


def parse_iso_day(text: str) -> Day:
    """'2025-04-09' or '-0043-03-15'; ValueError otherwise."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        try:  # the common case, at C speed
            found = _date.fromisoformat(text)
            return Day(found.year, found.month, found.day)
        except ValueError:
            pass  # out of range or impossible: the checks below say which
    sign = -1 if text.startswith("-") else 1
    parts = text.lstrip("-").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) < 4:
        raise ValueError(f"{text!r} is not an ISO date (YYYY-MM-DD)")
    return Day.checked(sign * int(parts[0]), int(parts[1]), int(parts[2]))


def month_end(year: int, month: int) -> Day:
    return Day(year, month, days_in_month(year, month))


def iso_week_of(day: Day) -> tuple[Day, Day]:
    monday = day.plus_days(-day.weekday)
    return monday, monday.plus_days(6)
