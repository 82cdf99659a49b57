"""Dates counted from the anchor: days, weekdays, weeks, months and years before or after it."""

from __future__ import annotations

import re

from builder import edtf
from builder.calendar import WEEKDAY_NAMES, Day, iso_week_of, month_end
from builder.dates.errors import DateRefused, DateUnreadable
from builder.dates.values import bare_code, day_value, make_value, month_value, year_value
from builder.dates.words import (
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PARTS,
    SEASONS,
    WEEKDAYS,
    amount,
)
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
# "today Sunday 17 November 2024", "tomorrow, Monday, corresponding to 18 November 2024": the
# relative day with its date written out (Arabic copy's "اليوم الأحد ١٧ نوفمبر ٢٠٢٤").
_RELATIVE_DAY_WITH_DATE = re.compile(
    r"^(?P<relative>today|yesterday|tomorrow)\s+(?:on\s+)?(?P<date>(?:[a-z]+\s+)?"
    r"(?:corresponding\s+to\s+|i\.?e\.?\s+)?(?=.*\d).+)$"
)
# "over the weekend", "at the weekend", "the weekend": which weekend depends on the day.
_THE_WEEKEND = re.compile(r"^(?:(?:over|at|on|during|throughout)\s+)?the\s+weekend$")
_IN_DAYS = re.compile(r"^in\s+(\w+)\s+(day|week)s?$")
_AGO = re.compile(r"^(\w+)\s+(day|week|month|year)s?\s+ago$")
_PERIOD = re.compile(r"^(?:(last|this|next|earlier this|later this)\s+)(week|weekend|month|year)$")
_WEEKDAY = re.compile(
    r"^(?:on\s+)?(?:(last|this|next|past)\s+)?([a-z]+)\.?"
    r"(?:\s+(?:morning|afternoon|evening|night|overnight))?$"
)


def _other_weekend(text: str, match: re.Match[str], anchor: Day) -> DateValue | None:
    """A Friday-Saturday weekend is a Saturday-Sunday one a day earlier, in weeks that start a
    day earlier: read at the anchor moved a day on, then moved back (two days for Thursday)."""
    shift = _WEEKEND_SHIFT[match[1]]
    plain = _OTHER_WEEKEND.sub("weekend", text)
    try:
        value = relative(plain, anchor.plus_days(shift))
    except DateRefused as refused:
        raise DateRefused(
            f"{text!r} in a report of {WEEKDAY_NAMES[anchor.weekday]} {anchor}, early in a week "
            f"that ends with a {match[1]} weekend, could be the weekend just past or the coming "
            "one",
            refused.hint,
        ) from None
    if value is None:
        return None
    return make_value(
        value.earliest.plus_days(-shift),
        value.latest.plus_days(-shift),
        value.precision,
        is_range=value.is_range,
    )


def needs_anchor(text: str, anchor: Day | None) -> Day:
    if anchor is None:
        raise DateRefused(
            f"{text!r} is relative, and there is no date to resolve it against",
            "give the source's `published` date, or an `anchor:` for this date",
        )
    return anchor


# Weekends other than Saturday-Sunday, as translations name them: Israel's and most Arab
# countries' Friday-Saturday, Iran's Thursday-Friday. Each week starts the day after its weekend.
_OTHER_WEEKEND = re.compile(r"\b(friday-saturday|thursday-friday) weekend\b")
_WEEKEND_SHIFT = {"friday-saturday": 1, "thursday-friday": 2}


def relative(text: str, anchor: Day | None) -> DateValue | None:
    if anchor is not None and (match := _OTHER_WEEKEND.search(text)):
        return _other_weekend(text, match, anchor)
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
    if (match := _RELATIVE_DAY_WITH_DATE.match(text)) and (
        value := _relative_day_with_date(match, text, anchor)
    ) is not None:
        return value
    if _THE_WEEKEND.match(text):
        return _the_weekend(text, needs_anchor(text, anchor))
    if (match := _IN_DAYS.match(text)) and (match[1].isdigit() or match[1] in NUMBER_WORDS):
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
    return newswire(text, anchor)


