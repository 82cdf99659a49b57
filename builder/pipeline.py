"""From a folder of event files to a checked, ordered chronology: the one path the CLI and the
site both take, so what `chronology validate` reports is exactly what the site shows."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from builder.cache import collection_paused
from builder.dates import resolve
from builder.loading import decode, load_file, load_text, read_bytes
from builder.model import Event, Problem, Storyline
from builder.resolving import DateResolver, resolve_events
from builder.schema import EventDraft, check_event, check_storylines

if TYPE_CHECKING:
    from collections.abc import Iterable

    from builder.cache import FileCache

STORYLINES_FILE = "storylines.yml"
EVENT_SUFFIXES = (".yml", ".yaml")


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


def event_files(events_dir: Path) -> list[str]:
    """Event files' paths relative to `events_dir`, with forward slashes, in a stable order."""
    found = []
    for folder, subfolders, names in os.walk(events_dir):
        subfolders.sort()
        relative = Path(folder).relative_to(events_dir).as_posix()
        prefix = "" if relative == "." else f"{relative}/"
        found.extend(
            prefix + name
            for name in names
            if name.endswith(EVENT_SUFFIXES) and name != STORYLINES_FILE
        )
    return sorted(found)


def load_chronology(
    events_dir: Path,
    relative_to: Path | None = None,
    resolver: DateResolver = resolve,
    file_cache: FileCache | None = None,
) -> Chronology:
    """The chronology in `events_dir`, and every problem found in it.

    `resolver` and `file_cache` let the CLI reuse work across runs; the result is the same.
    """
    with collection_paused():
        return _load_chronology(events_dir, relative_to, resolver, file_cache)


def _load_chronology(
    events_dir: Path,
    relative_to: Path | None,
    resolver: DateResolver,
    file_cache: FileCache | None,
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
    for relative in event_files(events_dir):
        path = events_dir / relative
        shown = relative if shown_dir == "." else f"{shown_dir}/{relative}"
        # Read once, within the size limit; the cache is keyed by the bytes that were read.
        data, read_problems = read_bytes(path, shown)
        if data is None:
            problems.extend(read_problems)
            continue
        stamp = file_cache.stamp(data) if file_cache else ""
        cached = file_cache.get(shown, stamp) if file_cache else None
        draft, file_problems = cached if cached is not None else _check_bytes(data, path, shown)
        if file_cache is not None and cached is None:
            file_cache.put(shown, stamp, draft, file_problems)
        problems.extend(file_problems)
        if draft is not None:
            drafts.append(draft)
    drafts = _unique(drafts, problems)
    _check_references(drafts, storylines, problems)
    events, date_problems = resolve_events(drafts, resolver)
    problems.extend(date_problems)
    events.sort(key=lambda event: event.sort_key)
    problems.sort(key=lambda p: (p.path, p.line, p.column, p.message))
    return Chronology(tuple(events), storylines, tuple(problems))


def _check_bytes(data: bytes, path: Path, shown: str) -> tuple[EventDraft | None, list[Problem]]:
    text, problems = decode(data, shown)
    if text is None:
        return None, problems
    document, problems = load_text(text, shown)
    if document is None:
        return None, problems
    return check_event(document, default_id=path.stem)


def _storylines(
    events_dir: Path, relative_to: Path | None, problems: list[Problem]
) -> dict[str, Storyline]:
    path = events_dir / STORYLINES_FILE
    if not path.exists():
        return {}
    document, load_problems = load_file(path, shown_path(path, relative_to))
    problems.extend(load_problems)
    if document is None:
        return {}
    found, check_problems = check_storylines(document)
    problems.extend(check_problems)
    return {
        key: Storyline(key, title, description, document.path)
        for key, (title, description) in found.items()
    }


def _unique(drafts: Iterable[EventDraft], problems: list[Problem]) -> list[EventDraft]:
    seen: dict[str, EventDraft] = {}
    for draft in drafts:
        if draft.id in seen:
            first = seen[draft.id].document.path
            problems.append(
                draft.document.problem(
                    ("id",),
                    f"the id {draft.id!r} is already used by {first}",
                    "give each event its own id (or file name)",
                )
            )
        else:
            seen[draft.id] = draft
    return list(seen.values())


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
