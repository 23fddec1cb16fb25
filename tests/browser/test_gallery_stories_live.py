"""In Chromium: a block story's live view switches scheme and direction by keyboard, and the
index's groups hide when a filter leaves them empty."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from broadsheet.preview import GalleryBuilder
from tests.helpers import ARTICLES
from tests.preview.test_compare_view import Boxes

#: Where screenshots go for a person to look at (kept after the run).
LOOKED_AT = Path("/tmp/broadsheet-gallery-stories")


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stories")
    fixtures = folder / "fixtures"
    fixtures.mkdir()
    for name in ("ar-local-elections-rtl", "be-political-prisoners-quote"):
        shutil.copy(ARTICLES / f"{name}.json", fixtures)
    shutil.copytree(ARTICLES / "images", fixtures / "images")
    (fixtures / "broken.json").write_text("{", "utf-8")
    GalleryBuilder(folder / "out", capture=Boxes(), blocks=True).build([fixtures])
    return folder / "out"


FRAME = """(frame) => { const doc = frame.contentDocument;
  return {dir: doc.documentElement.dir,
          background: getComputedStyle(doc.body).backgroundColor,
          file: frame.contentWindow.location.pathname.split('/').pop()}; }"""

#: Whether the frame shows the page named, loaded.
LOADED = """([frame, file]) => frame.contentDocument.readyState === 'complete'
  && frame.contentWindow.location.pathname.endsWith('/' + file)"""


def test_a_story_s_live_view_switches_to_dark_and_right_to_left_by_keyboard(
        auditor: Any, gallery: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    LOOKED_AT.mkdir(exist_ok=True)
    sandbox = Sandbox.for_file(gallery / "blocks" / "quote" / "index.html", root=gallery)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        live = tab.locator("[data-story-live*='be-political']").first
        live.scroll_into_view_if_needed()
        frame = live.locator("iframe")
        inner = live.frame_locator("iframe")
        assert not live.locator(".story-live__links").is_visible(), "switches instead"
        # Each step waits on what it needs (the radio, the frame's address, its document) so a
        # slow machine fails with the step that did not happen, not a bare timeout.
        expect(inner.locator("html")).to_have_attribute("dir", "ltr", timeout=60_000)
        seen = frame.evaluate(FRAME)
        assert (seen["dir"], seen["file"]) == ("ltr", "page-light-ltr.html")
        light = seen["background"]
        live.get_by_role("radio", name="Light").focus()
        tab.keyboard.press("ArrowRight")
        expect(live.get_by_role("radio", name="Dark")).to_be_checked()
        # The dark page loaded before the direction changes (a person's second key press
        # comes long after; two navigations of the frame a millisecond apart left the first's
        # page in place once under CI's load).
        tab.wait_for_function(LOADED, arg=[frame.element_handle(), "page-dark-ltr.html"],
                              timeout=60_000)
        live.get_by_role("radio", name="Left to right (its own)").focus()
        tab.keyboard.press("ArrowRight")
        expect(live.get_by_role("radio", name="Right to left")).to_be_checked()
        expect(frame).to_have_attribute("src", re.compile(r"page-dark-rtl\.html$"))
        expect(inner.locator("html")).to_have_attribute("dir", "rtl", timeout=60_000)
        seen = frame.evaluate(FRAME)
        assert seen["file"] == "page-dark-rtl.html"
        assert seen["dir"] == "rtl"
        assert seen["background"] != light, "dark"
        assert (frame.get_attribute("title") or "").endswith(" live, dark, right to left")
        live.screenshot(path=str(LOOKED_AT / "story-dark-rtl.png"))


def test_a_filter_that_empties_a_group_hides_it(auditor: Any, gallery: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "index.html", root=gallery)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        tab.screenshot(path=str(LOOKED_AT / "index.png"), full_page=True)
        groups = tab.locator("section.group")
        shown = groups.evaluate_all("(all) => all.map(g => g.dataset.group)")
        assert shown[-1] == "unchecked"
        tab.click("#filters-toggle")  # round 51: folded under "Filters"
        tab.locator("#filter-direction").select_option("rtl")
        visible = groups.evaluate_all(
            "(all) => all.filter(g => !g.hidden).map(g => g.dataset.group)")
        assert "unchecked" not in visible, "the broken fixture has no direction"
        assert len(visible) == 1
        tab.locator("#filter-direction").select_option("")
        assert groups.evaluate_all(
            "(all) => all.filter(g => !g.hidden).map(g => g.dataset.group)") == shown
