"""Refusals that give the real reason: what is missing, and how to write the date instead.

Each row is (text, anchor, language, date order, words the message must contain); every
refusal is final (DateRefused) and carries a hint. Phrases are news copy as it arrives
(Reuters, AP, EU observer reports): "until 2036", "on the eve of the election", "in the past
few days", "days before the end of voting".
"""

from __future__ import annotations

import pytest

from builder.calendar import Day
from builder.dates import DateError, DateRefused, resolve
from builder.dates.refusals import RULES, refusal_for
from tests import date_cases as cases

THU = Day(2025, 4, 10)

DEADLINE = "is a deadline"
OPEN_NO_START = "open-ended: it gives an end and no start"
OPEN_NO_END = "open-ended: it gives a start and no end"
OPEN_BOTH = "open-ended: it says neither when it began nor when it ends"
VAGUE = "does not say how long ago, how long, or how soon"
EVENT = "names an event, not a date"
ANAPHORA = "points back to a date given elsewhere in the text, and names none"
RELATIVE = "is relative to another event, and names none"
NO_YEAR = "gives a day and a month in figures, and no year"

REFUSED = [
    # A deadline says by when something must happen, not the day it happened.
    ("by the end of June", THU, None, None, DEADLINE),
    ("by the end of the year", THU, None, None, DEADLINE),
    ("by 2030", THU, None, None, DEADLINE),
    ("by mid-2026", THU, None, None, DEADLINE),
    ("by Friday", THU, None, None, DEADLINE),
    ("by 9 April 2025", THU, None, None, DEADLINE),  # dateparser alone reads it as 9 April
    ("no later than Friday", THU, None, None, DEADLINE),
    ("not later than 30 June 2025", THU, None, None, DEADLINE),
    ("Friday at the latest", THU, None, None, DEADLINE),
    ("before the end of the month", THU, None, None, DEADLINE),
    ("in time for Christmas", THU, None, None, DEADLINE),
    ("by then", THU, None, None, DEADLINE),
    # "Before/until X" with X a date: an open interval with an end and no start.
    ("before 2015", THU, None, None, OPEN_NO_START),
    ("before March 2020", THU, None, None, OPEN_NO_START),
    ("until 2036", THU, None, None, OPEN_NO_START),
    ("until Friday", THU, None, None, OPEN_NO_START),
    ("ahead of Friday", THU, None, None, OPEN_NO_START),
    ("not after 2019", THU, None, None, OPEN_NO_START),
    # "After X" with X a date: an open interval with a start and no end.
    ("after 2020", THU, None, None, OPEN_NO_END),
    ("after 9 April 2025", THU, None, None, OPEN_NO_END),
    ("not before Monday", THU, None, None, OPEN_NO_END),
    ("no earlier than June", THU, None, None, OPEN_NO_END),
    ("following the summer of 2024", THU, None, None, OPEN_NO_END),
    # Neither end written.
    ("until further notice", THU, None, None, OPEN_BOTH),
    ("indefinitely", THU, None, None, OPEN_BOTH),
    ("for the foreseeable future", THU, None, None, OPEN_BOTH),
    # Vague spans: how long ago, how long or how soon is not stated.
    ("a few days ago", THU, None, None, VAGUE),
    ("a couple of weeks ago", THU, None, None, VAGUE),
    ("some time ago", THU, None, None, VAGUE),
    ("a while ago", THU, None, None, VAGUE),
    ("not long ago", THU, None, None, VAGUE),
    ("years ago", THU, None, None, VAGUE),
    ("recently", THU, None, None, VAGUE),
    ("lately", THU, None, None, VAGUE),
    ("soon", THU, None, None, VAGUE),
    ("the other day", THU, None, None, VAGUE),
    ("in the coming days", THU, None, None, VAGUE),
    ("in the coming weeks", THU, None, None, VAGUE),
    ("in the days ahead", THU, None, None, VAGUE),
    ("in the past few days", THU, None, None, VAGUE),
    ("over the last few months", THU, None, None, VAGUE),
    ("in the near future", THU, None, None, VAGUE),
    ("days before the end of voting", THU, None, None, VAGUE),
    ("just days after the election", THU, None, None, VAGUE),
    ("someday soon", THU, None, None, "not a date"),
    # Events named and not dated: the event's own file dates them, through "@event-id".
    ("after the ceasefire", THU, None, None, EVENT),
    ("during the war", THU, None, None, EVENT),
    ("since the election", THU, None, None, EVENT),
    ("ahead of the summit", THU, None, None, EVENT),
    ("on the eve of the election", THU, None, None, EVENT),
    ("in the wake of the attack", THU, None, None, EVENT),
    ("in the aftermath of the earthquake", THU, None, None, EVENT),
    ("at the height of the crisis", THU, None, None, EVENT),
    ("following the talks", THU, None, None, EVENT),
    ("before the war", THU, None, None, EVENT),
    ("amid the protests", THU, None, None, EVENT),
    ("ahead of Friday's vote", THU, None, None, EVENT),
    # Anaphora: the words point back to a date the text gave earlier.
    ("that half", THU, None, None, ANAPHORA),
    ("that week", THU, None, None, ANAPHORA),
    ("that day", THU, None, None, ANAPHORA),
    ("on that day", THU, None, None, ANAPHORA),
    ("that same day", THU, None, None, ANAPHORA),
    ("the same day", THU, None, None, ANAPHORA),
    ("on the same day", THU, None, None, ANAPHORA),
    ("at the time", THU, None, None, ANAPHORA),
    ("at that point", THU, None, None, ANAPHORA),
    ("then", THU, None, None, ANAPHORA),
    ("since then", THU, None, None, ANAPHORA),
    ("back then", THU, None, None, ANAPHORA),
    ("later that month", THU, None, None, ANAPHORA),
    ("earlier that day", THU, None, None, ANAPHORA),
    ("later that year", THU, None, None, ANAPHORA),
    ("meanwhile", THU, None, None, ANAPHORA),
    # Counted from another moment that the words do not name: relative to an unnamed event.
    ("the following day", THU, None, None, RELATIVE),
    ("the next day", THU, None, None, RELATIVE),
    ("the next morning", THU, None, None, RELATIVE),
    ("the day before", THU, None, None, RELATIVE),
    ("the night before", THU, None, None, RELATIVE),
    ("the week after", THU, None, None, RELATIVE),
    ("a day earlier", THU, None, None, RELATIVE),
    ("two weeks later", THU, None, None, RELATIVE),
    ("shortly afterwards", THU, None, None, RELATIVE),
    # The old table's rows keep their pinned words ("names none").
    ("a week after", THU, None, None, "names none"),
    ("a week after", THU, None, None, "is relative to another event, and names none"),  # validate
    ("the previous day", THU, None, None, "names none"),
    ("three days later", THU, None, None, "names none"),
    ("the following week", THU, None, None, "names none"),
    # A day and month in figures: the year is missing (and, without an order, which is which).
    ("7/10", THU, None, None, NO_YEAR),
    ("07/10", THU, None, None, NO_YEAR),
    ("12/25", THU, None, None, NO_YEAR),
    # Every language: its words are translated into the English above, and the same refusal
    # fires with the same reason, quoting the words as the editor wrote them.
    ("avant 2015", THU, "fr", None, OPEN_NO_START),
    ("après 2020", THU, "fr", None, OPEN_NO_END),  # was silently read as 2020
    ("d'ici 2030", THU, "fr", None, DEADLINE),
    ("d'ici la fin juin", THU, "fr", None, DEADLINE),
    ("ces dernières semaines", THU, "fr", None, VAGUE),
    ("il y a quelques jours", THU, "fr", None, VAGUE),
    ("récemment", THU, "fr", None, VAGUE),
    ("le même jour", THU, "fr", None, ANAPHORA),
    ("à l'époque", THU, "fr", None, ANAPHORA),
    ("le lendemain", THU, "fr", None, RELATIVE),
    ("la veille", THU, "fr", None, RELATIVE),
    ("après le cessez-le-feu", THU, "fr", None, EVENT),
    ("nach 2020", THU, "de", None, OPEN_NO_END),
    ("bis 2030", THU, "de", None, DEADLINE),
    ("bis Ende Juni", THU, "de", None, DEADLINE),
    ("in den letzten Wochen", THU, "de", None, VAGUE),
    ("vor einigen Tagen", THU, "de", None, VAGUE),
    ("kürzlich", THU, "de", None, VAGUE),
    ("am selben Tag", THU, "de", None, ANAPHORA),
    ("damals", THU, "de", None, ANAPHORA),
    ("am Vortag", THU, "de", None, RELATIVE),
    ("nach dem Waffenstillstand", THU, "de", None, EVENT),
    ("antes de 2015", THU, "es", None, OPEN_NO_START),
    ("después de 2020", THU, "es", None, OPEN_NO_END),
    ("para 2030", THU, "es", None, DEADLINE),
    ("hace unos días", THU, "es", None, VAGUE),
    ("en las últimas semanas", THU, "es", None, VAGUE),
    ("recientemente", THU, "es", None, VAGUE),
    ("el mismo día", THU, "es", None, ANAPHORA),
    ("en ese momento", THU, "es", None, ANAPHORA),
    ("al día siguiente", THU, "es", None, RELATIVE),
    ("до 2015 года", THU, "ru", None, OPEN_NO_START),
    ("после 2020 года", THU, "ru", None, OPEN_NO_END),
    ("к концу июня", THU, "ru", None, DEADLINE),
    ("несколько дней назад", THU, "ru", None, VAGUE),
    ("в последние недели", THU, "ru", None, VAGUE),
    ("недавно", THU, "ru", None, VAGUE),
    ("в тот же день", THU, "ru", None, ANAPHORA),
    ("в то время", THU, "ru", None, ANAPHORA),
    ("на следующий день", THU, "ru", None, RELATIVE),
    ("накануне", THU, "ru", None, RELATIVE),
    ("2020'den sonra", THU, "tr", None, OPEN_NO_END),  # was silently read as 2020
    ("2030'a kadar", THU, "tr", None, DEADLINE),
    ("haziran sonuna kadar", THU, "tr", None, DEADLINE),
    ("birkaç gün önce", THU, "tr", None, VAGUE),
    ("aynı gün", THU, "tr", None, ANAPHORA),
    ("o dönemde", THU, "tr", None, ANAPHORA),
    ("ertesi gün", THU, "tr", None, RELATIVE),
    ("قبل 2015", THU, "ar", None, OPEN_NO_START),
    ("بعد 2020", THU, "ar", None, OPEN_NO_END),
    ("بحلول عام 2030", THU, "ar", None, DEADLINE),
    ("بحلول نهاية يونيو", THU, "ar", None, DEADLINE),
    ("قبل أيام", THU, "ar", None, VAGUE),
    ("في نفس اليوم", THU, "ar", None, ANAPHORA),
    ("في ذلك الوقت", THU, "ar", None, ANAPHORA),
    ("في اليوم التالي", THU, "ar", None, RELATIVE),
    ("אחרי 2020", THU, "he", None, OPEN_NO_END),
    ("עד 2030", THU, "he", None, DEADLINE),
    ("לפני כמה ימים", THU, "he", None, VAGUE),
    ("באותו יום", THU, "he", None, ANAPHORA),
    ("באותה עת", THU, "he", None, ANAPHORA),
    ("למחרת", THU, "he", None, RELATIVE),
    ("2015-ci ildən əvvəl", THU, "az", None, OPEN_NO_START),
    ("2030-cu ilə qədər", THU, "az", None, DEADLINE),
    ("bir neçə gün əvvəl", THU, "az", None, VAGUE),
    ("həmin gün", THU, "az", None, ANAPHORA),
    ("ertəsi gün", THU, "az", None, RELATIVE),
    ("قبل از ۲۰۱۵", THU, "fa", None, OPEN_NO_START),
    ("چند روز پیش", THU, "fa", None, VAGUE),
    ("همان روز", THU, "fa", None, ANAPHORA),
    ("روز بعد", THU, "fa", None, RELATIVE),
    # dateparser renders "vor", "לפני", "önce" as "ago": before a date (German, Hebrew) or after
    # it (Turkish) they mean "before", whether or not the language's module translates them.
    ("vor 2015", THU, "de", None, OPEN_NO_START),
    ("vor dem 9. April 2025", THU, "de", None, OPEN_NO_START),
    ("vor Ende Juni", THU, "de", None, OPEN_NO_START),
    ("vor Freitag", THU, "de", None, OPEN_NO_START),
    ("לפני 2015", THU, "he", None, OPEN_NO_START),
    ("לפני מרץ 2020", THU, "he", None, OPEN_NO_START),
    ("לפני יום שישי", THU, "he", None, OPEN_NO_START),
    ("2015'ten önce", THU, "tr", None, OPEN_NO_START),
    ("Mart 2020'den önce", THU, "tr", None, OPEN_NO_START),
]  # fmt: skip


