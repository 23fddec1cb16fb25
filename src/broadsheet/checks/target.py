"""Where a finding points: a unique CSS selector, an HTML snippet and the source line."""

from __future__ import annotations

import re

from broadsheet.checks.parse import Document, Element, attributes, local_name

_SNIPPET_MAX = 250
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
        found = memo.get(current)
        step, final = _step(doc, current) if found is None else found
        parts.append(step)
        if final:
            break
        current = current.getparent()
    return " > ".join(reversed(parts))


def _step(doc: Document, element: Element) -> tuple[str, bool]:
    """(the element's step in a selector, whether the path stops there)."""
    memo = doc.memo("selector-step")
    found = memo.get(element)
    if found is None:
        ident = element.get("id")
        up = element.getparent()
        if ident and _PLAIN_ID.fullmatch(ident) and doc.ids.get(ident) == [element]:
            found = (f"#{ident}", True)
        elif up is None:
            found = (local_name(element), True)
        else:
            position, shared = _position(doc, up, element)
            name = local_name(element)
            found = (f"{name}:nth-child({position})" if shared else name, False)
        memo[element] = found
    return found


def _position(doc: Document, up: Element, child: Element) -> tuple[int, bool]:
    """(1-based element position, whether siblings share its tag), indexed once per parent
    (one int per child: the position doubled, plus one when the tag is shared)."""
    memo = doc.memo("child-position")
    found = memo.get(child)
    if found is None:
        children = [c for c in up if isinstance(c.tag, str)]
        counts: dict[str, int] = {}
        for c in children:
            counts[local_name(c)] = counts.get(local_name(c), 0) + 1
        for index, c in enumerate(children, 1):
            memo[c] = index * 2 + (counts[local_name(c)] > 1)
        found = memo[child]
    return found >> 1, bool(found & 1)


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

