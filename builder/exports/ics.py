"""The chronology as an iCalendar file (RFC 5545), written with `icalendar`.

Every event is an all-day VEVENT over the days it may have happened: `DTSTART;VALUE=DATE` on its
first day and an exclusive `DTEND` on the day after its last, so a day is one day long, a span
runs to the day after its last day, and a week, month or season covers all of its days (its
precision and EDTF are in the DESCRIPTION). An event read to the minute with a UTC offset
("14:30+03:00") is a DATE-TIME in UTC instead; without an offset its time is only in the text,
since a floating time would move with each reader's time zone. Years before 1 have no iCalendar
date and are left out.

The file is a function of the data alone: UIDs are the event id at the site's host, DTSTAMP is
the latest day the event's sources were published or it was updated (UTC midnight), and the
properties are written in one order, so the same events give the same bytes on any machine.

How it is written: `write_ics` writes the content lines itself (RFC 5545 TEXT escaping of
backslash, semicolon, comma and line breaks, the VALUE=DATE parameter, folding before a line
would reach 75 octets, never inside a UTF-8 character nor after a lone escaping backslash, CRLF
line ends), because building `icalendar` objects and calling `to_ical()` took most of a site
build's export time (#14). Its bytes are exactly `write_ics_with_icalendar`'s, which builds the
same calendar with `icalendar`, the maintained library, and is the reference: the tests assert
byte equality between the two (the flagship, the test fixtures, hostile and random text), parse
every line written with `icalendar` and check each value read back. Any change to what is
written goes into both, and the tests say when they part.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast
from urllib.parse import urlsplit

from builder.display import (
    calendar_note,
    date_text,
    day_text,
    isolated,
    qualifiers,
    value_text,
)
from builder.exports import (
    EventTexts,
    ExportOptions,
    Format,
    event_texts,
    joined,
    of_last_chronology,
)
from builder.names import page_names
from builder.urls import safe_url

if TYPE_CHECKING:
    from collections.abc import Hashable, Iterator

    from builder.calendar import Day
    from builder.model import Event, EventDate
    from builder.pipeline import Chronology

PRODID = "-//chronology-builder//Chronology export//EN"
UID_HOST = "chronology"  # a UID's right-hand side when the site has no URL


def site_root(options: ExportOptions) -> str | None:
    """The site's address ending in "/", or None when there is none (or it is no http(s) URL)."""
    url = safe_url(options.site_url.strip())
    if url is None:
        return None
    return url if url.endswith("/") else url + "/"


def site_host(options: ExportOptions) -> str:
    root = site_root(options)
    host = urlsplit(root).hostname if root else None
    return host or UID_HOST


def selected(chronology: Chronology, options: ExportOptions) -> tuple[Event, ...]:
    """The events to export, in the chronology's order: all of them, or one storyline's."""
    if options.storyline is None:
        return chronology.events
    return tuple(event for event in chronology.events if event.storyline == options.storyline)


def event_urls(chronology: Chronology, options: ExportOptions) -> dict[str, str]:
    """{event id: its page's URL}, named as the site names the pages; empty without a site URL.
    The caller must not change the dict: it is shared."""
    root = site_root(options)
    if root is None:
        return {}
    return _event_urls(chronology, (root, options.directory_urls))


@of_last_chronology
def _event_urls(chronology: Chronology, key: Hashable) -> dict[str, str]:
    root, directory_urls = cast("tuple[str, bool]", key)
    names = page_names([event.id for event in chronology.events])
    naming = ExportOptions(directory_urls=directory_urls)
    return {key: root + page_path("events", name, naming) for key, name in names.items()}


def storyline_url(chronology: Chronology, options: ExportOptions) -> str | None:
    """The page of the exported storyline, or the site's home for the whole chronology."""
    root = site_root(options)
    if root is None or options.storyline is None:
        return root
    names = page_names(list(chronology.storylines))
    name = names.get(options.storyline)
    return f"{root}{page_path('storylines', name, options)}" if name else root


def page_path(folder: str, name: str, options: ExportOptions) -> str:
    """A generated page's path from the site's root, as MkDocs names it."""
    return f"{folder}/{name}/" if options.directory_urls else f"{folder}/{name}.html"


def calendar_title(chronology: Chronology, options: ExportOptions) -> str:
    if options.storyline is None:
        return options.site_name
    storyline = chronology.storylines.get(options.storyline)
    title = storyline.title if storyline else options.storyline
    return f"{title} – {options.site_name}"


def first_reported(event: Event) -> Day:
    """When the event entered the chronology: its earliest source's publication day."""
    return min(source.published for source in event.sources)


