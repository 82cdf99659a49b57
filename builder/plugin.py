"""The MkDocs plugin: thin wiring from MkDocs' build events to the pipeline and the renderer.

Pages are generated in memory (`File.generated`), never written into docs/; event, storyline,
tag, actor and place pages stay out of the nav, as `RenderedPage`s that skip Markdown. Site
search reads an event's search block, not its page. Every event problem is logged as an error,
so `mkdocs build --strict` fails and lists them all in one run.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from builder import chrome, search
from builder.cache import collection_paused
from builder.chronology_pages import ORDERS, SPLIT_ABOVE
from builder.downloads import Download, feed_links, folder_sitemaps, site_downloads
from builder.exports import ExportOptions
from builder.incremental import (
    GeneratedFile,
    Incremental,
    MemoPages,
    search_plugin,
    templates_key,
)
from builder.pipeline import Chronology, load_chronology, load_with_date_cache
from builder.render import (
    PackedParts,
    Packer,
    PageParts,
    Pages,
    SiteOptions,
    asset_files,
    environment,
    heading_tokens,
    page_url,
    split_page,
    template_error_message,
)
from builder.sibling_links import linked_folders, sibling_key
from builder.sitemap import MAX_URLS, split_sitemap
from builder.watching import notified_watches

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation
    from mkdocs.utils.templates import TemplateContext

log = logging.getLogger("mkdocs.plugins.chronology")
_pinned_by_us = False
PLACEHOLDER = "<!-- chronology: page body -->"


class ChronologyConfig(base.Config):
    events_dir = c.Type(str, default="events")
    templates_dir = c.Optional(c.Type(str))
    # Where an event's YAML can be edited; "{path}" becomes e.g. events/x/y.yml. Default: from
    # repo_url, on the main branch.
    edit_url = c.Optional(c.Type(str))
    branch = c.Type(str, default="main")
    # The chronology page's order, and above how many events it becomes an index of pages per
    # year (per month for a year with more than that): see builder/chronology_pages.py.
    order = c.Choice(ORDERS, default="oldest-first")
    split_above = c.Type(int, default=SPLIT_ABOVE)
    # The exports published under data/ (and the feeds linked from every page): false leaves
    # them out, for a chronology too large to publish whole in every format.
    downloads = c.Type(bool, default=True)
    # The licence the Data page gives for the downloads, as plain text; default: `copyright`.
    data_licence = c.Optional(c.Type(str))
    # An event's media as a link (nothing fetched from another host) or an inline image.
    media = c.Choice(("link", "image"), default="link")
    # URLs per sitemap file: above it, sitemap.xml becomes an index of sitemap-N.xml files.
    sitemap_max_urls = c.Type(int, default=MAX_URLS)


class ChronologyPlugin(BasePlugin[ChronologyConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.chronology: Chronology | None = None
        self.site_name = ""
        self.pages: Pages | None = None
        self.bodies: dict[str, PageParts | PackedParts] = {}
        self.root = Path()  # set in on_config; a deleted working folder must not break loading
        self.downloads: tuple[Download, ...] = ()
        self.export_options = ExportOptions()
        self._downloads_of: Chronology | None = None
        self._storyline_pages: dict[str, str] = {}  # {storyline page's uri: storyline id}
        self.lazy_search = False  # Material's search is on: its index loads at the first search
        # Kept between the rebuilds of one `mkdocs serve` (MkDocs keeps a plugin instance that
        # has on_startup): see builder/incremental.py. None in a one-off build.
        self.incremental: Incremental | None = None
        self.serving: bool | None = None  # on_startup's `dirty`, while serving
        self.nav: Navigation | None = None
        # What a page's <head> gets besides its own parts, by the folders it shares links with.
        self._heads: dict[tuple[object, ...], str] = {}
        self._head_targets: frozenset[tuple[str, ...]] = frozenset()
        self.chrome: chrome.ChromeMemo | None = None  # this build's memo of Material's chrome
        self._writing: tuple[Page, PageParts] | None = None  # the page MkDocs writes, unpacked
        self._packer = Packer()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = dirty if command == "serve" else None
        self.incremental = None
        if self.serving:
            # MkDocs warns on every dirty rebuild that pages may be stale; the plugin rewrites
            # every page that changed (builder/incremental.py), so it says that once instead.
            logging.getLogger("mkdocs.commands.build").addFilter(_dirty_warning)
            log.info(
                "chronology: a rebuild writes only the pages an edit changed, "
                "byte for byte as a full build would"
            )

    def on_shutdown(self) -> None:
        if self.incremental is not None:
            self.incremental.stop_collection()
            self.incremental.resume_collection()
        self.serving = self.incremental = None
        logging.getLogger("mkdocs.commands.build").removeFilter(_dirty_warning)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        self.events_dir = self.root / self.config.events_dir
        templates = self.config.templates_dir
        self.templates_dir = self.root / templates if templates else None
        if self.templates_dir is not None and not self.templates_dir.is_dir():
            raise PluginError(f"chronology: templates_dir {templates!r} is not a folder")
        self.chronology = self._load(config)
        for problem in self.chronology.problems:
            log.error(str(problem))
        _pin_build_date(self.chronology)
        # Material prints site_name unescaped in <title> and an aria-label: a title with a quote
        # or "<b>" would break them. Our own templates get the name as written, and escape it.
        self.site_name = str(config.site_name or "")
        config.site_name = Markup.escape(self.site_name)
        for uri in asset_files():
            target = config.extra_css if uri.endswith(".css") else config.extra_javascript
            if uri not in target:
                target.append(uri)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.chronology is not None
        options = SiteOptions(
            use_directory_urls=config.use_directory_urls,
            edit_url=self._edit_url(config),
            site_name=self.site_name,
            order=self.config.order,
            split_above=self.config.split_above,
            data_licence=self.config.data_licence or config.copyright,
            media=self.config.media,
        )
        self._add_downloads(files, config)
        env = environment(self.templates_dir)
        if self.incremental is None:
            pages = self.pages = Pages(self.chronology, env, options, self.downloads)
        else:
            env.bytecode_cache = self.incremental.templates
            pages = self.pages = MemoPages(
                self.chronology, env, options, self.downloads,
                memo=self.incremental.render, templates=templates_key(self.templates_dir),
            )  # fmt: skip
        self._storyline_pages = {
            pages.storyline_uri(key): key for key in self.chronology.storylines
        }
        hubs = set(pages.hub_uris())
        pages.keep_entries = self.incremental is not None
        self.bodies = {}
        self._packer = Packer(Packer.raw_budget_for(len(self.chronology.events)))
        try:
            with collection_paused():
                # A page at a time: its text is let go once it is split (and, in a build,
                # compressed), never every page's text at once (#14: build memory).
                for uri, content in pages.rendered():
                    self._add_page(files, config, hubs, uri, content)
        except jinja2.TemplateError as error:
            # Most likely a template override: say which one and where, not a traceback.
            raise PluginError(template_error_message(error)) from None
        for uri, content in asset_files().items():
            files.append(File.generated(config, uri, content=content))
        self.lazy_search = search.index_entries(config) is not None
        if self.lazy_search:
            files.append(File.generated(config, search.SEARCH_SCRIPT, content=search.script_text()))
        self._heads = {}
        self._head_targets = linked_folders(
            [d.path for d in self.downloads] + [search.SEARCH_SCRIPT]
        )
        if self.incremental is not None:
            self.incremental.dirty.files_ready(files, config)
        return files

    def _add_page(
        self, files: Files, config: MkDocsConfig, hubs: set[str], uri: str, content: str
    ) -> None:
        if files.src_uris.get(uri) is not None:  # get_file_from_path, without PurePath
            if uri not in hubs:
                # Only a hub may be replaced by hand; an event or term page never silently.
                log.error(
                    f"chronology: docs/{uri} is a hand-written page where the chronology's "
                    "page of that name goes; rename or remove it"
                )
            return  # a hand-written hub page of the same name wins
        inclusion = InclusionLevel.UNDEFINED if uri in hubs else InclusionLevel.NOT_IN_NAV
        # MkDocs gets the front matter and a placeholder; the rendered HTML goes in at
        # on_page_content, so Python-Markdown never re-parses HTML that is already built
        # (it was most of the build time: 3.6x a bare site at 1,000 events).
        if self.incremental is None:
            parts = split_page(content)
            self.bodies[uri] = self._packer.pack(uri, parts)
        else:
            parts = self.bodies[uri] = self.incremental.dirty.page_parts(uri, content)
        stub = f"{parts.front_matter}\n{PLACEHOLDER}\n"
        file = (
            GeneratedFile.generated(config, uri, content=stub, inclusion=inclusion)
            if self.incremental is None
            else self.incremental.dirty.page_file(
                config, uri, content, content=stub, inclusion=inclusion
            )
        )
        if uri not in hubs:
            # Hub pages are left to MkDocs, so that a title given in the nav still applies.
            RenderedPage(None, file, config)
        files.append(file)

    def on_env(
        self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment:
        if self.nav is not None:
            self.chrome = chrome.install(
                env, self.nav, chrome.linked_urls(self.nav, config),
                lambda page: isinstance(page, RenderedPage),
            )  # fmt: skip
        if self.incremental is not None and self.nav is not None:
            from mkdocs.commands.build import _populate_page  # what MkDocs does to a page

            env.bytecode_cache = self.incremental.templates  # the theme's, compiled once

            self.incremental.dirty.before_writing(
                config, files, self.nav, lambda page: _populate_page(page, config, files),
                self._head_inputs(),
            )  # fmt: skip
        return env

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        return nav

    def on_build_error(self, *, error: Exception) -> None:
        if self.incremental is not None:
            self.incremental.failed()

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        """Fill <!-- chronology: NAME --> markers in hand-written pages (home page lists)."""
        if "<!-- chronology: " not in markdown or self.pages is None:
            return markdown
        known = ", ".join(self.pages.snippet_names)

        def unknown(name: str) -> None:
            log.error(f"{page.file.src_uri}: unknown chronology snippet {name!r} ({known})")

        return self.pages.fill_snippets(page.file.src_uri, markdown, unknown)

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        parts = self.bodies.get(page.file.src_uri)
        if parts is None:
            return html
        # The body and the table of contents go in when MkDocs writes the page
        # (on_page_context), and out after, so that no page holds its HTML from now until the
        # last page is written (#14).
        return parts.search or ""

    @event_priority(100)  # before the search plugin reads page.content and page.toc
    def _content_for_search(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        packed = self.bodies.get(page.file.src_uri)
        if packed is None:
            return context
        parts = packed.unpacked()  # once a page, until on_post_page
        self._writing = (page, parts)
        if not page.toc.items:
            # The generated pages are HTML, which the toc extension does not read: their year,
            # month and section headings make the page's table of contents here.
            page.toc = get_toc(heading_tokens(parts.body))
        # Site search indexes page.content: an event page hands it its search block (date,
        # names, summary: a few tags to parse), a listing left out of search nothing (Material
        # still runs a regular expression over it: the listings are MBs), any other page its
        # body. _content_for_page puts the body back.
        if parts.search is not None:
            page.content = parts.search
        elif (page.meta.get("search") or {}).get("exclude"):
            page.content = ""
        else:
            page.content = parts.body
        return context

    @event_priority(-100)  # after the search plugin has read page.content
    def _content_for_page(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        parts = self._written(page)
        if parts is not None:
            page.content = parts.body
        if self.incremental is not None:
            self.incremental.dirty.page_indexed(config, page)
        return context

    on_page_context = CombinedEvent(_content_for_search, _content_for_page)

    def _written(self, page: Page) -> PageParts | None:
        """The parts of the generated page MkDocs is writing (unpacked at on_page_context)."""
        writing = self._writing
        return writing[1] if writing is not None and writing[0] is page else None

    def _head_inputs(self) -> object:
        """What on_post_page adds to a page depends on, besides the page itself: a dirty rebuild
        rewrites every page when it changes. Keep it in step with on_post_page."""
        assert self.chronology is not None
        feeds = tuple((d.path, d.format.name, d.storyline) for d in self.downloads)
        return (feeds, self.chronology.storylines, self.export_options, self._storyline_pages,
                self.lazy_search)  # fmt: skip

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        parts = self._written(page)
        head = parts.head if parts is not None else ""
        # Every page, hand-written ones too, announces the chronology's feeds; a storyline's
        # page its own too.
        storyline = self._storyline_pages.get(page.file.src_uri)
        key = sibling_key(page.url, self._head_targets)
        added = None if key is None else self._heads.get((key, storyline))
        if added is None:
            added = self._head_links(page.url, storyline)
            if key is not None:  # the same for the page's siblings: worked out once (#14)
                self._heads[(key, storyline)] = added
        head += added
        if parts is not None:
            # Written: its HTML and table of contents go (see on_page_content).
            self._writing = None
            page.content = None
            page.toc = get_toc([])
        return output.replace("</head>", f"{head}</head>", 1) if head else output

    def _head_links(self, page_url: str, storyline: str | None) -> str:
        assert self.chronology is not None
        added = feed_links(
            self.chronology, self.downloads, self.export_options, page_url, storyline
        )
        return added + search.head_tag(page_url) if self.lazy_search else added

    @event_priority(50)  # before the search plugin writes its index
    def _post_build_before_search(self, *, config: MkDocsConfig) -> None:
        self._sitemap(config)
        # Every page is written: their bodies and what rendered them go, before the search
        # index is written and compacted (at 100,000 events, the build's last peak of memory).
        pages, self.pages, self.bodies = self.pages, None, {}
        if self.incremental is None:
            _give_back_memory()
        else:
            # First: the search entries of the pages a dirty build did not rebuild go back in.
            self.incremental.dirty.finish(config)
            self.incremental.collect_when_idle()
        entries = search.index_entries(config)
        if entries is None or pages is None or self.chronology is None:
            return
        urls = (
            (page_url(pages.event_uri(event), config.use_directory_urls), event)
            for event in self.chronology.events
        )
        search.add_event_dates(entries, search.event_dates(urls))

    @event_priority(-50)  # after the search plugin has written its index
    def _compact_search_index(self, *, config: MkDocsConfig) -> None:
        written = Path(config.site_dir) / search.MATERIAL_INDEX
        if not self.lazy_search or not written.is_file():
            return
        suffix = "/" if config.use_directory_urls else ".html"
        kept = None if self.incremental is None else self.incremental.search_rows
        plugin = search_plugin(config)
        known, material_config = search.written_config(written)
        if plugin is not None and known:
            # From the search plugin's entries in memory, not the file read back (#14).
            entries = plugin.search_index.entries
            compact = search.compact_docs(material_config, entries, "events/", suffix, kept)
        else:
            text = written.read_text(encoding="utf-8")
            compact = search.compact_index(text, "events/", suffix, kept)
        (Path(config.site_dir) / search.COMPACT_INDEX).write_text(compact, encoding="utf-8")

    # MkDocs calls one on_post_build per plugin: these two run on either side of search's.
    on_post_build = CombinedEvent(_post_build_before_search, _compact_search_index)

    def _sitemap(self, config: MkDocsConfig) -> None:
        """Sitemap files of at most `sitemap_max_urls` pages each (see builder/sitemap.py)."""
        if self.config.sitemap_max_urls < 1:
            raise PluginError("chronology: sitemap_max_urls must be 1 or more")
        if not config.site_url:
            # Info, not a warning: `mkdocs build --strict` fails on warnings, and a site without
            # a published address yet (this repository's own) must still build strictly.
            log.info(
                "chronology: site_url is not set in mkdocs.yml, so sitemap.xml lists no "
                "pages; set it to the published address"
            )
            return
        split_sitemap(config.site_dir, config.site_url, self.config.sitemap_max_urls)

    def _add_downloads(self, files: Files, config: MkDocsConfig) -> None:
        """The exports as files of the site (data/...): `chronology export`'s bytes, with the
        site's URL and name. Without site_url, as the command writes them without --site-url:
        no links to pages, ids that need none."""
        assert self.chronology is not None
        if not self.config.downloads:
            self.downloads, self._downloads_of = (), None
            return
        options = ExportOptions(
            site_url=config.site_url or "",
            site_name=self.site_name,
            directory_urls=config.use_directory_urls,
        )
        if self.incremental is None:
            # A build writes each file into the site as it is made (MkDocs has cleaned the
            # folder already), instead of holding them all until MkDocs copies files (#14).
            def write(path: str, pieces: Iterator[bytes]) -> int:
                if files.get_file_from_path(path) is not None:  # the error below
                    return sum(len(piece) for piece in pieces)
                return WrittenFile.write(config, path, pieces)

            self.downloads = site_downloads(self.chronology, options, write=write)
            self.export_options = options
        # `serve` rebuilds: written again only for newly loaded data or other settings.
        elif self._downloads_of is not self.chronology or options != self.export_options:
            self.downloads = site_downloads(self.chronology, options, self.incremental.downloads)
            self.export_options = options
            self._downloads_of = self.chronology
        for download in self.downloads:
            if files.get_file_from_path(download.path) is not None:
                log.error(
                    f"chronology: docs/{download.path} is a hand-written file where the "
                    "chronology's download of that name goes; rename or remove it"
                )
                continue
            if self.incremental is None:
                files.append(WrittenFile.written(config, download.path))
            else:
                files.append(self._data_file(config, download.path, download.content))
        for path, content in folder_sitemaps(self.downloads, options).items():
            if files.get_file_from_path(path) is None:
                files.append(self._data_file(config, path, content))

    def _data_file(self, config: MkDocsConfig, path: str, content: bytes) -> File:
        """A generated file that is no page; in `serve --dirty`, written only when it changed."""
        if self.incremental is None:
            return File.generated(config, path, content=content)
        return self.incremental.dirty.data_file(config, path, content)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: object
    ) -> LiveReloadServer:
        server.watch(str(self.events_dir))
        if self.templates_dir is not None:
            server.watch(str(self.templates_dir))
        return notified_watches(server)

    def _load(self, config: MkDocsConfig) -> Chronology:
        if self.serving is None:
            # The date cache `chronology validate` keeps: a rebuild reads its dates from it,
            # not through the rules (#11). Without one (a read-only home), the build resolves
            # every date, as fast as before.
            return load_with_date_cache(self.events_dir, relative_to=self.root)[0]
        site = (str(config.config_file_path), str(self.events_dir))
        if self.incremental is None or self.incremental.site != site:
            self.incremental = Incremental.new(site, dirty=self.serving)
        kept = self.incremental
        kept.pause_collection()  # this rebuild needs the time; what it leaves is collected after
        chronology = load_chronology(
            self.events_dir, relative_to=self.root, resolver=kept.dates.resolve,
            checked=kept.checked,
        )  # fmt: skip
        return kept.keep_events(chronology)

    def _edit_url(self, config: MkDocsConfig) -> str | None:
        if self.config.edit_url:
            return self.config.edit_url
        if config.repo_url:
            return f"{config.repo_url.rstrip('/')}/edit/{self.config.branch}/{{path}}"
        return None


def _give_back_memory() -> None:
    """Return the memory a build has let go to the system. glibc keeps freed memory for reuse,
    but the search plugin's index, written next, takes new memory on top of it: at 100,000
    events that was the build's peak."""
    try:
        libc = ctypes.CDLL(None)  # the C library the interpreter runs on
    except OSError:
        return
    trim = getattr(libc, "malloc_trim", None)  # glibc's; other C libraries go without
    if trim is not None:
        trim(0)


