"""Players as designed cards (issue 17's newsroom review: "default controls look unbranded;
a 4:3 video is pillarboxed in 16:9 black; no podcast artwork; the RTL audio bar is half
mirrored"): a video's box in its data's shape, an audio card with artwork (or a programme
tile) at its start side, the transcript a light disclosure right under the player."""

from __future__ import annotations

import json
from typing import Any

import pytest

import broadsheet
from tests.browser.fixture_pages import fixture_page
from tests.helpers import ARTICLES

VIDEO = "en-council-video-lead"
RTL_AUDIO = "fa-podcast-inflation-audio"
LTR_AUDIO = "ru-radio-interview-audio"
HEIGHT = 800

BOX = """(e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
            width: r.width, height: r.height}; }"""


def video_boxes(page: Any) -> list[dict[str, Any]]:
    return page.evaluate(f"""() => [...document.querySelectorAll('.media video')].map(v => ({{
        box: ({BOX})(v), width: +v.getAttribute('width'), height: +v.getAttribute('height')}}))""")


def four_by_three() -> str:
    """The fixture with its lead video's frame stated as 4:3 (640 x 480)."""
    article = json.loads((ARTICLES / f"{VIDEO}.json").read_text("utf-8"))
    article["lead"] |= {"width": 640, "height": 480}
    return broadsheet.render(article).html


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("variant", ["fixture", "4:3"])
def test_a_video_keeps_the_shape_its_data_gives(auditor: Any, width: int, variant: str) -> None:
    """Each video's box has the ratio of the frame its data states (±1 %): never a wider box
    with black bars beside the picture; none is taller than 85 % of the screen, and none is
    wider than the page."""
    html = four_by_three() if variant == "4:3" else None
    with fixture_page(auditor, VIDEO, width=width, html=html) as page:
        videos = video_boxes(page)
        inner = page.evaluate("() => document.documentElement.clientWidth")
    assert len(videos) == 2, videos
    if variant == "4:3":
        assert (videos[0]["width"], videos[0]["height"]) == (640, 480), videos
    for video in videos:
        box = video["box"]
        stated = video["width"] / video["height"]
        assert abs(box["width"] / box["height"] - stated) <= 0.01 * stated, video
        assert box["height"] <= 0.85 * HEIGHT + 0.5, video
        assert box["left"] >= 0, video
        assert box["right"] <= inner, video


