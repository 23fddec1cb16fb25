"""Where a finding points: a unique CSS selector, an HTML snippet and the source line."""

from __future__ import annotations

import re

from broadsheet.checks.parse import Document, Element, attributes, local_name

_SNIPPET_MAX = 250
#: Between a frame's selector and an element's in the frame's document (axe-core's targets
#: are joined the same way: ``iframe >>> img``).
FRAME_STEP = " >>> "
_PLAIN_ID = re.compile(r"-?[A-Za-z_][\w-]*")


def selector(doc: Document, element: Element) -> str:
    """A selector matching only this element: ``#id`` when unique, else a child path.

    The last selector's path is kept (:class:`_Path`), and the next one takes the steps of
    the ancestors they share: findings are read in document order, rule by rule, so
    neighbours follow each other, and no step is kept per element of a page.
    """
    if not isinstance(element.tag, str):
        return ""
    path: _Path | None = doc.values.get("selector-path")
    if path is None:
        path = doc.values["selector-path"] = _Path()
    return path.to(doc, element)


class _Path:
    """The elements and steps of the last selector, from the root (or the ``#id`` it starts
    at) down, and each element's place in them."""

    __slots__ = ("elements", "index", "steps")

    def __init__(self) -> None:
        self.elements: list[Element] = []
        self.steps: list[str] = []
        self.index: dict[Element, int] = {}

    def to(self, doc: Document, element: Element) -> str:
        """The selector of ``element``, which becomes the path."""
        index, elements, steps = self.index, self.elements, self.steps
        added: list[tuple[Element, str]] = []
        current: Element | None = element
        shared = -1
        while current is not None:
            found = index.get(current)
            if found is not None:
                shared = found
                break
            step = _step(doc, current)
            added.append((current, step))
            if step[0] == "#":
                break
            current = current.getparent()
        for gone in elements[shared + 1:]:
            del index[gone]
        del elements[shared + 1:], steps[shared + 1:]
        for current, step in reversed(added):
            index[current] = len(elements)
            elements.append(current)
            steps.append(step)
        return " > ".join(steps)


#: Parents with more element children than this keep their children's positions as ints
#: (a page of 40,000 siblings); fewer are counted again for each child asked.
_FEW_CHILDREN = 32


def _step(doc: Document, element: Element) -> str:
    """The element's step in a selector: ``#id`` (the path stops there), its tag, or its tag
    and position (one string per distinct step, shared between elements)."""
    up = element.getparent()
    if up is None:
        return _unique_id(doc, element) or local_name(element)
    positions = doc.memo("child-position")
    packed = positions.get(element)
    if packed is None:
        children = [c for c in up if isinstance(c.tag, str)]
        if len(children) > _FEW_CHILDREN:  # one int a child (the position doubled, plus
            counts: dict[str, int] = {}  # one when the tag is shared): counted once
            names = [local_name(c) for c in children]
            for name in names:
                counts[name] = counts.get(name, 0) + 1
            for index, (c, name) in enumerate(zip(children, names, strict=True), 1):
                positions[c] = index * 2 + (counts[name] > 1)
            packed = positions[element]
        else:  # a few siblings: counted again when asked again
            name = local_name(element)
            index = next(i for i, c in enumerate(children, 1) if c is element)
            shared = sum(1 for c in children if local_name(c) == name) > 1
            packed = index * 2 + shared
    return _own_step(doc, element, packed >> 1, bool(packed & 1))


def _own_step(doc: Document, element: Element, position: int, shared: bool) -> str:
    found = _unique_id(doc, element)
    if found is not None:
        return found
    name = local_name(element)
    if not shared:
        return name
    made = f"{name}:nth-child({position})"
    found = _SHARED_STEPS.setdefault(made, made)
    if len(_SHARED_STEPS) > _SHARED_STEPS_MAX:  # a page of 40,000 siblings
        _SHARED_STEPS.clear()
    return found


#: One string per distinct positional step (``div:nth-child(2)``), shared by every page's
#: selectors (not ``sys.intern``, whose table grew by 2 MB for a few hundred of them).
_SHARED_STEPS: dict[str, str] = {}
_SHARED_STEPS_MAX = 4096


def _unique_id(doc: Document, element: Element) -> str | None:
    ident = element.get("id")
    if ident and _PLAIN_ID.fullmatch(ident) and doc.ids.get(ident) == [element]:
        return f"#{ident}"
    return None


def snippet(element: Element) -> str:
    """The element's start tag with its real attribute names, plus a short text preview."""
    name = local_name(element)
    attrs = "".join(f' {key}="{_escape(value)}"' if value != "" else f" {key}"
                    for key, value in attributes(element))
    start = f"<{name}{attrs}>"
    if len(start) > _SNIPPET_MAX:
        return start[:_SNIPPET_MAX - 1] + "…"
    text = " ".join((element.text or "").split())
    has_children = any(isinstance(child.tag, str) for child in element)
    if text and not has_children:
        body = text if len(text) <= 60 else text[:59] + "…"
        return f"{start}{_escape(body, quote=False)}</{name}>"
    if not has_children and not text and name not in _VOID:
        return f"{start}</{name}>"
    return start


_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})


def _escape(text: str, *, quote: bool = True) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text

