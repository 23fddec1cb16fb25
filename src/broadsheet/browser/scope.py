"""Excluded regions and markup waivers for the live page's findings (axe-core's and the
browser checks'), read in the page itself, as :mod:`broadsheet.qa.scope` does for the
static rules on the parsed tree."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from broadsheet.checks.report import RuleResult, Waived
from broadsheet.findings import Outcome
from broadsheet.qa.scope import WAIVER_ATTRIBUTE, parse_waiver

if TYPE_CHECKING:
    from playwright.sync_api import Page

_PLACES = """([targets, exclude, attribute]) => targets.map((target) => {
  let element = null;
  try { element = document.querySelector(target); } catch (error) { return null; }
  if (!element) return null;
  const excluded = exclude.some((selector) => {
    try { return !!element.closest(selector); } catch (error) { return false; }
  });
  const waivers = [];
  for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
    const value = node.getAttribute(attribute);
    if (value !== null) waivers.push(value);
  }
  return {excluded, waivers};
})"""


def in_scope(page: Page, results: list[RuleResult], exclude: Sequence[str],
             waived: list[Waived]) -> list[RuleResult]:
    """``results`` less findings on elements inside ``exclude`` selectors, and less those an
    element (or an ancestor) waives with ``data-a11y-ignore`` (appended to ``waived``).

    A target the page cannot resolve (inside a frame, gone since) is kept as it is."""
    targets = sorted({f.target for r in results for f in r.findings
                      if f.target and ">>>" not in f.target})
    if not targets:
        return results
    found = cast(list[dict[str, Any] | None],
                 page.evaluate(_PLACES, [targets, list(exclude), WAIVER_ATTRIBUTE]))
    places = dict(zip(targets, found, strict=True))
    kept = []
    for result in results:
        findings = []
        for finding in result.findings:
            place = places.get(finding.target or "")
            if place is None:
                findings.append(finding)
                continue
            if place["excluded"]:
                continue
            reason = _reason(place["waivers"], result.rule.id)
            if reason is None:
                findings.append(finding)
            elif finding.outcome is not Outcome.PASSED:
                waived.append(Waived(finding, reason))
        kept.append(RuleResult(result.rule, tuple(findings)))
    return kept


def _reason(values: list[str], rule_id: str) -> str | None:
    """The reason the nearest waiver naming ``rule_id`` gives (entries without one waive
    nothing: the static ``waiver-reason`` rule reports them)."""
    for value in values:
        for entry in parse_waiver(value):
            if entry.rule == rule_id and entry.reason:
                return entry.reason
    return None
