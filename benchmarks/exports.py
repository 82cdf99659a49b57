"""Export time: `chronology export` in each format against `chronology validate`, same folder.

Run: `.venv/bin/python benchmarks/exports.py [COUNT] [--rounds N]` (default 10000 events, 3
rounds). A synthetic chronology of COUNT events (benchmarks/site_build.py's generator) is written
to a temporary folder. In each round, `validate` and then `export` in every format run as
separate processes, all with --no-cache, so that each one reads and resolves every date: what is
left over is the export's own cost. Reported: medians over the rounds of the wall-clock and CPU
seconds, and of each format's per-round ratio to validate.

Then, in this process: one load of the chronology, each format's writer alone, and everything
the site build publishes (downloads.site_downloads: every format for the whole chronology and
each storyline), each as a ratio to the load.

With --build, last: `mkdocs build` of the same chronology with the downloads and without them
(the plugin's `downloads: false`), taking turns in each round; reported as the median per-round
ratio of with to without.

`--site-downloads [COUNT ...] [--baseline REF] [--rounds N]` (default 2000 10000, HEAD, 3
rounds) measures only the writers, this tree against REF's `builder/` (`git archive`, read
only): for each COUNT, a process per tree per round, taking turns, loads the chronology once,
then times (CPU) each format's writer on the whole chronology and everything the site publishes
(downloads.site_downloads). Reported: the medians, and the median per-round ratio of this tree's
time to the baseline's; the files' bytes must be identical between the trees, or it stops.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from site_build import build, chronology_site, frozen_code

from builder.downloads import site_downloads
from builder.exports import ExportOptions, formats
from builder.pipeline import load_chronology

CHRONOLOGY = str(Path(sys.executable).parent / "chronology")
OPTIONS = ExportOptions(site_url="https://example.org/bench/", site_name="Bench")


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `command`; its exit status must be 0."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    assert process.stderr is not None
    error = process.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{error[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def commands(root: Path) -> dict[str, list[str]]:
    base = ["--no-cache"]
    found = {"validate": [CHRONOLOGY, "validate", "events", *base]}
    for name in formats():
        out = str(root / f"export-{name}")
        found[name] = [CHRONOLOGY, "export", "events", "--format", name, "-o", out, *base]
        found[name] += ["--site-url", OPTIONS.site_url, "--site-name", OPTIONS.site_name]
    return found


def main() -> None:
    args = sys.argv[1:]
    rounds = 3
    if "--rounds" in args:
        at = args.index("--rounds")
        rounds = int(args[at + 1])
        del args[at : at + 2]
    if "--site-downloads" in args:
        args.remove("--site-downloads")
        baseline = "HEAD"
        if "--baseline" in args:
            at = args.index("--baseline")
            baseline = args[at + 1]
            del args[at : at + 2]
        for count in [int(arg) for arg in args] or [2000, 10_000]:
            compare_writers(count, baseline, rounds)
        return
    with_build = "--build" in args
    args = [arg for arg in args if arg != "--build"]
    count = int(args[0]) if args else 10_000
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        chronology_site(root, count)
        runs = commands(root)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
        for _ in range(rounds):
            for name, command in runs.items():  # validate first in every round
                results[name].append(timed(command, root))
        print(f"{count:,} events, {rounds} rounds, each command a process with --no-cache")
        print(f"{'command':<24}{'wall s':>8}{'CPU s':>8}{'wall/validate':>15}{'CPU/validate':>14}")
        base = results["validate"]
        for name, times in results.items():
            wall = statistics.median(t[0] for t in times)
            cpu = statistics.median(t[1] for t in times)
            ratio_wall = statistics.median(t[0] / b[0] for t, b in zip(times, base, strict=True))
            ratio_cpu = statistics.median(t[1] / b[1] for t, b in zip(times, base, strict=True))
            label = name if name == "validate" else f"export {name}"
            print(f"{label:<24}{wall:>8.2f}{cpu:>8.2f}{ratio_wall:>14.2f}x{ratio_cpu:>13.2f}x")

        started = time.process_time()
        chronology = load_chronology(root / "events")
        load = time.process_time() - started
        assert not chronology.problems, chronology.problems[:3]
        print(f"\nIn one process (CPU seconds): load {load:.2f}")
        for name, fmt in formats().items():
            started = time.process_time()
            size = len(fmt.write(chronology, OPTIONS))
            spent = time.process_time() - started
            print(f"  write {name:<16}{spent:>7.2f}  {spent / load:>5.2f}x load  {size:>12,} bytes")
        started = time.process_time()
        published = site_downloads(chronology, OPTIONS)
        spent = time.process_time() - started
        total = sum(len(d.content) for d in published)
        print(
            f"  site downloads ({len(published)} files) {spent:>7.2f}  {spent / load:>5.2f}x load"
            f"  {total:>12,} bytes"
        )
        if with_build:
            site_builds(root, rounds)


def site_builds(root: Path, rounds: int) -> None:
    """The site built with and without the downloads, taking turns in each round."""
    without = root.parent / f"{root.name}-without"
    shutil.copytree(root / "docs", without / "docs")
    (without / "events").symlink_to(root / "events")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    plugin = "  - chronology\n"
    assert plugin in config
    config = config.replace(plugin, "  - chronology:\n      downloads: false\n")
    (without / "mkdocs.yml").write_text(config, encoding="utf-8")
    try:
        env = frozen_code(root.parent, {**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        results = [(build(root, env), build(without, env)) for _ in range(rounds)]
    finally:
        shutil.rmtree(without)
    wall = statistics.median(ours.wall / theirs.wall for ours, theirs in results)
    cpu = statistics.median(ours.cpu / theirs.cpu for ours, theirs in results)
    print(
        f"\nmkdocs build, {rounds} rounds: with downloads / without, wall {wall:.2f}x, CPU {cpu:.2f}x"
    )
    for ours, theirs in results:
        print(f"  with {ours.wall:.1f} s ({ours.cpu:.1f} s CPU), without {theirs.wall:.1f} s "
              f"({theirs.cpu:.1f} s CPU)")  # fmt: skip


# Run in a process with the tree to measure first on sys.path; argv: tree, events folder, site
# URL, site name.
WRITERS_CHILD = """
import hashlib, json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from builder.downloads import site_downloads
from builder.exports import ExportOptions, formats
from builder.pipeline import load_chronology
options = ExportOptions(site_url=sys.argv[3], site_name=sys.argv[4])
chronology = load_chronology(Path(sys.argv[2]))
assert not chronology.problems, chronology.problems[:3]
times = {}
for name, fmt in formats().items():
    started = time.process_time()
    fmt.write(chronology, options)
    times[name] = time.process_time() - started
