"""Score Broadsheet's rules on W3C ACT test cases, the W3C way and the strict way.

The scoring itself is :mod:`broadsheet.checks.act` (``broadsheet act-report`` uses it too):
the W3C way grades each ACT rule *complete*, *partial*, *minimal* or inconsistent as the W3C
implementation pages do (``cantTell`` on a failed example is allowed); the strict way calls a
rule *consistent* only when every ``failed`` example is reported failed and no ``passed`` or
``inapplicable`` example is. Run directly for the per-rule table:
``python tests/checks/act_scoring.py [cases.json]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from broadsheet.checks import default_registry
from broadsheet.checks.act import ActCase, RuleScore, assess
from broadsheet.checks.act import load_cases as _load
from broadsheet.checks.act import score as _score

#: The W3C ACT development split and rule list, copied with their licence (tests/data/act/README.md).
ACT_DATA = Path(__file__).resolve().parents[1] / "data" / "act"
DEV_CASES = ACT_DATA / "dev-cases.json"
RULES = ACT_DATA / "rules.json"
Score = RuleScore


def load_cases(path: Path = DEV_CASES) -> list[ActCase]:
    return _load(path.read_text(encoding="utf-8"), str(path))


def score(cases: list[ActCase], act_rules: list[dict[str, object]]) -> list[Score]:
    """Every ACT rule of ``act_rules``, in their order, scored on ``cases``."""
    scores = _score(cases, assess(cases, default_registry(), ACT_DATA / "test-assets"),
                    [str(rule["rule_id"]) for rule in act_rules])
    names = {str(rule["rule_id"]): str(rule["rule_name"]) for rule in act_rules}
    for entry in scores.values():
        entry.name = names.get(entry.act_id, "")
    return list(scores.values())


def summary(scores: list[Score]) -> str:
    levels = {level: sum(s.level == level for s in scores)
              for level in ("complete", "partial", "minimal")}
    inconsistent = sum(bool(s.procedures) and s.level is None for s in scores)
    return (f"consistent (strict): {sum(s.consistent for s in scores)}/{len(scores)}; "
            f"W3C: {levels['complete']} complete, {levels['partial']} partial, "
            f"{levels['minimal']} minimal, {inconsistent} inconsistent, "
            f"{sum(not s.procedures for s in scores)} without a rule")


def table(scores: list[Score]) -> str:
    lines = [f"{'ACT':7} {'rule(s)':34} {'cases':>5} {'failed':>7} {'?':>3}  {'W3C':9} strict"]
    for s in scores:
        verdict = "consistent" if s.consistent else (
            "no rule" if not s.procedures else
            "INCONSISTENT " + "; ".join(
                [*(f"false fail: {x}" for x in s.false_failures),
                 *(f"missed: {x}" for x in s.missed)]))
        w3c = s.level or ("-" if not s.procedures else "INCONS.")
        lines.append(f"{s.act_id:7} {','.join(s.procedures)[:34]:34} {len(s.cases):5} "
                     f"{s.failed_caught:>3}/{s.failed_total:<3} {s.cant_tell:3}  {w3c:9} "
                     f"{verdict}")
    lines.append(summary(scores))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    cases = load_cases(Path(argv[0]) if argv else DEV_CASES)
    scores = score(cases, json.loads(RULES.read_text(encoding="utf-8")))
    print(table(scores))
    return 0 if all(s.consistent for s in scores) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
