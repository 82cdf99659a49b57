"""The date cache cannot be used to attack: no code runs from it, and nothing it holds is trusted
unless this user's own runs wrote it, for this events folder (issue #8).

Real files and real runs of the CLI throughout; the cache is never mocked.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import builder
from builder.cache import (
    MAX_CACHE_BYTES,
    ROOT_VARIABLE,
    SECRET_FILE,
    CacheStore,
    _codec,
    _date_codecs,
    dates_versions,
    open_store,
)
from builder.cli import main
from builder.model import DateValue
from tests.conftest import file_tree

REPO = Path(builder.__file__).resolve().parent.parent

EVENT = """\
title: {title}
date: {date}
sources:
  - publisher: Reuters
    title: A report
    url: https://example.org/{title}
    published: 2025-04-10
"""
# 2025-04-10 was a Thursday: "on Wednesday" is 9 April, "on Friday" 4 April, "on Monday" 7 April.
TRUE_DAY = "2025-04-09"


def make_project(folder: Path, events: dict[str, str] | None = None) -> Path:
    """A checked-out repository: .git, an events folder, and the given {name: date} events."""
    (folder / ".git").mkdir(parents=True)
    (folder / "events").mkdir()
    for name, date in (events or {"a": "on Wednesday", "b": "31 February 2025"}).items():
        (folder / "events" / f"{name}.yml").write_text(
            EVENT.format(title=name, date=date), encoding="utf-8"
        )
    return folder


def snapshot(folder: Path) -> dict[str, tuple[object, ...]]:
    """Every file and link under `folder`: (size, mtime, content hash) or the link's target."""
    found: dict[str, tuple[object, ...]] = {}
    for where, folders, names in os.walk(folder):
        for name in folders + names:
            path = Path(where, name)
            relative = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found[relative] = ("link", os.readlink(path))
            elif path.is_file():
                info = path.stat()
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                found[relative] = (info.st_size, info.st_mtime_ns, digest)
            else:
                found[relative] = ("folder",)
    return found


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def days(capsys: pytest.CaptureFixture[str], events: Path, *options: str) -> dict[str, str]:
    _, out, err = run(capsys, "dates", str(events), "--format", "json", *options)
    assert "Traceback" not in err
    return {row["id"]: row["earliest"] for row in json.loads(out)}


@pytest.fixture
def user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "user-cache"
    monkeypatch.setenv(ROOT_VARIABLE, str(root))
    return root


def only_cache_file(root: Path) -> Path:
    [path] = (root / "projects").glob("*/dates.json")
    return path


# --- 1. a cache planted in the repository runs nothing and is not believed ----------------------


