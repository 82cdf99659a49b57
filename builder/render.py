"""The chronology's pages, rendered by Jinja templates that a site can override.

One environment: autoescaping on, StrictUndefined (a template that names a missing value fails
the build instead of printing nothing). Links between generated pages are computed here, because
MkDocs does not rewrite links inside raw HTML.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
import urllib.parse
import zlib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import cmarkgfm
import jinja2
from markupsafe import Markup, escape

from builder import display, timeline
from builder.chronology import group_by_year_and_month, index_by, neighbours, relations
from builder.chronology_pages import (
    SPLIT_ABOVE,
    ChronologyPart,
    chronology_index,
    chronology_parts,
    ordered_years,
    part_of_each_event,
)
from builder.downloads import Download, href, size_text
from builder.facets import Facet, facets
from builder.names import page_names
from builder.urls import safe_url

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from pathlib import Path

    from builder.model import DateValue, Event, EventDate, Source
    from builder.pipeline import Chronology

LATEST_COUNT = 8
# "a week after @israeli-strikes-syria-2025-04-02": the id, as the date syntax writes it.
_EVENT_REFERENCE = re.compile(r"@([a-z0-9][a-z0-9-]*)")
_UNSAFE_LINK = re.compile(r'<a href="(?!https?://)[^"]*"[^>]*>(.*?)</a>', re.DOTALL)
_UNSAFE_IMAGE = re.compile(r'<img[^>]*src="(?!https?://)[^"]*"[^>]*>')
# Where a hand-written page includes a generated piece: <!-- chronology: storylines --> on a
# line of its own. A block goes there, so a marker within a line (`<!-- chronology: latest -->`
# in a page that documents it) is text and stays as it is.
SNIPPET_MARKER = re.compile(r"^<!-- chronology: ([a-z-]+) -->[ \t]*$", re.MULTILINE)
ASSETS = ("chronology.css", "timeline.css", "timeline.js", "facets.css", "facets.js")
ASSET_FOLDER = "assets/chronology"


@dataclass(frozen=True)
class SiteOptions:
    use_directory_urls: bool = True
    edit_url: str | None = None  # with {path}: where an event's file can be edited
    site_name: str = "Chronology"
    # Links between the pages' source files ("../events/x.md") instead of built URLs, for a
    # generator that turns them into URLs itself and checks them (`chronology render`).
    source_links: bool = False
    # The chronology's order ("oldest-first" or "newest-first"), and above how many events it
    # is split into a page per year (a large year: per month) under an index.
    order: str = "oldest-first"
    split_above: int = SPLIT_ABOVE
    # The licence the Data page gives for the downloads (`data_licence`, else `copyright`).
    data_licence: str | None = None
    # An event's media: "link" (default) links it, so a page fetches nothing from another
    # host; "image" shows an image inline, which the reader's browser fetches from its host.
    media: str = "link"


def summary_html(text: str) -> str:
    """CommonMark from event files, with any HTML in it shown as text and only http(s) links kept."""
    # cmark (C) rather than Python-Markdown: the same job at 1/25th of the time, which was 45% of
    # rendering an event page. Its safe mode already drops javascript: and similar URLs.
    rendered = cmarkgfm.markdown_to_html(html.escape(text, quote=False))
    rendered = _UNSAFE_LINK.sub(r"\1", rendered)
    return _UNSAFE_IMAGE.sub("", rendered).rstrip("\n")


def plain_summary(text: str, limit: int = 200) -> str:
    """The summary as one line of plain text, cut at a word: a page's description for search
    engines and link previews (never HTML: the theme and the meta tags escape it)."""
    plain = _TAG.sub("", html.unescape(summary_html(text))) if text else ""
    plain = " ".join(plain.split())
    if len(plain) <= limit:
        return plain
    return plain[: plain.rfind(" ", 0, limit - 1)].rstrip(",;:") + "…"


@dataclass(frozen=True)
class PageParts:
    """A generated page cut where MkDocs needs it: the body, what search indexes, the <head> part.

    A template marks the parts that are not the body as <!--chronology-NAME-->...
    <!--/chronology-NAME--> blocks, one of each at most. `search` is None where the page has no
    search block: search then reads the body itself.
    """

    front_matter: str
    body: str
    search: str | None = None
    head: str = ""

    def unpacked(self) -> PageParts:
        return self


@dataclass(frozen=True)
class SourcesPart:
    """One page of a Sources page split into pages: its reports run from `first` to `last`."""

    uri: str
    number: int
    of: int
    first: Source
    last: Source
    count: int


@dataclass(frozen=True)
class PackedParts:
    """PageParts with the body and the <head> part compressed together (see Packer). A build
    holds every generated page's parts from the moment MkDocs collects files until it writes
    the page: 700 MB of HTML at 100,000 events, a tenth of it compressed (#14)."""

    packed: bytes  # the head part, then the body
    head_length: int  # in characters
    search: str | None
    dictionary: bytes  # the preset dictionary it was compressed with; b"" for none

    def unpacked(self) -> PageParts:
        """The parts, decompressed (without the front matter, which MkDocs has)."""
        if self.dictionary:
            unpacker = zlib.decompressobj(zdict=self.dictionary)
            data = unpacker.decompress(self.packed) + unpacker.flush()
        else:
            data = zlib.decompress(self.packed)
        text = data.decode("utf-8", "surrogatepass")
        return PageParts("", text[self.head_length :], self.search, text[: self.head_length])


class Packer:
    """Compresses the pages of one build. Pages of a kind (a folder: events/, tags/...) share
    most of their HTML, so each is compressed against the first page of its kind as zlib's
    preset dictionary: an event page takes a third of what zlib alone makes of it.

    With a `raw_budget`, pages are kept as they are until they hold that many characters, and
    compressed after: a small site never needs the memory, and compressing and decompressing
    its pages was 3% of a 1,000-event build (#11). `raw_budget_for` gives it.
    """

    WINDOW = 32 * 1024  # what zlib's dictionary can reach back to
    RAW_BUDGET = 16 * 2**20  # the pages of some 2,000 events
    RAW_UP_TO_EVENTS = 2_000

    @classmethod
    def raw_budget_for(cls, events: int) -> int:
        # No budget for a larger site: at 100,000 events, even 16 MiB of pages kept as they were
        # for part of the build added 30 MB to its peak (#14: under 1 GB).
        return cls.RAW_BUDGET if events <= cls.RAW_UP_TO_EVENTS else 0

    def __init__(self, raw_budget: int = 0) -> None:
        self.dictionaries: dict[str, bytes] = {}
        self.raw_left = raw_budget

    def pack(self, uri: str, parts: PageParts) -> PageParts | PackedParts:
        size = len(parts.head) + len(parts.body)
        if size <= self.raw_left:
            self.raw_left -= size
            return replace(parts, front_matter="")  # MkDocs has the front matter
        return self._packed(uri, parts)

    def _packed(self, uri: str, parts: PageParts) -> PackedParts:
        kind = uri.rpartition("/")[0]
        text = (parts.head + parts.body).encode("utf-8", "surrogatepass")
        dictionary = self.dictionaries.get(kind)
        # Level 1: most of the saving for a fraction of the time of the default level.
        if dictionary is None:
            self.dictionaries[kind] = text[-self.WINDOW :]
            packed, dictionary = zlib.compress(text, 1), b""
        else:
            packer = zlib.compressobj(1, zdict=dictionary)
            packed = packer.compress(text) + packer.flush()
        return PackedParts(packed, len(parts.head), parts.search, dictionary)


def split_page(content: str) -> PageParts:
    front_matter, body = split_front_matter(content)
    body, search = _cut_block(body, "search")
    body, head = _cut_block(body, "head")
    return PageParts(front_matter, body, search, head or "")


def _cut_block(body: str, name: str) -> tuple[str, str | None]:
    """(body without the block, the block's content), found with str.find: hub pages are MBs."""
    opening, closing = f"<!--chronology-{name}-->", f"<!--/chronology-{name}-->"
    start = body.find(opening)
    end = body.find(closing, start) if start >= 0 else -1
    if end < 0:
        return body, None
    inner = body[start + len(opening) : end].removeprefix("\n")
    rest = body[end + len(closing) :].removeprefix("\n")
    return body[:start] + rest, inner


def split_front_matter(content: str) -> tuple[str, str]:
    """('---\\n...\\n---', body) of a rendered page."""
    if not content.startswith("---\n"):
        return "", content
    end = content.index("\n---\n", 4) + len("\n---\n")
    return content[: end - 1], content[end:]


def page_url(src_uri: str, use_directory_urls: bool) -> str:
    """The URL MkDocs gives a Markdown page, relative to the site root."""
    stem = src_uri[: -len(".md")]
    if not use_directory_urls:
        return f"{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/"


def asset_files() -> dict[str, str]:
    """The stylesheet and script every generated page needs: {path in the site: text}."""
    folder = resources.files("builder").joinpath("assets")
    return {
        f"{ASSET_FOLDER}/{name}": folder.joinpath(name).read_text(encoding="utf-8")
        for name in ASSETS
    }


def template_error_message(error: jinja2.TemplateError) -> str:
    """Which template failed and where, in one line: most likely a site's own override."""
    where = getattr(error, "filename", None) or getattr(error, "name", None) or "a template"
    line = getattr(error, "lineno", None)
    return f"chronology: {where}{f', line {line}' if line else ''}: {error.message}"


def environment(overrides: Path | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = [jinja2.PackageLoader("builder", "templates")]
    if overrides is not None:
        loaders.insert(0, jinja2.FileSystemLoader(str(overrides)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # One build never edits templates, and `mkdocs serve` makes a new environment per
        # rebuild; checking files on every macro import cost ~15% of a 1,000-event build.
        auto_reload=False,
    )
    env.filters.update(
        date_text=display.date_text,
        value_text=lambda v: display.value_text(v) + display.qualifiers(v),
        day_text=display.day_text,
        datetime=display.html_datetime,
        evidence=display.evidence_text,
        announcement=display.announcement_text,
        safe_url=safe_url,
        summary=lambda text: Markup(summary_html(text)),
        plain_summary=plain_summary,
        json_ld=_json_ld,
    )
    # Called for every listing of every event: rendered in Python, once per event.
    env.globals["time_tag"] = cache(time_tag)
    env.globals["lang_attributes"] = lang_attributes
    return env


_HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)</h\1>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def heading_tokens(html: str) -> list[dict[str, object]]:
    """A generated page's h2/h3 headings as the toc extension gives them (level, id, name,
    children): the years and months of a chronology, the sections of an event page."""
    tokens: list[dict[str, object]] = []
    for level, anchor, inner in _HEADING.findall(html):
        token: dict[str, object] = {
            "level": int(level),
            "id": anchor,
            "name": _TAG.sub("", inner).strip(),
            "children": [],
        }
        if level == "3" and tokens:
            tokens[-1]["children"].append(token)  # type: ignore[union-attr]
        else:
            tokens.append(token)
    return tokens


def time_tag(event: Event) -> Markup:
    """An event's date as a <time>: machine-readable bounds, the date as readers read it."""
    value = event.date.value
    stamp = display.html_datetime(value)
    attribute = f' datetime="{stamp}"' if stamp else ""
    latest = (event.end or event.date).value.latest.iso()
    text = html.escape(display.date_text(event.date, event.end))
    return Markup(
        f'<time{attribute} data-earliest="{value.earliest.iso()}" data-latest="{latest}"'
        f' data-precision="{value.precision}">{text}</time>'
    )


def lang_attributes(source: Source) -> Markup:
    """lang and dir for text in a source's own language, so it is read (and spoken) right."""
    if source.language and source.language != "en":
        return Markup(f' lang="{html.escape(source.language)}" dir="auto"')
    return Markup("")


def _json_ld(event: Event) -> Markup:
    """schema.org Event, safe inside <script>: '<' and '&' are written as JSON escapes."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": _schema_date(event.date.value, end=False),
        "endDate": _schema_date((event.end or event.date).value, end=True),
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if event.summary:
        data["description"] = event.summary
    if event.places:
        data["location"] = [{"@type": "Place", "name": place} for place in event.places]
    sources = [s.url for s in event.sources if safe_url(s.url)]
    if sources:
        data["sameAs" if len(sources) == 1 else "subjectOf"] = (
            sources[0]
            if len(sources) == 1
            else [{"@type": "NewsArticle", "url": url} for url in sources]
        )
    # Compact: without indent, json uses its C encoder (5 µs an event instead of 14).
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def _schema_date(value: DateValue, end: bool) -> str:
    day = value.latest if end else value.earliest
    if value.precision == "minute" and value.time:
        return f"{day.iso()}T{value.time}"
    return day.iso()


class Pages:
    """Every generated page of one chronology: {source path: Markdown text}."""

    def __init__(
        self,
        chronology: Chronology,
        env: jinja2.Environment,
        options: SiteOptions,
        downloads: tuple[Download, ...] = (),
    ) -> None:
        self.chronology = chronology
        self.downloads = downloads  # the files the Data page lists (downloads.site_downloads)
        self.env = env
        self.options = options
        self.events = chronology.events
        self.by_id = {event.id: event for event in self.events}
        self.storylines = chronology.storylines
        self.tags = index_by(self.events, lambda e: e.tags)
        self.actors = index_by(self.events, lambda e: e.actors)
        self.places = index_by(self.events, lambda e: e.places)
        self.neighbours = neighbours(self.events)
        self.related = relations(self.events)
        self.lanes = {key: i for i, key in enumerate(self.storylines)}
        self.storyline_titles = {key: s.title for key, s in self.storylines.items()}
        self._entries: dict[tuple[str, str], Markup] = {}
        # False in a one-off build: the listings' entries are let go once they are rendered.
        self.keep_entries = True
        self._facets: dict[str, Markup] = {}
        self._summary_lines: dict[str, str] = {}
        self.term_slugs = {
            kind: {term.name: term.slug for term in terms}
            for kind, terms in (
                ("tags", self.tags),
                ("actors", self.actors),
                ("places", self.places),
            )
        }
        self.all_facets = self.facets_of(self.events)
        self.chronology_years = ordered_years(self.events, options.order)
        self.chronology_parts = chronology_parts(self.chronology_years, options.split_above)
        self.chronology_page_of = part_of_each_event(self.chronology_parts)
        self.timeline_layout = timeline.layout(self.events, self.lanes)
        self.timeline_parts = timeline.split(self.timeline_layout, options.split_above)
        self.timeline_page_of = timeline.page_of_each_event(self.timeline_parts)
        self.event_pages = page_names([event.id for event in self.events])
        self.storyline_pages = page_names(list(self.storylines))
        self.term_uri = {
            kind: {term.name: f"{kind}/{term.slug}.md" for term in terms}
            for kind, terms in (
                ("tags", self.tags),
                ("actors", self.actors),
                ("places", self.places),
            )
        }

    def facets_of(self, events: Iterable[Event]) -> tuple[Facet, ...]:
        """The facet bar of a page that lists `events` (MemoPages keeps them across rebuilds)."""
        return facets(events, self.storyline_titles, self.term_slugs)

    def facet_attributes(self, event: Event) -> Markup:
        """data-* attributes that client-side facets filter on, the same on every listing:
        storyline key; tag, actor and place slugs (those of their pages), space-separated;
        precision; disputed "yes" or "no"."""
        if event.id not in self._facets:
            slugs = {
                kind: " ".join(self.term_uri[kind][name].split("/")[-1][:-3] for name in names)
                for kind, names in (
                    ("tags", event.tags),
                    ("actors", event.actors),
                    ("places", event.places),
                )
            }
            self._facets[event.id] = Markup(
                f' data-storyline="{escape(event.storyline or "")}"'
                f' data-tags="{escape(slugs["tags"])}" data-actors="{escape(slugs["actors"])}"'
                f' data-places="{escape(slugs["places"])}"'
                f' data-precision="{escape(event.date.value.precision)}"'
                f' data-disputed="{"yes" if event.disputed else "no"}"'
            )
        return self._facets[event.id]

    def forget_entries(self) -> None:
        """Let go of the listings' entries kept while rendering (few are needed after)."""
        self._entries.clear()
        self._summary_lines.clear()
        self._facets.clear()

    def render(self) -> dict[str, str]:
        """{source path: text} of every generated page."""
        return dict(self.rendered())

    def rendered(self) -> Iterator[tuple[str, str]]:
        """(source path, text) of every generated page, one at a time: a build takes each in
        as it comes, rather than holding every page's text at once (#14)."""
        yield from self._chronology().items()
        yield from self._timeline().items()
        yield from self._sources_pages()
        yield (
            "storylines/index.md",
            self._page("storylines/index.md", "storylines.md.j2", counts=self._storyline_counts()),
        )
        for key, storyline in self.storylines.items():
            uri = self.storyline_uri(key)
            in_storyline = tuple(e for e in self.events if e.storyline == key)
            yield from self._listing(
                uri, "storyline.md.j2", storyline.title, in_storyline, storyline=storyline
            ).items()
        for kind, label, terms in (
            ("tags", "Tags", self.tags),
            ("actors", "Actors", self.actors),
            ("places", "Places", self.places),
        ):
            yield (
                f"{kind}/index.md",
                self._page(f"{kind}/index.md", "terms.md.j2", kind=kind, label=label, terms=terms),
            )
            for term in terms:
                uri = f"{kind}/{term.slug}.md"
                yield from self._listing(
                    uri, "term.md.j2", term.name, term.events, kind=kind, label=label, term=term
                ).items()
        if not self.keep_entries:
            self.forget_entries()  # the listings are done: event pages reuse their memory
        for event in self.events:
            uri = self.event_uri(event)
            before, after = self.neighbours[event.id]
            yield uri, self._page(
                uri, "event.md.j2", event=event, before=before, after=after,
                related=self.related[event.id], edit_url=self._edit_url(event),
                media_images=self.options.media == "image",
            )  # fmt: skip

    snippet_names = ("storylines", "latest", "downloads")

    def _chronology(self) -> dict[str, str]:
        """chronology.md with every event; or, split, an index and a page per year or month."""
        years, parts = self.chronology_years, self.chronology_parts
        order = self.options.order
        # Split, chronology.md is the index of the year (and month) pages: it lists no event.
        index = chronology_index(parts)
        listed = () if parts else years
        pages = {
            "chronology.md": self._page(
                "chronology.md", "chronology.md.j2", years=listed, index=index, order=order
            )
        }
        pages.update(self._parts(parts, "chronology.md", "Chronology", order))
        return pages

    def _listing(
        self, uri: str, template: str, title: str, events: tuple[Event, ...], **context: object
    ) -> dict[str, str]:
        """A storyline's or term's page; above `split_above` events, an index of years and
        months and their pages, as the chronology is split (always oldest first)."""
        years = group_by_year_and_month(events)
        parts = chronology_parts(years, self.options.split_above, base=uri[: -len(".md")])
        if not parts:
            here = self.facets_of(events)
            return {
                uri: self._page(
                    uri, template, years=years, index=(), facets=here, order="oldest-first",
                    **context,
                )
            }  # fmt: skip
        index = chronology_index(parts)
        pages = {uri: self._page(uri, template, years=(), index=index, facets=(), **context)}
        pages.update(self._parts(parts, uri, title, "oldest-first"))
        return pages

    def _parts(
        self, parts: tuple[ChronologyPart, ...], index_uri: str, index_title: str, order: str
    ) -> dict[str, str]:
        """The pages of a split listing, each linking its index and its neighbours."""
        pages = {}
        for i, part in enumerate(parts):
            in_part = [e for year in part.years for month in year.months for e in month.events]
            pages[part.uri] = self._page(
                part.uri,
                "chronology_part.md.j2",
                part=part,
                years=part.years,
                order=order,
                index_uri=index_uri,
                index_title=index_title,
                previous=parts[i - 1] if i else None,
                next=parts[i + 1] if i + 1 < len(parts) else None,
                facets=self.facets_of(in_part),
            )
        return pages

    def _timeline(self) -> dict[str, str]:
        """timeline.md with every month; or, split, the overview and a page per year or month."""
        layout, parts = self.timeline_layout, self.timeline_parts
        month_pages = timeline.page_of_each_month(parts)
        pages: dict[str, str] = {}
        pages["timeline.md"] = self._page(
            "timeline.md", "timeline.md.j2", timeline=layout, part=None, parts=parts,
            months=() if parts else layout.parts, month_pages=month_pages, here="timeline.md",
            facets=() if parts else self.all_facets,  # split, it lists no event to filter
        )  # fmt: skip
        for i, part in enumerate(parts):
            pages[part.uri] = self._page(
                part.uri, "timeline.md.j2", timeline=layout, part=part, parts=parts,
                months=part.parts, month_pages=month_pages, here=part.uri,
                previous=parts[i - 1] if i else None,
                next=parts[i + 1] if i + 1 < len(parts) else None,
                facets=self.facets_of(part.events),
            )  # fmt: skip
        return pages

    def timeline_uri(self, event: Event) -> str:
        """The timeline page with the event's label: timeline.md, or its year's or month's."""
        return self.timeline_page_of.get(event.id, "timeline.md")

    def chronology_uri(self, event: Event) -> str:
        """The chronology page that lists the event: chronology.md, or its year's or month's."""
        return self.chronology_page_of.get(event.id, "chronology.md")

    def summary_line(self, event: Event) -> str:
        """The summary as one short line of text, for the entry on every page that lists it."""
        if event.id not in self._summary_lines:
            self._summary_lines[event.id] = (
                plain_summary(event.summary, 120) if event.summary else ""
            )
        return self._summary_lines[event.id]

    def fill_snippets(self, uri: str, markdown: str, unknown: Callable[[str], None]) -> str:
        """A hand-written page with its <!-- chronology: NAME --> lines filled in.

        `unknown` is told each name that is no snippet; its marker is left as it is.
        """

        def fill(match: re.Match[str]) -> str:
            if match[1] not in self.snippet_names:
                unknown(match[1])
                return match[0]
            return self.snippet(uri, match[1])

        return SNIPPET_MARKER.sub(fill, markdown)

    def snippet(self, uri: str, name: str) -> str:
        """A piece a hand-written page includes with <!-- chronology: NAME -->."""
        if name == "storylines":
            return self._page(uri, "home_storylines.md.j2", counts=self._storyline_counts())
        if name == "downloads":
            return self._downloads(uri)
        # By the first report of each event, when it entered the news: a retrospective source
        # added later (an anniversary piece) must not make an old event "recent".
        latest = sorted(
            self.events,
            key=lambda e: (min(s.published for s in e.sources), e.sort_key),
            reverse=True,
        )[:LATEST_COUNT]
        return self._page(uri, "home_latest.md.j2", latest=latest)

    def _downloads(self, uri: str) -> str:
        """The Data page's list: every published file, linked, with its format and size."""
        if not self.downloads:
            return ""
        here = uri if self.options.source_links else page_url(uri, self.options.use_directory_urls)

        def row(download: Download) -> dict[str, object]:
            return {
                "href": href(here, download.path),
                "name": posixpath.basename(download.path),
                "download": download,
                "bytes": download.size,
                "size": size_text(download.size),
            }

        whole = [row(d) for d in self.downloads if d.storyline is None]
        by_storyline: dict[str, list[dict[str, object]]] = {}
        for download in self.downloads:
            if download.storyline is not None:
                by_storyline.setdefault(download.storyline, []).append(row(download))
        return self._page(
            uri, "downloads.md.j2", whole=whole, by_storyline=by_storyline,
            licence=self.options.data_licence,
        )  # fmt: skip

    def event_uri(self, event: Event) -> str:
        return f"events/{self.event_pages[event.id]}.md"

    def storyline_uri(self, key: str) -> str:
        return f"storylines/{self.storyline_pages[key]}.md"

    @staticmethod
    def hub_uris() -> tuple[str, ...]:
        return ("chronology.md", "timeline.md", "sources.md", "storylines/index.md",
                "tags/index.md", "actors/index.md", "places/index.md")  # fmt: skip

    def _edit_url(self, event: Event) -> str | None:
        template = self.options.edit_url
        # A file name may hold spaces or other characters a URL cannot: encode them.
        path = urllib.parse.quote(event.path, safe="/")
        return safe_url(template.replace("{path}", path)) if template else None

    def _sources_pages(self) -> Iterator[tuple[str, str]]:
        """sources.md with every report; or, above `split_above` reports, an index of pages of
        at most that many each, in the same order (at 100,000 events the one page was 30 MB)."""
        sources = self._sources()
        limit = self.options.split_above
        if len(sources) <= limit:
            yield (
                "sources.md",
                self._page("sources.md", "sources.md.j2", sources=sources, parts=(), part=None),
            )
            return
        chunks = [sources[start : start + limit] for start in range(0, len(sources), limit)]
        parts = tuple(
            SourcesPart(
                f"sources/{number}.md", number, len(chunks), chunk[0][0], chunk[-1][0], len(chunk)
            )
            for number, chunk in enumerate(chunks, start=1)
        )
        yield (
            "sources.md",
            self._page("sources.md", "sources.md.j2", sources=(), parts=parts, part=None),
        )
        for index, (part, chunk) in enumerate(zip(parts, chunks, strict=True)):
            yield part.uri, self._page(
                part.uri, "sources.md.j2", sources=chunk, parts=(), part=part,
                previous=parts[index - 1] if index else None,
                next=parts[index + 1] if index + 1 < len(parts) else None,
            )  # fmt: skip

    def _sources(self) -> list[tuple[Source, tuple[Event, ...]]]:
        found: dict[tuple[str, str], tuple[Source, list[Event]]] = {}
        for event in self.events:
            for source in event.sources:
                key = (source.url, source.publisher)
                found.setdefault(key, (source, []))[1].append(event)
        ordered = sorted(
            found.values(),
            key=lambda item: (item[0].publisher.casefold(), item[0].published, item[0].url),
        )
        return [(source, tuple(events)) for source, events in ordered]

    def _storyline_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(self.storylines, 0)
        for event in self.events:
            if event.storyline in counts:
                counts[event.storyline] += 1
        return counts

    def _source_item(
        self,
        up: str,
        source: Source,
        events: tuple[Event, ...],
        event_link: Callable[[Event], str],
    ) -> Markup:
        """A report on the Sources page, with the events it is cited for (`up`: the page's
        depth, which its links depend on; MemoPages keeps the item while they are the same)."""
        html = self.env.get_template("source.html.j2").render(
            source=source, events=events, event_link=event_link
        )
        return Markup(html.strip())

    def _page(self, uri: str, template: str, **context: object) -> str:
        if self.options.source_links:
            # From this page's source file up to the source folder and down to the target's.
            up = "../" * uri.count("/")

            def link(target: str) -> str:
                return up + target

        else:
            own_url = page_url(uri, self.options.use_directory_urls)
            # The folder the page's HTML lands in: "events/x/" is events/x/index.html.
            here = (
                own_url.rstrip("/")
                if own_url.endswith("/") or not own_url
                else posixpath.dirname(own_url)
            )
            up = "../" * (here.count("/") + 1) if here else ""

            def link(target: str) -> str:
                # Every URL here is relative to the site root: a link climbs to it and descends.
                url = page_url(target, self.options.use_directory_urls)
                return "./" if url == own_url else (up + url or "./")

        def event_link(event: Event) -> str:
            return link(self.event_uri(event))

        def term_link(kind: str, name: str) -> str:
            return link(self.term_uri[kind][name])

        def evidence_html(date: EventDate) -> Markup:
            """The evidence line, each "@event-id" in it shown as that event's title, linked."""
            parts = _EVENT_REFERENCE.split(display.evidence_text(date))
            html = [escape(parts[0])]
            for reference, text in zip(parts[1::2], parts[2::2], strict=True):
                other = self.by_id.get(reference)
                if other is None:
                    html.append(escape(f"@{reference}"))
                else:
                    html.append(
                        Markup('<a href="{}">{}</a>').format(event_link(other), other.title)
                    )
                html.append(escape(text))
            return Markup("").join(html)

        def storyline_link(key: str) -> str:
            return link(self.storyline_uri(key))

        def entry(event: Event) -> Markup:
            # The same entry stands on the chronology, storyline, tag, actor and place pages;
            # its links depend only on how deep the page is, so it is rendered once per depth.
            key = (up, event.id)
            if key not in self._entries:
                html = self.env.get_template("entry.html.j2").render(
                    event=event,
                    event_link=event_link,
                    storylines=self.storylines,
                    facet_attributes=self.facet_attributes,
                    summary_line=self.summary_line,
                )
                self._entries[key] = Markup(html.strip())
            return self._entries[key]

        def source_item(source: Source, events: tuple[Event, ...]) -> Markup:
            return self._source_item(up, source, events, event_link)

        return self.env.get_template(template).render(
            link=link,
            source_item=source_item,
            event_link=event_link,
            term_link=term_link,
            evidence_html=evidence_html,
            storyline_link=storyline_link,
            facet_attributes=self.facet_attributes,
            entry=entry,
            storylines=self.storylines,
            storyline_titles=self.storyline_titles,
            site_name=self.options.site_name,
            event_count=len(self.events),
            chronology_link=lambda event: f"{link(self.chronology_uri(event))}#{event.id}",
            timeline_link=lambda event: f"{link(self.timeline_uri(event))}#t-{event.id}",
            **{"facets": self.all_facets, **context},
        )
