"""False failures found in round 43's sweep of real pages nobody here wrote (Debian's
python3.11-doc, postgresql-doc-15, apache2-doc, git-doc and debian-reference-en; USWDS 3.14.0's
component test pages from npm; trafilatura 2.3.1's saved web pages from PyPI), each cut down
to the element and judged from the ACT rule's text and the specifications it cites, never
from the page. Element by element (docs/explanation/act.md, "Real pages, round 43")."""

from __future__ import annotations

import pytest
from rule_helpers import page_verdicts, verdicts

#: @uswds/uswds 3.14.0, packages/usa-banner/src/test/template.html, cut down: a banner
#: landmark (``header`` not scoped to a sectioning element) and content after it, and no
#: link, area or form anywhere on the page.
USWDS_BANNER = (
    "<!DOCTYPE html><html lang='en'><head><title>Banner</title></head><body>"
    "<div class='usa-banner'><header class='usa-banner__header'><p>An official website of "
    "the United States government</p><button type='button' aria-expanded='false' "
    "aria-controls='gov-banner'>Here's how you know</button></header>"
    "<div id='gov-banner'><p><strong>The .gov means it's official.</strong> Federal "
    "government websites often end in .gov or .mil.</p></div></div>{extra}</body></html>")

BYPASS_RULES = ["bypass", "heading-for-main-content", "landmark-for-main-content",
                "skip-to-main-content"]


@pytest.mark.parametrize("rule", BYPASS_RULES)
def test_a_page_that_leads_nowhere_has_no_repeated_content(rule: str) -> None:
    # ACT glossary (cf77f2, 047fe0, b40fd1, ye5d6e), block of repeated content: "distance 1:
    # there exist an instrument in P which leads the user to another HTML web page P'". With
    # no link, area or form there is no such instrument, so no block of repeated content and
    # no "non-repeated content after repeated content": "either there is no non-repeated
    # content after repeated content or ..." holds, and the page passes.
    assert page_verdicts(rule, USWDS_BANNER.format(extra="")) == {"html": "passed"}


@pytest.mark.parametrize("rule", ["heading-for-main-content", "landmark-for-main-content"])
def test_the_same_page_with_a_link_elsewhere_still_fails(rule: str) -> None:
    # A link to another page (the banner's header repeats there) makes the banner a block of
    # repeated content: the text after it is non-repeated content with no heading or landmark.
    nav = "<nav><a href='/about/'>About</a> <a href='/contact/'>Contact</a></nav>"
    page = USWDS_BANNER.replace("<div class='usa-banner'>", nav + "<div class='usa-banner'>")
    assert page_verdicts(rule, page.format(extra="")) == {"html": "failed"}


@pytest.mark.parametrize("href", ["#gov-banner", "?q=dot+gov", "mailto:a@example.gov",
                                  "javascript:void(0)", "tel:+15555555555"])
def test_links_within_the_page_or_to_no_web_page_lead_nowhere(href: str) -> None:
    # A fragment or a query keeps the page's path; mailto:, tel: and javascript: URLs lead
    # to no HTML web page: none is an instrument to "another HTML web page P' whose URL has
    # a different host, port ... or path".
    extra = f"<p><a href='{href}'>More</a></p>"
    assert page_verdicts("heading-for-main-content",
                         USWDS_BANNER.format(extra=extra)) == {"html": "passed"}


def test_a_page_with_scripts_and_no_link_is_left_to_review() -> None:
    # Scripts may navigate (the button could lead to another page): no verdict either way.
    extra = "<script>document.querySelector('button').onclick = () => {}</script>"
    assert page_verdicts("landmark-for-main-content",
                         USWDS_BANNER.format(extra=extra)) == {"html": "cant_tell"}


def test_generated_content_from_a_custom_property_names_a_link() -> None:
    # Debian's libgtk-4-doc 4.8.3 (gi-docgen), e.g. gtk4/class.ComboBox.html: each heading
    # has <a href="#constructors" class="anchor"></a>, and style.css gives
    # ":root { --anchor-sign: "#"; }" and ".anchor:before { content: var(--anchor-sign); }".
    # accname 1.2, 2F.ii: the text of ::before is part of the name from content; CSS
    # Variables 1: var() is substituted with the inherited custom property (or the fallback;
    # with neither, content is invalid at computed-value time: normal, no text). c487ae.
    css = ("<style>:root { --anchor-sign: \"#\"; } .anchor:before { content: "
           "var(--anchor-sign); } .other:before { content: var(--missing, \"§\"); } "
           ".none:before { content: var(--missing); } #local { --anchor-sign: \"¶\"; }"
           "</style>")
    found = verdicts("link-name",
                     '<h4 id="constructors">Constructors <a id="anchor" href="#constructors" '
                     'class="anchor"></a></h4><p id="local"><a id="inherited" '
                     'href="#constructors" class="anchor"></a><a id="fallback" '
                     'href="#constructors" class="other"></a><a id="nothing" '
                     'href="#constructors" class="none"></a></p>', head=css)
    assert found == {"#anchor": "passed", "#inherited": "passed", "#fallback": "passed",
                     "#nothing": "failed"}
