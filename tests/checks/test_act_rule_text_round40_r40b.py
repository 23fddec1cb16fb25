"""Round 40 (r40b): our own cases for the page, language, table, meta and CSS rules, written
from the ACT rule texts and the specs they cite (HTML's refresh steps, RFC 5646, the autofill
tokens, the table model, CSS Transforms), never from the W3C examples. Each case is a small
page with its judged elements; an element a rule does not apply to has no finding (``NA``).
The cases on which the checker disagreed with the text carry the deciding sentence."""

from __future__ import annotations

import pytest
from rule_helpers import Case, case_ids, case_verdicts

P, F, NA, CT = "passed", "failed", "inapplicable", "cant_tell"


def page(attrs: str = "lang='en'", body: str = "<p>Hello</p>", head: str = "<title>T</title>"
         ) -> str:
    """A whole page with ``attrs`` on its ``html`` element."""
    return (f"<!DOCTYPE html><html {attrs}><head>{head}</head>"
            f"<body>{body}</body></html>")


NAV = ("<nav><ul><li><a href='/a'>News</a></li><li><a href='/b'>Sport</a></li>"
       "<li><a href='/c'>Weather</a></li></ul></nav>")
WORDS = "word " * 300

LANGUAGE = [
    # b5c3f8: "the lang attribute ... is neither empty nor only ASCII whitespace".
    Case("html-has-lang", page("lang='&#9;'"), {"html": F}, "a tab is ASCII whitespace"),
    Case("html-has-lang", page("xml:lang='en'"), {"html": F}, "xml:lang is not lang"),
    Case("html-has-lang", page("LANG='en'"), {"html": P}, "attribute names are ASCII "
         "case-insensitive in HTML"),
    Case("html-has-lang", page("lang='xyz'"), {"html": P}, "any non-empty value: validity "
         "is bf051a's business"),
    Case("html-has-lang", page("", "<p lang='en'>Hello</p>"), {"html": F},
         "a lang on the body's content does not give the html element one"),
    Case("html-has-lang", page("lang='en'", "<iframe title='f' srcdoc='<p>Hello</p>'>"
                               "</iframe>"), {"html": P},
         "only the top-level document: the frame's lang-less page is not a target"),
    Case("html-has-lang", page("lang='\n '"), {"html": F}, "newline and space only"),
    Case("html-has-lang", page("lang=' en '"), {"html": P}, "surrounded by whitespace, not "
         "only whitespace"),
    # bf051a: applicability excludes empty and whitespace-only values; expectation: "a
    # known primary language tag", case-insensitively, however loosely formed.
    Case("html-lang-valid", page("lang='EN'"), {"html": P}, "subtags are case insensitive"),
    Case("html-lang-valid", page("lang='de-hello'"), {"html": P}, "the glossary's own "
         "example: de-hello has the known primary language tag de"),
    Case("html-lang-valid", page("lang='i-klingon'"), {"html": F}, "grandfathered, primary "
         "subtag i is no language"),
    Case("html-lang-valid", page("lang=' '"), {"html": NA}, "only ASCII whitespace"),
    Case("html-lang-valid", page("lang='eng'"), {"html": F}, "ISO 639-2 three-letter codes "
         "are excluded: eng is not in the subtag registry"),
    Case("html-lang-valid", page("lang='en_US'"), {"html": F}, "subtags are separated by "
         "hyphens: en_US is one unknown subtag"),
    Case("html-lang-valid", page("lang='qaa'"), {"html": P}, "qaa-qtz are registered with "
         "Type: language (private use)"),
    Case("html-lang-valid", page("lang='x-foo'"), {"html": F}, "x is a private use "
         "singleton, not a language"),
    Case("html-lang-valid", page("lang='sgn'"), {"html": P}, "sgn is Type: language"),
    Case("html-lang-valid", page("lang='123'"), {"html": F}, "digits are no language"),
    # The glossary: known if the "primary language subtag exists in the language subtag
    # registry with a Type field ... language", yet "as a consequence of this definition,
    # however, grandfathered tags do not have a known primary language tag". art and zh
    # are registered languages: the two sentences disagree (the checker said passed).
    Case("html-lang-valid", page("lang='art-lojban'"), {"html": CT}, "grandfathered, with "
         "a registered first subtag"),
    Case("html-lang-valid", page("lang='en-GB-oed'"), {"html": CT}, "grandfathered "
         "(irregular), with a registered first subtag"),
    Case("html-lang-valid", page("lang='fr'", "<iframe title='f' srcdoc=\"<html lang='xyz'>"
                                 "<p>Hello</p></html>\"></iframe>"), {"html": P},
         "a frame's page is not in a top-level browsing context"),
    # 5b7ae0: applies when lang has a known primary language tag and xml:lang is non-empty.
    Case("html-xml-lang-mismatch", page("lang='en' xml:lang='en-GB'"), {"html": P},
         "the primary subtags match; regions may differ"),
    Case("html-xml-lang-mismatch", page("lang='en' xml:lang='fr'"), {"html": F},
         "en and fr differ"),
    Case("html-xml-lang-mismatch", page("lang='EN' xml:lang='en'"), {"html": P},
         "subtags are case insensitive"),
    Case("html-xml-lang-mismatch", page("lang='xyz' xml:lang='fr'"), {"html": NA},
         "lang has no known primary language tag"),
    Case("html-xml-lang-mismatch", page("lang='en' xml:lang=''"), {"html": NA},
         "xml:lang is empty"),
    Case("html-xml-lang-mismatch", page("lang='en' xml:lang='eng'"), {"html": F},
         "eng is not the same primary subtag as en"),
    Case("html-xml-lang-mismatch", page("lang='en-hello' xml:lang='en-US'"), {"html": P},
         "loosely formed tags still have primary subtag en"),
    Case("html-xml-lang-mismatch", page("xml:lang='en'"), {"html": NA}, "no lang"),
    Case("html-xml-lang-mismatch", page("lang='en' XML:LANG='fr'"), {"html": F},
         "attribute names are case-insensitive in HTML"),
    Case("html-xml-lang-mismatch", page("lang='zh-min-nan' xml:lang='zh'"), {"html": CT},
         "whether a grandfathered lang has a known primary language tag needs a person"),
    # de46e4: elements in the body with a non-empty lang from which some visible or exposed
    # text (or name or description) inherits its language.
    Case("valid-lang", "<p id='a' lang='xyz' aria-hidden='true'>Hello</p>", {"#a": F},
         "visible text counts though it is not exposed"),
    Case("valid-lang", "<p id='a' lang='xyz' style='position:absolute;left:-9999px'>Hello</p>",
         {"#a": F}, "off-screen text is still in the accessibility tree"),
    Case("valid-lang", "<p id='a' lang='xyz' style='display:none'>Hello</p>", {"#a": NA},
         "neither visible nor exposed"),
    Case("valid-lang", "<p id='a' lang='xyz' hidden>Hello</p>", {"#a": NA},
         "hidden: neither visible nor exposed"),
    Case("valid-lang", "<img id='a' lang='xyz' src='x.png' alt='Hello'>", {"#a": F},
         "its accessible name inherits its language"),
    Case("valid-lang", "<div id='a' lang='xyz'><img src='x.png' alt=''></div>", {"#a": NA},
         "an empty alt gives no text"),
    Case("valid-lang", "<span id='a' lang='xyz'>&nbsp;</span>", {"#a": NA},
         "U+00A0 has the Unicode White_Space property"),
    Case("valid-lang", "<div id='a' lang='xyz'><iframe title='f' srcdoc='<p>Hello</p>'>"
         "</iframe></div>", {"#a": F}, "a frame's document without lang inherits from its "
         "container"),
    Case("valid-lang", "<p id='a' lang='xyz'><span id='b' lang='en'>Hello</span></p>",
         {"#a": NA, "#b": P}, "the text inherits from the nearer lang"),
    Case("valid-lang", "<div id='a' lang='xyz'><template shadowrootmode='open'><p>Hello</p>"
         "</template></div>", {"#a": F}, "flat tree: the shadow tree's text inherits"),
    Case("valid-lang", "<div id='a' lang='xyz'><template shadowrootmode='open'><b>x</b>"
         "</template><span>Hello</span></div>", {"#a": F},
         "the shadow tree's own text inherits (the unslotted span does not render)"),
    Case("valid-lang", "<div id='a' lang='xyz' aria-hidden='true' style='opacity:0'>"
         "<p>Hello</p></div>", {"#a": NA}, "transparent and not exposed"),
    # "text nodes that are visible or included in the accessibility tree"; visible: "making
    # it fully transparent would result in a difference in the pixels rendered". Text
    # already transparent changes no pixel; aria-hidden takes it out of the tree. The
    # checker said failed.
    Case("valid-lang", "<p id='a' lang='xyz' aria-hidden='true' style='color:transparent'>"
         "Hello</p>", {"#a": NA}, "transparent colour, not exposed"),
    Case("valid-lang", "<div aria-hidden='true' style='color:rgba(0,0,0,0)'>"
         "<p id='a' lang='xyz'>Hello</p></div>", {"#a": NA},
         "colour inherits: transparent from an ancestor"),
    Case("valid-lang", "<div style='color:transparent' aria-hidden='true'>"
         "<p id='a' lang='xyz' style='color:black'>Hello</p></div>", {"#a": F},
         "its own colour draws the text again"),
    Case("valid-lang", "<div aria-hidden='true' style='overflow:hidden;height:0'>"
         "<p id='a' lang='xyz'>Hello</p></div>", {"#a": NA},
         "clipped to nothing by its ancestor, and not exposed (the checker said failed)"),
    Case("valid-lang", "<div aria-hidden='true' style='overflow:visible;height:0'>"
         "<p id='a' lang='xyz'>Hello</p></div>", {"#a": F}, "the overflow is drawn"),
    Case("valid-lang", "<textarea id='a' lang='xyz' aria-label='Hello'></textarea>",
         {"#a": F}, "an accessible name"),
]

