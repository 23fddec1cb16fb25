"""Edge situations the held-back ACT examples may exercise and the development split does not
(issue 13, static engine), each written from the rule's normative text
(``/work/shared/act/rules/<id>.md``) and the specifications it cites, never from an example.

Each case: the Broadsheet rule, a page body (or a whole page), every judged element's outcome by
target (an element absent from the map must not be judged: inapplicable), and the sentence of the
rule or specification that decides it. ``NF`` marks a case the texts leave open: it must not be
*failed* (passed, cant_tell or inapplicable are all accepted), the answer that cannot create a
false failure."""

from __future__ import annotations

import pytest
from rule_helpers import Case, case_ids, case_verdicts

P, F, CT = "passed", "failed", "cant_tell"
#: Not failed: the specification is ambiguous, so any outcome but *failed* (or not judged).
NF = "not failed"

#: A whole page; ``{}`` takes the ``html`` element's attributes.
PAGE = "<!DOCTYPE html><html{}><head><title>Page</title></head><body><p>Text</p></body></html>"
#: A whole page whose ``head`` is ``{}`` (no title of its own).
HEAD = "<!DOCTYPE html><html lang='en'><head>{}</head><body><p>Text</p></body></html>"
#: Navigation: a block of repeated content.
NAV = ('<nav><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li>'
       '</ul></nav>')


def _refresh(content: str, attrs: str = 'http-equiv="refresh"') -> str:
    return f'<meta id="m" {attrs} content="{content}">'


def _viewport(content: str, name: str = "viewport") -> str:
    return f'<meta id="m" name="{name}" content="{content}">'


