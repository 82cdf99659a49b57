"""`chronology import` from TimelineJS sheets (CSV), TimelineJS JSON and our own CSV export."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from builder.cli import main
from builder.exports import ExportOptions, formats
from builder.exports.timelinejs import HEADERS
from builder.importing import dump_yaml, html_to_markdown, import_file
from builder.pipeline import load_chronology
from builder.render import summary_html
from tests.conftest import GOOD_SOURCE

ROOT = Path(__file__).parent.parent

# The shape of TimelineJS's own example sheet ("Women in Computing", the template's sample, as
# TimelineJS3 keeps it in src/js/core/__tests__/women_in_computing.csv): a title row, an image
# with an HTML caption, a YouTube video with a linked credit, a Wikipedia page, HTML in Text
# with <span class="tl-note">, a line break inside a cell, a background image. Shortened text.
TEMPLATE_ROWS = [
    ["", "", "", "", "", "", "", "", "", "Women in Computing",
     '<p class="lead">In this sample timeline, we’ll walk you through what TimelineJS can do.</p>',
     "", "", "", "", "", "title", "", "https://upload.wikimedia.org/wikipedia/commons/1/17/ENIAC.gif"],
    ["1815", "12", "10", "", "1852", "11", "27", "", "", "Ada Lovelace",
     '<p>Women have been programming since before it was a thing. Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>: Daughter of Lord Byron.</p>'
     '<span class="tl-note">This slide demonstrates a simple "image" media type.</span>',
     "https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg",
     "Wikimedia Commons",
     '<a href="https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg" title="">Portrait by Alfred Edward Chalon</a>',
     "", "Portrait of Ada Lovelace", "", "", ""],
    ["1943", "7", "", "", "1946", "", "", "", "", "...And the women who made it work",
     '<p>The ENIAC programmers included Frances Elizabeth "Betty" Holberton.</p> '
     '<span class="tl-note">You can add a YouTube URL like this video on the ENIAC Women.\n.</span>',
     "https://www.youtube.com/watch?v=aPweFhhXFvY",
     '<a href="https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg">Computer History Museum</a>',
     "Jean Bartik talks about the ENIAC women", "", "", "", "",
     "https://upload.wikimedia.org/wikipedia/commons/c/cd/ARL_ENIAC_02.png"],
    ["1951", "", "", "", "", "", "", "", "", "Rózsa Péter writes recursion",
     '<p>She published her paper "Recursive Functions" in 1951.</p>',
     "https://en.wikipedia.org/wiki/Reduction_(recursion_theory)", "Wikipedia", "", "", "", "",
     "", ""],
    ["1952", "", "", "", "", "", "", "", "", "Grace Hopper invents the compiler",
     "<p>Her most notable invention was the compiler.</p>",
     "", "", "", "", "", "", "", ""],
]  # fmt: skip


def sheet(rows: list[list[str]], headers: tuple[str, ...] | list[str] = HEADERS) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue()


def row(**cells: str) -> list[str]:
    """A sheet row from {header without spaces: cell}: row(Year="2025", Headline="x")."""
    keys = [h.replace(" ", "") for h in HEADERS]
    unknown = set(cells) - set(keys)
    assert not unknown, unknown
    return [cells.get(key, "") for key in keys]


def run_import(tmp_path: Path, text: str, kind: str = "timelinejs-csv", *extra: str,
               capsys: pytest.CaptureFixture[str] | None = None) -> tuple[int, Path]:  # fmt: skip
    source = tmp_path / ("sheet.json" if kind == "timelinejs-json" else "sheet.csv")
    source.write_text(text, encoding="utf-8")
    events = tmp_path / "events"
    code = main(["import", "--from", kind, str(source), "--into", str(events), *extra])
    return code, events


def files(events: Path) -> dict[str, dict[str, object]]:
    return {
        path.relative_to(events).as_posix(): yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(events.rglob("*.yml"))
    }


# --- TimelineJS's own template -------------------------------------------------------------


def test_the_template_example_imports_as_the_sheet_gives_it(tmp_path, capsys):  # type: ignore[no-untyped-def]
    code, events = run_import(tmp_path, sheet(TEMPLATE_ROWS))
    assert code == 0, capsys.readouterr().err
    written = files(events)
    assert sorted(written) == [
        "ada-lovelace-1815-12-10.yml",
        "and-the-women-who-made-it-work-1943-07.yml",
        "grace-hopper-invents-the-compiler-1952.yml",
        "rozsa-peter-writes-recursion-1951.yml",
    ]  # the title row is no event
    ada = written["ada-lovelace-1815-12-10.yml"]
    assert ada["title"] == "Ada Lovelace"
    assert (ada["date"], ada["end"]) == ("10 December 1815", "27 November 1852")
    # An image is media, not a report: the link in the text is the source to check.
    assert ada["sources"] == [{"publisher": "en.wikipedia.org", "title": "Ada Lovelace",
                               "url": "https://en.wikipedia.org/wiki/Ada_Lovelace"}]  # fmt: skip
    assert ada["summary"] == (
        "Women have been programming since before it was a thing. Take "
        "[Ada Lovelace](https://en.wikipedia.org/wiki/Ada_Lovelace): Daughter of Lord Byron.\n\n"
        'This slide demonstrates a simple "image" media type.'
    )
    # The Media columns are the event's media: the caption's HTML link is its text.
    assert ada["media"] == {
        "url": "https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg",
        "caption": "Portrait by Alfred Edward Chalon",
        "credit": "Wikimedia Commons",
        "alt": "Portrait of Ada Lovelace",
    }  # fmt: skip
    assert list(ada) == ["title", "date", "end", "summary", "media", "sources"]
    eniac = written["and-the-women-who-made-it-work-1943-07.yml"]
    assert (eniac["date"], eniac["end"]) == ("July 1943", "1946")  # a month stays a month
    assert eniac["sources"] == [{"publisher": "Computer History Museum",
                                 "title": "Jean Bartik talks about the ENIAC women",
                                 "url": "https://www.youtube.com/watch?v=aPweFhhXFvY"}]  # fmt: skip
    assert "ENIAC Women. ." in eniac["summary"]  # the cell's line break is HTML space
    # A video page is kept as media (our pages link it; never embedded), and is a source to check.
    assert eniac["media"] == {"url": "https://www.youtube.com/watch?v=aPweFhhXFvY",
                              "caption": "Jean Bartik talks about the ENIAC women",
                              "credit": "Computer History Museum"}  # fmt: skip
    rozsa = written["rozsa-peter-writes-recursion-1951.yml"]
    assert rozsa["date"] == "1951"
    assert rozsa["sources"] == [{"publisher": "Wikipedia",
                                 "url": "https://en.wikipedia.org/wiki/Reduction_(recursion_theory)"}]  # fmt: skip
    assert rozsa["media"] == {"url": "https://en.wikipedia.org/wiki/Reduction_(recursion_theory)",
                              "credit": "Wikipedia"}  # fmt: skip
    # Nothing unsourced is published: every file is listed by validate until completed.
    assert main(["validate", str(events), "--no-cache"]) == 1
    out = capsys.readouterr().out
    for name in written:
        assert name in out
    assert "needs the field 'published'" in out
    assert (
        "grace-hopper-invents-the-compiler-1952.yml:2:1: error: an event needs the field 'sources'"
        in out
    )


def test_the_older_template_without_alt_text_and_its_todo_comments(tmp_path, capsys):  # type: ignore[no-untyped-def]
    headers = [h for h in HEADERS if h != "Alt Text"]
    rows = [[cell for i, cell in enumerate(r) if HEADERS[i] != "Alt Text"] for r in TEMPLATE_ROWS]
    code, events = run_import(tmp_path, sheet(rows, headers))
    assert code == 0
    text = (events / "grace-hopper-invents-the-compiler-1952.yml").read_text(encoding="utf-8")
    assert text.startswith("# TODO: add the report this event rests on")
    assert "sources" not in text
    eniac = (events / "and-the-women-who-made-it-work-1943-07.yml").read_text(encoding="utf-8")
    assert eniac.startswith("# TODO: check the sources below")
    assert "# Not kept from the sheet: Background\n" in eniac


# --- Rows: blank, BCE, title and era, errors ---------------------------------------------------


def test_blank_rows_are_skipped_and_rows_are_numbered_as_the_spreadsheet_shows_them(
    tmp_path, capsys
):  # type: ignore[no-untyped-def]
    rows = [
        row(Year="2025", Month="4", Headline="First", Text="one\ntwo\nthree lines"),
        [""] * len(HEADERS),
        [],
        row(Year="20x5", Headline="Bad year"),  # row 5 in the spreadsheet
        row(Year="2025", Month="2", Day="30", Headline="No such day"),
        row(Year="2025", Month="13", Headline="No such month"),
        row(Year="2025", Headline=""),
        row(Year="1960", EndYear="1950", Headline="Backwards"),
        row(Year="0", Headline="Year zero"),
        row(Month="4", Headline="No year"),
        row(Year="2025", Month="4", Day="9", Headline="Last"),
    ]
    code, events = run_import(tmp_path, sheet(rows), capsys=capsys)
    err = capsys.readouterr().err
    shown = str(tmp_path / "sheet.csv")
    assert code == 1
    assert f"{shown}:5: error: Year '20x5' is not a whole number" in err
    assert (f"{shown}:6: error: Year/Month/Day: '30 February 2025' is not a real date: "
            "February 2025 has 28 days, not 30") in err  # fmt: skip
    assert f"{shown}:7: error: Month 13 is not a month (1 to 12)" in err
    assert f"{shown}:8: error: no Headline: an event needs a title" in err
    assert f"{shown}:9: error: the end (1950) is before the start (1960)" in err
    assert f"{shown}:10: error: Year 0 does not exist" in err
    assert f"{shown}:11: error: Month without Year" in err
    assert "skipped 2 blank rows" in err
    assert sorted(files(events)) == ["first-2025-04.yml", "last-2025-04-09.yml"]  # still written
    assert files(events)["first-2025-04.yml"]["summary"] == "one two three lines"


def test_bce_years_and_eras_and_title_rows(tmp_path, capsys):  # type: ignore[no-untyped-def]
    rows = [
        row(Headline="The Roman world", Type="title"),
        row(Year="-44", Month="3", Day="15", Headline="Caesar is killed", Group="Rome"),
        row(Year="-753", Headline="Rome is founded", Group="Rome"),
        row(Year="-27", Month="1", Headline="Augustus", Group="Rome"),
        row(Year="-10001", Headline="Too early"),
        row(Year="-509", EndYear="-27", Headline="The Republic", Type="era"),
    ]
    code, events = run_import(tmp_path, sheet(rows), capsys=capsys)
    err = capsys.readouterr().err
    assert code == 1
    assert ":6: error: Year -10001 is outside the years an event may have" in err
    assert "skipped 1 title row, 1 era row" in err
    written = files(events)
    assert written["rome/caesar-is-killed-44bc-03-15.yml"]["date"] == "15 March 44 BC"
    assert written["rome/rome-is-founded-753bc.yml"]["date"] == "753 BC"
    assert written["rome/augustus-27bc-01.yml"]["date"] == "January 27 BC"
    assert written["storylines.yml"] == {"rome": {"title": "Rome"}}
    # 44 BC is the astronomical year -43 once read.
    for name in written:
        if name != "storylines.yml":
            (events / name).write_text((events / name).read_text() + GOOD_SOURCE.replace(
                "2025-04-10", "2025-04-10"))  # fmt: skip
    chronology = load_chronology(events)
    caesar = next(e for e in chronology.events if e.title == "Caesar is killed")
    assert caesar.date.value.edtf == "-0043-03-15"
    # Until the new storyline has its description, it is not declared: validate says both.
    assert sorted({p.message for p in chronology.problems}) == [
        "the storyline 'rome' is not declared",
        "the storyline 'rome' needs the field 'description'",
    ]


def test_display_dates_times_and_precision(tmp_path, capsys):  # type: ignore[no-untyped-def]
    rows = [
        row(Year="1964", Month="6", DisplayDate="Summer 1964", Headline="Freedom Summer"),
        row(Year="2025", Month="4", DisplayDate="early April 2025", Headline="Hotline"),
        row(Year="2025", Month="4", DisplayDate="The <b>spring</b> talks", Headline="Talks"),
        row(Year="2025", Month="4", DisplayDate="1999", Headline="Wrong display"),
        row(Year="1948", Month="3", Day="14", Time="2:30 PM", Headline="Afternoon"),
        row(
            Year="2025",
            Month="4",
            Day="9",
            EndYear="2025",
            EndMonth="4",
            EndDay="9",
            Headline="Same end",
        ),
        row(Year="1,815", Headline="Comma year"),
    ]
    code, events = run_import(tmp_path, sheet(rows), capsys=capsys)
    assert code == 0, capsys.readouterr().err
    written = files(events)
    assert written["freedom-summer-1964-06.yml"]["date"] == "Summer 1964"
    assert written["hotline-2025-04.yml"]["date"] == "early April 2025"
    assert written["talks-2025-04.yml"]["date"] == "April 2025"
    talks = (events / "talks-2025-04.yml").read_text(encoding="utf-8")
    assert "# The sheet's Display Date 'The spring talks' does not read as a date" in talks
    assert written["wrong-display-2025-04.yml"]["date"] == "April 2025"
    assert "disagrees with Year/Month/Day" in (events / "wrong-display-2025-04.yml").read_text()
    assert written["afternoon-1948-03-14.yml"]["date"] == "14 March 1948, 14:30"
    assert "end" not in written["same-end-2025-04-09.yml"]  # TimelineJS drops it too
    assert written["comma-year-1815.yml"]["date"] == "1815"


# --- HTML and YAML -------------------------------------------------------------------------


HOSTILE_TEXT = (
    "<p>Intro <script>alert('x')</script><style>p{}</style>"
    "<img src=x onerror=alert(1)><b>bold</b> <i>it</i></p>"
    '<a href="javascript:alert(1)">js link</a> <a href="data:text/html,hi">data</a> '
    '<a href="https://example.org/report?a=1&amp;b=2">the report</a> '
    "&lt;script&gt;shown&lt;/script&gt; [not](a link) *star*"
    "<iframe src='https://evil.example/'>inside</iframe><ul><li>one</li><li>two</li></ul>"
)


def test_html_in_the_text_becomes_safe_markdown(tmp_path, capsys):  # type: ignore[no-untyped-def]
    markdown, links = html_to_markdown(HOSTILE_TEXT)
    assert markdown == (
        "Intro **bold** *it*\n\n"
        "js link data [the report](https://example.org/report?a=1&b=2) "
        "<script>shown</script> \\[not\\](a link) \\*star\\*\n\n- one\n\n- two"
    )
    assert links == [("https://example.org/report?a=1&b=2", "the report")]
    rendered = summary_html(markdown)
    for bad in ("<script", "javascript:", "onerror", "<iframe", "evil.example", "data:", "alert"):
        assert bad not in rendered
    assert '<a href="https://example.org/report?a=1&amp;b=2">the report</a>' in rendered
    assert "&lt;script&gt;shown" in rendered
    assert "[not](a link)" in rendered
    assert "\\" not in rendered  # the escapes are Markdown's, not shown

    rows = [row(Year="2025", Headline="<b>Bold</b> &amp; <script>x</script>headline",
                Text=HOSTILE_TEXT, Group="<i>Talks</i>")]  # fmt: skip
    code, events = run_import(tmp_path, sheet(rows))
    assert code == 0
    written = files(events)
    event = written["talks/bold-headline-2025.yml"]
    assert event["title"] == "Bold & headline"
    assert event["storyline"] == "talks"
    assert event["sources"] == [{"publisher": "example.org", "title": "the report",
                                 "url": "https://example.org/report?a=1&b=2"}]  # fmt: skip
    assert written["storylines.yml"] == {"talks": {"title": "Talks"}}


def test_yaml_keeps_text_as_text(tmp_path):  # type: ignore[no-untyped-def]
    rows = [row(Year="2025", Headline="no", Text="1.10", Group="yes"),
            row(Year="2024", Headline="~", Text="2025-04-10"),
            row(Year="2023", Headline="null", Text="0x1F", MediaCaption="on", Media="https://x.org/a.png")]  # fmt: skip
    code, events = run_import(tmp_path, sheet(rows))
    assert code == 0
    written = files(events)
    assert written["yes/no-2025.yml"]["title"] == "no"
    assert written["yes/no-2025.yml"]["summary"] == "1.10"
    assert written["storylines.yml"] == {"yes": {"title": "yes"}}
    titles = {str(f["title"]): f for f in written.values() if "title" in f and "date" in f}
    assert titles["~"]["summary"] == "2025-04-10"
    assert titles["null"]["summary"] == "0x1F"
    assert titles["null"]["media"] == {"url": "https://x.org/a.png", "caption": "on"}
    for path in events.rglob("*.yml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if ": " in line and not line.startswith("#") and not line.endswith(":"):
                assert line.split(": ", 1)[1].startswith('"'), line  # every value quoted


@given(st.text(), st.text())
def test_the_yaml_dumper_reads_back_every_text(key_text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    data = {"title": value, "summary": key_text, "sources": [{"url": value, "title": key_text}]}
    assert yaml.safe_load(dump_yaml(data, [value, key_text])) == data


# --- Files: never overwritten, storylines merged ---------------------------------------------


def test_existing_files_are_kept_unless_forced(tmp_path, capsys):  # type: ignore[no-untyped-def]
    rows = [row(Year="2025", Headline="Talks"), row(Year="2025", Headline="Talks"),
            row(Year="2024", Headline="Other")]  # fmt: skip
    code, events = run_import(tmp_path, sheet(rows))
    assert code == 0
    assert sorted(files(events)) == ["other-2024.yml", "talks-2025-2.yml", "talks-2025.yml"]
    (events / "talks-2025.yml").write_text("edited\n", encoding="utf-8")
    capsys.readouterr()
    code, _ = run_import(tmp_path, sheet(rows))
    err = capsys.readouterr().err
    assert code == 1
    assert f"{events / 'talks-2025.yml'} exists; nothing written for this row" in err
    assert err.count("exists; nothing written") == 3
    assert (events / "talks-2025.yml").read_text() == "edited\n"
    code, _ = run_import(tmp_path, sheet(rows), "timelinejs-csv", "--force")
    assert code == 0
    assert files(events)["talks-2025.yml"]["title"] == "Talks"
    # An id another file has already, in another folder, is refused even with --force.
    (events / "elsewhere").mkdir()
    shutil.move(events / "other-2024.yml", events / "elsewhere" / "other-2024.yml")
    code, _ = run_import(tmp_path, sheet(rows), "timelinejs-csv", "--force")
    assert code == 1
    assert "already has the id 'other-2024'" in capsys.readouterr().err


def test_groups_reuse_declared_storylines_and_append_new_ones(tmp_path):  # type: ignore[no-untyped-def]
    events = tmp_path / "events"
    events.mkdir()
    original = "# Our storylines\ntalks:\n  title: The Baku talks\n  description: Talks.\n"
    (events / "storylines.yml").write_text(original, encoding="utf-8")
    rows = [row(Year="2025", Headline="A", Group="The Baku talks"),
            row(Year="2025", Headline="B", Group="talks"),
            row(Year="2025", Headline="C", Group="Flotillas")]  # fmt: skip
    code, _ = run_import(tmp_path, sheet(rows))
    assert code == 0
    text = (events / "storylines.yml").read_text(encoding="utf-8")
    assert text.startswith(original)  # kept as written
    assert yaml.safe_load(text) == {
        "talks": {"title": "The Baku talks", "description": "Talks."},
        "flotillas": {"title": "Flotillas"},
    }
    assert "# TODO: describe the storyline 'flotillas'" in text
    assert sorted(files(events)) == ["flotillas/c-2025.yml", "storylines.yml", "talks/a-2025.yml",
                                     "talks/b-2025.yml"]  # fmt: skip


def test_not_a_sheet(tmp_path, capsys):  # type: ignore[no-untyped-def]
    code, events = run_import(tmp_path, "Date,Title\n2025,x\n")
    assert code == 1
    assert ":1: error: not a TimelineJS sheet: no Year, Headline column" in capsys.readouterr().err
    assert not events.exists()
    assert main(["import", "--from", "csv", str(tmp_path / "missing.csv"), "--into",
                 str(events)]) == 2  # fmt: skip
    code, _ = run_import(tmp_path, "{", "timelinejs-json")
    assert code == 1
    assert "sheet.json:1: error: not JSON" in capsys.readouterr().err


# --- TimelineJS JSON -----------------------------------------------------------------------


def test_timelinejs_json_as_its_docs_describe_it(tmp_path, capsys):  # type: ignore[no-untyped-def]
    data = {
        "title": {"text": {"headline": "A timeline", "text": "<p>About it</p>"}},
        "eras": [{"start_date": {"year": 1900}, "end_date": {"year": 1950},
                  "text": {"headline": "Early"}}],
        "events": [
            {"start_date": {"year": 1969, "month": 7, "day": 20, "hour": 20, "minute": 17},
             "text": {"headline": "Moon landing", "text": "<p>See <a href='https://nasa.gov/a'>NASA</a></p>"},
             "media": {"url": "https://example.org/moon.jpg", "caption": "The Moon",
                       "credit": "NASA", "alt": "A footprint"},
             "group": "Space", "unique_id": "moon"},
            {"start_date": {"year": "1961", "month": "4", "display_date": "April 1961"},
             "end_date": {"year": "1961", "month": "5"},
             "text": {"headline": "Gagarin"}},
            {"text": {"headline": "No date"}},
            "not a slide",
        ],
    }  # fmt: skip
    code, events = run_import(tmp_path, json.dumps(data), "timelinejs-json", capsys=capsys)
    err = capsys.readouterr().err
    assert code == 1
    assert "sheet.json:3: error: no date: Year is empty" in err
    assert "sheet.json:4: error: the event is not a JSON object" in err
    written = files(events)
    moon = written["space/moon.yml"]
    assert moon["date"] == "20 July 1969, 20:17"
    assert moon["sources"] == [
        {"publisher": "nasa.gov", "title": "NASA", "url": "https://nasa.gov/a"}
    ]
    assert moon["summary"] == "See [NASA](https://nasa.gov/a)"
    assert moon["media"] == {"url": "https://example.org/moon.jpg", "caption": "The Moon",
                             "credit": "NASA", "alt": "A footprint"}  # fmt: skip
    gagarin = written["gagarin-1961-04.yml"]
    assert (gagarin["date"], gagarin["end"]) == ("April 1961", "May 1961")


# --- Round trips -----------------------------------------------------------------------------

STORYLINES = "talks:\n  title: The talks\n  description: Turkey & Israel talk.\n"
ROUND_TRIP = {
    "storylines.yml": STORYLINES,
    "baku.yml": "title: Talks in Baku\ndate: on Wednesday\nstoryline: talks\n"
    "actors: [Turkey, 'A | B', 'back\\\\slash']\ntags: ['no']\nrelated: [hotline]\n"
    "media:\n  url: https://media.example.org/baku/table.jpg?w=800&h=600\n"
    "  caption: 'Delegations <i>at</i> the table & \"aides\" | both'\n"
    "  credit: 'Agency & Co / Jane <Doe>'\n  alt: 'Two delegations, one \"long\" table <&>'\n"
    "summary: |-\n  A *first* paragraph with a [link](https://example.org/a).\n\n  A second.\n"
    + GOOD_SOURCE,
    "hotline.yml": "title: Hotline\ndate: early April 2025\nend: May 2025\nstoryline: talks\n"
    "status: confirmed\nmedia:\n  url: https://www.youtube.com/watch?v=aPweFhhXFvY\n" + GOOD_SOURCE,
    "caesar.yml": "title: Caesar is killed\ndate: 15 March 44 BC\n" + GOOD_SOURCE,
    "turkish.yml": "title: Turkish date\ndate: Çarşamba günü\n"
    "sources:\n  - publisher: AA\n    title: Haber\n    url: https://aa.com.tr/x\n"
    "    published: 2025-04-10\n    language: tr\n    date: Çarşamba günü\n",
    "second.yml": "title: Second source anchors\ndate:\n  text: yesterday\n  source: 2\n"
    "sources:\n  - publisher: A\n    title: One\n    url: https://a.org/1\n    published: 2025-04-01\n"
    "  - publisher: B\n    title: Two\n    url: https://b.org/2\n    published: 2025-04-20\n",
    "anchored.yml": "title: Anchored\ndate:\n  text: last week\n  anchor: 2025-03-01\n"
    + GOOD_SOURCE,
    "strikes.yml": """\
