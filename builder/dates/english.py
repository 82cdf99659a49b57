"""The reader of dates in English words (other languages arrive here translated)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
from builder.dates import numbers, refusals
from builder.dates.errors import DateRefused, DateUnreadable
from builder.dates.relative import looking_back, needs_anchor, relative
from builder.dates.times import OFFSET, TIME, clock_time, find_clock, offset_for, zone_offset
from builder.dates.values import (
    bare_code,
    checked_day,
    day_value,
    make_value,
    month_value,
    year_value,
)
from builder.dates.words import (
    APPROXIMATE,
    DECADE,
    ERAS,
    FILLER,
    MONTH_FIRST_DAY_RANGE,
    MONTHS,
    NUMBER_WORDS,
    NUMERIC,
    ORDINAL,
    ORDINAL_WORDS,
    PARTS,
    RANGE_SEPARATORS,
    SEASONS,
    UNCERTAIN,
    WEEKDAYS,
)
from builder.model import DateValue

# --- reading English -----------------------------------------------------------------------

_ON_OR_ABOUT = re.compile(r"^(?:on|in|at)\s+or\s+(?:about|around)\s+")
# Month names as a regex alternation, for spelled days next to them ("the twenty-first of May").
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))


# The commonest whole dates, "9 april 2025" and "april 9, 2025": read at once, as the full
# reader would read them (measured: a third of the time of the mixed benchmark set).
_PLAIN_DAY = re.compile(r"^(?:(\d{1,2}) ([a-z]+)|([a-z]+) (\d{1,2}),?) (\d{4})$")
_DASHES = re.compile(r"[‐‑‒–—−]")
_MID = re.compile(r"\bmid-")
_BRACKETED_WEEKDAY = re.compile(r"\(\s*([a-z]+)\.?\s*\)")
# Words that only frame the date after them and leave its span as it is: "as of June 1" is
# June 1 (the day a tally stood or a rule took effect: a date, not an open bound),
# "throughout April and May" is April and May, and "separately Thursday" or "also on Monday"
# carry an adverb of the sentence. Alone ("meanwhile") they name no date and are refused.
_FRAME = re.compile(
    r"^(?:as\s+of|as\s+at|throughout|separately|also|meanwhile|elsewhere|additionally)\s+(?=\S)"
)
# "as recently as January" looks back: the latest January begun by the report's date.
_LOOKING_BACK = re.compile(r"^as\s+recently\s+as\s+(?=\S)")


def read(text: str, anchor: Day | None, order: str | None) -> DateValue:
    if (plain := _PLAIN_DAY.match(text)) and (plain[2] or plain[3]) in MONTHS:
        day = int(plain[1] or plain[4])
        if 1 <= day <= 31:
            return day_value(checked_day(int(plain[5]), MONTHS[plain[2] or plain[3]], day, text))
    text = _DASHES.sub("–", text)
    text = _MID.sub("mid ", text)
    # "today (Saturday)", "yesterday (Wednesday)": a weekday in brackets confirms the day.
    text = _BRACKETED_WEEKDAY.sub(lambda m: f" {m[1]} " if m[1] in WEEKDAYS else m[0], text)
    text = text.replace(",", " ").strip(" .")
    text = " ".join(text.split())
    text = numbers.digits_for_words(text, _MONTH_WORDS)
    if match := _LOOKING_BACK.match(text):
        return looking_back(text, text[match.end() :], anchor)
    if _FRAME.match(text):
        return _framed(text, anchor, order)
    approximate = uncertain = False
    if match := _ON_OR_ABOUT.match(text):  # "on or about 9 April": the legal "about"
        approximate, text = True, text[match.end() :]
    if match := APPROXIMATE.match(text):
        approximate, text = True, text[match.end() :]
    if match := UNCERTAIN.match(text):
        uncertain, text = True, text[match.end() :]
    if text.endswith("?"):
        uncertain, text = True, text[:-1].strip()
    try:
        value = _read_unqualified(text, anchor, order)
    except DateUnreadable:
        # Words no reader understands may still be words known to name no date ("in recent
        # weeks", "in the run-up to the vote"): give that reason rather than "unreadable".
        refusals.refuse_if_unresolvable(text)
        raise
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
            code=bare_code(value),
        )
    return value


def _framed(text: str, anchor: Day | None, order: str | None) -> DateValue:
    """The date after the framing words, refused or not understood in the words as written."""
    inner = text
    while match := _FRAME.match(inner):
        inner = inner[match.end() :]
    try:
        return read(inner, anchor, order)
    except (DateRefused, DateUnreadable) as error:
        message = re.sub(r"^'[^']*'", lambda _: repr(text), error.message)
        raise type(error)(message, error.hint) from None


def _as_edtf(text: str) -> DateValue | None:
    if edtf.looks_like_edtf(text):
        try:
            return edtf.parse(text.upper())
        except edtf.EdtfError:
            return None
    return None


# "May 25-31", "from May 5 to 9", "May 5 and 6": the month written once, before both days,
# and no year (with a year, MONTH_FIRST_DAY_RANGE reads it): the days before the month, so
# the year follows the rule for dates without one.
_MONTH_FIRST_DAYS = re.compile(
    r"^(?:(?P<lead>on|from|between)\s+)?(?P<month>[a-z]+)\.?\s+(?P<first>\d{1,2})(?:st|nd|rd|th)?"
    r"\s*(?P<how>–|-|\bto\b|\bthrough\b|\band\b)\s*(?P<second>\d{1,2})(?:st|nd|rd|th)?$"
)


def _read_unqualified(text: str, anchor: Day | None, order: str | None) -> DateValue:
    refuse_year_span_or_edtf(text)
    if (as_edtf := _as_edtf(text)) is not None:
        return as_edtf
    if (match := _MONTH_FIRST_DAYS.match(text)) and match["month"] in MONTHS:
        how = "–" if match["how"] == "-" else match["how"]
        text = f"{match['lead'] or ''} {match['first']} {how} {match['second']} {match['month']}"
        text = text.strip()
    for form in _FORMS:
        try:
            value = form(text, anchor, order)
        except DateUnreadable:
            continue  # the words inside the form are no date ("that morning"): other rules
        if value is not None:
            return value
    relative_value = relative(text, anchor)
    if relative_value is not None:
        return relative_value
    if match := NUMERIC.match(text):
        return _numeric(match, text, order, anchor)
    if match := MONTH_FIRST_DAY_RANGE.match(text):
        month, start, end, year = match.groups()
        text = f"{start} {month} {year} – {end} {month} {year}"
    for separator in RANGE_SEPARATORS:
        match = separator.match(text)
        if match and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", text):
            return _range(match[1], match[2], anchor, order)
    refusals.refuse_if_unresolvable(text)
    return _single(text, anchor)


def _range(left: str, right: str, anchor: Day | None, order: str | None) -> DateValue:
    end = _read_unqualified(right, anchor, order)
    start = _as_edtf(left) or _single(left, anchor, context=end)
    if start.earliest > end.latest:
        raise DateRefused(
            f"the range '{left} – {right}' ends before it starts",
            "write the earlier date first",
        )
    code_start = bare_code(start).split("/")[0]
    code_end = bare_code(end).split("/")[-1]
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


def _numeric(
    match: re.Match[str], text: str, order: str | None, anchor: Day | None = None
) -> DateValue:
    a, _, b, c = match.groups()
    if len(a) == 4 or (order == "YMD" and len(a) == 2 and len(c) == 2):
        year = int(a) if len(a) == 4 else _two_digit_year(int(a), text, order, anchor)
        month, day = int(b), int(c)
        if order not in (None, "YMD"):
            raise DateRefused(f"{text!r} is not in the declared {order} order")
    else:
        if len(c) == 2:
            year = _two_digit_year(int(c), text, order, anchor)
        elif len(c) != 4:
            raise DateRefused(
                f"{text!r} has a {len(c)}-digit year", "write the year in full, e.g. 07/10/2023"
            )
        else:
            year = int(c)
        first, second = int(a), int(b)
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
    return day_value(checked_day(year, month, day, text))


def _two_digit_year(digits: int, text: str, order: str | None, anchor: Day | None) -> int:
    """'23' in '07/10/23': the year ending in those digits from 50 years before the anchor's
    year to 10 years after it, read only in a declared date order; anything else is refused."""
    if order is None or anchor is None:
        missing = "no date order is declared" if order is None else "there is no anchor"
        raise DateRefused(
            f"{text!r} has a two-digit year, and {missing} to place it in a century",
            "write the year in full, e.g. 07/10/2023, or declare date_order and give the "
            "source's published date",
        )
    year = anchor.year - (anchor.year - digits) % 100 + 100 * (digits > anchor.year % 100)
    year = year if year <= anchor.year + TWO_DIGIT_YEAR_AHEAD else year - 100
    if year < anchor.year - TWO_DIGIT_YEAR_BACK:
        raise DateRefused(
            f"{text!r} has a two-digit year more than {TWO_DIGIT_YEAR_BACK} years before or "
            f"{TWO_DIGIT_YEAR_AHEAD} after the report ({anchor.year})",
            "write the year in full, e.g. 07/10/1962",
        )
    return year


TWO_DIGIT_YEAR_BACK = 50
TWO_DIGIT_YEAR_AHEAD = 10

# --- forms read before the relative ones ---------------------------------------------------
#
# Each form returns None when the text is not of its kind, so the next one may try; the words
# inside a form (the date of "Friday night", the day of "at 22:15 GMT on Friday") are read by
# the whole reader again.

# "1980–85", "2019/20", "2019-20": a span of years written with the second one short.
_SHORT_YEAR_SPAN = re.compile(
    r"^(?:(?:in|from|during)\s+)?(?:the\s+)?(\d{4})\s*([–/-]|to)\s*(\d{2})$"
)


def refuse_year_span_or_edtf(text: str) -> None:
    """Refuse '2023-24' where it reads both ways: the years 2023-2024 as copy writes them, and an
    EDTF season, quarter or half (here winter 2023). Consecutive years with a hyphen, the second
    past 12 ('2011-12' stays December 2011); with an en dash or a slash it is the years alone."""
    match = _SHORT_YEAR_SPAN.match(text.lower())
    if match is None or match[2] != "-":
        return
    first, second = int(match[1]), int(match[3])
    if second != (first + 1) % 100 or second <= 12 or _as_edtf(text) is None:
        return
    raise DateRefused(
        f"{text!r} could be the years {match[1]}–{match[3]} or the EDTF code for "
        f"{value_text_for_code(text)}",
        f"write '{match[1]}–{match[3]}' with an en dash for the years, or the period in words",
    )


def value_text_for_code(text: str) -> str:
    from builder.display import value_text

    value = _as_edtf(text)
    return value_text(value) if value is not None else text


def _short_year_span(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    match = _SHORT_YEAR_SPAN.match(text)
    if match is None or (match[2] == "-" and _as_edtf(text) is not None):
        return None
    return _year_span(match, text)


def _year_span(match: re.Match[str], text: str) -> DateValue:
    first, short = int(match[1]), int(match[3])
    last = first - first % 100 + short
    if last <= first:
        last += 100  # "1998–02": into the next century, if that stays a short span
        if last - first > 10:
            raise DateRefused(
                f"the range {text!r} ends before it starts",
                "write both years in full, the earlier first, e.g. '1980–1985'",
            )
    return make_value(Day(first, 1, 1), Day(last, 12, 31), "year", is_range=True)


# "7/10", "7.10": a day and month in figures, read only in a declared date order.
_SHORT_NUMERIC = re.compile(r"^(?:on\s+)?(\d{1,2})([/.])(\d{1,2})$")


def _short_numeric(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    match = _SHORT_NUMERIC.match(text)
    if match is None or order is None:
        return None
    if order == "YMD":
        raise DateRefused(f"{text!r} is not in the declared YMD order", "write e.g. '2025-10-07'")
    first, second = int(match[1]), int(match[3])
    day, month = (first, second) if order == "DMY" else (second, first)
    if not 1 <= month <= 12:
        raise DateRefused(
            f"{text!r}: there is no month {month} ({order} order)",
            "check the declared date_order, or write the month's name",
        )
    return _day_without_year(month, day, anchor, text)


def _with_clock(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    """'at 22:15 GMT on Friday', '0400 GMT Monday', '9 p.m. ET', '14:30 local time': the time
    as written, with the offset of the zone it names, on the day the rest of the words give."""
    clock = find_clock(text)
    if clock is None:
        return None
    rest = re.sub(r"^(?:(?:on|at|of)\s+)+|\s+(?:on|at)$", "", clock.rest).strip()
    # "By 0353 GMT, oil was down": in live copy a time-stamp as often as a deadline; either
    # way the day it falls on is not in the words, and that is the reason given.
    if not rest or rest == "by":
        raise DateRefused(
            f"{text!r} is a time without a date",
            "add the day, e.g. 'at 22:15 GMT on Friday' or '9 April 2025 14:30'",
        )
    value = _read_unqualified(rest, anchor, order)
    day = _one_day(value, text, "a time of day")
    time = f"{clock.time}{offset_for(clock, day)}"
    return make_value(
        day,
        day,
        "minute",
        approximate=value.approximate,
        uncertain=value.uncertain,
        part=value.part,
        time=time,
    )


def _one_day(value: DateValue, text: str, what: str) -> Day:
    if value.precision not in ("day", "minute") or value.earliest != value.latest:
        raise DateRefused(
            f"{text!r}: {what} needs one day, and the words give "
            f"{value.earliest.iso()} to {value.latest.iso()}",
            "name the day, e.g. 'Friday night' or '9 April 2025 evening'",
        )
    return value.earliest


# --- parts of the day and nights -----------------------------------------------------------
#
# A part of the day keeps the day it is on, at day precision, the part kept in `part`. A night
# belongs to the evening it starts on ("Friday night", "the night of 12 June"); "the night into
# Friday" is Thursday's; where the text names both days ("the night of 12-13 June", "the night
# from Friday to Saturday") both are kept, a two-day range. "overnight Friday" is Friday: agency
# copy uses it both for the night into Friday (Reuters, a Friday report: "strikes overnight on
# Friday") and for the night after it (AP, a Sunday report: "strikes overnight Saturday"), and
# the day it names is the one both readings touch.

DAY_PARTS = {
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
    "midday": "midday", "noon": "midday", "lunchtime": "midday", "dawn": "dawn",
    "daybreak": "dawn", "sunrise": "dawn", "dusk": "evening", "sunset": "evening",
    "nightfall": "evening", "midnight": "midnight", "overnight": "overnight",
}  # fmt: skip
# Parts of the day counted from the anchor: (days from it, part).
ANCHOR_PARTS = {
    "tonight": (0, "night"), "last night": (-1, "night"), "overnight": (-1, "night"),
    "this morning": (0, "morning"), "this afternoon": (0, "afternoon"),
    "this evening": (0, "evening"), "earlier today": (0, None), "later today": (0, None),
}  # fmt: skip
_LEAD = r"(?:(?:on|in|during|over|at|throughout)\s+)?(?:the\s+)?"
_PART_WORD = "|".join(sorted(DAY_PARTS, key=len, reverse=True))
_NIGHT_INTO = re.compile(rf"^{_LEAD}(?:night|overnight)\s+(?:into|to)\s+(?P<date>.+)$")
_NIGHT_SPAN = re.compile(
    rf"^{_LEAD}(?:night|overnight)\s+(?:of\s+|from\s+|between\s+)?(?P<first>.+?)\s*"
    r"(?:–|-|/|\bto\b|\binto\b|\band\b)\s*(?P<second>.+)$"
)
_NIGHT_INTO_DAY = re.compile(
    r"^(?:(?:on|in|during|over)\s+)?(?P<first>.+?)\s+(?:night|overnight)\s+(?:into|to|–|-)\s+"
    r"(?P<second>.+)$"
)
_SMALL_HOURS = re.compile(
    rf"^{_LEAD}(?:small|early|wee)\s+hours\s+(?:of\s+|on\s+)+(?P<date>.+)$|"
    r"^(?P<date2>.+?)\s+in\s+the\s+(?:small|early|wee)\s+hours$"
)
_OVERNIGHT = re.compile(r"^(?:overnight|over\s+night)\s+(?:on\s+)?(?P<date>.+)$")
_PART_OF = re.compile(rf"^{_LEAD}(?P<part>{_PART_WORD})\s+(?:of|on)\s+(?P<date>.+)$")
_AT_PART = re.compile(
    r"^(?:(?:at|around)\s+)?(?P<part>midday|noon|dawn|daybreak|sunrise|dusk|sunset|nightfall|"
    r"midnight)\s+(?:on\s+)?(?P<date>.+)$"
)
_EARLY_LATE = re.compile(
    r"^(?P<part>late|early|earlier|later)\s+(?:on\s+|in\s+the\s+day\s+on\s+)?(?P<date>.+)$"
)
_PART_AFTER = re.compile(
    rf"^(?:(?:on|in|during)\s+)?(?P<date>.+?)\s+(?:at\s+|in\s+the\s+|during\s+the\s+)?"
    rf"(?P<part>{_PART_WORD})$"
)


def _night_span(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    """'the night of 12–13 June', 'the night from Friday to Saturday', 'Friday night into
    Saturday': both days kept; 'the night into Friday': Thursday's night."""
    if match := _NIGHT_INTO.match(text):
        day = _one_day(_read_unqualified(match["date"], anchor, order), text, "a night")
        return _with_part(day_value(day.plus_days(-1)), "night")
    match = _NIGHT_SPAN.match(text) or _NIGHT_INTO_DAY.match(text)
    if match is None:
        return None
    first, second = match["first"].strip(), match["second"].strip()
    pair = _weekday_pair(first, second, anchor, text)
    if pair is not None:
        start, end = pair
        value = make_value(start, end, "day", is_range=True)
    else:
        value = _range(first, second, anchor, order)
    if value.earliest.plus_days(1) != value.latest or value.precision not in ("day", "minute"):
        raise DateRefused(
            f"{text!r}: a night runs from one evening into the next day, and "
            f"{value.earliest.iso()} to {value.latest.iso()} are not two days in a row",
            "write e.g. 'the night of 12–13 June 2025'",
        )
    return _with_part(value, "night")


def _part_of_day(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    if text in ANCHOR_PARTS:
        days, part = ANCHOR_PARTS[text]
        return _with_part(day_value(needs_anchor(text, anchor).plus_days(days)), part)
    if match := _SMALL_HOURS.match(text):
        return _part_on(match["date"] or match["date2"], "small hours", text, anchor, order)
    if match := _OVERNIGHT.match(text):
        return _part_on(match["date"], "overnight", text, anchor, order)
    if match := _PART_OF.match(text) or _AT_PART.match(text):
        return _part_on(match["date"], DAY_PARTS[match["part"]], text, anchor, order)
    if match := _EARLY_LATE.match(text):
        # "late on Monday", "early today"; "late April" and "early 2025" are parts of a month
        # or year, read by the rules further on.
        try:
            value = _read_unqualified(match["date"], anchor, order)
        except DateUnreadable:
            return None
        if value.precision != "day" or value.earliest != value.latest:
            return None
        if match["part"] in ("earlier", "later"):
            # "earlier on Tuesday", "later this morning": a report's "earlier"/"later" points
            # within the day it names (earlier or later than the moment written about), so the
            # day is that day; "earlier this week" names no one day and is read further on.
            return value
        return _with_part(value, match["part"])
    if match := _PART_AFTER.match(text):
        return _part_on(match["date"], DAY_PARTS[match["part"]], text, anchor, order)
    return None


def _part_on(
    words: str, part: str | None, text: str, anchor: Day | None, order: str | None
) -> DateValue:
    value = _read_unqualified(words, anchor, order)
    _one_day(value, text, f"the {part or 'part of the day'}")
    return _with_part(value, part)


def _with_part(value: DateValue, part: str | None) -> DateValue:
    return make_value(
        value.earliest,
        value.latest,
        value.precision,
        approximate=value.approximate,
        uncertain=value.uncertain,
        part=part,
        is_range=value.is_range,
        time=value.time,
        code=bare_code(value),
    )


# --- two possible days, weeks and weekday spans --------------------------------------------

_EITHER = re.compile(r"^(?P<first>.+?)\s+or\s+(?P<second>.+)$")
# "May 14 or 15, 2025": the month and year stand once for both days.
_MONTH_FIRST_EITHER = re.compile(
    r"^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\s+or\s+(\d{1,2})(?:st|nd|rd|th)?((?:\s+\d{3,4})?)$"
)


def _either(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    """'14 or 15 May', 'Friday or Saturday': the span from the one to the other, uncertain."""
    if (match := _MONTH_FIRST_EITHER.match(text)) and match[1].strip(".") in MONTHS:
        text = f"{match[2]} or {match[3]} {match[1]}{match[4]}"
    match = _EITHER.match(text)
    if match is None or match["first"] in ("on", "in", "at", "by", "before", "after"):
        return None  # "on or about", "on or before": other rules
    first, second = match["first"], match["second"]
    pair = _weekday_pair(first, second, anchor, text)
    if pair is not None:
        value = make_value(pair[0], pair[1], "day", is_range=True)
    else:
        value = _range(first, second, anchor, order)
    return make_value(
        value.earliest,
        value.latest,
        value.precision,
        approximate=value.approximate,
        uncertain=True,
        is_range=True,
        code=bare_code(value),
    )


_WEEK_OF = re.compile(rf"^{_LEAD}week\s+of\s+(?P<date>.+)$")
_WEEK_FROM = re.compile(
    rf"^{_LEAD}week\s+(?P<how>beginning|starting|commencing|from|ending|to)\s+(?:on\s+)?"
    r"(?P<date>.+)$"
)
_NTH_WEEK = re.compile(
    rf"^{_LEAD}(?P<nth>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+"
    r"week\s+(?:of|in)\s+(?P<month>.+)$"
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}
_NTH.update({"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5})


def _week(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    """'the week of 3 June': the ISO week (Monday to Sunday) holding that day; 'the week
    beginning 3 June': seven days from it; 'the second week of May': days 8-14 of May."""
    if match := _WEEK_OF.match(text):
        day = _one_day(_read_unqualified(match["date"], anchor, order), text, "a week of")
        monday, sunday = iso_week_of(day)
        return make_value(monday, sunday, "week")
    if match := _WEEK_FROM.match(text):
        day = _one_day(_read_unqualified(match["date"], anchor, order), text, "a week")
        if match["how"] in ("ending", "to"):
            return make_value(day.plus_days(-6), day, "week")
        return make_value(day, day.plus_days(6), "week")
    if match := _NTH_WEEK.match(text):
        month = _read_unqualified(match["month"], anchor, order)
        first, last = month.earliest, month.latest
        if month.precision != "month" or month.part or first.day != 1 or first.month != last.month:
            return None
        nth = _NTH[match["nth"]]
        if nth < 0:
            return make_value(last.plus_days(-6), last, "week", approximate=True)
        if 7 * (nth - 1) + 1 > last.day:
            raise DateRefused(
                f"{text!r}: {MONTH_NAMES[first.month - 1]} has no week {nth}",
                "write the days, e.g. '29–31 March 2025', or 'the last week of March'",
            )
        end = min(first.plus_days(7 * nth - 1), last)
        return make_value(first.plus_days(7 * (nth - 1)), end, "week", approximate=True)
    return None


