"""Where a site built with the plugin publishes each export: data/chronology.json for the whole
chronology, data/storylines/<name>.ics for a storyline, <name> being its page's name (the
storyline page is storylines/<name>/). Stated here, below the writers, because a feed names its
own address (Atom's rel="self", JSON Feed's feed_url) and the site build writes the files there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.names import page_names

if TYPE_CHECKING:
    from builder.pipeline import Chronology

DATA_FOLDER = "data"
WHOLE_NAME = "chronology"


def storyline_names(chronology: Chronology) -> dict[str, str]:
    """{storyline id: its files' name}: its page's name, so "index" is "index-2" in both."""
    return page_names(list(chronology.storylines))


def published_path(chronology: Chronology, suffix: str, storyline: str | None) -> str | None:
    """The export's path in the site, or None for a storyline that is not declared."""
    if storyline is None:
        return f"{DATA_FOLDER}/{WHOLE_NAME}{suffix}"
    name = storyline_names(chronology).get(storyline)
    return None if name is None else f"{DATA_FOLDER}/storylines/{name}{suffix}"
