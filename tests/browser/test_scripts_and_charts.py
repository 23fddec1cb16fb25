"""In Chromium: no slanted imitation of italics for scripts without them, line height per
script, list markers in the page's digits, and a chart's data table opened from the keyboard.

Pages are rendered here and served at ``http://broadsheet.test/`` under their own CSP."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import pytest

import broadsheet
from tests.browser.offline import ORIGIN, serve_only
from tests.helpers import SEED_PATH

SEED = json.loads(SEED_PATH.read_text("utf-8"))
CHART = {
    "type": "chart", "title": "Unemployment rate, 2020–2023",
    "src": "https://cdn.example/charts/jobless.svg", "width": 800, "height": 450,
    "summary": "Unemployment peaked at 7.1% in 2020 and fell every year after.",
    "data": {"rows": [["Year", "Rate"], ["2020", "7.1%"], ["2023", "4.2%"]]},
}


@contextmanager
def article_page(
    auditor: Any, language: str, body: list[dict[str, Any]], **fields: Any
) -> Iterator[Any]:
    """The seed article with this body (and any other fields), served offline at ORIGIN."""
    article = copy.deepcopy(SEED)
    article.update(language=language, body=body, **fields)
    html = broadsheet.render(article).html

    context = auditor.browser().new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        serve_only(page, {ORIGIN: ("text/html", html)})
        page.goto(ORIGIN)
        yield page
    finally:
        context.close()


def style(page: Any, selector: str, *names: str) -> list[str]:
    return [str(value) for value in page.evaluate(
        "([s, names]) => { const c = getComputedStyle(document.querySelector(s));"
        " return names.map((n) => c[n]); }", [selector, list(names)])]


EMPHASIS = [{"type": "paragraph", "text": "<em>x</em> <i>y</i> <cite>z</cite>"}]


@pytest.mark.parametrize("language", ["ar", "fa", "he", "ja", "zh"])
def test_scripts_without_italics_are_never_slanted(auditor: Any, language: str) -> None:
    with article_page(auditor, language, EMPHASIS) as page:
        for selector in (".article-body em", ".article-body i", ".article-body cite"):
            assert style(page, selector, "fontStyle") == ["normal"], selector
        synthesis = style(page, ".article-body p", "fontSynthesisStyle")
    assert synthesis == ["none"]


@pytest.mark.parametrize(("language", "weight", "marks"), [
    ("fa", "700", "none"), ("he", "700", "none"), ("ja", "400", "sesame")])
def test_emphasis_is_still_seen_without_italics(auditor: Any, language: str, weight: str,
                                                marks: str) -> None:
    with article_page(auditor, language, EMPHASIS) as page:
        got_weight, got_marks = style(page, ".article-body em", "fontWeight", "textEmphasisStyle")
    assert got_weight == weight
    assert marks in got_marks


def test_latin_emphasis_keeps_its_italic(auditor: Any) -> None:
    with article_page(auditor, "en", EMPHASIS) as page:
        assert style(page, ".article-body em", "fontStyle") == ["italic"]


@pytest.mark.parametrize(("language", "leading"), [
    ("en", 1.6), ("ru", 1.6), ("fa", 1.8), ("ar", 1.8), ("he", 1.75), ("ja", 1.8)])
def test_line_height_follows_the_script(auditor: Any, language: str, leading: float) -> None:
    with article_page(auditor, language, [{"type": "paragraph", "text": "text"}]) as page:
        height, size = style(page, ".article-body p", "lineHeight", "fontSize")
    assert float(height.removesuffix("px")) / float(size.removesuffix("px")) == pytest.approx(
        leading, abs=0.01)


@pytest.mark.parametrize(("language", "markers"), [
    ("fa", "persian"), ("en", "decimal"), ("ar", "decimal")])
def test_ordered_lists_count_in_the_page_digits(auditor: Any, language: str,
                                                markers: str) -> None:
    body = [{"type": "list", "ordered": True, "items": ["a", "b"]}]
    with article_page(auditor, language, body) as page:
        assert style(page, ".article-body ol", "listStyleType") == [markers]


def test_the_chart_data_opens_from_the_keyboard(auditor: Any) -> None:
    with article_page(auditor, "en", [CHART]) as page:
        table = page.locator(".chart table")
        assert not table.is_visible()  # collapsed by default
        for _ in range(60):  # Tab through the page until the toggle has focus
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.matches('.chart summary')"):
                break
        else:
            pytest.fail("the chart data toggle was never reached with Tab")
        page.keyboard.press("Enter")
        assert page.evaluate("() => document.querySelector('.chart details').open")
        assert table.is_visible()
        page.keyboard.press("Enter")
        assert not table.is_visible()


FOOTNOTED = [{"type": "paragraph", "text": "Rents rose[^ons] and pay[^pay]; rents again[^ons]."}]
NOTES = [{"id": "ons", "text": "Office for National Statistics."},
         {"id": "pay", "text": "Median weekly pay."}]


def footnoted_page(auditor: Any, language: str) -> AbstractContextManager[Any]:
    """An article citing two footnotes, one of them twice."""
    return article_page(auditor, language, FOOTNOTED, footnotes=NOTES)


@pytest.mark.parametrize(("language", "first", "back"), [
    ("en", "Footnote 1", "Back to reference 1 (b)"),
    ("fa", "پانوشت ۱", "بازگشت به ارجاع ۱ (۲)")])
def test_footnote_links_are_named_and_lead_both_ways(auditor: Any, language: str, first: str,
                                                    back: str) -> None:
    with footnoted_page(auditor, language) as page:
        # the accessibility tree names each reference by what it is and its number
        references = page.get_by_role("link", name=first, exact=True)
        assert references.count() == 2
        assert page.locator(".footnotes").get_by_role("link", name=back, exact=True).count() == 1
        assert page.get_by_role("region", name=page.locator(".footnotes h2").inner_text()
                                ).count() == 1
        # following the second reference to "ons" and its back-link returns to it
        references.nth(1).focus()
        page.keyboard.press("Enter")
        assert page.evaluate("() => location.hash") == "#footnote-1"
        page.locator("#footnote-1 .footnote-back").nth(1).focus()
        page.keyboard.press("Enter")
        assert page.evaluate("() => location.hash") == "#footnote-ref-1-2"
        assert page.evaluate(
            "() => document.querySelector(':target').closest('p') !== null")
