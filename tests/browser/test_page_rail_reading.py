"""The rail beside the reader, the boxes' place in a phone's reading order, pictures never
taller than the screen and tables the column's width (issue 17, a blind newsroom-designer
review, 6.5/10); measured in Chromium as boxes while the page scrolls."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.fixture_pages import fixture_page
from tests.helpers import ARTICLE_FILES

STEMS = [path.stem for path in ARTICLE_FILES]

#: Load every picture now (they are lazy), so boxes stand where the reader sees them.
EAGER = ("() => Promise.all([...document.images].map(i => {"
         " i.loading = 'eager'; return i.decode().catch(() => null); }))")

#: The longest stretch of the story's column beside which the reader never sees anything in
#: the rail: the page is scrolled 50 px at a time from a screen above the body to its end;
#: at each step every part of the article that shows in the rail's span (a box, a picture, a
#: block spanning column and rail, a live blog's key events) marks the part of the page it
#: covers on screen then (a sticky box thus covers what it stays beside).
RAIL_WHILE_SCROLLING = """async () => {
  const art = document.querySelector('.broadsheet-article'), rtl = document.dir === 'rtl';
  const column = (document.querySelector('.live-feed')
                  || document.querySelector('.article-body > p')).getBoundingClientRect();
  const a = art.getBoundingClientRect();
  const rail = rtl ? [a.left, column.left - 8] : [column.right + 8, a.right];
  const story = [...document.querySelectorAll('.article-body > *, .live-feed > *')];
  const top = Math.min(...story.map(e => e.getBoundingClientRect().top + scrollY));
  const bottom = Math.max(...story.map(e => e.getBoundingClientRect().bottom + scrollY));
  const parts = [...art.querySelectorAll(':scope > :not(.article-header, .article-body,'
      + ' .live-key-events), .live-key-events__box, .article-header > *, .article-body > *,'
      + ' .live-feed > *')];
  const screen = innerHeight, covered = [];
  for (let y = Math.max(0, top - screen); y <= bottom; y += 50) {
    scrollTo(0, y);
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (const e of parts) {
      const r = e.getBoundingClientRect();
      if (!r.height || r.right <= rail[0] || r.left >= rail[1]) continue;
      const from = Math.max(r.top, 0) + scrollY, to = Math.min(r.bottom, screen) + scrollY;
      if (to > from) covered.push([from, to]);
    }
  }
  covered.sort((x, y) => x[0] - y[0]);
  let reached = top, longest = 0, at = top;
  for (const [from, to] of covered) {
    if (Math.min(from, bottom) - reached > longest) {
      longest = Math.min(from, bottom) - reached; at = reached; }
    reached = Math.max(reached, to);
  }
  if (bottom - reached > longest) { longest = bottom - reached; at = reached; }
  return {longest, at, top, bottom, screen,
          single: art.classList.contains('broadsheet-article--single')};
}"""


@pytest.mark.parametrize("stem", ["uk-energy-data-table", "en-storm-breaking-corrections",
                                  "rferl-lukashenka-cnn-interview", "en-live-storm-isha",
                                  "ar-live-election-count", "ru-flood-gallery",
                                  "ru-radio-interview-audio"])
def test_the_rail_keeps_beside_the_reader(auditor: Any, stem: str) -> None:
    """At 1280 x 800, scrolling down the story, the rail is never empty beside the column for
    more than 1.2 screens (960 px): its last box keeps beside the text (sticky), a box that
    ended the body stands beside the story's opening, a live blog's key events keep beside
    its posts, a radio interview's player (nothing else for its rail) beside its story. (The
    review found one box, then 1,500-2,300 px of nothing beside the column; the interview's
    page was one column, its rail empty down the whole story, the review at 7/10.)"""
    with fixture_page(auditor, stem, width=1280) as page:
        page.evaluate(EAGER)
        found = page.evaluate(RAIL_WHILE_SCROLLING)
    assert not found["single"], found
    assert found["longest"] <= 1.2 * found["screen"], found


#: At 1280 px, unscrolled (as a whole-page picture shows it): the live blog's key events
#: (the nav, the rail's track) and their box, the last post, and the track's rule (none).
KEY_EVENTS_TRACK = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right}; };
  const nav = document.querySelector('.live-key-events'), style = getComputedStyle(nav);
  const posts = [...document.querySelectorAll('.live-post')];
  return {track: box(nav), box: box(nav.querySelector('.live-key-events__box')),
          last: box(posts[posts.length - 1]), feed: box(document.querySelector('.live-feed')),
          rule: style.borderInlineStartWidth, ruleStyle: style.borderInlineStartStyle,
          position: getComputedStyle(nav.querySelector('.live-key-events__box')).position,
          rtl: document.dir === 'rtl'};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("stem", ["en-live-storm-isha", "ar-live-election-count"])
def test_a_live_blogs_rail_runs_the_length_of_its_posts(auditor: Any, stem: str,
                                                        scheme: str) -> None:
    """At 1280 px the key events' nav is the rail's track from the standfirst's level to
    the last post's end, beside the posts, its box at the track's head keeping in sight in
    it (sticky): scrolled to the last post, the box is still on the screen, beside it. The
    track draws no rule of its own (round 43's review: a 1 px column rule from y 264 to
    2,550 under a 165 px box read as a stray rule in a whole-page picture, in both schemes
    and mirrored in Arabic)."""
    with fixture_page(auditor, stem, width=1280, scheme=scheme) as page:
        found = page.evaluate(KEY_EVENTS_TRACK)
        page.evaluate("() => document.querySelector('.live-post:last-of-type')"
                      ".scrollIntoView({block: 'center'})")
        page.wait_for_timeout(100)
        seen = page.evaluate("""() => {
          const r = document.querySelector('.live-key-events__box').getBoundingClientRect();
          return {top: r.top, bottom: r.bottom, screen: innerHeight}; }""")
    track, box, last, feed = found["track"], found["box"], found["last"], found["feed"]
    assert found["rule"] == "0px" or found["ruleStyle"] == "none", found
    assert seen["top"] >= 0, seen
    assert seen["bottom"] <= seen["screen"], seen
    assert track["top"] <= box["top"] + 1, found
    assert track["top"] < feed["top"], found
    assert track["bottom"] >= last["bottom"], found  # down to the last post's end
    assert track["bottom"] - feed["bottom"] <= 48, found  # and no further than the feed
    beside = track["right"] <= feed["left"] if found["rtl"] else track["left"] >= feed["right"]
    assert beside, found
    assert found["position"] == "sticky", found


#: At a narrow width: the body's first two paragraphs' boxes and the first box of those that
#: stand in the rail on a wide screen (related links, a pull quote, a note, contents, a
#: series, an audio version, a fact box other than key points).
FIRST_BOX = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {top: r.top + scrollY, bottom: r.bottom + scrollY}; };
  const paragraphs = [...document.querySelectorAll('.article-body > p')].slice(0, 2);
  const first = document.querySelector('.article-body > :is(.related, .pullquote, .note,'
      + ' .contents, .series, .audio-version, .factbox:not(.factbox--key-points))');
  return {paragraphs: paragraphs.map(box), box: first && {...box(first), name: first.className},
          follows: first && first.previousElementSibling.tagName};
}"""


