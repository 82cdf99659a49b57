"""Fuzzing the whole path: random YAML and event-shaped files, through validate and a real build.

Issue #8's bar: no traceback, no hang past the time limit, and nothing that `chronology validate`
accepts but `mkdocs build --strict` rejects. Two strategies:

- random YAML text (arbitrary text, YAML-looking fragments, mutations of valid files, deep
  nesting, long lines, bad bytes) as one event file or as storylines.yml;
- event-shaped files: 1-4 events with the real fields, mostly valid values with weird ones mixed
  in (hostile markup, names that collide as slugs, very long text, YAML 1.1 lookalikes written
  unquoted, wrong types), so that validate accepts a good share and the build runs on those.

Whatever validate accepts is built for real (Material, search + chronology, strict), and the
site is checked: every event has its page, no raw control character, no markup or unsafe link
that came from the data, every internal link resolves, no term page takes a hub page's place.

The suite runs a few hundred examples. A big run by hand, recording every failure and going on
instead of stopping at the first (one JSON line per failing example, grouped by class at the end):

    CHRONOLOGY_FUZZ_EXAMPLES=20000 CHRONOLOGY_FUZZ_COLLECT=/tmp/fuzz-failures.jsonl \
        .venv/bin/pytest tests/test_fuzz.py -s
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import threading
import traceback
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import jinja2.bccache
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from builder.names import page_names
from builder.pipeline import Chronology, load_chronology
from builder.render import Pages

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from builder.model import Event

EXAMPLES = int(os.environ.get("CHRONOLOGY_FUZZ_EXAMPLES") or 0)  # 0: the suite's own counts
COLLECT = os.environ.get("CHRONOLOGY_FUZZ_COLLECT")  # a .jsonl path: record failures, go on
LOAD_SECONDS = 30  # one load_chronology of at most four small files; generous for loaded CI
BUILD_SECONDS = 120  # one strict Material build of at most four events; generous for loaded CI


# --- time limits and failures -----------------------------------------------------------------


class Hang(BaseException):
    """Raised by the alarm; a BaseException so that no `except Exception` in the code swallows it."""


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Interrupt `what` after `seconds` (SIGALRM: the regex engine and Python code both stop)."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield  # no alarm here: the hypothesis deadline still catches slow examples
        return

    def expire(signum: int, frame: object) -> None:
        raise Hang(f"{what} ran past {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class FuzzFailure(AssertionError):
    """A property that does not hold; `kind` names its class, for grouping a big run's failures."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}\n{detail}" if detail else kind)
        self.kind = kind


def _normalised(text: str) -> str:
    """A message with its data taken out, so that failures of one class share one key."""
    text = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"", "'…'", text.splitlines()[0] if text else "")
    text = re.sub(r"/tmp/\S+|events/\S+", "PATH", text)
    return re.sub(r"\d+", "N", text)[:120]


def failure_key(error: BaseException) -> str:
    if isinstance(error, FuzzFailure):
        return error.kind
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if f"{os.sep}builder{os.sep}" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].name}" if ours else "?"
    return f"{type(error).__name__} in {where}: {_normalised(str(error))}"


@dataclass
class Stats:
    name: str
    examples: int = 0
    accepted: int = 0
    builds: int = 0
    failures: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        share = self.accepted / self.examples if self.examples else 0.0
        return (
            f"{self.name}: {self.examples} examples, {self.accepted} accepted ({share:.0%}), "
            f"{self.builds} builds, {sum(self.failures.values())} failing"
        )


def run_example(
    stats: Stats, files: dict[str, bytes], check: Callable[[Path], None], note: str = ""
) -> None:
    """Write `files` under a fresh events/ folder and check them; in a big run, record failures."""
    stats.examples += 1
    if COLLECT and stats.examples % 1000 == 0:
        print(stats.line(), file=sys.stderr, flush=True)  # progress of a big run
    root = Path(tempfile.mkdtemp(prefix="chronology-fuzz-"))
    try:
        for name, data in files.items():
            path = root / "events" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "events").mkdir(exist_ok=True)
        check(root)
    except Exception as error:
        if not COLLECT:
            raise
        key = failure_key(error)
        stats.failures[key] += 1
        record = {
            "test": stats.name,
            "key": key,
            "size": sum(len(d) for d in files.values()),
            "note": note,
            "files": {name: _shown_bytes(data) for name, data in files.items()},
            "error": "".join(traceback.format_exception(error))[-4000:],
        }
        with open(COLLECT, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _shown_bytes(data: bytes, limit: int = 20_000) -> str:
    text = data.decode("utf-8", "backslashreplace")
    return text if len(text) <= limit else f"{text[:limit]}[… {len(text):,} characters in all]"


def finish(stats: Stats) -> None:
    print(f"\n{stats.line()}", file=sys.stderr)
    if COLLECT:
        with open(COLLECT, "a", encoding="utf-8") as out:
            out.write(json.dumps({"stats": stats.line()}) + "\n")
    if stats.failures:
        classes = "\n".join(f"{n:6d}  {key}" for key, n in stats.failures.most_common())
        pytest.fail(f"{stats.line()}; failure classes (examples in {COLLECT}):\n{classes}")


def fuzz_settings(suite_examples: int, deadline_seconds: float) -> settings:
    return settings(
        max_examples=EXAMPLES or suite_examples,
        # A big run records failures itself and times each call; the suite relies on both.
        deadline=None if COLLECT else timedelta(seconds=deadline_seconds),
        # The suite explores the same examples on every run, so CI is never red by chance; the
        # big runs by hand (CHRONOLOGY_FUZZ_EXAMPLES) explore afresh.
        database=None if COLLECT or not EXAMPLES else settings.default.database,
        derandomize=not EXAMPLES,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.filter_too_much,
        ],
    )


# --- loading and building ---------------------------------------------------------------------


