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
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import cmarkgfm
import jinja2
from markupsafe import Markup, escape

from builder import display, timeline
from builder.chronology import group_by_year_and_month, index_by, neighbours, relations
from builder.names import page_names
from builder.urls import safe_url

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from builder.model import DateValue, Event, EventDate, Source
    from builder.pipeline import Chronology

LATEST_COUNT = 8
# "a week after @israeli-strikes-syria-2025-04-02": the id, as the date syntax writes it.
_EVENT_REFERENCE = re.compile(r"@([a-z0-9][a-z0-9-]*)")
_UNSAFE_LINK = re.compile(r'<a href="(?!https?://)[^"]*"[^>]*>(.*?)</a>', re.DOTALL)
_UNSAFE_IMAGE = re.compile(r'<img[^>]*src="(?!https?://)[^"]*"[^>]*>')
# Where a hand-written page includes a generated piece: <!-- chronology: storylines -->.
SNIPPET_MARKER = re.compile(r"<!-- chronology: ([a-z-]+) -->")
ASSETS = ("chronology.css", "timeline.js")
ASSET_FOLDER = "assets/chronology"


@dataclass(frozen=True)
class SiteOptions:
    use_directory_urls: bool = True
    edit_url: str | None = None  # with {path}: where an event's file can be edited
    site_name: str = "Chronology"
    # Links between the pages' source files ("../events/x.md") instead of built URLs, for a
    # generator that turns them into URLs itself and checks them (`chronology render`).
    source_links: bool = False


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
        self, chronology: Chronology, env: jinja2.Environment, options: SiteOptions
    ) -> None:
        self.chronology = chronology
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
        self._facets: dict[str, Markup] = {}
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

    def render(self) -> dict[str, str]:
        pages: dict[str, str] = {}
        pages["chronology.md"] = self._page(
            "chronology.md", "chronology.md.j2", years=group_by_year_and_month(self.events)
        )
        parts = timeline.layout(self.events, self.lanes)
        pages["timeline.md"] = self._page(
            "timeline.md", "timeline.md.j2",
            parts=parts,
            px=next((p.scale for p in parts if isinstance(p, timeline.Segment)), timeline.MIN_PIXELS_PER_DAY),
        )  # fmt: skip
        pages["sources.md"] = self._page("sources.md", "sources.md.j2", sources=self._sources())
        pages["storylines/index.md"] = self._page(
            "storylines/index.md", "storylines.md.j2", counts=self._storyline_counts()
        )
        for key, storyline in self.storylines.items():
            uri = self.storyline_uri(key)
            in_storyline = tuple(e for e in self.events if e.storyline == key)
            pages[uri] = self._page(
                uri,
                "storyline.md.j2",
                storyline=storyline,
                years=group_by_year_and_month(in_storyline),
            )
        for kind, label, terms in (
            ("tags", "Tags", self.tags),
            ("actors", "Actors", self.actors),
            ("places", "Places", self.places),
        ):
            pages[f"{kind}/index.md"] = self._page(
                f"{kind}/index.md", "terms.md.j2", kind=kind, label=label, terms=terms
            )
            for term in terms:
                uri = f"{kind}/{term.slug}.md"
                pages[uri] = self._page(
                    uri,
                    "term.md.j2",
                    kind=kind,
                    label=label,
                    term=term,
                    years=group_by_year_and_month(term.events),
                )
        for event in self.events:
            uri = self.event_uri(event)
            before, after = self.neighbours[event.id]
            pages[uri] = self._page(
                uri, "event.md.j2", event=event, before=before, after=after,
                related=self.related[event.id], edit_url=self._edit_url(event),
            )  # fmt: skip
        return pages

    snippet_names = ("storylines", "latest")

    def fill_snippets(self, uri: str, markdown: str, unknown: Callable[[str], None]) -> str:
        """A hand-written page with its <!-- chronology: NAME --> markers filled in.

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
        # By the first report of each event, when it entered the news: a retrospective source
        # added later (an anniversary piece) must not make an old event "recent".
        latest = sorted(
            self.events,
            key=lambda e: (min(s.published for s in e.sources), e.sort_key),
            reverse=True,
        )[:LATEST_COUNT]
        return self._page(uri, "home_latest.md.j2", latest=latest)

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
                )
                self._entries[key] = Markup(html.strip())
            return self._entries[key]

        return self.env.get_template(template).render(
            link=link,
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
            **context,
        )
