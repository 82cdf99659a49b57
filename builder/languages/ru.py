"""Russian: the locales that read it and the rewrites word-by-word translation would lose.

Rewrites run in order on lowercased text: month, weekday and season names in every
grammatical case ("в марте", "с четверга", "прошлой осенью") become English marked ⟪ ⟫, then
the forms built from them ("в ночь на 13 июня", "в марте прошлого года", "в начале XX века")
become the English the reader knows. The rules are built in `rules.py`.
"""

from __future__ import annotations

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
    before_date,
    centuries,
    date_of_year,
    date_with_part,
    day_list,
    decade,
    en,
    first_months,
    meanings,
    names,
    nights,
    part_before,
    part_of_period,
    part_of_year,
    quarters,
    rule,
    spans,
    spelled_numbers,
    stem_lookup,
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
_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4, "іі": 2, "ііі": 3,
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
_year_relative = stem_lookup(_YEAR_GENITIVE)
_unit = stem_lookup(_UNITS)
_DATE = rf"(?:{WEEKDAY}(?: {DAY_MONTH})?|{DAY_MONTH}|⟪(?:yesterday|tomorrow|today)⟫)"


REWRITES: list[Rewrite] = [
    DAY_FIRST_NUMERIC,
    # "2025 года", "2025 г.": the word for year after a year carries nothing.
    rule(r"(\d{4}) ?(?:года|году|год|г\.|г)", r"\1"),
    # Ordinal endings on a day: "6-го", "7-ое", "7-е", "1-й".
    rule(r"([1-9]|[12]\d|3[01])-(?:го|ого|его|ое|ее|е|ой|й|я|ая|м|ом|ем|му|ему)", r"\1"),
    spelled_numbers(_NUMBERS, "дн|недел|месяц|год|лет"),
    # "за первые шесть месяцев 2012 года": the first months of a year.
    rule(rf"(?:за |в )?(?:первые) (\d{{1,2}}|{_NUMBER}) месяц\w* (?:(\d{{4}})|(этого|текущего|нынешнего|прошлого) года)", lambda m: first_months(_NUMBERS.get(m[1], m[1]), m[2] or ("last" if m[3] == "прошлого" else "this"))),
    *names(_MONTHS),
    *names(_WEEKDAYS),
    *names(_SEASONS),
    WEEKDAY_DAY_MONTH,
    WEEKDAY_COMMA_DATE,
    day_list("и"),
    *meanings({
        "the day before yesterday": r"позавчера",
        "yesterday": r"вчера",
        "the day after tomorrow": r"послезавтра",
        "tomorrow": r"завтра",
        "today": r"сегодня",
    }),
    # Words for "about" (dateparser drops "около" and "примерно" silently).
    rule(r"около|примерно|приблизительно|ориентировочно|порядка", APPROXIMATE),
    *meanings({
        "bc": r"до (?:нашей|н\.) ?эры|до н\. ?э\.?",
        "ad": r"(?:нашей|н\.) ?эры|н\. ?э\.?",
    }),
    # Nights: "в ночь на пятницу" ends on Friday; "с 12 на 13 июня" keeps both days.
    *nights(r"(?:в )?ночь", r"с(?:о)?", r"на ", r"на ", _DATE),
    # "этой ночью", "сегодня ночью" in a report are the night just past (reports look back).
    *meanings({
        "last night": rf"(?:{_LAST}|этой) ночью|⟪today⟫ ночью",
        "this morning": r"⟪today⟫ утром|этим утром",
        "this afternoon": r"⟪today⟫ днем|⟪today⟫ днём",
        "this evening": r"⟪today⟫ вечером|этим вечером",
    }),
    rule(rf"({_PART_OF_DAY}) (?:в |во )?({_DATE})", date_with_part(_PARTS_OF_DAY)),
    rule(rf"(?:в |во )?({_DATE}) ({_PART_OF_DAY})", date_with_part(_PARTS_OF_DAY, part=2, date=1)),
    rule(rf"рано утром (?:в |во )?({_DATE})|(?:в |во )?({_DATE}) рано утром", before_date("early on")),
    rule(rf"поздно вечером (?:в |во )?({_DATE})|(?:в |во )?({_DATE}) поздно вечером", before_date("late on")),
    # Decades and centuries, with their parts ("в конце 1990-х", "в начале XX века").
    rule(rf"(?:(?:в )?({_PART}) )?(?:в )?(\d{{4}}|\d0)-(?:х|е|ые|ых)(?: (?:годах|годов|годы|годам|гг\.?))?", decade(_PARTS)),
    rule(rf"(?:(?:в )?({_PART}) )?(?:в )?([ivxlcхі]+|\d{{1,2}})(?:-м|-го|-й)? (?:век|века|веке|веку|веком)", centuries(_PARTS)),
    # Quarters and halves; with no year they count from the anchor.
    rule(r"(?:в |во )?(перв|втор|трет|четверт|iv|iii|ii|i|іі|ііі|[1-4])(?:ом|ого|ый|ой|ем|ий|ья|ьем|ьего|-м|-й)? (квартал\w*|полугоди\w*|половин\w*)(?: ((?:прошл|минувш|предыдущ|эт|текущ|нынешн|следующ|будущ)\w*) года| (\d{4}))?", quarters(_ORDINALS, "квартал", _year_relative)),
    # Deadlines, open bounds, vague spans and anaphora: refused in English with their reason.
    *meanings({
        "by the end of the year": r"(?:до|к) конц[ау] (?:этого |текущего )?года",
        "by the end of": r"(?:до|к) конц[ау]",
        "before": r"до (?=\d{4}(?!\d))",
        "by": r"не позднее|до",
        "after": r"после",
    }),
    rule(r"(?:несколько|пару|пара|нескольких) (дн\w*|недел\w*|месяц\w*|лет) назад", spans("a few {unit} ago", _unit)),
    rule(r"(?:в|за) последние (дни|недели|месяцы|годы)", spans("recent {unit}", _unit)),
    *meanings({
        "recently": r"недавно|на днях|в последнее время",
        "the same day": r"в тот же день|в этот же день|тем же днем|тем же днём",
        "the following day": r"на следующий день|на другой день",
        "the previous day": r"накануне",
        "at the time": r"в то время|тогда",
        # Weeks, weekends, months and years counted from the anchor (weeks are ISO weeks).
        "the week before last": rf"(?:на |в )?{_BEFORE_LAST} неделе",
        "the weekend before last": rf"(?:на |в )?{_BEFORE_LAST} выходные",
        "last week": rf"(?:на |в )?{_LAST} неделе",
        "next week": rf"(?:на |в )?{_NEXT} неделе",
        "this week": rf"(?:на |в )?{_THIS} неделе",
        "last weekend": rf"(?:на |в )?{_LAST} выходные",
        "next weekend": rf"(?:на |в )?{_NEXT} выходные",
        "this weekend": rf"(?:на |в )?{_THIS} выходные",
        "last month": rf"(?:в )?{_LAST} месяце",
        "next month": rf"(?:в )?{_NEXT} месяце",
        "this month": rf"(?:в )?{_THIS} месяце",
    }),
    # Parts of months and years: "в начале следующего года", "в конце года".
    rule(rf"(?:в )?({_PART}) ((?:прошл|минувш|предыдущ|эт|текущ|нынешн|следующ|будущ)\w*) года", part_of_year(_PARTS, _year_relative)),
    rule(rf"(?:в )?({_PART}) года", part_of_period(_PARTS, "this year")),
    rule(rf"(?:в )?({_PART}) месяца", part_of_period(_PARTS, "this month")),
    *meanings({
        "last year": rf"(?:в )?{_LAST} году",
        "next year": rf"(?:в )?{_NEXT} году",
        "this year": rf"(?:в )?{_THIS} году",
    }),
    # Months and seasons against the anchor: "в марте прошлого года", "прошлой осенью".
    rule(rf"(?:в )?({MONTH}|{SEASON}) ((?:прошл|минувш|предыдущ|эт|текущ|нынешн|следующ|будущ)\w*) года", date_of_year(_year_relative)),
    rule(rf"(?:в )?{_LAST} ({MONTH})", r"⟪this past⟫ \1"),
    rule(rf"{_LAST} ({SEASON})", r"⟪last⟫ \1"),
    rule(rf"{_NEXT} ({MONTH}|{SEASON})", r"⟪next⟫ \1"),
    rule(rf"{_THIS} ({MONTH}|{SEASON})", r"⟪this⟫ \1"),
    rule(rf"(?:в )?({_PART}) ({MONTH}|\d{{4}})", part_before(_PARTS)),
    # Ranges and alternatives; "с марта 2022 года" alone is since.
    rule(rf"с(?:о)? (\d{{1,2}}) по (\d{{1,2}} {MONTH})", FROM_TO),
    rule(rf"с(?:о)? ({_DATE}|{MONTH}) по ({_DATE}|{MONTH})", FROM_TO),
    rule(rf"между (\d{{1,2}}|{_DATE}) и ({_DATE})", BETWEEN),
    rule(r"(\d{1,2}) или (\d{1,2})", EITHER),
    rule(r"с(?:о)? (?=\d|⟪)", en("since")),
    FLATTEN,
]  # fmt: skip

PHRASES: dict[str, str] = {}

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["в", "во", "на", "числа"])
