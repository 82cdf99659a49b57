"""Site search, built: each event's dates in Material's index, and the script that loads it lazily
in every page's <head>. How they behave in a browser: tests/test_search_browser.py."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import built_site

FIXTURE = Path(__file__).parent / "fixtures" / "site"
BIN = Path(sys.executable).parent


build = built_site


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("search") / "source"
    shutil.copytree(FIXTURE, source)
    return build(source)


def index_dates(site: Path) -> dict[str, str | None]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {doc["location"]: doc.get("date") for doc in index["docs"]}


def test_each_event_entry_carries_its_first_and_last_day(built: Path) -> None:
    dates = index_dates(built)
    assert dates["events/talks/"] == "2025-04-09"
    assert dates["events/strikes/"] == "2025-04-02/2025-04-04"
    assert dates["events/early-april/"] == "2025-04-01/2025-04-10"
    # A year the script cannot compare as text (before year 0) gets no date; hand-written pages
    # have none either.
    assert dates["events/ancient/"] is None
    assert dates[""] is None


def test_every_page_loads_the_search_script_in_its_head_before_materials_bundle(
    built: Path,
) -> None:
    script = built / "assets" / "chronology" / "search.js"
    assert "search_index" in script.read_text(encoding="utf-8")
    for page, prefix in (("index.html", ""), ("events/talks/index.html", "../../")):
        html = (built / page).read_text(encoding="utf-8")
        tag = f'<script src="{prefix}assets/chronology/search.js"></script>'
        assert html.count(tag) == 1, page
        assert html.index(tag) < html.index("</head>") < html.index("javascripts/bundle.")


def test_without_directory_urls_the_dates_reach_the_entries(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    config = source / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "use_directory_urls: false\n")
    assert index_dates(build(source))["events/talks.html"] == "2025-04-09"


def test_with_mkdocs_own_theme_and_search_no_script_is_added(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    config = source / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("name: material", "name: mkdocs")
    config.write_text(text.replace("  font: false\n", ""))
    site = build(source)
    assert not (site / "assets" / "chronology" / "search.js").exists()
    assert "search.js" not in (site / "index.html").read_text(encoding="utf-8")


def test_the_compact_index_keeps_other_entries_and_leaves_out_plain_dates() -> None:
    from builder.search import compact_index

    material = {
        "config": {"lang": ["en"]},
        "docs": [
            {"location": "", "title": "Home", "text": "<p>Welcome</p>"},
            {
                "location": "events/talks/",
                "title": "Talks",
                "text": "<p>9 April 2025 · Baku · Agency &amp; Co</p> <p>Talks were held.</p>",
                "date": "2025-04-09",
            },
            {
                "location": "events/early/",
                "title": "Early",
                "text": "<p>early April 2025</p>",
                "date": "2025-04-01/2025-04-10",
            },
            # Another shape of search block (an overridden template): kept as it is.
            {"location": "events/other/", "title": "O", "text": "<h3>x</h3>", "date": "2025"},
        ],
    }
    compact = json.loads(compact_index(json.dumps(material), "events/", "/"))
    assert compact["names"] == ["Baku", "Agency &amp; Co"]
    assert compact["docs"] == [
        material["docs"][0],
        ["talks", "Talks", "", "9 April 2025", [0, 1], "<p>Talks were held.</p>"],
        ["early", "Early", "2025-04-01/2025-04-10", "early April 2025", []],
        material["docs"][3],
    ]
    # In `serve`, rows are kept from one rebuild to the next: the same text as without.
    kept: dict[tuple[str, ...], Any] = {}
    assert json.loads(compact_index(json.dumps(material), "events/", "/", kept)) == compact
    assert len(kept) == 2
    material["docs"][1]["text"] = "<p>10 April 2025 · Ankara</p>"
    material["docs"].pop(2)
    again = compact_index(json.dumps(material), "events/", "/", kept)
    assert again == compact_index(json.dumps(material), "events/", "/")
    assert json.loads(again)["docs"][1] == ["talks", "Talks", "2025-04-09", "10 April 2025", [0]]
    assert len(kept) == 1  # what is gone is not kept


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("9 April 2025", "2025-04-09"),
        ("April 2025", "2025-04-01/2025-04-30"),
        ("February 2024", "2024-02-01/2024-02-29"),
        ("2025", "2025-01-01/2025-12-31"),
        ("29 February 0000", "0000-02-29"),
        ("29 February 1900", None),
        ("early April 2025", None),
        ("Spring 2025", None),
        ("night of 9 April 2025", None),
    ],
)
def test_written_period_reads_plain_dates_only(written: str, period: str | None) -> None:
    from builder.search import written_period

    assert written_period(written) == period


def test_the_index_compacted_from_memory_is_the_one_compacted_from_the_file(
    tmp_path: Path,
) -> None:
    """A build compacts the search plugin's entries in memory (search.compact_docs) rather
    than reading Material's file back: the same text as from the file Material writes."""
    import datetime as dt

    from builder.search import compact_docs, compact_index, written_config

    config = {"lang": ["en"], "separator": "[\\s]+", "pipeline": ["stemmer"], "fields": {}}
    docs = [
        {"location": "", "title": "Home", "text": "<p>Welcome</p>"},
        {
            "location": "events/a/",
            "title": "A",
            "text": "<p>9 April 2025 · X</p>",
            "date": "2025-04-09",
        },
        {"location": "x/", "title": "Odd", "text": "t", "when": dt.date(2025, 4, 9), "n": (1, 2)},
        {"location": "events/b/", "title": 3, "text": "<p>2024</p>", "date": "2024"},
    ]
    written = tmp_path / "search_index.json"
    # What Material's search plugin writes (generate_search_index).
    written.write_text(
        json.dumps({"config": config, "docs": docs}, separators=(",", ":"), default=str),
        encoding="utf-8",
    )
    known, read = written_config(written)
    assert known
    assert read == config
    from_memory = compact_docs(read, docs, "events/", "/")
    assert from_memory == compact_index(written.read_text(encoding="utf-8"), "events/", "/")
    written.write_text('{"docs":[],"config":{}}', encoding="utf-8")
    assert written_config(written) == (False, None)
