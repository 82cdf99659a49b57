"""Rules written once for every language module: each module keeps only its words.

A language module is data (its names, its words for "about", its deadlines and anaphora); the
rewrites built from those words are made here, so the English they produce (⟪a few days
ago⟫, ⟪the 20th century⟫, ⟪last year's first quarter⟫) is spelled in one place.

Two ways of matching a whole word stand side by side on purpose: `rule` (French, German,
Spanish, Russian) ends on a word boundary only where the match ends on a letter or digit
("avant " may stand before "2015"); `word` (Turkish, Azerbaijani, Persian, Hebrew, Arabic)
always requires one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from itertools import pairwise

from builder.calendar import MONTH_NAMES

Replacement = str | Callable[[re.Match[str]], str]
Rewrite = tuple[re.Pattern[str], Replacement]
# A word's English: a table of words, or a function for tables of stems or patterns.
Lookup = Mapping[str, str] | Callable[[str], str]

# --- English as the rewrites leave it ----------------------------------------------------------

MONTH = (
    r"⟪(?:january|february|march|april|may|june|july|august|september|october|november|december)⟫"
)
WEEKDAY = r"⟪(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)⟫"
SEASON = r"⟪(?:spring|summer|autumn|winter)⟫"
# A day of the month with its month, and the year if written: "12 ⟪june⟫ 2025".
DAY_MONTH = rf"\d{{1,2}} {MONTH}(?: \d{{4}})?"
# One translated unit, or one word still to translate.
UNIT_OR_WORD = r"(⟪[^⟫]*⟫|\S+)"
ENGLISH_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def en(english: str) -> str:
    """English kept as written: neither translated again nor dropped as filler."""
    return f"⟪{english}⟫"


def alternatives(words: Mapping[str, str] | list[str] | set[str]) -> str:
    """A regex alternation of `words`, longest first, so a long word wins over its start."""
    return "|".join(sorted(words, key=len, reverse=True))


def _lookup(table: Lookup) -> Callable[[str], str]:
    return table if callable(table) else table.__getitem__


def pattern_lookup(table: Mapping[str, str]) -> Callable[[str], str]:
    """English for a word matched by one of `table`'s patterns ({english: "word|wórd|..."})."""
    compiled = [(english, re.compile(rf"(?:{words})")) for english, words in table.items()]
    return lambda word: next(english for english, pattern in compiled if pattern.fullmatch(word))


def stem_lookup(table: Mapping[str, str]) -> Callable[[str], str]:
    """English for a word that starts with one of `table`'s stems (Russian cases: "недел")."""
    return lambda word: next(english for stem, english in table.items() if word.startswith(stem))


# --- Matching whole words ----------------------------------------------------------------------


def rule(pattern: str, replacement: Replacement) -> Rewrite:
    """One rewrite, matched on whole words; the end is a boundary only after a letter or digit."""
    return (re.compile(rf"(?<!\w)(?:{pattern})(?!(?<=\w)\w)"), replacement)


