"""Round 41's blind review of the gallery (6.5/10 against Storybook and Chromatic), in
Chromium: the neighbours' headlines at most two lines (whole in their names, tooltips and on
focus); the reading views at the width and scheme the live page shows, or saying which they
show. Captured without a browser (:class:`Photos`, with views added here)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Literal

import pytest

from broadsheet.preview import GalleryBuilder
from tests.browser.test_gallery_review17 import Photos
from tests.helpers import ARTICLES

#: Each headline long enough to wrap to three lines in its half of the head at 1280 px.
LONGER = (" as the council's cabinet, meeting late into the night, weighs every other saving it"
          " could still make before the spring budget is set")
FIXTURES = ("en-council-video-lead", "en-rents-chart-footnotes", "en-storm-breaking-corrections")


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review41")
    for slug in FIXTURES:
        article = json.loads((ARTICLES / f"{slug}.json").read_text("utf-8"))
        article["headline"] += LONGER
        (folder / f"{slug}.json").write_text(json.dumps(article, ensure_ascii=False), "utf-8")
    shutil.copytree(ARTICLES / "images", folder / "images")
    GalleryBuilder(folder / "out", capture=Photos()).build([folder])
    return folder / "out"


def _open(auditor: Any, gallery: Path, page: str, width: int, height: int,
          scheme: Literal["light", "dark"] = "light") -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / page, root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height, color_scheme=scheme),
                                 sandbox)


PAGER = """() => [...document.querySelectorAll('.pager a')].map((a) => {
  const name = a.querySelector('.pager__headline'), style = getComputedStyle(name);
  return {rel: a.rel, height: a.getBoundingClientRect().height, line: parseFloat(style.lineHeight),
          drawn: name.getBoundingClientRect().height, whole: name.scrollHeight,
          text: name.textContent, title: a.title}; })"""


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1440, 900)])
def test_a_neighbours_headline_is_two_lines_at_most_and_whole_on_focus(
        auditor: Any, gallery: Path, width: int, height: int) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{FIXTURES[1]}/index.html", width, height)
    with opened as tab:
        tab.goto(sandbox.url)
        links = tab.evaluate(PAGER)
        assert [each["rel"] for each in links] == ["prev", "next"]
        for each in links:
            assert each["height"] <= 2 * each["line"] + 2, each
            assert each["whole"] > each["drawn"] + 2, "the headline is cut (tested)"
            # The whole headline is the link's name and its tooltip.
            assert each["text"].endswith(LONGER), each
            assert each["title"] == each["text"], each
        tab.focus(".pager a[rel=next]")
        tab.keyboard.press("Shift+Tab")
        tab.keyboard.press("Tab")
        focused = tab.evaluate(PAGER)[1]
        assert focused["drawn"] > 2 * focused["line"] + 2, "whole while it has the focus"
        assert focused["drawn"] >= focused["whole"] - 2
