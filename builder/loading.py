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
    from pathlib import Path

try:  # the C loader is ~10x faster; the pure-Python one gives the same nodes
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
    if "&" in text or "*" in text:
        problems = _anchor_problems(text, shown_as)
        if problems:
            return None, problems
    try:
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"this is not valid YAML: {error.problem or error.context}"
        hint = "check indentation, and quote text that contains ': ' or starts with a symbol"
        return None, [Problem(shown_as, line, column, message, hint)]
    except yaml.YAMLError as error:
        return None, [Problem(shown_as, 1, 1, f"this is not valid YAML: {error}")]
    if node is None:
        return None, [Problem(shown_as, 1, 1, "the file is empty", "describe one event in it")]
    builder = _Builder(shown_as)
    data = builder.value(node, ())
    if builder.problems:
        return None, builder.problems
    return Document(shown_as, data, builder.positions, builder.key_positions), []


def _anchor_problems(text: str, shown_as: str) -> list[Problem]:
    problems = []
    try:
        for token in yaml.scan(text, Loader=SafeLoader):
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                mark = token.start_mark
                problems.append(
                    Problem(
                        shown_as,
                        mark.line + 1,
                        mark.column + 1,
                        "YAML anchors and aliases (&name, *name) are not allowed in event files",
                        "write the value out in full",
                    )
                )
    except yaml.YAMLError:
        return []  # compose reports the syntax error with its place
    return problems


class _Builder:
    def __init__(self, shown_as: str) -> None:
        self.shown_as = shown_as
        self.positions: dict[KeyPath, tuple[int, int]] = {}
        self.key_positions: dict[KeyPath, tuple[int, int]] = {}
        self.problems: list[Problem] = []

    def _at(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1

    def value(self, node: yaml.Node, key_path: KeyPath) -> object:
        self.positions[key_path] = self._at(node)
        if node.tag not in PLAIN_TAGS:
            line, column = self._at(node)
            self.problems.append(
                Problem(
                    self.shown_as,
                    line,
                    column,
                    f"the YAML tag {node.tag!r} is not allowed in event files",
                    "remove the tag: event files hold plain text, numbers, lists and mappings",
                )
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, key_path)
        if isinstance(node, yaml.SequenceNode):
            return [self.value(item, (*key_path, i)) for i, item in enumerate(node.value)]
        return _scalar(node)

    def _mapping(self, node: yaml.MappingNode, key_path: KeyPath) -> dict[str, object]:
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else None
            line, column = self._at(key_node)
            if key is None:
                self.problems.append(
                    Problem(self.shown_as, line, column, "a mapping key must be plain text")
                )
                continue
            if key in result:
                first_line = self.key_positions[(*key_path, key)][0]
                self.problems.append(
                    Problem(
                        self.shown_as,
                        line,
                        column,
                        f"the field {key!r} is given twice (first on line {first_line})",
                        "keep one of them",
                    )
                )
                continue
            self.key_positions[(*key_path, key)] = (line, column)
            result[key] = self.value(value_node, (*key_path, key))
        return result


def _scalar(node: yaml.ScalarNode) -> object:
    # Dates stay text: each field decides how to read its own value.
    value = node.value
    if node.tag == "tag:yaml.org,2002:int" and not node.style:
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if node.tag == "tag:yaml.org,2002:bool" and not node.style:
        return value.lower() in ("true", "yes", "on")
    if node.tag == "tag:yaml.org,2002:null" and not node.style:
        return None
    if node.tag == "tag:yaml.org,2002:float" and not node.style:
        try:
            return float(value)
        except ValueError:
            return value
    return value
