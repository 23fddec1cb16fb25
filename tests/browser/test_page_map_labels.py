"""Map labels on a halo (the design review at 7/10: the Tunisia map's Arabic names sat on the
coastline, 375 px dark): every name drawn on a map fixture is stroked in its ground's colour
in the reader's scheme, under its letters, so it reads over lines and fills."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.offline import ORIGIN, serve_only
from tests.helpers import ARTICLES

#: The fixtures' maps (the embeds' posters that draw a place), and the shapes their names
#: stand on.
MAPS = ["metro-bus-network.svg", "tunisia-outline.svg"]
GROUNDS = ".land, .sea, .water"

#: Each name's halo as Chromium computes it (a number on its own route tag, ``.on``, stands
#: on the tag, not the map), and the ground colours of the scheme.
HALOS = """(grounds) => ({
  grounds: [...document.querySelectorAll(grounds)].map((g) => getComputedStyle(g).fill),
  names: [...document.querySelectorAll('text:not(.on)')].map((t) => {
    const c = getComputedStyle(t);
    return {text: t.textContent, paintOrder: c.paintOrder, stroke: c.stroke,
            width: parseFloat(c.strokeWidth), join: c.strokeLinejoin, fill: c.fill};
  })})"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", MAPS)
def test_a_maps_names_stand_on_a_halo_of_their_ground(auditor: Any, name: str,
                                                      scheme: str) -> None:
    """Opened alone as an ``<img>`` shows it, in the scheme: each name is painted stroke
    first, its stroke (6 units or more, round joins) one of the map's ground colours in that
    scheme, never its own ink."""
    url = f"{ORIGIN}images/{name}"
    context = auditor.browser().new_context(viewport={"width": 640, "height": 360},
                                            color_scheme=scheme)
    try:
        page = context.new_page()
        serve_only(page, {url: ("image/svg+xml", ARTICLES / "images" / name)})
        page.goto(url)
        found = page.evaluate(HALOS, GROUNDS)
    finally:
        context.close()
    assert found["grounds"], found
    assert len(found["names"]) >= 2, found
    for label in found["names"]:
        assert label["paintOrder"].startswith("stroke"), label
        assert label["stroke"] in found["grounds"], (label, found["grounds"])
        assert label["stroke"] != label["fill"], label
        assert label["width"] >= 6, label
        assert label["join"] == "round", label


def test_a_maps_halo_follows_the_scheme(auditor: Any) -> None:
    """The Tunisia map's names are haloed in its light ground in the light scheme and its dark
    ground in the dark one (the halo is never a light rim on the dark map)."""
    url = f"{ORIGIN}images/tunisia-outline.svg"
    strokes = {}
    for scheme in ("light", "dark"):
        context = auditor.browser().new_context(viewport={"width": 640, "height": 360},
                                                color_scheme=scheme)
        try:
            page = context.new_page()
            serve_only(page, {url: ("image/svg+xml", ARTICLES / "images" / "tunisia-outline.svg")})
            page.goto(url)
            strokes[scheme] = {label["stroke"] for label in page.evaluate(HALOS, GROUNDS)["names"]}
        finally:
            context.close()
    assert strokes["light"].isdisjoint(strokes["dark"]), strokes


#: Every name's box and every city mark's box, in the map's own units, as Chromium lays
#: them out (the names' sizes follow the map's width through its media queries).
BOXES = """() => {
  const svg = document.documentElement;
  const toMap = svg.getScreenCTM().inverse();
  const box = (el) => {
    const r = el.getBoundingClientRect();
    const a = new DOMPoint(r.left, r.top).matrixTransform(toMap);
    const b = new DOMPoint(r.right, r.bottom).matrixTransform(toMap);
    return {text: el.textContent || el.localName, x1: a.x, y1: a.y, x2: b.x, y2: b.y};
  };
  return {names: [...document.querySelectorAll('text')].map(box),
          marks: [...document.querySelectorAll('circle')].map(box)};
}"""


def _overlap(a: dict[str, Any], b: dict[str, Any], gap: float) -> bool:
    return (a["x1"] < b["x2"] + gap and b["x1"] < a["x2"] + gap
            and a["y1"] < b["y2"] + gap and b["y1"] < a["y2"] + gap)


@pytest.mark.parametrize("width", [640, 343, 300])
@pytest.mark.parametrize("name", MAPS)
def test_a_maps_names_keep_clear_of_each_other_and_of_the_marks(auditor: Any, name: str,
                                                                 width: int) -> None:
    """Round 48's blind review saw the Tunisia map's names run together at both widths.
    Shown at the width of a desktop column, a phone column and the narrowest phone (the names
    grow through the map's media queries as it shrinks), no two names' line boxes come within
    4 map units of each other (on a phone "صفاقس" and "قابس" touched), none leaves the map
    (``بنزرت`` was cut at its top), and no name covers a city's mark."""
    url = f"{ORIGIN}images/{name}"
    context = auditor.browser().new_context(viewport={"width": width, "height": width * 9 // 16})
    try:
        page = context.new_page()
        serve_only(page, {url: ("image/svg+xml", ARTICLES / "images" / name)})
        page.goto(url)
        page.evaluate("() => document.fonts.ready.then(() => null)")
        found = page.evaluate(BOXES)
    finally:
        context.close()
    names, marks = found["names"], found["marks"]
    assert len(names) >= 2, found
    for i, label in enumerate(names):
        for other in names[i + 1:]:
            assert not _overlap(label, other, 4), (width, label, other)
        for mark in marks:
            assert not _overlap(label, mark, 0), (width, label, mark)
        assert label["y1"] >= 0, (width, label)
