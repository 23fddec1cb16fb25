"""The designer's blind review of round 50's gallery (7/10), in Chromium: a "Preview only"
switch in the live page's toolbar hides the checks so the page takes the workspace's width
(fitted at 49% the 19 px body text was drawn at ~9 px, too small to judge type), remembered,
a button the keyboard presses, the checks back with one press; and each finding a compact
summary, its details (the code, the crop, axe-core's words) folded until asked for (one
card was ~420 px tall, seven ~3,000 px in a 510 px panel). Captured without a browser
(:class:`Many`)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture
from tests.browser.gallery_stage import STAGE_SIZED
from tests.browser.test_gallery_review48 import Found, _open
from tests.helpers import ARTICLES

SLUG = "uk-energy-data-table"
OTHER = "en-council-video-lead"
FIXTURES = (SLUG, OTHER)
SNIPPET = '<h3 id="gallery-a-long-heading">A long heading in the body of the page</h3>'
RULES = ("color-contrast", "link-in-text-block", "image-alt", "heading-order", "region",
         "landmark-unique", "label")


class Many(Found):
    """:class:`Found`'s screenshots, and seven axe-core findings on the failing fixture,
    each with its element's HTML and a crop of it."""

    def capture(self, page: Path, folder: Path, findings: list[Any]) -> Capture:
        from PIL import Image

        captured = super().capture(page, folder, findings)
        if page.parent.name != SLUG and folder.name != SLUG:
            return captured
        captured.findings = [
            Finding(rule, Outcome.FAILED if index == 0 else Outcome.CANT_TELL,
                    f"Fix any of the following: element {index} fails {rule} in a long technical message",
                    Impact.SERIOUS, Source.AXE, target=f"p:nth-of-type({index + 1})", snippet=SNIPPET)
            for index, rule in enumerate(RULES)]
        for index in range(len(RULES)):
            Image.new("RGB", (600, 160), (120, 30 * index, 60)).save(folder / "shots" / f"crop-{index}.png")
            captured.highlights[index] = f"shots/crop-{index}.png"
        return captured


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review50b")
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    out = folder / "out"
    GalleryBuilder(out, capture=Many()).build([folder])
    return out


# -- 1. "Preview only": the checks hidden, the live page the workspace's width. --
SEEN = """() => {
  const frame = [...document.querySelectorAll('.preview-frame')].find((f) => f.checkVisibility());
  const button = document.getElementById('preview-only');
  const checks = document.getElementById('checks');
  return {drawn: frame.getBoundingClientRect().width, layout: frame.clientWidth,
          stage: document.querySelector('.frame-stage').clientWidth,
          checks: checks.checkVisibility(), checksWidth: checks.getBoundingClientRect().width,
          button: button ? button.checkVisibility() : false,
          pressed: button ? button.getAttribute('aria-pressed') : null,
          inToolbar: button ? Boolean(button.closest('.frame-controls')) : false,
          scrolls: document.scrollingElement.scrollHeight}; }"""


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1440, 900)])
def test_preview_only_gives_the_live_page_the_width_and_is_remembered(
        auditor: Any, gallery: Path, width: int, height: int) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{SLUG}/index.html", width, height)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        tab.wait_for_timeout(200)
        before = tab.evaluate(SEEN)
        assert before["button"], before
        assert before["inToolbar"], before
        assert before["pressed"] == "false", before
        assert before["checks"], before
        tab.get_by_role("button", name="Preview only").click()
        tab.wait_for_timeout(200)
        only = tab.evaluate(SEEN)
        sandbox.allow_navigation()
        tab.goto(sandbox.url.replace(SLUG, OTHER))
        tab.wait_for_function(STAGE_SIZED)
        tab.wait_for_timeout(200)
        kept = tab.evaluate(SEEN)
        # the keyboard presses it; the checks come back
        tab.focus("#preview-only")
        tab.keyboard.press("Enter")
        tab.wait_for_timeout(200)
        back = tab.evaluate(SEEN)
    for seen in (only, kept):
        assert seen["pressed"] == "true", seen
        assert not seen["checks"], seen
        assert seen["layout"] == 1280, seen
        assert seen["drawn"] >= 0.85 * 1280, f"the page at 85% of its size or more: {seen}"
        assert seen["stage"] >= 0.85 * 1280, seen
        assert seen["scrolls"] <= height, "still one fixed workspace"
    assert before["drawn"] < 0.7 * 1280, "fitted beside the checks, as before"
    assert back["pressed"] == "false", back
    assert back["checks"], back
    assert back["checksWidth"] >= 300, back