started = time.process_time()
published = site_downloads(chronology, options)
times["site downloads"] = time.process_time() - started
digest = hashlib.sha256()
for download in published:
    digest.update(download.path.encode() + b"\\0" + download.content)
print(json.dumps({"times": times, "digest": digest.hexdigest(), "files": len(published),
                  "bytes": sum(len(d.content) for d in published)}))
"""


def baseline_tree(ref: str, target: Path) -> Path:
    """REF's builder/ package, unpacked from `git archive` (the repository is only read)."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "builder"],
        cwd=Path(__file__).parent.parent,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def measure_writers(tree: Path, events: Path) -> dict[str, object]:
    site = [OPTIONS.site_url, OPTIONS.site_name]
    result = subprocess.run(
        [sys.executable, "-c", WRITERS_CHILD, str(tree), str(events), *site],
        cwd=events.parent,  # not the repository: its builder/ must not be found first
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def compare_writers(count: int, ref: str, rounds: int) -> None:
    """Each writer and the site's downloads, this tree against REF's, in turns."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        chronology_site(root / "site", count)
        base = baseline_tree(ref, root / "baseline")
        ours = Path(__file__).parent.parent
        runs = [
            (
                measure_writers(base, root / "site" / "events"),
                measure_writers(ours, root / "site" / "events"),
            )
            for _ in range(rounds)
        ]
    for theirs, mine in runs:
        if theirs["digest"] != mine["digest"]:
            raise SystemExit(f"{count:,} events: the downloads differ from {ref}'s")
    files, size = runs[0][1]["files"], runs[0][1]["bytes"]
    print(f"\n{count:,} events, {rounds} rounds, CPU seconds: {ref} -> this tree (ratio)")
    print(f"  downloads byte-identical to {ref}'s: {files} files, {size:,} bytes")
    for name in runs[0][1]["times"]:  # type: ignore[attr-defined]
        before = statistics.median(t["times"][name] for t, _ in runs)  # type: ignore[index]
        after = statistics.median(m["times"][name] for _, m in runs)  # type: ignore[index]
        ratio = statistics.median(
            m["times"][name] / max(t["times"][name], 1e-9)  # type: ignore[index]
            for t, m in runs
        )
        label = name if name == "site downloads" else f"write {name}"
        print(f"  {label:<24}{before:>8.3f} ->{after:>7.3f}   {ratio:>5.2f}x")


if __name__ == "__main__":
    main()
