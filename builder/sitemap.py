"""A sitemap at any size: MkDocs' sitemap.xml, split into files of the protocol's size.

The sitemap protocol (sitemaps.org) allows at most 50,000 URLs and 50 MB in one file; a
chronology of 100,000 events has more pages than that. MkDocs writes one sitemap.xml of every
page (and sitemap.xml.gz). When it holds more than the limit, its <url> entries, kept as MkDocs
wrote them and in its order, go into sitemap-1.xml, sitemap-2.xml, ..., and sitemap.xml becomes
the <sitemapindex> that lists them (and sitemap.xml.gz its gzip copy, with the same header time
as MkDocs gave it). Nothing comes from the clock: the same pages give the same bytes.

MkDocs lists pages only with site_url set (a sitemap needs full addresses); without it the
file is left as MkDocs wrote it.
"""

from __future__ import annotations

import gzip
import html
import io
import os
import re
import struct

SITEMAP = "sitemap.xml"
PART = "sitemap-{}.xml"
MAX_URLS = 50_000
MAX_BYTES = 50 * 1024 * 1024  # uncompressed, per file
NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
# MkDocs' template writes each page as one <url> element holding a <loc> and maybe a <lastmod>;
# nothing inside them is markup, so they are taken as written, byte for byte.
URL = re.compile(r"<url>.*?</url>", re.DOTALL)


def urls_of(sitemap: str) -> list[str]:
    """The <url> elements of a sitemap, as written."""
    return URL.findall(sitemap)


def parts(urls: list[str], max_urls: int, max_bytes: int = MAX_BYTES) -> list[list[str]]:
    """`urls` cut, in order, into runs that each make a sitemap within both limits."""
    overhead = len(_urlset([]).encode())
    runs: list[list[str]] = [[]]
    size = overhead
    for url in urls:
        grows = len(url.encode()) + len("\n    ")
        if runs[-1] and (len(runs[-1]) >= max_urls or size + grows > max_bytes):
            runs.append([])
            size = overhead
        runs[-1].append(url)
        size += grows
    return runs


def _urlset(urls: list[str]) -> str:
    body = "".join(f"\n    {url}" for url in urls)
    return f'{HEAD}<urlset xmlns="{NAMESPACE}">{body}\n</urlset>\n'


def _index(locations: list[str]) -> str:
    body = "".join(
        f"\n    <sitemap><loc>{html.escape(loc, quote=False)}</loc></sitemap>" for loc in locations
    )
    return f'{HEAD}<sitemapindex xmlns="{NAMESPACE}">{body}\n</sitemapindex>\n'


def split_sitemap(site_dir: str, site_url: str, max_urls: int = MAX_URLS) -> int:
    """Split `site_dir`'s sitemap.xml when it lists more than `max_urls` pages; how many
    sitemap files there are now (0: MkDocs wrote none)."""
    path = os.path.join(site_dir, SITEMAP)
    try:
        with open(path, encoding="utf-8") as stream:
            urls = urls_of(stream.read())
    except FileNotFoundError:
        return 0
    runs = parts(urls, max_urls)
    if len(runs) == 1:
        return 1
    base = site_url if site_url.endswith("/") else f"{site_url}/"
    names = [PART.format(number) for number in range(1, len(runs) + 1)]
    for name, run in zip(names, runs, strict=True):
        _write(os.path.join(site_dir, name), _urlset(run).encode())
    index = _index([base + name for name in names]).encode()
    _write(path, index)
    _write(f"{path}.gz", _gzip(index, _gzip_time(f"{path}.gz")))
    return len(runs)


def _write(path: str, data: bytes) -> None:
    with open(path, "wb") as stream:
        stream.write(data)


def _gzip_time(path: str) -> int:
    """The time in the header of MkDocs' sitemap.xml.gz (from the data: see plugin.py)."""
    try:
        with open(path, "rb") as stream:
            header = stream.read(8)
    except FileNotFoundError:
        return 0
    return struct.unpack("<I", header[4:8])[0] if len(header) == 8 else 0


def _gzip(data: bytes, mtime: int) -> bytes:
    buffer = io.BytesIO()
    # As MkDocs writes it: the name in the header is "sitemap.xml", the time is pinned.
    with gzip.GzipFile(fileobj=buffer, filename=SITEMAP, mode="wb", mtime=mtime) as stream:
        stream.write(data)
    return buffer.getvalue()
