"""The page designs a second blind review asked for (issue 17, items 1 and 3): a rail with a
job beside the body, distinct ranks for notices, notes and pull quotes, a tight first screen
on a phone, pictures fetched at the size shown, and right-to-left details, measured in
Chromium as boxes, computed styles and fetched files."""

from __future__ import annotations

from itertools import combinations, pairwise
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.colour import contrast, mean, pixels, rgb
from tests.browser.fixture_pages import ESSAY_STEMS, HERO_STEMS, fixture_page
from tests.browser.test_design import boxes
from tests.helpers import ARTICLE_FILES

#: The article's layout at the screen's width: its column, and either the rail beside it (the
#: longest vertical stretch, in px, beside which nothing stands in the rail while the column
#: goes on, a sticky box counting as far down as it keeps beside the text) or, with no rail,
#: the column's margins and the blocks that break out of it.
LAYOUT = """() => {
  const art = document.querySelector('.broadsheet-article'), a = art.getBoundingClientRect();
  const rtl = document.dir === 'rtl';
  const column = document.querySelector('.article-body > p, .live-feed').getBoundingClientRect();
  const header = document.querySelector('.site-header'), hs = getComputedStyle(header);
  const page = {left: header.getBoundingClientRect().left + parseFloat(hs.paddingLeft),
                right: header.getBoundingClientRect().right - parseFloat(hs.paddingRight)};
  if (getComputedStyle(art).gridTemplateColumns.split(' ').length < 2) {
    const wide = [...document.querySelectorAll('.figure--lead, .broadsheet-article > .media,'
        + ' .article-body > :is(.figure:not(.figure--portrait, .figure--inline, .figure--ornament,'
        + ' .figure--supporting, .figure--thumbnail), .embed, .gallery)')]
        .map(e => { const r = e.getBoundingClientRect(); return {left: r.left, right: r.right}; });
    return {rail: false, column: {left: column.left, right: column.right}, page, wide};
  }
  const from = rtl ? a.left : column.right + 16, to = rtl ? column.left - 16 : a.right;
  const containers = new Set([art, ...art.querySelectorAll(
      ':scope > .article-body, :scope > .article-header, :scope > .article-footer')]);
  const blocks = [...art.querySelectorAll('*')].filter(e => !containers.has(e));
  // how far down each sticky box keeps beside the text: scrolled through, with room below
  // the page so that the page's end does not stop it early
  const spacer = document.body.appendChild(document.createElement('div'));
  spacer.style.blockSize = '3000px';
  const reach = new Map(blocks.filter(e => getComputedStyle(e).position === 'sticky')
                        .map(e => [e, 0]));
  for (let y = 0; reach.size && y < document.documentElement.scrollHeight; y += 50) {
    window.scrollTo(0, y);
    for (const e of reach.keys())
      reach.set(e, Math.max(reach.get(e), e.getBoundingClientRect().bottom + scrollY));
  }
  window.scrollTo(0, 0);
  spacer.remove();
  const inRail = [], inColumn = [];
  for (const e of blocks) {
    const r = e.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    if (r.right > from && r.left < to) inRail.push([r.top, reach.get(e) ?? r.bottom]);
    if (rtl ? r.right > column.left : r.left < column.right) inColumn.push(r.bottom);
  }
  inRail.sort((x, y) => x[0] - y[0]);
  const end = Math.max(...inColumn), bands = [];
  let at = a.top;
  for (const [top, bottom] of inRail) {
    if (top > at) bands.push({at: Math.round(at), empty: Math.round(Math.min(top, end) - at)});
    at = Math.max(at, bottom);
  }
  if (end > at) bands.push({at: Math.round(at), empty: Math.round(end - at)});
  return {rail: true, width: to - from, longest: Math.max(0, ...bands.map(b => b.empty)), bands};
}"""

#: Pages whose rail has furniture from the top of the body down: a long read's and an
#: explainer's opening boxes, a live blog's key events.
FURNISHED = ["en-longread-river-crossing", "fa-explainer-water-shortage", "en-live-storm-isha",
             "ar-live-election-count"]


@pytest.mark.parametrize("width", [1024, 1280, 1600])
@pytest.mark.parametrize("stem", FURNISHED)
def test_no_empty_rail_stands_beside_the_text(auditor: Any, stem: str, width: int) -> None:
    """A page with furniture for the rail (a long read's or explainer's opening boxes, a live
    blog's key events): nothing in its rail leaves more than 400 px of the column beside an
    empty rail (its last box keeps beside the text as the reader scrolls). (Before, at
    1280 px: 691-1,180 px of empty rail beside the council, storm, radio, energy and
    Belarusian pages, 1,462 beside the storm live blog.) Every other page has the rail too,
    holding its byline and what suits a rail (test_page_grid.py): a newsroom's page, not a
    centred column with empty sides (the third blind review)."""
    with fixture_page(auditor, stem, width=width) as page:
        page.evaluate("() => Promise.all([...document.images].map(i => {"
                      " i.loading = 'eager'; return i.decode().catch(() => null); }))")
        found = page.evaluate(LAYOUT)
    assert found["rail"], found
    assert found["width"] > 200, found
    assert found["longest"] <= 400, found


@pytest.mark.parametrize(("stem", "rail"), [("en-longread-river-crossing", ".factbox--facts"),
                                            ("fa-explainer-water-shortage", ".series"),
                                            ("en-live-storm-isha", ".live-key-events__box"),
                                            ("ar-live-election-count",
                                             ".live-key-events__box")])
def test_the_rails_last_box_keeps_beside_the_text_as_the_reader_scrolls(auditor: Any,
                                                                       stem: str, rail: str
                                                                       ) -> None:
    """Scrolled to the column's last paragraph, the rail's last box (a long read's facts, a
    series, a live blog's key events) is on the screen beside it, on the column's end side, not left behind
    at the top of the page."""
    with fixture_page(auditor, stem) as page:
        found = page.evaluate("""(rail) => {
            const texts = [...document.querySelectorAll('.article-body > p, .live-post > p')];
            const last = texts[texts.length - 1];
            last.scrollIntoView({block: 'center'});
            const r = document.querySelector(rail).getBoundingClientRect();
            const t = last.getBoundingClientRect();
            return {box: {top: r.top, bottom: r.bottom, left: r.left, right: r.right},
                    text: {left: t.left, right: t.right}, screen: innerHeight,
                    rtl: document.dir === 'rtl'}; }""", rail)
    box, text = found["box"], found["text"]
    assert box["top"] >= 0, found
    assert box["bottom"] <= found["screen"], found
    beside = (box["right"] <= text["left"] - 16 if found["rtl"]
              else box["left"] >= text["right"] + 16)
    assert beside, found


