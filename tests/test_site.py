"""End to end: real `mkdocs build` (and `properdocs build`) runs on the fixture chronology."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import file_tree

FIXTURE = Path(__file__).parent / "fixtures" / "site"
BIN = Path(sys.executable).parent


class _Collector(HTMLParser):
    """The parts of a page the assertions read: <time> tags, links, headings, JSON-LD."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[dict[str, str | None]] = []
        self.links: list[str] = []
        self.headings: list[tuple[str, str | None]] = []
        self.json_ld: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "time":
            self.times.append(attributes)
        elif tag == "a" and attributes.get("href") is not None:
            self.links.append(str(attributes["href"]))
        elif tag in ("h2", "h3"):
            self.headings.append((tag, attributes.get("id")))
        elif tag == "script" and attributes.get("type") == "application/ld+json":
            self._in_json_ld = True

    def handle_endtag(self, tag: str) -> None:
        self._in_json_ld = False if tag == "script" else self._in_json_ld

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld.append(data)


def parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def build(
    source: Path, command: str = "mkdocs", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / command), "build", "--strict", "--site-dir", "site"],
        cwd=source,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        check=False,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("fixture") / "site-source"
    shutil.copytree(FIXTURE, source)
    result = build(source)
    assert result.returncode == 0, result.stderr
    return source / "site"


def test_chronology_lists_every_event_in_order_with_time_elements(built: Path) -> None:
    page = parse(built / "chronology" / "index.html")
    earliest = [t["data-earliest"] for t in page.times if t.get("data-earliest")]
    assert earliest == [
        "-0043-03-15",
        "2025-03-31",
        "2025-04-01",
        "2025-04-02",
        "2025-04-09",
        "2025-04-10",
    ]
    datetimes = [t.get("datetime") for t in page.times if t.get("data-earliest")]
    assert datetimes == [None, "2025-03-31", "2025-04-01", "2025-04-02", "2025-04-09", "2025-04-10"]


def test_chronology_is_grouped_by_year_and_month(built: Path) -> None:
    page = parse(built / "chronology" / "index.html")
    ours = [h for h in page.headings if h[1] and re.match(r"^[ym]-?\d", h[1])]
    assert ours == [
        ("h2", "y-43"), ("h3", "m-43-03"),
        ("h2", "y2025"), ("h3", "m2025-03"), ("h3", "m2025-04"),
    ]  # fmt: skip
    # and the page's table of contents is that map: every year and month, linked
    html = (built / "chronology" / "index.html").read_text(encoding="utf-8")
    toc = html.split('data-md-component="toc"', 1)[1]
    for anchor in ("y-43", "m-43-03", "y2025", "m2025-03", "m2025-04"):
        assert f'href="#{anchor}"' in toc, anchor


def test_dates_read_as_precisely_as_they_are(built: Path) -> None:
    html = (built / "chronology" / "index.html").read_text(encoding="utf-8")
    for text in (
        "15 March 44 BC",
        "week of 31 March 2025",
        "early April 2025 (approx.)",
        "2–4 April 2025",
        "9 April 2025",
    ):
        assert f">{text}</time>" in html


def test_text_from_yaml_is_escaped_everywhere(built: Path) -> None:
    pages = list(built.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html, page
        assert "<b>A</b>" not in html, page
        assert "<em>storyline</em>" not in html, page
    event = (built / "events" / "talks" / "index.html").read_text(encoding="utf-8")
    assert "Officials hold talks &lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in event
    quote = '(?:"|&#34;|&quot;)'  # a quote may or may not be escaped in text
    assert re.search(f"&lt;script&gt;alert\\({quote}summary{quote}\\)&lt;/script&gt;", event)


def test_only_http_links_from_data_become_links(built: Path) -> None:
    event = parse(built / "events" / "talks" / "index.html")
    assert "https://example.org/report" in event.links
    assert "https://example.org/talks" in event.links
    assert "http://example.org/plain-http-is-fine" in event.links
    for page in built.rglob("*.html"):
        for href in parse(page).links:
            assert not href.lower().startswith(("javascript:", "data:", "vbscript:")), (page, href)


def internal_targets(page: Path) -> list[tuple[str, Path]]:
    """Each link of a built page that stays in the site, with the path it points at."""
    return [
        (href, (page.parent / href.split("#")[0]).resolve())
        for href in parse(page).links
        if "://" not in href and not href.startswith(("#", "mailto:"))
    ]


def test_internal_links_resolve(built: Path) -> None:
    for page in [
        built / "chronology" / "index.html",
        *(built / "events").rglob("index.html"),
        *(built / "tags").rglob("index.html"),
    ]:
        for href, target in internal_targets(page):
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), (page, href)


