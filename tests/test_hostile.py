"""Hostile and odd event files (tests/hostile/), each run end to end against its expected outcome.

Every folder in tests/hostile/ is one case: `events/` and `case.yml` (the format is described in
tests/hostile/README.md). A case is copied to a temporary folder, given what git cannot hold
(symlinks, FIFOs, sparse files), and run through `chronology validate` and `mkdocs build
--strict` as subprocesses, each with a timeout (a hang is a failure) and a memory limit (so a
file that is read without end fails the case instead of the machine).

- expect: error — validate exits 1 and prints every listed problem as `path:line:` (no problem
  at a file that is not listed), and the build fails; neither prints a traceback.
- expect: valid — validate exits 0, the build succeeds, every event has a page titled with its
  title, every tag, actor, place and storyline a page of its own, and no hub page is lost. In
  headless Chromium (the browser test) no page of the site opens a dialog or holds live markup
  from the data, and what the case lists under `shows` is on a page as text.

In every case, no output quotes a file the tool must not read (they hold SECRET-CONTENT, or are
/etc/passwd), and no file named PWNED* appears (payloads that would run code create one).
"""

from __future__ import annotations

import collections
import functools
import os
import pickle
import re
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tests.conftest import serving

CASES_DIR = Path(__file__).parent / "hostile"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "case.yml").is_file())
BIN = Path(sys.executable).parent

VALIDATE_TIMEOUT = 30  # seconds; a check of a few small files takes well under one
BUILD_TIMEOUT = 60
MEMORY_LIMIT = 2 * 1024**3  # address space of each subprocess (a build needs < 1 GiB)
SECRETS = ("SECRET-CONTENT", "root:x:0:0")  # in files the tool must refuse to read
TRACEBACK = re.compile(
    r"Traceback \(most recent call last\)|^(?:[\w.]+\.)?\w*(?:Error|Exception)(?::|$)", re.M
)
PROBLEM_LINE = re.compile(r"^(?P<path>[^\s:]+):(?P<line>\d+):")
# Never printed raw: C0 controls but tab and newline, DEL, C1, bidi controls, zero-width ones.
UNSAFE_OUTPUT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
MKDOCS_YML = """\
site_name: Hostile case
theme:
  name: material
  font: false
plugins:
  - search
  - chronology
"""
HOME = "# Hostile case\n\n<!-- chronology: storylines -->\n\n<!-- chronology: latest -->\n"
TERM_KINDS = ("tags", "actors", "places")


# ---- cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    at: str  # path:line or path:line:column, as validate prints it
    says: str | None = None  # case-insensitive; "a|b" means either
    shows: tuple[str, ...] = ()  # each exactly (case-sensitive) on the same line

    @property
    def path(self) -> str:
        return re.sub(r"(:\d+)+$", "", self.at)

    def matches(self, line: str) -> bool:
        if self.says and not any(w.lower() in line.lower() for w in self.says.split("|")):
            return False
        return all(text in line for text in self.shows)


@dataclass(frozen=True)
class Case:
    name: str
    about: str
    expect: str
    errors: tuple[Expected, ...] = ()
    tolerate: tuple[str, ...] = ()  # files where further problems are allowed
    shows: tuple[str, ...] = ()  # text that must be on some page of the built site
    cache: bool = False  # run validate with its cache, then again with the cache poisoned
    setup: dict[str, object] = field(default_factory=dict)

    @classmethod
    def load(cls, name: str) -> Case:
        data = yaml.safe_load((CASES_DIR / name / "case.yml").read_text(encoding="utf-8"))
        assert data["expect"] in ("error", "valid"), name
        assert (data["expect"] == "error") == bool(data.get("errors")), name
        errors = tuple(
            Expected(e["at"], e.get("says"), tuple(e.get("shows", ())))
            for e in data.get("errors", ())
        )
        return cls(
            name, data["about"], data["expect"], errors, tuple(data.get("tolerate", ())),
            tuple(data.get("shows", ())), bool(data.get("cache")), data.get("setup") or {},
        )  # fmt: skip


VALID_CASES = [name for name in CASES if Case.load(name).expect == "valid"]


class _Planted:
    """A pickle that, once loaded, creates PWNED-cache in the current folder."""

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (open, ("PWNED-cache", "w"))


