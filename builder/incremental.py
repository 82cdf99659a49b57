"""Rebuilds in `mkdocs serve` that redo only what an edit changed, with the bytes of a full build.

Three layers, each kept on the plugin instance (MkDocs keeps a plugin that has `on_startup`
across the rebuilds of one `serve`) and each checked against its inputs on every rebuild:

1. Loading: `pipeline.CheckedFiles` parses and checks only the event files whose bytes changed,
   and `DateCache` (in memory) answers the dates asked before. Events equal to the previous
   build's are replaced by those very objects, so that the layers below compare them by
   identity.
2. Rendering (`MemoPages`): a generated page is rendered again only when its own arguments
   (the event, its neighbours, a storyline's events...), the events its evidence names, or the
   state every page can reach (`shared_state`: page names, storylines, options, templates)
   changed. Entries of the listing pages are kept per event and depth the same way.
3. Writing (`DirtyBuild`, with `mkdocs serve --dirty`, which `make serve` runs): MkDocs rebuilds
   a page only when `File.is_modified()`; a generated page says so when its rendered text
   differs from what the previous build wrote, hand-written pages always do, and everything
   does when the site around the pages changed (configuration, theme overrides, the nav and
   its titles). The search index is put together from each page's entries, rebuilt or kept,
   in the order of a full build, and files of pages that are gone are deleted.

Whatever is not known to be unchanged is redone: a failed build, another site, another search
plugin, or a first build, and everything is rebuilt. tests/test_incremental.py compares every
file of a site rebuilt this way after each kind of edit with a fresh full build, byte for byte.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import posixpath
import re
import threading
from dataclasses import dataclass, field, is_dataclass, replace
from functools import cached_property
from importlib import resources
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import jinja2
from mkdocs.structure.files import File
from mkdocs.structure.nav import Link, Section

from builder.cache import DateCache
from builder.downloads import DownloadMemo
from builder.facets import Facet, facets
from builder.pipeline import CheckedFiles, Chronology
from builder.render import PageParts, Pages, split_page
from builder.search import Row

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping

    from markupsafe import Markup
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

    from builder.model import Event, Source

log = logging.getLogger("mkdocs.plugins.chronology")
T = TypeVar("T")

# Attributes of `Pages` that reach a template only through a page's own arguments (render()
# computes them from these), or are caches of one render. Every other attribute is state any
# page can reach (through link(), facet_attributes(), ...): when it changes, every page is
# rendered again. A new attribute is thus safe by default, only slower until it is listed here.
PAGE_INPUTS = frozenset(
    {
        "chronology", "events", "by_id", "tags", "actors", "places", "neighbours", "related",
        "chronology_years", "chronology_parts", "downloads", "env",
        "timeline_layout", "timeline_parts",
        "_entries", "_facets", "_summary_lines", "memo",
    }
)  # fmt: skip


def templates_key(overrides: Path | None) -> str:
    """A digest of every template the pages can use: the package's own and a site's overrides."""
    digest = hashlib.blake2b(digest_size=16)
    folders = [Path(str(resources.files("builder").joinpath("templates")))]
    if overrides is not None:
        folders.append(overrides)
    for folder in folders:
        digest.update(str(folder).encode())
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def shared_state(pages: Pages) -> dict[str, object]:
    """What every page of `pages` can reach besides its own arguments, compared by value."""
    state = {name: value for name, value in vars(pages).items() if name not in PAGE_INPUTS}
    state["event_count"] = len(pages.events)
    return state


class _RecordingIndex(dict[str, "Event"]):
    """`Pages.by_id`, noting which events a page looked up (the "@id" its evidence names)."""

    def __init__(self, events: dict[str, Event]) -> None:
        super().__init__(events)
        self.looked_up: dict[str, Event | None] | None = None

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        value = super().get(key, default)
        if self.looked_up is not None:
            self.looked_up[key] = value
        return value


def _same(kept: object, current: object) -> bool:
    return kept is current or kept == current


class _KeptEntries:
    """`Pages._entries` across rebuilds: an entry is reused while its event is the same."""

    def __init__(self, kept: dict[tuple[str, str], tuple[Event, Markup]], by_id: dict[str, Event]):
        self.kept = kept
        self.by_id = by_id

    def __contains__(self, key: tuple[str, str]) -> bool:
        item = self.kept.get(key)
        return item is not None and _same(item[0], self.by_id.get(key[1]))

    def __getitem__(self, key: tuple[str, str]) -> Markup:
        return self.kept[key][1]

    def __setitem__(self, key: tuple[str, str], value: Markup) -> None:
        self.kept[key] = (self.by_id[key[1]], value)


# Arguments that hold every event (the timeline's layout, every part of a split listing, the
# parts before and after) of which a page shows only a few fields (a part's label and address):
# the page is compared on the fields its template read, not on the events inside.
WATCHED = frozenset({"timeline", "parts", "previous", "next"})
_WHOLE = "\0whole"  # the value was used as a whole (printed, compared...): compared whole


class _Watched:
    """A template argument that notes each attribute read from it, and the value read."""

    __slots__ = ("_read", "_value")

    def __init__(self, value: object, read: dict[str, object]) -> None:
        self._value = value
        self._read = read

    def __getattr__(self, name: str) -> object:
        value = getattr(self._value, name)
        self._read[name] = value
        return value

    def _whole(self) -> object:
        self._read[_WHOLE] = self._value
        return self._value

    def __str__(self) -> str:
        return str(self._whole())

    def __repr__(self) -> str:
        return repr(self._whole())

    def __eq__(self, other: object) -> bool:
        return self._whole() == (other._whole() if isinstance(other, _Watched) else other)

    def __hash__(self) -> int:
        return hash(self._whole())


@dataclass(frozen=True)
class _Reads:
    kind: type
    read: dict[str, object]

    def still(self, value: object) -> bool:
        if type(value) is not self.kind:
            return False
        return all(
            _same(kept, value if name == _WHOLE else getattr(value, name, _MISSING))
            for name, kept in self.read.items()
        )


_MISSING = object()


def _watch(value: object) -> tuple[object, _Reads | tuple[_Reads, ...]] | None:
    """(what the template gets, what it will have read) for a dataclass or a tuple of them."""
    if is_dataclass(value) and not isinstance(value, type):
        read: dict[str, object] = {}
        return _Watched(value, read), _Reads(type(value), read)
    if (
        type(value) is tuple
        and value
        and all(is_dataclass(item) and not isinstance(item, type) for item in value)
    ):
        reads = tuple(_Reads(type(item), {}) for item in value)
        return tuple(_Watched(item, r.read) for item, r in zip(value, reads, strict=True)), reads


def _still(reads: _Reads | tuple[_Reads, ...], value: object) -> bool:
    if isinstance(reads, _Reads):
        return reads.still(value)
    return (
        type(value) is tuple
        and len(value) == len(reads)
        and all(r.still(item) for r, item in zip(reads, value, strict=True))
    )


@dataclass(frozen=True)
class _Rendered:
    context: dict[str, object]
    watched: tuple[tuple[str, _Reads | tuple[_Reads, ...]], ...]
    looked_up: tuple[tuple[str, Event | None], ...]
    content: str


def kept_watched(kept: _Rendered | None) -> frozenset[str] | tuple[str, ...]:
    return () if kept is None else tuple(name for name, _ in kept.watched)


class RenderMemo:
    """Rendered pages and entries of the previous builds, and the state they were rendered in."""

    def __init__(self) -> None:
        self.shared: tuple[str, dict[str, object]] | None = None
        self.pages: dict[tuple[str, str], _Rendered] = {}
        self.entries: dict[tuple[str, str], tuple[Event, Markup]] = {}
        self.used: set[tuple[str, str]] = set()
        self.rendered = 0
        self.reused = 0
        self.facets = FacetMemo()
        self.sources: ByIdentity[Markup] = ByIdentity()  # the Sources page's items

    def begin(self, pages: Pages, templates: str) -> None:
        shared = (templates, shared_state(pages))
        if self.shared is None or self.shared != shared:
            if self.shared is not None:
                changed = sorted(
                    name
                    for name in {*shared[1], *self.shared[1]}
                    if shared[1].get(name) != self.shared[1].get(name)
                )
                log.debug(f"chronology: every page is rendered again ({', '.join(changed)})")
            self.pages = {}
            self.entries = {}
            self.sources = ByIdentity()
            self.shared = shared
        else:
            # Only what the previous build used: pages of deleted events go.
            self.pages = {key: self.pages[key] for key in self.used if key in self.pages}
            self.entries = {k: v for k, v in self.entries.items() if k[1] in pages.by_id}
            self.sources.begin()
        self.used = set()
        self.rendered = self.reused = 0

    def page(
        self,
        uri: str,
        template: str,
        context: dict[str, object],
        index: _RecordingIndex,
        render: Callable[[dict[str, object]], str],
    ) -> str:
        key = (uri, template)
        self.used.add(key)
        kept = self.pages.get(key)
        plain = {name: value for name, value in context.items() if name not in kept_watched(kept)}
        if (
            kept is not None
            and kept.context == plain
            and all(name in context and _still(r, context[name]) for name, r in kept.watched)
            and all(_same(event, index.get(name)) for name, event in kept.looked_up)
        ):
            self.reused += 1
            return kept.content
        given = dict(context)
        plain = dict(context)
        watched = []
        for name in WATCHED.intersection(context):
            found = _watch(context[name])
            if found is not None:
                given[name], reads = found
                watched.append((name, reads))
                del plain[name]
        index.looked_up = {}
        try:
            content = render(given)
            looked_up = tuple(index.looked_up.items())
        finally:
            index.looked_up = None
        self.pages[key] = _Rendered(plain, tuple(watched), looked_up, content)
        self.rendered += 1
        return content

    def forget(self) -> None:
        """After a failed build: nothing kept is trusted."""
        self.__init__()  # type: ignore[misc]


class ByIdentity(Generic[T]):
    """Values made from objects, kept across rebuilds while those very objects come back (an
    unchanged event is the same object from one build to the next: `same_events`)."""

    def __init__(self) -> None:
        self.kept: dict[tuple[object, tuple[int, ...]], tuple[tuple[object, ...], T]] = {}
        self.used: dict[tuple[object, tuple[int, ...]], tuple[tuple[object, ...], T]] = {}
        self.computed = 0

    def begin(self) -> None:
        """A new build: only what the previous one used is kept."""
        self.kept, self.used = self.used, {}
        self.computed = 0

    def get(self, objects: tuple[object, ...], extra: Hashable, make: Callable[[], T]) -> T:
        # The ids of live objects: the entry holds the objects, so no id is reused while kept.
        key = (extra, tuple(map(id, objects)))
        found = self.used.get(key) or self.kept.get(key)
        if found is None:
            found = (objects, make())
            self.computed += 1
        self.used[key] = found
        return found[1]


class FacetMemo:
    """The facet bars of the listings of the previous build, by the very events each lists.

    A listing's facets depend on its events and on the storyline titles and term slugs; an
    unchanged event is the same object from one build to the next (`same_events`), so a
    listing whose events are all the same objects, in the same order, has the same facets.
    """

    def __init__(self) -> None:
        self.kept: ByIdentity[tuple[Facet, ...]] = ByIdentity()
        self.basis: tuple[object, object] = (None, None)

    def begin(self) -> None:
        self.kept.begin()

    @property
    def computed(self) -> int:
        return self.kept.computed

    def facets(
        self,
        events: Iterable[Event],
        titles: Mapping[str, str],
        slugs: Mapping[str, Mapping[str, str]],
    ) -> tuple[Facet, ...]:
        if titles is not self.basis[0] or slugs is not self.basis[1]:
            if (titles, slugs) != self.basis:  # compared once a build: then by identity
                self.kept = ByIdentity()
            self.basis = (titles, slugs)
        listed = tuple(events)
        return self.kept.get(listed, None, lambda: facets(listed, titles, slugs))


class MemoPages(Pages):
    """`Pages` that renders again only the pages whose inputs changed since `memo`'s last use."""

    def __init__(self, *args: Any, memo: RenderMemo, templates: str, **kwargs: Any) -> None:
        self.memo = memo
        memo.facets.begin()  # Pages.__init__ asks for the facets of every event
        super().__init__(*args, **kwargs)
        memo.begin(self, templates)
        self.by_id = self._index = _RecordingIndex(self.by_id)
        self._entries = _KeptEntries(memo.entries, self._index)  # type: ignore[assignment]

    def facets_of(self, events: Iterable[Event]) -> tuple[Facet, ...]:
        return self.memo.facets.facets(events, self.storyline_titles, self.term_slugs)

    def _source_item(
        self,
        up: str,
        source: Source,
        events: tuple[Event, ...],
        event_link: Callable[[Event], str],
    ) -> Markup:
        return self.memo.sources.get(
            (source, *events), up, lambda: super(MemoPages, self)._source_item(
                up, source, events, event_link
            )
        )  # fmt: skip

    def _page(self, uri: str, template: str, **context: object) -> str:
        return self.memo.page(
            uri, template, context, self._index, lambda given: super(MemoPages, self)._page(
                uri, template, **given
            )
        )  # fmt: skip


