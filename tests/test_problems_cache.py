"""A warm `chronology validate` reports exactly what a fresh one does (issue #14).

The last answer is reused only while no input has changed; every edit, addition, deletion,
rename or storylines change is checked afresh, so problems between files (duplicate ids,
references, spellings, dates read from other events) are never stale. Real files, real runs.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from builder.cache import ROOT_VARIABLE, open_store
from builder.cli import main
from builder.problems_cache import NAME, problems_versions

EVENT = """\
title: {title}
date: {date}
{extra}sources:
  - publisher: Reuters
    title: A report
    url: https://example.org/{title}
    published: 2025-04-10
"""
STORYLINES = "war:\n  title: The war\n  description: What happened.\n"
AN_HOUR_AGO = 3600


def event(title: str, date: str = "on Wednesday", extra: str = "") -> str:
    return EVENT.format(title=title, date=date, extra=extra)


def settle(folder: Path) -> None:
    """Date every file an hour back: written long before the run, as a chronology's files are,
    so that a run may trust their stats (files written within two seconds are read again)."""
    for where, _, names in os.walk(folder):
        for name in names:
            path = Path(where, name)
            info = path.stat()
            os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - AN_HOUR_AGO * 10**9))


def validate(
    capsys: pytest.CaptureFixture[str], events: Path, *options: str
) -> tuple[int, str, str]:
    """The exit code, the problems (stdout) and the summary (stderr)."""
    code = main(["validate", str(events), *options])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def stored(events: Path) -> dict[str, object]:
    store, why_not = open_store(events)
    assert store is not None, why_not
    body = store.load(NAME, problems_versions())
    assert isinstance(body, dict)
    return body


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A chronology with problems across files: a duplicate id, a reference to nothing, a date
    read from another event, and a name spelled two ways."""
    monkeypatch.setenv(ROOT_VARIABLE, str(tmp_path / "user-cache"))
    monkeypatch.chdir(tmp_path)
    events = tmp_path / "events"
    (events / "war").mkdir(parents=True)
    (events / "storylines.yml").write_text(STORYLINES, encoding="utf-8")
    files = {
        "war/a.yml": event("a", extra="storyline: war\nactors: [Türkiye]\n"),
        "war/b.yml": event("b", "3 days after @a", "related: [c, nothing]\n"),
        "c.yml": event("c", extra="actors: [turkiye]\n"),
        "d.yml": event("d", extra="id: c\n"),
        "e.yml": event("e", "31 February 2025"),
    }
    for name, text in files.items():
        (events / name).write_text(text, encoding="utf-8")
    settle(events)
    return events


EDITS = {
    "an event edited": lambda e: (e / "war/a.yml").write_text(event("a", "on Friday"), "utf-8"),
    "an event edited, same size": lambda e: (e / "war/a.yml").write_text(
        event("a", "31 Apr. 2025", "storyline: war\nactors: [Türkiye]\n"), "utf-8"
    ),
    "the referenced event deleted": lambda e: (e / "war/a.yml").unlink(),
    "a duplicate removed": lambda e: (e / "d.yml").unlink(),
    "an event added": lambda e: (e / "nothing.yml").write_text(event("nothing"), "utf-8"),
    "an event renamed": lambda e: (e / "c.yml").rename(e / "war/c2.yml"),
    "a storyline dropped": lambda e: (e / "storylines.yml").write_text(
        "peace:\n  title: Peace\n  description: Talks.\n", "utf-8"
    ),
    "storylines.yml deleted": lambda e: (e / "storylines.yml").unlink(),
}


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_a_warm_run_after_an_edit_reports_what_a_fresh_one_does(
    folder: Path, capsys: pytest.CaptureFixture[str], edit: str
) -> None:
    before = validate(capsys, folder)
    assert before[0] == 1
    assert "is also the id of" in before[1]
    assert "@a" not in before[1]
    assert validate(capsys, folder) == before  # warm, unchanged
    assert stored(folder)["stat"] is not None
    EDITS[edit](folder)
    warm = validate(capsys, folder)
    assert warm == validate(capsys, folder, "--no-cache")
    assert warm != before
    settle(folder)  # and once the edit is old enough for its stat to be trusted
    assert validate(capsys, folder) == warm
    assert validate(capsys, folder) == validate(capsys, folder, "--no-cache")


def test_files_touched_but_unchanged_are_recognised_by_their_contents(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = validate(capsys, folder)
    first = stored(folder)
    for path in folder.rglob("*.yml"):
        path.write_bytes(path.read_bytes())  # a checkout, or saving the file again as it was
    assert validate(capsys, folder) == before
    assert stored(folder)["content"] == first["content"]
    assert stored(folder)["stat"] is None  # just written: the next run reads them again
    settle(folder)
    assert validate(capsys, folder) == before
    assert stored(folder)["stat"] not in (None, first["stat"])


def test_the_answer_depends_on_how_files_are_named(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Messages name files relative to the current folder: another one is another answer."""
    from_above = validate(capsys, folder)
    monkeypatch.chdir(folder)
    from_inside = validate(capsys, Path("."))
    assert from_inside != from_above
    assert from_inside == validate(capsys, Path("."), "--no-cache")


def test_a_folder_without_problems_counts_its_events_when_warm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ROOT_VARIABLE, str(tmp_path / "user-cache"))
    events = tmp_path / "events"
    events.mkdir()
    for name in ("a", "b", "c"):
        (events / f"{name}.yml").write_text(event(name), encoding="utf-8")
    settle(events)
    cold = validate(capsys, events)
    assert cold == (0, "", "3 events checked: no problems\n")
    assert validate(capsys, events) == cold
    assert stored(events)["count"] == 3


def test_a_tampered_answer_is_not_believed(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = validate(capsys, folder)
    [path] = (folder.parent / "user-cache" / "projects").glob(f"*/{NAME}.json")
    path.write_bytes(path.read_bytes().replace(b"is also the id of", b"is also the ID of"))
    assert validate(capsys, folder) == before
