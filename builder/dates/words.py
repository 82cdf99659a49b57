"""English date words and patterns: the tables every reader shares (other languages are translated into these)."""

from __future__ import annotations

import re

from builder.calendar import MONTH_NAMES, WEEKDAY_NAMES
from builder.dates.errors import DateUnreadable

# --- words -------------------------------------------------------------------------------

MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
MONTHS.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)})
MONTHS.update({"sept": 9})
# Misspellings that reach print: dropped, doubled or swapped letters in the names people trip on.
# Each is a misspelling of one month only, and none is an English word.
MONTH_MISSPELLINGS = {
    "janurary": 1, "januray": 1, "janaury": 1, "janary": 1, "jnauary": 1,
    "febuary": 2, "feburary": 2, "febrary": 2, "febraury": 2, "februray": 2, "feburay": 2,
    "februay": 2, "febrauary": 2,
    "apirl": 4, "arpil": 4, "aprli": 4,
    "jully": 7, "juli": 7,
    "agust": 8, "augst": 8, "augut": 8, "auguts": 8,
    "septmber": 9, "septemer": 9, "setpember": 9, "sepember": 9, "septemeber": 9,
    "septembre": 9, "spetember": 9, "septembr": 9,
    "ocotber": 10, "octber": 10, "otcober": 10, "octobor": 10, "octobre": 10,
    "novmber": 11, "novemeber": 11, "novemebr": 11, "noveber": 11, "novembre": 11,
    "decmber": 12, "decemeber": 12, "decembr": 12, "dicember": 12, "desember": 12,
}  # fmt: skip
MONTHS.update(MONTH_MISSPELLINGS)
WEEKDAYS = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
WEEKDAYS.update({name[:3].lower(): i for i, name in enumerate(WEEKDAY_NAMES)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
WEEKDAY_MISSPELLINGS = {
    "mondy": 0, "monady": 0,
    "tusday": 1, "tuesdsay": 1, "teusday": 1, "tuseday": 1,
    "wednseday": 2, "wendesday": 2, "wensday": 2, "wednsday": 2, "wedensday": 2,
    "wedneday": 2, "wednesdy": 2, "wendsday": 2,
    "thrusday": 3, "thursady": 3, "thurday": 3, "thursdy": 3, "thurdsay": 3,
    "firday": 4, "fridy": 4, "friady": 4,
    "saturady": 5, "satuday": 5, "saterday": 5, "saturdy": 5,
    "sunady": 6, "sundy": 6,
}  # fmt: skip
WEEKDAYS.update(WEEKDAY_MISSPELLINGS)
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
PARTS = {
    "early": "early", "beginning": "early", "start": "early",
    "mid": "mid", "middle": "mid",
    "late": "late", "end": "late",
}  # fmt: skip
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}  # fmt: skip
ERAS = {"bc": -1, "bce": -1, "b.c.": -1, "b.c": -1, "ad": 1, "a.d.": 1, "a.d": 1, "ce": 1, "c.e.": 1}  # fmt: skip
# Words that carry no date meaning here: "on Wednesday night", "in the spring of 2025".
FILLER = frozenset(
    [
        "on",
        "the",
        "of",
        "in",
        "during",
        "at",
        "morning",
        "afternoon",
        "evening",
        "night",
        "overnight",
        "noon",
        "year",
    ]
)
APPROXIMATE = re.compile(
    r"^(?:c\.|ca\.|circa|around|about|approximately|approx\.|roughly|some\s+time\s+around)\s*"
)
UNCERTAIN = re.compile(r"^(?:possibly|probably|perhaps)\s+")
EVENT_OFFSET = re.compile(
    r"^(?:(?:on\s+)?the\s+same\s+day\s+as|(?:(?P<n>(?!the\b)\w+)\s+(?P<unit>day|week|month|year)s?|"
    r"the\s+(?P<unit1>day|week|month|year))\s+(?P<direction>after|before))"
    r"\s+@(?P<target>[a-z0-9][a-z0-9-]*)$"
)
NUMERIC = re.compile(r"^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?$")
TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})(?::\d{2})?(am|pm|a\.m\.|p\.m\.)?$")
OFFSET = re.compile(r"^(?:(?:utc|gmt)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|z|([+-])(\d{2}):?(\d{2}))$")
DECADE = re.compile(r"^(\d{3})0s$|^'?(\d)0s$")
ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
RANGE_SEPARATORS = (
    re.compile(r"^between\s+(.+?)\s+and\s+(.+)$"),
    re.compile(r"^from\s+(.+?)\s+(?:to|until|till|through|–)\s+(.+)$"),
    re.compile(r"^(.+?)\s*–\s*(.+)$"),
    re.compile(r"^(.+?)\s+(?:to|until|through|-)\s+(.+)$"),
    re.compile(r"^(.*?[a-z\d])-(\d.*|[a-z].*)$"),
)
# "April 2-4, 2025": the month and year stand once for both days.
MONTH_FIRST_DAY_RANGE = re.compile(
    r"^([a-z]+\.?)\s+(\d{1,2})\s*(?:–|-|to|through)\s*(\d{1,2}),?\s+(\d{3,4})$"
)


def amount(word: str) -> int:
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    raise DateUnreadable(f"{word!r} is not a number")
