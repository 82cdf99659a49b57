"""Dates written in the Hijri (Umm al-Qura), Hebrew and Persian (Solar Hijri) calendars.

Each row's Gregorian truth comes from outside the converters where one is known: dates printed
side by side in real copy (an Egyptian masthead "السبت 1 نوفمبر 2025 ... 11 جمادى أول 1447 هـ",
a Moroccan ministry "الخميس 29 ذو الحجة 1446 هـ، الموافق لـ 26 يونيو 2025", an Israeli
calendar "יום שני, א' אייר (20.4.15)", Iranian copy "چهارشنبه اول فروردین ۱۴۰۳" and
"۱۸ مهر ۱۴۰۲" = "۱۴۰۲/۰۷/۱۸") and well-known days (Eid al-Fitr 1446 = 30 March 2025 in Umm
al-Qura, Rosh Hashanah 5785 = 3 October 2024, 7 October 2023 = 22 Tishrei 5784, Nowruz 1404 =
21 March 2025).

Anchors: THU is Thursday 10 April 2025; AUT is Sunday 20 October 2024.
"""

from __future__ import annotations

import json

import pytest

from builder.calendar import Day
from builder.dates import DateError, resolve
from builder.dates.calendars import read
from tests import date_cases as cases

THU = Day(2025, 4, 10)
AUT = Day(2024, 10, 20)