title: Strikes
date: on Wednesday
sources:
  - publisher: SANA
    title: Strikes on Hama
    url: https://sana.sy/en/?p=1
    published: 2025-04-03
    date: on Wednesday
  - publisher: ZeroHedge
    title: Israel strikes Syria
    url: https://www.zerohedge.com/x
    published: 2025-04-03
    date: on Tuesday
    date_error: publication day, not event day
""",
}


def _carried(event, by_csv: bool) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What an event looks like in everything the format carries."""
    value = lambda date: None if date is None else date.value  # noqa: E731
    view: dict[str, object] = {
        "title": event.title,
        "date": value(event.date),
        "end": value(event.end),
        "storyline": event.storyline,
        "sources": [
            (s.publisher, s.title, s.url, s.published, s.date and s.date.text, s.date_error)
            for s in event.sources
        ],
        "disputed": [(c.source.url, c.date.value) for c in event.disputed_dates],
        "judged": [c.source.url for c in event.judged_dates],
        "media": event.media,
    }
    if by_csv:
        view.update(
            id=event.id, date_text=event.date.text, end_text=event.end and event.end.text,
            anchor=event.date.anchor, summary=event.summary, actors=event.actors,
            places=event.places, tags=event.tags, related=event.related, status=event.status,
        )  # fmt: skip
    else:  # the text is HTML made from the Markdown: the same paragraphs and links
        view["summary"] = summary_html(event.summary).replace("\n", " ")
    return view


