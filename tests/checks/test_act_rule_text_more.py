"""More cases of our own from the ACT rule texts and the specifications they cite (DOM,
HTML, SVG, SVG-AAM), never from the W3C examples: shadow trees a page's script attaches,
titles outside the document's own tree, SVG hiding by presentation attributes. Element by
element, by ``#id``."""

from __future__ import annotations

from rule_helpers import verdicts

from broadsheet.checks import check


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def _outcomes(rule: str, html: str) -> dict[str, str]:
    report = check(html, rules=[rule])
    return {finding.target: str(finding.outcome)
            for result in report.results for finding in result.findings}


def test_a_title_in_a_shadow_tree_or_template_is_not_the_pages_title() -> None:
    # 2779a5 expectation 1: a title element that is a *descendant* of the root (DOM: shadow
    # trees and template contents are not descendants); HTML: "the first title element in
    # the document (in tree order)".
    shadow = _page("", "<div id='host'><template shadowrootmode='open'><title>In shadow</title>"
                       "</template></div>")
    assert _outcomes("document-title", shadow) == {"html": "failed"}
    script = _page("", "<div id='host'></div><script>const root = document.getElementById("
                       "'host').attachShadow({ mode: 'open' }); root.innerHTML = "
                       "'<title>In shadow</title>'</script>")
    assert _outcomes("document-title", script) == {"html": "failed"}
    template = _page("<template><title>Inert</title></template>", "<p>Text</p>")
    assert _outcomes("document-title", template) == {"html": "failed"}
    after = _page("<template><title>Inert</title></template><title>Real</title>", "")
    assert _outcomes("document-title", after) == {"html": "passed"}


_ATTACH = ("<script>const root = document.getElementById('host').attachShadow({ mode: 'open' })"
           "\nroot.innerHTML = `{content}`</script>")


def test_focusable_content_a_script_puts_in_a_shadow_tree_under_aria_hidden_fails() -> None:
    # 6cfa84: inclusive descendants in the flat tree (CSS Scoping: the shadow tree replaces
    # the host's children) that are focusable and in sequential focus navigation.
    body = ("<div id='hidden' aria-hidden='true'><span id='host'></span></div>"
            + _ATTACH.replace("{content}", "<button>Press</button>"))
    assert verdicts("aria-hidden-focus", body) == {"#hidden": "failed"}
    body = ("<div id='hidden' aria-hidden='true'><span id='host'><a href='/'>x</a></span></div>"
            + _ATTACH.replace("{content}", "<b>No slot: the light link is not rendered</b>"))
    assert verdicts("aria-hidden-focus", body) == {"#hidden": "passed"}


def test_a_list_item_a_script_puts_in_a_shadow_tree_has_the_hosts_context() -> None:
    # ff89c9: the required context role is judged on the accessibility tree, built from the
    # flat tree; a shadow tree's listitem whose host is a list is the list's child.
    inside = ("<div role='list' id='host'></div>"
              + _ATTACH.replace("{content}", "<div role='listitem' id='item'>One</div>"))
    assert verdicts("aria-required-parent", inside) == {"#host > div": "passed"}
    outside = ("<div role='list'></div><nav id='host'></nav>"
               + _ATTACH.replace("{content}", "<div role='listitem' id='item'>One</div>"))
    assert verdicts("aria-required-parent", outside) == {"#host > div": "failed"}


def test_a_custom_elements_shadow_tree_names_the_link_around_it() -> None:
    # c487ae, accname 1.2 name from content over the flat tree; every element of the name
    # given to customElements.define gets the shadow root its constructor attaches.
    script = ("<script>customElements.define('icon-label', class extends HTMLElement {"
              " constructor() { super(); const shadow = this.attachShadow({ mode: 'closed' });"
              " shadow.innerHTML = '<span>Home</span>' } })</script>")
    body = ("<a id='named' href='/'><icon-label></icon-label></a>"
            "<a id='empty' href='/'><span></span></a>" + script)
    assert verdicts("link-name", body) == {"#named": "passed", "#empty": "failed"}


