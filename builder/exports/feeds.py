"""The latest events as feeds: Atom (RFC 4287) and JSON Feed 1.1.

An event enters the chronology when it is first reported: its earliest source's publication
day, the rule of the home page's "Latest" list, so that a retrospective source added later (an
anniversary piece) does not make an old event new. The feeds hold the FEED_SIZE events first
reported last, newest first; events first reported the same day come in reverse chronology order
(the later event first). An entry is published at that day's UTC midnight and updated at the
latest day one of its sources was published or it was updated. Its id is its page's URL when the
site has one, else a name-based UUID of the event id; both stay the same from build to build.
With a site URL, each feed also names its own address (Atom's rel="self", JSON Feed's feed_url):
where the site build publishes it, data/chronology.atom or data/storylines/<name>.atom.

Titles and texts from the event files are escaped: the Atom file is written by ElementTree, the
summary is plain text, and the content is HTML built from escaped text (the event summary through
the site's own CommonMark rendering, which shows raw HTML as text); only http(s) URLs become links.
"""

from __future__ import annotations

import html
import json
import re
import uuid
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

from builder.display import date_text, day_text, isolated
from builder.exports import ExportOptions, Format, of_last_chronology
from builder.exports.ics import (
    calendar_title,
    claim_lines,
    event_urls,
    first_reported,
    last_changed,
    site_root,
    storyline_url,
    utc_midnight,
)
from builder.exports.published import published_path
from builder.render import summary_html
from builder.urls import safe_url

if TYPE_CHECKING:
    from collections.abc import Hashable

    from builder.calendar import Day
    from builder.exports import EventTexts
    from builder.model import Event
    from builder.pipeline import Chronology

FEED_SIZE = 50
ATOM_NS = "http://www.w3.org/2005/Atom"
JSONFEED_VERSION = "https://jsonfeed.org/version/1.1"
GENERATOR = "chronology-builder"
ATOM_SUFFIX = ".atom"
JSONFEED_SUFFIX = ".feed.json"
# Characters XML 1.0 cannot hold at all, even escaped; YAML lets a few of them through.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def latest(chronology: Chronology, options: ExportOptions) -> list[Event]:
    """The FEED_SIZE events first reported last, newest first (ties: the later event first)."""
    return [
        event
        for event in _newest_first(chronology, None)
        if options.storyline in (None, event.storyline)
    ][:FEED_SIZE]


@of_last_chronology
def _newest_first(chronology: Chronology, _: Hashable) -> list[Event]:
    return sorted(chronology.events, key=lambda e: (first_reported(e), e.sort_key), reverse=True)


def _stamp(day: Day) -> str:
    return utc_midnight(day).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ids(
    chronology: Chronology, options: ExportOptions, entries: list[Event]
) -> tuple[str, dict[str, str]]:
    """The feed's id and its entries': page URLs with a site URL, else name-based UUIDs."""
    urls = event_urls(chronology, options)
    home = storyline_url(chronology, options)
    scope = options.storyline or ""
    feed_id = home or uuid.uuid5(uuid.NAMESPACE_URL, f"chronology:{options.site_name}:{scope}").urn
    ids = {
        event.id: urls.get(event.id) or uuid.uuid5(uuid.NAMESPACE_URL, f"chronology:{event.id}").urn
        for event in entries
    }
    return feed_id, ids


def own_url(chronology: Chronology, options: ExportOptions, suffix: str) -> str | None:
    """The feed's published address, or None without a site URL (or for an unknown storyline)."""
    root = site_root(options)
    path = published_path(chronology, suffix, options.storyline)
    return None if root is None or path is None else root + path


def summary_text(event: Event) -> str:
    """The entry's plain-text summary: the date as readers read it, then the event's summary."""
    text = f"{date_text(event.date, event.end)}."
    if event.disputed_dates:
        text += " Sources disagree on the date."
    if event.status != "reported" and not (event.status == "disputed" and event.disputed_dates):
        text += f" Status: {event.status}."
    return f"{text} {event.summary.strip()}".strip()


