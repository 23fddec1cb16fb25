"""W3C ACT development cases of the live engine's rules, in Chromium: each rule a browser
check declares must be consistent (no false failures, none missed), as test_act.py asks of
the static rules."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.browser.act_live_scoring import RULES, Score, browser_rules, load_cases, score, table


@pytest.fixture(scope="module")
def scores(auditor: Any) -> dict[str, Score]:
    found, _ = score(load_cases(), auditor, json.loads(RULES.read_text(encoding="utf-8")))
    print("\n" + table(found))
    return {s.act_id: s for s in found}


def test_the_live_engine_claims_the_rules_it_was_built_for() -> None:
    assert {"afw4f7", "09o5cg", "0ssw9k", "oj04fd", "59br37", "a1b64e", "80af7b", "ebe86a",
            "aaa1bf", "4c31df", "80f0bf"} <= set(browser_rules())


#: (Every failed example of the keyboard trap rules is failed since round 49: until then
#: 80af7b left a trap to a person and a1b64e let two buttons that take focus back pass.)
#: Review rules: what captions or labels say needs a person, so they never fail; the
#: development cases' videos (perspective-video/) are not in the suite's assets, so whether
#: they have sound cannot be told either.
NEVER_FAIL = {"f51b46", "fd26cf"}


@pytest.mark.parametrize("act_id", sorted(browser_rules()))
def test_rule_is_consistent(scores: dict[str, Score], act_id: str) -> None:
    entry = scores[act_id]
    assert entry.cases, f"no development case for ACT {act_id}"
    assert not entry.false_failures, f"failed on non-failing examples: {entry.false_failures}"
    if act_id in NEVER_FAIL:
        assert not any("failed" in map(str, got) for got in entry.outcomes.values())
        return
    assert not entry.missed, f"did not fail: {entry.missed}"