PAGE = [
    # 2779a5: a title element descendant (an HTML one), and the first has non-whitespace
    # text.
    Case("document-title", page(head="", body="<svg><title>Hello</title></svg>"),
         {"html": F}, "an SVG title is not an HTML title element"),
    Case("document-title", page(head="<title></title><title>Hello</title>"), {"html": F},
         "the first title element is empty"),
    Case("document-title", page(head="", body="<title>Hello</title>"), {"html": P},
         "a title in the body is still a descendant"),
    Case("document-title", page(head="<title>&nbsp;</title>"), {"html": F},
         "U+00A0 is whitespace"),
    Case("document-title", page(head="", body="<iframe title='f' srcdoc='<title>Hi</title>'>"
                                "</iframe>"), {"html": F}, "a frame's title is another "
         "document's"),
    Case("document-title", page(head="<TITLE>Hello</TITLE>"), {"html": P},
         "tag names are case-insensitive"),
    Case("document-title", page(head="<title> \n </title>"), {"html": F}, "whitespace only"),
    Case("document-title", page(head="<title>&#8203;</title>"), {"html": P},
         "U+200B has no White_Space property"),
    # bc659a / bisz58: the first meta with http-equiv refresh and a valid content, its time
    # from HTML's shared declarative refresh steps.
    Case("meta-refresh", "<p>x</p>", {"#m": P}, "more than 72000 is allowed",
         head="<meta id='m' http-equiv='refresh' content='72001'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": F}, "72000 is not more than 72000",
         head="<meta id='m' http-equiv='refresh' content='72000'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": NA, "#n": F}, "the first meta with a *valid* "
         "content", head="<meta id='m' http-equiv='refresh' content='soon'>"
         "<meta id='n' http-equiv='refresh' content='5'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": P, "#n": NA}, "only the first",
         head="<meta id='m' http-equiv='refresh' content='0'>"
         "<meta id='n' http-equiv='refresh' content='5'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": F}, "leading whitespace is skipped",
         head="<meta id='m' http-equiv='refresh' content='  5'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": P}, "digits and dots after the time are "
         "skipped: 0.5 is 0", head="<meta id='m' http-equiv='refresh' content='0.5'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": P}, "'.5' starts with a dot: time 0",
         head="<meta id='m' http-equiv='refresh' content='.5'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": F}, "5.9 is 5",
         head="<meta id='m' http-equiv='refresh' content='5.9; url=/next'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": NA}, "a minus sign is no digit: invalid",
         head="<meta id='m' http-equiv='refresh' content='-1'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": F}, "http-equiv is case-insensitive",
         head="<meta id='m' HTTP-EQUIV='REFRESH' content='5'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": F}, "whitespace may separate the URL",
         head="<meta id='m' http-equiv='refresh' content='5 url=/next'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": NA}, "a letter after the time: invalid",
         head="<meta id='m' http-equiv='refresh' content='5x'>"),
    Case("meta-refresh", "<p>x</p>", {"#m": NA}, "' refresh' is not the keyword",
         head="<meta id='m' http-equiv=' refresh' content='5'>"),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {"#m": F}, "no 20-hour exception",
         head="<meta id='m' http-equiv='refresh' content='72001'>"),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {"#m": P}, "0.9 is 0",
         head="<meta id='m' http-equiv='refresh' content='0.9; url=/x'>"),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {"#m": NA}, "empty content is invalid",
         head="<meta id='m' http-equiv='refresh' content=''>"),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {"#m": F}, "a comma separates the URL",
         head="<meta id='m' http-equiv='refresh' content='3, url=/x'>"),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {"#m": NA, "#n": P}, "the first valid one",
         head="<meta id='m' http-equiv='refresh' content='x'>"
         "<meta id='n' http-equiv='refresh' content='0'>"),
    Case("meta-refresh-no-exceptions", "<meta id='m' http-equiv='refresh' content='4'><p>x</p>",
         {"#m": F}, "a meta in the body all the same"),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {"#m": NA}, "http-equiv is not refresh",
         head="<meta id='m' http-equiv='content-language' content='5'>"),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {"#m": F}, "whitespace before ';'",
         head="<meta id='m' http-equiv='refresh' content='1 ; url=/x'>"),
    # b4f0c3: user-scalable not a number in (-1, 1) or yes/device-*; maximum-scale negative,
    # 2 or more, or device-*.
    Case("meta-viewport", "<p>x</p>", {"#m": P}, "1 is not between -1 and 1 (excluded)",
         head="<meta id='m' name='viewport' content='user-scalable=1'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": P}, "-1 is not between -1 and 1 (excluded)",
         head="<meta id='m' name='viewport' content='user-scalable=-1'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": F}, "0.5 is between",
         head="<meta id='m' name='viewport' content='user-scalable=0.5'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": P}, "keywords are case-insensitive",
         head="<meta id='m' name='viewport' content='user-scalable=YES'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": F}, "an unknown keyword translates to fixed",
         head="<meta id='m' name='viewport' content='user-scalable=foo'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": P}, "a negative maximum-scale",
         head="<meta id='m' name='viewport' content='maximum-scale=-1'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": F}, "yes translates to 1",
         head="<meta id='m' name='viewport' content='maximum-scale=yes'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": P}, "2.0 is 2 or more",
         head="<meta id='m' name='viewport' content='maximum-scale=2.0'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": F}, "1.99 is less than 2",
         head="<meta id='m' name='viewport' content='maximum-scale=1.99'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": F}, "whitespace around '='",
         head="<meta id='m' name='viewport' content='user-scalable = no'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": F}, "meta names are case-insensitive",
         head="<meta id='m' name='VIEWPORT' content='user-scalable=no'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": F}, "';' separates pairs",
         head="<meta id='m' name='viewport' content='width=device-width; maximum-scale=1'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": NA}, "neither key",
         head="<meta id='m' name='viewport' content='width=device-width'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": P}, "device-height is allowed",
         head="<meta id='m' name='viewport' content='user-scalable=device-height'>"),
    Case("meta-viewport", "<p>x</p>", {"#m": F}, "both expectations must hold",
         head="<meta id='m' name='viewport' content='maximum-scale=10,user-scalable=0'>"),
]

