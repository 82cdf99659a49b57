"""The edit loop: from saving an event file to the browser's reload, in `mkdocs serve`.

Run: `.venv/bin/python benchmarks/edit_loop.py [COUNT ...]` (default 1000 10000).
For each COUNT, in the same run, each server started on a generated site and waited for:

- ours: a chronology of COUNT events served as `make serve` does (`mkdocs serve --dirty`);
- ours, full rebuilds: the same with plain `mkdocs serve`, which writes every page again on
  every rebuild, as before `make serve` took --dirty (loading and rendering still reuse what
  they can); at 1,000 events only, unless --all;
- bare: MkDocs + Material with COUNT plain Markdown pages (benchmarks/site_build.py's bare
  site), served with `--dirty`, MkDocs' own fastest rebuild, one page edited each time.

An edit rewrites one file; the time runs until the livereload request a browser keeps open
(/livereload/EPOCH/ID, answered when a rebuild is visible) returns and the page then fetched
shows the edit, as a reloading browser would. Reported: the median of 5 edits and its ratio to
bare MkDocs, and the same for the server's CPU per rebuild, which a busy machine moves less
than the wall-clock time a user waits. For ours and bare, 20 edits in all: the server's resident
memory after each (from /proc/PID/status), to show whether it stays flat; and idle CPU.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from site_build import bare_site, chronology_site

MKDOCS = str(Path(sys.executable).parent / "mkdocs")
TIMED_EDITS = 5
MEMORY_EDITS = 20
_EPOCH = re.compile(rb"livereload\((\d+),\s*(\d+)\)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str, timeout: float = 120) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return bytes(response.read())


@dataclass
class Server:
    root: Path
    dirty: bool
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    rebuild_cpu: list[float] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self, timeout: float = 1800) -> float:
        """Start serving; the seconds until the first build is served."""
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        command = [MKDOCS, "serve", "--livereload", "-a", f"127.0.0.1:{self.port}"]
        if self.dirty:
            command.append("--dirty")
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - read when the server fails, closed with it
        started = time.perf_counter()
        self.process = subprocess.Popen(
            command, cwd=self.root, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        while time.perf_counter() - started < timeout:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise SystemExit(self.log.read().decode(errors="replace")[-3000:])
            try:
                fetch(self.url, timeout=5)
                return time.perf_counter() - started
            except OSError:
                time.sleep(0.2)
        raise SystemExit(f"{self.root}: not served after {timeout} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def rss_mib(self) -> float:
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        kib = int(re.search(r"VmRSS:\s+(\d+)", status)[1])  # type: ignore[index]
        return kib / 1024

    def cpu_seconds(self) -> float:
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def edit_to_reload(self, path: Path, page: str, old: str, new: str) -> float:
        """Rewrite `path` (`old` to `new`); seconds until a reloading browser shows `new`.

        The server's CPU for the rebuild is added to `self.rebuild_cpu`: on a busy machine it
        moves less than the wall-clock time."""
        html = fetch(self.url + page)
        found = _EPOCH.search(html)
        assert found is not None, "no livereload script in the page"
        epoch = int(found[1])
        text = path.read_text(encoding="utf-8")
        assert old in text, (path, old)
        wanted = new.encode()
        cpu = self.cpu_seconds()
        started = time.perf_counter()
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        while True:
            answer = fetch(f"{self.url}livereload/{epoch}/1")  # held until a rebuild is visible
            html = fetch(self.url + page)
            if wanted in html:
                elapsed = time.perf_counter() - started
                self.rebuild_cpu.append(self.cpu_seconds() - cpu)
                return elapsed
            epoch = int(answer)  # a rebuild that began before the edit: wait for the next


def settle(seconds: float = 1.5) -> None:
    """Let the file watcher's poll pass, so that each edit starts its own rebuild."""
    time.sleep(seconds)


# What each kind of site edits: the file, its page, and the title written in both.
EDITED = {
    "ours": ("events/s1/event-11.yml", "events/event-11/", "Event number 11"),
    "bare": ("docs/pages/page-11.md", "pages/page-11/", "Page number 11"),
}


def edit_loop(server: Server, root: Path, edits: int, kind: str) -> tuple[list[float], list[float]]:
    """(seconds per edit, resident MiB after each) for `edits` title edits of one event (ours)
    or one page (bare)."""
    file, page, title = EDITED[kind]
    latencies, memory = [], []
    for i in range(edits):
        new = f"{EDITED[kind][2]}, edit {i}"
        latencies.append(server.edit_to_reload(root / file, page, title, new))
        title = new
        memory.append(server.rss_mib())
        settle()
    return latencies, memory


def idle_cpu(server: Server, seconds: float = 10) -> float:
    """The server's CPU while nothing changes, as a share of one core."""
    before = server.cpu_seconds()
    time.sleep(seconds)
    return (server.cpu_seconds() - before) / seconds


def run(count: int, full_rebuilds: bool) -> None:
    work = Path(tempfile.mkdtemp(prefix="chronology-edit-loop-"))
    try:
        chronology_site(work / "chronology", count)
        bare_site(work / "bare", count)
        results: dict[str, list[float]] = {}
        cpus: dict[str, list[float]] = {}
        for name, root, dirty in (
            ("bare (--dirty)", work / "bare", True),
            ("ours (make serve: --dirty)", work / "chronology", True),
            *(
                [("ours, full rebuilds (serve)", work / "chronology", False)]
                if full_rebuilds
                else []
            ),
        ):
            server = Server(root, dirty)
            try:
                first = server.start()
                settle()
                idle = idle_cpu(server)
                if name.startswith("ours, full"):
                    latencies, _ = edit_loop(server, root, TIMED_EDITS, "ours")
                else:
                    kind = "ours" if name.startswith("ours") else "bare"
                    latencies, memory = edit_loop(server, root, MEMORY_EDITS, kind)
                    print(f"  {name}: resident memory after each of {MEMORY_EDITS} rebuilds "
                          f"(MiB): {', '.join(f'{m:.0f}' for m in memory)}", flush=True)  # fmt: skip
                timed = latencies[:TIMED_EDITS]
                cpu = server.rebuild_cpu[:TIMED_EDITS]
                results[name] = timed
                cpus[name] = cpu
                print(f"  {name}: first build served in {first:.1f} s; idle CPU {idle:.0%} of a "
                      f"core; edit to reload: median {statistics.median(timed):.2f} s "
                      f"({', '.join(f'{t:.2f}' for t in timed)}); server CPU per rebuild: "
                      f"median {statistics.median(cpu):.2f} s", flush=True)  # fmt: skip
            finally:
                server.stop()
        bare = statistics.median(results["bare (--dirty)"])
        bare_cpu = statistics.median(cpus["bare (--dirty)"])
        print(f"{count:,} events (pages), median of {TIMED_EDITS} edits, against bare MkDocs:")
        for name, latencies in results.items():
            median, cpu = statistics.median(latencies), statistics.median(cpus[name])
            print(f"  {name}: edit to reload {median:.2f} s, {median / bare:.2f}x bare; "
                  f"CPU per rebuild {cpu:.2f} s, {cpu / bare_cpu:.2f}x bare")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="*", type=int, default=[1_000, 10_000])
    parser.add_argument(
        "--all", action="store_true", help="full rebuilds (plain `mkdocs serve`) at every size"
    )
    args = parser.parse_args()
    for count in args.counts:
        print(f"{count:,} events:", flush=True)
        run(count, full_rebuilds=args.all or count <= 1_000)


if __name__ == "__main__":
    main()
