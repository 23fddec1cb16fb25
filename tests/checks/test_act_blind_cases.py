"""Blind cases: written from each ACT rule's normative text (``/work/shared/act/rules/<id>.md``)
and the specifications it cites (accname 1.2, HTML-AAM, WAI-ARIA 1.2, HTML, CSS) before reading
the rule's implementation, in shapes the development split does not use (whitespace and case in
attribute values, nesting, ARIA overriding HTML, hidden content, templates, SVG, edge numbers).

``SECOND`` is a second blind pass (session 31), written the same way without reading the first
list: 287 cases for the 46 rules consistent on the development split.

Each case: the Broadsheet rule, a page body, every judged element's outcome by ``#id`` (an
element absent from the map must not be judged: inapplicable), and one line of the rule text or
specification that decides it."""

from __future__ import annotations

import pytest
from rule_helpers import Case, case_ids, case_verdicts

P, F, CT = "passed", "failed", "cant_tell"

#: A block of repeated content: navigation linking to other pages of the site.
NAV = ('<nav><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li>'
       '<li><a href="/culture/">Culture</a></li></ul></nav>')

#: Text long enough to wrap at any usual width (78fd32 applies only with a soft wrap break).
LONG = " ".join(["The council met on Tuesday to discuss the harbour."] * 12)

#: A whole page, for the rules about the document element: ``{}`` takes its attributes.
PAGE = "<!DOCTYPE html><html{}><head><title>Page</title></head><body><p>Text</p></body></html>"

