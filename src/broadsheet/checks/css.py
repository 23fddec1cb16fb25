"""The little CSS a static checker can honour: hiding rules in ``<style>`` elements.

Selectors cssselect cannot translate (``:focus``, ``:hover``...) and rules inside at-rules
(``@media``) are ignored: they depend on state or on the viewport.
"""

from __future__ import annotations

import re

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

from broadsheet.checks.parse import Document, Element, local_name

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
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


#: One declaration from a ``<style>`` rule: (important, specificity, source order, value).
Declared = tuple[bool, tuple[int, int, int], int, str]


def style_rules(doc: Document) -> list[tuple[str, str]]:
    """(selector, declarations) of every top-level rule of the page's ``<style>`` elements."""
    found = doc.values.get("css-rules")
    if found is None:
        found = [rule for style in doc.tags("style") for rule in _top_level_rules(
            _COMMENT.sub("", "".join(str(t) for t in style.itertext())))]
        doc.values["css-rules"] = found
    return found  # type: ignore[no-any-return,unused-ignore]


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
    for selector, block in style_rules(doc):
        if prop not in block.lower():
            continue
        parts = [(part.strip(), select(doc, part.strip())) for part in selector.split(",")]
        if not any(matched for _part, matched in parts):
            continue
        decls = [d for d in tinycss2.parse_declaration_list(
            block, skip_comments=True, skip_whitespace=True)
            if d.type == "declaration" and d.lower_name == prop]
        for part, matched in parts:
            if not matched:
                continue
            try:
                specificity = parse_selector(part.strip())[0].specificity()
            except (SelectorError, IndexError):
                continue
            for decl in decls:
                order += 1
                value = tinycss2.serialize(decl.value).strip()
                for el in matched:
                    found.setdefault(el, []).append(
                        (decl.important, specificity, order, value))
    return found


_PSEUDO = re.compile(r"::?(before|after)\s*$", re.I)
_PSEUDO_ANYWHERE = re.compile(r":(before|after)", re.I)


def generated_content(doc: Document) -> dict[Element, tuple[str, str]]:
    """Text ``<style>`` rules put in each element's ``::before`` and ``::after`` (strings and
    ``attr()``; the winning ``content`` by specificity, then order)."""
    cached = doc.values.get("css-generated-content")
    if cached is None:
        cached = _generated(doc)
        doc.values["css-generated-content"] = cached
    return cached  # type: ignore[no-any-return,unused-ignore]


def _generated(doc: Document) -> dict[Element, tuple[str, str]]:
    import tinycss2
    from cssselect import parse as parse_selector

    best: dict[tuple[Element, str], tuple[tuple[int, int, int], int, list[object]]] = {}
    order = 0
    for selector, block in style_rules(doc):
        if "content" not in block.lower() or not _PSEUDO_ANYWHERE.search(selector):
            continue
        decls = [d for d in tinycss2.parse_declaration_list(
            block, skip_comments=True, skip_whitespace=True)
            if d.type == "declaration" and d.lower_name == "content"]
        for part in selector.split(","):
            pseudo = _PSEUDO.search(part)
            if pseudo is None:
                continue
            base = part[:pseudo.start()].strip() or "*"
            matched = select(doc, base)
            if not matched:
                continue
            try:
                specificity = parse_selector(base)[0].specificity()
            except (SelectorError, IndexError):
                continue
            for decl in decls:
                order += 1
                for el in matched:
                    key = (el, pseudo.group(1).lower())
                    if key not in best or best[key][:2] <= (specificity, order):
                        best[key] = (specificity, order, list(decl.value))
    found: dict[Element, tuple[str, str]] = {}
    for (el, which), (_spec, _order, value) in best.items():
        text = _content_text(el, value)
        before, after = found.get(el, ("", ""))
        found[el] = (text, after) if which == "before" else (before, text)
    return found


def _content_text(element: Element, value: list[object]) -> str:
    parts = []
    for token in value:
        kind = getattr(token, "type", "")
        if kind == "string":
            parts.append(str(getattr(token, "value", "")))
        elif kind == "function" and getattr(token, "lower_name", "") == "attr":
            names = [getattr(t, "value", "") for t in getattr(token, "arguments", [])
                     if getattr(t, "type", "") == "ident"]
            if names:
                parts.append(element.get(str(names[0])) or "")
    return "".join(parts)


_LAST_COMPOUND = re.compile(r"[^\s>+~]+$")
_SIMPLE = re.compile(r"([.#]?)(-?[_a-zA-Z][\w-]*)")


def _present(doc: Document) -> tuple[set[str], set[str], set[str]]:
    """Tag names, classes and ids present in the page (to skip rules that cannot match)."""
    found = doc.values.get("css-present")
    if found is None:
        tags: set[str] = set()
        classes: set[str] = set()
        for el in doc.elements:
            tags.add(local_name(el).lower())
            classes.update((el.get("class") or "").split())
        found = (tags, classes, set(doc.ids))
        doc.values["css-present"] = found
    return found  # type: ignore[no-any-return,unused-ignore]


def _may_match(doc: Document, selector: str) -> bool:
    """False when the selector's subject names a tag, class or id the page does not have."""
    if "\\" in selector or "|" in selector:
        return True
    last = _LAST_COMPOUND.search(selector.strip())
    if last is None:
        return True
    subject = re.sub(r"::?[\w-]+(\([^)]*\))?|\[[^\]]*\]", " ", last.group())
    tags, classes, ids = _present(doc)
    for index, (sigil, name) in enumerate(_SIMPLE.findall(subject)):
        if sigil == "." and name not in classes:
            return False
        if sigil == "#" and name not in ids:
            return False
        if sigil == "" and index == 0 and subject.startswith(name) \
                and name.lower() not in tags:
            return False
    return True


def select(doc: Document, selector: str) -> list[Element] | None:
    """Elements a (pseudo-element free) selector matches; None when it cannot be translated.
    Memoised per page and skipped outright when its subject cannot be on the page."""
    cache = doc.values.setdefault("css-select", {})
    if selector in cache:
        return cache[selector]  # type: ignore[no-any-return]
    found: list[Element] | None = []
    if _may_match(doc, selector):
        try:
            matched = doc.root.xpath(_TRANSLATOR.css_to_xpath(selector))
        except (SelectorError, etree.XPathError, ValueError):
            matched = None
        found = None if not isinstance(matched, list) else [
            el for el in matched if isinstance(el, etree._Element) and local_name(el)]
    cache[selector] = found
    return found
