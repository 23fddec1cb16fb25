"""Accessible names, after W3C Accessible Name and Description Computation 1.2 (static subset).

Hidden content counts only when referenced by ``aria-labelledby``; embedded controls and CSS
generated content are not modelled. Recursion is bounded so deeply nested pages stay fast.
"""

from __future__ import annotations

from broadsheet.checks import aria, dom
from broadsheet.checks.parse import HTML_NS, SVG_NS, Document, Element, local_name, namespace

_MAX_DEPTH = 150
_NAME_FROM_CONTENT = frozenset(
    name for name, role in aria.ROLES.items() if role.name_from == "contents"
) | {"heading", "cell", "columnheader", "rowheader", "gridcell", "listitem", "tooltip",
     "treeitem", "row", "link", "button"}
_LABELABLE = frozenset({"input", "select", "textarea", "meter", "output", "progress",
                        "button"})


def accessible_name(doc: Document, element: Element) -> str:
    """The element's accessible name, whitespace collapsed ("" when it has none)."""
    memo = doc.memo("name")
    found = memo.get(element)
    if found is None:
        found = _collapse(_name(doc, element, set(), from_labelledby=False, traversing=False,
                                depth=0))
        memo[element] = found
    return str(found)


def name_truncated(doc: Document) -> bool:
    """Whether some name computation on this page stopped at the nesting limit."""
    return bool(doc.values.get("accname-truncated"))


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _name(doc: Document, el: Element, visited: set[Element], *, from_labelledby: bool,
          traversing: bool, depth: int) -> str:
    if depth > _MAX_DEPTH:
        doc.values["accname-truncated"] = True
        return ""
    if el in visited:
        return ""
    visited = visited | {el}
    # 2A: hidden and not referenced
    if not from_labelledby and traversing and not dom.in_accessibility_tree(doc, el):
        return ""
    # 2B: aria-labelledby
    labelledby = el.get("aria-labelledby")
    if labelledby and not from_labelledby:
        parts = []
        for ident in labelledby.split():
            target = doc.by_id(ident)
            if target is not None:
                parts.append(_name(doc, target, visited, from_labelledby=True,
                                   traversing=True, depth=depth + 1))
        text = _collapse(" ".join(parts))
        if text:
            return text
    # 2C/2D: aria-label, then native host-language label
    label = el.get("aria-label")
    role = dom.role(doc, el)
    if label and label.strip() and not (traversing and role in _EMBEDDED_CONTROL):
        return label
    if role != "none" or dom.is_focusable(doc, el):
        native = _native_name(doc, el, visited, depth)
        if native:
            return native
    # 2F: name from content
    if (traversing or from_labelledby or role in _NAME_FROM_CONTENT
            or _name_from_content_tag(el)):
        text = _from_content(doc, el, visited, depth)
        if text.strip():
            return text
    # 2I: tooltip
    title = el.get("title")
    if title and title.strip():
        return title
    return ""


_EMBEDDED_CONTROL = frozenset({"textbox", "combobox", "listbox", "range", "slider",
                               "spinbutton"})


def _name_from_content_tag(el: Element) -> bool:
    return local_name(el) in {"summary", "caption", "legend", "figcaption", "label", "option"}


def _native_name(doc: Document, el: Element, visited: set[Element], depth: int) -> str:
    name = local_name(el)
    ns = namespace(el)
    if ns == SVG_NS:
        title = next((c for c in el if local_name(c) == "title"), None)
        return _collapse("".join(str(t) for t in title.itertext())) if title is not None else ""
    if ns != HTML_NS:
        return ""
    if name in {"img", "area"}:
        return el.get("alt") or ""
    if name == "input":
        kind = (el.get("type") or "").lower()
        if kind == "image":
            return el.get("alt") or ""
        if kind in {"button", "submit", "reset"}:
            value = el.get("value")
            if value is not None:
                return value
            return {"submit": "Submit", "reset": "Reset"}.get(kind, "")
    if name in _LABELABLE:
        labels = _labels(doc, el)
        if labels:
            return _collapse(" ".join(
                _from_content(doc, lab, visited, depth) for lab in labels))
    if name == "fieldset":
        return _first_child_text(doc, el, "legend", visited, depth)
    if name == "figure":
        return _first_child_text(doc, el, "figcaption", visited, depth)
    if name == "table":
        return _first_child_text(doc, el, "caption", visited, depth)
    if name == "input" and (el.get("type") or "").lower() not in {"hidden", "checkbox",
                                                                  "radio", "image"}:
        placeholder = el.get("placeholder")
        if placeholder:
            return placeholder
    return ""


def _first_child_text(doc: Document, el: Element, tag: str, visited: set[Element],
                      depth: int) -> str:
    child = next((c for c in el if local_name(c) == tag), None)
    return _from_content(doc, child, visited, depth) if child is not None else ""


def _labels(doc: Document, el: Element) -> list[Element]:
    found: list[Element] = []
    ident = el.get("id")
    if ident:
        found.extend(lab for lab in doc.tags("label") if lab.get("for") == ident)
    for anc in dom.ancestors(el):
        if local_name(anc) == "label" and anc.get("for") is None and anc not in found:
            found.append(anc)
            break
    return found


def _from_content(doc: Document, el: Element, visited: set[Element], depth: int) -> str:
    parts: list[str] = []
    if el.text and local_name(el) not in {"script", "style", "template"}:
        parts.append(el.text)
    for child in el:
        if isinstance(child.tag, str) and dom.is_rendered(doc, child) \
                and local_name(child) not in {"script", "style", "template", "title"}:
            parts.append(_name(doc, child, visited, from_labelledby=False, traversing=True,
                               depth=depth + 1))
            if local_name(child) in _BLOCK:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


_BLOCK = frozenset({"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
                    "tr", "section", "article", "img", "span"})
