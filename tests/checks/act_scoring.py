"""Score Broadsheet's rules on W3C ACT test cases, the way W3C scores implementations.

A rule is *consistent* when every ``failed`` example is reported failed and no ``passed`` or
``inapplicable`` example is. Run directly for the per-rule table:
``python tests/checks/act_scoring.py [cases.json]``.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from broadsheet.checks import check, default_registry
from broadsheet.checks.engine import run
from broadsheet.checks.parse import parse
from broadsheet.findings import Outcome

#: The W3C ACT development split and rule list, copied with their licence (tests/data/act/README.md).
ACT_DATA = Path(__file__).resolve().parents[1] / "data" / "act"
DEV_CASES = ACT_DATA / "dev-cases.json"
RULES = ACT_DATA / "rules.json"


@dataclass
class Score:
    """One ACT rule's tally."""

    act_id: str
    name: str
    rules: list[str]
    cases: int = 0
    failed_caught: int = 0
    failed_total: int = 0
    false_failures: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    cant_tell: int = 0

    @property
    def consistent(self) -> bool:
        return bool(self.rules) and not self.false_failures and not self.missed


def load_cases(path: Path = DEV_CASES) -> list[dict[str, object]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return list(data["cases"])


def score(cases: list[dict[str, object]], act_rules: list[dict[str, object]]) -> list[Score]:
    registry = default_registry()
    by_act: dict[str, list[str]] = defaultdict(list)
    for rule in registry:
        for act_id in rule.act_ids:
            by_act[act_id].append(rule.id)
    scores = {str(r["rule_id"]): Score(str(r["rule_id"]), str(r["rule_name"]),
                                       by_act.get(str(r["rule_id"]), []))
              for r in act_rules}
    for case in cases:
        entry = scores[str(case["rule_id"])]
        entry.cases += 1
        label = f"{case['example']}"
        if not entry.rules:
            continue
        doc = parse(str(case["html"]), file_ext=str(case["file_ext"]))
        report = run(doc, registry.select(entry.rules))
        outcomes = {result.outcome for result in report.results}
        reported_failed = Outcome.FAILED in outcomes
        entry.cant_tell += Outcome.CANT_TELL in outcomes and not reported_failed
        if case["expected"] == "failed":
            entry.failed_total += 1
            if reported_failed:
                entry.failed_caught += 1
            else:
                entry.missed.append(label)
        elif reported_failed:
            entry.false_failures.append(label)
    return list(scores.values())


def table(scores: list[Score]) -> str:
    lines = [f"{'ACT':7} {'rule(s)':42} {'cases':>5} {'failed':>7} {'?':>3}  verdict"]
    for s in scores:
        verdict = "consistent" if s.consistent else (
            "no rule" if not s.rules else
            "INCONSISTENT " + "; ".join(
                [*(f"false fail: {x}" for x in s.false_failures),
                 *(f"missed: {x}" for x in s.missed)]))
        lines.append(f"{s.act_id:7} {','.join(s.rules)[:42]:42} {s.cases:5} "
                     f"{s.failed_caught:>3}/{s.failed_total:<3} {s.cant_tell:3}  {verdict}")
    good = sum(s.consistent for s in scores)
    lines.append(f"consistent: {good}/{len(scores)}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    cases = load_cases(Path(argv[0]) if argv else DEV_CASES)
    scores = score(cases, json.loads(RULES.read_text(encoding="utf-8")))
    print(table(scores))
    return 0 if all(s.consistent for s in scores) else 1


if __name__ == "__main__":
    _ = check
    sys.exit(main(sys.argv[1:]))