IDS = [
    # 3ea0c8: non-empty ids on HTML or SVG elements, unique within their document or shadow
    # tree; elements hidden in any way are still considered.
    Case("duplicate-id", "<div id='a'></div><svg><g id='a'></g></svg>",
         {"html > body > div": F, "html > body > svg > g": F}, "HTML and SVG share ids"),
    Case("duplicate-id", "<div id='A'></div><div id='a'></div>", {"#A": P, "#a": P},
         "ids are case-sensitive"),
    Case("duplicate-id", "<div id=' '></div><span id=' '></span>",
         {"html > body > div": F, "html > body > span": F}, "a space is not empty"),
    Case("duplicate-id", "<template><div id='a'></div></template><div id='a'></div>",
         {"#a": P, "html > body > template > div": P}, "a template's content is another tree"),
    Case("duplicate-id", "<div id='a'><template shadowrootmode='open'><span id='a'></span>"
         "</template></div>", {"#a": P, "#a > span": P}, "a shadow tree is its own tree"),
    Case("duplicate-id", "<div id='a'><template shadowrootmode='open'><span id='b'></span>"
         "<i id='b'></i></template></div>", {"#a": P, "#a > span": F, "#a > i": F},
         "duplicates inside one shadow tree"),
    Case("duplicate-id", "<div id='a' hidden></div><p id='a'></p>",
         {"html > body > div": F, "html > body > p": F}, "hidden elements still count"),
    Case("duplicate-id", "<iframe title='f' srcdoc=\"<p id='a'>x</p>\"></iframe><p id='a'></p>",
         {"#a": P, "html > body > iframe >>> #a": P}, "a frame is another document"),
    Case("duplicate-id", "<math><mi id='a'>x</mi></math><p id='a'></p>",
         {"html > body > p": P}, "MathML elements are neither HTML nor SVG"),
    Case("duplicate-id", "<div id=''></div><p id=''></p>", {}, "empty ids do not apply"),
    # e6952f: start tags in the source, with attribute names as the tokenizer lowercases them.
    Case("duplicate-attribute", "<div class='a' CLASS='b'></div>", {"html > body > div": F},
         "names are lowercased before comparing"),
    Case("duplicate-attribute", "<svg viewBox='0 0 1 1' viewbox='0 0 2 2'></svg>",
         {"html > body > svg": F}, "the tokenizer lowercases SVG names too"),
    Case("duplicate-attribute", "<!-- <div a a> --><p>x</p>", {"html": P},
         "a comment holds no start tag"),
    Case("duplicate-attribute", "<script>var s = \"<div a=1 a=2>\";</script>", {"html": P},
         "script text holds no start tag"),
    Case("duplicate-attribute", "<textarea><b c c></b></textarea>", {"html": P},
         "RCDATA holds no start tag"),
    Case("duplicate-attribute", "<p id=a id=b>x</p>", {"#a": F}, "the first value is kept"),
    Case("duplicate-attribute", "<template><p id=a id=b>x</p></template>",
         {"html > body > template > p": F}, "a start tag inside a template"),
    Case("duplicate-attribute", "<p data-x=1 data-X=2>x</p>", {"html > body > p": F},
         "data-x twice after lowercasing"),
    Case("duplicate-attribute", "<p>x</p></p a a>", {"html": P}, "an end tag is not a start "
         "tag"),
]

