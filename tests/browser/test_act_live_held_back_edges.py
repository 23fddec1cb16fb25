"""Minimal cases at the edges of the live engine's ACT rules that the development cases may
not cover, each written from the rule's normative text (never from the W3C examples), with
the sentence that decides its outcome as its comment; ``None``: no test target.

Rule texts (paraphrased where quoted from memory of the normative text):

- afw4f7 / 09o5cg applicability: "any visible character in a text node ... that is not part
  of a disabled widget or group"; expectation: "the highest possible contrast ... is at least
  4.5:1 (7:1) ... 3:1 (4.5:1) for large-scale text", large-scale being "at least 18 point or
  14 point bold"; the foreground colour is the one drawn, so ``opacity`` dims it.
- 0ssw9k: an element "that has a horizontal or vertical scroll distance" and can be scrolled by
  the user (``overflow`` ``auto`` or ``scroll``); expectation: "the test target or one of its
  descendants is included in sequential focus navigation".
- 59br37: visible text with an ancestor whose ``overflow`` hides it, at 200 % of 1280×1024;
  expectation: "the test target is not clipped", a box one line high and a line ended by an
  ellipsis excepted (as the blind cases read the text).
- oj04fd: an element "in sequential focus navigation" (disabled and ``tabindex="-1"``
  elements are not); expectation: "at least one pixel ... changes" when it is focused.
"""

from __future__ import annotations

from typing import Any

from tests.browser.test_act_live_blind_cases import Cases, check, expected, verdicts

PALE = "color: #ccc"  # 1.61:1 on white
#: 3.0003:1 on white: large text passes the minimum, fails the enhanced 4.5:1
OVER_3 = "color: #0ca2c6"
LONG = "Words that will not fit in the box. " * 20

#: id -> (markup, minimum outcome, enhanced outcome)
CONTRAST: dict[str, tuple[str, str | None, str | None]] = {
    # "at least 18 point": 18pt exactly is large-scale
    "pt18": (f'<p id="pt18" style="font-size: 18pt; {OVER_3}">Eighteen points</p>',
             "passed", "failed"),
    # 17.9 pt is not: the normal 4.5:1 applies
    "pt17-9": (f'<p id="pt17-9" style="font-size: 17.9pt; {OVER_3}">Just under</p>',
               "failed", "failed"),
    # "14 point bold": 14pt at weight 700 (the keyword bold) is large-scale
    "pt14-bold": (f'<p id="pt14-bold" style="font-size: 14pt; font-weight: bold; {OVER_3}">'
                  "Fourteen bold</p>", "passed", "failed"),
    # 14 pt at 600 is not bold
    "pt14-600": (f'<p id="pt14-600" style="font-size: 14pt; font-weight: 600; {OVER_3}">'
                 "Semi-bold</p>", "failed", "failed"),
    # the foreground is what is drawn: black at 40 % opacity on white is #999, 2.85:1
    "opacity": ('<p id="opacity" style="color: #000; opacity: 0.4">Faded black</p>',
                "failed", "failed"),
    # an ancestor's opacity dims it too
    "opacity-parent": ('<div style="opacity: 0.4"><p id="opacity-parent" style="color: #000">'
                       "Faded by its parent</p></div>", "failed", "failed"),
    # "visible": visibility: hidden text is no test target ...
    "vis-hidden": (f'<p id="vis-hidden" style="visibility: hidden; {PALE}">Hidden</p>',
                   None, None),
    # ... but a child made visible again inside it is
    "vis-back": (f'<div style="visibility: hidden"><p id="vis-back" style="visibility: visible;'
                 f' {PALE}">Shown again</p></div>', "failed", "failed"),
    # nor is text at opacity 0, or of a transparent colour
    "opacity-0": (f'<p id="opacity-0" style="opacity: 0; {PALE}">Invisible</p>', None, None),
    "transparent": ('<p id="transparent" style="color: transparent">Transparent</p>',
                    None, None),
    # "not part of a disabled widget": a disabled button's own text
    "btn-off": (f'<button id="btn-off" disabled style="{PALE}">Disabled</button>', None, None),
    # an enabled one is judged
    "btn-on": (f'<button id="btn-on" style="{PALE}; background: #fff">Enabled</button>',
               "failed", "failed"),
    # the colour drawn is -webkit-text-fill-color's where it differs from color
    "fill": ('<p id="fill" style="color: #000; -webkit-text-fill-color: #ccc">Filled pale</p>',
             "failed", "failed"),
    # options of a disabled list box are part of a disabled widget
    "opt-off": (f'<select multiple disabled><option id="opt-off" style="{PALE}">Off</option>'
                "</select>", None, None),
    # large and pale: 1.61:1 fails even the 3:1
    "huge-pale": (f'<p id="huge-pale" style="font-size: 48px; {PALE}">Huge</p>',
                  "failed", "failed"),
}


