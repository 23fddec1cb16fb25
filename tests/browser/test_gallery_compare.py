"""The diff viewer in Chromium: side by side, a before/after slider, an onion skin and the
difference, all by keyboard, the changed regions boxed on the screenshots."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import WIDTHS
from broadsheet.preview.regression import approve
from tests.helpers import ARTICLES
from tests.preview.test_compare_view import Boxes

#: Where the viewer's screenshots go for a person to look at (kept after the run).
LOOKED_AT = Path("/tmp/broadsheet-gallery-compare")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(gallery folder, the fixture's page) with one screenshot changed in two places."""
    folder = tmp_path_factory.mktemp("compare")
    fixture = folder / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    out, approved, painter = folder / "out", folder / "approved", Boxes()
    approve(GalleryBuilder(out, capture=painter).build([fixture]).entries, out, approved)
    (out / "fixtures" / "storm" / "entry.json").unlink()
    painter.boxes = [(20, 40, 100, 80), (200, 600, 300, 700)]
    GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    return out, out / "fixtures" / "storm" / "index.html"


SIDES = """() => [...document.querySelectorAll('[data-compare="320-light"] .compare__svg')]
  .map((svg) => { const box = svg.getBoundingClientRect(); const style = getComputedStyle(svg);
    return {left: box.left, right: box.right, top: box.top, clip: style.clipPath,
            opacity: style.opacity,
            blend: getComputedStyle(svg.parentElement).mixBlendMode,
            boxes: svg.querySelectorAll('rect').length}; })"""


def test_the_viewer_switches_side_by_side_slider_and_onion_skin_by_keyboard(
        auditor: Any, page: tuple[Path, Path]) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    out, fixture_page = page
    LOOKED_AT.mkdir(exist_ok=True)
    sandbox = Sandbox.for_file(fixture_page, root=out)
    # 1024 px: the checks under the live page, wide enough for side by side (in the narrow
    # panel beside it at 1280 px the slider is the view: test_gallery_panel).
    with auditor.page(AuditOptions(width=1024), sandbox) as tab:
        tab.goto(sandbox.url)
        viewer = tab.locator('[data-compare="320-light"]')
        viewer.scroll_into_view_if_needed()
        before, after = tab.evaluate(SIDES)
        assert before["right"] < after["left"], "side by side: approved, then now"
        assert (before["boxes"], after["boxes"]) == (2, 2)
        viewer.screenshot(path=str(LOOKED_AT / "side-by-side.png"))

        side = viewer.get_by_role("radio", name="Side by side")
        side.focus()
        tab.keyboard.press("ArrowRight")  # to "Slider", as a radio group moves
        assert viewer.get_by_role("radio", name="Slider").is_checked()
        before, after = tab.evaluate(SIDES)
        assert (before["left"], before["top"]) == (after["left"], after["top"]), "stacked"
        assert after["clip"] == "inset(0px 0px 0px 50%)"
        wipe = viewer.get_by_role("slider", name="Slider: approved on the left, now on the "
                                  "right")
        assert wipe.is_visible()
        wipe.focus()
        for _ in range(20):
            tab.keyboard.press("ArrowLeft")
        assert tab.evaluate(SIDES)[1]["clip"] == "inset(0px 0px 0px 30%)"
        assert wipe.get_attribute("aria-valuetext") == "30%"
        viewer.screenshot(path=str(LOOKED_AT / "slider.png"))
        tab.keyboard.press("Home")
        assert tab.evaluate(SIDES)[1]["clip"] == "inset(0px 0px 0px 0%)", "all new"

        viewer.get_by_role("radio", name="Slider").focus()
        tab.keyboard.press("ArrowRight")  # to "Onion skin"
        assert not wipe.is_visible()
        onion = viewer.get_by_role("slider", name="Onion skin: the new screenshot's opacity "
                                   "over the approved")
        onion.focus()
        tab.keyboard.press("End")
        before, after = tab.evaluate(SIDES)
        assert (after["clip"], after["opacity"]) == ("none", "1")
        for _ in range(75):
            tab.keyboard.press("ArrowLeft")
        assert tab.evaluate(SIDES)[1]["opacity"] == "0.25"
        viewer.screenshot(path=str(LOOKED_AT / "onion.png"))

        viewer.get_by_role("radio", name="Onion skin").focus()
        tab.keyboard.press("ArrowRight")  # to "Difference": unchanged pixels black
        assert viewer.get_by_role("radio", name="Difference").is_checked()
        assert not onion.is_visible()
        before, after = tab.evaluate(SIDES)
        assert (before["left"], before["top"]) == (after["left"], after["top"]), "stacked"
        assert (after["blend"], after["opacity"], after["clip"]) == ("difference", "1", "none")
        assert before["blend"] == "normal"
        viewer.screenshot(path=str(LOOKED_AT / "difference.png"))


