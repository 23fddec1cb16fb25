"""html5lib's tree of a page, the reference the checker's parser is held to, node by node."""

from __future__ import annotations

import warnings

import html5lib
from lxml import etree

from broadsheet.checks.parse import _parseable

Node = tuple[object, ...]


def html5lib_tree(html: str) -> etree._Element:
    """html5lib's own lxml tree of ``html`` (cleaned of what lxml cannot hold, as the checker
    cleans it), with the scripting flag on, as a browser running scripts parses."""
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("lxml"),
                                 namespaceHTMLElements=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # html5lib's DataLossWarning on coerced names
        root: etree._Element = parser.parse(_parseable(html), scripting=True).getroot()
        return root


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
