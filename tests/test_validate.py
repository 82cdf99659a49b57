"""`chronology validate`: every problem in one run, placed at file:line:col, with a fix."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from builder.cli import main
from tests.conftest import GOOD_SOURCE

if TYPE_CHECKING:
    from pathlib import Path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_clean_folder_passes(write_events, capsys, tmp_path: Path) -> None:
    events = write_events({"baku.yml": "title: Talks\ndate: on Wednesday\n" + GOOD_SOURCE})
    code, out, err = run(capsys, "validate", str(events), "--cache", str(tmp_path / "cache"))
    assert (code, out) == (0, "")
    assert "1 event checked: no problems" in err


# file contents -> the problems `validate` must print, in order (path relative to events/)
PROBLEMS = [
    (
        {"a.yml": "title: A\ndate: on Wednesday\nsourcs: []\n" + GOOD_SOURCE},
        ["a.yml:3:1: error: unknown field 'sourcs' in an event (hint: did you mean 'sources'?)"],
    ),
    (
        {"a.yml": "title: A\ndate: Friday 9 April 2025\n" + GOOD_SOURCE},
        ["a.yml:2:7: error: 'Friday 9 April 2025': 9 April 2025 was a Wednesday, not a Friday"],
    ),
    (
        {"a.yml": "title: A\ndate: 07/10/2023\n" + GOOD_SOURCE},
        [
            "a.yml:2:7: error: '07/10/2023' could be 7 October or 10 July 2023 (hint: declare date_order"
        ],
    ),
    (
        {"a.yml": "title: A\ndate: a week after\n" + GOOD_SOURCE},
        ["a.yml:2:7: error: 'a week after' is relative to another event, and names none"],
    ),
    (
        {"a.yml": "title: A\ndate: on Wednesday\n"},
        ["a.yml:1:1: error: an event needs the field 'sources'"],
    ),
    (
        {
            "a.yml": "title: A\ndate: '2025'\nsources:\n  - publisher: X\n    title: T\n    url: javascript:alert(1)\n    published: 2025-02-30\n"
        },
        [
            "a.yml:6:10: error: 'javascript:alert(1)' is not a link a page can show: links must start with https:// or http://",
            "a.yml:7:16: error: '2025-02-30' is not a date: February 2025 has 28 days, not 30",
        ],
    ),
    (
        {"a.yml": "title: [unclosed\n"},
        ["a.yml:2:1: error: this is not valid YAML"],
    ),
    (
        {
            "a.yml": "title: A\ndate: '2025'\n" + GOOD_SOURCE,
            "b/a.yml": "title: B\ndate: '2025'\n" + GOOD_SOURCE,
        },
        [
            "a.yml:1:1: error: the id 'a' (from its file name) is also the id of ",
            "b/a.yml:1:1: error: the id 'a' (from its file name) is also the id of ",
        ],
    ),
    (
        {"Bad Name.yml": "title: A\ndate: '2025'\n" + GOOD_SOURCE},
        ["Bad Name.yml:1:1: error: the file name 'Bad Name' cannot serve as the event's id"],
    ),
    (
        {
            "a.yml": "title: A\ndate: a week after @b\n" + GOOD_SOURCE,
            "b.yml": "title: B\ndate: the day before @a\n" + GOOD_SOURCE,
        },
        [
            "a.yml:2:7: error: 'a week after @b' is part of a cycle: @a → @b → @a",
            "b.yml:2:7: error: 'the day before @a' is part of a cycle: @b → @a → @b",
        ],
    ),
    (
        {"a.yml": "title: A\ndate: a week after @nowhere\n" + GOOD_SOURCE},
        [
            "a.yml:2:7: error: 'a week after @nowhere' names the event @nowhere, and there is no such event"
        ],
    ),
    (
        {
            "a.yml": "title: A\ndate: '2025'\nstoryline: nope\nrelated: [ghost]\nstatus: confirmd\n"
            + GOOD_SOURCE
        },
        [
            "a.yml:3:12: error: the storyline 'nope' is not declared",
            "a.yml:4:11: error: there is no event 'ghost' to relate to",
            "a.yml:5:9: error: 'confirmd' is not a valid status (hint: did you mean 'confirmed'?)",
        ],
    ),
    (
        {"a.yml": "title: A\ndate:\n  text: on Wednesday\n  source: 3\n" + GOOD_SOURCE},
        ["a.yml:3:9: error: there is no source number 3 (the event has 1)"],
    ),
    (
        {"a.yml": "title: A\ntitle: B\ndate: '2025'\n" + GOOD_SOURCE},
        ["a.yml:2:1: error: the field 'title' is given twice (first on line 1)"],
    ),
    (
        {"a.yml": "title: !!python/object/apply:os.system [echo hi]\ndate: '2025'\n" + GOOD_SOURCE},
        [
            "a.yml:1:8: error: the YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"
        ],
    ),
    (
        {"a.yml": "a: &a [x, x]\nb: &b [*a, *a]\ntitle: T\n"},
        [
            "a.yml:1:4: error: YAML anchors and aliases",
            "a.yml:2:4: error: YAML anchors and aliases",
            "a.yml:2:8: error: YAML anchors and aliases",
            "a.yml:2:12: error: YAML anchors and aliases",
        ],
    ),
    (
        {"a.yml": "title: A\ndate: 2 April 2025\nend: 1 April 2025\n" + GOOD_SOURCE},
        ["a.yml:3:6: error: the event ends before it starts"],
    ),
    (
        {"a.yml": "- just\n- a list\n"},
        ["a.yml:1:1: error: an event must be a mapping of fields, not a list"],
    ),
    (
        {"a.yml": ""},
        ["a.yml:1:1: error: the file is empty"],
    ),
    (
        {"a.yml": "title: A\n---\ntitle: B\n"},
        ["a.yml:2:1: error: a second YAML document starts here ('---')"],
    ),
]


@pytest.mark.parametrize(
    ("files", "expected"), PROBLEMS, ids=[e[0].split(": error: ")[1][:40] for _, e in PROBLEMS]
)
def test_problems_are_placed_and_explained(write_events, capsys, files, expected) -> None:
    events = write_events(files)
    code, out, _ = run(capsys, "validate", str(events), "--no-cache")
    lines = [line.split("events/", 1)[1] for line in out.splitlines()]
    assert code == 1
    assert len(lines) == len(expected), out
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), line


def test_all_problems_are_listed_in_one_run(write_events, capsys) -> None:
    files = {f"e{i}.yml": f"title: E{i}\ndate: 30 February 2025\n" + GOOD_SOURCE for i in range(5)}
    events = write_events(files)
    code, out, err = run(capsys, "validate", str(events), "--no-cache")
    assert code == 1
    assert len(out.splitlines()) == 5
    assert "5 problems found" in err


def test_github_and_json_formats(write_events, capsys) -> None:
    events = write_events({"a.yml": "title: A\ndate: 30 February 2025\n" + GOOD_SOURCE})
    code, out, _ = run(capsys, "validate", str(events), "--no-cache", "--format", "github")
    assert code == 1
    assert out.startswith("::error file=")
    assert ",line=2,col=7::" in out
    code, out, _ = run(capsys, "validate", str(events), "--no-cache", "--format", "json")
    [problem] = json.loads(out)
    assert (problem["line"], problem["column"]) == (2, 7)
    assert "February 2025 has 28 days" in problem["message"]


def test_huge_files_are_refused_unread(write_events, capsys) -> None:
    events = write_events({"a.yml": "title: A\nsummary: " + "x" * 300_000 + "\n"})
    code, out, _ = run(capsys, "validate", str(events), "--no-cache")
    assert code == 1
    assert "event files are limited to" in out


def test_a_missing_folder_is_a_problem_not_a_traceback(tmp_path, capsys) -> None:
    code, out, _ = run(capsys, "validate", str(tmp_path / "nowhere"), "--no-cache")
    assert code == 1
    assert "there is no events folder here" in out


def test_disputed_dates_keep_both_claims(write_events, capsys, tmp_path) -> None:
    from builder.pipeline import load_chronology

    events = write_events(
        {
            "a.yml": """\
            title: Statement issued
            date: 3 April 2025
            sources:
              - publisher: TRT World
                title: T
                url: https://trt.global/x
                published: 2025-04-03
                date: on Thursday
              - publisher: APP
                title: U
                url: https://www.urdupoint.com/x
                published: 2025-04-05
                date: on Friday
            """
        }
    )
    chronology = load_chronology(events)
    [event] = chronology.events
    assert event.status == "disputed"
    claims = [(c.source.publisher, c.date.value.earliest.iso()) for c in event.disputed_dates]
    assert claims == [("TRT World", "2025-04-03"), ("APP", "2025-04-04")]


def test_dates_are_read_in_the_anchoring_sources_language(write_events) -> None:
    from builder.pipeline import load_chronology

    events = write_events(
        {
            "a.yml": """\
            title: Talks
            date:
              text: Çarşamba günü
              source: Medyaradar
            sources:
              - publisher: Reuters
                title: T
                url: https://example.org/en
                published: 2025-04-11
              - publisher: Medyaradar
                title: U
                url: https://example.org/tr
                published: 2025-04-10
                language: tr
            """
        }
    )
    [event] = load_chronology(events).events
    assert event.date.value.earliest.iso() == "2025-04-09"
    assert event.date.anchor is not None
    assert event.date.anchor.label == "Medyaradar, published 2025-04-10"


def test_the_cache_gives_the_same_answers_and_notices_edits(write_events, capsys, tmp_path) -> None:
    events = write_events(
        {
            "a.yml": "title: A\ndate: on Wednesday\n" + GOOD_SOURCE,
            "b.yml": "title: B\ndate: 31 February 2025\n" + GOOD_SOURCE,
        }
    )
    cache = str(tmp_path / "cache")
    fresh = run(capsys, "validate", str(events), "--no-cache")
    first = run(capsys, "validate", str(events), "--cache", cache)
    again = run(capsys, "validate", str(events), "--cache", cache)
    assert fresh[:2] == first[:2] == again[:2]
    assert (tmp_path / "cache" / "dates.json").exists()
    assert (tmp_path / "cache" / "files.pickle").exists()
    (events / "b.yml").write_text(
        "title: B\ndate: 28 February 2025\n" + GOOD_SOURCE, encoding="utf-8"
    )
    code, out, _ = run(capsys, "validate", str(events), "--cache", cache)
    assert (code, out) == (0, "")
