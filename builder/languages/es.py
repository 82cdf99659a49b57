"""Spanish: the locales that read it and the phrases word-by-word translation would lose."""

from __future__ import annotations

import re

LOCALES = ("es",)

# Phrases for calendar periods and parts of periods, replaced (longest first) before translation.
PHRASES: dict[str, str] = {
    "la semana pasada": "last week", "esta semana": "this week",
    "la próxima semana": "next week", "el mes pasado": "last month",
    "el año pasado": "last year", "principios de": "early", "mediados de": "mid",
    "finales de": "late",
}  # fmt: skip

REWRITES: list[tuple[re.Pattern[str], str]] = []

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["el", "la", "de"])
