"""Round 42: ACT rules judged from their normative text (shared/act/rules/<id>.md), element
by element. Written from the rule text, not from the ACT examples.

ffbc54 (character key shortcuts): "Currently keyboard events only support the types
`keydown` and `keyup`. Keyboard events of type `keypressed` are considered legacy keyboard
events and are thus ignored by this rule." Its expectation passes a shortcut when "**focus**:
the event target is an inheriting semantic `widget`" (the event target is the focused
element, or the body when nothing has focus).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from broadsheet.checks import check

KEYS = "character-key-shortcuts"
PAGE = ("<!DOCTYPE html><html lang='en'><head><title>Page</title></head><body>"
        "<p>A list</p><ul id='list'></ul>{}</body></html>")
ADD = "document.getElementById('list').append(event.key)"


def outcome(rule: str, html: str = "", path: Path | None = None) -> str:
    report = (check(PAGE.format(html), rules=[rule]) if path is None
              else check(path=path, rules=[rule]))
    return str(next(r for r in report.results if r.rule.id == rule).outcome)


@pytest.mark.parametrize(("code", "want"), [
    # keypress is a legacy keyboard event: the rule ignores it
    (f"<script>document.addEventListener('keypress', (event) => {{ {ADD} }})</script>",
     "inapplicable"),
    (f"<input aria-label='Add' onkeypress=\"{ADD}\">", "inapplicable"),
    ("<script>document.onkeypress = (e) => { if (e.key === 'a') add() }</script>",
     "inapplicable"),
    # keydown and keyup anywhere in the page's code: a person must try the keys
    (f"<script>document.addEventListener('keydown', (event) => {{ {ADD} }})</script>",
     "cant_tell"),
    (f"<script>document.addEventListener('KeyUp'.toLowerCase(), (event) => {{ {ADD} }})"
     "</script>", "cant_tell"),
    (f"<body onload=\"document.body.addEventListener('keydown', (event) => {{ {ADD} }})\">"
     "</body>", "cant_tell"),
])
def test_only_keydown_and_keyup_make_the_rule_apply(code: str, want: str) -> None:
    assert outcome(KEYS, code) == want


@pytest.mark.parametrize("element", [
    f"<input aria-label='Add' onkeydown=\"{ADD}\">",
    f"<input aria-label='Add' ONKEYUP=\"{ADD}\">",  # HTML attribute names ignore case
    f"<textarea aria-label='Note' onkeyup=\"{ADD}\"></textarea>",
    f"<div role='slider' tabindex='0' aria-valuenow='1' aria-label='Level' onkeydown=\"{ADD}\">"
    "</div>",
    # a composite widget whose focusable parts are widgets too
    f"<div role='listbox' aria-label='Fruit' tabindex='0' onkeydown=\"{ADD}\">"
    "<div role='option' tabindex='-1'>Apple</div></div>",
    # ARIA overrides HTML: a focusable div made a button
    f"<div role='  BUTTON ' tabindex='0' onkeydown=\"{ADD}\">Add</div>",
    # presentation cannot take a focusable element's role away (conflict resolution)
    f"<input role='presentation' aria-label='Add' onkeydown=\"{ADD}\">",
    f"<button role='none' onkeydown=\"{ADD}\">Add</button>",
    # a container whose focusable elements are all widgets (a textbox, a link)
    f"<section onkeydown=\"{ADD}\"><input aria-label='Add'><a href='#top'>Top</a></section>",
    # hidden elements are not focusable
    f"<section onkeydown=\"{ADD}\"><input aria-label='Add'>"
    "<p tabindex='0' style='display: none'>Tip</p><p tabindex='0' hidden>Tip</p></section>",
])
def test_listeners_only_on_widgets_pass_by_focus(element: str) -> None:
    assert outcome(KEYS, element) == "passed"


@pytest.mark.parametrize("element", [
    f"<div tabindex='0' onkeydown=\"{ADD}\">Press a</div>",  # focusable, but no widget
    f"<section onkeydown=\"{ADD}\"><input aria-label='Add'><p tabindex='-1'>Tip</p></section>",
    f"<div role='toolbar' aria-label='Tools' onkeydown=\"{ADD}\"><p tabindex='0'>Hi</p></div>",
    f"<div role='button' onkeydown=\"{ADD}\"><span tabindex='0'>Add</span></div>",
    # ARIA overrides HTML: a focusable span made an image is no widget
    f"<span role='img' aria-label='Star' tabindex='0' onkeydown=\"{ADD}\">*</span>",
    # a focusable non-widget nested deep inside the listening widget
    f"<div role='listbox' aria-label='Fruit' onkeydown=\"{ADD}\">"
    "<div role='group'><div role='option'><b tabindex='0'>Apple</b></div></div></div>",
])
def test_listeners_that_hear_keys_outside_a_widget_are_left_to_review(element: str) -> None:
    assert outcome(KEYS, element) == "cant_tell"


@pytest.mark.parametrize("where", ["<body onkeydown=\"{}\"></body>",
                                   "<html onkeyup=\"{}\"></html>"])
def test_a_listener_on_the_body_or_root_hears_keys_with_nothing_focused(where: str) -> None:
    assert outcome(KEYS, where.format(ADD)) == "cant_tell"


def test_widget_listeners_with_other_key_code_are_left_to_review() -> None:
    both = (f"<input aria-label='Add' onkeydown=\"{ADD}\">"
            "<script>window.addEventListener('keyup', (e) => save(e.key))</script>")
    assert outcome(KEYS, both) == "cant_tell"


def test_unseen_code_is_left_to_review() -> None:
    unseen = (f"<input aria-label='Add' onkeydown=\"{ADD}\">"
              "<script src='https://example.com/app.js'></script>")
    assert outcome(KEYS, unseen) == "cant_tell"


def test_a_local_script_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "legacy.js").write_text(
        f"document.addEventListener('keypress', function (event) {{ {ADD} }})",
        encoding="utf-8")
    (tmp_path / "modern.js").write_text(
        f"document.addEventListener('keydown', function (event) {{ {ADD} }})",
        encoding="utf-8")
    for name, want in (("legacy", "inapplicable"), ("modern", "cant_tell")):
        page = tmp_path / f"{name}.html"
        page.write_text(PAGE.format(f"<script src='{name}.js'></script>"), encoding="utf-8")
        assert outcome(KEYS, path=page) == want
