"""The masthead and the long read's hero (issue 17, the fourth blind review: "a well-styled
document"), measured in Chromium as computed styles, boxes and painted pixels."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image

from tests.browser.colour import contrast, pixels, rgb
from tests.browser.fixture_pages import ORIGIN, fixture_page
from tests.browser.test_design import boxes

LONGREAD = "en-longread-river-crossing"
RFERL = "rferl-lukashenka-cnn-interview"

NAV = """() => [...document.querySelectorAll('.site-nav a')].map((a) => {
    const s = getComputedStyle(a), r = a.getBoundingClientRect();
    return {text: a.textContent.trim(), current: a.getAttribute('aria-current'),
            line: s.textDecorationLine, bar: parseFloat(s.borderBottomWidth),
            barStyle: s.borderBottomStyle, weight: parseFloat(s.fontWeight),
            family: s.fontFamily, width: r.width, height: r.height}; })"""


@pytest.mark.parametrize(("width", "least", "most"), [(375, 22, 28), (768, 28, 36),
                                                      (1280, 30, 44)])
def test_the_wordmark_reads_as_a_brand(auditor: Any, width: int, least: float,
                                       most: float) -> None:
    """The name set in the serif's heaviest weight, 30 px or more wide (the review measured
    about 24), a step smaller on a phone, where the header must stay short."""
    with fixture_page(auditor, RFERL, width=width) as page:
        name = page.evaluate("""() => { const s = getComputedStyle(
            document.querySelector('.site-header__name'));
            return {size: parseFloat(s.fontSize), weight: parseFloat(s.fontWeight)}; }""")
    assert least <= name["size"] <= most, name
    assert name["weight"] >= 800, name


@pytest.mark.parametrize("width", [320, 375, 768, 1280])
@pytest.mark.parametrize("stem", [LONGREAD, RFERL, "ar-local-elections-rtl"])
def test_sections_are_plain_targets_with_the_current_one_marked(auditor: Any, stem: str,
                                                                width: int) -> None:
    """At rest no section is underlined (a row of underlines read as body links); each is a
    target at least 24 by 24 px (WCAG 2.5.8); the article's own section is said to be current
    and stands on a bar, not a colour alone; the others have none."""
    with fixture_page(auditor, stem, width=width) as page:
        links = page.evaluate(NAV)
    assert len(links) >= 3, links
    assert [link for link in links if link["line"] != "none"] == [], links
    assert [link for link in links if link["height"] < 24 or link["width"] < 24] == [], links
    assert all("Source Sans 3" in link["family"] for link in links), links
    current = [link for link in links if link["current"]]
    assert [link["current"] for link in current] == ["true"], links
    assert current[0]["bar"] >= 3, current
    assert current[0]["barStyle"] == "solid", current
    assert [link for link in links if not link["current"] and link["bar"] > 0] == [], links


@pytest.mark.parametrize("width", [320, 375, 768, 1280])
def test_an_alert_banner_stands_clear_under_the_current_sections_bar(auditor: Any,
                                                                    width: int) -> None:
    """The storm page's breaking banner sits in the header under the sections: a blind review
    saw it hide the current section's bar at 375 px and touch it at 768 (the sections ran
    down to the masthead's rule, under the banner). The bar is painted, and a gap of at least
    4 px stands between it and the banner from a tablet up (a phone keeps the story high)."""
    with fixture_page(auditor, "en-storm-breaking-corrections", width=width) as page:
        found = page.evaluate("""() => {
            const bar = document.querySelector('.site-nav a[aria-current]');
            const alert = document.querySelector('.site-header .alert');
            const r = bar.getBoundingClientRect(), a = alert.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.bottom - 1;
            return {bar: r.bottom, alert: a.top, top: document.elementFromPoint(x, y) === bar};
        }""")
    assert found["alert"] - found["bar"] >= (4 if width > 640 else 0), found
    assert found["top"], found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_focused_or_hovered_section_is_underlined(auditor: Any, scheme: str) -> None:
    with fixture_page(auditor, RFERL, scheme=scheme) as page:
        for _ in range(8):  # past the skip links and the name, to the first section
            page.keyboard.press("Tab")
            if page.evaluate("() => !!document.activeElement.closest('.site-nav')"):
                break
        focused = page.evaluate("""() => { const a = document.activeElement;
            return {nav: !!a.closest('.site-nav'), line: getComputedStyle(a).textDecorationLine,
                    visible: a.matches(':focus-visible')}; }""")
        last = page.locator(".site-nav a").last
        last.hover()
        hovered = last.evaluate("(a) => getComputedStyle(a).textDecorationLine")
    assert focused["nav"], focused
    assert focused["visible"], focused
    assert focused["line"] == "underline", focused
    assert hovered == "underline"


@pytest.mark.parametrize("stem", [LONGREAD, RFERL, "ar-local-elections-rtl",
                                  "fa-explainer-water-shortage"])
def test_nothing_runs_off_a_320_px_phone(auditor: Any, stem: str) -> None:
    """The masthead wraps its sections (no row scrolling sideways) and the page never
    scrolls sideways, in either direction."""
    with fixture_page(auditor, stem, width=320) as page:
        found = page.evaluate("""() => ({page: document.documentElement.scrollWidth - innerWidth,
            nav: [...document.querySelectorAll('.site-nav a')].filter((a) => {
                const r = a.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth; })
              .map((a) => a.textContent)})""")
    assert found == {"page": 0, "nav": []}, found


def test_forced_colours_keep_the_sections_and_the_current_bar(auditor: Any) -> None:
    with fixture_page(auditor, LONGREAD) as page:
        page.emulate_media(forced_colors="active")
        found = page.evaluate("""() => [...document.querySelectorAll('.site-nav a')].map((a) => {
            const s = getComputedStyle(a);
            return {colour: s.color, ground: getComputedStyle(document.querySelector(
                      '.site-header')).backgroundColor, bar: parseFloat(s.borderBottomWidth),
                    barColour: s.borderBottomColor, current: !!a.getAttribute('aria-current')}; })""")
    for link in found:
        assert contrast(rgb(link["colour"]), rgb(link["ground"])) >= 4.5, link
    (current,) = (link for link in found if link["current"])
    assert current["bar"] >= 3, current
    assert contrast(rgb(current["barColour"]), rgb(current["ground"])) >= 3, current


HERO = {"photo": ".figure--lead img", "h1": "h1", "kicker": ".article-header__kicker",
        "summary": ".article-header__summary", "caption": ".figure--lead figcaption",
        "byline": ".article-header__meta", "text": ".article-body > p"}


def inside(inner: dict[str, float], outer: dict[str, float]) -> bool:
    return (inner["left"] >= outer["left"] and inner["right"] <= outer["right"]
            and inner["top"] >= outer["top"] and inner["bottom"] <= outer["bottom"])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [768, 1280, 1920])
def test_a_long_read_opens_on_its_headline_over_the_hero(auditor: Any, width: int,
                                                          scheme: str) -> None:
    """From a tablet up the kicker, headline and standfirst stand centred inside the hero
    picture, which spans the window; its caption is under it, then the byline (from 1024 px
    in the rail beside the first paragraph: the seventh review's empty rail there)."""
    with fixture_page(auditor, LONGREAD, width=width, scheme=scheme) as page:
        box = boxes(page, HERO)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - innerWidth")
    photo = box["photo"]
    assert photo["left"] == 0, box
    assert photo["width"] == width, box
    for part in ("kicker", "h1", "summary"):
        assert inside(box[part], photo), (part, box)
        centre = (box[part]["left"] + box[part]["right"]) / 2
        assert abs(centre - width / 2) < 2, (part, box)
    assert box["kicker"]["bottom"] <= box["h1"]["top"] + 1, box
    assert box["h1"]["bottom"] <= box["summary"]["top"] + 1, box
    assert photo["bottom"] <= box["caption"]["top"] + 1, box
    # the byline under the caption at every width, in the column (round 51: in the rail,
    # rounds 47-50, a reader scanning for "when" missed it: test_design_review51_pages.py)
    assert box["caption"]["bottom"] <= box["byline"]["top"], box
    assert box["byline"]["top"] - box["caption"]["bottom"] <= 40, box
    assert box["byline"]["right"] <= box["text"]["right"] + 1, box  # in the column
    # a caption of two lines at most (at 1920 px it stood a word a line, 1,800 px tall)
    assert box["caption"]["bottom"] - box["caption"]["top"] < 120, box
    assert box["h1"]["top"] < 800, box  # the headline is on the first screen
    assert overflow <= 0


SCRIM = """() => { const art = document.querySelector('.broadsheet-article');
    const scrim = getComputedStyle(art, '::before');
    return {scrim: scrim.backgroundColor,
            text: ['h1', '.article-header__kicker', '.article-header__summary'].map(
              (sel) => getComputedStyle(document.querySelector(sel)).color)}; }"""


def over(colour: str, ground: tuple[float, float, float]) -> tuple[float, float, float]:
    """``colour`` (``rgba(r, g, b, a)``) painted over an opaque ``ground``."""
    parts = [float(p) for p in colour[colour.index("(") + 1:-1].split(",")]
    alpha = parts[3] if len(parts) == 4 else 1.0
    r, g, b = (alpha * c + (1 - alpha) * base for c, base in zip(parts[:3], ground, strict=True))
    return r, g, b


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_heros_text_is_legible_whatever_the_photo(auditor: Any, scheme: str) -> None:
    """The scrim under the text gives 4.5:1 or more over the lightest photo (white) and the
    darkest (black): computed from its colour, then measured from the pixels Chromium paints
    behind the headline with the photo replaced by a white one."""
    with fixture_page(auditor, LONGREAD, scheme=scheme) as page:
        found = page.evaluate(SCRIM)
    for text in found["text"]:
        for ground in ((255.0, 255.0, 255.0), (0.0, 0.0, 0.0)):
            assert contrast(rgb(text), over(found["scrim"], ground)) >= 4.5, (found, ground)
    white = io.BytesIO()
    Image.new("RGB", (1200, 675), "white").save(white, "PNG")
    files = {f"{ORIGIN}images/jetty-fog.jpg": ("image/png", white.getvalue())}
    with fixture_page(auditor, LONGREAD, scheme=scheme, files=files) as page:
        page.evaluate("""() => document.querySelectorAll(
            'h1, .article-header__kicker, .article-header__summary, .article-header__kicker a')
            .forEach((e) => e.style.setProperty('color', 'transparent', 'important'))""")
        box = boxes(page, {"h1": "h1", "photo": ".figure--lead img"})
        colour = rgb(found["text"][0])
        h1 = box["h1"]
        painted = pixels(page, {"x": h1["left"], "y": h1["top"], "width": h1["width"],
                                "height": h1["bottom"] - h1["top"]})
    assert box["photo"]["width"] == 1280, box
    lightest = max(painted, key=sum)
    assert contrast(colour, lightest) >= 4.5, lightest


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_phone_opens_the_long_read_on_its_picture_with_the_headline_over_it(
        auditor: Any, scheme: str) -> None:
    """At 375 px the picture leads (round 46: the headline first, the picture a strip under
    the byline, read as an ordinary story), the headline over its foot in white on the
    scrim, wholly in the first screen; the byline under the picture."""
    with fixture_page(auditor, LONGREAD, width=375, scheme=scheme) as page:
        box = boxes(page, HERO)
        colour = page.evaluate("() => getComputedStyle(document.querySelector('h1')).color")
    assert box["photo"]["top"] < box["h1"]["top"], box
    assert box["h1"]["bottom"] <= box["photo"]["bottom"], box
    assert box["h1"]["bottom"] <= 800, box
    assert box["byline"]["top"] > box["photo"]["bottom"], box
    assert colour == "rgb(255, 255, 255)", colour
