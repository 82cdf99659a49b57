"""The flagship chronology in events/: clean, sourced, and its key dates pinned.

An engine change that moves one of these dates fails here, loudly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.pipeline import load_chronology

ROOT = Path(__file__).parent.parent
CHRONOLOGY = load_chronology(ROOT / "events", relative_to=ROOT)
EVENTS = CHRONOLOGY.by_id


def test_the_flagship_chronology_validates_clean() -> None:
    assert [str(p) for p in CHRONOLOGY.problems] == []
    assert len(CHRONOLOGY.events) >= 30
    assert set(CHRONOLOGY.storylines) == {"gaza-war", "syria-after-assad", "deconfliction"}
    assert all(event.storyline in CHRONOLOGY.storylines for event in CHRONOLOGY.events)


# event id -> (earliest, latest, precision)
KEY_DATES = {
    "hamas-led-attack-on-israel-2023-10-07": ("2023-10-07", "2023-10-07", "day"),
    "al-sharaa-named-transitional-president-2025-01-29": ("2025-01-29", "2025-01-29", "day"),
    "israeli-strikes-t4-and-palmyra-2025-03-21": ("2025-03-21", "2025-03-21", "day"),
    "israeli-strikes-t4-and-palmyra-2025-03-25": ("2025-03-25", "2025-03-25", "day"),
    "israeli-strikes-syria-2025-04-02": ("2025-04-02", "2025-04-02", "day"),
    "reuters-turkish-teams-inspected-air-bases-2025-04": ("2025-03-31", "2025-04-06", "week"),
    "fidan-says-turkey-wants-no-confrontation-2025-04-04": ("2025-04-04", "2025-04-04", "day"),
    "baku-talks-2025-04-09": ("2025-04-09", "2025-04-09", "day"),
    "fidan-confirms-technical-talks-2025-04-09": ("2025-04-09", "2025-04-09", "day"),
    "netanyahu-security-cabinet-on-turkey-2025-04-09": ("2025-04-09", "2025-04-09", "day"),
    "netanyahu-office-confirms-talks-2025-04-10": ("2025-04-10", "2025-04-10", "day"),
    "israeli-source-calls-turkish-bases-red-line-2025-04-10": ("2025-04-10", "2025-04-10", "day"),
    "second-round-in-baku-2025-05-08": ("2025-05-08", "2025-05-08", "day"),
    "israeli-strikes-480-in-48-hours-2024-12-08": ("2024-12-08", "2024-12-10", "day"),
}


@pytest.mark.parametrize(("event_id", "expected"), KEY_DATES.items())
def test_key_dates(event_id: str, expected: tuple[str, str, str]) -> None:
    value = EVENTS[event_id].date.value
    assert (value.earliest.iso(), value.latest.iso(), value.precision) == expected


def claims(event_id: str) -> dict[str, tuple[str, str, str]]:
    return {
        s.publisher: (s.date.text, s.published.iso(), s.date.value.earliest.iso())
        for s in EVENTS[event_id].sources
        if s.date is not None
    }


def test_the_baku_talks_on_wednesday_in_a_report_of_thursday() -> None:
    talks = claims("baku-talks-2025-04-09")
    assert talks["TimesLIVE (Reuters)"] == ("on Wednesday", "2025-04-10", "2025-04-09")
    assert talks["Malay Mail (Reuters)"] == ("yesterday", "2025-04-10", "2025-04-09")
    assert talks["Samanyolu Haber"] == ("dün", "2025-04-10", "2025-04-09")
    assert talks["Yabancı Basın"] == ("9 Nisan Çarşamba günü", "2025-04-10", "2025-04-09")
    assert talks["Egy Press"] == ("يوم الأربعاء", "2025-04-10", "2025-04-09")
    event = EVENTS["baku-talks-2025-04-09"]
    assert event.date.anchor is not None
    # Dated from the reports' own "on Wednesday", not from the seed report's "a week after".
    assert event.date.anchor.label == "TimesLIVE (Reuters), published 2025-04-10"
    assert not event.disputed


# A source's slip, judged with a reason: shown, and no dispute.
JUDGED = [
    ("israeli-strikes-syria-2025-04-02", "ZeroHedge", "2025-04-01", "contradicted"),
    (
        "turkish-foreign-ministry-statement-2025-04-03",
        "UrduPoint (APP)",
        "2025-04-04",
        "publication",
    ),
]


@pytest.mark.parametrize(("event_id", "publisher", "claimed", "reason"), JUDGED)
def test_a_sources_slip_is_judged_and_is_no_dispute(
    event_id: str, publisher: str, claimed: str, reason: str
) -> None:
    event = EVENTS[event_id]
    assert not event.disputed
    [judged] = [c for c in event.judged_dates if c.source.publisher == publisher]
    assert judged.date.value.earliest.iso() == claimed
    assert reason in (judged.source.date_error or "")


def test_editorial_requirements() -> None:
    languages = {s.language for e in CHRONOLOGY.events for s in e.sources if s.language}
    assert {"tr", "ar"} <= languages
    relative = [
        e for e in CHRONOLOGY.events if e.date.anchor and not any(c.isdigit() for c in e.date.text)
    ]
    assert len(relative) >= 10
    assert any(e.date.anchor and e.date.anchor.origin == "event" for e in CHRONOLOGY.events)
    for event in CHRONOLOGY.events:
        assert event.sources, event.id
        for source in event.sources:
            assert source.publisher, event.id
            assert source.title, event.id
            assert source.published, event.id
            assert source.url.startswith(("https://", "http://")), event.id
