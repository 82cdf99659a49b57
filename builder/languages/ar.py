"""Arabic: the locales that read it and the phrases word-by-word translation would lose."""

from __future__ import annotations

import re

# Levantine and Iraqi Arabic name months نيسان, كانون الثاني, ...: only these locales know them.
LOCALES = ("ar", "ar-SY", "ar-LB", "ar-JO", "ar-IQ", "ar-PS")

# Phrases for calendar periods and parts of periods, replaced (longest first) before translation.
PHRASES: dict[str, str] = {
    "الأسبوع الماضي": "last week", "هذا الأسبوع": "this week",
    "الأسبوع المقبل": "next week", "الشهر الماضي": "last month",
    "العام الماضي": "last year", "أوائل": "early", "منتصف": "mid", "أواخر": "late",
    "يوم غد": "tomorrow", "غدا": "tomorrow", "غد": "tomorrow", "أمس": "yesterday",
}  # fmt: skip

REWRITES: list[tuple[re.Pattern[str], str]] = []

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["يوم", "في"])
