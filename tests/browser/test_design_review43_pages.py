"""Pages after the design review of round 43: the photo essay (``ru-flood-gallery``) shows
each photographer's frame whole, in justified rows (every picture was cut to 3:2 with
``object-fit: cover``, the valley's 1.9:1 panorama lost its sides, an upright frame would
have lost top and bottom, in a monotonous 2-up / 1-up grid); an upright frame alone in its
row is held to 75 % of the window's height, centred, its caption under it at its width."""

from __future__ import annotations

from itertools import groupby
from typing import Any

import pytest

from tests.browser.fixture_pages import fixture_page

ESSAY = "ru-flood-gallery"

#: Each essay picture's box, the shape its attributes give, how it is fitted, its caption's
#: start edge, and the band's box.
PICTURES = """() => [...document.querySelectorAll('.gallery__items > li')].map(li => {
  const img = li.querySelector('img'), r = img.getBoundingClientRect();
  const cap = li.querySelector('figcaption').getBoundingClientRect();
  const band = li.parentElement.getBoundingClientRect();
  return {top: Math.round(r.top + scrollY), left: r.left, right: r.right, width: r.width,
          height: r.height, shape: img.width / img.height,
          want: +img.getAttribute('width') / +img.getAttribute('height'),
          fit: getComputedStyle(img).objectFit, capLeft: cap.left, capRight: cap.right,
          capTop: cap.top, imgBottom: r.bottom, bandLeft: band.left, bandRight: band.right};
})"""