LABELS = """() => { const box = document.querySelector('[data-compare="320-light"]');
  const rect = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  return {labels: [...box.querySelectorAll('.compare__label')]
            .filter((e) => e.checkVisibility({visibilityProperty: true}))
            .map((e) => ({text: e.textContent.trim(), ...rect(e)})),
          svgs: [...box.querySelectorAll('.compare__svg')].map(rect),
          measure: box.querySelector('.compare__measure').innerText}; }"""


def test_each_pane_is_named_and_the_difference_measured_beside_them(
        auditor: Any, page: tuple[Path, Path]) -> None:
    """The review: the approved, now and difference panes were unlabelled."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    out, fixture_page = page
    sandbox = Sandbox.for_file(fixture_page, root=out)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        viewer = tab.locator('[data-compare="320-light"]')
        viewer.scroll_into_view_if_needed()
        seen = tab.evaluate(LABELS)
        # (round 48: one short line in the toolbar over the panes, the regions boxed after it)
        assert re.fullmatch(r"[\d.]+% differ \(limit [\d.]+%\) ✖ past the limit( \d+ regions? boxed)?",
                            " ".join(seen["measure"].split())), seen["measure"]
        assert [label["text"] for label in seen["labels"]] == ["Approved", "Now"]
        for label, svg in zip(seen["labels"], seen["svgs"], strict=True):
            assert label["bottom"] <= svg["top"] + 1, "named above its pane"
            assert svg["left"] - 1 <= label["left"] < svg["right"], "over its own pane"
        viewer.get_by_role("radio", name="Slider").check()
        approved, now = tab.evaluate(LABELS)["labels"]
        assert (approved["text"], now["text"]) == ("Approved", "Now")
        assert approved["right"] < now["left"], "approved at the start, now at the end"
        viewer.get_by_role("radio", name="Difference").check()
        [label] = tab.evaluate(LABELS)["labels"]
        assert re.fullmatch(r"Difference: [\d.]+% of pixels \(limit [\d.]+%\)", label["text"])


def test_without_script_the_viewer_is_side_by_side(auditor: Any,
                                                   page: tuple[Path, Path]) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    out, fixture_page = page
    sandbox = Sandbox.for_file(fixture_page, root=out)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.route("**/gallery.js", lambda route: route.abort())  # the gallery's one script
        tab.goto(sandbox.url)
        before, after = tab.evaluate(SIDES)
        assert before["right"] < after["left"]
        assert not tab.locator('[data-compare="320-light"] fieldset').is_visible()


@pytest.fixture(scope="module")
def eight(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(gallery folder, the fixture's page) with all eight screenshots changed."""
    from tests.preview.test_widths import EveryWidth

    folder = tmp_path_factory.mktemp("eight")
    fixture = folder / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    out, approved, painter = folder / "out", folder / "approved", EveryWidth()
    approve(GalleryBuilder(out, capture=painter).build([fixture]).entries, out, approved)
    (out / "fixtures" / "storm" / "entry.json").unlink()
    painter.box = (0, 0, 200, 300)
    GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    return out, out / "fixtures" / "storm" / "index.html"


