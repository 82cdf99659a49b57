"""Clock times and zone offsets as reports write them: "2:30 pm GMT", "11:52 UTC+3"."""

from __future__ import annotations

import re

from builder.dates.errors import DateRefused

TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})(?::\d{2})?(am|pm|a\.m\.|p\.m\.)?$")
OFFSET = re.compile(r"^(?:(?:utc|gmt)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|z|([+-])(\d{2}):?(\d{2}))$")


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