def content_html(event: Event) -> str:
    """The entry's HTML: the date, the summary and the sources, everything from YAML escaped."""
    parts = [f"<p>{html.escape(date_text(event.date, event.end))}</p>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in claim_lines(event)]
    if event.summary.strip():
        parts.append(summary_html(event.summary))
    items = []
    for source in event.sources:
        # Right-to-left names and titles set apart, so the English line keeps its order.
        title = html.escape(isolated(source.title))
        url = safe_url(source.url)
        title = f'<a href="{html.escape(url)}">{title}</a>' if url else title
        publisher = html.escape(isolated(source.publisher))
        items.append(f"<li>{publisher}, {day_text(source.published)}: {title}</li>")
    parts.append(f"<p>Sources:</p><ul>{''.join(items)}</ul>")
    return "\n".join(parts)


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: _xml_text(v) for k, v in attributes.items()})
    if text is not None:
        element.text = _xml_text(text)
    return element


def write_atom(
    chronology: Chronology, options: ExportOptions, memo: EventTexts[Any] | None = None
) -> bytes:
    """The Atom feed's bytes. `memo` is not needed: a feed holds FEED_SIZE events."""
    entries = latest(chronology, options)
    feed_id, ids = _ids(chronology, options, entries)
    urls = event_urls(chronology, options)
    home = storyline_url(chronology, options)
    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    _sub(feed, "id", feed_id)
    _sub(feed, "title", calendar_title(chronology, options), type="text")
    updated = max((last_changed(event) for event in entries), default=None)
    _sub(feed, "updated", _stamp(updated) if updated else "1970-01-01T00:00:00Z")
    if home:
        _sub(feed, "link", rel="alternate", type="text/html", href=home)
    here = own_url(chronology, options, ATOM_SUFFIX)
    if here:
        _sub(feed, "link", rel="self", type="application/atom+xml", href=here)
    author = _sub(feed, "author")
    _sub(author, "name", options.site_name)
    _sub(feed, "generator", GENERATOR)
    for event in entries:
        entry = _sub(feed, "entry")
        _sub(entry, "id", ids[event.id])
        _sub(entry, "title", event.title, type="text")
        _sub(entry, "published", _stamp(first_reported(event)))
        _sub(entry, "updated", _stamp(last_changed(event)))
        if event.id in urls:
            _sub(entry, "link", rel="alternate", type="text/html", href=urls[event.id])
        for tag in event.tags:
            _sub(entry, "category", term=tag)
        _sub(entry, "summary", summary_text(event), type="text")
        _sub(entry, "content", content_html(event), type="html")
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "utf-8") + b"\n"


def write_jsonfeed(
    chronology: Chronology, options: ExportOptions, memo: EventTexts[Any] | None = None
) -> bytes:
    """The JSON Feed's bytes. `memo` is not needed: a feed holds FEED_SIZE events."""
    entries = latest(chronology, options)
    _, ids = _ids(chronology, options, entries)  # JSON Feed has no feed-level id
    urls = event_urls(chronology, options)
    home = storyline_url(chronology, options)
    feed: dict[str, object] = {
        "version": JSONFEED_VERSION,
        "title": calendar_title(chronology, options),
    }
    if home:
        feed["home_page_url"] = home
    here = own_url(chronology, options, JSONFEED_SUFFIX)
    if here:
        feed["feed_url"] = here
    feed["authors"] = [{"name": options.site_name}]
    items = []
    for event in entries:
        item: dict[str, object] = {"id": ids[event.id]}
        if event.id in urls:
            item["url"] = urls[event.id]
        item["title"] = event.title
        item["summary"] = summary_text(event)
        item["content_html"] = content_html(event)
        item["date_published"] = _stamp(first_reported(event))
        item["date_modified"] = _stamp(last_changed(event))
        if event.tags:
            item["tags"] = list(event.tags)
        items.append(item)
    feed["items"] = items
    text = json.dumps(feed, ensure_ascii=False, indent=2)
    return text.encode("utf-8", "replace") + b"\n"  # "replace": a lone surrogate from YAML


FORMATS = [
    Format("atom", ATOM_SUFFIX, "application/atom+xml", write_atom),
    Format("jsonfeed", JSONFEED_SUFFIX, "application/feed+json", write_jsonfeed),
]
