"""Generalisation traps of the ACT rules, written from each rule's text (not its examples).

Each case is one small page and the outcome the rule text gives it: ``failed`` must be
reported as a violation; ``passed`` and ``inapplicable`` must not be (``passed`` must find
something to check; ``inapplicable`` must find nothing). The traps: case of attribute values
and tag names, ASCII whitespace, hidden vs included in the accessibility tree, explicit roles
over implicit ones and presentational-role conflict resolution, shadow DOM, SVG and MathML,
empty vs missing attributes, role token lists, language subtags.
"""

from __future__ import annotations

import time

import pytest

from broadsheet.checks import default_registry, dom
from broadsheet.checks.engine import run
from broadsheet.checks.parse import Element, parse
from broadsheet.checks.rules.same_purpose import link_context
from broadsheet.checks.rules.tables import assigned_headers
from broadsheet.findings import Outcome


def outcomes(rule: str, body: str, html_attrs: str = 'lang="en"', head: str = "") -> set[Outcome]:
    title = "" if "<title" in head else "<title>Page</title>"
    html = (f"<!DOCTYPE html><html {html_attrs}><head>{title}{head}</head>"
            f"<body>{body}</body></html>")
    report = run(parse(html, file_ext="html"), default_registry().select([rule]))
    return {result.outcome for result in report.results}


def check(rule: str, expected: str, body: str, **kw: str) -> None:
    found = outcomes(rule, body, **kw)
    if expected == "failed":
        assert Outcome.FAILED in found, f"{rule} missed a failure: {found}"
        return
    assert Outcome.FAILED not in found, f"{rule} reported a false failure: {found}"
    if expected == "ok":  # applicable or not, the rule text does not say which outcome
        return
    if expected == "passed":
        assert found & {Outcome.PASSED, Outcome.CANT_TELL}, f"{rule} found nothing: {found}"
    else:
        assert found <= {Outcome.INAPPLICABLE}, f"{rule} applied: {found}"


def cases(rule: str, *rows: tuple[str, str]) -> list[object]:
    return [pytest.param(rule, expected, body, id=f"{rule}:{expected}:{body[:60]}")
            for expected, body in rows]


IMAGE_ALT = cases(
    "image-alt",
    ("failed", '<img src="a.png" alt=" ">'),                      # whitespace is an empty name
    ("failed", '<img src="a.png" alt="" tabindex="0">'),           # focusable: role conflict -> img
    ("failed", '<img src="a.png" alt="" aria-describedby="d"><p id="d">x</p>'),  # global ARIA
    ("failed", '<span role="IMG"></span>'),                        # role tokens ignore case
    ("failed", '<span role="picture img"></span>'),                # first valid token wins
    ("failed", '<div role="presentation"><img src="a.png"></div>'),  # not hidden, only parent
    ("failed", '<img src="a.png" aria-hidden="false">'),
    ("ok", '<img src="a.png" alt="">'),
    ("ok", '<img src="a.png" role="none">'),
    ("ok", '<img src="a.png" role="Presentation">'),
    ("passed", '<img src="a.png" title="Sunset">'),
    ("passed", '<img src="a.png" aria-labelledby="l"><span id="l">Sunset</span>'),
    ("passed", '<span role="img" aria-label="Sunset"></span>'),
    ("inapplicable", '<img src="a.png" aria-hidden="TRUE">'),
    ("inapplicable", '<div aria-hidden="true"><img src="a.png"></div>'),
    ("inapplicable", '<img src="a.png" style="display: none">'),
    ("inapplicable", '<div hidden><img src="a.png"></div>'),
    ("inapplicable", '<img src="a.png" style="visibility:hidden">'),
    ("inapplicable", '<svg role="img"></svg>'),                     # not an HTML element
)

LINK_NAME = cases(
    "link-name",
    ("failed", '<a href="/x"></a>'),
    ("failed", '<a href="/x"> \n </a>'),
    ("failed", '<a href="/x"><img src="a.png" alt=""></a>'),
    ("failed", '<span role="LINK" tabindex="0"></span>'),
    ("failed", '<a href="#n" role="doc-noteref"></a>'),             # inherits from link
    ("failed", '<a href="/x"><span style="display:none">Hidden</span></a>'),
    ("failed", '<img src="m.png" alt="Map" usemap="#m"><map name="m">'
               '<area href="/x" shape="rect" coords="0,0,9,9"></map>'),
    # c487ae applies to HTML elements: an SVG a (SVG namespace) is not one.
    ("inapplicable", '<svg><a href="/x"><rect width="9" height="9"/></a></svg>'),
    # Outside a map, browsers differ on exposing an area (c487ae accessibility support).
    ("ok", '<area href="/x" shape="rect" coords="0,0,9,9">'),
    ("passed", '<a href="/x"><img src="a.png" alt="Home"></a>'),
    ("passed", '<a href="/x" title="Home"></a>'),
    ("passed", '<a href="/x" aria-label="Home"></a>'),
    ("inapplicable", '<a></a>'),                                   # no href: generic
    ("inapplicable", '<a href="/x" role="button">Go</a>'),
    ("inapplicable", '<a href="/x" aria-hidden="true" tabindex="-1"></a>'),
    ("inapplicable", '<a href="/x" style="display:none"></a>'),
)

BUTTON_NAME = cases(
    "button-name",
    ("failed", '<button></button>'),
    ("failed", '<button> </button>'),
    ("failed", '<div role="Button" tabindex="0"></div>'),
    ("failed", '<button role="none"></button>'),                   # focusable: stays a button
    ("failed", '<input type="button">'),
    ("failed", '<input type="button" value="">'),
    ("failed", '<button aria-label=" "></button>'),
    ("passed", '<input type="submit">'),                           # default label "Submit"
    ("passed", '<input type="reset">'),
    ("passed", '<button title="Close"></button>'),
    ("passed", '<button><img src="x.png" alt="Close"></button>'),
    ("passed", '<input type="button" value="Go">'),
    ("inapplicable", '<input type="image" src="go.png">'),
    ("inapplicable", '<button aria-hidden="true" tabindex="-1"></button>'),
    ("inapplicable", '<button style="display:none"></button>'),
    ("inapplicable", '<button role="link">Go</button>'),
)

FORM_FIELD_NAME = cases(
    "form-field-name",
    ("failed", '<select><option>One</option></select>'),
    ("failed", '<input type="range">'),
    ("failed", '<input type="number">'),
    ("failed", '<input type="search">'),
    ("failed", '<input type="EMAIL">'),
    ("failed", '<input type="color">'),
    ("failed", '<input type="date">'),
    ("failed", '<input type="password">'),
    ("failed", '<input type="file">'),
    ("failed", '<textarea></textarea>'),
    ("failed", '<input type="checkbox">'),
    ("failed", '<div role="textbox" contenteditable="true"></div>'),
    ("failed", '<div role="Switch" aria-checked="false" tabindex="0"></div>'),
    ("failed", '<input aria-label=" ">'),
    ("failed", '<input disabled>'),
    ("failed", '<label for="Q">Query</label><input id="q">'),     # ids are case-sensitive
    ("passed", '<label for="q">Query</label><input id="q">'),
    ("passed", '<label>Query <input></label>'),
    ("passed", '<input placeholder="Search">'),
    ("passed", '<input title="Query">'),
    ("passed", '<select aria-label="Size"><option>One</option></select>'),
    ("inapplicable", '<input type="hidden">'),
    ("inapplicable", '<input aria-hidden="true" tabindex="-1">'),
    ("inapplicable", '<input style="display:none">'),
    ("inapplicable", '<input type="submit">'),
    ("inapplicable", '<input role="button" type="checkbox" aria-label="x" value="Go">'),
)

