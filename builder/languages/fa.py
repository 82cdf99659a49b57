"""Persian: Gregorian dates and relative words in Persian copy.

Solar Hijri dates (فروردین … اسفند, years 13xx–14xx) belong to the calendars reader, which
runs before translation; any that reach this module were not read there and are refused,
never translated into a Gregorian year. dateparser's own Persian weekdays are wrong in places
("دو شنبه" and "د" given as Saturday), so weekdays and months come from the tables here.
"""

from __future__ import annotations

import re

from builder.languages.tr import ordinal, part_of

LOCALES = ("fa",)
WHOLE_WORDS = True
# Arabic letters in Persian copy: ي, ى and ك are Persian ی and ک; ZWNJ may be a space.
CHARACTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "\u200c": " "})

_MONTHS = {
    "january": "ژانویه|ژانویهٔ|ژانوی|جنوری", "february": "فوریه|فبروری",
    "march": "مارس|مارچ", "april": "آوریل|آپریل|اپریل|آپریل", "june": "ژوئن|جون",
    "july": "ژوئیه|ژوییه|جولای", "august": "اوت|آگوست|آگست|اگوست",
    "september": "سپتامبر|سپتمبر", "october": "اکتبر|اکتوبر", "november": "نوامبر|نومبر",
    "december": "دسامبر|دسمبر",
}  # fmt: skip
_WEEKDAYS = {
    "sunday": "یک ?شنبه", "monday": "دو ?شنبه", "tuesday": "سه ?شنبه",
    "wednesday": "چهار ?شنبه", "thursday": "پنج ?شنبه", "saturday": "شنبه", "friday": "جمعه",
}  # fmt: skip
_NUMBERS = {"یک": "1", "دو": "2", "سه": "3", "چهار": "4", "پنج": "5", "شش": "6", "هفت": "7",
            "ده": "10"}  # fmt: skip
_UNITS = {"روز": "days", "هفته": "weeks", "ماه": "months", "سال": "years"}
_WHICH = {"گذشته": "last", "پیش": "last", "قبل": "last", "اخیر": "last", "آینده": "next",
          "بعد": "next", "دیگر": "next", "جاری": "this", "کنونی": "this"}  # fmt: skip
_CENTURIES = {"بیست و یکم": "21", "بیستم": "20", "نوزدهم": "19", "هجدهم": "18", "هیجدهم": "18"}
_ORDINALS = {"اول": "first", "نخست": "first", "دوم": "second", "سوم": "third", "چهارم": "fourth"}
_PARTS = {"early": "اوایل|اوائل|ابتدای|ابتدا|آغاز|اول", "mid": "اواسط|میانه|وسط",
          "late": "اواخر|پایان|انتهای|آخر"}  # fmt: skip
_DAY_PARTS = {"صبح": "morning", "بامداد": "small", "ظهر": "midday", "بعدازظهر": "afternoon",
              "بعد از ظهر": "afternoon", "عصر": "afternoon", "شامگاه": "evening",
              "غروب": "evening", "شب": "night"}  # fmt: skip
_SOLAR = "فروردین|اردیبهشت|خرداد|تیر|مرداد|امرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"


