"""Round 48's blind review of the pages (7/10): a video lead with no video affordance, a dead
desktop rail, a live blog repeating its newest headline, photo essays and small finish.
Measured in Chromium at the widths the review used (1280 x 800, 375)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.fixture_pages import HEIGHT, fixture_page

VIDEO = "en-council-video-lead"

BOX = """(selector) => { const e = document.querySelector(selector); if (!e) return null;
  const r = e.getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width,
          height: r.height}; }"""


def _box(page: Any, selector: str) -> dict[str, float]:
    found = page.evaluate(BOX, selector)
    assert found is not None, f"no {selector}"
    return found


def inside(inner: dict[str, float], outer: dict[str, float]) -> bool:
    return (inner["left"] >= outer["left"] - 0.5 and inner["right"] <= outer["right"] + 0.5
            and inner["top"] >= outer["top"] - 0.5 and inner["bottom"] <= outer["bottom"] + 0.5)


# ---- 1: the video lead ---------------------------------------------------------------------

PLAY = """() => { const f = document.querySelector('.broadsheet-article > .media--video');
  const b = f.querySelector('button.media__play');
  if (!b) return null;
  const box = (e) => { const r = e.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width,
            height: r.height}; };
  const r = b.getBoundingClientRect(), x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
  const hit = document.elementFromPoint(x, y), s = getComputedStyle(b);
  return {button: box(b), player: box(f.querySelector('video')), tag: box(f.querySelector('.media__tag')),
          hit: !!hit && (hit === b || b.contains(hit)), visible: s.display !== 'none' && s.visibility === 'visible',
          name: b.textContent.replace(/\\s+/g, ' ').trim(),
          title: f.querySelector('.media__title').textContent.trim()}; }"""


@pytest.mark.parametrize("width", [375, 1280])
def test_the_video_lead_has_a_play_button_on_its_still(auditor: Any, width: int) -> None:
    """At 1280 the 710 x 400 still had only the player's own 12 px play glyph: a 72 px play
    button, a real button named with the video's title, stands at the centre of the frame,
    and takes the press there."""
    with fixture_page(auditor, VIDEO, width=width) as page:
        found = page.evaluate(PLAY)
    assert found is not None, "no play button"
    button, player = found["button"], found["player"]
    assert found["visible"], found
    assert found["hit"], found
    assert button["width"] >= 44, found
    assert button["height"] >= 44, found
    assert abs((button["left"] + button["right"]) / 2 - (player["left"] + player["right"]) / 2) <= 2, found
    assert abs((button["top"] + button["bottom"]) / 2 - (player["top"] + player["bottom"]) / 2) <= 2, found
    assert found["name"].startswith("Play video"), found
    assert found["title"] in found["name"], found


@pytest.mark.parametrize("width", [375, 1280])
def test_the_video_leads_length_is_on_its_still(auditor: Any, width: int) -> None:
    """The "VIDEO 2:48" badge sat below the player at 375 (and in the panel beside it at
    1280): it stands on the still, in its top corner, clear of the play button."""
    with fixture_page(auditor, VIDEO, width=width) as page:
        found = page.evaluate(PLAY)
    assert found is not None, "no play button"
    tag, player, button = found["tag"], found["player"], found["button"]
    assert inside(tag, player), found
    assert tag["top"] - player["top"] <= 16, found
    assert tag["bottom"] < button["top"], found


def test_the_play_button_plays_then_gets_out_of_the_way(auditor: Any) -> None:
    """Keyboard: the button takes focus and Enter; it starts the clip, hides, and leaves
    focus on the player, whose own controls take over."""
    with fixture_page(auditor, VIDEO, width=1280) as page:
        page.evaluate("""() => { window.__played = 0;
            const v = document.querySelector('.broadsheet-article > .media--video video');
            v.play = () => { window.__played += 1; return Promise.resolve(); }; }""")
        page.locator(".broadsheet-article > .media--video .media__play").focus()
        page.keyboard.press("Enter")
        found = page.evaluate("""() => { const f = document.querySelector('.broadsheet-article > .media--video');
            const b = f.querySelector('.media__play');
            return {played: window.__played, shown: getComputedStyle(b).display !== 'none',
                    focus: document.activeElement === f.querySelector('video')}; }""")
    assert found == {"played": 1, "shown": False, "focus": True}, found


def test_the_play_button_shows_in_forced_colours(auditor: Any) -> None:
    """In forced colours the disc keeps an outline and its triangle, in the system's colours."""
    with fixture_page(auditor, VIDEO, width=1280) as page:
        page.emulate_media(forced_colors="active")
        found = page.evaluate("""() => { const b = document.querySelector('.media__play');
            const s = getComputedStyle(b), t = getComputedStyle(b, '::before');
            return {border: s.borderTopColor, width: parseFloat(s.borderTopWidth),
                    ground: s.backgroundColor, mark: t.backgroundColor,
                    markWidth: parseFloat(t.width)}; }""")
        page.emulate_media(forced_colors="none")
    assert found["width"] >= 2, found
    assert found["border"] != found["ground"], found
    assert found["mark"] != found["ground"], found
    assert found["markWidth"] >= 16, found


