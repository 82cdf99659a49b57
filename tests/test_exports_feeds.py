"""The calendar (ICS) and the feeds (Atom, JSON Feed 1.1): parsed back by the libraries readers'
tools use, checked for all-day dates with exclusive ends, stable ids, order and escaping, and
byte-identical from run to run, under any time zone and at any time."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import feedparser
import icalendar
import jsonschema
import pytest
from freezegun import freeze_time

from builder.exports import ExportOptions, formats
from builder.exports.feeds import FEED_SIZE, content_html
from builder.pipeline import Chronology, load_chronology

SITE = "https://example.org/chronology"
EVENT_URL = "https://example.org/chronology/events/{}/"

STORYLINES = """\
talks:
  title: The talks
  description: Talks in Baku.
"""

# id: (date lines, first source's publication day, more lines)
EVENTS = {
    "baku-talks-2025-04-09": (
        "date: 9 April 2025",
        "2025-04-10",
        'storyline: talks\nsummary: "They met *in Baku* & talked. <script>alert(1)</script> '
        '[bad](javascript:alert(1)) [good](https://example.org/x)"\ntags: [talks, "a,b"]',
    ),
    "talks-span": ("date: 9 April 2025\nend: 12 April 2025", "2025-04-12",
                   "storyline: talks\nupdates:\n  - date: 2025-05-01\n    note: fixed"),
    "april": ("date: April 2025", "2025-04-10", ""),
    "early-april": ("date: early April 2025", "2025-04-10", ""),
    "week": ("date: the week of 31 March 2025", "2025-04-07", ""),
    "spring": ("date: spring 2024", "2025-04-10", ""),
    "timed": ("date: 9 April 2025 at 14:30 GMT+3", "2025-04-09", ""),
    "local-time": ("date: 9 April 2025 at 14:30", "2025-04-09", ""),
    "caesar": ("date: 15 March 44 BC", "2020-01-01", ""),
}  # fmt: skip


DISPUTED = """\
title: Reports differ
date: 2 June 2025
sources:
  - publisher: AP
    title: A
    url: https://example.com/a
    published: 2025-06-03
    date: yesterday
  - publisher: وكالة
    title: خبر
    url: https://example.com/b
    published: 2025-06-03
    date: on Sunday
"""


def event_file(key: str, date: str, published: str, more: str) -> str:
    return textwrap.dedent(f"""\
        title: "Event {key}: a <b>bold</b> & \\"quoted\\" title"
        {date.replace(chr(10), chr(10) + " " * 8)}
        sources:
          - publisher: Reuters & Co
            title: "Report <one>"
            url: https://example.com/{key}?a=1&b=2
            published: {published}
        """) + (more + "\n" if more else "")


@pytest.fixture(scope="module")
def events_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("feeds") / "events"
    folder.mkdir()
    (folder / "storylines.yml").write_text(STORYLINES, encoding="utf-8")
    for key, (date, published, more) in EVENTS.items():
        (folder / f"{key}.yml").write_text(event_file(key, date, published, more), "utf-8")
    (folder / "disputed.yml").write_text(DISPUTED, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def chronology(events_dir: Path) -> Chronology:
    loaded = load_chronology(events_dir)
    assert loaded.problems == ()
    assert {event.id for event in loaded.events} == {*EVENTS, "disputed"}
    return loaded


def export(chronology: Chronology, name: str, **options: str) -> bytes:
    return formats()[name].write(chronology, ExportOptions(**options))


def vevents(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]).split("@")[0]: e for e in calendar.walk("VEVENT")}


def raw_vevent(data: bytes, uid: str) -> str:
    """One VEVENT's lines as written, unfolded."""
    text = data.decode("utf-8").replace("\r\n ", "")
    start = text.index(f"UID:{uid}")
    return text[text.rindex("BEGIN:VEVENT", 0, start) : text.index("END:VEVENT", start)]


# ICS


