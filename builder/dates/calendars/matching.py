"""Reading a calendar pattern's match: which month or feast, the day, "last"/"next", the rest.

The three readers build their patterns with the same named groups (m1…, f0…, day, first,
before, after), so that one function reads each of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from builder.dates.calendars.shared import Calendar, Festival
from builder.dates.errors import DateRefused

# A calendar's feasts: each with the pattern, folded, that names it.
Festivals = Sequence[tuple[Festival, str]]

# "last Ramadan", "next Passover": the English words every reader knows before a month or feast.
RELATIONS = {"last": "last", "this": "this", "next": "next"}


def alternation(group: str, patterns: Iterable[tuple[int, str]]) -> str:
    """Named alternatives, so that a match says which entry it was: (?P<m1>…)|(?P<m2>…)."""
    return "|".join(f"(?P<{group}{n}>{pattern})" for n, pattern in patterns)


def chosen(groups: Mapping[str, str | None], group: str, numbers: Iterable[int]) -> int | None:
    """Which of the alternatives `alternation(group, …)` built matched, or None."""
    return next((n for n in numbers if groups.get(f"{group}{n}")), None)


def festival_patterns(festivals: Festivals) -> str:
    """The feasts' patterns as named alternatives, f0 first."""
    return alternation("f", ((i, pattern) for i, (_, pattern) in enumerate(festivals)))


def festival_index(groups: Mapping[str, str | None], festivals: Festivals) -> int:
    """Which feast a festival pattern's match names."""
    index = chosen(groups, "f", range(len(festivals)))
    assert index is not None, "a festival pattern always names one feast"
    return index


def festival_of(groups: Mapping[str, str | None], festivals: Festivals) -> Festival:
    return festivals[festival_index(groups, festivals)][0]


def without(folded: str, match: re.Match[str]) -> str:
    """The folded text with the date taken out, for the words around it to be read."""
    return f"{folded[: match.start()]} {folded[match.end() :]}"


def relation_of(
    groups: Mapping[str, str | None],
    after: Mapping[str, str],
    before: Mapping[str, str] = RELATIONS,
) -> str | None:
    """ "last", "this" or "next", from a word before the date or one after it."""
    if word := groups.get("before"):
        return before[word]
    if word := groups.get("after"):
        return after[word]
    return None


def day_of(groups: Mapping[str, str | None]) -> int | None:
    """The day of the month in digits, or 1 for "the first of", or None when none is named."""
    if groups.get("first"):
        return 1
    day = groups.get("day")
    return int(day) if day else None


def checked_day(calendar: Calendar, day: int | None, text: str) -> int | None:
    """The day, refused when no month of the calendar has it."""
    if day is not None and not 1 <= day <= calendar.longest_month:
        raise DateRefused(
            f"{text!r}: a {calendar.month_word} month has {calendar.month_days}, not {day}",
            "check the date against the source",
        )
    return day


def checked_month(calendar: Calendar, month: int, text: str) -> int:
    """The month of a numeric date, refused when the calendar has no such month."""
    if not 1 <= month <= len(calendar.month_names):
        raise DateRefused(
            f"{text!r}: there is no {calendar.month_word} month {month}",
            "check the date against the source",
        )
    return month
