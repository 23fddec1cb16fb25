"""Round 45's blind review of the gallery (6/10), in Chromium: the index three cards a row at
1280 px, a block story's props a read-only table in the static gallery (the disabled form
folded), each block screenshot opened at 100%, the Compare slider's line always drawn and
its label naming its ends, and on a phone the fixture's neighbours an arrow and a word, no
text cut by an ellipsis. Captured without a browser (:class:`Photos`)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import GalleryBuilder
from tests.browser.test_gallery_review17 import Photos
from tests.helpers import ARTICLES

FIXTURES = ("ar-local-elections-rtl", "en-council-video-lead", "en-rents-chart-footnotes",
            "en-storm-breaking-corrections")


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review46")
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    GalleryBuilder(folder / "out", capture=Photos(), blocks=True).build([folder])
    return folder / "out"


def _open(auditor: Any, gallery: Path, where: str, width: int, height: int = 900) -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / where.split("?")[0], root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height), sandbox)


# -- 1. The index: three cards a row at 1280 px (two ran 18 fixtures to 5,175 px). --
CARDS = """() => { const list = document.querySelector('.cards');
  const card = list.querySelector('.card'), wide = card.querySelector('.card__screen--wide');
  return {columns: getComputedStyle(list).gridTemplateColumns.split(' ').length,
          card: card.getBoundingClientRect().width, wide: wide.getBoundingClientRect().width,
          scroll: document.documentElement.scrollWidth}; }"""


@pytest.mark.parametrize(("width", "columns", "wide"), [
    (1280, 5, 220), (1600, 5, 220), (768, 3, 220), (375, 1, 240)])
def test_the_index_has_three_cards_a_row_at_1280_each_first_screen_legible(
        auditor: Any, gallery: Path, width: int, columns: int, wide: int) -> None:
    sandbox, opened = _open(auditor, gallery, "index.html", width)
    with opened as tab:
        tab.goto(sandbox.url)
        seen = tab.evaluate(CARDS)
    # (round 51, review 50: one fixture on the first screen, 18 in 3,089 px: five a row at
    # 1280 px, each first screen's top a fifth of the row, 220 px or more)
    assert seen["columns"] == columns, seen
    assert seen["wide"] >= wide, f"the first screen's thumbnail large enough to see: {seen}"
    assert seen["scroll"] <= width, "no sideways scroll"


# -- 2. A block story's props: a compact read-only table, the disabled form folded. --
ARGS = """() => { const form = document.querySelector('form[data-story-args]');
  const table = form.querySelector('.story-args__table');
  const fields = form.querySelector('.story-args__fields');
  return {rows: table ? [...table.querySelectorAll('tbody tr')].map((tr) =>
                  [tr.querySelector('th').innerText.trim(), tr.querySelector('td').innerText.trim()]) : [],
          tableShown: !!table && table.checkVisibility(),
          fieldsShown: fields.checkVisibility(), disabled: fields.disabled,
          summary: form.querySelector('summary')?.innerText.trim() ?? null,
          height: form.getBoundingClientRect().height}; }"""


@pytest.mark.parametrize("block", ["table", "chart"])
def test_a_static_block_story_shows_its_props_read_only_and_folds_the_form(
        auditor: Any, gallery: Path, block: str) -> None:
    sandbox, opened = _open(auditor, gallery, f"blocks/{block}/index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        seen = tab.evaluate(ARGS)
        assert seen["tableShown"], seen
        names = [name for name, _ in seen["rows"]]
        assert "caption" in names or "title" in names, seen
        assert all(value for _, value in seen["rows"]), "each prop with its value"
        assert not seen["fieldsShown"], "the disabled form folded away"
        assert seen["disabled"]
        assert seen["summary"] == "Edit (needs --serve)"
        # Compact: a line a prop under the heading and note (the greyed form was ~370 px).
        assert seen["height"] <= 150 + 34 * len(seen["rows"]), seen
        # The disclosure opens by keyboard: the controls, disabled, are there to read.
        summary = tab.locator("form[data-story-args] summary").first
        summary.focus()
        tab.keyboard.press("Enter")
        assert tab.evaluate(ARGS)["fieldsShown"]


# -- 3. Each block screenshot opens at 100% (the 1280 px row drawn at about a third). --
def test_each_block_screenshot_opens_at_its_own_size_by_keyboard(auditor: Any,
                                                                  gallery: Path) -> None:
    sandbox, opened = _open(auditor, gallery, "blocks/table/index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        figures = tab.locator(".variant figure.shot")
        assert figures.count() >= 8, "every width, light and dark"
        for index in range(figures.count()):
            link = figures.nth(index).get_by_role("link", name="Open at 100%")
            assert link.count() == 1, index
        wide = tab.get_by_role("region", name="Variant 1, 1280 px, light")
        drawn = wide.locator("img").evaluate("i => i.getBoundingClientRect().width / i.naturalWidth")
        assert drawn < 0.6, "the row is scaled down (why it opens)"
        opener = tab.get_by_role("link", name=re.compile(r"^Open at 100%\W+Variant 1 at 1280 px, light$"))
        box = opener.bounding_box()
        assert box is not None
        assert box["height"] >= 20, "a target to click"
        opener.focus()
        tab.keyboard.press("Enter")
        dialog = tab.get_by_role("dialog", name="Variant 1 at 1280 px, light")
        dialog.wait_for()
        image = dialog.locator("img")
        image.evaluate("i => i.complete || new Promise((r) => i.addEventListener('load', r))")
        size = image.evaluate("i => [i.getBoundingClientRect().width, i.naturalWidth]")
        assert size[1] == 1280
        assert abs(size[0] - size[1]) <= 1, "one pixel a CSS pixel"
        tab.keyboard.press("Escape")
        assert dialog.count() == 0
        assert tab.evaluate("document.activeElement.classList.contains('shot__open')")


# -- 4. Compare at 375 px: the slider's line drawn even when approved equals now. --
@pytest.fixture(scope="module")
def unchanged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.browser.test_gallery_review_flow import _gallery

    return _gallery(tmp_path_factory.mktemp("unchanged46"), change=False)


#: The slider's label as drawn (its hidden words left out).
SHOWN = """() => { const label = document.querySelector("label[for='compare-slider']").cloneNode(true);
  label.querySelectorAll('.visually-hidden').forEach((e) => e.remove()); return label.textContent; }"""
LINE = """() => { const b = document.querySelector(".pair-compare__side[data-side='b']");
  const line = getComputedStyle(b, '::after'), box = b.querySelector('.pair-compare__scroll').getBoundingClientRect();
  return {content: line.content, width: parseFloat(line.width), height: parseFloat(line.height),
          left: parseFloat(line.left), colour: line.backgroundColor, box: box.width, boxHeight: box.height}; }"""


def test_the_compare_slider_draws_its_line_and_names_its_ends(auditor: Any,
                                                               unchanged: Path) -> None:
    sandbox, opened = _open(auditor, unchanged, "compare.html", 375, 812)
    with opened as tab:
        tab.goto(sandbox.url + "?mode=approved&a=one&width=320&scheme=light")
        slider = tab.get_by_role("slider", name="Approved on the left, slider on the right: Now")
        assert slider.is_visible()
        assert " ".join(tab.evaluate(SHOWN).split()) == "Approved ← slider → Now"
        seen = tab.evaluate(LINE)
        assert seen["content"] != "none", seen
        assert seen["width"] >= 2, seen
        assert seen["height"] >= 0.9 * seen["boxHeight"], "down the whole screenshot"
        assert abs(seen["left"] - seen["box"] / 2) <= 2, "at the slider's 50%"
        slider.focus()
        for _ in range(20):
            tab.keyboard.press("ArrowRight")
        moved = tab.evaluate(LINE)
        assert abs(moved["left"] - 0.7 * moved["box"]) <= 2, "the line follows the slider"
        # Two fixtures: the label names them so.
        tab.get_by_role("radio", name="Two fixtures").check()
        assert " ".join(tab.evaluate(SHOWN).split()) == "First ← slider → Second"


# -- 5. On a phone the fixture's neighbours an arrow and a word, nothing cut. --
PAGER = """() => [...document.querySelectorAll('.fixture-head .pager a')].map((a) => {
  const box = a.getBoundingClientRect(), cut = [...a.querySelectorAll('*')].filter((e) =>
    getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1 && e.checkVisibility());
  const drawn = (e) => e.getBoundingClientRect().width > 2 && getComputedStyle(e).clipPath === 'none';
  const word = a.querySelector('.pager__word');
  return {rel: a.rel, text: [a.querySelector('.pager__arrow'), word].filter(drawn)
            .map((e) => e === word ? e.firstChild.textContent : e.textContent).join(' ').split(' ')
            .sort((x, y) => (x === '→') - (y === '→')).join(' '),
          headline: drawn(a.querySelector('.pager__headline')), colon: drawn(a.querySelector('.pager__colon')),
          title: a.title, cut: cut.length,
          scroll: a.scrollWidth, client: a.clientWidth, height: box.height, left: box.left, right: box.right}; })"""


@pytest.mark.parametrize("width", [375, 320])
def test_on_a_phone_the_neighbours_are_an_arrow_and_a_word_none_cut(
        auditor: Any, gallery: Path, width: int) -> None:
    sandbox, opened = _open(auditor, gallery, "fixtures/en-council-video-lead/index.html",
                            width, 812)
    with opened as tab:
        tab.goto(sandbox.url)
        links = {link["rel"]: link for link in tab.evaluate(PAGER)}
        named = {rel: tab.locator(f".fixture-head .pager a[rel={rel}]").evaluate(
            "a => a.textContent.replace(/[←→]/g, '').replace(/\\s+/g, ' ').trim()")
            for rel in links}
    assert set(links) == {"prev", "next"}
    assert links["prev"]["text"] == "← Previous"
    assert links["next"]["text"] == "Next →"
    for rel, link in links.items():
        assert link["cut"] == 0, link
        assert not link["headline"], "the headline not drawn (no ellipsis)"
        assert not link["colon"]
        assert link["scroll"] <= link["client"] + 1, link
        assert link["height"] >= 24, "a 24 px target"
        assert 0 <= link["left"] <= link["right"] <= width
        # Its whole headline still its name (after "Previous: ") and its tooltip.
        assert named[rel] == ("Previous: " if rel == "prev" else "Next: ") + link["title"], named
    assert links["prev"]["right"] < links["next"]["left"], "side by side"
