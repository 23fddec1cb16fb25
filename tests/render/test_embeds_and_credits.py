"""Embeds carry captions and may be given as a post's URL; credits may link."""

from __future__ import annotations

import copy
import json

import pytest

import broadsheet
from broadsheet.errors import ArticleError
from broadsheet.policy.embeds import embed_url_for_post
from tests.helpers import SEED_PATH, parse_html, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))


def render_body(*blocks: dict[str, object], **options: object) -> broadsheet.RenderResult:
    data = copy.deepcopy(SEED)
    data["body"] = list(blocks)
    return broadsheet.render(data, **options)  # type: ignore[arg-type]


def embed(url: str, **fields: object) -> dict[str, object]:
    return {"type": "embed", "url": url, "title": "A post", "provider": "X", **fields}


@pytest.mark.parametrize(("post", "framed"), [
    ("https://x.com/newsdesk/status/1790000000000000000",
     "https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000"),
    ("https://twitter.com/newsdesk/status/17/photo/1",
     "https://platform.twitter.com/embed/Tweet.html?id=17"),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
     "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
    ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
    ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
    ("https://www.instagram.com/p/C1abcDEF/", "https://www.instagram.com/p/C1abcDEF/embed"),
    ("https://www.tiktok.com/@desk/video/7312345678901234567",
     "https://www.tiktok.com/embed/v2/7312345678901234567"),
])
def test_a_posts_url_is_framed_through_the_platforms_embed(post: str, framed: str) -> None:
    result = render_body(embed(post))
    assert parse_html(result.html).xpath("//iframe/@src") == [framed]
    assert not [f for f in result.findings if f.rule == "render-embed-refused"]


@pytest.mark.parametrize("url", [
    "http://x.com/newsdesk/status/1",            # not https
    "https://x.com/newsdesk/status/1%22onload",  # not a post id
    "https://x.com:8443/newsdesk/status/1",      # a port
    "https://evil.example/x.com/u/status/1",     # not the platform
    "https://www.youtube.com/watch?v=short",     # not a video id
])
def test_anything_else_is_not_rewritten_and_is_refused(url: str) -> None:
    assert embed_url_for_post(url) is None
    result = render_body(embed(url))
    assert parse_html(result.html).xpath("//iframe") == []
    assert [f.pointer for f in result.findings if f.rule == "render-embed-refused"] == [
        "/body/0/url"]


def test_a_post_url_still_needs_its_platform_on_the_allowlist() -> None:
    result = render_body(embed("https://vimeo.com/76979871"),
                         embed_hosts=["www.youtube-nocookie.com/embed/"])
    assert parse_html(result.html).xpath("//iframe") == []


def test_an_embed_caption_is_its_figures_caption() -> None:
    result = render_body(embed("https://youtu.be/dQw4w9WgXcQ",
                               caption="Footage: <a href='https://news.example/a'>agency</a>"),
                         embed("https://youtu.be/dQw4w9WgXcQ"))
    tree = parse_html(result.html)
    with_caption, without = tree.xpath("//*[@class = 'embed'][.//iframe]")
    assert with_caption.tag == "figure"
    assert [text_of(c) for c in with_caption.findall("figcaption")] == ["Footage: agency"]
    assert with_caption.xpath("figcaption/a/@href") == ["https://news.example/a"]
    assert without.tag == "div"
    assert without.find("figcaption") is None


def test_a_refused_embed_keeps_its_caption() -> None:
    result = render_body(embed("https://evil.example/x", caption="What it showed"))
    assert "What it showed" in text_of(parse_html(result.html).find(".//main"))


def test_a_credit_links_to_its_url() -> None:
    image = {"type": "image", "src": "https://cdn.example/a.jpg", "width": 4, "height": 3,
             "alt": "Flooded street", "credit": "Jane Roe / Agency",
             "credit_url": "https://agency.example/jane-roe"}
    tree = parse_html(render_body(image, {**image, "credit_url": "javascript:alert(1)"}).html)
    first, second = tree.xpath(
        "//*[@class='article-body']//*[contains(@class, 'figure__credit')]")
    # the name isolated for the bidirectional algorithm, link and all
    assert first.xpath("bdi/a/@href") == ["https://agency.example/jane-roe"]
    assert text_of(first.find("bdi/a")) == "Jane Roe / Agency"
    assert second.find(".//a") is None
    assert text_of(second.find("bdi")) == "Jane Roe / Agency"
    assert text_of(second).endswith("Jane Roe / Agency")


@pytest.mark.parametrize(("given", "original"), [
    # the post's own URL, as the editor gave it
    ("https://x.com/newsdesk/status/1790000000000000000",
     "https://x.com/newsdesk/status/1790000000000000000"),
    ("https://youtu.be/dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ"),
    # an embed URL: the page it embeds, on the platform
    ("https://platform.twitter.com/embed/Tweet.html?id=1739000000000000000",
     "https://x.com/i/status/1739000000000000000"),
    ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
     "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
    ("https://player.vimeo.com/video/76979871", "https://vimeo.com/76979871"),
    ("https://embed.bsky.app/embed/did:plc:abc123/app.bsky.feed.post/3kmz7",
     "https://bsky.app/profile/did:plc:abc123/post/3kmz7"),
    ("https://www.openstreetmap.org/export/embed.html?bbox=-0.25%2C51.45%2C0.05%2C51.58&layer=mapnik",
     "https://www.openstreetmap.org/?minlon=-0.25&minlat=51.45&maxlon=0.05&maxlat=51.58"),
    # nothing known: the frame's own address
    ("https://datawrapper.dwcdn.net/AbC12/3/", "https://datawrapper.dwcdn.net/AbC12/3/"),
])
def test_the_card_opens_the_original_not_the_embed(given: str, original: str) -> None:
    """"Open the original" goes to the post on its platform (the blind review: it opened
    the bare embed page, e.g. platform.twitter.com/embed/Tweet.html)."""
    tree = parse_html(render_body(embed(given)).html)
    assert tree.xpath("//p[@class = 'embed__open']/a/@href") == [original]


