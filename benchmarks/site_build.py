"""Site build time: the chronology plugin against a bare MkDocs site of the same size.

Run: `.venv/bin/python benchmarks/site_build.py [COUNT ...]` (default 1000 10000).
For each COUNT, in the same run: a chronology of COUNT synthetic events (one page each, plus its
hub, storyline, tag, actor and place pages), and two bare sites with the same theme, the same
nav and as many pages as the chronology's site (it is built once first, not counted, to count
them), plain Markdown pages kept out of the nav like event pages: one with a sentence a page,
one whose first COUNT pages carry the text the event pages do (the chronology published by
hand, without the plugin). The chronology is built twice in each round: as a rebuild (its dates
read from the date cache, as after any earlier build or `chronology validate`) and as a first
build, with no date cache (as in CI on a fresh machine).
The sites take turns in each of several rounds; reported are the medians of the per-round
ratios of wall-clock and CPU times, with their ranges.
"""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dates_throughput import expressions

MKDOCS = str(Path(sys.executable).parent / "mkdocs")
THEME = "theme:\n  name: material\n  font: false\n"
# Both kinds of site get the same three-entry nav: Material renders it on every page, so a
# shorter nav on the bare site would be counted against the plugin.
NAV = "nav:\n  - index.md\n  - chronology.md\n  - timeline.md\n"
VOCABULARY = ["Turkey", "Israel", "Syria", "Azerbaijan", "United States", "Russia", "Iran", "Hamas"]


def chronology_site(root: Path, count: int) -> None:
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    events = root / "events"
    events.mkdir()
    storylines = "".join(
        f"s{i}:\n  title: Storyline {i}\n  description: Storyline {i}.\n" for i in range(5)
    )
    (events / "storylines.yml").write_text(storylines, encoding="utf-8")
    for i, (text, anchor, language, _, _) in enumerate(expressions(count, seed=3)):
        actors = ", ".join(VOCABULARY[(i + k) % len(VOCABULARY)] for k in range(2))
        date = f"'{text}'" if language is None else f"{{text: '{text}', language: {language}}}"
        folder = events / f"s{i % 5}"
        folder.mkdir(exist_ok=True)
        (folder / f"event-{i}.yml").write_text(
            f"title: Event number {i}\ndate: {date}\nstoryline: s{i % 5}\n"
            f"summary: Something happened, *reportedly*, on the day.\n"
            f"actors: [{actors}]\nplaces: [Place {i % 40}]\ntags: [tag {i % 25}]\n"
            f"sources:\n  - publisher: Agency\n    title: Report {i}\n"
            f"    url: https://example.org/{i}\n    published: {anchor.iso()}\n",
            encoding="utf-8",
        )
    (root / "mkdocs.yml").write_text(
        f"site_name: Bench\n{THEME}plugins:\n  - search\n  - chronology\n{NAV}",
        encoding="utf-8",
    )


def bare_site(root: Path, count: int, same_text: bool = False, pages: int | None = None) -> None:
    """COUNT plain Markdown pages: one sentence each, or (same_text) what each event page says;
    with `pages`, one-sentence pages are added up to that many pages in the whole site (the
    chronology's hub, storyline, tag, actor and place pages are pages too)."""
    folder = root / "docs" / "pages"
    folder.mkdir(parents=True)
    for name in ("index", "chronology", "timeline"):
        (root / "docs" / f"{name}.md").write_text(f"# {name.title()}\n", encoding="utf-8")
    cases = expressions(count, seed=3)
    for i in range(max(count, (pages or 0) - 3)):
        text = f"# Page number {i}\n\nSomething happened, *reportedly*, on the day.\n"
        if same_text and i < count:
            date, anchor = cases[i][0], cases[i][1]
            actors = ", ".join(VOCABULARY[(i + k) % len(VOCABULARY)] for k in range(2))
            text = (
                f"# Event number {i}\n\n**{date}** (Storyline {i % 5})\n\n"
                "Something happened, *reportedly*, on the day.\n\n## Sources\n\n"
                f"1. **Agency**, [Report {i}](https://example.org/{i}), {anchor.iso()}\n\n"
                f"## About\n\n- Actors: {actors}\n- Places: Place {i % 40}\n- Tags: tag {i % 25}\n"
            )
        (folder / f"page-{i}.md").write_text(text, encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        f"site_name: Bench\n{THEME}plugins:\n  - search\n{NAV}not_in_nav: /pages/\n",
        encoding="utf-8",
    )


PACKAGE = Path(__file__).resolve().parent.parent / "builder"


def frozen_code(work: Path, env: dict[str, str]) -> dict[str, str]:
    """`env` with the package as it is now, copied into `work`, first on the import path: an
    edit to the working tree while a benchmark runs would otherwise change what is measured."""
    shutil.copytree(
        PACKAGE, work / "code" / "builder", ignore=shutil.ignore_patterns("__pycache__")
    )
    # Compiled, as pip leaves an installed package (and MkDocs and Material here): under
    # PYTHONDONTWRITEBYTECODE, as on this machine, each build would compile it afresh.
    compileall.compile_dir(work / "code", quiet=1)
    return {
        **env,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(work / "code"), env.get("PYTHONPATH")])),
    }


