"""French: the locales that read it and the rewrites word-by-word translation would lose.

Rewrites run in order on lowercased text (apostrophes already straight): month, weekday and
season names first become English marked ⟪ ⟫, then the forms built from them ("dans la nuit de
jeudi à vendredi", "l'automne dernier", "au XXe siècle") become the English the reader knows.
The rules built from these words are written once, in `rules.py`.
"""

from __future__ import annotations

import re

from builder.languages.rules import (
    APPROXIMATE,
    BETWEEN,
    DAY_FIRST_NUMERIC,
    DAY_MONTH,
    EITHER,
    FLATTEN,
    FROM_TO,
    MONTH,
    NIGHT_FROM_TO,
    NIGHT_FROM_TO_MONTH,
    SEASON,
    WEEKDAY,
    WEEKDAY_COMMA_DATE,
    WEEKDAY_DAY_MONTH,
    Rewrite,
    centuries,
    date_of_year,
    date_with_part,
    day_list,
    decade,
    en,
    meanings,
    names,
    part_before,
    part_of_period,
    part_of_year,
    quarters,
    rule,
    spans,
)

LOCALES = ("fr",)
WHOLE_WORDS = True

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


def _early_or_late(match: re.Match[str]) -> str:
    """'mardi en fin d'après-midi' → ⟪late on⟫ ⟪tuesday⟫ ⟪afternoon⟫; a day ("journée") alone."""
    edge = "late on" if match[2] == "fin" else "early on"
    part = _PARTS_OF_DAY.get(match[3])
    return f"{en(edge)} {match[1]}" + (f" {en(part)}" if part else "")


