"""A persistent cache of resolved dates, so that re-checking unchanged events costs a lookup.

`dates.json` holds what each date expression means, keyed by text, anchor, language and date
order. A cache is data, never code, and it is trusted only when this user's own runs wrote it:

- It lives in the per-user cache folder (platformdirs; `CHRONOLOGY_CACHE_DIR` moves it), in a
  folder of its own for each events folder, never in the repository whose content a pull
  request controls. `--cache-dir DIR` puts one events folder's cache files in DIR instead.
- Every file carries an HMAC-SHA256 made with a random secret that is kept (mode 0600) in the
  per-user folder only, never in a `--cache-dir`: a cache planted in a repository, copied from
  another project or machine, edited, truncated or too large fails the check and is ignored, and
  the run rewrites it. A bad cache costs time, never a wrong answer.
- Each file is one JSON header line, then the JSON body. The MAC covers both and is checked
  before the body is parsed; every entry is then decoded strictly, and one of the wrong shape
  empties the cache.
- The file is also keyed by the versions that decide a date's meaning (the rules' source,
  dateparser's and PyYAML's versions) and by the fields of the stored classes, read from
  `dataclasses.fields`: a field added to `DateValue` is stored without editing this module, and
  an upgrade starts the cache afresh rather than serving stale answers.
- Files are replaced atomically (a new temporary file, then `os.replace`), opened without
  following symbolic links, and never read past `MAX_CACHE_BYTES`. When no cache can be used
  (a read-only home, a cache folder that is a symbolic link), the run goes on without one.

There is no longer a cache of checked event files: pickled, it could run code; stored as JSON,
decoding a draft costs nearly what loading and checking its YAML does. Measured on 10,000
generated events, it made re-runs 1.1x as fast as the date cache alone, and first runs (every
run in CI) 1.6x as slow. What `validate` keeps instead is its answer, the problems of a folder
none of whose files changed (builder/problems_cache.py), in a store of this module: a stat per
file decides, and at 100,000 events a warm run takes a second.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import hmac
import json
import os
import secrets
import stat
import sys
import tempfile
import types
import typing
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from builder.dates import DateError, DateRefused, DateUnreadable, EventOffset, resolve
from builder.files import FileTooLarge, NotRegularFile, is_inside, read_bounded
from builder.model import DateValue

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from builder.calendar import Day

APP_NAME = "chronology"
ROOT_VARIABLE = "CHRONOLOGY_CACHE_DIR"
FORMAT = 1
# The dates of 10,000 events take about 1 MiB; a larger file than this is not read (nor written).
MAX_CACHE_BYTES = 64 * 2**20
MAX_HEADER_BYTES = 4096
SECRET_FILE = "secret.key"
SECRET_BYTES = 32
PROJECTS_FOLDER = "projects"

# Every module of the package a date's answer is made with (its bounds, its words, its error
# messages): an edit to any of them starts the cache afresh. tests/test_cache.py checks the list
# against what resolving a date in every language imports.
RULE_MODULES = (
    "calendar.py", "dates", "display.py", "edtf.py", "languages", "media.py", "model.py",
)  # fmt: skip


@cache
def versions_key(modules: tuple[str, ...] = RULE_MODULES) -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in modules:
        path = here / name
        # A rule module or a package of them: every .py file, in a fixed order.
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(here).as_posix().encode())
            digest.update(file.read_bytes())
    # The converters of the Hijri, Hebrew and Persian calendars decide those dates' meaning too.
    for package in ("dateparser", "pyyaml", "hijridate", "pyluach", "jdatetime"):
        digest.update(metadata.version(package).encode())
    return digest.hexdigest()[:16]


@contextmanager
def collection_paused() -> Iterator[None]:
    # Loading allocates tens of thousands of long-lived objects and no cycles; the cyclic
    # collector would scan them again and again (measured: 10,000 cached events in 1.0 s
    # with it, 0.4 s without). Reference counting still frees what is dropped.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- where caches live, and the secret that makes them ours ------------------------------------


def user_cache_root() -> Path:
    """This user's cache folder for the tool: `CHRONOLOGY_CACHE_DIR`, else the platform's own."""
    chosen = os.environ.get(ROOT_VARIABLE)
    if chosen:
        return Path(chosen).expanduser().absolute()
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def project_folder(events_dir: Path) -> Path:
    """The repository that holds `events_dir` (the nearest folder with .git), else the folder."""
    events = Path(os.path.realpath(events_dir))
    for folder in (events, *events.parents):
        if os.path.lexists(folder / ".git"):
            return folder
    return events


def _scope(events_dir: Path) -> str:
    """Which events folder a cache belongs to: a hash of its real, absolute path."""
    where = os.path.normcase(os.path.realpath(events_dir))
    return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _owned_privately(info: os.stat_result) -> bool:
    """On POSIX: this user's, and nobody else may write it (Windows has no such bits)."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _private_folder(path: Path) -> bool:
    """Make `path` (mode 0700 when new) and tell whether it is a folder only this user writes."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.stat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and _owned_privately(info)


def read_limited(path: Path, limit: int) -> bytes | None:
    """A regular file's bytes, or None: missing, a symbolic link, a FIFO, larger than `limit`."""
    try:
        return read_bounded(path, limit, follow_links=False)
    except (OSError, NotRegularFile, FileTooLarge):
        return None