def load(root: Path) -> Chronology:
    try:
        with time_limit(LOAD_SECONDS, "load_chronology"):
            return load_chronology(root / "events", relative_to=root)
    except Hang as hang:
        raise FuzzFailure("load_chronology hangs", str(hang)) from None


def check_problems(root: Path, chronology: Chronology) -> None:
    """Every problem names a file that exists and a place in it, and says something."""
    for problem in chronology.problems:
        where = root / problem.path
        ok = (
            isinstance(problem.message, str)
            and problem.message.strip() != ""
            and problem.path.startswith("events")
            and where.exists()
            and isinstance(problem.line, int)
            and isinstance(problem.column, int)
            and problem.line >= 1
            and problem.column >= 1
        )
        if ok and where.is_file():
            # str.splitlines breaks at every YAML line break and more, so it never undercounts.
            text = where.read_bytes().decode("utf-8", "replace")
            ok = problem.line <= len(text.splitlines()) + 1
        if not ok:
            raise FuzzFailure("a problem without a usable place or message", repr(problem))


MKDOCS_YML = """\
site_name: Fuzz chronology
site_url: https://example.org/fuzz/
repo_url: https://github.com/example/fuzz
theme:
  name: material
  font: false
plugins:
  - search
  - chronology
"""
HOME = "# Fuzz\n\n<!-- chronology: storylines -->\n\n<!-- chronology: latest -->\n"


class _TemplateCache(jinja2.BytecodeCache):
    """Compiled theme templates, kept across builds: compiling Material's was half of a build."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_TEMPLATES = _TemplateCache()


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


def build_site(root: Path, directory_urls: bool = True) -> Path:
    """A strict `mkdocs build` of root/events, in this process; the site folder."""
    config_text = MKDOCS_YML + ("" if directory_urls else "use_directory_urls: false\n")
    (root / "mkdocs.yml").write_text(config_text, encoding="utf-8")
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "index.md").write_text(HOME, encoding="utf-8")
    records = _Records()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(records)
    # The plugin pins SOURCE_DATE_EPOCH from the data; keep that from leaking into other tests.
    saved = {key: os.environ.get(key) for key in ("SOURCE_DATE_EPOCH", "NO_MKDOCS_2_WARNING")}
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    try:
        with time_limit(BUILD_SECONDS, "mkdocs build"):
            config = load_config(
                config_file=str(root / "mkdocs.yml"), strict=True, site_dir=str(root / "site")
            )
            theme_environment = config.theme.get_env

            def get_env() -> jinja2.Environment:
                env = theme_environment()
                env.bytecode_cache = _TEMPLATES
                return env

            config.theme.get_env = get_env  # type: ignore[method-assign]
            build(config)
    except Hang as hang:
        raise FuzzFailure("mkdocs build hangs", str(hang)) from None
    except Abort as abort:
        first = records.messages[0] if records.messages else str(abort)
        raise FuzzFailure(
            f"validate accepts, strict build aborts: {_normalised(first)}",
            "\n".join(records.messages) or str(abort),
        ) from None
    except Exception as error:
        key = failure_key(error)
        raise FuzzFailure(
            f"validate accepts, build raises {key}", "\n".join(records.messages)
        ) from error
    finally:
        logger.removeHandler(records)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return root / "site"


# Markup from the data that must never reach a page unescaped (see HOSTILE below).
RAW_MARKERS = (
    "<script>alert(",
    "<img src=x onerror",
    "<svg onload",
    "<iframe src=",
    "<b id=fzbold>",
    "<p id=fzbreak>",
    "fzjinja",
    "fzset",
    "<!--chronology-",
    "<!-- chronology:",
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
UNSAFE_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.I)


class _Links(HTMLParser):
    """Every href and src of a page, and whether it stands inside an event's article."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, bool]] = []
        self.articles = 0
        self._in_article = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "article" and "chronology-event" in (attributes.get("class") or "").split():
            self._in_article = True
            self.articles += 1
        for name in ("href", "src"):
            if attributes.get(name) is not None:
                self.links.append((str(attributes[name]), self._in_article))

    def handle_endtag(self, tag: str) -> None:
        self._in_article = self._in_article and tag != "article"


def built_page(site: Path, uri: str, directory_urls: bool) -> Path:
    """Where MkDocs writes the page of a Markdown file: events/x.md is events/x/index.html."""
    stem = uri.removesuffix(".md")
    if not directory_urls:
        return site / f"{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return site / f"{stem}.html"
    return site / stem / "index.html"


def check_site(
    root: Path, chronology: Chronology, stats: Stats, directory_urls: bool = True
) -> None:
    stats.builds += 1
    site = build_site(root, directory_urls)

    # An id that is a hub's name ("index", "tags", ...) has a page name of its own.
    page_name = page_names([event.id for event in chronology.events])

    def event_page(event_id: str) -> Path:
        return built_page(site, f"events/{page_name[event_id]}.md", directory_urls)

    for event in chronology.events:
        if not event_page(event.id).is_file():
            raise FuzzFailure("an accepted event has no page", event.id)
    hubs = {built_page(site, hub, directory_urls).resolve() for hub in Pages.hub_uris()}
    for hub in hubs:
        if not hub.is_file():
            raise FuzzFailure("a hub page is missing", str(hub.relative_to(site.resolve())))
    event_pages = {event_page(event.id).resolve() for event in chronology.events}
    for page in site.rglob("*.html"):
        name = page.relative_to(site).as_posix()
        text = page.read_text(encoding="utf-8")
        if found := CONTROL.search(text):
            context = text[max(found.start() - 40, 0) : found.end() + 40]
            raise FuzzFailure("a raw control character in a page", f"{name}: {context!r}")
        for marker in RAW_MARKERS:
            if marker in text:
                at = text.index(marker)
                context = text[max(at - 60, 0) : at + 60]
                raise FuzzFailure(f"data markup unescaped: {marker}", f"{name}: {context!r}")
        parser = _Links()
        parser.feed(text)
        if page.resolve() in event_pages and parser.articles != 1:
            raise FuzzFailure("an event page without its one article", name)
        for url, in_article in parser.links:
            if UNSAFE_SCHEME.match(re.sub(r"[\x00-\x20]", "", url)):
                raise FuzzFailure("an unsafe link from the data", f"{name}: {url!r}")
            if name == "404.html" or "://" in url or url.startswith(("/", "#", "mailto:")):
                continue
            target = (page.parent / url.split("#")[0].split("?")[0]).resolve()
            if target.is_dir():
                target /= "index.html"
            if not target.exists():
                raise FuzzFailure("an internal link leads nowhere", f"{name}: {url!r}")
            if in_article and target in hubs and "#" not in url:
                # A tag, actor, place or storyline whose slug is a hub's name took its place.
                # (A link to an anchor on a hub is the event's place on the chronology or the
                # timeline, which an event page gives on purpose.)
                raise FuzzFailure("a term or storyline page replaces a hub page", f"{name}: {url}")


