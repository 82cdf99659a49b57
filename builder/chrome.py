"""Material's page chrome rendered once per folder for the plugin's generated pages.

Material renders its header, site navigation, footer, asset tags and `__config` script on
every page. For a page outside the nav they come out the same for every page in one folder:
nothing in the nav is active, every link is relative to the folder, and only the header's topic
carries the page's title. Its table of contents is the same for every page with the same
headings (an event page has one of a few). At 10,000 event pages they were a fifth of a
build's CPU (#14). Here they are rendered for the first generated page of each folder, the
title left as a slot, and reused.

What is reused is only Material's own templates, read for what they take from a page: if a
theme override (`custom_dir`) replaces one of them or anything it includes, that piece is
rendered for every page as before. Each reused piece is rendered twice with two different
stand-in titles and once for real when it is first met; if the three disagree it is not
reused (a template that transforms the title, or reads what the stand-ins do not change).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from builder.sibling_links import linked_folders, sibling_key

log = logging.getLogger("mkdocs.plugins.chronology")


def toc_signature(toc: Iterable[Any]) -> tuple[object, ...]:
    """All that Material's table of contents shows of a page's: each entry's link, title,
    level, typeset title and entries, nested."""
    return tuple(
        (item.url, item.title, item.level, repr(getattr(item, "typeset", None)),
         toc_signature(item.children))
        for item in toc
    )  # fmt: skip


# Material's partials that take from a page outside the nav only its title and its folder
# (the footer also its previous and next pages, which only pages in the nav have), and what
# else each reads of the page: the table of contents, the page's own.
PARTIALS: dict[str, Callable[[Page], Hashable]] = {
    "partials/header.html": lambda page: (),
    "partials/nav.html": lambda page: (),
    "partials/footer.html": lambda page: (),
    "partials/toc.html": lambda page: toc_signature(page.toc),
}
# Blocks of Material's base.html that take from a page only its folder (through base_url and
# the `url` filter).
BLOCKS = ("styles", "libs", "fonts", "analytics", "config", "scripts")
# Stand-ins for a page's title and its meta title: two of each, so that a template that does
# anything with a title other than print it is caught. The characters that escaping changes
# are in them so that an escaping template is caught too.
STAND_INS = (
    ("\x00title-a<&'\">\x00", "\x00meta-title-a<&'\">\x00"),
    ("\x00b\x00", "\x00mb\x00"),
)

Render = Callable[[jinja2.runtime.Context], Iterator[str]]
Slots = tuple[str, ...]  # literal text, then a slot's name, text, slot's name, ... text


class TitledAs:
    """A page seen through a template, with a stand-in title (and meta title, if it has one)."""

    def __init__(self, page: Page, title: str, meta_title: str) -> None:
        self._page = page
        self.title = title
        self.meta = {**page.meta, "title": meta_title} if page.meta.get("title") else page.meta

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)


class ChromeMemo:
    """One build's memo of Material's chrome, keyed by piece, folder and kind of title."""

    def __init__(self, nav: Navigation, linked: Iterable[str], generated: Callable[[Page], bool]):
        self._in_nav = {id(page) for page in nav.pages}
        self._linked_folders = linked_folders(linked)
        self._generated = generated
        self._keyed_page: object = None
        self._page_key: tuple[object, ...] | None = None
        self._pieces: dict[tuple[object, ...], Slots | None] = {}  # None: rendered every time
        self._refused: set[str] = set()
        self.reused = 0  # pieces filled in rather than rendered
        self._unchecked: set[tuple[object, ...]] = set()  # reused pieces met on one page only

    def folder_key(self, page: object) -> tuple[object, ...] | None:
        """What the chrome of `page` depends on besides its title; None if it is not reused.
        Asked for by every piece of a page in turn: worked out once for the page."""
        if page is not self._keyed_page:
            self._keyed_page, self._page_key = page, self._folder_key(page)
        return self._page_key

    def _folder_key(self, page: object) -> tuple[object, ...] | None:
        if not isinstance(page, Page) or not self._generated(page) or id(page) in self._in_nav:
            return None
        if page.previous_page is not None or page.next_page is not None:
            return None
        key = sibling_key(page.url, self._linked_folders)
        # "exact": a page that something links into, whose links differ from its siblings'
        if key is None or key[0] == "exact":
            return None
        return (*key, bool(page.meta.get("title")))

    def wrap(
        self, name: str, render: Render, reads: Callable[[Page], Hashable] = lambda page: ()
    ) -> Render:
        """`render` reused per folder; `reads`: what else of a page it shows (part of the key)."""

        def memoized(context: jinja2.runtime.Context) -> Iterator[str]:
            page = context.get("page")
            folder = None if name in self._refused else self.folder_key(page)
            if folder is None:
                yield from render(context)
                return
            key = (name, *folder, reads(page))
            if key not in self._pieces:
                real = "".join(render(context))
                self._pieces[key] = self._learn(key, render, context, real)
                yield real
                return
            slots = self._pieces[key]
            if slots is None:
                yield from render(context)
            elif key in self._unchecked:
                # The second page of a folder is rendered too: a template reading more of a
                # page than its title and folder shows it there.
                self._unchecked.discard(key)
                real = "".join(render(context))
                if fill(slots, page) != real:
                    self._refuse(name)
                yield real
            else:
                self.reused += 1
                yield fill(slots, page)

        return memoized

    def _learn(
        self, key: tuple[object, ...], render: Render, context: jinja2.runtime.Context, real: str
    ) -> Slots | None:
        name, page = str(key[0]), context["page"]
        found = []
        for title, meta_title in STAND_INS:
            output = "".join(render(context.derived({"page": TitledAs(page, title, meta_title)})))
            found.append(slotted(output, title, meta_title))
        if found[0] != found[1] or fill(found[0], page) != real:
            self._refuse(name)
            return None
        self._unchecked.add(key)
        return found[0]

    def _refuse(self, name: str) -> None:
        log.debug("chronology: %s depends on more than a page's title and folder", name)
        self._refused.add(name)
        self._pieces = {key: slots for key, slots in self._pieces.items() if key[0] != name}


def slotted(output: str, title: str, meta_title: str) -> Slots:
    pattern = "(" + re.escape(title) + "|" + re.escape(meta_title) + ")"
    return tuple(
        "title" if piece == title else "meta_title" if piece == meta_title else piece
        for piece in re.split(pattern, output)
    )


def fill(slots: Slots, page: Page) -> str:
    values = {"title": str(page.title), "meta_title": str(page.meta.get("title"))}
    return "".join(values[piece] if i % 2 else piece for i, piece in enumerate(slots))


def install(
    env: jinja2.Environment,
    nav: Navigation,
    linked: Iterable[str],
    generated: Callable[[Page], bool],
) -> ChromeMemo | None:
    """Reuse Material's chrome in `env`'s templates; None when the theme is not Material."""
    try:
        import material
    except ImportError:
        return None
    own = Path(material.__file__).parent / "templates"
    if env.autoescape is not False:
        return None  # a title is printed escaped: the slots would need escaping rules
    memo = ChromeMemo(nav, linked, generated)
    for name, reads in PARTIALS.items():
        if _all_own(env, [name], own):
            template = env.get_template(name)
            template.root_render_func = memo.wrap(name, template.root_render_func, reads)
    if not _all_own(env, ["base.html"], own, closure=False):
        return memo
    base = env.get_template("base.html")
    included = _included_by_block(env, "base.html")
    for block in BLOCKS:
        if block in base.blocks and _all_own(env, included.get(block, []), own):
            base.blocks[block] = memo.wrap("base.html#" + block, base.blocks[block])
    return memo


def _source(env: jinja2.Environment, name: str) -> tuple[str, str | None]:
    source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    return source, filename


def _all_own(env: jinja2.Environment, names: list[str], own: Path, closure: bool = True) -> bool:
    """Whether `names` and (with `closure`) all they include by name load from `own`."""
    seen: set[str] = set()
    pending = list(names)
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            source, filename = _source(env, current)
        except jinja2.TemplateNotFound:
            return False
        if filename is None or not Path(filename).is_relative_to(own):
            return False
        if closure:
            pending += _named_templates(source)
    return True


# {% include "name" %}, {% import "name" as x %}, {% from "name" import x %}, {% extends ... %}
# with the name written out; a name put together ("a" ~ b) is not one: as with Jinja's own
# find_referenced_templates, such a name comes from the configuration. A regular expression
# rather than Jinja's parser: parsing Material's templates took a tenth of a 1,000-event build.
_NAMED = re.compile(
    r"""\{%[-+]?\s*(?:include|import|from|extends)\s+(["'])([^"'~]+?)\1(?!\s*[~+])"""
)


def _named_templates(source: str) -> list[str]:
    return [found[1] for found in _NAMED.findall(source)]


def _included_by_block(env: jinja2.Environment, name: str) -> dict[str, list[str]]:
    """The templates each block of `name` includes or imports by name."""
    parsed = env.parse(_source(env, name)[0])
    return {
        block.name: [
            node.template.value
            for node in block.find_all((jinja2.nodes.Include, jinja2.nodes.Import))
            if isinstance(node.template, jinja2.nodes.Const)
        ]
        for block in parsed.find_all(jinja2.nodes.Block)
    }


def linked_urls(nav: Navigation, config: Mapping[str, Any]) -> list[str]:
    """What Material's chrome may link to, relative to the site: nav entries, home, logo, assets."""
    urls = ["assets/"]
    stack = list(nav.items)  # pages, links and sections, whose children are walked too
    while stack:
        item = stack.pop()
        stack += getattr(item, "children", None) or []
        url = getattr(item, "url", None)
        if isinstance(url, str):
            urls.append(url)
    extra = config.get("extra") or {}
    theme = config.get("theme")
    for url in (
        extra.get("homepage"),
        *(alt.get("link") for alt in extra.get("alternate") or [] if isinstance(alt, dict)),
        theme.get("logo") if theme else None,
        theme.get("favicon") if theme else None,
    ):
        if isinstance(url, str):
            urls.append(url)
    return urls
