"""`chronology export` as json, csv, timelinejs-json and timelinejs-csv."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from builder.cli import main
from builder.exports import ExportOptions, formats
from builder.exports.data import UnknownStoryline, export_schema, schema_version
from builder.exports.tables import COLUMNS, join_list, split_list
from builder.exports.timelinejs import HEADERS
from builder.pipeline import load_chronology
from tests.conftest import GOOD_SOURCE

ROOT = Path(__file__).parent.parent
FORMATS = ("json", "csv", "timelinejs-json", "timelinejs-csv")

STORYLINES = """\
talks:
  title: The <talks>
  description: Turkey & Israel talk.
other:
  title: Other
  description: Something else.
"""

EVENTS = {
    "storylines.yml": STORYLINES,
    "baku.yml": "title: Talks in Baku\ndate: on Wednesday\nstoryline: talks\n"
    "actors: [Turkey, 'A | B', 'back\\slash']\n" + GOOD_SOURCE,
    "hotline.yml": "title: Hotline\ndate: early April 2025\nstoryline: talks\n" + GOOD_SOURCE,
    "month.yml": "title: Month only\ndate: April 2025\nstoryline: other\n" + GOOD_SOURCE,
    "script.yml": "title: <script>alert(1)</script> & co\ndate: 2025-04-01\n"
    "summary: 'A <b>bold</b> [link](javascript:alert(1)) claim'\n" + GOOD_SOURCE,
    "caesar.yml": "title: Caesar is killed\ndate: 15 March 44 BC\n" + GOOD_SOURCE,
}

DISPUTED = """\
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
"""


@pytest.fixture
def chronology(write_events):  # type: ignore[no-untyped-def]
    events = write_events({**EVENTS, "strikes.yml": DISPUTED})
    loaded = load_chronology(events)
    assert loaded.problems == ()
    return loaded


def export(chronology, name: str, **options: str) -> bytes:  # type: ignore[no-untyped-def]
    return formats()[name].write(chronology, ExportOptions(**options))  # type: ignore[arg-type]


def by_id(data: dict) -> dict:  # type: ignore[type-arg]
    return {event["id"]: event for event in data["events"]}


# --- json -----------------------------------------------------------------------------------


def test_json_validates_against_its_published_schema(chronology) -> None:
    data = json.loads(export(chronology, "json", site_url="https://example.org/c"))
    jsonschema.Draft202012Validator.check_schema(export_schema())
    jsonschema.validate(data, export_schema(), cls=jsonschema.Draft202012Validator)
    assert data["version"] == schema_version() == "1.0"
    assert data["site"] == {"name": "Chronology", "url": "https://example.org/c"}
    assert [e["id"] for e in data["events"]] == [e.id for e in chronology.events]


def test_json_carries_dates_evidence_sources_and_disputes(chronology) -> None:
    events = by_id(json.loads(export(chronology, "json", site_url="https://example.org")))
    baku = events["baku"]
    assert baku["url"] == "https://example.org/events/baku/"
    assert baku["date"]["earliest"] == baku["date"]["latest"] == "2025-04-09"
    assert baku["date"]["precision"] == "day"
    assert baku["date"]["anchor"]["origin"] == "source"
    assert baku["date"]["evidence"].startswith("‘on Wednesday’, Malay Mail (Reuters)")
    assert baku["actors"] == ["Turkey", "A | B", "back\\slash"]
    assert baku["storyline"] == "talks"
    hotline = events["hotline"]
    assert hotline["display_date"] == "early April 2025 (approx.)"
    assert hotline["date"]["approximate"] is True
    assert hotline["date"]["part"] == "early"
    strikes = events["strikes"]
    assert strikes["disputed"] is True
    claims = [s["date_claim"]["edtf"] for s in strikes["sources"]]
    assert claims == ["2025-04-02", "2025-04-01"]
    assert strikes["disputed_dates"] == [
        {"source": 0, "publisher": "SANA"},
        {"source": 1, "publisher": "ZeroHedge"},
    ]
    caesar = events["caesar"]
    assert caesar["date"]["earliest"] == "-0043-03-15"
    assert caesar["display_date"] == "15 March 44 BC"


@pytest.mark.parametrize(
    ("directory_urls", "event_page", "storyline_page"),
    [
        (True, "events/baku/", "storylines/talks/"),
        (False, "events/baku.html", "storylines/talks.html"),
    ],
)
def test_links_name_pages_as_the_site_does(
    chronology, directory_urls: bool, event_page: str, storyline_page: str
) -> None:
    """A site built with use_directory_urls: false names its pages x.html (MkDocs), and the
    exports' links follow it (the plugin passes the setting; the CLI has --no-directory-urls)."""
    options = ExportOptions(site_url="https://example.org/", directory_urls=directory_urls)
    data = json.loads(formats()["json"].write(chronology, options))
    assert by_id(data)["baku"]["url"] == f"https://example.org/{event_page}"
    feed = json.loads(formats()["jsonfeed"].write(chronology, replace(options, storyline="talks")))
    assert feed["home_page_url"] == f"https://example.org/{storyline_page}"


