"""The designer's blind review of round 48's gallery (7/10), in Chromium: at 1280 × 800 the
checks sit beside the live page, each the workspace's full height (not a 140 px slot under
it, two scrollers nested), the Views tab's focus order in sight; the live page opens at 1:1,
the scale said; a block page's variants and props are tabs, one shown. Captured without a
browser (:class:`tests.browser.test_gallery_review48.Found`)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import GalleryBuilder
from tests.browser.gallery_stage import STAGE_SIZED
from tests.browser.test_gallery_review48 import FAILING, FIXTURES, RTL, Found, _open
from tests.helpers import ARTICLES


class Viewed(Found):
    """:class:`Found`, and a focus order view (a tall grey page) at 1280 px, light."""

    def capture(self, page: Path, folder: Path, findings: list[Any]) -> Any:
        from PIL import Image

        from broadsheet.preview.model import View

        captured = super().capture(page, folder, findings)
        Image.new("RGB", (1280, 2400), (150, 170, 150)).save(folder / "shots" / "focus.png")
        captured.views = [View("focus", "Focus order", "Where the Tab key goes.", "shots/focus.png",
                               1280, "light")]
        return captured


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review49")
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    out = folder / "out"
    GalleryBuilder(out, capture=Viewed(), blocks=True).build([folder])
    return out


BESIDE = """() => {
  const box = (el) => el.getBoundingClientRect().toJSON();
  return {stage: box(document.querySelector('.frame-stage')), checks: box(document.getElementById('checks')),
          split: box(document.getElementById('workspace-split')),
          orientation: document.getElementById('workspace-split').getAttribute('aria-orientation'),
          scrolls: document.scrollingElement.scrollHeight}; }"""


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1440, 900)])
def test_the_checks_sit_beside_the_live_page_each_full_height(
        auditor: Any, gallery: Path, width: int, height: int) -> None:
    """Round 48: the live page y=172–547, the checks about 140 px of it (y≈632–770)."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{FAILING}/index.html", width, height)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        tab.wait_for_timeout(200)
        seen = tab.evaluate(BESIDE)
    stage, checks = seen["stage"], seen["checks"]
    assert seen["scrolls"] <= height, "one fixed workspace, the window never scrolls"
    assert checks["left"] >= stage["right"], f"the checks at the live page's right: {seen}"
    assert seen["split"]["left"] >= stage["right"] - 1, seen
    assert seen["split"]["right"] <= checks["left"] + 1, seen
    assert seen["orientation"] == "vertical", seen
    # each (nearly) the window's height, side by side: not a slot
    assert checks["height"] >= 0.75 * height, seen
    assert stage["height"] >= 0.65 * height, seen
    assert abs(checks["bottom"] - stage["bottom"]) <= 16, seen
    assert checks["width"] >= 350, seen