SVG_IMG_ALT = cases(
    "svg-img-alt",
    ("failed", '<svg role="img"><circle r="5"/></svg>'),
    ("failed", '<svg role="IMG"><circle r="5"/></svg>'),
    ("failed", '<svg role="graphics-document"></svg>'),
    ("failed", '<svg><circle role="graphics-symbol" r="5"/></svg>'),
    ("failed", '<svg role="img"><title> </title></svg>'),
    ("failed", '<svg role="img" aria-label=""></svg>'),
    ("passed", '<svg role="img"><title>Chart</title></svg>'),
    ("passed", '<svg role="img" aria-label="Chart"></svg>'),
    ("passed", '<svg role="img" aria-labelledby="t"></svg><p id="t">Chart</p>'),
    ("inapplicable", '<svg><circle r="5"/></svg>'),                   # no explicit role
    ("inapplicable", '<svg role="img" aria-hidden="true"></svg>'),
    ("inapplicable", '<svg role="img" style="display:none"></svg>'),
    ("inapplicable", '<span role="img" aria-label="x"></span>'),    # not SVG
)

EMPTY_HEADING = cases(
    "empty-heading",
    ("failed", '<h1></h1>'),
    ("failed", '<h2> </h2>'),
    ("failed", '<H3><img src="a.png" alt=""></H3>'),
    ("failed", '<div role="heading" aria-level="2"></div>'),
    ("failed", '<div role="Heading"></div>'),
    ("failed", '<h1><span aria-hidden="true">Title</span></h1>'),
    ("failed", '<h1 role="none" aria-describedby="d"></h1><p id="d">d</p>'),  # global ARIA
    # An empty state or property is as if not specified (WAI-ARIA): role none holds.
    ("inapplicable", '<h1 role="none" aria-label=""></h1>'),
    ("passed", '<h1><img src="a.png" alt="Title"></h1>'),
    ("passed", '<h1 aria-label="Title"></h1>'),
    ("passed", '<div role="heading" aria-level="2">Title</div>'),
    ("inapplicable", '<h1 role="none"></h1>'),
    ("inapplicable", '<h1 aria-hidden="true"></h1>'),
    ("inapplicable", '<h1 style="display:none"></h1>'),
    ("inapplicable", '<svg><text role="heading"></text></svg>'),   # not an HTML element
)

FRAME_TITLE = cases(
    "frame-title",
    ("failed", '<iframe src="a.html"></iframe>'),
    ("failed", '<iframe src="a.html" title=" "></iframe>'),
    ("failed", '<iframe src="a.html" title=""></iframe>'),
    ("failed", '<iframe src="a.html" tabindex="0"></iframe>'),
    ("passed", '<iframe src="a.html" title="Map"></iframe>'),
    ("passed", '<iframe src="a.html" aria-label="Map"></iframe>'),
    ("inapplicable", '<iframe src="a.html" tabindex="-1"></iframe>'),
    ("inapplicable", '<iframe src="a.html" role="presentation"></iframe>'),
    ("inapplicable", '<iframe src="a.html" aria-hidden="true"></iframe>'),
    ("inapplicable", '<iframe src="a.html" style="display:none"></iframe>'),
)

PRESENTATION_CONFLICT = cases(
    "presentation-role-conflict",
    ("failed", '<img src="a.png" alt="" tabindex="0">'),
    ("failed", '<img src="a.png" alt="" aria-label="x">'),
    ("failed", '<nav role="none" aria-describedby="d">x</nav><p id="d">y</p>'),
    ("failed", '<button role="presentation">Go</button>'),
    ("passed", '<img src="a.png" alt="">'),
    ("passed", '<img src="a.png" role="none" alt="">'),
    ("passed", '<h1 role="none">Title</h1>'),
    ("passed", '<ul role="presentation"><li>x</li></ul>'),
    ("ok", '<img src="a.png" alt="" aria-hidden="true" tabindex="0">'),
    ("inapplicable", '<img src="a.png" alt="Sunset">'),
    ("inapplicable", '<img src="a.png" alt="" role="img" aria-label="x">'),  # explicit role
)

ALL = SVG_IMG_ALT + EMPTY_HEADING + FRAME_TITLE + PRESENTATION_CONFLICT + IMAGE_ALT + LINK_NAME + BUTTON_NAME + FORM_FIELD_NAME


@pytest.mark.parametrize(("rule", "expected", "body"), ALL)
def test_trap(rule: str, expected: str, body: str) -> None:
    check(rule, expected, body)


def page(rule: str, *rows: tuple[str, str, str, str]) -> list[object]:
    """Rows of (expected, html attributes, head, body)."""
    return [pytest.param(rule, expected, attrs, head, body,
                         id=f"{rule}:{expected}:{attrs[:30]}:{head[:40]}:{body[:30]}")
            for expected, attrs, head, body in rows]


