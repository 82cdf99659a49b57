"""The flagship built by Zensical, as `make site-zensical` builds it: `chronology render` writes
the pages into a build folder, zensical.yml inherits mkdocs.yml, `zensical build --strict` runs.

Zensical skips our plugin without a word, so this is the proof that a chronology still builds
without it: every page MkDocs makes is there, every local link leads to a file, and the
chronology lists the same events in the same order as the MkDocs build.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent


class _Page(HTMLParser):
    """What the assertions read from a built page: local links, entries, storyline links, JSON-LD."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.entries: list[tuple[str, str]] = []  # (href, title) of the chronology's entries
        self.json_ld: list[str] = []
        self._entry: str | None = None
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        url = attributes.get("src" if tag in ("script", "img") else "href")
        if url and tag in ("a", "link", "script", "img"):
            self.urls.append(url)
        if tag == "a" and "chronology-entry__title" in attributes.get("class", "").split():
            self._entry = attributes["href"]
            self.entries.append((self._entry, ""))
        self._in_json_ld = tag == "script" and attributes.get("type") == "application/ld+json"

    def handle_endtag(self, tag: str) -> None:
        self._entry = None if tag == "a" else self._entry
        self._in_json_ld = False

    def handle_data(self, data: str) -> None:
        if self._entry is not None:
            href, title = self.entries[-1]
            self.entries[-1] = (href, title + data)
        if self._in_json_ld:
            self.json_ld.append(data)


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def run(command: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(Zensical's site, MkDocs' site) of the flagship, the second built meanwhile to compare."""
    work = tmp_path_factory.mktemp("zensical")
    mkdocs = subprocess.Popen(
        [str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(work / "mkdocs-site")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    # The Makefile's layout: zensical.yml, copied to build/zensical/, inherits ../../mkdocs.yml.
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    build = work / "build" / "zensical"
    render = run(
        [BIN / "chronology", "render", "events", "--docs", "docs", "--out", build / "docs"], ROOT
    )
    assert render.returncode == 0, render.stderr
    shutil.copy(ROOT / "zensical.yml", build / "mkdocs.yml")
    zensical = run([BIN / "zensical", "build", "--strict"], build)
    _, mkdocs_errors = mkdocs.communicate(timeout=600)
    assert mkdocs.returncode == 0, mkdocs_errors
    assert zensical.returncode == 0, zensical.stdout + zensical.stderr
    return build / "site", work / "mkdocs-site"


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("index.html")}


def test_every_page_of_the_mkdocs_build_is_there(sites: tuple[Path, Path]) -> None:
    zensical, mkdocs = sites
    assert pages(zensical) == pages(mkdocs)
    for hub in ("chronology", "timeline", "sources", "storylines", "tags", "actors", "places"):
        assert (zensical / hub / "index.html").is_file(), hub
    events = list((zensical / "events").glob("*/index.html"))
    assert len(events) == len(list((ROOT / "events").rglob("*.yml"))) - 1  # storylines.yml
    assert (zensical / "assets" / "chronology" / "timeline.js").is_file()
    assert not (ROOT / "docs" / "chronology.md").exists()  # nothing was written into docs/


def test_every_local_link_leads_to_a_file(sites: tuple[Path, Path]) -> None:
    zensical, _ = sites
    checked = 0
    for page in zensical.rglob("*.html"):
        for url in parse(page).urls:
            if "://" in url or url.startswith(("#", "mailto:", "data:")):
                continue
            path = url.split("#")[0].split("?")[0]
            # 404.html links from the site root, as it is served at any depth.
            target = zensical / path.lstrip("/") if path.startswith("/") else page.parent / path
            target = target.resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.is_relative_to(zensical.resolve()), (page, url)
            assert target.is_file(), (page, url)
            checked += 1
    assert checked > 5000


def test_the_chronology_shows_the_same_events_in_the_same_order(
    sites: tuple[Path, Path],
) -> None:
    zensical, mkdocs = sites
    ours = parse(zensical / "chronology" / "index.html").entries
    theirs = parse(mkdocs / "chronology" / "index.html").entries
    assert len(theirs) == len(list((zensical / "events").glob("*/index.html")))
    assert ours == theirs  # the event pages' addresses and titles, in order


def test_the_home_page_lists_are_filled_in(sites: tuple[Path, Path]) -> None:
    zensical, mkdocs = sites
    html = (zensical / "index.html").read_text(encoding="utf-8")
    assert "chronology: storylines" not in html
    assert "chronology: latest" not in html

    def storylines(site: Path) -> list[str]:
        # Each storyline's page, as the list links it (the nav links the storylines/ hub).
        urls = parse(site / "index.html").urls
        return [url for url in urls if url.startswith("storylines/") and url != "storylines/"]

    assert storylines(zensical) == storylines(mkdocs)
    assert len(storylines(zensical)) == 3


def test_an_event_page_keeps_its_json_ld_in_the_body(sites: tuple[Path, Path]) -> None:
    zensical, mkdocs = sites
    event = Path("events", "baku-talks-2025-04-09", "index.html")
    ours = (zensical / event).read_text(encoding="utf-8")
    assert ours.index("application/ld+json") > ours.index("</head>")
    theirs = (mkdocs / event).read_text(encoding="utf-8")
    assert theirs.index("application/ld+json") < theirs.index("</head>")
    assert json.loads("".join(parse(zensical / event).json_ld)) == json.loads(
        "".join(parse(mkdocs / event).json_ld)
    )


def test_the_readme_names_the_versions_tested() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, package in (
        ("MkDocs", "mkdocs"),
        ("Material for MkDocs", "mkdocs-material"),
        ("ProperDocs", "properdocs"),
        ("Zensical", "zensical"),
    ):
        assert f"{name} {version(package)}" in readme, package
