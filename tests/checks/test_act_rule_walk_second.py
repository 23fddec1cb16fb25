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