def apply_setup(root: Path, setup: dict[str, object]) -> None:
    for path, content in dict(setup.get("files", {})).items():  # type: ignore[call-overload]
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(content, encoding="utf-8")
    for path, target in dict(setup.get("symlinks", {})).items():  # type: ignore[call-overload]
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, root / path)
    for path in list(setup.get("fifos", [])):  # type: ignore[call-overload]
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(root / path)
    for path, size in dict(setup.get("sparse", {})).items():  # type: ignore[call-overload]
        with (root / path).open("wb") as stream:
            stream.truncate(size)


# ---- running the tool --------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    command: str
    code: int | None  # None: killed at the timeout
    stdout: str
    stderr: str
    seconds: float

    @property
    def output(self) -> str:
        return self.stdout + "\n" + self.stderr

    def describe(self, limit: int = 3000) -> str:
        status = "timed out" if self.code is None else f"exit {self.code}"
        text = self.output.strip()
        text = text if len(text) <= limit else text[:limit] + f"\n... ({len(text):,} characters)"
        return f"$ {self.command}  ({status}, {self.seconds:.1f} s)\n{text}"


# Sets the memory limit, then becomes the command: a file read without end fails the case, not
# the machine. (A wrapper rather than preexec_fn, which is unsafe with the server's threads.)
_LIMITED = "import os, resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({0}, {0})); os.execv(sys.argv[1], sys.argv[1:])"


def run(arguments: list[str], cwd: Path, timeout: float) -> Run:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "XDG_CACHE_HOME": str(cwd / ".xdg-cache")}
    env.pop("SOURCE_DATE_EPOCH", None)  # the build date comes from the data
    command = [sys.executable, "-c", _LIMITED.format(MEMORY_LIMIT), *arguments]
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    try:
        stdout, stderr = process.communicate(timeout=timeout)
        code: int | None = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        code = None
    shown = " ".join([Path(arguments[0]).name, *arguments[1:]])
    return Run(
        shown, code, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"),
        time.monotonic() - started,
    )  # fmt: skip


@dataclass
class Prepared:
    case: Case
    root: Path
    runs: list[Run]  # validate (twice for a cache case)
    build: Run

    @property
    def site(self) -> Path:
        return self.root / "site"


_prepared: dict[str, Prepared] = {}


def prepare(name: str, workspace: Path) -> Prepared:
    """The case copied, set up, validated and built, once per test session."""
    if name in _prepared:
        return _prepared[name]
    case = Case.load(name)
    root = workspace / name
    shutil.copytree(CASES_DIR / name, root, symlinks=True)
    apply_setup(root, case.setup)
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text(HOME, encoding="utf-8")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    validate = [str(BIN / "chronology"), "validate", "events"]
    runs = []
    if case.cache:
        runs.append(run(validate, root, VALIDATE_TIMEOUT))
        poison_caches(root)
        runs.append(run(validate, root, VALIDATE_TIMEOUT))
    else:
        runs.append(run([*validate, "--no-cache"], root, VALIDATE_TIMEOUT))
    build = run(
        [str(BIN / "mkdocs"), "build", "--strict", "--site-dir", "site"], root, BUILD_TIMEOUT
    )
    _prepared[name] = Prepared(case, root, runs, build)
    return _prepared[name]


