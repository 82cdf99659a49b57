"""The fields of event and storyline files: stated once here, checked here, published as JSON Schema.

Each rule's message says what is wrong and how to fix it; unknown fields get a "did you mean".
"""

from __future__ import annotations

import difflib
import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.calendar import Day, parse_iso_day
from builder.dates import DATE_ORDERS
from builder.languages import SUPPORTED
from builder.media import IMAGE_SUFFIXES, is_image
from builder.model import STATUSES, Media, Problem
from builder.names import one_line, unclean_character
from builder.urls import MAX_URL, url_problem

if TYPE_CHECKING:
    from builder.loading import Document, KeyPath

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Caps that keep every accepted file buildable (page names, headers) and readable. A news
# headline is rarely over 150 characters; an event title states what happened in one line.
MAX_ID = 100
MAX_NAME = 100
MAX_NAMES = 50
MAX_TITLE = 200
MAX_SOURCES = 50
# Publication dates are days a report appeared; event dates may reach back into BCE.
REPORT_YEARS = (1, 2200)
EVENT_YEARS = (-9999, 2200)


@dataclass(frozen=True)
class Field:
    kind: str
    required: bool
    help: str
    limit: int | None = None  # characters for text, items for lists


DATE_FIELDS = {
    "text": Field("text", True, "The date as the source writes it: 'on Wednesday', '9 Nisan 2025'.", 200),
    "anchor": Field("iso-date", False, "Resolve against this day (YYYY-MM-DD) instead of a source's publication date."),
    "source": Field("source-ref", False, "Which source's publication date anchors the date: its number (1 = first) or publisher."),
    "language": Field("language", False, "Language of the text (default: the anchoring source's)."),
    "date_order": Field("date-order", False, "Order of numeric dates such as 07/10/2023: DMY, MDY or YMD."),
}  # fmt: skip
SOURCE_DATE_FIELDS = {k: v for k, v in DATE_FIELDS.items() if k not in ("anchor", "source")}
SOURCE_FIELDS = {
    "publisher": Field("name", True, "Who published the report, e.g. 'Reuters' or 'Malay Mail (Reuters)'.", MAX_NAME),
    "title": Field("name", True, "The report's headline: one line.", 500),
    "url": Field("url", True, "Where the report can be read: an http(s) address.", MAX_URL),
    "published": Field("iso-date", True, "The report's publication date, YYYY-MM-DD: the anchor of its relative dates."),
    "language": Field("language", False, "The report's language, e.g. tr, he, ar (default: en)."),
    "quote": Field("text", False, "The words of the report that support the event.", 5_000),
    "date": Field("source-date", False, "What this report says the date is, as it writes it; checked against the other sources."),
    "date_error": Field("text", False, "The editor's judgement that this report's `date` is its own error, and why (e.g. 'publication day, not event day'): shown with the claim, and the claim does not make the event disputed.", 300),
}  # fmt: skip
MEDIA_FIELDS = {
    "url": Field("url", True, "The image or page, an http(s) address: a file ending .jpg, .jpeg, .png, .gif, .webp, .avif or .svg is an image; anything else is linked.", MAX_URL),
    "caption": Field("text", False, "What it shows, in a sentence: shown with it.", 1_000),
    "credit": Field("name", False, "Who made it or holds its rights, e.g. 'Reuters/Jane Doe' or 'Wikimedia Commons (CC BY-SA 4.0)'.", 300),
    "alt": Field("text", False, "For an image, required: what it shows, for readers who cannot see it.", 1_000),
}  # fmt: skip
UPDATE_FIELDS = {
    "date": Field("iso-date", True, "When the correction was made, YYYY-MM-DD."),
    "note": Field("text", True, "What was corrected and why.", 2_000),
}
EVENT_FIELDS = {
    "id": Field("slug", False, "Lowercase slug, unique in the chronology (default: the file name).", MAX_ID),
    "title": Field("name", True, "What happened, stated plainly, without adjectives: one line.", MAX_TITLE),
    "date": Field("date", True, "When it happened: text as the source writes it, or a mapping with `text`."),
    "end": Field("date", False, "When it ended, for events that last."),
    "summary": Field("text", False, "Markdown (CommonMark): what happened, with figures attributed to who gave them.", 20_000),
    "media": Field("media", False, "An image or page that illustrates it, with its credit: {url, caption, credit, alt}. Shown as a link (or, when the site allows, the image), never embedded."),
    "sources": Field("sources", True, "The reports this event comes from: at least one.", MAX_SOURCES),
    "actors": Field("names", False, "Who acted: people, governments, organisations.", MAX_NAMES),
    "places": Field("names", False, "Where it happened.", MAX_NAMES),
    "tags": Field("names", False, "Topics, for the tag pages.", MAX_NAMES),
    "storyline": Field("slug", False, "The storyline it belongs to, declared in storylines.yml.", MAX_ID),
    "related": Field("slugs", False, "Ids of related events.", 100),
    "status": Field("status", False, f"One of: {', '.join(STATUSES)} (default: reported). `scheduled`: the sources announced it ahead, so it may be dated after them."),
    "updates": Field("updates", False, "Corrections log: a list of {date, note}.", 100),
}  # fmt: skip
STORYLINE_FIELDS = {
    "title": Field("name", True, "The storyline's name.", MAX_TITLE),
    "description": Field("text", True, "One or two sentences: what the storyline covers.", 2_000),
}


