"""Reading EDTF (Library of Congress Extended Date/Time Format, ISO 8601-2) and its codes.

Reading covers the levels editors use: dates with `~ ? %` qualifiers, `X` for unspecified
digits, seasons/quarters/halves (21-24, 33-36, 40-41), times with offsets, and closed
intervals. Values are written back as EDTF by `dates.make_value`.
"""

from __future__ import annotations

import re

from builder.calendar import Day, days_in_month, month_end
from builder.model import PRECISIONS, DateValue

# 21-24 are EDTF's seasons; meteorological, northern hemisphere: spring = March-May.
SEASON_CODES = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
QUARTER_CODES = {33: 1, 34: 2, 35: 3, 36: 4}
HALF_CODES = {40: 1, 41: 2}
_CODE_TABLES = {"season": SEASON_CODES, "quarter": QUARTER_CODES, "half": HALF_CODES}


def code_for(kind: str, which: str | int) -> int:
    """The EDTF sub-year code: code_for('season', 'spring') == 21, code_for('half', 2) == 41."""
    return next(code for code, name in _CODE_TABLES[kind].items() if name == which)


_DATE = re.compile(
    r"""
    (?P<year>[+-]?[0-9X]{4})
    (?:-(?P<sub>[0-9X]{2})
        (?:-(?P<day>[0-9X]{2})
            (?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2})?(?P<offset>Z|[+-]\d{2}(?::?\d{2})?)?)?
        )?
    )?
    (?P<qualifier>[~?%])?
    """,
    re.VERBOSE,
)


class EdtfError(ValueError):
    pass


def qualifier(approximate: bool, uncertain: bool) -> str:
    return {(True, True): "%", (True, False): "~", (False, True): "?"}.get(
        (approximate, uncertain), ""
    )


def season_bounds(year: int, season: str) -> tuple[Day, Day]:
    start = SEASON_START_MONTH[season]
    last_year, last_month = (year + 1, 2) if season == "winter" else (year, start + 2)
    return Day(year, start, 1), month_end(last_year, last_month)


def looks_like_edtf(text: str) -> bool:
    return bool(text) and (text[0].isdigit() or text[0] in "+-.") and " " not in text


def parse(text: str) -> DateValue:
    """An EDTF string's meaning; EdtfError if it is not EDTF we can place on a timeline."""
    if "/" in text:
        start_text, _, end_text = text.partition("/")
        if start_text in ("", "..") or end_text in ("", ".."):
            raise EdtfError("an open-ended interval cannot be placed on a timeline; give both ends")
        start, end = parse(start_text), parse(end_text)
        if end.latest < start.earliest:
            raise EdtfError(f"the interval {text!r} ends before it starts")
        return DateValue(
            earliest=start.earliest,
            latest=end.latest,
            precision=finer_of(start.precision, end.precision, coarser=True),
            edtf=f"{start.edtf}/{end.edtf}",
            approximate=start.approximate or end.approximate,
            uncertain=start.uncertain or end.uncertain,
            is_range=True,
        )
    match = _DATE.fullmatch(text)
    if not match:
        raise EdtfError(f"{text!r} is not an EDTF date")
    return _point(match, text)


def finer_of(a: str, b: str, coarser: bool = False) -> str:
    pick = min if coarser else max
    return PRECISIONS[pick(PRECISIONS.index(a), PRECISIONS.index(b))]


def _point(match: re.Match[str], text: str) -> DateValue:
    year_text, sub, day_text = match["year"], match["sub"], match["day"]
    q = match["qualifier"] or ""
    flags = {"approximate": q in "~%" and bool(q), "uncertain": q in "?%" and bool(q)}
    sign = -1 if year_text.startswith("-") else 1
    digits = year_text.lstrip("+-")
    if "X" in digits:
        if sub or not re.fullmatch(r"\d+X+", digits):
            raise EdtfError(f"{text!r}: only trailing year digits can be unspecified (e.g. 202X)")
        width = digits.count("X")
        low = int(digits.replace("X", "0")) * sign
        high = int(digits.replace("X", "9")) * sign
        low, high = min(low, high), max(low, high)
        precision = "decade" if width == 1 else "century"
        return DateValue(Day(low, 1, 1), Day(high, 12, 31), precision, text, **flags)
    year = sign * int(digits)
    if sub is None:
        return DateValue(Day(year, 1, 1), Day(year, 12, 31), "year", text, **flags)
    if sub == "XX":
        if day_text not in (None, "XX"):
            raise EdtfError(f"{text!r}: a day needs its month")
        return DateValue(Day(year, 1, 1), Day(year, 12, 31), "year", text, **flags)
    code = int(sub)
    if day_text is None and code > 12:
        return _sub_year(year, code, text, flags)
    if not 1 <= code <= 12:
        raise EdtfError(f"{text!r}: there is no month {code}")
    if day_text in (None, "XX"):
        first, last = Day(year, code, 1), month_end(year, code)
        return DateValue(first, last, "month", text, **flags)
    day_number = int(day_text)
    if not 1 <= day_number <= days_in_month(year, code):
        raise EdtfError(f"{text!r}: {Day(year, code, 1).iso()[:-3]} has no day {day_number}")
    day = Day(year, code, day_number)
    if match["hour"] is None:
        return DateValue(day, day, "day", text, **flags)
    hour, minute = int(match["hour"]), int(match["minute"])
    if hour > 23 or minute > 59:
        raise EdtfError(f"{text!r}: {hour:02d}:{minute:02d} is not a time of day")
    offset = match["offset"] or ""
    time = f"{hour:02d}:{minute:02d}{offset}"
    return DateValue(day, day, "minute", text, time=time, **flags)


def _sub_year(year: int, code: int, text: str, flags: dict[str, bool]) -> DateValue:
    if code in SEASON_CODES:
        first, last = season_bounds(year, SEASON_CODES[code])
        return DateValue(first, last, "season", text, **flags)
    if code in QUARTER_CODES:
        start = (QUARTER_CODES[code] - 1) * 3 + 1
        return DateValue(Day(year, start, 1), month_end(year, start + 2), "quarter", text, **flags)
    if code in HALF_CODES:
        start = 1 if HALF_CODES[code] == 1 else 7
        half = "first half" if start == 1 else "second half"
        return DateValue(
            Day(year, start, 1), month_end(year, start + 5), "year", text, part=half, **flags
        )
    raise EdtfError(
        f"{text!r}: {code} is neither a month (01-12) nor an EDTF season (21-24), "
        "quarter (33-36) or half (40-41)"
    )
