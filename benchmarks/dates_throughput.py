"""Date throughput against naive dateparser, and validation time of a 10,000-event folder.

Run: `make bench` (or `.venv/bin/python benchmarks/dates_throughput.py [COUNT]`).
Every figure is a ratio against a baseline measured in the same run, on the same inputs.

1. 10,000 mixed expressions with realistic anchors, each with its known true meaning:
   `dateparser.parse(text, settings={"RELATIVE_BASE": anchor})` per expression (the baseline)
   — 15% of them forms added in issue #9 (nights, times with zones, "last March", Solar Hijri) —
   against `builder.dates.resolve` with a cold in-process cache. An answer is correct when its
   bounds equal the true ones; a baseline answer gets the benefit of the doubt when its single
   day lies inside the true span.
2. `chronology validate` of 1,000 and 10,000 generated events: with an empty date cache (the
   first run, which fills it), without any cache (the baseline), again with the filled cache (the
   re-validation of unchanged events), and peak memory. The cache's secret and files go to a
   temporary folder, not the user's cache folder.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

import dateparser

from builder.cache import ROOT_VARIABLE, open_date_cache
from builder.calendar import MONTH_NAMES, WEEKDAY_NAMES, Day, iso_week_of, month_end
from builder.dates import DateError, resolve
from builder.dates.resolver import _resolve
from builder.pipeline import load_chronology

TURKISH_MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                  "Eylül", "Ekim", "Kasım", "Aralık")  # fmt: skip


def expressions(count: int, seed: int = 7) -> list[tuple[str, Day, str | None, Day, Day]]:
    """(text, anchor, language, true earliest, true latest), as reports write dates."""
    rng = random.Random(seed)
    start, end = Day(2023, 10, 1).number, Day(2025, 6, 30).number
    cases = []
    for _ in range(count):
        anchor = Day.from_number(rng.randint(start, end))
        day = anchor.plus_days(-rng.randint(0, 6))
        kind = rng.random()
        month = MONTH_NAMES[day.month - 1]
        if kind >= 1 - NEW_FORMS:
            cases.append(new_form(rng, anchor, day))
            continue
        kind /= 1 - NEW_FORMS  # the forms of before issue #9 keep their shares among themselves
        if kind < 0.25:
            cases.append((day.iso(), anchor, None, day, day))
        elif kind < 0.50:
            text = rng.choice([f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}"])
            cases.append((text, anchor, None, day, day))
        elif kind < 0.65:
            cases.append((f"on {WEEKDAY_NAMES[day.weekday]}", anchor, None, day, day))
        elif kind < 0.72:
            monday, sunday = iso_week_of(anchor.plus_days(-7))
            cases.append(("last week", anchor, None, monday, sunday))
        elif kind < 0.77:
            first = Day(day.year, day.month, 1)
            cases.append(
                (f"{month} {day.year}", anchor, None, first, month_end(day.year, day.month))
            )
        elif kind < 0.82:
            first, last = Day(day.year, day.month, 1), Day(day.year, day.month, 10)
            cases.append((f"early {month} {day.year}", anchor, None, first, last))
        elif kind < 0.88:
            later = day.plus_days(2)
            if later.month == day.month:
                cases.append(
                    (f"{day.day}–{later.day} {month} {day.year}", anchor, None, day, later)
                )
            else:
                cases.append(
                    ("yesterday", anchor, None, anchor.plus_days(-1), anchor.plus_days(-1))
                )
        elif kind < 0.94:
            text = f"{day.day} {TURKISH_MONTHS[day.month - 1]} {day.year}"
            cases.append((text, anchor, "tr", day, day))
        else:
            back = rng.randint(1, 5)
            then = anchor.plus_days(-back)
            cases.append((f"{back} days ago", anchor, None, then, then))
    return cases


# The share of forms the engine learnt in issue #9 (nights, times with zones, months named
# against the report, other calendars), each with its truth computed here, not by the engine.
NEW_FORMS = 0.15
PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                  "آذر", "دی", "بهمن", "اسفند")  # fmt: skip


def new_form(rng: random.Random, anchor: Day, day: Day) -> tuple[str, Day, str | None, Day, Day]:
    weekday = WEEKDAY_NAMES[day.weekday]
    kind = rng.randrange(5)
    if kind == 0:
        return (f"{weekday} night", anchor, None, day, day)
    if kind == 1:
        before = day.plus_days(-1)
        return (f"the night into {weekday}", anchor, None, before, before)
    if kind == 2:
        clock = f"{rng.randrange(24):02d}:{rng.choice((0, 15, 30, 45)):02d}"
        return (f"at {clock} GMT on {weekday}", anchor, None, day, day)
    if kind == 3:
        month = rng.choice([m for m in range(1, 13) if m != anchor.month])
        year = anchor.year if month < anchor.month else anchor.year - 1
        text = f"last {MONTH_NAMES[month - 1]}"
        return (text, anchor, None, Day(year, month, 1), month_end(year, month))
    import jdatetime  # the Persian calendar's converter, pinned in pyproject

    solar = jdatetime.date.fromgregorian(year=day.year, month=day.month, day=day.day)
    text = f"{solar.day} {PERSIAN_MONTHS[solar.month - 1]} {solar.year}"
    return (text, anchor, "fa", day, day)


def bench_dates(count: int) -> None:
    cases = expressions(count)
    _resolve.cache_clear()
    ours_correct = 0
    started = time.perf_counter()
    answers = []
    for text, anchor, language, _, _ in cases:
        try:
            answers.append(resolve(text, anchor, language))
        except DateError:
            answers.append(None)
    ours = time.perf_counter() - started
    for answer, (_, _, _, first, last) in zip(answers, cases, strict=True):
        ours_correct += answer is not None and (answer.earliest, answer.latest) == (first, last)  # type: ignore[union-attr]

    baseline_correct = baseline_exact = 0
    started = time.perf_counter()
    results = []
    for text, anchor, _, _, _ in cases:
        base = datetime(anchor.year, anchor.month, anchor.day, 12, 0)
        results.append(dateparser.parse(text, settings={"RELATIVE_BASE": base}))
    baseline = time.perf_counter() - started
    for found, (_, _, _, first, last) in zip(results, cases, strict=True):
        if found is not None:
            day = Day(found.year, found.month, found.day)
            baseline_correct += first <= day <= last
            baseline_exact += first == day == last

    print(f"dates: {count:,} mixed expressions, realistic anchors")
    print(f"  baseline dateparser.parse : {baseline:7.2f} s  {count / baseline:9,.0f}/s")
    print(f"  builder.dates.resolve     : {ours:7.2f} s  {count / ours:9,.0f}/s")
    print(f"  throughput ratio          : {baseline / ours:7.1f}x the baseline")
    print(f"  correct (bounds exact)    : ours {ours_correct:,}/{count:,}; "
          f"baseline {baseline_exact:,} exact, {baseline_correct:,} inside the true span")  # fmt: skip


EVENT = """\
title: Event {i}
date: {date}
sources:
  - publisher: Agency
    title: Report {i}
    url: https://example.org/{i}
    published: {published}
