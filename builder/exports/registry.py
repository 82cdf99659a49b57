"""The list of export formats: each module adds its own lines here."""

from __future__ import annotations

from builder.exports import Format, data, feeds, ics, tables, timelinejs

FORMATS: list[Format] = []
FORMATS += data.FORMATS + tables.FORMATS + timelinejs.FORMATS
FORMATS += ics.FORMATS + feeds.FORMATS
