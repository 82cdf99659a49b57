"""Large chronologies: peak memory and CPU of `chronology validate` and `mkdocs build`.

Run: `nice .venv/bin/python benchmarks/scale.py [COUNT ...]` (default 10000 100000);
`--no-build-above N` skips the builds of chronologies larger than N events (a 100,000-event
build takes many minutes on a small machine).

For each COUNT, in one run, each command a child process whose own peak resident memory
(ru_maxrss) and CPU time (user + system) come from os.wait4:
- `chronology validate` cold (an empty cache folder), warm (nothing changed), and warm after
  one event file was edited;
- `mkdocs build` of the chronology (the synthetic one of benchmarks/site_build.py) and of two
  bare MkDocs + Material sites of as many plain pages kept out of the nav, the baselines: one
  with a sentence a page, one whose pages carry the text the event pages do (the chronology
  published by hand). The ratios say what the chronology costs over MkDocs itself.
The edit-to-reload latency of `mkdocs serve` is measured by benchmarks/edit_loop.py, run from
here when it exists. The table printed at the end is the one in README's Performance section.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from site_build import bare_site, chronology_site  # noqa: E402

BIN = Path(sys.executable).parent
PACKAGE = HERE.parent / "builder"


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the child
    peak_mib: float  # its peak resident memory


def measure(command: list[str], cwd: Path, env: dict[str, str]) -> Run:
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                                   stderr=stderr)  # fmt: skip
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1) or (code == 1 and "build" in command):
            stderr.seek(0)
            raise SystemExit(f"{' '.join(command)}: exit {code}\n{stderr.read().decode()[-2000:]}")
    # ru_maxrss: KiB on Linux, bytes on macOS.
    peak = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
    return Run(wall, usage.ru_utime + usage.ru_stime, peak)


def validate_runs(root: Path, env: dict[str, str]) -> dict[str, Run]:
    command = [str(BIN / "chronology"), "validate", "events"]
    runs = {"validate, cold": measure(command, root, env)}
    runs["validate, warm"] = measure(command, root, env)
    edited = next((root / "events").rglob("event-1.yml"))
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    runs["validate, warm, one file edited"] = measure(command, root, env)
    return runs


def build_run(root: Path, env: dict[str, str]) -> Run:
    shutil.rmtree(root / "site", ignore_errors=True)
    return measure([str(BIN / "mkdocs"), "build", "--site-dir", "site"], root, env)


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


def row(label: str, count: int, run: Run, baseline: Run | None = None) -> str:
    ratio = ""
    if baseline is not None:
        ratio = f"{run.cpu / baseline.cpu:.2f}x CPU, {run.peak_mib / baseline.peak_mib:.2f}x memory"
    return (f"| {label} | {count:,} | {run.cpu:.1f} s | {run.wall:.1f} s | {run.peak_mib:,.0f} MiB"
            f" | {ratio} |")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("counts", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--no-build-above", type=int, default=None, metavar="N")
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
        # The package as it is now, copied: an edit to the working tree while the benchmark
        # runs would otherwise change what is measured (and start the caches afresh).
        shutil.copytree(PACKAGE, work / "code" / "builder",
                        ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(work / "code"), env.get("PYTHONPATH")])
        )
        try:
            chronology_site(work / "chronology", count)
            for label, run in validate_runs(work / "chronology", env).items():
                rows.append(row(f"`chronology {label}`", count, run))
                print(rows[-1], flush=True)
            if args.no_build_above is None or count <= args.no_build_above:
                bare_site(work / "bare", count)
                bare = build_run(work / "bare", env)
                shutil.rmtree(work / "bare")
                bare_site(work / "bare", count, same_text=True)
                same_text = build_run(work / "bare", env)
                shutil.rmtree(work / "bare")
                ours = build_run(work / "chronology", env)
                rows.append(row("`mkdocs build`, bare MkDocs + Material", count, bare))
                print(rows[-1], flush=True)
                rows.append(row("`mkdocs build`, bare, pages of the same text", count, same_text))
                print(rows[-1], flush=True)
                rows.append(row("`mkdocs build`, chronology", count, ours, bare))
                print(rows[-1], flush=True)
                rows.append(row("`mkdocs build`, chronology, against the same text", count, ours,
                                same_text))  # fmt: skip
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
