"""The little CSS a static checker can honour: hiding rules in ``<style>`` elements.

Selectors cssselect cannot translate (``:focus``, ``:hover``...) are ignored: they depend on
state. Rules inside ``@media`` apply when its media list holds ``all`` or ``screen`` without
a feature test (``print`` and viewport queries do not apply); rules inside ``@layer`` blocks
apply, layered as CSS Cascade 5 says (see :func:`author_value`); rules inside ``@supports``
apply when its condition holds in a current browser (see :func:`supports_condition`); rules
nested in a style rule (CSS Nesting) apply with their selectors made whole. Other at-rules
(``@container``...) are not followed.

The work is shared: a page's style sheets are read once for both kinds of hiding, a style
sheet's text is split into rules once per process (sites repeat theirs on every page), and
each selector is translated and compiled to XPath once per process.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar, cast

from cssselect import HTMLTranslator, SelectorError
from cssselect import parse as parse_selector
from cssselect.parser import Class, CombinedSelector, Hash
from cssselect.parser import Element as CssElement
from lxml import etree

from broadsheet.checks import linked_css
from broadsheet.checks.parse import Document, Element, local_name
from broadsheet.checks.selector_chain import Chain, chain_of

#: An unclosed comment runs to the end, as CSS reads it; one scan (``/\*.*?\*/`` rescanned
#: to the end from every ``/*`` of an unclosed run: quadratic).
_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
_HIDES = {
    "display": re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.I),
    "visibility": re.compile(r"(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b", re.I),
    # the element's contents are skipped (CSS Containment 2 §4), not the element
    "content-visibility": re.compile(r"(?:^|;)\s*content-visibility\s*:\s*hidden\b", re.I),
}
_TRANSLATOR = HTMLTranslator()
_BRACES = re.compile(r"[{}]")


#: A media query a screen always matches: ``all`` or ``screen`` (``only`` allowed), or not
#: ``print``; anything with a feature test depends on the viewport and is not followed.
_SCREEN = re.compile(r"(?:only\s+)?(?:all|screen)|not\s+print", re.I)
#: A layer name: identifiers joined by dots (CSS Cascade 5).
_LAYER_NAME = re.compile(r"-?[_a-zA-Z\u0080-\U0010ffff][-_a-zA-Z0-9\u0080-\U0010ffff]*"
                         r"(?:\.-?[_a-zA-Z\u0080-\U0010ffff][-_a-zA-Z0-9\u0080-\U0010ffff]*)*")


def _screen_media(media: str) -> bool:
    """Whether a media query list (``@media`` prelude) applies on a screen whatever its size."""
    return any(_SCREEN.fullmatch(part.strip()) for part in media.split(","))


#: A property name a current browser may know: standard, or prefixed ``-webkit-`` (the one
#: prefix Chromium, WebKit and Gecko all read); ``-moz-``/``-ms-``/``-o-`` are not Chromium's.
_SUPPORTED_PROPERTY = re.compile(r"(?:-webkit-)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_SUPPORTS_WORD = re.compile(r"\s*(not|and|or)(?=[\s(])", re.I)


def supports_condition(condition: str) -> bool | None:
    """Whether an ``@supports`` condition (CSS Conditional 3) holds in a current browser:
    True, False, or None when it cannot be told (a function other than ``selector()``, a
    selector cssselect cannot read, a malformed condition). A declaration test holds for the
    properties whose values are checked here (``display``, ``visibility``...) when its value
    is valid, and for any other standard (or ``-webkit-``) property name: browsers support
    nearly every standard property, and a made-up one is not what pages test for."""
    parts: list[str] = []  # operands (text of a parenthesised group or a function) and words
    text, index = condition.strip(), 0
    while index < len(text):
        if text[index].isspace():
            index += 1
            continue
        word = _SUPPORTS_WORD.match(text, index)
        if word:
            parts.append(word.group(1).lower())
            index = word.end()
            continue
        opening = text.find("(", index)
        if opening < 0:
            return None
        depth, end = 0, opening
        while end < len(text):
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            if depth == 0:
                break
            end += 1
        if depth:
            return None
        parts.append(text[index:end + 1])
        index = end + 1
    if parts[:1] == ["not"] and len(parts) == 2:
        inner = _supports_operand(parts[1])
        return None if inner is None else not inner
    if not parts or len(parts) % 2 == 0 or any(
            (part in {"and", "or", "not"}) != (number % 2 == 1)
            for number, part in enumerate(parts)):
        return None
    words = set(parts[1::2])
    if len(words) > 1:  # CSS Conditional 3: "and" and "or" cannot be mixed unbracketed
        return None
    values = [_supports_operand(part) for part in parts[::2]]
    if words == {"or"}:
        return True if True in values else (None if None in values else False)
    return False if False in values else (None if None in values else True)


def _supports_operand(operand: str) -> bool | None:
    """One ``( condition )``, ``( property: value )`` or ``selector( ... )`` of a condition."""
    lowered = operand.lower()
    if lowered.startswith("selector("):
        return True if selector_list(operand[9:-1].strip()) and all(
            _compiled(part) is not None for part in selector_list(operand[9:-1].strip())) \
            else None
    if not operand.startswith("("):
        return None  # font-tech(), font-format() and others
    inner = operand[1:-1].strip()
    declaration = re.fullmatch(r"([-a-zA-Z0-9]+)\s*:\s*(.+)", inner, re.S)
    if declaration and "(" not in declaration.group(1):
        prop, value = declaration.group(1).lower(), declaration.group(2).strip().lower()
        if value.endswith("!important"):
            value = value[:-10].strip()
        if prop in _VALID:
            return _valid(prop, value)
        return bool(_SUPPORTED_PROPERTY.fullmatch(prop)) and bool(value)
    return supports_condition(inner)


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """(selector, declarations) pairs of the style rules that apply on a screen."""
    return [(selector, block) for selector, block, _layer in _rules(css) if selector]


@lru_cache(maxsize=256)
def _rules(css: str) -> tuple[tuple[str, str, str | None], ...]:
    """(selector, declarations, layer) of the style rules that apply on a screen: those at the
    top level, in ``@media all``/``screen`` and in ``@layer`` blocks (nested ones too). The
    layer is its dotted name (a made-up one for an anonymous block), None outside layers;
    a layer statement (``@layer a, b;``) yields an empty rule that fixes the layers' order."""
    found: list[tuple[str, str, str | None]] = []
    anonymous = 0

    def walk(text: str, layer: str | None, media_ok: bool, parent: str | None = None) -> None:
        nonlocal anonymous
        if parent is not None:  # inside a style rule: its declarations, then nested rules
            declarations, text = _nested_parts(text)
            if media_ok and declarations.strip():
                found.append((parent, declarations, layer))
        depth, start, prelude = 0, 0, ""
        for match in _BRACES.finditer(text):
            index, char = match.start(), match.group()
            if char == "{":
                if depth == 0:
                    prelude = _after_statements(text[start:index], layer, found)
                    start = index + 1
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    block = text[start:index]
                    start = index + 1
                    head = prelude.lower()
                    if not prelude.startswith("@"):
                        selector = prelude if parent is None else _nested_selector(prelude, parent)
                        if "{" in block:  # CSS Nesting: rules inside a style rule
                            walk(block, layer, media_ok, selector)
                        elif media_ok:
                            found.append((selector, block, layer))
                    elif head.startswith("@media"):
                        walk(block, layer, media_ok and _screen_media(prelude[6:]), parent)
                    elif head.startswith("@supports"):
                        walk(block, layer, media_ok and supports_condition(prelude[9:]) is True,
                             parent)
                    elif head.startswith("@layer"):
                        name = prelude[6:].strip()
                        if not _LAYER_NAME.fullmatch(name):
                            anonymous += 1
                            name = f"\0anonymous{anonymous}"
                        walk(block, f"{layer}.{name}" if layer else name, media_ok, parent)
                depth = max(depth, 0)

    walk(css, None, True)
    return tuple(found)