def write_atomically(folder: Path, name: str, data: bytes) -> bool:
    """Replace `folder/name` whole or not at all, through a new file made in `folder`.

    The temporary file is created exclusively (never through a planted link), and os.replace
    swaps in the new file itself: a symbolic link planted at the name is replaced, not followed.
    """
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    except OSError:
        return False
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.replace(temporary, folder / name)
        return True
    except OSError:
        with suppress(OSError):
            os.unlink(temporary)
        return False


def _secret(root: Path) -> bytes | None:
    """This user's cache secret, made on first use; None when it cannot be kept safely."""
    if not _private_folder(root):
        return None
    path = root / SECRET_FILE
    if not os.path.lexists(path):
        _make_secret(root, path)
    data = read_limited(path, SECRET_BYTES)
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if data is None or len(data) != SECRET_BYTES or not _owned_privately(info):
        return None
    if hasattr(os, "getuid") and info.st_mode & 0o077:
        return None  # readable by others (a file checked out of git is): not a secret
    return data


def _make_secret(root: Path, path: Path) -> None:
    # Written whole under another name, then linked into place: a run that starts at the same
    # moment sees no secret or the whole one, and the first link wins.
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=".secret.", suffix=".tmp", dir=root)
    except OSError:
        return
    secret = secrets.token_bytes(SECRET_BYTES)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(secret)
        os.link(temporary, path)
    except FileExistsError:
        pass  # another run made it first: that one is read
    except OSError:  # no hard links here: made in place, exclusively, never through a link
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with suppress(OSError):
            made = os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(made, "wb") as stream:
                stream.write(secret)
    finally:
        with suppress(OSError):
            os.unlink(temporary)


@dataclass(frozen=True)
class CacheStore:
    """One events folder's cache files in `folder`, signed with this user's secret."""

    folder: Path
    secret: bytes = field(repr=False)
    scope: str

    def _mac(self, header: bytes, body: bytes) -> str:
        return hmac.new(self.secret, header + b"\n" + body, hashlib.sha256).hexdigest()

    def _header(self, name: str, versions: str) -> dict[str, object]:
        return {"format": FORMAT, "name": name, "scope": self.scope, "versions": versions}

    def load(self, name: str, versions: str) -> object | None:
        """The body of `name`.json, when this user wrote it for this events folder and versions."""
        data = read_limited(self.folder / f"{name}.json", MAX_CACHE_BYTES)
        if data is None:
            return None
        first, newline, body = data.partition(b"\n")
        if not newline or len(first) > MAX_HEADER_BYTES:
            return None
        try:
            header = json.loads(first)
        except ValueError:
            return None
        expected = self._header(name, versions)
        if not isinstance(header, dict) or set(header) != {*expected, "mac"}:
            return None
        mac = header.pop("mac")
        if header != expected or not isinstance(mac, str):
            return None
        signed = _canonical(header)
        if not hmac.compare_digest(
            mac.encode("ascii", "replace"), self._mac(signed, body).encode()
        ):
            return None
        try:
            with collection_paused():
                return json.loads(body)
        except (ValueError, RecursionError):
            return None

    def save(self, name: str, versions: str, body: object) -> bool:
        try:
            encoded = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        except (TypeError, ValueError, RecursionError):
            return False
        header = self._header(name, versions)
        signed = _canonical(header)
        line = _canonical({**header, "mac": self._mac(signed, encoded)})
        if len(line) + 1 + len(encoded) > MAX_CACHE_BYTES:
            return False  # it would not be read back
        return write_atomically(self.folder, f"{name}.json", line + b"\n" + encoded)


