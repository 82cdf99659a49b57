"""Russian: the locales that read it and the rewrites word-by-word translation would lose.

Rewrites run in order on lowercased text: month, weekday and season names in every
grammatical case ("в марте", "с четверга", "прошлой осенью") become English marked ⟪ ⟫, then
the forms built from them ("в ночь на 13 июня", "в марте прошлого года", "в начале XX века")
become the English the reader knows. Shared helpers live in `fr.py`.
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
    century,
    en,
    names,
    ordinal,
    rule,
)

LOCALES = ("ru",)
WHOLE_WORDS = True
# "ё" is written "е" as often as not.
CHARACTERS = str.maketrans({"ё": "е"})

# Every case of each name: nominative, genitive ("9 апреля"), dative, accusative,
# instrumental and prepositional ("в апреле").
_MONTHS = {
    "january": "январь|января|январе|январю|январем|янв", "february": "февраль|февраля|феврале|февралю|февралем|февр|фев",
    "march": "март|марта|марте|марту|мартом|мар", "april": "апрель|апреля|апреле|апрелю|апрелем|апр",
    "may": "май|мая|мае|маю|маем", "june": "июнь|июня|июне|июню|июнем|июн",
    "july": "июль|июля|июле|июлю|июлем|июл", "august": "август|августа|августе|августу|августом|авг",
    "september": "сентябрь|сентября|сентябре|сентябрю|сентябрем|сент|сен",
    "october": "октябрь|октября|октябре|октябрю|октябрем|окт",
    "november": "ноябрь|ноября|ноябре|ноябрю|ноябрем|нояб|ноя",
    "december": "декабрь|декабря|декабре|декабрю|декабрем|дек",
}  # fmt: skip
_WEEKDAYS = {
    "monday": "понедельник|понедельника|понедельнику|понедельником|понедельнике|пн",
    "tuesday": "вторник|вторника|вторнику|вторником|вторнике|вт",
    "wednesday": "среда|среды|среде|среду|средой|ср",
    "thursday": "четверг|четверга|четвергу|четвергом|четверге|чт",
    "friday": "пятница|пятницы|пятнице|пятницу|пятницей|пт",
    "saturday": "суббота|субботы|субботе|субботу|субботой|сб",
    "sunday": "воскресенье|воскресенья|воскресенью|воскресеньем|вс",
}  # fmt: skip
_SEASONS = {
    "spring": "весна|весны|весне|весну|весной", "summer": "лето|лета|лету|летом|лете",
    "autumn": "осень|осени|осенью", "winter": "зима|зимы|зиме|зиму|зимой",
}  # fmt: skip
_PARTS_OF_DAY = {"утром": "morning", "днем": "afternoon", "вечером": "evening",
                 "ночью": "night"}  # fmt: skip
_PART_OF_DAY = "|".join(_PARTS_OF_DAY)
_PARTS = {"начале": "early", "середине": "mid", "конце": "late", "начало": "early",
          "середина": "mid", "конец": "late"}  # fmt: skip
_PART = "|".join(_PARTS)
_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
             "1": 1, "2": 2, "3": 3, "4": 4}  # fmt: skip
_NUMBERS = {"один": "1", "одну": "1", "два": "2", "две": "2", "три": "3", "четыре": "4",
            "пять": "5", "шесть": "6", "семь": "7", "восемь": "8", "девять": "9",
            "десять": "10"}  # fmt: skip
_NUMBER = "|".join(_NUMBERS)
_UNITS = {"дн": "days", "недел": "weeks", "месяц": "months", "год": "years", "лет": "years"}
_YEAR = r"(?:\d{4})(?: (?:года|году|год|г\.?))?"
# Adjectives in any case: "прошлой неделе", "прошлые выходные", "прошлого года".
_LAST = r"(?:прошл|минувш|предыдущ)(?:ой|ая|ую|ые|ых|ом|ого|ый|ий|ем|ее|ей)"
_NEXT = r"(?:следующ|будущ|наступающ|ближайш)(?:ей|ая|ую|ие|их|ем|его|ий|ее)"
_THIS = r"(?:эт|текущ|нынешн)(?:ой|а|у|и|их|ом|ого|ем|его|ей|от)"
_BEFORE_LAST = r"позапрошл(?:ой|ые|ых|ом|ого)"
_YEAR_GENITIVE = {"прошл": "last", "минувш": "last", "предыдущ": "last", "эт": "this",
                  "текущ": "this", "нынешн": "this", "следующ": "next", "будущ": "next"}  # fmt: skip
_DATE = rf"(?:{WEEKDAY}(?: {DAY_MONTH})?|{DAY_MONTH}|⟪(?:yesterday|tomorrow|today)⟫)"


def _year_relative(word: str) -> str:
    return next(english for stem, english in _YEAR_GENITIVE.items() if word.startswith(stem))


def _unit(word: str) -> str:
    return next(english for stem, english in _UNITS.items() if word.startswith(stem))


def _quarter(match: re.Match[str]) -> str:
    number = ENGLISH_ORDINALS[_ORDINALS[match[1].replace("х", "x").replace("і", "i")]]
    unit = "quarter" if match[2].startswith("квартал") else "half"
    if match[3]:
        return en(f"{_year_relative(match[3])} year's {number} {unit}")
    return en(f"the {number} {unit}" + (f" of {match[4]}" if match[4] else ""))


def _decade(match: re.Match[str]) -> str:
    part = f"{_PARTS[match[1]]} " if match[1] else ""
    return en(f"the {part}{match[2]}s")


def _century(match: re.Match[str]) -> str:
    part = f"{_PARTS[match[1]]} " if match[1] else ""
    return en(f"the {part}{ordinal(century(match[2]))} century")


REWRITES: list[tuple[re.Pattern[str], Replacement]] = [
    DAY_FIRST_NUMERIC,
    # "2025 года", "2025 г.": the word for year after a year carries nothing.
    rule(r"(\d{4}) ?(?:года|году|год|г\.|г)", r"\1"),
    rule(r"([1-9]|[12]\d|3[01])-го", r"\1"),
    rule(rf"({_NUMBER}) (дн|недел|месяц|год|лет)", lambda m: f"{_NUMBERS[m[1]]} {m[2]}"),
    *names(_MONTHS),
    *names(_WEEKDAYS),
    *names(_SEASONS),
    rule(r"позавчера", en("the day before yesterday")),
    rule(r"вчера", en("yesterday")),
    rule(r"послезавтра", en("the day after tomorrow")),
    rule(r"завтра", en("tomorrow")),
    rule(r"сегодня", en("today")),
    # Words for "about" (dateparser drops "около" and "примерно" silently).
    rule(r"около|примерно|приблизительно|ориентировочно|порядка", APPROXIMATE),
    rule(r"до (?:нашей|н\.) ?эры|до н\. ?э\.?", en("bc")),
    rule(r"(?:нашей|н\.) ?эры|н\. ?э\.?", en("ad")),
    # Nights: "в ночь на пятницу" ends on Friday; "с 12 на 13 июня" keeps both days.
    rule(rf"(?:в )?ночь с(?:о)? (\d{{1,2}}) на (\d{{1,2}}) ({MONTH}(?: \d{{4}})?)", r"⟪the night from⟫ \1 \3 ⟪to⟫ \2 \3"),
    rule(rf"(?:в )?ночь с(?:о)? ({_DATE}) на ({_DATE})", r"⟪the night from⟫ \1 ⟪to⟫ \2"),
    rule(rf"(?:в )?ночь на ({_DATE})", r"⟪the night into⟫ \1"),
    # "этой ночью", "сегодня ночью" in a report are the night just past (reports look back).
    rule(rf"(?:{_LAST}|этой) ночью|⟪today⟫ ночью", en("last night")),
    rule(r"⟪today⟫ утром|этим утром", en("this morning")),
    rule(r"⟪today⟫ днем|⟪today⟫ днём", en("this afternoon")),
    rule(r"⟪today⟫ вечером|этим вечером", en("this evening")),
    rule(rf"({_PART_OF_DAY}|днём) (?:в |во )?({_DATE})", lambda m: f"{m[2]} {en(_PARTS_OF_DAY[m[1].replace('ё', 'е')])}"),
    rule(rf"(?:в |во )?({_DATE}) ({_PART_OF_DAY}|днём)", lambda m: f"{m[1]} {en(_PARTS_OF_DAY[m[2].replace('ё', 'е')])}"),
    rule(rf"рано утром (?:в |во )?({_DATE})|(?:в |во )?({_DATE}) рано утром", lambda m: en("early on") + f" {m[1] or m[2]}"),
    rule(rf"поздно вечером (?:в |во )?({_DATE})|(?:в |во )?({_DATE}) поздно вечером", lambda m: en("late on") + f" {m[1] or m[2]}"),
    # Decades and centuries, with their parts ("в конце 1990-х", "в начале XX века").
    rule(rf"(?:(?:в )?({_PART}) )?(?:в )?(\d{{4}}|\d0)-(?:х|е|ые|ых)(?: (?:годах|годов|годы|годам|гг\.?))?", _decade),
    rule(rf"(?:(?:в )?({_PART}) )?(?:в )?([ivxlcхі]+|\d{{1,2}})(?:-м|-го|-й)? (?:век|века|веке|веку|веком)", _century),
    # Quarters and halves; with no year they count from the anchor.
    rule(r"(?:в |во )?(перв|втор|трет|четверт|iv|iii|ii|i|іі|ііі|[1-4])(?:ом|ого|ый|ой|ем|ий|ья|ьем|ьего|-м|-й)? (квартал\w*|полугоди\w*|половин\w*)(?: ((?:прошл|минувш|предыдущ|эт|текущ|нынешн|следующ|будущ)\w*) года| (\d{4}))?", _quarter),
    # Deadlines, open bounds, vague spans and anaphora: refused in English with their reason.
    rule(r"(?:до|к) конц[ау] (?:этого |текущего )?года", en("by the end of the year")),
    rule(r"(?:до|к) конц[ау]", en("by the end of")),
    rule(r"до (?=\d{4}(?!\d))", en("before")),
    rule(r"не позднее|до", en("by")),
    rule(r"после", en("after")),
    rule(r"(?:несколько|пару|пара|нескольких) (дн\w*|недел\w*|месяц\w*|лет) назад", lambda m: en(f"a few {_unit(m[1])} ago")),
    rule(r"(?:в|за) последние (дни|недели|месяцы|годы)", lambda m: en(f"recent {_unit(m[1])}")),
    rule(r"недавно|на днях|в последнее время", en("recently")),
    rule(r"в тот же день|в этот же день|тем же днем|тем же днём", en("the same day")),
    rule(r"на следующий день|на другой день", en("the following day")),
    rule(r"накануне", en("the previous day")),
    rule(r"в то время|тогда", en("at the time")),
    # Weeks, weekends, months and years counted from the anchor (weeks are ISO weeks).
    rule(rf"(?:на |в )?{_BEFORE_LAST} неделе", en("the week before last")),
    rule(rf"(?:на |в )?{_BEFORE_LAST} выходные", en("the weekend before last")),
    rule(rf"(?:на |в )?{_LAST} неделе", en("last week")),
    rule(rf"(?:на |в )?{_NEXT} неделе", en("next week")),
    rule(rf"(?:на |в )?{_THIS} неделе", en("this week")),
    rule(rf"(?:на |в )?{_LAST} выходные", en("last weekend")),
    rule(rf"(?:на |в )?{_NEXT} выходные", en("next weekend")),
    rule(rf"(?:на |в )?{_THIS} выходные", en("this weekend")),
    rule(rf"(?:в )?{_LAST} месяце", en("last month")),
    rule(rf"(?:в )?{_NEXT} месяце", en("next month")),
    rule(rf"(?:в )?{_THIS} месяце", en("this month")),
    # Parts of months and years: "в начале следующего года", "в конце года".
    rule(rf"(?:в )?({_PART}) ((?:прошл|минувш|предыдущ|эт|текущ|нынешн|следующ|будущ)\w*) года", lambda m: en(f"{_PARTS[m[1]]} {_year_relative(m[2])} year")),
    rule(rf"(?:в )?({_PART}) года", lambda m: en(f"{_PARTS[m[1]]} this year")),
    rule(rf"(?:в )?({_PART}) месяца", lambda m: en(f"{_PARTS[m[1]]} this month")),
    rule(rf"(?:в )?{_LAST} году", en("last year")),
    rule(rf"(?:в )?{_NEXT} году", en("next year")),
    rule(rf"(?:в )?{_THIS} году", en("this year")),
    # Months and seasons against the anchor: "в марте прошлого года", "прошлой осенью".
    rule(rf"(?:в )?({MONTH}|{SEASON}) ((?:прошл|минувш|предыдущ|эт|текущ|нынешн|следующ|будущ)\w*) года", lambda m: f"{m[1]} {en(_year_relative(m[2]) + ' year')}"),
    rule(rf"(?:в )?{_LAST} ({MONTH})", r"⟪this past⟫ \1"),
    rule(rf"{_LAST} ({SEASON})", r"⟪last⟫ \1"),
    rule(rf"{_NEXT} ({MONTH}|{SEASON})", r"⟪next⟫ \1"),
    rule(rf"{_THIS} ({MONTH}|{SEASON})", r"⟪this⟫ \1"),
    rule(rf"(?:в )?({_PART}) ({MONTH}|\d{{4}})", lambda m: f"{en(_PARTS[m[1]])} {m[2]}"),
    # Ranges and alternatives; "с марта 2022 года" alone is since.
    rule(rf"с(?:о)? (\d{{1,2}}) по (\d{{1,2}} {MONTH})", r"⟪from⟫ \1 ⟪to⟫ \2"),
    rule(rf"с(?:о)? ({_DATE}|{MONTH}) по ({_DATE}|{MONTH})", r"⟪from⟫ \1 ⟪to⟫ \2"),
    rule(rf"между (\d{{1,2}}|{_DATE}) и ({_DATE})", r"⟪between⟫ \1 ⟪and⟫ \2"),
    rule(r"(\d{1,2}) или (\d{1,2})", r"\1 ⟪or⟫ \2"),
    rule(r"с(?:о)? (?=\d|⟪)", en("since")),
    FLATTEN,
]  # fmt: skip

PHRASES: dict[str, str] = {}

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["в", "во", "на", "числа"])
