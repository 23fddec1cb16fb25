"""WCAG criteria are declared once per rule and agree with the W3C ACT rules and axe-core:
the tags follow from the criteria, by the same table axe-core's own tags follow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from broadsheet.checks import Rule, default_registry
from broadsheet.checks.wcag import WCAG_TAG, criterion_of, wcag_tags

ROOT = Path(__file__).resolve().parents[2]
AXE = {rule["id"]: rule for rule in json.loads(
    (ROOT / "src/broadsheet/browser/axe-rules.json").read_text(encoding="utf-8"))["rules"]}
ACT = {rule["rule_id"]: rule for rule in json.loads(
    (ROOT / "tests/data/act/rules.json").read_text(encoding="utf-8"))}
#: axe-core lists 2.1.3 (AAA) for this rule but tags it wcag2a only.
AXE_LEVEL_GAPS = {"scrollable-region-focusable"}


def _criteria(tags: list[str]) -> list[str]:
    return [c for c in map(criterion_of, tags) if c is not None]


@pytest.mark.parametrize("rule_id", sorted(AXE))
def test_level_tags_follow_from_criteria_as_axe_core_tags_them(rule_id: str) -> None:
    tags = AXE[rule_id]["tags"]
    criteria = _criteria(tags)
    assert len(criteria) == sum(1 for t in tags if t[4:].isdigit() and t.startswith("wcag"))
    theirs = {t for t in tags if WCAG_TAG.fullmatch(t)}
    ours = set(wcag_tags(criteria))
    if rule_id in AXE_LEVEL_GAPS:
        assert ours >= theirs
    else:
        assert ours == theirs


@pytest.mark.parametrize("rule", list(default_registry()), ids=lambda r: r.id)
def test_static_rule_criteria_agree_with_axe_core_or_act(rule: Rule) -> None:
    """Rules sharing axe-core's id take its criteria (so ``--tags`` picks the same rules in
    both engines); others take their ACT rules'; best-practice rules name none."""
    if rule.id in AXE:
        expected = set(_criteria(AXE[rule.id]["tags"]))
    elif rule.act_ids:
        expected = {c for act in rule.act_ids for c in ACT[act]["wcag_sc"]}
    else:
        expected = set() if "best-practice" in rule.tags else set(rule.wcag)
    assert set(rule.wcag) == expected
    assert [t for t in rule.tags if WCAG_TAG.fullmatch(t)] == list(wcag_tags(rule.wcag))
    assert not ("best-practice" in rule.tags and rule.wcag)


def test_a_wcag_tag_declared_by_hand_is_refused() -> None:
    with pytest.raises(ValueError, match="declare the criteria in wcag"):
        type("Bad", (Rule,), {"id": "bad-tags", "tags": ("wcag412",)})


def test_an_unknown_criterion_is_refused() -> None:
    with pytest.raises(ValueError, match="not a WCAG 2\\.2 success criterion"):
        wcag_tags(["4.1.4"])
