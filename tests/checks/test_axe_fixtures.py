"""The axe-fixture measure (tests/checks/axe_fixtures.py) on fixtures of our own in axe's
layout, and on axe-core's own fixtures when ``BROADSHEET_AXE_FIXTURES`` names a directory of
them (they are axe-core's files and never committed here)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from axe_fixtures import MAPPED, main, run, table


def _fixture(root: Path, axe_id: str, html: str, expected: dict[str, list[list[str]]]) -> None:
    folder = root / axe_id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{axe_id}.html").write_text(html, encoding="utf-8")
    (folder / f"{axe_id}.json").write_text(json.dumps(expected), encoding="utf-8")


def test_counts_found_missed_and_false_failures_element_by_element(tmp_path: Path) -> None:
    _fixture(tmp_path, "image-alt",
             '<img src="a.png" id="no-alt"><img src="b.png" alt="Chart" id="named">'
             '<img src="c.png" alt="" id="decorative">',
             {"violations": [["#no-alt"], ["#decorative"]], "passes": [["#named"]]})
    # A mapped id: axe's "label" is Broadsheet's form-field-name; an expected pass we fail.
    _fixture(tmp_path, "label", '<input id="bare"><input aria-label="Name" id="ok">',
             {"violations": [["#ok"]], "passes": [["#bare"]]})
    tallies = run(tmp_path)
    image = tallies["image-alt"]
    # alt="" is a decorative image: our rule passes it, so the expected violation is missed.
    assert (image.violations, image.found, image.passes, image.false_failures) == (2, 1, 1, 0)
    label = tallies["label"]
    assert (label.violations, label.found, label.passes, label.false_failures) == (1, 0, 1, 1)
    assert "FALSE FAILURE #bare" in table(tallies, verbose=True)


def test_a_page_level_target_is_judged_by_the_content_rules_judge(tmp_path: Path) -> None:
    # axe's region names the html element; Broadsheet's region judges the content in it.
    _fixture(tmp_path, "region",
             '<!DOCTYPE html><html lang="en"><head><title>t</title></head>'
             '<body><p>Outside every landmark</p></body></html>',
             {"violations": [["html"]]})
    tally = run(tmp_path)["region"]
    assert (tally.violations, tally.found) == (1, 1)


def test_summary_with_its_own_button_role_is_judged_by_button_name(tmp_path: Path) -> None:
    # ACT 2t702h leaves a summary with an explicit role to 97a4e1 (button-name).
    _fixture(tmp_path, "summary-name",
             '<details><summary role="button" id="role"></summary>x</details>'
             '<details><summary id="plain"></summary>x</details>'
             '<details><summary id="named">Name</summary>x</details>',
             {"violations": [["#role"], ["#plain"]], "passes": [["#named"]]})
    tally = run(tmp_path)["summary-name"]
    assert (tally.violations, tally.found, tally.false_failures) == (2, 2, 0)
    assert "summary-name" not in MAPPED  # still a shared id


def test_targets_in_frames_or_missing_are_counted_apart(tmp_path: Path) -> None:
    _fixture(tmp_path, "frame-title", '<iframe id="f" src="x.html"></iframe>',
             {"violations": [["#f", "#inner"], ["#absent"]], "passes": []})
    tally = run(tmp_path)["frame-title"]
    assert (tally.violations, tally.unjudgeable) == (0, 2)


def test_axe_rules_nothing_here_shares_are_skipped(tmp_path: Path) -> None:
    _fixture(tmp_path, "color-contrast", '<p id="p">x</p>', {"violations": [["#p"]]})
    assert run(tmp_path) == {}


def test_a_missing_directory_skips_cleanly(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "absent")]) == 0
    assert "nothing measured" in capsys.readouterr().err
    assert main([]) == 2


AXE_FIXTURES = os.environ.get("BROADSHEET_AXE_FIXTURES", "")


@pytest.mark.skipif(not AXE_FIXTURES or not Path(AXE_FIXTURES).is_dir(),
                    reason="BROADSHEET_AXE_FIXTURES names no directory of axe-core fixtures")
def test_axe_core_fixtures(capsys: pytest.CaptureFixture[str]) -> None:
    tallies = run(Path(AXE_FIXTURES))
    with capsys.disabled():
        print("\n" + table(tallies))
    assert tallies
