"""The live engine's passes budgeted in work, not seconds: a slow machine (a page clock or a
camera made slow) judges what a fast one does, and what a budget leaves is one ``cant_tell``
naming it."""

from __future__ import annotations

from typing import Any

import pytest

#: The page's clock runs 5 ms per reading faster than time: a pass that reads it once per
#: text node or element took longer than the 4 s it was once given on the 900 nodes below.
SLOW_CLOCK = """<script>{ const real = performance.now.bind(performance); let extra = 0;
performance.now = () => real() + (extra += 5); }</script>"""
#: 900 paragraphs in boxes that hide overflow (so the zoomed-text pass measures each), and a
#: region that scrolls with nothing in the tab order.
LONG = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>t</title>"
        "<style>p { overflow: hidden; margin: 0; color: #767676; } #s { overflow: auto; "
        "height: 40px; }</style>%s</head><body><main>"
        + "".join(f"<p id='p{n}'>Line {n}</p>" for n in range(900))
        + "<div id='s'>" + "<br>".join(["scrolls"] * 10) + "</div></main></body></html>")


def live_findings(auditor: Any, html: str, rules: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """Each rule's findings by target: outcome and message."""
    from broadsheet.browser import AuditOptions

    audit = auditor.audit("budgets.html", html=html, options=AuditOptions(
        axe_core=False, check_ids=frozenset(rules), timeout=60))
    found: dict[str, dict[str, str]] = {rule: {} for rule in rules}
    for result in audit.results:
        for f in result.findings:
            found.setdefault(result.rule.id, {})[f.target or ""] = f"{f.outcome}: {f.message}"
    return found


def rule_ids() -> tuple[str, ...]:
    from broadsheet.browser.rules import ScrollableReachable, TextContrast, ZoomTextClipping

    return TextContrast.id, ScrollableReachable.id, ZoomTextClipping.id


def test_a_slow_page_clock_judges_text_and_regions_as_a_fast_one_does(auditor: Any) -> None:
    rules = rule_ids()
    fast = live_findings(auditor, LONG % "", rules)
    slow = live_findings(auditor, LONG % SLOW_CLOCK, rules)
    contrast, scroll, zoom = rules
    assert len(fast[contrast]) == 901, "each paragraph and the region's text judged"
    assert fast[contrast]["#p899"] == slow[contrast]["#p899"] == (
        "passed: contrast 4.54:1; normal text (16 px, weight 400) needs 4.5:1")
    assert fast[scroll] == slow[scroll] == {"#s": (
        "failed: scrolls up and down but neither it nor anything in it is in the tab order: "
        'give it tabindex="0" and a name')}
    assert slow[zoom]["#p899"] == fast[zoom]["#p899"] == (
        "passed: not clipped at 640×512 (1280×1024 zoomed to 200 %)")
    assert slow == fast


def test_each_pass_judges_a_number_of_nodes_and_says_so(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.browser import act_checks

    rules = rule_ids()
    contrast, scroll, zoom = rules
    monkeypatch.setattr(act_checks, "TEXT_NODES", 3)
    monkeypatch.setattr(act_checks, "ELEMENTS", 2)
    found = live_findings(auditor, LONG % "", rules)
    assert found[contrast]["html"] == ("cant_tell: 907 text node(s) not judged: the check "
                                       "judges the first 3")
    assert sorted(found[contrast]) == ["#p0", "#p1", "#p2", "html"]
    assert found[zoom]["html"] == ("cant_tell: 907 text node(s) not judged: the check judges "
                                   "the first 3")
    # of 915 elements (head, meta, title, style, main, the paragraphs, the region and its
    # breaks) the first two: the scrolling region is not reached
    assert found[scroll] == {"html": "cant_tell: 913 element(s) not judged: the check judges "
                                     "the first 2"}
    # A page too large for the safety net is said to be, never passed.
    monkeypatch.setattr(act_checks, "TEXT_NODES", 20_000)
    monkeypatch.setattr(act_checks, "ELEMENTS", 50_000)
    monkeypatch.setattr(act_checks, "CEILING_MS", 1000)
    found = live_findings(auditor, LONG % SLOW_CLOCK, rules)
    for rule in rules:
        message = found[rule]["html"]
        assert message.startswith("cant_tell: "), rule
        assert message.endswith("not judged: the check stopped at its safety net of 1 s (the "
                                "page is too large to judge whole)"), rule
    assert "#s" not in found[scroll]


#: Texts over a gradient whose contrast only their pixels tell (white on black to white:
#: which part is behind the glyphs? The black part: they pass), more than the pixel pass once judged however slow the
#: machine (20, then more within 3 s).
OVER_GRADIENT = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>t</title>"
                 "<style>p { margin: 0; width: 300px; color: #fff; background: "
                 "linear-gradient(90deg, #000, #000 40%, #fff 60%, #fff); }</style></head>"
                 "<body><main>"
                 + "".join(f"<p id='g{n}'>Over a gradient {n}</p>" for n in range(45))
                 + "</main></body></html>")


def test_a_slow_camera_judges_text_over_images_as_a_fast_one_does(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    from types import SimpleNamespace

    from broadsheet.browser import act_checks
    from broadsheet.browser.checks import _Camera

    rules = (rule_ids()[0],)
    fast = live_findings(auditor, OVER_GRADIENT, rules)[rules[0]]
    # Each screenshot takes 2.5 s longer, as the pixel pass's clock sees it (one screenshot
    # takes every text in view at once: the 45 texts take two or three).
    # (The pass shoots through its DevTools camera: slowing Playwright's Page.screenshot,
    # which it no longer calls, slowed nothing, and the last assertion caught that.)
    late = [0.0]
    shot = _Camera.shot

    def slow(camera: Any, *args: Any, **kwargs: Any) -> bytes:
        late[0] += 2.5
        return shot(camera, *args, **kwargs)

    monkeypatch.setattr(_Camera, "shot", slow)
    monkeypatch.setattr(act_checks, "time", SimpleNamespace(monotonic=lambda: time.monotonic()
                                                            + late[0]))
    slowed = live_findings(auditor, OVER_GRADIENT, rules)[rules[0]]
    for n in range(45):
        assert slowed[f"#g{n}"] == fast[f"#g{n}"], n
        assert fast[f"#g{n}"].startswith("passed: contrast "), n  # by its pixels
    assert late[0] > 4, "the pass took longer than the 3 s it was once given"


def test_the_pixel_pass_judges_a_number_of_texts_and_says_so(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.browser import act_checks

    rules = (rule_ids()[0],)
    monkeypatch.setattr(act_checks, "PIXEL_TEXTS", 3)
    found = live_findings(auditor, OVER_GRADIENT, rules)[rules[0]]
    assert [found[f"#g{n}"].split(":")[0] for n in range(6)] == ["passed"] * 3 + ["cant_tell"] * 3
    assert found["#g5"].endswith("; its pixels were not compared (the pixel comparison ran out "
                                 "of its 3 texts)")
    monkeypatch.setattr(act_checks, "PIXEL_TEXTS", 200)
    monkeypatch.setattr(act_checks, "PIXEL_AREA", 1)
    found = live_findings(auditor, OVER_GRADIENT, rules)[rules[0]]
    assert found["#g0"].startswith("passed: contrast ")
    assert found["#g1"].endswith("(the pixel comparison ran out of its 1e-06 million pixels)")


#: Texts over a gradient, black at the start and white at the end: the even ones start at the
#: black side (white text passes), the odd ones stand right, over the white (they fail).
SIDES = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>t</title>"
         "<style>p { margin: 0; width: 300px; color: #fff; background: "
         "linear-gradient(90deg, #000, #000 40%, #fff 60%, #fff); } .end { text-align: right }"
         "</style></head><body><main>"
         + "".join(f"<p id='s{n}'{' class=end' if n % 2 else ''}>Side {n}</p>" for n in range(60))
         + "</main></body></html>")


def test_texts_in_view_together_are_judged_from_one_screenshot(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # Sixty texts over a gradient, about forty in the first screen: each judged by the pixels
    # behind its own characters as before (passed on the black side, failed on the white),
    # from one screenshot per screenful, not one per text (three round trips each made the
    # rule 10 s of a 14 s audit of CBS Local's page, every text there over a picture)
    from broadsheet.browser.checks import _Camera

    shots = [0]
    shot = _Camera.shot

    def counted(camera: Any, *args: Any, **kwargs: Any) -> bytes:
        shots[0] += 1
        return shot(camera, *args, **kwargs)

    monkeypatch.setattr(_Camera, "shot", counted)
    rules = (rule_ids()[0],)
    found = live_findings(auditor, SIDES, rules)[rules[0]]
    for n in range(60):
        if n % 2:
            assert found[f"#s{n}"].startswith("failed: a character reaches only 1:1 against "
                                              "the pixels behind it"), (n, found[f"#s{n}"])
        else:
            assert found[f"#s{n}"].startswith("passed: contrast 21:1"), (n, found[f"#s{n}"])
    assert 1 < shots[0] <= 4, shots[0]
