"""Pages after the design review of round 43 (8/10), its defects 3 and 7: the photo essay
(``ru-flood-gallery``) was "a dark band inside a normal article", its lead an ordinary
picture under the standard header, its pictures in the 1,120 px text grid a hairline apart
with small captions; the long read's hero (``en-longread-river-crossing``) was three
quarters of the window, its top third flat grey sky, the headline pushed low. Measured in
Chromium: boxes, computed styles and painted pixels."""

from __future__ import annotations

from itertools import groupby, pairwise
from typing import Any

import pytest

from tests.browser.colour import contrast, rgb
from tests.browser.fixture_pages import fixture_page
from tests.browser.test_design import boxes
from tests.browser.test_design_masthead import HERO, SCRIM, inside

ESSAY = "ru-flood-gallery"
LONGREAD = "en-longread-river-crossing"

#: The essay's pictures, row by row: each picture's box and its caption's, the caption's
#: accent rule, size and colour.
ROWS = """() => [...document.querySelectorAll('.gallery__items > li')].map(li => {
  const r = li.querySelector('img').getBoundingClientRect();
  const cap = li.querySelector('figcaption'), c = cap.getBoundingClientRect();
  const s = getComputedStyle(cap);
  return {top: Math.round(r.top + scrollY), bottom: r.bottom + scrollY, left: r.left,
          right: r.right, width: r.width, capTop: c.top + scrollY, capBottom: c.bottom + scrollY,
          capLeft: c.left, rule: parseFloat(s.borderInlineStartWidth),
          ruleStyle: s.borderInlineStartStyle, size: parseFloat(s.fontSize)};
})"""


def rows_of(items: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [list(row) for _, row in groupby(items, key=lambda item: item["top"])]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [768, 1280])
def test_the_essay_opens_on_its_picture_its_headline_under_it(auditor: Any, width: int,
                                                               scheme: str) -> None:
    """From a tablet up the essay opens on its lead picture across the window under the site
    header, its caption under it, then kicker, headline and standfirst from the text's start
    edge (round 49's review: centred over the picture on a scrim they hid ~80 % of it, so
    the picture stands clear: test_design_review50_pages.py); the h1 is still the page's
    first heading and comes before the picture in reading order; the picture is no taller
    than 70 % of the window at 1280 and the headline starts on the first screen."""
    with fixture_page(auditor, ESSAY, width=width, scheme=scheme) as page:
        box = boxes(page, HERO)
        first = page.evaluate("""() => {
          const h1 = document.querySelector('h1'), lead = document.querySelector('.figure--lead');
          return {h1s: document.querySelectorAll('h1').length,
                  before: !!(h1.compareDocumentPosition(lead) & Node.DOCUMENT_POSITION_FOLLOWING),
                  essay: document.querySelector('.broadsheet-article')
                           .classList.contains('broadsheet-article--essay')}; }""")
        overflow = page.evaluate("() => document.documentElement.scrollWidth - innerWidth")
    assert first == {"h1s": 1, "before": True, "essay": True}, first
    photo = box["photo"]
    assert photo["left"] == 0, box
    assert photo["width"] == width, box
    assert photo["bottom"] <= box["caption"]["top"] + 1, box
    for part in ("kicker", "h1", "summary"):
        assert box[part]["top"] >= box["caption"]["bottom"] - 1, (part, box)
        assert abs(box[part]["left"] - box["text"]["left"]) <= 1, (part, box)
    assert box["h1"]["top"] < 800, box
    if width == 1280:
        assert photo["bottom"] - photo["top"] <= 0.7 * 800 + 1, box
    assert overflow <= 0


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_essays_headline_is_legible_on_the_page(auditor: Any, scheme: str) -> None:
    """Kicker, headline and standfirst, under the picture since round 49, are in the page's
    colours on its ground: 4.5:1 or more in either scheme, with no scrim (the text was
    checked over a white and a black picture on the scrim before)."""
    with fixture_page(auditor, ESSAY, scheme=scheme) as page:
        found = page.evaluate(SCRIM)
        ground = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
        scrim = page.evaluate(
            "() => getComputedStyle(document.querySelector('.broadsheet-article'), '::before').content")
        box = boxes(page, {"h1": "h1", "photo": ".figure--lead img"})
    assert scrim in ("none", "normal"), scrim
    for text in found["text"]:
        assert contrast(rgb(text), rgb(ground)) >= 4.5, (found, ground)
    assert box["h1"]["top"] >= box["photo"]["bottom"], box


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_essays_pictures_span_the_page_at_1280(auditor: Any, scheme: str) -> None:
    """At 1280 the rows of whole frames span the page's 1,120 px, x 80-1200, edge to edge
    with the header and the text grid (at 1,200 px, 40 px from the window's edges, they
    aligned with nothing: round 49's review, test_design_review50_pages.py); the gallery's
    title stands at the rows' start edge (round 48's review)."""
    with fixture_page(auditor, ESSAY, width=1280, scheme=scheme) as page:
        rows = rows_of(page.evaluate(ROWS))
        title = boxes(page, {"title": ".gallery > h3", "text": ".article-body > p"})
    assert [len(row) for row in rows] == [2, 1, 2], rows
    for row in rows:
        assert abs(row[0]["left"] - 80) <= 1, row
        assert abs(row[-1]["right"] - 1200) <= 1, row
    assert rows[1][0]["width"] >= 1110, rows
    assert abs(title["title"]["left"] - rows[0][0]["left"]) <= 1, (title, rows[0])


