"""Descendants of a role whose children are presentational (WAI-ARIA 1.2 "Children
Presentational: True": button, checkbox, img, option, tab, slider...) are not exposed
through the accessibility API, so the ACT rules for ARIA attributes on elements "included in
the accessibility tree" (kb1m8s, 5c01ea) do not apply to them; the element itself still is.
Element by element, by ``#id``."""

from __future__ import annotations

from rule_helpers import verdicts


def test_a_name_inside_presentational_children_is_not_judged() -> None:
    found = verdicts("aria-prohibited-attr",
                     '<div role="button"><span id="in-button" aria-label="x"></span></div>'
                     '<button><span id="in-native" aria-label="x">a</span></button>'
                     '<div id="img" role="img" aria-label="chart"><p><span id="deep" aria-label="x">'
                     '</span></p></div>'
                     '<div role="grid"><span id="in-grid" aria-label="x"></span></div>'
                     '<div role="checkbox" aria-checked="false" id="self" aria-label="ok">'
                     '</div>'
                     '<span id="plain" aria-label="x"></span>')
    assert found == {"#img": "passed", "#in-grid": "failed", "#self": "passed",
                     "#plain": "failed"}


def test_an_unsupported_state_inside_presentational_children_is_not_judged() -> None:
    found = verdicts("aria-allowed-attr",
                     '<div id="tab" role="tab" aria-selected="true">'
                     '<span id="in-tab" role="heading" aria-level="2" aria-sort="none">x</span>'
                     '</div>'
                     '<div role="list"><span id="in-list" role="listitem" aria-sort="none">'
                     'y</span></div>')
    assert found == {"#tab": "passed", "#in-list": "failed"}
