"""Round 45: cases for the live engine's ACT rules written from the rule texts alone (never
from the W3C examples), in shapes the earlier live files do not use: colours written with
``color-mix()``, ``currentcolor`` and system colours, text under ``aria-disabled`` widgets and
inside ``<fieldset disabled>`` links; scrollers made of ``overflow: scroll``, ``overflow:
clip``, ``inert`` or hidden content, media controls and ``summary``; focus shown by a change of
colour, underline, border, scale or a parent's ``:has(:focus)``. Each page is audited once
(a module fixture); each case is its own test, its comment the sentence that decides it
(``None``: no test target).

- afw4f7 / 09o5cg: "any visible character in a text node ... that is not part of a disabled
  widget or group"; "the highest possible contrast ... is at least 4.5:1 (7:1)".
- 0ssw9k: an element "that has a horizontal or vertical scroll distance" the user can scroll;
  "the test target or one of its descendants is included in sequential focus navigation".
- oj04fd: an element in sequential focus navigation; "at least one pixel ... changes" when it
  is focused.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.test_act_live_blind_cases import Cases, verdicts

PALE = "color: #ccc"  # 1.61:1 on white
LONG = "Words that will not fit in the box. " * 20
BOX = "height: 60px; width: 200px"

#: id -> (minimum outcome, enhanced outcome)
CONTRAST: dict[str, tuple[str | None, str | None]] = {
    # color-mix(in srgb, #000 80%, #fff) is #333: 12.6:1 passes both
    "mix-dark": ("passed", "passed"),
    # color-mix(in srgb, #000 50%, #fff) is about #808080: 3.95:1 fails both at 16 px
    "mix-mid": ("failed", "failed"),
    # currentcolor as the text colour is the inherited colour: pale, fails
    "current": ("failed", "failed"),
    # "not part of a disabled widget": aria-disabled="true" disables a semantic button
    "aria-off": (None, None),
    # aria-disabled on a paragraph (no widget role) disables nothing: judged
    "aria-off-p": ("failed", "failed"),
    # a link inside a disabled fieldset is no form control: the fieldset does not disable it,
    # but it is part of the disabled group (its text is the group's)
    "fieldset-link": (None, None),
    # black on white in a table cell: 21:1
    "cell": ("passed", "passed"),
    # pale text in a visible (open) dialog is judged
    "dialog": ("failed", "failed"),
    # text in a closed details' content is not rendered: no target
    "closed-details": (None, None),
}
CONTRAST_BODY = f"""
<p id="mix-dark" style="color: color-mix(in srgb, #000 80%, #fff)">Mixed dark</p>
<p id="mix-mid" style="color: color-mix(in srgb, #000 50%, #fff)">Mixed grey</p>
<div style="{PALE}"><p id="current" style="color: currentcolor">Current colour</p></div>
<div id="aria-off" role="button" aria-disabled="true" tabindex="0" style="{PALE}">Off</div>
<p id="aria-off-p" aria-disabled="true" style="{PALE}">A paragraph</p>
<fieldset disabled><legend>Group</legend><a id="fieldset-link" href="#x" style="{PALE}">Link
</a></fieldset>
<table><tr><td id="cell" style="color: #000">Cell</td></tr></table>
<dialog open><p id="dialog" style="{PALE}">In a dialog</p></dialog>
<details><summary>More</summary><p id="closed-details" style="{PALE}">Folded</p></details>
"""

SCROLL: Cases = {
    # overflow: scroll with content that fits has no scroll distance: not applicable
    "scroll-fits": None,
    # overflow: clip cannot be scrolled by the user
    "clip": None,
    # a summary inside is in the focus order
    "with-summary": "passed",
    # an audio element with controls is focusable in sequence
    "with-audio": "passed",
    # a link in display: none is in no focus order
    "with-gone-link": "failed",
    # a button in an inert subtree is not focusable
    "with-inert": "failed",
    # the scroller itself with tabindex -1 is not in the sequential order
    "self-minus": "failed",
    # an editing host scroller is in the focus order itself
    "self-editable": "passed",
    # vertical scroll only (overflow-x hidden, overflow-y auto) with a link: passes
    "y-only": "passed",
}
SCROLL_BODY = f"""
<div id="scroll-fits" style="overflow: scroll; {BOX}"><p>Short.</p></div>
<div id="clip" style="overflow: clip; {BOX}"><p>{LONG}</p></div>
<div id="with-summary" style="overflow: auto; {BOX}"><p>{LONG}</p>
  <details><summary>More</summary>x</details></div>