@dataclass(frozen=True)
class Build:
    wall: float  # seconds, as a user waits
    cpu: float  # user + system seconds of the process: less moved by other machines' load
    peak_mib: float  # its peak resident memory


def run_child(
    command: list[str], cwd: Path, env: dict[str, str], allowed: tuple[int, ...] = (0,)
) -> Build:
    """Run `command`; its own wall and CPU time and peak memory (os.wait4: the child's, not
    this run's). An exit status not `allowed` stops the benchmark with what it said."""
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code not in allowed:
            stderr.seek(0)
            raise SystemExit(f"{' '.join(command)}: exit {code}\n{stderr.read().decode()[-2000:]}")
    # ru_maxrss: KiB on Linux, bytes on macOS.
    peak = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
    return Build(wall, usage.ru_utime + usage.ru_stime, peak)


def build(root: Path, env: dict[str, str], empty_cache: Path | None = None) -> Build:
    """`mkdocs build` of the site in `root`; with `empty_cache`, a first build: the date cache
    goes to that folder, emptied before (a rebuild reads its dates from the cache)."""
    # Into an empty folder, as on a fresh clone: deleting the last build's files is left out,
    # since its system time moved by several seconds from one build to the next here.
    shutil.rmtree(root / "site", ignore_errors=True)
    if empty_cache is not None:
        shutil.rmtree(empty_cache, ignore_errors=True)
        env = {**env, "CHRONOLOGY_CACHE_DIR": str(empty_cache)}
    return run_child([MKDOCS, "build", "--site-dir", "site"], root, env)


def page_count(site: Path) -> int:
    """The pages of a built site (each is a folder's index.html)."""
    return sum(1 for _ in site.rglob("index.html"))


# The sites' places in a round: OURS is a rebuild (the date cache holds every date, as after
# any earlier build or `chronology validate`), FIRST the same site built with no date cache.
BARE, SAME_TEXT, OURS, FIRST = range(4)


def compared_sites(work: Path, count: int, env: dict[str, str]) -> list[tuple[Path, Path | None]]:
    """The chronology of `count` events in work/chronology (made unless it is there), and the
    two bare sites with as many pages as its site (it is built once here, not counted, to count
    them): (site, empty_cache) for BARE, SAME_TEXT, OURS, FIRST."""
    if not (work / "chronology").exists():
        chronology_site(work / "chronology", count)
    build(work / "chronology", env)
    pages = page_count(work / "chronology" / "site")
    bare_site(work / "bare", count, pages=pages)
    bare_site(work / "same-text", count, same_text=True, pages=pages)
    return [
        (work / "bare", None),
        (work / "same-text", None),
        (work / "chronology", None),
        (work / "chronology", work / "first-build-cache"),
    ]


def rounds(
    sites: list[tuple[Path, Path | None]], count: int, env: dict[str, str]
) -> list[list[Build]]:
    """`count` rounds in which the sites take turns, so that a machine that slows down or
    speeds up during the run weighs on all of them alike; each ratio is taken within a round."""
    return [[build(root, env, empty_cache) for root, empty_cache in sites] for _ in range(count)]


def ratio(results: list[list[Build]], ours: int, theirs: int, measure: str = "wall") -> str:
    """The median of the per-round ratios of `measure` (a Build field), with their range."""
    ratios = sorted(getattr(r[ours], measure) / getattr(r[theirs], measure) for r in results)
    return f"{statistics.median(ratios):.2f}x ({ratios[0]:.2f}-{ratios[-1]:.2f})"


def main(counts: list[int]) -> None:
    medians = []
    for count in counts:
        work = Path(tempfile.mkdtemp(prefix="chronology-site-bench-"))
        try:
            env = {
                **os.environ,
                "NO_MKDOCS_2_WARNING": "1",
                "CHRONOLOGY_CACHE_DIR": str(work / "cache"),  # not the user's own
            }
            env = frozen_code(work, env)
            results = rounds(compared_sites(work, count, env), 7 if count <= 2_000 else 3, env)
            pages = page_count(work / "chronology" / "site")
            assert page_count(work / "bare" / "site") == pages
            ours, bare, same, first = (
                statistics.median(r[site].wall for r in results)
                for site in (OURS, BARE, SAME_TEXT, FIRST)
            )
            medians.append((count, ours, bare))
            print(f"{count:,} events ({pages:,} pages), median of {len(results)} rounds: "
                  f"chronology {ours:.1f} s (a first build, no date cache: {first:.1f} s), "
                  f"bare MkDocs with {pages:,} one-sentence pages {bare:.1f} s, with {count:,} of "
                  f"them carrying the same text as the events {same:.1f} s")  # fmt: skip
            for label, ours_at, theirs in (
                ("chronology / bare:     ", OURS, BARE),
                ("chronology / same text:", OURS, SAME_TEXT),
                ("first build / bare:    ", FIRST, BARE),
            ):
                print(f"  {label} wall {ratio(results, ours_at, theirs)}, "
                      f"cpu {ratio(results, ours_at, theirs, 'cpu')}", flush=True)  # fmt: skip
        finally:
            shutil.rmtree(work)
    if len(medians) >= 2:
        (c1, o1, b1), (c2, o2, b2) = medians[0], medians[-1]
        print(f"{c2 // c1}x the events: chronology {o2 / o1:.1f}x the time, bare {b2 / b1:.1f}x")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000, 10_000])
