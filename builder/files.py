"""Which files of an events folder are read, and reading them without trusting them.

A chronology takes contributions by pull request, so the folder is hostile until checked:
only regular files inside it are read (a link is followed only while it stays inside), never
more than an event file may hold, and nothing refused is ever opened or quoted. Hidden files
and folders (a leading '.') are not part of the chronology, as in git tools and site builders.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from builder.model import Problem

MAX_FILE_BYTES = 256 * 1024
MAX_EVENT_FILES = 200_000
MAX_FOLDER_DEPTH = 32
EVENT_SUFFIXES = (".yml", ".yaml")
STORYLINES_FILE = "storylines.yml"


@dataclass(frozen=True)
class EventFile:
    """One file to read: its path, and how messages name it."""

    path: Path
    shown: str


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def is_inside(path: str, folder: str) -> bool:
    """Whether `path` is `folder` or lies under it (both real, absolute paths)."""
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # another drive on Windows
        return False


def _is_event_name(name: str) -> bool:
    return name.lower().endswith(EVENT_SUFFIXES) and name != STORYLINES_FILE


def event_files(events_dir: Path, shown_dir: str) -> tuple[list[EventFile], list[Problem]]:
    """Every event file under `events_dir`, in a stable order, and what could not be taken.

    A link that stays inside the folder is followed: a file behind it is read as a file of
    its own, under the link's name (so a second name for one event is a duplicate id, reported
    at both). Links are followed once the folder itself has been read, so the link, not what it
    points to, is what gets reported when it leads out of the folder, or into a folder that is
    read already (a loop); nothing behind such a link is read.
    """
    root = os.path.realpath(events_dir)
    prefix = "" if shown_dir == "." else f"{shown_dir}/"
    found: list[EventFile] = []
    problems: list[Problem] = []
    seen_folders: dict[str, str] = {}
    links: list[tuple[os.DirEntry[str], str, int]] = []

    def problem(shown: str, message: str, hint: str | None = None) -> None:
        problems.append(Problem(shown, 1, 1, message, hint))

    def add_file(path: str, rel: str) -> None:
        found.append(EventFile(Path(path), prefix + rel))

    def walk(folder: str, rel: str, depth: int) -> None:
        real_folder = os.path.realpath(folder)
        shown = (prefix + rel).rstrip("/") or shown_dir
        if real_folder in seen_folders:
            problem(
                shown,
                f"this is a second way to the folder {seen_folders[real_folder]}, which is "
                "read already",
                "remove the link",
            )
            return
        if depth > MAX_FOLDER_DEPTH:
            problem(
                shown,
                f"folders are nested more than {MAX_FOLDER_DEPTH} levels deep here, the limit; "
                "this folder is not read",
                "keep storyline folders shallow",
            )
            return
        seen_folders[real_folder] = shown
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            problem(shown, f"cannot list the folder: {error.strerror}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                links.append((entry, f"{rel}{entry.name}", depth))
            elif entry.is_dir(follow_symlinks=False):
                walk(entry.path, f"{rel}{entry.name}/", depth + 1)
            elif _is_event_name(entry.name):
                add_file(entry.path, f"{rel}{entry.name}")

    def follow(entry: os.DirEntry[str], rel: str, depth: int) -> None:
        real = os.path.realpath(entry.path)
        if not is_inside(real, root):
            if _is_event_name(entry.name) or os.path.isdir(real):
                problem(prefix + rel, OUTSIDE, OUTSIDE_HINT)
        elif os.path.isdir(real):
            walk(entry.path, f"{rel}/", depth + 1)
        elif _is_event_name(entry.name):
            add_file(entry.path, rel)

    walk(str(events_dir), "", 0)
    while links:
        entry, rel, depth = links.pop(0)
        follow(entry, rel, depth)
    found.sort(key=lambda file: file.shown)
    if len(found) > MAX_EVENT_FILES:
        first_left_out = found[MAX_EVENT_FILES].shown
        problem(
            shown_dir,
            f"the events folder holds {len(found):,} event files; the limit is "
            f"{MAX_EVENT_FILES:,}, so those from {first_left_out} on are not read",
            "split the chronology into several",
        )
        del found[MAX_EVENT_FILES:]
    return found, problems


OUTSIDE = "this is a link to a file or folder outside the events folder; it is not read"
OUTSIDE_HINT = "keep event files inside the events folder, as files, not links"


def read_file(
    path: Path | str, shown: str, inside: Path | None = None
) -> tuple[bytes | None, list[Problem]]:
    """The bytes of a regular file, read at most to the size limit, or why it was not read.

    With `inside`, a file whose real place is outside that folder is refused. The file is
    opened without blocking and checked on the open descriptor, so a FIFO or a device put in a
    file's place is refused, never read from.
    """

    def refuse(message: str, hint: str | None = None) -> tuple[None, list[Problem]]:
        return None, [Problem(shown, 1, 1, message, hint)]

    if inside is not None and not is_inside(os.path.realpath(path), os.path.realpath(inside)):
        return refuse(OUTSIDE, OUTSIDE_HINT)

    try:
        status = os.stat(path)
    except FileNotFoundError:
        return refuse("this is a link to nothing (its target does not exist)", "remove it")
    except OSError as error:
        return refuse(f"cannot read the file: {error.strerror}")
    # Checked before opening too: a device is never even opened.
    mode = status.st_mode
    try:
        if not stat.S_ISREG(mode):
            raise NotRegularFile(mode)
        return read_bounded(path, MAX_FILE_BYTES), []
    except NotRegularFile as refused:
        return refuse(f"this is {_kind(refused.mode)}, not an event file; it is not read")
    except FileTooLarge as refused:
        return refuse(
            f"the file is {refused.size:,} bytes; event files are limited to {MAX_FILE_BYTES:,}",
            "split it: one event per file",
        )
    except OSError as error:
        return refuse(f"cannot read the file: {error.strerror}")


class NotRegularFile(Exception):
    def __init__(self, mode: int) -> None:
        super().__init__(_kind(mode))
        self.mode = mode


class FileTooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(f"{size:,} bytes")
        self.size = size


def read_bounded(path: Path | str, limit: int, *, follow_links: bool = True) -> bytes:
    """A regular file's bytes, never more than `limit` of them, from a file no one can swap.

    It is opened without blocking (a FIFO never hangs the run) and checked on the open
    descriptor, so a FIFO or a device put in a file's place is refused before a byte is read;
    a file that grows while being read is still cut at `limit`. Raises NotRegularFile,
    FileTooLarge, or OSError (with `follow_links` False, also for a symbolic link).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    if not follow_links:
        if not hasattr(os, "O_NOFOLLOW") and os.path.islink(path):  # pragma: no cover - Windows
            raise OSError(f"{path} is a symbolic link")
        flags |= getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags)
    try:
        opened = os.fstat(descriptor)
        if not stat.S_ISREG(opened.st_mode):
            raise NotRegularFile(opened.st_mode)
        if opened.st_size > limit:
            raise FileTooLarge(opened.st_size)
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLarge(len(data))
    return data
