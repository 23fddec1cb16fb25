"""The fixture page's panels and lists in Chromium, after the second blind review of issue 17:
the Changes tab's comparison readable in the narrow panel at 1280 px (the slider, or full
width in a dialog), the contrast badge and Findings telling one story, the fixtures list
filtered, grouped and badged only where a count says something, one list of fixtures at a
time, the JSON tab showing the JSON, and the index's thumbnails large enough to see a page.

The capture is a stand-in (screenshots drawn here, no browser): the gallery's pages are the
subject, so the build takes seconds."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Literal

import pytest

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture, ContrastPair, Screenshot
from broadsheet.preview.regression import approve
from tests.helpers import ARTICLES

#: To check by eye (axe-core cannot tell the background), a violation, nothing.
UNSURE, FAILING, CLEAN = ("uk-energy-data-table", "en-storm-breaking-corrections",
                          "en-live-storm-isha")
#: How many contrast findings the first fixture has to check by eye.
UNSURE_COUNT = 3


class Striped:
    """A capture without a browser: a 1280 px page light and dark (stripes, the same on
    every run, so approved ones match), passing contrast pairs, and per fixture its
    findings (:data:`UNSURE`'s contrast to check by eye, :data:`FAILING`'s violation)."""

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image, ImageDraw

        (folder / "shots").mkdir(exist_ok=True)
        shots = []
        for scheme, ground, ink in (("light", 250, 30), ("dark", 20, 220)):
            image = Image.new("RGB", (1280, 1600), (ground,) * 3)
            for y in range(0, 1600, 80):
                ImageDraw.Draw(image).rectangle((60, y + 20, 1220, y + 44), fill=(ink,) * 3)
            image.save(folder / "shots" / f"1280-{scheme}.png")
            shots.append(Screenshot(1280, scheme, f"shots/1280-{scheme}.png"))
        slug = folder.name
        found = []
        if slug == UNSURE:
            found = [Finding("color-contrast", Outcome.CANT_TELL, "Element's background color "
                             "could not be determined due to a background gradient",
                             target=f"table tr:nth-child({n}) td", impact=Impact.SERIOUS,
                             source=Source.AXE) for n in range(1, UNSURE_COUNT + 1)]
        elif slug == FAILING:
            found = [Finding("target-size", Outcome.FAILED, "the link is 18 by 18 px",
                             target="h1", impact=Impact.SERIOUS, source=Source.BROWSER)]
        contrast = [ContrastPair(scheme, "#111111", "#ffffff", 18.9, False, 12, "Text")
                    for scheme in ("light", "dark")]
        return Capture(screenshots=shots, findings=found, contrast=contrast)


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built, approved, built again: every fixture's Changes tab compares."""
    folder = tmp_path_factory.mktemp("panel")
    for slug in (UNSURE, FAILING, CLEAN):
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    out, approved = folder / "out", folder / "approved"
    approve(GalleryBuilder(out, capture=Striped()).build([folder]).entries, out, approved)
    GalleryBuilder(out, capture=Striped(), approved=approved).build([folder])
    return out


def _open(auditor: Any, gallery: Path, page: str, width: int, height: int,
          scheme: Literal["light", "dark"] = "light") -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / page, root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height, color_scheme=scheme),
                                 sandbox)


SHOWN = """() => [...document.querySelectorAll('.compare__svg')]
  .filter((svg) => svg.getClientRects().length)
  .map((svg) => Math.round(svg.getBoundingClientRect().width))"""