def word(pattern: str, replacement: Replacement) -> Rewrite:
    """One rewrite, matched on whole words at both ends."""
    return (re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"), replacement)


def meanings(table: Mapping[str, str]) -> list[Rewrite]:
    """One `rule` per English meaning, in the table's order: {"the same day": "le même jour"}."""
    return [rule(pattern, en(english)) for english, pattern in table.items()]


def word_meanings(table: Mapping[str, str]) -> list[Rewrite]:
    """One `word` rewrite per English meaning, in the table's order."""
    return [word(pattern, en(english)) for english, pattern in table.items()]


def names(table: Mapping[str, str]) -> list[Rewrite]:
    """One rewrite per English name, matching any of its spellings ("févr.", "fevrier")."""
    return [rule(rf"(?:{spellings})\.?", en(english)) for english, spellings in table.items()]


def english(table: Mapping[str, str]) -> Callable[[re.Match[str]], str]:
    """The English of the word the first group matched."""
    return lambda match: en(table[match[1]])


def name(match: re.Match[str]) -> str:
    """The English of the named group that matched (see `named`)."""
    return en(str(match.lastgroup))


def named(table: Mapping[str, str], before: str = "", after: str = "") -> Rewrite:
    """Names given as {english: "spelling|spelling"}, with the prefixes and endings around them."""
    alternation = "|".join(f"(?P<{english}>{words})" for english, words in table.items())
    return word(rf"{before}(?:{alternation}){after}", name)


# --- Numbers -----------------------------------------------------------------------------------


def roman(numeral: str) -> int:
    """'xx' -> 20, 'xix' -> 19; Cyrillic х and і as Russian copy sometimes types them."""
    values = [_ROMAN[c] for c in numeral.lower().replace("х", "x").replace("і", "i")]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def ordinal(number: int | str) -> str:
    """20 -> '20th', '21' -> '21st': the reader's ordinals."""
    n = int(number)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def century(number: str) -> int:
    return int(number) if number.isdigit() else roman(number)


def spelled_numbers(numbers: Mapping[str, str], units: str) -> Rewrite:
    """A number written in words before a unit ("iki gün") as digits: dateparser skips them."""
    return word(rf"({alternatives(numbers)}) ({units})", lambda m: f"{numbers[m[1]]} {m[2]}")


# --- Replacements built from a language's words ------------------------------------------------


def spans(template: str, unit: Lookup) -> Callable[[re.Match[str]], str]:
    """English for a counted or vague span: the last group that matched is the unit word, the
    one before it (if any) the number. spans("{n} {unit} ago", UNITS) gives ⟪3 days ago⟫."""
    look = _lookup(unit)

    def replace(match: re.Match[str]) -> str:
        *number, unit_word = [group for group in match.groups() if group]
        return en(template.format(n=number[-1] if number else "", unit=look(unit_word)))

    return replace


def first(match: re.Match[str]) -> str:
    """The first group that matched: the date of a form written either way round."""
    return next(group for group in match.groups() if group)


def before_date(english: str) -> Callable[[re.Match[str]], str]:
    """English set before the date the first matching group holds: ⟪late on⟫ ⟪friday⟫."""
    return lambda match: f"{en(english)} {first(match)}"


def date_with_part(parts: Lookup, part: int = 1, date: int = 2) -> Callable[[re.Match[str]], str]:
    """A date and its part of the day ("la mañana del jueves"): ⟪thursday⟫ ⟪morning⟫."""
    look = _lookup(parts)
    return lambda match: f"{match[date]} {en(look(match[part]))}"


def date_of_year(which: Lookup) -> Callable[[re.Match[str]], str]:
    """A month or season of a year counted from the anchor: ⟪march⟫ ⟪last year⟫."""
    look = _lookup(which)
    return lambda match: f"{match[1]} {en(look(match[2]) + ' year')}"


def part_of_year(parts: Lookup, which: Lookup) -> Callable[[re.Match[str]], str]:
    """A part of a year counted from the anchor: ⟪early next year⟫."""
    part, year = _lookup(parts), _lookup(which)
    return lambda match: en(f"{part(match[1])} {year(match[2])} year")


def fraction(
    ordinals: Mapping[str, str], half: str, unit: int = 1, number: int = 2, date: int = 0
) -> Callable[[re.Match[str]], str]:
    """A half or quarter: ⟪the first half of⟫, followed by the date group `date` if given.
    The group `unit` holds the unit's word (`half` for a half), `number` the ordinal's."""

    def replace(match: re.Match[str]) -> str:
        kind = "half" if match[unit] == half else "quarter"
        english = en(f"the {ordinals[match[number]]} {kind} of")
        return f"{english} {match[date]}" if date else english

    return replace


def part_of(part: str, date: str) -> str:
    """'late' before 'the 1990s' reads 'the late 1990s'; before 'april', 'late april'."""
    if date.startswith("⟪the "):
        return f"⟪the {part} {date[5:]}"
    return f"⟪{part}⟫ {date}"


def part_before(parts: Lookup) -> Callable[[re.Match[str]], str]:
    """'early' before a month or year: group 1 is the part's word, group 2 the date."""
    look = _lookup(parts)
    return lambda match: f"{en(look(match[1]))} {match[2]}"


def part_of_period(parts: Lookup, period: str) -> Callable[[re.Match[str]], str]:
    """'late this year', 'early next year': the first group that matched is the part's word."""
    look = _lookup(parts)
    return lambda match: en(f"{look(next(g for g in match.groups() if g))} {period}")


def parts_of_date(parts: Mapping[str, str], before: str, between: str) -> Rewrite:
    """A part of a month, year or decade written before it ("اوایل آوریل", "בסוף השנה"):
    `parts` is {english: "word|word"}, `before` a prefix, `between` a word for month or year."""
    part = pattern_lookup(parts)
    return (
        re.compile(
            rf"(?<!\w)(?:{before})?({'|'.join(parts.values())}) (?:{between})?{UNIT_OR_WORD}"
        ),
        lambda match: part_of(part(match[1]), match[2]),
    )


def decade(parts: Mapping[str, str], tens: Mapping[str, str] | None = None) -> Replacement:
    """'the late 1990s': group 1 the part (if any), group 2 the decade in digits or words."""
    tens = tens or {}

    def replace(match: re.Match[str]) -> str:
        part = f"{parts[match[1]]} " if match[1] else ""
        return en(f"the {part}{tens.get(match[2], match[2])}s")

    return replace


def centuries(parts: Mapping[str, str]) -> Replacement:
    """'the early 20th century': group 1 the part (if any), group 2 the century, Roman or not."""

    def replace(match: re.Match[str]) -> str:
        part = f"{parts[match[1]]} " if match[1] else ""
        return en(f"the {part}{ordinal(century(match[2]))} century")

    return replace


def quarters(
    ordinals: Mapping[str, int], quarter: str, year: Callable[[str], str] = lambda _: "last"
) -> Replacement:
    """'the first quarter of 2025', 'last year's second half': group 1 the ordinal, group 2
    the unit (a quarter if it starts with `quarter`, else a half), group 3 the words for a
    year counted from the anchor (`year` gives its English), group 4 a year in digits."""

    def replace(match: re.Match[str]) -> str:
        unit = "quarter" if match[2].startswith(quarter) else "half"
        number = ENGLISH_ORDINALS[ordinals[match[1]]]
        if match[3]:
            return en(f"{year(match[3])} year's {number} {unit}")
        return en(f"the {number} {unit}" + (f" of {match[4]}" if match[4] else ""))

    return replace


# --- Ranges and nights -------------------------------------------------------------------------

FROM_TO = r"⟪from⟫ \1 ⟪to⟫ \2"
BETWEEN = r"⟪between⟫ \1 ⟪and⟫ \2"
EITHER = r"\1 ⟪or⟫ \2"
# A night across two days keeps both; days of one month share it: "12 au 13 juin".
NIGHT_FROM_TO = r"⟪the night from⟫ \1 ⟪to⟫ \2"
NIGHT_FROM_TO_MONTH = r"⟪the night from⟫ \1 \3 ⟪to⟫ \2 \3"
NIGHT_INTO = r"⟪the night into⟫ \1"


def nights(night: str, start: str, end: str, into: str, date: str) -> list[Rewrite]:
    """A night from one day to the next, and the night that ends on a day ("in der Nacht zum
    Freitag", "в ночь на пятницу"): `night` its word, `start` and `end` the words before
    each day (`end` with its space), `into` the word before the day it ends on."""
    return [
        rule(rf"{night} {start} (\d{{1,2}}) {end}(\d{{1,2}}) ({MONTH}(?: \d{{4}})?)", NIGHT_FROM_TO_MONTH),
        rule(rf"{night} {start} ({date}) {end}({date})", NIGHT_FROM_TO),
        rule(rf"{night} {into}({date})", NIGHT_INTO),
    ]  # fmt: skip


# Words for "about" in the copy of Turkish, Azerbaijani, Persian, Hebrew and Arabic, before or
# after the date: set apart by spaces from whatever they were glued to.
ABOUT = " ⟪about⟫ "

# --- Whole-text forms: bounds and ranges -------------------------------------------------------

# The English of a form that spans the whole text: a range, a deadline, an open bound.
_BOUNDS = {
    "since": r"⟪since⟫ \1", "from": FROM_TO, "between": BETWEEN,
    "by the end of": r"⟪by the end of⟫ \1", "by": r"⟪by⟫ \1", "before": r"⟪before⟫ \1",
    "after": r"⟪after⟫ \1",
}  # fmt: skip


def bounds(rows: list[tuple[str, str]]) -> list[Rewrite]:
    """(kind, pattern) rows, in order: each pattern spans the text and captures its dates."""
    return [(re.compile(pattern), _BOUNDS[kind]) for kind, pattern in rows]


# --- Shared by fr, de, es, ru ------------------------------------------------------------------


def _day_first(match: re.Match[str]) -> str:
    day, month, year = int(match[1]), int(match[2]), match[3]
    if not 1 <= month <= 12:
        return match[0]  # no such month: left for the reader to refuse
    return f"{day} {en(MONTH_NAMES[month - 1].lower())} {year}"


# A numeric date with a four-digit year is day-first in French, German, Spanish and Russian;
# two-digit years are left alone, for the reader to read only in a declared order.
DAY_FIRST_NUMERIC = rule(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", _day_first)


def _flatten(match: re.Match[str]) -> str:
    """Marks inside marks removed, and neighbours joined: one ⟪ ⟫ per English phrase."""
    out, depth = [], 0
    for char in match[0]:
        if char == "⟪":
            depth += 1
            if depth == 1:
                out.append(char)
        elif char == "⟫":
            if depth == 1:
                out.append(char)
            depth = max(depth - 1, 0)
        else:
            out.append(char)
    text = re.sub(r"⟫([\s\d.:,–-]*)⟪", lambda m: f" {' '.join(m[1].split())} ", "".join(out))
    return " ".join(text.split())


FLATTEN = (re.compile(r"^.*$", re.S), _flatten)
# A leading "about" (any language's word for it) qualifies the whole date.
APPROXIMATE = en("about")


# --- Lists of days, weekdays with their date, the first months of a year -----------------------


def day_list(conjunction: str, before_month: str = "") -> Rewrite:
    """A list of days before a month ("5-6-7 ve 8 Nisan", "5 et 6 avril"): when the days follow
    one another it is the span from the first to the last ("5-8 ⟪april⟫"); a list with a gap
    ("5 ve 8 Nisan") is left as written, for the reader to refuse. `conjunction` is the
    language's word for "and", `before_month` a word between the days and the month (Spanish
    "de"); a plain range of two days ("5-8") is left alone."""
    separator = rf"\s*[-,]\s*|\s+(?:{conjunction})\s+|\s*,\s*(?:{conjunction})\s+"

    def replace(match: re.Match[str]) -> str:
        days = [int(day) for day in re.findall(r"\d+", match[1])]
        consecutive = all(b == a + 1 for a, b in pairwise(days))
        if not consecutive or (len(days) == 2 and "-" in match[1]):
            return match[0]
        return f"{days[0]}-{days[-1]} "

    return (
        re.compile(
            rf"(?<![\w.:/-])(\d{{1,2}}(?:(?:{separator})\d{{1,2}})+)\s+(?=(?:{before_month}){MONTH})"
        ),
        replace,
    )


# A weekday and its date set apart by a comma or brackets: "Freitag (13. Juni)", "Mittwoch, 18.".
WEEKDAY_COMMA_DATE = (
    re.compile(rf"({WEEKDAY}),? \(?(\d{{1,2}} {MONTH}(?: \d{{4}})?)\)?"),
    r"\1 \2",
)


def _day_month_first(match: re.Match[str]) -> str:
    day, month = int(match[2]), int(match[3])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return match[0]
    return f"{match[1]} {day} {en(MONTH_NAMES[month - 1].lower())}"


# In French, German, Spanish and Russian copy a day and month in figures after a weekday
# ("mercredi 7/01") is day-first, and the weekday is checked against it by the reader.
WEEKDAY_DAY_MONTH = (
    re.compile(rf"({WEEKDAY},?) (\d{{1,2}})[./](\d{{1,2}})\.?(?![\d./])"),
    _day_month_first,
)


def first_months(count: str, year: str) -> str:
    """'the first 9 months of 2023', 'the first 5 months of this year': `year` is a year in
    digits, or "this"/"last" for the year counted from the anchor."""
    of = year if year.isdigit() else f"{year} year"
    return en(f"the first {count} months of {of}")


# A month named twice, in two spellings, one in brackets or after a slash ("مارس (مارچ)",
# "آذار/مارس"): one month.
SAME_MONTH_AGAIN = (re.compile(rf"({MONTH}) ?[(/-]? ?\1 ?\)?"), r"\1")
