"""Round 51: cases for the live engine's ACT rules written from the rule texts alone (never
from the W3C examples), weighted to passed and not applicable shapes, beside round 45's:

- afw4f7 / 09o5cg: grey text just over 4.5:1 (passes the minimum, not the enhanced 7:1),
  large text (24 px, and 14 pt bold) at 3:1, text over a solid gradient; not *visible* text
  (``color: transparent``, white on white, ``opacity: 0``) is no target; text under a
  disabled ``fieldset``, ``select``, ``role=group`` with ``aria-disabled`` is exempt ("the
  ancestor is an inheriting semantic group or widget that is disabled"); text inside
  ``aria-hidden`` is still visible, so still judged.
- 0ssw9k: a scroller with ``tabindex=0`` is in the focus order itself (a ``textarea`` has
  no visible child of its own in the flat tree: no target); a ``pre`` scrolling sideways with a link inside passes; a scroller holding only
  a disabled button or a hidden input fails; a scroller with ``display: none`` is no target.
- 59br37: in a 640 by 512 viewport, a box that hides overflow but grows with its text, or is
  tall enough for it, clips nothing; a fixed height with ``overflow: clip`` does; text under
  ``aria-hidden`` or ``display: none`` is no target.
- oj04fd: native controls' default focus rings (``input``, ``select``, ``button``), an
  underline, a border colour and a background drawn on focus change pixels; a focus style
  that restates the unfocused one changes none.

Each page is audited once (a module fixture); each case is its own test, its comment the
sentence that decides it (``None``: no test target).
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
    # #767676 on white is 4.54:1: "at least 4.5:1" passes, "at least 7:1" fails
    "grey-454": ("passed", "failed"),
    # #949494 on white is 3.03:1; 24 px is large scale text: 3:1 passes the minimum, the
    # enhanced rule asks 4.5:1 of large text
    "large-24": ("passed", "failed"),
    # 14 pt (18.67 px) bold is large scale text too
    "large-bold": ("passed", "failed"),
    # white text on a gradient of black to black: 21:1
    "gradient": ("passed", "passed"),
    # a transparent colour changes no pixel: not visible, no target
    "transparent": (None, None),
    # white on white: making it transparent changes nothing: not visible
    "white-on-white": (None, None),
    # opacity 0: not visible
    "opacity": (None, None),
    # "the ancestor is an inheriting semantic group ... that is disabled": fieldset disabled
    "fieldset": (None, None),
    # a disabled select is a disabled widget: its option text is exempt
    "select-off": (None, None),
    # role group with aria-disabled=true is a disabled group
    "group-off": (None, None),
    # aria-hidden does not make text invisible: judged, pale, fails
    "aria-hidden": ("failed", "failed"),
}
CONTRAST_BODY = f"""
<p id="grey-454" style="color: #767676">Grey just enough</p>
<p id="large-24" style="color: #949494; font-size: 24px">Large grey</p>
<p id="large-bold" style="color: #949494; font-size: 18.67px; font-weight: 700">Bold grey</p>
<p id="gradient" style="color: #fff; background: linear-gradient(#000, #000)">White on black
</p>
<p id="transparent" style="color: transparent">Transparent</p>
<p id="white-on-white" style="color: #fff">White on white</p>
<p id="opacity" style="{PALE}; opacity: 0">Invisible</p>
<fieldset disabled><legend>Off</legend><span id="fieldset" style="{PALE}">In a disabled
 group</span></fieldset>
<select disabled aria-label="Size" style="{PALE}"><option id="select-off">Small</option>
</select>
<div role="group" aria-disabled="true" aria-label="Off"><span id="group-off"
 style="{PALE}">Group off</span></div>
<div aria-hidden="true"><p id="aria-hidden" style="{PALE}">Hidden from AT</p></div>
"""

SCROLL: Cases = {
    # 0ssw9k applies to elements "that [have] visible children in the flat tree": a
    # textarea's text node child is not rendered itself (the control draws its value), so
    # the engine leaves it out (first written passed, as it is in the focus order itself;
    # passed and inapplicable are alike for consistency, neither is a failure)
    "textarea": None,
    # "the test target or one of its descendants is included in sequential focus navigation"
    "tabindex": "passed",
    # a pre scrolling sideways with a link in it
    "pre-link": "passed",
    # a disabled button is not focusable
    "disabled-only": "failed",
    # an input type hidden is not focusable
    "hidden-input": "failed",
    # display none: no scroll distance, no target
    "gone": None,
}
SCROLL_BODY = f"""
<textarea id="textarea" aria-label="Notes" style="{BOX}">{LONG}</textarea>
<div id="tabindex" tabindex="0" style="overflow: auto; {BOX}"><p>{LONG}</p></div>
<pre id="pre-link" style="overflow-x: auto; width: 200px">{"long-line-" * 40}
<a href="#x">A link</a></pre>
<div id="disabled-only" style="overflow: auto; {BOX}"><p>{LONG}</p><button disabled>Off
</button></div>
<div id="hidden-input" style="overflow: auto; {BOX}"><p>{LONG}</p><input type="hidden"
 name="x" value="y"></div>
