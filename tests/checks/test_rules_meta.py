"""Every rule: documented, generated docs current, fixtures that pass, fail and are
inapplicable; third parties can register rules through the entry-point group."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from broadsheet.checks import Rule, check, default_registry, passed
from broadsheet.checks import registry as registry_module
from broadsheet.checks.parse import Document, Element
from broadsheet.checks.rule import DOC_SECTIONS, Verdict

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "rules"
RULES = list(default_registry())
EXPECTED = {"pass": "passed", "fail": "failed", "inapplicable": "inapplicable"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_metadata_and_docstring(rule: Rule) -> None:
    assert rule.help
    assert rule.description
    assert rule.tags
    sections = rule.sections()
    assert all(sections[name] for name in DOC_SECTIONS), sections
    assert (ROOT / "docs" / "rules" / f"{rule.id}.md").exists()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_each_kind_of_fixture(rule: Rule) -> None:
    kinds = {path.name.split("-")[0] for path in (FIXTURES / rule.id).glob("*-*.*")}
    assert kinds >= set(EXPECTED), f"{rule.id}: fixtures missing for {set(EXPECTED) - kinds}"


#: The static rules' fixtures (the browser checks' run in Chromium: tests/browser).
FIXTURE_FILES = sorted(p for p in FIXTURES.glob("*/*-*.*")
                       if p.parent.name in {rule.id for rule in RULES})


@pytest.mark.parametrize("fixture", FIXTURE_FILES,
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_outcome(fixture: Path) -> None:
    rule_id = fixture.parent.name
    outcome = check(fixture, rules=[rule_id]).outcome_of(rule_id)
    assert str(outcome) == EXPECTED[fixture.name.split("-")[0]]


class _NoMarquee(Rule):
    """Checks that pages do not use ``marquee``.

    Why it matters: moving text cannot be paused.

    How to fix: use static text.
    """

    id = "third-party-no-marquee"
    help = "Do not use marquee"
    description = "No marquee elements."
    tags = ("third-party",)

    def applicable(self, doc: Document) -> list[Element]:
        return doc.tags("marquee")

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return passed("seen")


def test_entry_point_rules_are_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = metadata.EntryPoint(name="marquee", value=f"{__name__}:_NoMarquee",
                                group=registry_module.ENTRY_POINT_GROUP)

    def fake_entry_points(**kwargs: str) -> metadata.EntryPoints:
        if kwargs.get("group") == registry_module.ENTRY_POINT_GROUP:
            return metadata.EntryPoints([entry])
        return metadata.EntryPoints([])

    monkeypatch.setattr(registry_module.metadata, "entry_points", fake_entry_points)
    registry_module.reset_default_registry()
    try:
        report = check("<html lang=en><title>t</title><marquee>Hi</marquee></html>",
                       rules=["third-party-no-marquee"])
        assert report.outcome_of("third-party-no-marquee").value == "passed"
    finally:
        registry_module.reset_default_registry()


def test_duplicate_rule_id_refused() -> None:
    registry = registry_module.Registry()
    registry.register(_NoMarquee)
    with pytest.raises(ValueError, match="already registered"):
        registry.register(_NoMarquee)
