"""Cases of our own for the live engine's ACT rules, written from the rule texts alone (never
from the W3C examples): text contrast (afw4f7, 09o5cg), scrollable content reachable
(0ssw9k), zoomed text not clipped (59br37) and visible focus (oj04fd).

Each rule reads one page of many cases; every element a case names carries an ``id`` and the
outcome the rule text gives it (``None``: no test target, the rule does not apply to it).
Edge values on both sides of each threshold: contrast 4.4986 vs 4.5001 (WCAG compares the
unrounded ratio), 18 pt and 14 pt bold (24 px and 18.67 px), weights 600 vs 700; inherited,
``!important`` and positioned backgrounds, opacity, shadow DOM, disabled widgets and groups by
their semantic role (a ``tr`` is a ``row``, which is a widget; a ``tabpanel`` is a section),
labels that name a disabled widget and labels that do not (``aria-label`` overrides them).
"""

from __future__ import annotations

import math
import re
import shutil
import wave
from pathlib import Path
from typing import Any

import pytest

from tests.browser.act_live_scoring import ASSETS

HEAD = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>t</title>{style}"
        "</head><body style='margin: 8px; background: #fff; color: #000'>{body}</body></html>")
#: 1.61:1 on white: fails wherever it is judged.
PALE = "color: #ccc"
#: Colours on white just under and just over the thresholds (WCAG relative luminance).
UNDER_45, OVER_45 = "#007eb7", "#0f8a15"  # 4.4986:1, 4.5001:1
UNDER_3, OVER_3 = "#0099ff", "#0ca2c6"  # 2.9998:1, 3.0003:1
UNDER_7, OVER_7 = "#00636c", "#0c5aa2"  # 6.9970:1, 7.0004:1

Cases = dict[str, str | None]


def verdicts(auditor: Any, rules: set[str], body: str, style: str = "") -> dict[str, dict[str, str]]:
    """rule id -> element id (from its opening tag, else its selector) -> outcome."""
    from broadsheet.browser import AuditOptions

    html = HEAD.format(style=f"<style>{style}</style>" if style else "", body=body)
    audit = auditor.audit("blind.html", html=html,
                          options=AuditOptions(axe_core=False, check_ids=frozenset(rules)))
    out: dict[str, dict[str, str]] = {rule: {} for rule in rules}
    for result in audit.results:
        if result.rule.id not in rules:
            continue
        for finding in result.findings:
            found = re.search(r"^<[^>]*?\sid=\"([^\"]+)\"", finding.snippet or "")
            key = found.group(1) if found else finding.target or ""
            out[result.rule.id][key] = str(finding.outcome)
    return out


def expected(cases: Cases) -> dict[str, str]:
    return {key: value for key, value in cases.items() if value is not None}


def check(found: dict[str, str], cases: Cases) -> None:
    """Each case's outcome as the rule text gives it; nothing judged that is not a case."""
    wrong = {key: (found.get(key), want) for key, want in cases.items() if found.get(key) != want}
    extra = {key: value for key, value in found.items() if key not in cases}
    assert not wrong, f"(found, expected): {wrong}"
    assert not extra, f"judged, though no test target: {extra}"


# ---- afw4f7 / 09o5cg: text contrast -------------------------------------------------------

CONTRAST_STYLE = """
.imp { color: #000 !important }
.bold-class { font-weight: bold }
"""

