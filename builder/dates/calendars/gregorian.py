"""The Gregorian date written beside a calendar date ("… هـ الموافق 9 أبريل 2025 م").

Copy often prints both; the Gregorian twin then settles a Hijri day that sighting may shift, and
a twin that disagrees with the calendar date is refused by the caller.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.calendar import Day
from builder.dates.calendars.folding import fold
from builder.dates.errors import DateRefused

if TYPE_CHECKING:
    from builder.dates.calendars.shared import Reading

# Gregorian months as the languages whose copy prints a twin write them (genitive in Russian).
_MONTHS = {
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


def _month_names(group: str) -> str:
    """The months as named alternatives (December first, so "dec" is not read inside it)."""
    return "|".join(
        f"(?P<{group}{m}>{fold(words)})" for m, words in sorted(_MONTHS.items(), reverse=True)
    )


_TWIN = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s*(?:-|\s)?\s*(?:[בל]-?)?(?:{_month_names('g')})(?![\w'])\s*,?\s*(?P<year>\d{{4}})(?!\d)"
    rf"|(?:{_month_names('h')})(?![\w'])\s+(?P<mday>\d{{1,2}}),?\s+(?P<myear>\d{{4}})(?!\d)"
    r"|(?<!\d)(?P<nday>\d{1,2})[./-](?P<nmonth>\d{1,2})[./-](?P<nyear>\d{4})(?!\d)"
    r"|(?<!\d)(?P<iyear>\d{4})-(?P<imonth>\d{1,2})-(?P<iday>\d{1,2})(?!\d)"
    r"|(?<!\d)(?P<yyear>(?:19|20|21)\d{2})(?!\d)"
)  # fmt: skip


def twin(rest: str, reading: Reading) -> tuple[tuple[Day, Day], str, str]:
    """The Gregorian span written in `rest`, as written, and `rest` without it; refused when the
    numbers there are no Gregorian date, or no real one."""
    match = _TWIN.search(rest)
    if match is None:
        raise DateRefused(
            f"{reading.text!r} has numbers beside its {reading.calendar.label} date that are "
            "not a Gregorian date these rules can read",
            "write the Gregorian date beside it as '9 April 2025', or write one date only",
        )
    span = _span(match.groupdict(), reading)
    return span, match[0], rest[: match.start()] + " " + rest[match.end() :]


def _span(groups: dict[str, str | None], reading: Reading) -> tuple[Day, Day]:
    if groups["yyear"]:
        year = int(groups["yyear"])
        return Day(year, 1, 1), Day(year, 12, 31)
    day, month, year = _day_month_year(groups)
    try:
        found = Day.checked(year, month, day)
    except ValueError:
        raise DateRefused(
            f"{reading.text!r}: the Gregorian date beside it is not a real date",
            "check the date against the source",
        ) from None
    return found, found


def _day_month_year(groups: dict[str, str | None]) -> tuple[int, int, int]:
    """Day, month and year from whichever of the four written forms matched."""
    if groups["day"]:
        return int(groups["day"]), _named_month(groups, "g"), int(groups["year"])  # type: ignore[arg-type]
    if groups["mday"]:
        return int(groups["mday"]), _named_month(groups, "h"), int(groups["myear"])  # type: ignore[arg-type]
    if groups["nday"]:
        return int(groups["nday"]), int(groups["nmonth"]), int(groups["nyear"])  # type: ignore[arg-type]
    return int(groups["iday"]), int(groups["imonth"]), int(groups["iyear"])  # type: ignore[arg-type]


def _named_month(groups: dict[str, str | None], group: str) -> int:
    return next(m for m in range(1, 13) if groups[f"{group}{m}"])