@pytest.mark.parametrize(
    ("key", "start", "end"),
    [
        ("baku-talks-2025-04-09", "20250409", "20250410"),  # a day: one day long
        ("talks-span", "20250409", "20250413"),  # to the day after its last day
        ("april", "20250401", "20250501"),  # a month: all of it
        ("early-april", "20250401", "20250411"),  # early April: 1-10 April
        ("week", "20250331", "20250407"),
        ("spring", "20240301", "20240601"),
        ("local-time", "20250409", "20250410"),  # no offset: all day, the time in the text
    ],
)
def test_ics_dates_are_all_day_with_an_exclusive_end(
    chronology: Chronology, key: str, start: str, end: str
) -> None:
    data = export(chronology, "ics", site_url=SITE)
    lines = raw_vevent(data, f"{key}@example.org").splitlines()
    assert f"DTSTART;VALUE=DATE:{start}" in lines
    assert f"DTEND;VALUE=DATE:{end}" in lines
    parsed = vevents(data)[key]
    assert parsed["dtstart"].params.get("VALUE") == "DATE"
    assert parsed["dtend"].dt.strftime("%Y%m%d") == end
    assert (parsed["dtend"].dt - parsed["dtstart"].dt).days >= 1


def test_ics_a_coarse_date_has_its_precision_and_edtf_in_the_description(
    chronology: Chronology,
) -> None:
    events = vevents(export(chronology, "ics"))
    april = str(events["early-april"]["description"])
    assert april.startswith("Date: early April 2025 (approx.)\nPrecision: month; EDTF: ")
    assert "EDTF: 2025-04-01~/2025-04-10~" in april
    assert "Precision: season; EDTF: 2024-21" in str(events["spring"]["description"])
    span = str(events["talks-span"]["description"])
    assert "Date: 9 April 2025\n" in span
    assert "Ended: 12 April 2025\nPrecision: day; EDTF: 2025-04-12" in span
    assert "- Reuters & Co, 12 April 2025: Report <one> <https://example.com/talks-span?a=1&b=2>" in span  # fmt: skip


def test_ics_a_time_with_an_offset_is_a_utc_instant(chronology: Chronology) -> None:
    data = export(chronology, "ics")
    lines = raw_vevent(data, "timed@chronology").splitlines()
    assert "DTSTART:20250409T113000Z" in lines
    assert not any(line.startswith("DTEND") for line in lines)  # an instant


def test_ics_leaves_out_years_it_cannot_write(chronology: Chronology) -> None:
    assert "caesar" not in vevents(export(chronology, "ics"))


def test_ics_uids_urls_and_stamps(chronology: Chronology) -> None:
    with_site = vevents(export(chronology, "ics", site_url=SITE))
    event = with_site["baku-talks-2025-04-09"]
    assert str(event["uid"]) == "baku-talks-2025-04-09@example.org"
    assert str(event["url"]) == EVENT_URL.format("baku-talks-2025-04-09")
    assert [str(c) for c in event["categories"].cats] == ["talks", "a,b"]
    # DTSTAMP: the latest day a source was published or the event updated, never the clock.
    assert event["dtstamp"].dt.isoformat() == "2025-04-10T00:00:00+00:00"
    assert with_site["talks-span"]["dtstamp"].dt.isoformat() == "2025-05-01T00:00:00+00:00"
    without = vevents(export(chronology, "ics"))
    assert str(without["april"]["uid"]) == "april@chronology"
    assert "url" not in without["april"]
    # A storyline's calendar keeps the same UIDs, so a subscriber sees the same events.
    talks = vevents(export(chronology, "ics", site_url=SITE, storyline="talks"))
    assert set(talks) == {"baku-talks-2025-04-09", "talks-span"}
    assert str(talks["talks-span"]["uid"]) == str(with_site["talks-span"]["uid"])


def test_ics_escapes_text_and_round_trips(chronology: Chronology) -> None:
    title = "Talks, again; in Baku\nsecond line \\ backslash"
    first = dataclasses.replace(chronology.events[-1], title=title)
    changed = dataclasses.replace(chronology, events=(*chronology.events[:-1], first))
    data = export(changed, "ics", site_url=SITE)
    summary = next(
        line for line in raw_vevent(data, f"{first.id}@example.org").splitlines()
        if line.startswith("SUMMARY")
    )  # fmt: skip
    assert summary == "SUMMARY:Talks\\, again\\; in Baku\\nsecond line \\\\ backslash"
    assert str(vevents(data)[first.id]["summary"]) == title
    assert icalendar.Calendar.from_ical(data).to_ical() == data
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75
        assert b"\n" not in line
    assert data.endswith(b"END:VCALENDAR\r\n")


