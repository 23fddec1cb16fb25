"""The details a designer reads a page by (issue 17): no text under 12 px, footnote numbers
against the word they follow, headlines without a word alone on their last line, topic
chips that say which are links, a footer without a photograph, and players that play; a
search button in the reader's scheme, footnote marks against the stop after them, back-links
each named, and a chart's data behind a light text disclosure."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.colour import contrast, luminance, rgb
from tests.browser.fixture_pages import fixture_page
from tests.helpers import ARTICLE_FILES

STEMS = [path.stem for path in ARTICLE_FILES]

#: Every visible text node's computed font size below 12 px, with its element and text.
SMALL_TEXT = """() => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.data.trim() || element.closest('.visually-hidden, [hidden]')) continue;
    if (!element.checkVisibility({visibilityProperty: true})) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    const size = parseFloat(getComputedStyle(element).fontSize);
    if (size < 12) found.push([element.tagName + '.' + element.className, size,
                               node.data.trim().slice(0, 30)]);
  }
  return found;
}"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("stem", STEMS)
def test_no_text_is_set_under_12_px(auditor: Any, stem: str, width: int) -> None:
    """Meta lines, credits, captions, tags and the footer's small print alike: every piece
    of text a reader sees is at least 12 CSS px (0.75 rem at the default size)."""
    with fixture_page(auditor, stem, width=width) as page:
        assert page.evaluate(SMALL_TEXT) == []


#: Each footnote number's gap from the character before it (in the line's direction).
FOOTNOTE_GAPS = """() => [...document.querySelectorAll('sup.footnote-ref')].map((sup) => {
  const before = sup.previousSibling;
  const last = document.createRange();
  last.setStart(before, before.data.trimEnd().length - 1);
  last.setEnd(before, before.data.trimEnd().length);
  const number = [...sup.querySelector('a').childNodes].find((n) => n.nodeType === 3);
  const digits = document.createRange();
  digits.selectNodeContents(number);
  const c = last.getBoundingClientRect(), d = digits.getBoundingClientRect();
  const rtl = getComputedStyle(sup).direction === 'rtl';
  return {before: before.data.slice(-12), spaced: before.data !== before.data.trimEnd(),
          gap: rtl ? c.left - d.right : d.left - c.right};
})"""


@pytest.mark.parametrize("stem", ["en-rents-chart-footnotes", "fa-rent-chart-footnotes"])
def test_a_footnote_number_sits_against_what_it_follows(auditor: Any, stem: str) -> None:
    """A footnote number follows the word or stop before it with no gap, as in print (it
    stood 2 px off, its link's padding, which read as a space after a full stop)."""
    with fixture_page(auditor, stem, width=1280) as page:
        found = page.evaluate(FOOTNOTE_GAPS)
    assert found, "the fixture has footnote references"
    for reference in found:
        assert not reference["spaced"], reference
        assert -0.5 <= reference["gap"] <= 0.5, reference


#: The words of the first h1, each with the top of its line.
HEADLINE_LINES = """() => {
  const h1 = document.querySelector('h1');
  const words = [];
  const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      words.push([Math.round(range.getBoundingClientRect().top), match[0]]);
    }
  }
  const wraps = [...document.querySelectorAll('h1, h2, .article-header__summary')]
    .map((e) => [e.tagName + '.' + e.className, getComputedStyle(e).textWrapStyle]);
  return {words, wraps};
}"""


@pytest.mark.parametrize("width", [320, 375])
def test_a_headline_never_leaves_one_word_on_its_last_line(auditor: Any, width: int) -> None:
    """Headings wrap balanced and the standfirst pretty; the storm story's headline ends on
    a line of more than one word on a phone."""
    with fixture_page(auditor, "en-storm-breaking-corrections", width=width) as page:
        found = page.evaluate(HEADLINE_LINES)
    last = max(top for top, _ in found["words"])
    assert len([word for top, word in found["words"] if top == last]) > 1, found["words"]
    for name, wrap in found["wraps"]:
        assert wrap == ("pretty" if "summary" in name else "balance"), (name, wrap)