def test_the_views_tab_shows_the_focus_order_not_only_its_intro(auditor: Any, gallery: Path) -> None:
    """Round 48: in its 140 px, Views → Focus order showed only its intro sentence."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{RTL}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        tab.get_by_role("tab", name="Views").click()
        tab.wait_for_timeout(200)
        seen = tab.evaluate("""() => ({
          checks: document.getElementById('checks').getBoundingClientRect().toJSON(),
          first: document.querySelector('.views .shot__scroll').getBoundingClientRect().toJSON()})""")
    # the first view's picture begins in the panel's upper half and 250 px of it in sight
    assert seen["first"]["top"] < seen["checks"]["top"] + seen["checks"]["height"] / 2, seen
    assert min(seen["first"]["bottom"], seen["checks"]["bottom"]) - seen["first"]["top"] >= 250, seen


def test_larger_checks_gives_the_checks_the_width(auditor: Any, gallery: Path) -> None:
    from playwright.sync_api import expect

    sandbox, opened = _open(auditor, gallery, f"fixtures/{RTL}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        width = "document.getElementById('checks').getBoundingClientRect().width"
        before = tab.evaluate(width)
        button = tab.get_by_role("button", name="Larger checks")
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        tab.wait_for_timeout(150)
        assert tab.evaluate(width) > before + 150
        split = tab.locator("#workspace-split")
        split.focus()
        tab.keyboard.press("ArrowRight")  # the live page a little wider: the checks narrower
        tab.wait_for_timeout(100)
        assert split.get_attribute("aria-valuenow") == "39"


@pytest.mark.parametrize(("width", "height", "one_to_one"), [(1280, 800, False), (1440, 900, False),
                                                      (1920, 1080, True)])
def test_the_live_page_opens_at_its_own_size(auditor: Any, gallery: Path, width: int, height: int,
                                             one_to_one: bool) -> None:
    """Round 48: a 1280 px layout shown at 78% in a 1,010 px frame, said in small grey type.
    Round 50 (review 49, item 2): at 1:1 in a 545 px pane it showed 43% of the page's width;
    1:1 where it shows 70% of it or more (a 1920 px window), fitted otherwise, the scale
    said in bold either way."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{FAILING}/index.html", width, height)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        tab.wait_for_timeout(200)
        seen = tab.evaluate("""() => {
          const frame = [...document.querySelectorAll('.preview-frame')].find((f) => f.checkVisibility());
          const note = document.getElementById('frame-note');
          return {chosen: document.querySelector("input[name='frame-width']:checked").value,
                  transform: getComputedStyle(frame).transform, layout: frame.clientWidth,
                  note: note.hidden ? '' : note.innerText, weight: getComputedStyle(note).fontWeight,
                  pressed: document.querySelector('.frame-actual').getAttribute('aria-pressed')}; }""")
    assert seen["chosen"] == "1280", seen
    assert seen["layout"] == 1280, seen
    if one_to_one:
        assert seen["transform"] in ("none", "matrix(1, 0, 0, 1, 0, 0)"), seen
        assert seen["note"].startswith("Actual size (100%)"), seen
        assert seen["pressed"] == "true", seen
    else:
        assert seen["transform"].startswith("matrix(0."), seen
        assert seen["note"].startswith("Shown at "), seen
        assert seen["pressed"] == "false", seen
    assert int(seen["weight"]) >= 600, "the scale said in bold, not small grey type"


