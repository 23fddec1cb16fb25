"""Parse HTML the way browsers do (html5lib) into an lxml tree rules can query quickly.

html5lib's lxml builder rewrites names that are not valid XML (``xml:lang``, ``xmlns:og``,
``laws"``) into coerced forms such as ``xmlU0003Alang``; :func:`real_name` maps them back and
the warnings it raises are kept out of users' output.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import html5lib
from html5lib.treebuilders import etree_lxml
from lxml import etree

from broadsheet.checks.charset import decode

HTML_NS = "http://www.w3.org/1999/xhtml"
SVG_NS = "http://www.w3.org/2000/svg"
MATHML_NS = "http://www.w3.org/1998/Math/MathML"
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
class ParseError:
    """One HTML parse error, as the WHATWG parser (html5lib) reports it."""

    line: int
    column: int
    code: str


class _LineTreeBuilder(etree_lxml.TreeBuilder):  # type: ignore[misc]
    """html5lib's lxml builder, recording the source line of each element's start tag.

    Lines are kept in our own dict: lxml's ``sourceline`` is 16-bit and overflows past
    line 65,535.
    """

    parser: Any = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lines: dict[Element, int] = {}
        infoset = self.infosetFilter
        base_element: Any = getattr(self, "elementClass")  # noqa: B009 - untyped in html5lib
        builder = self
        #: Text waiting to be appended at one place: (node, into its tail?) and the pieces.
        self._pending_at: tuple[Element, bool] | None = None
        self._pending: list[str] = []


        class Element(base_element):  # type: ignore[misc]
            """html5lib's element, appending text in linear time. Its own ``insertText``
            calls ``len()`` on the lxml element, which counts every child (quadratic in
            siblings), and appends each piece to the whole text so far (quadratic in a long
            script, which comes in thousands of pieces): pieces for one place are gathered
            and joined when anything else touches the tree."""

            def insertText(self, data: str, insertBefore: Any = None) -> None:
                if insertBefore is not None:
                    builder.flush_text()
                    super().insertText(data, insertBefore)
                    return
                element = self._element
                try:
                    at = (element[-1], True)
                except IndexError:
                    at = (element, False)
                pending = builder._pending_at
                if pending is None or pending[0] is not at[0] or pending[1] != at[1]:
                    builder.flush_text()
                    builder._pending_at = at
                builder._pending.append(infoset.coerceCharacters(data))

            def appendChild(self, node: Any) -> None:
                builder.flush_text()
                super().appendChild(node)

            def insertBefore(self, node: Any, refNode: Any) -> None:
                builder.flush_text()
                super().insertBefore(node, refNode)

            def removeChild(self, node: Any) -> None:
                builder.flush_text()
                super().removeChild(node)

            def reparentChildren(self, newParent: Any) -> None:
                builder.flush_text()
                super().reparentChildren(newParent)

            def cloneNode(self) -> Any:
                builder.flush_text()
                return super().cloneNode()

            def hasContent(self) -> bool:
                builder.flush_text()
                return bool(super().hasContent())

        self.elementClass = Element

    def flush_text(self) -> None:
        """Append the gathered text pieces to their place, joined once."""
        if self._pending_at is not None:
            node, tail = self._pending_at
            data = "".join(self._pending)
            if tail:
                node.tail = (node.tail or "") + data
            else:
                node.text = (node.text or "") + data
            self._pending_at = None
            self._pending = []

    def getDocument(self) -> Any:
        self.flush_text()
        return super().getDocument()

    def getFragment(self) -> Any:
        self.flush_text()
        return super().getFragment()

    def _stamp(self, element: Any) -> Any:
        """Record the source line of the start tag just read on the new element."""
        if self.parser is not None:
            self.lines[element._element] = self.parser.tokenizer.stream.position()[0]
        return element

    def createElement(self, token: dict[str, Any]) -> Any:
        return self._stamp(super().createElement(token))

    def insertElementNormal(self, token: dict[str, Any]) -> Any:
        # Most elements are made here, not through createElement.
        return self._stamp(super().insertElementNormal(token))

    def insertRoot(self, token: dict[str, Any]) -> None:
        super().insertRoot(token)
        self._stamp(self.openElements[-1])


@dataclass
class Document:
    """A parsed page: the lxml tree plus indexes rules share (built once per page)."""

    root: Element
    errors: list[ParseError]
    source: str
    file_ext: str = "html"
    lines: dict[Element, int] = field(default_factory=dict)
    elements: list[Element] = field(default_factory=list)
    by_tag: dict[str, list[Element]] = field(default_factory=dict)
    ids: dict[str, list[Element]] = field(default_factory=dict)
    cache: dict[str, dict[Element, Any]] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for element in self.root.iter(etree.Element):
            self.elements.append(element)
            self.by_tag.setdefault(local_name(element), []).append(element)
            ident = element.get("id")
            if ident is not None:
                self.ids.setdefault(ident, []).append(element)

    def tags(self, *names: str) -> list[Element]:
        """Elements with any of these local names, in document order."""
        if len(names) == 1:
            return list(self.by_tag.get(names[0], ()))
        wanted = set(names)
        return [el for el in self.elements if local_name(el) in wanted]

    def by_id(self, ident: str) -> Element | None:
        """The first element with this id, as ``getElementById`` finds it."""
        found = self.ids.get(ident)
        return found[0] if found else None

    def memo(self, name: str) -> dict[Element, Any]:
        """A per-document cache for one computed property (role, name, hidden...)."""
        found = self.cache.get(name)
        if found is None:
            found = self.cache[name] = {}
        return found

    def line(self, element: Element) -> int | None:
        """The source line of the element's start tag, when the parser recorded one."""
        return self.lines.get(element)

    @property
    def body(self) -> Element | None:
        found = self.by_tag.get("body")
        return found[0] if found else None


