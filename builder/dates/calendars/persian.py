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
from builder.dates.calendars import matching
from builder.dates.calendars.shared import Calendar, Festival, Reading

MONTHS = (
    ("Farvardin", r"farvardin", r"فروردين"),
    ("Ordibehesht", r"[oa]rdibehesht", r"ا[رز]ديبهشت"),  # "ازدیبهشت": a common slip
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

# The same months by the signs of the zodiac, as Afghan (Dari) copy names them: حمل is
# Farvardin, حوت Esfand. They are also words ("ميزان" an amount, "اسد" a lion), so they are
# read only in Persian copy, after a day or before a Solar Hijri year.
DARI = ("حمل", "ثور", "جوزا|جوزاء", "سرطان", "اسد", "سنبله", "ميزان", "عقرب", "قوس", "جدي",
        "دلو", "حوت")  # fmt: skip

# Days spelled as ordinals ("بیست و ششم", the twenty-sixth), folded.
_UNIT_ORDINALS = ("يكم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم")
_ORDINAL_DAYS = {
    **{word: n for n, word in enumerate(_UNIT_ORDINALS, 1)},
    "دهم": 10, "يازدهم": 11, "دوازدهم": 12, "سيزدهم": 13, "چهاردهم": 14, "پانزدهم": 15,
    "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هيجدهم": 18, "نوزدهم": 19, "بيستم": 20,
    "سي ام": 30, "سيام": 30, "سي اُم": 30,
    **{f"بيست و {word}": 20 + n for n, word in enumerate(_UNIT_ORDINALS, 1)},
    "سي و يكم": 31,
}  # fmt: skip
_SPELLED_DAY = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))

FESTIVALS = (
    (Festival("Nowruz", lambda _: (1, 1)),
     r"no[wu]?r[uo]{1,2}z|nowrouz|nauroz|(?:عيد )?نوروز"),
    (Festival("Sizdah Bedar", lambda _: (1, 13)), r"sizdah bedar|سيزده ?(?:به ?)?در|روز طبيعت"),
    (Festival("Yalda", lambda _: (9, 30), 1, "night"), r"(?:shab(?: e)? )?yalda|(?:شب )?يلدا"),
)  # fmt: skip

# The words after a month or feast that count it from the anchor ("نوروز امسال", this Nowruz).
_RELATION_AFTER = {"گذشته": "last", "پارسال": "last", "امسال": "this", "اينده": "next",
                   "سال اينده": "next", "سال گذشته": "last"}  # fmt: skip
MARKER = r"(?:ه\s*\.?\s*ش\.?|هجري شمسي|شمسي|s\.?\s?h\.?|solar hijri|a\.?p\.?)"
_DAY = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|ام|م)?|(?P<first>اول)|(?P<spelled>{_SPELLED_DAY})"
# A year followed by a lunar marker ("۱۴۴۶ ه.ق") is Hijri, even in Persian copy.
_LUNAR = r"(?!\s*(?:ه\s*\.?\s*ق|ق(?![\w])|قمري|هجري قمري))"
_YEAR = rf"(?P<year>1[234]\d\d){_LUNAR}"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    months = matching.alternation(
        "m",
        ((i + 1, f"{latin}|(?:{native})(?: ?ماه)?") for i, (_, latin, native) in enumerate(MONTHS)),
    )
    dari = matching.alternation("d", ((i + 1, f"{names}") for i, names in enumerate(DARI)))
    festivals = matching.festival_patterns(FESTIVALS)
    after = "|".join(sorted(_RELATION_AFTER, key=len, reverse=True))
    edge, end = r"(?<![\w'])", r"(?![\w'])"
    # "شهریور سال ۹۱": a two-digit year after the word for year (see `_short_year`).
    year = (
        rf"(?:\s*,?\s*(?:(?:سال\s+)?{_YEAR}|سال\s*(?P<short>\d\d)(?!\d))\s*(?P<marker>{MARKER})?)"
    )
    relation = rf"(?:(?P<before>{'|'.join(matching.RELATIONS)})\s+)?"
    return (
        ("numeric", re.compile(
            rf"{edge}(?:(?P<y1>1[234]\d\d)[/.-](?P<m1>\d{{1,2}})[/.-](?P<d1>\d{{1,2}})"
            rf"|(?P<d2>\d{{1,2}})[/.-](?P<m2>\d{{1,2}})[/.-](?P<y2>1[234]\d\d))(?![\d/.-]){_LUNAR}\s*(?P<marker>{MARKER})?{end}")),
        ("date", re.compile(rf"{edge}(?:{_DAY})\s*(?:of\s+)?(?:{months}|{dari}){end}{year}?{end}")),
        ("festival", re.compile(
            rf"{edge}{relation}(?:{festivals}){end}(?:{year}|\s*,?\s*(?P<gyear>(?:19|20|21)\d\d))?{end}"
            rf"(?:\s+(?P<after>{after}))?")),
        ("month", re.compile(
            rf"{edge}{relation}(?:{months}){end}{year}?{end}(?:\s+(?P<after>{after}))?")),
        ("month", re.compile(rf"{edge}(?:{dari}){end}{year}{end}")),
        ("year", re.compile(rf"{edge}(?:(?:سال|year)\s+)?{_YEAR}\s*(?P<marker>{MARKER})?{end}")),
    )  # fmt: skip


