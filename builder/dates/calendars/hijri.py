"""Hijri dates, by the Umm al-Qura calendar (hijridate), in Arabic, Persian, Turkish and English.

Umm al-Qura is computed; countries that begin a month by sighting the moon may be a day either
side of it, so a Hijri day is that window of three days, uncertain, unless a weekday or a
Gregorian date beside it settles it. Umm al-Qura covers 1343-1500 AH (1924-2077): outside it
the date is refused, never computed by another rule.
"""

from __future__ import annotations

import re
from functools import cache

from builder.calendar import Day
from builder.dates.calendars import matching
from builder.dates.calendars.folding import fold
from builder.dates.calendars.shared import Calendar, Festival, Reading
from builder.dates.errors import DateRefused

FIRST_YEAR, LAST_YEAR = 1343, 1500

# (display name, folded Latin spellings, folded Arabic/Persian spellings), month 1 first.
MONTHS = (
    ("Muharram", r"m[ou]h?arr?[ae]m", r"(?:ال)?محرم(?: الحرام)?"),
    ("Safar", r"safar|safer|sefer", r"صفر(?: الخير)?"),
    ("Rabi al-Awwal",
     r"rabi?[ae]?\s*(?:al|ul|el)?\s*(?:aw?wal|evvel)|rabi\s+(?:1|i)|rebiulevvel",
     r"ربيع ?(?:ال)?اول"),
    ("Rabi al-Thani",
     r"rabi?[ae]?\s*(?:al|ul|el|us|uth|ath|as|at)?\s*(?:tha?ani|sa?ani|akhi?ra?h?)|rabi\s+(?:2|ii)|rebiulahir",
     r"ربيع ?(?:ال)?(?:ثاني|اخر)"),
    ("Jumada al-Ula",
     r"jum[ae]d[ae]h?\s*(?:al|ul|el)?\s*(?:o?ula|ola|uwla|oola|aw?wal)|jumad[ae]\s+(?:1|i)|cemaziyelevvel",
     r"جمادي ?(?:ال)?(?:اولي|اول)"),
    ("Jumada al-Akhirah",
     r"jum[ae]d[ae]h?\s*(?:al|ul|el|as|ath|uth|us|at)?\s*(?:akhi?ra?h?|thaniy?a?h?|thani|saniy?a?h?)|jumad[ae]\s+(?:2|ii)|cemaziyelahir",
     r"جمادي ?(?:ال)?(?:اخره|اخر|ثانيه|ثاني)"),
    ("Rajab", r"rajab|rec[ae][pb]", r"رجب(?: المرجب)?"),
    ("Sha'ban", r"sh?a?aban", r"شعبان(?: المعظم)?"),
    ("Ramadan", r"rama[dz]h?an|ramzan", r"رمضان"),
    ("Shawwal", r"shaw?wa?a?l|sevval", r"شوال"),
    ("Dhu al-Qa'dah", r"(?:dh|z|th)[ui]?l?\s*(?:a?l\s*)?q[ai]{1,2}d[ae]h?|zilkade", r"ذ[وي] ?(?:ال)?قعده"),
    ("Dhu al-Hijjah", r"(?:dh|z|th)[ui]?l?\s*(?:a?l\s*)?h[ie]jj?a?h?|zilhicce", r"ذ[وي] ?(?:ال)?حجه"),
)  # fmt: skip

# Feasts on fixed Hijri days; their day is the feast's first (the holidays after it are not it).
FESTIVALS = (
    (Festival("Eid al-Fitr", lambda _: (10, 1)),
     r"e[iy]d\s*(?:[ue]l|al|a)?\s*fitr|aid\s*(?:el|al)?\s*fitr|ramazan bayram[a-z]*|seker bayram[a-z]*|عيد (?:ال)?فطر"),
    (Festival("Eid al-Adha", lambda _: (12, 10)),
     r"e[iy]d\s*(?:[ue]l|al|a)?\s*adh?a|aid\s*(?:el|al)?\s*(?:adha|kebir)|kurban bayram[a-z]*|عيد (?:ال)?اضحي|عيد (?:ال)?قربان"),
    (Festival("Day of Arafah", lambda _: (12, 9)),
     r"(?:the )?day of arafa[th]?|arafa[th]? day|arefe gunu|يوم عرفه|روز عرفه"),
    (Festival("Islamic New Year", lambda _: (1, 1)),
     r"(?:the )?(?:islamic|hijri) new year|hicri yilbasi|راس السنه الهجريه"),
    (Festival("Ashura", lambda _: (1, 10)), r"(?:the )?ash[ou]{1,2}ra|asure gunu|عاشوراء?"),
    (Festival("Tasua", lambda _: (1, 9)), r"tasu'?a|تاسوعاء?"),
    (Festival("Mawlid", lambda _: (3, 12)),
     r"(?:the )?(?:mawlid|mawlud|milad)(?: (?:an|al|un|ul|e) ?nabi)?|(?:ال)?مولد (?:ال)?نبوي(?: الشريف)?|مولد النبي|ميلاد النبي"),
    (Festival("start of Ramadan", lambda _: (9, 1)),
     r"(?:the )?(?:start|beginning|onset) of (?:the )?(?:holy )?(?:month of )?rama[dz]h?an|(?:بدايه|بدء|حلول) (?:شهر )?رمضان"),
)  # fmt: skip