def _nested_parts(block: str) -> tuple[str, str]:
    """A style rule's block split into its own declarations and the rules nested in it (CSS
    Nesting 1), each rule whole with its prelude."""
    declarations: list[str] = []
    rules: list[str] = []
    depth, start, rule_start = 0, 0, 0
    for match in _BRACES.finditer(block):
        index = match.start()
        if match.group() == "{":
            if depth == 0:
                piece = block[start:index]
                cut = piece.rfind(";") + 1  # the rule's prelude starts after a declaration
                declarations.append(piece[:cut])
                rule_start = start + cut
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                rules.append(block[rule_start:index + 1])
                start = index + 1
    if depth == 0:
        declarations.append(block[start:])
    return ";".join(part for part in declarations if part.strip()), "".join(rules)


def _nested_selector(selector: str, parent: str) -> str:
    """A nested rule's selector made whole (CSS Nesting 1): ``&`` is the parent rule's
    selector, as ``:is()`` (its specificity the most specific of the list), and a selector
    without ``&`` is relative to the parent, a descendant unless a combinator begins it."""
    whole = f":is({parent})"
    return ", ".join(part.replace("&", whole) if "&" in part else f"{whole} {part.strip()}"
                     for part in selector_list(selector))


def _after_statements(prelude: str, layer: str | None,
                      found: list[tuple[str, str, str | None]]) -> str:
    """The prelude of the next block, past the at-statements before it (``@import ...;``,
    ``@charset``, ``@layer a, b;``: the layers it names are recorded in order)."""
    prelude = prelude.strip()
    while prelude.startswith("@") and ";" in prelude:
        statement, prelude = prelude.split(";", 1)
        prelude = prelude.strip()
        if statement.lower().startswith("@layer"):
            for name in statement[6:].split(","):
                if _LAYER_NAME.fullmatch(name.strip()):
                    found.append(("", "", f"{layer}.{name.strip()}" if layer else name.strip()))
    return prelude