def test_the_changes_tab_at_1280_compares_at_a_readable_size(auditor: Any,
                                                             gallery: Path) -> None:
    """Side by side in the panel beside the live page, each screenshot was 161 px wide.
    (Round 46: the panel is beside the live page only on a short window, under 600 px: from
    600 px tall it is under it, the window's width, test_gallery_workspace46.)"""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{CLEAN}/index.html", 1280, 560)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.get_by_role("tab", name="Changes").click()
        panel = tab.locator(".addons").bounding_box()
        assert panel is not None
        assert panel["width"] < 480, "the narrow panel, beside the page"
        # In the panel: the slider, one screenshot the panel's width (both drawn over it).
        assert tab.get_by_role("radio", name="Slider").is_checked()
        widths = tab.evaluate(SHOWN)
        assert len(widths) == 2, widths
        assert min(widths) >= 340, widths
        assert tab.get_by_role("slider", name="Slider: approved on the left, now on the right"
                               ).is_visible()
        # Full width: a dialog taking the window, the two side by side, each half of it.
        tab.get_by_role("button", name="Open full width").click()
        dialog = tab.get_by_role("dialog", name="1280 px, light: approved and now")
        assert dialog.is_visible()
        assert tab.get_by_role("radio", name="Side by side").is_checked()
        boxes = tab.evaluate("""() => [...document.querySelectorAll('dialog .compare__svg')]
          .map((svg) => svg.getBoundingClientRect().toJSON())""")
        assert len(boxes) == 2
        assert min(box["width"] for box in boxes) >= 560, boxes
        assert boxes[0]["right"] <= boxes[1]["left"], "side by side"
        tab.keyboard.press("Escape")
        assert not dialog.is_visible()
        assert tab.get_by_role("radio", name="Slider").is_checked(), "back in the panel"
        assert tab.evaluate("document.activeElement.textContent").startswith("Open full width")
    # A window wide enough for two readable columns keeps side by side.
    sandbox, opened = _open(auditor, gallery, f"fixtures/{CLEAN}/index.html", 1024, 800)
    with opened as tab:
        tab.goto(sandbox.url + "#changes")
        assert tab.get_by_role("radio", name="Side by side").is_checked()
        assert min(tab.evaluate(SHOWN)) >= 300