REWRITES: list[Rewrite] = [
    rule(r"1er", "1"),
    # "ce 31 octobre", "ce mardi": the demonstrative adds nothing, and "ce" would read as the era CE.
    rule(r"(?:ce|cet|cette)(?= \d)", ""),
    DAY_FIRST_NUMERIC,
    *names(_MONTHS),
    *names(_WEEKDAYS),
    *names(_SEASONS),
    *meanings({"yesterday": "hier", "tomorrow": "demain", "today": "aujourd'hui"}),
    # "mercredi 7/01", "vendredi, 13 juin": a weekday and its date (day first in French).
    WEEKDAY_DAY_MONTH,
    WEEKDAY_COMMA_DATE,
    day_list("et"),
    # "22h", "22 h 30", "14h05": the French way of writing a clock time.
    rule(r"(\d{1,2}) ?h ?(\d{2})?", lambda m: f"{m[1]}:{m[2] or '00'}"),
    # "ce jeudi" is this week's Thursday, as "this Thursday" is in English.
    rule(rf"(?:ce|cet) ({WEEKDAY})(?=,? \d)", r"\1"),
    rule(rf"(?:ce|cet) ({WEEKDAY})", r"⟪this⟫ \1"),
    # Words for "about" (dateparser drops "environ" silently).
    rule(
        r"(?:vers|environ|autour d[ue]|aux alentours d(?:u|e la|e l'|es|e)|aux environs "
        r"d(?:u|e la|es|e)|approximativement|à peu près|a peu pres)",
        APPROXIMATE,
    ),
    *meanings({
        "bc": r"(?:av\.|avant) j\.-?c\.?",
        "ad": r"(?:apr\.|après) j\.-?c\.?",
        # Deadlines, open bounds and anaphora: refused in English with their reason.
        "by the end of the year": r"d'ici (?:à )?(?:la )?fin (?:de |d')(?:l'année|l'annee|l'an|cette année)",
        "by the end of": r"d'ici (?:à )?(?:la )?fin (?:de |d'|du )?",
        "by": r"d'ici (?:à |au |le |la )?",
        "before": r"avant (?:le |la |l')?",
        "after": r"après (?:le |la |l')?|apres (?:le |la |l')?",
        "until the end of": r"jusqu'(?:au|à|a) (?:la )?fin (?:de |d'|du )?",
        "until": r"jusqu'(?:au|à la|à|a)",
        "the same day": r"le même jour|le meme jour|le jour même|le jour meme",
        "the following day": r"le lendemain",
        "the previous day": r"la veille",
        "at the time": r"à l'époque|a l'epoque|à cette époque|a cette epoque",
        "that day": r"ce jour-là|ce jour-la",
        "that week": r"cette semaine-là|cette semaine-la",
    }),
    # Nights: "de jeudi à vendredi" keeps both days; a night named by one day starts on it.
    rule(rf"(?:dans )?la nuit (?:de |du )?({WEEKDAY}) (?:à|a|au) ({WEEKDAY})", NIGHT_FROM_TO),
    rule(rf"(?:dans )?la nuit du (\d{{1,2}}) au (\d{{1,2}}) ({MONTH}(?: \d{{4}})?)", NIGHT_FROM_TO_MONTH),
    rule(rf"(?:dans )?la nuit du ({DAY_MONTH}) au ({DAY_MONTH})", NIGHT_FROM_TO),
    rule(rf"(?:dans )?la nuit (?:de |du )({_DATE})", r"⟪the night of⟫ \1"),
    # "cette nuit" in a report is the night just past (reports look back).
    *meanings({
        "last night": r"(?:cette nuit|la nuit dernière|la nuit derniere)",
        "this morning": r"ce matin",
        "this afternoon": r"cet (?:après-midi|apres-midi)",
        "this evening": r"ce soir",
    }),
    # "ce mardi en fin d'après-midi": late on Tuesday afternoon; "en fin de journée", late on it.
    rule(rf"((?:⟪this⟫ )?{_DATE}) (?:en |dans la |au )?(début|debut|fin) (?:de |d')(?:la )?({_PART_OF_DAY}|journée|journee)", _early_or_late),
    rule(rf"(?:dans )?(?:la |l')({_PART_OF_DAY}) (?:de |du |d')?({_DATE})", date_with_part(_PARTS_OF_DAY)),
    rule(rf"({_DATE}) (?:au |dans la |en )?({_PART_OF_DAY})", date_with_part(_PARTS_OF_DAY, part=2, date=1)),
    rule(rf"tôt (?:le |ce )?({_DATE})", r"⟪early on⟫ \1"),
    rule(rf"tard (?:le |ce )?({_DATE})", r"⟪late on⟫ \1"),
    # Decades and centuries, with their parts ("la fin des années 1990", "au début du XXe siècle").
    rule(r"(?:(?:au |le |à la |a la |la |dès le )?(début|debut|milieu|fin) des |les |des |aux )?années (\d{4}|\d0)", decade(_PARTS)),
    rule(r"(?:(?:au |le |à la |a la |la |dès le )?(début|debut|milieu|fin) du |au |le |du )?([ivxlc]+|\d{1,2})(?:e|ème|eme|è) (?:siècle|siecle)", centuries(_PARTS)),
    # Quarters and halves; with no year they count from the anchor.
    rule(rf"(?:au |le |du |ce |lors du )?({_ORDINAL}) (trimestre|semestre)(?: (de l'année dernière|de l'an dernier|de l'an passé|de l'année passée)| (?:de |d')?(\d{{4}}))?", quarters(_ORDINALS, "trimestre")),
    # "sur le premier semestre", "sur l'année 2020": over the period, which is the period.
    rule(r"sur (?:le |la |l'|les )?(?=⟪|\d{4})", ""),
    rule(r"t([1-4]) (\d{4})", r"⟪q\1⟫ \2"),
    rule(r"s([12]) (\d{4})", r"⟪h\1⟫ \2"),
    *meanings({
        "the first half of": r"(?:la )?(?:première|premiere) moitié (?:de |d')?",
        "the second half of": r"(?:la )?seconde moitié (?:de |d')?",
    }),
    # Weeks, weekends, months and years counted from the anchor (weeks are ISO weeks).
    *meanings({
        "the week before last": r"(?:l')?avant-derni(?:è|e)re semaine|la semaine d'avant",
        "the weekend before last": rf"(?:l')?avant-dernier {_WEEKEND}|le {_WEEKEND} d'avant",
        "last week": rf"(?:la )?semaine {_LAST}",
        "next week": rf"(?:la )?semaine {_NEXT}",
        "this week": r"cette semaine",
        "last weekend": rf"(?:le )?{_WEEKEND} {_LAST}",
        "next weekend": rf"(?:le )?{_WEEKEND} {_NEXT}",
        "this weekend": rf"ce {_WEEKEND}",
        "last month": rf"(?:le )?mois {_LAST}",
        "next month": rf"(?:le )?mois {_NEXT}",
        "this month": r"ce mois-ci|ce mois",
    }),
    # Parts of months and years; "fin d'année" is this year's.
    rule(rf"(?:au |à la |a la |en |dès (?:le )?)?(début|debut|milieu|mi|fin)(?:-| de | d'| du )?{_YEAR_WORD} ({_LAST[3:-1]}|{_NEXT[3:-1]})", part_of_year(_PARTS, _RELATIVE_YEAR)),
    rule(rf"(?:au |à la |a la |en |dès (?:le )?)?(début|debut|milieu|mi|fin)(?:-| de | d'| du )?(?:{_YEAR_WORD}|cette année)", part_of_period(_PARTS, "this year")),
    rule(r"(?:au |à la |a la |en |dès (?:le )?)?(début|debut|milieu|mi|fin)(?:-| de | d'| du )?(?:ce )?mois", part_of_period(_PARTS, "this month")),
    *meanings({
        "last year": rf"{_YEAR_WORD} {_LAST}",
        "next year": rf"{_YEAR_WORD} {_NEXT}",
        "this year": r"cette année|cette annee",
    }),
    # Months and seasons against the anchor: "en mars dernier", "l'automne dernier".
    # A month "dernier" is the latest one before the anchor; a season keeps the reader's "last".
    rule(rf"(?<!\d )(?:en |le |au )?({MONTH}) {_LAST}", r"⟪this past⟫ \1"),
    rule(rf"(?:l'|au |à l'|a l'|cet |ce )?({SEASON}) {_LAST}", r"⟪last⟫ \1"),
    rule(rf"(?<!\d )(?:en |l'|le |au |à l'|a l'|cet |ce )?({MONTH}|{SEASON}) {_NEXT}", r"⟪next⟫ \1"),
    rule(rf"(?:cet |ce )({SEASON})", r"⟪this⟫ \1"),
    rule(rf"({MONTH}|{SEASON}) (?:de |d')?{_YEAR_WORD} ({_LAST[3:-1]}|{_NEXT[3:-1]})", date_of_year(_RELATIVE_YEAR)),
    rule(rf"({MONTH}) de cette année", r"\1 ⟪this year⟫"),
    rule(rf"(?:au |à l'|a l'|en |l')({SEASON})", r"\1"),
    rule(rf"(?:au |à la |a la |en |dès (?:le )?)?(début|debut|milieu|mi|fin)(?:-| de | d'| du | )?({MONTH}|\d{{4}})", part_before(_PARTS)),
    # Counted days: "il y a quelques jours" is no date; "il y a trois jours" is dateparser's.
    rule(rf"il y a quelques ({'|'.join(_UNITS)})", spans("a few {unit} ago", _UNITS)),
    rule(r"ces (?:derniers|dernières|dernieres) (jours|semaines|mois|années|annees)", spans("recent {unit}", _UNITS)),
    rule(r"récemment|recemment|dernièrement|dernierement", en("recently")),
    # Ranges and alternatives.
    rule(rf"(?:du |le )?(\d{{1,2}}) au (\d{{1,2}} {MONTH})", FROM_TO),
    rule(rf"du ({_DATE}|{MONTH}) au ({_DATE})", FROM_TO),
    rule(rf"entre (?:le )?(\d{{1,2}}|{_DATE}) et (?:le )?({_DATE})", BETWEEN),
    rule(rf"(?:de |d')({MONTH}) (?:à|a) ({MONTH})", FROM_TO),
    rule(r"(?:le )?(\d{1,2}) ou (?:le )?(\d{1,2})", EITHER),
    rule(r"depuis (?:le |la |l')?", en("since")),
    FLATTEN,
]  # fmt: skip

PHRASES: dict[str, str] = {}

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(
    ["le", "la", "les", "l'", "de", "du", "des", "d'", "en", "au", "aux", "à", "courant", "dans"]
)
