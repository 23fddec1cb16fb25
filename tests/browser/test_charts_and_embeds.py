"""Charts, embeds, media lengths and dates as a reader's Chromium shows them (issue 17: a chart
shrunk to 6 px labels on a phone, drawn for white in the dark scheme; an embed that fetched a
third party's page unasked; a "0:00" length; a date broken across two lines)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.browser.colour import pixels
from tests.browser.fixture_pages import fixture_page
from tests.browser.offline import ORIGIN, serve_only
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


def label_sizes(auditor: Any, src: str, shown_width: float) -> list[float]:
    """Every word's size in the drawing as Chromium draws it ``shown_width`` CSS px wide:
    the drawing opened alone, offline, in a viewport as wide as it is shown (as an ``<img>``
    is its drawing's viewport, which its media queries read), its root sized to the shown
    width (its viewBox kept), each ``<text>``'s computed font size times the scale its
    screen matrix applies."""
    assert src.startswith(ORIGIN), src
    path = ARTICLES / urlsplit(src).path.lstrip("/")
    context = auditor.browser().new_context(
        viewport={"width": max(round(shown_width), 1), "height": 900})
    try:
        page = context.new_page()
        serve_only(page, {src: ("image/svg+xml", path)})
        page.goto(src)
        return list(page.evaluate("""(width) => {
            const svg = document.documentElement;
            const [, , w, h] = svg.getAttribute('viewBox').split(/\\s+/).map(Number);
            svg.setAttribute('width', width);
            svg.setAttribute('height', width * h / w);
            return [...document.querySelectorAll('text')].map(t =>
                parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
        }""", shown_width))
    finally:
        context.close()


@pytest.mark.parametrize("width", [320, 375, 414, 480, 560, 600, 619, 620, 640, 700, 768, 1024,
                                   1280])
@pytest.mark.parametrize("stem", CHARTS)
def test_a_charts_words_are_readable_at_every_width(auditor: Any, stem: str, width: int) -> None:
    """The drawing is chosen by the room the chart gets: the phones' drawing while the wide
    one would shrink its words below 12 px (screens up to 619 px), never shown larger than
    drawn; the wide drawing above, in the text column. Every word Chromium draws is 12-16 px
    at every width (the blind reviews: 23 px at 376-640 px, where the phones' drawing was
    blown up to the screen's width; 8-11 px at 320 px, where a 360 px drawing was shrunk
    into a 288 px column)."""
    with fixture_page(auditor, stem, width=width) as page:
        chart = shown_chart(page)
    narrow = chart["src"].endswith("-narrow.svg")
    assert narrow == (width <= 619), chart
    sizes = label_sizes(auditor, chart["src"], chart["width"])
    assert len(sizes) >= 10, sizes
    assert all(12 <= size <= 16 for size in sizes), (chart, sorted(sizes))


def plot_share(auditor: Any, src: str) -> float:
    """The share of the drawing's width its plot takes: its axis line's length over the
    drawing's width, as Chromium draws it (opened alone, offline)."""
    path = ARTICLES / urlsplit(src).path.lstrip("/")
    context = auditor.browser().new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        serve_only(page, {src: ("image/svg+xml", path)})
        page.goto(src)
        return float(page.evaluate("""() => {
            const axis = document.querySelector('line.axis').getBoundingClientRect();
            return axis.width / document.documentElement.getBoundingClientRect().width; }"""))
    finally:
        context.close()


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("stem", CHARTS)
def test_a_phones_chart_gives_its_plot_the_width(auditor: Any, stem: str, width: int) -> None:
    """On a phone the plot takes at least 80% of the chart's width (the blind review: the
    rents chart's plot was 155 of 288 px at 320 px, the lines' names at their ends taking the
    rest; they now stand in a key above the plot), and the drawing fills the column."""
    with fixture_page(auditor, stem, width=width) as page:
        chart = shown_chart(page)
        column = page.evaluate("() => document.querySelector('.article-body > p').clientWidth")
    assert chart["src"].endswith("-narrow.svg"), chart
    assert chart["width"] >= min(column, 320) - 1, (chart, column)
    assert plot_share(auditor, chart["src"]) >= 0.8, chart


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


EMBEDS = ["en-transit-map-embed", "ar-local-elections-rtl"]


#: Where each fixture's first embed card's "Open the original" goes: the map or post on its
#: platform (OpenStreetMap's own map page, Bluesky's post page), not the bare embed page.
ORIGINALS = {
    "en-transit-map-embed": "https://www.openstreetmap.org/?minlon=-0.25&minlat=51.45"
                            "&maxlon=0.05&maxlat=51.58",
    "ar-local-elections-rtl": "https://www.openstreetmap.org/?minlon=7.52&minlat=30.23"
                              "&maxlon=11.60&maxlat=37.54",
}


def embed_blocks(stem: str) -> list[dict[str, Any]]:
    article = json.loads((ARTICLES / f"{stem}.json").read_text("utf-8"))
    return [block for block in article["body"] if block["type"] == "embed"]


@pytest.mark.parametrize("stem", EMBEDS)
def test_an_embed_is_a_card_that_fetches_nothing_until_the_reader_opens_it(
        auditor: Any, stem: str) -> None:
    """The card names the provider and the title and links to the original (which works
    without script); the provider's frame is requested only once its button is pressed from
    the keyboard, and then shows."""
    embed = embed_blocks(stem)[0]
    host = urlsplit(embed["url"]).hostname
    requested: list[tuple[str, str]] = []
    with fixture_page(auditor, stem, width=375, requested=requested) as page:
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_timeout(500)
        card = page.evaluate("""() => {
            const card = document.querySelector('.embed__card');
            return {provider: card.querySelector('.embed__provider').innerText,
                    title: card.querySelector('.embed__title').innerText,
                    href: card.querySelector('.embed__open a').href,
                    button: card.querySelector('summary').innerText,
                    shown: card.querySelector('iframe').checkVisibility()};
        }""")
        before = [url for _, url in requested if urlsplit(url).hostname == host]
        page.focus(".embed__card summary")
        page.keyboard.press("Enter")
        # waited for, not slept: the frame drawn with a height and its request routed
        page.wait_for_function("""() => {
            const frame = document.querySelector('.embed__card iframe');
            return frame.checkVisibility() && frame.getBoundingClientRect().height > 150;
        }""", timeout=10_000)
        for _ in range(200):
            if any(urlsplit(url).hostname == host for _, url in requested):
                break
            page.wait_for_timeout(10)  # lets Playwright's loop route the request
        frame = page.evaluate("""() => {
            const frame = document.querySelector('.embed__card iframe');
            return {shown: frame.checkVisibility(), height: frame.getBoundingClientRect().height};
        }""")
        after = [url for _, url in requested if urlsplit(url).hostname == host]
    assert embed["provider"].lower() in card["provider"].strip().lower(), card  # "Post on X"
    assert card["title"] == embed["title"], card
    assert card["href"] == ORIGINALS[stem], card  # the page on its platform, not the embed
    assert embed["provider"] in card["button"], card
    assert not card["shown"], "the frame is not shown before it is asked for"
    assert before == [], before
    assert after == [embed["url"]], after
    assert frame["shown"], frame
    assert frame["height"] > 150, frame


@pytest.mark.parametrize("stem", EMBEDS)
def test_the_skip_target_under_an_embed_is_unseen_until_the_skip_link_lands_on_it(
        auditor: Any, stem: str) -> None:
    """"End of … content" is there for the skip link and screen readers, not stray text under
    the card: clipped to nothing until focused, then a line of text."""
    with fixture_page(auditor, stem, width=375) as page:
        def end_box() -> dict[str, Any]:
            return page.evaluate("""() => {
                const end = document.querySelector('.embed__end');
                const box = end.getBoundingClientRect();
                return {width: box.width, height: box.height,
                        focused: document.activeElement === end, text: end.textContent};
            }""")
        unseen = end_box()
        page.focus(".embed__skip")
        page.keyboard.press("Enter")
        seen = end_box()
    assert unseen["width"] <= 1, unseen
    assert unseen["height"] <= 1, unseen
    assert seen["focused"], seen
    assert seen["width"] > 100, seen
    assert seen["height"] > 10, seen


@pytest.mark.parametrize("stem", ["en-storm-breaking-corrections", "en-live-storm-isha",
                                  "fa-explainer-water-shortage", "ar-live-election-count",
                                  "fa-podcast-inflation-audio", "en-longread-river-crossing"])
def test_no_date_time_or_length_breaks_across_lines_on_a_phone(auditor: Any, stem: str) -> None:
    """Each date, time and length the page prints sits on one line at 320 px ("30 November
    2026" split after "November" reads as two things), and stays inside the screen."""
    with fixture_page(auditor, stem, width=320) as page:
        times = page.evaluate("""() => [...document.querySelectorAll('time')]
            .filter(t => t.checkVisibility()).map(t => {
                const lines = new Set([...t.getClientRects()].map(r => Math.round(r.bottom)));
                const box = t.getBoundingClientRect();
                return {text: t.textContent, lines: lines.size, right: box.right,
                        left: box.left};
            })""")
    assert times, stem
    assert [t for t in times if t["lines"] != 1] == [], stem
    assert [t for t in times if t["left"] < 0 or t["right"] > 320] == [], stem


DRAWINGS = {"millbrook-rent-chart.svg": "Source Sans 3",
            "millbrook-rent-chart-narrow.svg": "Source Sans 3",
            "tehran-rent-chart.svg": "Noto Naskh Arabic",
            "tehran-rent-chart-narrow.svg": "Noto Naskh Arabic"}


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_a_charts_words_are_in_the_sites_sans_and_none_overlap(auditor: Any, name: str) -> None:
    """The blind review saw the charts' words in another sans than the page's (an ``<img>``
    loads no font from outside itself, so the system's DejaVu Sans drew them) and crowded at
    the origin (the first year centred on the corner under "100"). Opened on its own, offline,
    as an ``<img>`` shows it: each word is drawn in the font the page uses for its sans (the
    font Chromium reports for the text node), and no two words' boxes touch (3 px apart)."""
    url = f"{ORIGIN}images/{name}"
    context = auditor.browser().new_context(viewport={"width": 1000, "height": 600})
    try:
        page = context.new_page()
        serve_only(page, {url: ("image/svg+xml", ARTICLES / "images" / name)})
        page.goto(url)
        page.evaluate("() => document.fonts.ready.then(() => null)")
        words = page.evaluate("""() => [...document.querySelectorAll('text')].map(t => {
            const r = t.getBoundingClientRect();
            return {text: t.textContent, left: r.left, right: r.right, top: r.top,
                    bottom: r.bottom}; })""")
        cdp = context.new_cdp_session(page)
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        nodes = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": "text"})["nodeIds"]
        fonts = [{f["familyName"]: f["glyphCount"] for f in cdp.send(
            "CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]} for node in nodes]
    finally:
        context.close()
    assert len(words) >= 10, words
    family = DRAWINGS[name]
    for word, drawn in zip(words, fonts, strict=True):
        assert drawn, word
        assert all(font.startswith(family) for font in drawn), (word, drawn)
    gap = 3
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            apart = (a["right"] + gap <= b["left"] or b["right"] + gap <= a["left"]
                     or a["bottom"] + gap <= b["top"] or b["bottom"] + gap <= a["top"])
            assert apart, (a, b)


POSTERS = {"metro-bus-network.svg": "Source Sans 3", "metro-video-still.svg": "Source Sans 3",
           "tunisia-outline.svg": "Noto Naskh Arabic"}


@pytest.mark.parametrize("width", [320, 375, 768, 1280])
@pytest.mark.parametrize("stem", ["en-transit-map-embed", "ar-local-elections-rtl"])
def test_an_embeds_poster_fills_its_card_and_its_words_are_readable(auditor: Any, stem: str,
                                                                     width: int) -> None:
    """An embed's poster (its preview picture) fills the width of its preview at its own
    shape, never letterboxed: the card's width, or on wide screens, where the card spans the
    column and the rail, the column's less the card's padding (the words and button beside it in the rail); and every
    word drawn in it is at least 12 CSS px (the blind review: the Tunisia map 235 px wide in a
    585 px card; the transit map's labels at 7 px on a phone)."""
    with fixture_page(auditor, stem, width=width) as page:
        posters = page.evaluate("""async () => Promise.all(
            [...document.querySelectorAll('.embed__preview img')].map(async img => {
                img.scrollIntoView({block: 'center'});
                await img.decode();
                const card = img.closest('.embed__card'), s = getComputedStyle(card);
                const box = img.getBoundingClientRect();
                return {src: img.currentSrc, width: box.width, height: box.height,
                        natural: img.naturalWidth / img.naturalHeight,
                        fit: getComputedStyle(img).objectFit,
                        card: card.clientWidth - parseFloat(s.paddingLeft)
                              - parseFloat(s.paddingRight),
                        column: document.querySelector('.article-body > p')
                                .getBoundingClientRect().width - parseFloat(s.paddingLeft),
                        spans: card.getBoundingClientRect().width
                               > document.querySelector('.article-body > p')
                                 .getBoundingClientRect().width + 1}; }))""")
    assert posters, stem
    for poster in posters:
        track = poster["column"] if poster["spans"] else poster["card"]
        assert poster["spans"] == (width >= 1024), poster
        assert abs(poster["width"] - track) <= 1, poster
        assert abs(poster["width"] / poster["height"] - poster["natural"]) <= 0.02, poster
        sizes = label_sizes(auditor, poster["src"], poster["width"])
        assert len(sizes) >= 3, (poster, sizes)
        assert min(sizes) >= 12, (poster, sorted(sizes))


@pytest.mark.parametrize("name", sorted(POSTERS))
def test_a_posters_words_are_in_the_sites_fonts(auditor: Any, name: str) -> None:
    """A poster's words are drawn in the site's own font (carried inline: an ``<img>`` loads
    no font from outside itself; the posters' words were in the system's DejaVu Sans), each
    word's glyphs all from it."""
    url = f"{ORIGIN}images/{name}"
    context = auditor.browser().new_context(viewport={"width": 1000, "height": 600})
    try:
        page = context.new_page()
        serve_only(page, {url: ("image/svg+xml", ARTICLES / "images" / name)})
        page.goto(url)
        page.evaluate("() => document.fonts.ready.then(() => null)")
        words = page.evaluate(
            "() => [...document.querySelectorAll('text')].map(t => t.textContent)")
        cdp = context.new_cdp_session(page)
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        nodes = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": "text"})["nodeIds"]
        fonts = [{f["familyName"]: f["glyphCount"] for f in cdp.send(
            "CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]} for node in nodes]
    finally:
        context.close()
    assert len(words) >= 3, words
    for word, drawn in zip(words, fonts, strict=True):
        assert drawn, word
        assert all(font.startswith(POSTERS[name]) for font in drawn), (word, drawn)


def test_an_embed_cards_icons_are_drawn_and_silent(auditor: Any) -> None:
    """The card's icons (the map pin before the place, the play and minus signs on the
    button) are inline SVG hidden from screen readers, not characters each system's fonts
    draw their own way ("◉", "▶"): nothing is drawn by generated content, and the place's
    and the button's accessible text is their words alone."""
    with fixture_page(auditor, "en-transit-map-embed", width=1280) as page:
        found = page.evaluate("""() => [...document.querySelectorAll(
                '.embed__place, .embed__button')].map(e => {
            const shown = [...e.querySelectorAll(':scope > svg')].filter(
                s => s.getBoundingClientRect().width > 0);
            return {cls: e.className, before: getComputedStyle(e, '::before').content,
                    icons: shown.map(s => ({hidden: s.getAttribute('aria-hidden'),
                                            width: s.getBoundingClientRect().width})),
                    text: [...e.childNodes].filter(n => n.nodeType === 3)
                          .map(n => n.textContent.trim()).join('')}; })""")
    assert {f["cls"] for f in found} == {"embed__place", "embed__button"}, found
    for element in found:
        assert element["before"] in ("none", "normal"), element
        assert len(element["icons"]) == 1, element
        assert element["icons"][0]["hidden"] == "true", element
        assert element["icons"][0]["width"] >= 16, element
        assert element["text"] == "", element


@pytest.mark.parametrize("width", [320, 375, 768])
def test_an_embeds_byline_never_leaves_its_separator_alone_on_a_line(auditor: Any,
                                                                     width: int) -> None:
    """The "·" between a post's author and its time stands on the time's first line, tied
    to it: never alone at a line's start (an earlier blind review) nor at a line's end
    after the author (round 42's review at 375 px; the dot is now kept with what it
    precedes, as every separator on the page)."""
    with fixture_page(auditor, "en-council-video-lead", width=width) as page:
        found = page.evaluate("""() => [...document.querySelectorAll('.embed__byline')]
            .filter(b => b.querySelector('.embed__sep')).map(b => {
              const rects = e => [...e.getClientRects()].filter(r => r.width > 0);
              const sep = rects(b.querySelector('.embed__sep'));
              const range = document.createRange(), time = b.querySelector('time').firstChild;
              range.setStart(time, 0); range.setEnd(time, 1);
              return {time: range.getBoundingClientRect().top, sep: sep.map(r => r.top),
                      text: b.querySelector('.embed__sep').textContent}; })""")
    assert found, "the fixture's post has an author and a time"
    for byline in found:
        assert byline["text"].strip() == "·", byline
        assert [abs(top - byline["time"]) < 1 for top in byline["sep"]] == [True], byline


#: Each text of the Tunisia poster, drawn on the narrowest card (256 px: a 320 px phone's):
#: its size there in CSS px and its box in the drawing's units (the line box's middle 70 %,
#: where an Arabic name's letters and dots are), and each city's dot.
POSTER_LABELS = """() => { const svg = document.documentElement, k = 256 / 640;
  const texts = [...svg.querySelectorAll('text')].map(t => { const b = t.getBBox();
    return {text: t.textContent, size: parseFloat(t.getAttribute('font-size')) * k,
            left: b.x, right: b.x + b.width, top: b.y + 0.15 * b.height,
            bottom: b.y + 0.85 * b.height}; });
  const dots = [...svg.querySelectorAll('circle')].map(c => ({x: +c.getAttribute('cx'),
    y: +c.getAttribute('cy'), r: +c.getAttribute('r')}));
  return {texts, dots}; }"""


def test_the_tunisia_posters_names_are_readable_and_clear_of_each_other(auditor: Any) -> None:
    """On a 320 px phone the poster's city names are 16 px and every other word 12 px or
    more; no two names touch, no name covers a city's dot, and all stay inside the drawing
    (the blind review: names about 8 px tall, running into each other at the cape)."""
    svg = (ARTICLES / "images" / "tunisia-outline.svg").read_bytes()
    url = f"{ORIGIN}images/tunisia-outline.svg"
    with fixture_page(auditor, "ar-local-elections-rtl", width=320,
                      files={url: ("image/svg+xml", svg)}) as page:
        page.goto(url)
        page.evaluate("document.fonts.ready")
        found = page.evaluate(POSTER_LABELS)
    texts, dots = found["texts"], found["dots"]
    assert len(texts) == 7, found
    assert len(dots) == 7, found
    assert all(t["size"] >= 12 for t in texts), texts
    assert sum(t["size"] >= 16 for t in texts) == 4, texts  # the four cities' names
    for t in texts:
        assert 0 <= t["left"] < t["right"] <= 640, t
        assert 0 <= t["top"] < t["bottom"] <= 360, t
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            apart = (a["right"] <= b["left"] or b["right"] <= a["left"]
                     or a["bottom"] <= b["top"] or b["bottom"] <= a["top"])
            assert apart, (a, b)
        for d in dots:
            clear = (d["x"] + d["r"] <= a["left"] or d["x"] - d["r"] >= a["right"]
                     or d["y"] + d["r"] <= a["top"] or d["y"] - d["r"] >= a["bottom"])
            assert clear, (a, d)
    # each city's name stands beside its own dot: the nearest dot to it is its own, no other
    # name's, and a dot's width from it (the third review: names in a column in the sea, on
    # leader lines, the capital's beside another city's dot)
    names = [t for t in texts if t["size"] >= 16]
    nearest = [min(dots, key=lambda d: _box_to_dot(t, d)) for t in names]
    assert all(_box_to_dot(t, d) <= 16 for t, d in zip(names, nearest, strict=True)), \
        [(t["text"], round(_box_to_dot(t, d))) for t, d in zip(names, nearest, strict=True)]
    assert len({(d["x"], d["y"]) for d in nearest}) == len(names), nearest
    for t, own in zip(names, nearest, strict=True):
        others = [_box_to_dot(t, d) for d in dots if d is not own]
        assert min(others) >= _box_to_dot(t, own) + 8, (t["text"], others)


def _box_to_dot(text: dict[str, Any], dot: dict[str, Any]) -> float:
    """How far a text's box is from a dot's centre, in the drawing's units."""
    dx = max(text["left"] - dot["x"], 0, dot["x"] - text["right"])
    dy = max(text["top"] - dot["y"], 0, dot["y"] - text["bottom"])
    return float((dx * dx + dy * dy) ** 0.5)


#: Each text of the Tunisia poster as drawn at the window's width: its computed size in the
#: drawing's units and its box, and each city's dot.
POSTER_AT_WIDTH = """() => { const svg = document.documentElement;
  const texts = [...svg.querySelectorAll('text')].map(t => { const b = t.getBBox();
    return {text: t.textContent, units: parseFloat(getComputedStyle(t).fontSize),
            muted: t.classList.contains('muted'), left: b.x, right: b.x + b.width,
            top: b.y + 0.15 * b.height, bottom: b.y + 0.85 * b.height}; });
  const dots = [...svg.querySelectorAll('circle')].map(c => ({x: +c.getAttribute('cx'),
    y: +c.getAttribute('cy'), r: +c.getAttribute('r')}));
  return {texts, dots}; }"""


@pytest.mark.parametrize("width", [320, 375, 768, 1280])
def test_the_tunisia_posters_names_keep_a_reading_size_at_every_width(auditor: Any,
                                                                      width: int) -> None:
    """The map's city names are 16-24 px as shown on the card at every width, the other
    words 12-24 px, none touching another or a city's dot (the review: 16 px at 320 px but
    ~36 px at 1280 px, the 640-unit drawing scaled up with the card). The drawing answers
    media queries about its own width: it is opened alone at the width the card shows it."""
    svg = (ARTICLES / "images" / "tunisia-outline.svg").read_bytes()
    url = f"{ORIGIN}images/tunisia-outline.svg"
    with fixture_page(auditor, "ar-local-elections-rtl", width=width,
                      files={url: ("image/svg+xml", svg)}) as page:
        shown = page.evaluate("""() => document.querySelector(
            '.embed__preview img[src$="tunisia-outline.svg"]').getBoundingClientRect().width""")
        page.set_viewport_size({"width": round(shown), "height": 800})
        page.goto(url)
        page.evaluate("document.fonts.ready")
        found = page.evaluate(POSTER_AT_WIDTH)
    texts, scale = found["texts"], shown / 640
    names = [t for t in texts if not t["muted"]]
    assert len(names) == 4, found
    for t in texts:
        low = 12 if t["muted"] else 16
        assert low <= t["units"] * scale <= 24, (shown, t)
        assert 0 <= t["left"] < t["right"] <= 640, t
        assert 0 <= t["top"] < t["bottom"] <= 360, t
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            assert (a["right"] <= b["left"] or b["right"] <= a["left"]
                    or a["bottom"] <= b["top"] or b["bottom"] <= a["top"]), (a, b)
        for d in found["dots"]:
            assert (d["x"] + d["r"] <= a["left"] or d["x"] - d["r"] >= a["right"]
                    or d["y"] + d["r"] <= a["top"] or d["y"] - d["r"] >= a["bottom"]), (a, d)


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("stem", CHARTS)
def test_a_charts_summary_is_a_note_under_the_picture_and_its_description(
        auditor: Any, stem: str, width: int) -> None:
    """The blind review read the chart's long summary, printed under its title, as a
    subtitle or standfirst. The title stands alone above the picture; the summary is a note
    under it, above the data's toggle, in the caption's smaller type, and Chromium gives it
    as the figure's description (the figure named by the title)."""
    from tests.browser.test_media_and_pictures import ax_nodes, value

    with fixture_page(auditor, stem, width=width) as page:
        shown_chart(page)
        found = page.evaluate("""() => {
            const box = (s) => document.querySelector(s).getBoundingClientRect();
            const size = (s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
            return {title: box('.chart__title').bottom, picture: box('.chart img'),
                    summary: box('.chart__summary'), data: box('.chart__data').top,
                    sizes: [size('.chart__summary'), size('.article-body > p')],
                    text: document.querySelector('.chart__summary').textContent}; }""")
        figures = [node for node in ax_nodes(page) if value(node, "role") == "figure"]
    assert found["title"] <= found["picture"]["top"], found
    assert found["picture"]["bottom"] <= found["summary"]["top"] < found["data"], found
    assert found["sizes"][0] < found["sizes"][1], found
    (chart,) = [node for node in figures if value(node, "description") == found["text"]]
    assert value(chart, "name") == page_title(stem)


def page_title(stem: str) -> str:
    """The title of the article's chart."""
    article = json.loads((ARTICLES / f"{stem}.json").read_text("utf-8"))
    return next(block["title"] for block in article["body"] if block["type"] == "chart")


@pytest.mark.parametrize(("stem", "labels"), [
    ("ar-local-elections-rtl", ["خريطة من OpenStreetMap", "منشور على X"]),
    ("en-transit-map-embed", ["Map from Metro Transit Authority", "Video on YouTube"]),
    ("en-council-video-lead", ["Post on Bluesky"])])
def test_an_embed_cards_label_says_what_it_is_and_whose_in_words(auditor: Any, stem: str,
                                                                  labels: list[str]) -> None:
    """The blind review found the X post's card labelled by a lone red "X". Each card's label
    says in the page's language what it holds and on which platform ("Post on X", "Video on
    YouTube", "Map from …"), one wording per kind of embed, as it is shown (case aside)."""
    with fixture_page(auditor, stem, width=375) as page:
        shown = page.evaluate("""() => [...document.querySelectorAll('.embed__card > .embed__provider')]
            .map((p) => p.checkVisibility() ? p.innerText : null)""")
    assert [label.casefold() if label else label for label in shown] == \
        [label.casefold() for label in labels]
