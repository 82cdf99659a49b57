"""Every event's dates, resolved: against its source's publication date, an explicit anchor, or
another event (in dependency order), with each source's own date claim checked against the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from builder import display
from builder.calendar import format_year
from builder.dates import DateError, EventOffset, resolve
from builder.model import Anchor, DateClaim, DateValue, Event, EventDate, Problem, Source, Update
from builder.schema import EVENT_YEARS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from builder.calendar import Day
    from builder.schema import DateSpec, EventDraft, SourceDraft


class DateResolver(Protocol):
    def __call__(
        self, text: str, anchor: Day | None, language: str | None, date_order: str | None
    ) -> DateValue | EventOffset: ...


@dataclass(frozen=True)
class _Pending:
    draft: EventDraft
    field: str  # "date" or "end"
    spec: DateSpec
    offset: EventOffset
    anchor: Anchor | None


def _anchor_source(draft: EventDraft, spec: DateSpec) -> tuple[SourceDraft | None, str | None]:
    """The source whose publication date anchors `spec`, or why none can."""
    if not draft.sources:
        return None, None
    if spec.source is None:
        return draft.sources[0], None
    if isinstance(spec.source, int):
        if 1 <= spec.source <= len(draft.sources):
            return draft.sources[spec.source - 1], None
        return None, f"there is no source number {spec.source} (the event has {len(draft.sources)})"
    for source in draft.sources:
        if source.publisher.casefold() == str(spec.source).casefold():
            return source, None
    names = ", ".join(repr(s.publisher) for s in draft.sources)
    return None, f"no source is published by {spec.source!r} (the sources: {names})"


def _anchor_for(draft: EventDraft, spec: DateSpec) -> tuple[Anchor | None, str | None, str | None]:
    """(anchor, language, problem) for one date field of an event."""
    source, problem = _anchor_source(draft, spec)
    language = spec.language or (source.language if source else None)
    if spec.anchor is not None:
        return Anchor(spec.anchor, "anchor"), language, problem
    if source is None:
        return None, language, problem
    return _source_anchor(source), language, problem


def _source_anchor(source: SourceDraft) -> Anchor:
    return Anchor(source.published, "source", source.publisher)


def resolve_events(
    drafts: Iterable[EventDraft], resolver: DateResolver = resolve
) -> tuple[list[Event], list[Problem]]:
    drafts = list(drafts)
    problems: list[Problem] = []
    resolved: dict[tuple[str, str], EventDate] = {}
    pending: list[_Pending] = []

    def fail(draft: EventDraft, spec: DateSpec, message: str, hint: str | None = None) -> None:
        problems.append(draft.document.problem(spec.key_path, message, hint))

    for draft in drafts:
        if draft.incomplete:
            continue  # its problems are reported; it is checked against the others, not dated
        for field, spec in (("date", draft.date), ("end", draft.end)):
            if spec is None:
                continue
            if not draft.sources and spec.anchor is None:
                continue  # reported already: an event needs a source, and it is the anchor
            anchor, language, problem = _anchor_for(draft, spec)
            if problem:
                fail(draft, spec, problem)
                continue
            try:
                value = resolver(
                    spec.text, anchor.day if anchor else None, language, spec.date_order
                )
            except DateError as error:
                fail(draft, spec, error.message, error.hint)
                continue
            if isinstance(value, EventOffset):
                pending.append(_Pending(draft, field, spec, value, anchor))
            elif (outside := _outside_years(value)) is not None:
                fail(draft, spec, outside, "check the year, and the anchor it was read against")
            else:
                resolved[(draft.id, field)] = EventDate(spec.text, value, anchor, language)

    ids = {draft.id for draft in drafts}
    _resolve_offsets(pending, resolved, ids, problems)

    events = []
    for draft in drafts:
        date = resolved.get((draft.id, "date"))
        end = resolved.get((draft.id, "end"))
        if date is None or (draft.end is not None and end is None):
            continue
        if end is not None and end.value.latest < date.value.earliest:
            fail(draft, draft.end, "the event ends before it starts", "check `date` and `end`")  # type: ignore[arg-type]
            continue
        latest_report = max((source.published for source in draft.sources), default=None)
        if (
            latest_report is not None
            and date.value.earliest > latest_report
            and draft.status != "scheduled"
        ):
            fail(
                draft, draft.date,
                f"the event is dated {display.value_text(date.value)}, after every one of its "
                f"sources (the latest was published {display.day_text(latest_report)}); a report "
                "cannot describe as past a day after it was published",
                "check the date and what it was read against; if the sources announced the "
                "event ahead, add `status: scheduled`",
            )  # fmt: skip
            continue
        sources, claims = _sources_and_claims(draft, problems, resolver)
        disputed = _disputed(date, claims)
        events.append(
            Event(
                id=draft.id,
                title=draft.title,
                date=date,
                end=end,
                sources=sources,
                path=draft.document.path,
                summary=draft.summary,
                actors=draft.actors,
                places=draft.places,
                tags=draft.tags,
                storyline=draft.storyline,
                related=draft.related,
                status="disputed" if disputed and draft.status == "reported" else draft.status,
                updates=tuple(Update(day, note) for day, note in draft.updates),
                disputed_dates=tuple(c for c in claims if not c.judged_error) if disputed else (),
                judged_dates=tuple(claim for claim in claims if claim.judged_error),
                media=draft.media,
            )
        )
    return events, problems


def _outside_years(value: DateValue) -> str | None:
    first, last = EVENT_YEARS
    if value.earliest.year < first or value.latest.year > last:
        return (
            f"the date reaches outside the years an event may have ({format_year(first)} to "
            f"{last}): {value.earliest.iso()} to {value.latest.iso()}"
        )
    return None


def _resolve_offsets(
    pending: list[_Pending],
    resolved: dict[tuple[str, str], EventDate],
    ids: set[str],
    problems: list[Problem],
) -> None:
    """Event-relative dates, each once the date it depends on is known (dependency order)."""
    waiting = list(pending)
    while waiting:
        still_waiting = []
        for item in waiting:
            target = resolved.get((item.offset.target, "date"))
            if target is None:
                still_waiting.append(item)
                continue
            value = item.offset.apply(target.value)
            anchor = Anchor(target.value.earliest, "event", item.offset.target)
            outside = _outside_years(value)
            if outside is not None:
                problems.append(item.draft.document.problem(item.spec.key_path, outside))
            else:
                resolved[(item.draft.id, item.field)] = EventDate(item.spec.text, value, anchor)
        if len(still_waiting) == len(waiting):
            break
        waiting = still_waiting
    by_id = {item.draft.id: item for item in waiting if item.field == "date"}
    for item in waiting:
        target = item.offset.target
        if target not in ids:
            message = f"{item.spec.text!r} names the event @{target}, and there is no such event"
            hint = "check the id: it is the event's `id:` or its file name without .yml"
        elif target in by_id:
            message = f"{item.spec.text!r} is part of a cycle: {_cycle(item.draft.id, by_id)}"
            hint = "at least one event in the cycle needs a date of its own"
        else:
            message = f"{item.spec.text!r} depends on @{target}, whose date could not be resolved"
            hint = "fix that event's date first"
        problems.append(item.draft.document.problem(item.spec.key_path, message, hint))


def _cycle(start: str, by_id: dict[str, _Pending]) -> str:
    chain = [start]
    current = by_id[start].offset.target
    while current in by_id and current not in chain:
        chain.append(current)
        current = by_id[current].offset.target
    chain.append(current)
    return " → ".join(f"@{name}" for name in chain)


def _sources_and_claims(
    draft: EventDraft, problems: list[Problem], resolver: DateResolver
) -> tuple[tuple[Source, ...], tuple[DateClaim, ...]]:
    sources = []
    claims = []
    for raw in draft.sources:
        claim = None
        if raw.date is not None:
            language = raw.date.language or raw.language
            anchor = _source_anchor(raw)
            try:
                value = resolver(raw.date.text, raw.published, language, raw.date.date_order)
            except DateError as error:
                problems.append(
                    draft.document.problem(raw.date.key_path, error.message, error.hint)
                )
                value = None
            if isinstance(value, EventOffset):
                problems.append(
                    draft.document.problem(
                        raw.date.key_path, "a source's date claim cannot name another event"
                    )
                )
            elif value is not None and (outside := _outside_years(value)) is not None:
                problems.append(draft.document.problem(raw.date.key_path, outside))
            elif value is not None:
                claim = EventDate(raw.date.text, value, anchor, language)
        source = Source(
            publisher=raw.publisher,
            url=raw.url,
            title=raw.title,
            published=raw.published,
            language=raw.language,
            quote=raw.quote,
            date=claim,
            date_error=raw.date_error,
        )
        sources.append(source)
        if claim is not None:
            claims.append(DateClaim(source, claim))
    return tuple(sources), tuple(claims)


def _disputed(date: EventDate, claims: tuple[DateClaim, ...]) -> bool:
    """Sources disagree when two of their claims, or a claim and the event's date, cannot both
    hold; a claim an editor judged the source's own error (`date_error`) does not count."""
    values = [date.value, *(claim.date.value for claim in claims if not claim.judged_error)]
    return any(not a.overlaps(b) for i, a in enumerate(values) for b in values[i + 1 :])
