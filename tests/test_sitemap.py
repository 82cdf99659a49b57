"""A valid sitemap at any size (issue #14): real `mkdocs build` runs of a generated chronology.

The per-file limit is lowered (`sitemap_max_urls`) so that a few dozen pages split as 100,000
would at the protocol's 50,000.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.synthetic import chronology_site

BIN = Path(sys.executable).parent
SITE_URL = "https://example.org/chronicle/"
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
EVENTS = 12
LIMIT = 7


def site(root: Path, site_url: str | None, limit: int | None) -> Path:
    chronology_site(root, EVENTS)
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if limit is not None:
        text = text.replace(
            "  - chronology\n", f"  - chronology:\n      sitemap_max_urls: {limit}\n"
        )
    if site_url is not None:
        text = f"site_url: {site_url}\n{text}"
    config.write_text(text, encoding="utf-8")
    return root


def build(root: Path, site_dir: str = "site") -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict", "--site-dir", site_dir],
        cwd=root, capture_output=True, text=True, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result


def sitemaps(site_dir: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(site_dir.glob("sitemap*"))}


def locations(urlset: ET.Element) -> list[str]:
    """The <loc> of each <url>, after checking that the element is a valid <urlset>."""
    assert urlset.tag == f"{NS}urlset"
    found = []
    for url in urlset:
        assert url.tag == f"{NS}url"
        children = [child.tag for child in url]
        assert children[0] == f"{NS}loc"
        assert set(children) <= {f"{NS}loc", f"{NS}lastmod"}
        lastmod = url.find(f"{NS}lastmod")
        if lastmod is not None:
            assert lastmod.text is not None
            assert len(lastmod.text) == 10  # a day, from the data: YYYY-MM-DD
        found.append(url.findtext(f"{NS}loc") or "")
    return found


@pytest.fixture(scope="module")
def one_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same chronology with the default limit: one sitemap.xml, as MkDocs writes it."""
    root = site(tmp_path_factory.mktemp("one") / "site-source", SITE_URL, None)
    build(root)
    return root / "site"


@pytest.fixture(scope="module")
def split(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = site(tmp_path_factory.mktemp("split") / "site-source", SITE_URL, LIMIT)
    build(root)
    build(root, "site-again")
    return root


def test_below_the_limit_there_is_one_sitemap_of_every_page(one_file: Path) -> None:
    assert set(sitemaps(one_file)) == {"sitemap.xml", "sitemap.xml.gz"}
    listed = locations(ET.parse(one_file / "sitemap.xml").getroot())
    pages = {
        SITE_URL + path.parent.relative_to(one_file).as_posix() + "/"
        for path in one_file.rglob("index.html")
        if path.parent != one_file and not path.parent.name.startswith("assets")
    } | {SITE_URL}
    assert len(listed) > LIMIT
    assert set(listed) == pages


def test_above_the_limit_an_index_lists_files_within_it(split: Path, one_file: Path) -> None:
    site_dir = split / "site"
    index = ET.parse(site_dir / "sitemap.xml").getroot()
    assert index.tag == f"{NS}sitemapindex"
    parts = [entry.findtext(f"{NS}loc") or "" for entry in index]
    assert all(entry.tag == f"{NS}sitemap" for entry in index)
    every = locations(ET.parse(one_file / "sitemap.xml").getroot())
    assert len(parts) == -(-len(every) // LIMIT)
    listed = []
    for number, url in enumerate(parts, start=1):
        assert url == f"{SITE_URL}sitemap-{number}.xml"
        found = locations(ET.parse(site_dir / f"sitemap-{number}.xml").getroot())
        assert 1 <= len(found) <= LIMIT
        listed += found
    assert listed == every  # every page once, in MkDocs' order


def test_the_gzip_copy_is_the_index_with_mkdocs_header_time(split: Path, one_file: Path) -> None:
    site_dir = split / "site"
    packed = (site_dir / "sitemap.xml.gz").read_bytes()
    assert gzip.decompress(packed) == (site_dir / "sitemap.xml").read_bytes()
    assert packed[4:8] == (one_file / "sitemap.xml.gz").read_bytes()[4:8]  # from the data


def test_split_sitemaps_are_byte_identical_across_builds(split: Path) -> None:
    first, second = sitemaps(split / "site"), sitemaps(split / "site-again")
    assert len(first) > 3
    assert first == second


def test_without_site_url_the_build_says_so_once_and_stays_strict(tmp_path: Path) -> None:
    root = site(tmp_path / "site-source", None, LIMIT)
    result = build(root)  # --strict: an info line, not a warning
    assert result.stderr.count("site_url is not set") == 1
    assert not (root / "site" / "sitemap-1.xml").exists()