_LIST_PARTS = re.compile(r"""[(),\[\]"']|\\.""")


def selector_list(selector: str) -> list[str]:
    """The complex selectors of a selector list, split at its top-level commas only
    (``p:not(.a, .b), li`` is two)."""
    if not any(char in selector for char in "([\\\"'"):
        return [part.strip() for part in selector.split(",")]
    parts: list[str] = []
    depth, start, quote = 0, 0, ""
    for match in _LIST_PARTS.finditer(selector):
        char = match.group()
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif char == "," and depth == 0:
            parts.append(selector[start:match.start()].strip())
            start = match.end()
    parts.append(selector[start:].strip())
    return parts


@lru_cache(maxsize=256)
def _hiding_selectors(css: str) -> dict[str, tuple[str, ...]]:
    """The selectors of one style sheet's rules that hide, by kind of hiding."""
    found: dict[str, list[str]] = {kind: [] for kind in _HIDES}
    for selector, declarations in _top_level_rules(_COMMENT.sub("", css)):
        for kind, pattern in _HIDES.items():
            if pattern.search(declarations):
                found[kind].extend(selector_list(selector))
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
    #: Ids and classes any element in the match path must carry (``.social .github a``):
    #: absent from the page, the selector matches nothing and its XPath is not run.
    needs: tuple[tuple[str, str], ...] = ()
    #: With a key and combinators, the selector as a chain matched right to left, each
    #: step's answer kept per element (``test`` is then not used on the page).
    chain: Chain | None = None


def _normalised(selector: str) -> str:
    """``:not(A, B)`` (a selector list, Selectors 4) as ``:not(:is(A, B))``, which cssselect
    reads, and ``:any-link`` as the ``a`` and ``area`` elements with ``href`` it matches in
    HTML; the selector is otherwise unchanged."""
    if ":any-link" in selector.lower():  # Selectors 4; HTML: a and area with href
        selector = re.sub(r":any-link(?![-\w])", ":is(a[href], area[href])", selector,
                          flags=re.I)
    if ":not(" not in selector.lower():
        return selector
    out: list[str] = []
    index = 0
    lowered = selector.lower()
    while (start := lowered.find(":not(", index)) >= 0:
        depth, end, comma = 0, start + 5, False
        while end < len(selector):
            char = selector[end]
            if char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            elif char == "," and depth == 0:
                comma = True
            end += 1
        inner = _normalised(selector[start + 5:end])
        out.append(selector[index:start])
        out.append(f":not(:is({inner}))" if comma else f":not({inner})")
        index = end + 1
    out.append(selector[index:])
    return "".join(out)


