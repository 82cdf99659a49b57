"""The words around a calendar date: a weekday, "about", a Gregorian date beside it, filler.

Anything else beside the date is refused rather than dropped, since "before 11 Shawwal" is no
day: these rules read the date, not what the words around it do to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.dates.calendars.gregorian import twin
from builder.dates.errors import DateRefused

if TYPE_CHECKING:
    from builder.calendar import Day
    from builder.dates.calendars.shared import Reading

# Weekdays in the languages whose copy uses these calendars, folded; Monday is 0.
_WEEKDAY_WORDS = {
    0: r"monday|mon|pazartesi|(?:ال)?اثنين|دو ?شنبه|יום שני|יום ב'|понедельник",
    1: r"tuesday|tue|tues|sali|(?:ال)?ثلاثاء|سه ?شنبه|יום שלישי|יום ג'|вторник",
    2: r"wednesday|wed|carsamba|(?:ال)?اربعاء|چهار ?شنبه|יום רביעי|יום ד'|среда",
    3: r"thursday|thu|thurs|persembe|(?:ال)?خميس|پنج ?شنبه|יום חמישי|יום ה'|четверг",
    4: r"friday|fri|cuma|(?:ال)?جمعه|יום שישי|יום ו'|пятница",
    5: r"saturday|sat|cumartesi|(?:ال)?سبت|شنبه|(?:יום )?שבת|суббота",
    6: r"sunday|sun|pazar|(?:ال)?احد|يك ?شنبه|יום ראשון|יום א'|воскресенье",
}
_WEEKDAY = re.compile(
    r"(?<![\w'])(?:(?:on|يوم|روز|ב|ה)\s*)?("
    + "|".join(f"(?P<w{d}>{words})" for d, words in _WEEKDAY_WORDS.items())
    + r")(?![\w'])"
)

_APPROXIMATE = re.compile(
    r"(?<![\w'])(?:about|around|circa|c\.|approximately|roughly|حوالي|حوالى|نحو|قرابه|"
    r"في حدود|حدود|در حدود|حدودا|تقريبا|yaklasik|civarinda|"
    r"בסביבות|בערך|לערך|около|примерно|environ|vers|etwa|gegen|alrededor de)(?![\w'])"
)

# Words that carry no date meaning next to a calendar date, folded: prepositions, "the day",
# "the month of", "the year", connectors between a date and its Gregorian twin, era words,
# the honorifics copy gives a holy month. Punctuation never reaches here: it splits words.
_FILLER = frozenset(
    (
        "on", "the", "of", "in", "at", "day", "during", "month", "year", "date", "dated",
        "corresponding", "to", "equivalent", "ie", "or", "which", "is", "was", "ce", "ad",
        "holy", "blessed", "feast", "festival", "mubarak",
        "في", "يوم", "شهر", "عام", "سنه", "تاريخ", "بتاريخ", "الموافق", "الموافقه", "ل", "لل", "ب",
        "و", "من", "م", "ميلادي", "ميلاديه", "ميلاديا", "للميلاد", "هجري", "هجريه", "هجريا",
        "للهجره", "الهجري", "الهجريه", "المبارك", "الكريم", "المعظم", "الفضيل", "السعيد", "الشريف",
        "در", "روز", "ماه", "سال", "مورخ", "مورخه", "برابر", "با", "مطابق", "مصادف",
        "ב", "ביום", "יום", "של", "בשנת", "שנת", "לחודש", "חודש", "בחודש", "תאריך",
        "ay", "ayi", "gunu", "tarihinde", "tarihi", "yili", "yilinda",
    )
)  # fmt: skip
# "امروز چهارشنبه ۲۶ مهر ۱۴۰۲", "اليوم الخميس 11 شوال": a relative day beside a written date
# is that date, which the weekday, if any, confirms; "today" counts from a writing time the
# publication date can miss, so it is not checked against the anchor. Folded.
_RELATIVE_DAYS = frozenset(
    (
        "today", "yesterday", "tomorrow", "امروز", "ديروز", "فردا", "اليوم", "امس", "الامس",
        "غدا", "غد", "היום", "אתמול", "מחר", "bugun", "dun", "yarin",
    )
)  # fmt: skip
_WORD = re.compile(r"[^\s,.;:()\[\]/-]+")
# Arabic and Hebrew join a preposition to the next word: "بتاريخ", "לחודש".
_JOINED_PREPOSITIONS = "بلوכלבה"


@dataclass(frozen=True)
class Context:
    """What the words around a date add: a weekday, "about", a Gregorian date beside it."""

    weekday: int | None = None
    approximate: bool = False
    gregorian: tuple[Day, Day] | None = None
    gregorian_text: str | None = None


def context(reading: Reading) -> Context:
    """Read the words around the date; refuse words these rules do not know."""
    weekday, rest = _weekday(reading)
    approximate = bool(_APPROXIMATE.search(rest))
    rest = _APPROXIMATE.sub(" ", rest)
    gregorian, gregorian_text = None, None
    if re.search(r"\d", rest):
        gregorian, gregorian_text, rest = twin(rest, reading)
    unknown = [w for w in _WORD.findall(rest) if not _is_filler(w)]
    if unknown:
        raise DateRefused(
            f"{reading.text!r} has words beside its {reading.calendar.label} date that these "
            f"rules do not read: {' '.join(unknown)!r}",
            "write the date alone (a weekday, 'about' or the Gregorian date beside it may "
            "stay), or write the Gregorian date",
        )
    return Context(weekday, approximate, gregorian, gregorian_text)


def _weekday(reading: Reading) -> tuple[int | None, str]:
    """The weekday named beside the date (Monday = 0), and the words without it."""
    found = list(_WEEKDAY.finditer(reading.rest))
    if not found:
        return None, reading.rest
    if len({_weekday_of(m) for m in found}) > 1:
        raise DateRefused(
            f"{reading.text!r} names two weekdays",
            "keep the weekday that belongs to the date, or drop both",
        )
    return _weekday_of(found[0]), _WEEKDAY.sub(" ", reading.rest)


def _weekday_of(match: re.Match[str]) -> int:
    return next(d for d in range(7) if match[f"w{d}"])


def _is_filler(word: str) -> bool:
    joined = len(word) > 2 and word[0] in _JOINED_PREPOSITIONS and word[1:] in _FILLER
    return word in _FILLER or word in _RELATIVE_DAYS or joined
