"""One finding per problem: axe-core's failure of an element that a static rule fails for the
same WCAG criterion is folded into the static finding (its ``also`` names axe-core's rule).

Both engines name elements by CSS selector, each in its own dialect. An axe-core target is
matched against the document as served (the tree the static rules judged); when it picks out
exactly one element there, that element's static selector is its key. Targets inside frames
or shadow trees, and elements that scripts added, match nothing and are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from broadsheet.checks.report import RuleResult
from broadsheet.findings import Finding, Outcome, Source


def merge_engines(static: Sequence[RuleResult], live: Sequence[RuleResult],
                  served: bytes | None) -> tuple[list[RuleResult], list[RuleResult]]:
    """``(static, live)`` with axe-core's failures that repeat a static failure (same
    element, a shared WCAG criterion) folded into it."""
    failing = {(finding.target, criterion): (r, i)
               for r, result in enumerate(static) if result.rule.wcag
               for i, finding in enumerate(result.nodes(Outcome.FAILED))
               for criterion in result.rule.wcag}
    axe_failing = [result for result in live if result.rule.wcag and any(
        f.source is Source.AXE for f in result.nodes(Outcome.FAILED))]
    if not failing or not axe_failing or served is None:
        return list(static), list(live)
    keys = _keys(served, {f.target for result in axe_failing
                          for f in result.nodes(Outcome.FAILED) if f.target})
    also: dict[tuple[int, int], list[str]] = {}
    dropped: set[int] = set()
    for result in axe_failing:
        for finding in result.nodes(Outcome.FAILED):
            key = keys.get(finding.target or "")
            match = next((failing[(key, c)] for c in result.rule.wcag
                          if (key, c) in failing), None) if key else None
            if match is not None:
                also.setdefault(match, []).append(f"axe-core {result.rule.id}")
                dropped.add(id(finding))
    if not dropped:
        return list(static), list(live)
    merged_static = [_with_also(result, r, also) for r, result in enumerate(static)]
    merged_live = []
    for result in live:
        kept = tuple(f for f in result.findings if id(f) not in dropped)
        if kept or not result.findings:
            merged_live.append(result if len(kept) == len(result.findings)
                               else RuleResult(result.rule, kept))
    return merged_static, merged_live


def _with_also(result: RuleResult, index: int,
               also: dict[tuple[int, int], list[str]]) -> RuleResult:
    if not any(r == index for r, _ in also):
        return result
    failed = iter(range(len(result.findings)))
    findings: list[Finding] = []
    for finding in result.findings:
        if finding.outcome is Outcome.FAILED:
            names = also.get((index, next(failed)))
            if names:
                finding = replace(finding, also=", ".join(sorted(set(names))))
        findings.append(finding)
    return RuleResult(result.rule, tuple(findings))


def _keys(served: bytes, targets: set[str]) -> dict[str, str]:
    """Each axe-core target that picks out one element of the served document, with that
    element's static selector."""
    from broadsheet.checks import css
    from broadsheet.checks.parse import parse
    from broadsheet.checks.target import selector

    doc = parse(served)
    keys = {}
    for target in targets:
        if ">>>" in target:
            continue  # inside a frame or shadow tree
        found = css.select(doc, target)
        if found is not None and len(found) == 1:
            keys[target] = selector(doc, found[0])
    return keys
