"""Why a date is not resolved: each error carries a message and a hint saying how to write it."""

from __future__ import annotations


class DateError(ValueError):
    """A date that is not resolved; `hint` says how to write it so it can be."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class DateUnreadable(DateError):
    """The words are not a date these rules know; another reading may still succeed."""


class DateRefused(DateError):
    """The words are read, and a careful editor would not resolve them: final."""
