"""How `chronology validate` reports its problems: text, JSON, GitHub annotations, GitLab.

Every format lists every problem. The GitHub format annotates at most ten of them (GitHub
shows no more error annotations per step) and says how many more the log holds.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections import Counter
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import TextIO

    from builder.model import Problem

FORMATS = ("text", "github", "gitlab", "json")

# GitHub Actions shows at most 10 error annotations per step (and 50 per job, all steps
# together); any past that are dropped without a word. The summary is one of the ten, so
# it is never the one dropped.
GITHUB_ERROR_ANNOTATIONS = 10
GITLAB_CHECK_NAME = "chronology-validate"
GITLAB_SEVERITY = "major"  # every problem is an error; GitLab's scale is info..blocker


def default_format(environ: Mapping[str, str]) -> str:
    """`github` inside GitHub Actions (which sets GITHUB_ACTIONS=true), `text` elsewhere."""
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"


def report(
    problems: Sequence[Problem],
    events: int,
    format: str,
    out: TextIO,
    err: TextIO,
) -> None:
    """Write `problems` to `out` in `format`, and the count to `err` for people reading a log."""
    if format == "json":
        _write_json([problem_json(p) for p in problems], out, ascii_only=False)
        return  # unchanged since 0.1: the JSON list alone
    if format == "gitlab":
        # ASCII: the report is redirected to a file, and a console encoding must not break it.
        _write_json(gitlab_report(problems), out, ascii_only=True)
    elif format == "github":
        write_github(problems, out)
    else:
        for problem in problems:
            print(problem, file=out)
    if problems:
        print(f"{len(problems)} problem{'s' * (len(problems) != 1)} found", file=err)
    else:
        print(f"{events} event{'s' * (events != 1)} checked: no problems", file=err)


def problem_json(problem: Problem) -> dict[str, object]:
    return {
        "path": problem.path,
        "line": problem.line,
        "column": problem.column,
        "message": problem.message,
        "hint": problem.hint,
    }


def _write_json(data: object, out: TextIO, *, ascii_only: bool) -> None:
    out.write(json.dumps(data, ensure_ascii=ascii_only, indent=2) + "\n")


# --- GitHub Actions -----------------------------------------------------------------------


def write_github(problems: Sequence[Problem], out: TextIO, stop_token: str | None = None) -> None:
    """One collapsed group per file: its annotations, then every problem as a plain line.

    The plain lines quote the event files, which a pull request controls, so they are printed
    between `::stop-commands::` and its token: a line there that reads like a workflow command
    is shown, never run. The token is random, as GitHub asks, so no file can end the stop.
    """
    token = stop_token or secrets.token_hex(16)
    annotated = _to_annotate(problems, GITHUB_ERROR_ANNOTATIONS)
    for path, indices in _by_file(problems).items():
        count = len(indices)
        print(f"::group::{_data(path)}: {count} problem{'s' * (count != 1)}", file=out)
        for i in indices:
            if i in annotated:
                print(_annotation(problems[i]), file=out)
        print(f"::stop-commands::{token}", file=out)
        for i in indices:
            print(problems[i], file=out)
        print(f"::{token}::", file=out)
        print("::endgroup::", file=out)
    more = len(problems) - len(annotated)
    if more:
        print(
            f"::error title=chronology validate::{more} more problem{'s' * (more != 1)}; "
            f"see the log (GitHub shows {GITHUB_ERROR_ANNOTATIONS} error annotations per step)",
            file=out,
        )


def _to_annotate(problems: Sequence[Problem], cap: int) -> set[int]:
    """Which problems get an annotation: all when they fit, else cap - 1 and the summary.

    Taken a round at a time, the first problem of every file, then the second, and so on, so
    that ten problems in one file do not hide a problem in another.
    """
    if len(problems) <= cap:
        return set(range(len(problems)))
    files = list(_by_file(problems).values())
    rounds = max(len(indices) for indices in files)
    order = (indices[r] for r in range(rounds) for indices in files if r < len(indices))
    return set(islice(order, cap - 1))


def _by_file(problems: Sequence[Problem]) -> dict[str, list[int]]:
    """Each file's problems (as indices), files in the order they first appear."""
    files: dict[str, list[int]] = {}
    for i, problem in enumerate(problems):
        files.setdefault(problem.path, []).append(i)
    return files


def _annotation(problem: Problem) -> str:
    message = problem.message + (f" (hint: {problem.hint})" if problem.hint else "")
    where = f"file={_property(problem.path)},line={problem.line},col={problem.column}"
    return f"::error {where}::{_data(message)}"


def _property(text: str) -> str:
    """A workflow command's property value: a file named "a,b.yml" must not end the property."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _data(text: str) -> str:
    """A workflow command's message: a newline in it must not start a line of its own."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


# --- GitLab Code Quality --------------------------------------------------------------------


def gitlab_report(problems: Sequence[Problem]) -> list[dict[str, object]]:
    """GitLab Code Quality findings, for `artifacts:reports:codequality`.

    The fingerprint is a hash of the file, line, column and message, so the same problem has
    the same fingerprint in every run and GitLab can tell new problems from fixed ones. GitLab
    keeps one finding per fingerprint, so an exact repeat is counted into its hash.
    """
    seen: Counter[str] = Counter()
    findings: list[dict[str, object]] = []
    for problem in problems:
        key = json.dumps([problem.path, problem.line, problem.column, problem.message])
        seen[key] += 1
        if seen[key] > 1:
            key += f"#{seen[key]}"
        findings.append(
            {
                "description": problem.message
                + (f" (hint: {problem.hint})" if problem.hint else ""),
                "check_name": GITLAB_CHECK_NAME,
                "fingerprint": hashlib.sha256(key.encode("utf-8")).hexdigest(),
                "severity": GITLAB_SEVERITY,
                "location": {"path": problem.path, "lines": {"begin": problem.line}},
            }
        )
    return findings
