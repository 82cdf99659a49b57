"""The MkDocs plugin: thin wiring from MkDocs' build events to the pipeline and the renderer.

Pages are generated in memory (`File.generated`), never written into docs/; event, storyline,
tag, actor and place pages stay out of the nav, as `RenderedPage`s that skip Markdown. Site
search reads an event's search block, not its page. Every event problem is logged as an error,
so `mkdocs build --strict` fails and lists them all in one run.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from builder.cache import collection_paused
from builder.pipeline import Chronology, load_chronology
from builder.render import (
    PageParts,
    Pages,
    SiteOptions,
    asset_files,
    environment,
    heading_tokens,
    split_page,
    template_error_message,
)

if TYPE_CHECKING:
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


class ChronologyPlugin(BasePlugin[ChronologyConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.chronology: Chronology | None = None
        self.site_name = ""
        self.pages: Pages | None = None
        self.bodies: dict[str, PageParts] = {}
        self.root = Path()  # set in on_config; a deleted working folder must not break loading

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        self.events_dir = self.root / self.config.events_dir
        templates = self.config.templates_dir
        self.templates_dir = self.root / templates if templates else None
        if self.templates_dir is not None and not self.templates_dir.is_dir():
            raise PluginError(f"chronology: templates_dir {templates!r} is not a folder")
        self.chronology = load_chronology(self.events_dir, relative_to=self.root)
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
        )
        pages = self.pages = Pages(self.chronology, environment(self.templates_dir), options)
        hubs = set(pages.hub_uris())
        try:
            with collection_paused():
                rendered = pages.render()
        except jinja2.TemplateError as error:
            # Most likely a template override: say which one and where, not a traceback.
            raise PluginError(template_error_message(error)) from None
        self.bodies = {}
        for uri, content in rendered.items():
            if files.get_file_from_path(uri) is not None:
                if uri not in hubs:
                    # Only a hub may be replaced by hand; an event or term page never silently.
                    log.error(
                        f"chronology: docs/{uri} is a hand-written page where the chronology's "
                        "page of that name goes; rename or remove it"
                    )
                continue  # a hand-written hub page of the same name wins
            inclusion = InclusionLevel.UNDEFINED if uri in hubs else InclusionLevel.NOT_IN_NAV
            # MkDocs gets the front matter and a placeholder; the rendered HTML goes in at
            # on_page_content, so Python-Markdown never re-parses HTML that is already built
            # (it was most of the build time: 3.6x a bare site at 1,000 events).
            parts = split_page(content)
            self.bodies[uri] = parts
            stub = f"{parts.front_matter}\n{PLACEHOLDER}\n"
            file = File.generated(config, uri, content=stub, inclusion=inclusion)
            if uri not in hubs:
                # Hub pages are left to MkDocs, so that a title given in the nav still applies.
                RenderedPage(None, file, config)
            files.append(file)
        for uri, content in asset_files().items():
            files.append(File.generated(config, uri, content=content))
        return files

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
        if not page.toc.items:
            # The generated pages are HTML, which the toc extension does not read: their year,
            # month and section headings make the page's table of contents here.
            page.toc = get_toc(heading_tokens(parts.body))
        # Site search indexes page.content at on_page_context. An event page hands it its search
        # block (date, names, summary: a few tags to parse) and gets its body back after.
        return parts.body if parts.search is None else parts.search

    @event_priority(-100)  # after the search plugin has read page.content
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        parts = self.bodies.get(page.file.src_uri)
        if parts is not None and parts.search is not None:
            page.content = parts.body
        return context

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        parts = self.bodies.get(page.file.src_uri)
        if parts is None or not parts.head:
            return output
        return output.replace("</head>", f"{parts.head}</head>", 1)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: object
    ) -> LiveReloadServer:
        server.watch(str(self.events_dir))
        if self.templates_dir is not None:
            server.watch(str(self.templates_dir))
        return server

    def _edit_url(self, config: MkDocsConfig) -> str | None:
        if self.config.edit_url:
            return self.config.edit_url
        if config.repo_url:
            return f"{config.repo_url.rstrip('/')}/edit/{self.config.branch}/{{path}}"
        return None


class RenderedPage(Page):
    """A page whose HTML the plugin has rendered already, so Markdown has nothing to convert.

    MkDocs lets a plugin give a file its own Page (File.page), as Material's blog plugin does.
    Skipping Python-Markdown (an instance with every configured extension, per page) saves about
    a quarter of what MkDocs spends on a plain page; the HTML arrives at on_page_content.
    """

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
