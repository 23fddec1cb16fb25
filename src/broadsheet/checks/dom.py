"""What a browser would compute from markup alone: roles, hiding, focusability.

Everything is memoised per :class:`~broadsheet.checks.parse.Document`. Where CSS matters,
``display`` and ``visibility`` come from the author's cascade of inline ``style`` and rules in
``<style>`` elements (a later or more specific ``display: block`` undoes ``display: none``
and the ``hidden`` attribute); external style sheets cannot be seen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from broadsheet.checks import aria
from broadsheet.checks.css import author_value, hidden_by_stylesheets, stylesheet_declarations
from broadsheet.checks.parse import (
    HTML_NS,
    SVG_NS,
    Document,
    Element,
    local_name,
    name_and_namespace,
    namespace,
)

_NEVER_RENDERED = frozenset({
    "head", "script", "style", "template", "title", "meta", "link", "base", "noscript",
    "param", "source", "track", "datalist",
})
#: SVG 2's never-rendered elements that hold graphics (``display`` has no effect on them;
#: ``title``, ``desc``, ``script``, ``style`` and ``metadata`` hold text, not rendering).
_SVG_NEVER_RENDERED = frozenset({
    "clipPath", "defs", "linearGradient", "marker", "mask", "pattern", "radialGradient",
    "symbol",
})
#: The tags (as lxml stores them) whose own ``display`` the user-agent style sheet may set
#: to none, besides ``hidden`` and a closed ``details``' content: never rendered, hidden
#: inputs, closed dialogs.
_NEVER_RENDERED_TAGS = _NEVER_RENDERED | {"input", "dialog"} | {
    f"{{{SVG_NS}}}{name}" for name in _SVG_NEVER_RENDERED}
#: Parents whose children may be unrendered whatever their style: a closed ``details``'
#: content, and media and object elements' fallback content.
_FALLBACK_PARENTS = frozenset({"details", "audio", "video", "object"})
_DISPLAY = re.compile(r"display\s*:", re.I)
_VISIBILITY = re.compile(r"visibility\s*:", re.I)
_CONTENT_VISIBILITY = re.compile(r"content-visibility\s*:", re.I)
#: The user-agent style sheet's display of HTML elements that are not inline (HTML §15.3);
#: replaced and form-control elements are atomic inline boxes ("inline-block" here).
_UA_DISPLAY = {
    **dict.fromkeys((
        "html", "body", "address", "blockquote", "center", "dialog", "div", "figure",
        "figcaption", "footer", "form", "header", "hr", "legend", "listing", "main", "p",
        "plaintext", "pre", "search", "xmp", "article", "aside", "h1", "h2", "h3", "h4", "h5",
        "h6", "hgroup", "nav", "section", "dir", "dd", "dl", "dt", "menu", "ol", "ul", "li",
        "fieldset", "details", "summary", "optgroup", "option"), "block"),
    **dict.fromkeys((
        "img", "input", "button", "select", "textarea", "iframe", "video", "audio",
        "canvas", "object", "embed", "meter", "progress"), "inline-block"),
    "table": "table", "caption": "table-caption", "thead": "table-header-group",
    "tbody": "table-row-group", "tfoot": "table-footer-group", "tr": "table-row",
    "td": "table-cell", "th": "table-cell", "col": "table-column",
    "colgroup": "table-column-group",
}
#: Displays on which size containment, and so ``content-visibility``, has no effect (CSS
#: Containment 2 §3.2): no box, a non-atomic inline box, a table or an internal table box.
_NOT_CONTAINABLE = frozenset({
    "none", "contents", "inline", "table", "inline-table", "table-row-group",
    "table-header-group", "table-footer-group", "table-row", "table-cell", "table-column",
    "table-column-group", "ruby", "ruby-base", "ruby-text", "ruby-base-container",
    "ruby-text-container"})
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
#: HTML-AAM: ``input`` types mapped to no role (the live engine reads these tables too:
#: :mod:`broadsheet.browser.standards`).
ROLELESS_INPUT_TYPES = frozenset({"password", "hidden", "file", "color", "date",
                                  "datetime-local", "month", "time", "week"})
#: HTML-AAM: text-like ``input`` types that are a combobox with a ``list`` attribute.
COMBOBOX_INPUT_TYPES = frozenset({"text", "search", "email", "tel", "url", ""})
#: HTML-AAM: ``tr``, ``tbody``, ``thead``, ``tfoot`` have their role inside a table only.
TABLE_PARTS = frozenset({"tr", "tbody", "thead", "tfoot"})
#: Roles of a ``table`` whose parts and cells take table roles.
TABLE_ROLES = frozenset({"table", "grid", "treegrid"})
#: HTML-AAM: the role of an ``input`` of each type (others not in ROLELESS_INPUT_TYPES are
#: textboxes).
INPUT_ROLES = {
    "button": "button", "image": "button", "reset": "button", "submit": "button",
    "checkbox": "checkbox", "radio": "radio", "range": "slider", "number": "spinbutton",
    "search": "searchbox", "email": "textbox", "tel": "textbox", "text": "textbox",
    "url": "textbox", "": "textbox",
}
#: HTML-AAM: the implicit role of each HTML element (None: no role); those not in PLAIN_TAGS
#: depend on attributes or context too (implicit_role).
SIMPLE_ROLES = {
    "article": "article", "aside": "complementary", "blockquote": "blockquote",
    "button": "button", "caption": "caption", "code": "code", "datalist": "listbox",
    "dd": "definition", "del": "deletion", "details": "group", "dfn": "term",
    "dialog": "dialog", "dt": "term", "em": "emphasis", "fieldset": "group",
    "figure": "figure", "hr": "separator", "html": "document", "ins": "insertion",
    "main": "main", "mark": "mark", "math": "math", "menu": "list", "meter": "meter",
    "nav": "navigation", "ol": "list", "optgroup": "group", "option": "option",
    "output": "status", "p": "paragraph", "progress": "progressbar", "search": "search",
    "strong": "strong", "sub": "subscript", "sup": "superscript", "table": "table",
    "tbody": "rowgroup", "textarea": "textbox", "tfoot": "rowgroup", "thead": "rowgroup",
    "time": "time", "tr": "row", "ul": "list", "h1": "heading", "h2": "heading",
    "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading", "li": "listitem",
    "address": "group", "hgroup": "group", "b": "generic", "bdi": "generic", "bdo": "generic",
    "body": "generic", "data": "generic", "div": "generic", "i": "generic", "pre": "generic",
    "q": "generic", "samp": "generic", "small": "generic", "span": "generic", "u": "generic",
    "s": "deletion", "legend": None, "label": None, "summary": "button",
}
#: HTML tags (as lxml stores them) whose implicit role is their entry in SIMPLE_ROLES
#: whatever their attributes and place: the rest have their own branch in implicit_role.
PLAIN_TAGS = frozenset(SIMPLE_ROLES) - {
    "a", "area", "img", "input", "select", "header", "footer", "section", "form", "td", "th",
    "tr", "tbody", "thead", "tfoot", "summary", "li"}
_INTEGER = re.compile(r"[\t\n\f\r ]*([+-]?[0-9]+)")
_UNKNOWN = object()  # not computed yet (None is a role: no role)
_NATIVE_DISABLABLE = frozenset({"button", "input", "select", "textarea", "optgroup",
                                "option", "fieldset"})


def parent(element: Element) -> Element | None:
    """The parent element, or None at the root."""
    found = element.getparent()
    return found if found is not None and isinstance(found.tag, str) else None


def ancestors(element: Element) -> list[Element]:
    """Ancestors from the parent up to the root."""
    return [el for el in element.iterancestors() if isinstance(el.tag, str)]


def lineage(element: Element) -> Iterator[Element]:
    """The element, then its ancestors up to the root, lazily: ``next()`` and ``any()`` over
    it stop at the first match instead of listing the whole chain."""
    yield element
    for el in element.iterancestors():
        if isinstance(el.tag, str):
            yield el


def closest(doc: Document, name: str, element: Element,
            test: Callable[[Element], bool]) -> Element | None:
    """The nearest of the element and its ancestors that passes ``test`` (``name`` names the
    test: one memo per page), found without walking a chain twice, so deep pages stay linear.
    """
    memo = doc.memo(f"closest:{name}")
    chain: list[Element] = []
    current: Element | None = element
    found: Element | None = None
    while current is not None:
        cached = memo.get(current, _UNKNOWN)
        if cached is not _UNKNOWN:
            found = cached
            break
        chain.append(current)
        if test(current):
            found = current
            break
        current = current.getparent()  # an element's parent is an element or None
    for el in chain:
        memo[el] = found
    return found


def style_of(element: Element) -> str:
    return element.get("style") or ""


def _self_not_displayed(doc: Document, element: Element,
                        by_style: frozenset[Element] | None = None) -> bool:
    """``display: none`` by the user-agent style sheet (never-rendered elements, ``hidden``,
    a closed ``dialog`` or ``details``) unless the author's cascade sets ``display``, or by
    the author's cascade (style attribute and ``<style>`` rules, :func:`css.author_value`)."""
    name, ns = name_and_namespace(element)
    html = ns == HTML_NS
    if html and (name in _NEVER_RENDERED
                 or (name == "input" and input_type(element) == "hidden")):
        return True  # !important in the user-agent sheet, or content never rendered
    if _in_closed_details(element) or _media_fallback(element) \
            or (ns == SVG_NS and name in _SVG_NEVER_RENDERED):
        return True
    by_ua = element.get("hidden") is not None or (
        html and name == "dialog" and element.get("open") is None)
    style = element.get("style")
    if by_ua or (style and _DISPLAY.search(style)) or _svg_sets(element, "display") or element in (
            hidden_by_stylesheets(doc, "display") if by_style is None else by_style):
        value = author_value(doc, element, "display")
        return by_ua if value is None else value == "none"
    return False


