"""Round 45's blind review of the pages, the body's pictures, tables and quotes: a
supporting picture ran the whole 1,120 px grid, ~750 px tall, outranking the lead; a French
quote on an Arabic page had its lines on the left and its bar on the right; a two-column
label/number table stretched to 640 px, its figures ~560 px from their labels; the body
started ~90 px under the lead's caption; a chart's title left one word alone on its second
line, and an unlabeled ``<small>`` paragraph read as a stray caption. Measured in
Chromium."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import broadsheet
from tests.browser.fixture_pages import fixture_page
from tests.helpers import ARTICLES

#: Each quote's bar (the border drawn), its own direction, the words' box and the
#: attribution's box, in CSS px.
QUOTES = """() => [...document.querySelectorAll('.article-body .quote')].map((q) => {
  const style = getComputedStyle(q), box = q.getBoundingClientRect();
  const left = parseFloat(style.borderLeftWidth), right = parseFloat(style.borderRightWidth);
  const words = document.createRange();
  words.selectNodeContents(q.querySelector('blockquote p'));
  const lines = [...words.getClientRects()];
  const cite = q.querySelector('figcaption'), citeRange = document.createRange();
  if (cite) citeRange.selectNodeContents(cite);
  const citeRects = cite ? [...citeRange.getClientRects()] : [];
  return {own: style.direction, page: getComputedStyle(q.parentElement).direction,
          side: left > 0 && right === 0 ? 'left' : right > 0 && left === 0 ? 'right' : 'both',
          box: {left: box.left, right: box.right},
          lineLeft: Math.min(...lines.map((r) => r.left)), lineRight: Math.max(...lines.map((r) => r.right)),
          citeLeft: citeRects.length ? Math.min(...citeRects.map((r) => r.left)) : null,
          citeRight: citeRects.length ? Math.max(...citeRects.map((r) => r.right)) : null};
})"""


def _quote_in_arabic(tmp_path: Path) -> str:
    """An English page whose quote is in Arabic (right to left)."""
    data = json.loads((ARTICLES / "en-explainer-kyiv-spelling.json").read_text("utf-8"))
    quote = next(block for block in data["body"] if block["type"] == "quote")
    quote.update(text="اسم المدينة ليس تفصيلاً صغيراً: حين تكتبه بلغتها تعترف بأن لها صوتها.",
                 lang="ar")
    path = tmp_path / "en-quote-in-arabic.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return broadsheet.render(path).html


@pytest.mark.parametrize("width", [375, 1280])
def test_a_quote_in_another_direction_has_its_bar_by_its_own_lines(auditor: Any, width: int,
                                                                  tmp_path: Path) -> None:
    """The French quote on the Arabic page: its bar on the left, its own start edge, its
    lines and its Arabic attribution starting within 24 px of the bar (the bar was on the
    right, the lines left-aligned up to 300 px from it); an Arabic quote on an English page
    the mirror image."""
    with fixture_page(auditor, "ar-local-elections-rtl", width=width) as page:
        rtl_page = page.evaluate(QUOTES)
    with fixture_page(auditor, "en-explainer-kyiv-spelling", width=width,
                      html=_quote_in_arabic(tmp_path)) as page:
        ltr_page = page.evaluate(QUOTES)
    french = [q for q in rtl_page if q["own"] == "ltr"]
    arabic = [q for q in ltr_page if q["own"] == "rtl"]
    assert french and arabic, (rtl_page, ltr_page)
    for quote in french:
        assert quote["side"] == "left", quote
        assert quote["lineLeft"] - quote["box"]["left"] <= 24, quote
        assert quote["citeLeft"] - quote["box"]["left"] <= 24, quote
    for quote in arabic:
        assert quote["side"] == "right", quote
        assert quote["box"]["right"] - quote["lineRight"] <= 24, quote
        assert quote["box"]["right"] - quote["citeRight"] <= 24, quote
    # a quote in the page's own direction keeps its bar on the page's start edge
    same = [q for q in rtl_page + ltr_page if q["own"] == q["page"]]
    assert all(q["side"] == ("right" if q["own"] == "rtl" else "left") for q in same), same
