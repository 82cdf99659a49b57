"""Hebrew: the locales that read it and the phrases word-by-word translation would lose."""

from __future__ import annotations

import re

LOCALES = ("he",)

# Phrases for calendar periods and parts of periods, replaced (longest first) before translation.
PHRASES: dict[str, str] = {
    "בשבוע שעבר": "last week", "השבוע": "this week", "בשבוע הבא": "next week",
    "בחודש שעבר": "last month", "בשנה שעברה": "last year", "בתחילת": "early",
    "באמצע": "mid", "בסוף": "late",
}  # fmt: skip

REWRITES: list[tuple[re.Pattern[str], str]] = []

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["ב", "ה"])
