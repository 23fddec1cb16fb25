"""The designer's blind review of round 50's gallery (7/10), in Chromium: the focus-order view
readable (each number inside its element's outlined box, in the box's colour; the caption
above the picture; the picture fitted to its box); the index dense enough to see most
fixtures at once; wayfinding (the neighbours' slugs and languages, a labelled fixtures
button, the block pages' tabs and words, the Blocks index filtered by name). Captured without
a browser (:class:`~tests.browser.test_gallery_review41.WithViews`)."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import GalleryBuilder
from tests.browser.gallery_stage import STAGE_SIZED
from tests.browser.test_gallery_review48 import _open
from tests.helpers import ARTICLES

# -- 1. The focus order: each badge inside its element's outlined box. --
#: A masthead as the article pages have it: a logo box, a row of padded nav links sharing
#: their borders (the review's badges 5-9 sat on those borders), a standfirst with a link in
#: it, a right-to-left link box, and a control smaller than its badge.
MASTHEAD = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Masthead</title>
<style>body { margin: 0; font: 16px/1.4 sans-serif; }
header { display: flex; align-items: stretch; border-block-end: 1px solid #ccc; }
.logo { display: block; padding: 12px 16px; inline-size: 220px; font: 700 24px serif; }
nav { display: flex; } nav a { display: block; padding: 22px 14px 10px; }
p { margin: 24px 16px; } .rtl a { display: inline-block; padding: 24px 12px 6px; }
.tiny { inline-size: 12px; block-size: 12px; padding: 0; border: 0; margin: 40px 16px; }</style>
</head><body><header><a class="logo" href="#home">Новости Пример</a><nav>
<a href="#1">Главная</a><a href="#2">Общество</a><a href="#3">В мире</a><a href="#4">Экономика</a>
<a href="#5">Культура</a></nav></header><main><p>Уровень реки <a href="#s">Урал</a> у Орска
снизился.</p><div class="rtl" dir="rtl" lang="ar"><a href="#ar">الانتخابات</a></div>
<button class="tiny" aria-label="Close"></button></main></body></html>"""

GEOMETRY = """() => [...document.querySelectorAll('[data-broadsheet-focus]')].map((element) => {
  const n = String(Number(element.dataset.broadsheetFocus) + 1);
  const badge = document.querySelector(`[data-broadsheet-badge="${n}"]`);
  const outline = document.querySelector(`[data-broadsheet-box="${n}"]`);
  return {n, name: element.className || element.getAttribute('href'),
          box: element.getBoundingClientRect().toJSON(), badge: badge.getBoundingClientRect().toJSON(),
          colour: getComputedStyle(badge).backgroundColor,
          outline: outline ? outline.getBoundingClientRect().toJSON() : null,
          outlineColour: outline ? getComputedStyle(outline).outlineColor : null,
          outlineWidth: outline ? getComputedStyle(outline).outlineWidth : null,
          leader: outline ? outline.children.length > 0 : false}; })"""


def _inside(inner: dict[str, float], outer: dict[str, float]) -> bool:
    return (inner["left"] >= outer["left"] and inner["right"] <= outer["right"]
            and inner["top"] >= outer["top"] and inner["bottom"] <= outer["bottom"])


