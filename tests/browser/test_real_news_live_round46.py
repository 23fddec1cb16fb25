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


def test_the_unfocused_document_is_captured_once_for_its_scroll_position(
        auditor: Any, monkeypatch: Any) -> None:
    # four links that show no focus, whose focus handlers change an attribute (so whether
    # focus changes pixels beyond the viewport only a whole-document screenshot tells), all
    # in the first screen of a long page: the unfocused document is captured once, not once
    # per link (a long news page's whole document took Mashable's pixel pass seconds each)
    from broadsheet.browser import AuditOptions, checks

    captured = []
    document = checks._Camera.document

    def counted(camera: Any) -> bytes | None:
        captured.append(1)
        return document(camera)

    monkeypatch.setattr(checks._Camera, "document", counted)
    handlers = ("onfocus=\"document.body.dataset.focused = this.id\" "
                "onblur=\"delete document.body.dataset.focused\"")
    links = "".join(f"<a href='#{n}' id='l{n}' style='outline:none' {handlers}>Link {n}</a> "
                    for n in range(4))
    html = (f"<!doctype html><html lang='en'><title>Long</title><body><main>{links}"
            "<div style='height:3000px'></div></main></body></html>")
    audit = auditor.audit("long.html", html=html, options=AuditOptions(
        axe_core=False, check_ids=frozenset({"focus-indicator-visible"})))
    found = {f.target: str(f.outcome) for r in audit.results for f in r.findings}
    assert {found[f"#l{n}"] for n in range(4)} == {"failed"}, found
    assert len(captured) == 5, captured  # once unfocused, once each focused


def test_text_over_a_gradient_is_sampled_without_playwright_screenshots(
        auditor: Any, monkeypatch: Any) -> None:
    # the contrast rule reads the pixels behind text over a gradient; Playwright's
    # screenshot with animations="disabled" walked the whole document before and after each
    # shot (most of the rule's time on CNBC's and Marketplace's pages): one DevTools session
    # holds the page still for the pass instead, and the verdicts stay
    from playwright.sync_api import Page

    from broadsheet.browser import AuditOptions

    def refused(*args: Any, **kwargs: Any) -> bytes:
        raise AssertionError("a Playwright screenshot per text")

    monkeypatch.setattr(Page, "screenshot", refused)
    html = ("<!doctype html><html lang='en'><title>Gradient</title><body><main>"
            "<p id='pale' style='background:linear-gradient(#fff,#eee);color:#aaa'>Pale</p>"
            "<p id='dark' style='background:linear-gradient(#fff,#eee);color:#222'>Dark</p>"
            "<input id='field' value='Typed' style='background:linear-gradient(#fff,#eee);"
            "color:#222' autofocus aria-label='Field'></main></body></html>")
    audit = auditor.audit("gradient.html", html=html, options=AuditOptions(
        axe_core=False, check_ids=frozenset({"text-contrast-minimum"})))
    found = {f.target: (str(f.outcome), f.message) for r in audit.results for f in r.findings}
    assert found["#pale"][0] == "failed", found
    assert found["#dark"][0] == "passed", found
