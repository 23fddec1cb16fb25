"""The author cascade for hiding, declarative shadow DOM and template contents, element by
element, on pages of our own. Each expectation follows from the cited text:

- CSS Cascade 4 §6: ``!important`` first, then the style attribute over style-sheet rules,
  then specificity, then order of appearance; an invalid declaration is dropped. CSS
  Cascade 5 §6.4: cascade layers come before specificity.
- Media Queries 4 §2: ``@media`` rules apply when the media list matches (``all``,
  ``screen``), not for ``print``.
- Selectors 4: ``:is()`` takes its most specific argument, ``:where()`` counts nothing,
  ``:not()`` takes a selector list.
- HTML §15.3.1: ``[hidden]`` and ``dialog:not([open])`` are ``display: none`` in the
  user-agent style sheet, so any author ``display`` undoes them (``revert`` does not).
- HTML §13.2.6.4.4 and DOM §4.2.2: a ``<template shadowrootmode>`` (open or closed, any
  case) attaches a shadow root where the host allows one; the flat tree renders the shadow
  tree with slots filled by the light nodes assigned to them, and ids are per tree.
- HTML §4.12.3: a template's content is an inert fragment ``getElementById`` never finds.
"""

from __future__ import annotations

import pytest
from rule_helpers import verdicts

IMG = '<img id="i" src="a.png">'


