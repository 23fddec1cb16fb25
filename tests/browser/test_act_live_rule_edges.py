"""More cases of our own at the edges of the live engine's ACT rules, written from the rule
texts alone (never from the W3C examples), beside test_act_live_blind_cases.py:

- afw4f7 / 09o5cg: the *highest possible contrast* of a character is the best pair of its
  foreground pixels and the background pixels of its bounding box, so text over stripes of
  black and white passes where one of the pairs is enough; text that is not *visible* (a
  visually-hidden clip, ``clip-path``, a zero-height box that hides its overflow) is no test
  target; the label of a disabled widget by ``for``, and a disabled ARIA button, are exempt;
- 0ssw9k: ``overflow: clip`` makes no scroll container; one axis ``hidden`` and the other
  ``auto`` does; a scroller that is itself editable is focusable;
- 59br37: ``overflow-x: clip`` with ``text-overflow: clip`` clips; ``overflow-y: clip`` is
  judged by the content box against the line height, ``hidden`` by the bounding box; text
  clipped to nothing is not visible;
- a1b64e: any sequence of the standard keys counts (Tab to an element that Esc or an arrow
  key lets out); two elements handing focus to each other trap it;
- oj04fd: an ``outline-offset`` that moves a drawn outline changes pixels; one that moves
  no outline (``outline: none``) does not; an outline drawn focused or not changes nothing;
  an element at ``opacity: 0`` shows nothing; a text field's caret is a changed pixel in
  every shot (held steady, not blinking).
"""

from __future__ import annotations

from typing import Any

from tests.browser.test_act_live_blind_cases import Cases, check, expected, verdicts

PALE = "color: #ccc"
#: every character box over both colours: stripes 2 px wide
STRIPES = "background: repeating-linear-gradient(to right, #000 0 2px, #fff 2px 4px)"
LONG = "Words that will not fit. " * 30

#: id -> (markup, minimum outcome, enhanced outcome)
CONTRAST: dict[str, tuple[str, str | None, str | None]] = {
    # highest possible contrast: the darkest background pixel against light text
    "stripes-white": (f'<p id="stripes-white" style="{STRIPES}; color: #fff">White on '
                      "stripes</p>", "passed", "passed"),
    # #777 is 4.48:1 on white but 4.69:1 on black: the highest pair passes 4.5, not 7
    "stripes-777": (f'<p id="stripes-777" style="{STRIPES}; color: #777">Grey on stripes</p>',
                    "passed", "failed"),
    "stripes-aaa": (f'<p id="stripes-aaa" style="{STRIPES}; color: #aaa">Light grey on '
                    "stripes</p>", "passed", "passed"),
    # a pale gradient: no pixel gives enough contrast
    "gradient-pale": ('<p id="gradient-pale" style="background: linear-gradient(#fff, #f0f0f0);'
                      ' color: #949494">Grey on a pale gradient</p>', "failed", "failed"),
    # an img painted behind the text
    "img-behind": ('<div style="position: relative"><img alt="" style="position: absolute; '
                   'inset: 0; width: 100%; height: 100%" src="data:image/svg+xml,%3Csvg xmlns='
                   "'http://www.w3.org/2000/svg' width='10' height='10'%3E%3Crect width='10' "
                   "height='10'/%3E%3C/svg%3E\"><p id=\"img-behind\" style=\"position: relative;"
                   ' color: #fff; margin: 0">White over a black img</p></div>', "passed", "passed"),
    # not visible: no test target
    "sr-only": (f'<p id="sr-only" style="position: absolute; width: 1px; height: 1px; overflow: '
                f'hidden; clip: rect(0 0 0 0); white-space: nowrap; {PALE}">Screen reader '
                "only</p>", None, None),
    "clip-path": (f'<p id="clip-path" style="clip-path: inset(50%); {PALE}">Clipped away</p>',
                  None, None),
    "zero-box": (f'<div style="height: 0; overflow: hidden"><p id="zero-box" style="{PALE}">'
                 "In a box of no height</p></div>", None, None),
    # disabled: labels by for, ARIA buttons
    "label-for": (f'<label id="label-for" for="lf" style="{PALE}">Name</label><input id="lf" '
                  "disabled>", None, None),
    "label-for-on": (f'<label id="label-for-on" for="lfo" style="{PALE}">Name</label><input '
                     'id="lfo">', "failed", "failed"),
    "aria-button": (f'<div id="aria-button" role="button" aria-disabled="true" style="{PALE}">'
                    "Off</div>", None, None),
    "aria-button-on": (f'<div id="aria-button-on" role="button" aria-disabled="false" style="'
                       f'{PALE}">On</div>', "failed", "failed"),
}


