"""What `chronology validate` found last time, reused while no input has changed.

A folder's problems (and its count of events) are a pure function of its files, of how they
are named in messages (the current folder), and of this package's code: when none of these has
changed since the last run, the answer is the last run's. That is decided in two steps:

- The files' names and stats (size, modification and change times in nanoseconds, inode): a
  stat per file, the cheap check that lets an unchanged folder of 100,000 events be validated
  in about a second. A file changed within two seconds of the run that stored the answer could
  change again without its stat showing it (the clock's tick), so such a run stores no stat
  key: the next one reads the contents (as git does with "racily clean" files).
- The files' contents, read and hashed, when the stats differ: a checkout that touched every
  file without changing it, or a file saved again as it was, still needs no re-check.

Anything else (a file edited, added, removed or renamed, storylines.yml, another version of
this package or of the libraries that decide dates) checks the folder afresh, so cross-file
problems (duplicate ids, references, spellings, dates read from other events) are always those
of a fresh run. The answer is kept, like the date cache, as signed JSON data in this user's
cache folder (builder/cache.py): never code, never trusted unless this user's runs wrote it.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from builder.cache import CacheStore, collection_paused, versions_key
from builder.files import STORYLINES_FILE, EventFile, event_files, read_file
from builder.model import Problem

if TYPE_CHECKING:
    from pathlib import Path

NAME = "problems"
# A file modified this close to the run that stored the answer may change again unseen.
RACY_NANOSECONDS = 2_000_000_000


@cache
def problems_versions() -> str:
    """Every module of the package, and the libraries that decide dates: any change re-checks."""
    return f"{versions_key(('',))}-{sys.version_info[:3]}"  # and Python's (Unicode data)


@dataclass(frozen=True)
class Inputs:
    """What a folder's problems depend on, reduced to two keys."""

    stat_key: str | None  # None when a file changed too recently for its stat to be trusted
    files: tuple[tuple[str, str], ...]  # (path, shown) of what is read, in order
    head: bytes  # the listing, its problems and the storylines file's place, for both keys

    def content_key(self) -> str:
        digest = hashlib.sha256(self.head)
        for path, shown in self.files:
            data, problems = read_file(path, shown)
            digest.update(shown.encode("utf-8", "surrogateescape") + b"\0")
            if data is None:
                digest.update(b"!" + "\n".join(map(str, problems)).encode("utf-8", "replace"))
            else:
                digest.update(b"=%d\0" % len(data) + data)
        return digest.hexdigest()


def inputs(events_dir: Path, shown_dir: str) -> Inputs:
    """The keys of `events_dir` as the pipeline would read it, naming files under `shown_dir`."""
    started = time.time_ns()
    files, listing_problems = event_files(events_dir, shown_dir)
    storylines = events_dir / STORYLINES_FILE
    if os.path.lexists(storylines):
        files.append(EventFile(storylines, f"{shown_dir}/{STORYLINES_FILE}"))
    head = hashlib.sha256()
    head.update(shown_dir.encode("utf-8", "surrogateescape") + b"\0")
    for problem in listing_problems:
        head.update(str(problem).encode("utf-8", "replace") + b"\0")
    stats = hashlib.sha256()
    racy = False
    for file in files:
        head.update(file.shown.encode("utf-8", "surrogateescape") + b"\0")
        try:
            info = os.stat(file.path)
            # The change time too: no tool sets it back, as `touch -d` or an archive can the
            # modification time of a file whose contents changed.
            line = (f"{info.st_size} {info.st_mtime_ns} {info.st_ctime_ns} {info.st_ino} "
                    f"{info.st_mode}\n")  # fmt: skip
            racy = racy or info.st_mtime_ns > started - RACY_NANOSECONDS
        except OSError as error:
            line = f"! {error.errno}\n"
        stats.update(line.encode())
    stats.update(head.digest())
    return Inputs(
        None if racy else stats.hexdigest(),
        tuple((str(file.path), file.shown) for file in files),
        head.digest(),
    )


@dataclass(frozen=True)
class Checked:
    problems: tuple[Problem, ...]
    count: int  # events checked


def _decode(body: object) -> tuple[str | None, str, Checked] | None:
    """The stored answer, or None unless it is exactly of the shape `_encode` writes."""
    if type(body) is not dict or set(body) != {"stat", "content", "count", "problems"}:
        return None
    stat_key, content_key, count, rows = (body[k] for k in ("stat", "content", "count", "problems"))
    if not isinstance(stat_key, (str, type(None))) or type(content_key) is not str:
        return None
    if type(count) is not int or type(rows) is not list:
        return None
    problems = []
    for row in rows:
        if type(row) is not list or len(row) != 5:
            return None
        path, line, column, message, hint = row
        if type(path) is not str or type(line) is not int or type(column) is not int:
            return None
        if type(message) is not str or not isinstance(hint, (str, type(None))):
            return None
        problems.append(Problem(path, line, column, message, hint))
    return stat_key, content_key, Checked(tuple(problems), count)


def _encode(stat_key: str | None, content_key: str, checked: Checked) -> dict[str, object]:
    rows = [[p.path, p.line, p.column, p.message, p.hint] for p in checked.problems]
    return {"stat": stat_key, "content": content_key, "count": checked.count, "problems": rows}


@dataclass
class ProblemsCache:
    """The last answer for one events folder, and the keys of the folder as it is now."""

    store: CacheStore
    now: Inputs
    stored: tuple[str | None, str, Checked] | None
    _content_key: str | None = None

    @classmethod
    def open(cls, store: CacheStore, events_dir: Path, shown_dir: str) -> ProblemsCache:
        with collection_paused():
            stored = _decode(store.load(NAME, problems_versions()))
        return cls(store, inputs(events_dir, shown_dir), stored)

    def content_key(self) -> str:
        if self._content_key is None:
            self._content_key = self.now.content_key()
        return self._content_key

    def lookup(self) -> Checked | None:
        """The last answer, when the folder is as it was then."""
        stat_key = self.now.stat_key
        if self.stored is not None and stat_key is not None and stat_key == self.stored[0]:
            return self.stored[2]
        if self.stored is None and stat_key is not None:
            return None  # nothing to compare with; `save` can rely on the stats
        if self.content_key() != (self.stored[1] if self.stored else None):
            return None
        assert self.stored is not None
        self._save(stat_key, self.stored[2])  # the next run can trust the stats again
        return self.stored[2]

    def save(self, checked: Checked, events_dir: Path, shown_dir: str) -> None:
        """Store this run's answer under the keys taken before the files were read, unless a
        file changed while the run read them (then the next run checks afresh)."""
        after = inputs(events_dir, shown_dir)
        if after.stat_key is not None and after.stat_key == self.now.stat_key:
            self._save(self.now.stat_key, checked)  # no file changed: contents read now are those
        elif self._content_key is not None and after.content_key() == self._content_key:
            self._save(None, checked)  # changed too recently for the stats to be trusted

    def _save(self, stat_key: str | None, checked: Checked) -> None:
        body = _encode(stat_key, self.content_key(), checked)
        self.store.save(NAME, problems_versions(), body)
