"""Broadsheet's browser checks: skip link, focus indicators, reflow, text spacing, forced colours,
images that load.

Each check drives a live Playwright page with real key presses where the browser's focus
behaviour matters, and returns a :class:`RuleResult`. ``checks.js`` holds the in-page half.
"""

from __future__ import annotations

import base64
import contextlib
import math
import time
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any, cast

from broadsheet.browser import act_checks, autoplay, images, inpage, keyboard_trap
from broadsheet.browser.inpage import OutOfTime
from broadsheet.browser.rules import (
    AutoplaySound,
    AutoplaySoundControl,
    AutoplaySoundShort,
    BrowserRule,
    FocusEscapeHelp,
    FocusEscapes,
    FocusEscapesStandardKeys,
    FocusVisible,
    ForcedColorsBorders,
    ForcedColorsFocus,
    ImageLoads,
    Reflow,
    ScrollableReachable,
    SilentVideoAlternative,
    SkipLinkKeyboard,
    TextContrast,
    TextContrastEnhanced,
    TextSpacing,
    VideoSoundCaptions,
    ZoomTextClipping,
)
from broadsheet.checks.report import RuleResult
from broadsheet.findings import Finding, Outcome, Source

if TYPE_CHECKING:
    from playwright.sync_api import Page

REFLOW_WIDTH = 320
#: Smaller than this in either direction, a focused skip link is too small to see (it is no
#: size rule: WCAG 2.4.1 and 2.4.7 set none, and 2.5.8's spacing exception lets a lone link
#: be smaller than 24 px; this catches the 1 px "visually hidden" box left on focus).
MIN_VISIBLE_PX = 8
MIN_FONT_PX = 12
#: The largest document (CSS pixels) captured whole to find a focus indicator outside the
#: viewport (about 20 screens of 1280×800).
DOCUMENT_SHOT_MAX = 20_000_000
#: Elements of the tab order the in-page focus pass judges (the rest is ``cant_tell``), and
#: the milliseconds after which it stops however few it judged: a safety net far above what
#: that many take. Budgets count work, not seconds, so a loaded machine judges what a quiet
#: one does.
FOCUS_ELEMENTS, FOCUS_CEILING_MS = 1000, 15_000
#: Elements the pixel pass judges at most, and the CSS pixels it may capture (about 100
#: screens of 1280×800; a whole-document screenshot counts its whole area): the elements
#: after are judged by their computed styles alone.
FOCUS_PIXEL_ELEMENTS, FOCUS_PIXEL_AREA = 100, 100 * 1280 * 800
#: Seconds after which the pixel pass stops, its budgets spent or not: a safety net.
FOCUS_PIXELS_CEILING_S = 20.0
#: The longest the pixel pass waits for the page's web fonts, in milliseconds.
FONTS_WAIT_MS = 3000
#: Times a screenshot is asked for when Chromium had no frame to give.
CAPTURE_TRIES = 3
#: Seconds each check may take: the watchdog's limit for it (plus its grace). Every check's
#: own safety nets end it sooner (the focus rule's 15 s in the page and 20 s of pixels, the
#: trap walks' 45 s, each pass of the contrast rule's 15 s and 20 s), its unjudged elements
#: ``cant_tell``, so a large page is never stopped whole for one slow check (the bash
#: reference's 60 s for loading and every check at once ran out under load).
CHECK_S = 60.0

#: ``arm(stage, seconds)``: told what the audit starts and the seconds it may take.
Stage = Callable[[str, float], None]


_call = inpage.caller("__broadsheet")


def _finding(rule: type[BrowserRule], outcome: Outcome, message: str,
             target: str | None = None, snippet: str | None = None) -> Finding:
    return Finding(rule=rule.id, outcome=outcome, message=message,
                   impact=rule.impact if outcome is Outcome.FAILED else None,
                   source=Source.BROWSER, target=target, snippet=snippet)


