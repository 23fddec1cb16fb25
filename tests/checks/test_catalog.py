"""One catalog of every engine's rules routes rule ids, ACT ids and tags to the engines that
know them, for the CLI, ``check()`` and the pytest plugin alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from broadsheet.browser.axe_rules import axe_data
from broadsheet.catalog import default_catalog
from broadsheet.checks import Rule, UnknownRuleError, check
from broadsheet.checks.rule import RuleSpec
from broadsheet.cli import main

ROOT = Path(__file__).resolve().parents[2]
CATALOG = default_catalog()


def _ids(rules: tuple[RuleSpec, ...]) -> list[str]:
    return [rule.id for rule in rules]


def test_an_id_goes_to_every_engine_that_knows_it() -> None:
    chosen = CATALOG.select(["image-alt", "reflow-320", "color-contrast"])
    assert _ids(chosen.static) == ["image-alt"]
    assert _ids(chosen.browser) == ["reflow-320"]
    assert _ids(chosen.axe) == ["image-alt", "color-contrast"]


def test_an_act_id_picks_each_engines_rules_for_it() -> None:
    chosen = CATALOG.select(["23a2a8"])  # W3C ACT: image has non-empty accessible name
    assert _ids(chosen.static) == ["image-alt"]
    assert "image-alt" in _ids(chosen.axe)
    assert not chosen.browser


def test_tags_narrow_every_engine() -> None:
    chosen = CATALOG.select(tags=["wcag1410"])
    assert not chosen.static
    assert _ids(chosen.browser) == ["reflow-320"]
    assert not chosen.axe  # axe-core has no reflow rule
    chosen = CATALOG.select(tags=["wcag21aa"])
    assert "css-orientation-lock" in _ids(chosen.static)
    assert {"reflow-320", "text-spacing-no-clipping"} <= set(_ids(chosen.browser))
    assert "autocomplete-valid" in _ids(chosen.axe)
    assert "css-orientation-lock" not in _ids(chosen.axe)  # experimental in axe-core


def test_disable_drops_a_rule_from_every_engine() -> None:
    chosen = CATALOG.select(disable=["image-alt", "focus-indicator-visible"])
    assert "image-alt" not in _ids(chosen.static) + _ids(chosen.axe)
    assert "focus-indicator-visible" not in _ids(chosen.browser)
    assert "document-title" in _ids(chosen.static)


def test_defaults_leave_out_audit_problems_and_what_axe_core_runs_only_when_asked() -> None:
    chosen = CATALOG.select()
    review = {rule.id for rule in CATALOG.rules("static") if "review" in rule.tags}
    assert review  # the rules a person must finish answer cant_tell: run only when asked
    # Rules of level AAA or of 4.1.1 alone (removed in WCAG 2.2) run when asked, as in
    # axe-core (a blind QA trial, round 50: duplicate ids failed real pages by default);
    # Broadsheet's own rules run whatever their level (link-text-generic is 2.4.9, AAA).
    asked = {"duplicate-id", "duplicate-attribute", "meta-refresh-no-exceptions"}
    assert set(_ids(chosen.static)) == {r.id for r in CATALOG.rules("static")} - review - asked
    assert "link-text-generic" in _ids(chosen.static)
    assert set(_ids(CATALOG.select(tags=["wcag2a-obsolete"]).static)) == {
        "duplicate-id", "duplicate-attribute"}
    assert _ids(CATALOG.select(rules=["3ea0c8"]).static) == ["duplicate-id"]
    assert "meta-refresh-no-exceptions" in _ids(CATALOG.select(tags=["wcag2aaa"]).static)
    assert not {"audit-page-load", "audit-error"} & set(_ids(chosen.browser))
    off = {entry["id"] for entry in axe_data()["rules"]
           if not entry["enabled"] or "experimental" in entry["tags"]}
    assert off
    assert not off & set(_ids(chosen.axe))
    assert "color-contrast" in _ids(chosen.axe)


def test_review_rules_run_when_named_or_their_tag_is_asked_for() -> None:
    assert _ids(CATALOG.select(["heading-descriptive"]).static) == ["heading-descriptive"]
    assert _ids(CATALOG.select(["b49b2e"]).static) == ["heading-descriptive"]
    by_tag = _ids(CATALOG.select(tags=["review"]).static)
    assert "heading-descriptive" in by_tag
    assert "image-alt" not in by_tag
    # a WCAG tag narrows the defaults: review rules stay out unless "review" is asked too
    assert "heading-descriptive" not in _ids(CATALOG.select(tags=["wcag246"]).static)
    assert "heading-descriptive" in _ids(CATALOG.select(tags=["wcag246", "review"]).static)


@pytest.mark.parametrize(("rules", "tags"), [("", None), (" , ", None), ([], None),
                                             (None, ""), (None, [" "])])
def test_an_empty_list_of_rules_or_tags_is_an_error(rules: object, tags: object) -> None:
    with pytest.raises(UnknownRuleError, match=r"the list of (rule|tag)s is empty"):
        CATALOG.select(rules, tags)  # type: ignore[arg-type]


def test_empty_rules_option_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html lang='en'><title>T</title><p>x</p></html>", encoding="utf-8")
    assert main(["check", str(page), "--rules", ""]) == 2
    assert "the list of rules is empty" in capsys.readouterr().err


def test_unknown_names_are_errors_with_suggestions() -> None:
    with pytest.raises(UnknownRuleError, match=r"unknown rule 'imag-alt' \(did you mean"):
        CATALOG.select(["imag-alt"])
    with pytest.raises(UnknownRuleError, match="unknown tag 'wcag9'"):
        CATALOG.select(tags=["wcag9"])
    with pytest.raises(UnknownRuleError, match="unknown rule"):
        CATALOG.select(disable=["no-such-rule"])


def test_names_of_engines_not_running_are_errors_only_when_strict() -> None:
    with pytest.raises(UnknownRuleError, match="belongs to axe-core"):
        CATALOG.select(["color-contrast"], engines=("static",))
    with pytest.raises(UnknownRuleError, match="belongs to Broadsheet's browser checks"):
        check("<p>x</p>", rules=["reflow-320"])
    assert not CATALOG.select(["color-contrast"], engines=("static",), strict=False)


def test_only_static_rules_have_the_static_steps() -> None:
    kinds = {rule.engine: rule for rule in CATALOG}
    assert isinstance(kinds["static"], Rule)
    assert not isinstance(kinds["browser"], Rule)
    assert not isinstance(kinds["axe"], Rule)


def test_axe_core_metadata_is_that_of_the_installed_axe_core() -> None:
    package = ROOT / "node_modules" / "axe-core" / "package.json"
    if not package.is_file():
        pytest.skip("node_modules/axe-core is not installed (scripts/setup.sh installs it)")
    version = json.loads(package.read_text(encoding="utf-8"))["version"]
    assert axe_data()["version"] == version, "run python docs/generate.py"