#: id -> (markup, minimum outcome, enhanced outcome)
CONTRAST: dict[str, tuple[str, str | None, str | None]] = {
    # the ratio is compared unrounded: 4.4986 is under 4.5
    "under-45": (f'<p id="under-45" style="color: {UNDER_45}">Almost enough</p>', "failed", "failed"),
    "over-45": (f'<p id="over-45" style="color: {OVER_45}">Just enough</p>', "passed", "failed"),
    "under-7": (f'<p id="under-7" style="color: {UNDER_7}">Almost seven</p>', "passed", "failed"),
    "over-7": (f'<p id="over-7" style="color: {OVER_7}">Seven</p>', "passed", "passed"),
    # large scale text: 18 pt (24 px), or 14 pt (18.67 px) with a weight of 700 or more
    "large-24": (f'<p id="large-24" style="font-size: 24px; color: {OVER_3}">Large</p>',
                 "passed", "failed"),
    "large-24-under": (f'<p id="large-24-under" style="font-size: 24px; color: {UNDER_3}">'
                       "Large, faint</p>", "failed", "failed"),
    "small-23": (f'<p id="small-23" style="font-size: 23.5px; color: {OVER_3}">Not large</p>',
                 "failed", "failed"),
    "pt-18": (f'<p id="pt-18" style="font-size: 18pt; color: {OVER_3}">Eighteen points</p>',
              "passed", "failed"),
    "bold-14pt": (f'<p id="bold-14pt" style="font: bold 14pt sans-serif; color: {OVER_3}">'
                  "Fourteen points bold</p>", "passed", "failed"),
    "bold-13pt": (f'<p id="bold-13pt" style="font: bold 13.5pt sans-serif; color: {OVER_3}">'
                  "Thirteen and a half points bold</p>", "failed", "failed"),
    "bold-18-6": (f'<p id="bold-18-6" style="font-size: 18.6px; font-weight: 700; color: '
                  f'{OVER_3}">Under 14 pt</p>', "failed", "failed"),
    "bold-18-7": (f'<p id="bold-18-7" style="font-size: 18.7px; font-weight: 700; color: '
                  f'{OVER_3}">Over 14 pt</p>', "passed", "failed"),
    "weight-600": (f'<p id="weight-600" style="font-size: 20px; font-weight: 600; color: '
                   f'{OVER_3}">Semi-bold</p>', "failed", "failed"),
    "weight-class": (f'<p id="weight-class" class="bold-class" style="font-size: 20px; color: '
                     f'{OVER_3}">Bold from a class</p>', "passed", "failed"),
    "bolder": (f'<div style="font-size: 20px; color: {OVER_3}"><strong id="bolder">Bolder than '
               "its parent</strong></div>", "passed", "failed"),
    # inherited and cascaded colours
    "inherits": (f'<div style="{PALE}"><p id="inherits">Inherited grey</p></div>',
                 "failed", "failed"),
    "important": (f'<p id="important" class="imp" style="{PALE}">Important wins</p>',
                  "passed", "passed"),
    "fill": ('<p id="fill" style="color: #000; -webkit-text-fill-color: #ccc">Filled grey</p>',
             "failed", "failed"),
    # transparency: text, ancestors, backgrounds
    "alpha-text": ('<p id="alpha-text" style="color: rgba(0, 0, 0, 0.4)">Translucent</p>',
                   "failed", "failed"),
    "opacity": ('<div style="opacity: 0.3"><p id="opacity">Faded block</p></div>',
                "failed", "failed"),
    "opacity-high": ('<div style="opacity: 0.95"><p id="opacity-high">Barely faded</p></div>',
                     "passed", "passed"),
    "dark-bg": ('<div style="background: #000"><p id="dark-bg" style="color: #fff">White on '
                "black</p></div>", "passed", "passed"),
    "dark-bg-grey": ('<div style="background: #000"><p id="dark-bg-grey" style="color: #333">'
                     "Grey on black</p></div>", "failed", "failed"),
    "half-black": ('<div style="background: rgba(0, 0, 0, 0.5)"><p id="half-black" style="color:'
                   ' #fff">White on half black</p></div>', "failed", "failed"),
    # a positioned box painted behind the text, not an ancestor of it
    "positioned": ('<div style="position: relative"><div style="position: absolute; inset: 0; '
                   'background: #000"></div><p id="positioned" style="position: relative; '
                   'color: #fff; margin: 0">White over a black sibling</p></div>',
                   "passed", "passed"),
    "positioned-grey": ('<div style="position: relative"><div style="position: absolute; inset: 0;'
                        ' background: #000"></div><p id="positioned-grey" style="position: '
                        'relative; color: #444; margin: 0">Grey over a black sibling</p></div>',
                        "failed", "failed"),
    # shadow pixels are background pixels in the bounding box
    "shadow": ('<p id="shadow" style="color: #eee; text-shadow: 1px 1px 0 #000; font-size: 20px">'
               "Light text, dark shadow</p>", "passed", "passed"),
    # not visible: no test target
    "transparent": ('<p id="transparent" style="color: transparent">Invisible</p>', None, None),
    "same": ('<p id="same" style="color: #fff">White on white</p>', None, None),
    "vis-hidden": (f'<p id="vis-hidden" style="visibility: hidden; {PALE}">Hidden</p>',
                   None, None),
    "vis-back": (f'<div style="visibility: hidden">x<p id="vis-back" style="visibility: visible;'
                 f' {PALE}">Visible again</p></div>', "failed", "failed"),
    "display-none": (f'<p id="display-none" style="display: none; {PALE}">Gone</p>', None, None),
    "off-left": (f'<p id="off-left" style="position: absolute; left: -9999px; {PALE}">Off</p>',
                 None, None),
    "closed": (f'<details><summary id="summary">More</summary><p id="closed" style="{PALE}">'
               "Closed</p></details>", None, None),
    "summary": ("", "passed", "passed"),  # the summary above
    # aria-hidden does not exempt text from contrast
    "aria-hidden": (f'<p id="aria-hidden" aria-hidden="true" style="{PALE}">Hidden from AT</p>',
                    "failed", "failed"),
    # text in SVG has no HTML parent; text in a foreignObject does
    "svg-text": ('<svg width="200" height="30"><text id="svg-text" x="0" y="20" fill="#ccc">'
                 'SVG text</text></svg>', None, None),
    "foreign": (f'<svg width="300" height="40"><foreignObject width="300" height="40"><p '
                f'xmlns="http://www.w3.org/1999/xhtml" id="foreign" style="{PALE}; margin: 0">'
                "HTML in SVG</p></foreignObject></svg>", "failed", "failed"),
    # disabled ancestors: a group or widget by its semantic role
    "btn-disabled": (f'<button id="btn-disabled" disabled style="{PALE}">Off</button>', None, None),
    "generic-aria": (f'<div aria-disabled="true"><p id="generic-aria" style="{PALE}">Not a '
                     "widget</p></div>", "failed", "failed"),
    "link-in-aria": (f'<div aria-disabled="true"><span id="link-in-aria" role="link" style="'
                     f'{PALE}">Disabled link</span></div>', None, None),
    "group": (f'<div role="group" aria-disabled="true"><p id="group" style="{PALE}">In a '
              "disabled group</p></div>", None, None),
    "toolbar": (f'<div role="toolbar" aria-disabled="true"><span id="toolbar" style="{PALE}">'
                "Tools</span></div>", None, None),
    "tabpanel": (f'<div id="tabpanel" role="tabpanel" aria-disabled="true" style="{PALE}">A '
                 "section, not a widget</div>", "failed", "failed"),
    "meter": (f'<div id="meter" role="meter" aria-valuenow="5" aria-disabled="true" style="'
              f'{PALE}">A range, not a widget</div>', "failed", "failed"),
    "row": (f'<table><tr aria-disabled="true"><td id="row" style="{PALE}">In a disabled row'
            "</td></tr></table>", None, None),
    "table-rows": (f'<table aria-disabled="true"><tr><td id="table-rows" style="{PALE}">Rows of '
                   "a disabled table</td></tr></table>", None, None),
    "th-own": (f'<table><tr><th id="th-own" aria-disabled="true" style="{PALE}">A disabled '
               "column header</th></tr></table>", None, None),
    "td-own": (f'<table><tr><td id="td-own" aria-disabled="true" style="{PALE}">A cell, not a '
               "widget</td></tr></table>", "failed", "failed"),
    "details-group": (f'<details open aria-disabled="true"><summary>S</summary><p id="details-'
                      f'group" style="{PALE}">Open</p></details>', None, None),
    "fieldset": (f'<fieldset disabled><legend id="fieldset" style="{PALE}">Legend</legend>'
                 "</fieldset>", None, None),
    # labels of disabled widgets, by the accessible name
    "wrap-label": (f'<label id="wrap-label" style="{PALE}">Name <input disabled></label>',
                   None, None),
    "labelledby": (f'<span id="labelledby" style="{PALE}">Named</span><input aria-labelledby='
                   '"labelledby" disabled>', None, None),
    "labelledby-on": (f'<span id="labelledby-on" style="{PALE}">Named</span><input aria-'
                      'labelledby="labelledby-on">', "failed", "failed"),
    "describedby": (f'<span id="describedby" style="{PALE}">Described</span><input aria-'
                    'describedby="describedby" disabled>', "failed", "failed"),
    "ancestor-named": (f'<div id="named-by"><span id="ancestor-named" style="{PALE}">Part of a '
                       'name</span></div><button aria-labelledby="named-by" disabled>x</button>',
                       None, None),
    "label-overridden": (f'<label id="label-overridden" for="ov" style="{PALE}">Unused label'
                         '</label><input id="ov" disabled aria-label="Other name">',
                         "failed", "failed"),
    # shadow DOM: text in a shadow root and slotted text
    "in-shadow": (f'<div><template shadowrootmode="open"><p id="in-shadow" style="{PALE}">In a '
                  "shadow root</p></template></div>", "failed", "failed"),
    "slotted": ('<div><template shadowrootmode="open"><div style="color: #ccc"><slot></slot>'
                '</div></template><span id="slotted">Slotted, grey from the shadow tree</span>'
                "</div>", "failed", "failed"),
    "rtl": (f'<p id="rtl" dir="rtl" lang="ar" style="color: {UNDER_45}">نص رمادي</p>',
            "failed", "failed"),
    "shadow-disabled": ('<div role="button" aria-disabled="true"><template shadowrootmode="open">'
                        f'<span id="shadow-disabled" style="{PALE}">Disabled host</span>'
                        "</template></div>", None, None),
    "hidden-shown": (f'<p id="hidden-shown" hidden style="display: block; {PALE}">Shown despite '
                     "hidden</p>", "failed", "failed"),
    # user agent sizes: h3 is 1.17em bold (18.72 px, large), h4 1em bold (16 px, normal)
    "h3": (f'<h3 id="h3" style="color: {OVER_3}">Heading three</h3>', "passed", "failed"),
    "h4": (f'<h4 id="h4" style="color: {OVER_3}">Heading four</h4>', "failed", "failed"),
    "percent": (f'<p id="percent" style="font-size: 150%; color: {OVER_3}">One and a half</p>',
                "passed", "failed"),
    "variable": ('<p id="variable" style="--grey: #ccc; color: var(--grey)">A custom property'
                 "</p>", "failed", "failed"),
    "hsl": ('<p id="hsl" style="color: hsl(0 0% 80%)">HSL grey</p>', "failed", "failed"),
    "oklch": ('<p id="oklch" style="color: oklch(0 0 0)">OKLCH black</p>', "passed", "passed"),
    "link": ('<p><a id="link" href="#x">A link in its default colour</a></p>', "passed", "passed"),
    # the pixels behind: a background image, a gradient of one colour
    "image": ('<div style="background: url(\'data:image/svg+xml,<svg xmlns=%22http://www.w3.org/'
              '2000/svg%22 width=%2210%22 height=%2210%22><rect width=%2210%22 height=%2210%22 '
              'fill=%22black%22/></svg>\')"><p id="image" style="color: #fff; margin: 0">White '
              "on a black picture</p></div>", "passed", "passed"),
    "image-grey": ('<div style="background: url(\'data:image/svg+xml,<svg xmlns=%22http://www.w3.'
                   'org/2000/svg%22 width=%2210%22 height=%2210%22><rect width=%2210%22 height=%22'
                   '10%22 fill=%22black%22/></svg>\')"><p id="image-grey" style="color: #333; '
                   'margin: 0">Grey on a black picture</p></div>', "failed", "failed"),
    "gradient": ('<div style="background: linear-gradient(#000, #000)"><p id="gradient" style='
                 '"color: #fff; margin: 0">White on a black gradient</p></div>', "passed", "passed"),
}


