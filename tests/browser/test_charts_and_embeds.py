"""Charts, embeds, media lengths and dates as a reader's Chromium shows them (issue 17: a chart
shrunk to 6 px labels on a phone, drawn for white in the dark scheme; an embed that fetched a
third party's page unasked; a "0:00" length; a date broken across two lines)."""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import pytest

from tests.browser.test_design import ORIGIN, fixture_page, pixels
from tests.helpers import ARTICLES

CHARTS = ["en-rents-chart-footnotes", "fa-rent-chart-footnotes"]


def shown_chart(page: Any) -> dict[str, Any]:
    """The chart's picture as the page shows it, once drawn: the file Chromium chose
    (``currentSrc``) and the box it fills."""
    return page.evaluate("""async () => {
        const img = document.querySelector('.chart img');
        img.scrollIntoView({block: 'center'});
        await img.decode();
        const box = img.getBoundingClientRect();
        return {src: img.currentSrc, x: box.left, y: box.top + scrollY,
                width: box.width, height: box.height};
    }""")


def label_sizes(src: str, shown_width: float) -> list[float]:
    """Every word's size in the drawing, in CSS pixels as shown ``shown_width`` wide."""
    assert src.startswith(ORIGIN), src
    drawing = lxml.etree.parse(str(ARTICLES / urlsplit(src).path.lstrip("/")))
    root = drawing.getroot()
    scale = shown_width / float(root.get("viewBox").split()[2])
    sizes = []
    for text in root.iter("{http://www.w3.org/2000/svg}text"):
        size = next(float(e.get("font-size")) for e in (text, *text.iterancestors())
                    if e.get("font-size"))
        sizes.append(size * scale)
    return sizes


@pytest.mark.parametrize("width", [320, 375, 768, 1280])
@pytest.mark.parametrize("stem", CHARTS)
def test_a_charts_words_are_readable_at_every_width(auditor: Any, stem: str, width: int) -> None:
    """On a phone the chart's own drawing for phones is shown, its words 11-16 px; on wider
    screens the wide drawing, never shrunk below 11 px nor blown up past 21 px."""
    with fixture_page(auditor, stem, width=width) as page:
        chart = shown_chart(page)
    narrow = chart["src"].endswith("-narrow.svg")
    assert narrow == (width <= 640), chart
    sizes = label_sizes(chart["src"], chart["width"])
    assert len(sizes) >= 10, sizes
    low, high = (11, 16) if width <= 375 else (11, 21)
    assert all(low <= size <= high for size in sizes), (chart, sorted(sizes))


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("stem", CHARTS)
def test_a_chart_is_drawn_in_the_pages_scheme(auditor: Any, stem: str, width: int) -> None:
    """In the dark scheme the chart stands on a dark ground with light words, as the page
    does, and on white in the light scheme."""
    grounds = {}
    for scheme in ("light", "dark"):
        with fixture_page(auditor, stem, width=width, scheme=scheme) as page:
            chart = shown_chart(page)
            painted = pixels(page, {key: chart[key] for key in ("x", "y", "width", "height")})
        ground, _ = Counter(painted).most_common(1)[0]
        grounds[scheme] = sum(ground) / 3
        if scheme == "dark":  # its words: many light pixels on the dark ground
            assert sum(1 for p in painted if min(p) > 150) > 200, stem
    assert grounds["light"] > 240, grounds
    assert grounds["dark"] < 40, grounds
