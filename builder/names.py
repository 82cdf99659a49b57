"""Text from event files as it may be published: clean characters, names compared as readers
compare them, and slugs for page names that are bounded and never take a hub page's place.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Hub pages live at <folder>/index.md, and the hub folders sit side by side at the site root:
# a term, storyline or event slug that equals one of these could take a hub's place.
RESERVED_SLUGS = frozenset(
    {"index", "tags", "actors", "places", "storylines", "events", "sources", "chronology",
     "timeline", "assets", "search"}
)  # fmt: skip
MAX_SLUG = 64

# Characters that change how text is shown without being seen: bidi embeddings, overrides and
# isolates, and zero-width characters. A name holding one looks like another name and is not.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZERO_WIDTH = frozenset("\u200b\u2060\ufeff\u180e\u200c\u200d")
# Zero-width (non-)joiners are spelling in Persian, Arabic and Indic scripts ("می‌خواهم"):
# allowed between two letters when one of them is outside the Latin script.
JOINERS = frozenset("\u200c\u200d")
# Marks that are invisible but legitimate in right-to-left text; ignored when names are compared.
BIDI_MARKS = frozenset("\u200e\u200f\u061c")
_IGNORED_IN_NAMES = BIDI_MARKS | ZERO_WIDTH | BIDI_CONTROLS


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


# Control characters (tab and newline aside), lone surrogates ("\ud800" in a double-quoted YAML
# string) and non-characters; then, for one-line names, the invisible ones. One regex search
# a text: a loop over characters cost a quarter of checking 10,000 events.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
_UNCLEAN_TEXT = re.compile(f"[{_CONTROLS}]")
_UNCLEAN_NAME = re.compile(f"[{_CONTROLS}{''.join(sorted(BIDI_CONTROLS | ZERO_WIDTH))}]")


def _is_letter(char: str) -> bool:
    return unicodedata.category(char).startswith(("L", "M"))


def _joiner_is_spelling(text: str, index: int) -> bool:
    if index == 0 or index == len(text) - 1:
        return False
    before, after = text[index - 1], text[index + 1]
    return _is_letter(before) and _is_letter(after) and (ord(before) > 0x24F or ord(after) > 0x24F)


def unclean_character(text: str, name_like: bool) -> str | None:
    """Why `text` may not be published as it is, or None.

    Control characters are refused everywhere; in ids, names and titles (`name_like`), so are
    bidi controls and zero-width characters.
    """
    for found in (_UNCLEAN_NAME if name_like else _UNCLEAN_TEXT).finditer(text):
        char, index = found[0], found.start()
        where = f"at position {index + 1}"
        if char in BIDI_CONTROLS:
            return (
                f"it holds the bidi control {_describe(char)} {where}, "
                "which changes how the text around it is shown"
            )
        if char in ZERO_WIDTH:
            if char in JOINERS and _joiner_is_spelling(text, index):
                continue
            return f"it holds the invisible character {_describe(char)} {where}"
        return f"it holds the control character {_describe(char)} {where}"
    return None


def one_line(text: str) -> str:
    """A title or name as one line: runs of spaces, tabs and newlines become one space."""
    return " ".join(text.split())


def fold(name: str) -> str:
    """What two spellings of one name share: case, accents, invisible marks and spacing dropped.

    "Türkiye", "turkiye" and "TURKİYE" fold alike; "Gaza City" and "Gaza-City" do not (the
    hyphen is visible, and such names get their own pages).
    """
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(
        char
        for char in decomposed
        if not unicodedata.combining(char) and char not in _IGNORED_IN_NAMES
    )
    return one_line(kept.casefold())


def _digest(text: str) -> str:
    return hashlib.blake2s(unicodedata.normalize("NFC", text).encode(), digest_size=4).hexdigest()


def slugify(text: str) -> str:
    """A page name for `text`: ASCII, at most MAX_SLUG characters, the same on every machine.

    Text with no Latin letters or digits ("غزة") gets a short hash; text cut to length keeps a
    hash of the whole, so two long names that share a beginning stay apart.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        return "x" + _digest(text)
    if len(slug) > MAX_SLUG:
        slug = slug[: MAX_SLUG - 9].rstrip("-") + "-" + _digest(text)
    return slug


def unique_slugs(names: list[str]) -> dict[str, str]:
    """{name: slug} for names in a fixed order: no slug repeats and none is reserved."""
    used: set[str] = set(RESERVED_SLUGS)
    found = {}
    for name in names:
        slug = base = slugify(name)
        counter = 2
        while slug in used:
            slug, counter = f"{base}-{counter}", counter + 1
        used.add(slug)
        found[name] = slug
    return found


def page_names(ids: list[str]) -> dict[str, str]:
    """{id: page name} for ids that are unique slugs already: each its own page name, except
    an id that is a hub's name ("index", "tags", ...), which gets the first free "-2", "-3"."""
    taken = set(ids) | RESERVED_SLUGS
    names = {}
    for slug in ids:
        name = slug
        if slug in RESERVED_SLUGS:
            counter = 2
            while (name := f"{slug}-{counter}") in taken:
                counter += 1
            taken.add(name)
        names[slug] = name
    return names
