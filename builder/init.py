"""`chronology init DIR`: a new chronology that builds at once, from the templates in scaffold/.

The templates are package data, so a wheel carries them. A template whose name starts with
`dot-` is written with a leading dot (`dot-gitignore` → `.gitignore`): a dotfile in a package is
easily lost by packaging tools and hidden from a reader of the package.

Nothing is ever overwritten unasked: into a folder that is not empty, `--force` adds only the
files that are missing and names each one it kept; `--overwrite` replaces them, naming each.
An existing events/ folder is never touched, so init can add CI files to a chronology.
Every path is checked before anything is written, and a symbolic link on the way is refused,
so nothing lands outside DIR.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from builder import __version__

if TYPE_CHECKING:
    import argparse
    from importlib.resources.abc import Traversable

DISTRIBUTION = "chronology-builder"
DEFAULT_TITLE = "A sourced chronology"
TITLE_LIMIT = 200  # as an event title
PYPI_PAGE = f"https://pypi.org/project/{DISTRIBUTION}/"
# A pre-commit config that needs no repository address: it runs the installed `chronology`.
LOCAL_HOOK = "variants/pre-commit-local.yaml"
# What a folder may hold and still count as empty: a fresh clone's .git, the .venv that holds
# the chronology command itself. init writes neither.
NOT_CONTENT = frozenset({".git", ".venv"})
_PLACEHOLDER = re.compile(r"%%[A-Z_]+%%")
# Python-Markdown's backslash escapes; `<` and `&` become entities instead.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


class InitError(Exception):
    """Why init will not write: said in one line, and nothing was written."""


@dataclass(frozen=True)
class Outcome:
    written: list[str]
    replaced: list[str]
    kept: list[str]
    # An existing events/ folder is a chronology already: no example is added to it, nor any
    # of its files replaced.
    events_kept: bool = False


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("dir", metavar="DIR", help="the new chronology's folder (made if missing)")
    command.add_argument(
        "--title", help=f"the site's name and home page title (default: {DEFAULT_TITLE!r})"
    )
    command.add_argument(
        "--force",
        action="store_true",
        help="write into a folder that is not empty: add the missing files, keep every existing one",
    )
    command.add_argument(
        "--overwrite",
        action="store_true",
        help="like --force, but replace the files init writes when they exist (each is named)",
    )


def run(args: argparse.Namespace) -> int:
    """The command: print what was written and kept, or one line saying why not."""
    try:
        outcome = init(
            Path(args.dir),
            title=args.title,
            force=args.force or args.overwrite,
            overwrite=args.overwrite,
        )
    except InitError as error:
        print(f"chronology init: {error}", file=sys.stderr)
        return 2
    for name in outcome.written:
        print(f"wrote     {name}")
    for name in outcome.replaced:
        print(f"replaced  {name}")
    for name in outcome.kept:
        print(f"kept      {name} (it exists; --overwrite replaces it)")
    if outcome.events_kept:
        print("kept      events/ (it exists: no example event is added to it)")
    where = "" if Path(args.dir).resolve() == Path.cwd().resolve() else f"cd {args.dir}, then "
    print(
        f"\nNext: {where}`chronology validate` and `mkdocs build --strict` (see README.md).",
        file=sys.stderr,
    )
    return 0


def init(
    target: Path,
    *,
    title: str | None = None,
    force: bool = False,
    overwrite: bool = False,
    repository: str | None = None,
) -> Outcome:
    """Write a new chronology into `target`. `repository` defaults to the package's own."""
    values = _values(
        _checked_title(DEFAULT_TITLE if title is None else title),
        repository if repository is not None else repository_url(),
    )
    files = {name: _filled(text, values) for name, text in templates(values).items()}
    root = _prepared_root(target, force=force)
    events_kept = os.path.lexists(root / "events")
    if events_kept:
        files = {name: text for name, text in files.items() if not name.startswith("events/")}
    plan = [(name, _destination(root, name)) for name in files]
    existing = [name for name, path in plan if os.path.lexists(path)]
    written: list[str] = []
    replaced: list[str] = []
    try:
        for name, path in plan:
            if name in existing and not overwrite:
                continue
            _write(path, files[name], replace=name in existing)
            (replaced if name in existing else written).append(name)
    except OSError as error:
        done = f" (already written: {', '.join(written + replaced)})" if written + replaced else ""
        raise InitError(f"cannot write {_shown(error)}{done}") from None
    return Outcome(written, replaced, [n for n in existing if not overwrite], events_kept)


def repository_url() -> str | None:
    """This package's repository, from its metadata (pyproject's [project.urls] Repository)."""
    try:
        urls = metadata.metadata(DISTRIBUTION).get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("repository", "source", "source code") and url.strip():
            return url.strip().removesuffix(".git").rstrip("/")
    return None


