"""The designer's blind review of round 47's gallery (6.5/10), in Chromium: a failing
fixture opens with its first violation in sight, the live page still usable, and a labelled
button (not only the `w` key) gives the checks or the live page the room; the Changes tab opens
on the screenshots compared, not under a preamble; the copy says the important thing first
(no "each at 1280 px and on a phone", no static checker's nothing, no terminal instructions in
sight, no "Screenshots: Approved" on every card); items to review marked "Looks fine" in this
browser; an index card's first screen the card's width; a right-to-left fixture's badges beside its title in the list; a block's live preview before
its props table. Captured without a browser (:class:`Found`, :class:`Boxes`)."""

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

FIXTURES = ("ar-local-elections-rtl", "en-council-video-lead", "uk-energy-data-table")
FAILING = "uk-energy-data-table"
RTL = "ar-local-elections-rtl"
FOUND = {
    FAILING: [Finding("colour-contrast-live", Outcome.FAILED, "Text is 2.1:1 on its background",
                      Impact.SERIOUS, Source.BROWSER, target="h1")],
    RTL: [Finding("alt-review-live", Outcome.CANT_TELL, "Check the alt text", None,
                  Source.BROWSER, target="figure:nth-of-type(1) img"),
          Finding("alt-review-live", Outcome.CANT_TELL, "Check the alt text", None,
                  Source.BROWSER, target="figure:nth-of-type(2) img")],
}


class Found:
    """Screenshots at every width, light, each a flat grey page, and phone and desktop
    thumbnails; findings by fixture (:data:`FOUND`)."""

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image

        (folder / "shots").mkdir(exist_ok=True)
        shots = []
        for width in WIDTHS:
            Image.new("RGB", (width, 900), (200, 200, 200)).save(
                folder / "shots" / f"{width}-light.png")
            shots.append(Screenshot(width, "light", f"shots/{width}-light.png"))
        Image.new("RGB", (480, 300), (180, 180, 200)).save(folder / "shots" / "thumb.png")
        Image.new("RGB", (160, 285), (200, 180, 180)).save(folder / "shots" / "phone.png")
        slug = page.parent.name if page.parent.name in FOUND else folder.name
        return Capture(screenshots=shots, findings=list(FOUND.get(slug, [])),
                       thumbnail="shots/thumb.png", thumbnail_phone="shots/phone.png")


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Approved as built (so every card's screenshots are approved), then built again."""
    from broadsheet.preview.regression import approve

    folder = tmp_path_factory.mktemp("review48")
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    out, approved = folder / "out", folder / "approved"
    approve(GalleryBuilder(out, capture=Found()).build([folder]).entries, out, approved)
    for slug in FIXTURES:
        (out / "fixtures" / slug / "entry.json").unlink()
    GalleryBuilder(out, capture=Found(), approved=approved, blocks=True).build([folder])
    return out


def _open(auditor: Any, gallery: Path, where: str, width: int, height: int) -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / where, root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height), sandbox)