def _relative_day_with_date(
    match: re.Match[str], text: str, anchor: Day | None
) -> DateValue | None:
    """The relative day, when the date written beside it (and its weekday, if any) agree;
    else refused, naming both, since one of them is wrong."""
    from builder.dates import english

    day = needs_anchor(text, anchor).plus_days(_RELATIVE_DAY[match["relative"]])
    words = re.sub(r"\b(?:corresponding\s+to|i\.?e\.?)\s+", "", match["date"])
    written = english.read(words, anchor, None)
    if written.precision != "day" or written.earliest != written.latest:
        return None  # "today 2025": not the relative day's date
    if written.earliest != day:
        raise DateRefused(
            f"{text!r}: {match['relative']} was {WEEKDAY_NAMES[day.weekday]} {day.iso()}, "
            f"and the date written is {WEEKDAY_NAMES[written.earliest.weekday]} "
            f"{written.earliest.iso()}",
            "check the source's publication date, or the date it gives",
        )
    return day_value(day)


def _the_weekend(text: str, anchor: Day) -> DateValue:
    """ "Over the weekend": on Saturday or Sunday the weekend the report is in; on Friday the
    one that begins the next day (a Friday report says "last weekend" for the one six days
    back); on Monday or Tuesday the one just past (the coming one is days away, "next
    weekend"); on Wednesday or Thursday, midway between the two, refused."""
    if anchor.weekday in (2, 3):
        raise DateRefused(
            f"{text!r} in a report of {WEEKDAY_NAMES[anchor.weekday]} {anchor} could be the "
            "weekend just past or the coming one",
            "write 'last weekend' or 'next weekend', or the days",
        )
    return _period_at(-1 if anchor.weekday in (0, 1) else 0, "weekend", anchor)


def _days_from(base: Day, amount: int, unit: str) -> DateValue:
    """N days or weeks from the anchor; "a week ago" is approximate, "two days ago" is not."""
    days = amount * (1 if unit == "day" else 7)
    return day_value(base.plus_days(days), approximate=unit == "week")


def _period(which: str, unit: str, anchor: Day) -> DateValue:
    step = {"last": -1, "this": 0, "next": 1}.get(which, 0)
    if (which, unit) == ("this", "weekend") and anchor.weekday == 0:
        # On a Monday the weekend just past is as much "this weekend" as the coming one (French
        # "ce week-end" in a Monday report is usually the one past, English often the next).
        raise DateRefused(
            f"'this weekend' in a report of Monday {anchor} could be the weekend just past or "
            "the coming one",
            "write 'last weekend' or 'next weekend', or the days",
        )
    value = _period_at(step, unit, anchor)
    if which == "earlier this":
        return make_value(value.earliest, anchor, value.precision, part="earlier")
    if which == "later this":
        return make_value(anchor, value.latest, value.precision, part="later")
    return value


def _period_at(step: int, unit: str, anchor: Day) -> DateValue:
    """The calendar week, weekend, month or year `step` of them from the anchor's."""
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


# --- newswire forms counted from the anchor ------------------------------------------------
#
# What agency copy writes and a reader dates from the dateline alone: "last March", "May last
# year", "late next year", "the second quarter", "since March 2022", "the past seven days".
# Where the dateline does not settle which year is meant, the text is refused with the way to
# write it; comparisons that count from a period the report discusses ("the year-ago quarter",
# "a year earlier") are refused too, since they do not count from the publication date.