CASES: list[Case] = [
    # --- 97a4e1 Button has non-empty accessible name -------------------------------------
    Case("button-name", '<button id="a" aria-label=" ">Save</button>', {"#a": P},
         "accname 2C: a blank aria-label is skipped, so the name comes from content"),
    Case("button-name", '<button id="a"><span aria-hidden="true">&times;</span></button>',
         {"#a": F}, "accname 2A: hidden content not referenced adds nothing to the name"),
    Case("button-name", '<button id="a" title="Close"></button>', {"#a": P},
         "accname 2I: the tooltip attribute names an element nothing else names"),
    Case("button-name",
         '<input type="button" id="a"><input type="submit" id="b"><input type="reset" id="c">'
         '<input type="button" id="d" value="Go">',
         {"#a": F, "#b": P, "#c": P, "#d": P},
         "HTML-AAM: submit and reset have a default name, type=button has none"),
    Case("button-name", '<button id="a" role="presentation"></button>', {"#a": F},
         "semantic role, Conflict: a focusable button marked decorative keeps its implicit role"),
    Case("button-name", '<button id="a" role="none" disabled></button>', {},
         "a disabled button is not focusable and has no global ARIA: role none stands"),
    Case("button-name",
         '<button id="a" aria-labelledby="l"></button><span id="l" hidden>Save</span>',
         {"#a": P}, "accname 2B: hidden content referenced by aria-labelledby is used"),
    Case("button-name",
         '<div role="button" id="a"><span style="visibility:hidden">Go</span></div>',
         {"#a": F}, "accname 2A: visibility:hidden content is hidden, not part of the name"),
    Case("button-name", '<template><button id="a"></button></template>', {},
         "template contents are not rendered, not in the accessibility tree"),
    Case("button-name", '<button id="a" style="position:absolute;left:-9999px"></button>',
         {"#a": F}, "off-screen is not programmatically hidden: still included"),
    Case("button-name",
         '<button id="a"><span role="img" aria-label="Delete"></span></button>',
         {"#a": P}, "accname 2F: a child's own name (aria-label) enters name from content"),
    Case("button-name",
         '<div role="button" id="a" aria-labelledby="x y"></div><span id="x"></span>'
         '<span id="y" style="display:none">Go</span>',
         {"#a": P}, "accname 2B: every id of aria-labelledby, hidden ones included"),
    Case("button-name", '<div role="btn button" id="a"></div>', {"#a": F},
         "explicit role: the first valid token of the role attribute"),
    Case("button-name",
         '<button id="a" aria-hidden="true"></button><button id="b" style="display:none">'
         '</button><div hidden><button id="c"></button></div>', {},
         "applicability: included in the accessibility tree"),
    Case("button-name", '<div hidden style="display:block"><button id="a"></button></div>',
         {"#a": F}, "programmatically hidden: CSS display overriding hidden reveals the element"),
    Case("button-name", '<div aria-hidden="false"><button id="a"></button></div>', {"#a": F},
         "aria-hidden=false hides nothing"),
    Case("button-name", '<button id="a"><img src="a.png"></button>', {"#a": F},
         "HTML-AAM img: no alt and no title give no name"),
    Case("button-name", '<button id="a">  \n </button>', {"#a": F},
         "accessible names are trimmed: whitespace alone is empty"),
    Case("button-name", '<div role="button" id="a" aria-label="&#10;Next&#10;"></div>',
         {"#a": P}, "aria-label is trimmed, not blank"),
    Case("button-name", '<input type="image" id="a" src="a.png">', {},
         "applicability: except input elements of type image"),
    Case("button-name", '<button id="a"></button>', {"#a": P},
         "accname 2F.ii: CSS generated content takes part in name from content",
         head='<style>#a::before { content: "Next" }</style>'),
    # --- e086e5 Form field has non-empty accessible name ---------------------------------
    Case("form-field-name", '<input id="a"><label>Name <input id="b"></label>',
         {"#a": F, "#b": P}, "HTML-AAM: a wrapping label names the input"),
    Case("form-field-name", '<label for="A">Name</label><input id="a">', {"#a": F},
         "HTML: the for attribute matches an id case-sensitively"),
    Case("form-field-name", '<input id="a" placeholder="Search">', {"#a": P},
         "HTML-AAM input: placeholder is the last source of a name"),
    Case("form-field-name", '<input type="hidden" id="a">', {},
         "a hidden input is not in the accessibility tree"),
    Case("form-field-name",
         '<input type="color" id="a"><input type="date" id="b" title="Birthday">'
         '<input type="Week" id="c"><input type="TIME" id="d" aria-label="At">',
         {"#a": F, "#b": P, "#c": F, "#d": P},
         "applicability: input types color, date, time, week; type is case-insensitive"),
    Case("form-field-name", '<input type="checkbox" id="a" role="switch">', {"#a": F},
         "applicability: semantic role switch"),
    Case("form-field-name",
         '<select id="a"><option>One</option></select>'
         '<select id="b" size="4"><option>One</option></select>',
         {"#a": F, "#b": F}, "combobox and listbox do not take their name from content"),
    Case("form-field-name",
         '<textarea id="a" aria-labelledby="l"></textarea><div id="l" style="display:none">'
         'Notes</div>', {"#a": P}, "accname 2B: a hidden aria-labelledby target still names"),
    Case("form-field-name", '<div role="textbox" id="a" contenteditable>Hello</div>', {"#a": F},
         "ARIA 1.2: textbox does not support name from content"),
    Case("form-field-name", '<input id="a" disabled>', {"#a": F},
         "accessibility support: the rule still applies to disabled form fields"),
    Case("form-field-name", '<input id="a" aria-hidden="true"><input id="b" role="none">',
         {"#b": F}, "aria-hidden removes it; a focusable input keeps textbox in a role conflict"),
    Case("form-field-name", '<input type="button" id="a"><div role="option" id="b"></div>', {},
         "button and option are not form field roles"),
    Case("form-field-name",
         '<input type="range" id="a" aria-label="Volume"><input type="number" id="b">'
         '<input type="search" id="c"><input type="email" id="d"><input type="foo" id="e">',
         {"#a": P, "#b": F, "#c": F, "#d": F, "#e": F},
         "slider, spinbutton, searchbox, textbox (an unknown type is text)"),
    Case("form-field-name", '<div role="menuitemcheckbox" id="a" aria-checked="false">Bold</div>',
         {"#a": P}, "menuitemcheckbox supports name from content"),
    Case("form-field-name", '<label for="a"> </label><input id="a">', {"#a": F},
         "a blank label gives an empty name"),
    Case("form-field-name",
         '<label for="a"></label><label for="a">Email</label><input id="a">', {"#a": P},
         "HTML-AAM: the text of every associated label"),
    Case("form-field-name", '<label for="a">Name</label><div hidden><input id="a"></div>', {},
         "an input inside hidden content is not in the accessibility tree"),
    Case("form-field-name", '<input id="a" aria-describedby="d"><p id="d">Your name</p>',
         {"#a": F}, "a description is not a name"),
    Case("form-field-name", '<input id="a" value="prefilled">', {"#a": F},
         "a textbox's value is not its name"),
    Case("form-field-name", '<input type="password" id="a"><input type="checkbox" id="b" '
         'title="Remember me">', {"#a": F, "#b": P},
         "applicability: password; accname 2I title names the checkbox"),
    # --- c487ae Link has non-empty accessible name ----------------------------------------
    Case("link-name", '<a href="/" id="a"></a><a id="b">text</a>', {"#a": F},
         "HTML-AAM: a without href is generic, not a link"),
    Case("link-name", '<a href="/" id="a"><img src="a.png" alt=""></a>', {"#a": F},
         "a decorative image gives no name"),
    Case("link-name", '<a href="/" id="a" title="Home"></a>', {"#a": P}, "accname 2I"),
    Case("link-name", '<div role="link" id="a"></div><a href="/" id="b" role="button"></a>',
         {"#a": F}, "explicit role link applies; role button makes a link not a link"),
    Case("link-name", '<a href="/" id="a" role="presentation"></a>', {"#a": F},
         "Conflict: a focusable link marked decorative keeps its implicit role"),
    Case("link-name",
         '<map name="m"><area href="/" id="a"><area href="/b" alt="Back" id="b"></map>'
         '<img usemap="#m" src="a.png" alt="Map">', {"#a": F, "#b": P},
         "HTML-AAM area: named by alt"),
    Case("link-name",
         '<div role="doc-backlink" id="a"></div><span role="doc-noteref" id="b">1</span>',
         {"#a": F, "#b": P}, "inheriting semantic link: DPUB roles that inherit from link"),
    Case("link-name", '<a href="/" id="a"><span aria-hidden="true">&rarr;</span></a>', {"#a": F},
         "accname 2A: hidden content adds nothing"),
    Case("link-name", '<a href="/" id="a"><svg role="img" aria-label="Home"></svg></a>',
         {"#a": P}, "accname 2F: the child's own name"),
    Case("link-name", '<a href="" id="a">Top</a>', {"#a": P},
         "HTML-AAM: an empty href still makes a link"),
    Case("link-name", '<svg><a href="/" id="a"><circle r="5"></circle></a></svg>', {},
         "applicability: HTML elements; an SVG a element is not one"),
    Case("link-name", '<a href="/" id="a" aria-label="   ">Go</a>', {"#a": P},
         "accname 2C: a blank aria-label is skipped"),
    # --- m6b1q3 Menuitem has non-empty accessible name -----------------------------------
    Case("menuitem-name",
         '<div role="menu"><div role="menuitem" id="a"></div>'
         '<div role="menuitem" id="b">Open</div><li role="menuitem" id="c" aria-label="Save">'
         '</li><div role="menuitem" id="d" title="Copy"></div></div>',
         {"#a": F, "#b": P, "#c": P, "#d": P}, "menuitem supports name from content"),
    Case("menuitem-name",
         '<div role="menuitemcheckbox" id="a"></div><div role="menuitem" id="b" hidden></div>',
         {}, "applicability: semantic menuitem included in the accessibility tree"),
    Case("menuitem-name", '<button role="menuitem" id="a"><img src="a" alt=""></button>'
         '<div role="xyz menuitem" id="b"></div>', {"#a": F, "#b": F},
         "explicit role menuitem on a button; first valid token"),
    # --- 2t702h Summary element has non-empty accessible name ----------------------------
    Case("summary-name",
         '<details><summary id="a"></summary>x</details>'
         '<details><summary id="b">More</summary></details>', {"#a": F, "#b": P},
         "expectation: a non-empty name"),
    Case("summary-name",
         '<details><p>x</p><summary id="a">More</summary></details>'
         '<details><summary id="b">A</summary><summary id="c"></summary></details>',
         {"#a": P, "#b": P},
         "HTML: the details' summary is its first summary child, not necessarily first child"),
    Case("summary-name", '<summary id="a"></summary>', {},
         "a summary outside details is no summary button"),
    Case("summary-name",
         '<details><summary id="a" role="button"></summary></details>'
         '<details><summary id="b" role="none"></summary></details>', {"#b": F},
         "an explicit role excludes it unless ignored by a presentational role conflict"),
    Case("summary-name",
         '<details><summary id="a" aria-label="Details"></summary></details>'
         '<details><summary id="b" title="More"></summary></details>'
         '<details><summary id="c"><span aria-hidden="true">x</span></summary></details>',
         {"#a": P, "#b": P, "#c": F}, "accname: aria-label, title; hidden content"),
    Case("summary-name", '<details style="display:none"><summary id="a"></summary></details>',
         {}, "applicability: included in the accessibility tree"),
    # --- 59796f Image button has non-empty accessible name -------------------------------
    Case("input-image-alt",
         '<input type="image" id="a" src="a.png" alt="Search">'
         '<input type="image" id="b" src="a.png">'
         '<input type="IMAGE" id="c" src="a.png" alt="Go">', {"#a": P, "#b": F, "#c": P},
         "the default name Submit Query fails; the type keyword is case-insensitive"),
    Case("input-image-alt",
         '<input type="image" id="a" src="a.png" aria-labelledby="x"><span id="x">Send</span>',
         {"#a": P}, "HTML-AAM input image: aria-labelledby first"),
    Case("input-image-alt",
         '<input type="image" id="a" src="a" alt="Go" hidden>'
         '<input type="image" id="b" src="a" aria-hidden="true">', {},
         "applicability: included in the accessibility tree"),
    Case("input-image-alt",
         '<input type="image" id="a" src="a" role="presentation">'
         '<input type="image" id="b" src="a" disabled>', {"#a": F, "#b": F},
         "a focusable image button keeps its role; disabled ones stay in the tree"),
    # --- 8fc3b6 Object element rendering non-text content has non-empty accessible name -
    Case("object-alt",
         '<object id="a" data="a.png" type="image/png"></object>'
         '<object id="b" data="a.png" type="image/png" aria-label="Chart"></object>'
         '<object id="c" data="a.png" type="image/png" title="Chart"></object>'
         '<object id="d" data="a.mp4" type="video/mp4"></object>',
         {"#a": F, "#b": P, "#c": P, "#d": F}, "image, audio or video MIME types apply"),
    Case("object-alt",
         '<object id="a" data="a.html" type="text/html"></object>'
         '<object id="b" data="a.png" type="image/png" role="img"></object>'
         '<object id="c" data="a.png" type="image/png" aria-hidden="true"></object>'
         '<object id="d" data="a.mp3" type="audio/mpeg" role="presentation"></object>', {},
         "applicability: no explicit role, included, image/audio/video"),
    Case("object-alt", '<object id="a" data="a.png" type="IMAGE/PNG"></object>', {"#a": F},
         "MIME types are case-insensitive"),
    Case("object-alt",
         '<object id="a" data="a.png" type="image/png" aria-labelledby="c"></object>'
         '<p id="c">Sales</p>', {"#a": P}, "accname 2B"),
    # --- 7d6734 SVG element with explicit role has non-empty accessible name -------------
    Case("svg-img-alt",
         '<svg id="a" role="img"><circle r="5"></circle></svg>'
         '<svg id="b" role="img"><title>Logo</title></svg>'
         '<svg id="c" role="img" aria-label="Logo"></svg><svg id="d"><title>Logo</title></svg>',
         {"#a": F, "#b": P, "#c": P}, "SVG-AAM: a title child names; no explicit role: none"),
    Case("svg-img-alt",
         '<svg><circle id="a" role="graphics-symbol" r="5"></circle>'
         '<g id="b" role="graphics-document"></g></svg>', {"#a": F, "#b": F},
         "applicability: graphics-symbol and graphics-document on any SVG element"),
    Case("svg-img-alt",
         '<svg id="a" role="img" aria-hidden="true"></svg>'
         '<svg id="b" role="img" style="display:none"></svg><div role="img" id="c"></div>', {},
         "applicability: SVG elements included in the accessibility tree"),
    Case("svg-img-alt",
         '<svg id="a" role="img"><desc>Logo</desc></svg>'
         '<svg id="b" role="img"><text x="0" y="10">Logo</text></svg>'
         '<svg id="c" role="img"><title>  </title></svg>'
         '<svg id="d" role="img"><g><title>Logo</title></g></svg>',
         {"#a": F, "#b": F, "#c": F, "#d": F},
         "desc describes; img takes no name from content; only a child title names"),
    Case("svg-img-alt",
         '<svg id="a" role="img" aria-labelledby="t"><text id="t" y="9">Logo</text></svg>',
         {"#a": P}, "accname 2B"),
    # --- 23a2a8 Image has non-empty accessible name --------------------------------------
    Case("image-alt",
         '<img id="a" src="a.png"><img id="b" src="a.png" alt="">'
         '<img id="c" src="a.png" role="presentation"><img id="d" src="a.png" title="Sun">',
         {"#a": F, "#b": P, "#c": P, "#d": P},
         "a name, or the semantic role none/presentation"),
    Case("image-alt",
         '<img id="a" src="a.png" role="none" aria-label="x">'
         '<img id="b" src="a.png" role="none" tabindex="0">',
         {"#a": P, "#b": F}, "Conflict: a global ARIA attribute or focus restores role img"),
    Case("image-alt", '<div role="img" id="a"></div><span role="img" id="b" aria-label="3 stars">'
         '</span>', {"#a": F, "#b": P}, "HTML elements with semantic img"),
    Case("image-alt",
         '<img id="a" src="a.png" style="display:none"><img id="b" src="a" aria-hidden="true">'
         '<img id="c" src="a.png" style="visibility:hidden">'
         '<div aria-hidden="true"><img id="d" src="a"></div>'
         '<template><img id="e" src="a"></template>', {},
         "applicability: except programmatically hidden"),
    Case("image-alt", '<img id="a" src="a.png" style="position:absolute;left:-9999px">',
         {"#a": F}, "off-screen is not programmatically hidden"),
    Case("image-alt", '<svg><image id="a" href="a.png"></image></svg><svg id="b" role="img">'
         '</svg>', {}, "applicability: HTML img elements and HTML elements"),
    Case("image-alt", '<img id="a" src="a.png" alt="" role="img">', {"#a": F},
         "explicit img: not marked decorative, and alt is empty"),
    Case("image-alt",
         '<picture><img id="a" src="a.png" alt="Sun"></picture>'
         '<img id="b" src="a.png" aria-labelledby="l"><span id="l" hidden>Sun</span>'
         '<img id="c" src="a.png" role="presentation" alt="Logo">',
         {"#a": P, "#b": P, "#c": P}, "alt, aria-labelledby; alt is no global attribute"),
    # --- cae760 Iframe element has non-empty accessible name -----------------------------
    Case("frame-title",
         '<iframe id="a" src="a.html"></iframe><iframe id="b" src="a.html" title="Ads"></iframe>'
         '<iframe id="c" src="a.html" aria-label="Map"></iframe>'
         '<iframe id="d" src="a.html" title="  "></iframe>',
         {"#a": F, "#b": P, "#c": P, "#d": F}, "expectation: a non-empty name"),
    Case("frame-title",
         '<iframe id="a" src="a.html" tabindex="-1"></iframe>'
         '<iframe id="b" src="a.html" role="presentation"></iframe>'
         '<iframe id="c" src="a.html" tabindex="-1foo"></iframe>'
         '<iframe id="d" src="a.html" tabindex=" -2"></iframe>'
         '<iframe id="e" hidden></iframe><iframe id="f" aria-hidden="true"></iframe>', {},
         "negative tabindex (parsed as an integer: leading spaces and trailing junk) or decorative"),
    Case("frame-title",
         '<iframe id="a" src="a.html" tabindex="0"></iframe>'
         '<iframe id="b" srcdoc="&lt;p&gt;x" name="Map"></iframe>'
         '<iframe id="c" src="a.html" tabindex="-0"></iframe>',
         {"#a": F, "#b": F, "#c": F}, "the name attribute is not a name; -0 is not negative"),
    # --- 2ee8b8 Visible label is part of accessible name ---------------------------------
    Case("label-in-name",
         '<button id="a" aria-label="Send message">Send</button>'
         '<button id="b" aria-label="Message send">Send message</button>'
         '<button id="c" aria-label="Go">Search</button>', {"#a": P, "#b": F, "#c": F},
         "label in name: a contiguous subsequence of the name's words"),
    Case("label-in-name",
         '<a href="/" id="a" aria-label="Read more (about cats)">Read more</a>'
         '<button id="b" aria-label="next page">Next&nbsp;Page</button>'
         '<button id="c" aria-label="Download report">Download - report</button>'
         '<button id="d" aria-label="Sign in">SIGN IN</button>',
         {"#a": P, "#b": P, "#c": P, "#d": P},
         "tokenize: parentheses removed, case folded, non letters are spaces, NBSP is space"),
    Case("label-in-name",
         '<button id="a" aria-label="Search">Search <span aria-hidden="true">&#x1F50D;</span>'
         '</button>', {"#a": P}, "tokenize: an emoji is not a letter or digit"),
    Case("label-in-name",
         '<div role="button" id="a" aria-labelledby="l">Submit</div><span id="l">Submit form'
         '</span>', {"#a": P}, "applicability: aria-labelledby too"),
    Case("label-in-name",
         '<button id="a" aria-label="Submit"><img src="a" alt="Submit"></button>'
         '<h2 id="b" aria-label="x">Title</h2><div role="textbox" id="c" aria-label="x">abc</div>'
         '<button id="d">Plain</button>', {},
         "applicability: visible text, a widget with name from content, aria-label(ledby)"),
    Case("label-in-name",
         '<div role="checkbox" id="a" aria-checked="false" aria-label="Accept terms">'
         'Accept the terms</div>', {"#a": F}, "contiguous: no word missing in the middle"),
    Case("label-in-name",
         '<button id="a" aria-label="Save">Save<span style="display:none"> now</span></button>',
         {"#a": P}, "visible inner text: a not rendered element is empty"),
    Case("label-in-name",
         '<div role="tab" id="a" aria-label="Settings tab">Settings</div>'
         '<div role="tab" id="b" aria-label="Tab settings">Settings panel</div>',
         {"#a": P, "#b": F}, "tab is a widget with name from content"),
    Case("label-in-name", '<button id="a" aria-label="  ">Go</button>', {"#a": P},
         "the name falls back to content, which contains the label"),
    Case("label-in-name",
         '<button id="a" aria-label="Sign in">Sign<span>in</span></button>'
         '<button id="b" aria-label="Sign in">Sign<div>in</div></button>'
         '<button id="c" aria-label="Next page">Next<br>page</button>',
         {"#a": F, "#b": P, "#c": P},
         "visible inner text: inline spans join words, blocks and br separate them"),
    Case("label-in-name", '<button id="a" aria-label="&#xFB01;le">file</button>', {"#a": P},
         "tokenize: normalization form KD turns the fi ligature into f, i"),
    # --- bc4a75 ARIA required owned elements ---------------------------------------------
    Case("aria-required-children",
         '<div role="list" id="a"><div role="listitem">x</div></div>'
         '<div role="list" id="b"><div role="option">x</div></div>'
         '<div role="list" id="c"><button>x</button></div>', {"#a": P, "#b": F, "#c": F},
         "expectation: only owns elements of a required owned element role"),
    Case("aria-required-children",
         '<div role="list" id="a"><div role="presentation"><div role="listitem">x</div></div>'
         '</div><div role="list" id="b" aria-owns="i"></div><div role="listitem" id="i">x</div>',
         {"#a": P, "#b": P}, "owned by: a child in the accessibility tree, aria-owns included"),
    Case("aria-required-children",
         '<div role="list" id="a" aria-busy="true"><div role="option">x</div></div>'
         '<div aria-busy="true"><div role="list" id="b"><div role="option">x</div></div></div>',
         {}, "applicability: except with an inclusive ancestor with aria-busy true"),
    Case("aria-required-children",
         '<div role="list" id="a"><div role="option" aria-hidden="true">x</div>'
         '<div role="listitem">y</div></div>', {"#a": P},
         "a hidden element is no child in the accessibility tree"),
    Case("aria-required-children",
         '<div role="grid" id="a"><div role="rowgroup" id="g"><div role="row" id="r">'
         '<div role="gridcell">x</div></div></div></div>',
         {"#a": P, "#g": P, "#r": P}, "ARIA 1.2: grid owns rowgroup > row > gridcell"),
    Case("aria-required-children",
         '<div role="table" id="a"><div role="cell">x</div></div>'
         '<div role="table" id="b"><div role="rowgroup" id="g"><div role="cell">x</div></div>'
         '</div>', {"#a": F, "#b": F, "#g": F},
         "table: row or rowgroup > row; a rowgroup owning cells fails itself and its table"),
    Case("aria-required-children",
         '<ul id="a"><li>x</li><div role="listitem">y</div></ul><ul id="b"><p>x</p></ul>',
         {"#a": P, "#b": F}, "implicit list; a paragraph is not a listitem"),
    Case("aria-required-children",
         '<div role="listbox" id="a"><div role="option">a</div><div role="group" id="g">'
         '<div role="option">b</div></div></div>', {"#a": P},
         "listbox: group > option, option; group itself has no required owned elements"),
    Case("aria-required-children",
         '<div role="tablist" id="a"><div role="tab">x</div><div role="tabpanel">y</div></div>'
         '<div role="radiogroup" id="b"><div role="option">x</div></div>', {"#a": F, "#b": F},
         "ARIA 1.2: tablist owns tabs only, radiogroup radios only"),
    Case("aria-required-children",
         '<div role="feed" id="a"><div role="article">x</div></div>'
         '<div role="feed" id="b"><div role="listitem">x</div></div>'
         '<div role="list" id="c" style="display:none"><div role="option">x</div></div>',
         {"#a": P, "#b": F}, "feed owns articles; a hidden list is not in the tree"),
    # --- ff89c9 ARIA required context role -----------------------------------------------
    Case("aria-required-parent",
         '<div role="listitem" id="a">x</div><div role="listitem" id="a2">y</div>'
         '<div role="list"><div role="listitem" id="b">x</div></div>',
         {"#a": F, "#a2": F, "#b": P}, "expectation: a child of a required context role"),
    Case("aria-required-parent", '<ul><li role="listitem" id="a">x</li></ul>'
         '<table><tr><td role="cell" id="b">x</td></tr></table>', {},
         "applicability: except an explicit role identical to the implicit one"),
    Case("aria-required-parent",
         '<div role="list"><div role="presentation"><div role="none">'
         '<div role="listitem" id="a">x</div></div></div></div>'
         '<div role="list" aria-owns="b"></div><div role="listitem" id="b">x</div>',
         {"#a": P, "#b": P}, "child in the accessibility tree: presentational nodes and aria-owns"),
    Case("aria-required-parent",
         '<div role="tab" id="a">x</div><div role="tablist"><div role="tab" id="b">y</div></div>',
         {"#a": F, "#b": P}, "tab requires tablist"),
    Case("aria-required-parent",
         '<div role="row" id="a"><div role="cell" id="b">x</div></div>'
         '<div role="table"><div role="row" id="c"><div role="cell" id="d">x</div></div></div>',
         {"#a": F, "#b": P, "#c": P, "#d": P}, "row requires table (or grid, rowgroup...)"),
    Case("aria-required-parent",
         '<div role="menu"><div role="group"><div role="menuitem" id="a">x</div></div></div>'
         '<div role="tree"><div role="group"><div role="treeitem" id="b">x</div></div></div>',
         {"#a": P, "#b": P}, "menuitem and treeitem take group as context"),
    Case("aria-required-parent",
         '<div role="listitem" id="a" aria-hidden="true">x</div>'
         '<div role="list" aria-hidden="true"><div role="listitem" id="b">x</div></div>'
         '<div role="list"><div role="listitem" id="c" style="display:none">x</div></div>', {},
         "applicability: included in the accessibility tree"),
    Case("aria-required-parent",
         '<ul><div role="listitem" id="a">x</div></ul>'
         '<div role="feed"><div role="listitem" id="b">x</div></div>'
         '<div role="option" id="c">x</div>', {"#a": P, "#b": F, "#c": F},
         "implicit list counts; feed is a subclass of list but no context role"),
    Case("aria-required-parent",
         '<div role="list"><div role="none" tabindex="0"><div role="listitem" id="a">x</div>'
         '</div></div>', {"#a": F},
         "Conflict: a focusable role=none element is exposed, so it is the listitem's parent"),
    # --- 5c01ea ARIA state or property is permitted --------------------------------------
    Case("aria-allowed-attr",
         '<div role="button" id="a" aria-pressed="true">x</div>'
         '<div role="button" id="b" aria-checked="true">x</div>'
         '<input type="checkbox" id="c" aria-required="true">', {"#a": P, "#b": F, "#c": P},
         "ARIA 1.2 supported states: button has aria-pressed, not aria-checked"),
    Case("aria-allowed-attr",
         '<div id="a" aria-expanded="true">x</div><button id="b" aria-expanded="false">x</button>'
         '<a href="/" id="c" aria-pressed="true">x</a>', {"#a": F, "#b": P, "#c": F},
         "aria-expanded is not global in ARIA 1.2; link has no aria-pressed"),
    Case("aria-allowed-attr",
         '<div role="slider" id="a" aria-valuenow="5" aria-orientation="vertical"></div>'
         '<h2 id="b" aria-level="3">x</h2><input type="text" id="c" aria-checked="true">',
         {"#a": P, "#b": P, "#c": F}, "slider: orientation; heading: level; textbox: no checked"),
    Case("aria-allowed-attr",
         '<div role="button" id="a" aria-hidden="true" aria-checked="true">x</div>', {},
         "applicability: on an element included in the accessibility tree"),
    Case("aria-allowed-attr",
         '<table><tr><th id="a" aria-sort="ascending">Name</th></tr>'
         '<tr><td id="b" aria-sort="ascending">x</td></tr></table>', {"#a": P, "#b": F},
         "aria-sort is a columnheader property, not a cell's"),
    Case("aria-allowed-attr",
         '<div role="dialog" id="a" aria-modal="true">x</div>'
         '<div role="textbox" id="b" aria-multiline="true" aria-placeholder="x"></div>'
         '<div role="grid"><div role="row" id="c" aria-expanded="true"><div role="gridcell" '
         'id="d" aria-selected="true">x</div></div></div>',
         {"#a": P, "#b": P, "#c": P, "#d": P}, "properties supported by each role"),
    # --- kb1m8s ARIA global properties not used where prohibited -------------------------
    Case("aria-prohibited-attr",
         '<strong id="a" aria-label="x">y</strong><b id="b" aria-label="x">y</b>'
         '<div role="caption" id="c" aria-label="x">y</div>'
         '<div role="deletion" id="d" aria-labelledby="c">y</div>',
         {"#a": F, "#b": F, "#c": F, "#d": F},
         "ARIA 1.2: strong, generic, caption, deletion prohibit naming"),
    Case("aria-prohibited-attr",
         '<div role="presentation" id="a" aria-label="x">y</div>', {"#a": F},
         "Conflict: the global attribute restores generic, which prohibits aria-label"),
    Case("aria-prohibited-attr",
         '<div role="group" id="a" aria-label="x">y</div><section id="b" aria-label="x">y</section>'
         '<span id="c" role="img" aria-label="x"></span><div id="d" aria-describedby="c">y</div>',
         {"#a": P, "#b": P, "#c": P, "#d": P}, "naming allowed; aria-describedby not prohibited"),
    Case("aria-prohibited-attr",
         '<div id="a" aria-label="x" aria-hidden="true">y</div>'
         '<div id="b" aria-label="x" style="visibility:hidden">y</div>', {},
         "applicability: included in the accessibility tree"),
    # --- 6a7281 ARIA state or property has valid value -----------------------------------
    Case("aria-valid-attr-value",
         '<div role="checkbox" id="a" aria-checked="yes">x</div>'
         '<div role="checkbox" id="b" aria-checked="mixed">x</div>'
         '<div role="button" id="c" aria-pressed="">x</div>', {"#a": F, "#b": P},
         "tristate values; an empty value is inapplicable"),
    Case("aria-valid-attr-value",
         '<div role="slider" id="a" aria-valuenow="5.5"></div>'
         '<div role="slider" id="b" aria-valuenow="five"></div>'
         '<h2 id="c" aria-level="2.5">x</h2>', {"#a": P, "#b": F, "#c": F},
         "number takes a fraction, integer does not"),
    Case("aria-valid-attr-value",
         '<div id="a" aria-live="loud">x</div><div id="b" aria-live="polite">x</div>'
         '<div id="c" aria-hidden="maybe">x</div>', {"#a": F, "#b": P, "#c": F},
         "token values from the attribute's list"),
    Case("aria-valid-attr-value",
         '<div id="a" aria-relevant="additions text">x</div>'
         '<div id="b" aria-relevant="additions foo">x</div>', {"#a": P, "#b": F},
         "token list: every token from the list"),
    Case("aria-valid-attr-value",
         '<div role="tablist"><div role="tab" id="a" aria-controls="p1 p2">x</div></div>',
         {"#a": P}, "exception: ID references need not exist"),
    Case("aria-valid-attr-value",
         '<button id="a" aria-haspopup="listbox">x</button>'
         '<button id="b" aria-haspopup="yes">x</button>'
         '<div role="textbox" id="c" aria-autocomplete="on"></div>', {"#a": P, "#b": F, "#c": F},
         "aria-haspopup and aria-autocomplete tokens"),
    Case("aria-valid-attr-value",
         '<div role="grid" id="a" aria-rowcount="-1"></div>'
         '<div role="list"><div role="listitem" id="b" aria-setsize="-1">x</div></div>',
         {"#a": P, "#b": P}, "integer: -1 is an integer"),
    Case("aria-valid-attr-value",
         '<svg><circle id="a" role="img" aria-label="x" aria-busy="nope" r="1"></circle></svg>',
         {"#a": F}, "applicability: HTML or SVG elements"),
    Case("aria-valid-attr-value",
         '<div id="a" aria-current="page">x</div><input id="b" aria-invalid="spelling">',
         {"#a": P, "#b": P}, "aria-current and aria-invalid tokens"),
    # --- 4e8ab6 Element with role attribute has required states and properties -----------
    Case("aria-required-attr",
         '<div role="checkbox" id="a">x</div><div role="checkbox" id="b" aria-checked="">x</div>'
         '<div role="checkbox" id="c" aria-checked="false">x</div>',
         {"#a": F, "#b": F, "#c": P}, "required states set and not empty"),
    Case("aria-required-attr",
         '<input type="checkbox" role="checkbox" id="a"><h2 role="heading" id="b">x</h2>', {},
         "applicability: except an explicit role identical to the implicit one"),
    Case("aria-required-attr",
         '<div role="slider" id="a"></div><div role="slider" id="b" aria-valuenow="5"></div>'
         '<div role="heading" id="c">Title</div>', {"#a": F, "#b": P, "#c": F},
         "slider requires aria-valuenow; 'the only ... required property with a default value "
         "are the option and tab roles' (4e8ab6 background), so heading needs aria-level"),
    Case("aria-required-attr",
         '<div role="scrollbar" id="a" aria-controls="x" aria-valuenow="5"></div>'
         '<div role="scrollbar" id="b" aria-valuenow="5"></div>'
         '<div role="meter" id="c"></div>', {"#a": P, "#b": F, "#c": F},
         "ARIA 1.2: scrollbar requires aria-controls and aria-valuenow; meter aria-valuenow"),
    Case("aria-required-attr",
         '<div role="checkbox" id="a" aria-hidden="true"></div>', {},
         "applicability: included in the accessibility tree"),
    Case("aria-required-attr",
         '<div role="radio" id="a" aria-checked="true">x</div>'
         '<div role="menuitemradio" id="b">x</div><div role="xyz checkbox" id="c">x</div>',
         {"#a": P, "#b": F, "#c": F}, "radio and menuitemradio require aria-checked"),
    Case("aria-required-attr",
         '<div role="separator" id="a" tabindex="0"></div><div role="separator" id="b"></div>',
         {"#a": F, "#b": P}, "ARIA 1.2 separator: aria-valuenow required if focusable"),
    # --- 6cfa84 Element with aria-hidden has no content in sequential focus navigation -----
    Case("aria-hidden-focus",
         '<div aria-hidden="true" id="a"><a href="/">x</a></div>'
         '<div aria-hidden="true" id="b"><a href="/" tabindex="-1">x</a></div>'
         '<div aria-hidden="true" id="c"><button disabled>x</button></div>'
         '<div aria-hidden="true" id="d"><input type="hidden"></div>',
         {"#a": F, "#b": P, "#c": P, "#d": P}, "sequential focus navigation only"),
    Case("aria-hidden-focus",
         '<div aria-hidden="true" id="a"><a href="/" style="display:none">x</a></div>'
         '<div aria-hidden="true" id="b"><a>no href</a></div>'
         '<div aria-hidden="true" id="c"><a href="/" style="visibility:hidden">x</a></div>',
         {"#a": P, "#b": P, "#c": P}, "not rendered, not focusable, invisible"),
    Case("aria-hidden-focus",
         '<div aria-hidden="true" id="a"><div aria-hidden="false"><button>x</button></div></div>'
         '<button aria-hidden="true" id="b">x</button>', {"#a": F, "#b": F},
         "aria-hidden=false does not re-expose; inclusive descendant"),
    Case("aria-hidden-focus",
         '<div aria-hidden="true" id="a"><div tabindex="0">x</div></div>'
         '<div aria-hidden="true" id="b"><details><summary>More</summary></details></div>'
         '<div aria-hidden="true" id="c"><div contenteditable>x</div></div>',
         {"#a": F, "#b": F, "#c": F}, "tabindex 0, a summary, an editing host are focusable"),
    Case("aria-hidden-focus",
         '<div aria-hidden="true" id="a"><fieldset disabled><input></fieldset></div>'
         '<div aria-hidden="true" id="b" inert><button>x</button></div>'
         '<div aria-hidden="true" id="c"><button hidden>x</button></div>'
         '<div aria-hidden="true" id="d"><template><button>x</button></template></div>',
         {"#a": P, "#b": P, "#c": P, "#d": P}, "disabled, inert, hidden, template: not focusable"),
    Case("aria-hidden-focus",
         '<div aria-hidden="true" id="a"><a href="/" tabindex="-1x">x</a></div>'
         '<div aria-hidden="true" id="b"><a href="/" tabindex="">x</a></div>',
         {"#a": P, "#b": F}, "rules for parsing integers: -1x is -1; an empty tabindex is null"),
    Case("aria-hidden-focus",
         '<div aria-hidden="true" id="a"><div aria-hidden="true" id="b"><a href="/">x</a></div>'
         '</div>', {"#a": F, "#b": F}, "every element with aria-hidden true is a target"),
    # --- 307n5z Element with presentational children has no focusable content -----------
    Case("nested-interactive",
         '<button id="a"><a href="/">x</a></button>'
         '<div role="checkbox" id="b" aria-checked="false"><input type="checkbox"></div>'
         '<div role="tab" id="c"><div tabindex="0">x</div></div>'
         '<div role="img" id="d"><a href="/">x</a></div>',
         {"#a": F, "#b": F, "#b > input": P, "#c": F, "#d": F},
         "descendants in sequential focus navigation; the inner checkbox is a target too"),
    Case("nested-interactive",
         '<div role="button" id="a" tabindex="0"><span tabindex="-1">x</span></div>'
         '<div role="option" id="b"><button tabindex="-1">x</button></div>'
         '<div role="progressbar" id="c"></div><div role="separator" id="d"></div>'
         '<div role="button" id="e"><button disabled>x</button>'
         '<a href="/" style="display:none">y</a></div>',
         {"#a": P, "#b": P, "#b > button": P, "#c": P, "#d": P, "#e": P, "#e > button": P},
         "nothing in sequential focus navigation (inner buttons are targets themselves)"),
    Case("nested-interactive", '<div role="link" id="a"><button>x</button></div>',
         {"#a > button": P}, "link does not have presentational children; button does"),
    Case("nested-interactive",
         '<div role="menuitemcheckbox" id="a" aria-checked="true"><span contenteditable>x</span>'
         '</div><svg role="img" id="b"><a href="/"><text>x</text></a></svg>', {"#a": F, "#b": F},
         "an editing host; an SVG link inside an SVG img"),
    # --- 46ca7f Element marked as decorative is not exposed ------------------------------
    Case("presentation-role-conflict",
         '<img src="a.png" alt="" id="a"><div role="none" id="b">x</div>'
         '<nav role="presentation" id="c"><a href="/">x</a></nav>'
         '<ul role="none" id="d"><li>x</li></ul>', {"#a": P, "#b": P, "#c": P, "#d": P},
         "marked decorative, neither focusable nor carrying global ARIA"),
    Case("presentation-role-conflict",
         '<button role="none" id="a">x</button><button role="none" id="b" disabled>x</button>'
         '<a href="/" role="none" id="c">x</a><div role="none" id="d" tabindex="-1">x</div>',
         {"#a": F, "#b": P, "#c": F, "#d": F}, "a focusable element keeps its role (Conflict)"),
    Case("presentation-role-conflict",
         '<span role="none" id="a" aria-live="polite">x</span>'
         '<h1 role="none" id="b" style="display:none">x</h1>'
         '<div role="presentation" id="c" aria-hidden="true" tabindex="0">x</div>',
         {"#a": F, "#b": P, "#c": P}, "global ARIA exposes; hidden elements are not exposed"),
    Case("presentation-role-conflict",
         '<div role="button presentation" id="a">x</div><div role="foo none" id="b">x</div>',
         {"#b": P}, "explicit role: the first valid token"),
    # --- in6db8 ARIA required ID references exist ----------------------------------------
    Case("aria-valid-idref",
         '<div role="combobox" id="a" aria-expanded="true" aria-controls="lb"></div>'
         '<div role="listbox" id="lb"></div>'
         '<div role="combobox" id="b" aria-expanded="true" aria-controls="nope"></div>'
         '<div role="combobox" id="c" aria-expanded="false" aria-controls="nope"></div>'
         '<div role="combobox" id="d" aria-expanded="true" aria-controls="nope lb"></div>',
         {"#a": P, "#b": F, "#d": P}, "an expanded combobox; at least one of the IDs exists"),
    Case("aria-valid-idref",
         '<div role="scrollbar" id="a" aria-controls="LB" aria-valuenow="0"></div>'
         '<div id="lb"></div><div role="scrollbar" id="b" aria-controls=" " aria-valuenow="0">'
         '</div>', {"#a": F, "#b": F}, "IDs match case-sensitively; one or more IDs"),
    Case("aria-valid-idref",
         '<input role="combobox" id="a" aria-expanded="true" aria-controls="x">'
         '<template><div id="x"></div></template>', {"#a": F},
         "template contents are not in the same document tree"),
    Case("aria-valid-idref",
         '<div role="combobox" id="a" aria-expanded="true" aria-controls="x" hidden></div>'
         '<div id="x"></div><div role="combobox" id="b" aria-expanded="true" aria-controls="b">'
         '</div>', {"#a": P, "#b": P},
         "applicability does not need the accessibility tree; any element with the id"),
    Case("aria-valid-idref",
         '<select id="a" aria-expanded="true" aria-controls="zz"><option>x</option></select>'
         '<svg><g role="scrollbar" id="b" aria-controls="zz"></g></svg>', {"#a": F},
         "a select is a semantic combobox; only HTML elements apply"),
    # --- d0f69e Table header cell has assigned cells --------------------------------------
    Case("th-has-data-cells",
         '<table><tr><th id="a">Name</th><th id="b">Age</th></tr><tr><td>x</td></tr></table>',
         {"#a": P, "#b": F}, "HTML table model: a column with no data cell assigns none"),
    Case("th-has-data-cells",
         '<table><tr><td></td><th id="a">Col</th></tr><tr><th id="b">Row</th><td>1</td></tr>'
         '</table><table><tr><th id="c" colspan="2">Both</th></tr><tr><td>1</td><td>2</td></tr>'
         '</table>', {"#a": P, "#b": P, "#c": P},
         "An empty corner td: browsers (Chromium) expose #a as a column header, assigned to the "
         "cell below; by HTML's own definitions #a is neither header and HTML-AAM makes it a "
         "cell, not applicable. Under neither reading does #a fail (was F, a false failure)"),
    Case("th-has-data-cells",
         '<table><tr><th id="a">A</th><th id="b">B</th></tr><tr><td headers="b">1</td>'
         '<td headers="b">2</td></tr></table>', {"#a": F, "#b": P},
         "HTML: a cell with a headers attribute is assigned only to the headers it lists"),
    Case("th-has-data-cells",
         '<div hidden><table><tr><th id="a">A</th></tr><tr><td>1</td></tr></table></div>'
         '<table role="presentation"><tr><th id="b">A</th><th id="c">B</th></tr></table>'
         '<table><tr><th id="d" style="visibility:hidden">A</th><th id="e" aria-hidden="true">'
         'B</th></tr><tr><td>1</td><td>2</td></tr></table>', {},
         "applicability: visible, included, in a semantic table"),
    # --- a25f45 Headers attribute refers to cells in the same table ----------------------
    Case("td-headers-attr",
         '<table><tr><th id="h">H</th><td id="x">X</td></tr><tr><td headers="h" id="a">1</td>'
         '<td headers=" h  x " id="b">2</td><td headers="nope" id="c">3</td>'
         '<td headers="H" id="d">4</td></tr></table>',
         {"#a": P, "#b": P, "#c": F, "#d": F},
         "expectation 1: each token is the id of a cell (th or td) of the same table; ids "
         "match case-sensitively"),
    Case("td-headers-attr",
         '<table><tr><th id="h">H</th></tr><tr><td headers="h e" id="e">1</td></tr></table>',
         {"#e": F}, "expectation 2: no token is the cell's own id"),
    Case("td-headers-attr",
         '<table><caption id="cap">C</caption><tr><th id="h">H</th></tr>'
         '<tr><td headers="cap" id="a">1</td></tr></table>'
         '<table><tr><th id="o">O</th></tr><tr><td><table><tr><td headers="o" id="b">1</td>'
         '</tr></table></td></tr></table>', {"#a": F, "#b": F},
         "a caption is not a cell; an outer table's header is not in the same table"),
    Case("td-headers-attr",
         '<table role="presentation"><tr><th id="h">H</th></tr><tr><td headers="x" id="a">1</td>'
         '</tr></table><table style="display:none"><tr><td headers="x" id="b">1</td></tr>'
         '</table>', {}, "applicability: a visible, included table with a table role"),
    Case("td-headers-attr",
         '<table><tr><th id="h">H</th><th headers="h" id="a">Sub</th></tr></table>', {"#a": P},
         "a th is a cell too: its headers attribute is a target"),
    # --- b5c3f8 HTML page has lang attribute ----------------------------------------------
    Case("html-has-lang", PAGE.format(' lang=" \t"'), {"html": F},
         "expectation: neither empty nor only ASCII whitespace"),
    Case("html-has-lang", PAGE.format(' xml:lang="en"'), {"html": F},
         "xml:lang is not the lang attribute"),
    Case("html-has-lang", PAGE.format(' lang="xyz-whatever"'), {"html": P},
         "this rule asks only for a non-empty lang; validity is bf051a's"),
    # --- bf051a HTML page lang attribute has valid language tag -------------------------
    Case("html-lang-valid", PAGE.format(' lang="EN"'), {"html": P},
         "subtags are case insensitive"),
    Case("html-lang-valid", PAGE.format(' lang="de-hello"'), {"html": P},
         "known primary language tag: de-hello is German"),
    Case("html-lang-valid", PAGE.format(' lang="i-klingon"'), {"html": F},
         "grandfathered tags have no known primary language tag"),
    Case("html-lang-valid", PAGE.format(' lang="eng"'), {"html": F},
         "ISO 639-2 three-letter codes are excluded: eng is not in the registry"),
    Case("html-lang-valid", PAGE.format(' lang="isv"'), {"html": P},
         "isv (Interslavic) is a registered language subtag"),
    Case("html-lang-valid", PAGE.format(' lang="zh-yue"'), {"html": P},
         "primary subtag zh"),
    Case("html-lang-valid", PAGE.format(' lang=" "'), {},
         "applicability: lang neither empty nor only ASCII whitespace"),
    Case("html-lang-valid", PAGE.format(' lang="x-private"'), {"html": F},
         "x is a private-use singleton, not a language"),
    Case("html-lang-valid", PAGE.format(' lang="123"'), {"html": F}, "not a language subtag"),
    # --- de46e4 Element with lang attribute has valid language tag -----------------------
    Case("valid-lang",
         '<p lang="zz" id="a">Text</p><p lang="EN-gb" id="b">Text</p><p lang="zz" id="c"></p>',
         {"#a": F, "#b": P}, "applicability needs text inheriting the language"),
    Case("valid-lang", '<p lang="zz" id="a"><span lang="en" id="b">Hello</span></p>',
         {"#b": P}, "text under a child with its own lang inherits from the child"),
    Case("valid-lang",
         '<p lang="zz" id="a" style="display:none">Text</p>'
         '<p lang="zz" id="b"><span style="visibility:hidden">Hidden</span></p>'
         '<p lang="zz" id="c">   </p>', {},
         "text neither visible nor in the accessibility tree, or only whitespace"),
    Case("valid-lang",
         '<p lang="zz" id="a" aria-hidden="true">Text</p>'
         '<p lang="zz" id="b" style="position:absolute;left:-9999px">Text</p>',
         {"#a": F, "#b": F}, "visible or included in the accessibility tree is enough"),
    Case("valid-lang", '<p lang="zz" id="a"><img src="a.png" alt="Cat"></p>', {"#a": F},
         "text inheriting: the accessible name of an element inheriting the language"),
    Case("valid-lang", '<div lang="zz" id="a"><span lang="">Hi</span></div>', {"#a": F},
         "an element with an empty lang inherits from its parent (no non-empty lang)"),
    Case("valid-lang", '<p lang="en-US-x-twain" id="a">Text</p>', {"#a": P},
         "primary subtag en"),
    # --- 5b7ae0 HTML page lang and xml:lang attributes have matching values --------------
    Case("html-xml-lang-mismatch", PAGE.format(' lang="en" xml:lang="en-GB"'), {"html": P},
         "the same primary language subtag"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="en" xml:lang="fr"'), {"html": F},
         "different primary language subtags"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="de-hello" xml:lang="DE"'), {"html": P},
         "subtags compare case-insensitively"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="zz" xml:lang="fr"'), {},
         "applicability: lang with a known primary language tag"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="en" xml:lang=""'), {},
         "applicability: a non-empty xml:lang"),
    # --- 73f2c2 Autocomplete attribute has valid value -----------------------------------
    Case("autocomplete-valid",
         '<input id="a" autocomplete="email"><input id="b" autocomplete="EMAIL">'
         '<input id="c" autocomplete="  shipping   street-address ">'
         '<input id="d" autocomplete="section-blue shipping name">',
         {"#a": P, "#b": P, "#c": P, "#d": P},
         "ASCII case-insensitive, space-separated tokens, section- then shipping/billing"),
    Case("autocomplete-valid",
         '<input id="a" autocomplete="work email"><input id="b" autocomplete="work name">'
         '<input id="c" autocomplete="mobile tel-local-suffix"><input id="d" '
         'autocomplete="home impp"><input id="e" autocomplete="fax email">',
         {"#a": P, "#b": F, "#c": P, "#d": P, "#e": P},
         "home/work/mobile/fax/pager only before email, impp, tel or tel-*"),
    Case("autocomplete-valid",
         '<input id="a" autocomplete="billing shipping name">'
         '<input id="b" autocomplete="shipping section-x name">'
         '<input id="c" autocomplete="username webauthn"><input id="d" '
         'autocomplete="webauthn username"><input id="e" autocomplete="section-">',
         {"#a": F, "#b": F, "#c": P, "#d": F, "#e": F},
         "the tokens in order; a field name is required; webauthn comes last"),
    Case("autocomplete-valid",
         '<input id="a" autocomplete="OFF"><input id="b" autocomplete="on">'
         '<input id="c" autocomplete=" "><input id="d" autocomplete="off email">',
         {"#d": F}, "toggle: a single on/off token; off with a field is no autofill detail"),
    Case("autocomplete-valid",
         '<input id="a" autocomplete="xyz" disabled><fieldset disabled>'
         '<input id="b" autocomplete="xyz"></fieldset><div aria-disabled="true">'
         '<input id="c" autocomplete="xyz"></div>', {},
         "disabled: actually disabled, or an ancestor with aria-disabled true"),
    Case("autocomplete-valid",
         '<input type="checkbox" autocomplete="xyz" id="a"><input type="hidden" '
         'autocomplete="xyz" id="b"><input type="Submit" autocomplete="xyz" id="c">'
         '<input id="d" autocomplete="xyz" style="display:none">', {},
         "fixed value types; hidden"),
    Case("autocomplete-valid",
         '<input id="a" autocomplete="xyz" aria-hidden="true">'
         '<input id="b" autocomplete="xyz" style="position:absolute;left:-9999px">',
         {"#a": F, "#b": F}, "hidden needs both not visible and not in the accessibility tree"),
    Case("autocomplete-valid",
         '<select id="a" autocomplete="country"><option>x</option></select>'
         '<textarea id="b" autocomplete="street-address"></textarea>'
         '<input type="number" id="c" autocomplete="email">'
         '<input id="d" autocomplete="birthday"><input id="e" autocomplete="one-time-code">',
         {"#a": P, "#b": P, "#c": P, "#d": F, "#e": P},
         "valid field names, appropriateness to the control not judged; birthday is bday"),
    # --- b4f0c3 Meta viewport allows for zoom --------------------------------------------
    Case("meta-viewport", "", {"#a": F}, "user-scalable=no gives user-zoom fixed",
         head='<meta name="viewport" id="a" content="width=device-width, user-scalable=no">'),
    Case("meta-viewport", "", {"#a": P, "#b": P, "#c": P},
         "user-scalable yes, 1 (not strictly between -1 and 1), device-width",
         head='<meta name="viewport" id="a" content="user-scalable=yes">'
              '<meta name="viewport" id="b" content="user-scalable=1">'
              '<meta name="viewport" id="c" content="user-scalable=device-width">'),
    Case("meta-viewport", "", {"#a": F, "#b": F}, "user-scalable 0 and 0.5 are fixed",
         head='<meta name="viewport" id="a" content="user-scalable=0">'
              '<meta name="viewport" id="b" content="user-scalable=0.5">'),
    Case("meta-viewport", "", {"#a": F, "#b": P, "#c": P, "#d": P},
         "maximum-scale below 2 fails; 2, negative and device-width pass",
         head='<meta name="viewport" id="a" content="maximum-scale=1.5">'
              '<meta name="viewport" id="b" content="maximum-scale=2">'
              '<meta name="viewport" id="c" content="maximum-scale=-1">'
              '<meta name="viewport" id="d" content="maximum-scale=device-width">'),
    Case("meta-viewport", "", {}, "applicability: maximum-scale or user-scalable keys",
         head='<meta name="viewport" id="a" content="width=device-width, initial-scale=1">'),
    Case("meta-viewport", "", {"#a": F, "#b": F},
         "both expectations; spaces around = and a name matched case-insensitively",
         head='<meta name="viewport" id="a" content="user-scalable=yes, maximum-scale=1">'
              '<meta name="Viewport" id="b" content="maximum-scale = 1.0">'),
    # --- bc659a / bisz58 Meta element has no refresh delay -------------------------------
    Case("meta-refresh", "", {"#a": F}, "time 5", head='<meta http-equiv="refresh" id="a" '
         'content="5">'),
    Case("meta-refresh", "", {"#a": P}, "time 0 is a redirect",
         head='<meta http-equiv="refresh" id="a" content="0; url=/next">'),
    Case("meta-refresh", "", {"#a": P}, "more than 72000 (20 hours)",
         head='<meta http-equiv="refresh" id="a" content="72001">'),
    Case("meta-refresh", "", {"#a": F}, "72000 is not more than 72000",
         head='<meta http-equiv="refresh" id="a" content="72000">'),
    Case("meta-refresh", "", {"#a": F}, "leading whitespace, ';' then URL=",
         head='<meta http-equiv="REFRESH" id="a" content=" 3 ; URL=\'x\'">'),
    Case("meta-refresh", "", {"#a": P}, "shared declarative refresh steps: '.5' is time 0",
         head='<meta http-equiv="refresh" id="a" content=".5">'),
    Case("meta-refresh", "", {"#a": F}, "digits and dots after the time are ignored: 3.9 is 3",
         head='<meta http-equiv="refresh" id="a" content="3.9">'),
    Case("meta-refresh", "", {}, "not valid: no time, a sign, junk after the time, empty",
         head='<meta http-equiv="refresh" id="a" content="abc">'),
    Case("meta-refresh", "", {}, "a minus sign is not a digit or '.': invalid",
         head='<meta http-equiv="refresh" id="a" content="-1">'),
    Case("meta-refresh", "", {}, "after the time only whitespace, ';' or ','",
         head='<meta http-equiv="refresh" id="a" content="5x">'),
    Case("meta-refresh", "", {"#b": F}, "the first meta with a valid content is the target",
         head='<meta http-equiv="refresh" id="a" content="abc">'
              '<meta http-equiv="refresh" id="b" content="5,http://example.com/">'),
    Case("meta-refresh", "", {"#a": P}, "only the first valid refresh meta applies",
         head='<meta http-equiv="refresh" id="a" content="0">'
              '<meta http-equiv="refresh" id="b" content="5">'),
    Case("meta-refresh-no-exceptions", "", {"#a": F}, "bisz58: only time 0 passes",
         head='<meta http-equiv="refresh" id="a" content="72001">'),
    Case("meta-refresh-no-exceptions", "", {"#a": P}, "bisz58: time 0",
         head='<meta http-equiv="refresh" id="a" content=" 0 ,/x">'),
    Case("meta-refresh-no-exceptions", "", {"#b": F},
         "bisz58: the first meta with a valid content",
         head='<meta http-equiv="refresh" id="a" content="">'
              '<meta http-equiv="refresh" id="b" content="1">'),
    # --- 047fe0 / b40fd1 / ye5d6e / cf77f2 Bypass blocks ----------------------------------
    Case("heading-for-main-content", NAV + '<div id="main"><h1>Title</h1><p>Story</p></div>',
         {"html": P}, "a visible, included heading in the non-repeated content"),
    Case("heading-for-main-content",
         NAV + '<div id="main"><h1 style="display:none">Title</h1><p>Story</p></div>',
         {"html": F}, "the heading must be visible and included"),
    Case("heading-for-main-content",
         NAV + '<div id="main"><h1 aria-hidden="true">Title</h1><p>Story</p></div>',
         {"html": F}, "the heading must be included in the accessibility tree"),
    Case("heading-for-main-content",
         NAV + '<div id="main"><h1 style="position:absolute;left:-9999px">Title</h1>'
         '<p>Story</p></div>', {"html": F}, "the heading must be visible"),
    Case("heading-for-main-content",
         NAV + '<div id="main"><div role="heading" aria-level="1">Title</div><p>Story</p></div>',
         {"html": P}, "a semantic heading"),
    Case("heading-for-main-content",
         NAV + '<div id="main"><h1 role="none">Title</h1><p>Story</p></div>',
         {"html": F}, "role none removes the heading semantics"),
    Case("landmark-for-main-content", NAV + '<main><p>Story</p></main>', {"html": P},
         "a landmark whose first perceivable content is the non-repeated content"),
    Case("landmark-for-main-content", NAV + '<div id="main"><p>Story</p></div>', {"html": F},
         "no landmark around the non-repeated content"),
    Case("landmark-for-main-content", NAV + '<div role="main"><p>Story</p></div>', {"html": P},
         "role main"),
    Case("landmark-for-main-content",
         NAV + '<section aria-label="Story"><p>Story</p></section>', {"html": P},
         "a named section is a region, an inheriting semantic landmark"),
    Case("landmark-for-main-content", NAV + '<section><p>Story</p></section>', {"html": F},
         "HTML-AAM: an unnamed section is generic, not a landmark"),
    Case("landmark-for-main-content", NAV + '<main aria-hidden="true"><p>Story</p></main>',
         {"html": F}, "the landmark must be included in the accessibility tree"),
    Case("landmark-for-main-content",
         NAV + '<main style="position:absolute;left:-9999px"><p>Story</p></main>',
         {"html": P}, "assumption: the landmark need not be visible"),
    Case("skip-to-main-content",
         '<a href="#main">Skip</a>' + NAV + '<div id="main"><p>Story</p></div>', {"html": P},
         "an instrument moving focus to the non-repeated content"),
    Case("skip-to-main-content",
         '<a href="#mian">Skip</a>' + NAV + '<div id="main"><p>Story</p></div>', {"html": F},
         "a link to no element moves focus nowhere"),
    Case("skip-to-main-content",
         '<a href="#main">Skip</a>' + NAV + '<span id="main"></span><p>Story</p>',
         {"html": P}, "just before: an empty element right before the content"),
    Case("skip-to-main-content",
         '<a href="#main">Skip</a>' + NAV + '<a name="main"></a><p>Story</p>', {"html": P},
         "HTML: a fragment also finds an a element by its name"),
    Case("skip-to-main-content",
         '<a href="#top" id="top">Top</a>' + NAV + '<div id="main"><p>Story</p></div>',
         {"html": F}, "a link to content before the repeated block"),
    Case("skip-to-main-content",
         '<a href="#main" style="position:absolute;left:-9999px">Skip</a>' + NAV
         + '<div id="main"><p>Story</p></div>', {"html": P},
         "an off-screen skip link is still an instrument (it shows on focus)"),
    Case("bypass", NAV + '<div id="main"><p>Story</p></div>', {"html": F},
         "no heading, landmark or skip link: none of the atomic rules passes"),
    Case("bypass", NAV + '<main><p>Story</p></main>', {"html": P}, "b40fd1 passes"),
    Case("bypass", NAV + '<div id="main"><h2>Title</h2><p>Story</p></div>', {"html": P},
         "047fe0 passes"),
    # --- 24afc2 / 9e45ec / 78fd32 Important spacing in style attributes -------------------
    Case("letter-spacing-important",
         '<p id="a" style="letter-spacing: 0.1em !important">Hello</p>'
         '<p id="b" style="letter-spacing: 0.12em !important">Hello</p>'
         '<p id="c" style="letter-spacing: 0.1em">Hello</p>', {"#a": F, "#b": P},
         "at least 0.12 times the font size; a normal declaration is inapplicable"),
    Case("letter-spacing-important",
         '<p id="a" style="font-size: 20px; letter-spacing: 2px !important">Hello</p>'
         '<p id="b" style="font-size: 20px; letter-spacing: 3px !important">Hello</p>'
         '<p id="c" style="font-size:10px;letter-spacing:1.2px!important">Hello</p>',
         {"#a": F, "#b": P, "#c": P}, "absolute lengths against the computed font size"),
    Case("letter-spacing-important",
         '<p id="a" style="letter-spacing: 0.1em !important; letter-spacing: 0.2em">Hello</p>',
         {"#a": F}, "CSS cascade: the important declaration beats a later normal one"),
    Case("letter-spacing-important",
         '<p id="a" style="letter-spacing: normal !important">Hello</p>'
         '<p id="b" style="letter-spacing: -1px !important">Hello</p>', {"#a": F, "#b": F},
         "normal computes to 0; a negative spacing is less than 0.12em"),
    Case("letter-spacing-important",
         '<div style="letter-spacing: 0.1em !important"><p id="a">Hello</p></div>'
         '<p id="b" style="letter-spacing: 0.1em !important; display:none">Hello</p>'
         '<p id="c" style="letter-spacing: 0.1em !important"><span>Hello</span></p>', {},
         "applicability: declared in the element's own style attribute, visible text children"),
    Case("letter-spacing-important",
         '<p id="a" style="letter-spacing: 0.1em !IMPORTANT">Hello</p>'
         '<p id="b" style="letter-spacing: 0.1em ! important">Hello</p>', {"#a": F, "#b": F},
         "CSS syntax: !important is case-insensitive and may hold whitespace"),
    Case("letter-spacing-important",
         '<p id="a" style="letter-spacing: 0.1em !important">Hello</p>', {"#a": F},
         "the style attribute's important declaration wins over the sheet's",
         head="<style>p { letter-spacing: 0.5em !important }</style>"),
    Case("word-spacing-important",
         '<p id="a" style="word-spacing: 0.15em !important">Hello world</p>'
         '<p id="b" style="word-spacing: 0.16em !important">Hello world</p>'
         '<p id="c" style="word-spacing: normal !important">Hello world</p>'
         '<p id="d" style="word-spacing: 0.1em">Hello world</p>', {"#a": F, "#b": P, "#c": F},
         "at least 0.16 times the font size"),
    Case("word-spacing-important",
         '<p id="a" style="font-size: 25px; word-spacing: 4px !important">Hello world</p>',
         {"#a": P}, "4px is 0.16 x 25px"),
    Case("line-height-important",
         f'<p id="a" style="line-height: 1.5 !important">{LONG}</p>'
         f'<p id="b" style="line-height: 1.4 !important">{LONG}</p>'
         f'<p id="c" style="font-size: 20px; line-height: 30px !important">{LONG}</p>'
         f'<p id="d" style="line-height: 150% !important">{LONG}</p>',
         {"#a": P, "#b": F, "#c": P, "#d": P}, "the used line height at least 1.5 x font size"),
    Case("line-height-important",
         f'<p id="a" style="line-height: 1.2">{LONG}</p>', {},
         "applicability: an important declaration"),
    # --- b33eff Orientation of the page is not restricted using CSS transforms ----------
    Case("css-orientation-lock", '<div id="a">Content</div>', {"#a": F},
         "a quarter turn in portrait only",
         head="<style>@media (orientation: portrait) { #a { transform: rotate(90deg) } }"
              "</style>"),
    Case("css-orientation-lock", '<div id="a">Content</div>', {"#a": P},
         "applicable (rotate conditioned on orientation) but not a quarter turn",
         head="<style>@media (orientation: landscape) { #a { transform: rotate(180deg) } }"
              "</style>"),
    Case("css-orientation-lock", '<div id="a">Content</div>', {"#a": F},
         "the rotate property",
         head="<style>@media (orientation: portrait) { #a { rotate: 90deg } }</style>"),
    Case("css-orientation-lock", '<div id="a">A</div><div id="b">B</div><div id="c">C</div>',
         {"#a": F, "#b": F, "#c": F}, "-90deg, a quarter turn, 100 grads are 90 degrees",
         head="<style>@media screen and (orientation: portrait) { #a { transform: "
              "rotate(-90deg) } #b { transform: rotate(0.25turn) } #c { transform: "
              "rotate(100grad) } }</style>"),
    Case("css-orientation-lock", '<div id="a">A</div><div id="b">B</div><div id="c">C</div>',
         {"#a": F, "#b": F, "#c": P},
         "matrix and rotate3d about Z turn the element; about X they do not",
         head="<style>@media (orientation: portrait) { #a { transform: matrix(0, 1, -1, 0, 0, 0)"
              " } #b { transform: rotate3d(0, 0, 1, 90deg) } #c { transform: "
              "rotate3d(1, 0, 0, 90deg) } }</style>"),
    Case("css-orientation-lock", '<div id="a">A</div><div id="b">B</div>', {},
         "applicability: a rotation, on the orientation media feature",
         head="<style>@media (orientation: portrait) { #a { transform: translateX(10px) } }"
              "@media (min-width: 100px) { #b { transform: rotate(90deg) } }</style>"),
    Case("css-orientation-lock", '<div id="a" hidden>A</div>', {},
         "applicability: visible elements",
         head="<style>@media (orientation: portrait) { #a { transform: rotate(90deg) } }"
              "</style>"),
    # --- akn7bn Iframe with interactive elements is not excluded from tab-order ----------
    Case("frame-tab-order",
         '<iframe id="a" title="x" tabindex="-1" srcdoc="&lt;button&gt;Go&lt;/button&gt;">'
         '</iframe><iframe id="b" title="x" srcdoc="&lt;button&gt;Go&lt;/button&gt;"></iframe>'
         '<iframe id="c" title="x" tabindex="-1x" srcdoc="&lt;a href=/&gt;Go&lt;/a&gt;">'
         '</iframe>', {"#a": F, "#b": P, "#c": F},
         "a negative tabindex (parsed as an integer) excludes the frame's focusable content"),
    Case("frame-tab-order",
         '<iframe id="a" title="x" tabindex="-1" srcdoc="&lt;p&gt;Text&lt;/p&gt;"></iframe>'
         '<iframe id="b" title="x" tabindex="-1" srcdoc="&lt;button disabled&gt;Go">'
         '</iframe><iframe id="c" title="x" tabindex="-1" inert '
         'srcdoc="&lt;button&gt;Go"></iframe><iframe id="d" title="x" tabindex="-1" '
         'srcdoc="&lt;button tabindex=-1&gt;Go"></iframe><iframe id="e" title="x" '
         'tabindex="-1" srcdoc="&lt;button style=display:none&gt;Go"></iframe>', {},
         "applicability: a visible element in the frame's sequential focus order, not inert"),
    Case("frame-tab-order",
         '<iframe id="a" title="x" tabindex="-1" srcdoc="&lt;div contenteditable&gt;x">'
         '</iframe>', {"#a": F}, "an editing host is in sequential focus navigation"),
    # --- accname details, seen through 2ee8b8's label-in-name comparison -----------------
    Case("label-in-name",
         '<button id="a" aria-labelledby="l1">One</button>'
         '<span id="l1" aria-labelledby="l2">One</span><span id="l2">Two</span>', {"#a": P},
         "accname 2B: aria-labelledby is not followed twice (l1's own text, not l2's)"),
    Case("label-in-name",
         '<button id="a" aria-labelledby="l">Send</button>'
         '<span id="l" aria-label="Send message">Hidden words</span>', {"#a": P},
         "accname 2C: a referenced element's aria-label is its text alternative"),
    Case("label-in-name",
         '<button id="a" aria-labelledby="a x">Delete</button><span id="x">file.txt</span>',
         {"#a": P}, "accname 2B: the element itself in its own aria-labelledby gives its content"),
    Case("label-in-name",
         '<a href="/" id="a" aria-labelledby="h">Read more</a>'
         '<span id="h" hidden>Read more about our history</span>', {"#a": P},
         "accname 2B: hidden referenced text counts"),
    Case("label-in-name",
         '<button id="a" aria-label="Close">Close <span aria-hidden="true">dialog</span></button>',
         {"#a": F}, "visible inner text ignores aria-hidden: the label is 'Close dialog'"),
    Case("label-in-name",
         '<a href="/" id="a" aria-label="Learn more about WCAG">Learn <b>more</b></a>'
         '<button id="b" aria-label="Save">Save<span style="visibility:hidden"> draft</span>'
         '</button>', {"#a": P, "#b": P},
         "inline elements keep the text's own spaces; invisible text is no label"),
    Case("label-in-name",
         '<button id="a" aria-label="Page 2 of 10">2</button>'
         '<button id="b" aria-label="Buy now!">Buy, now</button>'
         '<button id="c" aria-label="Sort ascending">Sort (A to Z)</button>'
         '<a href="/" id="d" aria-label="Contact (opens in new window)">Contact</a>',
         {"#a": P, "#b": P, "#c": P, "#d": P},
         "digits are tokens, punctuation is space, parenthesised text is dropped"),
    Case("label-in-name", '<button id="a" aria-label="Go to cart">Cart<img src="a.png" '
         'alt="Shopping"></button>', {"#a": P}, "an image's alt is no visible text"),
    Case("label-in-name", '<input type="submit" id="a" value="Go" aria-label="Search">', {},
         "applicability: visible text content is text nodes in the flat tree, none here"),
    # --- HTML-AAM implicit roles, seen through 5c01ea and b40fd1 -------------------------
    Case("aria-allowed-attr",
         '<select id="a" size="3" aria-multiselectable="true"><option>x</option></select>'
         '<select id="b" aria-multiselectable="true"><option>x</option></select>'
         '<input id="c" list="dl" aria-expanded="true"><datalist id="dl"></datalist>'
         '<input id="d" aria-expanded="true">', {"#a": P, "#b": F, "#c": P, "#d": F},
         "HTML-AAM: select with size > 1 is a listbox, else a combobox; input with list a "
         "combobox, else a textbox"),
    Case("aria-allowed-attr",
         '<table role="grid"><tr><td id="a" aria-selected="true">x</td></tr></table>'
         '<table><tr><td id="b" aria-selected="true">x</td></tr></table>',
         {"#a": P, "#b": F}, "HTML-AAM: a td in a grid is a gridcell, in a table a cell"),
    Case("aria-allowed-attr",
         '<hr id="a" aria-orientation="vertical"><input type="range" id="b" '
         'aria-orientation="vertical"><progress id="c" aria-valuenow="3" max="5"></progress>'
         '<dialog id="d" open aria-modal="true">x</dialog>',
         {"#a": P, "#b": P, "#c": P, "#d": P}, "separator, slider, progressbar, dialog"),
    Case("landmark-for-main-content", NAV + '<header><p>Story</p></header>', {"html": P},
         "a header scoped to body is a banner landmark: passed whether its content counts as "
         "repeated (then none follows the navigation) or not (then a landmark starts it)"),
    Case("landmark-for-main-content",
         NAV + '<article><header><p>Story</p></header></article>', {"html": F},
         "HTML-AAM: a header inside article is generic; article is no landmark"),
    Case("landmark-for-main-content",
         NAV + '<form aria-label="Comment"><p>Story</p></form>', {"html": P},
         "HTML-AAM: a named form is a form landmark"),
    # --- 2779a5 HTML page has non-empty title ---------------------------------------------
    Case("document-title", "<!DOCTYPE html><html lang='en'><head></head><body><p>x</p></body>"
         "</html>", {"html": F}, "expectation 1: a title element descendant"),
    Case("document-title", "<!DOCTYPE html><html lang='en'><head><title> \n\t</title></head>"
         "<body><p>x</p></body></html>", {"html": F}, "expectation 2: not only whitespace"),
    Case("document-title", "<!DOCTYPE html><html lang='en'><head><title>&nbsp;</title></head>"
         "<body><p>x</p></body></html>", {"html": F},
         "whitespace is Unicode White_Space, NO-BREAK SPACE included"),
    Case("document-title", "<!DOCTYPE html><html lang='en'><head><title></title>"
         "<title>Real</title></head><body><p>x</p></body></html>", {"html": F},
         "expectation 2 looks at the first title element only"),
    Case("document-title", "<!DOCTYPE html><html lang='en'><head><title>Real</title>"
         "<title></title></head><body><p>x</p></body></html>", {"html": P},
         "the first title has text"),
    Case("document-title", "<!DOCTYPE html><html lang='en'><head></head><body>"
         "<title>In body</title><p>x</p></body></html>", {"html": P},
         "any descendant of the document element: a title parsed into body counts"),
    Case("document-title", "<!DOCTYPE html><html lang='en'><head></head><body>"
         "<svg><title>Logo</title></svg><p>x</p></body></html>", {"html": F},
         "an SVG title is not an HTML title element"),
    # --- ffd0e9 Heading has non-empty accessible name -------------------------------------
    Case("empty-heading",
         '<h1 id="a"></h1><h2 id="b"><img src="a.png" alt=""></h2>'
         '<h3 id="c"><img src="a.png" alt="Logo"></h3><h4 id="d" aria-label="Intro"></h4>'
         '<h5 id="e">  </h5><h6 id="f"><span aria-hidden="true">x</span></h6>',
         {"#a": F, "#b": F, "#c": P, "#d": P, "#e": F, "#f": F},
         "name from content, aria-label; hidden or blank content is empty"),
    Case("empty-heading",
         '<div role="heading" aria-level="2" id="a">x</div><h1 id="b" title="Tip"></h1>'
         '<h1 id="c" role="none" aria-label="Named"></h1>', {"#a": P, "#b": P, "#c": P},
         "semantic heading; accname 2I title; a global attribute keeps heading (Conflict)"),
    Case("empty-heading",
         '<h1 id="a" aria-hidden="true"></h1><h1 id="b" role="none"></h1>'
         '<h1 id="c" style="display:none"></h1>', {},
         "applicability: a semantic heading in the accessibility tree"),
    # --- 5f99a7 ARIA attribute is defined in WAI-ARIA -------------------------------------
    Case("aria-valid-attr",
         '<div id="a" aria-labeledby="x">y</div><div id="b" aria-LABEL="x">y</div>'
         '<svg><rect id="c" aria-foo="x"></rect></svg>'
         '<div id="d" aria-hidden="true" aria-bogus="x">y</div>'
         '<div id="e" aria-dropeffect="copy" aria-grabbed="false">y</div>',
         {"#a": F, "#b": P, "#c": F, "#d": F, "#e": P},
         "HTML lowercases attribute names; any aria- attribute applies, hidden or not; "
         "deprecated attributes are defined"),
    # --- 674b10 Role attribute has valid value ---------------------------------------------
    Case("aria-roles",
         '<div id="a" role="btn">x</div><div id="b" role="btn button">x</div>'
         '<div id="c" role="command">x</div><div id="d" role="widget">x</div>'
         '<div id="e" role="doc-chapter">x</div><svg id="f" role="graphics-object"></svg>'
         '<div id="g" role="none">x</div><div id="h" role="directory">x</div>',
         {"#a": F, "#b": P, "#c": F, "#d": F, "#e": P, "#f": P, "#g": P, "#h": P},
         "at least one token a non-abstract role of ARIA 1.2, DPUB or Graphics ARIA"),
    Case("aria-roles",
         '<div id="a" role=" ">x</div><div id="b" role="btn" style="display:none">x</div>'
         '<div id="c" role="btn" aria-hidden="true">x</div>', {},
         "applicability: non-blank, on an element not programmatically hidden"),
    # --- 3ea0c8 Id attribute value is unique -------------------------------------------------
    Case("duplicate-id",
         '<div id="x"></div><template><div id="x"></div></template>'
         '<div id="X"></div><div id=" x"></div>',
         {"#x": P, "html > body > template > div": P, "#X": P,
          "html > body > div:nth-child(4)": P},
         "template contents are another document tree; ids compare exactly"),
    Case("duplicate-id",
         '<div id="x" hidden></div><svg><g id="x"></g></svg><p id="y"></p>'
         '<div id=""></div><div id=""></div>',
         {"html > body > div:nth-child(1)": F, "html > body > svg > g": F, "#y": P},
         "hidden and SVG elements count; an empty id is inapplicable"),
    # --- e6952f Attribute is not duplicated ---------------------------------------------------
    Case("duplicate-attribute",
         '<div id="a" class="x" class="y"></div><div id="b" CLASS="x" class="y"></div>'
         '<p id="c" id="d"></p><p id="e" data-x="1" data-y="1"></p>',
         {"#a": F, "#b": F, "#c": F}, "HTML attribute names are ASCII case-insensitive",
         only_failed=True),
    # --- hiding, CSS and HTML rendering, seen through 97a4e1 and e086e5 -------------------
    Case("button-name",
         '<div style="visibility:hidden"><button id="a" style="visibility:visible"></button>'
         '</div>', {"#a": F}, "programmatically hidden: visibility may be reverted by a child"),
    Case("button-name", '<button class="sr" id="a"></button>', {},
         "a display:none rule in a style sheet hides it",
         head="<style>.sr { display: none }</style>"),
    Case("button-name", '<button id="a"></button>', {"#a": F},
         "a print-only rule does not apply on screen",
         head="<style>@media print { button { display: none } }</style>"),
    Case("button-name", '<button hidden id="a"></button>', {"#a": F},
         "an author rule overriding [hidden] shows the element",
         head="<style>[hidden] { display: block }</style>"),
    Case("button-name",
         '<details><summary>More</summary><button id="a"></button></details>'
         '<details open><summary>More</summary><button id="b"></button></details>',
         {"#b": F}, "the contents of a closed details element are not rendered"),
    Case("button-name", '<div inert><button id="a"></button></div>', {},
         "HTML: inert content is hidden from assistive technology"),
    Case("button-name", '<button id="a" aria-label="Go" role="none"></button>', {"#a": P},
         "Conflict: a focusable button keeps its role and its name"),
    Case("form-field-name",
         '<label>Name <input id="a"><input id="b"></label>', {"#a": P, "#b": F},
         "HTML: a label without for labels its first labelable descendant only"),
    Case("form-field-name",
         '<label for="b">Name <input id="a"></label><input id="b">', {"#a": F, "#b": P},
         "HTML: the for attribute wins over nesting"),
    Case("form-field-name",
         '<label>Name <button>x</button> <input id="a"></label>', {"#a": F},
         "HTML: a button is labelable, so the label's control is the button"),
    Case("link-name",
         '<a href="/" id="a"><svg><title>Home</title></svg></a>'
         '<a href="/" id="b"><span style="display:none">x</span></a>'
         '<a href="/" id="c" aria-describedby="d"></a><p id="d">Home page</p>',
         {"#a": P, "#b": F, "#c": F},
         "SVG-AAM title; hidden content; a description is no name"),
    # --- more owned-element and context shapes -------------------------------------------
    Case("aria-required-children",
         '<div role="list" id="a" aria-owns="o"><div role="listitem">x</div></div>'
         '<div role="option" id="o">y</div><div role="list" id="b"></div>',
         {"#a": F, "#b": P}, "aria-owns adds owned elements; owning nothing owns nothing wrong"),
    Case("aria-required-children",
         '<table id="a"><caption>x</caption><tr><td>1</td></tr></table>'
         '<ol id="b"><li>x</li><script></script><template><p>t</p></template></ol>'
         '<ul id="c"><li>x</li><li hidden>y</li><div aria-hidden="true">z</div></ul>',
         {"#a": P, "#a > tbody": P, "#a > tbody > tr": P, "#b": P, "#c": P},
         "the parser's implicit tbody is a rowgroup of rows; unrendered or hidden nodes are "
         "not owned"),
    Case("aria-required-children", '<ul id="a"><li role="none"><a href="/">x</a></li></ul>',
         {"#a": F}, "a list item made presentational leaves the link as the list's child"),
    Case("aria-required-parent",
         '<div role="list"><div role="listitem" id="a"><div role="listitem" id="b">x</div>'
         '</div></div>', {"#a": P, "#b": F}, "a listitem's parent must be a list"),
    Case("aria-allowed-attr",
         '<audio id="a" src="a.mp3" controls aria-activedescendant="x"></audio>'
         '<audio id="b" src="a.mp3" controls aria-checked="true"></audio>',
         {"#a": P, "#b": F},
         "language feature: audio may take the application role's attributes, no others"),
    Case("aria-prohibited-attr",
         '<img src="a.png" alt="" id="a" aria-label="Chart">'
         '<span id="b" role="presentation" tabindex="0" aria-label="x">y</span>',
         {"#a": P, "#b": F}, "Conflict restores img (names allowed) and generic (prohibited)"),
    Case("aria-valid-attr-value",
         '<div role="slider" id="a" aria-valuenow="1,5"></div><h2 id="b" aria-level="03">x</h2>',
         {"#a": F, "#b": P}, "a comma is no decimal point; an integer may have leading zeros"),
    Case("nested-interactive", '<button id="a"><span tabindex="0">x</span></button>',
         {"#a": F}, "tabindex 0 puts the span in sequential focus navigation"),
    Case("svg-img-alt",
         '<svg role="img" id="a"><title lang="en">Logo</title></svg>'
         '<svg id="b" role="graphics-symbol img"></svg>', {"#a": P, "#b": F},
         "a title child; the first valid token, graphics-symbol, applies"),
    Case("frame-title", '<iframe id="a" aria-labelledby="l" src="a.html"></iframe>'
         '<p id="l">Map</p>', {"#a": P}, "accname 2B"),
    Case("summary-name",
         '<details><summary id="a"><img src="a.png" alt="Show more"></summary></details>',
         {"#a": P}, "name from content: the image's alt"),
    Case("label-in-name",
         '<a href="/" id="a" aria-labelledby="l">Download report</a>'
         '<span id="l">Download<span style="display:none"> report</span></span>', {"#a": F},
         "accname 2A: hidden content under a visible referenced element is not in the name"),
    Case("landmark-for-main-content",
         NAV + '<section aria-labelledby="h"><h2 id="h">Story</h2><p>Text</p></section>',
         {"html": P}, "HTML-AAM: a section named by aria-labelledby is a region"),
    Case("landmark-for-main-content", NAV + '<section aria-label="  "><p>Story</p></section>',
         {"html": F}, "a blank aria-label names nothing: the section stays generic"),
    Case("aria-hidden-focus",
         '<svg aria-hidden="true" id="a"><a href="/"><text>x</text></a></svg>'
         '<div aria-hidden="true" id="b"><input type="radio" name="r" checked>'
         '<input type="radio" name="r"></div>'
         '<div aria-hidden="true" id="c"><button style="position:absolute;left:-9999px">x'
         '</button></div>', {"#a": F, "#b": F, "#c": F},
         "an SVG link, a radio group, an off-screen button are all reachable with Tab"),
    Case("aria-hidden-focus",
         '<div aria-hidden="true" id="a"><div tabindex="0" style="display:none">x</div></div>'
         '<div aria-hidden="true" id="b"><span tabindex="0" style="visibility:hidden">x</span>'
         '</div><div aria-hidden="true" id="c"><a href="/" inert>x</a></div>',
         {"#a": P, "#b": P, "#c": P}, "not rendered, invisible or inert: not focusable"),
    Case("image-alt", '<img src="a.png" alt="" id="a" aria-labelledby="l"><p id="l">Chart</p>',
         {"#a": P}, "Conflict: aria-labelledby restores img, which it names"),
    Case("form-field-name", '<input id="a" aria-label="" title="Name">', {"#a": P},
         "accname 2C skips the empty aria-label; 2I title names the field"),
    Case("valid-lang",
         '<p lang="en" id="a"><span lang="zz">   </span>text</p>'
         '<div lang="zz" id="b"><img src="a.png" alt=""></div>'
         '<div lang="zz" id="c"><div hidden>x</div></div>', {"#a": P},
         "whitespace-only text, an empty alt and hidden text give no text to inherit"),
    Case("valid-lang",
         '<div lang="zz" id="a"><input type="text" aria-label="Name"></div>'
         '<p lang="zz" id="b" style="color:transparent">Text</p>', {"#a": F, "#b": F},
         "a descendant's accessible name; text in the accessibility tree though invisible"),
    Case("valid-lang",
         "<!DOCTYPE html><html lang='en'><head><title>T</title></head><body lang='zz'>"
         "<p>Text</p></body></html>", {"html > body": F},
         "descendant: body is an inclusive descendant of body"),
    Case("valid-lang", '<p lang="yue" id="a">Text</p><p lang="zh-min-nan" id="b">Text</p>',
         {"#a": P, "#b": CT}, "yue is a registered language subtag; zh-min-nan's first subtag "
         "is zh, but the glossary also says grandfathered tags have no known primary language "
         "tag: a person decides"),
    Case("frame-tab-order",
         '<iframe id="a" title="x" tabindex="-1" srcdoc="&lt;button&gt;Go" '
         'style="display:none"></iframe><iframe id="b" title="x" tabindex="-1" '
         'srcdoc="&lt;div hidden&gt;&lt;button&gt;Go&lt;/button&gt;&lt;/div&gt;"></iframe>',
         {}, "applicability: the contained focusable element must be visible"),
    Case("frame-title", '<iframe id="a" srcdoc="&lt;p&gt;x" role="none" tabindex="0"></iframe>',
         {}, "applicability: except marked as decorative, focusable or not"),
    Case("summary-name",
         '<details><summary id="a" aria-hidden="true"></summary></details>'
         '<details open><summary id="b"></summary>Text</details>', {"#b": F},
         "applicability: included; an open details' summary is still its button"),
    Case("menuitem-name", '<div role="menuitem" id="a" aria-labelledby="missing"></div>',
         {"#a": F}, "accname 2B: an id naming no element adds nothing"),
    Case("aria-prohibited-attr",
         '<span role="code" id="a" aria-label="x">y</span>'
         '<div role="subscript" id="b" aria-label="x">y</div>'
         '<div role="insertion" id="c" aria-labelledby="a">y</div>'
         '<div role="time" id="d" aria-label="x">y</div>'
         '<div role="term" id="e" aria-label="x">y</div>'
         '<div id="f" aria-roledescription="slide">y</div>',
         {"#a": F, "#b": F, "#c": F, "#d": P, "#e": P, "#f": F},
         "ARIA 1.2: code, subscript, insertion prohibit naming, time and term do not; "
         "generic prohibits aria-roledescription"),
    Case("css-orientation-lock", '<p>x</p>', {"html > body": F},
         "the body is an HTML element too",
         head="<style>@media (orientation:landscape) { body { transform: rotate(90deg) } }"
              "</style>"),
    Case("css-orientation-lock", '<div id="a">A</div><div id="b">B</div><div id="c">C</div>',
         {"#a": F, "#b": P, "#c": F},
         "composed functions: two 45deg turns make a quarter turn; an identity matrix none",
         head="<style>@media (orientation: portrait) { #a { transform: rotate(45deg) "
              "rotate(45deg) } #b { transform: matrix(1, 0, 0, 1, 0, 0) } #c { transform: "
              "rotate(90deg) translateX(10px) } }</style>"),
    Case("css-orientation-lock", '<div id="a">A</div>', {"#a": P},
         "a quarter turn each way in both orientations: half a turn between them",
         head="<style>@media (orientation: landscape) { #a { transform: rotate(90deg) } }"
              "@media (orientation: portrait) { #a { transform: rotate(-90deg) } }</style>"),
    Case("label-in-name",
         '<div role="grid"><div role="row"><div role="gridcell" id="a" aria-label="Price">'
         'Cost</div></div></div><div role="tree"><div role="treeitem" id="b" '
         'aria-label="Docs folder">Docs</div></div><div role="listbox"><div role="option" '
         'id="c" aria-label="Red colour">Red</div></div>', {"#a": F, "#b": P, "#c": P},
         "gridcell, treeitem and option are widgets with name from content"),
    Case("aria-valid-attr-value",
         '<div role="checkbox" id="a" aria-checked="undefined">x</div>'
         '<button id="b" aria-pressed="undefined">x</button>'
         '<div role="option" id="c" aria-selected="undefined">x</div>'
         '<div role="dialog" id="d" aria-modal="undefined">x</div>'
         '<div id="e" aria-busy="undefined">x</div>',
         {"#a": P, "#b": P, "#c": P, "#d": F, "#e": F},
         "ARIA 1.2 value tables: aria-checked, aria-pressed, aria-selected take undefined; "
         "true/false attributes do not"),
    Case("label-in-name",
         '<a href="/" id="a" aria-label="Home">Home<span style="position:absolute;'
         'left:-9999px"> page of the site</span></a>'
         '<a href="/" id="b" aria-label="Next">Next<span class="sr-only"> article about '
         'cats</span></a>', {"#a": P, "#b": P},
         "visible inner text: off-screen or clipped text is not visible",
         head="<style>.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden;"
              " clip: rect(0 0 0 0); white-space: nowrap }</style>"),
    Case("td-headers-attr",
         '<table role="grid"><tr><th id="h">H</th></tr><tr><td headers="zz" id="a">1</td></tr>'
         '</table><table role="none" tabindex="0"><tr><th id="k">H</th></tr>'
         '<tr><td headers="zz" id="b">1</td></tr></table>', {"#a": F, "#b": F},
         "a grid is a table; a focusable table marked decorative keeps its table role"),
    Case("th-has-data-cells",
         '<table><tr><th id="a">A</th><th id="b">B</th></tr><tr><td headers="">1</td>'
         '<td>2</td></tr></table>', {"#a": F, "#b": P},
         "HTML: a headers attribute, even empty, replaces the headers found by position"),
]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_blind_case(case: Case) -> None:
    found = case_verdicts(case)
    if case.only_failed:
        found = {target: outcome for target, outcome in found.items() if outcome == F}
    assert found == case.expected, case.reason


