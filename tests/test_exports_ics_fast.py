"""The calendar's own writer (`write_ics`) against the reference built with `icalendar`
(`write_ics_with_icalendar`): the same bytes for the flagship, the site fixture, the feeds'
test events, hostile text and random text; and every line it writes parsed back by icalendar,
folded where RFC 5545 folds and read back as the event says. Also: a site build's downloads,
which share each event's text between the files (`memo`), are each what the writer gives
alone."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar.parser import Contentline

from builder.downloads import site_downloads
from builder.exports import ExportOptions, formats
from builder.exports.ics import (
    _when,
    description,
    escaped,
    event_urls,
    folded,
    write_ics,
    write_ics_with_icalendar,
)
from builder.pipeline import Chronology, load_chronology
from tests.test_exports_feeds import chronology, events_dir  # noqa: F401 (fixtures)

ROOT = Path(__file__).parent.parent
SITE = "https://example.org/chronology"
SITE_OPTIONS = (
    ExportOptions(site_url=SITE, site_name="A site, named; with \\ in it"),
    ExportOptions(),
)


def scopes(loaded: Chronology) -> list[ExportOptions]:
    """Every file a site build writes, with and without a site URL."""
    return [
        dataclasses.replace(options, storyline=storyline)
        for options in SITE_OPTIONS
        for storyline in (None, *loaded.storylines)
    ]


def unfolded_lines(data: bytes) -> list[str]:
    """The file's physical lines checked as RFC 5545 folds them, then its content lines."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    for number, line in enumerate(physical):
        assert len(line) <= 75, (number, line)
        assert b"\n" not in line, (number, line)
        assert b"\r" not in line, (number, line)
        line.decode("utf-8")  # folded between characters, never inside one
        assert line, number  # no empty line
    assert not physical[0].startswith(b" ")
    return data.decode("utf-8").replace("\r\n ", "").removesuffix("\r\n").split("\r\n")


def read_back(text: str) -> str:
    """What a reader gets from a TEXT value we wrote: icalendar reads "\\N" and CR as line
    breaks, as it writes them."""
    return text.replace("\\N", "\n").replace("\r\n", "\n").replace("\r", "\n")


