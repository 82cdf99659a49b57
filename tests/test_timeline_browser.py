"""The timeline in a real browser (headless Chromium), on generated chronologies of 30, 1,000 and
10,000 events: labels stay in their marks' date bands (measured from the drawn page), the chosen
period lives in the address, the keyboard reaches every event, print does not waste paper.

Each size is built once per module; the 10,000-event build takes a minute or two. Load times are
not tested here: benchmarks/reader.py measures them.
"""

from __future__ import annotations

import calendar
import re
from contextlib import nullcontext
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.conftest import built_site, serving
from tests.synthetic import chronology_site

ROOT = Path(__file__).parent.parent
ARTIFACTS = ROOT / "test-artifacts"
pytestmark = pytest.mark.browser
SIZES = (30, 1000, 10000)
WIDTHS = {"desktop": 1280, "phone": 390}


def build(root: Path, count: int) -> Path:
    chronology_site(root, count)
    return built_site(root, strict=False)


@pytest.fixture(scope="module", params=SIZES, ids=[f"{n}-events" for n in SIZES])
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    count = request.param
    folder = build(tmp_path_factory.mktemp(f"timeline-{count}"), count)
    with serving(folder) as url:
        yield count, url


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    with serving(build(tmp_path_factory.mktemp("timeline-small"), 30)) as url:
        yield url


def open_timeline(browser, url: str, width: int = 1280) -> tuple[Page, list[str]]:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url, wait_until="load", timeout=120_000)
    return page, errors


# For each event: the band of its dates on the axis (the ticks of the days it covers), its
# label's box and its mark's box, all read from the drawn page (getBoundingClientRect).
MEASURE = """() => {
  const found = [];
  for (const grid of document.querySelectorAll('.timeline-grid')) {
    const ticks = [...grid.querySelectorAll(':scope > .timeline-tick')].map(t => (
      {first: t.dataset.first, last: t.dataset.last || t.dataset.first, box: t.getBoundingClientRect()}));
    for (const item of grid.querySelectorAll(':scope > .timeline-item[id]')) {
      const time = item.querySelector('time');
      const earliest = time.dataset.earliest, latest = time.dataset.latest;
      const touched = ticks.filter(t => t.first <= latest && t.last >= earliest);
      const own = ticks.filter(t => t.first === earliest && t.last === earliest);
      const label = item.querySelector('.timeline-label').getBoundingClientRect();
      const mark = item.querySelector('.timeline-mark').getBoundingClientRect();
      found.push({
        id: item.id, point: earliest === latest,
        band: [touched[0].box.top, touched[touched.length - 1].box.bottom],
        day: own.length ? [own[0].box.top, own[0].box.bottom] : null,
        label: [label.top, label.bottom, label.left], mark: [mark.top, mark.bottom, mark.right],
      });
    }
  }
  return found;
}"""