def test_ics_and_feeds_say_when_sources_disagree(chronology: Chronology) -> None:
    text = str(vevents(export(chronology, "ics"))["disputed"]["description"])
    assert (
        "Status: disputed\nSources disagree on the date: AP: 2 June 2025; \u2068وكالة\u2069: 1 June 2025\n"
        in text
    )
    feed = json.loads(export(chronology, "jsonfeed"))
    item = next(i for i in feed["items"] if i["title"] == "Reports differ")
    assert item["summary"] == "2 June 2025. Sources disagree on the date."
    assert (
        "<p>Sources disagree on the date: AP: 2 June 2025; \u2068وكالة\u2069: 1 June 2025</p>"
        in item["content_html"]
    )
    assert "<li>\u2068وكالة\u2069, 3 June 2025: <a href" in item["content_html"]


# Feeds


def test_atom_parses_without_errors(chronology: Chronology) -> None:
    parsed = feedparser.parse(export(chronology, "atom", site_url=SITE))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.link == SITE + "/"
    entry = next(e for e in parsed.entries if e.id.endswith("/baku-talks-2025-04-09/"))
    assert entry.id == entry.link == EVENT_URL.format("baku-talks-2025-04-09")
    assert entry.title == 'Event baku-talks-2025-04-09: a <b>bold</b> & "quoted" title'
    assert entry.title_detail.type == "text/plain"
    assert entry.published == "2025-04-10T00:00:00Z"
    assert entry.summary.startswith("9 April 2025. They met *in Baku* & talked. <script>")
    assert [tag.term for tag in entry.tags] == ["talks", "a,b"]
    span = next(e for e in parsed.entries if e.id.endswith("/talks-span/"))
    assert (span.published, span.updated) == ("2025-04-12T00:00:00Z", "2025-05-01T00:00:00Z")


def test_atom_escapes_everything_from_yaml(chronology: Chronology) -> None:
    data = export(chronology, "atom", site_url=SITE).decode("utf-8")
    assert "<b>" not in data
    assert "<script>" not in data
    assert "a &lt;b&gt;bold&lt;/b&gt; &amp;" in data
    # The content is HTML in escaped text: once unescaped, still no markup from YAML.
    parsed = feedparser.parse(data.encode("utf-8"), sanitize_html=False)
    entry = next(e for e in parsed.entries if e.id.endswith("/baku-talks-2025-04-09/"))
    content = entry.content[0]
    assert content.type == "text/html"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content.value
    assert "<script" not in content.value
    assert "javascript:" not in content.value
    assert '<a href="https://example.org/x">good</a>' in content.value
    assert "Reuters &amp; Co" in content.value
    assert "Report &lt;one&gt;" in content.value


def test_only_http_links_become_links(chronology: Chronology) -> None:
    event = chronology.by_id["april"]
    hostile = dataclasses.replace(event.sources[0], url="javascript:alert(1)", title="T")
    html_text = content_html(dataclasses.replace(event, sources=(hostile,)))
    assert "javascript" not in html_text
    assert "href" not in html_text
    assert "<li>Reuters &amp; Co, 10 April 2025: T</li>" in html_text


ORDER = [
    "disputed",  # first reported 3 June
    # Newest first by the first report; the same day: the later event in the chronology first.
    "talks-span",  # first reported 12 April
    "baku-talks-2025-04-09", "april", "early-april", "spring",  # 10 April: 9 April, then April
    # (1-30 April ends after early April, 1-10), then spring 2024
    "timed", "local-time",  # 9 April: the same day and precision, so by id
    "week",  # 7 April
    "caesar",  # 2020
]  # fmt: skip


def test_feeds_order_newest_first_by_first_report(chronology: Chronology) -> None:
    atom = feedparser.parse(export(chronology, "atom", site_url=SITE))
    assert [e.id for e in atom.entries] == [EVENT_URL.format(key) for key in ORDER]
    feed = json.loads(export(chronology, "jsonfeed", site_url=SITE))
    assert [item["id"] for item in feed["items"]] == [EVENT_URL.format(key) for key in ORDER]


def test_feeds_hold_the_latest_events_only(chronology: Chronology) -> None:
    base = chronology.events[0]
    many = tuple(dataclasses.replace(base, id=f"event-{n:03d}") for n in range(FEED_SIZE + 10))
    bigger = dataclasses.replace(chronology, events=many)
    atom = feedparser.parse(export(bigger, "atom"))
    assert len(atom.entries) == FEED_SIZE
    assert len(json.loads(export(bigger, "jsonfeed"))["items"]) == FEED_SIZE