def _result(rule: type[BrowserRule], findings: Iterable[Finding]) -> RuleResult:
    return RuleResult(rule(), tuple(findings))


def _is_broadsheet(page: Page) -> bool:
    return bool(page.evaluate(
        "() => !!document.querySelector('meta[name=generator][content^=Broadsheet]')"))


def skip_link(page: Page) -> RuleResult:
    """Tab from the top, judge the focused skip link, press Enter and see where focus lands."""
    rule = SkipLinkKeyboard
    url = page.url
    for _ in range(2):  # again if the page's own scripts moved focus meanwhile
        moved = cast(int, _call(page, "foreignFocus"))
        _call(page, "resetFocus")
        page.keyboard.press("Tab")
        info = cast(dict[str, Any], _call(page, "skipLink"))
        # resetFocus's placeholder and the Tab each move focus once
        if cast(int, _call(page, "foreignFocus")) - moved <= 2:
            break
    if not info["found"] or not info.get("inPage"):
        outcome = Outcome.FAILED if _is_broadsheet(page) else Outcome.CANT_TELL
        what = f"focused {info.get('html')}" if info["found"] else "focused nothing"
        return _result(rule, [_finding(rule, outcome, f"The first Tab {what}, not a link to "
                                       "a place on the page; bypass blocks by landmarks "
                                       "and headings only?", info.get("target"),
                                       info.get("html"))])
    if not info.get("claimsSkip") and not _is_broadsheet(page):
        return _result(rule, [_finding(
            rule, Outcome.CANT_TELL, f"The first Tab focused {info.get('html')}, a link to "
            f"#{info.get('targetId')} that neither says it skips to the main content nor "
            "leads to the main landmark: not judged as a skip link; bypass blocks by "
            "landmarks and headings only?", info.get("target"), info.get("html"))])
    problems = _visibility_problems(info)
    proceeds = ""
    if not info.get("targetExists"):
        problems.append(f"its target #{info.get('targetId')} does not exist")
    else:
        page.keyboard.press("Enter")  # skipArrived waits for focus to arrive (or two frames)
        arrived = cast(dict[str, Any], _call(page, "skipArrived", info["targetId"]))
        if not arrived["arrived"]:
            page.keyboard.press("Tab")
            after = cast(dict[str, Any], _call(page, "followsTarget", info["targetId"]))
            if after["follows"]:
                proceeds = (f"; Enter moves no focus, but the next Tab focuses "
                            f"{after['active']}, from #{info['targetId']} on (HTML's "
                            "sequential focus navigation starting point)")
            else:
                problems.append(f"Enter left focus on {arrived['active']}, not in "
                                f"#{info['targetId']}, and the next Tab focuses "
                                f"{after['active']}, not what follows it")
        if page.url != url and page.url.split("#")[0] == url.split("#")[0]:
            page.evaluate("(u) => history.replaceState(history.state, '', u)", url)
    if problems:
        return _result(rule, [_finding(rule, Outcome.FAILED,
                                       f"Skip link {info['text']!r}: " + "; ".join(problems),
                                       info["target"], info["html"])])
    moves = proceeds or f" and Enter moves focus to #{info['targetId']}"
    return _result(rule, [_finding(rule, Outcome.PASSED,
                                   f"Skip link {info['text']!r} is visible when focused{moves}",
                                   info["target"], info["html"])])


def _visibility_problems(info: dict[str, Any]) -> list[str]:
    rect, view = info["rect"], info["viewport"]
    problems = []
    if (rect["left"] < 0 or rect["top"] < 0 or rect["right"] > view["width"] + 0.5
            or rect["bottom"] > view["height"] + 0.5):
        problems.append(f"focused at {rect['left']:.0f},{rect['top']:.0f}–"
                        f"{rect['right']:.0f},{rect['bottom']:.0f}, outside the "
                        f"{view['width']}×{view['height']} viewport")
    if rect["width"] < MIN_VISIBLE_PX or rect["height"] < MIN_VISIBLE_PX:
        problems.append(f"only {rect['width']:.0f}×{rect['height']:.0f} px, too small to see")
    if info["clipped"] or not info["onTop"] or info["opacity"] < 0.5 \
            or info["visibility"] != "visible":
        problems.append("clipped, covered or transparent when focused")
    if info["fontSize"] < MIN_FONT_PX:
        problems.append(f"text {info['fontSize']:.0f} px is too small to read")
    return problems


