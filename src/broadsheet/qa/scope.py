"""What a check leaves out: regions excluded by selector, and waivers written in the markup.

A waiver is ``data-a11y-ignore="RULE: reason; OTHER-RULE: reason"`` on an element: that
element and its descendants are not judged by the named rules, and the report lists what was
waived with its reason. An entry without a reason waives nothing (the ``waiver-reason`` rule
fails it), so every exception stays explained.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

from broadsheet.checks.errors import InputError
from broadsheet.checks.parse import Document, Element

WAIVER_ATTRIBUTE = "data-a11y-ignore"
_ENTRY = re.compile(r"\s*([a-z0-9][a-z0-9-]*)\s*:\s*(.*\S)?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class WaiverEntry:
    """One ``rule: reason`` of a waiver attribute; ``rule`` is None when it is not one."""

    rule: str | None
    reason: str
    text: str


def parse_waiver(value: str) -> list[WaiverEntry]:
    """The entries of a waiver attribute, malformed ones included (rule or reason empty)."""
    entries = []
    for part in value.split(";"):
        if not part.strip():
            continue
        match = _ENTRY.match(part)
        if match is None:
            entries.append(WaiverEntry(None, "", part.strip()))
        else:
            entries.append(WaiverEntry(match.group(1).lower(), match.group(2) or "",
                                       part.strip()))
    return entries


def compile_selectors(selectors: Iterable[str], where: str = "exclude") -> tuple[str, ...]:
    """XPath for each CSS selector; a selector cssselect cannot read is an :class:`InputError`."""
    translator = HTMLTranslator()
    paths = []
    for selector in selectors:
        try:
            paths.append(translator.css_to_xpath(selector))
        except SelectorError as error:
            raise InputError(f"{where}: {selector!r} is not a CSS selector we can use "
                             f"({error})") from None
    return tuple(paths)


@dataclass(frozen=True, slots=True)
class Scope:
    """Selectors whose elements (and descendants) no rule judges; picklable for workers."""

    exclude: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        compile_selectors(self.exclude)


class PageScope:
    """A :class:`Scope` and the page's waivers resolved against one parsed page."""

    def __init__(self, doc: Document, scope: Scope | None = None) -> None:
        self._excluded: set[Element] = set()
        for path in compile_selectors(scope.exclude) if scope else ():
            for found in nodes(doc.root.xpath(path)):
                if isinstance(found, etree._Element):
                    self._excluded.update(found.iter(etree.Element))
        self._waivers: dict[Element, dict[str, str]] = {}
        for element in waiving(doc):
            self._waivers[element] = {entry.rule: entry.reason
                                      for entry in parse_waiver(element.get(WAIVER_ATTRIBUTE) or "")
                                      if entry.rule and entry.reason}

    @property
    def excludes(self) -> bool:
        """Some element is excluded."""
        return bool(self._excluded)

    @property
    def waives(self) -> bool:
        """Some element waives a rule."""
        return bool(self._waivers)

    def excluded(self, element: Element) -> bool:
        return element in self._excluded

    def waiver(self, element: Element, rule_id: str) -> str | None:
        """The reason this element (or an ancestor) waives ``rule_id`` for, if it does."""
        if not self._waivers or rule_id == "waiver-reason":
            return None
        current: Element | None = element
        while current is not None:
            reason = self._waivers.get(current, {}).get(rule_id)
            if reason is not None:
                return reason
            current = current.getparent()
        return None


def waiving(doc: Document) -> list[Element]:
    """The page's elements carrying a waiver attribute, in document order (one XPath per
    page; the page's text is not kept to search)."""
    found: list[Element] | None = doc.values.get("waiving")
    if found is None:
        found = doc.values["waiving"] = [
            el for el in nodes(doc.root.xpath(f"//*[@{WAIVER_ATTRIBUTE}]"))
            if isinstance(el, etree._Element)]
    return found


def nodes(result: object) -> list[object]:
    """An XPath result as a list (selectors always give node sets)."""
    return list(result) if isinstance(result, list) else []
