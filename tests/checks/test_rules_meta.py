"""Every rule: documented, generated docs current, fixtures that pass, fail and are
inapplicable; third parties can register rules through the entry-point group."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest

from broadsheet.checks import Rule, check, default_registry, passed, target
from broadsheet.checks import registry as registry_module
from broadsheet.checks.parse import Document, Element, parse
from broadsheet.checks.rule import DOC_SECTIONS, Verdict

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "rules"
RULES = list(default_registry())
EXPECTED = {"pass": "passed", "fail": "failed", "inapplicable": "inapplicable",
            "review": "cant_tell"}
#: What a rule's fixtures must show: a rule needing human judgement never fails, so it shows
#: what it leaves to review instead.
KINDS = {"pass", "fail", "inapplicable"}
JUDGEMENT_KINDS = {"review", "inapplicable"}


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
    wanted = JUDGEMENT_KINDS if rule.judgement else KINDS
    assert kinds >= wanted, f"{rule.id}: fixtures missing for {wanted - kinds}"
    if rule.judgement:
        assert "fail" not in kinds, f"{rule.id} needs judgement: it must never fail"


#: The static rules' fixtures (the browser checks' run in Chromium: tests/browser).
FIXTURE_FILES = sorted(p for p in FIXTURES.glob("*/*-*.*")
                       if p.parent.name in {rule.id for rule in RULES})
#: The marker a fixture puts on each element the rule judges, with the outcome expected.
MARK = "data-expect"
_MARK_ATTR = re.compile(rf'\s{MARK}="[^"]*"')


def _findings(page: Path, rule_id: str) -> set[tuple[str | None, str]]:
    return {(finding.target, str(finding.outcome))
            for finding in check(page, rules=[rule_id]).findings}


def _marked(page: Path) -> set[tuple[str | None, str]]:
    """(selector, expected outcome) of each element the fixture marks with ``data-expect``."""
    doc = parse(page.read_bytes(), file_ext=page.suffix.lstrip("."))
    return {(target.selector(doc, element), str(element.get(MARK)))
            for element in doc.elements if element.get(MARK) is not None}


@pytest.mark.parametrize("fixture", FIXTURE_FILES,
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_outcome(fixture: Path) -> None:
    rule_id = fixture.parent.name
    outcome = check(fixture, rules=[rule_id]).outcome_of(rule_id)
    assert str(outcome) == EXPECTED[fixture.name.split("-")[0]]


#: Fixtures a rule judges wrongly today, with the bug; strict, so a fix must remove the entry.
KNOWN_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("fixture", [
    pytest.param(path, marks=pytest.mark.xfail(reason=KNOWN_WRONG[key], strict=True))
    if (key := f"{path.parent.name}/{path.name}") in KNOWN_WRONG else path
    for path in FIXTURE_FILES], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_elements(fixture: Path, tmp_path: Path) -> None:
    """The rule judges exactly the elements the fixture marks, each with the marked outcome;
    the marks themselves change no verdict (the page without them is judged the same)."""
    rule_id = fixture.parent.name
    text = fixture.read_text(encoding="utf-8")
    expected = _marked(fixture)
    assert len(expected) == len(_MARK_ATTR.findall(text)), "a marked element was not parsed"
    assert {outcome for _, outcome in expected} <= {"passed", "failed", "cant_tell"}
    found = _findings(fixture, rule_id)
    assert found == expected, (f"judged but not marked: {sorted(found - expected)}; "
                               f"marked but not judged so: {sorted(expected - found)}")
    unmarked = tmp_path / fixture.name
    unmarked.write_text(_MARK_ATTR.sub("", text), encoding="utf-8")
    assert _findings(unmarked, rule_id) == found


#: Rules that judge one element per page (the document, the first refresh; the page, or else
#: only the offending tags): their fail fixtures cannot show a passing element beside a failing one.
ONE_PER_PAGE = frozenset({
    "html-has-lang", "html-lang-valid", "html-xml-lang-mismatch", "document-title",
    "meta-refresh", "meta-refresh-no-exceptions", "duplicate-attribute", "skip-link",
    "landmark-one-main", "page-has-h1", "bypass", "heading-for-main-content",
    "landmark-for-main-content", "skip-to-main-content"})


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_fail_fixture_shows_failing_and_passing_side_by_side(rule: Rule) -> None:
    marks = [{outcome for _, outcome in _marked(path)}
             for path in sorted((FIXTURES / rule.id).glob("*-*.*"))]
    if rule.judgement:  # it never fails: nothing may be marked failed
        assert all("failed" not in outcomes for outcomes in marks)
        return
    if rule.id in ONE_PER_PAGE:
        assert all(len(_marked(path)) <= 1 for path in (FIXTURES / rule.id).glob("*-*.*"))
        return
    assert any({"failed", "passed"} <= outcomes for outcomes in marks), (
        f"{rule.id}: no fixture with a failing and a passing element side by side")


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
