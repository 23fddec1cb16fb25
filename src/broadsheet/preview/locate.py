"""The element of the rendered page that a JSON pointer's part of the article became, as a CSS
selector, so a finding that names only a place in the JSON ("/body/6/images/1") can be shown
on the page and cropped like one that names an element.

The renderer writes no trace of the JSON in its HTML, so the element is found by difference:
the article is rendered again without the part the pointer names, and the first element of
the page that is then missing is the part's. A part whose removal changes nothing (an empty
banner that is not rendered) or that cannot be removed (a required field) is looked for
through its parent pointer, up to the block that holds it."""

from __future__ import annotations

import copy
import difflib
from collections.abc import Callable, Iterable
from typing import Any

from lxml import html as lxml_html
from lxml.etree import _Element

from broadsheet.errors import BroadsheetError

#: How a page is rendered from article data (``broadsheet.render`` with the gallery's options).
Renderer = Callable[[Any], str]

def _steps(pointer: str) -> list[str]:
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]


def _without(data: Any, steps: list[str]) -> Any | None:
    """A deep copy of ``data`` without the part at ``steps``; None when there is no such part."""
    copied = copy.deepcopy(data)
    node = copied
    for step in steps[:-1]:
        if isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        elif isinstance(node, dict) and step in node:
            node = node[step]
        else:
            return None
    last = steps[-1]
    part = node[int(last)] if isinstance(node, list) and last.isdigit() and int(last) < len(
        node) else node.get(last) if isinstance(node, dict) else None
    if isinstance(part, list):
        return None  # a whole list (the body): no one element of the page is its
    if isinstance(node, list) and last.isdigit() and int(last) < len(node):
        del node[int(last)]
    elif isinstance(node, dict) and last in node:
        del node[last]
    else:
        return None
    return copied


#: Attributes that name other elements by id: ids may be renumbered when a part goes.
_REFERENCES = frozenset({"id", "aria-labelledby", "aria-describedby", "aria-controls", "for",
                         "headers"})


def _root(page: str) -> _Element:
    return lxml_html.document_fromstring(page)


def _children(element: _Element) -> list[_Element]:
    """The element's child elements (comments and processing instructions left out)."""
    return [child for child in element if isinstance(child.tag, str)]


def _signatures(root: _Element) -> dict[_Element, int]:
    """Each element's subtree, hashed: its name, attributes (ids and references to them left
    out), text and its children's subtrees."""
    signed: dict[_Element, int] = {}

    def sign(element: _Element) -> int:
        attributes = tuple(sorted((k, v) for k, v in element.attrib.items()
                                  if k not in _REFERENCES))
        signed[element] = hash((element.tag, attributes, " ".join((element.text or "").split()),
                                " ".join((element.tail or "").split()),
                                tuple(sign(child) for child in _children(element))))
        return signed[element]

    sign(root)
    return signed


def selector(element: _Element) -> str:
    """A CSS selector naming exactly ``element``: its path of ``:nth-child`` steps from the
    root (from the nearest ancestor with an id, when one has)."""
    steps: list[str] = []
    current: _Element | None = element
    while current is not None and isinstance(current.tag, str):
        ident = current.get("id")
        if ident and '"' not in ident and "\\" not in ident:
            steps.append(f'[id="{ident}"]')
            break
        parent = current.getparent()
        if parent is None:
            steps.append(str(current.tag))
            break
        steps.append(f"{current.tag}:nth-child({_children(parent).index(current) + 1})")
        current = parent
    return " > ".join(reversed(steps))


def _kind(element: _Element) -> tuple[str, str]:
    return element.tag, element.get("class") or ""


def _known(element: _Element, among: list[_Element]) -> bool:
    """Does one of ``among`` have the same tag and class as ``element``?"""
    return any(_kind(other) == _kind(element) for other in among)


def _missing(before: _Element, after: _Element) -> _Element | None:
    """The element of ``before`` missing from ``after``, comparing the two trees from the root
    down: at each level the children are matched by subtree, a child with no match is the
    answer, and a child that changed inside is looked into. Of several, the shallowest (a
    removed heading, not its entry in a contents list), then the first. An element whose
    subtree is still somewhere in ``after`` was moved, not removed (a rail box the page's
    flow places after another paragraph once a block is gone): it is the answer only when
    nothing else is."""
    old, new = _signatures(before), _signatures(after)
    kept = set(new.values())
    found: list[tuple[int, int, _Element]] = []
    moved: list[tuple[int, int, _Element]] = []
    pairs = [(before, after, 0)]
    while pairs:
        left, right, depth = pairs.pop(0)
        mine, theirs = _children(left), _children(right)
        matcher = difflib.SequenceMatcher(None, [old[e] for e in mine],
                                          [new[e] for e in theirs], autojunk=False)
        for tag, start, end, other, other_end in matcher.get_opcodes():
            if tag == "equal":
                continue
            # a changed child is looked into when its counterpart is the same kind of
            # element (tag and class; else the same tag, its class changed), in order; one
            # with no counterpart is a candidate
            spare = list(theirs[other:other_end])
            for e in mine[start:end]:
                twin = next((t for t in spare if _kind(t) == _kind(e)), None)
                if twin is None:
                    twin = next((t for t in spare if t.tag == e.tag and not _known(t, mine)),
                                None)
                if twin is not None:
                    spare = spare[spare.index(twin) + 1:]
                    pairs.append((e, twin, depth + 1))
                else:
                    (moved if old[e] in kept else found).append(
                        (depth + 1, len(found) + len(moved), e))
    found = found or moved
    return min(found, key=lambda item: item[:2])[2] if found else None


def locate(data: Any, page: str, pointers: Iterable[str], rendered: Renderer
           ) -> dict[str, str]:
    """Each pointer's element on ``page`` (the HTML rendered from ``data``) as a CSS selector;
    pointers whose part could not be found are left out."""
    before: _Element | None = None
    found: dict[str, str] = {}
    for pointer in dict.fromkeys(pointers):
        if not pointer.startswith("/") or pointer == "/":
            continue
        steps = _steps(pointer)
        while steps:
            reduced = _without(data, steps)
            try:
                after = _root(rendered(reduced)) if reduced is not None else None
            except BroadsheetError:  # the part is required: look at its parent
                after = None
            if after is not None:
                before = before if before is not None else _root(page)
                element = _missing(before, after)
                if element is not None:
                    found[pointer] = selector(element)
                    break
            steps = steps[:-1]
    return found
