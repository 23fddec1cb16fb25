"""The long read's opening on a phone (the design review at 7/10, round 41: its contents,
series and audio version stood 370-471 px between the first paragraph and the next): compact
forms, the contents a folded disclosure, the series one line, the audio version its label
over its player (round 42: beside it, the player's seek bar was 30 px wide); from a tablet up the contents list is shown as before, without a toggle."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.fixture_pages import fixture_page

STEM = "en-longread-river-crossing"

#: The boxes right after the first paragraph (up to the next block that is not one): each
#: one's class and box, and the next block's tag.
OPENING = """() => {
  const first = document.querySelector('.article-body > p');
  const boxes = [];
  for (let e = first.nextElementSibling; e; e = e.nextElementSibling) {
    if (!e.matches('.contents, .series, .audio-version, .factbox')) break;
    const r = e.getBoundingClientRect();
    boxes.push({name: e.className, top: r.top, bottom: r.bottom});
  }
  return boxes;
}"""

#: What the contents box shows: its title's and toggle's boxes, whether it is open, each
#: link's box, or nothing where it is not rendered (a closed disclosure's content is laid out
#: when measured, but not drawn).
CONTENTS = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
                       return e.checkVisibility() ? [r.width, r.height] : [0, 0]; };
  const nav = document.querySelector('.article-body > .contents');
  return {title: box(nav.querySelector('.contents__title')),
          toggle: box(nav.querySelector('summary')),
          open: nav.querySelector('details').open,
          links: [...nav.querySelectorAll('a')].map(box)};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_long_reads_opening_boxes_take_220_px_or_less_on_a_phone(auditor: Any,
                                                                     scheme: str) -> None:
    """At 375 px the contents, the series and the audio version after the first paragraph
    take 220 px or less, from the first box's top to the last's bottom (200 px in round 41;
    round 42 gave the audio version's label its own line over the player, about 20 px)."""
    with fixture_page(auditor, STEM, width=375, scheme=scheme) as page:
        boxes = page.evaluate(OPENING)
    assert [box["name"] for box in boxes] == ["contents", "series", "audio-version"], boxes
    assert boxes[-1]["bottom"] - boxes[0]["top"] <= 220, boxes


def test_a_phones_contents_are_folded_under_their_toggle(auditor: Any) -> None:
    """At 375 px the contents box is its toggle (24 px or more to press), its list hidden
    until it is pressed; then every section's link is shown."""
    with fixture_page(auditor, STEM, width=375) as page:
        folded = page.evaluate(CONTENTS)
        page.locator(".article-body > .contents summary").click()
        opened = page.evaluate(CONTENTS)
    assert not folded["open"], folded
    assert folded["toggle"][1] >= 24, folded
    assert all(link == [0, 0] for link in folded["links"]), folded
    assert opened["open"], opened
    assert len(opened["links"]) >= 2, opened
    assert all(width > 0 and height > 0 for width, height in opened["links"]), opened


@pytest.mark.parametrize("width", [768, 1024, 1280])
def test_contents_are_a_list_without_a_toggle_from_a_tablet_up(auditor: Any, width: int) -> None:
    """From a tablet up the contents box shows its title and every section's link, and no
    toggle (its list is never folded there)."""
    with fixture_page(auditor, STEM, width=width) as page:
        found = page.evaluate(CONTENTS)
    assert found["toggle"] == [0, 0], found
    assert found["title"][1] > 0, found
    assert len(found["links"]) >= 2, found
    assert all(width > 0 and height > 0 for width, height in found["links"]), found


#: The series' and the audio version's rows at 375 px: the series' lines, whether its parts
#: show and its link; the audio version's label and player boxes.
ROWS = """() => {
  const series = document.querySelector('.article-body > .series');
  const name = series.querySelector('.series__name').getBoundingClientRect();
  const place = series.querySelector('.series__position').getBoundingClientRect();
  const audio = document.querySelector('.article-body > .audio-version');
  const label = audio.querySelector('.audio-version__label').getBoundingClientRect();
  const deck = audio.querySelector('.media__deck').getBoundingClientRect();
  const player = audio.querySelector('audio').getBoundingClientRect();
  return {oneLine: Math.abs(name.top - place.top) < 2 && Math.abs(name.bottom - place.bottom) < 2,
          parts: series.querySelector('.series__parts').getBoundingClientRect().height,
          link: series.querySelector('.series__name a').getBoundingClientRect().width,
          above: label.bottom <= deck.top + 0.5, gap: deck.top - label.bottom,
          labelLines: Math.round(label.height / parseFloat(getComputedStyle(
            audio.querySelector('.audio-version__label')).lineHeight)),
          deck: deck.width, player: player.width, box: audio.clientWidth};
}"""


@pytest.mark.parametrize("width", [320, 375])
def test_a_phones_series_is_a_row_and_its_audio_players_label_stands_above_it(
        auditor: Any, width: int) -> None:
    """On a phone the series is one line (its name, linked, and its place; the parts are the
    series page's), and the audio version's label (one line) stands above its player, close
    to it, the player taking the column's full width (round 42: beside a two-line label it
    was squashed, its seek bar 30 px wide)."""
    with fixture_page(auditor, STEM, width=width) as page:
        found = page.evaluate(ROWS)
    assert found["oneLine"], found
    assert found["parts"] == 0, found
    assert found["link"] > 0, found
    assert found["above"], found
    assert found["gap"] <= 8, found
    assert found["labelLines"] == 1, found
    assert found["deck"] >= found["box"] - 1, found
    # the player beside the label was 180 px of 343 at 375 px; the rest is the length's clock
    assert found["player"] >= found["box"] * 0.75, found
