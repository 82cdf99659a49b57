from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

GOOD_SOURCE = """\
sources:
  - publisher: Malay Mail (Reuters)
    title: Turkey and Israel begin talks to avoid military clashes in Syria, sources say
    url: https://www.malaymail.com/news/world/2025/04/10/x/172631
    published: 2025-04-10
"""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regenerate-golden", action="store_true", help="rewrite golden files from the output"
    )


@pytest.fixture
def write_events(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write event files into a fresh events/ folder: {relative path: YAML text}."""

    def write(files: dict[str, str]) -> Path:
        root = tmp_path / "events"
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        root.mkdir(exist_ok=True)
        return root

    return write
