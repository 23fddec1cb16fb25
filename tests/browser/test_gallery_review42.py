"""Round 42's blind review of the gallery (7/10), in Chromium: the Source tab's Arabic strings
isolated so the JSON's quotes and commas keep their places; the pager's arrows kept with
their headlines; the Props tables' field names whole; the tab strip's cue given its own
room. Captured without a browser (:class:`Photos`)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Literal

import pytest

from broadsheet.preview import GalleryBuilder
from tests.browser.test_gallery_review17 import Photos
from tests.helpers import ARTICLES

#: The Arabic local elections between another Arabic fixture and a Belarusian one (the
#: reviewer's pager: both neighbours' headlines wrap at 1280 px).
FIXTURES = ("ar-live-election-count", "ar-local-elections-rtl", "be-political-prisoners-quote",
            "en-council-video-lead")
RTL = "ar-local-elections-rtl"


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review42")
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    GalleryBuilder(folder / "out", capture=Photos()).build([folder])
    return folder / "out"


def _open(auditor: Any, gallery: Path, page: str, width: int, height: int,
          scheme: Literal["light", "dark"] = "light") -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / page, root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height, color_scheme=scheme),
                                 sandbox)


#: Each JSON string of the source that has an Arabic letter: whether its quotes and its
#: text sit in a bidi isolate (an element of the <pre> whose unicode-bidi is isolate or
#: plaintext). Chromium's per-character ranges cannot say where bidi text is drawn once it
#: wraps, so the isolation is read from the computed styles.
STRINGS = r"""() => {
  const pre = document.querySelector('.code--source pre');
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT), nodes = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([text.length, n]); text += n.data; }
  const isolated = (at) => { let i = nodes.length - 1; while (nodes[i][0] > at) i -= 1;
    for (let e = nodes[i][1].parentElement; e && e !== pre; e = e.parentElement) {
      if (['isolate', 'plaintext', 'isolate-override'].includes(getComputedStyle(e).unicodeBidi)) return e; }
    return null; };
  const found = [];
  for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
    if (!/[\u0600-\u06FF]/.test(m[1])) continue;
    const open = isolated(m.index), close = isolated(m.index + m[0].length - 1);
    const first = isolated(m.index + 1), last = isolated(m.index + m[0].length - 2);
    found.push({text: m[1], quotes: open !== null || close !== null,
                text_isolated: first !== null && first === last,
                whole: first && first.textContent === m[1]});
  }
  return found; }"""


def test_the_source_isolates_each_arabic_string_inside_its_quotes(
        auditor: Any, gallery: Path) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{RTL}/index.html", 1280, 900)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.locator('[role=tab][href="#source"]').click()
        strings = tab.evaluate(STRINGS)
    assert len(strings) >= 10, "the fixture's headline, summary, names, captions…"
    for each in strings:
        # The string's text in one isolate of its own (its own direction: Arabic reads right
        # to left), the quotes outside it in the JSON's left-to-right line.
        assert each["text_isolated"], each["text"]
        assert each["whole"], each["text"]
        assert not each["quotes"], each["text"]


@pytest.fixture(scope="module")
def blocks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The block stories of the Arabic fixture cut to a paragraph and a picture."""
    folder = tmp_path_factory.mktemp("review42-blocks")
    data = json.loads((ARTICLES / f"{RTL}.json").read_text("utf-8"))
    data["body"] = [data["body"][0], next(b for b in data["body"] if b["type"] == "image")]
    data.pop("lead", None)
    (folder / f"{RTL}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    GalleryBuilder(folder / "out", capture=Photos(), blocks=True).build([folder])
    return folder / "out"


FIELDS = """() => [...document.querySelectorAll('.props th[scope=row] code')].map((c) => ({
  name: c.textContent, lines: c.getClientRects().length}))"""


@pytest.mark.parametrize("width", [1280, 768, 375])
def test_a_props_table_never_breaks_a_field_name(auditor: Any, blocks: Path, width: int) -> None:
    sandbox, opened = _open(auditor, blocks, "blocks/image/index.html", width, 900)
    with opened as tab:
        tab.goto(sandbox.url)
        fields = tab.evaluate(FIELDS)
        room = tab.evaluate("""() => { const r = document.querySelector('.props').closest('.table-scroll');
          return {inner: r.scrollWidth, outer: r.clientWidth, page: document.documentElement.scrollWidth}; }""")
    assert {"height", "caption", "decorative", "credit_url"} <= {f["name"] for f in fields}
    for field in fields:
        assert field["lines"] == 1, field
    assert room["page"] == width, "the window never scrolls sideways"
    if width >= 768:
        assert room["inner"] <= room["outer"] + 1, "the description column wraps instead"


CUT = """() => {
  const strip = document.querySelector('.toc[data-tabs]'), ul = strip.querySelector('ul');
  const row = ul.getBoundingClientRect(), more = strip.querySelector('.toc__more--end');
  const shown = getComputedStyle(more).display !== 'none';
  const links = [...ul.querySelectorAll('[role=tab]')];
  const tabs = links.map((a) => a.getBoundingClientRect());
  return {right: row.right, more: shown ? more.getBoundingClientRect().left : null,
          cue: shown ? more.textContent.trim() : null,
          cut: links.filter((a) => { const t = a.getBoundingClientRect();
                                     return t.left < row.right - 1 && t.right > row.right + 1; })
                    .map((a) => getComputedStyle(a).opacity),
          hidden: tabs.filter((t) => t.right > row.right + 1).length,
          last: tabs[tabs.length - 1].right}; }"""


@pytest.mark.parametrize(("width", "scheme"), [(375, "light"), (375, "dark"), (320, "light")])
def test_the_tab_cue_has_its_own_room_and_a_cut_tab_is_hidden_whole(
        auditor: Any, gallery: Path, width: int, scheme: Literal["light", "dark"]) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{RTL}/index.html", width, 800, scheme)
    with opened as tab:
        tab.goto(sandbox.url)
        seen = tab.evaluate(CUT)
        tab.focus("[role=tab][aria-selected=true]")
        tab.keyboard.press("End")
        tab.wait_for_timeout(300)
        end = tab.evaluate(CUT)
    assert seen["more"] is not None, "some tabs are out of sight at this width"
    # The row ends before the cue ("Spok" was cut under "3 more ›").
    assert seen["more"] >= seen["right"] - 1
    assert seen["cue"] == f"{seen['hidden']} more ›"
    # A tab the row's end cuts is counted and hidden whole (round 43: it faded, "Spok").
    assert seen["cut"] == ["0"] * len(seen["cut"]), seen
    # At the row's end the last tab is whole, its border inside the row (it was cut).
    assert end["more"] is None
    assert end["last"] <= end["right"] - 2


PAGER = """() => [...document.querySelectorAll('.fixture-head .pager a')].map((a) => {
  const bdi = a.querySelector('.pager__headline'), clip = a.getBoundingClientRect();  // the link scrolls
  const arrow = a.querySelector('.pager__arrow').getBoundingClientRect();
  const range = document.createRange(); range.selectNodeContents(bdi);
  const lines = {};
  for (const r of range.getClientRects()) {
    const mid = (r.top + r.bottom) / 2;
    if (r.width < 1 || mid < clip.top || mid > clip.bottom) continue;  // scrolled out
    const key = Math.round((r.top + r.bottom) / 4);
    const line = lines[key] || (lines[key] = {left: r.left, right: r.right, top: r.top, bottom: r.bottom});
    line.left = Math.min(line.left, r.left); line.right = Math.max(line.right, r.right);
  }
  return {rel: a.rel, arrow: {left: arrow.left, right: arrow.right, mid: (arrow.top + arrow.bottom) / 2},
          lines: Object.values(lines).sort((x, y) => x.top - y.top)}; })"""


@pytest.mark.parametrize(("slug", "width"), [(RTL, 1280), (RTL, 1440), ("ar-live-election-count", 1280),
                                             ("be-political-prisoners-quote", 1280), (RTL, 768)])
def test_a_pager_arrow_stays_by_its_headline_and_the_lines_are_balanced(
        auditor: Any, gallery: Path, slug: str, width: int) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{slug}/index.html", width, 800)
    with opened as tab:
        tab.goto(sandbox.url)
        links = tab.evaluate(PAGER)
    assert links, "a neighbour or two"
    for link in links:
        lines, arrow = link["lines"], link["arrow"]
        assert lines, link
        # Previous: the arrow by the first line's start; next: by the last line in sight's end.
        line = lines[0] if link["rel"] == "prev" else lines[-1]
        assert line["top"] <= arrow["mid"] <= line["bottom"], (link["rel"], lines, arrow)
        if link["rel"] == "prev":
            assert 0 <= line["left"] - arrow["right"] <= 8, (link["rel"], lines, arrow)
        else:
            assert 0 <= arrow["left"] - line["right"] <= 8, (link["rel"], lines, arrow)
        # Balanced: no line of one or two words under a long one.
        if len(lines) == 2:
            widths = [each["right"] - each["left"] for each in lines]
            assert min(widths) >= 0.5 * max(widths), (link["rel"], widths)
