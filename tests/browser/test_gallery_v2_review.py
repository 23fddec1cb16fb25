"""Issue 17, gallery v2: the blind review's remaining findings (6/10, goal 8), in Chromium,
from the gallery opened as files (``file://``, as a designer double-clicks it): the
colour-vision simulation drawn over the live page, the checks' tabs in view at a laptop's
width, the live page's share of the window, and findings in plain words. Captured without
a browser (:class:`tests.browser.test_gallery_review17.Photos`)."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import GalleryBuilder
from tests.browser.test_gallery_review17 import Photos
from tests.helpers import ARTICLES

#: A page with a red accent, a photograph and blue links: colours every simulation moves.
STORM = "en-storm-breaking-corrections"
FIXTURES = (STORM, "ar-local-elections-rtl")


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("v2")
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    out = folder / "out"
    GalleryBuilder(out, capture=Photos()).build([folder])
    return out


@pytest.fixture
def tab(auditor: Any) -> Iterator[Any]:
    """A plain Chromium tab (no sandbox: the gallery's own files, from ``file://``)."""
    context = auditor.browser().new_context(viewport={"width": 1280, "height": 800})
    try:
        yield context.new_page()
    finally:
        context.close()


def _stage_pixels(tab: Any) -> list[tuple[int, int, int]]:
    from PIL import Image

    box = tab.eval_on_selector(".frame-stage", "e => e.getBoundingClientRect().toJSON()")
    shot = tab.screenshot(clip={"x": box["x"], "y": box["y"], "width": box["width"],
                                "height": min(box["height"], 600)})
    with Image.open(io.BytesIO(shot)) as image:
        data = image.convert("RGB").tobytes()
    return [(data[i], data[i + 1], data[i + 2]) for i in range(0, len(data), 3)]


def _open_fixture(tab: Any, gallery: Path, slug: str) -> None:
    tab.goto((gallery / "fixtures" / slug / "index.html").as_uri())  # its frames loaded
    tab.wait_for_timeout(600)  # and drawn


def test_each_colour_vision_simulation_changes_the_live_page_opened_as_a_file(
        tab: Any, gallery: Path) -> None:
    """Chromium draws no SVG ``url(#…)`` filter on a cross-origin frame, and from file://
    the frame is: Achromatopsia changed 0 of the sampled pixels (2,757 served)."""
    _open_fixture(tab, gallery, STORM)
    typical = _stage_pixels(tab)
    vision = tab.get_by_role("combobox", name="Vision: simulate a colour vision deficiency")
    changed = {}
    for name in ("protanopia", "deuteranopia", "tritanopia", "achromatopsia"):
        vision.select_option(name)
        tab.wait_for_timeout(150)
        seen = _stage_pixels(tab)
        assert len(seen) == len(typical)
        changed[name] = sum(1 for a, b in zip(typical, seen, strict=True)
                            if max(abs(x - y) for x, y in zip(a, b, strict=True)) > 8)
        if name == "achromatopsia":
            coloured = [p for p in seen if max(p) - min(p) > 3]
            assert len(coloured) < len(seen) / 1000, \
                f"{len(coloured)} of {len(seen)} pixels still coloured, e.g. {coloured[:3]}"
    print(changed)
    assert all(count > 2000 for count in changed.values()), changed
    # Typical again: the page as it is, the lens gone, the page still clicked through it.
    vision.select_option("none")
    tab.wait_for_timeout(150)
    assert _stage_pixels(tab) == typical
