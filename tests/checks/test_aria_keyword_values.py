"""ARIA keyword values read one way by every rule, from WAI-ARIA 1.2's value types and HTML's
attribute microsyntaxes: a keyword (true/false, tristate, token) matches ASCII
case-insensitively and is not trimmed, so ``"true "`` is no keyword (an invalid value, the
attribute keeps its default); only token lists are split, on ASCII whitespace alone.
Element by element, each outcome by ``#id``."""

from __future__ import annotations

from rule_helpers import verdicts

from broadsheet.checks import aria


def test_keywords_match_ascii_case_insensitively_and_untrimmed() -> None:
    found = verdicts("aria-valid-attr-value",
                     '<div id="upper" aria-hidden="TRUE">a</div>'
                     '<div id="trailing" aria-hidden="true ">b</div>'
                     '<div id="leading" role="button" aria-expanded=" false">c</div>'
                     '<div id="newline" role="checkbox" aria-checked="mixed\n">d</div>'
                     '<div id="mixed-case" role="checkbox" aria-checked="Mixed">e</div>'
                     '<div id="token" aria-live="POLITE">f</div>'
                     '<div id="token-padded" aria-live="\tpolite">g</div>'
                     '<div id="list" aria-relevant=" additions\ttext ">h</div>'
                     '<div id="nbsp-list" aria-dropeffect="copy\u00a0move">i</div>'
                     '<div id="blank" aria-hidden="  ">j</div>')
    assert found == {"#upper": "passed", "#trailing": "failed", "#leading": "failed",
                     "#newline": "failed", "#mixed-case": "passed", "#token": "passed",
                     "#token-padded": "failed", "#list": "passed", "#nbsp-list": "failed"}


def test_a_padded_aria_hidden_hides_nothing() -> None:
    # "true " is not the keyword true: the content stays in the accessibility tree.
    page = ('<div aria-hidden="true "><button id="padded"></button></div>'
            '<div aria-hidden="TRUE"><button id="upper"></button></div>'
            '<div aria-hidden="true"><button id="plain"></button></div>')
    assert verdicts("button-name", page) == {"#padded": "failed"}
    focus = verdicts("aria-hidden-focus",
                     '<div id="padded" aria-hidden=" true"><a href="/a">a</a></div>'
                     '<div id="upper" aria-hidden="True"><a href="/b">b</a></div>')
    assert focus == {"#upper": "failed"}


def test_a_padded_aria_expanded_leaves_a_combobox_collapsed() -> None:
    # Collapsed, a combobox needs no aria-controls (ARIA 1.2 combobox); "true " is no keyword.
    found = verdicts("aria-required-attr",
                     '<div id="padded" role="combobox" aria-expanded="true ">a</div>'
                     '<div id="upper" role="combobox" aria-expanded="TRUE">b</div>')
    assert found == {"#padded": "passed", "#upper": "failed"}


def test_a_padded_aria_disabled_leaves_a_field_enabled() -> None:
    found = verdicts("autocomplete-valid",
                     '<input id="padded" autocomplete="badterm" aria-disabled="true ">'
                     '<input id="upper" autocomplete="badterm" aria-disabled="TRUE">'
                     '<div aria-disabled="true"><input id="inside" autocomplete="badterm"></div>')
    assert found == {"#padded": "failed"}


def test_the_helpers() -> None:
    assert aria.keyword("aria-hidden", "TRUE") == "true"
    assert aria.keyword("aria-hidden", "true ") is None
    assert aria.keyword("aria-current", "PAGE") == "page"
    assert aria.keyword("aria-current", "stage") is None
    # ASCII case-insensitivity only: the Kelvin sign is not a "k" here.
    assert aria.keyword("aria-sort", "asc\u212aending") is None
    assert aria.split_tokens(" copy\tmove\u00a0x ") == ["copy", "move\u00a0x"]


def test_role_tokens_split_on_ascii_whitespace_and_match_ascii_case_insensitively() -> None:
    # role is a set of space-separated tokens (HTML §2.3.8); 674b10 applies to a value that
    # is not only ASCII whitespace, so a no-break space is a (wrong) token, not a separator.
    found = verdicts("aria-roles",
                     '<div id="upper" role="BUTTON">a</div>'
                     '<div id="padded" role=" button\t">b</div>'
                     '<div id="nbsp-joined" role="button\u00a0link">c</div>'
                     '<div id="nbsp-only" role="\u00a0">d</div>'
                     '<div id="blank" role=" \t">e</div>')
    assert found == {"#upper": "passed", "#padded": "passed", "#nbsp-joined": "failed",
                     "#nbsp-only": "failed"}
    # the role the other rules see: the NBSP-joined value is no role, so the div is generic
    assert verdicts("aria-prohibited-attr",
                    '<div id="joined" role="img\u00a0button" aria-label="x">a</div>'
                    '<div id="spaced" role="img button" aria-label="x">b</div>') == {
        "#joined": "failed", "#spaced": "passed"}