def test_the_card_names_the_provider_and_the_title_once() -> None:
    """What the card shows and what a screen reader reads from it says the title once and
    names the provider once outside its button (the blind review: "Bluesky" four times, the
    title twice); the frame's stand-in, shown only while the frame loads, is hidden from
    assistive technology."""
    block = {"type": "embed", "url": "https://embed.bsky.app/embed/did:plc:abc/app.bsky.feed.post/3k",
             "title": "Post by Save Millbrook Libraries", "provider": "Bluesky"}
    card = parse_html(render_body(block).html).find(".//div[@class='embed__card']")
    read = " ".join(text_of(e) for e in card.xpath(
        "./*[not(self::details)] | ./details/summary/span[@class='embed__show']"))
    assert read.count("Post by Save Millbrook Libraries") == 1, read
    assert read.count("Bluesky") == 2, read  # the label, and the button's name
    assert card.xpath(".//*[@class='embed__placeholder']/@aria-hidden") == ["true"]


BLUESKY = "https://embed.bsky.app/embed/did:plc:abc/app.bsky.feed.post/3k"


def test_the_card_quotes_the_post_it_holds_before_anything_loads() -> None:
    """A social post's words, author and time, from the article's own data, are on the card
    (the blind review: an empty box offline): quoted, citing the post on its platform, its
    time in the page's format; inline HTML sanitised like any other."""
    block = embed(BLUESKY, provider="Bluesky", preview={
        "text": "We will apply for a <b>judicial review</b><script>x()</script>.",
        "author": "Save Millbrook Libraries", "published": "2024-02-28T22:14:00+00:00"})
    card = parse_html(render_body(block).html).find(".//div[@class='embed__card']")
    (post,) = card.xpath("./div[@class='embed__preview']/figure/blockquote[@class='embed__post']")
    assert text_of(post) == "We will apply for a judicial review."
    assert post.xpath(".//b/text()") == ["judicial review"]
    assert not card.xpath(".//script")
    assert post.get("cite") == "https://bsky.app/profile/did:plc:abc/post/3k"
    (byline,) = card.xpath(".//figcaption[@class='embed__byline']")
    assert text_of(byline) == "Save Millbrook Libraries · February 28, 2024, 10:14 PM"
    # the separator is seen, not read, in the time's box, hanging before it (round 42: tied
    # to the name, it ended the name's line; round 45: tied to the time, it began a line)
    assert byline.xpath(".//*[@aria-hidden='true']/text()") == ["·"]
    assert byline.xpath(".//span[@class='embed__when']/span[@class='embed__sep']")
    assert byline.xpath(".//time/@datetime") == ["2024-02-28T22:14:00Z"]
    # before the button: read before the reader decides
    (details,) = card.xpath("./details")
    assert card.index(post.getparent().getparent()) < card.index(details)


def test_a_maps_card_names_its_place_and_shows_a_drawing() -> None:
    drawing = {"type": "image", "src": "https://news.example/maps/tunisia.svg", "width": 480,
               "height": 780, "alt": "Outline of Tunisia with its largest cities"}
    block = embed("https://www.openstreetmap.org/export/embed.html?bbox=7.5%2C30.2%2C11.6%2C37.5",
                  provider="OpenStreetMap", preview={"place": "Tunisia", "image": drawing})
    result = render_body(block)
    preview = parse_html(result.html).find(".//div[@class='embed__card']/div")
    assert "embed__preview--picture" in preview.get("class")
    assert text_of(preview.find(".//p[@class='embed__place']")) == "Tunisia"
    (img,) = preview.xpath(".//img")
    assert (img.get("src"), img.get("alt")) == (drawing["src"], drawing["alt"])
    assert img.get("loading") == "lazy"


def test_a_preview_is_checked_like_the_rest_of_the_article() -> None:
    """A preview's picture is an image block (its alt judged by the alt policy, its URL by
    scheme); a preview with nothing in it, or a field it does not know, is refused with its
    place."""
    bad_picture = {"type": "image", "src": "javascript:alert(1)", "width": 4, "height": 3,
                   "alt": "image"}
    result = render_body(embed(BLUESKY, preview={"image": bad_picture}))
    assert "javascript:" not in result.html
    codes = {(f.rule, f.pointer) for f in result.findings}
    assert ("render-alt-missing", "/body/0/preview/image") in codes, codes
    for preview in ({}, {"text": "Words", "likes": 12}):
        with pytest.raises(ArticleError) as error:
            render_body(embed(BLUESKY, preview=preview))
        assert "/body/0/preview" in str(error.value)
