"""False failures found by checking real pages nobody here wrote (issue 13: Debian's -doc
packages, rustdoc and mdBook pages, GOV.UK Frontend's component examples), each cut down to
the element and judged from the ACT rule's text and the specifications it cites, never from
the page. Element by element."""

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


def test_a_header_spanning_past_its_row_group_heads_the_next_groups_columns() -> None:
    # GOV.UK Frontend's table "head with rowspan and colspan": a thead of one row whose th has
    # rowspan=2 colspan=2, then a tbody row Jan | Feb. HTML's algorithm for processing rows:
    # "If yheight < ycurrent + rowspan, then let yheight be ycurrent + rowspan", and for ending
    # a row group "While ycurrent is less than yheight ... Increase ycurrent by 1"; a row
    # group starts at "ystart be the current height of the table (yheight)". So the tbody
    # row is row 2 and Jan and Feb sit under the header in columns 0 and 1 (d0f69e:
    # "assigned to at least one element with an inheriting semantic cell").
    found = verdicts("th-has-data-cells",
                     '<table><thead><tr><th id="spanning" scope="col" colspan="2" rowspan="2">'
                     'Foo</th></tr></thead><tbody><tr><td>Jan</td><td>Feb</td></tr></tbody>'
                     '</table>'
                     '<table><thead><tr><th id="alone" scope="col">Bar</th><th id="over" '
                     'scope="col">Baz</th></tr></thead><tbody><tr><td colspan="2">x</td></tr>'
                     '<tr><td rowspan="2">y</td><td>z</td></tr></tbody></table>')
    assert found == {"#spanning": "passed", "#alone": "passed", "#over": "passed"}


def test_a_tfoot_before_the_tbody_is_the_tables_last_row_group() -> None:
    # HTML's table processing model: "If the current element is a tfoot, then add that
    # element to the list of pending tfoot elements" and at the end "For each tfoot element
    # in the list of pending tfoot elements, in tree order, run the algorithm for processing
    # row groups". A footer row of header cells written before the tbody is at the bottom,
    # so the body's cells are not below it.
    found = verdicts("th-has-data-cells",
                     '<table><thead><tr><th id="head" scope="col">Month</th></tr></thead>'
                     '<tfoot><tr><th id="foot" scope="col">Total</th></tr></tfoot>'
                     '<tbody><tr><td>Jan</td></tr></tbody></table>'
                     '<table><tfoot><tr><th id="foot-first" scope="col">Sum</th></tr></tfoot>'
                     '<tbody><tr><td>Jan</td></tr></tbody></table>')
    assert found == {"#head": "passed", "#foot": "failed", "#foot-first": "failed"}


def test_a_rowspan_of_zero_spans_the_rest_of_its_row_group() -> None:
    # HTML's algorithm for processing rows: "If rowspan is zero and the table element's node
    # document is not set to quirks mode, then let cell grows downward be true, and set
    # rowspan to 1", and a downward-growing cell is extended over each later row of its row
    # group. The row header spanning every row heads the second row's data cell too.
    found = verdicts("th-has-data-cells",
                     '<table><tbody><tr><th id="label" scope="col">A</th><th id="side" '
                     'rowspan="0" scope="row">Side</th></tr>'
                     '<tr><td>1</td><td>2</td></tr></tbody></table>')
    assert found == {"#label": "passed", "#side": "passed"}
