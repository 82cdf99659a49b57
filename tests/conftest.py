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


@pytest.fixture(autouse=True, scope="session")
def _user_cache_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The CLI's date cache and its secret go to a temporary folder, never the user's own."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHRONOLOGY_CACHE_DIR", str(tmp_path_factory.mktemp("user-cache")))
        yield


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
