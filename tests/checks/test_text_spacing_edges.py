"""Edge values of ACT 24afc2 and 9e45ec (letter and word spacing declared ``!important`` in a
``style`` attribute), written from the rule texts: the computed spacing against 0.12 and 0.16
times the computed font size, the font size inherited or relative (em, %)."""

from __future__ import annotations

import pytest
from tests.checks.rule_helpers import verdicts

TEXT = "Words that are long enough to wrap"


@pytest.mark.parametrize(("rule", "style", "want"), [
    ("letter-spacing-important", "letter-spacing: 0.12em !important", "passed"),
    ("letter-spacing-important", "letter-spacing: 0.119em !important", "failed"),
    ("letter-spacing-important", "font-size: 20px; letter-spacing: 2.4px !important", "passed"),
    ("letter-spacing-important", "font-size: 20px; letter-spacing: 2.3px !important", "failed"),
    ("letter-spacing-important", "font-size: 1.5em; letter-spacing: 2.88px !important",
     "passed"),  # 1.5 × 16 px = 24 px: 0.12 × 24 = 2.88
    ("letter-spacing-important", "font-size: 150%; letter-spacing: 2.8px !important", "failed"),
    ("letter-spacing-important", "letter-spacing: 0.05em", None),  # not important
    ("letter-spacing-important", "LETTER-SPACING: 0.12EM ! IMPORTANT", "passed"),
    ("word-spacing-important", "word-spacing: 0.16em !important", "passed"),
    ("word-spacing-important", "word-spacing: 0.159em !important", "failed"),
    ("word-spacing-important", "font-size: 25px; word-spacing: 4px !important", "passed"),
    ("word-spacing-important", "font-size: 25px; word-spacing: 3.9px !important", "failed"),
    ("word-spacing-important", "word-spacing: 1px", None),
])
def test_spacing_against_the_computed_font_size(rule: str, style: str, want: str | None) -> None:
    found = verdicts(rule, f'<div style="font-size: 16px"><p id="t" style="{style}">{TEXT}'
                           "</p></div>")
    assert found.get("#t") == want, found