def test_text_contrast_follows_the_rule_text(auditor: Any) -> None:
    body = "\n".join(markup for markup, _, _ in CONTRAST.values())
    found = verdicts(auditor, {"text-contrast-minimum", "text-contrast-enhanced"}, body,
                     CONTRAST_STYLE)
    minimum = {key: want for key, (_, want, _) in CONTRAST.items()}
    enhanced = {key: want for key, (_, _, want) in CONTRAST.items()}
    # symbols-only text and other cases judged elsewhere are not in this page
    check(found["text-contrast-minimum"], expected(minimum))
    check(found["text-contrast-enhanced"], expected(enhanced))


# ---- 0ssw9k: scrollable content reachable by sequential focus navigation -----------------

LONG = "Words that will not fit. " * 30
SCROLL: Cases = {
    "auto": "failed", "scroll-fits": None, "hidden": None, "tab0": "passed", "tab-1": "failed",
    "tab-padded": "passed", "tab-junk": "failed", "link-in": "passed", "link-out": "failed",
    "disabled-in": "failed", "hidden-in": "failed", "inert": "passed", "padding": None,
    "invisible": None, "sideways": "failed", "shadow-in": "passed", "editable-in": "passed",
    "summary-in": "passed", "display-none": None, "tab1": "passed", "img-only": "failed",
    "empty-space": None, "opacity-0": None, "closed-in": "failed", "hidden-link-in": "failed",
    "outer": "passed", "inner": "passed",
}
SCROLL_BODY = f"""
<div id="auto" style="height: 50px; overflow: auto">{LONG}</div>
<div id="scroll-fits" style="height: 200px; overflow: scroll">Short</div>
<div id="hidden" style="height: 50px; overflow: hidden">{LONG}</div>
<div id="tab0" tabindex="0" style="height: 50px; overflow: auto">{LONG}</div>
<div id="tab-1" tabindex="-1" style="height: 50px; overflow: auto">{LONG}</div>
<div id="tab-padded" tabindex=" 0" style="height: 50px; overflow: auto">{LONG}</div>
<div id="tab-junk" tabindex="zero" style="height: 50px; overflow: auto">{LONG}</div>
<div id="tab1" tabindex="1" style="height: 50px; overflow: auto">{LONG}</div>
<div id="link-in" style="height: 50px; overflow: auto">{LONG} <a href="#x">a link</a></div>
<div id="link-out" style="height: 50px; overflow: auto">{LONG} <a href="#x" tabindex="-1">out
</a></div>
<div id="disabled-in" style="height: 50px; overflow: auto">{LONG} <button disabled>b</button></div>
<div id="hidden-in" style="height: 50px; overflow: auto">{LONG} <a href="#x" hidden>h</a></div>
<div id="inert" inert style="height: 50px; overflow: auto">{LONG}</div>
<div id="padding" style="height: 60px; padding: 30px 0; overflow: auto"><div
 style="height: 70px">Ten pixels past the box, less than its padding</div></div>
<div id="invisible" style="height: 50px; overflow: auto"><div style="visibility: hidden">{LONG}
</div></div>
<div id="sideways" style="width: 200px; overflow-x: auto; white-space: nowrap">{LONG}</div>
<div id="shadow-in" style="height: 50px; overflow: auto">{LONG}<span><template
 shadowrootmode="open"><button>in a shadow root</button></template></span></div>
<div id="editable-in" style="height: 50px; overflow: auto">{LONG}<p contenteditable>edit</p></div>
<div id="summary-in" style="height: 50px; overflow: auto">{LONG}<details><summary>s</summary>
</details></div>
<div id="img-only" style="height: 50px; overflow: auto"><img alt="tall" src="data:image/svg+xml,
%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='200'%3E%3Crect width='40'
 height='200'/%3E%3C/svg%3E"></div>
<div id="empty-space" style="height: 50px; overflow: auto"><div style="height: 200px"></div></div>
<div id="opacity-0" style="height: 50px; overflow: auto"><div style="opacity: 0">{LONG}</div></div>
<div id="closed-in" style="height: 50px; overflow: auto">{LONG}<details><summary tabindex="-1"
>s</summary><a
 href="#x">closed</a></details></div>
<div id="hidden-link-in" style="height: 50px; overflow: auto">{LONG}<a href="#x"
 style="visibility: hidden">unseen</a></div>
<div id="outer" style="height: 80px; overflow: auto">{LONG}<div id="inner" tabindex="0"
 style="height: 30px; overflow: auto">{LONG}</div>{LONG}</div>
<div style="display: none"><div id="display-none" style="height: 50px; overflow: auto">{LONG}
</div></div>
"""


