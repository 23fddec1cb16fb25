"""The team's sign-offs file (round 49, review 48's item 3): read by every build into
``assets/signoffs.js``; a broken file stops ``preview`` before it builds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from broadsheet.cli import main
from broadsheet.preview.signoffs import SignoffError, read_signoffs, signoffs_script
from tests.helpers import ARTICLE_FILES

KEY = "ar-local-elections-rtl|browser|alt-review-live|figure img"


def test_one_export_or_a_list_a_later_one_winning(tmp_path: Path) -> None:
    path = tmp_path / "signoffs.json"
    path.write_text(json.dumps([
        {"looks_fine": {KEY: 2, "bad key": 1, "a|b|c": 0}, "by": "Ana", "at": "2026-12-01T10:00Z"},
        {"looks_fine": {KEY: 2}, "by": "Ben"}]))
    assert read_signoffs(path) == {KEY: {"items": 2, "by": "Ben", "at": ""}}
    path.write_text(json.dumps({"looks_fine": {KEY: 1}}))
    assert read_signoffs(path) == {KEY: {"items": 1, "by": "", "at": ""}}
    assert read_signoffs(tmp_path / "none.json") == {}
    assert read_signoffs(None) == {}


def test_a_broken_file_is_said(tmp_path: Path) -> None:
    path = tmp_path / "signoffs.json"
    path.write_text("{")
    with pytest.raises(SignoffError):
        read_signoffs(path)
    path.write_text('{"fine": {}}')
    with pytest.raises(SignoffError, match="looks_fine"):
        read_signoffs(path)
    out = tmp_path / "out"
    assert main(["preview", str(ARTICLE_FILES[0]), "--out", str(out), "--no-browser",
                 "--signoffs", str(path)]) == 2


def test_the_script_cannot_end_its_element() -> None:
    said = signoffs_script({KEY: {"items": 1, "by": "</script><b>", "at": ""}})
    assert "</script>" not in said
    assert said.startswith("window.broadsheetTeamSignoffs = {")


def test_every_build_writes_the_teams_signoffs(tmp_path: Path) -> None:
    path = tmp_path / "signoffs.json"
    path.write_text(json.dumps({"looks_fine": {KEY: 2}, "by": "Ana"}))
    out = tmp_path / "out"
    assert main(["preview", str(ARTICLE_FILES[0]), "--out", str(out), "--no-browser",
                 "--signoffs", str(path)]) == 0
    assert '"by": "Ana"' in (out / "assets" / "signoffs.js").read_text("utf-8")
    assert 'src="../../assets/signoffs.js"' in next((out / "fixtures").glob("*/index.html")).read_text("utf-8")
    path.write_text(json.dumps({"looks_fine": {}}))
    assert main(["preview", str(ARTICLE_FILES[0]), "--out", str(out), "--no-browser",
                 "--signoffs", str(path)]) == 0
    assert (out / "assets" / "signoffs.js").read_text("utf-8") == "window.broadsheetTeamSignoffs = {};\n"
