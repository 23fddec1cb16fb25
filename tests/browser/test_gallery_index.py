"""The gallery's index in Chromium: compact cards on a phone, the language filter by primary
language with its regions inside, and the fixture page's section menu showing that it
scrolls."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ARTICLE_FILES, load_json

#: Each card's box, and its thumbnail's and title's.
CARDS = """() => [...document.querySelectorAll('li.card')].map((card) => {
  const box = (el) => el ? el.getBoundingClientRect().toJSON() : null;
  return {card: box(card), thumb: box(card.querySelector('.card__thumb')),
          title: box(card.querySelector('.card__title')), hidden: card.hidden,
          language: card.dataset.language};
})"""


@pytest.fixture(scope="module")
def gallery(fixtures_gallery: Path) -> Path:
    return fixtures_gallery  # built once per session (tests/conftest.py)


def test_a_phone_shows_compact_cards_thumbnail_beside_title(auditor: Any, gallery: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "index.html")
    with auditor.page(AuditOptions(width=375), sandbox) as tab:
        tab.goto(sandbox.url)
        cards = tab.evaluate(CARDS)
        assert len(cards) == len(ARTICLE_FILES)
        for card in cards:
            thumb, title = card["thumb"], card["title"]
            assert thumb["right"] <= title["left"] or thumb["left"] >= title["right"], (
                "the thumbnail sits beside the title")
            assert thumb["width"] <= 120
            assert card["card"]["height"] <= 330, card
        assert tab.evaluate("document.documentElement.scrollWidth") == 375


def test_the_language_filter_groups_regions_under_their_language(auditor: Any,
                                                                 gallery: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    languages = [load_json(path)["language"] for path in ARTICLE_FILES]
    english = [tag for tag in languages if tag.split("-")[0] == "en"]
    assert len(set(english)) > 1, "the fixtures have English in more than one region"
    sandbox = Sandbox.for_file(gallery / "index.html")
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        groups = tab.evaluate("""() => [...document.querySelectorAll('#filter-language optgroup')]
          .map((group) => [group.label, [...group.querySelectorAll('option')].map((o) => o.value)])""")
        assert ["English", ["en", *sorted(set(english) - {"en"})]] in groups
        tab.select_option("#filter-language", "en")
        shown = [card["language"] for card in tab.evaluate(CARDS) if not card["hidden"]]
        assert sorted(shown) == sorted(english)
        tab.select_option("#filter-language", "en-GB")
        shown = [card["language"] for card in tab.evaluate(CARDS) if not card["hidden"]]
        assert shown == ["en-GB"] * languages.count("en-GB")
        tab.select_option("#filter-language", "ar")
        shown = [card["language"] for card in tab.evaluate(CARDS) if not card["hidden"]]
        assert shown == ["ar"] * languages.count("ar")


def test_the_section_menu_shows_it_scrolls_on_a_phone(auditor: Any, gallery: Path) -> None:
    """Cut off at 375 px, the menu's far edge is shaded until it is scrolled to its end."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    page = gallery / "fixtures" / "rferl-lukashenka-cnn-interview" / "index.html"
    sandbox = Sandbox.for_file(page, root=gallery)
    with auditor.page(AuditOptions(width=375), sandbox) as tab:
        tab.goto(sandbox.url)
        toc = tab.locator("nav.toc")
        assert tab.evaluate("() => { const t = document.querySelector('nav.toc'); "
                            "return t.scrollWidth > t.clientWidth; }"), "the menu is cut off"

        def edge(side: str) -> float:
            """How dark the menu's strip is at its right or left end (mean luminance)."""
            from io import BytesIO

            from PIL import Image, ImageStat

            box = toc.bounding_box()
            assert box is not None
            with Image.open(BytesIO(toc.screenshot())) as image:
                x = image.width - 3 if side == "right" else 1
                strip = image.convert("L").crop((x, 0, x + 2, image.height))
                return float(ImageStat.Stat(strip).mean[0])

        before = edge("right")
        tab.evaluate("document.querySelector('nav.toc').scrollLeft = 1e6")
        after = edge("right")
        assert before < after - 8, "a shadow marks more menu to the right, gone at the end"
        assert edge("left") < after - 8, "and once scrolled, one marks more to the left"


#: A common phone's screen (CSS px): the first card should be on it.
PHONE = (375, 812)


def test_on_a_phone_the_filters_fold_and_the_first_card_is_on_the_first_screen(
        auditor: Any, gallery: Path) -> None:
    """The title, two paragraphs and six filter fields pushed the first card ~1,300 px down
    on a phone: the fields now fold under a button (open when wide, or when a filter is in
    use), and "/" unfolds them to search."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "index.html")
    with auditor.page(AuditOptions(width=PHONE[0], height=PHONE[1]), sandbox) as tab:
        tab.goto(sandbox.url)
        assert tab.get_by_role("button", name="Show the filters").is_visible()
        toggle = tab.locator("#filters-toggle")
        assert toggle.get_attribute("aria-expanded") == "false"
        assert not tab.locator("#filter-language").is_visible()
        assert tab.locator("#filter-count").is_visible()
        first = tab.evaluate(CARDS)[0]["card"]
        assert first["top"] < PHONE[1] - 100, f"the first card starts at {first['top']} px"
        toggle.focus()
        tab.keyboard.press("Enter")
        assert toggle.get_attribute("aria-expanded") == "true"
        assert toggle.inner_text() == "Hide the filters"
        assert tab.locator("#filter-language").is_visible()
        tab.keyboard.press("Enter")
        assert not tab.locator("#filter-language").is_visible()
        tab.focus("h1")
        tab.keyboard.press("/")
        assert tab.evaluate("document.activeElement.id") == "filter-name"
    sandbox.allow_navigation()
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        assert tab.locator("#filter-language").is_visible()
        assert not tab.locator("#filters-toggle").is_visible()
