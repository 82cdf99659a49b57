"""The chronology for Knight Lab's TimelineJS3: its JSON format and its spreadsheet's CSV.

- Dates: TimelineJS has year, month, day, hour and minute fields and no precision, so a date
  fills the fields its precision knows: a century, decade or year fills the year; a season,
  quarter or month the year and month (no day); a week or a day the day; a time the hour and
  minute too. A span over more than one of those units (2-4 April, a week, a decade) gets an
  end date at its last unit; an event's `end` is its end date.
- Each date's `display_date` is ours ("early April 2025 (approx.)", "44 BC"), and the slide's
  own `display_date` is the event's whole date, so TimelineJS never guesses a format.
- BCE years are negative the way TimelineJS shows them ("-44" is shown "44 BCE"): 44 BC is
  -44, not the astronomical -43 our ISO dates use.
- Storylines become groups, named by their titles.
- An event's media is the slide's media: its address as it is (TimelineJS sets it as a DOM
  property), the caption and credit escaped (TimelineJS shows them as HTML), the alt text as it
  is (TimelineJS sets it as the image's `alt` property). TimelineJS decides how to show it: an
  image, or an embed of the site it names (YouTube, a tweet); that is TimelineJS's page, never
  ours.
- Everything TimelineJS renders as HTML (headline, text, display dates) is escaped: the text is
  the summary rendered as on the site (any HTML in it shown as text, only http(s) links), then
  the sources (linked only when their URL is an http(s) address) and the disputed claims.
"""

from __future__ import annotations

import csv
import html
import json
from typing import TYPE_CHECKING, Any

from builder.display import date_text, isolated, qualifiers, value_text
from builder.exports import EventTexts, ExportOptions, Format, encoded, event_texts, joined
from builder.exports.data import EVENTS_INDENT, event_text, event_urls, selected_events, with_events
from builder.exports.tables import Echo
from builder.render import summary_html
from builder.urls import safe_url

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from builder.calendar import Day
    from builder.model import DateValue, Event, EventDate, Media, Source
    from builder.pipeline import Chronology

Slide = tuple[str | None, str]  # what a slide shows besides its event: its page's URL, its group

HEADERS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Alt Text", "Type", "Group", "Background",
)  # fmt: skip

# The finest TimelineJS field each precision knows.
UNIT = {
    "century": "year", "decade": "year", "year": "year",
    "season": "month", "quarter": "month", "month": "month",
    "week": "day", "day": "day", "minute": "minute",
}  # fmt: skip


def timeline_year(year: int) -> int:
    """An astronomical year (0 = 1 BC) as TimelineJS numbers it: 1 BC is -1, 44 BC is -44."""
    return year if year > 0 else year - 1


def _fields(day: Day, unit: str, time: str | None) -> dict[str, str]:
    fields = {"year": str(timeline_year(day.year))}
    if unit in ("month", "day", "minute"):
        fields["month"] = str(day.month)
    if unit in ("day", "minute"):
        fields["day"] = str(day.day)
    if unit == "minute" and time:
        hour, minute = time[:5].split(":")
        fields["hour"], fields["minute"] = str(int(hour)), str(int(minute))
    return fields


def _bounds(date: EventDate, end: EventDate | None) -> tuple[dict[str, str], dict[str, str] | None]:
    """The start and end dates' fields, without display text."""
    value = date.value
    unit = UNIT[value.precision]
    start = _fields(value.earliest, unit, value.time)
    if end is not None and end.value != value:
        last = end.value
        return start, _fields(last.latest, UNIT[last.precision], last.time)
    stop = _fields(value.latest, unit, None if unit != "minute" else value.time)
    return start, (stop if stop != start else None)


def _value_words(value: DateValue) -> str:
    return value_text(value) + qualifiers(value)


def _source_html(source: Source) -> str:
    name = html.escape(source.publisher)
    title = html.escape(source.title)
    url = safe_url(source.url)
    linked = f'<a href="{html.escape(url)}">{title}</a>' if url else title
    text = f"{name}: {linked} ({html.escape(source.published.iso())})"
    if source.date is not None:
        text += f"; dates it ‘{html.escape(isolated(source.date.text))}’"
        if source.date_error:
            text += f" (judged an error: {html.escape(source.date_error)})"
    return f"<li>{text}</li>"


def text_html(event: Event, url: str | None = None) -> str:
    """The slide's text: summary, disputes, sources and the event's page, all escaped."""
    parts = [summary_html(event.summary)] if event.summary else []
    if event.disputed:
        claims = [
            f"{html.escape(claim.source.publisher)}: ‘{html.escape(isolated(claim.date.text))}’ "
            f"({html.escape(_value_words(claim.date.value))})"
            for claim in event.disputed_dates
        ]
        detail = f": {'; '.join(claims)}" if claims else ""
        parts.append(f"<p><strong>Disputed</strong>{detail}.</p>")
    sources = "".join(_source_html(source) for source in event.sources)
    parts.append(f"<p>Sources:</p><ul>{sources}</ul>")
    if url and safe_url(url):
        parts.append(f'<p><a href="{html.escape(url)}">The event on the chronology</a></p>')
    return "\n".join(parts)