def test_every_comparison_is_in_one_table_and_only_the_live_pages_stands_open(
        auditor: Any, eight: tuple[Path, Path]) -> None:
    """Eight failed comparisons, each with its close-ups and viewer open, made the page
    18,000 px tall on a phone: the table says each at a glance, only the one at the live
    page's width and scheme is open (375 px, light on a phone), and a link in the table
    opens its own."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    out, fixture_page = eight
    sandbox = Sandbox.for_file(fixture_page, root=out)
    with auditor.page(AuditOptions(width=375), sandbox) as tab:
        tab.goto(sandbox.url)
        table = tab.locator("table.change-table")
        rows = [re.fullmatch(r"(\d+) px ✖ ([\d.]+%) light, changed ✖ ([\d.]+%) dark, changed",
                             " ".join(row.split()))
                for row in table.locator("tbody tr").all_inner_texts()]
        assert [int(row.group(1)) for row in rows if row] == list(WIDTHS)
        for row in rows:
            assert row is not None
            for scheme, said in (("light", row.group(2)), ("dark", row.group(3))):
                assert tab.locator(f"#change-{row.group(1)}-{scheme} + .change__measure "
                                   "strong").inner_text() == said
        shown = tab.eval_on_selector_all(
            "[data-compare]", "boxes => boxes.filter((box) => box.checkVisibility())"
            ".map((box) => box.dataset.compare)")
        assert shown == ["375-light"], "only the one at the live page's width and scheme"
        box = table.bounding_box()
        assert box is not None
        assert box["x"] + box["width"] <= 375, "the table fits a phone"
        table.locator('a[href="#change-1280-dark"]').click()
        viewer = tab.locator('[data-compare="1280-dark"]')
        assert viewer.is_visible()
        heading = tab.locator("#change-1280-dark").bounding_box()
        assert heading is not None
        assert 0 <= heading["y"] < 800, "scrolled to it"


def test_the_changes_table_and_folded_comparisons_pass_the_checks(
        auditor: Any, eight: tuple[Path, Path]) -> None:
    from broadsheet.checks import check
    from broadsheet.findings import Outcome

    out, fixture_page = eight
    audit = auditor.audit(fixture_page, root=out)
    assert [(f.rule, f.message) for r in audit.results for f in r.findings
            if f.outcome is Outcome.FAILED] == []
    assert check(fixture_page).violations == []


def test_the_compare_page_opens_on_the_approved_and_new_look_fitted_scrolled_together(
        auditor: Any, page: tuple[Path, Path]) -> None:
    """The review: two fixtures at 48% were unreadable. The page opens on the fixture that
    changed, approved beside now, fitted (a 320 px one at its own width), the two scrolling
    as one."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    out, _ = page
    sandbox = Sandbox.for_file(out / "compare.html", root=out)
    with auditor.page(AuditOptions(width=1280, height=500), sandbox) as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function("[...document.querySelectorAll('.pair-compare img')]"
                              ".every(i => i.complete && i.naturalWidth)")
        assert tab.get_by_role("radio", name="Approved and now").is_checked()
        assert not tab.locator("#compare-b").is_visible(), "one fixture: no second to choose"
        sides = tab.eval_on_selector_all(".pair-compare img", """els => els.map(e => ({
          src: e.getAttribute('src'), width: e.getBoundingClientRect().width,
          box: e.parentElement.getBoundingClientRect().toJSON()}))""")
        assert [side["src"] for side in sides] == ["fixtures/storm/shots/approved-320-light.png",
                                                   "fixtures/storm/shots/320-light.png"]
        assert tab.get_by_role("radio", name="Fit").is_checked(), "fitted at first"
        assert [side["width"] for side in sides] == [320, 320], "a narrow one is not enlarged"
        assert sides[0]["box"]["right"] < sides[1]["box"]["left"], "side by side"
        boxes = tab.locator(".pair-compare__scroll")
        boxes.nth(1).evaluate("box => { box.scrollTop = 240; }")
        tab.wait_for_function("document.querySelectorAll('.pair-compare__scroll')[0]"
                              ".scrollTop === 240")
        boxes.nth(0).evaluate("box => { box.scrollTop = 90; }")
        tab.wait_for_function("document.querySelectorAll('.pair-compare__scroll')[1]"
                              ".scrollTop === 90")
        tab.get_by_label("Scroll together").uncheck()
        boxes.nth(0).evaluate("box => { box.scrollTop = 10; }")
        tab.evaluate("() => new Promise(done => requestAnimationFrame(() => "
                     "requestAnimationFrame(() => done(null))))")
        assert boxes.nth(1).evaluate("box => box.scrollTop") == 90, "apart when asked"
        tab.get_by_role("radio", name="100%").check()
        assert tab.eval_on_selector(".pair-compare img", "e => e.getBoundingClientRect().width"
                                    ) == 320, "100%: one pixel a CSS pixel"
        tab.get_by_role("radio", name="Two fixtures").check()
        assert tab.locator("#compare-b").is_visible()
        assert "mode=pair" in tab.evaluate("location.search")