@lru_cache(maxsize=4096)
def _compiled(selector: str) -> _Matcher | None:
    """The selector compiled, or None when cssselect cannot translate it."""
    selector = _normalised(selector)
    try:
        parsed = parse_selector(selector)
        if any(part.pseudo_element is not None for part in parsed):
            return None
        key = _rightmost_key(parsed[0].parsed_tree) if len(parsed) == 1 else None
        needs = tuple(dict.fromkeys(_required(parsed[0].parsed_tree))) \
            if len(parsed) == 1 else ()
        if key is not None:
            try:  # ``*:not(S)`` is S matched on the element itself, combinators walking up
                inverse = _TRANSLATOR.css_to_xpath(f"*:not({selector})", prefix="self::")
                return _Matcher(key, etree.XPath(f"not({inverse})"), needs,
                                chain_of(parsed[0].parsed_tree, _TRANSLATOR))
            except SelectorError:  # a selector :not() cannot hold (a nested :not)
                pass
        return _Matcher(None, etree.XPath(_TRANSLATOR.css_to_xpath(selector)), needs)
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


def _required(tree: Any) -> Iterator[tuple[str, str]]:
    """Every id and class the selector requires of the element or its relatives (those
    inside ``:not()``, ``:is()`` or ``:has()`` are not required)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CombinedSelector):
            stack.extend((node.selector, node.subselector))
            continue
        if isinstance(node, Hash):
            yield ("id", node.id)
        elif isinstance(node, Class):
            yield ("class", node.class_name)
        inner = getattr(node, "selector", None)
        if inner is not None and not isinstance(node, CssElement):
            stack.append(inner)


def _absent(doc: Document, needs: tuple[tuple[str, str], ...]) -> bool:
    """Whether the page lacks one of these ids or classes."""
    return any(value not in (doc.ids if kind == "id" else _by_class(doc))
               for kind, value in needs)


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


def css_style_element(element: Element) -> bool:
    """Whether a ``<style>`` element makes a CSS style sheet: HTML's update a style block
    returns "if element's type attribute is present and its value is neither the empty string
    nor an ASCII case-insensitive match for text/css" (``type="text/plain"``, a template
    language's ``text/x-template``)."""
    kind = element.get("type")
    return kind is None or kind == "" or kind.lower() == "text/css"


def sheets(doc: Document) -> list[Element]:
    """The page's style sheets that apply on a screen, in tree order: ``<style>`` elements and
    the ``<link>`` elements whose sheet was read (:mod:`broadsheet.checks.linked_css`); not in
    a template's inert content, and with no ``media`` or one that is ``all`` or ``screen`` (a
    media query depends on the viewport, as ``@media`` rules do, and is not followed)."""
    linked: dict[Element, str] = doc.values.get(linked_css.KEY) or {}
    candidates = doc.tags("style")
    if linked:
        order = {el: i for i, el in enumerate(doc.elements)
                 if el in linked or local_name(el) == "style"}
        candidates = sorted([*candidates, *linked], key=order.__getitem__)
    found = []
    for style in candidates:
        scope = doc.scopes.get(style) if doc.scopes else None
        if scope is not None and local_name(scope) == "template":
            continue
        if style not in linked and not css_style_element(style):
            continue
        media = (style.get("media") or "").strip().lower()
        if media and not any(part.strip() in {"all", "screen"} for part in media.split(",")):
            continue
        found.append(style)
    return found


def sheet_text(doc: Document, sheet: Element) -> str:
    """The CSS of a style sheet :func:`sheets` lists: a ``<style>`` element's text, or what
    was read for a ``<link>``."""
    linked: dict[Element, str] = doc.values.get(linked_css.KEY) or {}
    found = linked.get(sheet)
    return found if found is not None else "".join(str(t) for t in sheet.itertext())


def in_scope(doc: Document, scope: Element | None,
             elements: list[Element] | None) -> list[Element]:
    """Those of ``elements`` a style sheet in ``scope`` (a shadow host, None for the
    document) styles: a shadow tree's style sheets style only that tree, the document's
    only the document tree (CSS Scoping 1)."""
    if not elements:
        return []
    if not doc.scopes:
        return elements
    return [el for el in elements if doc.scopes.get(el) is scope]


