"""What a reader waits for: our timeline page against TimelineJS3 3.9.11 (from npm) showing the
same events, in headless Chromium, at 1,000 and 10,000 events. Medians of several rounds, taken
in turn, so both sides meet the same machine load.

    .venv/bin/python benchmarks/reader.py [--rounds 5] [--counts 1000 10000] [--work DIR]

Ours: the time to the page's load event (the timeline is in the HTML; its script has run), for
the timeline and the chronology page. Above 1,000 events both are split into pages: the index
page and the largest part are both measured. TimelineJS: the time to its load event, and to `timeline.ready` (it
fetches its JSON after the load event and draws then), which is what its reader waits for.
A site is built with `chronology_site` (tests/synthetic.py) in --work/COUNT unless one is there.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from site_build import chronology_site  # noqa: E402

from builder.exports import ExportOptions, formats  # noqa: E402
from builder.pipeline import load_chronology  # noqa: E402
from tests.conftest import CHROMIUM_ARGS, serving  # noqa: E402
from tests.test_timelinejs import PAGE, _tarball  # noqa: E402

MKDOCS = str(Path(sys.executable).parent / "mkdocs")
TIMEOUT_MS = 180_000
LOAD = """() => { const n = performance.getEntriesByType('navigation')[0];
  return n.loadEventEnd || performance.now(); }"""


def built_site(work: Path, count: int) -> Path:
    root = work / str(count)
    if not (root / "site" / "timeline" / "index.html").exists():
        if not (root / "mkdocs.yml").exists():
            chronology_site(root, count)
        subprocess.run(
            [MKDOCS, "build", "--quiet", "--site-dir", "site"], cwd=root, check=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )  # fmt: skip
    return root


def timelinejs_folder(work: Path, sites: dict[int, Path]) -> Path:
    """TimelineJS's dist files, its page, and each site's events as TimelineJS JSON."""
    folder = work / "timelinejs"
    if not (folder / "timelinejs").exists():
        folder.mkdir(parents=True, exist_ok=True)
        archive = folder / "package.tgz"
        archive.write_bytes(_tarball())
        with tarfile.open(archive) as tar:
            members = [m for m in tar.getmembers() if m.name.startswith("package/dist/")]
            tar.extractall(folder, members=members, filter="data")
        (folder / "package" / "dist").rename(folder / "timelinejs")
        shutil.rmtree(folder / "package")
        archive.unlink()
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    export = formats()["timelinejs-json"]
    for count, root in sites.items():
        chronology = load_chronology(root / "events")
        (folder / f"{count}.json").write_bytes(export.write(chronology, ExportOptions()))
    return folder


def largest_page(site: Path, name: str) -> str:
    """The page with the most HTML of the timeline or the chronology (`name`): the page itself,
    or, when it is split, its largest part."""
    pages = [site / name / "index.html", *(site / name).glob("*/index.html")]
    largest = max(pages, key=lambda p: p.stat().st_size)
    return "/" + largest.parent.relative_to(site).as_posix() + "/"


def ours(browser, url: str) -> float:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url, wait_until="load", timeout=180_000)
    took = page.evaluate(LOAD)
    context.close()
    return float(took)


def timelinejs(browser, url: str) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url, wait_until="load", timeout=180_000)
    loaded = page.evaluate(LOAD)
    try:
        page.wait_for_function("window.timeline && window.timeline.ready", timeout=TIMEOUT_MS)
        ready = page.evaluate("() => performance.now()")
    except PlaywrightTimeout:
        ready = float("inf")  # not ready within the time allowed: reported as such
    context.close()
    return float(loaded), float(ready)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="reader-bench-"))
    sites = {count: built_site(work, count) for count in args.counts}
    tl_folder = timelinejs_folder(work, sites)

    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        with serving(tl_folder) as tl_url:
            for count, root in sites.items():
                with serving(root / "site") as url:
                    pages = {}
                    for name in ("timeline", "chronology"):
                        pages[name] = f"/{name}/"
                        if largest_page(root / "site", name) != f"/{name}/":
                            pages[f"{name}, largest part"] = largest_page(root / "site", name)
                    times: dict[str, list[float]] = {name: [] for name in pages}
                    tl_load: list[float] = []
                    tl_ready: list[float] = []
                    for _ in range(args.rounds):
                        for name, path in pages.items():
                            times[name].append(ours(browser, url + path))
                        loaded, ready = timelinejs(
                            browser, f"{tl_url}/index.html?data={count}.json"
                        )
                        tl_load.append(loaded)
                        tl_ready.append(ready)
                    ready_ms = statistics.median(tl_ready)
                    print(f"{count} events, medians of {args.rounds} rounds:")
                    print(f"  TimelineJS3 {statistics.median(tl_load):8.0f} ms to load, "
                          f"{ready_ms:8.0f} ms to ready")  # fmt: skip
                    for name, path in pages.items():
                        ms = statistics.median(times[name])
                        print(f"  ours, {name} ({path}) {ms:8.0f} ms to load: "
                              f"{ms / ready_ms:.3f}x TimelineJS's time to ready")  # fmt: skip
        browser.close()


if __name__ == "__main__":
    main()
