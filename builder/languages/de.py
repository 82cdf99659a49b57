"""German: the locales that read it and the rewrites word-by-word translation would lose.

Rewrites run in order on lowercased text: ordinal dots ("9. April") go, month, weekday and
season names become English marked ⟪ ⟫ (compounds too: "Mittwochabend" is Wednesday evening),
then the forms built from them ("in der Nacht zum Freitag", "im vergangenen März", "im 20.
Jahrhundert") become the English the reader knows. Shared helpers live in `fr.py`.
"""

from __future__ import annotations

import re

from builder.languages.fr import (
    APPROXIMATE,
    DAY_FIRST_NUMERIC,
    DAY_MONTH,
    ENGLISH_ORDINALS,
    FLATTEN,
    MONTH,
    SEASON,
    WEEKDAY,
    Replacement,
    en,
    names,
    ordinal,
    rule,
)

LOCALES = ("de",)
WHOLE_WORDS = True

_MONTHS = {
    "january": "januar|jänner|janner|jan", "february": "februar|febuar|feber|febr|feb",
    "march": "märz|maerz|marz|mrz", "april": "april|apr", "may": "mai", "june": "juni|jun",
    "july": "juli|jul", "august": "august|aug", "september": "september|sept|sep",
    "october": "oktober|okt", "november": "november|nov", "december": "dezember|dez",
}  # fmt: skip
_WEEKDAY_WORDS = {
    "montag": "monday", "dienstag": "tuesday", "mittwoch": "wednesday",
    "donnerstag": "thursday", "freitag": "friday", "samstag": "saturday",
    "sonnabend": "saturday", "sonntag": "sunday",
}  # fmt: skip
_SEASONS = {"spring": "frühling|frühjahr|fruehling|fruehjahr", "summer": "sommer",
            "autumn": "herbst", "winter": "winter"}  # fmt: skip
_PARTS_OF_DAY = {
    "morgen": "morning", "früh": "morning", "frueh": "morning", "vormittag": "morning",
    "mittag": "midday", "nachmittag": "afternoon", "abend": "evening", "nacht": "night",
}  # fmt: skip
_PART_OF_DAY = "|".join(sorted(_PARTS_OF_DAY, key=len, reverse=True))
_WEEKDAY_WORD = "|".join(sorted(_WEEKDAY_WORDS, key=len, reverse=True))
_PARTS = {"anfang": "early", "mitte": "mid", "ende": "late"}
_ORDINALS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ENDING = r"(?:e|en|er|es|em)?"  # an adjective's ending: "letzte", "letzten", "letztes"
_LAST = rf"(?:letzt|vergangen|vorig){_ENDING}"
_NEXT = rf"(?:nächst|naechst|kommend){_ENDING}"
_THIS = rf"dies{_ENDING}"
_BEFORE_LAST = rf"vorletzt{_ENDING}"
_PREP = r"(?:(?:in|an|am|im|zum) (?:der |dem |den )?)?"
_UNITS = {"tagen": "days", "wochen": "weeks", "monaten": "months", "jahren": "years"}
_DATE = rf"(?:{WEEKDAY}(?: {DAY_MONTH})?|{DAY_MONTH}|⟪(?:yesterday|tomorrow|today)⟫)"
_YEAR_GENITIVE = {"letzten": "last", "vergangenen": "last", "vorigen": "last", "nächsten": "next",
                  "naechsten": "next", "kommenden": "next", "dieses": "this"}  # fmt: skip
_YEAR_OF = "|".join(_YEAR_GENITIVE)


_TENS = {"zwanziger": "20", "dreißiger": "30", "dreissiger": "30", "vierziger": "40",
         "fünfziger": "50", "fuenfziger": "50", "sechziger": "60", "siebziger": "70",
         "achtziger": "80", "neunziger": "90"}  # fmt: skip


def _weekday_part(match: re.Match[str]) -> str:
    part = f" {en(_PARTS_OF_DAY[match[2]])}" if match[2] else ""
    return en(_WEEKDAY_WORDS[match[1]]) + part


def _quarter(match: re.Match[str]) -> str:
    unit = "quarter" if match[2].startswith("quartal") else "half"
    number = ENGLISH_ORDINALS[_ORDINALS[match[1]]]
    if match[3]:
        return en(f"last year's {number} {unit}")
    return en(f"the {number} {unit}" + (f" of {match[4]}" if match[4] else ""))


def _decade(match: re.Match[str]) -> str:
    part = f"{_PARTS[match[1]]} " if match[1] else ""
    return en(f"the {part}{match[2]}s")


def _tens_decade(match: re.Match[str]) -> str:
    part = f"{_PARTS[match[1]]} " if match[1] else ""
    return en(f"the {part}{_TENS[match[2]]}s")


def _century(match: re.Match[str]) -> str:
    part = f"{_PARTS[match[1]]} " if match[1] else ""
    return en(f"the {part}{ordinal(int(match[2]))} century")