"""


def write_events(folder: Path, count: int) -> None:
    cases = expressions(count, seed=11)
    for i, (text, anchor, language, _, _) in enumerate(cases):
        sub = folder / f"s{i % 20}"
        sub.mkdir(parents=True, exist_ok=True)
        date = text if language is None else f"{{text: '{text}', language: {language}}}"
        (sub / f"event-{i}.yml").write_text(
            EVENT.format(
                i=i, date=f"'{date}'" if language is None else date, published=anchor.iso()
            ),
            encoding="utf-8",
        )


def validate_seconds(
    folder: Path, cache_path: Path | None, trace: bool = False
) -> tuple[float, int, int]:
    _resolve.cache_clear()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    if cache_path is None:
        chronology = load_chronology(folder)
    else:
        dates, why_not = open_date_cache(folder, cache_path)
        if why_not:
            raise SystemExit(f"the date cache cannot be used: {why_not}")
        chronology = load_chronology(folder, resolver=dates.resolve)
        dates.save()
    seconds = time.perf_counter() - started
    peak = 0
    if trace:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return seconds, len(chronology.events), peak


def bench_validate() -> None:
    print("validate: generated event folders (seconds; peak traced memory)")
    rows = {}
    for count in (1_000, 10_000):
        folder = Path(tempfile.mkdtemp(prefix="chronology-bench-"))
        user_cache = os.environ.get(ROOT_VARIABLE)
        os.environ[ROOT_VARIABLE] = str(folder / "user-cache")
        try:
            write_events(folder / "events", count)
            cache = folder / "cache"
            cold, events, _ = validate_seconds(folder / "events", cache)
            # the baseline runs after the first run, so that both find dateparser warmed up
            bare, _, _ = validate_seconds(folder / "events", None)
            warm, _, _ = validate_seconds(folder / "events", cache)
            # memory is traced in a run of its own: tracing slows everything down
            _, _, peak = validate_seconds(folder / "events", None, trace=True)
            rows[count] = (cold, warm, peak)
            print(f"  {count:6,} events ({events:,} valid): no cache {bare:5.2f} s; date cache: "
                  f"empty {cold:5.2f} s ({cold / bare:.2f}x the baseline), "
                  f"filled {warm:5.2f} s ({bare / warm:.2f}x as fast); "
                  f"peak memory {peak / 2**20:6.1f} MiB")  # fmt: skip
        finally:
            shutil.rmtree(folder)
            if user_cache is None:
                del os.environ[ROOT_VARIABLE]
            else:
                os.environ[ROOT_VARIABLE] = user_cache
    cold_ratio = rows[10_000][0] / rows[1_000][0]
    warm_ratio = rows[10_000][1] / rows[1_000][1]
    memory_ratio = rows[10_000][2] / rows[1_000][2]
    print(f"  10x the events: cold {cold_ratio:.1f}x the time, cached {warm_ratio:.1f}x, "
          f"memory {memory_ratio:.1f}x (linear is 10x)")  # fmt: skip


if __name__ == "__main__":
    bench_dates(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
    bench_validate()
