"""Persian: Gregorian dates and relative words in Persian copy.

Solar Hijri dates (فروردین … اسفند, years 13xx–14xx) belong to the calendars reader, which
runs before translation; any that reach this module were not read there and are refused,
never translated into a Gregorian year. dateparser's own Persian weekdays are wrong in places
("دو شنبه" and "د" given as Saturday), so weekdays and months come from the tables here.
"""

from __future__ import annotations

import re

from builder.languages.rules import (
    ABOUT,
    SAME_MONTH_AGAIN,
    Rewrite,
    alternatives,
    bounds,
    fraction,
    named,
    ordinal,
    parts_of_date,
    spans,
    word,
    word_meanings,
)

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


def _day_part(word: str, date: str) -> str:
    part = _DAY_PARTS[word]
    return f"⟪in the small hours of⟫ {date}" if part == "small" else f"{date} ⟪{part}⟫"


_UNIT = alternatives(_UNITS)
_HE = r"(?: ?ی|ٔ)?"  # the ezafe after هفته, ماه: "هفته‌ی گذشته", "هفتهٔ گذشته"

REWRITES: list[Rewrite] = [
    (re.compile(r"هٔ"), "ه"),
    (re.compile(r"(\d{3,4}) ?(?:میلادی|م\.)"), r"\1"),
    # Words for "about", before or after the date.
    word(r"در حدود|حدود|حدودا|حدوداً|تقریبا|تقریباً|حوالی|در حوالی", ABOUT),
    (re.compile(rf"(?<!\w)({alternatives(_NUMBERS)}) (?={_UNIT})"), lambda m: f"{_NUMBERS[m[1]]} "),
    word(rf"(\d+) ({_UNIT})\w* (?:پیش|قبل)", spans("{n} {unit} ago", _UNITS)),
    word(r"(\d+) (روز|هفته) (?:بعد|دیگر)", spans("in {n} {unit}", _UNITS)),
    # "روز گذشته" (the past day) is yesterday, unless a number counts the days ("۲۰ روز گذشته").
    (re.compile(r"(?<![\w\d] )(?<!\w)(?:در |طی )?روز گذشته(?!\w)"), " ⟪yesterday⟫ "),
    *word_meanings({
        "the day before yesterday": r"پریروز",
        "the day after tomorrow": r"پس ?فردا",
    }),
    # Spans no anchor can date, and words pointing at another event: refused in English.
    word(rf"(?:در |طی )?({_UNIT})(?: ?ها| های) (?:اخیر|گذشته)", spans("in recent {unit}", _UNITS)),
    word(rf"(?:در |طی )?({_UNIT})(?: ?ها| های) (?:آینده|پیش رو)", spans("in the coming {unit}", _UNITS)),
    word(rf"چند ({_UNIT}) (?:پیش|قبل)", spans("a few {unit} ago", _UNITS)),
    *word_meanings({
        "the same day": r"(?:در )?همان (?:روز|شب)",
        "the following day": r"روز بعد|فردای آن روز|فردای آن",
        "at the time": r"(?:در )?(?:آن زمان|آن موقع|آن هنگام)",
    }),
    # Ranges before deadlines: "از 2 تا 4 آوریل", "بین 2 و 4 آوریل".
    *bounds([
        ("from", r"^از (.+?) تا (.+)$"),
        ("between", r"^(?:در )?(?:بین|میان) (.+?) و (.+)$"),
        ("by the end of", r"^تا (?:پایان|آخر|انتهای|اواخر) (.+)$"),
    ]),
    (re.compile(r"(?<=\S) تا (?=\S)"), " ⟪to⟫ "),
    *bounds([
        ("by", r"^تا (.+)$"),
        ("before", r"^(?:قبل|پیش) از (.+)$"),
        ("after", r"^(?:بعد|پس) از (.+)$"),
        ("since", r"^(?:از|از زمان) (.+)$"),
    ]),
    # Month and weekday names; "مه"/"می" (May) only beside a day or year number.
    named(_MONTHS, before="(?:روز )?", after="(?:ٔ| ی)?"),
    (re.compile(r"(?<=\d) (?:مه|می)(?!\w)|(?<!\w)(?:مه|می)(?= \d)"), " ⟪may⟫"),
    # "۲۰ مارس (مارچ) ۲۰۲۴": the month's other spelling in brackets names the same month.
    SAME_MONTH_AGAIN,
    word(r"(?:شب) (?:روز )?(⟪\w+⟫|یک ?شنبه|دو ?شنبه|سه ?شنبه|چهار ?شنبه|پنج ?شنبه|شنبه|جمعه)", lambda m: f"⟪the night into⟫ {m[1]}"),
    named(_WEEKDAYS, before="(?:روز )?", after="(?:ٔ| ی)?"),
    # Nights and parts of day: "شب جمعه" is the night into Friday, "جمعه شب" Friday night.
    *word_meanings({
        "last night": r"دیشب|شب گذشته|دیروز شب|شب قبل",
        "tonight": r"امشب",
    }),
    word(r"(امروز|دیروز|فردا|⟪\w+⟫) (صبح|بامداد|ظهر|بعد از ظهر|بعدازظهر|عصر|شامگاه|غروب|شب)", lambda m: _day_part(m[2], m[1])),
    (re.compile(rf"(?<!\w)({alternatives(_DAY_PARTS)}) (?:روز )?(.+)$"), lambda m: _day_part(m[1], m[2])),
    # Weeks, months and years counted from the anchor.
    # Iran's weekend is Thursday-Friday (Friday the day off), its week Saturday to Friday.
    word(r"(?:آخر هفته|تعطیلات آخر هفته) (گذشته|پیش|آینده|بعد)", lambda m: f"⟪{_WHICH[m[1]]} thursday-friday weekend⟫"),
    word(r"(?:دو|2) هفته پیش", "⟪2 weeks ago⟫"),
    word(rf"(هفته|ماه|سال){_HE} (گذشته|پیش|قبل|آینده|بعد|جاری|کنونی)", lambda m: f"⟪{_WHICH[m[2]]} {_UNITS[m[1]][:-1]}⟫"),
    *word_meanings({
        "last year": r"پارسال",
        "this year": r"امسال",
    }),
    word(r"(?:این) (هفته|ماه|سال)", lambda m: f"⟪this {_UNITS[m[1]][:-1]}⟫"),
    (re.compile(r"(⟪\w+⟫) (⟪(?:last|this|next) year⟫)"), r"\1 \2"),
    (re.compile(r"(⟪\w+⟫) (گذشته|پیش|آینده)(?!\w)"), lambda m: f"⟪{_WHICH[m[2]]}⟫ {m[1]}"),
    (re.compile(r"(?<!\w)(?:سال|در سال)(?= \d)"), " "),
    # Centuries (only names that cannot be Solar Hijri ones), quarters and halves.
    word(rf"قرن ({alternatives(_CENTURIES)})(?: میلادی)?", lambda m: f"⟪the {ordinal(_CENTURIES[m[1]])} century⟫"),
    word(r"قرن (1[6-9]|2[01])(?: میلادی)?", lambda m: f"⟪the {ordinal(m[1])} century⟫"),
    word(r"دهه (\d{3}0)(?: میلادی)?", r"⟪the \1s⟫"),
    word(r"دهه (\d0) میلادی", r"⟪the \1s⟫"),
    (re.compile(rf"(?<!\w)(نیمه|سه ?ماهه|فصل) ({alternatives(_ORDINALS)})(?: سال)?"), fraction(_ORDINALS, "نیمه")),
    # Parts of a month or year: "اوایل آوریل", "اواخر سال گذشته".
    parts_of_date(_PARTS, before="در ", between="ماه |سال "),
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