VIEW = '<meta name="viewport" content="{}">'
REFRESH = '<meta http-equiv="{}" content="{}">'
PAGES = [
    *page("html-has-lang",
          ("failed", "", "", "<p>Hi</p>"),
          ("failed", 'lang=""', "", "<p>Hi</p>"),
          ("failed", 'lang=" \t"', "", "<p>Hi</p>"),
          ("failed", 'xml:lang="en"', "", "<p>Hi</p>"),
          ("passed", 'lang="xx"', "", "<p>Hi</p>"),              # any non-empty value
          ("passed", 'LANG="en"', "", "<p>Hi</p>")),
    *page("html-lang-valid",
          ("failed", 'lang="xyz"', "", "<p>Hi</p>"),
          ("failed", 'lang="english"', "", "<p>Hi</p>"),
          ("failed", 'lang="i-klingon"', "", "<p>Hi</p>"),          # grandfathered
          ("failed", 'lang="us-en"', "", "<p>Hi</p>"),
          ("failed", 'lang="en_US"', "", "<p>Hi</p>"),              # one subtag "en_US"
          ("failed", 'lang="eng"', "", "<p>Hi</p>"),                # ISO 639-2, not registered
          ("failed", 'lang="en-US x"', "", "<p>Hi</p>"),           # not a language tag
          ("passed", 'lang="en-"', "", "<p>Hi</p>"),
          ("passed", 'lang="EN"', "", "<p>Hi</p>"),
          ("passed", 'lang="de-hello"', "", "<p>Hi</p>"),
          ("passed", 'lang="zh-Hant-TW"', "", "<p>Hi</p>"),
          ("passed", 'lang="isv"', "", "<p>Hi</p>"),
          ("passed", 'lang="fr-CA"', "", "<p>Hi</p>"),
          ("inapplicable", 'lang=""', "", "<p>Hi</p>"),
          ("inapplicable", 'lang="  "', "", "<p>Hi</p>"),
          ("inapplicable", "", "", "<p>Hi</p>")),
    *page("valid-lang",
          ("failed", 'lang="en"', "", '<p lang="xyz">Hallo</p>'),
          ("failed", 'lang="en"', "", '<p lang="english">Hello</p>'),
          ("failed", 'lang="en"', "", '<p lang="nl"><span lang="xyz">Hallo</span></p>'),
          ("failed", 'lang="en"', "", '<p lang="xyz"><img src="a.png" alt="Hallo"></p>'),
          ("failed", 'lang="en"', "", '<p lang="xyz"><span aria-label="Hallo"></span></p>'),
          ("failed", 'lang="en"', "", '<div lang="xyz"><p aria-hidden="true">x</p>Hallo</div>'),
          ("passed", 'lang="en"', "", '<p lang="NL">Hallo</p>'),
          ("passed", 'lang="en"', "", '<p lang="nl-BE">Hallo</p>'),
          ("inapplicable", 'lang="en"', "", '<p lang="xyz"></p>'),
          ("inapplicable", 'lang="en"', "", '<p lang="xyz"> \n </p>'),
          ("passed", 'lang="en"', "", '<p lang="xyz"><span lang="nl">Hallo</span></p>'),
          ("inapplicable", 'lang="en"', "", '<p lang="xyz" style="display:none">Hallo</p>'),
          ("inapplicable", 'lang="en"', "", '<p lang="">Hallo</p>')),
    *page("html-xml-lang-mismatch",
          ("failed", 'lang="en" xml:lang="fr"', "", "<p>Hi</p>"),
          ("failed", 'lang="en-GB" xml:lang="nl-GB"', "", "<p>Hi</p>"),
          ("passed", 'lang="en" xml:lang="EN-US"', "", "<p>Hi</p>"),
          ("inapplicable", 'lang="xyz" xml:lang="fr"', "", "<p>Hi</p>"),
          ("inapplicable", 'lang="en" xml:lang=""', "", "<p>Hi</p>"),
          ("inapplicable", 'lang="en"', "", "<p>Hi</p>")),
    *page("meta-viewport",
          ("failed", 'lang="en"', VIEW.format("user-scalable=no"), "<p>Hi</p>"),
          ("failed", 'lang="en"', VIEW.format("user-scalable=0.5"), "<p>Hi</p>"),
          ("failed", 'lang="en"', VIEW.format("user-scalable=-0.5"), "<p>Hi</p>"),
          ("failed", 'lang="en"', VIEW.format("width=device-width, maximum-scale=1.5"),
           "<p>Hi</p>"),
          ("failed", 'lang="en"', VIEW.format("maximum-scale=1"), "<p>Hi</p>"),
          ("passed", 'lang="en"', VIEW.format("user-scalable=yes"), "<p>Hi</p>"),
          ("passed", 'lang="en"', VIEW.format("user-scalable=1"), "<p>Hi</p>"),
          ("passed", 'lang="en"', VIEW.format("user-scalable=-1"), "<p>Hi</p>"),
          ("passed", 'lang="en"', VIEW.format("user-scalable=device-width"), "<p>Hi</p>"),
          ("passed", 'lang="en"', VIEW.format("maximum-scale=2"), "<p>Hi</p>"),
          ("passed", 'lang="en"', VIEW.format("maximum-scale=-1"), "<p>Hi</p>"),
          ("passed", 'lang="en"', VIEW.format("maximum-scale=device-height"), "<p>Hi</p>"),
          ("inapplicable", 'lang="en"', VIEW.format("width=device-width"), "<p>Hi</p>"),
          ("inapplicable", 'lang="en"', '<meta name="description" content="user-scalable=no">',
           "<p>Hi</p>")),
    *page("meta-refresh",
          ("failed", 'lang="en"', REFRESH.format("refresh", "30"), "<p>Hi</p>"),
          ("failed", 'lang="en"', REFRESH.format("Refresh", "30; URL=/next"), "<p>Hi</p>"),
          ("failed", 'lang="en"', REFRESH.format("refresh", "72000"), "<p>Hi</p>"),
          ("failed", 'lang="en"', REFRESH.format("refresh", "  5.9, /next"), "<p>Hi</p>"),
          ("failed", 'lang="en"', REFRESH.format("refresh", "x") + REFRESH.format(
              "refresh", "30"), "<p>Hi</p>"),                    # first *valid* one counts
          ("passed", 'lang="en"', REFRESH.format("refresh", "0; url=/next"), "<p>Hi</p>"),
          ("passed", 'lang="en"', REFRESH.format("refresh", "72001"), "<p>Hi</p>"),
          ("passed", 'lang="en"', REFRESH.format("refresh", "0") + REFRESH.format(
              "refresh", "30"), "<p>Hi</p>"),                    # only the first is the target
          ("inapplicable", 'lang="en"', REFRESH.format("refresh", "x"), "<p>Hi</p>"),
          ("inapplicable", 'lang="en"', REFRESH.format("refresh", ""), "<p>Hi</p>"),
          ("inapplicable", 'lang="en"', REFRESH.format("content-type", "30"), "<p>Hi</p>")),
    *page("document-title",
          ("failed", 'lang="en"', "<title> \n</title>", "<p>Hi</p>"),
          ("failed", 'lang="en"', "<!-- no <title> -->", "<p>Hi</p>"),
          ("passed", 'lang="en"', "<!-- no <title> -->", "<title>Page</title>"),  # in body
          ("failed", 'lang="en"', "<title></title><title>Page</title>", "<p>Hi</p>"),
          ("passed", 'lang="en"', "<title>Page</title><title></title>", "<p>Hi</p>"),
          ("passed", 'lang="en"', "<title> Page </title>", "<p>Hi</p>")),
]


@pytest.mark.parametrize(("rule", "expected", "attrs", "head", "body"), PAGES)
def test_page_trap(rule: str, expected: str, attrs: str, head: str, body: str) -> None:
    check(rule, expected, body, html_attrs=attrs, head=head)


