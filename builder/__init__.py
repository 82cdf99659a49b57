"""Chronologies of news events: YAML in git, dates resolved against their sources, MkDocs output."""

from __future__ import annotations

__version__ = "0.1.0"