def _compute(doc: Document) -> dict[str, frozenset[Element]]:
    selectors: dict[tuple[str, Element | None], dict[str, None]] = {}
    for style in sheets(doc):
        scope = doc.scopes.get(style) if doc.scopes else None
        for kind, found in _hiding_selectors(sheet_text(doc, style)).items():
            # each selector once, in order
            selectors.setdefault((kind, scope), {}).update(dict.fromkeys(found))
    return {kind: frozenset(el for (of_kind, scope), unique in selectors.items()
                            if of_kind == kind for selector in unique
                            for el in in_scope(doc, scope, _matches(doc, selector)))
            for kind in _HIDES}


def _matches(doc: Document, selector: str) -> list[Element]:
    """The elements of the page the selector matches."""
    matcher = _compiled(selector)
    if matcher is None or _absent(doc, matcher.needs):
        return []
    try:
        if matcher.chain is not None and matcher.key is not None:
            return matcher.chain.filter(_candidates(doc, matcher.key))
        if matcher.key is not None:
            return [el for el in _candidates(doc, matcher.key) if matcher.test(el)]
        found = matcher.test(doc.root)
    except etree.XPathError:
        return []
    return [el for el in found if isinstance(el, etree._Element) and local_name(el)] \
        if isinstance(found, list) else []


#: One declaration from a ``<style>`` rule: (important, specificity, source order, value).
Declared = tuple[bool, tuple[int, int, int], int, str]


def style_rules(doc: Document) -> list[tuple[str, str]]:
    """(selector, declarations) of every rule of the page's ``<style>`` elements that applies
    on a screen."""
    return [(selector, block) for _scope, selector, block, _layer in scoped_rules(doc)]


def scoped_rules(doc: Document) -> list[tuple[Element | None, str, str, int | None]]:
    """(scope, selector, declarations, layer) of every rule of the page's ``<style>``
    elements that applies on a screen (:func:`_rules`), the scope being the shadow host of a
    style sheet in a shadow tree (else None), the layer its rank in the document's layer
    order (first named, first; None: not in a layer)."""
    found = doc.values.get("css-rules")
    if found is None:
        ranks: dict[str, int] = {}
        found = []
        for style in sheets(doc):
            scope = doc.scopes.get(style) if doc.scopes else None
            for selector, block, layer in _rules(
                    _COMMENT.sub("", sheet_text(doc, style))):
                rank = None if layer is None else ranks.setdefault(layer, len(ranks))
                if selector:
                    found.append((scope, selector, block, rank))
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


def declarations_of(block: Any, names: set[str]) -> list[Any]:
    """The tinycss2 declarations of ``block`` (text or tokens) whose property is in ``names``."""
    import tinycss2

    return [d for d in tinycss2.parse_declaration_list(block, skip_comments=True,
                                                       skip_whitespace=True)
            if d.type == "declaration" and d.lower_name in names]


def specificity(selector: str) -> tuple[int, int, int] | None:
    """The selector's specificity, or None when cssselect cannot read it."""
    from cssselect import parse as parse_selector

    try:
        return tuple(parse_selector(_normalised(selector.strip()))[0]  # type: ignore[return-value]
                     .specificity())
    except (SelectorError, IndexError):
        return None


def _declarations(doc: Document, prop: str) -> dict[Element, list[Declared]]:
    found: dict[Element, list[Declared]] = {}
    layers: dict[int, int] = {}  # declaration order -> layer rank, for layered ones
    doc.values[f"css-layers-{prop}"] = layers
    order = 0
    rules = scoped_rules(doc)
    for index in _declaring(doc, prop):
        scope, selector, block, layer = rules[index]
        parts = [(part, in_scope(doc, scope, select(doc, part)))
                 for part in selector_list(selector)]
        if not any(matched for _part, matched in parts):
            continue
        decls = [(important, value) for name, important, value in _block(block)
                 if name == prop]
        for part, matched in parts:
            if not matched or (weight := specificity(part)) is None:
                continue
            for important, value in decls:
                order += 1
                if layer is not None:
                    layers[order] = layer
                declared = (important, weight, order, value)  # one tuple for every element
                for el in matched:
                    found.setdefault(el, []).append(declared)
    return found


#: A name followed by a colon: every declaration's property (and more: ``a:hover``, URLs).
_NAME_COLON = re.compile(r"(?<![-\w])([-\w]+)\s*:")


