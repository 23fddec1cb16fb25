"""The ACT rules that need a live page: text contrast, scrollable regions, zoomed text.

``act.js`` holds the in-page half. Each pass judges a number of text nodes or elements and the
contrast rule compares the pixels of a number of texts (budgets in work, not seconds, so a
loaded machine judges what a quiet one does); what is left is one ``cant_tell`` saying so, so
a page with hundreds of thousands of text nodes stays bounded. Seconds remain only as safety
nets far above what the budgets take, reported as such when they stop a pass.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import math
import time
from typing import TYPE_CHECKING, Any, cast

from broadsheet.browser import inpage
from broadsheet.browser.rules import (
    BrowserRule,
    ScrollableReachable,
    SilentVideoAlternative,
    TextContrast,
    TextContrastEnhanced,
    VideoSoundCaptions,
    ZoomTextClipping,
)
from broadsheet.checks.report import RuleResult
from broadsheet.findings import Finding, Outcome, Source

if TYPE_CHECKING:
    from playwright.sync_api import Page

#: Text nodes the contrast and zoomed-text passes judge, and elements the scrollable-region
#: pass judges (the rest is one ``cant_tell``).
TEXT_NODES, ELEMENTS = 20_000, 50_000
#: Milliseconds after which an in-page pass stops however few it judged: a safety net.
CEILING_MS = 15_000
#: Texts over images, gradients and filters judged by their pixels at most, and the CSS pixels
#: their screenshots may cover (about 25 screens of 1280×800): the rest are judged by their
#: computed styles alone.
PIXEL_TEXTS, PIXEL_AREA = 200, 25 * 1280 * 800
#: Seconds after which no more texts are judged by their pixels, budgets spent or not.
PIXELS_CEILING_S = 20.0
#: 18 pt and 14 pt in CSS px (1 pt = 4/3 px), with a little room for rounding.
LARGE_PX, LARGE_BOLD_PX = 24 - 0.01, 56 / 3 - 0.01


_call = inpage.caller("__broadsheetAct", "act.js")


def _finding(rule: type[BrowserRule], outcome: Outcome, message: str,
             target: str | None = None, snippet: str | None = None) -> Finding:
    return Finding(rule=rule.id, outcome=outcome, message=message,
                   impact=rule.impact if outcome is Outcome.FAILED else None,
                   source=Source.BROWSER, target=target, snippet=snippet)


def _unjudged(rule: type[BrowserRule], data: dict[str, Any], what: str, limit: int
              ) -> list[Finding]:
    """One ``cant_tell`` for what an in-page pass left unjudged, saying which budget ran out."""
    if not data["unjudged"]:
        return []
    if data["late"]:
        why = (f"the check stopped at its safety net of {CEILING_MS / 1000:g} s (the page is "
               "too large to judge whole)")
    else:
        why = f"the check judges the first {limit}"
    return [_finding(rule, Outcome.CANT_TELL, f"{data['unjudged']} {what} not judged: {why}",
                     "html")]


def _ratio(value: float) -> str:
    """A contrast ratio as shown: cut (not rounded) to two decimals, so 4.4986 shows 4.49
    and never reads as the 4.5 it fails."""
    return f"{math.floor(value * 100) / 100:g}"


def _large(item: dict[str, Any]) -> bool:
    return bool(item["size"] >= LARGE_PX or (item["size"] >= LARGE_BOLD_PX
                                             and item["weight"] >= 700))


def _contrast(rule: type[TextContrast], item: dict[str, Any]) -> Finding:
    finding = _contrast_of(rule, item)
    if "unsampled" in item:
        return dataclasses.replace(finding, message=f"{finding.message}; {item['unsampled']}")
    return finding


def _contrast_of(rule: type[TextContrast], item: dict[str, Any]) -> Finding:
    large = _large(item)
    need = rule.thresholds[1] if large else rule.thresholds[0]
    kind = f"{'large' if large else 'normal'} text ({item['size']:.4g} px, weight " \
           f"{item['weight']:.0f}) needs {need:g}:1"
    target, snippet = item["target"], item["html"]
    if item["ratio"] is None:
        return _finding(rule, Outcome.CANT_TELL, f"{kind}; its background cannot be told: "
                        f"{item['unknown']}", target, snippet)
    best, worst = item["ratio"], item["worst"]
    if best >= need and (worst >= need or not item["gradient"]):
        return _finding(rule, Outcome.PASSED, f"contrast {_ratio(best)}:1; {kind}", target, snippet)
    if item.get("sampled") and best < need and not item["symbols"]:
        return _finding(rule, Outcome.FAILED, f"a character reaches only {_ratio(best)}:1 against "
                        f"the pixels behind it ({item['fg']}); {kind}", target, snippet)
    if best >= need:
        return _finding(rule, Outcome.CANT_TELL, f"contrast {_ratio(worst)}:1 to "
                        f"{_ratio(best)}:1 over a gradient; {kind}: which part is behind "
                        "the text cannot be told",
                        target, snippet)
    if item["symbols"]:
        return _finding(rule, Outcome.CANT_TELL, f"contrast {_ratio(best)}:1; {kind}, unless the "
                        "text expresses no human language (a single character or only "
                        "symbols): a person has to tell", target, snippet)
    return _finding(rule, Outcome.FAILED, f"contrast {_ratio(best)}:1 ({item['fg']}); {kind}",
                    target, snippet)


def _sample(page: Page, items: list[dict[str, Any]]) -> None:
    """Judge text over images, gradients and filters by the pixels the browser draws behind
    each character (the text made transparent): the first :data:`PIXEL_TEXTS` while their
    screenshots covered fewer than :data:`PIXEL_AREA` CSS pixels (none after
    :data:`PIXELS_CEILING_S`, a safety net); the rest are judged by their styles, saying so."""
    if not any("pixels" in item for item in items):
        return
    from playwright.sync_api import Error

    from broadsheet.browser.checks import _Camera

    # One DevTools session for the pass, the page's animations held still from its start to
    # its end and the caret hidden: what Playwright's screenshot options animations="disabled"
    # and caret="hide" did around every shot, walking the whole document each time (most of
    # the contrast rule's time on CNBC's and Marketplace's pages)
    camera = _Camera(page)
    page.evaluate(HIDE_CARET)
    try:
        _sample_with(camera, items)
    finally:
        with contextlib.suppress(Error):
            page.evaluate(SHOW_CARET)
        camera.close()


#: The text caret made transparent for the pass (as Playwright's ``caret="hide"``).
HIDE_CARET = """() => { const s = document.createElement('style');
  s.setAttribute('data-broadsheet-caret', '');
  s.textContent = '*, *::before, *::after { caret-color: transparent !important; }';
  (document.head || document.documentElement).append(s); }"""
SHOW_CARET = "() => document.querySelectorAll('style[data-broadsheet-caret]').forEach((s) => " \
             "s.remove())"


def _sample_with(camera: Any, items: list[dict[str, Any]]) -> None:
    """The texts to judge by their pixels, as many at a time as one screenshot of the
    viewport takes (``hideTexts`` in act.js: those lying wholly in view as the viewport is
    for the first), all made transparent together: one round trip to the page, one
    screenshot and one more round trip for each such group (three for each text cost most of
    the rule's time on a page whose every text is over a picture)."""
    page = camera.page
    ceiling = time.monotonic() + PIXELS_CEILING_S
    done = area = 0
    waiting = [item for item in items if "pixels" in item]
    while waiting:
        spent = _pixels_spent(done, area, ceiling)
        if spent:
            for item in waiting:
                item["unsampled"] = f"its pixels were not compared (the pixel comparison ran " \
                                    f"out of {spent})"
            return
        group = page.evaluate("([i, n, a]) => window.__broadsheetAct.hideTexts(i, n, a)",
                              [[item["pixels"] for item in waiting], PIXEL_TEXTS - done,
                               PIXEL_AREA - area])
        taken, waiting = waiting[:group["taken"]], waiting[group["taken"]:]
        done += len(taken)
        shots = [(item, shot) for item, shot in zip(taken, group["shots"], strict=True) if shot]
        if not shots:
            continue
        clips = [shot["clip"] for _item, shot in shots]
        area += sum(math.ceil(c["width"]) * math.ceil(c["height"]) for c in clips)
        left, top = min(c["x"] for c in clips), min(c["y"] for c in clips)
        where = {"x": left, "y": top,
                 "width": max(c["x"] + c["width"] for c in clips) - left,
                 "height": max(c["y"] + c["height"] for c in clips) - top}
        try:
            png = camera.shot(where, group)
        except BaseException:
            page.evaluate("() => window.__broadsheetAct.restoreText()")
            raise
        # the texts shown again and their pixels read in one round trip to the page
        found = page.evaluate("([b, w, t]) => { window.__broadsheetAct.restoreText(); "
                              "return window.__broadsheetAct.pixelContrast(b, w, t); }",
                              [base64.b64encode(png).decode("ascii"), where,
                               [shot for _item, shot in shots]])
        for (item, _shot), low_high in zip(shots, found, strict=True):
            if low_high is not None:  # a shadow or stroke around the glyphs is background too
                low = max(low_high["low"], item.get("shadow") or 0)
                item.update(ratio=low, worst=low, gradient=False, sampled=True)


def _pixels_spent(done: int, area: int, ceiling: float) -> str | None:
    """Which budget of the pixel comparison is spent, if any (as a finding names it)."""
    if done >= PIXEL_TEXTS:
        return f"its {PIXEL_TEXTS} texts"
    if area >= PIXEL_AREA:
        return f"its {PIXEL_AREA / 1e6:g} million pixels"
    if time.monotonic() > ceiling:
        return f"its safety net of {PIXELS_CEILING_S:g} s: the page is too large to judge whole"
    return None


def contrast(page: Page) -> list[RuleResult]:
    """Text contrast, minimum and enhanced, from one pass over the page's text."""
    data = cast(dict[str, Any], _call(page, "contrastPass", TEXT_NODES, CEILING_MS))
    _sample(page, data["results"])
    out = []
    for rule in (TextContrast, TextContrastEnhanced):
        findings = [_contrast(rule, item) for item in data["results"]]
        findings += _unjudged(rule, data, "text node(s)", TEXT_NODES)
        out.append(RuleResult(rule(), tuple(findings)))
    return out


def sampled_contrast(page: Page) -> list[tuple[str, float]]:
    """The texts over pictures, gradients and filters the contrast rule judges by the pixels
    behind their characters (its pass and its budgets, as :func:`contrast`): each element's
    text and the lowest ratio a character of it reaches. For the gallery's contrast report,
    which otherwise leaves text over a picture to the eye."""
    data = cast(dict[str, Any], _call(page, "contrastPass", TEXT_NODES, CEILING_MS))
    _sample(page, data["results"])
    sampled = [item for item in data["results"]
               if item.get("sampled") and item.get("ratio") is not None]
    texts = page.evaluate("(targets) => targets.map((t) => { "
                          "const el = document.querySelector(t); "
                          "return el ? el.textContent : ''; })",
                          [item["target"] for item in sampled])
    return [(str(text), float(item["ratio"])) for item, text in zip(sampled, texts, strict=True)]


def _plain(rule: type[BrowserRule], data: dict[str, Any], what: str, limit: int
           ) -> RuleResult:
    findings = [_finding(rule, Outcome(item["status"]), item["detail"], item["target"],
                         item["html"]) for item in data["results"]]
    findings += _unjudged(rule, data, what, limit)
    return RuleResult(rule(), tuple(findings))


def scrollable(page: Page) -> RuleResult:
    """Scrollable regions are in, or contain something in, the sequential focus order."""
    return _plain(ScrollableReachable, _call(page, "scrollable", ELEMENTS, CEILING_MS),
                  "element(s)", ELEMENTS)


def zoom_clipping(page: Page) -> RuleResult:
    """Text clipped by overflow at 640×512 (the viewport is restored afterwards)."""
    size = page.viewport_size
    page.set_viewport_size({"width": 640, "height": 512})  # 1280×1024 zoomed to 200 %
    try:
        data = _call(page, "clipping", TEXT_NODES, CEILING_MS)
    finally:
        if size:
            page.set_viewport_size(size)
    return _plain(ZoomTextClipping, data, "text node(s)", TEXT_NODES)


def video_sound(page: Page) -> list[RuleResult]:
    """Visible videos with and without sound (ACT f51b46, fd26cf): the sound Chromium
    decodes from each tells which rule applies; what captions or labels say needs a person."""
    videos = cast(list[dict[str, Any]], _call(page, "videoSound"))
    captions: list[Finding] = []
    silent: list[Finding] = []
    for video in videos:
        target, snippet, sound = video["target"], video["html"], video["sound"]
        if sound == "sound":
            captions.append(_finding(VideoSoundCaptions, Outcome.CANT_TELL, "the video has "
                                     "sound: do captions convey what it says and what is "
                                     "not shown?", target, snippet))
        elif sound in {"silent", "no sound track"}:
            how = "only silence" if sound == "silent" else sound
            silent.append(_finding(SilentVideoAlternative, Outcome.CANT_TELL,
                                   f"the video is silent ({how}): does it repeat text on the "
                                   "page, labelled as its alternative?", target, snippet))
        else:
            why = f"whether the video has sound cannot be told: {sound}"
            captions.append(_finding(VideoSoundCaptions, Outcome.CANT_TELL, why, target, snippet))
            silent.append(_finding(SilentVideoAlternative, Outcome.CANT_TELL, why, target,
                                   snippet))
    return [RuleResult(VideoSoundCaptions(), tuple(captions)),
            RuleResult(SilentVideoAlternative(), tuple(silent))]
