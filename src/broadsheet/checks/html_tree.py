"""Parse HTML with turbohtml (the WHATWG algorithm in C) into the lxml tree the rules query.

The tree has html5lib's shape, which the checker used before: HTML elements without a
namespace, SVG and MathML elements in theirs, foreign attributes (``xlink:href``,
``xml:lang``) in theirs on foreign elements, a template's content as its children, comments
kept, and names XML cannot hold coerced as html5lib does (``g:plusone`` is stored as
``gU0003Aplusone``; :func:`broadsheet.checks.parse.real_name` reads it back).

A declarative shadow root (``<template shadowrootmode>`` the parser attached) is copied as
the flat tree a browser renders and exposes: the host's children are its shadow tree, each
``slot`` replaced by the light nodes assigned to it (else its fallback content); light nodes
assigned to no slot are not rendered and are left out. :attr:`Tree.scopes` names the shadow
host of each element of a shadow tree (ids and style sheets are scoped to it).
``tests/checks/test_parse_fidelity.py`` holds the two parsers to the same tree on real pages.
"""

from __future__ import annotations

import bisect
import re
import warnings
from dataclasses import dataclass

import turbohtml
from html5lib._ihatexml import InfosetFilter  # the coercion html5lib's lxml tree used
from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
MATHML_NS = "http://www.w3.org/1998/Math/MathML"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XLINK_NS = "http://www.w3.org/1999/xlink"
XMLNS_NS = "http://www.w3.org/2000/xmlns/"

_HTML = turbohtml.Namespace.HTML
_PREFIX = {turbohtml.Namespace.SVG: f"{{{SVG_NS}}}",
           turbohtml.Namespace.MATHML: f"{{{MATHML_NS}}}"}
#: The HTML standard's "adjust foreign attributes" table (on SVG and MathML elements only).
_FOREIGN_ATTRIBUTES = {
    **{f"xlink:{local}": f"{{{XLINK_NS}}}{local}"
       for local in ("actuate", "arcrole", "href", "role", "show", "title", "type")},
    "xml:lang": f"{{{XML_NS}}}lang", "xml:space": f"{{{XML_NS}}}space",
    "xmlns": f"{{{XMLNS_NS}}}xmlns", "xmlns:xlink": f"{{{XMLNS_NS}}}xlink",
}
#: Names lxml takes as they are; anything else goes through html5lib's coercion.
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")
#: Characters an lxml tree cannot hold (character references can still make them after
#: the source was cleaned): stored as U+FFFD, one for one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_INFOSET = InfosetFilter(preventDoubleDashComments=True)

_Element = etree._Element


@dataclass(frozen=True, slots=True)
class Tree:
    """A parsed page: the lxml root, each element's start-tag line and the parse errors."""

    root: _Element
    #: Start-tag lines past lxml's own ``sourceline`` (an unsigned short): the element's
    #: ``sourceline`` holds its line when below :data:`BIG_LINE`, this dict the rest.
    lines: dict[_Element, int]
    errors: list[turbohtml.ParseError]
    #: For each error, the element whose start tag it is in (None outside start tags and
    #: where the error's position is unknown); filled only for ``error_elements_for`` codes.
    error_elements: dict[int, _Element]
    #: Each element of a shadow tree -> its shadow host (empty for pages without one).
    scopes: dict[_Element, _Element]


def _xml_name(name: str) -> str:
    if _PLAIN_NAME.match(name):
        return name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # html5lib's DataLossWarning for each coercion
        return str(_INFOSET.toXmlName(name))


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text).replace("\x0c", " ")


def _comment(data: str) -> _Element:
    if "-" in data:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            data = str(_INFOSET.coerceComment(data))
    try:
        return etree.Comment(data)
    except ValueError:
        return etree.Comment(_xml_text(data))


#: lxml adds an attribute by walking the element's list of them, so an element with many
#: (40,000 on one ``div``) would take quadratic time; past this many, lxml's XML parser,
#: which is linear, makes the element from its start tag.
WIDE = 64
_XML_PARSER = etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", '"': "&quot;", "\t": "&#9;",
                          "\n": "&#10;", "\r": "&#13;"})


def _wide_element(tag: str, attrib: dict[str, str]) -> _Element:
    """An element with many attributes, made in linear time (order kept)."""
    plain = " ".join(f'{key}="{_xml_text(value).translate(_ESCAPES)}"'
                     for key, value in attrib.items() if key[0] != "{")
    made = etree.fromstring(f"<w {plain}/>", _XML_PARSER)
    made.tag = tag
    for key, value in attrib.items():
        if key[0] == "{":  # the few foreign attributes (xlink:href...), set one by one
            made.set(key, _xml_text(value))
    return made


#: The first line lxml's ``sourceline`` cannot hold (libxml2 keeps 16 bits and reads 65,535
#: as "look at the children").
BIG_LINE = 65_535


def _set_text(parent: _Element, last: _Element | None, text: str) -> None:
    """Text after ``last`` (its tail), or at the start of ``parent`` when there is none."""
    try:
        if last is None:
            parent.text = text
        else:
            last.tail = text
    except ValueError:
        _set_text(parent, last, _xml_text(text))