CASES: list[Case] = [
    # --- bc659a / bisz58 Meta element has no refresh delay --------------------------------
    # HTML, shared declarative refresh steps: skip ASCII whitespace; collect ASCII digits
    # (timeString); if it is empty and the next code point is not ".", return (invalid);
    # collect digits and "." and ignore them; the next code point must be ";", "," or ASCII
    # whitespace, or the end.
    Case("meta-refresh", "", {"#m": P}, "refresh steps: '0.5' gives time 0 (the fraction is "
         "collected and ignored); expectation: time is 0", head=_refresh("0.5; url=/next")),
    Case("meta-refresh", "", {"#m": P}, "refresh steps: '.5' has an empty timeString followed "
         "by '.', so time stays 0: valid, time 0", head=_refresh(".5; url=/next")),
    Case("meta-refresh", "", {"#m": F}, "refresh steps: '5.9' is time 5 (the fraction is "
         "ignored, not rounded), neither 0 nor more than 72000", head=_refresh("5.9")),
    Case("meta-refresh", "", {"#m": F}, "refresh steps: leading ASCII whitespace is skipped",
         head=_refresh(" \t 5; url=/next")),
    Case("meta-refresh", "", {"#m": F}, "refresh steps: ',' separates the time from the URL "
         "as ';' does", head=_refresh("5,url=/next")),
    Case("meta-refresh", "", {"#m": F}, "refresh steps: whitespace alone may separate the "
         "time from the URL", head=_refresh("5 url=/next")),
    Case("meta-refresh", "", {}, "refresh steps: '5x' has 'x' after the time, not ';', ',' "
         "or whitespace: invalid, so no applicable meta", head=_refresh("5x")),
    Case("meta-refresh", "", {}, "refresh steps: '+5' and '-1' start with neither a digit "
         "nor '.': invalid", head=_refresh("+5") + '<meta http-equiv="refresh" content="-1">'),
    Case("meta-refresh", "", {}, "refresh steps: '1e3' has 'e' after the digits: invalid",
         head=_refresh("1e3")),
    Case("meta-refresh", "", {"#m": P}, "expectation: more than 72000 (20 hours)",
         head=_refresh("72001; url=/next")),
    Case("meta-refresh", "", {"#m": F}, "expectation: 72000 is not more than 72000",
         head=_refresh("72000; url=/next")),
    Case("meta-refresh", "", {"#m": P}, "rules for parsing non-negative integers: '00' is 0",
         head=_refresh("00")),
    Case("meta-refresh", "", {"#m": F}, "applicability: the first meta whose content is "
         "valid; an invalid first one is passed over",
         head='<meta http-equiv="refresh" content="soon">' + _refresh("5")),
    Case("meta-refresh", "", {"#m": P}, "applicability: only the first valid meta is a "
         "target; a later 5 s one is not judged",
         head=_refresh("0; url=/x") + '<meta id="n" http-equiv="refresh" content="5">'),
    Case("meta-refresh", "", {"#m": F}, "HTML: http-equiv keywords match ASCII "
         "case-insensitively (attribute value is the lowercase keyword)",
         head=_refresh("5", 'http-equiv="REFRESH"')),
    Case("meta-refresh", "", {}, "HTML: ' refresh' (with a space) matches no pragma keyword",
         head=_refresh("5", 'http-equiv=" refresh"')),
    Case("meta-refresh", "<template><meta http-equiv='refresh' content='5'></template>", {},
         "a template's contents are in another (inert) document, not this document"),
    Case("meta-refresh", _refresh("5"), {"#m": F}, "HTML: the refresh pragma runs wherever "
         "the meta element is inserted, the body included"),
    Case("meta-refresh", "", {"#m": F}, "refresh steps: the URL part may be quoted, '5;"
         " URL='/x'' is time 5", head=_refresh("5; URL='/next'")),
    Case("meta-refresh-no-exceptions", "", {"#m": F}, "bisz58: only 0 passes, 72001 too is a "
         "delay", head=_refresh("72001; url=/next")),
    Case("meta-refresh-no-exceptions", "", {"#m": P}, "bisz58: '0.9' is time 0",
         head=_refresh("0.9; url=/next")),
    Case("meta-refresh-no-exceptions", "", {}, "bisz58: an empty content is not valid",
         head=_refresh("")),
    Case("meta-refresh-no-exceptions", "", {"#m": F}, "bisz58: ',' as separator, time 3",
         head=_refresh("3,https://example.com/")),
    # --- b4f0c3 Meta viewport allows for zoom -----------------------------------------------
    # css-device-adapt: keys and values are compared case-insensitively, separators are
    # whitespace, ',' and ';'; a number is the prefix strtod converts.
    Case("meta-viewport", "", {"#m": F}, "css-device-adapt: keys and keyword values are "
         "case-insensitive; NO gives user-zoom fixed", head=_viewport("USER-SCALABLE=NO")),
    Case("meta-viewport", "", {"#m": P}, "expectation 2: strtod reads 1e1 as 10, which is 2 "
         "or more", head=_viewport("maximum-scale=1e1")),
    Case("meta-viewport", "", {"#m": P}, "expectation 2: the number is the prefix strtod "
         "converts; '3x' is 3", head=_viewport("maximum-scale=3x")),
    Case("meta-viewport", "", {"#m": F}, "expectation 2: 1.99 is below 2",
         head=_viewport("width=device-width, maximum-scale=1.99")),
    Case("meta-viewport", "", {"#m": P}, "expectation 1: -1 is not strictly between -1 and 1",
         head=_viewport("user-scalable=-1")),
    Case("meta-viewport", "", {"#m": F}, "expectation 1: -0.5 is strictly between -1 and 1",
         head=_viewport("user-scalable=-0.5")),
    Case("meta-viewport", "", {"#m": F}, "css-device-adapt: ';' separates properties as ',' "
         "does, so maximum-scale is 1", head=_viewport("width=device-width; maximum-scale=1")),
    Case("meta-viewport", "", {"#m": F}, "css-device-adapt: whitespace around '=' is skipped",
         head=_viewport("maximum-scale = 1.5")),
    Case("meta-viewport", "", {"#m": P}, "expectation 2: device-height is allowed",
         head=_viewport("maximum-scale=device-height, user-scalable=device-width")),
    Case("meta-viewport", "", {}, "applicability: neither maximum-scale nor user-scalable",
         head=_viewport("width=device-width, initial-scale=1, minimum-scale=1")),
    Case("meta-viewport", "", {"#m": F}, "HTML: metadata names compare ASCII "
         "case-insensitively, so name=Viewport is the viewport",
         head=_viewport("maximum-scale=1", name="Viewport")),
    Case("meta-viewport", "", {"#m": F}, "both expectations: user-scalable yes does not save "
         "a maximum-scale of 1", head=_viewport("user-scalable=yes, maximum-scale=1.0")),
    # --- b5c3f8 HTML page has lang attribute -----------------------------------------------
    Case("html-has-lang", PAGE.format(' lang="&#x20;&#x0A;"'), {"html": F},
         "expectation: only ASCII whitespace (space, line feed) fails"),
    Case("html-has-lang", PAGE.format(' lang="&#xA0;"'), {"html": P},
         "expectation: only ASCII whitespace fails; U+00A0 is not ASCII whitespace"),
    Case("html-has-lang", PAGE.format(' LANG="en"'), {"html": P},
         "HTML: attribute names are lowercased by the parser"),
    Case("html-has-lang", '<!DOCTYPE html><html><head><title>P</title></head><body lang="en">'
         '<p>Text</p></body></html>', {"html": F},
         "applicability: the html element; lang on body does not count"),
    # --- bf051a HTML page lang attribute has valid language tag ---------------------------
    Case("html-lang-valid", PAGE.format(' lang="de-hello"'), {"html": P},
         "glossary: de-hello has a known primary language tag (de)"),
    Case("html-lang-valid", PAGE.format(' lang="i-klingon"'), {"html": F},
         "glossary: grandfathered tags have no known primary language tag"),
    Case("html-lang-valid", PAGE.format(' lang="x-private"'), {"html": F},
         "glossary: x is a private-use prefix, not a language subtag"),
    Case("html-lang-valid", PAGE.format(' lang="zh-yue"'), {"html": P},
         "glossary: the primary subtag zh is a language (yue is an extlang)"),
    Case("html-lang-valid", PAGE.format(' lang="iw"'), {"html": P},
         "registry: iw is a (deprecated) subtag with Type language"),
    Case("html-lang-valid", PAGE.format(' lang="und"'), {"html": P},
         "registry: und (undetermined) has Type language"),
    Case("html-lang-valid", PAGE.format(' lang="abcd"'), {"html": F},
         "registry: four-letter primary subtags are reserved, none is registered"),
    Case("html-lang-valid", PAGE.format(' lang="123"'), {"html": F},
         "registry: no primary language subtag is digits"),
    Case("html-lang-valid", PAGE.format(' lang="qaa"'), {"html": NF},
         "registry: qaa..qtz is a private-use range of Type language; left open"),
    Case("html-lang-valid", PAGE.format(' lang=" "'), {},
         "applicability: a lang of only ASCII whitespace is not applicable"),
    # --- 5b7ae0 HTML page lang and xml:lang match -----------------------------------------
    Case("html-xml-lang-mismatch", PAGE.format(' lang="en-US" xml:lang="en-GB"'), {"html": P},
         "expectation: only the primary language subtags are compared"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="EN" xml:lang="en"'), {"html": P},
         "glossary: subtags are case-insensitive"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="xyz" xml:lang="fr"'), {},
         "applicability: lang must have a known primary language tag"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="en" xml:lang=""'), {},
         "applicability: a non-empty xml:lang"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="fr" xml:lang="en-FR"'), {"html": F},
         "expectation: fr and en differ"),
    # --- de46e4 Element with lang attribute has valid language tag ------------------------
    Case("valid-lang", '<p lang="xyz">&nbsp;&#x2003;</p>', {},
         "applicability: text only of whitespace (Unicode White_Space, U+00A0 and U+2003 "
         "included) does not count"),
    Case("valid-lang", '<p lang="xyz" id="a"><img src="a.png" alt="A harbour"></p>',
         {"#a": F}, "glossary: the accessible name of an inheriting element is text "
         "inheriting the language"),
    Case("valid-lang", '<div lang="xyz"><p lang="en" id="p">Hello</p></div>', {"#p": P},
         "glossary: a child with a non-empty lang does not inherit from the div, so the div "
         "has no text of its own"),
    Case("valid-lang", '<div lang="xyz" id="a"><p lang="">Hello</p></div>', {"#a": F},
         "glossary: F inherits when it has no non-empty lang; lang='' is empty"),
    Case("valid-lang", '<div lang="xyz" hidden>Hello</div>', {},
         "glossary: text nodes must be visible or included in the accessibility tree"),
    Case("valid-lang", '<p lang="xyz" id="a" style="position:absolute;left:-9999px">Hello</p>',
         {"#a": F}, "glossary: off-screen text is still included in the accessibility tree"),
    Case("valid-lang", '<p lang="en-xyz" id="a">Hello</p><p lang="EN" id="b">Hello</p>',
         {"#a": P, "#b": P}, "glossary: only the primary subtag is checked, case-insensitively"),
    Case("valid-lang", '<p lang="zz" id="a">Hello</p>', {"#a": F},
         "registry: zz is not a registered language subtag"),
    Case("valid-lang", '<p lang="xyz" id="a" aria-hidden="true">Hello</p>', {"#a": F},
         "glossary: text nodes that are visible OR included; aria-hidden text is still visible"),
    Case("valid-lang", '<div lang="xyz" id="a"><iframe title="Map" srcdoc="<p>Hello</p>">'
         '</iframe></div>', {"#a": F},
         "glossary: a fully active document element without lang inherits from its browsing "
         "context container, so the frame's text inherits xyz"),
    Case("valid-lang", '<svg lang="xyz"><text>Hello</text></svg>', {},
         "applicability: an HTML element; svg is an SVG element"),
    # --- 2779a5 HTML page has non-empty title ---------------------------------------------
    Case("document-title", HEAD.format("<title>&nbsp;</title>"), {"html": F},
         "expectation 2: U+00A0 has the White_Space property, so the title is only whitespace"),
    Case("document-title", HEAD.format("<title>&#x2003;&#x3000;</title>"), {"html": F},
         "expectation 2: em space and ideographic space are whitespace"),
    Case("document-title", HEAD.format("<title><!-- x --></title>"), {"html": P},
         "HTML: title is RCDATA, so '<!-- x -->' is its text, not a comment"),
    Case("document-title", HEAD.format("<title></title><title>News</title>"), {"html": F},
         "expectation 2: the first HTML title element is the one judged"),
    Case("document-title", '<!DOCTYPE html><html lang="en"><head></head><body><svg><title>'
         'Logo</title></svg></body></html>', {"html": F},
         "expectation 1: an HTMLTitleElement; an SVG title is not one"),
    Case("document-title", '<!DOCTYPE html><html lang="en"><head></head><body><title>News'
         '</title><p>x</p></body></html>', {"html": P},
         "expectation 1: any descendant title element, even one in the body"),
    Case("document-title", '<!DOCTYPE html><html lang="en"><head></head><body><svg><title>'
         'Logo</title></svg><title>News</title></body></html>', {"html": P},
         "expectation 2: the first HTML title, an SVG title before it is not HTML"),
    Case("document-title", '<!DOCTYPE html><html lang="en"><head></head><body><template>'
         '<title>News</title></template></body></html>', {"html": F},
         "DOM: template contents are not descendants of the document element"),
    # --- 3ea0c8 Id attribute value is unique ----------------------------------------------
    Case("duplicate-id", '<p id="a">x</p><template><p id="a">y</p></template>',
         {"#a": P, "html > body > template > p": NF},
         "expectation: the same document tree; template contents are another document"),
    Case("duplicate-id", '<p id="a">x</p><div><template shadowrootmode="open"><p id="a">y</p>'
         '</template></div>', {"#a": P, "html > body > div > p": P},
         "expectation: a shadow tree is its own scope for ids"),
    Case("duplicate-id", '<p id="">x</p><p id="">y</p>', {},
         "applicability: an id whose value is not the empty string"),
    Case("duplicate-id", '<p id=" a">x</p><p id="a">y</p>', {"html > body > p:nth-child(1)": P, "#a": P},
         "DOM: ids compare as strings; ' a' and 'a' differ"),
    Case("duplicate-id", '<p id="a">x</p><iframe title="f" srcdoc="<p id=a>y</p>"></iframe>',
         {"#a": P, "html > body > iframe >>> #a": P}, "expectation: another document is not the same document tree"),
    # --- e6952f Attribute is not duplicated -----------------------------------------------
    Case("duplicate-attribute", '<p ID="a" id="b">x</p>', {"#a": F},
         "HTML tokenizer: attribute names are lowercased before the duplicate check"),
    Case("duplicate-attribute", '<p>x</p><!-- <p class="a" class="b"> -->', {"html": P},
         "applicability: a comment holds no start tag"),
    Case("duplicate-attribute", '<script>var s = \'<p class="a" class="b">\';</script><p>x</p>',
         {"html": P}, "HTML: script text is not tokenised as tags"),
    Case("duplicate-attribute", '<textarea><b class="a" class="b"></b></textarea>', {"html": P},
         "HTML: textarea is RCDATA, its markup is text"),
    Case("duplicate-attribute", '<svg viewBox="0 0 1 1" viewbox="0 0 2 2"></svg>',
         {"html > body > svg": F}, "tokenizer: viewBox and viewbox are the same lowercased "
         "name before foreign attribute adjustment"),
    Case("duplicate-attribute", '<template><p class="a" class="b">x</p></template>',
         {"html > body > template > p": F},
         "applicability: any starting tag in the document's source, a template's too"),
    # --- 97a4e1 Button has non-empty accessible name ---------------------------------------
    Case("button-name", '<div role="BUTTON" id="a">Save</div>', {"#a": NF},
         "ARIA: role tokens' case is left to the user agent; content names it either way"),
    Case("button-name", '<button id="a" role="link"></button>', {},
         "applicability: the semantic role is link (the explicit role)"),
    Case("button-name", '<button id="a" aria-labelledby="nothing"></button>', {"#a": F},
         "accname 2B: no id resolves, so the step is skipped; no content: empty"),
    Case("button-name", '<button id="a" aria-labelledby="nothing">Save</button>', {"#a": P},
         "accname 2B: no id resolves, so the name comes from content"),
    Case("button-name", '<button id="a"><img src="x.png" alt=""></button>', {"#a": F},
         "accname 2F: an image with alt='' contributes nothing"),
    Case("button-name", '<button id="a"><svg role="img" aria-label="Close"></svg></button>',
         {"#a": P}, "accname 2F: a descendant's aria-label contributes to name from content"),
    Case("button-name", '<button id="a" style="visibility:hidden"></button>'
         '<div style="visibility:hidden"><button id="b" style="visibility:visible"></button>'
         '</div>', {"#b": F},
         "programmatically hidden: visibility can be reverted by descendants"),
    Case("button-name", '<input type="image" id="a">', {},
         "applicability: input type=image is excepted"),
    Case("button-name", '<input type="submit" id="a" value="">', {"#a": F},
         "HTML-AAM: use the value attribute; the default 'Submit' only when there is none"),
    Case("button-name", '<div role="button" id="a" aria-label="&#x20;&#x09;"></div>', {"#a": F},
         "accname 2C: an aria-label of only whitespace is skipped; no content"),
    Case("button-name", '<div role="button" id="a"><span style="display:none">Go</span>'
         '<span aria-hidden="true">Go</span></div>', {"#a": F},
         "accname 2A: hidden descendants are not part of name from content"),
    Case("button-name", '<div role="button" id="a">&#x1F50D;</div>', {"#a": P},
         "expectation: not empty; a symbol is a non-empty name"),
    # --- c487ae Link has non-empty accessible name -----------------------------------------
    Case("link-name", '<a id="a" name="top">Top</a><a id="b">Nothing</a>', {},
         "HTML-AAM: an a without href is generic, not a link"),
    Case("link-name", '<a href="/x" id="a"><img src="x.png" alt=""></a>', {"#a": F},
         "accname: a decorative image gives no name"),
    Case("link-name", '<a href="/x" id="a" title="Home"></a>', {"#a": P},
         "accname 2I: the title attribute names it"),
    Case("link-name", '<a href="/x" id="a"><span role="img" aria-label="Home"></span></a>',
         {"#a": P}, "accname 2F: a descendant's name counts"),
    Case("link-name", '<img src="m.png" alt="Map" usemap="#m"><map name="m"><area id="a" '
         'href="/n" shape="rect" coords="0,0,1,1"><area id="b" href="/s" alt="South" '
         'shape="rect" coords="1,1,2,2"></map>', {"#a": F, "#b": P},
         "HTML-AAM: an area with href is a link named by its alt"),
    Case("link-name", '<div role="link" id="a" tabindex="0"><span hidden>Home</span></div>',
         {"#a": F}, "accname 2A: the hidden span is not part of the name"),
    Case("link-name", '<a href="/x" id="a" role="button">Go</a>', {},
         "applicability: the explicit role button replaces link"),
    Case("link-name", '<a href="/x" id="a" role="none"></a>', {"#a": F},
         "semantic role, Conflict: a focusable link marked decorative keeps its role"),
    Case("link-name", '<a href="/x" id="a" aria-hidden="true"></a>', {},
         "applicability: aria-hidden removes it from the accessibility tree"),
    Case("link-name", '<svg><a href="/x" id="a"><text>Home</text></a></svg>', {},
         "applicability: an HTML element; an SVG a is not one"),
    # --- 23a2a8 Image has non-empty accessible name ----------------------------------------
    Case("image-alt", '<img id="a" src="x.png" alt="" role="img">', {"#a": F},
         "expectation: explicit role img wins over alt=''; its name is empty and its "
         "semantic role is not none"),
    Case("image-alt", '<img id="a" src="x.png" title="Harbour">', {"#a": P},
         "accname 2I: the title names an image without alt"),
    Case("image-alt", '<img id="a" src="x.png" role="presentation" alt="">', {"#a": P},
         "expectation: semantic role presentation passes"),
    Case("image-alt", '<img id="a" src="x.png" aria-labelledby="c"><p id="c">Harbour</p>',
         {"#a": P}, "accname 2B"),
    Case("image-alt", '<div hidden><img id="a" src="x.png"></div>', {},
         "applicability: a programmatically hidden image is excepted"),
    Case("image-alt", '<img id="a" src="x.png" style="visibility:hidden">', {},
         "programmatically hidden: visibility hidden"),
    Case("image-alt", '<div role="img" id="a"></div>', {"#a": F},
         "applicability: an HTML element that is a semantic img; no name"),
    Case("image-alt", '<svg role="img" id="a"></svg>', {},
         "applicability: HTML elements only; svg is an SVG element (7d6734's target)"),
    Case("image-alt", '<img id="a" src="x.png" alt="" tabindex="0">', {"#a": F},
         "semantic role, Conflict: a focusable image with alt='' keeps its implicit img role "
         "and has an empty name"),
    # --- 7d6734 SVG element with explicit role has non-empty accessible name --------------
    Case("svg-img-alt", '<svg id="a" role="img"><desc>A harbour</desc></svg>', {"#a": F},
         "SVG-AAM: desc gives the description, not the name"),
    Case("svg-img-alt", '<svg id="a" role="img"><text x="0" y="10">Logo</text></svg>',
         {"#a": F}, "ARIA: img does not take its name from content"),
    Case("svg-img-alt", '<svg id="a" role="img"><title> </title></svg>', {"#a": F},
         "expectation: a title of whitespace gives an empty name"),
    Case("svg-img-alt", '<svg><circle id="a" role="graphics-symbol" r="5"><title>Dot</title>'
         '</circle></svg>', {"#a": P}, "SVG-AAM: the title child names the element"),
    Case("svg-img-alt", '<svg id="a" role="graphics-document" aria-labelledby="t"></svg>'
         '<p id="t">Chart</p>', {"#a": P}, "accname 2B"),
    Case("svg-img-alt", '<svg id="a" role="foo img"></svg>', {"#a": F},
         "explicit role: the first valid token"),
    Case("svg-img-alt", '<svg id="a" role="img" aria-hidden="true"></svg>', {},
         "applicability: included in the accessibility tree"),
    Case("svg-img-alt", '<svg id="a"></svg><svg id="b" role="graphics-object"></svg>', {},
         "applicability: an explicit role of img, graphics-document or graphics-symbol"),
    Case("svg-img-alt", '<div hidden><svg id="a" role="img"></svg></div>', {},
         "applicability: a hidden ancestor removes it from the tree"),
    # --- 59796f Image button has non-empty accessible name ---------------------------------
    Case("input-image-alt", '<input type="IMAGE" id="a" src="go.png">', {"#a": F},
         "attribute value: type is an enumerated attribute, case-insensitive"),
    Case("input-image-alt", '<input type="image" id="a" src="go.png" alt="" title="Search">',
         {"#a": CT}, "59796f accessibility support: the computation may stop at the empty alt "
         "(no name) or skip it (title): left to review"),
    Case("input-image-alt", '<input type="image" id="a" src="go.png" value="Search">',
         {"#a": CT}, "HTML-AAM 1.0 (cited by 59796f) names it from value after alt; later "
         "editions drop that step: ambiguous, so to review, never failed"),
    Case("input-image-alt", '<input type="image" id="a" src="go.png" aria-label="Search">',
         {"#a": P}, "accname 2C"),
    Case("input-image-alt", '<input type="image" id="a" src="go.png" alt="Search" hidden>', {},
         "applicability: included in the accessibility tree"),
    Case("input-image-alt", '<label>Search <input type="image" id="a" src="go.png"></label>',
         {"#a": NF}, "HTML: an image button is not labelable; a label may or may not name it "
         "in a browser; left open"),
    # --- 2t702h Summary element has non-empty accessible name ------------------------------
    Case("summary-name", '<details><summary id="b">One</summary><summary id="a"></summary>'
         'x</details>', {"#b": P}, "applicability: only the first summary child is the details' summary button"),
    Case("summary-name", '<summary id="a"></summary>', {},
         "applicability: a summary outside details is no summary button"),
    Case("summary-name", '<details><div><summary id="a"></summary></div>x</details>', {},
         "HTML: the summary must be a child of the details"),
    Case("summary-name", '<details><summary id="a" aria-label="More"></summary>x</details>',
         {"#a": P}, "accname 2C"),
    Case("summary-name", '<details><summary id="a" role="button"></summary>x</details>', {},
         "applicability: an explicit role excludes it (it is button-name's)"),
    Case("summary-name", '<details><summary id="a"><img src="x.png" alt=""></summary>'
         'x</details>', {"#a": F}, "expectation: only the ::marker's name, nothing else"),
    # --- 8fc3b6 Object element rendering non-text content has accessible name ------------
    Case("object-alt", '<object id="a" data="a.png" type="image/png" title="Chart"></object>',
         {"#a": P}, "accname 2I"),
    Case("object-alt", '<object id="a" data="a.png" type="image/png" role="img"></object>', {},
         "applicability: no explicit role"),
    Case("object-alt", '<object id="a" data="a.png" type="image/png" aria-hidden="true">'
         '</object>', {}, "applicability: included in the accessibility tree"),
    Case("object-alt", '<object id="a" data="page.html" type="text/html"></object>', {},
         "applicability: a text/html resource is neither image, audio nor video"),
    Case("object-alt", '<object id="a" data="a.png" type="image/png" aria-labelledby="l">'
         '</object><p id="l">Chart</p>', {"#a": P}, "accname 2B"),
    # --- ffd0e9 Heading has non-empty accessible name --------------------------------------
    Case("empty-heading", '<h1 id="a"><img src="x.png" alt=""></h1>', {"#a": F},
         "accname: the decorative image gives nothing"),
    Case("empty-heading", '<h2 id="a" role="none"></h2>', {},
         "semantic role: a non-focusable h2 with role none and no global ARIA is none"),
    Case("empty-heading", '<h2 id="a" role="none" aria-label="x"></h2>', {"#a": P},
         "semantic role, Conflict: a global aria-label keeps the heading role; named"),
    Case("empty-heading", '<h3 id="a" role="tab">x</h3>', {},
         "applicability: the explicit role tab replaces heading"),
    Case("empty-heading", '<div role="heading" id="a" aria-level="2"><span aria-hidden="true">'
         'x</span></div>', {"#a": F}, "accname 2A: aria-hidden content adds nothing"),
    Case("empty-heading", '<h1 id="a" style="position:absolute;left:-9999px"></h1>', {"#a": F},
         "applicability: off-screen is still included"),
    Case("empty-heading", '<h1 id="a"><span style="visibility:hidden">Title</span></h1>',
         {"#a": F}, "accname 2A: visibility hidden content is hidden"),
    Case("empty-heading", '<h1 id="a">&#x2003;</h1>', {"#a": F},
         "ffd0e9 note: a name cannot be only whitespace, it is trimmed (em space included)"),
    Case("empty-heading", '<h4 id="a" title="Section"></h4>', {"#a": P},
         "accname 2I: title names the heading"),
    # --- m6b1q3 Menuitem has non-empty accessible name -------------------------------------
    Case("menuitem-name", '<ul role="menu"><li role="menuitemcheckbox" id="a" '
         'aria-checked="false"></li></ul>', {},
         "applicability: semantic menuitem; menuitemcheckbox is another role"),
    Case("menuitem-name", '<ul role="menu"><li role="menuitem" id="a" title="Open"></li></ul>',
         {"#a": P}, "accname 2I"),
    Case("menuitem-name", '<ul role="menu"><li role="menuitem" id="a"><img src="x.png" '
         'alt=""></li></ul>', {"#a": F}, "accname: empty"),
    Case("menuitem-name", '<ul role="menu"><li role="menuitem" id="a" hidden></li></ul>', {},
         "applicability: included in the accessibility tree"),
    # --- cae760 Iframe element has non-empty accessible name ------------------------------
    Case("frame-title", '<iframe id="a" src="/x" tabindex="-1"></iframe>', {},
         "applicability: a negative tabindex excepts it"),
    Case("frame-title", '<iframe id="a" src="/x" tabindex="-1x"></iframe>', {},
         "rules for parsing integers: '-1x' is -1"),
    Case("frame-title", '<iframe id="a" src="/x" tabindex="-0"></iframe>', {"#a": F},
         "rules for parsing integers: '-0' is 0, not negative"),
    Case("frame-title", '<iframe id="a" src="/x" role="presentation"></iframe>', {},
         "applicability: marked as decorative is excepted"),
    Case("frame-title", '<iframe id="a" src="/x" title="  "></iframe>', {"#a": F},
         "accname: a title of spaces is empty"),
    Case("frame-title", '<iframe id="a" src="/x" aria-labelledby="l"></iframe><p id="l">Map</p>',
         {"#a": P}, "accname 2B"),
    Case("frame-title", '<iframe id="a" src="/x" style="display:none"></iframe>', {},
         "applicability: not included"),
    Case("frame-title", '<iframe id="a" src="/x" name="map"></iframe>', {"#a": F},
         "accname: the name attribute is not a naming source"),
    # --- akn7bn Iframe with interactive elements is not excluded from tab-order -----------
    Case("frame-tab-order", '<iframe id="a" title="f" tabindex="-1" srcdoc="<p>Just text</p>">'
         '</iframe>', {}, "applicability: contains an element in sequential focus order"),
    Case("frame-tab-order", '<iframe id="a" title="f" tabindex="-1" '
         'srcdoc="<a href=/x>Link</a>"></iframe>', {"#a": F},
         "expectation: a negative tabindex with a link inside"),
    Case("frame-tab-order", '<iframe id="a" title="f" tabindex="-0" '
         'srcdoc="<a href=/x>Link</a>"></iframe>', {"#a": P},
         "rules for parsing integers: -0 is 0, not a negative number"),
    Case("frame-tab-order", '<iframe id="a" title="f" tabindex="-1" '
         'srcdoc="<a href=/x hidden>Link</a>"></iframe>', {},
         "applicability: the element must be visible"),
    Case("frame-tab-order", '<iframe id="a" title="f" tabindex="-1" '
         'srcdoc="<button tabindex=-1>Go</button>"></iframe>', {},
         "applicability: a button with tabindex -1 is not in sequential focus order"),
    Case("frame-tab-order", '<div inert><iframe id="a" title="f" tabindex="-1" '
         'srcdoc="<a href=/x>Link</a>"></iframe></div>', {},
         "applicability: an inert iframe is excepted"),
    # --- 6cfa84 Element with aria-hidden has no content in sequential focus navigation ---
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><div contenteditable="true">x'
         '</div></div>', {"#a": F}, "HTML: an editing host is focusable and in the tab order"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><details><summary>More</summary>'
         'x</details></div>', {"#a": F},
         "HTML: the details' summary is focusable and in the tab order"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><fieldset disabled><input>'
         '</fieldset></div>', {"#a": P}, "HTML: a control in a disabled fieldset is disabled"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><fieldset disabled><legend>'
         '<input></legend></fieldset></div>', {"#a": F},
         "HTML: a control in the first legend of a disabled fieldset is not disabled"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><input type="hidden"></div>',
         {"#a": P}, "HTML: a hidden input is not focusable"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><a>no href</a></div>', {"#a": P},
         "HTML: an a without href is not focusable"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="false"><a href="/x">x</a></div>', {},
         "applicability: aria-hidden must be true"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><a href="/x" tabindex="-1">x</a>'
         '<button tabindex="-5">y</button></div>', {"#a": P},
         "expectation: focusable but not in sequential focus navigation"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><span tabindex="0">x</span>'
         '</div>', {"#a": F}, "HTML: tabindex 0 puts any element in the tab order"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><a href="/x" '
         'style="visibility:hidden">x</a></div>', {"#a": P},
         "HTML: an element not being rendered (visibility hidden) is not focusable"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><div inert><a href="/x">x</a>'
         '</div></div>', {"#a": P}, "HTML: inert elements are not focusable"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><div><template '
         'shadowrootmode="open"><button>x</button></template></div></div>', {"#a": F},
         "expectation: inclusive descendants in the flat tree (the shadow tree's button)"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><template><button>x</button>'
         '</template></div>', {"#a": P}, "a template's contents are not in the flat tree"),
    # --- 307n5z Element with presentational children has no focusable content ------------
    Case("nested-interactive", '<div role="tab" id="a"><span tabindex="-1">x</span></div>'
         '<div role="tablist"></div>', {"#a": P},
         "expectation: part of sequential focus navigation; tabindex -1 is not"),
    Case("nested-interactive", '<div role="img" id="a" aria-label="x"><a href="/y">y</a></div>',
         {"#a": F}, "ARIA: img has presentational children"),
    Case("nested-interactive", '<div role="checkbox" aria-checked="false" id="a" tabindex="0">'
         '<input type="hidden"></div>', {"#a": P}, "HTML: a hidden input is no focus target"),
    Case("nested-interactive", '<button id="a"><a>no href</a></button>', {"#a": P},
         "HTML: an a without href is not focusable"),
    Case("nested-interactive", '<button id="a"><span contenteditable="true">x</span></button>',
         {"#a": F}, "HTML: an editing host is in the tab order"),
    Case("nested-interactive", '<div role="separator" id="a"><a href="/x">x</a></div>',
         {"#a": F}, "ARIA: separator has presentational children"),
    Case("nested-interactive", '<div role="progressbar" id="a" aria-label="p"><button>x'
         '</button></div>', {"#a": F, "#a > button": P},
         "ARIA: progressbar has presentational children"),
    Case("nested-interactive", '<div role="listitem" id="a"><a href="/x">x</a></div>', {},
         "applicability: listitem has no presentational children"),
    Case("nested-interactive", '<button id="a"><a href="/x" style="display:none">x</a>'
         '</button>', {"#a": P}, "HTML: an element not rendered is not focusable"),
    Case("nested-interactive", '<svg><g role="button" id="a"><a href="/x"><text>x</text></a>'
         '</g></svg>', {"#a": F},
         "applicability: HTML or SVG elements; an SVG a with href is in the tab order"),
    # --- 46ca7f Element marked as decorative is not exposed ------------------------------
    Case("presentation-role-conflict", '<img id="a" src="x.png" alt="" aria-label="Logo">',
         {"#a": F}, "Conflict: a global ARIA attribute keeps the img role"),
    Case("presentation-role-conflict", '<img id="a" src="x.png" alt="" aria-hidden="true" '
         'tabindex="0">', {"#a": P}, "expectation: not included in the accessibility tree"),
    Case("presentation-role-conflict", '<nav id="a" role="none"><a href="/x">x</a></nav>',
         {"#a": P}, "expectation: no conflict, semantic role none"),
    Case("presentation-role-conflict", '<img id="a" src="x.png" alt="" role="img">', {},
         "marked as decorative: an img with alt='' and no explicit role; role img is one"),
    Case("presentation-role-conflict", '<span id="a" role="presentation" tabindex="-1">x</span>',
         {"#a": F}, "Conflict: focusable (a tabindex value that is not null)"),
    Case("presentation-role-conflict", '<div hidden><img id="a" src="x.png" alt="" '
         'aria-label="x"></div>', {"#a": P},
         "expectation: not included in the accessibility tree passes"),
    # --- e086e5 Form field has non-empty accessible name ----------------------------------
    Case("form-field-name", '<input type="color" id="a"><input type="week" id="b" '
         'aria-label="Week">', {"#a": F, "#b": P},
         "applicability: input type color/week with no semantic role"),
    Case("form-field-name", '<input id="a" placeholder="Search">', {"#a": P},
         "HTML-AAM: placeholder names a text field with no other name"),
    Case("form-field-name", '<input id="a" title="Search">', {"#a": P}, "accname 2I"),
    Case("form-field-name", '<label for="a">  </label><input id="a">', {"#a": F},
         "accname: a label of only spaces is empty"),
    Case("form-field-name", '<label>Name <input id="a" aria-labelledby="x"></label>',
         {"#a": P}, "accname 2B: no id resolves, the label still names it"),
    Case("form-field-name", '<div role="textbox" id="a" contenteditable="true">Typed</div>',
         {"#a": F}, "ARIA: textbox does not take its name from content"),
    Case("form-field-name", '<select id="a"><option>One</option></select>', {"#a": F},
         "ARIA: combobox does not take its name from its selected option"),
    Case("form-field-name", '<input type="range" id="a" aria-labelledby="l"><span id="l" '
         'hidden>Volume</span>', {"#a": P}, "accname 2B: hidden referenced content is used"),
    Case("form-field-name", '<input type="hidden" id="a"><input type="submit" id="b">', {},
         "applicability: neither is one of the listed roles or types"),
    Case("form-field-name", '<div role="switch" aria-checked="false" id="a" tabindex="0">On'
         '</div>', {"#a": P}, "ARIA: switch takes its name from content"),
    Case("form-field-name", '<input id="a" disabled>', {"#a": F},
         "applicability: disabled fields are still included in the tree"),
    # --- 5f99a7 ARIA attribute is defined in WAI-ARIA -------------------------------------
    Case("aria-valid-attr", '<div id="a" aria-dropeffect="none" aria-grabbed="false">x</div>',
         {"#a": P}, "WAI-ARIA 1.2: deprecated attributes are still defined"),
    Case("aria-valid-attr", '<div id="a" ARIA-LABEL="x">x</div>', {"#a": P},
         "HTML: attribute names are lowercased"),
    Case("aria-valid-attr", '<div id="a" aria-labeledby="b">x</div>', {"#a": F},
         "WAI-ARIA: aria-labeledby (one l) is not defined"),
    Case("aria-valid-attr", '<svg><rect id="a" aria-foo="x" width="1" height="1"/></svg>',
         {"#a": F}, "applicability: any attribute starting with aria-, SVG too"),
    Case("aria-valid-attr", '<div id="a" data-aria-x="1">x</div>', {},
         "applicability: the attribute must start with aria-"),
    # --- 6a7281 ARIA state or property has valid value ------------------------------------
    Case("aria-valid-attr-value", '<div role="checkbox" tabindex="0" id="a" aria-checked="mixed">'
         'x</div>', {"#a": P}, "ARIA: checkbox's aria-checked is a tristate"),
    Case("aria-valid-attr-value", '<div role="heading" id="a" aria-level="1.5">x</div>',
         {"#a": F}, "ARIA: aria-level is an integer"),
    Case("aria-valid-attr-value", '<div role="slider" tabindex="0" id="a" aria-valuenow="1e2">'
         'x</div>', {"#a": P}, "ARIA: a number is a valid floating-point number, exponent too"),
    Case("aria-valid-attr-value", '<div id="a" aria-current="page">x</div><div id="b" '
         'aria-current="foo">y</div>', {"#a": P, "#b": F},
         "ARIA: aria-current is a token; foo is not one of its values"),
    Case("aria-valid-attr-value", '<div id="a" aria-relevant="additions text">x</div>',
         {"#a": P}, "ARIA: aria-relevant is a token list"),
    Case("aria-valid-attr-value", '<div id="a" aria-live="loud">x</div>', {"#a": F},
         "ARIA: aria-live is off, polite or assertive"),
    Case("aria-valid-attr-value", '<div id="a" aria-invalid="spelling">x</div><div id="b" '
         'aria-invalid="no">y</div>', {"#a": P, "#b": F},
         "ARIA: aria-invalid takes grammar, false, spelling, true"),
    Case("aria-valid-attr-value", '<div id="a" aria-hidden="">x</div>', {},
         "applicability: a non-empty attribute value"),
    Case("aria-valid-attr-value", '<div role="combobox" id="a" aria-expanded="false" '
         'aria-controls="nothing">x</div>', {"#a": P},
         "exception: ID references need not resolve"),
    Case("aria-valid-attr-value", '<div role="tab" id="a" aria-selected="undefined">x</div>',
         {"#a": P}, "ARIA: aria-selected is true/false/undefined"),
    Case("aria-valid-attr-value", '<div role="listitem" id="a" aria-posinset="-2">x</div>',
         {"#a": P}, "6a7281: valid by its value type (integer); the range is no part of the type"),
    # --- kb1m8s ARIA global properties not used where prohibited ------------------------
    Case("aria-prohibited-attr", '<sub id="a" aria-label="x">2</sub><sup id="b" '
         'aria-label="x">2</sup><ins id="c" aria-label="x">i</ins>',
         {"#a": F, "#b": F, "#c": F},
         "ARIA: subscript, superscript and insertion prohibit naming"),
    Case("aria-prohibited-attr", '<div id="a" role="none" aria-label="x">x</div>', {"#a": F},
         "Conflict: the global aria-label gives back the generic role, which prohibits it"),
    Case("aria-prohibited-attr", '<span id="a" aria-label="x" hidden>x</span>', {},
         "applicability: included in the accessibility tree"),
    Case("aria-prohibited-attr", '<a id="a" aria-label="x">x</a><a id="b" href="/" '
         'aria-label="x">y</a>', {"#a": F, "#b": P},
         "HTML-AAM: an a without href is generic; with href a link"),
    Case("aria-prohibited-attr", '<span id="a" role="img" aria-label="x">x</span>', {"#a": P},
         "ARIA: img allows naming"),
    Case("aria-prohibited-attr", '<span id="a" aria-describedby="d">x</span><p id="d">d</p>',
         {"#a": P}, "ARIA: aria-describedby is not prohibited on generic"),
    # --- 5c01ea ARIA state or property is permitted ---------------------------------------
    Case("aria-allowed-attr", '<div id="a" aria-expanded="true">x</div>', {"#a": F},
         "ARIA 1.2: aria-expanded is not supported by generic"),
    Case("aria-allowed-attr", '<input type="checkbox" id="a" aria-checked="true">', {"#a": P},
         "ARIA: checkbox supports aria-checked"),
    Case("aria-allowed-attr", '<div role="separator" id="a" aria-valuenow="5">x</div>',
         {"#a": P}, "ARIA: separator supports aria-valuenow"),
    Case("aria-allowed-attr", '<div id="a" aria-required="true" hidden>x</div>', {},
         "applicability: included in the accessibility tree"),
    Case("aria-allowed-attr", '<h2 id="a" aria-level="3">x</h2>', {"#a": P},
         "ARIA: heading supports aria-level"),
    Case("aria-allowed-attr", '<ul role="listbox" id="a" aria-multiselectable="true"><li '
         'role="option" id="b" aria-selected="true">x</li></ul>', {"#a": P, "#b": P},
         "ARIA: listbox and option"),
    Case("aria-allowed-attr", '<button id="a" aria-pressed="true">x</button><button id="b" '
         'aria-checked="true">y</button>', {"#a": P, "#b": F},
         "ARIA: button supports aria-pressed, not aria-checked"),
    # --- 4e8ab6 Element with role attribute has required states and properties ----------
    Case("aria-required-attr", '<div role="foo checkbox" id="a" tabindex="0">x</div>',
         {"#a": F}, "explicit role: the first valid token, checkbox, requires aria-checked"),
    Case("aria-required-attr", '<div role="checkbox" id="a" aria-checked="" tabindex="0">x'
         '</div>', {"#a": F}, "expectation: set and not empty"),
    Case("aria-required-attr", '<div role="heading" id="a">x</div>', {"#a": F},
         "WAI-ARIA 1.2: aria-level is required on heading, with no implicit value for role"),
    Case("aria-required-attr", '<div role="slider" id="a" tabindex="0">x</div>', {"#a": F},
         "ARIA 1.2: slider requires aria-valuenow, which has no implicit value"),
    Case("aria-required-attr", '<input type="checkbox" role="checkbox" id="a">', {},
         "applicability: the implicit role equals the explicit one"),
    Case("aria-required-attr", '<div role="checkbox" id="a" hidden>x</div>', {},
         "applicability: included in the accessibility tree"),
    Case("aria-required-attr", '<div role="combobox" id="a" aria-expanded="false" '
         'aria-controls="l" tabindex="0">x</div>', {"#a": P},
         "ARIA 1.2: combobox's required properties are set"),
    Case("aria-required-attr", '<div role="separator" id="a" tabindex="0">x</div>', {"#a": F},
         "ARIA 1.2: a focusable separator requires aria-valuenow"),
    # --- bc4a75 ARIA required owned elements ----------------------------------------------
    Case("aria-required-children", '<div role="list" id="a"><div role="listitem">x</div>'
         '<div role="none"><div role="listitem">y</div></div></div>', {"#a": P},
         "owned by: a none element between is not in the tree; its child is owned"),
    Case("aria-required-children", '<div role="list" id="a" aria-busy="true"><span>x</span>'
         '</div>', {}, "applicability: aria-busy true on an inclusive ancestor"),
    Case("aria-required-children", '<div aria-busy="true"><div role="list" id="a"><span '
         'role="button">x</span></div></div>', {},
         "applicability: aria-busy on an ancestor in the tree"),
    Case("aria-required-children", '<div role="list" id="a"><div role="listitem">x</div>'
         '<div role="button" tabindex="0">y</div></div>', {"#a": F},
         "expectation: a button is not a required owned element of list"),
    Case("aria-required-children", '<div role="menu" id="a"><div role="group"><div '
         'role="menuitem">x</div></div></div>', {"#a": P}, "ARIA 1.2: menu may own group"),
    Case("aria-required-children", '<div role="list" id="a"><div role="listitem">x</div>'
         '<div role="listitem" hidden>y</div><div role="button" hidden>z</div></div>',
         {"#a": P}, "owned by: hidden children are not in the accessibility tree"),
    Case("aria-required-children", '<div role="list" id="a" aria-owns="i"></div><div '
         'role="listitem" id="i">x</div>', {"#a": P}, "owned by: aria-owns"),
    Case("aria-required-children", '<div role="tablist" id="a"><div role="tab">x</div></div>',
         {"#a": P}, "ARIA: tablist owns tab"),
    # --- ff89c9 ARIA required context role ------------------------------------------------
    Case("aria-required-parent", '<ul><li role="listitem" id="a">x</li></ul>', {},
         "applicability: the implicit role listitem equals the explicit one"),
    Case("aria-required-parent", '<div role="tablist"><div><div role="tab" id="a">x</div>'
         '</div></div>', {"#a": P}, "accessibility tree: a generic div between is ignored"),
    Case("aria-required-parent", '<div role="menu"><div role="group"><div role="menuitem" '
         'id="a">x</div></div></div>', {"#a": P},
         "ARIA 1.2: menuitem's context may be a group inside a menu"),
    Case("aria-required-parent", '<div role="list" aria-owns="i"></div><div role="listitem" '
         'id="i">x</div>', {"#i": P}, "accessibility tree: aria-owns makes it the list's child"),
    Case("aria-required-parent", '<table><tr role="row" id="a"><td>x</td></tr></table>', {},
         "applicability: tr's implicit role is row"),
    Case("aria-required-parent", '<div role="grid"><div role="row" id="a"><div '
         'role="gridcell">x</div></div></div>', {"#a": P, "#a > div": P},
         "ARIA 1.2: row's context is grid, gridcell's is row"),
    Case("aria-required-parent", '<div role="tree"><div role="group"><div role="treeitem" '
         'id="a">x</div></div></div>', {"#a": P}, "ARIA 1.2: treeitem in group in tree"),
    Case("aria-required-parent", '<div role="option" id="a">x</div>', {"#a": F},
         "ARIA 1.2: option needs a listbox or group"),
    Case("aria-required-parent", '<div role="listitem" id="a" hidden>x</div>', {},
         "applicability: included in the accessibility tree"),
    # --- 674b10 Role attribute has valid value ---------------------------------------------
    Case("aria-roles", '<div id="a" role="doc-chapter">x</div>', {"#a": P},
         "WAI-ARIA specifications include the DPUB module"),
    Case("aria-roles", '<div id="a" role="graphics-symbol">x</div>', {"#a": P},
         "WAI-ARIA specifications include the Graphics module"),
    Case("aria-roles", '<div id="a" role="widget">x</div>', {"#a": F},
         "expectation: a non-abstract role; widget is abstract"),
    Case("aria-roles", '<div id="a" role="&#x09;&#x0A;">x</div>', {},
         "applicability: only ASCII whitespace"),
    Case("aria-roles", '<div id="a" role="foo" hidden>x</div>', {},
         "applicability: not programmatically hidden"),
    Case("aria-roles", '<div id="a" role="foo" style="position:absolute;left:-9999px">x</div>',
         {"#a": F}, "applicability: off-screen is not programmatically hidden"),
    Case("aria-roles", '<div id="a" role="foo button">x</div>', {"#a": P},
         "expectation: at least one valid token"),
    Case("aria-roles", '<svg><g id="a" role="group">x</g></svg>', {"#a": P},
         "applicability: an SVG element"),
    # --- in6db8 ARIA required ID references exist ---------------------------------------
    Case("aria-valid-idref", '<div role="combobox" id="a" aria-expanded="true" '
         'aria-controls="l x"></div><ul id="l" role="listbox"></ul>', {"#a": P},
         "expectation: at least one of the IDs matches"),
    Case("aria-valid-idref", '<div role="combobox" id="a" aria-expanded="false" '
         'aria-controls="nothing"></div>', {},
         "applicability: a collapsed combobox is not a target"),
    Case("aria-valid-idref", '<div role="scrollbar" id="a" aria-controls="nothing" '
         'aria-valuenow="0"></div>', {"#a": F}, "applicability: any scrollbar"),
    Case("aria-valid-idref", '<div role="combobox" id="a" aria-expanded="TRUE" '
         'aria-controls="nothing"></div>', {"#a": F},
         "WAI-ARIA value type mapping: true/false is an enumerated attribute, compared "
         "ASCII case-insensitively"),
    # --- 73f2c2 autocomplete attribute has valid value --------------------------------------
    Case("autocomplete-valid", '<input id="a" autocomplete="section-a billing mobile tel">',
         {"#a": P}, "expectation: section, billing, mobile before tel"),
    Case("autocomplete-valid", '<input id="a" autocomplete="mobile email">', {"#a": P},
         "expectation: mobile may come before email"),
    Case("autocomplete-valid", '<input id="a" autocomplete="tel mobile">', {"#a": F},
         "expectation: the contact token comes before the field"),
    Case("autocomplete-valid", '<input id="a" autocomplete="cc-exp-month">'
         '<input id="b" autocomplete="bday-day"><input id="c" autocomplete="one-time-code">',
         {"#a": P, "#b": P, "#c": P}, "HTML: autofill field names"),
    Case("autocomplete-valid", '<input id="a" autocomplete="email" readonly>', {"#a": P},
         "applicability: readonly is not disabled"),
    Case("autocomplete-valid", '<input id="a" autocomplete="xyz" tabindex="-1" role="none">',
         {"#a": F}, "static: not in the tab order but still a widget role (textbox, "
         "by the presentational roles conflict)"),
    Case("autocomplete-valid", '<textarea id="a" autocomplete="section- street-address">'
         '</textarea>', {"#a": P}, "HTML: any token starting with section- is a section"),
    Case("autocomplete-valid", '<input type="email" id="a" autocomplete="home work email">',
         {"#a": F}, "expectation: one optional contact token only"),
    Case("autocomplete-valid", '<input type="file" id="a" autocomplete="xyz">', {},
         "fixed value: type file"),
    # --- a25f45 Headers attribute refers to cells in the same table ----------------------
    Case("td-headers-attr", '<table><tr><th id="h">H</th></tr><tr><td id="a" headers="h h">1'
         '</td></tr></table>', {"#a": P}, "expectation: a repeated token still names a cell"),
    Case("td-headers-attr", '<table><tr><td id="h">label</td><td id="a" headers="h">1</td>'
         '</tr></table>', {"#a": P}, "expectation: a cell; a td is a cell too"),
    Case("td-headers-attr", '<table style="position:absolute;left:-9999px"><tr><th id="h">H'
         '</th></tr><tr><td id="a" headers="x">1</td></tr></table>', {},
         "visible: content that cannot be scrolled into the viewport is not visible"),
    Case("td-headers-attr", '<table role="grid"><tr><th id="h">H</th></tr><tr><td id="a" '
         'headers="x">1</td></tr></table>', {"#a": F}, "applicability: a grid table"),
    Case("td-headers-attr", '<table><tr><th id="h">H</th></tr><tr><td id="a" headers="">1'
         '</td></tr></table>', {"#a": NF},
         "expectation: an empty token set has no token naming another table's cell; left "
         "open"),
    # --- d0f69e Table header cell has assigned cells -------------------------------------
    Case("th-has-data-cells", '<table><tr><th id="a">A</th><th id="b">B</th></tr><tr><td '
         'colspan="2">x</td></tr></table>', {"#a": P, "#b": P},
         "HTML table model: a spanning cell is in both columns"),
    Case("th-has-data-cells", '<table><thead><tr><th id="a">A</th></tr></thead></table>',
         {"#a": F}, "expectation: no cell is assigned"),
    Case("th-has-data-cells", '<table><tr><th id="a" scope="row">A</th><td>1</td></tr>'
         '</table>', {"#a": P}, "HTML: scope row assigns the row's cells"),
    Case("th-has-data-cells", '<div role="grid"><div role="row"><div role="columnheader" '
         'id="a">A</div></div><div role="row"><div role="gridcell">1</div></div></div>',
         {"#a": P}, "applicability: an ARIA grid; the gridcell below is assigned"),
    Case("th-has-data-cells", '<table style="position:absolute;left:-9999px"><tr><th id="a">A'
         '</th></tr></table>', {}, "visible: content that cannot be scrolled to is not visible"),
    # --- 2ee8b8 Visible label is part of accessible name ----------------------------------
    Case("label-in-name", '<button id="a" aria-label="SEND MESSAGE">send message</button>',
         {"#a": P}, "label in name: compared case-insensitively"),
    Case("label-in-name", '<a href="/" id="a" aria-label="Next  page">Next page</a>',
         {"#a": P}, "label in name: whitespace is normalised"),
    Case("label-in-name", '<button id="a" aria-label="Search">Go</button>', {"#a": F},
         "expectation: Go is not in Search"),
    Case("label-in-name", '<button id="a" aria-label="Send">Send <span style="display:none">'
         'now</span></button>', {"#a": P}, "visible text: now is not rendered"),
    Case("label-in-name", '<div role="tab" id="a" aria-label="Settings tab">Settings</div>'
         '<div role="tablist"></div>', {"#a": P}, "tab is a widget that takes names from "
         "content"),
    Case("label-in-name", '<div id="a" aria-label="x">Settings</div>', {},
         "applicability: a widget role; a generic div is none"),
]