FORMS = [
    # 73f2c2: applicability (not on/off alone, not disabled, not a fixed-value type, not
    # hidden, not static) and the autofill token order.
    Case("autocomplete-valid", "<input id='x' autocomplete='off on'>", {"#x": F},
         "two tokens are not the single on/off toggle; off must stand alone"),
    Case("autocomplete-valid", "<input id='x' autocomplete=' email '>", {"#x": P},
         "space-separated tokens"),
    Case("autocomplete-valid", "<input id='x' autocomplete='EMAIL'>", {"#x": P},
         "tokens are ASCII case-insensitive"),
    Case("autocomplete-valid", "<input id='x' type='hidden' autocomplete='foo'>", {"#x": NA},
         "neither visible nor exposed"),
    Case("autocomplete-valid", "<input id='x' autocomplete='foo' readonly>", {"#x": F},
         "readonly is not disabled"),
    Case("autocomplete-valid", "<fieldset disabled><input id='x' autocomplete='foo'>"
         "</fieldset>", {"#x": NA}, "actually disabled by its fieldset"),
    Case("autocomplete-valid", "<fieldset disabled><legend><input id='x' autocomplete='foo'>"
         "</legend></fieldset>", {"#x": F}, "the first legend's content is not disabled"),
    Case("autocomplete-valid", "<div aria-disabled='true'><input id='x' autocomplete='foo'>"
         "</div>", {"#x": NA}, "an ancestor's aria-disabled=true makes it disabled"),
    Case("autocomplete-valid", "<input id='x' autocomplete='home name'>", {"#x": F},
         "home only before email, impp, tel or tel-*"),
    Case("autocomplete-valid", "<input id='x' autocomplete='work tel-national'>", {"#x": P},
         "tel-* after a contact token"),
    Case("autocomplete-valid", "<input id='x' autocomplete='username webauthn'>", {"#x": P},
         "webauthn last"),
    Case("autocomplete-valid", "<input id='x' autocomplete='webauthn'>", {"#x": F},
         "a field name is required"),
    Case("autocomplete-valid", "<input id='x' autocomplete='shipping billing email'>",
         {"#x": F}, "one of shipping or billing"),
    Case("autocomplete-valid", "<input id='x' type='CHECKBOX' autocomplete='foo'>",
         {"#x": NA}, "type values are case-insensitive"),
    Case("autocomplete-valid", "<input id='x' autocomplete='foo' aria-hidden='true'>",
         {"#x": F}, "visible though not exposed"),
    Case("autocomplete-valid", "<input id='x' autocomplete='section-A billing "
         "street-address'>", {"#x": P}, "section-*, then billing, then the field"),
    Case("autocomplete-valid", "<input id='x' autocomplete='email section-a'>", {"#x": F},
         "section-* must come first"),
    Case("autocomplete-valid", "<input id='x' autocomplete='home tel-extension'>",
         {"#x": P}, "tel-extension is a tel-* token"),
]