def test_scrollable_regions_follow_the_rule_text(auditor: Any) -> None:
    found = verdicts(auditor, {"scrollable-region-keyboard"}, SCROLL_BODY)
    check(found["scrollable-region-keyboard"], expected(SCROLL))


# ---- 59br37: zoomed text not clipped (640 by 512) -----------------------------------------

ZOOM_STYLE = """
@media (max-width: 700px) { .narrow-clip { height: 30px; overflow: hidden } }
.box { width: 300px; line-height: 20px; font-size: 16px }
"""
ZOOM: Cases = {
    "fixed": "failed", "one-line": "passed", "ellipsis": "passed", "nowrap-clip": "failed",
    "wrap-ellipsis": "failed", "aria-hidden": None, "auto": None, "roomy": "passed",
    "y-clip": "passed", "y-hidden": "failed", "narrow": "failed", "wide-word": "failed",
    "shadow-fixed": "failed", "aria-hidden-upper": None, "aria-hidden-false": "failed",
    "scroller-inside": "passed", "ellipsis-clip": "passed", "ellipsis-elsewhere": "failed",
}
ZOOM_BODY = f"""
<div class="box" style="height: 40px; overflow: hidden"><p id="fixed" style="margin: 0">{LONG}
</p></div>
<div class="box" style="height: 20px; overflow: hidden"><p id="one-line" style="margin: 0">
{LONG}</p></div>
<div class="box" style="white-space: nowrap; text-overflow: ellipsis; overflow: hidden"><span
 id="ellipsis">{LONG}</span></div>
<div class="box" style="white-space: nowrap; text-overflow: clip; overflow: hidden"><span
 id="nowrap-clip">{LONG}</span></div>
<div class="box" style="text-overflow: ellipsis; overflow: hidden"><span id="wrap-ellipsis"
>Pneumonoultramicroscopicsilicovolcanoconiosisandthensomemorelettersthatdonotfit</span></div>
<div class="box" aria-hidden="true" style="height: 40px; overflow: hidden"><p id="aria-hidden"
 style="margin: 0">{LONG}</p></div>
<div class="box" style="height: 40px; overflow: auto"><p id="auto" style="margin: 0">{LONG}</p>
</div>
<div class="box" style="overflow: hidden"><p id="roomy" style="margin: 0">{LONG}</p></div>
<div class="box" style="height: 20px; padding: 10px 0; overflow-y: clip"><p id="y-clip"
 style="margin: 0">{LONG}</p></div>
<div class="box" style="height: 20px; padding: 10px 0; overflow-y: hidden"><p id="y-hidden"
 style="margin: 0">{LONG}</p></div>
<div class="box narrow-clip"><p id="narrow" style="margin: 0">{LONG}</p></div>
<div class="box" style="width: 100px; overflow: hidden"><span id="wide-word"
>Pneumonoultramicroscopicsilicovolcanoconiosis</span></div>
<div class="box" aria-hidden="TRUE" style="height: 40px; overflow: hidden"><p
 id="aria-hidden-upper" style="margin: 0">{LONG}</p></div>
<div class="box" aria-hidden="false" style="height: 40px; overflow: hidden"><p
 id="aria-hidden-false" style="margin: 0">{LONG}</p></div>
<div class="box" style="height: 100px; overflow: hidden"><div style="height: 40px; overflow:
 auto"><p id="scroller-inside" style="margin: 0">{LONG}</p></div></div>
<div class="box" style="white-space: nowrap; text-overflow: ellipsis; overflow-x: clip"><span
 id="ellipsis-clip">{LONG}</span></div>
<div class="box" style="white-space: nowrap; overflow: hidden"><span id="ellipsis-elsewhere"
 style="text-overflow: ellipsis">{LONG}</span></div>
<div class="box" style="height: 40px; overflow: hidden"><template shadowrootmode="open"><p
 id="shadow-fixed" style="margin: 0">{LONG}</p></template></div>
"""


