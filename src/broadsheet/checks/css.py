"""The little CSS a static checker can honour: hiding rules in ``<style>`` elements.

Selectors cssselect cannot translate (``:focus``, ``:hover``...) and rules inside at-rules
(``@media``) are ignored: they depend on state or on the viewport.

The work is shared: a page's style sheets are read once for both kinds of hiding, a style
sheet's text is split into rules once per process (sites repeat theirs on every page), and
each selector is translated and compiled to XPath once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cssselect import HTMLTranslator, SelectorError
from cssselect import parse as parse_selector
from cssselect.parser import Class, CombinedSelector, Hash
from cssselect.parser import Element as CssElement
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


@lru_cache(maxsize=256)
def _hiding_selectors(css: str) -> dict[str, tuple[str, ...]]:
    """The selectors of one style sheet's rules that hide, by kind of hiding."""
    found: dict[str, list[str]] = {kind: [] for kind in _HIDES}
    for selector, declarations in _top_level_rules(_COMMENT.sub("", css)):
        for kind, pattern in _HIDES.items():
            if pattern.search(declarations):
                found[kind].extend(part.strip() for part in selector.split(","))
    return {kind: tuple(selectors) for kind, selectors in found.items()}


@dataclass(frozen=True, slots=True)
class _Matcher:
    """A selector compiled once: the index key of its rightmost compound and an XPath.

    With a key (``("class", "ad")``), ``test`` is a boolean XPath run on each element of the
    page carrying that key, so a rule whose key is absent costs nothing; without one it is
    the selector's XPath over the whole document.
    """

    key: tuple[str, str] | None
    test: etree.XPath


@lru_cache(maxsize=4096)
def _compiled(selector: str) -> _Matcher | None:
    """The selector compiled, or None when cssselect cannot translate it."""
    try:
        parsed = parse_selector(selector)
        if len(parsed) != 1 or parsed[0].pseudo_element is not None:
            return None
        key = _rightmost_key(parsed[0].parsed_tree)
        if key is not None:
            try:  # ``*:not(S)`` is S matched on the element itself, combinators walking up
                inverse = _TRANSLATOR.css_to_xpath(f"*:not({selector})", prefix="self::")
                return _Matcher(key, etree.XPath(f"not({inverse})"))
            except SelectorError:  # a selector :not() cannot hold (a nested :not)
                pass
        return _Matcher(None, etree.XPath(_TRANSLATOR.css_to_xpath(selector)))
    except (SelectorError, etree.XPathError, ValueError):
        return None


def _rightmost_key(tree: Any) -> tuple[str, str] | None:
    """The id, else a class, else the tag name an element must have to match."""
    if isinstance(tree, CombinedSelector):
        tree = tree.subselector
    found: tuple[str, str] | None = None
    while True:
        if isinstance(tree, Hash):
            return ("id", tree.id)
        if isinstance(tree, Class) and (found is None or found[0] != "class"):
            found = ("class", tree.class_name)
        if isinstance(tree, CssElement):
            if found is None and tree.element and tree.namespace is None:
                found = ("tag", tree.element.lower())
            return found
        inner = getattr(tree, "selector", None)
        if inner is None:
            return found
        tree = inner


_CLASS_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space() splits on


def _by_class(doc: Document) -> dict[str, list[Element]]:
    """The page's elements by class token, built once per page."""
    index: dict[str, list[Element]] | None = doc.values.get("css-classes")
    if index is None:
        index = doc.values["css-classes"] = {}
        for element in doc.elements:
            classes = element.get("class")
            if classes:
                for token in set(_CLASS_SPACE.split(classes)):
                    index.setdefault(token, []).append(element)
    return index


def _candidates(doc: Document, key: tuple[str, str]) -> list[Element]:
    kind, value = key
    if kind == "id":
        return doc.ids.get(value, [])
    if kind == "class":
        return _by_class(doc).get(value, [])
    return doc.by_tag.get(value, [])


def hidden_by_stylesheets(doc: Document, kind: str) -> frozenset[Element]:
    """Elements a ``<style>`` rule hides with ``display: none`` or ``visibility: hidden``."""
    key = f"css-{kind}"
    cached = doc.values.get(key)
    if cached is None:
        for found_kind, elements in _compute(doc).items():
            doc.values[f"css-{found_kind}"] = elements
        cached = doc.values[key]
    return cached  # type: ignore[no-any-return,unused-ignore]


def _compute(doc: Document) -> dict[str, frozenset[Element]]:
    selectors: dict[str, dict[str, None]] = {kind: {} for kind in _HIDES}
    for style in doc.tags("style"):
        for kind, found in _hiding_selectors("".join(str(t) for t in style.itertext())).items():
            selectors[kind].update(dict.fromkeys(found))  # each selector once, in order
    return {kind: frozenset(el for selector in unique for el in _matches(doc, selector))
            for kind, unique in selectors.items()}


def _matches(doc: Document, selector: str) -> list[Element]:
    """The elements of the page the selector matches."""
    matcher = _compiled(selector)
    if matcher is None:
        return []
    try:
        if matcher.key is not None:
            return [el for el in _candidates(doc, matcher.key) if matcher.test(el)]
        found = matcher.test(doc.root)
    except etree.XPathError:
        return []
    return [el for el in found if isinstance(el, etree._Element) and local_name(el)] \
        if isinstance(found, list) else []


#: One declaration from a ``<style>`` rule: (important, specificity, source order, value).
Declared = tuple[bool, tuple[int, int, int], int, str]


def stylesheet_declarations(doc: Document, prop: str) -> dict[Element, list[Declared]]:
    """Declarations of ``prop`` that ``<style>`` rules give each element (cascade inputs)."""
    key = f"css-decl-{prop}"
    cached = doc.values.get(key)
    if cached is None:
        cached = _declarations(doc, prop.lower())
        doc.values[key] = cached
    return cached  # type: ignore[no-any-return,unused-ignore]


def _declarations(doc: Document, prop: str) -> dict[Element, list[Declared]]:
    import tinycss2
    from cssselect import parse as parse_selector

    found: dict[Element, list[Declared]] = {}
    order = 0
    for style in doc.tags("style"):
        css = _COMMENT.sub("", "".join(str(t) for t in style.itertext()))
        for selector, block in _top_level_rules(css):
            if prop not in block.lower():
                continue
            decls = [d for d in tinycss2.parse_declaration_list(
                block, skip_comments=True, skip_whitespace=True)
                if d.type == "declaration" and d.lower_name == prop]
            for part in selector.split(","):
                try:
                    specificity = parse_selector(part.strip())[0].specificity()
                    matched = doc.root.xpath(_TRANSLATOR.css_to_xpath(part.strip()))
                except (SelectorError, etree.XPathError, ValueError, IndexError):
                    continue
                if not isinstance(matched, list):
                    continue
                for decl in decls:
                    order += 1
                    value = tinycss2.serialize(decl.value).strip()
                    for el in matched:
                        if isinstance(el, etree._Element) and local_name(el):
                            found.setdefault(el, []).append(
                                (decl.important, specificity, order, value))
    return found
