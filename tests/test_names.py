"""Names, slugs and links: what may be published, how names compare, what pages are called."""

from __future__ import annotations

import pytest

from builder.names import (
    MAX_SLUG,
    RESERVED_SLUGS,
    fold,
    page_names,
    slugify,
    unclean_character,
    unique_slugs,
)
from builder.urls import safe_url, url_problem

# url -> a word the refusal names, or None where the link is kept
URLS = [
    ("https://example.org/a", None),
    ("HTTP://EXAMPLE.ORG/", None),
    ("https://example.org/a?b=1&c=2#frag", None),
    ("https://en.wikipedia.org/wiki/Ma'alot_massacre", None),  # a quote is a URL character
    ("https://www.aljazeera.net/news/2025/4/9/تركيا-وإسرائيل", None),  # browsers encode it
    ("https://xn--mgbh0fb.example/", None),
    ("https://[2001:db8::1]:8443/x", None),
    ("javascript:alert(1)", "https://"),
    ("data:text/html,<script>alert(1)</script>", "https://"),
    ("//example.org/a", "https://"),
    ("https:example.org", "host"),
    ("https://", "host"),
    ("https:///path", "host"),
    ('https://example.org/"><script>alert(1)</script>', "'\"'"),
    ('https://example.org/"onmouseover="x', "'\"'"),
    ("https://example.org/<x>", "'<'"),
    ("https://example.org/a b", "a space"),
    ("https://example.org/\x00", "\\x00"),
    ("https://exa mple.org/", "a space"),
    ("https://example.org:99999/", "valid"),
    ("https://ex..ample.org/", "host"),
    ("https://example.org/" + "a" * 3000, "limited"),
]


@pytest.mark.parametrize(("url", "refusal"), URLS)
def test_one_rule_for_links(url: str, refusal: str | None) -> None:
    problem = url_problem(url)
    if refusal is None:
        assert problem is None
        assert safe_url(url) == url
    else:
        assert problem is not None
        assert refusal in problem
        assert safe_url(url) is None


# text, name-like (an id, a name, a title)?, a word of the refusal or None where it is clean
TEXTS = [
    ("Turkey", True, None),
    ("Talks\tin Baku", False, None),
    ("line one\nline two", False, None),
    ("bad\x00title", True, "U+0000"),
    ("bad\x1b[31mred", False, "U+001B"),
    ("C1 \x85 next line", False, "U+0085"),
    ("lone \ud800 surrogate", False, "U+D800"),
    ("evil\u202eexe.yml", True, "bidi control"),
    ("isolate\u2066x\u2069", True, "bidi control"),
    ("evil\u202eexe.yml", False, None),  # a quote may carry what its page had
    ("Tur\u200bkey", True, "U+200B"),
    ("\ufeffTurkey", True, "U+FEFF"),
    ("Tur\u200ckey", True, "U+200C"),  # a joiner between Latin letters spells nothing
    ("می\u200cخواهم", True, None),  # Persian: the non-joiner is spelling
    ("שלום\u200f", True, None),  # a right-to-left mark is allowed, and ignored in comparisons
]


@pytest.mark.parametrize(("text", "name_like", "refusal"), TEXTS)
def test_what_text_may_be_published(text: str, name_like: bool, refusal: str | None) -> None:
    problem = unclean_character(text, name_like)
    assert (problem is None) == (refusal is None), problem
    if refusal is not None:
        assert refusal in problem  # type: ignore[operator]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Turkey", "turkey", True),
        ("Türkiye", "Turkiye", True),
        ("TÜRKİYE", "türki̇ye", True),
        ("Hamas\u200e", "Hamas", True),
        ("Gaza  City", "Gaza City", True),
        ("Gaza City", "Gaza-City", False),
        ("Israel", "Israeli", False),
    ],
)
def test_names_compare_as_readers_compare_them(one: str, other: str, same: bool) -> None:
    assert (fold(one) == fold(other)) is same


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Turkey", "turkey"),
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("U.S. Central Command", "u-s-central-command"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
    ],
)
def test_slugs(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slugs_are_bounded_and_long_names_stay_apart() -> None:
    long_a, long_b = "a" * 300 + " one", "a" * 300 + " two"
    assert len(slugify(long_a)) <= MAX_SLUG
    assert slugify(long_a) != slugify(long_b)


def test_names_without_latin_letters_get_a_stable_slug() -> None:
    assert slugify("غزة") == slugify("غزة")
    assert slugify("غزة") != slugify("القدس")
    assert slugify("غزة").isascii()


def test_no_slug_is_reserved_or_repeated() -> None:
    names = ["Index", "index ", "INDEX", "Tags", "Gaza City", "Gaza-City", "events"]
    slugs = unique_slugs(names)
    assert not set(slugs.values()) & RESERVED_SLUGS
    assert len(set(slugs.values())) == len(names)
    assert slugs["Index"] == "index-2"


def test_ids_keep_their_page_names_unless_a_hub_has_it() -> None:
    names = page_names(["index", "index-2", "talks", "tags"])
    assert names == {"index": "index-3", "index-2": "index-2", "talks": "talks", "tags": "tags-2"}