def _focus_results(rule: type[BrowserRule], page: Page, *, forced: bool) -> RuleResult:
    _call(page, "resetFocus")
    page.keyboard.press("Tab")  # a real key press: later focus() calls show :focus-visible
    items = cast(list[dict[str, Any]], _call(page, "focusIndicators", forced, FOCUS_ELEMENTS,
                                             FOCUS_CEILING_MS))
    if not forced:
        _compare_pixels(page, items)
    findings = [_finding(rule, Outcome(item["status"]), item["detail"], item["target"],
                         item["html"]) for item in items if item["status"] != "inapplicable"]
    return _result(rule, findings)


class _Camera:
    """Screenshots straight from DevTools for one pixel pass, with the page's animations held
    still (``still.js``) from the start of the pass to its end. Playwright's
    ``animations="disabled"`` does the same around every shot, walking the whole document of
    every frame before and after each one: on a news page that was most of the focus rule's
    time."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.session = page.context.new_cdp_session(page)
        #: CSS pixels captured so far (what :data:`FOCUS_PIXEL_AREA` limits).
        self.area = 0
        view = self.session.send("Page.getLayoutMetrics")["cssLayoutViewport"]
        self._view_area = view["clientWidth"] * view["clientHeight"]
        self._hold(True)
        page.evaluate(f"() => Promise.race([document.fonts.ready, new Promise((r) => "
                      f"setTimeout(r, {FONTS_WAIT_MS}))]).then(() => null)")

    def _hold(self, on: bool) -> None:
        # Once, in the top document (still.js reaches same-origin frames itself): Playwright
        # waits without end to evaluate in a frame that has no document yet.
        self.page.evaluate(inpage.script("still.js"), on)

    def shot(self, where: dict[str, Any] | None = None, page_at: dict[str, Any] | None = None
             ) -> bytes:
        """The viewport, or the part ``where`` of it (viewport coordinates) with the viewport
        at ``page_at`` in the document (``pageX``, ``pageY``; default ``where``'s own)."""
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": False,
                                  "optimizeForSpeed": True}
        if where is None:
            self.area += self._view_area
        else:
            at = page_at or where
            params["clip"] = {"x": at["pageX"] + where["x"], "y": at["pageY"] + where["y"],
                              "width": math.ceil(where["width"]),
                              "height": math.ceil(where["height"]), "scale": 1}
            self.area += params["clip"]["width"] * params["clip"]["height"]
        return self._capture(params)

    def document(self) -> bytes | None:
        """The whole scrolling area (ACT's "scrolling area of the viewport"), or None when it
        is no larger than the viewport or larger than :data:`DOCUMENT_SHOT_MAX` pixels."""
        metrics = self.session.send("Page.getLayoutMetrics")
        content, view = metrics["cssContentSize"], metrics["cssLayoutViewport"]
        width, height = math.ceil(content["width"]), math.ceil(content["height"])
        if (width <= view["clientWidth"] and height <= view["clientHeight"]) \
                or width * height > DOCUMENT_SHOT_MAX:
            return None
        self.area += width * height
        return self._capture({
            "format": "png", "captureBeyondViewport": True, "optimizeForSpeed": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})

    def _capture(self, params: dict[str, Any]) -> bytes:
        """``Page.captureScreenshot``, tried again after a frame when Chromium had no frame to
        give ("Unable to capture screenshot": a busy machine's compositor), as Playwright's own
        screenshot does; any other error, or the same one :data:`CAPTURE_TRIES` times, raises."""
        from playwright.sync_api import Error

        for attempt in range(CAPTURE_TRIES):
            try:
                return base64.b64decode(
                    self.session.send("Page.captureScreenshot", params)["data"])
            except Error as error:
                if "Unable to capture screenshot" not in str(error) \
                        or attempt == CAPTURE_TRIES - 1:
                    raise
                self.page.evaluate(
                    "() => new Promise((r) => requestAnimationFrame(() => r(null)))")
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        from playwright.sync_api import Error

        try:
            with contextlib.suppress(Error):  # the page gone: nothing to undo
                self._hold(False)
        finally:
            with contextlib.suppress(Error):
                self.session.detach()


