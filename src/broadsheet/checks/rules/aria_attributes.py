"""ARIA attributes and roles: defined, valid, permitted, not prohibited, required present."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from broadsheet.checks import aria, dom
from broadsheet.checks.parse import (
    HTML_NS,
    SVG_NS,
    Document,
    Element,
    attribute_items,
    local_name,
    namespace,
)
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.checks.scripting import script_mentions
from broadsheet.findings import Impact

_INTEGER = re.compile(r"[+-]?[0-9]+")  # ASCII digits: \d would take any script's digits
_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")


def _aria_attrs(element: Element) -> list[tuple[str, str]]:
    return [(k, v) for k, v in attribute_items(element) if k.startswith("aria-")]


_ARIA_CARRIERS = etree.XPath("descendant-or-self::*[@*[namespace-uri() = '' and "
                             "starts-with(local-name(), 'aria-')]]")


def _any_with_aria(doc: Document) -> list[Element]:
    """The page's elements of any namespace (MathML too) with an ``aria-*`` attribute,
    listed once per page (one XPath)."""
    found: list[Element] | None = doc.values.get("aria-attributed-any")
    if found is None:
        found = doc.values["aria-attributed-any"] = [
            el for el in _ARIA_CARRIERS(doc.root)  # type: ignore[union-attr]
            if isinstance(el, etree._Element)]
    return found


def _with_aria(doc: Document) -> list[Element]:
    """The page's HTML and SVG elements with an ``aria-*`` attribute, listed once per page
    for every ARIA rule but aria-valid-attr."""
    found: list[Element] | None = doc.values.get("aria-attributed")
    if found is None:
        found = doc.values["aria-attributed"] = [
            el for el in _any_with_aria(doc) if namespace(el) in {HTML_NS, SVG_NS}]
    return found


def valid_value(name: str, value: str) -> bool:
    """Whether ``value`` is valid for ARIA attribute ``name``: a keyword as written
    (:func:`aria.keyword`, untrimmed), tokens split on ASCII whitespace, numbers trimmed."""
    kind = aria.ATTRIBUTE_TYPES.get(name)
    if kind in {"true/false", "tristate", "true/false/undefined", "token"}:
        # aria-checked and aria-pressed list "undefined" (the default) too
        return aria.keyword(name, value) is not None
    if kind == "tokens":
        return all(token in aria.TOKENS[name]
                   for token in aria.split_tokens(aria.ascii_lower(value)))
    text = value.strip(aria.ASCII_WHITESPACE).lower()
    if kind == "integer":
        return bool(_INTEGER.fullmatch(text))
    if kind == "number":
        return bool(_NUMBER.fullmatch(text))
    if kind == "idref":
        return len(aria.split_tokens(text)) <= 1
    return True


_ZERO_FRACTION = re.compile(r"[+-]?[0-9]+\.0*")


def unsettled_value(name: str, value: str) -> str | None:
    """Why WAI-ARIA 1.2's value types do not settle an otherwise invalid ``value``, if so:
    an integer written with a zero fraction ("a numerical value without a fractional
    component"), or an ID reference holding whitespace (the type gives no syntax)."""
    kind = aria.ATTRIBUTE_TYPES.get(name)
    text = value.strip(aria.ASCII_WHITESPACE)
    if kind == "integer" and _ZERO_FRACTION.fullmatch(text):
        return f'{name}="{value}" is a whole number written with a fraction'
    if kind == "idref" and len(aria.split_tokens(text)) > 1:
        return f'{name}="{value}" holds whitespace, which no id can'
    return None


class AriaValidAttr(Rule):
    """Checks that every ``aria-*`` attribute is defined in WAI-ARIA.

    Why it matters: a misspelt attribute (``aria-labeledby``) does nothing, so the state or
    label the author meant is never exposed.

    How to fix: correct the attribute name or remove it.
    """

    id = "aria-valid-attr"
    help = "Use only ARIA attributes that exist"
    description = "Every aria-* attribute is a WAI-ARIA state or property."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("5f99a7",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        # 5f99a7: "This rule applies to any attribute that starts with aria-", with no
        # "HTML or SVG element" as the other ARIA rules say: a MathML element's too.
        return list(_any_with_aria(doc))

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        unknown = [n for n, _ in _aria_attrs(element) if n not in aria.ATTRIBUTE_TYPES]
        if unknown:
            return failed(f"Not defined in WAI-ARIA: {', '.join(unknown)}")
        return passed("Every aria-* attribute is defined")


class AriaValidAttrValue(Rule):
    """Checks that ARIA states and properties have values of the right type.

    Values WAI-ARIA 1.2's value types do not settle are ``cant_tell``: an integer written
    with a zero fraction (``aria-level="2.0"``), an ID reference holding whitespace.

    Why it matters: an invalid value (``aria-pressed="horizontal"``) is ignored or
    misreported, so the widget's state is wrong for assistive technology users.

    How to fix: use a value the attribute allows (``true``/``false``, a number, a listed
    token).
    """

    id = "aria-valid-attr-value"
    help = "Give ARIA attributes valid values"
    description = "Non-empty ARIA states and properties have values valid for their type."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("6a7281",)

    def _targets(self, element: Element) -> list[tuple[str, str]]:
        return [(n, v) for n, v in _aria_attrs(element)
                if n in aria.ATTRIBUTE_TYPES and v.strip(aria.ASCII_WHITESPACE)]

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in _with_aria(doc) if self._targets(el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        judged = [(f'{n}="{v}"', unsettled_value(n, v))
                  for n, v in self._targets(element) if not valid_value(n, v)]
        bad = [shown for shown, doubt in judged if doubt is None]
        if bad:
            return failed(f"Invalid value: {', '.join(bad)}")
        doubts = [doubt for _, doubt in judged if doubt]
        if doubts:
            return cant_tell(f"WAI-ARIA 1.2's value type does not settle it: {'; '.join(doubts)}")
        return passed("Every ARIA value is valid")


#: HTML elements with no corresponding role whose ARIA attributes ARIA in HTML judges by a
#: role's: "audio/video: global aria-* attributes and any aria-* attributes applicable to
#: the application role" (5c01ea, language feature, names audio as its example).
_LANGUAGE_FEATURE_ROLES = {"audio": "application", "video": "application"}


def _attribute_role(doc: Document, element: Element) -> str | None:
    found = dom.role(doc, element)
    if found is None and namespace(element) == HTML_NS:
        if local_name(element) == "input":
            return "textbox"  # password, date and similar inputs: text-entry semantics
        return _LANGUAGE_FEATURE_ROLES.get(local_name(element))
    return found


class AriaAllowedAttr(Rule):
    """Checks that ARIA states and properties are allowed on the element's role.

    Global states and properties are allowed on every role; one a role prohibits (a name on
    ``generic``) is reported by ``aria-prohibited-attr``.

    Why it matters: an attribute the role does not support (``aria-sort`` on a button) is
    ignored or confuses assistive technology.

    How to fix: remove the attribute, or give the element a role that supports it.
    """

    id = "aria-allowed-attr"
    help = "Use ARIA attributes only where the role allows them"
    description = "Each ARIA state or property is global, supported or required by the role."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("5c01ea",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in _with_aria(doc)
                if any(n in aria.ATTRIBUTE_TYPES for n, _ in _aria_attrs(el))
                and dom.in_accessibility_tree(doc, el)
                and not dom.in_presentational_children(doc, el)
                # a decorative element (role none, no conflict) is not in the tree itself
                and dom.role(doc, el) not in {"none", "presentation"}]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        role = _attribute_role(doc, element)
        names = [n for n, _ in _aria_attrs(element) if n in aria.ATTRIBUTE_TYPES]
        if role is None:
            others = [n for n in names if n not in aria.GLOBAL_ATTRIBUTES]
            if others:
                return cant_tell(f"No ARIA role to judge {', '.join(others)} against")
            return passed("Only global attributes")
        allowed = aria.supported_attributes(role)
        # A global state or property is allowed on every role (5c01ea, "global"); where a role
        # prohibits one (aria-label on generic), aria-prohibited-attr says so.
        bad = [n for n in names if n not in allowed and n not in aria.GLOBAL_ATTRIBUTES]
        if bad:
            return failed(f"Not allowed on role {role}: {', '.join(bad)}")
        return passed(f"Every attribute is allowed on role {role}")


def _semantic_role(doc: Document, element: Element) -> str | None:
    """The semantic role, where attributes ``none`` prohibits cause no role conflict.

    Only global attributes ``none`` accepts (``aria-describedby``, ``aria-live``...) or focus
    make a browser ignore ``role="none"``; a name on it is prohibited, not a conflict.
    """
    if dom.explicit_role(element) == "none" and not dom.is_focusable(doc, element):
        forbidden = aria.prohibited_attributes("none")
        if all(n in forbidden or n == "aria-hidden" for n, _ in _aria_attrs(element)
               if n in aria.GLOBAL_ATTRIBUTES):
            return "none"
    return dom.role(doc, element)


class AriaProhibitedAttr(Rule):
    """Checks that global ARIA properties are not used where the role prohibits them.

    An empty or blank value sets nothing and is not reported. A ``section`` whose
    ``aria-labelledby`` names no element is ``cant_tell``: it is generic only because that
    attribute fails to name it.

    Why it matters: naming attributes on roles that cannot be named (``aria-label`` on a plain
    ``div`` or a paragraph) are dropped by many screen readers, so the text is lost.

    How to fix: put the text in the content, or use an element whose role can be named.
    """

    id = "aria-prohibited-attr"
    help = "Do not name elements whose role prohibits a name"
    description = "No global ARIA property is set where the element's role prohibits it."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("kb1m8s",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in _with_aria(doc)
                if any(n in aria.GLOBAL_ATTRIBUTES for n, _ in _aria_attrs(el))
                and dom.in_accessibility_tree(doc, el)
                and not dom.in_presentational_children(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        role = _semantic_role(doc, element)
        if role is None:
            return passed("No role prohibits these attributes")
        prohibited = aria.prohibited_attributes(role)
        named = [(n, v) for n, v in _aria_attrs(element) if n in prohibited]
        # ARIA treats an empty value as no attribute, and accname skips a blank aria-label
        # and a blank aria-labelledby list: they set nothing the role could prohibit.
        bad = [n for n, v in named if v.strip(aria.ASCII_WHITESPACE)]
        if bad == ["aria-labelledby"] and local_name(element) == "section":
            # HTML-AAM: a section is a region only with an accessible name, else generic,
            # which prohibits aria-labelledby; here the reference that was to give it that
            # name finds no element, so the role the rule judges hangs on the judged
            # attribute itself: the texts do not settle it (a false failure is worse).
            return cant_tell("aria-labelledby names no element, so this section is generic "
                             "only because the attribute that would name it is broken")
        if bad:
            return failed(f"Prohibited on role {role}: {', '.join(bad)}")
        if named:
            return passed(f"{', '.join(n for n, _ in named)} is blank, which sets nothing "
                          f"on role {role}")
        return passed(f"No attribute is prohibited on role {role}")


class AriaRoles(Rule):
    """Checks that ``role`` attributes contain at least one valid role.

    Why it matters: an unknown role (``role="lnik"``) is ignored, so a scripted control is
    exposed as plain text.

    How to fix: correct the role token; remove the attribute if no role fits.
    """

    id = "aria-roles"
    help = "Use valid ARIA roles"
    description = "Every non-empty role attribute has at least one valid, non-abstract role."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("674b10",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.carrying(doc, "role") if namespace(el) in {HTML_NS, SVG_NS}
                and aria.role_tokens(el.get("role"))
                and not dom.programmatically_hidden(doc, el)]  # 674b10: inert still applies

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        tokens = aria.role_tokens(element.get("role"))
        if any(aria.is_valid_role(token) for token in tokens):
            return passed(f"role={element.get('role')!r} has a valid role")
        return failed(f"role={element.get('role')!r} has no valid WAI-ARIA role")


def _native_checked(element: Element) -> bool:
    return local_name(element) == "input" and dom.input_type(element) in {
        "checkbox", "radio"}


def required_attributes(doc: Document, element: Element, role: str) -> list[str]:
    """Required states and properties for ``role`` that have no implicit value here."""
    found = aria.ROLES.get(role)
    required = set(found.required) if found else set()
    if role == "combobox" and aria.is_true(element, "aria-expanded"):
        required.add("aria-controls")
    if role == "separator" and dom.is_focusable(doc, element):
        required.add("aria-valuenow")
    if _native_checked(element):
        required.discard("aria-checked")
    return sorted(required)


class AriaRequiredAttr(Rule):
    """Checks that elements with an explicit role have the states and properties it requires.

    Why it matters: a checkbox without ``aria-checked`` or a combobox without
    ``aria-expanded`` cannot tell assistive technology its state.

    How to fix: add the required attributes and keep them up to date from script.
    """

    id = "aria-required-attr"
    help = "Give roles their required ARIA attributes"
    description = "Explicit roles have their required states and properties, not empty."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("4e8ab6",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.carrying(doc, "role") if namespace(el) in {HTML_NS, SVG_NS}
                and (role := dom.explicit_role(el)) not in {None, "none"}
                and role != dom.implicit_role(doc, el)
                and dom.in_accessibility_tree(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        role = dom.explicit_role(element) or ""
        missing = [name for name in required_attributes(doc, element, role)
                   if not (element.get(name) or "").strip()]
        if missing:
            return failed(f"Role {role} requires {', '.join(missing)}")
        return passed(f"Role {role} has its required attributes")


class AriaValidIdref(Rule):
    """Checks that required ID references (``aria-controls`` on an expanded combobox or a
    scrollbar) point at an element that exists.

    Why it matters: the relationship is the only way assistive technology finds the popup or
    the content being scrolled.

    How to fix: give the controlled element the referenced id, or fix the reference.
    """

    id = "aria-valid-idref"
    help = "Point required ID references at existing elements"
    description = "Required ID-reference properties reference at least one existing element."
    impact = Impact.SERIOUS
    tags = ("act", "deprecated")
    act_ids = ("in6db8",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        # ACT in6db8: any aria-controls on an HTML element that is a scrollbar, or a combobox
        # whose aria-expanded is true; hidden or not, empty or not.
        found = []
        for el in dom.carrying(doc, "aria-controls"):
            if namespace(el) != HTML_NS:
                continue
            role = dom.role(doc, el)
            expanded = aria.is_true(el, "aria-expanded")
            if role == "scrollbar" or (role == "combobox" and expanded):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        ids = aria.split_tokens(element.get("aria-controls") or "")
        if any(doc.by_id(ident, element) is not None for ident in ids):
            return passed("aria-controls references an existing element")
        if ids and script_mentions(doc, [i.lower() for i in ids]) \
                and not script_mentions(doc, ["attachshadow"]):
            # The page's code names the missing id: it may create that element itself.
            return cant_tell(f"aria-controls={' '.join(ids)!r} references no element in the "
                             "markup, but the page's code names it and may create it")
        return failed(f"aria-controls={' '.join(ids)!r} references no element in the page")


RULES = [AriaValidAttr, AriaValidAttrValue, AriaAllowedAttr, AriaProhibitedAttr, AriaRoles,
         AriaRequiredAttr, AriaValidIdref]