def check_accepted(root: Path, chronology: Chronology, files: dict[str, bytes]) -> None:
    events = [name for name in files if name != "storylines.yml"]
    if len(chronology.events) != len(events):
        detail = f"{len(events)} files, events {[e.id for e in chronology.events]}"
        raise FuzzFailure("validate accepts, yet a file gave no event", detail)


# --- strategy A: random YAML text --------------------------------------------------------------

VALID_EVENT = """\
title: Turkish and Israeli officials hold technical talks in Azerbaijan
date: on Wednesday
summary: >-
  Turkish ministry sources said the two sides held *technical* talks in Baku.
sources:
  - publisher: Malay Mail (Reuters)
    title: Turkey and Israel begin talks to avoid military clashes in Syria, sources say
    url: https://www.malaymail.com/news/world/2025/04/10/x/172631
    published: 2025-04-10
actors: [Turkey, Israel]
places: [Baku]
tags: [deconfliction talks]
"""
FULL_EVENT = """\
# yaml-language-server: $schema=../builder/event.schema.json
id: baku-talks-2025
title: Talks in Baku
date:
  text: Çarşamba günü
  source: 2
  language: tr
end: 10 April 2025
status: confirmed
sources:
  - publisher: Reuters
    title: Talks begin
    url: https://example.org/a
    published: 2025-04-10
    quote: "The two sides met on Wednesday."
    date: on Wednesday
  - publisher: Anadolu
    title: Görüşmeler başladı
    url: http://example.org/b?x=1&y=2
    published: 2025-04-10
    language: tr
updates:
  - date: 2025-04-12
    note: Corrected the place.
"""
VALID_STORYLINES = """\
deconfliction:
  title: Turkey–Israel deconfliction
  description: The technical talks of April 2025.
"""
FRAGMENTS = (
    "title", "date", "sources", "publisher", "url", "published", "tags", "id", "storyline",
    "related", "text", "anchor", "source", ": ", ":", "\n", "\n  ", "\n    ", "  ", "- ", "\n- ",
    "\n  - ", "? ", "#", " # c", "&a ", "*a", "<<: *a", "&x [", "*x",
    "!!python/object/apply:os.system ['true']", "!!python/name:builtins.eval ",
    "!!python/tuple [1, 2]", "!!binary aGk=", "!!set {a}", "!!omap [a: 1]", "!!str ", "!!int ",
    "!!float ", "!!bool ", "!!null ", "!!timestamp ", "!foo ", "!<tag:x,2000:y> ", "! ",
    "!!map ", "!!seq ", "[", "]", "{", "}", ",", "'", '"', "\\", '"\\x00"', '"\\ud800"',
    '"\\U0010FFFF"', '"\\e\\a\\N\\_\\L\\P"', "|", ">", "|-", ">+", "|2", "---", "...",
    "--- !!map", "%YAML 1.1\n---\n", "%TAG ! tag:evil,2000:\n---\n", "%YAML 2.0\n", "\t", "\r",
    "\r\n", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\ufeff", "\u202e", "\u200b",
    "\ufffe", "\U0001f600", "~", "null", "yes", "no", "on", "off", "0x1F", "1.10", ".inf",
    "2025-04-10", "1:20", "<<", "=", "on Wednesday", "a week after @x", "44 BC",
    "https://example.org/x", "<script>alert(1)</script>", "{{ 7*7 }}",
)  # fmt: skip
fragments = st.sampled_from(FRAGMENTS) | st.text(max_size=8)


def _mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    for position, deleted, inserted in edits:
        at = position % (len(text) + 1)
        text = text[:at] + inserted + text[at + deleted :]
    return text


def _nested(kind: int, depth: int) -> str:
    if kind == 0:
        return "title: " + "[" * depth + "x" + "]" * depth + "\n"
    if kind == 1:
        return "title: " + "{a: " * depth + "x" + "}" * depth + "\n"
    if kind == 2:
        return "- " * depth + "x\n"
    return "".join(f"{' ' * i}k{i}:\n" for i in range(depth)) + " " * depth + "x\n"


def _long(base: str, key: str, unit: str, count: int) -> str:
    """`base` with the value of `key` made very long (up to past the file size limit)."""
    lines = base.split("\n")
    at = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), 0)
    lines[at] = f"{key}: {unit * count}"
    return "\n".join(lines)


random_yaml = st.one_of(
    st.lists(fragments, max_size=60).map("".join),
    st.builds(
        _mutate,
        st.sampled_from((VALID_EVENT, FULL_EVENT)),
        st.lists(
            st.tuples(st.integers(0, 900), st.integers(0, 6), fragments), min_size=1, max_size=4
        ),
    ),
    st.builds(_nested, st.integers(0, 3), st.integers(1, 5000)),
    st.builds(
        _long,
        st.sampled_from((VALID_EVENT, FULL_EVENT)),
        st.sampled_from(("title", "date", "summary", "tags", "actors", "url", "published")),
        st.sampled_from(("x", "on Wednesday ", "é", "- ", "[", "a: ", "\\", "9 April 2025 ")),
        st.integers(1, 30_000),
    ),
    st.text(max_size=200),
)


