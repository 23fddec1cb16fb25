"""An audio card's programme name: shown beside the kind label, and read only when the
recording's title does not already say it (a page never reads the same words twice)."""

from __future__ import annotations

import copy

import pytest

import broadsheet
from tests.helpers import ARTICLES, load_json, parse_html

AUDIO = ARTICLES / "ru-radio-interview-audio.json"


def programme_span(programme: str, title: str) -> object:
    data = copy.deepcopy(load_json(AUDIO))
    block = next(b for b in data["body"] if b["type"] == "audio")
    block["programme"], block["title"] = programme, title
    (span,) = parse_html(broadsheet.render(data).html).xpath(
        "//*[@class='media__programme']")
    return span


@pytest.mark.parametrize("title", ["Культурный слой: о выставке",
                                   "«КУЛЬТУРНЫЙ   слой» о выставке"])
def test_a_programme_the_title_names_is_shown_not_read(title: str) -> None:
    span = programme_span("Культурный слой", title)
    assert span.text == "Культурный слой"  # type: ignore[attr-defined]
    assert span.get("aria-hidden") == "true"  # type: ignore[attr-defined]


def test_a_programme_the_title_does_not_name_is_read() -> None:
    span = programme_span("Культурный слой", "Разговор о выставке")
    assert span.get("aria-hidden") is None  # type: ignore[attr-defined]
