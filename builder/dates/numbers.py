"""Numbers written in words, as reports spell years, decades and days: "nineteen eighty-four",
"two thousand and eight", "twenty twenty-five", "the nineties", "the twenty-first of May".

Only runs of words that can be nothing but a year (or a decade, or a day next to its month)
are turned into digits; "two days ago" keeps its words for the relative rules.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# "the nineties", "the nineteen-sixties": decades named by their tens.
DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_ORDINAL_UNIT = "|".join(sorted(ORDINAL_UNITS, key=len, reverse=True))
# 1-99 in words: "eight", "eighty", "eighty-four", "eighty four".
_TWO_DIGITS = rf"(?:(?:{_TEN})(?:[\s-](?:{_UNIT}))?|(?:{_UNIT}))"
# A year read as two pairs ("nineteen eighty-four", "twenty twenty-five", "nineteen oh five",
# "nineteen hundred"), or with "thousand" ("two thousand and eight", "two thousand twenty-five").
_PAIRS = re.compile(
    rf"\b(?P<high>{_TWO_DIGITS})[\s-]+(?P<low>hundred|(?:oh|o)[\s-](?:{_UNIT})|{_TWO_DIGITS})\b"
)
_THOUSANDS = re.compile(
    rf"\b(?P<thousands>one|two)[\s-]thousand"
    rf"(?:[\s-]+(?:and[\s-]+)?(?:(?P<hundreds>{_UNIT})[\s-]hundred(?:[\s-]+and)?)?"
    rf"(?:[\s-]*(?P<rest>{_TWO_DIGITS}))?)?\b"
)
_DECADE = re.compile(
    rf"\b(?:(?P<century>{_TWO_DIGITS})[\s-]+)?(?P<tens>{'|'.join(DECADE_WORDS)})\b"
)
# "twenty-first", "thirty first", "ninth": a day of the month, read only next to a month name.
_SPELLED_ORDINAL = rf"(?:(?:twenty|thirty)[\s-](?:{_ORDINAL_UNIT})|{_ORDINAL_UNIT})"


def two_digits(words: str) -> int | None:
    """'eighty-four' -> 84, 'twelve' -> 12; None if the words are not a number below 100."""
    parts = re.split(r"[\s-]+", words.strip())
    if len(parts) == 1:
        return UNITS.get(parts[0], TENS.get(parts[0]))
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and 0 < UNITS[parts[1]] < 10:
        return TENS[parts[0]] + UNITS[parts[1]]
    return None


def spelled_ordinal(words: str) -> int | None:
    """'twenty-first' -> 21, 'ninth' -> 9; None otherwise."""
    parts = re.split(r"[\s-]+", words.strip())
    if len(parts) == 1:
        return ORDINAL_UNITS.get(parts[0])
    if len(parts) == 2 and parts[0] in TENS and ORDINAL_UNITS.get(parts[1], 10) < 10:
        return TENS[parts[0]] + ORDINAL_UNITS[parts[1]]
    return None


def _pair_year(match: re.Match[str]) -> str:
    high = two_digits(match["high"])
    low_words = match["low"]
    if low_words == "hundred":
        low: int | None = 0
    elif low_words.startswith(("oh", "o ", "o-")):
        low = UNITS.get(re.split(r"[\s-]+", low_words)[1])
        low = low if low is not None and 0 < low < 10 else None
    else:
        low = two_digits(low_words)
        low = low if low is not None and low >= 10 else None  # "nineteen five" is no year
    if high is None or low is None or not 10 <= high <= 29:
        return match[0]
    return str(high * 100 + low)


def _thousands_year(match: re.Match[str]) -> str:
    year = (1000 if match["thousands"] == "one" else 2000) + 100 * UNITS.get(
        match["hundreds"] or "zero", 0
    )
    if match["rest"]:
        rest = two_digits(match["rest"])
        if rest is None:
            return match[0]
        year += rest
    return str(year) + (" " if match[0].endswith(" ") else "")


def _decade(match: re.Match[str]) -> str:
    tens = DECADE_WORDS[match["tens"]]
    if match["century"] is None:
        return f"{tens}s"
    century = two_digits(match["century"])
    if century is None or not 10 <= century <= 29:
        return match[0]
    return f"{century * 100 + tens}s"


def _ordinal_day(match: re.Match[str]) -> str:
    day = spelled_ordinal(match["ordinal"])
    if day is None or day > 31:
        return match[0]
    return f"{match['before'] or ''}{day}th{match['after'] or ''}"


def digits_for_words(text: str, months: str) -> str:
    """`text` with spelled years, decades and (next to a month in `months`, a regex alternation)
    days written in digits; everything else as it was."""
    if not re.search(r"[a-z]", text):
        return text
    text = _THOUSANDS.sub(_thousands_year, text).strip()
    text = _DECADE.sub(_decade, text)
    text = _PAIRS.sub(_pair_year, text)
    # "the twenty-first of may", "may twenty-first"
    return re.sub(
        rf"(?P<before>\b(?:{months})\s+)?\b(?P<ordinal>{_SPELLED_ORDINAL})\b"
        rf"(?P<after>\s+(?:of\s+)?(?:{months})\b)?",
        lambda m: _ordinal_day(m) if m["before"] or m["after"] else m[0],
        text,
    )
