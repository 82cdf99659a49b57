"""Date expressions as reports write them, resolved against the day they were published.

`resolve` is the one entry point; the rules are stated in `resolver`'s docstring and, for
readers, in docs/methodology.md.
"""

from __future__ import annotations

from builder.dates.errors import DateError, DateRefused, DateUnreadable
from builder.dates.resolver import DATE_ORDERS, resolve
from builder.dates.values import EventOffset, make_value

__all__ = [
    "DATE_ORDERS",
    "DateError",
    "DateRefused",
    "DateUnreadable",
    "EventOffset",
    "make_value",
    "resolve",
]