class _Planted:
    """Unpickling this creates the marker file: what a malicious files.pickle would do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (open, (str(self.marker), "w"))


def plant(project: Path, marker: Path) -> None:
    cache = project / ".chronology-cache"
    cache.mkdir()
    (cache / "files.pickle").write_bytes(pickle.dumps(("key", _Planted(marker))))
    (cache / "files.json").write_bytes(pickle.dumps(_Planted(marker)))
    # A date cache in the old format and one in the new, signed with a secret planted beside it.
    wrong = ["value", [[2025, 4, 2], [2025, 4, 2], "day", "2025-04-02", False, False, None, False, None]]  # fmt: skip
    body = json.dumps({"on Wednesday\x1f2025-04-10\x1f\x1f": wrong}).encode()
    (cache / SECRET_FILE).write_bytes(b"k" * 32)
    (cache / SECRET_FILE).chmod(0o600)
    forged = CacheStore(cache, b"k" * 32, "0" * 32)
    header = {"format": 1, "name": "dates", "scope": "0" * 32, "versions": dates_versions()}
    signed = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    mac = forged._mac(signed, body)
    (cache / "dates.json").write_bytes(json.dumps({**header, "mac": mac}).encode() + b"\n" + body)
    (cache / "old-dates.json").write_text(json.dumps({"versions": "x", "entries": {}}))


def cli(project: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != ROOT_VARIABLE}
    env.update(
        HOME=str(home),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONPATH=str(REPO),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return subprocess.run(
        [sys.executable, "-m", "builder.cli", *args],
        cwd=project, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_a_cache_planted_in_the_repository_runs_no_code_and_is_not_believed(
    tmp_path: Path,
) -> None:
    project = make_project(tmp_path / "project")
    home = tmp_path / "home"
    home.mkdir()
    marker = tmp_path / "pwned"
    plant(project, marker)

    expected = {
        command: cli(project, home, *command, "--no-cache")
        for command in (("validate",), ("dates", "--format", "json"))
    }
    assert json.loads(expected["dates", "--format", "json"].stdout)[0]["earliest"] == TRUE_DAY
    assert expected["validate",].returncode == 1  # 31 February is refused
    before = snapshot(project)
    for options in ((), ("--cache-dir", ".chronology-cache"), ("--cache", ".chronology-cache")):
        for command, fresh in expected.items():
            for _ in range(2):  # the first run fills a cache, the second reads it
                result = cli(project, home, *command, *options)
                assert not marker.exists()
                assert "Traceback" not in result.stderr
                assert result.returncode == fresh.returncode
                assert result.stdout == fresh.stdout
                if options[:1] != ("--cache",):  # that one adds a deprecation notice
                    assert result.stderr == fresh.stderr
        after = snapshot(project)
        changed = {
            path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
        }
        if options:
            assert changed == {".chronology-cache/dates.json", ".chronology-cache/problems.json"}
        else:
            assert changed == set()
    # Outside the project, only the per-user cache folder was written.
    written = {p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file()}
    assert written
    assert all(path.startswith(".cache/chronology/") for path in written), written
    assert not marker.exists()


def test_no_pickle_is_left_in_the_code() -> None:
    for path in (REPO / "builder").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import pickle" not in text, path
        assert "from pickle" not in text, path


# --- 2. a tampered cache is ignored, and rewritten ----------------------------------------------


def test_a_tampered_answer_is_ignored_and_the_cache_rewritten(
    user_cache: Path, write_events, capsys
) -> None:
    events = write_events({"a.yml": EVENT.format(title="a", date="on Wednesday")})
    assert days(capsys, events) == {"a": TRUE_DAY}
    path = only_cache_file(user_cache)
    data = path.read_bytes()
    assert b"[2025,4,9]" in data
    tampered = data.replace(b"[2025,4,9]", b"[2025,4,2]").replace(b"2025-04-09", b"2025-04-02")
    json.loads(tampered.partition(b"\n")[2])  # still valid JSON
    path.write_bytes(tampered)
    assert days(capsys, events) == {"a": TRUE_DAY}
    assert path.read_bytes() == data  # rebuilt: the same answers, signed again
    assert days(capsys, events) == {"a": TRUE_DAY}


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda h: {**h, "scope": "f" * 32}, id="another-folder's-scope"),
        pytest.param(lambda h: {**h, "versions": "0" * 16}, id="other-versions"),
        pytest.param(lambda h: {**h, "format": 2}, id="other-format"),
        pytest.param(lambda h: {**h, "mac": h["mac"].upper()}, id="mac-changed"),
        pytest.param(lambda h: {k: v for k, v in h.items() if k != "mac"}, id="no-mac"),
        pytest.param(lambda h: {**h, "extra": 1}, id="extra-key"),
        pytest.param(lambda h: [h], id="not-a-mapping"),
    ],
)
def test_a_tampered_header_is_ignored(user_cache: Path, write_events, capsys, edit) -> None:
    events = write_events({"a.yml": EVENT.format(title="a", date="on Wednesday")})
    days(capsys, events)
    path = only_cache_file(user_cache)
    header, _, body = path.read_bytes().partition(b"\n")
    wrong = body.replace(b"[2025,4,9]", b"[2025,4,2]")
    path.write_bytes(json.dumps(edit(json.loads(header))).encode() + b"\n" + wrong)
    assert days(capsys, events) == {"a": TRUE_DAY}


def test_an_entry_of_the_wrong_shape_empties_a_signed_cache(
    user_cache: Path, write_events, capsys
) -> None:
    """Even signed with this user's secret, an entry of the wrong shape is not decoded."""
    events = write_events(
        {
            "a.yml": EVENT.format(title="a", date="on Wednesday"),
            "b.yml": EVENT.format(title="b", date="on Friday"),
        }
    )
    truth = days(capsys, events, "--no-cache")
    days(capsys, events)
    path = only_cache_file(user_cache)
    store, _ = open_store(events)
    assert store is not None
    entries = store.load("dates", dates_versions())
    assert isinstance(entries, dict)
    friday = next(key for key in entries if key.startswith("on Friday"))
    wednesday = next(key for key in entries if key.startswith("on Wednesday"))
    entries[wednesday][1][0] = [2025, 4, 2]  # a wrong answer, of the right shape...
    entries[wednesday][1][1] = [2025, 4, 2]
    entries[friday][1][0] = [2025, 4, "4"]  # ...and an entry of the wrong shape beside it
    assert store.save("dates", dates_versions(), entries)
    assert days(capsys, events) == truth
    assert b'"4"' not in path.read_bytes()


