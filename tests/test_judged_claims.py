"""A source's date claim an editor judged the source's own error: shown with its reason, and not
a dispute. `disputed` stays for real disagreement between sources (issue #10)."""

from __future__ import annotations

import json

from builder.cli import main
from builder.pipeline import load_chronology
from builder.render import Pages, SiteOptions, environment

STRIKES = """\
title: Israel strikes Hama military airport
date: on Wednesday
sources:
  - publisher: Daily Post (SANA)
    title: Israeli fighter jets strike military sites in Syria
    url: https://dailypost.ng/2025/04/02/israeli-fighter-jets-strike-military-sites-in-syria/
    published: 2025-04-02
    date: on Wednesday
  - publisher: ZeroHedge
    title: Warning To Turkey? Israel Strikes Several Bases Across Syria
    url: https://www.zerohedge.com/geopolitical/warning-turkey
    published: 2025-04-03
    date: on Tuesday
{judgement}"""
JUDGED = '    date_error: contradicted by SANA and the ministry\'s "last night (2 April)" <b>\n'


def test_a_claim_that_contradicts_the_others_makes_the_event_disputed(write_events) -> None:
    chronology = load_chronology(write_events({"strikes.yml": STRIKES.format(judgement="")}))
    [event] = chronology.events
    assert event.disputed
    assert [claim.source.publisher for claim in event.disputed_dates] == [
        "Daily Post (SANA)",
        "ZeroHedge",
    ]
    assert event.judged_dates == ()


def test_a_claim_judged_the_sources_error_is_kept_and_is_no_dispute(write_events) -> None:
    chronology = load_chronology(write_events({"strikes.yml": STRIKES.format(judgement=JUDGED)}))
    assert chronology.problems == ()
    [event] = chronology.events
    assert not event.disputed
    assert event.status == "reported"
    [judged] = event.judged_dates
    assert judged.source.publisher == "ZeroHedge"
    assert judged.date.value.earliest.iso() == "2025-04-01"
    assert judged.source.date_error.startswith("contradicted by SANA")


def test_the_event_page_shows_the_judgement_and_its_reason_escaped(write_events) -> None:
    chronology = load_chronology(write_events({"strikes.yml": STRIKES.format(judgement=JUDGED)}))
    page = Pages(chronology, environment(), SiteOptions()).render()["events/strikes.md"]
    assert "Sources disagree" not in page
    assert "Not counted: ‘on Tuesday’, ZeroHedge" in page
    assert "judged ZeroHedge’s error: contradicted by SANA" in page
    assert "(judged an error: contradicted by SANA" in page
    assert "&lt;b&gt;" in page
    assert "<b>" not in page


def test_a_judgement_without_a_claim_is_an_error_at_its_line(write_events) -> None:
    text = STRIKES.format(judgement="").replace(
        "    date: on Tuesday\n", "    date_error: publication day, not event day\n"
    )
    chronology = load_chronology(write_events({"strikes.yml": text}))
    [problem] = chronology.problems
    assert (problem.line, problem.column) == (13, 17)
    assert "`date_error` judges this source's `date`, and the source gives none" in problem.message
    assert problem.hint


def test_dates_lists_every_claim_with_its_judgement(write_events, capsys) -> None:
    events = write_events({"strikes.yml": STRIKES.format(judgement=JUDGED)})
    assert main(["dates", str(events), "--no-cache", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["disputed"] is False
    assert [(c["publisher"], c["edtf"], bool(c["judged_error"])) for c in row["claims"]] == [
        ("Daily Post (SANA)", "2025-04-02", False),
        ("ZeroHedge", "2025-04-01", True),
    ]
    assert main(["dates", str(events), "--no-cache"]) == 0
    table = capsys.readouterr().out
    assert "ZeroHedge: on Tuesday 2025-04-01 (judged an error: contradicted by SANA" in table