#: ``expected | rule | body`` (F failed, P passed, I inapplicable, O not failed: the outcome
#: needs what markup does not give, such as an HTTP Content-Type).
TABLE_ROWS = """
F | aria-valid-attr-value | <div role="checkbox" aria-checked="yes">x</div>
P | aria-valid-attr-value | <div role="checkbox" aria-checked="TRUE">x</div>
F | aria-valid-attr-value | <div role="checkbox" aria-checked=" mixed ">x</div>
F | aria-valid-attr-value | <div role="heading" aria-level="1.5">x</div>
P | aria-valid-attr-value | <div role="heading" aria-level="+2">x</div>
F | aria-valid-attr-value | <div role="slider" aria-valuenow="ten" tabindex="0">x</div>
P | aria-valid-attr-value | <div role="slider" aria-valuenow="1e2" tabindex="0">x</div>
P | aria-valid-attr-value | <div role="slider" aria-valuenow="-.5" tabindex="0">x</div>
F | aria-valid-attr-value | <div aria-live="loud">x</div>
P | aria-valid-attr-value | <div aria-live="POLITE">x</div>
P | aria-valid-attr-value | <div aria-relevant="additions text">x</div>
F | aria-valid-attr-value | <div aria-relevant="additions everything">x</div>
P | aria-valid-attr-value | <div aria-current="page">x</div>
F | aria-valid-attr-value | <div aria-current="yes">x</div>
P | aria-valid-attr-value | <div aria-describedby="a b c">x</div>
P | aria-valid-attr-value | <div aria-describedby="nowhere">x</div>
P | aria-valid-attr-value | <div role="textbox" aria-activedescendant="nowhere">x</div>
I | aria-valid-attr-value | <div aria-checked="">x</div>
P | aria-valid-attr-value | <div aria-label="anything at all">x</div>
F | aria-valid-attr-value | <svg aria-hidden="yes"></svg>
F | aria-valid-attr-value | <div aria-hidden="yes" style="display:none">x</div>
P | aria-valid-attr-value | <div aria-haspopup="dialog">x</div>
F | aria-valid-attr-value | <div aria-invalid="maybe">x</div>
F | aria-valid-attr-value | <div aria-expanded="1">x</div>
F | aria-valid-attr-value | <div aria-busy="undefined">x</div>
P | aria-valid-attr-value | <div aria-expanded="undefined">x</div>
P | aria-valid-attr-value | <div aria-sort="other">x</div>
F | aria-valid-attr-value | <div role="checkbox" aria-pressed="yes">x</div>
P | aria-valid-attr-value | <div role="row" aria-rowindex="3">x</div>
F | aria-valid-attr-value | <div role="row" aria-rowindex="three">x</div>
F | aria-valid-attr | <div aria-labeledby="x">x</div>
F | aria-valid-attr | <div aria-="x">x</div>
P | aria-valid-attr | <div aria-describedby="x">x</div>
P | aria-valid-attr | <div aria-description="x">x</div>
P | aria-valid-attr | <div aria-braillelabel="x">x</div>
P | aria-valid-attr | <div ARIA-LABEL="x">x</div>
F | aria-valid-attr | <div aria-foo="x" hidden>x</div>
F | aria-valid-attr | <svg aria-foo="x"></svg>
I | aria-valid-attr | <div data-aria-foo="x">x</div>
F | aria-allowed-attr | <div role="button" aria-sort="ascending">x</div>
F | aria-allowed-attr | <button aria-checked="true">x</button>
P | aria-allowed-attr | <button aria-pressed="true">x</button>
P | aria-allowed-attr | <div role="checkbox" aria-checked="true">x</div>
P | aria-allowed-attr | <input type="checkbox" aria-checked="true">
P | aria-allowed-attr | <div aria-busy="true">x</div>
I | aria-allowed-attr | <div role="button" aria-sort="ascending" aria-hidden="true">x</div>
I | aria-allowed-attr | <div role="button" aria-sort="ascending" style="display:none">x</div>
P | aria-allowed-attr | <h1 aria-level="2">x</h1>
F | aria-allowed-attr | <p aria-level="2">x</p>
P | aria-allowed-attr | <div role="separator" aria-valuenow="3" tabindex="0"></div>
P | aria-allowed-attr | <input type="range" aria-valuenow="3">
P | aria-allowed-attr | <input type="text" aria-required="true">
P | aria-allowed-attr | <div role="slider" aria-orientation="vertical" tabindex="0" aria-valuenow="3"></div>
F | aria-allowed-attr | <a href="/" aria-selected="true">x</a>
P | aria-allowed-attr | <div role="tab" aria-selected="true">x</div>
P | aria-allowed-attr | <div role="row" aria-expanded="true"><div role="cell">x</div></div>
P | aria-allowed-attr | <svg role="img" aria-label="x"><circle r="3"></circle></svg>
F | aria-allowed-attr | <svg role="img" aria-checked="true"><circle r="3"></circle></svg>
F | aria-prohibited-attr | <div aria-label="x">x</div>
F | aria-prohibited-attr | <span aria-labelledby="l">x</span><p id="l">y</p>
F | aria-prohibited-attr | <p aria-label="x">x</p>
F | aria-prohibited-attr | <div role="presentation" aria-label="x">x</div>
F | aria-prohibited-attr | <code aria-label="x">x</code>
F | aria-prohibited-attr | <div role="caption" aria-label="x">x</div>
P | aria-prohibited-attr | <div role="region" aria-label="x">x</div>
P | aria-prohibited-attr | <nav aria-label="x">x</nav>
P | aria-prohibited-attr | <div aria-describedby="l">x</div><p id="l">y</p>
I | aria-prohibited-attr | <div aria-label="x" aria-hidden="true">x</div>
P | aria-prohibited-attr | <div role="group" aria-label="x">x</div>
P | aria-prohibited-attr | <img src="a.png" alt="" aria-label="x">
P | aria-prohibited-attr | <section aria-label="x">x</section>
F | aria-roles | <div role="foo">x</div>
F | aria-roles | <div role="range">x</div>
F | aria-roles | <div role="widget">x</div>
P | aria-roles | <div role="foo button">x</div>
P | aria-roles | <div role="BUTTON">x</div>
P | aria-roles | <div role="doc-chapter">x</div>
P | aria-roles | <div role="graphics-symbol">x</div>
I | aria-roles | <div role="">x</div>
I | aria-roles | <div role="  ">x</div>
I | aria-roles | <div role="foo" aria-hidden="true">x</div>
I | aria-roles | <div role="foo" style="display:none">x</div>
F | aria-roles | <svg role="foo"></svg>
F | aria-roles | <div role="foo" aria-hidden="false">x</div>
F | aria-roles | <div role="foo" style="position:absolute;left:-9999px">x</div>
F | aria-hidden-focus | <div aria-hidden="true"><a href="/">x</a></div>
F | aria-hidden-focus | <div aria-hidden="TRUE"><button>x</button></div>
F | aria-hidden-focus | <div aria-hidden="true"><div tabindex="0">x</div></div>
P | aria-hidden-focus | <div aria-hidden="true"><summary>x</summary></div>
F | aria-hidden-focus | <div aria-hidden="true"><details><summary>x</summary></details></div>
F | aria-hidden-focus | <div aria-hidden="true"><input type="text"></div>
F | aria-hidden-focus | <div aria-hidden="true"><div contenteditable="true">x</div></div>
F | aria-hidden-focus | <div aria-hidden="true"><a href="/" style="opacity:0">x</a></div>
P | aria-hidden-focus | <div aria-hidden="true"><a href="/" tabindex="-1">x</a></div>
P | aria-hidden-focus | <div aria-hidden="true"><a>x</a></div>
P | aria-hidden-focus | <div aria-hidden="true"><button disabled>x</button></div>
P | aria-hidden-focus | <div aria-hidden="true"><fieldset disabled><input></fieldset></div>
P | aria-hidden-focus | <div aria-hidden="true"><a href="/" style="display:none">x</a></div>
P | aria-hidden-focus | <div aria-hidden="true"><a href="/" style="visibility:hidden">x</a></div>
P | aria-hidden-focus | <div aria-hidden="true"><input type="hidden"></div>
P | aria-hidden-focus | <div aria-hidden="true" inert><a href="/">x</a></div>
P | aria-hidden-focus | <div aria-hidden="true"><p>x</p></div>
I | aria-hidden-focus | <div aria-hidden="false"><a href="/">x</a></div>
I | aria-hidden-focus | <div aria-hidden="yes"><a href="/">x</a></div>
I | aria-hidden-focus | <div aria-hidden=""><a href="/">x</a></div>
F | nested-interactive | <button><a href="/">x</a></button>
F | nested-interactive | <div role="button" tabindex="0"><input></div>
F | nested-interactive | <div role="checkbox" aria-checked="false" tabindex="0"><span tabindex="0">x</span></div>
F | nested-interactive | <div role="img"><a href="/">x</a></div>
F | nested-interactive | <div role="tab" aria-selected="true"><a href="/">x</a></div>
F | nested-interactive | <svg role="img"><a href="/"><text>x</text></a></svg>
F | nested-interactive | <div role="progressbar"><button>x</button></div>
F | nested-interactive | <div role="separator" tabindex="0"><button>x</button></div>
P | nested-interactive | <button><span>x</span></button>
P | nested-interactive | <button><a href="/" tabindex="-1">x</a></button>
P | nested-interactive | <button><a>x</a></button>
F | nested-interactive | <div role="separator"><button>x</button></div>
P | nested-interactive | <div role="link"><button>x</button></div>
P | nested-interactive | <a href="/"><button>x</button></a>
F | aria-required-parent | <div role="listitem">x</div>
F | aria-required-parent | <div role="option">x</div>
F | aria-required-parent | <ul><li role="menuitem">x</li></ul>
F | aria-required-parent | <div role="tab">x</div>
F | aria-required-parent | <div role="row"><div role="cell">x</div></div>
P | aria-required-parent | <div role="list"><div role="listitem">x</div></div>
P | aria-required-parent | <div role="list"><div role="none"><div role="listitem">x</div></div></div>
P | aria-required-parent | <div role="list"><div><div role="listitem">x</div></div></div>
P | aria-required-parent | <div role="list" aria-owns="i"></div><div role="listitem" id="i">x</div>
I | aria-required-parent | <ul><li role="listitem">x</li></ul>
P | aria-required-parent | <div role="menu"><div role="group"><div role="menuitem">x</div></div></div>
P | aria-required-parent | <div role="tablist"><div role="tab">x</div></div>
I | aria-required-parent | <table><tr role="row"><td>x</td></tr></table>
P | aria-required-parent | <div role="grid"><div role="rowgroup"><div role="row"><div role="gridcell">x</div></div></div></div>
I | aria-required-parent | <li>x</li>
I | aria-required-parent | <div role="listitem" aria-hidden="true">x</div>
F | aria-required-children | <div role="list"><div>x</div></div>
F | aria-required-children | <ul role="list"><li role="button">x</li></ul>
F | aria-required-children | <div role="menu"><a href="/">x</a></div>
F | aria-required-children | <div role="tablist"><div role="button">x</div></div>
F | aria-required-children | <div role="table"><div role="cell">x</div></div>
F | aria-required-children | <ul><li>x</li><p>y</p></ul>
P | aria-required-children | <div role="list"><div role="listitem">x</div></div>
P | aria-required-children | <div role="list"><div role="none"><div role="listitem">x</div></div></div>
P | aria-required-children | <div role="list"><div role="listitem">x</div><div aria-hidden="true">y</div></div>
P | aria-required-children | <div role="list" aria-owns="i"></div><div role="listitem" id="i">x</div>
P | aria-required-children | <div role="table"><div role="row"><div role="cell">x</div></div></div>
P | aria-required-children | <div role="menu"><div role="group"><div role="menuitem">x</div></div></div>
P | aria-required-children | <div role="list"></div>
I | aria-required-children | <div role="list" aria-busy="true"><div>x</div></div>
I | aria-required-children | <div aria-busy="true"><div role="list"><div>x</div></div></div>
F | autocomplete-valid | <input autocomplete="foo">
F | autocomplete-valid | <input autocomplete="email work">
F | autocomplete-valid | <input autocomplete="home name">
F | autocomplete-valid | <input autocomplete="billing section-a email">
F | autocomplete-valid | <input autocomplete="on email">
F | autocomplete-valid | <textarea autocomplete="nope"></textarea>
F | autocomplete-valid | <select autocomplete="nope"><option>x</option></select>
F | autocomplete-valid | <input type="email" autocomplete="off email">
P | autocomplete-valid | <input autocomplete="EMAIL">
P | autocomplete-valid | <input autocomplete=" section-x shipping  work tel ">
P | autocomplete-valid | <input autocomplete="username webauthn">
P | autocomplete-valid | <input autocomplete="home tel-national">
P | autocomplete-valid | <input autocomplete="work email">
P | autocomplete-valid | <input type="password" autocomplete="current-password">
P | autocomplete-valid | <input autocomplete="one-time-code">
P | autocomplete-valid | <input autocomplete="bday-day">
I | autocomplete-valid | <input autocomplete="">
I | autocomplete-valid | <input autocomplete="  ">
I | autocomplete-valid | <input autocomplete="OFF">
I | autocomplete-valid | <input autocomplete=" on ">
I | autocomplete-valid | <input autocomplete="foo" disabled>
I | autocomplete-valid | <fieldset disabled><input autocomplete="foo"></fieldset>
I | autocomplete-valid | <input type="checkbox" autocomplete="foo">
I | autocomplete-valid | <input type="SUBMIT" autocomplete="foo">
I | autocomplete-valid | <input autocomplete="foo" style="display:none">
I | autocomplete-valid | <input type="hidden" autocomplete="foo">
F | autocomplete-valid | <input autocomplete="foo" tabindex="-1" role="none">
I | autocomplete-valid | <div autocomplete="foo">x</div>
F | autocomplete-valid | <input autocomplete="foo" aria-hidden="true">
F | autocomplete-valid | <input autocomplete="foo" style="position:absolute;left:-9999px">
F | autocomplete-valid | <input autocomplete="foo" tabindex="-1">
F | menuitem-name | <div role="menu"><div role="menuitem"></div></div>
F | menuitem-name | <div role="menu"><button role="MENUITEM"></button></div>
P | menuitem-name | <div role="menu"><div role="menuitem">Open</div></div>
P | menuitem-name | <div role="menu"><div role="menuitem" aria-label="Open"></div></div>
I | menuitem-name | <div role="menu"><div role="menuitemcheckbox" aria-checked="false"></div></div>
I | menuitem-name | <div role="menu"><div role="menuitem" aria-hidden="true"></div></div>
F | summary-name | <details><summary></summary>Body</details>
F | summary-name | <details><summary> </summary>Body</details>
F | summary-name | <details><summary role="none"></summary>Body</details>
F | summary-name | <details><summary><img src="a.png" alt=""></summary>Body</details>
P | summary-name | <details><summary>More</summary>Body</details>
P | summary-name | <details><summary aria-label="More"></summary>Body</details>
P | summary-name | <details><summary title="More"></summary>Body</details>
I | summary-name | <summary></summary>
P | summary-name | <details><summary>More</summary><summary></summary>Body</details>
I | summary-name | <details><summary role="button"></summary>Body</details>
I | summary-name | <details><summary aria-hidden="true"></summary>Body</details>
I | summary-name | <details><div><summary></summary></div>Body</details>
F | input-image-alt | <input type="image" src="go.png">
F | input-image-alt | <input type="IMAGE" src="go.png" alt=" ">
F | input-image-alt | <input type="image" src="go.png" alt="">
F | input-image-alt | <input type="image" src="go.png" alt="" role="none">
P | input-image-alt | <input type="image" src="go.png" alt="Search">
P | input-image-alt | <input type="image" src="go.png" aria-label="Search">
P | input-image-alt | <input type="image" src="go.png" title="Search">
P | input-image-alt | <input type="image" src="go.png" value="Search" alt="Go">
I | input-image-alt | <input type="image" src="go.png" aria-hidden="true" tabindex="-1">
I | input-image-alt | <input type="image" src="go.png" style="display:none">
I | input-image-alt | <input type="imagex" src="go.png">
F | object-alt | <object data="a.png"></object>
F | object-alt | <object data="a.png" type="image/png"></object>
F | object-alt | <object data="a.mp4" type="video/mp4"></object>
F | object-alt | <object data="a.mp3"></object>
F | object-alt | <object data="a.png" aria-label=" "></object>
P | object-alt | <object data="a.png" aria-label="Logo"></object>
P | object-alt | <object data="a.png" title="Logo"></object>
P | object-alt | <object data="a.png" aria-labelledby="l"></object><p id="l">Logo</p>
I | object-alt | <object data="a.png" role="img"></object>
I | object-alt | <object data="a.png" aria-hidden="true"></object>
I | object-alt | <object data="a.png" style="display:none"></object>
O | object-alt | <object data="page.html" type="text/html"></object>
F | frame-tab-order | <iframe tabindex="-1" srcdoc="<button>Go</button>"></iframe>
F | frame-tab-order | <iframe tabindex="-2" srcdoc="<a href='/'>Go</a>"></iframe>
P | frame-tab-order | <iframe srcdoc="<button>Go</button>"></iframe>
P | frame-tab-order | <iframe tabindex="0" srcdoc="<button>Go</button>"></iframe>
I | frame-tab-order | <iframe tabindex="-1" srcdoc="<p>Text</p>"></iframe>
I | frame-tab-order | <iframe tabindex="-1" srcdoc="<button style='display:none'>Go</button>"></iframe>
I | frame-tab-order | <iframe tabindex="-1" srcdoc="<button disabled>Go</button>"></iframe>
I | frame-tab-order | <iframe tabindex="-1" srcdoc="<button tabindex='-1'>Go</button>"></iframe>
I | frame-tab-order | <div inert><iframe tabindex="-1" srcdoc="<button>Go</button>"></iframe></div>
F | letter-spacing-important | <p style="letter-spacing: 0.1em !important">Text</p>
F | letter-spacing-important | <p style="LETTER-SPACING: 1px !IMPORTANT">Text</p>
F | letter-spacing-important | <p style="font-size: 20px; letter-spacing: 2px !important">Text</p>
P | letter-spacing-important | <p style="letter-spacing: 0.12em !important">Text</p>
P | letter-spacing-important | <p style="font-size: 10px; letter-spacing: 1.2px !important">Text</p>
P | letter-spacing-important | <p style="letter-spacing: 0.2em ! important">Text</p>
I | letter-spacing-important | <p style="letter-spacing: 0.1em">Text</p>
I | letter-spacing-important | <p style="letter-spacing: 0.1em !important"></p>
I | letter-spacing-important | <p style="letter-spacing: 0.1em !important; display:none">Text</p>
I | letter-spacing-important | <p style="letter-spacing: 0.1em !important"><span>Text</span></p>
F | word-spacing-important | <p style="word-spacing: 0.1em !important">Text here</p>
P | word-spacing-important | <p style="word-spacing: 0.16em !important">Text here</p>
I | word-spacing-important | <p style="word-spacing: 0.1em">Text here</p>
I | line-height-important | <p style="line-height: 1">Text</p>
F | label-in-name | <button aria-label="Go">Search now</button>
F | label-in-name | <a href="/" aria-label="Next">Read more</a>
F | label-in-name | <div role="link" tabindex="0" aria-labelledby="l">Next page</div><p id="l">Continue</p>
P | label-in-name | <button aria-label="Search now for news">Search now</button>
P | label-in-name | <button aria-label="SEARCH  now">search now</button>
P | label-in-name | <a href="/" aria-label="Read more about cats">Read more</a>
I | label-in-name | <button>Search</button>
I | label-in-name | <div aria-label="Go">Search now</div>
F | label-in-name | <button aria-label="Go" aria-hidden="true">Search now</button>
I | label-in-name | <button aria-label="Go"><span style="display:none">Search now</span></button>
F | duplicate-id | <p id="a">x</p><p id="a">y</p>
F | duplicate-id | <p id="a">x</p><p id="a" hidden>y</p>
F | duplicate-id | <p id="a">x</p><svg><circle id="a" r="2"/></svg>
P | duplicate-id | <p id="a">x</p><p id="A">y</p>
I | duplicate-id | <p id="">x</p><p id="">y</p>
F | duplicate-attribute | <p class="a" class="b">x</p>
F | duplicate-attribute | <p CLASS="a" class="b">x</p>
P | duplicate-attribute | <p class="a" id="b">x</p>
F | td-headers-attr | <table><tr><th id="h">H</th></tr><tr><td headers="x">1</td></tr></table>
F | td-headers-attr | <table><tr><th id="h">H</th></tr><tr><td id="c" headers="c">1</td></tr></table>
F | td-headers-attr | <table><tr><th id="h">H</th></tr><tr><td headers="H">1</td></tr></table>
F | td-headers-attr | <p id="h">x</p><table><tr><th>H</th></tr><tr><td headers="h">1</td></tr></table>
P | td-headers-attr | <table><tr><th id="h">H</th></tr><tr><td headers=" h ">1</td></tr></table>
P | td-headers-attr | <table><tr><td id="h">H</td></tr><tr><td headers="h">1</td></tr></table>
I | td-headers-attr | <table style="display:none"><tr><th id="h">H</th></tr><tr><td headers="x">1</td></tr></table>
I | td-headers-attr | <table role="presentation"><tr><th id="h">H</th></tr><tr><td headers="x">1</td></tr></table>
I | td-headers-attr | <table><tr><th id="h">H</th></tr><tr><td headers="">1</td></tr></table>
F | th-has-data-cells | <table><tr><th>A</th><th>B</th></tr><tr><td>1</td></tr></table>
F | th-has-data-cells | <div role="table"><div role="row"><div role="columnheader">A</div><div role="columnheader">B</div></div><div role="row"><div role="cell">1</div></div></div>
P | th-has-data-cells | <table><tr><th>A</th></tr><tr><td>1</td></tr></table>
P | th-has-data-cells | <table><tr><th scope="row">A</th><td>1</td></tr></table>
P | th-has-data-cells | <table><tr><th>A</th><th id="b">B</th></tr><tr><td>1</td><td></td></tr></table>
I | th-has-data-cells | <table role="presentation"><tr><th>A</th></tr></table>
I | th-has-data-cells | <table aria-hidden="true"><tr><th>A</th></tr></table>
I | th-has-data-cells | <table><tr><th style="display:none">A</th></tr><tr><td>1</td></tr></table>
I | th-has-data-cells | <th>A</th>
F | aria-valid-idref | <div role="combobox" aria-expanded="true" aria-controls="x"></div>
F | aria-valid-idref | <div role="combobox" aria-expanded="TRUE" aria-controls="x y"></div>
F | aria-valid-idref | <div role="scrollbar" aria-controls="x" aria-valuenow="1"></div>
P | aria-valid-idref | <div role="combobox" aria-expanded="true" aria-controls="x l"></div><div role="listbox" id="l"></div>
P | aria-valid-idref | <div role="scrollbar" aria-controls="m" aria-valuenow="1"></div><main id="m">x</main>
I | aria-valid-idref | <div role="combobox" aria-expanded="false" aria-controls="x"></div>
I | aria-valid-idref | <div role="combobox" aria-controls="x"></div>
I | aria-valid-idref | <div role="listbox" aria-controls="x"></div>
I | aria-valid-idref | <svg role="scrollbar" aria-controls="x" aria-valuenow="1"></svg>
F | aria-valid-idref | <select aria-expanded="true" aria-controls="x"><option>a</option></select>
F | aria-valid-idref | <div role="combobox" aria-expanded="true" aria-controls=""></div>
F | aria-valid-idref | <div role="scrollbar" aria-controls="x" aria-valuenow="1" style="display:none"></div>
F | line-height-important | <p style="line-height: 1 !important">Text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text</p>
F | line-height-important | <p style="line-height: 120% !important">Text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text</p>
P | line-height-important | <p style="line-height: 1.5 !important">Text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text text</p>
I | line-height-important | <p style="line-height: 1 !important">Text</p>
P | link-name | <a href="/" aria-labelledby="h"></a><span id="h" hidden>Home</span>
P | link-name | <a href="/" aria-labelledby="h"></a><span id="h" style="display:none">Home</span>
F | link-name | <a href="/" aria-labelledby="nowhere"></a>
P | link-name | <a href="/" aria-labelledby="nowhere">Home</a>
F | link-name | <a href="/" aria-label="">  </a>
P | link-name | <a href="/"><svg role="img" aria-label="Home"></svg></a>
P | link-name | <a href="/"><svg><title>Home</title></svg></a>
F | link-name | <a href="/"><svg aria-hidden="true"><title>Home</title></svg></a>
P | link-name | <a href="/"><span aria-hidden="true">★</span><span class="sr">Home</span></a>
P | link-name | <a href="/">&nbsp;Home</a>
F | link-name | <a href="/">&nbsp;</a>
P | link-name | <a href="/"><img src="a.png" title="Home"></a>
P | link-name | <a href="/"><my-icon>Home</my-icon></a>
P | link-name | <a href="/"><math><mi>x</mi></math></a>
I | link-name | <template><a href="/"></a></template>
I | link-name | <noscript><a href="/"></a></noscript>
P | button-name | <button><span style="visibility:hidden">x</span>Go</button>
F | button-name | <button><span style="visibility:hidden">Go</span></button>
P | button-name | <label>Go <button></button></label>
P | button-name | <label for="b">Go</label><button id="b"></button>
P | form-field-name | <label for="c">Country</label><select id="c"><option>x</option></select>
P | form-field-name | <label>Name <span><input></span></label>
P | form-field-name | <label for="n">Name</label><label for="n"></label><input id="n">
P | form-field-name | <input aria-labelledby="a b"><span id="a"></span><span id="b">Name</span>
F | form-field-name | <input aria-labelledby="a"><span id="a"> </span>
P | form-field-name | <div role="combobox" aria-expanded="false" aria-label="Pick"></div>
F | form-field-name | <div role="listbox"></div>
P | form-field-name | <div role="listbox" aria-label="Pick"></div>
P | form-field-name | <div role="radio" aria-checked="false">Yes</div>
F | form-field-name | <div role="radio" aria-checked="false"></div>
P | form-field-name | <div role="menu"><div role="menuitemcheckbox" aria-checked="false">Bold</div></div>
F | form-field-name | <label for="n"><input id="n"></label>
P | form-field-name | <input title=" Name ">
F | form-field-name | <input type="text" role="none">
I | form-field-name | <input type="text" role="button" aria-label="x" value="y">
F | image-alt | <picture><source srcset="a.webp"><img src="a.png"></picture>
P | image-alt | <picture><source srcset="a.webp"><img src="a.png" alt="Cat"></picture>
F | image-alt | <img src="a.png" aria-label=" ">
P | image-alt | <img src="a.png" aria-label="" alt="Cat">
F | image-alt | <img src="a.png" aria-labelledby="l"><span id="l"></span>
I | image-alt | <img src="a.png" inert style="display:none">
P | empty-heading | <h1><span style="visibility:hidden">x</span>Title</h1>
F | svg-img-alt | <svg role="img"><title></title><desc>x</desc></svg>
P | svg-img-alt | <svg role="img"><g><title>x</title></g><title>Chart</title></svg>
F | svg-img-alt | <svg role="img"><g><title>Not the svg's</title></g></svg>
O | aria-hidden-focus | <div aria-hidden="true"><iframe srcdoc="<p>x</p>"></iframe></div>
F | aria-hidden-focus | <div aria-hidden="true"><audio controls src="a.mp3"></audio></div>
P | aria-hidden-focus | <div aria-hidden="true"><audio src="a.mp3"></audio></div>
F | aria-roles | <div role="doc-chapterx">x</div>
I | aria-roles | <math role="foo"><mi>x</mi></math>
P | aria-roles | <div role="none foo">x</div>
F | aria-valid-attr | <math aria-foo="x"><mi>x</mi></math>
P | td-headers-attr | <table><tr><th id="h">H</th></tr><tr><td headers="h"><table><tr><td>inner</td></tr></table></td></tr></table>
F | valid-lang | <p lang="xyz">Hallo <span lang="nl">wereld</span></p>
P | valid-lang | <p lang="xyz"><span lang="nl">wereld</span> <span lang="de">Welt</span></p>
F | valid-lang | <p lang="xyz"><img src="a.png" alt="Cat"></p>
P | valid-lang | <p lang="nl-nl">x</p>
F | valid-lang | <p lang="123">Hallo</p>
F | valid-lang | <p lang="en US">Hallo</p>
P | valid-lang | <p lang="EN-us">Hallo</p>
P | aria-valid-attr-value | <div role="checkbox" aria-checked="undefined">x</div>
P | aria-valid-attr-value | <button aria-pressed="undefined">x</button>
F | aria-valid-attr-value | <div role="checkbox" aria-checked="&#160;true">x</div>
F | aria-valid-attr-value | <div role="checkbox" aria-checked="&#9;true&#10;">x</div>
F | aria-valid-attr-value | <div role="heading" aria-level="&#1635;">x</div>
F | aria-valid-attr-value | <div role="slider" tabindex="0" aria-valuenow="&#1635;">x</div>
P | aria-valid-attr-value | <div role="slider" tabindex="0" aria-valuenow="150" aria-valuemax="100">x</div>
P | aria-valid-attr-value | <div role="textbox" aria-activedescendant="a">x</div>
P | aria-valid-attr-value | <div aria-owns="a b">x</div>
P | aria-valid-attr-value | <div aria-flowto="a  b">x</div>
P | aria-valid-attr-value | <div aria-dropeffect="copy move">x</div>
F | aria-valid-attr-value | <div aria-dropeffect="copy drag">x</div>
P | aria-valid-attr-value | <div aria-autocomplete="both" role="combobox" aria-expanded="false">x</div>
F | aria-valid-attr-value | <div aria-autocomplete="yes" role="combobox" aria-expanded="false">x</div>
F | aria-valid-attr-value | <div aria-haspopup="popup">x</div>
P | aria-valid-attr-value | <div aria-haspopup="grid">x</div>
P | aria-valid-attr-value | <div role="scrollbar" aria-orientation="undefined" aria-controls="x" aria-valuenow="1">x</div>
F | aria-valid-attr-value | <div role="scrollbar" aria-orientation="diagonal" aria-controls="x" aria-valuenow="1">x</div>
P | aria-valid-attr-value | <div role="grid" aria-colcount="-1">x</div>
F | aria-valid-attr-value | <div role="grid" aria-colcount="many">x</div>
F | aria-valid-attr-value | <div aria-modal="yes" role="dialog">x</div>
I | aria-valid-attr-value | <div role="checkbox" aria-checked=" ">x</div>
I | autocomplete-valid | <div aria-disabled="true"><input autocomplete="foo"></div>
I | autocomplete-valid | <input autocomplete="foo" aria-disabled="TRUE">
F | autocomplete-valid | <input autocomplete="foo" aria-disabled="false">
I | autocomplete-valid | <input autocomplete="foo" aria-hidden="true" style="opacity:0">
I | autocomplete-valid | <input autocomplete="foo" aria-hidden="true" style="position:absolute;left:-9999px">
F | autocomplete-valid | <input autocomplete="foo" style="opacity:0">
I | autocomplete-valid | <input type="RADIO" autocomplete="foo">
P | autocomplete-valid | <input type="text" autocomplete="section-  email">
P | autocomplete-valid | <input type="text" autocomplete="section-a billing street-address">
F | autocomplete-valid | <input type="text" autocomplete="shipping billing email">
F | autocomplete-valid | <input type="text" autocomplete="webauthn">
F | autocomplete-valid | <input type="text" autocomplete="email webauthn webauthn">
P | autocomplete-valid | <input type="number" autocomplete="email">
F | autocomplete-valid | <input type="text" autocomplete="home">
P | autocomplete-valid | <input type="text" autocomplete="mobile tel">
F | autocomplete-valid | <input type="text" autocomplete="mobile name">
P | autocomplete-valid | <input type="text" autocomplete="fax impp">
I | autocomplete-valid | <div aria-hidden="true" style="clip: rect(0 0 0 0); position: absolute"><input autocomplete="foo"></div>
I | autocomplete-valid | <input autocomplete="foo" aria-hidden="true" style="opacity: .0">
F | autocomplete-valid | <input autocomplete="foo" aria-hidden="true" style="opacity: 0.5">
F | autocomplete-valid | <input autocomplete="foo" aria-hidden="true" style="left: -10px; position: relative">
F | autocomplete-valid | <input autocomplete="foo" aria-hidden="true">
P | label-in-name | <a href="/" aria-label="Read more about cats">Read more<span style="position:absolute;left:-9999px"> about cats</span></a>
P | label-in-name | <button aria-label="Next page">Next <span style="opacity:0">Go</span>page</button>
P | label-in-name | <button aria-label="Search (new)">Search</button>
P | label-in-name | <button aria-label="Search">Search (new)</button>
P | label-in-name | <button aria-label="Send e-mail">Send e-mail</button>
P | label-in-name | <button aria-label="send-email">Send email</button>
F | label-in-name | <button aria-label="Send mail e">Send e-mail</button>
P | label-in-name | <button aria-label="Café ﬁne">CAFÉ fine</button>
P | label-in-name | <button aria-label="Search&nbsp;now">Search now</button>
P | label-in-name | <button aria-label="Search now!">Search, now</button>
F | label-in-name | <button aria-label="now Search">Search now</button>
P | label-in-name | <div role="tab" aria-selected="true" aria-label="Tab One">One</div>
P | label-in-name | <div role="menuitem" aria-label="Open file">Open</div>
I | label-in-name | <div role="textbox" aria-label="x">Open</div>
F | label-in-name | <button aria-labelledby="l">Search now</button><span id="l">Find</span>
P | label-in-name | <button aria-label="Search now">Search<br>now</button>
P | label-in-name | <button aria-label="Search now">Search<div>now</div></button>
P | valid-lang | <p lang="en-">Hello</p>
F | valid-lang | <p lang="-en">Hello</p>
F | valid-lang | <p lang="x-klingon">Hello</p>
P | valid-lang | <p lang="sgn-BE-FR">Hello</p>
P | valid-lang | <p lang="ZH-yue">Hello</p>
F | valid-lang | <p lang="en-US x">Hello</p>
P | valid-lang | <p lang="tlh">Hello</p>
P | valid-lang | <p lang="iw">Hello</p>
P | valid-lang | <p lang="ar-EG-u-nu-latn">Hello</p>
F | valid-lang | <p lang="nl_BE">Hallo</p>
P | valid-lang | <p lang="de-DE-1996">Hallo</p>
P | valid-lang | <p lang="es-419">Hola</p>
F | valid-lang | <p lang="419">Hola</p>
F | valid-lang | <p lang="Latn">Hola</p>
F | valid-lang | <p lang="US">Hola</p>
P | valid-lang | <p lang=" nl ">Hallo</p>
F | valid-lang | <p lang="nl.BE">Hallo</p>
"""
_WORD = {"F": "failed", "P": "passed", "I": "inapplicable", "O": "ok"}
ROWS = [pytest.param(rule, _WORD[exp], body, id=f"{rule}:{_WORD[exp]}:{body[:60]}")
        for exp, rule, body in (line.split(" | ", 2) for line in TABLE_ROWS.strip().splitlines())]