def _round_trip(tmp_path: Path, original: Path, name: str, kind: str) -> tuple[dict, dict]:  # type: ignore[type-arg]
    chronology = load_chronology(original)
    assert chronology.problems == ()
    exported = tmp_path / f"export-{name}"
    exported.write_bytes(formats()[name].write(chronology, ExportOptions()))
    target = tmp_path / f"into-{name}"
    target.mkdir()
    shutil.copy(original / "storylines.yml", target / "storylines.yml")
    result = import_file(kind, exported, target)
    assert result.errors == []
    again = load_chronology(target)
    assert again.problems == ()
    by_csv = kind == "csv"
    key = (lambda e: e.id) if name != "timelinejs-csv" else (lambda e: e.title)
    before = {key(e): _carried(e, by_csv) for e in chronology.events}
    after = {key(e): _carried(e, by_csv) for e in again.events}
    return before, after


def test_our_csv_round_trips_everything_it_carries(tmp_path, write_events):  # type: ignore[no-untyped-def]
    before, after = _round_trip(tmp_path, write_events(ROUND_TRIP), "csv", "csv")
    assert before == after
    assert after["turkish"]["date_text"] == "Çarşamba günü"
    assert after["second"]["anchor"].name == "B"


def test_our_csv_round_trips_the_flagship(tmp_path):  # type: ignore[no-untyped-def]
    """The real chronology: dates in six languages, disputes, judged claims, explicit anchors.
    What the CSV does not carry, and so does not come back: a source's `quote`, and its
    `language` unless its date claim needs it; `updates`."""
    before, after = _round_trip(tmp_path, ROOT / "events", "csv", "csv")
    assert before == after


@pytest.mark.parametrize("name", ["timelinejs-json", "timelinejs-csv"])
def test_timelinejs_round_trips_as_far_as_it_carries(tmp_path, write_events, name):  # type: ignore[no-untyped-def]
    """TimelineJS carries the headline, the dates (as our display words), the group, and the text
    with its sources and disputes. Not carried, so not compared: ids in the CSV (the JSON's
    unique_id keeps them), the date's own words ("on Wednesday" comes back "2 April 2025"),
    actors, places, tags, related events, status, updates, a source's quote and language, and
    Markdown beyond paragraphs, emphasis and links."""
    before, after = _round_trip(tmp_path, write_events(ROUND_TRIP), name, name)
    assert before == after
    (tmp_path / "flagship").mkdir()
    flagship_before, flagship_after = _round_trip(
        tmp_path / "flagship", ROOT / "events", name, name
    )
    differ = {k for k in flagship_before if flagship_before[k] != flagship_after.get(k)}
    # "Earlier this month" (1-20 May 2025) comes back as the words "1–20 May 2025": the same
    # days, but read as days, not as part of a month.
    assert len(differ) == 1
    (key,) = differ
    assert flagship_before[key]["date"].earliest == flagship_after[key]["date"].earliest
