"""html5lib's tree of a page, the reference the checker's parser is held to, node by node."""

from __future__ import annotations

import warnings

from lxml import etree
from tests.helpers import parse_html

from broadsheet.checks.parse import _parseable

Node = tuple[object, ...]


def html5lib_tree(html: str) -> etree._Element:
    """html5lib's own lxml tree of ``html`` (cleaned of what lxml cannot hold, as the checker
    cleans it)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # html5lib's DataLossWarning on coerced names
        return parse_html(_parseable(html))


def tree_nodes(root: etree._Element) -> list[Node]:
    """Every element and comment in document order: tag, attributes, text and tail.

    Empty text counts as none: html5lib's builder leaves ``""`` where it moved text away
    (the adoption agency), which no rule can tell from no text.
    """
    nodes: list[Node] = []
    for node in root.iter():
        if node.tag is etree.Comment:
            nodes.append(("#comment", node.text, node.tail or None))
        else:
            nodes.append((node.tag, sorted(node.attrib.items()), node.text or None,
                          node.tail or None))
    return nodes
