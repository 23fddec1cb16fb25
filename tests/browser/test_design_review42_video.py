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

# (Where the column has room the upright clip now stands centred in it, its caption and
# transcript under it, and the lead's caption beside its frame on a wide screen: round 44's
# blind review; see test_design_review45_video.py.)


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
