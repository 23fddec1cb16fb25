"""``skip-link-keyboard`` on pages that are not Broadsheet's (issue 13): a first link that is
no skip link (a table of contents, an index) is not judged as one; a real skip link still is.

Each page is reduced from a real one that failed before, named in its comment."""

from __future__ import annotations

from typing import Any

import pytest

HEAD = """<!DOCTYPE html><html lang="%s"%s><head><meta charset="utf-8"><title>t</title><style>
body { margin: 0; font: 18px/1.5 sans-serif; }
.skip { position: absolute; top: -100vh; left: 8px; padding: 12px; background: #ffbf47;
        color: #000; }
.skip:focus { top: 8px; outline: 3px solid #000; }
%s
</style></head><body>"""
STORY = "<p>The council met on Tuesday to discuss the harbour.</p>" * 3

#: /usr/share/doc/gettext/FAQ.html (Debian gettext-doc): the questions' table of contents.
FAQ = ('<h1>Frequently Asked Questions</h1><h3>General</h3><ul>'
       '<li><a href="#general_mailinglist">Where is the mailing list?</a></li>'
       '<li><a href="#general_source">Where is the newest gettext source?</a></li></ul>'
       f'<h4><a name="general_mailinglist"></a>Where is the mailing list?</h4>{STORY}'
       f'<h4><a name="general_source"></a>Where is the newest gettext source?</h4>{STORY}')
#: /usr/share/doc/gettext/gettext.1.html (groff's HTML output of a man page): the index.
GROFF = ('<h1 align="center">GETTEXT</h1><a href="#NAME">NAME</a><br>'
         '<a href="#SYNOPSIS">SYNOPSIS</a><br><hr><h2>NAME\n<a name="NAME"></a></h2>'
         f'<p>gettext - translate message</p><h2>SYNOPSIS\n<a name="SYNOPSIS"></a></h2>{STORY}')
#: bench/pages/arabic_article.html and cnn_article.html (CNN): a 0×0 link, in ``#fb-root``
#: (never closed), to a ``#ContentArea`` that does not exist, around a display:none image
#: (its alt "Skip to main content" on cnn_article, empty on arabic_article: said by no one).
FB_ROOT = ('<div id="fb-root"><a name="top_of_page"></a><a href="#ContentArea"><img '
           'src="data:," alt="Skip to main content" style="display:none" width="10" height="1">'
           f'</a><nav><a href="/">Home</a></nav><main><h1>Title</h1>{STORY}</main></div>')


def page(body: str, css: str = "", lang: str = "en", attrs: str = "") -> str:
    return HEAD % (lang, attrs, css) + body + "</body></html>"


def skip_finding(auditor: Any, html: str) -> tuple[str, str]:
    from broadsheet.browser import AuditOptions

    audit = auditor.audit("test.html", html=html, options=AuditOptions(
        check_ids=frozenset({"skip-link-keyboard"})))
    [finding] = [f for r in audit.results if r.rule.id == "skip-link-keyboard"
                 for f in r.findings]
    return str(finding.outcome), finding.message


@pytest.mark.parametrize("body", [FAQ, GROFF, FB_ROOT], ids=["gettext-faq", "groff-index",
                                                               "fb-root"])
def test_a_first_link_that_is_no_skip_link_is_not_judged_as_one(auditor: Any,
                                                                 body: str) -> None:
    outcome, message = skip_finding(auditor, page(body))
    assert outcome == "cant_tell", message
    assert "not judged as a skip link" in message


