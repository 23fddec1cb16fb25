"""The HTML mapping every source kind shares, element by element."""

from __future__ import annotations

from typing import Any

import pytest

from broadsheet.importers.findings import SourceFindings
from broadsheet.importers.html_blocks import Mapper, embed_for, parse_fragment


def blocks(fragment: str, **options: Any) -> tuple[list[dict[str, Any]], SourceFindings]:
    findings = SourceFindings()
    mapper = Mapper(findings, base_url=options.pop("base_url", "https://news.example/a/1"),
                    **options)
    return mapper.blocks(parse_fragment(fragment)), findings


def test_inline_markup_kept_links_made_absolute_scripts_dropped() -> None:
    body, _ = blocks('<p>A <a href="/b" class="x">link</a>, <em>stress</em>, '
                     '<span lang="uk">слово</span>, <span class="y">plain</span>, '
                     '<a href="javascript:alert(1)">no link</a> <font>old</font>'
                     '<script>bad()</script>.</p>')
    assert body == [{"type": "paragraph", "text":
                     'A <a href="https://news.example/b">link</a>, <em>stress</em>, '
                     '<span lang="uk">слово</span>, plain, no link old.'}]


def test_headline_h1_is_a_field_and_other_headings_keep_their_level() -> None:
    body, findings = blocks("<h1>The headline</h1><p>x</p><h2>Part</h2><h4>Skipped</h4>",
                            headline="The headline")
    assert [b for b in body if b["type"] == "heading"] == [
        {"type": "heading", "level": 2, "text": "Part"},
        {"type": "heading", "level": 4, "text": "Skipped"}]
    assert [(f.rule, f.target) for f in findings.items] == [("heading-order", "div > h4")]


@pytest.mark.parametrize(("caption_html", "caption", "credit"), [
    ('<figcaption>Flood water. <span class="credit">Jane Roe/AP</span></figcaption>',
     "Flood water.", "Jane Roe/AP"),
    ("<figcaption>Waves at Porthcawl. Photograph: Ben Birchall/PA</figcaption>",
     "Waves at Porthcawl.", "Ben Birchall/PA"),
    ('<figcaption>Tusk in Warsaw</figcaption><span class="copyright">Reuters</span>',
     "Tusk in Warsaw", "Reuters"),
    # Unmarked credits after the caption's last sentence, as TIME and the wires write them
    # (newspaper4k's time_001: two plain spans).
    ("<figcaption><span>Oil field near Lost Hills, California.</span><span>David McNew—Getty "
     "Images</span></figcaption>", "Oil field near Lost Hills, California.",
     "David McNew—Getty Images"),
    ("<figcaption>Fans cheer in Seoul. (AP Photo/Jae C. Hong)</figcaption>",
     "Fans cheer in Seoul.", "AP Photo/Jae C. Hong"),
    ("<figcaption>Justices pose. Olivier Douliery/AFP via Getty Images</figcaption>",
     "Justices pose.", "Olivier Douliery/AFP via Getty Images"),
])
def test_figure_caption_and_credit_are_separated(caption_html: str, caption: str,
                                                 credit: str) -> None:
    body, _ = blocks(f'<figure><img src="a.jpg" alt="A harbour wall" width="800" '
                     f'height="450">{caption_html}</figure>')
    assert body == [{"type": "image", "src": "https://news.example/a/a.jpg", "width": 800,
                     "height": 450, "alt": "A harbour wall", "caption": caption,
                     "credit": credit}]


def test_alt_policy_is_the_renders_placeholder_dropped_empty_alt_decorative() -> None:
    body, findings = blocks(
        '<figure><img src="a.jpg" alt="16x9 Image" width="8" height="4">'
        "<figcaption>Minsk on 28 September</figcaption></figure>"
        '<img src="b.jpg" alt="" width="8" height="4">'
        '<img src="c.jpg" width="8" height="4">')
    assert [{k: b.get(k) for k in ("alt", "caption", "decorative")} for b in body] == [
        {"alt": None, "caption": "Minsk on 28 September", "decorative": None},
        {"alt": None, "caption": None, "decorative": True},
        {"alt": None, "caption": None, "decorative": None},
    ]
    assert [(f.rule, f.target) for f in findings.items] == [
        ("alt-placeholder", "div > figure > img"), ("image-alt", "div > img:nth-of-type(2)")]


def test_image_without_a_size_is_left_out_and_said() -> None:
    body, findings = blocks('<p>Text</p><figure><img src="a.jpg" alt="A dog"></figure>')
    assert body == [{"type": "paragraph", "text": "Text"}]
    assert [(f.rule, f.outcome.value) for f in findings.items] == [
        ("import-dropped", "cant_tell")]


