"""SARIF 2.1.0 for code-scanning dashboards: one run, every static rule and every rule of
another engine (browser checks, axe-core) it reports described, one result per
failed (``error``) or undecided (``note``) element, located by file, line and selector, with
the baseline fingerprint in ``partialFingerprints`` and, with a baseline, ``baselineState``
(fixed entries as ``absent``). Pages that could not be checked are tool notifications."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from broadsheet.checks.registry import default_registry
from broadsheet.checks.report import Report, tool_version
from broadsheet.checks.rule import RuleSpec
from broadsheet.findings import Impact, Outcome
from broadsheet.reporters.common import RunInfo, settle, versions

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Impact.CRITICAL: "error", Impact.SERIOUS: "error", Impact.MODERATE: "warning",
          Impact.MINOR: "note"}


def described(reports: Sequence[Report]) -> tuple[list[RuleSpec], list[str]]:
    """Every static rule, then each rule of another engine the reports name; with each its
    descriptor id: the rule id, or ``id/engine`` when the static engine has the same id
    (axe-core's ``image-alt`` beside Broadsheet's)."""
    rules: dict[tuple[str, str], RuleSpec] = {(r.engine, r.id): r for r in default_registry()}
    for report in reports:
        for result in report.results:
            rules.setdefault((result.rule.engine, result.rule.id), result.rule)
    static = {rule_id for engine, rule_id in rules if engine == "static"}
    ids = [rule_id if engine == "static" or rule_id not in static else f"{rule_id}/{engine}"
           for engine, rule_id in rules]
    return list(rules.values()), ids


#: The base files are named from (the working folder), so code-scanning services map them
#: to the repository (SARIF 2.1.0, 3.14.14 ``originalUriBaseIds``).
SOURCE_ROOT = "%SRCROOT%"


def _location(source: str | None) -> dict[str, str]:
    """A SARIF artifact location: a URL as it is, a file under the working folder relative
    to :data:`SOURCE_ROOT`, another as a ``file:`` URI, standard input as ``stdin.html``."""
    if not source or source == "<stdin>":
        return {"uri": "stdin.html"}
    if "://" in source:
        return {"uri": source}
    path = Path(source)
    if path.is_absolute():
        try:
            path = path.relative_to(Path.cwd())
        except ValueError:
            return {"uri": path.as_uri()}
    return {"uri": quote(path.as_posix()), "uriBaseId": SOURCE_ROOT}


def render(reports: Sequence[Report], info: RunInfo | None = None) -> str:
    from broadsheet.qa.baseline import fingerprint, stable_path

    info = info or RunInfo()
    settle(reports, Outcome.FAILED, Outcome.CANT_TELL)
    rules, ids = described(reports)
    index = {(rule.engine, rule.id): i for i, rule in enumerate(rules)}
    results: list[dict[str, Any]] = []
    for report in reports:
        uri = _location(report.source)
        for result in report.results:
            rule = result.rule
            for finding in result.nodes(Outcome.FAILED, Outcome.CANT_TELL):
                region: dict[str, Any] = {"startLine": finding.line or 1}
                if finding.snippet:
                    region["snippet"] = {"text": finding.snippet}
                entry: dict[str, Any] = {
                    "ruleId": ids[index[rule.engine, rule.id]],
                    "ruleIndex": index[rule.engine, rule.id],
                    "level": _LEVEL[rule.impact] if finding.outcome is Outcome.FAILED
                    else "note",
                    "kind": "fail" if finding.outcome is Outcome.FAILED else "review",
                    "message": {"text": finding.message},
                    "locations": [{
                        "physicalLocation": {"artifactLocation": uri, "region": region},
                        "logicalLocations": [{"fullyQualifiedName": finding.target or "",
                                              "kind": "element"}],
                    }],
                }
                if finding.outcome is Outcome.FAILED:
                    entry["partialFingerprints"] = {
                        "broadsheetElement/v1": fingerprint(finding)}
                    state = info.state(finding)
                    if state is not None:
                        entry["baselineState"] = state
                results.append(entry)
    for fixed in info.comparison.fixed if info.comparison is not None else ():
        results.append({
            "ruleId": fixed.rule, "level": "none", "kind": "pass",
            "message": {"text": f"fixed: {fixed.target}"}, "baselineState": "absent",
            "partialFingerprints": {"broadsheetElement/v1": fixed.fingerprint},
            "locations": [{"physicalLocation": {"artifactLocation": _location(fixed.page)},
                           "logicalLocations": [{"fullyQualifiedName": stable_path(
                               fixed.target), "kind": "element"}]}]})
    notifications = [{"level": "error", "message": {"text": report.error},
                      "locations": [{"physicalLocation": {
                          "artifactLocation": _location(report.source)}}]}
                     for report in reports if report.error is not None]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "broadsheet", "version": tool_version(),
                "informationUri": "https://broadsheet.readthedocs.io/",
                "rules": [{
                    "id": ids[i], "name": rule.id,
                    "shortDescription": {"text": rule.help},
                    "fullDescription": {"text": rule.description},
                    "helpUri": rule.help_url,
                    "defaultConfiguration": {"level": _LEVEL[rule.impact]},
                    "properties": {"tags": list(rule.tags), "impact": str(rule.impact),
                                   "wcag": list(rule.wcag), "act": list(rule.act_ids),
                                   "engine": rule.engine},
                } for i, rule in enumerate(rules)],
            }},
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications}],
            "properties": {"versions": versions(reports)},
            "originalUriBaseIds": {SOURCE_ROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
            "artifacts": [{"location": _location(r.source)} for r in reports],
            "results": results,
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