@st.composite
def random_files(draw: st.DrawFn) -> dict[str, bytes]:
    text = draw(random_yaml)
    if draw(st.integers(0, 9)) == 0:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if draw(st.integers(0, 19)) == 0:
        data = b"\xef\xbb\xbf" + data
    if draw(st.integers(0, 19)) == 0:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
    if draw(st.integers(0, 3)) == 0:  # as storylines.yml, beside a valid event that names it
        event = f"storyline: deconfliction\n{VALID_EVENT}".encode()
        return {"storylines.yml": data, "deconfliction/talks.yml": event}
    return {"fuzz.yml": data}


def check_random_yaml(files: dict[str, bytes], stats: Stats) -> Callable[[Path], None]:
    def check(root: Path) -> None:
        chronology = load(root)
        check_problems(root, chronology)
        if not chronology.problems:
            stats.accepted += 1
            check_accepted(root, chronology, files)
            check_site(root, chronology, stats)

    return check


STATS_A = Stats("random YAML")


@fuzz_settings(suite_examples=250, deadline_seconds=LOAD_SECONDS + BUILD_SECONDS)
@given(files=random_files())
def _fuzz_random_yaml(files: dict[str, bytes]) -> None:
    run_example(STATS_A, files, check_random_yaml(files, STATS_A))


def test_random_yaml_gives_problems_never_tracebacks() -> None:
    warm_up()
    _fuzz_random_yaml()
    finish(STATS_A)


# --- strategy B: event-shaped mappings ---------------------------------------------------------


@dataclass(frozen=True)
class Raw:
    """A scalar written exactly so, unquoted: `no`, `1.10`, `2025-04-10`, `~`."""

    text: str


