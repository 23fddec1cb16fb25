"""One finding per problem: axe-core's failure of an element that a static rule or a browser
check fails for the same WCAG criterion, or under the same rule id (``region``,
``heading-order``), is folded into that finding (its ``also`` names axe-core's rule).

Both engines name elements by CSS selector, each in its own dialect. An axe-core target is
matched against the document as served (the tree the static rules judged); when it picks out
exactly one element there, that element's static selector is its key; inside ``iframe srcdoc``
frames, the frames' selectors and then the element's, as the static engine places it. Targets
inside other frames or shadow trees, and elements that scripts added, match nothing and are
left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from broadsheet.checks.parse import Document
from broadsheet.checks.repeats import rebuilt
from broadsheet.checks.report import RuleResult
from broadsheet.checks.target import FRAME_STEP
from broadsheet.findings import Outcome, Source


def merge_engines(static: Sequence[RuleResult], live: Sequence[RuleResult],
                  served: bytes | None) -> tuple[list[RuleResult], list[RuleResult]]:
    """``(static, live)`` with axe-core's failures that repeat a failure of Broadsheet's
    (same element, and a shared WCAG criterion or the same rule id) folded into it: a static
    rule's first, else a browser check's."""
    axe_failing = [result for result in live if any(
        f.source is Source.AXE for f in result.nodes(Outcome.FAILED))]
    own_live = [result for result in live if result not in axe_failing]
    if not axe_failing or served is None or not any(
            r.nodes(Outcome.FAILED) for r in (*static, *own_live)):
        return list(static), list(live)
    keys = _keys(served, {f.target for result in (*axe_failing, *own_live)
                          for f in result.nodes(Outcome.FAILED) if f.target})
    failing: dict[tuple[str | None, str], int] = {}
    for results, keyed in ((static, False), (own_live, True)):
        for result in results:
            for finding in result.nodes(Outcome.FAILED):
                key = keys.get(finding.target or "") if keyed else finding.target
                for label in (*result.rule.wcag, f"rule {result.rule.id}"):
                    failing.setdefault((key, label), id(finding))
    also: dict[int, set[str]] = {}
    dropped: set[int] = set()
    for result in axe_failing:
        labels = (*result.rule.wcag, f"rule {result.rule.id}")
        for finding in result.nodes(Outcome.FAILED):
            key = keys.get(finding.target or "")
            match = next((failing[(key, label)] for label in labels
                          if (key, label) in failing), None) if key else None
            if match is not None:
                also.setdefault(match, set()).add(f"axe-core {result.rule.id}")
                dropped.add(id(finding))
    if not dropped:
        return list(static), list(live)
    return rebuilt(static, also=also), rebuilt(live, also=also, dropped=dropped)


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
