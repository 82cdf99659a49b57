"""German: the locales that read it and the phrases word-by-word translation would lose."""

from __future__ import annotations

import re

LOCALES = ("de",)

# Phrases for calendar periods and parts of periods, replaced (longest first) before translation.
PHRASES: dict[str, str] = {
    "letzte woche": "last week", "vergangene woche": "last week", "diese woche": "this week",
    "nächste woche": "next week", "letzten monat": "last month", "letztes jahr": "last year",
    "anfang": "early", "mitte": "mid", "ende": "late",
}  # fmt: skip

REWRITES: list[tuple[re.Pattern[str], str]] = []

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["am", "im"])
