"""Where a finding is, in words a designer understands ("the 2nd link in the “Related”
box", "the 3rd block of the body (image), its credit"), beside the CSS selector or JSON
pointer the checks give."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

from broadsheet.checks.accname import accessible_name
from broadsheet.checks.dom import heading_level, is_heading, lineage, role, text_content
from broadsheet.checks.parse import Document, Element, local_name, parse
from broadsheet.findings import Finding

#: The longest quotation of an element's text or a block's caption.
QUOTE_LIMIT = 60


@dataclass(frozen=True, slots=True)
class Place:
    """Where, in words: ``before``, then the name of the part of the page or heading it is
    in (``name``: the article's words, shown in quotation marks and isolated, as it may run
    right to left), then ``after``; and the element's or block's own text (``quoted``)."""

    before: str
    name: str = ""
    after: str = ""
    quoted: str = ""

    def __str__(self) -> str:
        name = f"“{self.name}”" if self.name else ""
        return f"{self.before}{name}{self.after}" + (f": “{self.quoted}”" if self.quoted else "")


#: A role as a designer says it.
ROLE_WORDS = {
    "img": "image", "heading": "heading", "link": "link", "button": "button",
    "textbox": "text field", "searchbox": "search field", "combobox": "menu",
    "checkbox": "checkbox", "radio": "option", "table": "table", "cell": "table cell",
    "columnheader": "column heading", "rowheader": "row heading", "row": "table row",
    "figure": "figure", "listitem": "list item", "list": "list", "paragraph": "paragraph",
    "blockquote": "quotation", "navigation": "navigation", "banner": "page header",
    "contentinfo": "page footer", "complementary": "box", "region": "section",
    "main": "main content", "article": "article", "search": "search form", "form": "form",
    "group": "group", "term": "term", "definition": "definition", "caption": "caption",
    "time": "date", "separator": "rule",
}
TAG_WORDS = {"iframe": "embedded frame", "video": "video", "audio": "audio player",
             "svg": "graphic", "canvas": "graphic", "html": "page", "body": "page",
             "head": "page's head", "title": "page title", "meta": "page setting",
             "style": "style sheet", "script": "script"}
#: Where an element stands: the nearest of these around it names the part of the page.
CONTEXT_ROLES = ("figure", "table", "complementary", "region", "navigation", "search",
                 "banner", "contentinfo", "form", "list")


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[:QUOTE_LIMIT - 1].rstrip() + "…"


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st…"""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
        number % 10, "th")
    return f"{number}{suffix}"


def _kind(doc: Document, element: Element) -> str:
    found = role(doc, element)
    if local_name(element) in TAG_WORDS:
        return TAG_WORDS[local_name(element)]
    if found == "heading":
        return f"level {heading_level(element)} heading"
    return ROLE_WORDS.get(found or "", "text")


def _own_text(doc: Document, element: Element) -> str:
    name = accessible_name(doc, element)
    if not name and local_name(element) not in {"img", "iframe", "video", "audio"}:
        name = text_content(element)
    return _quote(name)


def _context_name(doc: Document, element: Element) -> str:
    name = accessible_name(doc, element)
    if name:
        return _quote(name)
    for inner in element.iter(etree.Element):
        if inner is not element and (is_heading(doc, inner) or local_name(inner) in {
                "figcaption", "caption", "legend"}):
            return _quote(text_content(inner))
    return ""


def _context(doc: Document, element: Element) -> tuple[Element, str, str, str] | None:
    """The nearest named part of the page around ``element`` and how to say it (before its
    name, its name, after)."""
    for around in list(lineage(element))[1:]:
        kind = role(doc, around)
        if kind not in CONTEXT_ROLES:
            continue
        name = _context_name(doc, around)
        words = ROLE_WORDS[kind or ""]
        if kind == "list" and not name:
            continue
        if kind in {"banner", "contentinfo"} or not name:
            return around, f"the {words}", "", ""
        return around, "the ", name, f" {words}"
    return None


def _section(doc: Document, element: Element) -> tuple[str, list[Element]]:
    """The text of the last heading before ``element`` in document order ("" when none) and
    the elements from there to the next heading."""
    heading, start, end = "", 0, len(doc.elements)
    inside = False
    for index, other in enumerate(doc.elements):
        if other is element:
            inside = True
        elif is_heading(doc, other) and not any(el is element for el in other.iter()):
            if inside:
                end = index
                break
            heading, start = text_content(other), index
    return _quote(heading), doc.elements[start:end]


def on_page(doc: Document, selector: str) -> Place | None:
    """The element a CSS selector names, said in words, or None when it names none."""
    try:
        found = doc.root.xpath(HTMLTranslator().css_to_xpath(selector))
    except (SelectorError, etree.XPathError, ValueError):
        return None
    elements = [el for el in found if isinstance(el, etree._Element)] \
        if isinstance(found, list) else []
    if not elements:
        return None
    element = elements[0]
    kind = _kind(doc, element)
    around = _context(doc, element)
    if around is not None:
        scope = list(around[0].iter(etree.Element))
        where, name, after = f"in {around[1]}", around[2], around[3]
    else:
        name, scope = _section(doc, element)
        where, after = ("under the heading ", "") if name else ("on the page", "")
    same = [el for el in scope if _kind(doc, el) == kind]
    numbered = kind != "text" and len(same) > 1 and any(el is element for el in same)
    position = f"the {ordinal(same.index(element) + 1)} {kind}" if numbered else f"the {kind}"
    return Place(f"{position} {where}", name, after, _own_text(doc, element))


def _block_words(block: Any) -> tuple[str, str]:
    """(type, its caption or text) of an article block."""
    if not isinstance(block, dict):
        return "", ""
    kind = str(block.get("type", "")).replace("_", " ").replace("-", " ")
    for field in ("headline", "title", "caption", "alt", "text", "label", "name"):
        value = block.get(field)
        if isinstance(value, str) and value.strip():
            return kind, _quote(value)
    return kind, ""


def in_article(data: Any, pointer: str) -> Place | None:
    """The place a JSON pointer names in article data, said in words."""
    if not pointer.startswith("/"):
        return None
    steps = [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]
    said: list[str] = []
    quoted = ""
    node, key = data, ""
    for step in steps:
        if isinstance(node, list) and step.isdigit():
            index = int(step)
            node = node[index] if index < len(node) else None
            kind, text = _block_words(node)
            if said and said[-1].startswith("its "):
                said[-1] = f"its {ordinal(index + 1)} item"
            else:
                what = "block" if key == "body" else "item"
                phrase = f"the {ordinal(index + 1)} {what}"
                said[-1:] = [f"{phrase} of {said[-1]}" if said else phrase]
            if kind:
                said[-1] += f" ({kind})"
            quoted = text or quoted
        elif isinstance(node, dict):
            node = node.get(step)
            key = step
            field = step.replace("_", " ")
            said.append(f"the {field}" if not said else f"its {field}")
        else:
            said.append(f"its {step}")
            node = None
    return Place(", ".join(said), quoted=quoted) if said else None


def places(html: str, data: Any, findings: Sequence[Finding]) -> dict[int, Place]:
    """Each finding's place in words, by index (those with a target or pointer found)."""
    doc: Document | None = None
    found: dict[int, Place] = {}
    for index, finding in enumerate(findings):
        place = None
        if finding.target:
            doc = doc or parse(html)
            place = on_page(doc, finding.target)
        if place is None and finding.pointer:
            place = in_article(data, finding.pointer)
        if place is not None:
            found[index] = place
    return found
