"""The chronology page: its entries, its order, and how a large one is split into a page per year
or month under an index; the facet choices each listing page offers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.chronology_pages import ordered_years
from builder.facets import MAX_BUTTONS, facets
from builder.pipeline import Chronology, load_chronology
from builder.render import Pages, SiteOptions, environment
from tests.synthetic import chronology_site

FIXTURE = Path(__file__).parent / "fixtures" / "site"
ENTRY = re.compile(r'<li class="chronology-entry facet-item[^"]*" id="([^"]+)"')
LINK = re.compile(r'href="([^"#]*)#([^"]+)"')


@pytest.fixture(scope="module")
def fixture_chronology() -> Chronology:
    return load_chronology(FIXTURE / "events", relative_to=FIXTURE)


def render(chronology: Chronology, **options: object) -> dict[str, str]:
    return Pages(chronology, environment(), SiteOptions(**options)).render()  # type: ignore[arg-type]


def listed(page: str) -> list[str]:
    return ENTRY.findall(page)


def earliest(page: str) -> list[str]:
    return re.findall(
        r'<li class="chronology-entry[^>]*>\n<div[^>]*><time[^>]*data-earliest="([^"]+)"', page
    )


def test_a_small_chronology_is_one_page_with_a_line_of_summary_per_entry(
    fixture_chronology: Chronology,
) -> None:
    pages = render(fixture_chronology)
    assert not any(uri.startswith("chronology/") for uri in pages)
    page = pages["chronology.md"]
    assert listed(page) == [event.id for event in fixture_chronology.events]
    # the summary as one line of text: its Markdown and HTML gone, still escaped
    assert (
        '<p class="chronology-entry__summary">Talks were held. alert(&#34;summary&#34;) See the'
        in page
    )
    assert (
        '<section class="facets" aria-label="Filter events" data-listing-order="oldest-first" '
        "hidden>" in page
    )


def test_newest_first_reverses_years_months_and_entries(fixture_chronology: Chronology) -> None:
    oldest = render(fixture_chronology)["chronology.md"]
    newest = render(fixture_chronology, order="newest-first")["chronology.md"]
    assert listed(newest) == listed(oldest)[::-1]
    assert earliest(newest) == sorted(earliest(oldest), reverse=True)
    headings = re.findall(r'<h[23] id="([^"]+)"', newest)
    assert headings == ["y2025", "m2025-04", "m2025-03", "y-43", "m-43-03"]
    assert "6 events, newest first." in newest


def test_an_unknown_order_is_refused() -> None:
    with pytest.raises(ValueError, match="oldest-first, newest-first"):
        ordered_years((), "sideways")


@pytest.mark.parametrize("order", ["oldest-first", "newest-first"])
@pytest.mark.parametrize(
    ("split_above", "expected"),
    [
        # 6 events, at most 4 a page: 44 BC on its own page; 2025 (5) a page per month
        (4, {"-43": 1, "2025-03": 1, "2025-04": 4}),
        # at most 3: April 2025 (4) cut between days: 1-9 April and 10 April, or newest
        # first 10-2 April and 1 April; a page is named by its first day
        (3, {"-43": 1, "2025-03": 1, "2025-04-01": 3, "2025-04-10": 1}),
    ],
)
def test_a_large_chronology_is_an_index_of_year_month_and_day_pages(
    fixture_chronology: Chronology, order: str, split_above: int, expected: dict[str, int]
) -> None:
    if (split_above, order) == (3, "newest-first"):
        expected = {"-43": 1, "2025-03": 1, "2025-04-02": 3, "2025-04-01": 1}
    pages = render(fixture_chronology, split_above=split_above, order=order)
    parts = {uri: page for uri, page in pages.items() if uri.startswith("chronology/")}
    assert {uri: len(listed(page)) for uri, page in parts.items()} == {
        f"chronology/{name}.md": count for name, count in expected.items()
    }
    index = pages["chronology.md"]
    assert listed(index) == []  # the index lists no event, it links the pages that do
    assert '<h2 id="y2025"><a href="../chronology/' in index
    # every year and month of the index links to a page that has that month's heading
    links = LINK.findall(index)
    assert len(links) == len(expected)
    for target, anchor in links:
        uri = target.removeprefix("../").rstrip("/") + ".md"
        assert f'id="{anchor}"' in pages[uri], (target, anchor)
    # each event is on exactly one page, in order across the pages
    in_page_order = [event_id for uri in sorted(parts) for event_id in listed(parts[uri])]
    oldest_first = [event.id for event in fixture_chronology.events]
    if order == "oldest-first":
        assert in_page_order == oldest_first
    else:
        assert sorted(in_page_order) == sorted(oldest_first)
    if (split_above, order) == (3, "oldest-first"):
        assert "<h1>April 2025, 1–9</h1>" in pages["chronology/2025-04-01.md"]
        assert ">April 2025, 10</a>" in index


@pytest.mark.parametrize("split_above", [1000, 3])
def test_each_event_page_links_to_its_place_on_the_chronology_and_the_timeline(
    fixture_chronology: Chronology, split_above: int
) -> None:
    pages = render(fixture_chronology, split_above=split_above)
    for event in fixture_chronology.events:
        page = pages[f"events/{event.id}.md"]
        found = re.search(
            r'class="chronology-event__context">.*?<a href="\.\./\.\./([^"#]+)/#([^"]+)">in the '
            r'chronology</a> and <a href="\.\./\.\./timeline/[^"#]*#t-([^"]+)">on the timeline</a>',
            page,
        )
        assert found is not None, event.id
        chronology_page, anchor, timeline_anchor = found.groups()
        assert anchor == timeline_anchor == event.id
        assert f'id="{event.id}"' in pages[f"{chronology_page}.md"]


def test_no_chronology_page_outgrows_its_share_of_a_large_chronology(tmp_path: Path) -> None:
    """3,000 generated events, at most 300 a page: the pages that a reader of a 30,000-event
    chronology gets with the default 1,000, at a tenth of the size."""
    chronology_site(tmp_path, 3000)
    chronology = load_chronology(tmp_path / "events", relative_to=tmp_path)
    whole = render(chronology, split_above=10**6)["chronology.md"]
    split = render(chronology, split_above=300)
    parts = {uri: page for uri, page in split.items() if uri.startswith("chronology/")}
    assert len(parts) >= 10
    per_event = len(whole.encode()) / 3000
    for uri, page in parts.items():
        count = len(listed(page))
        months = len(re.findall(r"<h3 ", page))
        assert count <= 300, uri
        assert months >= 1, uri
        # a page weighs what its events do, plus a facet bar and a header
        assert len(page.encode()) < count * per_event * 1.1 + 20_000, uri
    assert len(split["chronology.md"].encode()) < 20_000  # the index: years and months
    assert sum(len(listed(page)) for page in parts.values()) == 3000


def test_facets_offer_each_value_with_its_count(fixture_chronology: Chronology) -> None:
    pages = Pages(fixture_chronology, environment(), SiteOptions())
    offered = {facet.key: facet for facet in pages.all_facets}
    # one place only (Baku): nothing to choose between, so no place facet
    assert list(offered) == ["storyline", "tag", "actor", "precision", "disputed"]
    assert offered["storyline"].options == (
        ("alpha", "Alpha <em>storyline</em>", 2),
        ("beta", "Beta", 3),
    )
    assert offered["precision"].options == (
        ("day", "day", 4),
        ("week", "week", 1),
        ("month", "month", 1),
    )
    assert offered["disputed"].options == (("yes", "disputed", 1), ("no", "not disputed", 5))
    # the values are those the entries carry
    page = pages.render()["chronology.md"]
    for value, _, _ in offered["actor"].options:
        assert re.search(rf'data-actors="[^"]*\b{value}\b', page), value


def test_a_facet_with_many_choices_is_a_list_to_pick_from(write_events) -> None:  # type: ignore[no-untyped-def]
    files = {
        f"e{i}.yml": f"""\
            title: Event {i}
            date: 2025-03-{i + 1:02d}
            tags: [tag {i}]
            sources:
              - publisher: P
                title: T
                url: https://example.org/{i}
                published: 2025-04-01
            """
        for i in range(MAX_BUTTONS + 1)
    }
    chronology = load_chronology(write_events(files))
    (tags,) = [f for f in facets(chronology.events, {}, _slugs(chronology)) if f.key == "tag"]
    assert not tags.as_buttons
    page = render(chronology)["chronology.md"]
    assert '<select id="facets-tag" class="facets__select">' in page
    assert '<option value="">Add a tag…</option>' in page


def _slugs(chronology: Chronology) -> dict[str, dict[str, str]]:
    return Pages(chronology, environment(), SiteOptions()).term_slugs


def test_storyline_and_term_pages_split_as_the_chronology_does(
    fixture_chronology: Chronology,
) -> None:
    pages = render(fixture_chronology, split_above=2)
    # Beta's 3 events: its page the index, a page for 44 BC and one for 2025 (2 events)
    beta = {uri: page for uri, page in pages.items() if uri.startswith("storylines/beta/")}
    assert {uri: len(listed(page)) for uri, page in beta.items()} == {
        "storylines/beta/-43.md": 1,
        "storylines/beta/2025.md": 2,
    }
    assert listed(pages["storylines/beta.md"]) == []
    assert 'href="../../storylines/beta/2025/#m2025-04"' in pages["storylines/beta.md"]
    assert 'title: "Beta: 2025"' in pages["storylines/beta/2025.md"]
    assert (
        '<p class="chronology-kicker"><a href="../../../storylines/beta/"'
        in (pages["storylines/beta/2025.md"])
    )
    # a term with 2 events stays one page
    assert len(listed(pages["tags/talks.md"])) == 2
    assert not any(uri.startswith("tags/talks/") for uri in pages)


SOURCE_ITEM = re.compile(
    r'<li><span class="chronology-source__publisher">([^<]*)</span>, <a href="([^"]+)"'
)


@pytest.mark.parametrize("split_above", [1000, 2])
def test_the_sources_page_splits_into_pages_of_reports_in_order(
    fixture_chronology: Chronology, split_above: int
) -> None:
    pages = render(fixture_chronology, split_above=split_above)
    whole = SOURCE_ITEM.findall(render(fixture_chronology, split_above=10**6)["sources.md"])
    assert len(whole) > 2
    parts = sorted((u for u in pages if u.startswith("sources/")), key=lambda u: int(u[8:-3]))
    if split_above >= len(whole):
        assert parts == []
        assert SOURCE_ITEM.findall(pages["sources.md"]) == whole
        return
    # Every report once, in the one page's order, at most split_above a page; the index links
    # each page, and each page its neighbours.
    assert [item for uri in parts for item in SOURCE_ITEM.findall(pages[uri])] == whole
    assert all(len(SOURCE_ITEM.findall(pages[uri])) <= split_above for uri in parts)
    index = pages["sources.md"]
    assert SOURCE_ITEM.findall(index) == []
    for number, uri in enumerate(parts, start=1):
        assert f'href="../sources/{number}/"' in index
        assert f'"Sources: {number} of {len(parts)}"' in pages[uri]
        nav = pages[uri].split('<nav class="chronology-neighbours"')[1]
        assert ('rel="prev"' in nav) == (number > 1)
        assert ('rel="next"' in nav) == (number < len(parts))
