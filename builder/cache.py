"""A persistent cache of resolved dates, so re-checking unchanged events costs a dictionary lookup.

Entries are keyed by text, anchor, language and date order; the whole file is keyed by the
versions that decide a date's meaning (the rules' source, dateparser's version), so changing
either starts it afresh rather than serving stale answers.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path

from builder.calendar import Day, parse_iso_day
from builder.dates import DateError, DateRefused, DateUnreadable, EventOffset, resolve
from builder.model import DateValue

RULE_MODULES = ("calendar.py", "dates.py", "edtf.py", "languages.py")


@cache
def versions_key() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in RULE_MODULES:
        digest.update((here / name).read_bytes())
    digest.update(metadata.version("dateparser").encode())
    return digest.hexdigest()[:16]


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
        entry = self.entries.get(key)
        if entry is None:
            try:
                result: DateValue | EventOffset | DateError = resolve(
                    text, anchor, language, date_order
                )
            except DateError as error:
                result = error
            entry = self.entries[key] = _encode(result)
            self.changed = True
        decoded = _decode(entry)
        if isinstance(decoded, DateError):
            raise decoded
        return decoded

    def save(self) -> None:
        if not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            payload = {"versions": versions_key(), "entries": self.entries}
            temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.path)  # never a half-written cache
        except OSError:
            pass  # a cache that cannot be written only costs time