TABLES = [
    # a25f45: each headers token is the id of a cell of the same table, never its own.
    Case("td-headers-attr", "<table><tr><th id='h'>H</th></tr><tr><td id='x' headers=' h  '>"
         "1</td></tr></table>", {"#x": P}, "a set of space separated tokens"),
    Case("td-headers-attr", "<table><tr><th id='h'>H</th></tr><tr><td id='x' headers='H'>1"
         "</td></tr></table>", {"#x": F}, "ids are case-sensitive"),
    Case("td-headers-attr", "<p id='h'>H</p><table><tr><th>H</th></tr><tr>"
         "<td id='x' headers='h'>1</td></tr></table>", {"#x": F}, "h is not a cell"),
    Case("td-headers-attr", "<table><tr><th id='h'>H</th></tr><tr><td id='x' headers='h x'>"
         "1</td></tr></table>", {"#x": F}, "a token is its own id"),
    Case("td-headers-attr", "<table aria-hidden='true'><tr><th id='h'>H</th></tr><tr>"
         "<td id='x' headers='zz'>1</td></tr></table>", {"#x": NA},
         "the table is not in the accessibility tree"),
    Case("td-headers-attr", "<table style='position:absolute;left:-9999px'><tr>"
         "<th id='h'>H</th></tr><tr><td id='x' headers='zz'>1</td></tr></table>", {"#x": NA},
         "the table is not visible"),
    Case("td-headers-attr", "<table><tr><td><table><tr><th id='h'>H</th></tr></table></td>"
         "</tr><tr><td id='x' headers='h'>1</td></tr></table>", {"#x": F},
         "a nested table's cell is not a cell of the same table"),
    Case("td-headers-attr", "<table><tr><th id='h'>H</th></tr><tr><td id='x' headers='h'>1"
         "</td><td id='y' headers='x'>2</td></tr></table>", {"#x": P, "#y": P},
         "a data cell is a cell too"),
    Case("td-headers-attr", "<table><caption id='c'>C</caption><tr><th>H</th></tr><tr>"
         "<td id='x' headers='c'>1</td></tr></table>", {"#x": F}, "a caption is no cell"),
    Case("td-headers-attr", "<table role='none' tabindex='0'><tr><th id='h'>H</th></tr><tr>"
         "<td id='x' headers='zz'>1</td></tr></table>", {"#x": F},
         "a focusable table keeps its table role"),
    # d0f69e: visible, exposed header cells of an exposed table or grid are assigned to
    # at least one cell.
    Case("th-has-data-cells", "<table><tr><th id='a'>A</th><th id='b'>B</th></tr><tr>"
         "<td>1</td></tr></table>", {"#a": P, "#b": F}, "no cell under B"),
    Case("th-has-data-cells", "<table><tr><th id='a'>A</th></tr><tr><td></td></tr></table>",
         {"#a": P}, "an empty cell is still a cell"),
    Case("th-has-data-cells", "<table role='presentation'><tr><th id='a'>A</th></tr><tr>"
         "<td>1</td></tr></table>", {"#a": NA}, "no semantic table"),
    Case("th-has-data-cells", "<table><tr><th id='a' colspan='2'>A</th></tr><tr><td>1</td>"
         "<td>2</td></tr></table>", {"#a": P}, "a spanning header"),
    Case("th-has-data-cells", "<table><tr><th id='a'>A</th><th id='b' style='display:none'>B"
         "</th></tr><tr><td>1</td><td>2</td></tr></table>", {"#a": P, "#b": NA},
         "a hidden header is not a target"),
    Case("th-has-data-cells", "<table><tr><th id='a'>A</th><th id='b'>B</th></tr><tr>"
         "<td headers='a'>1</td><td headers='a'>2</td></tr></table>", {"#a": P, "#b": F},
         "headers re-assigns both cells to A"),
    Case("th-has-data-cells", "<table><tr><th id='a' role='cell'>A</th><th id='b'>B</th>"
         "</tr><tr><td>1</td><td>2</td></tr></table>", {"#a": NA, "#b": P},
         "role=cell is no header"),
    Case("th-has-data-cells", "<table><tr><th id='a'>A</th><th id='b' aria-hidden='true'>B"
         "</th></tr><tr><td>1</td></tr></table>", {"#a": P, "#b": NA}, "not exposed"),
    Case("th-has-data-cells", "<table><thead><tr><th id='a'>A</th><th id='b'>B</th></tr>"
         "</thead><tbody></tbody><tfoot><tr><td>1</td><td>2</td></tr></tfoot></table>",
         {"#a": P, "#b": P}, "footer cells are cells of the columns"),
    Case("th-has-data-cells", "<div role='table'><div role='row'><div id='a' "
         "role='columnheader'>A</div><div id='b' role='columnheader'>B</div></div>"
         "<div role='row'><div role='cell'>1</div></div></div>", {"#a": P, "#b": F},
         "ARIA tables: nothing in B's column"),
    # "This rule applies to any HTML element with a semantic rowheader or columnheader for
    # which ... the element is visible": a header whose only content is transparent text
    # draws nothing unless a border or background is styled. The checker said failed.
    Case("th-has-data-cells", "<table><tr><th id='a'>A</th><th id='b' "
         "style='color:transparent'>B</th></tr><tr><td>1</td></tr></table>",
         {"#a": P, "#b": CT}, "transparent text: visible only if styled"),
    Case("th-has-data-cells", "<table><tr><th id='a'>A</th><th id='b' "
         "style='color:transparent'><span style='color:red'>B</span></th></tr><tr><td>1</td>"
         "</tr></table>", {"#a": P, "#b": F}, "its span draws the text again"),
    Case("th-has-data-cells", "<table><tr><td>x</td><th id='a' scope='col'>A</th></tr>"
         "</table>", {"#a": F}, "a column header with nothing below"),
]

