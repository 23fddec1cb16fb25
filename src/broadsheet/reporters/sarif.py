"""SARIF 2.1.0 for code-scanning dashboards: one run, every rule described, one result per
failed (``error``) or undecided (``note``) element, located by file, line and selector."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from broadsheet.checks.registry import default_registry
from broadsheet.checks.report import Report, tool_version
from broadsheet.findings import Impact, Outcome

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Impact.CRITICAL: "error", Impact.SERIOUS: "error", Impact.MODERATE: "warning",
          Impact.MINOR: "note"}


def render(reports: Sequence[Report]) -> str:
    rules = list(default_registry())
    index = {rule.id: i for i, rule in enumerate(rules)}
    results: list[dict[str, Any]] = []
    for report in reports:
        uri = report.source or "stdin.html"
        for result in report.results:
            rule = result.rule
            for finding in result.findings:
                if finding.outcome not in {Outcome.FAILED, Outcome.CANT_TELL}:
                    continue
                region: dict[str, Any] = {"startLine": finding.line or 1}
                if finding.snippet:
                    region["snippet"] = {"text": finding.snippet}
                entry: dict[str, Any] = {
                    "ruleId": rule.id,
                    "level": _LEVEL[rule.impact] if finding.outcome is Outcome.FAILED
                    else "note",
                    "kind": "fail" if finding.outcome is Outcome.FAILED else "review",
                    "message": {"text": finding.message},
                    "locations": [{
                        "physicalLocation": {"artifactLocation": {"uri": uri},
                                             "region": region},
                        "logicalLocations": [{"fullyQualifiedName": finding.target or "",
                                              "kind": "element"}],
                    }],
                }
                if rule.id in index:
                    entry["ruleIndex"] = index[rule.id]
                results.append(entry)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "broadsheet", "version": tool_version(),
                "informationUri": "https://broadsheet.readthedocs.io/",
                "rules": [{
                    "id": rule.id, "name": rule.id,
                    "shortDescription": {"text": rule.help},
                    "fullDescription": {"text": rule.description},
                    "helpUri": rule.help_url,
                    "defaultConfiguration": {"level": _LEVEL[rule.impact]},
                    "properties": {"tags": list(rule.tags), "impact": str(rule.impact),
                                   "wcag": list(rule.wcag), "act": list(rule.act_ids)},
                } for rule in rules],
            }},
            "artifacts": [{"location": {"uri": r.source or "stdin.html"}} for r in reports],
            "results": results,
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
