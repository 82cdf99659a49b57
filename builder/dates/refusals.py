"""Words that are read and still cannot be dated from the text alone: each refusal says what is
missing and how to write the date instead.

The rules form one table, tried in order, first match wins. Each is a pattern over the reader's
normalised English (lowercase, commas dropped, dashes as "–"; other languages arrive translated
into these words), the reason it cannot be dated, and the hint an editor needs to write it.
They only ever refuse: a text a rule matches would otherwise be unreadable or, worse, read as
the wrong day (dateparser reads "by 9 April 2025" as 9 April).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from builder.dates.errors import DateRefused
from builder.dates.words import MONTHS, SEASONS, WEEKDAYS

# --- what the rules share ------------------------------------------------------------------

# Words that make the object of "before/after/until ..." a date rather than an event's name:
# "after 2020" is an open interval, "after the ceasefire" names an event.
_DATE_NOUNS = (
    "today", "yesterday", "tomorrow", "tonight", "week", "weeks", "weekend", "month", "months",
    "year", "years", "quarter", "half", "decade", "century", "midnight", "noon", "christmas",
    "easter", "ramadan", "eid", "nowruz", "passover", "hanukkah", "thanksgiving",
    "q1", "q2", "q3", "q4", "h1", "h2",
)  # fmt: skip
_DATE_WORDS = frozenset([*MONTHS, *WEEKDAYS, *SEASONS, *_DATE_NOUNS])

_CALENDAR_WORDS = frozenset([*MONTHS, *WEEKDAYS, *SEASONS])

_UNIT = (
    r"(?:hours?|days?|nights?|mornings?|afternoons?|evenings?|weeks?|weekends?|months?|years?|"
    r"decades?)"
)
_UNITS = r"(?:hours|days|nights|weeks|weekends|months|years|decades)"
_PERIOD = (
    r"(?:day|night|morning|afternoon|evening|week|weekend|month|year|half|quarter|season|"
    r"spring|summer|autumn|fall|winter|period|date|decade|century|hour|time)"
)
_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|"
    r"a couple of|a few|few|several|some|many|a number of|a handful of|numerous)"
)
_VAGUE_COUNT = r"(?:a couple of|a few|few|several|some|many|a number of|a handful of|numerous)"


def _names_a_date(words: str) -> bool:
    """Whether the words after a preposition are a date ("2015", "June", "Friday") or not."""
    return bool(re.search(r"\d", words)) or any(
        word.strip(".'’") in _DATE_WORDS for word in words.split()
    )


def _names_no_date(words: str) -> bool:
    return not _names_a_date(words)


def _names_a_calendar_date(words: str) -> bool:
    """A year, a month, a weekday or a season: not a count of units ("quelques week")."""
    return bool(re.search(r"\b\d{3,4}\b", words)) or any(
        word.strip(".'’") in _CALENDAR_WORDS for word in words.split()
    )


@dataclass(frozen=True)
class Refusal:
    """One kind of text no anchor can date: what it is, what is missing, how to write it."""

    kind: str
    pattern: re.Pattern[str]
    reason: str  # "{text}" stands for the words as written
    hint: str
    # For "before/after X": refuse only when this holds of X ("2020" is a date, "the war" not).
    object_test: Callable[[str], bool] | None = None

    def matches(self, text: str) -> bool:
        match = self.pattern.search(text)
        if match is None:
            return False
        return self.object_test is None or self.object_test(match["object"])


def _rule(
    kind: str,
    pattern: str,
    reason: str,
    hint: str,
    object_test: Callable[[str], bool] | None = None,
) -> Refusal:
    return Refusal(kind, re.compile(pattern), reason, hint, object_test)


# --- reasons and hints, each written once ---------------------------------------------------

DEADLINE = (
    "{text} is a deadline: it says by when something must happen, not when it happened",
    "date the event by the day it was decided or announced (e.g. the source's date, 'on "
    "Wednesday'), and keep the deadline in the summary",
)
OPEN_NO_START = (
    "{text} is open-ended: it gives an end and no start",
    "write the span the sources give, e.g. '2010–2014' (EDTF '2010/2014'); an open interval "
    "such as '../2014' cannot be placed on a timeline",
)
OPEN_NO_END = (
    "{text} is open-ended: it gives a start and no end",
    "write the span the sources give, e.g. '2020–2023' (EDTF '2020/2023'), or the day it began",
)
OPEN_BOTH = (
    "{text} is open-ended: it says neither when it began nor when it ends",
    "date it by the day it began or was announced, e.g. 'on Wednesday' or '9 April 2025'",
)
VAGUE = (
    "{text} is not a date: it does not say how long ago, how long, or how soon",
    "quote the span the source gives ('three weeks ago', 'the past seven days', 'in March'), "
    "or date it from another source",
)
EVENT = (
    "{text} names an event, not a date",
    "date it from that event's file: 'the day before @event-id', 'a week after @event-id', "
    "or write the date the sources give",
)
ANAPHORA = (
    "{text} points back to a date given elsewhere in the text, and names none",
    "write that date (e.g. '9 April 2025'), or count from its event: 'the day after @event-id', "
    "'a week after @event-id'",
)
RELATIVE = (
    "{text} is relative to another event, and names none: it points back to a date given "
    "elsewhere in the text",
    "name the event: 'a week after @event-id', 'the day before @event-id', or write the date "
    "the sources give (e.g. '9 April 2025')",
)
SHORT_NUMERIC = (
    "{text} gives a day and a month in figures, and no year",
    "write the year and the month's name, e.g. '7 October 2025', or declare the source's "
    "date_order and write the year in full, e.g. '07/10/2025'",
)

# --- the table ------------------------------------------------------------------------------

_BEFORE = r"(?:before|prior to|until|till|til|up to|up until|ahead of|not after|earlier than)"
# Not "from/starting/as of X": the day something began or a tally stood is a date.
# "as early as next week", "as early as 2010": the earliest the words allow, not when.
_AFTER = (
    r"(?:after|following|not before|later than|no earlier than|not earlier than|as early as|"
    r"as soon as)"
)
_EVENT_LEAD = (
    r"(?:(?:in|during|amid) )?(?:the )?(?:run|lead)[- ]up to|(?:on |in )?the eve of|"
    r"(?:in )?the (?:wake|aftermath) of|in the (?:hours|days|weeks|months|years) "
    r"(?:before|after|following|since|preceding|leading up to|ahead of)|"
    r"at the (?:time|start|beginning|outset|end|close|height|peak|onset) of|"
    r"before|prior to|ahead of|after|following|since|until|till|up to|during|throughout|amid|"
    r"since the start of|from the start of"
)

RULES: tuple[Refusal, ...] = (
    # "7/10": a day and a month in figures; the year, and which is which, are not written.
    _rule("short numeric", r"^\d{1,2}[/-]\d{1,2}$", *SHORT_NUMERIC),
    # Deadlines: "by the end of June", "by 2030", "no later than Friday", "Friday at the latest".
    _rule(
        "deadline",
        r"^(?:by|no later than|not later than|at the latest(?: by| on)?|in time for|"
        r"(?:before|by) the (?:end|close) of|deadline(?: of)?)\s|\sat the latest$|^by$",
        *DEADLINE,
    ),
    # dateparser renders "vor", "önce", "לפני" as "ago": before a bare year they mean "before".
    # ("ago" never comes first in English, so "ago <date>" is always such a "before".)
    _rule("open bound", r"^ago (?P<object>.+)$", *OPEN_NO_START, _names_a_calendar_date),
    _rule("open bound", r"^(?P<object>.+) ago$", *OPEN_NO_START, _names_a_calendar_date),
    # Open bounds with no end of either kind written.
    _rule(
        "open bound",
        r"^(?:until|till|pending) further notice$|^(?:indefinitely|for the foreseeable future|"
        r"from now on|ever since|(?:for )?the time being)$",
        *OPEN_BOTH,
    ),
    # Vague spans: "in recent weeks", "a few days ago", "recently", "soon", "in the coming days".
    _rule(
        "vague span",
        rf"^(?:(?:in|over|during|for) )?(?:the )?recent (?:{_UNIT}|times|past|period)$|"
        rf"^(?:(?:in|over|during|for|within) )?the (?:past|last|previous|coming|next|following) "
        rf"(?:{_VAGUE_COUNT} {_UNIT}|{_UNITS})(?: ahead| to come)?$|"
        rf"^(?:(?:in|within|for) )?{_VAGUE_COUNT} {_UNIT}(?: ago| earlier| before| later| after|"
        rf" back| from now| hence| on| since| past| ahead)?$|"
        rf"^(?:in )?the {_UNIT} (?:ahead|to come)$|"
        rf"^(?:in )?{_UNIT} past$|^(?:many )?{_UNIT} ago$|"
        rf"^(?:just |only |mere )?{_UNITS} (?:before|after|ahead of|into|following|earlier|later)\b.*$|"
        r"^(?:recently|lately|of late|soon|shortly|someday|sometime|some time|one day|"
        r"eventually|at some point|the other day|(?:some time|a while|a long time|long|not long) "
        r"(?:ago|back)|(?:very |quite )?recently|soon after(?:wards)?|in the (?:near |distant )?"
        r"(?:future|past)|(?:someday|sometime|some day) soon|any day now|at any moment)$",
        *VAGUE,
    ),
    # Anaphora: words that point back to a date the text gave before.
    _rule(
        "anaphora",
        rf"^(?:(?:on|in|at|by|during|over|for|since|until|from|earlier|later) )?that "
        rf"(?:same |very )?{_PERIOD}$|"
        rf"^(?:(?:on|in|at|by|during|over|for|from|earlier|later) )?the same {_PERIOD}\b.*$|"
        r"^(?:(?:at|by|since|until|till|from|before|after|around|about) )?(?:the|that) time$|"
        r"^(?:at that (?:point|moment|stage|juncture)|at the same time|meanwhile|"
        r"in the meantime|simultaneously|(?:back|by|since|until|till|from|even|just|only|right|"
        r"before|after|ever since) then|then)$|"
        r"^(?:the )?(?:year-ago|year-earlier|prior-year|previous-year|year-before) \w+$",
        *ANAPHORA,
    ),
    # Counted from another moment the text does not name: "the following day", "a week after".
    _rule(
        "relative",
        r"^(?:afterwards?|subsequently|previously|thereafter|earlier|later|"
        r"(?:later|earlier) (?:on|in the day)|shortly (?:after|before)(?:wards)?)$|"
        rf"^(?:(?:on|in|during|over|by) )?the (?:following|next|previous|preceding|prior|"
        rf"subsequent) {_PERIOD}$|"
        rf"^(?:(?:on|in|during) )?the {_PERIOD} (?:before|after|prior|earlier|later)$|"
        rf"^{_COUNT} {_UNIT} (?:later|earlier|before|after|on|prior|afterwards?)$",
        *RELATIVE,
    ),
    # Open intervals around a date: "before 2015", "until June", "after 2020", "from May onwards".
    _rule("open bound", rf"^{_BEFORE}\s+(?P<object>.+)$", *OPEN_NO_START, _names_a_date),
    _rule(
        "open bound",
        rf"^{_AFTER}\s+(?P<object>.+)$",
        *OPEN_NO_END,
        _names_a_date,
    ),
    # Events named, not dated: "in the run-up to the vote", "after the ceasefire", "during the war".
    _rule("event named", rf"^(?:{_EVENT_LEAD})\s+(?P<object>.+)$", *EVENT, _names_no_date),
    # Anything else counted from a moment the text does not name ("a fortnight after").
    _rule(
        "relative",
        r"\b(?:after|before|later|earlier|previous|following|next day|day after|day before|"
        r"same day|prior)\b",
        *RELATIVE,
    ),
)


# Every rule's pattern in one: most texts are dates, and one search tells they match no rule.
_ANY_RULE = re.compile(
    "|".join(f"(?:{rule.pattern.pattern.replace('(?P<object>', '(?:')})" for rule in RULES)
)


def refusal_for(text: str) -> Refusal | None:
    """The first rule of the table that matches `text`, if any."""
    if not _ANY_RULE.search(text):
        return None
    return next((rule for rule in RULES if rule.matches(text)), None)


def refuse_if_unresolvable(text: str) -> None:
    """Raise DateRefused, with the reason and a way to write it, for words no anchor can date."""
    rule = refusal_for(text)
    if rule is not None:
        raise DateRefused(rule.reason.format(text=repr(text)), rule.hint)