def last_changed(event: Event) -> Day:
    """The latest day a source of the event was published or the event was updated."""
    return max([source.published for source in event.sources] + [u.day for u in event.updates])


def utc_midnight(day: Day) -> dt.datetime:
    """The day's start in UTC; 1970-01-01 for a day Python cannot hold (no year 0 or 10000)."""
    if not 1 <= day.year <= 9999:
        return dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _date(day: Day) -> dt.date | None:
    return dt.date(day.year, day.month, day.day) if 1 <= day.year <= 9999 else None


def _instant(date: EventDate) -> dt.datetime | None:
    """A minute-precision date with a UTC offset ("14:30+03:00", "14:30Z") as a UTC datetime."""
    value = date.value
    time, day = value.time or "", _date(value.earliest)
    if value.precision != "minute" or day is None or len(time) < 6:
        return None
    try:
        clock = dt.time.fromisoformat(time[:5])
        offset = time[5:]
        zone = (
            dt.timezone.utc
            if offset == "Z"
            else dt.datetime.strptime(offset.replace(":", ""), "%z").tzinfo
        )
    except ValueError:
        return None
    local = dt.datetime.combine(day, clock, tzinfo=zone)
    return local.astimezone(dt.timezone.utc)


def _when(event: Event) -> tuple[dt.date, dt.date] | tuple[dt.datetime, dt.datetime] | None:
    """DTSTART and DTEND: UTC instants when both ends are timed with an offset (the same one for
    an instant), else all-day dates with the end exclusive; None for a day outside 1-9999."""
    start = _instant(event.date)
    end = start if event.end is None else _instant(event.end)
    if start is not None and end is not None and end >= start:
        return start, end
    last = event.end.value.latest if event.end is not None else event.date.value.latest
    first_day, after_last = _date(event.date.value.earliest), _date(last.plus_days(1))
    if first_day is None or after_last is None:
        return None
    return first_day, after_last


def _date_lines(label: str, date: EventDate) -> list[str]:
    value = date.value
    reading = value_text(value) + qualifiers(value) + calendar_note(value)
    return [f"{label}: {reading}", f"Precision: {value.precision}; EDTF: {value.edtf}"]


def claim_lines(event: Event) -> list[str]:
    """What sources say when they disagree on the date, and the claims an editor judged wrong."""
    lines = []
    if event.disputed_dates:
        claims = "; ".join(
            f"{isolated(claim.source.publisher)}: {date_text(claim.date)}"
            for claim in event.disputed_dates
        )
        lines.append(f"Sources disagree on the date: {claims}")
    for claim in event.judged_dates:
        lines.append(
            f"Not followed: {isolated(claim.source.publisher)} gives {date_text(claim.date)}"
            f" (judged its own error: {claim.source.date_error})"
        )
    return lines


def description(event: Event) -> str:
    """The date as readers read it, how precise it is, the disputes and the sources, as text."""
    lines = _date_lines("Date", event.date)
    if event.end is not None:
        lines += _date_lines("Ended", event.end)
    lines.append(f"Status: {event.status}")
    lines += claim_lines(event)
    if event.summary.strip():
        lines += ["", event.summary.strip()]
    lines += ["", "Sources:"]
    for source in event.sources:
        # Right-to-left names and titles set apart, so the English line keeps its order.
        publisher, title = isolated(source.publisher), isolated(source.title)
        line = f"- {publisher}, {day_text(source.published)}: {title}"
        url = safe_url(source.url)
        lines.append(f"{line} <{url}>" if url else line)
    return "\n".join(lines)


