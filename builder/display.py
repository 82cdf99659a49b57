"""Dates as a reader reads them, as precise as they are: "9 April 2025", "early April 2025
(approx.)", "week of 31 March 2025", "2–4 April 2025", "44 BC"."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from builder.calendar import MONTH_NAMES, WEEKDAY_NAMES, Day, format_year, iso_week_of, month_end

if TYPE_CHECKING:
    from builder.model import DateValue, Event, EventDate

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def day_text(day: Day, weekday: bool = False) -> str:
    text = f"{day.day} {MONTH_NAMES[day.month - 1]} {format_year(day.year)}"
    return f"{WEEKDAY_NAMES[day.weekday][:3]} {text}" if weekday else text


def month_text(year: int, month: int) -> str:
    return f"{MONTH_NAMES[month - 1]} {format_year(year)}"


def _span(first: Day, last: Day) -> str:
    """Two days as one range, sharing what they share: 2–4 April 2025, 30 March – 2 April 2025."""
    if first == last:
        return day_text(first)
    if first.year != last.year:
        return f"{day_text(first)} – {day_text(last)}"
    if first.month != last.month:
        return f"{first.day} {MONTH_NAMES[first.month - 1]} – {day_text(last)}"
    return f"{first.day}–{day_text(last)}"


def _whole_months(first: Day, last: Day) -> bool:
    return first.day == 1 and last == month_end(last.year, last.month)


def _whole_years(first: Day, last: Day) -> bool:
    return (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)


def value_text(value: DateValue) -> str:
    """The value's span in words, without qualifiers."""
    first, last, precision = value.earliest, value.latest, value.precision
    if value.part and precision in ("day", "decade", "century"):
        return _part_text(value)
    if precision == "minute" and value.time:
        return f"{day_text(first)}, {value.time}"
    if precision == "week" and (first, last) == iso_week_of(first):
        return f"week of {day_text(first)}"
    if precision == "season" and first.day == 1 and first.month in (3, 6, 9, 12):
        season = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}[first.month]
        if season == "winter":
            return f"winter {format_year(first.year)}–{str(last.year)[-2:]}"
        return f"{season} {format_year(first.year)}"
    if precision == "quarter" and _whole_months(first, last) and last.month - first.month == 2:
        return f"{ORDINALS[(first.month + 2) // 3]} quarter of {format_year(first.year)}"
    if value.part in ("early", "mid", "late"):
        if precision == "month":
            return f"{value.part} {month_text(first.year, first.month)}"
        return f"{value.part} {format_year(first.year)}"
    if value.part in ("first half", "second half"):
        return f"{value.part} of {format_year(first.year)}"
    if precision == "decade" and _whole_years(first, last) and first.year % 10 == 0:
        return f"the {first.year}s"
    if precision == "century" and _whole_years(first, last):
        return _century_text(first.year, last.year)
    if precision in ("year", "decade", "century") and _whole_years(first, last):
        if first.year == last.year:
            return format_year(first.year)
        return f"{format_year(first.year)}–{format_year(last.year)}"
    if precision in ("month", "year") and _whole_months(first, last):
        if (first.year, first.month) == (last.year, last.month):
            return month_text(first.year, first.month)
        if first.year == last.year:
            return f"{MONTH_NAMES[first.month - 1]}–{month_text(last.year, last.month)}"
        return f"{month_text(first.year, first.month)} – {month_text(last.year, last.month)}"
    return _span(first, last)


