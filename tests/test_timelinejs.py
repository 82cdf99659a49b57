"""The TimelineJS exports load in the real TimelineJS3, from npm, in a headless Chromium.

TimelineJS 3.9.11 comes from the npm registry once and is kept in the user's cache folder
(`CHRONOLOGY_NPM_CACHE` moves it), checked against the sha512 pinned here, which the registry's
metadata must also give. The test fails, never skips, when it cannot be had. The page loads
nothing from outside 127.0.0.1: TimelineJS's default font (Google Fonts) is turned off and its
CSS, icons and language come from the package.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import tarfile
import textwrap
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

import platformdirs
import pytest

from builder.display import date_text
from builder.exports import ExportOptions, formats
from builder.pipeline import load_chronology
from tests.conftest import serving
from tests.test_exports_data import EVENTS as HOSTILE_EVENTS

if TYPE_CHECKING:
    from playwright.sync_api import Route

    from builder.pipeline import Chronology

pytestmark = pytest.mark.browser

ROOT = Path(__file__).parent.parent
PACKAGE = "@knight-lab/timelinejs"
VERSION = "3.9.11"
INTEGRITY = "sha512-+jUuY1OJ+9zSO5O3AfYSLd1yB0vQkm22zyIElz8BWT5DQ9mL0rsxlQkBKAqLbWpJjFuAAJeqzLY35xFIg6GW4g=="
REGISTRY = "https://registry.npmjs.org"
OPTIONS = ExportOptions(site_url="https://example.org/chronology/", site_name="Talks <& war>")
# The fixture's media image is on this host: the test serves it, so nothing leaves the machine.
MEDIA_HOST = "media.example.org"
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)

PAGE = """\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS check</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="timelinejs/css/timeline.css">
<script src="timelinejs/js/timeline.js"></script>
</head>
<body>
<div id="timeline" style="width: 1200px; height: 700px"></div>
<script>
  window.timeline = new TL.Timeline("timeline", new URLSearchParams(location.search).get("data"), {
    script_path: new URL("timelinejs/js/", location.href).href,
    font: null,
    sheets_proxy: "",
  });
</script>
</body>
</html>
"""

# The slides as TimelineJS drew them: its StorySlider's `.tl-slide`s, each with a Text's
# `.tl-headline` and `.tl-headline-date` (src/js/slider/Slide.js, src/js/media/types/Text.js).
SLIDES = """() => [...document.querySelectorAll(".tl-storyslider .tl-slide")].map(slide => ({
  id: slide.id,
  title: slide.classList.contains("tl-slide-titleslide"),
  headline: slide.querySelector(".tl-headline")?.textContent ?? null,
  date: slide.querySelector(".tl-headline-date")?.textContent ?? null,
}))"""


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def _npm_cache() -> Path:
    folder = os.environ.get("CHRONOLOGY_NPM_CACHE")
    if folder:
        return Path(folder)
    return Path(platformdirs.user_cache_dir("chronology", appauthor=False)) / "npm"


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def _tarball() -> bytes:
    """TimelineJS's npm package: from the cache when its sha512 is the pinned one, else from the
    registry, whose metadata must give that sha512 for this version."""
    path = _npm_cache() / f"timelinejs-{VERSION}.tgz"
    if path.is_file() and _integrity(path.read_bytes()) == INTEGRITY:
        return path.read_bytes()
    try:
        meta = json.loads(_get(f"{REGISTRY}/{quote(PACKAGE, safe='@')}/{VERSION}"))
        assert meta["dist"]["integrity"] == INTEGRITY, f"the registry says {meta['dist']}"
        assert meta["dist"]["tarball"].startswith(f"{REGISTRY}/"), meta["dist"]["tarball"]
        data = _get(meta["dist"]["tarball"])
    except OSError as error:
        pytest.fail(f"TimelineJS {VERSION} is needed from {REGISTRY} (or in {path}): {error}")
    assert _integrity(data) == INTEGRITY, f"the tarball's sha512 is {_integrity(data)}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(data)
        partial.replace(path)
    except OSError:
        pass  # no cache: the next run downloads it again
    return data


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A folder with TimelineJS's dist files and the page, served: (folder, URL)."""
    folder = tmp_path_factory.mktemp("timelinejs")
    archive = folder / "package.tgz"
    archive.write_bytes(_tarball())
    with tarfile.open(archive) as tar:
        members = [
            member
            for member in tar.getmembers()
            if member.name.startswith("package/dist/") and not member.name.endswith(".map")
        ]
        tar.extractall(folder, members=members, filter="data")
    (folder / "package" / "dist").rename(folder / "timelinejs")
    shutil.rmtree(folder / "package")
    archive.unlink()
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    with serving(folder) as url:
        yield folder, url


