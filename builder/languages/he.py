"""Hebrew: the phrases word-by-word translation would lose.

Hebrew glues prepositions to the next word, with or without a hyphen or maqaf ("ב-9 באפריל",
"ב־9", "מ-2 עד 4 באפריל"): month and weekday names are read from one table with those
prefixes. Rewrites run in order; English they produce is marked ⟪ ⟫ and kept as written.
"""

from __future__ import annotations

import re

from builder.languages.tr import ordinal, part_of

LOCALES = ("he",)
WHOLE_WORDS = True

_P = (
    r"(?<![\w-])(?:ו?[בלמהכש]?-?)"  # glued prepositions: ב (in), ל (to), מ (from), ה (the), ו (and)
)
_MONTHS = {
    "january": "ינואר", "february": "פברואר", "march": "מרץ|מרס|מארס", "april": "אפריל",
    "may": "מאי", "june": "יוני", "july": "יולי", "august": "אוגוסט", "september": "ספטמבר",
    "october": "אוקטובר", "november": "נובמבר", "december": "דצמבר",
}  # fmt: skip
_WEEKDAY_WORDS = {"ראשון": "sunday", "שני": "monday", "שלישי": "tuesday", "רביעי": "wednesday",
                  "חמישי": "thursday", "שישי": "friday", "שבת": "saturday"}  # fmt: skip
_WEEKDAY_LETTERS = {"א": "sunday", "ב": "monday", "ג": "tuesday", "ד": "wednesday",
                    "ה": "thursday", "ו": "friday"}  # fmt: skip
_UNITS = {"ימים": "days", "יום": "days", "שבועות": "weeks", "חודשים": "months", "שנים": "years"}
_DUALS = {"יומיים": "2 days", "שבועיים": "2 weeks", "חודשיים": "2 months", "שנתיים": "2 years"}
_DECADES = {"העשרים": "20", "השלושים": "30", "הארבעים": "40", "החמישים": "50",
            "השישים": "60", "השבעים": "70", "השמונים": "80", "התשעים": "90"}  # fmt: skip
_CENTURIES = {"העשרים ואחת": "21", "העשרים": "20", "התשע עשרה": "19", "השמונה עשרה": "18"}
_ORDINALS = {"הראשון": "first", "הראשונה": "first", "השני": "second", "השנייה": "second",
             "השניה": "second", "השלישי": "third", "הרביעי": "fourth", "האחרון": "fourth"}  # fmt: skip
_PARTS = {"early": "תחילת|ראשית|מתחילת", "mid": "אמצע|מחצית|אמצעו של", "late": "סוף|שלהי|סיום"}
_DAY_PARTS = {"בבוקר": "morning", "בערב": "evening", "בלילה": "night", "בצהריים": "midday",
              "בצהרים": "midday", "אחר הצהריים": "afternoon", "אחרי הצהריים": "afternoon",
              'אחה"צ': "afternoon", "לפנות בוקר": "dawn", "עם שחר": "dawn"}  # fmt: skip
_MONTH_NAMES = "|".join(_MONTHS)
_COUNTED = r"לפני (?:\d+|כמה|מספר) |לפני (?:יומיים|שבועיים|חודשיים|שנתיים)"


