"""Turkish: the locales that read it and the phrases word-by-word translation would lose."""

from __future__ import annotations

import re

LOCALES = ("tr",)

# Phrases for calendar periods and parts of periods, replaced (longest first) before translation.
PHRASES: dict[str, str] = {
    "geçen hafta": "last week", "bu hafta": "this week", "gelecek hafta": "next week",
    "geçen ay": "last month", "bu ay": "this month", "geçen yıl": "last year",
    "geçen sene": "last year", "bu yıl": "this year", "başı": "", "başında": "",
    "ortası": "", "ortasında": "", "sonu": "", "sonunda": "",
}  # fmt: skip

# "başı/ortası/sonu" follow the month ("Nisan başı" = early April): moved in front.
_PART_WORD = {"baş": "early", "ort": "mid", "son": "late"}
REWRITES: list[tuple[re.Pattern[str], object]] = [
    (
        re.compile(r"(\S+)\s+(başı|başında|ortası|ortasında|sonu|sonunda)"),
        lambda m: f"{_PART_WORD[m[2][:3]]} {m[1]}",
    ),
    # Case suffixes: "2025'te", "9 Nisan'da", "2025-ci il".
    (
        re.compile(r"(\w)(?:'[^\W\d]+|-(?:ci|cı|cu|cü|nci|ncı|ncu|ncü|inci|ıncı|uncu|üncü)\b)"),
        r"\1",
    ),
]

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["il", "gunu", "günü", "gecesi", "sabahı", "akşamı"])