def test_the_video_leads_panel_has_no_empty_block(auditor: Any) -> None:
    """The 410 px dark panel beside the still held the title over ~170 px of nothing: what the
    video comes with (captions, subtitles, audio description) fills it, one a line, down to
    the transcript's toggle at its foot."""
    with fixture_page(auditor, VIDEO, width=1280) as page:
        found = page.evaluate("""() => { const f = document.querySelector('.broadsheet-article > .media--video');
            const last = [...f.querySelectorAll('figcaption > *')].filter((e) => getComputedStyle(e).position !== 'absolute')
              .map((e) => e.getBoundingClientRect().bottom);
            return {text: Math.max(...last),
                    summary: f.querySelector('.transcript > summary').getBoundingClientRect().top,
                    tracks: [...f.querySelectorAll('.media__track')].map((e) => e.getBoundingClientRect().top)}; }""")
    assert found["summary"] - found["text"] <= 96, found
    assert len(found["tracks"]) == 3, found
    assert len(set(found["tracks"])) == 3, found  # one a line


def test_an_upright_clip_is_no_taller_than_60_percent_of_the_window(auditor: Any) -> None:
    """The 9:16 clip in the body rendered 340 x 604 at 1280 x 800, pushing the next section
    650 px down for a 60-second clip: it is at most 60% of the window (and 480 px) tall, at
    its own shape."""
    with fixture_page(auditor, VIDEO, width=1280) as page:
        found = page.evaluate("""() => { const v = document.querySelector('.article-body .media--portrait video');
            const r = v.getBoundingClientRect();
            return {width: r.width, height: r.height, shape: v.width / v.height}; }""")
    assert found["height"] <= min(0.6 * HEIGHT, 480) + 1, found
    assert found["height"] >= 320, found
    assert abs(found["width"] / found["height"] - found["shape"]) < 0.02, found


# ---- 5: small finish -------------------------------------------------------------------------

def _ink_rows(png: bytes, test: Any) -> list[int]:
    from io import BytesIO

    from PIL import Image

    image = Image.open(BytesIO(png)).convert("RGB")
    width, height = image.size
    pixels = image.load()
    assert pixels is not None
    return [y for y in range(height) if any(test(pixels[x, y]) for x in range(0, width, 1))]


@pytest.mark.parametrize(("stem", "width"), [("fa-podcast-inflation-audio", 375),
                                             ("fa-podcast-inflation-audio", 1280),
                                             ("be-political-prisoners-quote", 375)])
def test_a_pull_quotes_guillemet_stands_clear_of_its_first_line(auditor: Any, stem: str,
                                                                width: int) -> None:
    """The red » sat 0-3 px from the Persian first line's ascenders: at least 8 px of
    clear ground between the mark's ink and the words' ink."""
    with fixture_page(auditor, stem, width=width) as page:
        box = page.evaluate("""() => { const q = document.querySelector('.pullquote');
            const r = q.getBoundingClientRect(), t = q.querySelector('.pullquote__text').getBoundingClientRect();
            return {x: r.left, y: r.top + scrollY, width: r.width, height: t.bottom - r.top}; }""")
        png = page.screenshot(clip=box, full_page=True)
    red = _ink_rows(png, lambda p: p[0] > 120 and p[1] < 80 and p[2] < 80)
    dark = _ink_rows(png, lambda p: p[0] < 90 and p[1] < 90 and p[2] < 90)
    assert red, "no mark"
    words = [y for y in dark if y > min(red)]
    assert words, "no words"
    assert min(words) - max(red) >= 8, (max(red), min(words))


# ---- 4: photo essays ------------------------------------------------------------------------

@pytest.mark.parametrize("stem", ["ru-flood-gallery", "en-eisteddfod-decorative"])
def test_a_photo_essays_title_stands_over_its_pictures_start_edge(auditor: Any,
                                                                   stem: str) -> None:
    """At 1280 the dark grid ran x = 40-1240 but its heading sat at x = 80: aligned."""
    with fixture_page(auditor, stem, width=1280) as page:
        found = page.evaluate("""() => { const g = document.querySelector('.gallery');
            return {title: g.querySelector(':scope > :is(h2, h3, h4)').getBoundingClientRect().left,
                    rows: g.querySelector('.gallery__items > li').getBoundingClientRect().left}; }""")
    assert abs(found["title"] - found["rows"]) <= 1, found
