"""Where a finding is, in words a designer understands ("the 2nd link in the “Related”
box", "the 3rd block of the body (image), its credit"), beside the CSS selector or JSON
pointer the checks give."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

from broadsheet.blocks import BLOCKS
from broadsheet.checks.accname import accessible_name
from broadsheet.checks.dom import heading_level, is_heading, lineage, role, text_content
from broadsheet.checks.parse import Document, Element, local_name, parse
from broadsheet.findings import Finding

#: The longest quotation of an element's text or a block's caption.
QUOTE_LIMIT = 60
#: A place's quotation left out beside a message quoting its first this many characters.
QUOTE_START = 24


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

    def beside(self, message: str) -> Place:
        """This place said beside a finding's ``message``: without its quotation when the
        message already quotes the words it starts with (a caption was shown twice)."""
        start = self.quoted.removesuffix("…").strip()[:QUOTE_START]
        quoted = bool(start) and start in " ".join(message.split())
        return replace(self, quoted="") if quoted else self


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


#: A part of the article data as a designer names it, by its path of field names (array
#: indices left out): the first words of a place in the JSON ("Site name", not "the site,
#: its name"). One table, for every finding that points into the JSON.
PLACE_WORDS: dict[tuple[str, ...], str] = {
    ("headline",): "Headline", ("summary",): "Summary", ("kicker",): "Kicker",
    ("section",): "Section", ("published",): "Publication date", ("updated",): "Update date",
    ("lead",): "Lead", ("tags",): "Topics", ("canonical_url",): "Canonical address",
    ("site",): "Site header and footer", ("site", "name"): "Site name",
    ("site", "url"): "Site address", ("site", "logo"): "Site logo",
    ("site", "logo_dark"): "Site logo (dark)",
    ("site", "about"): "About the site", ("site", "navigation"): "Site menu",
    ("site", "search"): "Site search", ("site", "footer_links"): "Footer links",
    ("site", "language"): "Site language", ("live",): "Live blog",
}
#: One item of an array, by the array's field ("2nd block", "1st author").
ITEM_WORDS = {
    "body": "block", "authors": "author", "tags": "topic", "corrections": "correction",
    "footnotes": "footnote", "alerts": "alert", "navigation": "menu link",
    "footer_links": "footer link", "posts": "post", "sources": "source", "tracks": "track",
    "rows": "row", "events": "event", "parts": "part", "links": "link", "items": "item",
}
#: A field inside a block or item, as a designer says it (others: the field in words).
FIELD_WORDS = {
    "alt": "Alt text", "src": "File", "caption": "Caption", "credit": "Credit",
    "credit_url": "Credit link", "image": "Picture", "url": "Link", "text": "Text",
    "title": "Title", "bio": "Bio", "name": "Name", "poster": "Poster picture",
    "transcript": "Transcript", "cite": "Who said it", "label": "Label", "summary": "Summary",
    "headers": "Column headings", "cells": "Cells", "posts": "Posts", "body": "Text",
    "width": "Width", "height": "Height", "duration": "Duration", "lang": "Language",
    "language": "Language",
}


def _block_words(block: Any) -> tuple[str, str]:
    """(its type as a designer says it, its caption or text) of an article block."""
    if not isinstance(block, dict):
        return "", ""
    kind = str(block.get("type", ""))
    kind = BLOCKS.name(kind) if kind else ""
    for field in ("headline", "title", "caption", "alt", "text", "label", "name"):
        value = block.get(field)
        if isinstance(value, str) and value.strip():
            return kind, _quote(value)
    return kind, ""


def in_article(data: Any, pointer: str) -> Place | None:
    """The place a JSON pointer names in article data, said in words: the part of the
    article (:data:`PLACE_WORDS`), then each item and field inside it, joined by "›"
    ("2nd block (Image) › Credit", "About the site › Picture"), quoting the block's
    caption or text."""
    if not pointer.startswith("/"):
        return None
    steps = [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]
    said: list[str] = []
    quoted = ""
    node: Any = data
    fields: tuple[str, ...] = ()
    named = True  # every step so far a field PLACE_WORDS names
    for step in steps:
        if isinstance(node, list) and step.isdigit():
            index = int(step)
            node = node[index] if index < len(node) else None
            kind, text = _block_words(node)
            item = f"{ordinal(index + 1)} {ITEM_WORDS.get(fields[-1] if fields else '', 'item')}"
            if kind:
                item += f" ({kind})"
            said[-1:] = [item]  # "2nd block", not "Body › 2nd block"
            named = False
            quoted = text or quoted
        elif isinstance(node, dict):
            node = node.get(step)
            fields = (*fields, step)
            if named and fields in PLACE_WORDS:
                said = [PLACE_WORDS[fields]]
            else:
                said.append(FIELD_WORDS.get(step, step.replace("_", " ").capitalize()))
                named = False
        else:
            said.append(FIELD_WORDS.get(step, step.replace("_", " ").capitalize()))
            node = None
    return Place(" › ".join(said), quoted=quoted) if said else None


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
