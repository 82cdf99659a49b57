"""The `chronology` command: validate, dates, parse-date, schema, export, import, render, init."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from builder import __version__
from builder.annotations import FORMATS, default_format, report
from builder.cache import ROOT_VARIABLE, open_store, user_cache_root
from builder.calendar import parse_iso_day
from builder.dates import DATE_ORDERS, DateError, EventOffset, resolve
from builder.exports import ExportOptions, formats
from builder.exports.data import UnknownStoryline
from builder.importing import add_arguments as add_import_arguments
from builder.importing import run as run_import
from builder.init import add_arguments as add_init_arguments
from builder.init import run as run_init
from builder.pipeline import Chronology, load_chronology, load_with_date_cache, shown_path
from builder.problems_cache import Checked, ProblemsCache
from builder.render_files import add_arguments as add_render_arguments
from builder.render_files import run as run_render
from builder.schema import json_schema

if TYPE_CHECKING:
    from collections.abc import Sequence

    from builder.model import DateValue, Event, EventDate


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `chronology dates | head`
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chronology",
        description="Check a chronology's event files and see how their dates are resolved.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check every event file; exit 1 on any problem")
    _add_events_options(validate)
    validate.add_argument(
        "--format",
        choices=FORMATS,
        help="github: annotations (the default when GITHUB_ACTIONS=true); gitlab: Code Quality "
        "JSON; json; text (the default elsewhere)",
    )
    validate.set_defaults(run=_validate)

    dates = commands.add_parser("dates", help="show how each event's date was resolved")
    _add_events_options(dates)
    dates.add_argument("--format", choices=("table", "json"), default="table")
    dates.set_defaults(run=_dates)

    parse_date = commands.add_parser("parse-date", help="resolve one date expression, or a batch")
    parse_date.add_argument("text", nargs="?", help="the date as a report writes it")
    parse_date.add_argument("--anchor", help="the report's publication date, YYYY-MM-DD")
    parse_date.add_argument("--lang", help="the report's language, e.g. tr, he, ar")
    parse_date.add_argument("--date-order", choices=DATE_ORDERS)
    parse_date.add_argument("--json", action="store_true", help="print the result as JSON")
    parse_date.add_argument(
        "--batch",
        metavar="FILE",
        help="JSON Lines of {text, anchor, lang, date_order}; - for stdin",
    )
    parse_date.set_defaults(run=_parse_date)

    schema = commands.add_parser("schema", help="print the event file JSON Schema")
    schema.set_defaults(run=lambda args: _print_json(json_schema(), sys.stdout))

    render = commands.add_parser(
        "render", help="write the generated pages as files, for generators without the plugin"
    )
    _add_events_options(render)
    add_render_arguments(render)
    render.set_defaults(run=lambda args: run_render(args, _load))

    export = commands.add_parser(
        "export", help="write the chronology as json, csv, ics, a feed or TimelineJS data"
    )
    _add_events_options(export)
    export.add_argument("--format", required=True, choices=sorted(formats()), metavar="FORMAT",
                        help=f"one of: {', '.join(sorted(formats()))}")  # fmt: skip
    export.add_argument("--storyline", metavar="ID", help="only this storyline's events")
    export.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write to FILE (default: standard output)")  # fmt: skip
    export.add_argument("--site-url", default="", metavar="URL",
                        help="the published site's address, for links and stable ids")  # fmt: skip
    export.add_argument("--site-name", default="Chronology", metavar="NAME",
                        help="the chronology's name, as titles and feeds show it")  # fmt: skip
    export.add_argument("--no-directory-urls", dest="directory_urls", action="store_false",
                        help="link pages as events/x.html (a site with use_directory_urls: "
                        "false) instead of events/x/")  # fmt: skip
    export.set_defaults(run=_export)

    import_ = commands.add_parser(
        "import", help="turn a TimelineJS sheet (CSV or JSON) or our CSV into event files"
    )
    add_import_arguments(import_)
    import_.set_defaults(run=run_import)

    init = commands.add_parser("init", help="start a new chronology in DIR that builds at once")
    add_init_arguments(init)
    init.set_defaults(run=run_init)
    return parser


def _add_events_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("events_dir", nargs="?", default="events", type=Path, metavar="EVENTS_DIR")
    command.add_argument(
        "--cache-dir",
        type=Path,
        metavar="DIR",
        help="keep this events folder's date cache in DIR (default: a folder of its own in "
        f"your user cache folder, {_escaped(user_cache_root())}, which ${ROOT_VARIABLE} moves)",
    )
    # Up to 0.1 the cache was `--cache DIR`, by default .chronology-cache in the current folder.
    command.add_argument("--cache", type=Path, dest="old_cache_dir", help=argparse.SUPPRESS)
    command.add_argument("--no-cache", action="store_true", help="resolve every date afresh")


def _escaped(path: Path) -> str:
    return str(path).replace("%", "%%")  # argparse formats help with %


def _load(args: argparse.Namespace) -> Chronology:
    if args.old_cache_dir is not None:
        print("chronology: --cache is deprecated: use --cache-dir", file=sys.stderr)
    cache_dir = args.cache_dir or args.old_cache_dir
    if args.no_cache:
        return load_chronology(args.events_dir)
    chronology, why_not = load_with_date_cache(args.events_dir, cache_dir=cache_dir)
    if why_not and (cache_dir or os.environ.get(ROOT_VARIABLE)):
        # Said only when a cache was asked for by name: a default one that cannot be kept
        # (a read-only home) only makes the run slower.
        print(f"chronology: running without a date cache: {why_not}", file=sys.stderr)
    return chronology


def _validate(args: argparse.Namespace) -> int:
    problems = _problems_cache(args)
    checked = problems.lookup() if problems is not None else None
    if checked is None:
        chronology = _load(args)
        checked = Checked(chronology.problems, len(chronology.events))
        if problems is not None:
            problems.save(checked, args.events_dir, shown_path(args.events_dir, None))
    elif args.old_cache_dir is not None:
        print("chronology: --cache is deprecated: use --cache-dir", file=sys.stderr)
    form = args.format or default_format(os.environ)
    report(checked.problems, checked.count, form, sys.stdout, sys.stderr)
    return 1 if checked.problems else 0


def _problems_cache(args: argparse.Namespace) -> ProblemsCache | None:
    """The last run's answer for this folder, kept beside its date cache (none with --no-cache)."""
    if args.no_cache or not args.events_dir.is_dir():
        return None
    store, _ = open_store(args.events_dir, args.cache_dir or args.old_cache_dir)
    if store is None:
        return None  # said by _load, which then runs
    return ProblemsCache.open(store, args.events_dir, shown_path(args.events_dir, None))


