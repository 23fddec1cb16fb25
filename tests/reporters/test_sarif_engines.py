"""SARIF describes every rule it reports, whichever engine ran it: browser checks and axe-core
results get a descriptor and a ``ruleIndex`` like the static rules'."""

from __future__ import annotations

import json

from broadsheet.browser.axe import to_results
from broadsheet.browser.rules import Reflow
from broadsheet.checks import check
from broadsheet.checks.report import Report, RuleResult
from broadsheet.findings import Finding, Outcome, Source
from broadsheet.reporters import get_writer

#: axe.run's results as axe-core 4.x returns them (trimmed to the fields read).
AXE_RAW = {"violations": [
    {"id": "color-contrast", "impact": "serious", "tags": ["cat.color", "wcag2aa", "wcag143"],
     "help": "Elements must meet minimum color contrast ratio thresholds",
     "description": "Ensure the contrast ...", "helpUrl": "https://dequeuniversity.com/x",
     "nodes": [{"target": ["p.faint"], "html": "<p class=\"faint\">", "impact": "serious",
                "failureSummary": "Fix any of the following: low contrast"}]},
    {"id": "image-alt", "impact": "critical", "tags": ["cat.text-alternatives", "wcag2a",
                                                       "wcag111"],
     "help": "Images must have alternative text", "description": "Ensure <img> ...",
     "helpUrl": "https://dequeuniversity.com/y",
     "nodes": [{"target": ["img"], "html": "<img src=a.png>", "impact": "critical",
                "failureSummary": "Fix any of the following: no alt"}]}]}


def _log() -> dict:  # type: ignore[type-arg]
    static = check("<html lang=en><title>t</title><main><img src=a.png></main></html>",
                   rules=["image-alt"])
    reflow = RuleResult(Reflow(), (Finding(rule=Reflow.id, outcome=Outcome.FAILED,
                                           message="too wide", source=Source.BROWSER,
                                           target="html"),))
    page = Report(source="page.html",
                  results=(*static.results, *to_results(AXE_RAW), reflow))
    return dict(json.loads(get_writer("sarif")([page])))


def test_every_result_has_a_descriptor_whatever_its_engine() -> None:
    run = _log()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len({rule["id"] for rule in rules}) == len(rules), "descriptor ids are unique"
    engines = {}
    for result in run["results"]:
        descriptor = rules[result["ruleIndex"]]
        assert descriptor["id"] == result["ruleId"]
        engines[result["ruleId"]] = descriptor["properties"]["engine"]
    assert engines == {"image-alt": "static", "image-alt/axe": "axe",
                       "color-contrast": "axe", "reflow-320": "browser"}


def test_axe_and_browser_descriptors_carry_their_metadata() -> None:
    rules = {rule["id"]: rule for rule in _log()["runs"][0]["tool"]["driver"]["rules"]}
    contrast = rules["color-contrast"]
    assert contrast["properties"]["wcag"] == ["1.4.3"]
    assert contrast["defaultConfiguration"]["level"] == "error"
    assert rules["reflow-320"]["properties"]["wcag"] == ["1.4.10"]
    assert rules["reflow-320"]["helpUri"].endswith("/rules/reflow-320.html")
