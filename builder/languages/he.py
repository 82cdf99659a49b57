"""Hebrew: the phrases word-by-word translation would lose.

Hebrew glues prepositions to the next word, with or without a hyphen or maqaf ("ב-9 באפריל",
"ב־9", "מ-2 עד 4 באפריל"): month and weekday names are read from one table with those
prefixes. Rewrites run in order; English they produce is marked ⟪ ⟫ and kept as written.
"""

from __future__ import annotations

import re

from builder.languages.rules import (
    ABOUT,
    Rewrite,
    alternatives,
    bounds,
    first_months,
    fraction,
    named,
    ordinal,
    parts_of_date,
    spans,
    word,
    word_meanings,
)

LOCALES = ("he",)
WHOLE_WORDS = True

# Glued prepositions: ב (in), ל (to), מ (from), ה (the), ו (and), never after a hyphen.
_PREFIXES = r"(?<!-)(?:ו?[בלמהכש]?-?)"
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
_COMING = r"ה?קרוב|ה?קרובה|ה?בא|ה?באה"
_PAST = r"ה?אחרון|ה?אחרונה|שעבר|שעברה|ה?קודם|ה?קודמת"
# Numbers in the construct state before a plural: "חמשת החודשים" (the five months).
_CONSTRUCT = {"שלושת": "3", "ארבעת": "4", "חמשת": "5", "ששת": "6", "שבעת": "7", "שמונת": "8",
              "תשעת": "9", "עשרת": "10", "אחד עשר": "11"}  # fmt: skip
_COUNTED = r"לפני (?:\d+|כמה|מספר) |לפני (?:יומיים|שבועיים|חודשיים|שנתיים)"