# What JSON Feed 1.1 requires and allows (https://www.jsonfeed.org/version/1.1/), for the fields
# written here: feedparser 6.0.14 (the latest release) reads no JSON Feed.
JSONFEED_SCHEMA = {
    "type": "object",
    "required": ["version", "title", "items"],
    "properties": {
        "version": {"const": "https://jsonfeed.org/version/1.1"},
        "title": {"type": "string"},
        "home_page_url": {"type": "string", "pattern": "^https?://"},
        "feed_url": {"type": "string", "pattern": "^https?://"},
        "authors": {"type": "array", "items": {"type": "object", "required": ["name"]}},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id"],
                "anyOf": [{"required": ["content_html"]}, {"required": ["content_text"]}],
                "properties": {
                    "id": {"type": "string", "minLength": 1},
                    "url": {"type": "string", "pattern": "^https?://"},
                    "title": {"type": "string"},
                    "summary": {"type": "string"},
                    "content_html": {"type": "string"},
                    "date_published": {"type": "string", "format": "date-time"},
                    "date_modified": {"type": "string", "format": "date-time"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}


def test_jsonfeed_follows_the_spec(chronology: Chronology) -> None:
    for options in ({}, {"site_url": SITE}, {"site_url": SITE, "storyline": "talks"}):
        feed = json.loads(export(chronology, "jsonfeed", **options))
        jsonschema.validate(feed, JSONFEED_SCHEMA, format_checker=jsonschema.FormatChecker())
    item = next(i for i in feed["items"] if i["id"].endswith("/baku-talks-2025-04-09/"))
    assert feed["title"] == "The talks – Chronology"
    assert feed["home_page_url"] == SITE + "/storylines/talks/"
    assert feed["feed_url"] == SITE + "/data/storylines/talks.feed.json"  # where the site puts it
    assert item["title"] == 'Event baku-talks-2025-04-09: a <b>bold</b> & "quoted" title'
    assert item["date_published"] == "2025-04-10T00:00:00Z"
    assert "<script" not in item["content_html"]
    assert "&lt;script&gt;" in item["content_html"]


def test_feed_ids_are_stable_without_a_site_url(chronology: Chronology) -> None:
    data = export(chronology, "atom")
    atom = feedparser.parse(data)
    assert not atom.bozo
    feed = json.loads(export(chronology, "jsonfeed"))
    ids = [e.id for e in atom.entries]
    assert all(i.startswith("urn:uuid:") for i in ids)
    assert ids == [item["id"] for item in feed["items"]]
    assert "url" not in feed["items"][0]
    assert b"<link" not in data
    talks = json.loads(export(chronology, "jsonfeed", storyline="talks"))
    assert {item["id"] for item in talks["items"]} <= set(ids)


# Bytes


@pytest.mark.parametrize("name", ["ics", "atom", "jsonfeed"])
def test_the_same_bytes_at_any_time(chronology: Chronology, name: str) -> None:
    first = export(chronology, name, site_url=SITE)
    assert export(chronology, name, site_url=SITE) == first
    with freeze_time("2099-12-31 23:59:59"):
        assert export(chronology, name, site_url=SITE) == first


def test_the_same_bytes_in_any_time_zone(chronology: Chronology, events_dir: Path) -> None:
    script = (
        "import sys\nfrom builder.pipeline import load_chronology\n"
        "from builder.exports import ExportOptions, formats\n"
        "c = load_chronology(sys.argv[1])\n"
        "for name in ('ics', 'atom', 'jsonfeed'):\n"
        f"    sys.stdout.buffer.write(formats()[name].write(c, ExportOptions(site_url={SITE!r})))\n"
    )
    expected = b"".join(export(chronology, name, site_url=SITE) for name in ("ics", "atom", "jsonfeed"))  # fmt: skip
    for zone in ("Pacific/Kiritimati", "America/Adak"):
        env = {**os.environ, "TZ": zone, "LC_ALL": "C", "SOURCE_DATE_EPOCH": "0"}
        result = subprocess.run(
            [sys.executable, "-c", script, str(events_dir)],
            env=env,
            capture_output=True,
            check=True,
        )
        assert result.stdout == expected
