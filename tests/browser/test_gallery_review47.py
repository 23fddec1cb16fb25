"""The designer's review of round 46's gallery, in Chromium: a fixture page's previous and next
follow the fixtures list beside it (grouped, what needs attention first), not the files'
order; at 1280 × 800 the live page is not a letterbox (it was 1018 × 306 px over the checks);
a block story's live view has the fixtures' Width switch. Captured without a browser
(:class:`Mixed`)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import WIDTHS, Capture, Screenshot
from tests.browser.gallery_stage import STAGE_SIZED
from tests.helpers import ARTICLES

#: In the files' (sorted) order; listed as clean, clean, to review, violations would put
#: the last file first.
FIXTURES = ("ar-local-elections-rtl", "en-council-video-lead", "en-storm-breaking-corrections",
            "uk-energy-data-table")
FOUND = {
    "uk-energy-data-table": [Finding("colour-contrast-live", Outcome.FAILED, "Text is 2.1:1",
                                     Impact.SERIOUS, Source.BROWSER, target="h1")],
    "en-council-video-lead": [Finding("alt-review-live", Outcome.CANT_TELL,
                                      "Check the alt text", None, Source.BROWSER,
                                      target="img")],
}


class Mixed:
    """Screenshots at every width, light, each a flat grey page; findings by fixture
    (:data:`FOUND`), so the fixtures list groups them apart."""

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image

        (folder / "shots").mkdir(exist_ok=True)
        shots = []
        for width in WIDTHS:
            Image.new("RGB", (width, 900), (200, 200, 200)).save(
                folder / "shots" / f"{width}-light.png")
            shots.append(Screenshot(width, "light", f"shots/{width}-light.png"))
        slug = page.parent.name if page.parent.name in FOUND else folder.name
        return Capture(screenshots=shots, findings=list(FOUND.get(slug, [])))


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review47")
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    GalleryBuilder(folder / "out", capture=Mixed(), blocks=True).build([folder])
    return folder / "out"


def _open(auditor: Any, gallery: Path, where: str, width: int, height: int) -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / where, root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height), sandbox)


ORDER = """() => {
  const slug = (a) => a ? a.getAttribute('href').split('/').at(-2) : null;
  return {listed: [...document.querySelectorAll('#fixture-nav a.fixture-nav__link')].map(slug),
          here: slug(document.querySelector('#fixture-nav a[aria-current=page]')),
          prev: slug(document.querySelector('.pager a[rel=prev]')),
          next: slug(document.querySelector('.pager a[rel=next]')),
          listShown: document.getElementById('fixture-nav').checkVisibility()}; }"""


def test_previous_and_next_follow_the_fixtures_list(auditor: Any, gallery: Path) -> None:
    """The list beside the page groups the fixtures (violations, to review, nothing to do);
    the pager went by the files' order, so "Next" jumped about the list."""
    seen = []
    for slug in FIXTURES:
        sandbox, opened = _open(auditor, gallery, f"fixtures/{slug}/index.html", 1280, 800)
        with opened as tab:
            tab.goto(sandbox.url)
            seen.append(tab.evaluate(ORDER))
    listed = seen[0]["listed"]
    assert sorted(listed) == sorted(FIXTURES)
    assert listed[0] == "uk-energy-data-table", "the violation first"
    assert listed != list(FIXTURES), "grouped: not the files' order (else nothing to test)"
    for page in seen:
        assert page["listShown"]
        assert page["listed"] == listed, "one list on every page"
        at = listed.index(page["here"])
        assert page["prev"] == (listed[at - 1] if at else None), page
        assert page["next"] == (listed[at + 1] if at + 1 < len(listed) else None), page