@dataclass(frozen=True, slots=True)
class DateSpec:
    """A date field as written, with what is needed to resolve it."""

    text: str
    key_path: KeyPath
    anchor: Day | None = None
    source: int | str | None = None
    language: str | None = None
    date_order: str | None = None


@dataclass(frozen=True, slots=True)
class SourceDraft:
    publisher: str
    title: str
    url: str
    published: Day
    language: str | None
    quote: str | None
    date: DateSpec | None
    key_path: KeyPath
    date_error: str | None = None  # the editor's judgement that `date` is the source's error


@dataclass(frozen=True, slots=True)
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
    media: Media | None = None
    # Some field the event cannot be published without (title, date, id) is missing or wrong:
    # the draft is still checked against the others, so one run lists every problem.
    incomplete: bool = False


def _limit(fields: dict[str, Field], name: str) -> int:
    limit = fields[name].limit
    assert limit is not None, name
    return limit


def _label(key_path: KeyPath) -> str:
    """How a message names a value: 'title', or item 2 of 'actors'."""
    last = key_path[-1] if key_path else "the file"
    if isinstance(last, int):
        return f"item {last + 1} of {key_path[-2]!r}"
    return repr(last)


def _field_name(key_path: KeyPath) -> str:
    return str(next((part for part in reversed(key_path) if isinstance(part, str)), "value"))


