"""A chronology in other formats: data (JSON, CSV), calendars (ICS), feeds (Atom, JSON Feed) and
TimelineJS3 (JSON and its spreadsheet's CSV).

Every writer is a pure function of the loaded chronology and the options: the same events give
the same bytes on any machine, at any time (no clock, no locale; dates that a format wants, such
as a calendar's DTSTAMP, come from the data or from SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from builder.model import Event
    from builder.pipeline import Chronology

Text = TypeVar("Text", str, bytes)


@dataclass(frozen=True)
class ExportOptions:
    site_url: str = ""  # the published site's address, for links and stable ids
    storyline: str | None = None  # only this storyline's events
    site_name: str = "Chronology"
    # How the site names its pages (MkDocs' use_directory_urls): events/x/ or events/x.html.
    directory_urls: bool = True


class Writer(Protocol):
    def __call__(self, chronology: Chronology, options: ExportOptions) -> bytes: ...


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str  # the file name's ending: ".json", ".csv", ".ics", ...
    media_type: str
    write: Writer


def event_texts(
    events: Iterable[Event], memo: dict[int, Text] | None, write: Callable[[Event], Text]
) -> list[Text]:
    """Each event's part of a file, in order. `memo`, when given, keeps each part for the next
    call: it must only be shared by calls for the same chronology and the same options but the
    storyline (as the files of one site build are), since the key is the event object itself
    (its `id()`), so that the whole chronology's file and its storyline's write an event once."""
    cache: dict[int, Text] = {} if memo is None else memo
    texts = []
    for event in events:
        text = cache.get(id(event))
        if text is None:
            text = cache[id(event)] = write(event)
        texts.append(text)
    return texts


def formats() -> dict[str, Format]:
    """Every export format by name, from the modules that write them."""
    from builder.exports import registry

    return {fmt.name: fmt for fmt in registry.FORMATS}
