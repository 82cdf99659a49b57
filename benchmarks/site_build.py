"""Site build time: the chronology plugin against a bare MkDocs site of the same size.

Run: `.venv/bin/python benchmarks/site_build.py [COUNT ...]` (default 1000 10000).
For each COUNT, in the same run: a chronology of COUNT synthetic events (one page each, plus its
hub, storyline, tag, actor and place pages), and two bare sites with the same theme, the same
nav and COUNT plain Markdown pages kept out of the nav like event pages: one with a sentence a
page, one with the same text the event pages carry (the chronology published by hand, without
the plugin).
Reported as ratios of build times, each the best of several rounds in which the sites take turns.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
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


def bare_site(root: Path, count: int, same_text: bool = False) -> None:
    """COUNT plain Markdown pages: one sentence each, or (same_text) what each event page says."""
    pages = root / "docs" / "pages"
    pages.mkdir(parents=True)
    for name in ("index", "chronology", "timeline"):
        (root / "docs" / f"{name}.md").write_text(f"# {name.title()}\n", encoding="utf-8")
    cases = expressions(count, seed=3)
    for i in range(count):
        text = f"# Page number {i}\n\nSomething happened, *reportedly*, on the day.\n"
        if same_text:
            date, anchor = cases[i][0], cases[i][1]
            actors = ", ".join(VOCABULARY[(i + k) % len(VOCABULARY)] for k in range(2))
            text = (
                f"# Event number {i}\n\n**{date}** (Storyline {i % 5})\n\n"
                "Something happened, *reportedly*, on the day.\n\n## Sources\n\n"
                f"1. **Agency**, [Report {i}](https://example.org/{i}), {anchor.iso()}\n\n"
                f"## About\n\n- Actors: {actors}\n- Places: Place {i % 40}\n- Tags: tag {i % 25}\n"
            )
        (pages / f"page-{i}.md").write_text(text, encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        f"site_name: Bench\n{THEME}plugins:\n  - search\n{NAV}not_in_nav: /pages/\n",
        encoding="utf-8",
    )


def build_seconds(root: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    result = subprocess.run(
        [MKDOCS, "build", "--site-dir", "site"],
        cwd=root, capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(result.stderr[-2000:])
    return time.perf_counter() - started


def best_of(roots: list[Path], runs: int) -> list[float]:
    """Each site's best time over `runs` rounds, the sites taking turns within a round, so a
    machine that slows down or speeds up during the run weighs on all of them alike."""
    best = [float("inf")] * len(roots)
    for _ in range(runs):
        for i, root in enumerate(roots):
            best[i] = min(best[i], build_seconds(root))
    return best


def main(counts: list[int]) -> None:
    rows = []
    for count in counts:
        work = Path(tempfile.mkdtemp(prefix="chronology-site-bench-"))
        try:
            chronology_site(work / "chronology", count)
            bare_site(work / "bare", count)
            bare_site(work / "same-text", count, same_text=True)
            runs = 5 if count <= 2_000 else 3
            roots = [work / "bare", work / "same-text", work / "chronology"]
            bare, same_text, ours = best_of(roots, runs)
            pages = sum(1 for _ in (work / "chronology" / "site").rglob("index.html"))
            rows.append((count, bare, ours, pages))
            print(f"{count:6,} events, chronology {ours:5.1f} s ({pages:,} pages) against bare MkDocs "
                  f"with {count:,} plain pages: one-sentence pages {bare:5.1f} s = {ours / bare:.2f}x; "
                  f"pages with the same text {same_text:5.1f} s = {ours / same_text:.2f}x", flush=True)  # fmt: skip
        finally:
            shutil.rmtree(work)
    if len(rows) >= 2:
        (c1, b1, o1, _), (c2, b2, o2, _) = rows[0], rows[-1]
        print(f"{c2 // c1}x the events: chronology {o2 / o1:.1f}x the time, bare {b2 / b1:.1f}x")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000, 10_000])