#: Text long enough to wrap at any usual width (78fd32 needs a soft wrap break).
LONG = " ".join(["The council met on Tuesday to discuss the harbour."] * 12)


def _rotate(portrait: str, landscape: str = "", target: str = "#a") -> str:
    """A page rotating ``target`` by ``portrait`` (and ``landscape``) per orientation."""
    rules = f"@media (orientation: portrait) {{ {target} {{ {portrait} }} }}"
    if landscape:
        rules += f" @media (orientation: landscape) {{ {target} {{ {landscape} }} }}"
    return f'<style>{rules}</style><div id="a">Turn me</div>'


SECOND: list[Case] = [
    # --- 24afc2 Important letter spacing in style attributes is wide enough --------------
    Case("letter-spacing-important", '<p id="a" style="letter-spacing: 0.12em !important">'
         'Some text</p>', {"#a": P}, "expectation: at least 0.12 times the font size"),
    Case("letter-spacing-important", '<p id="a" style="letter-spacing: 0.11em !important">'
         'Some text</p>', {"#a": F}, "expectation: 0.11 < 0.12"),
    Case("letter-spacing-important", '<p id="a" style="letter-spacing: 0.1em !IMPORTANT">'
         'Some text</p>', {"#a": F}, "CSS: !important is matched ASCII case-insensitively"),
    Case("letter-spacing-important", '<p id="a" style="font-size: small; letter-spacing: '
         '1.5px !important">Some text</p>', {"#a": F},
         "CSS fonts: small is 13px in the user agent, 1.5px < 1.56px"),
    Case("letter-spacing-important", '<p id="a" style="font-size: x-large; letter-spacing: '
         '2.9px !important">Some text</p>', {"#a": P}, "CSS fonts: x-large is 24px, 2.9 >= 2.88"),
    Case("letter-spacing-important", '<style>p { font-size: 30px }</style><p id="a" '
         'style="letter-spacing: 3px !important">Some text</p>', {"#a": F},
         "computed font-size from the style sheet: 30px needs 3.6px"),
    Case("letter-spacing-important", '<p id="a" style="letter-spacing: calc(0.06em + 0.06em) '
         '!important">Some text</p>', {"#a": NF},
         "CSS values: calc() computes to 0.12em (passes); left to review is no failure"),
    Case("letter-spacing-important", '<p id="a" style="letter-spacing: 0 !important; '
         'letter-spacing: 0.2em !important">Some text</p>', {"#a": P},
         "cascade: the later important declaration wins"),
    Case("letter-spacing-important", '<p id="a" style="letter-spacing: 0.2em !important; '
         'letter-spacing: 0">Some text</p>', {"#a": P},
         "cascade: an important declaration beats a later normal one"),
    Case("letter-spacing-important", '<div id="a" style="letter-spacing: 0 !important"><p>'
         'Some text</p></div>', {},
         "applicability: the element must have visible text node children itself"),
    Case("letter-spacing-important", '<p id="a" style="letter-spacing: 0 !important" '
         'hidden>Some text</p>', {}, "applicability: visible text"),
    Case("letter-spacing-important", '<div style="font-size: 10px"><p id="a" style="font-size:'
         ' 200%; letter-spacing: 2px !important">Some text</p></div>', {"#a": F},
         "computed font-size: 200% of 10px is 20px, which needs 2.4px"),
    # --- 9e45ec Important word spacing ----------------------------------------------------
    Case("word-spacing-important", '<p id="a" style="font-size: 20px; word-spacing: 3px '
         '!important">Some text</p>', {"#a": F}, "expectation: 3px < 0.16 x 20px"),
    Case("word-spacing-important", '<p id="a" style="word-spacing: 0.16em !important">Some '
         'text</p>', {"#a": P}, "expectation: equal passes"),
    Case("word-spacing-important", '<p id="a" style="word-spacing: 0.3em">Some text</p>', {},
         "applicability: the computed value must be important"),
    Case("word-spacing-important", '<p id="a" style="word-spacing: 1rem !important">Some text'
         '</p>', {"#a": P}, "CSS values: 1rem is 16px, more than 2.56px"),
    # --- 78fd32 Important line height ------------------------------------------------------
    Case("line-height-important", f'<p id="a" style="line-height: normal !important">{LONG}'
         '</p>', {"#a": F}, "CSS: normal is about 1.2, below 1.5"),
    Case("line-height-important", f'<p id="a" style="line-height: 150% !important">{LONG}</p>',
         {"#a": P}, "expectation: 150% of the font size is 1.5 times it"),
    Case("line-height-important", f'<p id="a" style="line-height: 23.9px !important">{LONG}'
         '</p>', {"#a": F}, "expectation: 23.9px < 1.5 x 16px"),
    Case("line-height-important", f'<p id="a" style="line-height: 1.5em !important">{LONG}</p>',
         {"#a": P}, "expectation: 1.5em equals 1.5 times"),
    Case("line-height-important", f'<p id="a" style="line-height: 2 !important; font-size: '
         f'20px">{LONG}</p>', {"#a": P}, "expectation: a number multiplies the font size"),
    # --- b33eff Orientation of the page is not restricted using CSS transforms -------------
    Case("css-orientation-lock", _rotate("transform: rotate(0.25turn)"), {"#a": F},
         "CSS values: 0.25turn is 90 degrees"),
    Case("css-orientation-lock", _rotate("transform: rotate(100grad)"), {"#a": F},
         "CSS values: 100grad is 90 degrees"),
    Case("css-orientation-lock", _rotate("transform: rotate(-90deg)"), {"#a": F},
         "expectation: clockwise or counter-clockwise"),
    Case("css-orientation-lock", _rotate("transform: rotate(270deg)"), {"#a": F},
         "expectation: 270 degrees is a quarter turn counter-clockwise"),
    Case("css-orientation-lock", _rotate("transform: rotate(180deg)"), {"#a": P},
         "expectation: a half turn is not 90 degrees"),
    Case("css-orientation-lock", _rotate("transform: rotate(90deg)", "transform: rotate(90deg)"),
         {"#a": P}, "expectation: relative from one orientation to the other it is 0"),
    Case("css-orientation-lock", _rotate("rotate: 90deg"), {"#a": F},
         "applicability: the rotate property"),
    Case("css-orientation-lock", _rotate("transform: matrix(0, 1, -1, 0, 0, 0)"), {"#a": F},
         "CSS transforms: matrix(0,1,-1,0,0,0) is a 90 degree rotation"),
    Case("css-orientation-lock", _rotate("transform: rotate3d(0, 0, 1, 90deg)"), {"#a": F},
         "CSS transforms: rotate3d about the Z axis"),
    Case("css-orientation-lock", _rotate("transform: rotate3d(1, 0, 0, 90deg)"), {"#a": P},
         "expectation: around the Z axis only; this turns about X"),
    Case("css-orientation-lock", _rotate("transform: rotate(45deg) rotate(45deg)"), {"#a": F},
         "CSS transforms: the functions compose to 90 degrees"),
    Case("css-orientation-lock", _rotate("transform: translateX(10px) rotateZ(90deg)"),
         {"#a": F}, "CSS transforms: rotateZ"),
    Case("css-orientation-lock", '<style>@media screen and (orientation: portrait) { #a { '
         'transform: rotate(90deg) } }</style><div id="a">Turn</div>', {"#a": F},
         "applicability: conditional on the orientation feature within a media query list"),
    Case("css-orientation-lock", '<style>@media (orientation: portrait) { #a { transform: '
         'rotate(90deg) } }</style><div id="a" hidden>Turn</div>', {},
         "applicability: the element must be visible"),
    Case("css-orientation-lock", '<style>@media (min-width: 10px) { #a { transform: '
         'rotate(90deg) } }</style><div id="a">Turn</div>', {},
         "applicability: not conditional on the orientation media feature"),
    # --- 2ee8b8 Visible label is part of accessible name ------------------------------------
    Case("label-in-name", '<button id="a" aria-label="Learning">Learn</button>', {"#a": CT},
         "label in name: learn is not learning, but applicability leaves out abbreviations "
         "and a word that starts the name's may be one: to review"),
    Case("label-in-name", '<button id="a" aria-label="Unlearn">Learn</button>', {"#a": F},
         "label in name: tokens compare by string equality; learn is not unlearn"),
    Case("label-in-name", '<button id="a" aria-label="Send">Send (now)</button>', {"#a": P},
         "label in name, tokenize step 1: parenthesised text is removed"),
    Case("label-in-name", '<button id="a" aria-label="Send (the form) now">Send now</button>',
         {"#a": P}, "label in name: the name's parenthesised words are removed too"),
    Case("label-in-name", '<button id="a" aria-label="file report">\ufb01le report</button>',
         {"#a": P}, "label in name: NFKD turns the fi ligature into f i"),
    Case("label-in-name", '<button id="a" aria-label="strasse">STRAßE</button>', {"#a": P},
         "label in name: Unicode case folding turns ß into ss"),
    Case("label-in-name", '<button id="a" aria-label="Page 2">Page \uff12</button>', {"#a": P},
         "label in name: NFKD turns a fullwidth digit into 2"),
    Case("label-in-name", '<a href="/" id="a" aria-label="Apples and pears">Apples pears</a>',
         {"#a": F}, "label in name: a contiguous subsequence, nothing removed in the middle"),
    Case("label-in-name", '<a href="/" id="a" aria-label="Go to the next page now">next page'
         '</a>', {"#a": P}, "label in name: contained in the middle"),
    Case("label-in-name", '<button id="a" aria-label="Next page">Next<br>page</button>',
         {"#a": P}, "visible inner text: br is a line break, whitespace between words"),
    Case("label-in-name", '<button id="a" aria-label="Play">Play <span style="position:'
         'absolute;left:-9999px">the film</span></button>', {"#a": P},
         "visible inner text: text that cannot be scrolled into view is not visible"),
    Case("label-in-name", '<button id="a" aria-label="Search now">Search\u2014now</button>',
         {"#a": P}, "label in name, tokenize: a dash is neither a letter nor a digit"),
    Case("label-in-name", '<button id="a" aria-labelledby="l">Buy</button><span id="l">Buy '
         'tickets</span>', {"#a": P}, "applicability: aria-labelledby too"),
    Case("label-in-name", '<button id="a">Buy</button>', {},
         "applicability: an aria-label or aria-labelledby attribute"),
    # --- e086e5 more names ----------------------------------------------------------------
    Case("form-field-name", '<input type="search" id="a"><input type="number" id="b">'
         '<input type="range" id="c">', {"#a": F, "#b": F, "#c": F},
         "HTML-AAM: searchbox, spinbutton and slider"),
    Case("form-field-name", '<input type="email" list="l" id="a"><datalist id="l"><option '
         'value="x@y.z"></datalist>', {"#a": F}, "HTML-AAM: a text input with list is a "
         "combobox"),
    Case("form-field-name", '<textarea id="a"></textarea><textarea id="b" placeholder="Comment">'
         '</textarea>', {"#a": F, "#b": P}, "HTML-AAM: textarea's placeholder names it"),
    Case("form-field-name", '<label><input type="checkbox" id="a"><img src="x.png" '
         'alt="Agree"></label>', {"#a": P}, "accname: the label's image alt names it"),
    Case("form-field-name", '<label for="b">Name <input id="a"></label><input id="b">',
         {"#a": F, "#b": P}, "HTML: a label with for labels that control, not the one it "
         "contains"),
    Case("form-field-name", '<input id="a" aria-describedby="d"><p id="d">Your name</p>',
         {"#a": F}, "accname: a description is not a name"),
    Case("form-field-name", '<fieldset><legend>Name</legend><input id="a"></fieldset>',
         {"#a": F}, "HTML-AAM: a legend names the fieldset, not its inputs"),
    Case("form-field-name", '<input id="a" aria-label="Name" role="none">', {"#a": P},
         "semantic role, Conflict: focusable and named, it keeps textbox"),
    Case("form-field-name", '<label for="a">First</label><label for="a">name</label>'
         '<input id="a">', {"#a": P}, "HTML: an input may have several labels"),
    Case("form-field-name", '<div role="combobox" id="a" aria-expanded="false" tabindex="0">'
         '</div>', {"#a": F}, "applicability: a semantic combobox (the parenthesis names the "
         "native one, it does not narrow the role)"),
    Case("form-field-name", '<input id="a" aria-labelledby="l"><label id="l"><img src="x.png" '
         'alt=""></label>', {"#a": F}, "accname 2B: the referenced label gives an empty name"),
    # --- 97a4e1 / c487ae more names ------------------------------------------------------
    Case("link-name", '<style>#a::before { content: "Home" }</style><a id="a" href="/"></a>',
         {"#a": P}, "accname 2F.ii: CSS generated content takes part in name from content"),
    Case("link-name", '<a id="a" href="/"><template shadowrootmode="open">Home</template></a>',
         {"#a": F}, "DOM: an a element cannot host a shadow root, so the template stays a "
         "template and its text is not rendered"),
    Case("link-name", '<a id="a" href="/"><span><template shadowrootmode="open">Home'
         '</template></span></a>', {"#a": P},
         "accname: name from content walks the flat tree, the span's shadow tree's text"),
    Case("link-name", '<a id="a" href="/"><span><template shadowrootmode="open"><slot></slot>'
         '</template>Home</span></a>', {"#a": P}, "flat tree: the slotted text"),
    Case("empty-heading", '<h2 id="a"><template shadowrootmode="open"><slot></slot></template>'
         '<span slot="nope">Title</span></h2>', {"#a": F},
         "flat tree: a light node assigned to no slot is not rendered"),
    Case("link-name", '<style>.sr { display: none }</style><a id="a" href="/"><span class="sr">'
         'Home</span></a>', {"#a": F}, "accname 2A: display none from the style sheet"),
    Case("link-name", '<a id="a" href="/"><span style="display: contents">Home</span></a>',
         {"#a": P}, "CSS: display contents keeps the text rendered"),
    Case("link-name", '<a id="a" href="/" aria-label="">Home</a>', {"#a": P},
         "accname 2C: an empty aria-label is skipped"),
    Case("link-name", '<a id="a" href="/" aria-labelledby="l"></a><div id="l"><img src="x.png" '
         'alt="Home"></div>', {"#a": P}, "accname 2B then 2F: the referenced image's alt"),
    Case("button-name", '<button id="a" aria-labelledby="a" aria-label="Close"></button>',
         {"#a": P}, "accname 2B: the element itself, by its aria-label"),
    Case("button-name", '<button id="a" aria-labelledby="e h"></button><span id="e"></span>'
         '<span id="h" style="display:none">Save</span>', {"#a": P},
         "accname 2B: an empty and a hidden referenced element; the hidden one's text"),
    Case("button-name", '<style>#a::after { content: "Save" }</style><button id="a"></button>',
         {"#a": P}, "accname 2F.ii: ::after content"),
    Case("menuitem-name", '<div role="menu"><div role="menuitem" id="a" aria-labelledby="l">'
         '</div></div><span id="l" hidden>Open</span>', {"#a": P},
         "accname 2B: hidden referenced text"),
    # --- 5c01ea more -----------------------------------------------------------------------
    Case("aria-allowed-attr", '<table><tr><td id="a" aria-selected="true">x</td></tr></table>',
         {"#a": F}, "ARIA 1.2: cell does not support aria-selected (gridcell does)"),
    Case("aria-allowed-attr", '<table><tr id="a" aria-selected="true"><td>x</td></tr></table>',
         {"#a": P}, "ARIA 1.2: row supports aria-selected"),
    Case("aria-allowed-attr", '<table><tr><th id="a" aria-sort="ascending">x</th></tr><tr><td>'
         '1</td></tr></table>', {"#a": P}, "ARIA: columnheader supports aria-sort"),
    Case("aria-allowed-attr", '<dialog id="a" open aria-modal="true">x</dialog><div id="b" '
         'aria-modal="true">y</div>', {"#a": P, "#b": F},
         "ARIA: dialog supports aria-modal, generic does not"),
    Case("aria-allowed-attr", '<ul><li id="a" aria-level="2" aria-posinset="1" aria-setsize='
         '"3">x</li></ul>', {"#a": P}, "ARIA 1.2: listitem supports level, posinset, setsize"),
    Case("aria-allowed-attr", '<textarea id="a" aria-multiline="true"></textarea><input id="b" '
         'aria-autocomplete="list" aria-placeholder="x">', {"#a": P, "#b": P},
         "ARIA: textbox supports multiline, autocomplete and placeholder"),
    Case("aria-allowed-attr", '<div id="a" aria-activedescendant="x">y</div>', {"#a": F},
         "ARIA 1.2: generic does not support aria-activedescendant"),
    Case("aria-allowed-attr", '<div id="a" aria-haspopup="true">y</div>', {"#a": NF},
         "ARIA 1.2 deprecates aria-haspopup as global: left open"),
    Case("aria-allowed-attr", '<div role="option" id="a" aria-checked="true">x</div>', {"#a": P},
         "ARIA 1.2: option supports aria-checked"),
    Case("aria-allowed-attr", '<svg><circle id="a" r="2" aria-pressed="true"/></svg>',
         {"#a": NF},
         "SVG-AAM: a circle with no name or role is not included in the tree"),
    # --- bc4a75 / ff89c9 more --------------------------------------------------------------
    Case("aria-required-children", '<div role="grid" id="a"><div role="rowgroup"><div '
         'role="row"><div role="gridcell">x</div></div></div></div>',
         {"#a": P, "#a > div": P, "#a > div > div": P},
         "ARIA 1.2: grid owns rowgroup, rowgroup owns row, row owns gridcell"),
    Case("aria-required-children", '<div role="listbox" id="a"><div role="group"><div '
         'role="option">x</div></div></div>', {"#a": P}, "ARIA 1.2: listbox may own group"),
    Case("aria-required-children", '<div role="row" id="a"><div role="cell">x</div></div>',
         {"#a": P}, "ARIA 1.2: row owns cell"),
    Case("aria-required-children", '<div role="tree" id="a"><div role="treeitem">x</div>'
         '<div role="group"><div role="treeitem">y</div></div></div>', {"#a": P},
         "ARIA 1.2: tree owns treeitem and group"),
    Case("aria-required-children", '<div role="radiogroup" id="a"><div role="checkbox" '
         'aria-checked="false">x</div></div>', {"#a": F},
         "WAI-ARIA 1.2: radiogroup's required owned element is radio (1.3 relaxes this)"),
    Case("aria-required-children", '<div role="menubar" id="a"><div role="menuitemradio" '
         'aria-checked="false">x</div></div>', {"#a": P},
         "ARIA 1.2: menubar owns menuitemradio"),
    Case("aria-required-children", '<div role="list" id="a"><template><div role="listitem">'
         '</div></template><div role="listitem">x</div></div>', {"#a": P},
         "a template and its contents are not in the accessibility tree"),
    Case("aria-required-children", '<div role="feed" id="a"><div role="article">x</div></div>',
         {"#a": P}, "ARIA 1.2: feed owns article"),
    Case("aria-required-parent", '<div role="list"><div role="none"><div role="listitem" '
         'id="a">x</div></div></div>', {"#a": P},
         "accessibility tree: role none removes the element in between"),
    Case("aria-required-parent", '<div role="list"><div role="group"><div role="listitem" '
         'id="a">x</div></div></div>', {"#a": F},
         "expectation: the child of the tree parent, a group is not a list"),
    Case("aria-required-parent", '<div role="table"><div role="rowgroup"><div role="row" '
         'id="a"><div role="cell" id="b">x</div></div></div></div>',
         {"#a": P, "#b": P, "html > body > div > div": P},
         "ARIA 1.2: row in rowgroup, cell in row"),
    Case("aria-required-parent", '<div role="tablist"><div role="tab" id="a" aria-hidden="true">'
         'x</div></div>', {}, "applicability: included in the accessibility tree"),
    # --- 73f2c2 more ----------------------------------------------------------------------
    Case("autocomplete-valid", '<input id="a" autocomplete="webauthn">', {"#a": F},
         "expectation: a field name is required; webauthn alone has none"),
    Case("autocomplete-valid", '<input id="a" autocomplete="shipping section-x street-address">',
         {"#a": F}, "expectation: section- comes first"),
    Case("autocomplete-valid", '<input id="a" autocomplete="username\twebauthn">', {"#a": P},
         "space separated: a tab is ASCII whitespace"),
    Case("autocomplete-valid", '<input id="a" autocomplete="email" aria-disabled="true">', {},
         "disabled element: aria-disabled true"),
    Case("autocomplete-valid", '<div aria-disabled="true"><input id="a" autocomplete="bad">'
         '</div>', {}, "disabled element: a shadow-including ancestor with aria-disabled"),
    Case("autocomplete-valid", '<input id="a" autocomplete="xyz" style="visibility:hidden">', {},
         "hidden: neither visible nor included"),
    Case("autocomplete-valid", '<select id="a" autocomplete="sex"><option>x</option></select>',
         {"#a": P}, "HTML: sex is an autofill field name"),
    Case("autocomplete-valid", '<input id="a" autocomplete="tel-extension">'
         '<input id="b" autocomplete="home tel-extension">', {"#a": P, "#b": P},
         "expectation: a contact token before tel-*"),
    Case("autocomplete-valid", '<input id="a" autocomplete="home address-line1">', {"#a": F},
         "expectation: home only before email, impp, tel or tel-*"),
    Case("autocomplete-valid", '<input id="a" autocomplete="On">', {},
         "toggle: On matches on ASCII case-insensitively"),
    Case("autocomplete-valid", '<input type="radio" id="a" autocomplete="xyz">'
         '<input type="reset" id="b" autocomplete="xyz">', {},
         "fixed value: radio and reset"),
    Case("autocomplete-valid", '<input type="color" id="a" autocomplete="xyz">', {"#a": F},
         "fixed value excepts only button, checkbox, file, image, radio, reset, submit"),
    # --- 307n5z / 6cfa84 more --------------------------------------------------------------
    Case("nested-interactive", '<div role="option" id="a"><input type="checkbox"></div>'
         '<div role="listbox"></div>', {"#a": F, "#a > input": P},
         "ARIA: option has presentational children (the checkbox is a target too)"),
    Case("nested-interactive", '<div role="tab" id="a"><button tabindex="-1">x</button></div>'
         '<div role="tablist"></div>', {"#a": P, "#a > button": P},
         "expectation: sequential focus navigation; tabindex -1 takes it out"),
    Case("nested-interactive", '<button id="a"><iframe title="f" srcdoc="x"></iframe></button>',
         {"#a": NF}, "HTML: whether an iframe is in the tab order is the user agent's; left "
         "open"),
    Case("nested-interactive", '<button id="a"><input type="text" disabled></button>',
         {"#a": P}, "HTML: a disabled input is not focusable"),
    Case("nested-interactive", '<div role="switch" aria-checked="false" id="a" tabindex="0">'
         '<a href="/x" inert>x</a></div>', {"#a": P}, "HTML: inert content is not focusable"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><button disabled>x</button>'
         '<select disabled></select></div>', {"#a": P}, "HTML: disabled controls are not "
         "focusable"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><a href="/x" '
         'style="display:none">x</a></div>', {"#a": P}, "not rendered, not focusable"),
    Case("aria-hidden-focus", '<p id="a" aria-hidden="true" tabindex="0">x</p>', {"#a": F},
         "expectation: inclusive descendant, the element itself"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><div aria-hidden="false"><a '
         'href="/x">x</a></div></div>', {"#a": F},
         "WAI-ARIA: aria-hidden false does not undo an ancestor's true"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><img src="m.png" alt="m" '
         'usemap="#m"><map name="m"><area href="/x" alt="x" shape="rect" coords="0,0,5,5">'
         '</map></div>', {"#a": F}, "HTML: an area with href is in the tab order"),
    # --- 46ca7f / 23a2a8 more ----------------------------------------------------------------
    Case("presentation-role-conflict", '<img id="a" src="x.png" alt="" aria-describedby="d">'
         '<p id="d">d</p>', {"#a": F}, "Conflict: aria-describedby is global"),
    Case("presentation-role-conflict", '<li id="a" role="none">x</li>', {"#a": P},
         "expectation: no global ARIA, not focusable: role none stands"),
    Case("presentation-role-conflict", '<button id="a" role="presentation" disabled>x</button>',
         {"#a": P}, "a disabled button is not focusable; role presentation stands"),
    Case("image-alt", '<img id="a" src="x.png" alt="" aria-label="Logo">', {"#a": P},
         "Conflict: the global aria-label keeps img, and it names it"),
    Case("image-alt", '<picture><source srcset="x.webp"><img id="a" src="x.png"></picture>',
         {"#a": F}, "applicability: an img in a picture"),
    Case("image-alt", '<img id="a" src="x.png" alt="   ">', {"#a": F},
         "23a2a8 note: a name of only whitespace is trimmed to empty; alt is not '', so the "
         "image is not presentational"),
    # --- document-level, more ---------------------------------------------------------------
    Case("document-title", '<!DOCTYPE html><html lang="en"><head><title>\n\t</title><title>'
         'Second</title></head><body><p>x</p></body></html>', {"html": F},
         "expectation 2: the first title is only whitespace"),
    Case("html-lang-valid", PAGE.format(' lang="EN-gb"'), {"html": P},
         "glossary: case-insensitive"),
    Case("html-lang-valid", PAGE.format(' lang="en_US"'), {"html": F},
         "glossary: subtags are separated by hyphens, as :lang() matches; en_US is no "
         "registered subtag"),
    Case("valid-lang", '<p id="a" lang="i-klingon">Hello</p>', {"#a": F},
         "glossary: grandfathered tags have no known primary language tag"),
    Case("valid-lang", '<p lang="xyz"><span lang="en" id="b">Hi</span><span id="c" '
         'aria-hidden="true" style="display:none">x</span></p>', {"#b": P},
         "applicability: the p's only own text is not rendered"),
]

