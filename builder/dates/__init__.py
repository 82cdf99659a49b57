"""Date expressions as reports write them, resolved against the day they were published.

`resolve` is the one entry point; the rules are stated in `resolver`'s docstring and, for
readers, in docs/methodology.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.dates.errors import DateError, DateRefused, DateUnreadable
from builder.dates.values import EventOffset, make_value

if TYPE_CHECKING:
    from builder.calendar import Day
    from builder.model import DateValue

DATE_ORDERS = ("DMY", "MDY", "YMD")

__all__ = [
    "DATE_ORDERS",
    "DateError",
    "DateRefused",
    "DateUnreadable",
    "EventOffset",
    "make_value",
    "resolve",
]


def resolve(
    text: str,
    anchor: Day | None = None,
    language: str | None = None,
    date_order: str | None = None,
) -> DateValue | EventOffset:
    """What `text` means, read against `anchor` (the day its source was published).

    Raises DateError with a message and a hint when the text is refused or not understood.
    """
    # The rules (every language's patterns, compiled as they are imported) load at the first
    # date actually read: a build whose dates all come from the date cache never needs them,
    # and they were a tenth of the chronology's own start-up (#11).
    from builder.dates.resolver import _resolve

    return _resolve(" ".join(str(text).split()), anchor, language or "en", date_order)
