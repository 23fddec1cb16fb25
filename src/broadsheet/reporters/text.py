"""Human-readable report: per page, failing rules most severe first with their elements, then
what to review and what was waived, then a summary across pages. With a baseline, known
violations are counted, not listed. Coloured only when asked (a terminal)."""

from __future__ import annotations

from collections.abc import Sequence

from broadsheet.checks.report import Report
from broadsheet.checks.rule import RuleSpec
from broadsheet.findings import Finding, Outcome
from broadsheet.reporters.common import SEVERITY, RunInfo, failed_results, settle, totals, versions

_COLOURS = {"critical": "1;31", "serious": "31", "moderate": "33", "minor": "36",
            "new": "1;31", "fixed": "32", "ok": "32", "dim": "2"}


def _located(finding: Finding) -> list[str]:
    """The line naming the element (selector and snippet), when the finding has one: a
    page-level finding from the browser has neither."""
    shown = "  ".join(part for part in (finding.target, finding.snippet) if part)
    return [f"      {shown}"] if shown else []


def render(reports: Sequence[Report], info: RunInfo | None = None) -> str:
    info = info or RunInfo()
    settle(reports, Outcome.FAILED, Outcome.CANT_TELL)

    def paint(text: str, style: str) -> str:
        return f"\x1b[{_COLOURS[style]}m{text}\x1b[0m" if info.color else text

    lines: list[str] = []
    for report in reports:
        name = report.source or "<input>"
        if report.error is not None:
            error = report.error.removeprefix(f"{name}: ")
            lines.append(f"{name}: {paint('could not check', 'critical')}: {error}")
            continue
        block: list[str] = []
        for result in failed_results(report):
            rule = result.rule
            failed = result.nodes(Outcome.FAILED)
            shown = [f for f in failed if info.state(f) != "unchanged"]
            known = len(failed) - len(shown)
            if not shown:
                continue
            impact = str(rule.impact)
            block.append(f"  {paint(impact, impact)} [{rule.id}] {rule.help} "
                         f"({len(shown)}{' new' if info.comparison else ''}"
                         f"{f', {known} known' if known else ''})")
            for finding in shown:
                where = f"line {finding.line}: " if finding.line else ""
                also = f" (also failed by {finding.also})" if finding.also else ""
                block.append(f"    {where}{finding.message}{also}")
                block.extend(_located(finding))
        for result in report.rules(Outcome.CANT_TELL):
            for finding in result.nodes(Outcome.CANT_TELL):
                where = f"line {finding.line}: " if finding.line else ""
                block.append(f"  review [{result.rule.id}] {where}{finding.message}")
                block.extend(_located(finding))
        for waived in report.waived:
            block.append(f"  waived [{waived.finding.rule}] {waived.finding.target}: "
                         f"{waived.reason}")
        if block:
            lines.append(name)
            lines.extend(block)
    if info.comparison is not None:
        for entry in info.comparison.fixed:
            count = f" ×{entry.count}" if entry.count > 1 else ""
            lines.append(f"{paint('fixed', 'fixed')} [{entry.rule}] {entry.page}: "
                         f"{entry.target}{count}")
    lines.extend([""] * bool(lines) + _summary(reports, info, paint))
    return "\n".join(lines) + "\n"


def _summary(reports: Sequence[Report], info: RunInfo, paint) -> list[str]:  # type: ignore[no-untyped-def]
    sums = totals(reports, info)
    checked = sums.pages - sums.unchecked
    lines = [f"{sums.pages} page{'s' if sums.pages != 1 else ''}: {checked} checked, "
             f"{sums.failing_pages} with violations"
             + (f", {paint(f'{sums.unchecked} could not be checked', 'critical')}"
                if sums.unchecked else "")]
    for impact in SEVERITY:
        count = sums.by_impact[str(impact)]
        if count:
            rules = sums.rules_by_impact[str(impact)]
            lines.append(f"  {paint(f'{impact!s:9}', str(impact))}{count:6} in "
                         f"{len(rules)} rule{'s' if len(rules) != 1 else ''}: "
                         f"{', '.join(sorted(rules))}")
    lines.append(f"  {'review':9}{sums.review:6}   {'waived':9}{sums.waived:6}")
    if info.comparison is not None:
        lines.append(f"  baseline: {paint(f'{sums.new} new', 'new') if sums.new else '0 new'}, "
                     f"{sums.known} known, "
                     f"{paint(f'{sums.fixed} fixed', 'fixed') if sums.fixed else '0 fixed'}")
    lines.extend(f"  note: {note}" for note in info.notes)
    verdict = (f"{sums.blocking} violation{'s fail' if sums.blocking != 1 else ' fails'} the run "
               f"(fail-on: {info.fail_on}{', new only' if info.comparison else ''})"
               if sums.blocking else paint("no violations fail the run", "ok")
               + f" (fail-on: {info.fail_on}{', new only' if info.comparison else ''})")
    if sums.unchecked:
        verdict = paint(f"{sums.unchecked} page{'s' if sums.unchecked != 1 else ''} could not "
                        "be checked: the run fails", "critical") + f"; {verdict}"
    lines.append(verdict)
    lines.append(paint("; ".join(f"{k} {v}" for k, v in versions(reports).items()), "dim"))
    return lines


def render_rules(rules: Sequence[RuleSpec]) -> str:
    """One block per rule (``broadsheet rules``)."""
    return "".join(
        f"{r.id} ({r.engine}, {r.impact}): {r.help}\n    {r.description}\n"
        f"    tags: {', '.join(r.tags)}; WCAG: {', '.join(r.wcag) or '-'}; "
        f"ACT: {', '.join(r.act_ids) or '-'}\n    {r.help_url}\n" for r in rules)
