"""The body's reading order and the pictures that stand beside the text (render/flow.py), as
rendered: the furniture that opened the body moves after the first paragraph, key points
stay first, and a supporting picture floats only beside enough text."""

from __future__ import annotations

import copy
import json
from typing import Any

from lxml import etree

import broadsheet
from tests.helpers import SEED_PATH, parse_html

SEED = json.loads(SEED_PATH.read_text("utf-8"))

P = {"type": "paragraph", "text": "The story starts here."}
KEY_POINTS = {"type": "factbox", "kind": "key_points", "items": ["One.", "Two."]}
FACTS = {"type": "factbox", "kind": "facts", "items": ["Built: 1884"]}
CONTENTS = {"type": "contents"}
UPDATE = {"type": "note", "kind": "update", "text": "Updated with the latest figures."}
EDITOR = {"type": "note", "kind": "editor", "text": "This story is part of a series."}
AUDIO = {"type": "audio_version", "src": "https://cdn.example/a.mp3", "duration": "PT5M",
         "voice": "synthetic"}


def body_classes(*blocks: dict[str, Any]) -> list[str]:
    """Each body child's tag and first class (``p``, ``aside.factbox``...), in source order."""
    data = copy.deepcopy(SEED)
    data["body"] = [*blocks, {"type": "heading", "level": 2, "text": "More"}, P,
                    {"type": "heading", "level": 2, "text": "Still more"}, P]
    tree = parse_html(broadsheet.render(data).html)
    found = tree.find(".//div[@class='article-body']")
    assert found is not None
    return [child.tag + (f".{child.get('class', '').split()[0]}" if child.get("class") else "")
            for child in found if isinstance(child.tag, str)][:-4]


def test_key_points_stay_first_and_other_furniture_follows_the_first_paragraph() -> None:
    """A phone reader met a long read's series, audio version, contents and fact boxes before
    its first paragraph (1,517 px down); key points are the summary and stay first; the
    contents lead what follows the paragraph, so on wide screens they top the rail (a designer
    found the long read's contents at the rail's foot)."""
    assert body_classes(AUDIO, FACTS, KEY_POINTS, CONTENTS, P, P) == [
        "aside.factbox", "p", "nav.contents", "div.audio-version", "aside.factbox", "p"]


def test_an_update_note_before_the_story_follows_its_first_paragraph() -> None:
    assert body_classes(UPDATE, P, P) == ["p", "div.note", "p"]


def test_an_editors_note_frames_the_story_so_nothing_moves() -> None:
    assert body_classes(EDITOR, CONTENTS, P) == ["div.note", "nav.contents", "p"]
    assert body_classes(CONTENTS, EDITOR, P) == ["nav.contents", "div.note", "p"]


def test_furniture_not_followed_by_a_paragraph_stays_where_it_is() -> None:
    assert body_classes(CONTENTS, {"type": "heading", "level": 2, "text": "First"}, P) == [
        "nav.contents", "h2", "p"]


def figure(display: str, *following: dict[str, Any], width: int = 1200,
           height: int = 800) -> etree._Element:
    data = copy.deepcopy(SEED)
    data["body"] = [P, {"type": "image", "src": "images/coffee-cup.jpg", "width": width,
                        "height": height, "alt": "A cup of coffee on a table",
                        "display": display}, *following]
    tree = parse_html(broadsheet.render(data).html)
    found = tree.find(".//div[@class='article-body']/*[@class]")
    assert found is not None
    assert "figure" in found.get("class", "")
    return found


LONG = {"type": "paragraph", "text": "Words beside the picture. " * 16}  # 416 characters
SHORT = {"type": "paragraph", "text": "Only a line."}
TABLE = {"type": "table", "caption": "Figures",
         "rows": [["Year", "Homes"], ["2023", "1"], ["2024", "2"]]}


def test_a_supporting_picture_stands_beside_only_enough_text() -> None:
    """Beside a short paragraph followed by a table, a floated picture left a hole as tall
    as itself less a line (140 px at 768 px): it keeps the column instead."""
    assert "figure--beside" in figure("supporting", LONG).get("class", "")
    assert "figure--beside" in figure("supporting", SHORT, SHORT, LONG).get("class", "")
    assert "figure--beside" not in figure("supporting", SHORT, TABLE, LONG).get("class", "")
    # a portrait needs about twice the text of a landscape picture
    assert "figure--beside" not in figure("supporting", LONG, TABLE, width=800,
                                          height=1200).get("class", "")
    assert "figure--beside" in figure("thumbnail", SHORT, LONG).get("class", "")
    assert "figure--beside" not in figure("thumbnail", SHORT, SHORT).get("class", "")
    assert "figure--beside" not in figure("showcase", LONG).get("class", "")
