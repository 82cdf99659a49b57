"""`chronology init`: the new chronology validates and builds, and init never overwrites unasked.

Also the CI files: the generated ones and this repository's pass actionlint and GitLab's schema.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from builder import __version__
from builder.cli import main
from builder.init import init
from tests.conftest import file_tree

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
# Quotes, a colon, a hash, Markdown and HTML: each must reach the page as written.
TITLE = 'Gaza: "the talks" #2 & <b>*not bold*</b>'
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / command[0]), *command[1:]],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("init") / "our-chronology"
    assert main(["init", str(target), "--title", TITLE]) == 0
    return target


class _Text(HTMLParser):
    """The text of the first <h1> and of <title>, and the logo's label."""

    def __init__(self) -> None:
        super().__init__()
        self.h1: list[str] = []
        self.title: list[str] = []
        self.labels: list[str | None] = []  # the logo link's aria-label, header and drawer
        self._in: str | None = None
        self._h1_done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and "md-logo" in (dict(attrs).get("class") or ""):
            self.labels.append(dict(attrs).get("aria-label"))
        if tag == "title" or (tag == "h1" and not self._h1_done):
            self._in = tag
        elif tag == "a" and self._in == "h1":  # the permalink after the heading's text
            self._in, self._h1_done = None, True

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._h1_done = self._h1_done or tag == "h1"
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "h1":
            self.h1.append(data)
        elif self._in == "title":
            self.title.append(data)


def test_init_writes_every_file(project: Path) -> None:
    assert sorted(file_tree(project)) == [
        ".github/workflows/publish.yml",
        ".gitignore",
        ".gitlab-ci.yml",
        ".pre-commit-config.yaml",
        "README.md",
        "docs/index.md",
        "docs/methodology.md",
        "events/deconfliction/baku-talks-2025-04-09.yml",
        "events/storylines.yml",
        "mkdocs.yml",
        "properdocs.yml",
        "requirements.txt",
    ]
    text = "\n".join(p.decode("utf-8") for p in file_tree(project).values())
    assert "%%" not in text  # every placeholder filled
    assert f"chronology-builder=={__version__}" in (project / "requirements.txt").read_text()
    ignored = (project / ".gitignore").read_text().split()
    assert {"/site/", "/public/", ".venv/", ".cache/", "__pycache__/"} <= set(ignored)