def test_json_judged_claims_keep_the_editors_reason(write_events) -> None:
    judged = DISPUTED.replace(
        "    date: on Tuesday\n", "    date: on Tuesday\n    date_error: contradicted by SANA\n"
    )
    chronology = load_chronology(write_events({"strikes.yml": judged}))
    assert chronology.problems == ()
    [event] = json.loads(export(chronology, "json"))["events"]
    assert event["disputed_dates"] == []
    assert event["judged_dates"] == [{"source": 1, "publisher": "ZeroHedge"}]
    assert event["sources"][1]["date_error"] == "contradicted by SANA"


def test_a_storyline_alone(chronology) -> None:
    data = json.loads(export(chronology, "json", storyline="talks"))
    assert [e["id"] for e in data["events"]] == ["hotline", "baku"]
    assert [s["id"] for s in data["storylines"]] == ["talks"]
    with pytest.raises(UnknownStoryline, match=r"'nope' .*known: other, talks"):
        export(chronology, "json", storyline="nope")


# --- csv ------------------------------------------------------------------------------------


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_reads_back_as_the_json_export(chronology) -> None:
    data = export(chronology, "csv", site_url="https://example.org")
    assert b"\r\n" in data
    rows = read_csv(data)
    assert list(rows[0]) == list(COLUMNS)
    events = json.loads(export(chronology, "json", site_url="https://example.org"))["events"]
    assert [row["id"] for row in rows] == [event["id"] for event in events]
    for row, event in zip(rows, events, strict=True):
        date = event["date"]
        assert row["url"] == event["url"]
        assert row["title"] == event["title"]
        assert row["summary"] == event["summary"]
        assert row["display_date"] == event["display_date"]
        assert row["evidence"] == date["evidence"]
        for key in ("earliest", "latest", "precision", "edtf"):
            assert row[key] == date[key]
        assert row["date_text"] == date["text"]
        assert row["part"] == (date["part"] or "")
        assert row["approximate"] == str(date["approximate"]).lower()
        assert row["disputed"] == str(event["disputed"]).lower()
        assert row["storyline"] == (event["storyline"] or "")
        for key in ("actors", "places", "tags", "related"):
            assert split_list(row[key]) == event[key]
        sources = event["sources"]
        count = len(sources)
        assert split_list(row["source_urls"]) == [s["url"] for s in sources]
        assert split_list(row["source_publishers"], count) == [s["publisher"] for s in sources]
        assert split_list(row["source_published"], count) == [s["published"] for s in sources]
        claims = [s["date_claim"]["text"] if s["date_claim"] else "" for s in sources]
        assert split_list(row["source_date_texts"], count) == claims
        disputed = [sources[d["source"]]["url"] for d in event["disputed_dates"]]
        assert split_list(row["disputed_by"]) == disputed


