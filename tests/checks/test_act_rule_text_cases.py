"""Cases of our own, written from the ACT rule texts and the specifications they cite, for
what the axe-core fixtures and a re-reading of the rule texts showed the rules got wrong.
Element by element: each judged element's outcome, by its ``#id``."""

from __future__ import annotations

from rule_helpers import verdicts


def test_blank_naming_attributes_set_nothing_a_role_could_prohibit() -> None:
    # WAI-ARIA: an empty value is the same as no attribute; accname skips a blank aria-label
    # and an aria-labelledby list of no ids. Non-blank ones stay prohibited on generic.
    found = verdicts("aria-prohibited-attr",
                     '<div id="empty" aria-label="">a</div>'
                     '<div id="spaces" aria-label=" \t ">b</div>'
                     '<div id="no-ids" aria-labelledby="  ">c</div>'
                     '<div id="named" aria-label="x">d</div>'
                     '<p id="para" aria-labelledby="named">e</p>'
                     '<div id="mixed" aria-label=" " aria-labelledby="named">f</div>')
    assert found == {"#empty": "passed", "#spaces": "passed", "#no-ids": "passed",
                     "#named": "failed", "#para": "failed", "#mixed": "failed"}


def test_an_empty_header_cell_with_no_data_cells_is_not_called_a_failure() -> None:
    # d0f69e applies to visible headers: an empty th draws nothing unless styled.
    found = verdicts("th-has-data-cells",
                     '<table id="t1"><tr><th id="empty"></th></tr></table>'
                     '<table id="t2"><tr><th id="text">Total</th></tr></table>'
                     '<table id="t3"><tr><th id="img"><img src="a.png" alt="Sum"></th></tr>'
                     '</table>'
                     '<table id="t4"><tr><th id="spaces"> <br> </th></tr></table>'
                     '<table id="t5"><tr><th id="headed"></th></tr><tr><td>1</td></tr></table>')
    assert found == {"#empty": "cant_tell", "#text": "failed", "#img": "failed",
                     "#spaces": "cant_tell", "#headed": "passed"}