def test_a_scroll_right_after_the_other_box_followed_is_not_lost(
        auditor: Any, page: tuple[Path, Path]) -> None:
    """Scrolled together, the box that just followed leads again at once when the reader
    scrolls it, in the very frame after (a lock held two frames lost that scroll, and the
    test above timed out on a loaded CI machine)."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    out, _ = page
    sandbox = Sandbox.for_file(out / "compare.html", root=out)
    with auditor.page(AuditOptions(width=1280, height=500), sandbox) as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function("[...document.querySelectorAll('.pair-compare img')]"
                              ".every(i => i.complete && i.naturalWidth)")
        tops = tab.evaluate("""async () => {
          const [a, b] = document.querySelectorAll('.pair-compare__scroll');
          const frame = () => new Promise(done => requestAnimationFrame(() => done()));
          const followed = new Promise(done => b.addEventListener('scroll', done, {once: true}));
          b.scrollTop = 240;
          await followed;  // a has just followed b to 240; its own scroll event is to come
          a.scrollTop = 90;
          for (let i = 0; i < 4; i++) await frame();
          return [a.scrollTop, b.scrollTop];
        }""")
    assert tops == [90, 90]


@pytest.fixture(scope="module")
def same(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(gallery folder, the fixture's page) with all eight screenshots as approved."""
    from tests.preview.test_widths import EveryWidth

    folder = tmp_path_factory.mktemp("same")
    fixture = folder / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    out, approved, painter = folder / "out", folder / "approved", EveryWidth()
    approve(GalleryBuilder(out, capture=painter).build([fixture]).entries, out, approved)
    (out / "fixtures" / "storm" / "entry.json").unlink()
    GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    return out, out / "fixtures" / "storm" / "index.html"


SHOWN = """() => [...document.querySelectorAll('.changes__at')].filter((at) => !at.hidden)
  .map((at) => ({shot: at.dataset.shot, width: at.querySelector('.compare__svg').getAttribute('width')}))"""


def test_the_changes_tab_compares_at_the_width_and_scheme_the_live_page_shows(
        auditor: Any, same: tuple[Path, Path]) -> None:
    """The review: Changes compared the 1280 px light screenshots while the live page was at
    768 px. With nothing changed it shows the approved and the new screenshot at the live
    page's width and scheme, and follows the switches."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    out, fixture_page = same
    sandbox = Sandbox.for_file(fixture_page, root=out)
    with auditor.page(AuditOptions(width=1280, height=800), sandbox) as tab:
        tab.goto(sandbox.url + "#changes")
        live = tab.evaluate("""() => ['frame-width', 'frame-scheme'].map((name) =>
          document.querySelector(`input[name='${name}']:checked`).value)""")
        # (round 46's workspace shows 1280 px at 1280 × 800; 375 below is the case reviewed,
        # the live page narrower than 1280)
        assert tab.evaluate(SHOWN) == [{"shot": f"{live[0]}-{live[1]}", "width": live[0]}]
        tab.check("input[name='frame-width'][value='375']", force=True)
        tab.check("input[name='frame-scheme'][value='dark']", force=True)
        assert tab.evaluate(SHOWN) == [{"shot": "375-dark", "width": "375"}]
        assert tab.locator(".changes__at:not([hidden])").get_by_text("375 px, dark").count() >= 1