def test_ids_a_script_puts_in_a_shadow_tree_are_scoped_to_it() -> None:
    # 3ea0c8 / DOM: ids are unique within a tree; in6db8: aria-controls is resolved in the
    # element's own tree, so a light element cannot reference an id in a shadow tree.
    body = ("<div id='twin'></div><div id='host'></div>"
            + _ATTACH.replace("{content}", "<b id='twin'></b>"))
    assert "failed" not in verdicts("duplicate-id", body).values()
    body = ("<div id='host'><input id='combo' role='combobox' aria-controls='options' "
            "aria-expanded='true'></div>"
            + _ATTACH.replace("{content}", "<slot></slot><ul id='options' role='listbox'>"
                                           "<li role='option'>a</li></ul>"))
    assert verdicts("aria-valid-idref", body) == {"#combo": "failed"}
    body = body.replace("<div id='host'>", "<i id='options'></i><div id='host'>")
    assert verdicts("aria-valid-idref", body) == {"#combo": "passed"}


def test_svg_presentation_attributes_hide_as_css_does() -> None:
    # SVG 2 §6.6: display and visibility are presentation attributes (author level,
    # specificity 0, under any style sheet rule); a hidden SVG element is programmatically
    # hidden, so 7d6734 (included in the accessibility tree) does not apply to it.
    body = ("<svg><circle id='gone' role='img' r='5' display='none'></circle>"
            "<g display='none'><rect id='in-gone' role='img' width='5' height='5'></rect></g>"
            "<circle id='invisible' role='img' r='5' visibility='hidden'></circle>"
            "<g visibility='hidden'><rect id='shown' role='img' visibility='visible'"
            " width='5' height='5'></rect></g>"
            "<circle id='styled' role='img' r='5' display='none' style='display: inline'>"
            "</circle><circle id='bogus' role='img' r='5' display='nonsense'></circle></svg>")
    assert verdicts("svg-img-alt", body) == {"#shown": "failed", "#styled": "failed",
                                             "#bogus": "failed"}


def test_svg_content_that_is_never_rendered_is_not_in_the_accessibility_tree() -> None:
    # SVG 2 "never-rendered element": defs, clipPath, mask, marker, pattern, gradients and
    # symbol are not rendered directly (display has no effect on them); SVG-AAM excludes
    # elements that are not rendered.
    body = ("<svg><defs><circle id='in-defs' role='img' r='5'></circle></defs>"
            "<symbol id='symbol' role='img'><rect width='5' height='5'></rect></symbol>"
            "<mask><rect id='in-mask' role='img' width='5' height='5'></rect></mask>"
            "<circle id='drawn' role='img' r='5'></circle></svg>")
    assert verdicts("svg-img-alt", body) == {"#drawn": "failed"}


def test_an_svg_group_with_nothing_to_expose_is_not_a_parent_in_the_tree() -> None:
    # ff89c9 (child in the accessibility tree) with SVG-AAM: a g maps to group only when it
    # is included (a title or desc child with text, an aria-label(ledby), focusable);
    # otherwise it is not in the accessibility tree and its children are the parent's.
    body = ("<svg role='list'><g><g id='through-plain-g' role='listitem'><text>One</text>"
            "</g></g>"
            "<g><title>Group</title><g id='through-titled-g' role='listitem'><text>Two</text>"
            "</g></g>"
            "<g aria-label='Group'><g id='through-labelled-g' role='listitem'><text>3</text>"
            "</g></g>"
            "<g><desc> </desc><g id='through-blank-desc' role='listitem'><text>4</text>"
            "</g></g></svg>")
    assert verdicts("aria-required-parent", body) == {
        "#through-plain-g": "passed", "#through-titled-g": "failed",
        "#through-labelled-g": "failed", "#through-blank-desc": "passed"}


def test_an_area_is_focusable_only_in_an_image_map_a_rendered_image_uses() -> None:
    # HTML §6.6.2 focusable areas: "the shapes of area elements in an image map associated
    # with an img element that is being rendered"; an area in no map, or in a map no img
    # uses, has no shape to focus (6cfa84, 307n5z: sequential focus navigation).
    used = ("<img src='a.png' alt='Map' usemap='#used'>"
            "<map name='used'><area href='/a' alt='A' shape='rect' coords='0,0,9,9'></map>")
    unused = "<map name='unused'><area href='/b' alt='B' shape='rect' coords='0,0,9,9'></map>"
    body = (f"<div id='loose' aria-hidden='true'><area href='/c' alt='C'></div>"
            f"<div id='unused-map' aria-hidden='true'>{unused}</div>"
            f"<div id='used-map' aria-hidden='true'>{used}</div>"
            "<div id='hidden-image' aria-hidden='true'><img src='a.png' alt='' usemap='#m2' "
            "style='display:none'><map name='m2'><area href='/d' alt='D'></map></div>")
    assert verdicts("aria-hidden-focus", body) == {
        "#loose": "passed", "#unused-map": "passed", "#used-map": "failed",
        "#hidden-image": "passed"}
    assert verdicts("nested-interactive", "<button id='b'><area href='/e' alt='E'></button>") \
        == {"#b": "passed"}


