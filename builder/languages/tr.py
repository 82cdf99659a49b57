"""Turkish: the locales that read it and the phrases word-by-word translation would lose.

Rewrites run in order, on lowercased text whose apostrophes are already straight ("Nisan’da"
→ "nisan'da"); English they produce is marked ⟪ ⟫ and kept as written.
"""

from __future__ import annotations

import re

from builder.languages.rules import (
    ABOUT,
    MONTH,
    UNIT_OR_WORD,
    Rewrite,
    alternatives,
    bounds,
    day_list,
    english,
    fraction,
    ordinal,
    part_of,
    spans,
    spelled_numbers,
    word,
    word_meanings,
)

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


_MONTH = alternatives(_MONTHS)
_WEEKDAY = alternatives(_WEEKDAYS)
_DAY_WORD = rf"(?:{_WEEKDAY}|dün|bugün|yarın)"
_DATE = UNIT_OR_WORD
_PAST_UNIT = {"saat": "hours", "gün": "days", "hafta": "weeks", "ay": "months", "yıl": "years",
              "sene": "years"}  # fmt: skip
_UNIT = {"gün": "days", "hafta": "weeks", "ay": "months", "yıl": "years", "sene": "years"}


REWRITES: list[Rewrite] = [
    # Words for "about" before or after the date (dateparser would drop "yaklaşık" silently).
    word(r"yaklaşık|yaklaşik|tahminen|takriben|aşağı yukarı", ABOUT),
    word(r"civarında|civarı|civarlarında|sularında|dolaylarında|sıralarında", ABOUT),
    spelled_numbers(_NUMBERS, "gün|hafta|ay|yıl|sene"),
    # "bugünkü" (today's), "dünkü", "yarınki": the day itself.
    word(r"bugünkü|bugünki", "⟪today⟫"),
    word(r"dünkü|dünki", "⟪yesterday⟫"),
    word(r"yarınki|yarınkı", "⟪tomorrow⟫"),
    # "yarın yani cumartesi": "yani" (that is) sets the weekday beside the day it names.
    word(r",? ?yani", " , "),
    # "son 24 saatte", "son bir yılda": the past so many hours, days, ... up to the report.
    word(rf"son (\d+|{alternatives(_NUMBERS)}) (saat|gün|hafta|ay|yıl|sene)\w*", lambda m: f"⟪the past {_NUMBERS.get(m[1], m[1])} {_PAST_UNIT[m[2]]}⟫"),
    # "since": "1 Ekim'den beri", "2022'den bu yana", "Mart'tan itibaren"; a bare ablative at the
    # end ("1 Ekim'den") is "from" with no end, read as since, never dropped.
    *bounds([
        ("since", r"^(.+?)(?:'|(?<=\d)-?)?[dt][ae]n(?: (?:beri|bu yana|itibaren))?$"),
        # Ranges before deadlines: "2 Nisan'dan 4 Nisan'a kadar" is from ... to, not "by".
        ("from", r"^(.+?)'?[dt][ae]n (.+?)'?(?:y?[ae]|n[ae]) (?:kadar|dek|değin)$"),
        ("between", r"^(.+?) ile (.+?) arası(?:nda)?$"),
        # Deadlines and open bounds: refused in English with their reason.
        ("by the end of", r"^(.+?) (?:sonuna|sonlarına) (?:kadar|dek|değin)$"),
        ("by", r"^(.+?)'?(?:y?[ae]|n[ae])? (?:kadar|dek|değin)$"),
        ("before", r"^(?!.*\b(?:\d+|birkaç|bir kaç) (?:gün|hafta|ay|yıl|sene) )(.+?)(?:'?[dt][ae]n)? (?:önce|öncesinde|öncesi)$"),
        ("after", r"^(?!.*\b(?:\d+|birkaç|bir kaç) (?:gün|hafta|ay|yıl|sene) )(.+?)(?:'?[dt][ae]n)? (?:sonra|sonrasında|sonrası)$"),
    ]),
    # Spans no anchor can date, and words that point back at another event.
    word(r"(?:son|geçtiğimiz|geçen) (gün|hafta|ay|yıl)l[ae]r(?:d[ae]|ın|in|)", spans("in recent {unit}", _UNIT)),
    word(r"(?:birkaç|bir kaç|bir iki) (gün|hafta|ay|yıl) (?:önce|evvel)", spans("a few {unit} ago", _UNIT)),
    *word_meanings({
        "the same day": r"aynı (?:gün|günün|gece|hafta|ay)\w*",
        "the following day": r"ertesi (?:gün|sabah)\w*",
        "at the time": r"o sırada|o dönemde|o zaman|o tarihte",
    }),
    word(r"o (gün|hafta)", lambda m: f"⟪that {'day' if m[1] == 'gün' else 'week'}⟫"),
    # Decades and centuries before suffixes go: "1990'lar" is a decade, not the year 1990.
    (re.compile(r"(?<![\d.])(\d{1,2})\.? ?(?:yüzyıl|yy\b)\w*"), lambda m: f"⟪the {ordinal(m[1])} century⟫"),
    (re.compile(r"(?<!\d)(\d{2}|\d{3}0)'?(?:l[ae]r|l[ıiuü])\w*(?: yıllar\w*)?"), lambda m: f"⟪the {m[1]}s⟫"),
    # Case suffixes: "2025'te", "9 Nisan'da", "Nisan'ın"; ordinals "2025-ci".
    (re.compile(r"(\w)'[a-zçğıöşü]+"), r"\1"),
    (re.compile(r"(\d)-(?:ci|cı|cu|cü|nci|ncı|ncu|ncü|inci|ıncı|uncu|üncü)\b"), r"\1"),
    word(rf"({_MONTH}){_S}(?: ay{_S})?", english(_MONTHS)),
    # "Ocak-Mart döneminde": the period (dönem) of those months is the months.
    (re.compile(rf"({MONTH} ?[-–] ?{MONTH}) dönem\w*"), r"\1"),
    day_list("ve"),
    word(rf"({_WEEKDAY})(?:y?[ıiuü]|y?[ae]|n[ıi]n)?(?: günü{_S})?", english(_WEEKDAYS)),
    (re.compile(r"(\d{3,4}) (?:yılı|yılında|yılının|yılın|yıl)(?!\w)"), r"\1"),
    # Nights and parts of day: "cumartesiyi pazara bağlayan gece" keeps both days.
    (re.compile(r"(⟪\w+⟫) (⟪\w+⟫) bağlayan gece\w*"), r"⟪the night of⟫ \1 ⟪to⟫ \2"),
    *word_meanings({
        "last night": r"dün (?:gece|gece yarısı)",
        "tonight": r"bu gece",
    }),
    word(r"(?:bu|bugün) (sabah|akşam|öğleden sonra)\w*", lambda m: {"sabah": "⟪today morning⟫", "akşam": "⟪today evening⟫"}.get(m[1], "⟪this afternoon⟫")),
    *word_meanings({
        "in the small hours of": r"sabaha karşı",
        "night": r"gece yarısından sonra|gece yarısı|gece saatlerinde|gecesi|gece",
        "morning": r"sabahın erken saatlerinde|sabah saatlerinde|sabahı|sabah",
        "evening": r"akşam saatlerinde|akşamı|akşam",
        "afternoon": r"öğleden sonra",
        "midday": r"öğle saatlerinde|öğlen|öğle",
        "dawn": r"şafak vakti|şafakta|şafak",
    }),
    (re.compile(r"(⟪in the small hours of⟫) (.+)$"), r"\1 \2"),
    # Weeks, months and years counted from the anchor.
    *word_meanings({
        "the weekend before last": r"geçen haftadan önceki hafta ?son\w*",
        "the week before last": r"geçen haftadan önceki hafta",
    }),
    word(r"(geçen|geçtiğimiz|bu|gelecek|önümüzdeki) hafta ?son\w*", lambda m: f"⟪{_WHICH[m[1]]} weekend⟫"),
    word(r"haftaya", "⟪next week⟫"),
    word(r"(geçen|geçtiğimiz|bu|gelecek|önümüzdeki) (hafta|ay|yıl|sene)(?:ın|in|nın|nin|ki)?", lambda m: f"⟪{_WHICH[m[1]]} {_UNIT[m[2]][:-1]}⟫"),
    (re.compile(r"(?<!\w)(geçen|geçtiğimiz|bu|gelecek|önümüzdeki) (⟪\w+⟫)"), lambda m: f"⟪{_WHICH[m[1]]}⟫ {m[2]}"),
    # "bu yılın ocak-mart döneminde", "2023 Ocak-Mart": the months, then their year.
    (re.compile(rf"(⟪(?:last|this|next) year⟫|\d{{4}}) ({MONTH} ?[-–] ?{MONTH})"), r"\2 \1"),
    # "geçen yılın mart ayında": the month of last year.
    (re.compile(rf"(⟪(?:last|this|next) year⟫) (⟪(?:{alternatives(set(_MONTHS.values()))})⟫)"), r"\2 \1"),
    word(r"(?:evvelki|önceki|evvelsi) gün", "⟪the day before yesterday⟫"),
    (re.compile(r"(?<!\w)(ay|yıl|sene)(?:ın|ın|)(?= (?:baş|orta|son))"), lambda m: f"⟪this {_UNIT[m[1]][:-1]}⟫"),
    # Halves and quarters follow their year: "2025'in ilk yarısında"; "yılın ilk çeyreğinde"
    # is this year's, and a quarter alone ("ilk çeyrekte") is read as the reader reads "the
    # first quarter" ("son", the last, is left: it is also the latest quarter). A half alone
    # ("ilk yarıda") is left: in sports copy it is a match's first half.
    (re.compile(rf"(?<!\w)yıl(?:ın)? ({alternatives(_ORDINALS)}) (yarı|çeyre)\w*"), lambda m: f"⟪this year's {_ORDINALS[m[1]]} {'half' if m[2] == 'yarı' else 'quarter'}⟫"),
    (re.compile(r"^(ilk|birinci|ikinci|üçüncü|dördüncü) çeyre\w*"), lambda m: f"⟪the {_ORDINALS[m[1]]} quarter⟫"),
    (re.compile(rf"{_DATE} ({alternatives(_ORDINALS)}) (yarı|çeyre)\w*"), fraction(_ORDINALS, "yarı", unit=3, number=2, date=1)),
    # Parts of a month or year follow it: "Nisan başı" = early April, "yıl sonunda" = late in it.
    (re.compile(rf"{_DATE} (baş|orta|son)(?:ı|u|ları|ları|sı|ın|un|ası|aları)?(?:nda|na|ndan|sında|sı|ında|)(?!\w)"), lambda m: part_of(_PART[m[2]], m[1])),
    word(r"ayı|ayında|yılı|yılında", " "),
]  # fmt: skip

_WHICH = {"geçen": "last", "geçtiğimiz": "last", "bu": "this", "gelecek": "next",
          "önümüzdeki": "next"}  # fmt: skip

PHRASES: dict[str, str] = {
    "bugün": "today", "dün": "yesterday", "yarın": "tomorrow", "öbür gün": "the day after tomorrow",
}  # fmt: skip

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["il", "gunu", "günü", "tarihinde", "tarihli", "günü"])
