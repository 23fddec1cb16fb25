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
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checks"))

from act_scoring import ACT_DATA, DEV_CASES, RULES, Score, load_cases, table

from broadsheet.browser.audit import AuditOptions, BrowserAuditor
from broadsheet.browser.rules import CHECK_RULES
from broadsheet.checks.act import ActCase
from broadsheet.checks.act import _level as act_level

ASSETS = ACT_DATA / "test-assets"
SITE = Path("WAI") / "content-assets" / "wcag-act-rules"


def browser_rules() -> dict[str, list[str]]:
    """ACT id -> the browser-engine rules that declare it."""
    found: dict[str, list[str]] = defaultdict(list)
    for rule in CHECK_RULES:
        for act_id in rule.act_ids:
            found[act_id].append(rule.id)
    return dict(found)


def score(cases: list[ActCase], auditor: BrowserAuditor,
          act_rules: list[dict[str, Any]]) -> tuple[list[Score], dict[str, float]]:
    """Per-ACT-rule scores of the browser engine, and the seconds each rule's cases took."""
    by_act = browser_rules()
    names = {str(r["rule_id"]): str(r["rule_name"]) for r in act_rules}
    scores = {act_id: Score(act_id, rules, names.get(act_id, ""))
              for act_id, rules in by_act.items()}
    seconds: dict[str, float] = defaultdict(float)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(ASSETS, root / SITE / "test-assets")
        for case in cases:
            if case.rule_id not in scores:
                continue
            entry = scores[case.rule_id]
            entry.cases.append(case)
            page = root / SITE / "testcases" / case.rule_id / f"{case.testcase_id}.{case.file_ext}"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(case.html, encoding="utf-8-sig")  # served as UTF-8, as W3C does
            options = AuditOptions(axe_core=False, check_ids=frozenset(entry.procedures))
            started = time.perf_counter()
            audit = auditor.audit(page, options=options, root=root)
            seconds[case.rule_id] += time.perf_counter() - started
            entry.outcomes[case.testcase_id] = [
                r.outcome for r in audit.results if r.rule.id in entry.procedures]
    for entry in scores.values():  # the W3C level, as act.score grades the static rules
        entry.level = act_level(entry.cases, entry.outcomes)
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
