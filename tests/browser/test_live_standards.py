"""One source of standards data for both engines: the in-page scripts hold no copy of the
ARIA or HTML-AAM tables (roles, role hierarchy, global states and properties, implicit
roles); they read ``window.__broadsheetStandards``, serialised from the static engine's
tables (broadsheet.browser.standards). Element by element in Chromium: the contrast rules'
"disabled widget or group" exception follows the Python tables."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest

from broadsheet.browser import inpage, standards
from broadsheet.checks import aria, dom

HEAD = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>t</title></head>"
        "<body style='background:#fff'>{}</body></html>")
LOW = "style='color:#bbb'"  # about 1.9:1 on white: fails both contrast rules

#: HTML element names, some of which are role names too (img, button, meter): a list of
#: elements (replaced, form controls) is no copy of the ARIA tables.
_ELEMENTS = set(dom.SIMPLE_ROLES) | {"a", "area", "img", "input", "select", "header", "footer",
                                     "section", "form", "td", "th", "li", "summary"}
#: Names of the standards data: concrete and abstract roles, ARIA attributes with and
#: without their prefix.
_NAMES = (set(aria.ROLES) | set(aria.ATTRIBUTE_TYPES) | {
    name.removeprefix("aria-") for name in aria.ATTRIBUTE_TYPES}) - _ELEMENTS
#: An array literal of strings, or a regular expression's alternation.
_ARRAY = re.compile(r"\[\s*'[^'\]]*'(?:\s*,\s*'[^'\]]*')+\s*,?\s*\]")
_ALTERNATION = re.compile(r"\(\?:?([a-z-]+(?:\|[a-z-]+)+)\)|\(([a-z-]+(?:\|[a-z-]+)+)\)")


def literal_copies(text: str) -> list[list[str]]:
    """The literal lists in a script naming three or more ARIA roles or attributes."""
    found = []
    for match in _ARRAY.finditer(text):
        names = [n for n in re.findall(r"'([^']*)'", match.group()) if n in _NAMES]
        if len(names) >= 3:
            found.append(names)
    for match in _ALTERNATION.finditer(text):
        names = [n for n in (match.group(1) or match.group(2)).split("|") if n in _NAMES]
        if len(names) >= 3:
            found.append(names)
    return found


SCRIPTS = sorted(p.name for p in resources.files("broadsheet.browser").iterdir()
                 if p.name.endswith(".js"))


def test_the_detector_finds_the_copies_the_scripts_used_to_hold() -> None:
    # act.js before this change: its own widget-or-group roles and global ARIA attributes
    old = """const WIDGET_OR_GROUP = new Set(['button', 'checkbox', 'gridcell', 'columnheader']);
      const GLOBAL_ARIA = ['atomic', 'busy', 'controls', 'current', 'describedby'];
      return /^(button|select|textarea|option|optgroup|fieldset|details)$/.test(name);"""
    assert len(literal_copies(old)) == 2
    assert literal_copies("['top', 'right', 'bottom', 'left'].filter(x)") == []


@pytest.mark.parametrize("name", SCRIPTS)
def test_no_in_page_script_holds_a_copy_of_the_standards_tables(name: str) -> None:
    assert literal_copies(inpage.script(name)) == []


def test_the_data_is_the_static_engines_tables() -> None:
    data = standards.standards()
    assert set(data["roles"]) == {r for r in aria.ROLES if aria.is_valid_role(r)}
    # WAI-ARIA 1.2: tabpanel is a section, columnheader a gridcell (a widget), row a group
    assert "tabpanel" not in data["widgetOrGroup"]
    assert {"columnheader", "row", "graphics-object", "doc-noteref", "separator"} <= set(
        data["widgetOrGroup"])
    assert {"aria-description", "aria-braillelabel"} <= set(data["globalAria"])
    assert "aria-hidden" not in data["globalAria"]
    assert data["inputRoles"] == dom.INPUT_ROLES
    assert data["plainRoles"]["fieldset"] == "group"
    assert "a" not in data["plainRoles"]
    assert "select" not in data["plainRoles"]
    assert "window.__broadsheetStandards = Object.freeze(" in inpage.page_script()


def verdicts(auditor: Any, body: str) -> dict[str, str]:
    from broadsheet.browser import AuditOptions

    options = AuditOptions(axe_core=False, check_ids=frozenset({"text-contrast-minimum"}))
    audit = auditor.audit("contrast.html", html=HEAD.format(body), options=options)
    return {f.target or "": str(f.outcome) for r in audit.results for f in r.findings
            if r.rule.id == "text-contrast-minimum"}


def test_disabled_widget_or_group_follows_the_aria_tables(auditor: Any) -> None:
    found = verdicts(auditor, f"""
