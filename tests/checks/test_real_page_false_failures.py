"""False failures found by checking real pages nobody here wrote (issue 13: Debian's -doc
packages, rustdoc and mdBook pages), each cut down to the element and judged from the ACT
rule's text and the specifications it cites, never from the page. Element by element."""

from __future__ import annotations

from rule_helpers import verdicts


def test_a_link_in_a_details_summary_is_not_nested_in_a_button() -> None:
    # rustdoc wraps each impl's heading, with its links, in <details><summary>. 307n5z
    # applies to "any HTML or SVG element with a semantic role that defines its children to be
    # presentational children"; ARIA in HTML maps summary to "No corresponding role", and
    # 2t702h says a button role for it "deviates from the implicit ARIA semantics".
    found = verdicts("nested-interactive",
                     '<details open><summary id="impl"><section><a href="#x">§</a>'
                     '<h3>impl Debug for T</h3></section></summary><p>x</p></details>'
                     '<details><summary id="button" role="button"><a href="#y">y</a>'
                     '</summary>z</details>'
                     '<div id="div-button" role="button"><a href="#z">z</a></div>')
    assert found == {"#button": "failed", "#div-button": "failed"}


def test_a_named_summary_is_not_a_widget_for_label_in_name() -> None:
    # 2ee8b8 applies to elements with "a semantic role that is a widget that supports name
    # from content"; a details' summary has no semantic role (ARIA in HTML), so its
    # aria-label is not compared with its text. role=button on it makes it one.
    found = verdicts("label-in-name",
                     '<details><summary id="summary" aria-label="Close">Open</summary>x'
                     '</details>'
                     '<details><summary id="button" role="button" aria-label="Close">Open'
                     '</summary>x</details>')
    assert found == {"#button": "failed"}
