"""The video page's layout after the design review of round 42 (fixture
``en-council-video-lead``): each video's caption, length and transcript stand with its
player. An upright clip's caption and transcript stand in the column beside it where the
column has room (spanning into the rail, they left a 316 x 576 px hole beside the player at
1280 px, the caption ~400 px away in the rail), under it on a phone, where the player is
aligned with the column (it stood ~10 px inside both edges at 375 px); the lead's caption
stands directly under its player (in the rail beside it, ~400 px of blank rail under it)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.fixture_pages import fixture_page

VIDEO = "en-council-video-lead"

#: The boxes of the upright clip's player, caption, transcript summary, the figure, and the
#: text column (the body's first paragraph).
PORTRAIT = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY,
            width: r.width}; };
  const figure = document.querySelector('.article-body > .media--portrait');
  return {column: box(document.querySelector('.article-body > p')),
          figure: box(figure), player: box(figure.querySelector('video')),
          caption: box(figure.querySelector('.media__title')),
          summary: box(figure.querySelector('.transcript > summary'))};
}"""

#: The same for the lead video (its player: the stage the clip stands on, round 43).
LEAD = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY}; };
  const figure = document.querySelector('.broadsheet-article > .media--video');
  return {column: box(document.querySelector('.article-body > p')),
          player: box(figure.querySelector('.media__player')),
          caption: box(figure.querySelector('.media__title')),
          summary: box(figure.querySelector('.transcript > summary'))};
}"""


@pytest.mark.parametrize("width", [768, 1024, 1280, 1440])
def test_an_upright_clips_caption_stands_beside_it_in_the_column(auditor: Any,
                                                                 width: int) -> None:
    """The player keeps the column's start edge; its caption (title) and the transcript's
    summary stand beside it, within the column, close to it (no hole between), the caption
    level with the player's top, the summary under the caption."""
    with fixture_page(auditor, VIDEO, width=width) as page:
        found = page.evaluate(PORTRAIT)
    column, player, caption, summary = (found[k] for k in ("column", "player", "caption",
                                                           "summary"))
    assert abs(player["left"] - column["left"]) <= 1, found
    for part in (caption, summary):
        assert player["right"] < part["left"] <= player["right"] + 40, found
        assert part["right"] <= column["right"] + 1, found
        assert part["bottom"] < player["bottom"], found
    assert abs(caption["top"] - player["top"]) <= 12, found
    assert caption["bottom"] <= summary["top"], found
    assert abs(summary["left"] - caption["left"]) <= 1, found
    assert found["figure"]["right"] <= column["right"] + 1, found  # keeps to the column


@pytest.mark.parametrize("width", [320, 375, 414])
def test_an_upright_clip_is_aligned_with_the_column_on_a_phone(auditor: Any,
                                                               width: int) -> None:
    """On a phone the player fills the column edge to edge (it fits 85% of the 800 px
    screen), its caption and transcript summary under it from its start edge."""
    with fixture_page(auditor, VIDEO, width=width) as page:
        found = page.evaluate(PORTRAIT)
    column, player, caption, summary = (found[k] for k in ("column", "player", "caption",
                                                           "summary"))
    assert abs(player["left"] - column["left"]) <= 1, found
    assert abs(player["right"] - column["right"]) <= 1, found
    assert player["bottom"] - player["top"] <= 0.85 * 800 + 1, found
    assert player["bottom"] <= caption["top"] < summary["top"], found
    assert abs(caption["left"] - player["left"]) <= 1, found
    assert abs(summary["left"] - player["left"]) <= 1, found


def test_an_upright_clip_starts_at_the_columns_edge_on_a_short_phone(auditor: Any) -> None:
    """On a short phone (320 x 480) the player is held to 85% of the screen, narrower than
    the column: it keeps the column's start edge, not centred a few pixels inside it."""
    with fixture_page(auditor, VIDEO, width=320) as page:
        page.set_viewport_size({"width": 320, "height": 480})
        found = page.evaluate(PORTRAIT)
    column, player = found["column"], found["player"]
    assert player["width"] < column["right"] - column["left"] - 8, found
    assert abs(player["left"] - column["left"]) <= 1, found


@pytest.mark.parametrize("width", [1024, 1280])
def test_the_lead_videos_caption_stands_directly_under_its_player(auditor: Any,
                                                                  width: int) -> None:
    """The lead video's caption and transcript summary stand under the player, from its start
    edge, in the column (not in the rail beside it)."""
    with fixture_page(auditor, VIDEO, width=width) as page:
        found = page.evaluate(LEAD)
    player, caption, summary = found["player"], found["caption"], found["summary"]
    assert player["bottom"] <= caption["top"] <= player["bottom"] + 24, found
    assert caption["bottom"] <= summary["top"] <= caption["bottom"] + 40, found
    for part in (caption, summary):
        assert abs(part["left"] - player["left"]) <= 1, found
        assert part["right"] <= player["right"] + 1, found
    assert abs(player["left"] - found["column"]["left"]) <= 1, found
