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
from dataclasses import dataclass, field
from functools import lru_cache

from builder import edtf
from builder.calendar import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    Day,
    days_in_month,
    format_iso_year,
    format_year,
    iso_week_of,
    month_end,
)
from builder.languages import SUPPORTED, UnsupportedLanguage, translations
from builder.model import DateValue

DATE_ORDERS = ("DMY", "MDY", "YMD")


class DateError(ValueError):
    """A date that is not resolved; `hint` says how to write it so it can be."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class DateUnreadable(DateError):
    """The words are not a date these rules know; another reading may still succeed."""


class DateRefused(DateError):
    """The words are read, and a careful editor would not resolve them: final."""


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


# --- words -------------------------------------------------------------------------------

MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
MONTHS.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)})
MONTHS.update({"sept": 9})
WEEKDAYS = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
WEEKDAYS.update({name[:3].lower(): i for i, name in enumerate(WEEKDAY_NAMES)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
PARTS = {
    "early": "early", "beginning": "early", "start": "early",
    "mid": "mid", "middle": "mid",
    "late": "late", "end": "late",
}  # fmt: skip
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}  # fmt: skip
ERAS = {"bc": -1, "bce": -1, "b.c.": -1, "b.c": -1, "ad": 1, "a.d.": 1, "a.d": 1, "ce": 1, "c.e.": 1}  # fmt: skip
# Words that carry no date meaning here: "on Wednesday night", "in the spring of 2025".
FILLER = frozenset(
    [
        "on",
        "the",
        "of",
        "in",
        "during",
        "at",
        "morning",
        "afternoon",
        "evening",
        "night",
        "overnight",
        "noon",
        "year",
    ]
)
APPROXIMATE = re.compile(
    r"^(?:c\.|ca\.|circa|around|about|approximately|approx\.|roughly|some\s+time\s+around)\s*"
)
UNCERTAIN = re.compile(r"^(?:possibly|probably|perhaps)\s+")
NEEDS_EVENT = re.compile(
    r"\b(?:after|before|later|earlier|previous|following|next day|day after|day before|"
    r"same day|prior)\b"
)
EVENT_OFFSET = re.compile(
    r"^(?:(?:on\s+)?the\s+same\s+day\s+as|(?:(?P<n>(?!the\b)\w+)\s+(?P<unit>day|week|month|year)s?|"
    r"the\s+(?P<unit1>day|week|month|year))\s+(?P<direction>after|before))"
    r"\s+@(?P<target>[a-z0-9][a-z0-9-]*)$"
)
NUMERIC = re.compile(r"^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?$")
TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})(?::\d{2})?(am|pm|a\.m\.|p\.m\.)?$")
OFFSET = re.compile(r"^(?:(?:utc|gmt)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|z|([+-])(\d{2}):?(\d{2}))$")
DECADE = re.compile(r"^(\d{3})0s$|^'?(\d)0s$")
ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
RANGE_SEPARATORS = (
    re.compile(r"^between\s+(.+?)\s+and\s+(.+)$"),
    re.compile(r"^from\s+(.+?)\s+(?:to|until|till|through|–)\s+(.+)$"),
    re.compile(r"^(.+?)\s*–\s*(.+)$"),
    re.compile(r"^(.+?)\s+(?:to|until|through|-)\s+(.+)$"),
    re.compile(r"^(.*?[a-z\d])-(\d.*|[a-z].*)$"),
)
# "April 2-4, 2025": the month and year stand once for both days.
MONTH_FIRST_DAY_RANGE = re.compile(
    r"^([a-z]+\.?)\s+(\d{1,2})\s*(?:–|-|to|through)\s*(\d{1,2}),?\s+(\d{3,4})$"
)


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
    return DateValue(first, last, precision, text, approximate, uncertain, part, is_range, time)


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


def _bare_code(value: DateValue) -> str:
    """The value's EDTF without its ~ ? % qualifiers, to qualify again or join into a range."""
    return re.sub(r"[~?%]", "", value.edtf)