# --- 3. truncated, garbage, huge, linked: ignored, no traceback, rebuilt ------------------------


def _truncate(path: Path, outside: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garbage(path: Path, outside: Path) -> None:
    path.write_bytes(os.urandom(3000))


def _empty(path: Path, outside: Path) -> None:
    path.write_bytes(b"")


def _header_only(path: Path, outside: Path) -> None:
    path.write_bytes(path.read_bytes().partition(b"\n")[0])


def resign(path: Path, body: bytes) -> bytes:
    """`body` under the header of the cache file at `path`, signed with this user's secret."""
    header = json.loads(path.read_bytes().partition(b"\n")[0])
    header.pop("mac")
    root = path.parent.parent.parent
    store = CacheStore(path.parent, (root / SECRET_FILE).read_bytes(), header["scope"])
    mac = store._mac(json.dumps(header, sort_keys=True, separators=(",", ":")).encode(), body)
    return json.dumps({**header, "mac": mac}).encode() + b"\n" + body


def _deep(path: Path, outside: Path) -> None:
    path.write_bytes(resign(path, b"[" * 200_000 + b"]" * 200_000))


def _huge(path: Path, outside: Path) -> None:
    with path.open("ab") as stream:  # sparse: larger than the limit, and takes no disk
        stream.truncate(MAX_CACHE_BYTES + 1)


def _link_to_a_valid_copy(path: Path, outside: Path) -> None:
    wrong = path.read_bytes().partition(b"\n")[2].replace(b"[2025,4,9]", b"[2025,4,2]")
    outside.write_bytes(resign(path, wrong))  # believed if the link were followed
    path.unlink()
    path.symlink_to(outside)


def _fifo(path: Path, outside: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _folder(path: Path, outside: Path) -> None:
    path.unlink()
    (path / "inner").mkdir(parents=True)


@pytest.mark.parametrize(
    "spoil",
    [_truncate, _garbage, _empty, _header_only, _deep, _huge, _link_to_a_valid_copy,
     pytest.param(_fifo, marks=pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX")),
     _folder],
)  # fmt: skip
def test_a_spoiled_cache_file_is_ignored_without_a_traceback(
    user_cache: Path, write_events, capsys, tmp_path: Path, spoil
) -> None:
    events = write_events({"a.yml": EVENT.format(title="a", date="on Wednesday")})
    days(capsys, events)
    path = only_cache_file(user_cache)
    outside = tmp_path / "outside.json"
    spoil(path, outside)
    linked = outside.read_bytes() if outside.exists() else None
    code, out, err = run(capsys, "validate", str(events))
    assert (code, out) == (0, "")
    assert "Traceback" not in err
    assert "1 event checked: no problems" in err
    assert days(capsys, events) == {"a": TRUE_DAY}
    if spoil is not _folder:  # a folder in its place cannot be replaced: it is only ignored
        assert not path.is_symlink()
        assert path.is_file()
        assert path.stat().st_size < 10_000
        assert path.read_bytes().startswith(b'{"format":1,')
    if linked is not None:
        assert outside.read_bytes() == linked  # the link was replaced, never written through
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_a_cache_folder_that_is_a_link_is_not_used(write_events, capsys, tmp_path: Path) -> None:
    events = write_events({"a.yml": EVENT.format(title="a", date="on Wednesday")})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "cache").symlink_to(elsewhere)
    code, out, err = run(capsys, "validate", str(events), "--cache-dir", str(tmp_path / "cache"))
    assert (code, out) == (0, "")
    assert "running without a date cache" in err
    assert "symbolic link" in err
    assert list(elsewhere.iterdir()) == []


def test_a_cache_folder_reached_through_a_link_out_of_the_project_is_not_used(
    capsys, tmp_path: Path
) -> None:
    project = make_project(tmp_path / "project", {"a": "on Wednesday"})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (project / "build").symlink_to(elsewhere)
    cache = project / "build" / "cache"
    code, out, err = run(capsys, "validate", str(project / "events"), "--cache-dir", str(cache))
    assert (code, out) == (0, "")
    assert "is reached through a link in the project" in err
    assert list(elsewhere.iterdir()) == []


def test_links_outside_the_project_are_the_users_own(capsys, tmp_path: Path) -> None:
    """A project reached through a link (as /tmp is on macOS) keeps its cache where it is asked."""
    real = make_project(tmp_path / "real", {"a": "on Wednesday"})
    (tmp_path / "alias").symlink_to(real)
    project = tmp_path / "alias"
    code, out, err = run(
        capsys, "validate", str(project / "events"), "--cache-dir", str(project / "cache")
    )
    assert (code, out, err) == (0, "", "1 event checked: no problems\n")
    assert (real / "cache" / "dates.json").is_file()


def test_an_unusable_user_cache_folder_only_costs_time(
    monkeypatch: pytest.MonkeyPatch, write_events, capsys, tmp_path: Path
) -> None:
    events = write_events({"a.yml": EVENT.format(title="a", date="on Wednesday")})
    truth = run(capsys, "validate", str(events), "--no-cache")
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    monkeypatch.setenv(ROOT_VARIABLE, str(not_a_folder / "chronology"))
    code, out, err = run(capsys, "validate", str(events))
    assert (code, out) == truth[:2]
    assert "running without a date cache" in err
    assert "Traceback" not in err


def test_the_secret_is_not_taken_from_inside_the_project(
    monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path
) -> None:
    project = make_project(tmp_path / "project", {"a": "on Wednesday"})
    monkeypatch.setenv(ROOT_VARIABLE, str(project / ".cache"))
    before = snapshot(project)
    code, out, err = run(capsys, "validate", str(project / "events"))
    assert (code, out) == (0, "")
    assert "lies inside the project" in err
    assert snapshot(project) == before


def test_a_secret_that_others_can_read_is_no_secret(user_cache: Path, write_events, capsys) -> None:
    if not hasattr(os, "getuid"):
        pytest.skip("POSIX permissions")
    events = write_events({"a.yml": EVENT.format(title="a", date="on Wednesday")})
    user_cache.mkdir(mode=0o700)
    (user_cache / SECRET_FILE).write_bytes(b"s" * 32)
    (user_cache / SECRET_FILE).chmod(0o644)  # as git checks files out
    assert open_store(events) == (None, f"the user cache folder {user_cache} cannot be used safely")
    assert days(capsys, events) == {"a": TRUE_DAY}
    assert not (user_cache / "projects").exists()


def test_the_secret_is_private_and_made_once(user_cache: Path, write_events, capsys) -> None:
    events = write_events({"a.yml": EVENT.format(title="a", date="on Wednesday")})
    days(capsys, events)
    secret = (user_cache / SECRET_FILE).read_bytes()
    assert len(secret) == 32
    if hasattr(os, "getuid"):
        assert (user_cache / SECRET_FILE).stat().st_mode & 0o777 == 0o600
        assert user_cache.stat().st_mode & 0o777 == 0o700
    days(capsys, events)
    assert (user_cache / SECRET_FILE).read_bytes() == secret


# --- 4. one events folder's cache is not another's ----------------------------------------------


def test_another_events_folders_cache_is_not_used(user_cache: Path, capsys, tmp_path: Path) -> None:
    first = make_project(tmp_path / "first", {"a": "on Wednesday"})
    second = make_project(tmp_path / "second", {"a": "on Wednesday"})
    shared = tmp_path / "shared"
    # A wrong answer in the first folder's cache, signed with this user's own secret.
    days(capsys, first / "events", "--cache-dir", str(shared))
    store, _ = open_store(first / "events", shared)
    assert store is not None
    entries = store.load("dates", dates_versions())
    assert isinstance(entries, dict)
    for entry in entries.values():
        entry[1][0] = entry[1][1] = [2025, 4, 2]
    store.save("dates", dates_versions(), entries)
    # The control: the first folder believes its own signed cache...
    assert days(capsys, first / "events", "--cache-dir", str(shared)) == {"a": "2025-04-02"}
    # ...and the second folder, given the same cache folder, does not.
    assert days(capsys, second / "events", "--cache-dir", str(shared)) == {"a": TRUE_DAY}
    # By default, each events folder has a cache folder of its own.
    days(capsys, first / "events")
    days(capsys, second / "events")
    assert len(list((user_cache / "projects").glob("*/dates.json"))) == 2


# --- 5. the cache speeds nothing wrong ----------------------------------------------------------


def test_cached_answers_equal_fresh_ones_after_an_edit_of_the_same_size(
    user_cache: Path, write_events, capsys
) -> None:
    events = write_events(
        {
            "a.yml": EVENT.format(title="a", date="on Friday"),
            "b.yml": EVENT.format(title="b", date="9 April 2025"),
            "c.yml": EVENT.format(title="c", date="a week before @b"),
            "d.yml": EVENT.format(title="d", date="07/10/2023"),
        }
    )
    for _ in range(2):
        fresh = run(capsys, "dates", str(events), "--format", "json", "--no-cache")
        assert run(capsys, "dates", str(events), "--format", "json") == fresh
        assert run(capsys, "dates", str(events), "--format", "json") == fresh
        assert run(capsys, "validate", str(events)) == run(
            capsys, "validate", str(events), "--no-cache"
        )
        # The same size, and the same modification time: only the content tells them apart.
        for name, old, new in (("a", "on Friday", "on Monday"), ("b", "9 April", "8 April")):
            path = events / f"{name}.yml"
            info = path.stat()
            path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
            os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
            assert path.stat().st_size == info.st_size
    assert days(capsys, events) == {"a": "2025-04-07", "b": "2025-04-08", "c": "2025-04-01"}


def test_the_deprecated_cache_option_still_works(write_events, capsys, tmp_path: Path) -> None:
    events = write_events({"a.yml": EVENT.format(title="a", date="on Wednesday")})
    code, out, err = run(capsys, "validate", str(events), "--cache", str(tmp_path / "cache"))
    assert (code, out) == (0, "")
    assert "--cache is deprecated: use --cache-dir" in err
    assert (tmp_path / "cache" / "dates.json").is_file()


# --- the codec follows the classes it stores -----------------------------------------------------


def test_dated_answers_can_be_stored() -> None:
    """Fails when a field of a type the cache cannot store is added to DateValue or EventOffset:
    teach `builder.cache._codec` that type, or the date cache works in memory only."""
    assert _date_codecs() is not None


def test_a_field_added_to_a_stored_class_is_stored_and_changes_the_versions() -> None:
    fields = [
        (f.name, f.type, dataclasses.field(default=f.default))
        if f.default is not dataclasses.MISSING
        else (f.name, f.type)
        for f in dataclasses.fields(DateValue)
    ]
    Wider = dataclasses.make_dataclass(
        "DateValue",
        [*fields, ("hemisphere", "str | None", dataclasses.field(default=None))],
        frozen=True,
        namespace={"__module__": DateValue.__module__},
    )
    from builder.calendar import Day

    value = Wider(Day(2025, 4, 9), Day(2025, 4, 9), "day", "2025-04-09", hemisphere="south")
    codec = _codec(Wider)
    encoded = json.loads(json.dumps(codec.encode(value)))
    assert codec.decode(encoded) == value
    assert codec.shape != _codec(DateValue).shape
    encoded[-1] = 3
    with pytest.raises(ValueError, match="expected str"):
        codec.decode(encoded)


# --- 5. a site build reads its dates from the same cache -----------------------------------------

BUILD_AND_SAY_IF_THE_RULES_LOADED = """\
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config("mkdocs.yml"))
print("rules loaded" if "builder.dates.resolver" in sys.modules else "rules not loaded")
"""


def test_a_site_build_reads_dates_from_the_cache_and_trusts_only_its_own(
    user_cache: Path, tmp_path: Path
) -> None:
    """A rebuild takes its dates from the date cache without loading the date rules (#11),
    gives the same site byte for byte, and a tampered cache changes nothing in it."""
    project = make_project(tmp_path / "project", {"a": "on Wednesday"})
    (project / "docs").mkdir()
    (project / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: T\ntheme:\n  name: material\n  font: false\nplugins:\n  - chronology\n",
        encoding="utf-8",
    )

    def build() -> tuple[str, dict[str, bytes]]:
        result = subprocess.run(
            [sys.executable, "-c", BUILD_AND_SAY_IF_THE_RULES_LOADED],
            cwd=project, capture_output=True, text=True, timeout=300, check=False,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout.strip(), file_tree(project / "site")

    said, first = build()
    assert said == "rules loaded"
    path = only_cache_file(user_cache)
    data = path.read_bytes()
    assert b"[2025,4,9]" in data
    said, again = build()
    assert said == "rules not loaded"
    assert again == first
    page = first["events/a/index.html"].decode()
    assert "9 April 2025" in page
    path.write_bytes(data.replace(b"[2025,4,9]", b"[2025,4,2]").replace(b"2025-04-09", b"2025-04-02"))  # fmt: skip
    said, tampered = build()
    assert said == "rules loaded"  # the tampered answers were not believed
    assert tampered == first
    assert path.read_bytes() == data


WHAT_RESOLVING_IMPORTS = """\
import sys
from builder.calendar import Day
from builder.dates import DateError, resolve
from builder.languages import SUPPORTED
for language in SUPPORTED:
    for text in ("9 April 2025", "on Wednesday", "11 Shawwal 1446", "2023-24"):
        try:
            resolve(text, Day(2025, 4, 10), language)
        except DateError:
            pass
for name, module in sorted(sys.modules.items()):
    if name.startswith("builder.") and getattr(module, "__file__", None):
        print(module.__file__)
"""


def test_the_cache_versions_cover_every_module_a_date_is_read_with() -> None:
    """A cached answer is only as fresh as its key: every module of the package that resolving
    dates imports (in every language, refusals included) is hashed into the versions."""
    from builder.cache import RULE_MODULES

    result = subprocess.run(
        [sys.executable, "-c", WHAT_RESOLVING_IMPORTS],
        capture_output=True, text=True, timeout=120, check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    package = REPO / "builder"
    used = {Path(line).relative_to(package).as_posix() for line in result.stdout.split()}
    assert "dates/resolver.py" in used
    covered = [
        name for name in used if any(name == m or name.startswith(f"{m}/") for m in RULE_MODULES)
    ]
    assert sorted(used - set(covered)) == []