def test_event_page_shows_evidence_sources_relations_and_json_ld(built: Path) -> None:
    html = (built / "events" / "talks" / "index.html").read_text(encoding="utf-8")
    assert "‘on Wednesday’, Agency &amp; Co, Thu 10 April 2025 → Wed 9 April 2025" in html
    assert "Date given: ‘yesterday’, Agency &amp; Co, Thu 10 April 2025 → Wed 9 April 2025" in html
    assert 'rel="prev"' in html
    assert 'rel="next"' in html
    assert "Related events" in html
    assert "https://github.com/example/fixture/edit/main/events/alpha/talks.yml" in html
    [json_ld] = parse(built / "events" / "talks" / "index.html").json_ld
    data = json.loads(json_ld)
    assert data["@type"] == "Event"
    assert data["startDate"] == "2025-04-09"
    assert data["name"] == 'Officials hold talks <script>alert("title")</script>'
    assert "</script" not in json_ld


def test_disputed_events_are_marked_with_both_claims(built: Path) -> None:
    chronology = (built / "chronology" / "index.html").read_text(encoding="utf-8")
    assert chronology.count("chronology-badge--disputed") == 1
    event = (built / "events" / "strikes" / "index.html").read_text(encoding="utf-8")
    assert "Sources disagree on the date." in event
    assert "‘on Tuesday’, Other Wire, Sun 6 April 2025 → Tue 1 April 2025" in event


def test_hub_pages_and_indexes_exist(built: Path) -> None:
    for page in (
        "timeline",
        "sources",
        "storylines",
        "storylines/alpha",
        "tags",
        "tags/talks",
        "actors",
        "actors/ministry-b",
        "actors/ministry-b-a-b",
        "places/baku",
    ):
        assert (built / page / "index.html").exists(), page


def test_event_and_term_pages_stay_out_of_the_nav(built: Path) -> None:
    nav_html = (built / "chronology" / "index.html").read_text(encoding="utf-8")
    nav = nav_html.split('<nav class="md-nav md-nav--primary"', 1)[1].split("</nav>", 1)[0]
    assert "Chronology" in nav
    assert "events/talks" not in nav
    assert "tags/talks" not in nav
    sitemap = (built / "sitemap.xml").read_text(encoding="utf-8")
    assert "events/talks/" in sitemap


def test_nothing_is_written_into_docs(built: Path) -> None:
    docs = built.parent / "docs"
    assert sorted(p.name for p in docs.iterdir()) == ["index.md"]


def test_strict_build_fails_listing_every_event_problem(tmp_path: Path) -> None:
    source = tmp_path / "broken"
    shutil.copytree(FIXTURE, source)
    (source / "events" / "alpha" / "bad.yml").write_text(
        "title: Bad\ndate: Friday 9 April 2025\nsources: []\n", encoding="utf-8"
    )
    (source / "events" / "beta" / "worse.yml").write_text(
        "title: Worse\ndate: 30 February 2025\nsource:\n  - x\n", encoding="utf-8"
    )
    result = build(source)
    assert result.returncode == 1
    assert "events/alpha/bad.yml:3:10: error: an event needs at least one source" in result.stderr
    assert (
        "events/beta/worse.yml:3:1: error: unknown field 'source' in an event (hint: did you mean 'sources'?)"
        in result.stderr
    )
    assert "events/beta/worse.yml:1:1: error: an event needs the field 'sources'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (source / "docs" / "events").exists()


def test_properdocs_builds_the_same_pages(tmp_path: Path, built: Path) -> None:
    source = tmp_path / "proper"
    shutil.copytree(FIXTURE, source)
    result = build(source, command="properdocs")
    assert result.returncode == 0, result.stderr
    ours = sorted(
        p.relative_to(source / "site").as_posix() for p in (source / "site").rglob("index.html")
    )
    theirs = sorted(p.relative_to(built).as_posix() for p in built.rglob("index.html"))
    assert ours == theirs
    assert "9 April 2025" in (source / "site" / "events" / "talks" / "index.html").read_text(
        encoding="utf-8"
    )


