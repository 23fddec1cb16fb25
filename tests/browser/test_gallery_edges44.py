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
        tab.screenshot(path="/tmp/g44a/compare-375-rtl.png")
    finally:
        context.close()
        static.shutdown()
        static.server_close()