def _hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "events"
    root.mkdir()
    for name, text in HOSTILE_EVENTS.items():
        (root / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return root


CHRONOLOGIES = {
    "flagship": lambda _: ROOT / "events",
    "fixture": lambda _: ROOT / "tests" / "fixtures" / "site" / "events",
    "hostile": _hostile,
}


@pytest.mark.parametrize("fmt", ["timelinejs-json", "timelinejs-csv"])
@pytest.mark.parametrize("name", sorted(CHRONOLOGIES))
def test_timelinejs_shows_every_event_in_order(
    browser, site, tmp_path_factory: pytest.TempPathFactory, name: str, fmt: str
) -> None:
    folder, url = site
    chronology: Chronology = load_chronology(CHRONOLOGIES[name](tmp_path_factory))
    assert not chronology.problems
    export = formats()[fmt]
    data_file = f"{name}{export.suffix}"
    (folder / data_file).write_bytes(export.write(chronology, OPTIONS))

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    outside: list[str] = []

    def only_local(route: Route) -> None:
        host = urlsplit(route.request.url).hostname
        if host == "127.0.0.1":
            route.continue_()
        elif host == MEDIA_HOST:
            route.fulfill(body=PIXEL, content_type="image/png")
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(f"{url}/index.html?data={data_file}")
        page.wait_for_function(
            "window.timeline && (window.timeline.ready"
            " || (window.timeline.config && !window.timeline.config.isValid()))"
        )
        page.wait_for_load_state("networkidle")  # a late font or script would be tried by now
        messages = page.evaluate("window.timeline.config.messages")
        assert messages == {"errors": [], "warnings": []}
        slides = page.evaluate(SLIDES)
        markers = page.locator(".tl-timenav .tl-timemarker").count()
        # Our escaped text stays text in TimelineJS (the hostile titles and summary).
        injected = page.locator(".tl-slide script, .tl-slide b, .tl-slide a[href^='javascript:' i]")
        assert injected.count() == 0
    finally:
        page.close()

    events = chronology.events
    title, *event_slides = slides
    assert title["title"]
    assert title["headline"] == OPTIONS.site_name
    assert [(slide["headline"], slide["date"]) for slide in event_slides] == [
        (event.title, date_text(event.date, event.end)) for event in events
    ]
    if fmt == "timelinejs-json":  # the CSV has no ids: TimelineJS makes them from headlines
        assert [slide["id"] for slide in event_slides] == [event.id for event in events]
    assert markers == len(events)
    assert errors == []
    assert outside == []


@pytest.mark.parametrize("fmt", ["timelinejs-json", "timelinejs-csv"])
def test_timelinejs_shows_the_media_with_its_caption_and_credit_as_text(
    browser, site, fmt: str
) -> None:
    """The fixture's one event with media: TimelineJS shows its image (served here), with the
    alt text, and the caption and credit as the text they are (tags in them stay text)."""
    folder, url = site
    chronology = load_chronology(ROOT / "tests" / "fixtures" / "site" / "events")
    (event,) = [event for event in chronology.events if event.media is not None]
    media = event.media
    assert media is not None
    export = formats()[fmt]
    data_file = f"media{export.suffix}"
    (folder / data_file).write_bytes(export.write(chronology, OPTIONS))
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    fetched: list[str] = []

    def serve(route: Route) -> None:
        fetched.append(route.request.url)
        host = urlsplit(route.request.url).hostname
        if host == "127.0.0.1":
            route.continue_()
        elif host == MEDIA_HOST:
            route.fulfill(body=PIXEL, content_type="image/png")
        else:
            route.abort()

    page.route("**/*", serve)
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(f"{url}/index.html?data={data_file}")
        page.wait_for_function("window.timeline && window.timeline.ready")
        page.evaluate(f"window.timeline.goTo({chronology.events.index(event) + 1})")
        page.wait_for_function(
            "[...document.querySelectorAll('.tl-media-image')].some(i => i.complete"
            " && i.naturalWidth > 0)"
        )
        shown = page.evaluate(
            """() => [...document.querySelectorAll('.tl-media')].filter(m =>
                   m.querySelector('.tl-media-image')).map(m => ({
                 src: m.querySelector('.tl-media-image').src,
                 alt: m.querySelector('.tl-media-image').alt,
                 caption: m.querySelector('.tl-caption')?.textContent ?? null,
                 credit: m.querySelector('.tl-credit')?.textContent ?? null,
                 tags: m.querySelectorAll('.tl-caption *, .tl-credit *').length,
               }))"""
        )
    finally:
        page.close()
    assert shown == [
        {"src": media.url, "alt": media.alt, "caption": media.caption, "credit": media.credit,
         "tags": 0}
    ]  # fmt: skip
    assert errors == []
    assert all(urlsplit(u).hostname in ("127.0.0.1", MEDIA_HOST) for u in fetched), fetched
