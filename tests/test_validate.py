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
    # one group per file since #13: its title, then the annotation
    assert out.startswith("::group::")
    assert out.splitlines()[1].startswith("::error file=")
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
    first = run(capsys, "validate", str(events), "--cache-dir", cache)
    again = run(capsys, "validate", str(events), "--cache-dir", cache)
    assert fresh[:2] == first[:2] == again[:2]
    cached = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert cached == ["dates.json", "problems.json"]
    (events / "b.yml").write_text(
        "title: B\ndate: 28 February 2025\n" + GOOD_SOURCE, encoding="utf-8"
    )
    code, out, _ = run(capsys, "validate", str(events), "--cache-dir", cache)
    assert (code, out) == (0, "")


def source(published: str = "2025-04-10") -> str:
    return GOOD_SOURCE.replace("2025-04-10", published)


# Hostile and odd input: each refused where the fix goes, with the fix (issue #8).
REFUSALS = [
    (
        {"a.yml": "title: no\ndate: on Wednesday\n" + GOOD_SOURCE},
        [
            "a.yml:1:8: error: 'title' must be text, and YAML reads no as a boolean (hint: quote it: title: \"no\")"
        ],
    ),
    (
        {"a.yml": "title: 1.10\ndate: on Wednesday\n" + GOOD_SOURCE},
        ["a.yml:1:8: error: 'title' must be text, and YAML reads 1.10 as a number"],
    ),
    (
        {"a.yml": "title: 2025-04-10\ndate: 2025-04-09\n" + GOOD_SOURCE},
        ["a.yml:1:8: error: 'title' must be text, and YAML reads 2025-04-10 as a date"],
    ),
    (
        {"a.yml": "title: T\ndate: 0\n" + GOOD_SOURCE},
        [
            "a.yml:2:7: error: 'date' must be text, and YAML reads 0 as an integer (hint: quote it: date: \"0\")"
        ],
    ),
    (
        {"a.yml": "title: T\ndate: {}\n" + GOOD_SOURCE},
        ["a.yml:2:7: error: the date needs the field 'text'"],
    ),
    (
        {"a.yml": "title: T\ndate:\n" + GOOD_SOURCE},
        ["a.yml:2:6: error: 'date' is empty"],
    ),
    (
        {"a.yml": "title: T\ndate: [9 April 2025]\n" + GOOD_SOURCE},
        ["a.yml:2:7: error: the date must be a mapping of fields, not a list"],
    ),
    (
        {"a.yml": "title: T\ndate:\n  text: on Wednesday\n  source: yes\n" + GOOD_SOURCE},
        [
            "a.yml:4:11: error: 'source' must be a source's number (1 = the first) or its publisher, not yes"
        ],
    ),
    (
        {"a.yml": "title: T\ndate: on Wednesday\ntags: [yes, '', ~]\n" + GOOD_SOURCE},
        [
            "a.yml:3:8: error: item 1 of 'tags' must be text, and YAML reads yes as a boolean",
            "a.yml:3:13: error: item 2 of 'tags' is empty",
            "a.yml:3:17: error: item 3 of 'tags' is empty",
        ],
    ),
    (
        {"a.yml": 'title: "Talks\\0 \\e[31m"\ndate: on Wednesday\n' + GOOD_SOURCE},
        [
            "a.yml:1:8: error: 'title' cannot be published as written: it holds the control character U+0000"
        ],
    ),
    (
        {"a.yml": 'title: T\ndate: on Wednesday\nactors: ["Tur\\u200bkey"]\n' + GOOD_SOURCE},
        [
            "a.yml:3:10: error: item 1 of 'actors' cannot be published as written: it holds the invisible character U+200B"
        ],
    ),
    (
        {"a.yml": f"title: {'x' * 201}\ndate: on Wednesday\n" + GOOD_SOURCE},
        ["a.yml:1:8: error: 'title' is 201 characters long; the limit is 200"],
    ),
    (
        {"a.yml": f"id: {'a' * 400}\ntitle: T\ndate: on Wednesday\n" + GOOD_SOURCE},
        ["a.yml:1:5: error: 'id' is 400 characters long; the limit is 100"],
    ),
    (
        {"a.yml": "title: T\ndate: on Wednesday\n" + source("2999-01-01")},
        ["a.yml:7:16: error: '2999-01-01' is outside the years this field accepts (1–2200)"],
    ),
    (
        {"a.yml": "title: T\ndate: 3000\n".replace("3000", "'3000'") + source("2025-04-10")},
        ["a.yml:2:7: error: the date reaches outside the years an event may have"],
    ),
    (
        {"a.yml": "title: T\ndate: next Wednesday\n" + GOOD_SOURCE},
        [
            "a.yml:2:7: error: the event is dated 16 April 2025, after every one of its sources (the latest was published 10 April 2025)"
        ],
    ),
    (
        {
            "a.yml": "id: talks\ntitle: A\ndate: on Wednesday\n" + GOOD_SOURCE,
            "b.yml": "title: B\nid: talks\ndate: on Wednesday\n" + GOOD_SOURCE,
        },
        [
            "a.yml:1:5: error: the id 'talks' (from its `id:`) is also the id of ",
            "b.yml:2:5: error: the id 'talks' (from its `id:`) is also the id of ",
        ],
    ),
    (
        {
            "a.yml": "title: A\ndate: on Wednesday\nactors: [Türkiye]\n" + GOOD_SOURCE,
            "b.yml": "title: B\ndate: on Wednesday\nactors: [Israel, turkiye]\n" + GOOD_SOURCE,
        },
        ["b.yml:3:18: error: 'turkiye' is spelled 'Türkiye' in "],
    ),
    (
        {
            "a.yml": "title: T\ndate: on Wednesday\nsummary: "
            + "[" * 20
            + "]" * 20
            + "\n"
            + GOOD_SOURCE
        },
        ["a.yml:3:26: error: values are nested more than 16 levels deep here, the limit"],
    ),
    (
        {"a.yml": "{" + ", ".join(f"k{i}: 1" for i in range(6000)) + "}\n"},
        ["a.yml:1:", "the file holds more than 5,000 values, the limit for an event file"],
    ),
    (
        {
            "a.yml": "title: T\ndate: on Wednesday\nsources:\n"
            + "\n".join([GOOD_SOURCE.split("\n", 1)[1]] * 51)
        },
        ["a.yml:4:3: error: 'sources' has 51 items; the limit is 50"],
    ),
]


