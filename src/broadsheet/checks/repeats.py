"""One finding per problem within an engine: an element that two rules fail under a shared
WCAG criterion (``aria-required-children`` and ``list-structure`` on the same ``ul``) is one
finding, the first rule's (an ACT rule's before Broadsheet's own), whose ``also`` names the
others. The rules' own results are unchanged elsewhere (ACT scoring reads each rule)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from broadsheet.checks.report import RuleResult
from broadsheet.findings import Outcome


def fold_repeats(results: Sequence[RuleResult]) -> list[RuleResult]:
    """``results`` with each repeated failure folded into the finding it repeats."""
    kept: dict[tuple[str | None, str], int] = {}  # (target, criterion) -> id of its finding
    also: dict[int, set[str]] = {}
    dropped: set[int] = set()
    ordered = sorted(results, key=lambda r: not r.rule.act_ids)  # stable: ACT rules first
    for result in ordered:
        if not result.rule.wcag:
            continue
        for finding in result.nodes(Outcome.FAILED):
            if finding.target in (None, "", "html"):
                continue  # a page-level finding: several rules' ones are different problems
            keys = [(finding.target, criterion) for criterion in result.rule.wcag]
            first = next((kept[key] for key in keys if key in kept), None)
            if first is not None and first != id(finding):
                also.setdefault(first, set()).add(result.rule.id)
                dropped.add(id(finding))
                continue
            for key in keys:
                kept.setdefault(key, id(finding))
    return rebuilt(results, also=also, dropped=dropped) if dropped else list(results)


def rebuilt(results: Sequence[RuleResult], *, also: dict[int, set[str]] | None = None,
            dropped: frozenset[int] | set[int] = frozenset()) -> list[RuleResult]:
    """``results`` with the findings in ``dropped`` left out (a result left with none
    goes) and those in ``also`` naming the other rules, in one pass."""
    also = also or {}
    out = []
    for result in results:
        if not any(id(f) in also or id(f) in dropped for f in result.nodes(Outcome.FAILED)):
            out.append(result)  # untouched: its passes stay unread
            continue
        findings = tuple(replace(f, also=", ".join(sorted({*(f.also or "").split(", "),
                                                            *also[id(f)]} - {""})))
                         if id(f) in also else f
                         for f in result.findings if id(f) not in dropped)
        if findings:
            out.append(RuleResult(result.rule, findings))
    return out