_SVG_TAG = f"{{{SVG_NS}}}"


def _svg_sets(element: Element, prop: str) -> bool:
    """An SVG element with a presentation attribute for ``prop`` (SVG 2 §6.6)."""
    tag = element.tag
    return isinstance(tag, str) and tag.startswith(_SVG_TAG) and element.get(prop) is not None


def _in_closed_details(element: Element) -> bool:
    """A child of a closed ``details`` other than its summary: browsers do not render it."""
    up = parent(element)
    if up is None or local_name(up) != "details" or namespace(up) != HTML_NS \
            or up.get("open") is not None:
        return False
    summary = next((c for c in up if isinstance(c.tag, str) and local_name(c) == "summary"),
                   None)
    return element is not summary


def _media_fallback(element: Element) -> bool:
    """A child of ``audio`` or ``video``: fallback content for user agents without media
    support (HTML §4.8.8), which browsers never render (their media controls are shown); or
    of an ``object`` that embeds an image, audio, video or HTML document (HTML §4.8.7: the
    object represents that resource, its children only when it cannot be shown; as for
    media, the resource is taken to load)."""
    up = parent(element)
    if up is None or namespace(up) != HTML_NS:
        return False
    name = local_name(up)
    return name in {"audio", "video"} or (
        name == "object" and embedded_kind(up) in {"image", "audio", "video", "document"})


