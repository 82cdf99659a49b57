"""Russian: the locales that read it and the phrases word-by-word translation would lose."""

from __future__ import annotations

import re

LOCALES = ("ru",)

# Phrases for calendar periods and parts of periods, replaced (longest first) before translation.
PHRASES: dict[str, str] = {
    "на прошлой неделе": "last week", "на этой неделе": "this week",
    "на следующей неделе": "next week", "в прошлом месяце": "last month",
    "в прошлом году": "last year", "в начале": "early", "в середине": "mid",
    "в конце": "late",
}  # fmt: skip

REWRITES: list[tuple[re.Pattern[str], str]] = []

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["в", "во"])