def _through_a_link_in(path: Path, project: str) -> bool:
    """Whether reaching `path` goes through a symbolic link that lies inside `project`.

    Such a link is the repository's content: `--cache-dir build/cache` must not write wherever
    a `build` link planted by a pull request points. Links outside the project are the user's.
    """
    current = Path(path.anchor)
    for part in path.parts[1:]:
        current = current / part
        if os.path.islink(current):
            if is_inside(os.path.realpath(current.parent), project):
                return True
            current = Path(os.path.realpath(current))
        elif not os.path.lexists(current):
            break
    return False


def _canonical(header: dict[str, object]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def open_store(
    events_dir: Path, cache_dir: Path | None = None
) -> tuple[CacheStore | None, str | None]:
    """Where `events_dir`'s caches are kept, or None and why no cache can be used.

    `cache_dir` None: a folder of its own under the per-user cache root. The root must lie
    outside the project (its repository, else the events folder), since it holds the secret.
    """
    root = user_cache_root()
    project = str(project_folder(events_dir))
    if is_inside(os.path.realpath(root), project):
        return None, f"the user cache folder {root} lies inside the project {project}"
    secret = _secret(root)
    if secret is None:
        return None, f"the user cache folder {root} cannot be used safely"
    scope = _scope(events_dir)
    if cache_dir is None:
        folder = root / PROJECTS_FOLDER / scope
        if not _private_folder(folder):
            return None, f"the cache folder {folder} cannot be used safely"
        return CacheStore(folder, secret, scope), None
    folder = Path(os.path.abspath(cache_dir))
    for attempt in ("before", "after"):  # checked again once made: the path may have changed
        if os.path.islink(folder):
            return None, f"the cache folder {cache_dir} is a symbolic link"
        if _through_a_link_in(folder, project):
            return None, f"the cache folder {cache_dir} is reached through a link in the project"
        if attempt == "before":
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                return None, f"the cache folder {cache_dir} cannot be made: {error.strerror}"
    if not os.path.isdir(folder):
        return None, f"the cache folder {cache_dir} is not a folder"
    return CacheStore(folder, secret, scope), None


# --- a strict JSON codec for dated answers, built from the classes' fields ----------------------


class CacheMismatch(ValueError):
    """A stored value is not of the shape its type says: the cache is not used."""


class UnsupportedType(TypeError):
    """A field of a type this codec cannot store: the date cache then works in memory only."""


@dataclass(frozen=True)
class _Codec:
    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]
    shape: str  # part of the cache's versions: a field added or retyped starts it afresh
    plain: tuple[type, ...] | None = None  # stored as itself: one of these types


_PLAIN: dict[object, tuple[type, ...]] = {
    str: (str,),
    int: (int,),  # bool is an int, in JSON as in Python: True stays True
    bool: (bool,),
    float: (int, float),
    type(None): (type(None),),
    None: (type(None),),
}


def _mismatch(expected: str, value: object) -> CacheMismatch:
    return CacheMismatch(f"expected {expected}, found {type(value).__name__}")


def _type_namespace() -> dict[str, object]:
    """Names the classes' hints may use, even those imported only for type checking."""
    import builder.calendar
    import builder.dates
    import builder.model

    namespace: dict[str, object] = {}
    for module in (builder.calendar, builder.model, builder.dates):
        namespace.update(vars(module))
    return namespace


def _hints(cls: type) -> dict[str, Any]:
    module = sys.modules.get(cls.__module__)
    try:
        return typing.get_type_hints(
            cls, globalns=vars(module) if module else None, localns=_type_namespace()
        )
    except Exception as error:  # a NameError, or a hint that typing cannot evaluate
        raise UnsupportedType(f"the hints of {cls.__name__}: {error}") from error


