"""Rendered pages of the fixture chronology, compared with committed golden files.

After an intended change to the templates, regenerate them and review the diff:
    make golden        (runs: pytest tests/test_golden.py --regenerate-golden)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.pipeline import load_chronology
from builder.render import Pages, SiteOptions, environment

FIXTURE = Path(__file__).parent / "fixtures" / "site"
GOLDEN = Path(__file__).parent / "golden"


def rendered() -> dict[str, str]:
    chronology = load_chronology(FIXTURE / "events", relative_to=FIXTURE)
    assert chronology.problems == ()
    options = SiteOptions(edit_url="https://github.com/example/fixture/edit/main/{path}")
    return Pages(chronology, environment(), options).render()


PAGES = rendered()


@pytest.mark.parametrize("uri", sorted(PAGES))
def test_page_matches_golden_file(uri: str, request: pytest.FixtureRequest) -> None:
    golden = GOLDEN / uri
    if request.config.getoption("--regenerate-golden"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(PAGES[uri], encoding="utf-8")
    assert golden.exists(), f"no golden file for {uri}: run `make golden`"
    assert PAGES[uri] == golden.read_text(encoding="utf-8"), (
        f"{uri} changed: run `make golden` and review the diff"
    )


def test_no_golden_file_is_left_over() -> None:
    files = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md")}
    assert files == set(PAGES)
