"""The video page after the blind review of round 44 (fixture ``en-council-video-lead``:
a 16:9 lead video, an upright 9:16 clip in the body, a Bluesky post).

- The lead clip stood centred on a black stage spanning column and rail (~200 px of black
  either side of it at 1280 px) and the player's own 12 px play button was its only sign
  that it plays. It now stands at the band's start edge at its own shape, the caption
  filling the rest of the band beside it: the red "VIDEO 2:48" label, then the title; under
  the frame on narrower screens. The label is never over the frame. (Round 46: it was a
  64 px red play disc, which beside the player's own controls read as a second, dead play
  button; pages run no script, so only the player's controls play.)
- The upright clip floated at the column's start, the next section's heading wrapping
  beside it in a ~350 px column. It now stands centred in the column, 340 px wide, its
  caption and transcript under it: nothing stands beside it.
"""

from __future__ import annotations

from collections import Counter
from io import BytesIO
from typing import Any

import pytest

from tests.browser.fixture_pages import fixture_page

VIDEO = "en-council-video-lead"

#: The lead's band (the figure's player row), clip, caption, tag and its drawn mark, the
#: transcript's summary, and the body's first paragraph (the column).
LEAD = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY,
            width: r.width, height: r.height}; };
  const figure = document.querySelector('.broadsheet-article > .media--video');
  const video = figure.querySelector('video'), tag = figure.querySelector('.media__tag');
  const mark = getComputedStyle(tag, '::before');
  return {figure: box(figure), clip: box(video), caption: box(figure.querySelector('figcaption')),
          title: box(figure.querySelector('.media__title')), tag: box(tag),
          mark: {width: parseFloat(mark.width), height: parseFloat(mark.height),
                 round: mark.borderRadius},
          tagWords: tag.querySelector('[aria-hidden]').textContent.trim() + ' '
            + tag.querySelector('.media__duration [aria-hidden]').textContent.trim(),
          tagBackground: getComputedStyle(tag).backgroundColor,
          summary: box(figure.querySelector('.transcript > summary')),
          transcript: box(figure.querySelector('.transcript')),
          column: box(document.querySelector('.article-body > p')),
          shape: +video.getAttribute('width') / +video.getAttribute('height'),
          height: innerHeight};
}"""


def overlaps(a: dict[str, float], b: dict[str, float]) -> bool:
    return (a["left"] < b["right"] - 0.5 and b["left"] < a["right"] - 0.5
            and a["top"] < b["bottom"] - 0.5 and b["top"] < a["bottom"] - 0.5)


def widest_black_run(png: bytes) -> int:
    """The widest run of pixel columns that are black (every channel 8 or under) from top to
    bottom of the picture: a black bar beside a clip."""
    from PIL import Image

    image = Image.open(BytesIO(png)).convert("L")
    width, height = image.size
    pixels = image.load()
    assert pixels is not None
    run = widest = 0
    for x in range(width):
        if all(pixels[x, y] <= 8 for y in range(0, height, 4)):
            run += 1
            widest = max(widest, run)
        else:
            run = 0
    return widest


@pytest.mark.parametrize("width", [1024, 1280, 1600])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_lead_clip_fills_its_band_with_no_black_bars(auditor: Any, width: int,
                                                         scheme: str) -> None:
    """The lead spans column and rail; the clip stands at its start edge at its own shape, no
    taller than half the window, and the panel beside it fills the rest of the band, as
    tall as the clip: the caption at its top, the transcript's toggle at its foot (round
    47's review: the caption alone, its words in the bottom 100 px of a 400 px panel); no
    stretch of the band is a black bar (there were ~200 px of black either side of the clip
    at 1280 px)."""
    with fixture_page(auditor, VIDEO, width=width, scheme=scheme) as page:
        found = page.evaluate(LEAD)
        clip, caption = found["clip"], found["caption"]
        band = page.screenshot(clip={"x": found["figure"]["left"], "y": clip["top"],
                                     "width": found["figure"]["width"],
                                     "height": clip["height"]}, full_page=True)
    figure, column = found["figure"], found["column"]
    assert abs(figure["left"] - column["left"]) <= 1, found
    assert figure["width"] > column["width"] + 200, found  # spans column and rail
    assert abs(clip["left"] - figure["left"]) <= 1, found
    assert abs(clip["width"] / clip["height"] - found["shape"]) < 0.02, found
    assert clip["height"] <= found["height"] / 2 + 1, found
    assert abs(caption["left"] - clip["right"]) <= 1, found
    assert abs(caption["right"] - figure["right"]) <= 1, found
    transcript = found["transcript"]
    assert abs(caption["top"] - clip["top"]) <= 1, found
    assert caption["bottom"] <= transcript["top"] + 1, found
    assert abs(transcript["bottom"] - clip["bottom"]) <= 1, found
    assert abs(transcript["left"] - clip["right"]) <= 1, found
    assert abs(transcript["right"] - figure["right"]) <= 1, found
    assert caption["width"] >= 16 * 16, found
    assert widest_black_run(band) <= 4, found


@pytest.mark.parametrize("width", [320, 375, 768, 1024, 1280])
def test_the_lead_video_shows_its_length_on_a_label_on_the_stills_corner(auditor: Any,
                                                                        width: int) -> None:
    """The lead's caption leads with a red label, a small triangle, "VIDEO 2:48" (round 45
    drew a 64 px play disc there: a second play button that did nothing). It stood beside
    or under the frame until round 48's review found the lead had no video affordance (the
    length under the player at 375): since round 49 it stands on the still's top start
    corner, as a newsroom's duration badge does, clear of the controls' band and of the
    (working) play button at the centre (test_design_review49_pages.py)."""
    with fixture_page(auditor, VIDEO, width=width) as page:
        found = page.evaluate(LEAD)
    clip, tag = found["clip"], found["tag"]
    assert found["mark"]["width"] < 16, found
    assert found["mark"]["height"] < 16, found
    assert found["mark"]["round"] in ("", "0px"), found
    assert tag["height"] <= 40, found
    assert found["tagWords"] == "Video 2:48", found
    assert found["tagBackground"] not in ("rgba(0, 0, 0, 0)", "transparent"), found
    assert clip["left"] <= tag["left"] <= clip["left"] + 16, found
    assert clip["top"] <= tag["top"] <= clip["top"] + 16, found
    assert tag["bottom"] <= clip["bottom"] - 64, found
    assert tag["right"] <= clip["right"], found


@pytest.mark.parametrize("width", [375, 768, 1024, 1280])
def test_the_lead_caption_comes_first_then_the_transcript(auditor: Any, width: int) -> None:
    """The caption stands against the frame (under it; beside it on a wide screen), the
    transcript's summary after it: under the frame from its start edge, or on a wide screen
    at the foot of the panel beside the frame (round 48), under the caption."""
    with fixture_page(auditor, VIDEO, width=width) as page:
        found = page.evaluate(LEAD)
    clip, title, summary = found["clip"], found["title"], found["summary"]
    caption = found["caption"]
    if width >= 1024:
        assert title["left"] > clip["right"], found
        assert title["bottom"] <= clip["bottom"], found
        assert summary["left"] >= clip["right"], found
        assert caption["bottom"] <= summary["top"], found
        assert summary["bottom"] <= clip["bottom"] + 1, found
    else:
        assert abs(summary["left"] - clip["left"]) <= 1, found
        assert clip["bottom"] <= summary["top"], found
        assert caption["bottom"] <= summary["top"] <= caption["bottom"] + 40, found
        assert title["bottom"] <= summary["top"], found


#: The upright clip: its figure, player, caption (title), transcript summary; the column
#: (the body's first paragraph); the boxes of every line of text in the body's headings
#: and paragraphs.
UPRIGHT = """() => {
  const box = (r) => ({left: r.left, right: r.right, top: r.top + scrollY,
                       bottom: r.bottom + scrollY, width: r.width});
  const figure = document.querySelector('.article-body > .media--portrait');
  const lines = [...document.querySelectorAll('.article-body > :is(p, h2, h3, h4)')].flatMap(e => {
    const range = document.createRange(); range.selectNodeContents(e);
    return [...range.getClientRects()].map(r => ({...box(r), tag: e.localName,
                                                   text: e.textContent.slice(0, 30)}));
  });
  return {figure: box(figure.getBoundingClientRect()),
          player: box(figure.querySelector('video').getBoundingClientRect()),
          caption: box(figure.querySelector('.media__title').getBoundingClientRect()),
          summary: box(figure.querySelector('.transcript > summary').getBoundingClientRect()),
          column: box(document.querySelector('.article-body > p').getBoundingClientRect()),
          lines};
}"""


@pytest.mark.parametrize("width", [768, 1024, 1280, 1440])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_heading_or_text_stands_beside_the_upright_clip(auditor: Any, width: int,
                                                           scheme: str) -> None:
    """No line of a heading or paragraph stands level with the upright clip: "What happens
    next" wrapped beside it in a ~350 px column at 1280 px."""
    with fixture_page(auditor, VIDEO, width=width, scheme=scheme) as page:
        found = page.evaluate(UPRIGHT)
    player = found["player"]
    beside = [line for line in found["lines"]
              if line["top"] < player["bottom"] - 1 and line["bottom"] > player["top"] + 1]
    assert not beside, (beside, player)
    after = [line for line in found["lines"] if line["top"] >= player["bottom"]]
    assert after, found
    assert after[0]["tag"] == "h2", found
    assert abs(after[0]["left"] - found["column"]["left"]) <= 1, found