#: The second blind pass (session 31): written from the rule text of every static rule, without
#: reading the cases above, the development split or the rules' implementations.
SECOND: list[Case] = [
    # --- 3ea0c8 Id attribute value is unique -----------------------------------------------
    Case("duplicate-id", '<p id="a">one</p><p id="A">two</p>', {"#a": P, "#A": P},
         "DOM: ids compare case-sensitively, so a and A are two values"),
    Case("duplicate-id", '<p id="x">one</p><div hidden><span id="x">two</span></div>',
         {"html > body > p": F, "html > body > div > span": F},
         "3ea0c8: elements neither included nor visible are still considered"),
    Case("duplicate-id", '<svg><circle id="c" r="1"/></svg><p id="c">dot</p>',
         {"html > body > svg > circle": F, "html > body > p": F},
         "3ea0c8: the id of an SVG element counts as much as an HTML one"),
    Case("duplicate-id", '<math><mi id="m">x</mi></math><p id="m">text</p>',
         {"html > body > p": P},
         "3ea0c8: only ids on HTML or SVG elements apply or count; a MathML id does neither"),
    Case("duplicate-id", '<template><p id="t">later</p></template><p id="t">now</p>',
         {"#t": P, "html > body > template > p": P},
         "DOM: a template's content is another document tree, so neither id repeats"),
    Case("duplicate-id", '<p id="">one</p><p id="">two</p><p id="solo">three</p>',
         {"#solo": P}, "3ea0c8: an empty id attribute is not applicable"),
    # --- e6952f Attribute is not duplicated ---------------------------------------------------
    Case("duplicate-attribute", '<p id="a" class="x" CLASS="y">x</p>', {"#a": F},
         "HTML tokenizer: attribute names are lowercased before the duplicate check",
         only_failed=True),
    Case("duplicate-attribute", '<p id="b" data-x="1" data-x-y="2" data-X-z="3">x</p>', {},
         "e6952f: different names are not duplicates", only_failed=True),
    Case("duplicate-attribute",
         '<svg id="s" viewBox="0 0 1 1" viewbox="0 0 2 2"><circle r="1"/></svg>', {"#s": F},
         "e6952f: SVG start tags apply; HTML parsing lowercases viewBox and viewbox alike",
         only_failed=True),
    Case("duplicate-attribute", '<textarea id="t">&lt;p class=a class=b&gt;</textarea>'
         '<!-- <p class=a class=b> --><p id="c">x</p>', {},
         "e6952f: text in a textarea and a comment is not a start tag", only_failed=True),
    Case("duplicate-attribute", '<template><p id="d" title="a" title="b">x</p></template>',
         {"html > body > template > p": F}, "e6952f: a template's content is parsed from start tags too",
         only_failed=True),
    # --- 5f99a7 ARIA attribute is defined in WAI-ARIA -----------------------------------------
    Case("aria-valid-attr", '<p id="a" aria-Label="x">x</p>', {"#a": P},
         "HTML: attribute names are lowercased, aria-Label is aria-label"),
    Case("aria-valid-attr", '<p id="b" aria-labeledby="x">x</p>', {"#b": F},
         "WAI-ARIA 1.2 defines aria-labelledby, not the misspelling"),
    Case("aria-valid-attr", '<div id="c" hidden aria-foo="x">x</div>', {"#c": F},
         "5f99a7: any attribute starting with aria- applies, hidden or not"),
    Case("aria-valid-attr", '<div id="d" aria-grabbed="false">x</div>', {"#d": P},
         "WAI-ARIA 1.2 still defines aria-grabbed (deprecated, not removed)"),
    Case("aria-valid-attr", '<svg><rect id="e" width="1" height="1" aria-labelledbyy="x"/></svg>',
         {"#e": F}, "5f99a7: applies to any attribute starting with aria-, SVG included"),
    Case("aria-valid-attr", '<p id="f" data-aria-foo="x" arialabel="y">x</p>', {},
         "5f99a7: only attributes that start with aria- apply"),
    # --- 674b10 Role attribute has valid value ------------------------------------------------
    Case("aria-roles", '<div id="a" role=" \t\n">x</div>', {},
         "674b10: a role of only ASCII whitespace is not applicable"),
    Case("aria-roles", '<div id="b" role="foo button" tabindex="0">x</div>', {"#b": P},
         "674b10: at least one token is a valid non-abstract role"),
    Case("aria-roles", '<div id="c" role="command">x</div>', {"#c": F},
         "WAI-ARIA 1.2: command is abstract"),
    Case("aria-roles", '<div hidden><span id="d" role="foo">x</span></div>'
         '<div aria-hidden="true"><span id="e" role="bar">y</span></div>', {},
         "674b10: role on a programmatically hidden element is not applicable"),
    Case("aria-roles", '<section id="f" role="doc-chapter">x</section>'
         '<svg id="g" role="graphics-document"><title>Map</title></svg>', {"#f": P, "#g": P},
         "WAI-ARIA specifications include DPUB-ARIA and Graphics ARIA"),
    Case("aria-roles", '<div id="h" role="\tbutton\n" tabindex="0">x</div>'
         '<div id="i" role="foo bar">y</div>', {"#h": P, "#i": F},
         "674b10: tokens split on whitespace; none of foo, bar is a role"),
    # --- b5c3f8 HTML page has lang attribute ----------------------------------------------------
    Case("html-has-lang", PAGE.format(' lang="\t\n"'), {"html": F},
         "b5c3f8: a lang of only ASCII whitespace fails"),
    Case("html-has-lang", PAGE.format(' xml:lang="en"'), {"html": F},
         "b5c3f8: the expectation asks for lang; xml:lang alone does not do"),
    Case("html-has-lang", PAGE.format(' lang="xx-nonsense"'), {"html": P},
         "b5c3f8 asks only for a non-empty lang (validity is bf051a)"),
    Case("html-has-lang", '<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>'
         '<iframe title="Inner" srcdoc="<html><body>No lang</body></html>"></iframe></body></html>',
         {"html": P}, "b5c3f8: html in a nested browsing context is not applicable"),
    # --- bf051a HTML page lang attribute has valid language tag ------------------------------
    Case("html-lang-valid", PAGE.format(' lang="EN-gb"'), {"html": P},
         "bf051a: subtags are compared case-insensitively"),
    Case("html-lang-valid", PAGE.format(' lang="de-hello"'), {"html": P},
         "bf051a glossary: de-hello has a known primary language tag (de)"),
    Case("html-lang-valid", PAGE.format(' lang="i-klingon"'), {"html": F},
         "bf051a glossary: grandfathered tags have no known primary language tag"),
    Case("html-lang-valid", PAGE.format(' lang="eng"'), {"html": F},
         "bf051a: ISO 639-2 codes not in the subtag registry are not known (eng is en)"),
    Case("html-lang-valid", PAGE.format(' lang=" "'), {},
         "bf051a: a lang of only whitespace is not applicable"),
    Case("html-lang-valid", PAGE.format(' lang="isv"'), {"html": P},
         "IANA registry: isv (Interslavic) is a language subtag"),
    Case("html-lang-valid", PAGE.format(' lang="zh-yue"'), {"html": P},
         "bf051a: zh is a known primary language subtag"),
    # --- 5b7ae0 lang and xml:lang match ----------------------------------------------------
    Case("html-xml-lang-mismatch", PAGE.format(' lang="en" xml:lang="en-GB"'), {"html": P},
         "5b7ae0: only the primary language subtags must be the same"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="EN" xml:lang="en"'), {"html": P},
         "5b7ae0 glossary: subtags are case-insensitive"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="fr" xml:lang="en"'), {"html": F},
         "5b7ae0: fr and en differ"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="zz" xml:lang="en"'), {},
         "5b7ae0: lang must have a known primary language tag to apply (zz is not one)"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="en" xml:lang=""'), {},
         "5b7ae0: an empty xml:lang is not applicable"),
    Case("html-xml-lang-mismatch", PAGE.format(' lang="de-hello" xml:lang="DE-de"'),
         {"html": P}, "5b7ae0: de and DE are the same primary subtag"),
    # --- 2779a5 HTML page has non-empty title -------------------------------------------------
    Case("document-title", "<!DOCTYPE html><html lang='en'><head><title>&nbsp;\u3000</title>"
         "</head><body><p>x</p></body></html>", {"html": F},
         "2779a5 glossary: whitespace is Unicode White_Space, so NBSP and U+3000 too"),
    Case("document-title", "<!DOCTYPE html><html lang='en'><head></head><body>"
         "<title>Budget 2027</title><p>x</p></body></html>", {"html": P},
         "2779a5: a title outside head still counts (assumption)"),
    Case("document-title", "<!DOCTYPE html><html lang='en'><head><title> </title>"
         "<title>Budget</title></head><body><p>x</p></body></html>", {"html": F},
         "2779a5 expectation 2: the first title element decides"),
    Case("document-title", "<!DOCTYPE html><html lang='en'><head></head><body>"
         "<svg><title>Chart</title></svg></body></html>", {"html": F},
         "2779a5: an SVG title is not an HTML title element"),
    Case("document-title", "<!DOCTYPE html><html lang='en'><head><title><!-- x --></title>"
         "</head><body><p>x</p></body></html>", {"html": P},
         "HTML: title is RCDATA, so <!-- x --> is text, not a comment"),
    # --- ffd0e9 Heading has non-empty accessible name -----------------------------------------
    Case("empty-heading", '<h2 id="a"><img src="x.png" alt=""></h2>'
         '<h2 id="b"><img src="x.png" alt="Logo"></h2>', {"#a": F, "#b": P},
         "accname: a decorative image gives no name; an alt does"),
    Case("empty-heading", '<div id="c" role="heading" aria-level="2" aria-label="  "></div>',
         {"#c": F}, "accname 2C: a blank aria-label is skipped and there is no content"),
    Case("empty-heading", '<h3 id="d" aria-hidden="true"></h3>'
         '<style>.gone{display:none}</style><h3 id="e" class="gone"></h3>', {},
         "ffd0e9: headings not included in the accessibility tree are not applicable"),
    Case("empty-heading", '<h3 id="f" role="none"></h3><h1 id="g" role="button">Go</h1>', {},
         "ffd0e9: the semantic role decides; none and button are not heading"),
    Case("empty-heading", '<h4 id="h"><span hidden>Secret</span></h4>', {"#h": F},
         "accname 2A: hidden content gives no name"),
    Case("empty-heading", '<h4 id="i" aria-labelledby="lbl"></h4><span id="lbl" hidden>Weather</span>',
         {"#i": P}, "accname 2B: aria-labelledby follows a hidden referenced element"),
    Case("empty-heading", '<custom-box><h5 id="j">Inside</h5></custom-box>', {"#j": P},
         "a heading in a custom element without shadow root is still a heading"),
    # --- 46ca7f Element marked as decorative is not exposed ----------------------------------
    Case("presentation-role-conflict", '<img id="a" src="x.png" alt="" aria-label="Logo">'
         '<img id="b" src="x.png" alt="">', {"#a": F, "#b": P},
         "WAI-ARIA 1.2 conflict resolution: a global property exposes the element"),
    Case("presentation-role-conflict", '<span id="c" role="presentation" tabindex="0">x</span>'
         '<button id="d" role="none">Go</button><a id="e" href="/x" role="none">x</a>',
         {"#c": F, "#d": F, "#e": F}, "WAI-ARIA 1.2: a focusable element keeps its role"),
    Case("presentation-role-conflict", '<ul><li id="f" role="none">x</li></ul>'
         '<div id="g" role="foo none">y</div>', {"#f": P, "#g": P},
         "46ca7f: explicit role none (the first valid token) and no conflict"),
    Case("presentation-role-conflict", '<img id="h" src="x.png" alt="" hidden>'
         '<img id="i" src="x.png" alt="" role="img">', {"#h": P},
         "46ca7f: not included passes; an img with an explicit role is not marked decorative"),
    Case("presentation-role-conflict", '<img id="j" src="x.png" role="presentation" alt="Chart">',
         {"#j": P}, "46ca7f: explicit role presentation, no global property, not focusable"),
    Case("presentation-role-conflict", '<img id="k" src="x.png" alt="" aria-describedby="d">'
         '<p id="d">A dot</p>', {"#k": F},
         "WAI-ARIA 1.2: aria-describedby is global, so the conflict exposes the img"),
    # --- 7d6734 SVG element with explicit role has non-empty accessible name ------------------
    Case("svg-img-alt", '<svg id="a" role="img"><title>Chart</title></svg>'
         '<svg id="b" role="img"></svg><svg id="c" role="img"><title> </title></svg>',
         {"#a": P, "#b": F, "#c": F}, "SVG-AAM: the title child names; blank title names nothing"),
    Case("svg-img-alt", '<svg id="d" role="img" aria-hidden="true"></svg><svg id="e"></svg>', {},
         "7d6734: hidden or without an explicit role is not applicable"),
    Case("svg-img-alt", '<svg><circle id="f" role="graphics-symbol" r="1"/>'
         '<g id="g" role="graphics-symbol" aria-label="Dot"><circle r="1"/></g></svg>',
         {"#f": F, "#g": P}, "7d6734: graphics-symbol applies on any SVG element"),
    Case("svg-img-alt", '<svg id="h" role="img" aria-labelledby="cap"></svg><p id="cap">Sales</p>',
         {"#h": P}, "accname 2B: aria-labelledby names the svg"),
    Case("svg-img-alt", '<svg id="i" role="img"><text x="0" y="10">Sales</text></svg>', {"#i": F},
         "WAI-ARIA 1.2: img takes its name from the author only, not its text content"),
    # --- 8fc3b6 Object element has non-empty accessible name ----------------------------------
    Case("object-alt", '<object id="a" data="chart.png" type="image/png"></object>'
         '<object id="b" data="chart.png" type="image/png" aria-label="Sales chart"></object>',
         {"#a": F, "#b": P}, "8fc3b6: an image object needs a name"),
    Case("object-alt", '<object id="c" data="chart.png" type="image/png" role="presentation">'
         '</object><object id="d" data="chart.png" type="image/png" aria-hidden="true"></object>',
         {}, "8fc3b6: an explicit role or not included is not applicable"),
    Case("object-alt", '<object id="e" data="chart.png" type="image/png" title="Sales chart">'
         '</object>', {"#e": P}, "HTML-AAM: title names an object"),
    Case("object-alt", '<object id="f" data="page.html" type="text/html"></object>', {},
         "8fc3b6: a text/html resource is not image, audio or video"),
    Case("object-alt", '<object id="g" data="clip.mp4" type="video/mp4"></object>', {"#g": F},
         "8fc3b6: a video object needs a name too"),
    # --- 59796f Image button has non-empty accessible name ------------------------------------
    Case("input-image-alt", '<input type="IMAGE" id="a" src="x.png" alt="Search">'
         '<input type="image" id="b" src="x.png">', {"#a": P, "#b": F},
         "HTML: type keywords are ASCII case-insensitive; no name is the default Submit Query"),
    Case("input-image-alt", '<input type="image" id="c" src="x.png" aria-labelledby="l">'
         '<span id="l">Go</span><input type="image" id="d" src="x.png" alt="" aria-label="Find">',
         {"#c": P, "#d": P}, "HTML-AAM: aria-labelledby and aria-label come first"),
    Case("input-image-alt", '<input type="image" id="e" src="x.png" hidden>'
         '<div aria-hidden="true"><input type="image" id="f" src="x.png" tabindex="-1"></div>',
         {}, "59796f: image buttons not included in the accessibility tree are not applicable"),
    Case("input-image-alt", '<input type="image" id="g" src="x.png" title="Search">', {"#g": P},
         "HTML-AAM: title names an image button after alt"),
    # --- cae760 Iframe element has non-empty accessible name ----------------------------------
    Case("frame-title", '<iframe id="a" src="map.html" title="Map"></iframe>'
         '<iframe id="b" src="map.html"></iframe><iframe id="c" src="m.html" title="  "></iframe>',
         {"#a": P, "#b": F, "#c": F}, "cae760: an iframe needs a non-empty name"),
    Case("frame-title", '<iframe id="d" src="m.html" tabindex="-1"></iframe>'
         '<iframe id="e" src="m.html" tabindex="-1x"></iframe>', {},
         "HTML: -1x parses as the integer -1 (rules for parsing integers), negative"),
    Case("frame-title", '<iframe id="f" src="m.html" role="presentation"></iframe>'
         '<iframe id="g" src="m.html" hidden></iframe>', {},
         "cae760: marked decorative or not included is not applicable"),
    Case("frame-title", '<iframe id="h" src="m.html" aria-label="Map"></iframe>'
         '<iframe id="i" src="m.html" tabindex="0"></iframe>', {"#h": P, "#i": F},
         "accname: aria-label names an iframe; tabindex 0 is not negative"),
    # --- m6b1q3 Menuitem has non-empty accessible name ----------------------------------------
    Case("menuitem-name", '<div role="menu"><div role="menuitem" id="a">Open</div>'
         '<div role="menuitem" id="b"></div></div>', {"#a": P, "#b": F},
         "m6b1q3: a menuitem needs a non-empty name (menuitem names from content)"),
    Case("menuitem-name", '<ul role="menu"><li role="menuitem" id="c"><img src="s.png" alt="Save">'
         '</li><li role="menuitem" id="d"><span aria-hidden="true">X</span></li></ul>',
         {"#c": P, "#d": F}, "accname 2F: content names; aria-hidden content does not"),
    Case("menuitem-name", '<div role="menu"><div role="menuitem" id="e" aria-hidden="true"></div>'
         '<div role="menuitem" id="f" title="Print"></div></div>', {"#f": P},
         "m6b1q3: hidden menuitems are not applicable; title names"),
    Case("menuitem-name", '<div role="menu"><button role="menuitem" id="g">Copy</button></div>',
         {"#g": P}, "m6b1q3: the explicit menuitem role of a button applies"),
    # --- 307n5z Element with presentational children has no focusable content ----------------
    Case("nested-interactive", '<div role="button" id="a" tabindex="0"><a href="/x">x</a></div>'
         '<button id="b"><span tabindex="-1">x</span></button>', {"#a": F, "#b": P},
         "307n5z: a link is in sequential navigation; tabindex -1 is not"),
    Case("nested-interactive", '<div role="option" id="c"><input type="checkbox"></div>'
         '<div role="img" id="d"><a href="/x">x</a></div>', {"#c": F, "#d": F, "#c > input": P},
         "WAI-ARIA 1.2: option and img (and the checkbox) have presentational children"),
    Case("nested-interactive", '<div role="tab" id="e">Tab<button disabled>x</button></div>'
         '<div role="checkbox" aria-checked="false" id="f" tabindex="0">'
         '<span hidden><a href="/x">x</a></span></div>', {"#e": P, "#f": P, "#e > button": P},
         "307n5z: disabled or hidden content is not in sequential focus navigation"),
    Case("nested-interactive", '<div role="link" id="g" tabindex="0"><button>x</button></div>',
         {"#g > button": P}, "WAI-ARIA 1.2: link does not have presentational children; button does"),
    Case("nested-interactive", '<button id="h"><a>no href</a></button>'
         '<button id="i"><div contenteditable="true">x</div></button>', {"#h": P, "#i": F},
         "HTML: an a without href is not focusable; an editing host is"),
    Case("nested-interactive", '<div role="separator" id="j" tabindex="0" aria-valuenow="5">'
         '<a href="/x">x</a></div>', {"#j": F},
         "WAI-ARIA 1.2: separator has presentational children"),
    # --- in6db8 ARIA required ID references exist ---------------------------------------------
    Case("aria-valid-idref", '<div role="combobox" id="a" aria-expanded="true" aria-controls="l">'
         '</div><ul id="l" role="listbox"></ul><div role="combobox" id="b" aria-expanded="true"'
         ' aria-controls="missing"></div>', {"#a": P, "#b": F},
         "in6db8: an expanded combobox's aria-controls must name an existing id"),
    Case("aria-valid-idref", '<div role="combobox" id="c" aria-expanded="false"'
         ' aria-controls="missing"></div>', {}, "in6db8: a collapsed combobox is not applicable"),
    Case("aria-valid-idref", '<div role="combobox" id="d" aria-expanded="true"'
         ' aria-controls="missing l2"></div><div id="l2"></div>', {"#d": P},
         "in6db8: at least one of the IDs must match"),
    Case("aria-valid-idref", '<div role="scrollbar" id="e" aria-controls="nothing"'
         ' aria-valuenow="0"></div>', {"#e": F}, "in6db8: a scrollbar's aria-controls applies"),
    Case("aria-valid-idref", '<div role="combobox" id="f" aria-expanded="true" aria-controls="l1">'
         '</div><template><ul id="l1"></ul></template>', {"#f": F},
         "DOM: a template's content is not in the same document"),
    Case("aria-valid-idref", '<div role="combobox" id="g" aria-expanded="true"'
         ' aria-controls="List"></div><ul id="list"></ul>', {"#g": F},
         "DOM: ids are case-sensitive"),
    # --- kb1m8s ARIA global properties not used where prohibited -----------------------------
    Case("aria-prohibited-attr", '<div id="a" aria-label="x">x</div>'
         '<span id="b" aria-labelledby="a">y</span><p id="c" aria-label="x">z</p>',
         {"#a": F, "#b": F, "#c": F},
         "WAI-ARIA 1.2: generic and paragraph prohibit aria-label and aria-labelledby"),
    Case("aria-prohibited-attr", '<div id="d" role="region" aria-label="x">x</div>', {"#d": P},
         "WAI-ARIA 1.2: region allows naming"),
    Case("aria-prohibited-attr", '<code id="e" aria-label="x">c</code>'
         '<strong id="f" aria-label="x">s</strong><sup id="g" aria-label="x">2</sup>',
         {"#e": F, "#f": F, "#g": F},
         "HTML-AAM code, strong, sup; WAI-ARIA 1.2 prohibits naming them"),
    Case("aria-prohibited-attr", '<div id="h" aria-label="x" hidden>x</div>', {},
         "kb1m8s: not included in the accessibility tree is not applicable"),
    Case("aria-prohibited-attr", '<span id="i" aria-describedby="h2">x</span><p id="h2">d</p>',
         {"#i": P}, "WAI-ARIA 1.2: aria-describedby is not prohibited on generic"),
    Case("aria-prohibited-attr", '<custom-tag id="j" aria-label="x">x</custom-tag>', {"#j": F},
         "HTML-AAM: an autonomous custom element is generic"),
    Case("aria-prohibited-attr", '<div id="k" role="none" aria-label="x">x</div>', {"#k": F},
         "conflict resolution: aria-label cancels none, the div is generic again, which prohibits it"),
    # --- 4e8ab6 Element with role attribute has required states and properties ---------------
    Case("aria-required-attr", '<div role="slider" id="a" tabindex="0">x</div>', {"#a": F},
         "WAI-ARIA 1.2 (unlike 1.1) lists no implicit value for slider's aria-valuenow"),
    Case("aria-required-attr", '<div role="heading" id="b">x</div>', {"#b": F},
         "WAI-ARIA 1.2 (unlike 1.1) requires aria-level on heading with no implicit value"),
    Case("aria-required-attr", '<div role="combobox" id="c" tabindex="0">x</div>', {"#c": F},
         "WAI-ARIA 1.2 lists no implicit value for combobox's required aria-expanded"),
    Case("aria-required-attr", '<div role="scrollbar" id="d" aria-valuenow="1">x</div>', {"#d": F},
         "WAI-ARIA 1.2: scrollbar requires aria-controls, which has no default"),
    Case("aria-required-attr", '<input type="checkbox" role="checkbox" id="e">'
         '<h2 role="heading" id="f">x</h2>', {},
         "4e8ab6: an implicit role equal to the explicit role is not applicable"),
    Case("aria-required-attr", '<div role="scrollbar" id="g" aria-hidden="true"></div>', {},
         "4e8ab6: not included in the accessibility tree is not applicable"),
    # --- a25f45 Headers attribute refers to cells in the same table ---------------------------
    Case("td-headers-attr", '<table><tr><th id="h1">Name</th><th id="h2">Age</th></tr>'
         '<tr><td id="a" headers="  h1 \t ">Ann</td><td id="b" headers="h2 h1">30</td></tr></table>',
         {"#a": P, "#b": P}, "a25f45: space separated tokens, each a cell of the same table"),
    Case("td-headers-attr", '<table><tr><th id="x1">Name</th></tr></table><table><tr><th>A</th>'
         '</tr><tr><td id="c" headers="x1">Ann</td></tr></table>', {"#c": F},
         "a25f45: a cell of another table does not do"),
    Case("td-headers-attr", '<table><tr><th id="h3">Name</th></tr><tr><td id="d" headers="d h3">'
         'Ann</td></tr></table>', {"#d": F}, "a25f45 expectation 2: no token is its own id"),
    Case("td-headers-attr", '<table><caption id="cap">People</caption><tr><th>Name</th></tr>'
         '<tr><td id="e" headers="cap">Ann</td></tr></table>', {"#e": F},
         "a25f45: a caption is not a cell"),
    Case("td-headers-attr", '<table hidden><tr><th id="h5">N</th></tr><tr><td id="f" headers="z">'
         'A</td></tr></table><table role="presentation"><tr><td id="g" headers="z">B</td></tr>'
         '</table>', {}, "a25f45: hidden or presentational tables are not applicable"),
    Case("td-headers-attr", '<table><tr><th id="h6">N</th></tr><tr><td id="h" headers="H6">A</td>'
         '</tr></table>', {"#h": F}, "DOM: ids compare case-sensitively"),
    # --- d0f69e Table header cell has assigned cells ------------------------------------------
    Case("th-has-data-cells", '<table><tr><th id="a">Name</th></tr><tr><td></td></tr></table>',
         {"#a": P}, "d0f69e: an empty data cell is still a cell"),
    Case("th-has-data-cells", '<table><tr><th id="b">Name</th><th id="c">Age</th></tr></table>',
         {"#b": F, "#c": F}, "d0f69e: headers with no cells fail"),
    Case("th-has-data-cells", '<table role="presentation"><tr><th id="d">N</th></tr>'
         '<tr><td>A</td></tr></table><table><tr><th id="e" hidden>N</th></tr></table>', {},
         "d0f69e: a th of a presentational table is no header; a hidden one is not applicable"),
    Case("th-has-data-cells", '<div role="grid"><div role="row"><div role="columnheader" id="f">'
         'Name</div></div><div role="row"><div role="gridcell">Ann</div></div></div>',
         {"#f": P}, "d0f69e: a grid's columnheader with a gridcell below it"),
    Case("th-has-data-cells", '<table><tr><th id="g" colspan="2">Both</th></tr>'
         '<tr><td>1</td><td>2</td></tr></table>', {"#g": P},
         "HTML: a spanning header is assigned to the cells of every column it spans"),
    # --- 6cfa84 Element with aria-hidden has no focusable content ----------------------------
    Case("aria-hidden-focus", '<div aria-hidden="true" id="a"><a href="/x">x</a></div>'
         '<div aria-hidden="true" id="b"><a href="/x" tabindex="-1">x</a></div>',
         {"#a": F, "#b": P}, "6cfa84: a link in sequential navigation fails; tabindex -1 not"),
    Case("aria-hidden-focus", '<button aria-hidden="true" id="c">x</button>', {"#c": F},
         "6cfa84: an inclusive descendant, so the element itself counts"),
    Case("aria-hidden-focus", '<div aria-hidden="true" id="d"><input type="hidden"><a>x</a>'
         '<fieldset disabled><button>x</button></fieldset></div>', {"#d": P},
         "HTML: hidden inputs, a without href, and disabled fieldset controls are not focusable"),
    Case("aria-hidden-focus", '<div aria-hidden="false" id="e"><a href="/x">x</a></div>', {},
         "6cfa84: only aria-hidden=true applies"),
    Case("aria-hidden-focus", '<div aria-hidden="true" id="f"><details><summary>More</summary>'
         '</details></div>', {"#f": F}, "HTML: a details' summary is focusable"),
    Case("aria-hidden-focus", '<style>.off{display:none}</style><div aria-hidden="true" id="g">'
         '<button class="off">x</button></div><div aria-hidden="true" id="h">'
         '<div tabindex="0">x</div></div>', {"#g": P, "#h": F},
         "display:none is not focusable; tabindex 0 is"),
    # --- 5c01ea ARIA state or property is permitted -------------------------------------------
    Case("aria-allowed-attr", '<div role="button" id="a" aria-pressed="false" tabindex="0">x</div>'
         '<div role="link" id="b" aria-checked="true" tabindex="0">y</div>', {"#a": P, "#b": F},
         "WAI-ARIA 1.2: button supports aria-pressed; link does not support aria-checked"),
    Case("aria-allowed-attr", '<h2 id="c" aria-expanded="true">x</h2>', {"#c": F},
         "WAI-ARIA 1.2: aria-expanded is not global and heading does not support it"),
    Case("aria-allowed-attr", '<div id="d" aria-level="2" hidden>x</div>', {},
         "5c01ea: not included in the accessibility tree is not applicable"),
    Case("aria-allowed-attr", '<a href="/x" id="e" aria-expanded="false">x</a>'
         '<span id="f" aria-valuenow="3">y</span>', {"#e": P, "#f": F},
         "WAI-ARIA 1.2: link supports aria-expanded; generic does not support aria-valuenow"),
    Case("aria-allowed-attr", '<svg id="g" role="img" aria-label="Chart" aria-selected="false">'
         '</svg>', {"#g": F}, "WAI-ARIA 1.2: img does not support aria-selected"),
    # --- ff89c9 ARIA required context role ----------------------------------------------------
    Case("aria-required-parent", '<div role="list"><div role="listitem" id="a">x</div></div>'
         '<div role="listitem" id="b">y</div>', {"#a": P, "#b": F},
         "WAI-ARIA 1.2: listitem requires list or directory"),
    Case("aria-required-parent", '<ul><li role="listitem" id="c">x</li></ul>', {},
         "ff89c9: an implicit role equal to the explicit one is not applicable"),
    Case("aria-required-parent", '<div role="list"><div role="none"><div role="listitem" id="d">'
         'x</div></div></div>', {"#d": P},
         "ff89c9: a presentational element is not in the accessibility tree"),
    Case("aria-required-parent", '<div role="menu"><div role="group"><div role="menuitem" id="e">'
         'x</div></div></div>', {"#e": P}, "WAI-ARIA 1.2: menuitem's context includes group"),
    Case("aria-required-parent", '<div role="list"><div role="option" id="f">x</div></div>'
         '<div role="listbox"><div role="option" id="g">y</div></div>', {"#f": F, "#g": P},
         "WAI-ARIA 1.2: option requires listbox or group"),
    Case("aria-required-parent", '<div role="list" aria-owns="h"></div>'
         '<div role="listitem" id="h">x</div>', {"#h": P},
         "WAI-ARIA: aria-owns makes the listitem the list's child in the accessibility tree"),
    # --- bc4a75 ARIA required owned elements --------------------------------------------------
    Case("aria-required-children", '<div role="list" id="a"><div role="listitem">x</div></div>'
         '<div role="list" id="b"><div role="button" tabindex="0">x</div></div>',
         {"#a": P, "#b": F}, "bc4a75: list owns only listitems"),
    Case("aria-required-children", '<div role="list" id="c" aria-busy="true">'
         '<div role="button" tabindex="0">x</div></div>', {},
         "bc4a75: an element with aria-busy=true is not applicable"),
    Case("aria-required-children", '<div role="tablist" id="d"><div role="tab">a</div>'
         '<div role="tab">b</div></div>', {"#d": P}, "WAI-ARIA 1.2: tablist owns tabs"),
    Case("aria-required-children", '<div role="list" id="e" aria-owns="f"></div>'
         '<div role="button" id="f" tabindex="0">x</div>', {"#e": F},
         "bc4a75 owned by: aria-owns makes the button owned by the list"),
    Case("aria-required-children", '<select id="g" multiple><option>a</option>'
         '<optgroup label="x"><option>b</option></optgroup></select>', {"#g": P},
         "HTML-AAM: select multiple is a listbox owning options and groups"),
    # --- 23a2a8 Image has non-empty accessible name -------------------------------------------
    Case("image-alt", '<img id="a" src="x.png"><img id="b" src="x.png" alt="">'
         '<img id="c" src="x.png" title="Map">', {"#a": F, "#b": P, "#c": P},
         "23a2a8: no name fails; alt=\"\" is presentation; title names"),
    Case("image-alt", '<div role="img" id="d"><span>Chart</span></div>'
         '<div role="img" id="e" aria-label="Chart"></div>', {"#d": F, "#e": P},
         "WAI-ARIA 1.2: img is named by the author only, not its content"),
    Case("image-alt", '<img id="f" src="x.png" aria-hidden="true"><img id="g" src="x.png" hidden>',
         {}, "23a2a8: programmatically hidden is not applicable"),
    Case("image-alt", '<img id="h" src="x.png" role="presentation">'
         '<img id="i" src="x.png" role="none" tabindex="0">', {"#h": P, "#i": F},
         "23a2a8: presentation passes; focusable cancels none and leaves no name"),
    Case("image-alt", '<picture><img id="j" src="x.png"></picture>'
         '<svg><image id="k" href="x.png" width="1" height="1"/></svg>', {"#j": F},
         "23a2a8: an img in picture applies; an SVG image element is not HTML"),
    # --- c487ae Link has non-empty accessible name --------------------------------------------
    Case("link-name", '<a id="a" href="/x"></a><a id="b" href="/x"><img src="h.png" alt="Home"></a>'
         '<a id="c">no href</a>', {"#a": F, "#b": P},
         "c487ae: an a with href is a link; without href it is generic"),
    Case("link-name", '<span role="link" id="d" tabindex="0">Next</span>'
         '<a id="e" href="/x"><span hidden>Home</span></a>', {"#d": P, "#e": F},
         "accname: content names a link; hidden content does not"),
    Case("link-name", '<a id="f" href="/x" title="Home"></a><a id="g" href="/x" aria-label=" ">'
         'Home</a>', {"#f": P, "#g": P}, "accname: title as tooltip; a blank aria-label is skipped"),
    Case("link-name", '<a id="h" href="/x" role="button"></a>'
         '<a id="i" href="/x" aria-hidden="true" tabindex="-1"></a>', {},
         "c487ae: a button role or hidden link is not applicable"),
    Case("link-name", '<a role="doc-backlink" id="j" href="/x"></a>', {"#j": F},
         "c487ae: an inheriting semantic link; doc-backlink is a subclass of link"),
    # --- 6a7281 ARIA state or property has valid value ----------------------------------------
    Case("aria-valid-attr-value", '<div id="a" aria-hidden="yes">x</div>'
         '<div role="heading" id="b" aria-level="2.5">y</div>', {"#a": F, "#b": F},
         "WAI-ARIA 1.2: aria-hidden is true/false/undefined; aria-level an integer"),
    Case("aria-valid-attr-value", '<div role="slider" id="c" aria-valuenow="3.5" tabindex="0">'
         '</div><div id="d" aria-labelledby="nowhere">x</div>', {"#c": P, "#d": P},
         "aria-valuenow is a number; ID references need not exist (6a7281 exception)"),
    Case("aria-valid-attr-value", '<input id="e" aria-autocomplete="all">'
         '<div role="columnheader" id="f" aria-sort="up">x</div>', {"#e": F, "#f": F},
         "WAI-ARIA 1.2: tokens from a closed list"),
    Case("aria-valid-attr-value", '<button id="g" aria-haspopup="dialog">x</button>'
         '<button id="h" aria-expanded="undefined">y</button>', {"#g": P, "#h": P},
         "WAI-ARIA 1.2: dialog is an aria-haspopup token; undefined is a value of aria-expanded"),
    Case("aria-valid-attr-value", '<div id="i" aria-live="">x</div>', {},
         "6a7281: an empty value is not applicable"),
    # --- 2t702h Summary element has non-empty accessible name ---------------------------------
    Case("summary-name", '<details><summary id="a">More</summary>x</details>'
         '<details><summary id="b"></summary>y</details>', {"#a": P, "#b": F},
         "2t702h: the summary button needs a name beyond the marker"),
    Case("summary-name", '<details><summary id="c">A</summary><summary id="d"></summary></details>'
         '<summary id="e"></summary>', {"#c": P},
         "HTML: only a details' first summary child is its summary button"),
    Case("summary-name", '<details><summary id="f" aria-label="Options"></summary>x</details>'
         '<details><summary id="g" role="button"></summary>y</details>', {"#f": P},
         "2t702h: an explicit role that is not ignored is not applicable"),
    Case("summary-name", '<details><summary id="h"><img src="x.png" alt=""></summary>x</details>'
         '<details aria-hidden="true"><summary id="i" tabindex="-1"></summary>y</details>',
         {"#h": F}, "accname: a decorative image names nothing; hidden is not applicable"),
    # --- bc659a / bisz58 Meta element has no refresh delay -------------------------------------
    Case("meta-refresh", "<p>x</p>", {"#m": P},
         "HTML refresh steps: no digits but a '.' next gives time 0",
         head='<meta id="m" http-equiv="refresh" content=".5; url=/next">'),
    Case("meta-refresh", "<p>x</p>", {"#m": F},
         "bc659a: more than 72000 is needed, 72000 itself fails",
         head='<meta id="m" http-equiv="refresh" content="72000">'),
    Case("meta-refresh", "<p>x</p>", {"#m": P}, "bc659a: 72001 is more than 20 hours",
         head='<meta id="m" http-equiv="refresh" content="72001; url=/next">'),
    Case("meta-refresh", "<p>x</p>", {},
         "HTML refresh steps: a character other than ; , or whitespace after the time is invalid",
         head='<meta id="m" http-equiv="refresh" content="5x"><meta id="n" http-equiv="refresh"'
              ' content="-1">'),
    Case("meta-refresh", "<p>x</p>", {"#n": F},
         "bc659a: the first meta with a VALID content applies, so the invalid one is skipped",
         head='<meta id="m" http-equiv="refresh" content="soon">'
              '<meta id="n" http-equiv="refresh" content="  3 , url=/next">'),
    Case("meta-refresh", "<p>x</p>", {"#m": P},
         "bc659a: only the first one applies; a later delay is not judged",
         head='<meta id="m" http-equiv="refresh" content="0; url=/a">'
              '<meta id="n" http-equiv="refresh" content="5; url=/b">'),
    Case("meta-refresh", "<p>x</p>", {"#m": F},
         "HTML: http-equiv is an enumerated attribute, ASCII case-insensitive; 3.9 is time 3",
         head='<meta id="m" http-equiv="REFRESH" content="3.9">'),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {"#m": F},
         "bisz58: only 0 passes, even after 20 hours",
         head='<meta id="m" http-equiv="refresh" content="72001">'),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {"#m": P},
         "HTML refresh steps: '0.9' collects digits 0, then ignores .9",
         head='<meta id="m" http-equiv="refresh" content="0.9;url=/x">'),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {},
         "bisz58: a meta without http-equiv refresh is not applicable",
         head='<meta id="m" name="refresh" content="5">'),
    # --- b4f0c3 Meta viewport allows for zoom -------------------------------------------------
    Case("meta-viewport", "<p>x</p>", {"#v": F}, "b4f0c3: ; separates keys as , does",
         head='<meta id="v" name="viewport" content="width=device-width;user-scalable=no">'),
    Case("meta-viewport", "<p>x</p>", {"#v": P, "#w": P},
         "b4f0c3: 1 and -1 are not strictly between -1 and 1",
         head='<meta id="v" name="viewport" content="user-scalable=1">'
              '<meta id="w" name="viewport" content="user-scalable=-1">'),
    Case("meta-viewport", "<p>x</p>", {"#v": F}, "b4f0c3: 0.5 is between -1 and 1",
         head='<meta id="v" name="viewport" content="user-scalable=0.5">'),
    Case("meta-viewport", "<p>x</p>", {"#v": P, "#w": P},
         "b4f0c3: negative maximum-scale and device-width pass",
         head='<meta id="v" name="viewport" content="maximum-scale=-1">'
              '<meta id="w" name="viewport" content="maximum-scale=device-width">'),
    Case("meta-viewport", "<p>x</p>", {"#v": F, "#w": P},
         "b4f0c3: 1.5 is less than 2; 2.0 is 2",
         head='<meta id="v" name="viewport" content="maximum-scale=1.5">'
              '<meta id="w" name="viewport" content="maximum-scale=2.0">'),
    Case("meta-viewport", "<p>x</p>", {},
         "b4f0c3: without maximum-scale or user-scalable the content is not applicable",
         head='<meta id="v" name="viewport" content="width=device-width, initial-scale=1">'),
    Case("meta-viewport", "<p>x</p>", {"#v": F},
         "b4f0c3: spaces around = still give user-scalable=no",
         head='<meta id="v" name="viewport" content="width=device-width, user-scalable = no">'),
    Case("meta-viewport", "<p>x</p>", {"#v": F},
         "b4f0c3: maximum-scale=yes is none of the passing values (css-device-adapt: yes is 1)",
         head='<meta id="v" name="viewport" content="maximum-scale=yes">'),
    # --- de46e4 Element with lang attribute has valid language tag ----------------------------
    Case("valid-lang", '<p lang="fr-CA" id="a">Bonjour</p><p lang="english" id="b">Hello</p>',
         {"#a": P, "#b": F}, "de46e4: english is not a subtag in the registry"),
    Case("valid-lang", '<p lang="english" id="c"></p><p lang="english" id="d">   </p>', {},
         "de46e4: no non-whitespace text inherits the language, not applicable"),
    Case("valid-lang", '<div lang="foo" id="e"><p lang="en">Hello</p></div>', {"#e > p": P},
         "de46e4: all text inherits from the inner p, none from the div"),
    Case("valid-lang", '<div lang="foo" id="f"><span lang="en">Hi</span> there</div>',
         {"#f": F, "#f > span": P}, "de46e4: ' there' inherits its language from the div"),
    Case("valid-lang", '<div lang="foo" id="g"><img src="x.png" alt="Chien"></div>', {"#g": F},
         "de46e4 glossary: an accessible name is text inheriting the language"),
    Case("valid-lang", '<p lang="xyz-123" id="h" hidden>Text</p>', {},
         "de46e4 glossary: text neither visible nor included does not count"),
    Case("valid-lang", '<p lang="DE-at" id="i">Servus</p><p lang="de-hello" id="j">Hallo</p>',
         {"#i": P, "#j": P}, "known primary language tag: case-insensitive, lenient syntax"),
    # --- 97a4e1 Button has non-empty accessible name ------------------------------------------
    Case("button-name", '<button id="a"></button><input type="submit" id="b">'
         '<input type="button" id="c">', {"#a": F, "#b": P, "#c": F},
         "HTML-AAM: submit has a default name, type=button has none"),
    Case("button-name", '<input type="button" id="d" value="Go">'
         '<div role="button" id="e" tabindex="0" title="Close"></div>', {"#d": P, "#e": P},
         "HTML-AAM: value names an input button; title names as a last resort"),
    Case("button-name", '<button id="f" role="link"></button>'
         '<button id="g" aria-hidden="true" tabindex="-1"></button>'
         '<input type="image" id="h" src="x.png">', {},
         "97a4e1: not a button role, not included, or an image button: not applicable"),
    Case("button-name", '<button id="i"><svg aria-hidden="true"></svg></button>'
         '<button id="j"><svg role="img" aria-label="Close"></svg></button>',
         {"#i": F, "#j": P}, "accname 2F: hidden content names nothing; a named img does"),
    Case("button-name", '<button id="k" role="none"></button>', {"#k": F},
         "WAI-ARIA 1.2: a focusable button keeps its role despite none"),
    Case("button-name", '<button id="l" aria-labelledby="nope"></button>'
         '<div role="button" id="m" tabindex="0"><span style="display:none">x</span></div>',
         {"#l": F, "#m": F}, "accname: a missing reference and hidden content give nothing"),
    # --- e086e5 Form field has non-empty accessible name --------------------------------------
    Case("form-field-name", '<input id="a"><label>Name <input id="b"></label>'
         '<label for="c">Town</label><input id="c">', {"#a": F, "#b": P, "#c": P},
         "HTML-AAM: a label names its control"),
    Case("form-field-name", '<input type="color" id="d"><input type="color" id="e"'
         ' aria-label="Colour"><input type="date" id="f">', {"#d": F, "#e": P, "#f": F},
         "e086e5: color and date inputs apply by type"),
    Case("form-field-name", '<input type="hidden" id="g"><input type="submit" id="h">'
         '<input id="i" aria-hidden="true" tabindex="-1">', {},
         "e086e5: hidden inputs, buttons and hidden fields are not applicable"),
    Case("form-field-name", '<input type="range" id="j" title="Volume">'
         '<select id="k"><option>A</option></select>'
         '<select id="l" multiple><option>A</option></select>', {"#j": P, "#k": F, "#l": F},
         "e086e5: slider, combobox (select) and listbox apply"),
    Case("form-field-name", '<textarea id="m" placeholder="Comment"></textarea>'
         '<div role="textbox" contenteditable="true" id="n"></div>', {"#m": P, "#n": F},
         "HTML-AAM: placeholder names a textarea; a textbox div has no name from content"),
    Case("form-field-name", '<label for="o"> </label><input id="o">'
         '<input type="number" id="p" value="5">', {"#o": F, "#p": F},
         "accname: a blank label names nothing; a spinbutton needs a name"),
    Case("form-field-name", '<input type="search" id="q" aria-labelledby="s"><span id="s">Search'
         '</span><input id="r" role="combobox" aria-expanded="false">', {"#q": P, "#r": F},
         "e086e5: searchbox and combobox roles apply"),
    # --- 73f2c2 autocomplete attribute has valid value ----------------------------------------
    Case("autocomplete-valid", '<input id="a" autocomplete="section-blue shipping street-address">'
         '<input id="b" autocomplete="work email"><input id="c" autocomplete="work name">',
         {"#a": P, "#b": P, "#c": F},
         "HTML autofill: home/work only before email, impp, tel or tel-*"),
    Case("autocomplete-valid", '<input id="d" autocomplete=" OFF "><input type="checkbox" id="e"'
         ' autocomplete="foo"><input id="f" disabled autocomplete="foo">'
         '<fieldset disabled><input id="g" autocomplete="foo"></fieldset>', {},
         "73f2c2: toggle, fixed value and disabled (fieldset too) are not applicable"),
    Case("autocomplete-valid", '<input id="h" autocomplete="username webauthn">'
         '<input id="i" autocomplete="email shipping">', {"#h": P, "#i": F},
         "HTML autofill: webauthn last; shipping must come before the field"),
    Case("autocomplete-valid", '<input id="j" autocomplete="TEL-National">'
         '<input id="k" autocomplete="\tbday-day\n">', {"#j": P, "#k": P},
         "HTML autofill: tokens are ASCII case-insensitive and whitespace separated"),
    Case("autocomplete-valid", '<input type="hidden" id="l" autocomplete="foo">'
         '<input id="m" aria-disabled="true" autocomplete="foo">', {},
         "73f2c2: not visible nor included; aria-disabled=true is a disabled element"),
    Case("autocomplete-valid", '<select id="n" autocomplete="country"><option>A</option></select>'
         '<textarea id="o" autocomplete="street-adress"></textarea>', {"#n": P, "#o": F},
         "73f2c2: select and textarea apply; street-adress is misspelled"),
    # --- akn7bn Iframe with interactive elements is not excluded from tab-order ---------------
    Case("frame-tab-order", '<iframe id="a" tabindex="-1" title="A" srcdoc="<p>Just text</p>">'
         '</iframe><iframe id="b" tabindex="-1" title="B" srcdoc="<a href=\'/x\' tabindex=\'-1\'>'
         'x</a>"></iframe>', {},
         "akn7bn: nothing in the frame's sequential focus order, not applicable"),
    Case("frame-tab-order", '<iframe id="c" title="C" srcdoc="<a href=\'/x\'>x</a>"></iframe>'
         '<iframe id="d" tabindex="0" title="D" srcdoc="<button>x</button>"></iframe>',
         {"#c": P, "#d": P}, "akn7bn: no negative tabindex passes"),
    Case("frame-tab-order", '<iframe id="e" tabindex="-1" title="E" srcdoc="<button hidden>x'
         '</button>"></iframe>', {}, "akn7bn: a hidden button is not visible nor focusable"),
    Case("frame-tab-order", '<div inert><iframe id="f" tabindex="-1" title="F"'
         ' srcdoc="<a href=\'/x\'>x</a>"></iframe></div>', {}, "akn7bn: inert iframes do not apply"),
    Case("frame-tab-order", '<iframe id="g" tabindex="-1" title="G" srcdoc="<div tabindex=\'0\'>'
         'x</div>"></iframe>', {"#g": F}, "akn7bn: a tabindex=0 div is in the frame's order"),
    # --- 2ee8b8 Visible label is part of accessible name --------------------------------------
    Case("label-in-name", '<button id="a" aria-label="Send message (email)">Send message</button>'
         '<button id="b" aria-label="Message send">Send message</button>', {"#a": P, "#b": F},
         "label in name: contiguous subsequence, order matters"),
    Case("label-in-name", '<button id="c" aria-label="Send the message">Send message</button>',
         {"#c": F}, "label in name: 'send message' is not contiguous in 'send the message'"),
    Case("label-in-name", '<button id="d" aria-label="Next page">Next (page 2)</button>',
         {"#d": P}, "label in name: parenthesised text is removed from the label"),
    Case("label-in-name", '<div role="button" tabindex="0" id="e" aria-labelledby="l">Search'
         '</div><span id="l">Search the site</span><button id="f">Search</button>',
         {"#e": P}, "2ee8b8: aria-labelledby applies; no aria-label(ledby) is not applicable"),
    Case("label-in-name", '<h2 id="g" aria-label="x">Title</h2>', {},
         "2ee8b8: a heading is not a widget"),
    Case("label-in-name", '<button id="h" aria-label="Go">Go<span style="display:none"> now'
         '</span></button><button id="i" aria-label="Buy">Buy&nbsp;now</button>',
         {"#h": P, "#i": F}, "visible inner text: hidden text is not in the label; NBSP splits"),
    Case("label-in-name", '<a href="/x" id="j" aria-label="Pay 10 euros">Pay 10\u20ac</a>',
         {"#j": P}, "label in name: a symbol is not a letter or digit, replaced by a space"),
    # --- 23a2a8 image-alt, on what CSS hides and reveals -----------------------------------
    Case("image-alt", '<div hidden style="display:block"><img id="a" src="x.png"></div>'
         '<div style="visibility:hidden"><img id="b" src="x.png" style="visibility:visible">'
         '<img id="c" src="x.png"></div>', {"#a": F, "#b": F},
         "programmatically hidden: display overrides hidden; visibility can be reverted"),
    Case("image-alt", '<dialog><img id="d" src="x.png"></dialog><dialog open>'
         '<img id="e" src="x.png"></dialog>', {"#e": F},
         "HTML rendering: a closed dialog is display:none"),
    Case("image-alt", '<style>@media print { .p { display: none } } .x { display: none }</style>'
         '<style>.x { display: inline }</style><img class="p" id="f" src="x.png">'
         '<img class="x" id="g" src="x.png">', {"#f": F, "#g": F},
         "CSS: a print-only rule does not hide on screen; a later rule wins the cascade"),
    Case("image-alt", '<template><img id="h" src="x.png"></template><svg><foreignObject>'
         '<img id="i" src="x.png"></foreignObject></svg>', {"#i": F},
         "23a2a8: template content is not rendered; an HTML img in foreignObject applies"),
    Case("image-alt", '<div id="host"><template shadowrootmode="open"><img src="x.png">'
         '</template></div>', {"#host > img": F},
         "23a2a8: an img in a (declarative) shadow tree is an HTML img too"),
    # --- 73f2c2 autocomplete: applicability edges ---------------------------------------------
    Case("autocomplete-valid", '<input id="a" autocomplete="foo" tabindex="-1">'
         '<input id="b" autocomplete="foo" aria-hidden="true">'
         '<input id="c" autocomplete="foo" style="visibility:hidden"><input id="d" readonly'
         ' autocomplete="foo">', {"#a": F, "#b": F, "#d": F},
         "73f2c2 hidden: only elements neither visible nor included are left out; a textbox "
         "is a widget even out of the tab order"),
    Case("autocomplete-valid", '<input id="e" autocomplete="section- email">'
         '<input id="f" autocomplete="section-a section-b email">'
         '<input id="g" autocomplete="shipping billing email">', {"#e": P, "#f": F, "#g": F},
         "HTML autofill: one optional section-* token, one of shipping/billing"),
    Case("autocomplete-valid", '<input id="h" autocomplete="fax email">'
         '<input id="i" autocomplete="email webauthn webauthn"><input id="j"'
         ' autocomplete="webauthn"><input id="k" autocomplete="off email">',
         {"#h": P, "#i": F, "#j": F, "#k": F},
         "HTML autofill: a field token is required; webauthn once, last; off only alone"),
    Case("autocomplete-valid", '<input id="l" autocomplete="one-time-code">'
         '<input id="m" autocomplete="cc-exp-month"><input id="n" autocomplete="work impp">',
         {"#l": P, "#m": P, "#n": P}, "HTML autofill field names; work may precede impp"),
    # --- 24afc2 / 9e45ec / 78fd32 Important spacing in style attributes ----------------------
    Case("letter-spacing-important", '<style>#h{letter-spacing:0.3em !important}</style>'
         '<p id="g" style="letter-spacing:0.2em !important; letter-spacing: 0.05em">Text</p>'
         '<p id="h" style="letter-spacing:0.05em !important">Text</p>', {"#g": P, "#h": F},
         "CSS Cascade: important beats a later normal declaration; an important style "
         "attribute beats an important rule"),
    Case("letter-spacing-important", '<style>#i{letter-spacing:0.05em !important}</style>'
         '<p id="i" style="letter-spacing:0.3em">Text</p>'
         '<p id="j" style="letter-spacing:0.2em !important"><span>Text</span></p>', {},
         "24afc2: the specified value comes from a rule, or no text node child of its own"),
    Case("letter-spacing-important", '<p id="k" style="letter-spacing: normal !important">Text'
         '</p><p id="l" style="letter-spacing: 0.12EM !important">Text</p>'
         '<p id="m" style="font-size:20px; letter-spacing: 2px !important">Text</p>',
         {"#k": F, "#l": P, "#m": F}, "normal is 0; units are case-insensitive; 2px < 2.4px"),
    Case("letter-spacing-important", '<div style="font-size:10px;letter-spacing:0.2em">'
         '<p id="n" style="font-size:40px;letter-spacing:inherit !important">Text</p></div>', {},
         "CSS Cascade 4 explicit defaulting: with inherit the specified value is inherited, "
         "not the one declared in the style attribute"),
    Case("word-spacing-important", '<p id="a" style="word-spacing: 0.1em ! IMPORTANT">Some text'
         '</p><p id="b" style="word-spacing: 0.16em!important">Some text</p>'
         '<p id="c" style="word-spacing: 3px !important; font-size: 20px">Some text</p>',
         {"#a": F, "#b": P, "#c": F},
         "CSS syntax: '! IMPORTANT' is important; 3px < 0.16 x 20px"),
    Case("line-height-important", f'<p id="a" style="line-height: 1.4 !important">{LONG}</p>'
         f'<p id="b" style="line-height: 150% !important">{LONG}</p>'
         f'<p id="c" style="line-height: normal !important">{LONG}</p>',
         {"#a": F, "#b": P, "#c": F}, "78fd32: at least 1.5 x the font size; normal is less"),
    Case("line-height-important", '<p id="d" style="line-height: 1 !important">Short</p>'
         f'<pre id="e" style="line-height:1 !important">{LONG}</pre>', {},
         "78fd32: text without a soft wrap break (short, or pre) is not applicable"),
    # --- b33eff Orientation of the page is not restricted using CSS transforms ---------------
    Case("css-orientation-lock", '<style>@media (orientation: portrait) {'
         ' #a { transform: rotate(0.25turn) } #b { rotate: 90deg }'
         ' #c { transform: matrix(0, 1, -1, 0, 0, 0) } #d { transform: rotate(100grad) } }'
         '</style><div id="a">A</div><div id="b">B</div><div id="c">C</div><div id="d">D</div>',
         {"#a": F, "#b": F, "#c": F, "#d": F},
         "b33eff: a quarter turn in any unit, the rotate property or a matrix"),
    Case("css-orientation-lock", '<style>@media (orientation: portrait) {'
         ' #e { transform: rotate(180deg) } #f { transform: rotate(90deg) rotate(90deg) }'
         ' #g { transform: rotate(450deg) } #h { transform: translateX(10px) rotate(-90deg) } }'
         '</style><div id="e">E</div><div id="f">F</div><div id="g">G</div><div id="h">H</div>',
         {"#e": P, "#f": P, "#g": F, "#h": F},
         "b33eff: the total rotation decides: 180 and 90+90 are no quarter turn; 450 is"),
    Case("css-orientation-lock", '<style>#i { transform: rotate(90deg) }'
         ' @media (orientation: portrait) { #j { transform: rotate(90deg) } }'
         ' @media (orientation: landscape) { #j { transform: rotate(90deg) } }</style>'
         '<div id="i">I</div><div id="j">J</div>', {"#j": P},
         "b33eff: unconditional is not applicable; the same turn in both orientations is 0"),
    # --- d0f69e header cells and HTML's table algorithm ---------------------------------------
    Case("th-has-data-cells", '<table><tr><th id="a" scope="col">N</th><td>x</td></tr></table>',
         {"#a": F}, "HTML: scanning left a cell takes only row headers; none is below it"),
    Case("th-has-data-cells", '<table><tr><th id="c">A</th><th id="d">B</th></tr>'
         '<tr><th id="e">C</th><th id="f">D</th></tr></table>',
         {"#c": P, "#d": P, "#e": F, "#f": F},
         "d0f69e: assigned to an inheriting cell: a column header under it counts"),
    Case("th-has-data-cells", '<table><tr><th id="g">Name</th><td>Ann</td></tr></table>'
         '<table><tr><td>Ann</td><th id="h">Name</th></tr></table>', {"#g": P, "#h": F},
         "HTML: a row header heads the cells after it, not before"),
    Case("th-has-data-cells", '<table><tr><td></td><th id="i">Q1</th><th id="j">Q2</th></tr>'
         '<tr><th id="k">Sales</th><td>1</td><td>2</td></tr></table>',
         {"#i": P, "#j": P, "#k": P},
         "two th in the same place (over data, beside an empty corner td) get the same outcome: "
         "column headers of the cells below (was i passed, j failed)"),
    Case("th-has-data-cells", '<table><tr><th id="l">Ann</th><td></td><td>30</td></tr>'
         '<tr><th id="m">Bob</th><td>41</td></tr></table>', {"#l": P, "#m": P},
         "HTML-AAM as browsers apply it: a th with a non-empty td in its row heads that row"),
    # --- shadow trees (declarative shadow DOM) and the flat tree ------------------------------
    Case("aria-required-children", '<div role="list" id="a"><template shadowrootmode="open">'
         '<slot></slot></template><div role="listitem">x</div></div><div role="list" id="b">'
         '<template shadowrootmode="open"><div role="button" tabindex="0">x</div></template>'
         '</div>', {"#a": P, "#b": F},
         "bc4a75 owned by: children in the accessibility tree follow the flat tree"),
    Case("aria-hidden-focus", '<div aria-hidden="true" id="a"><template shadowrootmode="open">'
         '<button>x</button></template></div><div aria-hidden="true" id="b">'
         '<template shadowrootmode="open"><p>no slot</p></template><button>x</button></div>',
         {"#a": F, "#b": P},
         "6cfa84: descendants in the flat tree: a shadow button counts, an unslotted one not"),
    Case("duplicate-id", '<p id="z">x</p><div><template shadowrootmode="open"><p id="z">y</p>'
         '</template></div>', {"#z": P, "html > body > div > p": P},
         "3ea0c8: unique within the same document tree or shadow tree"),
    Case("link-name", '<my-link id="h1"><template shadowrootmode="open"><a href="/x"><slot></slot>'
         '</a></template>Home</my-link><my-link id="h2"><template shadowrootmode="open">'
         '<a href="/x"><slot></slot></a></template></my-link>',
         {"#h1 > a": P, "#h2 > a": F}, "accname over the flat tree: slotted text names the link"),
    Case("aria-valid-idref", '<ul id="lst"></ul><div id="h3"><template shadowrootmode="open">'
         '<div role="combobox" aria-expanded="true" aria-controls="lst"></div></template></div>',
         {"#h3 > div": F}, "in6db8: the id must be in the same shadow tree"),
    Case("form-field-name", '<label for="x">Name</label><my-el id="h4">'
         '<template shadowrootmode="open"><input id="x"></template></my-el>', {"#h4 > input": F},
         "HTML: a label's for looks up ids in its own tree, not into a shadow tree"),
    # --- 6cfa84 more focusability ------------------------------------------------------------
    Case("aria-hidden-focus", '<div aria-hidden="true" inert id="a"><button>x</button></div>'
         '<div aria-hidden="true" id="b"><button style="visibility:hidden">x</button></div>'
         '<div aria-hidden="true" id="c"><audio controls src="x.mp3"></audio></div>',
         {"#a": P, "#b": P, "#c": F},
         "HTML: inert and visibility:hidden are not focusable; audio with controls is"),
    Case("aria-hidden-focus", '<div aria-hidden="true" id="d"><summary>S</summary></div>'
         '<div aria-hidden="true" id="e"><div tabindex="">x</div></div>'
         '<div aria-hidden="true" id="f"><video src="x.mp4"></video></div>',
         {"#d": P, "#e": P, "#f": P},
         "HTML: a summary outside details, an empty tabindex, a video without controls"),
    Case("aria-hidden-focus", '<div aria-hidden="true" id="g"><fieldset disabled><legend>'
         '<button>in legend</button></legend></fieldset></div><div aria-hidden="true" id="h">'
         '<a href="/x" tabindex="-1"><span tabindex="0">x</span></a></div>',
         {"#g": F, "#h": F},
         "HTML: controls in a disabled fieldset's first legend stay enabled; tabindex 0 inside"),
    # --- c487ae link names from content -----------------------------------------------------
    Case("link-name", '<a id="a" href="/x"><svg><title>Home</title></svg></a>'
         '<a id="b" href="/x"><svg aria-hidden="true"><title>Home</title></svg></a>',
         {"#a": P, "#b": F}, "SVG-AAM: an svg's title child names it; aria-hidden removes it"),
    Case("link-name", '<a id="c" href="/x"><span style="visibility:hidden">Home</span></a>'
         '<a id="d" href="/x"><span style="opacity:0">Home</span></a>'
         '<a id="e" href="/x"><img src="x.png" alt="Home" aria-hidden="true"></a>',
         {"#c": F, "#d": P, "#e": F}, "accname 2A: visibility hides, opacity does not"),
    Case("link-name", '<a id="f" href="/x"><math><mi>x</mi></math></a>'
         '<a id="g" href="/x"><select><option>One</option></select></a>'
         '<a id="h" href="/x"><span style="position:absolute;clip:rect(0 0 0 0);width:1px;'
         'height:1px;overflow:hidden">Home</span></a>', {"#f": P, "#g": P, "#h": P},
         "accname 2C/2F: MathML text, an embedded select's value, visually hidden text"),
    # --- a25f45 headers -------------------------------------------------------------------------
    Case("td-headers-attr", '<table><tr><th id="t1">N</th></tr><tr><td id="a" headers="t1 t1">A'
         '</td></tr></table><table><tr><td id="t2">N</td></tr><tr><td id="b" headers="t2">A</td>'
         '</tr></table>', {"#a": P, "#b": P},
         "a25f45: tokens may repeat; a td is a cell of the table too"),
    Case("td-headers-attr", '<table><tr><td><table><tr><th id="n">In</th></tr></table></td></tr>'
         '<tr><td id="c" headers="n">A</td></tr></table>', {"#c": F},
         "HTML table model: a nested table's header is not a cell of the outer table"),
    Case("td-headers-attr", '<table role="grid"><tr><th id="g1">N</th></tr><tr><td id="d"'
         ' headers="g1 nope">A</td></tr></table><table aria-hidden="true"><tr><td id="e"'
         ' headers="zz">x</td></tr></table>', {"#d": F},
         "a25f45: grid tables apply, every token must match; hidden tables do not apply"),
    # --- 46ca7f / 6a7281 a few more ---------------------------------------------------------
    Case("presentation-role-conflict", '<nav role="none" aria-label="x" id="a"><a href="/x">x</a>'
         '</nav><img role="presentation" alt="" tabindex="-1" id="b">'
         '<a role="none" href="/x" tabindex="-1" id="c">x</a>', {"#a": F, "#b": F, "#c": F},
         "WAI-ARIA 1.2: a global property, or being focusable (tabindex -1 too), cancels none"),
    Case("presentation-role-conflict", '<button role="none" disabled id="d">x</button>'
         '<a role="none" id="e">no href</a><img id="f" src="x.png" alt="" title="Tip">',
         {"#d": P, "#e": P, "#f": P},
         "a disabled button is not focusable; title is HTML's, not an ARIA global property"),
    Case("aria-valid-attr-value", '<div role="slider" tabindex="0" id="a" aria-valuenow="1e3">'
         '</div><div role="listitem" id="b" aria-setsize="-1">x</div><div id="c"'
         ' aria-dropeffect="copy move">x</div><div id="d" aria-dropeffect="copy foo">x</div>',
         {"#a": P, "#b": P, "#c": P, "#d": F},
         "WAI-ARIA 1.2 value types: number, integer, a token list from a closed set"),
    Case("aria-valid-attr-value", '<div role="separator" id="e" aria-orientation="undefined">'
         '</div><input id="f" aria-invalid="yes"><button id="g" aria-haspopup="true">x</button>'
         '<div role="slider" id="h" tabindex="0" aria-valuenow="Infinity"></div>',
         {"#e": P, "#f": F, "#g": P, "#h": F},
         "WAI-ARIA 1.2: undefined is an aria-orientation value, yes no aria-invalid token, "
         "Infinity no number"),
    # --- ye5d6e / 047fe0 / b40fd1 / cf77f2 bypass blocks ---------------------------------------
    Case("skip-to-main-content", '<a href="#n">Skip</a><nav id="n"><ul><li><a href="/news/">News'
         '</a></li></ul></nav><main><p>Story</p></main>', {"html": F},
         "ye5d6e: a link to the repeated block itself moves focus to no non-repeated content"),
    Case("skip-to-main-content", f'{NAV}<main id="m"><p>Story</p></main>'
         '<a href="#m">Back to the story</a>', {"html": P},
         "ye5d6e: an instrument anywhere inside the page will do"),
    Case("skip-to-main-content", f'<a href="#m" style="display:none">Skip</a>{NAV}'
         '<main id="m"><p>Story</p></main>', {"html": F},
         "instrument: a link that is not rendered cannot be activated"),
    Case("skip-to-main-content", f'<a href="#m" style="position:absolute;left:-10000px">Skip</a>'
         f'{NAV}<div id="m"></div><p>Story</p>', {"html": P},
         "just before: an empty target with no perceivable content before the story"),
    Case("skip-to-main-content", f'<a href="#main">Skip</a>{NAV}<a name="main"></a><p>Story</p>',
         {"html": P}, "HTML: a fragment also finds an a element by its name attribute"),
    Case("heading-for-main-content", f'{NAV}<main><h1 style="position:absolute;width:1px;'
         'height:1px;overflow:hidden;clip:rect(0 0 0 0)">Title</h1><p>Story</p></main>',
         {"html": F}, "047fe0: the heading must be visible; a clipped one is not"),
    Case("heading-for-main-content", f'{NAV}<main><h1 role="none">Title</h1><p>Story</p></main>'
         f'<div hidden><h2>Later</h2></div>', {"html": F},
         "047fe0: a semantic heading included in the accessibility tree"),
    Case("heading-for-main-content", f'{NAV}<main><div role="heading" aria-level="1">T</div>'
         '<p>S</p></main>', {"html": P}, "047fe0: the heading role counts, not the h1-h6 tag"),
    Case("landmark-for-main-content", f'{NAV}<div role="region" aria-label="Story"><p>Story</p>'
         '</div>', {"html": P}, "b40fd1: a named region is a landmark"),
    Case("landmark-for-main-content", f'{NAV}<main><p hidden>x</p><img src="x.png" alt="">'
         '<p>Story</p></main>', {"html": P},
         "perceivable content: hidden and decorative nodes are skipped to find the first"),
    Case("landmark-for-main-content", f'{NAV}<section><p>Story</p></section>'
         '<article><p>More</p></article>', {"html": F},
         "b40fd1: an unnamed section and an article are no landmarks"),
    Case("bypass", f'<a href="#Main">Skip</a>{NAV}<div id="main"><p>Story</p></div>', {"html": F},
         "cf77f2: no heading, no landmark, and #Main finds no id main (case-sensitive)"),
    Case("bypass", f'{NAV}<main><p>Story</p></main>', {"html": P},
         "cf77f2: the landmark rule passes, so bypass passes"),
    # --- 2ee8b8 visible inner text and the label-in-name tokens -----------------------------
    Case("label-in-name", '<button id="a" aria-label="Close dialog"><span aria-hidden="true">'
         '\u00d7</span> Close</button><a id="b" aria-label="Download report PDF" href="/x">'
         'Download <span style="display:none">the</span> report</a>', {"#a": P, "#b": P},
         "visible inner text: aria-hidden text is visible (a symbol, dropped); display:none not"),
    Case("label-in-name", '<button id="c" aria-label="\u00e9t\u00e9">\u00c9T\u00c9</button>'
         '<button id="d" aria-label="file">\ufb01le</button>', {"#c": P, "#d": P},
         "label in name: case folding, then normalization form KD (the fi ligature is f i)"),
    Case("label-in-name", '<button id="e" aria-label="Search">Sear<b>ch</b></button>'
         '<button id="f" aria-label="Next"><div>Ne</div><div>xt</div></button>',
         {"#e": P, "#f": F},
         "innerText: inline elements join into one word, blocks break lines between them"),
    Case("label-in-name", '<button id="g" aria-label="Go to page">Go to\u200bpage</button>'
         '<button id="h" aria-labelledby="h l">Play</button><span id="l">video</span>',
         {"#g": P, "#h": P},
         "label in name: a zero-width space is no letter (a separator); labelledby may include "
         "the element itself"),
    Case("aria-prohibited-attr", '<article><header id="a" aria-label="x">h</header>'
         '<footer id="b" aria-label="x">f</footer></article><header id="c" aria-label="x">h'
         '</header><aside id="d" aria-label="x">a</aside>', {"#a": F, "#b": F, "#c": P, "#d": P},
         "HTML-AAM: header and footer inside article are generic, at the top banner and "
         "contentinfo; aside is complementary"),
    Case("aria-prohibited-attr", '<s id="e" aria-label="x">s</s><u id="f" aria-label="x">u</u>'
         '<pre id="g" aria-label="x">p</pre><data id="h" value="1" aria-label="x">d</data>'
         '<output id="i" aria-label="x">o</output><hgroup id="j" aria-label="x"><h1>t</h1>'
         '</hgroup><time id="k" aria-label="x">t</time>',
         {"#e": F, "#f": F, "#g": F, "#h": F, "#i": P, "#j": P, "#k": P},
         "HTML-AAM: s is deletion; u, pre, data generic; output status, hgroup group, time time"),
    Case("summary-name", '<details><summary id="a" role="none"></summary>x</details>'
         '<details><summary id="b" role="foo"></summary>x</details><details><p>first</p>'
         '<summary id="c"></summary>y</details>', {"#a": F, "#b": F, "#c": F},
         "2t702h: none on a focusable summary is ignored, foo is no role; the first summary "
         "child is the summary even after a p"),
    # --- rules with few cases above ---------------------------------------------------------
    Case("word-spacing-important", '<p id="a" style="word-spacing: normal !important">Some text'
         '</p><p id="b" style="word-spacing: 0.16em">Some text</p>', {"#a": F},
         "9e45ec: normal is 0; a declaration without !important is not applicable"),
    Case("word-spacing-important", '<p id="c" style="word-spacing: 0.2em !important" hidden>Some'
         ' text</p><h1 id="d" style="word-spacing: 5px !important">Big title</h1>', {"#d": F},
         "9e45ec: hidden text does not apply; an h1 is 32px by the user agent, 5px < 5.12px"),
    Case("word-spacing-important", '<p id="e" style="font-size:10px;word-spacing:2px !important">'
         'Some text</p><p id="f" style="word-spacing: -1px !important">Some text</p>',
         {"#e": P, "#f": F}, "9e45ec: 2px >= 1.6px; a negative spacing is narrower still"),
    Case("line-height-important", f'<h1 id="a" style="line-height: 40px !important">{LONG}</h1>'
         f'<p id="b" style="font-size:20px;line-height: 30px !important">{LONG}</p>',
         {"#a": F, "#b": P}, "78fd32: 1.5 x the element's own font size (32px for an h1)"),
    Case("line-height-important", f'<p id="c" style="line-height: 1.5 !important; white-space:'
         f' nowrap">{LONG}</p><p id="d" style="line-height:1 !important;max-width:100px">Some'
         ' words that wrap in a narrow box</p>', {"#d": F},
         "78fd32: nowrap leaves no soft wrap break; a narrow box makes short text wrap"),
    Case("bypass", f'{NAV}<h1>Story</h1><p>Text</p>', {"html": P},
         "cf77f2: the heading rule passes"),
    Case("bypass", f'<a href="#s">Skip</a>{NAV}<div id="s"></div><p>Text</p>', {"html": P},
         "cf77f2: the skip-link rule passes"),
    Case("heading-for-main-content", f'{NAV}<h2 style="display:none">T</h2><p>S</p>',
         {"html": F}, "047fe0: a heading not rendered is neither visible nor included"),
    Case("landmark-for-main-content", f'{NAV}<main aria-hidden="true"><p>S</p></main><p>more</p>',
         {"html": F}, "b40fd1: the landmark must be included in the accessibility tree"),
    Case("meta-refresh-no-exceptions", "<p>x</p>", {"#m": F},
         "bisz58: 1 second is a delay", head='<meta id="m" http-equiv="refresh"'
                                             ' content="1; url=/x">'),
    Case("css-orientation-lock", '<style>@media (orientation: landscape) { #a { transform:'
         ' rotate(45deg) } } @media (orientation: portrait) { #b { transform: rotate(90deg) } }'
         '</style><div id="a">A</div><div id="b" hidden>B</div>', {"#a": P},
         "b33eff: 45 degrees is no quarter turn; an element not visible does not apply"),
]


@pytest.mark.parametrize("case", SECOND, ids=case_ids(SECOND))
def test_second_blind_case(case: Case) -> None:
    test_blind_case(case)