def _compare_pixels(page: Page, items: list[dict[str, Any]]) -> None:
    """ACT oj04fd's test for the elements whose computed styles do not settle it (an
    outline that shows, see ``outlineSettled`` in checks.js), the first
    :data:`FOCUS_PIXEL_ELEMENTS` of them while fewer than :data:`FOCUS_PIXEL_AREA` pixels
    were captured (none after :data:`FOCUS_PIXELS_CEILING_S`, a safety net): does any pixel
    change when the element is focused (around it, else anywhere in the viewport)? Beyond
    that, an element whose own look does not change is ``cant_tell`` and one whose look
    changes keeps ``passed``."""
    if not _undecided(items):
        return
    camera = _Camera(page)
    try:
        _compare_with(camera, items)
    finally:
        camera.close()


def _undecided(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items the pixels judge: all but those whose outline styles alone settle."""
    return [item for item in items if item["status"] in ("passed", "failed")
            and "index" in item and not item.get("settled")]


def _over_budget(item: dict[str, Any], camera: _Camera, count: int, ceiling: float) -> bool:
    """Whether the pixel pass is over for ``item`` (the ``count``-th), saying so in it."""
    if count >= FOCUS_PIXEL_ELEMENTS:
        budget = f"its {FOCUS_PIXEL_ELEMENTS} elements"
    elif camera.area >= FOCUS_PIXEL_AREA:
        budget = f"its {FOCUS_PIXEL_AREA / 1e6:g} million pixels"
    elif time.monotonic() > ceiling:
        budget = f"its {FOCUS_PIXELS_CEILING_S:g} s"
    else:
        return False
    if item["status"] == "failed":  # shown elsewhere? only the pixels could tell
        item.update(status="cant_tell", detail=item["detail"] + "; whether the page shows "
                    f"its focus elsewhere was not compared (the pixel comparison ran out of "
                    f"{budget})")
    else:
        item["detail"] += f" (judged by computed styles: the pixel comparison ran out of " \
                          f"{budget})"
    return True


#: Why an element is `cant_tell` when the viewport keeps changing (:meth:`_Views.verdict`).
_MOVING_DETAIL = ("the viewport changes by itself (an animation, video or frame that cannot be "
                  "held still), so its pixels cannot tell whether focus shows")


def _compare_with(camera: _Camera, items: list[dict[str, Any]]) -> None:
    page = camera.page
    ceiling = time.monotonic() + FOCUS_PIXELS_CEILING_S
    views = _Views(camera)
    for count, item in enumerate(_undecided(items)):
        if _over_budget(item, camera, count, ceiling):
            continue
        if item["status"] == "failed":
            # Its own look does not change: only the whole viewport can tell (around it
            # included), so no smaller screenshots first.
            verdict = views.again_if_disturbed(item["index"], views.judge(item["index"]))
            if verdict is None:  # gone
                continue
            if verdict == "unfocusable":
                item.update(status="cant_tell", detail="the element did not take focus")
            elif verdict == "moving":
                item.update(status="cant_tell", detail=item["detail"] + "; " + _MOVING_DETAIL)
            elif verdict == "changed":
                item.update(status="passed", detail="focus changes how the page looks in "
                            "the viewport, though not by the element's own outline or colours")
            elif views.elsewhere(item["index"], views.focused_at):
                item.update(status="passed", detail="focus changes how the page looks outside "
                            "the viewport, though not by the element's own outline or colours")
            else:
                item.update(status="failed", detail="not one pixel of the viewport changes "
                            "when it is focused")
            continue
        clip = _call(page, "focusShot", item["index"], False)
        if clip is None:
            continue
        before = camera.shot(clip)
        focused_at = _call(page, "focusShot", item["index"], True)
        if focused_at is None:
            item.update(status="cant_tell", detail="the element did not take focus")
            continue
        if camera.shot(clip, focused_at) != before:
            continue
        # Nothing changed around it though its styles say so: compare the whole viewport.
        verdict = views.again_if_disturbed(item["index"],
                                           views.verdict(item["index"], clip, focused_at))
        if verdict == "moving":
            item.update(status="cant_tell", detail=item["detail"] + "; " + _MOVING_DETAIL)
        elif verdict == "same" and not views.elsewhere(item["index"], focused_at):
            item.update(status="failed", detail="not one pixel of the viewport changes when "
                        "it is focused")


class _Views:
    """Viewport screenshots, focused against unfocused. The unfocused viewport is kept per
    scroll position (elements in one row or one fixed header share it): a focused viewport
    equal to it changed no pixel; one that differs is compared again with a fresh one, in
    case the page changed by itself meanwhile, and that one with the next, in case the page
    keeps changing by itself."""

    def __init__(self, camera: _Camera) -> None:
        self.camera = camera
        self.unfocused: dict[tuple[float, float], bytes] = {}
        #: What focusShot said of the element :meth:`verdict` focused last (None: none).
        self.focused_at: dict[str, Any] | None = None
        #: The unfocused whole document per scroll position (:meth:`elsewhere`).
        self.documents: dict[tuple[float, float], bytes | None] = {}

    def judge(self, index: int) -> str | None:
        """:meth:`verdict` for element ``index`` wherever it is (None: it is gone). Placed
        and focused at once, with no frame drawn unfocused, where the unfocused viewport
        was captured already (one round trip to the page fewer for each of its neighbours)."""
        page = self.camera.page
        focused_at = _call(page, "focusShot", index, True, True)
        if focused_at is not None and (focused_at["pageX"], focused_at["pageY"]) in self.unfocused:
            return self.verdict(index, focused_at, focused_at)
        at = _call(page, "focusShot", index, False)
        return None if at is None else self.verdict(index, at)

    def _unfocused(self, at: dict[str, Any], *, fresh: bool = False) -> bytes:
        key = (at["pageX"], at["pageY"])
        if fresh or key not in self.unfocused:
            self.unfocused[key] = self.camera.shot()
        return self.unfocused[key]

    def again_if_disturbed(self, index: int, verdict: str | None) -> str | None:
        """``verdict``, or when the page's own scripts moved focus during that comparison
        (``disturbed``), the verdict of a second one on the page as it is now (``moving``
        if they moved it again): a timer that focuses a search box a second after load
        would otherwise pass the element it fired beside, on a machine slow enough."""
        if verdict != "disturbed":
            return verdict
        self.unfocused.clear()  # captured before the page moved focus
        self.documents.clear()
        verdict = self.judge(index)
        return "moving" if verdict == "disturbed" else verdict

    def verdict(self, index: int, at: dict[str, Any], focused_at: dict[str, Any] | None = None
                ) -> str:
        """What focusing element ``index`` does to the viewport: ``same``, ``changed``,
        ``moving`` (it changes by itself), ``unfocusable`` or ``disturbed`` (the page's own
        scripts moved focus meanwhile, so what changed may be theirs). ``at``: where the
        viewport was with the element unfocused; ``focused_at``: where it is with the
        element focused (``None``: the element is not focused yet)."""
        found = self._verdict(index, at, focused_at)
        if found in ("changed", "moving") \
                and _call(self.camera.page, "foreignFocus") != at["foreign"]:
            return "disturbed"
        return found

    def _verdict(self, index: int, at: dict[str, Any], focused_at: dict[str, Any] | None
                 ) -> str:
        page = self.camera.page
        self.focused_at = None
        if focused_at is None:
            self._unfocused(at)
            focused_at = _call(page, "focusShot", index, True)
            if focused_at is None:
                return "unfocusable"
        self.focused_at = focused_at
        focused = self.camera.shot()
        if self.unfocused.get((focused_at["pageX"], focused_at["pageY"])) == focused:
            return "same"
        again = _call(page, "focusShot", index, False)
        if again is None:
            return "unfocusable"
        unfocused = self._unfocused(again, fresh=True)
        if unfocused == focused:
            return "same"
        return "moving" if self.camera.shot() != unfocused else "changed"


    def elsewhere(self, index: int, focused_at: dict[str, Any] | None = None) -> bool:
        """Whether focusing element ``index`` changes a pixel of the document outside the
        viewport (the whole scrolling area, focused against unfocused; False when the
        document fits the viewport or is too large to capture, and without a screenshot when
        checks.js proved that all focus changes lies in the viewport: ``inView`` of
        ``focused_at``, where the element was focused)."""
        if focused_at is not None and focused_at.get("inView"):
            return False
        page = self.camera.page
        at = _call(page, "focusShot", index, False)
        if at is None:
            return False
        # The unfocused document is kept per scroll position, as the viewport is: a focused
        # one equal to it changed no pixel; one that differs is compared with a fresh one, in
        # case the page changed by itself meanwhile (a whole document takes seconds to
        # capture on a long page: Mashable's three such links took six).
        key = (at["pageX"], at["pageY"])
        kept = key in self.documents
        unfocused = self.documents[key] if kept else self.camera.document()
        self.documents[key] = unfocused
        if unfocused is None or _call(page, "focusShot", index, True) is None:
            return False
        focused = self.camera.document()
        if focused == unfocused or not kept:
            return focused != unfocused
        if _call(page, "focusShot", index, False) is None:
            return False
        self.documents[key] = unfocused = self.camera.document()
        return focused != unfocused


def focus_indicators(page: Page) -> RuleResult:
    """Every element in the tab order shows a focus indicator."""
    return _focus_results(FocusVisible, page, forced=False)


def reflow(page: Page) -> RuleResult:
    """No horizontal scrolling at 320 CSS px (the viewport is restored afterwards)."""
    rule = Reflow
    size = page.viewport_size
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 640})
    try:
        data = cast(dict[str, Any], _call(page, "reflow"))
    finally:
        if size:
            page.set_viewport_size(size)
    if data["scrollWidth"] <= data["width"] + 1:
        return _result(rule, [_finding(rule, Outcome.PASSED, f"{data['scrollWidth']} px wide at "
                                       f"{REFLOW_WIDTH} px: no horizontal scrolling", "html")])
    findings = [_finding(rule, Outcome.FAILED, f"the document is {data['scrollWidth']} px wide "
                         f"at a {data['width']} px viewport", "html")]
    findings += [_finding(rule, Outcome.FAILED, f"reaches {o['left']:.0f}–{o['right']:.0f} px, "
                          f"beyond the {data['width']} px viewport", o["target"], o["html"])
                 for o in data["offenders"]]
    return _result(rule, findings)


def text_spacing(page: Page) -> RuleResult:
    """Apply WCAG 1.4.12's spacing and report text clipped by ``overflow: hidden``."""
    rule = TextSpacing
    clipped = cast(list[dict[str, Any]], _call(page, "textSpacing"))
    if not clipped:
        return _result(rule, [_finding(rule, Outcome.PASSED,
                                       "no text clipped with increased text spacing", "html")])
    return _result(rule, [_finding(rule, Outcome.FAILED, c["detail"], c["target"], c["html"])
                          for c in clipped])


def forced_colors(page: Page) -> list[RuleResult]:
    """Focus outlines and borders in emulated forced-colours mode (then back to normal)."""
    _call(page, "bordered")
    page.emulate_media(forced_colors="active")
    try:
        focus = _focus_results(ForcedColorsFocus, page, forced=True)
        data = cast(dict[str, Any], _call(page, "bordersLost"))
    finally:
        page.emulate_media(forced_colors="none")
    rule = ForcedColorsBorders
    findings = [_finding(rule, Outcome.FAILED, b["detail"], b["target"], b["html"])
                for b in data["lost"]]
    if not findings and data["checked"]:
        findings = [_finding(rule, Outcome.PASSED, f"all {data['checked']} bordered elements "
                             "keep their borders", "html")]
    return [focus, _result(rule, findings)]


#: Every check with the rules it reports, in the order they run (the skip link first: it
#: needs a fresh focus state).
CHECKS: tuple[tuple[Callable[[Page], RuleResult | list[RuleResult]], frozenset[str]], ...] = (
    (skip_link, frozenset({SkipLinkKeyboard.id})),
    (focus_indicators, frozenset({FocusVisible.id})),
    (reflow, frozenset({Reflow.id})),
    (text_spacing, frozenset({TextSpacing.id})),
    (forced_colors, frozenset({ForcedColorsFocus.id, ForcedColorsBorders.id})),
    (act_checks.contrast, frozenset({TextContrast.id, TextContrastEnhanced.id})),
    (act_checks.scrollable, frozenset({ScrollableReachable.id})),
    (act_checks.zoom_clipping, frozenset({ZoomTextClipping.id})),
    (images.image_loads, frozenset({ImageLoads.id})),
    (autoplay.autoplay_sound, frozenset({AutoplaySoundShort.id, AutoplaySoundControl.id,
                                         AutoplaySound.id})),
    (act_checks.video_sound, frozenset({VideoSoundCaptions.id, SilentVideoAlternative.id})),
    # last: its key presses may leave the page in another state (a menu open)
    (keyboard_trap.keyboard_traps, frozenset({FocusEscapesStandardKeys.id, FocusEscapes.id,
                                              FocusEscapeHelp.id})),
)


def run_checks(page: Page, only: Collection[str] | None = None, *,
               cross_origin: bool = False, arm: Stage | None = None) -> list[RuleResult]:
    """Run the browser checks (``only`` these rule ids; by default those outside the
    catalog's opt-in tags, so level AAA runs only when asked for) on a loaded page;
    ``cross_origin``: the page may have loaded from other origins than its own (hosts were
    allowed), so style sheets it cannot read may hold rules; ``arm`` is told each check
    as it starts, with :data:`CHECK_S`."""
    if only is None:
        from broadsheet.browser.rules import CHECK_RULES
        from broadsheet.catalog import OPT_IN_TAGS
        only = {rule.id for rule in CHECK_RULES if not OPT_IN_TAGS & set(rule.tags)}
    _call(page, "configure", {"crossOriginSheets": cross_origin})
    results: list[RuleResult] = []
    for check, rule_ids in CHECKS:
        if only is not None and not rule_ids & set(only):
            continue
        if arm is not None:
            arm(f"running the check {', '.join(sorted(rule_ids))}", CHECK_S)
        try:
            outcome = check(page)
        except OutOfTime as error:
            outcome = [_timed_out(rule_id, error) for rule_id in sorted(rule_ids)]
        results.extend(r for r in (outcome if isinstance(outcome, list) else [outcome])
                       if only is None or r.rule.id in only)
    return results


def _timed_out(rule_id: str, error: OutOfTime) -> RuleResult:
    from broadsheet.browser.rules import CHECK_RULES

    rule = next(rule for rule in CHECK_RULES if rule.id == rule_id)
    return _result(rule, [_finding(rule, Outcome.CANT_TELL, f"the check ran out of time: "
                                   f"{error}", "html")])
