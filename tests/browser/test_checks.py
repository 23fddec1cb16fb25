"""The browser checks and the axe mapping can fail: small pages with one defect each."""

from __future__ import annotations

from typing import Any

import pytest

HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="generator" content="Broadsheet"><title>t</title><style>
body { margin: 0; font: 18px/1.5 sans-serif; }
.skip { position: absolute; top: -100vh; left: 8px; padding: 12px; background: #ffbf47; color: #000; }
.skip:focus { top: 8px; outline: 3px solid #000; }
:focus-visible { outline: 3px solid #000; }
main:focus { outline: none; }
%s
</style></head><body>"""
BODY = """<a class="skip" href="#main">Skip to main content</a>
<header><a href="/home">Home</a> <button>Menu</button></header>
<main id="main" tabindex="-1"><h1>Title</h1><p>Text</p>%s</main></body></html>"""


def page(css: str = "", body: str = "") -> str:
    return HEAD % css + BODY % body


def outcomes(auditor: Any, html: str, **options: Any) -> dict[str, str]:
    from broadsheet.browser import AuditOptions

    audit = auditor.audit("test.html", html=html, options=AuditOptions(**options))
    return {r.rule.id: str(r.outcome) for r in audit.results}


def test_a_good_page_passes_every_check(auditor: Any) -> None:
    found = outcomes(auditor, page())
    assert {found[rule] for rule in ("skip-link-keyboard", "focus-indicator-visible",
                                     "reflow-320", "text-spacing-no-clipping",
                                     "forced-colors-focus", "forced-colors-borders")
            if rule in found} == {"passed"}
    assert "audit-page-load" not in found


FOCUS = {"focus-indicator-visible", "forced-colors-focus"}


@pytest.mark.parametrize(("css", "body_html", "rules"), [
    ("", "", set()),
    # stays off-screen: nor can its focus indicator be seen (no pixel in view changes)
    (".skip:focus { top: -100vh; }", "", {"skip-link-keyboard", "focus-indicator-visible"}),
    (".skip:focus { top: 8px; font-size: 8px; padding: 0; }", "", {"skip-link-keyboard"}),
    # clipped while focused: neither the skip link nor its focus indicator can be seen
    (".skip:focus { top: 8px; clip-path: inset(50%); }", "", {"skip-link-keyboard", *FOCUS}),
    ("button:focus-visible { outline: none; }", "", FOCUS),
    (":focus-visible { outline: none; box-shadow: 0 0 0 4px #000; }", "",
     {"forced-colors-focus"}),
    ("main p { width: 600px; }", "", {"reflow-320"}),
    (".box { width: 12em; height: 3.2em; overflow: hidden; line-height: 1.2; }",
     "<div class='box'>Some text that wraps onto more lines when spacing grows</div>",
     # its third line is cut already, which the zoom check sees at 640 px too
     {"text-spacing-no-clipping", "zoom-text-not-clipped"}),
    (".box { border: 2px solid #000; } @media (forced-colors: active) { .box { border: 0; } }",
     "<div class='box'>Boxed</div>", {"forced-colors-borders"}),
    # text hidden on purpose for screen readers (the classic clip pattern, with padding that
    # makes its box taller than 1 px) is not clipped text
    ("caption.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; "
     "clip: rect(0 0 0 0); white-space: nowrap; padding-block-end: 0.25rem; }",
     "<table><caption class='hidden'>Prices by year</caption><tr><th>Year</th></tr>"
     "<tr><td>2024</td></tr></table>", set()),
], ids=["good", "offscreen", "tiny", "clipped", "no-outline", "shadow-only", "wide",
        "fixed-height", "border-removed", "visually-hidden-caption"])
def test_each_check_fails_on_its_defect(auditor: Any, css: str, body_html: str,
                                        rules: set[str]) -> None:
    found = outcomes(auditor, page(css, body_html))
    failed = {rule_id for rule_id, outcome in found.items() if outcome == "failed"}
    assert failed == rules


def test_a_skip_link_whose_target_cannot_take_focus_fails(auditor: Any) -> None:
    html = page().replace('<main id="main" tabindex="-1">', '<main><div id="main"></div>')
    assert outcomes(auditor, html)["skip-link-keyboard"] == "failed"


def test_a_page_without_skip_link_is_failed_for_broadsheet_and_undecided_elsewhere(
        auditor: Any) -> None:
    html = page().replace('<a class="skip" href="#main">Skip to main content</a>', "")
    assert outcomes(auditor, html)["skip-link-keyboard"] == "failed"
    other = html.replace('<meta name="generator" content="Broadsheet">', "")
    assert outcomes(auditor, other)["skip-link-keyboard"] == "cant_tell"


def test_axe_violations_become_findings_with_source_axe(auditor: Any) -> None:
    from broadsheet.browser import AuditOptions

    html = page(body='<img src="x.png" width="10" height="10">')
    audit = auditor.audit("img.html", html=html, options=AuditOptions(checks=False))
    image_alt = next(r for r in audit.results if r.rule.id == "image-alt")
    assert str(image_alt.outcome) == "failed"
    finding = image_alt.findings[0]
    assert (str(finding.source), finding.target, str(finding.impact)) == ("axe", "img", "critical")
    assert finding.snippet.startswith("<img")
    assert image_alt.rule.help_url.startswith("https://dequeuniversity.com/rules/axe/")
    assert "wcag2a" in image_alt.rule.tags
    report = audit.report().to_dict()
    assert [v["id"] for v in report["violations"]] == ["image-alt"]


def test_axe_options_select_rules_and_disable_them(auditor: Any) -> None:
    html = page(body='<img src="x.png" width="10" height="10">')
    only = outcomes(auditor, html, rules=("image-alt",), checks=False)
    assert only == {"image-alt": "failed"}
    off = outcomes(auditor, html, disabled=("image-alt",), checks=False)
    assert "image-alt" not in off
