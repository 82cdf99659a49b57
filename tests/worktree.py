"""A copy of this working tree, as a fresh clone with the current changes would hold it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).parent.parent


def copy_working_tree(target: Path) -> Path:
    """Every file git would put in a commit of the working tree, tracked or new, into `target`.

    Tests that package the project work on this copy, so nothing they build lands in the
    repository, and what .gitignore leaves out (.venv, site/) stays out as in a fresh clone.
    """
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is left out
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target
