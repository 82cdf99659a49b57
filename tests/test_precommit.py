"""The `chronology-validate` pre-commit hook, tried for real with `pre-commit try-repo`.

Each run installs this repository into a fresh hook virtualenv from PyPI (about 15 s with a warm
pip cache): `try-repo` keeps its store in a throwaway folder, so no install can be shared
between runs, and the two runs go side by side instead.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from tests.worktree import ROOT, copy_working_tree

STORYLINES = """\
talks:
  title: Talks
  description: The technical talks of April 2025.
"""
GOOD_EVENT = """\
title: Turkish and Israeli officials hold technical talks in Azerbaijan
date: on Wednesday
storyline: talks
sources:
  - publisher: Malay Mail (Reuters)
    title: Turkey and Israel begin talks to avoid military clashes in Syria, sources say
    url: https://www.malaymail.com/news/world/2025/04/10/x/172631
    published: 2025-04-10
"""
# Line 3 names a storyline that storylines.yml does not declare: a cross-file check, which a
# hook given only the changed file could not make.
BAD_EVENT = """\
title: A second round of talks
date: on Wednesday
storyline: no-such-storyline
sources:
  - publisher: Malay Mail (Reuters)
    title: Turkey and Israel begin talks to avoid military clashes in Syria, sources say
    url: https://www.malaymail.com/news/world/2025/04/10/x/172631
    published: 2025-04-10
"""


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def _snapshot_of_this_repository(target: Path) -> Path:
    """This working tree, committed as it is into a repository of its own.

    `try-repo` on a checkout with changes commits only the files git already tracks (`git add
    -u`), so a new file (the hook manifest before its first commit) would be missing; a clean
    snapshot holds exactly what a commit of the working tree would.
    """
    copy_working_tree(target)
    _git(target, "init", "--quiet")
    _git(target, "add", "--all")
    _git(target, "commit", "--quiet", "--no-verify", "--message", "snapshot")
    return target


def _user_repository(folder: Path, events: dict[str, str]) -> Path:
    """A chronology's own repository with these event files staged, as a user would have it."""
    for name, text in {"storylines.yml": STORYLINES, **events}.items():
        path = folder / "events" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    _git(folder, "init", "--quiet")
    _git(folder, "add", "--all")
    return folder


@pytest.fixture(scope="session")
def try_repo_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, subprocess.CompletedProcess[str]]:
    """`pre-commit try-repo` on a repository with one good event, and on one with a bad one too."""
    hooks = _snapshot_of_this_repository(tmp_path_factory.mktemp("chronology-builder"))
    repositories = {
        "good": _user_repository(tmp_path_factory.mktemp("good"), {"talks/baku.yml": GOOD_EVENT}),
        "bad": _user_repository(
            tmp_path_factory.mktemp("bad"),
            {"talks/baku.yml": GOOD_EVENT, "talks/second-round.yml": BAD_EVENT},
        ),
    }
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")))
    # On GitHub the command would print annotations instead; here we read the plain lines.
    env.pop("GITHUB_ACTIONS", None)
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "chronology-validate"]
    running = {
        name: subprocess.Popen(
            [*command, "--all-files", "--color", "never"],
            cwd=folder,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name, folder in repositories.items()
    }
    return {
        name: subprocess.CompletedProcess(process.args, process.wait(), process.communicate()[0])
        for name, process in running.items()
    }


def test_hook_passes_on_a_good_event(try_repo_runs) -> None:
    run = try_repo_runs["good"]
    assert run.returncode == 0, run.stdout
    assert "chronology validate" in run.stdout
    assert "Passed" in run.stdout


def test_hook_fails_on_a_bad_event_with_file_and_line(try_repo_runs) -> None:
    run = try_repo_runs["bad"]
    assert run.returncode == 1, run.stdout
    assert "Failed" in run.stdout
    assert (
        "events/talks/second-round.yml:3:12: error: the storyline 'no-such-storyline' is not"
        " declared" in run.stdout
    )
    assert "baku.yml" not in run.stdout.split("Failed", 1)[1]  # the good event is not blamed


def test_hook_checks_only_event_yaml_and_the_whole_folder() -> None:
    """Validation needs every file for its cross-file checks, and only event YAML triggers it."""
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "chronology-validate"
    assert hook["language"] == "python"
    assert hook["entry"] == "chronology validate"
    assert hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    for name in ("events/storylines.yml", "events/talks/baku.yml", "events/a/b/c.yaml"):
        assert files.search(name), name
    for name in ("docs/index.md", "mkdocs.yml", "events/notes.md", "old/events/x.yml"):
        assert not files.search(name), name