@pytest.mark.parametrize(("width", "least", "most"), [(375, 28, 40), (768, 48, 64),
                                                      (1280, 48, 64)])
def test_the_essays_captions_are_set_apart_and_rows_well_spaced(auditor: Any, width: int,
                                                                least: float,
                                                                most: float) -> None:
    """Each caption stands right under its picture, from its start edge, hung from an
    accent rule at least 3 px wide, at 15 px or more; 48-64 px separate a row's lowest
    caption from the next row's pictures (about 32 px on a phone), and the pictures of a
    row stand at least 16 px apart."""
    with fixture_page(auditor, ESSAY, width=width, scheme="dark") as page:
        items = page.evaluate(ROWS)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - innerWidth")
    for item in items:
        assert 0 <= item["capTop"] - item["bottom"] <= 16, item
        # (on a phone the picture runs edge to edge, its caption at the text's edge: round 46)
        inset = 16 if width <= 640 and item["left"] == 0 else 0
        assert abs(item["capLeft"] - item["left"] - inset) <= 1, item
        assert item["rule"] >= 3, item
        assert item["ruleStyle"] == "solid", item
        assert item["size"] >= 15, item
    rows = rows_of(items)
    for above, below in pairwise(rows):
        gap = below[0]["top"] - max(item["capBottom"] for item in above)
        assert least <= gap <= most, (gap, above, below)
    for row in rows:
        for left, right in pairwise(row):
            assert right["left"] - left["right"] >= 16, row
    assert overflow <= 0


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [320, 375])
def test_a_phone_opens_the_essay_on_its_picture(auditor: Any, width: int, scheme: str) -> None:
    """On a phone the essay opens on its picture (round 46), then its caption and the
    headline at the long read's headline size, starting in the first screen (over the
    picture's foot it hid y 239-465 of a 375 px square: round 49's review), the byline under
    them; nothing scrolls sideways."""
    with fixture_page(auditor, ESSAY, width=width, scheme=scheme) as page:
        box = boxes(page, HERO)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - innerWidth")
        size = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)")
    with fixture_page(auditor, LONGREAD, width=width, scheme=scheme) as page:
        longread = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)")
    assert box["h1"]["top"] >= box["photo"]["bottom"], box
    assert box["h1"]["top"] + 40 <= 800, box
    assert box["byline"]["top"] > box["h1"]["bottom"], box
    assert size == longread, (size, longread)
    assert overflow <= 0


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_long_reads_hero_is_at_most_70_percent_of_the_window(auditor: Any,
                                                                 scheme: str) -> None:
    """At 1280 x 800 the long read's hero is no taller than 70 % of the window (at 75 % its
    top third was flat foggy sky, the headline pushed low) and its crop keeps the foot of
    the picture where the article's focal point says (``focus``: ``50% 90%``, two
    ``data-focus-*`` numbers, no inline style); the headline stays inside it. The essay's
    lead, with no focus, is cropped from its foot (bottom centre)."""
    with fixture_page(auditor, LONGREAD, width=1280, scheme=scheme) as page:
        box = boxes(page, HERO)
        position = page.evaluate(
            "() => getComputedStyle(document.querySelector('.figure--lead img')).objectPosition")
    with fixture_page(auditor, ESSAY, width=1280, scheme=scheme) as page:
        essay = page.evaluate(
            "() => getComputedStyle(document.querySelector('.figure--lead img')).objectPosition")
    photo = box["photo"]
    assert photo["bottom"] - photo["top"] <= 0.7 * 800 + 1, box
    assert inside(box["h1"], photo), box
    assert position == "50% 90%", position
    assert essay == "50% 100%", essay
