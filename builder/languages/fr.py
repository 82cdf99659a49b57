"""French: the locales that read it and the phrases word-by-word translation would lose."""

from __future__ import annotations

import re

LOCALES = ("fr",)

# Phrases for calendar periods and parts of periods, replaced (longest first) before translation.
PHRASES: dict[str, str] = {
    "la semaine dernière": "last week", "cette semaine": "this week",
    "la semaine prochaine": "next week", "le mois dernier": "last month",
    "l'année dernière": "last year", "début": "early", "mi-": "mid ", "fin": "late",
}  # fmt: skip

REWRITES: list[tuple[re.Pattern[str], str]] = []

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["le", "la", "de", "du"])
