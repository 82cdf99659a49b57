"""French: the locales that read it and the rewrites word-by-word translation would lose.

Rewrites run in order on lowercased text (apostrophes already straight): month, weekday and
season names first become English marked ⟪ ⟫, then the forms built from them ("dans la nuit de
jeudi à vendredi", "l'automne dernier", "au XXe siècle") become the English the reader knows.
The helpers at the top are shared by the German, Spanish and Russian modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from builder.calendar import MONTH_NAMES

Replacement = str | Callable[[re.Match[str]], str]

LOCALES = ("fr",)
WHOLE_WORDS = True

# --- shared by fr, de, es, ru ------------------------------------------------------------------

MONTH = (
    r"⟪(?:january|february|march|april|may|june|july|august|september|october|november|december)⟫"
)
WEEKDAY = r"⟪(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)⟫"
SEASON = r"⟪(?:spring|summer|autumn|winter)⟫"
# A day of the month with its month, and the year if written: "12 ⟪june⟫ 2025".
DAY_MONTH = rf"\d{{1,2}} {MONTH}(?: \d{{4}})?"
ENGLISH_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def rule(pattern: str, replacement: Replacement) -> tuple[re.Pattern[str], Replacement]:
    """One rewrite, matched on whole words."""
    # The end is a word boundary only where the match ends on a letter or digit ("avant " may
    # stand before "2015").
    return (re.compile(rf"(?<!\w)(?:{pattern})(?!(?<=\w)\w)"), replacement)


def en(english: str) -> str:
    """English kept as written: neither translated again nor dropped as filler."""
    return f"⟪{english}⟫"


def names(table: dict[str, str]) -> list[tuple[re.Pattern[str], Replacement]]:
    """One rewrite per English name, matching any of its spellings ("févr.", "fevrier")."""
    return [rule(rf"(?:{spellings})\.?", en(english)) for english, spellings in table.items()]


def roman(numeral: str) -> int:
    """'xx' -> 20, 'xix' -> 19; Cyrillic х and і as Russian copy sometimes types them."""
    values = [_ROMAN[c] for c in numeral.lower().replace("х", "x").replace("і", "i")]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def ordinal(number: int) -> str:
    """20 -> '20th', 21 -> '21st': the reader's ordinals."""
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def century(number: str) -> int:
    return int(number) if number.isdigit() else roman(number)


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

# --- French ------------------------------------------------------------------------------------

_MONTHS = {
    "january": "janvier|janv", "february": "février|fevrier|févr|fevr|fév|fev",
    "march": "mars", "april": "avril|avr", "may": "mai", "june": "juin",
    "july": "juillet|juil", "august": "août|aout", "september": "septembre|sept",
    "october": "octobre|oct", "november": "novembre|nov", "december": "décembre|decembre|déc|dec",
}  # fmt: skip
_WEEKDAYS = {
    "monday": "lundi", "tuesday": "mardi", "wednesday": "mercredi", "thursday": "jeudi",
    "friday": "vendredi", "saturday": "samedi", "sunday": "dimanche",
}  # fmt: skip
_SEASONS = {"spring": "printemps", "summer": "été|ete", "autumn": "automne", "winter": "hiver"}
_PARTS_OF_DAY = {
    "matin": "morning", "matinée": "morning", "matinee": "morning", "midi": "midday",
    "après-midi": "afternoon", "apres-midi": "afternoon", "soir": "evening",
    "soirée": "evening", "soiree": "evening",
}  # fmt: skip
_PART_OF_DAY = "|".join(sorted(_PARTS_OF_DAY, key=len, reverse=True))
_PARTS = {"début": "early", "debut": "early", "milieu": "mid", "mi": "mid", "fin": "late"}
_ORDINALS = {
    "premier": 1, "1": 1, "première": 1, "premiere": 1, "1er": 1, "1re": 1, "deuxième": 2,
    "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "troisième": 3, "troisieme": 3, "3e": 3,
    "quatrième": 4, "quatrieme": 4, "4e": 4,
}  # fmt: skip
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_LAST = r"(?:dernier|dernière|derniere|passé|passée|passe|passee)"
_NEXT = r"(?:prochain|prochaine)"
_YEAR_WORD = r"(?:l'année|l'annee|l'an|année|annee|an)"
_RELATIVE_YEAR = {"dernier": "last", "dernière": "last", "derniere": "last", "passé": "last",
                  "passée": "last", "passe": "last", "passee": "last", "prochain": "next",
                  "prochaine": "next"}  # fmt: skip