@pytest.mark.parametrize(("rule", "expected", "body"), ROWS)
def test_row_trap(rule: str, expected: str, body: str) -> None:
    check(rule, expected, body)


# -- header cells assigned to a cell (HTML's table algorithm), as link context (fd3a94) -------

TABLE = """<table><tr><th>Name</th><th>Report</th><th>Data</th></tr>
<tr><th>Q1</th><td><a href="/q1">Read</a></td><td><a href="/d1">Read</a></td></tr>
<tr><td>Q2</td><td headers="nowhere">x</td><td rowspan="2">y</td></tr></table>
<table><tr><th colspan="2">Top</th></tr><tr><th>L</th><th>R</th></tr>
<tr><td>1</td><td>2</td></tr></table>
<table><tr><th>A</th></tr><tr><td>3</td></tr><tr><th>B</th></tr><tr><td>4</td></tr></table>
<table><tr><th id="h1">One</th><th id="h2">Two</th></tr>
<tr><td headers="h2 h1 h2">5</td><td>6</td></tr></table>"""


def _text(element: Element) -> str:
    return dom.text_content(element)


def test_header_cells_assigned_by_the_html_table_algorithm() -> None:
    doc = parse(TABLE, file_ext="html")
    got = {_text(td): [_text(h) for h in assigned_headers(doc, td)] for td in doc.tags("td")}
    assert got == {
        "Read": ["Q1", "Data"],          # the second "Read" (keys collide: last wins)
        "Q2": ["Name"],                 # a data cell in the first column: only its column
        "x": [],                        # headers naming nothing: no headers, no fallback
        "y": ["Data"],
        "1": ["L", "Top"], "2": ["R", "Top"],   # nested column headers, nearest first
        "3": ["A"],
        "4": ["B"],                     # A is hidden by the header block B above data cells
        "5": ["Two", "One"],            # headers attribute order, duplicates dropped
        "6": ["Two"],
    }


