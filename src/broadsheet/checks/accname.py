"""Accessible names, after W3C Accessible Name and Description Computation 1.2 (static subset).

Hidden content counts only when referenced by ``aria-labelledby``; CSS generated content
comes from ``<style>`` rules (``::before``/``::after`` strings and ``attr()``). Recursion is
bounded so deeply nested pages stay fast.
"""

from __future__ import annotations

import sys

from broadsheet.checks import aria, dom
from broadsheet.checks.css import generated_content
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
        if len(found) <= _SHARED_NAME:  # "Read more" on every card: one string, not one each
            found = sys.intern(found)
        memo[element] = found
    return str(found)


#: Names up to this long are shared between elements (pages repeat their link texts).
_SHARED_NAME = 80


def name_truncated(doc: Document) -> bool:
    """Whether some name computation on this page stopped at the nesting limit."""
    return bool(doc.values.get("accname-truncated"))


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _name(doc: Document, el: Element, visited: set[Element], *, from_labelledby: bool,
          traversing: bool, depth: int, include_hidden: bool = False) -> str:
    if depth > _MAX_DEPTH:
        doc.values["accname-truncated"] = True
        return ""
    if el in visited:
        return ""
    visited = visited | {el}
    # 2A: hidden, unless inside a hidden node aria-labelledby refers to directly
    if not from_labelledby and traversing and not include_hidden \
            and not dom.in_accessibility_tree(doc, el):
        if dom.invisible_only(doc, el):  # visibility: visible descendants still count
            return _from_content(doc, el, visited, depth, own_text=False)
        return ""
    # 2B: aria-labelledby
    labelledby = el.get("aria-labelledby")
    if labelledby and not from_labelledby:
        parts = []
        for ident in aria.split_tokens(labelledby):
            target = doc.by_id(ident, el)
            if target is el:  # accname 2B: the element itself, named without aria-labelledby
                parts.append(_name(doc, el, visited - {el}, from_labelledby=True,
                                   traversing=True, depth=depth + 1,
                                   include_hidden=not dom.in_accessibility_tree(doc, el)))
            elif target is not None:
                parts.append(_name(doc, target, visited, from_labelledby=True,
                                   traversing=True, depth=depth + 1,
                                   include_hidden=not dom.in_accessibility_tree(doc, target)))
        text = _collapse(" ".join(parts))
        if text:
            return text
    role = dom.role(doc, el)
    # 2C: a control inside another element's label contributes its value
    if traversing and depth > 0 and role in _EMBEDDED_CONTROL:
        return embedded_value(doc, el, role)
    # 2D/2E: aria-label, then native host-language label
    label = el.get("aria-label")
    if label and label.strip():
        return label
    if role != "none" or dom.is_focusable(doc, el):
        native = _native_name(doc, el, visited, depth)
        if native:
            return native
    # 2F: name from content
    if (traversing or from_labelledby or role in _NAME_FROM_CONTENT
            or _name_from_content_tag(el)):
        text = _from_content(doc, el, visited, depth, include_hidden)
        if text.strip():
            return text
    # 2I: tooltip; SVG-AAM's is the ``<title>`` child (2E above), not a ``title`` attribute
    title = el.get("title") if namespace(el) == HTML_NS else None
    if title and title.strip():
        return title
    return ""


_EMBEDDED_CONTROL = frozenset({"textbox", "searchbox", "combobox", "listbox", "slider",
                               "spinbutton", "scrollbar", "progressbar", "meter"})


def embedded_value(doc: Document, el: Element, role: str | None) -> str:
    """What a control inside a label contributes: its value (accname 1.2, step 2C)."""
    name = local_name(el) if namespace(el) == HTML_NS else ""
    if role in {"textbox", "searchbox"}:
        if name == "input":
            return el.get("value") or ""
        return "".join(str(t) for t in el.itertext())
    if role in {"combobox", "listbox"}:
        if name == "select":
            options = list(el.iter("{*}option", "option"))
            chosen = [o for o in options if o.get("selected") is not None]
            if not chosen and options and role == "combobox":
                chosen = options[:1]
            return " ".join(_collapse("".join(str(t) for t in o.itertext())) for o in chosen)
        if name == "input":
            return el.get("value") or ""
        chosen = [o for o in el.iter() if isinstance(o.tag, str)
                  and aria.is_true(o, "aria-selected")]
        return " ".join(_collapse("".join(str(t) for t in o.itertext())) for o in chosen)
    text = el.get("aria-valuetext")
    if text and text.strip():
        return text
    now = el.get("aria-valuenow")
    if now and now.strip():
        return now.strip()
    return el.get("value") or ""


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
        kind = dom.input_type(el)
        if kind in {"image", "button", "submit", "reset"}:
            # HTML-AAM: the label elements come before alt (image) or value (the others);
            # HTML labels every input but hidden (html-aam#357, the WPT html-aam tests)
            labels = _labels(doc, el)
            if labels:
                text = _collapse(" ".join(
                    _label_name(doc, lab, visited, depth) for lab in labels))
                if text:
                    return text
        if kind == "image":  # title is step 2I
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
                _label_name(doc, lab, visited, depth) for lab in labels))
    if name == "fieldset":
        return _first_child_text(doc, el, "legend", visited, depth)
    if name == "figure":
        return _first_child_text(doc, el, "figcaption", visited, depth)
    if name == "table":
        return _first_child_text(doc, el, "caption", visited, depth)
    if name == "textarea" or (name == "input" and dom.input_type(el) not in {
            "hidden", "checkbox", "radio", "image"}):
        placeholder = el.get("placeholder")
        if placeholder:
            return placeholder
    return ""