@pytest.mark.parametrize(("body", "expected"), [
    # a later rule of the same specificity undoes display: none
    (f"<style>.h {{display: none}} .h {{display: block}}</style>{IMG.replace('>', ' class=h>')}",
     "failed"),
    # ...and an earlier, more specific one wins over a later class rule
    (f"<style>#i {{display: inline}} .h {{display: none}}</style>{IMG.replace('>', ' class=h>')}",
     "failed"),
    (f"<style>.h {{display: inline}} #i {{display: none}}</style>{IMG.replace('>', ' class=h>')}",
     None),
    # :where() has no specificity: the later type selector wins
    (f"<style>img:where(#i) {{display: none}} img {{display: inline}}</style>{IMG}", "failed"),
    # :is() takes its most specific argument: beats the later type selector
    (f"<style>img:is(#i, p) {{display: none}} img {{display: inline}}</style>{IMG}", None),
    # :not() with a selector list
    (f"<style>img:not(.a, .b) {{display: none}}</style>{IMG}", None),
    (f"<style>img:not(.a, #i) {{display: none}}</style>{IMG}", "failed"),
    # the style attribute beats a normal rule, an !important rule beats the style attribute
    (f"<style>img {{display: block}}</style>{IMG.replace('>', ' style=display:none>')}", None),
    (f"<style>img {{display: none !important}}</style>"
     f"{IMG.replace('>', ' style=display:block>')}", None),
    (f"<style>img {{display: block !important}}</style>"
     f"{IMG.replace('>', ' style=display:none>')}", "failed"),
    (f"<style>img {{display: none !important}}</style>"
     f"""{IMG.replace('>', ' style="display:block !important">')}""", "failed"),
    # within a style attribute the last valid declaration wins
    ('<img id="i" src="a.png" style="display: none; display: block">', "failed"),
    ('<img id="i" src="a.png" style="DISPLAY: NONE; display: nonsense">', None),
    # author display undoes the hidden attribute and a closed dialog; revert does not
    ('<img id="i" src="a.png" hidden style="display: inline">', "failed"),
    (f"<style>[hidden] {{display: block}}</style>{IMG.replace('>', ' hidden>')}", "failed"),
    ('<img id="i" src="a.png" hidden style="display: revert">', None),
    (f'<dialog style="display: block">{IMG}</dialog>', "failed"),
    (f"<dialog>{IMG}</dialog>", None),
    # a closed details' content stays unrendered whatever its display
    (f'<details><summary>More</summary><p style="display: block">{IMG}</p></details>', None),
    # visibility: the nearest valid declaration, from rules as well as the style attribute
    (f'<style>img {{visibility: visible}}</style><div style="visibility: hidden">{IMG}</div>',
     "failed"),
    (f"<style>.v {{visibility: hidden}} .v {{visibility: visible}}</style>"
     f"{IMG.replace('>', ' class=v>')}", "failed"),
    (f'<div style="visibility: hidden"><span style="visibility: inherit">{IMG}</span></div>',
     None),
    # style sheets for print, or in a template's inert content, do not apply on a screen
    (f'<style media="print">img {{display: none}}</style>{IMG}', "failed"),
    (f'<style media="screen, print">img {{display: none}}</style>{IMG}', None),
    (f"<template><style>img {{display: none}}</style></template>{IMG}", "failed"),
    # @media blocks apply when their media list holds all or screen (Media Queries 4 §2),
    # not for print, nor where a feature test makes them depend on the viewport
    (f"<style>@media screen {{ img {{display: none}} }}</style>{IMG}", None),
    (f"<style>@media ALL {{ img {{display: none}} }}</style>{IMG}", None),
    (f"<style>@media print, only screen {{ img {{display: none}} }}</style>{IMG}", None),
    (f"<style>@media print {{ img {{display: none}} }}</style>{IMG}", "failed"),
    (f"<style>@media (min-width: 60em) {{ img {{display: none}} }}</style>{IMG}", "failed"),
    (f"<style>@media screen {{ @media print {{ img {{display: none}} }} }}</style>{IMG}",
     "failed"),
    (f"<style>img {{display: none}} @media screen {{ img {{display: inline}} }}</style>{IMG}",
     "failed"),
    # @layer blocks apply; a rule outside layers beats a more specific layered one, a later
    # layer an earlier one (CSS Cascade 5 §6.4), the order set by the first naming
    (f"<style>@layer base {{ img {{display: none}} }}</style>{IMG}", None),
    (f"<style>@layer {{ #i {{display: none}} }} img {{display: inline}}</style>{IMG}",
     "failed"),
    (f"<style>@layer a, b; @layer b {{ img {{display: none}} }}"
     f"@layer a {{ #i {{display: inline}} }}</style>{IMG}", None),
    (f"<style>@layer a {{ img {{display: inline}} }} @layer b {{ img {{display: none}} }}"
     f"</style>{IMG}", None),
    # ...and for !important the order reverses: the earlier layer wins, layers beat the rest
    (f"<style>@layer a {{ img {{display: none !important}} }}"
     f"@layer b {{ img {{display: inline !important}} }}</style>{IMG}", None),
    (f"<style>@layer a {{ img {{display: inline !important}} }}"
     f"#i {{display: none !important}}</style>{IMG}", "failed"),
    # an at-statement before a rule does not swallow it
    (f'<style>@charset "utf-8"; @import url(x.css); img {{display: none}}</style>{IMG}', None),
])
def test_the_author_cascade_decides_what_is_hidden(body: str, expected: str | None) -> None:
    assert verdicts("image-alt", body).get("#i") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an open or closed shadow root's content is rendered; the attribute's value ignores case
    ('<div id="h"><template shadowrootmode="open"><img src="a.png"></template></div>',
     {"#h > img": "failed"}),
    ('<div id="h"><template SHADOWROOTMODE="Closed"><img src="a.png"></template></div>',
     {"#h > img": "failed"}),
    # an invalid mode, or a host that cannot have a shadow root: an inert template
    ('<div id="h"><template shadowrootmode="bogus"><img src="a.png"></template></div>', {}),
    ('<ul id="h"><template shadowrootmode="open"><img src="a.png"></template></ul>', {}),
    # the document's style sheets do not reach into the shadow tree, its own do
    ('<style>img {display: none}</style>'
     '<div id="h"><template shadowrootmode="open"><img src="a.png"></template></div>',
     {"#h > img": "failed"}),
    ('<div id="h"><template shadowrootmode="open"><style>img {display: none}</style>'
     '<img src="a.png"></template></div><img id="light" src="a.png">',
     {"#light": "failed"}),
])
def test_declarative_shadow_roots_are_rendered(body: str, expected: dict[str, str]) -> None:
    assert verdicts("image-alt", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # light text assigned to the default slot names the shadow link
    ('<div id="h"><template shadowrootmode="open"><a href="/x"><slot></slot></a></template>'
     "Results</div>", "passed"),
    # a named slot takes only the nodes naming it; unassigned, it shows its fallback
    ('<div id="h"><template shadowrootmode="open"><a href="/x"><slot name="n"></slot></a>'
     '</template><b slot="other">Results</b></div>', "failed"),
    ('<div id="h"><template shadowrootmode="open"><a href="/x"><slot name="n">Results</slot>'
     "</a></template></div>", "passed"),
    ('<div id="h"><template shadowrootmode="open"><a href="/x"><slot name="n">Fallback</slot>'
     '</a></template><b slot="n"></b></div>', "failed"),
    # aria-labelledby resolves in the link's own tree
    ('<div id="h"><template shadowrootmode="open"><a href="/x" aria-labelledby="n"></a>'
     '<span id="n">Results</span></template></div>', "passed"),
    ('<span id="n">Results</span><div id="h"><template shadowrootmode="open">'
     '<a href="/x" aria-labelledby="n"></a></template></div>', "failed"),
])
def test_shadow_links_take_their_names_from_the_flat_tree(body: str, expected: str) -> None:
    assert verdicts("link-name", body) == {"#h > a": expected}


def test_light_children_assigned_to_no_slot_are_not_rendered() -> None:
    body = ('<div id="h"><template shadowrootmode="open"><p>Shadow</p></template>'
            '<a id="l" href="/y"></a></div>'
            '<div id="k"><template shadowrootmode="open"><slot></slot></template>'
            '<a id="m" href="/y"></a></div>')
    assert verdicts("link-name", body) == {"#m": "failed"}