@pytest.mark.parametrize("stem", ["en-longread-river-crossing", "en-live-storm-isha",
                                  "en-council-video-lead", "ar-live-election-count"])
def test_the_keyboard_meets_the_page_in_the_same_order_at_every_width(auditor: Any,
                                                                     stem: str) -> None:
    """The rail and the centred column are placement only: pressing Tab visits the same
    links and controls in the same order on a phone and on a wide screen (the source order),
    and on the wide screen every step within the column goes down the page, never back up
    (what hangs in the rail is met where it is in the source: a long read's contents before
    its first paragraph, a live blog's key events before its posts). A phone's compact
    forms of a long read's furniture (round 41) are the one difference: its contents are
    met as their toggle, where the wide screen's contents links are, and a series' parts
    (the series page's, a link away) are not shown."""
    orders = {}
    for width in (375, 1280):
        with fixture_page(auditor, stem, width=width) as page:
            steps = []
            for _ in range(60):
                page.keyboard.press("Tab")
                step = page.evaluate("""() => { const e = document.activeElement;
                    if (!e || e === document.body) return null;
                    const r = e.getBoundingClientRect();
                    return {what: e.tagName + ' ' + (e.getAttribute('href') || e.textContent.trim().slice(0, 30)),
                            top: r.top + scrollY, left: r.left, right: r.right,
                            article: !!e.closest('.broadsheet-article'),
                            place: e.closest('.series__parts') ? 'parts'
                                   : e.closest('.article-body > .contents') ? 'contents' : null,
                            rail: !!e.closest('.live-key-events, .article-header__meta')
                                  || getComputedStyle(e.closest('.article-body > *') || document.body).float !== 'none'}; }""")
                if step is None or (steps and step["what"] == steps[0]["what"]):
                    break
                steps.append(step)
        orders[width] = steps

    def order(steps: list[dict[str, Any]]) -> list[str]:
        """The stops, a series' parts left out and the contents' stops said as one."""
        said = [s["place"] or s["what"] for s in steps if s["place"] != "parts"]
        return [w for i, w in enumerate(said) if not (i and w == "contents" and said[i - 1] == w)]

    assert order(orders[375]) == order(orders[1280])
    column = [s for s in orders[1280] if s["article"] and not s["rail"]]
    assert len(column) >= 2, orders[1280]
    for earlier, later in pairwise(column):
        assert later["top"] >= earlier["top"] - 1, (earlier, later)


