"""frame-tab-order (akn7bn), css-orientation-lock (b33eff) and label-in-name (2ee8b8), from
the ACT rule texts, element by element."""

from __future__ import annotations

import html

import pytest
from rule_helpers import verdicts

from broadsheet.checks.rules.label_in_name import contains, tokens
from broadsheet.checks.rules.orientation import angle


def frame(inner: str, attrs: str = "") -> str:
    return f'<iframe {attrs} srcdoc="{html.escape(inner)}"></iframe>'


def test_frame_tab_order_element_by_element() -> None:
    body = (frame("<a href='/'>Home</a>", 'id="neg" tabindex="-1"')
            + frame("<a href='/'>Home</a>", 'id="zero" tabindex="0"')
            + frame("<a href='/'>Home</a>", 'id="none"')
            + frame("<h1>Hello</h1>", 'id="text" tabindex="-1"')              # nothing to tab to
            + frame("<a href='/' tabindex='-1'>Home</a>", 'id="out" tabindex="-1"')
            + frame("<a href='/' hidden>Home</a>", 'id="hid" tabindex="-1"')
            + frame("<a href='/'>Home</a>", 'id="inert" tabindex="-1" inert')
            + frame("<a href='/'>Home</a>", 'id="tiny" tabindex="-1" width="1" height="1"')
            + '<div style="display:none">' + frame("<a href='/'>x</a>", 'tabindex="-1"')
            + "</div>")
    assert verdicts("frame-tab-order", body) == {
        "#neg": "failed", "#zero": "passed", "#none": "passed"}


def test_frame_loading_a_url_out_of_the_tab_order_is_cant_tell() -> None:
    body = ('<iframe id="u" src="/poll.html" tabindex="-1" title="Poll"></iframe>'
            '<iframe id="v" src="/poll.html" title="Poll"></iframe>')
    assert verdicts("frame-tab-order", body) == {"#u": "cant_tell"}


@pytest.mark.parametrize(("text", "degrees"), [
    ("90deg", 90), ("0.25turn", 90), ("100grad", 90), ("0", 0), ("-1.5turn", -540),
    ("90", None), ("deg", None),
])
def test_angles(text: str, degrees: float | None) -> None:
    found = angle(text)
    assert (found is None and degrees is None) or found == pytest.approx(degrees)


@pytest.mark.parametrize(("css", "expected"), [
    ("@media (orientation: portrait) { html { transform: rotate(90deg) } }", "failed"),
    ("@media (orientation: landscape) { body { rotate: -90deg } }", "failed"),
    ("@media (orientation: portrait) { main { transform: rotate(0.25turn) } }", "failed"),
    ("@media (orientation: portrait) { main { transform: rotateZ(270deg) } }", "failed"),
    ("@media (orientation: portrait) { main { transform: matrix(0, 1, -1, 0, 0, 0) } }",
     "failed"),
    ("@media (orientation: portrait) { main { transform: rotate3d(0, 0, 1, 90deg) } }",
     "failed"),
    ("@media screen and (orientation: portrait) { main { rotate: z 90deg } }", "failed"),
    # the same quarter turn in both orientations: nothing is locked
    ("main { rotate: 90deg } @media (orientation: portrait) { main { rotate: 90deg } }",
     "passed"),
    # a base tilt plus a quarter turn in landscape only: 90 degrees apart
    ("main { transform: rotate(2.5deg) } "
     "@media (orientation: landscape) { main { transform: rotate(92.5deg) } }", "failed"),
    ("@media (orientation: portrait) { main { transform: rotate(1turn) } }", "passed"),
    ("@media (orientation: portrait) { main { transform: rotate(180deg) } }", "passed"),
    ("@media (orientation: portrait) { main { transform: rotate(45deg) } }", "passed"),
    # rotation about another axis is not about Z
    ("@media (orientation: portrait) { main { transform: rotateX(90deg) } }", "inapplicable"),
    ("@media (orientation: portrait) { main { transform: translate(10px) } }",
     "inapplicable"),
    ("main { transform: rotate(90deg) }", "inapplicable"),    # not conditional
    ("@media (orientation: portrait) { .gone { rotate: 90deg } }", "inapplicable"),
])
def test_orientation_lock(css: str, expected: str) -> None:
    found = verdicts("css-orientation-lock", "<main>Content</main><p class='gone' hidden>x</p>",
                     head=f"<style>{css}</style>")
    assert (set(found.values()) or {"inapplicable"}) == {expected}, found