def test_the_new_chronology_validates(project: Path) -> None:
    result = run("chronology", "validate", "events", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 event checked: no problems" in result.stderr
    dates = run("chronology", "dates", "--format", "json", cwd=project)
    assert '"earliest": "2025-04-09"' in dates.stdout  # "on Wednesday" in a report of 10 April


@pytest.mark.parametrize("tool", ["mkdocs", "properdocs"])
def test_the_new_chronology_builds_strict_with_the_title_as_written(
    project: Path, tmp_path: Path, tool: str
) -> None:
    site = tmp_path / "site"
    result = run(tool, "build", "--strict", "--site-dir", str(site), cwd=project)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # ProperDocs read properdocs.yml (which inherits mkdocs.yml), not its legacy fallback.
    assert "should be renamed to 'properdocs.yml'" not in result.stderr
    event = site / "events" / "baku-talks-2025-04-09" / "index.html"
    assert "9 April 2025" in event.read_text(encoding="utf-8")
    home = site / "index.html"
    page = _Text()
    page.feed(home.read_text(encoding="utf-8"))
    assert "".join(page.h1).strip() == TITLE
    html = home.read_text(encoding="utf-8")
    assert "<b>*not bold*</b>" not in html.split("<h1", 1)[1]  # shown as text, not as HTML
    assert "Turkey–Israel deconfliction" in html  # the storylines list, filled in
    assert "first technical talks" in html  # the latest events list, filled in
    for hub in ("chronology", "timeline", "sources", "storylines", "tags", "methodology"):
        assert (site / hub / "index.html").is_file(), hub


def test_the_theme_shows_the_title_as_written(project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert run("mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project).returncode == 0
    page = _Text()
    page.feed((site / "index.html").read_text(encoding="utf-8"))
    assert "".join(page.title).strip() == TITLE
    assert page.labels
    assert set(page.labels) == {TITLE}


def test_the_title_is_yaml_text(project: Path) -> None:
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["site_name"] == TITLE
    assert (project / "properdocs.yml").read_text().strip().endswith("INHERIT: mkdocs.yml")


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "notes.txt").write_text("mine\n")
    assert main(["init", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "is not empty (notes.txt)" in err
    assert "--force" in err
    assert "Traceback" not in err
    assert sorted(file_tree(tmp_path)) == ["notes.txt"]


def test_a_fresh_clone_with_its_venv_counts_as_empty(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".venv").mkdir()
    assert main(["init", str(tmp_path)]) == 0
    assert (tmp_path / "mkdocs.yml").is_file()


def test_force_keeps_every_existing_file_and_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "README.md").write_text("my own readme\n")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "publish.yml").write_text("name: mine\n")
    assert main(["init", str(tmp_path), "--force"]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "README.md").read_text() == "my own readme\n"
    assert (tmp_path / ".github" / "workflows" / "publish.yml").read_text() == "name: mine\n"
    assert "kept      README.md" in out
    assert "kept      .github/workflows/publish.yml" in out
    assert "wrote     mkdocs.yml" in out
    assert (tmp_path / "events" / "storylines.yml").is_file()
    # A second run changes nothing and keeps everything.
    before = file_tree(tmp_path)
    assert main(["init", str(tmp_path), "--force"]) == 0
    assert file_tree(tmp_path) == before
    assert "wrote" not in capsys.readouterr().out


def test_overwrite_replaces_only_its_own_files_and_names_each(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "README.md").write_text("my own readme\n")
    (tmp_path / "notes.txt").write_text("mine\n")
    assert main(["init", str(tmp_path), "--overwrite"]) == 0
    out = capsys.readouterr().out
    assert "replaced  README.md" in out
    assert (tmp_path / "README.md").read_text() != "my own readme\n"
    assert (tmp_path / "notes.txt").read_text() == "mine\n"


def test_an_existing_events_folder_is_never_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "storylines.yml").write_text("mine: {title: Mine}\n")
    assert main(["init", str(tmp_path), "--overwrite"]) == 0
    assert "kept      events/ (it exists" in capsys.readouterr().out
    assert sorted(file_tree(tmp_path / "events")) == ["storylines.yml"]
    assert (tmp_path / "events" / "storylines.yml").read_text() == "mine: {title: Mine}\n"
    assert (tmp_path / "mkdocs.yml").is_file()


def test_nothing_is_written_through_a_symbolic_link(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    outside, target = tmp_path / "outside", tmp_path / "project"
    outside.mkdir()
    target.mkdir()
    (target / "docs").symlink_to(outside, target_is_directory=True)
    assert main(["init", str(target), "--force"]) == 2
    assert "docs is a symbolic link" in capsys.readouterr().err
    assert list(outside.iterdir()) == []
    assert sorted(p.name for p in target.iterdir()) == ["docs"]  # checked before any write


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["missing/deeper"], "does not exist: make it first"),
        (["a-file"], "exists and is not a folder"),
        (["new", "--title", "   "], "the title is empty"),
        (["new", "--title", "a\x07b"], "invisible or control character (U+0007)"),
        (["new", "--title", "a\u202eb"], "invisible or control character (U+202E)"),
        (["new", "--title", "x" * 201], "longer than 200 characters"),
    ],
)
def test_bad_arguments_get_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture, arguments: list[str], message: str
) -> None:
    (tmp_path / "a-file").write_text("")
    arguments = [str(tmp_path / arguments[0]), *arguments[1:]]
    assert main(["init", *arguments]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.startswith("chronology init: ")
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_title_with_line_breaks_becomes_one_line(tmp_path: Path) -> None:
    init(tmp_path / "new", title="Two\nlines")
    config = yaml.safe_load((tmp_path / "new" / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["site_name"] == "Two lines"


def test_pre_commit_uses_our_hook_from_the_repository_at_the_version_tag(tmp_path: Path) -> None:
    init(tmp_path, repository="https://github.com/example/chronology-builder")
    config = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert config == {
        "repos": [
            {
                "repo": "https://github.com/example/chronology-builder",
                "rev": f"v{__version__}",
                "hooks": [{"id": "chronology-validate"}],
            }
        ]
    }
    methodology = (tmp_path / "docs" / "methodology.md").read_text(encoding="utf-8")
    assert (
        f"https://github.com/example/chronology-builder/blob/v{__version__}/docs/methodology.md"
        in methodology
    )


def test_without_a_repository_the_hook_runs_the_installed_chronology(tmp_path: Path) -> None:
    """The same hook as this repository's .pre-commit-hooks.yaml, run from requirements.txt."""
    init(tmp_path, repository="")
    config = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (local,) = config["repos"]
    assert local["repo"] == "local"
    (hook,) = local["hooks"]
    (ours,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for key in ("id", "entry", "files", "pass_filenames"):
        assert hook[key] == ours[key], key
    assert hook["language"] == "system"


# --- CI files ---------------------------------------------------------------------------------


def workflows(project: Path) -> list[Path]:
    return [
        project / ".github" / "workflows" / "publish.yml",
        ROOT / ".github" / "workflows" / "publish.yml",
        ROOT / ".github" / "workflows" / "ci.yml",
    ]


def test_every_workflow_passes_actionlint(project: Path) -> None:
    files = workflows(project)
    result = run("actionlint", "-no-color", *map(str, files), cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_fails_a_broken_workflow(project: Path, tmp_path: Path) -> None:
    """The check above can fail: one misspelt context in the generated workflow is caught."""
    text = (project / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8")
    broken = tmp_path / "publish.yml"
    broken.write_text(text.replace("github.event.repository", "github.evnt.repository"))
    result = run("actionlint", "-no-color", str(broken), cwd=tmp_path)
    assert result.returncode == 1
    assert "evnt" in result.stdout


def _on(workflow: dict) -> dict:
    return workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true


@pytest.mark.parametrize("which", ["generated", "flagship"])
def test_publish_workflows_validate_build_and_deploy_from_the_default_branch_only(
    project: Path, which: str
) -> None:
    root = project if which == "generated" else ROOT
    workflow = yaml.safe_load((root / ".github" / "workflows" / "publish.yml").read_text())
    assert {"push", "pull_request"} <= set(_on(workflow))
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    runs = [step.get("run", "") for step in build["steps"]]
    validate = next(i for i, r in enumerate(runs) if "chronology validate --format github" in r)
    site = next(i for i, r in enumerate(runs) if "mkdocs build --strict" in r or r == "make site")
    assert validate < site
    uses = [step.get("uses", "").split("@")[0] for step in build["steps"] + deploy["steps"]]
    for action in (
        "actions/upload-pages-artifact",
        "actions/configure-pages",
        "actions/deploy-pages",
    ):
        assert action in uses
    default_branch = (
        "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)"
    )
    assert default_branch in deploy["if"]
    assert "github.event_name != 'pull_request'" in deploy["if"]
    assert deploy["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["permissions"] == {"contents": "read"}  # the build job gets no more
    assert deploy["concurrency"]["group"] == "pages"


def test_this_repository_runs_ci_on_pull_requests() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    assert {"push", "pull_request"} <= set(_on(workflow))
    (job,) = workflow["jobs"].values()
    assert "bash .ci/run" in [step.get("run") for step in job["steps"]]


def test_the_gitlab_file_passes_gitlabs_schema(project: Path) -> None:
    result = run(
        "check-jsonschema", "--builtin-schema", "vendor.gitlab-ci", ".gitlab-ci.yml", cwd=project
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_gitlab_schema_check_can_fail(project: Path, tmp_path: Path) -> None:
    text = (project / ".gitlab-ci.yml").read_text(encoding="utf-8")
    broken = tmp_path / ".gitlab-ci.yml"
    broken.write_text(text.replace("  artifacts:\n    paths:", "  artifacts:\n    pathz:"))
    result = run(
        "check-jsonschema", "--builtin-schema", "vendor.gitlab-ci", str(broken), cwd=tmp_path
    )
    assert result.returncode == 1, result.stdout


def test_the_gitlab_file_validates_first_and_publishes_public_from_the_default_branch(
    project: Path,
) -> None:
    config = yaml.safe_load((project / ".gitlab-ci.yml").read_text())
    assert config["stages"][0] == config["validate"]["stage"]
    script = " ".join(config["validate"]["script"])
    assert "chronology validate --format gitlab" in script
    report = config["validate"]["artifacts"]
    assert report["reports"]["codequality"] in script
    assert report["when"] == "always"  # the report is kept when validation fails
    pages = config["pages"]
    assert pages["artifacts"]["paths"] == ["public"]
    assert "--site-dir public" in " ".join(pages["script"])
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert config["stages"].index(pages["stage"]) > 0


def _shell(script: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """CI script lines run as a CI shell would: in order, stopping at the first failure."""
    env = {**ENV, "PATH": f"{BIN}{os.pathsep}{ENV['PATH']}"}
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", "\n".join(script)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_the_generated_workflows_commands_pass_on_the_new_chronology(
    project: Path, tmp_path: Path
) -> None:
    """Every `run:` step but the install, run here: validate with annotations, build strict."""
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    workflow = yaml.safe_load((copy / ".github" / "workflows" / "publish.yml").read_text())
    steps = [s["run"] for s in workflow["jobs"]["build"]["steps"] if "run" in s]
    result = _shell([s for s in steps if not s.startswith("pip install")], copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (copy / "site" / "index.html").is_file()


@pytest.mark.parametrize("broken", [False, True])
def test_the_gitlab_validate_job_keeps_its_report_and_fails_on_a_problem(
    project: Path, tmp_path: Path, broken: bool
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    if broken:
        event = copy / "events" / "deconfliction" / "baku-talks-2025-04-09.yml"
        event.write_text(event.read_text().replace("storyline: deconfliction", "storyline: nope"))
    config = yaml.safe_load((copy / ".gitlab-ci.yml").read_text())
    result = _shell(config["validate"]["script"], copy)
    report = json.loads(
        (copy / config["validate"]["artifacts"]["reports"]["codequality"]).read_text()
    )
    if broken:
        assert result.returncode == 1
        assert "baku-talks-2025-04-09.yml:" in result.stdout  # the log lists the problem
        assert [finding["location"]["path"] for finding in report] == [
            "events/deconfliction/baku-talks-2025-04-09.yml"
        ]
    else:
        assert result.returncode == 0, result.stdout + result.stderr
        assert report == []
    built = _shell(config["pages"]["script"], copy)
    assert built.returncode == (1 if broken else 0), built.stderr