@pytest.mark.parametrize(("url", "embed"), [
    ("https://www.youtube.com/watch?v=abc123", "https://www.youtube-nocookie.com/embed/abc123"),
    ("https://youtu.be/abc123", "https://www.youtube-nocookie.com/embed/abc123"),
    ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
    ("https://x.com/user/status/123", "https://platform.twitter.com/embed/Tweet.html?id=123"),
    ("https://www.instagram.com/p/Cx1/", "https://www.instagram.com/p/Cx1/embed"),
    ("https://evil.example/embed/1", None),
    ("javascript:alert(1)", None),
])
def test_page_urls_become_player_urls_only_for_framed_hosts(url: str, embed: str | None) -> None:
    assert embed_for(url) == embed


def test_frames_tweets_and_unknown_embeds() -> None:
    body, findings = blocks(
        '<iframe src="https://www.youtube.com/embed/abc" title="Debate" height="315"></iframe>'
        '<iframe src="https://player.vimeo.com/video/1"></iframe>'
        '<blockquote class="twitter-tweet"><p>Words</p>&mdash; Someone '
        '<a href="https://twitter.com/s/status/99">May 1</a></blockquote>'
        '<iframe src="https://ads.example/frame" title="Ad"></iframe>')
    assert body == [
        {"type": "embed", "url": "https://www.youtube.com/embed/abc", "title": "Debate",
         "provider": "YouTube", "height": 315},
        {"type": "embed", "url": "https://player.vimeo.com/video/1", "title": "Vimeo embed",
         "provider": "Vimeo"},
        {"type": "embed", "url": "https://platform.twitter.com/embed/Tweet.html?id=99",
         "title": "X post", "provider": "X"},
    ]
    assert [f.rule for f in findings.items] == ["frame-title", "import-dropped"]


def test_video_with_sources_poster_and_tracks() -> None:
    body, findings = blocks(
        '<figure><video poster="p.jpg" width="640" height="360">'
        '<source src="v.webm" type="video/webm"><source src="v.mp4" type="video/mp4">'
        '<track src="en.vtt" kind="captions" srclang="en" label="English"></video>'
        "<figcaption>Storm footage</figcaption></figure>")
    assert body == [{"type": "video", "title": "Storm footage",
                     "sources": [{"src": "https://news.example/a/v.webm", "type": "video/webm"},
                                 {"src": "https://news.example/a/v.mp4", "type": "video/mp4"}],
                     "tracks": [{"src": "https://news.example/a/en.vtt", "kind": "captions",
                                 "srclang": "en", "label": "English"}],
                     "poster": "https://news.example/a/p.jpg", "width": 640, "height": 360}]
    assert findings.items == []


def test_gallery_lists_quotes_tables_divider() -> None:
    body, _ = blocks(
        '<figure class="gallery"><img src="1.jpg" alt="One" width="4" height="3">'
        '<img src="2.jpg" alt="Two" width="4" height="3"><figcaption>Day one</figcaption></figure>'
        "<ol><li>First<ul><li>Inner</li></ul></li><li>Second</li></ol>"
        '<blockquote cite="https://s.example/"><p>Said.</p><footer>— A Person</footer></blockquote>'
        "<table><caption>Results</caption><tr><th>Party</th><th>Seats</th></tr>"
        "<tr><th>A</th><td>3</td></tr><tr><th>B</th><td>2</td></tr></table><hr>")
    gallery, ordered, inner, quote, table, divider = body
    assert gallery["type"] == "gallery"
    assert gallery["title"] == "Day one"
    assert [i["alt"] for i in gallery["images"]] == ["One", "Two"]
    assert (ordered["ordered"], ordered["items"]) == (True, ["First", "Second"])
    assert (inner["ordered"], inner["items"]) == (False, ["Inner"])
    assert quote == {"type": "quote", "text": "Said.", "cite": "A Person",
                     "cite_url": "https://s.example/"}
    assert table == {"type": "table", "caption": "Results", "header_rows": 1,
                     "header_columns": 1,
                     "rows": [["Party", "Seats"], ["A", "3"], ["B", "2"]]}
    assert divider == {"type": "divider"}


def test_boilerplate_inside_a_page_body_stays_out() -> None:
    body, _ = blocks(
        "<p>Story.</p>"
        '<div class="share-tools"><a href="/share">Share</a></div>'
        '<div class="newsletter-signup"><p>Get our newsletter</p></div>'
        '<aside><p>Most read</p></aside><nav><a href="/">Home</a></nav>'
        '<p class="sr-only">Image caption,</p><div hidden><p>Hidden</p></div>'
        '<div class="cookie-banner"><p>We use cookies</p></div><p>More story.</p>')
    assert body == [{"type": "paragraph", "text": "Story."},
                    {"type": "paragraph", "text": "More story."}]


def test_a_cms_body_keeps_what_a_page_would_drop() -> None:
    body, _ = blocks('<div class="author-note"><p>Kept</p></div>', keep_boilerplate=True)
    assert body == [{"type": "paragraph", "text": "Kept"}]