def test_each_focus_badge_sits_inside_its_outlined_box_in_its_colour(
        auditor: Any, tmp_path: Path) -> None:
    """Round 50's badges sat just outside their boxes: on a row of links sharing borders
    each number read as either neighbour's, one sat on the logo's corner."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox
    from broadsheet.preview.capture import PROBES

    page = tmp_path / "masthead.html"
    page.write_text(MASTHEAD, encoding="utf-8")
    sandbox = Sandbox.for_file(page, root=tmp_path)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        tab.evaluate(f"() => ({PROBES}).focusOrder()")
        stops = {stop["name"]: stop for stop in tab.evaluate(GEOMETRY)}
    boxed = ["logo", "#1", "#2", "#3", "#4", "#5", "#ar"]
    for name in boxed:
        stop = stops[name]
        assert _inside(stop["badge"], stop["box"]), f"badge {stop['n']} inside its box: {stop}"
        assert stop["outline"] is not None, stop
        for side in ("left", "top", "right", "bottom"):
            assert abs(stop["outline"][side] - stop["box"][side]) <= 1, f"the element's own box outlined: {stop}"
        assert stop["outlineWidth"] != "0px", stop
        assert stop["outlineColour"] == stop["colour"], f"number and box in one colour: {stop}"
        assert not stop["leader"], stop
    # at its top-start inside corner (top-right on the right-to-left link); the logo's, whose
    # words start there, at another inside corner
    for name in boxed[1:-1]:
        stop = stops[name]
        assert stop["badge"]["left"] - stop["box"]["left"] <= 4, stop
        assert stop["badge"]["top"] - stop["box"]["top"] <= 4, stop
    rtl = stops["#ar"]
    assert rtl["box"]["right"] - rtl["badge"]["right"] <= 4, rtl
    assert rtl["badge"]["top"] - rtl["box"]["top"] <= 4, rtl
    logo = stops["logo"]
    assert min(logo["badge"]["left"] - logo["box"]["left"], logo["box"]["right"] - logo["badge"]["right"]) <= 4, logo
    assert min(logo["badge"]["top"] - logo["box"]["top"], logo["box"]["bottom"] - logo["badge"]["bottom"]) <= 4, logo
    # neighbours sharing a border never share a colour
    row = [stops[name] for name in boxed[:-1]]
    for one, other in itertools.pairwise(row):
        assert one["colour"] != other["colour"], (one, other)
    # a control smaller than its badge: the badge just outside, tied to it by a leader
    tiny = stops["tiny"]
    assert not _inside(tiny["badge"], tiny["box"]), tiny
    assert tiny["leader"], tiny
    near = max(tiny["box"]["left"] - tiny["badge"]["right"], tiny["badge"]["left"] - tiny["box"]["right"],
               tiny["box"]["top"] - tiny["badge"]["bottom"], tiny["badge"]["top"] - tiny["box"]["bottom"])
    assert near <= 40, f"just outside: {tiny}"
    assert tiny["outlineColour"] == tiny["colour"], tiny


@pytest.fixture(scope="module")
def with_views(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.browser.test_gallery_review41 import WithViews

    folder = tmp_path_factory.mktemp("review51views")
    for slug in ("ar-local-elections-rtl", "en-council-video-lead"):
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    GalleryBuilder(folder / "out", capture=WithViews()).build([folder])
    return folder / "out"


VIEW = """() => { const figure = document.querySelector('#view-focus');
  const img = figure.querySelector('img'), box = figure.querySelector('.shot__scroll');
  const caption = figure.querySelector('figcaption');
  const i = img.getBoundingClientRect(), b = box.getBoundingClientRect(), c = caption.getBoundingClientRect();
  return {img: i.toJSON(), box: b.toJSON(), caption: c.toJSON(), natural: img.naturalWidth,
          sideways: box.scrollWidth - box.clientWidth,
          pressed: document.querySelector('#views-actual').getAttribute('aria-pressed')}; }"""


@pytest.mark.parametrize("slug", ["ar-local-elections-rtl", "en-council-video-lead"])
def test_the_focus_view_is_captioned_above_and_fitted_to_its_box(
        auditor: Any, with_views: Path, slug: str) -> None:
    """At 1280 × 800 the 1280 px view was shown at its own size in a ~457 px box (a logo and
    two links), its caption under the 4456 px picture."""
    sandbox, opened = _open(auditor, with_views, f"fixtures/{slug}/index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url + "#views")
        tab.wait_for_function(STAGE_SIZED)
        tab.wait_for_function("() => [...document.querySelectorAll('.views img')].every((i) => i.complete)")
        fitted = tab.evaluate(VIEW)
        tab.get_by_role("button", name="Actual size of the reading views").click()
        actual = tab.evaluate(VIEW)
    assert fitted["caption"]["bottom"] <= fitted["box"]["top"] + 1, f"the caption above the picture: {fitted}"
    assert fitted["pressed"] == "false", fitted
    assert fitted["sideways"] <= 1, fitted
    assert fitted["box"]["left"] - 1 <= fitted["img"]["left"], fitted
    assert fitted["img"]["right"] <= fitted["box"]["right"] + 1, fitted
    assert fitted["img"]["width"] >= fitted["box"]["width"] - 20, f"fitted to the box's width: {fitted}"
    assert actual["pressed"] == "true", actual
    assert actual["img"]["width"] >= actual["natural"] - 1, f"1:1 on asking: {actual}"


# -- 2. The index: most fixtures on the first screen. --
@pytest.fixture(scope="module")
def every(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every fixture (18), with :class:`Found`'s screenshots."""
    from tests.browser.test_gallery_review48 import Found

    folder = tmp_path_factory.mktemp("review51every")
    for source in sorted(ARTICLES.glob("*.json")):
        shutil.copy(source, folder / source.name)
    GalleryBuilder(folder / "out", capture=Found()).build([folder])
    return folder / "out"