# (text, anchor, language, date order) -> (earliest, latest, precision, edtf)
HIJRI = [
    # A Hijri day is its Umm al-Qura day widened by one day either side (a country that sights
    # the moon may begin the month a day earlier or later), uncertain: 1 Shawwal 1446 = 30 March.
    ("1 Shawwal 1446", THU, "en", None, "2025-03-29", "2025-03-31", "day", "2025-03-29?/2025-03-31?"),
    ("1 Muharram 1446 AH", THU, "en", None, "2024-07-06", "2024-07-08", "day", "2024-07-06?/2024-07-08?"),
    ("11 Shawwal 1446", THU, "en", None, "2025-04-08", "2025-04-10", "day", "2025-04-08?/2025-04-10?"),
    ("١١ شوال ١٤٤٦ هـ", THU, "ar", None, "2025-04-08", "2025-04-10", "day", "2025-04-08?/2025-04-10?"),
    ("11 شوال 1446هـ", THU, "ar", None, "2025-04-08", "2025-04-10", "day", "2025-04-08?/2025-04-10?"),
    ("29 شوال 1446 هـ", THU, "ar", None, "2025-04-26", "2025-04-28", "day", "2025-04-26?/2025-04-28?"),
    # Numeric, as Saudi official statements write it, separators spaced.
    ("23 / 3 / 1447هـ", Day(2025, 9, 16), "ar", None, "2025-09-14", "2025-09-16", "day", "2025-09-14?/2025-09-16?"),
    ("11 جمادى أول 1447 هـ", THU, "ar", None, "2025-11-01", "2025-11-03", "day", "2025-11-01?/2025-11-03?"),
    ("فاتح محرم 1447 هـ", THU, "ar", None, "2025-06-25", "2025-06-27", "day", "2025-06-25?/2025-06-27?"),
    ("12 Rabi' al-Awwal 1446 AH", THU, "en", None, "2024-09-14", "2024-09-16", "day", "2024-09-14?/2024-09-16?"),
    ("١٤٤٦/١٠/١١ هـ", THU, "ar", None, "2025-04-08", "2025-04-10", "day", "2025-04-08?/2025-04-10?"),
    ("about 11 Shawwal 1446 AH", THU, "en", None, "2025-04-08", "2025-04-10", "day", "2025-04-08%/2025-04-10%"),
    # A stated weekday picks the one day of the window that has it, and then it is certain.
    ("الخميس 11 شوال 1446", THU, "ar", None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ("Wednesday 11 Shawwal 1446 AH", THU, "en", None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    # A Gregorian date beside it (a dual date) is checked against the window, and is the result.
    ("11 Shawwal 1446 AH (9 April 2025)", THU, "en", None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("11 شوال 1446 هـ الموافق 9 أبريل 2025 م", THU, "ar", None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("الخميس 29 ذو الحجة 1446 هـ، الموافق لـ 26 يونيو 2025", THU, "ar", None, "2025-06-26", "2025-06-26", "day", "2025-06-26"),
    ("السبت 1 نوفمبر 2025 11 جمادى أول 1447 هـ", THU, "ar", None, "2025-11-01", "2025-11-01", "day", "2025-11-01"),
    # A month or a year is its whole span of days, widened the same way.
    ("Dhu al-Hijjah 1445", THU, "en", None, "2024-06-06", "2024-07-07", "month", "2024-06-06?/2024-07-07?"),
    ("Dhul-Hijja 1445", THU, "en", None, "2024-06-06", "2024-07-07", "month", "2024-06-06?/2024-07-07?"),
    ("Zul Hijja 1445", THU, "en", None, "2024-06-06", "2024-07-07", "month", "2024-06-06?/2024-07-07?"),
    ("Shawal 1446", THU, "en", None, "2025-03-29", "2025-04-29", "month", "2025-03-29?/2025-04-29?"),
    ("Rabi' I 1446", THU, "en", None, "2024-09-03", "2024-10-04", "month", "2024-09-03?/2024-10-04?"),
    ("1446 AH", THU, "en", None, "2024-07-06", "2025-06-26", "year", "2024-07-06?/2025-06-26?"),
    ("١٤٤٦ هـ", THU, "ar", None, "2024-07-06", "2025-06-26", "year", "2024-07-06?/2025-06-26?"),
    ("عام 1446 هجرية", THU, "ar", None, "2024-07-06", "2025-06-26", "year", "2024-07-06?/2025-06-26?"),
    ("۱۴۴۶ ه.ق", THU, "fa", None, "2024-07-06", "2025-06-26", "year", "2024-07-06?/2025-06-26?"),
    # Named months against the anchor: last / this / next; alone, the nearest when it is close.
    ("last Muharram", THU, "en", None, "2024-07-06", "2024-08-05", "month", "2024-07-06?/2024-08-05?"),
    ("this Ramadan", THU, "en", None, "2025-02-28", "2025-03-30", "month", "2025-02-28?/2025-03-30?"),
    ("Ramadan", THU, "en", None, "2025-02-28", "2025-03-30", "month", "2025-02-28?/2025-03-30?"),
    ("رمضان الماضي", THU, "ar", None, "2025-02-28", "2025-03-30", "month", "2025-02-28?/2025-03-30?"),
    ("رمضان المقبل", THU, "ar", None, "2026-02-17", "2026-03-20", "month", "2026-02-17?/2026-03-20?"),
    ("Ramadan 2025", AUT, "en", None, "2025-02-28", "2025-03-30", "month", "2025-02-28?/2025-03-30?"),
    # Festivals: their first day, the nearest occurrence or the one of the year given.
    ("Eid al-Adha", THU, "en", None, "2025-06-05", "2025-06-07", "day", "2025-06-05?/2025-06-07?"),
    ("عيد الأضحى", THU, "ar", None, "2025-06-05", "2025-06-07", "day", "2025-06-05?/2025-06-07?"),
    ("عيد الفطر المبارك", THU, "ar", None, "2025-03-29", "2025-03-31", "day", "2025-03-29?/2025-03-31?"),
    ("Eid al-Fitr 2025", AUT, "en", None, "2025-03-29", "2025-03-31", "day", "2025-03-29?/2025-03-31?"),
    ("Kurban Bayramı 2025", THU, "tr", None, "2025-06-05", "2025-06-07", "day", "2025-06-05?/2025-06-07?"),
    ("Ashura 1446", THU, "en", None, "2024-07-15", "2024-07-17", "day", "2024-07-15?/2024-07-17?"),
    ("the start of Ramadan", THU, "en", None, "2025-02-28", "2025-03-02", "day", "2025-02-28?/2025-03-02?"),
    ("Mawlid 1446", THU, "en", None, "2024-09-14", "2024-09-16", "day", "2024-09-14?/2024-09-16?"),
]  # fmt: skip

HEBREW = [
    # A day is its civil daytime day (the Hebrew day began the evening before); exact.
    ('י"א בניסן תשפ"ה', THU, "he", None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("י״א בניסן התשפ״ה", THU, "he", None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("י״א בניסן ה׳תשפ״ה", THU, "he", None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ('כ"ב בתשרי תשפ"ד', THU, "he", None, "2023-10-07", "2023-10-07", "day", "2023-10-07"),
    ('ט"ו בשבט תשפ"ה', THU, "he", None, "2025-02-13", "2025-02-13", "day", "2025-02-13"),
    ("11 Nisan 5785", THU, "en", None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("22 Tishrei 5784", THU, "en", None, "2023-10-07", "2023-10-07", "day", "2023-10-07"),
    ('י"ב ניסן תשע"ה', THU, "he", None, "2015-04-01", "2015-04-01", "day", "2015-04-01"),
    # Adar I and II in leap years; a stated weekday is checked.
    ("ט' אדר ב' תשפ\"ד", THU, "he", None, "2024-03-19", "2024-03-19", "day", "2024-03-19"),
    ('י"ד אדר א\' תשפ"ד', THU, "he", None, "2024-02-23", "2024-02-23", "day", "2024-02-23"),
    ('י"ד באדר תשפ"ה', THU, "he", None, "2025-03-14", "2025-03-14", "day", "2025-03-14"),
    ("14 Adar II 5784", THU, "en", None, "2024-03-24", "2024-03-24", "day", "2024-03-24"),
    ("יום שני, א' אייר תשע\"ה", THU, "he", None, "2015-04-20", "2015-04-20", "day", "2015-04-20"),
    # Months and years alone: their whole span.
    ('ניסן תשפ"ה', THU, "he", None, "2025-03-30", "2025-04-28", "month", "2025-03-30/2025-04-28"),
    ('אייר תשע"ה', THU, "he", None, "2015-04-20", "2015-05-18", "month", "2015-04-20/2015-05-18"),
    ('תשפ"ה', THU, "he", None, "2024-10-03", "2025-09-22", "year", "2024-10-03/2025-09-22"),
    ('בשנת תשפ"ד', THU, "he", None, "2023-09-16", "2024-10-02", "year", "2023-09-16/2024-10-02"),
    ("ניסן", THU, "he", None, "2025-03-30", "2025-04-28", "month", "2025-03-30/2025-04-28"),
    ("בניסן שעבר", THU, "he", None, "2024-04-09", "2024-05-08", "month", "2024-04-09/2024-05-08"),
    # Festivals as kept in Israel: all their days.
    ("Rosh Hashanah 5785", THU, "en", None, "2024-10-03", "2024-10-04", "day", "2024-10-03/2024-10-04"),
    ("Yom Kippur 5784", THU, "en", None, "2023-09-25", "2023-09-25", "day", "2023-09-25"),
    ("יום כיפור", AUT, "he", None, "2024-10-12", "2024-10-12", "day", "2024-10-12"),
    ("Sukkot", AUT, "en", None, "2024-10-17", "2024-10-23", "day", "2024-10-17/2024-10-23"),
    ("Passover", THU, "en", None, "2025-04-13", "2025-04-19", "day", "2025-04-13/2025-04-19"),
    ("פסח", THU, "he", None, "2025-04-13", "2025-04-19", "day", "2025-04-13/2025-04-19"),
    ("Hanukkah 2024", THU, "en", None, "2024-12-26", "2025-01-02", "day", "2024-12-26/2025-01-02"),
    ('חנוכה תשפ"ה', THU, "he", None, "2024-12-26", "2025-01-02", "day", "2024-12-26/2025-01-02"),
    ("Purim 5784", THU, "en", None, "2024-03-24", "2024-03-24", "day", "2024-03-24"),
    ("Shavuot", THU, "en", None, "2025-06-02", "2025-06-02", "day", "2025-06-02"),
    ("Simchat Torah 2023", THU, "en", None, "2023-10-07", "2023-10-07", "day", "2023-10-07"),
]  # fmt: skip

PERSIAN = [
    # Persian and Western digits, Arabic ي/ك spellings, numeric year/month/day forms.
    ("۲۱ فروردین ۱۴۰۴", THU, "fa", None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ("21 Farvardin 1404", THU, "en", None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ("۱۸ مهر ۱۴۰۲", THU, "fa", None, "2023-10-10", "2023-10-10", "day", "2023-10-10"),
    ("18 مهر 1402", THU, "fa", None, "2023-10-10", "2023-10-10", "day", "2023-10-10"),
    ("۱۴۰۲/۰۷/۱۸", THU, "fa", None, "2023-10-10", "2023-10-10", "day", "2023-10-10"),
    ("1402/07/18", THU, "fa", None, "2023-10-10", "2023-10-10", "day", "2023-10-10"),
    ("۱۴۰۴/۰۲/۲۵", THU, "fa", None, "2025-05-15", "2025-05-15", "day", "2025-05-15"),
    ("۱ فروردين ۱۴۰۳", THU, "fa", None, "2024-03-20", "2024-03-20", "day", "2024-03-20"),
    ("اول فروردین ۱۴۰۳", THU, "fa", None, "2024-03-20", "2024-03-20", "day", "2024-03-20"),
    ("۱۰ دي ۱۴۰۳", THU, "fa", None, "2024-12-30", "2024-12-30", "day", "2024-12-30"),
    ("۱۱ آذر", AUT, "fa", None, "2024-12-01", "2024-12-01", "day", "2024-12-01"),
    # A stated weekday is checked; the leap day exists only in leap years.
    ("چهارشنبه اول فروردین ۱۴۰۳", THU, "fa", None, "2024-03-20", "2024-03-20", "day", "2024-03-20"),
    ("روز چهارشنبه ۱۷ اردیبهشت ۱۴۰۴", THU, "fa", None, "2025-05-07", "2025-05-07", "day", "2025-05-07"),
    ("۳۰ اسفند ۱۴۰۳", THU, "fa", None, "2025-03-20", "2025-03-20", "day", "2025-03-20"),
    ("۱۸ مهر ۱۴۰۲ (۱۰ اکتبر ۲۰۲۳)", THU, "fa", None, "2023-10-10", "2023-10-10", "day", "2023-10-10"),
    # Months and years: their whole span; a year 1300-1499 in Persian copy is Solar Hijri.
    ("آذرماه سال ۱۴۰۲", THU, "fa", None, "2023-11-22", "2023-12-21", "month", "2023-11-22/2023-12-21"),
    ("مهر ۱۴۰۲", THU, "fa", None, "2023-09-23", "2023-10-22", "month", "2023-09-23/2023-10-22"),
    ("اسفند ۱۴۰۳", THU, "fa", None, "2025-02-19", "2025-03-20", "month", "2025-02-19/2025-03-20"),
    ("Farvardin 1404", THU, "en", None, "2025-03-21", "2025-04-20", "month", "2025-03-21/2025-04-20"),
    ("سال ۱۴۰۳", THU, "fa", None, "2024-03-20", "2025-03-20", "year", "2024-03-20/2025-03-20"),
    ("۱۴۰۳", THU, "fa", None, "2024-03-20", "2025-03-20", "year", "2024-03-20/2025-03-20"),
    ("1403 SH", THU, "en", None, "2024-03-20", "2025-03-20", "year", "2024-03-20/2025-03-20"),
    ("۱۴۰۳ ه.ش", THU, "fa", None, "2024-03-20", "2025-03-20", "year", "2024-03-20/2025-03-20"),
    # Nowruz is 1 Farvardin; Yalda is the night that begins on 30 Azar.
    ("Nowruz 1404", THU, "en", None, "2025-03-21", "2025-03-21", "day", "2025-03-21"),
    ("نوروز ۱۴۰۳", THU, "fa", None, "2024-03-20", "2024-03-20", "day", "2024-03-20"),
    ("نوروز", THU, "fa", None, "2025-03-21", "2025-03-21", "day", "2025-03-21"),
    ("Nowruz 2024", THU, "en", None, "2024-03-20", "2024-03-20", "day", "2024-03-20"),
    ("شب یلدا", THU, "fa", None, "2024-12-20", "2024-12-20", "day", "2024-12-20"),
    ("مهر امسال", AUT, "fa", None, "2024-09-22", "2024-10-21", "month", "2024-09-22/2024-10-21"),
    # Days spelled as ordinals; "today" beside a written date is the written date (the weekday
    # still checked): reports are dated by the day they were published, not written.
    ("امروز چهارشنبه بیست و ششم مهر ماه ۱۴۰۲", Day(2023, 10, 18), "fa", None, "2023-10-18", "2023-10-18", "day", "2023-10-18"),
    ("امروز پنجشنبه ۲۰ اردیبهشت ۱۴۰۳", Day(2024, 5, 14), "fa", None, "2024-05-09", "2024-05-09", "day", "2024-05-09"),
    ("سی و یکم فروردین ۱۴۰۴", THU, "fa", None, "2025-04-20", "2025-04-20", "day", "2025-04-20"),
    ("اليوم الخميس 11 شوال 1446 هـ", THU, "ar", None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    # Afghan (Dari) month names, after a day or before a year: حوت is Esfand, حمل Farvardin.
    ("۱۰ حوت ۱۴۰۴", Day(2026, 3, 1), "fa", None, "2026-03-01", "2026-03-01", "day", "2026-03-01"),
    ("۱۰ حوت", Day(2026, 3, 1), "fa", None, "2026-03-01", "2026-03-01", "day", "2026-03-01"),
    ("حمل ۱۴۰۴", THU, "fa", None, "2025-03-21", "2025-04-20", "month", "2025-03-21/2025-04-20"),
    # Two-digit years after "سال" (1350-1449), a month run into "سال", a common misspelling.
    ("شهریور سال 91", Day(2017, 8, 28), "fa", None, "2012-08-22", "2012-09-21", "month", "2012-08-22/2012-09-21"),
    ("فروردین سال ۰۴", THU, "fa", None, "2025-03-21", "2025-04-20", "month", "2025-03-21/2025-04-20"),
    ("شهریورسال گذشته", Day(2017, 8, 28), "fa", None, "2016-08-22", "2016-09-21", "month", "2016-08-22/2016-09-21"),
    ("روز ۲۱ ازدیبهشت", Day(2024, 5, 14), "fa", None, "2024-05-10", "2024-05-10", "day", "2024-05-10"),
]  # fmt: skip

RESOLVED = HIJRI + HEBREW + PERSIAN


@cases.each_row(RESOLVED)
def test_resolves(row: cases.Resolved) -> None:
    value = cases.check_resolves(row)
    assert value.calendar in ("hijri", "hebrew", "persian")
    assert value.calendar_date


# (text, anchor, language) -> (calendar, the date as read in it)
CALENDAR_DATES = [
    ("١١ شوال ١٤٤٦ هـ", THU, "ar", "hijri", "11 Shawwal 1446 AH"),
    ("Dhu al-Hijjah 1445", THU, "en", "hijri", "Dhu al-Hijjah 1445 AH"),
    ("Eid al-Adha", THU, "en", "hijri", "Eid al-Adha 1446 AH"),
    ("ט' אדר ב' תשפ\"ד", THU, "he", "hebrew", "9 Adar II 5784"),
    ('תשפ"ה', THU, "he", "hebrew", "5785"),
    ("۲۱ فروردین ۱۴۰۴", THU, "fa", "persian", "21 Farvardin 1404 SH"),
    ("شب یلدا", THU, "fa", "persian", "Yalda 1403 SH"),
]


@pytest.mark.parametrize(("text", "anchor", "language", "calendar", "described"), CALENDAR_DATES)
def test_each_value_keeps_its_calendar_and_the_date_as_read_there(
    text: str, anchor: Day, language: str, calendar: str, described: str
) -> None:
    value = cases.resolve_date(text, anchor, language)
    assert (value.calendar, value.calendar_date) == (calendar, described)


def test_yalda_is_a_night() -> None:
    assert cases.resolve_date("شب یلدا", THU, "fa").part == "night"


# (text, anchor, language, date order) -> words the refusal must contain
REFUSED = [
    # Hijri: outside Umm al-Qura's range; weekdays outside the sighting window; dual dates that
    # disagree; words around the date that change its meaning; a month or feast too far away.
    ("1342 AH", THU, "en", None, ["1343-1500"]),
    ("11 Shawwal 1501 AH", THU, "en", None, ["1343-1500"]),
    ("الجمعة 11 شوال 1446", THU, "ar", None, ["8 April 2025", "10 April 2025", "Friday"]),
    ("Monday 11 Shawwal 1446 AH", THU, "en", None, ["not a Monday"]),
    ("11 شوال 1446 هـ الموافق 19 أبريل 2025 م", THU, "ar", None, ["disagree", "11 Shawwal 1446"]),
    ("11 Shawwal 1446 AH (20 April 2025)", THU, "en", None, ["disagree"]),
    ("30 Ramadan 1446", THU, "en", None, ["29 days"]),
    ("قبل 11 شوال 1446 هـ", THU, "ar", None, ["قبل"]),
    ("Mawlid", THU, "en", None, ["more than 120 days", "year"]),
    ("Eid al-Fitr 2000", THU, "en", None, ["two"]),
    ("Ramadan", None, "en", None, ["no anchor"]),
    ("1446/10/11", THU, "ar", None, ["هـ"]),
    ("Thursday Ramadan 1446", THU, "en", None, ["weekday but no day"]),
    # Hebrew: Adar in a leap year must say which; Adar I / II only in leap years; weekdays.
    ('אדר תשפ"ד', THU, "he", None, ["leap year", "Adar I"]),
    ("אדר א' תשפ\"ה", THU, "he", None, ["common year"]),
    ("יום שלישי, א' אייר תשע\"ה", THU, "he", None, ["20 April 2015", "Tuesday"]),
    ('ל\' בטבת תשפ"ה', THU, "he", None, ["29 days"]),
    ("שמחת תורה", THU, "he", None, ["more than 120 days"]),
    ('ערב פסח תשפ"ה', THU, "he", None, ["ערב"]),
    # Persian: the leap day of a common year; weekdays (real copy: the year was 1404, not 1403).
    ("۳۰ اسفند ۱۴۰۴", THU, "fa", None, ["not a leap year"]),
    ("30 Esfand 1404 SH", THU, "en", None, ["not a leap year"]),
    ("چهارشنبه ۱۷ اردیبهشت ۱۴۰۳", THU, "fa", None, ["6 May 2024", "Wednesday"]),
    ("۱۴۰۴/۱۳/۰۱", THU, "fa", None, ["no Persian month 13"]),
    ("۱۸ مهر ۱۴۰۲ (۱۱ اکتبر ۲۰۲۳)", THU, "fa", None, ["disagree"]),
    ("۳۲ مهر ۱۴۰۲", THU, "fa", None, ["31 days"]),
    # "today" beside a written date does not excuse a weekday that contradicts it.
    ("امروز جمعه ۲۱ فروردین ۱۴۰۴", THU, "fa", None, ["10 April 2025", "Friday"]),
]  # fmt: skip


@cases.each_row(REFUSED)
def test_refuses(row: cases.Refused) -> None:
    cases.check_refuses(row, with_hint=True, final=True)


# Gregorian copy is never taken: "Nisan" is April in Turkish, نيسان and آذار are Levantine
# months, Hebrew writes Gregorian months as אפריל; a plain year or date stays Gregorian.
NOT_OURS = [
    ("9 Nisan 2025", "tr"),
    ("Nisan", "tr"),
    ("11 نيسان 2025", "ar"),
    ("11 آذار 2025", "ar"),
    ("3 أيار 2025", "ar"),
    ("تموز 2024", "ar"),
    ("9 באפריל 2025", "he"),
    ("ב-9 באפריל", "he"),
    ("۲۱ مارس ۲۰۲۵", "fa"),
    ("9 April 2025", "en"),
    ("on Wednesday", "en"),
    ("last March", "en"),
    ("1400 h", "en"),
    ("2025", "fa"),
    ("March 2025", "en"),
    ('צה"ל', "he"),
]


@pytest.mark.parametrize(("text", "language"), NOT_OURS)
def test_gregorian_copy_is_left_to_the_other_readers(text: str, language: str) -> None:
    assert read(text, THU, language) is None
    try:
        value = resolve(text, THU, language)
    except DateError:
        return
    assert getattr(value, "calendar", None) is None


def test_each_calendar_has_enough_cases() -> None:
    assert min(len(HIJRI), len(HEBREW), len(PERSIAN)) >= 25
    assert len(REFUSED) >= 25


# --- the calendar is shown wherever the date is: the event page and `chronology dates` -------

ARABIC_SOURCE = """\
sources:
  - publisher: Al Jazeera
    title: حدث
    url: https://www.aljazeera.net/news/2025/4/10/x
    published: 2025-04-10
    language: ar
"""


def test_chronology_dates_shows_the_calendar_beside_the_gregorian_result(
    write_events, capsys
) -> None:
    from builder.cli import main

    events = write_events(
        {
            "talks.yml": "title: Talks\ndate: الخميس 11 شوال 1446 هـ\n" + ARABIC_SOURCE,
            "plain.yml": "title: Plain\ndate: 9 April 2025\n" + ARABIC_SOURCE,
        }
    )
    assert main(["dates", str(events), "--no-cache"]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split()[-3:] == ["edtf", "disputed", "calendar"]
    [talks] = [row for row in rows if row.startswith("talks")]
    assert "2025-04-10" in talks
    assert talks.endswith("hijri: 11 Shawwal 1446 AH")
    [plain] = [row for row in rows if row.startswith("plain")]
    assert plain.rstrip().endswith("-")
    assert main(["dates", str(events), "--no-cache", "--format", "json"]) == 0
    by_id = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert by_id["talks"]["calendar"] == "hijri"
    assert by_id["talks"]["calendar_date"] == "11 Shawwal 1446 AH"
    assert "calendar" not in by_id["plain"]


def test_the_event_page_shows_the_calendar_the_date_was_read_in(write_events) -> None:
    from builder.pipeline import load_chronology
    from builder.render import Pages, SiteOptions, environment

    events = write_events({"talks.yml": "title: Talks\ndate: 11 شوال 1446 هـ\n" + ARABIC_SOURCE})
    chronology = load_chronology(events, relative_to=events.parent)
    assert not chronology.problems
    page = Pages(chronology, environment(), SiteOptions()).render()["events/talks.md"]
    assert "8–10 April 2025 (uncertain) (Hijri calendar: 11 Shawwal 1446 AH)" in page