def _export(args: argparse.Namespace) -> int:
    """The export's bytes to FILE or stdout; nothing written while an event file has problems."""
    chronology = _load(args)
    if chronology.problems:
        report(chronology.problems, len(chronology.events), "text", sys.stderr, sys.stderr)
        print("chronology export: fix these problems first; nothing was written", file=sys.stderr)
        return 1
    options = ExportOptions(
        site_url=args.site_url,
        storyline=args.storyline,
        site_name=args.site_name,
        directory_urls=args.directory_urls,
    )
    try:
        data = formats()[args.format].write(chronology, options)
    except UnknownStoryline as error:
        print(f"chronology export: {error}", file=sys.stderr)
        return 2
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    try:
        args.output.write_bytes(data)
    except OSError as error:
        print(f"chronology export: cannot write {args.output}: {error.strerror}", file=sys.stderr)
        return 2
    return 0


def value_json(value: DateValue) -> dict[str, object]:
    data: dict[str, object] = {
        "earliest": value.earliest.iso(),
        "latest": value.latest.iso(),
        "precision": value.precision,
        "approximate": value.approximate,
        "uncertain": value.uncertain,
        "edtf": value.edtf,
    }
    if value.part:  # "night", "early", "first half": what part of the span the text names
        data["part"] = value.part
    if value.time:
        data["time"] = value.time
    if value.calendar:  # read in another calendar: which, and the date as written there
        data["calendar"] = value.calendar
        data["calendar_date"] = value.calendar_date
    return data


def _event_date_json(event_id: str, date: EventDate) -> dict[str, object]:
    anchor = date.anchor
    return {
        "id": event_id,
        "text": date.text,
        "anchor": anchor.day.iso() if anchor else None,
        "anchor_origin": anchor.origin if anchor else None,
        "anchor_label": anchor.label if anchor else None,
        **value_json(date.value),
    }


def _claims_json(event: Event) -> list[dict[str, object]]:
    """Every source's own date claim, with the editor's judgement where there is one."""
    return [
        {
            "publisher": source.publisher,
            "published": source.published.iso(),
            "text": source.date.text,
            **value_json(source.date.value),
            "judged_error": source.date_error,
        }
        for source in event.sources
        if source.date is not None
    ]


