"""Broadsheet's browser checks on their fixtures, in Chromium: each fixture's outcome, and the
elements each check judges, element by element, against the ``data-expect`` markers. The
audit problem a page's own behaviour causes (a dialog) is judged on a full audit."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from broadsheet.browser.audit import AuditOptions, sandbox_for
from broadsheet.browser.checks import run_checks
from broadsheet.browser.rules import CHECK_RULES, PageBehaviour
from broadsheet.checks.report import RuleResult

ROOT = Path(__file__).resolve().parents[2]
#: audit-page-load and audit-error need a server or a browser that fails (test_bad_input.py).
IDS = {rule.id for rule in CHECK_RULES} | {PageBehaviour.id}
FIXTURES = sorted(p for p in (ROOT / "fixtures" / "rules").glob("*/*-*.html")
                  if p.parent.name in IDS)
EXPECTED = {"pass": "passed", "fail": "failed", "inapplicable": "inapplicable",
            "review": "cant_tell"}
#: The worst outcome an element gets when a check judges it twice (reflow: the page, then
#: the element reaching beyond the viewport).
RANK = ("failed", "cant_tell", "passed")

_JUDGED = """(judged) => {
  const describe = (el) => el.localName + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
    ' ' + (el.textContent || '').trim().slice(0, 30);
  const got = new Map();
  for (const [target, outcome] of judged) {
    const el = document.querySelector(target);
    if (!el) return {missing: target};
    got.set(el, [...(got.has(el) ? [got.get(el)] : []), outcome]);
  }
  return {
    got: [...got].map(([el, outcomes]) => [describe(el), outcomes]),
    expected: [...document.querySelectorAll('[data-expect]')].map(
      (el) => [describe(el), el.getAttribute('data-expect')]),
  };
}"""


def test_every_browser_check_has_fixtures() -> None:
    assert {p.parent.name for p in FIXTURES} == IDS


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_judges_the_marked_elements(fixture: Path, auditor: Any) -> None:
    rule_id = fixture.parent.name
    options = AuditOptions(axe_core=False, check_ids=frozenset({rule_id}))
    sandbox = sandbox_for(fixture)
    with auditor.page(options, sandbox) as page:
        if rule_id == PageBehaviour.id:
            audit = auditor.audit(fixture, options=AuditOptions(axe_core=False, checks=False))
            [result] = [r for r in audit.results if r.rule.id == rule_id] or [
                RuleResult(PageBehaviour(), ())]
            # the markers, read from the page without its misbehaving script
            page.set_content(re.sub(r"<script.*?</script>", "",
                                    fixture.read_text(encoding="utf-8"), flags=re.S))
        else:
            page.goto(sandbox.url, wait_until="load")
            [result] = run_checks(page, {rule_id})
        judged = [[f.target, str(f.outcome)] for f in result.findings]
        found = page.evaluate(_JUDGED, judged)
    assert "missing" not in found, f"{found.get('missing')} is not in the page"
    assert str(result.outcome) == EXPECTED[fixture.name.split("-")[0]], result.findings
    got = sorted((name, min(outcomes, key=RANK.index)) for name, outcomes in found["got"])
    assert got == sorted(tuple(pair) for pair in found["expected"])
