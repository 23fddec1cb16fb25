"""Cases of our own for the ACT rules of the second half of the catalogue (rules.json order
47-91), written from each rule's text and the specifications it cites, not from its examples:
the conditions the text states that the code might not honour. Element by element: each judged
element's outcome, by its ``#id``; an element a rule does not apply to is absent."""

from __future__ import annotations

import pytest
from rule_helpers import verdicts

PORTRAIT = "@media (orientation: portrait) {{ {} }}"


def _lock(css: str, body: str = '<div id="a">Text<p id="b">Inner</p></div>') -> dict[str, str]:
    return verdicts("css-orientation-lock", body, head=f"<style>{css}</style>")


@pytest.mark.parametrize(("css", "body", "expected"), [
    # b33eff: the winning declaration decides. A style attribute beats a rule, !important
    # beats both: the element is not turned.
    (PORTRAIT.format("#a { transform: rotate(90deg) }"),
     '<div id="a" style="transform: none">Text</div>', {"#a": "passed"}),
    (PORTRAIT.format("#a { transform: rotate(90deg) }") + " div { transform: none !important }",
     '<div id="a">Text</div>', {"#a": "passed"}),
    (PORTRAIT.format("#a { rotate: 90deg !important }") + " #a { rotate: none }",
     '<div id="a" style="rotate: none">Text</div>', {"#a": "failed"}),
    # the angle of ``rotate`` may come before its axis (CSS Transforms 2: ``&&``)
    (PORTRAIT.format("#a { rotate: 90deg z }"), '<div id="a">Text</div>', {"#a": "failed"}),
    (PORTRAIT.format("#a { rotate: 90deg x }"), '<div id="a">Text</div>', {"#a": "passed"}),
    (PORTRAIT.format("#a { rotate: 0 0 -1 90deg }"), '<div id="a">Text</div>',
     {"#a": "failed"}),
    # what turns is the element as drawn: a child turned back inside a turned parent is
    # upright in both orientations
    (PORTRAIT.format("#a { rotate: 90deg } #b { rotate: -90deg }"), None,
     {"#a": "failed", "#b": "passed"}),
    # a quarter turn of nothing drawn: whether it is visible depends on its box
    (PORTRAIT.format("#a { transform: rotate(90deg) }"), '<div id="a"> </div>',
     {"#a": "cant_tell"}),
    # not visible: transparent, or media a screen never matches
    (PORTRAIT.format("#a { transform: rotate(90deg) }"),
     '<div id="a" style="opacity: 0">Text</div>', {}),
    (PORTRAIT.format("#a { transform: rotate(90deg) }") + " main { opacity: 0% }",
     '<main><div id="a">Text</div></main>', {}),
    ("@media print and (orientation: portrait) { #a { rotate: 90deg } }",
     '<div id="a">Text</div>', {}),
    # a query list with a query that ignores orientation applies in both
    ("@media (orientation: portrait), (min-width: 1px) { #a { rotate: 90deg } }",
     '<div id="a">Text</div>', {}),
    ("@media not all and (orientation: portrait) { #a { rotate: 90deg } }",
     '<div id="a">Text</div>', {"#a": "failed"}),
    ("@media not print and (orientation: portrait) { #a { rotate: 90deg } }",
     '<div id="a">Text</div>', {}),
    # grouping rules do not hide the orientation condition inside them
    ("@supports (rotate: 1deg) { @media (orientation: portrait) { #a { rotate: 90deg } } }",
     '<div id="a">Text</div>', {"#a": "failed"}),
    ("@layer page { @media (orientation: landscape) { #a { rotate: -90deg } } }",
     '<div id="a">Text</div>', {"#a": "failed"}),
    ("@MEDIA (ORIENTATION: PORTRAIT) { #A { TRANSFORM: ROTATE(90DEG) } }",
     '<div id="A">Text</div>', {"#A": "failed"}),
    # a non-replaced inline box takes no transform: nothing turns; a replaced one does
    (PORTRAIT.format("span, img { rotate: 90deg }"),
     '<p><span id="s">Text</span><img id="i" src="a.png" alt="A"></p>',
     {"#s": "passed", "#i": "failed"}),
    (PORTRAIT.format("span { rotate: 90deg }") + " span { display: inline-block }",
     '<p><span id="s">Text</span></p>', {"#s": "failed"}),
])
def test_orientation_lock_reads_the_cascade_and_what_is_drawn(
        css: str, body: str | None, expected: dict[str, str]) -> None:
    found = _lock(css) if body is None else _lock(css, body)
    assert found == expected
