"""Players and the photo essay as a newsroom's (issue 17's 6/10 review: "branded audio and
video players with a big play button", a gallery that reads as a photo essay): a round play
mark over the still that is drawn, never read or clicked, clear of the player's controls; the
"Video 2:48" tag over the still's corner; an audio card in the newsroom's accent; a photo
essay on a dark band, its rows even."""

from __future__ import annotations

from itertools import groupby
from typing import Any

import pytest

from tests.browser.colour import contrast, rgb
from tests.browser.fixture_pages import fixture_page

VIDEO = "en-council-video-lead"
AUDIO = ("ru-radio-interview-audio", "fa-podcast-inflation-audio")
ESSAY = "ru-flood-gallery"
#: The band at a video's foot where Chromium draws the player's controls.
CONTROLS = 40

STILLS = """() => [...document.querySelectorAll('.media--video')].map(figure => {
    const box = (e) => { const r = e.getBoundingClientRect();
      return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
              width: r.width, height: r.height}; };
    const video = figure.querySelector('video');
    const tag = figure.querySelector('.media__tag'), t = getComputedStyle(tag);
    const at = (b) => document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    return {video: box(video), tag: box(tag),
            tagEvents: t.pointerEvents, tagColour: t.color, tagGround: t.backgroundColor,
            underTag: at(box(tag)) === video};
})"""


def inside(inner: dict[str, float], outer: dict[str, float]) -> bool:
    return (inner["left"] >= outer["left"] - 0.5 and inner["right"] <= outer["right"] + 0.5
            and inner["top"] >= outer["top"] - 0.5)


def stills(page: Any) -> list[dict[str, Any]]:
    """Each video's still and tag, the page scrolled to put each in view."""
    found = []
    for index in range(page.locator(".media--video").count()):
        page.locator(".media--video video").nth(index).scroll_into_view_if_needed()
        found.append(page.evaluate(STILLS)[index])
    return found


@pytest.mark.parametrize("width", [320, 375, 768, 1280])
def test_the_video_tag_sits_on_the_stills_corner(auditor: Any, width: int) -> None:
    """The body clip's "Video" tag sits over the still's top corner, above the controls'
    band, taking no clicks (the point under its middle is the video's). (The lead's tag,
    with its large play mark, stands off its frame since round 44's blind review:
    test_design_review45_video.py.)"""
    with fixture_page(auditor, VIDEO, width=width) as page:
        found = stills(page)
    assert len(found) == 2, found
    for still in found[1:]:
        video, tag = still["video"], still["tag"]
        assert inside(tag, video), still
        assert tag["bottom"] <= video["bottom"] - CONTROLS, still
        assert still["tagEvents"] == "none", still
        assert still["underTag"], still


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_video_tag_reads_on_the_still(auditor: Any, scheme: str) -> None:
    """The tag over the body clip's still is its own ground: its words 4.5:1 or more
    against it."""
    with fixture_page(auditor, VIDEO, scheme=scheme) as page:
        found = stills(page)
    for still in found[1:]:
        assert contrast(rgb(still["tagColour"]), rgb(still["tagGround"])) >= 4.5, still


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("stem", AUDIO)
def test_an_audio_card_takes_the_accent_and_is_rounded(auditor: Any, stem: str,
                                                       scheme: str) -> None:
    """The podcast card's player takes the newsroom's accent for its sliders (not the
    browser's blue), the card and its art are rounded, the accent rule runs along its top."""
    with fixture_page(auditor, stem, width=1280, scheme=scheme) as page:
        found = page.evaluate("""() => {
            const card = document.querySelector('figure.media--audio');
            const s = getComputedStyle(card), audio = card.querySelector('audio');
            const probe = document.createElement('span');
            probe.style.color = 'var(--bs-accent)'; card.append(probe);
            const accent = getComputedStyle(probe).color; probe.remove();
            return {accent: getComputedStyle(audio).accentColor, want: accent,
                    rule: s.borderTopColor, radius: parseFloat(s.borderTopLeftRadius),
                    art: parseFloat(getComputedStyle(card.querySelector('.media__art'))
                                    .borderTopLeftRadius)}; }""")
    assert found["accent"] == found["want"] == found["rule"], found
    assert found["accent"] != "rgb(0, 0, 0)", found
    assert found["radius"] >= 8, found
    assert found["art"] >= 4, found