def _day(first: Day, **flags: object) -> DateValue:
    return make_value(first, first, "day", **flags)  # type: ignore[arg-type]


def _month(year: int, month: int, part: str | None = None, **flags: bool) -> DateValue:
    if part is None:
        return make_value(Day(year, month, 1), month_end(year, month), "month", **flags)
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}[part]
    last = month_end(year, month) if last_day is None else Day(year, month, last_day)
    flags["approximate"] = True  # the bounds of "early April" are a convention, not a report
    return make_value(Day(year, month, first_day), last, "month", part=part, **flags)


def _year(year: int, part: str | None = None, **flags: bool) -> DateValue:
    if part is None:
        return make_value(Day(year, 1, 1), Day(year, 12, 31), "year", **flags)
    first_month = {"early": 1, "mid": 5, "late": 9}[part]
    flags["approximate"] = True
    return make_value(
        Day(year, first_month, 1), month_end(year, first_month + 3), "year", part=part, **flags
    )


# --- entry point ---------------------------------------------------------------------------


def resolve(
    text: str,
    anchor: Day | None = None,
    language: str | None = None,
    date_order: str | None = None,
) -> DateValue | EventOffset:
    """What `text` means, read against `anchor` (the day its source was published).

    Raises DateError with a message and a hint when the text is refused or not understood.
    """
    return _resolve(" ".join(str(text).split()), anchor, language or "en", date_order)


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
    edtf_error: edtf.EdtfError | None = None
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
    candidates = [lowered] if language == "en" else _translated(text, language)
    first_error: DateError | None = None
    for candidate in candidates:
        try:
            return _read(candidate, anchor, date_order)
        except DateRefused as error:
            raise _in_original_words(error, candidate, text) from None
        except DateUnreadable as error:
            first_error = first_error or _in_original_words(error, candidate, text)
    if edtf_error is not None:
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
    return _day(Day(parsed.year, parsed.month, parsed.day))


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
    amount = _amount(match["n"]) if match["n"] else 1
    sign = 1 if match["direction"] == "after" else -1
    days = {"day": 1, "week": 7}.get(unit, 0) * amount * sign
    months = {"month": 1, "year": 12}.get(unit, 0) * amount * sign
    return EventOffset(match["target"], days=days, months=months)


def _amount(word: str) -> int:
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    raise DateUnreadable(f"{word!r} is not a number")


# --- reading English -----------------------------------------------------------------------


def _read(text: str, anchor: Day | None, order: str | None) -> DateValue:
    text = re.sub(r"[‐‑‒–—−]", "–", text)
    text = re.sub(r"\bmid-", "mid ", text)
    text = text.replace(",", " ").strip(" .")
    text = " ".join(text.split())
    approximate = uncertain = False
    if match := APPROXIMATE.match(text):
        approximate, text = True, text[match.end() :]
    if match := UNCERTAIN.match(text):
        uncertain, text = True, text[match.end() :]
    if text.endswith("?"):
        uncertain, text = True, text[:-1].strip()
    value = _read_unqualified(text, anchor, order)
    if approximate or uncertain:
        value = make_value(
            value.earliest,
            value.latest,
            value.precision,
            approximate=approximate or value.approximate,
            uncertain=uncertain or value.uncertain,
            part=value.part,
            is_range=value.is_range,
            time=value.time,
            code=_bare_code(value),
        )
    return value


def _as_edtf(text: str) -> DateValue | None:
    if edtf.looks_like_edtf(text):
        try:
            return edtf.parse(text.upper())
        except edtf.EdtfError:
            return None
    return None


