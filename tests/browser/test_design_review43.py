"""The pages' findings of the blind design review at 7/10 (round 43), measured in Chromium:
one spacing token for a section break and another for a block gap at the end of an article
and in a live blog, the long read's rail modules evenly spaced, the Persian footnote
references' cue under their digits, the masthead's search button in the dark and the
masthead's mark on every page of the sample newsroom."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.fixture_pages import fixture_page

#: The root's spacing tokens in px, and the vertical gap between each pair of the given
#: selectors' first matches (the next one's top less the previous one's bottom).
GAPS = """(pairs) => {
  const root = getComputedStyle(document.documentElement), rem = parseFloat(root.fontSize);
  const px = (name) => { const probe = document.createElement('div');
    probe.style.blockSize = `var(${name})`; document.body.append(probe);
    const h = probe.getBoundingClientRect().height; probe.remove(); return h; };
  const gaps = {};
  for (const [a, b] of pairs) {
    const x = document.querySelector(a), y = document.querySelector(b);
    gaps[`${a} -> ${b}`] = y.getBoundingClientRect().top - x.getBoundingClientRect().bottom;
  }
  return {block: px('--bs-gap-block'), section: px('--bs-gap-section'), rem, gaps};
}"""


def _gaps(page: Any, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    found: dict[str, Any] = page.evaluate(GAPS, pairs)
    return found


@pytest.mark.parametrize("width", [375, 1280])
def test_the_end_of_an_article_keeps_one_block_gap_and_one_section_gap(auditor: Any,
                                                                       width: int) -> None:
    """ar-local-elections-rtl: the last box of the story, the contributor line ("بمساهمة
    وكالة رويترز") and the footer's rule over the topics stand a block gap (24 px) and then
    a section gap (32 px) apart: the review measured about 60 px at 375 px where blocks
    elsewhere stand 25 px apart (the last block's own margin was added to the next part's)."""
    with fixture_page(auditor, "ar-local-elections-rtl", width=width) as page:
        found = _gaps(page, [(".article-body > :last-child", ".article-attribution"),
                             (".article-attribution", ".article-footer")])
    assert (found["block"], found["section"]) == (24, 32), found
    first, second = found["gaps"].values()
    assert abs(first - found["block"]) < 1, found
    assert abs(second - found["section"]) < 1, found


@pytest.mark.parametrize("stem", ["en-live-storm-isha", "ar-live-election-count"])
def test_a_live_blogs_feed_starts_a_section_gap_under_its_introduction(auditor: Any,
                                                                       stem: str) -> None:
    """At 375 px the live blog's introduction, the "5 updates" line, the key events and the
    first (pinned) post: the summary a section gap (32 px) under the introduction, the key
    events 16 px under the summary they go with, the posts a block gap (24 px) under the
    key events (the two boxes' margins added up to 48 px; the introduction's paragraph and
    the summary's, 40)."""
    with fixture_page(auditor, stem, width=375) as page:
        found = _gaps(page, [(".article-body > :last-child", ".live-summary"),
                             (".live-summary", ".live-key-events"),
                             (".live-key-events", ".live-feed")])
    intro, summary, events = found["gaps"].values()
    assert abs(intro - found["section"]) < 1, found
    assert abs(summary - 16) < 1, found
    assert abs(events - found["block"]) < 1, found


@pytest.mark.parametrize("stem", ["en-live-storm-isha", "ar-live-election-count"])
def test_a_live_blogs_posts_stand_a_block_gap_under_the_summary_at_1280(auditor: Any,
                                                                        stem: str) -> None:
    """At 1280 px, the key events in the rail, the introduction, the summary and the posts
    stand a section gap and then a block gap apart."""
    with fixture_page(auditor, stem, width=1280) as page:
        found = _gaps(page, [(".article-body > :last-child", ".live-summary"),
                             (".live-summary", ".live-feed")])
    intro, summary = found["gaps"].values()
    assert abs(intro - found["section"]) < 1, found
    assert abs(summary - found["block"]) < 1, found


def _luminance(rgb: str) -> float:
    parts = [float(x) / 255 for x in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in parts]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _ratio(a: str, b: str) -> float:
    x, y = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (x + 0.05) / (y + 0.05)


def test_the_search_button_reads_as_an_active_control_in_the_dark(auditor: Any) -> None:
    """en-live-storm-isha at 1280 px, dark: the masthead's Search button reads as a live
    control (dark grey #2b2b2b on the #1f1f1f masthead inside a #9a9a9a edge, it read as
    disabled): its words at least 4.5:1 on it, its edge as bright as its words (10:1 or more
    on the masthead, not a dimmer grey), its ground a visible step off the masthead's. It
    stays a dark button (test_page_details: white, it was the brightest thing in the
    header)."""
    with fixture_page(auditor, "en-live-storm-isha", width=1280, scheme="dark") as page:
        found = page.evaluate("""() => {
          const b = getComputedStyle(document.querySelector('.site-search button'));
          const h = getComputedStyle(document.querySelector('.site-header'));
          return {color: b.color, ground: b.backgroundColor, edge: b.borderTopColor,
                  header: h.backgroundColor}; }""")
    assert _ratio(found["color"], found["ground"]) >= 4.5, found
    assert _ratio(found["edge"], found["header"]) >= 10, found
    assert found["edge"] == found["color"], found
    assert _ratio(found["ground"], found["header"]) >= 1.4, found


#: Each footnote reference's link: its figure, underline, weight and colour, and the
#: colour of the text around it.
REFS = """() => [...document.querySelectorAll('.footnote-ref a')].map((a) => {
  const s = getComputedStyle(a), p = getComputedStyle(a.closest('p, li, td, figcaption'));
  return {text: a.textContent, line: s.textDecorationLine, weight: Number(s.fontWeight),
          color: s.color, around: p.color}; })"""


@pytest.mark.parametrize(("stem", "underlined"), [("fa-rent-chart-footnotes", False),
                                                  ("en-rents-chart-footnotes", True)])
def test_a_footnote_reference_in_persian_figures_has_no_stray_underline(
        auditor: Any, stem: str, underlined: bool) -> None:
    """fa-rent-chart-footnotes at 1280 px: the Persian references "۱" "۲" are not underlined
    (the line, set by the script's font far under the baseline and as wide as the figure's
    advance, stood apart below and beside the thin figure, a stray mark): bold, in the
    link's colour. The English page's references keep their underline."""
    with fixture_page(auditor, stem, width=1280) as page:
        found = page.evaluate(REFS)
    assert found, found
    for ref in found:
        assert ("underline" in ref["line"]) is underlined, ref
        if not underlined:
            assert ref["weight"] >= 700, ref
            assert ref["color"] != ref["around"], ref


#: The sample newsroom's pages in every language (news.example), one per language and
#: direction the review compared.
NEWSROOM = ["en-live-storm-isha", "ar-local-elections-rtl", "ru-flood-gallery",
            "fa-rent-chart-footnotes", "fa-podcast-inflation-audio",
            "fa-explainer-water-shortage", "uk-energy-data-table",
            "be-political-prisoners-quote"]

#: The masthead's mark: its picture (if any), its height, and the name's start and end
#: edges and the nav's start edge (from the page's start edge).
MARK = """() => {
  const name = document.querySelector('.site-header__name'), img = name.querySelector('img');
  const edges = (e) => { const r = e.getBoundingClientRect();
    return document.dir === 'rtl' ? [innerWidth - r.right, innerWidth - r.left]
                                  : [r.left, r.right]; };
  return {logo: img && img.currentSrc.split('/').pop(), complete: !!img && img.naturalWidth > 0,
          height: img && img.getBoundingClientRect().height,
          name: edges(name)[0], nameEnd: edges(img || name)[1],
          nav: edges(document.querySelector('.site-nav ul'))[0]}; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_sample_newsrooms_masthead_shows_its_mark_on_every_page(auditor: Any,
                                                                    scheme: str) -> None:
    """At 1280 px every page of the sample newsroom (news.example) shows its red mark and
    name as its logo, drawn for the scheme, at one height from the same start edge, and the
    navigation follows it at the same distance on every page, left to right and right to
    left. (The fa pages and uk-energy-data-table gave no logo, so the name stood as text and
    the header shifted 48 px between fixtures: round 43's review. Since round 51 each
    newsroom's name is drawn at its own width, as real language editions' wordmarks are,
    so the nav's start follows the logo's end rather than one fixed place.)"""
    found = {}
    for stem in NEWSROOM:
        with fixture_page(auditor, stem, width=1280, scheme=scheme) as page:
            found[stem] = page.evaluate(MARK)
    for stem, mark in found.items():
        assert mark["logo"], (stem, mark)
        assert mark["complete"], (stem, mark)
        assert mark["logo"].endswith("-dark.svg") is (scheme == "dark"), (stem, mark)
    assert len({round(mark["name"]) for mark in found.values()}) == 1, found
    assert len({round(mark["height"]) for mark in found.values()}) == 1, found
    gaps = {round(mark["nav"] - mark["nameEnd"]) for mark in found.values()}
    assert max(gaps) - min(gaps) <= 4, found
    assert min(gaps) >= 16, found