@pytest.mark.parametrize("width", [375, 768])
@pytest.mark.parametrize("stem", ["ru-flood-gallery", "en-storm-breaking-corrections",
                                  "rferl-lukashenka-cnn-interview", "uk-energy-data-table",
                                  "be-political-prisoners-quote", "en-council-video-lead",
                                  "en-transit-map-embed"])
def test_a_box_comes_after_the_second_paragraph_on_a_narrow_screen(auditor: Any, stem: str,
                                                                   width: int) -> None:
    """In one column (375 and 768 px) the first box (related links, a pull quote, an update
    note) starts below the story's second paragraph, right after a paragraph (the reading
    order is the source's at every width). (Before: right after the first paragraph, it cut
    the story after two or three lines.)"""
    with fixture_page(auditor, stem, width=width) as page:
        found = page.evaluate(FIRST_BOX)
    assert found["box"], found
    assert len(found["paragraphs"]) == 2, found
    assert found["box"]["top"] >= found["paragraphs"][1]["bottom"], found
    assert found["follows"] == "P", found


#: Every picture in the article's figures: its box.
PICTURES = """() => [...document.querySelectorAll('.broadsheet-article figure img')].map(i => {
  const r = i.getBoundingClientRect();
  return {src: i.currentSrc.split('/').pop(), width: r.width, height: r.height,
          fit: getComputedStyle(i).objectFit};
})"""


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (375, 812)])
@pytest.mark.parametrize("stem", STEMS)
def test_no_picture_is_taller_than_the_screen(auditor: Any, stem: str, width: int,
                                              height: int) -> None:
    """At 1280 x 800 and 375 x 812 no picture in the article stands taller than 90% of the
    window (a picture in the body held to 70% is shown whole, narrower). (Before: the storm's showcase leaves and the
    Eisteddfod's lake stood about 1,120 px tall at 1280.)"""
    with fixture_page(auditor, stem, width=width) as page:
        page.set_viewport_size({"width": width, "height": height})
        page.evaluate(EAGER)
        found = page.evaluate(PICTURES)
    for picture in found:
        assert picture["height"] <= 0.9 * height, (picture, found)