@pytest.mark.parametrize(("files", "expected"), REFUSALS, ids=[e[0][:60] for _, e in REFUSALS])
def test_hostile_and_odd_input_is_refused_where_the_fix_goes(
    write_events, capsys, files, expected
) -> None:
    events = write_events(files)
    code, out, _ = run(capsys, "validate", str(events), "--no-cache")
    lines = [line.split("events/", 1)[1] for line in out.splitlines()]
    assert code == 1
    if len(expected) == 2 and expected[0].endswith(":"):  # place and words, column free
        assert len(lines) == 1, out
        assert lines[0].startswith(expected[0]), out
        assert expected[1] in lines[0], out
        return
    assert len(lines) == len(expected), out
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), line


def test_an_event_announced_ahead_may_be_dated_after_its_sources(write_events, capsys) -> None:
    events = write_events(
        {"a.yml": "title: T\ndate: next Wednesday\nstatus: scheduled\n" + GOOD_SOURCE}
    )
    code, out, _ = run(capsys, "validate", str(events), "--no-cache")
    assert (code, out) == (0, "")


def test_only_regular_files_inside_the_folder_are_read(write_events, capsys, tmp_path) -> None:
    import os

    events = write_events({"good.yml": "title: T\ndate: on Wednesday\n" + GOOD_SOURCE})
    secret = tmp_path / "secret.txt"
    secret.write_text("title: SECRET-CONTENT\n", encoding="utf-8")
    (events / "out.yml").symlink_to(secret)
    (events / "zero.yml").symlink_to("/dev/zero")
    (events / "again.yml").symlink_to("good.yml")
    (events / "nowhere.yml").symlink_to("missing.yml")
    (events / "loop").symlink_to(".")
    os.mkfifo(events / "pipe.yml")
    code, out, _ = run(capsys, "validate", str(events), "--no-cache")
    lines = sorted(line.split("events/", 1)[1] for line in out.splitlines())
    assert code == 1
    assert "SECRET" not in out
    assert [line.split(": error: ")[0] for line in lines] == [
        "loop:1:1", "nowhere.yml:1:1", "out.yml:1:1", "pipe.yml:1:1", "zero.yml:1:1",
    ]  # fmt: skip
    assert "second way to the folder" in lines[0]
    assert "outside the events folder" in lines[2]
    assert "named pipe" in lines[3]
    assert "outside the events folder" in lines[4]
    # the link that stays inside is followed: its event is read under the link's name
    from builder.pipeline import load_chronology

    assert sorted(event.id for event in load_chronology(events).events) == ["again", "good"]


def test_github_annotations_escape_the_file_name(write_events, capsys) -> None:
    events = write_events({"a,b:c.yml": "title: no\ndate: on Wednesday\n" + GOOD_SOURCE})
    code, out, _ = run(capsys, "validate", str(events), "--no-cache", "--format", "github")
    assert code == 1
    assert "a%2Cb%3Ac.yml,line=1,col=8::" in out


def test_past_the_file_limit_one_problem_names_it(write_events, monkeypatch) -> None:
    from builder import files
    from builder.pipeline import load_chronology

    monkeypatch.setattr(files, "MAX_EVENT_FILES", 3)  # 200,000 real files would take minutes
    events = write_events(
        {f"e{i}.yml": "title: T\ndate: on Wednesday\n" + GOOD_SOURCE for i in range(5)}
    )
    chronology = load_chronology(events, relative_to=events.parent)
    assert [str(p) for p in chronology.problems] == [
        "events:1:1: error: the events folder holds 5 event files; the limit is 3, so those "
        "from events/e3.yml on are not read (hint: split the chronology into several)"
    ]
    assert len(chronology.events) == 3