THIRD: list[Case] = [
    # --- the cascade deciding hidden or shown -------------------------------------------------
    Case("button-name", '<style>@media print { #a { display: none } }</style><button id="a">'
         '</button>', {"#a": F}, "CSS: a print-only rule does not hide it on screen"),
    Case("button-name", '<style media="print">#a { display: none }</style><button id="a">'
         '</button>', {"#a": F}, "CSS: a print style sheet does not apply on screen"),
    Case("button-name", '<style>[hidden] { display: block }</style><div hidden><button id="a">'
         '</button></div>', {"#a": F},
         "programmatically hidden note: overriding display reveals hidden elements"),
    Case("button-name", '<style>div:has(> #a) { display: none }</style><div><button id="a">'
         '</button></div>', {}, "CSS selectors 4: :has() hides the button's parent"),
    Case("button-name", '<style>:is(.x, .y) button { display: none }</style><div class="y">'
         '<button id="a"></button></div>', {}, "CSS selectors 4: :is()"),
    Case("button-name", '<button id="a" style="opacity: 0"></button>', {"#a": F},
         "programmatically hidden: opacity is not visibility or display"),
    Case("button-name", '<button id="a" style="visibility: collapse"></button>', {},
         "programmatically hidden: visibility other than visible"),
    Case("button-name", '<label for="a">Save</label><button id="a"></button>', {"#a": P},
         "HTML: a button is labelable, and HTML-AAM names it from its label"),
    Case("button-name", '<label>Save <input type="button" id="a"></label>', {"#a": P},
         "HTML-AAM (html-aam#357): an input type=button named by its wrapping label"),
    Case("button-name", '<label for="a">Send</label><input type="submit" id="a" value="">',
         {"#a": P}, "HTML-AAM: the associated label comes before the (empty) value"),
    Case("button-name", '<label for="a"> </label><input type="button" id="a">', {"#a": F},
         "HTML-AAM: a label of only whitespace gives no name; no value, no title"),
    # --- e086e5 --------------------------------------------------------------------------
    Case("form-field-name", '<label><span hidden>Name</span><input id="a"></label>', {"#a": F},
         "accname: the label's hidden text is not part of it"),
    Case("form-field-name", '<input type="checkbox" id="a" aria-labelledby="l"><label id="l" '
         'hidden>Agree</label>', {"#a": P}, "accname 2B: hidden referenced content"),
    Case("form-field-name", '<label for="a">Country</label><div><select id="a"><option>x'
         '</option></select></div>', {"#a": P}, "HTML: label for names the select"),
    Case("form-field-name", '<input id="a" title=" ">', {"#a": F}, "accname: whitespace title"),
    Case("form-field-name", '<input id="a" type="text" hidden><input id="b" type="text" '
         'style="display:none">', {}, "applicability: included in the accessibility tree"),
    # --- c487ae / ffd0e9 / 7d6734 -------------------------------------------------------------
    Case("empty-heading", '<h1 id="a"><svg role="img" aria-label="Title"></svg></h1>',
         {"#a": P}, "accname 2F: the svg's aria-label"),
    Case("empty-heading", '<h1 id="a"><img src="x.png" alt="Title"></h1>', {"#a": P},
         "accname 2F: an image's alt"),
    Case("svg-img-alt", '<svg id="a" role="img"><g><title>Logo</title></g></svg>', {"#a": F},
         "SVG-AAM: only a title child of the element names it"),
    Case("svg-img-alt", '<svg id="a" role="img" aria-labelledby="t"><title id="t">Logo</title>'
         '</svg>', {"#a": P}, "accname 2B"),
    Case("svg-img-alt", '<svg id="a" role="graphics-symbol img"></svg>', {"#a": F},
         "explicit role: graphics-symbol, the first valid token"),
    Case("svg-img-alt", '<svg id="a" role="img" style="display:none"><title>x</title></svg>',
         {}, "applicability: not included"),
    Case("svg-img-alt", '<svg><symbol id="s" role="img"></symbol></svg>', {},
         "SVG: a symbol is rendered only through use, and is not included itself"),
    # --- 6a7281 value types ------------------------------------------------------------------
    Case("aria-valid-attr-value", '<div role="columnheader" id="a" aria-sort="ASCENDING">x'
         '</div><div role="row"></div>', {"#a": P},
         "value type token: an enumerated attribute, matched ASCII case-insensitively"),
    Case("aria-valid-attr-value", '<div role="button" id="a" aria-pressed="MIXED">x</div>',
         {"#a": P}, "value type tristate: case-insensitive"),
    Case("aria-valid-attr-value", '<div id="a" aria-live="Polite">x</div>', {"#a": P},
         "value type token: case-insensitive"),
    Case("aria-valid-attr-value", '<div role="cell" id="a" aria-colspan="2.5">x</div>',
         {"#a": F}, "value type integer"),
    Case("aria-valid-attr-value", '<div role="row" id="a" aria-rowindex="0">x</div>', {"#a": P},
         "value type integer: 0 is an integer"),
    Case("aria-valid-attr-value", '<div role="slider" id="a" aria-valuenow=" 5 ">x</div>',
         {"#a": NF}, "value type number: surrounding spaces; left open"),
    Case("aria-valid-attr-value", '<div role="progressbar" id="a" aria-valuenow="50%">x</div>',
         {"#a": F}, "value type number: '%' is not part of a number"),
    Case("aria-valid-attr-value", '<div role="textbox" id="a" aria-autocomplete="Inline">x'
         '</div>', {"#a": P}, "value type token: case-insensitive"),
    Case("aria-valid-attr-value", '<div role="checkbox" id="a" aria-checked="yes">x</div>',
         {"#a": F}, "value type tristate: yes is not true, false or mixed"),
    Case("aria-valid-attr-value", '<div id="a" aria-describedby="x y">z</div>', {"#a": P},
         "exception: ID reference lists need no element"),
    # --- kb1m8s prohibited naming -----------------------------------------------------------
    Case("aria-prohibited-attr", '<table><caption id="a" aria-label="x">c</caption><tr><td>1'
         '</td></tr></table>', {"#a": F}, "ARIA 1.2: caption prohibits naming"),
    Case("aria-prohibited-attr", '<q id="a" aria-label="x">q</q><small id="b" aria-label="x">s'
         '</small><b id="c" aria-labelledby="d">b</b><span id="d">d</span>',
         {"#a": F, "#b": F, "#c": F}, "HTML-AAM: q, small and b are generic"),
    Case("aria-prohibited-attr", '<address id="a" aria-label="x">a</address><blockquote id="b" '
         'aria-label="x">b</blockquote><dl><dt id="c" aria-label="x">t</dt><dd id="d" '
         'aria-label="x">d</dd></dl>', {"#a": P, "#b": P, "#c": P, "#d": P},
         "HTML-AAM: address is group, blockquote, term and definition allow naming"),
    Case("aria-prohibited-attr", '<mark id="a" aria-label="x">m</mark><abbr id="b" '
         'aria-label="x">a</abbr>', {"#a": F, "#b": NF},
         "HTML-AAM: mark is generic in ARIA 1.2 and mark (naming prohibited) in 1.3, either "
         "way prohibited; abbr has no corresponding role: left open"),
    Case("aria-prohibited-attr", '<div id="a" role="button" aria-label="x">x</div>', {"#a": P},
         "ARIA: button allows naming"),
    Case("aria-prohibited-attr", '<div id="a" role="foo" aria-label="x">x</div>', {"#a": F},
         "explicit role: foo is no role, so the implicit generic"),
    # --- 5c01ea ---------------------------------------------------------------------------
    Case("aria-allowed-attr", '<select id="a" aria-required="true"><option>x</option>'
         '</select>', {"#a": P}, "ARIA: combobox supports aria-required"),
    Case("aria-allowed-attr", '<button id="a" aria-readonly="true">x</button>', {"#a": F},
         "ARIA 1.2: button does not support aria-readonly"),
    Case("aria-allowed-attr", '<input type="range" id="a" aria-valuenow="3">', {"#a": P},
         "ARIA: slider supports aria-valuenow"),
    Case("aria-allowed-attr", '<table id="a" aria-colcount="3"><tr><td>x</td></tr></table>'
         '<div id="b" aria-colcount="3">y</div>', {"#a": P, "#b": F},
         "ARIA: table supports aria-colcount, generic does not"),
    Case("aria-allowed-attr", '<table><tr><td id="a" aria-rowspan="2">x</td></tr></table>',
         {"#a": P}, "ARIA: cell supports aria-rowspan"),
    Case("aria-allowed-attr", '<input type="radio" id="a" aria-checked="true">', {"#a": P},
         "ARIA: radio supports aria-checked"),
    Case("aria-allowed-attr", '<div id="a" aria-owns="b" aria-invalid="true">x</div><p id="b">'
         'y</p>', {"#a": P}, "WAI-ARIA 1.2: aria-owns and aria-invalid are global"),
    # --- 674b10 -----------------------------------------------------------------------------
    Case("aria-roles", '<div id="a" role="command">x</div><div id="b" role="section">y</div>',
         {"#a": F, "#b": F}, "expectation: abstract roles are no valid value"),
    Case("aria-roles", '<div id="a" role="none presentation">x</div>', {"#a": P},
         "expectation: both tokens are roles"),
    Case("aria-roles", '<div id="a" role="doc-foo">x</div>', {"#a": F},
         "DPUB-ARIA: doc-foo is not defined"),
    Case("aria-roles", '<div id="a" role="Button">x</div>', {"#a": NF},
         "role tokens' case: browsers accept any casing; left open"),
    Case("aria-roles", '<div id="a" role="image">x</div>', {"#a": NF},
         "image is an ARIA 1.3 synonym of img: left open"),
    # --- 5f99a7 -----------------------------------------------------------------------------
    Case("aria-valid-attr", '<div id="a" aria-description="x">y</div>', {"#a": NF},
         "aria-description is in the ARIA 1.3 draft: left open"),
    Case("aria-valid-attr", '<div id="a" aria-="x">y</div>', {"#a": F},
         "applicability: starts with aria-; 'aria-' alone is no attribute"),
    # --- 73f2c2 -----------------------------------------------------------------------------
    Case("autocomplete-valid", '<input id="a" autocomplete="section-a section-b name">',
         {"#a": F}, "expectation: one optional section token"),
    Case("autocomplete-valid", '<input id="a" autocomplete="current-password new-password">',
         {"#a": F}, "expectation: one field name"),
    Case("autocomplete-valid", '<input id="a" autocomplete="transaction-amount"><input id="b" '
         'autocomplete="cc-csc"><input id="c" autocomplete="photo"><input id="d" '
         'autocomplete="language">', {"#a": P, "#b": P, "#c": P, "#d": P},
         "HTML: autofill field names"),
    Case("autocomplete-valid", '<input id="a" autocomplete="given-name\u00a0">', {"#a": F},
         "space separated tokens: U+00A0 is not ASCII whitespace, so it is part of the token"),
    Case("autocomplete-valid", '<input id="a" autocomplete="bad" aria-hidden="true" '
         'style="opacity: 0">', {}, "hidden: transparent, so not visible, and not included"),
    Case("autocomplete-valid", '<input id="a" autocomplete="bad" tabindex="-1">', {"#a": F},
         "static: a textbox is a widget role, so not excepted"),
    Case("autocomplete-valid", '<textarea id="a" autocomplete="bad" disabled></textarea>', {},
         "disabled"),
    Case("autocomplete-valid", '<input id="a" autocomplete="bad" role="button">', {"#a": F},
         "static: button is a widget role"),
    # --- d0f69e / a25f45 --------------------------------------------------------------------
    Case("th-has-data-cells", '<table><tr><th id="a">A</th></tr><tr><td></td></tr></table>',
         {"#a": P}, "expectation: an empty td is still a cell"),
    Case("th-has-data-cells", '<table><tr><th id="a">A</th><th id="b">B</th></tr><tr><th '
         'id="c">Row</th><td>1</td></tr></table>', {"#a": P, "#b": P, "#c": P},
         "HTML table model: a row header is a cell (rowheader inherits cell) with headers"),
    Case("th-has-data-cells", '<table><thead><tr><th id="a">A</th></tr></thead><tbody><tr>'
         '<td>1</td></tr></tbody></table>', {"#a": P}, "HTML: header in thead, cell in tbody"),
    Case("td-headers-attr", '<table><thead><tr id="r"><th id="h">H</th></tr></thead><tbody>'
         '<tr><td id="a" headers="r">1</td></tr></tbody></table>', {"#a": F},
         "expectation 1: a tr is not a cell"),
    Case("td-headers-attr", '<table><thead><tr><th id="h">H</th></tr></thead><tbody><tr><td '
         'id="a" headers="h">1</td></tr></tbody></table>', {"#a": P},
         "expectation 1: the header in the thead is a cell of the same table"),
    # --- de46e4 / 5b7ae0 ----------------------------------------------------------------------
    Case("valid-lang", '<button id="a" lang="xyz" aria-label="Save"></button>', {"#a": F},
         "glossary: the accessible name of an included element is text"),
    Case("valid-lang", '<p id="a" lang="xyz"><img src="x.png" alt=""></p>', {},
         "applicability: no text"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="en" xml:lang="EN-us"'), {"html": P},
         "glossary: case-insensitive, primary subtags only"),
    # --- b33eff -------------------------------------------------------------------------------
    Case("css-orientation-lock", '<style media="(orientation: portrait)">#a { transform: '
         'rotate(90deg) }</style><div id="a">Turn</div>', {"#a": F},
         "applicability: conditional on the orientation media feature, by the style "
         "element's media"),
    Case("css-orientation-lock", _rotate("rotate: z 90deg"), {"#a": F},
         "CSS transforms 2: rotate about the z axis"),
    Case("css-orientation-lock", _rotate("rotate: x 90deg"), {"#a": P},
         "expectation: around the Z axis only"),
    Case("css-orientation-lock", '<style>@media (orientation: landscape) { body { transform: '
         'rotate(-90deg) } }</style><div>Turn</div>', {"html > body": F},
         "applicability: any visible HTML element, body too"),
    # --- 3ea0c8 / e6952f ----------------------------------------------------------------------
    Case("duplicate-id", '<svg><defs><linearGradient id="g"></linearGradient></defs></svg>'
         '<svg><defs><linearGradient id="g"></linearGradient></defs></svg>',
         {"html > body > svg:nth-child(1) > defs > linearGradient": F,
          "html > body > svg:nth-child(2) > defs > linearGradient": F},
         "applicability: SVG elements in defs, not rendered, still count"),
    Case("duplicate-attribute", '<svg><rect width="1" WIDTH="2"/></svg>',
         {"html > body > svg > rect": F}, "HTML tokenizer: names lowercased in foreign "
         "content too"),
    # --- akn7bn / cae760 ----------------------------------------------------------------------
    Case("frame-tab-order", '<iframe id="a" title="f" tabindex="-1" '
         'src="https://example.com/"></iframe>', {"#a": NF},
         "applicability depends on the frame's content, which a static reading cannot see"),
    Case("frame-title", '<iframe id="a" srcdoc="<title>Map</title><p>x</p>"></iframe>',
         {"#a": F}, "accname: the framed document's title is no naming source of the iframe"),
    # --- 59796f / 2t702h ----------------------------------------------------------------------
    Case("input-image-alt", '<input type="image" id="a" src="go.png" alt="Submit Query">',
         {"#a": F}, "expectation: nor the default name"),
    Case("input-image-alt", '<input type="image" id="a" src="go.png" aria-label="submit  '
         'query">', {"#a": F}, "expectation: the default name, whatever its case and spacing"),
    Case("input-image-alt", '<label for="a">Search</label><input type="image" id="a" '
         'src="go.png">', {"#a": P}, "HTML-AAM: the associated label names an image button"),
    Case("summary-name", '<details><summary id="a"><span aria-hidden="true">&#x25B6;</span>'
         '</summary>x</details>', {"#a": F}, "accname 2A: hidden content gives nothing"),
    Case("summary-name", '<details><summary id="a" title="More"></summary>x</details>',
         {"#a": P}, "accname 2I"),
]

