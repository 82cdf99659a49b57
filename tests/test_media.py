"""An event's optional `media`: checked at file:line:col, shown as a link (or, with the site's
`media: image`, as the image) and never as an embed, carried by every export and by import."""

from __future__ import annotations

import base64
import csv
import io
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import jsonschema
import pytest
import yaml

from builder.cli import main
from builder.exports import ExportOptions, formats
from builder.exports.data import export_schema
from builder.exports.timelinejs import HEADERS
from builder.importing import import_file
from builder.model import Media
from builder.pipeline import load_chronology
from builder.render import Pages, SiteOptions, environment
from tests.conftest import GOOD_SOURCE, serving
from tests.test_site import build

if TYPE_CHECKING:
    from playwright.sync_api import Route

ROOT = Path(__file__).parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site"

HOSTILE = """\
title: Talks
date: on Wednesday
media:
  url: https://media.example.org/a/table.jpg?w=800&h=600
  caption: 'The table <script>alert("caption")</script> & "aides"'
  credit: 'Agency <b>& Co</b>'
  alt: 'Two delegations "seated" <img src=x onerror=alert(1)>'
"""
PAGE_MEDIA = """\
title: Video
date: on Thursday
media:
  url: https://www.youtube.com/watch?v=aPweFhhXFvY
  credit: Computer History Museum
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# --- Checking -------------------------------------------------------------------------------

HEAD = "title: A\ndate: on Wednesday\nmedia:\n"
PROBLEMS = [
    (HEAD + "  url: javascript:alert(1)\n  alt: x\n",
     "a.yml:4:8: error: 'javascript:alert(1)' is not a link a page can show: links must start "
     "with https:// or http:// (hint: give the image's or page's http(s) address; an embed code"),
    (HEAD + "  url: data:image/png;base64,AAAA\n  alt: x\n",
     "a.yml:4:8: error: 'data:image/png;base64,AAAA' is not a link a page can show"),
    (HEAD + "  url: ftp://example.org/a.png\n  alt: x\n",
     "a.yml:4:8: error: 'ftp://example.org/a.png' is not a link a page can show"),
    (HEAD + "  url: photo.jpg\n  alt: x\n",
     "a.yml:4:8: error: 'photo.jpg' is not a link a page can show"),
    (HEAD + "  url: '<iframe src=\"https://www.youtube.com/embed/x\"></iframe>'\n",
     "a.yml:4:8: error: '<iframe src=\"https://www.youtube.com/embed/x\"></iframe>' is not a link"),
    (HEAD + "  url: https://example.org/a b.png\n  alt: x\n",
     "a.yml:4:8: error: 'https://example.org/a b.png' is not a link a page can show: it holds a "
     "space"),
    (HEAD + "  caption: no address\n",
     "a.yml:4:3: error: the media needs the field 'url' (hint: The image or page, an http(s) "
     "address"),
    (HEAD + "  url: https://example.org/a.png\n  captoin: x\n  alt: x\n",
     "a.yml:5:3: error: unknown field 'captoin' in the media (hint: did you mean 'caption'?)"),
    (HEAD + "  url: https://example.org/a.PNG?v=1\n  caption: A caption is not alt text\n",
     "a.yml:4:3: error: the media is an image (.jpg, .jpeg, .png, .gif, .webp, .avif, .svg) and "
     "has no 'alt' (hint: describe what it shows in alt: ..., for readers who cannot see it)"),
    ("title: A\ndate: on Wednesday\nmedia: https://example.org/a.png\n",
     "a.yml:3:8: error: 'media' must be a mapping of fields, not text (hint: write it as media: "
     "{url: https://example.org/a.png, credit: ..., alt: ...})"),
    (HEAD.rstrip(":\n") + ": [https://example.org/a.png]\n",
     "a.yml:3:8: error: the media must be a mapping of fields, not a list"),
    (HEAD + "  url: https://example.org/a.png\n  alt: 'yes'\n  credit: no\n",
     "a.yml:6:11: error: 'credit' must be text, and YAML reads no as a boolean"),
    (HEAD + "  url: https://example.org/page\n  caption: '" + "x" * 1001 + "'\n",
     "a.yml:5:12: error: 'caption' is 1,001 characters long; the limit is 1,000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROBLEMS)
def test_bad_media_is_a_problem_at_its_line(write_events, capsys, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    events = write_events({"a.yml": text + GOOD_SOURCE})
    code, out, _ = run(capsys, "validate", str(events), "--no-cache")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 1, out
    assert lines[0].endswith(expected) or expected in lines[0], out


def test_good_media_is_the_events_media(write_events) -> None:  # type: ignore[no-untyped-def]
    events = write_events({"a.yml": HOSTILE + GOOD_SOURCE, "b.yml": PAGE_MEDIA + GOOD_SOURCE})
    chronology = load_chronology(events)
    assert chronology.problems == ()
    media = {event.id: event.media for event in chronology.events}
    assert media["a"] == Media(
        url="https://media.example.org/a/table.jpg?w=800&h=600",
        credit="Agency <b>& Co</b>",
        caption='The table <script>alert("caption")</script> & "aides"',
        alt='Two delegations "seated" <img src=x onerror=alert(1)>',
    )
    assert media["a"].is_image
    assert media["a"].host == "media.example.org"
    # A page or a video needs no alt text: it is linked, never shown.
    assert media["b"] == Media(
        "https://www.youtube.com/watch?v=aPweFhhXFvY", "Computer History Museum"
    )
    assert not media["b"].is_image


# --- The event page -------------------------------------------------------------------------


class _Elements(HTMLParser):
    """Every start tag of a piece of HTML, with its attributes, and its text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def _pages(events: Path, media: str) -> dict[str, str]:
    chronology = load_chronology(events)
    assert chronology.problems == ()
    return Pages(chronology, environment(), SiteOptions(media=media)).render()


