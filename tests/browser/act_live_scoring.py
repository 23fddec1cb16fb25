"""Score Broadsheet's browser-engine rules on W3C ACT test cases, in Chromium.

Each case is served as W3C serves it, at ``/WAI/content-assets/wcag-act-rules/testcases/
<rule>/<id>.html`` with its assets under ``.../test-assets/`` (copied with their licence into
tests/data/act/test-assets), through the audit's sandbox, and judged by the live engine alone
(no axe-core, no static rules). A rule is *consistent* as in tests/checks/act_scoring.py.
Run directly for the per-rule table:
``CI=true python tests/browser/act_live_scoring.py [cases.json]``.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checks"))

from act_scoring import ACT_DATA, DEV_CASES, RULES, Score, load_cases, table

from broadsheet.browser.act_cases import assess_live, live_procedures
from broadsheet.browser.audit import BrowserAuditor
from broadsheet.checks.act import ActCase
from broadsheet.checks.act import score as act_score

ASSETS = ACT_DATA / "test-assets"


def browser_rules() -> dict[str, list[str]]:
    """ACT id -> the browser-engine rules that declare it."""
    return live_procedures()


def score(cases: list[ActCase], auditor: BrowserAuditor,
          act_rules: list[dict[str, Any]]) -> tuple[list[Score], dict[str, float]]:
    """Per-ACT-rule scores of the browser engine, and the seconds each rule's cases took."""
    seconds: dict[str, float] = defaultdict(float)

    def heard(case: ActCase, took: float) -> None:
        seconds[case.rule_id] += took

    assertions = assess_live(cases, auditor, ASSETS, heard)
    live = live_procedures()
    scores = act_score([c for c in cases if c.rule_id in live], assertions, live)
    names = {str(r["rule_id"]): str(r["rule_name"]) for r in act_rules}
    for entry in scores.values():
        entry.name = names.get(entry.act_id, "")
    return list(scores.values()), dict(seconds)


def main(argv: list[str]) -> int:
    cases = load_cases(Path(argv[0]) if argv else DEV_CASES)
    with BrowserAuditor() as auditor:
        scores, seconds = score(cases, auditor, json.loads(RULES.read_text(encoding="utf-8")))
    print(table(scores))
    print("seconds per rule: " + ", ".join(f"{k} {v:.1f}" for k, v in seconds.items()))
    return 0 if all(s.consistent for s in scores) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
