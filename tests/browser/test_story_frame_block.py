"""In Chromium: a block story's live frame opens on the block, not on the page around it
(review 43: the pull quote started at the frame's bottom edge, under the masthead, nav and
headline; the chart was cut at its 110 gridline). Every variant of every block type, at 1280
and 375 px: the block wholly inside the frame's visible area without scrolling in it; "In its
page" shows the page around it, scrolled to the block. And the Props table at 375 px cuts no
column."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from broadsheet.preview import GalleryBuilder
from tests.helpers import ARTICLES
from tests.preview.test_compare_view import Boxes

#: Where screenshots go for a person to look at (kept after the run).
LOOKED_AT = Path("/tmp/broadsheet-story-frames")


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("frames")
    fixtures = folder / "fixtures"
    fixtures.mkdir()
    for article in ARTICLES.glob("*.json"):
        shutil.copy(article, fixtures)
    shutil.copytree(ARTICLES / "images", fixtures / "images")
    GalleryBuilder(folder / "out", capture=Boxes(), blocks=True).build([fixtures])
    return folder / "out"


#: Where the block sits in the frame's window, and whether the page around it shows.
SEEN = """(frame) => { const doc = frame.contentDocument, win = frame.contentWindow;
  const block = doc.querySelector('.article-body > :first-child')
    || doc.querySelector('.article-header ~ :not(.article-body)');
  if (!block) return null;
  const box = block.getBoundingClientRect();
  const h1 = doc.querySelector('h1');
  return {top: box.top, bottom: box.bottom, left: box.left, right: box.right,
          width: win.innerWidth, height: win.innerHeight,
          headline: !!h1 && h1.getClientRects().length > 0}; }"""

#: The frame's page loaded.
LOADED = """(frame) => frame.contentDocument && frame.contentDocument.readyState === 'complete'"""
#: And its size told to the gallery (the height it set).
SETTLED = """(frame) => frame.contentDocument && frame.contentDocument.readyState === 'complete'
  && frame.style.blockSize !== ''"""


def _frames(auditor: Any, gallery: Path, width: int) -> list[tuple[str, int, dict[str, Any]]]:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    seen = []
    stories = sorted(path.parent.name for path in (gallery / "blocks").glob("*/index.html"))
    assert len(stories) > 10
    for story in stories:
        sandbox = Sandbox.for_file(gallery / "blocks" / story / "index.html", root=gallery)
        with auditor.page(AuditOptions(width=width), sandbox) as tab:
            tab.goto(sandbox.url)
            for n, frame in enumerate(tab.locator("iframe.story-frame--live").all(), 1):
                frame.scroll_into_view_if_needed()
                tab.wait_for_function(LOADED, arg=frame.element_handle(), timeout=60_000)
                # Its size told (the block's box below decides; a gallery that never sizes
                # its frame fails there, not here).
                with contextlib.suppress(PlaywrightTimeout):
                    tab.wait_for_function(SETTLED, arg=frame.element_handle(), timeout=5_000)
                tab.wait_for_timeout(150)  # its pictures and a resize told
                seen.append((story, n, frame.evaluate(SEEN)))
                if story in {"pullquote", "chart"} and n == 1:
                    frame.screenshot(path=str(LOOKED_AT / f"{story}-{width}.png"))
    return seen


@pytest.mark.parametrize("width", [1280, 375])
def test_every_story_frame_shows_its_whole_block_alone(auditor: Any, gallery: Path,
                                                      width: int) -> None:
    LOOKED_AT.mkdir(exist_ok=True)
    seen = _frames(auditor, gallery, width)
    wrong = [(story, n, box) for story, n, box in seen
             if box is None or box["headline"] or box["top"] < 0 or box["left"] < -1
             or box["bottom"] > box["height"] + 1 or box["right"] > box["width"] + 1]
    assert not wrong, wrong
    assert len(seen) > 20


def test_in_its_page_shows_the_page_scrolled_to_the_block(auditor: Any, gallery: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "blocks" / "pullquote" / "index.html", root=gallery)
    with auditor.page(AuditOptions(width=375), sandbox) as tab:
        tab.goto(sandbox.url)
        live = tab.locator("[data-story-live]").first
        frame = live.locator("iframe")
        frame.scroll_into_view_if_needed()
        tab.wait_for_function(SETTLED, arg=frame.element_handle(), timeout=60_000)
        live.get_by_role("radio", name="In its page").check()
        tab.wait_for_function(
            "(frame) => parseFloat(frame.style.blockSize) >= 512", arg=frame.element_handle(),
            timeout=10_000)
        tab.wait_for_timeout(200)
        box = frame.evaluate(SEEN)
        assert box["headline"], "the page around the block"
        assert box["top"] >= 0, box
        assert box["bottom"] <= box["height"] + 1, box
        frame.screenshot(path=str(LOOKED_AT / "pullquote-in-page-375.png"))
        live.get_by_role("radio", name="Block alone").check()
        tab.wait_for_function(
            "(frame) => parseFloat(frame.style.blockSize) < 512", arg=frame.element_handle(),
            timeout=10_000)
        assert not frame.evaluate(SEEN)["headline"]


def test_the_props_table_at_375_cuts_no_column(auditor: Any, gallery: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "blocks" / "pullquote" / "index.html", root=gallery)
    with auditor.page(AuditOptions(width=375), sandbox) as tab:
        tab.goto(sandbox.url)
        table = tab.locator("table.props")
        table.scroll_into_view_if_needed()
        tab.screenshot(path=str(LOOKED_AT / "props-375.png"))
        cut = tab.evaluate("""() => {
          const table = document.querySelector('table.props');
          const holder = table.parentElement.getBoundingClientRect();
          const cells = [...table.querySelectorAll('th, td')].filter(
            (cell) => cell.getClientRects().length > 0);
          return cells.filter((cell) => {
            const box = cell.getBoundingClientRect();
            return box.right > holder.right + 1 || box.left < holder.left - 1;
          }).map((cell) => cell.textContent.trim().slice(0, 20)); }""")
        assert not cut, cut