<div id="gone" style="display: none; overflow: auto; {BOX}"><p>{LONG}</p></div>
"""

ZOOM_STYLE = ".zbox { width: 300px; line-height: 20px; font-size: 16px }"
ZOOM: Cases = {
    # overflow hidden, but no height: the box grows with its text, nothing is clipped
    "grows": "passed",
    # a fixed height that holds the wrapped text at 640 px
    "tall-enough": "passed",
    # overflow clip with a fixed height two lines high: the rest is vertically clipped
    "clip-fixed": "failed",
    # "does not have an ancestor ... with an aria-hidden attribute value of true"
    "hidden-aria": None,
    # not visible: no target
    "hidden-display": None,
}
ZOOM_BODY = f"""
<div class="zbox" style="overflow: hidden"><p id="grows" style="margin: 0">{LONG}</p></div>
<div class="zbox" style="height: 600px; overflow: hidden"><p id="tall-enough"
 style="margin: 0">{LONG}</p></div>
<div class="zbox" style="height: 40px; overflow: clip"><p id="clip-fixed" style="margin: 0">
{LONG}</p></div>
<div class="zbox" aria-hidden="true" style="height: 40px; overflow: hidden"><p id="hidden-aria"
 style="margin: 0">{LONG}</p></div>
<div class="zbox" style="display: none; height: 40px; overflow: hidden"><p id="hidden-display"
 style="margin: 0">{LONG}</p></div>
"""

FOCUS_STYLE = """
.bare:focus, .bare:focus-visible { outline: none }
#underline { text-decoration: none }
#underline:focus { text-decoration: underline }
#border { border: 2px solid #ccc }
#border:focus { border-color: #000 }
#back:focus { background: #ff0 }
#restated { color: #000; background: #fff }
#restated:focus { color: #000; background: #fff }
"""
FOCUS: Cases = {
    "text-input": "passed",  # a text field's default focus ring (and caret)
    "select": "passed",  # a select's default focus ring
    "button": "passed",  # a button's default focus ring
    "underline": "passed",  # an underline drawn on focus
    "border": "passed",  # a grey border turning black
    "back": "passed",  # a yellow background on focus
    "restated": "failed",  # the focus style restates the unfocused one: no pixel changes
}
FOCUS_BODY = """
<p><input id="text-input" aria-label="Name"></p>
<p><select id="select" aria-label="Size"><option>Small</option></select></p>
<p><button id="button">Send</button></p>
<p><a id="underline" class="bare" href="#p">Underline on focus</a></p>
<p><button id="border" class="bare">Border on focus</button></p>
<p><a id="back" class="bare" href="#p">Background on focus</a></p>
<p><a id="restated" class="bare" href="#p">Nothing changes</a></p>
"""


@pytest.fixture(scope="module")
def found(auditor: Any) -> dict[str, dict[str, str]]:
    rules = {"text-contrast-minimum", "text-contrast-enhanced"}
    out = verdicts(auditor, rules, CONTRAST_BODY)
    out.update(verdicts(auditor, {"scrollable-region-keyboard"}, SCROLL_BODY))
    out.update(verdicts(auditor, {"zoom-text-not-clipped"}, ZOOM_BODY, ZOOM_STYLE))
    out.update(verdicts(auditor, {"focus-indicator-visible"}, FOCUS_BODY, FOCUS_STYLE))
    return out


CASES = (
    [("text-contrast-minimum", key, want) for key, (want, _) in CONTRAST.items()]
    + [("text-contrast-enhanced", key, want) for key, (_, want) in CONTRAST.items()]
    + [("scrollable-region-keyboard", key, want) for key, want in SCROLL.items()]
    + [("zoom-text-not-clipped", key, want) for key, want in ZOOM.items()]
    + [("focus-indicator-visible", key, want) for key, want in FOCUS.items()])


@pytest.mark.parametrize(("rule", "key", "want"), CASES,
                         ids=[f"{rule}-{key}" for rule, key, _ in CASES])
def test_round51_live_case(found: dict[str, dict[str, str]], rule: str, key: str,
                           want: str | None) -> None:
    assert found[rule].get(key) == want, found[rule]