@cases.each_row(REFUSED)
def test_refuses_with_the_real_reason_and_a_hint(row: cases.Refused) -> None:
    cases.check_refuses(row, with_hint=True, final=True)


# Texts that the readers try first, as a range ("prior | to 1 May 2024") or a count ("recent
# weeks"), and leave unreadable: the table gives their reason once english.read consults it on
# every unreadable text, not only before single dates; until then they are pinned on the table.
THROUGH_THE_READERS = [
    ("prior to 1 May 2024", OPEN_NO_START),
    ("up to 2030", OPEN_NO_START),
    ("7-10", NO_YEAR),
    ("in recent weeks", VAGUE),
    ("in recent days", VAGUE),
    ("several weeks ago", VAGUE),
    ("some months ago", VAGUE),
    ("in the run-up to the vote", EVENT),
    ("in the lead-up to the election", EVENT),
    ("in the days leading up to the election", EVENT),
    ("the same period last year", ANAPHORA),
    ("the year-ago half", ANAPHORA),
]


@pytest.mark.parametrize(("text", "reason"), THROUGH_THE_READERS)
def test_the_table_knows_what_the_readers_leave_unread(text: str, reason: str) -> None:
    rule = refusal_for(text)
    assert rule is not None
    assert reason in rule.reason.format(text=repr(text))


