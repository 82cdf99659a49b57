"""Hebrew-calendar dates (pyluach): Hebrew numerals with geresh/gershayim or ASCII quotes, Adar I
and II, months and years alone, festivals, and transliterated English.

A Hebrew day begins at sunset; a date is read as the civil daytime day it names. "Nisan" is
April in Turkish and in Levantine Arabic, and the Hebrew calendar's months are written in Latin
letters by copy in any language, so a transliterated month is read only with a Hebrew year
(5xxx); months in Hebrew script are Hebrew-calendar months (Hebrew writes Gregorian months as
אפריל, מאי ...).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from builder.calendar import Day
from builder.dates.calendars import matching
from builder.dates.calendars.shared import Calendar, Festival, Reading

# pyluach numbers months from Nisan (1) to Adar (12) and Adar II (13); the year begins in Tishrei.
# Two more numbers stand for what copy writes: "Adar I" (14) and "Adar" unqualified (15).
ADAR_I, ADAR = 14, 15

MONTHS = {
    1: ("Nisan", r"nis?san", r"ניסן"),
    2: ("Iyar", r"iy?yar", r"איי?ר"),
    3: ("Sivan", r"sivan", r"סיוו?ן"),
    4: ("Tammuz", r"tamm?uz", r"תמוז"),
    5: ("Av", r"(?:menachem )?av", r"(?:מנחם[ -])?אב"),
    6: ("Elul", r"elul", r"אלול"),
    7: ("Tishrei", r"tishr[ei]i?", r"תשרי"),
    8: ("Cheshvan", r"(?:mar)?c?h?eshvan|(?:mar)?heshvan", r"(?:מר)?חשוו?ן"),
    9: ("Kislev", r"kislev", r"כסלי?ו"),
    10: ("Tevet", r"teve[ts]|tebeth", r"טבת"),
    11: ("Shevat", r"sh?e?vat|shvat", r"שבט"),
    13: ("Adar II", r"adar (?:ii|2|bet|beth|sheni)", r"אדר (?:ב'|ב|שני)"),
    ADAR_I: ("Adar I", r"adar (?:i|1|ale[fph]+|rishon)", r"אדר (?:א'|א|ראשון)"),
    ADAR: ("Adar", r"adar", r"אדר"),
}

# Festivals as kept in Israel (civil daytime days): (month, first day) by year, and their length.
# "שבועות" is also "weeks" ("לפני שבועות", weeks ago): alone it is the feast only as the whole text.
FESTIVALS = (
    (Festival("Rosh Hashanah", lambda _: (7, 1), 2),
     r"rosh hash?ana[h]?|ros asana|ראש השנה|راس السنه (?:ال)?(?:عبريه|يهوديه)|рош ха ?шана"),
    (Festival("Yom Kippur", lambda _: (7, 10)),
     r"yom kipp?ur|יום (?:ה)?כי?פור(?:ים)?|يوم (?:الغفران|كيبور)|йом кипп?ур"),
    (Festival("Sukkot", lambda _: (7, 15), 7),
     r"su[ck]{1,2}o[ts]h?|(?:חג )?(?:ה)?סוכות|عيد العرش|суккот"),
    (Festival("Simchat Torah", lambda _: (7, 22)), r"simc?hat torah|שמחת תורה|симхат тора"),
    (Festival("Hanukkah", lambda _: (9, 25), 8),
     r"c?hann?ukk?ah?|חנוכה|عيد الانوار|حانوكا|ханука"),
    (Festival("Purim", lambda year: (13 if _leap(year) else 12, 14)), r"purim|פורים|пурим"),
    (Festival("Passover", lambda _: (1, 15), 7),
     r"passover|pesa[c]?h|pessah|(?:חג )?(?:ה)?פסח|عيد الفصح اليهودي|песах"),
    (Festival("Shavuot", lambda _: (3, 6)), r"shavuo[ts]h?|חג (?:ה)?שבועות|^שבועות(?=\s+[א-ת]{1,3}\"[א-ת]$|$)|шавуот"),
)  # fmt: skip

# The words after a month or feast that count it from the anchor ("פסח הבא", next Passover).
_RELATION_AFTER = {**matching.RELATIONS, "שעבר": "last", "הבא": "next", "הקרוב": "next", "הזה": "this",
                   "השנה": "this", "האחרון": "last"}  # fmt: skip

_VALUES = dict(zip("אבגדהוזחטיכךלמםנןסעפףצץקרשת",
                   (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80,
                    90, 90, 100, 200, 300, 400), strict=True))  # fmt: skip

_DAY = r"(?P<hday>[בה]?[א-ת]{1,2}\"[א-ת]|[בה]?[א-ת]')|(?P<day>\d{1,2})"
_YEAR = r"(?P<hyear>[בלמה]?(?:ה')?[א-ת]{1,3}\"[א-ת])|(?P<year>5[678]\d\d)"
_AM = r"(?:\s*(?:am|a\.m\.|לבריאת העולם|לבריאה))?"


def numeral(token: str) -> int | None:
    """The value of a Hebrew numeral ('י"א' = 11, 'ט"ו' = 15), or None when it is not one.
    A leading ב/ה/ל/מ that breaks the letters' descending order is a prefix ("בי"א", "התשפ"ה")."""
    letters = token.replace('"', "").replace("'", "")
    for skip in range(3):
        body = letters[skip:]
        values = [_VALUES.get(c) for c in body]
        if not body or None in values:
            return None
        if body in ("טו", "טז") or all(a >= b for a, b in pairwise(values)):  # type: ignore[operator]
            return sum(values)  # type: ignore[arg-type]
        if letters[skip] not in "בהלמו":
            return None
    return None