CSS = [
    # b33eff: visible elements rotated in one orientation only; the expectation compares the
    # rotation around Z between landscape and portrait.
    Case("css-orientation-lock", "<style>@media (orientation: portrait) { #x { rotate: 90deg }"
         " }</style><p id='x'>Hello</p>", {"#x": F}, "the rotate property"),
    Case("css-orientation-lock", "<style>@media (orientation: portrait) { #x { transform: "
         "rotate(0.25turn) } }</style><p id='x'>Hello</p>", {"#x": F}, "a quarter turn"),
    Case("css-orientation-lock", "<style>@media (orientation: portrait) { #x { transform: "
         "rotate(180deg) } }</style><p id='x'>Hello</p>", {"#x": P}, "a half turn"),
    Case("css-orientation-lock", "<style>@media (orientation: landscape) { #x { transform: "
         "rotate(90deg) } } @media (orientation: portrait) { #x { transform: rotate(90deg) } }"
         "</style><p id='x'>Hello</p>", {"#x": P}, "the same in both orientations"),
    Case("css-orientation-lock", "<style>@media (min-width: 10px) { #x { transform: "
         "rotate(90deg) } }</style><p id='x'>Hello</p>", {"#x": NA}, "not orientation"),
    Case("css-orientation-lock", "<style>@media (orientation: portrait) { #x { transform: "
         "rotate(450deg) } }</style><p id='x'>Hello</p>", {"#x": F}, "450 degrees is 90"),
    Case("css-orientation-lock", "<style>@media (orientation: portrait) { #x { transform: "
         "rotateX(90deg) } }</style><p id='x'>Hello</p>", {"#x": NA},
         "rotateX is not among the functions"),
    Case("css-orientation-lock", "<style>@media (orientation: portrait) { #x { transform: "
         "rotate3d(1,0,0,90deg) } }</style><p id='x'>Hello</p>", {"#x": P},
         "rotate3d around X: no turn around Z"),
    Case("css-orientation-lock", "<style>@media (orientation: portrait) { #x { transform: "
         "rotate(100grad) } }</style><p id='x'>Hello</p>", {"#x": F}, "100grad is 90deg"),
    # "This rule applies to any HTML element that is visible"; off screen nothing of it is
    # drawn in or can be scrolled into the viewport. The checker said failed.
    Case("css-orientation-lock", "<style>@media (orientation: portrait) { #x { transform: "
         "rotate(90deg) } }</style><p id='x' style='position:absolute;left:-9999px'>Hello</p>",
         {"#x": NA}, "off screen: not visible"),
    Case("css-orientation-lock", "<style>@media (orientation: portrait) { #x { transform: "
         "rotate(90deg) } }</style><div style='clip:rect(0 0 0 0);position:absolute'>"
         "<p id='x'>Hello</p></div>", {"#x": NA}, "clipped away by its ancestor"),
    # 24afc2 / 9e45ec / 78fd32: elements with visible text node children whose spacing is
    # declared important in their style attribute.
    Case("letter-spacing-important", "<p id='x' style='letter-spacing: 0.1em ! IMPORTANT'>"
         "Hello</p>", {"#x": F}, "!important is case-insensitive"),
    Case("letter-spacing-important", "<p id='x' style='font-size:20px; letter-spacing: 2px "
         "!important'>Hello</p>", {"#x": F}, "2px is less than 0.12 × 20px"),
    Case("letter-spacing-important", "<p id='x' style='letter-spacing: 0.1em !important; "
         "letter-spacing: 0.2em'>Hello</p>", {"#x": F}, "a later normal declaration loses"),
    Case("letter-spacing-important", "<style>#x{letter-spacing:0.3em !important}</style>"
         "<p id='x' style='letter-spacing: 0.1em !important'>Hello</p>", {"#x": F},
         "the style attribute's important declaration wins"),
    Case("letter-spacing-important", "<p id='x' style='letter-spacing: 0.1em !important'>"
         "<span>Hello</span></p>", {"#x": NA}, "no text node children"),
    Case("letter-spacing-important", "<p id='x' style='letter-spacing: normal !important'>"
         "Hello</p>", {"#x": F}, "normal computes to 0"),
    Case("letter-spacing-important", "<p id='x' style='letter-spacing: 0.1em !important; "
         "color:rgba(0,0,0,0)'>Hello</p>", {"#x": NA}, "transparent text is not visible"),
    Case("letter-spacing-important", "<div aria-hidden='true'><p id='x' style='letter-spacing:"
         " 0.1em !important'>Hello</p></div>", {"#x": F}, "visible, though not exposed"),
    # "one or more visible text node children": text of font-size 0 draws no pixel. The
    # checker said passed.
    Case("letter-spacing-important", "<p id='x' style='letter-spacing: 0.1em !important; "
         "font-size:0'>Hello</p>", {"#x": NA}, "zero font size: not visible"),
    # A box of no height that clips its overflow draws none of its text: not *visible*
    # ("making it fully transparent would result in a difference in the pixels rendered").
    # The checker said failed.
    Case("letter-spacing-important", "<p id='x' style='letter-spacing: 0.1em !important; "
         "overflow:hidden; height:0'>Hello</p>", {"#x": NA}, "clipped to nothing"),
    Case("word-spacing-important", "<p id='x' style='word-spacing: 0.15em !important'>"
         "Hello</p>", {"#x": F}, "one word is still visible text"),
    Case("word-spacing-important", "<p id='x' style='font-size:10px; word-spacing: 2px "
         "!important'>Hello there</p>", {"#x": P}, "2px is 0.2 × 10px"),
    Case("word-spacing-important", "<p id='x' style='word-spacing: normal !important'>"
         "Hello there</p>", {"#x": F}, "normal computes to 0"),
    Case("word-spacing-important", "<p id='x' style='word-spacing: 0.1em !important; "
         "font-size:0'>Hello there</p>", {"#x": NA}, "zero font size: not visible"),
    Case("word-spacing-important", "<p id='x' style='word-spacing: 0.1em !important; "
         "display:none'>Hello there</p>", {"#x": NA}, "not rendered"),
    Case("word-spacing-important", "<p id='x' style='word-spacing: 0.1em'>Hello there</p>",
         {"#x": NA}, "not important"),
    Case("word-spacing-important", "<style>#x{word-spacing:0.1em !important}</style>"
         "<p id='x'>Hello there</p>", {"#x": NA}, "important, but not in a style attribute"),
    Case("word-spacing-important", "<p id='x' style='word-spacing: 0.1em !important; "
         "visibility:hidden'>Hello there</p>", {"#x": NA}, "not visible"),
    Case("line-height-important", f"<p id='x' style='line-height: 1.2 !important'>{WORDS}</p>",
         {"#x": F}, "1.2 is less than 1.5"),
    Case("line-height-important", "<p id='x' style='line-height: 1.2 !important'>Hello</p>",
         {"#x": NA}, "no soft wrap break"),
    Case("line-height-important", f"<p id='x' style='line-height: 1.2 !important; "
         f"white-space:nowrap'>{WORDS}</p>", {"#x": NA}, "nowrap: no soft wrap break"),
    Case("line-height-important", f"<p id='x' style='line-height: 150% !important'>{WORDS}"
         "</p>", {"#x": P}, "150% of the font size"),
    Case("line-height-important", f"<p id='x' style='line-height: normal !important'>{WORDS}"
         "</p>", {"#x": F}, "normal is about 1.2"),
    Case("line-height-important", f"<p id='x' style='font-size:10px; line-height: 15px "
         f"!important'>{WORDS}</p>", {"#x": P}, "15px is 1.5 × 10px"),
    Case("line-height-important", f"<p id='x' style='font-size:10px; line-height: 14px "
         f"!important'>{WORDS}</p>", {"#x": F}, "14px is less"),
    Case("line-height-important", f"<p id='x' style='line-height: 1.5em !important'>{WORDS}"
         "</p>", {"#x": P}, "1.5em"),
    Case("line-height-important", f"<p id='x' style='line-height: 1 !important; font-size:0'>"
         f"{WORDS}</p>", {"#x": NA}, "zero font size: not visible"),
    Case("line-height-important", f"<p id='x' hidden style='line-height: 1 !important'>{WORDS}"
         "</p>", {"#x": NA}, "not rendered"),
]

