"""``autocomplete`` values that identify an input's purpose (WCAG 1.3.5, W3C ACT 73f2c2).

The grammar and field names are those of the HTML Living Standard, "Autofill detail tokens"
(https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#autofill-detail-tokens).
"""

from __future__ import annotations

from collections.abc import Iterable

from broadsheet.checks import aria, dom
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict, failed, passed
from broadsheet.findings import Impact

#: Autofill field names that take no contact prefix (HTML, "autofill field" table).
FIELD_NAMES = frozenset({
    "name", "honorific-prefix", "given-name", "additional-name", "family-name",
    "honorific-suffix", "nickname", "username", "new-password", "current-password",
    "one-time-code", "organization-title", "organization", "street-address",
    "address-line1", "address-line2", "address-line3", "address-level4", "address-level3",
    "address-level2", "address-level1", "country", "country-name", "postal-code", "cc-name",
    "cc-given-name", "cc-additional-name", "cc-family-name", "cc-number", "cc-exp",
    "cc-exp-month", "cc-exp-year", "cc-csc", "cc-type", "transaction-currency",
    "transaction-amount", "language", "bday", "bday-day", "bday-month", "bday-year", "sex",
    "url", "photo",
})
#: Field names that may follow a contact token (home, work, mobile, fax, pager).
CONTACT_FIELD_NAMES = frozenset({
    "tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local",
    "tel-local-prefix", "tel-local-suffix", "tel-extension", "email", "impp",
})
CONTACT_TOKENS = frozenset({"home", "work", "mobile", "fax", "pager"})
_FIXED_VALUE = frozenset({"button", "checkbox", "file", "image", "radio", "reset", "submit"})
_ASCII_WHITESPACE = "\t\n\f\r "


def autofill_problem(value: str) -> str | None:
    """Why an ``autocomplete`` value breaks the autofill grammar (None when it is valid):
    a set of tokens split on ASCII whitespace, matched ASCII case-insensitively (HTML)."""
    tokens = aria.split_tokens(aria.ascii_lower(value))
    index = 0
    if index < len(tokens) and tokens[index].startswith("section-"):
        index += 1
    if index < len(tokens) and tokens[index] in {"shipping", "billing"}:
        index += 1
    if index < len(tokens) and tokens[index] in CONTACT_TOKENS:
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after not in CONTACT_FIELD_NAMES:
            return f"{tokens[index]!r} must be followed by tel, tel-*, email or impp"
        index += 1
    if index >= len(tokens):
        return "no autofill field name (such as email, tel or street-address)"
    field = tokens[index]
    if field not in FIELD_NAMES and field not in CONTACT_FIELD_NAMES:
        return f"{field!r} is not an autofill field name, or is out of order"
    index += 1
    if index < len(tokens) and tokens[index] == "webauthn":
        index += 1
    if index < len(tokens):
        return f"unexpected {tokens[index]!r} after the field name {field!r}"
    return None


def _aria_disabled(doc: Document, element: Element) -> bool:
    return dom.inherited(doc, "aria-disabled", element,
                         lambda el: True if aria.is_true(el, "aria-disabled") else None)


def _unseen(doc: Document, element: Element) -> bool:
    """Not visible by its own style or an ancestor's (ACT's *visible*: making it transparent
    would change no pixel); layout-dependent cases are left visible."""
    return dom.inherited(doc, "autocomplete-unseen", element,
                         lambda el: True if dom.hidden_visually(doc, el) else None)


def _widget(role: str | None) -> bool:
    return role is not None and aria.is_widget_role(role)


class AutocompleteValid(Rule):
    """Checks that ``autocomplete`` on form fields uses the HTML autofill tokens, in order.

    Applies to ``input``, ``select`` and ``textarea`` with an ``autocomplete`` other than
    empty, ``on`` or ``off``, except disabled fields (also under ``aria-disabled="true"``),
    inputs whose type takes no typed value (checkbox, radio, file, buttons), fields hidden from
    both sight and assistive technology (``aria-hidden`` and transparent or off-screen), and
    fields neither tabbable nor with a widget role. The value must be: an optional
    ``section-*``, an optional ``shipping``/``billing``, an optional ``home``/``work``/
    ``mobile``/``fax``/``pager`` (only before ``tel``, ``tel-*``, ``email`` or ``impp``), one
    field name, and an optional ``webauthn``.

    Why it matters: a recognised purpose lets browsers fill the field in and lets assistive
    tools add familiar icons or wording; a misspelt token gives neither.

    How to fix: use the field names of the HTML standard (``email``, ``tel``, ``given-name``,
    ``street-address``...), with the optional tokens before them.
    """

    id = "autocomplete-valid"
    help = "Use valid autocomplete values"
    description = "autocomplete attributes on form fields follow the HTML autofill grammar."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("1.3.5",)
    act_ids = ("73f2c2",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in doc.tags("input", "select", "textarea"):
            name = local_name(el)
            if name not in {"input", "select", "textarea"} or namespace(el) != HTML_NS:
                continue
            value = (el.get("autocomplete") or "").strip(_ASCII_WHITESPACE)
            if not value or aria.ascii_lower(value) in {"on", "off"}:
                continue
            if dom.is_disabled(el) or _aria_disabled(doc, el):
                continue
            if name == "input" and dom.input_type(el) in _FIXED_VALUE:
                continue
            if not dom.in_accessibility_tree(doc, el) and (
                    not dom.is_visible(doc, el) or _unseen(doc, el)):
                continue
            if not dom.in_sequential_focus(doc, el) and not _widget(dom.role(doc, el)):
                continue
            found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        value = element.get("autocomplete") or ""
        problem = autofill_problem(value)
        if problem is None:
            return passed(f"autocomplete={value.strip()!r} is a valid autofill value")
        return failed(f"autocomplete={value.strip()!r}: {problem}")


RULES = [AutocompleteValid]
