"""Parse HTML the way browsers do into an lxml tree rules can query quickly.

The WHATWG parse is turbohtml's (C); :mod:`broadsheet.checks.html_tree` copies it into lxml in
the shape html5lib's lxml builder gave, names that are not valid XML (``xml:lang``,
``xmlns:og``, ``laws"``) coerced into forms such as ``xmlU0003Alang``; :func:`real_name` maps
them back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from lxml import etree

from broadsheet.checks.charset import decode
from broadsheet.checks.html_tree import WIDE, parse_html
from broadsheet.checks.script_shadow import declarative

HTML_NS = "http://www.w3.org/1999/xhtml"
SVG_NS = "http://www.w3.org/2000/svg"
XML_NS = "http://www.w3.org/XML/1998/namespace"

Element = etree._Element

_COERCED = re.compile(r"U([0-9A-F]{5})")


def real_name(name: str) -> str:
    """The name the page really used, undoing html5lib's XML coercion (``xmlU0003Alang``)."""
    if "U" not in name:
        return name
    return _COERCED.sub(lambda match: chr(int(match.group(1), 16)), name)


def coerced_name(name: str) -> str:
    """The attribute key html5lib stores for ``name`` in the lxml tree."""
    return "".join(ch if ch.isalnum() or ch in "-_." else f"U{ord(ch):05X}" for ch in name)


@dataclass(frozen=True, slots=True)
class ParseProblem:
    """One HTML parse error, with the WHATWG code the parser reports (``duplicate-attribute``)."""

    line: int
    column: int
    code: str
    #: The element whose start tag holds the error, for the codes rules place
    #: (``duplicate-attribute``); None for the others.
    element: Element | None = field(default=None, compare=False)
    #: A duplicate-attribute error inside an end tag, not a start tag.
    in_end_tag: bool = field(default=False, compare=False)