def test_text_contrast_edges(auditor: Any) -> None:
    body = "\n".join(markup for markup, _, _ in CONTRAST.values())
    found = verdicts(auditor, {"text-contrast-minimum", "text-contrast-enhanced"}, body)
    check(found["text-contrast-minimum"],
          expected({key: want for key, (_, want, _) in CONTRAST.items()}))
    check(found["text-contrast-enhanced"],
          expected({key: want for key, (_, _, want) in CONTRAST.items()}))


SCROLL: Cases = {"clip": None, "x-hidden-y-auto": "failed", "editable": "passed",
                 "button-in": "passed", "y-clip-x-auto": "failed"}
SCROLL_BODY = f"""
<div id="clip" style="height: 50px; overflow: clip">{LONG}</div>
<div id="x-hidden-y-auto" style="height: 50px; overflow-x: hidden; overflow-y: auto">{LONG}</div>
<div id="editable" contenteditable style="height: 50px; overflow: auto">{LONG}</div>
<div id="button-in" style="height: 50px; overflow: auto">{LONG}<button>b</button></div>
<div id="y-clip-x-auto" style="width: 200px; overflow-x: auto; overflow-y: clip;
 white-space: nowrap">{LONG}</div>
"""


def test_scrollable_region_edges(auditor: Any) -> None:
    found = verdicts(auditor, {"scrollable-region-keyboard"}, SCROLL_BODY)
    check(found["scrollable-region-keyboard"], expected(SCROLL))


ZOOM_STYLE = ".box { width: 300px; line-height: 20px; font-size: 16px }"
ZOOM: Cases = {"x-clip-nowrap": "failed", "y-clip-content": "passed", "y-hidden-border": "failed",
               "y-clip-tall": "failed", "nothing-left": None, "fits": "passed"}
ZOOM_BODY = f"""
<div class="box" style="white-space: nowrap; overflow-x: clip; text-overflow: clip"><span
 id="x-clip-nowrap">{LONG}</span></div>
<div class="box" style="height: 20px; overflow-y: clip"><p id="y-clip-content"
 style="margin: 0">{LONG}</p></div>
<div class="box" style="height: 20px; border: 5px solid #000; overflow-y: hidden"><p
 id="y-hidden-border" style="margin: 0">{LONG}</p></div>
<div class="box" style="height: 40px; overflow-y: clip"><p id="y-clip-tall" style="margin: 0">
{LONG}</p></div>
<div class="box" style="height: 0; overflow: hidden"><p id="nothing-left" style="margin: 0">
{LONG}</p></div>
<div class="box" style="height: 60px; overflow: hidden"><p id="fits" style="margin: 0">A line
</p></div>
"""


def test_zoomed_text_clipping_edges(auditor: Any) -> None:
    found = verdicts(auditor, {"zoom-text-not-clipped"}, ZOOM_BODY, ZOOM_STYLE)
    check(found["zoom-text-not-clipped"], expected(ZOOM))


FOCUS_STYLE = """
.bare:focus, .bare:focus-visible { outline: none }
#offset-bare:focus { outline-offset: 6px }
#offset-drawn, #offset-drawn:focus, #offset-drawn:focus-visible { outline: 2px solid #000 }
#offset-drawn:focus { outline-offset: 6px }
#always, #always:focus, #always:focus-visible { outline: 2px solid #000; outline-offset: 0 }
#underline:focus { text-decoration: none }
"""
FOCUS: Cases = {"offset-bare": "failed", "offset-drawn": "passed", "always": "failed",
                "underline": "passed", "invisible": "failed"}
FOCUS_BODY = """
<p><a id="offset-bare" class="bare" href="#p">Only its outline offset changes</a></p>
<p><a id="offset-drawn" href="#p">Its outline moves out</a></p>
<p><a id="always" href="#p">The same outline focused or not</a></p>
<p><a id="underline" class="bare" href="#p">Loses its underline</a></p>
<p><a id="invisible" href="#p" style="opacity: 0">Transparent</a></p>
"""


