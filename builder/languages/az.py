"""Azerbaijani: the locales that read it and the phrases word-by-word translation would lose.

The rules mirror Turkish (tr.py): rewrites run in order on lowercased text with straight
apostrophes, and English they produce is marked ⟪ ⟫ and kept as written.
"""

from __future__ import annotations

import re

from builder.languages.tr import ordinal, part_of

LOCALES = ("az",)
WHOLE_WORDS = True
CHARACTERS = str.maketrans({"\u0307": ""})

_MONTHS = {
    "yanvar": "january", "fevral": "february", "mart": "march", "aprel": "april",
    "may": "may", "iyun": "june", "iyul": "july", "avqust": "august", "sentyabr": "september",
    "oktyabr": "october", "noyabr": "november", "dekabr": "december",
}  # fmt: skip
_WEEKDAYS = {
    "bazar ertəsi": "monday", "çərşənbə axşamı": "tuesday", "çərşənbə": "wednesday",
    "cümə axşamı": "thursday", "cümə": "friday", "şənbə": "saturday", "bazar": "sunday",
}  # fmt: skip
_NUMBERS = {
    "bir": "1", "iki": "2", "üç": "3", "dörd": "4", "beş": "5", "altı": "6", "yeddi": "7",
    "səkkiz": "8", "doqquz": "9", "on": "10",
}  # fmt: skip
_ORDINALS = {"ilk": "first", "birinci": "first", "ikinci": "second", "üçüncü": "third",
             "dördüncü": "fourth", "son": "fourth"}  # fmt: skip
_PART = {"əvvəl": "early", "orta": "mid", "son": "late"}
_UNIT = {"gün": "days", "həftə": "weeks", "ay": "months", "il": "years"}
_WHICH = {"keçən": "last", "ötən": "last", "bu": "this", "gələn": "next", "növbəti": "next",
          "gələcək": "next"}  # fmt: skip
_S = r"[a-zçğıöşüəq]*"
_DATE = r"(⟪[^⟫]*⟫|\S+)"


