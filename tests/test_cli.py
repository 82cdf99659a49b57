"""`chronology dates`, `chronology parse-date` and the published JSON Schema."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from builder.cli import main
from builder.schema import json_schema
from tests.conftest import GOOD_SOURCE

ROOT = Path(__file__).parent.parent


def test_dates_table_shows_text_anchor_and_bounds(write_events, capsys) -> None:
    events = write_events({"baku.yml": "title: Talks\ndate: on Wednesday\n" + GOOD_SOURCE})
    assert main(["dates", str(events), "--no-cache"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["id", "text", "anchor", "anchor_origin", "earliest", "latest",
                              "precision", "approximate", "uncertain", "edtf", "disputed"]  # fmt: skip
    assert row.split() == ["baku", "on", "Wednesday", "2025-04-10", "source", "2025-04-09",
                           "2025-04-09", "day", "no", "no", "2025-04-09", "no"]  # fmt: skip


def test_dates_json(write_events, capsys) -> None:
    events = write_events({"baku.yml": "title: Talks\ndate: last week\n" + GOOD_SOURCE})
    assert main(["dates", str(events), "--no-cache", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["earliest"] == "2025-03-31"
    assert row["latest"] == "2025-04-06"
    assert row["precision"] == "week"
    assert row["anchor_label"] == "Malay Mail (Reuters), published 2025-04-10"


def test_parse_date_one_expression(capsys) -> None:
    assert (
        main(["parse-date", "9 Nisan 2025", "--anchor", "2025-04-10", "--lang", "tr", "--json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out) == {
        "text": "9 Nisan 2025", "earliest": "2025-04-09", "latest": "2025-04-09",
        "precision": "day", "approximate": False, "uncertain": False, "edtf": "2025-04-09",
    }  # fmt: skip


def test_parse_date_refusal_exits_1_with_the_reason(capsys) -> None:
    assert main(["parse-date", "07/10/2023"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("refused: '07/10/2023' could be 7 October or 10 July 2023")
    assert main(["parse-date", "07/10/2023", "--date-order", "DMY"]) == 0


def test_parse_date_batch_answers_each_line_in_order(monkeypatch, capsys) -> None:
    lines = [
        {"text": "on Wednesday", "anchor": "2025-04-10"},
        {"text": "07/10/2023", "date_order": "MDY"},
        {"text": "9 نيسان 2025", "anchor": "2025-04-10", "lang": "ar"},
        {"text": "Friday 9 April 2025"},
        {"text": "on Wednesday"},
        {"text": "x", "anchor": "2025-02-30"},
    ]
    stdin = "\n".join(json.dumps(item, ensure_ascii=False) for item in lines) + "\nnot json\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert main(["parse-date", "--batch", "-"]) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r.get("earliest") for r in results] == [
        "2025-04-09", "2023-07-10", "2025-04-09", None, None, None, None,
    ]  # fmt: skip
    assert "was a Wednesday, not a Friday" in results[3]["error"]
    assert "no date to resolve it against" in results[4]["error"]
    assert "the anchor is not a date" in results[5]["error"]
    assert results[6]["error"].startswith("line 7 is not JSON")


def test_parse_date_batch_from_a_missing_file(capsys, tmp_path) -> None:
    assert main(["parse-date", "--batch", str(tmp_path / "none.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_console_script_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "chronology"), "parse-date", "last week", "--anchor", "2025-01-03"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2024-12-23" in result.stdout
    assert "2024-12-29" in result.stdout


def test_published_json_schema_matches_the_code() -> None:
    published = json.loads((ROOT / "builder" / "event.schema.json").read_text(encoding="utf-8"))
    assert published == json_schema(), "regenerate: chronology schema > builder/event.schema.json"


@pytest.mark.parametrize("field", sorted(json_schema()["properties"]))  # type: ignore[call-overload]
def test_every_event_field_is_documented(field: str) -> None:
    contributing = (ROOT / "docs" / "contributing.md").read_text(encoding="utf-8")
    assert f"`{field}`" in contributing