def test_orientation_lock_reads_the_style_elements_media() -> None:
    head = '<style media="(orientation: portrait)">main { rotate: 90deg }</style>'
    assert verdicts("css-orientation-lock", "<main id='m'>x</main>", head) == {
        "#m": "failed"}


@pytest.mark.parametrize(("text", "expected"), [
    # NFKD splits accents off as marks, which are neither letters nor digits: spaces
    ("Send (now)", ["send"]), ("E-mail", ["e", "mail"]), ("ÉTÉ", ["e", "te"]),
    ("  ", []), ("Next ➡️ page", ["next", "page"]), ("ﬁle", ["file"]),  # NFKD ligature
])
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


def test_contiguous_subsequence() -> None:
    assert contains(["a", "b", "c", "d"], ["b", "c"])
    assert not contains(["a", "b", "c", "d"], ["a", "c"])
    assert contains(["a"], [])
    assert not contains([], ["a"])


def test_label_in_name_element_by_element() -> None:
    body = ('<button id="start" aria-label="Send message">Send</button>'
            '<button id="end" aria-label="Message send">Send</button>'
            '<button id="miss" aria-label="Submit">Send</button>'
            '<button id="split" aria-label="Send a message">Send message</button>'
            '<a id="case" href="/" aria-label="NEXT PAGE">next page</a>'
            '<a id="punct" href="/" aria-label="Next page">Next-page!</a>'
            '<a id="paren" href="/" aria-label="Rates">Rates (2026)</a>'
            '<span id="by">Read the full story</span>'
            '<a id="lby" href="/" aria-labelledby="by">Read more</a>'
            '<button id="x" aria-label="Close dialog">X</button>'
            '<a id="abbr" href="/" aria-label="University Avenue">University Ave.</a>'
            '<button id="hiddentext" aria-label="Send">Send<span style="display:none">'
            " now</span></button>"
            '<button id="sr" aria-label="Buy">Buy<span style="position:absolute;'
            'left:-9999px"> tickets</span></button>'
            '<div id="nowidget" aria-label="Rates">Interest rates</div>'
            '<button id="noaria">Send</button>'
            '<button id="empty" aria-label="Send"><img src="s.png" alt="Send"></button>')
    assert verdicts("label-in-name", body) == {
        "#start": "passed", "#end": "passed", "#miss": "failed", "#split": "failed",
        "#case": "passed", "#punct": "passed", "#paren": "passed", "#lby": "failed",
        "#x": "cant_tell", "#abbr": "cant_tell", "#hiddentext": "passed", "#sr": "passed"}


def test_inline_display_joins_letters_into_one_word() -> None:
    body = ('<a id="a" href="/" aria-label="ACT"><div style="display:inline">A</div>'
            '<div style="display:inline">C</div><div style="display:inline">T</div></a>'
            '<a id="b" href="/" aria-label="ACT"><div>A</div><div>C</div><div>T</div></a>')
    assert verdicts("label-in-name", body) == {"#a": "passed", "#b": "failed"}


def test_icon_font_ligatures_are_not_a_visible_label() -> None:
    head = "<style>.icon { font-family: 'Material Icons' }</style>"
    body = ('<button id="i" class="icon" aria-label="Find">search</button>'
            '<button id="j" aria-label="Find"><span class="material-icons">search</span>'
            "</button>")
    assert verdicts("label-in-name", body, head) == {}
