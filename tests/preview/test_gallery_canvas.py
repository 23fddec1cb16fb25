"""The fixture page laid out as a designer's workbench (issue 17, Gallery v2): the live
page first, its checks in tabs below; comparison and approval always shown; findings
that say each thing once; RTL titles marked; players in the screen-reader transcript."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from broadsheet.preview import GalleryBuilder
from broadsheet.preview.announce import announcements
from broadsheet.preview.outline import clock, players
from tests.helpers import ARTICLES, parse_html, text_of
from tests.preview.captures import Marked

PODCAST = "fa-podcast-inflation-audio"
VIDEO = "en-council-video-lead"


def _said(slug: str) -> list[str]:
    return [str(line) for line in announcements(
        (ARTICLES / f"{slug}.aria.yml").read_text("utf-8"),
        players((ARTICLES / f"{slug}.golden.html").read_text("utf-8")))]


def test_an_audio_player_is_said_inside_its_figure_with_its_length() -> None:
    """Playwright's snapshot has no line for <audio>; a screen reader says "audio" and its
    name on reaching it, and the page gives its length (PT24M30S)."""
    said = _said(PODCAST)
    figure = said.index("figure, گفت\u200cوگو، قسمت ۴۷: زندگی با تورم")
    assert said[figure + 1] == "audio, گفت\u200cوگو، قسمت ۴۷: زندگی با تورم, 24:30"
    assert sum(line.startswith("audio") for line in said) == 1


def test_each_video_player_is_said_in_its_own_figure() -> None:
    said = _said(VIDEO)
    videos = [line for line in said if line.startswith("video, ")]
    assert videos == ["video, Campaigners and councillors on the library closures, 2:48",
                      "video, Cllr Mark Ellis explains the budget in 60 seconds, 1:00"]
    for line in videos:
        name = line.split(", ")[1]
        assert said[said.index(line) - 1] == f"figure, {name}"


def test_a_player_hidden_from_assistive_technology_is_not_said() -> None:
    html = ('<main><figure aria-label="Clip"><video controls aria-hidden="true" '
            'aria-label="Clip"></video></figure><audio controls aria-label="Radio"></audio>'
            "</main>")
    assert [(p.kind, p.name, p.figure) for p in players(html)] == [("audio", "Radio", "")]


@pytest.mark.parametrize(("duration", "shown"), [
    ("PT24M30S", "24:30"), ("PT1M", "1:00"), ("PT1H2M5S", "1:02:05"), ("PT45S", "0:45"),
    ("P", ""), ("24 minutes", ""), ("", "")])
def test_a_duration_is_shown_as_a_player_shows_it(duration: str, shown: str) -> None:
    assert clock(duration) == shown


def test_the_gallery_transcript_says_the_audio_player(tmp_path: Path) -> None:
    fixture = tmp_path / f"{PODCAST}.json"
    shutil.copy(ARTICLES / f"{PODCAST}.json", fixture)
    snapshot = (ARTICLES / f"{PODCAST}.aria.yml").read_text("utf-8")
    GalleryBuilder(tmp_path / "out", capture=Marked(snapshot)).build([fixture])
    page = parse_html((tmp_path / "out" / "fixtures" / PODCAST / "index.html")
                      .read_text("utf-8"))
    lines = [text_of(li) for li in page.iterfind(".//ol[@class='spoken']/li")]
    assert "audio, گفت\u200cوگو، قسمت ۴۷: زندگی با تورم, 24:30" in lines
