"""`chronology validate` in CI: GitHub annotations within GitHub's caps, GitLab Code Quality."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest

from builder.annotations import GITHUB_ERROR_ANNOTATIONS, gitlab_report, write_github
from builder.cli import main
from builder.model import Problem
from tests.conftest import GOOD_SOURCE

if TYPE_CHECKING:
    from pathlib import Path

BAD_DATE = "title: E\ndate: 30 February 2025\n" + GOOD_SOURCE
# 20 unknown fields: 20 problems in one file, which sorts first.
MANY = "title: M\ndate: '2025'\n" + "".join(f"extra{i}: x\n" for i in range(20)) + GOOD_SOURCE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sixty(write_events) -> Path:  # type: ignore[no-untyped-def]
    """60 problems: 20 in a-many.yml, then one bad date in each of 40 more files."""
    return write_events({"a-many.yml": MANY} | {f"e{i:02}.yml": BAD_DATE for i in range(40)})


@dataclass
class Group:
    title: str
    annotations: list[str] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)


def parse_github(out: str) -> tuple[list[Group], list[str]]:
    """The groups of a `--format github` log, and the lines outside any group.

    Strict: a group holds its annotations, then its plain lines inside one stop-commands
    stretch, then ::endgroup::; anything else fails the test.
    """
    groups: list[Group] = []
    outside: list[str] = []
    lines = iter(out.splitlines())
    for line in lines:
        if not line.startswith("::group::"):
            outside.append(line)
            continue
        group = Group(line.removeprefix("::group::"))
        groups.append(group)
        line = next(lines)
        while line.startswith("::error "):
            group.annotations.append(line)
            line = next(lines)
        stop = re.fullmatch(r"::stop-commands::([0-9a-f]{32})", line)
        assert stop, line
        for line in lines:
            if line == f"::{stop[1]}::":
                break
            group.plain.append(line)
        assert next(lines) == "::endgroup::"
    return groups, outside


def test_sixty_problems_give_ten_error_annotations_and_every_plain_line(
    sixty: Path, capsys
) -> None:
    code, out, err = run(capsys, "validate", str(sixty), "--no-cache", "--format", "github")
    assert code == 1
    assert "60 problems found" in err
    groups, outside = parse_github(out)

    # Every problem, as the text format prints it, in the log: grouped per file, in order.
    _, text, _ = run(capsys, "validate", str(sixty), "--no-cache", "--format", "text")
    assert len(text.splitlines()) == 60
    assert [line for g in groups for line in g.plain] == text.splitlines()
    assert len(groups) == 41
    assert groups[0].title.endswith("events/a-many.yml: 20 problems")
    assert groups[1].title.endswith("events/e00.yml: 1 problem")
    for group in groups:
        path = group.title.rsplit(": ", 1)[0]
        assert all(line.startswith(f"{path}:") for line in group.plain)

    # Ten error annotations in all: nine problems and the summary, which GitHub must not drop.
    assert out.count("::error ") == GITHUB_ERROR_ANNOTATIONS
    assert outside == [
        "::error title=chronology validate::51 more problems; see the log "
        "(GitHub shows 10 error annotations per step)"
    ]
    # The first problem of each file first: a-many.yml's twenty do not take the nine.
    annotated = [(g.title, a) for g in groups for a in g.annotations]
    assert len(annotated) == 9
    assert [title.rsplit("/", 1)[1] for title, _ in annotated] == [
        "a-many.yml: 20 problems",
        *(f"e{i:02}.yml: 1 problem" for i in range(8)),
    ]
    assert (
        ",line=3,col=1::unknown field 'extra0' in an event (hint: known fields:" in annotated[0][1]
    )
    assert all(
        ",line=2,col=7::" in a and "February 2025 has 28 days" in a for _, a in annotated[1:]
    )


def problems(count: int, files: int = 1) -> list[Problem]:
    return [Problem(f"events/f{i % files}.yml", i + 1, 1, f"problem {i}") for i in range(count)]


@pytest.mark.parametrize(
    ("count", "annotations", "summary"),
    [(0, 0, None), (1, 1, None), (10, 10, None), (11, 9, "2 more problems"), (60, 9, "51 more")],
)
def test_the_cap_at_its_edges(count: int, annotations: int, summary: str | None) -> None:
    import io

    out = io.StringIO()
    write_github(problems(count, files=3), out)
    groups, outside = parse_github(out.getvalue())
    assert sum(len(g.annotations) for g in groups) == annotations
    assert sum(len(g.plain) for g in groups) == count
    assert out.getvalue().count("::error ") <= GITHUB_ERROR_ANNOTATIONS
    if summary is None:
        assert outside == []
    else:
        [line] = outside
        assert line.startswith(f"::error title=chronology validate::{summary}")


def test_annotations_escape_the_message_and_the_file_name() -> None:
    import io

    out = io.StringIO()
    write_github([Problem("events/a,b:c%.yml", 2, 7, "50% off\r\nsecond line", "a:b,c")], out)
    [group], _ = parse_github(out.getvalue())
    assert group.title == "events/a,b:c%25.yml: 1 problem"
    assert group.annotations == [
        "::error file=events/a%2Cb%3Ac%25.yml,line=2,col=7::50%25 off%0D%0Asecond line (hint: a:b,c)"
    ]


def test_a_file_name_that_reads_as_a_command_is_only_shown(write_events, capsys, monkeypatch):  # type: ignore[no-untyped-def]
    # Run inside the events folder, the plain line starts with the file's own name; a pull
    # request could name a file so. Between stop-commands and its token the runner only shows it.
    events = write_events({"::warning::forged.yml": BAD_DATE})
    monkeypatch.chdir(events)
    code, out, _ = run(capsys, "validate", ".", "--no-cache", "--format", "github")
    assert code == 1
    [group], _ = parse_github(out)
    assert group.plain[0].startswith("::warning::forged.yml:1:1: error: ")
    assert group.annotations[0].startswith("::error file=%3A%3Awarning%3A%3Aforged.yml,line=1")
    # The stop token is random in every run, so no file can hold the line that ends the stop.
    _, again, _ = run(capsys, "validate", ".", "--no-cache", "--format", "github")
    tokens = [re.search(r"::stop-commands::(\w+)", o)[1] for o in (out, again)]  # type: ignore[index]
    assert tokens[0] != tokens[1]


@pytest.mark.parametrize(
    ("environment", "given", "expected"),
    [
        ("true", None, "github"),
        ("true", "text", "text"),
        ("true", "gitlab", "gitlab"),
        (None, None, "text"),
        ("false", None, "text"),
    ],
)
def test_github_is_the_default_inside_github_actions(
    environment: str | None, given: str | None, expected: str, write_events, capsys, monkeypatch
) -> None:
    if environment is None:
        monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    else:
        monkeypatch.setenv("GITHUB_ACTIONS", environment)
    events = write_events({"a.yml": BAD_DATE})
    code, out, _ = run(
        capsys, "validate", str(events), "--no-cache", *(["--format", given] if given else [])
    )
    assert code == 1
    if expected == "github":
        assert out.startswith("::group::")
    elif expected == "gitlab":
        assert json.loads(out)[0]["severity"] == "major"
    else:
        assert re.fullmatch(r"\S+/a\.yml:2:7: error: [^\n]+\n", out)


# GitLab's parser (app/validators/json_schemas/codeclimate.json) drops a finding without a
# string description, fingerprint and severity, or with a location not of this shape;
# check-jsonschema vendors no schema for the report, so the documented keys are checked here.
SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def test_gitlab_code_quality_report(sixty: Path, capsys) -> None:
    code, out, _ = run(capsys, "validate", str(sixty), "--no-cache", "--format", "gitlab")
    assert code == 1
    assert out.isascii()  # no byte order mark, and no console encoding can break it
    findings = json.loads(out)
    assert isinstance(findings, list)
    assert len(findings) == 60
    _, text, _ = run(capsys, "validate", str(sixty), "--no-cache", "--format", "json")
    for finding, problem in zip(findings, json.loads(text), strict=True):
        assert set(finding) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert finding["location"] == {"path": problem["path"], "lines": {"begin": problem["line"]}}
        assert finding["description"].startswith(problem["message"])
        assert finding["check_name"] == "chronology-validate"
        assert finding["severity"] == "major"
        assert re.fullmatch(r"[0-9a-f]{64}", finding["fingerprint"])
    # GitLab keeps one finding per fingerprint, so they must differ.
    assert len({f["fingerprint"] for f in findings}) == 60


def test_gitlab_fingerprints_are_stable_across_runs(sixty: Path, capsys, tmp_path: Path) -> None:
    _, first, _ = run(capsys, "validate", str(sixty), "--no-cache", "--format", "gitlab")
    cache = str(tmp_path / "cache")
    _, second, _ = run(capsys, "validate", str(sixty), "--cache-dir", cache, "--format", "gitlab")
    _, third, _ = run(capsys, "validate", str(sixty), "--cache-dir", cache, "--format", "gitlab")
    assert first == second == third
    # and they follow the problem: a changed message or line is another finding
    [a, b, c] = gitlab_report(
        [Problem("a.yml", 2, 7, "x"), Problem("a.yml", 3, 7, "x"), Problem("a.yml", 2, 7, "y")]
    )
    assert len({a["fingerprint"], b["fingerprint"], c["fingerprint"]}) == 3
    assert a == gitlab_report([Problem("a.yml", 2, 7, "x")])[0]


def test_gitlab_keeps_exact_repeats_apart() -> None:
    twice = [Problem("a.yml", 2, 7, "x"), Problem("a.yml", 2, 7, "x")]
    first, second = gitlab_report(twice)
    assert first["fingerprint"] != second["fingerprint"]
    assert gitlab_report(twice) == [first, second]


def test_no_problems(write_events, capsys) -> None:
    events = write_events({"a.yml": "title: A\ndate: on Wednesday\n" + GOOD_SOURCE})
    assert run(capsys, "validate", str(events), "--no-cache", "--format", "gitlab")[:2] == (
        0,
        "[]\n",
    )
    code, out, err = run(capsys, "validate", str(events), "--no-cache", "--format", "github")
    assert (code, out) == (0, "")
    assert "1 event checked: no problems" in err


def test_the_formats_are_documented_as_they_are() -> None:
    from pathlib import Path

    from builder.annotations import FORMATS, GITLAB_CHECK_NAME, GITLAB_SEVERITY

    page = (Path(__file__).parent.parent / "docs" / "contributing.md").read_text(encoding="utf-8")
    docs = page.split("### Output formats\n", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^\| `(\w+)` \|", docs, flags=re.MULTILINE) == list(FORMATS)
    assert f"at most {GITHUB_ERROR_ANNOTATIONS}\nerror annotations are made" in docs
    assert f"(`{GITLAB_CHECK_NAME}`), `severity` (`{GITLAB_SEVERITY}`" in docs
