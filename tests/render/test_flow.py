"""The body's reading order and the pictures that stand beside the text (render/flow.py), as
rendered: the furniture that opened the body moves after the first paragraph, key points
stay first, and a supporting picture floats only beside enough text."""

from __future__ import annotations

import copy
import json
from typing import Any

from lxml import etree

import broadsheet
from tests.helpers import ARTICLES, SEED_PATH, parse_html

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
            for child in found if isinstance(child.tag, str)
            # (a hero's byline and dates open the body: template furniture, not a block)
            and child.get("class") != "article-header__meta"][:-4]


def test_key_points_stay_first_and_other_furniture_follows_the_first_paragraph() -> None:
    """A phone reader met a long read's series, audio version, contents and fact boxes before
    its first paragraph (1,517 px down); key points are the summary and stay first; the
    contents lead what follows the paragraph, so on wide screens they top the rail (a designer
    found the long read's contents at the rail's foot). When the second paragraph follows the
    first, the furniture follows the second: a phone's reader met a box after two or three
    lines of story."""
    assert body_classes(AUDIO, FACTS, KEY_POINTS, CONTENTS, P, P) == [
        "aside.factbox", "p", "p", "nav.contents", "div.audio-version", "aside.factbox"]
    assert body_classes(AUDIO, KEY_POINTS, CONTENTS, P, LIST, P) == [
        "aside.factbox", "p", "nav.contents", "div.audio-version", "ul", "p"]


def test_an_update_note_before_the_story_follows_its_opening_paragraphs() -> None:
    assert body_classes(UPDATE, P, P, P) == ["p", "p", "div.note", "p"]
    assert body_classes(UPDATE, P, HEADING, P) == ["p", "div.note", "h2", "p"]


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


# -- the rail (issue 17: rails empty for 1,500-2,700 px at 1280 px) ------------------------------
LONG = {"type": "paragraph", "text": "A long paragraph of the story, told at length. " * 8}
RELATED = {"type": "related", "title": "More on this", "links": [
    {"text": "The earlier story", "url": "https://news.example/earlier"}]}
PULLQUOTE = {"type": "pullquote", "text": "Words worth pulling out."}
GALLERY_IMAGE = {"type": "image", "src": "https://news.example/a.jpg", "width": 1200, "height": 800,
                 "alt": "A street", "caption": "A street."}
GALLERY = {"type": "gallery", "images": [GALLERY_IMAGE, GALLERY_IMAGE]}
UPRIGHT_VIDEO = {"type": "video", "title": "A minute on the budget",
                 "src": "https://cdn.example/v.mp4", "width": 1080, "height": 1920,
                 "duration": "PT1M", "tracks": [{"src": "https://cdn.example/v.vtt",
                                                 "kind": "captions", "srclang": "en",
                                                 "label": "English"}]}


def rendered_body(*blocks: dict[str, Any], lead: bool = True) -> tuple[list[str], list[str]]:
    """The article's classes and each body child's tag and first class, for exactly
    ``blocks`` as the body (and the seed's lead picture, unless ``lead`` is false)."""
    data = copy.deepcopy(SEED)
    data.pop("live", None)
    if not lead:
        data.pop("lead", None)
    data["body"] = list(blocks)
    tree = parse_html(broadsheet.render(data).html)
    article = tree.find(".//article")
    found = tree.find(".//div[@class='article-body']")
    assert article is not None
    assert found is not None
    return (article.get("class", "").split(),
            [child.tag + (f".{child.get('class', '').split()[0]}" if child.get("class") else "")
             for child in found if isinstance(child.tag, str)
             # (a hero's byline and dates open the body: template furniture, not a block)
             and child.get("class") != "article-header__meta"])


def test_related_links_that_end_the_story_move_up_beside_it() -> None:
    """Related links that ended the body had nothing after them to stand beside, so they
    stayed in the column and the rail stood empty down the whole story (the council and
    transit pages); they now follow the opening's second paragraph, where the rail holds
    them (after the first, a phone's reader met them after two or three lines)."""
    classes, body = rendered_body(LONG, LONG, LONG, LONG, RELATED)
    assert body == ["p", "p", "aside.related", "p", "p"]
    _, body = rendered_body(LONG, HEADING, LONG, LONG, LONG, RELATED)  # a heading ends it
    assert body == ["p", "aside.related", "h2", "p", "p", "p"]
    assert "broadsheet-article--single" not in classes


