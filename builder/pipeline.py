"""From a folder of event files to a checked, ordered chronology: the one path the CLI and the
site both take, so what `chronology validate` reports is exactly what the site shows."""

from __future__ import annotations

import hashlib
import os
import posixpath
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from builder.cache import collection_paused, open_date_cache
from builder.dates import resolve
from builder.files import STORYLINES_FILE, event_files, read_file
from builder.loading import decode, load_text
from builder.model import Event, Problem, Storyline
from builder.names import fold
from builder.resolving import DateResolver, resolve_events
from builder.schema import EventDraft, check_event, check_storylines

if TYPE_CHECKING:
    from collections.abc import Iterable

    from builder.files import EventFile
    from builder.loading import Document


@dataclass(frozen=True)
class Chronology:
    events: tuple[Event, ...]
    storylines: dict[str, Storyline] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    @property
    def by_id(self) -> dict[str, Event]:
        return {event.id: event for event in self.events}


def shown_path(path: Path, relative_to: Path | None) -> str:
    """How a file is named in messages and edit links: relative, with forward slashes."""
    base = relative_to if relative_to is not None else Path.cwd()
    try:
        return Path(os.path.relpath(path, base)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def load_chronology(
    events_dir: Path,
    relative_to: Path | None = None,
    resolver: DateResolver = resolve,
    checked: CheckedFiles | None = None,
) -> Chronology:
    """The chronology in `events_dir`, and every problem found in it.

    `resolver` lets the CLI reuse resolved dates across runs, and `checked` lets `mkdocs serve`
    reuse the checked event files of its previous build; the result is the same.
    """
    with collection_paused():
        return _load_chronology(events_dir, relative_to, resolver, checked)


def load_with_date_cache(
    events_dir: Path, relative_to: Path | None = None, cache_dir: Path | None = None
) -> tuple[Chronology, str | None]:
    """`load_chronology` with the events folder's date cache (builder/cache.py), which keeps
    what it resolved; and why the cache is in memory only, when it cannot be stored. None is
    made for a missing events folder, which the load reports."""
    if not Path(events_dir).is_dir():
        return load_chronology(events_dir, relative_to), None
    dates, why_not = open_date_cache(events_dir, cache_dir)
    chronology = load_chronology(events_dir, relative_to, resolver=dates.resolve)
    dates.save()
    return chronology, why_not


# A file whose modification time is this close to when it was read may have been written again
# within the file system's timestamp granularity without its size or time changing ("racy git"):
# it is read again, and only its bytes decide.
RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class _Checked:
    identity: tuple[int, int, int, int]  # mtime_ns, ctime_ns, size, inode
    read_ns: int  # the clock just before the file was read
    digest: bytes
    result: tuple[EventDraft | None, list[Problem]]


class CheckedFiles:
    """Checked event files kept between loads of one folder, so a rebuild in `mkdocs serve`
    parses and checks only the files that changed.

    A file is taken as unchanged when its size, inode and modification and change times are
    those recorded (a change time no tool can set back), and it was last written well before
    it was read; otherwise it is read again, and reused if its bytes hash the same. Only the
    files of the latest load are kept.
    """

    def __init__(self) -> None:
        self._files: dict[tuple[str, str], _Checked] = {}
        self._seen: dict[tuple[str, str], _Checked] = {}
        self.parsed = 0  # files parsed and checked by the latest load (for messages and tests)

    def start(self) -> None:
        self._seen = {}
        self.parsed = 0

    def finish(self) -> None:
        self._files = self._seen
        self._seen = {}

    def check(self, file: EventFile) -> tuple[EventDraft | None, list[Problem]]:
        key = (str(file.path), file.shown)
        kept = self._files.get(key)
        try:
            status = os.stat(file.path)
        except OSError:
            status = None
        identity = (
            (status.st_mtime_ns, status.st_ctime_ns, status.st_size, status.st_ino)
            if status is not None
            else (0, 0, 0, 0)
        )
        if (
            kept is not None
            and status is not None
            and kept.identity == identity
            and status.st_mtime_ns < kept.read_ns - RACY_NS
        ):
            self._seen[key] = kept
            return kept.result
        read_ns = time.time_ns()
        data, read_problems = read_file(file.path, file.shown)
        if data is None:
            return None, read_problems  # not kept: read again next time
        digest = hashlib.blake2b(data, digest_size=16).digest()
        if kept is not None and kept.digest == digest:
            result = kept.result
        else:
            result = _checked_bytes(data, file.shown)
            self.parsed += 1
        self._seen[key] = _Checked(identity, read_ns, digest, result)
        return result


def _checked_bytes(data: bytes, shown: str) -> tuple[EventDraft | None, list[Problem]]:
    draft, checked = _check_bytes(data, shown)
    return draft, _capped(checked)


def _checked_file(file: EventFile) -> tuple[EventDraft | None, list[Problem]]:
    data, read_problems = read_file(file.path, file.shown)
    if data is None:
        return None, read_problems
    return _checked_bytes(data, file.shown)


def _load_chronology(
    events_dir: Path,
    relative_to: Path | None,
    resolver: DateResolver,
    checked: CheckedFiles | None = None,
) -> Chronology:
    events_dir = Path(events_dir)
    if not events_dir.is_dir():
        where = shown_path(events_dir, relative_to)
        return Chronology((), {}, (Problem(where, 1, 1, "there is no events folder here",
                                           "create it, or point to it"),))  # fmt: skip
    problems: list[Problem] = []
    storylines = _storylines(events_dir, relative_to, problems)
    drafts = []
    shown_dir = shown_path(events_dir, relative_to)
    files, file_problems = event_files(events_dir, shown_dir)
    problems.extend(file_problems)
    if checked is not None:
        checked.start()
    for file in files:
        draft, found = _checked_file(file) if checked is None else checked.check(file)
        problems.extend(found)
        if draft is not None:
            drafts.append(draft)
    if checked is not None:
        checked.finish()
    drafts = _unique(drafts, problems)
    _check_references(drafts, storylines, problems)
    _check_spellings(drafts, problems)
    events, date_problems = resolve_events(drafts, resolver)
    problems.extend(date_problems)
    events.sort(key=lambda event: event.sort_key)
    problems.sort(key=lambda p: (p.path, p.line, p.column, p.message))
    return Chronology(tuple(events), storylines, tuple(problems))


MAX_PROBLEMS_PER_FILE = 50


def _capped(problems: list[Problem]) -> list[Problem]:
    """A file's problems, at most MAX_PROBLEMS_PER_FILE and a last one saying how many more."""
    if len(problems) <= MAX_PROBLEMS_PER_FILE:
        return problems
    kept = problems[:MAX_PROBLEMS_PER_FILE]
    last = kept[-1]
    more = len(problems) - len(kept)
    return [
        *kept,
        Problem(last.path, last.line, last.column, f"and {more:,} more problems in this file",
                "fix these first"),
    ]  # fmt: skip


def _check_bytes(data: bytes, shown: str) -> tuple[EventDraft | None, list[Problem]]:
    document, problems = _load(data, shown)
    if document is None:
        return None, problems
    return check_event(document, default_id=posixpath.splitext(posixpath.basename(shown))[0])


def _storylines(
    events_dir: Path, relative_to: Path | None, problems: list[Problem]
) -> dict[str, Storyline]:
    path = events_dir / STORYLINES_FILE
    if not os.path.lexists(path):  # a broken or outside link is reported, not skipped
        return {}
    shown = shown_path(path, relative_to)
    data, read_problems = read_file(path, shown, inside=events_dir)
    document, load_problems = (None, read_problems) if data is None else _load(data, shown)
    problems.extend(_capped(load_problems))
    if document is None:
        return {}
    found, check_problems = check_storylines(document)
    problems.extend(check_problems)
    return {
        key: Storyline(key, title, description, document.path)
        for key, (title, description) in found.items()
    }


def _load(data: bytes, shown: str) -> tuple[Document | None, list[Problem]]:
    text, problems = decode(data, shown)
    return (None, problems) if text is None else load_text(text, shown)


def _id_place(draft: EventDraft) -> tuple[int, int, str]:
    """Where an event's id comes from: its `id:` line, or the file's first line (its name)."""
    data = draft.document.data
    if isinstance(data, dict) and "id" in data:
        return (*draft.document.where(("id",)), "its `id:`")
    return 1, 1, "its file name"


def _unique(drafts: Iterable[EventDraft], problems: list[Problem]) -> list[EventDraft]:
    """Drafts with an id no other draft has; each file of a clash is told where the others are."""
    by_id: dict[str, list[EventDraft]] = {}
    for draft in drafts:
        by_id.setdefault(draft.id, []).append(draft)
    unique = []
    for event_id, group in by_id.items():
        if len(group) == 1:
            unique.append(group[0])
            continue
        places = [(draft.document.path, *_id_place(draft)) for draft in group]
        for path, line, column, source in places:
            others = ", ".join(f"{p}:{n}" for p, n, *_ in places if (p, n) != (path, line))
            problems.append(
                Problem(path, line, column,
                        f"the id {event_id!r} (from {source}) is also the id of {others}",
                        "give each event its own id (or file name)")
            )  # fmt: skip
    return unique


# A chronology names a few hundred actors, places and tags thousands of times: each is folded once.
_folded = lru_cache(maxsize=1 << 16)(fold)


def _check_spellings(drafts: list[EventDraft], problems: list[Problem]) -> None:
    """One name, one spelling: names that differ only by case, accents or invisible marks would
    split one actor's events over two pages, or merge on one page without saying so."""
    for kind in ("actors", "places", "tags"):
        first_seen: dict[str, tuple[str, EventDraft, int]] = {}
        for draft in drafts:
            for i, name in enumerate(getattr(draft, kind)):
                first, where, index = first_seen.setdefault(_folded(name), (name, draft, i))
                if first != name:
                    line, _ = where.document.where((kind, index))
                    problems.append(
                        draft.document.problem(
                            (kind, i),
                            f"{name!r} is spelled {first!r} in {where.document.path}:{line}; "
                            f"one name needs one spelling",
                            f"write {first!r} here, or change it there",
                        )
                    )


def _check_references(
    drafts: list[EventDraft], storylines: dict[str, Storyline], problems: list[Problem]
) -> None:
    ids = {draft.id for draft in drafts}
    for draft in drafts:
        if draft.storyline and draft.storyline not in storylines:
            known = ", ".join(sorted(storylines)) or "none declared"
            problems.append(
                draft.document.problem(
                    ("storyline",),
                    f"the storyline {draft.storyline!r} is not declared",
                    f"declare it in events/{STORYLINES_FILE} (known: {known})",
                )
            )
        for i, related in enumerate(draft.related):
            if related not in ids:
                problems.append(
                    draft.document.problem(
                        ("related", i), f"there is no event {related!r} to relate to"
                    )
                )
            elif related == draft.id:
                problems.append(
                    draft.document.problem(("related", i), "an event cannot relate to itself")
                )
