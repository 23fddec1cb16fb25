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

The copy is made in C: turbohtml writes its tree as XML and lxml's XML parser reads it, the
names XML cannot hold coerced first and each element's start-tag line set after, read in one
pass over turbohtml's elements (:func:`parse_html`). Pages that XML cannot carry so (a
declarative shadow root, a character reference to a control character, a processing
instruction) are copied element by element in Python (:class:`_Builder`), which
``tests/checks/test_parse_copies.py`` holds the C copy to.
"""

from __future__ import annotations

import array
import bisect
import contextlib
import ctypes
import itertools
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

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
    #: Every element in document order, when the copy listed them (their Python proxies
    #: made once, not again for the page's indexes); empty otherwise.
    elements: list[_Element] = field(default_factory=list)
    #: Indexes in :attr:`errors` of the duplicate-attribute errors inside an end tag.
    end_tag_repeats: frozenset[int] = frozenset()


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
        attrib = self.attributes(node, names)
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

    @staticmethod
    def attributes(node: turbohtml.Element, names: dict[str, str]) -> dict[str, str]:
        """The node's attributes as the lxml tree stores them (``names``: the stored name
        of each name met so far in the node's namespace)."""
        attrib: dict[str, str] = {}
        attrs = node.attrs
        if attrs:
            for key, value in attrs.items():
                if value.__class__ is not str:  # class and rel come split into lists
                    value = node.attr(key) or ""
                stored = names.get(key)
                if stored is None:
                    stored = names[key] = (None if node.namespace is _HTML else
                                           _FOREIGN_ATTRIBUTES.get(key)) or _xml_name(key)
                attrib[stored] = value
        return attrib

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
                if kind is not turbohtml.Element and kind is not turbohtml.Comment:
                    continue  # a processing instruction: left out, the text around it joined
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


def has_shadow_root(text: str) -> bool:
    """Whether the page may declare a shadow root: ``shadowrootmode`` in any ASCII case, as
    the tokenizer reads attribute names (pages without one skip the flat tree). Lowercasing
    bytes is ASCII-only and several times faster than a case-insensitive search."""
    return b"shadowrootmode" in text.encode("utf-8", "surrogatepass").lower()


#: A character reference to a character turbohtml's XML serialisation leaves out (a C0
#: control but tab, LF and CR; U+FFFE, U+FFFF), which the Python copy stores as U+FFFD or,
#: for a form feed, a space. The source itself holds none (see ``parse._parseable``).
_DROPPED = re.compile(r"&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F])"
                      r"|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]|6553[45])(?![0-9]))")
#: Foreign attributes the serialisation writes as namespace declarations (the Python copy
#: keeps them as attributes).
_DECLARATIONS = frozenset({"xmlns", "xmlns:xlink"})
#: turbohtml writes XML as inner_xml does, in pieces (``serialize_iter``).
_XML = turbohtml.Html(xml=True)


@dataclass(slots=True)
class _Plan:
    """What the C copy needs from turbohtml's tree, read in one pass over its elements
    (indexed from -1, the html element, in document order)."""

    #: Each element's start-tag line (0: implied, the parent's).
    lines: array.array[int]
    #: (start tag position, element index) when errors must be placed.
    starts: list[tuple[tuple[int, int], int]]
    #: Element index -> its attributes as the Python copy stores them, for elements with an
    #: attribute the serialisation cannot carry so (its attributes are taken out of it).
    attributes: dict[int, dict[str, str]]
    #: Element index -> its tag, for tags XML cannot hold (coerced: ``gU0003Aplusone``).
    renamed: dict[int, str]
    #: The html element's start tag, as XML.
    start: str
    #: The html element, whose content turbohtml writes as XML in pieces of about 8 KB
    #: (:func:`_copy`); the plan holds the only reference to turbohtml's tree.
    top: turbohtml.Element | None


def _odd(key: str, html: bool) -> bool:
    """Whether the serialisation cannot carry the attribute ``key`` as the Python copy
    stores it: a name XML cannot hold, or read as a namespace declaration."""
    return key == "xmlns" or (not html and key in _DECLARATIONS) or not (
        _PLAIN_NAME.match(key) or (not html and key in _FOREIGN_ATTRIBUTES))