def _claims_cell(claims: list[dict[str, object]]) -> str:
    """'Reuters: on Wednesday 2025-04-02; ZeroHedge: on Tuesday 2025-04-01 (error: ...)'."""
    return "; ".join(
        f"{c['publisher']}: {c['text']} {c['edtf']}"
        + (f" (judged an error: {c['judged_error']})" if c["judged_error"] else "")
        for c in claims
    )


def _dates(args: argparse.Namespace) -> int:
    chronology = _load(args)
    rows = [
        {
            **_event_date_json(event.id, event.date),
            "disputed": event.disputed,
            "claims": _claims_json(event),
        }
        for event in chronology.events
    ]
    if args.format == "json":
        _print_json(rows, sys.stdout)
    else:
        columns: tuple[str, ...] = ("id", "text", "anchor", "anchor_origin", "earliest", "latest",
                                    "precision", "approximate", "uncertain", "edtf", "disputed")  # fmt: skip
        if any(row.get("calendar") for row in rows):  # the column only when a date needs it
            columns = (*columns, "calendar")
            rows = [{**row, "calendar": _calendar_cell(row)} for row in rows]
        if any(row["claims"] for row in rows):
            columns = (*columns, "claims")
            rows = [{**row, "claims": _claims_cell(row["claims"])} for row in rows]  # type: ignore[arg-type]
        table = [[_cell(row[c]) for c in columns] for row in rows]
        widths = [max([len(c), *(len(r[i]) for r in table)]) for i, c in enumerate(columns)]
        print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        for r in table:
            print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    for problem in chronology.problems:
        print(problem, file=sys.stderr)
    return 1 if chronology.problems else 0


def _calendar_cell(row: dict[str, object]) -> str | None:
    """The calendar cell, "hijri: 11 Shawwal 1446 AH"; None for a Gregorian date."""
    if not row.get("calendar"):
        return None
    return f"{row['calendar']}: {row['calendar_date']}"


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _parse_date(args: argparse.Namespace) -> int:
    if args.batch:
        return _parse_batch(args.batch)
    if not args.text:
        print("chronology parse-date: give a date TEXT, or --batch FILE", file=sys.stderr)
        return 2
    result = _parse_one(args.text, args.anchor, args.lang, args.date_order)
    if args.json:
        _print_json(result, sys.stdout)
    elif "error" in result:
        print(
            f"refused: {result['error']}"
            + (f" (hint: {result['hint']})" if result.get("hint") else "")
        )
    else:
        width = max(len(key) for key in result)
        for key, value in result.items():
            print(f"{key:{width}} {_cell(value)}")
    return 1 if "error" in result else 0


def _parse_one(
    text: object, anchor_text: object, lang: object, date_order: object
) -> dict[str, object]:
    result: dict[str, object] = {"text": text}
    if not isinstance(text, str) or not text.strip():
        return {**result, "error": "`text` must be a non-empty string"}
    anchor = None
    if anchor_text not in (None, ""):
        try:
            anchor = parse_iso_day(str(anchor_text))
        except ValueError as error:
            return {**result, "error": f"the anchor is not a date: {error}"}
    if date_order is not None and date_order not in DATE_ORDERS:
        return {**result, "error": f"date_order must be one of {', '.join(DATE_ORDERS)}"}
    try:
        value = resolve(text, anchor, str(lang) if lang else None, date_order)  # type: ignore[arg-type]
    except DateError as error:
        return {**result, "error": error.message, "hint": error.hint}
    if isinstance(value, EventOffset):
        return {**result, "error": "a date relative to another event needs that event's file"}
    return {**result, **value_json(value)}


def _parse_batch(name: str) -> int:
    stream: TextIO
    try:
        stream = sys.stdin if name == "-" else open(name, encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        print(f"chronology parse-date: cannot read {name}: {error.strerror}", file=sys.stderr)
        return 2
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                result = {"text": None, "error": f"line {number} is not JSON: {error.msg}"}
            else:
                if not isinstance(item, dict):
                    result = {"text": None, "error": f"line {number} is not a JSON object"}
                else:
                    result = _parse_one(
                        item.get("text"),
                        item.get("anchor"),
                        item.get("lang"),
                        item.get("date_order"),
                    )
            result.pop("hint", None)
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def _print_json(data: object, stream: TextIO) -> int:
    stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