def _alternatives(words: dict[str, str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _english(table: dict[str, str]) -> object:
    return lambda m: f"⟪{table[m[1]]}⟫"


_COUNTED = r"(?!.*\b(?:\d+|bir neçə|bir necə) (?:gün|həftə|ay|il) )"

REWRITES: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"(?<!\w)(?:təxminən|təqribən|təxmini)(?!\w)"), " ⟪about⟫ "),
    (re.compile(r"(?<!\w)(?:ətrafında|radələrində|civarında)(?!\w)"), " ⟪about⟫ "),
    (re.compile(rf"(?<!\w)({_alternatives(_NUMBERS)}) (gün|həftə|ay|il)(?!\w)"),
     lambda m: f"{_NUMBERS[m[1]]} {m[2]}"),
    (re.compile(r"(?<!\w)(\d+) (gün|həftə|ay|il) (?:əvvəl|öncə)(?!\w)"), lambda m: f"⟪{m[1]} {_UNIT[m[2]]} ago⟫"),
    (re.compile(r"(?<!\w)(\d+) (gün|həftə) (?:sonra)(?!\w)"), lambda m: f"⟪in {m[1]} {_UNIT[m[2]]}⟫"),
    # "since": "1 oktyabrdan bəri", "2022-ci ildən etibarən", "oktyabrın 1-dən" (a bare ablative
    # at the end: "from" with no end, read as since, never dropped).
    (re.compile(r"^(.+?)(?:[-']?[dt][aə]n)(?: (?:bəri|etibarən|başlayaraq))$"), r"⟪since⟫ \1"),
    (re.compile(r"^(.+?)(?:'|(?<=\d)-)[dt][aə]n$"), r"⟪since⟫ \1"),
    # Ranges, deadlines and open bounds (refused in English with their reason).
    (re.compile(r"^(.+?)[-' ]?[dt][ae]n (.+?)[-' ]?(?:y?[aə]|n[aə])? (?:qədər|dək)$"), r"⟪from⟫ \1 ⟪to⟫ \2"),
    (re.compile(r"^(.+?) (?:il[əe]|və) (.+?) arası(?:nda)?$"), r"⟪between⟫ \1 ⟪and⟫ \2"),
    (re.compile(r"^(.+?) (?:sonunadək|sonuna qədər|sonunacan)$"), r"⟪by the end of⟫ \1"),
    (re.compile(r"^(.+?)(?:[-']?(?:y?[aə]|n[aə]))? ?(?:qədər|dək|-dək)$"), r"⟪by⟫ \1"),
    (re.compile(rf"^{_COUNTED}(.+?)(?:[-']?[dt][aə]n)? (?:əvvəl|öncə|əvvəlki dövrdə)$"), r"⟪before⟫ \1"),
    (re.compile(rf"^{_COUNTED}(.+?)(?:[-']?[dt][aə]n)? (?:sonra)$"), r"⟪after⟫ \1"),
    (re.compile(r"(?<!\w)(?:son|ötən|keçən) (gün|həftə|ay|il)lər(?:də|in|)(?!\w)"),
     lambda m: f"⟪in recent {_UNIT[m[1]]}⟫"),
    (re.compile(r"(?<!\w)(?:bir neçə|bir necə|bir-iki) (gün|həftə|ay|il) (?:əvvəl|öncə)(?!\w)"),
     lambda m: f"⟪a few {_UNIT[m[1]]} ago⟫"),
    (re.compile(r"(?<!\w)(?:həmin|eyni) (?:gün|günü|gündə|gecə|gecəsi)(?!\w)"), "⟪the same day⟫"),
    (re.compile(r"(?<!\w)(?:ertəsi|növbəti) gün\w*"), "⟪the following day⟫"),
    (re.compile(r"(?<!\w)(?:o zaman|həmin vaxt|o dövrdə)(?!\w)"), "⟪at the time⟫"),
    # Decades and centuries, then suffixes: "2025-ci il", "9 aprel'də", "1990-cı illər".
    (re.compile(r"(?<![\d.])(\d{1,2})[-.]?(?:ci|cı|cu|cü)? ?(?:əsr)\w*"), lambda m: f"⟪the {ordinal(m[1])} century⟫"),
    (re.compile(r"(?<!\d)(\d{3}0|\d0)[-']?(?:ci|cı|cu|cü)? ?(?:illər|-illər)\w*"), lambda m: f"⟪the {m[1]}s⟫"),
    (re.compile(r"(\w)'[a-zçğıöşüəq]+"), r"\1"),
    (re.compile(r"(\d)-(?:ci|cı|cu|cü|da|də|dan|dən|a|ə|ya|yə|na|nə|nın|nin|un|ün)\b"), r"\1"),
    (re.compile(rf"(?<!\w)({_alternatives(_MONTHS)})(?:{_S})(?: ay{_S})?(?!\w)"), _english(_MONTHS)),
    (re.compile(rf"(?<!\w)({_alternatives(_WEEKDAYS)})(?:[ıiuü]|y[ıiuü]|n[ıi]n|y[aə]|[aə])?(?: günü)?(?!\w)"), _english(_WEEKDAYS)),
    (re.compile(r"(\d{3,4}) (?:ilin|ildə|ili|il)(?!\w)"), r"\1"),
    # Nights and parts of day.
    (re.compile(r"(?<!\w)dünən (?:gecə|axşam)(?!\w)"), lambda m: "⟪last night⟫" if "gecə" in m[0] else "⟪yesterday evening⟫"),
    (re.compile(r"(?<!\w)bu gecə(?!\w)"), "⟪tonight⟫"),
    (re.compile(r"(?<!\w)bu (səhər|axşam)(?!\w)"), lambda m: "⟪today morning⟫" if m[1] == "səhər" else "⟪today evening⟫"),
    (re.compile(r"(?<!\w)(?:gecəsi|gecə yarısı|gecə)(?!\w)"), "⟪night⟫"),
    (re.compile(r"(?<!\w)(?:səhəri|səhər saatlarında|səhər)(?!\w)"), "⟪morning⟫"),
    (re.compile(r"(?<!\w)(?:axşamı|axşam saatlarında|axşam)(?!\w)"), "⟪evening⟫"),
    # Weeks, months and years counted from the anchor.
    (re.compile(r"(?<!\w)(keçən|ötən|bu|gələn|növbəti) həftəsonu\w*|(?<!\w)(keçən|ötən|bu|gələn|növbəti) həftə sonu\w*"),
     lambda m: f"⟪{_WHICH[m[1] or m[2]]} weekend⟫"),
    (re.compile(r"(?<!\w)(keçən|ötən|bu|gələn|növbəti|gələcək) (həftə|ay|il)(?:in|ki|nin)?(?!\w)"),
     lambda m: f"⟪{_WHICH[m[1]]} {_UNIT[m[2]][:-1]}⟫"),
    (re.compile(r"(?<!\w)(keçən|ötən|bu|gələn|növbəti) (⟪\w+⟫)"), lambda m: f"⟪{_WHICH[m[1]]}⟫ {m[2]}"),
    (re.compile(r"(⟪(?:last|this|next) year⟫) (⟪(?:january|february|march|april|may|june|july|august|september|october|november|december)⟫)"), r"\2 \1"),
    (re.compile(r"(?<!\w)srağagün(?!\w)"), "⟪the day before yesterday⟫"),
    (re.compile(r"(?<!\w)(ay|il)(?:ın|in|)(?= (?:əvvəl|orta|son))"), lambda m: f"⟪this {_UNIT[m[1]][:-1]}⟫"),
    (re.compile(rf"{_DATE} ({_alternatives(_ORDINALS)}) (yarı|rüb)\w*"),
     lambda m: f"⟪the {_ORDINALS[m[2]]} {'half' if m[3] == 'yarı' else 'quarter'} of⟫ {m[1]}"),
    (re.compile(rf"{_DATE} (əvvəl|orta|son)(?:i|ində|lərində|ı|sı|sında|larında|u|unda|larında)(?!\w)"),
     lambda m: part_of(_PART[m[2]], m[1])),
]  # fmt: skip

PHRASES: dict[str, str] = {
    "bu gün": "today", "bugün": "today", "dünən": "yesterday", "sabah": "tomorrow",
    "birigün": "the day after tomorrow",
}  # fmt: skip

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["il", "ildə", "tarixində", "günü"])