REWRITES: list[tuple[re.Pattern[str], Replacement]] = [
    DAY_FIRST_NUMERIC,
    # "9. April", "2.–4. April": the ordinal dot is no date separator.
    rule(r"(\d{1,2})\.(?=\s|–|-|$)", r"\1"),
    *names(_MONTHS),
    # Weekdays, alone or compounded with a part of the day: "Dienstagmorgen", "Mittwoch früh".
    rule(rf"({_WEEKDAY_WORD})(?:(?:-| )?({_PART_OF_DAY}))?", _weekday_part),
    *names(_SEASONS),
    # Words for "about" (dateparser drops "etwa" silently); "um 14 Uhr" is a time, not "about".
    rule(r"(?:etwa|gegen|ungefähr|ungefaehr|rund um|rund|zirka|circa|ca\.|um (?:den|das|die))", APPROXIMATE),
    rule(r"(\d{1,2})[.:](\d{2}) uhr", r"\1:\2"),
    rule(r"(\d{1,2}) uhr", r"\1:00"),
    rule(r"v\. ?chr\.?|vor christus", en("bc")),
    rule(r"n\. ?chr\.?|nach christus", en("ad")),
    # Ranges before deadlines: "2. bis 4. April" is a range, "bis Ende Juni" a deadline.
    rule(rf"(?:vom |von )?(\d{{1,2}}) (?:bis|–|-) (?:zum )?(\d{{1,2}} {MONTH})", r"⟪from⟫ \1 ⟪to⟫ \2"),
    rule(rf"(?:vom|von) ({_DATE}|{MONTH}) bis (?:zum )?({_DATE}|{MONTH})", r"⟪from⟫ \1 ⟪to⟫ \2"),
    rule(rf"zwischen (?:dem )?(\d{{1,2}}|{_DATE}) und (?:dem )?({_DATE})", r"⟪between⟫ \1 ⟪and⟫ \2"),
    rule(r"(?:am )?(\d{1,2}) oder (?:am )?(\d{1,2})", r"\1 ⟪or⟫ \2"),
    # Nights: "zum Freitag" is the night that ends on Friday; "von ... auf ..." keeps both days.
    rule(rf"(?:in der )?nacht (?:vom|von) (\d{{1,2}}) (?:auf|zum|zu) (?:den )?(\d{{1,2}}) ({MONTH}(?: \d{{4}})?)", r"⟪the night from⟫ \1 \3 ⟪to⟫ \2 \3"),
    rule(rf"(?:in der )?nacht (?:vom|von) ({_DATE}) (?:auf|zum|zu) (?:den )?({_DATE})", r"⟪the night from⟫ \1 ⟪to⟫ \2"),
    rule(rf"(?:in der )?nacht (?:zum|zu|auf) (?:den )?({_DATE})", r"⟪the night into⟫ \1"),
    rule(r"gestern (?:abend|nacht)", en("yesterday evening")),
    rule(r"gestern (?:morgen|früh|frueh|vormittag)", en("yesterday morning")),
    rule(r"gestern (?:nachmittag|mittag)", en("yesterday afternoon")),
    rule(r"heute (?:morgen|früh|frueh|vormittag)", en("this morning")),
    rule(r"heute (?:nachmittag|mittag)", en("this afternoon")),
    rule(r"heute abend", en("this evening")),
    rule(r"morgen (?:früh|frueh|vormittag)", en("tomorrow morning")),
    rule(r"morgen abend", en("tomorrow evening")),
    # "heute Nacht", "in der Nacht" in a report are the night just past (reports look back).
    rule(rf"heute nacht|{_PREP}{_LAST} nacht", en("last night")),
    rule(rf"am (?:frühen |fruehen )({WEEKDAY})", r"⟪early on⟫ \1"),
    rule(rf"{_PREP}{_LAST} ({WEEKDAY})", r"⟪last⟫ \1"),
    rule(rf"am (?:späten |spaeten )({WEEKDAY})", r"⟪late on⟫ \1"),
    # Decades and centuries, with their parts ("Ende der 1990er Jahre", "im 20. Jahrhundert").
    rule(r"(?:(anfang|mitte|ende) )?(?:der |die |den |in den )?(\d{4}|\d0)er(?:-| )?(?:jahre(?:n)?)?", _decade),
    rule(rf"(?:(anfang|mitte|ende) )?(?:der |die |den |in den )?({'|'.join(_TENS)})(?:-| )?(?:jahre(?:n)?)?", _tens_decade),
    rule(r"(?:(anfang|mitte|ende) )?(?:des |im |das )?(\d{1,2}) jahrhunderts?", _century),
    # Quarters and halves; with no year they count from the anchor.
    rule(rf"(?:im |in der |das |dem )?(erst|zweit|dritt|viert|[1-4]){_ENDING} (quartal|halbjahr|jahreshälfte|jahreshaelfte)(?: (des vorjahres|des vergangenen jahres|des letzten jahres)| (\d{{4}}))?", _quarter),
    # Deadlines, open bounds, vague spans and anaphora: refused in English with their reason.
    rule(r"bis (?:spätestens |spaetestens )?(?:zum )?ende (?:des jahres|dieses jahres)", en("by the end of the year")),
    rule(r"bis (?:spätestens |spaetestens )?(?:zum )?ende(?: des| der)?", en("by the end of")),
    rule(r"bis (?:spätestens |spaetestens )?(?:zum |zur )?", en("by")),
    rule(r"vor (?=\d{4}(?!\d))|vor dem", en("before")),
    rule(r"nach (?=\d{4}(?!\d))|nach dem", en("after")),
    rule(r"seit (?:dem |der )?", en("since")),
    rule(r"vor (?:einigen|wenigen|ein paar|mehreren) (tagen|wochen|monaten|jahren)", lambda m: en(f"a few {_UNITS[m[1]]} ago")),
    rule(r"in den (?:letzten|vergangenen|zurückliegenden) (tagen|wochen|monaten|jahren)", lambda m: en(f"recent {_UNITS[m[1]]}")),
    rule(r"kürzlich|kuerzlich|vor kurzem|neulich|jüngst|juengst", en("recently")),
    rule(r"(?:noch )?am (?:selben|gleichen|selbigen) tag", en("the same day")),
    rule(r"am (?:nächsten|naechsten|folgenden) tag|am tag darauf|am folgetag|tags darauf", en("the following day")),
    rule(r"am vortag|am tag zuvor|tags zuvor", en("the previous day")),
    rule(r"damals|zu diesem zeitpunkt|zu jener zeit", en("at the time")),
    # Weeks, weekends, months and years counted from the anchor (weeks are ISO weeks).
    rule(rf"{_PREP}{_BEFORE_LAST} woche", en("the week before last")),
    rule(rf"{_PREP}{_BEFORE_LAST} wochenende", en("the weekend before last")),
    rule(rf"{_PREP}{_LAST} woche", en("last week")),
    rule(rf"{_PREP}{_NEXT} woche", en("next week")),
    rule(rf"{_PREP}{_THIS} woche", en("this week")),
    rule(rf"{_PREP}{_LAST} wochenende", en("last weekend")),
    rule(rf"{_PREP}{_NEXT} wochenende", en("next weekend")),
    rule(rf"{_PREP}{_THIS} wochenende", en("this weekend")),
    rule(rf"{_PREP}{_LAST} monats?", en("last month")),
    rule(rf"{_PREP}{_NEXT} monats?", en("next month")),
    rule(rf"{_PREP}{_THIS} monats?", en("this month")),
    # Parts of months and years: "Anfang nächsten Jahres", "Ende des Jahres".
    rule(rf"(anfang|mitte|ende) ({_YEAR_OF}) jahres", lambda m: en(f"{_PARTS[m[1]]} {_YEAR_GENITIVE[m[2]]} year")),
    rule(r"(anfang|mitte|ende) des jahres|zum jahresende|(?<=\s)jahresende", lambda m: en(f"{_PARTS.get(m[1] or 'ende')} this year")),
    rule(r"(anfang|mitte|ende) des monats", lambda m: en(f"{_PARTS[m[1]]} this month")),
    rule(rf"{_PREP}{_LAST} jahr(?:es)?|im vorjahr", en("last year")),
    rule(rf"{_PREP}{_NEXT} jahr(?:es)?", en("next year")),
    rule(rf"{_PREP}{_THIS} jahr(?:es)?", en("this year")),
    # Months and seasons against the anchor: "im vergangenen März", "im März letzten Jahres".
    # A month "last" is the latest one before the anchor; a season keeps the reader's "last".
    rule(rf"{_PREP}{_LAST} ({MONTH})", r"⟪this past⟫ \1"),
    rule(rf"{_PREP}{_LAST} ({SEASON})", r"⟪last⟫ \1"),
    rule(rf"{_PREP}{_NEXT} ({MONTH}|{SEASON})", r"⟪next⟫ \1"),
    rule(rf"{_PREP}{_THIS} ({MONTH}|{SEASON})", r"⟪this⟫ \1"),
    rule(rf"(?:im )?({MONTH}|{SEASON}) (?:des )?({_YEAR_OF}) jahres", lambda m: f"{m[1]} {en(_YEAR_GENITIVE[m[2]] + ' year')}"),
    rule(rf"(anfang|mitte|ende) ({MONTH}|\d{{4}})", lambda m: f"{en(_PARTS[m[1]])} {m[2]}"),
    FLATTEN,
]  # fmt: skip

PHRASES: dict[str, str] = {}

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["am", "im", "den", "dem", "der", "des", "vom", "zum", "in"])