def _declaring(doc: Document, prop: str) -> list[int]:
    """Positions in :func:`scoped_rules` of the rules whose block may declare ``prop``, in
    order: a block mentioning ``top`` only in ``padding-top`` cannot, so its selectors are
    not matched. Names are indexed in one pass over the rules, shared by every property."""
    index: dict[str, list[int]] | None = doc.values.get("css-declaring")
    if index is None:
        index = doc.values["css-declaring"] = {}
        for position, (_scope, _selector, block, _layer) in enumerate(scoped_rules(doc)):
            for name in _names(block):
                index.setdefault(name, []).append(position)
    found = index.get(prop, [])
    escaped = index.get("\\")
    if not escaped:
        return found
    rules = scoped_rules(doc)  # escaped names: any block naming prop at all, as tinycss2 reads
    return sorted({*found, *(i for i in escaped if prop in rules[i][2].lower())})


_T = TypeVar("_T")


def _per_block(parse: Callable[[str], _T]) -> Callable[[str], _T]:
    """``parse`` of a rule's block or a ``style`` attribute, kept per process for blocks up to
    2 KB (at most 2,048 of them): the cascade asks a dozen properties of the same rules, and
    sites repeat their style sheets on every page; long blocks are parsed each time."""
    kept = lru_cache(maxsize=2048)(parse)

    def parsed(block: str) -> _T:
        return kept(block) if len(block) <= 2048 else parse(block)

    parsed.__doc__ = parse.__doc__
    return parsed


@_per_block
def _names(block: str) -> frozenset[str]:
    """Lower-cased names a block may declare; ``\\`` alone when it holds an escape (then the
    block may declare any property it names)."""
    if "\\" in block:
        return frozenset({"\\"})
    return frozenset(name.lower() for name in _NAME_COLON.findall(block))


@_per_block
def _block(block: str) -> tuple[tuple[str, bool, str], ...]:
    """(lower-case property, important, value) of each declaration of a rule's block or a
    ``style`` attribute."""
    import tinycss2

    return tuple((decl.lower_name, decl.important, tinycss2.serialize(decl.value).strip())
                 for decl in tinycss2.parse_declaration_list(block, skip_comments=True,
                                                             skip_whitespace=True)
                 if decl.type == "declaration")


#: The layer rank of declarations outside any layer: after every layer (CSS Cascade 5).
_UNLAYERED = 1 << 30
#: CSS-wide keywords; ``revert`` rolls back to the user-agent style sheet.
_WIDE = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})
#: The values a declaration may have to take part in the cascade (an invalid declaration is
#: dropped by the CSS parser): display's keywords (CSS Display 3, one or more) and
#: visibility's.
_VALID: dict[str, frozenset[str]] = {
    "content-visibility": frozenset({"visible", "auto", "hidden"}),
    "display": frozenset({
        "none", "contents", "block", "inline", "run-in", "flow", "flow-root", "table", "flex",
        "grid", "ruby", "math", "list-item", "inline-block", "inline-table", "inline-flex",
        "inline-grid", "inline-list-item", "table-row-group", "table-header-group",
        "table-footer-group", "table-row", "table-cell", "table-column-group",
        "table-column", "table-caption", "ruby-base", "ruby-text", "ruby-base-container",
        "ruby-text-container", "-webkit-box", "-webkit-inline-box", "-ms-flexbox",
        "-ms-grid", "-webkit-flex"}),
    "visibility": frozenset({"visible", "hidden", "collapse"}),
}


def _valid(prop: str, value: str) -> bool:
    if value in _WIDE:
        return True
    allowed = _VALID.get(prop)
    words = value.split()
    return bool(words) and (allowed is None or all(word in allowed for word in words)) \
        and (prop not in {"visibility", "content-visibility"} or len(words) == 1)


def _cascaded(doc: Document, element: Element, prop: str,
              accept: Callable[[str], str | None]) -> str | None:
    """The winner of the author's cascade for ``prop`` on the element (``!important``
    first, then the ``style`` attribute over rules, then cascade layers, specificity and
    order, as :func:`author_value` says), among the declarations ``accept`` keeps: it maps
    each declared value to the value kept, or None to pass it over."""
    best: tuple[bool, int, int, tuple[int, int, int], int] | None = None
    value: str | None = None
    declared_by = stylesheet_declarations(doc, prop).get(element, ())
    # (read after: stylesheet_declarations records the layers' order as it reads the rules)
    layers = cast(dict[int, int], doc.values.get(f"css-layers-{prop}", {}))
    for important, weight, order, declared in declared_by:
        rank = layers.get(order)
        layer = (_UNLAYERED if rank is None else rank) * (-1 if important else 1)
        key = (important, 0, layer, weight, order)
        kept = accept(declared)
        if kept is not None and (best is None or key > best):
            best, value = key, kept
    style = element.get("style")
    if style and prop in style.lower():
        inline = [(important, text) for name, important, text in _block(style)
                  if name == prop]
        for order, (important, declared) in enumerate(inline):
            key = (important, 1, 0, (0, 0, 0), order)
            kept = accept(declared)
            if kept is not None and (best is None or key > best):
                best, value = key, kept
    return value


