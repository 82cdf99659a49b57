"""`chronology render`: the generated pages written out as files, for a site generator that runs
no MkDocs plugins (Zensical, which reads mkdocs.yml but skips plugins it does not know).

The pages are the plugin's own (`Pages.render`), with two differences a generator needs: links
point at the pages' source files ("../events/x.md"), which the generator turns into URLs and
checks, and each event's JSON-LD ends its page, since no hook can put it into <head>. With
`--docs`, the hand-written pages are copied too, their <!-- chronology: NAME --> lists filled in.

Nothing is written unless everything can be: no event problem, no template error, no clash
with a hand-written page, and every path inside the output folder.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2

from builder.cache import collection_paused
from builder.downloads import folder_sitemaps, site_downloads
from builder.exports import ExportOptions
from builder.files import is_inside
from builder.render import (
    Pages,
    SiteOptions,
    asset_files,
    environment,
    split_page,
    template_error_message,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from builder.pipeline import Chronology

PROG = "chronology render"


class RenderError(Exception):
    """Why nothing was written: one message a line."""

    def __init__(self, *messages: str) -> None:
        super().__init__(*messages)
        self.messages = messages


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="the folder to write; new or empty"
    )
    command.add_argument(
        "--docs",
        type=Path,
        metavar="DIR",
        help="copy this folder's hand-written pages into DIR first, "
        "with their <!-- chronology: NAME --> lists filled in",
    )
    command.add_argument(
        "--force",
        action="store_true",
        help="write into DIR even if it is not empty (files of the same name are replaced, "
        "others left as they are)",
    )
    command.add_argument(
        "--templates-dir", type=Path, metavar="DIR", help="your own versions of the templates"
    )
    command.add_argument(
        "--edit-url",
        metavar="URL",
        help="where an event's file can be edited; {path} becomes its path, e.g. "
        "https://github.com/ORG/REPO/edit/main/{path}",
    )
    command.add_argument(
        "--site-name", default="Chronology", metavar="NAME", help="for your own templates"
    )
    command.add_argument(
        "--media", choices=("link", "image"), default="link",
        help="an event's media as a link (default: the page fetches nothing from another host) "
        "or as an inline image",
    )  # fmt: skip


def run(args: argparse.Namespace, load: Callable[[argparse.Namespace], Chronology]) -> int:
    """The command: check where it writes, load and check the events, render, write."""
    try:
        out = _checked_output(args.out, args.force, args.events_dir, args.docs)
        if args.templates_dir is not None and not args.templates_dir.is_dir():
            raise RenderError(f"{PROG}: --templates-dir {args.templates_dir} is not a folder")
        chronology = load(args)
        if chronology.problems:
            count = len(chronology.problems)
            raise RenderError(
                *(str(problem) for problem in chronology.problems),
                f"{count} problem{'s' * (count != 1)} found: nothing written",
            )
        options = SiteOptions(
            edit_url=args.edit_url, site_name=args.site_name, source_links=True, media=args.media
        )
        # The Data page's files, as the plugin writes them for a site without site_url.
        downloads = site_downloads(chronology, ExportOptions(site_name=args.site_name))
        pages = Pages(chronology, environment(args.templates_dir), options, downloads)
        files = site_files(pages, args.docs)
        write_files(out, files)
    except RenderError as error:
        for message in error.messages:
            print(message, file=sys.stderr)
        return 1
    copied = len(files.copied)
    also = f", with {copied} file{'s' * (copied != 1)} from {args.docs}" if args.docs else ""
    print(f"{len(files.generated)} generated files written to {out}{also}", file=sys.stderr)
    return 0


def _checked_output(out: Path, force: bool, events_dir: Path, docs: Path | None) -> Path:
    """`out`, if render may write there: new or empty (or --force), apart from the sources."""
    if out.exists() and not out.is_dir():
        raise RenderError(f"{PROG}: {out} is not a folder")
    if out.is_dir() and not force and any(out.iterdir()):
        raise RenderError(
            f"{PROG}: {out} is not empty: give a new or empty folder, or --force to write into it"
        )
    here = os.path.realpath(out)
    if docs is not None:
        if not docs.is_dir():
            raise RenderError(f"{PROG}: --docs {docs} is not a folder")
        if is_inside(here, os.path.realpath(docs)):
            raise RenderError(f"{PROG}: {out} is inside {docs}: build somewhere else")
    events = os.path.realpath(events_dir)
    if is_inside(here, events) or is_inside(events, here):
        # Pages would land among the event files (events/*.md next to events/*.yml).
        raise RenderError(f"{PROG}: {out} and the events folder {events_dir} overlap")
    return out


@dataclass
class SiteFiles:
    """What render writes: {path in the output folder: bytes}, generated and copied apart."""

    generated: dict[str, bytes] = field(default_factory=dict)
    copied: dict[str, bytes] = field(default_factory=dict)

    def items(self) -> list[tuple[str, bytes]]:
        return sorted({**self.copied, **self.generated}.items())


def site_files(pages: Pages, docs: Path | None) -> SiteFiles:
    """Every file of the output: the hand-written ones, the generated pages and their assets."""
    files = SiteFiles()
    errors: list[str] = []
    if docs is not None:
        files.copied = _hand_written(pages, docs, errors)
    try:
        with collection_paused():
            rendered = pages.render()
    except jinja2.TemplateError as error:
        raise RenderError(template_error_message(error)) from None
    hubs = set(pages.hub_uris())
    for uri, content in rendered.items():
        if uri in files.copied:
            # As in the plugin: a hand-written hub page wins; an event or term page never.
            if uri not in hubs:
                errors.append(
                    f"{PROG}: {Path(str(docs), uri)} is a hand-written page where the "
                    "chronology's page of that name goes; rename or remove it"
                )
            continue
        files.generated[uri] = page_text(content).encode("utf-8")
    for uri, text in asset_files().items():
        files.generated[uri] = text.encode("utf-8")
    for download in pages.downloads:
        if download.path in files.copied:
            errors.append(
                f"{PROG}: {Path(str(docs), download.path)} is a hand-written file where the "
                "chronology's download of that name goes; rename or remove it"
            )
        files.generated[download.path] = download.content
    for path, content in folder_sitemaps(pages.downloads, ExportOptions()).items():
        files.generated.setdefault(path, content)
    if errors:
        raise RenderError(
            *errors, f"{len(errors)} problem{'s' * (len(errors) != 1)}: nothing written"
        )
    return files


def page_text(content: str) -> str:
    """A rendered page as a Markdown file: front matter, body, and the <head> part last.

    What the plugin indexes for search instead of an event's page is dropped: a generator's
    search reads the page itself. The JSON-LD cannot reach <head> without a plugin; schema.org
    data is read anywhere in a page, so it ends the body.
    """
    parts = split_page(content)
    front = f"{parts.front_matter}\n\n" if parts.front_matter else ""
    head = f"{parts.head.strip()}\n" if parts.head else ""
    return f"{front}{parts.body.strip()}\n{head}"


def _hand_written(pages: Pages, docs: Path, errors: list[str]) -> dict[str, bytes]:
    """The files of `docs` (hidden ones aside, as MkDocs does), lists filled in Markdown pages."""
    found: dict[str, bytes] = {}
    known = ", ".join(pages.snippet_names)
    for folder, subfolders, names in os.walk(docs):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(names):
            path = Path(folder, name)
            uri = path.relative_to(docs).as_posix()
            if name.startswith(".") or not path.is_file():
                continue
            try:
                data = path.read_bytes()
            except OSError as error:
                errors.append(f"{path}: cannot be read: {error.strerror}")
                continue
            if not name.endswith(".md"):
                found[uri] = data
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                errors.append(f"{path}: not UTF-8 text")
                continue

            def unknown(snippet: str, where: Path = path) -> None:
                errors.append(f"{where}: unknown chronology snippet {snippet!r} ({known})")

            found[uri] = pages.fill_snippets(uri, text, unknown).encode("utf-8")
    return found


def write_files(out: Path, files: SiteFiles) -> None:
    """Write every file under `out`, once each path is known to stay inside it."""
    root = os.path.realpath(out)
    targets = [(out / uri, data) for uri, data in files.items()]
    # A path that leaves the folder (a link planted in it, with --force) stops all writing.
    outside = [str(path) for path, _ in targets if not is_inside(os.path.realpath(path), root)]
    if outside:
        raise RenderError(
            *(f"{PROG}: {path} leads outside {out}" for path in outside),
            "nothing written",
        )
    for path, data in targets:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except OSError as error:
            raise RenderError(f"{PROG}: cannot write {path}: {error.strerror}") from None
