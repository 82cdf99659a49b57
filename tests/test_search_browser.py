"""Site search in a real browser (headless Chromium) on the built flagship site: the index is
fetched at the first search only, and a query that is a date lists that date's events first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page

from builder.pipeline import load_chronology
from tests.conftest import built_site, serving

ROOT = Path(__file__).parent.parent
pytestmark = pytest.mark.browser


def build_flagship(source: Path, features: tuple[str, ...] = (), site_url: str = "") -> Path:
    shutil.copytree(ROOT / "docs", source / "docs")
    shutil.copytree(ROOT / "events", source / "events")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for feature in features:
        config = config.replace("  features:\n", f"  features:\n    - {feature}\n", 1)
    if site_url:
        config = f"site_url: {site_url}\n{config}"
    (source / "mkdocs.yml").write_text(config, encoding="utf-8")
    return built_site(source)


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    with serving(build_flagship(tmp_path_factory.mktemp("flagship"))) as url:
        yield url


@pytest.fixture(scope="module")
def event_dates() -> dict[str, tuple[str, str]]:
    """{title: (first day, last day)} of every flagship event, from the data, not the site."""
    chronology = load_chronology(ROOT / "events", relative_to=ROOT)
    return {
        event.title: (event.date.value.earliest.iso(), (event.end or event.date).value.latest.iso())
        for event in chronology.events
    }


def open_page(browser, url: str) -> tuple[Page, list[str], list[str]]:  # type: ignore[no-untyped-def]
    """The page, its errors, and the URLs it has requested so far (kept up to date).

    Errors are script errors and failed requests, save one that is not search's: Material reads
    every <link rel=alternate> as another language of the site and asks for its sitemap.xml.
    """
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text)
            if message.type == "error" and not message.text.startswith("Failed to load resource")
            else None
        ),
    )
    page.on(
        "response",
        lambda response: (
            errors.append(f"{response.status} {response.url}")
            if response.status >= 400 and not response.url.endswith("/sitemap.xml")
            else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url, wait_until="networkidle")
    return page, errors, requests


def search(page: Page, query: str) -> list[str]:
    """Enter a query in Material's search box; the titles of the results it lists, in order.

    The query goes in whole and one key press sends it (Material searches on keyup), so exactly
    one result arrives after the empty query of the focus, and it is the one read here.
    """
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")
    page.wait_for_function(
        "query => /\\d/.test(document.querySelector('.md-search-result__meta').textContent)"
        " && document.querySelector('input.md-search__input').value === query",
        arg=query,
    )
    return page.eval_on_selector_all(
        ".md-search-result__item > .md-search-result__link h1",
        "els => els.map(e => e.innerText.trim())",
    )


def index_requests(requests: list[str]) -> list[str]:
    """Requests for the search index: Material's, or the compact one search.js asks for."""
    return [url for url in requests if url.endswith(("search_index.json", "chronology_index.json"))]


def test_the_index_is_fetched_at_the_first_search_not_before(browser, site_url: str) -> None:
    for path in ("", "chronology/", "events/baku-talks-2025-04-09/"):
        page, errors, requests = open_page(browser, f"{site_url}/{path}")
        page.wait_for_timeout(500)  # anything the page would fetch by itself has been asked for
        assert index_requests(requests) == [], path
        page.locator("input.md-search__input").focus()
        page.wait_for_function("() => true")
        titles = search(page, "Palmyra")
        assert [url.rsplit("/", 2)[-2:] for url in index_requests(requests)] == [
            ["search", "chronology_index.json"]
        ], path
        assert any("Palmyra" in title for title in titles)
        assert errors == []
        page.close()


def test_a_search_in_the_address_loads_the_index(browser, site_url: str) -> None:
    page, errors, requests = open_page(browser, f"{site_url}/?q=Samanyolu")
    page.wait_for_selector(".md-search-result__item")
    assert len(index_requests(requests)) == 1
    assert errors == []
    page.close()