def _plan(top: turbohtml.Element, positions: bool) -> _Plan | None:
    """The plan of the C copy, or None when the serialisation would not give the tree the
    Python copy builds: a processing instruction (that copy leaves them out), many
    attributes to set one by one.

    Names XML cannot hold are coerced in turbohtml's tree before it is serialised (tags) or
    taken out of it and set on the lxml element afterwards (the attributes of an element
    with any such name, ``xmlns`` or ``xml:lang`` on an HTML element, ``xmlns`` on an SVG one).
    """
    builder = _Builder(positions=False)
    lines = array.array("L")
    starts: list[tuple[tuple[int, int], int]] = []
    attributes: dict[int, dict[str, str]] = {}
    tags: dict[str, str] = {}
    renamed: dict[int, str] = {}
    names: set[tuple[bool, str]] = set()
    nodes = itertools.chain((top,), top.iter_elements())
    for index, node in enumerate(nodes, start=-1):
        tag = node.tag
        stored = tags.get(tag)
        if stored is None:
            stored = tags[tag] = _xml_name(tag)
        if stored != tag:  # turbohtml lowercases an HTML tag it is given: set on lxml's too
            node.tag = stored
            namespace = node.namespace
            renamed[index] = stored if namespace is _HTML else _PREFIX[namespace] + stored
        attrs = node.attrs
        if attrs:
            html = node.namespace is _HTML
            for key in attrs:
                if (html, key) in names:
                    continue
                if _odd(key, html):
                    attrib = builder.attributes(
                        node, builder._html_names if html else builder._foreign_names)
                    if len(attrib) > WIDE:
                        return None  # setting them one by one would take quadratic time
                    attributes[index] = attrib
                    attrs.clear()
                    break
                names.add((html, key))
        lines.append(node.source_line or (0 if index >= 0 else 1))
        if positions:
            position = node.position
            if position is not None:
                starts.append((position, index))
    if -1 in attributes:
        start = "<html>"
    else:  # the html element's attributes, which inner_xml leaves out
        start = "".join(["<html", *(f' {key}="{_escape(top.attr(key) or "")}"'
                                   for key in top.attrs), ">"])
    return _Plan(lines, starts, attributes, renamed, start, top)


def _escape(value: str) -> str:
    return value.translate(_ESCAPES)


def _copy(plan: _Plan) -> tuple[_Element, dict[_Element, int],
                                list[tuple[tuple[int, int], _Element]], list[_Element]] | None:
    """The lxml tree of ``plan`` by lxml's XML parser (C), its big lines, its start tags'
    positions and its elements; None if the parser refuses the serialisation (nesting past
    its depth limit)."""
    parser = etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True,
                             collect_ids=False)
    top, plan.top = plan.top, None
    assert top is not None
    # The XML in pieces, UTF-8 (a page with a character past U+00FF would take 2 or 4
    # bytes a character as text), then turbohtml's tree freed before lxml's is built: the
    # two trees are never alive at once, and no string of the whole page is made
    # (turbohtml's inner_xml needed 4 to 8 bytes a byte of page while it wrote one).
    try:
        pieces = [piece.encode() for piece in top.serialize_iter(_XML, inner=True)]
    except UnicodeEncodeError:  # a lone surrogate the serialisation kept
        return None
    del top
    # a processing instruction (text and attribute values escape ``<``): the Python copy
    # leaves them out, so it copies the page
    if any(b"<?" in piece or (piece[-1:] == b"<" and after[:1] == b"?")
           for piece, after in zip(pieces, [*pieces[1:], b""], strict=True)):
        return None
    pieces.reverse()
    try:
        parser.feed(plan.start.encode())
        while pieces:
            parser.feed(pieces.pop())  # each piece freed once read
        parser.feed(b"</html>")
        root = parser.close()
    except etree.XMLSyntaxError:
        return None
    made = list(root.iter(etree.Element))
    if len(made) != len(plan.lines):
        return None
    for comment in root.iter(etree.Comment):
        comment.sourceline = 0  # type: ignore[assignment]  # as the Python copy leaves them
    big: dict[_Element, int] = {}
    for element, line in zip(made, plan.lines, strict=True):
        if not line:  # implied (head, body, tbody): the parent's line
            parent = cast("_Element", element.getparent())
            line = big.get(parent) or cast("int", parent.sourceline)
        if line < BIG_LINE:
            element.sourceline = line  # type: ignore[assignment]  # lxml-stubs: a property
        else:
            element.sourceline = 0  # type: ignore[assignment]
            big[element] = line
    for index, tag in plan.renamed.items():
        made[index + 1].tag = tag
    for index, attrib in plan.attributes.items():
        element = made[index + 1]
        element.attrib.clear()
        for key, value in attrib.items():
            element.set(key, _xml_text(value))
    return root, big, [(position, made[index + 1]) for position, index in plan.starts], made


#: Pages longer than this (characters) give the memory of turbohtml's freed tree back.
TRIM_AFTER = 1_000_000


