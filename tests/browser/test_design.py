"""The design system as Chromium renders it: the shipped fonts, the grid and rail, and the page
defects a newsroom designer found (issue 17), measured as computed styles and boxes.

Pages are served as a host would serve them: the page at ``http://broadsheet.test/`` with
``broadsheet.assets_dir()`` beside it, under the page's own Content-Security-Policy."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import broadsheet
from tests.helpers import ARTICLES, rendered

ORIGIN = "http://broadsheet.test/"


@contextmanager
def fixture_page(auditor: Any, stem: str, *, width: int = 1280,
                 scheme: str = "light") -> Iterator[Any]:
    """The fixture's page, loaded with its fonts, every font in use ready; fails on any CSP
    violation (a blocked font or style would go unnoticed otherwise)."""
    html = rendered(ARTICLES / f"{stem}.json").html
    assets = broadsheet.assets_dir()

    def serve(route: Any) -> None:
        url = route.request.url
        if url == ORIGIN:
            route.fulfill(body=html, content_type="text/html")
        elif url.startswith(f"{ORIGIN}broadsheet-fonts/") and "/.." not in url:
            route.fulfill(path=assets / url.removeprefix(ORIGIN), content_type="font/woff2")
        else:
            route.abort()

    context = auditor.browser().new_context(viewport={"width": width, "height": 800},
                                            color_scheme=scheme)
    try:
        page = context.new_page()
        page.route("**/*", serve)
        page.add_init_script("""window.__violations = [];
            document.addEventListener('securitypolicyviolation',
              (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));""")
        page.goto(ORIGIN)
        page.evaluate("() => document.fonts.ready.then(() => null)")
        yield page
        assert page.evaluate("() => window.__violations") == []
    finally:
        context.close()


def rendered_fonts(page: Any, selector: str) -> dict[str, int]:
    """Glyphs drawn in each font (family name) for the first element matching ``selector``,
    as Chromium reports them: the font actually used, not the one the CSS asked for."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    assert node, selector
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {f["familyName"]: f["glyphCount"] for f in fonts if f["isCustomFont"]}


@pytest.mark.parametrize(("stem", "selector", "family"), [
    ("en-storm-breaking-corrections", "h1", "Source Serif 4"),
    ("en-storm-breaking-corrections", ".article-body > p", "Source Serif 4"),
    ("en-storm-breaking-corrections", ".figure__caption", "Source Sans 3"),
    ("be-political-prisoners-quote", "h1", "Source Serif 4"),          # Cyrillic
    ("uk-energy-data-table", ".article-body > p", "Source Serif 4"),    # Ukrainian
    ("en-eisteddfod-decorative", "[lang=cy]", "Source Serif 4"),        # Welsh: ŵ, ŷ
    ("ar-local-elections-rtl", "h1", "Noto Naskh Arabic"),
    ("fa-podcast-inflation-audio", ".article-body > p", "Noto Naskh Arabic"),
])
def test_text_is_drawn_in_the_shipped_fonts(auditor: Any, stem: str, selector: str,
                                            family: str) -> None:
    with fixture_page(auditor, stem) as page:
        fonts = rendered_fonts(page, selector)
    assert fonts, f"{stem} {selector}: no shipped font drew it"
    assert max(fonts, key=lambda name: fonts[name]).startswith(family), fonts