@pytest.mark.parametrize(
    ("query", "first", "last"),
    [
        ("9 April 2025", "2025-04-09", "2025-04-09"),
        ("April 9, 2025", "2025-04-09", "2025-04-09"),
        ("2025-04-09", "2025-04-09", "2025-04-09"),
        ("April 2025", "2025-04-01", "2025-04-30"),
        ("2024", "2024-01-01", "2024-12-31"),
    ],
)
def test_a_date_query_lists_that_dates_events_first_in_date_order(
    browser, site_url: str, event_dates: dict[str, tuple[str, str]], query: str, first: str,
    last: str,
) -> None:  # fmt: skip
    on_it = sorted(
        (dates, title)
        for title, dates in event_dates.items()
        if dates[0] >= first and dates[1] <= last
    )
    assert on_it, "the flagship has events in every period asked for here"
    page, errors, _ = open_page(browser, f"{site_url}/")
    titles = search(page, query)
    shown = min(len(on_it), len(titles))
    assert shown >= min(len(on_it), 10)  # Material lists ten results, then more as one scrolls
    leading = titles[:shown]
    assert set(leading) <= {title for _, title in on_it}, leading
    days = [event_dates[title] for title in leading]
    assert days == sorted(days), "in date order"
    assert days[0] == on_it[0][0], "starting with the period's first event"
    if len(on_it) <= len(titles):
        assert sorted(leading) == sorted(title for _, title in on_it)
    assert errors == []
    page.close()


def test_enter_opens_the_first_event_of_a_date_query(browser, site_url: str) -> None:
    page, errors, _ = open_page(browser, f"{site_url}/methodology/")
    titles = search(page, "9 April 2025")
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    assert page.locator("article h1").first.inner_text().strip() == titles[0]
    assert errors == []
    page.close()


def test_other_queries_keep_lunrs_ranking(browser, site_url: str) -> None:
    page, errors, _ = open_page(browser, f"{site_url}/")
    titles = search(page, "Samanyolu")
    assert (
        titles[0]
        == "Turkish and Israeli officials hold first technical talks on avoiding incidents in Syria"
    )
    assert errors == []
    page.close()


def test_the_compact_index_expands_to_materials_documents(browser, site_url: str) -> None:
    page, errors, _ = open_page(browser, f"{site_url}/events/baku-talks-2025-04-09/")
    compared = page.evaluate(
        """async () => {
            const get = (name) => fetch(`../../search/${name}`).then((r) => r.json());
            const [compact, material] = await Promise.all(
                [get("chronology_index.json"), get("search_index.json")]);
            return {
                rows: compact.docs.filter(Array.isArray).length,
                events: material.docs.filter((doc) => doc.date).length,
                same: JSON.stringify(window.chronologySearch.expand(compact))
                    === JSON.stringify(material),
            };
        }"""
    )
    assert compared["same"]
    assert compared["rows"] == compared["events"] > 80
    assert errors == []
    page.close()


def test_with_instant_navigation_the_index_still_waits_for_a_search(
    browser, tmp_path: Path, event_dates: dict[str, tuple[str, str]]
) -> None:
    """The flagship keeps Material's instant navigation off; a site that turns it on keeps both
    the lazy index and the date ranking across pages loaded without a reload (which Material
    does only with a site_url, for the pages its sitemap lists)."""
    (tmp_path / "site").mkdir()
    with serving(tmp_path / "site") as url:
        build_flagship(tmp_path, ("navigation.instant",), site_url=f"{url}/")
        page, errors, requests = open_page(browser, f"{url}/")
        # A link in the navigation, followed by Material's instant loading (no page reload).
        page.evaluate("window.notReloaded = true")
        page.evaluate("document.querySelector('a[href$=\"methodology/\"]').click()")
        page.wait_for_url(f"{url}/methodology/")
        assert page.evaluate("window.notReloaded === true")
        page.wait_for_timeout(500)
        assert index_requests(requests) == []
        titles = search(page, "9 April 2025")
        assert len(index_requests(requests)) == 1
        on_the_day = {title for title, dates in event_dates.items() if dates == ("2025-04-09",) * 2}
        assert set(titles[: len(on_the_day)]) == on_the_day
        assert errors == []
        page.close()
