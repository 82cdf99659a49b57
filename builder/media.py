"""What an event's media address is: an image a page may show, or a page it links to."""

from __future__ import annotations

from urllib.parse import urlsplit

# The formats every current browser shows in an <img>. An SVG there is a picture only: a browser
# runs no script and loads nothing else from an SVG used as an image.
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")


def _parts(url: str) -> tuple[str, str]:
    """(host, path) of an address, both empty when it cannot be split."""
    try:
        parts = urlsplit(url)
        return (parts.hostname or ""), parts.path
    except ValueError:
        return "", ""


def is_image(url: str) -> bool:
    """Whether the address names an image file by its extension (the query aside)."""
    return _parts(url)[1].lower().endswith(IMAGE_SUFFIXES)


def media_host(url: str) -> str:
    """The host a reader's browser would fetch the media from: "upload.wikimedia.org"."""
    return _parts(url)[0].removeprefix("www.")
