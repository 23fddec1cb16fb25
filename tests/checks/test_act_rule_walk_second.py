"""Cases of our own, written from the ACT rule texts and the specifications they cite, for the
deviations found walking rules 36-91 of the W3C ACT catalogue (``tests/data/act/rules.json``)."""

from __future__ import annotations

import pytest
from tests.checks.rule_helpers import verdicts

# -- akn7bn frame-tab-order: what is in the frame's document --------------------------------
# HTML: a noscript's content is markup only where scripting is disabled, as it is in a frame
# whose sandbox lacks allow-scripts; a template's content is never in the document.


@pytest.mark.parametrize(("frame", "expected"), [
    ("<iframe id='t' tabindex='-1' srcdoc=\"<noscript><button>Go</button></noscript>\">"
     "</iframe>", {}),
    ("<iframe id='t' tabindex='-1' sandbox srcdoc=\"<noscript><button>Go</button></noscript>\">"
     "</iframe>", {"#t": "failed"}),
    ("<iframe id='t' tabindex='-1' sandbox='allow-forms ALLOW-SCRIPTS' "
     "srcdoc=\"<noscript><button>Go</button></noscript>\"></iframe>", {}),
    ("<iframe id='t' tabindex='-1' sandbox srcdoc=\"<template><button>Go</button></template>\">"
     "</iframe>", {}),
])
def test_frame_content_is_the_document_as_the_frame_parses_it(
        frame: str, expected: dict[str, str]) -> None:
    assert verdicts("frame-tab-order", frame) == expected


def test_a_noscript_in_the_head_is_raw_text_as_browsers_parse_it() -> None:
    # With the scripting flag off, an <img> in a head noscript (a tracking pixel, as news
    # pages have) would break out of the head into the body; browsers running scripts, as
    # ACT assumes, parse the noscript's content as text: no image to judge.
    head = '<noscript><img id="pixel" src="https://t.example/p.gif" width="1"></noscript>'
    assert verdicts("image-alt", "<p>Story</p>", head) == {}
    assert verdicts("image-alt", '<noscript><img id="in-body" src="a.png"></noscript>') == {}


# -- 78fd32 line-height-important: applies only where the text has a soft wrap break -------
# CSS Text 3: white-space nowrap and pre (set, inherited, or the user agent's for pre and
# nobr) and text-wrap-mode nowrap leave no soft wrap opportunity; pre-wrap, pre-line and
# break-spaces wrap.
_LONG = "word " * 400


@pytest.mark.parametrize(("markup", "expected"), [
    (f'<p id="t" style="line-height: 1 !important; white-space: nowrap">{_LONG}</p>', {}),
    (f'<p id="t" style="line-height: 1 !important; white-space: pre">{_LONG}</p>', {}),
    (f'<p id="t" style="line-height: 1 !important; white-space: NOWRAP">{_LONG}</p>', {}),
    (f'<div style="white-space: nowrap"><p id="t" style="line-height: 1 !important">{_LONG}'
     '</p></div>', {}),
    (f'<style>.one-line {{ white-space: nowrap }}</style><p id="t" class="one-line" '
     f'style="line-height: 1 !important">{_LONG}</p>', {}),
    (f'<p id="t" style="line-height: 1 !important; text-wrap-mode: nowrap">{_LONG}</p>', {}),
    (f'<p id="t" style="line-height: 1 !important; text-wrap: nowrap">{_LONG}</p>', {}),
    (f'<pre id="t" style="line-height: 1 !important">{_LONG}</pre>', {}),
    (f'<nobr id="t" style="line-height: 1 !important">{_LONG}</nobr>', {}),
    (f'<p id="t" style="line-height: 1 !important; white-space: pre-wrap">{_LONG}</p>',
     {"#t": "failed"}),
    (f'<pre id="t" style="line-height: 1 !important; white-space: pre-line">{_LONG}</pre>',
     {"#t": "failed"}),
    (f'<div style="white-space: nowrap"><p id="t" style="line-height: 1 !important; '
     f'white-space: normal">{_LONG}</p></div>', {"#t": "failed"}),
])
def test_line_height_applies_only_to_text_that_can_soft_wrap(
        markup: str, expected: dict[str, str]) -> None:
    assert verdicts("line-height-important", markup) == expected


# -- 73f2c2 autocomplete-valid: a set of space-separated tokens, ASCII case-insensitive ------

