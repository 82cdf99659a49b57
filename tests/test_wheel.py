"""The package as PyPI would ship it: `python -m build`, then the wheel in a fresh virtualenv.

The wheel is installed with its dependencies from PyPI (not editable, nothing borrowed from the
test environment), and a chronology started with its `chronology init` builds under MkDocs and
ProperDocs. One session fixture builds and installs once (about a minute with a warm pip cache).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.worktree import copy_working_tree

PROPERDOCS = "properdocs==1.6.7"
TITLE = "Harbour Strikes Chronology"


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    # The child sees no trace of the test environment: a `builder` found through PYTHONPATH or
    # the current folder would hide a file missing from the wheel.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["NO_MKDOCS_2_WARNING"] = "1"
    return subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"
    return result


class Packaged:
    def __init__(self, source: Path, dist: Path, venv: Path) -> None:
        self.source = source
        [self.wheel] = dist.glob("*.whl")
        [self.sdist] = dist.glob("*.tar.gz")
        self.bin = venv / "bin"


@pytest.fixture(scope="session")
def packaged(tmp_path_factory: pytest.TempPathFactory) -> Packaged:
    """The sdist and wheel of this working tree, and a fresh venv with the wheel installed."""
    work = tmp_path_factory.mktemp("packaging")
    source = copy_working_tree(work / "source")
    dist = work / "dist"
    # The build and ProperDocs' install wait mostly on PyPI, so they run side by side; the venv
    # gets no pip of its own (ensurepip is slow) and is filled by this one's, through --python.
    building = subprocess.Popen(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(source)],
        cwd=work,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    venv = work / "venv"
    _ok(_run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work))
    pip = (sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "-q")
    _ok(_run(*pip, PROPERDOCS, cwd=work))
    output = building.communicate()[0]
    assert building.returncode == 0, output
    [wheel] = dist.glob("*.whl")
    _ok(_run(*pip, wheel, cwd=work))
    return Packaged(source, dist, venv)


def _package_files(source: Path) -> set[str]:
    return {
        p.relative_to(source).as_posix()
        for p in (source / "builder").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_wheel_holds_every_package_file(packaged: Packaged) -> None:
    """Code, templates, assets, the JSON Schema and py.typed: whatever builder/ holds in git."""
    expected = _package_files(packaged.source)
    assert {"builder/event.schema.json", "builder/py.typed"} <= expected
    assert any(name.startswith("builder/templates/") for name in expected)
    assert any(name.startswith("builder/assets/") for name in expected)
    with zipfile.ZipFile(packaged.wheel) as wheel:
        shipped = {name for name in wheel.namelist() if name.startswith("builder/")}
    assert expected - shipped == set()


def test_sdist_holds_every_package_file(packaged: Packaged) -> None:
    """The sdist is what pip builds from where no wheel fits: it must hold the same files."""
    with tarfile.open(packaged.sdist) as sdist:
        top = sdist.getnames()[0].split("/")[0]
        shipped = {name.removeprefix(f"{top}/") for name in sdist.getnames()}
    assert _package_files(packaged.source) - shipped == set()
    assert {"pyproject.toml", "README.md"} <= shipped


def test_wheel_is_installed_not_linked_to_the_checkout(packaged: Packaged, tmp_path: Path) -> None:
    where = _ok(
        _run(packaged.bin / "python", "-c", "import builder; print(builder.__file__)", cwd=tmp_path)
    )
    assert Path(where.stdout.strip()).is_relative_to(packaged.bin.parent)


def test_init_builds_under_mkdocs_and_properdocs(packaged: Packaged, tmp_path: Path) -> None:
    project = tmp_path / "harbour"
    _ok(_run(packaged.bin / "chronology", "init", project, "--title", TITLE, cwd=tmp_path))
    checked = _ok(_run(packaged.bin / "chronology", "validate", cwd=project))
    assert "no problems" in checked.stderr
    for command, site in (("mkdocs", "site"), ("properdocs", "site-properdocs")):
        _ok(_run(packaged.bin / command, "build", "--strict", "--site-dir", site, cwd=project))
        home = (project / site / "index.html").read_text(encoding="utf-8")
        assert TITLE in home, command
        chronology = project / site / "chronology" / "index.html"
        assert chronology.is_file(), command
        # The example event is listed, and its page exists.
        events = sorted((project / site / "events").glob("*/index.html"))
        assert events, command
        assert "<time" in chronology.read_text(encoding="utf-8"), command
