"""autocomplete-valid, from the ACT rule text (73f2c2) and the HTML autofill grammar."""

from __future__ import annotations

import pytest
from rule_helpers import verdicts

from broadsheet.checks.rules.autocomplete import autofill_problem


@pytest.mark.parametrize("value", [
    "email", "EMAIL", " name ", "section-a shipping street-address",
    "billing work tel", "home email", "mobile tel-national", "fax tel-extension",
    "section-x billing pager impp", "current-password webauthn", "one-time-code",
    "cc-exp-month", "address-level4", "section- email", "bday-day\tbday-day"[:8],
])
def test_valid_autofill_values(value: str) -> None:
    assert autofill_problem(value) is None, value


@pytest.mark.parametrize("value", [
    "telephone", "work name",                   # contact token only before tel/email/impp
    "email work",                               # wrong order
    "shipping section-a email",                 # section must come first
    "billing", "section-a", "webauthn",         # no field name
    "email email", "email webauthn webauthn", "name-given", "work",
])
def test_invalid_autofill_values(value: str) -> None:
    assert autofill_problem(value) is not None, value


def test_applicability_element_by_element() -> None:
    body = ('<input id="ok" autocomplete="username">'
            '<input id="bad" autocomplete="user">'
            '<select id="sel" autocomplete="country-name"><option>FR</option></select>'
            '<textarea id="ta" autocomplete="address"></textarea>'
            '<input id="on" autocomplete="ON">'
            '<input id="blank" autocomplete="  ">'
            '<input id="dis" autocomplete="xyz" disabled>'
            '<fieldset disabled><input id="fs" autocomplete="xyz"></fieldset>'
            '<div aria-disabled="true"><input id="ad" autocomplete="xyz"></div>'
            '<input id="check" type="checkbox" autocomplete="xyz">'
            '<input id="hidden" type="hidden" autocomplete="xyz">'
            '<input id="none" style="display:none" autocomplete="xyz">'
            '<input id="arh" aria-hidden="true" autocomplete="xyz">'
            '<input id="untab" tabindex="-1" autocomplete="xyz">'
            '<div id="div" autocomplete="xyz">not a field</div>')
    assert verdicts("autocomplete-valid", body) == {
        "#ok": "passed", "#bad": "failed", "#sel": "passed", "#ta": "failed",
        "#arh": "failed", "#untab": "failed"}


def test_static_field_outside_focus_order_is_inapplicable() -> None:
    # not tabbable and no widget role: a date input has no ARIA role at all
    body = '<input id="d" type="date" tabindex="-1" autocomplete="birthday">'
    assert verdicts("autocomplete-valid", body) == {}
