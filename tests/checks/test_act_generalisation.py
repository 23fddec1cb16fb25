"""ACT rules on hand-written pages beyond the W3C development cases.

Each case is a small page of our own with the outcome ACT semantics give it: ``failed`` must
be reported as a violation, ``passed`` and ``inapplicable`` must not be (``cant_tell`` is
allowed for those, never for ``failed``).
"""

from __future__ import annotations

import pytest

from broadsheet.checks import default_registry
from broadsheet.checks.engine import run
from broadsheet.checks.parse import parse
from broadsheet.findings import Outcome

NAV = ('<nav><ul><li><a href="/one">Chapter 1</a></li>'
       '<li><a href="/two">Chapter 2</a></li></ul></nav>')
TEXT = "<p>Unity succeeds division and division follows unity.</p>"


def outcomes(rule: str, body: str, head: str = "") -> set[Outcome]:
    html = (f"<!DOCTYPE html><html lang='en'><head><title>Page</title>{head}</head>"
            f"<body>{body}</body></html>")
    report = run(parse(html, file_ext="html"), default_registry().select([rule]))
    return {result.outcome for result in report.results}


def assert_act(rule: str, expected: str, body: str, head: str = "") -> None:
    found = outcomes(rule, body, head)
    if expected == "failed":
        assert Outcome.FAILED in found, f"{rule} missed a failure: {found}"
    else:
        assert Outcome.FAILED not in found, f"{rule} reported a false failure: {found}"
        if expected == "passed":
            assert found, f"{rule} found nothing to check"


# -- heading-for-main-content (047fe0) / bypass (cf77f2) ----------------------------------


@pytest.mark.parametrize("rule", ["heading-for-main-content", "bypass"])
def test_heading_between_navigation_and_main_starts_the_content(rule: str) -> None:
    assert_act(rule, "passed", NAV + f"<h1>Three heroes</h1><main>{TEXT}</main>")


def test_linked_headline_starts_the_main_content() -> None:
    body = NAV + f'<main><h1><a href="/story">Three heroes</a></h1>{TEXT}</main>'
    assert_act("heading-for-main-content", "passed", body)


def test_linked_headline_without_main_starts_the_content() -> None:
    body = NAV + f'<div><h1><a href="/story">Three heroes</a></h1>{TEXT}</div>'
    assert_act("heading-for-main-content", "passed", body)


def test_breadcrumbs_before_the_heading_in_main_are_repeated_content() -> None:
    body = NAV + (f'<main><nav aria-label="Breadcrumb"><a href="/">Home</a></nav>'
                  f"<h1>Three heroes</h1>{TEXT}</main>")
    assert_act("heading-for-main-content", "passed", body)


def test_kicker_before_the_headline_in_main_is_a_judgement_call() -> None:
    # A section link and tag above the headline: whether they start the main content
    # needs judgement, so the rule may not report a failure.
    body = NAV + ('<main><p><a href="/world">World</a> <span>Elections</span></p>'
                  f"<h1>Three heroes</h1>{TEXT}</main>")
    assert_act("heading-for-main-content", "cant_tell", body)


def test_heading_inside_the_navigation_does_not_count() -> None:
    nav = NAV.replace("<nav>", "<nav><h2>Chapters</h2>")
    assert_act("heading-for-main-content", "failed", nav + f"<main>{TEXT}</main>")


def test_skip_link_to_main_opening_with_breadcrumbs_passes() -> None:
    body = ('<a href="#main">Skip to main content</a>' + NAV
            + '<main id="main"><nav aria-label="Breadcrumb"><a href="/">Home</a></nav>'
            + f"<h1>Three heroes</h1>{TEXT}</main>")
    assert_act("skip-to-main-content", "passed", body)
    assert_act("heading-for-main-content", "passed", body)


# -- landmark-for-main-content (b40fd1) --------------------------------------------------


def test_empty_main_does_not_hold_the_main_content() -> None:
    assert_act("landmark-for-main-content", "failed", NAV + f"<main></main>{TEXT}")


def test_main_holding_the_content_passes() -> None:
    assert_act("landmark-for-main-content", "passed", NAV + f"<main>{TEXT}</main>")


def test_content_in_main_after_a_page_heading_passes() -> None:
    assert_act("landmark-for-main-content", "passed",
               NAV + f"<h1>Three heroes</h1><main>{TEXT}</main>")