SHARES = """() => {
  const box = (s) => document.querySelector(s).getBoundingClientRect().toJSON();
  const tabs = box('.toc[data-tabs]'), checks = box('#checks');
  return {stage: box('.frame-stage'), checks, tabs, under: checks.bottom - tabs.bottom,
          scrolls: document.scrollingElement.scrollHeight}; }"""


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1440, 900)])
def test_the_live_page_and_the_checks_have_sensible_shares(
        auditor: Any, gallery: Path, width: int, height: int) -> None:
    """At 1280 × 800 the live page was a letterbox, 1018 × 306 px (the head, the toolbar and
    a 40% panel took the rest): now about half the window, and the checks keep their tabs
    and some of their panel."""
    sandbox, opened = _open(auditor, gallery, "fixtures/en-council-video-lead/index.html",
                            width, height)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        seen = tab.evaluate(SHARES)
    stage = seen["stage"]
    assert seen["scrolls"] <= height, "still one fixed workspace"
    assert stage["height"] >= 0.47 * height, f"the live page {stage['width']} × {stage['height']}"
    assert stage["height"] >= 0.36 * stage["width"], "not a letterbox"
    assert seen["under"] >= 110, f"some of the checks' panel under its tabs: {seen}"
    assert seen["checks"]["bottom"] <= height


WIDTH_SWITCH = """(frame) => {
  const box = frame.closest('[data-story-live]');
  const group = [...box.querySelectorAll('fieldset')].find((f) => f.querySelector('legend').textContent.trim() === 'Width');
  return {chips: group ? [...group.querySelectorAll("input[type=radio]")].map((i) => i.value) : [],
          shown: group ? group.checkVisibility() : false,
          chosen: group ? group.querySelector('input:checked').value : null,
          laidOut: frame.contentWindow.innerWidth, box: box.getBoundingClientRect().toJSON(),
          frame: frame.getBoundingClientRect().toJSON(), scroll: document.documentElement.scrollWidth}; }"""


def test_a_block_story_has_the_fixtures_width_switch(auditor: Any, gallery: Path) -> None:
    """A fixture's live page has Width (each width captured, and Fill); a block story's live
    view had only its scheme, direction and view: a designer could not see a block at a
    phone's width without resizing the window."""
    from playwright.sync_api import expect

    sandbox, opened = _open(auditor, gallery, "blocks/paragraph/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        frame = tab.locator("[data-story-live] iframe").first
        frame.scroll_into_view_if_needed()
        live = tab.locator("[data-story-live]").first
        width = live.get_by_role("group", name="Width")
        expect(width).to_be_visible()
        seen = frame.evaluate(WIDTH_SWITCH)
        assert seen["chips"] == [*[str(w) for w in WIDTHS], "fill"], seen
        assert seen["chosen"] == "fill", "the box's width at first, as before"
        assert abs(seen["laidOut"] - seen["frame"]["width"]) <= 4, seen
        width.get_by_role("radio", name="375").check()
        tab.wait_for_function("(f) => f.contentWindow.innerWidth === 375", arg=frame.element_handle())
        seen = frame.evaluate(WIDTH_SWITCH)
        assert seen["laidOut"] == 375, "the block laid out at a phone's width"
        assert seen["frame"]["width"] <= 380, seen
        width.get_by_role("radio", name="1280").check()
        tab.wait_for_function("(f) => f.contentWindow.innerWidth === 1280",
                              arg=frame.element_handle())
        seen = frame.evaluate(WIDTH_SWITCH)
        assert seen["scroll"] <= 1280, "the page itself never scrolls sideways"
        # wider than its box: drawn smaller to fit, as a fixture's live page, and said so
        assert seen["box"]["left"] - 1 <= seen["frame"]["left"], seen
        assert seen["frame"]["right"] <= seen["box"]["right"] + 1, seen
        expect(live.locator(".story-live__note")).to_contain_text("1280 px")
        # Keyboard: the chips are radios, arrowed like the fixture's.
        width.get_by_role("radio", name="1280").focus()
        tab.keyboard.press("ArrowRight")
        expect(width.get_by_role("radio", name="Fill")).to_be_checked()
