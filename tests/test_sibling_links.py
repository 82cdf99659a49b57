"""Pages under one sibling key write the same relative links to the targets the key was made
for, as MkDocs writes them (its `url` filter) and as the plugin does (feed links in a head)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from mkdocs.utils import get_relative_url

from builder.downloads import href
from builder.sibling_links import linked_folders, sibling_key

SEGMENTS = st.sampled_from(["a", "b", "events", "x-1", "data"])
FOLDERS = st.lists(SEGMENTS, max_size=3).map(lambda parts: "".join(p + "/" for p in parts))
# A page URL as MkDocs makes them: "" (home), "folder/name/", or "folder/name.html".
PAGE_URLS = st.one_of(
    st.just(""),
    st.builds(lambda folder, name: f"{folder}{name}/", FOLDERS, SEGMENTS),
    st.builds(lambda folder, name: f"{folder}{name}.html", FOLDERS, SEGMENTS),
)
TARGETS = st.one_of(
    FOLDERS,  # a page in the nav, a folder link
    st.builds(lambda folder, name: f"{folder}{name}.xml", FOLDERS, SEGMENTS),  # a file
    st.builds(lambda folder, name: f"{folder}{name}/#part", FOLDERS, SEGMENTS),
)


@given(st.lists(TARGETS, max_size=4), PAGE_URLS, PAGE_URLS)
def test_pages_with_one_key_link_alike(targets: list[str], first: str, second: str) -> None:
    linked = linked_folders(targets)
    key = sibling_key(first, linked)
    if key is None or key != sibling_key(second, linked):
        return
    for target in targets:
        assert get_relative_url(target, first) == get_relative_url(target, second)
        if target and not target.endswith("#part"):  # href() links to files and folders
            assert href(first, target) == href(second, target)


def test_siblings_share_a_key_unless_a_target_lies_in_one_of_them() -> None:
    linked = linked_folders(["data/feed.xml", "events/e-5/#sources", "chronology/"])
    assert sibling_key("events/e-1/", linked) == sibling_key("events/e-2/", linked)
    assert sibling_key("events/e-5/", linked) == ("exact", ("events", "e-5"))
    assert sibling_key("events/e-1.html", linked) == sibling_key("events/e-2.html", linked)
    assert sibling_key("events/e-1/", linked) != sibling_key("tags/t/", linked)
    assert sibling_key("events/e-1", linked) is None  # neither a folder nor a file's URL
