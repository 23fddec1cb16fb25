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
