"""An ``iframe srcdoc`` document is judged as a document of its own (issue 13): element rules
apply inside it, rules about the web page as a whole do not, and a finding inside names the
frame, then the element. Cases written from the ACT rule texts (/work/shared/act/rules)."""

from __future__ import annotations

from html import escape

import pytest

from broadsheet.browser.axe_rules import axe_rule
from broadsheet.browser.merge import merge_engines
from broadsheet.checks import check
from broadsheet.checks.report import RuleResult
from broadsheet.findings import Finding, Outcome, Source
from broadsheet.qa.scope import Scope

FRAME = "html > body > main > iframe"


def _page(inner: str, frame_attributes: str = 'title="Box"') -> str:
    return ("<!DOCTYPE html><html lang=en><head><title>Page</title></head><body><main>"
            f"<h1>Page</h1>\n<iframe {frame_attributes} srcdoc=\"{escape(inner)}\"></iframe>"
            "</main></body></html>")


def _outcomes(page: str, rule: str, **kwargs: object) -> dict[str | None, Outcome]:
    report = check(page, rules=[rule], **kwargs)  # type: ignore[arg-type]
    return {f.target: f.outcome for f in report.findings}


@pytest.mark.parametrize(("rule", "inner", "element", "outcome"), [
    # 23a2a8: an img in the accessibility tree needs a name; alt="" makes it decorative
    ("image-alt", "<img src=a.png>", "html > body > img", Outcome.FAILED),
    ("image-alt", "<img src=a.png alt='A red door'>", "html > body > img", Outcome.PASSED),
    # 97a4e1: a button has a non-empty accessible name
    ("button-name", "<button></button>", "html > body > button", Outcome.FAILED),
    ("button-name", "<button>Send</button>", "html > body > button", Outcome.PASSED),
    # c487ae: a link has a non-empty accessible name
    ("link-name", "<a href='/x'><img src=a.png></a>", "html > body > a", Outcome.FAILED),
    ("link-name", "<a href='/x'>Home</a>", "html > body > a", Outcome.PASSED),
    # 5f99a7: aria-* attributes are defined in WAI-ARIA
    ("aria-valid-attr", "<div aria-labeled='x'>Text</div>", "html > body > div", Outcome.FAILED),
    # 6a7281: ARIA state or property has a valid value
    ("aria-valid-attr-value", "<div role=checkbox aria-checked='yes'>Text</div>",
     "html > body > div", Outcome.FAILED),
    # 3ea0c8: id values are unique in the frame's document (not across documents)
    ("duplicate-id", "<p id=a>x</p><p id=a>y</p>", "html > body > p:nth-child(1)",
     Outcome.FAILED),
])
def test_element_rules_judge_the_frames_document(rule: str, inner: str, element: str,
                                                  outcome: Outcome) -> None:
    found = _outcomes(_page(inner), rule)
    assert found.get(f"{FRAME} >>> {element}") is outcome


def test_ids_are_unique_per_document_not_across_the_frame() -> None:
    page = _page("<p id=note>Inside</p>").replace("<h1>", "<h1 id=note>")
    assert Outcome.FAILED not in _outcomes(page, "duplicate-id").values()


def test_a_finding_inside_is_on_the_frames_line_with_the_inner_snippet() -> None:
    report = check(_page("<p>a</p>\n\n\n<img src=a.png>"), rules=["image-alt"])
    (finding,) = report.violations
    assert finding.target == f"{FRAME} >>> html > body > img"
    assert finding.line == 2  # the iframe's start tag in the page's source
    assert finding.snippet == '<img src="a.png">'


def test_frames_in_frames_are_followed() -> None:
    inner = '<iframe title="Inner" srcdoc="<button></button>"></iframe>'
    found = _outcomes(_page(inner), "button-name")
    assert found == {f"{FRAME} >>> html > body > iframe >>> html > body > button":
                     Outcome.FAILED}