ROWS = """() => [...document.querySelectorAll('.gallery__items > li')].map(li => {
    const r = li.querySelector('img').getBoundingClientRect();
    return {top: Math.round(r.top + scrollY), height: r.height, left: r.left, right: r.right};
})"""


@pytest.mark.parametrize("width", [375, 768, 1280])
def test_the_photo_essays_rows_are_even(auditor: Any, width: int) -> None:
    """The pictures of a row of the essay are equally tall (no ragged row), a row is never
    left half empty, and every picture is inside the page."""
    with fixture_page(auditor, ESSAY, width=width) as page:
        items = page.evaluate(ROWS)
        inner = page.evaluate("() => document.documentElement.clientWidth")
    rows = [list(row) for _, row in groupby(items, key=lambda item: item["top"])]
    assert len(items) == 5, items
    if width >= 768:
        assert [len(row) for row in rows] == [2, 1, 2], rows
    for row in rows:
        assert max(i["height"] for i in row) - min(i["height"] for i in row) < 1, row
    for item in items:
        assert item["left"] >= 0, item
        assert item["right"] <= inner, item


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_photo_essay_is_a_dark_band_with_legible_captions(auditor: Any,
                                                              scheme: str) -> None:
    """The essay and its heading stand on a dark band across the whole window, in either
    scheme; captions, credits and the heading read at 4.5:1 or more on it, and an enlarge
    link's focus is drawn in a colour 3:1 or more against it."""
    with fixture_page(auditor, ESSAY, width=1280, scheme=scheme) as page:
        found = page.evaluate("""() => {
            const gallery = document.querySelector('.gallery');
            const heading = gallery.previousElementSibling;
            const probe = document.createElement('span');
            probe.style.color = 'var(--bs-essay)'; gallery.append(probe);
            const band = getComputedStyle(probe).color; probe.remove();
            const colour = (e) => getComputedStyle(e).color;
            const link = gallery.querySelector('.figure__enlarge');
            link.focus();
            return {band, image: getComputedStyle(gallery).borderImageSource,
                    ground: getComputedStyle(gallery).backgroundColor,
                    headingGround: getComputedStyle(heading).backgroundColor,
                    outset: getComputedStyle(gallery).borderImageOutset,
                    headingImage: getComputedStyle(heading).borderImageSource,
                    texts: [heading, ...gallery.querySelectorAll(
                      '.figure__caption, .figure__credit')].map(colour),
                    outline: getComputedStyle(link).outlineColor,
                    outlineStyle: getComputedStyle(link).outlineStyle,
                    overflow: document.documentElement.scrollWidth
                              - document.documentElement.clientWidth}; }""")
    band = rgb(found["band"])
    assert max(band) <= 0x20, found
    # the box's own ground is the band (what axe measures against), the image extends it
    assert found["ground"] == found["headingGround"] == found["band"], found
    assert found["image"].startswith("conic-gradient"), found
    assert found["headingImage"] != "none", found
    assert found["outset"].split()[-1] != "0", found
    assert len(found["texts"]) >= 11, found
    for text in found["texts"]:
        assert contrast(rgb(text), band) >= 4.5, (text, found)
    assert found["outlineStyle"] != "none", found
    assert contrast(rgb(found["outline"]), band) >= 3, found
    assert found["overflow"] == 0, found


@pytest.mark.parametrize("stem", [VIDEO, *AUDIO, ESSAY])
def test_no_player_or_essay_page_scrolls_sideways_at_320_px(auditor: Any, stem: str) -> None:
    """At 320 px (400 % zoom of a 1280 px window) nothing is wider than the window: the
    band, the stills and their marks, the cards. (A visually hidden text, 1 px clipped to
    nothing at a -1 px margin, draws nothing: at a phone's edge-to-edge essay picture it
    stands at x -1.)"""
    with fixture_page(auditor, stem, width=320) as page:
        overflow = page.evaluate("() => document.documentElement.scrollWidth"
                                 " - document.documentElement.clientWidth")
        wide = page.evaluate("""() => [...document.querySelectorAll(
            '.media, .media *, .gallery, .gallery *')].filter(e =>
            !e.closest('.visually-hidden') && (
            e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5
            || e.getBoundingClientRect().left < -0.5)).map(e => e.className || e.tagName)""")
    assert overflow == 0
    assert wide == []