@pytest.mark.parametrize("width", [768, 1024, 1280, 1440])
def test_the_upright_clip_is_centred_in_the_column_with_its_caption_under_it(
        auditor: Any, width: int) -> None:
    """Where the column has room the upright clip is centred in the column, its caption
    under it from its start edge and the transcript's summary after that. It was 320-360 px
    wide (604 px tall at 1280 x 800, pushing the next section 650 px down for a 60-second
    clip: round 48's review); since round 49 it is at most 60% of the window tall (480 px),
    so 240-290 px wide in an 800 px window (test_design_review49_pages.py)."""
    with fixture_page(auditor, VIDEO, width=width) as page:
        found = page.evaluate(UPRIGHT)
    player, column, caption, summary = (found[k] for k in ("player", "column", "caption",
                                                           "summary"))
    assert 240 <= player["width"] <= 290, found
    assert abs((player["left"] - column["left"]) - (column["right"] - player["right"])) <= 2, found
    assert player["bottom"] <= caption["top"] <= player["bottom"] + 24, found
    assert abs(caption["left"] - player["left"]) <= 1, found
    assert caption["bottom"] <= summary["top"] <= caption["bottom"] + 40, found
    assert abs(summary["left"] - player["left"]) <= 1, found


@pytest.mark.parametrize(("width", "scheme", "forced"), [
    (1280, "light", False), (1280, "dark", False), (375, "light", False),
    (375, "dark", False), (1280, "light", True), (375, "light", True)])
def test_the_lead_videos_label_reads_in_every_scheme(auditor: Any, width: int,
                                                     scheme: str, forced: bool) -> None:
    """The label's words stand 4.5:1 or more against its ground, in the light and dark
    schemes and in forced colours."""
    from tests.browser.colour import contrast, pixels

    with fixture_page(auditor, VIDEO, width=width, scheme=scheme) as page:
        if forced:
            page.emulate_media(forced_colors="active")
        found = page.evaluate(LEAD)
        tag = found["tag"]
        painted = pixels(page, {"x": tag["left"], "y": tag["top"],
                                "width": tag["width"], "height": tag["height"]})
    ground = Counter(painted).most_common(1)[0][0]
    assert max(contrast(ground, colour) for colour in painted) >= 4.5, found