def test_zoomed_text_clipping_follows_the_rule_text(auditor: Any) -> None:
    found = verdicts(auditor, {"zoom-text-not-clipped"}, ZOOM_BODY, ZOOM_STYLE)
    check(found["zoom-text-not-clipped"], expected(ZOOM))


# ---- oj04fd: visible focus ----------------------------------------------------------------

FOCUS_STYLE = """
.bare:focus, .bare:focus-visible { outline: none }
#background:focus { background: #ff0 }
#elsewhere:focus + .hint { display: inline }
.hint { display: none }
#tiny { color: #000 }
#tiny:focus { color: #010101 }
#within-box:focus-within { outline: 2px solid #000 }
#white-outline:focus { outline: 2px solid #fff }
#clear-outline:focus { outline: 2px solid transparent }
#box-shadow:focus { box-shadow: 0 0 0 3px #00f }
"""
FOCUS: Cases = {
    "plain": "passed", "none": "failed", "background": "passed", "elsewhere": "passed",
    "minus": None, "gone": None, "disabled": None, "tiny": "passed", "within": "passed",
    "div-tab": "passed", "div-bare": "failed", "shadow-bare": "failed", "shadow-ring": "passed",
    "white-outline": "failed", "clear-outline": "failed", "box-shadow": "passed",
    "summary": "passed", "no-href": None, "unseen": None, "inert": None,
}
FOCUS_BODY = """
<p><a id="plain" href="#p">Default focus ring</a></p>
<p><a id="none" class="bare" href="#p">No indicator</a></p>
<p><a id="background" class="bare" href="#p">Background on focus</a></p>
<p><a id="elsewhere" class="bare" href="#p">Shows a hint</a><span class="hint">focused</span></p>
<p><a id="minus" class="bare" href="#p" tabindex="-1">Not in the tab order</a></p>
<p><a id="gone" class="bare" href="#p" style="display: none">Not rendered</a></p>
<p><button id="disabled" class="bare" disabled>Disabled</button></p>
<p><a id="tiny" class="bare" href="#p">A colour one step off</a></p>
<p id="within-box"><a id="within" class="bare" href="#p">Its paragraph is outlined</a></p>
<div id="div-tab" tabindex="0">A focusable div, default ring</div>
<div id="div-bare" class="bare" tabindex="0">A focusable div, no ring</div>
<div><template shadowrootmode="open"><style>button:focus { outline: none }</style><button
 id="shadow-bare">In a shadow root, no ring</button><a id="shadow-ring" href="#p">A ring</a>
</template></div>
<p><a id="white-outline" class="bare" href="#p">White outline on white</a></p>
<p><a id="clear-outline" class="bare" href="#p">Transparent outline</a></p>
<p><a id="box-shadow" class="bare" href="#p">Box shadow</a></p>
<details><summary id="summary">Summary</summary>More</details>
<p><a id="no-href">Not a link</a></p>
<p><a id="unseen" href="#p" style="visibility: hidden">Hidden</a></p>
<p inert><a id="inert" href="#p">Inert</a></p>
"""