@dataclass
class Document:
    """A parsed page: the lxml tree plus indexes rules share (built once per page)."""

    root: Element
    errors: list[ParseProblem]
    #: The decoded page; empty when the parse was asked not to keep it (the checker's own
    #: run: 1 or 2 bytes a byte of page, for its whole run, which no rule needs).
    source: str
    file_ext: str = "html"
    #: Lines lxml's ``sourceline`` cannot hold (65,535 and after), as the parse gives them;
    #: made into :attr:`wraps` once the document is built (see :meth:`line`).
    lines: dict[Element, int] = field(default_factory=dict)
    elements: list[Element] = field(default_factory=list)
    by_tag: dict[str, list[Element]] = field(default_factory=dict)
    ids: dict[str, list[Element]] = field(default_factory=dict)
    cache: dict[str, dict[Element, Any]] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    #: Elements outside the document's own tree -> the ``template`` whose (inert) content
    #: or the shadow host whose shadow tree holds them; their ids are in ``scoped_ids``,
    #: not ``ids`` (``getElementById`` does not find them).
    scopes: dict[Element, Element] = field(default_factory=dict)
    scoped_ids: dict[tuple[Element, str], list[Element]] = field(default_factory=dict)
    #: On pages of more lines than a ``sourceline`` holds: how many times :data:`LINE_WRAP`
    #: lines come before an element's ``sourceline``, kept only where it differs from the
    #: parent's (and every :data:`_WRAP_DEPTH` levels); see :meth:`line`.
    wraps: dict[Element, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.elements:  # else the parse listed them, in document order
            self.elements = list(self.root.iter(etree.Element))
        by_tag, ids = self.by_tag, self.ids
        # lxml makes a tag string per element proxy and keeps it there; on a large page
        # each proxy is given the one string of its tag instead (0.4 byte a byte of page).
        shared: dict[str, str] | None = {} if len(self.elements) > SHARE_TAGS_AFTER else None
        for element in self.elements:
            tag = element.tag
            if shared is not None and tag[0] != "{":  # HTML tags: no namespace to set again
                first = shared.setdefault(tag, tag)
                if first is not tag:
                    element.tag = tag = first
            name = split_tag(tag)[0]
            found = by_tag.get(name)
            if found is None:
                by_tag[name] = [element]
            else:
                found.append(element)
            ident = element.get("id")
            if ident is not None:
                ids.setdefault(ident, []).append(element)
        if "template" in by_tag or "noscript" in by_tag or self.scopes:
            self._scope()
        if self.lines:
            self._wrap_lines()

    def _wrap_lines(self) -> None:
        """Give every element past lxml's 16 bits of line its line less a whole number of
        :data:`LINE_WRAP` lines as ``sourceline``, and keep that number in :attr:`wraps` only
        where an element's differs from its parent's, or every :data:`_WRAP_DEPTH` levels
        down a chain of them (so :meth:`line` climbs at most that far): a dict of every such
        element and an int each was 0.4 byte a byte of a 10 MB page of 130,000 lines."""
        big, wraps = self.lines, self.wraps
        #: The open elements down to the last one: (element, its wraps, levels since kept).
        chain: list[tuple[Element, int, int]] = []
        for element in self.elements:
            parent = element.getparent()
            while chain and chain[-1][0] is not parent:
                chain.pop()
            above, depth = (chain[-1][1], chain[-1][2] + 1) if chain else (0, 0)
            line = big.get(element)
            wrapped = above
            if line is not None:
                wrapped = (line - 1) // LINE_WRAP
                element.sourceline = line - wrapped * LINE_WRAP  # type: ignore[assignment]
            elif above and element.sourceline:  # a short line below a wrapped parent
                wrapped = 0
            if wrapped != above or (depth >= _WRAP_DEPTH and len(element)):
                wraps[element] = wrapped
                depth = 0
            chain.append((element, wrapped, depth))
        self.lines = {}

    def _scope(self) -> None:
        """Give template and noscript contents their scope (inner ones last, so they win; shadow
        scopes from the parser win over both) and move scoped ids out of ``ids``."""
        shadows = self.scopes
        scopes: dict[Element, Element] = {}
        # A noscript's content is raw text where scripts run (HTML parsing with the
        # scripting flag on), so its elements are as absent as a template's content.
        for template in self.tags("template", "noscript"):
            if namespace(template) == HTML_NS:
                for element in template.iterdescendants(etree.Element):
                    scopes[element] = template
        scopes.update(shadows)
        self.scopes = scopes
        for ident, elements in list(self.ids.items()):
            kept = [el for el in elements if el not in scopes]
            for el in elements:
                if el in scopes:
                    self.scoped_ids.setdefault((scopes[el], ident), []).append(el)
            if kept:
                self.ids[ident] = kept
            else:
                del self.ids[ident]

    def tags(self, *names: str) -> list[Element]:
        """Elements with any of these local names, in document order."""
        lists = [found for name in dict.fromkeys(names) if (found := self.by_tag.get(name))]
        if len(lists) <= 1:
            return list(lists[0]) if lists else []
        wanted = {el for found in lists for el in found}
        return [el for el in self.elements if el in wanted]

    def by_id(self, ident: str, near: Element | None = None) -> Element | None:
        """The first element with this id, as ``getElementById`` finds it: in the tree of
        ``near`` (an ``aria-labelledby`` inside a shadow tree points into that tree), else
        in the document."""
        if near is not None and self.scopes:
            scope = self.scopes.get(near)
            if scope is not None:
                found = self.scoped_ids.get((scope, ident))
                return found[0] if found else None
        found = self.ids.get(ident)
        return found[0] if found else None

    def memo(self, name: str) -> dict[Element, Any]:
        """A per-document cache for one computed property (role, name, hidden...)."""
        found = self.cache.get(name)
        if found is None:
            found = self.cache[name] = {}
        return found

    def keep_places_only(self) -> None:
        """Drop what only the rules need (memos, indexes, the element list), keeping what a
        finding's place is worked out from once the rules are done: the tree, the ids no two
        elements share, start-tag lines and the positions among many siblings
        (:mod:`broadsheet.checks.target`). On a 10 MB page the rest is 3 to 4 bytes a byte of
        page, which the report's findings need room for."""
        self.cache = {name: memo for name, memo in self.cache.items() if name in _PLACE_MEMOS}
        # A selector step is ``#id`` only for an id no other element has.
        self.ids = {ident: found for ident, found in self.ids.items() if len(found) == 1}
        self.values = {}
        self.elements = []
        self.by_tag = {}

    def line(self, element: Element) -> int | None:
        """The source line of the element's start tag, when the parser recorded one: the
        element's own ``sourceline``, past lxml's 16 bits plus its :attr:`wraps` (its own or
        its nearest ancestor's that has some)."""
        line = cast("int | None", element.sourceline)
        wraps = self.wraps
        if not wraps or line is None:
            return line
        current: Element | None = element
        while current is not None:
            wrapped = wraps.get(current)
            if wrapped is not None:
                return line + wrapped * LINE_WRAP
            current = current.getparent()
        return line

    @property
    def body(self) -> Element | None:
        found = self.by_tag.get("body")
        return found[0] if found else None


#: Pages with more elements than this share one tag string per tag among their elements'
#: proxies (the setter costs about 0.45 µs an element, 1% of a large page's check).
SHARE_TAGS_AFTER = 10_000
#: A ``sourceline`` holds lines up to this; past it, :attr:`Document.wraps` counts the
#: wraps (libxml2 keeps 16 bits and reads 65,535 as "look at the children").
LINE_WRAP = 65_534
#: Wraps are kept at least every this many levels down a chain of elements that have
#: children, so :meth:`Document.line` climbs at most this far.
_WRAP_DEPTH = 32
#: The memos :mod:`broadsheet.checks.target` keeps per page (see :meth:`Document.keep_places_only`).
_PLACE_MEMOS = frozenset({"child-position"})


#: Local name and namespace of each tag string seen (few per page; bounded for hostile pages
#: that invent thousands): rules ask for them hundreds of thousands of times per page.
_TAG_PARTS: dict[object, tuple[str, str]] = {}
_TAG_PARTS_MAX = 4096


def split_tag(tag: object) -> tuple[str, str]:
    """(local name, namespace) of a tag as lxml stores it; ``("", HTML_NS)`` for comments."""
    found = _TAG_PARTS.get(tag)
    if found is None:
        if not isinstance(tag, str):
            found = ("", HTML_NS)
        elif tag.startswith("{"):
            ns, _, local = tag[1:].partition("}")
            found = (local, ns)
        else:
            found = (tag, HTML_NS)
        if len(_TAG_PARTS) < _TAG_PARTS_MAX:
            _TAG_PARTS[tag] = found
    return found


# The three below look in split_tag's table first: rules call them hundreds of thousands of
# times a page, and a second Python call each was a tenth of the check.
def name_and_namespace(element: Element) -> tuple[str, str]:
    """(:func:`local_name`, :func:`namespace`) at once."""
    tag = element.tag
    found = _TAG_PARTS.get(tag)
    return split_tag(tag) if found is None else found


def local_name(element: Element) -> str:
    """The element's local name (``svg`` for ``{http://www.w3.org/2000/svg}svg``)."""
    tag = element.tag
    found = _TAG_PARTS.get(tag)
    return (split_tag(tag) if found is None else found)[0]


def namespace(element: Element) -> str:
    """The element's namespace; HTML elements have none in our tree."""
    tag = element.tag
    found = _TAG_PARTS.get(tag)
    return (split_tag(tag) if found is None else found)[1]


def attribute_items(element: Element) -> list[tuple[str, str]]:
    """(stored name, value) of each attribute, in linear time.

    lxml's ``items()`` looks each value up by name from the start of the element's list
    (quadratic: 59 s for 40,000 attributes on one element); XPath reads them in order.
    """
    if len(element.attrib) <= WIDE:
        return element.items()  # type: ignore[return-value]
    return [(str(node.attrname), str(node))  # type: ignore[union-attr]
            for node in element.xpath("@*")]  # type: ignore[union-attr]


def attributes(element: Element) -> Iterator[tuple[str, str]]:
    """(name, value) pairs with the names the page really used."""
    for key, value in attribute_items(element):
        name = str(key)
        if name.startswith("{"):
            ns, _, local = name[1:].partition("}")
            prefix = {XML_NS: "xml", "http://www.w3.org/1999/xlink": "xlink",
                      "http://www.w3.org/2000/xmlns/": "xmlns"}.get(ns, "")
            name = f"{prefix}:{local}" if prefix else local
        yield real_name(name), str(value)


def get_attr(element: Element, name: str) -> str | None:
    """An attribute by the name the page used (``xml:lang`` included)."""
    value = element.get(name)
    if value is None and not name.isidentifier() and "-" not in name:
        value = element.get(coerced_name(name))
        if value is None and name.startswith("xml:"):
            value = element.get(f"{{{XML_NS}}}{name[4:]}")
    return value


#: Characters an lxml tree cannot hold (C0 controls but tab, LF, FF and CR; surrogates;
#: U+FFFE, U+FFFF). Browsers keep them; we store U+FFFD, one for one, so columns stay right.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: A decimal character reference of 8 or more digits is past U+10FFFF whatever its value;
#: Python refuses to convert 4,300+ digits (and takes quadratic time below that).
_LONG_DECIMAL = re.compile(r"&#0*[0-9]{8,}")


def _parseable(text: str) -> str:
    """The text the parser and lxml can take, parsing to what a browser's parser builds."""
    text = _NOT_XML.sub("\ufffd", text).replace("\x0c", " ")  # lxml has no form feed
    return _LONG_DECIMAL.sub("&#1114112", text)  # U+FFFD, with the same parse error


def parse(source: str | bytes, *, file_ext: str = "html", keep_source: bool = True,
          scripting: bool = True) -> Document:
    """Parse a whole page into a :class:`Document`, quietly (no warnings reach the caller);
    without ``keep_source`` its :attr:`Document.source` is empty. ``scripting`` is HTML's
    scripting flag: on, as in a browser running scripts, a ``noscript`` holds raw text."""
    text = decode(source)
    if file_ext in {"svg", "xml", "xhtml"}:
        root = _parse_xml(text)
        if root is not None:
            for el in root.iter(etree.Element):
                if not el.sourceline:
                    el.sourceline = 1
            return Document(root=root, errors=[], source=text if keep_source else "",
                            file_ext=file_ext)
    if keep_source:
        tree = parse_html(_parseable(declarative(text)), scripting=scripting)
    else:  # the parse holds the only reference to our decoded copy and drops it early
        decoded = [text]
        text = ""

        def cleaned() -> str:
            return _parseable(declarative(decoded.pop() if decoded else decode(source)))

        tree = parse_html(cleaned, scripting=scripting)
    errors = [ParseProblem(line=error.line, column=error.col, code=error.code,
                         element=tree.error_elements.get(index),
                         in_end_tag=index in tree.end_tag_repeats)
              for index, error in enumerate(tree.errors)]
    return Document(root=tree.root, errors=errors, source=text, file_ext=file_ext,
                    lines=tree.lines, scopes=tree.scopes, elements=tree.elements)


def _parse_xml(text: str) -> Element | None:
    """XML documents (SVG, XHTML) keep their namespaces; HTML elements lose theirs for rules."""
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(text.encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    for element in root.iter(etree.Element):
        if isinstance(element.tag, str) and element.tag.startswith(f"{{{HTML_NS}}}"):
            element.tag = element.tag[len(HTML_NS) + 2:]
    return root