def poison_caches(root: Path) -> None:
    """Every file a run left in a cache folder, and the old pickle's place, become a planted pickle."""
    payload = pickle.dumps(_Planted())
    planted = [root / ".chronology-cache" / "files.pickle"]
    for folder in (root / ".chronology-cache", root / ".xdg-cache"):
        planted += [path for path in folder.rglob("*") if path.is_file()] if folder.is_dir() else []
    for path in planted:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(payload)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The folder of the case copies, with every selected case already validated and built.

    The cases run side by side (they wait on subprocesses), so a hang costs its timeout once,
    not once per hanging case; the tests then read the results.
    """
    folder = tmp_path_factory.mktemp("hostile")
    names = sorted(
        {
            item.callspec.params["name"]
            for item in request.session.items
            if item.module is sys.modules[__name__] and hasattr(item, "callspec")
        }
    )
    with ThreadPoolExecutor(max_workers=2 * (os.cpu_count() or 2)) as pool:
        list(pool.map(functools.partial(prepare, workspace=folder), names))
    return folder


# ---- what validate and the build must print ----------------------------------------------


def output_failures(prepared: Prepared) -> list[str]:
    """What holds for every run of every case: no traceback, no secrets, no PWNED file."""
    failures = []
    for result in [*prepared.runs, prepared.build]:
        if TRACEBACK.search(result.output):
            failures.append(f"{result.command}: printed a Python traceback or exception")
        for secret in SECRETS:
            if secret in result.output:
                failures.append(f"{result.command}: quoted a file it must not read ({secret!r})")
    for result in prepared.runs:
        unsafe = sorted({f"U+{ord(c):04X}" for c in UNSAFE_OUTPUT.findall(result.output)})
        if unsafe:
            failures.append(f"{result.command}: printed raw control characters {unsafe}")
    pwned = [str(p.relative_to(prepared.root)) for p in prepared.root.rglob("PWNED*")]
    if pwned:
        failures.append(f"a payload ran: it created {pwned}")
    return failures


def validate_failures(case: Case, result: Run) -> list[str]:
    if result.code is None:
        return [f"validate did not finish within {VALIDATE_TIMEOUT} s"]
    lines = result.output.splitlines()
    problems = [line for line in lines if PROBLEM_LINE.match(line)]
    if case.expect == "valid":
        if result.code != 0 or problems:
            return [f"validate exited {result.code} on a valid case"]
        return []
    failures = [] if result.code == 1 else [f"validate exited {result.code}, not 1"]
    for expected in case.errors:
        here = [line for line in problems if line.startswith(f"{expected.at}:")]
        if not here:
            failures.append(f"no problem reported at {expected.at}")
        elif not any(expected.matches(line) for line in here):
            wanted = f"say {expected.says!r}" if expected.says else ""
            wanted += f" show {list(expected.shows)}" if expected.shows else ""
            failures.append(f"the problem at {expected.at} does not {wanted.strip()}")
    listed = {expected.path for expected in case.errors} | set(case.tolerate)
    for line in problems:
        path = PROBLEM_LINE.match(line)["path"]  # type: ignore[index]
        if path not in listed:
            failures.append(f"a problem at a file the case does not list: {line[:200]}")
    return failures


def build_failures(case: Case, result: Run) -> list[str]:
    if result.code is None:
        return [f"mkdocs build did not finish within {BUILD_TIMEOUT} s"]
    if case.expect == "valid":
        return [] if result.code == 0 else [f"mkdocs build --strict failed ({result.code})"]
    if result.code == 0:
        return ["mkdocs build --strict built a site from files validate must refuse"]
    return [
        f"the failed build does not name {expected.at}"
        for expected in case.errors
        if not re.search(rf"(?:^|[\s'\"(]){re.escape(expected.at)}:", result.output, re.M)
    ]


# ---- what a valid case's site must hold --------------------------------------------------


def text(value: str) -> str:
    return " ".join(value.split())


@dataclass
class Content:
    """What the event files of a valid case say, as the site must show it."""

    titles: list[str]
    terms: dict[str, set[str]]
    storylines: dict[str, str]  # id: title


def content(root: Path) -> Content:
    titles: list[str] = []
    terms: dict[str, set[str]] = {kind: set() for kind in TERM_KINDS}
    events = root / "events"
    for folder, _, names in os.walk(events):
        for name in sorted(names):
            path = Path(folder) / name
            if not name.endswith((".yml", ".yaml")) or path == events / "storylines.yml":
                continue
            data = yaml.safe_load(path.read_bytes())
            titles.append(text(str(data["title"])))
            for kind in TERM_KINDS:
                terms[kind].update(text(str(item)) for item in data.get(kind) or ())
    storylines = {}
    if (events / "storylines.yml").is_file():
        declared = yaml.safe_load((events / "storylines.yml").read_bytes())
        storylines = {key: text(value["title"]) for key, value in declared.items()}
    return Content(titles, terms, storylines)


class _Page(HTMLParser):
    """A built page's first <h1> and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.h1: str | None = None
        self._h1: list[str] | None = None
        self._text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h1" and self.h1 is None:
            self._h1 = []
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self._h1 is not None:
            self.h1, self._h1 = text("".join(self._h1)), None
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data: str) -> None:
        if self._h1 is not None:
            self._h1.append(data)
        if not self._skip:
            self._text.append(data)

    @property
    def text(self) -> str:
        return text(" ".join(self._text))


def site_pages(site: Path) -> dict[str, Path]:
    """Every generated page: 'events/x/' (or '' for the home page) -> its index.html."""
    pages = {}
    for path in sorted(site.rglob("index.html")):
        relative = path.parent.relative_to(site).as_posix()
        if relative.split("/")[0] in ("search", "assets"):
            continue
        pages["" if relative == "." else f"{relative}/"] = path
    return pages


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def missing_titles(titles: list[str], h1s: list[str | None]) -> list[str]:
    """The titles with no page of their own (two events may share a title: one page each)."""
    left = collections.Counter(h1s)
    missing = []
    for title in titles:
        if left[title] > 0:
            left[title] -= 1
        else:
            missing.append(title)
    return missing