@pytest.mark.parametrize(
    "items",
    [[], ["a"], ["a", "b"], ["A | B", "x|y", "back\\slash", "\\|"], ["", "a"], ["a", ""],
     ["", ""], [" lead", "trail ", " | "], ["ends\\"]],
)  # fmt: skip
def test_list_cells_round_trip(items: list[str]) -> None:
    assert split_list(join_list(items)) == items


def test_list_cells_of_one_empty_item_need_the_count() -> None:
    assert split_list(join_list([""]), count=1) == [""]


def test_csv_quotes_per_rfc_4180(chronology) -> None:
    rows = read_csv(export(chronology, "csv"))
    [script] = [row for row in rows if row["id"] == "script"]
    assert script["title"] == "<script>alert(1)</script> & co"  # data, not HTML: kept as is
    text = export(chronology, "csv").decode("utf-8-sig")
    assert '"Turkey | A \\| B | back\\\\slash"' not in text  # no comma: no quotes needed
    assert "Turkey | A \\| B | back\\\\slash" in text


# --- TimelineJS -----------------------------------------------------------------------------


def slides_of(chronology) -> dict:  # type: ignore[no-untyped-def, type-arg]
    return {s["unique_id"]: s for s in json.loads(export(chronology, "timelinejs-json"))["events"]}


def test_timelinejs_json_structure(chronology) -> None:
    data = json.loads(export(chronology, "timelinejs-json", site_name="Baku & <co>"))
    assert data["title"]["text"]["headline"] == "Baku &amp; &lt;co&gt;"
    slides = {slide["unique_id"]: slide for slide in data["events"]}
    assert len(slides) == len(chronology.events)
    baku = slides["baku"]
    assert baku["start_date"] == {"year": "2025", "month": "4", "day": "9",
                                  "display_date": "9 April 2025"}  # fmt: skip
    assert "end_date" not in baku
    assert baku["text"]["headline"] == "Talks in Baku"
    assert baku["group"] == "The &lt;talks&gt;"
    assert "Malay Mail (Reuters)" in baku["text"]["text"]
    assert '<a href="https://www.malaymail.com/' in baku["text"]["text"]
    assert "group" not in slides["caesar"]


def test_timelinejs_month_precision_leaves_the_day_out(chronology) -> None:
    slides = slides_of(chronology)
    assert slides["month"]["start_date"] == {"year": "2025", "month": "4",
                                             "display_date": "April 2025"}  # fmt: skip
    hotline = slides["hotline"]
    assert "day" not in hotline["start_date"]
    assert hotline["display_date"] == "early April 2025 (approx.)"
    assert hotline["start_date"]["display_date"] == "early April 2025 (approx.)"


def test_timelinejs_bce_years_are_negative(chronology) -> None:
    slides = slides_of(chronology)
    caesar = slides["caesar"]
    assert caesar["start_date"]["year"] == "-44"  # shown by TimelineJS as 44 BCE
    assert caesar["display_date"] == "15 March 44 BC"
    [row] = [r for r in csv.reader(io.StringIO(export(chronology, "timelinejs-csv").decode()))
             if r[9] == "Caesar is killed"]  # fmt: skip
    assert row[:3] == ["-44", "3", "15"]


def test_timelinejs_a_range_gets_an_end_date(write_events) -> None:
    chronology = load_chronology(
        write_events({"x.yml": "title: X\ndate: 2–4 April 2025\n" + GOOD_SOURCE})
    )
    [slide] = json.loads(export(chronology, "timelinejs-json"))["events"]
    assert slide["start_date"]["day"] == "2"
    assert slide["end_date"]["day"] == "4"
    assert slide["display_date"] == "2–4 April 2025"


def test_timelinejs_escapes_everything_from_the_data(chronology) -> None:
    for name in ("timelinejs-json", "timelinejs-csv"):
        text = export(chronology, name).decode()
        assert "<script>" not in text
        assert "javascript:" not in text
        assert "<b>" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in text
        assert "&lt;b&gt;bold&lt;/b&gt;" in text


