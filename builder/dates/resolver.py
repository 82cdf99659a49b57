"""Date expressions as reports write them, resolved against the day they were published.

Every rule a careful editor would expect is stated here once (see DESIGN.md, "Dates"):

- a bare weekday is the latest such day on or before the anchor (the anchor's own weekday is the
  anchor day itself); "last Wednesday" is strictly before it, "next Wednesday" strictly after;
- "last/this/next week" are ISO weeks, Monday to Sunday; "last month/year" are calendar ones;
- a day and month without a year, or a month alone, take the occurrence nearest the anchor;
- early/mid/late of a month are days 1-10 / 11-20 / 21-end, of a year Jan-Apr / May-Aug / Sep-Dec;
- seasons are meteorological, northern hemisphere (spring = March-May; winter 2024 = Dec-Feb);
- ranges keep both ends; "c./circa/around/about" set `approximate`; EDTF is read as EDTF;
- what cannot be vouched for is refused, never guessed: ambiguous numeric dates without a
  declared order, weekdays that contradict their date, impossible dates, "a week after" with
  nothing to be after, and relative dates with no anchor.

The machine's clock, time zone and locale are never read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from builder import edtf
from builder.calendar import Day
from builder.dates import DATE_ORDERS, calendars
from builder.dates.english import read, refuse_year_span_or_edtf
from builder.dates.errors import DateError, DateRefused, DateUnreadable
from builder.dates.values import EventOffset, day_value
from builder.dates.words import EVENT_OFFSET, amount
from builder.languages import SUPPORTED, UnsupportedLanguage, translations
from builder.model import DateValue

# --- entry point ---------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _resolve(
    text: str, anchor: Day | None, language: str, date_order: str | None
) -> DateValue | EventOffset:
    if not text:
        raise DateRefused("the date is empty", "write a date such as '9 April 2025'")
    if date_order is not None and date_order not in DATE_ORDERS:
        raise DateRefused(
            f"unknown date_order {date_order!r}", f"use one of {', '.join(DATE_ORDERS)}"
        )
    # "2023-24" in copy is two years; in EDTF, winter 2023: refused rather than guessed.
    refuse_year_span_or_edtf(text)
    edtf_error: edtf.EdtfError | None = None
    # In Persian copy "1404-01-21" is a Solar Hijri date, not EDTF's Gregorian year 1404.
    if language == "fa" and (in_calendar := calendars.read(text, anchor, language)) is not None:
        return in_calendar
    if edtf.looks_like_edtf(text):
        try:
            return edtf.parse(text)
        except edtf.EdtfError as error:
            edtf_error = error  # "2023-2024" or "07/10/2023" may still be read as English
    lowered = text.lower()
    if "@" in lowered:
        return _event_offset(lowered, text)
    if language not in SUPPORTED:
        raise DateRefused(
            f"dates in language {language!r} are not supported",
            f"supported languages: {', '.join(SUPPORTED)}",
        )
    in_calendar = calendars.read(text, anchor, language)
    if in_calendar is not None:
        return in_calendar
    candidates = [lowered] if language == "en" else _translated(text, language)
    first_error: DateError | None = None
    for candidate in candidates:
        try:
            return read(candidate, anchor, date_order)
        except DateRefused as error:
            raise _in_original_words(error, candidate, text) from None
        except DateUnreadable as error:
            first_error = first_error or _in_original_words(error, candidate, text)
    if edtf_error is not None and re.match(r"^(?:[+-]?\d{4}|\.\.)", text):
        raise DateRefused(str(edtf_error)) from None
    vouched = _dateparser_fallback(candidates[0] if candidates else lowered, anchor)
    if vouched is not None:
        return vouched
    if first_error is None:  # the language's words gave nothing to read ("¸" in German)
        first_error = DateUnreadable(
            f"{text!r} is not a date these rules can read",
            "write the date as the source does, e.g. '9 April 2025'",
        )
    raise first_error


def _in_original_words(error: DateError, read: str, text: str) -> DateError:
    """The error quoting the words as the editor wrote them, not as they were normalised."""
    original = repr(text)
    message = (
        re.sub(r"^'[^']*'", lambda _: original, error.message) if read != text else error.message
    )
    return type(error)(message, error.hint)


def _dateparser_fallback(text: str, anchor: Day | None) -> DateValue | None:
    """dateparser's reading of what our rules do not know, kept only where we can vouch for it.

    It is kept only when dateparser found a whole calendar date (strict parsing: day, month and
    year all present) and that day and year stand in the text as written; anything else it
    might return (a guessed year, a relative shift, a time) is dropped and the text refused.
    """
    import dateparser

    settings = {
        "STRICT_PARSING": True,
        "RETURN_TIME_AS_PERIOD": True,
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": _fallback_base(anchor),
    }
    found = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if found is None or found.date_obj is None or found.period != "day":
        return None
    numbers = set(re.findall(r"\d+", text))
    parsed = found.date_obj
    if str(parsed.year) not in numbers or not ({str(parsed.day), f"{parsed.day:02d}"} & numbers):
        return None
    return day_value(Day(parsed.year, parsed.month, parsed.day))


def _fallback_base(anchor: Day | None) -> object:
    from datetime import datetime

    # Never the clock: without an anchor, a fixed day that strict parsing will not use.
    day = anchor if anchor is not None and anchor.year >= 1 else Day(2000, 1, 1)
    return datetime(day.year, day.month, day.day, 12, 0)


def _translated(text: str, language: str) -> list[str]:
    try:
        return translations(text, language)
    except UnsupportedLanguage as error:
        raise DateRefused(str(error)) from None


def _event_offset(lowered: str, text: str) -> EventOffset:
    match = EVENT_OFFSET.match(lowered)
    if not match:
        raise DateRefused(
            f"{text!r} is not an event-relative date",
            "write e.g. 'a week after @event-id', '2 days before @event-id' or "
            "'the day after @event-id'",
        )
    if lowered.startswith(("the same", "on the same")):
        return EventOffset(match["target"])
    unit = match["unit"] or match["unit1"]
    count = amount(match["n"]) if match["n"] else 1
    sign = 1 if match["direction"] == "after" else -1
    days = {"day": 1, "week": 7}.get(unit, 0) * count * sign
    months = {"month": 1, "year": 12}.get(unit, 0) * count * sign
    return EventOffset(match["target"], days=days, months=months)