@pytest.mark.parametrize("width", [1280, 375])
def test_the_contrast_badge_and_findings_count_the_same_items_to_check(
        auditor: Any, gallery: Path, width: int) -> None:
    """The badge said "Contrast passes" while Findings listed 44 contrast items to check."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{UNSURE}/index.html", width, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        badge = tab.locator(".fixture-head .status__group--accessibility .count").filter(
            has_text="Contrast")
        assert " ".join(badge.inner_text().split()) == f"▲ Contrast: {UNSURE_COUNT} to check by eye"
        assert "count--warn" in (badge.get_attribute("class") or "")
        listed = tab.eval_on_selector_all(
            "#findings ~ .finding-list > li[data-rule='color-contrast'][data-outcome='cant_tell']",
            "els => els.map((e) => Number(e.dataset.count || 1))")
        assert sum(listed) == UNSURE_COUNT, listed
        contrast_tab = tab.get_by_role("tab", name="Contrast")
        assert f"{UNSURE_COUNT} to review" in (contrast_tab.text_content() or "")
        contrast_tab.click()
        said = tab.locator(".contrast-unsure").inner_text()
        assert f"{UNSURE_COUNT} to check by eye" in said
        assert f"contrast of {UNSURE_COUNT} elements" in said
    # With nothing to check, it still passes.
    sandbox, opened = _open(auditor, gallery, f"fixtures/{CLEAN}/index.html", width, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        assert "✔ Contrast passes" in " ".join(
            tab.locator(".fixture-head .status").inner_text().split())


def test_the_fixtures_list_is_grouped_filtered_by_keyboard_and_counts_only_what_is_not_zero(
        auditor: Any, gallery: Path) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{CLEAN}/index.html", 1440, 900)
    with opened as tab:
        tab.goto(sandbox.url)
        nav = tab.get_by_role("navigation", name="Fixtures", exact=True)
        groups = nav.get_by_role("list")
        names = [groups.nth(i).get_attribute("aria-labelledby") for i in range(groups.count())]
        # What needs attention first, as the index: violations, to review, nothing to do.
        assert names == ["fixture-nav-violations", "fixture-nav-review", "fixture-nav-clean"]
        firsts = [groups.nth(i).get_by_role("link").first.get_attribute("href")
                  for i in range(groups.count())]
        assert firsts == [f"../{slug}/index.html" for slug in (FAILING, UNSURE, CLEAN)]
        assert nav.get_by_role("list", name="Accessibility violations (1)").is_visible()
        said = nav.evaluate("""(nav) => [...nav.querySelectorAll('li')].map((item) =>
          [...item.querySelectorAll('.toc__count')].map((badge) => badge.textContent))""")
        # A badge only for a count that is not zero, its mark saying it without colour and
        # its words to a screen reader; the clean fixture none.
        assert said[0][0] == "✖ 1 violation"
        assert f"▲ {UNSURE_COUNT} to review" in said[1]
        assert said[2] == [], "no row of zeros"
        assert all(text.split()[1] != "0" for badges in said for text in badges), said
        assert set(tab.eval_on_selector_all(".fixture-nav .toc__count [aria-hidden]",
                                            "els => els.map((e) => e.textContent.trim())")) == {
            "✖", "▲"}
        # Typed into by keyboard ("/" reaches it), by slug or headline; a group emptied hides.
        box = nav.get_by_role("searchbox", name="Filter by headline or slug")
        assert box.is_visible()
        tab.locator("body").press("/")
        assert tab.evaluate("document.activeElement.id") == "fixture-nav-filter"
        tab.keyboard.type("energy")
        links = nav.get_by_role("link")
        assert [links.nth(i).get_attribute("href") for i in range(links.count())
                if links.nth(i).is_visible()] == [f"../{UNSURE}/index.html"]
        assert not nav.get_by_role("list", name="Accessibility violations (1)").is_visible()
        assert tab.locator("#fixture-nav-shown").text_content() == "1 of 3 fixtures shown"
        tab.keyboard.press("Escape")
        assert all(links.nth(i).is_visible() for i in range(links.count()))
        # One list at a time: the header's menu gives way to it.
        assert not tab.locator("#switch-fixture").is_visible()
    # (round 46: from 600 px tall the list is shown from 1200 px, test_gallery_workspace46;
    # a short window keeps the menu)
    sandbox, opened = _open(auditor, gallery, f"fixtures/{CLEAN}/index.html", 1280, 560)
    with opened as tab:
        tab.goto(sandbox.url)
        assert tab.locator("#switch-fixture").is_visible(), "the menu, with no list beside"
        assert not tab.get_by_role("navigation", name="Fixtures", exact=True).is_visible()


def test_the_json_tab_shows_the_fixtures_json(auditor: Any, gallery: Path) -> None:
    """The tab showed a folded "Show the fixture's JSON" and looked empty."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{UNSURE}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.get_by_role("tab", name="Source").click()
        code = tab.get_by_role("region", name="The fixture's JSON")
        assert code.is_visible()
        box = code.bounding_box()
        assert box is not None
        assert box["height"] > 300
        text = code.inner_text()
        assert text.lstrip().startswith("{")
        assert '"headline": "Зима без блекаутів' in text
        # Round 44: lines are never wrapped (a right-to-left string wrapped inside its
        # isolate read scrambled); a line longer than the panel scrolls inside the region,
        # which takes the keyboard's focus, and the page itself does not scroll sideways.
        assert code.get_attribute("tabindex") == "0"
        assert code.evaluate("e => getComputedStyle(e.querySelector('pre')).whiteSpace") == "pre"
        assert tab.evaluate("document.documentElement.scrollWidth <= innerWidth")


@pytest.mark.parametrize("width", [1280, 1440])
def test_the_index_thumbnails_are_large_enough_to_see_the_page(auditor: Any, gallery: Path,
                                                              width: int) -> None:
    """Three a row drew the page at 1280 px 275 px wide on its card. (Round 46 has three a
    row again at 1280 px and four at 1440, each first screen wider than then: two a row ran
    18 fixtures to 5,175 px, round 45's review; test_gallery_review46.)"""
    sandbox, opened = _open(auditor, gallery, "index.html", width, 900)
    with opened as tab:
        tab.goto(sandbox.url)
        wide = tab.eval_on_selector_all(".card__screen--wide",
                                        "els => els.map((e) => e.getBoundingClientRect().width)")
        colours = tab.eval_on_selector_all(
            ".card__flags .count", "els => els.map((e) => getComputedStyle(e).backgroundColor)")
    assert len(wide) == 3
    # (round 51, review 50: five a row at 1280 px, six at 1440, so that most fixtures are
    # on the first screen: a fifth of the row)
    assert min(wide) >= 220, wide
    assert colours
    assert all(colour != "rgba(0, 0, 0, 0)" for colour in colours), "the counts coloured"