_RELATION_BEFORE = {**matching.RELATIONS, "gecen": "last", "bu": "this", "gelecek": "next",
                    "onumuzdeki": "next", "this year's": "this", "last year's": "last",
                    "next year's": "next"}  # fmt: skip
_RELATION_AFTER_WORDS = {
    "الماضي": "last", "المنصرم": "last", "الفائت": "last", "السابق": "last",
    "المقبل": "next", "القادم": "next", "التالي": "next",
    "الحالي": "this", "الجاري": "this", "هذا العام": "this",
    "گذشته": "last", "پارسال": "last", "امسال": "this", "اينده": "next", "سال اينده": "next",
}  # fmt: skip
_RELATION_AFTER = {fold(word): relation for word, relation in _RELATION_AFTER_WORDS.items()}

# "هـ", "ه‍", "ه.ق" (lunar, in Persian copy), "AH", "A.H.", "Hijri", "هجرية", "للهجرة"; never
# "ه.ش", which is the Solar Hijri of Persian copy, nor a bare "H" ("1400 h" is a clock time).
MARKER = (
    r"(?:ه\s*\.?\s*ق\.?|ه(?!\s*\.?\s*ش)\.?|ق\.?(?![\w])|a\.\s?h\.?|ah|hijri|hicri|"
    r"(?:ال)?هجري(?:ه|ا)?|للهجره|قمري)"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_FIRST = (
    r"(?P<first>first day of|the first of|1st of|غره|فاتح|مستهل|اول ايام|اول يوم من|اول|روز اول)"
)
_YEAR = r"(?P<year>\d{1,4})"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    months = matching.alternation(
        "m", ((i + 1, f"{latin}|{native}") for i, (_, latin, native) in enumerate(MONTHS))
    )
    festivals = matching.festival_patterns(FESTIVALS)
    before = "|".join(sorted(_RELATION_BEFORE, key=len, reverse=True))
    after = "|".join(sorted(_RELATION_AFTER, key=len, reverse=True))
    edge, end = r"(?<![\w'])", r"(?![\w'])"
    of = r"(?:\s+(?:of|من|شهر|ماه))*\s*"
    year = rf"(?:\s*,?\s*{_YEAR}\s*(?P<marker>{MARKER})?)"
    relation = rf"(?:(?P<before>{before})\s+)?"
    relation_after = rf"(?:\s+(?P<after>{after}))?"
    return (
        ("numeric", re.compile(
            # Saudi statements space the separators: "23 / 3 / 1447هـ".
            rf"{edge}(?:(?P<d1>\d{{1,2}})\s*[/.-]\s*(?P<m1>\d{{1,2}})\s*[/.-]\s*(?P<y1>1[345]\d\d)"
            rf"|(?P<y2>1[345]\d\d)\s*[/.-]\s*(?P<m2>\d{{1,2}})\s*[/.-]\s*(?P<d2>\d{{1,2}}))\s*(?P<marker>{MARKER}){end}")),
        ("date", re.compile(
            rf"{edge}(?:{_DAY}|{_FIRST}){of}(?:{months}){end}{year}?{end}{relation_after}")),
        ("festival", re.compile(
            rf"{edge}{relation}(?:{festivals}){end}{year}?{end}{relation_after}")),
        ("month", re.compile(rf"{edge}{relation}(?:شهر\s+|month of\s+)?(?:{months}){end}{year}?{end}{relation_after}")),
        ("year", re.compile(
            rf"{edge}(?:(?:عام|سنه|سال|year)\s+)?{_YEAR}\s*(?P<marker>{MARKER}){end}"
            rf"|{edge}(?P<marker2>a\.?h\.?)\s*(?P<year2>\d{{1,4}}){end}")),
    )  # fmt: skip


def _year_checked(year: int, text: str) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateRefused(
            f"{text!r}: the Umm al-Qura calendar covers {FIRST_YEAR}-{LAST_YEAR} AH "
            "(1924-2077), and these rules compute no Hijri date outside it",
            "write the Gregorian date the source gives",
        )
    return year


def find(folded: str, text: str, language: str) -> Reading | None:
    """The Hijri date in `folded` (the folded text), or None when it names none."""
    for kind, pattern in _patterns():
        match = pattern.search(folded)
        if match is not None:
            return _reading(kind, match.groupdict(), text, matching.without(folded, match))
    _refuse_unmarked_numeric(folded, text, language)
    return None


def _reading(kind: str, groups: dict[str, str | None], text: str, rest: str) -> Reading:
    if kind == "numeric":
        year = _year_checked(int(groups["y1"] or groups["y2"]), text)  # type: ignore[arg-type]
        month = matching.checked_month(HIJRI, int(groups["m1"] or groups["m2"]), text)  # type: ignore[arg-type]
        day = int(groups["d1"] or groups["d2"])  # type: ignore[arg-type]
        return Reading(HIJRI, text, rest, year=year, month=month, day=day)
    if kind == "year":
        year = _year_checked(int(groups["year"] or groups["year2"]), text)  # type: ignore[arg-type]
        return Reading(HIJRI, text, rest, year=year)
    year, gregorian_year = None, None
    if written := groups.get("year"):
        if int(written) >= 1800 and not groups.get("marker"):
            gregorian_year = int(written)  # "Ramadan 2025", "Eid al-Adha 2024"
        else:
            year = _year_checked(int(written), text)
    relation = matching.relation_of(groups, _RELATION_AFTER, _RELATION_BEFORE)
    if kind == "festival":
        festival = matching.festival_of(groups, FESTIVALS)
        return Reading(HIJRI, text, rest, year=year, festival=festival, relation=relation,
                       gregorian_year=gregorian_year)  # fmt: skip
    month = matching.chosen(groups, "m", range(1, 13))
    day = matching.checked_day(HIJRI, matching.day_of(groups), text)
    return Reading(HIJRI, text, rest, year=year, month=month, day=day, relation=relation,
                   gregorian_year=gregorian_year)  # fmt: skip


def _refuse_unmarked_numeric(folded: str, text: str, language: str) -> None:
    """A numeric date with a year 1343-1500 in Arabic copy, without هـ: most likely Hijri
    (Saudi copy writes 1446/10/11), never the Gregorian Middle Ages: refused, not guessed."""
    if language == "ar" and re.search(
        r"(?<!\d)(?:1[345]\d\d[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]1[345]\d\d)(?!\d)",
        folded,
    ):
        raise DateRefused(
            f"{text!r} has a year that reads as Hijri, but no هـ to say so",
            "add هـ after a Hijri date, or write the Gregorian date",
        )


# --- the converter -------------------------------------------------------------------------


class _Hijri(Calendar):
    """Umm al-Qura through hijridate, which knows it for FIRST_YEAR-LAST_YEAR only."""

    name = "hijri"
    label = "Hijri"
    month_word = "Hijri"
    era = "AH"
    # 31, not 30: the Umm al-Qura table (as hijridate publishes it) has three 31-day months
    # (1345/5, 1348/11, 1349/11); each month's real length is then checked by the converter.
    longest_month = 31
    month_days = "29 or 30 days"
    window = 1
    month_names = tuple(name for name, _, _ in MONTHS)

    def month_length(self, year: int, month: int) -> int:
        from hijridate import Hijri

        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise ValueError(f"Umm al-Qura covers {FIRST_YEAR}-{LAST_YEAR} AH, not {year}")
        if not 1 <= month <= 12:
            raise ValueError(f"there is no Hijri month {month}")
        return int(Hijri(year, month, 1).month_length())

    def gregorian(self, year: int, month: int, day: int) -> Day:
        from hijridate import Hijri

        found = Hijri(year, month, day).to_gregorian()
        return Day(found.year, found.month, found.day)

    def from_day(self, day: Day) -> tuple[int, int, int]:
        from hijridate import Gregorian

        found = Gregorian(day.year, day.month, day.day).to_hijri()
        return found.year, found.month, found.day


HIJRI = _Hijri()
