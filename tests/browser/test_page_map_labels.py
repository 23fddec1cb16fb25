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
