"""Fact boxes, timelines and Q&A (issue 16): what each guarantees, proved on the tree."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from lxml import etree

import broadsheet
from broadsheet.errors import ArticleError
from tests.helpers import SEED_PATH, parse_html, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))


def render(*blocks: dict[str, Any], language: str | None = None) -> broadsheet.RenderResult:
    data = copy.deepcopy(SEED)
    data["body"] = list(blocks)
    if language:
        data["language"] = language
        data.pop("direction", None)
    return broadsheet.render(data)


def body(result: broadsheet.RenderResult) -> etree._Element:
    found = parse_html(result.html).find(".//div[@class='article-body']")
    assert found is not None
    return found


def rules(result: broadsheet.RenderResult) -> list[tuple[str, str | None]]:
    """The findings on the body (the seed's lead and site have their own)."""
    return [(f.rule, f.pointer) for f in result.findings
            if f.pointer and f.pointer.startswith("/body")]


H2 = {"type": "heading", "level": 2, "text": "Background"}


# -- factbox ------------------------------------------------------------------------------
def factbox(kind: str = "key_points", **extra: Any) -> dict[str, Any]:
    return {"type": "factbox", "kind": kind, "items": ["One <em>fact</em>.", "Another."], **extra}


def test_a_factbox_is_an_aside_named_by_its_own_heading() -> None:
    tree = body(render(factbox()))
    aside, = tree.xpath("aside")
    heading = tree.xpath("//*[@id=$id]", id=aside.get("aria-labelledby"))[0]
    assert heading.tag == "h2"
    assert heading.getparent() is aside
    assert text_of(heading) == "Key points"
    assert [text_of(li) for li in aside.xpath("ul/li")] == ["One fact.", "Another."]


@pytest.mark.parametrize(("language", "kind", "name"), [
    ("en", "what_we_know", "What we know"), ("ru", "what_we_know", "Что известно"),
    ("fa", "key_points", "نکات کلیدی"), ("ar", "facts", "حقائق أساسية"),
])
def test_an_untitled_factbox_is_named_for_its_kind_in_the_articles_language(
        language: str, kind: str, name: str) -> None:
    aside, = body(render(factbox(kind), language=language)).xpath("aside")
    assert text_of(aside.xpath("h2")[0]) == name


def test_a_factbox_heading_sits_one_below_its_section() -> None:
    tree = body(render(H2, factbox(title="The bridge in numbers")))
    assert [h.tag for h in tree.xpath(".//h2 | .//h3")] == ["h2", "h3"]
    assert text_of(tree.xpath("aside/h3")[0]) == "The bridge in numbers"


def test_past_three_complementary_landmarks_a_factbox_is_no_landmark() -> None:
    related = {"type": "related", "title": "More on the bridge"}
    tree = body(render(related, factbox(title="A"), factbox(title="B"), factbox(title="C")))
    asides = tree.xpath("aside")
    assert [a.get("class") for a in asides] == ["related", "factbox factbox--key-points",
                                                "factbox factbox--key-points"]
    section, = tree.xpath("section[contains(@class, 'factbox')]")
    # A section without a name is no region landmark; its heading still finds it.
    assert section.get("aria-labelledby") is None
    assert section.get("aria-label") is None
    assert text_of(section.xpath("h2")[0]) == "C"


def test_two_factboxes_of_one_name_are_reported() -> None:
    result = render(factbox(), factbox())
    assert ("render-landmark-name-repeated", "/body/1") in rules(result)


# -- timeline -----------------------------------------------------------------------------
EVENTS = [
    {"date": "1884", "text": "Opened."},
    {"date": "2019-05", "text": "Inspected."},
    {"date": "2024-03-04", "text": "Closed.", "title": "Closure"},
    {"date": "2024-03-04T06:15:00+01:00", "text": "Divers out."},
]


def test_a_timeline_is_an_ordered_list_of_events_each_with_a_machine_readable_date() -> None:
    result = render({"type": "timeline", "title": "How it happened", "events": EVENTS})
    tree = body(result)
    timeline, = tree.xpath("div[@class='timeline']")
    assert text_of(timeline.xpath("h2")[0]) == "How it happened"
    items = timeline.xpath("ol/li")
    assert len(items) == 4
    times = [li.xpath(".//time")[0] for li in items]
    assert [t.get("datetime") for t in times] == [
        "1884", "2019-05", "2024-03-04", "2024-03-04T06:15:00+01:00"]
    assert [text_of(t) for t in times] == [
        "1884", "May 2019", "March 4, 2024", "March 4, 2024, 6:15 AM"]
    # The date comes first in reading order, then the title, then what happened.
    assert text_of(items[2]) == "March 4, 2024 Closure Closed."
    assert rules(result) == []


def test_timeline_dates_are_written_in_the_articles_language() -> None:
    tree = body(render({"type": "timeline", "events": EVENTS[:2]}, language="ru"))
    assert [text_of(t) for t in tree.xpath(".//time")] == ["1884", "май 2019 г."]
    assert not tree.xpath(".//h2"), "no title, no heading"


def test_a_timeline_may_run_newest_first_but_not_in_any_order() -> None:
    assert rules(render({"type": "timeline", "events": EVENTS[::-1]})) == []
    shuffled = [EVENTS[1], EVENTS[0], EVENTS[2]]
    assert rules(render(H2, {"type": "timeline", "events": shuffled})) == [
        ("render-timeline-out-of-order", "/body/1")]


def test_a_date_the_calendar_lacks_is_refused_with_its_place() -> None:
    with pytest.raises(ArticleError) as raised:
        render({"type": "timeline", "events": [{"date": "2024-02-30", "text": "x"}]})
    assert "/body/0/events/0/date" in str(raised.value)
    with pytest.raises(ArticleError) as raised:
        render({"type": "timeline", "events": [{"date": "24-02", "text": "x"}]})
    assert "/body/0/events/0/date" in str(raised.value)


# -- qa -----------------------------------------------------------------------------------
QUESTIONS = [{"question": "Can I cross on foot?", "answer": ["Not yet.", "A ferry runs."]},
             {"question": "Who pays?", "answer": ["The council."]}]


def test_each_question_is_a_heading_with_its_answer_after_it() -> None:
    tree = body(render(H2, {"type": "qa", "items": QUESTIONS}))
    qa, = tree.xpath("div[@class='qa']")
    assert [(child.tag, text_of(child)) for child in qa] == [
        ("h3", "Can I cross on foot?"), ("p", "Not yet."), ("p", "A ferry runs."),
        ("h3", "Who pays?"), ("p", "The council.")]
    ids = [h.get("id") for h in qa.xpath("h3")]
    assert len(set(ids)) == 2
    assert all(ids)


def test_a_titled_qa_puts_its_questions_one_level_below_the_title() -> None:
    tree = body(render({"type": "qa", "title": "Your questions", "items": QUESTIONS}))
    assert [(h.tag, text_of(h)) for h in tree.xpath(".//h2 | .//h3")] == [
        ("h2", "Your questions"), ("h3", "Can I cross on foot?"), ("h3", "Who pays?")]


def test_a_qa_adds_no_faq_structured_data() -> None:
    html = render({"type": "qa", "items": QUESTIONS}).html
    assert "FAQPage" not in html
    assert '"@type": "NewsArticle"' in html


# -- series -------------------------------------------------------------------------------
SERIES = {"type": "series", "name": "Crossings", "part": 2, "parts": [
    {"title": "The ferry", "url": "https://news.example/ferry"},
    {"title": "The bridge", "url": "https://news.example/bridge"},
    {"title": "The toll road"}]}


def test_a_series_is_a_navigation_named_for_it_with_this_part_current_and_unlinked() -> None:
    result = render(SERIES)
    nav, = body(result).xpath("nav[@class='series']")
    label = nav.xpath("//*[@id=$id]", id=nav.get("aria-labelledby"))[0]
    assert text_of(label) == "Series: Crossings"
    assert text_of(nav.xpath("p[@class='series__position']")[0]) == "Part 2 of 3"
    items = nav.xpath("ol/li")
    assert [li.get("aria-current") for li in items] == [None, "page", None]
    assert [a.get("href") for a in nav.xpath(".//li/a")] == ["https://news.example/ferry"]
    assert text_of(items[1]) == "The bridge"
    assert not items[1].xpath(".//a")
    assert rules(result) == []


def test_a_series_part_the_list_lacks_is_an_error() -> None:
    result = render({**SERIES, "part": 4})
    assert rules(result) == [("render-series-part-missing", "/body/0/part")]
    assert not body(result).xpath(".//*[@aria-current]")


def test_the_series_position_is_in_the_articles_language() -> None:
    nav, = body(render(SERIES, language="uk")).xpath("nav")
    assert text_of(nav.xpath("p")[1]) == "Частина 2 з 3"
    assert text_of(nav.xpath("p")[0]) == "Серія: Crossings"


# -- contents -----------------------------------------------------------------------------
def sections(*titles: str) -> list[dict[str, Any]]:
    return [block for title in titles for block in (
        {"type": "heading", "level": 2, "text": title},
        {"type": "heading", "level": 3, "text": f"{title}, in detail"},
        {"type": "paragraph", "text": "Text."})]


def test_contents_links_every_section_even_those_after_it_and_names_its_nav() -> None:
    tree = body(render({"type": "contents"}, *sections("Before", "During", "Before")))
    nav, = tree.xpath("nav[@class='contents']")
    assert text_of(tree.xpath("//*[@id=$id]", id=nav.get("aria-labelledby"))[0]) == "Contents"
    links = nav.xpath("details/ol/li/a")  # the list folds on a phone
    assert [text_of(a) for a in links] == ["Before", "During", "Before"]
    targets = [tree.xpath("//*[@id=$id]", id=a.get("href")[1:]) for a in links]
    assert [[(t.tag, text_of(t)) for t in found] for found in targets] == [
        [("h2", "Before")], [("h2", "During")], [("h2", "Before")]]
    assert len({a.get("href") for a in links}) == 3, "two sections of one name, two targets"


def test_contents_placed_after_sections_still_lists_them_all() -> None:
    tree = body(render(*sections("One"), {"type": "contents"}, *sections("Two")))
    assert [text_of(a) for a in tree.xpath("nav/details/ol/li/a")] == ["One", "Two"]


def test_contents_inside_a_section_keeps_the_heading_levels_unskipped() -> None:
    tree = body(render(*sections("One"), {"type": "contents"},
                       {"type": "heading", "level": 4, "text": "Deeper"}, *sections("Two")))
    assert [(h.tag, text_of(h)) for h in tree.xpath(".//h2 | .//h3 | .//h4")] == [
        ("h2", "One"), ("h3", "One, in detail"), ("h4", "Contents"), ("h4", "Deeper"),
        ("h2", "Two"), ("h3", "Two, in detail")]


def test_contents_of_fewer_than_two_sections_renders_nothing() -> None:
    tree = body(render({"type": "contents"}, *sections("Only")))
    assert not tree.xpath(".//nav")


def test_contents_is_in_the_articles_language() -> None:
    tree = body(render({"type": "contents"}, *sections("A", "B"), language="fa"))
    assert text_of(tree.xpath("nav/h2")[0]) == "فهرست مطالب"


# -- audio version ------------------------------------------------------------------------
LISTEN = {"type": "audio_version", "src": "https://cdn.example/a.mp3", "duration": "PT12M41S",
          "transcript_url": "https://news.example/transcript"}


def test_the_audio_version_player_is_named_listen_to_this_article_with_its_duration() -> None:
    """Named by its label and its length in words; the length shown as a clock at the end of
    the pill that holds the player, in place of the player's own "0:00 / 0:00"; only its
    metadata loaded before it is played, so its slider tells the true total."""
    tree = body(render(LISTEN))
    audio, = tree.xpath(".//audio")
    labels = [tree.xpath("//*[@id=$id]", id=id_)[0]
              for id_ in audio.get("aria-labelledby").split()]
    assert " ".join(text_of(label) for label in labels) == (
        "Listen to this article (12 minutes and 41 seconds)")
    _label, words = labels
    length, = audio.getparent().xpath("./span[@class='media__duration']")
    assert length.get("aria-hidden") == "true"  # read once, in the player's name
    assert audio.getparent().get("class") == "media__deck"
    assert words in length.iter()
    time, = length.xpath(".//time")
    assert time.get("datetime") == "PT12M41S"
    assert text_of(time.xpath("./span[@aria-hidden='true']")[0]) == "12:41"
    assert audio.get("controls") is not None
    assert audio.get("preload") == "metadata"
    link, = tree.xpath(".//div[@class='audio-version']//a")
    assert (text_of(link), link.get("href")) == ("Read the transcript",
                                                 "https://news.example/transcript")


def test_a_synthetic_voice_and_a_narrator_are_said() -> None:
    tree = body(render({**LISTEN, "voice": "synthetic"}))
    assert "Automated voice" in text_of(tree.xpath(".//p[@class='audio-version__meta']")[0])
    tree = body(render({**LISTEN, "narrator": "Анна"}, language="ru"))
    meta = text_of(tree.xpath(".//p[@class='audio-version__meta']")[0])
    assert meta == "Читает Анна Читать расшифровку"
    assert text_of(tree.xpath(".//p[@class='audio-version__label']")[0]) == "Слушать эту статью"
    assert text_of(tree.xpath(".//span[@class='media__duration']")[0]) == (
        "(12 минут и 41 секунда)12:41")


def test_an_unsafe_audio_source_is_dropped_and_reported() -> None:
    result = render({**LISTEN, "src": "javascript:alert(1)"})
    assert ("render-unsafe-url", "/body/0/sources/0") in rules(result)
    assert not body(result).xpath(".//source")


def test_a_duration_longer_than_any_calendar_is_said_as_written() -> None:
    """Found by Hypothesis: ``\\d`` matches any script's digits, and a billion days overflowed."""
    length = body(render({**LISTEN, "duration": "P\U00011139000000000D"})).xpath(
        ".//span[@class='media__duration']")[0]
    assert text_of(length) == "(P\U00011139000000000D)P\U00011139000000000D"


# -- a title that repeats the heading before it ---------------------------------------------
GALLERY_IMAGE = {"type": "image", "src": "https://example.org/a.jpg", "alt": "A flooded street",
                 "width": 600, "height": 400}


def test_a_title_repeating_the_heading_before_it_is_not_a_second_heading() -> None:
    heading = {"type": "heading", "level": 2, "text": "Your questions answered"}
    result = render(heading, {"type": "qa", "title": "Questions", "items": QUESTIONS})
    tree = body(result)
    # the questions sit under the author's heading, one level below it, heard once
    assert [(h.tag, text_of(h)) for h in tree.xpath(".//h2 | .//h3")] == [
        ("h2", "Your questions answered"), ("h3", "Can I cross on foot?"), ("h3", "Who pays?")]
    assert rules(result) == [("render-title-repeats-heading", "/body/1/title")]


def test_a_gallery_repeating_the_heading_before_it_is_named_by_that_heading() -> None:
    heading = {"type": "heading", "level": 2, "text": "Город после прорыва дамбы"}
    gallery = {"type": "gallery", "title": "После прорыва дамбы", "images": [GALLERY_IMAGE]}
    result = render(heading, gallery, language="ru")
    tree = body(result)
    group, = tree.xpath("*[@class='gallery']")
    h2, = tree.xpath("h2")
    assert group.get("aria-labelledby") == h2.get("id")
    assert not group.xpath(".//h2 | .//h3"), "the group's name is not announced again"
    # A section without a heading of its own is not one (the Nu checker warns): a named group.
    assert (group.tag, group.get("role")) == ("div", "group")
    assert rules(result) == [("render-title-repeats-heading", "/body/1/title")]


def test_a_title_naming_what_the_heading_does_not_keeps_its_heading() -> None:
    heading = {"type": "heading", "level": 2, "text": "Город после прорыва дамбы"}
    gallery = {"type": "gallery", "title": "Орск после прорыва дамбы", "images": [GALLERY_IMAGE]}
    result = render(heading, gallery, language="ru")
    tree = body(result)
    group, = tree.xpath("*[@class='gallery']")
    h3, = group.xpath(".//h3")
    assert text_of(h3) == "Орск после прорыва дамбы", "the town's name is not lost"
    assert group.get("aria-labelledby") == h3.get("id")
    assert rules(result) == []


def test_a_title_after_other_content_or_saying_something_else_keeps_its_heading() -> None:
    heading = {"type": "heading", "level": 2, "text": "How the closure unfolded"}
    paragraph = {"type": "paragraph", "text": "The bridge closed."}
    timeline = {"type": "timeline", "title": "How the closure unfolded", "events": EVENTS}
    tree = body(render(heading, paragraph, timeline))
    assert [text_of(h) for h in tree.xpath(".//h3")] == ["How the closure unfolded"]
    other = {"type": "timeline", "title": "From the first crack to the footbridge",
             "events": EVENTS}
    result = render(heading, other)
    assert [text_of(h) for h in body(result).xpath(".//h3")] == [
        "From the first crack to the footbridge"]
    assert rules(result) == []