CARD = f"""() => {{ const box = {BOX};
    const card = document.querySelector('figure.media--audio');
    const art = card.querySelector('.media__art');
    const img = art.querySelector('img');
    const clock = card.querySelector('.media__deck time > [aria-hidden="true"]');
    return {{card: box(card), art: box(art), title: box(card.querySelector('.media__title')),
            player: box(card.querySelector('audio')), clock: box(clock),
            deck: box(card.querySelector('.media__deck')),
            dir: getComputedStyle(card).direction,
            hidden: art.getAttribute('aria-hidden'), tile: img ? null : art.textContent.trim(),
            loaded: img ? img.complete && img.naturalWidth > 0 : null,
            alt: img ? img.getAttribute('alt') : null}}; }}"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize(("stem", "rtl"), [(RTL_AUDIO, True), (LTR_AUDIO, False)])
def test_an_audio_card_mirrors_with_its_artwork_at_the_start_side(auditor: Any, stem: str,
                                                                  rtl: bool, width: int) -> None:
    """The artwork (the Russian interview's picture) or the programme's initials on a tile
    (the Persian podcast's "گ") stands at the card's start side, square, beside the title:
    left in Russian, right in Persian; the length sits at the pill's end (its left end in
    Persian). Neither is read: the title names the recording."""
    block = next(b for b in json.loads((ARTICLES / f"{stem}.json").read_text("utf-8"))["body"]
                 if b["type"] == "audio")
    with fixture_page(auditor, stem, width=width) as page:
        if "artwork" in block:
            page.evaluate("() => (i => { i.loading = 'eager'; return i.decode(); })("
                          "document.querySelector('.media__art img'))")
        card = page.evaluate(CARD)
    art, title, card_box = card["art"], card["title"], card["card"]
    assert card["dir"] == ("rtl" if rtl else "ltr"), card
    assert card["hidden"] == "true", card
    assert abs(art["width"] - art["height"]) <= 1, card
    assert art["width"] >= 64, card
    assert art["top"] < title["bottom"], card  # beside it
    assert title["top"] < art["bottom"], card
    if rtl:
        assert title["right"] <= art["left"], card
        assert card_box["right"] - art["right"] < art["width"] / 2, card
        assert card["clock"]["right"] <= card["player"]["left"], card
    else:
        assert art["right"] <= title["left"], card
        assert art["left"] - card_box["left"] < art["width"] / 2, card
        assert card["player"]["right"] <= card["clock"]["left"], card
    if "artwork" in block:
        assert card["loaded"], card
        assert card["alt"] == "", card
    else:
        assert card["tile"] == block["programme"][0], card


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("stem", "player"), [(RTL_AUDIO, ".media__deck"), (LTR_AUDIO, ".media__deck"),
                                              (VIDEO, "figcaption")])
def test_the_transcript_is_a_light_disclosure_under_the_player(auditor: Any, stem: str,
                                                               player: str, scheme: str) -> None:
    """"Transcript" is a text-style disclosure (no grey bar, no box: transparent, borderless,
    in the link colour where it stands, a drawn chevron instead of the triangle marker), at
    least 44 px tall, inside the card right under the player; a lead video's ends the dark
    panel beside the clip, under its caption (round 48: its label and title at the panel's
    top, the toggle at its foot, so the panel is not an empty block)."""
    with fixture_page(auditor, stem, scheme=scheme) as page:
        found = page.evaluate(f"""(player) => {{ const box = {BOX};
            const card = document.querySelector('figure.media:has(.transcript)');
            const details = card.querySelector('.transcript');
            const summary = details.querySelector('summary');
            const style = getComputedStyle(summary), outer = getComputedStyle(details);
            const link = document.createElement('a'); link.href = '#';
            (player === 'figcaption' ? details.parentElement : document.body).append(link);
            const linkColour = getComputedStyle(link).color; link.remove();
            const words = [...card.querySelector(player).children].filter((c) => !c.contains(details));
            return {{card: box(card), above: box(card.querySelector(player)),
                    wordsBottom: Math.max(...words.map((c) => c.getBoundingClientRect().bottom)),
                    details: box(details), summary: box(summary),
                    background: [style.backgroundColor, outer.backgroundColor],
                    border: [outer.borderTopWidth, outer.borderBottomWidth,
                             outer.borderLeftWidth, outer.borderRightWidth],
                    marker: style.listStyleType, chevron: getComputedStyle(summary, '::after').content,
                    colour: style.color, link: linkColour}}; }}""",
                              player)
    assert found["summary"]["height"] >= 44, found
    assert set(found["background"]) == {"rgba(0, 0, 0, 0)"}, found
    assert set(found["border"]) == {"0px"}, found
    assert found["marker"] == "none", found
    assert found["chevron"] == '""', found
    assert found["colour"] == found["link"], found
    above, details, card = found["above"], found["details"], found["card"]
    if player == "figcaption":  # at the foot of the panel, under the caption
        assert details["top"] >= found["wordsBottom"], found  # under the label and title
        assert card["bottom"] - details["bottom"] <= 32, found
    else:
        assert 0 <= details["top"] - above["bottom"] <= 16, found
    assert card["top"] <= details["top"], found
    assert details["bottom"] <= card["bottom"] + 0.5, found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_players_follow_the_scheme_and_the_accent(auditor: Any, scheme: str) -> None:
    """The native controls are drawn for the page's scheme and their sliders take the
    newsroom's accent colour (not the browser's blue)."""
    with fixture_page(auditor, VIDEO, scheme=scheme) as page:
        players = page.evaluate("""() => [...document.querySelectorAll('.media :is(video, audio)')]
            .map(p => { const s = getComputedStyle(p);
              const probe = document.createElement('span');
              probe.style.color = 'var(--bs-accent)'; p.parentElement.append(probe);
              const accent = getComputedStyle(probe).color; probe.remove();
              return {scheme: s.colorScheme, accent: s.accentColor, want: accent}; })""")
    assert players
    for player in players:
        assert player["scheme"] == "light dark", player
        assert player["accent"] == player["want"], player
