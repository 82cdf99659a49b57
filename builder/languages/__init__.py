"""Dates written in a source's own language, read through dateparser's locale data.

Text is translated word by word into English with the locales of the declared language only
(never auto-detected: slow, and a guess), then read by the same rules as English text. Each
language's knowledge is a data module here (`tr.py`, `ar.py`, ...): its locales, the phrases
whose meaning word-by-word translation would flatten ("geçen hafta" would become "1 week ago",
losing the ISO week), rewrites of word order and suffixes before translation (`REWRITES`) and
of its English after it (`AFTER`, optional), and words that carry no date meaning (`FILLER`).

Optional module attributes: `WHOLE_WORDS` (phrases match whole words only, so Arabic "غد"
never matches inside "بغداد"), `CHARACTERS` (a str.translate table of spelling variants, e.g.
Persian ی for Arabic ي) and `REFUSE` ((pattern, message, hint) rows: forms that must never
reach word-by-word translation, such as a year of another calendar its reader left unread).

English a phrase or rewrite produces is kept as written: it is set aside before dateparser
translates the rest (which would otherwise read "may" or "sen" as a month) and is never
dropped as filler ("the same day" stays whole). A rewrite marks such English with ⟪ ⟫.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateparser.languages.locale import Locale

# Each language's tables are a module of this package, imported the first time a date in that
# language is read: compiling every language's patterns at start-up was a tenth of a
# 1,000-event build, most of which needs one or two languages.
LANGUAGES = ("tr", "he", "ar", "fa", "fr", "de", "es", "ru", "az")
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

# Copy as it arrives, made one spelling before any language rule runs: Arabic-Indic and
# Persian digits, typographic apostrophes (Turkish "Nisan’da"), the Hebrew maqaf ("ב־9"),
# the Arabic comma; tatweel (ـ), Arabic tashkeel and Hebrew points carry no date meaning.
_CHARACTERS = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "\u2032": "'", "`": "'",
        "\u05be": "-", "\u060c": ",", "\u066b": ".", "\u066c": "",
        "\u0640": "", "\u00a0": " ", "\u202f": " ", "\u200f": "", "\u200e": "",
    }
)  # fmt: skip
_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0591-\u05bd\u05bf-\u05c7]")
_KEPT = re.compile(r"⟪([^⟫]*)⟫")
_HELD = re.compile(r"\ue000(\d+)\ue001")
# Private-use brackets around restored English, so filler removal leaves it whole.
_OPEN, _CLOSE = "\ue002", "\ue003"


def _before_number(words: list[str], index: int) -> bool:
    """'in' before a number is meaning ("in 3 days"), not filler."""
    return words[index] == "in" and index + 1 < len(words) and words[index + 1].isdigit()


class UnsupportedLanguage(ValueError):
    pass


def _language(code: str) -> ModuleType:
    if code not in LANGUAGES:
        raise UnsupportedLanguage(f"unknown language code {code!r}")
    return importlib.import_module(f"builder.languages.{code}")


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
def _phrases(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The language's phrases, longest first, so a long phrase wins over a word inside it."""
    module = _language(language)
    whole = getattr(module, "WHOLE_WORDS", False)
    found = []
    for phrase, english in sorted(module.PHRASES.items(), key=lambda p: -len(p[0])):
        pattern = re.escape(phrase)
        if whole and phrase[:1].isalnum():
            pattern = r"(?<!\w)" + pattern
        if whole and phrase[-1:].isalnum():
            pattern += r"(?!\w)"
        found.append((re.compile(pattern), f" ⟪{english}⟫ " if english.strip() else " "))
    return tuple(found)


def normalised(text: str, language: str) -> str:
    """`text` lowercased in one spelling: digits, apostrophes, points and the language's variants."""
    lowered = unicodedata.normalize("NFC", text.lower()).translate(_CHARACTERS)
    lowered = _MARKS.sub("", lowered)
    table = getattr(_language(language), "CHARACTERS", None)
    return lowered.translate(table) if table else lowered


def _refuse_if_listed(module: ModuleType, lowered: str, text: str) -> None:
    for pattern, message, hint in getattr(module, "REFUSE", ()):
        if pattern.search(lowered):
            from builder.dates.errors import DateRefused

            raise DateRefused(f"{text!r} {message}", hint)


_NOTHING_TO_TRANSLATE = re.compile(r"[\s\d\ue000\ue001.,:/'’()–-]*")


def translations(text: str, language: str) -> list[str]:
    """English renderings of `text`, one per locale of `language`, distinct, best first."""
    module = _language(language)
    lowered = normalised(text, language)
    _refuse_if_listed(module, lowered, text)
    for pattern, replacement in module.REWRITES:
        lowered = pattern.sub(replacement, lowered)
    for phrase, english in _phrases(language):
        lowered = phrase.sub(english, lowered)
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(match[1].strip())
        return f" \ue000{len(held) - 1}\ue001 "

    lowered = _KEPT.sub(hold, lowered)
    filler = FILLER | module.FILLER
    results: list[str] = []
    # Rewrites often leave nothing to translate ("9 nisan 2025" is "9 ⟪april⟫ 2025"): then
    # dateparser, a third of the time of a translated date, has no work to do.
    only_held = _NOTHING_TO_TRANSLATE.fullmatch(lowered) is not None
    for locale in locales_for(language)[:1] if only_held else locales_for(language):
        if only_held:
            translated = lowered
        else:
            translated = locale.translate(lowered, keep_formatting=True, settings=_settings())
        translated = _HELD.sub(lambda m: f" {_OPEN}{held[int(m[1])]}{_CLOSE} ", translated)
        for pattern, english in (*_DAY_OFFSETS, *getattr(module, "AFTER", ())):
            translated = pattern.sub(english, translated)
        candidate = _leading_about(" ".join(_without_filler(translated.split(), filler)))
        if candidate and candidate not in results:
            results.append(candidate)
    return results


def _without_filler(words: list[str], filler: frozenset[str]) -> list[str]:
    kept, inside = [], False
    for index, word in enumerate(words):
        opens, closes = word.startswith(_OPEN), word.endswith(_CLOSE)
        bare = word.replace(_OPEN, "").replace(_CLOSE, "")
        if opens:
            inside = True
        if bare and (inside or bare not in filler or _before_number(words, index)):
            kept.append(bare)
        if closes:
            inside = False
    return kept


def _leading_about(candidate: str) -> str:
    """A word for "about" set after the date ("2025 civarında") still qualifies all of it."""
    words = candidate.split()
    if "about" in words[1:]:
        words.remove("about")
        words.insert(0, "about")
    return " ".join(words)