def _alternatives(words: dict[str, str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _named(table: dict[str, str]) -> re.Pattern[str]:
    alternation = "|".join(f"(?P<{english}>{words})" for english, words in table.items())
    return re.compile(rf"(?<!\w)(?:روز )?(?:{alternation})(?:ٔ| ی)?(?!\w)")


def _name(match: re.Match[str]) -> str:
    return f"⟪{match.lastgroup}⟫"


def _part(word: str) -> str:
    return next(english for english, words in _PARTS.items() if word in words.split("|"))


def _day_part(word: str, date: str) -> str:
    part = _DAY_PARTS[word]
    return f"⟪in the small hours of⟫ {date}" if part == "small" else f"{date} ⟪{part}⟫"


_UNIT = _alternatives(_UNITS)
_HE = r"(?: ?ی|ٔ)?"  # the ezafe after هفته, ماه: "هفته‌ی گذشته", "هفتهٔ گذشته"
_DATE = r"(⟪[^⟫]*⟫|\S+)"

REWRITES: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"هٔ"), "ه"),
    (re.compile(r"(\d{3,4}) ?(?:میلادی|م\.)"), r"\1"),
    # Words for "about", before or after the date.
    (re.compile(r"(?<!\w)(?:در حدود|حدود|حدودا|حدوداً|تقریبا|تقریباً|حوالی|در حوالی)(?!\w)"), " ⟪about⟫ "),
    (re.compile(rf"(?<!\w)({_alternatives(_NUMBERS)}) (?={_UNIT})"), lambda m: f"{_NUMBERS[m[1]]} "),
    (re.compile(rf"(?<!\w)(\d+) ({_UNIT})\w* (?:پیش|قبل)(?!\w)"), lambda m: f"⟪{m[1]} {_UNITS[m[2]]} ago⟫"),
    (re.compile(r"(?<!\w)(\d+) (روز|هفته) (?:بعد|دیگر)(?!\w)"), lambda m: f"⟪in {m[1]} {_UNITS[m[2]]}⟫"),
    (re.compile(r"(?<!\w)پریروز(?!\w)"), "⟪the day before yesterday⟫"),
    (re.compile(r"(?<!\w)پس ?فردا(?!\w)"), "⟪the day after tomorrow⟫"),
    # Spans no anchor can date, and words pointing at another event: refused in English.
    (re.compile(rf"(?<!\w)(?:در |طی )?({_UNIT})(?: ?ها| های) (?:اخیر|گذشته)(?!\w)"), lambda m: f"⟪in recent {_UNITS[m[1]]}⟫"),
    (re.compile(rf"(?<!\w)(?:در |طی )?({_UNIT})(?: ?ها| های) (?:آینده|پیش رو)(?!\w)"), lambda m: f"⟪in the coming {_UNITS[m[1]]}⟫"),
    (re.compile(rf"(?<!\w)چند ({_UNIT}) (?:پیش|قبل)(?!\w)"), lambda m: f"⟪a few {_UNITS[m[1]]} ago⟫"),
    (re.compile(r"(?<!\w)(?:در )?همان (?:روز|شب)(?!\w)"), "⟪the same day⟫"),
    (re.compile(r"(?<!\w)(?:روز بعد|فردای آن روز|فردای آن)(?!\w)"), "⟪the following day⟫"),
    (re.compile(r"(?<!\w)(?:در )?(?:آن زمان|آن موقع|آن هنگام)(?!\w)"), "⟪at the time⟫"),
    # Ranges before deadlines: "از 2 تا 4 آوریل", "بین 2 و 4 آوریل".
    (re.compile(r"^از (.+?) تا (.+)$"), r"⟪from⟫ \1 ⟪to⟫ \2"),
    (re.compile(r"^(?:در )?(?:بین|میان) (.+?) و (.+)$"), r"⟪between⟫ \1 ⟪and⟫ \2"),
    (re.compile(r"^تا (?:پایان|آخر|انتهای|اواخر) (.+)$"), r"⟪by the end of⟫ \1"),
    (re.compile(r"(?<=\S) تا (?=\S)"), " ⟪to⟫ "),
    (re.compile(r"^تا (.+)$"), r"⟪by⟫ \1"),
    (re.compile(r"^(?:قبل|پیش) از (.+)$"), r"⟪before⟫ \1"),
    (re.compile(r"^(?:بعد|پس) از (.+)$"), r"⟪after⟫ \1"),
    (re.compile(r"^(?:از|از زمان) (.+)$"), r"⟪since⟫ \1"),
    # Month and weekday names; "مه"/"می" (May) only beside a day or year number.
    (_named(_MONTHS), _name),
    (re.compile(r"(?<=\d) (?:مه|می)(?!\w)|(?<!\w)(?:مه|می)(?= \d)"), " ⟪may⟫"),
    (re.compile(r"(?<!\w)(?:شب) (?:روز )?(⟪\w+⟫|یک ?شنبه|دو ?شنبه|سه ?شنبه|چهار ?شنبه|پنج ?شنبه|شنبه|جمعه)(?!\w)"),
     lambda m: f"⟪the night into⟫ {m[1]}"),
    (_named(_WEEKDAYS), _name),
    # Nights and parts of day: "شب جمعه" is the night into Friday, "جمعه شب" Friday night.
    (re.compile(r"(?<!\w)(?:دیشب|شب گذشته|دیروز شب|شب قبل)(?!\w)"), "⟪last night⟫"),
    (re.compile(r"(?<!\w)امشب(?!\w)"), "⟪tonight⟫"),
    (re.compile(r"(?<!\w)(امروز|دیروز|فردا|⟪\w+⟫) (صبح|بامداد|ظهر|بعد از ظهر|بعدازظهر|عصر|شامگاه|غروب|شب)(?!\w)"),
     lambda m: _day_part(m[2], m[1])),
    (re.compile(rf"(?<!\w)({_alternatives(_DAY_PARTS)}) (?:روز )?(.+)$"), lambda m: _day_part(m[1], m[2])),
    # Weeks, months and years counted from the anchor.
    (re.compile(r"(?<!\w)(?:آخر هفته|تعطیلات آخر هفته) (گذشته|پیش|آینده|بعد)(?!\w)"), lambda m: f"⟪{_WHICH[m[1]]} weekend⟫"),
    (re.compile(r"(?<!\w)(?:دو|2) هفته پیش(?!\w)"), "⟪2 weeks ago⟫"),
    (re.compile(rf"(?<!\w)(هفته|ماه|سال){_HE} (گذشته|پیش|قبل|آینده|بعد|جاری|کنونی)(?!\w)"),
     lambda m: f"⟪{_WHICH[m[2]]} {_UNITS[m[1]][:-1]}⟫"),
    (re.compile(r"(?<!\w)(?:پارسال)(?!\w)"), "⟪last year⟫"),
    (re.compile(r"(?<!\w)(?:امسال)(?!\w)"), "⟪this year⟫"),
    (re.compile(r"(?<!\w)(?:این) (هفته|ماه|سال)(?!\w)"), lambda m: f"⟪this {_UNITS[m[1]][:-1]}⟫"),
    (re.compile(r"(⟪\w+⟫) (⟪(?:last|this|next) year⟫)"), r"\1 \2"),
    (re.compile(r"(⟪\w+⟫) (گذشته|پیش|آینده)(?!\w)"), lambda m: f"⟪{_WHICH[m[2]]}⟫ {m[1]}"),
    (re.compile(r"(?<!\w)(?:سال|در سال)(?= \d)"), " "),
    # Centuries (only names that cannot be Solar Hijri ones), quarters and halves.
    (re.compile(rf"(?<!\w)قرن ({_alternatives(_CENTURIES)})(?: میلادی)?(?!\w)"), lambda m: f"⟪the {ordinal(_CENTURIES[m[1]])} century⟫"),
    (re.compile(r"(?<!\w)قرن (1[6-9]|2[01])(?: میلادی)?(?!\w)"), lambda m: f"⟪the {ordinal(m[1])} century⟫"),
    (re.compile(r"(?<!\w)دهه (\d{3}0)(?: میلادی)?(?!\w)"), r"⟪the \1s⟫"),
    (re.compile(r"(?<!\w)دهه (\d0) میلادی(?!\w)"), r"⟪the \1s⟫"),
    (re.compile(rf"(?<!\w)(نیمه|سه ?ماهه|فصل) ({_alternatives(_ORDINALS)})(?: سال)?"),
     lambda m: f"⟪the {_ORDINALS[m[2]]} {'half' if m[1] == 'نیمه' else 'quarter'} of⟫"),
    # Parts of a month or year: "اوایل آوریل", "اواخر سال گذشته".
    (re.compile(rf"(?<!\w)(?:در )?({'|'.join(_PARTS.values())}) (?:ماه |سال )?{_DATE}"), lambda m: part_of(_part(m[1]), m[2])),
]  # fmt: skip

PHRASES: dict[str, str] = {"امروز": "today", "دیروز": "yesterday", "فردا": "tomorrow"}

# What the calendars reader would have read: a Solar Hijri month or year reaching translation
# was not read there, and must never become a Gregorian date. "دهه ۹۰" in Iranian copy is the
# 1390s as often as the 1990s.
REFUSE = [
    (
        re.compile(rf"(?<!\w)(?:{_SOLAR})(?!\w)|(?<!\d)1[34]\d\d(?!\d)"),
        "is a Solar Hijri date that could not be read",
        "write day, Solar month and year (e.g. '۲۱ فروردین ۱۴۰۴'), or the Gregorian date",
    ),
    (
        re.compile(r"(?<!\w)دهه (?:\d0|[^\s\d]+)(?! میلادی)(?!\d)"),
        "can be a Solar Hijri decade (the 1390s) or a Gregorian one (the 1990s)",
        "write the decade in full: 'دهه ۱۹۹۰ میلادی' or 'دهه ۱۳۹۰'",
    ),
]

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["در", "روز", "تاریخ", "ی", "از", "ماه"])