def test_visible_focus_follows_the_rule_text(auditor: Any) -> None:
    found = verdicts(auditor, {"focus-indicator-visible"}, FOCUS_BODY, FOCUS_STYLE)
    check(found["focus-indicator-visible"], expected(FOCUS))


@pytest.mark.parametrize("table", [CONTRAST, SCROLL, ZOOM, FOCUS])
def test_every_case_names_an_element_of_its_page(table: dict[str, Any]) -> None:
    pages = CONTRAST_STYLE + "".join(m for m, _, _ in CONTRAST.values()) + SCROLL_BODY + \
        ZOOM_BODY + FOCUS_BODY
    for key in table:
        assert f'id="{key}"' in pages, key


# ---- f51b46 / fd26cf: videos with and without sound ---------------------------------------

def _wave(path: Path, loud: bool, seconds: float = 1.0, rate: int = 8000) -> None:
    """A mono WAV file: a 440 Hz tone, or digital silence."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(rate)
        out.writeframes(bytes(int(128 + (60 * math.sin(2 * math.pi * 440 * i / rate)
                                         if loud else 0)) for i in range(int(seconds * rate))))


def test_videos_are_judged_by_the_sound_chromium_decodes(auditor: Any, tmp_path: Path) -> None:
    from broadsheet.browser import AuditOptions

    _wave(tmp_path / "tone.wav", loud=True)
    _wave(tmp_path / "quiet.wav", loud=False)
    shutil.copy(ASSETS / "rabbit-video" / "video.webm", tmp_path / "rabbit.webm")
    page = tmp_path / "videos.html"
    page.write_text(HEAD.format(style="", body="""