def site_failures(prepared: Prepared) -> list[str]:
    found = content(prepared.root)
    pages = {uri: parse(path) for uri, path in site_pages(prepared.site).items()}
    failures = [
        f"no event page titled {title[:120]!r}"
        for title in missing_titles(
            found.titles, [p.h1 for uri, p in pages.items() if uri.startswith("events/")]
        )
    ]
    hubs = {kind: f"{kind}/" for kind in (*TERM_KINDS, "storylines")}
    names = {**found.terms, "storylines": set(found.storylines.values())}
    for kind, hub in hubs.items():
        if not names[kind]:
            continue
        if hub not in pages:
            failures.append(f"the {kind} hub page is missing")
            continue
        own = [p.h1 for uri, p in pages.items() if uri.startswith(hub) and uri != hub]
        for name in sorted(names[kind]):
            if name not in own:
                failures.append(f"no {kind} page of its own for {name[:120]!r}")
            if name not in pages[hub].text:
                failures.append(f"the {kind} hub page does not list {name[:120]!r}")
    return failures


@pytest.mark.parametrize("name", CASES)
def test_hostile_case(name: str, workspace: Path) -> None:
    prepared = prepare(name, workspace)
    case = prepared.case
    failures = output_failures(prepared)
    for result in prepared.runs:
        failures += validate_failures(case, result)
    failures += build_failures(case, prepared.build)
    if case.expect == "valid" and prepared.build.code == 0:
        failures += site_failures(prepared)
    report = [f"{case.name}: {case.about}", *(f"  - {f}" for f in failures)]
    report += [r.describe() for r in [*prepared.runs, prepared.build]]
    assert not failures, "\n".join(report)


# ---- in a real browser -------------------------------------------------------------------

# Anything live that came from the data: a script that ran, elements the corpus marks, frames,
# event-handler attributes and script-bearing URLs on any element.
INERT_CHECK = """() => {
  const found = [];
  if (window.__xss !== undefined) found.push('window.__xss is set: a script from the data ran');
  const live = '.xss-marker, [data-xss], iframe, frame, frameset, object, embed, base, meta[http-equiv]';
  for (const el of document.querySelectorAll(live)) found.push('live element ' + el.outerHTML.slice(0, 160));
  const urls = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data',
                        'poster', 'background', 'ping', 'codebase', 'cite']);
  for (const el of document.querySelectorAll('*')) {
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\\u0000-\\u0020]+/g, '').toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc'
          || (urls.has(name) && /^(javascript|data|vbscript):/.test(value))) {
        found.push(`<${el.localName} ${name}="${attribute.value.slice(0, 80)}">`);
      }
    }
  }
  const h1 = document.querySelector('h1');
  return {found, h1: h1 ? h1.innerText : null, text: document.body.innerText};
}"""


@pytest.fixture(scope="module")
def server_url(workspace: Path):  # type: ignore[no-untyped-def]
    with serving(workspace) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("name", VALID_CASES)
def test_hostile_site_is_inert_in_chromium(
    name: str,
    workspace: Path,
    server_url: str,
    browser,  # type: ignore[no-untyped-def]
) -> None:
    prepared = prepare(name, workspace)
    assert prepared.build.code == 0, f"the site did not build:\n{prepared.build.describe()}"
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        dialogs.append(f"{dialog.type}({dialog.message!r}) on {page.url}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    failures: list[str] = []
    h1s: list[str | None] = []
    texts: list[str] = []
    try:
        for uri in site_pages(prepared.site):
            page.goto(f"{server_url}/{name}/site/{uri}", wait_until="load")
            result = page.evaluate(INERT_CHECK)
            failures += [f"/{uri}: {finding}" for finding in result["found"]]
            if uri.startswith("events/"):
                h1s.append(text(result["h1"]) if result["h1"] else None)
            texts.append(text(result["text"]))
    finally:
        context.close()
    failures += [f"a dialog opened: {dialog}" for dialog in dialogs]
    found = content(prepared.root)
    failures += [
        f"no event page shows the title {title[:120]!r} as text"
        for title in missing_titles(found.titles, h1s)
    ]
    failures += [
        f"no page shows {shown!r} as text"
        for shown in map(text, prepared.case.shows)
        if not any(shown in page_text for page_text in texts)
    ]
    assert not failures, "\n".join([f"{name}: {prepared.case.about}", *failures])