def test_visible_focus_edges(auditor: Any) -> None:
    found = verdicts(auditor, {"focus-indicator-visible"}, FOCUS_BODY, FOCUS_STYLE)
    check(found["focus-indicator-visible"], expected(FOCUS))


def test_a_text_field_shows_its_caret_in_every_shot(auditor: Any) -> None:
    # oj04fd: a field without an outline still changes a pixel when focused, its caret.
    # Chromium blinks it (500 ms shown, 500 ms not): the focus rule judged such fields
    # passed or failed by when its shot fell; the pass holds the caret steady
    from broadsheet.browser.checks import _Camera

    found = verdicts(auditor, {"focus-indicator-visible"}, """
<input id="field" aria-label="Search"><textarea id="area" aria-label="Note"></textarea>""",
                     "input, textarea { outline: none }")
    assert found["focus-indicator-visible"] == {"field": "passed", "area": "passed"}
    context = auditor.browser().new_context()
    try:
        page = context.new_page()
        page.set_content("<input id='field' aria-label='Search' style='outline: none'>")
        camera = _Camera(page)
        blank = camera.shot()
        page.focus("#field")
        shots = []
        for _ in range(6):  # across more than one blink
            shots.append(camera.shot())
            page.wait_for_timeout(250)
        camera.close()
        assert all(shot != blank for shot in shots)
    finally:
        context.close()


def test_every_case_names_an_element_of_its_page() -> None:
    pages = "".join(m for m, _, _ in CONTRAST.values()) + SCROLL_BODY + ZOOM_BODY + FOCUS_BODY
    for key in [*CONTRAST, *SCROLL, *ZOOM, *FOCUS]:
        assert f'id="{key}"' in pages, key


# ---- a1b64e: keyboard traps of the standard keys -------------------------------------------

KEYS_HEAD = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>t</title></head>"
             "<body>{}</body></html>")


def trap_verdicts(auditor: Any, body: str) -> dict[str, str]:
    from broadsheet.browser import AuditOptions

    rule = "focus-escapes-standard-keys"
    audit = auditor.audit("keys.html", html=KEYS_HEAD.format(body),
                          options=AuditOptions(axe_core=False, check_ids=frozenset({rule})))
    return {f.target or "": str(f.outcome) for r in audit.results for f in r.findings
            if r.rule.id == rule}


def keeps(condition: str, then: str = "") -> str:
    """A keydown handler that keeps the keys ``condition`` picks (and runs ``then``)."""
    return f'onkeydown="if ({condition}) {{ event.preventDefault(); {then} }}"'


def test_standard_keyboard_navigation_is_more_than_tab(auditor: Any) -> None:
    # a1b64e: one direction is enough; standard keyboard navigation is Tab, Shift+Tab, the
    # arrow keys, Esc and Enter, so focus that Esc or an arrow key moves on is not trapped
    tab = "event.key === 'Tab'"
    found = trap_verdicts(auditor, f"""
<a href="#a" id="before">Before</a>
<div id="backward-only" tabindex="0" {keeps(tab + " && event.shiftKey")}>Keeps Shift+Tab</div>
<div id="esc-out" tabindex="0" {keeps(tab, "")}
 onkeyup="if (event.key === 'Escape') document.getElementById('after').focus()">Esc leaves</div>
<div id="arrow-out" tabindex="0" {keeps(tab, "")}
 onkeyup="if (event.key === 'ArrowDown') document.getElementById('after').focus()">Arrow leaves
</div>
<div id="one" tabindex="0" {keeps(tab, "document.getElementById('two').focus();")}>One</div>
<div id="two" tabindex="0" {keeps(tab, "document.getElementById('one').focus();")}>Two</div>
<a href="#a" id="after">After</a>""")
    # two elements that hand focus to each other on Tab and Shift+Tab trap it; the second
    # may be left cant_tell on a loaded machine (the other keys' tries share one budget)
    assert found.pop("#two") in {"failed", "cant_tell"}
    assert found == {"#before": "passed", "#backward-only": "passed", "#esc-out": "passed",
                     "#arrow-out": "passed", "#one": "failed", "#after": "passed"}