def give_back() -> None:
    """Return the C heap's free pages to the system (glibc's ``malloc_trim``; elsewhere
    nothing). turbohtml's tree, freed after the copy, lies under lxml's, and Python's own
    objects, made in separate arenas, cannot reuse it: on 10 MB pages this lowers the
    peak of the whole check by 1 to 3 bytes a byte of page."""
    with contextlib.suppress(OSError, AttributeError, TypeError):  # not glibc (Windows: TypeError)
        ctypes.CDLL(None).malloc_trim(0)


def parse_html(text: str | Callable[[], str], *,
               place: frozenset[str] = frozenset({"duplicate-attribute"}),
               scripting: bool = True) -> Tree:
    """Parse ``text`` (already cleaned of characters lxml cannot hold) as a browser does,
    with HTML's scripting flag on (a ``noscript`` holds raw text) unless told otherwise.

    ``text`` may be a function giving it: then this holds the only reference to the text,
    which goes with turbohtml's tree, before lxml's is built (1 or 2 bytes a byte of page
    at the parse's peak), and is asked for again only if the page must be parsed again.

    Errors whose code is in ``place`` are matched to the element whose start tag they are
    in: the element starting last at or before the error.

    turbohtml's tree is serialised as XML in C and read by lxml's XML parser, also C, so
    the two whole trees are never alive at once; pages the serialisation cannot carry
    (see :func:`_plan`) and pages with declarative shadow roots are copied in Python.
    """
    again = text if callable(text) else None
    page = text() if callable(text) else text
    del text
    document = turbohtml.parse(page, scripting=scripting)
    errors = list(document.errors)
    repeats = _end_tag_repeats(page, errors)
    wanted = [index for index, error in enumerate(errors)
              if error.code in place and index not in repeats]
    top = document.root
    assert top is not None  # the HTML parser always makes an html element
    flat = has_shadow_root(page)
    if not flat and not ("&#" in page and _DROPPED.search(page)):
        large = len(page) > TRIM_AFTER
        if again is not None:
            page = ""  # turbohtml's document holds the text until it is freed
        plan = _plan(top, bool(wanted))  # coerces names in turbohtml's tree
        del document, top
        copied = _copy(plan) if plan is not None else None
        if large:
            give_back()
        if copied is not None:
            root, lines, positions, elements = copied
            return _tree(root, lines, positions, errors, wanted, {}, elements, repeats)
        page = again() if again is not None else page
        document = turbohtml.parse(page, scripting=scripting)  # a tree whose names are the page's
        top = document.root
        assert top is not None
    builder = _Builder(positions=bool(wanted), flat=flat)
    root = builder.build(top)
    return _tree(root, builder.lines, builder.positions or [], errors, wanted, builder.scopes,
                 None, repeats)


def _tree(root: _Element, lines: dict[_Element, int],
          positions: list[tuple[tuple[int, int], _Element]], errors: list[turbohtml.ParseError],
          wanted: list[int], scopes: dict[_Element, _Element],
          elements: list[_Element] | None = None,
          repeats: frozenset[int] = frozenset()) -> Tree:
    error_elements: dict[int, _Element] = {}
    if positions:
        starts = sorted(positions, key=lambda pair: pair[0])
        keys = [position for position, _ in starts]
        for index in wanted:
            found = bisect.bisect_right(keys, (errors[index].line, errors[index].col)) - 1
            if found >= 0:
                error_elements[index] = starts[found][1]
    return Tree(root=root, lines=lines, errors=errors, error_elements=error_elements,
                scopes=scopes, elements=elements or [], end_tag_repeats=repeats)


def _end_tag_repeats(page: str, errors: list[turbohtml.ParseError]) -> frozenset[int]:
    """Indexes of the duplicate-attribute errors inside an end tag (``</p a=1 a=2>``): the
    tokenizer reports those too, though they are no start tag's (ACT e6952f). Such an error
    is followed by its tag's end-tag-with-attributes error, with no ``<`` between them."""
    ends = [index for index, error in enumerate(errors)
            if error.code == "end-tag-with-attributes"]
    if not ends:
        return frozenset()
    starts = [0]
    for line in page.split("\n"):
        starts.append(starts[-1] + len(line) + 1)

    def offset(error: turbohtml.ParseError) -> int:
        return starts[min(max(error.line - 1, 0), len(starts) - 1)] + max(error.col - 1, 0)

    found: set[int] = set()
    for index, error in enumerate(errors):
        after = bisect.bisect_right(ends, index)
        if error.code == "duplicate-attribute" and after < len(ends) \
                and "<" not in page[offset(error):offset(errors[ends[after]])]:
            found.add(index)
    return frozenset(found)