@pytest.mark.parametrize(("value", "expected"), [
    ("EMAIL", "passed"),
    ("\tshipping\nWORK  email\r", "passed"),
    ("email\u00a0", "failed"),            # a no-break space is part of the token
    ("home\u00a0email", "failed"),        # one token, not two
    ("wor\u212a email", "failed"),        # the Kelvin sign is no ASCII "k"
    ("\u212aelvin", "failed"),
    ("section-\u00e9 billing email", "passed"),  # section- is followed by anything
    ("Section-Blue Shipping Street-Address WebAuthn", "passed"),
])
def test_autocomplete_tokens_are_ascii(value: str, expected: str) -> None:
    assert verdicts("autocomplete-valid",
                    f'<input id="t" autocomplete="{value}">') == {"#t": expected}


# -- b33eff css-orientation-lock: an angle the cascade alone cannot work out ---------------
# calc(), var() and other functions are resolved at computed-value time; the static checker
# must not read them as no rotation.

@pytest.mark.parametrize("value", [
    "transform: rotate(calc(45deg * 2))",
    "transform: rotate(var(--turn))",
    "transform: matrix(calc(0), 1, -1, 0, 0, 0)",
    "rotate: var(--turn)",
    "rotate: calc(90deg)",
])
def test_an_unresolved_angle_is_left_to_review(value: str) -> None:
    style = f"<style>@media (orientation: portrait) {{ #t {{ {value} }} }}</style>"
    assert verdicts("css-orientation-lock", '<main id="t">Text</main>', style) == {
        "#t": "cant_tell"}


# -- Walked and found as the texts say: kept as cases of our own ---------------------------
# m6b1q3, 97a4e1, e086e5, 2t702h: the semantic role (first valid token, ASCII case-insensitive,
# a presentational role ignored on a focusable element), "included in the accessibility tree"
# (aria-hidden, display, visibility; off screen or transparent stays included), and the
# accessible name (accname 1.2, HTML-AAM).

@pytest.mark.parametrize(("rule", "markup", "expected"), [
    ("menuitem-name", '<div role="menu"><div role="foo MENUITEM" id="t"></div></div>',
     {"#t": "failed"}),
    ("menuitem-name", '<div role="menu"><div role="menuitemcheckbox" aria-checked="false" '
     'id="t"></div></div>', {}),                       # a subclass role is not menuitem
    ("menuitem-name", '<div role="menu"><div role="presentation menuitem" id="t"></div></div>',
     {}),
    ("menuitem-name", '<div role="menu"><div role="menuitem" id="t" style="position: absolute;'
     ' left: -9999px"></div></div>', {"#t": "failed"}),
    ("menuitem-name", '<div role="menu"><div role="menuitem" id="t" aria-labelledby="l"></div>'
     '</div><span id="l" hidden>Save</span>', {"#t": "passed"}),  # hidden, yet referenced
    ("menuitem-name", '<svg><g role="menuitem" id="t"></g></svg>', {}),  # not HTML
    ("button-name", '<button id="t" role="none"></button>', {"#t": "failed"}),  # focusable
    ("button-name", '<button id="t" role="presentation" disabled></button>', {}),
    ("button-name", '<input type="IMAGE" id="t">', {}),
    ("button-name", '<input type="reset" id="t">', {"#t": "passed"}),  # HTML-AAM: "Reset"
    ("button-name", '<input type="button" id="t">', {"#t": "failed"}),
    ("button-name", '<button id="t" aria-label=" \t"></button>', {"#t": "failed"}),
    ("button-name", '<button id="t"><span title="Send"></span></button>', {"#t": "passed"}),
    ("button-name", '<button id="t" hidden style="display: block"></button>', {"#t": "failed"}),
    ("button-name", '<div style="visibility: hidden"><button id="t" style="visibility: '
     'visible"></button></div>', {"#t": "failed"}),
    ("button-name", '<button id="t" aria-hidden="true "></button>', {"#t": "failed"}),
    ("form-field-name", '<input id="t" type="date" role="none">', {"#t": "failed"}),
    ("form-field-name", '<input id="t" type="date" role="none" disabled>', {}),
    ("form-field-name", '<input id="t" type="PassWord">', {"#t": "failed"}),
    ("form-field-name", '<input id="t" type="bogus">', {"#t": "failed"}),  # a text field
    ("form-field-name", '<input id="t" type="hidden">', {}),
    ("form-field-name", '<input id="t" disabled>', {"#t": "failed"}),
    ("form-field-name", '<label for="A">Name</label><input id="t">', {"#t": "failed"}),
    ("form-field-name", '<label><span aria-hidden="true">Name</span><input id="t"></label>',
     {"#t": "failed"}),
    ("form-field-name", '<fieldset><legend>Name</legend><input id="t"></fieldset>',
     {"#t": "failed"}),                                # a legend names the group only
    ("form-field-name", '<input id="t" aria-describedby="d"><p id="d">Name</p>',
     {"#t": "failed"}),
    ("summary-name", '<details><summary id="t" role="presentation"></summary></details>',
     {"#t": "failed"}),
    ("summary-name", '<details><summary id="t" role="foo"></summary></details>',
     {"#t": "failed"}),                                # no valid role: none explicit
    ("summary-name", '<details><summary id="t" role="BUTTON"></summary></details>', {}),
    ("summary-name", '<details><summary id="t">More</summary><summary id="u"></summary>'
     '</details>', {"#t": "passed"}),                  # only the first summary child
    ("summary-name", '<details><summary id="t"><img src="a.png" alt=""></summary></details>',
     {"#t": "failed"}),
])
def test_name_rules_follow_role_tree_and_name_as_the_texts_define_them(
        rule: str, markup: str, expected: dict[str, str]) -> None:
    assert verdicts(rule, markup) == expected


