"""Turkish: the locales that read it and the phrases word-by-word translation would lose.

Rewrites run in order, on lowercased text whose apostrophes are already straight ("Nisan’da"
→ "nisan'da"); English they produce is marked ⟪ ⟫ and kept as written.
"""

from __future__ import annotations

import re

LOCALES = ("tr",)
WHOLE_WORDS = True
# "İ".lower() leaves a combining dot ("i̇"): dropped, so "İki" reads as "iki".
CHARACTERS = str.maketrans({"\u0307": ""})

_S = r"[a-zçğıöşü]*"  # a case suffix after a word (without apostrophe: "nisanda", "cumayı")
_MONTHS = {
    "ocak": "january", "şubat": "february", "subat": "february", "mart": "march",
    "nisan": "april", "mayıs": "may", "mayis": "may", "haziran": "june", "temmuz": "july",
    "ağustos": "august", "agustos": "august", "eylül": "september", "eylul": "september",
    "ekim": "october", "kasım": "november", "kasim": "november", "aralık": "december",
    "aralik": "december",
}  # fmt: skip
_WEEKDAYS = {
    "pazartesi": "monday", "salı": "tuesday", "sali": "tuesday", "çarşamba": "wednesday",
    "carsamba": "wednesday", "perşembe": "thursday", "persembe": "thursday",
    "cumartesi": "saturday", "cuma": "friday", "pazar": "sunday",
}  # fmt: skip
_NUMBERS = {
    "bir": "1", "iki": "2", "üç": "3", "dört": "4", "beş": "5", "altı": "6", "yedi": "7",
    "sekiz": "8", "dokuz": "9", "on": "10",
}  # fmt: skip
_ORDINALS = {"ilk": "first", "birinci": "first", "ikinci": "second", "üçüncü": "third",
             "dördüncü": "fourth", "son": "fourth"}  # fmt: skip
_PART = {"baş": "early", "orta": "mid", "son": "late"}


