"""The exports published with the site: the whole chronology and each storyline, in every export
format, under data/ (data/chronology.json, data/storylines/<name>.ics; see exports.published).

Each file holds `chronology export`'s bytes: its format's writer run with the options the
command takes from --site-url, --site-name and --storyline, so the command and the site give
the same file. Pure functions of the chronology and the options: no clock, no files.
"""

from __future__ import annotations

import html
import operator
import posixpath
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from builder.exports import EventTexts, ExportOptions, Format, forget_last_chronology, formats
from builder.exports.ics import calendar_title, event_urls, selected, site_root
from builder.exports.published import published_path

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from builder.model import Event, Storyline
    from builder.pipeline import Chronology

# What each format is, as the Data page names and describes it ({feed_size}: the feeds' length).
# A format missing here (a new one) is listed under its own name and media type.
LABELS = {
    "json": "JSON",
    "csv": "CSV",
    "timelinejs-json": "TimelineJS JSON",
    "timelinejs-csv": "TimelineJS CSV",
    "ics": "iCalendar",
    "atom": "Atom feed",
    "jsonfeed": "JSON Feed",
}
DESCRIPTIONS = {
    "json": "Every event with its resolved dates and their evidence, sources and their date "
    "claims, disputes, facets and status; it follows a published JSON Schema.",
    "csv": "One row per event, for spreadsheets: UTF-8 with a byte-order mark, lists in one "
    "cell joined by “ | ”.",
    "timelinejs-json": "TimelineJS3's JSON, for showing the chronology in TimelineJS.",
    "timelinejs-csv": "TimelineJS3's spreadsheet columns, to paste into its Google Sheet template.",
    "ics": "A calendar: each event on the days it may have happened, as all-day entries.",
    "atom": "The {feed_size} events reported last, newest first, for feed readers.",
    "jsonfeed": "The {feed_size} events reported last, newest first, as JSON Feed 1.1.",
}
# The feeds every page announces in its <head>, so that browsers and feed readers find them.
FEEDS = ("atom", "jsonfeed")


@dataclass(frozen=True)
class Download:
    path: str  # in the site: "data/storylines/deconfliction.ics"
    format: Format
    storyline: str | None  # the storyline's id; None for the whole chronology
    content: bytes  # b"" for a file handed to site_downloads' `write`, which keeps none
    size: int  # in bytes

    @property
    def label(self) -> str:
        return LABELS.get(self.format.name, self.format.name)

    @property
    def description(self) -> str:
        # Imported here: the feeds render Markdown with builder.render, which imports this module.
        from builder.exports.feeds import FEED_SIZE

        text = DESCRIPTIONS.get(self.format.name, self.format.media_type)
        return text.replace("{feed_size}", str(FEED_SIZE))


class DownloadMemo:
    """Each format's kept event parts (`EventTexts`), for the site's options: what one `serve`
    keeps from a build to the next, so that an edit writes only the edited event's parts."""

    def __init__(self) -> None:
        self.options: ExportOptions | None = None
        self.texts: dict[str, EventTexts[Any]] = {}
        # (format, storyline): what the file was written from, and its bytes.
        self.files: dict[tuple[str, str | None], tuple[Scope, bytes]] = {}

    def for_build(self, options: ExportOptions) -> dict[str, EventTexts[Any]]:
        if options != self.options:
            self.options, self.texts, self.files = options, {}, {}
        for texts in self.texts.values():
            texts.next_build()
        return self.texts

    def file(self, fmt: Format, scope: Scope, write: Callable[[], bytes]) -> bytes:
        """The file's bytes, kept while it is written from the same storylines and the very
        same events with the same page URLs (a storyline the edit did not touch)."""
        key = (fmt.name, scope.storyline)
        kept = self.files.get(key)
        if kept is None or not kept[0].same(scope):
            kept = self.files[key] = (scope, write())
        return kept[1]


@dataclass(frozen=True)
class Scope:
    """Everything a download's bytes are made of, besides the options: its storyline, the
    storylines' declarations (titles, descriptions, pages), and its events with their URLs."""

    storyline: str | None
    storylines: Mapping[str, Storyline]
    events: tuple[Event, ...]
    urls: tuple[str | None, ...]

    @classmethod
    def of(cls, chronology: Chronology, options: ExportOptions) -> Scope:
        events = selected(chronology, options)
        urls = event_urls(chronology, options)
        return cls(
            options.storyline, chronology.storylines, events, tuple(urls.get(e.id) for e in events)
        )

    def same(self, other: Scope) -> bool:
        return (
            self.storyline == other.storyline
            and len(self.events) == len(other.events)
            and all(map(operator.is_, self.events, other.events))
            and self.urls == other.urls
            and self.storylines == other.storylines
        )