def _codec(hint: Any) -> _Codec:
    """How values of `hint` go to JSON and back; decoding checks every value's type."""
    if hint in _PLAIN:
        return _plain(_PLAIN[hint])
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        members = [_codec(arg) for arg in args]
        if all(member.plain for member in members):
            return _plain(tuple({t: None for m in members for t in m.plain or ()}))
        others = [m for arg, m in zip(args, members, strict=True) if arg is not type(None)]
        if len(members) == 2 and len(others) == 1:
            inner = others[0]
            return _Codec(
                lambda v: None if v is None else inner.encode(v),
                lambda v: None if v is None else inner.decode(v),
                f"{inner.shape}|None",
            )
    elif origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence(_codec(args[0]))
    elif origin is tuple:
        return _record(tuple, [str(i) for i in range(len(args))], [_codec(a) for a in args])
    elif isinstance(hint, type) and issubclass(hint, tuple) and hasattr(hint, "_fields"):
        hints = _hints(hint)  # a NamedTuple, such as Day
        names = list(hint._fields)
        return _record(hint, names, [_codec(hints[name]) for name in names])
    elif isinstance(hint, type) and dataclasses.is_dataclass(hint):
        fields = dataclasses.fields(hint)
        if all(f.init for f in fields):
            hints = _hints(hint)
            names = [f.name for f in fields]
            return _record(hint, names, [_codec(hints[name]) for name in names])
    raise UnsupportedType(f"the type {hint!r}")


def _plain(allowed: tuple[type, ...]) -> _Codec:
    shape = "|".join(t.__name__ for t in allowed)

    def check(value: object) -> object:
        if not isinstance(value, allowed):
            raise _mismatch(shape, value)
        return value

    return _Codec(check, check, shape, allowed)


def _sequence(item: _Codec) -> _Codec:
    shape = f"tuple[{item.shape},...]"

    def encode(value: object) -> object:
        if not isinstance(value, tuple):
            raise UnsupportedType(f"{type(value).__name__} for {shape}")
        return [item.encode(v) for v in value]

    def decode(value: object) -> object:
        if type(value) is not list:
            raise _mismatch(shape, value)
        return tuple(item.decode(v) for v in value)

    return _Codec(encode, decode, shape)


def _record(cls: type, names: list[str], codecs: list[_Codec]) -> _Codec:
    """A dataclass, NamedTuple or fixed tuple: the list of its fields' values, in their order."""
    shape = f"{cls.__name__}{{{','.join(f'{n}:{c.shape}' for n, c in zip(names, codecs, strict=True))}}}"
    count = len(names)
    if cls is tuple:
        build: Callable[[list[Any]], Any] = tuple
        fields: Callable[[Any], Any] = list
    elif issubclass(cls, tuple):
        build, fields = (lambda values: cls(*values)), list
    else:
        build = lambda values: cls(**dict(zip(names, values, strict=True)))  # noqa: E731
        fields = lambda value: [getattr(value, name) for name in names]  # noqa: E731

    def encode(value: object) -> object:
        if not isinstance(value, cls) or (cls is not tuple and type(value) is not cls):
            raise UnsupportedType(f"{type(value).__name__} for {cls.__name__}")
        values = fields(value)
        if len(values) != count:
            raise UnsupportedType(f"{len(values)} values for {shape}")
        return [c.encode(v) for c, v in zip(codecs, values, strict=True)]

    def decode(value: object) -> object:
        if type(value) is not list or len(value) != count:
            raise _mismatch(f"the {count} fields of {shape}", value)
        return build([c.decode(v) for c, v in zip(codecs, value, strict=True)])

    return _Codec(encode, decode, shape)


# --- the date cache ----------------------------------------------------------------------------

_DATE_KINDS = {"value": DateValue, "offset": EventOffset}
_ERROR_KINDS: dict[str, type[DateError]] = {"refused": DateRefused, "unreadable": DateUnreadable}


@cache
def _date_codecs() -> dict[str, _Codec] | None:
    try:
        return {kind: _codec(cls) for kind, cls in _DATE_KINDS.items()}
    except UnsupportedType:
        return None


