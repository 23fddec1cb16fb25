"""Round 46: the live engine within 2× of axe-core on saved news pages (issue 13). Politico's
page ends with a poll whose three radio buttons the focus order lists and Tab stops on once:
the one batch of Tab presses along the focus order then went
round through the browser UI and in again from the top, which the walk took for a failed
batch, and it walked the page again one press at a time, waiting for the page's timers
after each (131 to 204 presses, up to the check's 45 s ceiling on a loaded machine).
Element by element, in Chromium, with real key presses."""

from __future__ import annotations

from typing import Any

from tests.browser.test_act_live_keys_media import verdicts

RULE = "focus-escapes-standard-keys"
LINKS = "".join(f"<a href='#{n}' id='l{n}'>Link {n}</a> " for n in range(60))


def test_a_batch_that_goes_round_through_the_browser_ui_is_not_walked_again(
        auditor: Any, monkeypatch: Any) -> None:
    # 60 links, then a poll of three radio buttons (as Politico's page ends): the focus order
    # lists each, Tab stops on the group once, so the batch's last presses go out through the
    # browser UI and come in again from the top. Twenty presses are enough to judge every
    # element; walking the page again one press at a time needs over sixty
    from broadsheet.browser import keyboard_trap

    monkeypatch.setattr(keyboard_trap, "STEPS", 20)
    radios = "".join(f"<label><input type='radio' name='answer' id='opt{n}'> {n}</label>"
                     for n in range(1, 4))
    found = verdicts(auditor, RULE, f"{LINKS}<form>{radios}</form>")
    assert "html" not in found, found  # no element left unjudged
    assert {found[f"#l{n}"] for n in range(60)} == {"passed"}, found
    assert found["#opt1"] == "passed", found


def test_a_script_that_sends_tab_back_up_the_page_is_still_a_trap(auditor: Any) -> None:
    # Tab from the last button goes back to the first, Shift+Tab from the first to the
    # last: a cycle both ways after the link at the top, whose batch path comes back up the
    # page as one that went round through the browser UI does. The walk from the last
    # button, waiting for the page, finds the cycle: none of the buttons passes
    buttons = "".join(f"<button id='b{n}'>Button {n}</button> " for n in range(2, 40))
    found = verdicts(auditor, RULE, f"""
<a href="#0" id="top">Top</a>
<button id="b1" onkeydown="if (event.key === 'Tab' && event.shiftKey) {{
  event.preventDefault(); document.getElementById('b40').focus(); }}">Button 1</button>
{buttons}
<button id="b40" onkeydown="if (event.key === 'Tab' && !event.shiftKey) {{
  event.preventDefault(); document.getElementById('b1').focus(); }}">Button 40</button>""")
    assert found["#top"] == "passed", found
    assert [n for n in range(1, 41) if found.get(f"#b{n}") == "passed"] == [], found