def _alternatives(words: dict[str, str] | list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH = _alternatives(_MONTHS)
_WEEKDAY = _alternatives(_WEEKDAYS)
_DAY_WORD = rf"(?:{_WEEKDAY}|dün|bugün|yarın)"
_DATE = r"(⟪[^⟫]*⟫|\S+)"  # one translated unit, or one word still to translate
_UNIT = {"gün": "days", "hafta": "weeks", "ay": "months", "yıl": "years", "sene": "years"}


def ordinal(number: str) -> str:
    """'20' -> '20th', '21' -> '21st': the English reader's ordinals."""
    n = int(number)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def part_of(part: str, date: str) -> str:
    """'late' before 'the 1990s' reads 'the late 1990s'; before 'april', 'late april'."""
    if date.startswith("⟪the "):
        return f"⟪the {part} {date[5:]}"
    return f"⟪{part}⟫ {date}"


def _english(table: dict[str, str]) -> object:
    return lambda m: f"⟪{table[m[1]]}⟫"


REWRITES: list[tuple[re.Pattern[str], object]] = [
    # Words for "about" before or after the date (dateparser would drop "yaklaşık" silently).
    (re.compile(r"(?<!\w)(?:yaklaşık|yaklaşik|tahminen|takriben|aşağı yukarı)(?!\w)"), " ⟪about⟫ "),
    (re.compile(r"(?<!\w)(?:civarında|civarı|civarlarında|sularında|dolaylarında|sıralarında)(?!\w)"), " ⟪about⟫ "),
    (re.compile(rf"(?<!\w)({_alternatives(_NUMBERS)}) (gün|hafta|ay|yıl|sene)(?!\w)"),
     lambda m: f"{_NUMBERS[m[1]]} {m[2]}"),
    # "since": "1 Ekim'den beri", "2022'den bu yana", "Mart'tan itibaren"; a bare ablative at the
    # end ("1 Ekim'den") is "from" with no end, read as since, never dropped.
    (re.compile(r"^(.+?)(?:'|(?<=\d)-?)?[dt][ae]n(?: (?:beri|bu yana|itibaren))?$"), r"⟪since⟫ \1"),
    # Ranges before deadlines: "2 Nisan'dan 4 Nisan'a kadar" is from ... to, not "by".
    (re.compile(r"^(.+?)'?[dt][ae]n (.+?)'?(?:y?[ae]|n[ae]) (?:kadar|dek|değin)$"), r"⟪from⟫ \1 ⟪to⟫ \2"),
    (re.compile(r"^(.+?) ile (.+?) arası(?:nda)?$"), r"⟪between⟫ \1 ⟪and⟫ \2"),
    # Deadlines and open bounds: refused in English with their reason.
    (re.compile(r"^(.+?) (?:sonuna|sonlarına) (?:kadar|dek|değin)$"), r"⟪by the end of⟫ \1"),
    (re.compile(r"^(.+?)'?(?:y?[ae]|n[ae])? (?:kadar|dek|değin)$"), r"⟪by⟫ \1"),
    (re.compile(r"^(?!.*\b(?:\d+|birkaç|bir kaç) (?:gün|hafta|ay|yıl|sene) )(.+?)(?:'?[dt][ae]n)? (?:önce|öncesinde|öncesi)$"), r"⟪before⟫ \1"),
    (re.compile(r"^(?!.*\b(?:\d+|birkaç|bir kaç) (?:gün|hafta|ay|yıl|sene) )(.+?)(?:'?[dt][ae]n)? (?:sonra|sonrasında|sonrası)$"), r"⟪after⟫ \1"),
    # Spans no anchor can date, and words that point back at another event.
    (re.compile(r"(?<!\w)(?:son|geçtiğimiz|geçen) (gün|hafta|ay|yıl)lar(?:da|ın|)(?!\w)"),
     lambda m: f"⟪in recent {_UNIT[m[1]]}⟫"),
    (re.compile(r"(?<!\w)(?:birkaç|bir kaç|bir iki) (gün|hafta|ay|yıl) (?:önce|evvel)(?!\w)"),
     lambda m: f"⟪a few {_UNIT[m[1]]} ago⟫"),
    (re.compile(r"(?<!\w)aynı (?:gün|günün|gece|hafta|ay)\w*"), "⟪the same day⟫"),
    (re.compile(r"(?<!\w)ertesi (?:gün|sabah)\w*"), "⟪the following day⟫"),
    (re.compile(r"(?<!\w)(?:o sırada|o dönemde|o zaman|o tarihte)(?!\w)"), "⟪at the time⟫"),
    (re.compile(r"(?<!\w)o (gün|hafta)(?!\w)"), lambda m: f"⟪that {'day' if m[1] == 'gün' else 'week'}⟫"),
    # Decades and centuries before suffixes go: "1990'lar" is a decade, not the year 1990.
    (re.compile(r"(?<![\d.])(\d{1,2})\.? ?(?:yüzyıl|yy\b)\w*"), lambda m: f"⟪the {ordinal(m[1])} century⟫"),
    (re.compile(r"(?<!\d)(\d{2}|\d{3}0)'?(?:l[ae]r|l[ıiuü])\w*(?: yıllar\w*)?"), lambda m: f"⟪the {m[1]}s⟫"),
    # Case suffixes: "2025'te", "9 Nisan'da", "Nisan'ın"; ordinals "2025-ci".
    (re.compile(r"(\w)'[a-zçğıöşü]+"), r"\1"),
    (re.compile(r"(\d)-(?:ci|cı|cu|cü|nci|ncı|ncu|ncü|inci|ıncı|uncu|üncü)\b"), r"\1"),
    (re.compile(rf"(?<!\w)({_MONTH}){_S}(?: ay{_S})?(?!\w)"), _english(_MONTHS)),
    (re.compile(rf"(?<!\w)({_WEEKDAY})(?:y?[ıiuü]|y?[ae]|n[ıi]n)?(?: günü{_S})?(?!\w)"), _english(_WEEKDAYS)),
    (re.compile(r"(\d{3,4}) (?:yılı|yılında|yılının|yılın|yıl)(?!\w)"), r"\1"),
    # Nights and parts of day: "cumartesiyi pazara bağlayan gece" keeps both days.
    (re.compile(r"(⟪\w+⟫) (⟪\w+⟫) bağlayan gece\w*"), r"⟪the night of⟫ \1 ⟪to⟫ \2"),
    (re.compile(r"(?<!\w)dün (?:gece|gece yarısı)(?!\w)"), "⟪last night⟫"),
    (re.compile(r"(?<!\w)bu gece(?!\w)"), "⟪tonight⟫"),
    (re.compile(r"(?<!\w)(?:bu|bugün) (sabah|akşam|öğleden sonra)\w*"),
     lambda m: {"sabah": "⟪today morning⟫", "akşam": "⟪today evening⟫"}.get(m[1], "⟪this afternoon⟫")),
    (re.compile(r"(?<!\w)sabaha karşı(?!\w)"), "⟪in the small hours of⟫"),
    (re.compile(r"(?<!\w)(?:gece yarısından sonra|gece yarısı|gece saatlerinde|gecesi|gece)(?!\w)"), "⟪night⟫"),
    (re.compile(r"(?<!\w)(?:sabahın erken saatlerinde|sabah saatlerinde|sabahı|sabah)(?!\w)"), "⟪morning⟫"),
    (re.compile(r"(?<!\w)(?:akşam saatlerinde|akşamı|akşam)(?!\w)"), "⟪evening⟫"),
    (re.compile(r"(?<!\w)(?:öğleden sonra)(?!\w)"), "⟪afternoon⟫"),
    (re.compile(r"(?<!\w)(?:öğle saatlerinde|öğlen|öğle)(?!\w)"), "⟪midday⟫"),
    (re.compile(r"(?<!\w)(?:şafak vakti|şafakta|şafak)(?!\w)"), "⟪dawn⟫"),
    (re.compile(r"(⟪in the small hours of⟫) (.+)$"), r"\1 \2"),
    # Weeks, months and years counted from the anchor.
    (re.compile(r"(?<!\w)geçen haftadan önceki hafta ?son\w*"), "⟪the weekend before last⟫"),
    (re.compile(r"(?<!\w)geçen haftadan önceki hafta(?!\w)"), "⟪the week before last⟫"),
    (re.compile(r"(?<!\w)(geçen|geçtiğimiz|bu|gelecek|önümüzdeki) hafta ?son\w*"),
     lambda m: f"⟪{_WHICH[m[1]]} weekend⟫"),
    (re.compile(r"(?<!\w)(?:haftaya)(?!\w)"), "⟪next week⟫"),
    (re.compile(r"(?<!\w)(geçen|geçtiğimiz|bu|gelecek|önümüzdeki) (hafta|ay|yıl|sene)(?:ın|in|nın|nin|ki)?(?!\w)"),
     lambda m: f"⟪{_WHICH[m[1]]} {_UNIT[m[2]][:-1]}⟫"),
    (re.compile(r"(?<!\w)(geçen|geçtiğimiz|bu|gelecek|önümüzdeki) (⟪\w+⟫)"),
     lambda m: f"⟪{_WHICH[m[1]]}⟫ {m[2]}"),
    # "geçen yılın mart ayında": the month of last year.
    (re.compile(rf"(⟪(?:last|this|next) year⟫) (⟪(?:{_alternatives(set(_MONTHS.values()))})⟫)"), r"\2 \1"),
    (re.compile(r"(?<!\w)(?:evvelki|önceki|evvelsi) gün(?!\w)"), "⟪the day before yesterday⟫"),
    (re.compile(r"(?<!\w)(ay|yıl|sene)(?:ın|ın|)(?= (?:baş|orta|son))"),
     lambda m: f"⟪this {_UNIT[m[1]][:-1]}⟫"),
    # Halves and quarters follow their year: "2025'in ilk yarısında".
    (re.compile(rf"{_DATE} ({_alternatives(_ORDINALS)}) (yarı|çeyre)\w*"),
     lambda m: f"⟪the {_ORDINALS[m[2]]} {'half' if m[3] == 'yarı' else 'quarter'} of⟫ {m[1]}"),
    # Parts of a month or year follow it: "Nisan başı" = early April, "yıl sonunda" = late in it.
    (re.compile(rf"{_DATE} (baş|orta|son)(?:ı|u|ları|ları|sı|ın|un|ası|aları)?(?:nda|na|ndan|sında|sı|ında|)(?!\w)"),
     lambda m: part_of(_PART[m[2]], m[1])),
    (re.compile(r"(?<!\w)(?:ayı|ayında|yılı|yılında)(?!\w)"), " "),
]  # fmt: skip

_WHICH = {"geçen": "last", "geçtiğimiz": "last", "bu": "this", "gelecek": "next",
          "önümüzdeki": "next"}  # fmt: skip

PHRASES: dict[str, str] = {
    "bugün": "today", "dün": "yesterday", "yarın": "tomorrow", "öbür gün": "the day after tomorrow",
}  # fmt: skip

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["il", "gunu", "günü", "tarihinde", "tarihli", "günü"])