# 2ee8b8 label-in-name: the ACT tokenisation (parentheses dropped, case folded, NFKD, only
# letters and digits), a contiguous run of words.
@pytest.mark.parametrize(("markup", "expected"), [
    ('<button id="t" aria-label="Send message">send   MESSAGE!</button>', "passed"),
    ('<button id="t" aria-label="Send">Send (now)</button>', "passed"),
    ('<button id="t" aria-label="\ufb01le">file</button>', "passed"),  # NFKD: the ligature
    ('<button id="t" aria-label="Closedialog">Close<br>dialog</button>', "failed"),
    ('<a id="t" href="#" aria-label="Read more about cats"><span aria-hidden="true">Read more'
     '</span></a>', "passed"),                        # visible text, hidden or not
    ('<a id="t" href="#" aria-label="foo" role="none">bar</a>', "failed"),  # still a link
    ('<button id="t" aria-label="Search"><svg><text>Find</text></svg></button>', "failed"),
])
def test_label_in_name_follows_the_act_algorithm(markup: str, expected: str) -> None:
    assert verdicts("label-in-name", markup) == {"#t": expected}


# CSS Cascade 5 §6.4: a normal declaration outside any layer beats one in a layer, a later
# layer an earlier one (layers ordered as first named); for !important the order reverses.
@pytest.mark.parametrize(("css", "expected"), [
    ("main { rotate: 0deg } @layer base { @media (orientation: portrait) "
     "{ main { rotate: 90deg } } }", "passed"),
    ("@layer a, b; @layer b { main { rotate: 0deg } } @layer a { @media (orientation: "
     "portrait) { main { rotate: 90deg } } }", "passed"),
    ("@layer a, b; @layer a { main { rotate: 0deg } } @layer b { @media (orientation: "
     "portrait) { main { rotate: 90deg } } }", "failed"),
    ("main { rotate: 0deg !important } @layer base { @media (orientation: portrait) "
     "{ main { rotate: 90deg !important } } }", "failed"),
    ("@layer base { main { rotate: 0deg } } @media (orientation: portrait) "
     "{ main { rotate: 90deg } }", "failed"),
])
def test_orientation_follows_cascade_layers(css: str, expected: str) -> None:
    assert verdicts("css-orientation-lock", '<main id="t">Text</main>',
                    f"<style>{css}</style>") == {"#t": expected}


# CSS Scoping 1: the document's style sheets style the document tree, a shadow tree's its own.
@pytest.mark.parametrize(("body", "expected"), [
    ('<style>@media (orientation: portrait) { main { rotate: 90deg } }</style>'
     '<div id="h"><template shadowrootmode="open"><main>Text</main></template></div>', {}),
    ('<div id="h"><template shadowrootmode="open"><style>@media (orientation: portrait) '
     '{ main { rotate: 90deg } }</style><main>Text</main></template></div><main id="u">Out'
     '</main>', {"#h > main": "failed"}),
])
def test_orientation_rules_style_their_own_tree(body: str, expected: dict[str, str]) -> None:
    assert verdicts("css-orientation-lock", body) == expected
