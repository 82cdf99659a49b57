"""`chronology import`: a TimelineJS sheet (its CSV), a TimelineJS JSON file, or our own CSV
export, turned into one event file per row.

- Every file is written by one YAML dumper that double-quotes every string, so nothing in a
  sheet becomes something else in YAML: "no", "1.10", "2025-04-10" and "~" stay text.
- Dates are written as the sheet gives them: its Display Date when that reads as a date (and
  agrees with the Year/Month/Day fields), else the fields in words ("10 December 1815",
  "July 1943", "44 BC"), so a month stays a month. TimelineJS numbers 44 BC as -44.
- HTML from the sheet never reaches an event file: the text becomes Markdown, tags dropped
  (script, style and iframe with their content), and only http(s) links kept as links.
- Sources: a TimelineJS row names no report in a form the event files need (publisher,
  headline, address, publication date), so its links (in Text, or a Media address that is a
  page) become sources to check, without the publication date no sheet has; a row without any
  link gets no `sources:` at all. Either way `chronology validate` lists the file until an
  editor completes it: nothing imported is published unsourced. Our own export's source list
  (the timelinejs text, and our CSV's source columns) comes back complete.
- Media, Media Caption, Media Credit and Alt Text (our CSV's media_ columns) become the event's
  `media`. An embed code keeps its http(s) address; a Media cell that is not an http(s) address
  is left out with a FILE:ROW: warning and a comment in the file, and the row is still written,
  since the event itself is fine.
- Groups become storylines: one declared in storylines.yml is reused (by title or id); a new
  one is appended to storylines.yml (the file's own text is kept) without a description,
  which validate asks for.
- A row that cannot be converted is reported as FILE:ROW: error: ..., with rows numbered as a
  spreadsheet shows them (the header is row 1; for TimelineJS JSON, ROW is the event's place in
  `events`, 1 for the first); the other rows are still written. An existing file is never
  overwritten without `force`.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import yaml

from builder.calendar import parse_iso_day
from builder.dates import DATE_ORDERS, DateError, EventOffset, resolve
from builder.display import isolated
from builder.exports.tables import COLUMNS, split_list
from builder.exports.timelinejs import HEADERS
from builder.files import EVENT_SUFFIXES, STORYLINES_FILE
from builder.languages import SUPPORTED
from builder.model import STATUSES
from builder.names import fold, one_line, slugify
from builder.schema import EVENT_YEARS, MAX_SOURCES, SLUG
from builder.urls import safe_url

if TYPE_CHECKING:
    import argparse

    from builder.calendar import Day
    from builder.model import DateValue

SOURCES = ("timelinejs-csv", "timelinejs-json", "csv")
NO_SOURCE_TODO = (
    "TODO: add the report this event rests on (`chronology validate` lists this file until then)"
)
CHECK_SOURCE_TODO = (
    "TODO: check the sources below (taken from the sheet's links): give each its publisher, "
    "its headline and its publication date (`chronology validate` lists this file until then)"
)


class RowError(Exception):
    """Why one row cannot become an event file."""


# --- YAML: one dumper for every file ---------------------------------------------------------


class _Key(str):
    __slots__ = ()


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # lists indented under their key, as in our docs


_Dumper.add_representer(
    str, lambda dumper, text: dumper.represent_scalar("tag:yaml.org,2002:str", text, style='"')
)
_Dumper.add_representer(
    _Key, lambda dumper, key: dumper.represent_scalar("tag:yaml.org,2002:str", str(key), style="")
)


def _keyed(value: object) -> object:
    if isinstance(value, dict):
        return {_Key(key): _keyed(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_keyed(item) for item in value]
    return value


def dump_yaml(data: dict[str, object], comments: list[str] | tuple[str, ...] = ()) -> str:
    """`data` as YAML: keys plain, every string double-quoted on one line, comments on top."""
    body = yaml.dump(
        _keyed(data), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=2**31 - 1,
        default_flow_style=False,
    )  # fmt: skip
    return "".join(f"# {_comment_text(line)}\n" for line in comments) + body


_LINE_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _comment_text(text: str) -> str:
    """Text that cannot end a YAML comment early: control characters and line breaks (YAML 1.1
    counts NEL, LS and PS as breaks) become spaces."""
    return one_line(_LINE_BREAKS.sub(" ", text))


# --- HTML from the sheet, as Markdown text ---------------------------------------------------

_DROPPED = frozenset({"script", "style", "iframe", "noscript", "template", "object", "embed",
                      "svg", "math", "head", "title", "select", "textarea"})  # fmt: skip
_BLOCKS = frozenset({"p", "div", "blockquote", "section", "article", "h1", "h2", "h3", "h4",
                     "h5", "h6", "ul", "ol", "table", "tr", "figure", "figcaption", "pre",
                     "header", "footer", "aside", "dl", "dt", "dd"})  # fmt: skip
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")  # "<" needs none: HTML shows as text
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr",
                   "source", "track", "param"})  # fmt: skip


_BR = "\x00"  # a <br> until the block is joined: line breaks in the HTML itself are spaces


def _md_escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _md_url(url: str) -> str:
    return url.replace("(", "%28").replace(")", "%29")


class _ToMarkdown(HTMLParser):
    """HTML as Markdown: paragraphs, line breaks, list items, emphasis and http(s) links; every
    other tag dropped and its text kept, and the content of script, style, iframe and the like
    dropped with it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skipping: list[str] = []
        self.links: list[tuple[str | None, list[str]]] = []  # (safe url, text) of open <a>s
        self.found_links: list[tuple[str, str]] = []  # (url, text) of every http(s) link

    def _out(self, text: str) -> None:
        if self.links:
            self.links[-1][1].append(text)
        else:
            self.current.append(text)

    def _break(self) -> None:
        if self.links:  # a block inside a link: the link's text goes on
            self.links[-1][1].append(" ")
            return
        text = "".join(self.current)
        lines = [" ".join(line.split()) for line in text.split(_BR)]
        joined = "\n".join(line for line in lines if line)
        if joined:
            self.blocks.append(joined)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag not in _VOID:
                self.skipping.append(tag)
            return
        if tag in _DROPPED:
            self.skipping.append(tag)
            return
        if tag in _BLOCKS:
            self._break()
        elif tag == "li":
            self._break()
            self._out("- ")
        elif tag == "br":
            self._out(_BR)
        elif tag in ("em", "i"):
            self._out("*")
        elif tag in ("strong", "b"):
            self._out("**")
        elif tag == "a":
            href = dict(attrs).get("href")
            self.links.append((safe_url(href.strip()) if href else None, []))
        elif tag in ("td", "th"):
            self._out(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skipping:
            self._out(_BR)
        elif tag not in _VOID:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if tag in _BLOCKS or tag == "li":
            self._break()
        elif tag in ("em", "i"):
            self._out("*")
        elif tag in ("strong", "b"):
            self._out("**")
        elif tag == "a" and self.links:
            url, parts = self.links.pop()
            text = " ".join("".join(parts).split())
            if url:
                self.found_links.append((url, text))
                self._out(f"[{text or _md_escape(url)}]({_md_url(url)})")
            else:
                self._out(text)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._out(_md_escape(data.replace(_BR, " ")))

    def result(self) -> str:
        while self.links:
            self.handle_endtag("a")
        self._break()
        return "\n\n".join(self.blocks)


def html_to_markdown(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Markdown for an HTML fragment, and the (url, text) of its http(s) links."""
    parser = _ToMarkdown()
    parser.feed(text)
    parser.close()
    markdown = parser.result()
    # Emphasis markers left around nothing ("****") are noise.
    markdown = re.sub(r"(?<![\\*])\*\*\*\*(?!\*)", "", markdown)
    return markdown.strip(), parser.found_links


def html_to_text(text: str) -> str:
    """One line of plain text from HTML (a headline, a group, a credit): tags and entities gone."""
    parser = _ToMarkdown()
    parser.feed(text)
    parser.close()
    plain = re.sub(r"\\(.)", r"\1", parser.result().replace("**", "").replace("*", ""))
    return one_line(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", plain))


# --- Dates -----------------------------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2})(?:[:.]\d+)?)?)?\s*$")
_TIME_DIGITS = re.compile(r"^\s*(\d{1,2})(\d{2})\s*$")
_PERIOD = re.compile(r"\s*([AaPp])\.?[Mm]\.?\s*$")


def _number(cell: str, what: str) -> int | None:
    cleaned = re.sub(r"[\s,]+", "", cell)  # as TimelineJS reads it: "1,815" is 1815
    if not cleaned:
        return None
    if not re.fullmatch(r"[+-]?\d{1,6}", cleaned):
        raise RowError(f"{what} {cell!r} is not a whole number")
    return int(cleaned)


def _time(cell: str, what: str) -> str | None:
    """'1:30 PM', '13:30', '1330', '13.30.15' (TimelineJS's forms) as 'HH:MM'."""
    if not cell.strip():
        return None
    text, period = cell, None
    if match := _PERIOD.search(text):
        period, text = match[1].lower(), text[: match.start()]
    found = _TIME_DIGITS.match(text) or _TIME.match(text)
    if found is None:
        raise RowError(f"{what} {cell!r} is not a time (write it like 14:30 or 2:30 PM)")
    hour, minute = int(found[1]), int(found[2] or 0)
    if period == "p" and hour != 12:
        hour += 12
    elif period == "a" and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise RowError(f"{what} {cell!r} is not a time of day")
    return f"{hour:02d}:{minute:02d}"


def _year_words(year: int) -> str:
    """A TimelineJS year in words: -44 is '44 BC' (TimelineJS shows it '44 BCE')."""
    return str(year) if year > 0 else f"{-year} BC"


@dataclass(frozen=True)
class _Fields:
    text: str
    value: DateValue


def _field_date(year_cell: str, month_cell: str, day_cell: str, time_cell: str,
                prefix: str = "") -> _Fields | None:  # fmt: skip
    """The date of a row's Year/Month/Day/Time fields in words, checked; None when empty."""
    year = _number(year_cell, f"{prefix}Year")
    month = _number(month_cell, f"{prefix}Month")
    day = _number(day_cell, f"{prefix}Day")
    time = _time(time_cell, f"{prefix}Time")
    if year is None:
        given = [name for name, cell in (("Month", month), ("Day", day), ("Time", time)) if cell]
        if given:
            raise RowError(f"{prefix}{'/'.join(given)} without {prefix}Year")
        return None
    if year == 0:
        raise RowError(f"{prefix}Year 0 does not exist (1 BC is -1, 1 AD is 1)")
    astronomical = year if year > 0 else year + 1
    if not EVENT_YEARS[0] <= astronomical <= EVENT_YEARS[1]:
        raise RowError(f"{prefix}Year {year} is outside the years an event may have "
                       "(10000 BC to 2200)")  # fmt: skip
    if month is None and (day is not None or time is not None):
        raise RowError(f"{prefix}Day or {prefix}Time without {prefix}Month")
    if day is None and time is not None:
        raise RowError(f"{prefix}Time without {prefix}Day")
    words = _year_words(year)
    if month is not None:
        if not 1 <= month <= 12:
            raise RowError(f"{prefix}Month {month} is not a month (1 to 12)")
        words = f"{MONTHS[month - 1]} {words}"
    if day is not None:
        words = f"{day} {words}"
    if time is not None:
        words = f"{words}, {time}"
    try:
        value = resolve(words, None, None, None)
    except DateError as error:
        raise RowError(f"{prefix}Year/Month/Day: {error.message}") from None
    assert not isinstance(value, EventOffset)
    return _Fields(words, value)


def _resolve_absolute(text: str, language: str | None = None,
                      date_order: str | None = None) -> DateValue | None:  # fmt: skip
    """The value of a date that needs no anchor, or None."""
    try:
        value = resolve(text, None, language, date_order)
    except DateError:
        return None
    return None if isinstance(value, EventOffset) else value


_QUALIFIERS = re.compile(r"\s*\((approx\.|uncertain|approx\., uncertain)\)\s*$")


def _display_words(text: str) -> str:
    """A display date as our date text: our export's "(approx.)" and "(uncertain)" written the
    way event files write them ("c. ...", "...?")."""
    found = _QUALIFIERS.search(text)
    if found is None:
        return text
    words = text[: found.start()]
    if "approx" in found[1] and not words.lower().startswith(("c. ", "around ", "early ", "mid",
                                                             "late ")):  # fmt: skip
        words = f"c. {words}"
    if "uncertain" in found[1]:
        words = f"{words}?"
    return words


def _readable(text: str) -> tuple[str, DateValue] | None:
    if not text:
        return None
    for words in dict.fromkeys((text, _display_words(text))):
        value = _resolve_absolute(words)
        if value is not None:
            return words, value
    return None


@dataclass
class _Dates:
    date: str
    end: str | None = None
    comments: list[str] = field(default_factory=list)


def _agrees(value: DateValue, first: _Fields | None, last: _Fields | None) -> bool:
    """Whether a display date's span meets the span of the Year/Month/Day fields."""
    if first is None:
        return True
    stop = (last or first).value
    return value.earliest <= stop.latest and first.value.earliest <= value.latest


def _row_dates(row: dict[str, str]) -> _Dates:
    start = _field_date(row["year"], row["month"], row["day"], row["time"])
    end = _field_date(row["endyear"], row["endmonth"], row["endday"], row["endtime"], "End ")
    if end is not None and start is None:
        raise RowError("End Year without Year")
    if end is not None and start is not None:
        if end.value.latest < start.value.earliest:
            raise RowError(f"the end ({end.text}) is before the start ({start.text})")
        if end.value == start.value:
            end = None  # TimelineJS drops an end date equal to the start
    comments: list[str] = []
    display = html_to_text(row["displaydate"])
    start_display = html_to_text(row.get("startdisplay", ""))
    end_display = html_to_text(row.get("enddisplay", ""))
    # TimelineJS JSON: each date has its own display text (ours: the start's and the end's).
    if start_display and (read := _readable(start_display)) and _agrees(read[1], start, None):
        dates = _Dates(read[0])
        if end is not None:
            read_end = _readable(end_display) if end_display != start_display else None
            if read_end and _agrees(read_end[1], end, None) and read_end[1] != read[1]:
                dates.end = read_end[0]
            elif read[1].latest < end.value.earliest:
                dates.end = end.text
        return dates
    if display:
        read = _readable(display)
        if read and _agrees(read[1], start, end):
            dates = _Dates(read[0])
            if end is not None and read[1].latest < end.value.earliest:
                dates.end = end.text
            return dates
        # Our own export's "start – end" display date, when the sheet has an end.
        if end is not None and " – " in display:
            first, _, last = display.partition(" – ")
            read_first, read_last = _readable(first), _readable(last)
            if (read_first and read_last and _agrees(read_first[1], start, None)
                    and _agrees(read_last[1], end, None)):  # fmt: skip
                return _Dates(read_first[0], read_last[0])
        if start is None:
            raise RowError(f"the Display Date {display!r} is not a date these rules can read, "
                           "and the row has no Year")  # fmt: skip
        why = "does not read as a date" if read is None else "disagrees with Year/Month/Day"
        comments.append(f"The sheet's Display Date {display!r} {why}; the date below is the "
                        "sheet's Year/Month/Day")  # fmt: skip
    if start is None:
        raise RowError("no date: Year is empty (and there is no Display Date)")
    return _Dates(start.text, end.text if end is not None else None, comments)


# --- TimelineJS rows -------------------------------------------------------------------------


def _norm_header(name: str) -> str:
    return re.sub(r"[\s_]+", "", name).lower()


TL_FIELDS = tuple(_norm_header(h) for h in HEADERS)
_MEDIA_FILE = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|bmp|tiff?|avif|ico|mp3|mp4|m4a|m4v|wav|ogg|oga|ogv|webm|mov|"
    r"flac|aac)$",
    re.IGNORECASE,
)
_NOT_REPORTS = re.compile(r"^(?:www\.)?google\.[a-z.]+/maps|^maps\.google\.|openstreetmap\.org",
                          re.IGNORECASE)  # fmt: skip
# Our own timelinejs export's text: summary, disputes, sources, the event's page.
_OUR_SOURCES = re.compile(r"\n?<p>Sources:</p><ul>((?:<li>.*?</li>)*)</ul>", re.DOTALL)
_OUR_SOURCE = re.compile(
    r"<li>(?P<publisher>[^<]*): (?:<a href=\"(?P<url>[^\"]*)\">(?P<title>.*?)</a>|"
    r"(?P<plain_title>.*?)) \((?P<published>\d{4}-\d{2}-\d{2})\)"
    r"(?:; dates it ‘(?P<date>.*?)’(?: \(judged an error: (?P<error>.*?)\))?)?</li>",
    re.DOTALL,
)
_OUR_DISPUTE = re.compile(r"\n?<p><strong>Disputed</strong>.*?</p>", re.DOTALL)
_OUR_PAGE_LINK = re.compile(r"\n?<p><a href=\"[^\"]*\">The event on the chronology</a></p>")
_ISOLATES = str.maketrans("", "", "\u2068\u2069")


def _is_report_page(url: str) -> bool:
    parts = urlsplit(url)
    return not (_MEDIA_FILE.search(parts.path) or _NOT_REPORTS.search(parts.netloc + parts.path))


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or url).lower()
    return host.removeprefix("www.")


def _our_sources(text: str) -> tuple[str, list[dict[str, object]]]:
    """Our export's source list taken out of a slide's text, read back complete."""
    found = _OUR_SOURCES.search(text)
    if found is None:
        return text, []
    sources: list[dict[str, object]] = []
    for item in _OUR_SOURCE.finditer(found[1]):
        url = html.unescape(item["url"] or "")
        source: dict[str, object] = {
            "publisher": html.unescape(item["publisher"]),
            "title": html.unescape(item["title"] if item["url"] is not None else item["plain_title"]),
            "url": url,
            "published": item["published"],
        }  # fmt: skip
        if item["date"] is not None:
            claim = html.unescape(item["date"]).translate(_ISOLATES)
            if language := _claim_language(claim, item["published"]):
                source["language"] = language
            source["date"] = claim
        if item["error"] is not None:
            source["date_error"] = html.unescape(item["error"])
        sources.append(source)
    rest = text[: found.start()] + text[found.end() :]
    rest = _OUR_PAGE_LINK.sub("", _OUR_DISPUTE.sub("", rest))
    return rest, sources


def _media_field(url_cell: str, caption: str, credit: str, alt: str,
                 what: str = "Media") -> tuple[dict[str, object] | None, str | None]:  # fmt: skip
    """A row's media as the event's `media`, or None and why it is not kept (the row itself is
    fine: it is written without media, and the reason is a warning and a comment in its file).
    An <iframe> or <blockquote> embed, which TimelineJS also takes, keeps its http(s) address:
    our pages link it, and never embed it."""
    url_cell = url_cell.strip()
    url = safe_url(url_cell)
    if url is None and url_cell:
        found = re.search(r"""(?:src|href)\s*=\s*["']?(https?://[^"'\s>]+)""", url_cell)
        url = safe_url(html.unescape(found[1])) if found else None
    kept = {"caption": caption, "credit": credit, "alt": alt}
    said = "; ".join(f"{key}: {value}" for key, value in kept.items() if value)
    if url is None and url_cell:
        return None, (f"the {what} {one_line(url_cell)[:80]!r} is not an http(s) address, so the "
                      f"event has no media{f' (the sheet gave {said})' if said else ''}")  # fmt: skip
    if url is None:
        return None, (f"the {what} Caption, Credit or Alt Text without a {what} address is not kept"
                      f" ({said})") if said else None  # fmt: skip
    return {"url": url, **{key: value for key, value in kept.items() if value}}, None


def _media(row: dict[str, str]) -> tuple[dict[str, object] | None, str | None]:
    """A TimelineJS row's Media columns: the caption and credit are HTML there, the alt text is
    plain text (TimelineJS sets it as the image's `alt`)."""
    return _media_field(row["media"], html_to_text(row["mediacaption"]),
                        html_to_text(row["mediacredit"]), one_line(row["alttext"]))  # fmt: skip


@dataclass
class Imported:
    """One row as an event file: its fields in order, the comments above them."""

    row: str
    name: str  # the file name's stem before it is made unique
    fields: dict[str, object]
    comments: list[str] = field(default_factory=list)
    group: str | None = None  # a TimelineJS group: the storyline's title
    id_given: bool = False  # our CSV's id: the file name is the id, never changed
    warnings: list[str] = field(default_factory=list)  # what was left out of a written file


def _timelinejs_event(row: dict[str, str], number: str) -> Imported:
    title = html_to_text(row["headline"])
    if not title:
        raise RowError("no Headline: an event needs a title")
    dates = _row_dates(row)
    text, our_sources = _our_sources(row["text"])
    summary, links = html_to_markdown(text)
    media, media_warning = _media(row)
    sources: list[dict[str, object]] = list(our_sources)
    linked = []
    if not sources:
        media_url = safe_url(row["media"].strip())
        if media_url and _is_report_page(media_url):
            credit = html_to_text(row["mediacredit"])
            caption = html_to_text(row["mediacaption"])
            linked.append((media_url, credit or _host(media_url), caption))
        for url, text_of_link in links:
            linked.append((url, _host(url), text_of_link if text_of_link != url else ""))
    seen = {str(source["url"]) for source in sources}
    for url, publisher, link_title in linked:
        if url in seen or len(sources) >= MAX_SOURCES:
            continue
        seen.add(url)
        source: dict[str, object] = {"publisher": publisher}
        if link_title:
            source["title"] = link_title
        source["url"] = url
        sources.append(source)
    fields: dict[str, object] = {"title": title, "date": dates.date}
    if dates.end:
        fields["end"] = dates.end
    if summary:
        fields["summary"] = summary
    if media:
        fields["media"] = media
    if sources:
        fields["sources"] = sources
    warnings = [media_warning] if media_warning else []
    comments = [*dates.comments, *(_sentence(warning) for warning in warnings)]
    if not sources:
        comments.insert(0, NO_SOURCE_TODO)
    elif not our_sources:
        comments.insert(0, CHECK_SOURCE_TODO)
    dropped = [name for name, key in (("Media Thumbnail", "mediathumbnail"),
                                       ("Background", "background")) if row[key].strip()]  # fmt: skip
    if dropped:
        comments.append(f"Not kept from the sheet: {', '.join(dropped)}")
    unique_id = row.get("uniqueid", "")
    name = unique_id if SLUG.match(unique_id) and len(unique_id) <= 100 else ""
    group = html_to_text(row["group"]) or None
    return Imported(number, name or _file_stem(title, dates.date), fields, comments, group,
                    warnings=warnings)  # fmt: skip


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _file_stem(title: str, date: str) -> str:
    """'ada-lovelace-1815-12-10': the headline's slug and the date's start as in file names."""
    value = _resolve_absolute(date)
    stamp = ""
    if value is not None:
        first = value.earliest
        year = f"{first.year:04d}" if first.year > 0 else f"{1 - first.year}bc"
        stamp = {"year": year, "decade": year, "century": year}.get(value.precision, "")
        if not stamp:
            stamp = f"{year}-{first.month:02d}" + (
                f"-{first.day:02d}" if value.precision in ("week", "day", "minute") else ""
            )
    slug = slugify(title)[:80].rstrip("-")
    return f"{slug}-{stamp}" if stamp else slug


def _timelinejs_kind(row: dict[str, str]) -> str:
    return row.get("type", "").strip().lower()


def _records(text: str, shown: str) -> tuple[list[list[str]], str | None]:
    """The CSV's records, or where it stops being CSV (a cell over the csv module's 128 KiB
    limit, a NUL byte): then nothing is imported, since later rows cannot be placed."""
    reader = csv.reader(io.StringIO(text, newline=""))
    records = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error as error:
        return [], f"{shown}:{len(records) + 1}: error: not readable as CSV from here: {error}"
    return records, None


def read_timelinejs_csv(
    text: str, shown: str
) -> tuple[list[tuple[str, dict[str, str]]], list[str]]:
    """(row number, row) for every row of a TimelineJS sheet's CSV, keyed by TL_FIELDS."""
    records, broken = _records(text, shown)
    if broken:
        return [], [broken]
    if not records or not any(cell.strip() for cell in records[0]):
        return [], [f"{shown}:1: error: the file is empty: a TimelineJS sheet starts with its "
                    "header row (Year, Month, Day, ...)"]  # fmt: skip
    header = [_norm_header(cell) for cell in records[0]]
    if "tag" in header and "group" not in header:  # the old template's name for Group
        header[header.index("tag")] = "group"
    missing = [h for h, key in zip(HEADERS, TL_FIELDS, strict=True)
               if key in ("year", "headline") and key not in header]  # fmt: skip
    if missing:
        return [], [f"{shown}:1: error: not a TimelineJS sheet: no {', '.join(missing)} column "
                    f"(the header row is {', '.join(records[0])[:200]})"]  # fmt: skip
    rows = []
    for number, record in enumerate(records[1:], start=2):
        row = dict.fromkeys(TL_FIELDS, "")
        for key, cell in zip(header, record, strict=False):
            if key in row:
                row[key] = cell
        rows.append((str(number), row))
    return rows, []


def read_timelinejs_json(
    text: str, shown: str
) -> tuple[list[tuple[str, dict[str, str]]], list[str]]:
    """(event number, row) for every event of a TimelineJS JSON file, as sheet rows."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return [], [f"{shown}:{error.lineno}: error: not JSON: {error.msg}"]
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        return [], [f'{shown}:1: error: not a TimelineJS JSON file: it needs an "events" list']
    rows = []
    for number, slide in enumerate(data["events"], start=1):
        rows.append((str(number), _slide_row(slide)))
    return rows, []


def _cell(value: object) -> str:
    if value is None or isinstance(value, (dict, list, bool)):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _slide_row(slide: object) -> dict[str, str]:
    row = dict.fromkeys(TL_FIELDS, "")
    if not isinstance(slide, dict):
        row["type"] = "not-a-slide"
        return row

    def part(name: str) -> dict[str, object]:
        value = slide.get(name)
        return value if isinstance(value, dict) else {}

    start, end, text, media = part("start_date"), part("end_date"), part("text"), part("media")
    for prefix, date in (("", start), ("end", end)):
        row[f"{prefix}year"] = _cell(date.get("year"))
        row[f"{prefix}month"] = _cell(date.get("month"))
        row[f"{prefix}day"] = _cell(date.get("day"))
        if _cell(date.get("hour")):
            minute = _cell(date.get("minute")) or "0"
            row[f"{prefix}time"] = (
                f"{_cell(date.get('hour'))}:{int(minute):02d}" if minute.isdigit() else "?"
            )
    row["startdisplay"] = _cell(start.get("display_date"))
    row["enddisplay"] = _cell(end.get("display_date"))
    row["displaydate"] = _cell(slide.get("display_date"))
    row["headline"] = _cell(text.get("headline"))
    row["text"] = _cell(text.get("text"))
    row["media"] = _cell(media.get("url"))
    row["mediacredit"] = _cell(media.get("credit"))
    row["mediacaption"] = _cell(media.get("caption"))
    row["mediathumbnail"] = _cell(media.get("thumbnail"))
    row["alttext"] = _cell(media.get("alt"))
    row["type"] = _cell(slide.get("type"))
    row["group"] = _cell(slide.get("group"))
    background = slide.get("background")
    row["background"] = "x" if background else ""
    row["uniqueid"] = _cell(slide.get("unique_id"))
    return row


# --- Our own CSV -----------------------------------------------------------------------------


def read_our_csv(text: str, shown: str) -> tuple[list[tuple[str, dict[str, str]]], list[str]]:
    records, broken = _records(text, shown)
    if broken:
        return [], [broken]
    if not records:
        return [], [f"{shown}:1: error: the file is empty"]
    header = records[0]
    needed = ("title", "date_text", "source_publishers", "source_urls", "source_published")
    missing = [name for name in needed if name not in header]
    if missing:
        return [], [f"{shown}:1: error: not a `chronology export --format csv` file: no "
                    f"{', '.join(missing)} column"]  # fmt: skip
    rows = []
    for number, record in enumerate(records[1:], start=2):
        row = dict.fromkeys(COLUMNS, "")
        for name, cell in zip(header, record, strict=False):
            row[name] = cell
        row["_blank"] = "" if any(cell.strip() for cell in record) else "yes"
        rows.append((str(number), row))
    return rows, []


_Anchor = tuple[dict[str, object], "Day | None", "str | None"]  # (date fields, day, language)


def _matching(
    text: str, edtf: str, anchors: list[_Anchor]
) -> tuple[dict[str, object], str | None] | None:
    """The date field (text, or a mapping) that resolves `text` to `edtf` again, and the language
    it was read in when that is not the anchor's own: tried against each anchor the event
    allows (the one the evidence names first), in the anchor's language, then each language,
    then each date order."""
    forms: list[tuple[str | None, str | None]] = [(None, None)]
    forms += [(language, None) for language in SUPPORTED]
    forms += [(None, order) for order in DATE_ORDERS]
    for extra, day, own_language in anchors:
        for language, order in forms:
            if language is not None and language == own_language:
                continue
            try:
                value = resolve(text, day, language or own_language, order)
            except DateError:
                continue
            if isinstance(value, EventOffset):
                return {"text": text, **extra}, None  # read against its event: validate checks
            if value.edtf == edtf:
                spec = {"text": text, **extra}
                if language:
                    spec["language"] = language
                if order:
                    spec["date_order"] = order
                return spec, language
    return None


def _claim_language(text: str, published: str) -> str | None:
    """The language a source's date claim reads in, when it does not read as English."""
    try:
        day = parse_iso_day(published)
    except ValueError:
        return None
    for language in (None, *SUPPORTED):
        try:
            resolve(text, day, language, None)
        except DateError:
            continue
        return language
    return None


def _date_field(spec: dict[str, object]) -> object:
    return spec["text"] if list(spec) == ["text"] else spec


# The CSV's evidence: "‘on Wednesday’, Reuters, Thu 10 April 2025 → ..." (anchored on a source)
# or "‘...’, against Thu 10 April 2025 → ..." (an explicit anchor).
_ANCHORED = re.compile(
    r", (?:(?P<against>against )|(?P<name>.+?), )\w{3} (?P<day>\d{1,2} \w+ \d+(?: BC)?) → "
)


def _evidence_anchor(evidence: str, date_text: str, sources: list[dict[str, object]],
                     anchors: list[_Anchor]) -> _Anchor | None:  # fmt: skip
    """The anchor the CSV's evidence names: the source the date was read against (its number),
    or an explicit anchor day."""
    words = f"‘{isolated(date_text)}’"
    if not evidence.startswith(words):
        return None
    found = _ANCHORED.match(evidence[len(words) :])
    day = _resolve_absolute(found["day"]) if found else None
    if found is None or day is None:
        return None
    if found["against"]:
        return {"anchor": day.earliest.iso()}, day.earliest, anchors[0][2] if anchors else None
    for i, source in enumerate(sources):
        if source["publisher"] == found["name"] and source["published"] == day.earliest.iso():
            return anchors[i]
    return None


def _our_event(row: dict[str, str], number: str) -> Imported:
    title = row["title"]
    if not title.strip():
        raise RowError("no title")
    event_id = row["id"].strip()
    if event_id and (not SLUG.match(event_id) or len(event_id) > 100):
        raise RowError(f"the id {event_id[:120]!r} is not a valid id")
    try:
        publishers = split_list(row["source_publishers"])
        count = len(publishers)
        lists = {name: split_list(row[name], count) for name in (
            "source_titles", "source_urls", "source_published", "source_date_texts",
            "source_date_edtfs", "source_date_errors")}  # fmt: skip
        names = {name: split_list(row[name]) for name in ("actors", "places", "tags", "related")}
    except ValueError as error:
        raise RowError(str(error)) from None
    if any(len(items) != count for items in lists.values()):
        raise RowError("the source columns do not have one item per source")
    sources: list[dict[str, object]] = []
    anchors: list[_Anchor] = []
    for i, publisher in enumerate(publishers):
        source: dict[str, object] = {
            "publisher": publisher,
            "title": lists["source_titles"][i],
            "url": lists["source_urls"][i],
            "published": lists["source_published"][i],
        }
        try:
            published = parse_iso_day(lists["source_published"][i])
        except ValueError:
            published = None
        language = None
        if lists["source_date_texts"][i]:
            found = _matching(lists["source_date_texts"][i], lists["source_date_edtfs"][i],
                              [({}, published, None)])  # fmt: skip
            if found is None:
                raise RowError(f"source {i + 1}'s date {lists['source_date_texts'][i]!r} does not "
                               f"read as {lists['source_date_edtfs'][i]} again")  # fmt: skip
            claim, language = found
            if language is not None:  # the claim is in the source's language: say it there
                source["language"] = language
                claim.pop("language")
            source["date"] = _date_field(claim)
        anchors.append(({} if i == 0 else {"source": i + 1}, published, language))
        if lists["source_date_errors"][i]:
            source["date_error"] = lists["source_date_errors"][i]
        sources.append(source)
    if named := _evidence_anchor(row["evidence"], row["date_text"], sources, anchors):
        anchors.insert(0, named)
    if not anchors:
        anchors = [({}, None, None)]
    found = _matching(row["date_text"], row["edtf"], anchors)
    if found is None:
        raise RowError(f"the date {row['date_text']!r} does not read as {row['edtf']} again")
    fields: dict[str, object] = {}
    if event_id:
        fields["id"] = event_id
    fields["title"] = title
    date = found[0]
    fields["date"] = _date_field(date)
    if row["end_text"]:
        found = _matching(row["end_text"], row["end_edtf"], anchors)
        if found is None:
            raise RowError(f"the end {row['end_text']!r} does not read as {row['end_edtf']} again")
        fields["end"] = _date_field(found[0])
    storyline = row["storyline"].strip()
    if storyline:
        if not SLUG.match(storyline) or len(storyline) > 100:
            raise RowError(f"the storyline {storyline[:120]!r} is not a valid id")
        fields["storyline"] = storyline
    if row["summary"]:
        fields["summary"] = row["summary"]
    media, media_warning = _media_field(row["media_url"], row["media_caption"],
                                        row["media_credit"], row["media_alt"], "media_url")  # fmt: skip
    if media:
        fields["media"] = media
    if sources:
        fields["sources"] = sources
    for name in ("actors", "places", "tags", "related"):
        if names[name]:
            fields[name] = names[name]
    status = row["status"].strip() or "reported"
    if status not in STATUSES:
        raise RowError(f"the status {status!r} is not one of {', '.join(STATUSES)}")
    if status != "reported":
        fields["status"] = status
    warnings = [media_warning] if media_warning else []
    comments = [*([] if sources else [NO_SOURCE_TODO]), *(_sentence(w) for w in warnings)]
    name = event_id or _file_stem(title, str(date["text"]))
    return Imported(number, name, fields, comments, id_given=bool(event_id), warnings=warnings)


# --- Writing ---------------------------------------------------------------------------------


@dataclass
class Result:
    written: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # FILE:ROW: warning: ..., of written rows
    skipped: dict[str, int] = field(default_factory=dict)  # "title rows": 1, "blank rows": 3
    unsourced: int = 0
    new_storylines: list[str] = field(default_factory=list)


def _existing_files(events_dir: Path) -> dict[str, Path]:
    """{file stem: path} of the event files already in the folder (their default ids)."""
    found: dict[str, Path] = {}
    if not events_dir.is_dir():
        return found
    for folder, dirs, files in os.walk(events_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name == STORYLINES_FILE:
                continue
            if name.lower().endswith(EVENT_SUFFIXES):
                found.setdefault(os.path.splitext(name)[0], Path(folder) / name)
    return found


def _read_storylines(path: Path) -> tuple[str, dict[str, str]] | str:
    """(the file's text, {id: title}) of storylines.yml, or why it cannot be merged into."""
    if not path.exists():
        return "", {}
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) if text.strip() else {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return f"cannot read it ({type(error).__name__})"
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return "it is not a mapping of storylines"
    titles = {}
    for key, value in data.items():
        title = value.get("title") if isinstance(value, dict) else None
        titles[str(key)] = str(title) if title is not None else str(key)
    return text, titles


def _storyline_for(group: str, titles: dict[str, str], new: dict[str, str]) -> str:
    """The storyline id of a TimelineJS group: a declared one with that title or id, else new."""
    for key, title in (*titles.items(), *new.items()):
        if fold(title) == fold(group):
            return key
    slug = slugify(group)[:100].rstrip("-")
    if slug in titles or slug in new:  # the group names a storyline by its id
        return slug
    new[slug] = group
    return slug


def import_file(source_format: str, path: Path, events_dir: Path, force: bool = False) -> Result:
    result = Result()
    shown = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        result.errors.append(f"{shown}:1: error: cannot read it: {error.strerror}")
        return result
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        result.errors.append(f"{shown}:{line}: error: not UTF-8 text (byte {error.start + 1}); "
                             "save the sheet as CSV UTF-8")  # fmt: skip
        return result
    reader = {"timelinejs-csv": read_timelinejs_csv, "timelinejs-json": read_timelinejs_json,
              "csv": read_our_csv}[source_format]  # fmt: skip
    rows, file_errors = reader(text, shown)
    result.errors.extend(file_errors)

    storylines_path = events_dir / STORYLINES_FILE
    declared = _read_storylines(storylines_path)
    storyline_text, titles = declared if isinstance(declared, tuple) else ("", {})
    new_storylines: dict[str, str] = {}

    def skip(kind: str) -> None:
        result.skipped[kind] = result.skipped.get(kind, 0) + 1

    events: list[Imported] = []
    for number, row in rows:
        try:
            if source_format == "csv":
                if row.pop("_blank"):
                    skip("blank rows")
                    continue
                events.append(_our_event(row, number))
                continue
            kind = _timelinejs_kind(row)
            if not any(value.strip() for key, value in row.items() if key != "type") and not kind:
                skip("blank rows")
                continue
            if kind == "title":
                skip("title rows")
                continue
            if kind == "era":
                skip("era rows")
                continue
            if kind == "not-a-slide":
                raise RowError("the event is not a JSON object")
            imported = _timelinejs_event(row, number)
            if imported.group:
                if not isinstance(declared, tuple):
                    raise RowError(f"its Group cannot become a storyline: {STORYLINES_FILE} "
                                   f"{declared}")  # fmt: skip
                storyline = _storyline_for(imported.group, titles, new_storylines)
                fields = imported.fields
                imported.fields = {"title": fields.pop("title"), "date": fields.pop("date"),
                                   **({"end": fields.pop("end")} if "end" in fields else {}),
                                   "storyline": storyline, **fields}  # fmt: skip
            events.append(imported)
        except RowError as error:
            result.errors.append(f"{shown}:{number}: error: {error}")

    # Our CSV names storylines by id: an undeclared one is declared (its title is its id).
    for imported in events:
        storyline = imported.fields.get("storyline")
        if (
            isinstance(storyline, str)
            and storyline not in titles
            and storyline not in new_storylines
        ):
            if not isinstance(declared, tuple):
                break
            new_storylines[storyline] = storyline

    existing = _existing_files(events_dir)
    taken: set[str] = set()
    for imported in events:
        stem = base = imported.name
        counter = 2
        while stem in taken:
            if imported.id_given:
                break
            stem, counter = f"{base}-{counter}", counter + 1
        folder = (
            events_dir / str(imported.fields["storyline"])
            if "storyline" in imported.fields
            else events_dir
        )
        target = folder / f"{stem}.yml"
        where = f"{shown}:{imported.row}: error:"
        if stem in taken:
            result.errors.append(f"{where} the id {stem!r} is another row's too")
            continue
        other = existing.get(stem)
        if other is not None and other != target:
            result.errors.append(f"{where} {other} already has the id {stem!r}; rename one of them")
            continue
        if target.exists() and not force:
            result.errors.append(f"{where} {target} exists; nothing written for this row "
                                 "(--force overwrites it)")  # fmt: skip
            continue
        taken.add(stem)
        content = dump_yaml(imported.fields, imported.comments)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(target, "w" if force else "x", encoding="utf-8", newline="\n") as out:
                out.write(content)
        except OSError as error:
            result.errors.append(f"{where} cannot write {target}: {error.strerror}")
            continue
        result.written.append(target)
        result.warnings.extend(f"{shown}:{imported.row}: warning: {w}" for w in imported.warnings)
        if "sources" not in imported.fields or imported.comments[:1] == [CHECK_SOURCE_TODO]:
            result.unsourced += 1

    used = {str(i.fields.get("storyline")) for i in events}
    new_storylines = {key: title for key, title in new_storylines.items() if key in used}
    if new_storylines and isinstance(declared, tuple):
        _append_storylines(storylines_path, storyline_text, titles, new_storylines, result)
    elif new_storylines:
        result.errors.append(f"{storylines_path}:1: error: {declared}; the storylines "
                             f"{', '.join(new_storylines)} were not declared")  # fmt: skip
    return result


def _append_storylines(path: Path, text: str, titles: dict[str, str], new: dict[str, str],
                       result: Result) -> None:  # fmt: skip
    """New storylines added at the end of storylines.yml; what it held is kept as written."""
    added = "".join(
        "\n"
        + dump_yaml(
            {key: {"title": title}},
            [
                f"TODO: describe the storyline {key!r} in a sentence or two "
                "(its `description:`); `chronology validate` asks for it"
            ],
        )
        for key, title in new.items()
    )
    combined = (text + ("\n" if text and not text.endswith("\n") else "") + added).lstrip("\n")
    check = yaml.safe_load(combined)
    if not isinstance(check, dict) or set(check) != set(titles) | set(new):
        result.errors.append(f"{path}:1: error: the new storylines could not be added to it as "
                             f"written; declare them by hand: {', '.join(new)}")  # fmt: skip
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(combined, encoding="utf-8", newline="\n")
    except OSError as error:
        result.errors.append(f"{path}:1: error: cannot write it: {error.strerror}")
        return
    result.new_storylines.extend(new)


# --- The command -----------------------------------------------------------------------------


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--from", dest="source_format", required=True, choices=SOURCES,
                         help="timelinejs-csv (a TimelineJS sheet saved as CSV), "
                         "timelinejs-json, or csv (our own `export --format csv`)")  # fmt: skip
    command.add_argument("file", type=Path, metavar="FILE")
    command.add_argument("--into", dest="events_dir", required=True, type=Path,
                         metavar="EVENTS_DIR", help="the events folder to write to")  # fmt: skip
    command.add_argument("--force", action="store_true",
                         help="overwrite event files that exist already")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"chronology import: {args.file} is not a file", file=sys.stderr)
        return 2
    if args.events_dir.exists() and not args.events_dir.is_dir():
        print(f"chronology import: {args.events_dir} is not a folder", file=sys.stderr)
        return 2
    result = import_file(args.source_format, args.file, args.events_dir, args.force)
    for message in (*result.warnings, *result.errors):
        print(message, file=sys.stderr)
    skipped = ", ".join(
        f"{count} {kind if count > 1 else kind.removesuffix('s')}"
        for kind, count in result.skipped.items()
    )
    summary = f"chronology import: wrote {len(result.written)} event files"
    if skipped:
        summary += f"; skipped {skipped}"
    if result.errors:
        summary += f"; {len(result.errors)} rows or files could not be imported (listed above)"
    print(summary, file=sys.stderr)
    if result.unsourced:
        print(f"chronology import: {result.unsourced} of them need their sources completed; "
              f"`chronology validate {args.events_dir}` lists them", file=sys.stderr)  # fmt: skip
    if result.new_storylines:
        print(f"chronology import: new storylines in {args.events_dir / STORYLINES_FILE} need a "
              f"description: {', '.join(result.new_storylines)}", file=sys.stderr)  # fmt: skip
    return 1 if result.errors else 0