# -- 1. A failing fixture opens on its first violation. --
FIRST = """() => {
  const box = (el) => el.getBoundingClientRect().toJSON();
  const card = document.querySelector('#findings ~ ol .finding, #findings ~ * .finding');
  const words = card.querySelector('.finding__plain') || card.querySelector('.finding__message');
  return {stage: box(document.querySelector('.frame-stage')), checks: box(document.getElementById('checks')),
          tabs: box(document.querySelector('.toc[data-tabs]')), head: box(card.querySelector('.finding__head')),
          words: box(words), scrolls: document.scrollingElement.scrollHeight,
          panelScrolled: document.getElementById('checks').scrollTop}; }"""


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1440, 900)])
def test_a_failing_fixture_opens_with_its_first_violation_in_sight(
        auditor: Any, gallery: Path, width: int, height: int) -> None:
    """At 1280 × 800 the first finding's card began at y≈748, its words below the window; at
    1440 × 900 its head at y≈840."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{FAILING}/index.html", width, height)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        tab.wait_for_timeout(200)
        seen = tab.evaluate(FIRST)
    assert seen["scrolls"] <= height, "still one fixed workspace"
    assert seen["panelScrolled"] == 0, "nothing scrolled to reach it"
    bottom = min(height, seen["checks"]["bottom"])
    assert seen["head"]["top"] >= seen["tabs"]["bottom"] - 1, seen
    assert seen["words"]["bottom"] <= bottom, f"the violation's head and words in sight: {seen}"
    # the live page still usable: not a sliver
    assert seen["stage"]["height"] >= 200, seen["stage"]


def test_a_labelled_button_gives_the_live_page_or_the_checks_the_room(
        auditor: Any, gallery: Path) -> None:
    """The `w` key was the only way (undiscoverable), and with it the live page was 126 px.
    (Round 49: the checks beside the live page, the room given is width.)"""
    from playwright.sync_api import expect

    stage = "document.querySelector('.frame-stage').getBoundingClientRect().width"
    sandbox, opened = _open(auditor, gallery, "fixtures/en-council-video-lead/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        button = tab.get_by_role("button", name="Larger checks")
        expect(button).to_be_visible()
        expect(button).to_have_attribute("aria-pressed", "false")
        roomy = tab.evaluate(stage)
        checks = tab.evaluate("document.getElementById('checks').getBoundingClientRect().width")
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        tab.wait_for_timeout(150)
        assert tab.evaluate(stage) < roomy - 100, "the live page gave up room"
        assert tab.evaluate("document.getElementById('checks').getBoundingClientRect().width") > checks + 100
        assert tab.evaluate(stage) >= 280, "never a sliver"
        tab.keyboard.press("w")  # the key does the same, and the button says so
        expect(button).to_have_attribute("aria-pressed", "false")
        assert abs(tab.evaluate(stage) - roomy) <= 2


# -- 2. The Changes tab opens on the comparison. --
def _changes_gallery(folder: Path, boxes: list[tuple[int, int, int, int]]) -> Path:
    from broadsheet.preview.regression import approve
    from tests.preview.test_compare_view import Boxes

    fixture = folder / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    out, approved, painter = folder / "out", folder / "approved", Boxes()
    approve(GalleryBuilder(out, capture=painter).build([fixture]).entries, out, approved)
    (out / "fixtures" / "storm" / "entry.json").unlink()
    painter.boxes = boxes
    GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    return out


COMPARED = """() => {
  const tabs = document.querySelector('.toc[data-tabs]').getBoundingClientRect();
  const panel = document.getElementById('changes').closest('section');
  const image = [...panel.querySelectorAll('.compare__svg, .shot img')].find((i) => i.checkVisibility());
  return {tabs: tabs.bottom, image: image ? image.getBoundingClientRect().toJSON() : null,
          checks: document.getElementById('checks').getBoundingClientRect().bottom}; }"""


@pytest.mark.parametrize("changed", [False, True], ids=["same", "changed"])
def test_the_changes_tab_opens_on_the_screenshots_compared(
        auditor: Any, tmp_path_factory: pytest.TempPathFactory, changed: bool) -> None:
    """The status line, a sentence, "Open full width", the modes, the pixel statistics and "No
    region changed past the tolerance" put the Approved and Now images at y≈705 of 800."""
    out = _changes_gallery(tmp_path_factory.mktemp("changes48"),
                           [(20, 40, 100, 80)] if changed else [])
    sandbox, opened = _open(auditor, out, "fixtures/storm/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        tab.get_by_role("tab", name="Changes").click()
        tab.wait_for_timeout(200)
        seen = tab.evaluate(COMPARED)
        # the modes and the numbers one line over the images (round 49: two short ones in
        # the checks beside the live page, half the window's width)
        bar = tab.locator("#changes ~ * .compare__bar").first
        assert bar.is_visible()
        assert bar.bounding_box()["height"] <= 80
    assert seen["image"], "an image compared in sight"
    # (round 49: 180, the panel beside the live page, half as wide, wraps its lines of numbers)
    assert seen["image"]["top"] - seen["tabs"] <= 180, f"the images near the panel's top: {seen}"
    # a changed fixture opens with the checks given the room: much of the images in sight;
    # as approved, the panel at its first 30%, still the images' top
    assert seen["image"]["top"] + (150 if changed else 24) <= seen["checks"], seen


# -- 3. The copy: the important sentence first, for designers. --
def test_the_copy_is_short_and_for_designers(auditor: Any, gallery: Path) -> None:
    from playwright.sync_api import expect

    sandbox, opened = _open(auditor, gallery, "index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        lede = tab.locator(".lede").first.inner_text()
        assert "each at 1280 px" not in lede, lede
        assert "with only what needs a look" not in lede, lede
        assert len(lede) <= 70, lede
        # every card's screenshots are approved: said by none of them (only what is abnormal)
        expect(tab.locator(".card__review")).to_have_count(0)
    sandbox, opened = _open(auditor, gallery, f"fixtures/{FAILING}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        lead = tab.locator("#findings ~ .lead-line").first.inner_text()
        assert "static checker" not in lead, lead
        assert "found by" not in lead, lead
        assert lead.startswith("1 violation"), lead
        tab.get_by_role("tab", name="Changes").click()
        panel = tab.locator("#changes").locator("xpath=..")
        expect(panel.get_by_text("paste the command in a terminal", exact=False)).to_be_hidden()
        expect(panel.get_by_text("broadsheet preview --serve", exact=False)).to_be_hidden()
        expect(panel.get_by_role("button", name="Copy the command").first).to_be_attached()


# -- 4. Items to review signed off in the browser. --
REVIEW_COUNTS = """(slug) => [...document.querySelectorAll(
    '.toc[data-tabs] .toc__count--warn, .fixture-head .count--warn, .card .count--warn, '
    + '#fixture-nav a[href*="' + slug + '"] .toc__count--warn')]
  .filter((b) => b.checkVisibility() && (!b.closest('.card') || b.closest('.card').dataset.name.startsWith(slug)))
  .map((b) => b.textContent.replace(/\\s+/g, ' ').trim())"""


def test_items_to_review_can_be_marked_fine_in_this_browser(auditor: Any, gallery: Path) -> None:
    """ru-flood's "12 to review" stayed for ever: the static build had no way to say an item
    was checked by eye. One decision covers a rule's items grouped; the counts on the page,
    in the fixtures list and on the index leave them out, and it says where it is kept."""
    from playwright.sync_api import expect

    sandbox, opened = _open(auditor, gallery, f"fixtures/{RTL}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        # (round 50: under 1440 px the fixtures list opens folded; opened, it stays open
        # for the session, so its count is in sight on every page below)
        tab.get_by_role("button", name="Fixtures").click()
        tab.get_by_role("tab", name="Findings").click()
        before = tab.evaluate(REVIEW_COUNTS, RTL)
        assert len(before) >= 3, before  # the tab, the status, the list
        assert all("3" in said for said in before), before
        expect(tab.get_by_text("this browser only", exact=False).first).to_be_visible()
        fine = tab.get_by_role("button", name="Looks fine (all 2)")
        expect(fine).to_be_visible()
        expect(fine).to_have_attribute("aria-pressed", "false")
        fine.click()
        expect(fine).to_have_attribute("aria-pressed", "true")
        after = tab.evaluate(REVIEW_COUNTS, RTL)
        assert after == [said.replace("3", "1") for said in before], after
        expect(tab.locator(".fixture-head .signoff-said").first).to_contain_text("2 of 3 marked fine")
        sandbox.allow_navigation()
        tab.reload()
        assert tab.evaluate(REVIEW_COUNTS, RTL) == after, "kept"
        sandbox.allow_navigation()
        tab.goto(sandbox.url.replace(f"fixtures/{RTL}/index.html", "index.html"))
        card = tab.locator(f".card[data-name^='{RTL}']")
        expect(card.locator(".count--warn").first).to_contain_text("1 to review")
        expect(card.locator(".signoff-said").first).to_contain_text("2 of 3 marked fine")
        # undone from the page: counted again
        sandbox.allow_navigation()
        tab.goto(sandbox.url)
        tab.get_by_role("tab", name="Findings").click()
        tab.get_by_role("button", name="Looks fine (all 2)").click()
        assert tab.evaluate(REVIEW_COUNTS, RTL) == before


# -- 5. Recognising pages. --
BADGES = """(rtl) => { const link = [...document.querySelectorAll('#fixture-nav a.fixture-nav__link')]
    .find((a) => a.getAttribute('href').includes(rtl));
  const title = link.querySelector('.fixture-nav__name').getBoundingClientRect();
  const counts = link.querySelector('.fixture-nav__counts .toc__count').getBoundingClientRect();
  return {title: title.toJSON(), counts: counts.toJSON(), link: link.getBoundingClientRect().toJSON()}; }"""


def test_a_right_to_left_fixtures_badges_hang_with_its_title(auditor: Any, gallery: Path) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{FAILING}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        seen = tab.evaluate(BADGES, RTL)
    # right to left: the title hangs at the right, its badges at the right too (under it or
    # at its end, the left), never alone at the far left of the row
    assert seen["counts"]["right"] >= seen["link"]["right"] - 40, seen


def test_a_block_page_shows_its_live_preview_before_its_props(auditor: Any, gallery: Path) -> None:
    """blocks/gallery: the live preview began at y≈790 at 1280 × 800, under the props table."""
    sandbox, opened = _open(auditor, gallery, "blocks/paragraph/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        seen = tab.evaluate("""() => ({
          live: document.querySelector('[data-story-live] iframe').getBoundingClientRect().top,
          props: document.querySelector('table.props').getBoundingClientRect().top})""")
    assert seen["live"] < seen["props"], seen
    assert seen["live"] < 500, seen


CARD = """(slug) => { const card = document.querySelector(`.card[data-name^='${slug}']`);
  const box = (s) => card.querySelector(s).getBoundingClientRect().toJSON();
  return {card: card.getBoundingClientRect().toJSON(), wide: box('.card__screen--wide'),
          phone: box('.card__screen--phone')}; }"""


def test_an_index_cards_first_screen_is_the_cards_width(auditor: Any, gallery: Path) -> None:
    """The desktop and phone thumbnails side by side in a 405 × 185 box: the desktop one about
    300 px wide, its text unreadable."""
    sandbox, opened = _open(auditor, gallery, "index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        for slug in ("en-council-video-lead", RTL):
            seen = tab.evaluate(CARD, slug)
            card, wide, phone = seen["card"], seen["wide"], seen["phone"]
            assert wide["width"] >= card["width"] - 4, seen
            # (round 51, review 50: five cards a row at 1280 px, not three, so that most
            # fixtures are on the first screen: the card a fifth of the row)
            assert wide["width"] >= 220, seen
            # the phone's small, over the desktop's corner, not beside it
            assert phone["width"] <= 0.3 * wide["width"], seen
            assert wide["top"] <= phone["top"], seen
            assert phone["bottom"] <= wide["bottom"] + 1, seen
