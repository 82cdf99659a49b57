"""The chronology as JSON: every event with its resolved dates and their evidence, its sources
with their own date claims and the editors' judgements, its disputes, facets and status.

The shape is published as builder/exports/export.schema.json; its `version` is the file's
`version`, raised when a field changes meaning or goes away (adding a field is not a change).
Every key is always written (null or [] when empty), so a reader never has to guess.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from builder.display import date_text, evidence_text, value_text
from builder.exports import EventTexts, ExportOptions, Format, encoded, event_texts, joined
from builder.exports.ics import event_urls
from builder.urls import safe_url

if TYPE_CHECKING:
    from collections.abc import Iterator

    from builder.model import DateValue, Event, EventDate, Media, Source
    from builder.pipeline import Chronology

SCHEMA_FILE = "export.schema.json"


@cache
def export_schema() -> dict[str, object]:
    """The published JSON Schema of the `json` export."""
    text = resources.files("builder.exports").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def schema_version() -> str:
    version = export_schema()["properties"]["version"]["const"]  # type: ignore[index]
    return str(version)


class UnknownStoryline(ValueError):
    """The storyline asked for is not declared: the message names the ones that are."""


def selected_events(chronology: Chronology, options: ExportOptions) -> tuple[Event, ...]:
    """The chronology's events in order, or only one storyline's; UnknownStoryline if it is not
    declared."""
    if options.storyline is None:
        return chronology.events
    if options.storyline not in chronology.storylines:
        known = ", ".join(sorted(chronology.storylines)) or "none declared"
        raise UnknownStoryline(f"there is no storyline {options.storyline!r} (known: {known})")
    return tuple(event for event in chronology.events if event.storyline == options.storyline)


def value_data(value: DateValue) -> dict[str, object]:
    return {
        "earliest": value.earliest.iso(),
        "latest": value.latest.iso(),
        "precision": value.precision,
        "approximate": value.approximate,
        "uncertain": value.uncertain,
        "edtf": value.edtf,
        "part": value.part,
        "range": value.is_range,
        "time": value.time,
        "calendar": value.calendar,
        "calendar_date": value.calendar_date,
    }


def date_data(date: EventDate) -> dict[str, object]:
    """A resolved date with its evidence: the words, what they were read against, the result."""
    anchor = date.anchor
    return {
        "text": date.text,
        "language": date.language,
        **value_data(date.value),
        "display": value_text(date.value),
        "evidence": evidence_text(date),
        "anchor": None
        if anchor is None
        else {
            "day": anchor.day.iso(),
            "origin": anchor.origin,
            "name": anchor.name,
            "label": anchor.label,
        },
    }


def source_data(source: Source) -> dict[str, object]:
    return {
        "publisher": source.publisher,
        "title": source.title,
        "url": source.url,
        "published": source.published.iso(),
        "language": source.language,
        "quote": source.quote,
        "date_claim": None if source.date is None else date_data(source.date),
        "date_error": source.date_error,
    }


def event_data(event: Event, url: str | None = None) -> dict[str, object]:
    return {
        "id": event.id,
        "url": url,
        "title": event.title,
        "summary": event.summary,
        "status": event.status,
        "disputed": event.disputed,
        "display_date": date_text(event.date, event.end),
        "date": date_data(event.date),
        "end": None if event.end is None else date_data(event.end),
        "storyline": event.storyline,
        "actors": list(event.actors),
        "places": list(event.places),
        "tags": list(event.tags),
        "related": list(event.related),
        "sources": [source_data(source) for source in event.sources],
        # The sources whose claims disagree with the event's date, and those an editor judged
        # the source's own error, by their index in `sources`.
        "disputed_dates": [_claim_data(event, claim.source) for claim in event.disputed_dates],
        "judged_dates": [_claim_data(event, claim.source) for claim in event.judged_dates],
        "updates": [{"day": update.day.iso(), "note": update.note} for update in event.updates],
        "media": None if event.media is None else media_data(event.media),
    }


def media_data(media: Media) -> dict[str, object]:
    return {
        "url": media.url,
        "caption": media.caption,
        "credit": media.credit,
        "alt": media.alt,
        "image": media.is_image,
    }


def _claim_data(event: Event, source: Source) -> dict[str, object]:
    index = next(i for i, candidate in enumerate(event.sources) if candidate == source)
    return {"source": index, "publisher": source.publisher}


def chronology_data(
    chronology: Chronology, options: ExportOptions, *, events: bool = True
) -> dict[str, object]:
    """The export's data; with `events=False`, "events" is left empty (the caller writes it)."""
    selected = selected_events(chronology, options)
    urls = event_urls(chronology, options) if events else {}
    return {
        "version": schema_version(),
        "site": {"name": options.site_name, "url": safe_url(options.site_url.strip())},
        "storyline": options.storyline,
        "storylines": [
            {"id": s.id, "title": s.title, "description": s.description}
            for s in sorted(chronology.storylines.values(), key=lambda s: s.id)
            if options.storyline in (None, s.id)
        ],
        "events": [event_data(event, urls.get(event.id)) for event in selected] if events else [],
    }


