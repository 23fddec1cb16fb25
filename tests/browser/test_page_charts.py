"""The charts' axes and keys (the design review at 7/10, round 41: the axis labels were pulled
in against the plot, the key was heavy): each drawing opened alone, offline, as an ``<img>``
shows it, in each scheme."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.colour import contrast, rgb
from tests.browser.offline import ORIGIN, serve_only
from tests.helpers import ARTICLES

DRAWINGS = ["millbrook-rent-chart.svg", "millbrook-rent-chart-narrow.svg",
            "tehran-rent-chart.svg", "tehran-rent-chart-narrow.svg"]

#: The plot's box (its axis and grid lines, lines, points and bars: every mark but a key's
#: swatch), each axis label's box and size, each key entry (its ink, weight and size) and
#: swatch (its length), and the drawing's ground.
CHART = """() => {
  const box = (e) => e.getBoundingClientRect();
  const marks = [...document.querySelectorAll(
    'line.axis, line.grid, polyline, circle, rect.a, rect.b')].map(box);
  const plot = {left: Math.min(...marks.map((b) => b.left)),
                right: Math.max(...marks.map((b) => b.right)),
                top: Math.min(...marks.map((b) => b.top)),
                bottom: Math.max(...marks.map((b) => b.bottom))};
  const ticks = [...document.querySelectorAll('text.tick')].map((t) => {
    const b = box(t);
    return {text: t.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom,
            size: parseFloat(getComputedStyle(t).fontSize)};
  });
  const keys = [...document.querySelectorAll('text.key')].map((t) => {
    const c = getComputedStyle(t);
    return {text: t.textContent, ink: c.fill, weight: c.fontWeight, size: parseFloat(c.fontSize)};
  });
  const swatches = [...document.querySelectorAll('line.swatch')].map((l) => box(l).width);
  return {plot, ticks, keys, swatches,
          ground: getComputedStyle(document.querySelector('rect.bg')).fill};
}"""


def opened(auditor: Any, name: str, scheme: str) -> dict[str, Any]:
    url = f"{ORIGIN}images/{name}"
    context = auditor.browser().new_context(viewport={"width": 1000, "height": 600},
                                            color_scheme=scheme)
    try:
        page = context.new_page()
        serve_only(page, {url: ("image/svg+xml", ARTICLES / "images" / name)})
        page.goto(url)
        page.evaluate("() => document.fonts.ready.then(() => null)")
        return dict(page.evaluate(CHART))
    finally:
        context.close()


@pytest.mark.parametrize("name", DRAWINGS)
def test_a_charts_axis_labels_stand_clear_of_the_plot(auditor: Any, name: str) -> None:
    """Every number on the scale and every year stands outside the plot (its lines, points
    and bars), at least 0.6 of its own size away (they stood 0.25-0.5 of it off)."""
    found = opened(auditor, name, "light")
    plot = found["plot"]
    assert len(found["ticks"]) >= 8, found
    for tick in found["ticks"]:
        across = max(plot["left"] - tick["right"], tick["left"] - plot["right"])
        down = max(plot["top"] - tick["bottom"], tick["top"] - plot["bottom"])
        assert max(across, down) >= 0.6 * tick["size"], (tick, plot)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["millbrook-rent-chart.svg", "millbrook-rent-chart-narrow.svg"])
def test_a_charts_key_is_light_and_legible(auditor: Any, name: str, scheme: str) -> None:
    """The lines' names (the phone drawing's key above the plot, the wide drawing's names at
    the lines' ends) are set in the normal weight, at 4.5:1 or more on the chart's ground;
    the key's swatches are shorter than its words are tall (they were bold, 16 px, after
    19 px swatches); the key's words are in the muted ink, the swatch carrying the colour."""
    found = opened(auditor, name, scheme)
    assert len(found["keys"]) == 2, found
    ground = rgb(found["ground"])
    for key in found["keys"]:
        assert key["weight"] == "400", key
        assert contrast(rgb(key["ink"]), ground) >= 4.5, (key, found["ground"])
    if "narrow" in name:
        assert len(found["swatches"]) == 2, found
        assert len({key["ink"] for key in found["keys"]}) == 1, found["keys"]
        assert all(length <= key["size"] for length, key in zip(
            found["swatches"], found["keys"], strict=True)), found