FOURTH: list[Case] = [
    # --- e6952f: what is a starting tag ------------------------------------------------------
    Case("duplicate-attribute", '<p id="a" class=x class=y>x</p>', {"#a": F},
         "HTML syntax: unquoted values are attributes all the same"),
    Case("duplicate-attribute", '<p id="a" data-x="1" data-X="2">x</p>', {"#a": F},
         "tokenizer: data-X is lowercased to data-x"),
    Case("duplicate-attribute", '<p>x</p class="a" class="b">', {"html": P},
         "applicability: starting tags; an end tag's attributes are not a start tag's"),
    Case("duplicate-attribute", '<xmp><b class="a" class="b"></b></xmp>', {"html": P},
         "HTML: xmp is raw text, its markup is not tags"),
    Case("duplicate-attribute", '<p id="a" title=\'class="x"\' class="y">x</p>', {"html": P},
         "tokenizer: text inside a quoted value is no attribute"),
    Case("duplicate-attribute", '<iframe title="f" srcdoc="<p class=a class=b>x</p>"></iframe>',
         {"html > body > iframe >>> html > body > p": F, "html": P},
         "applicability: any starting tag in an HTML document; the srcdoc document is one"),
    Case("duplicate-attribute", '<p>x</p\nclass=a class=b><p id="a" class="c" class="d">y</p>',
         {"#a": F}, "applicability: the end tag's attributes are not judged, the next start "
         "tag's are"),
    Case("duplicate-attribute", '<p id="a" class="c" class="d">y</p x="1">', {"#a": F},
         "applicability: a start tag's repeat stays judged when its end tag has attributes"),
    # --- b4f0c3 --------------------------------------------------------------------------------
    Case("meta-viewport", "", {"#m": F}, "css-device-adapt: maximum-scale=yes translates to 1",
         head=_viewport("maximum-scale=yes")),
    Case("meta-viewport", "", {}, "HTML: a name of 'viewport ' (with a space) is no match "
         "for viewport", head=_viewport("user-scalable=no", name="viewport ")),
    Case("meta-viewport", "", {"#m": NF}, "css-device-adapt: a repeated key; left open which "
         "wins", head=_viewport("maximum-scale=1, maximum-scale=3")),
    Case("meta-viewport", "", {"#m": F}, "expectation 1: user-scalable=0 gives fixed, even "
         "with a large maximum-scale", head=_viewport("maximum-scale=5, user-scalable=0")),
    # --- cae760 -------------------------------------------------------------------------------
    Case("frame-title", '<iframe id="a" src="/x" role="none" tabindex="0"></iframe>', {},
         "applicability: marked as decorative (an explicit role none) is excepted, focusable "
         "or not"),
    Case("frame-title", '<iframe id="a" src="/x" aria-label=" " title="Map"></iframe>',
         {"#a": P}, "accname: a blank aria-label is skipped, the title names it"),
    Case("frame-title", '<iframe id="a" src="/x" width="0" height="0"></iframe>', {"#a": F},
         "applicability: a zero-size iframe is not programmatically hidden"),
    Case("frame-title", '<iframe id="a" src="/x" style="visibility:hidden"></iframe>', {},
         "programmatically hidden: visibility hidden"),
    # --- 8fc3b6 -------------------------------------------------------------------------------
    Case("object-alt", '<object id="a" data="a.png" type="IMAGE/PNG"></object>', {"#a": F},
         "mimesniff: MIME types' type and subtype are ASCII case-insensitive"),
    Case("object-alt", '<object id="a" data="a.mp3" type="audio/mpeg" aria-label="Song">'
         '</object>', {"#a": P}, "accname 2C"),
    Case("object-alt", '<object id="a" data="a.png" type="image/png" title=" "></object>',
         {"#a": F}, "accname: a blank title is no name"),
    Case("object-alt", '<object id="a" data="a.png" type="image/png" role="presentation">'
         '</object>', {}, "applicability: no explicit role"),
    # --- 6cfa84 / 307n5z / 46ca7f: tabindex parsing --------------------------------------------
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><input type="text" readonly>'
         '</div>', {"#a": F}, "HTML: a readonly input is still focusable"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><button tabindex="x">b</button>'
         '</div>', {"#a": F}, "rules for parsing integers: 'x' is an error, the button keeps "
         "its default place in the tab order"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><a href="/" tabindex=" -1">b</a>'
         '</div>', {"#a": P}, "rules for parsing integers: leading whitespace is skipped"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><a href="/" tabindex="-1.5">b'
         '</a></div>', {"#a": P}, "rules for parsing integers: '-1.5' is -1"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true"><span tabindex="0x1">b</span>'
         '</div>', {"#a": F}, "rules for parsing integers: '0x1' is 0"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="true" style="display:none"><a '
         'href="/">b</a></div>', {"#a": P}, "not rendered, not focusable"),
    Case("nested-interactive", '<button id="a"><span tabindex="+1">x</span></button>',
         {"#a": F}, "rules for parsing integers: '+1' is 1"),
    Case("nested-interactive", '<button id="a"><span tabindex=" -1">x</span></button>',
         {"#a": P}, "rules for parsing integers: ' -1' is -1"),
    Case("presentation-role-conflict", '<img id="a" src="x.png" alt="" tabindex="x">',
         {"#a": P}, "focusable: an unparsable tabindex is null, and an img is not focusable"),
    Case("presentation-role-conflict", '<div id="a" role="none" tabindex=" 0">x</div>',
         {"#a": F}, "focusable: ' 0' parses to 0"),
    # --- ff89c9 / bc4a75 -----------------------------------------------------------------------
    Case("aria-required-parent", '<ul role="listbox"><li role="option" id="a">x</li></ul>',
         {"#a": P}, "expectation: the listbox is its parent"),
    Case("aria-required-parent", '<ul role="menu"><li role="none"><a role="menuitem" href="/" '
         'id="a">x</a></li></ul>', {"#a": P}, "accessibility tree: role none is skipped"),
    Case("aria-required-parent", '<div role="tablist"><ul><li role="tab" id="a">x</li></ul>'
         '</div>', {"#a": F}, "expectation: the ul (a list) is its parent, not the tablist"),
    Case("aria-required-parent", '<div role="menubar"><div role="menuitemcheckbox" '
         'aria-checked="false" id="a">x</div></div>', {"#a": P},
         "ARIA 1.2: menuitemcheckbox in a menubar"),
    Case("aria-required-children", '<ul role="menu" id="a"><li><a role="menuitem" href="/">x'
         '</a></li></ul>', {"#a": F},
         "HTML-AAM: an li in a ul is a listitem, and the menu may not own a listitem"),
    Case("aria-required-children", '<div role="table" id="a"><div role="row"><div '
         'role="columnheader">A</div></div></div>', {"#a": P, "#a > div": P},
         "ARIA 1.2: table owns row, row owns columnheader"),
]