def _media_html(page: str) -> str:
    """The page's media element: from `chronology-media` to the end of its element."""
    start = page.index('class="chronology-media"')
    start = page.rindex("<", 0, start)
    end = page.index("</figure>" if page[start:].startswith("<figure") else "</p>", start)
    return page[start:end]


@pytest.mark.parametrize("mode", ["link", "image"])
def test_the_page_never_embeds_media_and_escapes_its_text(write_events, mode: str) -> None:  # type: ignore[no-untyped-def]
    events = write_events({"a.yml": HOSTILE + GOOD_SOURCE, "b.yml": PAGE_MEDIA + GOOD_SOURCE})
    pages = _pages(events, mode)
    image, video = _media_html(pages["events/a.md"]), _media_html(pages["events/b.md"])
    for html in (image, video):
        elements = _Elements(html)
        assert not {"iframe", "script", "embed", "object", "video", "audio", "b"} & {
            tag for tag, _ in elements.tags
        }
        assert "<script" not in html
        assert "<b>" not in html
    parsed = _Elements(image)
    text = "".join(parsed.text)
    if mode == "link":
        # The default: a link, so the page fetches nothing from the media's host.
        assert parsed.named("img") == []
        (link,) = parsed.named("a")
        assert link["href"] == "https://media.example.org/a/table.jpg?w=800&h=600"
        assert text == ('Image: The table <script>alert("caption")</script> & "aides" '
                        "(media.example.org). Credit: Agency <b>& Co</b>")  # fmt: skip
    else:
        (img,) = parsed.named("img")
        assert img == {
            "src": "https://media.example.org/a/table.jpg?w=800&h=600",
            "alt": 'Two delegations "seated" <img src=x onerror=alert(1)>',
            "loading": "lazy",
            "decoding": "async",
            "referrerpolicy": "no-referrer",
        }
        assert parsed.named("figcaption") == [{}]
        assert text.strip() == (
            'The table <script>alert("caption")</script> & "aides" Credit: Agency <b>& Co</b>'
        )
    # A video page is a link in both modes, named by its host.
    video_parsed = _Elements(video)
    assert [a["href"] for a in video_parsed.named("a")] == [
        "https://www.youtube.com/watch?v=aPweFhhXFvY"
    ]
    assert "".join(video_parsed.text) == "Media: youtube.com. Credit: Computer History Museum"
    # Lists show no media: a chronology of images would fetch them all.
    assert "media.example.org" not in pages["chronology.md"]


