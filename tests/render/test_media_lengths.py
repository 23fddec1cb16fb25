"""A video's or audio's stated length: printed in the page's digits, and not at all when it
tells nothing (issue 17: a "0:00" beside a clip whose feed wrote ``PT0S``)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from lxml import etree

import broadsheet
from tests.helpers import SEED_PATH, parse_html, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))


def page(language: str, *blocks: dict[str, Any], digits: str | None = None) -> etree._Element:
    article = copy.deepcopy(SEED)
    article.update(language=language, body=[{"type": "paragraph", "text": "Words."}, *blocks])
    if digits:
        article["site"]["digits"] = digits
    return parse_html(broadsheet.render(article).html)


def video(duration: str) -> dict[str, Any]:
    return {"type": "video", "title": "Clip", "src": "https://cdn.example/v.mp4",
            "duration": duration, "transcript": "Words.",
            "tracks": [{"src": "https://cdn.example/v.vtt", "kind": "captions",
                        "srclang": "en", "label": "English"}]}


def audio(duration: str) -> dict[str, Any]:
    return {"type": "audio", "title": "Episode", "src": "https://cdn.example/a.mp3",
            "duration": duration, "transcript": "Words."}


LISTEN = {"type": "audio_version", "src": "https://cdn.example/l.mp3"}


@pytest.mark.parametrize("zero", ["PT0S", "PT0M", "P0D", "PT0H0M0S"])
def test_a_length_of_nothing_is_not_printed(zero: str) -> None:
    tree = page("en", video(zero), audio(zero))
    assert tree.xpath("//*[contains(@class, 'media__duration') or "
                      "contains(@class, 'media__badge')]") == []
    assert tree.xpath("//time[starts-with(@datetime, 'P')]") == []
    assert "0:00" not in text_of(tree.xpath("//main")[0])


def test_a_listen_bar_with_a_length_of_nothing_says_no_length() -> None:
    article = copy.deepcopy(SEED)
    article["body"].insert(0, {**LISTEN, "duration": "PT0S"})
    tree = parse_html(broadsheet.render(article).html)
    (label,) = tree.xpath("//p[@class='audio-version__label']")
    assert tree.xpath("//div[@class='audio-version']//time") == []
    assert "(" not in text_of(label), text_of(label)
    (audio,) = tree.xpath("//audio")
    assert audio.get("aria-labelledby") == label.get("id")


@pytest.mark.parametrize(("language", "digits", "expected"), [
    ("en", None, "1:03:12"), ("fa", None, "۱:۰۳:۱۲"), ("ar", "native", "١:٠٣:١٢"),
    ("ru", None, "1:03:12")])
def test_a_length_is_written_in_the_pages_digits(language: str, digits: str | None,
                                                 expected: str) -> None:
    tree = page(language, video("PT1H3M12S"), audio("PT1H3M12S"), digits=digits)
    stated = tree.xpath("//span[@class='media__duration']/time")
    assert [text_of(e.xpath("./span[@aria-hidden='true']")[0]) for e in stated] == [expected] * 2
    assert {e.get("datetime") for e in stated} == {"PT1H3M12S"}


@pytest.mark.parametrize(("language", "iso", "said"), [
    ("en", "PT1H3M12S", "Duration: 1 hour, 3 minutes, and 12 seconds"),
    ("en", "PT2M", "Duration: 2 minutes"),
    ("ru", "PT18M05S", "Продолжительность: 18 минут и 5 секунд"),
    ("fa", "PT24M30S", "مدت: ۲۴ دقیقه و ۳۰ ثانیه")])
def test_a_length_is_read_in_words_and_its_clock_is_not_read(language: str, iso: str,
                                                               said: str) -> None:
    """Issue 17: a clock ("24:30") is read as a time of day; a screen reader gets the length
    in words in the page's language, the clock is shown, not read."""
    tree = page(language, video(iso), audio(iso))
    for length in tree.xpath("//span[@class='media__duration']/time"):
        hidden, clock = length.xpath("./span")
        assert (hidden.get("class"), text_of(hidden)) == ("visually-hidden", said)
        assert clock.get("aria-hidden") == "true"


def test_a_video_says_what_it_is_before_its_title_and_audio_shows_its_length_in_its_pill() -> None:
    """The video's caption leads with a "Video" tag holding its length; the audio's length
    sits beside its player, in the pill that holds it, not in the caption."""
    tree = page("en", video("PT2M48S"), audio("PT2M48S"))
    (tag,) = tree.xpath("//figure[contains(@class, 'media--video')]/figcaption/*[1]")
    assert tag.get("class") == "media__tag"
    assert text_of(tag.xpath("./span[@class='media__kind']")[0]) == "Video"
    assert tag.xpath("./span[@class='media__duration']/time/@datetime") == ["PT2M48S"]
    (deck,) = tree.xpath("//figure[contains(@class, 'media--audio')]/div[@class='media__deck']")
    assert [child.tag for child in deck] == ["audio", "span"]
    assert deck[1].get("class") == "media__duration"
    assert not tree.xpath("//figure[contains(@class, 'media--audio')]/figcaption//time")


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_player_is_named_by_its_title_and_its_length_is_said_once(language: str) -> None:
    """One name (the title, not the whole caption as well), one stated length in the
    figure (no badge repeating it), and a player that loads its metadata, so its own
    position slider tells the true total once the page loads."""
    tree = page(language, video("PT2M48S"), audio("PT2M48S"))
    players = tree.xpath("//video | //audio")
    assert len(players) == 2
    for player in players:  # (the podcast's player leads the body: render/flow.py)
        title = {"video": "Clip", "audio": "Episode"}[player.tag]
        assert player.get("aria-describedby") is None
        assert player.get("preload") == "metadata"
        (name,) = tree.xpath("//*[@id=$id]", id=player.get("aria-labelledby"))
        assert text_of(name) == title
        figure = player.xpath("ancestor::figure[1]")[0]
        lengths = figure.xpath(".//time[@datetime='PT2M48S']")
        assert len(lengths) == 1
