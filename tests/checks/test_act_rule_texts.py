"""The first 35 ACT rules on cases written from their normative texts (applicability and
expectations), element by element, beyond the development split."""

from __future__ import annotations

import pytest
from rule_helpers import verdicts

from broadsheet.checks import check
from broadsheet.checks.rules.page import refresh_delay


def test_frame_marked_decorative_or_out_of_tab_order_is_inapplicable() -> None:
    body = ('<iframe id="deco" role="presentation" src="ad.html"></iframe>'
            '<iframe id="none" role="none" src="ad.html"></iframe>'
            '<iframe id="neg" tabindex="-1px" src="ad.html"></iframe>'   # parses as -1
            '<iframe id="plain" src="ad.html"></iframe>'
            '<iframe id="named" title="Weather map" src="map.html"></iframe>')
    assert verdicts("frame-title", body) == {"#plain": "failed", "#named": "passed"}


def test_image_button_is_judged_whatever_its_role() -> None:
    body = ('<input id="link" type="image" src="go.png" role="link">'
            '<input id="ok" type="image" src="go.png" alt="Search">')
    assert verdicts("input-image-alt", body) == {"#link": "failed", "#ok": "passed"}


def test_decorative_img_with_an_invalid_role_token_is_still_marked_decorative() -> None:
    body = '<img id="i" src="line.png" alt="" role="decoration" tabindex="0">'
    assert verdicts("presentation-role-conflict", body) == {"#i": "failed"}


@pytest.mark.parametrize(("body", "expected"), [
    # a name on role none is prohibited, it does not undo the role
    ('<span id="s" role="none" aria-label="Price">€1</span>', "failed"),
    # aria-describedby is allowed on none and makes the browser expose the span: generic
    ('<span id="s" role="none" aria-describedby="d" aria-label="Price">€1</span>'
     '<p id="d">Sale</p>', "failed"),
    # focusable: the button's own role is used, where a name is fine
    ('<button id="s" role="none" aria-label="Buy">€1</button>', "passed"),
    ('<div id="s" role="group" aria-label="Prices">€1</div>', "passed"),
])
def test_prohibited_attributes_follow_the_semantic_role(body: str, expected: str) -> None:
    assert verdicts("aria-prohibited-attr", body).get("#s") == expected


def test_busy_ancestor_makes_required_children_inapplicable() -> None:
    body = ('<div aria-busy="true"><ul id="busy" role="list"><div>loading</div></ul></div>'
            '<div role="list" id="idle"><div>not an item</div></div>')
    assert verdicts("aria-required-children", body) == {"#idle": "failed"}


def test_nested_interactive_applies_to_hidden_controls_too() -> None:
    body = ('<div id="b" role="button" aria-hidden="true">Open <a href="/x">x</a></div>'
            '<div id="c" role="button" style="display:none"><a href="/x">x</a></div>')
    assert verdicts("nested-interactive", body) == {"#b": "failed", "#c": "passed"}


def test_headers_attribute_in_a_hidden_table_is_inapplicable() -> None:
    table = ('<table {}><tr><th id="h">Name</th></tr>'
             '<tr><td id="c" headers="nope">Ada</td></tr></table>')
    assert verdicts("td-headers-attr", table.format('aria-hidden="true"')) == {}
    assert verdicts("td-headers-attr", table.format("")) == {"#c": "failed"}


def test_header_of_a_hidden_table_is_inapplicable() -> None:
    body = ('<table style="visibility:hidden"><tr><th id="h" style="visibility:visible">'
            'Name</th></tr></table>')
    assert verdicts("th-has-data-cells", body) == {}


@pytest.mark.parametrize(("content", "expected"), [
    ("5", (5, False)), (".5", (0, False)), ("5.9; url=/next", (5, True)),
    ("  3 ,/next", (3, True)), ("0;", (0, False)),
    ("5x", None), ("", None), ("a", None), ("1e3", None), ("-1", None),
])
def test_refresh_delay_follows_the_shared_declarative_refresh_steps(
        content: str, expected: tuple[int, bool] | None) -> None:
    assert refresh_delay(content) == expected


