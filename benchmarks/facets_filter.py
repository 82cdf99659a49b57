"""What the facet filters cost a reader: a listing page opened with filters in its address
against the same page opened without, in headless Chromium, on the benchmarks' generated
chronology.

Run: `.venv/bin/python benchmarks/facets_filter.py [COUNT]` (default 10000).
The pages are rendered in Python (no MkDocs: the theme would weigh the same on both sides) and
served locally: the largest chronology page (split at the default 1,000 events) and the largest
actor page. For each, in several rounds taking turns: the load event without filters, and with
`?storyline=s1&precision=day` (the filter runs before the load event, in the page's script).
Reported: median times and the median of the per-round ratios.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from builder.pipeline import load_chronology  # noqa: E402
from builder.render import Pages, SiteOptions, asset_files, environment, split_page  # noqa: E402
from tests.conftest import CHROMIUM_ARGS, serving  # noqa: E402
from tests.synthetic import chronology_site  # noqa: E402

ROUNDS = 7
FILTER = "?storyline=s1&precision=day"


def write_pages(folder: Path, count: int) -> list[str]:
    chronology_site(folder / "source", count)
    chronology = load_chronology(folder / "source" / "events", relative_to=folder / "source")
    pages = Pages(chronology, environment(), SiteOptions()).render()
    assets = asset_files()
    chosen = [
        max((uri for uri in pages if uri.startswith(prefix)), key=lambda uri: len(pages[uri]))
        for prefix in ("chronology/", "actors/")
    ]
    names = []
    for uri in chosen:
        name = uri.replace("/", "-").replace(".md", ".html")
        body = split_page(pages[uri]).body
        html = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>'
            f"<style>{assets['assets/chronology/chronology.css']}"
            f"{assets['assets/chronology/facets.css']}</style></head><body>{body}"
            f"<script>{assets['assets/chronology/facets.js']}</script></body></html>"
        )
        (folder / name).write_text(html, encoding="utf-8")
        names.append(name)
    return names


def load_time(page, url: str) -> float:  # type: ignore[no-untyped-def]
    page.goto(url, wait_until="load")
    return page.evaluate(
        "() => { const t = performance.getEntriesByType('navigation')[0];"
        " return t.loadEventStart - t.startTime; }"
    )


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    folder = Path(tempfile.mkdtemp(prefix="facets-bench-"))
    try:
        names = write_pages(folder, count)
        with serving(folder) as base, sync_playwright() as playwright:
            executable = shutil.which("chromium") or playwright.chromium.executable_path
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            page = browser.new_page()
            for name in names:
                plain, filtered = [], []
                for _ in range(ROUNDS):
                    plain.append(load_time(page, f"{base}/{name}"))
                    filtered.append(load_time(page, f"{base}/{name}{FILTER}"))
                shown = page.locator(".facets__status").inner_text()
                ratios = [f / p for p, f in zip(plain, filtered, strict=True)]
                size = (folder / name).stat().st_size / 1e6
                print(
                    f"{name} ({size:.2f} MB; {shown}): load {statistics.median(plain):.0f} ms, "
                    f"filtered {statistics.median(filtered):.0f} ms, "
                    f"ratio {statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})"
                )
            browser.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