# Texts the rules must leave alone: each is a date some other rule reads (or may read), and
# a refusal here would hide it. Checked against the table itself, whoever reads them.
NOT_REFUSED = [
    "during 2020",
    "at the start of 2025",
    "at the end of June",
    "3 days ago",
    "a week ago",
    "next week",
    "the past week",
    "from 9 April 2025",
    "as of Friday",
    "in the spring of 2025",
    "ago quelques week",  # "il y a quelques semaines": a count, not a date; the words say so
    "9 April 2025",
    "11:52",
    "07/10/2023",
]


@pytest.mark.parametrize("text", NOT_REFUSED)
def test_the_rules_leave_dates_alone(text: str) -> None:
    assert refusal_for(text.lower()) is None


def test_every_rule_has_a_reason_and_a_hint() -> None:
    for rule in RULES:
        assert "{text}" in rule.reason, rule.kind
        assert len(rule.hint) > 20, rule.kind
        assert "'" in rule.hint, f"{rule.kind}: the hint shows how to write the date"


def test_every_kind_of_rule_is_pinned_by_a_row() -> None:
    kinds = {rule.kind for rule in RULES}
    fired = set()
    for text in [row[0] for row in REFUSED] + [row[0] for row in THROUGH_THE_READERS]:
        rule = refusal_for(text.lower())
        if rule is not None:
            fired.add(rule.kind)
    assert fired == kinds


def test_the_table_is_large_enough() -> None:
    assert len(REFUSED) + len(THROUGH_THE_READERS) >= 60
    assert cases.rows_per_language(REFUSED).keys() >= {
        "en",
        "fr",
        "de",
        "es",
        "ru",
        "tr",
        "ar",
        "he",
        "az",
        "fa",
    }


def test_an_open_edtf_interval_and_an_open_bound_in_words_agree() -> None:
    """Both say 'open-ended', and the words' hint does not offer the EDTF form that is refused."""
    with pytest.raises(DateError) as in_edtf:
        resolve("../2014-12-31")
    with pytest.raises(DateRefused) as in_words:
        resolve("before 2015", THU)
    assert "open-ended" in in_edtf.value.message
    assert "open-ended" in in_words.value.message
    assert "cannot be placed on a timeline" in (in_words.value.hint or "")