# -- presentation-role-conflict (46ca7f) -------------------------------------------------


@pytest.mark.parametrize("body", [
    '<img src="a.png" alt="" aria-hidden="true" tabindex="-1">',
    '<img src="a.png" alt="" style="display: none" aria-label="Logo">',
    '<div aria-hidden="true"><span role="none" tabindex="0">x</span></div>',
])
def test_hidden_decorative_elements_expose_nothing(body: str) -> None:
    assert_act("presentation-role-conflict", "passed", body)


def test_exposed_decorative_element_with_global_aria_still_fails() -> None:
    assert_act("presentation-role-conflict", "failed",
               '<img src="a.png" alt="" aria-describedby="d"><p id="d">A caption</p>')


# -- meta-viewport (b4f0c3) --------------------------------------------------------------


@pytest.mark.parametrize("content", [
    "width=device-width initial-scale=1 maximum-scale=1",
    "width=device-width user-scalable=no",
    "width = device-width , maximum-scale = 1.0",
])
def test_viewport_properties_separated_like_browsers_do(content: str) -> None:
    assert_act("meta-viewport", "failed", "<p>Text</p>",
               f'<meta name="viewport" content="{content}">')


@pytest.mark.parametrize("content", [
    "width=device-width initial-scale=1 maximum-scale=3",
    "width=device-width user-scalable=yes",
    "maximum-scale=3px",
])
def test_viewport_allowing_zoom_passes(content: str) -> None:
    assert_act("meta-viewport", "passed", "<p>Text</p>",
               f'<meta name="viewport" content="{content}">')


# -- closed details and dialog content is not rendered -----------------------------------


@pytest.mark.parametrize(("rule", "body"), [
    ("link-name", '<details><summary>More</summary><a href="/more"></a></details>'),
    ("image-alt", '<dialog><img src="a.png"></dialog>'),
    ("aria-hidden-focus",
     '<div aria-hidden="true"><details><summary tabindex="-1">More</summary>'
     '<a href="/more">Read on</a></details></div>'),
])
def test_content_of_closed_details_and_dialog_is_not_rendered(rule: str, body: str) -> None:
    assert_act(rule, "inapplicable", body)


@pytest.mark.parametrize(("rule", "body"), [
    ("link-name", '<details open><summary>More</summary><a href="/more"></a></details>'),
    ("image-alt", '<dialog open><img src="a.png"></dialog>'),
])
def test_content_of_open_details_and_dialog_is_checked(rule: str, body: str) -> None:
    assert_act(rule, "failed", body)


# -- tables nested inside cells (d0f69e, a25f45) -----------------------------------------


def test_cells_of_a_nested_table_are_not_data_cells_of_the_outer_table() -> None:
    body = ("<table><tr><th>Layout</th><th>Notes</th></tr>"
            "<tr><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>")
    assert_act("th-has-data-cells", "failed", body)


def test_cells_of_a_nested_table_do_not_shift_the_outer_columns() -> None:
    body = ("<table><tr><th>Layout</th><th>Notes</th></tr>"
            "<tr><td><table><tr><td>a</td><td>b</td><td>c</td></tr></table></td>"
            "<td>Outer note</td></tr></table>")
    assert_act("th-has-data-cells", "passed", body)


def test_headers_pointing_into_a_nested_table_fail() -> None:
    body = ('<table><tr><th>Outer</th></tr>'
            '<tr><td><table><tr><th id="inner">Inner</th></tr><tr><td>1</td></tr></table>'
            '</td></tr><tr><td headers="inner">2</td></tr></table>')
    assert_act("td-headers-attr", "failed", body)


# -- aria-required-children (bc4a75): label text names its control ------------------------


def test_radios_wrapped_in_their_labels_are_what_a_radiogroup_owns() -> None:
    assert_act("aria-required-children", "passed",
               '<div role="radiogroup" aria-label="Size">'
               '<label><input type="radio" name="s"> Small</label>'
               '<label><input type="radio" name="s"> Large</label></div>')


def test_loose_text_in_a_radiogroup_still_fails() -> None:
    assert_act("aria-required-children", "failed",
               '<div role="radiogroup" aria-label="Size"><label>Pick one</label>'
               '<span role="radio" aria-checked="false" tabindex="0">Small</span></div>')