def escaped(text: str) -> str:
    """A TEXT value escaped as RFC 5545 says and as icalendar does it, in its order: a literal
    "\\N" is read as a line break first, and CR LF, LF or a lone CR become "\\n"."""
    return (
        text.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def verbatim(text: str) -> str:
    """A value icalendar writes as it is: only a line break, which no content line may hold (and
    which icalendar refuses), becomes a space."""
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


FOLD_AT = 74  # the octets a line holds before it is folded: a 75th starts a continuation line


def folded(line: str) -> bytes:
    """One content line as UTF-8, folded as icalendar folds: each piece the most whole characters
    that fit in 74 octets (a continuation's leading space makes 75), and an escaping "\\" (or
    RFC 6868's "^") that would end a piece moved to the next, so no client sees it split."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_AT:
        return data
    pieces = []
    start = 0
    while len(data) - start > FOLD_AT:
        end = start + FOLD_AT
        while (data[end] & 0xC0) == 0x80:  # a UTF-8 continuation byte: back to the character
            end -= 1
        if end - 1 > start and data[end - 1] in b"\\^":
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)


def _stamp(value: dt.date) -> str:
    """A DATE ("20250409") or a UTC DATE-TIME ("20250409T113000Z") as the property value."""
    day = f"{value.year:04}{value.month:02}{value.day:02}"
    if isinstance(value, dt.datetime):
        return f"{day}T{value.hour:02}{value.minute:02}{value.second:02}Z"
    return day


def _moment(name: str, value: dt.date) -> str:
    """DTSTART or DTEND: a date carries VALUE=DATE (DATE-TIME is the default)."""
    if isinstance(value, dt.datetime):
        return f"{name}:{_stamp(value)}"
    return f"{name};VALUE=DATE:{_stamp(value)}"


def vevent(event: Event, host: str, url: str | None) -> bytes:
    """The event's VEVENT, its lines folded and each ended by CRLF; b"" for an event with no
    iCalendar date. The properties in icalendar's order: SUMMARY, DTSTART, DTEND, DTSTAMP and
    UID first, then the others by name."""
    when = _when(event)
    if when is None:
        return b""
    lines = [
        "BEGIN:VEVENT",
        f"SUMMARY:{escaped(event.title)}",
        _moment("DTSTART", when[0]),
    ]
    if when[1] != when[0]:  # an instant has no DTEND (RFC 5545: it must come later)
        lines.append(_moment("DTEND", when[1]))
    lines.append(f"DTSTAMP:{_stamp(utc_midnight(last_changed(event)))}")
    lines.append(f"UID:{escaped(f'{event.id}@{host}')}")
    if event.tags:
        lines.append("CATEGORIES:" + ",".join(escaped(tag) for tag in event.tags))
    lines.append(f"DESCRIPTION:{escaped(description(event))}")
    if url is not None:
        lines.append(f"URL:{url}")  # a URI value is not escaped; safe_url allows no line break
    lines.append("END:VEVENT")
    return b"\r\n".join(folded(line) for line in lines) + b"\r\n"


def ics_pieces(
    chronology: Chronology, options: ExportOptions, memo: EventTexts[bytes] | None = None
) -> Iterator[bytes]:
    """The calendar's bytes, exactly as `write_ics_with_icalendar` gives them, in pieces: the
    calendar's head, an event each, its end. `memo`: see `event_texts`."""
    # icalendar writes NAME and X-WR-CALNAME (types it does not know) verbatim, unescaped; it
    # refuses a line break there, which is written as a space instead.
    title = verbatim(calendar_title(chronology, options))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{escaped(PRODID)}",
        "CALSCALE:GREGORIAN",
        f"NAME:{title}",  # RFC 7986
        f"X-WR-CALNAME:{title}",  # what most clients read instead
    ]
    home = storyline_url(chronology, options)
    if home:
        lines.append(f"URL:{home}")
    head = b"\r\n".join(folded(line) for line in lines) + b"\r\n"
    host = site_host(options)
    urls = event_urls(chronology, options)
    entries = event_texts(
        selected(chronology, options),
        memo,
        lambda event: urls.get(event.id),
        lambda event, url: vevent(event, host, url),
    )
    yield head
    yield from entries
    yield b"END:VCALENDAR\r\n"


write_ics = joined(ics_pieces)


def write_ics_with_icalendar(chronology: Chronology, options: ExportOptions) -> bytes:
    """The calendar built with `icalendar` and serialized by it: the reference `write_ics` is
    tested against, byte for byte (imported here, so a build does not load the library)."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    title = calendar_title(chronology, options)
    calendar.add("name", title)  # RFC 7986
    calendar.add("x-wr-calname", title)  # what most clients read instead
    home = storyline_url(chronology, options)
    if home:
        calendar.add("url", home)
    host = site_host(options)
    urls = event_urls(chronology, options)
    for event in selected(chronology, options):
        when = _when(event)
        if when is None:
            continue
        entry = icalendar.Event()
        entry.add("uid", f"{event.id}@{host}")
        entry.add("dtstamp", utc_midnight(last_changed(event)))
        entry.add("dtstart", when[0])
        if when[1] != when[0]:  # an instant has no DTEND (RFC 5545: it must come later)
            entry.add("dtend", when[1])
        entry.add("summary", event.title)
        entry.add("description", description(event))
        if event.id in urls:
            entry.add("url", urls[event.id])
        if event.tags:
            entry.add("categories", list(event.tags))
        calendar.add_component(entry)
    return calendar.to_ical()


FORMATS = [Format("ics", ".ics", "text/calendar; charset=utf-8", write_ics, ics_pieces)]