#: A story after the repeated navigation.
STORY = "<p>The council met on Tuesday to discuss the harbour.</p>"
#: The usual "visually hidden" utility: drawn nowhere, but in the accessibility tree.
SR_ONLY = ("position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
           "white-space:nowrap")

FIFTH: list[Case] = [
    # --- 047fe0 Document has heading for non-repeated content ------------------------------
    Case("heading-for-main-content", NAV + f'<main><h1 style="{SR_ONLY}">Title</h1>{STORY}'
         '</main>', {"html": F}, "expectation: the heading must be visible; a clipped 1px "
         "box draws nothing"),
    Case("heading-for-main-content", NAV + f'<main><h1 style="opacity:0">Title</h1>{STORY}'
         '</main>', {"html": F}, "visible: fully transparent already, so no pixel changes"),
    Case("heading-for-main-content", NAV + f'<main><h1 hidden style="display:block">Title</h1>'
         f'{STORY}</main>', {"html": P},
         "programmatically hidden note: display overrides the hidden attribute"),
    Case("heading-for-main-content", NAV + f'<main><div role="heading" aria-level="2">Title'
         f'</div>{STORY}</main>', {"html": P}, "expectation: a semantic heading"),
    # --- b40fd1 Document has a landmark with non-repeated content ------------------------
    Case("landmark-for-main-content", NAV + f'<article role="main">{STORY}</article>',
         {"html": P}, "expectation: an inheriting semantic landmark (role main)"),
    Case("landmark-for-main-content", NAV + f'<div role="region" aria-label="Story">{STORY}'
         '</div>', {"html": P}, "expectation: a named region is a landmark"),
    Case("landmark-for-main-content", NAV + f'<form aria-label="Story">{STORY}</form>',
         {"html": P}, "HTML-AAM: a named form is the form landmark"),
    Case("landmark-for-main-content", NAV + f'<article>{STORY}</article>', {"html": F},
         "WAI-ARIA: article is not a landmark"),
    Case("landmark-for-main-content", NAV + f'<main hidden>{STORY}</main><div>{STORY}</div>',
         {"html": F}, "expectation: the landmark must be included in the accessibility tree"),
    # --- ye5d6e Document has an instrument to move focus to non-repeated content ---------
    Case("skip-to-main-content", '<a href="#MAIN">Skip</a>' + NAV + f'<main id="main">{STORY}'
         '</main>', {"html": F}, "HTML: fragment identifiers match ids case-sensitively"),
    Case("skip-to-main-content", '<a href="#main">Skip</a>' + NAV + f'<main id="main">{STORY}'
         '</main>', {"html": P}, "expectation: the link moves focus to the main content"),
    Case("skip-to-main-content", '<a href="#%6Dain">Skip</a>' + NAV + f'<main id="main">'
         f'{STORY}</main>', {"html": P},
         "HTML: the fragment is percent-decoded when no element has the raw id"),
    # --- cf77f2 Bypass blocks -----------------------------------------------------------------
    Case("bypass", NAV + f'<main>{STORY}</main>', {"html": P},
         "expectation: the landmark rule passes"),
    Case("bypass", NAV + f'<div>{STORY}</div>', {"html": F},
         "expectation: no heading, landmark or skip link, and the navigation cannot collapse"),
]