<p id="plain" {LOW}>Plain text</p>
<button id="described" disabled role="presentation" aria-description="d" {LOW}>Off</button>
<button id="braille" disabled role="none" aria-braillelabel="b" {LOW}>Off</button>
<button id="none" disabled role="none" {LOW}>Off</button>
<div id="tabpanel" role="tabpanel" aria-disabled="true" {LOW}>Panel text</div>
<div id="group" role="group" aria-disabled="true" {LOW}>Group text</div>
<table><tr><th id="header" aria-disabled="true" {LOW}>Header</th></tr></table>
<ul><li><x-item id="custom" aria-disabled="true" {LOW}>Custom</x-item></li></ul>
<details><summary id="summary" aria-disabled="true" {LOW}>More</summary>x</details>
<input id="field" list="l" aria-disabled="true" aria-labelledby="lab">
<span id="lab" {LOW}>Label of a disabled combobox</span>""")
    # global ARIA (aria-description, aria-braillelabel: WAI-ARIA 1.2 and 1.3 globals) keeps
    # the button's role against role="none"; the disabled button's text is exempt
    assert "#described" not in found
    assert "#braille" not in found
    # a presentational role honoured: no widget, its text is judged
    assert found["#none"] == "failed"
    # WAI-ARIA 1.2: tabpanel is a section, neither widget nor group; group is a group
    assert found["#tabpanel"] == "failed"
    assert "#group" not in found
    # HTML-AAM: th is a columnheader (a gridcell, so a widget); summary a button; a custom
    # element is generic
    assert "#header" not in found
    assert "#summary" not in found
    assert found["#custom"] == "failed"
    # an input with a list is a combobox: the text naming it when disabled is exempt
    assert "#lab" not in found
    assert found["#plain"] == "failed"


def test_the_in_page_focus_selector_is_the_static_engines_table() -> None:
    selector = standards.standards()["nativeFocus"]
    assert selector.split(", ") == [tag + (f"[{attr}]" if attr else "")
                                    for tag, attr in dom.NATIVE_FOCUS.items()]
    # no in-page script spells the focusable elements out again
    for name in SCRIPTS:
        assert "area[href], button" not in inpage.script(name), name


def test_the_browser_agrees_with_the_static_engine_on_natively_focusable_elements(
        auditor: Any) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox
    from broadsheet.checks.parse import parse

    body = """<a id="link" href="#">a</a><a id="bare">b</a><area id="area" href="#">
<button id="button">c</button><input id="input"><select id="select"></select>
<textarea id="area2"></textarea><iframe id="frame"></iframe><audio id="audio" controls></audio>
<audio id="silent"></audio><video id="video" controls></video><span id="span">d</span>
<details><summary id="summary">e</summary></details>"""
    page = f"<!doctype html><html lang=en><title>t</title>{body}"
    doc = parse(page)
    static = {el.get("id") for el in doc.root.iter() if el.get("id") and
              dom.natively_focusable(el)}
    sandbox = Sandbox.for_markup(page)
    with auditor.page(AuditOptions(), sandbox) as tab:
        tab.goto(sandbox.url)
        live = set(tab.evaluate("(s) => [...document.querySelectorAll(s)].map(e => e.id)",
                                standards.standards()["nativeFocus"]))
    assert static == live == {"link", "area", "button", "input", "select", "area2", "frame",
                              "audio", "video", "summary"}
