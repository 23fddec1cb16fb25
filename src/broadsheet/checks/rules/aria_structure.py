"""ARIA structure: required context and owned roles, focus inside hidden or presentational
content."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from broadsheet.checks import aria, dom
from broadsheet.checks.parse import HTML_NS, SVG_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.checks.scripting import script_mentions
from broadsheet.findings import Impact


def ignored(doc: Document, element: Element) -> bool:
    """Left out of the accessibility tree's structure: its children move up a level."""
    role = dom.role(doc, element)
    if role == "none":
        return True
    if role in {None, "generic"}:
        return not dom.has_global_aria(element) and not dom.is_focusable(doc, element)
    return False


def _owners(doc: Document) -> dict[Element, Element]:
    """Each element an ``aria-owns`` takes (the first owner in document order; never the
    root), found once per page among the elements carrying it."""
    found: dict[Element, Element] | None = doc.values.get("aria-owners")
    if found is None:
        found = doc.values["aria-owners"] = {}
        for el in dom.carrying(doc, "aria-owns"):
            for ident in aria.split_tokens(el.get("aria-owns") or ""):
                target = doc.by_id(ident, el)
                if target is not None and target not in found and target is not el \
                        and target is not doc.root:
                    found[target] = el
    return found


def accessibility_parent(doc: Document, element: Element) -> Element | None:
    """The nearest ancestor (or ``aria-owns`` owner) that is not ignored."""
    owners = _owners(doc)
    current: Element | None = element
    while current is not None:
        up = owners.get(current)
        if up is None:
            up = dom.parent(current)
        if up is None:
            return None
        if not ignored(doc, up):
            return up
        current = up
    return None


_LABELABLE = ("input", "select", "textarea", "button", "meter", "output", "progress")


def _labels_a_control(element: Element) -> bool:
    """An HTML ``label`` with a ``for`` or a labelable control inside."""
    return local_name(element) == "label" and namespace(element) == HTML_NS and (
        element.get("for") is not None
        or any(isinstance(el.tag, str) and local_name(el) in _LABELABLE
               for el in element.iterdescendants()))


def owned(doc: Document, element: Element) -> Iterator[Element]:
    """The elements ``element`` owns: its children in the accessibility tree.

    Text is not an element, so text directly in ``element`` is owned by nothing here. An
    element left out of the tree's structure (``role=none``, or generic with no ARIA and no
    focus) passes its children up, except a generic element that holds text of its own: the
    tree keeps it, as a generic element, to hold that text. Text in a ``label`` that names a
    control (``<label><input type=radio> Small</label>``) is the control's name."""
    owners = _owners(doc)
    stack: list[Element] = [element]
    first = True
    while stack:
        node = stack.pop()
        children = [c for c in node if isinstance(c.tag, str)]
        if first:
            for ident in aria.split_tokens(node.get("aria-owns") or ""):
                target = doc.by_id(ident, node)
                if target is not None:
                    children.append(target)
            first = False
        for child in children:
            owner = owners.get(child)
            if owner is not None and owner is not element and child.getparent() is node:
                continue
            if not dom.in_accessibility_tree(doc, child):
                continue
            if not ignored(doc, child) or (
                    dom.role(doc, child) != "none" and _holds_text(child)
                    and not _labels_a_control(child)):
                yield child
            else:
                stack.append(child)


def _holds_text(element: Element) -> bool:
    """Text (not only white space) directly in ``element``, not inside its child elements."""
    return bool((element.text or "").strip()) or any(
        (child.tail or "").strip() for child in element)


