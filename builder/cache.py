"""A persistent cache of resolved dates, so re-checking unchanged events costs a dictionary lookup.

Entries are keyed by text, anchor, language and date order; the whole file is keyed by the
versions that decide a date's meaning (the rules' source, dateparser's version), so changing
either starts it afresh rather than serving stale answers.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.calendar import Day, parse_iso_day
from builder.dates import DateError, DateRefused, DateUnreadable, EventOffset, resolve
from builder.model import DateValue

if TYPE_CHECKING:
    from collections.abc import Iterator

RULE_MODULES = ("calendar.py", "dates.py", "edtf.py", "languages.py")
CHECK_MODULES = ("loading.py", "schema.py", "model.py")


@cache
def versions_key(modules: tuple[str, ...] = RULE_MODULES) -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in modules:
        digest.update((here / name).read_bytes())
    digest.update(metadata.version("dateparser").encode())
    digest.update(metadata.version("pyyaml").encode())
    return digest.hexdigest()[:16]


@contextmanager
def collection_paused() -> Iterator[None]:
    # Loading allocates tens of thousands of long-lived objects and no cycles; the cyclic
    # collector would scan them again and again (measured: 10,000 cached events in 1.0 s
    # with it, 0.4 s without). Reference counting still frees what is dropped.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` whole or not at all; a cache that cannot be written only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        pass


def _encode(result: DateValue | EventOffset | DateError) -> list[object]:
    if isinstance(result, DateError):
        return [
            "refused" if isinstance(result, DateRefused) else "unreadable",
            result.message,
            result.hint,
        ]
    if isinstance(result, EventOffset):
        return ["offset", result.target, result.days, result.months]
    return [
        "value", result.earliest.iso(), result.latest.iso(), result.precision, result.edtf,
        result.approximate, result.uncertain, result.part, result.is_range, result.time,
    ]  # fmt: skip


def _decode(entry: list[object]) -> DateValue | EventOffset | DateError:
    kind = entry[0]
    if kind == "refused":
        return DateRefused(str(entry[1]), entry[2])  # type: ignore[arg-type]
    if kind == "unreadable":
        return DateUnreadable(str(entry[1]), entry[2])  # type: ignore[arg-type]
    if kind == "offset":
        return EventOffset(str(entry[1]), int(entry[2]), int(entry[3]))  # type: ignore[call-overload]
    _, earliest, latest, precision, edtf, approximate, uncertain, part, is_range, time = entry
    return DateValue(
        parse_iso_day(str(earliest)), parse_iso_day(str(latest)), str(precision), str(edtf),
        bool(approximate), bool(uncertain), part, bool(is_range), time,  # type: ignore[arg-type]
    )  # fmt: skip


@dataclass
class DateCache:
    path: Path
    entries: dict[str, list[object]] = field(default_factory=dict)
    changed: bool = False
    _answers: dict[str, DateValue | EventOffset | DateError] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path) -> DateCache:
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            if stored.get("versions") == versions_key():
                return cls(path, stored["entries"])
        except (OSError, ValueError, KeyError, AttributeError):
            pass  # a missing or unreadable cache is an empty one
        return cls(path)

    def resolve(
        self, text: str, anchor: Day | None, language: str | None, date_order: str | None
    ) -> DateValue | EventOffset:
        key = (
            f"{text}\x1f{anchor.iso() if anchor else ''}\x1f{language or ''}\x1f{date_order or ''}"
        )
        answer = self._answers.get(key)
        if answer is None:
            entry = self.entries.get(key)
            if entry is not None:
                answer = _decode(entry)
            else:
                try:
                    answer = resolve(text, anchor, language, date_order)
                except DateError as error:
                    answer = error
                self.entries[key] = _encode(answer)
                self.changed = True
            self._answers[key] = answer
        if isinstance(answer, DateError):
            raise answer
        return answer

    def save(self) -> None:
        if self.changed:
            payload = {"versions": versions_key(), "entries": self.entries}
            _write_atomically(self.path, json.dumps(payload, ensure_ascii=False).encode())


Stamp = str


@dataclass
class FileCache:
    """Each event file's checked draft and problems, reused while the file's content is unchanged.

    It holds only what this tool wrote itself, under the project's cache folder.
    """

    path: Path
    entries: dict[str, tuple[Stamp, object, list[object]]] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def open(cls, path: Path) -> FileCache:
        key = _files_key()
        try:
            with path.open("rb") as stream, collection_paused():
                stored_key, entries = pickle.load(stream)
            if stored_key == key:
                return cls(path, entries)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            pass  # a missing, stale or unreadable cache is an empty one
        return cls(path)

    @staticmethod
    def stamp(data: bytes) -> Stamp:
        # The content's hash, not size and mtime: an edit within the same second that keeps
        # the size ("30 April" for "31 April") must not be served from the cache.
        return hashlib.blake2b(data, digest_size=16).hexdigest()

    def get(self, shown: str, stamp: Stamp) -> tuple[Any, list[Any]] | None:
        entry = self.entries.get(shown)
        if entry is None or entry[0] != stamp:
            return None
        return entry[1], entry[2]

    def put(self, shown: str, stamp: Stamp, draft: object, problems: list[Any]) -> None:
        self.entries[shown] = (stamp, draft, list(problems))
        self.changed = True

    def save(self) -> None:
        if self.changed:
            data = pickle.dumps((_files_key(), self.entries), protocol=pickle.HIGHEST_PROTOCOL)
            _write_atomically(self.path, data)


def _files_key() -> str:
    return versions_key(RULE_MODULES + CHECK_MODULES)
