"""Where a finding points: a unique CSS selector, an HTML snippet and the source line."""

from __future__ import annotations

import re
import sys

from broadsheet.checks.parse import Document, Element, attributes, local_name

_SNIPPET_MAX = 250
#: Between a frame's selector and an element's in the frame's document (axe-core's targets
#: are joined the same way: ``iframe >>> img``).
FRAME_STEP = " >>> "
_PLAIN_ID = re.compile(r"-?[A-Za-z_][\w-]*")


def selector(doc: Document, element: Element) -> str:
    """A selector matching only this element: ``#id`` when unique, else a child path.

    Each element's own step is worked out once per page and shared by every selector through
    it; the path is joined per call, so deep pages cost no more memory than their depth.
    """
    parts: list[str] = []
    memo = doc.memo("selector-step")
    current: Element | None = element
    while current is not None and isinstance(current.tag, str):
        step = memo.get(current)
        if step is None:
            step = _step(doc, current)
        parts.append(step)
        if step[0] == "#":
            break
        up = current.getparent()
        if up is None:
            break
        current = up
    return " > ".join(reversed(parts))


#: Parents with more element children than this keep their children's positions as ints
#: and make a step string only for the children asked for (a page of 40,000 siblings).
_FEW_CHILDREN = 32


def _step(doc: Document, element: Element) -> str:
    """The element's step in a selector: ``#id`` (the path stops there), its tag, or its tag
    and position. One string per element, shared between elements when equal (the same
    ``div:nth-child(2)`` all over a page): a tuple each cost more than the selectors."""
    memo = doc.memo("selector-step")
    found: str | None = memo.get(element)
    if found is not None:
        return found
    up = element.getparent()
    if up is None:
        found = memo[element] = _unique_id(doc, element) or local_name(element)
        return found
    positions = doc.memo("child-position")
    packed = positions.get(element)
    if packed is None:
        children = [c for c in up if isinstance(c.tag, str)]
        names = [local_name(c) for c in children]
        counts: dict[str, int] = {}
        for name in names:
            counts[name] = counts.get(name, 0) + 1
        few = len(children) <= _FEW_CHILDREN
        for index, (c, name) in enumerate(zip(children, names, strict=True), 1):
            shared = counts[name] > 1
            if few:  # every child's step at once: positions are counted once per parent
                if c not in memo:
                    memo[c] = _own_step(doc, c, index, shared)
            else:  # one int a child (the position doubled, plus one when the tag is shared)
                positions[c] = index * 2 + shared
        if few:
            return str(memo[element])
        packed = positions[element]
    found = memo[element] = _own_step(doc, element, packed >> 1, bool(packed & 1))
    return found


def _own_step(doc: Document, element: Element, position: int, shared: bool) -> str:
    found = _unique_id(doc, element)
    if found is not None:
        return found
    name = local_name(element)
    return sys.intern(f"{name}:nth-child({position})") if shared else name


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

