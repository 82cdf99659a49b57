"""Site search: each event's dates in the search index, and the script that loads it lazily.

Material for MkDocs fetches search/search_index.json on every page load and ranks with lunr.
`search.js` (in <head>, so that it runs before Material's bundle) holds that request back until
a reader starts a search, and lists the events on a date or period first when the query is one.
For that it needs each event's dates: `add_event_dates` writes them into the index entries that
Material's search plugin has collected, before that plugin writes the file.
"""

from __future__ import annotations

import json
import os
import re
from importlib import resources
from typing import TYPE_CHECKING, Any

from mkdocs.utils import get_relative_url

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from mkdocs.config.defaults import MkDocsConfig

    from builder.model import Event

SEARCH_SCRIPT = "assets/chronology/search.js"
MATERIAL_INDEX = "search/search_index.json"
COMPACT_INDEX = "search/chronology_index.json"
# An event's entry as Material's search plugin reads the search block of event.md.j2:
# "<p>DATE · NAME · NAME</p> <p>SUMMARY</p>" (no names, or no summary, also fit).
EVENT_TEXT = re.compile(r"<p>([^<]*)</p>(?: (.*))?", re.DOTALL)
SEPARATOR = " · "
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
PLAIN_DATE = re.compile(r"(?:(?:(\d{1,2}) )?([A-Z][a-z]+) )?(\d{4})")


def script_text() -> str:
    return resources.files("builder").joinpath("assets/search.js").read_text(encoding="utf-8")


def head_tag(page_url: str) -> str:
    """The script tag for a page's <head>: not deferred, since it must run before the bundle."""
    return f'<script src="{get_relative_url(SEARCH_SCRIPT, page_url)}"></script>'


def event_dates(events: Iterable[tuple[str, Event]]) -> dict[str, str]:
    """{page URL: "first/last" ISO day}, or "day" alone for a one-day event.

    Only years 0 to 9999: the script compares these as strings, which four-digit years allow.
    """
    dates: dict[str, str] = {}
    for url, event in events:
        first = event.date.value.earliest
        last = (event.end or event.date).value.latest
        if not (0 <= first.year <= 9999 and 0 <= last.year <= 9999):
            continue
        dates[url] = first.iso() if first == last else f"{first.iso()}/{last.iso()}"
    return dates


def index_entries(config: MkDocsConfig) -> list[dict[str, Any]] | None:
    """The entries Material's search plugin will write, or None with another search plugin."""
    for plugin in config.plugins.values():
        entries = getattr(getattr(plugin, "search_index", None), "entries", None)
        if isinstance(entries, list):
            return entries
    return None


def add_event_dates(entries: list[dict[str, Any]], dates: Mapping[str, str]) -> None:
    """Give each event page's entry a `date`; Material's worker hands it back with results."""
    for entry in entries:
        date = dates.get(entry.get("location", ""))
        if date is not None:
            entry["date"] = date


def compact_index(
    material_index: str, prefix: str, suffix: str, kept: dict[tuple[str, ...], Row] | None = None
) -> str:
    """Material's index written smaller, for search.js to expand back to the same documents.

    An event's entry becomes a row: [location between `prefix` and `suffix`, title, date, date
    as written, [numbers of its names in a shared list], the rest of its text if any], so the
    names repeated over thousands of events (storylines, actors, places, publishers), the HTML
    around them and the keys are written once. Any other entry, and an event entry of another
    shape (an overridden search block), is kept as it is. Non-ASCII text is written as UTF-8,
    not as six-byte escapes.

    `kept`, when given, holds each event entry's row from the previous call, and this call's
    rows when it returns (a rebuild in `serve` reads again only the entries that changed).
    """
    data = json.loads(material_index)
    return compact_docs(data["config"], data["docs"], prefix, suffix, kept)


