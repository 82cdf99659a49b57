"""The pipeline's values: frozen, so every stage is a pure function of the one before."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from builder.media import is_image, media_host

if TYPE_CHECKING:
    from builder.calendar import Day

PRECISIONS = ("century", "decade", "year", "season", "quarter", "month", "week", "day", "minute")
# `scheduled`: the sources announced the event ahead, so it may be dated after all of them.
STATUSES = ("reported", "confirmed", "disputed", "denied", "retracted", "scheduled")


@dataclass(frozen=True, slots=True)
class DateValue:
    """What a date expression means: inclusive bounds and how precise they are."""

    earliest: Day
    latest: Day
    precision: str
    edtf: str
    approximate: bool = False
    uncertain: bool = False
    part: str | None = None  # "early", "mid", "late", "first half", ... of the period
    is_range: bool = False
    time: str | None = None  # "14:30" or "14:30+03:00", with minute precision
    # The calendar the text was written in ("hijri", "hebrew", "persian"; None: Gregorian), and
    # the date as read in it ("11 Shawwal 1446 AH"); the bounds above are always Gregorian.
    calendar: str | None = None
    calendar_date: str | None = None

    def overlaps(self, other: DateValue) -> bool:
        return self.earliest <= other.latest and other.earliest <= self.latest


@dataclass(frozen=True, slots=True)
class Anchor:
    """The day a relative date was resolved against, and where that day came from."""

    day: Day
    origin: str  # "source", "anchor" (given explicitly) or "event"
    name: str = ""  # the source's publisher, or the event's id

    @property
    def label(self) -> str:
        """Where the anchor came from, for readers: "Reuters, published 2025-04-10"."""
        if self.origin == "source":
            return f"{self.name}, published {self.day.iso()}"
        if self.origin == "event":
            return f"@{self.name}"
        return f"anchor {self.day.iso()}"


@dataclass(frozen=True, slots=True)
class EventDate:
    """A resolved date with its evidence: the words it was read from and what they were read against."""

    text: str
    value: DateValue
    anchor: Anchor | None = None
    language: str | None = None

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (
            self.value.earliest.number,
            self.value.latest.number,
            -PRECISIONS.index(self.value.precision),
        )


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input, placed where an editor can fix it."""

    path: str
    line: int
    column: int
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}:{self.column}: error: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


@dataclass(frozen=True, slots=True)
class Source:
    publisher: str
    url: str
    title: str
    published: Day
    language: str | None = None
    quote: str | None = None
    date: EventDate | None = None  # what this source says the date is
    date_error: str | None = None  # why an editor judged that claim the source's own error


@dataclass(frozen=True, slots=True)
class Media:
    """A picture or page that illustrates an event, with who made it; shown as a link or an image,
    never embedded. One per event, as TimelineJS has one per slide."""

    url: str  # an http(s) address, checked like a source's
    credit: str | None = None
    caption: str | None = None
    alt: str | None = None  # what the image shows, for readers who cannot see it

    @property
    def is_image(self) -> bool:
        return is_image(self.url)

    @property
    def host(self) -> str:
        return media_host(self.url)


@dataclass(frozen=True, slots=True)
class Update:
    day: Day
    note: str


@dataclass(frozen=True, slots=True)
class Storyline:
    id: str
    title: str
    description: str
    path: str = ""


@dataclass(frozen=True, slots=True)
class DateClaim:
    """A source's own reading of the date, kept when sources disagree or an editor judged it."""

    source: Source
    date: EventDate

    @property
    def judged_error(self) -> bool:
        return self.source.date_error is not None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    date: EventDate
    sources: tuple[Source, ...]
    path: str
    end: EventDate | None = None
    summary: str = ""
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    storyline: str | None = None
    related: tuple[str, ...] = ()
    status: str = "reported"
    updates: tuple[Update, ...] = ()
    disputed_dates: tuple[DateClaim, ...] = field(default=())
    judged_dates: tuple[DateClaim, ...] = ()  # claims an editor judged a source's error
    media: Media | None = None

    @property
    def disputed(self) -> bool:
        return bool(self.disputed_dates) or self.status == "disputed"

    @property
    def sort_key(self) -> tuple[tuple[int, int, int], str]:
        return (self.date.sort_key, self.id)