def _read_unqualified(text: str, anchor: Day | None, order: str | None) -> DateValue:
    if (as_edtf := _as_edtf(text)) is not None:
        return as_edtf
    relative = _relative(text, anchor)
    if relative is not None:
        return relative
    if match := NUMERIC.match(text):
        return _numeric(match, text, order)
    if match := MONTH_FIRST_DAY_RANGE.match(text):
        month, start, end, year = match.groups()
        text = f"{start} {month} {year} – {end} {month} {year}"
    for separator in RANGE_SEPARATORS:
        match = separator.match(text)
        if match and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", text):
            return _range(match[1], match[2], anchor, order)
    if NEEDS_EVENT.search(text):
        raise DateRefused(
            f"{text!r} is relative to another event, and names none",
            "name the event: 'a week after @event-id', 'the day before @event-id'",
        )
    return _single(text, anchor)


def _range(left: str, right: str, anchor: Day | None, order: str | None) -> DateValue:
    end = _read_unqualified(right, anchor, order)
    start = _as_edtf(left) or _single(left, anchor, context=end)
    if start.earliest > end.latest:
        raise DateRefused(
            f"the range '{left} – {right}' ends before it starts",
            "write the earlier date first",
        )
    code_start = _bare_code(start).split("/")[0]
    code_end = _bare_code(end).split("/")[-1]
    precision = edtf.finer_of(start.precision, end.precision, coarser=True)
    return make_value(
        start.earliest,
        end.latest,
        precision,
        approximate=start.approximate or end.approximate,
        uncertain=start.uncertain or end.uncertain,
        is_range=True,
        code=f"{code_start}/{code_end}",
    )


def _numeric(match: re.Match[str], text: str, order: str | None) -> DateValue:
    a, _, b, c = match.groups()
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
        if order not in (None, "YMD"):
            raise DateRefused(f"{text!r} is not in the declared {order} order")
    else:
        if len(c) != 4:
            raise DateRefused(
                f"{text!r} has a two-digit year", "write the year in full, e.g. 07/10/2023"
            )
        year, first, second = int(c), int(a), int(b)
        if order == "YMD":
            raise DateRefused(f"{text!r} is not in the declared YMD order")
        if order is None:
            if first <= 12 and second <= 12 and first != second:
                raise DateRefused(
                    f"{text!r} could be {first} {MONTH_NAMES[second - 1]} or "
                    f"{second} {MONTH_NAMES[first - 1]} {year}",
                    "declare date_order: DMY or MDY for this date, or write the month's name",
                )
            order = "MDY" if second > 12 else "DMY"
        day, month = (first, second) if order == "DMY" else (second, first)
    return _day(_checked(year, month, day, text))


def _checked(year: int, month: int, day: int, text: str) -> Day:
    try:
        return Day.checked(year, month, day)
    except ValueError as error:
        raise DateRefused(f"{text!r} is not a real date: {error}") from None


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


def _needs_anchor(text: str, anchor: Day | None) -> Day:
    if anchor is None:
        raise DateRefused(
            f"{text!r} is relative, and there is no date to resolve it against",
            "give the source's `published` date, or an `anchor:` for this date",
        )
    return anchor


def _relative(text: str, anchor: Day | None) -> DateValue | None:
    if text in _RELATIVE_DAY:
        return _day(_needs_anchor(text, anchor).plus_days(_RELATIVE_DAY[text]))
    if match := _RELATIVE_DAY_WITH_WEEKDAY.match(text):
        relative, weekday = (
            match["relative"] or match["relative2"],
            match["weekday"] or match["weekday2"],
        )
        if weekday in WEEKDAYS:
            day = _needs_anchor(text, anchor).plus_days(_RELATIVE_DAY[relative])
            if day.weekday != WEEKDAYS[weekday]:
                raise DateRefused(
                    f"{text!r}: {relative} was {WEEKDAY_NAMES[day.weekday]} {day.iso()}, "
                    f"not a {WEEKDAY_NAMES[WEEKDAYS[weekday]]}",
                    "check the source's publication date, or the weekday",
                )
            return _day(day)
    if match := _IN_DAYS.match(text):
        return _days_from(_needs_anchor(text, anchor), _amount(match[1]), match[2])
    if match := _AGO.match(text):
        amount, unit = _amount(match[1]), match[2]
        base = _needs_anchor(text, anchor)
        if unit in ("day", "week"):
            return _days_from(base, -amount, unit)
        then = base.plus_months(-amount * (1 if unit == "month" else 12))
        if unit == "month":
            return _month(then.year, then.month, approximate=True)
        return _year(then.year, approximate=True)
    if match := _PERIOD.match(text):
        return _period(match[1], match[2], _needs_anchor(text, anchor))
    if (match := _WEEKDAY.match(text)) and match[2] in WEEKDAYS:
        return _weekday(match[1], WEEKDAYS[match[2]], _needs_anchor(text, anchor))
    return None