def _alternatives(words: dict[str, str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _month(match: re.Match[str]) -> str:
    return f"⟪{match.lastgroup}⟫"


def _part(word: str) -> str:
    return next(english for english, words in _PARTS.items() if word in words.split("|"))


_MONTH = re.compile(_P + "(?:" + "|".join(f"(?P<{e}>{w})" for e, w in _MONTHS.items()) + r")(?!\w)")

REWRITES: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"[״“”]"), '"'),
    # Words for "about": "בערך", "כ-2020", "בסביבות" (dateparser would skip them silently).
    (re.compile(r"(?<!\w)(?:בערך|בסביבות|בקירוב|לערך|סביב|כ-(?=\d)|כ(?=\d))"), " ⟪about⟫ "),
    # Counted days, weeks, months back and forward.
    (re.compile(rf"(?<!\w)לפני ({_alternatives(_DUALS)})(?!\w)"), lambda m: f"⟪{_DUALS[m[1]]} ago⟫"),
    (re.compile(rf"(?<!\w)לפני (\d+) ({_alternatives(_UNITS)})(?!\w)"), lambda m: f"⟪{m[1]} {_UNITS[m[2]]} ago⟫"),
    (re.compile(rf"(?<!\w)בעוד (\d+) ({_alternatives(_UNITS)})(?!\w)"), lambda m: f"⟪in {m[1]} {_UNITS[m[2]]}⟫"),
    (re.compile(rf"(?<!\w)בעוד ({_alternatives(_DUALS)})(?!\w)"), lambda m: f"⟪in {_DUALS[m[1]]}⟫"),
    (re.compile(r"(?<!\w)שלשום(?!\w)"), "⟪the day before yesterday⟫"),
    (re.compile(r"(?<!\w)מחרתיים(?!\w)"), "⟪the day after tomorrow⟫"),
    # Spans no anchor can date, and words pointing at another event: refused in English.
    (re.compile(r"(?<!\w)ב?(ימים|שבועות|חודשים|שנים) האחרונים(?!\w)"), lambda m: f"⟪in recent {_UNITS[m[1]]}⟫"),
    (re.compile(r"(?<!\w)ב?(ימים|שבועות|חודשים) הקרובים(?!\w)"), lambda m: f"⟪in the coming {_UNITS[m[1]]}⟫"),
    (re.compile(r"(?<!\w)לפני (?:כמה|מספר) (ימים|שבועות|חודשים|שנים)|לפני (ימים) ספורים"), lambda m: f"⟪a few {_UNITS[m[1] or m[2]]} ago⟫"),
    (re.compile(r"(?<!\w)(?:באותו (?:ה)?יום|באותו לילה|ביום זה|באותו היום)(?!\w)"), "⟪the same day⟫"),
    (re.compile(r"(?<!\w)(?:למחרת|ביום שלמחרת|למחרת היום)(?!\w)"), "⟪the following day⟫"),
    (re.compile(r"(?<!\w)(?:באותה עת|באותו זמן|באותה תקופה|באותם ימים)(?!\w)"), "⟪at the time⟫"),
    (re.compile(r"(?<!\w)(?:באותו שבוע)(?!\w)"), "⟪that week⟫"),
    # Ranges before deadlines: "מ-2 עד 4 באפריל", "בין ה-2 ל-4 באפריל".
    (re.compile(r"^(?:ב?תקופה |בימים )?מ-?(?:ה-?)?(\d.*?|\S+) (?:ו?עד|ל-?)(?: ה-?| ל-?)? ?(.+)$"), r"⟪from⟫ \1 ⟪to⟫ \2"),
    (re.compile(r"^בין (?:ה-?)?(.+?) (?:ל-?|ו-?)(?:ה-?)?(.+)$"), r"⟪between⟫ \1 ⟪and⟫ \2"),
    (re.compile(r"(?<!\w)(?:עד|לא יאוחר מ-?)(?: ל-?)? ?(?:סוף|תום|סיום)(?!\w)"), "⟪by the end of⟫"),
    (re.compile(r"^(?:עד|לא יאוחר מ-?)(?: ל-?| ה-?)? ?(.+)$"), r"⟪by⟫ \1"),
    (re.compile(rf"^(?!{_COUNTED})לפני (?:ה-?)?(.+)$"), r"⟪before⟫ \1"),
    (re.compile(r"^(?:אחרי|לאחר) (?:ה-?)?(.+)$"), r"⟪after⟫ \1"),
    (re.compile(r"^(?:מאז|החל מ-?) ?(?:ה-?)?(.+)$"), r"⟪since⟫ \1"),
    # Decades and centuries: "שנות ה-90", "בשנות התשעים", "המאה ה-20".
    (re.compile(r"(?<!\w)ב?שנות (?:ה-?)?(\d{2,4})(?!\w)"), r"⟪the \1s⟫"),
    (re.compile(rf"(?<!\w)ב?שנות ({_alternatives(_DECADES)})(?!\w)"), lambda m: f"⟪the {_DECADES[m[1]]}s⟫"),
    (re.compile(r"(?<!\w)[בה]?מאה (?:ה-?)?(\d{1,2})(?!\w)"), lambda m: f"⟪the {ordinal(m[1])} century⟫"),
    (re.compile(rf"(?<!\w)[בה]?מאה ({_alternatives(_CENTURIES)})(?!\w)"), lambda m: f"⟪the {ordinal(_CENTURIES[m[1]])} century⟫"),
    (re.compile(rf"(?<!\w)ב?(רבעון|מחצית) ({_alternatives(_ORDINALS)})(?: של)?"),
     lambda m: f"⟪the {_ORDINALS[m[2]]} {'quarter' if m[1] == 'רבעון' else 'half'} of⟫"),
    # Prefixes before numbers: "ב-9", "ה־7", "ל-4".
    (re.compile(r"(?<!\w)ו?[בהלמ]-?(?=\d)"), ""),
    (re.compile(rf"(?<!\w)ב?(?:ליל|לילה שבין) (?:יום )?({_alternatives(_WEEKDAY_WORDS)}) ?(?:-|–|ל-?|ו-?) ?(?:יום )?({_alternatives(_WEEKDAY_WORDS)})(?!\w)"),
     lambda m: f"⟪the night of {_WEEKDAY_WORDS[m[1]]} to {_WEEKDAY_WORDS[m[2]]}⟫"),
    (re.compile(rf"(?<!\w)ב?ליל (?:יום )?({_alternatives(_WEEKDAY_WORDS)})(?!\w)"), lambda m: f"⟪the night into {_WEEKDAY_WORDS[m[1]]}⟫"),
    # Months and weekdays with their prefixes.
    (_MONTH, _month),
    (re.compile(rf"(?<![\w-])(?:ו?[בה]?)יום ({_alternatives(_WEEKDAY_WORDS)})(?!\w)"), lambda m: f"⟪{_WEEKDAY_WORDS[m[1]]}⟫"),
    (re.compile(r"(?<![\w-])(?:ו?[בה]?)יום ([א-ו])['׳](?!\w)"), lambda m: f"⟪{_WEEKDAY_LETTERS[m[1]]}⟫"),
    (re.compile(r"(?<![\w-])(?:ו?[בה]?)שבת(?!\w)"), "⟪saturday⟫"),
    # Nights: "אמש" is last night; "ליל שישי" the night into Friday (the Hebrew day starts at
    # dusk); "מוצאי שבת" the night after the Sabbath ends, Saturday night.
    (re.compile(r"(?<!\w)(?:אמש|אתמול בלילה|אתמול בערב|בלילה שעבר)(?!\w)"), lambda m: "⟪yesterday evening⟫" if "ערב" in m[0] else "⟪last night⟫"),
    (re.compile(r"(?<!\w)ב?מוצאי ⟪saturday⟫|(?<!\w)ב?מוצ\"ש(?!\w)"), "⟪saturday night⟫"),
    (re.compile(r"(?<!\w)ב?(?:ליל|לילה|לילה של|הלילה שבין) (⟪\w+⟫|\d+) ?(?:-|–|ל-?|ו-?|עד) ?(⟪\w+⟫|\d+)"), r"⟪the night of⟫ \1 ⟪to⟫ \2"),
    (re.compile(r"(?<!\w)ב?ליל (⟪\w+⟫)"), r"⟪the night into⟫ \1"),
    (re.compile(r"(?<!\w)(?:הבוקר)(?!\w)"), "⟪today morning⟫"),
    (re.compile(r"(?<!\w)(?:הערב)(?!\w)"), "⟪today evening⟫"),
    (re.compile(r"(?<!\w)(?:בשעות הקטנות של)(?!\w)"), "⟪in the small hours of⟫"),
    (re.compile(rf"(?<!\w)(?:{_alternatives(_DAY_PARTS)})(?!\w)"), lambda m: f"⟪{_DAY_PARTS[m[0]]}⟫"),
    # Weeks, months and years counted from the anchor.
    (re.compile(r"(?<!\w)ב?סוף השבוע שלפני שעבר(?!\w)"), "⟪the weekend before last⟫"),
    (re.compile(r"(?<!\w)ב?שבוע שלפני שעבר(?!\w)"), "⟪the week before last⟫"),
    (re.compile(r"(?<!\w)ב?סוף השבוע (?:שעבר|האחרון|הקודם)(?!\w)"), "⟪last weekend⟫"),
    (re.compile(r"(?<!\w)ב?סוף השבוע (?:הבא|הקרוב)(?!\w)"), "⟪next weekend⟫"),
    (re.compile(r"(?<!\w)ב?סוף השבוע(?!\w)"), "⟪this weekend⟫"),
    (re.compile(r"(?<!\w)[בהמ]?(שבוע|חודש|שנה) ה?(?:שעבר|שעברה|הקודם|הקודמת)(?!\w)"), lambda m: f"⟪last {_PERIOD[m[1]]}⟫"),
    (re.compile(r"(?<!\w)[בהמ]?(שבוע|חודש|שנה) ה(?:בא|באה|קרוב|קרובה)(?!\w)"), lambda m: f"⟪next {_PERIOD[m[1]]}⟫"),
    (re.compile(r"(?<!\w)ב?(שבוע|חודש) האחרון(?!\w)"), lambda m: f"⟪the past {_PERIOD[m[1]]}⟫"),
    (re.compile(r"(?<!\w)(?:אשתקד)(?!\w)"), "⟪last year⟫"),
    (re.compile(r"(?<!\w)(?:ה|ב|מ)(שבוע|חודש|שנה)(?!\w)"), lambda m: f"⟪this {_PERIOD[m[1]]}⟫"),
    (re.compile(r"(?<!\w)(⟪\w+⟫) (?:ה?אחרון|שעבר|ה?קודם)(?!\w)"), r"⟪last⟫ \1"),
    (re.compile(r"(?<!\w)(⟪\w+⟫) (?:ה?קרוב|ה?בא)(?!\w)"), r"⟪next⟫ \1"),
    (re.compile(r"(?<!\w)ב?(?:שנה|שנת)(?= \d)"), " "),
    # Parts of a month, year or decade: "בתחילת אפריל", "בסוף השנה שעברה", "באמצע 2025".
    (re.compile(rf"(?<!\w)(?:ב|מ)?({'|'.join(_PARTS.values())}) (?:חודש |שנת )?(⟪[^⟫]*⟫|\S+)"),
     lambda m: part_of(_part(m[1]), m[2])),
]  # fmt: skip

_PERIOD = {"שבוע": "week", "חודש": "month", "שנה": "year"}

PHRASES: dict[str, str] = {"היום": "today", "אתמול": "yesterday", "מחר": "tomorrow"}

# "הלילה" is the night just past in a morning report and the coming one in an evening report.
REFUSE = [
    (
        re.compile(r"(?<!\w)הלילה(?!\w)"),
        "can be the night just past or the coming one: the text does not say which",
        "write 'אמש' (last night) or the day: 'בליל 9 באפריל 2025'",
    ),
    (
        re.compile(r"(?<!\d)5[6-8]\d\d(?!\d)"),
        "names a year of the Hebrew calendar that could not be read",
        "write day, Hebrew month and year (e.g. 'י\"א בניסן תשפ\"ה'), or the Gregorian date",
    ),
]

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["ב", "ה", "של", "ב-", "ה-", "התאריך", "בתאריך"])