@pytest.mark.parametrize("width", [375, 768, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_essay_shows_each_frame_whole_in_even_rows(auditor: Any, width: int,
                                                       scheme: str) -> None:
    """No picture is cropped (its box has the shape of its width and height attributes, no
    ``cover``); the pictures of a row are equally tall and the row fills the band; each
    caption starts under its picture's start edge, right under it."""
    with fixture_page(auditor, ESSAY, width=width, scheme=scheme) as page:
        items = page.evaluate(PICTURES)
    assert len(items) == 5, items
    for item in items:
        assert item["fit"] != "cover", item
        assert abs(item["width"] / item["height"] - item["want"]) < 0.02, item
        # (on a phone the picture runs edge to edge, its caption at the text's edge: round 46)
        inset = 16 if width <= 640 and item["left"] == 0 else 0
        assert abs(item["capLeft"] - item["left"] - inset) <= 1, item
        assert 0 <= item["capTop"] - item["imgBottom"] <= 16, item
    rows = [list(row) for _, row in groupby(items, key=lambda item: item["top"])]
    for row in rows:
        assert max(i["height"] for i in row) - min(i["height"] for i in row) < 1.5, row
        assert abs(row[0]["left"] - row[0]["bandLeft"]) <= 1, row
        assert abs(row[-1]["right"] - row[-1]["bandRight"]) <= 1, row
    if width >= 768:  # the valley's panorama shares a row with the cat, wider than it
        assert [len(row) for row in rows] == [2, 1, 2], rows
        assert rows[2][1]["width"] > rows[2][0]["width"] + 50, rows


#: Turns the cat into an upright frame (the reading corner, 540 x 960: its data-ratio, its
#: attributes and the class the template gives an upright frame) alone in the last row (the
#: box follows the attributes, loaded or not).
UPRIGHT = """() => {
  const items = document.querySelectorAll('.gallery__items > li');
  items[4].remove();
  const li = items[3], img = li.querySelector('img');
  li.dataset.ratio = '0.5625'; li.querySelector('.figure').classList.add('figure--portrait');
  img.removeAttribute('srcset');
  img.setAttribute('width', '540'); img.setAttribute('height', '960');
  img.src = img.src.replace(/[^/]*$/, 'reading-corner-portrait.jpg');
}"""


@pytest.mark.parametrize("width", [375, 1280])
def test_an_upright_frame_alone_is_whole_and_centred(auditor: Any, width: int) -> None:
    """An upright frame alone in its row is shown whole at no more than 75 % of the window's
    height, centred in the band, its caption starting under its start edge."""
    with fixture_page(auditor, ESSAY, width=width) as page:
        page.evaluate(UPRIGHT)
        item = page.evaluate(PICTURES)[3]
        height = page.evaluate("() => innerHeight")
    assert abs(item["width"] / item["height"] - 0.5625) < 0.02, item
    assert item["height"] <= 0.75 * height + 1, item
    assert abs((item["left"] - item["bandLeft"]) - (item["bandRight"] - item["right"])) <= 2, item
    assert abs(item["capLeft"] - item["left"]) <= 1, item
    assert item["capRight"] <= item["right"] + 1, item


# (The text after the upright clip no longer wraps beside it, nor does the lead video stand
# centred on a black stage: round 44's blind review; see test_design_review45_video.py.)

TABLES = "uk-energy-data-table"

#: The energy page's seven-column table: its scroller's and caption's boxes, its columns'
#: widths (the head row's cells), which hold figures, and the page's ground.
WIDE_TABLE = """() => {
  const scroller = document.querySelector('.table-scroll:has(tr > :nth-child(7))');
  const box = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  scroller.scrollIntoView({block: 'center'});
  const cells = [...scroller.querySelectorAll('thead th')];
  return {scroller: box(scroller), caption: box(scroller.querySelector('caption')),
          widths: cells.map(th => th.getBoundingClientRect().width),
          figures: cells.map(th => th.classList.contains('table-figure')),
          scrolls: scroller.scrollWidth > scroller.clientWidth + 1,
          ground: getComputedStyle(document.body).backgroundColor};
}"""


def test_a_wide_tables_columns_of_figures_are_even(auditor: Any) -> None:
    """At 1280 px the seven-column table's columns of figures share its width evenly: the
    widest (its heading's longest word, "Відновлювані") at most 1.5 times the narrowest, the
    three-letter "ГЕС" column no stub (it was 49 px beside a 159 px column of three-character
    figures, while "Атомні станції" and "Теплові станції" wrapped)."""
    with fixture_page(auditor, TABLES, width=1280) as page:
        found = page.evaluate(WIDE_TABLE)
    figures = [w for w, figure in zip(found["widths"], found["figures"], strict=True) if figure]
    assert len(figures) == 6, found
    assert max(figures) <= 1.5 * min(figures), found
    assert min(figures) >= 70, found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_scrolling_tables_caption_stands_clear_of_its_shade(auditor: Any,
                                                              scheme: str) -> None:
    """At 375 px the seven-column table scrolls, its end edge shaded under the rows, not
    beside its caption: the scroller's last 4 px level with the caption are the page's
    ground (the shade ran down beside the caption, in the scrolling area)."""
    with fixture_page(auditor, TABLES, width=375, scheme=scheme) as page:
        found = page.evaluate(WIDE_TABLE)
        assert found["scrolls"], found
        caption, scroller = found["caption"], found["scroller"]
        beside = page.screenshot(clip={"x": scroller["right"] - 4, "y": caption["top"] + 2,
                                       "width": 4, "height": caption["bottom"] - caption["top"] - 4})
        rows = page.screenshot(clip={"x": scroller["right"] - 4, "y": caption["bottom"] + 8,
                                     "width": 4, "height": 40})
    ground = tuple(int(v) for v in found["ground"][found["ground"].index("(") + 1:-1].split(","))
    assert pixels_off(beside, ground) <= 3, found
    # (the shade is there, under the caption: in the dark scheme a faint light band)
    assert pixels_off(rows, ground) > (8 if scheme == "light" else 0.5), found


def pixels_off(png: bytes, ground: tuple[int, ...]) -> float:
    """The largest mean difference of a channel of the picture from the ground."""
    from io import BytesIO

    from PIL import Image, ImageStat

    mean = ImageStat.Stat(Image.open(BytesIO(png)).convert("RGB")).mean
    return max(abs(m - g) for m, g in zip(mean, ground[:3], strict=True))


def test_a_landscape_frame_alone_in_the_last_row_is_held_and_centred(auditor: Any) -> None:
    """The Eisteddfod's essay of three 3:2 frames: the third, alone in its row, is no taller
    than 60 % of the window, centred in the band, whole (it stood 1,120 x 747 px)."""
    with fixture_page(auditor, "en-eisteddfod-decorative", width=1280) as page:
        items = page.evaluate(PICTURES)
        height = page.evaluate("() => innerHeight")
    last = items[-1]
    assert last["top"] > items[0]["top"], items
    assert last["height"] <= 0.6 * height + 1, last
    assert abs((last["left"] - last["bandLeft"]) - (last["bandRight"] - last["right"])) <= 2, last
    assert abs(last["width"] / last["height"] - last["want"]) < 0.02, last