def _group(event: Event, chronology: Chronology) -> str:
    if event.storyline is None:
        return ""
    storyline = chronology.storylines.get(event.storyline)
    return storyline.title if storyline else event.storyline


def _slide_context(chronology: Chronology, options: ExportOptions) -> Callable[[Event], Slide]:
    """What an event's slide shows besides the event: its page's URL and its group's title."""
    urls = event_urls(chronology, options)
    return lambda event: (urls.get(event.id), _group(event, chronology))


def event_slide(event: Event, context: Slide) -> dict[str, object]:
    url, group = context
    start, end = _bounds(event.date, event.end)
    end_words = _value_words(event.end.value) if event.end is not None else None
    slide: dict[str, object] = {
        "unique_id": event.id,
        "start_date": {**start, "display_date": html.escape(_value_words(event.date.value))},
        "display_date": html.escape(date_text(event.date, event.end)),
        "text": {"headline": html.escape(event.title), "text": text_html(event, url)},
    }
    if end is not None:
        words = end_words if end_words is not None else _value_words(event.date.value)
        slide["end_date"] = {**end, "display_date": html.escape(words)}
    if event.media is not None:
        slide["media"] = media_object(event.media)
    if group:
        slide["group"] = html.escape(group)
    return slide


def media_object(media: Media) -> dict[str, str]:
    """TimelineJS's media object: url, caption, credit, alt (the keys its sheet columns fill)."""
    found = {
        "url": media.url,
        "caption": html.escape(media.caption or ""),
        "credit": html.escape(media.credit or ""),
        "alt": media.alt or "",
    }
    return {key: value for key, value in found.items() if value}


def _title_slide(chronology: Chronology, options: ExportOptions) -> dict[str, object]:
    headline, text = options.site_name, ""
    if options.storyline is not None:
        storyline = chronology.storylines[options.storyline]
        headline, text = storyline.title, storyline.description
    return {
        "unique_id": "title",
        "text": {
            "headline": html.escape(headline),
            "text": f"<p>{html.escape(text)}</p>" if text else "",
        },
    }


def timelinejs_json_pieces(
    chronology: Chronology, options: ExportOptions, memo: EventTexts[str] | None = None
) -> Iterator[bytes]:
    """TimelineJS's JSON as `json.dumps(..., ensure_ascii=False, indent=2)` writes it, and a
    newline, put together from each slide's text, in pieces. `memo`: see `EventTexts`."""
    slides = event_texts(
        selected_events(chronology, options),
        memo,
        _slide_context(chronology, options),
        lambda event, context: event_text(event_slide(event, context), EVENTS_INDENT),
    )
    head = {"title": _title_slide(chronology, options), "events": []}
    return encoded(with_events(json.dumps(head, ensure_ascii=False, indent=2), slides))


write_timelinejs_json = joined(timelinejs_json_pieces)


def _time(fields: dict[str, str]) -> str:
    if "hour" not in fields:
        return ""
    return f"{int(fields['hour']):02d}:{int(fields['minute']):02d}"


def _slide_row(slide: dict[str, Any]) -> list[str]:
    start = slide["start_date"]
    end = slide.get("end_date") or {}
    media = slide.get("media") or {}
    return [
        start["year"], start.get("month", ""), start.get("day", ""), _time(start),
        end.get("year", ""), end.get("month", ""), end.get("day", ""), _time(end),
        slide["display_date"], slide["text"]["headline"], slide["text"]["text"],
        media.get("url", ""), media.get("credit", ""), media.get("caption", ""), "",
        media.get("alt", ""), "", slide.get("group", ""), "",
    ]  # fmt: skip


def timelinejs_csv_pieces(
    chronology: Chronology, options: ExportOptions, memo: EventTexts[str] | None = None
) -> Iterator[bytes]:
    """The TimelineJS spreadsheet template's columns, as its CSV: UTF-8 without a byte-order
    mark (TimelineJS checks the header row, and a mark would change its first name); in
    pieces, a line each. `memo`: see `EventTexts`."""
    writer = csv.writer(Echo(), lineterminator="\r\n")
    title: Any = _title_slide(chronology, options)["text"]
    title_row = ["", "", "", "", "", "", "", "", "", title["headline"], title["text"]]
    lines = [writer.writerow(HEADERS), writer.writerow([*title_row, *[""] * 5, "title", "", ""])]
    lines += event_texts(
        selected_events(chronology, options),
        memo,
        _slide_context(chronology, options),
        lambda event, context: writer.writerow(_slide_row(event_slide(event, context))),
    )
    return encoded(lines)


write_timelinejs_csv = joined(timelinejs_csv_pieces)


FORMATS = [
    Format(
        "timelinejs-json",
        ".timeline.json",
        "application/json",
        write_timelinejs_json,
        timelinejs_json_pieces,
    ),
    Format(
        "timelinejs-csv",
        ".timeline.csv",
        "text/csv; charset=utf-8",
        write_timelinejs_csv,
        timelinejs_csv_pieces,
    ),
]
