"""Every rule of every engine is documented like the static rules: metadata, docstring
sections, a generated page; Broadsheet's browser checks have fixtures of each kind too (they
run in Chromium: tests/browser/test_rule_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from broadsheet.browser.rules import CHECK_RULES
from broadsheet.catalog import default_catalog
from broadsheet.checks.rule import DOC_SECTIONS, RuleSpec
from broadsheet.reference.rules import path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "rules"
#: The fixture kinds each browser check can show: some judge the whole page and so are
#: never inapplicable (reflow, text spacing), the skip link check says cant_tell when the
#: first Tab finds no skip link.
BROWSER_KINDS = {rule.id: {"pass", "fail", "inapplicable"} for rule in CHECK_RULES} | {
    "reflow-320": {"pass", "fail"}, "text-spacing-no-clipping": {"pass", "fail"},
    "skip-link-keyboard": {"pass", "fail"},
    # a trap of the standard keys is cant_tell: the help for other keys needs a person
    "focus-escapes": {"pass", "inapplicable"},
    # reported only when the page misbehaves: never passed
    "audit-page-behaviour": {"fail", "inapplicable"},
    # what captions or labels say needs a person: never passed or failed
    "video-sound-captions": {"review", "inapplicable"},
    "silent-video-alternative": {"review", "inapplicable"}}


@pytest.mark.parametrize("rule", list(default_catalog()), ids=lambda r: f"{r.engine}:{r.id}")
def test_every_rule_is_described_and_documented(rule: RuleSpec) -> None:
    assert rule.help
    assert rule.description
    assert rule.tags
    sections = rule.sections()
    assert all(sections[name] for name in DOC_SECTIONS), sections
    page = ROOT / "docs" / "rules" / path(rule)
    assert page.is_file(), f"{page} missing: run python docs/generate.py"
    assert f"# {rule.id}\n" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("rule_id", sorted(BROWSER_KINDS))
def test_browser_checks_have_each_kind_of_fixture(rule_id: str) -> None:
    kinds = {p.name.split("-")[0] for p in (FIXTURES / rule_id).glob("*-*.html")}
    assert kinds >= BROWSER_KINDS[rule_id], f"{rule_id}: missing {BROWSER_KINDS[rule_id] - kinds}"