def site_downloads(
    chronology: Chronology,
    options: ExportOptions,
    memo: DownloadMemo | None = None,
    write: Callable[[str, Iterator[bytes]], int] | None = None,
) -> tuple[Download, ...]:
    """Every published file: the whole chronology in each format, then each storyline's, in
    storylines.yml's order. `options.storyline` is ignored: every scope is written.

    `memo`: the previous build's parts, for a rebuild in `serve`. Without one, each event's
    parts are kept only while one format's files are written, not all formats' at once.
    `write(path, pieces)`, when given, is handed each file's bytes in pieces, to write them
    out as they are made and say how many there were; the Downloads then keep none: at 100,000
    events they are some 700 MB, and one file as text several times its size (#14).
    """
    options = replace(options, storyline=None)
    one_off = memo is None
    memo = memo or DownloadMemo()
    texts = memo.for_build(options)
    scopes = [replace(options, storyline=s) for s in (None, *chronology.storylines)]
    kept = [None if one_off else Scope.of(chronology, scoped) for scoped in scopes]
    made: dict[tuple[str | None, str], Download] = {}
    for fmt in formats().values():
        parts = texts.setdefault(fmt.name, EventTexts())
        for scoped, scope in zip(scopes, kept, strict=True):
            path = published_path(chronology, fmt.suffix, scoped.storyline)
            assert path is not None  # a declared storyline always has a name
            if write is not None:
                size = write(path, fmt.pieces(chronology, scoped, parts))
                made[scoped.storyline, fmt.name] = Download(path, fmt, scoped.storyline, b"", size)
                continue
            make = partial(fmt.write, chronology, scoped, parts)
            content = make() if scope is None else memo.file(fmt, scope, make)
            made[scoped.storyline, fmt.name] = Download(
                path, fmt, scoped.storyline, content, len(content)
            )
        if one_off:
            del texts[fmt.name]
    if one_off:
        forget_last_chronology()
    return tuple(made[scoped.storyline, name] for scoped in scopes for name in formats())


def files(downloads: tuple[Download, ...]) -> dict[str, bytes]:
    """{path in the site: bytes}."""
    return {download.path: download.content for download in downloads}


def size_text(size: int) -> str:
    """A file's size as a reader takes it in: "812 bytes", "4.2 kB", "1.3 MB" (SI units), with
    a no-break space, so that a number and its unit are never on two lines."""
    if size < 1000:
        return f"{size}\u00a0byte{'s' * (size != 1)}"
    if size < 999_950:
        return f"{size / 1000:.1f}\u00a0kB"
    return f"{size / 1_000_000:.1f}\u00a0MB"


def href(page_url: str, path: str) -> str:
    """A link from the page at `page_url` ("data/", "data.html", "" for the home page; or a
    source file such as "data.md") to `path`, relative to the site's root."""
    folder = page_url.rstrip("/") if page_url.endswith("/") else posixpath.dirname(page_url)
    return posixpath.relpath(path, folder or ".")


def feed_links(
    chronology: Chronology,
    downloads: tuple[Download, ...],
    options: ExportOptions,
    page_url: str,
    storyline: str | None = None,
) -> str:
    """<link rel="alternate"> tags for a page's <head>: the whole chronology's feeds, then, on a
    storyline's page, that storyline's, each titled as the feed is.

    With a site URL they give the feeds' published addresses, which a reader subscribes to;
    without one, links relative to the page."""
    root = site_root(options)
    scopes = (None,) if storyline is None else (None, storyline)
    tags = []
    for download in downloads:
        if download.storyline not in scopes or download.format.name not in FEEDS:
            continue
        target = root + download.path if root else href(page_url, download.path)
        scope = replace(options, storyline=download.storyline)
        title = f"{calendar_title(chronology, scope)} ({download.label})"
        tags.append(
            f'<link rel="alternate" type="{html.escape(download.format.media_type)}"'
            f' title="{html.escape(title)}" href="{html.escape(target)}">'
        )
    return "".join(tags)


def folder_sitemaps(downloads: tuple[Download, ...], options: ExportOptions) -> dict[str, bytes]:
    """A sitemap in each folder the feeds are linked from, listing that folder's files.

    Material's script reads every <link rel="alternate"> in a page's head as another language
    version of the site and fetches sitemap.xml beside it: without these, every page view made
    a request that failed (data/sitemap.xml, a 404). A sitemap may list the files of its own
    folder (sitemaps.org), so each one also tells search engines where the data lies. Without a
    site URL it lists nothing, as MkDocs' own sitemap.xml does then (it needs full addresses).
    """
    root = site_root(options)
    folders: dict[str, list[str]] = {}
    for download in downloads:
        folders.setdefault(posixpath.dirname(download.path), []).append(download.path)
    written = {}
    for folder, paths in folders.items():
        urls = "".join(
            f"\n    <url><loc>{html.escape(root + path)}</loc></url>" for path in paths if root
        )
        written[f"{folder}/sitemap.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}\n</urlset>\n'
        ).encode()
    return written