SHOWCASE = """() => {
  const box = (e) => e.getBoundingClientRect();
  const figure = document.querySelector('.article-body > .figure--showcase');
  const img = box(figure.querySelector('img')), lead = box(document.querySelector('.figure--lead img'));
  const blocks = [...figure.parentElement.children];
  const above = blocks.slice(0, blocks.indexOf(figure));
  const after = blocks.slice(blocks.indexOf(figure) + 1, blocks.indexOf(figure) + 3);
  return {img: {left: img.left, right: img.right, top: img.top, height: img.height},
          lead: {left: lead.left, right: lead.right},
          fit: getComputedStyle(figure.querySelector('img')).objectFit,
          above: img.top - Math.max(...above.map((e) => box(e).bottom)),
          below: Math.min(...after.map((e) => box(e).top)) - box(figure).bottom}; }"""


# (en-eisteddfod-decorative, a photo essay since round 45, opens on a hero across the window)
@pytest.mark.parametrize("stem", ["en-storm-breaking-corrections"])
def test_a_showcase_picture_starts_at_the_leads_edge_and_has_its_space(auditor: Any, stem: str
                                                                       ) -> None:
    """The fourth review: at 1280 x 800 the storm's showcase picture, held to 85% of the
    window and centred, spanned x = 130-1150 under a lead spanning 80-1200, and started 13 px
    under the rail's box beside the paragraph before it, 32 px over the next heading. A
    landscape showcase picture starts at the lead's start edge and ends at its end edge
    (round 49's review: shown whole at 70% of the window it ended mid-rail; it is cropped in
    height to 70% where the whole would be taller: tests/browser/test_design_review46_body.py)
    and has as much space above it (from the lowest block before it, rail's box or
    paragraph) as below it."""
    with fixture_page(auditor, stem, width=1280) as page:
        page.evaluate(EAGER)
        found = page.evaluate(SHOWCASE)
    assert abs(found["img"]["left"] - found["lead"]["left"]) < 1, found
    assert abs(found["img"]["right"] - found["lead"]["right"]) < 1, found
    assert found["img"]["height"] <= 0.7 * 800 + 1, found
    assert found["above"] >= 24, found
    assert abs(found["above"] - found["below"]) <= 1, found


#: Each table's scroller in the body (a chart's data table's too), the room its box gives it
#: (its content box), that box's outer width (the scroller's own, in the body) and the
#: column (the first paragraph's box).
TABLE_WIDTHS = """() => {
  const column = document.querySelector('.article-body > p').getBoundingClientRect();
  return [...document.querySelectorAll('.article-body .table-scroll')].map(e => {
    const r = e.getBoundingClientRect(), parent = e.parentElement;
    const ps = getComputedStyle(parent), pr = parent.getBoundingClientRect();
    const room = pr.width - ['borderLeftWidth', 'paddingLeft', 'paddingRight', 'borderRightWidth']
      .reduce((sum, side) => sum + parseFloat(ps[side]), 0);
    const outer = parent.classList.contains('article-body') ? r : pr;
    return {width: r.width, room, outer: outer.width, left: outer.left, column: column.width,
            start: column.left, columns: e.querySelector('tr').children.length,
            body: parent.classList.contains('article-body'),
            caption: e.querySelector('caption').textContent.trim().slice(0, 40)}; });
}"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("stem", ["uk-energy-data-table", "en-rents-chart-footnotes"])
def test_every_table_in_the_column_is_the_columns_width(auditor: Any, stem: str,
                                                        width: int) -> None:
    """At 1280 and 375 px every table in the column of four columns or more is as wide as
    the column, within 2 px, at its start edge; a chart's data table fills its disclosure
    box, which is the column's width. (The energy page's tables stood 364, 320 and 640 px
    wide at 1280, each as wide as its content. Round 45: a narrower table in the body is as
    wide as its content, at least half the column: tests/browser/test_design_review46_body.py.)"""
    with fixture_page(auditor, stem, width=width) as page:
        found = page.evaluate(TABLE_WIDTHS)
    assert found, stem
    for table in found:
        if table["columns"] <= 3 and table["body"]:
            continue
        assert abs(table["width"] - min(table["room"], table["column"])) <= 2, table
        assert abs(table["outer"] - table["column"]) <= 2, table
        assert abs(table["left"] - table["start"]) <= 2, table
