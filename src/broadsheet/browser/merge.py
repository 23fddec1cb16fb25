"""One finding per problem: axe-core's failure of an element that a static rule fails for the
same WCAG criterion is folded into the static finding (its ``also`` names axe-core's rule).

Both engines name elements by CSS selector, each in its own dialect. An axe-core target is
matched against the document as served (the tree the static rules judged); when it picks out
exactly one element there, that element's static selector is its key; inside ``iframe srcdoc``
frames, the frames' selectors and then the element's, as the static engine places it. Targets
inside other frames or shadow trees, and elements that scripts added, match nothing and are
left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from broadsheet.checks.parse import Document
from broadsheet.checks.report import RuleResult
from broadsheet.checks.target import FRAME_STEP
from broadsheet.findings import Outcome, Source


def merge_engines(static: Sequence[RuleResult], live: Sequence[RuleResult],
                  served: bytes | None) -> tuple[list[RuleResult], list[RuleResult]]:
    """``(static, live)`` with axe-core's failures that repeat a static failure (same
    element, a shared WCAG criterion) folded into it."""
    failing = {(finding.target, criterion): id(finding)
               for result in static if result.rule.wcag
               for finding in result.nodes(Outcome.FAILED)
               for criterion in result.rule.wcag}
    axe_failing = [result for result in live if result.rule.wcag and any(
        f.source is Source.AXE for f in result.nodes(Outcome.FAILED))]
    if not failing or not axe_failing or served is None:
        return list(static), list(live)
    keys = _keys(served, {f.target for result in axe_failing
                          for f in result.nodes(Outcome.FAILED) if f.target})
    also: dict[int, set[str]] = {}
    dropped: set[int] = set()
    for result in axe_failing:
        for finding in result.nodes(Outcome.FAILED):
            key = keys.get(finding.target or "")
            match = next((failing[(key, c)] for c in result.rule.wcag
                          if (key, c) in failing), None) if key else None
            if match is not None:
                also.setdefault(match, set()).add(f"axe-core {result.rule.id}")
                dropped.add(id(finding))
    if not dropped:
        return list(static), list(live)
    return _rebuilt(static, also=also), _rebuilt(live, dropped=dropped)


def _rebuilt(results: Sequence[RuleResult], *, also: dict[int, set[str]] | None = None,
             dropped: frozenset[int] | set[int] = frozenset()) -> list[RuleResult]:
    """``results`` with the findings in ``dropped`` left out (a result left with none
    goes) and those in ``also`` naming the other engine's rules, in one pass."""
    also = also or {}
    rebuilt = []
    for result in results:
        if not any(id(f) in also or id(f) in dropped for f in result.nodes(Outcome.FAILED)):
            rebuilt.append(result)  # untouched: its passes stay unread
            continue
        findings = tuple(replace(f, also=", ".join(sorted(also[id(f)]))) if id(f) in also
                         else f for f in result.findings if id(f) not in dropped)
        if findings:
            rebuilt.append(RuleResult(result.rule, findings))
    return rebuilt


def _keys(served: bytes, targets: set[str]) -> dict[str, str]:
    """Each axe-core target that picks out one element of the served document, with that
    element's static selector. The document is parsed again here, and only when both
    engines failed something under a shared criterion: keeping the static engine's tree
    alive through the browser audit would cost every page its memory to save a few
    milliseconds on a few. A target inside ``iframe srcdoc`` frames (``iframe >>> img``)
    is followed frame by frame, as the static engine judges those documents."""
    from broadsheet.checks.parse import parse

    doc = parse(served)
    keys = {}
    for target in targets:
        key = _static_key(doc, target.split(FRAME_STEP))
        if key is not None:
            keys[target] = key
    return keys


def _static_key(doc: Document, steps: list[str]) -> str | None:
    """The static selector of the one element ``steps`` pick out (each step but the last a
    ``srcdoc`` frame's, in the document the step before shows), or None."""
    from broadsheet.checks import css, srcdoc
    from broadsheet.checks.target import selector

    path = []
    for index, step in enumerate(steps):
        found = css.select(doc, step)
        if found is None or len(found) != 1:
            return None  # in a shadow tree, added by a script, or not one element
        path.append(selector(doc, found[0]))
        if index == len(steps) - 1:
            break
        inner = srcdoc.document(doc, found[0])
        if inner is None:
            return None  # not a srcdoc frame's page: the static engine judged no element in it
        doc = inner
    return FRAME_STEP.join(path)