def test_text_contrast_held_back_edges(auditor: Any) -> None:
    body = "\n".join(markup for markup, _, _ in CONTRAST.values())
    found = verdicts(auditor, {"text-contrast-minimum", "text-contrast-enhanced"}, body)
    check(found["text-contrast-minimum"],
          expected({key: want for key, (_, want, _) in CONTRAST.items()}))
    check(found["text-contrast-enhanced"],
          expected({key: want for key, (_, _, want) in CONTRAST.items()}))


BOX = "height: 60px; width: 200px"
#: "the test target or one of its descendants is included in sequential focus navigation"
SCROLL: Cases = {
    "with-link": "passed",  # a link inside is in the focus order
    "with-button-off": "failed",  # a disabled button is not
    "with-minus-one": "failed",  # nor is tabindex="-1"
    "with-hidden-link": "failed",  # nor a link hidden with visibility
    "self-tabindex": "passed",  # the scroller itself is
    "shadow-link": "passed",  # a link in its open shadow root is a descendant (flat tree)
    "hidden-input": "failed",  # an input of type hidden is in no focus order
    "editable": "passed",  # an editing host inside is focusable in sequence
    "fits": None,  # no scroll distance: not applicable
    "hidden-both": None,  # overflow: hidden both ways cannot be scrolled by the user
}
SCROLL_BODY = f"""
<div id="with-link" style="overflow: auto; {BOX}"><p>{LONG}</p><a href="#x">A link</a></div>
<div id="with-button-off" style="overflow: auto; {BOX}"><p>{LONG}</p>
  <button disabled>Off</button></div>
<div id="with-minus-one" style="overflow: auto; {BOX}"><p>{LONG}</p>
  <button tabindex="-1">Not in order</button></div>
<div id="with-hidden-link" style="overflow: auto; {BOX}"><p>{LONG}</p>
  <a href="#x" style="visibility: hidden">Hidden link</a></div>
<div id="self-tabindex" tabindex="0" style="overflow: auto; {BOX}"><p>{LONG}</p></div>
<div id="shadow-link" style="overflow: auto; {BOX}"><template shadowrootmode="open"><p>{LONG}
  </p><a href="#x">In the shadow</a></template></div>
<div id="hidden-input" style="overflow: auto; {BOX}"><p>{LONG}</p><input type="hidden"></div>
<div id="editable" style="overflow: auto; {BOX}"><p>{LONG}</p><p contenteditable>Edit</p></div>
<div id="fits" style="overflow: auto; {BOX}"><p>Short.</p></div>
<div id="hidden-both" style="overflow: hidden; {BOX}"><p>{LONG}</p></div>
"""


def test_scrollable_region_held_back_edges(auditor: Any) -> None:
    found = verdicts(auditor, {"scrollable-region-keyboard"}, SCROLL_BODY)
    check(found["scrollable-region-keyboard"], expected(SCROLL))