def test_on_a_phone_the_checks_stay_under_the_page(auditor: Any, gallery: Path) -> None:
    """Chosen on a wide screen, the switch does not hide the checks on a phone (where they
    are under the page, not beside it)."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{SLUG}/index.html", 375, 812)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.evaluate("localStorage.setItem('broadsheet-gallery:preview-only', 'on')")
        sandbox.allow_navigation()
        tab.reload()
        tab.wait_for_function(STAGE_SIZED)
        seen = tab.evaluate(SEEN)
        scrolls = tab.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    assert seen["checks"], seen
    assert not seen["button"], seen
    assert scrolls, "nothing wider than the phone"


def test_a_link_to_a_finding_brings_the_checks_back(auditor: Any, gallery: Path) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{SLUG}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.evaluate("localStorage.setItem('broadsheet-gallery:preview-only', 'on')")
        sandbox.allow_navigation()
        tab.goto(sandbox.url + "#finding-3")
        tab.wait_for_function(STAGE_SIZED)
        tab.wait_for_timeout(200)
        seen = tab.evaluate(SEEN)
        shown = tab.is_visible("#finding-3 .snippet")
    assert seen["checks"], seen
    assert seen["pressed"] == "false", seen
    assert shown, "the finding linked to opened"


# -- 2. A finding a compact summary, its details folded. --
CARDS = """() => {
  const checks = document.getElementById('checks');
  const cards = [...document.querySelectorAll('#checks li.finding')];
  return {panel: checks.clientHeight,
          list: document.querySelector('#checks .finding-list').getBoundingClientRect().height,
          cards: cards.map((card) => {
            const more = card.querySelector('details.finding__more');
            const show = [...card.querySelectorAll('a.show')].find((a) => a.checkVisibility());
            const plain = card.querySelector('.finding__plain');
            return {id: card.id, height: card.getBoundingClientRect().height,
                    folded: more !== null && !more.open,
                    summary: more ? more.querySelector('summary').textContent.trim() : '',
                    title: plain ? plain.checkVisibility() && plain.textContent.trim() : '',
                    where: card.querySelector('.finding__where') ? card.querySelector('.finding__where').checkVisibility() : null,
                    snippet: card.querySelector('.snippet').checkVisibility(),
                    crop: card.querySelector('.crop img').checkVisibility(),
                    show: show ? show.textContent.trim() : null}; })}; }"""


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1440, 900)])
def test_findings_are_compact_summaries_their_details_folded(
        auditor: Any, gallery: Path, width: int, height: int) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{SLUG}/index.html", width, height)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        tab.wait_for_timeout(200)
        seen = tab.evaluate(CARDS)
        # "Show it on the page" opens that finding's details
        tab.locator("#finding-2").get_by_role("link", name="Show it on the page").click()
        tab.wait_for_timeout(200)
        opened_by_show = tab.evaluate("document.querySelector('#finding-2 details.finding__more').open")
        # the keyboard unfolds one
        tab.focus("#finding-4 details.finding__more summary")
        tab.keyboard.press("Enter")
        unfolded = tab.is_visible("#finding-4 .snippet") and tab.is_visible("#finding-4 .crop img")
    assert len(seen["cards"]) == len(RULES), seen
    for card in seen["cards"]:
        assert card["folded"], card
        assert card["summary"], card
        assert card["title"], "the plain words in sight"
        assert card["where"] is not False, card
        assert card["show"] == "Show it on the page", card
        assert not card["snippet"], f"the details folded: {card}"
        assert not card["crop"], f"the details folded: {card}"
        assert card["height"] <= 230, f"about half of the ~420 px a card took unfolded: {card}"
    assert seen["list"] <= 2.2 * seen["panel"], f"seven findings in about two screens of the panel: {seen}"
    assert opened_by_show
    assert unfolded