def local_name(element: Element) -> str:
    """The element's local name (``svg`` for ``{http://www.w3.org/2000/svg}svg``)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def namespace(element: Element) -> str:
    """The element's namespace; HTML elements have none in our tree."""
    tag = element.tag
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].partition("}")[0]
    return HTML_NS


def attributes(element: Element) -> Iterator[tuple[str, str]]:
    """(name, value) pairs with the names the page really used."""
    for key, value in element.attrib.items():
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
    """The text html5lib and lxml can take, parsing to what a browser's parser builds."""
    text = _NOT_XML.sub("\ufffd", text).replace("\x0c", " ")  # lxml has no form feed
    return _LONG_DECIMAL.sub("&#1114112", text)  # U+FFFD, with the same parse error


def parse(source: str | bytes, *, file_ext: str = "html") -> Document:
    """Parse a whole page into a :class:`Document`, quietly (no warnings reach the caller)."""
    text = decode(source)
    if file_ext in {"svg", "xml", "xhtml"}:
        root = _parse_xml(text)
        if root is not None:
            lines: dict[Element, int] = {el: getattr(el, "sourceline", None) or 1
                                         for el in root.iter(etree.Element)}
            return Document(root=root, errors=[], source=text, file_ext=file_ext, lines=lines)
    parser = html5lib.HTMLParser(tree=_LineTreeBuilder, namespaceHTMLElements=False)
    parser.tree.parser = parser
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = parser.parse(_parseable(text))
    errors = [ParseError(line=pos[0], column=pos[1], code=code)
              for pos, code, _ in parser.errors]
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    lines = parser.tree.lines
    _fill_lines(root, lines)
    return Document(root=root, errors=errors, source=text, file_ext=file_ext, lines=lines)


def _fill_lines(root: Element, lines: dict[Element, int]) -> None:
    """Implied elements (``html``, ``head``, ``body``) take their parent's line, or line 1."""
    for element in root.iter(etree.Element):
        if element not in lines:
            up = element.getparent()
            lines[element] = lines.get(up, 1) if up is not None else 1


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
