"""Cases of our own for the live engine's ACT rules (afw4f7/09o5cg text contrast, 59br37 zoomed
text clipping), written from the rule texts: text that is not *visible* is no test target,
and text inside a disabled widget is exempt. Element by element, in Chromium."""

from __future__ import annotations

from typing import Any

HEAD = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>t</title></head>"
        "<body style='margin: 0; background: #fff; color: #000'>{}</body></html>")
#: A grey that reaches 1.61:1 on white: fails wherever it is judged.
PALE = "color: #ccc"


def verdicts(auditor: Any, rule: str, body: str) -> dict[str, str]:
    from broadsheet.browser import AuditOptions

    audit = auditor.audit("traps.html", html=HEAD.format(body),
                          options=AuditOptions(axe_core=False, check_ids=frozenset({rule})))
    return {f.target or "": str(f.outcome) for r in audit.results for f in r.findings
            if r.rule.id == rule}


def test_contrast_judges_only_text_that_draws(auditor: Any) -> None:
    found = verdicts(auditor, "text-contrast-minimum", f"""
<p id="shown" style="{PALE}">Pale text that shows</p>
<p id="hello">Hello <span id="sr-clip" style="position: absolute; clip: rect(1px, 1px, 1px, 1px); {PALE}"
>hidden words</span><span id="sr-box" style="position: absolute; width: 1px; height: 1px;
overflow: hidden; {PALE}">more hidden words</span></p>
<div style="width: 100px; overflow: hidden; white-space: nowrap"><span id="kept">xxxxxxxxxxxxxxxxxx
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</span> <span id="beyond" style="{PALE}">far away
</span></div>
<div style="height: 20px; overflow: hidden"><p id="one" style="margin: 0">line one</p>
<p id="below" style="{PALE}">line two, clipped away</p>
<p id="escapes" style="position: absolute; top: 200px; {PALE}">positioned out of the clip</p></div>
<div style="height: 20px; overflow: hidden; position: relative"><p id="held" style="position:
absolute; top: 100px; {PALE}">held by its containing block</p></div>
<h1 id="indent" style="text-indent: -9999px; overflow: hidden; {PALE}">Logo</h1>""")
    assert found == {"#shown": "failed", "#hello": "passed", "#kept": "passed",
                     "#one": "passed", "#escapes": "failed"}


def test_contrast_exempts_text_in_disabled_widgets_by_their_semantic_role(auditor: Any) -> None:
    # the explicit role is the first valid token; a presentational role on a focusable or
    # ARIA-attributed element is ignored (WAI-ARIA 1.2 conflict resolution)
    found = verdicts(auditor, "text-contrast-minimum", f"""
<div id="unknown-first" role="foo button" aria-disabled="true" style="{PALE}">Disabled</div>
<div id="region-first" role="region button" aria-disabled="true" style="{PALE}">Region</div>
<button id="conflict" role="none" aria-disabled="true" style="{PALE}">Button</button>
<a id="dpub" href="#r1" role="doc-biblioref" aria-disabled="true" style="{PALE}">[1]</a>
<fieldset disabled><legend style="{PALE}">Legend</legend><p style="{PALE}">Inside</p></fieldset>
<label for="x" style="{PALE}">Name</label><input id="x" disabled>""")
    assert found == {"#region-first": "failed"}


def test_zoomed_clipping_follows_the_containing_block(auditor: Any) -> None:
    found = verdicts(auditor, "zoom-text-not-clipped", """
<div style="height: 20px; overflow: hidden"><p id="free" style="position: absolute; top: 100px;
margin: 0">not clipped by a static ancestor</p></div>
<div style="height: 20px; overflow: hidden; position: relative"><p id="cut" style="position:
absolute; top: 10px; margin: 0">cut by its containing block<br>second line</p></div>
<p>Hi <span id="sr" style="position: absolute; width: 1px; height: 1px; overflow: hidden"
>visually hidden</span></p>
<div id="ellipsis" style="width: 100px; overflow: hidden; white-space: nowrap;
text-overflow: ellipsis">a very long line of text that is cut</div>""")
    # #free has an ancestor hiding overflow (applicable), which does not clip it (passed)
    assert found == {"#free": "passed", "#cut": "failed", "#ellipsis": "passed"}


