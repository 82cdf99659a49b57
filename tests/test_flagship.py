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
    assert len(CHRONOLOGY.events) >= 75
    assert set(CHRONOLOGY.storylines) == {"gaza-war", "syria-after-assad", "deconfliction"}
    assert all(event.storyline in CHRONOLOGY.storylines for event in CHRONOLOGY.events)


# event id -> (earliest, latest, precision): every event of the flagship, in date order
KEY_DATES = {
    "hamas-led-attack-on-israel-2023-10-07": ("2023-10-07", "2023-10-07", "day"),
    "israel-formally-declares-state-of-war-2023-10-08": ("2023-10-08", "2023-10-08", "day"),
    "erdogan-hamas-remarks-2023-10-25": ("2023-10-25", "2023-10-25", "day"),
    "israel-expands-ground-operations-2023-10-27": ("2023-10-27", "2023-10-27", "day"),
    "israel-recalls-diplomats-from-turkey-2023-10-28": ("2023-10-28", "2023-10-28", "day"),
    "turkey-recalls-ambassador-2023-11-04": ("2023-11-04", "2023-11-04", "day"),
    "gaza-truce-begins-2023-11-24": ("2023-11-24", "2023-11-24", "minute"),
    "gaza-truce-ends-fighting-resumes-2023-12-01": ("2023-12-01", "2023-12-01", "day"),
    "gaza-toll-passes-20000-2023-12-22": ("2023-12-22", "2023-12-22", "day"),
    "south-africa-files-icj-genocide-case-2023-12-29": ("2023-12-29", "2023-12-29", "day"),
    "icj-orders-provisional-measures-2024-01-26": ("2024-01-26", "2024-01-26", "day"),
    "icj-modifies-order-on-famine-2024-03-28": ("2024-03-28", "2024-03-28", "day"),
    "turkey-halts-trade-with-israel-2024-05-02": ("2024-05-02", "2024-05-02", "day"),
    "icj-orders-halt-to-rafah-offensive-2024-05-24": ("2024-05-24", "2024-05-24", "day"),
    "erdogan-rize-remarks-on-israel-2024-07-28": ("2024-07-28", "2024-07-28", "day"),
    "turkey-national-mourning-for-haniyeh-2024-08-02": ("2024-08-02", "2024-08-02", "day"),
    "turkey-files-to-join-icj-case-2024-08-07": ("2024-08-07", "2024-08-07", "day"),
    "gaza-toll-passes-40000-2024-08-15": ("2024-08-15", "2024-08-15", "day"),
    "erdogan-says-turkey-has-cut-relations-with-israel-2024-11-13": (
        "2024-11-13",
        "2024-11-13",
        "day",
    ),
    "herzog-cancels-cop29-trip-turkish-airspace-2024-11-16": ("2024-11-16", "2024-11-16", "day"),
    "icc-arrest-warrants-netanyahu-gallant-2024-11-21": ("2024-11-21", "2024-11-21", "day"),
    "assad-government-falls-2024-12-08": ("2024-12-08", "2024-12-08", "day"),
    "israel-enters-golan-buffer-zone-2024-12-08": ("2024-12-08", "2024-12-08", "day"),
    "israeli-strikes-480-in-48-hours-2024-12-08": ("2024-12-08", "2024-12-10", "day"),
    "al-bashir-named-caretaker-prime-minister-2024-12-10": ("2024-12-10", "2024-12-10", "day"),
    "gaza-ceasefire-takes-effect-2025-01-19": ("2025-01-19", "2025-01-19", "minute"),
    "al-sharaa-named-transitional-president-2025-01-29": ("2025-01-29", "2025-01-29", "day"),
    "al-sharaa-meets-erdogan-in-ankara-2025-02-04": ("2025-02-04", "2025-02-04", "day"),
    "netanyahu-demands-demilitarisation-of-southern-syria-2025-02-23": (
        "2025-02-23",
        "2025-02-23",
        "day",
    ),
    "killings-on-the-syrian-coast-2025-03-06": ("2025-03-06", "2025-03-06", "day"),
    "damascus-and-sdf-sign-integration-agreement-2025-03-10": ("2025-03-10", "2025-03-10", "day"),
    "al-sharaa-signs-constitutional-declaration-2025-03-13": ("2025-03-13", "2025-03-13", "day"),
    "israel-resumes-strikes-on-gaza-2025-03-18": ("2025-03-18", "2025-03-18", "day"),
    "israeli-strikes-t4-and-palmyra-2025-03-21": ("2025-03-21", "2025-03-21", "day"),
    "gaza-toll-passes-50000-2025-03-23": ("2025-03-23", "2025-03-23", "day"),
    "israeli-strikes-t4-and-palmyra-2025-03-25": ("2025-03-25", "2025-03-25", "day"),
    "transitional-cabinet-sworn-in-2025-03-29": ("2025-03-29", "2025-03-29", "day"),
    "reuters-turkish-teams-inspected-air-bases-2025-04": ("2025-03-31", "2025-04-06", "week"),
    "mee-reports-turkey-moving-on-t4-2025-04-01": ("2025-04-01", "2025-04-02", "day"),
    "hotline-set-up-in-april-2025-04": ("2025-04-01", "2025-04-30", "month"),
    "israeli-strikes-syria-2025-04-02": ("2025-04-02", "2025-04-02", "day"),
    "katz-warns-al-sharaa-2025-04-03": ("2025-04-03", "2025-04-03", "day"),
    "saar-accuses-turkey-of-seeking-protectorate-2025-04-03": ("2025-04-03", "2025-04-03", "day"),
    "turkish-foreign-ministry-statement-2025-04-03": ("2025-04-03", "2025-04-03", "day"),
    "fidan-says-turkey-wants-no-confrontation-2025-04-04": ("2025-04-04", "2025-04-04", "day"),
    "israeli-official-says-israel-seeks-no-conflict-2025-04-04": (
        "2025-04-04",
        "2025-04-04",
        "day",
    ),
    "trump-hosts-netanyahu-2025-04-07": ("2025-04-07", "2025-04-07", "day"),
    "netanyahu-video-on-turkish-bases-2025-04-08": ("2025-04-08", "2025-04-08", "day"),
    "aliyev-on-turkey-israel-tensions-2025-04-09": ("2025-04-09", "2025-04-09", "day"),
    "baku-talks-2025-04-09": ("2025-04-09", "2025-04-09", "day"),
    "fidan-confirms-technical-talks-2025-04-09": ("2025-04-09", "2025-04-09", "day"),
    "netanyahu-security-cabinet-on-turkey-2025-04-09": ("2025-04-09", "2025-04-09", "day"),
    "israeli-source-calls-turkish-bases-red-line-2025-04-10": ("2025-04-10", "2025-04-10", "day"),
    "netanyahu-office-confirms-talks-2025-04-10": ("2025-04-10", "2025-04-10", "day"),
    "turkish-defence-ministry-on-mechanism-2025-04-10": ("2025-04-10", "2025-04-10", "day"),
    "kan-first-round-without-agreement-2025-04-11": ("2025-04-11", "2025-04-11", "day"),
    "turkish-defence-ministry-says-talks-not-normalisation-2025-04-17": (
        "2025-04-17",
        "2025-04-17",
        "day",
    ),
    "basiuk-meets-turkish-officials-in-azerbaijan-2025-05": ("2025-05-01", "2025-05-20", "month"),
    "israeli-strike-near-presidential-palace-2025-05-02": ("2025-05-02", "2025-05-02", "day"),
    "turkish-jets-reported-to-jam-israeli-jets-2025-05-02": ("2025-05-02", "2025-05-02", "day"),
    "netanyahu-postpones-azerbaijan-visit-2025-05-03": ("2025-05-03", "2025-05-03", "day"),
    "turkey-denies-overflight-permission-for-netanyahu-2025-05-03": (
        "2025-05-03",
        "2025-05-03",
        "day",
    ),
    "second-round-in-baku-2025-05-08": ("2025-05-08", "2025-05-08", "day"),
    "trump-announces-lifting-of-syria-sanctions-2025-05-13": ("2025-05-13", "2025-05-13", "day"),
    "trump-meets-al-sharaa-in-riyadh-2025-05-14": ("2025-05-14", "2025-05-14", "day"),
    "katz-hosts-hasanov-2025-05-19": ("2025-05-19", "2025-05-19", "day"),
    "mee-reports-hotline-and-four-rounds-2025-05-21": ("2025-05-21", "2025-05-21", "day"),
    "turkish-defence-ministry-does-not-confirm-hotline-2025-05-22": (
        "2025-05-22",
        "2025-05-22",
        "day",
    ),
    "trump-signs-order-ending-syria-sanctions-2025-06-30": ("2025-06-30", "2025-06-30", "day"),
    "syrian-and-israeli-officials-meet-in-baku-2025-07-12": ("2025-07-12", "2025-07-12", "day"),
    "israel-strikes-military-headquarters-in-damascus-2025-07-16": (
        "2025-07-16",
        "2025-07-16",
        "day",
    ),
    "barrack-announces-israel-syria-ceasefire-2025-07-18": ("2025-07-18", "2025-07-18", "day"),
    "barrack-meets-syrian-and-israeli-officials-in-paris-2025-07-24": (
        "2025-07-24",
        "2025-07-24",
        "day",
    ),
    "al-shaibani-meets-israeli-delegation-in-paris-2025-08-19": ("2025-08-19", "2025-08-19", "day"),
    "turkey-closes-ports-and-airspace-to-israel-2025-08-29": ("2025-08-29", "2025-08-29", "day"),
    "al-sharaa-addresses-un-general-assembly-2025-09-24": ("2025-09-24", "2025-09-24", "day"),
    "global-sumud-flotilla-intercepted-2025-10-01": ("2025-10-01", "2025-10-01", "day"),
    "flotilla-activists-flown-to-istanbul-2025-10-04": ("2025-10-04", "2025-10-04", "day"),
    "syria-holds-indirect-parliamentary-elections-2025-10-05": ("2025-10-05", "2025-10-05", "day"),
    "gaza-ceasefire-first-phase-takes-effect-2025-10-10": ("2025-10-10", "2025-10-10", "day"),
    "sharm-el-sheikh-declaration-signed-2025-10-13": ("2025-10-13", "2025-10-13", "day"),
    "un-security-council-delists-al-sharaa-2025-11-06": ("2025-11-06", "2025-11-06", "day"),
    "istanbul-prosecutors-issue-arrest-warrants-netanyahu-2025-11-07": (
        "2025-11-07",
        "2025-11-07",
        "day",
    ),
    "al-sharaa-meets-trump-at-the-white-house-2025-11-10": ("2025-11-10", "2025-11-10", "day"),
    "israeli-raid-on-beit-jinn-2025-11-28": ("2025-11-28", "2025-11-28", "day"),
    "netanyahu-sets-terms-for-security-deal-with-syria-2025-12-02": (
        "2025-12-02",
        "2025-12-02",
        "day",
    ),
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
    (
        "syrian-and-israeli-officials-meet-in-baku-2025-07-12",
        "Shafaq News",
        "2025-07-06",
        "Published on Saturday",
    ),
    ("al-sharaa-addresses-un-general-assembly-2025-09-24", "OpEdNews", "2025-09-23", ""),
    (
        "turkey-denies-overflight-permission-for-netanyahu-2025-05-03",
        "The New Arab",
        "2025-05-02",
        "",
    ),
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


def test_every_judged_claim_is_pinned_and_no_event_is_disputed() -> None:
    # The audit found no date on which credible sources really disagree: every contradiction
    # was one source's slip, judged with its reason (JUDGED). A new dispute must be added here.
    judged = {
        (event.id, claim.source.publisher)
        for event in CHRONOLOGY.events
        for claim in event.judged_dates
    }
    assert judged == {(event_id, publisher) for event_id, publisher, *_ in JUDGED}
    assert [event.id for event in CHRONOLOGY.events if event.disputed] == []


# event id, publisher -> the date as the report writes it in its calendar, and what it is
CALENDAR_CLAIMS = [
    ("hamas-led-attack-on-israel-2023-10-07", "Tajhiz News (Fars)", "persian", "2023-10-07"),
    ("hamas-led-attack-on-israel-2023-10-07", "Kikar HaShabbat", "hebrew", "2023-10-07"),
    (
        "global-sumud-flotilla-intercepted-2025-10-01",
        "ABNA (AhlulBayt News Agency)",
        "persian",
        "2025-10-01",
    ),
    ("assad-government-falls-2024-12-08", "ABNA (AhlulBayt News Agency)", "persian", "2024-12-08"),
]


@pytest.mark.parametrize(("event_id", "publisher", "calendar", "day"), CALENDAR_CLAIMS)
def test_dates_read_in_other_calendars(
    event_id: str, publisher: str, calendar: str, day: str
) -> None:
    [source] = [s for s in EVENTS[event_id].sources if s.publisher == publisher]
    assert source.date is not None
    value = source.date.value
    assert (value.calendar, value.earliest.iso(), value.latest.iso()) == (calendar, day, day)


def test_each_storyline_covers_what_it_promises() -> None:
    counts = dict.fromkeys(CHRONOLOGY.storylines, 0)
    for event in CHRONOLOGY.events:
        counts[event.storyline] += 1
    assert counts["gaza-war"] >= 25
    assert counts["syria-after-assad"] >= 25
    assert counts["deconfliction"] >= 15
    assert len(CHRONOLOGY.events) >= 75
    years = {event.date.value.earliest.year for event in CHRONOLOGY.events}
    assert {2023, 2024, 2025} <= years