_LEAD = r"(?:(?:in|during|over|throughout|for|at|on|from|toward|towards)\s+)?"
_WHICH = r"(this past|this coming|last|this|next|past|coming)"
_PART_WORDS = {**PARTS, "close": "late"}  # "the close of the year" is its end
_PART = r"(early|mid|late|beginning|start|middle|end|close)"
_MONTH_OR_SEASON = re.compile(
    rf"^{_LEAD}(?:(?:the\s+)?{_PART}(?:\s+(?:of|in))?\s+)?(?:the\s+(?=past|coming))?{_WHICH}"
    r"\s+([a-z]+)\.?$"
)
# "may last year", "the end of last year", "the second quarter of next year", "march 3 this year"
_OF_RELATIVE_YEAR = re.compile(r"^(?P<before>.*?)\s*\b(?P<which>this|last|next)\s+year$")
# "last year's fourth quarter", "this year's first half"
_RELATIVE_YEARS = re.compile(
    r"^(?:the\s+)?(?P<which>this|last|next)\s+year(?:'s|’s|s')\s+(?P<after>.+)$"
)
# Words that may stand with a relative year: a month, season, day, part or quarter, nothing else.
_WITH_YEAR = frozenset(
    [*MONTHS, *SEASONS, *PARTS, *ORDINAL_WORDS, "close", "final", "quarter", "half", "the", "of",
     "in", "on", "during", "q1", "q2", "q3", "q4", "h1", "h2"]
)  # fmt: skip
_FILLER_WITH_YEAR = frozenset(["the", "of", "in", "on", "during"])  # "the last year": a span
_IN_THE = re.compile(
    rf"^{_LEAD}(?:the\s+)?(?:{_PART}|(earlier|later|rest|remainder))\s+(?:of|in)\s+"
    r"(?:(?:the|this)\s+)(year|month|week)$"
)
_PERIOD_PART = re.compile(
    rf"^{_LEAD}(?:the\s+)?{_PART}(?:\s+(?:of|in))?\s+(?:(last|this|next)|the)\s+(year|month|week)$"
)
_BEFORE_LAST = re.compile(
    r"^(?:(?:in|during|over|on|at)\s+)?the\s+(week|weekend|month|year)\s+(before last|after next)$"
)
_PAST_WEEKEND = re.compile(r"^(?:(?:on|over|during)\s+)?(?:this|the)\s+past\s+weekend$")
_PAST_SPAN = re.compile(
    r"^(?:(?:in|over|during|for|within|throughout)\s+)?the\s+(past|last|next|coming)\s+"
    r"(?:([a-z]+|\d+)\s+)?(hour|day|week|month|year)(s?)$"
)
_FROM_NOW = re.compile(
    r"^(?:in\s+(?P<n>\w+)\s+(?P<unit>day|week|month|year)s?(?:\s*(?:'s|’s|')\s+time)?|"
    r"(?P<n2>\w+)\s+(?P<unit2>day|week|month|year)s?\s+from\s+(?:now|today))$"
)
_QUARTER_TERMS = r"(?:quarter|half)"
_HYPHENED_PART = re.compile(rf"\b([a-z0-9]+)-({_QUARTER_TERMS}|year)\b")
_ORDINAL_PART = re.compile(
    rf"^{_LEAD}(?:the\s+)?(?:(?P<ordinal>[a-z0-9]+)\s+(?P<unit>{_QUARTER_TERMS})|"
    r"(?P<short>[qh][1-4]))(?:\s+of\s+the\s+year)?$"
)
_THIS_QUARTER = re.compile(
    rf"^{_LEAD}(?:the\s+(current|coming|past)|(this|last|next))\s+(quarter|half)$"
)
_ORDINALS = {**ORDINAL_WORDS, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_SINCE = re.compile(r"^(?:ever\s+)?since\s+(.+)$")
_SINCE_START = re.compile(r"^(?:the\s+)?(?:start|beginning|outset)\s+of\s+(.+)$")
_FISCAL = re.compile(r"\bfiscal\b|^fy\s?'?\d{2}")
# Comparisons with a period a year before the one the report discusses.
_YEAR_AGO = re.compile(
    r"^(?:(?:in|during|from|over|for|versus|vs\.?|against|with)\s+)?(?:the\s+)?"
    r"(?:(?:year-ago|year-earlier|year ago|year earlier|prior-year|previous-year)\s+\w+|"
    r"same\s+(?:quarter|half|period|month|season)\s+(?:a\s+year\s+(?:ago|earlier|before)|"
    r"last\s+year|of\s+last\s+year|the\s+previous\s+year|the\s+year\s+before)|"
    r"(?:a|one)\s+year\s+(?:earlier|before|previously)|"
    r"(?:previous|prior|preceding)\s+year|year\s+before)$"
)


def newswire(text: str, anchor: Day | None) -> DateValue | None:
    """The forms agency copy counts from its dateline, or None when `text` is none of them."""
    if match := _SINCE.match(text):
        return _since(text, match[1], anchor)
    if _FISCAL.search(text):
        raise DateRefused(
            f"{text!r} is a fiscal period: fiscal years start in different months for each "
            "company and government (the U.S. government's fiscal 2025 began on 1 October 2024)",
            "write the calendar months the source gives, e.g. 'October–December 2024', or the "
            "date the results were published",
        )
    if _YEAR_AGO.match(text):
        raise DateRefused(
            f"{text!r} counts a year back from the period the report is discussing, not from "
            "the day it was published: which period is compared is not in these words",
            "write the period itself, e.g. 'the second quarter of 2024' or '2024'",
        )
    if _HYPHENED_PART.search(text):  # "second-quarter", "mid-year": the adjective is the noun
        from builder.dates import english

        return english.read(_HYPHENED_PART.sub(r"\1 \2", text), anchor, None)
    for reader in _READERS:
        value = reader(text, anchor)
        if value is not None:
            return value
    return None


# --- months and seasons named against the anchor --------------------------------------------


def _month_or_season(text: str, anchor: Day | None) -> DateValue | None:
    match = _MONTH_OR_SEASON.match(text)
    if not match:
        return None
    part_word, which, name = match[1], match[2], match[3]
    part = _PART_WORDS[part_word] if part_word else None
    if name in MONTHS:
        base = needs_anchor(text, anchor)
        month = MONTHS[name]
        return month_value(_month_year(which, month, base, text), month, part)
    if name in SEASONS and part is None:
        return _season_against(which, SEASONS[name], needs_anchor(text, anchor), text)
    return None


def _month_year(which: str, month: int, anchor: Day, text: str) -> int:
    """The year of "last/this/next <month>".

    "this March" is the anchor's year. "last March" (and "this past March") is the latest March
    before the anchor's month, "next March" (and "this coming March") the first after it: the
    TimeML convention newswire corpora are annotated with, and HeidelTime's reading.
    """
    year = anchor.year
    if which == "this":
        return year
    if which in ("last", "this past", "past"):
        return year if month < anchor.month else year - 1
    if which in ("next", "this coming", "coming"):
        return year if month > anchor.month else year + 1
    raise DateUnreadable(f"{text!r}: {which!r} is not a way to name a month")


def _season_span(year: int, season: str) -> tuple[Day, Day]:
    return edtf.season_bounds(year, season)


def _season_value(year: int, season: str) -> DateValue:
    from builder.dates import english

    return english._season(season, year, None, season)


def _season_against(which: str, season: str, anchor: Day, text: str) -> DateValue:
    """Seasons against the anchor: "last autumn" and "this past winter" are the latest one that
    has ended; "this summer" the one the anchor is in, else the one of its year (for winter, the
    one within three months of the anchor; refused when the year's ended months ago and next
    year's is weeks away); "next summer" the one after "this" one, refused while this year's is
    still to come; "this coming winter" the first one still to come."""
    years = range(anchor.year - 2, anchor.year + 2)
    if which in ("last", "past", "this past"):
        year = max(y for y in years if _season_span(y, season)[1] < anchor)
        return _season_value(year, season)
    if which in ("coming", "this coming"):
        year = min(y for y in years if _season_span(y, season)[0] > anchor)
        return _season_value(year, season)
    this = _this_season(season, anchor, text)
    if which == "this":
        return _season_value(this, season)
    if _season_span(this, season)[0] > anchor:
        raise DateRefused(
            f"{text!r} in a report of {anchor} could be the coming {season} ({season} "
            f"{this}) or the one after",
            f"write the year, e.g. '{season} {this}' or '{season} {this + 1}'",
        )
    return _season_value(this + 1, season)


def _this_season(season: str, anchor: Day, text: str) -> int:
    for year in (anchor.year - 1, anchor.year):
        first, last = _season_span(year, season)
        if first <= anchor <= last:
            return year
    if season != "winter":
        # "this spring" on 28 December: this year's ended months ago and next year's is weeks
        # away; copy then means either.
        ended = _season_span(anchor.year, season)[1]
        coming = _season_span(anchor.year + 1, season)[0]
        if ended < anchor and anchor.number - ended.number > 92 >= coming.number - anchor.number:
            raise DateRefused(
                f"{text!r} in a report of {anchor} could be {season} {anchor.year}, months "
                f"ago, or {season} {anchor.year + 1}, weeks away",
                f"write the year: '{season} {anchor.year}' or '{season} {anchor.year + 1}'",
            )
        return anchor.year
    # Out of winter, "this winter" is the one just ended or the one to come: the one within
    # three months of the anchor, refused in summer when neither is.
    ended = _season_span(anchor.year - 1, season)[1]
    starts = _season_span(anchor.year, season)[0]
    near = [
        year
        for year, gap in (
            (anchor.year - 1, anchor.number - ended.number),
            (anchor.year, starts.number - anchor.number),
        )
        if gap <= 92
    ]
    if len(near) != 1:
        raise DateRefused(
            f"{text!r} in a report of {anchor} could be the winter that ended in "
            f"{ended.year} or the one to come",
            f"write 'winter {anchor.year - 1}' (December {anchor.year - 1} to February "
            f"{anchor.year}) or 'winter {anchor.year}'",
        )
    return near[0]


# --- parts of years and months --------------------------------------------------------------


def _with_relative_year(text: str, anchor: Day | None) -> DateValue | None:
    """ "May last year", "the end of last year", "last year's fourth quarter": the same words
    with the year written out, read as any dated text is."""
    if match := _RELATIVE_YEARS.match(text):
        which, words = match["which"], match["after"]
    elif (match := _OF_RELATIVE_YEAR.match(text)) and match["before"]:
        which, words = match["which"], match["before"]
    else:
        return None
    words = _HYPHENED_PART.sub(r"\1 \2", words)
    tokens = words.split()
    if not set(tokens) - _FILLER_WITH_YEAR or not all(
        token.strip(".") in _WITH_YEAR or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", token)
        for token in tokens
    ):
        return None
    from builder.dates import english

    base = needs_anchor(text, anchor)
    year = base.year + {"last": -1, "this": 0, "next": 1}[which]
    words = re.sub(r"\bclose\b", "end", words)
    words = re.sub(r"\bfinal\s+quarter\b", "fourth quarter", words)
    return english.read(f"{words} {year}", anchor, None)


def _part_of_period(text: str, anchor: Day | None) -> DateValue | None:
    """ "late next year", "early this month", "the end of last month", "early next week"."""
    if match := _PERIOD_PART.match(text):
        part, which, unit = _PART_WORDS[match[1]], match[2] or "this", match[3]
    elif match := _IN_THE.match(text):  # "early in the year", "later in the month"
        unit = match[3]
        if match[2]:
            which = "earlier this" if match[2] == "earlier" else "later this"
            return _period(which, unit, needs_anchor(text, anchor))
        part, which = _PART_WORDS[match[1]], "this"
    else:
        return None
    base = needs_anchor(text, anchor)
    span = _period(which, unit, base)
    if unit == "year":
        return year_value(span.earliest.year, part)
    if unit == "month":
        return month_value(span.earliest.year, span.earliest.month, part)
    # A week's early days are Monday to Wednesday, its middle Tuesday to Thursday, its late
    # days Thursday to Sunday: a convention, so approximate.
    first, last = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}[part]
    monday = span.earliest
    return make_value(monday.plus_days(first), monday.plus_days(last), "day", approximate=True)


