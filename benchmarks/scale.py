"""Large chronologies: peak memory and CPU of `chronology validate` and `mkdocs build`.

Run: `nice .venv/bin/python benchmarks/scale.py [COUNT ...]` (default 10000 100000);
`--no-build-above N` skips the builds of chronologies larger than N events (a 100,000-event
build takes many minutes on a small machine); `--rounds N` (default 3) builds the sites N
times, taking turns, and reports the median build of each and the medians of the per-round
ratios (a single build's CPU time moves by up to 15% from one run to the next here).

For each COUNT, in one run, each command a child process whose own peak resident memory
(ru_maxrss) and CPU time (user + system) come from os.wait4:
- `chronology validate` cold (an empty cache folder), warm (nothing changed), and warm after
  one event file was edited;
- `mkdocs build` of the chronology (the synthetic one of benchmarks/site_build.py) and of two
  bare MkDocs + Material sites of as many plain pages (the chronology's site is built once
  first, not counted, to count its pages) kept out of the nav, the baselines: one
  with a sentence a page, one whose pages carry the text the event pages do (the chronology
  published by hand). The ratios say what the chronology costs over MkDocs itself. The
  chronology is built as a rebuild (its dates from the date cache) and as a first build.
The edit-to-reload latency of `mkdocs serve` is measured by benchmarks/edit_loop.py, run from
here when it exists. The table printed at the end is the one in README's Performance section.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from site_build import (  # noqa: E402
    BARE,
    FIRST,
    OURS,
    SAME_TEXT,
    Build,
    chronology_site,
    compared_sites,
    frozen_code,
    ratio,
    rounds,
    run_child,
)

BIN = Path(sys.executable).parent


def validate_runs(root: Path, env: dict[str, str]) -> dict[str, Build]:
    def measure() -> Build:  # exit 1: the events have problems, which a benchmark may have
        return run_child([str(BIN / "chronology"), "validate", "events"], root, env, (0, 1))

    runs = {"validate, cold": measure()}
    runs["validate, warm"] = measure()
    edited = next((root / "events").rglob("event-1.yml"))
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    runs["validate, warm, one file edited"] = measure()
    return runs


def edit_loop() -> object | None:
    """benchmarks/edit_loop.py, run with its defaults when it exists; it prints its own table."""
    path = HERE / "edit_loop.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("edit_loop", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    run = getattr(module, "main", None)
    if not callable(run):
        return None
    argv, sys.argv = sys.argv, [str(path)]  # its own defaults, not this script's arguments
    try:
        return run()
    finally:
        sys.argv = argv


def row(label: str, count: int, run: Build, ratio: str = "") -> str:
    return (f"| {label} | {count:,} | {run.cpu:.1f} s | {run.wall:.1f} s | {run.peak_mib:,.0f} MiB"
            f" | {ratio} |")  # fmt: skip


def median_run(runs: list[Build]) -> Build:
    return Build(
        *(statistics.median(getattr(r, f) for r in runs) for f in ("wall", "cpu", "peak_mib"))
    )


def ratios(results: list[list[Build]], ours: int, theirs: int) -> str:
    """The medians of the per-round ratios, with their ranges: a machine that slows down or
    speeds up weighs on both builds of a round alike."""
    return f"{ratio(results, ours, theirs, 'cpu')} CPU, {ratio(results, ours, theirs, 'peak_mib')} memory"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("counts", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--no-build-above", type=int, default=None, metavar="N")
    parser.add_argument("--rounds", type=int, default=3, metavar="N",
                        help="rounds of builds, the sites taking turns (default 3)")  # fmt: skip
    parser.add_argument("--no-edit-loop", action="store_true",
                        help="skip benchmarks/edit_loop.py (serve's edit-to-reload latency)")  # fmt: skip
    args = parser.parse_args()
    rows = [
        "| Run | Events | CPU | Wall | Peak memory | vs bare MkDocs |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for count in args.counts:
        work = Path(tempfile.mkdtemp(prefix="chronology-scale-"))
        env = {
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "CHRONOLOGY_CACHE_DIR": str(work / "cache"),
        }
        env = frozen_code(work, env)  # an edit while it runs also starts the caches afresh
        try:
            chronology_site(work / "chronology", count)
            for label, run in validate_runs(work / "chronology", env).items():
                rows.append(row(f"`chronology {label}`", count, run))
                print(rows[-1], flush=True)
            if args.no_build_above is None or count <= args.no_build_above:
                results = rounds(compared_sites(work, count, env), args.rounds, env)
                bare, same_text, ours, first = (
                    median_run([r[i] for r in results]) for i in (BARE, SAME_TEXT, OURS, FIRST)
                )
                medians = f", median of {args.rounds} rounds" if args.rounds > 1 else ""
                for label, run, ratio in (
                    ("bare MkDocs + Material", bare, ""),
                    ("bare, pages of the same text", same_text, ""),
                    ("chronology", ours, ratios(results, OURS, BARE)),
                    ("chronology, against the same text", ours, ratios(results, OURS, SAME_TEXT)),
                    (
                        "chronology, first build (no date cache)",
                        first,
                        ratios(results, FIRST, BARE),
                    ),
                ):
                    rows.append(row(f"`mkdocs build`, {label}{medians}", count, run, ratio))
                    print(rows[-1], flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if not args.no_edit_loop:
        edit_loop()
    print()
    print("\n".join(rows))
    if not args.no_edit_loop:
        where = "printed above" if (HERE / "edit_loop.py").exists() else "not measured: no"
        print(f"\n(edit-to-reload latency: {where} benchmarks/edit_loop.py)")


if __name__ == "__main__":
    main()