def inherited(doc: Document, name: str, element: Element,
              own: Callable[[Element], bool | None]) -> bool:
    """A property an element takes from its nearest ancestor-or-self that decides it.

    ``own`` returns True or False where an element decides, None to inherit. Memoised per
    document and computed without recursion, so deeply nested pages stay linear.
    """
    memo = doc.memo(name)
    chain: list[Element] = []
    current: Element | None = element
    value = False
    while current is not None:
        cached = memo.get(current)
        if cached is not None:
            value = bool(cached)
            break
        chain.append(current)
        current = parent(current)
    for el in reversed(chain):
        decided = own(el)
        if decided is not None:
            value = decided
        memo[el] = value
    return value


def _skips_contents(doc: Document, element: Element) -> bool:
    """``content-visibility: hidden`` where size containment applies: the element's contents
    are skipped, not rendered, focused or exposed (CSS Containment 2 §4.1); its box stays."""
    if author_value(doc, element, "content-visibility") != "hidden":
        return False
    name, ns = name_and_namespace(element)
    display = author_value(doc, element, "display") or (
        _UA_DISPLAY.get(name, "inline") if ns == HTML_NS else "inline")
    return display.split()[0] not in _NOT_CONTAINABLE


#: Bits of an element's entry in :func:`_flags`.
_NOT_DISPLAYED, _INVISIBLE, _ARIA_HIDDEN, _INERT, _SKIPS = 1, 2, 4, 8, 16
_HIDDEN = _NOT_DISPLAYED | _INVISIBLE
#: Not in the accessibility tree: hidden, aria-hidden, or inert (HTML-AAM exposes no inert node).
_UNEXPOSED = _HIDDEN | _ARIA_HIDDEN | _INERT
#: What a child takes from its parent unless it decides itself (visibility can be undone).
_PASSED_DOWN = _NOT_DISPLAYED | _ARIA_HIDDEN | _INERT


def _flags(doc: Document) -> dict[Element, int]:
    """Hiding, visibility, ``aria-hidden`` and ``inert`` of every element, as bits, worked out
    in one walk down the page the first time any is asked: nearly every rule asks about most
    elements, and a walk up per element cost more than the rules' own work. One small int
    per element (not a dict per property), kept only where it is not 0 (most elements are
    shown and exposed), so dense pages stay small; an element of the page missing is 0."""
    found: dict[Element, int] | None = doc.values.get("visibility-flags")
    if found is not None:
        return found
    flags: dict[Element, int] = {}
    by_display = hidden_by_stylesheets(doc, "display")
    by_visibility = hidden_by_stylesheets(doc, "visibility")
    by_skipping = hidden_by_stylesheets(doc, "content-visibility")
    never = _NEVER_RENDERED_TAGS
    for el in doc.elements:
        up = el.getparent()
        above = flags.get(up, 0) if up is not None else 0
        bits = above & _PASSED_DOWN
        if above & _SKIPS:  # the parent skips its contents: this is not rendered
            bits |= _NOT_DISPLAYED
        tag = el.tag
        style = el.get("style")
        # Most elements decide nothing: the slow questions only for those that may.
        svg = tag[0] == "{" and tag.startswith(_SVG_TAG)
        if not bits & _NOT_DISPLAYED and (
                tag in never or style or el.get("hidden") is not None
                or (up is not None and up.tag in _FALLBACK_PARENTS)
                or el in by_display or (svg and el.get("display") is not None)) \
                and _self_not_displayed(doc, el, by_display):
            bits |= _NOT_DISPLAYED
        if not bits & _NOT_DISPLAYED and (
                el in by_skipping or (style and _CONTENT_VISIBILITY.search(style))) \
                and _skips_contents(doc, el):
            bits |= _SKIPS
        invisible = bool(above & _INVISIBLE)
        if invisible or el in by_visibility or (style and _VISIBILITY.search(style)) or (
                svg and el.get("visibility") is not None):
            own = _own_visibility(doc, el)
            invisible = invisible if own is None else own
        if invisible:
            bits |= _INVISIBLE
        if not bits & _ARIA_HIDDEN and el.get("aria-hidden") is not None \
                and aria.is_true(el, "aria-hidden"):
            bits |= _ARIA_HIDDEN
        if el.get("inert") is not None:
            bits |= _INERT
        if bits:
            flags[el] = bits
    doc.values["visibility-flags"] = flags
    return flags