FRAMES = [
    # akn7bn: iframes (not inert) containing a visible element in their sequential focus
    # navigation order must not have a negative tabindex.
    Case("frame-tab-order", "<iframe id='x' tabindex='-1' title='f' srcdoc='<p>Hi</p>'>"
         "</iframe>", {"#x": NA}, "nothing focusable inside"),
    Case("frame-tab-order", "<iframe id='x' tabindex='0' title='f' srcdoc='<a href=/>Hi</a>'>"
         "</iframe>", {"#x": P}, "tabindex 0"),
    Case("frame-tab-order", "<iframe id='x' tabindex='-1' title='f' srcdoc='<button hidden>Hi"
         "</button>'></iframe>", {"#x": NA}, "the button is not visible"),
    Case("frame-tab-order", "<iframe id='x' tabindex='-1' title='f' srcdoc='<button "
         "tabindex=-1>Hi</button>'></iframe>", {"#x": NA}, "not in the sequential order"),
    Case("frame-tab-order", "<iframe id='x' tabindex='-1' inert title='f' srcdoc='<button>Hi"
         "</button>'></iframe>", {"#x": NA}, "an inert iframe"),
    Case("frame-tab-order", "<iframe id='x' tabindex='-1' title='f' srcdoc='<div tabindex=0>"
         "Hi</div>'></iframe>", {"#x": F}, "a div made focusable"),
    Case("frame-tab-order", "<iframe id='x' tabindex=' -1 ' title='f' srcdoc='<button>Hi"
         "</button>'></iframe>", {"#x": F}, "leading whitespace is skipped when parsing"),
    Case("frame-tab-order", "<iframe id='x' tabindex='-1x' title='f' srcdoc='<button>Hi"
         "</button>'></iframe>", {"#x": F}, "trailing garbage is ignored: -1"),
    Case("frame-tab-order", "<iframe id='x' tabindex='foo' title='f' srcdoc='<button>Hi"
         "</button>'></iframe>", {"#x": P}, "no number"),
    Case("frame-tab-order", "<iframe id='x' tabindex='-1' title='f' srcdoc='<button disabled>"
         "Hi</button>'></iframe>", {"#x": NA}, "a disabled button is not focusable"),
    Case("frame-tab-order", "<iframe id='x' tabindex='-1' title='f' srcdoc='<a>Hi</a>'>"
         "</iframe>", {"#x": NA}, "a without href"),
    Case("frame-tab-order", "<iframe id='x' tabindex='-1' title='f' srcdoc='<input>'>"
         "</iframe>", {"#x": F}, "a text field"),
    Case("frame-tab-order", "<iframe id='x' tabindex='-1' title='f' srcdoc='<div "
         "contenteditable>Hi</div>'></iframe>", {"#x": F}, "an editing host"),
]

