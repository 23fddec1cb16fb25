"""The CSS work shared by rules, done the cheap way, gives what the plain way gives: selectors
matched through the page's id, class and tag indexes; style sheets tokenised only when a rule
could apply."""

from __future__ import annotations

from pathlib import Path

import pytest
from cssselect import HTMLTranslator, SelectorError
from lxml import etree
from rule_helpers import verdicts

from broadsheet.checks import dom
from broadsheet.checks.css import select, style_rules
from broadsheet.checks.parse import local_name, parse

PAGES = Path(__file__).parents[2] / "bench" / "pages"


@pytest.mark.parametrize("name", ["article_with_divs.html", "ap_meta_refresh.html",
                                  "thai_article.html"])
def test_select_matches_what_the_selectors_xpath_matches_on_real_pages(name: str) -> None:
    doc = parse((PAGES / name).read_bytes())
    selectors = {part.strip() for selector, _ in style_rules(doc)
                 for part in selector.split(",") if "::" not in part}
    selectors |= {"div p, a", "body > div:nth-child(2) a", "*", "p:not(.x)"}
    assert len(selectors) > 5
    translator = HTMLTranslator()
    compared = 0
    for selector in sorted(selectors):
        try:
            expected = [el for el in doc.root.xpath(translator.css_to_xpath(selector))
                        if isinstance(el, etree._Element) and local_name(el)]
        except (SelectorError, etree.XPathError, ValueError):
            assert select(doc, selector) in (None, []), selector
            continue
        assert select(doc, selector) == expected, selector
        compared += 1
    assert compared > 5


@pytest.mark.parametrize(("head", "expected"), [
    # the orientation in one style sheet, the rotation in another: both are read
    ("<style>main { rotate: 90deg }</style>"
     "<style>@media (orientation: portrait) { main { rotate: 0deg } }</style>",
     {"#m": "failed"}),
    # CSS escapes spell the words as well as letters do
    (r"<style>@media (orient\61 tion: portrait) { main { transform: rot\61te(90deg) } }"
     "</style>", {"#m": "failed"}),
    (r"<style>@media (\6frientation: portrait) { main { rotate: 90deg } }</style>",
     {"#m": "failed"}),
    # no orientation anywhere: a rotation applies in both, nothing is locked
    ("<style>main { transform: rotate(90deg) }</style>", {}),
])
def test_orientation_lock_reads_every_style_sheet(head: str, expected: dict[str, str]) -> None:
    assert verdicts("css-orientation-lock", "<main id='m'>x</main>", head) == expected


@pytest.mark.parametrize(("css", "hidden"), [
    (".x { padding-top: -999px; border-left: 0 }", False),  # names ending in top, left
    (".x { padding-top: 0; top: -999px }", True),
    (".x { TOP : -999px }", True),
    (".x { padding-left: 0; \\6c eft: -999px }", True),  # an escaped name is the property
    (".x { content: 'left: -999px' }", False),
])
def test_only_properties_a_rule_declares_reach_the_cascade(css: str, hidden: bool) -> None:
    doc = parse(f"<style>{css}</style><p><span class=x>Read</span></p>")
    assert dom.hidden_visually(doc, doc.tags("span")[0]) is hidden
