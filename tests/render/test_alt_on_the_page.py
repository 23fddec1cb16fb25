"""The alt text policy as a screen reader meets it on rendered pages."""

from __future__ import annotations

import copy
import json

import pytest

import broadsheet
from broadsheet import Outcome, RenderError
from tests.helpers import SEED_PATH, parse_html, text_of

#: The seed without its empty "Breaking News" banner (render-alert-empty, tested apart), so
#: the image findings are the only errors.
SEED = {key: value for key, value in json.loads(SEED_PATH.read_text("utf-8")).items()
        if key != "alerts"}


def with_lead(**image: object) -> dict:
    article = copy.deepcopy(SEED)
    article["lead"] = {"type": "image", "src": "https://cdn.example/a.jpg", "width": 800,
                       "height": 450, **image}
    del article["site"]["about"]
    del article["summary"]  # it repeats the first paragraph (render-paragraph-repeats-standfirst)
    return article


def exposed_text(tree) -> str:
    """Text a screen reader reads: element text outside aria-hidden, plus img alt."""
    parts: list[str] = []

    def walk(element) -> None:
        if element.get("aria-hidden") == "true":
            return
        if element.tag == "img":
            parts.append(element.get("alt") or "")
        if element.text and element.tag not in {"script", "style"}:
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(tree.find("body"))
    return " ".join(" ".join(parts).split())


def test_the_seed_caption_is_announced_once() -> None:
    caption = SEED["lead"]["caption"]
    tree = parse_html(broadsheet.render(SEED).html)
    assert exposed_text(tree).count(caption) == 1
    lead = tree.xpath("//figure[contains(@class, 'figure--lead')]")[0]
    assert lead.find("img").get("alt") == caption
    assert caption in text_of(lead.find("figcaption")), "the caption stays visible"


def test_the_seed_about_picture_is_named_after_the_site_not_left_without_alt() -> None:
    """The About picture's alt is a placeholder and it has no caption: it is the newsroom's
    own picture, so its alt is the site's name (a review finding), not a missing alt."""
    result = broadsheet.render(SEED)
    tree = parse_html(result.html)
    assert not tree.xpath("//img[@alt='16x9 Image']")
    assert not [f for f in result.findings if f.outcome is Outcome.FAILED]
    (named,) = [f for f in result.findings if f.rule == "render-alt-from-site-name"]
    assert named.pointer == "/site/about/image"
    assert "'RFE/RL'" in named.message
    assert "placeholder" in named.message
    # a picture named only after the site may be a photograph: the footer sets the name
    assert not tree.xpath("//img[contains(@src, 'about-16x9')]")
    (mark,) = tree.xpath("//footer//p[@class='site-footer__mark']")
    assert (text_of(mark), mark.get("aria-hidden")) == (SEED["site"]["name"], "true")
    assert not tree.xpath("//*[@data-broadsheet-review]"), "no review marker unless asked"


def test_an_about_picture_with_a_caption_keeps_the_caption_policy() -> None:
    article = copy.deepcopy(SEED)
    article["site"]["about"]["image"]["caption"] = "Our newsroom in Prague."
    result = broadsheet.render(article)
    assert not [f for f in result.findings if f.rule == "render-alt-from-site-name"]


def test_review_markers_mark_exactly_the_images_an_editor_must_fix() -> None:
    article = with_lead(alt="16x9 Image")
    result = broadsheet.render(article, review_markers=True)
    tree = parse_html(result.html)
    marked = tree.xpath("//*[@data-broadsheet-review]")
    assert [(m.tag, m.get("data-broadsheet-review")) for m in marked] == [("img", "alt-missing")]
    assert marked[0].get("src") == "https://cdn.example/a.jpg"
    assert sum(f.rule == "render-alt-missing" for f in result.findings) == len(marked)


def test_strict_mode_refuses_an_image_with_no_alt_and_no_caption() -> None:
    with pytest.raises(RenderError) as raised:
        broadsheet.render(with_lead(alt="16x9 Image"), strict=True)
    assert "/lead" in str(raised.value)
    assert [f.rule for f in raised.value.findings] == ["render-alt-missing"]


def test_derived_alt_is_reported_for_review_and_both_texts_are_exposed() -> None:
    article = with_lead(caption="Rescuers search the rubble in Kharkiv. Three died. (Photo: AP)")
    result = broadsheet.render(article, strict=True)
    tree = parse_html(result.html)
    img = tree.xpath("//figure[contains(@class, 'figure--lead')]/img")[0]
    assert img.get("alt") == "Rescuers search the rubble in Kharkiv."
    assert [f.rule for f in result.findings] == ["render-alt-from-caption"]
    assert result.findings[0].pointer == "/lead"
    assert "Three died" in exposed_text(tree)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Photo: Jane Doe/AP"), ("ru", "Фото: Jane Doe/AP"), ("uk", "Фото: Jane Doe/AP"),
    ("be", "Фота: Jane Doe/AP"), ("ar", "تصوير: Jane Doe/AP"), ("fa", "عکس: Jane Doe/AP")])
