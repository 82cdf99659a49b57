"""What site search costs a reader at 10,000 events: the working tree against a baseline commit.

Run: `.venv/bin/python benchmarks/search_index.py [--count N] [--baseline REV] [--pagefind PY]`
(defaults: 10000 events, HEAD).

In the same run, the same synthetic chronology (benchmarks/site_build.py's generator) is built
twice: with the baseline commit's code (checked out in a temporary git worktree) and with the
working tree's. For each, headless Chromium opens an event page, then types a date query into
Material's search box; reported are the search index files it fetched at each step, in bytes
as written and as a web server sends them gzipped, and the working tree's over the baseline's.

The generator gives every event the same one-line summary, which gzip all but removes;
`--summary-words N` gives each event N words drawn (seeded) from the flagship's own summaries
instead, closer to what a real chronology's index weighs.

With `--pagefind PY` (a Python with `pagefind[bin]` installed; it is not a dependency), the
working tree's site is also indexed by Pagefind, and the files Pagefind's client fetches for the
same query and its first ten results are measured the same way, for comparison with lunr's one
index.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from site_build import chronology_site  # noqa: E402

MKDOCS = str(Path(sys.executable).parent / "mkdocs")


def vary_summaries(site: Path, words: int) -> None:
    """Each event's summary: `words` words drawn from the flagship's summaries, seeded by name."""
    summaries = (
        yaml.safe_load(file.read_text(encoding="utf-8")).get("summary") or ""
        for file in sorted((ROOT / "events").rglob("*.yml"))
        if file.name != "storylines.yml"
    )
    vocabulary = sorted({w for text in summaries for w in re.findall(r"[A-Za-z][a-z]{2,}", text)})
    for file in sorted((site / "events").rglob("event-*.yml")):
        pick = random.Random(file.stem)
        summary = " ".join(pick.choice(vocabulary) for _ in range(words))
        text = file.read_text(encoding="utf-8")
        start = text.index("summary: ")
        end = text.index("\n", start)
        file.write_text(f"{text[:start]}summary: {summary}.{text[end:]}", encoding="utf-8")


def build(site: Path, code: Path) -> Path:
    """Build `site` with the `builder` package from `code`; the built site's folder."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(code)}
    done = subprocess.run(
        [MKDOCS, "build", "--site-dir", "site"], cwd=site, env=env, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    return site / "site"


INDEX_FILES = ("search/search_index.json", "search/chronology_index.json")


def sizes(files: list[Path]) -> tuple[int, int]:
    """Bytes as written, and as a web server sends them gzipped (files that shrink by it)."""
    raw = packed = 0
    for file in files:
        data = file.read_bytes()
        raw += len(data)
        packed += min(len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))
    return raw, packed


def fetched(site: Path, path: str, query: str | None, wanted: str, done: str) -> list[Path]:
    """The files of `site` under `wanted` that Chromium fetched for the page at `path`: on load,
    or (with `query`) once the query is typed into Material's search box, until `done` (a JS
    expression) is true. Sizes are read from the files, not from the responses."""
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM_ARGS, _chromium, serving

    urls: list[str] = []
    with serving(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=_chromium(playwright), args=CHROMIUM_ARGS
        )
        page = browser.new_page()
        page.on("requestfinished", lambda request: urls.append(request.url))
        page.goto(f"{url}/{path}", wait_until="networkidle")
        if query is not None:
            box = page.locator("input.md-search__input")
            box.click()
            box.type(query)
        page.wait_for_function(done, timeout=180_000)
        page.wait_for_load_state("networkidle")
        browser.close()
    local = [urllib.parse.urlsplit(address).path.lstrip("/") for address in urls]
    return [site / name for name in dict.fromkeys(local) if name.startswith(wanted) and name]


def search_index_fetched(site: Path, query: str | None) -> list[Path]:
    done = "document.querySelector('.md-search-result__item') !== null" if query else "true"
    files = fetched(site, "events/event-0/", query, "search/", done)
    return [file for file in files if file.name.endswith("index.json")]


def pagefind_fetched(site: Path, python: str, query: str) -> tuple[list[Path], int]:
    """Pagefind's index of the same pages; the files its client fetches for `query` and its
    first ten results, and the bytes of the whole index on disk."""
    subprocess.run(
        [python, "-m", "pagefind", "--site", str(site), "--glob", "{index.html,events/**/*.html}"],
        check=True, capture_output=True,
    )  # fmt: skip
    (site / "pagefind-probe.html").write_text(
        "<!doctype html><title>probe</title><script type=module>"
        "const pagefind = await import('./pagefind/pagefind.js');"
        f"const found = await pagefind.search({query!r});"
        "await Promise.all(found.results.slice(0, 10).map(r => r.data()));"
        "document.title = 'done ' + found.results.length;</script>",
        encoding="utf-8",
    )
    files = fetched(site, "pagefind-probe.html", None, "pagefind/",
                    "document.title.startsWith('done')")  # fmt: skip
    on_disk = sum(f.stat().st_size for f in (site / "pagefind").rglob("*") if f.is_file())
    return files, on_disk


def line(name: str, raw_packed: tuple[int, int]) -> str:
    raw, packed = raw_packed
    return f"  {name:52} {raw:>10,} B   gzipped {packed:>9,} B"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--baseline", default="HEAD")
    parser.add_argument("--summary-words", type=int, default=0, metavar="N")
    parser.add_argument("--pagefind", metavar="PY", help="a Python with pagefind[bin] installed")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="chronology-search-bench-"))
    tree = work / "baseline-tree"
    try:
        subprocess.run(
            ["git", "worktree", "add", "--detach", "--quiet", str(tree), args.baseline],
            cwd=ROOT, check=True,
        )  # fmt: skip
        sites = {}
        for name, code in (("baseline", tree), ("working tree", ROOT)):
            chronology_site(work / name, args.count)
            if args.summary_words:
                vary_summaries(work / name, args.summary_words)
            sites[name] = build(work / name, code)
        query = "9 April 2025"
        words = f", summaries of {args.summary_words} words" if args.summary_words else ""
        print(f"{args.count} events{words}; baseline {args.baseline}; search index bytes a reader "
              "fetches")  # fmt: skip
        results: dict[str, tuple[int, int]] = {}
        for name, site in sites.items():
            results[f"{name}: on opening an event page"] = sizes(search_index_fetched(site, None))
            searched = search_index_fetched(site, query)
            results[f"{name}: after searching {query!r}"] = sizes(searched)
            print(f"  {name}: the index files fetched: {[f.name for f in searched]}")
        for name, found in results.items():
            print(line(name, found))
        before = results[f"baseline: after searching {query!r}"]
        after = results[f"working tree: after searching {query!r}"]
        print(f"  ratio after a search (working tree / baseline): {after[0] / before[0]:.2f}, "
              f"gzipped {after[1] / before[1]:.2f}; on opening a page: "
              f"{results['working tree: on opening an event page'][0]:,} B against "
              f"{results['baseline: on opening an event page'][0]:,} B")  # fmt: skip
        if args.pagefind:
            files, on_disk = pagefind_fetched(sites["working tree"], args.pagefind, query)
            found = sizes(files)
            print(line(f"Pagefind: {query!r} and its first ten results", found))
            print(f"  Pagefind / working tree's index after a search: {found[0] / after[0]:.2f}, "
                  f"gzipped {found[1] / after[1]:.2f}; {len(files)} files fetched, of "
                  f"{on_disk:,} B on disk")  # fmt: skip
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
