"""German: the locales that read it and the rewrites word-by-word translation would lose.

Rewrites run in order on lowercased text: ordinal dots ("9. April") go, month, weekday and
season names become English marked ⟪ ⟫ (compounds too: "Mittwochabend" is Wednesday evening),
then the forms built from them ("in der Nacht zum Freitag", "im vergangenen März", "im 20.
Jahrhundert") become the English the reader knows. The rules are built in `rules.py`.
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
    SEASON,
    WEEKDAY,
    WEEKDAY_COMMA_DATE,
    WEEKDAY_DAY_MONTH,
    Rewrite,
    centuries,
    date_of_year,
    day_list,
    decade,
    en,
    meanings,
    names,
    nights,
    part_before,
    part_of_period,
    part_of_year,
    quarters,
    rule,
    spans,
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


REWRITES: list[Rewrite] = [
    DAY_FIRST_NUMERIC,
    # "9. April", "2.–4. April": the ordinal dot is no date separator.
    rule(r"(\d{1,2})\.(?=\s|–|-|$)", r"\1"),
    *names(_MONTHS),
    # Weekdays, alone or compounded with a part of the day: "Dienstagmorgen", "Mittwoch früh".
    rule(rf"({_WEEKDAY_WORD})(?:(?:-| )?({_PART_OF_DAY}))?", _weekday_part),
    *names(_SEASONS),
    # "Silvester", "in der Silvesternacht": New Year's Eve, and its night, are 31 December (a
    # night belongs to the evening it starts on); "Heiligabend" 24 December, "Neujahr" 1 January.
    rule(r"(?:in der |an |zu |am )?silvester(?:nacht|abend|tag)?", en("31 december")),
    rule(r"(?:an |zu |am )?(?:heiligabend|heiligen abend)", en("24 december")),
    rule(r"(?:an |zu |am )?neujahr(?:stag)?", en("1 january")),
    # "am kommenden Donnerstag, 12. September 2024": a weekday with its written date is that
    # date (the reader checks the weekday against it).
    rule(rf"{_PREP}(?:{_NEXT}|{_LAST}|{_THIS}) ({WEEKDAY})(?=,? \(?\d{{1,2}} {MONTH})", r"\1"),
    WEEKDAY_COMMA_DATE,
    day_list("und"),
    # Words for "about" (dateparser drops "etwa" silently); "um 14 Uhr" is a time, not "about".
    rule(r"(?:etwa|gegen|ungefähr|ungefaehr|rund um|rund|zirka|circa|ca\.|um (?:den|das|die))", APPROXIMATE),
    rule(r"(\d{1,2})[.:](\d{2}) uhr", r"\1:\2"),
    rule(r"(\d{1,2}) uhr", r"\1:00"),
    # "Mittwoch, 7.1.": a day and month in figures after a weekday, day first.
    WEEKDAY_DAY_MONTH,
    *meanings({
        "bc": r"v\. ?chr\.?|vor christus",
        "ad": r"n\. ?chr\.?|nach christus",
    }),
    # Ranges before deadlines: "2. bis 4. April" is a range, "bis Ende Juni" a deadline.
    rule(rf"(?:vom |von )?(\d{{1,2}}) (?:bis|–|-) (?:zum )?(\d{{1,2}} {MONTH})", FROM_TO),
    rule(rf"(?:vom|von) ({_DATE}|{MONTH}) bis (?:zum )?({_DATE}|{MONTH})", FROM_TO),
    rule(rf"zwischen (?:dem )?(\d{{1,2}}|{_DATE}) und (?:dem )?({_DATE})", BETWEEN),
    rule(r"(?:am )?(\d{1,2}) oder (?:am )?(\d{1,2})", EITHER),
    # Nights: "zum Freitag" is the night that ends on Friday; "von ... auf ..." keeps both days.
    *nights(r"(?:in der )?nacht", r"(?:vom|von)", r"(?:auf|zum|zu) (?:den )?", r"(?:zum|zu|auf) (?:den )?", _DATE),
    *meanings({
        "yesterday evening": r"gestern (?:abend|nacht)",
        "yesterday morning": r"gestern (?:morgen|früh|frueh|vormittag)",
        "yesterday afternoon": r"gestern (?:nachmittag|mittag)",
        "this morning": r"heute (?:morgen|früh|frueh|vormittag)",
        "this afternoon": r"heute (?:nachmittag|mittag)",
        "this evening": r"heute abend",
        "tomorrow morning": r"morgen (?:früh|frueh|vormittag)",
        "tomorrow evening": r"morgen abend",
        # "heute Nacht", "in der Nacht" in a report are the night just past (reports look back).
        "last night": rf"heute nacht|{_PREP}{_LAST} nacht",
    }),
    rule(rf"am (?:frühen |fruehen )({WEEKDAY})", r"⟪early on⟫ \1"),
    rule(rf"{_PREP}{_LAST} ({WEEKDAY})", r"⟪last⟫ \1"),
    rule(rf"am (?:späten |spaeten )({WEEKDAY})", r"⟪late on⟫ \1"),
    # Decades and centuries, with their parts ("Ende der 1990er Jahre", "im 20. Jahrhundert").
    rule(r"(?:(anfang|mitte|ende) )?(?:der |die |den |in den )?(\d{4}|\d0)er(?:-| )?(?:jahre(?:n)?)?", decade(_PARTS)),
    rule(rf"(?:(anfang|mitte|ende) )?(?:der |die |den |in den )?({'|'.join(_TENS)})(?:-| )?(?:jahre(?:n)?)?", decade(_PARTS, _TENS)),
    rule(r"(?:(anfang|mitte|ende) )?(?:des |im |das )?(\d{1,2}) jahrhunderts?", centuries(_PARTS)),
    # Quarters and halves; with no year they count from the anchor.
    rule(rf"(?:im |in der |das |dem )?(erst|zweit|dritt|viert|[1-4]){_ENDING} (quartal|halbjahr|jahreshälfte|jahreshaelfte)(?: (des vorjahres|des vergangenen jahres|des letzten jahres)| (\d{{4}}))?", quarters(_ORDINALS, "quartal")),
    # Deadlines, open bounds, vague spans and anaphora: refused in English with their reason.
    *meanings({
        "by the end of the year": r"bis (?:spätestens |spaetestens )?(?:zum )?ende (?:des jahres|dieses jahres)",
        "by the end of": r"bis (?:spätestens |spaetestens )?(?:zum )?ende(?: des| der)?",
        "by": r"bis (?:spätestens |spaetestens )?(?:zum |zur )?",
        "before": r"vor (?=\d{4}(?!\d))|vor dem",
        "after": r"nach (?=\d{4}(?!\d))|nach dem",
        "since": r"seit (?:dem |der )?",
    }),
    rule(r"vor (?:einigen|wenigen|ein paar|mehreren) (tagen|wochen|monaten|jahren)", spans("a few {unit} ago", _UNITS)),
    rule(r"in den (?:letzten|vergangenen|zurückliegenden) (tagen|wochen|monaten|jahren)", spans("recent {unit}", _UNITS)),
    *meanings({
        "recently": r"kürzlich|kuerzlich|vor kurzem|neulich|jüngst|juengst",
        "the same day": r"(?:noch )?am (?:selben|gleichen|selbigen) tag",
        "the following day": r"am (?:nächsten|naechsten|folgenden) tag|am tag darauf|am folgetag|tags darauf",
        "the previous day": r"am vortag|am tag zuvor|tags zuvor",
        "at the time": r"damals|zu diesem zeitpunkt|zu jener zeit",
        # Weeks, weekends, months and years counted from the anchor (weeks are ISO weeks).
        "the week before last": rf"{_PREP}{_BEFORE_LAST} woche",
        "the weekend before last": rf"{_PREP}{_BEFORE_LAST} wochenende",
        "last week": rf"{_PREP}{_LAST} woche",
        "next week": rf"{_PREP}{_NEXT} woche",
        "this week": rf"{_PREP}{_THIS} woche",
        "last weekend": rf"{_PREP}{_LAST} wochenende",
        "next weekend": rf"{_PREP}{_NEXT} wochenende",
        "this weekend": rf"{_PREP}{_THIS} wochenende",
        "last month": rf"{_PREP}{_LAST} monats?",
        "next month": rf"{_PREP}{_NEXT} monats?",
        "this month": rf"{_PREP}{_THIS} monats?",
    }),
    # Parts of months and years: "Anfang nächsten Jahres", "Ende des Jahres".
    rule(rf"(anfang|mitte|ende) ({_YEAR_OF}) jahres", part_of_year(_PARTS, _YEAR_GENITIVE)),
    rule(r"(anfang|mitte|ende) des jahres|zum jahresende|(?<=\s)jahresende", lambda m: en(f"{_PARTS.get(m[1] or 'ende')} this year")),
    rule(r"(anfang|mitte|ende) des monats", part_of_period(_PARTS, "this month")),
    *meanings({
        "last year": rf"{_PREP}{_LAST} jahr(?:es)?|im vorjahr",
        "next year": rf"{_PREP}{_NEXT} jahr(?:es)?",
        "this year": rf"{_PREP}{_THIS} jahr(?:es)?",
    }),
    # Months and seasons against the anchor: "im vergangenen März", "im März letzten Jahres".
    # A month "last" is the latest one before the anchor; a season keeps the reader's "last".
    rule(rf"{_PREP}{_LAST} ({MONTH})", r"⟪this past⟫ \1"),
    rule(rf"{_PREP}{_LAST} ({SEASON})", r"⟪last⟫ \1"),
    rule(rf"{_PREP}{_NEXT} ({MONTH}|{SEASON})", r"⟪next⟫ \1"),
    rule(rf"{_PREP}{_THIS} ({MONTH}|{SEASON})", r"⟪this⟫ \1"),
    rule(rf"(?:im )?({MONTH}|{SEASON}) (?:des )?({_YEAR_OF}) jahres", date_of_year(_YEAR_GENITIVE)),
    rule(rf"(anfang|mitte|ende) ({MONTH}|\d{{4}})", part_before(_PARTS)),
    FLATTEN,
]  # fmt: skip

PHRASES: dict[str, str] = {}

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["am", "im", "den", "dem", "der", "des", "vom", "zum", "in"])