def find(folded: str, text: str, language: str, persian_digits: bool) -> Reading | None:
    """The Solar Hijri date in `folded`, or None when it names none."""
    persian_copy = language == "fa" or persian_digits
    folded = _GLUED_YEAR.sub(r"\1 ", folded)
    for kind, pattern in _patterns():
        match = pattern.search(folded)
        if match is not None and _is_solar_hijri(kind, match.groupdict(), persian_copy):
            return _reading(kind, match.groupdict(), text, matching.without(folded, match))
    return None


# "شهریورسال گذشته": a month's name run into the word for year.
_GLUED_YEAR = re.compile(rf"(?<!\w)({'|'.join(native for _, _, native in MONTHS)})(?=سال)")


def _short_year(digits: str) -> int:
    """A two-digit Solar Hijri year: '91' is 1391, '02' is 1402 (1350-1449, 1971-2071)."""
    short = int(digits)
    return 1300 + short if short >= 50 else 1400 + short


def _is_solar_hijri(kind: str, groups: dict[str, str | None], persian_copy: bool) -> bool:
    """Whether a match is a Solar Hijri date, where its words may also be something else."""
    if matching.chosen(groups, "d", range(1, 13)) is not None or groups.get("short"):
        return persian_copy  # Dari month names and two-digit years: Persian copy only
    if kind in ("numeric", "year"):
        # Unmarked, only a year of the 1300s-1400s in Persian copy is Solar Hijri without ه.ش.
        year = groups.get("year") or groups.get("y1") or groups.get("y2")
        return bool(groups.get("marker")) or (persian_copy and int(year or 0) >= 1300)
    if kind == "festival":
        # Arabic "نوروز" is often the Kurdish Newroz, on 21 March every year.
        festival = groups[f"f{matching.festival_index(groups, FESTIVALS)}"] or ""
        return persian_copy or bool(re.search(r"[a-z]", festival))
    # "Tir", "Mehr", "آذر" outside Persian copy need a Solar Hijri year.
    return persian_copy or bool(groups.get("year"))


def _reading(kind: str, groups: dict[str, str | None], text: str, rest: str) -> Reading:
    year_text = groups.get("year") or groups.get("y1") or groups.get("y2")
    year = int(year_text) if year_text else None
    if groups.get("short"):
        year = _short_year(groups["short"])  # type: ignore[arg-type]
    if kind == "numeric":
        month = matching.checked_month(PERSIAN, int(groups["m1"] or groups["m2"]), text)  # type: ignore[arg-type]
        day = int(groups["d1"] or groups["d2"])  # type: ignore[arg-type]
        return Reading(PERSIAN, text, rest, year=year, month=month, day=day)
    relation = matching.relation_of(groups, _RELATION_AFTER)
    if kind == "festival":
        festival = matching.festival_of(groups, FESTIVALS)
        gregorian_year = int(groups["gyear"]) if groups.get("gyear") else None
        return Reading(PERSIAN, text, rest, year=year, festival=festival, relation=relation,
                       gregorian_year=gregorian_year)  # fmt: skip
    month = matching.chosen(groups, "m", range(1, 13)) or matching.chosen(groups, "d", range(1, 13))
    spelled = groups.get("spelled")
    day_number = _ORDINAL_DAYS[spelled] if spelled else matching.day_of(groups)
    day = matching.checked_day(PERSIAN, day_number, text)
    return Reading(PERSIAN, text, rest, year=year, month=month, day=day, relation=relation)


# --- the converter -------------------------------------------------------------------------


def _leap(year: int) -> bool:
    import jdatetime

    return bool(jdatetime.date(year, 1, 1).isleap())


class _Persian(Calendar):
    """The Solar Hijri calendar through jdatetime: six months of 31 days, five of 30, and
    Esfand of 29, or 30 in a leap year."""

    name = "persian"
    label = "Solar Hijri"
    month_word = "Persian"
    era = "SH"
    longest_month = 31
    month_days = "at most 31 days"
    month_names = tuple(name for name, _, _ in MONTHS)

    def month_length(self, year: int, month: int) -> int:
        if not 1 <= month <= 12:
            raise ValueError(f"there is no Persian month {month}")
        if month <= 6:
            return 31
        return 30 if month < 12 or _leap(year) else 29

    def to_day(self, year: int, month: int, day: int) -> Day:
        if month == 12 and day == 30 and not _leap(year):
            raise ValueError(f"{year} SH is not a leap year: Esfand has 29 days")
        return super().to_day(year, month, day)

    def gregorian(self, year: int, month: int, day: int) -> Day:
        import jdatetime

        found = jdatetime.date(year, month, day).togregorian()
        return Day(found.year, found.month, found.day)

    def from_day(self, day: Day) -> tuple[int, int, int]:
        import datetime

        import jdatetime

        found = jdatetime.date.fromgregorian(date=datetime.date(day.year, day.month, day.day))
        return found.year, found.month, found.day


PERSIAN = _Persian()
