"""Solar Hijri (Persian, jdatetime) dates: Persian and Western digits, month names with Arabic
ي/ك spellings, numeric year/month/day forms, Nowruz and Yalda, leap years checked.

Persian month names are also words ("مهر" is a seal, "تیر" an arrow) and "آذر" reads like the
Levantine March (آذار), so outside Persian copy a Persian month is read only with a Solar Hijri
year (1300-1499); in Persian copy a four-digit year in 1300-1499 is a Solar Hijri year.
"""

from __future__ import annotations

import re
from functools import cache

from builder.calendar import Day
from builder.dates.calendars.shared import Calendar, Festival, Reading
from builder.dates.errors import DateRefused

MONTHS = (
    ("Farvardin", r"farvardin", r"فروردين"),
    ("Ordibehesht", r"[oa]rdibehesht", r"ارديبهشت"),
    ("Khordad", r"khordad", r"خرداد"),
    ("Tir", r"tir", r"تير"),
    ("Mordad", r"a?mordad", r"ا?مرداد"),
    ("Shahrivar", r"shahrivar", r"شهريور"),
    ("Mehr", r"mehr", r"مهر"),
    ("Aban", r"aban", r"ابان"),
    ("Azar", r"azar|adhar", r"اذر"),
    ("Dey", r"d[ea][yi]", r"دي"),
    ("Bahman", r"bahman", r"بهمن"),
    ("Esfand", r"[ei]sfand", r"اسفند"),
)

FESTIVALS = (
    (Festival("Nowruz", lambda _: (1, 1)),
     r"no[wu]?r[uo]{1,2}z|nowrouz|nauroz|(?:عيد )?نوروز|(?:عيد )?نوروز"),
    (Festival("Sizdah Bedar", lambda _: (1, 13)), r"sizdah bedar|سيزده ?(?:به ?)?در|روز طبيعت"),
    (Festival("Yalda", lambda _: (9, 30), 1, "night"), r"(?:shab(?: e)? )?yalda|(?:شب )?يلدا"),
)  # fmt: skip

_RELATION_BEFORE = {"last": "last", "this": "this", "next": "next"}
_RELATION_AFTER = {"گذشته": "last", "پارسال": "last", "امسال": "this", "اينده": "next",
                   "سال اينده": "next", "سال گذشته": "last"}  # fmt: skip
MARKER = r"(?:ه\s*\.?\s*ش\.?|هجري شمسي|شمسي|s\.?\s?h\.?|solar hijri|a\.?p\.?)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|ام|م)?|(?P<first>اول|يكم)"
# A year followed by a lunar marker ("۱۴۴۶ ه.ق") is Hijri, even in Persian copy.
_LUNAR = r"(?!\s*(?:ه\s*\.?\s*ق|ق(?![\w])|قمري|هجري قمري))"
_YEAR = rf"(?P<year>1[234]\d\d){_LUNAR}"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    months = "|".join(f"(?P<m{i + 1}>{latin}|(?:{native})(?: ?ماه)?)"
                      for i, (_, latin, native) in enumerate(MONTHS))  # fmt: skip
    festivals = "|".join(f"(?P<f{i}>{p})" for i, (_, p) in enumerate(FESTIVALS))
    after = "|".join(sorted(_RELATION_AFTER, key=len, reverse=True))
    edge, end = r"(?<![\w'])", r"(?![\w'])"
    year = rf"(?:\s*,?\s*(?:سال\s+)?{_YEAR}\s*(?P<marker>{MARKER})?)"
    relation = r"(?:(?P<before>last|this|next)\s+)?"
    return (
        ("numeric", re.compile(
            rf"{edge}(?:(?P<y1>1[234]\d\d)[/.-](?P<m1>\d{{1,2}})[/.-](?P<d1>\d{{1,2}})"
            rf"|(?P<d2>\d{{1,2}})[/.-](?P<m2>\d{{1,2}})[/.-](?P<y2>1[234]\d\d))(?![\d/.-]){_LUNAR}\s*(?P<marker>{MARKER})?{end}")),
        ("date", re.compile(rf"{edge}(?:{_DAY})\s*(?:of\s+)?(?:{months}){end}{year}?{end}")),
        ("festival", re.compile(
            rf"{edge}{relation}(?:{festivals}){end}(?:{year}|\s*,?\s*(?P<gyear>(?:19|20|21)\d\d))?{end}"
            rf"(?:\s+(?P<after>{after}))?")),
        ("month", re.compile(
            rf"{edge}{relation}(?:{months}){end}{year}?{end}(?:\s+(?P<after>{after}))?")),
        ("year", re.compile(rf"{edge}(?:(?:سال|year)\s+)?{_YEAR}\s*(?P<marker>{MARKER})?{end}")),
    )  # fmt: skip