def test_timelinejs_disputes_go_into_the_text(chronology) -> None:
    slides = slides_of(chronology)
    text = slides["strikes"]["text"]["text"]
    assert (
        "<strong>Disputed</strong>: SANA: ‘on Wednesday’ (2 April 2025); "
        "ZeroHedge: ‘on Tuesday’ (1 April 2025).</p>"
    ) in text


def test_timelinejs_csv_has_the_template_headers(chronology) -> None:
    data = export(chronology, "timelinejs-csv")
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert tuple(rows[0]) == HEADERS == (
        "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
        "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
        "Media Thumbnail", "Alt Text", "Type", "Group", "Background",
    )  # fmt: skip
    assert rows[1][16] == "title"
    assert len(rows) == 2 + len(chronology.events)
    assert all(len(row) == len(HEADERS) for row in rows)
    month = next(row for row in rows if row[9] == "Month only")
    assert month[:4] == ["2025", "4", "", ""]
    assert month[17] == "Other"


# --- determinism and the command ------------------------------------------------------------


@pytest.mark.parametrize("name", FORMATS)
def test_the_same_bytes_every_run(chronology, name: str) -> None:
    assert export(chronology, name) == export(chronology, name)


def test_the_same_bytes_in_another_time_zone(tmp_path, write_events) -> None:
    events = write_events({**EVENTS, "strikes.yml": DISPUTED})
    outputs = []
    for zone in ("UTC", "Pacific/Kiritimati", "America/St_Johns"):
        for name in FORMATS:
            out = tmp_path / f"{zone.replace('/', '-')}.{name}"
            env = {**os.environ, "TZ": zone, "LC_ALL": "C"}
            subprocess.run(
                [sys.executable, "-m", "builder.cli", "export", str(events), "--no-cache",
                 "--format", name, "-o", str(out)],
                check=True, env=env, cwd=ROOT,
            )  # fmt: skip
        outputs.append([(tmp_path / f"{zone.replace('/', '-')}.{n}").read_bytes() for n in FORMATS])
    assert outputs[0] == outputs[1] == outputs[2]


def test_export_command_writes_the_file_named(tmp_path, chronology, write_events) -> None:
    events = tmp_path / "events"
    out = tmp_path / "out" / "data.json"
    out.parent.mkdir()
    assert main(["export", str(events), "--no-cache", "--format", "json", "-o", str(out)]) == 0
    assert sorted(p.name for p in out.parent.iterdir()) == ["data.json"]
    assert out.read_bytes() == export(chronology, "json")


def test_export_command_to_stdout(tmp_path, chronology, capsysbinary) -> None:
    events = tmp_path / "events"
    assert main(["export", str(events), "--no-cache", "--format", "csv"]) == 0
    assert capsysbinary.readouterr().out == export(chronology, "csv")


def test_export_command_refuses_event_problems(write_events, capsys, tmp_path) -> None:
    events = write_events({"bad.yml": "title: No date\n" + GOOD_SOURCE})
    out = tmp_path / "out.json"
    assert main(["export", str(events), "--no-cache", "--format", "json", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "bad.yml:1:1: error:" in err
    assert "nothing was written" in err
    assert not out.exists()


def test_export_command_unknown_storyline(chronology, tmp_path, capsys) -> None:
    events = tmp_path / "events"
    code = main(["export", str(events), "--no-cache", "--format", "json", "--storyline", "x"])
    assert code == 2
    assert "there is no storyline 'x' (known: other, talks)" in capsys.readouterr().err


def test_schema_is_in_the_package_data() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"exports/export.schema.json"' in text


def test_the_csv_columns_are_documented() -> None:
    text = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    documented = [line.split("`")[1] for line in text.splitlines() if line.startswith("| `")]
    assert documented == list(COLUMNS)