SIXTH: list[Case] = [
    # --- bc659a: the scripting flag and the URL part ------------------------------------------
    Case("meta-refresh", "", {}, "HTML: with scripting on, a noscript in head is raw text, "
         "so no meta element", head='<noscript><meta http-equiv="refresh" content="5">'
                                    '</noscript>'),
    Case("meta-refresh", "", {"#m": P}, "refresh steps: a URL without 'url=' is still valid, "
         "time 0", head=_refresh("0; https://example.com/")),
    # --- de46e4: the html element is no body descendant -------------------------------------
    Case("valid-lang", PAGE.format(' lang="xyz"'), {},
         "applicability: an inclusive descendant of body; html is not one (bf051a's target)"),
    Case("valid-lang", '<!DOCTYPE html><html lang="en"><head><title>P</title></head>'
         '<body lang="xyz"><p>Text</p></body></html>', {"html > body": F},
         "applicability: body is its own inclusive descendant"),
    # --- 6a7281 ------------------------------------------------------------------------------
    Case("aria-valid-attr-value", '<div id="a" aria-current="TRUE">x</div>', {"#a": P},
         "value type token: case-insensitive"),
    Case("aria-valid-attr-value", '<div id="a" aria-dropeffect="copy move">x</div>', {"#a": P},
         "value type token list: each token is valid"),
    Case("aria-valid-attr-value", '<div role="heading" id="a" aria-level="01">x</div>',
         {"#a": P}, "value type integer: 01 is a valid integer"),
    Case("aria-valid-attr-value", '<div role="button" id="a" aria-haspopup="dialog">x</div>',
         {"#a": P}, "ARIA 1.2: dialog is an aria-haspopup value"),
    Case("aria-valid-attr-value", '<div role="textbox" id="a" aria-placeholder="(any text)">'
         '</div>', {"#a": P}, "value type string: any text"),
    # --- 4e8ab6 ------------------------------------------------------------------------------
    Case("aria-required-attr", '<div role="listbox"><div role="option" id="a">x</div></div>',
         {"#a": P, "html > body > div": P},
         "WAI-ARIA 1.2: option and listbox require no state (aria-selected is supported)"),
    Case("aria-required-attr", '<div role="meter" id="a">x</div>', {"#a": F},
         "WAI-ARIA 1.2: meter requires aria-valuenow"),
    Case("aria-required-attr", '<div role="scrollbar" id="a" aria-controls="c">x</div>'
         '<div id="c"></div>', {"#a": F}, "WAI-ARIA 1.2: scrollbar requires aria-valuenow"),
    Case("aria-required-attr", '<div role="radio" id="a">x</div><div role="switch" id="b">y'
         '</div><div role="menuitemcheckbox" id="c">z</div>', {"#a": F, "#b": F, "#c": F},
         "WAI-ARIA 1.2: aria-checked is required, with no implicit value"),
    Case("aria-required-attr", '<div role="grid" id="a"></div><div role="tab" id="b">x</div>',
         {"#a": P, "#b": P}, "WAI-ARIA 1.2: grid and tab require nothing"),
    Case("aria-required-attr", '<div role="heading" id="a" aria-level="">x</div>', {"#a": F},
         "expectation: set and not empty"),
    Case("aria-required-attr", '<input type="checkbox" role="switch" id="a">', {"#a": P},
         "the native checkbox state is the switch's checked state (HTML-AAM)"),
    Case("aria-required-attr", '<input type="range" role="slider" id="a">', {},
         "applicability: the implicit role equals the explicit one"),
]

