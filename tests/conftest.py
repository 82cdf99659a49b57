from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so a red CI means a change broke
# something, never an unlucky draw; `HYPOTHESIS_PROFILE=explore` draws new ones.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Playwright

# Chromium on a machine without network: no background traffic, no first-run, no GPU.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

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


@pytest.fixture(autouse=True, scope="session")
def _outside_github_actions():  # type: ignore[no-untyped-def]
    """`chronology validate` answers the same in GitHub Actions: it defaults to annotations there."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("GITHUB_ACTIONS", raising=False)
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


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def file_tree(root: Path) -> dict[str, bytes]:
    """Every file under `root`: {relative path: bytes}, to compare two builds byte for byte."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def built_site(source: Path, strict: bool = True) -> Path:
    """`mkdocs build` of the site in `source` (into source/site), failing the test with what
    MkDocs said if it fails."""
    command = [str(Path(sys.executable).parent / "mkdocs"), "build", "--site-dir", "site"]
    result = subprocess.run(
        command + ["--strict"] * strict, cwd=source, capture_output=True, text=True,
        check=False, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return source / "site"


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # A browser that leaves a page drops the requests still being answered: not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serving(
    folder: Path, handler_class: type[http.server.SimpleHTTPRequestHandler] = _QuietHandler
) -> Iterator[str]:
    """`folder` served over HTTP on 127.0.0.1, as a browser reads a published site: its URL."""
    handler = functools.partial(handler_class, directory=str(folder))
    server = _QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def _chromium(playwright: Playwright) -> str:
    """$CHROMIUM, else Debian's `chromium` on PATH, else Playwright's own download (what `make
    test` fetches when it cannot install Debian's): the same order as the Makefile's check."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium")
    return found or playwright.chromium.executable_path


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    """A headless Chromium driven by Playwright; the test fails (never skips) without it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        executable = _chromium(playwright)
        assert Path(executable).exists(), (
            f"Chromium is required (none at {executable}): `make test` gets one, or install"
            " Debian's (apt-get install chromium) or Playwright's (playwright install chromium)"
        )
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()