def _year_value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    token = re.sub(r"^([בלמ]?)ה'", r"\1", token)  # ה' = the fifth millennium
    value = numeral(token)
    return None if value is None or not 600 <= value < 900 else 5000 + value


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    months = matching.alternation(
        "m", ((n, f"{latin}|(?:[בלמו]-?)?(?:{hebrew})") for n, (_, latin, hebrew) in MONTHS.items())
    )
    festivals = matching.festival_patterns(FESTIVALS)
    before = "|".join(matching.RELATIONS)
    after = "|".join(_RELATION_AFTER)
    edge, end = r"(?<![\w'\"])", r"(?![\w'\"])"
    year = rf"(?:\s*,?\s*(?:בשנת\s+|שנת\s+)?(?:{_YEAR}){_AM})"
    return (
        ("date", re.compile(rf"{edge}(?:{_DAY})\s*(?:of\s+)?(?:{months}){end}{year}?{end}")),
        ("festival", re.compile(
            rf"{edge}(?:(?P<before>{before})\s+)?(?:{festivals}){end}"
            rf"(?:{year}|\s*,?\s*(?P<gyear>(?:19|20|21)\d\d))?{end}(?:\s+(?P<after>{after}))?")),
        ("month", re.compile(
            rf"{edge}(?:(?P<before>{before})\s+)?(?:(?:ב)?חודש\s+)?(?:{months}){end}{year}?{end}"
            rf"(?:\s+(?P<after>{after}))?")),
        ("year", re.compile(rf"{edge}(?:(?:ב)?שנת\s+|year\s+)?(?:{_YEAR}){_AM}{end}")),
    )  # fmt: skip


def _hebrew_script(text: str) -> bool:
    return bool(re.search(r"[א-ת]", text))


def find(folded: str, text: str, language: str) -> Reading | None:
    """The Hebrew-calendar date in `folded`, or None when it names none."""
    script = _hebrew_script(folded)
    for kind, pattern in _patterns():
        for match in pattern.finditer(folded):
            reading = _reading(kind, match, folded, text, script or language == "he")
            if reading is not None:
                return reading
    return None