_WEEKDAY_SPAN = re.compile(
    r"^(?:from\s+|between\s+)?(?:on\s+)?(?P<first>[a-z]+)\.?\s*"
    r"(?:–|-|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\band\b)\s*(?P<second>[a-z]+)\.?$"
)


def _weekday_span(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    """'Tuesday to Thursday': the first day as a bare weekday (the latest on or before the
    anchor), the second the next such weekday after it."""
    match = _WEEKDAY_SPAN.match(text)
    if match is None:
        return None
    pair = _weekday_pair(match["first"], match["second"], anchor, text)
    if pair is None:
        return None
    return make_value(pair[0], pair[1], "day", is_range=True)


def _weekday_pair(first: str, second: str, anchor: Day | None, text: str) -> tuple[Day, Day] | None:
    first = re.sub(r"^(?:on\s+)?", "", first).strip(".")
    second = re.sub(r"^(?:on\s+)?", "", second).strip(".")
    if first not in WEEKDAYS or second not in WEEKDAYS:
        return None
    base = needs_anchor(text, anchor)
    start = base.plus_days(-((base.weekday - WEEKDAYS[first]) % 7))
    return start, start.plus_days((WEEKDAYS[second] - WEEKDAYS[first]) % 7 or 7)


# --- parts of decades and centuries --------------------------------------------------------

_PERIOD_PART = re.compile(
    r"^(?:(?:in|during)\s+)?(?:the\s+)?(?P<nth>first|second|third|fourth|last|final|1st|2nd|"
    r"3rd|4th)\s+(?P<unit>half|quarter|third)\s+of\s+(?P<period>.+)$"
)
_PIECES = {"half": 2, "third": 3, "quarter": 4}
_ORDINAL_TEXT = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def _period_part(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    """'the first half of the 20th century' (1901-1950), 'the second quarter of the 20th
    century' (1926-1950), 'the first half of the 1990s' (1990-1994)."""
    match = _PERIOD_PART.match(text)
    if match is None:
        return None
    try:
        period = _read_unqualified(match["period"], anchor, order)
    except DateUnreadable:
        return None
    if period.precision not in ("century", "decade") or period.part:
        return None
    pieces = _PIECES[match["unit"]]
    years = period.latest.year - period.earliest.year + 1
    if years % pieces:
        raise DateRefused(
            f"{text!r}: {years} years do not split into {pieces} equal {match['unit']}s",
            "write the years, e.g. '1990–1992'",
        )
    nth = _NTH.get(match["nth"], 0)
    nth = pieces if nth < 0 else nth
    if not 1 <= nth <= pieces:
        raise DateRefused(
            f"{text!r}: there is no {match['unit']} {nth}", "write the years, e.g. '1926–1950'"
        )
    size = years // pieces
    first = period.earliest.year + size * (nth - 1)
    return make_value(
        Day(first, 1, 1),
        Day(first + size - 1, 12, 31),
        period.precision,
        part=f"{_ORDINAL_TEXT[nth]} {match['unit']}",
    )


# --- periods ending on a day, named spans, two dates joined by "and", US holidays ---------

_ENDED = re.compile(
    r"^(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|final|last|"
    r"latest|1st|2nd|3rd|4th|fiscal|financial)\s+)*(?:(?P<unit>quarter|half|half-year|year)|"
    r"(?P<count>[a-z0-9]+)\s+(?P<units>months|weeks))\s+(?:that\s+|which\s+)?"
    r"(?:ended|ending|ends|to|through)\s+(?:on\s+)?(?P<date>.+)$"
)
_ENDED_MONTHS = {"quarter": 3, "half": 6, "half-year": 6, "year": 12}


def _ended_period(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    """'the second quarter ended October 31, 2011', 'the nine months to September 30', 'the
    year ended March 2024': the months (or weeks) that end on the day given, whatever the
    company numbers its quarters; the end date is what the report vouches for."""
    match = _ENDED.match(text)
    if match is None:
        return None
    end_value = _read_unqualified(match["date"], anchor, order)
    whole_month = end_value.precision == "month" and not end_value.part
    if not whole_month and (end_value.precision != "day" or end_value.earliest != end_value.latest):
        return None  # "the second quarter to the third quarter": a range, read further on
    end = end_value.latest
    if match["unit"]:
        months, weeks = _ENDED_MONTHS[match["unit"]], 0
    else:
        count = _count_word(match["count"])
        if count is None or not 1 <= count <= (24 if match["units"] == "months" else 52):
            return None
        months, weeks = (count, 0) if match["units"] == "months" else (0, count)
    first = end.plus_days(1).plus_months(-months) if months else end.plus_days(1 - 7 * weeks)
    whole = first.day == 1 and end == month_end(end.year, end.month)
    return make_value(first, end, "month" if whole else "day", is_range=True)


def _count_word(word: str) -> int | None:
    """'3' or 'three' as a number, None for any other word."""
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


_SPAN_START = re.compile(rf"^(?:\d|(?:{_MONTH_WORDS})\b)")
_NAMED_SPAN = re.compile(
    r"^(?:(?:in|during|over|for)\s+)?the\s+(?P<span>.+?)\s+(?P<noun>period|months|quarter)$"
)


def _named_span(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    """'the July-September period', 'the April–June quarter': the span named, the noun
    saying only that it is one; a quarter so named must be three whole months."""
    match = _NAMED_SPAN.match(text)
    if match is None or not _SPAN_START.match(match["span"]):
        return None  # "the year-earlier quarter", "the same period": other rules
    value = _read_unqualified(match["span"], anchor, order)
    if not value.is_range:
        return None  # "the holiday period", "the summer months": not a span these rules date
    if match["noun"] == "quarter":
        first, last = value.earliest, value.latest
        if (
            first.day != 1
            or last != month_end(last.year, last.month)
            or (first.plus_months(3).plus_days(-1) != last)
        ):
            raise DateRefused(
                f"{text!r}: a quarter is three whole months, and the words give "
                f"{first.iso()} to {last.iso()}",
                "write the months, e.g. 'April–June 2025'",
            )
    return value


_AND = re.compile(r"^(?P<first>.+?)\s+and\s+(?P<second>.+)$")


def _both(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    """'April and May', '5 and 6 May': two dates in a row are one span, both ends kept; two
    that are not ('April and June') are two dates, refused rather than joined into a span
    that claims the month between them."""
    match = _AND.match(text)
    if match is None or text.startswith("between "):
        return None
    end = _read_unqualified(match["second"], anchor, order)
    start = _as_edtf(match["first"]) or _single(match["first"], anchor, context=end)
    if start.latest.plus_days(1) != end.earliest:
        raise DateRefused(
            f"{text!r} is not a date but two, {bare_code(start)} and {bare_code(end)}, with "
            "time between them that neither names",
            "date each event on its own, or write the span the sources give, e.g. "
            "'April–June 2025'",
        )
    return _range(match["first"], match["second"], anchor, order)


# US federal holidays (5 U.S.C. 6103) as US copy names them, from the year each rule took
# effect: (month, day) for a fixed day, or (month, weekday, nth, since) for the nth weekday
# of a month (nth -1: the last). Christmas is the Western one, 25 December. "The Memorial Day
# holiday" is the day; "the Christmas holiday(s)", "Thanksgiving weekend" and "over
# Christmas" are breaks of several days, not read.
_FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24),
}  # fmt: skip
_MOVING_HOLIDAYS = {
    "memorial day": (5, 0, -1, 1971),  # last Monday of May (30 May before 1971)
    "labor day": (9, 0, 1, 1894),  # first Monday of September
    "thanksgiving": (11, 3, 4, 1942),  # fourth Thursday of November
    "thanksgiving day": (11, 3, 4, 1942),
}  # fmt: skip
_HOLIDAY = re.compile(
    r"^(?:on\s+)?(?:the\s+)?(?P<name>memorial day|labor day|thanksgiving(?: day)?|"
    r"christmas(?: day| eve)?|new year(?:'s|’s|s)? (?:day|eve))(?:(?<=day)\s+holiday)?"
    r"(?:\s+(?P<year>\d{4}))?$"
)


def _holiday(text: str, anchor: Day | None, order: str | None) -> DateValue | None:
    """'the Memorial Day holiday', 'Thanksgiving 2024', 'on Christmas Eve': the day the
    holiday falls on; without a year, the one occurrence within four months of the report."""
    match = _HOLIDAY.match(text)
    if match is None:
        return None
    name = re.sub(r"new year(?:'s|’s|s)?", "new year's", match["name"])
    if match["year"]:
        return day_value(_holiday_day(name, int(match["year"]), text))
    base = needs_anchor(text, anchor)
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        day = _holiday_day(name, year, text)
        candidates.append((year, day, day))
    year = only_near(base, candidates, text, f"{name} {base.year}")
    return day_value(_holiday_day(name, year, text))


def _holiday_day(name: str, year: int, text: str) -> Day:
    if name in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[name]
        return Day(year, month, day)
    month, weekday, nth, since = _MOVING_HOLIDAYS[name]
    if year < since:
        raise DateRefused(
            f"{text!r}: before {since} {name.title()} was not fixed as it is now",
            "write the day, e.g. '30 May 1970'",
        )
    if nth < 0:
        last = month_end(year, month)
        return last.plus_days(-((last.weekday - weekday) % 7))
    first = Day(year, month, 1)
    return first.plus_days((weekday - first.weekday) % 7 + 7 * (nth - 1))


_FORMS = (
    _short_year_span,
    _short_numeric,
    _ended_period,
    _with_clock,
    _night_span,
    _part_of_day,
    _week,
    _weekday_span,
    _period_part,
    _named_span,
    _holiday,
    _either,
    _both,
)


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
            words.time = clock_time(match, text)
        elif match := OFFSET.match(token):
            words.offset = zone_offset(match)
        elif token in ("am", "pm") and words.time:
            words.time = clock_time(TIME.match(f"{words.time}{token}"), text)  # type: ignore[arg-type]
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


def _single(text: str, anchor: Day | None, context: DateValue | None = None) -> DateValue:
    """One date (not a range); `context` is the range's other end, lending its month and year."""
    words = _words(text)
    numbers = words.numbers
    if words.time and not numbers:
        raise DateRefused(
            f"{text!r} is a time without a date", "add the day, e.g. '9 April 2025 14:30'"
        )
    if words.ordinal_unit == "century":
        return _century(words.ordinal or 0, words.era or 1, text, words.part)
    if words.decade is not None:
        return _decade(words.decade, anchor, text, words.part)
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
            return day_value(checked_day(end.year, end.month, int(day), text))
        raise DateUnreadable(f"{text!r} is a number without a month")
    if words.weekday is not None and year is None and context is not None:
        # "Friday – 9 April 2025": the latest such weekday on or before the range's end.
        end = context.earliest
        return day_value(end.plus_days(-((end.weekday - words.weekday) % 7)))
    if year is not None:
        if words.weekday is not None:
            raise DateUnreadable(f"{text!r}: a weekday needs a day and month")
        return year_value(year, words.part)
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


def _century(number: int, era: int, text: str, part: str | None = None) -> DateValue:
    if number < 1:
        raise DateUnreadable(f"{text!r} is not a century")
    # Counted as historians count them: the 20th century is 1901-2000, the 1st century BC 100-1 BC.
    if era > 0:
        first, last = (number - 1) * 100 + 1, number * 100
    else:
        first, last = 1 - number * 100, 1 - ((number - 1) * 100 + 1)
    return _with_period_part(first, last, "century", part, CENTURY_PARTS)


def _decade(
    decade: tuple[int, bool], anchor: Day | None, text: str, part: str | None = None
) -> DateValue:
    start, full = decade
    if not full:
        # "the 90s": the latest such decade that began on or before the anchor.
        base = needs_anchor(text, anchor)
        start = (base.year // 100) * 100 + start
        if start > base.year:
            start -= 100
    return _with_period_part(start, start + 9, "decade", part, DECADE_PARTS)


# early / mid / late of a decade and a century: (first, last) year within it, counted from 0.
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
CENTURY_PARTS = {"early": (0, 32), "mid": (33, 65), "late": (66, 99)}


def _with_period_part(
    first: int, last: int, precision: str, part: str | None, parts: dict[str, tuple[int, int]]
) -> DateValue:
    """The decade or century, or its early / mid / late part: 'the late 1980s' is 1987-1989,
    'the early 20th century' 1901-1933, approximate (the bounds are a convention)."""
    if part is None:
        return make_value(Day(first, 1, 1), Day(last, 12, 31), precision)
    low, high = parts[part]
    return make_value(
        Day(first + low, 1, 1),
        Day(min(first + high, last), 12, 31),
        precision,
        approximate=True,
        part=part,
    )


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
        base = needs_anchor(text, anchor)
        year = only_near(
            base,
            [
                (y, *edtf.season_bounds(y, season))
                for y in (base.year - 1, base.year, base.year + 1)
            ],
            text,
            f"last {season}' or '{season} {base.year}",
        )
    first, last = edtf.season_bounds(year, season)
    return make_value(
        first, last, "season", code=f"{format_iso_year(year)}-{edtf.code_for('season', season)}"
    )


# A date without a year ("20 December", "October", "in the spring") is resolved only when one
# occurrence of it lies within this many months of the anchor: the one close occurrence is
# meant; when both are months away, reports looking back and scheduled events looking forward
# make either year as likely, and the date is refused.
NEAR_MONTHS = 4


def only_near(anchor: Day, candidates: list[tuple[int, Day, Day]], text: str, hint: str) -> int:
    """The candidate year whose span lies within NEAR_MONTHS of the anchor; refused if none."""
    window_start, window_end = anchor.plus_months(-NEAR_MONTHS), anchor.plus_months(NEAR_MONTHS)
    near = [
        year for year, first, last in candidates if first <= window_end and last >= window_start
    ]
    if len(near) != 1:
        raise DateRefused(
            f"{text!r} gives no year, and it is more than {NEAR_MONTHS} months from the "
            f"report's date ({anchor.iso()}) both ways, so either year could be meant",
            f"write the year, or '{hint}'",
        )
    return near[0]


def _year_near(month: int, day: int | None, anchor: Day | None, text: str) -> int:
    base = needs_anchor(text, anchor)
    candidates = []
    for y in (base.year - 1, base.year, base.year + 1):
        if day is None:
            candidates.append((y, Day(y, month, 1), month_end(y, month)))
        elif day <= days_in_month(y, month):
            candidates.append((y, Day(y, month, day), Day(y, month, day)))
    if not candidates:
        raise DateRefused(f"{text!r} is not a real date in any year near {base}")
    name = MONTH_NAMES[month - 1]
    return only_near(base, candidates, text, f"last {name}' or 'next {name}")


def _day_without_year(month: int, day: int, anchor: Day | None, text: str) -> DateValue:
    year = _year_near(month, day, anchor, text)
    return day_value(checked_day(year, month, day, text))


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
        year = _year_near(month, day, anchor, text)
    if day is None:
        if words.weekday is not None:
            raise DateUnreadable(f"{text!r}: a weekday needs a day of the month")
        return month_value(year, month, words.part)
    if words.part:
        raise DateUnreadable(f"{text!r}: early/mid/late apply to a month or year, not a day")
    found = checked_day(year, month, day, text)
    if words.weekday is not None and words.weekday != found.weekday:
        raise DateRefused(
            f"{text!r}: {found.day} {MONTH_NAMES[month - 1]} {format_year(year)} was a "
            f"{WEEKDAY_NAMES[found.weekday]}, not a {WEEKDAY_NAMES[words.weekday]}",
            "check the source: either the weekday or the date is wrong",
        )
    if words.time:
        return make_value(found, found, "minute", time=f"{words.time}{words.offset}")
    return day_value(found)
