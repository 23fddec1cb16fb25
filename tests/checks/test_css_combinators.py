"""Selectors with combinators (``div div > p``) match what their XPath matches, in linear work.

The reference is cssselect's own XPath of the whole selector run over the page. The work is
the number of times any compound is tested against an element: counted inside libxml2's
XPath evaluation (an extension function in every type selector's test), which sees the
ancestor walks of a whole-selector XPath, plus each call of a chain's compound tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from cssselect import HTMLTranslator
from cssselect.parser import Element as CssElement
from cssselect.xpath import XPathExpr
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from broadsheet.checks import css, selector_chain
from broadsheet.checks.parse import local_name, parse

COMPOUNDS = ["div", "DIV", "p", "span", "*", ".a", ".b", ".a.b", "div.a", "#x", "p#x.a",
             "p:first-child", "span:not(.a)", "[title]", "*:not(div div)"]
COMBINATORS = [" ", " > ", " + ", " ~ "]


def _tree(draw: st.DrawFn, depth: int) -> str:
    """Random nested markup of div/p/span with classes, ids, titles and comments."""
    out = []
    for _ in range(draw(st.integers(0, 3 if depth else 1))):
        tag = draw(st.sampled_from(["div", "section", "span", "em"]))
        attrs = draw(st.sampled_from(["", " class=a", " class='b a'", " id=x", " title=t"]))
        out.append(f"<{tag}{attrs}>")
        if draw(st.booleans()):
            out.append("<!-- c -->")
        if depth < 5:
            out.append(_tree(draw, depth + 1))
        out.append(f"</{tag}>")
        if draw(st.booleans()):
            out.append(f"<p{draw(st.sampled_from(['', ' class=a']))}>t</p>")
    return "".join(out)


@st.composite
def pages_and_selectors(draw: st.DrawFn) -> tuple[str, str]:
    parts = [draw(st.sampled_from(COMPOUNDS))]
    for _ in range(draw(st.integers(1, 3))):
        parts += [draw(st.sampled_from(COMBINATORS)), draw(st.sampled_from(COMPOUNDS))]
    return f"<!DOCTYPE html><body>{_tree(draw, 0)}", "".join(parts)


def _by_xpath(doc: Any, selector: str) -> list[etree._Element]:
    return [el for el in doc.root.xpath(HTMLTranslator().css_to_xpath(selector))
            if isinstance(el, etree._Element) and local_name(el)]


@settings(max_examples=300, deadline=None)
@given(pages_and_selectors())
def test_a_selector_with_combinators_matches_what_its_xpath_matches(
        case: tuple[str, str]) -> None:
    html, selector = case
    doc = parse(html)
    assert css.select(doc, selector) == _by_xpath(doc, selector), (html, selector)


@pytest.mark.parametrize(("selector", "expected"), [
    ("div div div", ["3", "4", "5"]),              # the three innermost of five nested
    ("div > div > div", ["3", "4", "5"]),
    ("#n2 div", ["3", "4", "5"]),
    ("#n2 > div", ["3"]),
    ("body > div div", ["2", "3", "4", "5"]),
    ("p + p", ["q2"]),                             # the comment between is not an element
    ("p ~ p", ["q2", "q3"]),
    ("section p ~ p.last", ["q3"]),
    ("div p ~ p.last", []),                        # no div holds the paragraphs
])
def test_combinators_on_a_small_page(selector: str, expected: list[str]) -> None:
    html = ("<!DOCTYPE html><body><div id=n1><div id=n2><div id=n3><div id=n4><div id=n5>"
            "</div></div></div></div></div>"
            "<section><p id=q1>a</p><!-- c --><p id=q2>b</p><span></span>"
            "<p id=q3 class=last>c</p></section>")
    found = css.select(parse(html), selector) or []
    assert [el.get("id", "").removeprefix("n") for el in found] == expected


class _Counting(HTMLTranslator):
    """Every type selector's test also calls ``bs-work()``, which counts and is true."""

    def xpath_element(self, selector: CssElement) -> XPathExpr:
        xpath = super().xpath_element(selector)
        xpath.add_condition("bs-work()")
        return xpath


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The number of compound tests libxml2 makes while the test runs."""
    count = [0]

    def counted(_context: object) -> bool:
        count[0] += 1
        return True

    functions = etree.FunctionNamespace(None)
    functions["bs-work"] = counted
    original = selector_chain._test

    def counting_test(compound: Any, translator: Any) -> Any:
        test = original(compound, translator)

        def counted_test(element: Any) -> object:
            count[0] += 1
            return test(element)

        return counted_test

    monkeypatch.setattr(selector_chain, "_test", counting_test)
    monkeypatch.setattr(css, "_TRANSLATOR", _Counting())
    css._compiled.cache_clear()
    yield count
    css._compiled.cache_clear()
    del functions["bs-work"]


def _nested(depth: int) -> str:
    return ("<!DOCTYPE html><style>div div div { display: none }</style>"
            + "<div>" * depth + "x" + "</div>" * depth)


def test_hiding_by_a_descendant_selector_is_linear_in_the_nesting(work: list[int]) -> None:
    counts = {}
    for depth in (200, 400):
        doc = parse(_nested(depth))
        work[0] = 0
        hidden = css.hidden_by_stylesheets(doc, "display")
        assert len(hidden) == depth - 2            # all but the two outermost
        counts[depth] = work[0]
    # each div is tested against each of the three compounds at most a few times; the
    # whole-selector XPath tests every ancestor of every div (200 nested: 1.3 million)
    assert counts[200] <= 4 * 3 * 200
    assert counts[400] <= 2.2 * counts[200]