def _part_text(value: DateValue) -> str:
    """A part of a day, decade or century: 'night of 12–13 June 2025', 'evening of 9 April
    2025', 'late on 9 April 2025', 'the late 1980s', 'the first half of the 20th century'."""
    first, last, part = value.earliest, value.latest, value.part
    if value.precision == "day":
        days = _span(first, last)
        if part in ("early", "late"):
            return f"{part} on {days}"
        if part in ("midday", "dawn", "midnight", "overnight"):
            return f"{days}, {part}"
        return f"{part} of {days}"
    if value.precision == "decade":
        decade = first.year - first.year % 10
        whole = f"the {decade}s"
    else:
        # The whole century the part lies in (BC parts are named from their own years).
        number = -(-last.year // 100)
        whole = (
            _century_text(100 * number - 99, 100 * number)
            if last.year > 0
            else _century_text(first.year, last.year)
        )
    if part in ("early", "mid", "late"):
        joiner = "-" if part == "mid" else " "
        return f"the {part}{joiner}{whole.removeprefix('the ')}"
    return f"the {part} of {whole}"


def _century_text(first_year: int, last_year: int) -> str:
    number = -(-last_year // 100) if last_year > 0 else -(-(1 - first_year) // 100)
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    era = " BC" if last_year <= 0 else ""
    return f"the {number}{suffix} century{era}"


def qualifiers(value: DateValue) -> str:
    notes = []
    if value.approximate:
        notes.append("approx.")
    if value.uncertain:
        notes.append("uncertain")
    return f" ({', '.join(notes)})" if notes else ""


CALENDAR_LABELS = {"hijri": "Hijri", "hebrew": "Hebrew", "persian": "Solar Hijri"}


def calendar_note(value: DateValue) -> str:
    """Which calendar the date was written in, and the date as written there:
    " (Hijri calendar: 11 Shawwal 1446 AH)"; empty for a Gregorian date."""
    if not value.calendar:
        return ""
    label = CALENDAR_LABELS.get(value.calendar, value.calendar)
    return f" ({label} calendar: {value.calendar_date})" if value.calendar_date else f" ({label})"


def date_text(date: EventDate, end: EventDate | None = None) -> str:
    """An event's date for readers, with its end when it has one."""
    text = value_text(date.value) + qualifiers(date.value)
    if end is not None and end.value != date.value:
        text = f"{text} – {value_text(end.value)}{qualifiers(end.value)}"
    return text


def html_datetime(value: DateValue) -> str | None:
    """The `datetime` attribute of a <time>: valid HTML dates only (no years before 1)."""
    first = value.earliest
    if first.year < 1 or first.year > 9999:
        return None
    if value.precision == "minute" and value.time:
        return f"{first.iso()}T{value.time}"
    if value.precision == "month" and _whole_months(first, value.latest) and not value.is_range:
        return first.iso()[:7]
    if value.precision == "year" and _whole_years(first, value.latest) and not value.is_range:
        return first.iso()[:4]
    return first.iso()


def isolated(text: str) -> str:
    """Right-to-left words set apart (Unicode FSI ... PDI) so that an English line around them
    keeps its order: "‘چهارشنبه ۹ مهر ۱۴۰۴’, ABNA, …" would otherwise be reordered."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return f"\u2068{text}\u2069"
    return text


def evidence_text(date: EventDate) -> str:
    """How the date was found: 'on Wednesday', Reuters, Thu 10 April 2025 → Wed 9 April 2025."""
    value = date.value
    if value.precision == "day" and value.earliest == value.latest and not value.part:
        result = day_text(value.earliest, weekday=True)
    else:
        result = value_text(value)
    result += qualifiers(value) + calendar_note(value)
    anchor = date.anchor
    words = isolated(date.text)
    if anchor is None:
        return f"‘{words}’ → {result}"
    if anchor.origin == "source":
        return f"‘{words}’, {anchor.name}, {day_text(anchor.day, weekday=True)} → {result}"
    if anchor.origin == "event":
        return f"‘{words}’ → {result}"
    return f"‘{words}’, against {day_text(anchor.day, weekday=True)} → {result}"


def announcement_text(event: Event) -> str | None:
    """For an event its sources announced ahead: "Announced ahead by Halazon (7 May 2025);
    reported as held by L'Orient-Le Jour (10 May 2025)", "… reported on the day by …" when only
    same-day reports follow, or "… not yet reported as held"."""
    first_day, last_day = event.date.value.earliest, event.date.value.latest
    ahead = [source for source in event.sources if source.published < first_day]
    if not ahead:
        return None
    announced = min(ahead, key=lambda source: source.published)
    text = f"Announced ahead by {announced.publisher} ({day_text(announced.published)})"
    after = [source for source in event.sources if source.published > last_day]
    during = [source for source in event.sources if first_day <= source.published <= last_day]
    if after:
        held = min(after, key=lambda source: source.published)
        return f"{text}; reported as held by {held.publisher} ({day_text(held.published)})."
    if during:
        held = min(during, key=lambda source: source.published)
        return f"{text}; reported on the day by {held.publisher} ({day_text(held.published)})."
    return f"{text}; not yet reported as held."
