"""Dates written in the Hijri, Hebrew and Persian (Solar Hijri) calendars, read into Gregorian.

`read` is called on the original text, in every language, before translation: it returns a
value only when the text clearly is in another calendar (a month name of that calendar, a
Hebrew numeral year, هـ / AH, ه.ش, a festival), and None for everything else, so that no
Gregorian text is taken from the other readers ("9 Nisan 2025" is April in Turkish). Each value
keeps the calendar it was read in (`calendar`, `calendar_date`); its bounds are Gregorian.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.dates.calendars import hebrew, hijri, persian
from builder.dates.calendars.folding import fold
from builder.dates.calendars.value import value_of

if TYPE_CHECKING:
    from builder.calendar import Day
    from builder.model import DateValue

# A cheap first look, so that plain Gregorian copy costs one search: Hebrew, Arabic-script
# letters or Eastern digits, or a Latin word that may open a calendar date.
_CUES = re.compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]"
    r"|(?i:\b(?:muh|moh|saf|sef|rab|reb|jum|cem|raj|rec|sha|sab|ram|shaw|sev|dh|zul|zil|thul|eid|aid|"
    r"bayram|ashur|asure|mawl|mevl|milad|arafa|arefe|hijri|hicri|islamic new|\bh\b|a\.?h\b|"
    r"tish|hesh|chesh|kisl|tev|shv|shev|adar|nis|iyy?ar|sivan|tamm?uz|\bav\b|elul|rosh|kipp?ur|"
    r"sukk|succ|simc|simh|hanu|chanu|purim|pesa|pass|shavu|farv|ordib|ardib|khord|\btir\b|mord|"
    r"shahr|mehr|aban|azar|\bde[yi]\b|bahm|[ei]sfand|now?r|naur|yalda|sizdah|solar|\bs\.?h\b|"
    r"ros asana)|[\u0400-\u04ff])"
)


def read(text: str, anchor: Day | None, language: str) -> DateValue | None:
    """The date `text` gives in another calendar, or None when it names none.

    Raises DateRefused when the text is in another calendar but cannot be vouched for."""
    if language not in ("ar", "fa") and not _CUES.search(text):
        return None  # Arabic and Persian copy may write a Hijri date in digits alone
    folded = fold(text)
    persian_digits = bool(re.search(r"[۰-۹]", text))
    reading = (
        hebrew.find(folded, text, language)
        or persian.find(folded, text, language, persian_digits)
        or hijri.find(folded, text, language)
    )
    return None if reading is None else value_of(reading, anchor)
