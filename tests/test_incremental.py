"""`mkdocs serve --dirty` (what `make serve` runs) rebuilds only what an edit changed, and the
site it leaves is byte for byte the site a fresh full build writes.

A generated chronology of 1,000 events is served in this process the way `mkdocs serve` does
it: the configuration loaded again for every rebuild, the plugins kept between them. After each
kind of edit (an event's title, its date, a date counted from another event and that event's
title, a new event with a new tag, a deleted event, a renamed
file, a storyline's title, an event file broken and then fixed) every file of the served site is
compared with `mkdocs build` of the same folder, run as its own process.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from builder.incremental import FacetMemo, RenderMemo, _RecordingIndex
from builder.pipeline import CheckedFiles, load_chronology
from builder.render import Pages, SiteOptions, environment
from tests.conftest import GOOD_SOURCE, file_tree
from tests.synthetic import chronology_site

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from builder.plugin import ChronologyPlugin

MKDOCS = str(Path(sys.executable).parent / "mkdocs")
SERVE_URL = "http://127.0.0.1:8000/"
COUNT = 1_000


class DirtyServe:
    """The rebuild loop of `mkdocs serve --dirty` (mkdocs/commands/serve.py), without a server."""

    def __init__(self, root: Path, site_dir: Path) -> None:
        self.root = root
        self.site_dir = site_dir
        self.first = self._config()
        self.first.plugins.on_startup(command="serve", dirty=True)

    def _config(self) -> MkDocsConfig:
        config = load_config(config_file=str(self.root / "mkdocs.yml"), site_dir=str(self.site_dir))
        config.site_url = SERVE_URL
        return config

    def rebuild(self) -> ChronologyPlugin:
        config = self._config()
        build(config, serve_url=SERVE_URL, dirty=True)
        return config.plugins["chronology"]  # type: ignore[return-value]

    def close(self) -> None:
        self.first.plugins.on_shutdown()
        # MkDocs keeps plugin instances for the whole process: other tests get fresh ones.
        MkDocsConfig.plugins.plugin_cache.clear()


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[DirtyServe]:
    root = tmp_path / "site"
    chronology_site(root, COUNT)
    config = root / "mkdocs.yml"
    config.write_text(f"site_url: {SERVE_URL}\n" + config.read_text(encoding="utf-8"))
    # The home page's lists of the latest events and storylines change with the events too.
    (root / "docs" / "index.md").write_text(
        "# Home\n\n<!-- chronology: latest -->\n\n<!-- chronology: storylines -->\n",
        encoding="utf-8",
    )
    session = DirtyServe(root, tmp_path / "served")
    try:
        yield session
    finally:
        session.close()


def full_build(root: Path, site_dir: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [MKDOCS, "build", "--quiet", "--site-dir", str(site_dir)],
        cwd=root, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]


def assert_same_site(served: Path, full: Path, after: str) -> None:
    ours, theirs = file_tree(served), file_tree(full)
    assert sorted(set(ours) - set(theirs)) == [], f"after {after}: files a full build lacks"
    assert sorted(set(theirs) - set(ours)) == [], f"after {after}: files the rebuilt site lacks"
    differing = [name for name in theirs if ours[name] != theirs[name]]
    if differing:
        name = differing[0]
        diff = difflib.unified_diff(
            theirs[name].decode(errors="replace").splitlines(),
            ours[name].decode(errors="replace").splitlines(),
            "full build", "rebuilt", n=1, lineterm="",
        )  # fmt: skip
        detail = "\n".join(list(diff)[:40])
        pytest.fail(
            f"after {after}: {len(differing)} files differ from a full build, first {name}:\n"
            f"{detail}"
        )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_rebuilds_after_edits_equal_a_full_build(serving: DirtyServe, tmp_path: Path) -> None:
    events = serving.root / "events"
    serving.rebuild()
    first = serving.site_dir / "events" / "event-10" / "index.html"
    assert first.is_file()

    def new_event(path: Path) -> None:
        text = (events / "s2" / "event-7.yml").read_text(encoding="utf-8")
        text = text.replace("Event number 7", "A new event").replace("tag 7]", "a new tag]")
        path.write_text(text, encoding="utf-8")

    # Each edit is followed by its own rebuild, and the site then compared with a full build.
    edits: list[tuple[str, Callable[[], object]]] = [
        ("an event's title", lambda: edit(events / "s1" / "event-11.yml", "Event number 11",
                                          "Retitled <b>11</b>")),
        ("a date counted from another event", lambda: edit(
            events / "s0" / "event-30.yml", "date: ", "date: 'two days after @event-31' #")),
        ("the title of the event it names", lambda: edit(
            events / "s1" / "event-31.yml", "Event number 31", "Event thirty-one")),
        ("an event's date", lambda: edit(events / "s3" / "event-13.yml", "date: ",
                                         "date: 'on 3 March 2019' #")),
        ("a new event with a new tag", lambda: new_event(events / "s2" / "a-new-event.yml")),
        ("a deleted event", lambda: (events / "s4" / "event-14.yml").unlink()),
        ("a renamed file", lambda: (events / "s0" / "event-20.yml").rename(
            events / "s0" / "renamed.yml")),
        ("a storyline's title", lambda: edit(events / "storylines.yml", "Storyline 2\n",
                                             "The second storyline\n")),
        ("a broken event", lambda: edit(events / "s1" / "event-21.yml", "title:", "title: [")),
        ("the event fixed", lambda: edit(events / "s1" / "event-21.yml", "title: [", "title:")),
    ]  # fmt: skip
    for number, (name, change) in enumerate(edits):
        change()
        serving.rebuild()
        full = tmp_path / f"full-{number}"
        full_build(serving.root, full)
        assert_same_site(serving.site_dir, full, name)


def test_an_edit_rebuilds_only_the_pages_that_show_the_event(serving: DirtyServe) -> None:
    serving.rebuild()
    edit(serving.root / "events" / "s1" / "event-11.yml", "Something happened", "It happened")
    plugin = serving.rebuild()
    kept = plugin.incremental
    assert kept is not None
    assert kept.checked.parsed == 1  # the one file changed
    # Its page, and those that list it (chronology, storyline, tag, actors, place, sources...):
    # the summary is on each. The other thousand are neither rendered nor written again.
    assert 0 < kept.render.rendered < 30
    written = [uri for uri, modified in kept.dirty.last_modified.items() if modified]
    assert "events/event-11.md" in written
    assert "events/event-12.md" not in written
    # The downloads that hold the event are written again, the other storylines' are not.
    data = {uri for uri in written if uri.startswith("data/")}
    assert {"data/chronology.json", "data/chronology.ics", "data/chronology.timeline.csv"} <= data
    storylines = {uri.split("/")[2].split(".")[0] for uri in data if "/storylines/" in uri}
    assert len(storylines) == 1
    assert len(written) < 40


def event_text(title: str) -> str:
    return f"title: {title}\ndate: 9 April 2025\n{GOOD_SOURCE}"


def test_checked_files_parse_again_only_what_changed(write_events: Callable[..., Path]) -> None:
    events = write_events({"a.yml": event_text("Alpha"), "b.yml": event_text("Bravo")})
    checked = CheckedFiles()
    assert load_chronology(events, checked=checked) == load_chronology(events)
    assert checked.parsed == 2
    load_chronology(events, checked=checked)
    assert checked.parsed == 0  # read again (just written, so their times prove nothing): same
    # The same size and modification time, other bytes: the change time gives it away.
    path = events / "a.yml"
    before = path.stat()
    path.write_text(event_text("Gamma"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    chronology = load_chronology(events, checked=checked)
    assert checked.parsed == 1
    assert sorted(event.title for event in chronology.events) == ["Bravo", "Gamma"]
    assert chronology == load_chronology(events)


@dataclass(frozen=True)
class _Part:
    label: str
    events: tuple[str, ...]


def test_a_watched_argument_is_compared_on_the_fields_the_page_read() -> None:
    # The parts before and after a page, or the timeline's layout, hold every event; a page
    # that shows only a part's label is not rendered again when an event in that part changes.
    memo = RenderMemo()
    index = _RecordingIndex({})
    renders: list[str] = []

    def label_of_previous(given: dict[str, object]) -> str:
        renders.append("label")
        return str(given["previous"].label)  # type: ignore[attr-defined]

    def page(previous: object, render: Callable[[dict[str, object]], str]) -> str:
        return memo.page("a.md", "t.j2", {"previous": previous, "n": 1}, index, render)

    assert page(_Part("2024", ("a",)), label_of_previous) == "2024"
    assert page(_Part("2024", ("a", "b")), label_of_previous) == "2024"
    assert renders == ["label"]  # an event more in the part: the label read is the same
    assert page(_Part("2025", ("a", "b")), label_of_previous) == "2025"
    assert page(None, lambda given: str(given["previous"])) == "None"
    assert renders == ["label", "label"]

    # Used whole (printed here), the argument is compared whole.
    def whole(given: dict[str, object]) -> str:
        renders.append("whole")
        return str(given["previous"])

    memo.page("b.md", "t.j2", {"previous": _Part("2024", ("a",))}, index, whole)
    memo.page("b.md", "t.j2", {"previous": _Part("2024", ("a",))}, index, whole)
    assert renders.count("whole") == 1
    memo.page("b.md", "t.j2", {"previous": _Part("2024", ("a", "b"))}, index, whole)
    assert renders.count("whole") == 2


def test_facets_are_computed_again_only_for_listings_of_other_events() -> None:
    chronology_a = load_chronology(Path(__file__).parent / "fixtures" / "site" / "events")
    events = chronology_a.events
    assert len(events) >= 2
    memo = FacetMemo()
    titles: dict[str, str] = {}
    slugs = Pages(chronology_a, environment(), SiteOptions()).term_slugs
    memo.begin()
    first = memo.facets(events, titles, slugs)
    memo.facets(events[:1], titles, slugs)
    assert memo.computed == 2
    memo.begin()
    assert memo.facets(list(events), titles, slugs) is first  # the same objects: kept
    assert memo.computed == 0
    copies = tuple(replace(event) for event in events)  # equal, but not the same objects
    assert memo.facets(copies, titles, slugs) == first
    assert memo.computed == 1
    memo.begin()
    memo.facets(events, {"other": "Titles"}, slugs)  # another basis: computed again
    assert memo.computed == 1
