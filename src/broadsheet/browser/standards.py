"""The standards data the in-page scripts read, taken from the static engine's tables.

The live engine's scripts hold no copy of ARIA or HTML-AAM data: :func:`standards_script`
serialises the Python tables to JSON as ``window.__broadsheetStandards``, evaluated with the
shared helper (:func:`broadsheet.browser.inpage.page_script`), so a correction to a table
reaches both engines. Where each table comes from:

- ``roles``: the concrete roles of WAI-ARIA 1.2, DPUB-ARIA 1.1 and Graphics-ARIA 1.0
  (:data:`broadsheet.checks.aria.ROLES`, :func:`~broadsheet.checks.aria.is_valid_role`);
- ``widgetOrGroup``: those roles that inherit from ``widget`` or ``group`` (WAI-ARIA 1.2
  §5.3 superclasses, :func:`~broadsheet.checks.aria.ancestors_of`): ACT's "inheriting
  semantic widget or group" of the contrast rules' disabled exception;
- ``globalAria``: WAI-ARIA 1.2 §6.4 global states and properties but ``aria-hidden``, which
  make a presentational role conflict (:func:`broadsheet.checks.dom.has_global_aria`);
- ``plainRoles``, ``inputRoles``, ``rolelessInputTypes``, ``comboboxInputTypes``,
  ``tableParts``, ``tableRoles``, ``simpleRoles``: HTML-AAM's implicit roles
  (:mod:`broadsheet.checks.dom`, :func:`~broadsheet.checks.dom.implicit_role`);
- ``nativeFocus``: the elements focusable without ``tabindex`` (HTML's focusable areas), as a
  CSS selector (:data:`broadsheet.checks.dom.NATIVE_FOCUS`).
"""

from __future__ import annotations

import functools
import json
from typing import Any

from broadsheet.checks import aria, dom


@functools.cache
def standards() -> dict[str, Any]:
    """The tables, as JSON-ready lists and objects (sorted, so the text is stable)."""
    roles = sorted(role for role in aria.ROLES if aria.is_valid_role(role))
    return {
        "roles": roles,
        "widgetOrGroup": [role for role in roles
                          if aria.is_widget_role(role) or "group" in aria.ancestors_of(role)],
        "globalAria": sorted(name for name in aria.GLOBAL_ATTRIBUTES if name != "aria-hidden"),
        "plainRoles": {tag: dom.SIMPLE_ROLES[tag] for tag in sorted(dom.PLAIN_TAGS)},
        "simpleRoles": dict(sorted(dom.SIMPLE_ROLES.items())),
        "inputRoles": dict(sorted(dom.INPUT_ROLES.items())),
        "rolelessInputTypes": sorted(dom.ROLELESS_INPUT_TYPES),
        "comboboxInputTypes": sorted(dom.COMBOBOX_INPUT_TYPES),
        "tableParts": sorted(dom.TABLE_PARTS),
        "tableRoles": sorted(dom.TABLE_ROLES),
        "nativeFocus": dom.native_focus_selector(),
    }


@functools.cache
def standards_script() -> str:
    """A script defining ``window.__broadsheetStandards`` (frozen) from :func:`standards`."""
    text = json.dumps(standards(), separators=(",", ":"))
    return f"window.__broadsheetStandards = Object.freeze({text});"
