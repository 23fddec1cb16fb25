"""Issue 17, the gallery's review at 6/10 (against Storybook + Chromatic), in Chromium: the
checks' tabs one row beside the live page and on a phone, scrolled sideways with a cue of
more, targets 24 px and more (44 px tall on a phone); the Screenshots tab following the
scheme switch; a chosen switch that stands out in the dark scheme; right-to-left page text
quoted in a finding on a line of its own."""

from __future__ import annotations

import colorsys
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import GalleryBuilder
from tests.browser.colour import contrast, rgb
from tests.browser.test_gallery_review17 import PHOTO_ESSAY, Photos, _open
from tests.helpers import ARTICLES

ARABIC = "ar-local-elections-rtl"
PERSIAN = "fa-explainer-water-shortage"

@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The photo essay's gallery, its screenshots photographs, light and dark (:class:`Photos`)."""
    folder = tmp_path_factory.mktemp("review6")
    shutil.copy(ARTICLES / f"{PHOTO_ESSAY}.json", folder / f"{PHOTO_ESSAY}.json")
    GalleryBuilder(folder / "out", capture=Photos()).build([folder])
    return folder / "out"


ROW = """() => {
  const strip = document.querySelector('.toc[data-tabs]'), ul = strip.querySelector('ul');
  const box = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height}; };
  const shown = (e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
  return {row: box(ul), scrolled: ul.scrollLeft, room: ul.scrollWidth - ul.clientWidth,
          tabs: [...ul.querySelectorAll('[role=tab]')].map((a) => ({href: a.getAttribute('href'),
                  selected: a.getAttribute('aria-selected'), ...box(a)})),
          start: [...strip.querySelectorAll('.toc__more--start')].filter(shown).map(box),
          end: [...strip.querySelectorAll('.toc__more--end')].filter(shown).map(box),
          page: document.documentElement.scrollWidth}; }"""


