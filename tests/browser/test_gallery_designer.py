"""The gallery as a designer uses it, in Chromium (the blind review's findings): every fixture
on two screens at 1280 px, each card the page at 1280 px with a phone's first screen beside
it, block types in words, a fixture switcher, two fixtures compared, the whole page in the
"Open full size" dialog, and the live page zoomed as a reader zooms."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import build_gallery
from tests.helpers import ARTICLE_FILES, ARTICLES

#: Where the screenshots of these tests go for a person to look at (kept after the run).
LOOKED_AT = Path("/tmp/broadsheet-gallery-designer")
#: Two fixtures: one left to right, one right to left.
PAIR = ("en-storm-breaking-corrections", "fa-explainer-water-shortage")


@pytest.fixture(scope="module")
def every_fixture(fixtures_gallery: Path) -> Path:
    """Every fixture, built without a browser (the cards keep the size of their pictures),
    once per session (tests/conftest.py)."""
    return fixtures_gallery


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory, auditor: Any) -> Path:
    """:data:`PAIR` with screenshots at 375 and 1280 px (the phone and wide thumbnails)."""
    from broadsheet.preview.capture import ChromiumCapture

    folder = tmp_path_factory.mktemp("pair")
    shutil.copytree(ARTICLES / "images", folder / "images")
    for name in PAIR:
        shutil.copy(ARTICLES / f"{name}.json", folder)
    out = folder / "out"
    with ChromiumCapture((375, 1280), auditor=auditor, views=False, audit=False) as capture:
        build_gallery(sorted(folder.glob("*.json")), out, capture=capture)
    return out


def _open(auditor: Any, root: Path, page: str, width: int,
          height: int = 800) -> tuple[Any, Any]:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(root / page, root=root)
    return sandbox, auditor.page(AuditOptions(width=width, height=height), sandbox)


def test_every_fixture_card_is_three_a_row_at_1280_and_compact(auditor: Any,
                                                                every_fixture: Path) -> None:
    """Eighteen cards took ~5,000 px (a tall picture, the same tags on every card, two
    labelled status groups, a Details fold); then five a row had thumbnails too small to
    recognise a page (236 × 98 px), three a row still too small (275 px wide): then two a
    row, each at most 440 px tall. Round 46: three a row again (two ran 18 fixtures to
    5,175 px), each first screen about 300 px wide (test_gallery_review46)."""
    sandbox, opened = _open(auditor, every_fixture, "index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        LOOKED_AT.mkdir(exist_ok=True)
        tab.screenshot(path=str(LOOKED_AT / "index-1280.png"), full_page=True)
        bottoms = tab.eval_on_selector_all(
            "li.card", "els => els.map(e => e.getBoundingClientRect().bottom + scrollY)")
        columns = tab.eval_on_selector(
            "ul.cards", "e => getComputedStyle(e).gridTemplateColumns.split(' ').length")
    assert len(bottoms) == len(ARTICLE_FILES) >= 18
    rows = -(-len(bottoms) // 3)
    # Round 48: the first screen the card's width (about 390 × 245 px, its text legible; the
    # review found the ~300 px one beside the phone's unreadable), so a row is about 70 px
    # taller: at most 500 px a row
    assert max(bottoms) <= 400 + rows * 500, f"the last card ends at {max(bottoms):.0f} px"
    # (round 51, review 50: at least three a row, five at 1280 px, so most fixtures are on
    # the first screen)
    assert columns >= 3


def test_a_card_says_only_what_needs_a_look(auditor: Any, every_fixture: Path) -> None:
    """No tag repeated on every card: a clean fixture's card says so in one quiet line, a
    card with violations says them in colour; a genre other than news is named."""
    sandbox, opened = _open(auditor, every_fixture, "index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        cards = tab.eval_on_selector_all("li.card", """els => els.map((card) => ({
          status: card.dataset.status,
          chips: [...card.querySelectorAll('.card__flags .count')].map(e => e.textContent.trim()),
          colour: [...card.querySelectorAll('.card__flags .count--bad')].map(
            e => getComputedStyle(e).color),
          fine: card.querySelector('.card__fine')?.textContent.trim() ?? null,
          tags: card.querySelectorAll('.card__tags, .tag--language, .tag--direction').length}))""")
    assert all(card["tags"] == 0 for card in cards)
    clean = [card for card in cards if not card["chips"]]
    assert clean
    assert all(card["fine"] and card["fine"].startswith("✔ No violations found")
                         for card in clean)
    bad = [card for card in cards if card["status"] == "violations"]
    assert bad
    assert all(card["chips"][0].startswith("✖ ") and card["colour"] for card in bad)
    assert {colour for card in bad for colour in card["colour"]} == {"rgb(164, 22, 26)"}


def test_each_card_shows_a_phone_screen_beside_the_wide_one(auditor: Any,
                                                            captured: Path) -> None:
    sandbox, opened = _open(auditor, captured, "index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function("[...document.images].every(i => i.complete)")
        cards = tab.eval_on_selector_all("li.card", """els => els.map((card) => {
          const box = (e) => e.getBoundingClientRect().toJSON();
          const wide = card.querySelector('img.card__thumb');
          const phone = card.querySelector('img.card__phone');
          return {wide: box(wide), phone: box(phone), src: phone.getAttribute('src'),
                  natural: [phone.naturalWidth, phone.naturalHeight],
                  title: box(card.querySelector('.card__title')),
                  align: getComputedStyle(card.querySelector('.card__title')).textAlign,
                  dir: card.querySelector('.card__title').dir}; })""")
        LOOKED_AT.mkdir(exist_ok=True)
        tab.locator("ul.cards").first.screenshot(path=str(LOOKED_AT / "cards.png"))
    assert len(cards) == 2
    for card in cards:
        wide, phone = card["wide"], card["phone"]
        assert card["src"].endswith("shots/thumbnail-phone.jpg")
        assert card["natural"][0] > 0, "the phone thumbnail loaded"
        assert card["natural"][1] > card["natural"][0], "a phone's screen: taller than wide"
        # Round 48: small over the wide screen's corner (it was beside it, the wide one ~300
        # px wide and unreadable), the wide one the card's width
        assert wide["left"] - 1 <= phone["left"], "over the wide screen"
        assert phone["right"] <= wide["right"] + 1, "over the wide screen"
        assert wide["top"] <= phone["top"]
        assert phone["bottom"] <= wide["bottom"] + 1
        assert 40 <= phone["width"] <= 0.3 * wide["width"]
        assert card["title"]["top"] >= wide["bottom"]
    assert {card["dir"]: card["align"] for card in cards} == {"ltr": "start", "rtl": "start"}


def test_block_types_are_words_from_the_block_registry(auditor: Any,
                                                       every_fixture: Path) -> None:
    from broadsheet.blocks import BLOCKS

    sandbox, opened = _open(auditor, every_fixture, "index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        options = tab.eval_on_selector_all("#filter-block option[value]:not([value=''])",
                                           "els => els.map(e => [e.value, e.textContent])")
        tab.click("#filters-toggle")  # round 51: folded under "Filters"
        tab.select_option("#filter-block", "pullquote")
        shown = tab.eval_on_selector_all("li.card:not([hidden])", "els => els.length")
    said = dict(options)
    assert said["pullquote"] == "Pull quote"
    assert said["factbox"] == "Fact box"
    assert all(said[kind] == BLOCKS[kind].name for kind in said)
    assert 0 < shown < len(ARTICLE_FILES), "the value filters as before"


def test_the_top_bar_switches_fixture(auditor: Any, captured: Path) -> None:
    # (round 46: from 1200 x 600 the fixtures are listed beside the workspace instead, the
    # menu hidden: test_gallery_workspace46; a shorter window keeps the menu)
    sandbox, opened = _open(auditor, captured, f"fixtures/{PAIR[0]}/index.html", 1280, 560)
    with opened as tab:
        tab.goto(sandbox.url)
        bar = tab.eval_on_selector(".gallery-header", "e => e.getBoundingClientRect().height")
        chosen = tab.eval_on_selector("#switch-fixture", "e => e.selectedOptions[0].textContent")
        here = tab.eval_on_selector("#switch-fixture", f"""e => [...e.options].filter(
          (o) => o.value.includes('/{PAIR[0]}/')).map((o) => [o.textContent, o.disabled])""")
        other = tab.eval_on_selector("#switch-fixture", f"""e => [...e.options].find(
          (o) => o.value.includes('/{PAIR[1]}/')).value""")
        # The audit's sandbox stops the page leaving: the request it makes is what it opens.
        with tab.expect_request(f"**/fixtures/{PAIR[1]}/index.html") as opening:
            tab.get_by_label("Fixture", exact=True).select_option(value=other)
        assert opening.value.is_navigation_request()
    assert bar <= 64, "one line at 1280 px"
    # A jump menu (round 43): its prompt shown, this page's fixture listed but not offered.
    assert chosen == "Go to a fixture…"
    assert len(here) == 1
    assert here[0][0].startswith("Storm Isha")
    assert here[0][1], "disabled"


def test_two_fixtures_compare_side_by_side_at_one_width(auditor: Any, captured: Path) -> None:
    sandbox, opened = _open(auditor, captured, "compare.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.select_option("#compare-a", PAIR[1])
        tab.select_option("#compare-b", PAIR[0])
        tab.select_option("#compare-width", "375")
        tab.get_by_role("radio", name="Dark").check()
        tab.wait_for_function("[...document.querySelectorAll('.pair-compare img')]"
                              ".every(i => i.complete && i.naturalWidth)")
        sides = tab.eval_on_selector_all(".pair-compare img", """els => els.map(e => ({
          src: e.getAttribute('src'), natural: e.naturalWidth,
          box: e.getBoundingClientRect().toJSON()}))""")
        address = tab.evaluate("location.search")
        tab.screenshot(path=str(LOOKED_AT / "compare.png"))
    assert [side["src"] for side in sides] == [f"fixtures/{PAIR[1]}/shots/375-dark.png",
                                               f"fixtures/{PAIR[0]}/shots/375-dark.png"]
    assert sides[0]["box"]["right"] < sides[1]["box"]["left"], "side by side"
    assert sides[0]["natural"] == sides[1]["natural"], "the same width"
    assert f"a={PAIR[1]}" in address
    assert "width=375" in address
    assert "scheme=dark" in address


def test_open_full_size_shows_the_whole_page_loaded_only_then(auditor: Any,
                                                              captured: Path) -> None:
    from PIL import Image

    sandbox, opened = _open(auditor, captured, f"fixtures/{PAIR[0]}/index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        # The screenshots are in their tab's panel, hidden until the tab is chosen.
        assert tab.locator("section[aria-labelledby='screenshots']").is_hidden()
        tab.click("[role=tab][href='#screenshots']")
        link = tab.locator("section[aria-labelledby='screenshots'] a[data-enlarge]").first
        href = link.get_attribute("href")
        assert tab.locator("dialog img").count() == 0, "nothing loaded before it is asked for"
        link.click()
        tab.wait_for_function("document.querySelector('dialog img')?.naturalHeight > 0")
        natural = tab.eval_on_selector("dialog img", "e => [e.naturalWidth, e.naturalHeight]")
        said = tab.text_content(".enlarged__size")
        tab.keyboard.press("Escape")
        assert tab.evaluate("document.activeElement.dataset.enlarge") is not None
    with Image.open(captured / "fixtures" / PAIR[0] / str(href)) as image:
        assert tuple(natural) == image.size
    assert natural[1] > 2000, "the whole page, not its first screen"
    assert said.startswith(f"The whole page: {natural[0]} × {natural[1]} pixels")


def test_the_live_page_zooms_as_a_reader_zooms(auditor: Any, captured: Path) -> None:
    """200% at 375 px: the page inside lays out at half the width, drawn twice as large."""
    sandbox, opened = _open(auditor, captured, f"fixtures/{PAIR[0]}/index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        frame = tab.locator(".preview-frame--light")
        frame.scroll_into_view_if_needed()
        tab.get_by_role("radio", name="375 px").check()  # not the default: the widest that fits
        tab.get_by_role("radio", name="200%").check()
        tab.wait_for_function("document.querySelector('.preview-frame--light')"
                              ".contentWindow.innerWidth < 200")
        inner = tab.evaluate("document.querySelector('.preview-frame--light')"
                             ".contentWindow.innerWidth")
        drawn = frame.bounding_box()
        note = tab.text_content("#frame-note") or ""
        tab.get_by_role("radio", name="100%").check()
        back = tab.evaluate("document.querySelector('.preview-frame--light')"
                            ".contentWindow.innerWidth")
    assert inner in (187, 188)
    assert drawn is not None
    assert 374 <= drawn["width"] <= 380, "drawn at the width chosen"
    assert note.startswith("Zoomed to 200%: the page laid out 188 CSS px wide")
    assert back == 375
