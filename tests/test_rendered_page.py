"""A generated page's canonical URL, output path and URL: the plugin's shortcuts must give
what MkDocs gives."""

from __future__ import annotations

from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

from hypothesis import given
from hypothesis import strategies as st
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from builder.incremental import GeneratedFile
from builder.plugin import RenderedPage

BASES = [
    "https://example.org/",
    "https://example.org/chronology",
    "https://example.org/a/b/",
    "http://localhost:8000/",
    "https://example.org/?q=1",
    "https://example.org/#top",
    "example.org/site/",
    "/site/",
    "",
]
SEGMENT = st.text(alphabet="abz09-_.~%é:?# ", min_size=0, max_size=6)


def canonical(page_class: type[Page], base: str, url: str) -> tuple[object, object]:
    page = page_class.__new__(page_class)
    page.file = SimpleNamespace(url=url)  # type: ignore[assignment]
    page._set_canonical_url(base)
    return page.canonical_url, page.abs_url


@given(st.sampled_from(BASES), st.lists(SEGMENT, min_size=0, max_size=4), st.booleans())
def test_the_canonical_url_is_what_mkdocs_gives(
    base: str, segments: list[str], slash: bool
) -> None:
    url = "/".join(segments) + ("/" if slash else "")
    assert canonical(RenderedPage, base, url) == canonical(Page, base, url)


def test_plain_page_urls_are_appended_to_the_site_url() -> None:
    assert canonical(RenderedPage, "https://example.org/c", "events/x-1/") == (
        "https://example.org/c/events/x-1/",
        "/c/events/x-1/",
    )
    assert urljoin("https://example.org/c/", "events/x-1/") == "https://example.org/c/events/x-1/"
    assert urlsplit("https://example.org/c/events/x-1/").path == "/c/events/x-1/"


PATH_SEGMENT = st.text(alphabet="aZ09-_.~%é ", min_size=1, max_size=6) | st.sampled_from(
    ["index", "README", "x", ".hidden", "..", "."]
)


@given(
    st.lists(PATH_SEGMENT, min_size=0, max_size=3),
    PATH_SEGMENT,
    st.sampled_from([".md", ".markdown", ".json", ""]),
    st.booleans(),
)
def test_a_generated_file_has_the_output_path_and_url_mkdocs_gives(
    folders: list[str], name: str, suffix: str, directory_urls: bool
) -> None:
    uri = "/".join([*folders, name + suffix])
    config = SimpleNamespace(site_dir="/site", use_directory_urls=directory_urls)
    config.plugins = SimpleNamespace(_current_plugin="chronology")
    ours = GeneratedFile.generated(config, uri, content="x")  # type: ignore[arg-type]
    theirs = File.generated(config, uri, content="x")  # type: ignore[arg-type]
    assert (ours.src_uri, ours.dest_uri, ours.url) == (theirs.src_uri, theirs.dest_uri, theirs.url)
