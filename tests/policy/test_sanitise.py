"""Inline HTML keeps the allowlist and nothing else; URLs are checked by scheme."""

from __future__ import annotations

import html

import nh3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from broadsheet.policy.sanitise import ALLOWED_TAGS, inline_to_text, sanitise_inline
from broadsheet.policy.urls import RESOURCE_SCHEMES, safe_srcset, safe_url
from tests.helpers import parse_html


def fragment_elements(html: str) -> list[etree._Element]:
    body = parse_html(f"<p>{html}</p>").find("body/p")
    return list(body.iter())[1:]


def test_allowed_markup_survives_with_its_attributes() -> None:
    html = ('<a href="https://example.org/x" hreflang="uk">a</a> <em>e</em> <abbr title="t">'
            'NATO</abbr> <span lang="uk" dir="ltr">слово</span> <time datetime="2021-09-30">'
            'today</time> <q cite="https://example.org">q</q>')
    tags = [el.tag for el in fragment_elements(sanitise_inline(html))]
    assert tags == ["a", "em", "abbr", "span", "time", "q"]


@pytest.mark.parametrize("html", [
    '<img src=x onerror="alert(1)">', "<script>alert(1)</script>", '<a href="javascript:alert(1)">x</a>',
    '<a href=" jav&#x09;ascript:alert(1)">x</a>', '<div onclick="x()">text</div>',
    '<svg><script>alert(1)</script></svg>', '<style>body{}</style>', '<iframe src="https://x">',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', '<span style="color:red" class="c">s</span>',
])
def test_dangerous_markup_is_removed(html: str) -> None:
    for element in fragment_elements(sanitise_inline(html)):
        assert element.tag in ALLOWED_TAGS
        for name, value in element.attrib.items():
            assert name in ALLOWED_TAGS[element.tag] | {"lang"}
            assert not value.lower().lstrip().startswith(("javascript:", "data:"))


def test_text_of_removed_markup_is_kept_but_script_bodies_are_not() -> None:
    cleaned = sanitise_inline("<div>kept <b>bold</b></div><script>dropped()</script>")
    assert inline_to_text(cleaned) == "kept bold"


@pytest.mark.parametrize(("url", "allowed"), [
    ("https://example.org/a", True), ("/relative/path", True), ("#fragment", True),
    ("mailto:desk@example.org", True), ("JavaScript:alert(1)", False),
    ("java\nscript:alert(1)", False), ("&#106;avascript:alert(1)", False),
    ("vbscript:x", False), ("data:text/html,x", False), ("weird:thing", False),
])
def test_links_are_checked_by_scheme(url: str, allowed: bool) -> None:
    assert (safe_url(url) is not None) is allowed


def test_resources_allow_only_http_and_https() -> None:
    assert safe_url("mailto:a@b.c", RESOURCE_SCHEMES) is None
    assert safe_srcset("a.jpg 1x, https://x/b.jpg 2x") == "a.jpg 1x, https://x/b.jpg 2x"
    assert safe_srcset("javascript:x 1x") is None


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_the_plain_text_shortcut_matches_the_sanitiser(text: str) -> None:
    from broadsheet.policy import sanitise

    if sanitise._is_plain(text):
        full = nh3.clean(text, tags=set(), attributes={})
        assert sanitise._escape_plain(text) == full
        visible = sanitise._BIDI_CONTROLS.sub("", html.unescape(full))
        assert inline_to_text(text) == " ".join(visible.split())