def _label_name(doc: Document, label: Element, visited: set[Element], depth: int) -> str:
    """A ``label`` element's own accessible name, which HTML-AAM gives its labeled control:
    its ``aria-labelledby`` or ``aria-label`` first (an empty ``<label for aria-label="Menu">``
    names its field "Menu", as in Chromium), then its content."""
    return _name(doc, label, visited, from_labelledby=False, traversing=False, depth=depth + 1)


def _first_child_text(doc: Document, el: Element, tag: str, visited: set[Element],
                      depth: int) -> str:
    child = next((c for c in el if local_name(c) == tag), None)
    return _from_content(doc, child, visited, depth) if child is not None else ""


def _labels(doc: Document, el: Element) -> list[Element]:
    """The ``label`` elements whose labeled control ``el`` is (HTML's "labeled control"):
    those whose ``for`` names it (the first element with that id), and a wrapping label
    without ``for`` whose first labelable descendant it is."""
    found: list[Element] = []
    ident = el.get("id")
    if ident:
        scope = doc.scopes.get(el)
        found.extend(label for label in _labels_for(doc).get(ident, ())
                     if doc.scopes.get(label) is scope and doc.by_id(ident, label) is el)
    for anc in dom.ancestors(el):
        if local_name(anc) == "label":
            if anc.get("for") is None and anc not in found and first_labelable(anc) is el:
                found.append(anc)
            break  # HTML: a label nested in a label is not allowed; the nearest one counts
    return found


def first_labelable(label: Element) -> Element | None:
    """The label's first labelable descendant in tree order (button, input other than
    hidden, meter, output, progress, select, textarea): its labeled control when it has no
    ``for`` attribute."""
    for el in label.iterdescendants():
        if not isinstance(el.tag, str) or namespace(el) != HTML_NS:
            continue
        name = local_name(el)
        if name in _LABELABLE and (name != "input" or dom.input_type(el) != "hidden"):
            return el
    return None


def _labels_for(doc: Document) -> dict[str, list[Element]]:
    """The page's ``label`` elements by their ``for`` value, built once per page (a scan
    per control was quadratic: 2,500 labelled inputs took 30 s)."""
    index: dict[str, list[Element]] | None = doc.values.get("labels-for")
    if index is None:
        index = doc.values["labels-for"] = {}
        for label in doc.tags("label"):
            target = label.get("for")
            if target is not None:
                index.setdefault(target, []).append(label)
    return index


def _from_content(doc: Document, el: Element, visited: set[Element], depth: int,
                  include_hidden: bool = False, *, own_text: bool = True) -> str:
    """Name from content: ``el``'s text and generated content (unless ``own_text`` is
    false: ``el`` is invisible), and each child's text alternative."""
    # CSS: an element that is display: none (itself or an ancestor) has no ::before or
    # ::after boxes, so no generated text, even when aria-labelledby brings its text in
    shown = own_text and dom.is_rendered(doc, el)
    before, after = generated_content(doc).get(el, ("", "")) if shown else ("", "")
    parts: list[str] = [before]
    if own_text and el.text and local_name(el) not in {"script", "style", "template"}:
        parts.append(el.text)
    for child in el:
        if isinstance(child.tag, str) and (include_hidden or dom.is_rendered(doc, child)) \
                and local_name(child) not in {"script", "style", "template", "title"}:
            parts.append(_name(doc, child, visited, from_labelledby=False, traversing=True,
                               depth=depth + 1, include_hidden=include_hidden))
            if local_name(child) in _BLOCK:
                parts.append(" ")
        if child.tail and own_text:
            parts.append(child.tail)
    parts.append(after)
    return "".join(parts)


_BLOCK = frozenset({"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
                    "tr", "section", "article", "img", "span"})