def test_on_a_phone_the_fixture_page_still_scrolls_as_one(auditor: Any, gallery: Path) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{RTL}/index.html", 375, 812)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        seen = tab.evaluate("""() => ({wide: document.scrollingElement.scrollWidth,
          split: document.getElementById('workspace-split').checkVisibility(),
          checks: document.getElementById('checks').getBoundingClientRect().top,
          stage: document.querySelector('.frame-stage').getBoundingClientRect().bottom})""")
    assert seen["wide"] <= 375, seen
    assert not seen["split"], seen
    assert seen["checks"] >= seen["stage"], seen


def test_a_right_to_left_page_at_its_own_size_opens_at_its_start(auditor: Any, gallery: Path) -> None:
    """Its start is at the right: scrolled to the left, the frame showed its middle, cut.
    (Round 50: the workspace opens fitted at 1280 × 800; 1:1 is a click.)"""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{RTL}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        tab.get_by_role("button", name="Actual size").click()
        tab.wait_for_timeout(200)
        seen = tab.evaluate("""() => { const s = document.querySelector('.frame-stage');
          return {left: s.scrollLeft, most: s.scrollWidth - s.clientWidth}; }""")
    assert seen["most"] > 100, seen
    assert seen["left"] >= seen["most"] - 2, seen


def test_the_index_to_review_heading_leaves_out_fixtures_marked_fine(auditor: Any, gallery: Path) -> None:
    """Round 48: every item of a fixture marked "Looks fine", its group still counted it."""
    from playwright.sync_api import expect

    sandbox, opened = _open(auditor, gallery, "index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        heading = tab.locator("section.group[data-group='review'] .group__count")
        before = heading.inner_text()
        count = int(before.strip("()").split(";")[0])
        sandbox.allow_navigation()
        tab.goto(sandbox.url.replace("index.html", f"fixtures/{RTL}/index.html"))
        tab.get_by_role("tab", name="Findings").click()
        buttons = tab.locator(".signoff__button[aria-pressed='false']")
        while buttons.count():
            buttons.first.click()
        sandbox.allow_navigation()
        tab.goto(sandbox.url.replace(f"fixtures/{RTL}/index.html", "index.html"))
        expect(heading).to_have_text(f"({count - 1}; 1 marked fine)")
        expect(tab.locator(".group-link--review strong")).to_have_text(f"({count - 1}; 1 marked fine)")


def test_the_teams_signoffs_show_in_every_browser_and_export_writes_them(
        auditor: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Round 48: "Looks fine" was kept in one browser, nobody else saw the triage. Exported,
    the file committed (``--signoffs``, ``fixtures/signoffs.json``), every build shows it."""
    import html
    import json
    import re

    from playwright.sync_api import expect

    folder = tmp_path_factory.mktemp("signoffs49")
    shutil.copy(ARTICLES / f"{RTL}.json", folder / f"{RTL}.json")
    out = folder / "out"
    GalleryBuilder(out, capture=Found()).build([folder])
    page = (out / "fixtures" / RTL / "index.html").read_text("utf-8")
    key = html.unescape(re.findall(r'data-signoff="([^"]+)"', page)[0])
    signoffs = folder / "signoffs.json"
    signoffs.write_text(json.dumps({"looks_fine": {key: 2}, "by": "Ana", "at": "2026-12-01T10:00Z"}))
    GalleryBuilder(out, capture=Found(), signoffs=signoffs).build([folder])
    sandbox, opened = _open(auditor, out, f"fixtures/{RTL}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.get_by_role("tab", name="Findings").click()
        signed = tab.get_by_role("button", name="Signed off by Ana, 2026-12-01", exact=False)
        expect(signed).to_be_visible()
        expect(signed).to_be_disabled()
        expect(signed).to_have_attribute("aria-pressed", "true")
        expect(tab.locator(".fixture-head .signoff-said").first).to_contain_text("2 of 3 marked fine")
        with tab.expect_download() as download:
            tab.get_by_role("button", name="Export sign-offs").click()
        exported = json.loads(Path(download.value.path()).read_text("utf-8"))
    assert exported["looks_fine"] == {key: 2}, exported
    assert exported["at"], exported


def test_the_index_has_a_dense_list_view(auditor: Any, gallery: Path) -> None:
    """Round 48: 18 fixtures needed 3,582 px of cards, no dense list."""
    sandbox, opened = _open(auditor, gallery, "index.html", 1280, 800)
    rows = """() => [...document.querySelectorAll('.group .card')].map((c) => c.getBoundingClientRect().toJSON())"""
    with opened as tab:
        tab.goto(sandbox.url)
        cards = tab.evaluate(rows)
        tab.get_by_role("radio", name="List").check(force=True)
        listed = tab.evaluate(rows)
        sandbox.allow_navigation()
        tab.reload()
        assert tab.get_by_role("radio", name="List").is_checked(), "remembered"
    assert len(listed) == len(cards) == 3
    assert all(row["height"] <= 70 for row in listed), listed
    assert all(row["width"] >= 1000 for row in listed), "a row the page's width"
    assert all(card["height"] >= 200 for card in cards), cards


@pytest.mark.parametrize("part", ["views", "changes", "screenshots"])
def test_an_address_to_a_tab_keeps_the_fixture_pages_head_in_sight(
        auditor: Any, gallery: Path, part: str) -> None:
    """Round 49's review: opening ``…/index.html#views`` (or ``#changes``, ``#screenshots``,
    the addresses reviewers paste to each other) at 1440 × 900 scrolled the body, whose
    overflow is hidden, by 83-127 px: the headline at y=-73 to -127, the toolbar gone, an
    empty band under the workspace and no scrollbar to bring them back. The tab opens; the
    page's head stays where it is on a plain load."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{FAILING}/index.html", 1440, 900)
    with opened as tab:
        tab.goto(sandbox.url + "#" + part)
        tab.wait_for_function(STAGE_SIZED)
        tab.wait_for_timeout(300)
        seen = tab.evaluate("""(part) => ({
          h1: document.querySelector('h1').getBoundingClientRect().top,
          body: document.body.scrollTop, root: document.documentElement.scrollTop,
          selected: document.querySelector('[role=tab][aria-selected=true]').getAttribute('href'),
          foot: document.getElementById('checks').getBoundingClientRect().bottom})""", part)
    assert seen["selected"] == "#" + part, seen
    assert seen["body"] == 0, seen
    assert seen["root"] == 0, seen
    # as on a plain load: the headline 47 px down, the checks reaching the window's foot
    # but for the workspace's own margin (866 of 900)
    assert 0 <= seen["h1"] <= 120, seen
    assert seen["foot"] >= 900 - 48, seen