class AriaRequiredParent(Rule):
    """Checks that elements whose role needs a context role sit inside one.

    An ``li`` with role ``listitem`` outside a list is ``cant_tell``: ARIA in HTML makes it
    generic, HTML-AAM a listitem (then its roles are identical and the rule does not apply).

    Why it matters: a ``listitem`` outside a list, or a ``tab`` outside a ``tablist``, loses
    its position and count ("item 2 of 5") and may not be announced at all.

    How to fix: wrap the element in its required parent role, or use the native element.
    """

    id = "aria-required-parent"
    help = "Put ARIA roles inside their required parent role"
    description = "Elements with an explicit role needing a context have it as their parent."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("1.3.1",)
    act_ids = ("ff89c9",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in dom.carrying(doc, "role"):  # an explicit role needs the attribute
            role = dom.explicit_role(el)
            spec = aria.ROLES.get(role or "")
            if spec is not None and spec.context and role != dom.implicit_role(doc, el) \
                    and namespace(el) in {HTML_NS, SVG_NS} \
                    and dom.in_accessibility_tree(doc, el):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        role = dom.explicit_role(element) or ""
        context = aria.ROLES[role].context
        up = accessibility_parent(doc, element)
        up_role = dom.role(doc, up) if up is not None else None
        if up_role in context:
            return passed(f"Role {role} is inside {up_role}")
        if role == "listitem" and local_name(element) == "li" and namespace(element) == HTML_NS:
            # ARIA in HTML: a loose li is generic; HTML-AAM: listitem, the rule's own
            # example of identical roles (then inapplicable).
            return cant_tell("An li outside a list with role listitem: whether its implicit "
                             "role is listitem (then the rule does not apply) is not settled")
        return failed(f"Role {role} must be inside {' or '.join(context)}; "
                      f"its parent is {up_role or 'the page'}")


#: Roles that own required children, and roles whose children are presentational.
_OWNING = tuple(name for name, spec in aria.ROLES.items() if spec.owned)
_PRESENTATIONAL_CHILDREN = tuple(name for name, spec in aria.ROLES.items()
                                 if spec.presentational_children)


def _busy(doc: Document, element: Element) -> bool:
    """An inclusive ancestor says ``aria-busy="true"``: its content is still being built."""
    return dom.inherited(doc, "aria-busy", element,
                         lambda el: True if aria.is_true(el, "aria-busy") else None)


class AriaRequiredChildren(Rule):
    """Checks that elements whose role owns specific roles contain only those.

    A ``group`` in a menu, listbox or tree may itself own only their items (WAI-ARIA 1.2's
    "group → menuitem").

    Why it matters: a list holding things that are not list items (or a menu holding links)
    is announced with the wrong size and structure.

    How to fix: give each child the required role (``listitem``, ``option``, ``menuitem``…),
    or use the native elements.
    """

    id = "aria-required-children"
    help = "Give ARIA roles only their required children"
    description = "Elements whose role requires owned elements own only allowed roles."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("1.3.1",)
    act_ids = ("bc4a75",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in dom.with_role(doc, *_OWNING):
            if namespace(el) in {HTML_NS, SVG_NS} \
                    and dom.in_accessibility_tree(doc, el) and not _busy(doc, el):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        role = dom.role(doc, element) or ""
        allowed = set(aria.ROLES[role].owned)
        for child in owned(doc, element):
            child_role = dom.role(doc, child)
            if child_role not in allowed:
                return failed(f"Role {role} owns a {child_role or 'plain'} element; allowed: "
                              f"{', '.join(sorted(allowed))}")
            inner = _ARROWS.get(role, {}).get(child_role or "")
            if inner is not None:
                wrong = _outside(doc, child, inner)
                if wrong is not None:
                    return failed(f"A {child_role} in role {role} owns {wrong}; allowed: "
                                  f"{', '.join(sorted(inner))}")
        return passed(f"Role {role} owns only allowed roles")


#: WAI-ARIA 1.2's arrow entries ("group → menuitem", "rowgroup → row"): a group a menu,
#: listbox or tree owns may own only these roles itself (separators as in menus), and a
#: rowgroup of a grid, table or treegrid only rows (bc4a75's background: "elements with a
#: role of menu may only own elements with a role of group who themselves only own ...").
_MENU_GROUP = frozenset({"menuitem", "menuitemcheckbox", "menuitemradio", "separator"})
_ROWGROUP = {"rowgroup": frozenset({"row"})}
_ARROWS: dict[str, dict[str, frozenset[str]]] = {
    "menu": {"group": _MENU_GROUP}, "menubar": {"group": _MENU_GROUP},
    "listbox": {"group": frozenset({"option"})}, "tree": {"group": frozenset({"treeitem"})},
    "grid": _ROWGROUP, "table": _ROWGROUP, "treegrid": _ROWGROUP,
}


def _outside(doc: Document, group: Element, allowed: frozenset[str]) -> str | None:
    """What the group owns outside ``allowed``, if anything."""
    for child in owned(doc, group):
        child_role = dom.role(doc, child)
        if child_role not in allowed:
            return f"a {child_role or 'plain'} element"
    return None


def _focusable_inside(doc: Document, element: Element, *, include_self: bool) -> Element | None:
    """The first element inside reachable with Tab; a frame only when nothing else is."""
    candidates = element.iter() if include_self else element.iterdescendants()
    frame = None
    for el in candidates:
        if isinstance(el.tag, str) and dom.in_sequential_focus(doc, el):
            if local_name(el) not in _FRAMES:
                return el
            frame = frame if frame is not None else el
    return frame


#: Frames are not focusable themselves: Tab enters the page they load, unseen here.
_FRAMES = {"iframe", "frame"}


def _frame_only(found: Element, doc: Document) -> Verdict | None:
    if local_name(found) in _FRAMES and dom.tabindex(found) is None:
        return cant_tell(f"Contains an {local_name(found)}: whether the page it loads has "
                         "content reachable with Tab cannot be told from the markup")
    if script_mentions(doc, _FOCUS_MOVES):
        # ACT "focusable": an element that loses focus within a second is not focusable.
        return cant_tell("Reachable with Tab, but the page's code moves focus, which may "
                         "take it away again")
    return None


#: What code that moves focus away says (``el.blur()``, ``other.focus()``).
_FOCUS_MOVES = ("blur", "focus(")


class AriaHiddenFocus(Rule):
    """Checks that content hidden with ``aria-hidden="true"`` cannot be tabbed to.

    Why it matters: keyboard users land on something screen readers say nothing about.

    How to fix: remove ``aria-hidden``, or take the content out of the tab order
    (``tabindex="-1"``, ``disabled``, ``inert``).
    """

    id = "aria-hidden-focus"
    help = "Keep focusable content out of aria-hidden"
    description = "Elements with aria-hidden=true have no content in sequential focus order."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("6cfa84",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.carrying(doc, "aria-hidden")
                if aria.is_true(el, "aria-hidden")]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        found = _focusable_inside(doc, element, include_self=True)
        if found is not None:
            return _frame_only(found, doc) or failed(
                "Hidden from assistive technology but reachable with Tab")
        return passed("Nothing inside can be tabbed to")


class NestedInteractive(Rule):
    """Checks that controls whose children are presentational contain nothing focusable.

    Why it matters: a link inside a button (or an image role) is reachable by keyboard but
    never announced.

    How to fix: move the inner control out, next to the outer one.
    """

    id = "nested-interactive"
    help = "Do not nest focusable content in buttons and similar controls"
    description = "Elements with presentational children have no focusable descendants."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("307n5z",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        # hidden or not: Tab still reaches what is inside. A details' summary is no button
        # for 307n5z (no semantic role: ARIA in HTML), so a link in it is not judged here.
        return [el for el in dom.with_role(doc, *_PRESENTATIONAL_CHILDREN)
                if not dom.summary_button(el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        found = _focusable_inside(doc, element, include_self=False)
        if found is not None:
            return _frame_only(found, doc) or failed(
                f"A {dom.role(doc, element)} contains focusable content that assistive "
                "technology will not announce")
        return passed("No focusable content inside")


RULES = [AriaRequiredParent, AriaRequiredChildren, AriaHiddenFocus, NestedInteractive]