SEVENTH: list[Case] = [
    # --- 24afc2 / 9e45ec / 78fd32: which declaration the cascade keeps ----------------------
    Case("letter-spacing-important", '<style>p { letter-spacing: 0.1em !important }</style>'
         '<p id="a" style="letter-spacing: 0.2em">Some text</p>', {},
         "applicability: the style sheet's important declaration wins, so the specified "
         "value is not the style attribute's"),
    Case("letter-spacing-important", '<style>p { letter-spacing: 0.5em !important }</style>'
         '<p id="a" style="letter-spacing: 0.1em !important">Some text</p>', {"#a": F},
         "CSS cascade: of two important author declarations the style attribute's wins"),
    Case("word-spacing-important", '<style>p { word-spacing: 0 !important }</style><p id="a" '
         'style="word-spacing: 1em">Some text</p>', {},
         "applicability: the specified value comes from the style sheet"),
    Case("word-spacing-important", '<p id="a" style="word-spacing: 0.2em !important"><span '
         'style="font-size: 40px">Big</span> text</p>', {"#a": P},
         "expectation: the element's own font size (16px), not its child's"),
    Case("line-height-important", f'<style>p {{ line-height: 1 !important }}</style><p id="a" '
         f'style="line-height: 2">{LONG}</p>', {},
         "applicability: the cascaded line-height is the style sheet's"),
    Case("line-height-important", f'<p id="a" style="line-height: 1.5 !important"><span '
         f'style="font-size: 40px">{LONG}</span></p>', {},
         "applicability: the p has no text node child of its own"),
    Case("line-height-important", f'<div style="font-size: 20px"><p id="a" style="line-height:'
         f' 29px !important">{LONG}</p></div>', {"#a": F},
         "expectation: 29px < 1.5 x 20px (the inherited font size)"),
    # --- 2ee8b8 -------------------------------------------------------------------------------
    Case("label-in-name", '<a href="/" id="a" aria-label="Read more about cats">Read '
         '<b>more</b></a>', {"#a": P}, "visible inner text: inline elements join into words"),
    Case("label-in-name", '<a href="/" id="a" aria-label="Read more about cats"><span>Read'
         '</span><span>more</span></a>', {"#a": F},
         "visible inner text: inline spans join into 'Readmore', one token the name lacks"),
    Case("label-in-name", '<div role="checkbox" aria-checked="false" tabindex="0" id="a" '
         'aria-label="Accept terms">Accept the terms</div>', {"#a": F},
         "label in name: 'accept the terms' is not a contiguous part of 'accept terms'"),
    Case("label-in-name", '<div role="menuitem" id="a" aria-label="Copy text">Copy</div>'
         '<div role="menu"></div>', {"#a": P}, "menuitem takes its name from content"),
    Case("label-in-name", '<div role="textbox" id="a" aria-label="Name" contenteditable="true">'
         'Typed</div>', {}, "applicability: textbox does not take its name from content"),
    # --- th-has-data-cells / td-headers-attr --------------------------------------------------
    Case("th-has-data-cells", '<table><tr><th id="a" colspan="2">A</th></tr><tr><td>1</td>'
         '</tr></table>', {"#a": P}, "HTML table model: the header spans the cell's column"),
    Case("th-has-data-cells", '<table><tr><td>1</td><th id="a" scope="row">A</th></tr></table>',
         {"#a": F}, "HTML: a row header applies to the subsequent cells of its row; the cell "
         "before it is not assigned"),
    Case("td-headers-attr", '<table><tr><th id="h">H</th></tr><tr><td id="a" headers="h '
         'missing">1</td></tr></table>', {"#a": F},
         "expectation 1: each token names a cell of the table"),
    Case("td-headers-attr", '<table><tr><th id="h" hidden>H</th></tr><tr><td id="a" '
         'headers="h">1</td></tr></table>', {"#a": P},
         "expectation 1: a cell of the same table, hidden or not"),
]

EIGHTH: list[Case] = [
    # --- accname corners in name from content ------------------------------------------------
    Case("link-name", '<a id="a" href="/"><img src="x.png" role="presentation" alt="Home"></a>',
         {"#a": F}, "accname 2D: the alt of an element marked presentational is not used"),
    Case("link-name", '<a id="a" href="/"><svg><title>Home</title></svg></a>', {"#a": P},
         "SVG-AAM: the svg's title child is its text alternative in name from content"),
    Case("link-name", '<a id="a" href="/"><svg aria-hidden="true"><title>Home</title></svg></a>',
         {"#a": F}, "accname 2A: hidden content"),
    Case("link-name", '<a id="a" href="/" aria-describedby="d"></a><p id="d">Home</p>',
         {"#a": F}, "accname: a description is not a name"),
    Case("button-name", '<button id="a"><i aria-label="Close"></i></button>', {"#a": NF},
         "accname 2C on a generic child (naming prohibited): browsers differ; left open"),
    Case("button-name", '<button id="a" aria-labelledby="l"></button><span id="l" '
         'aria-label="Save"></span>', {"#a": P},
         "accname 2B then 2C: the referenced element's aria-label"),
    Case("button-name", '<button id="a" aria-labelledby="l"></button><span id="l"><span '
         'aria-hidden="true">Save</span></span>', {"#a": F},
         "accname 1.2, 2A: hidden content is used only when the node aria-labelledby "
         "references is itself hidden; here it is shown, so its hidden child is skipped"),
    Case("empty-heading", '<h1 id="a" aria-labelledby="e">Title</h1><span id="e"></span>',
         {"#a": P}, "accname 1.2, 2B: an empty accumulated text falls through to content"),
    Case("image-alt", '<img id="a" src="x.png" alt="" aria-describedby="d"><p id="d">d</p>',
         {"#a": F}, "semantic role, Conflict: a global ARIA attribute gives back img, whose "
         "name is empty"),
    Case("image-alt", '<img id="a" src="x.png" alt="" aria-hidden="false">', {"#a": NF},
         "Conflict: whether aria-hidden=false exposes a decorative image differs: left open"),
    # --- 2t702h / m6b1q3 / 97a4e1: naming from a label ------------------------------------
    Case("button-name", '<label for="a"><img src="x.png" alt="Send"></label><button id="a">'
         '</button>', {"#a": P}, "HTML-AAM: the label's image names the button"),
    Case("menuitem-name", '<div role="menu"><div role="menuitem" id="a"><svg role="img" '
         'aria-label="Copy"></svg></div></div>', {"#a": P}, "accname 2F"),
]

NINTH: list[Case] = [
    Case("form-field-name", '<input id="a" aria-labelledby="missing l"><span id="l">Name'
         '</span>', {"#a": P}, "accname 2B: the ids that resolve are used"),
    Case("autocomplete-valid", '<template><input id="a" autocomplete="bad"></template>', {},
         "a template's contents are not rendered, not in the tree"),
    Case("aria-hidden-focus", '<div id="a" aria-hidden="TRUE"><a href="/">x</a></div>',
         {"#a": F}, "WAI-ARIA value type mapping: true/false is matched ASCII "
         "case-insensitively"),
    Case("nested-interactive", '<a href="/"><button id="b">x</button></a>', {"#b": P},
         "applicability: link has no presentational children; the button has nothing "
         "focusable inside"),
    Case("meta-viewport", _viewport("user-scalable=no"), {"#m": F},
         "applicability: any meta named viewport, in the body too"),
    Case("document-title", '<!DOCTYPE html><html lang="en"><head><noscript><title>News'
         '</title></noscript></head><body><p>x</p></body></html>', {"html": F},
         "HTML: with scripting on, a noscript in head is raw text, so no title element"),
    Case("duplicate-id", '<!DOCTYPE html><html lang="en" id="x"><head><title>P</title></head>'
         '<body><p id="x">y</p></body></html>', {"html": F, "html > body > p": F},
         "expectation: the html element's id counts as any other"),
    Case("frame-tab-order", '<iframe id="a" title="f" tabindex="-1" srcdoc="<div tabindex=0>'
         'x</div>"></iframe>', {"#a": F}, "HTML: tabindex 0 puts the div in the frame's "
         "sequential focus order"),
    Case("frame-tab-order", '<iframe id="a" title="f" tabindex="-1" srcdoc="<details><summary>'
         'More</summary>x</details>"></iframe>', {"#a": F},
         "HTML: a details' summary is in the tab order"),
    Case("frame-tab-order", '<iframe id="a" title="f" tabindex="-1" srcdoc="<input '
         'type=hidden>"></iframe>', {}, "HTML: a hidden input is not in the tab order"),
    Case("summary-name", '<details><summary id="a" role="presentation"></summary>x</details>',
         {"#a": F}, "applicability: an explicit role ignored by the presentational conflict "
         "(a summary is focusable)"),
    Case("menuitem-name", '<ul role="menu"><li role="menuitem" id="a">Open</li></ul>', {"#a": P},
         "ARIA: menuitem takes its name from content"),
    Case("td-headers-attr", '<table><tr><td id="d">D</td><th id="a" headers="d">H</th></tr>'
         '</table>', {"#a": P}, "applicability: any cell with headers, a th too; d is a cell"),
]

TENTH: list[Case] = [
    Case("object-alt", '<object id="a" data="movie.mp4"></object>', {"#a": F},
         "applicability: the resource's MIME type, read from its name as servers type it "
         "(video/mp4); no name"),
    Case("object-alt", '<object id="a" data="a.svg" type="image/svg+xml" aria-label="Chart">'
         '</object>', {"#a": P}, "mimesniff: image/svg+xml is an image MIME type; named"),
    Case("object-alt", '<object id="a" data="a.svg" type="image/svg+xml"></object>', {"#a": F},
         "mimesniff: an image MIME type, and no name"),
    Case("aria-valid-idref", '<div role="scrollbar" id="a" aria-controls=" c " '
         'aria-valuenow="0"></div><div id="c"></div>', {"#a": P},
         "expectation: a space-separated list; surrounding spaces are separators"),
    Case("aria-valid-idref", '<div role="scrollbar" id="a" aria-controls="C" aria-valuenow="0">'
         '</div><div id="c"></div>', {"#a": F}, "DOM: ids match case-sensitively"),
    Case("aria-valid-idref", '<input role="combobox" id="a" aria-expanded="true" '
         'aria-controls="l"><template><ul id="l"></ul></template>', {"#a": F},
         "expectation: the same document tree; a template's contents are not in it"),
    Case("aria-valid-idref", '<svg><g role="scrollbar" id="a" aria-controls="x" '
         'aria-valuenow="0"></g></svg>', {},
         "applicability: aria-controls on an HTML element; this is an SVG one"),
    Case("meta-refresh", '<meta id="n" http-equiv="refresh" content="5">', {"#m": P},
         "applicability: the first valid meta in tree order is the head's (time 0)",
         head='<meta id="m" http-equiv="refresh" content="0">'),
    Case("image-alt", '<img id="a" src="x.png" alt="" role="none" aria-label="Logo">',
         {"#a": P}, "Conflict: the global aria-label gives back img, and names it"),
    Case("image-alt", '<img id="a" src="x.png" role="img" aria-labelledby="missing">',
         {"#a": F}, "accname 2B: no id resolves; no alt, no title: empty"),
    Case("empty-heading", '<h5 id="a" aria-label=" "><span hidden>x</span></h5>', {"#a": F},
         "accname: a blank aria-label is skipped; hidden content adds nothing"),
    Case("frame-title", '<iframe id="a" srcdoc="<p>x</p>" title="Map" hidden></iframe>', {},
         "applicability: not included in the accessibility tree"),
]

#: The javadoc frame /usr/share/doc/gettext/javadoc2/gnu/gettext/package-frame.html (Debian
#: gettext-doc), reduced: its one opening link is on no other page.
JAVADOC_FRAME = ('<font><a href="package-summary.html">gnu.gettext</a></font><table><tr><td>'
                 'Classes <a href="GettextResource.html">GettextResource</a></td></tr></table>')
#: Several bare links in a row: a navigation bar nobody marked up as one.
LINK_BAR = ('<div><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a>'
            '</div>')
_BYPASS_RULES = ("bypass", "heading-for-main-content", "landmark-for-main-content",
                 "skip-to-main-content")
#: Glossary, block of repeated content: a block with an equivalent on another page. Markup
#: alone cannot show that of one bare link, so no rule of the four may fail on it; navigation
#: marked up as such (or several links in a row) is repeated content to bypass.
BARE_LINK: list[Case] = [
    *(Case(rule, JAVADOC_FRAME, {"html": CT}, "glossary: nothing shows the lone link "
           "'gnu.gettext' repeats on another page, so whether a block of repeated content "
           "precedes 'Classes' needs judgement") for rule in _BYPASS_RULES),
    *(Case(rule, f'<a href="/">Home</a><div>{STORY}</div>', {"html": CT}, "glossary: a "
           "logo link alone may or may not repeat") for rule in _BYPASS_RULES),
    *(Case(rule, LINK_BAR + f'<div>{STORY}</div>', {"html": F}, "several links in a row "
           "lead to pages with the same bar: repeated content, and nothing bypasses it")
      for rule in _BYPASS_RULES),
    *(Case(rule, '<a href="/">Home</a><p>Tagline</p>' + NAV + f'<div>{STORY}</div>',
           {"html": F}, "a list of links before the story repeats, whatever the lone link "
           "before the tagline is") for rule in _BYPASS_RULES),
    Case("bypass", f'<nav><a href="/">Home</a></nav><div>{STORY}</div>', {"html": F},
         "a nav element marks its one link as navigation, repeated on the pages it leads to"),
    Case("bypass", f'<div role="banner"><a href="/">Home</a></div><div>{STORY}</div>',
         {"html": F}, "a banner landmark is site-wide content, repeated"),
    Case("bypass", '<a href="/">Home</a><br><a href="/news/">News</a><div>' + STORY
         + '</div>', {"html": F}, "links separated by line breaks are still in a row"),
    Case("bypass", f'<a href="/">Home</a><div>{STORY}</div>' + LINK_BAR, {"html": CT},
         "expectation: a link bar at the end, no content after it, leaves the lone opening "
         "link the only candidate"),
    Case("heading-for-main-content", f'<a href="/">Home</a><div><h1>Title</h1>{STORY}</div>',
         {"html": P}, "expectation: a heading starts the content after the link, whether "
         "or not the link repeats"),
]

#: CSS Cascade 4 explicit defaulting: with ``inherit`` the specified value is the parent's
#: computed value, not one declared in the element's style attribute. This was a strict
#: xfail expecting *failed*; resolving it from the cascade failed the development split's
#: inapplicable examples of 24afc2, 78fd32 and 9e45ec (docs/explanation/act-table.md went
#: inconsistent), so the blind pass's reading (test_act_blind_cases) stands.
INHERIT: list[Case] = [
    Case("letter-spacing-important", '<div style="font-size: 20px; letter-spacing: 1px"><p '
         'id="a" style="letter-spacing: inherit !important">Some text</p></div>', {},
         "applicability: the specified value (1px) is inherited, not declared in the p's "
         "style attribute"),
]

ALL = (CASES + SECOND + THIRD + FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH + TENTH
       + INHERIT + BARE_LINK)


@pytest.mark.parametrize("case", ALL, ids=case_ids(ALL))
def test_held_back_edge(case: Case) -> None:
    _judge(case)


def _judge(case: Case) -> None:
    found = case_verdicts(case)
    open_targets = {target for target, outcome in case.expected.items() if outcome == NF}
    for target in open_targets:
        assert found.pop(target, None) != F, case.reason
    assert found == {t: o for t, o in case.expected.items() if o != NF}, case.reason