def same_events(chronology: Chronology, previous: dict[str, Event]) -> Chronology:
    """`chronology`, each event equal to one of `previous` replaced by that very object."""
    events = []
    for event in chronology.events:
        kept = previous.get(event.id)
        events.append(kept if kept is not None and kept == event else event)
    return replace(chronology, events=tuple(events))


# --- writing: MkDocs' dirty build, made exact --------------------------------------------------


class GeneratedFile(File):
    """A generated file (a page, a download), modified or not since the previous build as the
    plugin decides.

    MkDocs' dirty build (`mkdocs serve --dirty`) reads and writes only pages whose file
    `is_modified()`; a file made from memory would otherwise always say it is.
    """

    modified = True

    def is_modified(self) -> bool:
        return self.modified

    # MkDocs normalises every path it is given through PurePath (a tenth of a rebuild at 10,000
    # pages); a generated page's URI is normal already, which normpath confirms for less.
    @property
    def src_path(self) -> str:
        return os.path.normpath(self.src_uri)

    @src_path.setter
    def src_path(self, value: str) -> None:
        normal = value == posixpath.normpath(value) and not value.startswith("/")
        self.src_uri = value if normal else PurePath(value).as_posix()

    # A generated page's output path and URL, as MkDocs works them out, without its path
    # splitting and URL quoting when the path is plain (it is, for every page the plugin names):
    # a fifth of a rebuild's MkDocs objects at 10,000 pages (#14). Others take MkDocs' way.
    def _dest_uri(self) -> str:
        uri = self.src_uri
        if not _PLAIN_PAGE.fullmatch(uri):
            return File._get_dest_path(self)
        stem = uri[:-3]
        return f"{stem}/index.html" if self.use_directory_urls else f"{stem}.html"

    def _url(self) -> str:
        if not _PLAIN_PAGE.fullmatch(self.src_uri):
            return File._get_url(self)
        dest = self.dest_uri
        return dest.removesuffix("index.html") if self.use_directory_urls else dest

    dest_uri = cached_property(_dest_uri)
    url = cached_property(_url)