#: The bits of :func:`accessibility_flags` that keep an element out of the accessibility tree.
UNEXPOSED = _UNEXPOSED
#: The bits of :func:`accessibility_flags` of an element that is not visible
#: (:func:`is_visible`: not rendered, or ``visibility: hidden``).
HIDDEN = _HIDDEN


def accessibility_flags(doc: Document) -> dict[Element, int]:
    """The hiding bits (:data:`UNEXPOSED`: not in the accessibility tree) of the page's
    elements that have any (``flags.get(element, 0)``), for a walk over the whole page:
    :func:`in_accessibility_tree` is three calls an element."""
    return _flags(doc)


def is_rendered(doc: Document, element: Element) -> bool:
    """Not ``display: none`` (hidden attribute, inline style, style sheet or never-rendered)."""
    return not _flags(doc).get(element, 0) & _NOT_DISPLAYED


def _own_visibility(doc: Document, element: Element) -> bool | None:
    """True for ``hidden``/``collapse``, False for ``visible`` (and ``initial``), None to
    inherit, from the author's cascade."""
    value = author_value(doc, element, "visibility")
    if value is None or value in {"inherit", "unset"}:
        return None
    return value in {"hidden", "collapse"}


def is_visible(doc: Document, element: Element) -> bool:
    """Rendered and not ``visibility: hidden`` (nearest declaration wins)."""
    return not _flags(doc).get(element, 0) & _HIDDEN


def aria_hidden(element: Element, doc: Document | None = None) -> bool:
    """``aria-hidden="true"`` on the element or an ancestor."""
    def own(el: Element) -> bool | None:
        return True if aria.is_true(el, "aria-hidden") else None
    if doc is not None:
        return bool(_flags(doc).get(element, 0) & _ARIA_HIDDEN)
    return any(own(el) for el in [element, *ancestors(element)])


def invisible_only(doc: Document, element: Element) -> bool:
    """Out of the accessibility tree by ``visibility`` alone (rendered, not ``aria-hidden``,
    not inert): a descendant that sets ``visibility: visible`` is still exposed."""
    return is_rendered(doc, element) and not is_visible(doc, element) \
        and not aria_hidden(element, doc) and not is_inert(doc, element)


def programmatically_hidden(doc: Document, element: Element) -> bool:
    """ACT's *programmatically hidden*: not ``visibility: visible``, or ``display: none`` or
    ``aria-hidden="true"`` on an inclusive ancestor (``inert`` is not part of it)."""
    return not is_visible(doc, element) or aria_hidden(element, doc)


def is_inert(doc: Document, element: Element) -> bool:
    """``inert`` on the element or an ancestor."""
    return bool(_flags(doc).get(element, 0) & _INERT)


def in_accessibility_tree(doc: Document, element: Element) -> bool:
    """Exposed to assistive technology: visible, not under ``aria-hidden="true"``, not inert."""
    return not _flags(doc).get(element, 0) & _UNEXPOSED


#: Declarations that take content off screen, clip it to nothing or make it fully
#: transparent (visually hidden: ACT's *visible* changes no pixel).
_OFFSCREEN = re.compile(
    r"(?:^|;)\s*(?:(?:left|top|right|text-indent|margin-left)\s*:\s*-\s*\d{3,}"
    r"|clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*50%|font-size\s*:\s*0(?:px)?\s*(?:;|$|!)"
    r"|opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)\s*(?:;|$|!))",
    re.I)


def hidden_visually(doc: Document, element: Element) -> bool:
    """Rendered but drawn nowhere by its own style attribute or ``<style>`` rules: moved off
    screen, clipped away, zero font size or fully transparent (the visually-hidden recipes).
    Memoised per page."""
    memo = doc.memo("hidden-visually")
    found = memo.get(element)
    if found is None:
        found = memo[element] = _hidden_visually(doc, element)
    return bool(found)


#: A box of zero height or width that clips what overflows it draws none of its content.
_CLIPS = re.compile(r"(?:^|;)\s*overflow(?:-[xy])?\s*:\s*(?:hidden|clip)\b", re.I)
_ZERO_BOX = re.compile(r"(?:^|;)\s*(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$|!)",
                       re.I)


def _hidden_visually(doc: Document, element: Element) -> bool:
    style = style_of(element)
    if _OFFSCREEN.search(style) or (_CLIPS.search(style) and _ZERO_BOX.search(style)):
        return True
    for prop in ("clip", "clip-path", "left", "top", "text-indent", "font-size", "opacity"):
        for _important, _spec, _order, value in stylesheet_declarations(doc, prop).get(
                element, []):
            if _OFFSCREEN.search(f"{prop}:{value}"):
                return True
    return False


def drawn(doc: Document, element: Element) -> bool:
    """ACT *visible* as far as markup tells: rendered, not ``visibility: hidden``, and not
    moved off screen, clipped away, of zero font size or transparent by itself or an
    ancestor (:func:`hidden_visually`)."""
    return is_visible(doc, element) and closest(
        doc, "hidden-visually", element, lambda el: hidden_visually(doc, el)) is None