def _reading(
    kind: str, match: re.Match[str], folded: str, text: str, hebrew_copy: bool
) -> Reading | None:
    """The date a match gives, or None when it is not a Hebrew-calendar date after all (the
    next match, or another calendar, may then read the text)."""
    groups = match.groupdict()
    if groups.get("hyear"):
        year = _year_value(groups["hyear"])  # type: ignore[arg-type]
        if year is None:
            return None  # Hebrew letters that are not a year of this era
    else:
        year = int(groups["year"]) if groups.get("year") else None
    rest = matching.without(folded, match)
    if kind == "year":
        if year is None or (groups.get("year") and not (hebrew_copy or "am" in match[0])):
            return None  # digits alone are a Hebrew year only in Hebrew copy or with "AM"
        return Reading(HEBREW, text, rest, year=year)
    relation = matching.relation_of(groups, _RELATION_AFTER)
    if kind == "festival":
        # Read without a year in any script: "Passover", "Hanukkah" name no other calendar's day.
        festival = matching.festival_of(groups, FESTIVALS)
        gregorian_year = int(groups["gyear"]) if groups.get("gyear") else None
        return Reading(HEBREW, text, rest, year=year, festival=festival, relation=relation,
                       gregorian_year=gregorian_year)  # fmt: skip
    month = matching.chosen(groups, "m", MONTHS)
    if year is None and not _hebrew_script(groups[f"m{month}"] or ""):
        return None  # "Nisan" without a Hebrew year is April in Turkish
    day = numeral(groups["hday"]) if groups.get("hday") else matching.day_of(groups)  # type: ignore[arg-type]
    if groups.get("hday") and day is None:
        return None  # Hebrew letters that are not a day of the month
    day = matching.checked_day(HEBREW, day, text)
    return Reading(HEBREW, text, rest, year=year, month=month, day=day, relation=relation)


# --- the converter -------------------------------------------------------------------------


def _leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


class _Hebrew(Calendar):
    """The Hebrew calendar through pyluach; its year begins in Tishrei, and a leap year has
    Adar I (12) and Adar II (13)."""

    name = "hebrew"
    label = "Hebrew"
    month_word = "Hebrew"
    longest_month = 30
    month_days = "29 or 30 days"

    def months(self, year: int) -> tuple[int, ...]:
        return (7, 8, 9, 10, 11, 12, *((13,) if _leap(year) else ()), 1, 2, 3, 4, 5, 6)

    def month_name(self, year: int, month: int) -> str:
        return _month_name(year, month)

    def month_in(self, year: int, month: int) -> int:
        if month == ADAR:
            if _leap(year):
                raise ValueError(f"{year} is a leap year, with Adar I and Adar II")
            return 12
        if month in (ADAR_I, 13) and not _leap(year):
            raise ValueError(f"{year} is a common year, with one Adar")
        return 12 if month == ADAR_I else month

    def month_length(self, year: int, month: int) -> int:
        from pyluach import hebrewcal

        if month not in self.months(year):
            raise ValueError(f"{year} has no month {_month_name(year, month)}")
        return len(hebrewcal.Month(year, month))

    def gregorian(self, year: int, month: int, day: int) -> Day:
        from pyluach import dates

        found = dates.HebrewDate(year, month, day).to_pydate()
        return Day(found.year, found.month, found.day)

    def from_day(self, day: Day) -> tuple[int, int, int]:
        from pyluach import dates

        found = dates.GregorianDate(day.year, day.month, day.day).to_heb()
        return found.year, found.month, found.day


def _month_name(year: int, month: int) -> str:
    """The month's name in a given year: pyluach's 12 is Adar I in a leap year."""
    if month == 12:
        return "Adar I" if _leap(year) else "Adar"
    return MONTHS[month][0]


HEBREW = _Hebrew()