# "folder/name.md" of plain segments (letters, digits, "_", "-", ".", "~"; none starting with a
# dot), its file name not index.md or README.md (MkDocs' index pages).
_PLAIN_PAGE = re.compile(
    r"(?:[A-Za-z0-9_~-][\w.~-]*/)*(?!(?:index|README)\.md$)[A-Za-z0-9_~-][\w.~-]*\.md", re.ASCII
)


def _always_modified() -> bool:
    return True


def _file_digest(paths: Iterator[Path]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for path in paths:
        try:
            status = path.stat()
        except OSError:
            continue
        digest.update(f"{path}\0{status.st_mtime_ns}\0{status.st_size}\0".encode())
    return digest.hexdigest()


def _nav_key(items: list[Any]) -> list[object]:
    """The nav as every page shows it: titles, URLs and sections, in order."""
    key: list[object] = []
    for item in items:
        if isinstance(item, Section):
            key.append(("section", item.title, _nav_key(item.children)))
        elif isinstance(item, Link):
            key.append(("link", item.title, item.url))
        else:
            key.append(("page", item.title, item.url, item.file.src_uri))
    return key


def search_plugin(config: MkDocsConfig) -> Any | None:
    """Material's search plugin (its index keeps `entries` and the previous build's index)."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if isinstance(getattr(index, "entries", None), list) and hasattr(
            plugin, "search_index_prev"
        ):
            return plugin
    return None


class DirtyBuild:
    """What the previous build of one `mkdocs serve --dirty` wrote, to write only what changed.

    `active` is False outside a dirty serve: MkDocs then rebuilds everything and nothing here
    is used.
    """

    def __init__(self, active: bool) -> None:
        self.active = active
        self.site: tuple[object, ...] | None = None  # configuration, theme, nav, search
        self.contents: dict[str, str] = {}  # generated page: its rendered text, as written
        self.search: dict[str, list[dict[str, Any]]] = {}  # page: its search entries
        self.outputs: set[tuple[str, str]] = set()  # every file of the site: (folder, uri)
        self.last_modified: dict[str, bool] = {}  # generated page: written by the latest build
        self._contents: dict[str, str] = {}
        self.data: dict[str, bytes] = {}  # generated file that is no page: its bytes, as written
        self._data: dict[str, bytes] = {}
        self.parts: dict[str, tuple[str, PageParts]] = {}  # generated page: (text, its parts)
        self._parts: dict[str, tuple[str, PageParts]] = {}
        self._files: Files | None = None
        self._fresh: dict[str, list[dict[str, Any]]] = {}
        self._search_seen = 0
        self._complete = False

    def page_parts(self, uri: str, rendered: str) -> PageParts:
        """`split_page(rendered)`; the previous build's parts when the page was not rendered
        again (the memo then hands over the very text it kept)."""
        kept = self.parts.get(uri)
        if kept is None or kept[0] is not rendered:
            kept = (rendered, split_page(rendered))
        self._parts[uri] = kept
        return kept[1]

    def page_file(self, config: MkDocsConfig, uri: str, rendered: str, **kwargs: Any) -> File:
        """The File of a generated page, whose rendered text is `rendered`."""
        return self._file(config, uri, rendered, self.contents, self._contents, **kwargs)

    def data_file(self, config: MkDocsConfig, uri: str, content: bytes) -> File:
        """The File of a generated file that is no page (a download), written when its bytes
        differ from the previous build's."""
        return self._file(config, uri, content, self.data, self._data, content=content)

    def _file(
        self,
        config: MkDocsConfig,
        uri: str,
        made: T,
        before: Mapping[str, T],
        now: dict[str, T],
        **kwargs: Any,
    ) -> File:
        """A generated file, modified unless the previous build made it the same (`before`);
        what it is made of is kept in `now` for the next build."""
        file = GeneratedFile.generated(config, uri, **kwargs)
        assert isinstance(file, GeneratedFile)
        now[uri] = made
        previous = before.get(uri)
        file.modified = not self.active or previous is None or previous != made
        return file

    def files_ready(self, files: Files, config: MkDocsConfig) -> None:
        """Every hand-written file is written again (they are few, and a page's lists may have
        changed with the events); theme files are left to MkDocs, which compares times."""
        self._files = files
        if not self.active:
            return
        docs = os.path.abspath(config.docs_dir)
        for file in files:
            if file.src_dir is not None and os.path.abspath(file.src_dir) == docs:
                file.is_modified = _always_modified  # type: ignore[method-assign]

    def before_writing(
        self,
        config: MkDocsConfig,
        files: Files,
        nav: Navigation,
        populate: Callable[[Page], None],
        extra: object = None,
    ) -> None:
        """Give the pages that were not read their titles, and rebuild every page when the
        site around them changed since the previous build (or is unknown)."""
        if not self.active:
            return
        skipped = [
            file
            for file in files.documentation_pages()
            if isinstance(file, GeneratedFile) and not file.modified and file.page is not None
        ]
        in_nav = {id(page) for page in nav.pages}
        for file in skipped:
            page = file.page
            if page is not None and page.markdown is None and id(page) in in_nav:
                page.read_source(config)  # the nav on every page shows its title
        site = (
            Path(config.config_file_path).read_bytes() if config.config_file_path else b"",
            _file_digest(_folder_files(config.theme.custom_dir)),
            _nav_key(nav.items),
            # Hand-written and theme files; generated pages out of the nav show on no other page.
            [(f.src_uri, f.dest_uri, f.inclusion) for f in files if f.generated_by is None],
            extra,
        )
        # Another search plugin's index could not be put together: every page is rebuilt.
        known_search = search_plugin(config) is not None or not _searches(config)
        if known_search and self.site is not None and site == self.site:
            return
        self.site = site
        for file in skipped:
            file.modified = True
            assert file.page is not None
            populate(file.page)

    def page_indexed(self, config: MkDocsConfig, page: Page) -> None:
        """After the search plugin read `page`: the entries it added are that page's."""
        plugin = search_plugin(config) if self.active else None
        if plugin is None:
            return
        entries = plugin.search_index.entries
        self._fresh[page.file.src_uri] = entries[self._search_seen :]
        self._search_seen = len(entries)

    def finish(self, config: MkDocsConfig) -> None:
        """Before the search plugin writes its index: the index of a full build; then the files
        of pages that are gone are deleted, and this build is what the next one compares with."""
        files = self._files
        if not self.active or files is None:
            return
        plugin = search_plugin(config)
        if plugin is not None:
            entries: list[dict[str, Any]] = []
            search: dict[str, list[dict[str, Any]]] = {}
            for file in files.documentation_pages():
                uri = file.src_uri
                found = self._fresh.get(uri, self.search.get(uri) if self._complete else None)
                if found is not None:
                    search[uri] = found
                    entries.extend(found)
            plugin.search_index.entries[:] = entries
            plugin.search_index_prev = None  # its own merge assumes one page changed
            self.search = search
        # (folder, path in it): the URIs MkDocs has computed already, not 10,000 normpaths.
        outputs = {(file.dest_dir, file.dest_uri) for file in files}
        for folder, uri in sorted(self.outputs - outputs, reverse=True):
            _remove(os.path.normpath(os.path.join(folder, uri)), config.site_dir)
        self.outputs = outputs
        self.last_modified = {
            file.src_uri: file.modified for file in files if isinstance(file, GeneratedFile)
        }
        self.contents = self._contents
        self._contents = {}
        self.data = self._data
        self._data = {}
        self.parts = self._parts
        self._parts = {}
        self._fresh = {}
        self._search_seen = 0
        self._files = None
        self._complete = True

    def forget(self) -> None:
        """After a failed build, what was written is not known: the next build writes every
        page, and deletes what neither build has a file for."""
        written = self.outputs | {(f.dest_dir, f.dest_uri) for f in self._files or ()}
        self.__init__(self.active)  # type: ignore[misc]
        self.outputs = written


def _searches(config: MkDocsConfig) -> bool:
    return any(hasattr(plugin, "search_index") for plugin in config.plugins.values())


def _folder_files(folder: str | None) -> Iterator[Path]:
    if folder:
        yield from sorted(p for p in Path(folder).rglob("*") if p.is_file())


def _remove(path: str, site_dir: str) -> None:
    """Delete a file a page no longer writes, and the folders it leaves empty."""
    try:
        os.remove(path)
    except OSError:
        return
    folder = os.path.dirname(path)
    site = os.path.abspath(site_dir)
    while os.path.abspath(folder).startswith(site + os.sep):
        try:
            os.rmdir(folder)
        except OSError:
            break
        folder = os.path.dirname(folder)


class CompiledTemplates(jinja2.BytecodeCache):
    """Templates compiled once per `serve`, for the chronology's and the theme's environments,
    which are made anew for every rebuild. Jinja checks each against its source's checksum,
    so an edited template is compiled again."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


@dataclass
class Incremental:
    """Everything one `mkdocs serve` keeps between rebuilds, for one site."""

    site: tuple[str, str]  # the configuration file and the events folder
    dirty: DirtyBuild
    checked: CheckedFiles
    dates: DateCache
    render: RenderMemo
    templates: CompiledTemplates
    events: dict[str, Event]
    chronology: Chronology | None = None
    downloads: DownloadMemo = field(default_factory=DownloadMemo)
    search_rows: dict[tuple[str, ...], Row] = field(default_factory=dict)  # search.compact_index

    @classmethod
    def new(cls, site: tuple[str, str], dirty: bool) -> Incremental:
        return cls(
            site, DirtyBuild(dirty), CheckedFiles(), DateCache(), RenderMemo(),
            CompiledTemplates(), {},
        )  # fmt: skip

    def keep_events(self, chronology: Chronology) -> Chronology:
        """`chronology` with the previous build's events where they are equal, and the previous
        chronology itself when nothing changed (what is made from it can then be kept)."""
        chronology = same_events(chronology, self.events)
        previous = self.chronology
        if previous is not None and previous == chronology:  # the events compare by identity
            return previous
        self.events = {event.id: event for event in chronology.events}
        self.chronology = chronology
        return chronology

    def failed(self) -> None:
        self.dirty.forget()
        self.render.forget()
        self.resume_collection()

    # What a build leaves behind (MkDocs' pages, files and nav refer to each other in cycles)
    # waits for Python's rare full collections, and `serve` would grow by a few MiB a rebuild.
    # It is collected once the server has been idle a moment, off the path of the next edit.
    # A rebuild runs without the cyclic collector at all: its full collections, over a server's
    # heap of every event and page, took a sixth of a rebuild at 10,000 events.
    IDLE_SECONDS: ClassVar[float] = 1.0  # after the reload a browser makes
    _collection: threading.Timer | None = None
    _paused: bool = False

    def pause_collection(self) -> None:
        self.stop_collection()
        if gc.isenabled():
            gc.disable()
            self._paused = True

    def resume_collection(self) -> None:
        if self._paused:
            gc.enable()
            self._paused = False

    def collect_when_idle(self) -> None:
        self.stop_collection()
        self._collection = threading.Timer(self.IDLE_SECONDS, self._collect)
        self._collection.daemon = True
        self._collection.start()

    def _collect(self) -> None:
        self.resume_collection()
        gc.collect()

    def stop_collection(self) -> None:
        if self._collection is not None:
            self._collection.cancel()
            self._collection = None
