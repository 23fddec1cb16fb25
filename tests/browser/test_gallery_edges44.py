"""Round 43's review of the gallery in Chromium: a static build does not poll the preview
server's ``/__build__`` (its 404s flooded the console); ``preview --serve`` does."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from broadsheet.preview.server import GalleryServer


def _polls(auditor: Any, url: str) -> list[str]:
    context = auditor.browser().new_context(viewport={"width": 1280, "height": 800})
    asked: list[str] = []
    try:
        tab = context.new_page()
        tab.on("request", lambda request: asked.append(request.url))
        tab.goto(url)
        tab.wait_for_timeout(2500)
    finally:
        context.close()
    return [seen for seen in asked if "/__build__" in seen]


def test_a_static_build_does_not_poll_the_preview_server(auditor: Any,
                                                          fixtures_gallery: Path) -> None:
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(fixtures_gallery))
    static = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    static.daemon_threads = True
    threading.Thread(target=static.serve_forever, daemon=True).start()
    try:
        assert _polls(auditor, f"http://127.0.0.1:{static.server_address[1]}/index.html") == []
    finally:
        static.shutdown()
        static.server_close()
    served = GalleryServer(fixtures_gallery, port=0)
    served.start()
    try:
        assert len(_polls(auditor, served.url + "index.html")) >= 2
    finally:
        served.stop()


def test_compare_select_turns_right_to_left_with_an_arabic_headline(
        auditor: Any, tmp_path: Path) -> None:
    from broadsheet.preview import GalleryBuilder
    from tests.helpers import ARTICLES
    from tests.preview.test_compare_view import Boxes

    GalleryBuilder(tmp_path, capture=Boxes()).build([ARTICLES])
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    static = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    static.daemon_threads = True
    threading.Thread(target=static.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{static.server_address[1]}/"
    context = auditor.browser().new_context(viewport={"width": 375, "height": 800})
    try:
        tab = context.new_page()
        tab.goto(url + "compare.html")
        menu = tab.locator("#compare-a")
        menu.select_option("en-live-storm-isha")
        assert menu.evaluate("m => getComputedStyle(m).direction") == "ltr"
        menu.select_option("ar-live-election-count")
        assert menu.evaluate("m => getComputedStyle(m).direction") == "rtl"
    finally:
        context.close()
        static.shutdown()
        static.server_close()


LINES = r"""() => {
  const pre = document.querySelector('.code--source pre');
  const region = pre.closest('.code');
  const lines = pre.textContent.replace(/\n$/, '').split('\n').length;
  const height = parseFloat(getComputedStyle(pre).lineHeight);
  const padding = parseFloat(getComputedStyle(pre).paddingBlockStart) * 2;
  return {lines, rows: Math.round((pre.getBoundingClientRect().height - padding) / height),
          bdis: [...pre.querySelectorAll('bdi')].map((b) => [b.textContent,
            new Set([...b.getClientRects()].map((r) => Math.round(r.top))).size]),
          scrolls: region.scrollWidth > region.clientWidth,
          page: document.documentElement.scrollWidth, width: innerWidth}; }"""


def test_the_source_tab_never_wraps_a_right_to_left_string(auditor: Any, tmp_path: Path) -> None:
    """fa-rent-chart-footnotes' Source tab: each line of the JSON one line on screen (a
    Persian string wrapped inside its isolate read scrambled); the region scrolls sideways,
    the page does not."""
    import shutil

    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox
    from broadsheet.preview import GalleryBuilder
    from tests.helpers import ARTICLES

    slug = "fa-rent-chart-footnotes"
    shutil.copy(ARTICLES / f"{slug}.json", tmp_path / f"{slug}.json")
    GalleryBuilder(tmp_path / "out").build([tmp_path / f"{slug}.json"])
    out = tmp_path / "out"
    for width in (1280, 375):
        sandbox = Sandbox.for_file(out / "fixtures" / slug / "index.html", root=out)
        with auditor.page(AuditOptions(width=width, height=900), sandbox) as tab:
            tab.goto(sandbox.url + "#source")
            tab.wait_for_function("document.querySelector('.code--source pre')"
                                  ".getBoundingClientRect().height > 100")
            tab.evaluate("document.fonts.ready")
            seen = tab.evaluate(LINES)
        assert seen["rows"] == seen["lines"], (width, seen["rows"], seen["lines"])
        assert len(seen["bdis"]) >= 5
        assert all(rows == 1 for _, rows in seen["bdis"]), seen["bdis"]
        assert seen["scrolls"], "long lines scroll in their region"
        assert seen["page"] <= seen["width"], "the page itself does not scroll sideways"


def test_the_format_filter_shows_the_photo_essays(auditor: Any, fixtures_gallery: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(fixtures_gallery / "index.html", root=fixtures_gallery)
    with auditor.page(AuditOptions(width=1280, height=900), sandbox) as tab:
        tab.goto(sandbox.url)
        tab.click("#filters-toggle")  # round 51: folded under "Filters"
        tab.select_option("#filter-format", "photos")
        shown = tab.eval_on_selector_all(
            "li.card:not([hidden]) h3 a, li.card:not([hidden]) h2 a",
            "links => links.map(a => a.getAttribute('href'))")
    assert "fixtures/ru-flood-gallery/index.html" in shown
    assert all("gallery" in href or "eisteddfod" in href for href in shown), shown
