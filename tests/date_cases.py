"""The checks every date table runs, written once so each test file is only its tables.

Two row shapes, the same in every file (tests/test_dates.py is the model):

- a RESOLVED row is (text, anchor, language, date order, earliest, latest, precision, edtf):
  the text, read against the anchor in that language and date order, gives those inclusive
  bounds, that precision and that EDTF, and is approximate (`~`, `%`) or uncertain (`?`, `%`)
  exactly when the EDTF says so;
- a REFUSED row is (text, anchor, language, date order, words): the text is refused with a
  message that contains the words (one string, or a list of strings that must all be there).

A file declares its tables and runs them, for instance:

    from tests import date_cases as cases

    @cases.each_row(RESOLVED)
    def test_resolves(row: cases.Resolved) -> None:
        cases.check_resolves(row)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import pytest

from builder.calendar import Day
from builder.dates import DateError, DateRefused, EventOffset, resolve
from builder.languages import translations
from builder.model import DateValue

Resolved = tuple[str, Day | None, str | None, str | None, str, str, str, str]
Refused = tuple[str, Day | None, str | None, str | None, str | list[str]]
Row = Sequence[object]


def case_id(row: Row) -> str:
    """`language:text@anchor/order`, leaving out what the row leaves open: a name a reader can
    find again in the table."""
    text, anchor, language, order = row[:4]
    name = f"{language or 'en'}:{text or 'empty'}"
    if anchor is not None:
        name += f"@{anchor}"
    if order is not None:
        name += f"/{order}"
    return name


def case_ids(rows: Iterable[Row]) -> list[str]:
    return [case_id(row) for row in rows]


def each_row(rows: Sequence[Row]) -> pytest.MarkDecorator:
    """One test per row, named by `case_id`; the test takes the whole row as `row`."""
    return pytest.mark.parametrize("row", rows, ids=case_ids(rows))


def resolve_date(
    text: str,
    anchor: Day | None = None,
    language: str | None = None,
    order: str | None = None,
) -> DateValue:
    """The date the text names: a date, never an offset from another event."""
    value = resolve(text, anchor, language, order)
    assert not isinstance(value, EventOffset), f"{text!r} is an event offset, not a date"
    return value


def _as_read(text: str, language: str | None) -> str:
    """What the English reader was given, for the failure message of a row."""
    if language in (None, "en"):
        return f"{text!r} read as English"
    return f"{text!r} read as {translations(text, language)}"


def check_resolves(row: Resolved) -> DateValue:
    """The row's text gives the row's bounds, precision and EDTF, and its qualifiers agree with
    the EDTF's. Returns the value for checks a file adds of its own."""
    text, anchor, language, order, earliest, latest, precision, edtf = row
    value = resolve_date(text, anchor, language, order)
    got = (value.earliest.iso(), value.latest.iso(), value.precision, value.edtf)
    expected = (earliest, latest, precision, edtf)
    assert got == expected, f"{_as_read(text, language)} gives {got}, not {expected}"
    assert value.approximate == ("~" in edtf or "%" in edtf), f"approximate as {edtf!r} says"
    assert value.uncertain == ("?" in edtf or "%" in edtf), f"uncertain as {edtf!r} says"
    return value


def check_refuses(row: Refused, *, with_hint: bool = False, final: bool = False) -> DateError:
    """The row's text is refused with the row's words in the message; `with_hint`: the refusal
    also says how to write the date; `final`: it is a DateRefused, which no other reading may
    override."""
    text, anchor, language, order, words = row
    expected = DateRefused if final else DateError
    with pytest.raises(expected) as refused:
        resolve(text, anchor, language, order)
    message = refused.value.message
    for word in [words] if isinstance(words, str) else words:
        assert word in message, f"{word!r} is not in the refusal {message!r}"
    if with_hint:
        assert refused.value.hint, f"the refusal {message!r} says how to write the date"
    return refused.value


def rows_per_language(*tables: Iterable[Row]) -> Counter[str]:
    """How many rows each language has across the tables; English rows (None or "en") are "en"."""
    return Counter(row[2] or "en" for table in tables for row in table)
