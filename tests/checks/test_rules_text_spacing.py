"""letter-spacing-, word-spacing- and line-height-important, from the ACT rule texts (24afc2,
9e45ec, 78fd32) and CSS cascade/units, element by element."""

from __future__ import annotations

import pytest
from rule_helpers import verdicts

LONG = "The toy brought back fond memories of being lost in the rain forest."


@pytest.mark.parametrize(("style", "expected"), [
    ("letter-spacing: 0.12em !important", "passed"),            # exactly the minimum
    ("letter-spacing: 0.119em !important", "failed"),
    ("letter-spacing: 2px !important", "passed"),               # 16px default: 1.92 needed
    ("letter-spacing: 1.9px !important", "failed"),
    ("font-size: 20px; letter-spacing: 2px !important", "failed"),
    ("font-size: 10pt; letter-spacing: 0.1rem !important", "passed"),  # 1.6 = 0.12 x 13.3
    ("font-size: 10pt; letter-spacing: 0.09rem !important", "failed"),
    ("letter-spacing: normal !important", "failed"),
    ("letter-spacing: 0 !important", "failed"),
    ("letter-spacing: 0.2em !IMPORTANT", "passed"),             # keyword is ASCII-case-free
    ("letter-spacing: 0.3em !important; letter-spacing: 0.01em", "passed"),  # important wins
    ("letter-spacing: 0.01em !important; letter-spacing: 0.3em !important", "passed"),
    ("letter-spacing: 0.3em !important; letter-spacing: 0.01em !important", "failed"),
])
def test_letter_spacing(style: str, expected: str) -> None:
    assert verdicts("letter-spacing-important",
                    f'<p id="p" style="{style}">Some words</p>') == {"#p": expected}


@pytest.mark.parametrize("body", [
    '<p id="p" style="letter-spacing: 0.01em">Not important</p>',
    '<p id="p" style="letter-spacing: 0.01em !important"></p>',          # no text
    '<p id="p" style="letter-spacing: 0.01em !important"><span>in a child</span></p>',
    '<p id="p" style="letter-spacing: inherit !important">Inherited value</p>',
    '<p id="p" style="letter-spacing: 0.01em !important" hidden>Hidden</p>',
    '<p id="p" style="letter-spacing: 0.01em !important; visibility: hidden">Invisible</p>',
    '<p id="p" style="position:absolute; left: -9999px; letter-spacing: 0 !important">Off</p>',
    '<p id="p" style="letter-spacing: 5 !important">Invalid declaration is dropped</p>',
])
def test_letter_spacing_inapplicable(body: str) -> None:
    assert verdicts("letter-spacing-important", body) == {}


def test_font_size_comes_from_the_style_sheet_cascade() -> None:
    head = "<style>p { font-size: 10px } p.big { font-size: 30px }</style>"
    body = ('<p id="a" style="letter-spacing: 2px !important">small text</p>'
            '<p id="b" class="big" style="letter-spacing: 2px !important">big text</p>'
            '<h1 id="h" style="letter-spacing: 3px !important">heading 32px</h1>')
    assert verdicts("letter-spacing-important", body, head) == {
        "#a": "passed", "#b": "failed", "#h": "failed"}


def test_viewport_units_are_cant_tell() -> None:
    body = '<p id="p" style="letter-spacing: 0.1vw !important">Depends on the window</p>'
    assert verdicts("letter-spacing-important", body) == {"#p": "cant_tell"}


@pytest.mark.parametrize(("style", "expected"), [
    ("word-spacing: 0.16em !important", "passed"),
    ("word-spacing: 0.15em !important", "failed"),
    ("word-spacing: 3px !important", "passed"),
    ("word-spacing: normal !important", "failed"),
])
def test_word_spacing(style: str, expected: str) -> None:
    assert verdicts("word-spacing-important",
                    f'<p id="p" style="{style}">Some words</p>') == {"#p": expected}


@pytest.mark.parametrize(("style", "expected"), [
    ("line-height: 1.5 !important", "passed"),
    ("line-height: 150% !important", "passed"),
    ("line-height: 24px !important", "passed"),
    ("line-height: 1.49 !important", "failed"),
    ("line-height: 1.2em !important", "failed"),
    ("line-height: normal !important", "failed"),
    ("line-height: initial !important", "failed"),
])
def test_line_height_on_wrapping_text(style: str, expected: str) -> None:
    body = f'<p id="p" style="max-width: 200px; {style}">{LONG}</p>'
    assert verdicts("line-height-important", body) == {"#p": expected}


def test_line_height_needs_a_soft_wrap() -> None:
    body = '<p id="p" style="line-height: 1 !important">One line.</p>'
    assert verdicts("line-height-important", body) == {}