LOOK = """(selector) => { const e = document.querySelector(selector);
    const s = getComputedStyle(e), text = getComputedStyle(e.querySelector('p'));
    return {background: s.backgroundColor, top: parseFloat(s.borderTopWidth),
            bottom: parseFloat(s.borderBottomWidth),
            side: parseFloat(s.borderLeftWidth) + parseFloat(s.borderRightWidth),
            family: text.fontFamily.split(',')[0], style: text.fontStyle,
            size: parseFloat(text.fontSize)}; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_update_an_editors_note_and_a_pull_quote_each_look_their_rank(auditor: Any,
                                                                         scheme: str) -> None:
    """The blind review found the three alike (a tinted box with an accent bar). An update
    is a notice: sans type on the surface tint under a bar across its top; an editor's note
    is editorial framing: serif italic between hairlines, no tint; a pull quote is display
    type, in no box at all."""
    with fixture_page(auditor, "en-storm-breaking-corrections", scheme=scheme) as page:
        update, editor = page.evaluate(LOOK, ".note--update"), page.evaluate(LOOK, ".note--editor")
        body = page.evaluate("() => parseFloat(getComputedStyle("
                             "document.querySelector('.article-body > p')).fontSize)")
        page_colour = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    with fixture_page(auditor, "be-political-prisoners-quote", scheme=scheme) as page:
        pull = page.evaluate(LOOK, ".pullquote")
    transparent = "rgba(0, 0, 0, 0)"
    assert update["background"] not in (transparent, page_colour), update
    assert update["top"] >= 3, update
    assert update["side"] == 0, update
    assert update["family"].strip('"') == "Source Sans 3", update
    assert update["size"] < body, update
    assert editor["background"] == transparent, editor
    assert editor["top"] == editor["bottom"] == 1, editor
    assert editor["side"] == 0, editor
    assert editor["style"] == "italic", editor
    assert editor["family"].strip('"') == "Source Serif 4", editor
    assert pull["background"] == transparent, pull
    assert pull["top"] == pull["bottom"] == pull["side"] == 0, pull
    assert pull["size"] >= 1.4 * body, pull


#: Where the first paragraph started at 320 x 640 px before the second review's changes
#: (search folded into a magnifier, smaller headlines). The long read, which the third
#: review asked to open on a hero picture and a large headline like a feature, is measured
#: in test_longread_and_type.py instead.
#: The photo essay (ru-flood-gallery) opens like the long read since round 45, measured in
#: test_design_review45_essay.py.
FIRST_PARAGRAPH_BEFORE = {"ar-local-elections-rtl": 886,
                          "en-storm-breaking-corrections": 1603}


@pytest.mark.parametrize("stem", sorted(FIRST_PARAGRAPH_BEFORE))
def test_a_phone_reaches_the_first_paragraph_sooner(auditor: Any, stem: str) -> None:
    """At 320 px the headline is set smaller (at most 29 px, still at least 1.6 times the
    body text) and the first paragraph starts at least 60 px higher than it did (80 before
    the navigation took a row of its own below the magnifier, which it had run under at
    some phone widths; ru-flood-gallery's Russian links pay most for it: 887 → 925 px)."""
    with fixture_page(auditor, stem, width=320) as page:
        found = page.evaluate("""() => ({
            h1: parseFloat(getComputedStyle(document.querySelector('h1')).fontSize),
            body: parseFloat(getComputedStyle(document.querySelector('.article-body > p')).fontSize),
            first: document.querySelector('.article-body > p').getBoundingClientRect().top
                   + scrollY})""")
    assert 1.6 * found["body"] <= found["h1"] <= 29, found
    assert found["first"] <= FIRST_PARAGRAPH_BEFORE[stem] - 60, found


@pytest.mark.parametrize("width", [320, 768, 1280, 1600])
@pytest.mark.parametrize("stem", ["ru-flood-gallery", "ar-local-elections-rtl"])
def test_the_lead_picture_is_fetched_at_the_size_it_is_shown(auditor: Any, stem: str,
                                                            width: int) -> None:
    """At DPR 1 the file the browser picks from the lead's ``srcset`` is at least as wide as
    the picture is shown, and is the narrowest such file (the blind review: the Russian lead,
    an 800 px file, was shown 976 px wide)."""
    with fixture_page(auditor, stem, width=width) as page:
        found = page.evaluate("""async () => {
            const i = document.querySelector('.figure--lead img'), file = new Image();
            file.src = i.currentSrc;  // the file alone: its own width, no srcset density
            await file.decode();
            return {shown: i.getBoundingClientRect().width, file: file.naturalWidth,
                    current: i.currentSrc, candidates: i.srcset.split(',').map(
                        c => parseInt(c.trim().split(/\\s+/)[1]))}; }""")
    fits = [w for w in found["candidates"] if w >= found["shown"]]
    assert found["file"] >= found["shown"], found
    assert found["file"] == min(fits), found


@pytest.mark.parametrize(("stem", "markers"), [("fa-explainer-water-shortage", "persian"),
                                               ("en-longread-river-crossing", "decimal")])
def test_contents_and_series_lists_count_in_the_pages_digits(auditor: Any, stem: str,
                                                             markers: str) -> None:
    """The Persian contents and series lists numbered ۱, ۲ (the blind review: they showed
    1, 2 beside Persian text whose numbers are written ۱۴۰۲)."""
    with fixture_page(auditor, stem) as page:
        styles = page.evaluate("() => [...document.querySelectorAll("
                               "'.contents__list li, .series__parts li')]"
                               ".map(li => getComputedStyle(li).listStyleType)")
    assert styles, stem
    assert set(styles) == {markers}, styles


@pytest.mark.parametrize("stem", ["en-longread-river-crossing", "fa-explainer-water-shortage"])
def test_a_long_reads_furniture_stands_in_the_rail_and_the_text_starts_under_the_standfirst(
        auditor: Any, stem: str) -> None:
    """On a wide screen the series' parts, the audio version, the key points and the
    contents that open a long read stand in the rail, one under another, and its first
    paragraph starts right under the standfirst (the blind review: the rail stood empty
    beside the series box and the player, which pushed the text down)."""
    with fixture_page(auditor, stem) as page:
        box = boxes(page, {"summary": ".article-header__summary", "text": ".article-body > p",
                           "series": ".series", "audio": ".audio-version",
                           "facts": ".factbox", "contents": ".contents",
                           "byline": ".article-header__meta"})
        rtl = page.evaluate("() => document.dir") == "rtl"
    text = box["text"]
    # under the standfirst, or under the byline where a hero's caption and the byline stand
    # between them (the long read's hero: test_design_masthead.py)
    opening = max(box["summary"]["bottom"], box["byline"]["bottom"]
                  if box["byline"]["top"] > box["summary"]["bottom"] else 0)
    assert text["top"] - opening < 100, box
    stack = sorted((box[name] for name in ("series", "audio", "facts", "contents")),
                   key=lambda b: b["top"])
    for item in stack:  # beside the column, on its end side
        beside = item["right"] <= text["left"] - 16 if rtl else item["left"] >= text["right"] + 16
        assert beside, item
    for upper, lower in pairwise(stack):
        assert upper["bottom"] <= lower["top"], (upper, lower)


#: From the header's dates (their last line of text) down to what follows the header.
DATES_TO_NEXT = """() => {
    const dates = document.createRange();
    dates.selectNodeContents(document.querySelector('.article-header__dates'));
    const text = Math.max(...[...dates.getClientRects()].map(r => r.bottom));
    const next = document.querySelector('.article-header').nextElementSibling;
    const first = next.matches('.article-body') ? next.firstElementChild : next;
    return first.getBoundingClientRect().top - text; }"""


@pytest.mark.parametrize("width", [320, 375, 768])
@pytest.mark.parametrize("stem", ["en-transit-map-embed", "en-council-video-lead",
                                  "uk-energy-data-table"])
def test_the_lead_follows_the_dates_as_closely_as_the_text_does(auditor: Any, stem: str,
                                                                width: int) -> None:
    """A lead picture or video follows the header's dates with the same space as a first
    paragraph does on a page without a lead (the blind review: at 375 px the transit page's
    picture stood 54 px below its dates, the first paragraph elsewhere 30 px)."""
    with fixture_page(auditor, stem, width=width) as page:
        lead = page.evaluate(DATES_TO_NEXT)
    with fixture_page(auditor, "en-rents-chart-footnotes", width=width) as page:
        text = page.evaluate(DATES_TO_NEXT)
    # (14, not 16: round 48 set the phone's dates at 14 px on a 1.3 line, whose half-leading
    # under the text is smaller, to keep the storm page's first paragraph within 1.2 screens)
    assert 14 <= text <= 36, text
    assert abs(lead - text) <= 4, (lead, text)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_table_cut_off_at_the_screens_edge_shows_plainly_that_it_scrolls(
        auditor: Any, scheme: str) -> None:
    """The blind review saw the energy page's second table cut off at 375 px ("Ім…") with no
    sign that it scrolls: the shade on its cut edge was 1.4:1 against the page, 12 px wide;
    a later one a hard grey bar (a light one in the dark scheme). Measured in pixels with the
    text and rules made transparent (so that only the shade is painted): a soft shadow,
    darkest at the edge and fading inwards, never lighter than the page anywhere (a shadow,
    in the dark scheme too); in the light scheme at least 2:1 at the edge; in the dark one
    (where nothing darker than the page can reach 2:1: black on #121212 is 1.12:1) near
    black at the edge. In a still screenshot too (the second review's screenshots showed no
    shade on the third table, cut mid-word: it was a scroll-driven animation)."""
    with fixture_page(auditor, "uk-energy-data-table", width=375, scheme=scheme) as page:
        box = page.evaluate("""() => { const region = document.querySelector('.table-scroll:not(.table-scroll--compact):has(tr > :nth-child(5))');
            region.scrollIntoView(); region.style.color = 'transparent';
            region.querySelectorAll('th, td').forEach(c => c.style.borderColor = 'transparent');
            const r = region.getBoundingClientRect();
            const table = region.querySelector('table').getBoundingClientRect();
            return {x: r.left, y: r.top + scrollY, width: r.width, height: table.height,
                    cut: region.scrollWidth > region.clientWidth + 20,
                    inPage: r.right <= document.documentElement.clientWidth}; }""")
        def shade(inset: float) -> tuple[float, float, float]:
            strip = pixels(page, {"x": box["x"] + box["width"] - inset - 1, "y": box["y"] + 4,
                                  "width": 1, "height": box["height"] - 8}, still=True)
            return mean(strip)

        page_colour = shade(box["width"] - 2)  # the start edge: nothing more to show there
        across = [shade(inset) for inset in (1, 4, 8, 12, 16)]
    assert box["cut"], box  # more to show than fits
    assert box["inPage"], box  # and the region itself ends inside the screen
    sums = [sum(colour) for colour in across]
    assert sums == sorted(sums), across  # darkest at the edge, fading inwards
    assert all(c <= p + 0.5 for colour in across for c, p in zip(colour, page_colour,
                                                                     strict=True)), across
    if scheme == "light":
        assert contrast(across[0], page_colour) >= 2, (across[0], page_colour)
    else:
        assert max(across[0]) <= 8 < min(page_colour) - 8, (across[0], page_colour)
    assert contrast(across[-1], page_colour) < 1.1, across  # soft: gone by 16 px in


@pytest.mark.parametrize("width", [320, 375])
def test_a_phones_tables_fill_the_column(auditor: Any, width: int) -> None:
    """On a phone every table of the energy page spans the text column, edge to edge (the
    two-column one stood 23 px short of it at 375 px)."""
    with fixture_page(auditor, "uk-energy-data-table", width=width) as page:
        found = page.evaluate("""() => {
            const column = document.querySelector('.article-body > p').getBoundingClientRect();
            return {column: [column.left, column.right],
                    tables: [...document.querySelectorAll('.article-body > .table-scroll')].map(e => {
                      const r = e.getBoundingClientRect(); return [r.left, r.right]; })}; }""")
    assert len(found["tables"]) == 3, found
    for left, right in found["tables"]:
        assert abs(left - found["column"][0]) < 1, found
        assert abs(right - found["column"][1]) < 1, found


def test_the_logos_red_tile_stays_red_in_the_dark_scheme(auditor: Any) -> None:
    """The dark scheme shows the logo the site drew for a dark page (site.logo_dark), as
    drawn: a blind review saw the fixture site's red tile turn salmon pink (255, 172, 176)
    under a turn-over filter, and a later one its name turn grey (182, 182, 182). Read from
    the pixels: the tile is still a strong red, its glyph stands out from it as a graphic
    does (3:1, WCAG 1.4.11), the name from the page, and the name is near-white, not grey."""
    with fixture_page(auditor, "en-storm-breaking-corrections", scheme="dark") as page:
        shown = page.evaluate("""() => { const img = document.querySelector('.site-header__name img');
            return {src: img.currentSrc, filter: getComputedStyle(img).filter}; }""")
        assert shown["src"].endswith("images/logo-dark.svg"), shown
        assert shown["filter"] == "none", shown
        logo = boxes(page, {"img": ".site-header__name img"})["img"]
        scale = logo["width"] / 240  # the SVG's own units: tile 0-40, glyph bar at y 12-16

        def at(x: float, y: float) -> tuple[int, int, int]:
            return pixels(page, {"x": logo["left"] + x * scale,
                                 "y": logo["top"] + y * scale, "width": 1, "height": 1})[0]

        tile, glyph, page_colour = at(3, 8), at(12, 14), at(45, 6)
        name = max(pixels(page, {"x": logo["left"] + 52 * scale, "y": logo["top"] + 14 * scale,
                                 "width": 150 * scale, "height": 20 * scale}), key=sum)
    red, green, blue = tile
    assert red >= 150, tile  # a strong red,
    assert red >= 2.5 * max(green, blue), tile  # not pink
    assert contrast(glyph, tile) >= 3, (glyph, tile)
    assert contrast(tile, page_colour) >= 3, (tile, page_colour)
    assert contrast(name, page_colour) >= 4.5, (name, page_colour)
    assert min(name) >= 225, name  # near-white, as drawn


#: The start edge (left, or right in a right-to-left page) of what is drawn in an element:
#: its innermost boxes, the visually hidden (1 px) ones left out.
INK_START = """(selector) => {
  const rtl = document.dir === 'rtl', edges = [];
  for (const e of document.querySelector(selector).querySelectorAll('*')) {
    const b = e.getBoundingClientRect();
    if (e.children.length || b.width < 2 || b.height < 2) continue;
    edges.push(rtl ? b.right : b.left);
  }
  return rtl ? Math.max(...edges) : Math.min(...edges);
}"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("stem", ["en-storm-breaking-corrections", "ar-local-elections-rtl"])
def test_the_footer_starts_where_the_header_starts(auditor: Any, stem: str, width: int) -> None:
    """The blind review measured the storm page's footer starting 12 px in from its header
    at 1280 px; both are to start on one line (right edges in a right-to-left page)."""
    with fixture_page(auditor, stem, width=width) as page:
        header = page.evaluate(INK_START, ".site-header")
        footer = page.evaluate(INK_START, ".site-footer")
    assert abs(header - footer) <= 1, (header, footer)


#: The header's byline and dates: the space between them, and each date's lines.
META = """() => {
  const byline = document.querySelector('.article-header__byline').getBoundingClientRect();
  const dates = document.querySelector('.article-header__dates');
  return {gap: dates.getBoundingClientRect().top - byline.bottom,
          lines: [...dates.children].map(span => {
            const r = span.getBoundingClientRect();
            return Math.round(r.height / parseFloat(getComputedStyle(span).lineHeight)); }),
          height: dates.getBoundingClientRect().bottom - byline.top}; }"""


@pytest.mark.parametrize("stem", ["en-council-video-lead", "en-transit-map-embed",
                                  "ar-local-elections-rtl", "rferl-lukashenka-cnn-interview"])
def test_a_phones_byline_and_dates_are_one_compact_block(auditor: Any, stem: str) -> None:
    """The third review found the meta stacked at 375 px: the byline, a paragraph's space, then
    the dates broken mid-date ("· Updated:" ending one line, its date the next). The dates
    follow the byline at once, each date whole on its line, the whole meta within four
    lines of small sans (a one-line byline over at most two lines of dates)."""
    with fixture_page(auditor, stem, width=375) as page:
        found = page.evaluate(META)
    assert 0 <= found["gap"] <= 6, found
    assert found["lines"], found
    assert all(lines == 1 for lines in found["lines"]), found
    assert found["height"] <= 4 * 21, found


@pytest.mark.parametrize("stem", [path.stem for path in ARTICLE_FILES])
def test_a_tablet_reaches_the_first_paragraph_within_a_screen_and_a_third(auditor: Any,
                                                                         stem: str) -> None:
    """At 768 x 1024 px every fixture's first paragraph starts within 1.3 screens (the third
    review: the long read's began 1,748 px down, under a 431 px hero and its four opening
    boxes stacked one under another; now a 20:9 hero, the boxes two by two)."""
    with fixture_page(auditor, stem, width=768) as page:
        page.set_viewport_size({"width": 768, "height": 1024})
        first = page.evaluate("() => document.querySelector('.article-body > p, .live-post > p')"
                              ".getBoundingClientRect().top + scrollY")
    assert first <= 1.3 * 1024, first


#: The headline's lines and width, the text column's width and its characters a line (the
#: first paragraph's width over its own text's mean character width, in its own font).
HEADER = """() => {
  const h1 = document.querySelector('h1'), hs = getComputedStyle(h1);
  const p = document.querySelector('.article-body > p, .live-post > p'), ps = getComputedStyle(p);
  const pen = document.createElement('canvas').getContext('2d');
  pen.font = ps.font;
  const text = p.textContent.replace(/\\s+/g, ' ').trim();
  const column = p.getBoundingClientRect().width;
  return {lines: Math.round(h1.getBoundingClientRect().height / parseFloat(hs.lineHeight)),
          headline: h1.getBoundingClientRect().width, column,
          characters: column / (pen.measureText(text).width / text.length)}; }"""


@pytest.mark.parametrize("width", [1024, 1280, 1600])
@pytest.mark.parametrize("stem", [path.stem for path in ARTICLE_FILES])
def test_a_wide_screens_headline_runs_wider_than_the_text_at_a_readable_measure(
        auditor: Any, stem: str, width: int) -> None:
    """The third review: at 1280 px the headline was held to the ~640 px text column and
    wrapped to four to six lines (the Russian radio page six, the flood page five). From
    1024 px the header spans the page with the lead, the headline across three quarters of
    it: at most three lines for an ordinary headline (up to 86 characters; the radio page's
    90, a quotation and a clause, four), at least 100 px wider than the text, whose column
    keeps 60 to 75 characters a line in Latin and Cyrillic script. (Arabic script's narrower
    letters fill 79 to 89 a line of the same column: a narrower Arabic column would resize
    its charts, embeds and the pictures' chosen files with it, which this change leaves.)"""
    with fixture_page(auditor, stem, width=width) as page:
        found = page.evaluate(HEADER)
        length = len(page.evaluate("() => document.querySelector('h1').textContent.trim()"))
        single = page.evaluate("() => !!document.querySelector('.broadsheet-article--single')")
    page_is_essay = stem in ESSAY_STEMS
    # (a photo essay's headline stands over its hero at the hero's larger size, round 45)
    assert found["lines"] <= (3 if length <= 86 and not page_is_essay else 4), (length, found)
    if single:  # nothing for the rail (render/flow.py): one centred column, headline its width
        # (a live blog's headline, since round 48, runs over column and rail as any other's)
        assert abs(found["headline"] - found["column"]) < 1.5, found
    else:
        assert found["headline"] >= found["column"] + 100, found
    if not stem.startswith(("ar-", "fa-")):
        assert 60 <= found["characters"] <= 75, found


LIVE_LOOK = """() => {
  const badge = document.querySelector('.live-badge'), b = getComputedStyle(badge);
  const dot = getComputedStyle(badge, '::before');
  const time = getComputedStyle(document.querySelector('.live-post__time'));
  const byline = getComputedStyle(document.querySelector('.live-post__byline'));
  const kicker = document.querySelector('.article-header__kicker').getBoundingClientRect();
  const h1 = document.querySelector('h1').getBoundingClientRect();
  return {text: badge.innerText, colour: b.color, background: b.backgroundColor,
          animation: dot.animationName, above: kicker.bottom <= h1.top + 1,
          time: parseFloat(time.fontSize), timeWeight: parseFloat(time.fontWeight),
          byline: parseFloat(byline.fontSize)}; }"""


@pytest.mark.parametrize("motion", ["no-preference", "reduce"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("stem", ["en-live-storm-isha", "ar-live-election-count"])
def test_a_live_page_looks_live_and_its_posts_times_are_scannable(auditor: Any, stem: str,
                                                                  scheme: str, motion: str
                                                                  ) -> None:
    """The third review: live pages did not look live. Above the headline a marker says
    "Live" in words (not a colour alone) in white on the breaking red, its dot pulsing
    unless the reader asks for reduced motion; each post's time of day is set larger and
    bolder than the post's byline, to scan the feed by."""
    with fixture_page(auditor, stem, scheme=scheme) as page:
        page.emulate_media(reduced_motion=motion)
        found = page.evaluate(LIVE_LOOK)
    assert found["text"].strip(), found
    assert found["above"], found
    assert contrast(rgb(found["colour"]), rgb(found["background"])) >= 4.5, found
    assert found["animation"] == ("none" if motion == "reduce" else "bs-live-pulse"), found
    assert found["time"] >= 1.2 * found["byline"], found
    assert found["timeWeight"] >= 700, found


KEY_EVENTS = """() => [...document.querySelectorAll('.live-key-events li')].map((li) => {
  const time = li.querySelector('time'), t = getComputedStyle(time);
  const post = getComputedStyle(document.querySelector('.live-post__time'));
  return {links: li.querySelectorAll('a').length, timeInLink: !!time.closest('a'),
          before: !!(time.compareDocumentPosition(li.querySelector('a'))
                     & Node.DOCUMENT_POSITION_FOLLOWING),
          underline: t.textDecorationLine, numerals: t.fontVariantNumeric,
          colour: t.color, link: getComputedStyle(li.querySelector('a')).color,
          text: getComputedStyle(document.body).color,
          postTime: parseFloat(post.fontSize), postWeight: parseFloat(post.fontWeight)}; })"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("stem", ["en-live-storm-isha", "ar-live-election-count"])
def test_each_key_event_is_one_link_under_its_plain_time(auditor: Any, stem: str,
                                                        scheme: str) -> None:
    """The fourth review: each key event's time was a grey underlined link of its own above
    its headline's link, two links an event, the time looking broken. Each event is one link
    (its headline); its time, before it, is plain muted text in figures of one width, and the
    posts' own times keep their large bold design."""
    with fixture_page(auditor, stem, width=1280, scheme=scheme) as page:
        events = page.evaluate(KEY_EVENTS)
    assert len(events) >= 2
    for event in events:
        assert event["links"] == 1, event
        assert not event["timeInLink"], event
        assert event["before"], event
        assert event["underline"] == "none", event
        assert "tabular-nums" in event["numerals"], event
        assert event["colour"] not in (event["link"], event["text"]), event
        assert event["postTime"] >= 18, event
        assert event["postWeight"] >= 700, event


EDGES = """() => {
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  const start = (el) => { const box = el.getBoundingClientRect();
                          return rtl ? box.right : box.left; };
  const text = document.querySelector('.article-body > p');
  return {headline: start(document.querySelector('h1')),
          kicker: start(document.querySelector('.article-header__kicker, h1')),
          text: text ? start(text) : null}; }"""


@pytest.mark.parametrize("width", [1280, 1600])
@pytest.mark.parametrize("stem", [path.stem for path in ARTICLE_FILES  # a hero centres it
                                  if path.stem not in HERO_STEMS])
def test_headline_and_text_share_one_start_edge(auditor: Any, stem: str, width: int) -> None:
    """The third blind review: at 1280 px the headline started at the page's edge (x = 73)
    while the text column was centred (x = 294), so the headline hung off the start of the
    text it belongs to. On wide screens header and text begin at one edge (left, or right on a
    right-to-left page), on pages with a rail and without."""
    with fixture_page(auditor, stem, width=width) as page:
        found = page.evaluate(EDGES)
    assert found["text"] is not None, found
    assert abs(found["headline"] - found["text"]) <= 1, found
    assert abs(found["kicker"] - found["text"]) <= 1, found


@pytest.mark.parametrize("width", [375, 1280])
def test_a_divider_drawn_as_a_picture_is_a_quiet_ornament_in_the_text_column(
        auditor: Any, width: int) -> None:
    """The blind review saw the Eisteddfod's two ornaments as bands across the page (each a
    picture-sized box in the surface colour, broken out of the column) that looked like
    layout errors. Each is at most 24 px tall, inside the text column, on the page's own
    ground."""
    with fixture_page(auditor, "en-eisteddfod-decorative", width=width) as page:
        found = page.evaluate("""() => {
            const text = document.querySelector('.article-body > p').getBoundingClientRect();
            return [...document.querySelectorAll('.article-body > .figure img[alt=""]')]
              .map(img => { const r = img.getBoundingClientRect(),
                                  f = img.parentElement.getBoundingClientRect();
                return {height: r.height, left: r.left, right: r.right, boxLeft: f.left,
                        boxRight: f.right, textLeft: text.left, textRight: text.right,
                        ground: getComputedStyle(img).backgroundColor}; }); }""")
    assert len(found) == 2, found
    for ornament in found:
        assert 10 <= ornament["height"] <= 24, ornament
        assert ornament["textLeft"] - 1 <= ornament["boxLeft"], ornament
        assert ornament["boxRight"] <= ornament["textRight"] + 1, ornament
        assert ornament["textLeft"] - 1 <= ornament["left"] < ornament["right"] \
            <= ornament["textRight"] + 1, ornament
        assert ornament["ground"] == "rgba(0, 0, 0, 0)", ornament


#: The strips beside the dates line by line where a stray separator would be: before each
#: date that starts a line (on its start side) and after the text of each date that ends a
#: line, the last date excepted; 14 px wide, as tall as the date's line.
DATE_LINE_EDGES = """() => {
  const rtl = document.dir === 'rtl', items = [...document.querySelectorAll('.article-header__dates > span')];
  const text = (e) => { const r = document.createRange(); r.selectNodeContents(e); return r.getBoundingClientRect(); };
  const strips = [];
  items.forEach((item, i) => {
    const b = text(item);
    const strip = (x) => ({x: x, y: b.bottom - 16 + scrollY, width: 14, height: 14});
    if (i > 0 && b.top > text(items[i - 1]).bottom - 2) strips.push(strip(rtl ? b.right + 1 : b.left - 15));
    if (i < items.length - 1 && text(items[i + 1]).top > b.bottom - 2) strips.push(strip(rtl ? b.left - 15 : b.right + 1));
  });
  return {strips, lines: new Set(items.map(e => Math.round(text(e).top))).size};
}"""


@pytest.mark.parametrize(("stem", "width"), [("en-storm-breaking-corrections", 375),
                                             ("en-storm-breaking-corrections", 768),
                                             ("ar-local-elections-rtl", 375)])
def test_no_date_line_begins_or_ends_with_a_separator(auditor: Any, stem: str,
                                                      width: int) -> None:
    """The dates wrap as whole items and the separator between two of them is never the
    first or the last thing on a line: beside a line's first date and after its last one
    nothing is painted. (Before: a "·" ended each line but the last.)"""
    with fixture_page(auditor, stem, width=width) as page:
        found = page.evaluate(DATE_LINE_EDGES)
        assert found["lines"] >= 2, found  # the dates do wrap at this width
        assert found["strips"], found
        for strip in found["strips"]:
            painted = pixels(page, strip)
            ground = painted[0]
            assert all(sum(abs(a - b) for a, b in zip(p, ground, strict=True)) < 60
                       for p in painted), strip


def test_a_divider_before_an_editors_note_is_its_only_rule(auditor: Any) -> None:
    """A divider right before an editor's note stands for the note's top hairline: one rule
    over the note, not two about 19 px apart."""
    with fixture_page(auditor, "be-political-prisoners-quote", width=1280) as page:
        found = page.evaluate("""() => {
            const note = document.querySelector('.article-body > .note--editor');
            const hr = note.previousElementSibling, n = note.getBoundingClientRect();
            return {before: hr.tagName, hrBottom: hr.getBoundingClientRect().bottom, noteTop: n.top,
                    noteRule: getComputedStyle(note).borderTopWidth}; }""")
    assert found["before"] == "HR", found
    assert found["noteRule"] == "0px", found
    assert found["noteTop"] - found["hrBottom"] < 1, found  # the rule sits on the note


#: Every piece of text in the article that is drawn below 14 px, with its language.
SMALL_TEXT = """() => {
  const small = [], walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const e = walk.currentNode.parentElement;
    if (!walk.currentNode.textContent.trim() || !e.checkVisibility()) continue;
    if (e.getBoundingClientRect().width < 2) continue;  // visually hidden
    const size = parseFloat(getComputedStyle(e).fontSize);
    if (size < 14) small.push([e.className || e.tagName, size, walk.currentNode.textContent.trim().slice(0, 30)]);
  }
  return small;
}"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("stem", ["ar-local-elections-rtl", "ar-live-election-count",
                                  "fa-podcast-inflation-audio", "fa-rent-chart-footnotes"])
def test_arabic_script_small_print_is_at_least_14_px(auditor: Any, stem: str,
                                                     width: int) -> None:
    """Naskh's letters sit small on their em: dates, credits, labels and flags in Arabic and
    Persian are drawn at 14 px or more (15). (Before: 13 px, Latin's small print.)"""
    with fixture_page(auditor, stem, width=width) as page:
        assert page.evaluate(SMALL_TEXT) == []


HEADER_ROW = """() => {
  const h = document.querySelector('.site-header');
  const parts = [...h.querySelectorAll(':scope > :is(.site-header__name, .site-nav, .site-search)')];
  const alerts = [...h.querySelectorAll(':scope > .alert')]
      .reduce((sum, a) => sum + a.getBoundingClientRect().height, 0);
  return {height: h.getBoundingClientRect().height - alerts,
          parts: parts.map(e => { const r = e.getBoundingClientRect();
                                  return {cls: e.className, top: r.top, bottom: r.bottom}; })}; }"""


@pytest.mark.parametrize("width", [768, 1024, 1280])
@pytest.mark.parametrize("stem", ["en-transit-map-embed", "ru-flood-gallery",
                                  "ru-radio-interview-audio", "be-political-prisoners-quote",
                                  "fa-podcast-inflation-audio"])
def test_the_site_header_is_one_row_from_a_tablet_up(auditor: Any, stem: str,
                                                     width: int) -> None:
    """From 768 px the site header is one row: name, sections and search side by side (the
    blind review: at 768 px the search and its label wrapped to a second row, a 119 px
    header against 71); its alerts, if any, are rows of their own below."""
    with fixture_page(auditor, stem, width=width) as page:
        found = page.evaluate(HEADER_ROW)
    parts = found["parts"]
    assert len(parts) >= 2, found
    assert max(p["top"] for p in parts) < min(p["bottom"] for p in parts), found
    assert found["height"] <= 80, found


SEARCH_PARTS = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
                       return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                               width: r.width, height: r.height}; };
  const field = document.querySelector('#search-query');
  const button = document.querySelector('.site-search button');
  const b = box(button);
  const hit = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
  return {field: box(field), button: b, label: box(field.labels[0]),
          name: field.labels[0].textContent.trim(), text: button.innerText.trim(),
          placeholder: field.placeholder,
          placeholderColour: getComputedStyle(field, '::placeholder').color,
          pressed: hit === field ? 'field' : hit === button ? 'button' : String(hit),
          others: [...document.querySelectorAll('.site-header__name a, .site-nav a')]
            .map((e) => ({text: e.textContent.trim(), ...box(e)}))}; }"""


def overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (a["left"] < b["right"] and b["left"] < a["right"]
            and a["top"] < b["bottom"] and b["top"] < a["bottom"])


@pytest.mark.parametrize("width", [768, 1024, 1280])
@pytest.mark.parametrize("stem", ["ru-flood-gallery", "ar-local-elections-rtl"])
def test_the_header_search_is_labelled_and_wide_whenever_shown(auditor: Any, stem: str,
                                                               width: int) -> None:
    """Issue 17: at 768 px the field beside the sections was 67-105 px wide, with no label
    to see. Where a field of 200 px does not fit (below 64 rem) the search is folded into its
    "Search" button, which a press opens as a field across the header (the field itself, laid
    over the button, takes the press: no script); where it fits, the field is at least 200 px
    wide beside its visible label. The header is one row at rest, and nothing in it overlaps."""
    with fixture_page(auditor, stem, width=width) as page:
        row = page.evaluate(HEADER_ROW)
        rest = page.evaluate(SEARCH_PARTS)
        # press what is seen: the folded "Search" button, or else the field (not the submit)
        seen = rest["button"] if rest["pressed"] == "field" else rest["field"]
        page.mouse.click((seen["left"] + seen["right"]) / 2, (seen["top"] + seen["bottom"]) / 2)
        expect(page.locator("#search-query")).to_be_focused()
        opened = page.evaluate(SEARCH_PARTS)
    parts = row["parts"]
    assert max(p["top"] for p in parts) < min(p["bottom"] for p in parts), row
    assert row["height"] <= 80, row
    assert rest["name"], rest
    assert rest["text"], rest
    folded = rest["pressed"] == "field"
    assert folded == (width < 1024), rest
    if folded:  # the button, its text visible, is what is pressed; the label names the field
        assert rest["button"]["width"] >= 44, rest
        assert rest["button"]["height"] >= 24, rest
        shown = [rest["button"]]
    else:
        assert rest["field"]["width"] >= 200, rest
        # its label shown beside it, or else the label's words shown in it
        labelled = rest["label"]["width"] > 20 and rest["label"]["height"] > 10
        hinted = (rest["placeholder"] == rest["name"]
                  and rest["placeholderColour"] not in ("transparent", "rgba(0, 0, 0, 0)"))
        assert labelled != hinted, rest
        shown = [rest["field"], rest["button"]] + ([rest["label"]] if labelled else [])
    boxes_at_rest = shown + rest["others"]
    assert [(a, b) for a, b in combinations(boxes_at_rest, 2) if overlap(a, b)] == [], rest
    assert opened["field"]["width"] >= 200, opened
    boxes_open = [opened["field"], opened["button"], *opened["others"]]
    assert [(a, b) for a, b in combinations(boxes_open, 2) if overlap(a, b)] == [], opened


ARABIC_META = """() => [...document.querySelectorAll(
    '.article-header__byline, .article-header__dates time, figcaption, .live-key-events a,'
    + ' .live-key-events time, .live-post__meta, .live-post__byline')]
  .filter(e => e.getBoundingClientRect().width > 0 && /[\\u0600-\\u06FF]/.test(e.textContent))
  .map(e => ({cls: e.className || e.tagName, size: parseFloat(getComputedStyle(e).fontSize)}))"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("stem", ["ar-live-election-count", "ar-local-elections-rtl"])
def test_arabic_small_print_is_a_size_up(auditor: Any, stem: str, width: int) -> None:
    """Byline, dates, captions and the live page's key events and post meta in Arabic script
    are at least 16 px (Naskh's small body: at 15 px, as Latin's small print, the blind
    review read it as about 13)."""
    with fixture_page(auditor, stem, width=width) as page:
        found = page.evaluate(ARABIC_META)
    assert len(found) >= 3, found
    assert [f for f in found if f["size"] < 16] == [], found


def test_arabic_links_are_underlined_below_the_dots(auditor: Any) -> None:
    """A link's underline in Arabic script is set below the dots under the letters (an
    offset of 0.4 em, not Latin's 0.15 that cut through them), its ink skipped where a
    letter's tail reaches it; Latin links keep theirs."""
    with fixture_page(auditor, "ar-local-elections-rtl", width=1280) as page:
        found = page.evaluate("""() => [...document.querySelectorAll('a')]
            .filter(a => getComputedStyle(a).textDecorationLine.includes('underline')
                         && a.getBoundingClientRect().width > 0)
            .map(a => { const s = getComputedStyle(a);
                return {text: a.textContent.trim().slice(0, 20), lang: a.closest('[lang]').lang,
                        offset: parseFloat(s.textUnderlineOffset) / parseFloat(s.fontSize),
                        skip: s.textDecorationSkipInk}; })""")
    arabic = [f for f in found if f["lang"] == "ar"]
    assert len(arabic) >= 3, found
    for link in arabic:
        assert link["offset"] >= 0.35, link
        assert link["skip"] == "auto", link


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_highlight_suits_the_scheme(auditor: Any, scheme: str) -> None:
    """A marked phrase (the Kyiv explainer's <mark>) is a highlight of the scheme: light
    under dark text in the light scheme, dark under light text in the dark (it stayed the
    browser's bright yellow on the dark page), its text at least 4.5:1 on it."""
    with fixture_page(auditor, "en-explainer-kyiv-spelling", width=1280, scheme=scheme) as page:
        found = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('mark'));
            const rgb = c => c.match(/[\\d.]+/g).map(Number);
            return {text: rgb(s.color), background: rgb(s.backgroundColor),
                    page: rgb(getComputedStyle(document.body).backgroundColor)}; }""")
    text, background = found["text"], found["background"]
    ratio = contrast((text[0], text[1], text[2]), (background[0], background[1], background[2]))
    assert ratio >= 4.5, (found, ratio)
    lightness = sum(found["background"][:3]) / 3
    assert (lightness < 110) == (scheme == "dark"), found


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [320, 1280])
def test_no_word_of_a_table_stands_on_its_shade(auditor: Any, width: int, scheme: str) -> None:
    """The scroll shades were a gradient behind the whole region, so every word of every
    table stood on it: the gallery's contrast report listed the energy page's 44 texts as
    "check by eye" at every width (contrast over a gradient cannot be told). The shadow is
    now its own layer at the cut edge; each word of the tables, their captions and the
    "scroll sideways" hint has a plain ground under it, as the gallery's probe finds it."""
    from broadsheet.preview.capture import PROBES

    with fixture_page(auditor, "uk-energy-data-table", width=width, scheme=scheme) as page:
        page.evaluate("""() => document.querySelectorAll('.table-scroll *').forEach(
            (e) => { e.dataset.inTable = ''; })""")
        found = page.evaluate(f"""() => {{ const probes = {PROBES};
            const tagged = new Set([...document.querySelectorAll('[data-in-table]')]
                .map((e) => e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 80)));
            return probes.textColours({str(scheme == "dark").lower()})
                .filter((t) => tagged.has(t.text)); }}""")
    assert len(found) >= 40, found  # the three tables' words were found
    assert [item["text"] for item in found if item["bg"] is None] == [], found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_heros_words_over_its_photo_are_judged_by_eye(auditor: Any, scheme: str) -> None:
    """The long read's kicker, headline and standfirst stand over its hero photo, which is no
    ancestor of theirs: the gallery's probe took the canvas's white under them and reported
    "#ffffff on #ffffff, 1.00:1" (a blind review's find). Text over a picture is judged by
    eye (no ground, ``bg`` null); the story's paragraphs keep their measured ground."""
    from broadsheet.preview.capture import PROBES

    with fixture_page(auditor, "en-longread-river-crossing", width=1280,
                      scheme=scheme) as page:
        headline = page.evaluate("() => document.querySelector('h1').textContent.trim()")
        found = page.evaluate(f"""() => {{ const probes = {PROBES};
            return probes.textColours({str(scheme == "dark").lower()}); }}""")
    over = [item for item in found if item["text"] == " ".join(headline.split())[:80]]
    assert over, found
    assert [item for item in over if item["bg"] is not None] == [], over
    assert [item for item in found if item["bg"] is not None and item["fg"] == item["bg"]] \
        == [], found
    body = [item for item in found if item["text"].startswith("For 140 years")]
    assert body, found
    assert all(item["bg"] is not None for item in body), body
