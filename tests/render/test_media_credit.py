"""A video's or an audio's credit: shown in its caption after a label in the page's language,
as escaped plain text, and part of the accessible description the player points at."""

from __future__ import annotations

import copy

import pytest

import broadsheet
from tests.helpers import ARTICLES, load_json, parse_html, text_of

VIDEO = ARTICLES / "en-council-video-lead.json"
AUDIO = ARTICLES / "ru-radio-interview-audio.json"


def with_credit(path: object, credit: str) -> tuple[dict[str, object], str]:
    data = copy.deepcopy(load_json(path))  # type: ignore[arg-type]
    for index, block in enumerate(data["body"]):
        if block["type"] in {"video", "audio"}:
            block["credit"] = credit
            return data, f"/body/{index}"
    raise AssertionError("the fixture has no media block in its body")


@pytest.mark.parametrize(("path", "element", "label"), [(VIDEO, "video", "Source"),
                                                         (AUDIO, "audio", "Источник")])
def test_the_credit_follows_its_label_in_the_players_caption(
        path: object, element: str, label: str) -> None:
    data, _pointer = with_credit(path, "Reuters <b>TV</b>")
    tree = parse_html(broadsheet.render(data).html)
    players = tree.xpath(f"//figure[.//{element}][.//*[@class='media__credit']]")
    assert len(players) == 1
    (caption,) = players[0].xpath("./figcaption")
    credits = caption.xpath(".//*[@class='media__credit']")
    assert [text_of(c) for c in credits] == [f"{label}: Reuters <b>TV</b>"]
    assert not caption.xpath(".//b"), "a credit is plain text: markup in it is shown, not run"


def test_media_without_a_credit_show_no_credit_line() -> None:
    tree = parse_html(broadsheet.render(load_json(VIDEO)).html)
    assert tree.xpath("//video")
    assert not tree.xpath("//*[@class='media__credit']")


def test_a_credit_of_the_wrong_type_is_an_input_error_at_its_place() -> None:
    data, pointer = with_credit(VIDEO, "Reuters")
    data["body"][int(pointer.rsplit("/", 1)[1])]["credit"] = 7  # type: ignore[index]
    with pytest.raises(broadsheet.ArticleError) as caught:
        broadsheet.render(data)
    assert f"{pointer}/credit" in str(caught.value)
