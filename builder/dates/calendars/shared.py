"""What the three calendars share: folding text, weekdays, dual dates, and building the value.

Each calendar module (hijri.py, hebrew.py, persian.py) finds its date in the folded text and
returns a `Reading`; `value_of` turns a reading into a Gregorian `DateValue` by the same rules
for every calendar:

- a day is that civil (daytime) day; a Hijri day may differ by one day either side where the
  month is begun by sighting the moon, so it is widened to that window and marked uncertain,
  unless a stated weekday or a Gregorian date beside it settles it;
- a month or a year is its whole span of Gregorian days (precision month / year);
- a month or festival without a year is the occurrence around the anchor ("last", "this",
  "next", or alone the nearest one when it lies within `NEAREST_DAYS` of the anchor);
- the words around the date must be known (weekday, "about", connectors, a Gregorian date
  beside it): anything else is refused rather than dropped, since "before 11 Shawwal" is no day.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from builder.calendar import MONTH_NAMES, WEEKDAY_NAMES, Day, days_in_month
from builder.dates.errors import DateRefused
from builder.dates.values import make_value
from builder.model import DateValue

# A month or festival named without a year is read only when its nearest occurrence lies within
# this many days of the anchor (about four months: measured on newswire, the nearest occurrence is
# right within that distance); a lunar year is 354 days, so the other one is then far away.
NEAREST_DAYS = 120

# --- folding -------------------------------------------------------------------------------

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_LETTERS = str.maketrans(
    {
        "ی": "ي", "ى": "ي", "ې": "ي", "ک": "ك", "ة": "ه", "ھ": "ه", "ۀ": "ه", "ہ": "ه",
        "״": '"', "“": '"', "”": '"', "„": '"', "″": '"', "׳": "'", "‘": "'", "’": "'",
        "‚": "'", "′": "'", "`": "'", "´": "'", "ʿ": "'", "ʾ": "'", "ʼ": "'",
        "־": "-", "–": "-", "—": "-", "‐": "-", "،": ",", "؛": ";", "٫": ".", "ı": "i",
        "ـ": "", "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "", "\u061c": "",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """The text as the tables are written: lower case, ASCII digits, one spelling per letter
    (Persian ی/ک = Arabic ي/ك, ة = ه, hamza seats dropped, no vowel points or tatweel), one
    kind of quote mark (Hebrew geresh/gershayim included), Latin without accents or apostrophes."""
    text = unicodedata.normalize("NFKD", text.translate(_DIGITS).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_LETTERS)
    text = re.sub(r"(?<=[a-z])'|'(?=[a-z])", "", text)  # Dhu'l-Hijjah, Rabi' I, Sha'ban
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # Dhu al-Hijjah
    return " ".join(text.split())


# --- calendars -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Calendar:
    """One calendar, through its converter: days are (year, month, day) in its own numbering."""

    name: str  # "hijri", "hebrew", "persian": DateValue.calendar
    label: str  # "Hijri": how readers are told which calendar it was
    era: str  # "AH" after a year in calendar_date ("" for none)
    to_day: Callable[[int, int, int], Day]  # ValueError naming why the day does not exist
    from_day: Callable[[Day], tuple[int, int, int]]
    month_length: Callable[[int, int], int]
    months: Callable[[int], tuple[int, ...]]  # the year's months, in order
    month_name: Callable[[int, int], str]
    window: int = 0  # days either side a day may fall where the month is begun by sighting
    # The month a reading names, in a given year: Hebrew "Adar" is Adar I or Adar II by year.
    month_in: Callable[[int, int], int] = lambda _, month: month

    def year_text(self, year: int) -> str:
        return f"{year} {self.era}" if self.era else str(year)

    def day_text(self, year: int, month: int, day: int) -> str:
        return f"{day} {self.month_name(year, month)} {self.year_text(year)}"

    def month_span(self, year: int, month: int) -> tuple[Day, Day]:
        first = self.to_day(year, month, 1)
        return first, first.plus_days(self.month_length(year, month) - 1)

    def year_span(self, year: int) -> tuple[Day, Day]:
        months = self.months(year)
        first = self.to_day(year, months[0], 1)
        last_month = months[-1]
        return first, self.to_day(year, last_month, self.month_length(year, last_month))


@dataclass(frozen=True)
class Festival:
    """A feast on fixed days of the calendar: (month, day) and how many days it lasts."""

    name: str  # "Eid al-Fitr"
    when: Callable[[int], tuple[int, int]]  # the calendar year -> (month, day)
    days: int = 1
    part: str | None = None  # "night" for Yalda, kept on the evening it starts


@dataclass(frozen=True)
class Reading:
    """A date found in the text, in its calendar's terms, and the words left around it."""

    calendar: Calendar
    text: str  # the original text, for messages
    rest: str  # the folded text with the date taken out
    year: int | None = None
    month: int | None = None
    day: int | None = None
    festival: Festival | None = None
    relation: str | None = None  # "last", "this", "next" for a month or festival without year
    gregorian_year: int | None = None  # "Ramadan 2025", "Eid al-Adha 2024"