def test_the_mkdocs_option_shows_images(tmp_path: Path) -> None:
    source = tmp_path / "site-source"
    shutil.copytree(FIXTURE, source)
    config = source / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - chronology\n", "  - chronology:\n      media: picture\n"))
    result = build(source)
    assert result.returncode != 0
    assert "'link', 'image'" in result.stderr
    config.write_text(text.replace("  - chronology\n", "  - chronology:\n      media: image\n"))
    result = build(source)
    assert result.returncode == 0, result.stderr
    page = (source / "site" / "events" / "talks" / "index.html").read_text(encoding="utf-8")
    (img,) = [attrs for attrs in _Elements(page).named("img") if "media.example.org" in str(attrs)]
    assert img["src"] == "https://media.example.org/talks/table.png?size=large&v=2"
    assert img["alt"] == "Two delegations seated at a long table"
    assert "<iframe" not in page


def test_chronology_render_takes_the_media_option(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "chronology"), "render", str(FIXTURE / "events"),
         "--out", str(out), "--media", "image"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert '<img src="https://media.example.org/talks/table.png' in (
        out / "events" / "talks.md"
    ).read_text(encoding="utf-8")


# --- Exports --------------------------------------------------------------------------------


@pytest.fixture
def chronology(write_events):  # type: ignore[no-untyped-def]
    events = write_events({"a.yml": HOSTILE + GOOD_SOURCE, "b.yml": PAGE_MEDIA + GOOD_SOURCE,
                           "c.yml": "title: None\ndate: on Friday\n" + GOOD_SOURCE})  # fmt: skip
    loaded = load_chronology(events)
    assert loaded.problems == ()
    return loaded


def _export(chronology, name: str) -> bytes:  # type: ignore[no-untyped-def]
    return formats()[name].write(chronology, ExportOptions())


def test_json_carries_media_and_validates(chronology) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(_export(chronology, "json"))
    jsonschema.validate(data, export_schema(), cls=jsonschema.Draft202012Validator)
    media = {event["id"]: event["media"] for event in data["events"]}
    assert media["a"] == {
        "url": "https://media.example.org/a/table.jpg?w=800&h=600",
        "caption": 'The table <script>alert("caption")</script> & "aides"',
        "credit": "Agency <b>& Co</b>",
        "alt": 'Two delegations "seated" <img src=x onerror=alert(1)>',
        "image": True,
    }
    assert media["b"] == {"url": "https://www.youtube.com/watch?v=aPweFhhXFvY", "caption": None,
                          "credit": "Computer History Museum", "alt": None, "image": False}  # fmt: skip
    assert media["c"] is None
    # A media address that is not http(s) is refused by the schema too.
    next(e for e in data["events"] if e["id"] == "a")["media"]["url"] = "javascript:alert(1)"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, export_schema(), cls=jsonschema.Draft202012Validator)


def test_csv_has_four_media_columns(chronology) -> None:  # type: ignore[no-untyped-def]
    rows = {
        r["id"]: r
        for r in csv.DictReader(io.StringIO(_export(chronology, "csv").decode("utf-8-sig")))
    }
    assert {k: v for k, v in rows["a"].items() if k.startswith("media_")} == {
        "media_url": "https://media.example.org/a/table.jpg?w=800&h=600",
        "media_caption": 'The table <script>alert("caption")</script> & "aides"',
        "media_credit": "Agency <b>& Co</b>",
        "media_alt": 'Two delegations "seated" <img src=x onerror=alert(1)>',
    }
    assert [rows["c"][k] for k in ("media_url", "media_caption", "media_credit", "media_alt")] == [
        "", "", "", ""
    ]  # fmt: skip


