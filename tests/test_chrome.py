"""Material's chrome (header, navigation, config and asset blocks) reused for generated pages.

A reused piece must change nothing: every site below is built with the memo and without it, and
the two must be equal byte for byte. The configurations are the ones where a folder's pages
could differ in their chrome: a nav that holds an event page or links into an event's folder,
file URLs, tabs and an integrated TOC, another language, a theme override of a reused partial.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from builder import chrome
from tests.synthetic import chronology_site
from tests.test_incremental import assert_same_site

EVENTS = 40


def built(root: Path, site_dir: Path) -> int:
    """Build the site; how many pieces of chrome were reused rather than rendered."""
    config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(site_dir))
    try:
        build(config)
        memo = config.plugins["chronology"].chrome  # type: ignore[attr-defined]
        return 0 if memo is None else memo.reused
    finally:
        config.plugins.on_shutdown()
        MkDocsConfig.plugins.plugin_cache.clear()


def configured(root: Path, extra: str = "", nav: str | None = None) -> None:
    chronology_site(root, EVENTS)
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if nav is not None:
        text = text[: text.index("nav:\n")] + nav
    config.write_text(text + extra, encoding="utf-8")


SITES = {
    "default": {},
    "file URLs": {"extra": "use_directory_urls: false\n"},
    "tabs, integrated TOC, French, palette toggle, repository": {
        "extra": (
            "repo_url: https://example.org/repo\n"
            "theme:\n  name: material\n  font: false\n  language: fr\n"
            "  features: [navigation.tabs, navigation.tabs.sticky, toc.integrate,"
            " navigation.indexes, navigation.sections]\n"
            "  palette:\n"
            "    - scheme: default\n      toggle: {icon: material/brightness-7, name: Dark}\n"
            "    - scheme: slate\n      toggle: {icon: material/brightness-4, name: Light}\n"
            "extra:\n  alternate:\n    - {name: English, link: /en/, lang: en}\n"
        ),
    },
    "nav holding an event page and a link into an event's folder": {
        "nav": (
            "nav:\n  - index.md\n  - chronology.md\n  - Events:\n"
            "    - events/event-3.md\n    - Sources of 5: events/event-5/#sources\n"
            "    - events/index.md\n"
        ),
    },
}


@pytest.mark.parametrize("site", SITES, ids=list(SITES))
def test_reused_chrome_gives_the_same_site(
    site: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "site"
    configured(root, **SITES[site])
    assert built(root, tmp_path / "reused") > EVENTS
    monkeypatch.setattr(chrome, "install", lambda *args, **kwargs: None)
    built(root, tmp_path / "rendered")
    assert_same_site(tmp_path / "reused", tmp_path / "rendered", after=site)


def test_a_theme_override_of_a_partial_is_rendered_for_every_page(tmp_path: Path) -> None:
    root = tmp_path / "site"
    configured(root, extra="theme:\n  name: material\n  font: false\n  custom_dir: overrides\n")
    header = root / "overrides" / "partials" / "header.html"
    header.parent.mkdir(parents=True)
    header.write_text("<header>{{ page.url | upper }}</header>", encoding="utf-8")
    reused = built(root, tmp_path / "out")
    assert reused > EVENTS  # the other pieces still are
    for event in (1, 2):
        page = (tmp_path / "out" / "events" / f"event-{event}" / "index.html").read_text("utf-8")
        assert f"<header>EVENTS/EVENT-{event}/</header>" in page


def memoized_template(source: str) -> tuple[jinja2.Template, chrome.ChromeMemo]:
    """`source` as a template reused per folder for every page, as install() does for Material's."""
    template = jinja2.Environment().from_string(source)
    memo = chrome.ChromeMemo(Navigation([], []), [], generated=lambda page: True)
    template.root_render_func = memo.wrap("test", template.root_render_func)
    return template, memo


def event_page(name: str, title: str) -> Page:
    file = File(f"events/{name}.md", src_dir=None, dest_dir="site", use_directory_urls=True)
    return Page(title, file, MkDocsConfig())


@pytest.mark.parametrize(
    ("source", "reused"),
    [
        ("<span>{{ page.title }}</span> in {{ page.url.split('/')[0] }}", True),
        ("<span>{{ page.title | upper }}</span>", False),
        ("<span>{{ page.title | e }}</span>", False),
        ("<span>{{ page.title[:3] }}</span>", False),
        ("<a>{{ page.url }}</a>", False),  # the page's own URL is more than its folder
    ],
)
def test_a_piece_is_reused_only_when_its_title_is_printed_as_it_is(
    source: str, reused: bool
) -> None:
    template, memo = memoized_template(source)
    pages = [event_page(f"e{i}", title) for i, title in enumerate(["A & B", "C <d>", "Él's"])]
    expected = [jinja2.Environment().from_string(source).render(page=page) for page in pages]
    assert [template.render(page=page) for page in pages] == expected
    assert ("test" not in memo._refused) is reused


def test_the_templates_a_template_names_are_found_as_jinja_finds_them() -> None:
    """The closure check reads names with a regular expression; on every template of the
    pinned Material it must find what Jinja's own parser does."""
    import material
    from jinja2 import meta

    env = jinja2.Environment()
    checked = 0
    for path in (Path(material.__file__).parent / "templates").rglob("*.html"):
        source = path.read_text(encoding="utf-8")
        try:
            parsed = env.parse(source)
        except jinja2.TemplateSyntaxError:
            continue  # Material's own extensions; not a template MkDocs renders here
        expected = {name for name in meta.find_referenced_templates(parsed) if name is not None}
        assert set(chrome._named_templates(source)) == expected, path.name
        checked += 1
    assert checked > 50
    assert chrome._named_templates('{% include ".icons/" ~ icon ~ ".svg" %}') == []
    assert chrome._named_templates("{%- from 'partials/x.html' import y with context %}") == [
        "partials/x.html"
    ]