def timeline_pages(browser, url: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The timeline's pages that draw months: /timeline/ itself, or, split, each year's or
    month's page that it lists."""
    page, errors = open_timeline(browser, f"{url}/timeline/")
    links = page.eval_on_selector_all(".timeline-pages a", "els => els.map(e => e.href)")
    page.close()
    assert errors == []
    return links or [f"{url}/timeline/"]


def test_every_label_lies_in_its_marks_date_band(browser, site) -> None:  # type: ignore[no-untyped-def]
    count, url = site
    pages = timeline_pages(browser, url)
    assert (len(pages) > 1) == (count > 1000)  # split as the chronology is, above 1,000
    measured = []
    for address in pages:
        page, errors = open_timeline(browser, address)
        measured += page.evaluate(MEASURE)
        # the page grows with its events, not with its span times its densest day
        shown = page.locator(".timeline-item[id]").count()
        assert page.evaluate("() => document.documentElement.scrollHeight") < 2_000 + 120 * shown
        assert errors == []
        page.close()
    assert len(measured) == count
    slack = 0.5  # sub-pixel rounding
    for event in measured:
        top, bottom = event["band"]
        label_top, label_bottom, label_left = event["label"]
        mark_top, mark_bottom, mark_right = event["mark"]
        assert event["day"] is not None, event  # its first day has a band of its own
        day_top, day_bottom = event["day"]
        # the label inside its own first day's band, which is inside the event's band
        assert day_top - slack <= label_top, event
        assert label_bottom <= day_bottom + slack, event
        assert top - slack <= day_top, event
        assert day_bottom <= bottom + slack, event
        # the mark inside the band; a bar covers it from its first day to its last
        assert top - slack <= mark_top, event
        assert mark_bottom <= bottom + slack, event
        if not event["point"]:
            assert abs(mark_top - top) <= 1, event
            assert abs(mark_bottom - bottom) <= 1, event
        assert mark_right <= label_left, event  # the mark stands left of its label, same rows


def test_screenshots(browser, site) -> None:  # type: ignore[no-untyped-def]
    count, url = site
    ARTIFACTS.mkdir(exist_ok=True)
    detail = timeline_pages(browser, url)[len(timeline_pages(browser, url)) // 2]
    for name, width in WIDTHS.items():
        for suffix, address in (("", f"{url}/timeline/"), ("-detail", detail)):
            page, errors = open_timeline(browser, address, width)
            if suffix:
                months = page.locator(".timeline-month")
                months.nth(min(2, months.count() - 1)).scroll_into_view_if_needed()
            path = ARTIFACTS / f"timeline-{count}-{name}{suffix}.png"
            page.screenshot(path=str(path), full_page=count <= 30)
            assert errors == []
            page.close()


def visible_months(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        ".timeline-month", "els => els.filter(e => !e.hidden).map(e => e.id)"
    )


# Events shown and hidden by the period: [ids shown outside it, ids hidden inside it].
PERIOD = """([from, to]) => {
  const wrong = [[], []];
  for (const item of document.querySelectorAll('.timeline-item[id]')) {
    const day = item.querySelector('time').dataset.earliest;
    const shown = !item.closest('.timeline-month').hidden
      && !item.classList.contains('is-out-of-period');
    if (shown && (day < from || day > to)) { wrong[0].push(item.id); }
    if (!shown && day >= from && day <= to) { wrong[1].push(item.id); }
  }
  return wrong;
}"""


# With ?storyline=s1: events of other storylines shown, and day bands shown with no event.
FACETED = """() => {
  const shown = e => e.getClientRects().length > 0;
  const items = [...document.querySelectorAll('.timeline-item[id]')].filter(shown);
  const days = new Set(items.map(i => i.querySelector('time').dataset.earliest));
  const ticks = [...document.querySelectorAll('.timeline-tick:not(.is-gap)')].filter(shown);
  return {
    'others shown': items.filter(i => i.dataset.storyline !== 's1').length,
    'empty days shown': ticks.filter(t => !days.has(t.dataset.first)).length,
  };
}"""


def period_of(page: Page) -> tuple[str, str]:
    found = re.search(r"from=([-\d]+)&to=([-\d]+)", page.url)
    assert found, page.url
    return found[1], found[2]


def month_period(anchor: str) -> tuple[str, str]:
    """'#y2024-m06' → ('2024-06-01', '2024-06-30')."""
    year, month = int(anchor[2:6]), int(anchor[8:10])
    return f"{year}-{month:02d}-01", f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]}"


def detail_page(browser, url: str, month: str) -> str:  # type: ignore[no-untyped-def]
    """The address of the page that draws `month` ("2024-04"), or the next month with events."""
    page, _ = open_timeline(browser, f"{url}/timeline/")
    year, number = (int(part) for part in month.split("-"))
    href = page.evaluate(
        """(index) => [...document.querySelectorAll('.timeline-overview a[data-month]')]
            .filter(a => +a.dataset.month >= index)[0].href.split('#')[0]""",
        year * 12 + number - 1,
    )
    page.close()
    return href


def test_the_chosen_period_lives_in_the_address(browser, site) -> None:  # type: ignore[no-untyped-def]
    _count, url = site
    address = detail_page(browser, url, "2024-04")
    page, errors = open_timeline(browser, f"{address}?storyline=s1&from=2024-04-05&to=2024-04-24")
    assert page.evaluate(PERIOD, ["2024-04-05", "2024-04-24"]) == [[], []]
    assert "5 April 2024 to 24 April 2024" in page.locator(".timeline-status").inner_text()
    page.get_by_role("button", name="Zoom in").click()
    assert period_of(page) == ("2024-04-10", "2024-04-19")
    assert page.evaluate(PERIOD, ["2024-04-10", "2024-04-19"]) == [[], []]
    assert "storyline=s1" in page.url  # the facets' key is kept
    page.reload(wait_until="load")
    assert page.evaluate(PERIOD, ["2024-04-10", "2024-04-19"]) == [[], []]
    # the facet bar filters the timeline's items; a day left without any loses its band
    assert page.evaluate(FACETED) == {"others shown": 0, "empty days shown": 0}
    page.get_by_role("button", name="Zoom out").click()
    assert period_of(page) == ("2024-04-05", "2024-04-24")
    # a later month on the overview: chosen, on whichever page draws it
    later_bar = page.eval_on_selector_all(
        ".timeline-overview a[data-month]", "els => els.findIndex(e => +e.dataset.month > 24292)"
    )
    bar = page.locator(".timeline-overview a[data-month]").nth(later_bar)
    href = bar.get_attribute("href") or ""
    later = month_period("#" + href.split("#")[1])
    with nullcontext() if href.startswith("#") else page.expect_navigation():
        bar.click()
    page.wait_for_load_state("load")
    assert period_of(page) == later
    assert "storyline=s1" in page.url
    assert page.evaluate(PERIOD, list(later)) == [[], []]
    assert page.locator('.timeline-overview a[aria-current="true"]').count() == 1
    page.get_by_role("button", name="All months").click()
    assert "from=" not in page.url
    assert "storyline=s1" in page.url
    assert len(visible_months(page)) == page.locator(".timeline-month").count()
    assert errors == []


