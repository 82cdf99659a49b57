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
    month_end,
)
from builder.dates import refusals
from builder.dates.errors import DateRefused, DateUnreadable
from builder.dates.relative import needs_anchor, relative
from builder.dates.times import OFFSET, TIME, clock_time, zone_offset
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


def read(text: str, anchor: Day | None, order: str | None) -> DateValue:
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
            code=bare_code(value),
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
    relative_value = relative(text, anchor)
    if relative_value is not None:
        return relative_value
    if match := NUMERIC.match(text):
        return _numeric(match, text, order)
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
    return day_value(checked_day(year, month, day, text))


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
            return day_value(checked_day(end.year, end.month, int(day), text))
        raise DateUnreadable(f"{text!r} is a number without a month")
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
        base = needs_anchor(text, anchor)
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
        base = needs_anchor(text, anchor)
        year = nearest(
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


def nearest(anchor: Day, candidates: list[tuple[int, Day, Day]]) -> int:
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
        base = needs_anchor(text, anchor)
        candidates = []
        for y in (base.year - 1, base.year, base.year + 1):
            if day is None:
                candidates.append((y, Day(y, month, 1), month_end(y, month)))
            elif day <= days_in_month(y, month):
                candidates.append((y, Day(y, month, day), Day(y, month, day)))
        if not candidates:
            raise DateRefused(f"{text!r} is not a real date in any year near {base}")
        year = nearest(base, candidates)
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
