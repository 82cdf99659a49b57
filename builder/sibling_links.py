"""Which pages write the same relative links: siblings, unless a link leads into one of them.

A link from a page is relative to its folder ("events/x/" links from "events/x", "a/b.html"
from "a"). Two pages in one parent folder write the same relative link to any target outside
both of their own folders, so what a page's chrome or head links to can be worked out once for
all of them (#14).
"""

from __future__ import annotations

from collections.abc import Iterable

from mkdocs.utils import _norm_parts

Folder = tuple[str, ...]


def linked_folders(targets: Iterable[str]) -> frozenset[Folder]:
    """Every folder that holds one of `targets` (site-relative URLs), at any depth."""
    return frozenset(
        tuple(parts[:n])
        for target in targets
        for parts in [_norm_parts(target)]
        for n in range(1, len(parts) + 1)
    )


def sibling_key(url: str, linked: frozenset[Folder]) -> tuple[str, Folder] | None:
    """A key shared by the page URLs whose relative links to the targets `linked` was made of
    are the same text; None for a URL whose folder MkDocs and a plain reading disagree on."""
    if url.endswith("/") or not url:
        parts = tuple(_norm_parts(url))
        if not parts or parts in linked:
            return ("exact", parts)
        return ("child of", parts[:-1])
    if "." in url.rpartition("/")[2]:
        return ("in", tuple(_norm_parts(url))[:-1])
    return None
