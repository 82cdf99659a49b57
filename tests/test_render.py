"""Pieces of rendering that every page relies on: summaries, URLs, the parts MkDocs gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.pipeline import Chronology, load_chronology
from builder.render import (
    Pages,
    SiteOptions,
    environment,
    page_url,
    safe_url,
    split_page,
    summary_html,
)

FIXTURE = Path(__file__).parent / "fixtures" / "site"


@pytest.fixture(scope="module")
def fixture_chronology() -> Chronology:
    return load_chronology(FIXTURE / "events", relative_to=FIXTURE)


SUMMARIES = [
    # (what an editor writes, the HTML readers get)
    ("Plain text.", "<p>Plain text.</p>"),
    (
        "One *two* **three** `code`",
        "<p>One <em>two</em> <strong>three</strong> <code>code</code></p>",
    ),
    ("First.\n\nSecond.", "<p>First.</p>\n<p>Second.</p>"),
    ("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"),
    # HTML is text, never markup.
    (
        "<b>bold</b> & <script>x</script>",
        "<p>&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;</p>",
    ),
    # Only http(s) links and images survive; the others keep their text or vanish.
    ("[a](https://example.org/a)", '<p><a href="https://example.org/a">a</a></p>'),
    ('[a](https://example.org/a "t")', '<p><a href="https://example.org/a" title="t">a</a></p>'),
    ("[a](javascript:alert(1))", "<p>a</p>"),
    ('[a](javascript:alert(1) "t")', "<p>a</p>"),
    ("[a](/local/page)", "<p>a</p>"),
    ("[a](mailto:x@example.org)", "<p>a</p>"),
    ("![i](http://example.org/i.png)", '<p><img src="http://example.org/i.png" alt="i" /></p>'),
    ("![i](data:image/png;base64,AAAA)", "<p></p>"),
]


@pytest.mark.parametrize(("text", "expected"), SUMMARIES)
def test_summary_html(text: str, expected: str) -> None:
    assert summary_html(text) == expected


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a", True),
        ("HTTP://EXAMPLE.ORG/", True),
        ("javascript:alert(1)", False),
        ("//example.org/a", False),
        ('https://example.org/"onmouseover="x', False),
        ("https://example.org/<x>", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_urls_are_safe(url: str | None, kept: bool) -> None:
    assert safe_url(url) == (url if kept else None)


def test_a_page_is_split_into_body_search_and_head() -> None:
    page = (
        "---\ntitle: T\n---\n<h1>T</h1>\n<p>Body</p>\n"
        "<!--chronology-search-->\n<p>Indexed</p>\n<!--/chronology-search-->\n"
        "<!--chronology-head-->\n<script>{}</script>\n<!--/chronology-head-->\n"
    )
    parts = split_page(page)
    assert parts.front_matter == "---\ntitle: T\n---"
    assert parts.body == "<h1>T</h1>\n<p>Body</p>\n"
    assert parts.search == "<p>Indexed</p>\n"
    assert parts.head == "<script>{}</script>\n"


def test_a_page_without_a_search_block_is_searched_as_it_is() -> None:
    parts = split_page("---\ntitle: T\n---\n<p>Body</p>\n")
    assert parts.search is None
    assert parts.body == "<p>Body</p>\n"


def test_without_an_edit_url_an_event_page_names_its_file(fixture_chronology: Chronology) -> None:
    pages = Pages(fixture_chronology, environment(), SiteOptions(edit_url=None)).render()
    page = pages["events/talks.md"]
    assert "This event’s file: <code>events/alpha/talks.yml</code>" in page
    assert "/edit/" not in page


@pytest.mark.parametrize(
    ("src_uri", "directory_urls", "url"),
    [
        ("index.md", True, ""),
        ("chronology.md", True, "chronology/"),
        ("tags/index.md", True, "tags/"),
        ("events/talks.md", True, "events/talks/"),
        ("index.md", False, "index.html"),
        ("chronology.md", False, "chronology.html"),
        ("tags/index.md", False, "tags/index.html"),
        ("events/talks.md", False, "events/talks.html"),
    ],
)
def test_page_urls_are_the_ones_mkdocs_gives(src_uri: str, directory_urls: bool, url: str) -> None:
    assert page_url(src_uri, directory_urls) == url


@pytest.mark.parametrize(
    ("count", "lede"), [(0, "No events yet"), (1, "1 event in order"), (2, "2 events in order")]
)
def test_the_chronology_says_how_many_events_it_holds(
    count: int, lede: str, fixture_chronology: Chronology
) -> None:
    full = fixture_chronology
    chronology = Chronology(full.events[:count], full.storylines)
    page = Pages(chronology, environment(), SiteOptions()).render()["chronology.md"]
    assert f'<p class="chronology-lede">{lede}' in page


def test_most_recently_reported_goes_by_each_events_first_report(write_events) -> None:
    def event(title: str, *published: str) -> str:
        sources = "".join(
            f"  - publisher: P{i}\n    title: T\n    url: https://example.org/{title}/{i}\n"
            f"    published: {day}\n"
            for i, day in enumerate(published)
        )
        return f"title: {title}\ndate: 1 March 2025\nsources:\n{sources}"

    chronology = load_chronology(
        write_events(
            {
                # an old event with a retrospective report of a year later
                "old.yml": event("Old", "2025-03-01", "2026-03-01"),
                "new.yml": event("New", "2025-06-01"),
            }
        )
    )
    html = Pages(chronology, environment(), SiteOptions()).snippet("index.md", "latest")
    assert html.index("New") < html.index("Old")


def test_generated_headings_make_the_pages_table_of_contents() -> None:
    from builder.render import heading_tokens

    html = (
        '<h1>Chronology</h1><h2 id="y2024">2024</h2><h3 id="m2024-12">December 2024</h3>'
        '<h2 id="y2025">2025</h2><h3 id="m2025-03">March 2025</h3>'
        '<h3 id="m2025-04">April <b>2025</b></h3>'
    )
    assert [
        (t["id"], t["name"], [c["id"] for c in t["children"]]) for t in heading_tokens(html)
    ] == [
        ("y2024", "2024", ["m2024-12"]),
        ("y2025", "2025", ["m2025-03", "m2025-04"]),
    ]
    assert heading_tokens(html)[1]["children"][1]["name"] == "April 2025"


def test_packed_pages_give_back_their_exact_parts() -> None:
    """A build keeps each generated page compressed (render.Packer) until MkDocs writes it:
    the head and body come back exactly, whatever the text, and pages of a kind compressed
    against the first of their kind take less room."""
    from builder.render import Packer, PageParts

    packer = Packer()
    body = '<div class="chronology"><h1>Event {n}</h1><p>Sources ‘{n}’ غزة \ud800 🙂</p></div>' * 20
    pages = {
        f"events/e{n}.md": PageParts("---\ntitle: x\n---", body.format(n=n), None, f"<meta {n}>")
        for n in range(5)
    }
    pages["tags/t.md"] = PageParts("", "<p>a tag</p>", "<p>searched</p>", "")
    packed = {uri: packer.pack(uri, parts) for uri, parts in pages.items()}
    for uri, parts in pages.items():
        unpacked = packed[uri].unpacked()
        assert (unpacked.head, unpacked.body, unpacked.search) == (
            parts.head,
            parts.body,
            parts.search,
        )
    first, later = packed["events/e0.md"], packed["events/e1.md"]
    assert first.dictionary == b""
    assert later.dictionary
    assert len(later.packed) < len(first.packed) / 2


def test_pages_within_the_raw_budget_are_kept_as_they_are() -> None:
    """A small site's pages are not compressed: the first pages up to the budget are kept as
    they are, every page after it is compressed, and both give back the same parts."""
    from builder.render import PackedParts, Packer, PageParts

    packer = Packer(raw_budget=2 * 53)  # two pages of 53 characters
    pages = [PageParts("---\ntitle: x\n---", "<p>" + "x" * 40 + "</p>", None, "<meta>")] * 3
    packed = [packer.pack(f"events/e{n}.md", parts) for n, parts in enumerate(pages)]
    assert [isinstance(p, PackedParts) for p in packed] == [False, False, True]
    assert Packer.raw_budget_for(1_000) == Packer.RAW_BUDGET
    assert Packer.raw_budget_for(100_000) == 0  # a large site compresses every page
    for parts, kept in zip(pages, packed, strict=True):
        unpacked = kept.unpacked()
        assert (unpacked.head, unpacked.body, unpacked.search) == (
            parts.head,
            parts.body,
            parts.search,
        )
