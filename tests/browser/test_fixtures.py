"""Every rendered fixture in real Chromium: axe-core, the browser checks, vnu, ARIA snapshots.

Each fixture is audited in light and dark schemes at 320 and 1280 px, all in one browser.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from tests.browser.allowlist import incomplete_reason, vnu_reason
from tests.browser.offline import ORIGIN, serve_only
from tests.helpers import ARTICLE_FILES, ARTICLES, drift_hint, fixture_ids, rendered

WIDTHS = (320, 1280)
SCHEMES = ("light", "dark")
VARIANTS = [(w, s) for w in WIDTHS for s in SCHEMES]


@pytest.fixture(scope="session")
def audits(auditor: Any, pages_dir: Path) -> dict[tuple[str, int, str], Any]:
    """Every fixture × width × scheme, audited once per session."""
    from broadsheet.browser import AuditOptions

    found = {}
    for path in ARTICLE_FILES:
        for width, scheme in VARIANTS:
            options = AuditOptions(width=width, color_scheme=scheme)  # type: ignore[arg-type]
            found[path.stem, width, scheme] = auditor.audit(
                pages_dir / f"{path.stem}.html", options=options,
                snapshot=(width, scheme) == (1280, "light"))
    return found


def _variant_id(variant: tuple[int, str]) -> str:
    return f"{variant[0]}px-{variant[1]}"


def _failures(audit: Any, outcome: str) -> list[str]:
    return [f"[{f.rule}] {f.target}: {f.message}" for r in audit.results for f in r.findings
            if str(f.outcome) == outcome]


@pytest.mark.parametrize("variant", VARIANTS, ids=_variant_id)
@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_no_axe_violations_and_every_browser_check_passes(
        audits: dict[tuple[str, int, str], Any], path: Path, variant: tuple[int, str]) -> None:
    audit = audits[(path.stem, *variant)]
    assert _failures(audit, "failed") == []
    ours = [r for r in audit.results if "broadsheet" in r.rule.tags]
    assert {r.rule.id for r in ours} >= {
        "skip-link-keyboard", "focus-indicator-visible", "reflow-320",
        "text-spacing-no-clipping", "forced-colors-focus", "forced-colors-borders"}
    # passed, or cant_tell for reasons the allowlist accepts (images on a host never reached)
    assert [r.rule.id for r in ours if str(r.outcome) != "passed" and any(
        str(f.outcome) != "passed"
        and incomplete_reason(f.rule, f.target, f.message, f.snippet) is None
        for f in r.findings)] == []


@pytest.mark.parametrize("variant", VARIANTS, ids=_variant_id)
@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_axe_incomplete_results_are_all_accepted(
        audits: dict[tuple[str, int, str], Any], path: Path, variant: tuple[int, str]) -> None:
    audit = audits[(path.stem, *variant)]
    unexplained = [f"[{f.rule}] {f.target}: {f.message}" for r in audit.results
                   for f in r.findings if str(f.outcome) == "cant_tell"
                   and incomplete_reason(f.rule, f.target, f.message, f.snippet) is None]
    assert unexplained == [], "add a reason to tests/browser/allowlist.py or fix the page"


def test_axe_incomplete_gradient_is_accepted_on_table_scrollers_only() -> None:
    """The scroll shades are CSS gradients behind a table's cells: a gradient anywhere else
    (a headline on a gradient) is still a result for someone to look at."""
    gradient = ("Element's background color could not be determined due to a background "
                "gradient")
    table = [("tr:nth-child(2) > td:nth-child(5)", '<td class="table-figure">0,8</td>'),
             ('th[scope="col"]:nth-child(6)', '<th scope="col">Імпорт</th>'),
             ("#table-route-changes", '<caption id="table-route-changes">Route changes'),
             ("#main > article > div > div:nth-of-type(4) > p",
              '<p class="table-scroll__hint" aria-hidden="true">Scroll sideways'),
             ('tr:nth-child(1) > td:nth-child(1) > span[lang="uk"]', '<span lang="uk">Київ'),
             ('.table-scroll[role="region"]:nth-child(4) > table > thead > tr > th', "<th>")]
    elsewhere = [(".hero > h1", '<h1 class="hero__title">Storm'),
                 ("#main > article > p:nth-child(3)", "<p>Text on a gradient</p>"),
                 ("figcaption", "<figcaption>A caption</figcaption>")]
    assert [incomplete_reason("color-contrast", t, gradient, s) is not None
            for t, s in table] == [True] * len(table)
    assert [incomplete_reason("color-contrast", t, gradient, s) for t, s in elsewhere] \
        == [None] * len(elsewhere)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_embed_placeholders_pass_contrast_without_their_frames(
        auditor: Any, tmp_path: Path, scheme: str) -> None:
    """What an embed shows until its frame paints: judged with the frames taken out."""
    from broadsheet.browser import AuditOptions

    page = lxml.html.document_fromstring(rendered(ARTICLES / "en-transit-map-embed.json").html)
    frames = list(page.iter("iframe"))
    assert len(frames) == 2
    for frame in frames:
        frame.getparent().getparent().set("open", "")  # the card opened, as a reader would
        frame.drop_tree()
    source = tmp_path / "no-frames.html"
    source.write_bytes(lxml.html.tostring(page, doctype="<!DOCTYPE html>", encoding="utf-8"))
    audit = auditor.audit(source, options=AuditOptions(color_scheme=scheme))  # type: ignore[arg-type]
    placeholders = [f for r in audit.results for f in r.findings
                    if f.rule == "text-contrast-minimum"
                    and re.search(r"embed__(provider|title)", f.snippet or "")]
    # two embeds, each naming provider and title on its card and on its frame's stand-in
    assert [str(f.outcome) for f in placeholders] == ["passed"] * 8, placeholders
    assert not [f for r in audit.results for f in r.findings
                if f.rule == "text-contrast-minimum" and str(f.outcome) != "passed"]


def test_axe_ran_the_requested_tags(audits: dict[tuple[str, int, str], Any]) -> None:
    audit = next(iter(audits.values()))
    axe_rules = [r for r in audit.results if "axe" in r.rule.tags]
    assert len(axe_rules) > 50
    assert {"color-contrast", "region", "landmark-one-main", "target-size"} <= {
        r.rule.id for r in axe_rules}


@cache
def _validated(validator: Any) -> dict[str, list[Any]]:
    from broadsheet.browser.vnu import validate

    return validate({p.stem: rendered(p).html for p in ARTICLE_FILES}, validator=validator)


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_nu_html_checker_reports_no_errors_or_warnings(validator: Any, path: Path) -> None:
    messages = [f"line {f.line}: {f.message}" for f in _validated(validator)[path.stem]
                if vnu_reason(f.message) is None]
    assert messages == [], "fix the renderer, or add a reason to tests/browser/allowlist.py"


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_content_security_policy_allows_the_inline_style(auditor: Any, path: Path) -> None:
    """What vnu cannot verify (hash sources), Chromium enforcing the page's CSP can."""
    context = auditor.browser().new_context()
    try:
        page = context.new_page()
        html = rendered(path).html
        serve_only(page, {ORIGIN: ("text/html", html)})
        page.add_init_script("""window.__violations = [];
            document.addEventListener('securitypolicyviolation',
              (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));""")
        page.goto(ORIGIN)
        assert page.evaluate("() => window.__violations") == []
        position = page.evaluate(
            "() => getComputedStyle(document.querySelector('.skip-links a')).position")
        assert position == "absolute", "the inline style sheet was blocked"
    finally:
        context.close()


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_aria_snapshot_matches_golden(audits: dict[tuple[str, int, str], Any], path: Path,
                                      update_goldens: bool) -> None:
    snapshot = audits[path.stem, 1280, "light"].aria_snapshot
    golden = ARTICLES / f"{path.stem}.aria.yml"
    if update_goldens or not golden.exists():
        golden.write_text(snapshot + "\n", encoding="utf-8")
    assert snapshot + "\n" == golden.read_text(encoding="utf-8"), (
        f"what a screen reader meets changed; review, then refresh {golden.name} with "
        "pytest tests/browser --update-goldens" + drift_hint()
        + "\n  chromium (Debian's, not locked): the accessibility tree itself")