def test_timelinejs_media_object_and_columns(chronology) -> None:  # type: ignore[no-untyped-def]
    slides = json.loads(_export(chronology, "timelinejs-json"))["events"]
    media = {slide["unique_id"]: slide.get("media") for slide in slides}
    # TimelineJS shows caption and credit as HTML (escaped here); it sets url and alt as DOM
    # properties (kept as they are).
    assert media["a"] == {
        "url": "https://media.example.org/a/table.jpg?w=800&h=600",
        "caption": "The table &lt;script&gt;alert(&quot;caption&quot;)&lt;/script&gt; &amp; "
        "&quot;aides&quot;",
        "credit": "Agency &lt;b&gt;&amp; Co&lt;/b&gt;",
        "alt": 'Two delegations "seated" <img src=x onerror=alert(1)>',
    }
    assert media["b"] == {"url": "https://www.youtube.com/watch?v=aPweFhhXFvY",
                          "credit": "Computer History Museum"}  # fmt: skip
    assert media["c"] is None
    sheet = list(csv.DictReader(io.StringIO(_export(chronology, "timelinejs-csv").decode())))
    assert list(sheet[0]) == list(HEADERS)
    row = next(r for r in sheet if r["Headline"] == "Talks")
    assert (row["Media"], row["Media Credit"], row["Media Caption"], row["Media Thumbnail"],
            row["Alt Text"]) == (
        media["a"]["url"], media["a"]["credit"], media["a"]["caption"], "", media["a"]["alt"]
    )  # fmt: skip


# --- Import and round trips -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["csv", "timelinejs-json", "timelinejs-csv"])
def test_import_of_the_export_keeps_media(tmp_path: Path, chronology, name: str) -> None:  # type: ignore[no-untyped-def]
    exported = tmp_path / f"export.{name}"
    exported.write_bytes(_export(chronology, name))
    target = tmp_path / "again"
    result = import_file(name, exported, target)
    assert (result.errors, result.warnings) == ([], [])
    again = load_chronology(target)
    assert again.problems == ()
    before = {event.title: event.media for event in chronology.events}
    assert {event.title: event.media for event in again.events} == before
    assert sum(media is not None for media in before.values()) == 2


def _sheet(*rows: dict[str, str]) -> str:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=HEADERS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({"Year": "2025", "Month": "4", "Day": "9", "Text": "<p>x</p>", **row})
    return out.getvalue()


