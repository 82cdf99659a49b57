"""Loading YAML: the same values PyYAML's safe loader gives, with a place for every value."""

from __future__ import annotations

import math

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.loading import KeyPath, load_text

SCALARS = (
    st.text(max_size=20)
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.booleans()
    | st.none()
)
KEYS = st.text(min_size=1, max_size=10)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)


def paths(value: object, prefix: KeyPath = ()) -> set[KeyPath]:
    """Every key path in a value, the value's own included."""
    found = {prefix}
    if isinstance(value, dict):
        for key, item in value.items():
            found |= paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found |= paths(item, (*prefix, i))
    return found


def same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12) or a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(same, a, b))
    return type(a) is type(b) and a == b


@settings(max_examples=300, deadline=None)
@given(document=st.dictionaries(KEYS, VALUES, min_size=1, max_size=6), flow=st.booleans())
def test_plain_yaml_loads_as_pyyaml_loads_it_with_every_place_known(
    document: dict[str, object], flow: bool
) -> None:
    text = yaml.safe_dump(document, allow_unicode=True, default_flow_style=flow)
    loaded, problems = load_text(text, "a.yml")
    assert problems == []
    assert loaded is not None
    assert same(loaded.data, yaml.safe_load(text))
    assert paths(loaded.data) <= set(loaded.positions)
    lines = len(text.splitlines()) + 1  # YAML breaks lines at NEL and U+2028 too, as this does
    assert all(1 <= line <= lines for line, _ in loaded.positions.values())


def test_a_raw_control_character_is_placed_and_named_never_echoed() -> None:
    _, problems = load_text("title: غزة غزة\nsummary: red\x1b[31m text\n", "a.yml")
    [problem] = problems
    assert (problem.line, problem.column) == (2, 13)
    assert "U+001B" in problem.message
    assert "\x1b" not in str(problem)
