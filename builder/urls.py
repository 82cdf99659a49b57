"""The one rule for links from data: what `validate` accepts is exactly what pages link to."""

from __future__ import annotations

import re

# Characters RFC 3986 never allows raw in a URL, and that would let a URL break out of an HTML
# attribute or a Markdown link. Non-ASCII text (an Arabic path, an IDN host) is fine: browsers
# encode it. A single quote is a legal URL character; attributes are written in double quotes.
_FORBIDDEN = re.compile(r'[\x00-\x20\x7f-\x9f"<>\\^`{|}\u2028\u2029\u202a-\u202e\u2066-\u2069]')
# scheme://[userinfo@]host[:port][/path][?query][#fragment], the forbidden characters aside;
# a host is a bracketed IPv6 address or a name (non-ASCII allowed: IDN).
_PARTS = re.compile(
    r"^(?P<scheme>https?)://(?:[^/?#@]*@)?"
    r"(?P<host>\[[0-9a-fA-F:.]+\]|[^/?#@:\[\]]*)(?::(?P<port>[0-9]*))?(?P<rest>[/?#].*)?$",
    re.IGNORECASE | re.DOTALL,
)
MAX_URL = 2000


def url_problem(text: str) -> str | None:
    """Why `text` is not an http(s) address a page can link to, or None."""
    if len(text) > MAX_URL:
        return f"it is {len(text):,} characters long; links are limited to {MAX_URL:,}"
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme not in ("http", "https"):
        return "links must start with https:// or http://"
    bad = _FORBIDDEN.search(text)
    if bad:
        char = bad[0]
        shown = "a space" if char == " " else f"the character {char!r}"
        return f"it holds {shown}, which a link cannot hold (write it as %{ord(char):02X})"
    parts = _PARTS.match(text)
    if parts is None or not parts["host"]:
        return "it names no host: write it as https://host/path"
    host, port = parts["host"], parts["port"]
    if port is not None and not (port.isdigit() and int(port) <= 65535):
        return f"it is not a valid address (the port {port!r} is not a number up to 65535)"
    if host.startswith(".") or ".." in host:
        return f"{host!r} is not a valid host name"
    return None


def safe_url(url: str | None) -> str | None:
    """The URL if it is an http(s) address by the rule above; anything else never becomes a link."""
    return url if url and url_problem(url) is None else None