#: "the test target is not clipped" (at 640×512, 1280×1024 zoomed to 200 %)
ZOOM: Cases = {
    "fits": "passed",  # text that fits its fixed box is not clipped
    "cut": "failed",  # a fixed height of two lines cuts the third and later lines
    # a box one line high, and a line ended by an ellipsis, show that text goes on: the rule
    # clips neither (as test_act_live_blind_cases reads its text: "one-line", "ellipsis")
    "one-line": "passed",
    "ellipsis": "passed",
    "grows": "passed",  # no fixed height: the box grows with the text
    "invisible": None,  # visibility: hidden text is not visible: not applicable
}
ZOOM_STYLE = ".z { width: 300px; line-height: 20px; font-size: 16px; overflow: hidden }"
ZOOM_BODY = f"""
<div class="z" style="height: 40px"><span id="fits">Short words.</span></div>
<div class="z" style="height: 40px"><span id="cut">{LONG}</span></div>
<div class="z" style="height: 20px"><span id="one-line">{LONG}</span></div>
<div class="z" style="white-space: nowrap; text-overflow: ellipsis"><span id="ellipsis">{LONG}
</span></div>
<div class="z"><span id="grows">{LONG}</span></div>
<div class="z" style="height: 20px"><span id="invisible" style="visibility: hidden">{LONG}
</span></div>
"""


def test_zoomed_text_held_back_edges(auditor: Any) -> None:
    found = verdicts(auditor, {"zoom-text-not-clipped"}, ZOOM_BODY, ZOOM_STYLE)
    check(found["zoom-text-not-clipped"], expected(ZOOM))


#: "at least one pixel ... changes" when focused; only elements in sequential focus order
FOCUS: Cases = {
    "default": "passed",  # the browser's own focus ring
    "bg-only": "passed",  # no outline, but its background changes
    "nothing": "failed",  # no outline and nothing else changes
    "ring": "passed",  # a box shadow drawn on :focus-visible instead of the outline
    "div-nothing": "failed",  # tabindex="0" puts a div in the order; nothing shows it
    "no-href": None,  # an a without href is not focusable
    "off": None,  # disabled: not in sequential focus navigation
    "minus-one": None,  # tabindex="-1": focusable, not in sequential focus navigation
}
FOCUS_STYLE = """
button { font: 16px sans-serif; margin: 8px; padding: 4px 8px; background: #eee; color: #000;
         border: 1px solid #000 }
#bg-only:focus { outline: none; background: #000; color: #fff }
#nothing:focus, #div-nothing:focus { outline: none }
#ring:focus-visible { outline: none; box-shadow: 0 0 0 3px #000 }
"""
FOCUS_BODY = """
<button id="default">Default</button>
<button id="bg-only">Background</button>
<button id="nothing">Nothing</button>
<button id="ring">Ring</button>
<div id="div-nothing" tabindex="0" style="margin: 8px">A div</div>
<a id="no-href">No href</a>
<button id="off" disabled>Off</button>
<button id="minus-one" tabindex="-1">Minus one</button>
"""


def test_visible_focus_held_back_edges(auditor: Any) -> None:
    found = verdicts(auditor, {"focus-indicator-visible"}, FOCUS_BODY, FOCUS_STYLE)
    check(found["focus-indicator-visible"], expected(FOCUS))


# ---- parity with the static engine ----------------------------------------------------------

#: The contrast rule's "not part of a disabled widget" for the text of a label: HTML-AAM names
#: input buttons and image buttons by their label (as checks/accname.py does since this
#: month), so a label's text names a disabled one and is no test target; an enabled one's is.
LABELS: Cases = {
    "lab-button-off": None,  # names a disabled <input type=button>
    "lab-image-off": None,  # names a disabled <input type=image>
    "lab-submit-off": None,  # names a disabled <input type=submit>, by wrapping it
    "lab-button-on": "failed",  # names an enabled <input type=button>: judged, and pale
}
LABELS_BODY = f"""
<label id="lab-button-off" for="b1" style="{PALE}">Send the form</label>
<input type="button" id="b1" value="Send" disabled>
<label id="lab-image-off" for="b2" style="{PALE}">Search the site</label>
<input type="image" id="b2" alt="Search" src="data:," disabled>
<label id="lab-submit-off" style="{PALE}">Post it <input type="submit" value="Post" disabled>
</label>
<label id="lab-button-on" for="b3" style="{PALE}">Reset the form</label>
<input type="button" id="b3" value="Reset">
"""


def test_a_label_naming_a_disabled_input_button_is_part_of_the_widget(auditor: Any) -> None:
    found = verdicts(auditor, {"text-contrast-minimum"}, LABELS_BODY)
    check(found["text-contrast-minimum"], expected(LABELS))
