"""The review workflow in Chromium (issue 17): the Compare page's views (side by side, slider,
onion skin, diff), the Changes tab's labels on a phone, the Screenshots tab's whole pages,
the approve command in a static gallery, and captures that repeat pixel for pixel."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from broadsheet.findings import Finding
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture, Screenshot
from broadsheet.preview.regression import CHANGED_RGB, approve
from tests.helpers import ARTICLES


class Painted:
    """A capture without a browser: per fixture (its folder's name), a white page ``size``
    with black boxes, light only."""

    def __init__(self, size: tuple[int, int] = (320, 800)) -> None:
        self.size = size
        self.boxes: dict[str, list[tuple[int, int, int, int]]] = {}

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image, ImageDraw

        (folder / "shots").mkdir(exist_ok=True)
        width = self.size[0]
        image = Image.new("RGB", self.size, (255, 255, 255))
        for box in self.boxes.get(folder.name, ()):
            ImageDraw.Draw(image).rectangle(box, fill=(0, 0, 0))
        image.save(folder / "shots" / f"{width}-light.png")
        return Capture(screenshots=[Screenshot(width, "light", f"shots/{width}-light.png")])


def _gallery(folder: Path, change: bool) -> Path:
    """Two fixtures (``one``, ``two``) approved, then built again: ``one`` changed in one
    box when ``change``; ``two`` always differs from ``one``."""
    out, approved, painter = folder / "out", folder / "approved", Painted()
    fixtures = []
    for name in ("one", "two"):
        fixtures.append(folder / f"{name}.json")
        shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixtures[-1])
    painter.boxes = {"one": [(20, 40, 100, 80)], "two": [(150, 300, 250, 400)]}
    approve(GalleryBuilder(out, capture=painter).build(fixtures).entries, out, approved)
    for name in ("one", "two"):
        (out / "fixtures" / name / "entry.json").unlink()
    if change:
        painter.boxes["one"] = [(20, 40, 100, 80), (200, 600, 300, 700)]
    GalleryBuilder(out, capture=painter, approved=approved).build(fixtures)
    return out


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _gallery(tmp_path_factory.mktemp("changed"), change=True)


@pytest.fixture(scope="module")
def unchanged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _gallery(tmp_path_factory.mktemp("unchanged"), change=False)


@contextmanager
def _tab(auditor: Any, root: Path, page: str, width: int) -> Iterator[Any]:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(root / page.split("?")[0].split("#")[0], root=root)
    with auditor.page(AuditOptions(width=width, height=800), sandbox) as tab:
        rest = page[len(page.split("?")[0].split("#")[0]):]
        tab.goto(sandbox.url + rest)
        yield tab


#: How many pixels of the Compare page's second picture are the diff's colour (its pixels
#: read back through a canvas, as drawn: the build's diff file or the page's own drawing).
MARKED = """([r, g, b]) => new Promise((done) => {
  const image = document.querySelector(".pair-compare__side[data-side='b'] img");
  const count = () => { const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth; canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d'); context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let marked = 0;
    for (let at = 0; at < data.length; at += 4)
      if (data[at] === r && data[at + 1] === g && data[at + 2] === b) marked += 1;
    done(marked); };
  if (image.complete && image.naturalWidth) count(); else image.addEventListener('load', count);
})"""


def _diff_view(tab: Any) -> int:
    """Choose the Diff view by keyboard (the View group's radios, arrow keys) and count its
    marked pixels once drawn."""
    from playwright.sync_api import expect

    views = tab.get_by_role("group", name="View")
    expect(views).to_be_visible()
    views.get_by_role("radio", checked=True).focus()
    for _ in range(4):
        if views.get_by_role("radio", name="Diff").is_checked():
            break
        tab.keyboard.press("ArrowRight")
    expect(views.get_by_role("radio", name="Diff")).to_be_checked()
    expect(tab.locator("#pair-compare-legend")).not_to_have_text("Drawing the difference…")
    return int(tab.evaluate(MARKED, list(CHANGED_RGB)))


@pytest.mark.parametrize("mode", ["approved", "pair"])
def test_the_diff_view_marks_pixels_exactly_when_the_screenshots_differ(
        auditor: Any, changed: Path, unchanged: Path, mode: str) -> None:
    """Approved and now: the build's diff (changed pixels in magenta over the new
    screenshot, faded); two fixtures: drawn in the page. A fixture compared with itself,
    or an unchanged one with its approval, marks nothing."""
    address = "compare.html?mode=approved&a=one&width=320&scheme=light" if mode == "approved" \
        else "compare.html?mode=pair&a=one&b={}&width=320&scheme=light"
    cases = ([(changed, address), (unchanged, address)] if mode == "approved" else
             [(changed, address.format("two")), (changed, address.format("one"))])
    seen = []
    for root, page in cases:
        with _tab(auditor, root, page, 1280) as tab:
            seen.append(_diff_view(tab))
            assert "view=diff" in tab.url
            assert tab.locator(".pair-compare__side[data-side='a']").is_hidden()
    assert seen[0] > 1000, "the second box, 100 × 100 px, is marked"
    assert seen[1] == 0


def test_on_a_phone_side_by_side_is_a_slider_worked_by_keyboard(auditor: Any,
                                                                changed: Path) -> None:
    from playwright.sync_api import expect

    page = "compare.html?mode=approved&a=one&width=320&scheme=light"
    with _tab(auditor, changed, page, 375) as tab:
        views = tab.get_by_role("group", name="View")
        expect(views.get_by_role("radio", name="Slider")).to_be_checked()
        assert views.get_by_role("radio", name="Side by side").is_hidden()
        boxes = tab.locator(".pair-compare__scroll")
        first, second = (boxes.nth(index).bounding_box() for index in (0, 1))
        assert first is not None
        assert second is not None
        assert (first["x"], first["y"], first["width"]) == (second["x"], second["y"],
                                                            second["width"]), "one place"
        assert first["x"] + first["width"] <= 375, "nothing squeezed or cut"
        slider = tab.get_by_role("slider", name="Approved on the left, slider on the right: Now")
        slider.focus()
        for _ in range(10):
            tab.keyboard.press("ArrowRight")
        expect(slider).to_have_attribute("aria-valuetext", "60%")
        clip = boxes.nth(1).evaluate("(box) => getComputedStyle(box).clipPath")
        assert clip == "inset(0px 0px 0px 60%)"
        views.get_by_role("radio", name="Onion skin").check()
        assert boxes.nth(1).evaluate("(box) => getComputedStyle(box).opacity") == "0.5"
        assert slider.is_hidden()
    with _tab(auditor, changed, page, 1280) as tab:
        views = tab.get_by_role("group", name="View")
        expect(views.get_by_role("radio", name="Side by side")).to_be_checked()
        first, second = (tab.locator(".pair-compare__scroll").nth(index).bounding_box()
                         for index in (0, 1))
        assert first is not None
        assert second is not None
        assert first["x"] + first["width"] < second["x"], "side by side"



LABELS_OUT = """() => [...document.querySelectorAll(
    'section[aria-labelledby="changes"] :is(figcaption, .compare__label, th, label, summary, h3)')]
  .filter((e) => e.checkVisibility({visibilityProperty: true}))
  .map((e) => { const box = e.getBoundingClientRect(), outer = e.parentElement.getBoundingClientRect();
    return {text: e.textContent.trim().slice(0, 30), left: box.left, right: box.right,
            inLeft: outer.left, inRight: outer.right, scroll: e.scrollWidth, client: e.clientWidth}; })
  .filter((e) => e.left < 0 || e.right > innerWidth || e.left < e.inLeft - 1
                 || e.right > e.inRight + 1 || e.scroll > e.client + 1)"""


@pytest.mark.parametrize("width", [320, 350, 375])
def test_the_changes_tab_clips_no_label_on_a_phone(auditor: Any, changed: Path,
                                                  width: int) -> None:
    """"Now" was cut at 375 px: every label, caption and heading of the Changes tab, in
    every view of its viewer, lies inside the window and its own box."""
    with _tab(auditor, changed, "fixtures/one/index.html#changes", width) as tab:
        viewer = tab.locator("[data-compare]").first
        viewer.scroll_into_view_if_needed()
        for view in ("Side by side", "Slider", "Onion skin", "Difference"):
            viewer.get_by_role("radio", name=view).check()
            labels = [text.strip() for text in viewer.locator(".compare__label").all_inner_texts()
                      if text.strip()]
            assert labels, view
            assert tab.evaluate(LABELS_OUT) == [], view
        assert tab.evaluate("document.documentElement.scrollWidth") == width


def test_side_by_side_on_a_phone_shows_approved_and_now(auditor: Any, changed: Path) -> None:
    """At 375 px only "Approved" was seen: "Now" hid below it inside a box a screen tall."""
    from playwright.sync_api import expect

    with _tab(auditor, changed, "fixtures/one/index.html#changes", 375) as tab:
        viewer = tab.locator("[data-compare]").first
        viewer.scroll_into_view_if_needed()
        # (a panel this narrow opens on the slider; side by side is chosen here)
        expect(viewer.get_by_role("radio", name="Slider")).to_be_checked()
        viewer.get_by_role("radio", name="Side by side").check()
        stage = viewer.locator(".compare__stage")
        assert stage.evaluate("(e) => e.scrollHeight <= e.clientHeight + 1"), "nothing hidden in it"
        for name in ("Approved", "Now"):
            label = viewer.locator(".compare__label", has_text=name).first
            label.scroll_into_view_if_needed()
            expect(label).to_be_in_viewport()
            side = label.locator("xpath=ancestor::*[contains(@class, 'compare__side')][1]")
            box = side.bounding_box()
            assert box is not None
            assert box["width"] > 200, (name, box)
            assert box["height"] > 200, (name, box)


#: Each changed-area close-up: the title its dialog opens with (its link's name ends with it),
#: its caption, and what its size is said of.
AREAS = [("The changed area at 320 px, light, as approved", "Approved (the changed area)",
          "The changed area"),
         ("The changed area at 320 px, light, now", "Now", "The changed area"),
         ("The changed area at 320 px, light, its changed pixels in magenta", "Changed pixels",
          "The changed pixels")]


@pytest.mark.parametrize("width", [375, 1280])
def test_each_changed_area_close_up_opens_full_size_by_keyboard(auditor: Any, changed: Path,
                                                               width: int) -> None:
    """The three close-ups of a changed area were drawn a third of the panel wide (~110 px
    beside the live page) and opened nothing but the bare file: each opens at its own size
    in the gallery's one full-size dialog, from a link named for it, by keyboard."""
    from playwright.sync_api import expect

    with _tab(auditor, changed, "fixtures/one/index.html#changes", width) as tab:
        area = tab.locator(".triple--area").first
        area.scroll_into_view_if_needed()
        tab.wait_for_function("[...document.querySelectorAll('.triple--area img')]"
                              ".every((i) => i.complete)")
        drawn = area.locator("img").evaluate_all(
            "(images) => images.map((i) => [i.getBoundingClientRect().width, i.naturalWidth])")
        for (title, caption, what), (shown, natural) in zip(AREAS, drawn, strict=True):
            link = area.get_by_role("link", name=re.compile(
                rf"^Open full size ?: {re.escape(title)}$"))
            expect(link).to_have_count(1)
            assert caption in link.locator("xpath=..").inner_text()
            link.focus()
            tab.keyboard.press("Enter")
            dialog = tab.locator("dialog.enlarged[open]")
            expect(dialog).to_have_count(1)
            expect(dialog.get_by_role("heading", level=2)).to_have_text(title)
            image = dialog.locator("img")
            expect(image).to_have_attribute("alt", f"{title}, full size")
            tab.wait_for_function("document.querySelector('dialog.enlarged img').complete")
            inside = image.evaluate("""(i) => { const box = i.getBoundingClientRect();
                return {width: box.width, natural: i.naturalWidth,
                        kept: Math.abs(box.width / box.height - i.naturalWidth / i.naturalHeight),
                        focus: i.closest('dialog').contains(document.activeElement)}; }""")
            assert inside["natural"] == natural, inside
            # at its own size at least (a small area is drawn half the window tall)
            assert inside["width"] >= natural, inside
            assert inside["kept"] < 0.01, inside
            assert inside["focus"], "focus moves into the dialog"
            said = dialog.locator(".enlarged__size").inner_text()
            assert said.startswith(f"{what}: {natural} × "), said
            tab.keyboard.press("Escape")
            expect(tab.locator("dialog.enlarged")).to_have_count(0)
            assert link.evaluate("(a) => a === document.activeElement"), "focus returns"
            assert shown < inside["width"], "drawn larger than in the panel"


@pytest.fixture(scope="module")
def tall(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fixture whose phone screenshot is a long page (375 × 3,400 px), approved."""
    folder = tmp_path_factory.mktemp("tall")
    fixture = folder / "one.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    out, approved = folder / "out", folder / "approved"
    painter = Painted((375, 3400))
    approve(GalleryBuilder(out, capture=painter).build([fixture]).entries, out, approved)
    (out / "fixtures" / "one" / "entry.json").unlink()
    painter.boxes = {"one": [(0, 0, 200, 300)]}
    GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    return out


SHOWN = """() => [...document.querySelectorAll('section[aria-labelledby="screenshots"] .shot img')]
  .map((image) => { const box = image.getBoundingClientRect();
    const frame = image.closest('.shot__scroll'); const outer = frame.getBoundingClientRect();
    return {natural: image.naturalWidth / image.naturalHeight, shown: box.width / box.height,
            width: box.width, own: image.naturalWidth / devicePixelRatio, inside: box.left >= outer.left - 0.5 && box.right <= outer.right + 0.5
              && box.top >= outer.top - 0.5 && box.bottom <= outer.bottom + 0.5,
            cut: frame.scrollHeight > frame.clientHeight + 1 || frame.scrollWidth > frame.clientWidth + 1}; })"""


@pytest.mark.parametrize("width", [375, 1280])
def test_each_screenshot_is_shown_whole_and_opens_full_size(auditor: Any, tall: Path,
                                                            width: int) -> None:
    from playwright.sync_api import expect

    with _tab(auditor, tall, "fixtures/one/index.html#screenshots", width) as tab:
        tab.wait_for_function("[...document.querySelectorAll('section[aria-labelledby="
                              "\"screenshots\"] .shot img')].every((i) => i.complete)")
        shown = tab.evaluate(SHOWN)
        assert shown
        for each in shown:
            assert abs(each["shown"] / each["natural"] - 1) <= 0.01, each
            assert each["inside"], each
            assert not each["cut"], each
            # Readable: a 375 px page was drawn 88 px wide to fit a screen's height.
            assert each["width"] >= min(0.5 * each["own"], 160), each
        tab.locator('section[aria-labelledby="screenshots"] .shot img').first.click()
        expect(tab.locator("dialog.enlarged img")).to_be_visible()


def test_the_static_gallery_gives_each_screenshot_s_approve_command(auditor: Any,
                                                                    tall: Path) -> None:
    """Opened as files: under each screenshot, the exact command to approve it, to copy."""
    with _tab(auditor, tall, "fixtures/one/index.html#screenshots", 1280) as tab:
        box = tab.locator('section[aria-labelledby="screenshots"] .verdict--compact')
        assert box.count() == 1
        command = box.locator("code").inner_text()
        source = tall.parent / "one.json"
        assert command == ("broadsheet preview --approve --approve-widths 375 "
                           f"--approve-schemes light {source}")
        assert box.locator("code").is_visible()
        assert not box.get_by_role("button", name="Accept this screenshot").is_visible()
        box.get_by_role("button", name="Copy the command to approve 375 px, light").click()
        tab.wait_for_function("document.querySelector('.verdict--compact .verdict__said')"
                              ".textContent !== ''")
        said = box.locator(".verdict__said").inner_text()
        assert said in {f"Copied: {command}", "Selected: press Ctrl+C (⌘C) to copy it."}


def test_two_captures_of_the_energy_tables_are_pixel_identical(auditor: Any,
                                                               tmp_path: Path) -> None:
    """uk-energy-data-table at 1280 px once differed from its approval by 0.21%: two
    captures at every width (the table's scroll shade, fonts, focus) match pixel for
    pixel."""
    from PIL import Image, ImageChops

    from broadsheet.preview import build_gallery
    from broadsheet.preview.capture import ChromiumCapture

    fixture = tmp_path / "energy.json"
    shutil.copy(ARTICLES / "uk-energy-data-table.json", fixture)
    shutil.copytree(ARTICLES / "images", tmp_path / "images")
    for run in ("first", "second"):
        with ChromiumCapture(schemes=("light",), auditor=auditor, views=False,
                             audit=False) as capture:
            build_gallery([fixture], tmp_path / run, capture=capture)
    for width in (320, 1280):
        first, second = (Image.open(tmp_path / run / "fixtures" / "energy" / "shots" /
                                    f"{width}-light.png") for run in ("first", "second"))
        with first, second:
            assert first.size == second.size, width
            changed = ImageChops.difference(first.convert("RGB"), second.convert("RGB"))
            assert changed.getbbox() is None, f"{width}: differs in {changed.getbbox()}"


class Viewed(Painted):
    """:class:`Painted` with a focus-order view: a 1280 × 900 page capture."""

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image

        from broadsheet.preview.model import View

        captured = super().capture(page, folder, findings)
        Image.new("RGB", (1280, 900), (250, 250, 250)).save(folder / "shots" / "view-focus.png")
        captured.views.append(View("focus", "Focus order", "Numbered badges.",
                                   "shots/view-focus.png"))
        return captured


#: The focus-order view as drawn: its width, and its badges' 10 px numbers at that scale.
FOCUS_VIEW = """() => { const image = document.querySelector('#view-focus img');
  const box = image.getBoundingClientRect();
  return {width: box.width, badge: 10 * box.width / image.naturalWidth,
          room: image.closest('.shot__scroll').getBoundingClientRect().width}; }"""


# (Round 46: "Wide panel" is offered where the checks sit beside the live page, on a window
# under 600 px tall; taller, the workspace has them under it, the window's width, and the bar
# between resizes them: test_gallery_workspace46.)
@pytest.mark.parametrize(("width", "height"), [(1280, 560), (1440, 560)])
def test_wide_panel_draws_the_focus_order_at_the_page_s_own_size(
        auditor: Any, tmp_path: Path, width: int, height: int) -> None:
    """Beside the live page the checks were ~360–420 px wide: the focus order's badges were
    drawn at 3 px. There it is now a window on the page at its own size (10 px numbers),
    panned; "Wide panel" (a toggle button, remembered, the w key too) gives the panel most
    of the window, the view's window with it."""
    from playwright.sync_api import expect

    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    fixture = tmp_path / "one.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    out = tmp_path / "out"
    GalleryBuilder(out, capture=Viewed()).build([fixture])
    sandbox = Sandbox.for_file(out / "fixtures" / "one" / "index.html", root=out)
    with auditor.page(AuditOptions(width=width, height=height), sandbox) as tab:
        tab.goto(sandbox.url + "#views")
        tab.wait_for_function("document.querySelector('#view-focus img').complete")
        panel = tab.locator(".addons")
        # (round 51, review 50: fitted to the panel by default; "Actual size" is the window
        # on the page at its own size)
        tab.get_by_role("button", name="Actual size of the reading views").click()
        narrow = tab.evaluate(FOCUS_VIEW)
        assert narrow["room"] < 450, narrow
        assert narrow["badge"] == 10, narrow
        wide = tab.get_by_role("button", name="Wide panel")
        expect(wide).to_have_attribute("aria-pressed", "false")
        wide.focus()
        tab.keyboard.press("Enter")
        expect(wide).to_have_attribute("aria-pressed", "true")
        box = panel.bounding_box()
        assert box is not None
        assert box["width"] >= 0.6 * width, box
        drawn = tab.evaluate(FOCUS_VIEW)
        assert (drawn["width"], drawn["badge"]) == (1280, 10), drawn
        assert drawn["room"] >= 0.55 * width, drawn
        assert tab.evaluate("document.documentElement.scrollWidth") == width, "panned inside"
        # remembered from one fixture's page to the next
        assert tab.evaluate("localStorage.getItem('broadsheet-gallery:panel')") == "wide"
        tab.keyboard.press("w")  # the shortcut gives the room back
        expect(tab.get_by_role("button", name="Wide panel")).to_have_attribute(
            "aria-pressed", "false")
        assert tab.evaluate(FOCUS_VIEW)["room"] < 450
        assert tab.evaluate("localStorage.getItem('broadsheet-gallery:panel')") == "narrow"


def test_the_index_counts_fixtures_awaiting_review_and_accepts_them_all(
        auditor: Any, tmp_path: Path) -> None:
    """Served: the index says how many fixtures changed and await a decision, each card's
    status, and Accept all changed approves them; the index reloads with none awaiting."""
    import threading

    from playwright.sync_api import expect

    from broadsheet.preview.server import GalleryServer
    from broadsheet.preview.verdicts import Verdicts

    out = _gallery(tmp_path, change=True)
    fixtures = [tmp_path / "one.json", tmp_path / "two.json"]
    builder = GalleryBuilder(out, capture=Painted(), approved=tmp_path / "approved")
    builder.build(fixtures)
    holder: list[GalleryServer] = []

    def rebuild(*slugs: str) -> None:
        builder.build(fixtures)
        holder[0].bump(slugs)

    verdicts = Verdicts(builder, tmp_path / "approved", rebuild, threading.RLock())
    server = GalleryServer(out, port=0, judge=verdicts, names=verdicts.names)
    holder.append(server)
    server.start()
    context = auditor.browser().new_context(viewport={"width": 1280, "height": 800})
    try:
        tab = context.new_page()
        tab.goto(server.url + "index.html")
        summary = tab.get_by_role("region", name="1 awaiting review")
        expect(summary).to_be_visible()
        assert tab.locator(".card[data-review='to-review'] .review-badge").inner_text() == (
            "Awaiting review")
        tab.click("#filters-toggle")  # round 51: folded under "Filters"
        tab.select_option("#filter-review", "to-review")
        expect(tab.locator("#filter-count")).to_have_text("1 of 2 fixtures shown")
        with tab.expect_navigation(timeout=30_000):  # rebuilt: the index reloads
            summary.get_by_role("button", name="Accept all changed (1)").click()
        expect(tab.get_by_role("region", name="1 awaiting review")).to_have_count(0)
        assert tab.locator(".card[data-review='accepted'] .review-badge").inner_text() == (
            "Changes accepted")
    finally:
        context.close()
        server.stop()


# (Round 46: beside the live page, where "Wide panel" is, on a window under 600 px tall;
# from 600 px the workspace's panel is the window's width and the hint does not offer it)
@pytest.mark.parametrize(("width", "height"), [(375, 800), (1280, 560), (1280, 800)])
def test_the_small_focus_order_says_how_to_read_it_and_opens_large_when_clicked(
        auditor: Any, tmp_path: Path, width: int, height: int) -> None:
    """At 1280 × 800 without Wide panel the focus order was drawn ~361 px wide, its numbers
    unreadable, and clicking it opened the bare file: beside the live page it is a window on
    the page at its own size, a line under it says so, and clicking the picture opens it
    whole in the dialog. Where the panel is the window's width (a phone) or wide, no line."""
    from playwright.sync_api import expect

    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    fixture = tmp_path / "one.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    out = tmp_path / "out"
    GalleryBuilder(out, capture=Viewed()).build([fixture])
    sandbox = Sandbox.for_file(out / "fixtures" / "one" / "index.html", root=out)
    with auditor.page(AuditOptions(width=width, height=height), sandbox) as tab:
        tab.goto(sandbox.url + "#views")
        tab.wait_for_function("document.querySelector('#view-focus img').complete")
        hint = tab.locator("#view-focus .view__hint")
        if width == 375:
            expect(hint).to_be_hidden()
        else:
            expect(hint).to_be_visible()
            expect(hint).to_contain_text("Open full size")
            picture, said = (tab.locator(sel).bounding_box() for sel in (
                "#view-focus .shot__scroll", "#view-focus .view__hint"))
            assert picture is not None
            assert said is not None
            if height < 600:  # beside the live page
                expect(hint).to_contain_text("Wide panel")
                assert picture["width"] < 450, "a window on it: the line is needed"
            else:  # the workspace: no Wide panel to offer; still a window on a 1280 px page
                expect(hint).not_to_contain_text("Wide panel", use_inner_text=True)
                assert picture["width"] < 1280, "a window on it: the line is needed"
            # (round 51, review 50: the caption above the picture, not under a 4456 px one)
            assert 0 <= picture["y"] - (said["y"] + said["height"]) < 80, "right over it"
        tab.locator("#view-focus img").click()
        dialog = tab.locator("dialog.enlarged[open]")
        expect(dialog.get_by_role("heading", level=2)).to_have_text("Focus order")
        tab.wait_for_function("document.querySelector('dialog.enlarged img').complete")
        drawn = dialog.locator("img").evaluate("(i) => [i.getBoundingClientRect().width, "
                                               "i.naturalWidth]")
        assert drawn == [1280, 1280], "at the page's own size"
        assert tab.url.endswith("index.html#views"), "the page stays"
        tab.keyboard.press("Escape")
        if width == 1280 and height < 600:  # (Wide panel: beside the live page only)
            tab.get_by_role("button", name="Wide panel").click()
            expect(hint).to_be_hidden()
