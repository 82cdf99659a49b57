"""The choices a page's facet bar offers: for the events the page lists, every storyline, tag,
actor, place, precision and disputed status among them, with how many events have each.

The values are the ones `Pages.facet_attributes` writes on each listed event (storyline keys,
term slugs, precisions, "yes"/"no"), so that facets.js matches a choice against them as text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.model import PRECISIONS

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from builder.model import Event

# A facet with this many choices or fewer is a row of toggle buttons; more, a list to pick from.
MAX_BUTTONS = 8


@dataclass(frozen=True)
class Facet:
    key: str  # its key in the page's address: ?tag=...
    attribute: str  # the data-* attribute of each listed event that holds its values
    label: str
    plural: str  # "tags", in "Add a tag" and "Chosen tags"
    options: tuple[tuple[str, str, int], ...]  # (value, text, events), in the order shown

    @property
    def as_buttons(self) -> bool:
        return len(self.options) <= MAX_BUTTONS


def facets(
    events: Iterable[Event],
    storyline_titles: Mapping[str, str],
    slugs: Mapping[str, Mapping[str, str]],
) -> tuple[Facet, ...]:
    """The facets worth offering for these events: those with at least two choices.

    `slugs` is {"tags"|"actors"|"places": {name: slug}}, as the term pages are named.
    """
    storylines: Counter[str] = Counter()
    terms: dict[str, Counter[str]] = {kind: Counter() for kind in ("tags", "actors", "places")}
    precisions: Counter[str] = Counter()
    disputed: Counter[str] = Counter()
    for event in events:
        if event.storyline:
            storylines[event.storyline] += 1
        for kind, names in (
            ("tags", event.tags),
            ("actors", event.actors),
            ("places", event.places),
        ):
            terms[kind].update(set(names))  # an event counts once per name
        precisions[event.date.value.precision] += 1
        disputed["yes" if event.disputed else "no"] += 1
    found = [
        Facet(
            "storyline", "storyline", "Storyline", "storylines",
            tuple((key, title, storylines[key]) for key, title in storyline_titles.items() if key in storylines),
        ),
        *(
            Facet(
                key, kind, label, kind,
                tuple((slugs[kind][name], name, count) for name, count in sorted(
                    terms[kind].items(), key=lambda item: (item[0].casefold(), item[0]))),
            )
            for key, kind, label in (("tag", "tags", "Tag"), ("actor", "actors", "Actor"), ("place", "places", "Place"))
        ),
        Facet(
            "precision", "precision", "Date precision", "precisions",
            tuple((p, p, precisions[p]) for p in reversed(PRECISIONS) if p in precisions),
        ),
        Facet(
            "disputed", "disputed", "Disputed", "statuses",
            tuple((value, text, disputed[value]) for value, text in (("yes", "disputed"), ("no", "not disputed")) if value in disputed),
        ),
    ]  # fmt: skip
    return tuple(facet for facet in found if len(facet.options) >= 2)
