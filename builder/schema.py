"""The fields of event and storyline files: stated once here, checked here, published as JSON Schema.

Each rule's message says what is wrong and how to fix it; unknown fields get a "did you mean".
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.calendar import Day, parse_iso_day
from builder.dates import DATE_ORDERS
from builder.languages import SUPPORTED
from builder.model import STATUSES, Problem

if TYPE_CHECKING:
    from builder.loading import Document, KeyPath

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Field:
    kind: str
    required: bool
    help: str


DATE_FIELDS = {
    "text": Field("text", True, "The date as the source writes it: 'on Wednesday', '9 Nisan 2025'."),
    "anchor": Field("iso-date", False, "Resolve against this day (YYYY-MM-DD) instead of a source's publication date."),
    "source": Field("source-ref", False, "Which source's publication date anchors the date: its number (1 = first) or publisher."),
    "language": Field("language", False, "Language of the text (default: the anchoring source's)."),
    "date_order": Field("date-order", False, "Order of numeric dates such as 07/10/2023: DMY, MDY or YMD."),
}  # fmt: skip
SOURCE_DATE_FIELDS = {k: v for k, v in DATE_FIELDS.items() if k not in ("anchor", "source")}
SOURCE_FIELDS = {
    "publisher": Field("text", True, "Who published the report, e.g. 'Reuters' or 'Malay Mail (Reuters)'."),
    "title": Field("text", True, "The report's headline."),
    "url": Field("url", True, "Where the report can be read: an http(s) address."),
    "published": Field("iso-date", True, "The report's publication date, YYYY-MM-DD: the anchor of its relative dates."),
    "language": Field("language", False, "The report's language, e.g. tr, he, ar (default: en)."),
    "quote": Field("text", False, "The words of the report that support the event."),
    "date": Field("source-date", False, "What this report says the date is, as it writes it; checked against the other sources."),
}  # fmt: skip
UPDATE_FIELDS = {
    "date": Field("iso-date", True, "When the correction was made, YYYY-MM-DD."),
    "note": Field("text", True, "What was corrected and why."),
}
EVENT_FIELDS = {
    "id": Field("slug", False, "Lowercase slug, unique in the chronology (default: the file name)."),
    "title": Field("text", True, "What happened, stated plainly, without adjectives."),
    "date": Field("date", True, "When it happened: text as the source writes it, or a mapping with `text`."),
    "end": Field("date", False, "When it ended, for events that last."),
    "summary": Field("text", False, "Markdown (CommonMark): what happened, with figures attributed to who gave them."),
    "sources": Field("sources", True, "The reports this event comes from: at least one."),
    "actors": Field("texts", False, "Who acted: people, governments, organisations."),
    "places": Field("texts", False, "Where it happened."),
    "tags": Field("texts", False, "Topics, for the tag pages."),
    "storyline": Field("slug", False, "The storyline it belongs to, declared in storylines.yml."),
    "related": Field("slugs", False, "Ids of related events."),
    "status": Field("status", False, f"One of: {', '.join(STATUSES)} (default: reported)."),
    "updates": Field("updates", False, "Corrections log: a list of {date, note}."),
}  # fmt: skip
STORYLINE_FIELDS = {
    "title": Field("text", True, "The storyline's name."),
    "description": Field("text", True, "One or two sentences: what the storyline covers."),
}


@dataclass(frozen=True)
class DateSpec:
    """A date field as written, with what is needed to resolve it."""

    text: str
    key_path: KeyPath
    anchor: Day | None = None
    source: int | str | None = None
    language: str | None = None
    date_order: str | None = None


@dataclass(frozen=True)
class SourceDraft:
    publisher: str
    title: str
    url: str
    published: Day
    language: str | None
    quote: str | None
    date: DateSpec | None
    key_path: KeyPath


@dataclass(frozen=True)
class EventDraft:
    """An event whose fields are checked and whose dates are not yet resolved."""

    id: str
    title: str
    date: DateSpec
    end: DateSpec | None
    summary: str
    sources: tuple[SourceDraft, ...]
    actors: tuple[str, ...]
    places: tuple[str, ...]
    tags: tuple[str, ...]
    storyline: str | None
    related: tuple[str, ...]
    status: str
    updates: tuple[tuple[Day, str], ...]
    document: Document


class _Checker:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.problems: list[Problem] = []

    def fail(self, key_path: KeyPath, message: str, hint: str | None = None) -> None:
        self.problems.append(self.document.problem(key_path, message, hint))

    def mapping(
        self, value: object, key_path: KeyPath, fields: dict[str, Field], what: str
    ) -> dict[str, object] | None:
        if not isinstance(value, dict):
            self.fail(key_path, f"{what} must be a mapping of fields, not {_kind(value)}")
            return None
        for key in value:
            if key not in fields:
                close = difflib.get_close_matches(key, list(fields), n=1, cutoff=0.6)
                hint = (
                    f"did you mean {close[0]!r}?" if close else f"known fields: {', '.join(fields)}"
                )
                line, column = self.document.key_where((*key_path, key))
                self.problems.append(
                    Problem(
                        self.document.path, line, column, f"unknown field {key!r} in {what}", hint
                    )
                )
        for key, spec in fields.items():
            if spec.required and value.get(key) in (None, "", []):
                self.fail(key_path, f"{what} needs the field {key!r}", spec.help)
        return value

    def text(self, value: object, key_path: KeyPath) -> str | None:
        if value is None:
            return None
        if isinstance(value, (dict, list)):
            self.fail(key_path, f"{key_path[-1]!r} must be text, not {_kind(value)}")
            return None
        return str(value).strip()

    def texts(self, value: object, key_path: KeyPath) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(key_path, f"{key_path[-1]!r} must be a list", f"write {key_path[-1]}: [a, b]")
            return ()
        items = (self.text(item, (*key_path, i)) for i, item in enumerate(value))
        return tuple(item for item in items if item)

    def matching(
        self, value: object, key_path: KeyPath, pattern: re.Pattern[str], what: str, hint: str
    ) -> str | None:
        """Text that matches `pattern`, or a problem saying it is not `what`."""
        text = self.text(value, key_path)
        if text is not None and not pattern.match(text):
            self.fail(key_path, f"{text!r} is not {what}", hint)
            return None
        return text

    def slug(self, value: object, key_path: KeyPath) -> str | None:
        hint = "use lowercase letters, digits and single hyphens, e.g. baku-talks-2025"
        return self.matching(value, key_path, SLUG, "a valid id", hint)

    def iso_date(self, value: object, key_path: KeyPath) -> Day | None:
        text = self.text(value, key_path)
        if text is None:
            return None
        try:
            return parse_iso_day(text)
        except ValueError as error:
            self.fail(key_path, f"{text!r} is not a date: {error}", "write it as YYYY-MM-DD")
            return None

    def choice(self, value: object, key_path: KeyPath, allowed: tuple[str, ...]) -> str | None:
        text = self.text(value, key_path)
        if text is not None and text not in allowed:
            close = difflib.get_close_matches(text, allowed, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"use one of: {', '.join(allowed)}"
            self.fail(key_path, f"{text!r} is not a valid {key_path[-1]}", hint)
            return None
        return text

    def date(self, value: object, key_path: KeyPath, fields: dict[str, Field]) -> DateSpec | None:
        if isinstance(value, (str, int)):
            return DateSpec(str(value).strip(), key_path)
        mapping = self.mapping(value, key_path, fields, f"the {key_path[-1]!r} date")
        if mapping is None or not mapping.get("text"):
            return None
        source = mapping.get("source")
        if source is not None and not isinstance(source, (int, str)):
            self.fail((*key_path, "source"), "'source' must be a number or a publisher's name")
            source = None
        return DateSpec(
            text=str(self.text(mapping["text"], (*key_path, "text"))),
            key_path=(*key_path, "text"),
            anchor=self.iso_date(mapping.get("anchor"), (*key_path, "anchor")),
            source=source,
            language=self.choice(mapping.get("language"), (*key_path, "language"), SUPPORTED),
            date_order=self.choice(
                mapping.get("date_order"), (*key_path, "date_order"), DATE_ORDERS
            ),
        )

    def url(self, value: object, key_path: KeyPath) -> str | None:
        hint = "links must start with https:// or http://"
        return self.matching(value, key_path, URL, "an http(s) address", hint)

    def source(self, value: object, key_path: KeyPath) -> SourceDraft | None:
        mapping = self.mapping(value, key_path, SOURCE_FIELDS, "a source")
        if mapping is None:
            return None
        published = self.iso_date(mapping.get("published"), (*key_path, "published"))
        url = self.url(mapping.get("url"), (*key_path, "url"))
        publisher = self.text(mapping.get("publisher"), (*key_path, "publisher"))
        title = self.text(mapping.get("title"), (*key_path, "title"))
        date_value = mapping.get("date")
        date = (
            None
            if date_value is None
            else self.date(date_value, (*key_path, "date"), SOURCE_DATE_FIELDS)
        )
        language = self.choice(mapping.get("language"), (*key_path, "language"), SUPPORTED)
        if not (published and url and publisher and title):
            return None
        return SourceDraft(
            publisher=publisher,
            title=title,
            url=url,
            published=published,
            language=language,
            quote=self.text(mapping.get("quote"), (*key_path, "quote")),
            date=date,
            key_path=key_path,
        )


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "empty" if value is None else f"the value {value!r}"


def check_event(document: Document, default_id: str) -> tuple[EventDraft | None, list[Problem]]:
    check = _Checker(document)
    data = check.mapping(document.data, (), EVENT_FIELDS, "an event")
    if data is None:
        return None, check.problems
    event_id = check.slug(data.get("id", default_id), ("id",))
    if "id" not in data and event_id is None:
        check.problems[-1] = Problem(
            document.path, 1, 1, f"the file name {default_id!r} cannot serve as the event's id",
            "rename the file with lowercase letters, digits and hyphens, or give an `id:`",
        )  # fmt: skip
    raw_sources = data.get("sources")
    sources: list[SourceDraft] = []
    if raw_sources is not None and not isinstance(raw_sources, list):
        check.fail(
            ("sources",), "'sources' must be a list of sources", "start each with '- publisher:'"
        )
    elif isinstance(raw_sources, list):
        for i, raw in enumerate(raw_sources):
            source = check.source(raw, ("sources", i))
            if source:
                sources.append(source)
    date = check.date(data.get("date"), ("date",), DATE_FIELDS) if data.get("date") else None
    end = check.date(data["end"], ("end",), DATE_FIELDS) if data.get("end") is not None else None
    raw_updates = data.get("updates") or []
    updates: list[tuple[Day, str]] = []
    if not isinstance(raw_updates, list):
        check.fail(("updates",), "'updates' must be a list of {date, note}")
        raw_updates = []
    for i, raw in enumerate(raw_updates):
        update = check.mapping(raw, ("updates", i), UPDATE_FIELDS, "an update")
        if update:
            day = check.iso_date(update.get("date"), ("updates", i, "date"))
            note = check.text(update.get("note"), ("updates", i, "note"))
            if day and note:
                updates.append((day, note))
    title = check.text(data.get("title"), ("title",))
    status = check.choice(data.get("status", "reported"), ("status",), STATUSES)
    draft = EventDraft(
        id=event_id or default_id,
        title=title or "",
        date=date,  # type: ignore[arg-type]
        end=end,
        summary=check.text(data.get("summary"), ("summary",)) or "",
        sources=tuple(sources),
        actors=check.texts(data.get("actors"), ("actors",)),
        places=check.texts(data.get("places"), ("places",)),
        tags=check.texts(data.get("tags"), ("tags",)),
        storyline=check.slug(data.get("storyline"), ("storyline",)),
        related=tuple(
            slug
            for i, item in enumerate(check.texts(data.get("related"), ("related",)))
            if (slug := check.slug(item.lstrip("@"), ("related", i)))
        ),
        status=status or "reported",
        updates=tuple(updates),
        document=document,
    )
    # A draft with problems still goes on to the reference and date checks, so that one run
    # lists every problem; a chronology with any problem is not published.
    if date is None or not title or (event_id is None and "id" in data):
        return None, check.problems
    return draft, check.problems


def check_storylines(document: Document) -> tuple[dict[str, tuple[str, str]], list[Problem]]:
    """storylines.yml: a mapping of storyline id to {title, description}."""
    check = _Checker(document)
    storylines: dict[str, tuple[str, str]] = {}
    if not isinstance(document.data, dict):
        check.fail((), "storylines.yml must map each storyline's id to its title and description")
        return storylines, check.problems
    for key, value in document.data.items():
        if check.slug(key, (key,)) is None:
            continue
        fields = check.mapping(value, (key,), STORYLINE_FIELDS, f"the storyline {key!r}")
        if fields:
            title = check.text(fields.get("title"), (key, "title"))
            description = check.text(fields.get("description"), (key, "description"))
            if title and description:
                storylines[key] = (title, description)
    return storylines, check.problems


# --- JSON Schema ---------------------------------------------------------------------------


def _field_schema(spec: Field) -> dict[str, object]:
    simple: dict[str, dict[str, object]] = {
        "text": {"type": "string"},
        "slug": {"type": "string", "pattern": SLUG.pattern},
        "iso-date": {"type": "string", "pattern": r"^-?\d{4,}-\d{2}-\d{2}$"},
        "url": {"type": "string", "pattern": r"^https?://"},
        "language": {"enum": list(SUPPORTED)},
        "date-order": {"enum": list(DATE_ORDERS)},
        "status": {"enum": list(STATUSES)},
        "texts": {"type": "array", "items": {"type": "string"}},
        "slugs": {"type": "array", "items": {"type": "string"}},
        "source-ref": {"type": ["integer", "string"]},
        "date": {"$ref": "#/$defs/date"},
        "source-date": {"$ref": "#/$defs/sourceDate"},
        "sources": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/source"}},
        "updates": {"type": "array", "items": {"$ref": "#/$defs/update"}},
    }
    return {**simple[spec.kind], "description": spec.help}


def _object_schema(fields: dict[str, Field]) -> dict[str, object]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [name for name, spec in fields.items() if spec.required],
        "properties": {name: _field_schema(spec) for name, spec in fields.items()},
    }


def json_schema() -> dict[str, object]:
    """The event file format as JSON Schema, for editors' completion and checking."""

    def date_schema(fields: dict[str, Field]) -> dict[str, object]:
        return {"oneOf": [{"type": "string"}, _object_schema(fields)]}

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Chronology event",
        "description": "One event of a chronology: what happened, when, and the reports it comes from.",
        **_object_schema(EVENT_FIELDS),
        "$defs": {
            "date": date_schema(DATE_FIELDS),
            "sourceDate": date_schema(SOURCE_DATE_FIELDS),
            "source": _object_schema(SOURCE_FIELDS),
            "update": _object_schema(UPDATE_FIELDS),
        },
    }
