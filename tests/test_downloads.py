"""The site's downloads, end to end: real `mkdocs build` runs of the fixture chronology publish
every export (the whole chronology and each storyline) as `chronology export` writes it, list
them on a Data page, and announce the feeds in every page's <head>; the documented TimelineJS
embed shows the built site's data in the real TimelineJS3, in Chromium."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import http.server
import re
import shutil
import tarfile
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import pytest

from builder import downloads
from builder.cli import main
from builder.display import date_text
from builder.exports import ExportOptions, formats
from builder.pipeline import load_chronology
from builder.render import Pages, SiteOptions, environment
from tests.conftest import serving
from tests.test_site import build
from tests.test_timelinejs import SLIDES, VERSION, _tarball

if TYPE_CHECKING:
    from playwright.sync_api import Route

ROOT = Path(__file__).parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site"
SITE_URL = "https://example.org/fixture/"
SITE_NAME = "Fixture chronology"
DATA_PAGE = "# Data\n\n## Downloads\n\n<!-- chronology: downloads -->\n"
HOSTILE_STORYLINES = """\
alpha:
  title: '<script>window.__xss=1</script>Alpha <b data-xss>bold</b> & "quoted"'
  description: '<img src=x onerror=alert(1)> {{ 7*7 }}'
index:
  title: 'Index "><svg onload=alert(1)>'
  description: A storyline whose id is a hub's name.
"""
HOSTILE_LICENCE = 'CC <b data-xss>BY</b> 4.0 & "friends"'


def _site(source: Path, settings: str, storylines: str | None = None) -> Path:
    """The fixture with a Data page and the embed page, its mkdocs.yml's site_url and plugins
    replaced by `settings`, built strictly: its site folder."""
    shutil.copytree(FIXTURE, source)
    (source / "docs" / "data.md").write_text(DATA_PAGE, encoding="utf-8")
    shutil.copy(ROOT / "docs" / "embed.md", source / "docs" / "embed.md")
    config = source / "mkdocs.yml"
    text = config.read_text(encoding="utf-8") + "  - Data: data.md\n  - Embed: embed.md\n"
    for line in (f"site_url: {SITE_URL}\n", "plugins:\n  - search\n  - chronology\n"):
        assert line in text
        text = text.replace(line, "")
    config.write_text(text + settings, encoding="utf-8")
    if storylines is not None:
        (source / "events" / "storylines.yml").write_text(storylines, encoding="utf-8")
        for path in (source / "events" / "beta").glob("*.yml"):
            path.write_text(path.read_text("utf-8").replace("storyline: beta", "storyline: index"))
    result = build(source)
    assert result.returncode == 0, result.stderr
    return source / "site"


SETTINGS = (
    f"site_url: {SITE_URL}\ncopyright: Text CC BY 4.0\nplugins:\n  - search\n  - chronology\n"
)
# No site_url, no directory URLs, a licence of its own.
HOSTILE_SETTINGS = (
    "use_directory_urls: false\n"
    f"plugins:\n  - search\n  - chronology:\n      data_licence: '{HOSTILE_LICENCE}'\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _site(tmp_path_factory.mktemp("downloads") / "one", SETTINGS)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Hostile storyline titles and licence, a storyline named 'index', no site_url."""
    source = tmp_path_factory.mktemp("downloads") / "hostile"
    return _site(source, HOSTILE_SETTINGS, HOSTILE_STORYLINES)


def _published(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted((root / "data").rglob("*"))
        if path.is_file() and path.suffix != ".html" and path.name != "sitemap.xml"
    }


def _expected_paths(storylines: list[str]) -> set[str]:
    return {
        f"data/{scope}{fmt.suffix}"
        for fmt in formats().values()
        for scope in ["chronology", *(f"storylines/{name}" for name in storylines)]
    }


def test_every_format_of_the_whole_chronology_and_each_storyline_is_published(
    built: Path, hostile: Path
) -> None:
    assert set(_published(built)) == _expected_paths(["alpha", "beta"])
    # A storyline whose id is a hub's name is named as its page is: index-2.
    assert set(_published(hostile)) == _expected_paths(["alpha", "index-2"])
    assert (hostile / "storylines" / "index-2.html").is_file()


# Each site's files by their stem in data/, and the storyline (id) each holds.
SCOPES = {
    "built": {"chronology": None, "storylines/alpha": "alpha", "storylines/beta": "beta"},
    "hostile": {"chronology": None, "storylines/alpha": "alpha", "storylines/index-2": "index"},
}


