"""Round 46's blind review of the pages: names among the page's own words read in their
place. On the Persian podcast page a picture's credit "Trevor Freespace · CC BY 4.0" ran
together into one left-to-right run beside the Persian label, so a reader going right to
left met the licence before the name. Each name (a credit, a licence, an author) is now
isolated (``<bdi>``). Measured in Chromium: the words of a credit or byline stand on the
line in the order they are written, along the page's direction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import broadsheet
from tests.browser.fixture_pages import fixture_page
from tests.helpers import ARTICLES, fixture_ids

#: For each credit and byline: its text pieces in source order, each with its box (the
#: first line's), and the page's direction.
PIECES = """(selector) => [...document.querySelectorAll(selector)].map((el) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const pieces = [];
  for (let node; (node = walker.nextNode());) {
    if (!node.data.trim() || node.parentElement.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getClientRects()[0];
    if (box) pieces.push({text: node.data.trim(), left: box.left, right: box.right, top: box.top});
  }
  return {html: el.outerHTML.slice(0, 200), dir: getComputedStyle(el).direction, pieces};
})"""

CREDITS = ".figure__credit, .media__credit, .article-header__byline, .live-post__byline"


def _out_of_order(found: dict[str, Any]) -> list[str]:
    """Each pair of neighbouring pieces on one line standing against the page's direction."""
    wrong = []
    rtl = found["dir"] == "rtl"
    for before, after in zip(found["pieces"], found["pieces"][1:], strict=False):
        if abs(before["top"] - after["top"]) > 4:
            continue  # a new line
        ahead = after["right"] <= before["left"] + 1 if rtl else after["left"] >= before["right"] - 1
        if not ahead:
            wrong.append(f"{after['text']!r} stands before {before['text']!r}")
    return wrong


@pytest.mark.parametrize("stem", fixture_ids)
def test_credits_and_bylines_read_in_their_written_order(auditor: Any, stem: str) -> None:
    with fixture_page(auditor, stem, width=1280) as page:
        found = page.evaluate(PIECES, CREDITS)
    problems = {f["html"]: _out_of_order(f) for f in found if _out_of_order(f)}
    assert problems == {}


def test_a_latin_credit_and_licence_on_a_persian_page_read_name_first(auditor: Any) -> None:
    """The review's case, element by element: label, name, separator, licence, right to
    left (the licence stood next to the label)."""
    with fixture_page(auditor, "fa-podcast-inflation-audio", width=1280) as page:
        found = page.evaluate(PIECES, ".figure__credit:has(.credit__licence)")
    assert found, "the page has a credited, licensed picture"
    for credit in found:
        texts = [piece["text"] for piece in credit["pieces"]]
        assert texts[1:] == ["Trevor Freespace", "·", "CC BY 4.0"], texts
        lefts = [piece["left"] for piece in credit["pieces"]]
        assert lefts == sorted(lefts, reverse=True), credit


def test_latin_authors_on_a_persian_page_keep_their_order(auditor: Any, tmp_path: Path) -> None:
    """Two authors named in Latin letters, with roles, on a Persian page: the first named
    stands first (rightmost), each role beside its own name."""
    data = json.loads((ARTICLES / "fa-explainer-water-shortage.json").read_text("utf-8"))
    data["authors"] = [{"name": "Jane Doe", "role": "BBC"}, {"name": "John Roe", "role": "AFP"}]
    path = tmp_path / "fa-latin-authors.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    html = broadsheet.render(path).html
    with fixture_page(auditor, "fa-explainer-water-shortage", width=1280, html=html) as page:
        found = page.evaluate(PIECES, ".article-header__byline")
    assert len(found) == 1
    byline = found[0]
    assert byline["dir"] == "rtl"
    texts = [piece["text"] for piece in byline["pieces"]]
    jane, john = (next(i for i, text in enumerate(texts) if text.startswith(name))
                  for name in ("Jane Doe", "John Roe"))
    assert jane < john, texts
    assert _out_of_order(byline) == [], byline


@pytest.mark.parametrize("width", [375, 1280])
def test_what_changed_opens_the_update_note_marked(auditor: Any, width: int) -> None:
    """The dateline's "What changed" brings the update note into the window, under its top
    edge, outlined as a footnote opened is (it stood far from the time it explains)."""
    with fixture_page(auditor, "en-storm-breaking-corrections", width=width) as page:
        page.get_by_role("link", name="What changed").click()
        page.wait_for_function("() => location.hash === '#update'")
        found = page.evaluate("""() => { const note = document.getElementById('update');
          const box = note.getBoundingClientRect(), style = getComputedStyle(note);
          return {top: box.top, bottom: box.bottom, height: innerHeight,
                  outline: style.outlineStyle, width: parseFloat(style.outlineWidth)}; }""")
    assert 8 <= found["top"] < found["height"] / 2, found
    assert found["bottom"] <= found["height"], found
    assert found["outline"] == "solid", found
    assert found["width"] >= 2, found