<div id="with-audio" style="overflow: auto; {BOX}"><p>{LONG}</p><audio controls></audio></div>
<div id="with-gone-link" style="overflow: auto; {BOX}"><p>{LONG}</p>
  <a href="#x" style="display: none">Gone</a></div>
<div id="with-inert" style="overflow: auto; {BOX}"><p>{LONG}</p>
  <div inert><button>Inert</button></div></div>
<div id="self-minus" tabindex="-1" style="overflow: auto; {BOX}"><p>{LONG}</p></div>
<div id="self-editable" contenteditable style="overflow: auto; {BOX}"><p>{LONG}</p></div>
<div id="y-only" style="overflow-x: hidden; overflow-y: auto; {BOX}"><p>{LONG}</p>
  <a href="#x">A link</a></div>
"""

FOCUS_STYLE = """
.bare:focus, .bare:focus-visible { outline: none }
#colour { color: #000 }
#colour:focus { color: #c00 }
#underline { text-decoration: none }
#underline:focus { text-decoration: underline }
#border { border: 2px solid #fff }
#border:focus { border-color: #000 }
#scale:focus { transform: scale(1.2) }
#has-box:has(:focus) { background: #ff0 }
#same:focus { color: #000 }
"""
FOCUS: Cases = {
    "colour": "passed",  # the text colour changes: pixels change
    "underline": "passed",  # an underline drawn on focus
    "border": "passed",  # a white border turning black on white
    "scale": "passed",  # the element grows
    "has": "passed",  # its parent's background changes (:has(:focus))
    "same": "failed",  # "changes" to the colour it already has: no pixel changes
    "details-closed": None,  # a link in a closed details is not rendered: not in the order
}
FOCUS_BODY = """
<p><a id="colour" class="bare" href="#p">Colour on focus</a></p>
<p><a id="underline" class="bare" href="#p">Underline on focus</a></p>
<p><a id="border" class="bare" href="#p">Border on focus</a></p>
<p><a id="scale" class="bare" href="#p" style="display: inline-block">Grows on focus</a></p>
<p id="has-box"><a id="has" class="bare" href="#p">Its parent turns yellow</a></p>
<p><a id="same" class="bare" href="#p" style="color: #000">Nothing changes</a></p>
<details><summary>More</summary><a id="details-closed" class="bare" href="#p">Folded</a>
</details>
"""


@pytest.fixture(scope="module")
def found(auditor: Any) -> dict[str, dict[str, str]]:
    rules = {"text-contrast-minimum", "text-contrast-enhanced"}
    out = verdicts(auditor, rules, CONTRAST_BODY)
    out.update(verdicts(auditor, {"scrollable-region-keyboard"}, SCROLL_BODY))
    out.update(verdicts(auditor, {"focus-indicator-visible"}, FOCUS_BODY, FOCUS_STYLE))
    return out


CASES = (
    [("text-contrast-minimum", key, want) for key, (want, _) in CONTRAST.items()]
    + [("text-contrast-enhanced", key, want) for key, (_, want) in CONTRAST.items()]
    + [("scrollable-region-keyboard", key, want) for key, want in SCROLL.items()]
    + [("focus-indicator-visible", key, want) for key, want in FOCUS.items()])


@pytest.mark.parametrize(("rule", "key", "want"), CASES,
                         ids=[f"{rule}-{key}" for rule, key, _ in CASES])
def test_round45_live_case(found: dict[str, dict[str, str]], rule: str, key: str,
                           want: str | None) -> None:
    assert found[rule].get(key) == want, found[rule]