def templates(values: dict[str, str]) -> dict[str, str]:
    """{path in the new chronology: template text}, every file init writes."""
    root = resources.files("builder") / "scaffold"
    found = dict(_walk(root, PurePosixPath()))
    local = found.pop(LOCAL_HOOK)
    if values["%%REPOSITORY%%"] == "":  # no address to fetch our hook from: run the installed one
        found[".pre-commit-config.yaml"] = local
    return dict(sorted(found.items()))


def _walk(folder: Traversable, prefix: PurePosixPath) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for entry in folder.iterdir():
        name = entry.name
        if name == "__pycache__":
            continue
        if prefix == PurePosixPath() and name == "variants":
            found += [
                (f"variants/{e.name}", e.read_text(encoding="utf-8")) for e in entry.iterdir()
            ]
            continue
        path = prefix / ("." + name.removeprefix("dot-") if name.startswith("dot-") else name)
        if entry.is_dir():
            found += _walk(entry, path)
        else:
            found.append((path.as_posix(), entry.read_text(encoding="utf-8")))
    return found


def _values(title: str, repository: str | None) -> dict[str, str]:
    home = repository or PYPI_PAGE
    methodology = (
        f"{repository}/blob/v{__version__}/docs/methodology.md"
        if repository
        else f"{PYPI_PAGE}{__version__}/"
    )
    return {
        # A JSON string is a YAML double-quoted scalar: quotes, colons and # stay text.
        "%%SITE_NAME_YAML%%": json.dumps(title, ensure_ascii=False),
        "%%TITLE_MARKDOWN%%": markdown_text(title),
        "%%VERSION%%": __version__,
        "%%REPOSITORY%%": repository or "",
        "%%HOME_URL%%": home,
        "%%METHODOLOGY_URL%%": methodology,
    }


def _filled(text: str, values: dict[str, str]) -> str:
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    left = _PLACEHOLDER.search(text)
    if left:  # a template names a value init does not have: a bug here, not the user's
        raise AssertionError(f"scaffold placeholder {left.group()} has no value")
    return text


def markdown_text(text: str) -> str:
    """`text` as Markdown that shows exactly it: no emphasis, links or HTML made of it."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _checked_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise InitError("the title is empty")
    if len(title) > TITLE_LIMIT:
        raise InitError(f"the title is longer than {TITLE_LIMIT} characters")
    for character in title:
        # Control, format (bidi, zero-width) and separator characters other than the space:
        # invisible, or a line break to YAML.
        if unicodedata.category(character)[0] in "CZ" and character != " ":
            raise InitError(
                f"the title holds an invisible or control character (U+{ord(character):04X})"
            )
    return title


def _prepared_root(target: Path, *, force: bool) -> Path:
    """The target folder, made if missing; refused when it has files and there is no --force."""
    if target.is_symlink():
        raise InitError(f"{target} is a symbolic link: give the folder it points to")
    if target.exists() and not target.is_dir():
        raise InitError(f"{target} exists and is not a folder")
    if not target.exists():
        if not target.parent.is_dir():  # nothing is made outside DIR, its parents included
            raise InitError(f"{target.parent} does not exist: make it first")
        try:
            target.mkdir()
        except OSError as error:
            raise InitError(f"cannot make {_shown(error)}") from None
        return target
    try:
        entries = sorted(p.name for p in target.iterdir())
    except OSError as error:
        raise InitError(f"cannot read {_shown(error)}") from None
    entries = [name for name in entries if name not in NOT_CONTENT]
    if entries and not force:
        shown = ", ".join(entries[:5]) + (", ..." if len(entries) > 5 else "")
        raise InitError(
            f"{target} is not empty ({shown}): --force adds the missing files and keeps every "
            "existing one"
        )
    return target


def _destination(root: Path, name: str) -> Path:
    """Where `name` goes; refused if a symbolic link or a file stands on the way."""
    path = root
    parts = PurePosixPath(name).parts
    for depth, part in enumerate(parts, start=1):
        path = path / part
        if path.is_symlink():
            raise InitError(f"{path} is a symbolic link: nothing is written through one")
        if depth < len(parts) and path.exists() and not path.is_dir():
            raise InitError(f"{path} is not a folder, and {name} goes in it")
        if depth == len(parts) and path.is_dir():
            raise InitError(f"{path} is a folder, where init writes a file")
    return path


def _write(path: Path, text: str, *, replace: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    if not replace:
        with path.open("xb") as stream:  # "x": fails rather than overwrite a file made meanwhile
            stream.write(data)
        return
    # A replacement goes in whole or not at all: a temporary file, renamed over the old one.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))  # the old file's permissions
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _shown(error: OSError) -> str:
    return f"{error.filename}: {error.strerror}" if error.filename else str(error)
