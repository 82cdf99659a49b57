"""Spanish: the locales that read it and the rewrites word-by-word translation would lose.

Rewrites run in order on lowercased text: month, weekday and season names become English
marked ⟪ ⟫ ("setiembre" too), then the forms built from them ("la noche del jueves", "el
pasado marzo", "en el siglo XX") become the English the reader knows. Shared helpers live in
`fr.py`. "mañana" is tomorrow alone and morning after "esta", "la" or "por la".
"""

from __future__ import annotations

import re

from builder.languages.fr import (
    APPROXIMATE,
    DAY_FIRST_NUMERIC,
    ENGLISH_ORDINALS,
    FLATTEN,
    MONTH,
    SEASON,
    WEEKDAY,
    Replacement,
    century,
    en,
    names,
    ordinal,
    rule,
)

LOCALES = ("es",)
WHOLE_WORDS = True

_MONTHS = {
    "january": "enero|ene", "february": "febrero|feb", "march": "marzo|mar",
    "april": "abril|abr", "may": "mayo|may", "june": "junio|jun", "july": "julio|jul",
    "august": "agosto|ago", "september": "septiembre|setiembre|sept|sep|set",
    "october": "octubre|oct", "november": "noviembre|nov", "december": "diciembre|dic",
}  # fmt: skip
_WEEKDAYS = {
    "monday": "lunes", "tuesday": "martes", "wednesday": "miércoles|miercoles",
    "thursday": "jueves", "friday": "viernes", "saturday": "sábado|sabado",
    "sunday": "domingo",
}  # fmt: skip
_SEASONS = {"spring": "primavera", "summer": "verano", "autumn": "otoño|otono",
            "winter": "invierno"}  # fmt: skip
_PARTS_OF_DAY = {"mañana": "morning", "manana": "morning", "tarde": "afternoon",
                 "noche": "night", "mediodía": "midday", "mediodia": "midday"}  # fmt: skip
_PART_OF_DAY = "|".join(sorted(_PARTS_OF_DAY, key=len, reverse=True))
_PARTS = {"principios": "early", "comienzos": "early", "inicios": "early", "mediados": "mid",
          "finales": "late", "fines": "late"}  # fmt: skip