@pytest.mark.parametrize("name", ["built", "hostile"])
def test_each_file_is_what_chronology_export_writes(
    name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    site: Path = request.getfixturevalue(name)
    events = site.parent / "events"  # the built copy's own (the hostile one's storylines differ)
    scopes = SCOPES[name]
    published = _published(site)
    assert len(published) == len(scopes) * len(formats())
    for path, content in published.items():
        scope = next(s for s in scopes if path.startswith(f"data/{s}."))
        fmt = next(f for f in formats().values() if path == f"data/{scope}{f.suffix}")
        out = tmp_path / "export"
        args = ["export", str(events), "--format", fmt.name, "-o", str(out)]
        args += ["--site-name", SITE_NAME]
        if name == "built":  # the hostile site has no site_url: the command gets none
            args += ["--site-url", SITE_URL]
        if scopes[scope] is not None:
            args += ["--storyline", str(scopes[scope])]
        assert main(args) == 0
        assert out.read_bytes() == content, path


def test_the_files_are_byte_identical_between_builds(
    built: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    again = _site(tmp_path_factory.mktemp("downloads") / "two", SETTINGS)
    assert _published(again) == _published(built)
    assert (again / "data" / "index.html").read_bytes() == (
        built / "data" / "index.html"
    ).read_bytes()


class _Links(HTMLParser):
    """<link>s inside <head>; download links with the size that follows each."""

    def __init__(self) -> None:
        super().__init__()
        self.head_links: list[dict[str, str | None]] = []
        self.files: list[tuple[str, str]] = []  # (href, data-bytes of the size after it)
        self.sizes: list[tuple[str, str]] = []  # (data-bytes, text)
        self._in_head = False
        self._size: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif tag == "link" and self._in_head:
            self.head_links.append(attributes)
        elif tag == "a" and "download" in attributes:
            self.files.append((str(attributes["href"]), ""))
        elif "data-bytes" in attributes:
            self._size = str(attributes["data-bytes"])
            href, _ = self.files[-1]
            self.files[-1] = (href, self._size)

    def handle_endtag(self, tag: str) -> None:
        self._in_head = False if tag == "head" else self._in_head

    def handle_data(self, data: str) -> None:
        if self._size is not None:
            self.sizes.append((self._size, data))
            self._size = None


def _links(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _target(site: Path, page: Path, href: str) -> str:
    """The file a relative link on `page` leads to, as a path in the site."""
    folder = page.parent.relative_to(site).as_posix()
    return str(PurePosixPath(urljoin(f"/{folder}/", href).lstrip("/")))


@pytest.mark.parametrize("name", ["built", "hostile"])
def test_the_data_page_lists_every_file_with_its_size(
    name: str, request: pytest.FixtureRequest
) -> None:
    site: Path = request.getfixturevalue(name)
    page = site / "data" / "index.html" if name == "built" else site / "data.html"
    links = _links(page)
    published = _published(site)
    listed = {_target(site, page, href): size for href, size in links.files}
    assert set(listed) == set(published)
    for path, size in listed.items():
        assert int(size) == len(published[path]), path
    for size, text in links.sizes:
        assert text == downloads.size_text(int(size))


def test_the_data_page_gives_the_licence(built: Path, hostile: Path) -> None:
    assert "Licence of every file here: Text CC BY 4.0" in (
        built / "data" / "index.html"
    ).read_text(encoding="utf-8")
    html = (hostile / "data.html").read_text(encoding="utf-8")
    assert "CC &lt;b data-xss&gt;BY&lt;/b&gt; 4.0 &amp; &#34;friends&#34;" in html


def test_storyline_titles_and_the_licence_stay_text_on_the_data_page(hostile: Path) -> None:
    html = (hostile / "data.html").read_text(encoding="utf-8")
    body = html[html.index('<div class="chronology-downloads">') :]
    body = body[: body.index("</div>")]
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;Alpha" in body
    assert "Index &#34;&gt;&lt;svg onload=alert(1)&gt;" in body
    for raw in ("<script", "<b data-xss", "<svg", "<img"):
        assert raw not in body
    assert 'href="storylines/index-2.html"' in body
    # The storyline's page names its feeds by its title, in attributes that stay attributes.
    page = (hostile / "storylines" / "alpha.html").read_text(encoding="utf-8")
    head = page[: page.index("</head>")]
    assert "<script>window.__xss" not in head
    titles = [
        link.get("title") for link in _links(hostile / "storylines" / "alpha.html").head_links
    ]
    assert (
        '<script>window.__xss=1</script>Alpha <b data-xss>bold</b> & "quoted" – Fixture chronology (Atom feed)'
        in titles
    )


STORYLINE_PAGES = {
    "built": {"storylines/alpha/index.html": "alpha", "storylines/beta/index.html": "beta"},
    "hostile": {"storylines/alpha.html": "alpha", "storylines/index-2.html": "index-2"},
}


@pytest.mark.parametrize("name", ["built", "hostile"])
def test_every_page_announces_the_feeds(name: str, request: pytest.FixtureRequest) -> None:
    """The whole chronology's feeds in every page's <head>; a storyline's page adds its own."""
    site: Path = request.getfixturevalue(name)
    # 404.html is a theme template, not a page: MkDocs serves it at any missing address.
    pages = sorted(page for page in site.rglob("*.html") if page.name != "404.html")
    assert len(pages) > 20
    storyline_pages = STORYLINE_PAGES[name]
    assert all((site / path).is_file() for path in storyline_pages)
    for page in pages:
        alternates = [link for link in _links(page).head_links if link.get("rel") == "alternate"]
        targets = []
        for link in alternates:
            href = str(link["href"])
            if name == "built":  # with site_url: the address a reader subscribes to
                assert href.startswith(SITE_URL), href
                targets.append(href.removeprefix(SITE_URL))
            else:  # without: relative to the page
                targets.append(_target(site, page, href))
        expected = ["data/chronology.atom", "data/chronology.feed.json"]
        storyline = storyline_pages.get(page.relative_to(site).as_posix())
        if storyline is not None:
            expected += [
                f"data/storylines/{storyline}.atom",
                f"data/storylines/{storyline}.feed.json",
            ]
        assert targets == expected, page
        assert [link["type"] for link in alternates] == [
            "application/atom+xml", "application/feed+json"
        ] * (len(expected) // 2)  # fmt: skip
        assert all((site / target).is_file() for target in targets)
        assert str(alternates[0]["title"]) == f"{SITE_NAME} (Atom feed)"
        if storyline is not None:
            assert str(alternates[2]["title"]).endswith(f" – {SITE_NAME} (Atom feed)")


def test_the_feeds_name_their_published_address(built: Path, hostile: Path) -> None:
    atom = (built / "data" / "storylines" / "alpha.atom").read_text(encoding="utf-8")
    assert f'<link rel="self" type="application/atom+xml" href="{SITE_URL}data/' in atom
    assert f'href="{SITE_URL}data/storylines/alpha.atom"' in atom
    feed = (built / "data" / "chronology.feed.json").read_text(encoding="utf-8")
    assert f'"feed_url": "{SITE_URL}data/chronology.feed.json"' in feed
    # Without site_url, there is no address to name, and no link.
    assert 'rel="self"' not in (hostile / "data" / "chronology.atom").read_text("utf-8")
    assert "feed_url" not in (hostile / "data" / "chronology.feed.json").read_text("utf-8")


SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.DOTALL | re.IGNORECASE)


def test_our_pages_never_load_timelinejs(built: Path) -> None:
    for page in built.rglob("*.html"):
        for attributes, code in SCRIPT.findall(page.read_text(encoding="utf-8")):
            assert not re.search("timelinejs|knightlab|jsdelivr", attributes, re.I), page
            assert "TL.Timeline" not in code, page
    # The embed page shows the snippet as code, to copy.
    assert "new TL.Timeline(" in (built / "embed" / "index.html").read_text("utf-8")


# --- The documented embed, in the real TimelineJS ----------------------------------------------

CDN = f"https://cdn.jsdelivr.net/npm/@knight-lab/timelinejs@{VERSION}/dist/"
SNIPPET = re.compile(r"^```html\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def _snippet() -> str:
    found = SNIPPET.findall((ROOT / "docs" / "embed.md").read_text(encoding="utf-8"))
    assert len(found) == 1, "docs/embed.md shows one HTML snippet"
    return found[0]


def test_the_snippet_pins_timelinejs_files_by_their_npm_bytes(tmp_path: Path) -> None:
    archive = tmp_path / "package.tgz"
    archive.write_bytes(_tarball())  # checked against the sha512 the tests pin
    snippet = _snippet()
    with tarfile.open(archive) as tar:
        for name in ("css/timeline.css", "js/timeline.js"):
            member = tar.extractfile(f"package/dist/{name}")
            assert member is not None
            sri = "sha384-" + base64.b64encode(hashlib.sha384(member.read()).digest()).decode()
            assert f'"{CDN}{name}"\n  integrity="{sri}"' in snippet, name


NEWSROOM_PAGE = """\
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Our story</title><link rel="icon" href="data:,"></head>
<body>
<h1>Our story</h1>
{snippet}</body>
</html>
"""


class _CorsHandler(http.server.SimpleHTTPRequestHandler):
    """A published site that lets other sites' pages read its files, as GitHub Pages does."""

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.mark.browser
def test_the_documented_embed_shows_the_built_sites_chronology(
    browser, built: Path, tmp_path: Path
) -> None:
    # The newsroom's page, on its own origin, with TimelineJS's npm files where jsDelivr's are.
    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    archive = tmp_path / "package.tgz"
    archive.write_bytes(_tarball())
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith("package/dist/")]
        tar.extractall(tmp_path, members=members, filter="data")
    (tmp_path / "package" / "dist").rename(newsroom / "timelinejs")
    chronology = load_chronology(FIXTURE / "events")
    with serving(built, _CorsHandler) as site_root, serving(newsroom) as newsroom_url:
        site_url = site_root + "/"
        snippet = _snippet().replace(CDN, f"{newsroom_url}/timelinejs/")
        snippet = snippet.replace("https://example.org/", site_url)
        (newsroom / "index.html").write_text(NEWSROOM_PAGE.format(snippet=snippet), "utf-8")
        slides, errors, outside, requested = _load(browser, f"{newsroom_url}/index.html")
    title, *event_slides = slides
    assert title["title"]
    assert title["headline"] == SITE_NAME
    assert [(slide["headline"], slide["date"]) for slide in event_slides] == [
        (event.title, date_text(event.date, event.end)) for event in chronology.events
    ]
    assert [slide["id"] for slide in event_slides] == [event.id for event in chronology.events]
    assert f"{site_url}data/chronology.timeline.json" in requested
    assert errors == []
    assert outside == []


def _load(browser, url: str) -> tuple[list[dict[str, object]], list[str], list[str], list[str]]:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    outside: list[str] = []
    requested: list[str] = []

    def only_local(route: Route) -> None:
        requested.append(route.request.url)
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(url)
        page.wait_for_function(
            "() => { const el = document.querySelector('#chronology-timeline');"
            " return el && (el.querySelector('.tl-slide-titleslide') || el.querySelector('.tl-message-full')); }"
        )
        page.wait_for_load_state("networkidle")
        slides = page.evaluate(SLIDES)
    finally:
        page.close()
    return slides, errors, outside, requested


def test_a_new_chronology_lists_its_downloads_on_its_home_page(tmp_path: Path) -> None:
    project = tmp_path / "new"
    assert main(["init", str(project), "--title", "Our chronology"]) == 0
    result = build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    listed = {
        _target(site, site / "index.html", href) for href, _ in _links(site / "index.html").files
    }
    assert listed == set(_published(site))
    assert _expected_paths(["deconfliction"]) == listed


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 bytes"), (1, "1 byte"), (999, "999 bytes"), (1000, "1.0 kB"), (999_949, "999.9 kB"),
     (999_950, "1.0 MB"), (1_234_567, "1.2 MB")],
)  # fmt: skip
def test_sizes_read_in_si_units_never_split_from_their_number(size: int, text: str) -> None:
    assert downloads.size_text(size) == text.replace(" ", "\u00a0")


@pytest.mark.parametrize(
    ("page_url", "expected"),
    [("", "data/chronology.json"), ("data/", "chronology.json"), ("data.html", "data/chronology.json"),
     ("events/x/", "../../data/chronology.json"), ("events/x.html", "../data/chronology.json"),
     ("data/storylines/", "../chronology.json"), ("data.md", "data/chronology.json")],
)  # fmt: skip
def test_links_to_the_files_are_relative_to_the_page(page_url: str, expected: str) -> None:
    assert downloads.href(page_url, "data/chronology.json") == expected


def test_a_hand_written_file_where_a_download_goes_fails_the_build(tmp_path: Path) -> None:
    source = tmp_path / "clash"
    shutil.copytree(FIXTURE, source)
    (source / "docs" / "data").mkdir()
    (source / "docs" / "data" / "chronology.csv").write_text("mine\n", encoding="utf-8")
    result = build(source)
    assert result.returncode != 0
    assert "docs/data/chronology.csv is a hand-written file where the chronology's download" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr


def test_downloads_false_publishes_no_files_and_links_no_feeds(tmp_path: Path) -> None:
    settings = "plugins:\n  - search\n  - chronology:\n      downloads: false\n"
    site = _site(tmp_path / "off", settings)
    assert not (site / "data" / "chronology.json").exists()
    data_page = (site / "data" / "index.html").read_text(encoding="utf-8")
    assert "chronology-downloads" not in data_page
    assert "<!-- chronology: downloads -->" not in data_page
    assert 'rel="alternate" type="application/atom+xml"' not in data_page


def test_only_a_marker_on_a_line_of_its_own_is_filled_in() -> None:
    """A page that documents the marker (`<!-- chronology: downloads -->` in a sentence) keeps
    it as text; the list, a block, goes only where the marker stands alone."""
    chronology = load_chronology(FIXTURE / "events")
    listed = downloads.site_downloads(chronology, ExportOptions())
    pages = Pages(chronology, environment(), SiteOptions(), listed)
    inline = "Put `<!-- chronology: downloads -->` in a page.\n"
    assert pages.fill_snippets("data.md", inline, pytest.fail) == inline
    filled = pages.fill_snippets(
        "data.md", f"{inline}\n<!-- chronology: downloads -->\n", pytest.fail
    )
    assert filled.startswith(inline)
    assert filled.count('<div class="chronology-downloads">') == 1
    assert 'href="chronology.json"' in filled  # from the page data/, as MkDocs publishes data.md


def test_each_data_folder_has_a_sitemap_so_the_theme_finds_no_missing_file(built: Path) -> None:
    """Material fetches sitemap.xml beside every <link rel="alternate"> (it takes them for
    language versions): each folder holding feeds has one, listing that folder's files."""
    for folder in ("data", "data/storylines"):
        sitemap = (built / folder / "sitemap.xml").read_text(encoding="utf-8")
        listed = re.findall(r"<loc>([^<]+)</loc>", sitemap)
        files = sorted(
            p.name
            for p in (built / folder).iterdir()
            if p.is_file() and p.name != "sitemap.xml" and p.suffix != ".html"
        )
        assert sorted(url.rsplit("/", 1)[1] for url in listed) == files
        assert all(url.startswith("https://") for url in listed)


def test_a_rebuild_writes_again_only_the_parts_of_events_that_changed() -> None:
    """`serve` keeps each format's event parts (DownloadMemo): after an edit, the files are
    those a fresh write gives, and only the edited event's parts were written again."""
    chronology = load_chronology(FIXTURE / "events")
    options = ExportOptions(site_url=SITE_URL, site_name=SITE_NAME)
    memo = downloads.DownloadMemo()
    before = downloads.site_downloads(chronology, options, memo)
    # The feeds hold a few events and keep nothing; every other format keeps each event's part.
    written = {name: texts.written for name, texts in memo.texts.items() if texts.written}
    assert set(written) == {"json", "csv", "ics", "timelinejs-json", "timelinejs-csv"}

    edited = dataclasses.replace(chronology.events[1], title="A <b>new</b> title")
    events = (*chronology.events[:1], edited, *chronology.events[2:])
    changed = dataclasses.replace(chronology, events=events)
    again = downloads.site_downloads(changed, options, memo)
    assert downloads.files(again) == downloads.files(downloads.site_downloads(changed, options))
    # Another storyline's files are the very bytes of the build before.
    untouched = [i for i, d in enumerate(again) if d.storyline not in (None, edited.storyline)]
    assert untouched
    assert all(again[i].content is before[i].content for i in untouched)
    assert {
        name: memo.texts[name].written - count for name, count in written.items()
    } == dict.fromkeys(written, 1)
    # Another site URL: nothing kept is reused (every link in the parts changes).
    other = ExportOptions(site_url="https://example.com/", site_name=SITE_NAME)
    downloads.site_downloads(changed, other, memo)
    assert {name: memo.texts[name].written for name in written} == {
        name: len(events) for name in written
    }


@pytest.mark.parametrize("name", sorted(formats()))
def test_each_format_in_pieces_is_its_whole_file(name: str) -> None:
    """A site build writes the files out in pieces (Format.pieces), never holding one whole."""
    chronology = load_chronology(FIXTURE / "events")
    fmt = formats()[name]
    for storyline in (None, *chronology.storylines):
        options = ExportOptions(site_url=SITE_URL, site_name=SITE_NAME, storyline=storyline)
        pieces = list(fmt.pieces(chronology, options))
        assert b"".join(pieces) == fmt.write(chronology, options)
        if fmt.stream is not None:  # a piece for each event at least, not one big piece
            count = sum(storyline in (None, event.storyline) for event in chronology.events)
            assert len(pieces) > count
