"""Issue 17, the designer's second review (6/10 against Storybook, goal 8), in Chromium:
every picture drawn in a screenshot of the gallery wherever it sits; the width chips the
widths captured; each tab's start in the first screen; the phone's compare view at a phone's
width; one scrolling row of tabs on a phone; one count of violations everywhere; a
right-to-left fixture's pager in the gallery's direction and the fixture menu readable. Captured without a
browser, from the photo-essay fixture's own photographs (:class:`Photos`)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import WIDTHS, Capture, Screenshot
from tests.browser.gallery_stage import STAGE_SIZED
from tests.helpers import ARTICLES

PHOTO_ESSAY = "ru-flood-gallery"
#: Enough fixtures that most cards start below the first screen.
FIXTURES = (PHOTO_ESSAY, "en-storm-breaking-corrections", "ar-local-elections-rtl",
            "en-council-video-lead", "fa-podcast-inflation-audio", "uk-energy-data-table",
            "en-longread-river-crossing", "rferl-lukashenka-cnn-interview")
PHOTOS = sorted((ARTICLES / "images").glob("*.jpg"))
#: Two violations (serious, moderate) and one item to review on every fixture.
FOUND = [Finding("colour-contrast-live", Outcome.FAILED, "Text is 2.1:1", Impact.SERIOUS,
                 Source.BROWSER, target="h1"),
         Finding("target-size-live", Outcome.FAILED, "A 20 px target", Impact.MODERATE,
                 Source.BROWSER, target="a"),
         Finding("alt-review-live", Outcome.CANT_TELL, "Check the alt text", None,
                 Source.BROWSER, target="img")]


class Photos:
    """Screenshots and thumbnails at every width, light and dark, each a photograph (so a
    box that shows one is never one colour), with :data:`FOUND` as the browser's findings."""

    def __init__(self) -> None:
        self.used = 0

    def _photo(self, path: Path, size: tuple[int, int]) -> None:
        from PIL import Image

        with Image.open(PHOTOS[self.used % len(PHOTOS)]) as photo:
            photo.convert("RGB").resize(size).save(path)
        self.used += 1

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        (folder / "shots").mkdir(exist_ok=True)
        shots = []
        for width in WIDTHS:
            for scheme in ("light", "dark"):
                name = f"shots/{width}-{scheme}.png"
                self._photo(folder / name, (width, width * 2))
                shots.append(Screenshot(width, scheme, name))
        for name, size in (("thumb", (480, 300)), ("thumb-phone", (160, 285))):
            for scheme in ("light", "dark"):
                self._photo(folder / "shots" / f"{name}-{scheme}.png", size)
        return Capture(screenshots=shots, findings=list(FOUND),
                       thumbnail="shots/thumb-light.png", thumbnail_dark="shots/thumb-dark.png",
                       thumbnail_phone="shots/thumb-phone-light.png",
                       thumbnail_phone_dark="shots/thumb-phone-dark.png")


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review17")
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    out = folder / "out"
    GalleryBuilder(out, capture=Photos()).build([folder])
    return out


def _open(auditor: Any, gallery: Path, page: str, width: int, height: int) -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / page, root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height), sandbox)


SIZES = [(1280, 800), (375, 812)]
BOXES = """(selector) => [...document.querySelectorAll(selector)]
  .filter((image) => image.getClientRects().length)
  .map((image) => { const r = image.getBoundingClientRect();
    return {src: image.getAttribute('src'), x: r.left + scrollX, y: r.top + scrollY,
            width: r.width, height: r.height}; })"""


def _blank_boxes(shot: bytes, boxes: list[dict[str, Any]]) -> list[str]:
    """The images whose box in the screenshot is one colour (nothing drawn in it)."""
    from PIL import Image

    blank = []
    with Image.open(io.BytesIO(shot)) as image:
        for box in boxes:
            if box["width"] < 8 or box["height"] < 8:
                continue
            inner = image.convert("RGB").crop((round(box["x"]) + 2, round(box["y"]) + 2,
                                               round(box["x"] + box["width"]) - 2,
                                               round(box["y"] + box["height"]) - 2))
            spread = max(high - low for low, high in inner.getextrema())
            if spread < 24:
                blank.append(box["src"])
    return blank


