"""Dates written in the Hijri, Hebrew and Persian (Solar Hijri) calendars, read into Gregorian."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from builder.calendar import Day
    from builder.model import DateValue


def read(text: str, anchor: Day | None, language: str) -> DateValue | None:
    """The date `text` gives in another calendar, or None when it names none."""
    return None
