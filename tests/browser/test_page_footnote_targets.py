"""Footnote targets (the design review at 7/10: a reference was a 6 x 10 px target): each
reference and each back-link takes a pointer anywhere in a 24 px square (WCAG 2.2 2.5.8),
overlaps no other target, and leaves its paragraph's lines where they were."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from tests.browser.fixture_pages import fixture_page

STEMS = ["en-rents-chart-footnotes", "fa-rent-chart-footnotes"]

#: For each reference and back-link (scrolled to the middle of the window): the 24 px square
#: centred on it, whether a pointer at each of its corners and its middle (0.5 px in) lands on
#: it, the other targets whose boxes that square overlaps, and for a reference the tops of its
#: paragraph's lines with the line height.
TARGETS = """() => {
  const targets = 'a[href], button, summary, input, select, textarea, audio, video';
  const others = [...document.querySelectorAll(targets)];
  return [...document.querySelectorAll('.footnote-ref a, a.footnote-back')].map((link) => {
    link.scrollIntoView({block: 'center'});
    const r = link.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const square = {left: x - 12, right: x + 12, top: y - 12, bottom: y + 12};
    const points = [[square.left + 0.5, square.top + 0.5], [square.right - 0.5, square.top + 0.5],
                    [square.left + 0.5, square.bottom - 0.5],
                    [square.right - 0.5, square.bottom - 0.5], [x, y]];
    const missed = points.filter(([px, py]) => {
      const hit = document.elementFromPoint(px, py);
      return !hit || hit.closest('a') !== link;
    });
    const overlapped = others.filter((other) => other !== link && !other.contains(link)
      && !link.contains(other)).flatMap((other) => [...other.getClientRects()].filter((b) =>
        b.width > 0 && b.height > 0 && b.left < square.right - 0.5 && b.right > square.left + 0.5
        && b.top < square.bottom - 0.5 && b.bottom > square.top + 0.5)
        .map(() => other.outerHTML.slice(0, 60)));
    let lines = null;
    const p = link.closest('p');
    if (link.closest('.footnote-ref') && p) {
      const tops = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('.footnote-ref')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) tops.push(Math.round(box.top * 2) / 2);
      }
      lines = {tops: [...new Set(tops)].sort((a, b) => a - b),
               height: parseFloat(getComputedStyle(p).lineHeight)};
    }
    return {link: link.outerHTML.slice(0, 80), missed, overlapped, lines};
  });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("stem", STEMS)
def test_a_footnote_link_is_a_24_px_target(auditor: Any, stem: str, width: int,
                                           scheme: str) -> None:
    """A pointer anywhere in the 24 px square centred on a reference or a back-link lands on
    that link; the square overlaps no other target; a reference's paragraph keeps lines one
    line height apart (the target grows over the line, not into it)."""
    with fixture_page(auditor, stem, width=width, scheme=scheme) as page:
        found = page.evaluate(TARGETS)
    assert any(f["lines"] for f in found), "the fixture has footnote references"
    assert any(not f["lines"] for f in found), "the fixture has back-links"
    for target in found:
        assert target["missed"] == [], target
        assert target["overlapped"] == [], target
        if target["lines"]:
            tops, height = target["lines"]["tops"], target["lines"]["height"]
            gaps = [b - a for a, b in pairwise(tops)]
            assert all(abs(gap - height) <= 1 for gap in gaps), target