_ZERO_ALPHA = re.compile(r"^0*(?:\.0*)?%?$")


def clear_colour(color: str) -> bool:
    """A fully transparent colour: ``transparent``, ``#rgb0``/``#rrggbb00``, or an
    ``rgb()``/``hsl()`` form whose alpha (fourth or after-slash component) is 0."""
    color = color.strip()
    if color == "transparent" or re.fullmatch(r"#[0-9a-f]{3}0|#[0-9a-f]{6}00", color):
        return True
    form = re.fullmatch(r"(?:rgb|hsl|hwb|lab|lch|oklab|oklch)a?\((.*)\)", color)
    if form is None:
        return False
    body = form.group(1)
    if "/" in body:
        alpha = body.rsplit("/", 1)[1]
    else:
        parts = body.split(",")
        alpha = parts[3] if len(parts) == 4 else "1"
    return bool(_ZERO_ALPHA.match(alpha.strip()))


def transparent_text(doc: Document, element: Element) -> bool:
    """The element's own text is drawn in a fully transparent colour (``color`` inherits: the
    nearest declaration counts) or inside an element of ``opacity: 0``: ACT *visible* text
    changes no pixel."""
    for el in lineage(element):
        opacity = author_value(doc, el, "opacity")
        if opacity is not None and _ZERO_ALPHA.match(opacity.strip()):
            return True
    for el in lineage(element):
        color = author_value(doc, el, "color")
        if color is not None and color not in {"inherit", "unset"}:
            return clear_colour(color)
    return False


def clear_text_only(doc: Document, element: Element) -> bool:
    """All the element holds is text, all of it transparent (:func:`transparent_text`): it
    is ACT *visible* only if a border or background is drawn, which markup does not tell."""
    holders = [el for el in element.iter() if isinstance(el.tag, str)
               and ((el.text or "").strip() or any((c.tail or "").strip() for c in el))]
    drawing = any(isinstance(el.tag, str) and local_name(el) not in {
        "br", "wbr", "span", "b", "i", "em", "strong", "template"}
        for el in element.iterdescendants())
    return bool(holders) and not drawing and all(transparent_text(doc, el)
                                                  for el in holders)


def in_presentational_children(doc: Document, element: Element) -> bool:
    """Inside an element whose role's children are presentational (WAI-ARIA 1.2: button,
    checkbox, img, option, tab...): user agents do not expose it through the accessibility
    API, whatever its own role."""
    def own(el: Element) -> bool | None:
        found = aria.ROLES.get(role(doc, el) or "")
        return True if found is not None and found.presentational_children else None
    up = parent(element)
    return up is not None and inherited(doc, "presentational-children", up, own)


def has_global_aria(element: Element) -> bool:
    """Carries a global ARIA state or property (which overrides ``role="none"``); an empty or
    blank value is no value (WAI-ARIA: an empty state or property is as if not specified)."""
    return any(str(key) in aria.GLOBAL_ATTRIBUTES and str(key) != "aria-hidden"
               and str(value).strip(" \t\n\f\r") for key, value in element.attrib.items())


def tabindex(element: Element) -> int | None:
    """The parsed ``tabindex`` (None when absent or not an integer).

    HTML's rules for parsing integers: leading ASCII whitespace and a sign, then digits;
    anything after them is ignored (``"-1px"`` is -1).
    """
    value = element.get("tabindex")
    if value is None:
        return None
    found = _INTEGER.match(value)
    return int(found.group(1)) if found else None


def is_disabled(element: Element) -> bool:
    """Disabled form control (own attribute or a disabled fieldset, outside its legend)."""
    if local_name(element) not in _NATIVE_DISABLABLE or namespace(element) != HTML_NS:
        return False
    if element.get("disabled") is not None:
        return True
    for el in ancestors(element):
        if local_name(el) == "fieldset" and el.get("disabled") is not None:
            legend = next((c for c in el if local_name(c) == "legend"), None)
            return legend is None or element not in legend.iterdescendants()
    return False


def input_type(element: Element) -> str:
    """An ``input``'s ``type`` as HTML matches it: ASCII-lowercased, not trimmed."""
    return (element.get("type") or "").translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


#: HTML elements focusable without ``tabindex`` (HTML §6.6.3, the focusable areas), each with
#: the attribute it needs (None: none) — then refined in :func:`natively_focusable` (disabled,
#: ``input type=hidden``, a ``details``' first ``summary``) and, in the live engine, by the
#: browser; ``object``/``embed`` (when they hold a document) and editing hosts come on top.
NATIVE_FOCUS: dict[str, str | None] = {
    "a": "href", "area": "href", "button": None, "input": None, "select": None,
    "textarea": None, "iframe": None, "summary": None, "audio": "controls", "video": "controls",
}


def native_focus_selector() -> str:
    """:data:`NATIVE_FOCUS` as a CSS selector (for the in-page scripts)."""
    return ", ".join(tag + (f"[{attr}]" if attr else "") for tag, attr in NATIVE_FOCUS.items())


