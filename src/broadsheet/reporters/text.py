"""Human-readable report: one line per failed or undecided element, then a summary."""

from __future__ import annotations

from collections.abc import Sequence

from broadsheet.checks.report import Report
from broadsheet.findings import Outcome


def render(reports: Sequence[Report]) -> str:
    lines: list[str] = []
    for report in reports:
        name = report.source or "<input>"
        for result in report.results:
            for finding in result.findings:
                if finding.outcome not in {Outcome.FAILED, Outcome.CANT_TELL}:
                    continue
                label = "error" if finding.outcome is Outcome.FAILED else "check"
                where = f"{name}:{finding.line}" if finding.line else name
                lines.append(f"{where}: {label} [{result.rule.id}] {finding.message}")
                lines.append(f"    {finding.target}  {finding.snippet}")
        failed = sum(len(r.nodes(Outcome.FAILED)) for r in report.results)
        unsure = sum(len(r.nodes(Outcome.CANT_TELL)) for r in report.results)
        lines.append(f"{name}: {failed} failed in {len(report.rules(Outcome.FAILED))} rules, "
                     f"{unsure} to review, {len(report.rules(Outcome.PASSED))} rules passed, "
                     f"{len(report.inapplicable)} inapplicable")
    return "\n".join(lines) + "\n"
