"""The `json` export's own indenting (`data.indented`) against json.dumps(indent=2): the same
text for random JSON values and for every event of the flagship, and the export put together
from each event's text is json.dumps of the whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.exports import ExportOptions
from builder.exports.data import chronology_data, event_text, indented, write_json
from builder.pipeline import load_chronology

ROOT = Path(__file__).parent.parent

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(exclude_categories=("Cs",)))
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)


def dumped(value: object, indent: str = "") -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


@settings(max_examples=300, deadline=None)
@given(value=VALUES, indent=st.sampled_from(["", "  ", "    "]))
def test_indented_is_what_json_dumps_writes(value: object, indent: str) -> None:
    assert indented(value, indent) == dumped(value, indent)


def test_what_indented_does_not_take_is_left_to_json_dumps() -> None:
    assert event_text({"a": {1: [1.5, None]}}, "    ") == dumped({"a": {1: [1.5, None]}}, "    ")
    with pytest.raises(TypeError):
        event_text({"a": {1, 2}}, "")


@pytest.mark.parametrize("folder", ["events", "tests/fixtures/site/events"])
@pytest.mark.parametrize("site_url", ["https://example.org/site", ""])
def test_the_export_is_json_dumps_of_the_whole(folder: str, site_url: str) -> None:
    loaded = load_chronology(ROOT / folder)
    for storyline in (None, *loaded.storylines):
        options = ExportOptions(site_url=site_url, site_name="A «site»", storyline=storyline)
        data = chronology_data(loaded, options)
        expected = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        assert write_json(loaded, options) == expected.encode("utf-8"), storyline