def test_builds_are_byte_identical_across_time_zones_and_runs(tmp_path: Path) -> None:
    trees = []
    for zone in ("UTC", "Pacific/Kiritimati"):
        source = tmp_path / zone.replace("/", "-")
        shutil.copytree(FIXTURE, source)
        env = {"TZ": zone, "LC_ALL": "C.UTF-8"}
        os_env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
        result = subprocess.run(
            [str(BIN / "mkdocs"), "build", "--strict", "--site-dir", "site"],
            cwd=source, capture_output=True, text=True, env={**os_env, **env}, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        trees.append(file_tree(source / "site"))
    assert trees[0].keys() == trees[1].keys()
    different = [name for name in trees[0] if trees[0][name] != trees[1][name]]
    assert different == []
    sitemap = trees[0]["sitemap.xml"].decode()
    assert "<lastmod>2025-05-01</lastmod>" in sitemap  # the latest date in the data, not today


def test_json_ld_sits_in_head(built: Path) -> None:
    html = (built / "events" / "talks" / "index.html").read_text(encoding="utf-8")
    assert html.index('<script type="application/ld+json">') < html.index("</head>")
    assert "chronology-rest" not in html
    assert "chronology-head" not in html


def test_search_indexes_each_event_once_and_not_the_hub_pages(built: Path) -> None:
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    talks = [loc for loc in locations if loc.startswith("events/talks/")]
    assert talks == ["events/talks/"]
    talks_doc = next(doc for doc in index["docs"] if doc["location"] == "events/talks/")
    assert "Talks were held" in talks_doc["text"]
    assert not any(
        loc.startswith(("chronology/", "timeline/", "tags/", "actors/")) for loc in locations
    )
    assert not any(loc.startswith("sources/") for loc in locations)
    assert not any("How the date was found" in doc["title"] for doc in index["docs"])
    # A publisher, a place or an actor finds the event; the date reads as on the page.
    for name in ("Agency &amp; Co", "Baku", "Ministry B", "9 April 2025"):
        assert name in talks_doc["text"], name


def test_links_resolve_without_directory_urls(tmp_path: Path) -> None:
    source = tmp_path / "site-source"
    shutil.copytree(FIXTURE, source)
    config = source / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "use_directory_urls: false\n")
    result = build(source)
    assert result.returncode == 0, result.stderr
    site = source / "site"
    pages = [
        site / "chronology.html",
        *(site / "events").glob("*.html"),
        *(site / "tags").glob("*.html"),
    ]
    assert len(pages) > 8
    for page in pages:
        for href, target in internal_targets(page):
            assert target.is_file(), (page, href)


def test_the_build_date_never_crashes_the_build(tmp_path: Path) -> None:
    # A correction dated 2150 is valid, and past what a gzip header can hold (2106): the build
    # date is kept inside it rather than crashing sitemap.xml.gz.
    source = tmp_path / "late"
    shutil.copytree(FIXTURE, source)
    talks = source / "events" / "alpha" / "talks.yml"
    late = "updates:\n  - date: 2150-01-01\n    note: Checked again.\n"
    talks.write_text(talks.read_text(encoding="utf-8") + late, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    result = subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict", "--site-dir", "site"],
        cwd=source, capture_output=True, text=True, check=False,
        env={**env, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (source / "site" / "sitemap.xml.gz").stat().st_size > 0


def test_a_hand_written_page_never_silently_replaces_an_event_page(tmp_path: Path) -> None:
    source = tmp_path / "clash"
    shutil.copytree(FIXTURE, source)
    (source / "docs" / "events").mkdir()
    (source / "docs" / "events" / "talks.md").write_text("# Mine\n", encoding="utf-8")
    result = build(source)
    assert result.returncode == 1
    assert (
        "docs/events/talks.md is a hand-written page where the chronology's page" in result.stderr
    )


def test_names_that_look_like_hub_pages_get_pages_of_their_own(tmp_path: Path) -> None:
    source = tmp_path / "hubs"
    shutil.copytree(FIXTURE, source)
    talks = source / "events" / "alpha" / "talks.yml"
    talks.write_text(
        talks.read_text(encoding="utf-8").replace("tags: [talks]", "tags: [talks, Index, Tags]"),
        encoding="utf-8",
    )
    result = build(source)
    assert result.returncode == 0, result.stderr
    hub = (source / "site" / "tags" / "index.html").read_text(encoding="utf-8")
    assert "index-2/" in hub
    assert "tags-2/" in hub
    index_term = (source / "site" / "tags" / "index-2" / "index.html").read_text(encoding="utf-8")
    assert "Officials hold talks" in index_term