_NAV = ("<nav><ul><li><a href='/one'>Chapter 1</a></li><li><a href='/two'>Chapter 2</a></li>"
        "</ul></nav>")
_TEXT = "<p>Unity succeeds division and division follows unity.</p>"


def test_visible_content_under_aria_hidden_is_still_perceivable_content() -> None:
    # 047fe0, b40fd1, ye5d6e, cf77f2 glossary: perceivable content is visible *or* included
    # in the accessibility tree, so visible text in an aria-hidden main is non-repeated
    # content after repeated content; the heading and the landmark must be in the tree.
    page = _page("<title>Chapter 1</title>", _NAV + f"<main aria-hidden='true'>{_TEXT}</main>")
    for rule in ("heading-for-main-content", "landmark-for-main-content",
                 "skip-to-main-content", "bypass"):
        assert _outcomes(rule, page) == {"html": "failed"}, rule
    page = _page("<title>Chapter 1</title>",
                 _NAV + f"<main><h1 aria-hidden='true'>Chapter 1</h1>{_TEXT}</main>")
    assert _outcomes("heading-for-main-content", page) == {"html": "failed"}
    assert _outcomes("landmark-for-main-content", page) == {"html": "passed"}
    page = _page("<title>Chapter 1</title>",
                 _NAV + f"<main><h1>Chapter 1</h1>{_TEXT}</main>")
    assert _outcomes("heading-for-main-content", page) == {"html": "passed"}


def test_noscript_content_is_text_in_a_browser_that_runs_scripts() -> None:
    # HTML §13.2.6.4.4/§13.2.6.4.7: with the scripting flag enabled (a browser, ACT's user
    # agent) a noscript's content is raw text, so its markup makes no elements: no ids to
    # clash (3ea0c8), no ARIA attributes (5f99a7, 6a7281), no refresh or viewport (bc659a,
    # b4f0c3), no repeated attribute in a start tag (e6952f).
    body = ("<div id='twin'></div><noscript><div id='twin' aria-foo='x' aria-hidden='maybe'>"
            "</div><img src='a.png' alt='' alt='x'></noscript>")
    for rule in ("duplicate-id", "aria-valid-attr", "aria-valid-attr-value"):
        assert "failed" not in verdicts(rule, body).values(), rule
    assert "failed" not in _outcomes("duplicate-attribute",
                                     _page("<title>t</title>", body)).values()
    head = ("<title>t</title><noscript><meta http-equiv='refresh' content='5'>"
            "<meta name='viewport' content='user-scalable=no'></noscript>")
    for rule in ("meta-refresh", "meta-viewport"):
        assert _outcomes(rule, _page(head, "<p>x</p>")) == {}, rule
    # The same markup outside noscript is judged.
    assert verdicts("aria-valid-attr", "<div id='a' aria-foo='x'></div>") == {"#a": "failed"}


def test_text_neither_visible_nor_exposed_gives_a_lang_nothing_to_apply_to() -> None:
    # de46e4 applicability: some text inheriting the language that is visible *or* in the
    # accessibility tree. Under aria-hidden, text moved off screen, clipped away, of zero
    # size or transparent by opacity is neither; exposed or drawn, it still counts.
    hidden = {"offscreen": "position:absolute;left:-9999px",
              "clipped": "position:absolute;clip:rect(0 0 0 0)",
              "zero-size": "font-size:0", "transparent": "opacity:0"}
    body = "".join(f"<p id='{key}' lang='xyz' aria-hidden='true' style='{style}'>Hello</p>"
                   for key, style in hidden.items())
    body += ("<p id='drawn' lang='xyz' aria-hidden='true'>Hello</p>"
             "<p id='exposed' lang='xyz' style='position:absolute;left:-9999px'>Hello</p>"
             "<div aria-hidden='true' style='position:absolute;left:-9999px'>"
             "<p id='inside' lang='xyz'>Hello</p></div>")
    assert verdicts("valid-lang", body) == {"#drawn": "failed", "#exposed": "failed"}
