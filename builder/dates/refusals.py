"""Words that are read and still cannot be dated from the text alone: each refusal says what is
missing and how to write the date instead."""

from __future__ import annotations

import re

from builder.dates.errors import DateRefused

NEEDS_EVENT = re.compile(
    r"\b(?:after|before|later|earlier|previous|following|next day|day after|day before|"
    r"same day|prior)\b"
)


def refuse_if_unresolvable(text: str) -> None:
    """Raise DateRefused, with the reason and a way to write it, for words no anchor can date."""
    if NEEDS_EVENT.search(text):
        raise DateRefused(
            f"{text!r} is relative to another event, and names none",
            "name the event: 'a week after @event-id', 'the day before @event-id'",
        )