def _article(kind: str) -> str:
    return "an" if kind[0] in "aeiou" else "a"


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
            if spec.required and key not in value:
                self.fail(key_path, f"{what} needs the field {key!r}", spec.help)
        return value

    def _yaml_reading(self, key_path: KeyPath, allow_date: bool) -> bool:
        """False, with the problem recorded, where YAML read an unquoted value as a non-text."""
        plain = self.document.plain_scalars.get(key_path)
        if plain is None or (allow_date and plain[0] == "date"):
            return True
        kind, written = plain
        if kind == "null" and not written:
            self.fail(key_path, f"{_label(key_path)} is empty", "write it, or remove the line")
        elif kind == "null":
            self.fail(
                key_path,
                f"{_label(key_path)} is empty: YAML reads {written} as nothing",
                f'write the text; to mean the word, quote it: "{written}"',
            )
        else:
            example = f"{_field_name(key_path)}: " if isinstance(key_path[-1], str) else ""
            self.fail(
                key_path,
                f"{_label(key_path)} must be text, and YAML reads {written} as "
                f"{_article(kind)} {kind}",
                f'quote it: {example}"{written}"',
            )
        return False

    def text(
        self,
        value: object,
        key_path: KeyPath,
        limit: int | None = None,
        *,
        one_line_name: bool = False,
        allow_date: bool = False,
    ) -> str | None:
        """Text fit to publish: a string, clean, within its limit; else None and a problem.

        `one_line_name` is for ids, names and titles: spacing is made one line, and invisible
        characters that would make one name look like another are refused.
        """
        if not self._yaml_reading(key_path, allow_date) or value is None:
            return None
        if isinstance(value, (dict, list)):
            self.fail(key_path, f"{_label(key_path)} must be text, not {_kind(value)}")
            return None
        text = str(value)
        # Checked before spacing is made one line, which would quietly drop a carriage return.
        unclean = unclean_character(text, one_line_name)
        text = one_line(text) if one_line_name else text.strip()
        if not text:
            self.fail(key_path, f"{_label(key_path)} is empty", "write it, or remove the line")
            return None
        if unclean:
            self.fail(
                key_path,
                f"{_label(key_path)} cannot be published as written: {unclean}",
                "delete that character (retype the text if you cannot see it)",
            )
            return None
        if limit is not None and len(text) > limit:
            self.fail(
                key_path,
                f"{_label(key_path)} is {len(text):,} characters long; the limit is {limit:,}",
                "shorten it",
            )
            return None
        return text

    def name(self, value: object, key_path: KeyPath, limit: int) -> str | None:
        return self.text(value, key_path, limit, one_line_name=True)

    def sequence(self, value: object, key_path: KeyPath, limit: int | None) -> list[object]:
        """A list field's items; a problem where it is not a list or holds too many."""
        if value is None:
            self._yaml_reading(key_path, allow_date=False)
            return []
        if not isinstance(value, list):
            name = _field_name(key_path)
            self.fail(
                key_path, f"{name!r} must be a list, not {_kind(value)}", f"write {name}: [a, b]"
            )
            return []
        if limit is not None and len(value) > limit:
            self.fail(
                key_path,
                f"{_field_name(key_path)!r} has {len(value):,} items; the limit is {limit:,}",
                "keep the ones that matter",
            )
            return []
        return value

    def names(self, value: object, key_path: KeyPath, limit: int | None) -> tuple[str, ...]:
        items = self.sequence(value, key_path, limit)
        names = (self.name(item, (*key_path, i), MAX_NAME) for i, item in enumerate(items))
        # Thousands of events name the same few actors and places: one string each.
        return tuple(dict.fromkeys(sys.intern(name) for name in names if name))

    def matching(
        self, value: object, key_path: KeyPath, pattern: re.Pattern[str], what: str, hint: str
    ) -> str | None:
        """Text that matches `pattern`, or a problem saying it is not `what`."""
        text = self.text(value, key_path, MAX_ID, one_line_name=True)
        if text is not None and not pattern.match(text):
            self.fail(key_path, f"{text!r} is not {what}", hint)
            return None
        return text

    def slug(self, value: object, key_path: KeyPath) -> str | None:
        hint = "use lowercase letters, digits and single hyphens, e.g. baku-talks-2025"
        return self.matching(value, key_path, SLUG, "a valid id", hint)

    def iso_date(
        self, value: object, key_path: KeyPath, years: tuple[int, int] = REPORT_YEARS
    ) -> Day | None:
        plain = self.document.plain_scalars.get(key_path)
        if plain is not None and plain[0] not in ("date", "null"):
            self.fail(
                key_path,
                f"{_label(key_path)} must be a date written YYYY-MM-DD, not {plain[1]}",
                "write it as YYYY-MM-DD",
            )
            return None
        text = self.text(value, key_path, 40, allow_date=True)
        if text is None:
            return None
        try:
            day = parse_iso_day(text)
        except ValueError as error:
            self.fail(key_path, f"{text!r} is not a date: {error}", "write it as YYYY-MM-DD")
            return None
        first, last = years
        if not first <= day.year <= last:
            self.fail(
                key_path,
                f"{text!r} is outside the years this field accepts ({first}–{last})",
                "check the year: a report's date is the day it was published",
            )
            return None
        return day

    def choice(self, value: object, key_path: KeyPath, allowed: tuple[str, ...]) -> str | None:
        text = self.text(value, key_path, 40)
        if text is not None and text not in allowed:
            close = difflib.get_close_matches(text, allowed, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"use one of: {', '.join(allowed)}"
            self.fail(key_path, f"{text!r} is not a valid {key_path[-1]}", hint)
            return None
        return text

    def source_ref(self, value: object, key_path: KeyPath) -> int | str | None:
        plain = self.document.plain_scalars.get(key_path)
        if value is None and plain is None:
            return None
        if plain is not None and plain[0] == "integer" and isinstance(value, int):
            return value
        if plain is not None or not isinstance(value, str):
            written = plain[1] if plain else _kind(value)
            self.fail(
                key_path,
                f"'source' must be a source's number (1 = the first) or its publisher, not {written}",
                "write source: 1, or source: Reuters",
            )
            return None
        return self.text(value, key_path, MAX_NAME, one_line_name=True)

    def date(self, value: object, key_path: KeyPath, fields: dict[str, Field]) -> DateSpec | None:
        limit = _limit(DATE_FIELDS, "text")
        name = _field_name(key_path)
        if not isinstance(value, (dict, list)):
            text = self.text(value, key_path, limit, allow_date=True)
            return None if text is None else DateSpec(text, key_path)
        what = "the date" if name == "date" else f"the {name!r} date"
        mapping = self.mapping(value, key_path, fields, what)
        if mapping is None:
            return None
        if "text" not in mapping:
            return None  # reported by mapping(): the date needs the field 'text'
        text = self.text(mapping["text"], (*key_path, "text"), limit, allow_date=True)
        source = self.source_ref(mapping.get("source"), (*key_path, "source"))
        anchor = self.iso_date(mapping.get("anchor"), (*key_path, "anchor"))
        language = self.choice(mapping.get("language"), (*key_path, "language"), SUPPORTED)
        date_order = self.choice(mapping.get("date_order"), (*key_path, "date_order"), DATE_ORDERS)
        if text is None:
            return None
        return DateSpec(text, (*key_path, "text"), anchor, source, language, date_order)

    def url(
        self, value: object, key_path: KeyPath, hint: str = "give the report's http(s) address"
    ) -> str | None:
        text = self.text(value, key_path)
        if text is None:
            return None
        problem = url_problem(text)
        if problem:
            self.fail(key_path, f"{text[:200]!r} is not a link a page can show: {problem}", hint)
            return None
        return text

    def media(self, value: object) -> Media | None:
        """The event's media: an http(s) address with its caption, credit and alt text. An image
        must have its alt text: a page that shows it would otherwise say nothing of it to a
        reader who cannot see it."""
        if isinstance(value, str):
            self.fail(
                ("media",),
                "'media' must be a mapping of fields, not text",
                f"write it as media: {{url: {value[:80]}, credit: ..., alt: ...}}",
            )
            return None
        fields = self.mapping(value, ("media",), MEDIA_FIELDS, "the media")
        if fields is None:
            return None
        url = (
            self.url(
                fields["url"],
                ("media", "url"),
                "give the image's or page's http(s) address; an embed code (<iframe ...>) cannot "
                "be shown: give the address of the page it comes from",
            )
            if "url" in fields
            else None
        )
        caption = self.text(
            fields.get("caption"), ("media", "caption"), _limit(MEDIA_FIELDS, "caption")
        )
        credit = self.name(
            fields.get("credit"), ("media", "credit"), _limit(MEDIA_FIELDS, "credit")
        )
        alt = self.text(fields.get("alt"), ("media", "alt"), _limit(MEDIA_FIELDS, "alt"))
        if url is None:
            return None
        if alt is None and "alt" not in fields and is_image(url):
            self.fail(
                ("media",),
                f"the media is an image ({', '.join(IMAGE_SUFFIXES)}) and has no 'alt'",
                "describe what it shows in alt: ..., for readers who cannot see it",
            )
            return None
        return Media(url, credit, caption, alt)

    def source(self, value: object, key_path: KeyPath) -> SourceDraft | None:
        mapping = self.mapping(value, key_path, SOURCE_FIELDS, "a source")
        if mapping is None:
            return None
        published = self.iso_date(mapping.get("published"), (*key_path, "published"))
        url = self.url(mapping.get("url"), (*key_path, "url"))
        publisher = self.name(mapping.get("publisher"), (*key_path, "publisher"), MAX_NAME)
        title = self.name(
            mapping.get("title"), (*key_path, "title"), _limit(SOURCE_FIELDS, "title")
        )
        date = (
            self.date(mapping["date"], (*key_path, "date"), SOURCE_DATE_FIELDS)
            if "date" in mapping
            else None
        )
        language = self.choice(mapping.get("language"), (*key_path, "language"), SUPPORTED)
        quote = self.text(
            mapping.get("quote"), (*key_path, "quote"), _limit(SOURCE_FIELDS, "quote")
        )
        date_error = self.text(
            mapping.get("date_error"),
            (*key_path, "date_error"),
            _limit(SOURCE_FIELDS, "date_error"),
        )
        if date_error is not None and "date" not in mapping:
            self.fail(
                (*key_path, "date_error"),
                "`date_error` judges this source's `date`, and the source gives none",
                "add the source's `date` as it writes it, or remove `date_error`",
            )
        if not (published and url and publisher and title):
            return None
        return SourceDraft(
            publisher, title, url, published, language, quote, date, key_path, date_error
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
    if "id" in data:
        event_id = check.slug(data["id"], ("id",))
    else:
        event_id = check.slug(default_id, ("id",))
        if event_id is None:
            check.problems[-1] = Problem(
                document.path, 1, 1,
                f"the file name {default_id[:120]!r} cannot serve as the event's id: "
                + check.problems[-1].message.split(": ", 1)[-1],
                "rename the file with lowercase letters, digits and hyphens (at most "
                f"{MAX_ID} characters), or give an `id:`",
            )  # fmt: skip
    sources = []
    raw_sources = check.sequence(data.get("sources"), ("sources",), MAX_SOURCES)
    if data.get("sources") == []:
        check.fail(("sources",), "an event needs at least one source", EVENT_FIELDS["sources"].help)
    for i, raw in enumerate(raw_sources):
        source = check.source(raw, ("sources", i))
        if source:
            sources.append(source)
    date = check.date(data["date"], ("date",), DATE_FIELDS) if "date" in data else None
    end = check.date(data["end"], ("end",), DATE_FIELDS) if "end" in data else None
    updates: list[tuple[Day, str]] = []
    for i, raw in enumerate(
        check.sequence(data.get("updates"), ("updates",), _limit(EVENT_FIELDS, "updates"))
    ):
        update = check.mapping(raw, ("updates", i), UPDATE_FIELDS, "an update")
        if update:
            day = check.iso_date(update.get("date"), ("updates", i, "date"))
            note = check.text(
                update.get("note"), ("updates", i, "note"), _limit(UPDATE_FIELDS, "note")
            )
            if day and note:
                updates.append((day, note))
    title = check.name(data.get("title"), ("title",), MAX_TITLE)
    status = check.choice(data.get("status", "reported"), ("status",), STATUSES)
    summary = check.text(data.get("summary"), ("summary",), _limit(EVENT_FIELDS, "summary"))
    related = tuple(
        slug
        for i, item in enumerate(
            check.sequence(data.get("related"), ("related",), _limit(EVENT_FIELDS, "related"))
        )
        if (slug := check.slug(item.lstrip("@") if isinstance(item, str) else item, ("related", i)))
    )
    incomplete = date is None or not title or event_id is None or ("end" in data and end is None)
    draft = EventDraft(
        id=event_id or default_id,
        title=title or "",
        date=date or DateSpec("", ("date",)),
        end=end,
        summary=summary or "",
        sources=tuple(sources),
        actors=check.names(data.get("actors"), ("actors",), MAX_NAMES),
        places=check.names(data.get("places"), ("places",), MAX_NAMES),
        tags=check.names(data.get("tags"), ("tags",), MAX_NAMES),
        storyline=check.slug(data["storyline"], ("storyline",)) if "storyline" in data else None,
        related=related,
        status=status or "reported",
        updates=tuple(updates),
        document=document.kept_for_later(),
        incomplete=incomplete,
        media=check.media(data["media"]) if "media" in data else None,
    )
    return draft, check.problems


def check_storylines(document: Document) -> tuple[dict[str, tuple[str, str]], list[Problem]]:
    """storylines.yml: a mapping of storyline id to {title, description}."""
    check = _Checker(document)
    storylines: dict[str, tuple[str, str]] = {}
    if not isinstance(document.data, dict):
        check.fail((), "storylines.yml must map each storyline's id to its title and description")
        return storylines, check.problems
    for key, value in document.data.items():
        if SLUG.match(key) is None or len(key) > MAX_ID:
            line, column = document.key_where((key,))
            check.problems.append(
                Problem(
                    document.path, line, column, f"{key[:120]!r} is not a valid storyline id",
                    f"use lowercase letters, digits and single hyphens, at most {MAX_ID} characters",
                )
            )  # fmt: skip
            continue
        fields = check.mapping(value, (key,), STORYLINE_FIELDS, f"the storyline {key!r}")
        if fields:
            title = check.name(fields.get("title"), (key, "title"), MAX_TITLE)
            description = check.text(
                fields.get("description"),
                (key, "description"),
                _limit(STORYLINE_FIELDS, "description"),
            )
            if title and description:
                storylines[key] = (title, description)
    return storylines, check.problems


# --- JSON Schema ---------------------------------------------------------------------------


def _field_schema(spec: Field) -> dict[str, object]:
    one_line = r"^[^\n\t]*$"
    simple: dict[str, dict[str, object]] = {
        "text": {"type": "string", "minLength": 1},
        "name": {"type": "string", "minLength": 1, "pattern": one_line},
        "slug": {"type": "string", "pattern": SLUG.pattern},
        "iso-date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "url": {"type": "string", "pattern": r"^https?://[^\s\"<>\\^`{|}]+$"},
        "language": {"enum": list(SUPPORTED)},
        "date-order": {"enum": list(DATE_ORDERS)},
        "status": {"enum": list(STATUSES)},
        "names": {
            "type": "array",
            "items": {"type": "string", "minLength": 1, "maxLength": MAX_NAME, "pattern": one_line},
        },
        "slugs": {"type": "array", "items": {"type": "string"}},
        "source-ref": {"type": ["integer", "string"]},
        "date": {"$ref": "#/$defs/date"},
        "source-date": {"$ref": "#/$defs/sourceDate"},
        "sources": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/source"}},
        "updates": {"type": "array", "items": {"$ref": "#/$defs/update"}},
        "media": {"$ref": "#/$defs/media"},
    }
    schema = dict(simple[spec.kind])
    if spec.limit is not None:
        schema["maxItems" if schema.get("type") == "array" else "maxLength"] = spec.limit
    return {**schema, "description": spec.help}


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
            "media": _object_schema(MEDIA_FIELDS),
        },
    }
