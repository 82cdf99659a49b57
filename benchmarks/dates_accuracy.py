"""How often the date engine is right, wrong or refuses on real copy, against a baseline.

Run: `make bench-accuracy` (or `.venv/bin/python benchmarks/dates_accuracy.py [--baseline REV]`).

The corpus, `benchmarks/date_corpus.tsv`, is date expressions as real reports wrote them, each
with its report's publication date and the span a careful editor gives it (or REFUSE, where the
words and the publication date cannot date it). Three readers are scored in the same run:

- this tree's `builder.dates.resolve`;
- the same function at a baseline revision (default: the last commit before issue #9), checked
  out into a temporary git worktree and run in a subprocess;
- plain `dateparser.parse` with the publication date as RELATIVE_BASE and the language given.

An answer is *right* when its bounds equal the true ones (for dateparser, which returns one
instant, when that day is the true single day); *wrong* when it gives other bounds, or any
answer where the truth is REFUSE; *refused* otherwise. Silent wrong answers are the figure that
must not grow.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "date_corpus.tsv"
DEFAULT_BASELINE = "17d8313"  # main before issue #9


def rows(path: Path = CORPUS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def score_engine(corpus: Path) -> dict[str, object]:
    """Score whatever `builder` is importable: this tree, or the baseline's on PYTHONPATH."""
    from builder.calendar import parse_iso_day
    from builder.dates import DateError, EventOffset, resolve

    tally: Counter[str] = Counter()
    by_language: dict[str, Counter[str]] = {}
    wrong: list[str] = []
    for row in rows(corpus):
        anchor = parse_iso_day(row["published"])
        truth = None if row["earliest"] == "REFUSE" else (row["earliest"], row["latest"])
        try:
            value = resolve(row["text"], anchor, row["language"])
        except DateError:
            outcome = "right" if truth is None else "refused"
        except Exception as error:  # a crash is a wrong answer, and is named
            outcome, detail = "wrong", f"crash {type(error).__name__}"
            wrong.append(f"{row['language']}\t{row['text']}\t{detail}")
        else:
            got = None
            if not isinstance(value, EventOffset):
                got = (value.earliest.iso(), value.latest.iso())
            outcome = "right" if got == truth else "wrong"
            if outcome == "wrong":
                wrong.append(
                    f"{row['language']}\t{row['published']}\t{row['text']}\tgot {got}, true {truth}"
                )
        tally[outcome] += 1
        by_language.setdefault(row["language"], Counter())[outcome] += 1
    return {"tally": tally, "by_language": by_language, "wrong": wrong}


def score_dateparser(corpus: Path) -> dict[str, object]:
    from datetime import datetime

    import dateparser

    tally: Counter[str] = Counter()
    for row in rows(corpus):
        year, month, day = map(int, row["published"].split("-"))
        settings = {"RELATIVE_BASE": datetime(year, month, day, 12, 0)}
        try:
            found = dateparser.parse(row["text"], languages=[row["language"]], settings=settings)
        except Exception:
            found = None
        truth = None if row["earliest"] == "REFUSE" else (row["earliest"], row["latest"])
        if found is None:
            tally["right" if truth is None else "refused"] += 1
            continue
        got = found.date().isoformat()
        tally["right" if truth == (got, got) else "wrong"] += 1
    return {"tally": tally}


def _baseline(revision: str, corpus: Path) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="chronology-baseline-") as folder:
        tree = Path(folder) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "--quiet", str(tree), revision],
            cwd=HERE.parent,
            check=True,
        )
        try:
            environment = {**os.environ, "PYTHONPATH": str(tree)}
            done = subprocess.run(
                [
                    sys.executable,
                    str(Path(__file__).resolve()),
                    "--score-json",
                    "--corpus",
                    str(corpus),
                ],
                env=environment,
                cwd=tree,
                check=True,
                capture_output=True,
                text=True,
            )
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=HERE.parent, check=True
            )
    return json.loads(done.stdout)


def _line(name: str, tally: dict[str, int], total: int) -> str:
    def share(key: str) -> str:
        return f"{tally.get(key, 0):4d} ({100 * tally.get(key, 0) / total:4.1f}%)"

    return (
        f"  {name:<22} right {share('right')}  wrong {share('wrong')}  refused {share('refused')}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="git revision to compare")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the TSV to score")
    parser.add_argument("--score-json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--wrong", action="store_true", help="list this tree's wrong answers")
    arguments = parser.parse_args()
    if arguments.score_json:
        print(json.dumps(score_engine(arguments.corpus)))
        return
    corpus = arguments.corpus.resolve()
    total = len(rows(corpus))
    ours = score_engine(corpus)
    base = _baseline(arguments.baseline, corpus)
    plain = score_dateparser(corpus)
    print(f"dates on real copy: {total} expressions ({corpus.name})")
    print(_line("this tree", ours["tally"], total))  # type: ignore[arg-type]
    print(_line(f"baseline {arguments.baseline}", base["tally"], total))  # type: ignore[arg-type]
    print(_line("plain dateparser", plain["tally"], total))  # type: ignore[arg-type]
    ours_tally, base_tally = ours["tally"], base["tally"]
    for key in ("right", "wrong", "refused"):
        now, before = ours_tally.get(key, 0), base_tally.get(key, 0)  # type: ignore[attr-defined]
        ratio = f"{now / before:.2f}x" if before else "n/a"
        print(f"  {key:<8} this tree / baseline: {now}/{before} = {ratio}")
    print("  by language (right/wrong/refused, this tree | baseline):")
    for language in sorted(ours["by_language"]):  # type: ignore[arg-type]
        now = ours["by_language"][language]  # type: ignore[index]
        before = base["by_language"].get(language, {})  # type: ignore[union-attr]
        print(
            f"    {language}: {now.get('right', 0)}/{now.get('wrong', 0)}/{now.get('refused', 0)}"
            f" | {before.get('right', 0)}/{before.get('wrong', 0)}/{before.get('refused', 0)}"
        )
    if arguments.wrong:
        print("\n".join(ours["wrong"]))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