# --- the words around a date ---------------------------------------------------------------

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
    r"في حدود|حدود|در حدود|حدودا|حدودا|تقريبا|تقریبا|حوالي|yaklasik|civarinda|"
    r"בסביבות|בערך|לערך|около|примерно|environ|vers|etwa|gegen|alrededor de)(?![\w'])"
)

# Words that carry no date meaning next to a calendar date, folded: prepositions, "the day",
# "the month of", "the year", connectors between a date and its Gregorian twin, era words.
_FILLER = frozenset(
    [
        "on",
        "the",
        "of",
        "in",
        "at",
        "day",
        "during",
        "month",
        "year",
        "date",
        "dated",
        "in",
        "the",
        "year",
        ",",
        ".",
        ";",
        ":",
        "(",
        ")",
        "[",
        "]",
        "/",
        "-",
        "—",
        "في",
        "يوم",
        "شهر",
        "عام",
        "سنه",
        "تاريخ",
        "بتاريخ",
        "الموافق",
        "الموافقه",
        "الموافق:",
        "الموافق،",
        "ل",
        "لل",
        "ب",
        "و",
        "من",
        "م",
        "ميلادي",
        "ميلاديه",
        "ميلاديا",
        "للميلاد",
        "هجري",
        "هجريه",
        "هجريا",
        "للهجره",
        "الهجري",
        "الهجريه",
        "در",
        "روز",
        "ماه",
        "سال",
        "تاريخ",
        "مورخ",
        "مورخه",
        "برابر",
        "با",
        "مطابق",
        "مصادف",
        "ב",
        "ביום",
        "יום",
        "של",
        "בשנת",
        "שנת",
        "לחודש",
        "חודש",
        "בחודש",
        "תאריך",
        "ay",
        "ayi",
        "gunu",
        "tarihinde",
        "tarihi",
        "yili",
        "yilinda",
        "corresponding",
        "to",
        "equivalent",
        "i.e.",
        "ie",
        "or",
        "which",
        "is",
        "was",
        "ce",
        "ad",
        "المبارك",
        "الكريم",
        "المعظم",
        "الفضيل",
        "السعيد",
        "الشريف",
        "holy",
        "blessed",
        "feast",
        "festival",
        "mubarak",
    ]
)


@dataclass(frozen=True)
class Context:
    """What the words around a date add: a weekday, "about", a Gregorian date beside it."""

    weekday: int | None = None
    approximate: bool = False
    gregorian: tuple[Day, Day] | None = None
    gregorian_text: str | None = None


def context(reading: Reading) -> Context:
    """Read the words around the date; refuse words these rules do not know."""
    rest = reading.rest
    weekday = None
    found = list(_WEEKDAY.finditer(rest))
    if len(found) > 1 and len({_weekday_of(m) for m in found}) > 1:
        raise DateRefused(
            f"{reading.text!r} names two weekdays",
            "keep the weekday that belongs to the date, or drop both",
        )
    if found:
        weekday = _weekday_of(found[0])
        rest = _WEEKDAY.sub(" ", rest)
    approximate = bool(_APPROXIMATE.search(rest))
    rest = _APPROXIMATE.sub(" ", rest)
    gregorian, gregorian_text = None, None
    if re.search(r"\d", rest):
        gregorian, gregorian_text, rest = _gregorian(rest, reading)
    words = re.findall(r"[^\s,.;:()\[\]/-]+", rest)
    unknown = [w for w in words if w not in _FILLER and not _filler_prefixed(w)]
    if unknown:
        raise DateRefused(
            f"{reading.text!r} has words beside its {reading.calendar.label} date that these "
            f"rules do not read: {' '.join(unknown)!r}",
            "write the date alone (a weekday, 'about' or the Gregorian date beside it may "
            "stay), or write the Gregorian date",
        )
    return Context(weekday, approximate, gregorian, gregorian_text)