def test_focus_shown_outside_the_viewport_is_a_focus_indicator(auditor: Any) -> None:
    # oj04fd: a pixel anywhere in the viewport's scrolling area, not only the part in view
    found = verdicts(auditor, "focus-indicator-visible", """
<style>button { outline: none } #far-away:focus ~ #far { background: #c00 }</style>
<button id="far-away">Shown far below</button><div style="height: 3000px"></div>
<div id="far">Indicator</div><button id="bare">Shown nowhere</button>""")
    assert found == {"#far-away": "passed", "#bare": "failed"}


def test_contrast_counts_a_shadow_around_the_glyphs_as_background(auditor: Any) -> None:
    # afw4f7: the background colours are every pixel of the character's box that does not
    # change with `color`, a text shadow's included, also where the pixels are compared
    white = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
    found = verdicts(auditor, "text-contrast-minimum", f"""
<div style="background: linear-gradient(#eee, #fff); padding: 10px">
<p id="gradient-shadow" style="color: #fff; text-shadow: 0 0 3px #000, 0 0 3px #000">Shadowed</p>
<p id="gradient-bare" style="color: #fff">Bare</p></div>
<div style="background: url({white}) repeat; padding: 10px">
<p id="image-shadow" style="color: #fff; text-shadow: 1px 1px 2px #000">Shadowed</p>
<p id="image-bare" style="color: #fff">Bare</p></div>""")
    assert found == {"#gradient-shadow": "passed", "#gradient-bare": "failed",
                     "#image-shadow": "passed", "#image-bare": "failed"}


def test_content_skipped_by_content_visibility_is_not_judged(auditor: Any) -> None:
    # CSS Containment 2 §4: content-visibility: hidden skips the element's contents (not
    # rendered, focused or exposed); the element's own box stays; auto keeps them.
    body = f"""
<div style="content-visibility: hidden"><p id="skipped" style="{PALE}">Pale text, skipped</p>
<a id="skipped-link" href="#x" style="outline: none">skipped link</a></div>
<div style="content-visibility: auto"><p id="auto" style="{PALE}">Pale text, kept</p></div>
<div style="content-visibility: hidden; display: contents"><p id="contents"
style="{PALE}">No box to contain</p></div>"""
    assert verdicts(auditor, "text-contrast-minimum", body) == {
        "#auto": "failed", "#contents": "failed"}
    assert "#skipped-link" not in verdicts(auditor, "focus-indicator-visible", body)


def test_role_tokens_split_on_ascii_whitespace_only(auditor: Any) -> None:
    # role is a set of space-separated tokens: a no-break space joins "button\u00a0x" into
    # one unknown token, so the div is no disabled widget and its text is judged
    found = verdicts(auditor, "text-contrast-minimum", f"""
<div id="joined" role="button\u00a0x" aria-disabled="true" style="{PALE}">Joined</div>
<div id="spaced" role="button x" aria-disabled="true" style="{PALE}">Spaced</div>""")
    assert found == {"#joined": "failed"}


def test_a_padded_aria_disabled_disables_nothing(auditor: Any) -> None:
    # a keyword as aria.keyword reads it: "true " is no keyword, "TRUE" is true
    found = verdicts(auditor, "text-contrast-minimum", f"""
<div id="padded" role="button" aria-disabled="true " style="{PALE}">Padded</div>
<div id="upper" role="button" aria-disabled="TRUE" style="{PALE}">Upper</div>""")
    assert found == {"#padded": "failed"}