# YAML 1.1 reads these unquoted as booleans, nulls, numbers, dates, or tags it refuses.
LOOKALIKES = (
    "yes", "no", "Yes", "NO", "on", "off", "On", "true", "False", "y", "n", "~", "null", "Null",
    "0x1F", "0b101", "017", "0o17", "1_000", "+12", "-0", "1:20", "190:20:30", "1.10", "1.0e+3",
    "6.8523015e+5", "1_000.5", ".inf", "-.Inf", ".NaN", "2025-04-10", "2025-04-10T12:00:00Z",
    "2001-12-14 21:59:43.10 -5", "1984", "3.5", "<<", "=",
)  # fmt: skip
# Markup and templates in text: published escaped, never run (RAW_MARKERS lists their tells).
HOSTILE = (
    '<script>alert("fz")</script>',
    "</script><script>alert(1)</script>",
    '"><img src=x onerror=alert("fz")>',
    "'><svg onload=alert('fz')>",
    '<iframe src="javascript:alert(1)"></iframe>',
    "<b id=fzbold>bold</b>",
    "</dd></dl></article></div><p id=fzbreak>",
    "{{ 'fz' ~ 'jinja' }}",
    "{% set x = 'fz' ~ 'set' %}{{ x }}",
    "{{ config }}{# c #}",
    "<!--chronology-search-->fz<!--/chronology-search-->",
    "<!--chronology-head--><script>alert(1)</script><!--/chronology-head-->",
    "<!-- chronology: latest -->",
    "[click](javascript:alert('fz'))",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "&amp; &lt;b&gt; &#x3C;script&#x3E;",
    "%2e%2e/%2e%2e",
    "../../etc/passwd",
    "a/b\\c",
    "con",
    "$(touch /tmp/fz)",
    "emoji 😀",
    "e\u0301",
)
# Names that differ only by case, accents or script, or that are a hub's or a file's name.
COLLIDING = (
    "Index", "index", "INDEX", "İndex", "Indèx", "ındex", "tags", "Tags", "actors", "places",
    "storylines", "chronology", "timeline", "sources", "search", "assets", "404", "sitemap.xml",
    "events", "Étoile", "Etoile", "étoile", "e\u0301toile", "Straße", "Strasse", "İstanbul",
    "Istanbul", "Turkey", "turkey", "Türkiye", "-", "—", "...", ".", "..", "東京", "東京都",
    "Москва", "إسرائيل", "غزة", "😀", "a" * 64, "a" * 65, "a-" * 40,
)  # fmt: skip
# Text no page should publish as it is: control, bidi and invisible characters, line breaks in
# names, emptiness, and lengths past any sensible limit.
UNCLEAN = (
    "Tur\u200bkey",
    "\u202eevil\u202c",
    "\u2066isolate\u2069",
    "\ufeffBOM",
    "nul\x00byte",
    "bell\x07",
    "esc\x1b[31m",
    "del\x7f",
    "c1\x85\x9f",
    "line\u2028separator",
    "non\ufffecharacter",
    "tab\there",
    "multi\nline",
    "carriage\rreturn",
    "---\ntitle: injected\n---",
    "\n---\n",
    "# Heading\n\n- list\n\n> quote",
    "  padded  ",
    "",
    " ",
    "x" * 300,
    "Tag " * 80,
    "é" * 130,
    "😀" * 70,
    "a" * 255,
    "a" * 256,
    "a-" * 130,
    "字" * 90,
    "Supercalifragilistic " * 40,
    "word " * 2000,
)
HOSTILE_SUMMARIES = (
    "<script>alert('fz')</script>\n\n<img src=x onerror=alert(1)>",
    "[click](javascript:alert('fz')) and <javascript:alert(1)>",
    "![x](javascript:alert(1)) ![y](https://example.org/i.png)",
    "<div>\n<script>alert(1)</script>\n</div>",
    "```\n<script>alert(1)</script>\n```",
    "[ref]\n\n[ref]: javascript:alert(1)",
)
TITLES = (
    "Turkish and Israeli officials hold technical talks in Azerbaijan",
    "Talks in Baku",
    "Israel strikes Syria",
    "Ceasefire announced",
    "Second round of talks",
    "Ministers meet",
)
NAMES = ("Turkey", "Israel", "Syria", "Baku", "Gaza", "Damascus", "United Nations", "IDF")
TAGS = ("deconfliction talks", "air strikes", "ceasefire", "diplomacy")
PUBLISHERS = ("Reuters", "Malay Mail (Reuters)", "Anadolu", "AP", "Times of Israel")
SUMMARIES = (
    "The two sides held *technical* talks, the ministry said.",
    "Officials met.\n\n# Heading\n\n- list\n\n> quote",
    "---\ntitle: injected\n---",
    "Officials met.\n\nA second paragraph with a [link](https://example.org/x).",
    "- one\n- two",
)
URLS = (
    "https://example.org/report",
    "http://example.org/plain",
    "https://www.malaymail.com/news/world/2025/04/10/x/172631",
    "https://example.org/a?b=1&c=2#part",
)
ODD_URLS = (
    "https://例え.テスト/パス",
    "https://example.org/غزة",
    "HTTPS://EXAMPLE.ORG/UPPER",
    "https://user:pass@example.org:8080/p?q=1#f",
    "https://example.org/%00%0d%0a",
    "https://example.org/javascript:alert(1)",
    "https://example.org/it's",
    "https://example.org/" + "a" * 1980,
    "https://[::1]:8080/x",
)
BAD_URLS = (
    *ODD_URLS,
    "https://example.org/a?b=1&c=<2>",
    'https://example.org/"onmouseover=alert(1)',
    "https://example.org/<script>alert(1)</script>",
    "https://example.org/{{7*7}}",
    "https://example.org/" + "a" * 3000,
    "https://example.org/\u202egpj.exe",
    "https://example.org:99999/x",
    "javascript:alert(1)",
    "ftp://example.org",
    "//example.org",
    "example.org",
    "https://",
)
LANGUAGES = ("en", "tr", "he", "ar", "fr", "de", "es", "ru", "az")
PUBLISHED = ("2025-04-10", "2025-04-10", "2025-04-10", "2025-04-09", "2025-04-11", "2024-02-29")
ODD_DAYS = (
    "1999-12-31", "1970-01-01", "1969-12-31", "2106-02-07", "2106-02-08", "2999-01-01",
    "9999-12-31", "0001-01-01", "0000-01-01", "-0043-03-15", "2025-02-29", "2025-13-01",
    "2025-4-9", "20250410", "10000-01-01", "yesterday",
)  # fmt: skip
DATES = (
    "on Wednesday", "on Thursday", "Wednesday night", "last week", "last month", "yesterday",
    "9 April 2025", "early April 2025", "spring 2025", "2–4 April 2025", "April 2-3, 2025",
    "March–April 2025", "c. 2023", "around 9 April 2025", "2025-04~", "202X", "2025-21",
    "2025-04-02/2025-04-04", "44 BC", "15 March 44 BC", "2025-04-09", "2023–2024", "Q2 2025",
    "the night of 6–7 April 2025", "14:30 on 9 April 2025", "early 2025", "1 January 0001",
)  # fmt: skip
# Refused, or later than every source (which only a scheduled event may be).
HARD_DATES = (
    "mid-April 2025", "20 April", "in May", "31 December 9999", "since 1 April 2025",
    "9 Nisan 2025", "07/10/2023", "Friday 9 April 2025", "30 February 2025", "a week after",
)  # fmt: skip
IDS = ("baku-talks", "strikes", "a", "x1", "2025", "a-b-c", "second-round", "talks-2")
ODD_IDS = (
    "index", "tags", "events", "404", "sitemap", "search", "assets", "a" * 100, "a" * 101,
    "e" * 260, "a--b", "-a", "A",
)  # fmt: skip
STORYLINE_KEYS = ("deconfliction", "gaza")
ODD_STORYLINE_KEYS = ("index", "tags", "a" * 300, "a" * 100, "x", "Gaza", "events")
WRONG_TYPES = (
    ["a", "b"], {"a": "b"}, [["nested"]], {"text": {"deep": [1]}}, Raw("5"), Raw("3.5"),
    Raw("true"), Raw("null"), [], {}, [Raw("null")], [{}],
)  # fmt: skip


@st.composite
def chance(draw: st.DrawFn, percent: int) -> bool:
    """True `percent` times in 100; shrinks to False."""
    return draw(st.integers(0, 99)) >= 100 - percent


# Arbitrary text a page can show: no control, format or separator characters.
printable_text = st.text(
    st.characters(exclude_categories=("Cc", "Cf", "Cs", "Co", "Zl", "Zp")), min_size=1, max_size=20
).filter(str.strip)

# Each example is tame (every value one validate should take, however odd) or wild (now and then
# a value it must refuse): tame examples keep the build busy, wild ones the refusals.


@st.composite
def text_value(draw: st.DrawFn, plausible: tuple[str, ...], wild: bool) -> object:
    bucket = draw(st.integers(0, 99))
    if bucket < 60:
        return draw(st.sampled_from(plausible))
    if bucket < 80:
        return draw(st.sampled_from(HOSTILE + COLLIDING))
    if bucket < 92 or not wild:
        return draw(printable_text)
    if bucket < 96:
        return draw(st.sampled_from(UNCLEAN) | st.text(min_size=1, max_size=20))
    if bucket < 99:
        return Raw(draw(st.sampled_from(LOOKALIKES)))
    return draw(st.sampled_from(WRONG_TYPES))


@st.composite
def names_value(draw: st.DrawFn, plausible: tuple[str, ...], wild: bool) -> object:
    if wild and draw(chance(3)):
        return draw(st.sampled_from((*plausible, *WRONG_TYPES)))  # text, or a wrong type
    return draw(st.lists(text_value(plausible, wild), max_size=4))


