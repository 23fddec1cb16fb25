"""Round 45's review of the pages (8/10), measured in Chromium: the site footer compact and
finished, unlinked topics quiet tags, an embed's
byline never starting a line with its "·", and a phone's chart panel on the text's edges."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from tests.browser.colour import contrast, mean, pixels, rgb
from tests.browser.fixture_pages import fixture_page

#: The site footer's parts: the heading's size, each link's box, the about text's and the
#: copyright line's.
FOOTER = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY}; };
  const footer = document.querySelector('footer.site-footer');
  return {
    heading: parseFloat(getComputedStyle(footer.querySelector('h2')).fontSize),
    section: parseFloat(getComputedStyle(document.querySelector('.article-body h2')
                                         || document.body).fontSize),
    links: [...footer.querySelectorAll('.site-footer__links a')].map(box),
    about: box(footer.querySelector('.site-footer__about')),
    name: box(footer.querySelector('.site-footer__name')),
    footer: box(footer), scroll: document.documentElement.scrollWidth };
}"""


@pytest.mark.parametrize("stem", ["en-rents-chart-footnotes", "ar-local-elections-rtl"])
def test_the_site_footer_is_compact_at_1280(auditor: Any, stem: str) -> None:
    """The review (footer at 1280): a 26 px heading louder than the section heads, five
    links stacked 40 px apart, the left half empty. Now an 18-20 px heading, the links in
    two or more columns 8-12 px apart (each a 24 px target), the copyright line beside
    the links under the about text, the footer at most 200 px tall."""
    with fixture_page(auditor, stem, width=1280) as page:
        found = page.evaluate(FOOTER)
    assert 18 <= found["heading"] <= 20, found
    links = found["links"]
    assert len(links) >= 2, found
    assert len({round(link["left"]) for link in links}) >= 2, found  # columns, not a stack
    assert all(link["bottom"] - link["top"] >= 24 for link in links), found
    rows = sorted({round(link["top"]) for link in links})
    for above, below in pairwise(rows):
        bottom = max(link["bottom"] for link in links if round(link["top"]) == above)
        assert 8 <= below - bottom <= 12, (above, below, found)
    name, about = found["name"], found["about"]
    assert abs(name["left"] - about["left"]) <= 1 or abs(name["right"] - about["right"]) <= 1
    assert name["top"] >= about["bottom"], found
    # in the grid, under the about text: not a row of its own across the footer
    assert name["right"] - name["left"] <= about["right"] - about["left"] + 1, found
    assert found["footer"]["bottom"] - found["footer"]["top"] <= 200, found


def test_the_site_footer_stays_fine_on_a_phone(auditor: Any) -> None:
    """At 375 the footer keeps its one column, its links in a row that wraps, each 24 px
    tall or more, its heading 18-20 px, nothing scrolling sideways."""
    with fixture_page(auditor, "en-rents-chart-footnotes", width=375) as page:
        found = page.evaluate(FOOTER)
    assert 18 <= found["heading"] <= 20, found
    assert all(link["bottom"] - link["top"] >= 24 for link in found["links"]), found
    assert found["scroll"] <= 375, found
    assert found["name"]["top"] >= max(link["bottom"] for link in found["links"]), found