def _dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


class WrittenFile(File):
    """A generated file the plugin has written into the site already (a download): MkDocs
    lists it among the site's files, links to it resolve, and it copies nothing."""

    @staticmethod
    def target(config: MkDocsConfig, path: str) -> str:
        return os.path.join(config.site_dir, *path.split("/"))

    @classmethod
    def write(cls, config: MkDocsConfig, path: str, pieces: Iterable[bytes]) -> int:
        """Write the file at `path` in the site from its pieces; how many bytes it has."""
        target = cls.target(config, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        size = 0
        with open(target, "wb", buffering=1 << 16) as stream:
            for piece in pieces:
                size += stream.write(piece)
        return size

    @classmethod
    def written(cls, config: MkDocsConfig, path: str) -> File:
        return cls.generated(config, path, abs_src_path=cls.target(config, path))

    def copy_file(self, dirty: bool = False) -> None:
        pass  # written when it was made


# A URL urljoin appends as it is: path segments of unreserved characters, none "." or "..".
_PLAIN_URL = re.compile(r"[\w~-][\w.~-]*(/[\w~-][\w.~-]*)*/?", re.ASCII)
# A site URL with a query or fragment, or without a scheme and host, is left to urljoin.
_NOT_PLAIN_BASE = re.compile(r"[?#]|^(?![a-z][a-z0-9+.-]*://[^/])", re.IGNORECASE)


class RenderedPage(Page):
    """A page whose HTML the plugin has rendered already, so Markdown has nothing to convert.

    MkDocs lets a plugin give a file its own Page (File.page), as Material's blog plugin does.
    Skipping Python-Markdown (an instance with every configured extension, per page) saves about
    a quarter of what MkDocs spends on a plain page; the HTML arrives at on_page_content.
    """

    def _set_canonical_url(self, base: str | None) -> None:
        # What MkDocs' urljoin gives for a generated page's plain relative URL ("events/x/"),
        # for a tenth of its cost: it was 5% of a rebuild in `serve` at 10,000 events (#14).
        url = self.url
        if base and _PLAIN_URL.fullmatch(url) and not _NOT_PLAIN_BASE.search(base):
            base = base if base.endswith("/") else base + "/"
            self.canonical_url = base + url
            self.abs_url = urlsplit(base).path + url
        else:
            super()._set_canonical_url(base)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        self.content = self.markdown
        self.toc = get_toc([])


# The build date ends up in gzip headers (sitemap.xml.gz), which hold seconds since 1970 in 32
# bits: a date from the data is kept inside what they can hold, so no data can crash a build.
EPOCH_RANGE = (0, 2**32 - 1 - 86400)


def _pin_build_date(chronology: Chronology) -> None:
    """Derive MkDocs' build date (sitemap, gzip headers) from the data, never from the clock.

    An explicit SOURCE_DATE_EPOCH wins; otherwise the latest day the data mentions (a source's
    publication date or a correction), at noon UTC, within EPOCH_RANGE; 1 January 1970 for a
    chronology with no dates at all, so that even an empty one is built the same everywhere.
    """
    global _pinned_by_us
    if "SOURCE_DATE_EPOCH" in os.environ and not _pinned_by_us:
        return
    days = [source.published for event in chronology.events for source in event.sources]
    days += [update.day for event in chronology.events for update in event.updates]
    latest = max(days, default=None)
    seconds = 0 if latest is None else latest.number * 86400 + 12 * 3600
    first, last = EPOCH_RANGE
    os.environ["SOURCE_DATE_EPOCH"] = str(min(max(seconds, first), last))
    _pinned_by_us = True  # `mkdocs serve` re-derives it when the data changes