def test_media_that_is_not_http_is_left_out_with_a_warning(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(_sheet(
        {"Headline": "Script", "Media": "javascript:alert(1)", "Media Caption": "<b>Cap</b>"},
        {"Headline": "File", "Media": "photo.jpg", "Media Credit": "Me"},
        {"Headline": "Embed", "Media": '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
         "Media Credit": "<a href='https://x.org'>Museum</a>"},
        {"Headline": "Caption only", "Media Caption": "A caption"},
        {"Headline": "Image", "Media": "https://x.org/p.webp", "Alt Text": "A <plain> alt"},
    ), encoding="utf-8")  # fmt: skip
    events = tmp_path / "events"
    code, _, err = run(
        capsys, "import", "--from", "timelinejs-csv", str(sheet), "--into", str(events)
    )
    assert code == 0, err  # the events are fine: each is written, without the media it cannot keep
    assert (
        f"{sheet}:2: warning: the Media 'javascript:alert(1)' is not an http(s) address, so the event has no media (the sheet gave caption: Cap)"
        in err
    )
    assert f"{sheet}:3: warning: the Media 'photo.jpg' is not an http(s) address" in err
    assert (
        f"{sheet}:5: warning: the Media Caption, Credit or Alt Text without a Media address is not kept (caption: A caption)"
        in err
    )
    assert ":4: warning" not in err
    assert ":6: warning" not in err
    written = {
        p.stem.rsplit("-2025", 1)[0]: p.read_text(encoding="utf-8") for p in events.glob("*.yml")
    }
    assert len(written) == 5
    assert "media" not in yaml.safe_load(written["script"])
    assert "# The Media 'javascript:alert(1)' is not an http(s) address" in written["script"]
    assert "javascript" not in written["script"].split("\n", 2)[-1]
    # An embed code keeps its http(s) address: our pages link it.
    assert yaml.safe_load(written["embed"])["media"] == {
        "url": "https://www.youtube.com/embed/abc", "credit": "Museum"
    }  # fmt: skip
    assert yaml.safe_load(written["image"])["media"] == {"url": "https://x.org/p.webp",
                                                         "alt": "A <plain> alt"}  # fmt: skip


def test_our_csv_with_a_bad_media_url_is_imported_without_it(
    tmp_path: Path, chronology, capsys
) -> None:  # type: ignore[no-untyped-def]
    text = _export(chronology, "csv").decode("utf-8-sig")
    text = text.replace("https://media.example.org/a/table.jpg?w=800&h=600", "file:///etc/passwd")
    exported = tmp_path / "export.csv"
    exported.write_text(text, encoding="utf-8")
    code, _, err = run(
        capsys, "import", "--from", "csv", str(exported), "--into", str(tmp_path / "e")
    )
    assert code == 0, err
    row = 2 + [event.id for event in chronology.events].index("a")  # the header is row 1
    assert f"{exported}:{row}: warning: the media_url 'file:///etc/passwd' is not an http(s)" in err
    assert "media" not in yaml.safe_load((tmp_path / "e" / "a.yml").read_text(encoding="utf-8"))


# --- In the browser -------------------------------------------------------------------------

PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


@pytest.mark.browser
@pytest.mark.parametrize("mode", ["link", "image"])
def test_a_page_fetches_media_only_when_the_site_shows_images(
    browser, tmp_path: Path, mode: str
) -> None:  # type: ignore[no-untyped-def]
    """By default an event page fetches nothing from the media's host; with `media: image` it
    fetches the image (served here), and shows it with its alt text, caption and credit."""
    source = tmp_path / "site-source"
    shutil.copytree(FIXTURE, source)
    config = source / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    # Without the site's and repository's addresses, which the theme fetches from (repository
    # facts, the sitemap): what the page fetches from elsewhere is then the media alone.
    text = "".join(
        line
        for line in text.splitlines(keepends=True)
        if not line.startswith(("site_url", "repo_url"))
    )
    config.write_text(text.replace("  - chronology\n", f"  - chronology:\n      media: {mode}\n"))
    result = build(source)
    assert result.returncode == 0, result.stderr
    fetched: list[str] = []
    errors: list[str] = []

    def serve(route: Route) -> None:
        host = urlsplit(route.request.url).hostname
        if host == "127.0.0.1":
            route.continue_()
            return
        fetched.append(route.request.url)
        if host == "media.example.org":
            route.fulfill(body=PIXEL, content_type="image/png")
        else:
            route.abort()

    with serving(source / "site") as url:
        page = browser.new_page()
        page.route("**/*", serve)
        # Script errors, and any request for the media that failed.
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("requestfailed", lambda request: errors.append(f"failed: {request.url}"))
        page.on(
            "response",
            lambda response: (
                response.status >= 400
                and "media" in response.url
                and errors.append(f"{response.status}: {response.url}")
            ),
        )
        try:
            page.goto(f"{url}/events/talks/")
            media = page.locator(".chronology-media")
            media.scroll_into_view_if_needed()
            page.wait_for_load_state("networkidle")
            shown = media.inner_text()
            image = page.evaluate(
                """() => { const i = document.querySelector('.chronology-media img');
                   return i && {alt: i.alt, loaded: i.complete && i.naturalWidth > 0}; }"""
            )
        finally:
            page.close()
    assert "<script>" in shown  # the credit's tags are text
    assert errors == [], (errors, fetched)
    if mode == "link":
        assert fetched == []
        assert image is None
        assert shown.startswith("Image: The delegations <i>at the table</i> & their aides")
    else:
        assert fetched == ["https://media.example.org/talks/table.png?size=large&v=2"]
        assert image == {"alt": "Two delegations seated at a long table", "loaded": True}