def test_a_box_of_facts_that_ends_the_story_moves_beside_it() -> None:
    """A box of facts with one paragraph after it stayed in the column, the rail empty beside
    the long read's last section (994 px at 1280 px): it moves beside the story as related
    links do; key points, and a box of facts with the story after it, keep their place."""
    _, body = rendered_body(LONG, HEADING, LONG, LONG, LONG, FACTS, LONG)
    assert body == ["p", "aside.factbox", "h2", "p", "p", "p", "p"]
    _, body = rendered_body(LONG, HEADING, LONG, LONG, LONG, KEY_POINTS, LONG)
    assert body == ["p", "h2", "p", "p", "p", "aside.factbox", "p"]
    _, body = rendered_body(LONG, HEADING, LONG, FACTS, LONG, LONG, LONG)
    assert body == ["p", "h2", "p", "aside.factbox", "p", "p", "p"]


def test_a_box_moves_to_the_longest_stretch_nothing_stands_beside() -> None:
    """A photo essay (or an upright video) spans column and rail, so the stretch after it is
    the rail's emptiest when it is the longer one; the related links stand there, after its
    first paragraph."""
    _, body = rendered_body(LONG, GALLERY, LONG, LONG, LONG, LONG, RELATED)
    assert body == ["p", "section.gallery", "p", "aside.related", "p", "p", "p"]
    _, body = rendered_body(LONG, LONG, LONG, LONG, GALLERY, LONG, RELATED)
    assert body == ["p", "p", "aside.related", "p", "p", "section.gallery", "p"]
    # an upright video spans them too (its caption in the rail): the links stand after it
    _, body = rendered_body(LONG, UPRIGHT_VIDEO, LONG, LONG, LONG, LONG, RELATED)
    assert body == ["p", "figure.media", "p", "aside.related", "p", "p", "p"]


def test_a_box_that_already_stands_in_the_rail_stays_and_short_stories_keep_their_order() -> None:
    """A pull quote already in the rail keeps its place; the related links stand after it,
    beside the stretch it leaves empty."""
    _, body = rendered_body(LONG, PULLQUOTE, LONG, LONG, LONG, RELATED)
    assert body == ["p", "div.pullquote", "p", "aside.related", "p", "p"]
    _, body = rendered_body(P, P, RELATED)  # too short to leave a screen of rail empty
    assert body == ["p", "p", "aside.related"]


INTRO = {"type": "paragraph", "text": "The prosecutor's statement said:"}
QUOTE = {"type": "quote", "text": "Every sentence was for a specific crime."}
LIST = {"type": "list", "ordered": False, "items": ["Trains cancelled.", "Bridges closed."]}
HEADING = {"type": "heading", "level": 2, "text": "What comes next"}


def test_a_moved_box_never_parts_a_paragraph_from_what_it_introduces() -> None:
    """A pull quote moved up stood between "...the statement said:" and the quote it
    announced (be-political-prisoners-quote at 375 px), and related links between a paragraph
    and its list (en-storm-breaking-corrections): the box takes the next boundary instead."""
    _, body = rendered_body(INTRO, QUOTE, LONG, LONG, LONG, RELATED)
    assert body == ["p", "figure.quote", "aside.related", "p", "p", "p"]
    _, body = rendered_body(LONG, LIST, LONG, LONG, LONG, RELATED)
    assert body == ["p", "ul", "aside.related", "p", "p", "p"]
    # a colon introduces whatever follows, a heading included; a list after a heading is free
    _, body = rendered_body(INTRO, LONG, LONG, LONG, RELATED)
    assert body == ["p", "p", "aside.related", "p", "p"]
    _, body = rendered_body(LONG, HEADING, LIST, LONG, LONG, LONG, RELATED)
    assert body == ["p", "aside.related", "h2", "ul", "p", "p", "p"]


def test_a_moved_box_is_never_left_right_before_a_block_that_clears_it() -> None:
    """The Eisteddfod's pull quote followed the stretch's one paragraph, right before the
    photo essay that clears it: a 150 px hole in the column. It now stands where enough of
    the stretch follows it: here, at the stretch's start."""
    _, body = rendered_body(HEADING, LIST, HEADING, LONG, GALLERY, P, PULLQUOTE)
    assert body == ["div.pullquote", "h2", "ul", "h2", "p", "section.gallery", "p"]
    _, body = rendered_body(HEADING, LIST, HEADING, LONG, SHORT, GALLERY, P, PULLQUOTE)
    assert body == ["div.pullquote", "h2", "ul", "h2", "p", "p", "section.gallery", "p"]


