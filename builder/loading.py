"""YAML files to plain data, with the line and column of every value.

Only YAML's plain data survives: mappings, sequences and scalars. Custom tags, anchors and
aliases (the way alias bombs blow up), duplicate keys and oversized files are problems reported
at their place, never exceptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import yaml

from builder.model import Problem

if TYPE_CHECKING:
    from collections.abc import Iterator

try:  # the C parser is ~10x faster; the pure-Python one gives the same events
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

# An event file needs four levels and a few hundred values; these caps stop a file built to
# exhaust the stack or the problem list, and are reported as problems naming the limit.
MAX_DEPTH = 16
MAX_VALUES = 5_000
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


@dataclass(frozen=True, slots=True)
class Document:
    """One YAML file's data, and where each value (and each mapping key) stands in it.

    `plain_scalars` keeps, for each unquoted value that YAML 1.1 or 1.2 reads as something
    other than text, its kind ("boolean", "integer", "number", "date", "null") and the text as written:
    `title: no` is the boolean False in the data and ("boolean", "no") here, so a field that
    wants text can say "quote it" instead of publishing "False".
    """

    path: str
    data: object
    positions: dict[KeyPath, tuple[int, int]]
    key_positions: dict[KeyPath, tuple[int, int]]
    plain_scalars: dict[KeyPath, tuple[str, str]] = field(default_factory=dict)
    text: str = ""  # the file as read; places are found again in it when they were let go

    def where(self, key_path: KeyPath) -> tuple[int, int]:
        """The position of a value, else of its nearest enclosing value."""
        positions = self.positions or self._placed().positions
        while key_path not in positions and key_path:
            key_path = key_path[:-1]
        return positions.get(key_path, (1, 1))

    def key_where(self, key_path: KeyPath) -> tuple[int, int]:
        key_positions = self.key_positions or self._placed().key_positions
        return key_positions.get(key_path) or self.where(key_path)

    def problem(self, key_path: KeyPath, message: str, hint: str | None = None) -> Problem:
        line, column = self.where(key_path)
        return Problem(self.path, line, column, message, hint)

    def kept_for_later(self) -> Document:
        """What later stages read once the file's own checks are done: its path, its text and
        whether it gives an `id:`.

        A chronology holds every event's draft at once until its dates are resolved, and the
        parsed file with the place of every value was most of that memory (1.5 GB at 100,000
        events). A problem found later (a duplicate id, a date) is rare: its place is found
        again by reading the text once more, the same places as the first reading gave.
        """
        data = _GIVES_ID if isinstance(self.data, dict) and "id" in self.data else _NO_ID
        return Document(self.path, data, {}, {}, _NO_READINGS, self.text)

    def _placed(self) -> Document:
        """The places of every value, read again from the text (and kept, for the next one)."""
        document, _ = load_text(self.text, self.path) if self.text else (None, [])
        if document is not None:
            self.positions.update(document.positions)
            self.key_positions.update(document.key_positions)
        return self


# Shared by every kept document, and never changed: the data later stages look at (`"id" in
# data`) and the plain-scalar readings no stage needs after the file's own checks.
_GIVES_ID: dict[str, object] = {"id": None}
_NO_ID: dict[str, object] = {}
_NO_READINGS: dict[KeyPath, tuple[str, str]] = {}


def decode(data: bytes, shown_as: str) -> tuple[str | None, list[Problem]]:
    try:
        # A byte order mark is how some editors start UTF-8; it is not part of the text.
        return data.decode("utf-8").removeprefix("\ufeff"), []
    except UnicodeDecodeError as error:
        line, column = _place(data[: error.start].decode("utf-8", "replace"))
        message = f"the file is not UTF-8 text ({error.reason})"
        return None, [Problem(shown_as, line, column, message, "save it as UTF-8")]


def _place(before: str) -> tuple[int, int]:
    """The line and column of the character that follows `before`."""
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def load_text(text: str, shown_as: str) -> tuple[Document | None, list[Problem]]:
    builder = _Builder(shown_as)
    try:
        data = builder.stream(yaml.parse(text, Loader=SafeLoader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"this is not valid YAML: {error.problem or error.context}"
        hint = "check indentation, and quote text that contains ': ' or starts with a symbol"
        return None, [*builder.problems, Problem(shown_as, line, column, message, hint)]
    except yaml.reader.ReaderError as error:
        # A character YAML does not allow raw (a control character such as ESC): placed by its
        # position, and named, never echoed (it could drive the terminal that shows it).
        code = error.character if isinstance(error.character, int) else ord(error.character)
        # libyaml counts UTF-8 bytes, the pure-Python reader characters.
        before = text.encode()[: error.position].decode(errors="ignore")
        if text[len(before) : len(before) + 1] != chr(code):
            before = text[: error.position]
        line, column = _place(before)
        message = f"the character U+{code:04X} is not allowed raw in YAML"
        hint = "delete it; to keep a special character, write it as an escape in double quotes"
        return None, [*builder.problems, Problem(shown_as, line, column, message, hint)]
    except yaml.YAMLError as error:
        return None, [
            *builder.problems,
            Problem(shown_as, 1, 1, f"this is not valid YAML: {error}"),
        ]
    except _TooMuch:
        return None, builder.problems
    if builder.problems:
        return None, builder.problems
    if data is _EMPTY:
        return None, [Problem(shown_as, 1, 1, "the file is empty", "describe one event in it")]
    document = Document(
        shown_as, data, builder.positions, builder.key_positions, builder.plain_scalars, text
    )
    return document, []


_EMPTY = object()
_RESOLVER = yaml.resolver.Resolver()
SCALAR_KINDS = {
    "tag:yaml.org,2002:bool": "boolean",
    "tag:yaml.org,2002:int": "integer",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "date",
}


# Editors check event files against the JSON Schema with YAML 1.2, which reads a few plain
# words differently from PyYAML's YAML 1.1: 0o17 is a number there, text here. A value either
# reads as a non-text is one a text field refuses, so the editor and validate always agree.
_YAML_1_2_SCALAR = re.compile(
    r"^(?:(?P<integer>[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+))"
    r"|(?P<number>[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))"
    r"|(?P<boolean>true|True|TRUE|false|False|FALSE)"
    r"|(?P<null>~|null|Null|NULL|))$"
)

_YAML_1_2_FIRST = frozenset("0123456789+-.~tTfFnN")  # what such a scalar can start with


def _yaml_1_2_kind(text: str) -> str | None:
    if text and text[0] not in _YAML_1_2_FIRST:  # most text: no regex to run
        return None
    found = _YAML_1_2_SCALAR.match(text)
    return found.lastgroup if found else None


class _TooMuch(Exception):
    """A cap was reached; the problem naming it is recorded, and the file is read no further."""


class _Builder:
    """Plain data from the parser's events in one pass: values, their places, and problems.

    Built from events rather than composed nodes so that anchors and aliases are seen (and
    refused) in the same pass, and an alias bomb is never expanded.
    """

    def __init__(self, shown_as: str) -> None:
        self.shown_as = shown_as
        self.positions: dict[KeyPath, tuple[int, int]] = {}
        self.key_positions: dict[KeyPath, tuple[int, int]] = {}
        self.plain_scalars: dict[KeyPath, tuple[str, str]] = {}
        self.problems: list[Problem] = []
        self.values = 0

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
                data = self.value(events, next(events), (), 0)
        return data

    def _problem(self, event: yaml.Event, message: str, hint: str | None = None) -> None:
        mark = event.start_mark
        self.problems.append(Problem(self.shown_as, mark.line + 1, mark.column + 1, message, hint))

    def value(
        self, events: Iterator[yaml.Event], event: yaml.Event, key_path: KeyPath | None, depth: int
    ) -> object:
        """The value that starts with `event`, its place recorded under `key_path` (None: a key)."""
        self.values += 1
        if self.values > MAX_VALUES:
            self._problem(
                event,
                f"the file holds more than {MAX_VALUES:,} values, the limit for an event file",
                "one event per file: an event needs far fewer",
            )
            raise _TooMuch
        if depth > MAX_DEPTH:
            self._problem(
                event,
                f"values are nested more than {MAX_DEPTH} levels deep here, the limit",
                "an event file needs four levels at most: check the brackets and indentation",
            )
            raise _TooMuch
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
            if key_path is not None and not event.style:
                kind = SCALAR_KINDS.get(tag) or _yaml_1_2_kind(event.value)
                if kind is not None:
                    self.plain_scalars[key_path] = (kind, event.value)
        elif isinstance(event, yaml.SequenceStartEvent):
            tag = "tag:yaml.org,2002:seq" if tag is None or tag == "!" else tag
            result = self._sequence(events, key_path, depth)
        else:
            tag = "tag:yaml.org,2002:map" if tag is None or tag == "!" else tag
            result = self._mapping(events, key_path, depth)
        if tag not in PLAIN_TAGS:
            self._problem(
                event,
                f"the YAML tag {tag!r} is not allowed in event files",
                "remove the tag: event files hold plain text, numbers, lists and mappings",
            )
            return None
        return result

    def _sequence(
        self, events: Iterator[yaml.Event], key_path: KeyPath | None, depth: int
    ) -> list[object]:
        items: list[object] = []
        for event in events:
            if isinstance(event, yaml.SequenceEndEvent):
                break
            item_path = None if key_path is None else (*key_path, len(items))
            items.append(self.value(events, event, item_path, depth + 1))
        return items

    def _mapping(
        self, events: Iterator[yaml.Event], key_path: KeyPath | None, depth: int
    ) -> dict[str, object]:
        result: dict[str, object] = {}
        for key_event in events:
            if isinstance(key_event, yaml.MappingEndEvent):
                break
            key = self.value(events, key_event, None, depth + 1)
            # A key is a name: `no:` is the field "no", as written, not the boolean False.
            name = key_event.value if isinstance(key_event, yaml.ScalarEvent) else str(key)
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
                result[name] = self.value(
                    events, value_event, None if key_path is None else where, depth + 1
                )
                continue
            self.value(events, value_event, None, depth + 1)  # read past a refused key's value
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
