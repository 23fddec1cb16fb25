"""W3C ACT development cases: every rule must be consistent (no false failures, none missed)."""

from __future__ import annotations

import json

import pytest
from act_scoring import DEV_CASES, RULES, Score, load_cases, score, table

pytestmark = pytest.mark.skipif(not DEV_CASES.exists(), reason="shared/act not beside the repo")


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    results = score(load_cases(), json.loads(RULES.read_text(encoding="utf-8")))
    return {s.act_id: s for s in results}


def test_print_table(scores: dict[str, Score], capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + table(list(scores.values())))
    assert scores


ACT_IDS = [r["rule_id"] for r in json.loads(RULES.read_text(encoding="utf-8"))] \
    if RULES.exists() else []


#: ACT rules implemented so far (of 91); raise it when a rule is added, never lower it.
IMPLEMENTED = 46


@pytest.mark.parametrize("act_id", ACT_IDS)
def test_rule_is_consistent(scores: dict[str, Score], act_id: str) -> None:
    entry = scores[act_id]
    if not entry.rules:
        pytest.skip(f"no rule implements ACT {act_id} yet")
    assert not entry.false_failures, f"failed on non-failing examples: {entry.false_failures}"
    assert not entry.missed, f"did not fail: {entry.missed}"


def test_coverage_does_not_shrink(scores: dict[str, Score]) -> None:
    assert sum(bool(entry.rules) for entry in scores.values()) >= IMPLEMENTED
