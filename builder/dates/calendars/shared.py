"""What the three calendars share: the calendar type, the feast, and the reading of a date.

Each calendar module (hijri.py, hebrew.py, persian.py) keeps its knowledge as tables (months,
festivals, relation words) and its converter as a `Calendar`; it matches its patterns against
the folded text (with matching.py) and returns a `Reading`, which value.py turns into a
Gregorian value by the same rules for every calendar.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

from builder.calendar import Day


class Calendar(ABC):
    """One calendar, through its converter: days are (year, month, day) in its own numbering.

    A calendar of twelve months numbered from 1 needs only its converter and `month_names`."""

    name: str  # "hijri", "hebrew", "persian": DateValue.calendar
    label: str  # "Hijri": how readers are told which calendar it was
    month_word: str  # "Persian" in "no Persian month 13": how copy calls the calendar's months
    longest_month: int  # the most days a month of it has
    month_days: str  # "29 or 30 days": the same, as a refusal says it
    era: str = ""  # "AH" after a year in calendar_date ("" for none)
    window: int = 0  # days either side a day may fall where the month is begun by sighting
    month_names: tuple[str, ...] = ()  # month 1 first

    @abstractmethod
    def month_length(self, year: int, month: int) -> int:
        """The days of the month; ValueError when the year has no such month."""

    @abstractmethod
    def from_day(self, day: Day) -> tuple[int, int, int]:
        """The calendar's (year, month, day) of a Gregorian day."""

    @abstractmethod
    def gregorian(self, year: int, month: int, day: int) -> Day:
        """The Gregorian day of a calendar day known to exist."""

    def to_day(self, year: int, month: int, day: int) -> Day:
        """The Gregorian day, or ValueError naming why the calendar day does not exist."""
        length = self.month_length(year, month)
        if not 1 <= day <= length:
            raise ValueError(
                f"{self.month_name(year, month)} {self.year_text(year)} has {length} days, "
                f"not {day}"
            )
        return self.gregorian(year, month, day)

    def months(self, year: int) -> tuple[int, ...]:
        """The year's months, in order."""
        return tuple(range(1, len(self.month_names) + 1))

    def month_name(self, year: int, month: int) -> str:
        return self.month_names[month - 1]

    def month_in(self, year: int, month: int) -> int:
        """The month a reading names, in a given year (Hebrew "Adar" is Adar I or II by year)."""
        return month

    def year_text(self, year: int) -> str:
        return f"{year} {self.era}" if self.era else str(year)

    def day_text(self, year: int, month: int, day: int) -> str:
        return f"{day} {self.month_name(year, month)} {self.year_text(year)}"

    def month_span(self, year: int, month: int) -> tuple[Day, Day]:
        first = self.to_day(year, month, 1)
        return first, first.plus_days(self.month_length(year, month) - 1)

    def year_span(self, year: int) -> tuple[Day, Day]:
        months = self.months(year)
        first = self.to_day(year, months[0], 1)
        last_month = months[-1]
        return first, self.to_day(year, last_month, self.month_length(year, last_month))


@dataclass(frozen=True)
class Festival:
    """A feast on fixed days of the calendar: (month, day) and how many days it lasts."""

    name: str  # "Eid al-Fitr"
    when: Callable[[int], tuple[int, int]]  # the calendar year -> (month, day)
    days: int = 1
    part: str | None = None  # "night" for Yalda, kept on the evening it starts


@dataclass(frozen=True)
class Reading:
    """A date found in the text, in its calendar's terms, and the words left around it."""

    calendar: Calendar
    text: str  # the original text, for messages
    rest: str  # the folded text with the date taken out
    year: int | None = None
    month: int | None = None
    day: int | None = None
    festival: Festival | None = None
    relation: str | None = None  # "last", "this", "next" for a month or festival without year
    gregorian_year: int | None = None  # "Ramadan 2025", "Eid al-Adha 2024"

    def span_in(self, year: int) -> tuple[Day, Day]:
        """The Gregorian days the date covers in a calendar year: the feast's days, the day, the
        month or the whole year; ValueError when that year has no such date."""
        cal = self.calendar
        if self.festival is not None:
            month, day = self.festival.when(year)
            first = cal.to_day(year, month, day)
            return first, first.plus_days(self.festival.days - 1)
        if self.month is None:
            return cal.year_span(year)
        month = cal.month_in(year, self.month)
        if self.day is None:
            return cal.month_span(year, month)
        first = cal.to_day(year, month, self.day)
        return first, first

    def described_in(self, year: int) -> str:
        """The date as its calendar writes it, for `calendar_date` and messages: "11 Shawwal
        1446 AH", "Eid al-Fitr 1446 AH", "Adar II 5784"."""
        cal = self.calendar
        if self.festival is not None:
            return f"{self.festival.name} {cal.year_text(year)}"
        if self.month is None:
            return cal.year_text(year)
        month = cal.month_in(year, self.month)
        if self.day is None:
            return f"{cal.month_name(year, month)} {cal.year_text(year)}"
        return cal.day_text(year, month, self.day)