def test_the_two_fixtures_keep_each_quote_and_list_with_its_paragraph() -> None:
    """In the two fixtures the review saw, the moved box follows the quote or list."""
    for name in ("be-political-prisoners-quote", "en-storm-breaking-corrections"):
        data = json.loads((ARTICLES / f"{name}.json").read_text("utf-8"))
        found = parse_html(broadsheet.render(data).html).find(".//div[@class='article-body']")
        assert found is not None
        children = [child for child in found if isinstance(child.tag, str)]
        boxes = [i for i, child in enumerate(children) if child.get("class") == "related"]
        assert boxes, name
        for i in boxes:
            before, after = children[i - 1], children[i + 1]
            assert not "".join(before.itertext()).strip().endswith(":"), name
            assert after.tag not in ("ul", "ol"), name
            assert "quote" not in after.get("class", ""), name


def test_an_article_with_nothing_for_the_rail_is_one_centred_column() -> None:
    classes, _ = rendered_body(LONG, LONG, LONG)
    assert "broadsheet-article--single" in classes
    classes, _ = rendered_body(LONG, LONG, LONG, RELATED)
    assert "broadsheet-article--single" not in classes


AUDIO_BLOCK = {"type": "audio", "src": "https://cdn.example/show.mp3", "title": "The show",
               "duration": "PT18M5S", "transcript": "Host: Welcome."}


def test_a_podcasts_player_leads_the_body() -> None:
    """A podcast's or radio interview's player (the body's one audio block, before its first
    heading) leads the body, under the standfirst or the lead picture; one further down a
    sectioned story, or one of several, keeps its place."""
    heading = {"type": "heading", "level": 2, "text": "More"}
    _, body = rendered_body(P, P, AUDIO_BLOCK, P, lead=False)
    assert body == ["figure.media", "p", "p", "p"]
    _, body = rendered_body(P, heading, AUDIO_BLOCK, P, lead=False)
    assert body == ["p", "h2", "figure.media", "p"]
    _, body = rendered_body(P, AUDIO_BLOCK, P, AUDIO_BLOCK, lead=False)
    assert body == ["p", "figure.media", "p", "figure.media"]
    _, body = rendered_body(P, P, AUDIO_BLOCK, P)  # under a lead picture too
    assert body == ["figure.media", "p", "p", "p"]


def test_a_leading_player_is_for_the_rail_when_nothing_else_is() -> None:
    """A radio interview's page with nothing else for the rail has two columns (its player
    stands in the rail, the stylesheet's "The grid"); a clip further down is a rail box."""
    classes, _ = rendered_body(P, P, AUDIO_BLOCK, P)
    assert "broadsheet-article--single" not in classes
    classes, _ = rendered_body(LONG, LONG, LONG)
    assert "broadsheet-article--single" in classes


def picture(width: int, height: int) -> dict[str, Any]:
    """A picture in the column (display ``inline``) of the given shape."""
    return {"type": "image", "src": "https://news.example/b.jpg", "width": width,
            "height": height, "alt": "A river bank", "caption": "The river bank.",
            "display": "inline"}


def test_a_pictures_share_of_a_stretch_comes_from_its_shape() -> None:
    """Every block other than text counted as 400 characters (about 250 px of column), so a
    portrait picture 576 px tall in the column and a panorama 160 px tall weighed the same
    when the rail's emptiest stretch was chosen. Now a picture counts for its height at the
    column's width (capped as the stylesheet caps it) and a table for its rows: a stretch with
    a tall picture or a long table outweighs two long paragraphs after a photo essay, one
    with a panorama or a short table does not."""
    tall, wide = picture(1200, 1800), picture(1200, 300)
    _, body = rendered_body(P, tall, P, GALLERY, LONG, LONG, RELATED)
    assert body == ["p", "aside.related", "figure.figure", "p", "section.gallery", "p", "p"]
    _, body = rendered_body(P, wide, P, GALLERY, LONG, LONG, RELATED)
    assert body == ["p", "figure.figure", "p", "section.gallery", "aside.related", "p", "p"]
    rows = [["Year", "Homes"], *[[str(2000 + n), str(n)] for n in range(20)]]
    long_table = {"type": "table", "caption": "Homes by year", "rows": rows}
    _, body = rendered_body(P, long_table, P, GALLERY, LONG, LONG, RELATED)
    assert body == ["p", "aside.related", "div.table-scroll", "p", "section.gallery", "p", "p"]
    _, body = rendered_body(P, TABLE, P, GALLERY, LONG, LONG, RELATED)
    assert body == ["p", "div.table-scroll", "p", "section.gallery", "aside.related", "p", "p"]