class _Builder:
    """Copies a turbohtml tree into lxml, without recursion (pages nest thousands deep)."""

    def __init__(self, positions: bool, flat: bool = False) -> None:
        #: Lines of :data:`BIG_LINE` and after; the others are in each element's
        #: ``sourceline``, which costs no memory of ours (a dict of every element did).
        self.lines: dict[_Element, int] = {}
        #: Build the flat tree of declarative shadow roots (only pages that have one pay).
        self.flat = flat
        self.scopes: dict[_Element, _Element] = {}
        #: In flat mode, each copied node (kept alive, so ids stay unique) and its copy.
        self._copies: dict[int, tuple[turbohtml.Element, _Element]] = {}
        #: (line, column) of each start tag, kept only when an error must be placed.
        self.positions: list[tuple[tuple[int, int], _Element]] | None = \
            [] if positions else None
        self._html_tags: dict[str, str] = {}
        self._foreign_tags: dict[tuple[turbohtml.Namespace, str], str] = {}
        self._html_names: dict[str, str] = {}
        self._foreign_names: dict[str, str] = {}

    def element(self, parent: _Element | None, node: turbohtml.Element,
                parent_line: int = 1) -> tuple[_Element, int]:
        """The copy of ``node`` (appended to ``parent``) and its start tag's line."""
        namespace = node.namespace
        name = node.tag
        if namespace is _HTML:
            tag = self._html_tags.get(name)
            if tag is None:
                tag = self._html_tags[name] = _xml_name(name)
            names = self._html_names
        else:
            tag = self._foreign_tags.get((namespace, name))
            if tag is None:
                tag = self._foreign_tags[(namespace, name)] = \
                    _PREFIX[namespace] + _xml_name(name)
            names = self._foreign_names
        attrib: dict[str, str] = {}
        attrs = node.attrs
        if attrs:
            for key, value in attrs.items():
                if value.__class__ is not str:  # class and rel come split into lists
                    value = node.attr(key) or ""
                stored = names.get(key)
                if stored is None:
                    stored = names[key] = (None if namespace is _HTML else
                                           _FOREIGN_ATTRIBUTES.get(key)) or _xml_name(key)
                attrib[stored] = value
        if len(attrib) > WIDE:
            made = _wide_element(tag, attrib)
            if parent is not None:
                parent.append(made)
        else:
            try:
                made = etree.Element(tag, attrib) if parent is None else \
                    etree.SubElement(parent, tag, attrib)
            except ValueError:  # a value with characters XML cannot hold
                attrib = {key: _xml_text(value) for key, value in attrib.items()}
                made = etree.Element(tag, attrib) if parent is None else \
                    etree.SubElement(parent, tag, attrib)
        line = node.source_line
        if line is None:  # implied (html, head, body, tbody): the parent's line
            line = parent_line
        if line < BIG_LINE:
            made.sourceline = line  # type: ignore[assignment]  # lxml-stubs: a property
        else:
            self.lines[made] = line
        if self.positions is not None:
            position = node.position
            if position is not None:
                self.positions.append((position, made))
        return made, line

    def build(self, top: turbohtml.Element) -> _Element:
        root, line = self.element(None, top)
        stack = [(top, root, line)]
        while stack:
            node, made, line = stack.pop()
            children = node.children
            if node.tag == "template" and node.namespace is _HTML:
                children = [child for content in children for child in content.children]
            elif self.flat:
                children = self._flat_children(node, made)
            last: _Element | None = None
            text: list[str] = []
            for child in children:
                kind = child.__class__
                if kind is turbohtml.Text:
                    text.append(child.data)  # type: ignore[attr-defined]
                    continue
                if text:
                    _set_text(made, last, "".join(text))
                    text = []
                if kind is turbohtml.Element:
                    last, child_line = self.element(made, child, line)  # type: ignore[arg-type]
                    if self.flat:
                        self._place(node, made, child, last)  # type: ignore[arg-type]
                    if child.children or self.flat:
                        stack.append((child, last, child_line))  # type: ignore[arg-type]
                elif kind is turbohtml.Comment:
                    last = _comment(child.data)  # type: ignore[attr-defined]
                    made.append(last)
            if text:
                _set_text(made, last, "".join(text))
        return root

    def _flat_children(self, node: turbohtml.Element, made: _Element
                       ) -> list[turbohtml.Node]:
        """The node's children in the flat tree (shadow tree first, slots filled)."""
        self._copies[id(node)] = (node, made)
        return list(node.flattened_children)

    def _place(self, node: turbohtml.Element, made: _Element, child: turbohtml.Element,
               copy: _Element) -> None:
        """Record the tree scope of ``copy``: its parent's, a new shadow tree's (whose host
        is ``made``) or, for a node assigned to a slot, its light parent's."""
        above = child.parent
        if above is node:
            scope = self.scopes.get(made)
        elif above.__class__ is turbohtml.ShadowRoot:
            scope = made
        else:
            light = self._copies.get(id(above))
            scope = self.scopes.get(light[1]) if light is not None else None
        if scope is not None:
            self.scopes[copy] = scope


#: A declarative shadow root's ``template`` attribute (pages without one skip the flat tree).
_SHADOW = re.compile(r"shadowrootmode", re.I)


def parse_html(text: str, *, place: frozenset[str] = frozenset({"duplicate-attribute"})
               ) -> Tree:
    """Parse ``text`` (already cleaned of characters lxml cannot hold) as a browser does.

    Errors whose code is in ``place`` are matched to the element whose start tag they are
    in: the element starting last at or before the error.
    """
    document = turbohtml.parse(text)
    errors = list(document.errors)
    wanted = [index for index, error in enumerate(errors) if error.code in place]
    builder = _Builder(positions=bool(wanted), flat=_SHADOW.search(text) is not None)
    top = document.root
    assert top is not None  # the HTML parser always makes an html element
    root = builder.build(top)
    error_elements: dict[int, _Element] = {}
    if builder.positions:
        starts = sorted(builder.positions, key=lambda pair: pair[0])
        keys = [position for position, _ in starts]
        for index in wanted:
            found = bisect.bisect_right(keys, (errors[index].line, errors[index].col)) - 1
            if found >= 0:
                error_elements[index] = starts[found][1]
    return Tree(root=root, lines=builder.lines, errors=errors, error_elements=error_elements,
                scopes=builder.scopes)
