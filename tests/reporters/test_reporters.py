"""Reporters: axe-shaped JSON, text, JUnit (read back by junitparser), SARIF 2.1.0 shape."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from broadsheet.checks import check
from broadsheet.findings import Outcome
from broadsheet.reporters import FORMATS, get_writer

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "pages" / "seed-original.html"


@pytest.fixture(scope="module")
def reports():  # type: ignore[no-untyped-def]
    return [check(SEED)]


def test_json_is_axe_shaped(reports) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(get_writer("json")(reports))
    assert data["tool"]["name"] == "broadsheet"
    assert data["versions"]["broadsheet"] == data["tool"]["version"]
    page = data["pages"][0]
    assert "passes" not in page  # only on request
    ids = {entry["id"] for entry in page["violations"]}
    assert {"alt-placeholder", "skip-link"} <= ids
    node = page["violations"][0]["nodes"][0]
    assert node["target"]
    assert node["html"].startswith("<")
    assert node["line"] >= 1


def test_json_same_shape_for_one_page_and_several(reports) -> None:  # type: ignore[no-untyped-def]
    one = json.loads(get_writer("json")(reports))
    two = json.loads(get_writer("json")(reports * 2))
    assert set(one) == set(two)
    assert len(one["pages"]) == 1
    assert len(two["pages"]) == 2
    assert two["summary"]["violations"]["serious"] == 2 * one["summary"]["violations"]["serious"]


def test_text_groups_by_page_and_rule_with_summary(reports) -> None:  # type: ignore[no-untyped-def]
    text = get_writer("text")(reports)
    lines = text.splitlines()
    assert lines[0] == str(SEED)
    rule_lines = [line for line in lines if line.startswith("  ") and "[" in line
                  and not line.startswith("    ")]
    impacts = [line.split()[0] for line in rule_lines if line.split()[0] in
               {"critical", "serious", "moderate", "minor"}]
    order = ["critical", "serious", "moderate", "minor"]
    assert impacts == sorted(impacts, key=order.index)  # most severe first
    assert any("[alt-placeholder]" in line for line in rule_lines)
    assert "1 page: 1 checked, 1 with violations" in text
    assert "error" not in {line.split()[0] for line in rule_lines}


def test_junit_read_by_junitparser(reports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junitparser = pytest.importorskip("junitparser")
    path = tmp_path / "report.xml"
    path.write_text(get_writer("junit")(reports), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suite = next(iter(xml))
    cases = {case.name: case for case in suite}
    assert len(cases) == len(reports[0].results)
    assert any(isinstance(r, junitparser.Failure) for r in cases["alt-placeholder"].result)
    assert cases["document-title"].is_passed
    assert suite.failures == len(reports[0].rules(Outcome.FAILED))


# Required properties from the SARIF 2.1.0 specification (OASIS, sections 3.13-3.27).
SARIF_SHAPE = {
    "type": "object", "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["tool"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {
                    "driver": {"type": "object", "required": ["name"], "properties": {
                        "rules": {"type": "array", "items": {
                            "type": "object", "required": ["id"]}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object", "required": ["message"],
                    "properties": {
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "kind": {"enum": ["notApplicable", "pass", "fail", "review", "open",
                                          "informational"]},
                        "message": {"type": "object", "anyOf": [
                            {"required": ["text"]}, {"required": ["id"]}]},
                        "locations": {"type": "array", "items": {"type": "object"}},
                        "ruleIndex": {"type": "integer", "minimum": -1},
                    }}},
            }}},
    },
}


def test_sarif_shape_and_locations(reports) -> None:  # type: ignore[no-untyped-def]
    log = json.loads(get_writer("sarif")(reports))
    jsonschema.validate(log, SARIF_SHAPE)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
    assert any(r["ruleId"] == "alt-placeholder" and r["level"] == "error"
               for r in run["results"])


def test_sarif_names_files_from_the_working_folder(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    # A blind QA trial (round 50): locations were absolute paths with no base, which
    # code-scanning dashboards cannot map to the repository, and standard input "<stdin>".
    from broadsheet.checks.report import Report

    monkeypatch.chdir(ROOT)
    outside = tmp_path / "a page.html"
    outside.write_bytes(SEED.read_bytes())
    log = json.loads(get_writer("sarif")([
        check(SEED), check(outside), Report(source="<stdin>", results=()),
        Report(source="https://example.org/news/a", results=())]))
    run = log["runs"][0]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": ROOT.as_uri() + "/"}}
    assert [a["location"] for a in run["artifacts"]] == [
        {"uri": "fixtures/pages/seed-original.html", "uriBaseId": "%SRCROOT%"},
        {"uri": outside.as_uri()}, {"uri": "stdin.html"},
        {"uri": "https://example.org/news/a"}]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"].get("uriBaseId")
            for r in run["results"]} == {"%SRCROOT%", None}


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown report format"):
        get_writer("yaml")
    assert "sarif" in FORMATS


def test_text_prints_no_none_for_a_page_level_finding() -> None:
    """A browser finding about the whole page (no element, no snippet) reads as its
    message alone, not ``None  None``."""
    from broadsheet.browser.rules import SkipLinkKeyboard
    from broadsheet.checks.report import Report, RuleResult
    from broadsheet.findings import Finding, Source

    rule = SkipLinkKeyboard()
    finding = Finding(rule.id, Outcome.CANT_TELL, "no skip link took focus on the first Tab",
                      source=Source.BROWSER)
    text = get_writer("text")([Report(source="page.html",
                                      results=(RuleResult(rule, (finding,)),))])
    assert f"review [{rule.id}] no skip link took focus on the first Tab" in text
    assert "None" not in text
