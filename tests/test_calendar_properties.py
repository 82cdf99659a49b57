"""Round trips Gregorian -> Hijri / Hebrew / Persian text -> Gregorian, through our reader.

A random Gregorian day of 1900-2100 (Hijri: within Umm al-Qura's 1343-1500 AH) is written as
copy writes it in the other calendar, resolved by `resolve`, and must come back as that day.
"""

from __future__ import annotations

import datetime

import jdatetime
from hijridate import Gregorian
from hypothesis import given, settings
from hypothesis import strategies as st
from pyluach import dates as hebrew_dates

from builder.calendar import WEEKDAY_NAMES, Day
from builder.dates import resolve
from builder.dates.calendars import hebrew, hijri, persian

ANCHOR = Day(2025, 4, 10)
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                 "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")  # fmt: skip
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                  "آذر", "دی", "بهمن", "اسفند")  # fmt: skip


def days(first: datetime.date, last: datetime.date) -> st.SearchStrategy[Day]:
    return st.dates(first, last).map(lambda d: Day(d.year, d.month, d.day))


HIJRI_DAYS = days(datetime.date(1924, 8, 2), datetime.date(2077, 11, 15))
CENTURIES = days(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31))


def _bounds(text: str, language: str) -> tuple[Day, Day]:
    value = resolve(text, ANCHOR, language)
    assert value.earliest <= value.latest  # type: ignore[union-attr]
    return value.earliest, value.latest  # type: ignore[union-attr]


@settings(max_examples=150, deadline=None)
@given(HIJRI_DAYS, st.booleans())
def test_hijri_day_with_its_weekday_comes_back(day: Day, arabic: bool) -> None:
    found = Gregorian(day.year, day.month, day.day).to_hijri()
    if arabic:
        text = f"{ARABIC_WEEKDAYS[day.weekday]} {found.day} {ARABIC_MONTHS[found.month - 1]} {found.year} هـ"
        text = text.translate(EASTERN)
    else:
        month = hijri.MONTHS[found.month - 1][0]
        text = f"{WEEKDAY_NAMES[day.weekday]} {found.day} {month} {found.year} AH"
    assert _bounds(text, "ar" if arabic else "en") == (day, day)


@settings(max_examples=150, deadline=None)
@given(HIJRI_DAYS)
def test_hijri_day_without_a_weekday_is_the_sighting_window_around_it(day: Day) -> None:
    found = Gregorian(day.year, day.month, day.day).to_hijri()
    text = f"{found.day} {ARABIC_MONTHS[found.month - 1]} {found.year}هـ"
    assert _bounds(text, "ar") == (day.plus_days(-1), day.plus_days(1))


def _gematria(number: int) -> str:
    """A Hebrew numeral with geresh or gershayim: 11 = י״א, 15 = ט״ו, 785 = תשפ״ה."""
    letters = ""
    for value, letter in ((400, "ת"), (300, "ש"), (200, "ר"), (100, "ק")):
        while number >= value:
            letters, number = letters + letter, number - value
    if number in (15, 16):
        letters += {15: "טו", 16: "טז"}[number]
        number = 0
    tens = "יכלמנסעפצ"
    if number >= 10:
        letters, number = letters + tens[number // 10 - 1], number % 10
    if number:
        letters += "אבגדהוזחט"[number - 1]
    return f"{letters}׳" if len(letters) == 1 else f"{letters[:-1]}״{letters[-1]}"


HEBREW_MONTHS = {1: "ניסן", 2: "אייר", 3: "סיון", 4: "תמוז", 5: "אב", 6: "אלול", 7: "תשרי",
                 8: "חשון", 9: "כסלו", 10: "טבת", 11: "שבט", 13: "אדר ב׳"}  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(CENTURIES, st.booleans())
def test_hebrew_day_comes_back(day: Day, latin: bool) -> None:
    found = hebrew_dates.GregorianDate(day.year, day.month, day.day).to_heb()
    leap = hebrew._leap(found.year)
    if latin:
        month = hebrew._month_name(found.year, found.month)
        text = f"{found.day} {month} {found.year}"
    else:
        month = "אדר א׳" if found.month == 12 and leap else HEBREW_MONTHS.get(found.month, "אדר")
        text = f"{_gematria(found.day)} ב{month} {_gematria(found.year - 5000)}"
    assert _bounds(text, "en" if latin else "he") == (day, day)


@settings(max_examples=150, deadline=None)
@given(CENTURIES, st.sampled_from(["persian", "numeric", "latin"]))
def test_persian_day_comes_back(day: Day, form: str) -> None:
    found = jdatetime.date.fromgregorian(date=datetime.date(day.year, day.month, day.day))
    if form == "persian":
        text = f"{found.day} {PERSIAN_MONTHS[found.month - 1]} {found.year}".translate(
            PERSIAN_DIGITS
        )
        language = "fa"
    elif form == "numeric":
        text = f"{found.year}/{found.month:02d}/{found.day:02d} ه.ش"
        language = "fa"
    else:
        text = f"{found.day} {persian.MONTHS[found.month - 1][0]} {found.year} SH"
        language = "en"
    assert _bounds(text, language) == (day, day)