@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize(("page", "tab", "selector"), [
    ("index.html", None, "li.card img"),
    (f"fixtures/{PHOTO_ESSAY}/index.html", "#screenshots", "#panel-screenshots img")])
def test_a_capture_of_the_gallery_shows_every_image(
        auditor: Any, gallery: Path, page: str, tab: str | None, selector: str, width: int,
        height: int) -> None:
    """A full-page screenshot taken as soon as the page has loaded (as the review's were)
    has a picture in every image's box, far below the fold too (lazy thumbnails were blank:
    4 of 18 cards at 1280 px, most at 375)."""
    sandbox, opened = _open(auditor, gallery, page, width, height)
    with opened as browser:
        browser.goto(sandbox.url, wait_until="load")
        if tab:
            browser.click(f"[role=tab][href='{tab}']")
        if tab and width >= 1200:  # the checks scroll in their own panel (issue 17)
            _panel_shows_every_image(browser, selector, height)
            return
        boxes = browser.evaluate(BOXES, selector)
        shot = browser.screenshot(full_page=True, animations="disabled")
    assert len(boxes) >= (2 * len(FIXTURES) if tab is None else 2 * len(WIDTHS))
    if tab is not None or max(box["y"] for box in boxes) > height or width < 1200:
        # (round 51: the index's denser cards put every card of this small gallery on a
        # wide window's first screen; every picture is still checked below)
        assert max(box["y"] for box in boxes) > height, "some images start below the first screen"
    assert _blank_boxes(shot, boxes) == []


#: Each image's part in sight, in the window: its box cut by every box it scrolls in.
VISIBLE = """(selector) => [...document.querySelectorAll(selector)]
  .filter((image) => image.getClientRects().length).map((image) => {
    let r = image.getBoundingClientRect(), [x0, y0, x1, y1] = [r.left, r.top, r.right, r.bottom];
    for (let up = image.parentElement; up; up = up.parentElement) {
      if (getComputedStyle(up).overflow === 'visible') continue;
      const c = up.getBoundingClientRect();
      [x0, y0, x1, y1] = [Math.max(x0, c.left), Math.max(y0, c.top), Math.min(x1, c.right), Math.min(y1, c.bottom)];
    }
    // (under the tabs when they are pinned over the panel's top)
    const tabs = document.querySelector('.toc[data-tabs]');
    if (tabs && getComputedStyle(tabs).position === 'sticky') y0 = Math.max(y0, tabs.getBoundingClientRect().bottom);
    return {src: image.getAttribute('src'), x: x0, y: y0, width: x1 - x0, height: y1 - y0}; })
  .filter((box) => box.width > 16 && box.height > 16 && box.y < innerHeight)"""


