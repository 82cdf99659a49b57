"""An event its sources announced ahead shows both: who announced it, and who reported it held."""

from __future__ import annotations

from builder.display import announcement_text
from builder.pipeline import load_chronology

MEETING = """\
title: Turkish and Israeli officials meet in Baku
date: Thursday, May 8
status: {status}
sources:
  - publisher: Halazon
    title: "[Halazon report of 7 May 2025]"
    url: https://example.org/halazon
    published: 2025-05-07
    language: ar
    date: {{text: يوم غد الخميس, language: ar}}
{later}"""
HELD = """\
  - publisher: L'Orient-Le Jour
    title: Turkey and Israel met again in Baku
    url: https://example.org/lorient
    published: 2025-05-10
    date: on Thursday, May 8
"""


def _event(write_events, status: str, later: str):  # type: ignore[no-untyped-def]
    text = MEETING.format(status=status, later=later)
    chronology = load_chronology(write_events({"baku-2025-05-08.yml": text}))
    assert chronology.problems == ()
    [event] = chronology.events
    return event


def test_announced_and_not_yet_reported_held(write_events) -> None:
    event = _event(write_events, "scheduled", "")
    assert announcement_text(event) == (
        "Announced ahead by Halazon (7 May 2025); not yet reported as held."
    )


def test_announced_then_reported_held(write_events) -> None:
    event = _event(write_events, "confirmed", HELD)
    assert announcement_text(event) == (
        "Announced ahead by Halazon (7 May 2025); reported as held by L'Orient-Le Jour "
        "(10 May 2025)."
    )


def test_an_event_reported_after_the_fact_has_no_announcement(write_events) -> None:
    text = MEETING.format(status="reported", later=HELD).split("  - publisher: Halazon")[0]
    chronology = load_chronology(write_events({"baku.yml": text + HELD}))
    [event] = chronology.events
    assert announcement_text(event) is None


def test_announced_then_reported_only_on_the_day(write_events) -> None:
    same_day = HELD.replace("2025-05-10", "2025-05-08").replace("on Thursday, May 8", "today")
    event = _event(write_events, "reported", same_day)
    assert announcement_text(event) == (
        "Announced ahead by Halazon (7 May 2025); reported on the day by L'Orient-Le Jour "
        "(8 May 2025)."
    )