LABELS = """() => [...document.querySelectorAll('.toc [role=tab]')].map((a) => {
  const row = a.closest('ul').getBoundingClientRect(), box = a.getBoundingClientRect();
  return {label: a.textContent.trim(), left: box.left, right: box.right, top: box.top,
          rowLeft: row.left, rowRight: row.right, cut: a.scrollWidth > a.clientWidth + 1}; })"""


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1440, 900)])
def test_beside_the_live_page_every_tab_is_in_sight_on_two_rows_at_most(
        auditor: Any, gallery: Path, width: int, height: int) -> None:
    """The review: "Screensho›" cut under the arrow in the panel at 1280 px; then two rows
    were hard to scan, then one row showed 2-4 of the 8 tabs behind "6 more ›" (the seventh
    review, issue 17). Beside the live page: every tab whole and inside the row, on two rows
    at most, no cue counting hidden ones; named as the docs name them; arrow keys and End
    still move between them."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{PHOTO_ESSAY}/index.html", width,
                            height)
    with opened as tab:
        tab.goto(sandbox.url)
        tabs = tab.evaluate(LABELS)
        seen = tab.evaluate(ROW)
        assert [each["label"].split()[0] for each in tabs][-3:] == ["Spoken", "Outline", "Source"]
        assert 1 <= len({round(each["top"]) for each in tabs}) <= 2, tabs
        assert seen["end"] == [], seen
        assert seen["start"] == [], seen
        for each in tabs:
            assert each["rowLeft"] - 1 <= each["left"], each
            assert each["right"] <= each["rowRight"] + 1, each
            assert not each["cut"], each
        for each in seen["tabs"]:
            assert each["width"] >= 24, each
            assert each["height"] >= 24, each
        tab.focus("[role=tab][aria-selected=true]")
        tab.keyboard.press("End")
        assert tab.evaluate("document.activeElement.getAttribute('href')") == "#source"
        assert tab.is_visible("#source")
        tab.keyboard.press("ArrowRight")  # round to the first
        assert tab.evaluate("document.activeElement.getAttribute('aria-selected')") == "true"
        assert tab.evaluate("document.activeElement.getAttribute('href')") != "#source"


def test_on_a_phone_the_tabs_are_one_row_scrolled_sideways_with_a_cue_of_more(
        auditor: Any, gallery: Path) -> None:
    """On a phone one row, each tab 44 px tall; an arrow at the side where more tabs are,
    which scrolls to them; End (the ARIA tabs' keys) chooses the last, brought whole into
    the row, clear of the arrow, and the cue moves to the other side."""
    width = 375
    sandbox, opened = _open(auditor, gallery, f"fixtures/{PHOTO_ESSAY}/index.html", width, 812)
    with opened as tab:
        tab.goto(sandbox.url)
        first = tab.evaluate(ROW)
        tops = {round(each["top"]) for each in first["tabs"]}
        assert len(first["tabs"]) >= 6
        assert len(tops) == 1, f"one row, not {len(tops)}"
        for each in first["tabs"]:
            assert each["width"] >= 24, each
            assert each["height"] >= 44 - 0.5, each
        assert first["room"] > 0, "more tabs than the row shows (the cue is tested)"
        assert first["start"] == [], "nothing before the first tab"
        [arrow] = first["end"]
        # The cue past the row's end, in its own room (round 42's review: a tab was cut
        # mid-word under it when it lay over the row).
        assert first["row"]["right"] - 1 <= arrow["left"] < arrow["right"] <= width
        assert arrow["width"] >= 24
        assert arrow["height"] >= 24
        assert first["page"] == width, "the window never scrolls sideways"
        # The arrow scrolls the row to the tabs it hid.
        tab.click(".toc__more--end")
        tab.wait_for_function("document.querySelector('.toc ul').scrollLeft > 40")
        # By keyboard: End chooses the last tab, whole in the row.
        tab.evaluate("document.querySelector('.toc ul').scrollLeft = 0")
        tab.focus("[role=tab][aria-selected=true]")
        tab.keyboard.press("End")
        tab.wait_for_function("document.querySelector('.toc[data-more-start]')")
        last = tab.evaluate(ROW)
        chosen = [each for each in last["tabs"] if each["selected"] == "true"]
        assert [each["href"] for each in chosen] == ["#source"]
        assert last["row"]["left"] - 1 <= chosen[0]["left"]
        assert chosen[0]["right"] <= last["row"]["right"] + 1
        assert last["end"] == [], "at the end, no cue of more after it"
        assert len(last["start"]) == 1
        assert tab.is_visible("#source")


@pytest.mark.parametrize("fragment", ["spoken", "outline"])
def test_an_address_naming_a_tab_chooses_it_and_brings_it_into_the_row(
        auditor: Any, gallery: Path, fragment: str) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{PHOTO_ESSAY}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(f"{sandbox.url}#{fragment}")
        seen = tab.evaluate(ROW)
    [chosen] = [each for each in seen["tabs"] if each["selected"] == "true"]
    assert chosen["href"] == f"#{fragment}"
    assert seen["row"]["left"] - 1 <= chosen["left"]
    assert chosen["right"] <= seen["row"]["right"] + 1
    for arrow in seen["start"] + seen["end"]:  # not under an arrow
        assert chosen["right"] <= arrow["left"] + 1 or chosen["left"] >= arrow["right"] - 1


FIRSTS = """() => [...document.querySelectorAll('#panel-screenshots .pair, section:has(> #screenshots) .pair')]
  .map((pair) => [...pair.querySelectorAll(':scope > figure')].map((figure) => ({
     src: figure.querySelector('img').getAttribute('src'),
     top: figure.getBoundingClientRect().top, left: figure.getBoundingClientRect().left})))"""


@pytest.mark.parametrize("system", ["light", "dark"])
def test_the_screenshots_tab_follows_the_scheme_switch(
        auditor: Any, gallery: Path, system: str) -> None:
    """The scheme chosen for the live page (the system's at first) is the scheme of the
    first screenshot at every width, the other still after it (Dark showed the light pages
    first, in the narrow panel the only ones in sight)."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "fixtures" / PHOTO_ESSAY / "index.html", root=gallery)
    options = AuditOptions(width=1280, height=800, color_scheme=system)  # type: ignore[arg-type]
    with auditor.page(options, sandbox) as tab:
        tab.goto(sandbox.url)  # a new context: nothing chosen before, the system's scheme
        tab.click("[role=tab][href='#screenshots']")
        for scheme in (system, "light" if system == "dark" else "dark", system):
            tab.check(f"input[name='frame-scheme'][value='{scheme}']", force=True)
            pairs = tab.evaluate(FIRSTS)
            assert len(pairs) >= 4
            for figures in pairs:
                assert len(figures) == 2, "both schemes still there"
                assert f"-{scheme}." in figures[0]["src"], (scheme, figures)
                other = "light" if scheme == "dark" else "dark"
                assert f"-{other}." in figures[1]["src"]
                assert (figures[1]["top"] > figures[0]["top"] + 10
                        or figures[1]["left"] > figures[0]["left"] + 10), "the chosen first"


def _saturation(colour: tuple[float, float, float]) -> float:
    return colorsys.rgb_to_hls(*(channel / 255 for channel in colour))[2]


CHOSEN = """() => {
  const fill = (e) => getComputedStyle(e).backgroundColor, ink = (e) => getComputedStyle(e).color;
  const behind = (e) => { for (let up = e.parentElement; up; up = up.parentElement) {
      const c = fill(up); if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return 'rgb(0, 0, 0)'; };
  const groups = [...document.querySelectorAll('.canvas fieldset.segmented')].filter((f) => f.querySelector('input:checked'))
    .map((f) => { const chosen = f.querySelector('label:has(:checked)'), other = f.querySelector('label:not(:has(:checked))');
      return {name: f.querySelector('legend').textContent, fill: fill(chosen), ink: ink(chosen), weight: getComputedStyle(chosen).fontWeight,
              other: other ? fill(other) : null, behind: behind(f)}; });
  const tab = document.querySelector('[role=tab][aria-selected=true]'), another = document.querySelector('[role=tab][aria-selected=false]');
  groups.push({name: 'tab', fill: fill(tab), ink: ink(tab), other: behind(another), behind: behind(tab)});
  return groups; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_chosen_switch_or_tab_stands_out_in_either_scheme(
        auditor: Any, gallery: Path, scheme: str) -> None:
    """The chosen width, scheme and zoom, and the chosen tab: a fill 3:1 or more against the
    buttons not chosen and what is behind them (WCAG 1.4.11), its words 4.5:1 on it, and in
    the dark scheme a colour, not the pale grey of the text (the review: "washed out")."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "fixtures" / PHOTO_ESSAY / "index.html", root=gallery)
    options = AuditOptions(width=1280, height=800, color_scheme=scheme)  # type: ignore[arg-type]
    with auditor.page(options, sandbox) as tab:
        tab.goto(sandbox.url)
        groups = tab.evaluate(CHOSEN)
    assert {group["name"] for group in groups} >= {"Width", "Colour scheme", "Zoom", "tab"}
    for group in groups:
        fill = rgb(group["fill"])
        assert contrast(fill, rgb(group["ink"])) >= 4.5, group
        assert contrast(fill, rgb(group["behind"])) >= 3, group
        if group["other"]:
            assert contrast(fill, rgb(group["other"])) >= 3, group
        if scheme == "dark":
            assert _saturation(fill) >= 0.5, f"a colour, not a pale grey: {group}"


@pytest.fixture(scope="module")
def quoting(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Arabic and Persian fixtures' gallery built without a browser: the rendering's
    own findings quote their captions and titles (the Persian timeline's title made a repeat
    of the heading before it, so that a finding quotes it)."""
    folder = tmp_path_factory.mktemp("quoting")
    shutil.copy(ARTICLES / f"{ARABIC}.json", folder / f"{ARABIC}.json")
    persian = json.loads((ARTICLES / f"{PERSIAN}.json").read_text("utf-8"))
    timeline = next(i for i, b in enumerate(persian["body"]) if b["type"] == "timeline")
    assert persian["body"][timeline - 1]["type"] == "heading"
    persian["body"][timeline]["title"] = persian["body"][timeline - 1]["text"]
    (folder / f"{PERSIAN}.json").write_text(json.dumps(persian, ensure_ascii=False), "utf-8")
    GalleryBuilder(folder / "out").build([folder])
    return folder / "out"


LINES = """() => [...document.querySelectorAll('.finding bdi.quoted')].map((quote) => {
  const holder = quote.parentElement, range = document.createRange(), lines = [];
  const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (quote.contains(node) || !node.data.trim()) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) lines.push([r.top, r.bottom, node.data]);
  }
  const box = quote.getBoundingClientRect(), style = getComputedStyle(quote);
  return {finding: quote.closest('.finding').id, text: quote.textContent, lang: quote.lang, dir: quote.getAttribute('dir'),
          direction: style.direction, display: style.display, align: style.textAlign,
          top: box.top, bottom: box.bottom, left: box.left, right: box.right,
          holderRight: holder.getBoundingClientRect().right, lines}; })"""


@pytest.mark.parametrize(("slug", "language"), [(ARABIC, "ar"), (PERSIAN, "fa")])
@pytest.mark.parametrize(("width", "height"), [(1280, 800), (375, 812)])
def test_right_to_left_text_a_finding_quotes_is_a_line_of_its_own(
        auditor: Any, quoting: Path, slug: str, language: str, width: int,
        height: int) -> None:
    """Arabic or Persian quoted in a finding's English sentence wrapped inside it, the two
    directions sharing lines: each quotation is now a block under the sentence, in its
    language, right to left from the right, no line of English beside it."""
    sandbox, opened = _open(auditor, quoting, f"fixtures/{slug}/index.html", width, height)
    with opened as tab:
        tab.goto(f"{sandbox.url}#findings")
        quotes = tab.evaluate(LINES)
    assert len(quotes) >= 1
    # each finding quotes the page's words once (the Arabic caption was quoted in the
    # message and, cut, again in where it is)
    starts = [(quote["finding"], quote["text"].strip()[:24]) for quote in quotes]
    assert len(set(starts)) == len(starts), starts
    for quote in quotes:
        assert (quote["lang"], quote["dir"], quote["direction"]) == (language, "auto", "rtl")
        assert quote["display"] == "block"
        assert not any(char.isascii() and char.isalpha() for char in quote["text"])
        for top, bottom, words in quote["lines"]:
            assert bottom <= quote["top"] + 1 or top >= quote["bottom"] - 1, (
                f"English {words!r} on a line beside {quote['text']!r}")
        # a sentence comes first: the quotation is under it
        assert any(bottom <= quote["top"] + 1 for _, bottom, _ in quote["lines"])
