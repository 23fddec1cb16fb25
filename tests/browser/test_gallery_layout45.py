"""Round 45, the blind review's first ask for the gallery's 8 (its defects 1, 7 and 9), in
Chromium: from 1200 px the checks' panel lies along the bottom of the live page, full width
(Storybook's addons panel), all eight tabs whole in one row, none behind "N more ›"; the live
frame lays a 1280 px page out at 1280 px fitted to the window's width and reaches down to the
tabs (the window's height), and on a phone it is as large as the window allows; one
colour-vision control (the toolbar's), the Screenshots tab following it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Literal

import pytest

from broadsheet.findings import Finding
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture, ContrastPair
from tests.browser.test_gallery_review41 import WithViews
from tests.helpers import ARTICLES

SLUG = "ar-local-elections-rtl"


class Everything(WithViews):
    """Screenshots at every width, two reading views and colour pairs: every one of the eight
    tabs shown."""

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        seen = super().capture(page, folder, findings)
        seen.contrast = [ContrastPair("light", "#999999", "#ffffff", 2.85, False, 3, "Updated"),
                         ContrastPair("light", "#ffffff", "", None, True, 1, "Headline")]
        return seen


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("layout45")
    for slug in (SLUG, "en-council-video-lead"):
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    GalleryBuilder(folder / "out", capture=Everything()).build([folder])
    return folder / "out"


def _open(auditor: Any, gallery: Path, width: int, height: int,
          scheme: Literal["light", "dark"] = "light") -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "fixtures" / SLUG / "index.html", root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height, color_scheme=scheme),
                                 sandbox)


ROW = """() => {
  const box = (e) => e.getBoundingClientRect().toJSON();
  const list = document.querySelector('[role=tablist]');
  const more = document.querySelector('.toc__more--end');
  const frame = [...document.querySelectorAll('.preview-frame')].find((f) => f.getClientRects().length);
  return {list: box(list), stage: box(document.querySelector('.frame-stage')), frame: box(frame),
          tabs: [...list.querySelectorAll('[role=tab]')].map((a) => ({
            name: a.textContent.trim().replace(/\\s+/g, ' '), box: box(a),
            opacity: getComputedStyle(a).opacity, cut: a.hasAttribute('data-cut')})),
          more: getComputedStyle(more).display !== 'none' ? more.textContent.trim() : null,
          window: [innerWidth, innerHeight], page: document.documentElement.scrollWidth}; }"""


@pytest.mark.parametrize(("width", "height", "scheme"),
                         [(1280, 800, "light"), (1440, 900, "dark"), (1200, 800, "light")])
def test_from_1200_px_all_eight_tabs_are_whole_in_one_row_under_the_live_page(
        auditor: Any, gallery: Path, width: int, height: int,
        scheme: Literal["light", "dark"]) -> None:
    """Beside the live page the panel was 352 px: five tabs, "3 more ›" hiding the rest."""
    sandbox, opened = _open(auditor, gallery, width, height, scheme)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function("document.querySelector('.frame-stage').style.blockSize !== ''")
        seen = tab.evaluate(ROW)
    names = [t["name"].split(" ")[0] for t in seen["tabs"]]
    assert sorted(names) == ["Changes", "Contrast", "Findings", "Outline", "Screenshots",
                             "Source", "Spoken", "Views"], names
    assert seen["more"] is None, f"nothing behind a cue: {seen['more']}"
    assert len({round(t["box"]["top"]) for t in seen["tabs"]}) == 1, "one row"
    row = seen["list"]
    for one in seen["tabs"]:
        assert row["left"] - 1 <= one["box"]["left"] < one["box"]["right"] <= row["right"] + 1, one
        assert one["box"]["bottom"] <= height, f"in the first screen: {one}"
        assert one["opacity"] == "1", one
        assert not one["cut"], one
    # (their badges' words shown, not only the marks: "✖ 2 violations", not "✖ 2")
    assert any("violation" in t["name"] for t in seen["tabs"]), seen["tabs"]
    # Under the live page, the whole width of its column, not beside it.
    assert row["top"] >= seen["stage"]["bottom"], "along the live page's bottom"
    assert row["right"] - seen["stage"]["left"] >= 0.9 * seen["stage"]["width"], (row, seen["stage"])
    assert seen["page"] <= width, "the window never scrolls sideways"


FRAME = """() => {
  const box = (e) => e.getBoundingClientRect().toJSON();
  const frame = [...document.querySelectorAll('.preview-frame')].find((f) => f.getClientRects().length);
  const m = /scale\\(([\\d.]+)\\)/.exec(frame.style.transform);
  return {width: document.querySelector("input[name='frame-width']:checked").value,
          layout: frame.clientWidth, scale: m ? Number(m[1]) : 1, frame: box(frame),
          stage: box(document.querySelector('.frame-stage')), tabs: box(document.querySelector('.toc')),
          window: [innerWidth, innerHeight]}; }"""


def test_at_1280_the_live_frame_is_the_1280_layout_fitted_to_the_width_a_screen_tall(
        auditor: Any, gallery: Path) -> None:
    """It opened at 768 px in a 770 × 691 frame (the review: "the fixture page opens at 768")."""
    sandbox, opened = _open(auditor, gallery, 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function("document.querySelector('.frame-stage').style.blockSize !== ''")
        seen = tab.evaluate(FRAME)
    assert seen["width"] == "1280", seen
    assert seen["layout"] == 1280, "laid out at 1280 px"
    assert 0.9 <= seen["scale"] <= 1, f"fitted to the width, drawn at about its size: {seen}"
    assert seen["frame"]["width"] >= 1150, seen["frame"]
    assert seen["frame"]["right"] <= seen["stage"]["right"] + 1, "fitted, never cut"
    # The window's height below the head and toolbar: the stage reaches down to the tabs,
    # the tabs the first screen's bottom edge.
    assert seen["stage"]["height"] >= 800 - seen["stage"]["top"] - 80, seen
    assert 800 - 60 <= seen["tabs"]["bottom"] <= 800, seen["tabs"]


def test_on_a_phone_the_live_frame_is_as_large_as_the_window_allows(
        auditor: Any, gallery: Path) -> None:
    """At 375 it was drawn "at 83% to fit" in about 310 × 420."""
    sandbox, opened = _open(auditor, gallery, 375, 812)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function("document.querySelector('.frame-stage').style.blockSize !== ''")
        seen = tab.evaluate(FRAME)
    assert seen["width"] == "375", seen
    assert seen["frame"]["width"] >= 375 - 24, f"nearly the window's width: {seen['frame']}"
    assert seen["scale"] >= 0.93, seen
    # (taller than the 310 px it was: down to the checks' tabs, the start of their panel
    # under them, test_gallery_canvas.py)
    assert seen["frame"]["height"] >= 812 * 0.48, seen["frame"]
    assert seen["frame"]["left"] >= 0, seen["frame"]
    assert seen["frame"]["right"] <= 375, seen["frame"]


def test_one_colour_vision_control_the_screenshots_follow_it(auditor: Any, gallery: Path) -> None:
    """The toolbar's Vision menu and the Screenshots tab's radios were two controls for one
    setting; the menu alone now filters the live page and the screenshots alike."""
    sandbox, opened = _open(auditor, gallery, 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url + "#screenshots")
        controls = tab.evaluate("""() => [...document.querySelectorAll('select, input[type=radio]')]
          .filter((c) => /vision|cvd|protan/i.test(c.name + ' ' + (c.getAttribute('aria-label') || '')
                                                  + ' ' + c.value + ' ' + [...(c.options || [])].map((o) => o.value).join(' ')))
          .map((c) => c.name)""")
        assert sorted(set(controls)) == ["frame-vision"], controls
        assert tab.get_by_role("radio", name="Protanopia").count() == 0
        said = tab.locator(".shots-vision__now")
        filtered = "getComputedStyle(document.querySelector('section[aria-labelledby=screenshots] .shot img')).filter"
        assert tab.evaluate(filtered) == "none"
        assert said.text_content() == "Typical"
        tab.get_by_role("combobox", name="Vision: simulate a colour vision deficiency").select_option(
            "achromatopsia")
        assert "cvd-achromatopsia" in tab.evaluate(filtered)
        assert said.text_content() == "Achromatopsia"
