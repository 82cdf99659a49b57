"""Clock times and zones as reports write them: "2:30 pm GMT", "11:52 UTC+3", "at 22:15 GMT on
Friday", "0400 GMT", "9 p.m. ET", "14:30 local time", "10 a.m. (0700 GMT)".

A time is kept as the text states it, with the offset of the zone it names: the calendar day is
the day in that zone, and nothing is ever converted to UTC or to the build machine's zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.calendar import Day
from builder.dates.errors import DateRefused

TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})(?::\d{2})?(am|pm|a\.m\.|p\.m\.)?$")
OFFSET = re.compile(r"^(?:(?:utc|gmt)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|z|([+-])(\d{2}):?(\d{2}))$")

# Zone abbreviations with one fixed offset in the copy this tool reads. "Z" is UTC.
ZONES = {
    "gmt": "Z", "utc": "Z", "z": "Z", "zulu": "Z", "wet": "+00:00", "west": "+01:00",
    "bst": "+01:00",  # British Summer Time (Bangladesh copy writes BST too: see AMBIGUOUS)
    "cet": "+01:00", "cest": "+02:00", "wat": "+01:00",
    "eet": "+02:00", "eest": "+03:00", "cat": "+02:00", "sast": "+02:00",
    "msk": "+03:00", "trt": "+03:00", "idt": "+03:00", "eat": "+03:00",
    "irst": "+03:30", "irdt": "+04:30", "gst": "+04:00", "azt": "+04:00", "get": "+04:00",
    "aft": "+04:30", "pkt": "+05:00", "npt": "+05:45", "ict": "+07:00", "wib": "+07:00",
    "hkt": "+08:00", "sgt": "+08:00", "pht": "+08:00", "awst": "+08:00",
    "jst": "+09:00", "kst": "+09:00", "aest": "+10:00", "aedt": "+11:00",
    "nzst": "+12:00", "nzdt": "+13:00",
    "est": "-05:00", "edt": "-04:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
    "pst": "-08:00", "pdt": "-07:00", "akst": "-09:00", "akdt": "-08:00", "hst": "-10:00",
    "brt": "-03:00", "art": "-03:00",
    "moscow time": "+03:00", "mecca time": "+03:00",
}  # fmt: skip
# Abbreviations that name two or more zones in real copy: the clock time is kept, the offset
# is not guessed (IST: Israel, India or Ireland; AST: Arabia or Atlantic; CST: China or US
# Central; AMT: Armenia or Amazon).
AMBIGUOUS = frozenset(["ist", "ast", "cst", "amt", "sst", "bt"])
# US zones named without saying standard or daylight time ("9 p.m. ET"): standard offset, and
# daylight time is read from US law for the date (see `us_offset`).
US_GENERIC = {"et": -5, "ct": -6, "mt": -7, "pt": -8}
# Local time: the place's clock, whose offset the text does not give.
LOCAL = frozenset(["local time", "local", "lt"])

_ZONE_WORDS = sorted([*ZONES, *AMBIGUOUS, *US_GENERIC, *LOCAL], key=len, reverse=True)
_ZONE = (
    # A bare offset only with "+": "10:00-11:00" is a span of hours, not an offset of -11.
    r"(?P<zone>(?:utc|gmt)\s*[+–-]\s*\d{1,2}(?::?\d{2})?|\+(?:0\d|1[0-4]):?[0-5]\d"
    rf"|(?:{'|'.join(re.escape(word) for word in _ZONE_WORDS)})\b)"
)
_MERIDIEM = r"(?:a\.?m\.?|p\.?m\.?)"
_CLOCK = (
    rf"(?P<clock>(?<![\d./-])\d{{1,2}}[:.h]\d{{2}}(?::\d{{2}})?(?![\d./])(?:\s*{_MERIDIEM})?"
    rf"|(?<![\d./-])\d{{1,2}}\s*{_MERIDIEM}(?![a-z])"
    rf"|(?<![\d./-])[0-2]\d[0-5]\d(?=\s*(?:{'|'.join(_ZONE_WORDS)}|hrs|hours)\b))"
)
# "at 22:15 GMT", "0400 GMT", "9 p.m. ET", "10 a.m. (0700 GMT)": the clock, then its zone,
# then, in brackets, the same moment in GMT.
CLOCK_IN_TEXT = re.compile(
    rf"(?:\b(?:at|from|around)\s+)?{_CLOCK}(?:\s*(?:hrs|hours)\b)?(?:\s*{_ZONE})?"
    rf"(?:\s*\(\s*(?P<gmt_clock>[0-2]?\d[:.]?[0-5]\d)\s*(?:gmt|utc|z)\s*\))?"
)


@dataclass(frozen=True)
class Clock:
    """A time of day found in a date expression, and what is left of the expression."""

    time: str  # "22:15"
    zone: str  # the zone as written ("gmt", "et", "+03:00"), or "" when none is written
    gmt: str | None  # "07:00" from "(0700 GMT)", when the text gives the moment in GMT too
    rest: str  # the words around it: "on friday"


def find_clock(text: str) -> Clock | None:
    """The one clock time in `text`, or None; two times in one date are refused."""
    found = list(CLOCK_IN_TEXT.finditer(text))
    if not found:
        return None
    if len(found) > 1:
        return None  # "from 9 April 2025 14:30 to 10 April 2025 09:00": a range, read as one
    match = found[0]
    time = read_clock(match["clock"], text)
    gmt = read_clock(match["gmt_clock"], text) if match["gmt_clock"] else None
    rest = " ".join(f"{text[: match.start()]} {text[match.end() :]}".split())
    return Clock(time, (match["zone"] or "").strip(), gmt, rest)


def read_clock(clock: str, text: str) -> str:
    """'9 p.m.' -> '21:00', '0400' -> '04:00', '2.30pm' -> '14:30'."""
    match = re.fullmatch(rf"(\d{{1,2}})(?:[:.h]?(\d{{2}}))?(?::\d{{2}})?\s*({_MERIDIEM})?", clock)
    if match is None:
        raise DateRefused(f"{text!r}: {clock!r} is not a time of day")
    hour, minute = int(match[1]), int(match[2] or 0)
    meridiem = (match[3] or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise DateRefused(f"{text!r}: {hour} is not an hour on a 12-hour clock")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise DateRefused(f"{text!r}: {clock} is not a time of day", "write e.g. '14:30 GMT'")
    return f"{hour:02d}:{minute:02d}"


def offset_for(clock: Clock, day: Day) -> str:
    """The offset to keep with the time: '+03:00', 'Z', or '' when the text gives none we can
    vouch for (local time, or an abbreviation that names more than one zone)."""
    zone = clock.zone.replace("–", "-").replace(" ", "")
    if clock.gmt is not None:
        return _difference(clock.time, clock.gmt) or _named(zone, clock, day)
    return _named(zone, clock, day)


def _named(zone: str, clock: Clock, day: Day) -> str:
    if not zone or zone in LOCAL or zone.replace("time", "") in LOCAL or zone in AMBIGUOUS:
        return ""
    if clock.zone in ZONES:
        return ZONES[clock.zone]
    if zone in US_GENERIC:
        return us_offset(US_GENERIC[zone], day, clock.time)
    match = OFFSET.match(zone)
    if match is None:
        return ""
    return zone_offset(match)


def _difference(local: str, gmt: str) -> str:
    """The offset that turns `gmt` into `local`, when it is a real one (quarter hours, ±14 h)."""
    minutes = (_minutes(local) - _minutes(gmt) + 12 * 60) % (24 * 60) - 12 * 60
    if minutes % 15 or abs(minutes) > 14 * 60:
        return ""
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _minutes(time: str) -> int:
    hours, minutes = time.split(":")
    return int(hours) * 60 + int(minutes)


def us_offset(standard: int, day: Day, time: str) -> str:
    """The offset of a US zone on `day` at `time` (local): daylight time from the second Sunday
    of March to the first Sunday of November since 2007, from the first Sunday of April to the
    last Sunday of October from 1987 to 2006; the changes happen at 02:00 local time. Before
    1987, or in the repeated hour of November, the offset is not given ('')."""
    if day.year < 1987:
        return ""
    if day.year >= 2007:
        start, end = _nth_sunday(day.year, 3, 2), _nth_sunday(day.year, 11, 1)
    else:
        start, end = _nth_sunday(day.year, 4, 1), _nth_sunday(day.year, 10, -1)
    hour = int(time[:2])
    if day == end and hour == 1:
        return ""  # 01:00-01:59 happens twice that night
    if day == start and hour == 2:
        raise DateRefused(
            f"{time} did not exist on {day.iso()} in US time (the clocks went forward)",
            "check the source's time",
        )
    daylight = start < day < end or (day == start and hour >= 3) or (day == end and hour < 1)
    offset = standard + (1 if daylight else 0)
    return f"-{-offset:02d}:00"


def _nth_sunday(year: int, month: int, nth: int) -> Day:
    """The nth Sunday of the month; nth = -1 is the last."""
    if nth > 0:
        first = Day(year, month, 1)
        return first.plus_days((6 - first.weekday) % 7 + 7 * (nth - 1))
    last = Day(year, month + 1, 1).plus_days(-1) if month < 12 else Day(year, 12, 31)
    return last.plus_days(-((last.weekday - 6) % 7))


def clock_time(match: re.Match[str], text: str) -> str:
    hour, minute, meridiem = int(match[1]), int(match[2]), (match[3] or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise DateRefused(f"{text!r}: {hour} is not an hour on a 12-hour clock")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise DateRefused(f"{text!r}: {match[0]} is not a time of day")
    return f"{hour:02d}:{minute:02d}"


def zone_offset(match: re.Match[str]) -> str:
    if match[0] in ("z", "utc", "gmt"):
        return "Z"
    sign, hours, minutes = (match[1], match[2], match[3]) if match[1] else match.group(4, 5, 6)
    return f"{sign}{int(hours):02d}:{int(minutes or 0):02d}"