def _panel_shows_every_image(browser: Any, selector: str, height: int) -> None:
    """The checks' panel (under the live page in round 46's workspace, beside it in issue
    17) scrolled at once to each half of its height, a capture each time: every image's part
    in sight, under the tabs pinned at the panel's top, drawn (none waiting to be scrolled
    to)."""
    room, client = browser.eval_on_selector(
        "#checks", "e => [e.scrollHeight - e.clientHeight, e.clientHeight]")
    assert room > client, "some images start below the panel's first screen"
    seen: set[str] = set()
    for at in range(0, room + client, max(client // 2, 50)):
        browser.eval_on_selector("#checks", "(e, at) => { e.scrollTop = at; }", at)
        boxes = browser.evaluate(VISIBLE, selector)
        shot = browser.screenshot(animations="disabled")
        assert _blank_boxes(shot, boxes) == []
        seen.update(box["src"] for box in boxes)
    assert len(seen) >= 2 * len(WIDTHS)


# At 1280 px the live page has the window's width less the fixtures list (round 46's
# workspace; the checks beside it took a third in issue 17, and 768 px was chosen): 1280 px
# is the widest shown at 75% or more.
@pytest.mark.parametrize(("width", "height", "chosen"), [(1280, 800, "1280"), (375, 812, "375")])
def test_the_width_chips_are_the_widths_captured(
        auditor: Any, gallery: Path, width: int, height: int, chosen: str) -> None:
    """Every width chip is a width the Screenshots tab shows (1024, offered and chosen by
    default, was captured nowhere), and the one chosen at first is one of them."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{PHOTO_ESSAY}/index.html", width,
                            height)
    with opened as tab:
        tab.goto(sandbox.url)
        seen = tab.evaluate("""() => ({
          chips: [...document.querySelectorAll("input[name='frame-width']")].map((i) => i.value),
          chosen: document.querySelector("input[name='frame-width']:checked").value,
          shown: [...document.querySelectorAll("#screenshots ~ h3[id^='shots-']")]
                   .map((h) => h.id.slice(6)),
          frame: [...document.querySelectorAll('.preview-frame')]
                   .find((f) => f.getClientRects().length).clientWidth,
          room: document.querySelector('.frame-stage').clientWidth})""")
    assert [chip for chip in seen["chips"] if chip != "fill"] == seen["shown"]
    assert seen["shown"] == [str(each) for each in WIDTHS]
    assert seen["chosen"] == chosen
    assert seen["frame"] == int(chosen), "the page inside laid out at the width chosen"
    if width >= 1200:
        # Round 49 (review 48): in the workspace the widest captured width the window
        # shows, at 1:1 (scrolled sideways in the frame beside the checks)
        assert int(chosen) == max(w for w in WIDTHS if w <= width), seen
        assert seen["frame"] > seen["room"], "at its own size, wider than the frame"
        return
    widest = [int(chip) for chip in seen["shown"] if int(chip) * 0.75 <= seen["room"]]
    assert int(chosen) == max(widest, default=min(WIDTHS)), ("the widest shown at 75%", seen)


UNDER_CUE = """(href) => { const cue = document.querySelector('.toc__more--end');
  const link = document.querySelector(`[role=tab][href='${href}']`);
  return getComputedStyle(cue).display !== 'none'
    && link.getBoundingClientRect().right > cue.getBoundingClientRect().left + 1; }"""


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_each_tab_starts_in_the_first_screen_under_the_tabs(
        auditor: Any, gallery: Path, width: int, height: int) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{PHOTO_ESSAY}/index.html", width,
                            height)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        hrefs = tab.eval_on_selector_all("[role=tab]", "(tabs) => tabs.map((t) => "
                                         "t.getAttribute('href'))")
        assert len(hrefs) >= 6
        for href in hrefs:
            # A tab under the row's cue of more ("3 more ›") is reached as a reader reaches
            # it, the cue scrolling the row (a click on the cue's spot is the cue's).
            for _ in hrefs:
                if not tab.evaluate(UNDER_CUE, href):
                    break
                tab.click(".toc__more--end")
                tab.wait_for_timeout(500)
            tab.click(f"[role=tab][href='{href}']")
            place = tab.evaluate("""(href) => {
              const panel = document.getElementById(
                document.querySelector(`[role=tab][href='${href}']`).getAttribute('aria-controls'));
              const heading = panel.querySelector('h2').getBoundingClientRect();
              return {strip: document.querySelector('.toc').getBoundingClientRect().bottom,
                      top: heading.top, bottom: heading.bottom, scrolled: scrollY};
            }""", href)
            assert place["scrolled"] == 0, href
            assert place["strip"] <= place["top"], f"{href}: under the tabs"
            assert place["bottom"] <= height, f"{href}: its heading in the first screen"


@pytest.mark.parametrize(("width", "height", "shown"), [(375, 812, "375"), (1280, 800, "1280")])
def test_compare_opens_at_the_windows_own_width(
        auditor: Any, gallery: Path, width: int, height: int, shown: str) -> None:
    sandbox, opened = _open(auditor, gallery, "compare.html", width, height)
    with opened as tab:
        tab.goto(sandbox.url)
        sources = tab.eval_on_selector_all(".pair-compare__side:not([hidden]) img",
                                           "(images) => images.map((i) => i.getAttribute('src'))")
        chosen = tab.eval_on_selector("#pair-compare select[name='width']", "(s) => s.value")
    assert chosen == shown
    assert sources
    assert all(f"/shots/{shown}-" in src for src in sources), sources


def test_the_tabs_are_one_row_on_a_phone(auditor: Any, gallery: Path) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{PHOTO_ESSAY}/index.html", 375, 812)
    with opened as tab:
        tab.goto(sandbox.url)
        row = """() => { const ul = document.querySelector('.toc ul'), box = ul.getBoundingClientRect();
          const style = getComputedStyle(ul);
          return {overflow: style.overflowX, snap: style.scrollSnapType, scroll: ul.scrollWidth - ul.clientWidth,
                  left: box.left, right: box.right,
                  tops: [...ul.querySelectorAll('[role=tab]')].map((a) => Math.round(a.getBoundingClientRect().top)),
                  chosen: (() => { const r = ul.querySelector('[aria-selected=true]').getBoundingClientRect();
                                   return [r.left, r.right]; })(),
                  page: document.documentElement.scrollWidth}; }"""
        first = tab.evaluate(row)
        # One row, scrolled sideways (the review at 6/10; test_gallery_review6 checks its cue).
        assert len(set(first["tops"])) == 1, first["tops"]
        assert first["overflow"] == "auto"
        assert first["scroll"] > 0
        assert first["page"] == 375, "the page itself does not scroll sideways"
        # By keyboard: Tab reaches the chosen tab, End chooses the last, scrolled into view.
        tab.focus("[role=tab][aria-selected=true]")
        tab.keyboard.press("End")
        last = tab.evaluate(row)
        assert tab.evaluate("document.activeElement.getAttribute('href')") == "#source"
        assert last["left"] - 1 <= last["chosen"][0] < last["chosen"][1] <= last["right"] + 1
        assert last["page"] == 375, "no word said to screen readers only pokes out of the row"
        tab.keyboard.press("Home")
        back = tab.evaluate(row)
        assert back["left"] - 1 <= back["chosen"][0] < back["chosen"][1] <= back["right"] + 1


COUNTS = """() => {
  const number = (text) => Number((text.match(/\\d+/) || ['-1'])[0]);
  const severities = (root) => [...root.querySelectorAll('.severity')].map((s) => s.textContent.trim());
  const badge = document.querySelector('.fixture-head .status .count--bad');
  const tab = document.querySelector("[role=tab][href='#findings']");
  const counts = [...tab.querySelectorAll('.toc__count')];
  return {header: severities(badge), tab: number(counts[0].textContent),
          tabReview: counts[1] ? number(counts[1].textContent) : 0,
          headerReview: number(document.querySelector('.fixture-head .status .count--warn').textContent)};
}"""


def test_the_violation_counts_agree_on_the_card_the_header_and_the_tab(
        auditor: Any, gallery: Path) -> None:
    """Violations by severity, and the items to review apart: the same numbers on the
    index card, the fixture's header and its Findings tab (the tab once counted both)."""
    sandbox, opened = _open(auditor, gallery, "index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        card = tab.evaluate(f"""() => {{
          const card = [...document.querySelectorAll('li.card')]
            .find((c) => c.querySelector('a[href*="{PHOTO_ESSAY}/"]'));
          return {{severities: [...card.querySelectorAll('.severity')].map((s) => s.textContent.trim()),
                   review: Number(card.querySelector('.count--warn').textContent.match(/\\d+/)[0])}}; }}""")
    sandbox, opened = _open(auditor, gallery, f"fixtures/{PHOTO_ESSAY}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        page = tab.evaluate(COUNTS)
    assert card["severities"] == page["header"]
    assert {"serious", "moderate"} <= {each.split()[1] for each in card["severities"]}
    total = sum(int(each.split()[0]) for each in card["severities"])
    assert page["tab"] == total >= 2
    assert card["review"] == page["headerReview"] == page["tabReview"] >= 1


def test_a_right_to_left_fixtures_pager_keeps_the_gallerys_direction_and_its_menu_readable(
        auditor: Any, gallery: Path) -> None:
    seen = None
    for slug in ("ar-local-elections-rtl", "fa-podcast-inflation-audio"):
        sandbox, opened = _open(auditor, gallery, f"fixtures/{slug}/index.html", 1280, 800)
        with opened as tab:
            tab.goto(sandbox.url)
            if tab.locator("a[rel=prev]").count() and tab.locator("a[rel=next]").count():
                seen = tab.evaluate(PAGER)
                break
    assert seen, "a right-to-left fixture with both neighbours"
    _check_pager(seen)
    # Round 46: from 1200 px on a window 600 px tall or more the fixtures are listed at the
    # left, the header's menu hidden (listed once); a shorter window keeps the menu. (Round
    # 51, review 50: under 1440 px the list opens folded to a strip, and the header's menu is
    # shown, a labelled way to another fixture.)
    assert seen["menuShown"] is True
    _check_menu(seen)
    sandbox, opened = _open(auditor, gallery, f"fixtures/{slug}/index.html", 1280, 560)
    with opened as tab:
        tab.goto(sandbox.url)
        menu = tab.evaluate(PAGER)
    assert menu["menuShown"]
    _check_menu(menu)


PAGER = """() => {
          const link = (rel) => { const a = document.querySelector(`a[rel=${rel}]`);
            const arrow = a.querySelector('.pager__arrow');
            return {left: a.getBoundingClientRect().left, arrow: arrow.textContent,
                    arrowLeft: arrow.getBoundingClientRect().left,
                    textLeft: a.querySelector('.pager__headline').getBoundingClientRect().left,
                    said: a.textContent.replace(/\\s+/g, ' ')}; };
          const menu = document.querySelector('#switch-fixture'), menuShown = menu.checkVisibility();
          const option = menu.options[menu.selectedIndex];
          const probe = document.createElement('span');
          probe.style.cssText = `font: ${getComputedStyle(menu).font}; white-space: pre; position: absolute`;
          probe.textContent = option.textContent;
          document.body.append(probe);
          const needed = probe.getBoundingClientRect().width;
          probe.remove();
          const style = getComputedStyle(menu);
          return {prev: link('prev'), next: link('next'), needed, size: parseFloat(style.fontSize), menuShown,
                  room: menu.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20,
                  title: parseFloat(getComputedStyle(document.querySelector('.fixture-head__title')).fontSize),
                  titleDirection: getComputedStyle(document.querySelector('.fixture-head__title')).direction,
                  headlineDirection: getComputedStyle(document.querySelector('.fixture-head__title > bdi')).direction};
}"""


def _check_pager(seen: dict[str, Any]) -> None:
    # The pager is the gallery's (left to right) beside an Arabic title: previous at the left.
    assert (seen["prev"]["arrow"], seen["next"]["arrow"]) == ("←", "→")
    assert seen["prev"]["left"] < seen["next"]["left"], "previous at the left, as the gallery reads"
    assert seen["prev"]["arrowLeft"] < seen["prev"]["textLeft"], "its arrow at its outer edge"
    assert seen["next"]["arrowLeft"] > seen["next"]["textLeft"]
    assert seen["titleDirection"] == "ltr", "the head the gallery's"
    assert seen["headlineDirection"] == "rtl", "the headline isolated in its own"
    assert "Previous: " in seen["prev"]["said"], "the colon with the English word"


def _check_menu(seen: dict[str, Any]) -> None:
    assert seen["needed"] <= seen["room"], "the menu's prompt whole at 1280 px"
    assert seen["size"] >= 15