EVENTS_INDENT = "    "  # an event object's line in the file: in "events", in the top object


# What json.dumps(data, ensure_ascii=False, indent=2) builds on each call, built once.
_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=2)
_string = json.encoder.encode_basestring  # json's own escaping (in C), as ensure_ascii=False uses


def indented(value: object, indent: str = "") -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)` with `indent` after each line break,
    the same text, twice as fast: with an indent, json.dumps runs its pure-Python encoder, which
    took most of this export's time (#14). Strings are escaped by json's own function. For
    JSON's types, as the export holds them (dicts with string keys, lists, tuples, strings,
    numbers, booleans, None); anything else is a TypeError (see `event_text`)."""
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        items = [
            f"{_string(key)}: {_string(item) if isinstance(item, str) else indented(item, inner)}"
            for key, item in value.items()
        ]
        return "{\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + "  "
        items = [
            _string(item) if isinstance(item, str) else indented(item, inner) for item in value
        ]
        return "[\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return _ENCODER.encode(value)  # json's spelling of numbers (NaN, Infinity, 1e+16)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def event_text(data: dict[str, object], indent: str) -> str:
    """An event's JSON, as json.dumps indents it at `indent`; json.dumps itself (much slower)
    for anything `indented` does not take, such as a key that is not a string."""
    try:
        return indented(data, indent)
    except TypeError:
        return _ENCODER.encode(data).replace("\n", "\n" + indent)


def _dumps(data: object) -> str:
    return _ENCODER.encode(data)


def json_pieces(
    chronology: Chronology, options: ExportOptions, memo: EventTexts[str] | None = None
) -> Iterator[bytes]:
    """The export as `json.dumps(data, ensure_ascii=False, indent=2)` writes it, plus a newline,
    put together from each event's text (`event_text`), two levels deeper, in pieces.
    `memo`: see `event_texts`."""
    data = chronology_data(chronology, options, events=False)
    urls = event_urls(chronology, options)
    events = event_texts(
        selected_events(chronology, options),
        memo,
        lambda event: urls.get(event.id),
        lambda event, url: event_text(event_data(event, url), EVENTS_INDENT),
    )
    return encoded(with_events(_dumps(data), events))


write_json = joined(json_pieces)


def with_events(head: str, events: list[str]) -> Iterator[str]:
    """A top-level object's JSON (`head`, its last key "events" written as []) with "events"
    holding `events`, each an item's text at EVENTS_INDENT (`event_text`), and a newline; in
    pieces."""
    assert head.endswith('"events": []\n}')
    yield head[: -len("[]\n}")]
    if not events:
        yield "[]"
    for number, text in enumerate(events):
        yield ("[\n" if number == 0 else ",\n") + EVENTS_INDENT + text
    if events:
        yield "\n  ]"
    yield "\n}\n"


FORMATS = [Format("json", ".json", "application/json", write_json, json_pieces)]
