"""Dates written in a source's own language, read through dateparser's locale data.

Text is translated word by word into English with the locales of the declared language only
(never auto-detected: slow, and a guess), then read by the same rules as English text. Each
language's knowledge is a data module here (`tr.py`, `ar.py`, ...): its locales, the phrases
whose meaning word-by-word translation would flatten ("geçen hafta" would become "1 week ago",
losing the ISO week), rewrites of word order and suffixes before translation (`REWRITES`) and
of its English after it (`AFTER`, optional), and words that carry no date meaning (`FILLER`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from builder.languages import ar, az, de, es, fr, he, ru, tr

if TYPE_CHECKING:
    from dateparser.languages.locale import Locale

LANGUAGES: dict[str, ModuleType] = {
    "tr": tr, "he": he, "ar": ar, "fr": fr, "de": de, "es": es, "ru": ru, "az": az,
}  # fmt: skip
SUPPORTED = ("en", *LANGUAGES)

# Words translation leaves behind in every language that carry no date meaning.
FILLER = frozenset(["on", "the", "of", "in", "at", "day", "a"])

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


class UnsupportedLanguage(ValueError):
    pass


def _language(code: str) -> ModuleType:
    try:
        return LANGUAGES[code]
    except KeyError:
        raise UnsupportedLanguage(f"unknown language code {code!r}") from None


@cache
def locales_for(language: str) -> tuple[Locale, ...]:
    from dateparser.languages.loader import LocaleDataLoader

    loader = LocaleDataLoader()
    # One call per locale: dateparser refuses one language in several regions at once.
    return tuple(
        next(iter(loader.get_locales(locales=[name]))) for name in _language(language).LOCALES
    )


@cache
def _settings() -> object:
    from dateparser.conf import settings

    return settings


@cache
def _phrases(language: str) -> tuple[tuple[str, str], ...]:
    """The language's phrases, longest first, so a long phrase wins over a word inside it."""
    return tuple(sorted(_language(language).PHRASES.items(), key=lambda p: -len(p[0])))


def translations(text: str, language: str) -> list[str]:
    """English renderings of `text`, one per locale of `language`, distinct, best first."""
    module = _language(language)
    lowered = unicodedata.normalize("NFC", text.lower())
    for pattern, replacement in module.REWRITES:
        lowered = pattern.sub(replacement, lowered)
    for phrase, english in _phrases(language):
        lowered = lowered.replace(phrase, f" {english} " if english else " ")
    filler = FILLER | module.FILLER
    results: list[str] = []
    for locale in locales_for(language):
        translated = locale.translate(lowered, keep_formatting=True, settings=_settings())
        for pattern, english in (*_DAY_OFFSETS, *getattr(module, "AFTER", ())):
            translated = pattern.sub(english, translated)
        words = translated.split()
        kept = [w for i, w in enumerate(words) if w not in filler or _before_number(words, i)]
        candidate = " ".join(kept)
        if candidate and candidate not in results:
            results.append(candidate)
    return results
