"""The documentation is checked against the code: its examples are what the engine says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.calendar import parse_iso_day
from builder.dates import DateError, EventOffset, resolve
from builder.display import calendar_note, day_text, qualifiers, value_text
from builder.model import DateValue

ROOT = Path(__file__).parent.parent
ROW = re.compile(r"^\| `([^`]+)` \| ([^|]+) \| (\w\w) \| (\d{4}-\d\d-\d\d) \| ([^|]+) \|$")
EXAMPLES = [
    ROW.match(line).groups()
    for line in (ROOT / "docs" / "methodology.md").read_text(encoding="utf-8").splitlines()
    if ROW.match(line)
]  # type: ignore[union-attr]


def test_the_methodology_page_has_examples() -> None:
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize(("text", "report", "language", "published", "expected"), EXAMPLES)
def test_methodology_examples_resolve_as_documented(
    text: str, report: str, language: str, published: str, expected: str
) -> None:
    value = resolve(text, parse_iso_day(published), language)
    assert not isinstance(value, EventOffset)
    shown = (
        day_text(value.earliest, weekday=True) if value.precision == "day" else value_text(value)
    )
    assert shown == expected.strip()


def test_methodology_examples_are_in_the_flagship_data() -> None:
    events = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "events").rglob("*.yml"))
    for text, report, *_ in EXAMPLES:
        assert text in events, text
        assert f"publisher: {report.strip()}" in events, report


# The conventions' examples: | `text` | language | published or — | what a reader sees, or "refused: <words>" |
CONVENTION = re.compile(r"^\| `([^`]+)` \| (\w\w) \| (\d{4}-\d\d-\d\d|—) \| (.+) \|$")
CONVENTIONS = [
    CONVENTION.match(line).groups()  # type: ignore[union-attr]
    for line in (ROOT / "docs" / "methodology.md").read_text(encoding="utf-8").splitlines()
    if CONVENTION.match(line)
]


def _reads_as(value: DateValue) -> str:
    """What the page shows for a value: the day with its weekday, or the span in words."""
    if value.precision == "day" and value.earliest == value.latest and not value.part:
        shown = day_text(value.earliest, weekday=True)
    else:
        shown = value_text(value)
    return shown + qualifiers(value) + calendar_note(value)


def test_every_convention_has_examples_in_every_language() -> None:
    from builder.languages import SUPPORTED

    assert len(CONVENTIONS) >= 60
    assert {language for _, language, _, _ in CONVENTIONS} == set(SUPPORTED)
    assert sum(expected.startswith("refused: ") for *_, expected in CONVENTIONS) >= 10


@pytest.mark.parametrize(("text", "language", "published", "expected"), CONVENTIONS)
def test_the_conventions_read_as_the_methodology_says(
    text: str, language: str, published: str, expected: str
) -> None:
    anchor = None if published == "—" else parse_iso_day(published)
    if expected.startswith("refused: "):
        with pytest.raises(DateError) as refused:
            resolve(text, anchor, language)
        assert expected.removeprefix("refused: ") in refused.value.message
        assert refused.value.hint, "every refusal says how to write the date"
        return
    value = resolve(text, anchor, language)
    assert not isinstance(value, EventOffset)
    assert _reads_as(value) == expected


def test_the_limits_table_states_the_limits_the_code_enforces() -> None:
    from builder import files, loading, schema

    text = (ROOT / "docs" / "contributing.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|$", text, re.MULTILINE))
    expected = {
        "title": f"{schema.MAX_TITLE} characters",
        "id, storyline id": f"{schema.MAX_ID} characters",
        "actor, place, tag or publisher name": f"{schema.MAX_NAME} characters",
        "actors, places or tags of one event": f"{schema.MAX_NAMES} each",
        "sources of one event": f"{schema.MAX_SOURCES}",
        "event file": f"{files.MAX_FILE_BYTES // 1024} KiB, {loading.MAX_VALUES:,} values, "
        f"nested {loading.MAX_DEPTH} levels",
        "event files in a chronology": f"{files.MAX_EVENT_FILES:,}",
        "publication dates": f"years {schema.REPORT_YEARS[0]}–{schema.REPORT_YEARS[1]}",
        "event dates": f"years 9999 BC ({schema.EVENT_YEARS[0]}) – {schema.EVENT_YEARS[1]}".replace(
            "-", "−"
        ),
    }
    assert {key: rows.get(key) for key in expected} == expected
