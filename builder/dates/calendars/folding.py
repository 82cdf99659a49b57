"""Folding: the text written one way, so that each calendar's tables are written once.

Copy writes the same word with Persian or Arabic letters, Eastern or Western digits, typographic
or ASCII quote marks, with or without vowel points and accents; the tables are written folded,
and so is the text they are matched against.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_LETTERS = str.maketrans(
    {
        "ی": "ي", "ى": "ي", "ې": "ي", "ک": "ك", "ة": "ه", "ھ": "ه", "ۀ": "ه", "ہ": "ه",
        "״": '"', "“": '"', "”": '"', "„": '"', "″": '"', "׳": "'", "‘": "'", "’": "'",
        "‚": "'", "′": "'", "`": "'", "´": "'", "ʿ": "'", "ʾ": "'", "ʼ": "'",
        "־": "-", "–": "-", "—": "-", "‐": "-", "،": ",", "؛": ";", "٫": ".", "ı": "i",
        "ـ": "", "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "", "\u061c": "",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """The text as the tables are written: lower case, ASCII digits, one spelling per letter
    (Persian ی/ک = Arabic ي/ك, ة = ه, hamza seats dropped, no vowel points or tatweel), one
    kind of quote mark (Hebrew geresh/gershayim included), Latin without accents or apostrophes."""
    text = unicodedata.normalize("NFKD", text.translate(_DIGITS).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_LETTERS)
    text = re.sub(r"(?<=[a-z])'|'(?=[a-z])", "", text)  # Dhu'l-Hijjah, Rabi' I, Sha'ban
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # Dhu al-Hijjah
    return " ".join(text.split())