def author_value(doc: Document, element: Element, prop: str) -> str | None:
    """The value of ``prop`` (``display``, ``visibility``) the author's cascade gives the
    element from its ``style`` attribute and the page's ``<style>`` rules (CSS Cascade 4:
    ``!important`` first, then the style attribute over rules, then specificity, then
    order), lower-cased; None when no valid declaration applies (``revert`` included: the
    user-agent style sheet decides). Between the style attribute and specificity come
    cascade layers (CSS Cascade 5 §6.4): a normal declaration outside layers beats any in a
    layer and a later layer beats an earlier one; for ``!important`` the order reverses."""
    value = _cascaded(doc, element, prop, lambda declared: (
        declared.lower() if _valid(prop, declared.lower()) else None))
    if value is None and prop in _SVG_PRESENTATION:
        value = _presentation_attribute(element, prop)
    return None if value in {"revert", "revert-layer"} else value


#: Properties an SVG element may also set by a presentation attribute of the same name.
_SVG_PRESENTATION = frozenset({"display", "visibility"})
_SVG = "{http://www.w3.org/2000/svg}"


def _presentation_attribute(element: Element, prop: str) -> str | None:
    """SVG 2 §6.6: a presentation attribute is an author-level declaration of specificity 0
    that comes before every style sheet, so it counts only where no rule or ``style``
    declares the property (CSS-wide keywords are not allowed in it)."""
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith(_SVG):
        return None
    declared = element.get(prop)
    if declared is None:
        return None
    declared = declared.strip().lower()
    return declared if declared not in _WIDE and _valid(prop, declared) else None


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

    # (element, "before"/"after", "content"/"display") -> the winning declaration so far
    best: dict[tuple[Element, str, str], tuple[tuple[int, int, int], int, list[object]]] = {}
    order = 0
    for scope, selector, block, _layer in scoped_rules(doc):
        lowered = block.lower()
        if ("content" not in lowered and "display" not in lowered) \
                or not _PSEUDO_ANYWHERE.search(selector):
            continue
        decls: list[Any] | None = None  # parsed only when a selector matches (icon fonts
        # give hundreds of ``.icon-x:before`` rules for classes the page does not use)
        for part in selector_list(selector):
            pseudo = _PSEUDO.search(part)
            if pseudo is None:
                continue
            base = part[:pseudo.start()].strip() or "*"
            matched = in_scope(doc, scope, select(doc, base))
            if not matched:
                continue
            try:
                specificity = parse_selector(base)[0].specificity()
            except (SelectorError, IndexError):
                continue
            if decls is None:
                decls = [d for d in tinycss2.parse_declaration_list(
                    block, skip_comments=True, skip_whitespace=True)
                    if d.type == "declaration" and d.lower_name in {"content", "display"}]
            for decl in decls:
                order += 1
                for el in matched:
                    key = (el, pseudo.group(1).lower(), decl.lower_name)
                    if key not in best or best[key][:2] <= (specificity, order):
                        best[key] = (specificity, order, list(decl.value))
    found: dict[Element, tuple[str, str]] = {}
    for (el, which, prop), (_spec, _order, value) in best.items():
        if prop != "content" or _boxless(best.get((el, which, "display"))):
            continue  # CSS: a ::before/::after with display: none generates no box, no text
        text = _content_text(doc, el, value)
        before, after = found.get(el, ("", ""))
        found[el] = (text, after) if which == "before" else (before, text)
    return found


def _boxless(display: tuple[tuple[int, int, int], int, list[object]] | None) -> bool:
    """The winning ``display`` of a pseudo-element is ``none``."""
    if display is None:
        return False
    words = [str(getattr(t, "lower_value", "")) for t in display[2]
             if getattr(t, "type", "") == "ident"]
    return words == ["none"]