def test_labelledby_ids_split_on_ascii_whitespace_only(auditor: Any) -> None:
    # aria-labelledby is a set of space-separated tokens (HTML §2.3.8): "a\u00a0b" is one id,
    # which no element has, so the span "a" names no disabled widget and its text is judged;
    # an ASCII space does split, so "c" names the disabled button and is exempt
    found = verdicts(auditor, "text-contrast-minimum", f"""
<span id="a" style="{PALE}">Joined</span><span id="c" style="{PALE}">Spaced</span>
<div role="button" aria-disabled="true" aria-labelledby="a\u00a0b">x</div>
<div role="button" aria-disabled="true" aria-labelledby="\u00a0 c">y</div>""")
    assert found == {"#a": "failed"}


def test_role_is_ascii_lowercased_only(auditor: Any) -> None:
    # HTML's ASCII case-insensitivity: the Kelvin sign (U+212A) lowercases to "k" in
    # Unicode, but "lin\u212a" is no role, so this div is no disabled link
    found = verdicts(auditor, "text-contrast-minimum", f"""
<div id="kelvin" role="lin\u212a" aria-disabled="true" style="{PALE}">Kelvin</div>
<div id="upper" role="LINK" aria-disabled="true" style="{PALE}">Upper</div>""")
    assert found == {"#kelvin": "failed"}


def test_tabindex_follows_the_rules_for_parsing_integers(auditor: Any) -> None:
    # HTML: skip ASCII whitespace, an optional "+" or "-", digits; a no-break space is no
    # ASCII whitespace, so "\u00a00" is not an integer and the region is not focusable
    box = "style='width: 100px; height: 50px; overflow: auto'"
    long = "<div style='height: 500px'>Long content that scrolls</div>"
    found = verdicts(auditor, "scrollable-region-keyboard", f"""
<div id="plus" tabindex="+0" {box}>{long}</div>
<div id="ascii" tabindex="\t0" {box}>{long}</div>
<div id="nbsp" tabindex="\u00a00" {box}>{long}</div>""")
    assert found == {"#plus": "passed", "#ascii": "passed", "#nbsp": "failed"}


def test_a_global_aria_attribute_of_a_no_break_space_is_specified(auditor: Any) -> None:
    # as dom.has_global_aria: only ASCII whitespace is blank, so aria-label="\u00a0" is a
    # global property, which overrides role="none": the fieldset stays a disabled group
    found = verdicts(auditor, "text-contrast-minimum", f"""
<fieldset role="none" disabled aria-label="\u00a0"><p id="nbsp" style="{PALE}">NBSP</p></fieldset>
<fieldset role="none" disabled aria-label=" "><p id="blank" style="{PALE}">Blank</p></fieldset>""")
    assert found == {"#blank": "failed"}


def test_an_editing_host_of_any_keyword_case_is_in_the_tab_order(auditor: Any) -> None:
    # contenteditable is an enumerated attribute (ASCII case-insensitive) with a third
    # state, plaintext-only: each editing host is focusable; its descendants are not
    # focusable by themselves
    box = "style='width: 100px; height: 50px; overflow: auto'"
    long = "<div style='height: 500px'>Long content that scrolls</div>"
    found = verdicts(auditor, "scrollable-region-keyboard", f"""
<div id="upper" {box}><div contenteditable="TRUE">Edit</div>{long}</div>
<div id="plain" {box}><div contenteditable="plaintext-only">Edit</div>{long}</div>
<div id="off" {box}><div contenteditable="false">Edit</div>{long}</div>""")
    assert found == {"#upper": "passed", "#plain": "passed", "#off": "failed"}


def test_focus_indicator_judges_editing_hosts_of_any_keyword_case(auditor: Any) -> None:
    # oj04fd applies to every element in sequential focus navigation: an editing host is,
    # whatever the case of its keyword (an editable descendant is not, by itself), though
    # Chromium's tabIndex says -1; focused, it shows a caret: a pixel that changes
    found = verdicts(auditor, "focus-indicator-visible", """
<style>[contenteditable] { outline: none }</style>
<div id="upper" contenteditable="TRUE">Edit me</div>
<div id="plain" contenteditable="plaintext-only">Edit me too<span id="inner"
contenteditable="true">inner</span></div>""")
    assert found == {"#upper": "passed", "#plain": "passed"}