def _days_from(base: Day, amount: int, unit: str) -> DateValue:
    """N days or weeks from the anchor; "a week ago" is approximate, "two days ago" is not."""
    days = amount * (1 if unit == "day" else 7)
    return _day(base.plus_days(days), approximate=unit == "week")


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
        return _day(anchor.plus_days(-back))
    if which == "last":
        return _day(anchor.plus_days(-(back or 7)))
    if which == "next":
        return _day(anchor.plus_days((weekday - anchor.weekday) % 7 or 7))
    monday, _ = iso_week_of(anchor)
    return _day(monday.plus_days(weekday))


# --- absolute and partial dates ------------------------------------------------------------


@dataclass
class _Words:
    """What the words of one date say, before they are combined."""

    weekday: int | None = None
    month: int | None = None
    numbers: list[str] = field(default_factory=list)
    era: int | None = None
    era_index: int = -1
    part: str | None = None
    season: str | None = None
    ordinal: int | None = None
    ordinal_unit: str | None = None  # "quarter", "half", "century"
    decade: tuple[int, bool] | None = None  # (first year or last two digits, whether full)
    time: str | None = None
    offset: str = ""


def _words(text: str) -> _Words:
    words = _Words()
    tokens = text.split()
    index = 0
    while index < len(tokens):
        token = tokens[index].strip(".") if tokens[index] not in ERAS else tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        index += 1
        if token in ERAS:
            words.era, words.era_index = ERAS[token], len(words.numbers)
        elif token in MONTHS:
            words.month = _once(words.month, MONTHS[token], text)
        elif token in WEEKDAYS:
            words.weekday = _once(words.weekday, WEEKDAYS[token], text)
        elif token in PARTS:
            words.part = _once(words.part, PARTS[token], text)
        elif token in SEASONS:
            words.season = _once(words.season, SEASONS[token], text)
        elif re.fullmatch(r"q[1-4]", token):
            words.ordinal, words.ordinal_unit = int(token[1]), "quarter"
        elif re.fullmatch(r"h[12]", token):
            words.ordinal, words.ordinal_unit = int(token[1]), "half"
        elif following.strip(".") in ("quarter", "half", "century") and (
            token in ORDINAL_WORDS or ORDINAL.match(token)
        ):
            match = ORDINAL.match(token)
            words.ordinal = int(match[1]) if match else ORDINAL_WORDS[token]
            words.ordinal_unit = following.strip(".")
            index += 1
        elif match := DECADE.match(token):
            words.decade = (int(match[1]) * 10, True) if match[1] else (int(match[2]) * 10, False)
        elif match := TIME.match(token):
            words.time = _time(match, text)
        elif match := OFFSET.match(token):
            words.offset = _offset(match)
        elif token in ("am", "pm") and words.time:
            words.time = _time(TIME.match(f"{words.time}{token}"), text)  # type: ignore[arg-type]
        elif re.fullmatch(r"\d+(?:st|nd|rd|th)?", token):
            words.numbers.append(token)
        elif token in FILLER or not token:
            continue
        else:
            raise DateUnreadable(f"{text!r} is not a date these rules can read ({token!r})")
    return words


def _once(current: object, new: object, text: str) -> object:
    if current is not None and current != new:
        raise DateUnreadable(f"{text!r} names two different values for one part of a date")
    return new


