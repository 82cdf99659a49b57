"""Generated chronologies of any size for tests that need many events (timeline layout at 1k
and 10k, incremental builds): the same generator the benchmarks use, so a test and a benchmark
measure the same kind of site."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from site_build import chronology_site

__all__ = ["chronology_site"]
