"""W3C ACT development cases: every rule must be consistent (no false failures, none missed);
a rule that needs human judgement must never fail a non-failing example (the W3C way grades
it *minimal* at best, or inconsistent where markup cannot tell an inapplicable example, such
as a silent video, from an applicable one)."""

from __future__ import annotations

import json

import pytest
from act_scoring import RULES, Score, load_cases, score, table

from broadsheet.checks import default_registry


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    results = score(load_cases(), json.loads(RULES.read_text(encoding="utf-8")))
    return {s.act_id: s for s in results}


def test_print_table(scores: dict[str, Score], capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + table(list(scores.values())))
    assert scores


ACT_IDS = [r["rule_id"] for r in json.loads(RULES.read_text(encoding="utf-8"))]
#: The ACT rules some Broadsheet rule declares it implements; each must be consistent.
IMPLEMENTED = sorted({act for rule in default_registry() for act in rule.act_ids})


def test_rules_claim_only_act_rules_of_the_suite() -> None:
    assert set(IMPLEMENTED) <= set(ACT_IDS), set(IMPLEMENTED) - set(ACT_IDS)
    assert len(IMPLEMENTED) >= 46  # the catalogue covered so far (of 91); it only grows


#: ACT rules whose expectation needs a person: their rules answer cant_tell where markup
#: cannot decide, so the strict scoring (every failed example failed) does not apply.
JUDGEMENT = sorted({act for rule in default_registry() if rule.judgement for act in rule.act_ids})


@pytest.mark.parametrize("act_id", IMPLEMENTED)
def test_rule_is_consistent(scores: dict[str, Score], act_id: str) -> None:
    entry = scores[act_id]
    assert entry.procedures, f"no rule implements ACT {act_id}"
    assert not entry.false_failures, f"failed on non-failing examples: {entry.false_failures}"
    if act_id not in JUDGEMENT:
        assert not entry.missed, f"did not fail: {entry.missed}"
        assert entry.level == "complete"
