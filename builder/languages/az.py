"""Azerbaijani: the locales that read it and the phrases word-by-word translation would lose.

The rules mirror Turkish (tr.py): rewrites run in order on lowercased text with straight
apostrophes, and English they produce is marked ⟪ ⟫ and kept as written.
"""

from __future__ import annotations

import re

from builder.languages.rules import (
    ABOUT,
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
_PAST_UNIT = {"saat": "hours", "gün": "days", "həftə": "weeks", "ay": "months", "il": "years"}
_UNIT = {"gün": "days", "həftə": "weeks", "ay": "months", "il": "years"}
_WHICH = {"keçən": "last", "ötən": "last", "bu": "this", "gələn": "next", "növbəti": "next",
          "gələcək": "next"}  # fmt: skip
_S = r"[a-zçğıöşüəq]*"
_DATE = UNIT_OR_WORD


_COUNTED = r"(?!.*\b(?:\d+|bir neçə|bir necə) (?:gün|həftə|ay|il) )"

REWRITES: list[Rewrite] = [
    word(r"təxminən|təqribən|təxmini", ABOUT),
    word(r"ətrafında|radələrində|civarında", ABOUT),
    # "son bir ildə", "son 24 saatda": the past so many hours, days, ... up to the report.
    word(rf"son (\d+|{alternatives(_NUMBERS)}) (saat|gün|həftə|ay|il)\w*", lambda m: f"⟪the past {_NUMBERS.get(m[1], m[1])} {_PAST_UNIT[m[2]]}⟫"),
    # "günün ikinci yarısı" (the second half of the day) is the afternoon, the first the morning.
    word(r",? ?günün (birinci|ilk|ikinci) yarısı\w*", lambda m: " ⟪afternoon⟫" if m[1] == "ikinci" else " ⟪morning⟫"),
    # "saat 06:00": the word for hour before a time carries nothing.
    word(r"saat(?= \d)", ""),
    spelled_numbers(_NUMBERS, "gün|həftə|ay|il"),
    word(r"(\d+) (gün|həftə|ay|il) (?:əvvəl|öncə)", spans("{n} {unit} ago", _UNIT)),
    word(r"(\d+) (gün|həftə) (?:sonra)", spans("in {n} {unit}", _UNIT)),
    # "since": "1 oktyabrdan bəri", "2022-ci ildən etibarən", "oktyabrın 1-dən" (a bare ablative
    # at the end: "from" with no end, read as since, never dropped).
    *bounds([
        ("since", r"^(.+?)(?:[-']?[dt][aə]n)(?: (?:bəri|etibarən|başlayaraq))$"),
        ("since", r"^(.+?)(?:'|(?<=\d)-)[dt][aə]n$"),
        # Ranges, deadlines and open bounds (refused in English with their reason).
        ("from", r"^(.+?)[-' ]?[dt][aeə]n (.+?)(?:[-' ]?(?:y?[aə]|n[aə]))?[- ]?(?:qədər|dək)$"),
        ("between", r"^(.+?) (?:il[əe]|və) (.+?) arası(?:nda)?$"),
        ("by the end of", r"^(.+?) (?:sonunadək|sonuna qədər|sonunacan)$"),
        ("by", r"^(.+?)(?:[-']?(?:y?[aə]|n[aə]))? ?(?:qədər|dək|-dək)$"),
        ("before", rf"^{_COUNTED}(.+?)(?:[-']?[dt][aə]n)? (?:əvvəl|öncə|əvvəlki dövrdə)$"),
        ("after", rf"^{_COUNTED}(.+?)(?:[-']?[dt][aə]n)? (?:sonra)$"),
    ]),
    word(r"(?:son|ötən|keçən) (gün|həftə|ay|il)lər(?:də|in|)", spans("in recent {unit}", _UNIT)),
    word(r"(?:bir neçə|bir necə|bir-iki) (gün|həftə|ay|il) (?:əvvəl|öncə)", spans("a few {unit} ago", _UNIT)),
    *word_meanings({
        "the same day": r"(?:həmin|eyni) (?:gün|günü|gündə|gecə|gecəsi)",
        "the following day": r"(?:ertəsi|növbəti) gün\w*",
        "at the time": r"o zaman|həmin vaxt|o dövrdə",
    }),
    # Decades and centuries, then suffixes: "2025-ci il", "9 aprel'də", "1990-cı illər".
    (re.compile(r"(?<![\d.])(\d{1,2})[-.]?(?:ci|cı|cu|cü)? ?(?:əsr)\w*"), lambda m: f"⟪the {ordinal(m[1])} century⟫"),
    (re.compile(r"(?<!\d)(\d{3}0|\d0)[-']?(?:ci|cı|cu|cü)? ?(?:illər|-illər)\w*"), lambda m: f"⟪the {m[1]}s⟫"),
    (re.compile(r"(\w)'[a-zçğıöşüəq]+"), r"\1"),
    (re.compile(r"(\d)-(?:ci|cı|cu|cü|da|də|dan|dən|a|ə|ya|yə|na|nə|nın|nin|un|ün|i|ı|u|ü)\b"), r"\1"),
    word(rf"({alternatives(_MONTHS)})(?:{_S})(?: ay{_S})?", english(_MONTHS)),
    day_list("və"),
    word(rf"({alternatives(_WEEKDAYS)})(?:[ıiuü]|y[ıiuü]|n[ıi]n|y[aə]|[aə])?(?: günü)?", english(_WEEKDAYS)),
    (re.compile(r"(\d{3,4}) (?:ilin|ildə|ili|il)(?!\w)"), r"\1"),
    # Nights and parts of day.
    word(r"dünən (?:gecə|axşam)", lambda m: "⟪last night⟫" if "gecə" in m[0] else "⟪yesterday evening⟫"),
    word(r"bu gecə", "⟪tonight⟫"),
    word(r"bu (səhər|axşam)", lambda m: "⟪today morning⟫" if m[1] == "səhər" else "⟪today evening⟫"),
    *word_meanings({
        "night": r"gecəsi|gecə yarısı|gecə",
        "morning": r"səhəri|səhər saatlarında|səhər",
        "evening": r"axşamı|axşam saatlarında|axşam",
    }),
    # Weeks, months and years counted from the anchor.
    (re.compile(r"(?<!\w)(keçən|ötən|bu|gələn|növbəti) həftəsonu\w*|(?<!\w)(keçən|ötən|bu|gələn|növbəti) həftə sonu\w*"), lambda m: f"⟪{_WHICH[m[1] or m[2]]} weekend⟫"),
    word(r"(keçən|ötən|bu|gələn|növbəti|gələcək) (həftə|ay|il)(?:in|ki|nin)?", lambda m: f"⟪{_WHICH[m[1]]} {_UNIT[m[2]][:-1]}⟫"),
    (re.compile(r"(?<!\w)(keçən|ötən|bu|gələn|növbəti) (⟪\w+⟫)"), lambda m: f"⟪{_WHICH[m[1]]}⟫ {m[2]}"),
    (re.compile(r"(⟪(?:last|this|next) year⟫) (⟪(?:january|february|march|april|may|june|july|august|september|october|november|december)⟫)"), r"\2 \1"),
    word(r"srağagün", "⟪the day before yesterday⟫"),
    (re.compile(r"(?<!\w)(ay|il)(?:ın|in|)(?= (?:əvvəl|orta|son))"), lambda m: f"⟪this {_UNIT[m[1]][:-1]}⟫"),
    (re.compile(rf"{_DATE} ({alternatives(_ORDINALS)}) (yarı|rüb)\w*"), fraction(_ORDINALS, "yarı", unit=3, number=2, date=1)),
    (re.compile(rf"{_DATE} (əvvəl|orta|son)(?:i|ində|lərində|ı|sı|sında|larında|u|unda|larında)(?!\w)"), lambda m: part_of(_PART[m[2]], m[1])),
]  # fmt: skip

PHRASES: dict[str, str] = {
    "bu gün": "today", "bugün": "today", "dünən": "yesterday", "sabah": "tomorrow",
    "birigün": "the day after tomorrow",
}  # fmt: skip

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["il", "ildə", "tarixində", "günü"])
