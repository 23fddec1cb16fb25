"""Round 43's blind review of the gallery's chrome (6-7/10 against Storybook and Chromatic),
in Chromium: the checks' tabs never show a label cut mid-word. Captured without a browser
(:class:`Photos`)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Literal

import pytest

from broadsheet.preview import GalleryBuilder
from tests.browser.test_gallery_review17 import Photos
from tests.helpers import ARTICLES

FIXTURES = ("ar-local-elections-rtl", "en-council-video-lead", "en-transit-map-embed")
RTL = "ar-local-elections-rtl"


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review43")
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    GalleryBuilder(folder / "out", capture=Photos()).build([folder])
    return folder / "out"


def _open(auditor: Any, gallery: Path, page: str, width: int, height: int,
          scheme: Literal["light", "dark"] = "light") -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / page, root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height, color_scheme=scheme),
                                 sandbox)


#: Every tab drawn (not hidden) and whether it lies whole in the row's part in sight: past the
#: start's arrow, before the end's cue ("3 more ›").
SHOWN = """() => {
  const strip = document.querySelector('.toc[data-tabs]'), ul = strip.querySelector('ul');
  const row = ul.getBoundingClientRect();
  const on = (el) => getComputedStyle(el).display !== 'none';
  const start = strip.querySelector('.toc__more--start'), end = strip.querySelector('.toc__more--end');
  const left = on(start) ? Math.max(row.left, start.getBoundingClientRect().right) : row.left;
  const right = on(end) ? Math.min(row.right, end.getBoundingClientRect().left) : row.right;
  return [...ul.querySelectorAll('[role=tab]')].filter((a) => getComputedStyle(a).visibility !== 'hidden')
    .map((a) => { const b = a.getBoundingClientRect();
                  return {label: a.textContent.trim(), left: b.left, right: b.right, from: left, to: right}; })
    .filter((t) => t.right > t.from + 1 && t.left < t.to - 1); }"""


@pytest.mark.parametrize(("width", "height", "hash"), [
    (1280, 900, "#findings"), (1280, 900, "#views"), (375, 812, "#findings"),
    (375, 812, "#changes"), (320, 800, "#outline")])
def test_no_tab_label_is_ever_cut_by_the_rows_edges(
        auditor: Any, gallery: Path, width: int, height: int, hash: str) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{RTL}/index.html", width, height)
    with opened as tab:
        tab.goto(sandbox.url + hash)
        tab.wait_for_timeout(300)
        seen = [tab.evaluate(SHOWN)]
        for _ in range(3):  # paged by the cue, as a mouse would
            more = tab.locator(".toc__more--end")
            if not more.is_visible():
                break
            more.click()
            tab.wait_for_timeout(700)
            seen.append(tab.evaluate(SHOWN))
    for shown in seen:
        assert shown, "some tabs in sight"
        for one in shown:
            assert one["from"] - 1 <= one["left"] and one["right"] <= one["to"] + 1, one
    labels = {one["label"].split()[0] for shown in seen for one in shown}
    assert "Source" in labels, "paging by the cue reaches the last tab"