@st.composite
def day_value(draw: st.DrawFn, wild: bool) -> object:
    bucket = draw(st.integers(0, 99))
    if bucket < 85 or not wild:
        # Mostly unquoted, as people write dates (YAML would read a timestamp); sometimes quoted.
        day = draw(st.sampled_from(PUBLISHED))
        return Raw(day) if bucket < 75 else day
    if bucket < 98:
        return Raw(draw(st.sampled_from(ODD_DAYS)))
    return draw(st.sampled_from(WRONG_TYPES))


@st.composite
def pick(
    draw: st.DrawFn, usual: tuple[object, ...], odd: tuple[object, ...], percent: int, wild: bool
) -> object:
    """Usually from `usual`; in a wild example, `percent` times in 100 from `odd`."""
    return draw(st.sampled_from(odd if wild and draw(chance(percent)) else usual))


@st.composite
def date_value(draw: st.DrawFn, other_ids: list[str], sources: int, wild: bool) -> object:
    relative = tuple(f"{n} after @{i}" for i in other_ids for n in ("a week", "a day"))
    relative += tuple(f"{n} before @{i}" for i in other_ids for n in ("2 days", "a week"))
    bucket = draw(st.integers(0, 99))
    if bucket < 85 or not wild:
        # A date relative to another event's takes on its precision: a quarter of them.
        text: object = draw(st.sampled_from(relative if relative and draw(chance(25)) else DATES))
        if draw(chance(12)):
            return {"text": "9 Nisan 2025", "language": "tr"} if draw(st.booleans()) else {
                "text": "07/10/2023", "date_order": draw(st.sampled_from(("DMY", "MDY"))),
            }  # fmt: skip
    elif bucket < 90:
        text = draw(st.sampled_from(HARD_DATES))
    elif bucket < 94:
        text = draw(st.text(min_size=1, max_size=30))
    elif bucket < 98:
        text = Raw(draw(st.sampled_from(LOOKALIKES)))
    else:
        text = draw(st.sampled_from(WRONG_TYPES))
    if not draw(chance(25)):
        return text
    mapping: dict[str, object] = {"text": text}
    if draw(chance(40)):
        usual = (Raw("1"), Raw(str(sources)))
        mapping["source"] = draw(pick(usual, (Raw("0"), Raw("9"), "nobody", [1]), 30, wild))
    if draw(chance(15)):
        mapping["anchor"] = draw(day_value(wild))
    if draw(chance(15)):
        mapping["language"] = draw(pick(("en",), ("xx", "EN", Raw("no")), 30, wild))
    if draw(chance(10)):
        mapping["date_order"] = draw(pick(("DMY", "MDY", "YMD"), ("dmy", "XYZ"), 30, wild))
    if wild and draw(chance(3)):
        mapping["txet"] = "typo"
    return mapping


@st.composite
def source_value(draw: st.DrawFn, wild: bool) -> object:
    if wild and draw(chance(2)):
        return draw(st.sampled_from(WRONG_TYPES))
    source: dict[str, object] = {
        "publisher": draw(text_value(PUBLISHERS, wild)),
        "title": draw(text_value(TITLES, wild)),
        "url": draw(pick(URLS, ODD_URLS, 8, True) if not wild else pick(URLS, BAD_URLS, 15, wild)),
        "published": draw(day_value(wild)),
    }
    if draw(chance(20)):
        source["language"] = draw(pick(LANGUAGES, ("xx", "EN", Raw("no")), 20, wild))
    if draw(chance(25)):
        source["quote"] = draw(text_value(SUMMARIES + TITLES, wild))
    if draw(chance(15)):
        source["date"] = draw(st.sampled_from(("on Tuesday", "on Wednesday", "9 April 2025")))
    if wild and draw(chance(3)):
        del source[draw(st.sampled_from(sorted(source)))]
    if wild and draw(chance(3)):
        source["publised"] = "2025-04-10"
    return source


@st.composite
def event_value(
    draw: st.DrawFn, event_id: object, other_ids: list[str], storylines: list[str], wild: bool
) -> dict[str, object]:
    sources = draw(st.lists(source_value(wild), min_size=1, max_size=3))
    event: dict[str, object] = {}
    if event_id is not None:
        event["id"] = event_id
    event["title"] = draw(text_value(TITLES, wild))
    event["date"] = draw(date_value(other_ids, len(sources), wild))
    if draw(chance(10)):
        event["end"] = draw(st.sampled_from(("10 April 2025", "last week", "2025-04-12", "1 BC")))
    if draw(chance(40)):
        event["summary"] = draw(text_value(SUMMARIES + HOSTILE_SUMMARIES, wild))
    event["sources"] = sources
    for key, pool in (("actors", NAMES), ("places", NAMES), ("tags", TAGS)):
        if draw(chance(55)):
            event[key] = draw(names_value(pool, wild))
    if storylines and draw(chance(70)):
        event["storyline"] = draw(st.sampled_from(storylines))
    elif wild and draw(chance(5)):
        event["storyline"] = draw(st.sampled_from(("undeclared", "Bad Id", Raw("no"))))
    if other_ids and draw(chance(30)):
        event["related"] = draw(
            st.lists(st.sampled_from([*other_ids, *(f"@{i}" for i in other_ids)]), max_size=2)
        )
    elif wild and draw(chance(3)):
        event["related"] = draw(st.sampled_from((["nowhere"], "baku-talks", [Raw("1984")])))
    if draw(chance(15)):
        statuses = ("reported", "confirmed", "disputed", "denied", "retracted")
        event["status"] = draw(pick(statuses, ("Confirmed", "unknown", Raw("no")), 20, wild))
    if draw(chance(10)):
        event["updates"] = [
            {"date": draw(day_value(wild)), "note": draw(text_value(SUMMARIES, wild))}
        ]
    if wild and draw(chance(3)):
        event[draw(st.sampled_from(("titel", "Title", "source", "tag", "storylines")))] = "x"
    if wild and draw(chance(3)):
        del event[draw(st.sampled_from(("title", "date", "sources")))]
    return event


# --- writing YAML by hand, so that lookalikes stay unquoted where the strategy says so ----------

