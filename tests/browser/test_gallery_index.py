"""The gallery's index in Chromium: cards whose screens span them on a phone, and the
language filter by primary language with its regions inside."""

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


def test_a_phone_shows_each_card_s_screens_across_it_above_the_title(auditor: Any,
                                                                   gallery: Path) -> None:
    """Thumbnails large enough to recognise a page (a blind review found the 7rem ones too
    small): on a phone the screens span the card, the title below them."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "index.html")
    with auditor.page(AuditOptions(width=375), sandbox) as tab:
        tab.goto(sandbox.url)
        cards = tab.evaluate(CARDS)
        assert len(cards) == len(ARTICLE_FILES)
        for card in cards:
            thumb, title = card["thumb"], card["title"]
            assert thumb["bottom"] <= title["top"], "the screens above the title"
            assert thumb["width"] >= 200, thumb
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
        tab.click("#filters-toggle")  # round 51: folded under "Filters" at every width
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


#: A common phone's screen (CSS px): the first card should be on it.
PHONE = (375, 812)


def test_on_a_phone_the_filters_fold_and_the_first_card_is_on_the_first_screen(
        auditor: Any, gallery: Path) -> None:
    """The title, two paragraphs and six filter fields pushed the first card ~1,300 px down
    on a phone: the fields now fold under a button (open when a filter is in use; round 51:
    folded when wide too, the search in sight beside the button), and "/" goes to the search."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "index.html")
    with auditor.page(AuditOptions(width=PHONE[0], height=PHONE[1]), sandbox) as tab:
        tab.goto(sandbox.url)
        assert tab.get_by_role("button", name="Filters").is_visible()
        toggle = tab.locator("#filters-toggle")
        assert toggle.get_attribute("aria-expanded") == "false"
        assert not tab.locator("#filter-language").is_visible()
        assert tab.locator("#filter-count").is_visible()
        first = tab.evaluate(CARDS)[0]["card"]
        assert first["top"] < PHONE[1] - 100, f"the first card starts at {first['top']} px"
        toggle.focus()
        tab.keyboard.press("Enter")
        assert toggle.get_attribute("aria-expanded") == "true"
        assert tab.locator("#filter-language").is_visible()
        tab.keyboard.press("Enter")
        assert not tab.locator("#filter-language").is_visible()
        tab.focus("h1")
        tab.keyboard.press("/")
        assert tab.evaluate("document.activeElement.id") == "filter-name"
    sandbox.allow_navigation()
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        # round 51 (review 50: nine controls open took y=122-270 at 1280 px): folded there
        # too, the search beside the button, the button opening them
        tab.goto(sandbox.url)
        assert tab.locator("#filter-name").is_visible()
        assert not tab.locator("#filter-language").is_visible()
        tab.click("#filters-toggle")
        assert tab.locator("#filter-language").is_visible()