BYPASS_RULES = ("bypass", "landmark-for-main-content", "skip-to-main-content",
                "heading-for-main-content")


def _bypass(body: str, outcomes: tuple[str, str, str, str], reason: str) -> list[Case]:
    return [Case(rule, page(body=body), {"html": outcome}, reason)
            for rule, outcome in zip(BYPASS_RULES, outcomes, strict=True)]


BYPASS = [
    # cf77f2 passes when one of the three others does; b40fd1 a landmark, ye5d6e a link to
    # just before the main content, 047fe0 a visible, exposed heading starting it.
    *_bypass(NAV + "<main><h1>Title</h1><p>Body</p></main>", (P, P, F, P),
             "main with a heading, no skip link"),
    *_bypass(NAV + "<div><h1>Title</h1><p>Body</p></div>", (P, F, F, P), "a heading only"),
    *_bypass(NAV + "<main><h1 style='display:none'>T</h1><p>Body</p></main>", (P, P, F, F),
             "the heading is not visible"),
    *_bypass(NAV + "<main aria-hidden='true'><h1>T</h1><p>Body</p></main>", (F, F, F, F),
             "the landmark and heading are not exposed"),
    *_bypass(NAV + "<section><p>Body</p></section>", (F, F, F, F),
             "a section without a name is no landmark"),
    *_bypass(NAV + "<section aria-label='Story'><p>Body</p></section>", (P, P, F, F),
             "a named section is a region landmark"),
    *_bypass("<a href='#m'>Skip to content</a>" + NAV + "<div id='m'></div><p>Body</p>",
             (P, F, P, F), "an empty target just before the content"),
    *_bypass("<a href='#m' style='display:none'>Skip</a>" + NAV + "<main id='m'><p>Body</p>"
             "</main>", (P, P, F, F), "a skip link that is not rendered cannot be used"),
    *_bypass(NAV + "<h1 style='position:absolute;left:-9999px'>Title</h1><p>Body</p>",
             (F, F, F, F), "an off-screen heading is not visible"),
    *_bypass(NAV + "<h1 role='presentation'>Title</h1><p>Body</p>", (F, F, F, F),
             "no semantic heading"),
    *_bypass(NAV + "<div role='heading' aria-level='1'>Title</div><p>Body</p>", (P, F, F, P),
             "a semantic heading by role"),
    # 047fe0: the heading must be "visible"; transparent text draws nothing unless the
    # heading has a background or border (the checker said passed).
    *_bypass(NAV + "<h1 style='color:transparent'>Title</h1><p>Body</p>", (CT, F, F, CT),
             "a heading of transparent text"),
]

CASES = [*LANGUAGE, *PAGE, *IDS, *FORMS, *TABLES, *CSS, *FRAMES, *BYPASS]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_round40_rule_text_case(case: Case) -> None:
    found = case_verdicts(case)
    if not case.expected:
        assert found == {}, case.reason
    assert {target: found.get(target, NA) for target in case.expected} == case.expected, \
        case.reason


def test_every_rule_of_the_group_has_eight_cases() -> None:
    counts: dict[str, int] = {}
    for case in CASES:
        counts[case.rule] = counts.get(case.rule, 0) + 1
    assert {rule: n for rule, n in counts.items() if n < 8} == {}
    assert len(counts) == 22