def check_every_line(data: bytes, loaded: Chronology, options: ExportOptions) -> None:
    """Each content line parsed by icalendar into a known property, and each event's values as
    icalendar reads them back equal to the event's own."""
    names = {"BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "NAME", "X-WR-CALNAME", "URL"}
    names |= {"SUMMARY", "DTSTART", "DTEND", "DTSTAMP", "UID", "CATEGORIES", "DESCRIPTION"}
    for line in unfolded_lines(data):
        name, _params, _value = Contentline(line).parts()
        assert name in names, line
    calendar = icalendar.Calendar.from_ical(data)
    assert not calendar.errors
    events = {event.id: event for event in loaded.events}
    urls = event_urls(loaded, options)
    written = calendar.walk("VEVENT")
    for entry in written:
        assert not entry.errors, entry.errors
        key = str(entry["uid"]).rpartition("@")[0]
        event = events[key]
        assert str(entry["summary"]) == read_back(event.title)
        assert str(entry["description"]) == read_back(description(event))
        if event.tags:
            assert [str(tag) for tag in entry["categories"].cats] == [
                read_back(tag) for tag in event.tags
            ]
        start, end = _when(event)  # type: ignore[misc]
        assert entry.decoded("dtstart") == start
        assert entry.decoded("dtend") == end if end != start else "dtend" not in entry
        assert str(entry.get("url")) == str(urls.get(event.id))
    selected = [e for e in loaded.events if options.storyline in (None, e.storyline)]
    assert len(written) == sum(1 for e in selected if 1 <= e.date.value.earliest.year <= 9999)


def assert_same_as_icalendar(loaded: Chronology) -> None:
    for options in scopes(loaded):
        data = write_ics(loaded, options)
        assert data == write_ics_with_icalendar(loaded, options), options
        check_every_line(data, loaded, options)


@pytest.mark.parametrize("folder", ["events", "tests/fixtures/site/events"])
def test_the_flagship_and_the_site_fixture_are_written_as_icalendar_writes_them(
    folder: str,
) -> None:
    loaded = load_chronology(ROOT / folder)
    assert loaded.events
    assert_same_as_icalendar(loaded)
    data = write_ics(loaded, ExportOptions(site_url=SITE))
    assert icalendar.Calendar.from_ical(data).to_ical() == data


def test_dates_times_spans_and_disputes_are_written_as_icalendar_writes_them(
    chronology: Chronology,  # noqa: F811 (the feeds tests' events: a timed one, a span, 44 BC)
) -> None:
    assert_same_as_icalendar(chronology)
    timed = write_ics(chronology, ExportOptions()).decode()
    assert "DTSTART:20250409T113000Z\r\n" in timed  # the one DATE-TIME, to show it is tested


LONG_ARABIC = "وكالة الأنباء " * 20
HOSTILE_TEXTS = [
    "Talks, again; in Baku\nsecond line \\ backslash \\N not a break? \\n \\, \\;",
    "CR\r\nLF\nlone CR\r end",
    LONG_ARABIC,
    "日本語のテキスト" * 30,
    "😀" * 100,
    # An emoji or an escape where a line folds: every offset from the 75-octet boundary.
    *("x" * shift + "🇺🇳👩‍👩‍👧" * 12 for shift in range(8)),
    *("a" * shift + "\\" * 40 for shift in range(4)),
    *("b" * shift + ",;^" * 30 for shift in range(4)),
    "control \x00\x01\x07\x08\t\x0b\x0c\x1b\x7f\x85\u2028\u2029 characters",
    "\u202e right-to-left override \u2066isolate\u2069 \ufeff",
    "",
    " ",
    "a" * 74,
    "a" * 75,
    "é" * 37 + "a",
]


def with_texts(loaded: Chronology, texts: list[str], name: str = "Site") -> Chronology:
    """The chronology's events with the texts in their titles, summaries, tags and sources."""
    events = []
    for index, event in enumerate(loaded.events):
        text = texts[index % len(texts)]
        other = texts[(index + 1) % len(texts)]
        sources = tuple(
            dataclasses.replace(source, publisher=text + "·", title=other)
            for source in event.sources
        )
        renamed = dict(zip(event.sources, sources, strict=True))  # the claims name them too
        events.append(
            dataclasses.replace(
                event,
                title=text or "untitled",
                summary=other,
                tags=(text, other, "plain"),
                sources=sources,
                disputed_dates=tuple(
                    dataclasses.replace(claim, source=renamed[claim.source])
                    for claim in event.disputed_dates
                ),
                judged_dates=tuple(
                    dataclasses.replace(claim, source=renamed[claim.source])
                    for claim in event.judged_dates
                ),
            )
        )
    # Without line breaks, which icalendar refuses in the calendar's name (see below).
    title = (texts[0] + name).replace("\r", "").replace("\n", "")
    storylines = {
        key: dataclasses.replace(storyline, title=title)
        for key, storyline in loaded.storylines.items()
    }
    return dataclasses.replace(loaded, events=tuple(events), storylines=storylines)


def test_hostile_text_is_written_as_icalendar_writes_it(
    chronology: Chronology,  # noqa: F811
) -> None:
    for start in range(len(HOSTILE_TEXTS)):
        texts = HOSTILE_TEXTS[start:] + HOSTILE_TEXTS[:start]
        assert_same_as_icalendar(with_texts(chronology, texts))


@pytest.mark.parametrize("text", HOSTILE_TEXTS, ids=[f"text{i}" for i in range(len(HOSTILE_TEXTS))])
def test_a_hostile_site_name_is_written_as_icalendar_writes_it(
    chronology: Chronology,  # noqa: F811
    text: str,
) -> None:
    if "\n" in text or "\r" in text:
        return  # icalendar refuses a line break in NAME: see the next test
    options = ExportOptions(site_url=SITE, site_name=text)
    assert write_ics(chronology, options) == write_ics_with_icalendar(chronology, options)


def test_a_line_break_in_the_calendars_name_is_a_space(
    chronology: Chronology,  # noqa: F811
) -> None:
    """icalendar writes NAME and X-WR-CALNAME unescaped and refuses a line break there; ours
    writes a space, and the file still parses."""
    data = write_ics(chronology, ExportOptions(site_name="Two\nlines\r\nand\rmore"))
    lines = unfolded_lines(data)
    assert "NAME:Two lines and more" in lines
    assert "X-WR-CALNAME:Two lines and more" in lines
    assert str(icalendar.Calendar.from_ical(data)["x-wr-calname"]) == "Two lines and more"


def test_folding_matches_icalendar_at_every_length() -> None:
    from icalendar.parser import Contentline as Line

    for length in range(60, 160):
        for filler in ("a", "é", "€", "😀", "\\", "^", "a\\", "é^"):
            line = "DESCRIPTION:" + (filler * length)[:length]
            assert folded(line) == Line(line).to_ical(), (length, filler)


# Every character but surrogates, which no UTF-8 file can hold.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(TEXT, min_size=1, max_size=6), name=TEXT)
def test_random_text_is_written_as_icalendar_writes_it(
    chronology: Chronology,  # noqa: F811
    texts: list[str],
    name: str,
) -> None:
    changed = with_texts(chronology, texts, name)
    for value in texts:
        assert (
            folded("SUMMARY:" + escaped(value))
            == Contentline("SUMMARY:" + escaped(value)).to_ical()
        )
    assert_same_as_icalendar(changed)


# A site build's downloads share each event's text between files


@pytest.mark.parametrize("folder", ["events", "tests/fixtures/site/events"])
def test_each_site_download_is_what_its_writer_gives_alone(folder: str) -> None:
    loaded = load_chronology(ROOT / folder)
    for options in SITE_OPTIONS:
        for download in site_downloads(loaded, options):
            scope = dataclasses.replace(options, storyline=download.storyline)
            assert download.content == download.format.write(loaded, scope), download.path


def test_an_empty_storyline_and_hostile_text_share_nothing_wrong(
    chronology: Chronology,  # noqa: F811
) -> None:
    changed = with_texts(chronology, HOSTILE_TEXTS)
    storylines = dict(changed.storylines)
    storylines["empty"] = dataclasses.replace(next(iter(storylines.values())), id="empty")
    changed = dataclasses.replace(changed, storylines=storylines)
    for options in SITE_OPTIONS:
        published = site_downloads(changed, options)
        assert {d.storyline for d in published} == {None, *storylines}
        for download in published:
            scope = dataclasses.replace(options, storyline=download.storyline)
            assert download.content == download.format.write(changed, scope), download.path
        empty = {d.format.name: d.content for d in published if d.storyline == "empty"}
        assert b'"events": []\n}\n' in empty["json"]
        assert b"BEGIN:VEVENT" not in empty["ics"]
    assert set(formats()) >= {"json", "csv", "ics"}