def _time(match: re.Match[str], text: str) -> str:
    hour, minute, meridiem = int(match[1]), int(match[2]), (match[3] or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise DateRefused(f"{text!r}: {hour} is not an hour on a 12-hour clock")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise DateRefused(f"{text!r}: {match[0]} is not a time of day")
    return f"{hour:02d}:{minute:02d}"


def _offset(match: re.Match[str]) -> str:
    if match[0] in ("z", "utc", "gmt"):
        return "Z"
    sign, hours, minutes = (match[1], match[2], match[3]) if match[1] else match.group(4, 5, 6)
    return f"{sign}{int(hours):02d}:{int(minutes or 0):02d}"


def _single(text: str, anchor: Day | None, context: DateValue | None = None) -> DateValue:
    """One date (not a range); `context` is the range's other end, lending its month and year."""
    words = _words(text)
    numbers = words.numbers
    if words.time and not numbers:
        raise DateRefused(
            f"{text!r} is a time without a date", "add the day, e.g. '9 April 2025 14:30'"
        )
    if words.ordinal_unit == "century":
        return _century(words.ordinal or 0, words.era or 1, text)
    if words.decade is not None:
        return _decade(words.decade, anchor, text)
    year, day = _year_and_day(words, text)
    if words.ordinal_unit in ("quarter", "half"):
        return _quarter_or_half(words.ordinal_unit, words.ordinal or 0, year, text)
    if words.season:
        return _season(words.season, year, anchor, text)
    if words.month is not None:
        return _with_month(words, year, day, anchor, text, context)
    if day is not None:
        if context is not None and context.precision in ("day", "minute"):
            end = context.earliest
            return _day(_checked(end.year, end.month, int(day), text))
        raise DateUnreadable(f"{text!r} is a number without a month")
    if year is not None:
        if words.weekday is not None:
            raise DateUnreadable(f"{text!r}: a weekday needs a day and month")
        return _year(year, words.part)
    raise DateUnreadable(
        f"{text!r} is not a date these rules can read",
        "write e.g. '9 April 2025', 'early April 2025', 'on Wednesday' or ISO 2025-04-09",
    )


def _digits(token: str) -> str:
    """'9th' -> '9', '2025' -> '2025'."""
    return re.sub(r"\D", "", token)


def _year_and_day(words: _Words, text: str) -> tuple[int | None, int | None]:
    numbers = words.numbers
    year: int | None = None
    day: int | None = None
    if words.era is not None:
        if not numbers:
            raise DateUnreadable(f"{text!r}: an era needs a year")
        # "15 March 44 BC": the year stands next to the era; "AD 79": right after it.
        year_index = words.era_index - 1 if words.era_index > 0 else 0
        raw = int(_digits(numbers[year_index]))
        if raw == 0:
            raise DateRefused(f"{text!r}: there is no year 0 BC or AD", "1 BC is followed by AD 1")
        year = raw if words.era > 0 else 1 - raw
        rest = numbers[:year_index] + numbers[year_index + 1 :]
        if len(rest) > 1:
            raise DateUnreadable(f"{text!r} has too many numbers")
        day = int(_digits(rest[0])) if rest else None
        return year, day
    for token in numbers:
        digits = _digits(token)
        value = int(digits)
        if len(digits) >= 3 and not ORDINAL.match(token):
            year = _once(year, value, text)  # type: ignore[assignment]
        elif value <= 31:
            day = _once(day, value, text)  # type: ignore[assignment]
        else:
            raise DateUnreadable(f"{text!r}: {token} is neither a day nor a four-digit year")
    return year, day


def _century(number: int, era: int, text: str) -> DateValue:
    if number < 1:
        raise DateUnreadable(f"{text!r} is not a century")
    # Counted as historians count them: the 20th century is 1901-2000, the 1st century BC 100-1 BC.
    if era > 0:
        first, last = (number - 1) * 100 + 1, number * 100
    else:
        first, last = 1 - number * 100, 1 - ((number - 1) * 100 + 1)
    return make_value(Day(first, 1, 1), Day(last, 12, 31), "century")


def _decade(decade: tuple[int, bool], anchor: Day | None, text: str) -> DateValue:
    start, full = decade
    if not full:
        # "the 90s": the latest such decade that began on or before the anchor.
        base = _needs_anchor(text, anchor)
        start = (base.year // 100) * 100 + start
        if start > base.year:
            start -= 100
    return make_value(Day(start, 1, 1), Day(start + 9, 12, 31), "decade")


def _quarter_or_half(unit: str, number: int, year: int | None, text: str) -> DateValue:
    if year is None:
        raise DateUnreadable(f"{text!r} needs a year")
    size = 3 if unit == "quarter" else 6
    if not 1 <= number <= 12 // size:
        raise DateRefused(f"{text!r}: a year has no {unit} {number}")
    first_month = (number - 1) * size + 1
    first, last = Day(year, first_month, 1), month_end(year, first_month + size - 1)
    code = f"{format_iso_year(year)}-{edtf.code_for(unit, number)}"
    if unit == "quarter":
        return make_value(first, last, "quarter", code=code)
    part = "first half" if number == 1 else "second half"
    return make_value(first, last, "year", part=part, code=code)


def _season(season: str, year: int | None, anchor: Day | None, text: str) -> DateValue:
    if year is None:
        base = _needs_anchor(text, anchor)
        year = _nearest(
            base,
            [
                (y, *edtf.season_bounds(y, season))
                for y in (base.year - 1, base.year, base.year + 1)
            ],
        )
    first, last = edtf.season_bounds(year, season)
    return make_value(
        first, last, "season", code=f"{format_iso_year(year)}-{edtf.code_for('season', season)}"
    )


def _nearest(anchor: Day, candidates: list[tuple[int, Day, Day]]) -> int:
    """The candidate year whose span is nearest the anchor; the earlier one on a tie."""

    def distance(candidate: tuple[int, Day, Day]) -> tuple[int, int]:
        _, first, last = candidate
        if first <= anchor <= last:
            return (0, first.number)
        return (
            min(abs(first.number - anchor.number), abs(last.number - anchor.number)),
            first.number,
        )

    return min(candidates, key=distance)[0]


def _with_month(
    words: _Words,
    year: int | None,
    day: int | None,
    anchor: Day | None,
    text: str,
    context: DateValue | None,
) -> DateValue:
    month = words.month
    assert month is not None
    if year is None and context is not None:
        year = context.latest.year
        # "30 December - 2 January 2025": the start lies in the year before the end.
        if Day(year, month, min(day or 1, days_in_month(year, month))) > context.latest:
            year -= 1
    elif year is None:
        base = _needs_anchor(text, anchor)
        candidates = []
        for y in (base.year - 1, base.year, base.year + 1):
            if day is None:
                candidates.append((y, Day(y, month, 1), month_end(y, month)))
            elif day <= days_in_month(y, month):
                candidates.append((y, Day(y, month, day), Day(y, month, day)))
        if not candidates:
            raise DateRefused(f"{text!r} is not a real date in any year near {base}")
        year = _nearest(base, candidates)
    if day is None:
        if words.weekday is not None:
            raise DateUnreadable(f"{text!r}: a weekday needs a day of the month")
        return _month(year, month, words.part)
    if words.part:
        raise DateUnreadable(f"{text!r}: early/mid/late apply to a month or year, not a day")
    found = _checked(year, month, day, text)
    if words.weekday is not None and words.weekday != found.weekday:
        raise DateRefused(
            f"{text!r}: {found.day} {MONTH_NAMES[month - 1]} {format_year(year)} was a "
            f"{WEEKDAY_NAMES[found.weekday]}, not a {WEEKDAY_NAMES[words.weekday]}",
            "check the source: either the weekday or the date is wrong",
        )
    if words.time:
        return make_value(found, found, "minute", time=f"{words.time}{words.offset}")
    return _day(found)