#: Each topic: linked or not, its words' weight and colour, the ground under it, its arrow.
TOPICS = """() => [...document.querySelectorAll('.tags li')].map((li) => {
  const a = li.querySelector('a'), words = a || li, style = getComputedStyle(words);
  let ground = 'rgba(0, 0, 0, 0)';
  for (let e = li; e && ground.startsWith('rgba(0, 0, 0, 0'); e = e.parentElement)
    ground = getComputedStyle(e).backgroundColor;
  if (ground.startsWith('rgba(0, 0, 0, 0')) ground = getComputedStyle(document.body).backgroundColor;
  return {linked: !!a, weight: style.fontWeight, color: style.color, ground,
          muted: getComputedStyle(document.documentElement).getPropertyValue('--bs-muted').trim(),
          arrow: getComputedStyle(words, '::after').content,
          height: li.getBoundingClientRect().height}; })"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("stem", "width"), [("en-eisteddfod-decorative", 1280),
                                             ("ar-local-elections-rtl", 375)])
def test_an_unlinked_topic_is_a_quiet_tag(auditor: Any, stem: str, width: int,
                                          scheme: str) -> None:
    """The review: "Welsh language ->" beside "Eisteddfod" and "Wales" in the same bold ink
    read as broken links. A topic with no page is regular weight in the text's ink (4.5:1 or
    more on its ground; muted, then on a pill, later reviews read it as disabled: round 49),
    no arrow; a linked one semibold with its arrow; one height."""
    with fixture_page(auditor, stem, width=width, scheme=scheme) as page:
        topics = page.evaluate(TOPICS)
    linked = [t for t in topics if t["linked"]]
    plain = [t for t in topics if not t["linked"]]
    assert linked, topics
    assert plain, topics
    for topic in plain:
        assert topic["weight"] == "400", topic
        assert topic["arrow"] in ("none", "normal"), topic
        assert contrast(rgb(topic["color"]), rgb(topic["ground"])) >= 4.5, topic
    for topic in linked:
        assert int(topic["weight"]) >= 600, topic
        assert topic["arrow"] not in ("none", "normal"), topic
    assert max(t["height"] for t in topics) - min(t["height"] for t in topics) < 0.5, topics


#: Each embed's card: its box, whether it quotes a post, and the text column's edges.
EMBEDS = """() => {
  const column = document.querySelector('.article-body > p').getBoundingClientRect();
  return [...document.querySelectorAll('.article-body > .embed')].map((e) => {
    const r = e.getBoundingClientRect();
    return {post: !!e.querySelector('.embed__quoted'), left: r.left, right: r.right,
            column: [column.left, column.right]}; }); }"""


def test_a_maps_card_still_spans_column_and_rail(auditor: Any) -> None:
    """The rail-width breakout is kept for maps (and video)."""
    with fixture_page(auditor, "en-transit-map-embed", width=1280) as page:
        embeds = page.evaluate(EMBEDS)
    maps = [e for e in embeds if not e["post"]]
    assert maps, embeds
    assert all(e["right"] - e["column"][1] >= 300 for e in maps), maps


#: The post's byline: its box, its clip, the separator's box and the time's first line.
BYLINE = """() => { const b = document.querySelector('.embed__byline:has(.embed__sep)');
  const sep = b.querySelector('.embed__sep').getBoundingClientRect();
  const time = b.querySelector('time'), range = document.createRange();
  range.setStart(time.firstChild, 0); range.setEnd(time.firstChild, 1);
  const first = range.getBoundingClientRect(), box = b.getBoundingClientRect();
  const author = [...b.querySelector('.embed__author').getClientRects()].at(-1);
  return {box: [box.left, box.right], clip: getComputedStyle(b).overflowX,
          margin: parseFloat(getComputedStyle(b).overflowClipMargin) || 0,
          sep: [sep.left, sep.right, sep.top], time: [first.left, first.top],
          author: [author.left, author.right, author.top]}; }"""


def test_an_embeds_byline_never_starts_a_line_with_its_dot(auditor: Any) -> None:
    """At 375 the byline wrapped so a line began "· 28 February 2024, 22:14". The time now
    starts its line at the byline's edge and the dot, hanging before it, falls outside the
    byline, which clips it: no line starts (or ends) with it."""
    with fixture_page(auditor, "en-council-video-lead", width=375) as page:
        found = page.evaluate(BYLINE)
    assert found["time"][1] > found["author"][2] + 1, found  # the case: the time wraps
    assert abs(found["time"][0] - found["box"][0]) <= 0.5, found  # at the line's start
    assert found["clip"] == "clip", found
    assert found["sep"][1] <= found["box"][0] - found["margin"], found  # clipped away


def test_an_embeds_byline_keeps_its_dot_between_author_and_time(auditor: Any) -> None:
    """On one line (1280) the dot stands between the author and the time, apart from both."""
    with fixture_page(auditor, "en-council-video-lead", width=1280) as page:
        found = page.evaluate(BYLINE)
    assert abs(found["time"][1] - found["author"][2]) < 1, found
    assert found["sep"][0] - found["author"][1] >= 4, found
    assert found["time"][0] - found["sep"][1] >= 4, found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_phones_chart_panel_meets_the_texts_edges(auditor: Any, scheme: str) -> None:
    """fa-rent-chart-footnotes at 375, dark: the chart's panel stood at x = 28, the text at
    16. The panel's ground now runs from the text's edge to the text's edge: painted just
    inside the column's edges it is the drawing's own ground."""
    with fixture_page(auditor, "fa-rent-chart-footnotes", width=375, scheme=scheme) as page:
        box = page.evaluate("""() => { const p = document.querySelector('.chart__picture');
            const i = p.querySelector('img'); i.loading = 'eager';
            return i.decode().then(() => { const r = p.getBoundingClientRect(),
              t = document.querySelector('.article-body > p').getBoundingClientRect();
              return {left: r.left, right: r.right, top: r.top + scrollY,
                      height: r.height, text: [t.left, t.right]}; }); }""")
        middle = box["top"] + 0.4 * box["height"]
        edges = [pixels(page, {"x": x, "y": middle, "width": 2, "height": 4})
                 for x in (box["text"][0] + 1, box["text"][1] - 3)]
        panel = pixels(page, {"x": (box["left"] + box["right"]) / 2 - 40, "y": 4 + box["top"],
                              "width": 2, "height": 2})
    assert abs(box["left"] - box["text"][0]) <= 0.5, box
    assert abs(box["right"] - box["text"][1]) <= 0.5, box
    ground = mean(panel)
    for edge in edges:
        assert max(abs(a - b) for a, b in zip(mean(edge), ground, strict=True)) <= 3, \
            (edge, ground)


#: The rail's picture once the reader has scrolled 250 px past where it stands (beside the
#: chart): its box in the window, its position, and the window's height.
RAIL_PICTURE = """async () => {
  const figure = document.querySelector('.article-body > .figure--supporting');
  scrollTo(0, figure.getBoundingClientRect().top + scrollY + 250);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const r = figure.getBoundingClientRect();
  return {position: getComputedStyle(figure).position, top: r.top, bottom: r.bottom,
          left: r.left, column: document.querySelector('.article-body > p')
            .getBoundingClientRect().right, window: innerHeight}; }"""


def test_the_rails_last_picture_keeps_beside_the_text(auditor: Any) -> None:
    """en-rents-chart-footnotes at 1280: the rail was empty for 900 px below its one
    picture. The last picture in the rail, with nothing wide after it, keeps in sight beside
    the text (sticky), whole in the window, in the rail."""
    with fixture_page(auditor, "en-rents-chart-footnotes", width=1280) as page:
        found = page.evaluate(RAIL_PICTURE)
    assert found["position"] == "sticky", found
    assert 0 <= found["top"] <= 24, found
    assert found["bottom"] <= found["window"], found
    assert found["left"] > found["column"], found  # in the rail


def test_the_rails_picture_never_sticks_in_a_short_window(auditor: Any) -> None:
    """Only where it fits: in a window under 40 rem tall the picture scrolls with the page
    (a sticky box taller than the window keeps its end out of reach)."""
    with fixture_page(auditor, "en-rents-chart-footnotes", width=1280) as page:
        page.set_viewport_size({"width": 1280, "height": 560})
        found = page.evaluate(RAIL_PICTURE)
    assert found["position"] != "sticky", found
    assert found["top"] < -200, found  # scrolled up with the paragraphs it stood beside


def test_a_rail_picture_before_a_map_scrolls_with_the_page(auditor: Any) -> None:
    """Right to left: the Tunisian page's picture in the rail (its left) is followed by a
    map across column and rail, which would pass under a sticky picture: it scrolls."""
    with fixture_page(auditor, "ar-local-elections-rtl", width=1280) as page:
        found = page.evaluate("""() => { const f = document.querySelector(
            '.article-body > .figure--supporting'), p = document.querySelector(
            '.article-body > p').getBoundingClientRect(), r = f.getBoundingClientRect();
            return {position: getComputedStyle(f).position, right: r.right, column: p.left};
            }""")
    assert found["position"] != "sticky", found
    assert found["right"] < found["column"], found  # in the rail, on the left
