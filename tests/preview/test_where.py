"""Where a finding is, said in words a designer understands (the gallery's findings)."""

from __future__ import annotations

import pytest

from broadsheet.checks.parse import parse
from broadsheet.findings import Finding, Outcome
from broadsheet.preview.where import in_article, on_page, ordinal, places

PAGE = """<!DOCTYPE html><html lang="en"><title>t</title>
<header><a href="/"><img src="logo.svg" alt="Example News"></a></header>
<main><article><h1>Storm Isha</h1><p>Rail services are <a href="/a">suspended</a>.</p>
<h2>Travel</h2><p>Trains <span class="x">stopped</span>.</p>
<figure><img src="a.jpg" alt="Flooded street"><figcaption>Water on Main Street</figcaption></figure>
<aside aria-label="Related"><ul><li><a href="/1">Storm Henk</a></li><li><a href="/2">Storm Gerrit</a></li></ul></aside>
</article></main>
<footer><a href="/about">About us</a></footer></html>"""


@pytest.mark.parametrize(("selector", "said"), [
    ("aside li:nth-child(2) a", "the 2nd link in the “Related” box: “Storm Gerrit”"),
    ("header img", "the image in the page header: “Example News”"),
    ("footer a", "the link in the page footer: “About us”"),
    ("figure img", "the image in the “Water on Main Street” figure: “Flooded street”"),
    ("span.x", "the text under the heading “Travel”: “stopped”"),
    ("p > a", "the link under the heading “Storm Isha”: “suspended”"),
    ("h2", "the level 2 heading under the heading “Storm Isha”: “Travel”"),
])
def test_an_element_is_said_by_kind_place_and_text(selector: str, said: str) -> None:
    assert str(on_page(parse(PAGE), selector)) == said


def test_a_selector_naming_nothing_or_unreadable_is_not_said() -> None:
    doc = parse(PAGE)
    assert on_page(doc, "table") is None
    assert on_page(doc, "a[") is None


ARTICLE = {"headline": "Storm", "site": {"name": "N", "about": {"text": "t", "image": {}},
                                        "logo": {"src": "l.svg"}},
           "authors": [{"name": "A", "bio": "b"}], "body": [
    {"type": "paragraph", "text": "Rail services are suspended."},
    {"type": "image", "src": "images/a.jpg", "caption": "Water on Main Street", "credit": "AP"},
    {"type": "gallery", "items": [{"src": "a.jpg"}, {"src": "b.jpg", "caption": "Dunes"}]}]}


@pytest.mark.parametrize(("pointer", "said"), [
    ("/headline", "Headline"),
    ("/body/1", "2nd block (Image): “Water on Main Street”"),
    ("/body/1/credit", "2nd block (Image) › Credit: “Water on Main Street”"),
    ("/body/2/items/1/src", "3rd block (Photo gallery) › 2nd item › File: “Dunes”"),
    # The words a designer says, from one table: not "the site, its about, its image".
    ("/site/about/image", "About the site › Picture"),
    ("/site/name", "Site name"),
    ("/site/logo/alt", "Site logo › Alt text"),
    ("/authors/0/bio", "1st author › Bio: “A”"),
    ("/lead/alt", "Lead › Alt text"),
])
def test_a_json_pointer_is_said_as_the_block_it_names(pointer: str, said: str) -> None:
    assert str(in_article(ARTICLE, pointer)) == said


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]


def test_each_finding_is_said_by_its_selector_else_its_pointer() -> None:
    findings = [Finding("a", Outcome.FAILED, "m", target="aside a"),
                Finding("b", Outcome.FAILED, "m", pointer="/body/0"),
                Finding("c", Outcome.FAILED, "m", target="video", pointer="/body/1"),
                Finding("d", Outcome.FAILED, "m")]
    said = {index: str(place) for index, place in places(PAGE, ARTICLE, findings).items()}
    assert said == {0: "the 1st link in the “Related” box: “Storm Henk”",
                    1: "1st block (Paragraph): “Rail services are suspended.”",
                    2: "2nd block (Image): “Water on Main Street”"}


def test_a_place_leaves_out_the_words_its_finding_already_quotes() -> None:
    """The Arabic caption was quoted twice in one finding: in its message and, cut, in where
    it is; beside such a message the place names only the block."""
    from broadsheet.preview.where import Place

    caption = "واجهة مبنى حديث بخطوط منحنية متكررة في مدينة صفاقس"
    place = Place("3rd block (Image)", quoted=caption + " (الصورة: سامي بن علي، رويترز)"[:8] + "…")
    message = f"alt derived from the caption: '{caption}'; check it describes the image"
    assert str(place.beside(message)) == "3rd block (Image)"
    assert place.beside("the alt is a file name") == place