@pytest.mark.parametrize("rule", [
    # 2779a5, b5c3f8, bf051a, 5b7ae0, ucwvc8: the web page's root / the top-level browsing
    # context's html element; cf77f2, 047fe0, b40fd1, ye5d6e: any HTML web page
    "document-title", "html-has-lang", "html-lang-valid", "html-xml-lang-mismatch",
    "html-lang-matches-content", "document-title-descriptive", "bypass",
    "heading-for-main-content", "landmark-for-main-content", "skip-to-main-content",
    "landmark-one-main", "page-has-h1", "region", "skip-link", "heading-order",
])
def test_page_level_rules_judge_the_top_document_only(rule: str) -> None:
    # a frame's document with its own title and lang (xml:lang another language), no main
    # content, a heading skipping levels and text outside landmarks: none of it is judged
    inner = ("<html xml:lang=fr lang=en><title>Inner</title><body><h3>Late</h3><p>Loose text "
             "<a href='#x'>skip</a></p><h1>Top</h1><h4>Skip</h4></body></html>")
    targets = _outcomes(_page(inner), rule)
    assert not any(">>>" in (target or "") for target in targets)


@pytest.mark.parametrize("frame_attributes", [
    'title="Box" hidden', 'title="Box" style="display:none"', 'title="Box" inert',
    'title="Box" aria-hidden="true"',
])
def test_a_frame_neither_drawn_nor_exposed_is_not_judged(frame_attributes: str) -> None:
    assert _outcomes(_page("<img src=a.png>", frame_attributes), "image-alt") == {}


def test_a_frame_in_a_template_or_excluded_by_the_scope_is_not_judged() -> None:
    framed = '<iframe title="Box" srcdoc="<img src=a.png>"></iframe>'
    templated = _page("<p>x</p>").replace("</main>", f"<template>{framed}</template></main>")
    assert not any(">>>" in (t or "") for t in _outcomes(templated, "image-alt"))
    scoped = _outcomes(_page("<img src=a.png>", 'title="Box" class="ad"'), "image-alt",
                       scope=Scope(exclude=(".ad",)))
    assert scoped == {}


def test_a_waiver_inside_the_frame_waives_there() -> None:
    inner = "<img src=a.png data-a11y-ignore='image-alt: a tracking pixel'>"
    report = check(_page(inner), rules=["image-alt"])
    assert report.violations == []
    assert [w.finding.target for w in report.waived] == [f"{FRAME} >>> html > body > img"]


def test_axe_cores_failure_inside_the_frame_is_folded_into_the_static_one() -> None:
    """axe-core runs in frames too (``iframes: true``) and joins frame and element with
    ``>>>``: its failure of the same element in the frame is one problem, not two."""
    page = _page("<img src=a.png><img src=b.png alt=''>")
    static = list(check(page, rules=["image-alt"]).results)
    axe = axe_rule("image-alt", "help", "description", "critical", ("wcag2a", "wcag111"),
                   "https://example.org")
    live = [RuleResult(axe(), (Finding(rule="image-alt", outcome=Outcome.FAILED, message="m",
                                       source=Source.AXE, target="iframe >>> img[src='a.png']"),
                               Finding(rule="image-alt", outcome=Outcome.FAILED, message="m",
                                       source=Source.AXE, target="iframe >>> p"),))]
    merged_static, merged_live = merge_engines(static, live, page.encode())
    failed = {f.target: f.also for r in merged_static for f in r.nodes(Outcome.FAILED)}
    assert failed == {f"{FRAME} >>> html > body > img:nth-child(1)": "axe-core image-alt"}
    assert [f.target for r in merged_live for f in r.nodes(Outcome.FAILED)] == [
        "iframe >>> p"]


def test_frames_past_the_limit_are_not_judged(monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.checks import srcdoc

    monkeypatch.setattr(srcdoc, "MAX_FRAMES", 3)
    frames = "".join(f'<iframe title="F{n}" srcdoc="<img src=a.png>"></iframe>'
                     for n in range(4))
    page = _page("<img src=a.png>").replace("</main>", f"{frames}</main>")
    inside = [t for t in _outcomes(page, "image-alt") if ">>>" in (t or "")]
    assert len(inside) == 3  # of the 5 frames, the first 3
