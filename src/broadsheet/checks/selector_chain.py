"""Complex selectors (``div div > p``, ``h2 + p``) matched right to left in linear time.

cssselect's XPath for ``div div div`` walks an element's ancestors once per compound, and
again from each ancestor that matches: on 1,000 nested ``div`` elements that took 33
CPU-seconds. A :class:`Chain` tests each compound on one element at a time, and keeps, while
it matches, whether an element matches the selector up to a compound, and whether one of its
ancestors (or previous siblings) does: each element is asked each question once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cssselect import GenericTranslator
from cssselect.parser import Class, CombinedSelector, Hash, Selector
from cssselect.parser import Element as CssElement
from cssselect.xpath import is_safe_name
from lxml import etree

Element = etree._Element

_COMBINATORS = frozenset(" >+~")
#: What XPath's normalize-space() splits a class attribute on; a class name holding one of
#: these (or a form feed) never matches in cssselect, and is left to its XPath.
_CLASS_SPACE = re.compile(r"[ \t\r\n]+")
_NOT_A_CLASS = re.compile(r"[ \t\r\n\f]")


@dataclass(frozen=True, slots=True)
class Chain:
    """A selector with combinators as its compounds and the combinators between them."""

    #: Each compound's test on the element alone, left to right.
    compounds: tuple[Callable[[Element], object], ...]
    #: The combinator before each compound but the first: `` ``, ``>``, ``+`` or ``~``.
    combinators: tuple[str, ...]

    def filter(self, candidates: list[Element]) -> list[Element]:
        """Those of ``candidates`` (elements of one page) the selector matches, in order.
        The answers are kept for this call only: kept for the page, a style sheet's
        selectors held some 30 per element (``article_with_divs``: 3 bytes a byte of page
        at the peak), for little gain."""
        tests, combinators = self.compounds, self.combinators
        own: list[dict[Element, bool]] = [{} for _ in tests]
        beyond: list[dict[Element, bool]] = [{} for _ in combinators]

        def matches(step: int, element: Element) -> bool:
            """The element matches the selector up to compound ``step``, as its subject."""
            memo = own[step]
            found = memo.get(element)
            if found is None:
                found = bool(tests[step](element))
                if found and step:
                    combinator = combinators[step - 1]
                    if combinator == ">":
                        near = element.getparent()
                        found = near is not None and matches(step - 1, near)
                    elif combinator == "+":
                        near = _previous(element)
                        found = near is not None and matches(step - 1, near)
                    else:
                        found = some(step - 1, combinator, element)
                memo[element] = found
            return found

        def some(step: int, combinator: str, element: Element) -> bool:
            """An ancestor (`` ``) or previous sibling (``~``) of the element matches up to
            ``step``: find the nearest whose answer is known, then answer back down."""
            move = _parent if combinator == " " else _previous
            memo = beyond[step]
            way: list[Element] = []
            found = False
            near = move(element)
            while near is not None:
                known = memo.get(near)
                if known is not None:
                    found = known
                    break
                way.append(near)
                near = move(near)
            for near in reversed(way):  # it, or one beyond it, matches
                found = found or matches(step, near)
                memo[near] = found
            return found

        last = len(tests) - 1
        return [el for el in candidates if matches(last, el)]


def chain_of(tree: Any, translator: GenericTranslator) -> Chain | None:
    """The chain of a parsed selector (cssselect's tree); None without combinators."""
    if not isinstance(tree, CombinedSelector):
        return None
    compounds: list[Any] = []
    combinators: list[str] = []
    while isinstance(tree, CombinedSelector):
        compounds.append(tree.subselector)
        combinators.append(tree.combinator)
        tree = tree.selector
    compounds.append(tree)
    compounds.reverse()
    combinators.reverse()
    if any(combinator not in _COMBINATORS for combinator in combinators):
        return None
    return Chain(tuple(_test(compound, translator) for compound in compounds),
                 tuple(combinators))


def _test(compound: Any, translator: GenericTranslator) -> Callable[[Element], object]:
    """A compound's test: in Python for a tag, ids and classes (what most are), else its
    XPath on the element itself (``self::p[count(preceding-sibling::*) = 0]``)."""
    simple = _simple(compound, translator)
    if simple is not None:
        return simple
    return etree.XPath(translator.selector_to_xpath(Selector(compound), prefix="self::"))


def _simple(compound: Any, translator: GenericTranslator) -> Callable[[Element], bool] | None:
    """The test of ``div.a#b`` as cssselect's XPath reads it (``self::div``: the tag exactly,
    lower-cased by the HTML translator; ``@id = 'b'``; ``a`` among the class attribute's
    tokens split on ASCII whitespace), or None for any other compound."""
    classes: list[str] = []
    ids: list[str] = []
    node = compound
    while isinstance(node, (Class, Hash)):
        if isinstance(node, Class):
            classes.append(node.class_name)
        else:
            ids.append(node.id)
        node = node.selector
    if not isinstance(node, CssElement) or node.namespace is not None:
        return None
    tag = node.element
    if tag is not None:
        if not is_safe_name(tag):
            return None
        tag = tag.lower() if translator.lower_case_element_names else tag
    if any(not name or _NOT_A_CLASS.search(name) for name in classes):
        return None
    wanted = frozenset(classes)

    def test(element: Element) -> bool:
        if tag is not None and element.tag != tag:
            return False
        if ids and any(element.get("id") != ident for ident in ids):
            return False
        if wanted:
            value = element.get("class")
            return value is not None and wanted.issubset(_CLASS_SPACE.split(value))
        return True

    return test


def _parent(element: Element) -> Element | None:
    return element.getparent()


def _previous(element: Element) -> Element | None:
    """The previous element sibling (comments and processing instructions skipped)."""
    sibling = element.getprevious()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getprevious()
    return sibling
