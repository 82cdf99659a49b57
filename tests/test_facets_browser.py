"""Facets in a real browser (headless Chromium): filters that combine, hide entries and the
headings left empty, live in the address, work from the keyboard and pass axe; and a split
chronology read through its index, its year and month pages and the event pages' links."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.conftest import built_site, serving

ROOT = Path(__file__).parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site"
ARTIFACTS = ROOT / "test-artifacts"
pytestmark = pytest.mark.browser


build = built_site


@pytest.fixture(scope="module")
def fixture_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    source = tmp_path_factory.mktemp("facets") / "fixture"
    shutil.copytree(FIXTURE, source)
    with serving(build(source)) as url:
        yield url


@pytest.fixture(scope="module")
def split_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The fixture with at most 4 events a chronology page: 44 BC, March 2025, April 2025."""
    source = tmp_path_factory.mktemp("facets") / "split"
    shutil.copytree(FIXTURE, source)
    config = source / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  - chronology\n", "  - chronology:\n      split_above: 4\n"),
        encoding="utf-8",
    )
    with serving(build(source)) as url:
        yield url


@pytest.fixture(scope="module")
def flagship_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    source = tmp_path_factory.mktemp("facets") / "flagship"
    shutil.copytree(ROOT / "docs", source / "docs")
    shutil.copytree(ROOT / "events", source / "events")
    shutil.copy(ROOT / "mkdocs.yml", source / "mkdocs.yml")
    with serving(build(source)) as url:
        yield url


def open_page(browser, url: str, **options: object) -> tuple[Page, list[str]]:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900}, **options)
    errors: list[str] = []

    def console(message) -> None:  # type: ignore[no-untyped-def]
        # The fixture's site_url and repo_url name hosts the theme asks for things (the
        # repository's facts): without network those fail, and are not ours. Material also asks
        # for sitemap.xml beside every <link rel="alternate">, taking each for a language
        # version: the feeds' links (data/feed...) make it ask for data/sitemap.xml, which is
        # the feed links' matter, not the facets'.
        where = message.location.get("url", "")
        ours = where.startswith(url.split("/", 3)[0] + "//" + url.split("/", 3)[2])
        if message.type == "error" and ours and not where.endswith("/data/sitemap.xml"):
            errors.append(f"{message.text} {where}")

    page.on("console", console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url, wait_until="networkidle")
    return page, errors


def shown(page: Page) -> list[str]:
    """The ids of the chronology entries a reader sees."""
    return page.eval_on_selector_all(
        ".chronology-entry", "els => els.filter(e => e.offsetParent !== null).map(e => e.id)"
    )


def visible_headings(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        ".chronology h2[id], .chronology h3[id]",
        "els => els.filter(e => e.offsetParent !== null).map(e => e.id)",
    )


def toggle(page: Page, facet: str, value: str):  # type: ignore[no-untyped-def]
    return page.locator(f'.facets__facet[data-facet="{facet}"] [data-value="{value}"]')


def status(page: Page) -> str:
    return page.locator(".facets__status").inner_text()


def query(page: Page) -> list[tuple[str, str]]:
    pairs = page.evaluate("() => [...new URLSearchParams(location.search)]")
    return [(key, value) for key, value in pairs]


ALL = ["ancient", "week", "early-april", "strikes", "talks", "relative"]