def test_a_caption_naming_an_agency_in_its_prose_keeps_it() -> None:
    body, _ = blocks('<figure><img src="a.jpg" alt="Traders" width="8" height="4">'
                     "<figcaption>Traders react to a report by Reuters.</figcaption></figure>")
    assert (body[0]["caption"], body[0].get("credit")) == (
        "Traders react to a report by Reuters.", None)


def test_alt_over_the_length_limit_becomes_the_caption_of_an_image_without_one() -> None:
    # CNN's 575-character alt (newspaper4k's cnn_001) is a caption's worth of text.
    alt = "Justices of the US Supreme Court pose for their official photo & smile. " * 5
    body, findings = blocks(f'<img src="a.jpg" alt="{alt}" width="8" height="4">')
    assert "alt" not in body[0]
    assert body[0]["caption"] == alt.strip().replace("&", "&amp;")
    assert [(f.rule, f.target) for f in findings.items] == [("alt-too-long", "div > img")]
    assert "caption now" in findings.items[0].message


def test_alt_over_the_length_limit_beside_a_caption_is_left_out_and_reported() -> None:
    alt = "Justices of the US Supreme Court pose for their official photo. " * 5
    body, findings = blocks(f'<figure><img src="a.jpg" alt="{alt}" width="8" height="4">'
                            "<figcaption>The justices in 2022.</figcaption></figure>")
    assert ("alt" in body[0], body[0]["caption"]) == (False, "The justices in 2022.")
    assert [(f.rule, f.target) for f in findings.items] == [
        ("alt-too-long", "div > figure > img")]
    assert "'Justices of the US Supreme Court" in findings.items[0].message


def test_alt_at_the_length_limit_is_kept() -> None:
    alt = "x" * 249 + "."
    body, findings = blocks(f'<img src="a.jpg" alt="{alt}" width="8" height="4">')
    assert (body[0]["alt"], findings.items) == (alt, [])


def test_a_paragraph_of_only_a_byte_order_mark_is_no_paragraph() -> None:
    # CNN Arabic (newspaper4k's arabic_article) ends its story with <p>&#xfeff;</p>.
    body, _ = blocks("<p>خبر</p><p>\ufeff</p>")
    assert body == [{"type": "paragraph", "text": "خبر"}]


@pytest.mark.parametrize(("wrapper", "kept"), [
    # WAI-ARIA 1.2 maps aria-hidden to an HTML enumerated attribute: ASCII case-insensitive,
    # not trimmed; role takes its first valid token (WAI-ARIA 1.2 §7.1).
    ('<div aria-hidden="TRUE">', False),
    ('<div aria-hidden="True">', False),
    ('<div aria-hidden="true ">', True),   # no keyword: the attribute keeps its default
    ('<div role="Navigation">', False),
    ('<div role="wobble navigation">', False),
    ('<div role="region navigation">', True),  # region is the role; navigation a fallback
])
def test_hidden_and_boilerplate_roles_read_as_aria_defines_them(wrapper: str, kept: bool) -> None:
    body, _ = blocks(f"<p>Story.</p>{wrapper}<p>Aside text.</p></div>")
    assert ({"type": "paragraph", "text": "Aside text."} in body) is kept


def test_an_image_whose_first_valid_role_is_presentation_is_decorative() -> None:
    figure = ('<figure><img src="/a.jpg" width="10" height="10" alt="{}" role="{}">'
              '</figure>')
    decorative, _ = blocks(figure.format("A cat", "bogus presentation"))
    shown, _ = blocks(figure.format("A cat", "img presentation"))
    assert decorative[0].get("decorative") is True
    assert "decorative" not in shown[0]


@pytest.mark.parametrize(("caption_html", "licence"), [
    ('<figcaption>A hill at dawn. Photo: Jane Roe, <a rel="license" '
     'href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a></figcaption>',
     {"id": "CC-BY-SA-4.0", "url": "https://creativecommons.org/licenses/by-sa/4.0/"}),
    ('<figcaption>A hill at dawn. Photo: Jane Roe (<a rel="license noopener" '
     'href="https://creativecommons.org/publicdomain/zero/1.0/deed.en">CC0</a>)</figcaption>',
     {"id": "CC0-1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.en"}),
])
def test_a_figures_licence_link_becomes_the_images_licence_not_caption_words(
        caption_html: str, licence: dict[str, str]) -> None:
    body, _ = blocks(f'<figure><img src="a.jpg" alt="A hill" width="800" height="450">'
                     f"{caption_html}</figure>")
    assert body == [{"type": "image", "src": "https://news.example/a/a.jpg", "width": 800,
                     "height": 450, "alt": "A hill", "caption": "A hill at dawn.",
                     "credit": "Jane Roe", "licence": licence}]


def test_a_link_to_another_page_marked_license_stays_in_the_caption() -> None:
    body, _ = blocks('<figure><img src="a.jpg" alt="A hill" width="800" height="450">'
                     '<figcaption>A hill, <a rel="license" href="https://news.example/terms">'
                     "our terms</a></figcaption></figure>")
    assert "licence" not in body[0]
    assert "our terms" in body[0]["caption"]