INDEX = """() => {
  const cards = [...document.querySelectorAll('.card')].filter((c) => c.checkVisibility());
  const boxes = cards.map((c) => c.getBoundingClientRect().toJSON());
  const toggle = document.getElementById('filters-toggle');
  return {cards: boxes, height: innerHeight, width: innerWidth,
          scrollWidth: document.scrollingElement.scrollWidth,
          toggle: toggle.checkVisibility() ? toggle.textContent.trim() : null,
          expanded: toggle.getAttribute('aria-expanded'),
          language: document.getElementById('filter-language').checkVisibility(),
          search: document.getElementById('filter-name').checkVisibility(),
          groups: [...document.querySelectorAll('.group-link')].map((a) => a.textContent.trim()),
          filters: document.getElementById('filters').getBoundingClientRect().toJSON()}; }"""


def test_the_index_shows_most_fixtures_on_its_first_screen(auditor: Any, every: Path) -> None:
    """At 1280 × 800 the nine filter controls took y=122-270 open, the cards were ~405 × 345:
    the first screen showed one fixture, and 18 took 3,089 px."""
    sandbox, opened = _open(auditor, every, "index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        seen = tab.evaluate(INDEX)
        assert len(seen["cards"]) == 18, seen
        assert seen["toggle"] == "Filters", seen
        assert seen["expanded"] == "false", "the filters folded by default"
        assert not seen["language"], seen
        tab.get_by_role("button", name="Filters").click()
        tab.select_option("#filter-language", "en")
        tab.select_option("#filter-direction", "ltr")
        used = tab.evaluate(INDEX)
    assert seen["search"], "the search in the row"
    assert seen["filters"]["height"] <= 60, f"one compact row: {seen['filters']}"
    assert any("(" in group for group in seen["groups"]), "the groups and their counts kept"
    first = [box for box in seen["cards"] if box["top"] < seen["height"] and box["bottom"] > 0]
    assert len(first) >= 6, f"at least six fixtures on the first screen: {len(first)}"
    tops = [round(box["top"]) for box in seen["cards"]]
    assert max(tops.count(top) for top in set(tops)) >= 3, "three or more a row"
    last = max(box["bottom"] for box in seen["cards"])
    assert last <= 2 * seen["height"] + 100, f"18 fixtures within about two screens: {last}"
    assert used["expanded"] == "true", used
    assert used["language"], used
    assert used["toggle"] == "Filters (2 in use)", used
    assert 0 < len(used["cards"]) < 18, used


LIST = """() => [...document.querySelectorAll('.card')].map((card) => {
  const shown = (selector) => { const e = card.querySelector(selector); return e && e.checkVisibility() ? e : null; };
  const lang = shown('.card__column--lang'), format = shown('.card__column--format'), thumb = shown('.card__thumb');
  return {lang: lang ? lang.textContent.trim() : '', format: format ? format.textContent.trim() : '',
          thumb: thumb ? thumb.getBoundingClientRect().width : 0,
          height: card.getBoundingClientRect().height, langLeft: lang ? lang.getBoundingClientRect().left : null}; })"""


def test_the_list_has_language_and_format_columns_and_a_small_picture(auditor: Any, every: Path) -> None:
    sandbox, opened = _open(auditor, every, "index.html", 1280, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.locator("#index-layout").get_by_text("List").click()
        rows = tab.evaluate(LIST)
    assert len(rows) == 18
    for row in rows:
        assert row["lang"], row
        assert row["format"], row
        assert 40 <= row["thumb"] <= 120, row
        assert row["height"] <= 90, row
    assert "Arabic · RTL" in [row["lang"] for row in rows]
    assert "Photo essay" in [row["format"] for row in rows]
    assert len({round(row["langLeft"]) for row in rows}) == 1, "a column: each row's language at one x"


def test_on_a_phone_the_index_still_fits(auditor: Any, every: Path) -> None:
    sandbox, opened = _open(auditor, every, "index.html", 375, 812)
    with opened as tab:
        tab.goto(sandbox.url)
        seen = tab.evaluate(INDEX)
        tab.locator("#index-layout").get_by_text("List").click()
        listed = tab.evaluate(INDEX)
    for one in (seen, listed):
        assert one["scrollWidth"] <= 375, one
    assert seen["expanded"] == "false"
    assert seen["cards"][0]["top"] < 812 - 150, seen["cards"][0]


# -- 3. Wayfinding: where the neighbours go, and another fixture one step away. --
WAY = """() => {
  const said = (a) => { const where = a && a.querySelector('.pager__where');
    if (!where || !where.checkVisibility()) { return null; }
    const box = where.getBoundingClientRect();
    return {text: where.textContent.trim(), inView: box.left >= 0 && box.right <= innerWidth && box.width > 20}; };
  const switcher = document.getElementById('switcher');
  const current = document.querySelector('#fixture-nav a[aria-current="page"]');
  let room = null;
  for (let box = current.parentElement; box; box = box.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight) {
      room = box.getBoundingClientRect().toJSON(); break; } }
  return {prev: said(document.querySelector('a[rel="prev"]')), next: said(document.querySelector('a[rel="next"]')),
          switcher: switcher.checkVisibility(),
          switcherName: switcher.querySelector('select').labels[0].textContent.trim(),
          options: switcher.querySelectorAll('option[value$="index.html"]').length,
          current: current.checkVisibility() ? current.getBoundingClientRect().toJSON() : null, room}; }"""


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1440, 900)])
def test_other_fixtures_are_one_step_away(
        auditor: Any, every: Path, width: int, height: int) -> None:
    """At 1280 the fixtures list folded to a 40 px strip with a vertical "FIXTURES 18"; at
    1440 the fixture shown was below the list's first screen."""
    slug = "ru-flood-gallery"
    sandbox, opened = _open(auditor, every, f"fixtures/{slug}/index.html", width, height)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function(STAGE_SIZED)
        tab.wait_for_timeout(300)
        seen = tab.evaluate(WAY)
    if width == 1280:
        assert seen["switcher"], f"the fixtures a labelled switcher away: {seen}"
        assert seen["switcherName"] == "Fixture", seen
        assert seen["options"] == 18, seen
    else:
        current, room = seen["current"], seen["room"]
        assert current is not None, seen
        if room is not None:
            assert room["top"] - 1 <= current["top"], seen
            assert current["bottom"] <= room["bottom"] + 1, seen
        assert current["bottom"] <= height, seen