_UNITS = {"jours": "days", "semaines": "weeks", "mois": "months", "ans": "years",
          "années": "years", "annees": "years"}  # fmt: skip
_WEEKEND = r"(?:week-end|week end|weekend)"
_DATE = rf"(?:{WEEKDAY}(?: {DAY_MONTH}| \d{{1,2}})?|{DAY_MONTH}|⟪(?:yesterday|tomorrow|today)⟫)"


def _quarter(match: re.Match[str]) -> str:
    unit = "quarter" if match[2] == "trimestre" else "half"
    number = ENGLISH_ORDINALS[_ORDINALS[match[1]]]
    if match[3]:
        return en(f"last year's {number} {unit}")
    return en(f"the {number} {unit}" + (f" of {match[4]}" if match[4] else ""))


def _century(match: re.Match[str]) -> str:
    part = f"{_PARTS[match[1]]} " if match[1] else ""
    return en(f"the {part}{ordinal(century(match[2]))} century")


def _decade(match: re.Match[str]) -> str:
    part = f"{_PARTS[match[1]]} " if match[1] else ""
    return en(f"the {part}{match[2]}s")


REWRITES: list[tuple[re.Pattern[str], Replacement]] = [
    rule(r"1er", "1"),
    # "ce 31 octobre", "ce mardi": the demonstrative adds nothing, and "ce" would read as the era CE.
    rule(r"(?:ce|cet|cette)(?= \d)", ""),
    DAY_FIRST_NUMERIC,
    *names(_MONTHS),
    *names(_WEEKDAYS),
    *names(_SEASONS),
    rule("hier", en("yesterday")),
    rule("demain", en("tomorrow")),
    rule("aujourd'hui", en("today")),
    # Words for "about" (dateparser drops "environ" silently).
    rule(
        r"(?:vers|environ|autour d[ue]|aux alentours d(?:u|e la|e l'|es|e)|aux environs "
        r"d(?:u|e la|es|e)|approximativement|à peu près|a peu pres)",
        APPROXIMATE,
    ),
    rule(r"(?:av\.|avant) j\.-?c\.?", en("bc")),
    rule(r"(?:apr\.|après) j\.-?c\.?", en("ad")),
    # Deadlines, open bounds and anaphora: refused in English with their reason.
    rule(r"d'ici (?:à )?(?:la )?fin (?:de |d')(?:l'année|l'annee|l'an|cette année)", en("by the end of the year")),
    rule(r"d'ici (?:à )?(?:la )?fin (?:de |d'|du )?", en("by the end of")),
    rule(r"d'ici (?:à |au |le |la )?", en("by")),
    rule(r"avant (?:le |la |l')?", en("before")),
    rule(r"après (?:le |la |l')?|apres (?:le |la |l')?", en("after")),
    rule(r"jusqu'(?:au|à|a) (?:la )?fin (?:de |d'|du )?", en("until the end of")),
    rule(r"jusqu'(?:au|à la|à|a)", en("until")),
    rule(r"le même jour|le meme jour|le jour même|le jour meme", en("the same day")),
    rule(r"le lendemain", en("the following day")),
    rule(r"la veille", en("the previous day")),
    rule(r"à l'époque|a l'epoque|à cette époque|a cette epoque", en("at the time")),
    rule(r"ce jour-là|ce jour-la", en("that day")),
    rule(r"cette semaine-là|cette semaine-la", en("that week")),
    # Nights: "de jeudi à vendredi" keeps both days; a night named by one day starts on it.
    rule(rf"(?:dans )?la nuit (?:de |du )?({WEEKDAY}) (?:à|a|au) ({WEEKDAY})", r"⟪the night from⟫ \1 ⟪to⟫ \2"),
    rule(rf"(?:dans )?la nuit du (\d{{1,2}}) au (\d{{1,2}}) ({MONTH}(?: \d{{4}})?)", r"⟪the night from⟫ \1 \3 ⟪to⟫ \2 \3"),
    rule(rf"(?:dans )?la nuit du ({DAY_MONTH}) au ({DAY_MONTH})", r"⟪the night from⟫ \1 ⟪to⟫ \2"),
    rule(rf"(?:dans )?la nuit (?:de |du )({_DATE})", r"⟪the night of⟫ \1"),
    # "cette nuit" in a report is the night just past (reports look back).
    rule(r"(?:cette nuit|la nuit dernière|la nuit derniere)", en("last night")),
    rule(r"ce matin", en("this morning")),
    rule(r"cet (?:après-midi|apres-midi)", en("this afternoon")),
    rule(r"ce soir", en("this evening")),
    rule(rf"(?:dans )?(?:la |l')({_PART_OF_DAY}) (?:de |du |d')?({_DATE})", lambda m: f"{m[2]} {en(_PARTS_OF_DAY[m[1]])}"),
    rule(rf"({_DATE}) (?:au |dans la |en )?({_PART_OF_DAY})", lambda m: f"{m[1]} {en(_PARTS_OF_DAY[m[2]])}"),
    rule(rf"tôt (?:le |ce )?({_DATE})", r"⟪early on⟫ \1"),
    rule(rf"tard (?:le |ce )?({_DATE})", r"⟪late on⟫ \1"),
    # Decades and centuries, with their parts ("la fin des années 1990", "au début du XXe siècle").
    rule(r"(?:(?:au |le |à la |a la |la |dès le )?(début|debut|milieu|fin) des |les |des |aux )?années (\d{4}|\d0)", _decade),
    rule(r"(?:(?:au |le |à la |a la |la |dès le )?(début|debut|milieu|fin) du |au |le |du )?([ivxlc]+|\d{1,2})(?:e|ème|eme|è) (?:siècle|siecle)", _century),
    # Quarters and halves; with no year they count from the anchor.
    rule(rf"(?:au |le |du |ce |lors du )?({_ORDINAL}) (trimestre|semestre)(?: (de l'année dernière|de l'an dernier|de l'an passé|de l'année passée)| (?:de |d')?(\d{{4}}))?", _quarter),
    rule(r"t([1-4]) (\d{4})", r"⟪q\1⟫ \2"),
    rule(r"s([12]) (\d{4})", r"⟪h\1⟫ \2"),
    rule(r"(?:la )?(première|premiere|seconde) moitié (?:de |d')?", lambda m: en("the first half of" if m[1].startswith("prem") else "the second half of")),
    # Weeks, weekends, months and years counted from the anchor (weeks are ISO weeks).
    rule(r"(?:l')?avant-derni(?:è|e)re semaine|la semaine d'avant", en("the week before last")),
    rule(rf"(?:l')?avant-dernier {_WEEKEND}|le {_WEEKEND} d'avant", en("the weekend before last")),
    rule(rf"(?:la )?semaine {_LAST}", en("last week")),
    rule(rf"(?:la )?semaine {_NEXT}", en("next week")),
    rule(r"cette semaine", en("this week")),
    rule(rf"(?:le )?{_WEEKEND} {_LAST}", en("last weekend")),
    rule(rf"(?:le )?{_WEEKEND} {_NEXT}", en("next weekend")),
    rule(rf"ce {_WEEKEND}", en("this weekend")),
    rule(rf"(?:le )?mois {_LAST}", en("last month")),
    rule(rf"(?:le )?mois {_NEXT}", en("next month")),
    rule(r"ce mois-ci|ce mois", en("this month")),
    # Parts of months and years; "fin d'année" is this year's.
    rule(rf"(?:au |à la |a la |en |dès (?:le )?)?(début|debut|milieu|mi|fin)(?:-| de | d'| du )?{_YEAR_WORD} ({_LAST[3:-1]}|{_NEXT[3:-1]})", lambda m: en(f"{_PARTS[m[1]]} {_RELATIVE_YEAR[m[2]]} year")),
    rule(rf"(?:au |à la |a la |en |dès (?:le )?)?(début|debut|milieu|mi|fin)(?:-| de | d'| du )?(?:{_YEAR_WORD}|cette année)", lambda m: en(f"{_PARTS[m[1]]} this year")),
    rule(r"(?:au |à la |a la |en |dès (?:le )?)?(début|debut|milieu|mi|fin)(?:-| de | d'| du )?(?:ce )?mois", lambda m: en(f"{_PARTS[m[1]]} this month")),
    rule(rf"{_YEAR_WORD} {_LAST}", en("last year")),
    rule(rf"{_YEAR_WORD} {_NEXT}", en("next year")),
    rule(r"cette année|cette annee", en("this year")),
    # Months and seasons against the anchor: "en mars dernier", "l'automne dernier".
    # A month "dernier" is the latest one before the anchor; a season keeps the reader's "last".
    rule(rf"(?<!\d )(?:en |le |au )?({MONTH}) {_LAST}", r"⟪this past⟫ \1"),
    rule(rf"(?:l'|au |à l'|a l'|cet |ce )?({SEASON}) {_LAST}", r"⟪last⟫ \1"),
    rule(rf"(?<!\d )(?:en |l'|le |au |à l'|a l'|cet |ce )?({MONTH}|{SEASON}) {_NEXT}", r"⟪next⟫ \1"),
    rule(rf"(?:cet |ce )({SEASON})", r"⟪this⟫ \1"),
    rule(rf"({MONTH}|{SEASON}) (?:de |d')?{_YEAR_WORD} ({_LAST[3:-1]}|{_NEXT[3:-1]})", lambda m: f"{m[1]} {en(_RELATIVE_YEAR[m[2]] + ' year')}"),
    rule(rf"({MONTH}) de cette année", r"\1 ⟪this year⟫"),
    rule(rf"(?:au |à l'|a l'|en |l')({SEASON})", r"\1"),
    rule(rf"(?:au |à la |a la |en |dès (?:le )?)?(début|debut|milieu|mi|fin)(?:-| de | d'| du | )?({MONTH}|\d{{4}})", lambda m: f"{en(_PARTS[m[1]])} {m[2]}"),
    # Counted days: "il y a quelques jours" is no date; "il y a trois jours" is dateparser's.
    rule(rf"il y a quelques ({'|'.join(_UNITS)})", lambda m: en(f"a few {_UNITS[m[1]]} ago")),
    rule(r"ces (?:derniers|dernières|dernieres) (jours|semaines|mois|années|annees)", lambda m: en(f"recent {_UNITS[m[1]]}")),
    rule(r"récemment|recemment|dernièrement|dernierement", en("recently")),
    # Ranges and alternatives.
    rule(rf"(?:du |le )?(\d{{1,2}}) au (\d{{1,2}} {MONTH})", r"⟪from⟫ \1 ⟪to⟫ \2"),
    rule(rf"du ({_DATE}|{MONTH}) au ({_DATE})", r"⟪from⟫ \1 ⟪to⟫ \2"),
    rule(rf"entre (?:le )?(\d{{1,2}}|{_DATE}) et (?:le )?({_DATE})", r"⟪between⟫ \1 ⟪and⟫ \2"),
    rule(rf"(?:de |d')({MONTH}) (?:à|a) ({MONTH})", r"⟪from⟫ \1 ⟪to⟫ \2"),
    rule(r"(?:le )?(\d{1,2}) ou (?:le )?(\d{1,2})", r"\1 ⟪or⟫ \2"),
    rule(r"depuis (?:le |la |l')?", en("since")),
    FLATTEN,
]  # fmt: skip

PHRASES: dict[str, str] = {}

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(
    ["le", "la", "les", "l'", "de", "du", "des", "d'", "en", "au", "aux", "à", "courant", "dans"]
)