_RESOLVER = yaml.resolver.Resolver()
_PLAIN_PUNCTUATION = set(" .,()'’–—-_/?!&")
_LINE_BREAKS = "\n\r\x85\u2028\u2029"


def _printable(char: str) -> bool:
    """YAML's printable set: what may stand in a file unescaped."""
    code = ord(char)
    return (
        char in "\t\n\r\x85"
        or 0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def _plain_ok(text: str) -> bool:
    return (
        text != ""
        and text[0].isalnum()
        and text[-1] != " "
        and all(c.isalnum() or c in _PLAIN_PUNCTUATION for c in text)
        and _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"
    )


def _double_quoted(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif _printable(char) and char not in _LINE_BREAKS and char != "\ufeff":
            out.append(char)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


def scalar(value: object, rnd: random.Random, in_flow: bool = False) -> str:
    if isinstance(value, Raw):
        return value.text
    text = str(value)
    if _plain_ok(text) and not (in_flow and "," in text) and rnd.random() < 0.6:
        return text
    single = all(_printable(c) and c not in _LINE_BREAKS and c != "\ufeff" for c in text)
    if single and rnd.random() < 0.4:
        return "'" + text.replace("'", "''") + "'"
    return _double_quoted(text)


def flow(value: object, rnd: random.Random) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(flow(item, rnd) for item in value) + "]"
    if isinstance(value, dict):
        items = (f"{scalar(k, rnd, True)}: {flow(v, rnd)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return scalar(value, rnd, in_flow=True)


def _block_text(text: str, indent: int) -> str | None:
    """`|-` block text, where the text allows it."""
    lines = text.split("\n")
    if (
        "\n" not in text
        or not all(_printable(c) and c not in "\r\x85\u2028\u2029\ufeff" for c in text)
        or lines[0].startswith((" ", "\t"))
        or text.endswith("\n")
        or any(line != line.rstrip(" \t") for line in lines)
    ):
        return None
    pad = " " * indent
    return " |-\n" + "".join(f"{pad}{line}\n" if line else "\n" for line in lines)


def mapping_lines(value: dict[str, object], indent: int, rnd: random.Random) -> str:
    out = []
    for key, item in value.items():
        out.append(f"{' ' * indent}{scalar(key, rnd)}:{after_key(item, indent, rnd)}")
    return "".join(out)


def after_key(value: object, indent: int, rnd: random.Random) -> str:
    """What follows `key:` for `value`: a nested block, block text, or a flow value."""
    if isinstance(value, dict) and value and rnd.random() < 0.85:
        return "\n" + mapping_lines(value, indent + 2, rnd)
    if isinstance(value, list) and value and rnd.random() < 0.6:
        return "\n" + sequence_lines(value, indent + rnd.choice((0, 2)), rnd)
    if isinstance(value, str) and rnd.random() < 0.5:
        block = _block_text(value, indent + 2)
        if block is not None:
            return block
    return " " + flow(value, rnd) + "\n"


def sequence_lines(value: list[object], indent: int, rnd: random.Random) -> str:
    out = []
    for item in value:
        if isinstance(item, dict) and item and rnd.random() < 0.85:
            lines = mapping_lines(item, indent + 2, rnd)
            out.append(" " * indent + "- " + lines[indent + 2 :])
        elif isinstance(item, list) and item and rnd.random() < 0.5:
            out.append(" " * indent + "-\n" + sequence_lines(item, indent + 2, rnd))
        else:
            out.append(f"{' ' * indent}- {flow(item, rnd)}\n")
    return "".join(out)


def yaml_text(value: dict[str, object], rnd: random.Random) -> str:
    head = rnd.choice(("", "", "---\n", "# an event\n"))
    return head + mapping_lines(value, 0, rnd)


# --- strategy B: files, and what the site must show -------------------------------------------

# Each text field whose YAML lookalike the site must show as written, and where the event keeps it.
TEXT_FIELDS: dict[str, Callable[[Event], list[str | None]]] = {
    "id": lambda e: [e.id],
    "title": lambda e: [e.title],
    "summary": lambda e: [e.summary],
    "date": lambda e: [e.date.text],
    "actors": lambda e: list(e.actors),
    "places": lambda e: list(e.places),
    "tags": lambda e: list(e.tags),
    "storyline": lambda e: [e.storyline],
    "related": lambda e: list(e.related),
    "publisher": lambda e: [s.publisher for s in e.sources],
    "source title": lambda e: [s.title for s in e.sources],
    "quote": lambda e: [s.quote for s in e.sources],
    "note": lambda e: [u.note for u in e.updates],
}


def lookalikes(event: dict[str, object]) -> list[tuple[str, str]]:
    """(field, token) for each text field written as an unquoted YAML lookalike."""
    found: list[tuple[str, str]] = []

    def add(name: str, value: object) -> None:
        if isinstance(value, Raw):
            found.append((name, value.text))

    for name in ("id", "title", "summary", "storyline"):
        add(name, event.get(name))
    date = event.get("date")
    add("date", date.get("text") if isinstance(date, dict) else date)
    for name in ("actors", "places", "tags", "related"):
        items = event.get(name)
        for item in items if isinstance(items, list) else ():
            add(name, item)
    sources = event.get("sources")
    for source in sources if isinstance(sources, list) else ():
        if isinstance(source, dict):
            add("publisher", source.get("publisher"))
            add("source title", source.get("title"))
            add("quote", source.get("quote"))
    updates = event.get("updates")
    for update in updates if isinstance(updates, list) else ():
        if isinstance(update, dict):
            add("note", update.get("note"))
    return found


@dataclass(frozen=True)
class EventFiles:
    files: dict[str, bytes]
    expected: dict[str, list[tuple[str, str]]]  # shown path: (field, token written unquoted)
    storylines: dict[str, list[tuple[str, str]]]  # storyline id: (field, token)
    directory_urls: bool = True

    def __repr__(self) -> str:  # what hypothesis prints for a falsifying example
        files = "\n".join(
            f"--- events/{name}\n{data.decode('utf-8', 'backslashreplace')}"
            for name, data in self.files.items()
        )
        return files if self.directory_urls else f"(use_directory_urls: false)\n{files}"


@st.composite
def event_files(draw: st.DrawFn) -> EventFiles:
    rnd = draw(st.randoms(use_true_random=False))
    wild = draw(chance(40))
    count = draw(st.sampled_from((1, 1, 1, 2, 2, 3, 4)))
    unique = not (wild and draw(chance(15)))
    ids = draw(
        st.lists(pick(IDS, ODD_IDS, 15, wild), min_size=count, max_size=count, unique=unique)
    )
    files: dict[str, bytes] = {}
    storyline_ids: dict[str, list[tuple[str, str]]] = {}
    if draw(chance(60)):
        declared: dict[str, object] = {}
        keys = st.lists(pick(STORYLINE_KEYS, ODD_STORYLINE_KEYS, 15, wild), min_size=1, max_size=3)
        for key in draw(keys):
            entry: object = {
                "title": draw(text_value(("Turkey–Israel deconfliction", "Gaza war"), wild)),
                "description": draw(text_value(SUMMARIES, wild)),
            }
            if wild and draw(chance(3)):
                entry = draw(st.sampled_from(WRONG_TYPES))
            declared[key] = entry
            if isinstance(entry, dict):
                storyline_ids[key] = [
                    (name, value.text) for name, value in entry.items() if isinstance(value, Raw)
                ]
        files["storylines.yml"] = yaml_text(declared, rnd).encode("utf-8")
    expected: dict[str, list[tuple[str, str]]] = {}
    for i, event_id in enumerate(ids):
        others = [other for other in ids if other != event_id]
        stem, given_id = event_id, None
        if draw(chance(25)) or len(stem) > 200:  # a file name that is not the id, id as a field
            stem = draw(st.sampled_from(("Index", "ÉVÉNEMENT", "a b", "2025-04-10", f"e{i}")))
            given_id = (
                Raw(draw(st.sampled_from(LOOKALIKES))) if wild and draw(chance(8)) else event_id
            )
        event = draw(event_value(given_id, others, list(storyline_ids), wild))
        storyline = event.get("storyline")
        by_storyline = (
            f"{storyline}/" if isinstance(storyline, str) and len(storyline) < 100 else ""
        )
        folder = draw(st.sampled_from(("", "", "misc/", "a/b/", by_storyline)))
        suffix = draw(st.sampled_from((".yml", ".yml", ".yaml")))
        name = f"{folder}{stem}{suffix}"
        if name in files:
            name = f"{folder}{stem}-{i}{suffix}"
        files[name] = yaml_text(event, rnd).encode("utf-8")
        expected[f"events/{name}"] = lookalikes(event)
    return EventFiles(files, expected, storyline_ids, directory_urls=not draw(chance(20)))


def check_event_files(example: EventFiles, stats: Stats) -> Callable[[Path], None]:
    def check(root: Path) -> None:
        chronology = load(root)
        check_problems(root, chronology)
        if chronology.problems:
            return
        stats.accepted += 1
        check_accepted(root, chronology, example.files)
        by_path = {event.path: event for event in chronology.events}
        for path, expected in example.expected.items():
            if path not in by_path:
                raise FuzzFailure("an accepted file's event does not name its file", path)
            for name, token in expected:
                shown = TEXT_FIELDS[name](by_path[path])
                if token not in shown:
                    raise FuzzFailure(
                        "validate accepts text written as a YAML lookalike, and shows other text",
                        f"{path}: {name} written {token}, shown {shown!r}",
                    )
        for key, expected in example.storylines.items():
            storyline = chronology.storylines.get(key)
            for name, token in expected:
                shown = getattr(storyline, name, None)
                if shown != token:
                    raise FuzzFailure(
                        "validate accepts text written as a YAML lookalike, and shows other text",
                        f"storyline {key}: {name} written {token}, shown {shown!r}",
                    )
        check_site(root, chronology, stats, example.directory_urls)

    return check


STATS_B = Stats("event-shaped files")


@fuzz_settings(suite_examples=150, deadline_seconds=LOAD_SECONDS + BUILD_SECONDS)
@given(example=event_files())
def _fuzz_event_files(example: EventFiles) -> None:
    note = "" if example.directory_urls else "use_directory_urls: false"
    run_example(STATS_B, example.files, check_event_files(example, STATS_B), note)


def test_event_files_accepted_by_validate_build_strictly_and_safely() -> None:
    warm_up()
    _fuzz_event_files()
    finish(STATS_B)


# --- shared -----------------------------------------------------------------------------------

_warm = False


def warm_up() -> None:
    """One load and one build first, so that imports and caches do not count against a limit."""
    global _warm
    if _warm:
        return
    root = Path(tempfile.mkdtemp(prefix="chronology-fuzz-"))
    try:
        (root / "events" / "deconfliction").mkdir(parents=True)
        (root / "events" / "storylines.yml").write_text(VALID_STORYLINES, encoding="utf-8")
        (root / "events" / "deconfliction" / "talks.yml").write_text(VALID_EVENT, encoding="utf-8")
        load_chronology(root / "events", relative_to=root)
        build_site(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    _warm = True


def test_the_hand_written_yaml_reads_back_as_written() -> None:
    """The strategy's own YAML writer: what it writes, PyYAML reads back (lookalikes aside)."""
    rnd = random.Random(8)
    samples = [*HOSTILE, *COLLIDING, *UNCLEAN, *TITLES, *SUMMARIES, *URLS, "x: y", "- a", "#c"]
    document = {"k": samples, "m": {"a": samples[:5], "b": {"c": "d"}}, "t": "line\nbreak"}
    for _ in range(20):
        text = yaml_text(document, rnd)  # type: ignore[arg-type]
        assert yaml.safe_load(text) == document, text