def _content_text(doc: Document, element: Element, value: list[object],
                  depth: int = 0) -> str:
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
        elif kind == "function" and getattr(token, "lower_name", "") == "var" and depth < 8:
            parts.append(_content_text(doc, element, _substituted(doc, element, token),
                                       depth + 1))
    return "".join(parts)


def _substituted(doc: Document, element: Element, var: object) -> list[object]:
    """CSS Variables 1, "substitute a var()": the value of the custom property the function
    names, as ``element`` (whose pseudo-elements inherit it) computes it, custom properties
    being inherited; else the fallback after the first comma; else nothing (the declaration
    is then invalid at computed-value time, and ``content`` computes to ``normal``, which
    generates no text for ``::before`` and ``::after``). gi-docgen's heading anchors:
    ``.anchor:before { content: var(--anchor-sign) }`` with ``--anchor-sign: "#"`` on
    ``:root`` name each anchor link "#"."""
    import tinycss2

    arguments = [t for t in getattr(var, "arguments", [])
                 if getattr(t, "type", "") not in {"whitespace", "comment"}]
    if not arguments or getattr(arguments[0], "type", "") != "ident" \
            or not str(getattr(arguments[0], "value", "")).startswith("--"):
        return []
    name = str(getattr(arguments[0], "value", ""))
    for el in (element, *element.iterancestors()):
        if not isinstance(el.tag, str):
            continue
        declared = _custom_value(doc, el, name)
        if declared is not None:
            return list(tinycss2.parse_component_value_list(declared, skip_comments=True))
    raw = list(getattr(var, "arguments", []))
    comma = next((i for i, t in enumerate(raw) if getattr(t, "type", "") == "literal"
                  and getattr(t, "value", "") == ","), None)
    return raw[comma + 1:] if comma is not None else []


def _custom_value(doc: Document, element: Element, name: str) -> str | None:
    """The custom property's value declared for ``element`` itself (the author's cascade,
    :func:`_cascaded`, its case kept), or None when none is (it then inherits from the
    parent)."""
    value = _cascaded(doc, element, name, lambda declared: declared)
    if value is not None and value.strip().lower() in {"initial", "unset", "inherit"}:
        return None
    return value


_LAST_COMPOUND = re.compile(r"[^\s>+~]+$")
_ATTRIBUTE_SELECTOR = re.compile(r"""\[(?:[^\]"']|"[^"]*"|'[^']*')*\]""")
_SIMPLE = re.compile(r"([.#]?)(-?[_a-zA-Z][\w-]*)")


def _present(doc: Document) -> tuple[set[str], set[str], set[str]]:
    """Tag names, classes and ids present in the page (to skip rules that cannot match)."""
    found = doc.values.get("css-present")
    if found is None:
        # From the page's indexes. Classes as the class selector's XPath splits them (ASCII
        # whitespace): a class present only when split on other spaces matches nothing.
        found = ({name.lower() for name in doc.by_tag}, set(_by_class(doc)), set(doc.ids))
        doc.values["css-present"] = found
    return found  # type: ignore[no-any-return,unused-ignore]


def _may_match(doc: Document, selector: str) -> bool:
    """False when the selector's subject names a tag, class or id the page does not have."""
    if "\\" in selector or "|" in selector or "(" in selector:
        return True  # escapes, namespaces and functional pseudo-classes: cannot tell
    # attribute selectors first: white space inside one (``[title="a b"]``, ``[src$=".PNG"
    # i]``, Selectors 4's case flag) is no combinator
    last = _LAST_COMPOUND.search(_ATTRIBUTE_SELECTOR.sub("[]", selector.strip()))
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
    """Elements a (pseudo-element free) selector matches, in document order; None when it
    cannot be translated. Memoised per page, skipped outright when its subject cannot be on
    the page, and tried only on the elements carrying its rightmost id, class or tag."""
    cache = doc.values.setdefault("css-select", {})
    if selector in cache:
        return cache[selector]  # type: ignore[no-any-return]
    found: list[Element] | None = []
    if _may_match(doc, selector):
        found = None if _compiled(selector) is None else _matches(doc, selector)
    cache[selector] = found
    return found
