"""Azerbaijani: the locales that read it and the phrases word-by-word translation would lose."""

from __future__ import annotations

import re

LOCALES = ("az",)

# Phrases for calendar periods and parts of periods, replaced (longest first) before translation.
PHRASES: dict[str, str] = {
    "keçən həftə": "last week", "bu həftə": "this week", "gələn həftə": "next week",
    "keçən ay": "last month", "keçən il": "last year",
}  # fmt: skip

# Case suffixes: "2025'te", "9 Nisan'da", "2025-ci il".
REWRITES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"(\w)(?:'[^\W\d]+|-(?:ci|cı|cu|cü|nci|ncı|ncu|ncü|inci|ıncı|uncu|üncü)\b)"),
        r"\1",
    ),
]

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["il"])
