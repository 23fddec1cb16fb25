"""Names of controls: buttons, form fields, menu items and disclosure summaries (W3C ACT)."""

from __future__ import annotations

from collections.abc import Iterable

from broadsheet.checks import dom
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict
from broadsheet.checks.rules.names import named
from broadsheet.findings import Impact


def _html(element: Element, *names: str) -> bool:
    return namespace(element) == HTML_NS and local_name(element) in names


def _input_type(element: Element) -> str:
    return dom.input_type(element)


class ButtonName(Rule):
    """Checks that buttons have a name.

    Elements with the ``button`` role (``button``, ``input type=submit|reset|button``,
    ``role="button"``) in the accessibility tree. Image buttons are judged by
    ``input-image-alt`` and ``summary`` elements by ``summary-name``.

    Why it matters: a button without a name is announced as just "button"; people using a
    screen reader or voice control cannot tell what it does or ask for it.

    How to fix: put text in the button, give its icon an ``alt``, or add ``aria-label``;
    ``input type=button`` needs a ``value``.
    """

    id = "button-name"
    help = "Give buttons a name"
    description = "Elements with role button in the accessibility tree have a name."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("97a4e1",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.with_role(doc, "button")
                if dom.in_accessibility_tree(doc, el)
                and not (_html(el, "input") and _input_type(el) == "image")
                and not dom.summary_button(el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return named(doc, element, "The button")


#: Roles of form fields: the ``input``, ``select`` and ``menuitem`` descendants that take a
#: value (ARIA 1.2), as the ACT rule lists them.
FIELD_ROLES = frozenset({"checkbox", "combobox", "listbox", "menuitemcheckbox",
                         "menuitemradio", "radio", "searchbox", "slider", "spinbutton",
                         "switch", "textbox"})
#: ``input`` types HTML-AAM maps to no ARIA role that still take a value.
ROLELESS_INPUTS = frozenset({"color", "date", "datetime-local", "file", "month", "password",
                             "time", "week"})


class FormFieldName(Rule):
    """Checks that form fields have a name.

    Elements in the accessibility tree with a form-field role (checkbox, combobox, listbox,
    radio, searchbox, slider, spinbutton, switch, textbox, menuitemcheckbox, menuitemradio),
    and ``input`` elements of the types without a role (password, date, color, file...).
    Disabled fields count too: screen readers list them.

    Why it matters: without a name a screen reader announces "edit text" or "checkbox" and
    nothing says what to enter or choose.

    How to fix: associate a ``<label for>`` (or wrap the field in a ``label``), or use
    ``aria-labelledby``/``aria-label``. A ``placeholder`` alone disappears as people type.
    """

    id = "form-field-name"
    help = "Give form fields a name"
    description = "Form fields in the accessibility tree have an accessible name."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("e086e5",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in doc.elements:
            role = dom.role(doc, el)
            field = role in FIELD_ROLES or (
                role is None and _html(el, "input") and _input_type(el) in ROLELESS_INPUTS)
            if field and dom.in_accessibility_tree(doc, el):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return named(doc, element, "The form field")


class MenuitemName(Rule):
    """Checks that menu items have a name.

    HTML elements with the ``menuitem`` role in the accessibility tree.

    Why it matters: an unnamed menu item is announced as "menu item" alone; people cannot
    tell the commands of the menu apart.

    How to fix: put text in the item or add ``aria-label``/``aria-labelledby``.
    """

    id = "menuitem-name"
    help = "Give menu items a name"
    description = "HTML elements with role menuitem in the accessibility tree have a name."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("m6b1q3",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.with_role(doc, "menuitem") if namespace(el) == HTML_NS
                and dom.in_accessibility_tree(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return named(doc, element, "The menu item")


class SummaryName(Rule):
    """Checks that the ``summary`` that opens a ``details`` element has a name.

    The first ``summary`` child of a ``details``, in the accessibility tree, with no role of
    its own (or one ignored because it is focusable). The disclosure triangle alone is not a
    name.

    Why it matters: the summary is the button that shows and hides the details; empty, it is
    announced as an unlabelled control.

    How to fix: put text in the ``summary`` (or give it ``aria-label``).
    """

    id = "summary-name"
    help = "Give details summaries a name"
    description = "summary elements that toggle their details have an accessible name."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("2t702h",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in doc.tags("summary"):
            up = dom.parent(el)
            if namespace(el) != HTML_NS or up is None or not _html(up, "details"):
                continue
            first = next((c for c in up if isinstance(c.tag, str)
                          and _html(c, "summary")), None)
            explicit = dom.explicit_role(el)
            own_role = explicit is not None and not (
                explicit == "none" and dom.role(doc, el) != "none")
            if first is el and not own_role and dom.in_accessibility_tree(doc, el):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return named(doc, element, "The summary")


RULES = [ButtonName, FormFieldName, MenuitemName, SummaryName]