def find(folded: str, text: str, language: str, persian_digits: bool) -> Reading | None:
    """The Solar Hijri date in `folded`, or None when it names none."""
    persian = language == "fa" or persian_digits
    for kind, pattern in _patterns():
        match = pattern.search(folded)
        if match is None:
            continue
        groups = match.groupdict()
        marked = bool(groups.get("marker"))
        year_text = groups.get("year") or groups.get("y1") or groups.get("y2")
        month = next((n for n in range(1, 13) if groups.get(f"m{n}")), None)
        if kind in ("numeric", "year") and not (persian or marked):
            continue
        if kind in ("year", "numeric") and not marked and int(year_text or 0) < 1300:
            continue  # alone, only a year of the 1300s-1400s is Solar Hijri without ه.ش
        if kind in ("date", "month") and not (persian or year_text):
            continue  # "Tir", "Mehr", "آذر" outside Persian copy need a Solar Hijri year
        if kind == "festival" and not (
            persian or re.search(r"[a-z]", groups[f"f{_festival(groups)}"] or "")
        ):
            continue  # Arabic "نوروز" is often the Kurdish Newroz, on 21 March every year
        rest = f"{folded[: match.start()]} {folded[match.end() :]}"
        relation = groups.get("before") or (
            _RELATION_AFTER[groups["after"]] if groups.get("after") else None
        )
        year = int(year_text) if year_text else None
        if kind == "festival":
            gyear = int(groups["gyear"]) if groups.get("gyear") else None
            return Reading(PERSIAN, text, rest, year=year, festival=FESTIVALS[_festival(groups)][0],
                           relation=relation, gregorian_year=gyear)  # fmt: skip
        if kind == "numeric":
            month = int(groups["m1"] or groups["m2"])
            day = int(groups["d1"] or groups["d2"])
            if not 1 <= month <= 12:
                raise DateRefused(
                    f"{text!r}: there is no Persian month {month}",
                    "check the date against the source",
                )
            return Reading(PERSIAN, text, rest, year=year, month=month, day=day)
        day = 1 if groups.get("first") else (int(groups["day"]) if groups.get("day") else None)
        if day is not None and not 1 <= day <= 31:
            raise DateRefused(
                f"{text!r}: a Persian month has at most 31 days, not {day}",
                "check the date against the source",
            )
        return Reading(PERSIAN, text, rest, year=year, month=month, day=day, relation=relation)
    return None


def _festival(groups: dict[str, str | None]) -> int:
    return next(i for i in range(len(FESTIVALS)) if groups.get(f"f{i}"))


# --- the converter -------------------------------------------------------------------------


def _leap(year: int) -> bool:
    import jdatetime

    return bool(jdatetime.date(year, 1, 1).isleap())


def _month_length(year: int, month: int) -> int:
    if not 1 <= month <= 12:
        raise ValueError(f"there is no Persian month {month}")
    if month <= 6:
        return 31
    return 30 if month < 12 or _leap(year) else 29


def _to_day(year: int, month: int, day: int) -> Day:
    import jdatetime

    length = _month_length(year, month)
    if not 1 <= day <= length:
        why = f"{MONTHS[month - 1][0]} {year} SH has {length} days, not {day}"
        if month == 12 and day == 30:
            why = f"{year} SH is not a leap year: Esfand has 29 days"
        raise ValueError(why)
    found = jdatetime.date(year, month, day).togregorian()
    return Day(found.year, found.month, found.day)


def _from_day(day: Day) -> tuple[int, int, int]:
    import datetime

    import jdatetime

    found = jdatetime.date.fromgregorian(date=datetime.date(day.year, day.month, day.day))
    return found.year, found.month, found.day


PERSIAN = Calendar(
    name="persian",
    label="Solar Hijri",
    era="SH",
    to_day=_to_day,
    from_day=_from_day,
    month_length=_month_length,
    months=lambda _: tuple(range(1, 13)),
    month_name=lambda _, month: MONTHS[month - 1][0],
)
