"""`chronology render`: the generated pages as files, written whole or not at all, inside --out."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from builder import downloads
from builder.cli import main
from builder.exports import ExportOptions
from builder.pipeline import load_chronology
from builder.render import Pages, SiteOptions, asset_files, environment

FIXTURE = Path(__file__).parent / "fixtures" / "site"
EVENTS = FIXTURE / "events"
HREF = re.compile(r'href="([^"]*)"')
BAD_EVENT = {
    "alpha/bad.yml": """\
        title: A bad event
        date: on Wednesday
        """,
    "storylines.yml": "alpha:\n  title: Alpha\n",
}


def render(*args: str | Path) -> int:
    return main(["render", *(str(arg) for arg in args)])


def files_under(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """Hand-written pages: a home page with both lists, and a picture beside it."""
    folder = tmp_path / "docs"
    (folder / "img").mkdir(parents=True)
    (folder / "index.md").write_text(
        "# Home\n\n<!-- chronology: storylines -->\n\n## Latest\n\n<!-- chronology: latest -->\n",
        encoding="utf-8",
    )
    (folder / "img" / "map.png").write_bytes(b"\x89PNG not really")
    (folder / ".hidden.md").write_text("kept out, as MkDocs does", encoding="utf-8")
    return folder


def test_writes_every_page_the_plugin_generates_and_the_hand_written_ones(
    tmp_path: Path, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert render(EVENTS, "--docs", docs, "--out", out) == 0
    expected = set(Pages(load_chronology(EVENTS), environment(), SiteOptions()).render())
    written = files_under(out)
    assert expected <= written
    # The Data page's files, as the plugin writes them for a site without site_url.
    chronology = load_chronology(EVENTS)
    data = downloads.files(downloads.site_downloads(chronology, ExportOptions()))
    for path, content in data.items():
        assert (out / path).read_bytes() == content, path
    assert written - expected - set(data) == {
        "index.md",
        "img/map.png",
        *asset_files(),  # the stylesheets and scripts, whichever they are
        "data/sitemap.xml",  # beside the linked feeds, for the theme (downloads.folder_sitemaps)
        "data/storylines/sitemap.xml",
    }
    assert (out / "img" / "map.png").read_bytes() == b"\x89PNG not really"
    home = (out / "index.md").read_text(encoding="utf-8")
    assert "<!-- chronology:" not in home
    assert 'href="storylines/alpha.md"' in home
    assert 'href="events/talks.md"' in home
    assert "written to" in capsys.readouterr().err


def test_links_point_at_source_files_that_exist(tmp_path: Path, docs: Path) -> None:
    out = tmp_path / "out"
    assert render(EVENTS, "--docs", docs, "--out", out) == 0
    checked = 0
    for page in out.rglob("*.md"):
        for href in HREF.findall(page.read_text(encoding="utf-8")):
            if href.startswith(("http://", "https://", "#")):
                continue
            target = page.parent / href.split("#")[0]
            assert href.split("#")[0].endswith(".md"), (page, href)
            assert target.resolve().is_file(), (page, href)
            assert target.resolve().is_relative_to(out.resolve()), (page, href)
            checked += 1
    assert checked > 50


def test_the_json_ld_ends_the_event_page_and_the_search_block_is_gone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert render(EVENTS, "--out", out) == 0
    page = (out / "events" / "talks.md").read_text(encoding="utf-8")
    assert page.startswith('---\ntitle: "Officials hold talks ')
    assert page.rstrip().endswith("</script>")
    assert '<script type="application/ld+json">' in page
    assert "chronology-search" not in page
    assert "chronology-head" not in page
    assert "<script>alert" not in page


def test_the_same_events_give_the_same_files(tmp_path: Path) -> None:
    assert render(EVENTS, "--out", tmp_path / "one") == 0
    assert render(EVENTS, "--out", tmp_path / "two", "--no-cache") == 0
    one, two = tmp_path / "one", tmp_path / "two"
    assert files_under(one) == files_under(two)
    for name in files_under(one):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_event_problems_are_listed_as_validate_lists_them_and_nothing_is_written(
    tmp_path: Path, write_events, capsys: pytest.CaptureFixture[str]
) -> None:
    events = write_events(BAD_EVENT)
    assert main(["validate", str(events), "--format", "text"]) == 1
    problems = capsys.readouterr().out.splitlines()
    assert problems
    out = tmp_path / "out"
    assert render(events, "--out", out) == 1
    error = capsys.readouterr().err
    assert error.splitlines()[: len(problems)] == problems
    assert f"{len(problems)} problem" in error
    assert "nothing written" in error
    assert "Traceback" not in error
    assert not out.exists()


def test_a_folder_that_is_not_empty_needs_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    assert render(EVENTS, "--out", out) == 1
    assert "is not empty" in capsys.readouterr().err
    assert files_under(out) == {"mine.txt"}
    assert render(EVENTS, "--out", out, "--force") == 0
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep me"
    assert (out / "chronology.md").is_file()
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    assert render(EVENTS, "--out", tmp_path / "a-file", "--force") == 1
    assert "is not a folder" in capsys.readouterr().err


def test_never_builds_inside_the_hand_written_pages_or_the_events(
    tmp_path: Path, docs: Path, write_events, capsys: pytest.CaptureFixture[str]
) -> None:
    assert render(EVENTS, "--docs", docs, "--out", docs / "build") == 1
    assert "is inside" in capsys.readouterr().err
    events = write_events({"a.yml": (EVENTS / "alpha" / "talks.yml").read_text("utf-8")})
    assert render(events, "--out", events / "site") == 1
    assert render(events, "--out", events.parent, "--force") == 1
    assert capsys.readouterr().err.count("overlap") == 2
    assert files_under(docs) == {"index.md", "img/map.png", ".hidden.md"}
    assert not (events / "site").exists()
    assert not (events.parent / "chronology.md").exists()


def test_hand_written_pages_are_checked_as_the_plugin_checks_them(
    tmp_path: Path, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (docs / "index.md").write_text("<!-- chronology: nope -->\n", encoding="utf-8")
    (docs / "events").mkdir()
    (docs / "events" / "talks.md").write_text("# Mine\n", encoding="utf-8")
    out = tmp_path / "out"
    assert render(EVENTS, "--docs", docs, "--out", out) == 1
    error = capsys.readouterr().err
    assert "unknown chronology snippet 'nope' (storylines, latest, downloads)" in error
    assert "talks.md is a hand-written page where the chronology's page" in error
    assert not out.exists()
    # A hand-written hub page wins, as under MkDocs.
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    (docs / "events" / "talks.md").unlink()
    (docs / "chronology.md").write_text("# Our own chronology page\n", encoding="utf-8")
    assert render(EVENTS, "--docs", docs, "--out", out) == 0
    assert (out / "chronology.md").read_text(encoding="utf-8") == "# Our own chronology page\n"


def test_a_link_planted_in_the_folder_is_never_written_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "events").symlink_to(elsewhere, target_is_directory=True)
    assert render(EVENTS, "--out", out, "--force") == 1
    error = capsys.readouterr().err
    assert "leads outside" in error
    assert "nothing written" in error
    assert not any(elsewhere.iterdir())
    assert files_under(out) == set()


def test_a_broken_template_override_is_named_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = tmp_path / "overrides"
    templates.mkdir()
    (templates / "event.md.j2").write_text("line one\n{% if %}\n", "utf-8")
    out = tmp_path / "out"
    assert render(EVENTS, "--out", out, "--templates-dir", templates) == 1
    error = capsys.readouterr().err
    assert "event.md.j2, line 2" in error
    assert "Traceback" not in error
    assert not out.exists()
    assert render(EVENTS, "--out", out, "--templates-dir", tmp_path / "none") == 1
    assert "is not a folder" in capsys.readouterr().err


def test_edit_links_name_the_file_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(EVENTS, tmp_path / "events")
    monkeypatch.chdir(tmp_path)
    url = "https://github.com/example/fixture/edit/main/{path}"
    assert render("events", "--out", "out", "--edit-url", url) == 0
    page = (tmp_path / "out" / "events" / "talks.md").read_text(encoding="utf-8")
    assert 'href="https://github.com/example/fixture/edit/main/events/alpha/talks.yml"' in page