def test_a_drag_across_the_overview_chooses_months(browser, site) -> None:  # type: ignore[no-untyped-def]
    _count, url = site
    page, errors = open_timeline(browser, f"{url}/timeline/?tag=tag-1")
    bars = page.locator(".timeline-overview a[data-month]")
    start, end = bars.nth(1).bounding_box(), bars.nth(4).bounding_box()
    assert start
    assert end
    expected = (
        month_period("#" + (bars.nth(1).get_attribute("href") or "").split("#")[1])[0],
        month_period("#" + (bars.nth(4).get_attribute("href") or "").split("#")[1])[1],
    )
    page.mouse.move(start["x"] + 2, start["y"] + start["height"] - 2)
    page.mouse.down()
    page.mouse.move(end["x"] + 2, end["y"] + end["height"] - 2, steps=8)
    page.mouse.up()
    page.wait_for_url(re.compile("from="))
    page.wait_for_load_state("load")
    assert period_of(page) == expected
    assert "tag=tag-1" in page.url
    assert page.evaluate(PERIOD, list(expected)) == [[], []]
    assert errors == []


def test_jump_to_a_date(browser, site) -> None:  # type: ignore[no-untyped-def]
    _count, url = site
    address = detail_page(browser, url, "2025-01")
    page, errors = open_timeline(browser, f"{address}?from=2025-01-01&to=2025-01-03")
    # a date outside the period: its month is shown, focus on its first event from that date
    page.locator(".timeline-jump").fill("2025-01-15")
    page.locator(".timeline-jump").dispatch_event("change")
    focused = page.evaluate("() => document.activeElement.closest('.timeline-item').id")
    # its first event from that day on, or, with none after it, its last
    expected = page.evaluate(
        """() => { const items = [...document.querySelectorAll('#y2025-m01 .timeline-item[id]')];
            const next = items.filter(i => i.querySelector('time').dataset.earliest >= '2025-01-15');
            return (next[0] || items[items.length - 1]).id; }"""
    )
    assert focused == expected
    assert page.locator(f"#{focused}").is_visible()
    assert period_of(page) == ("2025-01-01", "2025-01-31")
    assert errors == []


def test_a_link_to_an_event_outside_the_period_shows_it(browser, small_site: str) -> None:  # type: ignore[no-untyped-def]
    page, errors = open_timeline(browser, f"{small_site}/timeline/")
    target = page.locator(".timeline-item[id]").last.get_attribute("id")
    first = visible_months(page)[0]
    day = f"{first[1:5]}-{first[7:]}-01"
    page.goto(f"{small_site}/timeline/?from={day}&to={day}#{target}")
    assert page.locator(f"#{target}").is_visible()
    assert len(visible_months(page)) > 1
    assert errors == []


def test_the_keyboard_reaches_every_event_in_date_order(browser, small_site: str) -> None:  # type: ignore[no-untyped-def]
    page, errors = open_timeline(browser, f"{small_site}/timeline/")
    expected = page.eval_on_selector_all(
        ".timeline-item[id] .timeline-label a:first-of-type", "els => els.map(e => e.href)"
    )
    assert len(expected) == 30
    reached = []
    for _ in range(600):
        page.keyboard.press("Tab")
        href = page.evaluate(
            "() => document.activeElement.closest('.timeline-label')"
            " ? document.activeElement.href : null"
        )
        if href and href not in reached and "#t-" not in href:
            reached.append(href)
        if len(reached) == len(expected):
            break
    assert reached == expected
    # a screen reader finds them as one ordered list per month, in date order
    assert page.locator("ol.timeline-grid").count() >= 1
    assert errors == []


def test_the_timeline_reads_without_javascript_and_prints_without_empty_pages(
    browser, small_site: str
) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{small_site}/timeline/")
    assert page.locator(".timeline-label a").count() >= 30
    assert page.locator(".timeline-controls").is_hidden()
    month = page.locator(".timeline-overview a").nth(1)
    anchor = month.get_attribute("href")
    assert anchor
    assert re.fullmatch(r"#y\d{4}-m\d\d", anchor)
    month.click()
    assert page.url.endswith(anchor)
    assert page.locator(anchor).is_visible()
    page.emulate_media(media="print")
    height = page.evaluate("() => document.documentElement.scrollHeight")
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    # An A4 page holds about 1,000 CSS pixels: no more pages than the content fills, plus one.
    assert pages <= height // 1000 + 2, (pages, height)
    context.close()
