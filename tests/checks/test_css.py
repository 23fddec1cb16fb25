"""Hiding by ``<style>`` rules: the elements each selector hides, and agreement with cssselect."""

from __future__ import annotations

import pytest
from cssselect import HTMLTranslator

from broadsheet.checks.css import hidden_by_stylesheets
from broadsheet.checks.parse import parse

BODY = """
<div id="top" class="box  ad"><p class="x">a</p><span>b</span><p>c</p></div>
<section class="ad"><div><p class="x">d</p></div></section>
<ul><li>1</li><li class="x">2</li><li>3</li></ul>
<p id="lone" hidden title="t">e</p>
"""


def _hidden(css: str, kind: str = "display", body: str = BODY) -> list[str]:
    """Text of each hidden element (its first text), in document order."""
    doc = parse(f"<!DOCTYPE html><style>{css}</style>{body}")
    hidden = hidden_by_stylesheets(doc, kind)
    return [(el.text or el.get("id") or el.tag) for el in doc.elements if el in hidden]


@pytest.mark.parametrize(("selector", "expected"), [
    (".x", ["a", "d", "2"]),
    ("#lone", ["e"]),
    ("span", ["b"]),
    (".ad .x", ["a", "d"]),
    (".ad > .x", ["a"]),
    ("section .x", ["d"]),
    ("p + span", ["b"]),
    ("p ~ p", ["c"]),
    ("li.x ~ li", ["3"]),
    ("li:first-child", ["1"]),
    ("[hidden]", ["e"]),
    ("[title=t]", ["e"]),
    (".box.ad p:not(.x)", ["c"]),
    ("div:not(.ad) p", ["d"]),
    (".missing, .x span, #top > span", ["b"]),
    ("*:not(:not(.x))", []),  # nested :not is invalid: ignored, as before
    (".x::before", []),  # pseudo-elements have no element to hide
    ("p:hover", []),  # state: cannot be known statically
])
def test_each_selector_hides_exactly_its_elements(selector: str, expected: list[str]) -> None:
    assert _hidden(f"{selector} {{ display: none }}") == expected


def test_both_kinds_are_told_apart() -> None:
    css = ".x { visibility: hidden } span { display:none } /* #lone { display: none } */"
    assert _hidden(css, "display") == ["b"]
    assert _hidden(css, "visibility") == ["a", "d", "2"]


def test_rules_inside_at_rules_and_other_declarations_are_ignored() -> None:
    css = "@media print { .x { display: none } } .x { display: block; color: red }"
    assert _hidden(css) == []


def test_class_tokens_split_as_xpath_splits_them() -> None:
    body = '<p class="a\tb">1</p><p class="a\u00a0b">2</p><p class="ab">3</p>'
    assert _hidden(".b { display: none }", body=body) == ["1"]


SELECTORS = [".ad .x", ".ad > .x", "p + span", "p ~ p", "li:nth-child(2n+1)", "div p",
             "section > div > p", "ul li.x + li", "*", "div *", ":not(p)", "section p:not(:empty)",
             "#top p:last-child", "[class~=ad] span", "li:not(.x)"]


@pytest.mark.parametrize("selector", SELECTORS)
def test_matching_agrees_with_cssselect_over_the_whole_document(selector: str) -> None:
    doc = parse(f"<!DOCTYPE html><style>{selector} {{ display: none }}</style>{BODY}")
    found = doc.root.xpath(HTMLTranslator().css_to_xpath(selector))
    expected = set(found) if isinstance(found, list) else set()
    assert set(hidden_by_stylesheets(doc, "display")) == expected
    assert expected, "each selector matches something on the page"
