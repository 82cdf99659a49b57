"""Spanish: the locales that read it and the rewrites word-by-word translation would lose.

Rewrites run in order on lowercased text: month, weekday and season names become English
marked ⟪ ⟫ ("setiembre" too), then the forms built from them ("la noche del jueves", "el
pasado marzo", "en el siglo XX") become the English the reader knows. The rules are built in
`rules.py`. "mañana" is tomorrow alone and morning after "esta", "la" or "por la".
"""

from __future__ import annotations

import re

from builder.languages.rules import (
    APPROXIMATE,
    BETWEEN,
    DAY_FIRST_NUMERIC,
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
    before_date,
    centuries,
    date_with_part,
    day_list,
    decade,
    en,
    first_months,
    meanings,
    names,
    part_before,
    part_of_period,
    quarters,
    rule,
    spans,
    spelled_numbers,
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


def _so_far(match: re.Match[str]) -> str:
    """'en lo que va del año' → ⟪since the start of this year⟫; of a month named, that month."""
    if match[1]:
        return en("since the start of this year")
    if match[2]:
        return en("since the start of this month")
    return f"{en('since the start of')} {match[3] or match[4]}"


REWRITES: list[Rewrite] = [
    DAY_FIRST_NUMERIC,
    # "hace tres días": dateparser leaves Spanish number words unread.
    spelled_numbers(_NUMBERS, _UNIT),
    # "mañana" is a part of the day after a weekday, "esta", "la" or "por la"; alone, tomorrow.
    *meanings({
        "this morning": r"esta mañana|esta manana",
        "this afternoon": r"esta tarde",
        "tonight": r"esta noche",
        "early today": r"esta madrugada",
        "last night": r"anoche",
        "yesterday": r"ayer",
        "tomorrow morning": r"mañana por la mañana|manana por la manana",
    }),
    *names(_MONTHS),
    *names(_WEEKDAYS),
    *names(_SEASONS),
    # "miércoles 7/01", "viernes, 13 de junio": a weekday and its date (day first in Spanish).
    WEEKDAY_DAY_MONTH,
    WEEKDAY_COMMA_DATE,
    # "En lo que va del año" (so far this year): from the start of the year to the report.
    rule(rf"(?:en )?lo que va (?:de |del )(?:(?:este |presente )?(año|ano)|(?:este |presente )?(mes)(?! de)|(?:mes de )?({MONTH}(?: (?:de |del )?\d{{4}})?)|(\d{{4}}))", _so_far),
    # "En los primeros nueve meses de 2023": the first months of a year.
    rule(r"(?:en |durante )?(?:los )?primeros (\d{1,2}) meses (?:de |del )?(?:(\d{4})|(?:este |presente )?(año|ano)|(?:año|ano) (pasado))", lambda m: first_months(m[1], m[2] or ("last" if m[4] else "this"))),
    day_list("y|e", before_month="de "),
    # Words for "about" (dateparser drops "cerca de" silently).
    rule(r"(?:alrededor|cerca|en torno|a eso) (?:del|de la|de los|de las|de|al|a)|hacia (?:el |la |los |las )?|aproximadamente(?: en| el| a)?", APPROXIMATE),
    *meanings({
        "bc": r"a\. ?c\.|antes de cristo",
        "ad": r"d\. ?c\.|después de cristo|despues de cristo",
        # Deadlines, open bounds, vague spans and anaphora: refused in English with their reason.
        "by the end of the year": rf"(?:para|antes de) (?:{_PART}) (?:de |del )?(?:este )?(?:año|ano)",
        "by the end of": rf"(?:para|antes de) (?:{_PART}) (?:de |del )?",
        "by": r"para (?:el |la )?(?=\d{4}(?!\d)|⟪)",
        "before": r"antes (?:del|de la|de)",
        "after": r"después (?:del|de la|de)|despues (?:del|de la|de)",
        "until": r"hasta (?:el |la )?",
    }),
    rule(rf"hace (?:unos|unas|algunos|algunas|pocos|pocas) ({_UNIT})", spans("a few {unit} ago", _UNITS)),
    rule(rf"en (?:los|las) (?:últimos|ultimos|últimas|ultimas) ({_UNIT})", spans("recent {unit}", _UNITS)),
    *meanings({
        "recently": r"recientemente|hace poco|últimamente|ultimamente",
        "the same day": r"(?:ese|el) mismo día|(?:ese|el) mismo dia",
        "the following day": r"al día siguiente|al dia siguiente",
        "the previous day": r"el día anterior|el dia anterior|la víspera|la vispera",
        "at the time": r"en aquel momento|en ese momento|entonces|en aquella época|en aquella epoca",
    }),
    # Nights: "la noche del jueves" starts on Thursday; "del 12 al 13" keeps both days.
    rule(rf"(?:en )?la noche del (\d{{1,2}}) al (\d{{1,2}}) (?:de )?({MONTH}(?: (?:de )?\d{{4}})?)", NIGHT_FROM_TO_MONTH),
    rule(rf"(?:en )?la noche del ({_DATE}) al ({_DATE})", NIGHT_FROM_TO),
    rule(rf"(?:en )?la madrugada (?:del |de )?(?:este |el )?({_DATE})", r"⟪in the small hours of⟫ \1"),
    rule(rf"a última hora (?:del |de )?(?:este |el )?({_DATE})|a ultima hora (?:del |de )?(?:este |el )?({_DATE})", before_date("late on")),
    rule(rf"(?:en |por )?la ({_PART_OF_DAY}) (?:del |de )?(?:este |el )?({_DATE})", date_with_part(_PARTS_OF_DAY)),
    rule(rf"({_DATE}) (?:por|en) la ({_PART_OF_DAY})", date_with_part(_PARTS_OF_DAY, part=2, date=1)),
    rule(r"mañana|manana", en("tomorrow")),
    # "este próximo domingo 29 de marzo", "el pasado jueves, 24 de mayo": a weekday with its
    # written date is that date, and the reader checks the weekday against it.
    rule(rf"(?:el |este |esta )?(?:{_LAST}|{_NEXT}) ({WEEKDAY})(?=,? \d{{1,2}} (?:de )?{MONTH})", r"\1"),
    rule(rf"(?:el )?({WEEKDAY}) (?:{_LAST}|{_NEXT})(?=,? \d{{1,2}} (?:de )?{MONTH})", r"\1"),
    # "el pasado jueves", "el jueves pasado": the latest Thursday before the report.
    rule(rf"(?:el )?{_LAST} ({WEEKDAY})|(?:el )?({WEEKDAY}) {_LAST}", before_date("last")),
    rule(rf"(?:el )?{_NEXT} ({WEEKDAY})|(?:el )?({WEEKDAY}) {_NEXT}", before_date("next")),
    # "este sábado" is this week's Saturday, as "this Saturday" is in English.
    rule(rf"este ({WEEKDAY})", r"⟪this⟫ \1"),
    # Decades and centuries, with their parts ("finales de los años noventa", "el siglo XX").
    rule(rf"(?:(?:a )?({_PART}) de )?(?:los años|los anos|la década de(?: los)?|la decada de(?: los)?|los) (\d{{4}}|\d0|{'|'.join(_TENS)})", decade(_PARTS, _TENS)),
    rule(rf"(?:(?:a )?({_PART}) del |en el |el |del )?siglo ([ivxlc]+|\d{{1,2}})", centuries(_PARTS)),
    # Quarters and halves; with no year they count from the anchor.
    rule(rf"(?:en el |el |del |durante el )?({_ORDINAL}) (trimestre|semestre)(?: (del año pasado|del ano pasado)| (?:de |del )?(\d{{4}}))?", quarters(_ORDINALS, "trimestre")),
    *meanings({
        "the first half of": r"(?:la )?primera mitad (?:de |del )?",
        "the second half of": r"(?:la )?segunda mitad (?:de |del )?",
    }),
    # Weeks, weekends, months and years counted from the anchor (weeks are ISO weeks).
    *meanings({
        "the week before last": r"(?:la )?semana antepasada",
        "the weekend before last": r"(?:el )?fin de semana antepasado",
        "last weekend": rf"(?:el )?(?:{_LAST}) fin de semana|(?:el )?fin de semana {_LAST}",
        "next weekend": rf"(?:el )?(?:{_NEXT}) fin de semana|(?:el )?fin de semana {_NEXT}",
        "this weekend": r"este fin de semana",
        "last week": rf"(?:la )?semana {_LAST}|la {_LAST} semana",
        "next week": rf"(?:la )?semana {_NEXT}|la {_NEXT} semana",
        "this week": r"esta semana",
        "last month": rf"(?:el )?mes {_LAST}|el {_LAST} mes(?! de)",
        "next month": rf"(?:el )?mes {_NEXT}|el {_NEXT} mes(?! de)",
        "this month": r"este mes(?! de)",
    }),
    # Parts of months and years: "a finales del año pasado", "a principios de año".
    rule(rf"(?:a |en )?({_PART}) {_YEAR_WORD} {_LAST}|(?:a |en )?({_PART}) del {_LAST} año", part_of_period(_PARTS, "last year")),
    rule(rf"(?:a |en )?({_PART}) (?:del |de )?(?:{_NEXT} (?:año|ano)|(?:año|ano) {_NEXT})", part_of_period(_PARTS, "next year")),
    rule(rf"(?:a |en )?({_PART}) (?:de |del )?(?:este )?(?:año|ano)", part_of_period(_PARTS, "this year")),
    rule(rf"(?:a |en )?({_PART}) (?:de |del )?(?:este )?mes", part_of_period(_PARTS, "this month")),
    *meanings({
        "last year": rf"(?:el )?(?:año|ano) {_LAST}|el {_LAST} (?:año|ano)",
        "next year": rf"(?:el )?(?:año|ano) {_NEXT}|el {_NEXT} (?:año|ano)",
        "this year": r"este (?:año|ano)",
    }),
    # Months and seasons against the anchor: "el pasado marzo", "en marzo del año pasado".
    rule(rf"({MONTH}|{SEASON}) (?:del |de )?(?:año|ano) {_LAST}", r"\1 ⟪last year⟫"),
    rule(rf"({MONTH}|{SEASON}) (?:de )?este (?:año|ano)", r"\1 ⟪this year⟫"),
    rule(rf"(?:el |en el |la )?{_LAST} (?:mes de )?({MONTH})|(?:en |el mes de )?({MONTH}) {_LAST}", before_date("this past")),
    rule(rf"(?:el |en el |la )?{_LAST} ({SEASON})|(?:el |en el |en )?({SEASON}) {_LAST}", before_date("last")),
    rule(rf"(?:el |en el |la )?{_NEXT} (?:mes de )?({MONTH}|{SEASON})|(?:en |el )?({MONTH}|{SEASON}) {_NEXT}", before_date("next")),
    rule(rf"este ({SEASON})", r"⟪this⟫ \1"),
    rule(rf"(?:a |en )?({_PART}) (?:de |del )?({MONTH}|\d{{4}})", part_before(_PARTS)),
    rule(rf"(?:en (?:la |el )?|la |el )?({SEASON}) (?:de |del )?(\d{{4}})", r"\1 \2"),
    # Ranges and alternatives.
    rule(rf"(?:del |el )?(\d{{1,2}}) al (\d{{1,2}}) (?:de )?({MONTH})", r"⟪from⟫ \1 ⟪to⟫ \2 \3"),
    rule(rf"del ({_DATE}|{MONTH}) al ({_DATE})", FROM_TO),
    rule(rf"desde (?:el )?({_DATE}|{MONTH}) ⟪until⟫ ({_DATE}|{MONTH})", FROM_TO),
    rule(rf"entre (?:el )?(\d{{1,2}}|{_DATE}) y (?:el )?({_DATE})", BETWEEN),
    rule(rf"(?:de )?({MONTH}) a ({MONTH})", FROM_TO),
    rule(r"(?:el )?(\d{1,2}) [ou] (?:el )?(\d{1,2})", EITHER),
    rule(r"desde (?:el |la )?", en("since")),
    # "durante el mes de mayo", "en el mes de mayo": the month.
    rule(rf"(?:durante |en )?(?:el )?mes de (?={MONTH})", ""),
    rule(r"durante (?:el |la |los |las )?(?=⟪|\d)", ""),
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