def compact_docs(
    config: object,
    entries: Iterable[dict[str, Any]],
    prefix: str,
    suffix: str,
    kept: dict[tuple[str, ...], Row] | None = None,
) -> str:
    """`compact_index` of the index Material writes from `config` and `entries` (its search
    plugin's, in memory), without reading that file back: at 100,000 events, parsing it was
    the build's last peak of memory (#14). Material writes them with json.dumps(default=str):
    whatever is not an event's entry of plain strings goes through the same to be the same."""
    names: dict[str, int] = {}
    previous = {} if kept is None else dict(kept)
    rows = {} if kept is None else kept
    rows.clear()
    docs = []
    for doc in entries:
        if list(doc) != ["location", "title", "text", "date"]:
            docs.append(_as_written(doc))
            continue
        key = (doc["location"], doc["title"], doc["text"], doc["date"], prefix, suffix)
        row = previous.get(key) if all(isinstance(value, str) for value in key) else None
        if row is None:
            row = _event_row(doc, prefix, suffix)
        if row is None:
            docs.append(_as_written(doc))
            continue
        rows[key] = row
        location, title, date, written, listed, rest = row
        numbers = [names.setdefault(name, len(names)) for name in listed]
        found = [location, title, date, written, numbers]
        docs.append(found if rest is None else [*found, rest])
    compact = {
        "config": _as_written(config),
        "prefix": prefix,
        "suffix": suffix,
        "names": list(names),
        "docs": docs,
    }
    return json.dumps(compact, ensure_ascii=False, separators=(",", ":"))


# An event entry's row, its names not yet numbered: location, title, date (or ""), date as
# written, names, the rest of its text (or None).
Row = tuple[str, str, str, str, list[str], "str | None"]


def written_config(path: str | os.PathLike[str]) -> tuple[bool, object]:
    """(True, the "config" of the index Material wrote at `path`), read from the file's start
    only; (False, None) for a file of another shape."""
    with open(path, encoding="utf-8") as stream:
        head = stream.read(1 << 16)
    opening = '{"config":'
    if not head.startswith(opening):
        return False, None
    try:
        config, end = json.JSONDecoder().raw_decode(head, len(opening))
    except ValueError:
        return False, None
    return head.startswith(',"docs":', end), config


def _as_written(value: object) -> Any:
    """`value` as Material's search index holds it once written and read back."""
    return json.loads(json.dumps(value, default=str))


def _event_row(doc: dict[str, Any], prefix: str, suffix: str) -> Row | None:
    location, title, text, date = doc["location"], doc["title"], doc["text"], doc["date"]
    if not all(isinstance(value, str) for value in (location, title, text, date)):
        return None
    if not (location.startswith(prefix) and location.endswith(suffix)):
        return None
    match = EVENT_TEXT.fullmatch(text)
    if match is None or len(location) <= len(prefix) + len(suffix):
        return None
    written, *listed = match.group(1).split(SEPARATOR)
    # A date search.js reads from the written one ("9 April 2025") is left out of the row.
    kept = "" if written_period(written) == date else date
    short = location[len(prefix) : len(location) - len(suffix)]
    return (short, title, kept, written, listed, match.group(2))


def written_period(written: str) -> str | None:
    """The `date` of a plain day, month or year as written ("9 April 2025", "April 2025",
    "2025"), as search.js's `period` reads it; None for any other wording."""
    match = PLAIN_DATE.fullmatch(written)
    if match is None:
        return None
    day, month_name, year = match.group(1), match.group(2), int(match.group(3))
    if month_name is None:
        return f"{year:04d}-01-01/{year:04d}-12-31"
    if month_name not in MONTHS:
        return None
    month = MONTHS.index(month_name) + 1
    last = _month_length(year, month)
    if day is None:
        return f"{year:04d}-{month:02d}-01/{year:04d}-{month:02d}-{last:02d}"
    if not 1 <= int(day) <= last:
        return None
    return f"{year:04d}-{month:02d}-{int(day):02d}"


def _month_length(year: int, month: int) -> int:
    """Days in a month of the proleptic Gregorian calendar, year 0 included (datetime stops at
    year 1); search.js counts the same way."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
