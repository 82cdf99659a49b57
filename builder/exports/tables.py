"""The chronology as CSV: one row per event, for spreadsheets and data tools.

- RFC 4180: comma-separated, fields quoted when they hold a comma, a quote or a line break (a
  quote doubled), lines ended by CRLF.
- UTF-8 with a byte-order mark: without it Excel reads a CSV in the computer's legacy code page
  and garbles every accent and every Arabic, Hebrew or Persian name; LibreOffice, pandas and
  Python's `encoding="utf-8-sig"` read the mark and drop it.
- A list in one cell (actors, sources, ...) is its items joined by " | ", each item with "\\"
  written "\\\\" and "|" written "\\|" (`split_list` reads it back). The source columns hold one
  item per source, in the same order, so they line up.
- Booleans are `true`/`false`; an absent value is an empty cell.

The columns are documented in docs/data.md (COLUMNS below is the list the docs name).
"""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING

from builder.display import date_text, evidence_text
from builder.exports import EventTexts, ExportOptions, Format, encoded, event_texts, joined
from builder.exports.data import event_urls, selected_events

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from builder.model import Event, EventDate
    from builder.pipeline import Chronology

SEPARATOR = " | "

COLUMNS = (
    "id", "url", "title", "display_date",
    "date_text", "earliest", "latest", "precision", "approximate", "uncertain", "edtf", "part",
    "time", "calendar", "calendar_date", "evidence",
    "end_text", "end_earliest", "end_latest", "end_precision", "end_edtf",
    "status", "disputed", "storyline", "actors", "places", "tags", "related", "summary",
    "media_url", "media_caption", "media_credit", "media_alt",
    "source_publishers", "source_titles", "source_urls", "source_published",
    "source_date_texts", "source_date_edtfs", "source_date_errors",
    "disputed_by", "judged_errors",
)  # fmt: skip


def join_list(items: Iterable[str]) -> str:
    return SEPARATOR.join(item.replace("\\", "\\\\").replace("|", "\\|") for item in items)


def split_list(cell: str, count: int | None = None) -> list[str]:
    """A list cell read back. An empty cell is an empty list, or, for a column with one item
    per source, `count` empty items."""
    if cell == "":
        return [""] * count if count else []
    items, current, chars = [], [], iter(cell)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == "|":
            items.append("".join(current).removesuffix(" "))
            current = []
            if next(chars, " ") != " ":  # the separator's space after the bar
                raise ValueError(f"{cell!r} is not a list joined with {SEPARATOR!r}")
        else:
            current.append(char)
    items.append("".join(current))
    return items


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _date_cells(date: EventDate | None) -> tuple[str, ...]:
    if date is None:
        return ("", "", "", "", "")
    value = date.value
    return (date.text, value.earliest.iso(), value.latest.iso(), value.precision, value.edtf)


def event_row(event: Event, url: str = "") -> dict[str, str]:
    value = event.date.value
    text, earliest, latest, precision, edtf = _date_cells(event.date)
    end_text, end_earliest, end_latest, end_precision, end_edtf = _date_cells(event.end)
    sources = event.sources
    media = event.media
    return {
        "id": event.id,
        "url": url,
        "title": event.title,
        "display_date": date_text(event.date, event.end),
        "date_text": text,
        "earliest": earliest,
        "latest": latest,
        "precision": precision,
        "approximate": _bool(value.approximate),
        "uncertain": _bool(value.uncertain),
        "edtf": edtf,
        "part": value.part or "",
        "time": value.time or "",
        "calendar": value.calendar or "",
        "calendar_date": value.calendar_date or "",
        "evidence": evidence_text(event.date),
        "end_text": end_text,
        "end_earliest": end_earliest,
        "end_latest": end_latest,
        "end_precision": end_precision,
        "end_edtf": end_edtf,
        "status": event.status,
        "disputed": _bool(event.disputed),
        "storyline": event.storyline or "",
        "actors": join_list(event.actors),
        "places": join_list(event.places),
        "tags": join_list(event.tags),
        "related": join_list(event.related),
        "summary": event.summary,
        "media_url": media.url if media else "",
        "media_caption": (media.caption or "") if media else "",
        "media_credit": (media.credit or "") if media else "",
        "media_alt": (media.alt or "") if media else "",
        "source_publishers": join_list(s.publisher for s in sources),
        "source_titles": join_list(s.title for s in sources),
        "source_urls": join_list(s.url for s in sources),
        "source_published": join_list(s.published.iso() for s in sources),
        "source_date_texts": join_list(s.date.text if s.date else "" for s in sources),
        "source_date_edtfs": join_list(s.date.value.edtf if s.date else "" for s in sources),
        "source_date_errors": join_list(s.date_error or "" for s in sources),
        "disputed_by": join_list(claim.source.url for claim in event.disputed_dates),
        "judged_errors": join_list(claim.source.url for claim in event.judged_dates),
    }


class Echo:
    """A file for csv.writer whose write() hands the text back: csv.writer writes each row in
    one call and returns what write() returns, so a row's text can be kept and reused."""

    def write(self, text: str) -> str:
        return text


def csv_pieces(
    chronology: Chronology, options: ExportOptions, memo: EventTexts[str] | None = None
) -> Iterator[bytes]:
    """The CSV's bytes in pieces: a line each. `memo`: see `event_texts`."""
    writer = csv.DictWriter(Echo(), fieldnames=COLUMNS, lineterminator="\r\n")
    lines: list[str] = ["\ufeff" + writer.writeheader()]
    urls = event_urls(chronology, options)
    lines += event_texts(
        selected_events(chronology, options),
        memo,
        lambda event: urls.get(event.id, ""),
        lambda event, url: writer.writerow(event_row(event, url)),
    )
    return encoded(lines)


write_csv = joined(csv_pieces)


FORMATS = [Format("csv", ".csv", "text/csv; charset=utf-8", write_csv, csv_pieces)]