def _filler_prefixed(word: str) -> bool:
    """Arabic and Hebrew join a preposition to the next word: "بتاريخ", "לחודש"."""
    return len(word) > 2 and word[0] in "بلوכלבה" and word[1:] in _FILLER


def _weekday_of(match: re.Match[str]) -> int:
    return next(d for d in range(7) if match[f"w{d}"])


# --- a Gregorian date written beside the calendar date ("… هـ الموافق 9 أبريل 2025 م") -----

_GREGORIAN_MONTHS = {
    1: "january|jan|ocak|يناير|كانون الثاني|جانفي|ژانويه|ינואר|января",
    2: "february|feb|subat|فبراير|شباط|فيفري|فوريه|פברואר|февраля",
    3: "march|mar|mart|مارس|اذار|مارچ|מרץ|מרס|марта",
    4: "april|apr|nisan|ابريل|افريل|نيسان|اوريل|آوريل|אפריל|апреля",
    5: "may|mayis|مايو|ايار|ماي|مه|مي|מאי|мая",
    6: "june|jun|haziran|يونيو|يونيه|حزيران|جوان|ژوئن|יוני|июня",
    7: "july|jul|temmuz|يوليو|يوليه|تموز|جويليه|ژوئيه|יולי|июля",
    8: "august|aug|agustos|اغسطس|اب|اوت|اگوست|אוגוסט|августа",
    9: "september|sep|sept|eylul|سبتمبر|ايلول|سپتامبر|ספטמבר|сентября",
    10: "october|oct|ekim|اكتوبر|تشرين الاول|اكتبر|אוקטובר|октября",
    11: "november|nov|kasim|نوفمبر|تشرين الثاني|نوامبر|נובמבר|ноября",
    12: "december|dec|aralik|ديسمبر|كانون الاول|دسامبر|דצמבר|декабря",
}
_GREGORIAN_MONTH = "|".join(
    f"(?P<g{m}>{fold(words)})" for m, words in sorted(_GREGORIAN_MONTHS.items(), reverse=True)
)
_GREGORIAN_DAY = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s*(?:-|\s)?\s*(?:[בל]-?)?(?:{_GREGORIAN_MONTH})(?![\w'])\s*,?\s*(?P<year>\d{{4}})(?!\d)"
    rf"|(?:{_GREGORIAN_MONTH.replace('?P<g', '?P<h')})(?![\w'])\s+(?P<mday>\d{{1,2}}),?\s+(?P<myear>\d{{4}})(?!\d)"
    r"|(?<!\d)(?P<nday>\d{1,2})[./-](?P<nmonth>\d{1,2})[./-](?P<nyear>\d{4})(?!\d)"
    r"|(?<!\d)(?P<iyear>\d{4})-(?P<imonth>\d{1,2})-(?P<iday>\d{1,2})(?!\d)"
    r"|(?<!\d)(?P<yyear>(?:19|20|21)\d{2})(?!\d)"
)


def _gregorian(rest: str, reading: Reading) -> tuple[tuple[Day, Day], str, str]:
    match = _GREGORIAN_DAY.search(rest)
    if match is None:
        raise DateRefused(
            f"{reading.text!r} has numbers beside its {reading.calendar.label} date that are "
            "not a Gregorian date these rules can read",
            "write the Gregorian date beside it as '9 April 2025', or write one date only",
        )
    groups = match.groupdict()
    if groups["yyear"]:
        year = int(groups["yyear"])
        span = (Day(year, 1, 1), Day(year, 12, 31))
    else:
        if groups["day"]:
            day, year = int(groups["day"]), int(groups["year"])
            month = next(m for m in range(1, 13) if groups[f"g{m}"])
        elif groups["mday"]:
            day, year = int(groups["mday"]), int(groups["myear"])
            month = next(m for m in range(1, 13) if groups[f"h{m}"])
        elif groups["nday"]:
            day, month, year = int(groups["nday"]), int(groups["nmonth"]), int(groups["nyear"])
        else:
            day, month, year = int(groups["iday"]), int(groups["imonth"]), int(groups["iyear"])
        if not (1 <= month <= 12 and 1 <= day <= days_in_month(year, month)):
            raise DateRefused(
                f"{reading.text!r}: the Gregorian date beside it is not a real date",
                "check the date against the source",
            )
        span = (Day(year, month, day), Day(year, month, day))
    rest = rest[: match.start()] + " " + rest[match.end() :]
    return span, match[0], rest


# --- values --------------------------------------------------------------------------------


def value_of(reading: Reading, anchor: Day | None) -> DateValue:
    """The Gregorian value of a reading, checked against what the words around it say."""
    found = context(reading)
    cal = reading.calendar
    if reading.festival is not None or reading.year is None:
        year = _year_around(reading, anchor)
        reading = replace(reading, year=year)
    assert reading.year is not None
    if reading.month is not None:
        try:
            reading = replace(reading, month=cal.month_in(reading.year, reading.month))
        except ValueError as error:
            raise DateRefused(f"{reading.text!r}: {error}", "say which month") from None
    if reading.festival is not None:
        month, day = reading.festival.when(reading.year)
        first = _checked(reading, reading.year, month, day)
        last = first.plus_days(reading.festival.days - 1)
        described = f"{reading.festival.name} {cal.year_text(reading.year)}"
        return _day_value(reading, found, first, last, described, reading.festival.part)
    if reading.day is not None:
        assert reading.month is not None
        first = _checked(reading, reading.year, reading.month, reading.day)
        described = cal.day_text(reading.year, reading.month, reading.day)
        return _day_value(reading, found, first, first, described, None)
    if reading.month is not None:
        first, last = _span(reading, lambda: cal.month_span(reading.year, reading.month))  # type: ignore[arg-type]
        described = f"{cal.month_name(reading.year, reading.month)} {cal.year_text(reading.year)}"
        return _span_value(reading, found, first, last, "month", described)
    first, last = _span(reading, lambda: cal.year_span(reading.year))  # type: ignore[arg-type]
    return _span_value(reading, found, first, last, "year", cal.year_text(reading.year))


def _checked(reading: Reading, year: int, month: int, day: int) -> Day:
    try:
        return reading.calendar.to_day(year, month, day)
    except (ValueError, OverflowError) as error:
        raise DateRefused(
            f"{reading.text!r} is not a real {reading.calendar.label} date: {error}",
            "check the day, month and year against the source",
        ) from None


def _span(reading: Reading, span: Callable[[], tuple[Day, Day]]) -> tuple[Day, Day]:
    try:
        return span()
    except (ValueError, OverflowError) as error:
        raise DateRefused(
            f"{reading.text!r} is not a real {reading.calendar.label} date: {error}",
            "check the month and year against the source",
        ) from None


def _flags(reading: Reading, found: Context, described: str) -> dict[str, object]:
    return {
        "approximate": found.approximate,
        "calendar": reading.calendar.name,
        "calendar_date": described,
    }


def _day_value(
    reading: Reading,
    found: Context,
    first: Day,
    last: Day,
    described: str,
    part: str | None,
) -> DateValue:
    """A day (or a feast's days), settled by a weekday or a Gregorian twin when there is one."""
    window = reading.calendar.window
    candidates = [first.plus_days(shift) for shift in range(-window, window + 1)]
    flags = _flags(reading, found, described)
    if found.gregorian is not None:
        twin = found.gregorian[0]
        if found.gregorian[0] != found.gregorian[1] or twin not in candidates:
            raise DateRefused(
                f"{reading.text!r} gives two dates that disagree: {described} is "
                f"{_days_text(candidates)}, not {found.gregorian_text}",
                "check both dates against the source, and keep the one it vouches for",
            )
        first, last = twin, twin.plus_days(last.number - first.number)
        candidates = [twin]
    if found.weekday is not None:
        named = WEEKDAY_NAMES[found.weekday]
        matching = [day for day in candidates if day.weekday == found.weekday]
        if not matching:
            raise DateRefused(
                f"{reading.text!r}: {described} is {_days_text(candidates)}, not a {named}",
                "check the weekday and the date against the source",
            )
        shift = matching[0].number - first.number if len(candidates) > 1 else 0
        first, last = first.plus_days(shift), last.plus_days(shift)
        candidates = [first]
    days = last.number - first.number
    if len(candidates) > 1:  # a sighted month may begin a day either side of the computed one
        return make_value(
            first.plus_days(-window),
            last.plus_days(window),
            "day",
            uncertain=True,
            is_range=days > 0,
            part=part,
            **flags,  # type: ignore[arg-type]
        )
    return make_value(first, last, "day", is_range=days > 0, part=part, **flags)  # type: ignore[arg-type]


def _span_value(
    reading: Reading, found: Context, first: Day, last: Day, precision: str, described: str
) -> DateValue:
    window = reading.calendar.window
    if found.weekday is not None:
        raise DateRefused(
            f"{reading.text!r} names a weekday but no day", "write the day of the month too"
        )
    if found.gregorian is not None:
        g_first, g_last = found.gregorian
        if g_last < first.plus_days(-window) or g_first > last.plus_days(window):
            raise DateRefused(
                f"{reading.text!r} gives two dates that disagree: {described} is "
                f"{_days_text([first])} to {_days_text([last])}, not {found.gregorian_text}",
                "check both dates against the source, and keep the one it vouches for",
            )
    flags = _flags(reading, found, described)
    if window:
        return make_value(
            first.plus_days(-window),
            last.plus_days(window),
            precision,
            uncertain=True,
            **flags,  # type: ignore[arg-type]
        )
    return make_value(first, last, precision, **flags)  # type: ignore[arg-type]


def _days_text(days: list[Day]) -> str:
    texts = [f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}" for d in days]
    return texts[0] if len(texts) == 1 else f"{', '.join(texts[:-1])} or {texts[-1]}"


# --- months and festivals without a year ---------------------------------------------------


def _occurrence(reading: Reading, year: int) -> tuple[Day, Day] | None:
    cal = reading.calendar
    try:
        if reading.festival is not None:
            month, day = reading.festival.when(year)
            first = cal.to_day(year, month, day)
            return first, first.plus_days(reading.festival.days - 1)
        if reading.day is not None:
            assert reading.month is not None
            first = cal.to_day(year, cal.month_in(year, reading.month), reading.day)
            return first, first
        assert reading.month is not None
        month = cal.month_in(year, reading.month)
        return cal.month_span(year, month)
    except (ValueError, OverflowError):
        return None


def _year_around(reading: Reading, anchor: Day | None) -> int:
    """The calendar year of a month or festival named without one, counted from the anchor."""
    if reading.year is not None:
        return reading.year
    what = reading.text
    if reading.gregorian_year is not None:
        return _year_in_gregorian(reading, reading.gregorian_year)
    if anchor is None:
        raise DateRefused(
            f"{what!r} has no year, and there is no anchor to count from",
            "write the year, or give the source's publication date",
        )
    try:
        current = reading.calendar.from_day(anchor)[0]
    except (ValueError, OverflowError) as error:
        raise DateRefused(
            f"{what!r}: the anchor is outside the calendar: {error}",
            "check the date against the source",
        ) from None
    spans = [(y, s) for y in range(current - 2, current + 3) if (s := _occurrence(reading, y))]
    if reading.relation == "this":
        if not any(y == current for y, _ in spans):
            raise DateRefused(
                f"{what!r}: the current year has no such month", "check the date against the source"
            )
        return current
    if reading.relation == "last":
        past = [y for y, (first, last) in spans if last < anchor]
        if past:
            return past[-1]
    elif reading.relation == "next":
        future = [y for y, (first, last) in spans if first > anchor]
        if future:
            return future[0]
    else:
        for y, (first, last) in spans:
            if first <= anchor <= last:
                return y
        distances = sorted(
            (min(abs(first.number - anchor.number), abs(last.number - anchor.number)), y)
            for y, (first, last) in spans
        )
        if distances and distances[0][0] <= NEAREST_DAYS:
            return distances[0][1]
        raise DateRefused(
            f"{what!r} has no year, and its nearest occurrence is more than {NEAREST_DAYS} "
            "days from the anchor, so it may be the one before or the one after",
            "write the year, or 'last …' / 'next …'",
        )
    raise DateRefused(
        f"{what!r}: no such occurrence around the anchor", "check the date against the source"
    )


def _year_in_gregorian(reading: Reading, gregorian_year: int) -> int:
    """ "Eid al-Fitr 2025": the calendar year whose occurrence begins in that Gregorian year."""
    cal = reading.calendar
    try:
        middle = cal.from_day(Day(gregorian_year, 7, 1))[0]
    except (ValueError, OverflowError) as error:
        raise DateRefused(
            f"{reading.text!r}: {gregorian_year} is outside the calendar: {error}",
            "check the date against the source",
        ) from None
    years = [
        y
        for y in range(middle - 2, middle + 3)
        if (span := _occurrence(reading, y)) and span[0].year == gregorian_year
    ]
    if len(years) != 1:
        raise DateRefused(
            f"{reading.text!r}: {gregorian_year} has "
            f"{'no' if not years else 'two'} such {reading.calendar.label} dates",
            f"write the {reading.calendar.label} year instead",
        )
    return years[0]
