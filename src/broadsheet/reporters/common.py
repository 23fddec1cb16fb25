"""What every report format shares: the run's context (baseline, threshold), the totals
across pages and the versions of the tools that produced the findings."""

from __future__ import annotations

import platform
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from broadsheet.checks.report import Report, RuleResult, tool_version
from broadsheet.findings import Finding, Impact, Outcome, Source

if TYPE_CHECKING:
    from broadsheet.qa.baseline import Comparison

#: Most severe first.
SEVERITY = (Impact.CRITICAL, Impact.SERIOUS, Impact.MODERATE, Impact.MINOR)


@dataclass(frozen=True)
class RunInfo:
    """How the run judges findings: against a baseline, from which impact on."""

    comparison: Comparison | None = None
    fail_on: Impact = Impact.MINOR
    include_passes: bool = False
    color: bool = False
    #: Extra notes for the reader (e.g. pages left out by robots.txt).
    notes: tuple[str, ...] = field(default=())

    def state(self, finding: Finding) -> str | None:
        """``new`` or ``unchanged`` against the baseline (None without one)."""
        return self.comparison.state(finding) if self.comparison is not None else None

    def blocking(self, finding: Finding) -> bool:
        """Whether this finding fails the run: failed, severe enough, and not in the baseline."""
        if finding.outcome is not Outcome.FAILED:
            return False
        if SEVERITY.index(finding.impact or Impact.CRITICAL) > SEVERITY.index(self.fail_on):
            return False
        return self.comparison is None or self.comparison.is_new(finding)


def settle(reports: Sequence[Report], *outcomes: Outcome) -> None:
    """Work out once where each finding with these outcomes is, before a writer reads its
    selector and line, perhaps more than once (and the next format of the run again):
    :meth:`RuleResult.settle <broadsheet.checks.report.RuleResult.settle>`."""
    for report in reports:
        for result in report.results:
            result.settle(*outcomes)


def rank(result: RuleResult) -> int:
    impact = result.rule.impact
    return SEVERITY.index(impact) if impact in SEVERITY else len(SEVERITY)


def failed_results(report: Report) -> list[RuleResult]:
    """The page's failing rules, most severe first."""
    return sorted(report.rules(Outcome.FAILED), key=rank)


def uses_axe(reports: Iterable[Report]) -> bool:
    """Whether axe-core found anything (static results are never read for it)."""
    return any(f.source is Source.AXE for report in reports for r in report.results
               if r.rule.engine != "static" for f in r.findings)


def versions(reports: Sequence[Report]) -> dict[str, str]:
    """Broadsheet (its rules ship with it), axe-core when it ran, and Python."""
    found = {"broadsheet": tool_version(), "python": platform.python_version()}
    if uses_axe(reports):
        try:
            from broadsheet.browser.axe import axe_script

            found["axe-core"] = axe_script().version
        except Exception:  # pragma: no cover - axe ran, so it is there
            found["axe-core"] = "unknown"
    return found


@dataclass
class Totals:
    """Counts across every page of a run."""

    pages: int = 0
    unchecked: int = 0
    failing_pages: int = 0
    by_impact: Counter[str] = field(default_factory=Counter)
    rules_by_impact: dict[str, set[str]] = field(default_factory=dict)
    review: int = 0
    waived: int = 0
    blocking: int = 0
    new: int = 0
    known: int = 0
    fixed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"pages": self.pages, "unchecked": self.unchecked,
                "failing_pages": self.failing_pages,
                "violations": {str(i): self.by_impact[str(i)] for i in SEVERITY},
                "rules": {str(i): sorted(self.rules_by_impact.get(str(i), ()))
                          for i in SEVERITY},
                "review": self.review, "waived": self.waived, "blocking": self.blocking,
                "baseline": {"new": self.new, "unchanged": self.known, "fixed": self.fixed}}


def totals(reports: Sequence[Report], info: RunInfo) -> Totals:
    result = Totals(pages=len(reports))
    for report in reports:
        if report.error is not None:
            result.unchecked += 1
            continue
        result.failing_pages += bool(report.violations)
        result.waived += len(report.waived)
        for rule_result in report.results:
            result.review += len(rule_result.nodes(Outcome.CANT_TELL))
            for finding in rule_result.nodes(Outcome.FAILED):
                impact = str(finding.impact or rule_result.rule.impact)
                result.by_impact[impact] += 1
                result.rules_by_impact.setdefault(impact, set()).add(rule_result.rule.id)
                result.blocking += info.blocking(finding)
                state = info.state(finding)
                result.new += state == "new"
                result.known += state == "unchanged"
    if info.comparison is not None:
        result.fixed = sum(entry.count for entry in info.comparison.fixed)
    return result