@cache
def dates_versions() -> str:
    codecs = _date_codecs() or {}
    shapes = ";".join(codec.shape for codec in codecs.values())
    return f"{versions_key(RULE_MODULES)}-{hashlib.sha256(shapes.encode()).hexdigest()[:12]}"


def encode_answer(answer: DateValue | EventOffset | DateError) -> list[object]:
    """["value", fields], ["offset", fields], or ["refused" | "unreadable", message, hint]."""
    if isinstance(answer, DateError):
        kind = "refused" if isinstance(answer, DateRefused) else "unreadable"
        return [kind, answer.message, answer.hint]
    codecs = _date_codecs()
    if codecs is None:
        raise UnsupportedType("a dated answer's fields")
    kind = "offset" if isinstance(answer, EventOffset) else "value"
    return [kind, codecs[kind].encode(answer)]


def decode_answer(entry: object) -> DateValue | EventOffset | DateError:
    """The answer `entry` stores, or CacheMismatch when it is not exactly of that shape."""
    if type(entry) is not list or not entry or type(entry[0]) is not str:
        raise _mismatch("[kind, ...]", entry)
    kind = entry[0]
    if kind in _ERROR_KINDS:
        if (
            len(entry) != 3
            or type(entry[1]) is not str
            or not isinstance(entry[2], (str, type(None)))
        ):
            raise _mismatch("[kind, message, hint]", entry)
        return _ERROR_KINDS[kind](entry[1], entry[2])
    codecs = _date_codecs()
    if codecs is None or kind not in codecs or len(entry) != 2:
        raise _mismatch("[value|offset, fields]", entry)
    return codecs[kind].decode(entry[1])  # type: ignore[no-any-return]


@dataclass
class DateCache:
    """Resolved dates, reused across runs; without a store it only spares repeats in one run."""

    store: CacheStore | None = None
    entries: dict[str, object] = field(default_factory=dict)
    changed: bool = False
    _answers: dict[str, DateValue | EventOffset | DateError] = field(default_factory=dict)
    _used: set[str] = field(default_factory=set)

    NAME: typing.ClassVar[str] = "dates"
    # Answers that no event of the folder asks for any more are kept (switching branches back
    # and forth stays fast) until there are this many, and then dropped.
    KEEP_UNUSED: typing.ClassVar[int] = 20_000

    @classmethod
    def open(cls, store: CacheStore | None) -> DateCache:
        if store is None or _date_codecs() is None:
            return cls()
        stored = store.load(cls.NAME, dates_versions())
        if type(stored) is not dict:
            return cls(store)
        try:  # every entry is checked now: one of the wrong shape and none is trusted
            answers = {key: decode_answer(entry) for key, entry in stored.items()}
        except (CacheMismatch, ValueError, TypeError):
            return cls(store, changed=True)
        return cls(store, stored, _answers=answers)

    def resolve(
        self, text: str, anchor: Day | None, language: str | None, date_order: str | None
    ) -> DateValue | EventOffset:
        key = (
            f"{text}\x1f{anchor.iso() if anchor else ''}\x1f{language or ''}\x1f{date_order or ''}"
        )
        self._used.add(key)
        answer = self._answers.get(key)
        if answer is None:
            try:
                answer = resolve(text, anchor, language, date_order)
            except DateError as error:
                answer = error
            self._answers[key] = answer
            if self.store is not None:
                self.entries[key] = encode_answer(answer)
                self.changed = True
        if isinstance(answer, DateError):
            raise answer
        return answer

    def save(self) -> None:
        if self.store is None:
            return
        if len(self.entries) - len(self._used) > self.KEEP_UNUSED:
            self.entries = {k: v for k, v in self.entries.items() if k in self._used}
            self.changed = True
        if self.changed:
            self.store.save(self.NAME, dates_versions(), self.entries)
            self.changed = False


def open_date_cache(
    events_dir: Path, cache_dir: Path | None = None
) -> tuple[DateCache, str | None]:
    """`events_dir`'s date cache, and why it is kept in memory only when it cannot be stored."""
    store, why_not = open_store(events_dir, cache_dir)
    if store is not None and _date_codecs() is None:
        why_not = "a date's fields are of a type the cache cannot store"
    return DateCache.open(store), why_not
