"""A chronology in other formats: data (JSON, CSV), calendars (ICS), feeds (Atom, JSON Feed) and
TimelineJS3 (JSON and its spreadsheet's CSV).

Every writer is a pure function of the loaded chronology and the options: the same events give
the same bytes on any machine, at any time (no clock, no locale; dates that a format wants, such
as a calendar's DTSTAMP, come from the data or from SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterable, Iterator

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
    # `memo`: kept parts of each event (see EventTexts); writers that write few events ignore it.
    def __call__(
        self, chronology: Chronology, options: ExportOptions, memo: EventTexts[Any] | None = None
    ) -> bytes: ...


class Streamer(Protocol):
    # The file's bytes in pieces, in order: b"".join() of them is what the Writer gives.
    def __call__(
        self, chronology: Chronology, options: ExportOptions, memo: EventTexts[Any] | None = None
    ) -> Iterator[bytes]: ...


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str  # the file name's ending: ".json", ".csv", ".ics", ...
    media_type: str
    write: Writer
    # The formats that hold every event write their file in pieces too, so that a site build
    # writes it out without holding it whole: at 100,000 events one file is 100 MB and more.
    stream: Streamer | None = None

    def pieces(
        self, chronology: Chronology, options: ExportOptions, memo: EventTexts[Any] | None = None
    ) -> Iterator[bytes]:
        if self.stream is None:
            yield self.write(chronology, options, memo)
        else:
            yield from self.stream(chronology, options, memo)


def joined(stream: Streamer) -> Writer:
    """The Writer of a format written in pieces: its pieces joined."""

    def write(
        chronology: Chronology, options: ExportOptions, memo: EventTexts[Any] | None = None
    ) -> bytes:
        return b"".join(stream(chronology, options, memo))

    return write


def encoded(pieces: Iterable[str], encoding: str = "utf-8") -> Iterator[bytes]:
    return (piece.encode(encoding) for piece in pieces)


class EventTexts(Generic[Text]):
    """Each event's part of one format's files, kept for the next file and the next build.

    A part is reused while its event is the very same object and what else the part shows
    (`context`: the event's page URL, its storyline's title...) is equal. An edit in `serve`
    keeps every unchanged event's object (incremental.same_events), so a rebuild writes only
    the edited event's parts (#14); within one build, the whole chronology's file and its
    storyline's write an event once. One instance serves files of the same options but the
    storyline: whoever changes the options makes a new one.
    """

    def __init__(self) -> None:
        self._kept: dict[int, tuple[Event, Hashable, Text]] = {}
        self._used: dict[int, tuple[Event, Hashable, Text]] = {}
        self.written = 0  # parts written, not reused (for tests and benchmarks)

    def next_build(self) -> None:
        """Keep the parts the previous build used, forget the rest (memory stays flat)."""
        if self._used:
            self._kept, self._used = self._used, {}

    def text(self, event: Event, context: Hashable, write: Callable[[Event, Any], Text]) -> Text:
        # The key is the event's id(): safe, since every entry holds its event alive.
        key = id(event)
        found = self._used.get(key) or self._kept.get(key)
        if found is None or found[0] is not event or found[1] != context:
            found = (event, context, write(event, context))
            self.written += 1
        self._used[key] = found
        return found[2]


def event_texts(
    events: Iterable[Event],
    memo: EventTexts[Text] | None,
    context: Callable[[Event], Hashable],
    write: Callable[[Event, Any], Text],
) -> list[Text]:
    """`write(event, context(event))` for each event, in order; through `memo` when given."""
    if memo is None:
        return [write(event, context(event)) for event in events]
    return [memo.text(event, context(event), write) for event in events]


Result = TypeVar("Result")
_LAST_CHRONOLOGY: list[tuple[dict[Any, Any], list[Any]]] = []


def forget_last_chronology() -> None:
    """Let go of what `of_last_chronology` functions keep (a one-off build is done with it)."""
    for kept, seen in _LAST_CHRONOLOGY:
        kept.clear()
        seen.clear()


def of_last_chronology(
    function: Callable[[Chronology, Hashable], Result],
) -> Callable[[Chronology, Hashable], Result]:
    """`function(chronology, key)`, kept for the chronology it last saw (by identity), so that
    the 42 files of a site build work out what they share (the pages' URLs, the feeds' order)
    once. It holds that one chronology until another comes."""
    kept: dict[Hashable, Result] = {}
    seen: list[Chronology] = []
    _LAST_CHRONOLOGY.append((kept, seen))

    def once(chronology: Chronology, key: Hashable) -> Result:
        if not seen or seen[0] is not chronology:
            kept.clear()
            seen[:] = [chronology]
        if key not in kept:
            kept[key] = function(chronology, key)
        return kept[key]

    return once


def formats() -> dict[str, Format]:
    """Every export format by name, from the modules that write them."""
    from builder.exports import registry

    return {fmt.name: fmt for fmt in registry.FORMATS}
