"""JSON: always one object, ``pages`` holding each page's axe-shaped results (passes only on
request), each failed node with its baseline fingerprint and state, plus totals, what the
baseline says is fixed and the tools' versions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from broadsheet.checks.report import Report, tool_version
from broadsheet.checks.rule import RuleSpec
from broadsheet.findings import Outcome
from broadsheet.reporters.common import RunInfo, settle, totals, versions

SHAPE_VERSION = 2


def render(reports: Sequence[Report], info: RunInfo | None = None) -> str:
    from broadsheet.qa.baseline import fingerprint

    info = info or RunInfo()
    settle(reports, Outcome.FAILED, Outcome.CANT_TELL,
           *([Outcome.PASSED] if info.include_passes else []))
    pages: list[dict[str, Any]] = []
    for report in reports:
        data = report.to_dict(passes=info.include_passes)
        data.pop("tool")
        data["inapplicable"] = [entry["id"] for entry in data["inapplicable"]]
        for entry, result in zip(data["violations"], report.rules(Outcome.FAILED), strict=True):
            for node, finding in zip(entry["nodes"], result.nodes(Outcome.FAILED),
                                     strict=True):
                node["fingerprint"] = fingerprint(finding)
                if info.comparison is not None:
                    node["baseline"] = info.state(finding)
        pages.append(data)
    out: dict[str, Any] = {
        "format": SHAPE_VERSION,
        "tool": {"name": "broadsheet", "version": tool_version()},
        "versions": versions(reports),
        "fail_on": str(info.fail_on),
        "summary": totals(reports, info).to_dict(),
        "notes": list(info.notes),
        "pages": pages,
    }
    if info.comparison is not None:
        out["fixed"] = [entry.to_dict() for entry in info.comparison.fixed]
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


def render_rules(rules: Sequence[RuleSpec]) -> str:
    """Every rule's metadata (``broadsheet rules --format json``)."""
    return json.dumps([rule.metadata() for rule in rules], indent=2) + "\n"