_PART = "|".join(_PARTS)
_ORDINALS = {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2,
             "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4}  # fmt: skip
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_NUMBERS = {"un": "1", "una": "1", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4",
            "cinco": "5", "seis": "6", "siete": "7", "ocho": "8", "nueve": "9", "diez": "10",
            "once": "11", "doce": "12", "quince": "15", "veinte": "20"}  # fmt: skip
_NUMBER = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_UNITS = {"días": "days", "dias": "days", "semanas": "weeks", "meses": "months",
          "años": "years", "anos": "years"}  # fmt: skip
_UNIT = "|".join(_UNITS)
_TENS = {"veinte": "20", "treinta": "30", "cuarenta": "40", "cincuenta": "50",
         "sesenta": "60", "setenta": "70", "ochenta": "80", "noventa": "90"}  # fmt: skip
_LAST = r"(?:pasado|pasada|último|ultimo|última|ultima)"
_NEXT = r"(?:próximo|proximo|próxima|proxima|que viene|entrante)"
_YEAR_WORD = r"(?:del |de )?(?:año|ano)"
_DATE = rf"(?:{WEEKDAY}(?: \d{{1,2}}(?: de)? {MONTH}(?: (?:de )?\d{{4}})?)?|\d{{1,2}} (?:de )?{MONTH}(?: (?:de )?\d{{4}})?|⟪(?:yesterday|tomorrow|today)⟫)"


def _quarter(match: re.Match[str]) -> str:
    unit = "quarter" if match[2] == "trimestre" else "half"
    number = ENGLISH_ORDINALS[_ORDINALS[match[1]]]
    if match[3]:
        return en(f"last year's {number} {unit}")
    return en(f"the {number} {unit}" + (f" of {match[4]}" if match[4] else ""))


def _decade(match: re.Match[str]) -> str:
    part = f"{_PARTS[match[1]]} " if match[1] else ""
    return en(f"the {part}{_TENS.get(match[2], match[2])}s")


def _century(match: re.Match[str]) -> str:
    part = f"{_PARTS[match[1]]} " if match[1] else ""
    return en(f"the {part}{ordinal(century(match[2]))} century")


REWRITES: list[tuple[re.Pattern[str], Replacement]] = [
    DAY_FIRST_NUMERIC,
    # "hace tres días": dateparser leaves Spanish number words unread.
    rule(rf"({_NUMBER}) ({_UNIT})", lambda m: f"{_NUMBERS[m[1]]} {m[2]}"),
    # "mañana" is a part of the day after a weekday, "esta", "la" or "por la"; alone, tomorrow.
    rule(r"esta mañana|esta manana", en("this morning")),
    rule(r"esta tarde", en("this afternoon")),
    rule(r"esta noche", en("tonight")),
    rule(r"esta madrugada", en("early today")),
    rule(r"anoche", en("last night")),
    rule(r"ayer", en("yesterday")),
    rule(r"mañana por la mañana|manana por la manana", en("tomorrow morning")),
    *names(_MONTHS),
    *names(_WEEKDAYS),
    *names(_SEASONS),
    # Words for "about" (dateparser drops "cerca de" silently).
    rule(r"(?:alrededor|cerca|en torno|a eso) (?:del|de la|de los|de las|de|al|a)|hacia (?:el |la |los |las )?|aproximadamente(?: en| el| a)?", APPROXIMATE),
    rule(r"a\. ?c\.|antes de cristo", en("bc")),
    rule(r"d\. ?c\.|después de cristo|despues de cristo", en("ad")),
    # Deadlines, open bounds, vague spans and anaphora: refused in English with their reason.
    rule(rf"(?:para|antes de) (?:{_PART}) (?:de |del )?(?:este )?(?:año|ano)", en("by the end of the year")),
    rule(rf"(?:para|antes de) (?:{_PART}) (?:de |del )?", en("by the end of")),
    rule(r"para (?:el |la )?(?=\d{4}(?!\d)|⟪)", en("by")),
    rule(r"antes (?:del|de la|de)", en("before")),
    rule(r"después (?:del|de la|de)|despues (?:del|de la|de)", en("after")),
    rule(r"hasta (?:el |la )?", en("until")),
    rule(rf"hace (?:unos|unas|algunos|algunas|pocos|pocas) ({_UNIT})", lambda m: en(f"a few {_UNITS[m[1]]} ago")),
    rule(rf"en (?:los|las) (?:últimos|ultimos|últimas|ultimas) ({_UNIT})", lambda m: en(f"recent {_UNITS[m[1]]}")),
    rule(r"recientemente|hace poco|últimamente|ultimamente", en("recently")),
    rule(r"(?:ese|el) mismo día|(?:ese|el) mismo dia", en("the same day")),
    rule(r"al día siguiente|al dia siguiente", en("the following day")),
    rule(r"el día anterior|el dia anterior|la víspera|la vispera", en("the previous day")),
    rule(r"en aquel momento|en ese momento|entonces|en aquella época|en aquella epoca", en("at the time")),
    # Nights: "la noche del jueves" starts on Thursday; "del 12 al 13" keeps both days.
    rule(rf"(?:en )?la noche del (\d{{1,2}}) al (\d{{1,2}}) (?:de )?({MONTH}(?: (?:de )?\d{{4}})?)", r"⟪the night from⟫ \1 \3 ⟪to⟫ \2 \3"),
    rule(rf"(?:en )?la noche del ({_DATE}) al ({_DATE})", r"⟪the night from⟫ \1 ⟪to⟫ \2"),
    rule(rf"(?:en )?la madrugada (?:del |de )?(?:este |el )?({_DATE})", r"⟪in the small hours of⟫ \1"),
    rule(rf"a última hora (?:del |de )?(?:este |el )?({_DATE})|a ultima hora (?:del |de )?(?:este |el )?({_DATE})", lambda m: en("late on") + f" {m[1] or m[2]}"),
    rule(rf"(?:en |por )?la ({_PART_OF_DAY}) (?:del |de )?(?:este |el )?({_DATE})", lambda m: f"{m[2]} {en(_PARTS_OF_DAY[m[1]])}"),
    rule(rf"({_DATE}) (?:por|en) la ({_PART_OF_DAY})", lambda m: f"{m[1]} {en(_PARTS_OF_DAY[m[2]])}"),
    rule(r"mañana|manana", en("tomorrow")),
    # "este sábado" is this week's Saturday, as "this Saturday" is in English.
    rule(rf"este ({WEEKDAY})", r"⟪this⟫ \1"),
    # Decades and centuries, with their parts ("finales de los años noventa", "el siglo XX").
    rule(rf"(?:(?:a )?({_PART}) de )?(?:los años|los anos|la década de(?: los)?|la decada de(?: los)?|los) (\d{{4}}|\d0|{'|'.join(_TENS)})", _decade),
    rule(rf"(?:(?:a )?({_PART}) del |en el |el |del )?siglo ([ivxlc]+|\d{{1,2}})", _century),
    # Quarters and halves; with no year they count from the anchor.
    rule(rf"(?:en el |el |del |durante el )?({_ORDINAL}) (trimestre|semestre)(?: (del año pasado|del ano pasado)| (?:de |del )?(\d{{4}}))?", _quarter),
    rule(r"(?:la )?(primera|segunda) mitad (?:de |del )?", lambda m: en("the first half of" if m[1] == "primera" else "the second half of")),
    # Weeks, weekends, months and years counted from the anchor (weeks are ISO weeks).
    rule(r"(?:la )?semana antepasada|(?:el )?fin de semana antepasado", lambda m: en("the weekend before last" if "fin" in m[0] else "the week before last")),
    rule(rf"(?:el )?(?:{_LAST}) fin de semana|(?:el )?fin de semana {_LAST}", en("last weekend")),
    rule(rf"(?:el )?(?:{_NEXT}) fin de semana|(?:el )?fin de semana {_NEXT}", en("next weekend")),
    rule(r"este fin de semana", en("this weekend")),
    rule(rf"(?:la )?semana {_LAST}|la {_LAST} semana", en("last week")),
    rule(rf"(?:la )?semana {_NEXT}|la {_NEXT} semana", en("next week")),
    rule(r"esta semana", en("this week")),
    rule(rf"(?:el )?mes {_LAST}|el {_LAST} mes(?! de)", en("last month")),
    rule(rf"(?:el )?mes {_NEXT}|el {_NEXT} mes(?! de)", en("next month")),
    rule(r"este mes(?! de)", en("this month")),
    # Parts of months and years: "a finales del año pasado", "a principios de año".
    rule(rf"(?:a |en )?({_PART}) {_YEAR_WORD} {_LAST}|(?:a |en )?({_PART}) del {_LAST} año", lambda m: en(f"{_PARTS[m[1] or m[2]]} last year")),
    rule(rf"(?:a |en )?({_PART}) (?:del |de )?(?:{_NEXT} (?:año|ano)|(?:año|ano) {_NEXT})", lambda m: en(f"{_PARTS[m[1]]} next year")),
    rule(rf"(?:a |en )?({_PART}) (?:de |del )?(?:este )?(?:año|ano)", lambda m: en(f"{_PARTS[m[1]]} this year")),
    rule(rf"(?:a |en )?({_PART}) (?:de |del )?(?:este )?mes", lambda m: en(f"{_PARTS[m[1]]} this month")),
    rule(rf"(?:el )?(?:año|ano) {_LAST}|el {_LAST} (?:año|ano)", en("last year")),
    rule(rf"(?:el )?(?:año|ano) {_NEXT}|el {_NEXT} (?:año|ano)", en("next year")),
    rule(r"este (?:año|ano)", en("this year")),
    # Months and seasons against the anchor: "el pasado marzo", "en marzo del año pasado".
    rule(rf"({MONTH}|{SEASON}) (?:del |de )?(?:año|ano) {_LAST}", r"\1 ⟪last year⟫"),
    rule(rf"({MONTH}|{SEASON}) (?:de )?este (?:año|ano)", r"\1 ⟪this year⟫"),
    rule(rf"(?:el |en el |la )?{_LAST} (?:mes de )?({MONTH})|(?:en |el mes de )?({MONTH}) {_LAST}", lambda m: en("this past") + f" {m[1] or m[2]}"),
    rule(rf"(?:el |en el |la )?{_LAST} ({SEASON})|(?:el |en el |en )?({SEASON}) {_LAST}", lambda m: en("last") + f" {m[1] or m[2]}"),
    rule(rf"(?:el |en el |la )?{_NEXT} (?:mes de )?({MONTH}|{SEASON})|(?:en |el )?({MONTH}|{SEASON}) {_NEXT}", lambda m: en("next") + f" {m[1] or m[2]}"),
    rule(rf"este ({SEASON})", r"⟪this⟫ \1"),
    rule(rf"(?:a |en )?({_PART}) (?:de |del )?({MONTH}|\d{{4}})", lambda m: f"{en(_PARTS[m[1]])} {m[2]}"),
    rule(rf"(?:en (?:la |el )?|la |el )?({SEASON}) (?:de |del )?(\d{{4}})", r"\1 \2"),
    # Ranges and alternatives.
    rule(rf"(?:del |el )?(\d{{1,2}}) al (\d{{1,2}}) (?:de )?({MONTH})", r"⟪from⟫ \1 ⟪to⟫ \2 \3"),
    rule(rf"del ({_DATE}|{MONTH}) al ({_DATE})", r"⟪from⟫ \1 ⟪to⟫ \2"),
    rule(rf"desde (?:el )?({_DATE}|{MONTH}) ⟪until⟫ ({_DATE}|{MONTH})", r"⟪from⟫ \1 ⟪to⟫ \2"),
    rule(rf"entre (?:el )?(\d{{1,2}}|{_DATE}) y (?:el )?({_DATE})", r"⟪between⟫ \1 ⟪and⟫ \2"),
    rule(rf"(?:de )?({MONTH}) a ({MONTH})", r"⟪from⟫ \1 ⟪to⟫ \2"),
    rule(r"(?:el )?(\d{1,2}) [ou] (?:el )?(\d{1,2})", r"\1 ⟪or⟫ \2"),
    rule(r"desde (?:el |la )?", en("since")),
    # "9 de abril de 2025": the "de" between day, month and year carries nothing.
    rule(rf"(\d{{1,2}}) de ({MONTH})", r"\1 \2"),
    rule(rf"({MONTH}) (?:de |del )(\d{{4}})", r"\1 \2"),
    FLATTEN,
]  # fmt: skip

PHRASES: dict[str, str] = {}

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(
    ["el", "la", "los", "las", "de", "del", "en", "al", "este", "esta"]
)