def test_link_context_includes_the_cells_header_cells() -> None:
    doc = parse(TABLE, file_ext="html")
    first, second = doc.tags("a")[:2]
    assert sorted(_text(el) for el in link_context(doc, first)) == ["Q1", "Read", "Report"]
    assert sorted(_text(el) for el in link_context(doc, second)) == ["Data", "Q1", "Read"]


def test_same_named_links_in_one_cell_with_different_targets_are_reviewed() -> None:
    body = ('<table><tr><th>Report</th></tr><tr><td><a href="/a">Read</a> '
            '<a href="/b">Read</a></td></tr></table>')
    assert outcomes("identical-links-same-context", body) == {Outcome.CANT_TELL}
    body = body.replace("/b", "/a")
    assert outcomes("identical-links-same-context", body) == {Outcome.PASSED}


def test_corner_header_assigned_to_the_row_header_below_has_assigned_cells() -> None:
    # d0f69e: header cells are cells too; "Corner" is assigned to the row header "Row".
    body = "<table><tr><th>Corner</th><th>Col</th></tr><tr><th>Row</th><td>1</td></tr></table>"
    assert outcomes("th-has-data-cells", body) == {Outcome.PASSED}
    # Two column headers in one row with nothing else: neither is assigned to anything.
    assert Outcome.FAILED in outcomes("th-has-data-cells", "<table><tr><th>A</th><th>B</th></tr></table>")


def test_header_only_columns_are_judged_in_linear_time() -> None:
    # Every header but the last row's is assigned to the header below it; the last fails.
    rows = "".join(f"<tr><th>H{i}</th><th>G{i}</th></tr>" for i in range(3000))
    doc = parse(f"<table>{rows}</table>", file_ext="html")
    start = time.process_time()
    report = run(doc, default_registry().select(["th-has-data-cells"]))
    assert time.process_time() - start < 60  # quadratic guard: about 0.3 s when linear
    findings = [f.outcome for result in report.results for f in result.findings]
    assert findings.count(Outcome.FAILED) == 2
    assert findings.count(Outcome.PASSED) == 5998
