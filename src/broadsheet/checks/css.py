"""The little CSS a static checker can honour: hiding rules in ``<style>`` elements.

Selectors cssselect cannot translate (``:focus``, ``:hover``...) and rules inside at-rules
(``@media``) are ignored: they depend on state or on the viewport.
"""

from __future__ import annotations

import re

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

from broadsheet.checks.parse import Document, Element, local_name

#: An unclosed comment runs to the end, as CSS reads it; one scan (``/\*.*?\*/`` rescanned
#: to the end from every ``/*`` of an unclosed run: quadratic).
_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
_HIDES = {
    "display": re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.I),
    "visibility": re.compile(r"(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b", re.I),
}
_TRANSLATOR = HTMLTranslator()
_BRACES = re.compile(r"[{}]")


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """(selector, declarations) pairs outside at-rules."""
    rules: list[tuple[str, str]] = []
    depth = 0
    start = 0
    selector = ""
    for match in _BRACES.finditer(css):
        index, char = match.start(), match.group()
        if char == "{":
            if depth == 0:
                selector = css[start:index].strip()
                start = index + 1
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                if not selector.startswith("@"):
                    rules.append((selector, css[start:index]))
                start = index + 1
            depth = max(depth, 0)
    return rules


def hidden_by_stylesheets(doc: Document, kind: str) -> frozenset[Element]:
    """Elements a ``<style>`` rule hides with ``display: none`` or ``visibility: hidden``."""
    key = f"css-{kind}"
    cached = doc.values.get(key)
    if cached is None:
        cached = _compute(doc, _HIDES[kind])
        doc.values[key] = cached
    return cached  # type: ignore[no-any-return,unused-ignore]


def _compute(doc: Document, pattern: re.Pattern[str]) -> frozenset[Element]:
    hidden: set[Element] = set()
    for style in doc.tags("style"):
        css = _COMMENT.sub("", "".join(str(t) for t in style.itertext()))
        for selector, declarations in _top_level_rules(css):
            if not pattern.search(declarations):
                continue
            for part in selector.split(","):
                try:
                    xpath = _TRANSLATOR.css_to_xpath(part.strip())
                    found = doc.root.xpath(xpath)
                except (SelectorError, etree.XPathError, ValueError):
                    continue
                if isinstance(found, list):
                    hidden.update(el for el in found
                                  if isinstance(el, etree._Element) and local_name(el))
    return frozenset(hidden)