<video id="tone" src="tone.wav" controls></video>
<video id="quiet" src="quiet.wav" controls></video>
<video id="fallback" controls><source src="missing.mp4" type="video/mp4"><source
 src="rabbit.webm" type="video/webm"></video>
<video id="hidden" src="tone.wav" style="display: none"></video>
<video id="nothing" src="missing.webm"></video>"""), encoding="utf-8")
    rules = {"video-sound-captions", "silent-video-alternative"}
    audit = auditor.audit(page, options=AuditOptions(axe_core=False, check_ids=frozenset(rules)))
    found = {(r.rule.id, (f.target or "")): (str(f.outcome), f.message) for r in audit.results
             for f in r.findings if r.rule.id in rules}
    outcomes = {key: outcome for key, (outcome, _) in found.items()}

    # sound: a target of f51b46 only; silence: of fd26cf only; neither when not shown;
    # a video nothing loads for cannot be told
    assert outcomes == {
        ("video-sound-captions", "#tone"): "cant_tell",
        ("silent-video-alternative", "#quiet"): "cant_tell",
        ("video-sound-captions", "#fallback"): "cant_tell",
        ("video-sound-captions", "#nothing"): "cant_tell",
        ("silent-video-alternative", "#nothing"): "cant_tell",
    }
    assert "has sound" in found[("video-sound-captions", "#fallback")][1]
    assert "cannot be told" in found[("video-sound-captions", "#nothing")][1]
