"""The focus-order view's numbered badges: one per stop, none overlapping another, even where
the elements they number sit close together."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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

BADGES = """() => [...document.querySelectorAll('[data-broadsheet-probe] > div:nth-child(even)')].map((b) => {
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
        assert one["right"] - one["left"] >= 20
        assert one["bottom"] - one["top"] >= 20
        for other in badges[at + 1:]:
            apart = (one["right"] <= other["left"] or other["right"] <= one["left"]
                     or one["bottom"] <= other["top"] or other["bottom"] <= one["top"])
            assert apart, f"badge {one['n']} overlaps badge {other['n']}: {one} {other}"