@pytest.mark.parametrize(("link", "main"), [
    # says so, in English: stays off-screen when focused
    ('<a class="skip" href="#content">Skip to main content</a>', '<main id="content">'),
    # says nothing, but leads to the main landmark (its top)
    ('<a class="skip" href="#top-story">↓</a>', '<main><div id="top-story"></div>'),
    # says so in Persian, on a right-to-left page
    ('<a class="skip" href="#m">پرش به محتوای اصلی</a>', '<main id="m">'),
    # says so in its image's alt
    ('<a class="skip" href="#x"><img src="data:," alt="Skip to main content" width="80" '
     'height="30"></a>', '<main id="x">'),
], ids=["english", "leads-to-main", "persian", "image-alt"])
def test_a_real_skip_link_hidden_when_focused_still_fails(auditor: Any, link: str,
                                                          main: str) -> None:
    html = page(f'{link}<nav><a href="/">Home</a></nav>{main}<h1>Title</h1>{STORY}</main>',
                css=".skip:focus { top: -100vh; }", lang="fa" if "پرش" in link else "en",
                attrs=' dir="rtl"' if "پرش" in link else "")
    outcome, message = skip_finding(auditor, html)
    assert outcome == "failed", message


def test_a_visible_skip_link_of_another_site_passes(auditor: Any) -> None:
    html = page('<a class="skip" href="#content">Zum Inhalt springen</a><nav><a href="/">'
                f'Start</a></nav><main id="content" tabindex="-1"><h1>Titel</h1>{STORY}'
                '</main>', lang="de")
    outcome, message = skip_finding(auditor, html)
    assert outcome == "passed", message


#: GOV.UK Frontend's page template without its script (round 41 sweep of govuk-frontend
#: 6.6.0): the skip link leads to a ``main`` with no ``tabindex``, so Enter moves no focus,
#: but HTML's "scroll to the fragment" moves the sequential focus navigation starting point
#: to it and the next Tab focuses the first link in it.
GOVUK = ('<a class="skip" href="#main-content">Skip to main content</a>'
         '<header><a href="/">GOV.UK</a> <a href="/search">Search</a></header>'
         '<main id="main-content"><h1>Title</h1><p>Read <a id="first" href="/guide">the '
         f'guide</a>.</p>{STORY}</main>')


def test_a_skip_link_to_a_target_that_takes_no_focus_passes_when_the_next_tab_follows_it(
        auditor: Any) -> None:
    outcome, message = skip_finding(auditor, page(GOVUK))
    assert outcome == "passed", message
    assert "the next Tab focuses #first, from #main-content on" in message


def test_a_skip_link_whose_next_tab_goes_back_to_the_header_fails(auditor: Any) -> None:
    # The link's script cancels the navigation: the starting point stays on the link, so the
    # next Tab focuses the header's first link, before the target.
    html = page(GOVUK.replace('href="#main-content"',
                              'href="#main-content" onclick="event.preventDefault()"'))
    outcome, message = skip_finding(auditor, html)
    assert outcome == "failed", message
    assert "not what follows it" in message


#: A blind QA trial (round 50): an unstyled skip link, an inline link of default 16 px text
#: (about 167×19 px), 40 px clear of the next link, failed as "only 167×19 px". WCAG 2.4.1
#: and 2.4.7 set no size, and 2.5.8's spacing exception lets a lone link be under 24 px.
PLAIN = ('<a href="#main">Skip to main content</a><header style="margin-top:40px"><nav '
         'aria-label="Main"><a href="/world">World</a></nav></header><main id="main" '
         f'tabindex="-1"><h1>Council approves budget</h1>{STORY}</main>')


def test_an_unstyled_skip_link_under_24_px_tall_passes(auditor: Any) -> None:
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>'
            f'</head><body>{PLAIN}</body></html>')
    outcome, message = skip_finding(auditor, html)
    assert outcome == "passed", message


def test_a_skip_link_left_a_pixel_wide_when_focused_fails(auditor: Any) -> None:
    # The "visually hidden" box (1 px, clip rect) that forgot to undo itself on focus is
    # caught as clipped; one shrunk to 1 px with its text overflowing is caught by its size.
    shrunk = ".skip, .skip:focus { top: 8px; width: 1px; height: 1px; padding: 0; }"
    outcome, message = skip_finding(auditor, page(PLAIN.replace(
        '<a href="#main">', '<a class="skip" href="#main">'), css=shrunk))
    assert outcome == "failed", message
    assert "too small to see" in message