#: Each topic: its box, its ink, whether it holds a link and what follows it.
CHIPS = """() => [...document.querySelectorAll('.tags li')].map((li) => {
  const a = li.querySelector('a'), r = li.getBoundingClientRect();
  return {linked: !!a, top: r.top, height: r.height, ink: getComputedStyle(a || li).color,
          underline: getComputedStyle(a || li).textDecorationLine.includes('underline'),
          after: a ? getComputedStyle(a, '::after').content : 'none'};
})"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_topic_with_a_page_reads_as_a_link(auditor: Any, scheme: str) -> None:
    """Linked and unlinked topics stand in one row at one height, but a linked one is
    underlined with an arrow after its name, before any pointer or focus, and a plain one
    is plain text without them, in the text's ink like the links (round 45 muted it, round
    48 put it on a pill: later reviews read both as disabled; round 49 made it plain)."""
    with fixture_page(auditor, "en-rents-chart-footnotes", width=375, scheme=scheme) as page:
        chips = page.evaluate(CHIPS)
    linked = [chip for chip in chips if chip["linked"]]
    plain = [chip for chip in chips if not chip["linked"]]
    assert linked, chips
    assert plain, chips
    assert len({round(chip["top"]) for chip in chips}) == 1, chips
    assert len({round(chip["height"]) for chip in chips}) == 1, chips
    for chip in linked:
        assert chip["after"] not in ("none", "normal", '""'), chip
        assert chip["underline"], chip
    assert not any(chip["underline"] for chip in plain), chips
    # round 49: every topic in the text's ink; only the links are underlined, with an arrow
    assert len({chip["ink"] for chip in linked}) == 1, chips
    assert len({chip["ink"] for chip in plain}) == 1, chips
    assert linked[0]["ink"] == plain[0]["ink"], chips


#: The size of each picture in the site's footer.
FOOTER_PICTURES = """() => [...document.querySelectorAll('.site-footer img')].map((img) => {
  const r = img.getBoundingClientRect();
  return {src: img.getAttribute('src'), width: r.width, height: r.height};
})"""


@pytest.mark.parametrize("stem", STEMS)
def test_the_footer_repeats_no_photograph(auditor: Any, stem: str) -> None:
    """A footer is on every page: no fixture's shows a photograph (the English pages all
    showed the same stock one, 128 px), and an About picture is a 3 rem mark at most."""
    with fixture_page(auditor, stem, width=1280) as page:
        pictures = page.evaluate(FOOTER_PICTURES)
    for picture in pictures:
        assert max(picture["width"], picture["height"]) <= 48.5, picture
    assert not [p for p in pictures if p["src"].endswith(".jpg")], pictures


@pytest.mark.parametrize("stem", ["fa-podcast-inflation-audio", "ru-radio-interview-audio"])
def test_the_audio_fixtures_players_play_offline(auditor: Any, stem: str) -> None:
    """The podcast's and the radio interview's players load their sample sound (a shipped
    four-second chime) offline, so a screenshot shows a player, not "Unable to play media"."""
    with fixture_page(auditor, stem, width=375) as page:
        page.wait_for_function(
            "() => [...document.querySelectorAll('audio')].every((a) => a.readyState >= 1"
            " || a.error)", timeout=30_000)
        found = page.evaluate("() => [...document.querySelectorAll('audio')].map((a) => ("
                              "{error: a.error && a.error.code, duration: a.duration,"
                              " src: a.currentSrc}))")
    assert found, "the fixture has a player"
    for player in found:
        assert player["error"] is None, player
        assert player["src"].endswith("images/sample-chime.wav"), player
        assert abs(player["duration"] - 4) < 0.1, player


#: The search button's colours and its header's ground.
SEARCH_BUTTON = """() => {
  const button = document.querySelector('.site-search button'), style = getComputedStyle(button);
  return {background: style.backgroundColor, color: style.color, border: style.borderTopColor,
          page: getComputedStyle(document.body).backgroundColor,
          scheme: getComputedStyle(button).colorScheme};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_search_button_follows_the_readers_scheme(auditor: Any, scheme: str) -> None:
    """In the dark scheme the header's Search button is a dark button, outlined, its words
    at 4.5:1 or more (it stood white, the brightest thing in the dark header); in the light
    scheme it is a dark button on the white page, as before."""
    with fixture_page(auditor, "en-rents-chart-footnotes", width=1280, scheme=scheme) as page:
        found = page.evaluate(SEARCH_BUTTON)
    ground, words = rgb(found["background"]), rgb(found["color"])
    assert luminance(ground) < 0.05, found
    assert contrast(ground, words) >= 4.5, found
    if scheme == "dark":  # its edge tells it from the dark page (3:1, a control's boundary)
        assert contrast(rgb(found["border"]), rgb(found["page"])) >= 3, found


#: What the footer shows: its pictures (loaded or not) and every box with nothing in it.
FOOTER_BOXES = """() => {
  const footer = document.querySelector('.site-footer');
  const broken = [...footer.querySelectorAll('img')].filter((img) => img.naturalWidth === 0)
    .map((img) => img.getAttribute('src'));
  const empty = [...footer.querySelectorAll('*')].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && !e.innerText.trim() && !e.querySelector('img, svg')
      && e.tagName !== 'IMG' && !e.closest('.visually-hidden');
  }).map((e) => e.tagName + '.' + e.className);
  const mark = footer.querySelector('.site-footer__mark');
  const style = mark && getComputedStyle(mark);
  return {broken, empty, mark: mark && {text: mark.innerText, font: style.fontFamily,
          weight: style.fontWeight, color: style.color,
          accent: getComputedStyle(document.documentElement).getPropertyValue('--bs-accent')}};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [375, 1280])
def test_the_seeds_footer_mark_is_its_name_in_type(auditor: Any, width: int,
                                                   scheme: str) -> None:
    """The design seed's About picture is a photograph with a placeholder for its words (a
    48 px crop of sky that looked broken): the footer sets the site's name as its mark
    instead, in the masthead's serif and the accent colour; no picture fails and no box
    stands empty."""
    with fixture_page(auditor, "rferl-lukashenka-cnn-interview", width=width,
                      scheme=scheme) as page:
        found = page.evaluate(FOOTER_BOXES)
    assert found["broken"] == [], found
    assert found["empty"] == [], found
    mark = found["mark"]
    assert mark is not None, found
    assert mark["text"] == "RFE/RL", mark
    assert mark["font"].startswith('"Source Serif 4"'), mark
    assert int(mark["weight"]) >= 700, mark
    accent = mark["accent"].strip().lstrip("#")
    assert rgb(mark["color"]) == tuple(float(int(accent[i:i + 2], 16)) for i in (0, 2, 4)), mark


#: For each footnote number followed by punctuation: the gap from the number to the mark.
FOOTNOTE_FOLLOWERS = """() => [...document.querySelectorAll('sup.footnote-ref')].flatMap((sup) => {
  const after = sup.nextSibling;
  if (!after || after.nodeType !== 3 || !/^\\s*[,.;:\u060c]/.test(after.data)) return [];
  const mark = document.createRange();
  const at = after.data.search(/\\S/);
  mark.setStart(after, at);
  mark.setEnd(after, at + 1);
  const number = [...sup.querySelector('a').childNodes].find((n) => n.nodeType === 3);
  const digits = document.createRange();
  digits.selectNodeContents(number);
  const m = mark.getBoundingClientRect(), d = digits.getBoundingClientRect();
  const rtl = getComputedStyle(sup).direction === 'rtl';
  return [{after: after.data.slice(0, 12), spaced: at > 0,
           gap: rtl ? d.left - m.right : m.left - d.right}];
})"""


def test_the_stop_after_a_footnote_number_sits_against_it(auditor: Any) -> None:
    """"recommendations¹, including": the comma follows the number with no gap (the
    number's link padding pushed it 4 px off, which read as "¹ ,")."""
    with fixture_page(auditor, "en-rents-chart-footnotes", width=1280) as page:
        found = page.evaluate(FOOTNOTE_FOLLOWERS)
    assert found, "the fixture has a footnote number before a comma"
    for follower in found:
        assert not follower["spaced"], follower
        assert -0.5 <= follower["gap"] <= 1, follower


@pytest.mark.parametrize(("stem", "words"), [("en-rents-chart-footnotes", "Back to reference"),
                                             ("fa-rent-chart-footnotes", "بازگشت به ارجاع")])
def test_each_back_link_has_a_name_of_its_own(auditor: Any, stem: str, words: str) -> None:
    """Every back-link in the notes is a link with a name of its own, in the page's language
    ("Back to reference 1 (a)", "… (b)": the twice-cited note read "↑ ↑"); what it shows is
    in its name, and no note shows its arrow twice."""
    with fixture_page(auditor, stem, width=1280) as page:
        tree = page.locator(".footnotes ol").aria_snapshot()
        shown = page.locator(".footnotes li").evaluate_all(
            "(items) => items.map((li) => li.innerText)")
    names = [line.split('"')[1] for line in tree.splitlines() if line.strip().startswith("- link")
             and words in line]
    assert names, tree
    assert len(names) == len(set(names)), names
    for text in shown:
        assert text.count("↑") <= 1, text
    if stem.startswith("en-"):
        assert "Back to reference 1 (a)" in names, names
        assert "Back to reference 1 (b)" in names, names


#: The chart data disclosure: its box, its summary's look, its marker.
DISCLOSURE = """() => {
  const details = document.querySelector('.chart__data'), summary = details.querySelector('summary');
  const d = getComputedStyle(details), s = getComputedStyle(summary);
  const marker = getComputedStyle(summary, '::before');
  const r = summary.getBoundingClientRect();
  return {border: d.borderTopWidth, background: d.backgroundColor, summaryBackground: s.backgroundColor,
          color: s.color, link: getComputedStyle(document.querySelector('.article-body a')).color,
          height: r.height, width: r.width, marker: marker.content, markerWidth: marker.width,
          list: s.display};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("stem", ["en-rents-chart-footnotes", "fa-rent-chart-footnotes"])
def test_chart_data_is_a_light_text_disclosure(auditor: Any, stem: str, scheme: str) -> None:
    """A chart's "Chart data" is a line of link-coloured text after a drawn chevron, on no
    bar or box (it was a grey bordered bar), 44 px tall to press, with a focus ring when
    reached by keyboard."""
    with fixture_page(auditor, stem, width=375, scheme=scheme) as page:
        found = page.evaluate(DISCLOSURE)
        page.keyboard.press("Tab")  # give the page keyboard modality, then focus the summary
        page.locator(".chart__data summary").focus()
        ring = page.locator(".chart__data summary").evaluate(
            "(s) => { const c = getComputedStyle(s); return [s.matches(':focus-visible'),"
            " c.outlineStyle, c.outlineWidth]; }")
    assert found["border"] == "0px", found
    assert found["background"] == found["summaryBackground"] == "rgba(0, 0, 0, 0)", found
    assert found["color"] == found["link"], found
    assert found["height"] >= 44, found
    assert found["marker"] not in ("none", "normal"), found
    assert found["list"] != "list-item", found  # no native triangle
    visible, style, width = ring
    assert visible, ring
    assert style == "solid", ring
    assert float(width.removesuffix("px")) >= 2, ring

