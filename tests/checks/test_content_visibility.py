"""``content-visibility: hidden`` (CSS Containment 2 §4): the element skips its contents,
which are not rendered, focusable or exposed to assistive technology, while the element's
own box stays. It applies only where size containment can (not to non-atomic inline boxes,
tables or table-internal boxes, nor without a box). Element by element, by ``#id``."""

from __future__ import annotations

from rule_helpers import verdicts


def test_skipped_contents_are_hidden_but_the_element_is_not() -> None:
    found = verdicts("image-alt",
                     '<div style="content-visibility: hidden"><img id="inside" src="a.png"></div>'
                     '<div style="content-visibility:hidden"><p><img id="deep" src="b.png"></p></div>'
                     '<img id="self" src="c.png" style="content-visibility: hidden">'
                     '<div style="content-visibility: auto"><img id="auto" src="d.png"></div>'
                     '<div style="content-visibility: hidden; content-visibility: visible">'
                     '<img id="overridden" src="e.png"></div>')
    assert found == {"#self": "failed", "#auto": "failed", "#overridden": "failed"}


def test_style_sheet_rules_and_where_containment_cannot_apply() -> None:
    found = verdicts(
        "link-name",
        '<section class="folded"><a id="folded" href="/a"></a></section>'
        '<span class="folded"><a id="inline" href="/b"></a></span>'
        '<span class="folded" style="display: inline-block"><a id="block" href="/c"></a></span>'
        '<table><tr><td class="folded"><a id="cell" href="/d"></a></td></tr></table>'
        '<div class="folded" style="display: contents"><a id="contents" href="/e"></a></div>',
        head="<style>.folded { content-visibility: hidden }</style>")
    assert found == {"#inline": "failed", "#cell": "failed", "#contents": "failed"}
