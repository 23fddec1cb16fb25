"""What a designer's review of the gallery asked for, seen in the pages it writes: every
picture loaded with the page at its own size, section tabs with counts, a failing card
showing where it fails, each changed screenshot approvable on its own, and the compare
page opening on the fixture's approved and new look."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from broadsheet.preview.regression import approve_schemes
from broadsheet.preview.schemes import eager_images
from tests.helpers import parse_html, text_of
from tests.preview.captures import MARKED, marked_gallery


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review")
    marked_gallery(folder)
    return folder / "out"


def _page(gallery: Path, name: str = "fixtures/storm/index.html") -> object:
    return parse_html((gallery / name).read_text("utf-8"))


def test_screenshots_and_views_load_with_the_page_their_size_kept(gallery: Path) -> None:
    page = _page(gallery)
    shots = page.xpath("//section[@aria-labelledby='screenshots']//img")
    assert len(shots) == 2
    for image in shots:
        assert (image.get("loading"), image.get("width"), image.get("height")) == (
            None, "320", "600"), "loaded with the page, its place kept"
    frames = page.xpath("//iframe[contains(@class, 'preview-frame')]")
    assert frames
    assert all(frame.get("loading") is None for frame in frames)


def test_the_live_frame_loads_the_pages_pictures_at_once() -> None:
    html = ('<p>loading="lazy"</p><img src="a.jpg" alt="" loading="lazy" width="2">'
            '<iframe src="https://x.example" loading="lazy"></iframe>')
    assert eager_images(html) == html.replace('alt="" loading="lazy"', 'alt="" loading="eager"')


def test_the_gallery_frame_copies_have_no_lazy_picture(gallery: Path) -> None:
    page = (gallery / "fixtures" / "storm" / "page.html").read_text("utf-8")
    for scheme in ("light", "dark"):
        framed = parse_html((gallery / "fixtures" / "storm" / f"page-{scheme}.html")
                            .read_text("utf-8"))
        assert framed.xpath("//img[@loading='lazy']") == []
    assert 'loading="lazy"' in page or "<img" not in page, "the page itself is unchanged"


def test_the_section_tabs_count_what_each_section_holds(gallery: Path) -> None:
    """In words, only what needs attention (issue 17: "Findings 0 ▲2" read as a cryptic
    pair, "Screenshots 8" as something to fix)."""
    page = _page(gallery)
    tabs = {a.get("href"): a for a in page.xpath("//nav[@class='toc']//a")}
    found = json.loads((gallery / "fixtures/storm/findings.json").read_text("utf-8"))
    failed = [f for f in found["findings"] if f["outcome"] == "failed"]
    counted, *rest = tabs["#findings"].xpath(".//span[contains(@class, 'toc__count')]")
    assert counted.get("class") == "toc__count toc__count--bad"
    # Violations, as the status badges count them; then the items to review, apart.
    assert text_of(counted) == f"✖ {len(failed)} violation{'' if len(failed) == 1 else 's'}"
    reviews = len(found["findings"]) - len(failed)
    assert [text_of(span) for span in rest] == ([f"▲ {reviews} to review"] if reviews else [])
    assert failed
    changes = tabs["#changes"].xpath(".//span[contains(@class, 'toc__count')]")[0]
    assert (text_of(changes), changes.get("class")) == ("✖ 1 changed", "toc__count toc__count--bad")
    assert text_of(tabs["#screenshots"]) == "Screenshots", "a count of what is merely there"
    order = list(tabs)
    sections = [f"#{s.get('aria-labelledby')}" for s in page.xpath("//main//section[@class]")
                if f"#{s.get('aria-labelledby')}" in tabs]
    assert order == sections, "the tabs in the order of the sections they open"


def test_a_failing_cards_picture_is_its_worst_findings_crop(gallery: Path) -> None:
    index = _page(gallery, "index.html")
    [card] = index.xpath("//li[contains(concat(' ', @class, ' '), ' card ')]")
    [wide] = card.xpath(".//span[contains(@class, 'card__screen--wide')]")
    [image] = wide.xpath(".//img")
    assert image.get("src") == "fixtures/storm/shots/finding-0.png"
    assert (image.get("width"), image.get("height")) == ("200", "120")
    assert text_of(wide) == f"✖ {MARKED.rule}"


def test_each_changed_screenshot_offers_its_own_approval(gallery: Path) -> None:
    page = _page(gallery)
    boxes = page.xpath("//div[contains(@class, 'verdict--shot')]")
    assert [box.get("data-shot") for box in boxes] == ["320-light"], "only the one that changed"
    command = boxes[0].get("data-command")
    assert command.startswith("broadsheet preview --approve --approve-widths 320 "
                              "--approve-schemes light ")
    assert boxes[0].xpath(".//code[@class='verdict__command']/text()") == [command]
    assert text_of(boxes[0].xpath(".//button[@data-verdict='approve']")[0]) == (
        "Accept this screenshot (320 px, light)")
    assert text_of(boxes[0].xpath(".//button[@data-verdict='reject']")[0]) == (
        "Request changes (320 px, light)")
    assert text_of(boxes[0].xpath(".//label[@for='note-320-light']")[0]) == (
        "Note for the author (optional) (320 px, light)")
    # (round 48: the link at the end of the measure's line)
    [link] = page.xpath("//article[contains(@class, 'change')]//a[@class='change__links']")
    assert link.get("href") == "../../compare.html?mode=approved&a=storm&width=320&scheme=light"


def test_the_compare_page_opens_on_the_approved_and_new_look(gallery: Path) -> None:
    page = _page(gallery, "compare.html")
    assert page.xpath("//input[@name='mode'][@checked]/@value") == ["approved"]
    images = page.xpath("//div[@id='pair-compare-stage']//img")
    assert [i.get("src") for i in images] == ["fixtures/storm/shots/approved-320-light.png",
                                              "fixtures/storm/shots/320-light.png"]
    assert [i.get("width") for i in images] == ["320", "320"], "each at the page's own size"
    assert [text_of(s) for s in page.xpath("//span[@class='pair-compare__what']")] == [
        "Approved", "Now"]


def test_schemes_to_approve_are_light_dark_or_both() -> None:
    assert approve_schemes("dark") == ("dark",)
    assert approve_schemes("dark, light") == ("light", "dark")
    for wrong in ("", "blue", "light,light"):
        with pytest.raises(ValueError, match="scheme"):
            approve_schemes(wrong)