def _before_last(text: str, anchor: Day | None) -> DateValue | None:
    """ "the week before last", "the weekend before last", "the month after next"; "this past
    weekend" is "last weekend"."""
    if _PAST_WEEKEND.match(text):
        return _period_at(-1, "weekend", needs_anchor(text, anchor))
    match = _BEFORE_LAST.match(text)
    if not match:
        return None
    step = -2 if match[2] == "before last" else 2
    return _period_at(step, match[1], needs_anchor(text, anchor))


# --- spans ending or starting on the anchor -------------------------------------------------


def _past_span(text: str, anchor: Day | None) -> DateValue | None:
    """ "the past seven days", "the last two weeks", "the past week", "the next 10 days": the
    days from the anchor back (or on) that many days, both ends kept: "the past 24 hours" reach
    into the day before, "the past seven days" into the seventh day before."""
    match = _PAST_SPAN.match(text)
    if not match:
        return None
    direction, count_word, unit, plural = match.groups()
    if count_word is None:
        if plural or direction in ("next", "coming"):
            return None  # "the past days" is vague; "the next week" may count from another day
        count = 1
    elif _is_number(count_word) and count_word not in ("a", "an") and amount(count_word) > 0:
        count = amount(count_word)
    else:
        return None  # "the past few days": vague, refused elsewhere
    base = needs_anchor(text, anchor)
    sign = -1 if direction in ("past", "last") else 1
    # Counted from the hour of publication, which is not known: "the past seven days" of a
    # report of 10 April reach back into 3 April, as "the past 24 hours" reach into the 9th.
    if unit in ("month", "year"):
        other = base.plus_months(sign * count * (1 if unit == "month" else 12))
    elif unit == "hour":
        other = base.plus_days(sign * -(-count // 24))
    else:
        other = base.plus_days(sign * count * (7 if unit == "week" else 1))
    first, last = (other, base) if sign < 0 else (base, other)
    return make_value(first, last, "day", is_range=True)


def _from_now(text: str, anchor: Day | None) -> DateValue | None:
    """ "in two weeks' time", "three days from now", "in two months": as "in two weeks"."""
    match = _FROM_NOW.match(text)
    if not match:
        return None
    count_word, unit = match["n"] or match["n2"], match["unit"] or match["unit2"]
    if not _is_number(count_word):
        return None
    count = amount(count_word)
    base = needs_anchor(text, anchor)
    if unit in ("day", "week"):
        return _days_from(base, count, unit)
    then = base.plus_months(count * (1 if unit == "month" else 12))
    if unit == "month":
        return month_value(then.year, then.month, approximate=True)
    return year_value(then.year, approximate=True)


def _is_number(word: str) -> bool:
    try:
        amount(word)
    except DateUnreadable:
        return False
    return True


def _since(text: str, inner: str, anchor: Day | None) -> DateValue | None:
    """ "since March 2022": from the first day of that date to the anchor, as a range whose
    start keeps its own precision ("2022-03/2025-04-10"); "since the start of the year" starts
    on its first day."""

    base = needs_anchor(text, anchor)
    start_of = _SINCE_START.match(inner)
    target = start_of[1] if start_of else inner
    target = {"the year": "this year", "the month": "this month", "the week": "this week"}.get(
        target, target
    )
    try:
        start = _since_start(target, base)
    except DateUnreadable:
        return None  # "since the ceasefire": not a date; refused elsewhere
    except DateRefused as error:
        raise DateRefused(
            f"{text!r}: {error.message}",
            error.hint or "write the day the span began, e.g. 'since 9 April 2024'",
        ) from None
    if start.earliest > base:
        raise DateRefused(
            f"{text!r} starts after the report's date ({base})",
            "check the source's date, or write the date the span began",
        )
    if start_of:
        return make_value(start.earliest, base, "day", is_range=True)
    precision = edtf.finer_of(start.precision, "day", coarser=True)
    code = bare_code(start).split("/")[0].split("T")[0]
    return make_value(
        start.earliest,
        base,
        precision,
        approximate=start.approximate,
        uncertain=start.uncertain,
        is_range=True,
        code=f"{code}/{base.iso()}",
    )


def looking_back(text: str, target: str, anchor: Day | None) -> DateValue:
    """ "as recently as January": the date the words name, read as "since" reads its start
    (a month or day without a year is the latest one begun by the report's date), and refused
    when it starts after that date, since the words say it is past."""
    base = needs_anchor(text, anchor)
    value = _since_start(target, base)
    if value.earliest > base:
        raise DateRefused(
            f"{text!r} looks back, and {target!r} starts after the report's date ({base})",
            "check the source's date, or write the date with its year",
        )
    return value


def _since_start(target: str, anchor: Day) -> DateValue:
    """Where "since <target>" starts. "Since" looks back, so a month, day or season written
    without a year is the latest one begun by the anchor ("since May" in April 2025 is May
    2024), not the nearest."""
    from builder.dates import english

    tokens = [token.strip(".") for token in target.split()]
    yearless = not re.search(r"\d{3}", target) and any(
        token in MONTHS or token in SEASONS for token in tokens
    )
    if yearless and not any(
        token in ("last", "this", "next", "past", "coming") for token in tokens
    ):
        for year in (anchor.year, anchor.year - 1):
            value = english.read(f"{target} {year}", anchor, None)
            if value.earliest <= anchor:
                return value
    return english.read(target, anchor, None)


_FIRST_MONTHS = re.compile(
    rf"^{_LEAD}the\s+(first|last)\s+(\w+)\s+months(?:\s+of\s+(?:(the)\s+year|"
    r"(this|last|next)\s+year|(\d{4})))?$"
)


def _first_months(text: str, anchor: Day | None) -> DateValue | None:
    """ "the first nine months of 2024", "the first three months of this year", "the last three
    months of the year": the months named. Without a year, this year's when the quarter of the
    span's last month has begun by the anchor, as for a quarter, else refused; "the last three
    months" alone is the span ending on the anchor (see _past_span)."""
    match = _FIRST_MONTHS.match(text)
    if not match or not _is_number(match[2]) or match[2] in ("a", "an"):
        return None
    which, count = match[1], amount(match[2])
    if not 1 <= count <= 12:
        raise DateRefused(f"{text!r}: a year has twelve months", "count from one to twelve")
    if match[5]:
        year = int(match[5])
    elif match[4]:
        year = needs_anchor(text, anchor).year + {"last": -1, "this": 0, "next": 1}[match[4]]
    elif which == "last" and not match[3]:
        return _past_span(f"the past {match[2]} months", anchor)
    else:
        base = needs_anchor(text, anchor)
        last_month = count if which == "first" else 12
        if (last_month - 1) // 3 > (base.month - 1) // 3:
            raise DateRefused(
                f"{text!r} in a report of {base}: this year's have not all begun, and copy "
                "also uses the words for last year's",
                f"write the year: 'the {which} {match[2]} months of {base.year}' or "
                f"'of {base.year - 1}'",
            )
        year = base.year
    first_month, last_month = (1, count) if which == "first" else (13 - count, 12)
    return make_value(Day(year, first_month, 1), month_end(year, last_month), "month")


# --- business quarters and halves -----------------------------------------------------------


def _quarter(text: str, anchor: Day | None) -> DateValue | None:
    if match := _THIS_QUARTER.match(text):
        which, unit = match[1] or match[2], match[3]
        if unit == "half" and which != "current" and which != "this":
            return None  # "last half", "the past half": not how copy names a half-year
        base = needs_anchor(text, anchor)
        size = 3 if unit == "quarter" else 6
        step = {"current": 0, "this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[which]
        moved = Day(base.year, base.month, 1).plus_months(step * size)
        return _quarter_value(unit, (moved.month - 1) // size + 1, moved.year, text)
    match = _ORDINAL_PART.match(text)
    if not match:
        return None
    if match["short"]:
        unit = "quarter" if match["short"][0] == "q" else "half"
        number = int(match["short"][1])
        if unit == "half" and number > 2:
            return None
    else:
        unit = match["unit"]
        word = match["ordinal"]
        if word == "final":
            number = 4 if unit == "quarter" else 2
        elif word in _ORDINALS:
            number = _ORDINALS[word]
        else:
            return None
    return _bare_quarter(unit, number, needs_anchor(text, anchor), text)


def _bare_quarter(unit: str, number: int, anchor: Day, text: str) -> DateValue:
    """A quarter or half without a year.

    It is the anchor's year's when it has begun by the anchor ("the first quarter" in April is
    January-March of that year; "the second quarter" in April is the current one). From January
    to March "the fourth quarter" is last year's: the quarter just ended, whose results that
    season reports. Any other is still to come this year, and copy uses it both for forecasts
    of this year's and for last year's results: refused.
    """
    size = 3 if unit == "quarter" else 6
    if not 1 <= number <= 12 // size:
        raise DateRefused(
            f"{text!r}: a year has no {unit} {number}",
            "a year has four quarters and two halves",
        )
    current = (anchor.month - 1) // size + 1
    if number <= current:
        return _quarter_value(unit, number, anchor.year, text)
    if unit == "quarter" and number == 4 and current == 1:
        return _quarter_value(unit, number, anchor.year - 1, text)
    ordinal = ["first", "second", "third", "fourth"][number - 1]
    raise DateRefused(
        f"{text!r} in a report of {anchor} could be the {ordinal} {unit} of {anchor.year}, "
        "still to come, or last year's",
        f"write 'the {ordinal} {unit} of {anchor.year}' or 'last year's {ordinal} {unit}'",
    )


def _quarter_value(unit: str, number: int, year: int, text: str) -> DateValue:
    from builder.dates import english

    return english._quarter_or_half(unit, number, year, text)


_READERS = (
    _quarter,
    _first_months,
    _month_or_season,
    _with_relative_year,
    _part_of_period,
    _before_last,
    _past_span,
    _from_now,
)
