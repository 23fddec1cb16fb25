"""The focus-order view's numbered badges: one per stop, none overlapping another, even where
the elements they number sit close together, and none over the start of the text it numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

#: Links and buttons packed tight: a row of short links, a stack of small buttons, two
#: controls on one spot (each badge's first place is its element's top-left corner).
CROWDED = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Crowded</title>
<style>body { margin: 0; font: 12px sans-serif; } a, button { margin: 0; padding: 0; }
.stack button { display: block; font-size: 10px; line-height: 10px; }
.over { position: absolute; top: 200px; left: 200px; }</style></head><body><main>
<p>""" + " ".join(f'<a href="#{i}">{i}</a>' for i in range(1, 25)) + """</p>
<div class="stack">""" + "".join(f"<button>b{i}</button>" for i in range(8)) + """</div>
<a class="over" href="#x">x</a><button class="over">y</button>
<a href="#end" style="position:absolute; right: 0; top: 0">end</a>
</main></body></html>"""

BADGES = """() => [...document.querySelectorAll('[data-broadsheet-badge]')].map((b) => {
  const r = b.getBoundingClientRect();
  return { n: b.textContent, left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX,
           bottom: r.bottom + scrollY }; })"""


def test_no_two_focus_order_badges_overlap(auditor: Any, tmp_path: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox
    from broadsheet.preview.capture import PROBES

    page = tmp_path / "crowded.html"
    page.write_text(CROWDED, encoding="utf-8")
    sandbox = Sandbox.for_file(page, root=tmp_path)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        names = tab.evaluate(f"() => ({PROBES}).focusOrder()")
        badges = tab.evaluate(BADGES)
    assert len(names) == len(badges) == 24 + 8 + 3
    assert [b["n"] for b in badges] == [str(i) for i in range(1, len(badges) + 1)]
    for at, one in enumerate(badges):
        assert one["right"] - one["left"] >= 16  # small (issue 17), still readable
        assert one["bottom"] - one["top"] >= 16
        for other in badges[at + 1:]:
            apart = (one["right"] <= other["left"] or other["right"] <= one["left"]
                     or one["bottom"] <= other["top"] or other["bottom"] <= one["top"])
            assert apart, f"badge {one['n']} overlaps badge {other['n']}: {one} {other}"


#: An ordinary page: links inside running text (the first at a line's start), a menu, a
#: button, an Arabic link; each badge must leave its element's first characters readable.
PROSE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prose</title>
<style>body { margin: 0 2rem; font: 18px/1.5 serif; } nav a { margin-inline-end: 0.6rem; }</style>
</head><body><nav><a href="#a">Home</a><a href="#b">World</a><a href="#c">Culture</a></nav><main>
<h1>A headline over the text</h1>
<p><a href="#d">Thousands</a> are without power as <a href="#e">90mph winds</a> batter the
north, and <a href="#f">rail services</a> are suspended.</p>
<p dir="rtl" lang="ar"><a href="#g">تونس</a> إقبال ضعيف على الانتخابات</p>
<button>Share this</button></main></body></html>"""

FIRST_TWO = """() => [...document.querySelectorAll('[data-broadsheet-focus]')].map((element) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && !node.data.trim()) { node = walker.nextNode(); }
  const at = node.data.search(/\\S/);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, Math.min(node.data.length, at + 2));
  const n = String(Number(element.dataset.broadsheetFocus) + 1);
  const badge = document.querySelector(`[data-broadsheet-badge="${n}"]`).getBoundingClientRect();
  return { n, text: range.toString(), badge: badge.toJSON(),
           chars: [...range.getClientRects()].map((r) => r.toJSON()) }; })"""


@pytest.mark.parametrize("name", ["prose", "crowded"])
def test_a_badge_leaves_the_first_characters_of_its_element_readable(
        auditor: Any, tmp_path: Path, name: str) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox
    from broadsheet.preview.capture import PROBES

    page = tmp_path / f"{name}.html"
    page.write_text(PROSE if name == "prose" else CROWDED, encoding="utf-8")
    sandbox = Sandbox.for_file(page, root=tmp_path)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        tab.evaluate(f"() => ({PROBES}).focusOrder()")
        stops = tab.evaluate(FIRST_TWO)
    assert len(stops) == (8 if name == "prose" else 35)
    for stop in stops:
        badge = stop["badge"]
        assert stop["chars"], stop
        for char in stop["chars"]:
            apart = (badge["right"] <= char["left"] or char["right"] <= badge["left"]
                     or badge["bottom"] <= char["top"] or char["bottom"] <= badge["top"])
            assert apart, f"badge {stop['n']} covers {stop['text']!r}: {badge} {char}"