def test_ids_are_unique_per_tree() -> None:
    body = ('<p id="a">x</p><div id="h"><template shadowrootmode="open"><b id="a"></b>'
            '<i id="c"></i><u id="c"></u></template></div>')
    assert verdicts("duplicate-id", body) == {
        "#a": "passed", "#h": "passed", "#h > b": "passed", "#h > i": "failed", "#h > u": "failed"}


@pytest.mark.parametrize(("rule", "body", "expected"), [
    ("link-name", '<a id="l" href="/x" aria-labelledby="n"></a>'
                  '<template><span id="n">Results</span></template>', "failed"),
    ("aria-valid-idref", '<div id="l" role="combobox" aria-expanded="true" aria-controls="n">'
                         '</div><template><ul id="n" role="listbox"></ul></template>', "failed"),
    ("aria-valid-idref", '<div id="l" role="combobox" aria-expanded="true" aria-controls="n">'
                         '</div><ul id="n" role="listbox"></ul>', "passed"),
])
def test_ids_in_template_content_are_not_found(rule: str, body: str, expected: str) -> None:
    assert verdicts(rule, body)["#l"] == expected


@pytest.mark.parametrize(("rule", "body"), [
    ("image-alt", '<template><img src="a.png"></template>'),
    ("aria-valid-attr", '<template><div aria-bogus="x">x</div></template>'),
    ("aria-allowed-attr", '<template><p aria-checked="true">x</p></template>'),
    ("meta-refresh", '<template><meta http-equiv="refresh" content="5"></template>'),
])
def test_template_content_is_outside_the_document(rule: str, body: str) -> None:
    assert verdicts(rule, body) == {}


def test_start_tags_in_templates_are_source_too() -> None:
    body = '<template><p id="t" class="a" class="b">x</p></template>'
    assert verdicts("duplicate-attribute", body) == {"html > body > template > p": "failed"}


def test_an_inert_refresh_does_not_hide_the_documents_own() -> None:
    body = ('<template><meta http-equiv="refresh" content="0"></template>'
            '<meta id="m" http-equiv="refresh" content="5">')
    assert verdicts("meta-refresh", body) == {"#m": "failed"}


# The shared declarative refresh steps (HTML §4.2.5.3): a URL part that fails to parse makes
# the content invalid, so the next valid refresh is the first one.
@pytest.mark.parametrize(("content", "expected"), [
    ("5; url=http://[", {"#next": "passed"}),        # unclosed IPv6 host
    ("5; url=http://a:99999", {"#next": "passed"}),  # port out of range
    ("5; URL = 'http://", {"#next": "passed"}),      # special scheme, no host
    ("5; http:///x", {"#m": "failed"}),               # extra slashes are skipped: host x
    ("5; URL = 'https://example.org/'", {"#m": "failed"}),
])
def test_a_refresh_url_that_does_not_parse_is_invalid(content: str,
                                                      expected: dict[str, str]) -> None:
    head = (f'<meta id="m" http-equiv="refresh" content="{content}">'
            '<meta id="next" http-equiv="refresh" content="0">')
    assert verdicts("meta-refresh", "<p>x</p>", head=head) == expected


# aria-required-attr (ACT 4e8ab6): explicit roles need ARIA 1.2's required states, not
# empty; only option and tab have a default (aria-selected); native checked state counts.
@pytest.mark.parametrize(("body", "expected"), [
    ('<div id="t" role="checkbox">x</div>', "failed"),
    ('<div id="t" role="checkbox" aria-checked=" ">x</div>', "failed"),
    ('<div id="t" role="CHECKBOX" aria-checked="false">x</div>', "passed"),
    ('<div id="t" role="bogus switch">x</div>', "failed"),
    ('<input id="t" type="checkbox" role="switch">', "passed"),
    ('<input id="t" type="checkbox" role="checkbox">', None),   # implicit = explicit
    ('<hr id="t" role="separator">', None),
    ('<div id="t" role="separator">x</div>', "passed"),
    ('<div id="t" role="separator" tabindex="0">x</div>', "failed"),  # focusable: a widget
    ('<div id="t" role="slider" tabindex="0">x</div>', "failed"),
    ('<div id="t" role="option">x</div>', "passed"),
    ('<div id="t" role="scrollbar" aria-valuenow="0">x</div>', "failed"),  # aria-controls
    ('<div id="t" role="checkbox" aria-hidden="true">x</div>', None),
    ('<div role="checkbox" style="display: none">x</div>', None),
    ('<svg><circle id="t" role="checkbox"></circle></svg>', "failed"),
])
def test_required_states_from_the_rule_text(body: str, expected: str | None) -> None:
    assert verdicts("aria-required-attr", body).get("#t") == expected