REWRITES: list[Rewrite] = [
    (re.compile(r"[״“”]"), '"'),
    # Words for "about": "בערך", "כ-2020", "בסביבות" (dateparser would skip them silently).
    (re.compile(r"(?<!\w)(?:בערך|בסביבות|בקירוב|לערך|סביב|כ-(?=\d)|כ(?=\d))"), ABOUT),
    # "בחמשת החודשים שמתחילת השנה", "בשלושת החודשים הראשונים של 2024": the first months.
    word(rf"ב?-?({alternatives(_CONSTRUCT)}|\d{{1,2}}) החודשים (?:הראשונים (?:של |ב-?)?|ש?מתחילת )(?:(השנה)|שנת (\d{{4}})|(\d{{4}}))", lambda m: first_months(_CONSTRUCT.get(m[1], m[1]), "this" if m[2] else m[3] or m[4])),
    # Counted days, weeks, months back and forward.
    word(rf"לפני ({alternatives(_DUALS)})", spans("{unit} ago", _DUALS)),
    word(rf"לפני (\d+) ({alternatives(_UNITS)})", spans("{n} {unit} ago", _UNITS)),
    word(rf"בעוד (\d+) ({alternatives(_UNITS)})", spans("in {n} {unit}", _UNITS)),
    word(rf"בעוד ({alternatives(_DUALS)})", spans("in {unit}", _DUALS)),
    *word_meanings({
        "the day before yesterday": r"שלשום",
        "the day after tomorrow": r"מחרתיים",
    }),
    # Spans no anchor can date, and words pointing at another event: refused in English.
    word(r"ב?(ימים|שבועות|חודשים|שנים) האחרונים", spans("in recent {unit}", _UNITS)),
    word(r"ב?(ימים|שבועות|חודשים) הקרובים", spans("in the coming {unit}", _UNITS)),
    (re.compile(r"(?<!\w)לפני (?:כמה|מספר) (ימים|שבועות|חודשים|שנים)|לפני (ימים) ספורים"), spans("a few {unit} ago", _UNITS)),
    *word_meanings({
        "the same day": r"באותו (?:ה)?יום|באותו לילה|ביום זה|באותו היום",
        "the following day": r"למחרת|ביום שלמחרת|למחרת היום",
        "at the time": r"באותה עת|באותו זמן|באותה תקופה|באותם ימים",
        "that week": r"באותו שבוע",
    }),
    # Ranges before deadlines: "מ-2 עד 4 באפריל", "בין ה-2 ל-4 באפריל".
    *bounds([
        ("from", r"^(?:ב?תקופה |בימים )?מ-?(?:ה-?)?(\d.*?|\S+) (?:ו?עד|ל-?)(?: ה-?| ל-?)? ?(.+)$"),
        ("between", r"^בין (?:ה-?)?(.+?) (?:ל-?|ו-?)(?:ה-?)?(.+)$"),
    ]),
    word(r"(?:עד|לא יאוחר מ-?)(?: ל-?)? ?(?:סוף|תום|סיום)", "⟪by the end of⟫"),
    *bounds([
        ("by", r"^(?:עד|לא יאוחר מ-?)(?: ל-?| ה-?)? ?(.+)$"),
        ("before", rf"^(?!{_COUNTED})לפני (?:ה-?)?(.+)$"),
        ("after", r"^(?:אחרי|לאחר) (?:ה-?)?(.+)$"),
        ("since", r"^(?:מאז|החל מ-?) ?(?:ה-?)?(.+)$"),
    ]),
    # Decades and centuries: "שנות ה-90", "בשנות התשעים", "המאה ה-20".
    word(r"ב?שנות (?:ה-?)?(\d{2,4})", r"⟪the \1s⟫"),
    word(rf"ב?שנות ({alternatives(_DECADES)})", lambda m: f"⟪the {_DECADES[m[1]]}s⟫"),
    word(r"[בה]?מאה (?:ה-?)?(\d{1,2})", lambda m: f"⟪the {ordinal(m[1])} century⟫"),
    word(rf"[בה]?מאה ({alternatives(_CENTURIES)})", lambda m: f"⟪the {ordinal(_CENTURIES[m[1]])} century⟫"),
    (re.compile(rf"(?<!\w)ב?(רבעון|מחצית) ({alternatives(_ORDINALS)})(?: של)?"), fraction(_ORDINALS, "מחצית")),
    # Prefixes before numbers: "ב-9", "ה־7", "ל-4".
    (re.compile(r"(?<!\w)ו?[בהלמ]-?(?=\d)"), ""),
    word(rf"ב?(?:ליל|לילה שבין) (?:יום )?({alternatives(_WEEKDAY_WORDS)}) ?(?:-|–|ל-?|ו-?) ?(?:יום )?({alternatives(_WEEKDAY_WORDS)})", lambda m: f"⟪the night of {_WEEKDAY_WORDS[m[1]]} to {_WEEKDAY_WORDS[m[2]]}⟫"),
    word(rf"ב?ליל (?:יום )?({alternatives(_WEEKDAY_WORDS)})", lambda m: f"⟪the night into {_WEEKDAY_WORDS[m[1]]}⟫"),
    # Months and weekdays with their prefixes.
    named(_MONTHS, before=_PREFIXES),
    # "בחודש מאי": the word for month before a month's name carries nothing.
    (re.compile(rf"(?<!\w)[בהלמ]?חודש (?=⟪(?:{_MONTH_NAMES})⟫)"), ""),
    # A weekday with "the coming" or "the last" after it: "ראשון הקרוב", "שבת הקרובה".
    word(rf"(?:ב?יום )?({alternatives(_WEEKDAY_WORDS)}) ({_COMING}|{_PAST})", lambda m: f"⟪{'next' if re.fullmatch(_COMING, m[2]) else 'last'} {_WEEKDAY_WORDS[m[1]]}⟫"),
    (re.compile(rf"(?<![\w-])(?:ו?[בה]?)יום ({alternatives(_WEEKDAY_WORDS)})(?!\w)"), lambda m: f"⟪{_WEEKDAY_WORDS[m[1]]}⟫"),
    (re.compile(r"(?<![\w-])(?:ו?[בה]?)יום ([א-ו])['׳](?!\w)"), lambda m: f"⟪{_WEEKDAY_LETTERS[m[1]]}⟫"),
    (re.compile(r"(?<![\w-])(?:ו?[בה]?)שבת(?!\w)"), "⟪saturday⟫"),
    # Nights: "אמש" is last night; "ליל שישי" the night into Friday (the Hebrew day starts at
    # dusk); "מוצאי שבת" the night after the Sabbath ends, Saturday night.
    word(r"אמש|אתמול בלילה|אתמול בערב|בלילה שעבר", lambda m: "⟪yesterday evening⟫" if "ערב" in m[0] else "⟪last night⟫"),
    (re.compile(r"(?<!\w)ב?מוצאי ⟪saturday⟫|(?<!\w)ב?מוצ\"ש(?!\w)"), "⟪saturday night⟫"),
    (re.compile(r"(?<!\w)ב?(?:ליל|לילה|לילה של|הלילה שבין) (⟪\w+⟫|\d+) ?(?:-|–|ל-?|ו-?|עד) ?(⟪\w+⟫|\d+)"), r"⟪the night of⟫ \1 ⟪to⟫ \2"),
    (re.compile(r"(?<!\w)ב?ליל (⟪\w+⟫)"), r"⟪the night into⟫ \1"),
    *word_meanings({
        "today morning": r"הבוקר",
        "today evening": r"הערב",
        "in the small hours of": r"בשעות הקטנות של",
    }),
    word(rf"{alternatives(_DAY_PARTS)}", lambda m: f"⟪{_DAY_PARTS[m[0]]}⟫"),
    # Weeks, months and years counted from the anchor.
    # Israel's weekend is Friday-Saturday, its week Sunday to Saturday.
    *word_meanings({
        "the friday-saturday weekend before last": r"ב?סוף השבוע שלפני שעבר",
        "the week before last": r"ב?שבוע שלפני שעבר",
        "last friday-saturday weekend": r"ב?סוף השבוע (?:שעבר|האחרון|הקודם)",
        "next friday-saturday weekend": r"ב?סוף השבוע (?:הבא|הקרוב)",
        "this friday-saturday weekend": r"ב?סוף השבוע",
    }),
    word(r"[בהמ]?(שבוע|חודש|שנה) ה?(?:שעבר|שעברה|הקודם|הקודמת)", lambda m: f"⟪last {_PERIOD[m[1]]}⟫"),
    word(r"[בהמ]?(שבוע|חודש|שנה) ה(?:בא|באה|קרוב|קרובה)", lambda m: f"⟪next {_PERIOD[m[1]]}⟫"),
    word(r"ב?(שבוע|חודש) האחרון", lambda m: f"⟪the past {_PERIOD[m[1]]}⟫"),
    word(r"אשתקד", "⟪last year⟫"),
    word(r"(?:ה|ב|מ)(שבוע|חודש|שנה)", lambda m: f"⟪this {_PERIOD[m[1]]}⟫"),
    word(rf"(⟪\w+(?: night)?⟫) (?:{_PAST})", r"⟪last⟫ \1"),
    word(rf"(⟪\w+(?: night)?⟫) (?:{_COMING})", r"⟪next⟫ \1"),
    (re.compile(r"(?<!\w)ב?(?:שנה|שנת)(?= \d)"), " "),
    # Parts of a month, year or decade: "בתחילת אפריל", "בסוף השנה שעברה", "באמצע 2025".
    parts_of_date(_PARTS, before="ב|מ", between="חודש |שנת "),
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
