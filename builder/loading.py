"""YAML files to plain data, with the line and column of every value.

Only YAML's plain data survives: mappings, sequences and scalars. Custom tags, anchors and
aliases (the way alias bombs blow up), duplicate keys and oversized files are problems reported
at their place, never exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml

from builder.model import Problem

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

try:  # the C parser is ~10x faster; the pure-Python one gives the same events
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

MAX_FILE_BYTES = 256 * 1024
KeyPath = tuple[str | int, ...]
PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


@dataclass(frozen=True)
class Document:
    """One YAML file's data, and where each value (and each mapping key) stands in it."""

    path: str
    data: object
    positions: dict[KeyPath, tuple[int, int]]
    key_positions: dict[KeyPath, tuple[int, int]]

    def where(self, key_path: KeyPath) -> tuple[int, int]:
        """The position of a value, else of its nearest enclosing value."""
        while key_path not in self.positions and key_path:
            key_path = key_path[:-1]
        return self.positions.get(key_path, (1, 1))

    def key_where(self, key_path: KeyPath) -> tuple[int, int]:
        return self.key_positions.get(key_path) or self.where(key_path)

    def problem(self, key_path: KeyPath, message: str, hint: str | None = None) -> Problem:
        line, column = self.where(key_path)
        return Problem(self.path, line, column, message, hint)


def read_bytes(path: Path, shown_as: str) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, unless it is larger than an event file may be or cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [
                Problem(
                    shown_as,
                    1,
                    1,
                    f"the file is {size:,} bytes; event files are limited to {MAX_FILE_BYTES:,}",
                    "split it: one event per file",
                )
            ]
        return path.read_bytes(), []
    except OSError as error:
        return None, [Problem(shown_as, 1, 1, f"cannot read the file: {error.strerror}")]


def decode(data: bytes, shown_as: str) -> tuple[str | None, list[Problem]]:
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        return None, [Problem(shown_as, 1, 1, f"the file is not UTF-8 text ({error.reason})")]


def read_text(path: Path, shown_as: str) -> tuple[str | None, list[Problem]]:
    data, problems = read_bytes(path, shown_as)
    return (None, problems) if data is None else decode(data, shown_as)


def load_file(path: Path, shown_as: str) -> tuple[Document | None, list[Problem]]:
    text, problems = read_text(path, shown_as)
    if text is None:
        return None, problems
    return load_text(text, shown_as)


def load_text(text: str, shown_as: str) -> tuple[Document | None, list[Problem]]:
    builder = _Builder(shown_as)
    try:
        data = builder.stream(yaml.parse(text, Loader=SafeLoader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"this is not valid YAML: {error.problem or error.context}"
        hint = "check indentation, and quote text that contains ': ' or starts with a symbol"
        return None, [Problem(shown_as, line, column, message, hint)]
    except yaml.YAMLError as error:
        return None, [Problem(shown_as, 1, 1, f"this is not valid YAML: {error}")]
    if builder.problems:
        return None, builder.problems
    if data is _EMPTY:
        return None, [Problem(shown_as, 1, 1, "the file is empty", "describe one event in it")]
    return Document(shown_as, data, builder.positions, builder.key_positions), []


_EMPTY = object()
_RESOLVER = yaml.resolver.Resolver()


class _Builder:
    """Plain data from the parser's events in one pass: values, their places, and problems.

    Built from events rather than composed nodes so that anchors and aliases are seen (and
    refused) in the same pass, and an alias bomb is never expanded.
    """

    def __init__(self, shown_as: str) -> None:
        self.shown_as = shown_as
        self.positions: dict[KeyPath, tuple[int, int]] = {}
        self.key_positions: dict[KeyPath, tuple[int, int]] = {}
        self.problems: list[Problem] = []

    def stream(self, events: Iterator[yaml.Event]) -> object:
        """The one document in the stream, or _EMPTY when there is none."""
        data: object = _EMPTY
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                if data is not _EMPTY:
                    self._problem(
                        event,
                        "a second YAML document starts here ('---')",
                        "keep one event per file: move this one into a file of its own",
                    )
                    break
                data = self.value(events, next(events), ())
        return data

    def _problem(self, event: yaml.Event, message: str, hint: str | None = None) -> None:
        mark = event.start_mark
        self.problems.append(Problem(self.shown_as, mark.line + 1, mark.column + 1, message, hint))

    def value(
        self, events: Iterator[yaml.Event], event: yaml.Event, key_path: KeyPath | None
    ) -> object:
        """The value that starts with `event`, its place recorded under `key_path` (None: a key)."""
        if key_path is not None:
            self.positions[key_path] = (event.start_mark.line + 1, event.start_mark.column + 1)
        if isinstance(event, yaml.AliasEvent) or event.anchor is not None:
            self._problem(
                event,
                "YAML anchors and aliases (&name, *name) are not allowed in event files",
                "write the value out in full",
            )
        if isinstance(event, yaml.AliasEvent):
            return None
        tag = event.tag
        if isinstance(event, yaml.ScalarEvent):
            if tag is None or tag == "!":
                tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
            result: object = _scalar(tag, event)
        elif isinstance(event, yaml.SequenceStartEvent):
            tag = "tag:yaml.org,2002:seq" if tag is None or tag == "!" else tag
            result = self._sequence(events, key_path)
        else:
            tag = "tag:yaml.org,2002:map" if tag is None or tag == "!" else tag
            result = self._mapping(events, key_path)
        if tag not in PLAIN_TAGS:
            self._problem(
                event,
                f"the YAML tag {tag!r} is not allowed in event files",
                "remove the tag: event files hold plain text, numbers, lists and mappings",
            )
            return None
        return result

    def _sequence(self, events: Iterator[yaml.Event], key_path: KeyPath | None) -> list[object]:
        items: list[object] = []
        for event in events:
            if isinstance(event, yaml.SequenceEndEvent):
                break
            item_path = None if key_path is None else (*key_path, len(items))
            items.append(self.value(events, event, item_path))
        return items

    def _mapping(self, events: Iterator[yaml.Event], key_path: KeyPath | None) -> dict[str, object]:
        result: dict[str, object] = {}
        for key_event in events:
            if isinstance(key_event, yaml.MappingEndEvent):
                break
            name = str(self.value(events, key_event, None))
            value_event = next(events)
            # The insides of a refused key (key_path None) are checked but never looked up.
            where = (*(key_path or ()), name)
            if not isinstance(key_event, yaml.ScalarEvent):
                self._problem(key_event, "a mapping key must be plain text")
            elif name in result:
                first_line = self.key_positions[where][0]
                self._problem(
                    key_event,
                    f"the field {name!r} is given twice (first on line {first_line})",
                    "keep one of them",
                )
            else:
                mark = key_event.start_mark
                self.key_positions[where] = (mark.line + 1, mark.column + 1)
                result[name] = self.value(events, value_event, None if key_path is None else where)
                continue
            self.value(events, value_event, None)  # read past the value of a refused key
        return result


def _scalar(tag: str, event: yaml.ScalarEvent) -> object:
    # Dates stay text: each field decides how to read its own value.
    value = event.value
    if event.style:  # quoted or block text is text, whatever it looks like
        return value
    if tag == "tag:yaml.org,2002:int":
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() in ("true", "yes", "on")
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:float":
        try:
            return float(value)
        except ValueError:
            return value
    return value