def test_meta_refresh_with_a_fraction_only_is_immediate() -> None:
    head = '<meta http-equiv="refresh" content=".9; url=/next">'
    report = check(f"<!DOCTYPE html><html lang=en><head><title>t</title>{head}</head>"
                   "<body>x</body></html>", rules=["meta-refresh", "meta-refresh-no-exceptions"])
    assert str(report.outcome_of("meta-refresh")) == "passed"
    assert str(report.outcome_of("meta-refresh-no-exceptions")) == "passed"


@pytest.mark.parametrize(("content", "expected"), [
    ("width=device-width, maximum-scale=-1", "passed"),      # negative: not a cap
    ("width=device-width, maximum-scale=1.5", "failed"),
    ("width=device-width, maximum-scale=2", "passed"),
    ("width=device-width, maximum-scale=device-width", "passed"),
    ("user-scalable=0.5", "failed"), ("user-scalable=-1", "passed"),
    ("user-scalable=no", "failed"), ("user-scalable=false", "failed"),
    ("width=device-width; notmaximum-scale=1", "inapplicable"),
])
def test_meta_viewport(content: str, expected: str) -> None:
    head = f'<meta name="viewport" content="{content}">'
    report = check(f"<!DOCTYPE html><html lang=en><head><title>t</title>{head}</head>"
                   "<body>x</body></html>", rules=["meta-viewport"])
    assert str(report.outcome_of("meta-viewport")) == expected


@pytest.mark.parametrize(("attrs", "expected"), [
    ('lang="en" xml:lang="en-GB"', "passed"),
    ('lang="en" xml:lang="EN"', "passed"),
    ('lang="en" xml:lang="fr"', "failed"),
    ('lang="en" xml:lang="xyz-1"', "failed"),    # xml:lang need not be a known language
    ('lang="en" xml:lang=" "', "inapplicable"),
    ('lang="xyz" xml:lang="fr"', "inapplicable"),  # lang must be known
])
def test_html_xml_lang_mismatch(attrs: str, expected: str) -> None:
    report = check(f"<!DOCTYPE html><html {attrs}><head><title>t</title></head>"
                   "<body>x</body></html>", rules=["html-xml-lang-mismatch"])
    assert str(report.outcome_of("html-xml-lang-mismatch")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # visibility can be undone by a descendant: the visible text inherits the language
    ('<div id="t" lang="xyz" style="visibility:hidden"><span style="visibility:visible">'
     "Text</span></div>", {"#t": "failed"}),
    ('<div id="t" lang="xyz" style="display:none">Text</div>', {}),
    # a descendant with its own lang takes the text; one with lang="" does not
    ('<div id="t" lang="xyz"><p lang="en">Text</p></div>', {"#t > p": "passed"}),
    ('<div id="t" lang="xyz"><p lang="">Text</p></div>', {"#t": "failed"}),
    # an accessible name is text too
    ('<div id="t" lang="xyz"><img src="a.png" alt="Portrait"></div>', {"#t": "failed"}),
    ('<p id="t" lang="fr-hello">Bonjour</p>', {"#t": "passed"}),
    ('<p id="t" lang="i-klingon">Qapla</p>', {"#t": "failed"}),  # grandfathered: no primary
])
def test_valid_lang_text_inheriting_the_language(body: str, expected: dict[str, str]) -> None:
    assert verdicts("valid-lang", body) == expected


def test_duplicate_ids_count_per_tree_and_only_on_html_and_svg() -> None:
    body = ('<p id="a">x</p><template><p id="a">y</p><i id="t"></i><b id="t"></b></template>'
            '<svg><g id="b"></g></svg><p id="b">z</p>'
            '<math><mi id="m">x</mi></math><p id="m">q</p><p id="">e</p><p id="">f</p>')
    assert verdicts("duplicate-id", body) == {
        "#a": "passed",            # the template is another tree: getElementById finds this one
        "html > body > template > p": "passed",
        "html > body > template > i": "failed", "html > body > template > b": "failed",
        "html > body > svg > g": "failed", "html > body > p:nth-child(4)": "failed",
        "html > body > p:nth-child(6)": "passed"}            # MathML ids are not counted


def test_custom_elements_are_generic() -> None:
    body = ('<my-card id="c" aria-label="Card">Text</my-card>'
            '<my-tab id="t" aria-pressed="true">x</my-tab>')
    assert verdicts("aria-prohibited-attr", body) == {"#c": "failed"}
    assert verdicts("aria-allowed-attr", body)["#t"] == "failed"