def test_credit_gets_a_localised_photo_prefix(language: str, expected: str) -> None:
    """One credit format for every photograph, "Photo: X" in the page's language (issue 17:
    "Image source" beside captions' "(Photo: X)")."""
    article = with_lead(alt="A crowd on the square", credit="Jane Doe/AP")
    article["language"] = language
    tree = parse_html(broadsheet.render(article).html)
    credit = text_of(tree.xpath("//*[contains(@class, 'figure__credit')]")[0])
    assert credit == expected


def test_decorative_image_has_empty_alt_and_no_figure_caption() -> None:
    article = with_lead(alt="Ornament", decorative=True, credit="Studio")
    result = broadsheet.render(article, strict=True)
    tree = parse_html(result.html)
    lead = tree.xpath("//*[contains(@class, 'figure--lead')]")[0]
    assert lead.find("img").get("alt") == ""
    assert not lead.xpath(".//figcaption")
    assert not result.findings


def test_a_caption_that_holds_a_link_is_never_hidden() -> None:
    """Hiding a caption that repeats the alt would hide its link from screen readers while
    keyboard users still reach it (ACT aria-hidden-focus): the caption is read instead."""
    from broadsheet.checks import check

    caption = '<a href="https://example.org/minsk">Crowds in Minsk</a>'
    for alt in ({"alt": "Crowds in Minsk"}, {}):  # the author's alt, or derived from it
        data = {"format": "broadsheet.article/1", "id": "x", "language": "en",
                "headline": "H", "published": "2024-01-01T00:00:00Z",
                "site": {"name": "S", "url": "/"},
                "body": [{"type": "image", "src": "a.jpg", "width": 4, "height": 3,
                          "caption": caption, **alt}]}
        result = broadsheet.render(data)
        tree = parse_html(result.html)
        figure = tree.xpath("//div[@class='article-body']/figure")[0]
        assert figure.xpath(".//img/@alt") == [""]
        assert not figure.xpath(".//*[@aria-hidden]")
        assert figure.xpath(".//figcaption//a/text()") == ["Crowds in Minsk"]
        assert "render-alt-repeats-caption" in {f.rule for f in result.findings}
        assert result.errors == ()
        assert check(result.html).violations == []


@pytest.mark.parametrize(("alt", "caption", "hidden"), [
    # derived from the first sentence (credit left out): that sentence is hidden in the caption
    (None, "Protesters gather in Minsk (AP Photo). Police detained dozens that night.",
     "Protesters gather in Minsk (AP Photo)."),
    # the author's alt is the caption's first sentence
    ("Protesters gather on Independence Square", "Protesters gather on Independence "
     "Square. Police detained dozens that night.", "Protesters gather on Independence Square."),
])
def test_a_sentence_is_heard_once_though_the_caption_says_more(alt: str | None, caption: str,
                                                               hidden: str) -> None:
    from broadsheet.checks import check

    image = {"type": "image", "src": "a.jpg", "width": 4, "height": 3, "caption": caption,
             **({"alt": alt} if alt else {})}
    data = {"format": "broadsheet.article/1", "id": "x", "language": "en", "headline": "H",
            "published": "2024-01-01T00:00:00Z", "site": {"name": "S", "url": "/"},
            "body": [image]}
    result = broadsheet.render(data)
    figure = parse_html(result.html).xpath("//div[@class='article-body']/figure")[0]
    assert figure.xpath(".//figcaption//*[@aria-hidden='true']/text()") == [hidden]
    assert "Police detained dozens that night." in text_of(figure.find(".//figcaption"))
    assert figure.xpath(".//img/@alt")[0]
    assert check(result.html).violations == []


def test_an_author_alt_buried_in_the_caption_is_an_error() -> None:
    image = {"type": "image", "src": "a.jpg", "width": 4, "height": 3,
             "alt": "Police detained dozens that night",
             "caption": "Protesters gather in Minsk. Police detained dozens that night."}
    data = {"format": "broadsheet.article/1", "id": "x", "language": "en", "headline": "H",
            "published": "2024-01-01T00:00:00Z", "site": {"name": "S", "url": "/"},
            "body": [image]}
    result = broadsheet.render(data)
    assert [(f.rule, f.pointer) for f in result.errors] == [("render-alt-in-caption",
                                                             "/body/0/alt")]