def natively_focusable(element: Element) -> bool:
    """Focusable by the browser without ``tabindex``."""
    name = local_name(element)
    ns = namespace(element)
    if ns == SVG_NS:
        return name == "a" and (element.get("href") or
                                element.get("{http://www.w3.org/1999/xlink}href")) is not None
    if ns != HTML_NS or is_disabled(element):
        return False
    if name in NATIVE_FOCUS and name not in {"input", "summary"}:
        needed = NATIVE_FOCUS[name]
        return needed is None or element.get(needed) is not None
    if name == "input":
        return input_type(element) != "hidden"
    if name in {"object", "embed"}:
        return embedded_kind(element) == "document"  # a navigable container, as iframe
    if name == "summary":
        return _details_summary(element)
    editable = element.get("contenteditable")
    return editable is not None and editable.lower() in {"", "true", "plaintext-only"}


#: File extensions of image, audio and video resources, and of HTML documents.
_EXTENSION_KINDS = {
    **dict.fromkeys(("png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "ico"), "image"),
    **dict.fromkeys(("mp3", "wav", "oga", "m4a", "aac", "flac"), "audio"),
    **dict.fromkeys(("mp4", "webm", "ogg", "ogv", "mov", "m4v", "avi"), "video"),
    **dict.fromkeys(("html", "htm", "xhtml"), "document"),
}
_EXTENSION = re.compile(r"\.([A-Za-z0-9]+)(?:[?#].*)?$")


def embedded_kind(element: Element) -> str | None:
    """What an ``object`` (``data``) or ``embed`` (``src``) embeds, as far as markup tells:
    ``image``, ``audio``, ``video``, ``document`` (HTML: the element is then a navigable
    container), ``other`` (another MIME type), or None. Read from the ``type`` attribute, else
    a ``data:`` URL's MIME type, else the URL's file extension; the server's Content-Type,
    which browsers follow, is not known."""
    url = (element.get("data" if local_name(element) == "object" else "src") or "").strip()
    if not url:
        return None
    mime = aria.ascii_lower(element.get("type") or "").strip()
    if not mime and aria.ascii_lower(url[:5]) == "data:":
        mime = aria.ascii_lower(url[5:].split(";", 1)[0].split(",", 1)[0]).strip()
    if mime:
        major = mime.split("/", 1)[0]
        if major in {"image", "audio", "video"}:
            return major
        return "document" if mime in {"text/html", "application/xhtml+xml"} else "other"
    found = _EXTENSION.search(url.split("#", 1)[0].split("?", 1)[0])
    return _EXTENSION_KINDS.get(aria.ascii_lower(found.group(1))) if found else None


def _details_summary(element: Element) -> bool:
    """The first ``summary`` child of a ``details``: the control that opens it."""
    up = parent(element)
    return up is not None and local_name(up) == "details" and next(
        (c for c in up if local_name(c) == "summary"), None) is element


def summary_button(element: Element) -> bool:
    """A ``details``' summary whose ``button`` role only browsers give it: ARIA in HTML maps
    ``summary`` to "No corresponding role" (ACT 2t702h: a button role "deviates from the
    implicit ARIA semantics"), so rules on the ``button`` role, read exactly, skip it."""
    return (namespace(element) == HTML_NS and local_name(element) == "summary"
            and explicit_role(element) is None)


def is_focusable(doc: Document, element: Element) -> bool:
    """Can receive focus at all (click or script): visible and not inert."""
    memo = doc.memo("focusable")
    found = memo.get(element)
    if found is None:
        found = memo[element] = _focusable(doc, element)
    return bool(found)


def _focusable(doc: Document, element: Element) -> bool:
    if not is_visible(doc, element) or is_inert(doc, element):
        return False
    if element.tag == "area" and not _in_used_map(doc, element):
        return False  # no shape to focus
    index = tabindex(element)
    if index is not None and not is_disabled(element):
        return True
    return natively_focusable(element)


def _in_used_map(doc: Document, area: Element) -> bool:
    """HTML §6.6.2: an ``area`` is a focusable area only in an image map associated with an
    ``img`` that is being rendered (``usemap`` names the map by its ``name`` or ``id``)."""
    used: set[str] | None = doc.values.get("used-image-maps")
    if used is None:
        used = doc.values["used-image-maps"] = {
            (img.get("usemap") or "")[1:] for img in doc.tags("img")
            if (img.get("usemap") or "").startswith("#") and is_visible(doc, img)}
    found = next((el for el in ancestors(area) if el.tag == "map"), None)
    return found is not None and any(
        key in used for key in (found.get("name"), found.get("id")) if key)


def in_sequential_focus(doc: Document, element: Element) -> bool:
    """Reachable with the Tab key."""
    if not is_focusable(doc, element):
        return False
    index = tabindex(element)
    return index is None or index >= 0


def _svg_group_included(doc: Document, element: Element) -> bool:
    """SVG-AAM "Including Elements in the Accessibility Tree", for a ``g``: a ``title`` or
    ``desc`` child with text, a name or description by ARIA, or focusable (an explicit role
    is decided before the implicit one is asked for)."""
    if any((element.get(name) or "").strip()
           for name in ("aria-label", "aria-labelledby", "aria-describedby")):
        return True
    for child in element:
        if isinstance(child.tag, str) and namespace(child) == SVG_NS and \
                local_name(child) in {"title", "desc"} and text_content(child):
            return True
    return is_focusable(doc, element)


def implicit_role(doc: Document, element: Element) -> str | None:
    """The role HTML-AAM / SVG-AAM gives the element without a ``role`` attribute."""
    name, ns = name_and_namespace(element)
    if ns == SVG_NS:
        if name == "svg":
            return "graphics-document"
        if name == "a" and natively_focusable(element):
            return "link"
        if name == "g":
            return "group" if _svg_group_included(doc, element) else None
        return None
    if ns != HTML_NS:
        return None
    if name in {"a", "area"}:
        return "link" if element.get("href") is not None else ("generic" if name == "a"
                                                                else None)
    if name == "img":
        alt = element.get("alt")
        if alt == "" and not has_global_aria(element) and not is_focusable(doc, element):
            return "presentation"
        return "img"
    if name == "input":
        kind = input_type(element)
        if kind in COMBOBOX_INPUT_TYPES and element.get("list"):
            return "combobox"
        return INPUT_ROLES.get(kind) if kind in INPUT_ROLES else (
            None if kind in ROLELESS_INPUT_TYPES else "textbox")
    if name == "select":
        size = element.get("size") or ""
        multiple = element.get("multiple") is not None
        return "listbox" if multiple or (size.isdigit() and int(size) > 1) else "combobox"
    if name in {"header", "footer"}:
        up = parent(element)
        scoped = up is not None and closest(
            doc, "sectioning", up, lambda el: local_name(el) in _SECTIONING) is not None
        if scoped:
            return "generic"
        return "banner" if name == "header" else "contentinfo"
    if name == "section":
        return "region" if author_named(doc, element) else "generic"
    if name == "form":
        return "form" if author_named(doc, element) else None
    if name in {"td", "th"}:
        table = next((el for el in lineage(element) if local_name(el) == "table"), None)
        table_role = role(doc, table) if table is not None else None
        if table_role not in TABLE_ROLES:
            return None
        if name == "td":
            return "gridcell" if table_role in {"grid", "treegrid"} else "cell"
        scope = (element.get("scope") or "").lower()
        if scope in {"row", "rowgroup"}:
            return "rowheader"
        if scope in {"col", "colgroup"}:
            return "columnheader"
        return _header_direction(element)
    if name in TABLE_PARTS:
        table = next((el for el in lineage(element) if local_name(el) == "table"), None)
        if table is not None and role(doc, table) not in TABLE_ROLES:
            return None
        return SIMPLE_ROLES[name]
    if name == "summary":  # HTML-AAM: only a details' first summary child is its control
        return "button" if _details_summary(element) else "generic"
    if name == "li":
        # HTML-AAM maps li to listitem; ARIA in HTML narrows it to an li whose parent is a
        # list (generic elsewhere). A list is ol, ul, menu, or an element whose role is list,
        # such as <div role="list">, whose li children browsers expose as its items.
        up = parent(element)
        listed = up is not None and (local_name(up) in {"ol", "ul", "menu"}
                                     or role(doc, up) in {"list", "directory"})
        return "listitem" if listed else "generic"
    if "-" in name and name not in SIMPLE_ROLES:
        return "generic"  # HTML-AAM: autonomous custom elements
    return SIMPLE_ROLES.get(name)


def _header_direction(cell: Element) -> str:
    """A ``th`` with no scope, as browsers expose it (HTML-AAM leaves this to them; Chromium's
    rule): a column header when alone in its row or between two header cells; a row header
    when a non-empty ``td`` is next to it, or is the first, second, second-to-last or last
    cell of its row; otherwise a column header. An empty corner ``td`` (the common cell where
    a row of column headers meets the column of row headers) does not make the headers of
    its row row headers."""
    row = parent(cell)
    if row is None:
        return "columnheader"
    cells = [c for c in row if isinstance(c.tag, str) and local_name(c) in {"td", "th"}]
    at = next((i for i, c in enumerate(cells) if c is cell), None)
    if at is None or len(cells) == 1:
        return "columnheader"

    def data(index: int) -> bool:
        """A non-empty ``td`` at ``index`` (any child node counts, as in the browser)."""
        if not 0 <= index < len(cells) or local_name(cells[index]) != "td":
            return False
        return bool(cells[index].text) or len(cells[index]) > 0

    before = cells[at - 1] if at > 0 else None
    after = cells[at + 1] if at + 1 < len(cells) else None
    if before is not None and after is not None and local_name(before) == "th" \
            and local_name(after) == "th":
        return "columnheader"
    if data(at - 1) or data(at + 1):
        return "rowheader"
    last = len(cells) - 1
    return "rowheader" if any(data(i) for i in (0, last, 1, last - 1)) else "columnheader"


def explicit_role(element: Element) -> str | None:
    """The first valid token of ``role``, if any."""
    for token in aria.role_tokens(element.get("role")):
        if aria.is_valid_role(token):
            return "none" if token == "presentation" else token
    return None


#: HTML tags whose implicit role asks more than the tag and an attribute or the parent's
#: tag (focus, names, the table, sectioning ancestors): :func:`role` keeps theirs.
_CONTEXT_TAGS = frozenset({"img", "input", "select", "header", "footer", "section", "form",
                           "td", "th", "summary", *TABLE_PARTS})


def role(doc: Document, element: Element) -> str | None:
    """The computed role: explicit, else implicit; ``none`` loses to focus or global ARIA."""
    memo = doc.cache.get("role")
    if memo is None:
        memo = doc.memo("role")
    cached = memo.get(element, _UNKNOWN)
    if cached is not _UNKNOWN:
        return cached  # type: ignore[no-any-return]
    if element.get("role") is None:
        tag = element.tag
        if tag in PLAIN_TAGS:  # most of a page (div, span, p): from the table, not kept
            return SIMPLE_ROLES[tag]
        found = implicit_role(doc, element)
        if tag not in _CONTEXT_TAGS and tag[0] != "{" and "-" not in tag:
            return found  # a link, a list item, a script: as quick again as a lookup
    else:
        found = explicit_role(element)
        conflict = found == "none" and (has_global_aria(element) or is_focusable(doc, element))
        if conflict or found is None:
            found = implicit_role(doc, element)
    if found == "presentation":
        found = "none"
    memo[element] = found
    return found


def with_role(doc: Document, *roles: str | None) -> list[Element]:
    """The elements whose computed role is one of ``roles``, in document order.

    Every element's role is worked out once, in one walk, the first time a rule asks: a
    dozen rules each looked for their roles by asking every element of the page.
    """
    index = _role_index(doc)
    if len(roles) == 1:
        return list(index.get(roles[0], ()))
    lists = [listed for name in dict.fromkeys(roles) if (listed := index.get(name))]
    if len(lists) <= 1:
        return list(lists[0]) if lists else []
    # Several roles: back into document order by one pass over the page (a dict of every
    # element's position, kept for the page, cost more memory than the rest of this index).
    wanted = {el for listed in lists for el in listed}
    return [el for el in doc.elements if el in wanted]


def _role_index(doc: Document) -> dict[str | None, list[Element]]:
    """The page's elements by computed role, each role's in document order."""
    index: dict[str | None, list[Element]] | None = doc.values.get("role-index")
    if index is None:
        index = {}
        memo = doc.memo("role")
        for el in doc.elements:
            found = memo.get(el, _UNKNOWN)
            if found is _UNKNOWN:
                tag = el.tag
                if tag in PLAIN_TAGS and el.get("role") is None:  # role()'s first answer
                    found = SIMPLE_ROLES[tag]
                else:
                    found = role(doc, el)
            listed = index.get(found)
            if listed is None:
                index[found] = [el]
            else:
                listed.append(el)
        doc.values["role-index"] = index
    return index


def carrying(doc: Document, *names: str) -> list[Element]:
    """The elements carrying any of these attributes (without a namespace), in document
    order, listed once per page (a comprehension over the page's elements: an XPath
    ``descendant-or-self::*[@role]`` took half as long again on the pages of bench/pages)."""
    key = f"carrying:{' '.join(names)}"
    found: list[Element] | None = doc.values.get(key)
    if found is None:
        if len(names) == 1:
            name = names[0]
            found = [el for el in doc.elements if el.get(name) is not None]
        elif len(names) == 2:
            first, second = names
            found = [el for el in doc.elements
                     if el.get(first) is not None or el.get(second) is not None]
        else:
            found = [el for el in doc.elements
                     if any(el.get(name) is not None for name in names)]
        doc.values[key] = found
    return list(found)


def is_landmark(doc: Document, element: Element) -> bool:
    """Has a landmark role (region only when named, as browsers expose it)."""
    found = role(doc, element)
    if found == "region":
        return author_named(doc, element)
    return found in aria.LANDMARK_ROLES


def author_named(doc: Document, element: Element) -> bool:
    """Named by its author, as HTML-AAM asks of a ``section`` (region) or ``form`` (form
    landmark): a non-blank ``aria-label`` or ``title``, or an ``aria-labelledby`` naming an
    element that exists (a blank value names nothing: accname skips it)."""
    for attribute in ("aria-label", "title"):
        if (element.get(attribute) or "").strip(" \t\n\f\r"):
            return True
    return any(doc.by_id(ident, element) is not None
               for ident in aria.split_tokens(element.get("aria-labelledby") or ""))


def is_heading(doc: Document, element: Element) -> bool:
    return role(doc, element) == "heading"


def heading_level(element: Element) -> int:
    """``aria-level`` when valid, else the ``hN`` number, else 2."""
    raw = (element.get("aria-level") or "").strip()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    name = local_name(element)
    if len(name) == 2 and name[0] == "h" and name[1] in "123456":
        return int(name[1])
    return 2


def text_content(element: Element) -> str:
    """All descendant text, whitespace collapsed."""
    return " ".join("".join(str(t) for t in element.itertext()).split())


def is_html_page(doc: Document) -> bool:
    """The document is an HTML page (not an SVG or other XML document, even one that is not
    well-formed and so was read by the HTML parser)."""
    return local_name(doc.root) == "html" and namespace(doc.root) == HTML_NS \
        and doc.file_ext not in {"svg", "xml"}
