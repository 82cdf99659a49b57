"""Dates written in a source's own language, read through dateparser's locale data.

Text is translated word by word into English with the locales of the declared language only
(never auto-detected: slow, and a guess), then read by the same rules as English text. Phrases
whose meaning dateparser flattens ("geçen hafta" becomes "1 week ago", losing the ISO week)
are rewritten first from the small table below.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateparser.languages.locale import Locale

# Levantine and Iraqi Arabic name months نيسان, كانون الثاني, ...: only these locales know them.
EXTRA_LOCALES = {"ar": ("ar", "ar-SY", "ar-LB", "ar-JO", "ar-IQ", "ar-PS")}

# Phrases for calendar periods and parts of periods that word-by-word translation would lose.
PHRASES: dict[str, dict[str, str]] = {
    "tr": {
        "geçen hafta": "last week", "bu hafta": "this week", "gelecek hafta": "next week",
        "geçen ay": "last month", "bu ay": "this month", "geçen yıl": "last year",
        "geçen sene": "last year", "bu yıl": "this year", "başı": "", "başında": "",
        "ortası": "", "ortasında": "", "sonu": "", "sonunda": "",
    },
    "fr": {
        "la semaine dernière": "last week", "cette semaine": "this week",
        "la semaine prochaine": "next week", "le mois dernier": "last month",
        "l'année dernière": "last year", "début": "early", "mi-": "mid ", "fin": "late",
    },
    "de": {
        "letzte woche": "last week", "vergangene woche": "last week", "diese woche": "this week",
        "nächste woche": "next week", "letzten monat": "last month", "letztes jahr": "last year",
        "anfang": "early", "mitte": "mid", "ende": "late",
    },
    "es": {
        "la semana pasada": "last week", "esta semana": "this week",
        "la próxima semana": "next week", "el mes pasado": "last month",
        "el año pasado": "last year", "principios de": "early", "mediados de": "mid",
        "finales de": "late",
    },
    "ru": {
        "на прошлой неделе": "last week", "на этой неделе": "this week",
        "на следующей неделе": "next week", "в прошлом месяце": "last month",
        "в прошлом году": "last year", "в начале": "early", "в середине": "mid",
        "в конце": "late",
    },
    "he": {
        "בשבוע שעבר": "last week", "השבוע": "this week", "בשבוע הבא": "next week",
        "בחודש שעבר": "last month", "בשנה שעברה": "last year", "בתחילת": "early",
        "באמצע": "mid", "בסוף": "late",
    },
    "ar": {
        "الأسبوع الماضي": "last week", "هذا الأسبوع": "this week",
        "الأسبوع المقبل": "next week", "الشهر الماضي": "last month",
        "العام الماضي": "last year", "أوائل": "early", "منتصف": "mid", "أواخر": "late",
        "يوم غد": "tomorrow", "غدا": "tomorrow", "غد": "tomorrow", "أمس": "yesterday",
    },
    "az": {
        "keçən həftə": "last week", "bu həftə": "this week", "gələn həftə": "next week",
        "keçən ay": "last month", "keçən il": "last year",
    },
}  # fmt: skip

# Turkish "başı/ortası/sonu" follow the month ("Nisan başı" = early April): moved in front.
_TURKISH_PARTS = re.compile(r"(\S+)\s+(başı|başında|ortası|ortasında|sonu|sonunda)")
_TURKISH_PART_WORD = {"baş": "early", "ort": "mid", "son": "late"}

# Words translation leaves behind that carry no date meaning ("Çarşamba günü" = "on Wednesday").
FILLER = frozenset(
    [
        "on",
        "the",
        "of",
        "in",
        "at",
        "day",
        "il",
        "gunu",
        "günü",
        "gecesi",
        "sabahı",
        "akşamı",
        "el",
        "le",
        "la",
        "de",
        "du",
        "am",
        "im",
        "a",
        "в",
        "во",
        "ב",
        "ה",
        "يوم",
        "في",
    ]
)

_SUFFIXES = re.compile(r"(\w)(?:'[^\W\d]+|-(?:ci|cı|cu|cü|nci|ncı|ncu|ncü|inci|ıncı|uncu|üncü)\b)")

# dateparser renders "dün", "أمس", "gestern" as "1 day ago" and "yarın", "غدا" as "in 1 day".
_DAY_OFFSETS = (
    (re.compile(r"\b0 days? ago\b"), "today"),
    (re.compile(r"\b1 days? ago\b"), "yesterday"),
    (re.compile(r"\bin 1 days?\b"), "tomorrow"),
    (re.compile(r"\b(\d+) days? ago\b"), r"\1 days ago"),
    (re.compile(r"\bin (\d+) days?\b"), r"in \1 days"),
)


def _before_number(words: list[str], index: int) -> bool:
    """'in' before a number is meaning ("in 3 days"), not filler."""
    return words[index] == "in" and index + 1 < len(words) and words[index + 1].isdigit()


SUPPORTED = ("en", "tr", "he", "ar", "fr", "de", "es", "ru", "az")


class UnsupportedLanguage(ValueError):
    pass


@cache
def locales_for(language: str) -> tuple[Locale, ...]:
    from dateparser.languages.loader import LocaleDataLoader

    shortnames = EXTRA_LOCALES.get(language, (language,))
    loader = LocaleDataLoader()
    try:
        # One call per locale: dateparser refuses one language in several regions at once.
        return tuple(next(iter(loader.get_locales(locales=[name]))) for name in shortnames)
    except ValueError as error:
        raise UnsupportedLanguage(f"unknown language code {language!r}") from error


@cache
def _settings() -> object:
    from dateparser.conf import settings

    return settings


def translations(text: str, language: str) -> list[str]:
    """English renderings of `text`, one per locale of `language`, distinct, best first."""
    lowered = unicodedata.normalize("NFC", text.lower())
    if language == "tr":
        lowered = _TURKISH_PARTS.sub(lambda m: f"{_TURKISH_PART_WORD[m[2][:3]]} {m[1]}", lowered)
    # Turkish and Azerbaijani suffixes: "2025'te", "9 Nisan'da", "2025-ci il".
    lowered = _SUFFIXES.sub(r"\1", lowered)
    for phrase, english in sorted(PHRASES.get(language, {}).items(), key=lambda p: -len(p[0])):
        lowered = lowered.replace(phrase, f" {english} " if english else " ")
    results: list[str] = []
    for locale in locales_for(language):
        translated = locale.translate(lowered, keep_formatting=True, settings=_settings())
        for pattern, english in _DAY_OFFSETS:
            translated = pattern.sub(english, translated)
        words = translated.split()
        kept = [w for i, w in enumerate(words) if w not in FILLER or _before_number(words, i)]
        candidate = " ".join(kept)
        if candidate and candidate not in results:
            results.append(candidate)
    return results