def test_filters_combine_hide_entries_and_empty_headings_and_live_in_the_address(
    browser, fixture_url: str
) -> None:
    page, errors = open_page(browser, f"{fixture_url}/chronology/")
    assert page.locator(".facets").is_visible()
    assert status(page) == "6 of 6 events shown"
    assert shown(page) == ALL

    toggle(page, "storyline", "beta").click()
    assert shown(page) == ["ancient", "week", "early-april"]
    assert status(page) == "3 of 6 events shown"
    assert toggle(page, "storyline", "beta").get_attribute("aria-pressed") == "true"
    assert toggle(page, "storyline", "alpha").get_attribute("aria-pressed") == "false"

    # AND across facets: Beta, to the day
    toggle(page, "precision", "day").click()
    assert shown(page) == ["ancient"]
    assert status(page) == "1 of 6 events shown"
    # hidden, not dimmed: the entries are gone, and 2025's headings with them
    assert page.locator("#talks").is_hidden()
    assert page.locator("#talks").get_attribute("hidden") is not None
    assert visible_headings(page) == ["y-43", "m-43-03"]

    # OR within a facet: Alpha or Beta, to the day
    toggle(page, "storyline", "alpha").click()
    assert shown(page) == ["ancient", "strikes", "talks"]
    assert visible_headings(page) == ["y-43", "m-43-03", "y2025", "m2025-04"]
    assert query(page) == [("storyline", "beta"), ("storyline", "alpha"), ("precision", "day")]

    toggle(page, "disputed", "yes").click()
    assert shown(page) == ["strikes"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chronology-facets.png"), full_page=True)

    page.get_by_role("button", name="Clear filters").click()
    assert shown(page) == ALL
    assert status(page) == "6 of 6 events shown"
    assert query(page) == []
    assert page.locator('.facets__facet [aria-pressed="true"]').count() == 0
    assert errors == []


def test_filters_survive_a_reload_and_leave_other_keys_alone(browser, fixture_url: str) -> None:
    url = f"{fixture_url}/chronology/?from=2025-01-01&storyline=alpha&tag=talks&tag=strikes"
    page, errors = open_page(browser, url)
    assert shown(page) == ["strikes", "talks"]
    assert toggle(page, "storyline", "alpha").get_attribute("aria-pressed") == "true"
    assert toggle(page, "tag", "talks").get_attribute("aria-pressed") == "true"
    assert toggle(page, "tag", "strikes").get_attribute("aria-pressed") == "true"
    toggle(page, "tag", "strikes").click()
    assert shown(page) == ["talks"]
    page.reload(wait_until="networkidle")
    assert shown(page) == ["talks"]
    assert status(page) == "1 of 6 events shown"
    assert ("from", "2025-01-01") in query(page)  # the timeline's key, kept as it was
    page.get_by_role("button", name="Clear filters").click()
    assert query(page) == [("from", "2025-01-01")]
    assert errors == []


def test_without_javascript_the_bar_stays_hidden_and_every_entry_shows(
    browser, fixture_url: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{fixture_url}/chronology/?storyline=alpha")
    assert page.locator(".facets").is_hidden()
    assert shown(page) == ALL
    context.close()


def test_term_and_storyline_pages_filter_their_own_entries(browser, fixture_url: str) -> None:
    page, errors = open_page(browser, f"{fixture_url}/tags/talks/")
    assert status(page) == "2 of 2 events shown"
    toggle(page, "storyline", "beta").click()
    assert shown(page) == ["early-april"]
    assert errors == []


def test_the_facet_bar_works_from_the_keyboard(browser, flagship_url: str) -> None:
    page, errors = open_page(browser, f"{flagship_url}/chronology/")
    total = page.locator(".chronology-entry").count()
    first = page.locator('.facets__facet[data-facet="storyline"] .facets__toggle').first
    first.focus()
    page.keyboard.press("Space")
    assert first.get_attribute("aria-pressed") == "true"
    in_first = len(shown(page))
    assert 0 < in_first < total
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert len(shown(page)) > in_first  # a second storyline: more shown, not fewer
    # Tab on to the tag list; pick a tag with the arrow keys
    tags = page.locator("#facets-tag")
    while page.evaluate("() => document.activeElement.id") != "facets-tag":
        page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")
    chip = page.locator('.facets__facet[data-facet="tag"] .facets__chip')
    assert chip.count() == 1
    assert tags.input_value() == ""  # ready to add another
    with_tag = shown(page)
    assert 0 < len(with_tag) < in_first * 2
    # the chip is reached by Tab and removed by Enter; focus stays in the facet
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('facets__chip')")
    page.keyboard.press("Enter")
    assert chip.count() == 0
    assert page.evaluate("() => document.activeElement.id") == "facets-tag"
    focus = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert focus[0] != "none"
    assert focus[1] >= 2
    assert errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_filtered_pages_pass_axe(browser, flagship_url: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    axe = Axe()
    found = []
    for path in (
        "chronology/?storyline=deconfliction&tag=talks&precision=day",
        "timeline/?storyline=gaza-war",
        "storylines/deconfliction/?place=baku",
    ):
        page.goto(f"{flagship_url}/{path}", wait_until="networkidle")
        assert page.locator(".facets").is_visible(), path
        # Material's search dialog has no accessible name: the theme's, left to it (as in
        # tests/test_browser.py).
        result = axe.run(
            page,
            options={
                "resultTypes": ["violations"],
                "rules": {"aria-dialog-name": {"enabled": False}},
            },
        )
        found += [
            (path, v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in result.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
    context.close()
    assert found == []


def test_a_split_chronology_is_read_through_its_index(browser, split_url: str) -> None:
    page, errors = open_page(browser, f"{split_url}/chronology/?storyline=alpha")
    assert page.locator(".chronology-entry").count() == 0  # the index lists no event
    page.get_by_role("link", name="April 2025").click()
    page.wait_for_load_state("networkidle")
    assert (
        page.url.split("?")[0].endswith("/chronology/2025-04/#m2025-04") or "/2025-04/" in page.url
    )
    # the filter came along the index's link
    assert ("storyline", "alpha") in query(page)
    assert shown(page) == ["strikes", "talks"]
    assert status(page) == "2 of 4 events shown"
    # the year page's table of contents is its month
    toc = page.locator('[data-md-component="toc"] a[href="#m2025-04"]')
    assert toc.count() >= 1
    assert page.locator('.chronology-neighbours a[rel="next"]').count() == 0  # April is last
    page.get_by_role("link", name="← March 2025").click()
    page.wait_for_load_state("networkidle")
    assert page.url.split("?")[0].endswith("/chronology/2025-03/")
    assert errors == []

    # an event page links to its place on the right year's page
    event, event_errors = open_page(browser, f"{split_url}/events/talks/")
    event.get_by_role("link", name="in the chronology").click()
    event.wait_for_load_state("networkidle")
    assert event.url.endswith("/chronology/2025-04/#talks")
    assert event.evaluate("() => document.querySelector(':target').id") == "talks"
    assert event_errors == []


def test_generated_pages_have_a_canonical_url(fixture_url: str, split_url: str) -> None:
    """Material writes <link rel="canonical"> from site_url; the generated pages get theirs."""
    import urllib.request

    for base, path in (
        (fixture_url, "events/talks/"),
        (fixture_url, "chronology/"),
        (split_url, "chronology/2025-04/"),
    ):
        html = urllib.request.urlopen(f"{base}/{path}").read().decode()
        assert f'<link rel="canonical" href="https://example.org/fixture/{path}">' in html, path


def test_on_a_phone_the_bar_is_one_line_until_opened(browser, fixture_url: str) -> None:
    page, errors = open_page(browser, f"{fixture_url}/chronology/")
    page.set_viewport_size({"width": 390, "height": 800})
    page.reload(wait_until="networkidle")
    assert page.locator(".facets__panel").get_attribute("open") is None
    assert toggle(page, "storyline", "beta").is_hidden()
    assert status(page) == "6 of 6 events shown"  # the count stays in view
    page.locator(".facets__heading").focus()
    page.keyboard.press("Enter")
    toggle(page, "storyline", "beta").click()
    assert status(page) == "3 of 6 events shown"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chronology-facets-phone.png"))
    # a shared link with filters opens the bar, so the reader sees what is filtered
    page.reload(wait_until="networkidle")
    assert page.locator(".facets__panel").get_attribute("open") is not None
    assert errors == []


def reversed_outline(ids: list[str]) -> list[str]:
    """Year (y...) and month (m...) anchors, in document order, as the other order shows them:
    the years reversed, and the months within each year."""
    years: list[list[str]] = []
    for anchor in ids:
        if anchor.startswith("y"):
            years.append([anchor])
        else:
            years[-1].append(anchor)
    return [anchor for year in reversed(years) for anchor in [year[0], *reversed(year[1:])]]


def toc_anchors(page: Page) -> list[str]:
    """The year and month anchors of each contents list on the page (Material draws the page's
    contents in the sidebar, and in the navigation drawer on a phone): each must be the same."""
    lists = page.eval_on_selector_all(
        ".md-nav--secondary",
        """navs => navs.map(nav => [...nav.querySelectorAll(':scope > .md-nav__list a.md-nav__link')]
            .map(a => a.getAttribute('href').slice(1)).filter(h => /^[ym]/.test(h)))""",
    )
    assert lists
    assert all(found == lists[0] for found in lists), lists
    return lists[0]


def test_a_reader_can_have_the_newest_first_and_keep_it(
    browser, fixture_url: str, split_url: str
) -> None:
    page, errors = open_page(browser, f"{fixture_url}/chronology/")
    headings, contents = visible_headings(page), toc_anchors(page)
    assert contents == headings  # the contents list follows the page
    newest = page.get_by_role("button", name="Newest first")
    oldest = page.get_by_role("button", name="Oldest first")
    assert (oldest.get_attribute("aria-pressed"), newest.get_attribute("aria-pressed")) == (
        "true",
        "false",
    )
    newest.click()
    assert (oldest.get_attribute("aria-pressed"), newest.get_attribute("aria-pressed")) == (
        "false",
        "true",
    )
    assert shown(page) == ALL[::-1]
    assert visible_headings(page) == reversed_outline(headings)
    assert toc_anchors(page) == reversed_outline(headings)
    # Material's contents list marks a heading on screen as the one being read, not one where
    # the heading stood before the reversal
    page.set_viewport_size({"width": 1280, "height": 400})
    for heading in reversed_outline(headings):
        page.evaluate(f"document.getElementById('{heading}').scrollIntoView()")
        page.wait_for_timeout(250)
        marked = page.evaluate(
            """() => [...document.querySelectorAll('.md-nav--secondary .md-nav__link--active')]
                .map(a => document.getElementById(a.getAttribute('href').slice(1))
                    .getBoundingClientRect().top)"""
        )
        assert marked, heading
        assert all(-5 <= top <= 400 for top in marked), (heading, marked)
    page.set_viewport_size({"width": 1280, "height": 900})
    assert query(page) == [("order", "newest-first")]
    # filters apply to the reversed listing, and both live in the address
    toggle(page, "tag", "talks").click()
    assert shown(page) == ["talks", "early-april"]
    page.reload(wait_until="networkidle")
    assert shown(page) == ["talks", "early-april"]
    assert newest.get_attribute("aria-pressed") == "true"
    # back to the order the page is written in: the address no longer names one
    oldest.focus()
    page.keyboard.press("Enter")
    assert shown(page) == ["early-april", "talks"]
    assert ("order", "newest-first") not in query(page)
    assert errors == []

    # a split chronology's pages pass the order on to their neighbours
    written, _ = open_page(browser, f"{split_url}/chronology/2025-04/")
    assert len(shown(written)) > 1
    part, part_errors = open_page(browser, f"{split_url}/chronology/2025-04/?order=newest-first")
    assert shown(part) == shown(written)[::-1]
    part.get_by_role("button", name="Oldest first").click()
    assert shown(part) == shown(written)
    part.get_by_role("button", name="Newest first").click()
    part.get_by_role("link", name="← March 2025").click()
    part.wait_for_load_state("networkidle")
    assert part.url.split("?")[0].endswith("/chronology/2025-03/")
    assert ("order", "newest-first") in query(part)
    assert part_errors == []
